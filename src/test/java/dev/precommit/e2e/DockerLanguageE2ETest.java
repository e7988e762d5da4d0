package dev.precommit.e2e;

import static dev.precommit.e2e.PythonLanguageE2ETest.INSTALLING;
import static dev.precommit.e2e.PythonLanguageE2ETest.onlyEnvironment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code language: docker} and {@code docker_image} end to end against a real docker engine (which
 * {@code .ci/run} starts, with a registry on {@code localhost:5000} holding a busybox image: the
 * install's {@code docker build --pull} needs a registry to pull the base image from). These tests
 * fail, never skip, when the engine is missing.
 */
class DockerLanguageE2ETest {
  /** The base image, pushed to the local registry by {@code .ci/run}. */
  static final String BASE = "localhost:5000/busybox:1";

  @TempDir Path temp;

  @BeforeAll
  static void engineIsRunning() {
    CliResult r = docker(List.of("image", "inspect", "--format", "{{.Id}}", BASE));
    assertEquals(
        0,
        r.exitCode(),
        () -> "a docker engine with " + BASE + " is needed (start it as .ci/run does)\n" + r);
  }

  /** Removes the images the test's stores built (one tag per store entry). */
  @AfterEach
  void removeImages() throws IOException, NoSuchAlgorithmException {
    Path repos = temp.resolve("user/home/store/repos");
    if (!Files.isDirectory(repos)) {
      return;
    }
    List<String> rmi = new ArrayList<>(List.of("rmi", "--force"));
    try (Stream<Path> entries = Files.list(repos)) {
      for (Path entry : entries.toList()) {
        rmi.add(tagOf(entry));
      }
    }
    docker(rmi);
  }

  /**
   * Commits a hook repository whose image runs as another user ({@code USER 1234}): only the {@code
   * -u} of the invoking user lets the hook write into the repository, and what it writes is theirs.
   */
  private HookRepoFixture fixerRepo(String version) {
    TestRepo hooks = TestRepo.init(temp.resolve("hooks"));
    hooks.write("Dockerfile", "FROM " + BASE + "\nCOPY fix.sh /fix.sh\nUSER 1234:1234\n");
    hooks.executable(
        "fix.sh",
        "#!/bin/sh\n"
            + "echo \""
            + version
            + " in $(pwd) as $(id -u):$(id -g): $*\"\n"
            + "for f in \"$@\"; do\n"
            + "  case \"$f\" in --*) continue;; esac\n"
            + "  echo fixed > \"$f\"\n"
            + "  echo made > \"$f.made\"\n"
            + "done\n");
    hooks.write(
        ".pre-commit-hooks.yaml",
        "-   id: fix\n    name: fix in docker\n    entry: /fix.sh --flag\n"
            + "    language: docker\n    files: \\.txt$\n");
    hooks.git("add", "-A");
    hooks.git("commit", "-q", "-m", version);
    return new HookRepoFixture(hooks.root(), hooks.git("rev-parse", "HEAD").strip());
  }

  private TestRepo repoWith(String config) {
    TestRepo repo = TestRepo.init(temp.resolve("user"));
    repo.write(".pre-commit-config.yaml", config);
    repo.write("a.txt", "x\n");
    repo.git("add", "-A");
    return repo;
  }

  @Test
  void dockerHookIsBuiltOnceAndRunsAsTheInvokingUserOnFilesUnderSrc() throws Exception {
    HookRepoFixture hooks = fixerRepo("v1");
    TestRepo repo = repoWith(hooks.config("fix", ""));

    CliResult first = repo.run("run", "--all-files");
    assertEquals(1, first.exitCode(), first::toString);
    assertTrue(first.stdout().startsWith(initializingAndInstalling(hooks)), first::toString);
    UnixSystem me = new UnixSystem();
    String user = me.getUid() + ":" + me.getGid();
    assertTrue(first.stdout().contains("- files were modified by this hook"), first::toString);
    assertTrue(
        first.stdout().contains("v1 in /src as " + user + ": --flag a.txt"), first::toString);
    assertEquals("fixed\n", repo.read("a.txt"));
    Path made = repo.root().resolve("a.txt.made");
    assertEquals(me.getUid(), ((Number) Files.getAttribute(made, "unix:uid")).longValue());
    assertEquals(me.getGid(), ((Number) Files.getAttribute(made, "unix:gid")).longValue());

    Path env = onlyEnvironment(repo, "docker-default");
    assertTrue(Files.exists(env.resolve(".install_state_v2")));
    String tag = tagOf(env.getParent());
    String imageId = imageId(tag);
    CliResult label =
        docker(List.of("image", "inspect", "--format", "{{json .Config.Labels}}", tag));
    assertEquals("{\"PRE_COMMIT\":\"\"}", label.stdout().strip(), label::toString);

    CliResult second = repo.run("run", "--all-files");
    assertEquals(0, second.exitCode(), second::toString);
    assertFalse(second.stdout().contains("[INFO]"), second::toString);
    assertTrue(second.stdout().contains("fix in docker"), second::toString);
    assertEquals(imageId, imageId(tag), "the run's rebuild comes from the cache");
  }

  @Test
  void anImageRemovedByACleanupIsRebuiltWhenTheHookRuns() throws Exception {
    HookRepoFixture hooks = fixerRepo("v1");
    TestRepo repo = repoWith(hooks.config("fix", "        verbose: true\n"));
    CliResult first = repo.run("install-hooks");
    assertEquals(0, first.exitCode(), first::toString);
    String tag = tagOf(onlyEnvironment(repo, "docker-default").getParent());
    CliResult rmi = docker(List.of("rmi", tag));
    assertEquals(0, rmi.exitCode(), rmi::toString);

    CliResult run = repo.run("run", "--all-files");
    assertEquals(1, run.exitCode(), run::toString);
    assertFalse(run.stdout().contains("[INFO]"), run::toString);
    assertTrue(run.stdout().contains("v1 in /src as "), run::toString);
  }

  @Test
  void aNewRevIsANewStoreEntryWithItsOwnImage() throws Exception {
    HookRepoFixture v1 = fixerRepo("v1");
    TestRepo repo = repoWith(v1.config("fix", "        verbose: true\n"));
    CliResult first = repo.run("run", "--all-files");
    assertEquals(1, first.exitCode(), first::toString);
    assertTrue(first.stdout().contains("v1 in /src"), first::toString);
    Path v1Entry = onlyEnvironment(repo, "docker-default").getParent();

    HookRepoFixture v2 = fixerRepo("v2");
    repo.write(".pre-commit-config.yaml", v2.config("fix", ""));

    CliResult second = repo.run("run", "--all-files");
    assertTrue(second.stdout().contains(initializingAndInstalling(v2)), second::toString);
    assertEquals(0, second.exitCode(), second::toString);
    List<Path> entries = new ArrayList<>();
    try (var dirs = Files.list(v1Entry.getParent())) {
      dirs.filter(d -> Files.isDirectory(d.resolve("docker-default"))).forEach(entries::add);
    }
    assertEquals(2, entries.size(), entries::toString);
    entries.remove(v1Entry);
    String v2Tag = tagOf(entries.get(0));
    assertNotEquals(tagOf(v1Entry), v2Tag);
    assertNotEquals(imageId(tagOf(v1Entry)), imageId(v2Tag));
    CliResult v2Script = docker(List.of("run", "--rm", "--entrypoint", "cat", v2Tag, "/fix.sh"));
    assertTrue(v2Script.stdout().contains("v2 in"), v2Script::toString);
  }

  @Test
  void dockerImageHookRunsTheNamedImageWithTheRepositoryAtSrc() {
    TestRepo repo =
        repoWith(
            "repos:\n-   repo: local\n    hooks:\n    -   id: image\n        name: image\n"
                + "        entry: "
                + BASE
                + " sh -c 'echo \"in $(pwd) as $(id -u):\" \"$@\"; test -f \"$2\" && echo found' --\n"
                + "        args: [--x]\n"
                + "        language: docker_image\n        files: \\.txt$\n        verbose: true\n");

    CliResult r = repo.run("run", "--all-files");
    assertEquals(0, r.exitCode(), r::toString);
    assertFalse(r.stdout().contains("[INFO]"), r::toString);
    UnixSystem me = new UnixSystem();
    assertTrue(
        r.stdout().contains("in /src as " + me.getUid() + ": --x a.txt\nfound"), r::toString);

    // with colour the container gets a terminal (--tty), which writes CRLF line ends
    CliResult color = repo.run("run", "--all-files", "--color=always");
    assertEquals(0, color.exitCode(), color::toString);
    assertTrue(
        color.stdout().contains("in /src as " + me.getUid() + ": --x a.txt\r\nfound"),
        color::toString);
  }

  @Test
  void withoutDockerOnPathInstallSaysSoAndExits1WithoutStackTrace() throws IOException {
    HookRepoFixture hooks = fixerRepo("v1");
    TestRepo repo = repoWith(hooks.config("fix", ""));
    Path bin = Files.createDirectories(temp.resolve("bin-without-docker"));
    Files.createSymbolicLink(bin.resolve("git"), Path.of(which("git")));
    repo.setEnv("PATH", bin.toString());

    CliResult r = repo.run("install-hooks");
    assertEquals(1, r.exitCode(), r::toString);
    assertEquals(
        initializingAndInstalling(hooks)
            + "An error has occurred: FatalError: `docker` is not installed: hooks with"
            + " `language: docker` need it on PATH\n"
            + "Check the log at "
            + repo.env().get("PRECOMMIT_HOME")
            + "/precommit.log\n",
        r.stdout());
    assertEquals("", r.stderr());
    assertTrue(Files.notExists(repo.root().resolve("a.txt.made")));
  }

  @Test
  void anUnreachableEngineStopsTheRunAtTheHookWithExit1() {
    TestRepo repo =
        repoWith(
            "repos:\n-   repo: local\n    hooks:\n    -   id: image\n        name: image\n"
                + "        entry: "
                + BASE
                + " true\n        language: docker_image\n");
    Path socket = temp.resolve("no-engine.sock");
    repo.setEnv("DOCKER_HOST", "unix://" + socket);

    CliResult r = repo.run("run", "--all-files");
    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(
        r.stdout()
            .contains(
                "An error has occurred: FatalError: the docker engine is not reachable"
                    + " (`docker system info` returned 1): Cannot connect to the Docker daemon at"
                    + " unix://"
                    + socket
                    + ". Is the docker daemon running?\nCheck the log at "),
        r::toString);
    assertFalse(r.stdout().contains("\tat dev.precommit"), r::toString);
    assertEquals("", r.stderr());
  }

  @Test
  void aLanguageVersionIsAnAssertionAsInPreCommit() {
    HookRepoFixture hooks = fixerRepo("v1");
    TestRepo repo = repoWith(hooks.config("fix", "        language_version: '20'\n"));

    CliResult r = repo.run("install-hooks");
    assertEquals(3, r.exitCode(), r::toString);
    assertTrue(
        r.stdout()
            .contains(
                "An unexpected error has occurred: AssertionError: for now, pre-commit requires"
                    + " system-installed docker -- you selected `language_version: 20`\n"),
        r::toString);
  }

  private static String initializingAndInstalling(HookRepoFixture hooks) {
    return "[INFO] Initializing environment for "
        + hooks.path()
        + ".\n[INFO] Installing environment for "
        + hooks.path()
        + ".\n"
        + INSTALLING;
  }

  /** The image tag of a store entry, computed here independently: pre-commit-md5(dir name). */
  private static String tagOf(Path storeEntry) throws NoSuchAlgorithmException {
    byte[] md5 =
        MessageDigest.getInstance("MD5")
            .digest(storeEntry.getFileName().toString().getBytes(StandardCharsets.UTF_8));
    return "pre-commit-" + String.format("%032x", new BigInteger(1, md5));
  }

  private static String imageId(String tag) {
    CliResult r = docker(List.of("image", "inspect", "--format", "{{.Id}}", tag));
    assertEquals(0, r.exitCode(), r::toString);
    return r.stdout().strip();
  }

  private static CliResult docker(List<String> args) {
    List<String> argv = new ArrayList<>(List.of("docker"));
    argv.addAll(args);
    try {
      Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
      p.getOutputStream().close();
      byte[] out = p.getInputStream().readAllBytes();
      return new CliResult(p.waitFor(), out, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String which(String tool) {
    for (String dir : System.getenv("PATH").split(":")) {
      Path candidate = Path.of(dir, tool);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    throw new IllegalStateException(tool + " is not on PATH");
  }
}
