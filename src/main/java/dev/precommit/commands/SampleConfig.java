package dev.precommit.commands;

import dev.precommit.output.Console;

/** {@code sample-config}: pre-commit's sample, byte for byte. */
public final class SampleConfig {
  static final String SAMPLE =
      "# See https://pre-commit.com for more information\n"
          + "# See https://pre-commit.com/hooks.html for more hooks\n"
          + "repos:\n"
          + "-   repo: https://github.com/pre-commit/pre-commit-hooks\n"
          + "    rev: v3.2.0\n"
          + "    hooks:\n"
          + "    -   id: trailing-whitespace\n"
          + "    -   id: end-of-file-fixer\n"
          + "    -   id: check-yaml\n"
          + "    -   id: check-added-large-files\n";

  private SampleConfig() {}

  public static int run(Console console) {
    console.write(SAMPLE);
    return 0;
  }
}
