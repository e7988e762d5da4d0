package dev.precommit.daemon;

import dev.precommit.errors.ExitCodes;
import dev.precommit.run.Interrupts;

/**
 * Ctrl-C for one request of the warm JVM. The client turns SIGINT/SIGTERM/SIGHUP into a cancel
 * message, and a client that disappears counts as one too. A cancel does what the cold JVM's
 * shutdown hook does (stop the hooks, restore the stash, say so, exit 130) but ends only this
 * request: the exit code goes to the client and the run's later output is dropped, while the daemon
 * and its other requests go on.
 */
final class RequestInterrupts implements Interrupts {
  private final FrameOutput.Reply reply;
  private Guard guard; // guarded by this
  private boolean cancelled; // guarded by this

  RequestInterrupts(FrameOutput.Reply reply) {
    this.reply = reply;
  }

  @Override
  public synchronized AutoCloseable watch(Guard guard) throws InterruptedException {
    if (cancelled) {
      throw new InterruptedException("interrupted before the run started");
    }
    this.guard = guard;
    return () -> {
      synchronized (this) {
        if (this.guard == guard) {
          this.guard = null;
        }
      }
    };
  }

  /** Handles the client's cancel (or its disappearance); at most once, never after the end. */
  void cancel() {
    Guard active;
    synchronized (this) {
      if (cancelled || reply.isFinished()) {
        return;
      }
      cancelled = true;
      active = guard;
    }
    // Outside the lock: the restore takes the stash's own lock, and the run's thread may be
    // closing the stash right now (then this waits for it, as the cold shutdown hook does).
    if (active != null) {
      active.stopHooks();
      active.restoreAndReport();
    }
    reply.finish(ExitCodes.INTERRUPTED);
  }

  synchronized boolean isCancelled() {
    return cancelled;
  }
}
