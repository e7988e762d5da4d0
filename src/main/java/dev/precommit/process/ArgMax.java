package dev.precommit.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code sysconf(_SC_ARG_MAX)} without forking {@code getconf}: glibc computes it as max(131072,
 * RLIMIT_STACK / 4), and the soft stack limit is readable from {@code /proc/self/limits} (children
 * inherit the JVM's limits).
 */
final class ArgMax {
  /** Linux with the usual 8 MiB stack; used where /proc cannot tell. */
  static final long DEFAULT = 2_097_152L;

  private static final long LEGACY_ARG_MAX = 131_072L;

  private ArgMax() {}

  static long current() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
        if (line.startsWith("Max stack size")) {
          return fromStackLimit(line.substring("Max stack size".length()).trim().split("\\s+")[0]);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux, or an unexpected format: fall through to the default.
    }
    return DEFAULT;
  }

  /**
   * @param softLimit the soft stack limit column: a byte count or {@code unlimited}
   */
  static long fromStackLimit(String softLimit) {
    if (softLimit.equals("unlimited")) {
      return Long.MAX_VALUE / 4;
    }
    return Math.max(LEGACY_ARG_MAX, Long.parseLong(softLimit) / 4);
  }
}
