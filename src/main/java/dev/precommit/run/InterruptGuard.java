package dev.precommit.run;

import dev.precommit.errors.ExitCodes;
import dev.precommit.output.Console;
import dev.precommit.process.ProcessRunner;

/**
 * Ctrl-C and SIGTERM during a run: stop the hooks' processes, put the user's stashed work back,
 * then exit 130. The JVM runs this on its shutdown path, so the restore completes before exit;
 * {@link StagedFilesOnly#close()} is idempotent and synchronized, so a restore already under way on
 * the main thread is waited for, not repeated.
 */
final class InterruptGuard implements AutoCloseable {
  private final Thread hook;
  private volatile StagedFilesOnly stash;

  InterruptGuard(ProcessRunner processes, Console console) {
    this.hook =
        new Thread(
            () -> {
              processes.destroyAll();
              StagedFilesOnly s = stash;
              if (s != null) {
                s.close();
              }
              console.writeLine("Interrupted (^C): KeyboardInterrupt: ");
              Runtime.getRuntime().halt(ExitCodes.INTERRUPTED);
            },
            "precommit-interrupt");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  void protect(StagedFilesOnly stash) {
    this.stash = stash;
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
