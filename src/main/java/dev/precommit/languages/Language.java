package dev.precommit.languages;

import dev.precommit.process.EnvPatch;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One {@code language:} value (pre-commit's {@code lang_base}). Languages are stateless and
 * thread-safe; adding one is a class plus a line in {@link Languages}.
 *
 * <p>A language with an environment ({@link #environmentDir()} not null) installs it into {@code
 * <prefix>/<environmentDir>-<version>}, where prefix is the hook's store entry. The defaults below
 * are those of languages without one.
 */
public interface Language {
  /** The version every language accepts: "whatever the machine has". */
  String DEFAULT_VERSION = "default";

  String name();

  /** Directory name prefix of the environment, or null when the language installs none. */
  default String environmentDir() {
    return null;
  }

  /** What {@code language_version: default} resolves to (pre-commit's get_default_version). */
  default String defaultVersion(Map<String, String> env) {
    return DEFAULT_VERSION;
  }

  /** {@code <prefix>/<environmentDir>-<version>}. */
  default Path environmentPath(Path prefix, String version) {
    return prefix.resolve(environmentDir() + "-" + version);
  }

  /**
   * Why the installed environment can no longer be used (it is then rebuilt), or null if it can.
   */
  default String healthCheck(Path prefix, String version, Host host) throws InterruptedException {
    return null;
  }

  /**
   * Builds the environment in {@link #environmentPath}; the caller holds the store lock, removes
   * the directory if this throws and writes the install marker after it returns.
   */
  default void installEnvironment(
      Path prefix, String version, List<String> additionalDependencies, Host host)
      throws InterruptedException {
    throw new IllegalStateException("language " + name() + " is not installable");
  }

  /**
   * Whether environments of this language may be installed at the same time (each in its own hook
   * repository). No for tools whose per-user state does not take two installers at once.
   */
  default boolean installsConcurrently() {
    return true;
  }

  /** The variables a hook of this language sees (pre-commit's {@code in_env}). */
  default EnvPatch environment(Path prefix, String version) {
    return EnvPatch.empty();
  }

  /** The usual {@link #environment}: the environment's {@code bin} first on PATH. */
  default EnvPatch binOnPath(Path prefix, String version) {
    return EnvPatch.empty().prependPath(environmentPath(prefix, version).resolve("bin").toString());
  }

  /** Runs the hook on its files and returns its exit code and merged output. */
  HookOutcome run(HookCall call) throws InterruptedException;
}
