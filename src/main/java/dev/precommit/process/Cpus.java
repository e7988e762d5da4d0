package dev.precommit.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * pre-commit's {@code cpu_count()}: the size of the scheduler affinity mask, read from {@code
 * /proc/self/status}. The JVM's {@code availableProcessors()} also applies cgroup CPU quotas, which
 * would batch files differently from pre-commit in a limited container; it is only the fallback.
 */
final class Cpus {
  private static final String FIELD = "Cpus_allowed_list:";

  private Cpus() {}

  static int usable() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(FIELD)) {
          int count = countList(line.substring(FIELD.length()).trim());
          if (count > 0) {
            return count;
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // No procfs or an unexpected format.
    }
    return Runtime.getRuntime().availableProcessors();
  }

  /** Counts a kernel CPU list such as {@code 0-3,8,10-11}. */
  static int countList(String list) {
    int count = 0;
    for (String range : list.split(",")) {
      int dash = range.indexOf('-');
      if (dash < 0) {
        Integer.parseInt(range.trim());
        count++;
      } else {
        count +=
            Integer.parseInt(range.substring(dash + 1).trim())
                - Integer.parseInt(range.substring(0, dash).trim())
                + 1;
      }
    }
    return count;
  }
}
