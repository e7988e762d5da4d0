package dev.precommit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM tool's first run trains its class archive while doing its work, and the tool's exit code
 * and output are unchanged by it; later runs use the archive. Entries that set up class sharing
 * themselves get none.
 */
class JvmClassArchiveE2ETest {
  @TempDir Path temp;

  private static List<String> archives(Path env) throws IOException {
    try (Stream<Path> files = Files.list(env.resolve(".jvm"))) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void firstRunTrainsTheArchiveAndKeepsTheToolsResult() throws IOException {
    TestRepo repo =
        JvmLanguageE2ETest.repoWith(
            temp,
            JvmLanguageE2ETest.localHook(
                "gjf", "jvm", "google-java-format --replace", JvmLanguageE2ETest.GJF, ""),
            "A.java",
            JvmLanguageE2ETest.UGLY_JAVA);
    repo.setEnv("PRECOMMIT_NO_TRAIN", "");

    CliResult first = repo.run("run", "--all-files");
    assertEquals(1, first.exitCode(), first::toString);
    assertEquals(JvmLanguageE2ETest.GJF_JAVA, repo.read("A.java"));
    Path env = PythonLanguageE2ETest.onlyEnvironment(repo, "jvm_env-default");
    List<String> trained = archives(env);
    assertEquals(1, trained.size(), trained::toString);
    assertTrue(trained.get(0).matches("[0-9a-f]{16}"), trained::toString);
    assertTrue(Files.size(env.resolve(".jvm").resolve(trained.get(0))) > 100_000);

    repo.write("A.java", JvmLanguageE2ETest.UGLY_JAVA);
    repo.git("add", "-A");
    CliResult second = repo.run("run", "--all-files");
    assertEquals(1, second.exitCode(), second::toString);
    assertEquals(JvmLanguageE2ETest.GJF_JAVA, repo.read("A.java"));
    assertEquals(trained, archives(env));
    assertFalse(second.stdout().contains("cds"), second::toString);
  }

  @Test
  void aToolThatExitsNonZeroWhileTrainingKeepsItsExitCodeAndOutput() throws IOException {
    TestRepo repo =
        JvmLanguageE2ETest.repoWith(
            temp,
            JvmLanguageE2ETest.localHook(
                    "ktlint", "jvm", "ktlint-cli --relative", JvmLanguageE2ETest.KTLINT, "")
                .replace("types: [java]", "types: [kotlin]"),
            "a.kt",
            "fun main() { val x=1 }\n");
    repo.setEnv("PRECOMMIT_NO_TRAIN", "");
    CliResult r = repo.run("run", "--all-files");
    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(r.stdout().contains("- exit code: 1"), r::toString);
    assertTrue(r.stdout().contains("a.kt:1:"), r::toString);
    Path env = PythonLanguageE2ETest.onlyEnvironment(repo, "jvm_env-default");
    assertEquals(1, archives(env).size(), archives(env)::toString);
  }

  /** Saxon-HE, a checkstyle dependency, is signed: JDK 17's dynamic dump may crash on those. */
  @Test
  void aSignedJarOnJdk17MeansNoArchiveAndAnUnchangedResult() throws IOException {
    TestRepo repo =
        JvmLanguageE2ETest.repoWith(
            temp,
            JvmLanguageE2ETest.localHook(
                "checkstyle",
                "jvm",
                "com.puppycrawl.tools.checkstyle.Main -c /sun_checks.xml",
                JvmLanguageE2ETest.CHECKSTYLE,
                ""),
            "A.java",
            "class A { int x; }\n");
    repo.setEnv("PRECOMMIT_NO_TRAIN", "");
    CliResult r = repo.run("run", "--all-files");
    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(r.stdout().contains("- exit code: 3"), r::toString);
    assertTrue(r.stdout().contains("Checkstyle ends with 3 errors."), r::toString);
    Path env = PythonLanguageE2ETest.onlyEnvironment(repo, "jvm_env-default");
    String launch = Files.readString(env.resolve("launch"));
    if (launch.contains("java-17")) {
      assertTrue(launch.contains("no class archive: signed jar on JDK 17"), launch);
      assertEquals(List.of(), archives(env));
    }
  }

  /** JDK 25 trains the same dynamic archive, without a word in the tool's output. */
  @Test
  void jdk25TrainsTheArchiveWithoutAWordInTheToolsOutput()
      throws IOException, InterruptedException {
    Path jdk25 =
        Path.of(System.getenv().getOrDefault("JDK25", "/usr/lib/jvm/temurin-25-jdk-amd64"));
    Assumptions.assumeTrue(Files.isExecutable(jdk25.resolve("bin/java")), "no JDK 25 here");
    TestRepo repo =
        JvmLanguageE2ETest.repoWith(
            temp,
            JvmLanguageE2ETest.localHook(
                    "gjf", "jvm", "google-java-format --replace", JvmLanguageE2ETest.GJF, "")
                + "        verbose: true\n",
            "A.java",
            JvmLanguageE2ETest.UGLY_JAVA);
    repo.setEnv("PRECOMMIT_NO_TRAIN", "");
    repo.setEnv("JAVA_HOME", jdk25.toString());

    CliResult first = repo.run("run", "--all-files");
    assertEquals(1, first.exitCode(), first::toString);
    assertEquals(JvmLanguageE2ETest.GJF_JAVA, repo.read("A.java"));
    assertFalse(first.stdout().toLowerCase(java.util.Locale.ROOT).contains("aot"), first::toString);
    assertFalse(first.stdout().contains("cds"), first::toString);
    Path env = PythonLanguageE2ETest.onlyEnvironment(repo, "jvm_env-default");
    assertTrue(Files.readString(env.resolve("launch")).contains("temurin-25"));
    for (int i = 0;
        i < 300 && archives(env).stream().noneMatch(a -> a.matches("[0-9a-f]{16}"));
        i++) {
      Thread.sleep(100);
    }
    assertEquals(1, archives(env).size(), archives(env)::toString);

    repo.git("add", "-A");
    CliResult second = repo.run("run", "--all-files");
    assertEquals(0, second.exitCode(), second::toString);
    assertFalse(second.stdout().contains("aot"), second::toString);
  }

  @Test
  void entryThatTurnsClassSharingOffGetsNoArchive() throws IOException {
    TestRepo repo =
        JvmLanguageE2ETest.repoWith(
            temp,
            JvmLanguageE2ETest.localHook(
                "gjf",
                "jvm",
                "-Xshare:off google-java-format --replace",
                JvmLanguageE2ETest.GJF,
                ""),
            "A.java",
            JvmLanguageE2ETest.UGLY_JAVA);
    repo.setEnv("PRECOMMIT_NO_TRAIN", "");
    CliResult r = repo.run("run", "--all-files");
    assertEquals(1, r.exitCode(), r::toString);
    assertEquals(JvmLanguageE2ETest.GJF_JAVA, repo.read("A.java"));
    assertEquals(
        List.of(), archives(PythonLanguageE2ETest.onlyEnvironment(repo, "jvm_env-default")));
  }
}
