package dev.precommit.process;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Guards against the JVM's silent mangling of child-process strings. The JVM encodes argv with
 * {@code sun.jnu.encoding} and the environment with the default charset, both taken from the
 * locale; under {@code LANG=C} that is ASCII and every other character becomes {@code ?}, so a hook
 * would be handed file names that do not exist (or, worse, write to them). Python coerces the C
 * locale to UTF-8, so pre-commit has no such limit: refuse instead of corrupting.
 */
final class NativeEncoding {
  private static final Charset ARGV = charset(System.getProperty("sun.jnu.encoding"));
  private static final Charset ENVIRONMENT = Charset.defaultCharset();

  private NativeEncoding() {}

  /**
   * @throws IllegalStateException naming the first argument or variable the JVM cannot encode
   */
  static void check(List<String> argv, Map<String, String> env) {
    if (!ARGV.equals(StandardCharsets.UTF_8)) {
      for (String arg : argv) {
        if (!ARGV.newEncoder().canEncode(arg)) {
          throw unencodable("argument " + PythonRepr.string(arg), ARGV);
        }
      }
    }
    if (!ENVIRONMENT.equals(StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> e : env.entrySet()) {
        if (!ENVIRONMENT.newEncoder().canEncode(e.getKey() + e.getValue())) {
          throw unencodable("environment variable " + e.getKey(), ENVIRONMENT);
        }
      }
    }
  }

  private static IllegalStateException unencodable(String what, Charset charset) {
    return new IllegalStateException(
        "cannot pass "
            + what
            + " to a process: the JVM's native encoding is "
            + charset
            + " (set LC_ALL or LANG to a UTF-8 locale, e.g. C.UTF-8)");
  }

  private static Charset charset(String name) {
    try {
      return name == null ? Charset.defaultCharset() : Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return Charset.defaultCharset();
    }
  }
}
