package dev.precommit.languages;

import dev.precommit.regex.InvalidPythonRegexException;
import dev.precommit.regex.PythonRegex;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In-process {@code python -m pre_commit.languages.pygrep}: Python {@code re} on file bytes.
 *
 * <p>Semantics of pre-commit 4.x, which this reproduces byte for byte:
 *
 * <ul>
 *   <li>The pattern is {@code re.compile(pattern.encode(), flags)}: a bytes pattern, so {@code \w
 *       \d \s} and {@code -i} are ASCII-only. We decode file bytes as ISO-8859-1, one char per
 *       byte, so Java offsets are byte offsets and output is the original bytes.
 *   <li>Default: iterate the binary file's lines (split after each {@code \n}, which stays part of
 *       the line while matching); for each line where {@code search} finds a match print {@code
 *       <file>:<lineno>:<line>} with every trailing {@code \r} and {@code \n} stripped.
 *   <li>{@code --multiline}: MULTILINE|DOTALL and one {@code search} over the whole file. With a
 *       match at {@code start}, the line number is 1 + the number of {@code \n} before {@code
 *       start}; the printed text is the matched text split at {@code \n} with its first piece
 *       replaced by that whole line (from its beginning up to, not including, its {@code \n}),
 *       rejoined with {@code \n}. So {@code ar} in {@code foo\nbar\n} prints {@code f:2:bar};
 *       {@code o\nb} in {@code foo\nbar} prints {@code f:1:foo\nb}; a match ending in {@code \n}
 *       leaves an empty last piece, i.e. an extra blank line.
 *   <li>{@code --negate}: print {@code <file>} when no line matches (an empty file has no lines, so
 *       it is printed); with {@code --multiline}, when the whole-file search finds nothing.
 *   <li>Exit code: 1 if any file printed, else 0. Filenames are written UTF-8-encoded.
 * </ul>
 *
 * <p>Argument errors behave like argparse (usage text, exit code 2). A pattern Python rejects, or
 * an unreadable file, ends the run like Python's uncaught exception would: its last traceback line
 * and exit code 1, after whatever was already printed.
 */
public final class PygrepSearch {
  /** Java's regex engine recurses per repetition; a big stack keeps long lines from overflowing. */
  private static final long SEARCH_STACK_BYTES = 512L * 1024 * 1024;

  private PygrepSearch() {}

  /**
   * Runs pygrep. {@code argv} is what pre-commit passes: {@code [flags..., pattern, filenames...]}.
   * Filenames are resolved against {@code cwd}. Returns the exit code: 0 or 1 (2 for a command-line
   * error).
   */
  public static int run(List<String> argv, Path cwd, OutputStream out) throws IOException {
    return run(argv, cwd, out, 1);
  }

  /**
   * {@link #run(List, Path, OutputStream)} with files searched on up to {@code threads} threads.
   * Each file's output is kept apart and printed in argument order, and nothing after a file that
   * ends the run is printed, so the bytes are those of one sequential search.
   */
  public static int run(List<String> argv, Path cwd, OutputStream out, int threads)
      throws IOException {
    AtomicReference<Object> result = new AtomicReference<>();
    Thread worker =
        new Thread(
            null,
            () -> {
              try {
                result.set(runHere(argv, cwd, out, threads));
              } catch (IOException | RuntimeException | Error e) {
                result.set(e);
              }
            },
            "pygrep",
            SEARCH_STACK_BYTES);
    worker.start();
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    Object outcome = result.get();
    if (outcome instanceof IOException e) {
      throw e;
    }
    if (outcome instanceof RuntimeException e) {
      throw e;
    }
    if (outcome instanceof Error e) {
      throw e;
    }
    return (Integer) outcome;
  }

