package dev.precommit.config;

/**
 * {@code minimum_pre_commit_version}: compared with the pre-commit version we are compatible with.
 */
public final class MinimumVersion {
  /** The pre-commit release whose behaviour precommit reproduces. */
  public static final String COMPATIBLE_VERSION = "4.6.2";

  static final Check CHECK =
      Checks.and(
          Checks.STRING,
          value -> {
            String required = (String) value;
            if (compare(parse(required), parse(COMPATIBLE_VERSION)) > 0) {
              throw new ValidationError(
                  "pre-commit version "
                      + required
                      + " is required but version "
                      + COMPATIBLE_VERSION
                      + " is installed.  Perhaps run `pip install --upgrade pre-commit`.");
            }
          });

  private MinimumVersion() {}

  /** pre-commit's "poor man's version comparison": a tuple of ints split on dots. */
  private static long[] parse(String version) throws ValidationError {
    String[] parts = version.split("\\.", -1);
    long[] out = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i].strip().replace("_", "");
      if (!p.matches("[+-]?[0-9]+")) {
        // Python raises ValueError here; we report it as a validation error instead of crashing.
        throw new ValidationError(
            "invalid literal for int() with base 10: " + PyValues.repr(parts[i]));
      }
      out[i] = Long.parseLong(p.startsWith("+") ? p.substring(1) : p);
    }
    return out;
  }

  private static int compare(long[] a, long[] b) {
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i] != b[i]) {
        return Long.compare(a[i], b[i]);
      }
    }
    return Integer.compare(a.length, b.length);
  }
}
