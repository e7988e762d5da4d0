package dev.precommit.repository;

import dev.precommit.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The files of the store entry for {@code repo: local} hooks: each language's installer installs
 * "the hook repository" first, as pre-commit's do, so local hooks get an empty package of every
 * kind (our own minimal ones; only their existence matters). A language that needs one adds its
 * file here and under {@code resources/dev/precommit/repository/local/}.
 */
final class LocalSkeleton {
  /** The pseudo repository and revision the entry is keyed by, with the dependencies. */
  static final String REPO = "local";

  static final String REV = "1";

  /** One minimal package per language that installs "the hook repository" first. */
  private static final List<String> FILES =
      List.of(
          "Cargo.toml",
          "main.rs",
          "go.mod",
          "main.go",
          "precommit-local-0.1-1.rockspec",
          "precommit_local.gemspec",
          "setup.py",
          "environment.yml",
          "Makefile.PL",
          "pubspec.yaml",
          "renv.lock");

  private LocalSkeleton() {}

  static void write(Path dir) {
    for (String name : FILES) {
      try (InputStream in = LocalSkeleton.class.getResourceAsStream("local/" + name)) {
        if (in == null) {
          throw new IllegalStateException("missing resource local/" + name);
        }
        Path target = dir.resolve(name);
        Files.createDirectories(target.getParent());
        Files.copy(in, target);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static boolean isComplete(Store.Entry entry) {
    return FILES.stream().allMatch(name -> Files.isRegularFile(entry.dir().resolve(name)));
  }
}
