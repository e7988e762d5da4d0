package dev.precommit.run;

import dev.precommit.git.GitRepository;
import dev.precommit.git.StashPlumbing;
import dev.precommit.output.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * pre-commit's "staged files only": while hooks run, intent-to-add entries and unstaged changes are
 * set aside so hooks see exactly what will be committed; {@link #close()} puts everything back. The
 * patch is written (and synced) to the store before the working tree is touched, and is never
 * deleted, so the user's work always survives on disk.
 *
 * <p>Restoring goes further than pre-commit where hook fixes and unstaged edits touch different
 * parts of a file: both are kept (a three-way merge per file). Where they overlap, the user's work
 * wins and that file's fixes are rolled back, with pre-commit's message.
 */
public final class StagedFilesOnly implements AutoCloseable {
  private final StashPlumbing git;
  private final Console console;
  private final List<String> intentToAdd;
  private final Path patch;
  private final StashMarker marker;
  private boolean restored;

  private StagedFilesOnly(
      StashPlumbing git,
      Console console,
      List<String> intentToAdd,
      Path patch,
      StashMarker marker) {
    this.git = git;
    this.console = console;
    this.intentToAdd = intentToAdd;
    this.patch = patch;
    this.marker = marker;
  }

  /** Sets unstaged work aside; the caller must {@link #close()} (also on interrupts). */
  public static StagedFilesOnly enter(GitRepository repo, Path storeDir, Console console) {
    StashPlumbing git = repo.stashPlumbing();
    List<String> intentToAdd = repo.intentToAddFiles();
    StashMarker marker = StashMarker.forRepository(storeDir, repo.root());
    if (!intentToAdd.isEmpty()) {
      console.warning("Unstaged intent-to-add files detected.");
      marker.record(null, intentToAdd);
      git.removeFromIndex(intentToAdd);
    }
    Path patch = null;
    try {
      byte[] diff = git.unstagedPatch();
      if (diff != null) {
        patch = storeDir.resolve("patch" + System.currentTimeMillis() / 1000 + "-" + pid());
        console.warning("Unstaged files detected.");
        console.info("Stashing unstaged files to " + patch + ".");
        Files.createDirectories(storeDir);
        Files.write(
            patch,
            diff,
            StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE,
            StandardOpenOption.SYNC);
        marker.record(patch, intentToAdd);
        git.checkoutIndex();
      }
    } catch (IOException | RuntimeException e) {
      new StagedFilesOnly(git, console, intentToAdd, patch, marker).close();
      if (e instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw (RuntimeException) e;
    }
    return new StagedFilesOnly(git, console, intentToAdd, patch, marker);
  }

  /** Restores the unstaged changes and intent-to-add entries; safe to call more than once. */
  @Override
  public synchronized void close() {
    if (restored) {
      return;
    }
    if (patch != null) {
      restoreUnstaged();
      console.info("Restored changes from " + patch + ".");
    }
    if (!intentToAdd.isEmpty()) {
      git.addIntentToAdd(intentToAdd);
    }
    marker.clear();
    restored = true;
  }

  private void restoreUnstaged() {
    if (git.apply(patch)) {
      return;
    }
    // The patch does not apply on top of the hooks' fixes: keep the fixes aside, reset, put the
    // user's work back, then merge each fix in again where it does not overlap the user's edits.
    Map<String, Fixed> fixes = readFixes(git.modifiedFiles());
    git.checkoutIndex();
    if (!git.apply(patch)) {
      throw new IllegalStateException(
          "could not re-apply "
              + patch
              + " after resetting the working tree; restore it with: "
              + StashMarker.recoveryCommand(patch));
    }
    Set<String> userChanged = Set.copyOf(git.modifiedFiles());
    boolean conflicted = false;
    for (Map.Entry<String, Fixed> fix : fixes.entrySet()) {
      if (!mergeFix(fix.getKey(), fix.getValue(), userChanged)) {
        conflicted = true;
      }
    }
    if (conflicted) {
      console.warning("Stashed changes conflicted with hook auto-fixes... Rolling back fixes...");
    }
  }

  /**
   * What a hook left at one path: a regular file's bytes, a symlink's target, nothing (deleted), or
   * something that cannot be carried over (a directory, a fifo).
   */
  private record Fixed(byte[] content, Path link, boolean supported) {
    static final Fixed DELETED = new Fixed(null, null, true);
    static final Fixed UNSUPPORTED = new Fixed(null, null, false);
  }

  /** Re-applies one path's fix; false when it overlaps the user's edits (the fix is dropped). */
  private boolean mergeFix(String path, Fixed fixed, Set<String> userChanged) {
    Path file = git.root().resolve(path);
    try {
      if (!fixed.supported) {
        return false;
      }
      if (!userChanged.contains(path)) {
        // Never write through a symlink: the index may hold one where the hook left a file.
        if (fixed.content == null || Files.isSymbolicLink(file)) {
          Files.deleteIfExists(file);
        }
        if (fixed.link != null) {
          Files.createSymbolicLink(file, fixed.link);
        } else if (fixed.content != null) {
          Files.write(file, fixed.content);
        }
        return true;
      }
      byte[] base = git.indexContent(path);
      if (fixed.content == null
          || base == null
          || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return false;
      }
      byte[] merged = git.mergeFile(Files.readAllBytes(file), base, fixed.content);
      if (merged == null) {
        return false;
      }
      Files.write(file, merged);
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the hooks left at each path they changed. */
  private Map<String, Fixed> readFixes(List<String> paths) {
    Map<String, Fixed> fixes = new LinkedHashMap<>();
    for (String path : paths) {
      Path file = git.root().resolve(path);
      try {
        if (Files.isSymbolicLink(file)) {
          fixes.put(path, new Fixed(null, Files.readSymbolicLink(file), true));
        } else if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
          fixes.put(path, Fixed.DELETED);
        } else if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
          fixes.put(path, new Fixed(Files.readAllBytes(file), null, true));
        } else {
          fixes.put(path, Fixed.UNSUPPORTED);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return fixes;
  }

  private static long pid() {
    return ProcessHandle.current().pid();
  }
}
