package dev.precommit.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.precommit.hook.Hook;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checkers running side by side read a file once: the file is changed on disk between two reads
 * here (which no real run does) to see where each read's bytes come from.
 */
class SharedReadsTest {
  @TempDir Path root;

  @Test
  void aFileTwoCheckersReadComesFromDiskOnceThenIsDropped() throws IOException {
    Path file = write("a.json", "{}\n");
    SharedReads reads = group(List.of("check-json", "detect-private-key"), List.of("a.json"));
    assertArrayEquals(bytes("{}\n"), reads.readAllBytes(file));
    write("a.json", "changed\n");
    try (InputStream in = reads.open(file)) {
      assertArrayEquals(
          bytes("{}\n"), in.readAllBytes(), "the second reader shares the first read");
    }
    assertArrayEquals(bytes("changed\n"), reads.readAllBytes(file), "dropped after its readers");
  }

  @Test
  void bigFilesAreStreamedFromDiskByEachReader() throws IOException {
    byte[] big = new byte[(int) SharedReads.MAX_FILE_BYTES + 1];
    Arrays.fill(big, (byte) 'x');
    Path file = root.resolve("big.yaml");
    Files.write(file, big);
    SharedReads reads = group(List.of("check-yaml", "detect-private-key"), List.of("big.yaml"));
    try (InputStream in = reads.open(file)) {
      in.readNBytes(10);
    }
    write("big.yaml", "small\n");
    assertArrayEquals(bytes("small\n"), reads.readAllBytes(file));
  }

  @Test
  void nothingIsSharedWithOneContentReader() {
    assertSame(
        SharedReads.NONE,
        group(
            List.of("check-json", "check-case-conflict", "check-added-large-files"),
            List.of("a.json")));
    assertSame(SharedReads.NONE, group(List.of("check-json"), List.of("a.json")));
  }

  @Test
  void unsharedFilesAreReadFromDiskEveryTime() throws IOException {
    Path other = write("b.txt", "one\n");
    SharedReads reads = group(List.of("check-json", "detect-private-key"), List.of("a.json"));
    assertArrayEquals(bytes("one\n"), reads.readAllBytes(other));
    write("b.txt", "two\n");
    assertArrayEquals(bytes("two\n"), reads.readAllBytes(other));
  }

  private SharedReads group(List<String> programs, List<String> files) {
    return SharedReads.forGroup(
        root, programs.stream().map(p -> Map.entry(builtin(p), files)).toList());
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(root.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Hook builtin(String program) {
    return new Hook(
        "builtin",
        Path.of("."),
        program,
        program,
        program,
        BuiltinLanguage.NAME,
        "",
        "",
        "^$",
        List.of("file"),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        false,
        false,
        true,
        "",
        "default",
        "",
        "0",
        false,
        List.of(),
        false,
        false);
  }
}
