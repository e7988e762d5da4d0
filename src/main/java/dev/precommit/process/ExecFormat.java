package dev.precommit.process;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Predicts the kernel's {@code ENOEXEC}. The JVM launches commands with {@code execvp}, which runs
 * a file the kernel cannot execute (a script without {@code #!}, an empty file) through {@code
 * /bin/sh}; Python's {@code subprocess} uses {@code execve} and fails with "Exec format error".
 * pre-commit users see that error, so we refuse such files ourselves.
 */
final class ExecFormat {
  private static final Path BINFMT_MISC = Path.of("/proc/sys/fs/binfmt_misc");
  // Other systems have other binary formats (Mach-O...): only Linux's are predicted.
  private static final boolean LINUX = System.getProperty("os.name", "").startsWith("Linux");

  private ExecFormat() {}

  /**
   * False only if the file starts with neither {@code #!} nor the ELF magic and no {@code
   * binfmt_misc} handler is registered (with one, the kernel may still run it: we let it try).
   */
  static boolean isExecutable(Path file) {
    if (!LINUX) {
      return true;
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(4);
    } catch (IOException e) {
      return true; // unreadable (or vanished): let exec report the real error
    }
    if (head.length >= 2 && head[0] == '#' && head[1] == '!') {
      return true;
    }
    if (head.length == 4 && head[0] == 0x7f && head[1] == 'E' && head[2] == 'L' && head[3] == 'F') {
      return true;
    }
    return hasBinfmtMiscHandlers();
  }

  private static boolean hasBinfmtMiscHandlers() {
    if (!Files.isDirectory(BINFMT_MISC)) {
      return false;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(BINFMT_MISC)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (!name.equals("register") && !name.equals("status")) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      return true;
    }
  }
}
