package dev.precommit.languages;

import dev.precommit.errors.FatalError;
import java.nio.file.Path;
import java.util.List;

/** A valid pre-commit language that this build cannot run yet: a clear error, never a crash. */
record NotYetSupported(String name) implements Language {
  @Override
  public String environmentDir() {
    return name + "_env";
  }

  @Override
  public void installEnvironment(
      Path prefix, String version, List<String> additionalDependencies, Host host) {
    throw new FatalError("language `" + name + "` is not supported by precommit yet");
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
