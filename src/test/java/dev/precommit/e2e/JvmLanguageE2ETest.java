package dev.precommit.e2e;

import static dev.precommit.e2e.PythonLanguageE2ETest.INSTALLING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code language: jvm} and {@code language: coursier} end to end with real tools from Maven
 * Central, resolved by precommit itself (no {@code cs}, no {@code mvn}) into the test's own store.
 */
class JvmLanguageE2ETest {
  static final String GJF = "com.google.googlejavaformat:google-java-format:1.28.0";
  static final String CHECKSTYLE = "com.puppycrawl.tools:checkstyle:12.3.1";
  static final String KTLINT = "com.pinterest.ktlint:ktlint-cli:1.8.0";
  static final String PALANTIR = "com.palantir.javaformat:palantir-java-format:2.103.0";

  static final String UGLY_JAVA = "class A {   void f( ) { int x=1; } }\n";
  static final String GJF_JAVA = "class A {\n  void f() {\n    int x = 1;\n  }\n}\n";

  @TempDir Path temp;

  static TestRepo repoWith(Path base, String config, String file, String content) {
    TestRepo repo = TestRepo.init(base);
    NodeLanguageE2ETest.passNetworkSettings(repo);
    repo.write(".pre-commit-config.yaml", config);
    repo.write(file, content);
    repo.git("add", "-A");
    return repo;
  }

  static String localHook(String id, String language, String entry, String deps, String extra) {
    return "repos:\n-   repo: local\n    hooks:\n    -   id: "
        + id
        + "\n        name: "
        + id
        + "\n        entry: "
        + entry
        + "\n        language: "
        + language
        + "\n        types: [java]\n        additional_dependencies: ["
        + deps
        + "]\n"
        + extra;
  }

  @Test
  void googleJavaFormatByMainClassFixesAFileAndTheSecondRunReusesTheEnvironment()
      throws IOException {
    TestRepo repo =
        repoWith(
            temp,
            localHook("gjf", "jvm", "com.google.googlejavaformat.java.Main --replace", GJF, ""),
            "A.java",
            UGLY_JAVA);

    CliResult first = repo.run("run", "--all-files");
    assertEquals(1, first.exitCode(), first::toString);
    assertTrue(
        first.stdout().contains("[INFO] Installing environment for local.\n" + INSTALLING),
        first::toString);
    assertTrue(first.stdout().contains("gjf......"), first::toString);
    assertTrue(first.stdout().contains("- files were modified by this hook"), first::toString);
    assertEquals(GJF_JAVA, repo.read("A.java"));
    Path env = PythonLanguageE2ETest.onlyEnvironment(repo, "jvm_env-default");
    assertTrue(Files.isExecutable(env.resolve("launch")));

    repo.git("add", "-A");
    CliResult second = repo.run("run", "--all-files");
    assertEquals(0, second.exitCode(), second::toString);
    assertFalse(second.stdout().contains("Installing environment"), second::toString);
  }

  @Test
  void artifactIdAsEntryUsesTheJarsMainClassAndManifestExports() throws IOException {
    TestRepo repo =
        repoWith(
            temp,
            localHook("gjf", "jvm", "google-java-format --replace", GJF, ""),
            "A.java",
            UGLY_JAVA);
    CliResult r = repo.run("run", "--all-files");
    assertEquals(1, r.exitCode(), r::toString);
    assertEquals(GJF_JAVA, repo.read("A.java"));
  }

