package dev.precommit.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The buffered line splitter against a byte-by-byte statement of Python's semantics. */
class LineReaderTest {
  /** Python's readlines() (LF only) or splitlines(keepends=True) restricted to CR/LF. */
  private static List<String> reference(byte[] bytes, boolean universal) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lines.add(
            new String(bytes, start, i + 1 - start, java.nio.charset.StandardCharsets.ISO_8859_1));
        start = i + 1;
      } else if (bytes[i] == '\r' && universal) {
        int end = i + 1 < bytes.length && bytes[i + 1] == '\n' ? i + 2 : i + 1;
        lines.add(
            new String(bytes, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1));
        start = end;
        i = end - 1;
      }
    }
    if (start < bytes.length) {
      lines.add(
          new String(
              bytes, start, bytes.length - start, java.nio.charset.StandardCharsets.ISO_8859_1));
    }
    return lines;
  }

  private static List<String> read(InputStream in, boolean universal) throws IOException {
    List<String> lines = new ArrayList<>();
    try (LineReader reader = new LineReader(in, universal)) {
      for (byte[] line; (line = reader.next()) != null; ) {
        lines.add(new String(line, java.nio.charset.StandardCharsets.ISO_8859_1));
      }
    }
    return lines;
  }

  /** Hands out a few bytes per read, so lines and CRLF pairs straddle every buffer boundary. */
  private static InputStream trickle(byte[] bytes, Random random) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1 + random.nextInt(7)));
      }
    };
  }

  @Test
  void matchesPythonLineSplittingOnRandomInput() throws IOException {
    Random random = new Random(42);
    byte[] alphabet = {'a', 'b', ' ', '\r', '\n', '\n', (byte) 0xe9};
    for (int round = 0; round < 500; round++) {
      byte[] bytes = new byte[random.nextInt(round < 400 ? 40 : 200_000)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = alphabet[random.nextInt(alphabet.length)];
      }
      for (boolean universal : new boolean[] {false, true}) {
        List<String> expected = reference(bytes, universal);
        assertEquals(expected, read(new ByteArrayInputStream(bytes), universal));
        assertEquals(expected, read(trickle(bytes, random), universal), Arrays.toString(bytes));
      }
    }
  }

  @Test
  void aCrAtTheEndOfABufferStillPairsWithTheLfAfterIt() throws IOException {
    byte[] bytes = new byte[(1 << 16) + 2];
    Arrays.fill(bytes, (byte) 'x');
    bytes[(1 << 16) - 1] = '\r';
    bytes[1 << 16] = '\n';
    assertEquals(reference(bytes, true), read(new ByteArrayInputStream(bytes), true));
  }
}
