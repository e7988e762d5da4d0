package dev.precommit.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Everything precommit prints itself goes through here, to stdout, byte-oriented and flushed after
 * each write (hook output is raw bytes and is never re-encoded). Log records use pre-commit's
 * {@code [LEVEL] message} format. Thread-safe: parallel hooks print whole blocks.
 */
public final class Console {
  private final OutputStream out;
  private final boolean useColor;

  public Console(OutputStream out, boolean useColor) {
    this.out = out;
    this.useColor = useColor;
  }

  public boolean useColor() {
    return useColor;
  }

  public synchronized void write(String text) {
    writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  public synchronized void writeLine(String text) {
    write(text + "\n");
  }

  public synchronized void writeBytes(byte[] bytes) {
    try {
      out.write(bytes);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void info(String message) {
    log("[INFO]", "", message);
  }

  public void warning(String message) {
    log("[WARNING]", Color.YELLOW, message);
  }

  public void error(String message) {
    log("[ERROR]", Color.RED, message);
  }

  private void log(String level, String color, String message) {
    writeLine(Color.format(level, color, useColor) + " " + UrlCredentials.hide(message));
  }
}
