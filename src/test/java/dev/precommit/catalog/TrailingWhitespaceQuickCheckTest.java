package dev.precommit.catalog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-pass check may only say "nothing to fix" when the exact line-by-line fix would change no
 * line, for every strip set and with or without markdown breaks.
 */
class TrailingWhitespaceQuickCheckTest {
  @TempDir Path dir;

  private static boolean anyLineChanges(byte[] bytes, boolean markdown, byte[] strip)
      throws IOException {
    try (LineReader lines = new LineReader(new ByteArrayInputStream(bytes), false)) {
      for (byte[] line; (line = lines.next()) != null; ) {
        if (!Arrays.equals(line, TrailingWhitespaceFixer.fixLine(line, markdown, strip))) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void neverMissesALineTheFixWouldChange() throws IOException {
    Random random = new Random(11);
    byte[] alphabet = {'a', ' ', '\t', '\r', '\n', '\n', 'x', 0x0b, (byte) 0xc3};
    List<byte[]> strips =
        List.of(
            new byte[] {' ', '\t', '\n', '\r', 0x0b, 0x0c},
            "x".getBytes(StandardCharsets.UTF_8),
            "\t".getBytes(StandardCharsets.UTF_8),
            "\r\n".getBytes(StandardCharsets.UTF_8));
    byte[] buffer = new byte[7]; // tiny, so line ends straddle reads
    Path file = dir.resolve("f");
    int quiet = 0;
    for (int round = 0; round < 3000; round++) {
      byte[] bytes = new byte[random.nextInt(30)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = alphabet[random.nextInt(alphabet.length)];
      }
      Files.write(file, bytes);
      for (byte[] strip : strips) {
        boolean[] suspicious = TrailingWhitespaceFixer.suspiciousBytes(strip);
        boolean may = TrailingWhitespaceFixer.mayNeedFixing(file, suspicious, buffer);
        boolean mayBig = TrailingWhitespaceFixer.mayNeedFixing(file, suspicious, new byte[1 << 16]);
        for (boolean markdown : new boolean[] {false, true}) {
          if (anyLineChanges(bytes, markdown, strip)) {
            assertTrue(
                may && mayBig, () -> Arrays.toString(bytes) + " strip " + Arrays.toString(strip));
          }
        }
        quiet += may ? 0 : 1;
      }
    }
    assertTrue(quiet > 1000, "the quick check should clear most clean files: " + quiet);
  }
}
