package dev.precommit.daemon;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.SocketChannel;

/**
 * The request's stdout or stderr: each write becomes one frame to the client. Once the request is
 * {@linkplain Reply#finish finished} (normally or by Ctrl-C) later writes are dropped, as output
 * after a cold JVM's halt would be; a client that went away makes writes no-ops, never errors.
 */
final class FrameOutput extends OutputStream {
  private static final int CHUNK = 64 * 1024;
  private final Reply reply;
  private final byte type;

  FrameOutput(Reply reply, byte type) {
    this.reply = reply;
    this.type = type;
  }

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) {
    for (int done = 0; done < len; done += CHUNK) {
      reply.send(type, b, off + done, Math.min(CHUNK, len - done));
    }
  }

  /** The frames to one client, serialised, ending with exactly one exit code. */
  static final class Reply {
    private final SocketChannel channel;
    private boolean finished; // guarded by this
    private boolean broken; // guarded by this

    Reply(SocketChannel channel) {
      this.channel = channel;
    }

    synchronized void send(byte type, byte[] b, int off, int len) {
      if (finished || broken) {
        return;
      }
      try {
        Frames.write(channel, type, b, off, len);
      } catch (IOException e) {
        broken = true; // the client is gone; the run still completes (and restores)
      }
    }

    /** Sends the exit code unless one was sent already; true if this call sent it. */
    synchronized boolean finish(int exitCode) {
      if (finished) {
        return false;
      }
      byte[] code = Frames.u32(exitCode);
      send(Frames.EXIT, code, 0, code.length);
      finished = true;
      return true;
    }

    synchronized boolean isFinished() {
      return finished;
    }
  }
}
