package dev.precommit.config;

import java.util.List;
import java.util.Map;

/**
 * One entry of {@code repos:}. Hooks stay key/value maps: for remote repositories they are merged
 * over the manifest's definitions before they become {@code Hook}s.
 *
 * @param rev the pinned revision; empty for {@code local} and {@code meta}
 */
public record RepoConfig(String repo, String rev, List<Map<String, Object>> hooks) {
  public boolean isLocal() {
    return ConfigSchema.LOCAL.equals(repo);
  }

  public boolean isMeta() {
    return ConfigSchema.META.equals(repo);
  }

  /** {@code repo: builtin}: the catalog's hooks, with no clone. */
  public boolean isBuiltin() {
    return ConfigSchema.BUILTIN.equals(repo);
  }
}
