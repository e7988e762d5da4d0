package dev.precommit.repository;

import dev.precommit.git.HookRepoFetcher;
import dev.precommit.git.UrlMask;
import dev.precommit.output.Console;
import dev.precommit.store.Store;
import dev.precommit.store.StoreLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Remote hook repositories in the store: one checkout per (repo, rev, additional_dependencies),
 * fetched once under the store lock, built in a temporary directory and published atomically. A
 * finished entry is checked on reuse (its recorded commit must still be checked out) and rebuilt if
 * it is damaged.
 */
public final class HookRepositories {
  private final Store store;
  private final Path root;
  private final Map<String, String> env;
  private final Console console;

  public HookRepositories(Store store, Path root, Map<String, String> env, Console console) {
    this.store = store;
    this.root = root;
    this.env = env;
    this.console = console;
  }

  /**
   * True unless {@code PRECOMMIT_NO_FAST_PATH} is set (non-empty): then the pre-commit-hooks
   * repository is cloned like any other instead of being served by the built-in catalog.
   */
  public boolean catalogFastPath() {
    String off = env.get("PRECOMMIT_NO_FAST_PATH");
    return off == null || off.isEmpty();
  }

  /** The checkout of {@code repo} at {@code rev}, fetching it if needed. */
  public Path checkout(String repo, String rev, List<String> dependencies) {
    String key = Store.key(repo, rev, dependencies);
    Optional<Store.Entry> ready = store.entry(key).filter(this::healthy);
    if (ready.isPresent()) {
      return ready.get().dir();
    }
    try (StoreLock lock = StoreLock.acquire(store.root(), console::info)) {
      // another process may have finished it while we waited
      ready = store.entry(key).filter(this::healthy);
      if (ready.isPresent()) {
        return ready.get().dir();
      }
      String label = dependencies.isEmpty() ? repo : repo + ":" + String.join(",", dependencies);
      console.info("Initializing environment for " + UrlMask.mask(label) + ".");
      Path build = store.newBuildDir();
      try {
        String commit = new HookRepoFetcher(store.root(), env).fetch(source(repo), rev, build);
        return store
            .publish(build, key, new Store.Entry(repo, rev, commit, dependencies, build))
            .dir();
      } finally {
        deleteQuietly(build);
      }
    }
  }

  /** A local directory is fetched by absolute path; anything else is a URL. */
  private String source(String repo) {
    Path local = root.resolve(repo);
    return !repo.contains("://") && Files.isDirectory(local)
        ? local.toAbsolutePath().toString()
        : repo;
  }

  /** The checkout still exists and HEAD is the commit recorded when it was built. */
  private boolean healthy(Store.Entry entry) {
    Path head = entry.dir().resolve(".git").resolve("HEAD");
    try {
      return Files.isRegularFile(head) && Files.readString(head).strip().equals(entry.commit());
    } catch (IOException e) {
      return false;
    }
  }

  private static void deleteQuietly(Path dir) {
    try {
      Store.delete(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
