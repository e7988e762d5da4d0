package dev.precommit.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream as Python's {@code readlines()} on bytes: each line keeps its ending. With {@code
 * universal} a line also ends at a lone {@code \r} ({@code \r\n} stays one ending), as {@code
 * bytes.splitlines(keepends=True)} restricted to CR and LF.
 *
 * <p>Lines are cut by scanning a 64 KiB buffer (not byte by byte through a stream): the fixers read
 * every file of a run this way, so this loop is most of their time.
 */
final class LineReader implements AutoCloseable {
  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final boolean universal;
  private final byte[] buffer = new byte[BUFFER];
  private int position;
  private int limit;
  private boolean ended;

  LineReader(InputStream in, boolean universal) {
    this.in = in;
    this.universal = universal;
  }

  /** The next line with its ending, or null at the end. */
  byte[] next() throws IOException {
    ByteArrayOutputStream spill = null; // a line longer than what is left in the buffer
    while (true) {
      if (position == limit && !fill()) {
        return spill == null || spill.size() == 0 ? null : spill.toByteArray();
      }
      for (int i = position; i < limit; i++) {
        byte b = buffer[i];
        if (b == '\n') {
          return take(spill, i + 1);
        }
        if (b == '\r' && universal) {
          if (i + 1 < limit) {
            return take(spill, buffer[i + 1] == '\n' ? i + 2 : i + 1);
          }
          // the \n that may follow is in the next buffer
          spill = append(spill, i + 1);
          if (fill() && buffer[position] == '\n') {
            spill.write('\n');
            position++;
          }
          return spill.toByteArray();
        }
      }
      spill = append(spill, limit);
    }
  }

  /** The line from the current position to {@code end}, after what was spilled before. */
  private byte[] take(ByteArrayOutputStream spill, int end) {
    byte[] line;
    if (spill == null) {
      line = Arrays.copyOfRange(buffer, position, end);
    } else {
      spill.write(buffer, position, end - position);
      line = spill.toByteArray();
    }
    position = end;
    return line;
  }

  private ByteArrayOutputStream append(ByteArrayOutputStream spill, int end) {
    ByteArrayOutputStream out = spill == null ? new ByteArrayOutputStream() : spill;
    out.write(buffer, position, end - position);
    position = end;
    return out;
  }

  /** Refills the empty buffer; false at the end of the stream. */
  private boolean fill() throws IOException {
    if (ended) {
      return false;
    }
    int n = in.read(buffer, 0, BUFFER);
    while (n == 0) {
      n = in.read(buffer, 0, BUFFER);
    }
    if (n < 0) {
      ended = true;
      position = limit = 0;
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
