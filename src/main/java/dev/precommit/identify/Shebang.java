package dev.precommit.identify;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** identify's shebang reader: the command named on a {@code #!} first line, as a word list. */
final class Shebang {
  private static final byte[] MAGIC = {'#', '!'};
  private static final String ENV = "/usr/bin/env";
  private static final String NIX_SHELL = "nix-shell";

  private Shebang() {}

  /**
   * The shebang command of a stream positioned at the start of a file; empty when there is no
   * {@code #!}, or the line holds anything but printable ASCII (identify ignores such lines).
   */
  static List<String> parse(InputStream in) throws IOException {
    if (!startsWithMagic(in)) {
      return List.of();
    }
    String line = readPrintableLine(in);
    if (line == null) {
      return List.of();
    }
    List<String> cmd = words(line);
    if (cmd.size() >= 2 && cmd.get(0).equals(ENV) && cmd.get(1).equals("-S")) {
      cmd = cmd.subList(2, cmd.size());
    } else if (!cmd.isEmpty() && cmd.get(0).equals(ENV)) {
      cmd = cmd.subList(1, cmd.size());
    }
    if (cmd.equals(List.of(NIX_SHELL))) {
      return nixInterpreter(in, cmd);
    }
    return List.copyOf(cmd);
  }

  /**
   * nix-shell scripts name the real interpreter on later {@code #!} lines as {@code -i interp}; the
   * last such flag wins, and an unreadable line stops the search.
   */
  private static List<String> nixInterpreter(InputStream in, List<String> cmd) throws IOException {
    List<String> result = cmd;
    while (startsWithMagic(in)) {
      String line = readPrintableLine(in);
      if (line == null) {
        return result;
      }
      List<String> tokens = words(line);
      for (int i = 0; i < tokens.size() - 1; i++) {
        if (tokens.get(i).equals("-i")) {
          result = List.of(tokens.get(i + 1));
        }
      }
    }
    return result;
  }

  private static List<String> words(String line) {
    String stripped = ShellWords.strip(line);
    return ShellWords.split(stripped).orElseGet(() -> ShellWords.splitOnWhitespace(stripped));
  }

  private static boolean startsWithMagic(InputStream in) throws IOException {
    return Arrays.equals(in.readNBytes(2), MAGIC);
  }

  /** The rest of the current line (with its newline), or null if any byte is not printable. */
  private static String readPrintableLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean printable = true;
    int b;
    while ((b = in.read()) != -1) {
      printable &= isPrintableAscii(b);
      line.write(b);
      if (b == '\n') {
        break;
      }
    }
    return printable ? line.toString(StandardCharsets.US_ASCII) : null;
  }

  // Python's string.printable; anything else (including all non-ASCII) rejects the line.
  private static boolean isPrintableAscii(int b) {
    return (b >= 0x20 && b <= 0x7e) || (b >= '\t' && b <= '\r');
  }
}
