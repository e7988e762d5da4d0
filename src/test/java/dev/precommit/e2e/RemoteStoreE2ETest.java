package dev.precommit.e2e;

import static dev.precommit.e2e.RemoteAssertions.consumer;
import static dev.precommit.e2e.RemoteAssertions.entries;
import static dev.precommit.e2e.RemoteAssertions.entry;
import static dev.precommit.e2e.RemoteAssertions.store;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's life cycle: one entry per (repo, rev, additional_dependencies), {@code gc} removing
 * what no recorded config uses any more, {@code clean} removing everything.
 */
class RemoteStoreE2ETest {
  static final String MANIFEST =
      HookRepo.BASH_HOOK_MANIFEST
          + "-   id: py\n    name: Py\n    entry: foo\n    language: python\n"
          + "-   id: py-with-deps\n    name: Py with deps\n    entry: foo\n    language: python\n"
          + "    additional_dependencies: [from-manifest]\n";

  @TempDir static Path shared;
  private static HookRepo hooks;
  private static String v1;
  private static String v2;

  @TempDir Path temp;

  @BeforeAll
  static void hookRepository() {
    TestRepo fixtures = TestRepo.plainDirectory(shared.resolve("fixtures"));
    hooks = HookRepo.init(fixtures, shared.resolve("hooks"));
    hooks.write(".pre-commit-hooks.yaml", MANIFEST).script("bin/hook.sh", HookRepo.ECHO_SCRIPT);
    v1 = hooks.commit("v1");
    hooks.tag("v1.0.0");
    hooks.write("CHANGES", "2\n");
    v2 = hooks.commit("v2");
    hooks.tag("v2.0.0");
  }

  private static String config(String rev, String hooksSection) {
    return "repos:\n-   repo: "
        + hooks.dir()
        + "\n    rev: "
        + rev
        + "\n    hooks:\n"
        + hooksSection;
  }

  private static void update(TestRepo repo, String config) {
    repo.write(".pre-commit-config.yaml", config);
    repo.git("add", "-A");
  }

  /**
   * Builds the store entries of every hook. The python hooks are SKIPped: their entries are still
   * made (hooks are created before SKIP applies) but no environment is installed, which is not what
   * these tests are about. Returns only the {@code [INFO]} lines.
   */
  private static CliResult installHooks(TestRepo repo) {
    repo.setEnv("SKIP", "py,py-with-deps");
    CliResult r = repo.run("run", "--all-files");
    assertEquals(0, r.exitCode(), r::toString);
    String info =
        r.stdout()
            .lines()
            .filter(l -> l.startsWith("[INFO]"))
            .map(l -> l + "\n")
            .reduce("", String::concat);
    return new CliResult(0, info.getBytes(java.nio.charset.StandardCharsets.UTF_8), r.stderr());
  }

  @Test
  void additionalDependenciesGetASeparateEntryAndRollingForwardKeepsTheOldOne() {
    TestRepo repo =
        consumer(
            temp,
            config("v1.0.0", "    -   id: py\n        additional_dependencies: [foo==1.0]\n"));
    String src = hooks.dir().toString();
    assertEquals(
        "[INFO] Initializing environment for "
            + src
            + ".\n"
            + "[INFO] Initializing environment for "
            + src
            + ":foo==1.0.\n",
        installHooks(repo).stdout());
    Path store = store(repo);
    List<String> first = entries(store);
    assertEquals(2, first.size());
    assertEquals(
        new TreeSet<>(List.of(src + "|v1.0.0|" + v1, src + "|v1.0.0|" + v1 + "|foo==1.0")),
        new TreeSet<>(first.stream().map(e -> String.join("|", entry(store, e))).toList()));

    update(
        repo,
        config("v1.0.0", "    -   id: py\n        additional_dependencies: [foo==1.0, bar]\n"));
    assertEquals(
        "[INFO] Initializing environment for " + src + ":foo==1.0,bar.\n",
        installHooks(repo).stdout());
    assertEquals(3, entries(store).size());
    assertTrue(entries(store).containsAll(first), "the previous entries stay");

    update(repo, config("v1.0.0", "    -   id: py\n        additional_dependencies: [foo==1.0]\n"));
    assertEquals("", installHooks(repo).stdout(), "rolling back reuses the original entry");
  }

  @Test
  void gcRemovesEntriesNoRecordedConfigUses() throws IOException {
    String hooksSection = "    -   id: bash_hook\n    -   id: py-with-deps\n";
    TestRepo a = consumer(temp.resolve("a"), config("v1.0.0", hooksSection));
    Path store = store(a);
    TestRepo b = consumer(temp.resolve("b"), config("v1.0.0", "    -   id: bash_hook\n"));
    b.setEnv("PRECOMMIT_HOME", store.toString());

    installHooks(a);
    assertEquals(
        2, entries(store).size(), "the repo, and the repo with the manifest's dependencies");
    update(a, config("v2.0.0", hooksSection));
    installHooks(a);
    assertEquals(4, entries(store).size());
    Files.createDirectories(store.resolve("tmp/build-left-by-a-crash"));

    CliResult gc = a.run("gc");
    assertEquals(0, gc.exitCode(), gc::toString);
    assertEquals("2 repo(s) removed.\n", gc.stdout());
    for (String name : entries(store)) {
      assertEquals("v2.0.0", entry(store, name).get(1));
    }
    assertFalse(Files.exists(store.resolve("tmp/build-left-by-a-crash")));
    assertEquals("0 repo(s) removed.\n", a.run("gc").stdout());

    installHooks(b);
    assertEquals(3, entries(store).size());
    assertEquals("0 repo(s) removed.\n", a.run("gc").stdout(), "b's config is recorded too");

    Files.delete(b.root().resolve(".pre-commit-config.yaml"));
    assertEquals("1 repo(s) removed.\n", a.run("gc").stdout(), "b's config is gone");

    a.write(".pre-commit-config.yaml", "repos: 5\n");
    assertEquals("2 repo(s) removed.\n", a.run("gc").stdout(), "a's config no longer loads");
    assertEquals(List.of(), entries(store));
  }

  @Test
  void gcOnAStoreThatDoesNotExistRemovesNothing() {
    TestRepo repo = TestRepo.plainDirectory(temp);
    CliResult r = repo.run("gc");
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("0 repo(s) removed.\n", r.stdout());
  }

  @Test
  void cleanRemovesTheWholeStore() {
    TestRepo repo = consumer(temp, config("v1.0.0", "    -   id: bash_hook\n"));
    installHooks(repo);
    Path store = store(repo);
    assertTrue(Files.isDirectory(store));
    CliResult clean = repo.run("clean");
    assertEquals(0, clean.exitCode(), clean::toString);
    assertEquals("Cleaned " + store + ".\n", clean.stdout());
    assertFalse(Files.exists(store));

    CliResult again = repo.run("clean");
    assertEquals(0, again.exitCode(), again::toString);
    assertEquals("", again.stdout());

    CliResult run = repo.run("run", "--files", "bar");
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.stdout().startsWith("[INFO] Initializing environment for "), run::toString);
  }
}
