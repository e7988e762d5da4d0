package dev.precommit.e2e;

import static dev.precommit.e2e.InstalledHook.precommit;
import static dev.precommit.e2e.RemoteAssertions.assertNoSecret;
import static dev.precommit.e2e.RemoteAssertions.assertNothingHalfWritten;
import static dev.precommit.e2e.RemoteAssertions.assertOneLineError;
import static dev.precommit.e2e.RemoteAssertions.config;
import static dev.precommit.e2e.RemoteAssertions.consumer;
import static dev.precommit.e2e.RemoteAssertions.entries;
import static dev.precommit.e2e.RemoteAssertions.store;
import static dev.precommit.e2e.RemoteAssertions.verboseBashHook;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hook repositories through the packaged jar, as separate processes: several precommit processes
 * racing for one cold store, and failures as a user's terminal shows them.
 */
class RemoteRepositoriesIT {
  @TempDir static Path shared;
  private static Path served;
  private static GitDaemon daemon;

  @TempDir Path temp;

  @BeforeAll
  static void serve() {
    // -Dtest='Remote*' also selects this class in surefire; without a packaged jar, skip
    assumeTrue(Files.isRegularFile(InstalledHook.jar()), "needs the packaged jar (mvn package)");
    TestRepo fixtures = TestRepo.plainDirectory(shared.resolve("fixtures"));
    HookRepo hooks = HookRepo.scriptHooks(fixtures, shared.resolve("hooks"));
    served = shared.resolve("srv");
    hooks.bareClone(served.resolve("hooks.git"));
    daemon = GitDaemon.start(served);
  }

  @AfterAll
  static void stop() {
    if (daemon != null) {
      daemon.close();
    }
  }

  @Test
  void fourConcurrentProcessesOnAColdStoreAllSucceedAndShareOneEntry() throws Exception {
    String url = daemon.url("hooks.git");
    Path store = temp.resolve("shared-store");
    List<TestRepo> consumers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      TestRepo repo = consumer(temp.resolve("c" + i), config(url, "v1.0.0", verboseBashHook()));
      repo.setEnv("PRECOMMIT_HOME", store.toString());
      consumers.add(repo);
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<CliResult> results = new ArrayList<>();
    try {
      List<Future<CliResult>> running = new ArrayList<>();
      for (TestRepo repo : consumers) {
        running.add(pool.submit(() -> precommit(repo, "run", "--files", "bar")));
      }
      for (Future<CliResult> f : running) {
        results.add(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    int initializing = 0;
    for (CliResult r : results) {
      assertEquals(0, r.exitCode(), r::toString);
      assertEquals("", r.stderr(), r::toString);
      assertTrue(r.stdout().contains("\nbar\nHello World\n"), r::toString);
      for (String line : r.stdout().lines().toList()) {
        if (line.startsWith("[INFO] ")) {
          assertTrue(
              line.equals("[INFO] Initializing environment for " + url + ".")
                  || line.equals("[INFO] Locking pre-commit directory"),
              line);
        }
      }
      initializing += r.stdout().contains("[INFO] Initializing environment") ? 1 : 0;
    }
    assertEquals(1, initializing, "exactly one process fetches: " + results);
    assertEquals(1, entries(store).size(), entries(store)::toString);
    try (Stream<Path> left = Files.list(store.resolve("tmp"))) {
      assertEquals(List.of(), left.toList());
    }

    CliResult again = precommit(consumers.get(0), "run", "--files", "bar");
    assertEquals(0, again.exitCode(), again::toString);
    assertFalse(again.stdout().contains("[INFO]"), again::toString);
  }

  @Test
  void aFetchFailureIsOneLineOnTheTerminalAndTheRetryWorks() {
    int port = GitDaemon.freePort();
    String url = "git://127.0.0.1:" + port + "/hooks.git";
    TestRepo repo = consumer(temp, config(url, "v1.0.0", verboseBashHook()));
    CliResult r = precommit(repo, "run", "--files", "bar");
    assertOneLineError(
        r, "An error has occurred: FatalError: failed to fetch " + url + " at v1.0.0: ");
    assertEquals("", r.stderr(), "nothing from JGit or the JVM on stderr");
    assertNothingHalfWritten(store(repo));

    try (GitDaemon late = GitDaemon.start(served, port)) {
      CliResult ok = precommit(repo, "run", "--files", "bar");
      assertEquals(0, ok.exitCode(), ok::toString);
      assertTrue(ok.stdout().contains("\nbar\nHello World\n"), ok::toString);
    }
  }

  @Test
  void credentialsNeverReachTheTerminalOrTheLog() {
    try (GitHttpServer guarded = GitHttpServer.start(served).requireBasicAuth("user", "secret")) {
      TestRepo repo =
          consumer(
              temp,
              config(
                  guarded.url("user", "wrong-secret", "hooks.git"), "v1.0.0", verboseBashHook()));
      CliResult refused = precommit(repo, "run", "--files", "bar");
      assertOneLineError(refused, "failed to fetch http://user:***@127.0.0.1:");
      assertNoSecret(refused, store(repo), "secret");

      repo.write(
          ".pre-commit-config.yaml",
          config(guarded.url("user", "secret", "hooks.git"), "v1.0.0", verboseBashHook()));
      repo.git("add", "-A");
      CliResult ok = precommit(repo, "run", "--files", "bar");
      assertEquals(0, ok.exitCode(), ok::toString);
      assertNoSecret(ok, store(repo), "secret");
    }
  }

  @Test
  void anUnwritableStoreIsOneLineWithoutAStackTrace() throws Exception {
    TestRepo repo = consumer(temp, config(daemon.url("hooks.git"), "v1.0.0", verboseBashHook()));
    Path store = store(repo);
    Files.createDirectories(store.getParent());
    Files.writeString(store, "in the way\n");
    CliResult r = precommit(repo, "run", "--files", "bar");
    assertOneLineError(r, "could not write to the precommit store at " + store);
    assertEquals(
        List.of(
            "An error has occurred: FatalError: could not write to the precommit store at "
                + store
                + ": "
                + store
                + " exists and is not a directory",
            "Failed to write to log at " + store.resolve("precommit.log")),
        r.stdout().lines().toList());
  }
}
