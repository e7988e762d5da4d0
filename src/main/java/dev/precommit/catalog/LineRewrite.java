package dev.precommit.catalog;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * Rewrites a file line by line without holding it in memory: a first pass looks for a line the
 * transform changes, and only then a second pass writes the new content to a temporary file that is
 * copied back over the original (same inode, so its mode is kept, as Python's {@code open(name,
 * 'wb')} keeps it).
 */
final class LineRewrite {
  private LineRewrite() {}

  /** Applies {@code transform} to every line; returns true when the file was rewritten. */
  static boolean apply(Path file, boolean universal, UnaryOperator<byte[]> transform)
      throws IOException {
    if (!changesAnything(file, universal, transform)) {
      return false;
    }
    Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".precommit-", ".tmp");
    try {
      try (LineReader lines = new LineReader(Files.newInputStream(file), universal);
          OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        for (byte[] line; (line = lines.next()) != null; ) {
          out.write(transform.apply(line));
        }
      }
      copyOver(temp, file);
    } finally {
      Files.deleteIfExists(temp);
    }
    return true;
  }

  private static boolean changesAnything(
      Path file, boolean universal, UnaryOperator<byte[]> transform) throws IOException {
    try (LineReader lines = new LineReader(Files.newInputStream(file), universal)) {
      for (byte[] line; (line = lines.next()) != null; ) {
        if (!Arrays.equals(line, transform.apply(line))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Truncates {@code target} and copies {@code source} into it. */
  static void copyOver(Path source, Path target) throws IOException {
    try (InputStream in = Files.newInputStream(source);
        OutputStream out =
            Files.newOutputStream(
                target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      in.transferTo(out);
    }
  }
}
