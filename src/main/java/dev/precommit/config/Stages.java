package dev.precommit.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Hook types and stages (pre-commit 4.x names), with the legacy names still accepted. */
public final class Stages {
  /** Git hook types pre-commit can install, sorted. */
  public static final List<String> HOOK_TYPES =
      List.of(
          "commit-msg",
          "post-checkout",
          "post-commit",
          "post-merge",
          "post-rewrite",
          "pre-commit",
          "pre-merge-commit",
          "pre-push",
          "pre-rebase",
          "prepare-commit-msg");

  /** Every stage, in pre-commit's order: the hook types, then {@code manual}. */
  public static final List<String> STAGES = withManual();

  /** Legacy stage names and their 4.x replacements. */
  public static final Map<String, String> LEGACY =
      Map.of("commit", "pre-commit", "push", "pre-push", "merge-commit", "pre-merge-commit");

  private Stages() {}

  /** Maps a legacy stage name to its current name; other values are returned unchanged. */
  public static Object transform(Object stage) {
    return stage instanceof String && LEGACY.containsKey(stage) ? LEGACY.get(stage) : stage;
  }

  private static List<String> withManual() {
    List<String> stages = new ArrayList<>(HOOK_TYPES);
    stages.add("manual");
    return Collections.unmodifiableList(stages);
  }
}
