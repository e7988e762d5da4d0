package dev.precommit.repository;

import dev.precommit.hook.Hook;
import dev.precommit.languages.Languages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Installs several environments at once while printing exactly what installing them one by one in
 * config order prints: all installs start together, but environment i is announced only once
 * environment i-1 is done, and the first failure in config order is the one reported, after the
 * installs still running are stopped (each removes its half-built directory).
 *
 * <p>Independent means: in different store entries, since installers write build files into the
 * hook repository's checkout ({@code gem build}, cargo's {@code target}, {@code pip}'s {@code
 * build}), and of languages that allow it ({@link
 * dev.precommit.languages.Language#installsConcurrently}). Others wait for each other. The caller
 * holds the store lock throughout, so no other process installs meanwhile.
 */
final class ParallelInstalls {
  /** One install; throws what the install throws. */
  interface Install {
    void install(Hook hook) throws InterruptedException;
  }

  private final List<Hook> hooks;
  private final Consumer<Hook> announce;
  private final Install install;
  private final Map<Object, ReentrantLock> locks = new HashMap<>();

  ParallelInstalls(List<Hook> hooks, Consumer<Hook> announce, Install install) {
    this.hooks = hooks;
    this.announce = announce;
    this.install = install;
    for (Hook hook : hooks) {
      locks.computeIfAbsent(hook.prefix(), k -> new ReentrantLock(true));
      if (!Languages.get(hook.language()).installsConcurrently()) {
        locks.computeIfAbsent(hook.language(), k -> new ReentrantLock(true));
      }
    }
  }

  void run() throws InterruptedException {
    int threads = Math.min(hooks.size(), Math.max(2, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "precommit-install");
              t.setDaemon(true);
              return t;
            });
    List<Future<?>> futures = new ArrayList<>();
    try {
      for (Hook hook : hooks) {
        futures.add(
            pool.submit(
                () -> {
                  installLocked(hook);
                  return null;
                }));
      }
      for (int i = 0; i < hooks.size(); i++) {
        announce.accept(hooks.get(i));
        await(futures.get(i));
      }
    } finally {
      futures.forEach(f -> f.cancel(true));
      pool.shutdownNow();
      // the stopped installs are removing their directories: the store lock stays held until then
      boolean interrupted = Thread.interrupted();
      while (true) {
        try {
          pool.awaitTermination(1, TimeUnit.MINUTES);
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The language's lock (if it has one) before the prefix's: always in that order. */
  private void installLocked(Hook hook) throws InterruptedException {
    ReentrantLock languageLock = locks.get(hook.language());
    ReentrantLock prefixLock = locks.get(hook.prefix());
    if (languageLock != null) {
      languageLock.lockInterruptibly();
    }
    try {
      prefixLock.lockInterruptibly();
      try {
        install.install(hook);
      } finally {
        prefixLock.unlock();
      }
    } finally {
      if (languageLock != null) {
        languageLock.unlock();
      }
    }
  }

  private static void await(Future<?> future) throws InterruptedException {
    try {
      future.get();
    } catch (CancellationException e) {
      throw new InterruptedException("install cancelled");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      if (cause instanceof InterruptedException interrupted) {
        throw interrupted;
      }
      throw new IllegalStateException(cause);
    }
  }
}
