package dev.precommit.daemon;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * The wire format between the hook client ({@code client.c}) and the warm JVM: frames of one type
 * byte, a big-endian u32 length and the payload. Strings are a u32 length and raw bytes.
 */
final class Frames {
  /** Client to daemon: the request (flags, cwd, argv, environment). */
  static final byte REQUEST = 'R';

  /** Client to daemon: bytes of the client's stdin, and its end. */
  static final byte STDIN = 'I';

  static final byte STDIN_EOF = 'E';

  /** Client to daemon: the user pressed Ctrl-C (or the client got SIGTERM/SIGHUP). */
  static final byte CANCEL = 'C';

  /** Daemon to client: the request is being run (before this, a lost daemon means "run cold"). */
  static final byte ACCEPTED = 'A';

  /** Daemon to client: not run here (stale jar or JVM, foreign environment); run cold. */
  static final byte REFUSED = 'S';

  static final byte STDOUT = '1';
  static final byte STDERR = '2';

  /** Daemon to client: the exit code, a u32; the last frame. */
  static final byte EXIT = 'X';

  /** Largest payload accepted from a client: a request is argv + environment. */
  static final int MAX_PAYLOAD = 16 << 20;

  private Frames() {}

  record Frame(byte type, byte[] payload) {}

  /** Reads one frame; null at a clean end of stream. */
  static Frame read(DataInputStream in) throws IOException {
    int type = in.read();
    if (type < 0) {
      return null;
    }
    int length = in.readInt();
    if (length < 0 || length > MAX_PAYLOAD) {
      throw new IOException("bad frame length " + length);
    }
    byte[] payload = new byte[length];
    in.readFully(payload);
    return new Frame((byte) type, payload);
  }

  /** Writes one frame whole; callers serialise writers on the channel. */
  static void write(SocketChannel channel, byte type, byte[] data, int offset, int length)
      throws IOException {
    ByteBuffer header = ByteBuffer.allocate(5).put(type).putInt(length).flip();
    ByteBuffer body = ByteBuffer.wrap(data, offset, length);
    while (header.hasRemaining() || body.hasRemaining()) {
      channel.write(new ByteBuffer[] {header, body});
    }
  }

  static byte[] u32(int value) {
    return ByteBuffer.allocate(4).putInt(value).array();
  }

  static String string(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > MAX_PAYLOAD) {
      throw new IOException("bad string length " + length);
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    // the platform's file-name encoding, as the JVM decodes argv and the environment
    return new String(bytes, NATIVE);
  }

  private static final java.nio.charset.Charset NATIVE = nativeCharset();

  private static java.nio.charset.Charset nativeCharset() {
    String name = System.getProperty("sun.jnu.encoding");
    try {
      return name == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }
}
