package dev.precommit.run;

import dev.precommit.output.Console;
import dev.precommit.process.ProcessRunner;
import java.util.function.Supplier;

/**
 * Ctrl-C and SIGTERM during a run: stop the hooks' processes, put the user's stashed work back,
 * then exit 130. Who calls which step is up to {@link Interrupts}: the cold JVM does both on its
 * shutdown path, so the restore completes before exit; {@link StagedFilesOnly#close()} is
 * idempotent and synchronized, so a restore already under way on the main thread is waited for, not
 * repeated.
 *
 * <p>Two races are closed: an interrupt while the unstaged work is being set aside waits until it
 * is (then restores it), and once interrupted the runner starts no more hooks, which would
 * otherwise run on, and edit, the restored work.
 */
final class InterruptGuard implements AutoCloseable, Interrupts.Guard {
  private final ProcessRunner processes;
  private final Console console;
  private final AutoCloseable watch;
  private final Object lock = new Object();
  private StagedFilesOnly stash; // guarded by lock
  private boolean interrupted; // guarded by lock

  InterruptGuard(ProcessRunner processes, Console console, Interrupts interrupts)
      throws InterruptedException {
    this.processes = processes;
    this.console = console;
    this.watch = interrupts.watch(this);
  }

  @Override
  public void stopHooks() {
    processes.destroyAll();
    synchronized (lock) {
      interrupted = true;
    }
  }

  @Override
  public void restoreAndReport() {
    StagedFilesOnly s;
    synchronized (lock) {
      interrupted = true;
      s = stash;
    }
    if (s != null) {
      s.close();
    }
    console.writeLine("Interrupted (^C): KeyboardInterrupt: ");
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
      watch.close();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
