package dev.precommit.output;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * What a user at a terminal sees while environments install: one status line on stderr with a
 * spinner and each environment still installing with its elapsed time, redrawn a few times a second
 * and cleared when the last one is done. Lines printed meanwhile (the {@code [INFO]} lines on
 * stdout, the same terminal) go {@link #above} it. Without a terminal it draws nothing, so the
 * output stays exactly pre-commit's.
 */
public final class InstallProgress implements AutoCloseable {
  static final String CLEAR = "\r\033[K";
  private static final String SPINNER = "|/-\\";
  private static final long TICK_MILLIS = 100;

  private final PrintStream err;
  private final int width;
  private final LongSupplier nanos;
  private final Map<String, Long> running = new LinkedHashMap<>(); // guarded by this
  private int frame; // guarded by this
  private boolean drawn; // guarded by this
  private ScheduledExecutorService ticker; // guarded by this

  private InstallProgress(PrintStream err, int width, LongSupplier nanos) {
    this.err = err;
    this.width = width;
    this.nanos = nanos;
  }

  /** Draws nothing: output is not a terminal. */
  public static InstallProgress none() {
    return new InstallProgress(null, 0, System::nanoTime);
  }

  /**
   * @param columns the terminal's width ({@code COLUMNS}), or null for 80
   */
  public static InstallProgress onTerminal(PrintStream err, String columns) {
    return new InstallProgress(err, width(columns), System::nanoTime);
  }

  static InstallProgress forTest(PrintStream err, int width, LongSupplier nanos) {
    return new InstallProgress(err, width, nanos);
  }

  private static int width(String columns) {
    try {
      int parsed = columns == null ? 80 : Integer.parseInt(columns.strip());
      return parsed > 10 ? parsed : 80;
    } catch (NumberFormatException e) {
      return 80;
    }
  }

  public synchronized void started(String label) {
    if (err == null) {
      return;
    }
    running.put(label, nanos.getAsLong());
    if (ticker == null) {
      ticker =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "precommit-install-progress");
                t.setDaemon(true);
                return t;
              });
      ticker.scheduleAtFixedRate(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }
    draw();
  }

  public synchronized void finished(String label) {
    if (err == null) {
      return;
    }
    running.remove(label);
    if (running.isEmpty()) {
      clear();
    } else {
      draw();
    }
  }

  /** Prints {@code print}'s lines with the status line out of their way. */
  public synchronized void above(Runnable print) {
    boolean wasDrawn = drawn;
    clear();
    print.run();
    if (wasDrawn && !running.isEmpty()) {
      draw();
    }
  }

  private synchronized void tick() {
    if (!running.isEmpty()) {
      frame++;
      draw();
    }
  }

  /**
   * {@code | installing: golang https://... (12s), rust local (3s)}, cut to the terminal's width.
   */
  synchronized String line() {
    long now = nanos.getAsLong();
    List<String> parts = new ArrayList<>();
    running.forEach(
        (label, start) ->
            parts.add(label + " (" + TimeUnit.NANOSECONDS.toSeconds(now - start) + "s)"));
    String text =
        SPINNER.charAt(frame % SPINNER.length()) + " installing: " + String.join(", ", parts);
    return text.length() < width ? text : text.substring(0, width - 4) + "...";
  }

  private void draw() {
    err.print(CLEAR + line());
    err.flush();
    drawn = true;
  }

  private void clear() {
    if (drawn) {
      err.print(CLEAR);
      err.flush();
      drawn = false;
    }
  }

  @Override
  public synchronized void close() {
    if (ticker != null) {
      ticker.shutdownNow();
      ticker = null;
    }
    running.clear();
    if (err != null) {
      clear();
    }
  }
}
