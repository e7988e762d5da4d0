package dev.precommit.languages;

import dev.precommit.errors.FatalError;
import dev.precommit.process.Executables;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Looks tools up on the user's PATH, as pre-commit's {@code find_executable}/{@code exe_exists}.
 */
final class SystemExecutable {
  private static final Pattern SHIMS = Pattern.compile("[/\\\\]shims[/\\\\]");
  private static final Path ROOT = Path.of("/");

  private SystemExecutable() {}

  /** The path of {@code name} on {@code env}'s PATH. */
  static Optional<String> find(String name, Map<String, String> env) {
    return Executables.findExecutable(name, ROOT, env);
  }

  /**
   * {@code exe_exists}: on PATH, but neither a version manager's shim nor inside the home directory
   * (unless home is {@code /}), so only a real system-wide install counts as "system".
   */
  static boolean isSystemWide(String name, Map<String, String> env) {
    Optional<String> found = find(name, env);
    if (found.isEmpty() || SHIMS.matcher(found.get()).find()) {
      return false;
    }
    Path home = Path.of(env.getOrDefault("HOME", System.getProperty("user.home")));
    Path exe = ROOT.resolve(found.get()).normalize();
    return home.getParent() == null || !exe.startsWith(home.normalize());
  }

  /** Every tool must be on PATH before an install starts, else {@link #notInstalled}. */
  static void require(Map<String, String> env, String language, String... tools) {
    for (String tool : tools) {
      if (find(tool, env).isEmpty()) {
        throw notInstalled(tool, language);
      }
    }
  }

  /** The error for a missing tool: exit 1 with a message, never a stack trace. */
  static FatalError notInstalled(String tool, String language) {
    return new FatalError(
        "`" + tool + "` is not installed: hooks with `language: " + language + "` need it on PATH");
  }
}
