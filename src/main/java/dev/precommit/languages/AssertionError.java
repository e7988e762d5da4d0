package dev.precommit.languages;

import dev.precommit.process.PythonRepr;
import java.util.List;

/**
 * pre-commit's {@code lang_base.assert_version_default} / {@code assert_no_additional_deps}: an
 * {@code AssertionError} (reported as unexpected, exit 3) for what a language cannot do. Its class
 * name is what the user sees, as for {@link CalledProcessError}; the {@code assert} statement still
 * throws {@code java.lang.AssertionError}.
 */
public final class AssertionError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  AssertionError(String message) {
    super(message);
  }

  /** Languages installed only from the system's tool accept no {@code language_version}. */
  static void assertVersionDefault(String binary, String version) {
    if (!Language.DEFAULT_VERSION.equals(version)) {
      throw new AssertionError(
          "for now, pre-commit requires system-installed "
              + binary
              + " -- you selected `language_version: "
              + version
              + "`");
    }
  }

  static void assertNoAdditionalDeps(String language, List<String> dependencies) {
    if (!dependencies.isEmpty()) {
      StringBuilder list = new StringBuilder("[");
      for (int i = 0; i < dependencies.size(); i++) {
        list.append(i > 0 ? ", " : "").append(PythonRepr.string(dependencies.get(i)));
      }
      throw new AssertionError(
          "for now, pre-commit does not support additional_dependencies for "
              + language
              + " -- you selected `additional_dependencies: "
              + list.append(']')
              + "`");
    }
  }
}
