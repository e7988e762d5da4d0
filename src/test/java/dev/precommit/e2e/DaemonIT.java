package dev.precommit.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warm JVM (docs/performance.md): installed hooks reach a per-user daemon through the C client,
 * and every way it can be missing, stale or interrupted still gives the cold run's result. Each
 * test has its own HOME, so its own daemon; the class archive and client are built once per class.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class DaemonIT {
  private static final long WAIT_MS = 60_000;

  /** The hook records which JVM started it: the daemon's command line has {@code __daemon}. */
  private static final String PARENT_HOOK =
      """
      #!/bin/sh
      line=$(tr '\\0' ' ' < /proc/$PPID/cmdline)
      echo "$line" >> "$PARENTS"  # one write: concurrent hooks append whole lines
      echo "hook output to stdout"
      echo "hook output to stderr" >&2
      exit "${HOOK_EXIT:-0}"
      """;

  @TempDir static Path cache;
  @TempDir Path tmp;
  private final List<Long> daemons = new ArrayList<>();

  @AfterEach
  void stopDaemons() {
    for (long pid : daemons) {
      ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }
  }

  @Test
  void firstCommitStartsTheDaemonAndTheNextOnesRunInIt() throws Exception {
    TestRepo repo = repoWithParentHook(tmp.resolve("a"), InstalledHook.jar());
    commitOk(repo, "one");
    long pid = awaitDaemon(repo);
    commitOk(repo, "two");
    commitOk(repo, "three");
    List<String> parents = parents(repo);
    assertEquals(3, parents.size(), parents::toString);
    assertTrue(parents.get(0).contains("hook-impl"), "first commit runs cold: " + parents);
    assertTrue(parents.get(1).contains("__daemon"), "second commit runs warm: " + parents);
    assertTrue(parents.get(2).contains("__daemon"), "third commit runs warm: " + parents);
    assertEquals(pid, daemonPid(repo), "the same daemon serves both");
    Path dir = socketDir(repo);
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
  }

  @Test
  void warmOutputAndExitCodesAreByteIdenticalToCold() throws Exception {
    TestRepo repo = repoWithParentHook(tmp.resolve("a"), InstalledHook.jar());
    commitOk(repo, "start the daemon");
    awaitDaemon(repo);
    repo.write("a.txt", "changed\n");
    repo.git("add", "a.txt");
    for (String exit : List.of("0", "1", "3")) {
      repo.setEnv("HOOK_EXIT", exit);
      CliResult warm = runHook(repo, false);
      CliResult cold = runHook(repo, true);
      assertEquals(Integer.parseInt(exit) == 0 ? 0 : 1, cold.exitCode(), cold::toString);
      assertEquals(cold.exitCode(), warm.exitCode(), warm::toString);
      assertArrayEquals(timeless(cold), timeless(warm), warm::toString);
      assertEquals(cold.stderr(), warm.stderr());
    }
    repo.env().remove("HOOK_EXIT");
    // an error path: an invalid config (exit 1 with pre-commit's message)
    repo.write(".pre-commit-config.yaml", "repos: [\n");
    repo.git("add", ".pre-commit-config.yaml");
    CliResult warm = runHook(repo, false);
    CliResult cold = runHook(repo, true);
    assertEquals(1, cold.exitCode(), cold::toString);
    assertEquals(cold.exitCode(), warm.exitCode());
    assertEquals(cold.stdout(), warm.stdout());
    assertEquals(cold.stderr(), warm.stderr());
    List<String> parents = parents(repo);
    assertEquals(7, parents.size(), parents::toString);
    for (int i = 1; i < 7; i += 2) {
      assertTrue(parents.get(i).contains("__daemon"), "warm run " + i + ": " + parents);
      assertTrue(parents.get(i + 1).contains("hook-impl"), "cold run " + i + ": " + parents);
    }
  }

  @Test
  void theInstalledLauncherRunsRunWarmWithTheColdRunsOutput() throws Exception {
    TestRepo repo = repoWithParentHook(tmp.resolve("a"), InstalledHook.jar());
    Path launcher = tmp.resolve("prefix/bin/precommit");
    Files.createDirectories(launcher.getParent());
    exec(
        repo,
        repo.root(),
        java(),
        "-jar",
        InstalledHook.jar().toString(),
        "__write-launcher",
        launcher.toString());
    commitOk(repo, "start the daemon");
    awaitDaemon(repo);
    for (String exit : List.of("0", "1")) {
      repo.setEnv("HOOK_EXIT", exit);
      CliResult warm = repo.exec(repo.root(), List.of(launcher.toString(), "run", "--all-files"));
      repo.setEnv("PRECOMMIT_NO_DAEMON", "1");
      CliResult cold = repo.exec(repo.root(), List.of(launcher.toString(), "run", "--all-files"));
      repo.env().remove("PRECOMMIT_NO_DAEMON");
      assertEquals(exit.equals("0") ? 0 : 1, cold.exitCode(), cold::toString);
      assertEquals(cold.exitCode(), warm.exitCode(), warm::toString);
      assertArrayEquals(timeless(cold), timeless(warm), warm::toString);
      assertEquals(cold.stderr(), warm.stderr());
    }
    repo.env().remove("HOOK_EXIT");
    // other commands stay cold: they may prompt or rewrite files
    CliResult version = repo.exec(repo.root(), List.of(launcher.toString(), "--version"));
    assertEquals(0, version.exitCode(), version::toString);
    List<String> parents = parents(repo);
    assertEquals(5, parents.size(), parents::toString);
    for (int i = 1; i < 5; i += 2) {
      assertTrue(parents.get(i).contains("__daemon"), "warm run " + i + ": " + parents);
      assertTrue(parents.get(i + 1).contains(" run --all-files"), "cold run " + i + ": " + parents);
    }
  }

  @Test
  void aDaemonWhoseJarChangedOnDiskRefusesAndIsReplaced() throws Exception {
    Path jar = tmp.resolve("install/precommit.jar");
    Files.createDirectories(jar.getParent());
    Files.copy(InstalledHook.jar(), jar, StandardCopyOption.COPY_ATTRIBUTES);
    TestRepo repo = repoWithParentHook(tmp.resolve("a"), jar);
    commitOk(repo, "one");
    long old = awaitDaemon(repo);
    commitOk(repo, "two");
    // an upgrade in place: same name, size and mtime, a new file
    Path next = tmp.resolve("install/precommit.jar.new");
    Files.copy(InstalledHook.jar(), next, StandardCopyOption.COPY_ATTRIBUTES);
    Files.move(next, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    commitOk(repo, "three");
    awaitExit(old);
    commitOk(repo, "four");
    long fresh = awaitDaemon(repo);
    assertNotEquals(old, fresh);
    commitOk(repo, "five");
    List<String> parents = parents(repo);
    assertEquals(5, parents.size(), parents::toString);
    assertTrue(parents.get(1).contains("__daemon"), parents::toString);
    assertTrue(parents.get(2).contains("hook-impl"), "the stale daemon refused: " + parents);
    assertTrue(parents.get(4).contains("__daemon"), "a fresh daemon serves: " + parents);
  }

  @Test
  void aDeadDaemonsSocketFallsBackToColdAndANewDaemonTakesOver() throws Exception {
    TestRepo repo = repoWithParentHook(tmp.resolve("a"), InstalledHook.jar());
    commitOk(repo, "one");
    long old = awaitDaemon(repo);
    ProcessHandle.of(old).orElseThrow().destroyForcibly();
    awaitExit(old);
    assertTrue(Files.exists(socket(repo)), "a SIGKILLed daemon leaves its socket file");
    commitOk(repo, "two");
    long fresh = awaitDaemon(repo);
    assertNotEquals(old, fresh);
    commitOk(repo, "three");
    List<String> parents = parents(repo);
    assertTrue(parents.get(1).contains("hook-impl"), "dead socket: cold run " + parents);
    assertTrue(parents.get(2).contains("__daemon"), parents::toString);
  }

  @Test
  void optOutRunsCold() throws Exception {
    TestRepo repo = repoWithParentHook(tmp.resolve("a"), InstalledHook.jar());
    repo.setEnv("PRECOMMIT_NO_DAEMON", "1");
    commitOk(repo, "one");
    commitOk(repo, "two");
    assertFalse(Files.exists(socketDir(repo)), "no daemon was started");
    assertTrue(parents(repo).stream().allMatch(p -> p.contains("hook-impl")));
  }

  @Test
  void twoRepositoriesCommitAtOnceThroughOneDaemon() throws Exception {
    TestRepo repo = repoWithParentHook(tmp.resolve("a"), InstalledHook.jar());
    Path second = tmp.resolve("a/second");
    Files.createDirectories(second);
    repo.exec(second, List.of("git", "init", "-q"));
    Files.copy(
        repo.root().resolve(".pre-commit-config.yaml"), second.resolve(".pre-commit-config.yaml"));
    Files.writeString(second.resolve("b.txt"), "b\n");
    exec(repo, second, "git", "add", "-A");
    exec(repo, second, java(), "-jar", InstalledHook.jar().toString(), "install");
    commitOk(repo, "start the daemon");
    long pid = awaitDaemon(repo);
    repo.setEnv("HOOK_SLEEP", "1");
    repo.write("a.txt", "concurrent\n");
    repo.git("add", "a.txt");
    Process first = startCommit(repo, repo.root(), tmp.resolve("first.out"));
    Process other = startCommit(repo, second, tmp.resolve("second.out"));
    assertTrue(first.waitFor(WAIT_MS, TimeUnit.MILLISECONDS));
    assertTrue(other.waitFor(WAIT_MS, TimeUnit.MILLISECONDS));
    assertEquals(0, first.exitValue(), Files.readString(tmp.resolve("first.out")));
    assertEquals(0, other.exitValue(), Files.readString(tmp.resolve("second.out")));
    List<String> parents = parents(repo);
    assertEquals(3, parents.size(), parents::toString);
    assertTrue(parents.get(1).contains("__daemon") && parents.get(2).contains("__daemon"));
    assertEquals(pid, daemonPid(repo));
  }

  @Test
  void ctrlCDuringAWarmRunRestoresTheUnstagedWork() throws Exception {
    interruptDuringAWarmRun("INT");
  }

  @Test
  void sigtermDuringAWarmRunRestoresTheUnstagedWork() throws Exception {
    interruptDuringAWarmRun("TERM");
  }

  private void interruptDuringAWarmRun(String signal) throws Exception {
    TestRepo repo = repoWithParentHook(tmp.resolve("a"), InstalledHook.jar());
    commitOk(repo, "start the daemon");
    long daemon = awaitDaemon(repo);
    Path started = tmp.resolve("started");
    Path ranAfter = tmp.resolve("ran-after-interrupt");
    Path sleeper = tmp.resolve("sleeper.sh");
    Files.writeString(
        sleeper,
        "#!/bin/sh\necho $$ > \"$1.tmp\"; mv \"$1.tmp\" \"$1\"\nexec sleep 600\n",
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(sleeper, PosixFilePermissions.fromString("rwxr-xr-x"));
    repo.write(
        ".pre-commit-config.yaml",
        "repos:\n-   repo: local\n    hooks:\n"
            + "    -   id: sleeper\n        name: sleeper\n        entry: "
            + sleeper
            + " "
            + started
            + "\n        language: system\n        pass_filenames: false\n"
            + "    -   id: after\n        name: after\n        entry: touch "
            + ranAfter
            + "\n        language: system\n        pass_filenames: false\n");
    repo.write("a.txt", "staged\n");
    repo.git("add", "-A");
    repo.write("a.txt", "staged\nunstaged work\n");
    Path out = tmp.resolve("commit.out");
    Process commit = startCommit(repo, repo.root(), out);
    long sleeperPid = awaitStarted(started, commit, out);
    ProcessHandle client =
        commit.children().findFirst().orElseGet(() -> fail("no hook process under git commit"));
    assertTrue(
        client.info().command().orElse("").endsWith("-client"),
        "the hook runs through the client: " + client.info());
    Process kill =
        new ProcessBuilder("kill", "-s", signal, Long.toString(client.pid())).inheritIO().start();
    assertEquals(0, kill.waitFor());
    assertTrue(commit.waitFor(WAIT_MS, TimeUnit.MILLISECONDS), "git commit ended");
    String output = Files.readString(out, StandardCharsets.UTF_8);
    assertNotEquals(0, commit.exitValue(), output);
    assertTrue(output.contains("Interrupted (^C): KeyboardInterrupt: "), output);
    assertEquals(
        "staged\nunstaged work\n", repo.read("a.txt"), "unstaged work restored\n" + output);
    assertEquals("staged\n", repo.git("show", ":a.txt"), "index kept");
    assertFalse(Files.exists(ranAfter), "no hook runs after the interrupt");
    long deadline = System.currentTimeMillis() + WAIT_MS;
    while (ProcessHandle.of(sleeperPid).map(ProcessHandle::isAlive).orElse(false)
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
    assertFalse(
        ProcessHandle.of(sleeperPid).map(ProcessHandle::isAlive).orElse(false),
        "the interrupted hook's process was stopped");
    assertTrue(ProcessHandle.of(daemon).map(ProcessHandle::isAlive).orElse(false), "daemon lives");
    // and the daemon still serves
    repo.write(".pre-commit-config.yaml", config(tmp.resolve("hook.sh")));
    repo.git("add", "-A");
    commitOk(repo, "after the interrupt");
  }

  // ---------------------------------------------------------------------------------------------

  private TestRepo repoWithParentHook(Path base, Path jar) throws IOException {
    TestRepo repo = TestRepo.init(base);
    repo.env().remove("PRECOMMIT_NO_TRAIN");
    repo.env().remove("PRECOMMIT_NO_DAEMON");
    repo.setEnv("XDG_CACHE_HOME", cache.toString());
    repo.setEnv("XDG_RUNTIME_DIR", tmp.resolve("rt").toString());
    repo.setEnv("PRECOMMIT_DAEMON_IDLE_SECONDS", "120");
    repo.setEnv("PARENTS", tmp.resolve("parents.txt").toString());
    Files.createDirectories(tmp.resolve("rt"));
    Path hook = tmp.resolve("hook.sh");
    Files.writeString(
        hook, PARENT_HOOK.replace("exit", "[ -n \"$HOOK_SLEEP\" ] && sleep \"$HOOK_SLEEP\"\nexit"));
    Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
    repo.write(".pre-commit-config.yaml", config(hook));
    repo.write("a.txt", "a\n");
    repo.git("add", "-A");
    repo.git("commit", "-q", "--no-verify", "-m", "init");
    CliResult install = repo.exec(repo.root(), List.of(java(), "-jar", jar.toString(), "install"));
    assertEquals(0, install.exitCode(), install::toString);
    return repo;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String config(Path hook) {
    return "repos:\n-   repo: local\n    hooks:\n    -   id: parent\n        name: parent\n"
        + "        entry: "
        + hook
        + "\n        language: system\n        pass_filenames: false\n        verbose: true\n";
  }

  private void commitOk(TestRepo repo, String message) {
    repo.write("a.txt", message + "\n");
    repo.git("add", "a.txt");
    CliResult r = repo.exec(repo.root(), List.of("git", "commit", "-q", "-m", message));
    assertEquals(0, r.exitCode(), r::toString);
  }

  /** stdout's bytes with the hook's duration (the only thing that may differ) blanked. */
  private static byte[] timeless(CliResult r) {
    return new String(r.stdoutBytes(), StandardCharsets.ISO_8859_1)
        .replaceAll("- duration: [0-9.]+s", "- duration: <t>s")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  private static CliResult runHook(TestRepo repo, boolean cold) {
    if (cold) {
      repo.setEnv("PRECOMMIT_NO_DAEMON", "1");
    }
    try {
      return repo.exec(repo.root(), List.of(".git/hooks/pre-commit"));
    } finally {
      repo.env().remove("PRECOMMIT_NO_DAEMON");
    }
  }

  private List<String> parents(TestRepo repo) throws IOException {
    return Files.readAllLines(Path.of(repo.env().get("PARENTS"))).stream()
        .filter(l -> !l.isBlank())
        .toList();
  }

  private Path socketDir(TestRepo repo) {
    return Path.of(repo.env().get("XDG_RUNTIME_DIR"), "precommit");
  }

  private Path socket(TestRepo repo) throws IOException {
    try (Stream<Path> files = Files.list(socketDir(repo))) {
      return files
          .filter(p -> p.toString().endsWith(".sock"))
          .findFirst()
          .orElseGet(() -> fail("no socket in " + socketDir(repo)));
    }
  }

  /** Waits until a daemon serves (its socket exists and its log names its pid); returns the pid. */
  private long awaitDaemon(TestRepo repo) throws Exception {
    long deadline = System.currentTimeMillis() + WAIT_MS;
    while (System.currentTimeMillis() < deadline) {
      Optional<Long> pid = servingPid(repo);
      if (pid.isPresent()) {
        daemons.add(pid.get());
        return pid.get();
      }
      Thread.sleep(50);
    }
    return fail("no daemon started in " + socketDir(repo));
  }

  private long daemonPid(TestRepo repo) throws IOException {
    return servingPid(repo).orElseGet(() -> fail("no daemon serving"));
  }

  private Optional<Long> servingPid(TestRepo repo) throws IOException {
    Path dir = socketDir(repo);
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path log : files.filter(p -> p.toString().endsWith(".log")).toList()) {
        Matcher m =
            Pattern.compile("serving on (\\S+) \\(pid (\\d+)\\)").matcher(Files.readString(log));
        long pid = -1;
        while (m.find()) {
          pid = Long.parseLong(m.group(2));
        }
        if (pid > 0
            && Files.exists(Path.of(log.toString().replaceAll("\\.log$", ".sock")))
            && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
          return Optional.of(pid);
        }
      }
    }
    return Optional.empty();
  }

  private static void awaitExit(long pid) throws InterruptedException {
    long deadline = System.currentTimeMillis() + WAIT_MS;
    while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      if (System.currentTimeMillis() > deadline) {
        fail("daemon " + pid + " did not exit");
      }
      Thread.sleep(50);
    }
  }

  private static void exec(TestRepo repo, Path cwd, String... argv) {
    CliResult r = repo.exec(cwd, List.of(argv));
    assertEquals(0, r.exitCode(), r::toString);
  }

  /**
   * {@code git commit} with default SIGINT/SIGTERM handling (see StashMatrixIT), output to a file.
   */
  private static Process startCommit(TestRepo repo, Path cwd, Path out) throws IOException {
    ProcessBuilder pb =
        new ProcessBuilder(
                "perl",
                "-e",
                "$SIG{INT} = $SIG{TERM} = 'DEFAULT'; exec { $ARGV[0] } @ARGV or die \"$!\\n\"",
                "git",
                "commit",
                "-m",
                "x")
            .directory(cwd.toFile())
            .redirectInput(Redirect.from(new File("/dev/null")))
            .redirectErrorStream(true)
            .redirectOutput(out.toFile());
    pb.environment().clear();
    pb.environment().putAll(repo.env());
    return pb.start();
  }

  private static long awaitStarted(Path started, Process commit, Path out) throws Exception {
    long deadline = System.currentTimeMillis() + WAIT_MS;
    while (System.currentTimeMillis() < deadline) {
      if (Files.exists(started)) {
        return Long.parseLong(Files.readString(started, StandardCharsets.US_ASCII).strip());
      }
      if (!commit.isAlive()) {
        fail("git commit ended before the hook started:\n" + Files.readString(out));
      }
      Thread.sleep(20);
    }
    commit.destroyForcibly();
    return fail("the hook never started:\n" + Files.readString(out));
  }
}
