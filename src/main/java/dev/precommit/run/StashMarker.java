package dev.precommit.run;

import dev.precommit.git.StashPlumbing;
import dev.precommit.output.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A note in the store saying "this repository's unstaged work is stashed right now". It is written
 * before the working tree is reset and removed after the restore, so a run killed in between
 * (SIGKILL, power loss) is noticed by later runs, which say how to recover. Each run has its own
 * note ({@code <repo hash>-<pid>}), so a later run never erases an earlier run's note.
 */
final class StashMarker {
  private static final String SEPARATOR = "\u0000";
  private final Path dir;
  private final String repoKey;
  private final Path file;

  private StashMarker(Path dir, String repoKey) {
    this.dir = dir;
    this.repoKey = repoKey;
    this.file = dir.resolve(repoKey + "-" + ProcessHandle.current().pid());
  }

  static StashMarker forRepository(Path storeDir, Path root) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(root.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
      return new StashMarker(
          storeDir.resolve("stash-in-progress"), HexFormat.of().formatHex(hash, 0, 12));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String recoveryCommand(Path patch) {
    return "git apply --whitespace=nowarn " + patch;
  }

  /** Records what is stashed; written atomically (temp file, then rename). */
  void record(Path patch, List<String> intentToAdd) {
    List<String> fields = new ArrayList<>();
    fields.add(patch == null ? "" : patch.toString());
    fields.addAll(intentToAdd);
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(tmp, String.join(SEPARATOR, fields), StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void clear() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reports stashes left behind by killed runs of this repository. Once a patch is back in the
   * working tree its note is dropped silently.
   */
  void reportLeftover(StashPlumbing git, Console console) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (java.util.stream.Stream<Path> notes = Files.list(dir)) {
      for (Path note : notes.sorted().toList()) {
        String name = note.getFileName().toString();
        if (name.startsWith(repoKey + "-") && !note.equals(file) && !name.endsWith(".tmp")) {
          reportOne(note, git, console);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void reportOne(Path note, StashPlumbing git, Console console) throws IOException {
    String[] fields = Files.readString(note, StandardCharsets.UTF_8).split(SEPARATOR, -1);
    Path patch = fields[0].isEmpty() ? null : Path.of(fields[0]);
    List<String> intentToAdd = List.of(fields).subList(1, fields.length);
    boolean patchPending = patch != null && Files.exists(patch) && !git.isApplied(patch);
    if (!patchPending && intentToAdd.isEmpty()) {
      Files.deleteIfExists(note);
      return;
    }
    console.warning(
        "A previous run was killed while your unstaged changes were set aside; they are not lost.");
    if (patchPending) {
      console.warning("Restore them with: " + recoveryCommand(patch));
    }
    if (!intentToAdd.isEmpty()) {
      console.warning(
          "Re-mark intent-to-add files with: git add --intent-to-add -- "
              + String.join(" ", intentToAdd));
    }
    if (!patchPending) {
      Files.deleteIfExists(note);
    }
  }
}
