package dev.precommit.languages;

import dev.precommit.process.ProcessRunner;
import dev.precommit.process.Result;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** pre-commit's {@code setup_cmd} / {@code cmd_output_b(check=True)} for environment installs. */
final class SetupCommand {
  private SetupCommand() {}

  /** Runs {@code argv} and returns its output; a non-zero exit is a {@link CalledProcessError}. */
  static String run(Host host, List<String> argv, Path cwd, Map<String, String> env)
      throws InterruptedException {
    return run(host.runner(), argv, cwd, env);
  }

  /** The same for a command run while a hook runs (it has a runner but no {@link Host}). */
  static String run(ProcessRunner runner, List<String> argv, Path cwd, Map<String, String> env)
      throws InterruptedException {
    Result result = runner.run(argv, cwd, env);
    if (result.exitCode() != 0) {
      throw new CalledProcessError(argv, result);
    }
    return result.outputText();
  }
}
