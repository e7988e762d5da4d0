package dev.precommit.run;

import dev.precommit.errors.ExitCodes;

/**
 * Where a run learns about Ctrl-C and SIGTERM. A cold JVM hears them through its shutdown hooks;
 * the warm JVM hears them as a cancel message from the client, for that one request only. The
 * implementation decides who restores the stash: the shutdown path (then halts), or the run's own
 * thread unwinding (the JVM keeps running other requests, so nothing may halt it).
 */
public interface Interrupts {
  /** What the guard of a running pipeline does when interrupted. */
  interface Guard {
    /** Stops the hooks' processes and refuses to start more. Any thread, idempotent. */
    void stopHooks();

    /** Puts the user's unstaged work back and says so, like pre-commit's KeyboardInterrupt. */
    void restoreAndReport();
  }

  /**
   * Calls {@code guard} on an interrupt until the returned handle is closed.
   *
   * @throws InterruptedException if this run was interrupted already: nothing may be stashed then
   */
  AutoCloseable watch(Guard guard) throws InterruptedException;

  /** The cold JVM's: a shutdown hook restores, then halts with 130. */
  Interrupts JVM_SHUTDOWN =
      guard -> {
        Thread hook =
            new Thread(
                () -> {
                  guard.stopHooks();
                  guard.restoreAndReport();
                  Runtime.getRuntime().halt(ExitCodes.INTERRUPTED);
                },
                "precommit-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        return () -> {
          try {
            Runtime.getRuntime().removeShutdownHook(hook);
          } catch (IllegalStateException shuttingDown) {
            // the interrupt path owns the exit now; it halts once the restore is done
          }
        };
      };
}
