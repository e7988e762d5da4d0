package dev.precommit.languages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pre-commit's pygrep_test.py scenarios plus byte-level edge cases. */
class PygrepSearchTest {
  @TempDir Path dir;

  private record Result(int rc, String out) {}

  @BeforeEach
  void someFiles() throws IOException {
    write("f1", "foo\nbar\n");
    write("f2", "[INFO] hi\n");
    write("f3", "with'quotes\n");
    write("f4", "foo\npattern\nbar\n");
    write("f5", "[INFO] hi\npattern\nbar");
    write("f6", "pattern\nbarwith'foo\n");
    write("f7", "hello'hi\nworld\n");
    write("f8", "foo\nbar\nbaz\n");
    write("f9", "[WARN] hi\n");
  }

  private void write(String name, String latin1) throws IOException {
    Files.write(dir.resolve(name), latin1.getBytes(StandardCharsets.ISO_8859_1));
  }

  private Result pygrep(String... argv) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int rc = PygrepSearch.run(List.of(argv), dir, out);
    return new Result(rc, out.toString(StandardCharsets.ISO_8859_1));
  }

  @Test
  void printsEachMatchingLineWithFileAndLineNumber() throws IOException {
    assertEquals(new Result(0, ""), pygrep("baz", "f1", "f2", "f3"));
    assertEquals(new Result(1, "f1:1:foo\n"), pygrep("foo", "f1", "f2", "f3"));
    assertEquals(new Result(1, "f1:2:bar\n"), pygrep("bar", "f1", "f2", "f3"));
    assertEquals(new Result(1, "f2:1:[INFO] hi\n"), pygrep("(?i)\\[info\\]", "f1", "f2", "f3"));
    assertEquals(new Result(1, "f3:1:with'quotes\n"), pygrep("h'q", "f1", "f2", "f3"));
    assertEquals(new Result(1, "f7:1:hello'hi\n"), pygrep("ello", "f7", "f8", "f9"));
  }

  @Test
  void negateByLinePrintsFilesWithoutAnyMatchingLine() throws IOException {
    assertEquals(
        new Result(1, "f4\nf5\nf6\n"), pygrep("pattern\nbar", "f4", "f5", "f6", "--negate"));
    assertEquals(new Result(1, "f5\n"), pygrep("foo", "f4", "f5", "f6", "--negate"));
    assertEquals(new Result(0, ""), pygrep("pattern", "f4", "f5", "f6", "--negate"));
  }

  @Test
  void negateMultilinePrintsFilesTheWholeFileSearchMisses() throws IOException {
    assertEquals(
        new Result(1, "f4\nf5\nf6\n"), pygrep("baz", "f4", "f5", "f6", "--negate", "--multiline"));
    assertEquals(
        new Result(1, "f5\nf6\n"),
        pygrep("foo\npattern", "f4", "f5", "f6", "--negate", "--multiline"));
    assertEquals(
        new Result(0, ""), pygrep("pattern\nbar", "f4", "f5", "f6", "--negate", "--multiline"));
  }

  @Test
  void ignoreCaseFlag() throws IOException {
    assertEquals(
        new Result(1, "f2:1:[INFO] hi\n"), pygrep("--ignore-case", "info", "f1", "f2", "f3"));
    assertEquals(new Result(1, "f2:1:[INFO] hi\n"), pygrep("-i", "info", "f1", "f2", "f3"));
  }

  @Test
  void multilinePrintsTheMatchWithItsFirstLineCompleted() throws IOException {
    assertEquals(
        new Result(1, "f1:1:foo\nbar\n"), pygrep("--multiline", "foo\\nbar", "f1", "f2", "f3"));
    assertEquals(new Result(1, "f1:2:bar\n"), pygrep("--multiline", "ar", "f1", "f2", "f3"));
    assertEquals(
        new Result(1, "f1:1:foo\nbar\n"), pygrep("--multiline", "o.*bar", "f1", "f2", "f3"));
    assertEquals(
        new Result(1, "f1:1:foo\nbar\n"), pygrep("--multiline", "foo$.*bar", "f1", "f2", "f3"));
    // Only the first line is completed; the last one stops where the match stops.
    assertEquals(new Result(1, "f8:1:foo\nba\n"), pygrep("--multiline", "o\\nba", "f8"));
    // A match ending in a newline leaves an empty last piece.
    assertEquals(new Result(1, "f1:1:foo\n\n"), pygrep("--multiline", "foo\\n", "f1"));
  }

  @Test
  void crlfLinesMatchWithTheirCarriageReturnButPrintWithoutIt() throws IOException {
    write("crlf", "one\r\ntwo \r\n");
    assertEquals(new Result(1, "crlf:2:two \n"), pygrep(" \\r$", "crlf"));
    assertEquals(new Result(0, ""), pygrep("one$", "crlf")); // $ does not skip the \r
    write("crs", "x\r\r\n");
    assertEquals(new Result(1, "crs:1:x\n"), pygrep("x", "crs"));
  }

  @Test
  void bytesThatAreNotUtf8AreMatchedAndPrintedRaw() throws IOException {
    write("latin", "caf\u00e9 \u00ff\u0080\n");
    Result r = pygrep("caf.", "latin");
    assertEquals(new Result(1, "latin:1:caf\u00e9 \u00ff\u0080\n"), r);
    // The pattern is UTF-8-encoded: "é" is two bytes and does not match the single byte E9.
    assertEquals(new Result(0, ""), pygrep("\u00e9", "latin"));
    write(
        "utf8",
        new String("caf\u00e9\n".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    assertEquals(
        new Result(
            1,
            "utf8:1:"
                + new String(
                    "caf\u00e9".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)
                + "\n"),
        pygrep("\u00e9", "utf8"));
    // ASCII-only \w for bytes patterns.
    assertEquals(new Result(0, ""), pygrep("^\\w+\\s", "utf8"));
  }

  @Test
  void fileWithoutFinalNewlineAndEmptyFile() throws IOException {
    write("nonl", "a\nlast");
    write("empty", "");
    assertEquals(new Result(1, "nonl:2:last\n"), pygrep("last$", "nonl", "empty"));
    assertEquals(new Result(1, "empty\n"), pygrep("--negate", "x", "empty"));
    assertEquals(new Result(0, ""), pygrep("--negate", "--multiline", "^", "empty"));
    assertEquals(new Result(1, "empty:1:\n"), pygrep("--multiline", "^", "empty"));
    assertEquals(new Result(0, ""), pygrep("^", "empty"));
  }

  @Test
  void dollarSeesTheLineAsItsOwnString() throws IOException {
    write("two", "ab\ncd\n");
    assertEquals(new Result(1, "two:1:ab\ntwo:2:cd\n"), pygrep("^\\w\\w$", "two"));
    assertEquals(new Result(1, "two:2:cd\n"), pygrep("\\bc", "two"));
  }

  @Test
  void filenamesAreWrittenAsUtf8() throws IOException {
    Files.write(dir.resolve("\u00e9t\u00e9.txt"), "x\n".getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(1, PygrepSearch.run(List.of("x", "\u00e9t\u00e9.txt"), dir, out));
    assertEquals("\u00e9t\u00e9.txt:1:x\n", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void argumentErrorsLookLikeArgparse() throws IOException {
    assertEquals(
        new Result(
            2,
            PygrepArguments.USAGE
                + "pygrep.py: error: the following arguments are required: pattern, filenames\n"),
        pygrep("-i"));
    assertEquals(
        new Result(2, PygrepArguments.USAGE + "pygrep.py: error: unrecognized arguments: f2\n"),
        pygrep("foo", "-i", "f2"));
    assertEquals(new Result(0, PygrepArguments.HELP), pygrep("-h"));
    assertEquals(new Result(1, "f1:1:foo\n"), pygrep("--ign", "FOO", "f1"));
    assertEquals(new Result(1, "f1:1:foo\n"), pygrep("--", "foo", "f1"));
  }

  @Test
  void invalidPatternOrMissingFileEndsLikeAPythonException() throws IOException {
    assertEquals(new Result(1, "re.error: nothing to repeat at position 0\n"), pygrep("*", "f1"));
    assertEquals(
        new Result(1, "f1:1:foo\nFileNotFoundError: [Errno 2] No such file or directory: 'nope'\n"),
        pygrep("foo", "f1", "nope", "f4"));
  }

  @Test
  void veryLongLinesDoNotOverflowTheStack() throws IOException {
    write("long", "ab".repeat(200_000) + "c\n");
    assertEquals(1, pygrep("(?:a|b)*c", "long").rc());
    assertEquals(1, pygrep("--multiline", "(a|b)+c", "long").rc());
  }
}
