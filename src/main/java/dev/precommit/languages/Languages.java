package dev.precommit.languages;

import java.util.Map;

/** The registry: a literal map from {@code language:} value to implementation. */
public final class Languages {
  private static final Map<String, Language> ALL =
      Map.ofEntries(
          Map.entry("unsupported", new Unsupported()),
          Map.entry("unsupported_script", new UnsupportedScript()),
          Map.entry("fail", new Fail()),
          Map.entry("pygrep", new Pygrep()),
          Map.entry("python", new Python()),
          Map.entry("node", new Node()),
          Map.entry("builtin", new InProcess()),
          Map.entry(Coursier.NAME, new Coursier()),
          Map.entry(Jvm.NAME, new Jvm()));

  private Languages() {}

  public static Language get(String name) {
    Language language = ALL.get(name);
    return language != null ? language : new NotYetSupported(name);
  }
}
