package dev.precommit.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.precommit.e2e.TestRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The intent-to-add list read from the index gives what {@code git diff --diff-filter=A
 * --name-only} (pre-commit's command, still run by {@link StashPlumbing}) gives, in a real
 * repository with every shape an intent-to-add entry can take in the work tree.
 */
class IntentToAddFilesTest {
  @TempDir Path tmp;

  @Test
  void sameListAsGitsOwnCommand() throws IOException {
    TestRepo repo = TestRepo.init(tmp.resolve("work"));
    repo.write("committed.txt", "c\n");
    repo.git("add", "committed.txt");
    repo.git("commit", "-q", "-m", "base");
    List<String> intentToAdd =
        List.of(
            "a.txt",
            "gone.txt",
            "d/nested.txt",
            "now-dir",
            "now-link",
            "caf\u00e9.txt",
            "with space.txt");
    for (String name : intentToAdd) {
      repo.write(name, name + "\n");
    }
    repo.write("staged.txt", "really added\n");
    repo.git("add", "staged.txt");
    List<String> add = new ArrayList<>(List.of("add", "-N"));
    add.addAll(intentToAdd);
    repo.git(add.toArray(String[]::new));
    Path root = repo.root();
    Files.delete(root.resolve("gone.txt"));
    Files.delete(root.resolve("now-dir"));
    Files.createDirectories(root.resolve("now-dir/inside"));
    Files.delete(root.resolve("now-link"));
    Files.createSymbolicLink(root.resolve("now-link"), Path.of("nowhere"));
    repo.write("committed.txt", "changed, not intent-to-add\n");

    try (GitRepository git = GitRepository.discover(root, repo.env())) {
      List<String> fromGit = git.stashPlumbing().intentToAddFiles();
      assertEquals(
          List.of("a.txt", "caf\u00e9.txt", "d/nested.txt", "now-link", "with space.txt"),
          fromGit.stream().sorted().toList(),
          "git's own answer, as this test expects it");
      assertEquals(
          fromGit.stream().sorted().toList(), git.intentToAddFiles().stream().sorted().toList());
    }
  }
}
