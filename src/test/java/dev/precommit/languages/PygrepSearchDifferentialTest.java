package dev.precommit.languages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compares PygrepSearch with pygrep_reference.py (pygrep's algorithm, run by python3) on fixture
 * files with CRLF, non-UTF-8 bytes, missing final newlines and empty content: exact output bytes
 * and exit code for every pattern/flag combination and a set of command-line shapes.
 */
class PygrepSearchDifferentialTest {
  @TempDir Path dir;

  private static final List<String> PATTERNS =
      List.of(
          "foo",
          "DO[N]OT_COMMIT",
          "f+o[o]",
          "(?:ba)+r",
          "z?fo(?i:O)",
          "bar$",
          "^b",
          "\\s$",
          "[ \\t]+$",
          "(?i)todo",
          "TODO|FIXME",
          "\\bpdb\\b",
          "print\\(",
          "o\\nb",
          "foo\\n",
          "^$",
          "\\r$",
          "\\xe9",
          "\u00e9",
          "\\w+",
          ".",
          "(?s)a.*z",
          "x*",
          "",
          "\\Z",
          "(?m)^bar",
          "[^\\x00-\\x7f]",
          "\\d{2,}",
          "(a)\\1",
          "'''",
          "\\t",
          "(?P<x>o)(?P=x)",
          "\\A\\s*\\Z",
          "(?x) b a r  # comment",
          "[[:space:]]",
          "\\x00",
          "^\\s+",
          "é$",
          "(?<=c)a",
          "a(?!f)",
          "\\B",
          "$");

  private static final List<List<String>> MODES =
      List.of(
          List.of(),
          List.of("-i"),
          List.of("--multiline"),
          List.of("--negate"),
          List.of("--negate", "--multiline"),
          List.of("-i", "--multiline"));

  private static final List<List<String>> SHAPES =
      List.of(
          List.of("foo", "f1", "--negate"),
          List.of("--neg", "foo", "f1"),
          List.of("-ii", "FOO", "f1"),
          List.of("-ix", "foo", "f1"),
          List.of("--multiline=1", "x", "f1"),
          List.of("foo", "-i", "f1"),
          List.of("--", "-i", "f1"),
          List.of("-", "f1"),
          List.of("-h"),
          List.of("--help", "x"),
          List.of(),
          List.of("-i"),
          List.of("foo", "missing", "f1"),
          List.of("*", "f1"),
          List.of("[", "f1"),
          List.of("foo", "f1", "-x"),
          List.of("foo", "-1"),
          List.of("a(", "f1", "--bogus"));

  private static final String[] FILES = {
    "f1", "crlf", "latin", "utf8", "nonl", "empty", "ws", "bin"
  };

  @Test
  void matchesTheReferenceImplementationByteForByte() throws Exception {
    fixtures();
    List<List<String>> cases = new ArrayList<>();
    for (String pattern : PATTERNS) {
      for (List<String> mode : MODES) {
        List<String> argv = new ArrayList<>(mode);
        argv.add(pattern);
        argv.addAll(Arrays.asList(FILES));
        cases.add(argv);
      }
    }
    cases.addAll(SHAPES);
    List<String> expected = python(cases);
    assertEquals(cases.size(), expected.size());
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      List<String> argv = cases.get(i);
      String[] rcAndHex = expected.get(i).split(" ", -1);
      int expectedRc = Integer.parseInt(rcAndHex[0]);
      String want = latin1(HexFormat.of().parseHex(rcAndHex[1]));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int rc = PygrepSearch.run(argv, dir, out);
      String got = latin1(out.toByteArray());
      if (rc != expectedRc || !want.equals(got)) {
        mismatches.add(
            argv + "\n  python rc=" + expectedRc + " " + want + "\n  java   rc=" + rc + " " + got);
      }
    }
    System.out.printf(
        "pygrep differential: %d invocations, %d mismatches%n", cases.size(), mismatches.size());
    assertEquals("", String.join("\n", mismatches));
  }

  private void fixtures() throws IOException {
    write("f1", "foo\nbar\n");
    write("crlf", "foo\r\nbar \r\n\r\nprint(x)\r\n");
    write("latin", "caf\u00e9\n\u00ff\u00fe\u0000bin\naa z\n");
    write(
        "utf8",
        new String(
            "café TODO\nnaïve pdb\n".getBytes(StandardCharsets.UTF_8),
            StandardCharsets.ISO_8859_1));
    write("nonl", "a\nlast '''");
    write("empty", "");
    write("ws", "x \t\n\tbaz\n\n  \n12 fooo\n");
    write("bin", "\u0000\u0001\r\u0080\n\u00e9\u00e9\n");
  }

  private void write(String name, String latin1) throws IOException {
    Files.write(dir.resolve(name), latin1.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static String latin1(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /** One python3 run for all cases: "rc hex-of-output" per case. */
  private List<String> python(List<List<String>> cases) throws Exception {
    StringBuilder json = new StringBuilder("[");
    for (List<String> argv : cases) {
      json.append(json.length() > 1 ? "," : "").append('[');
      for (int i = 0; i < argv.size(); i++) {
        json.append(i > 0 ? "," : "").append(jsonString(argv.get(i)));
      }
      json.append(']');
    }
    Path casesFile = Files.createTempFile("pygrep-cases", ".json");
    Files.writeString(casesFile, json.append(']'), StandardCharsets.UTF_8);
    Process process;
    try {
      process =
          new ProcessBuilder("python3", script().toString(), casesFile.toString())
              .directory(dir.toFile())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
    } catch (IOException e) {
      return fail("python3 is required for the pygrep differential test", e);
    }
    process.getOutputStream().close();
    List<String> lines =
        new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII)
            .lines()
            .toList();
    assertTrue(process.waitFor(5, TimeUnit.MINUTES));
    assertEquals(0, process.exitValue(), "pygrep_reference.py failed");
    Files.delete(casesFile);
    return lines;
  }

  private static String jsonString(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7f) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.append('"').toString();
  }

  private static Path script() throws URISyntaxException {
    return Path.of(PygrepSearchDifferentialTest.class.getResource("pygrep_reference.py").toURI());
  }
}
