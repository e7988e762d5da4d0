package dev.precommit.repository;

import dev.precommit.git.HookRepoFetcher;
import dev.precommit.git.UrlMask;
import dev.precommit.output.Console;
import dev.precommit.store.Store;
import dev.precommit.store.StoreLock;
import java.io.IOException;
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
      announceInitializing(repo, dependencies);
      Path build = store.newBuildDir();
      try {
        String commit = new HookRepoFetcher(store.root(), env).fetch(source(repo), rev, build);
        return store
            .publish(build, key, new Store.Entry(repo, rev, commit, dependencies, build))
            .dir();
      } finally {
        store.discard(build);
      }
    }
  }

  /**
   * The store entry shared by {@code repo: local} hooks with these additional dependencies: the
   * empty package skeletons a language's installer needs (pre-commit's {@code make_local}).
   */
  public Path local(List<String> dependencies) {
    String key = localKey(dependencies);
    Optional<Store.Entry> ready = store.entry(key).filter(LocalSkeleton::isComplete);
    if (ready.isPresent()) {
      return ready.get().dir();
    }
    try (StoreLock lock = StoreLock.acquire(store.root(), console::info)) {
      ready = store.entry(key).filter(LocalSkeleton::isComplete);
      if (ready.isPresent()) {
        return ready.get().dir();
      }
      announceInitializing(LocalSkeleton.REPO, dependencies);
      Path build = store.newBuildDir();
      try {
        LocalSkeleton.write(build);
        return store
            .publish(
                build,
                key,
                new Store.Entry(LocalSkeleton.REPO, LocalSkeleton.REV, "", dependencies, build))
            .dir();
      } finally {
        store.discard(build);
      }
    }
  }

  /** pre-commit's line for a new store entry, named as its database does ({@code repo:deps}). */
  private void announceInitializing(String repo, List<String> dependencies) {
    String label = dependencies.isEmpty() ? repo : repo + ":" + String.join(",", dependencies);
    console.info("Initializing environment for " + UrlMask.mask(label) + ".");
  }

  /** The store key of the {@code repo: local} entry for these dependencies (for gc). */
  public static String localKey(List<String> dependencies) {
    return Store.key(LocalSkeleton.REPO, LocalSkeleton.REV, dependencies);
  }

  /** The user's environment: where languages look for their tools. */
  Map<String, String> env() {
    return env;
  }

  /** A local directory is fetched by absolute path; anything else is a URL. */
  private String source(String repo) {
    Path local = root.resolve(repo);
    return !repo.contains("://") && Files.isDirectory(local)
        ? local.toAbsolutePath().toString()
        : repo;
  }

  /**
   * The checkout still exists, HEAD is the commit recorded when it was built and the manifest is
   * there (a checkout that lost it would fail every run; a rev without one is refetched each time
   * and then reported as an invalid manifest).
   */
  private boolean healthy(Store.Entry entry) {
    Path head = entry.dir().resolve(".git").resolve("HEAD");
    try {
      return Files.isRegularFile(head)
          && Files.readString(head).strip().equals(entry.commit())
          && Files.isRegularFile(entry.dir().resolve(HookFactory.MANIFEST_FILE));
    } catch (IOException e) {
      return false;
    }
  }
}
