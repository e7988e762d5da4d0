package dev.precommit.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** mixed-line-ending: reports or unifies CR / CRLF / LF line endings. */
final class MixedLineEnding implements BuiltinHook {
  private static final byte[] CR = {'\r'};
  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] LF = {'\n'};

  @Override
  public ArgParser parser() {
    return new ArgParser(
            "mixed-line-ending",
            "usage: mixed-line-ending [-h] [-f {auto,no,cr,crlf,lf}] [filenames ...]",
            ArgParser.Positionals.ANY)
        .choice(
            List.of("auto", "no", "cr", "crlf", "lf"),
            "auto",
            "Replace line ending with the specified. Default is \"auto\"",
            "-f",
            "--fix");
  }

  @Override
  public int run(ArgParser.Parsed args, HookContext context) throws IOException {
    String fix = args.string("fix");
    byte[] buffer = new byte[1 << 16]; // one per batch, not per file
    int result = 0;
    for (String filename : args.filenames()) {
      if (fixFile(context.path(filename), fix, buffer)) {
        if (fix.equals("no")) {
          context.print(filename + ": mixed line endings");
        } else {
          context.print(filename + ": fixed mixed line endings");
          context.changed(filename);
        }
        result = 1;
      }
    }
    return result;
  }

  /** Returns true when the file is mixed (fix "no") or was rewritten. */
  private static boolean fixFile(Path file, String fix, byte[] buffer) throws IOException {
    int cr = 0;
    int crlf = 0;
    int lf = 0;
    // the endings of bytes.splitlines(True), counted in one pass without cutting lines
    boolean pendingCr = false;
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        for (int i = 0; i < n; i++) {
          byte b = buffer[i];
          if (pendingCr) {
            pendingCr = false;
            if (b == '\n') {
              crlf++;
              continue;
            }
            cr++;
          }
          if (b == '\r') {
            pendingCr = true;
          } else if (b == '\n') {
            lf++;
          }
        }
      }
    }
    if (pendingCr) {
      cr++;
    }
    boolean mixed = (cr > 0 ? 1 : 0) + (crlf > 0 ? 1 : 0) + (lf > 0 ? 1 : 0) > 1;
    if (fix.equals("no") || (fix.equals("auto") && !mixed)) {
      return mixed;
    }
    byte[] target;
    if (fix.equals("auto")) {
      // the most frequent ending; ties go to LF, then CRLF
      target = CR;
      int max = cr;
      if (crlf >= max) {
        target = CRLF;
        max = crlf;
      }
      if (lf >= max) {
        target = LF;
      }
    } else {
      target = fix.equals("cr") ? CR : fix.equals("crlf") ? CRLF : LF;
      int others = (target == CR ? 0 : cr) + (target == CRLF ? 0 : crlf) + (target == LF ? 0 : lf);
      if (others == 0) {
        return false;
      }
    }
    byte[] newEnding = target;
    LineRewrite.apply(file, true, line -> withEnding(line, newEnding));
    return true;
  }

  private static byte[] endingOf(byte[] line) {
    int n = line.length;
    if (n >= 2 && line[n - 2] == '\r' && line[n - 1] == '\n') {
      return CRLF;
    } else if (n >= 1 && line[n - 1] == '\r') {
      return CR;
    } else if (n >= 1 && line[n - 1] == '\n') {
      return LF;
    }
    return null;
  }

  private static byte[] withEnding(byte[] line, byte[] ending) {
    byte[] current = endingOf(line);
    int body = line.length - (current == null ? 0 : current.length);
    byte[] out = Arrays.copyOf(line, body + ending.length);
    System.arraycopy(ending, 0, out, body, ending.length);
    return out;
  }
}
