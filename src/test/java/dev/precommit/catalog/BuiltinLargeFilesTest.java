package dev.precommit.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fixers stream: files far larger than the read buffer, with lines across buffer boundaries and
 * CR/LF pairs split between reads, come out exactly as the in-memory rule says.
 */
class BuiltinLargeFilesTest {
  @TempDir Path temp;

  private byte[] bigFile(String ending) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < 120_000; i++) {
      out.writeBytes(
          ("line " + i + " ".repeat(i % 7) + (i % 3 == 0 ? ending : "\n"))
              .getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes("x".repeat(200_000).getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private BuiltinLanguage.Invocation run(String entry, String... args) throws Exception {
    return BuiltinLanguage.invoke(entry, List.of(args), temp, Map.of());
  }

  @Test
  void trailingWhitespaceStreamsLargeFiles() throws Exception {
    byte[] input = bigFile("\r\n");
    Files.write(temp.resolve("big.txt"), input);
    BuiltinLanguage.Invocation r = run("trailing-whitespace-fixer", "big.txt");
    assertEquals(1, r.exitCode());
    String expected = new String(input, StandardCharsets.US_ASCII).replaceAll(" +(\r?\n)", "$1");
    assertArrayEquals(
        expected.getBytes(StandardCharsets.US_ASCII), Files.readAllBytes(temp.resolve("big.txt")));
    assertEquals(0, run("trailing-whitespace-fixer", "big.txt").exitCode());
  }

  @Test
  void mixedLineEndingStreamsLargeFiles() throws Exception {
    Files.write(temp.resolve("big.txt"), bigFile("\r\n"));
    BuiltinLanguage.Invocation r = run("mixed-line-ending", "--fix=crlf", "big.txt");
    assertEquals(
        "big.txt: fixed mixed line endings\n", new String(r.output(), StandardCharsets.UTF_8));
    String text = Files.readString(temp.resolve("big.txt"), StandardCharsets.US_ASCII);
    // every line, the last one (which had no ending) included, ends with CRLF
    assertEquals(120_002, text.split("\r\n", -1).length);
    assertEquals(true, text.endsWith("x\r\n"));
    assertEquals(-1, text.replace("\r\n", "").indexOf('\n'));
  }

  @Test
  void endOfFileFixerReadsOnlyTheTail() throws Exception {
    byte[] input = bigFile("\n");
    Files.write(temp.resolve("big.txt"), input);
    assertEquals(1, run("end-of-file-fixer", "big.txt").exitCode());
    assertEquals(input.length + 1, Files.size(temp.resolve("big.txt")));
    assertEquals(0, run("end-of-file-fixer", "big.txt").exitCode());
  }

  @Test
  void privateKeysAreFoundAcrossChunkBoundaries() throws Exception {
    byte[] padding = new byte[(1 << 16) - 5];
    java.util.Arrays.fill(padding, (byte) 'a');
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(padding);
    out.writeBytes("BEGIN RSA PRIVATE KEY".getBytes(StandardCharsets.US_ASCII));
    Files.write(temp.resolve("k"), out.toByteArray());
    assertEquals(
        "Private key found: k\n",
        new String(run("detect-private-key", "k").output(), StandardCharsets.UTF_8));
  }
}
