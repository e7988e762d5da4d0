package dev.precommit.identify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Tags of the files in one run, computed at most once per path (pre-commit classifies every file
 * once and then filters it for each hook). Safe to share between threads.
 */
public final class TagCache {
  private final Identify identify;
  private final Path root;
  private final ConcurrentMap<String, Set<String>> tags = new ConcurrentHashMap<>();

  /**
   * @param identify the tables to use
   * @param root the directory that keys are relative to (the repository root)
   */
  public TagCache(Identify identify, Path root) {
    this.identify = identify;
    this.root = root;
  }

  /** Tags of {@code relativePath} (resolved against the root), computed on first request. */
  public Set<String> tags(String relativePath) throws IOException {
    Set<String> known = tags.get(relativePath);
    if (known != null) {
      return known;
    }
    // Computed outside the map so I/O errors propagate as IOException; a race only repeats work.
    Set<String> computed = identify.tagsFromPath(root.resolve(relativePath));
    Set<String> raced = tags.putIfAbsent(relativePath, computed);
    return raced != null ? raced : computed;
  }
}
