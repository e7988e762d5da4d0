package dev.precommit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the dependency direction of docs/development.md honest: a package may import only packages
 * below it, and only the named packages may touch JGit, snakeyaml-engine, Maven Resolver and
 * picocli.
 */
class ArchitectureTest {
  /** Top to bottom; each package may depend on the ones after it. */
  private static final List<String> LAYERS =
      List.of(
          "daemon",
          "cli",
          "commands",
          "run",
          "repository",
          "catalog",
          "languages",
          "maven",
          "config",
          "store",
          "git",
          "identify",
          "process",
          "regex",
          "hook",
          "output",
          "errors");

  /** Imports, and fully qualified references in code, which bypass imports. */
  private static final Pattern IMPORT =
      Pattern.compile(
          "^import (?:static )?([\\w.]+)\\.[\\w*]+;|\\b(dev\\.precommit\\.[a-z]+)\\.[A-Z]",
          Pattern.MULTILINE);

  @Test
  void packagesOnlyDependDownwardsAndLibrariesStayInTheirPackage() throws IOException {
    Path base = Path.of("src", "main", "java", "dev", "precommit");
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(base)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String pkg = base.relativize(file.getParent()).toString().replace('/', '.');
        String source = Files.readString(file);
        Matcher m = IMPORT.matcher(source);
        while (m.find()) {
          String imported = m.group(1) != null ? m.group(1) : m.group(2);
          String problem = check(pkg, imported);
          if (problem != null) {
            violations.add(file + ": " + problem);
          }
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  private static String check(String pkg, String imported) {
    if (imported.startsWith("org.eclipse.jgit") && !pkg.equals("git")) {
      return "only git may import JGit: " + imported;
    }
    if (imported.startsWith("org.snakeyaml") && !pkg.equals("config")) {
      return "only config may import snakeyaml-engine: " + imported;
    }
    if ((imported.startsWith("org.eclipse.aether") || imported.startsWith("org.apache.maven"))
        && !pkg.equals("maven")) {
      return "only maven may import Maven Resolver and Maven's settings: " + imported;
    }
    if (imported.startsWith("picocli") && !pkg.equals("cli") && !pkg.isEmpty()) {
      return "only Main and cli may import picocli: " + imported;
    }
    if (!imported.startsWith("dev.precommit.") || pkg.isEmpty()) {
      return null;
    }
    String target = imported.substring("dev.precommit.".length()).split("\\.")[0];
    int from = LAYERS.indexOf(pkg.split("\\.")[0]);
    int to = LAYERS.indexOf(target);
    if (to < 0 || target.equals(pkg.split("\\.")[0])) {
      return null;
    }
    return to > from ? null : pkg + " must not depend on " + target + " (upward)";
  }
}
