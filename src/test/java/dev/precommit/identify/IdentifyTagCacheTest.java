package dev.precommit.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentifyTagCacheTest {
  @TempDir Path root;

  @Test
  void tagsAreComputedOncePerPath() throws IOException {
    Files.createDirectories(root.resolve("pkg"));
    Files.writeString(root.resolve("pkg/a"), "hello\n");
    TagCache cache = new TagCache(Identify.load(), root);

    Set<String> first = cache.tags("pkg/a");
    assertEquals(Set.of("file", "non-executable", "text"), first);
    // later content changes are not seen within a run
    Files.write(root.resolve("pkg/a"), new byte[] {0});
    assertSame(first, cache.tags("pkg/a"));
  }

  @Test
  void missingFilesAreReportedNotCached() throws IOException {
    TagCache cache = new TagCache(Identify.load(), root);
    assertThrows(NoSuchFileException.class, () -> cache.tags("late.py"));
    Files.writeString(root.resolve("late.py"), "");
    assertEquals(Set.of("file", "non-executable", "python", "text"), cache.tags("late.py"));
  }

  @Test
  void concurrentCallersAgree() throws Exception {
    for (int i = 0; i < 20; i++) {
      Files.writeString(root.resolve("f" + i + ".md"), "# x\n");
    }
    TagCache cache = new TagCache(Identify.load(), root);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Set<String>>> results = new ArrayList<>();
      for (int round = 0; round < 5; round++) {
        for (int i = 0; i < 20; i++) {
          String name = "f" + i + ".md";
          results.add(pool.submit(() -> cache.tags(name)));
        }
      }
      for (Future<Set<String>> result : results) {
        assertEquals(Set.of("file", "markdown", "non-executable", "text"), result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
