package dev.precommit.languages;

/**
 * One {@code language:} value (pre-commit's {@code lang_base}). Languages are stateless and
 * thread-safe; adding one is a class plus a line in {@link Languages}.
 */
public interface Language {
  String name();

  /** Directory name prefix of the environment, or null when the language installs none. */
  default String environmentDir() {
    return null;
  }

  /** Runs the hook on its files and returns its exit code and merged output. */
  HookOutcome run(HookCall call) throws InterruptedException;
}
