package dev.precommit.run;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The {@code SKIP} environment variable: comma-separated hook ids or aliases. */
final class Skips {
  private Skips() {}

  static Set<String> from(Map<String, String> env) {
    Set<String> skips = new LinkedHashSet<>();
    for (String part : env.getOrDefault("SKIP", "").split(",", -1)) {
      String id = part.strip();
      if (!id.isEmpty()) {
        skips.add(id);
      }
    }
    return skips;
  }
}
