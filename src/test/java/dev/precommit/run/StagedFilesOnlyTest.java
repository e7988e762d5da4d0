package dev.precommit.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.precommit.e2e.CliResult;
import dev.precommit.e2e.TestRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Staged files only" through {@code precommit run} in-process (spec §4.6, §12.3): the messages,
 * what hooks see, what comes back, and the cases where git itself misbehaves. The fault-injection
 * matrix through real commits and signals is {@code StashMatrixIT}.
 */
class StagedFilesOnlyTest {
  private static final String COMMITTED = lines("line", 20);
  private static final String STAGED = COMMITTED.replace("line10\n", "line10 staged\n");
  private static final String UNSTAGED = STAGED.replace("line20\n", "line20 unstaged\n");
  private static final String ROLLBACK =
      "[WARNING] Stashed changes conflicted with hook auto-fixes... Rolling back fixes...";

  @TempDir Path tmp;
  private TestRepo repo;
  private Path seen;

  @BeforeEach
  void setUp() {
    repo = TestRepo.init(tmp.resolve("work"));
    seen = tmp.resolve("seen-by-hook.txt");
  }

  @Test
  void nothingUnstagedMeansNoStashAndNoMessages() throws IOException {
    commitBase(hook("cp doc.txt " + seen));
    repo.write("doc.txt", STAGED);
    repo.git("add", "doc.txt");

    CliResult r = repo.run("run");

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(
        "copy.....................................................................Passed\n",
        r.stdout());
    assertEquals(STAGED, Files.readString(seen));
    assertFalse(
        Files.exists(store())
            && Files.list(store()).anyMatch(p -> p.getFileName().toString().startsWith("patch")),
        "no patch written");
  }

  @Test
  void unstagedEditIsStashedWhileHooksRunAndRestoredWithPreCommitsMessages() throws IOException {
    commitBase(hook("cp doc.txt " + seen));
    stageAndEdit();

    CliResult r = repo.run("run");

    assertEquals(0, r.exitCode(), r::toString);
    List<String> out = r.stdout().lines().toList();
    assertEquals(4, out.size(), r::toString);
    assertEquals("[WARNING] Unstaged files detected.", out.get(0));
    Matcher stashing =
        Pattern.compile("\\[INFO] Stashing unstaged files to (.*/patch\\d+-\\d+)\\.")
            .matcher(out.get(1));
    assertTrue(stashing.matches(), out.get(1));
    Path patch = Path.of(stashing.group(1));
    assertEquals(store(), patch.getParent());
    assertEquals(
        "copy.....................................................................Passed",
        out.get(2));
    assertEquals("[INFO] Restored changes from " + patch + ".", out.get(3));

    assertEquals(STAGED, Files.readString(seen), "the hook saw exactly what is staged");
    assertEquals(UNSTAGED, repo.read("doc.txt"));
    assertEquals(STAGED, repo.git("show", ":doc.txt"));
    assertTrue(Files.readString(patch).contains("+line20 unstaged\n"), "the patch is kept");
  }

  @Test
  void fixOverlappingTheUnstagedEditIsRolledBackWithPreCommitsWarningAndTheUsersWorkWins()
      throws IOException {
    commitBase(hook("perl -pi -e s/line20/FIXED20/ doc.txt"));
    stageAndEdit();

    CliResult r = repo.run("run");

    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(r.stdout().contains("- files were modified by this hook\n"), r::toString);
    List<String> out = r.stdout().lines().toList();
    int warning = out.indexOf(ROLLBACK);
    assertTrue(warning > 0, r::toString);
    assertTrue(out.get(warning + 1).startsWith("[INFO] Restored changes from "), r::toString);
    assertEquals(UNSTAGED, repo.read("doc.txt"));
    assertEquals(STAGED, repo.git("show", ":doc.txt"));
  }

  @Test
  void fixNextToButNotOverlappingTheUnstagedEditIsMergedIn() throws IOException {
    commitBase(hook("perl -pi -e s/line17/LINE17/ doc.txt"));
    stageAndEdit();

    CliResult r = repo.run("run");

    assertEquals(1, r.exitCode(), r::toString);
    assertFalse(r.stdout().contains(ROLLBACK), r::toString);
    assertEquals(UNSTAGED.replace("line17", "LINE17"), repo.read("doc.txt"));
    assertEquals(STAGED, repo.git("show", ":doc.txt"));
  }

