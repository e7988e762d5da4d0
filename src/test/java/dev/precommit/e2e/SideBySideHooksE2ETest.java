package dev.precommit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hooks that cannot change files run side by side (docs/performance.md). The output must be the
 * bytes a sequential run prints: each scenario runs once with {@code read_only: true} on its local
 * hooks and once with {@code read_only: false} (which runs them one after the other, as pre-commit
 * does), and the two outputs must be equal.
 */
class SideBySideHooksE2ETest {
  @TempDir Path temp;

  /** A local hook running {@code script} with {@code sh -c}; {@code RO} is replaced later. */
  private static String shHook(String id, String script, String extra) {
    return "  - id: "
        + id
        + "\n    name: "
        + id
        + "\n    entry: sh -c '"
        + script
        + "' --"
        + "\n    language: system\n    read_only: RO\n"
        + extra;
  }

  private static final String BUILTINS =
      """
      - repo: builtin
        hooks:
          - id: check-json
          - id: detect-private-key
          - id: check-yaml
      """;

  private static final String FIXER =
      """
      - repo: builtin
        hooks:
          - id: trailing-whitespace
      """;

  private String config(String localHooks, boolean readOnly, String top) {
    return top
        + "repos:\n"
        + BUILTINS
        + "- repo: local\n  hooks:\n"
        + localHooks.replace("read_only: RO", "read_only: " + readOnly)
        + FIXER
        + "- repo: local\n  hooks:\n"
        + shHook(
                "after-fixer",
                "if grep -l \" \\$\" \"$@\"; then exit 1; fi; echo checked \"$#\"",
                "    verbose: true\n    types: [text]\n")
            .replace("read_only: RO", "read_only: " + readOnly);
  }

  private TestRepo repo(String name) {
    TestRepo repo = TestRepo.init(temp.resolve(name));
    repo.write("a.json", "{\"a\": 1}\n")
        .write("b.json", "{\"a\": 1, \"a\": 2}\n")
        .write("c.yaml", "a: [\n")
        .write("d.txt", "trailing   \n")
        .write("key.pem", "-----BEGIN RSA PRIVATE KEY-----\n");
    return repo;
  }

  private CliResult run(String name, String config, String... args) {
    TestRepo repo = repo(name);
    repo.write(".pre-commit-config.yaml", config);
    repo.git("add", "-A");
    return repo.run(args);
  }

  private void assertSameAsSequential(String localHooks, String top, String... args) {
    CliResult sequential = run("sequential", config(localHooks, false, top), args);
    CliResult sideBySide = run("side-by-side", config(localHooks, true, top), args);
    assertEquals(
        normalized(sequential.stdout(), "sequential"),
        normalized(sideBySide.stdout(), "side-by-side"),
        sideBySide::toString);
    assertEquals(sequential.exitCode(), sideBySide.exitCode());
    assertEquals(sequential.stderr(), sideBySide.stderr());
  }

  private String normalized(String out, String name) {
    return RunScenariosE2ETest.durationFree(out.replace(temp.resolve(name).toString(), "<root>"));
  }

  private static final String LOCAL_HOOKS =
      shHook("passes", "echo out; echo err >&2", "    verbose: true\n")
          + shHook("fails", "echo \"failing on $#\"; exit 3", "")
          + shHook("quiet", "exit 0", "    pass_filenames: false\n")
          + shHook("skipped", "exit 1", "")
          + shHook("no-files", "exit 1", "    files: ^nothing$\n");

  @Test
  void outputIsByteIdenticalToASequentialRun() {
    assertSameAsSequential(LOCAL_HOOKS, "", "run", "--all-files");
    assertSameAsSequential(LOCAL_HOOKS, "", "run", "--all-files", "--verbose");
    assertSameAsSequential(LOCAL_HOOKS, "", "run");
  }

  @Test
  void skipAndShowDiffOnFailureAreUnaffected() {
    TestRepo probe = repo("probe");
    assertTrue(Files.exists(probe.root().resolve("d.txt")));
    assertSameAsSequential(LOCAL_HOOKS, "", "run", "--all-files", "--show-diff-on-failure");
  }

