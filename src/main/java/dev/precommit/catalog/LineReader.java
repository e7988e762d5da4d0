package dev.precommit.catalog;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a stream as Python's {@code readlines()} on bytes: each line keeps its ending. With {@code
 * universal} a line also ends at a lone {@code \r} ({@code \r\n} stays one ending), as {@code
 * bytes.splitlines(keepends=True)} restricted to CR and LF.
 */
final class LineReader implements AutoCloseable {
  private final InputStream in;
  private final boolean universal;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private int pushedBack = -2;

  LineReader(InputStream in, boolean universal) {
    this.in = new BufferedInputStream(in, 1 << 16);
    this.universal = universal;
  }

  /** The next line with its ending, or null at the end. */
  byte[] next() throws IOException {
    line.reset();
    while (true) {
      int b = read();
      if (b < 0) {
        return line.size() == 0 ? null : line.toByteArray();
      }
      line.write(b);
      if (b == '\n') {
        return line.toByteArray();
      }
      if (b == '\r' && universal) {
        int after = read();
        if (after == '\n') {
          line.write(after);
        } else {
          pushedBack = after;
        }
        return line.toByteArray();
      }
    }
  }

  private int read() throws IOException {
    if (pushedBack != -2) {
      int b = pushedBack;
      pushedBack = -2;
      return b;
    }
    return in.read();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
