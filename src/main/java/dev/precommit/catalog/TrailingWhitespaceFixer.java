package dev.precommit.catalog;

import dev.precommit.process.PythonRepr;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * trailing-whitespace (script trailing-whitespace-fixer): strips trailing whitespace, keeping the
 * line ending and, in markdown files, a hard line break of two spaces.
 */
final class TrailingWhitespaceFixer implements BuiltinHook {
  private static final byte[] ASCII_WHITESPACE = {' ', '\t', '\n', '\r', 0x0b, 0x0c};

  @Override
  public ArgParser parser() {
    return new ArgParser(
            "trailing-whitespace-fixer",
            """
            usage: trailing-whitespace-fixer [-h]
                                             [--markdown-linebreak-ext *|EXT[,EXT,...]]
                                             [--chars CHARS]
                                             [filenames ...]""",
            ArgParser.Positionals.ANY)
        .flag(ArgParser.SUPPRESS, "--no-markdown-linebreak-ext")
        .append(
            "*|EXT[,EXT,...]",
            "Markdown extensions (or *) to not strip linebreak spaces.  default: []",
            "--markdown-linebreak-ext")
        .value(
            "CHARS",
            null,
            "The set of characters to strip from the end of lines.  Defaults to all whitespace"
                + " characters.",
            "--chars");
  }

  @Override
  public int run(ArgParser.Parsed args, HookContext context)
      throws IOException, HookCrash, ArgParser.Exit {
    if (args.flag("no_markdown_linebreak_ext")) {
      context.print("--no-markdown-linebreak-ext now does nothing!");
    }
    List<String> mdArgs = args.list("markdown_linebreak_ext");
    ArgParser parser = parser();
    if (mdArgs.contains("")) {
      throw parser.error("--markdown-linebreak-ext requires a non-empty argument");
    }
    boolean allMarkdown = mdArgs.contains("*");
    List<String> extensions = new ArrayList<>();
    for (String ext : String.join(",", mdArgs).split(",", -1)) {
      extensions.add("." + stripLeadingDots(ext.toLowerCase(Locale.ROOT)));
    }
    for (String ext : extensions) {
      String rest = ext.substring(1);
      if (rest.contains(".") || rest.contains("/") || rest.contains("\\") || rest.contains(":")) {
        throw parser.error(
            "bad --markdown-linebreak-ext extension "
                + PythonRepr.string(ext)
                + " (has . / \\ :)\n"
                + "  (probably filename; use '--markdown-linebreak-ext=EXT')");
      }
    }
    String chars = args.string("chars");
    byte[] strip = chars == null ? ASCII_WHITESPACE : chars.getBytes(StandardCharsets.UTF_8);
    boolean[] suspicious = suspiciousBytes(strip);
    byte[] buffer = new byte[1 << 16]; // one per batch: most files fit, none is read whole
    int result = 0;
    for (String filename : args.filenames()) {
      boolean markdown =
          allMarkdown || extensions.contains(extension(filename.toLowerCase(Locale.ROOT)));
      Path file = context.path(filename);
      if (mayNeedFixing(file, suspicious, buffer)
          && LineRewrite.apply(file, false, line -> fixLine(line, markdown, strip))) {
        context.print("Fixing " + filename);
        context.changed(filename);
        result = 1;
      }
    }
    return result;
  }

  /**
   * False when no line can change: {@link #fixLine} leaves a line alone unless the last byte before
   * its ending is one to strip or a space (markdown). One pass over the bytes, no line copies; a
   * file that may change goes through the exact line-by-line fix.
   */
  static boolean mayNeedFixing(Path file, boolean[] suspicious, byte[] buffer) throws IOException {
    int last = '\n'; // the byte before the current one; a line start looks like after a \n
    int beforeLast = '\n';
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        for (int i = 0; i < n; i++) {
          int b = buffer[i] & 0xff;
          if (b == '\n') {
            // the body ends before \r\n or \n; an empty body (a \n before it) never changes
            int end = last == '\r' ? beforeLast : last;
            if (last == '\r' && beforeLast == '\n') {
              end = '\n';
            }
            if (suspicious[end]) {
              return true;
            }
          }
          beforeLast = last;
          last = b;
        }
      }
    }
    return suspicious[last]; // a last line without \n: its final byte ends the body
  }

  /** The bytes that, ending a line's body, may make {@link #fixLine} change it. */
  static boolean[] suspiciousBytes(byte[] strip) {
    boolean[] suspicious = new boolean[256];
    for (byte b : strip) {
      suspicious[b & 0xff] = true;
    }
    suspicious[' '] = true; // a markdown hard break
    suspicious['\n'] = false; // the ending itself, or an empty line
    return suspicious;
  }

  private static String stripLeadingDots(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == '.') {
      i++;
    }
    return s.substring(i);
  }

  /** {@code os.path.splitext(name)[1]}: from the basename's last dot, leading dots ignored. */
  static String extension(String name) {
    int sep = name.lastIndexOf('/');
    int dot = name.lastIndexOf('.');
    if (dot > sep) {
      for (int i = sep + 1; i < dot; i++) {
        if (name.charAt(i) != '.') {
          return name.substring(dot);
        }
      }
    }
    return "";
  }

  static byte[] fixLine(byte[] line, boolean markdown, byte[] strip) {
    int end = line.length;
    int eol = 0;
    if (end >= 2 && line[end - 2] == '\r' && line[end - 1] == '\n') {
      eol = 2;
    } else if (end >= 1 && line[end - 1] == '\n') {
      eol = 1;
    }
    int body = end - eol;
    int keep;
    byte[] suffix;
    if (markdown
        && !isSpace(line, body)
        && body >= 2
        && line[body - 1] == ' '
        && line[body - 2] == ' ') {
      keep = rstrip(line, body - 2, strip);
      suffix = new byte[] {' ', ' '};
    } else {
      keep = rstrip(line, body, strip);
      suffix = new byte[0];
    }
    if (keep == body && suffix.length == 0) {
      return line;
    }
    byte[] out = Arrays.copyOf(line, keep + suffix.length + eol);
    System.arraycopy(suffix, 0, out, keep, suffix.length);
    System.arraycopy(line, body, out, keep + suffix.length, eol);
    return out;
  }

  /** {@code bytes.isspace()}: non-empty and all ASCII whitespace. */
  private static boolean isSpace(byte[] line, int length) {
    if (length == 0) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (!contains(ASCII_WHITESPACE, line[i])) {
        return false;
      }
    }
    return true;
  }

  private static int rstrip(byte[] line, int end, byte[] strip) {
    while (end > 0 && contains(strip, line[end - 1])) {
      end--;
    }
    return end;
  }

  private static boolean contains(byte[] set, byte b) {
    for (byte s : set) {
      if (s == b) {
        return true;
      }
    }
    return false;
  }
}
