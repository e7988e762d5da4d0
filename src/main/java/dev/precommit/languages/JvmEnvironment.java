package dev.precommit.languages;

import dev.precommit.errors.FatalError;
import dev.precommit.maven.DependencyResolver;
import dev.precommit.maven.MavenCoordinates;
import dev.precommit.maven.ResolvedJar;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The parts {@code jvm} and {@code coursier} environments share: the JVM, Maven resolution into the
 * store's shared local repository, launcher scripts, and {@code jvm.properties} (the JVM and each
 * declared tool's main class). Loaded only to install or run JVM tools, so Maven Resolver stays off
 * every other path.
 */
final class JvmEnvironment {
  /** Class archives, one per tool; written by the launchers. */
  static final String ARCHIVES = ".jvm";

  static final String PROPERTIES = "jvm.properties";
  private static final String JAVA = "java";
  private static final String MAIN = "main.";

  private JvmEnvironment() {}

  static JavaRuntime requireJava(Host host, String language) {
    return JavaRuntime.find(host.env())
        .orElseThrow(
            () ->
                new FatalError(
                    "`java` is not installed: hooks with `language: "
                        + language
                        + "` need a JDK (JAVA_HOME or java on PATH)"));
  }

  /** pre-commit's {@code assert_version_default}: these languages use the machine's JVM. */
  static void requireDefaultVersion(String language, String version) {
    if (!Language.DEFAULT_VERSION.equals(version)) {
      throw new IllegalStateException(
          "for now, pre-commit requires system-installed "
              + language
              + " -- you selected `language_version: "
              + version
              + "`");
    }
  }

  /** Every dependency must be Maven coordinates; {@code hint} says what else to do. */
  static void requireCoordinates(List<String> dependencies, String language, String hint) {
    for (String dependency : dependencies) {
      if (!MavenCoordinates.isCoordinates(dependency)) {
        throw new FatalError(
            "`language: "
                + language
                + "` dependency `"
                + dependency
                + "` is not Maven coordinates (group:artifact:version); "
                + hint);
      }
    }
  }

  static List<ResolvedJar> resolve(List<String> coordinates, Host host) {
    return resolve(coordinates, List.of(), host);
  }

  /** With repositories beyond Maven Central and the settings' (a coursier descriptor's). */
  static List<ResolvedJar> resolve(
      List<String> coordinates, List<String> repositoryUrls, Host host) {
    return DependencyResolver.resolve(
        coordinates, repositoryUrls, host.cache().resolve("maven"), host.env());
  }

  /** The jar of a declared coordinate among the resolved ones. */
  static ResolvedJar jarOf(String coordinates, List<ResolvedJar> jars) {
    return jars.stream()
        .filter(jar -> jar.is(coordinates))
        .findFirst()
        .orElseThrow(() -> new FatalError(coordinates + " resolved to no jar"));
  }

  static void writeExecutable(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      if (!file.toFile().setExecutable(true, false)) {
        throw new IOException("cannot make " + file + " executable");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void createArchiveDir(Path envDir) {
    try {
      Files.createDirectories(envDir.resolve(ARCHIVES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Records the JVM and, per declared artifactId, its main class (if its manifest names one). */
  static void writeProperties(Path envDir, JavaRuntime java, Properties mainClasses) {
    Properties properties = new Properties();
    properties.setProperty(JAVA, java.java().toString());
    mainClasses.forEach((id, main) -> properties.setProperty(MAIN + id, (String) main));
    try (Writer out = Files.newBufferedWriter(envDir.resolve(PROPERTIES), StandardCharsets.UTF_8)) {
      properties.store(out, "precommit JVM environment");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Properties readProperties(Path envDir) {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(envDir.resolve(PROPERTIES), StandardCharsets.UTF_8)) {
      properties.load(in);
    } catch (IOException e) {
      return properties;
    }
    return properties;
  }

  /** The main class recorded for an artifactId, if any. */
  static Optional<String> mainClassOf(Properties properties, String artifactId) {
    return Optional.ofNullable(properties.getProperty(MAIN + artifactId));
  }

  /** The health check: the JVM the launchers name is still there. */
  static String health(Path envDir) {
    String java = readProperties(envDir).getProperty(JAVA);
    if (java == null) {
      return "no " + PROPERTIES + " in " + envDir;
    }
    return Files.isExecutable(Path.of(java)) ? null : java + " is gone";
  }
}
