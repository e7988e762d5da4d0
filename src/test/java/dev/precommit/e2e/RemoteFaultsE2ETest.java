package dev.precommit.e2e;

import static dev.precommit.e2e.RemoteAssertions.assertNoSecret;
import static dev.precommit.e2e.RemoteAssertions.assertNoStackTrace;
import static dev.precommit.e2e.RemoteAssertions.assertNothingHalfWritten;
import static dev.precommit.e2e.RemoteAssertions.assertOneLineError;
import static dev.precommit.e2e.RemoteAssertions.config;
import static dev.precommit.e2e.RemoteAssertions.consumer;
import static dev.precommit.e2e.RemoteAssertions.entries;
import static dev.precommit.e2e.RemoteAssertions.entryDir;
import static dev.precommit.e2e.RemoteAssertions.store;
import static dev.precommit.e2e.RemoteAssertions.verboseBashHook;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What goes wrong between precommit and a hook repository, and that it heals: each fault gives a
 * one-line {@code An error has occurred: ...} (exit 1, no stack trace), leaves nothing half-written
 * in the store, and the same command succeeds once the fault is gone.
 */
class RemoteFaultsE2ETest {
  private static final String PASSED =
      "Bash hook................................................................Passed\n";

  @TempDir static Path shared;

  private static TestRepo fixtures;
  private static HookRepo hooks;
  private static Path served;
  private static GitDaemon daemon;
  private static GitHttpServer http;

  @TempDir Path temp;

  @BeforeAll
  static void serve() {
    fixtures = TestRepo.plainDirectory(shared.resolve("fixtures"));
    hooks = HookRepo.scriptHooks(fixtures, shared.resolve("hooks"));
    served = shared.resolve("srv");
    hooks.bareClone(served.resolve("hooks.git"));
    daemon = GitDaemon.start(served);
    http = GitHttpServer.start(served);
  }

  @AfterAll
  static void stop() {
    if (daemon != null) {
      daemon.close();
    }
    if (http != null) {
      http.close();
    }
  }

  private TestRepo consumerOf(String url, String rev) {
    return consumer(temp.resolve("c"), config(url, rev, verboseBashHook()));
  }

