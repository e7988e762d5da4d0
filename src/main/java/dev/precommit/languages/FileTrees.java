package dev.precommit.languages;

import dev.precommit.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The scratch directories and copies installers make beside their commands (pre-commit's {@code
 * tempfile.TemporaryDirectory} and {@code shutil.copytree}).
 */
final class FileTrees {
  private FileTrees() {}

  static Path temporaryDirectory(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Best effort, for temporary directories: one left behind is harmless. */
  static void deleteQuietly(Path dir) {
    try {
      Store.delete(dir);
    } catch (IOException | UncheckedIOException e) {
      // left behind in the temporary directory
    }
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path source : all.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
