package dev.precommit.git;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** pre-commit's rendering of a failed subprocess (its CalledProcessError text). */
final class CalledProcessText {
  private CalledProcessText() {}

  static String of(GitCli.Output out, String... argv) {
    StringBuilder cmd = new StringBuilder("(");
    List<String> args = List.of(argv);
    for (int i = 0; i < args.size(); i++) {
      cmd.append(i > 0 ? ", " : "").append('\'').append(args.get(i)).append('\'');
    }
    cmd.append(')');
    return "command: "
        + cmd
        + "\nreturn code: "
        + out.exitCode()
        + "\nstdout:"
        + stream(out.stdout())
        + "\nstderr:"
        + stream(out.stderr());
  }

  private static String stream(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8).stripTrailing();
    if (text.isEmpty()) {
      return " (none)";
    }
    return "\n    " + text.replace("\n", "\n    ");
  }
}
