package dev.precommit.store;

import dev.precommit.errors.FatalError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The cache of hook repositories. Layout under the store root:
 *
 * <pre>
 *   .lock                       flock shared by all precommit processes
 *   repos/&lt;key&gt;/               one checkout per (repo, rev, additional_dependencies)
 *   repos/&lt;key&gt;.entry          written last: repo, rev, resolved commit, dependencies
 *   configs/&lt;hash&gt;             configs that used the store (for gc)
 *   tmp/                        half-built entries; never read, removed on the next build
 *   patch&lt;time&gt;-&lt;pid&gt;          stashed unstaged changes
 * </pre>
 *
 * Directory names are hashes, never URL text, so no repository URL can escape the store. An entry
 * without its {@code .entry} file is unfinished and is rebuilt.
 */
public final class Store {
  private final Path root;

  public Store(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /** What a finished entry records; {@code commit} is checked on reuse. */
  public record Entry(
      String repo, String rev, String commit, List<String> dependencies, Path dir) {}

  public static String key(String repo, String rev, List<String> dependencies) {
    StringBuilder text = new StringBuilder(repo).append('\u0000').append(rev);
    for (String dep : dependencies) {
      text.append('\u0000').append(dep);
    }
    return sha256(text.toString()).substring(0, 24);
  }

  public Path entryDir(String key) {
    return root.resolve("repos").resolve(key);
  }

  /** The finished entry for this key, if any. */
  public Optional<Entry> entry(String key) {
    Path marker = root.resolve("repos").resolve(key + ".entry");
    if (!Files.isRegularFile(marker) || !Files.isDirectory(entryDir(key))) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
      if (lines.size() < 3) {
        return Optional.empty();
      }
      return Optional.of(
          new Entry(
              lines.get(0),
              lines.get(1),
              lines.get(2),
              List.copyOf(lines.subList(3, lines.size())),
              entryDir(key)));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** A fresh directory for building an entry; moved into place by {@link #publish}. */
  public Path newBuildDir() {
    try {
      Path tmp = root.resolve("tmp");
      Files.createDirectories(tmp);
      return Files.createTempDirectory(tmp, "build");
    } catch (IOException e) {
      throw storeError(e);
    }
  }

  /** Moves a finished build into place, then writes its marker: never half-visible. */
  public Entry publish(Path build, String key, Entry entry) {
    Path dir = entryDir(key);
    try {
      Files.createDirectories(dir.getParent());
      delete(dir);
      Files.move(build, dir, StandardCopyOption.ATOMIC_MOVE);
      Path marker = dir.resolveSibling(key + ".entry");
      Path tmp = dir.resolveSibling(key + ".entry.tmp");
      List<String> lines = new ArrayList<>(List.of(entry.repo(), entry.rev(), entry.commit()));
      lines.addAll(entry.dependencies());
      Files.write(tmp, lines, StandardCharsets.UTF_8);
      Files.move(tmp, marker, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return new Entry(entry.repo(), entry.rev(), entry.commit(), entry.dependencies(), dir);
    } catch (IOException e) {
      throw storeError(e);
    }
  }

  /**
   * Best-effort removal of a build directory after a failed (or published) build. It never hides
   * the error that ended the build: what cannot be removed stays under {@code tmp/}, which is never
   * read and is emptied by {@code gc}.
   */
  public void discard(Path build) {
    for (int attempt = 1; ; attempt++) {
      try {
        delete(build);
        return;
      } catch (java.nio.file.DirectoryNotEmptyException e) {
        // something added a file while we deleted (JGit's file-system probe): once more
        if (attempt == 5) {
          return;
        }
        try {
          Thread.sleep(20L * attempt);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      } catch (IOException e) {
        return;
      }
    }
  }

  /** Removes an entry (both its marker and its directory). */
  public void remove(String key) {
    try {
      Files.deleteIfExists(root.resolve("repos").resolve(key + ".entry"));
      delete(entryDir(key));
    } catch (IOException e) {
      throw storeError(e);
    }
  }

  /** Every finished entry's key. */
  public List<String> keys() {
    Path repos = root.resolve("repos");
    if (!Files.isDirectory(repos)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(repos)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".entry"))
          .map(n -> n.substring(0, n.length() - ".entry".length()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw storeError(e);
    }
  }

  /** Records that a config uses the store, for {@code gc}. Best effort: a read-only store skips. */
  public void recordConfig(Path config) {
    try {
      Path dir = root.resolve("configs");
      Files.createDirectories(dir);
      String path = config.toAbsolutePath().normalize().toString();
      Files.writeString(dir.resolve(sha256(path).substring(0, 24)), path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      // pre-commit also skips recording when the store is not writable
    }
  }

  /** Recorded config paths and the files that record them. */
  public List<Path[]> recordedConfigs() {
    Path dir = root.resolve("configs");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path[]> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path record : files.sorted().toList()) {
        out.add(new Path[] {Path.of(Files.readString(record, StandardCharsets.UTF_8)), record});
      }
    } catch (IOException e) {
      throw storeError(e);
    }
    return out;
  }

  public static void delete(Path path) throws IOException {
    if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      // read-only directories (go's module cache) cannot lose their children otherwise
      path.toFile().setWritable(true);
      try (Stream<Path> children = Files.list(path)) {
        for (Path child : children.toList()) {
          delete(child);
        }
      }
    }
    path.toFile().setWritable(true);
    Files.delete(path);
  }

  private FatalError storeError(IOException e) {
    return unwritable(root, e);
  }

  /** The one-line error for a store that cannot be written (read-only, or a file in the way). */
  static FatalError unwritable(Path root, IOException e) {
    String reason;
    if (e instanceof java.nio.file.FileAlreadyExistsException) {
      reason = e.getMessage() + " exists and is not a directory";
    } else if (e instanceof java.nio.file.AccessDeniedException) {
      reason = "permission denied: " + e.getMessage();
    } else {
      reason = String.valueOf(e.getMessage());
    }
    return new FatalError("could not write to the precommit store at " + root + ": " + reason, e);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
