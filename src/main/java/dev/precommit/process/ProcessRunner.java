package dev.precommit.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one command like pre-commit's {@code cmd_output_b(..., stderr=STDOUT)}: argv[0] resolved on
 * the given environment's PATH (with shebang), stdin a pipe closed at once, stdout and stderr
 * merged into one ordered byte stream. The only user of {@link ProcessBuilder}.
 *
 * <p>Exit codes: a process killed by signal N is reported as 128+N (what the JVM gives), where
 * Python would report -N; the JVM does not expose the difference between that and a normal exit
 * with 128+N. Failures to start become results, as in pre-commit: {@code Executable `x` not found}
 * etc. (exit 1) or Python's {@code OSError} text such as {@code [Errno 8] Exec format error: './x'}
 * (exit 1).
 *
 * <p>Cancellation: interrupting a thread blocked in {@link #run} terminates that command's process
 * tree and rethrows; {@link #destroyAll()} (e.g. from a shutdown hook on Ctrl-C) terminates every
 * command this runner has running.
 */
public final class ProcessRunner {
  private static final int ENOEXEC = 8;
  private static final long POLL_MILLIS = 10;
  private static final Pattern ERRNO = Pattern.compile("error=(\\d+), (.*)$");

  private final Set<Process> running = ConcurrentHashMap.newKeySet();
  private boolean cancelled; // guarded by running
  private final Duration killGrace;

  /** A runner that gives terminated processes one second before killing them. */
  public ProcessRunner() {
    this(Duration.ofSeconds(1));
  }

  /**
   * @param killGrace how long a terminated process may take to exit before SIGKILL
   */
  public ProcessRunner(Duration killGrace) {
    this.killGrace = killGrace;
  }

  /**
   * Runs {@code argv} in {@code cwd} with exactly the environment {@code env} and waits for it.
   *
   * @throws InterruptedException if the calling thread is interrupted; the process tree is
   *     terminated first
   * @throws IllegalStateException if the JVM's locale cannot encode an argument or variable (it
   *     would silently turn characters into {@code ?})
   */
  public Result run(List<String> argv, Path cwd, Map<String, String> env)
      throws InterruptedException {
    Executables.Resolution resolution = Executables.normalizeCmd(argv, cwd, env);
    if (resolution instanceof Executables.Failed failed) {
      return failed.toResult();
    }
    List<String> command = ((Executables.Found) resolution).argv();
    if (!ExecFormat.isExecutable(cwd.resolve(command.get(0)))) {
      // The JVM (like execvp) would run such a file with /bin/sh; Python's execve refuses it.
      return osError(ENOEXEC, "Exec format error", command.get(0));
    }
    NativeEncoding.check(command, env);
    ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
    builder.redirectErrorStream(true);
    builder.environment().clear();
    builder.environment().putAll(env);
    Process process;
    try {
      process = start(builder);
    } catch (IOException e) {
      return startFailure(e, command.get(0), cwd);
    }
    try {
      return collect(process);
    } catch (InterruptedException e) {
      terminate(process);
      throw e;
    } finally {
      running.remove(process);
    }
  }

  /**
   * Runs an already-resolved command whose output the user sees as it happens (a chained legacy
   * hook): {@code stdin} is fed to it, stdout and stderr are merged and copied to {@code out}.
   *
   * @return the exit code
   */
  public int runStreaming(
      List<String> argv, Path cwd, Map<String, String> env, byte[] stdin, OutputStream out)
      throws InterruptedException {
    NativeEncoding.check(argv, env);
    ProcessBuilder builder = new ProcessBuilder(argv).directory(cwd.toFile());
    builder.redirectErrorStream(true);
    builder.environment().clear();
    builder.environment().putAll(env);
    Process process;
    try {
      process = start(builder);
    } catch (IOException e) {
      Result failure = startFailure(e, argv.get(0), cwd);
      writeQuietly(out, failure.output());
      return failure.exitCode();
    }
    try (OutputStream toChild = process.getOutputStream()) {
      toChild.write(stdin);
    } catch (IOException e) {
      // the hook exited without reading its input
    }
    try {
      byte[] buffer = new byte[8192];
      InputStream in = process.getInputStream();
      for (int n; (n = in.read(buffer)) > 0; ) {
        out.write(buffer, 0, n);
        out.flush();
      }
      return process.waitFor();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      terminate(process);
      throw e;
    } finally {
      running.remove(process);
    }
  }

  private static void writeQuietly(OutputStream out, byte[] bytes) {
    try {
      out.write(bytes);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Terminates every process tree this runner is currently waiting for, and refuses to start any
   * more: later {@link #run} and {@link #runStreaming} calls throw {@link InterruptedException}.
   * (After Ctrl-C the run's thread goes on for a moment; a hook it started then would run on the
   * working tree with the user's unstaged work already restored.)
   */
  public void destroyAll() {
    List<Process> victims;
    synchronized (running) {
      cancelled = true;
      victims = List.copyOf(running);
    }
    for (Process process : victims) {
      terminate(process);
    }
  }

  /**
   * Throws like {@link #run} would once {@link #destroyAll()} was called: in-process hooks ask
   * before they start, so after Ctrl-C none of them edits the restored work either.
   */
  public void checkNotCancelled() throws InterruptedException {
    synchronized (running) {
      if (cancelled) {
        throw new InterruptedException("cancelled: no new hook after destroyAll()");
      }
    }
  }

  /** Starts and registers a process, atomically with respect to {@link #destroyAll()}. */
  private Process start(ProcessBuilder builder) throws IOException, InterruptedException {
    synchronized (running) {
      if (cancelled) {
        throw new InterruptedException("cancelled: no new process after destroyAll()");
      }
      Process process = builder.start();
      running.add(process);
      return process;
    }
  }

  private static Result collect(Process process) throws InterruptedException {
    try {
      process.getOutputStream().close(); // the hook reads EOF from stdin
    } catch (IOException e) {
      // The process already exited; nothing to close.
    }
    InputStream output = process.getInputStream();
    // Drained on its own thread so that this one can be interrupted while waiting.
    FutureTask<byte[]> drain = new FutureTask<>(output::readAllBytes);
    Thread drainer = new Thread(drain, "process-output-" + process.pid());
    drainer.setDaemon(true);
    drainer.start();
    int exitCode = process.waitFor();
    try {
      return new Result(exitCode, drain.get());
    } catch (ExecutionException e) {
      throw new UncheckedIOException(
          "reading the output of process " + process.pid(),
          e.getCause() instanceof IOException io ? io : new IOException(e.getCause()));
    }
  }

  /** SIGTERM to the process and its descendants, SIGKILL to those alive after the grace period. */
  private void terminate(Process process) {
    // Snapshot first: once the parent dies its children are re-parented and no longer found.
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroy();
    descendants.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + killGrace.toNanos();
    try {
      process.waitFor(killGrace.toNanos(), TimeUnit.NANOSECONDS);
      // Not our children, so there is no exit notification to wait for: poll.
      while (descendants.stream().anyMatch(ProcessRunner::isRunning)
          && System.nanoTime() < deadline) {
        Thread.sleep(POLL_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // stop waiting, kill now
    }
    process.destroyForcibly();
    descendants.stream().filter(ProcessRunner::isRunning).forEach(ProcessHandle::destroyForcibly);
  }

  /**
   * Alive and not a zombie. An orphaned zombie stays "alive" to the JVM until init reaps it, which
   * some container inits do late; its state letter in /proc/PID/stat tells.
   */
  private static boolean isRunning(ProcessHandle handle) {
    if (!handle.isAlive()) {
      return false;
    }
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(handle.pid()), "stat"));
      int end = stat.lastIndexOf(')'); // the command name may contain spaces and parentheses
      return end < 0 || end + 2 >= stat.length() || stat.charAt(end + 2) != 'Z';
    } catch (NoSuchFileException e) {
      return false; // reaped meanwhile
    } catch (IOException e) {
      return true; // no procfs: trust isAlive
    }
  }

  /** Python's {@code OSError} text for a failed {@code Popen}, as pre-commit reports it. */
  private static Result startFailure(IOException e, String argv0, Path cwd) {
    Matcher m = ERRNO.matcher(String.valueOf(e.getMessage()));
    if (!m.find()) {
      return new Result(1, (e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
    }
    int errno = Integer.parseInt(m.group(1));
    // Python names the directory when the child's chdir failed, else the executable.
    String filename = errno == 2 && !Files.isDirectory(cwd) ? cwd.toString() : argv0;
    return osError(errno, m.group(2), filename);
  }

  private static Result osError(int errno, String strerror, String filename) {
    String text = "[Errno " + errno + "] " + strerror + ": " + PythonRepr.string(filename) + "\n";
    return new Result(1, text.getBytes(StandardCharsets.UTF_8));
  }
}
