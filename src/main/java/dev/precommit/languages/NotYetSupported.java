package dev.precommit.languages;

import dev.precommit.errors.FatalError;

/** A valid pre-commit language that this build cannot run yet: a clear error, never a crash. */
record NotYetSupported(String name) implements Language {
  @Override
  public String environmentDir() {
    return name + "_env";
  }

  @Override
  public HookOutcome run(HookCall call) {
    throw new FatalError(
        "hook `"
            + call.hook().id()
            + "` uses language `"
            + name
            + "`, which precommit does not"
            + " support yet");
  }
}
