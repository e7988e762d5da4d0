package dev.precommit.e2e;

import java.nio.file.Path;
import java.util.Map;

/** A hook repository made by a test: a real git repository on disk with one commit. */
record HookRepoFixture(Path path, String rev) {
  static HookRepoFixture create(Path base, Map<String, String> files) {
    TestRepo repo = TestRepo.init(base);
    files.forEach(repo::write);
    repo.git("add", "-A");
    repo.git("commit", "-q", "-m", "hook repository");
    return new HookRepoFixture(repo.root(), repo.git("rev-parse", "HEAD").strip());
  }

  /** A config entry using {@code hookId} of this repository, with extra hook keys. */
  String config(String hookId, String extraKeys) {
    return "repos:\n-   repo: "
        + path
        + "\n    rev: "
        + rev
        + "\n    hooks:\n    -   id: "
        + hookId
        + "\n"
        + extraKeys;
  }
}
