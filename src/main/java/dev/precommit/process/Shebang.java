package dev.precommit.process;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * identify's {@code parse_shebang}: the interpreter argv named by a {@code #!} first line.
 *
 * <p>The line must be printable ASCII; it is split like a shell line (falling back to whitespace
 * splitting when the quoting is broken), {@code /usr/bin/env} and {@code /usr/bin/env -S} are
 * dropped, and {@code nix-shell} shebangs take the interpreter from a later {@code #! ... -i X}.
 */
public final class Shebang {
  private static final String ENV = "/usr/bin/env";

  private Shebang() {}

  /**
   * The shebang argv of the file at {@code path}, or an empty list when it has none or cannot be
   * read (pre-commit only calls this for executables it has already found).
   */
  public static List<String> fromFile(Path path) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
      return parse(in);
    } catch (IOException e) {
      return List.of();
    }
  }

  /** Parses a shebang from the start of {@code in}. */
  public static List<String> parse(InputStream in) throws IOException {
    if (!startsWithHashBang(in)) {
      return List.of();
    }
    String line = printableLine(in);
    if (line == null) {
      return List.of();
    }
    List<String> cmd = split(line);
    if (!cmd.isEmpty() && cmd.get(0).equals(ENV)) {
      boolean dashS = cmd.size() > 1 && cmd.get(1).equals("-S");
      cmd = cmd.subList(dashS ? 2 : 1, cmd.size());
      if (cmd.equals(List.of("nix-shell"))) {
        return nixInterpreter(in, cmd);
      }
    }
    return List.copyOf(cmd);
  }

  private static List<String> nixInterpreter(InputStream in, List<String> cmd) throws IOException {
    List<String> result = cmd;
    while (startsWithHashBang(in)) {
      String line = printableLine(in);
      if (line == null) {
        return result;
      }
      List<String> tokens = split(line);
      for (int i = 0; i < tokens.size() - 1; i++) {
        if (tokens.get(i).equals("-i")) {
          result = List.of(tokens.get(i + 1));
        }
      }
    }
    return List.copyOf(result);
  }

  private static boolean startsWithHashBang(InputStream in) throws IOException {
    byte[] two = in.readNBytes(2);
    return two.length == 2 && two[0] == '#' && two[1] == '!';
  }

  /** The rest of the line (newline included, like readline), or null if not printable ASCII. */
  private static String printableLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean printable = true;
    for (int b = in.read(); b != -1; b = in.read()) {
      line.write(b);
      printable &= isPrintable(b);
      if (b == '\n') {
        break;
      }
    }
    return printable ? line.toString(StandardCharsets.US_ASCII) : null;
  }

  /** Python's {@code string.printable}: ASCII graphic characters, space and \t\n\r\x0b\x0c. */
  private static boolean isPrintable(int b) {
    return (b >= 0x20 && b <= 0x7e) || (b >= 0x09 && b <= 0x0d);
  }

  private static List<String> split(String line) {
    String stripped = line.strip();
    try {
      return Shlex.split(stripped);
    } catch (ShlexException e) {
      // Shebangs are not meant to be quoted: fall back to str.split().
      List<String> words =
          new ArrayList<>(Arrays.asList(stripped.split("[ \\t\\n\\r\\x0b\\x0c]+")));
      words.removeIf(String::isEmpty);
      return words;
    }
  }
}
