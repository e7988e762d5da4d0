package dev.precommit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog's JVM formatters and linters with {@code repo: builtin}: each fixes or reports a real
 * file, with its pinned tool from Maven Central; a config's additional_dependencies pick another
 * version.
 */
class JvmCatalogE2ETest {
  @TempDir Path temp;

  private TestRepo builtin(String hooks, String file, String content) {
    return JvmLanguageE2ETest.repoWith(
        temp, "repos:\n-   repo: builtin\n    hooks:\n" + hooks, file, content);
  }

  @Test
  void googleJavaFormatFixesAJavaFile() {
    TestRepo repo =
        builtin("    -   id: google-java-format\n", "A.java", JvmLanguageE2ETest.UGLY_JAVA);
    CliResult r = repo.run("run", "--all-files");
    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(r.stdout().contains("google-java-format......"), r::toString);
    assertTrue(r.stdout().contains("- files were modified by this hook"), r::toString);
    assertEquals(JvmLanguageE2ETest.GJF_JAVA, repo.read("A.java"));
  }

  @Test
  void gcKeepsTheEnvironmentOfABuiltinJvmHook() {
    TestRepo repo =
        builtin("    -   id: google-java-format\n", "A.java", JvmLanguageE2ETest.GJF_JAVA);
    assertEquals(0, repo.run("run", "--all-files").exitCode());
    CliResult gc = repo.run("gc");
    assertEquals("0 repo(s) removed.\n", gc.stdout(), gc::toString);
    CliResult again = repo.run("run", "--all-files");
    assertEquals(0, again.exitCode(), again::toString);
    assertFalse(again.stdout().contains("Installing environment"), again::toString);
  }

  @Test
  void palantirJavaFormatFixesAJavaFileInItsOwnStyle() {
    TestRepo repo =
        builtin("    -   id: palantir-java-format\n", "A.java", JvmLanguageE2ETest.UGLY_JAVA);
    CliResult r = repo.run("run", "--all-files");
    assertEquals(1, r.exitCode(), r::toString);
    assertEquals("class A {\n    void f() {\n        int x = 1;\n    }\n}\n", repo.read("A.java"));
  }

  @Test
  void checkstyleReportsViolationsOfTheConfigInArgs() {
    TestRepo repo =
        builtin(
            "    -   id: checkstyle\n        args: [-c, /google_checks.xml]\n"
                + "    -   id: checkstyle\n        alias: sun\n",
            "A.java",
            "class A { int x; }\n");
    CliResult r = repo.run("run", "--all-files");
    assertEquals(1, r.exitCode(), r::toString);
    // google_checks only warns (exit 0); sun_checks, the default, fails
    assertTrue(r.stdout().contains("Passed\ncheckstyle"), r::toString);
    assertTrue(r.stdout().contains("[ERROR] "), r::toString);
    assertTrue(r.stdout().contains("A.java:1:"), r::toString);
    assertTrue(r.stdout().contains("[JavadocPackage]"), r::toString);
  }

  @Test
  void pmdReportsAViolationOfItsQuickstartRuleset() {
    TestRepo repo =
        builtin(
            "    -   id: pmd\n",
            "src/A.java",
            "public class A {\n  private int unused;\n  public void f() {}\n}\n");
    CliResult r = repo.run("run", "--all-files");
    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(r.stdout().contains("- exit code: 4"), r::toString);
    assertTrue(r.stdout().contains("src/A.java:2:"), r::toString);
    assertTrue(r.stdout().contains("UnusedPrivateField"), r::toString);
  }

  @Test
  void ktlintReportsAndWithFormatFixesAKotlinFile() {
    TestRepo repo = builtin("    -   id: ktlint\n", "a.kt", "fun main() { val x=1 }\n");
    CliResult r = repo.run("run", "--all-files");
    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(r.stdout().contains("a.kt:1:"), r::toString);

    repo.write(
        ".pre-commit-config.yaml",
        "repos:\n-   repo: builtin\n    hooks:\n    -   id: ktlint\n        args: [--format]\n");
    repo.git("add", "-A");
    CliResult fixed = repo.run("run", "--all-files");
    assertTrue(fixed.stdout().contains("- files were modified by this hook"), fixed::toString);
    assertTrue(repo.read("a.kt").contains("val x = 1"), repo.read("a.kt"));
  }

  @Test
  void additionalDependenciesOverrideThePinnedVersionInTheirOwnEnvironment() throws IOException {
    TestRepo repo =
        builtin(
            "    -   id: google-java-format\n"
                + "        additional_dependencies:"
                + " ['com.google.googlejavaformat:google-java-format:1.27.0']\n",
            "A.java",
            JvmLanguageE2ETest.UGLY_JAVA);
    CliResult r = repo.run("run", "--all-files");
    assertEquals(1, r.exitCode(), r::toString);
    assertEquals(JvmLanguageE2ETest.GJF_JAVA, repo.read("A.java"));
    Path env = PythonLanguageE2ETest.onlyEnvironment(repo, "jvm_env-default");
    assertTrue(Files.readString(env.resolve("launch")).contains("google-java-format-1.27.0.jar"));
    assertFalse(Files.readString(env.resolve("launch")).contains("1.28.0"));
    try (Stream<Path> state = Stream.of(env.resolve(".install_state_v1"))) {
      assertEquals(
          List.of(
              "{\"additional_dependencies\": [\"com.google.googlejavaformat:google-java-format:1.27.0\"]}"),
          state.map(JvmCatalogE2ETest::read).toList());
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
