package dev.precommit.daemon;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * One client: check who it is, read its request, refuse it or run it with its own environment,
 * working directory and streams, then send the exit code. The client's later frames (stdin, cancel)
 * are read on a second thread while the run goes on.
 */
final class Connection implements Runnable {
  private final SocketChannel channel;
  private final Daemon daemon;

  Connection(SocketChannel channel, Daemon daemon) {
    this.channel = channel;
    this.daemon = daemon;
  }

  @Override
  public void run() {
    try (channel) {
      if (!daemon.isOwner(channel)) {
        daemon.log("refused a connection from another user");
        return;
      }
      DataInputStream in = new DataInputStream(new BufferedInputStream(new ChannelInput(channel)));
      Frames.Frame first = Frames.read(in);
      if (first == null || first.type() != Frames.REQUEST) {
        return;
      }
      Request request = Request.decode(first.payload());
      FrameOutput.Reply reply = new FrameOutput.Reply(channel);
      String refusal = daemon.refusal(request);
      if (refusal != null) {
        daemon.log("refused a request: " + refusal);
        reply.send(Frames.REFUSED, new byte[0], 0, 0);
        return;
      }
      reply.send(Frames.ACCEPTED, new byte[0], 0, 0);
      serve(request, in, reply);
    } catch (IOException | RuntimeException e) {
      daemon.log("connection failed: " + e);
    }
  }

  private void serve(Request request, DataInputStream in, FrameOutput.Reply reply) {
    StdinPipe stdin = new StdinPipe();
    RequestInterrupts interrupts = new RequestInterrupts(reply);
    daemon.started(interrupts);
    Thread reader = new Thread(() -> pump(in, stdin, interrupts), "precommit-client-input");
    reader.setDaemon(true);
    reader.start();
    PrintStream err =
        new PrintStream(new FrameOutput(reply, Frames.STDERR), true, StandardCharsets.UTF_8);
    int code;
    try {
      code =
          daemon
              .handler()
              .run(
                  stdin,
                  new FrameOutput(reply, Frames.STDOUT),
                  err,
                  request.env(),
                  request.cwd(),
                  request.stderrIsTerminal(),
                  interrupts,
                  request.args().toArray(String[]::new));
    } catch (RuntimeException | StackOverflowError e) {
      // what a cold JVM prints for an exception escaping main, and its exit code
      err.print("Exception in thread \"main\" ");
      e.printStackTrace(err);
      code = 1;
    } finally {
      daemon.ended(interrupts);
    }
    reply.finish(code);
  }

  /** Client frames during the run: stdin for the run, and Ctrl-C (or the client's end). */
  private static void pump(DataInputStream in, StdinPipe stdin, RequestInterrupts interrupts) {
    try {
      for (Frames.Frame frame; (frame = Frames.read(in)) != null; ) {
        switch (frame.type()) {
          case Frames.STDIN -> stdin.feed(frame.payload());
          case Frames.STDIN_EOF -> stdin.end();
          case Frames.CANCEL -> interrupts.cancel();
          default -> throw new IOException("unexpected frame " + frame.type());
        }
      }
    } catch (IOException e) {
      // a broken connection is the client's end too
    }
    stdin.end();
    interrupts.cancel(); // a no-op once the run has finished
  }
}
