package dev.precommit.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code git daemon} serving every repository under a base directory over git:// on a
 * loopback port; started and stopped by the test that owns it.
 */
final class GitDaemon implements AutoCloseable {
  private final Process process;
  private final int port;

  private GitDaemon(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static GitDaemon start(Path basePath) {
    return start(basePath, freePort());
  }

  /** Serves {@code basePath} on {@code port}; returns once the port accepts connections. */
  static GitDaemon start(Path basePath, int port) {
    ProcessBuilder pb =
        new ProcessBuilder(
                List.of(
                    "git",
                    "daemon",
                    "--reuseaddr",
                    "--base-path=" + basePath,
                    "--export-all",
                    "--informative-errors",
                    "--port=" + port,
                    "--listen=127.0.0.1",
                    basePath.toString()))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    pb.environment().put("HOME", basePath.toString());
    try {
      Process process = pb.start();
      GitDaemon daemon = new GitDaemon(process, port);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (true) {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
          return daemon;
        } catch (IOException e) {
          if (!process.isAlive() || System.nanoTime() > deadline) {
            daemon.close();
            throw new IllegalStateException("git daemon did not start on port " + port, e);
          }
          Thread.sleep(20);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A loopback port nobody listens on (at the time of asking). */
  static int freePort() {
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(true);
      s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int port() {
    return port;
  }

  /** {@code git://127.0.0.1:PORT/<path>}. */
  String url(String path) {
    return "git://127.0.0.1:" + port + "/" + path;
  }

  @Override
  public void close() {
    // the daemon forks one child per connection: stop those we started, then the daemon
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
