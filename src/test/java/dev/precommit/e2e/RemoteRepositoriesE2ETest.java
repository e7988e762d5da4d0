package dev.precommit.e2e;

import static dev.precommit.e2e.RemoteAssertions.config;
import static dev.precommit.e2e.RemoteAssertions.consumer;
import static dev.precommit.e2e.RemoteAssertions.entries;
import static dev.precommit.e2e.RemoteAssertions.entry;
import static dev.precommit.e2e.RemoteAssertions.entryDir;
import static dev.precommit.e2e.RemoteAssertions.normalise;
import static dev.precommit.e2e.RemoteAssertions.store;
import static dev.precommit.e2e.RemoteAssertions.verboseBashHook;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hook repositories fetched for real over every transport precommit supports without ssh: a {@code
 * git daemon} (git://), smart HTTP ({@code git http-backend} behind a JDK HTTP server), {@code
 * file://} URLs and local paths (absolute and relative to the repository root), at every kind of
 * rev. Servers listen on loopback ports and live as long as this class.
 */
class RemoteRepositoriesE2ETest {
  @TempDir static Path shared;

  private static TestRepo fixtures;
  private static HookRepo hooks;
  private static Path served;
  private static GitDaemon daemon;
  private static GitHttpServer http;

  /** v1.0.0 (tag) -> middle (reachable only from main) -> main tip (annotated tag v2.0.0). */
  private static String tagged;

  private static String middle;
  private static String tip;

  @TempDir Path temp;

  @BeforeAll
  static void serve() {
    fixtures = TestRepo.plainDirectory(shared.resolve("fixtures"));
    hooks = HookRepo.scriptHooks(fixtures, shared.resolve("hooks"));
    tagged = hooks.head();
    hooks.write("CHANGES", "middle\n");
    middle = hooks.commit("middle");
    hooks.write("CHANGES", "tip\n");
    tip = hooks.commit("tip");
    hooks.annotatedTag("v2.0.0", java.time.Instant.parse("2026-02-01T00:00:00Z"));
    served = shared.resolve("srv");
    hooks.bareClone(served.resolve("hooks.git"));
    makeSubmoduleRepos();
    daemon = GitDaemon.start(served);
    http = GitHttpServer.start(served);
  }

  /** srv/sub.git holds a tool; srv/withsub.git uses it as submodule {@code sub} (relative URL). */
  private static void makeSubmoduleRepos() {
    HookRepo sub = HookRepo.init(fixtures, shared.resolve("sub"));
    sub.script("tool.sh", "#!/usr/bin/env bash\necho \"from the submodule: $*\"\n");
    sub.commit("tool");
    Path subBare = sub.bareClone(served.resolve("sub.git"));
    HookRepo parent = HookRepo.init(fixtures, shared.resolve("withsub"));
    parent.write(
        ".pre-commit-hooks.yaml",
        "-   id: sub_hook\n    name: Submodule hook\n    entry: sub/tool.sh\n    language: script\n");
    parent.git(
        "-c", "protocol.file.allow=always", "submodule", "add", "-q", subBare.toString(), "sub");
    parent.git("config", "-f", ".gitmodules", "submodule.sub.url", "../sub.git");
    parent.commit("with a submodule");
    parent.tag("v1.0.0");
    parent.bareClone(served.resolve("withsub.git"));
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

  enum Transport {
    GIT_DAEMON,
    HTTP,
    FILE_URL,
    ABSOLUTE_PATH,
    RELATIVE_PATH
  }

  enum RevKind {
    TAG,
    ANNOTATED_TAG,
    BRANCH,
    FULL_SHA,
    ABBREVIATED_SHA
  }

  static Stream<Arguments> transportsAndRevs() {
    List<Arguments> all = new ArrayList<>();
    for (Transport t : Transport.values()) {
      for (RevKind r : RevKind.values()) {
        all.add(Arguments.of(t, r));
      }
    }
    return all.stream();
  }

  private static String url(Transport transport) {
    return switch (transport) {
      case GIT_DAEMON -> daemon.url("hooks.git");
      case HTTP -> http.url("hooks.git");
      case FILE_URL -> "file://" + served.resolve("hooks.git");
      case ABSOLUTE_PATH -> hooks.dir().toString();
      case RELATIVE_PATH -> "RELATIVE";
    };
  }

  private static String rev(RevKind kind) {
    return switch (kind) {
      case TAG -> "v1.0.0";
      case ANNOTATED_TAG -> "v2.0.0";
      case BRANCH -> "main";
      case FULL_SHA -> middle;
      case ABBREVIATED_SHA -> middle.substring(0, 10);
    };
  }

  private static String commitOf(RevKind kind) {
    return switch (kind) {
      case TAG -> tagged;
      case BRANCH, ANNOTATED_TAG -> tip;
      case FULL_SHA, ABBREVIATED_SHA -> middle;
    };
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("transportsAndRevs")
  void everyTransportAndRevKindIsFetchedOnceThenReused(Transport transport, RevKind kind) {
    Path base = temp.resolve("c");
    String repo = url(transport);
    if (transport == Transport.RELATIVE_PATH) {
      repo = base.resolve("repo").relativize(hooks.dir()).toString();
      assertTrue(repo.startsWith(".."), repo);
    }
    TestRepo consumer = consumer(base, config(repo, rev(kind), verboseBashHook()));
    String hookOutput =
        "Bash hook................................................................Passed\n"
            + "- hook id: bash_hook\n- duration: <t>s\n\nbar\nHello World\n\n";

    CliResult first = consumer.run("run", "--files", "bar");
    assertEquals(0, first.exitCode(), first::toString);
    String warning = kind == RevKind.BRANCH ? mutableRevWarning(repo) : "";
    assertEquals(
        warning + "[INFO] Initializing environment for " + repo + ".\n" + hookOutput,
        normalise(first));

    Path store = store(consumer);
    List<String> entries = entries(store);
    assertEquals(1, entries.size(), entries::toString);
    List<String> recorded = entry(store, entries.get(0));
    assertEquals(List.of(repo, rev(kind), commitOf(kind)), recorded);
    Path checkout = entryDir(store, entries.get(0));
    assertEquals(
        commitOf(kind),
        consumer.exec(checkout, List.of("git", "rev-parse", "HEAD")).stdout().strip());

    CliResult second = consumer.run("run", "--files", "bar");
    assertEquals(0, second.exitCode(), second::toString);
    assertEquals(warning + hookOutput, normalise(second), "the second run reuses the entry");
    assertEquals(entries, entries(store));
  }

  private static String mutableRevWarning(String repo) {
    return "[WARNING] The 'rev' field of repo '"
        + repo
        + "' appears to be a mutable reference (moving tag / branch).  Mutable references are"
        + " never updated after first install and are not supported.  See"
        + " https://pre-commit.com/#using-the-latest-version-for-a-repository for more details. "
        + " Hint: `pre-commit autoupdate` often fixes this.\n";
  }

  @Test
  void aHookRepositoryWithASubmoduleIsCheckedOutRecursively() {
    String repo = daemon.url("withsub.git");
    TestRepo consumer =
        consumer(temp, config(repo, "v1.0.0", "    -   id: sub_hook\n        verbose: true\n"));
    CliResult r = consumer.run("run", "--files", "bar");
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(
        "[INFO] Initializing environment for "
            + repo
            + ".\n"
            + "Submodule hook...........................................................Passed\n"
            + "- hook id: sub_hook\n- duration: <t>s\n\nfrom the submodule: bar\n\n",
        normalise(r));
  }

  @Test
  void insteadOfInTheGlobalGitConfigPointsAPublicUrlAtTheLocalServer() {
    String publicUrl = "https://github.com/x/y";
    TestRepo consumer = consumer(temp, config(publicUrl, "v1.0.0", verboseBashHook()));
    consumer.git("config", "--global", "url." + http.url("hooks.git") + ".insteadOf", publicUrl);
    int before = http.requests();
    CliResult r = consumer.run("run", "--files", "bar");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(
        r.stdout().startsWith("[INFO] Initializing environment for " + publicUrl + ".\n"),
        r::toString);
    assertTrue(r.stdout().contains("\nbar\nHello World\n"), r::toString);
    assertTrue(http.requests() > before, "fetched from the local server");
    assertEquals(publicUrl, entry(store(consumer), entries(store(consumer)).get(0)).get(0));
  }

  @Test
  void aPathRelativeToTheRepositoryRootWorksFromASubdirectory() {
    Path base = temp.resolve("c");
    String relative = base.resolve("repo").relativize(hooks.dir()).toString();
    TestRepo consumer = consumer(base, config(relative, "v1.0.0", verboseBashHook()));
    consumer.write("sub/dir/x", "x\n");
    CliResult r = consumer.runIn(consumer.root().resolve("sub/dir"), "run", "--files", "x");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.stdout().contains("\nsub/dir/x\nHello World\n"), r::toString);
  }

  @Test
  void installHooksFetchesAheadSoTheNextRunPrintsNoInitializingLine() {
    TestRepo consumer =
        consumer(temp, config(daemon.url("hooks.git"), "v1.0.0", verboseBashHook()));
    CliResult install = consumer.run("install-hooks");
    assertEquals(0, install.exitCode(), install::toString);
    assertEquals(
        "[INFO] Initializing environment for " + daemon.url("hooks.git") + ".\n", install.stdout());
    CliResult run = consumer.run("run", "--files", "bar");
    assertEquals(0, run.exitCode(), run::toString);
    assertFalse(run.stdout().contains("[INFO]"), run::toString);
    assertTrue(Files.isDirectory(store(consumer).resolve("repos")));
  }
}
