package dev.precommit.run;

import dev.precommit.errors.ExitCodes;
import dev.precommit.output.Console;
import dev.precommit.process.ProcessRunner;
import java.util.function.Supplier;

/**
 * Ctrl-C and SIGTERM during a run: stop the hooks' processes, put the user's stashed work back,
 * then exit 130. The JVM runs this on its shutdown path, so the restore completes before exit;
 * {@link StagedFilesOnly#close()} is idempotent and synchronized, so a restore already under way on
 * the main thread is waited for, not repeated.
 *
 * <p>Two races are closed: an interrupt while the unstaged work is being set aside waits until it
 * is (then restores it), and once interrupted the runner starts no more hooks, which would
 * otherwise run on, and edit, the restored work.
 */
final class InterruptGuard implements AutoCloseable {
  private final Thread hook;
  private final Object lock = new Object();
  private StagedFilesOnly stash; // guarded by lock
  private boolean interrupted; // guarded by lock

  InterruptGuard(ProcessRunner processes, Console console) {
    this.hook =
        new Thread(
            () -> {
              processes.destroyAll();
              StagedFilesOnly s;
              synchronized (lock) {
                interrupted = true;
                s = stash;
              }
              if (s != null) {
                s.close();
              }
              console.writeLine("Interrupted (^C): KeyboardInterrupt: ");
              Runtime.getRuntime().halt(ExitCodes.INTERRUPTED);
            },
            "precommit-interrupt");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /**
   * Sets the unstaged work aside under this guard: an interrupt arriving meanwhile is handled once
   * {@code enter} has returned, so it always finds the stash to restore.
   */
  StagedFilesOnly protect(Supplier<StagedFilesOnly> enter) throws InterruptedException {
    synchronized (lock) {
      if (interrupted) {
        throw new InterruptedException("interrupted before the unstaged work was set aside");
      }
      stash = enter.get();
      return stash;
    }
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the interrupt path owns the exit now; it halts once the restore is done
    }
  }
}
