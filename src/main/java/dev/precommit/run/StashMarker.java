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
 * (SIGKILL, power loss) is noticed by the next one, which says how to recover.
 */
final class StashMarker {
  private static final String SEPARATOR = "\u0000";
  private final Path file;

  private StashMarker(Path file) {
    this.file = file;
  }

  static StashMarker forRepository(Path storeDir, Path root) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(root.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
      return new StashMarker(
          storeDir.resolve("stash-in-progress").resolve(HexFormat.of().formatHex(hash, 0, 12)));
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
   * Reports a stash left behind by a killed run. Once its patch is back in the working tree the
   * note is dropped silently.
   */
  void reportLeftover(StashPlumbing git, Console console) {
    if (!Files.exists(file)) {
      return;
    }
    String[] fields;
    try {
      fields = Files.readString(file, StandardCharsets.UTF_8).split(SEPARATOR, -1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path patch = fields[0].isEmpty() ? null : Path.of(fields[0]);
    List<String> intentToAdd = List.of(fields).subList(1, fields.length);
    boolean patchPending = patch != null && Files.exists(patch) && !git.isApplied(patch);
    if (!patchPending && intentToAdd.isEmpty()) {
      clear();
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
      clear();
    }
  }
}
