package dev.precommit.languages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files searched on several threads print the bytes of one sequential search. */
class PygrepSearchParallelTest {
  @TempDir Path dir;

  private String search(List<String> argv, int threads) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = PygrepSearch.run(argv, dir, out, threads);
    return code + "\n" + out.toString(StandardCharsets.ISO_8859_1);
  }

  @Test
  void sameBytesAsSequentialInEveryMode() throws IOException {
    Random random = new Random(7);
    List<String> files = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      StringBuilder text = new StringBuilder();
      for (int line = 0; line < random.nextInt(20); line++) {
        text.append(random.nextInt(5) == 0 ? "has TODO here" : "plain line").append(line);
        text.append(random.nextBoolean() ? "\n" : "\r\n");
      }
      Files.writeString(dir.resolve("f" + i + ".txt"), text);
      files.add("f" + i + ".txt");
    }
    for (List<String> flags :
        List.of(List.<String>of(), List.of("--negate"), List.of("--multiline"), List.of("-i"))) {
      List<String> argv = new ArrayList<>(flags);
      argv.add("TODO");
      argv.addAll(files);
      String sequential = search(argv, 1);
      for (int threads : new int[] {2, 3, 8}) {
        assertEquals(sequential, search(argv, threads), flags + " on " + threads + " threads");
      }
    }
  }

  @Test
  void aFileThatEndsTheRunStopsTheOutputThereAsSequentially() throws IOException {
    List<String> argv = new ArrayList<>(List.of("x"));
    for (int i = 0; i < 50; i++) {
      Files.writeString(dir.resolve("g" + i), "x" + i + "\n");
      argv.add("g" + i);
      if (i == 20) {
        argv.add("missing-file");
      }
      if (i == 30) {
        Files.createDirectories(dir.resolve("a-dir"));
        argv.add("a-dir");
      }
    }
    String sequential = search(argv, 1);
    assertEquals(sequential, search(argv, 2));
    assertEquals(sequential, search(argv, 4));
  }
}