  @Test
  void failFastStopsAtTheFirstFailureAsASequentialRunWould() {
    assertSameAsSequential(LOCAL_HOOKS, "fail_fast: true\n", "run", "--all-files");
    assertSameAsSequential(
        shHook("first", "exit 0", "")
            + shHook("stops", "echo stop; exit 1", "    fail_fast: true\n")
            + shHook("never-shown", "echo never", "    verbose: true\n"),
        "",
        "run",
        "--all-files");
    CliResult r =
        run(
            "fail-fast",
            config(
                shHook("stops", "echo stop; exit 1", "    fail_fast: true\n")
                    + shHook("never-shown", "echo never", "    verbose: true\n"),
                true,
                ""),
            "run",
            "--all-files");
    assertFalse(r.stdout().contains("never-shown"), r::toString);
    assertFalse(r.stdout().contains("Trim Trailing Whitespace"), r::toString);
  }

  @Test
  void readOnlyHooksRunAtTheSameTime() {
    assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "needs two cores");
    // each hook announces itself, then waits (at most 60 s) for the other: only hooks that are
    // running at the same time can both see the other's mark
    String wait =
        "touch .mark-$0; i=0; while [ ! -e .mark-$1 ] && [ $i -lt 600 ]; do sleep 0.1;"
            + " i=$((i+1)); done; if [ -e .mark-$1 ]; then echo saw $1 > .saw-$0; fi";
    String hooks =
        "  - id: left\n    name: left\n    entry: sh -c '"
            + wait
            + "' left right\n    language: system\n    read_only: true\n"
            + "    pass_filenames: false\n"
            + "  - id: right\n    name: right\n    entry: sh -c '"
            + wait
            + "' right left\n    language: system\n    read_only: true\n"
            + "    pass_filenames: false\n";
    TestRepo repo = repo("overlap");
    repo.write(".pre-commit-config.yaml", "repos:\n- repo: local\n  hooks:\n" + hooks);
    repo.git("add", "-A");
    CliResult r = repo.run("run", "--all-files");
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("saw right\n", repo.read(".saw-left"));
    assertEquals("saw left\n", repo.read(".saw-right"));
  }

  @Test
  void aReadOnlyHookThatWritesAnywayIsCaughtByTheDiffAfterItsGroup() {
    TestRepo repo = repo("liar");
    repo.write(
        ".pre-commit-config.yaml",
        "repos:\n- repo: local\n  hooks:\n"
            + shHook("liar", "echo more >> d.txt", "    pass_filenames: false\n")
                .replace("RO", "true")
            + shHook("honest", "exit 0", "    pass_filenames: false\n").replace("RO", "true"));
    repo.git("add", "-A");
    repo.git("commit", "-qm", "init");
    CliResult r = repo.run("run", "--all-files");
    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(r.stdout().contains("- files were modified by this hook"), r::toString);
  }

  @Test
  void readOnlyIsAKnownKeyToOurValidator() {
    TestRepo repo = repo("validate");
    repo.write(".pre-commit-config.yaml", config(LOCAL_HOOKS, true, ""));
    CliResult v = repo.run("validate-config", ".pre-commit-config.yaml");
    assertEquals(0, v.exitCode(), v::toString);
    assertEquals("", v.stdout() + v.stderr());
    repo.git("add", "-A");
    CliResult r = repo.run("run", "--all-files");
    assertFalse((r.stdout() + r.stderr()).contains("Unexpected key"), r::toString);
    repo.write(
        ".pre-commit-config.yaml",
        "repos:\n- repo: local\n  hooks:\n"
            + shHook("bad", "exit 0", "").replace("read_only: RO", "read_only: yes please"));
    CliResult bad = repo.run("validate-config", ".pre-commit-config.yaml");
    assertEquals(1, bad.exitCode(), bad::toString);
    assertTrue((bad.stdout() + bad.stderr()).contains("Expected bool got str"), bad::toString);
  }
}
