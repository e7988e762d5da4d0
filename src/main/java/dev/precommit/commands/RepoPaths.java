package dev.precommit.commands;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * pre-commit makes user-given paths absolute (relative to where the user typed them), then relative
 * to the repository root, where every command runs.
 */
final class RepoPaths {
  private RepoPaths() {}

  /** A path that exists relative to cwd is re-expressed relative to root; else left as is. */
  static String ifExists(String path, Path cwd, Path root) {
    Path resolved = cwd.resolve(path);
    return Files.exists(resolved) ? relative(resolved, root) : path;
  }

  /** Always re-expressed relative to root (for {@code --files}). */
  static String always(String path, Path cwd, Path root) {
    return relative(cwd.resolve(path), root);
  }

  private static String relative(Path absolute, Path root) {
    Path rel = root.toAbsolutePath().normalize().relativize(absolute.toAbsolutePath().normalize());
    String s = rel.toString();
    return s.isEmpty() ? "." : s;
  }
}
