package dev.precommit.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The shared real-world corpus of configs and manifests, as raw bytes by relative path. */
final class YamlCorpus {
  static final Path ROOT =
      Path.of(System.getProperty("precommit.corpus", "src/test/resources/corpus")).toAbsolutePath();

  private YamlCorpus() {}

  static boolean present() {
    return Files.isDirectory(ROOT.resolve("configs"));
  }

  static Map<String, byte[]> files() {
    Map<String, byte[]> out = new TreeMap<>();
    if (!present()) {
      return out;
    }
    for (String dir : new String[] {"configs", "manifests"}) {
      try (Stream<Path> paths = Files.list(ROOT.resolve(dir))) {
        for (Path path : paths.filter(p -> p.toString().endsWith(".yaml")).toList()) {
          out.put(dir + "/" + path.getFileName(), Files.readAllBytes(path));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
