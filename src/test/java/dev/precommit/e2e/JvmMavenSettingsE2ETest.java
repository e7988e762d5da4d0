package dev.precommit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hook tools are resolved the way Maven resolves: a mirror from {@code settings.xml} that needs the
 * server's credentials (its password interpolated from the environment), the settings file taken
 * from {@code PRECOMMIT_MAVEN_SETTINGS}, and artifacts reused offline from the store. No network:
 * the mirror is a loopback server serving a jar the test compiles.
 */
class JvmMavenSettingsE2ETest {
  @TempDir Path temp;

  private static String config(String language, String entry) {
    return JvmLanguageE2ETest.localHook(
            "hello", language, entry, MavenMirror.COORDINATES, "        verbose: true\n")
        .replace("types: [java]", "files: \\.txt$");
  }

  @Test
  void mirrorWithCredentialsFromSettingsServesTheToolAndTheStoreServesItOffline()
      throws IOException {
    try (MavenMirror mirror = MavenMirror.start(temp.resolve("mirror"))) {
      TestRepo repo =
          JvmLanguageE2ETest.repoWith(
              temp.resolve("user"), config("jvm", "hello.Hello"), "a.txt", "x\n");
      repo.write("../home/.m2/settings.xml", mirror.settingsXml("${env.MIRROR_PASSWORD}"));
      repo.setEnv("MIRROR_PASSWORD", MavenMirror.PASSWORD);

      CliResult first = repo.run("run", "--all-files");
      assertEquals(0, first.exitCode(), first::toString);
      assertTrue(first.stdout().contains("hello from the mirror a.txt"), first::toString);
      assertTrue(mirror.served.get() >= 2, "jar and pom through the mirror");

      mirror.close();
      // a new environment (coursier, same tool) resolves from the store with the mirror gone
      repo.write(".pre-commit-config.yaml", config("coursier", "hello"));
      repo.git("add", "-A");
      CliResult second = repo.run("run", "--all-files");
      assertEquals(0, second.exitCode(), second::toString);
      assertTrue(second.stdout().contains("Installing environment"), second::toString);
      assertTrue(second.stdout().contains("hello from the mirror a.txt"), second::toString);
    }
  }

  @Test
  void settingsFileFromTheEnvironmentOverridesTheUsersAndWrongCredentialsFailClearly()
      throws IOException {
    try (MavenMirror mirror = MavenMirror.start(temp.resolve("mirror"))) {
      TestRepo repo =
          JvmLanguageE2ETest.repoWith(
              temp.resolve("user"), config("jvm", "hello.Hello"), "a.txt", "x\n");
      repo.write("../home/.m2/settings.xml", mirror.settingsXml("wrong"));

      CliResult refused = repo.run("run", "--all-files");
      assertEquals(1, refused.exitCode(), refused::toString);
      assertTrue(
          refused
              .stdout()
              .contains(
                  "An error has occurred: FatalError: cannot resolve " + MavenMirror.COORDINATES),
          refused::toString);
      assertTrue(refused.stdout().contains("401"), refused::toString);

      repo.write("../other-settings.xml", mirror.settingsXml(MavenMirror.PASSWORD));
      repo.setEnv("PRECOMMIT_MAVEN_SETTINGS", temp.resolve("user/other-settings.xml").toString());
      CliResult ok = repo.run("run", "--all-files");
      assertEquals(0, ok.exitCode(), ok::toString);
      assertTrue(ok.stdout().contains("hello from the mirror a.txt"), ok::toString);
    }
  }

  @Test
  void withoutProxiesInTheSettingsTheHttpProxyVariableIsUsed() throws IOException {
    try (MavenMirror mirror = MavenMirror.start(temp.resolve("mirror"))) {
      TestRepo repo =
          JvmLanguageE2ETest.repoWith(
              temp.resolve("user"), config("jvm", "hello.Hello"), "a.txt", "x\n");
      // the mirror's host does not resolve: only the proxy (the loopback server) can reach it
      repo.write(
          "../home/.m2/settings.xml",
          mirror
              .settingsXml(MavenMirror.PASSWORD)
              .replace(mirror.url(), "http://maven.invalid/repo/"));
      repo.setEnv("http_proxy", mirror.url().replace("/repo/", ""));
      repo.setEnv("no_proxy", "localhost,.example.com");
      CliResult r = repo.run("run", "--all-files");
      assertEquals(0, r.exitCode(), r::toString);
      assertTrue(r.stdout().contains("hello from the mirror a.txt"), r::toString);
    }
  }

  /** A hook repository's coursier app descriptor, with a {@code latest.stable} version. */
  @Test
  void coursierChannelDescriptorIsInstalledUnderItsFileName() throws IOException {
    try (MavenMirror mirror = MavenMirror.start(temp.resolve("mirror"))) {
      HookRepoFixture hooks =
          HookRepoFixture.create(
              temp.resolve("hooks"),
              Map.of(
                  ".pre-commit-channel/say-hello.json",
                  "{\n  \"repositories\": [\"central\"],\n  \"dependencies\": [\n"
                      + "    \"test.tools:hello:latest.stable\"\n  ],\n"
                      + "  \"javaOptions\": [\"-Xss2m\"], \"properties\": {\"k\": \"v\"}\n}\n",
                  ".pre-commit-hooks.yaml",
                  "-   id: say-hello\n    name: say-hello\n    entry: say-hello\n"
                      + "    language: coursier\n    args: [Hello, World]\n"
                      + "    verbose: true\n"));
      TestRepo repo =
          JvmLanguageE2ETest.repoWith(
              temp.resolve("user"), hooks.config("say-hello", ""), "a.txt", "x\n");
      repo.write("../home/.m2/settings.xml", mirror.settingsXml(MavenMirror.PASSWORD));
      CliResult r = repo.run("run", "--all-files");
      assertEquals(0, r.exitCode(), r::toString);
      assertTrue(r.stdout().contains("hello from the mirror Hello World "), r::toString);
    }
  }
}
