package dev.precommit.catalog;

import dev.precommit.hook.Hook;
import dev.precommit.process.Shlex;
import dev.precommit.process.ShlexException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * File contents shared by the catalog's checkers that run side by side: a file that several of them
 * read comes from disk once. Nothing writes while such a group runs, so the bytes cannot go stale.
 * Memory stays bounded: only files up to {@link #MAX_FILE_BYTES} are kept (bigger ones are streamed
 * by each reader as before), each until its last expected reader has taken it, and never more than
 * {@link #BUDGET_BYTES} at once (past it, readers read for themselves).
 */
public final class SharedReads {
  static final long MAX_FILE_BYTES = 1 << 20;
  static final long BUDGET_BYTES = 64L << 20;

  /** The checkers that read file contents (the others look at names, sizes or modes). */
  private static final Set<String> CONTENT_READERS =
      Set.of(
          "check-json",
          "check-merge-conflict",
          "check-toml",
          "check-vcs-permalinks",
          "check-xml",
          "check-yaml",
          "detect-aws-credentials",
          "detect-private-key");

  /** No sharing: every read goes to disk. */
  public static final SharedReads NONE = new SharedReads(Path.of(""), Map.of());

  private final Path root;
  private final Map<String, AtomicInteger> readersLeft;
  private final Map<String, Entry> kept = new ConcurrentHashMap<>();
  private final AtomicLong keptBytes = new AtomicLong();

  private SharedReads(Path root, Map<String, AtomicInteger> readersLeft) {
    this.root = root;
    this.readersLeft = readersLeft;
  }

  /**
   * Sharing for hooks that run at the same time in {@code root}, each with its files: the files
   * that two or more content-reading checkers will read.
   */
  public static SharedReads forGroup(Path root, List<Map.Entry<Hook, List<String>>> filesByHook) {
    Map<String, Integer> counts = new HashMap<>();
    for (Map.Entry<Hook, List<String>> e : filesByHook) {
      if (readsContents(e.getKey())) {
        for (String file : e.getValue()) {
          counts.merge(file, 1, Integer::sum);
        }
      }
    }
    Map<String, AtomicInteger> shared = new HashMap<>();
    counts.forEach(
        (file, readers) -> {
          if (readers > 1) {
            shared.put(file, new AtomicInteger(readers));
          }
        });
    return shared.isEmpty() ? NONE : new SharedReads(root, shared);
  }

  private static boolean readsContents(Hook hook) {
    if (!BuiltinLanguage.NAME.equals(hook.language()) || !hook.passFilenames()) {
      return false;
    }
    try {
      List<String> entry = Shlex.split(hook.entry());
      return !entry.isEmpty() && CONTENT_READERS.contains(entry.get(0));
    } catch (ShlexException e) {
      return false;
    }
  }

  /** The whole file, as {@link Files#readAllBytes}. */
  byte[] readAllBytes(Path file) throws IOException {
    String key = keyOf(file);
    if (key == null) {
      return Files.readAllBytes(file);
    }
    try {
      return kept.computeIfAbsent(key, k -> new Entry()).bytes(file, this);
    } finally {
      taken(key);
    }
  }

  /** A stream of the file, as {@link Files#newInputStream}; big files are streamed from disk. */
  InputStream open(Path file) throws IOException {
    String key = keyOf(file);
    if (key == null) {
      return Files.newInputStream(file);
    }
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        return Files.newInputStream(file);
      }
      return new ByteArrayInputStream(
          kept.computeIfAbsent(key, k -> new Entry()).bytes(file, this));
    } finally {
      taken(key);
    }
  }

  /** The shared name of {@code file}, or null when it is not shared. */
  private String keyOf(Path file) {
    if (readersLeft.isEmpty() || !file.startsWith(root)) {
      return null;
    }
    String key = root.relativize(file).toString();
    return readersLeft.containsKey(key) ? key : null;
  }

  /** One reader is done with {@code key}: the last one drops it. */
  private void taken(String key) {
    if (readersLeft.get(key).decrementAndGet() <= 0) {
      Entry entry = kept.remove(key);
      if (entry != null) {
        keptBytes.addAndGet(-entry.size());
      }
    }
  }

  /** A file's bytes, read by the first reader that needs them. */
  private static final class Entry {
    private byte[] bytes; // guarded by this
    private long size; // guarded by this: what this entry holds against the budget

    synchronized byte[] bytes(Path file, SharedReads owner) throws IOException {
      if (bytes != null) {
        return bytes;
      }
      byte[] read = Files.readAllBytes(file); // an error is each reader's own, never kept
      if (read.length <= MAX_FILE_BYTES && owner.keptBytes.addAndGet(read.length) <= BUDGET_BYTES) {
        bytes = read;
        size = read.length;
      } else if (read.length <= MAX_FILE_BYTES) {
        owner.keptBytes.addAndGet(-read.length); // over budget: this reader keeps its own copy
      }
      return read;
    }

    synchronized long size() {
      return size;
    }
  }
}
