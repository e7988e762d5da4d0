package dev.precommit.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the {@code git} program where exactness matters more than a fork: diffs that must match
 * git's own bytes (modification detection, {@code --show-diff-on-failure}), ref ranges and merge
 * state. Stdout and stderr are kept apart; stdin is empty.
 */
final class GitCli {
  private final Path cwd;
  private final Map<String, String> env;

  GitCli(Path cwd, Map<String, String> env) {
    this.cwd = cwd;
    this.env = env;
  }

  record Output(int exitCode, byte[] stdout, byte[] stderr) {}

  Output run(String... args) {
    return run(new byte[0], args);
  }

  /** Runs git with {@code stdin} as its standard input. */
  Output run(byte[] stdin, String... args) {
    List<String> argv = new ArrayList<>();
    argv.add("git");
    argv.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(argv).directory(cwd.toFile());
    pb.environment().clear();
    pb.environment().putAll(env);
    pb.redirectInput(ProcessBuilder.Redirect.PIPE);
    try {
      Process p = pb.start();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Thread errReader = new Thread(() -> copy(p.getErrorStream(), err), "git-stderr");
      errReader.start();
      Thread inWriter = new Thread(() -> feed(p.getOutputStream(), stdin), "git-stdin");
      inWriter.start();
      byte[] out = p.getInputStream().readAllBytes();
      int code = p.waitFor();
      errReader.join();
      inWriter.join();
      return new Output(code, out, err.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running git", e);
    }
  }

  /** Runs git with its output going straight to our stdout (for {@code git diff} displays). */
  int passThrough(java.io.OutputStream sink, String... args) {
    Output out = run(args);
    try {
      sink.write(out.stdout());
      sink.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.exitCode();
  }

  private static void feed(java.io.OutputStream in, byte[] stdin) {
    try (in) {
      in.write(stdin);
    } catch (IOException e) {
      // git exited without reading all of its input
    }
  }

  private static void copy(InputStream in, ByteArrayOutputStream out) {
    try {
      in.transferTo(out);
    } catch (IOException e) {
      // the process died; whatever was read is kept
    }
  }
}
