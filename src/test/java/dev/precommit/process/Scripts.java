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

  /** Waits until {@code pid} is gone or a zombie (an orphan's reaping is up to init). */
  static void awaitDeath(long pid) throws InterruptedException {
    Path stat = Path.of("/proc", Long.toString(pid), "stat");
    while (true) {
      try {
        String text = Files.readString(stat);
        if (text.charAt(text.lastIndexOf(')') + 2) == 'Z') {
          return;
        }
      } catch (IOException e) {
        return;
      }
      Thread.sleep(10);
    }
  }
}
