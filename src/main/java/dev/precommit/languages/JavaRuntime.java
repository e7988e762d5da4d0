package dev.precommit.languages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM that runs JVM tools: {@code $JAVA_HOME/bin/java}, else {@code java} on PATH, with links
 * resolved so the environment keeps using the JDK it was installed with. The version comes from the
 * JDK's {@code release} file, without starting it.
 *
 * @param feature the major version (17, 25, ...), 0 if unknown
 */
record JavaRuntime(Path java, Path home, int feature, String runtimeVersion) {
  private static final Pattern VERSION =
      Pattern.compile("^JAVA_RUNTIME_VERSION=\"?([^\"\\n]+)\"?$", Pattern.MULTILINE);

  static Optional<JavaRuntime> find(Map<String, String> env) {
    String javaHome = env.get("JAVA_HOME");
    Optional<String> candidate =
        javaHome != null
                && !javaHome.isEmpty()
                && Files.isExecutable(Path.of(javaHome, "bin", "java"))
            ? Optional.of(Path.of(javaHome, "bin", "java").toString())
            : SystemExecutable.find("java", env);
    if (candidate.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(at(Path.of(candidate.get()).toRealPath()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The runtime whose launcher is {@code java} (a real path). */
  static JavaRuntime at(Path java) {
    Path home = java.getParent().getParent();
    String version = "unknown";
    try {
      Matcher m =
          VERSION.matcher(Files.readString(home.resolve("release"), StandardCharsets.UTF_8));
      if (m.find()) {
        version = m.group(1);
      }
    } catch (IOException e) {
      // a JDK without a release file: no class archive, nothing else changes
    }
    return new JavaRuntime(java, home, feature(version), version);
  }

  private static int feature(String version) {
    Matcher m = Pattern.compile("^(\\d+)").matcher(version);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  /** The file a JDK update rewrites: an archive older than it is stale. */
  Path modules() {
    return home.resolve("lib").resolve("modules");
  }
}
