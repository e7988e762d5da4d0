package dev.precommit.languages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** pre-commit's {@code Prefix.star}: the names of the files in the prefix with a given suffix. */
final class PrefixFiles {
  private PrefixFiles() {}

  /** Sorted (pre-commit takes directory order, which is arbitrary). */
  static List<String> star(Path prefix, String suffix) {
    try (Stream<Path> files = Files.list(prefix)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(suffix))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
