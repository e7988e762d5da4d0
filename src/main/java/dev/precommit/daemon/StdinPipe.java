package dev.precommit.daemon;

import java.io.InputStream;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The request's stdin, fed by the connection's reader with the client's {@link Frames#STDIN}
 * chunks. Only read when the hook type has input (pre-push); an empty chunk marks the end.
 */
final class StdinPipe extends InputStream {
  private static final byte[] END = new byte[0];
  private final LinkedBlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
  private byte[] current = new byte[0];
  private int position;
  private boolean ended;

  void feed(byte[] chunk) {
    if (chunk.length > 0) {
      chunks.add(chunk);
    }
  }

  void end() {
    chunks.add(END);
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public synchronized int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    while (position == current.length) {
      if (ended) {
        return -1;
      }
      try {
        current = chunks.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return -1;
      }
      position = 0;
      ended = current == END;
    }
    int n = Math.min(len, current.length - position);
    System.arraycopy(current, position, b, off, n);
    position += n;
    return n;
  }
}
