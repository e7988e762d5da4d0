package dev.precommit.languages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code pygrep}: the entry is a Python regex searched in-process (pre-commit forks a Python
 * interpreter per batch). Output does not depend on batching, so all files go in one call.
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
      int code = PygrepSearch.run(argv, call.root(), out);
      // only reads: no git diff is needed around it
      return new HookOutcome(code, out.toByteArray(), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
