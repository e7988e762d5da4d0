package dev.precommit.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The check the two executable-bit hooks share: do the first two bytes read {@code #!}. */
final class Shebangs {
  private Shebangs() {}

  static boolean hasShebang(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] first = in.readNBytes(2);
      return first.length == 2 && first[0] == '#' && first[1] == '!';
    }
  }
}
