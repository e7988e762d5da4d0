package dev.precommit.run;

import dev.precommit.hook.Hook;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A group of consecutive hooks that cannot change files, all started at once. The runner still
 * prints in config order: it asks for each hook's outcome when its turn comes. Threads stay within
 * the cores: a work-stealing pool of {@code cores} threads runs the hooks and the batches of the
 * in-process ones; a hook that starts processes runs them on its share of the cores. Closing
 * cancels the hooks a fail-fast stop left unasked (pre-commit would not have run them, and their
 * results are never shown) and waits until none is running.
 */
final class SideBySide implements AutoCloseable {
  private static final long CANCEL_WAIT_SECONDS = 10;

  /** How a hook is run: on its files, with at most {@code threads} threads. */
  interface Execution {
    Timed run(Hook hook, List<String> files, int threads) throws InterruptedException;
  }

  private final ExecutorService pool;
  private final Map<Integer, Future<Timed>> started;
  private final byte[] diffBefore;
  private byte[] diffAfter;

  private SideBySide(ExecutorService pool, Map<Integer, Future<Timed>> started, byte[] diffBefore) {
    this.pool = pool;
    this.started = started;
    this.diffBefore = diffBefore;
  }

  /** Worth running together: two or more of the group run, and there is more than one core. */
  static boolean worthIt(List<Planned> group, int cores) {
    return cores > 1 && group.stream().filter(Planned::runs).count() > 1;
  }

  /** A group run the ordinary way, one hook after the other by the runner itself. */
  static SideBySide none() {
    return new SideBySide(null, Map.of(), null);
  }

  /** True when a hook of the group that runs is only declared read-only by the user. */
  static boolean hasDeclaredReadOnly(List<Planned> group) {
    return group.stream().anyMatch(p -> p.runs() && !ReadOnlyHooks.neverWrite(p.hook()));
  }

  /**
   * Starts every hook of the group that runs.
   *
   * @param diffBefore the {@code git diff} before the group (needed if a hook is only declared
   *     read-only)
   */
  static SideBySide start(List<Planned> group, int cores, Execution execution, byte[] diffBefore) {
    int running = (int) group.stream().filter(Planned::runs).count();
    // Hooks that start processes get a share of the cores for them; the catalog's in-process
    // hooks instead put their batches into this work-stealing pool, so a core that is done with a
    // short hook helps a long one, and no more threads than cores ever compute at once.
    int threadsPerHook = Math.max(1, cores / Math.min(running, cores));
    ExecutorService pool = new ForkJoinPool(cores);
    Map<Integer, Future<Timed>> started = new HashMap<>();
    for (int i = 0; i < group.size(); i++) {
      Planned planned = group.get(i);
      if (planned.runs()) {
        started.put(
            i, pool.submit(() -> execution.run(planned.hook(), planned.files(), threadsPerHook)));
      }
    }
    return new SideBySide(pool, started, diffBefore);
  }

  /** True when the hook at {@code position} of the group was started here. */
  boolean started(int position) {
    return started.containsKey(position);
  }

  /** Waits for the hook at {@code position}; its exception is rethrown as if it ran here. */
  Timed outcomeOf(int position) throws InterruptedException {
    try {
      return started.get(position).get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof InterruptedException interrupted) {
        throw interrupted;
      } else if (cause instanceof RuntimeException runtime) {
        throw runtime;
      } else if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  byte[] diffBefore() {
    return diffBefore;
  }

  /**
   * The {@code git diff} once every hook of the group has finished, taken once: a hook the user
   * declared read-only is checked by this one snapshot, since no per-hook snapshot exists while the
   * group runs together.
   */
  byte[] diffAfter(Supplier<byte[]> snapshot) throws InterruptedException {
    if (diffAfter == null) {
      for (Future<Timed> future : started.values()) {
        try {
          future.get();
        } catch (ExecutionException e) {
          // reported when that hook's turn comes
        }
      }
      diffAfter = snapshot.get();
    }
    return diffAfter;
  }

  @Override
  public void close() {
    if (pool == null) {
      return;
    }
    pool.shutdownNow();
    try {
      pool.awaitTermination(CANCEL_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
