package dev.precommit.languages;

import java.util.Map;

/** The registry: a literal map from {@code language:} value to implementation. */
public final class Languages {
  private static final Map<String, Language> ALL =
      Map.of(
          "unsupported", new Unsupported(),
          "unsupported_script", new UnsupportedScript(),
          "fail", new Fail(),
          "pygrep", new Pygrep(),
          "python", new Python(),
          "node", new Node(),
          "builtin", new InProcess());

  private Languages() {}

  public static Language get(String name) {
    Language language = ALL.get(name);
    return language != null ? language : new NotYetSupported(name);
  }
}
