package dev.precommit.config;

import java.util.List;
import java.util.Map;

/** The closed set of {@code language:} values (pre-commit 4.x), and the legacy aliases. */
public final class LanguageNames {
  public static final List<String> ALL =
      List.of(
          "conda",
          "coursier",
          "dart",
          "docker",
          "docker_image",
          "dotnet",
          "fail",
          "golang",
          "haskell",
          "julia",
          "lua",
          "node",
          "perl",
          "pygrep",
          "python",
          "r",
          "ruby",
          "rust",
          "swift",
          "unsupported",
          "unsupported_script");

  /**
   * precommit's own languages (docs/compatibility.md): accepted, but not listed in "Expected one of
   * ..." messages, which stay pre-commit's.
   */
  public static final List<String> EXTENSIONS = List.of("jvm");

  /** The check of a {@code language:} value. */
  static final Check CHECK = Checks.oneOf(ALL, EXTENSIONS);

  /** {@code system} and {@code script} are rewritten, in configs and manifests alike. */
  static final Map<String, String> ALIASES =
      Map.of("system", "unsupported", "script", "unsupported_script");

  private LanguageNames() {}

  static Object translate(Object language) {
    return language instanceof String && ALIASES.containsKey(language)
        ? ALIASES.get(language)
        : language;
  }
}
