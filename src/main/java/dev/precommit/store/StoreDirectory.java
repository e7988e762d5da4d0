package dev.precommit.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the store lives: {@code $PRECOMMIT_HOME}, else {@code $XDG_CACHE_HOME/precommit}, else
 * {@code ~/.cache/precommit}. Never pre-commit's own directory: the layouts differ.
 */
public final class StoreDirectory {
  public static final String LOG_FILE = "precommit.log";

  private StoreDirectory() {}

  public static Path of(Map<String, String> env) {
    String home = env.get("PRECOMMIT_HOME");
    if (home != null && !home.isEmpty()) {
      return Path.of(home).toAbsolutePath();
    }
    String xdg = env.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isEmpty()) {
      return Path.of(xdg, "precommit").toAbsolutePath();
    }
    String userHome = env.getOrDefault("HOME", System.getProperty("user.home"));
    return Path.of(userHome, ".cache", "precommit").toAbsolutePath();
  }
}
