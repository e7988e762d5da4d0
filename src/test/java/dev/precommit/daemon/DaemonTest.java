package dev.precommit.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precommit.run.Interrupts;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The daemon's side of the protocol, in-process, with a stub in place of {@code Main.run}. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DaemonTest {
  @TempDir Path tmp;

  private final Map<String, String> env = new HashMap<>(Map.of("HOME", "/home/test"));

  @Test
  void runsARequestWithItsOwnStreamsEnvironmentAndDirectory() throws Exception {
    Daemon.Handler handler =
        (in, out, err, requestEnv, cwd, tty, interrupts, args) -> {
          try {
            out.write(("out " + String.join(",", args) + " " + cwd + "\n").getBytes());
            err.print("err " + requestEnv.get("SKIP") + " " + new String(in.readAllBytes()));
            err.flush();
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
          return tty ? 8 : 7;
        };
    try (Served served = serve(handler)) {
      Map<String, String> requestEnv = new HashMap<>(env);
      requestEnv.put("SKIP", "x");
      try (SocketChannel client = served.connect()) {
        send(client, Frames.REQUEST, request(List.of("hook-impl", "a"), "/work", requestEnv));
        send(client, Frames.STDIN, "piped".getBytes());
        send(client, Frames.STDIN_EOF, new byte[0]);
        List<Frames.Frame> frames = readAll(client);
        assertEquals(
            List.of("A:", "1:out hook-impl,a /work\n", "2:err x piped", "X:7"), show(frames));
      }
    }
  }

  @Test
  void refusesAnythingButHookImplOrRunAndForeignJvmWideVariables() throws Exception {
    try (Served served = serve((in, out, err, e, cwd, tty, i, args) -> 0)) {
      try (SocketChannel client = served.connect()) {
        send(client, Frames.REQUEST, request(List.of("install"), "/work", env));
        assertEquals(List.of("S:"), show(readAll(client)));
      }
      try (SocketChannel client = served.connect()) {
        send(client, Frames.REQUEST, request(List.of("autoupdate"), "/work", env));
        assertEquals(List.of("S:"), show(readAll(client)));
      }
      Map<String, String> other = new HashMap<>(env);
      other.put("HOME", "/home/other");
      try (SocketChannel client = served.connect()) {
        send(client, Frames.REQUEST, request(List.of("hook-impl"), "/work", other));
        assertEquals(List.of("S:"), show(readAll(client)));
      }
      Map<String, String> relative = new HashMap<>(env);
      relative.put("PRECOMMIT_HOME", "store");
      try (SocketChannel client = served.connect()) {
        send(client, Frames.REQUEST, request(List.of("hook-impl"), "/work", relative));
        assertEquals(List.of("S:"), show(readAll(client)));
      }
    }
  }

  @Test
  void cancelRestoresThroughTheGuardAndEndsOnlyThatRequestWith130() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<String> calls = new ArrayList<>();
    Daemon.Handler handler =
        (in, out, err, e, cwd, tty, interrupts, args) -> {
          try (AutoCloseable watch =
              interrupts.watch(
                  new Interrupts.Guard() {
                    @Override
                    public void stopHooks() {
                      calls.add("stop");
                    }

                    @Override
                    public void restoreAndReport() {
                      calls.add("restore");
                      try {
                        out.write("Interrupted\n".getBytes());
                      } catch (IOException io) {
                        throw new IllegalStateException(io);
                      }
                    }
                  })) {
            running.countDown();
            release.await();
            out.write("after the interrupt\n".getBytes()); // dropped
            return 0;
          } catch (Exception ex) {
            throw new IllegalStateException(ex);
          }
        };
    try (Served served = serve(handler)) {
      try (SocketChannel client = served.connect()) {
        send(client, Frames.REQUEST, request(List.of("hook-impl"), "/work", env));
        send(client, Frames.STDIN_EOF, new byte[0]);
        assertTrue(running.await(30, TimeUnit.SECONDS));
        send(client, Frames.CANCEL, new byte[0]);
        DataInputStream in = input(client);
        List<Frames.Frame> frames = new ArrayList<>();
        for (Frames.Frame f; (f = Frames.read(in)) != null; ) {
          frames.add(f);
          if (f.type() == Frames.EXIT) {
            break;
          }
        }
        assertEquals(List.of("A:", "1:Interrupted\n", "X:130"), show(frames));
        assertEquals(List.of("stop", "restore"), calls);
        release.countDown();
      }
    }
  }

  @Test
  void refusesToServeFromADirectoryOthersCanEnter() throws Exception {
    Path dir = tmp.resolve("open");
    Files.createDirectory(dir);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    assertEquals(1, Daemon.serve(dir.resolve("d.sock"), env, (a, b, c, d, e, f, g, h) -> 0));
  }

  // ---------------------------------------------------------------------------------------------

  /** A daemon on its own thread; it exits one idle second after the test is done with it. */
  private final class Served implements AutoCloseable {
    final Path socket = tmp.resolve("run/d.sock");
    final Thread thread;

    Served(Daemon.Handler handler) throws InterruptedException {
      Map<String, String> daemonEnv = new HashMap<>(env);
      daemonEnv.put(Daemon.IDLE_SECONDS, "1");
      thread = new Thread(() -> Daemon.serve(socket, daemonEnv, handler));
      thread.start();
      while (!Files.exists(socket)) {
        Thread.sleep(10);
      }
    }

    SocketChannel connect() throws IOException {
      SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
      channel.connect(UnixDomainSocketAddress.of(socket));
      return channel;
    }

    @Override
    public void close() throws InterruptedException {
      thread.join();
      assertTrue(!Files.exists(socket), "an idle daemon removes its socket");
    }
  }

  private Served serve(Daemon.Handler handler) throws InterruptedException {
    return new Served(handler);
  }

  private static byte[] request(List<String> args, String cwd, Map<String, String> env) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(Frames.u32(0));
    string(out, cwd);
    out.writeBytes(Frames.u32(args.size()));
    args.forEach(a -> string(out, a));
    out.writeBytes(Frames.u32(env.size()));
    env.forEach((k, v) -> string(out, k + "=" + v));
    return out.toByteArray();
  }

  private static void string(ByteArrayOutputStream out, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeBytes(Frames.u32(bytes.length));
    out.writeBytes(bytes);
  }

  private static void send(SocketChannel channel, byte type, byte[] payload) throws IOException {
    Frames.write(channel, type, payload, 0, payload.length);
  }

  private static DataInputStream input(SocketChannel channel) {
    return new DataInputStream(new ChannelInput(channel));
  }

  private static List<Frames.Frame> readAll(SocketChannel channel) throws IOException {
    DataInputStream in = input(channel);
    List<Frames.Frame> frames = new ArrayList<>();
    for (Frames.Frame f; (f = Frames.read(in)) != null; ) {
      frames.add(f);
    }
    return frames;
  }

  private static List<String> show(List<Frames.Frame> frames) {
    List<String> shown = new ArrayList<>();
    for (Frames.Frame f : frames) {
      String body =
          f.type() == Frames.EXIT
              ? Integer.toString(java.nio.ByteBuffer.wrap(f.payload()).getInt())
              : new String(f.payload(), StandardCharsets.UTF_8);
      shown.add((char) f.type() + ":" + body);
    }
    return shown;
  }
}