  @Test
  void externalDiffAndAlwaysColouredDiffsChangeNothing() throws IOException {
    Path called = tmp.resolve("external-diff-called");
    Path external = tmp.resolve("external-diff.sh");
    Files.writeString(external, "#!/bin/sh\ntouch " + called + "\necho 'not a diff'\n");
    Files.setPosixFilePermissions(external, PosixFilePermissions.fromString("rwxr-xr-x"));
    repo.git("config", "diff.external", external.toString());
    repo.git("config", "color.diff", "always");
    repo.git("config", "color.ui", "always");
    commitBase(hook("cp doc.txt " + seen));
    stageAndEdit();

    CliResult r = repo.run("run");

    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(STAGED, Files.readString(seen));
    assertEquals(UNSTAGED, repo.read("doc.txt"));
    assertFalse(Files.exists(called), "the external diff program was never run");
    Path patch = onlyPatch();
    String text = Files.readString(patch);
    assertTrue(text.startsWith("diff --git a/doc.txt b/doc.txt\n"), text);
    assertFalse(text.contains("\u001b"), "no colour codes in the patch");
  }

  @Test
  void unreadableFileMakesTheDiffFailFatallyAndNothingIsTouched() throws IOException {
    commitBase(hook("cp doc.txt " + seen));
    stageAndEdit();
    Path doc = repo.root().resolve("doc.txt");
    Files.setPosixFilePermissions(doc, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(
          Files.isReadable(doc),
          "running as root: a mode-000 file is still readable, see the fifo variant below");

      CliResult r = repo.run("run");

      assertEquals(1, r.exitCode(), r::toString);
      assertTrue(
          r.stdout()
              .startsWith(
                  "An error has occurred: FatalError: pre-commit failed to diff -- perhaps due to"
                      + " permissions?\n\ncommand: ('git', 'diff-index', '--ignore-submodules',"
                      + " '--binary', '--exit-code', '--no-color', '--no-ext-diff', '"),
          r::toString);
      assertTrue(r.stdout().contains("return code: 128\nstdout: (none)\nstderr:\n"), r::toString);
      assertTrue(r.stdout().contains("fatal: cannot hash doc.txt"), r::toString);
      Files.setPosixFilePermissions(doc, PosixFilePermissions.fromString("rw-r--r--"));
      assertEquals(UNSTAGED, repo.read("doc.txt"));
      assertEquals(STAGED, repo.git("show", ":doc.txt"));
      assertFalse(Files.exists(seen), "no hook ran");
    } finally {
      Files.setPosixFilePermissions(doc, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  /** The same failure as root can produce it: git cannot hash a fifo standing at a file's path. */
  @Test
  void unhashableFileMakesTheDiffFailFatallyAndNothingIsTouched() throws IOException {
    repo.write("1", "a regular file in the index\n");
    commitBase(hook("cp doc.txt " + seen));
    stageAndEdit();
    Files.delete(repo.root().resolve("1"));
    CliResult mkfifo = repo.exec(repo.root(), List.of("mkfifo", "1"));
    assertEquals(0, mkfifo.exitCode(), mkfifo::toString);
    String indexBefore = repo.git("ls-files", "-s");

    CliResult r = repo.run("run");

    assertEquals(1, r.exitCode(), r::toString);
    String expectedStart =
        "An error has occurred: FatalError: pre-commit failed to diff -- perhaps due to"
            + " permissions?\n\ncommand: ('git', 'diff-index', '--ignore-submodules', '--binary',"
            + " '--exit-code', '--no-color', '--no-ext-diff', '";
    assertTrue(r.stdout().startsWith(expectedStart), r::toString);
    assertTrue(
        r.stdout()
            .contains(
                "', '--')\nreturn code: 128\nstdout: (none)\nstderr:\n"
                    + "    error: 1: unsupported file type\n"
                    + "    fatal: cannot hash 1\n"),
        r::toString);
    assertEquals(UNSTAGED, repo.read("doc.txt"));
    assertEquals(indexBefore, repo.git("ls-files", "-s"));
    assertFalse(Files.exists(seen), "no hook ran");
    Path pipe = repo.root().resolve("1");
    assertTrue(Files.exists(pipe, LinkOption.NOFOLLOW_LINKS), "the fifo is still there");
    assertFalse(Files.isRegularFile(pipe, LinkOption.NOFOLLOW_LINKS));
    try (var left = Files.walk(store())) {
      assertEquals(
          List.of("precommit.log"),
          left.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).toList(),
          "no patch, no marker: only the error log");
    }
  }

  /**
   * A hook that replaced a committed symlink with a regular file (as {@code sed -i} does) must not
   * have its fix written through the link once the symlink is back: that would overwrite the link's
   * target, here a file holding unstaged work.
   */
  @Test
  void fixThatReplacedASymlinkIsNeverWrittenThroughTheRestoredLink() throws IOException {
    repo.write("data.txt", lines("data", 5));
    Files.createSymbolicLink(repo.root().resolve("link"), Path.of("data.txt"));
    commitBase(hook("perl -pi -e s/line20/FIXED20/ doc.txt && perl -pi -e s/data01/FIXED01/ link"));
    stageAndEdit();
    String userData = lines("data", 5).replace("data05", "data05 unstaged");
    repo.write("data.txt", userData);

    CliResult r = repo.run("run");

    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(r.stdout().contains(ROLLBACK), r::toString);
    assertEquals(UNSTAGED, repo.read("doc.txt"));
    assertEquals(userData, repo.read("data.txt"), "the user's unstaged work in the link's target");
    Path link = repo.root().resolve("link");
    assertFalse(Files.isSymbolicLink(link), "the hook's fix of the link is kept, as a file");
    assertEquals(lines("data", 5).replace("data01", "FIXED01"), Files.readString(link));
  }

  @Test
  void hookRetargetingASymlinkTheUserRetargetedIsRolledBackWithTheWarning() throws IOException {
    repo.write("a.txt", "a\n").write("b.txt", "b\n");
    Files.createSymbolicLink(repo.root().resolve("link"), Path.of("a.txt"));
    commitBase(hook("ln -sfn c.txt link"));
    repo.write("staged.txt", "staged\n");
    repo.git("add", "staged.txt");
    Files.delete(repo.root().resolve("link"));
    Files.createSymbolicLink(repo.root().resolve("link"), Path.of("b.txt"));

    CliResult r = repo.run("run");

    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(r.stdout().contains(ROLLBACK), r::toString);
    assertEquals(Path.of("b.txt"), Files.readSymbolicLink(repo.root().resolve("link")));
  }

  // ---------------------------------------------------------------------------------------------

  private Path store() {
    return repo.home().resolve("store");
  }

  private Path onlyPatch() throws IOException {
    try (var files = Files.list(store())) {
      List<Path> patches =
          files.filter(f -> f.getFileName().toString().startsWith("patch")).toList();
      assertEquals(1, patches.size(), patches::toString);
      return patches.get(0);
    }
  }

  /** A one-hook local config; the hook runs {@code script} with bash in the repository root. */
  private String hook(String script) {
    String name = script.startsWith("cp ") ? "copy" : "fix";
    return "repos:\n- repo: local\n  hooks:\n  - id: "
        + name
        + "\n    name: "
        + name
        + "\n    entry: bash -c\n    args: ['"
        + script.replace("'", "''")
        + "']\n    language: system\n    pass_filenames: false\n    always_run: true\n";
  }

  private void commitBase(String config) {
    repo.write(".pre-commit-config.yaml", config);
    repo.write("doc.txt", COMMITTED);
    repo.git("add", "-A");
    repo.git("commit", "-q", "-m", "base");
  }

  private void stageAndEdit() {
    repo.write("doc.txt", STAGED);
    repo.git("add", "doc.txt");
    repo.write("doc.txt", UNSTAGED);
  }

  private static String lines(String prefix, int count) {
    StringBuilder s = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      s.append(prefix).append(String.format("%02d", i)).append('\n');
    }
    return s.toString();
  }
}
