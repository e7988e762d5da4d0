package dev.precommit.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/** Files and environments for tests that start real processes. */
final class Scripts {
  private Scripts() {}

  /** Writes {@code content} to {@code path} with mode 755. */
  static Path executable(Path path, String content) throws IOException {
    Files.createDirectories(path.getParent());
    Files.writeString(path, content);
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
    return path;
  }

  /** Writes {@code content} to {@code path} with mode 644. */
  static Path plain(Path path, String content) throws IOException {
    Files.createDirectories(path.getParent());
    Files.writeString(path, content);
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r--r--"));
    return path;
  }

  /** A minimal environment: only the system PATH (nothing else of the JVM's leaks in). */
  static Map<String, String> systemPath() {
    return Map.of("PATH", "/usr/local/bin:/usr/bin:/bin");
  }
}
