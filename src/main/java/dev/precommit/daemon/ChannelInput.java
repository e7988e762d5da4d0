package dev.precommit.daemon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * Reads a socket channel directly. {@code Channels.newInputStream} would hold the channel's
 * blocking lock while it waits, and so block the request's output on the same channel.
 */
final class ChannelInput extends InputStream {
  private final SocketChannel channel;

  ChannelInput(SocketChannel channel) {
    this.channel = channel;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    return len == 0 ? 0 : channel.read(ByteBuffer.wrap(b, off, len));
  }
}
