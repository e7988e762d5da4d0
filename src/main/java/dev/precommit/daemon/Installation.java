package dev.precommit.daemon;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the warm JVM was started from: the jar (inode, size, mtime) and the JVM's module image. A
 * request arriving after either changed on disk (an upgrade, {@code install.sh}) is refused, so the
 * daemon never runs old code; the client then runs cold and starts a fresh daemon.
 */
record Installation(Map<String, Object> jar, Map<String, Object> jvm) {
  private static final String ATTRIBUTES = "unix:ino,size,lastModifiedTime";

  static Installation current() throws IOException {
    return new Installation(read(jarPath()), read(modules()));
  }

  boolean isCurrent() {
    try {
      return equals(current());
    } catch (IOException e) {
      return false;
    }
  }

  private static Map<String, Object> read(Path file) throws IOException {
    return Map.copyOf(Files.readAttributes(file, ATTRIBUTES));
  }

  private static Path modules() {
    return Path.of(System.getProperty("java.home"), "lib", "modules");
  }

  private static Path jarPath() throws IOException {
    try {
      return Path.of(
          Installation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      throw new IOException("cannot locate the running jar", e);
    }
  }
}
