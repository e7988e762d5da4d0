package dev.precommit.config;

import java.util.List;
import java.util.Map;

/** A validated {@code .pre-commit-config.yaml}, with pre-commit's defaults applied. */
public record Config(
    List<RepoConfig> repos,
    List<String> defaultInstallHookTypes,
    Map<String, String> defaultLanguageVersion,
    List<String> defaultStages,
    String files,
    String exclude,
    boolean failFast,
    String minimumPreCommitVersion) {

  /** The default language version configured for {@code language}, or {@code default}. */
  public String defaultLanguageVersionOf(String language) {
    return defaultLanguageVersion.getOrDefault(language, "default");
  }
}