  private static int runHere(List<String> argv, Path cwd, OutputStream out, int threads)
      throws IOException {
    PygrepArguments args;
    try {
      args = PygrepArguments.parse(argv);
    } catch (PygrepArguments.Exit exit) {
      out.write(exit.output.getBytes(StandardCharsets.UTF_8));
      out.flush();
      return exit.code;
    }
    int flags = args.ignoreCase() ? PythonRegex.IGNORECASE : 0;
    if (args.multiline()) {
      flags |= PythonRegex.MULTILINE | PythonRegex.DOTALL;
    }
    Search pattern;
    try {
      pattern =
          new Search(
              PythonRegex.compileBytes(args.pattern(), flags),
              PythonRegex.requiredBytesLiteral(args.pattern(), flags));
    } catch (InvalidPythonRegexException e) {
      return crash(out, "re.error: " + e.getMessage());
    }
    List<String> files = args.filenames();
    int rc =
        Math.min(threads, files.size()) > 1
            ? searchInParallel(args, pattern, cwd, out, Math.min(threads, files.size()))
            : searchInOrder(args, pattern, cwd, out);
    out.flush();
    return rc;
  }

  /** What {@link #search} returns for a file whose error ended the run (its traceback printed). */
  private static final int ENDS_RUN = -1;

  private static int searchInOrder(PygrepArguments args, Search pattern, Path cwd, OutputStream out)
      throws IOException {
    Matcher matcher = pattern.regex().matcher("");
    int rc = 0;
    for (String filename : args.filenames()) {
      int code = search(args, pattern.literal(), filename, matcher, cwd, out);
      if (code == ENDS_RUN) {
        return 1;
      }
      rc |= code;
    }
    return rc;
  }

