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
          Map.entry("docker", new Docker()),
          Map.entry("docker_image", new DockerImage()),
          Map.entry("golang", new Golang()),
          Map.entry("rust", new Rust()),
          Map.entry("ruby", new Ruby()),
          Map.entry("perl", new Perl()),
          Map.entry("lua", new Lua()),
          Map.entry("swift", new Swift()),
          Map.entry("dotnet", new Dotnet()),
          Map.entry("dart", new Dart()),
          Map.entry("r", new R()),
          Map.entry("haskell", new Haskell()),
          Map.entry("julia", new Julia()),
          Map.entry("conda", new Conda()),
          Map.entry("builtin", new InProcess()),
          Map.entry(Coursier.NAME, new Coursier()),
          Map.entry(Jvm.NAME, new Jvm()));

  private Languages() {}

  public static Language get(String name) {
    Language language = ALL.get(name);
    return language != null ? language : new NotYetSupported(name);
  }
}
