package dev.precommit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every real-world config and manifest in the shared corpus loads. */
class YamlCorpusTest {
  @Test
  void allCorpusFilesLoad() {
    assumeTrue(YamlCorpus.present(), "corpus not found at " + YamlCorpus.ROOT);
    Map<String, byte[]> files = YamlCorpus.files();
    assertEquals(230, files.size());
    List<String> failures = new ArrayList<>();
    files.forEach(
        (name, bytes) -> {
          try {
            Object value = YamlLoader.load(bytes);
            boolean manifest = name.startsWith("manifests/");
            if (manifest
                ? !(value instanceof List)
                : !(value instanceof Map || value instanceof List)) {
              failures.add(name + ": unexpected top-level " + YamlLoader.pythonTypeName(value));
            }
          } catch (YamlException e) {
            failures.add(name + ": " + e.getMessage());
          }
        });
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }
}
