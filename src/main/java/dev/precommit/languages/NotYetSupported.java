package dev.precommit.languages;

import dev.precommit.errors.FatalError;
import java.nio.file.Path;
import java.util.List;

/** A valid pre-commit language that this build cannot run yet: a clear error, never a crash. */
public record NotYetSupported(String name) implements Language {
  /** Every language not supported yet installs an environment in pre-commit. */
  @Override
  public String environmentDir() {
    return name + "_env";
  }

  /** The error a run gives before any hook starts. */
  public FatalError unsupported(String hookId) {
    return new FatalError(
        "hook `" + hookId + "` uses language `" + name + "`, which precommit does not support yet");
  }

  @Override
  public void installEnvironment(
      Path prefix, String version, List<String> additionalDependencies, Host host) {
    throw new FatalError("language `" + name + "` is not supported by precommit yet");
  }

  @Override
  public HookOutcome run(HookCall call) {
    throw unsupported(call.hook().id());
  }
}
