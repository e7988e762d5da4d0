package dev.precommit.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class InstallProgressTest {
  private final AtomicLong now = new AtomicLong();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private InstallProgress progress(int width) {
    return InstallProgress.forTest(
        new PrintStream(err, true, StandardCharsets.UTF_8), width, now::get);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void showsEachEnvironmentWithItsElapsedTimeCutToTheWidth() {
    try (InstallProgress progress = progress(40)) {
      progress.started("golang local");
      now.addAndGet(3_000_000_000L);
      progress.started("rust https://example.com/a/long/name");
      assertEquals("| installing: golang local (3s), rus...", progress.line());
      progress.finished("golang local");
      assertEquals("| installing: rust https://example.c...", progress.line());
    }
  }

  @Test
  void linesPrintedMeanwhileGoAboveTheStatusLineWhichIsClearedAtTheEnd() {
    StringBuilder printed = new StringBuilder();
    try (InstallProgress progress = progress(80)) {
      progress.started("ruby local");
      progress.above(() -> printed.append(err().length()));
      progress.finished("ruby local");
    }
    String clear = InstallProgress.CLEAR;
    String line = clear + "| installing: ruby local (0s)";
    // drawn, cleared before the line above is printed, redrawn, cleared when done
    assertEquals(line + clear + line + clear, err());
    assertEquals(String.valueOf((line + clear).length()), printed.toString());
  }

  @Test
  void withoutATerminalNothingIsDrawn() {
    StringBuilder printed = new StringBuilder();
    try (InstallProgress progress = InstallProgress.none()) {
      progress.started("ruby local");
      progress.above(() -> printed.append("x"));
      progress.finished("ruby local");
    }
    assertEquals("x", printed.toString());
  }
}