  private static void assertPasses(CliResult r) {
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.stdout().contains(PASSED + "- hook id: bash_hook\n"), r::toString);
    assertTrue(r.stdout().contains("\nbar\nHello World\n"), r::toString);
  }

  @Test
  void unknownHostFailsCleanlyAndWorksOnceTheNameResolves() {
    String url = "git://unknown-host.invalid/hooks.git";
    TestRepo consumer = consumerOf(url, "v1.0.0");
    CliResult r = consumer.run("run", "--files", "bar");
    assertOneLineError(
        r, "An error has occurred: FatalError: failed to fetch " + url + " at v1.0.0: ");
    assertTrue(r.stdout().contains("unknown host"), r::toString);
    assertNothingHalfWritten(store(consumer));

    // "heals": the name now leads to a server (through insteadOf, the config is unchanged)
    consumer.git("config", "--global", "url." + daemon.url("hooks.git") + ".insteadOf", url);
    assertPasses(consumer.run("run", "--files", "bar"));
    assertEquals(1, entries(store(consumer)).size());
  }

  @Test
  void refusedConnectionFailsCleanlyAndWorksOnceTheServerIsUp() {
    int port = GitDaemon.freePort();
    String url = "git://127.0.0.1:" + port + "/hooks.git";
    TestRepo consumer = consumerOf(url, "v1.0.0");
    CliResult r = consumer.run("run", "--files", "bar");
    assertOneLineError(r, "failed to fetch " + url + " at v1.0.0: ");
    assertTrue(r.stdout().toLowerCase().contains("connection refused"), r::toString);
    assertNothingHalfWritten(store(consumer));

    try (GitDaemon late = GitDaemon.start(served, port)) {
      assertPasses(consumer.run("run", "--files", "bar"));
    }
  }

  @Test
  void authenticationRequiredFailsCleanlyAndWorksWithCredentialsOrAnOpenServer() {
    try (GitHttpServer guarded = GitHttpServer.start(served).requireBasicAuth("user", "secret")) {
      String url = guarded.url("hooks.git");
      TestRepo consumer = consumerOf(url, "v1.0.0");
      CliResult r = consumer.run("run", "--files", "bar");
      assertOneLineError(r, "failed to fetch " + url + " at v1.0.0: ");
      assertTrue(r.stdout().toLowerCase().contains("auth"), r::toString);
      assertNothingHalfWritten(store(consumer));

      guarded.requireBasicAuth(null, null);
      assertPasses(consumer.run("run", "--files", "bar"));
    }
  }

  @Test
  void credentialsInTheUrlAreUsedButNeverShown() throws IOException {
    try (GitHttpServer guarded = GitHttpServer.start(served).requireBasicAuth("user", "secret")) {
      // wrong password: refused, and neither password appears anywhere
      String wrong = guarded.url("user", "not-the-secret", "hooks.git");
      TestRepo consumer = consumerOf(wrong, "v1.0.0");
      CliResult refused = consumer.run("run", "--files", "bar");
      assertOneLineError(refused, "failed to fetch http://user:***@127.0.0.1:");
      assertNoSecret(refused, store(consumer), "not-the-secret");
      assertNoSecret(refused, store(consumer), "secret");
      assertNothingHalfWritten(store(consumer));

      // right password, a mutable rev (warning names the repo) and an unknown hook id (error
      // names the repo): the password is used and never printed
      String right = guarded.url("user", "secret", "hooks.git");
      consumer.write(
          ".pre-commit-config.yaml",
          config(right, "main", verboseBashHook() + "    -   id: nope\n"));
      consumer.git("add", "-A");
      CliResult unknown = consumer.run("run", "--files", "bar");
      assertEquals(1, unknown.exitCode(), unknown::toString);
      assertTrue(
          unknown.stdout().contains("`nope` is not present in repository http://user:***@"),
          unknown::toString);
      assertTrue(
          unknown.stdout().contains("[WARNING] The 'rev' field of repo 'http://user:***@"),
          unknown::toString);
      assertNoSecret(unknown, store(consumer), "secret");

      consumer.write(".pre-commit-config.yaml", config(right, "v1.0.0", verboseBashHook()));
      consumer.git("add", "-A");
      CliResult ok = consumer.run("run", "--files", "bar");
      assertPasses(ok);
      assertTrue(
          ok.stdout().contains("[INFO] Initializing environment for http://user:***@127.0.0.1:"),
          ok::toString);
      assertNoSecret(ok, store(consumer), "secret");
      for (String name : entries(store(consumer))) {
        // the entry records the URL as configured; it stays inside the user's own store
        assertTrue(Files.isRegularFile(store(consumer).resolve("repos").resolve(name)));
      }

      // validation errors quote the repo entry
      consumer.write(
          ".pre-commit-config.yaml",
          "repos:\n-   repo: " + right + "\n    rev: 1.0\n    hooks:\n    -   id: bash_hook\n");
      consumer.git("add", "-A");
      CliResult invalid = consumer.run("run", "--files", "bar");
      assertOneLineError(invalid, "An error has occurred: InvalidConfigError: ");
      assertTrue(
          invalid.stdout().contains("==> At Repository(repo='http://user:***@127.0.0.1:"),
          invalid::toString);
      assertNoSecret(invalid, store(consumer), "secret");

      // a failing hook-repo fetch that happens after other output still masks the URL
      consumer.write(".pre-commit-config.yaml", config(right, "v9.9.9", verboseBashHook()));
      consumer.git("add", "-A");
      CliResult missing = consumer.run("run", "--files", "bar");
      assertOneLineError(
          missing, "rev v9.9.9 was not found in repository http://user:***@127.0.0.1:");
      assertNoSecret(missing, store(consumer), "secret");
    }
  }

  @Test
  void missingRevFailsCleanlyAndWorksOnceTheTagIsPushed() {
    Path bare = hooks.bareClone(temp.resolve("srv/late.git"));
    try (GitDaemon own = GitDaemon.start(temp.resolve("srv"))) {
      String url = own.url("late.git");
      TestRepo consumer = consumerOf(url, "v9.9.9");
      CliResult r = consumer.run("run", "--files", "bar");
      assertOneLineError(
          r,
          "An error has occurred: FatalError: rev v9.9.9 was not found in repository " + url + ".");
      assertNothingHalfWritten(store(consumer));

      hooks.tag("v9.9.9");
      hooks.push(bare, "refs/tags/v9.9.9");
      assertPasses(consumer.run("run", "--files", "bar"));
    }
  }

  @Test
  void aCachedEntryKeepsWorkingAfterTheRepositoryIsDeleted() throws IOException {
    Path bare = hooks.bareClone(temp.resolve("srv/doomed.git"));
    try (GitDaemon own = GitDaemon.start(temp.resolve("srv"))) {
      String url = own.url("doomed.git");
      TestRepo consumer = consumerOf(url, "v1.0.0");
      assertPasses(consumer.run("run", "--files", "bar"));
      dev.precommit.store.Store.delete(bare);

      CliResult cached = consumer.run("run", "--files", "bar");
      assertPasses(cached);
      assertFalse(cached.stdout().contains("[INFO]"), cached::toString);

      // a rev not fetched yet cannot come from a deleted repository: a clean error
      consumer.write(".pre-commit-config.yaml", config(url, hooks.head(), verboseBashHook()));
      consumer.git("add", "-A");
      CliResult gone = consumer.run("run", "--files", "bar");
      assertOneLineError(gone, "failed to fetch " + url + " at " + hooks.head() + ": ");
      assertEquals(1, entries(store(consumer)).size());
    }
  }

  @Test
  void aCorruptedEntryIsDetectedAndRebuilt() throws IOException {
    TestRepo consumer = consumerOf(daemon.url("hooks.git"), "v1.0.0");
    assertPasses(consumer.run("run", "--files", "bar"));
    Path store = store(consumer);
    String name = entries(store).get(0);
    Path checkout = entryDir(store, name);

    List<Runnable> damages =
        List.of(
            () -> delete(checkout.resolve(".git/HEAD")),
            () -> delete(checkout.resolve(".pre-commit-hooks.yaml")),
            () -> delete(checkout.resolve(".git")),
            () -> delete(checkout),
            () -> write(store.resolve("repos").resolve(name), "garbage\n"),
            () -> write(checkout.resolve(".git/HEAD"), "ref: refs/heads/elsewhere\n"));
    for (Runnable damage : damages) {
      damage.run();
      CliResult r = consumer.run("run", "--files", "bar");
      assertPasses(r);
      assertTrue(
          r.stdout()
              .startsWith("[INFO] Initializing environment for " + daemon.url("hooks.git") + ".\n"),
          r::toString);
      assertEquals(List.of(name), entries(store));
      CliResult again = consumer.run("run", "--files", "bar");
      assertPasses(again);
      assertFalse(again.stdout().contains("[INFO]"), again::toString);
    }
  }

  @Test
  void anUnwritableStoreFailsCleanlyAndWorksOnceWritable() throws IOException {
    // Tests run as root, which ignores permission bits: the store path is made a regular file
    // instead, which no process can create directories under.
    TestRepo consumer = consumerOf(daemon.url("hooks.git"), "v1.0.0");
    Path store = store(consumer);
    Files.createDirectories(store.getParent());
    Files.writeString(store, "not a directory\n");
    CliResult r = consumer.run("run", "--files", "bar");
    assertOneLineError(r, "could not write to the precommit store at " + store);
    assertNoStackTrace(r);
    assertEquals("not a directory\n", Files.readString(store));

    Files.delete(store);
    assertPasses(consumer.run("run", "--files", "bar"));
  }

  @Test
  void aStoreWhoseReposDirectoryCannotBeCreatedLeavesNoBuildBehind() throws IOException {
    TestRepo consumer = consumerOf(daemon.url("hooks.git"), "v1.0.0");
    Path store = store(consumer);
    Files.createDirectories(store);
    Files.writeString(store.resolve("repos"), "in the way\n");
    CliResult r = consumer.run("run", "--files", "bar");
    assertOneLineError(r, "could not write to the precommit store at " + store);
    try (var left = Files.list(store.resolve("tmp"))) {
      assertEquals(List.of(), left.toList(), "the half-built checkout is removed");
    }

    Files.delete(store.resolve("repos"));
    assertPasses(consumer.run("run", "--files", "bar"));
  }

  private static void delete(Path path) {
    try {
      dev.precommit.store.Store.delete(path);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void write(Path path, String text) {
    try {
      Files.writeString(path, text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
