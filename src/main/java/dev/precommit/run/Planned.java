package dev.precommit.run;

import dev.precommit.hook.Hook;
import java.util.List;

/** A hook and what this run does with it: skip it (SKIP, or no files) or run it on its files. */
record Planned(Hook hook, List<String> files, Kind kind) {
  enum Kind {
    SKIPPED,
    NO_FILES,
    RUNS
  }

  boolean runs() {
    return kind == Kind.RUNS;
  }
}
