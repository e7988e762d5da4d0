package dev.precommit.process;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * pre-commit's {@code xargs}: runs a command over file arguments in batches that fit the platform's
 * command-line limit, several batches at once, and reports one result as if it were one command.
 */
public final class Xargs {
  private static final int MIN_LENGTH = 1 << 12;
  private static final int MAX_LENGTH = 1 << 17;
  private static final long CANCEL_WAIT_SECONDS = 10;

  private final ProcessRunner runner;
  private final long argMax;
  private final int maxThreads;

  /** Uses the current {@code ARG_MAX} (see {@link #maxCommandLength(Map)}). */
  public Xargs(ProcessRunner runner) {
    this(runner, ArgMax.current());
  }

  Xargs(ProcessRunner runner, long argMax) {
    this(runner, argMax, Integer.MAX_VALUE);
  }

  private Xargs(ProcessRunner runner, long argMax, int maxThreads) {
    this.runner = runner;
    this.argMax = argMax;
    this.maxThreads = maxThreads;
  }

  /**
   * The same batches, run on at most {@code threads} threads: a hook that runs side by side with
   * others gets a share of the cores. Partitioning (and so the output) still follows {@code jobs}.
   */
  public Xargs limitedTo(int threads) {
    return new Xargs(runner, argMax, Math.max(1, threads));
  }

  /**
   * pre-commit's {@code target_concurrency}: 1 for {@code require_serial} hooks, 1 if {@code
   * PRE_COMMIT_NO_CONCURRENCY} is set (to anything), 2 if {@code TRAVIS} is set, else the number of
   * CPUs in this process's affinity mask (pre-commit's {@code cpu_count()}).
   */
  public static int jobs(boolean requireSerial, Map<String, String> env) {
    if (requireSerial || env.containsKey("PRE_COMMIT_NO_CONCURRENCY")) {
      return 1;
    }
    return env.containsKey("TRAVIS") ? 2 : Cpus.usable();
  }

  /**
   * The command-line budget: {@code clamp(ARG_MAX - 2048 - envsize, 2^12, 2^17)} with envsize = 8
   * bytes per variable plus each {@code KEY=VALUE\0} (UTF-8). ARG_MAX is glibc's value, derived
   * from the stack limit in {@code /proc/self/limits} (2097152 if unreadable). Note pre-commit
   * measures the environment it started with, not the hook's patched one.
   */
  public static int maxCommandLength(Map<String, String> env) {
    return maxCommandLength(env, ArgMax.current());
  }

  static int maxCommandLength(Map<String, String> env, long argMax) {
    long envSize = 8L * env.size();
    for (Map.Entry<String, String> e : env.entrySet()) {
      envSize += utf8Length(e.getKey()) + utf8Length(e.getValue()) + 2;
    }
    long maximum = argMax - 2048 - envSize;
    return (int) Math.max(Math.min(maximum, MAX_LENGTH), MIN_LENGTH);
  }

  /**
   * Splits {@code varargs} into consecutive batches, each appended to {@code cmd}. A command's
   * length is the UTF-8 bytes of its arguments plus one per argument; a batch grows while it fits
   * {@code maxLength} and holds fewer than max(4, ceil(n / jobs)) arguments. No varargs still gives
   * one command.
   *
   * @throws ArgumentTooLongException if one argument alone exceeds {@code maxLength}
   */
  public static List<List<String>> partition(
      List<String> cmd, List<String> varargs, int jobs, int maxLength) {
    int maxArgs = Math.max(4, (varargs.size() + jobs - 1) / jobs);
    long cmdLength = commandLength(cmd);
    List<List<String>> partitions = new ArrayList<>();
    List<String> current = new ArrayList<>(cmd);
    long length = cmdLength;
    int count = 0;
    for (String arg : varargs) {
      long argLength = utf8Length(arg) + 1;
      if (count > 0 && (length + argLength > maxLength || count >= maxArgs)) {
        partitions.add(List.copyOf(current));
        current = new ArrayList<>(cmd);
        length = cmdLength;
        count = 0;
      }
      if (length + argLength > maxLength) {
        throw new ArgumentTooLongException(arg);
      }
      current.add(arg);
      length += argLength;
      count++;
    }
    partitions.add(List.copyOf(current));
    return List.copyOf(partitions);
  }

  /**
   * Runs {@code cmd} over {@code fileArgs} in {@code cwd} with environment {@code env}: argv[0] is
   * resolved first (a failure is the result, exit 1), then the batches run on up to {@code jobs}
   * threads. Outputs are concatenated in batch order; the exit code is the first one with the
   * largest magnitude.
   */
  public Result run(
      List<String> cmd, List<String> fileArgs, int jobs, Path cwd, Map<String, String> env)
      throws InterruptedException {
    return run(cmd, fileArgs, jobs, maxCommandLength(env, argMax), cwd, env);
  }

  /** {@link #run(List, List, int, Path, Map)} with an explicit command-line budget. */
  public Result run(
      List<String> cmd,
      List<String> fileArgs,
      int jobs,
      int maxLength,
      Path cwd,
      Map<String, String> env)
      throws InterruptedException {
    Executables.Resolution resolution = Executables.normalizeCmd(cmd, cwd, env);
    if (resolution instanceof Executables.Failed failed) {
      return failed.toResult();
    }
    // Like pre-commit, batches are measured on the resolved command; ProcessRunner then
    // normalizes each batch once more, which may expand a second shebang level.
    List<String> normalized = ((Executables.Found) resolution).argv();
    List<List<String>> partitions = partition(normalized, fileArgs, jobs, maxLength);
    int threads = Math.min(Math.min(partitions.size(), jobs), maxThreads);
    if (threads <= 1) {
      List<Result> results = new ArrayList<>();
      for (List<String> partition : partitions) {
        results.add(runner.run(partition, cwd, env));
      }
      return combine(results);
    }
    return combine(runConcurrently(partitions, threads, cwd, env));
  }

  private List<Result> runConcurrently(
      List<List<String>> partitions, int threads, Path cwd, Map<String, String> env)
      throws InterruptedException {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "xargs");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<Result>> futures = new ArrayList<>();
      for (List<String> partition : partitions) {
        futures.add(pool.submit(() -> runner.run(partition, cwd, env)));
      }
      List<Result> results = new ArrayList<>();
      for (Future<Result> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      // Workers are interrupted and terminate their processes; wait so none outlives the call.
      pool.shutdownNow();
      pool.awaitTermination(CANCEL_WAIT_SECONDS, TimeUnit.SECONDS);
      throw e;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof InterruptedException interrupted) {
        throw interrupted; // the runner was cancelled (Ctrl-C)
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Outputs in order; exit code = the first with the largest |code| (0 if all are 0). */
  static Result combine(List<Result> results) {
    int exitCode = 0;
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    for (Result result : results) {
      if (Math.abs(result.exitCode()) > Math.abs(exitCode)) {
        exitCode = result.exitCode();
      }
      output.writeBytes(result.output());
    }
    return new Result(exitCode, output.toByteArray());
  }

  /** len(' '.join(args)) + 1, in UTF-8 bytes. */
  private static long commandLength(List<String> args) {
    long length = Math.max(args.size(), 1);
    for (String arg : args) {
      length += utf8Length(arg);
    }
    return length;
  }

  private static long utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