  @Test
  void checkstyleReportsAViolation() {
    TestRepo repo =
        repoWith(
            temp,
            localHook(
                "checkstyle",
                "jvm",
                "com.puppycrawl.tools.checkstyle.Main -c /google_checks.xml",
                CHECKSTYLE,
                "        args: [--exclude-regexp, ^$]\n"),
            "A.java",
            "class A { int x; }\n");
    // google_checks only warns; a failing severity comes from a config of our own
    repo.write(
        "cs.xml",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE module PUBLIC \"-//Checkstyle//DTD Checkstyle"
            + " Configuration 1.3//EN\" \"https://checkstyle.org/dtds/configuration_1_3.dtd\">\n"
            + "<module name=\"Checker\"><module name=\"TreeWalker\">"
            + "<module name=\"MemberName\"><property name=\"format\" value=\"^[a-z]{2,}$\"/>"
            + "</module></module></module>\n");
    repo.write(
        ".pre-commit-config.yaml",
        localHook(
            "checkstyle", "jvm", "com.puppycrawl.tools.checkstyle.Main -c cs.xml", CHECKSTYLE, ""));
    repo.git("add", "-A");
    CliResult r = repo.run("run", "--all-files");
    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(r.stdout().contains("checkstyle...."), r::toString);
    assertTrue(
        r.stdout().contains("A.java:1:15: Name 'x' must match pattern '^[a-z]{2,}$'. [MemberName]"),
        r::toString);
    assertTrue(r.stdout().contains("Checkstyle ends with 1 errors."), r::toString);
  }

  @Test
  void coursierAppFromCoordinatesIsOnPathUnderItsArtifactId() throws IOException {
    TestRepo repo =
        repoWith(
            temp,
            localHook("gjf", "coursier", "google-java-format --replace", GJF, ""),
            "A.java",
            UGLY_JAVA);
    CliResult r = repo.run("run", "--all-files");
    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(r.stdout().contains("- files were modified by this hook"), r::toString);
    assertEquals(GJF_JAVA, repo.read("A.java"));
    Path env = PythonLanguageE2ETest.onlyEnvironment(repo, "coursier-default");
    assertTrue(Files.isExecutable(env.resolve("google-java-format")));
  }

  @Test
  void palantirJavaFormatWithoutMainClassInItsManifestRunsByMainClass() {
    TestRepo repo =
        repoWith(
            temp,
            localHook(
                "palantir",
                "jvm",
                "com.palantir.javaformat.java.Main --palantir --replace",
                PALANTIR,
                ""),
            "A.java",
            UGLY_JAVA);
    CliResult r = repo.run("run", "--all-files");
    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(r.stdout().contains("- files were modified by this hook"), r::toString);
    assertTrue(
        repo.read("A.java").contains("    void f() {\n        int x = 1;"), repo.read("A.java"));
  }

  @Test
  void coursierDependencyWithoutMainClassSaysToUseJvm() {
    TestRepo repo =
        repoWith(
            temp,
            localHook("palantir", "coursier", "palantir-java-format", PALANTIR, ""),
            "A.java",
            UGLY_JAVA);
    CliResult r = repo.run("run", "--all-files");
    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(
        r.stdout()
            .contains(
                PALANTIR
                    + " has no Main-Class in its manifest: use `language: jvm` and name the main"
                    + " class in the entry"),
        r::toString);
  }

  @Test
  void coursierDescriptorWithScalaCoordinatesGivesAClearError() {
    HookRepoFixture hooks =
        HookRepoFixture.create(
            temp.resolve("hooks"),
            Map.of(
                ".pre-commit-channel/scalafmt.json",
                "{\"repositories\": [\"central\"],"
                    + " \"dependencies\": [\"org.scalameta::scalafmt-cli:3.6.1\"]}\n",
                ".pre-commit-hooks.yaml",
                "-   id: scalafmt\n    name: scalafmt\n    entry: scalafmt\n"
                    + "    language: coursier\n"));
    TestRepo repo = repoWith(temp.resolve("user"), hooks.config("scalafmt", ""), "a.txt", "x\n");
    CliResult r = repo.run("run", "--all-files");
    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(
        r.stdout()
            .contains(
                "coursier app descriptor scalafmt.json: Scala cross-version coordinates"
                    + " (`org.scalameta::scalafmt-cli:3.6.1`) are not supported by precommit"),
        r::toString);
  }

  @Test
  void coursierAppNamesGiveAClearError() {
    TestRepo repo =
        repoWith(
            temp,
            localHook("scalafmt", "coursier", "scalafmt", "scalafmt:3.6.1", ""),
            "A.java",
            UGLY_JAVA);
    CliResult r = repo.run("run", "--all-files");
    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(
        r.stdout()
            .contains(
                "`language: coursier` dependency `scalafmt:3.6.1` is not Maven coordinates"
                    + " (group:artifact:version); coursier app names need coursier's app index"),
        r::toString);
  }
}
