package dev.precommit.git;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The git CLI for the built-in hooks, which must see exactly what the original hooks see from
 * {@code git} (display names, quoting, rename detection, attributes at every level).
 */
public final class GitCommand {
  private final GitCli cli;

  public GitCommand(Path cwd, Map<String, String> env) {
    this.cli = new GitCli(cwd, env);
  }

  /** The exit code and stdout (stderr is discarded, as the hooks discard it). */
  public record Output(int exitCode, byte[] stdout) {}

  public Output run(byte[] stdin, List<String> args) {
    GitCli.Output out = cli.run(stdin, args.toArray(String[]::new));
    return new Output(out.exitCode(), out.stdout());
  }
}