  /**
   * Workers take the next file in turn, each with its own matcher and output buffer; the buffers
   * are then printed in file order up to the first file that ended the run. Files after that one
   * are not searched once it is known.
   */
  private static int searchInParallel(
      PygrepArguments args, Search pattern, Path cwd, OutputStream out, int threads)
      throws IOException {
    List<String> files = args.filenames();
    int n = files.size();
    byte[][] outputs = new byte[n][];
    int[] codes = new int[n];
    Throwable[] failures = new Throwable[n];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger firstEnd = new AtomicInteger(n);
    Runnable worker =
        () -> {
          Matcher matcher = pattern.regex().matcher("");
          for (int i; (i = next.getAndIncrement()) < n && i <= firstEnd.get(); ) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            try {
              codes[i] = search(args, pattern.literal(), files.get(i), matcher, cwd, buffer);
            } catch (IOException | RuntimeException | Error e) {
              failures[i] = e;
              codes[i] = ENDS_RUN;
            }
            outputs[i] = buffer.toByteArray();
            if (codes[i] == ENDS_RUN) {
              firstEnd.accumulateAndGet(i, Math::min);
            }
          }
        };
    List<Thread> workers = new ArrayList<>();
    for (int t = 1; t < threads; t++) {
      Thread thread = new Thread(null, worker, "pygrep-" + t, SEARCH_STACK_BYTES);
      thread.start();
      workers.add(thread);
    }
    worker.run();
    for (Thread thread : workers) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    }
    int rc = 0;
    for (int i = 0; i < n; i++) {
      out.write(outputs[i]);
      if (failures[i] instanceof IOException e) {
        throw e;
      } else if (failures[i] instanceof RuntimeException e) {
        throw e;
      } else if (failures[i] instanceof Error e) {
        throw e;
      }
      if (codes[i] == ENDS_RUN) {
        return 1;
      }
      rc |= codes[i];
    }
    return rc;
  }

  /** Searches one file: 0 or 1, or {@link #ENDS_RUN} after printing the traceback's last line. */
  private static int search(
      PygrepArguments args,
      String literal,
      String filename,
      Matcher matcher,
      Path cwd,
      OutputStream out)
      throws IOException {
    String contents;
    try {
      byte[] bytes = Files.readAllBytes(cwd.resolve(filename));
      contents = new String(bytes, StandardCharsets.ISO_8859_1);
    } catch (NoSuchFileException e) {
      crash(out, "FileNotFoundError: [Errno 2] No such file or directory: " + repr(filename));
      return ENDS_RUN;
    } catch (AccessDeniedException e) {
      crash(out, "PermissionError: [Errno 13] Permission denied: " + repr(filename));
      return ENDS_RUN;
    } catch (IOException e) {
      if (Files.isDirectory(cwd.resolve(filename))) {
        crash(out, "IsADirectoryError: [Errno 21] Is a directory: " + repr(filename));
        return ENDS_RUN;
      }
      throw e;
    }
    FileReport report = new FileReport(filename, contents, matcher, out);
    if (contents.indexOf(literal) < 0) {
      return report.noMatch(args.negate()); // one scan instead of a search per line
    }
    matcher.reset(contents);
    if (args.multiline()) {
      return args.negate() ? report.wholeFileNegated() : report.wholeFile();
    }
    return args.negate() ? report.byLineNegated() : report.byLine();
  }

  private static int crash(OutputStream out, String lastTracebackLine) throws IOException {
    out.write((lastTracebackLine + "\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
    return 1;
  }

  private static String repr(String filename) {
    return PygrepArguments.pyRepr(filename);
  }

  /**
   * The compiled pattern and the literal every match contains ("" when none is known: every subject
   * contains it).
   */
  private record Search(Pattern regex, String literal) {}

  /** The four pygrep modes applied to one file's contents (bytes as ISO-8859-1 chars). */
  private record FileReport(String filename, String contents, Matcher matcher, OutputStream out) {

    /** What every mode reports for a file with no match at all. */
    int noMatch(boolean negate) throws IOException {
      if (!negate) {
        return 0;
      }
      write(filename + "\n");
      return 1;
    }

    int byLine() throws IOException {
      int rc = 0;
      int lineNumber = 1;
      for (int start = 0; start < contents.length(); lineNumber++) {
        int end = lineEnd(start);
        // A region with opaque bounds makes the line behave as a separate subject string.
        if (matcher.region(start, end).find()) {
          rc = 1;
          int printEnd = end;
          while (printEnd > start
              && (contents.charAt(printEnd - 1) == '\n' || contents.charAt(printEnd - 1) == '\r')) {
            printEnd--;
          }
          write(filename + ":" + lineNumber + ":");
          writeBytes(contents.substring(start, printEnd));
          writeBytes("\n");
        }
        start = end;
      }
      return rc;
    }

    int byLineNegated() throws IOException {
      for (int start = 0; start < contents.length(); ) {
        int end = lineEnd(start);
        if (matcher.region(start, end).find()) {
          return 0;
        }
        start = end;
      }
      return noMatch(true);
    }

    int wholeFile() throws IOException {
      if (!matcher.find()) {
        return 0;
      }
      int start = matcher.start();
      int lineStart = contents.lastIndexOf('\n', start - 1) + 1;
      int lineNumber =
          1 + (int) contents.substring(0, start).chars().filter(c -> c == '\n').count();
      String matched = matcher.group();
      int firstBreak = matched.indexOf('\n');
      int lineBreak = contents.indexOf('\n', lineStart);
      String firstLine =
          contents.substring(lineStart, lineBreak < 0 ? contents.length() : lineBreak);
      String rest = firstBreak < 0 ? "" : matched.substring(firstBreak);
      write(filename + ":" + lineNumber + ":");
      writeBytes(firstLine + rest + "\n");
      return 1;
    }

    int wholeFileNegated() throws IOException {
      return matcher.find() ? 0 : noMatch(true);
    }

    /** Index just past the line starting at {@code start}: after its \n, or the end. */
    private int lineEnd(int start) {
      int newline = contents.indexOf('\n', start);
      return newline < 0 ? contents.length() : newline + 1;
    }

    private void write(String text) throws IOException {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private void writeBytes(String latin1) throws IOException {
      out.write(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }
  }
}
