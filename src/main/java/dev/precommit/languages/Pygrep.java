package dev.precommit.languages;

import dev.precommit.process.Xargs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code pygrep}: the entry is a Python regex searched in-process (pre-commit forks a Python
 * interpreter per batch). Output does not depend on batching, so all files go in one call, which
 * searches them on several threads and prints in file order.
 */
final class Pygrep implements Language {
  @Override
  public String name() {
    return "pygrep";
  }

  @Override
  public HookOutcome run(HookCall call) {
    List<String> argv = new ArrayList<>(call.hook().args());
    argv.add(call.hook().entry());
    argv.addAll(call.files());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      // files are searched side by side, within the hook's share of the cores
      int threads = Math.min(call.threads(), Xargs.jobs(call.hook().requireSerial(), call.env()));
      int code = PygrepSearch.run(argv, call.root(), out, threads);
      // only reads: no git diff is needed around it
      return new HookOutcome(code, out.toByteArray(), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
