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
import java.util.stream.Stream;

/**
 * A note in the store saying "this repository's unstaged work is stashed right now". It is written
 * before the working tree is reset and removed after the restore, so a run killed in between
 * (SIGKILL, power loss) is noticed by the runs after it, which say how to recover until the work is
 * back. Each run has its own note ({@code <repository hash>-<pid>-<nanos>}), so a later run's own
 * restore never drops the note of a killed one.
 */
final class StashMarker {
  private static final String SEPARATOR = "\u0000";
  private final Path file;
  private final String prefix;

  private StashMarker(Path file, String prefix) {
    this.file = file;
    this.prefix = prefix;
  }

  static StashMarker forRepository(Path storeDir, Path root) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(root.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
      String prefix = HexFormat.of().formatHex(hash, 0, 12);
      String run = prefix + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
      return new StashMarker(storeDir.resolve("stash-in-progress").resolve(run), prefix);
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
    clear(file);
  }

  private static void clear(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reports stashes left behind by killed runs of this repository. Once a patch is back in the
   * working tree its note is dropped silently; a note of intent-to-add files alone is reported
   * once.
   */
  void reportLeftover(StashPlumbing git, Console console) {
    Path dir = file.getParent();
    if (!Files.isDirectory(dir)) {
      return;
    }
    List<Path> leftovers;
    try (Stream<Path> files = Files.list(dir)) {
      leftovers =
          files
              .filter(
                  f -> {
                    String name = f.getFileName().toString();
                    return !f.equals(file)
                        && (name.equals(prefix)
                            || (name.startsWith(prefix + "-") && !name.endsWith(".tmp")));
                  })
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path leftover : leftovers) {
      reportLeftover(leftover, git, console);
    }
  }

  private static void reportLeftover(Path file, StashPlumbing git, Console console) {
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
      clear(file);
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
      clear(file);
    }
  }
}
