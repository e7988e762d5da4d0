package dev.precommit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A hook repository made by a test: a working git repository with a {@code .pre-commit-hooks.yaml},
 * committed and tagged with real git in an isolated environment, and bare copies of it to serve.
 */
final class HookRepo {
  /** pre-commit's script_hooks_repo fixture: prints its arguments, then {@code Hello World}. */
  static final String ECHO_SCRIPT = "#!/usr/bin/env bash\necho \"$@\"\necho Hello World\n";

  static final String BASH_HOOK_MANIFEST =
      "-   id: bash_hook\n"
          + "    name: Bash hook\n"
          + "    entry: bin/hook.sh\n"
          + "    language: script\n"
          + "    files: ''\n";

  private final TestRepo env;
  private final Path dir;

  private HookRepo(TestRepo env, Path dir) {
    this.env = env;
    this.dir = dir;
  }

  /** An empty repository at {@code dir}; git runs with {@code env}'s isolated environment. */
  static HookRepo init(TestRepo env, Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    HookRepo repo = new HookRepo(env, dir);
    repo.git("init", "-q", "-b", "main");
    return repo;
  }

  /** The script_hooks_repo fixture, committed and tagged {@code v1.0.0}. */
  static HookRepo scriptHooks(TestRepo env, Path dir) {
    HookRepo repo = init(env, dir);
    repo.write(".pre-commit-hooks.yaml", BASH_HOOK_MANIFEST).script("bin/hook.sh", ECHO_SCRIPT);
    repo.commit("script hooks");
    repo.tag("v1.0.0");
    return repo;
  }

  Path dir() {
    return dir;
  }

  HookRepo write(String path, String content) {
    try {
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  HookRepo script(String path, String content) {
    write(path, content);
    try {
      Files.setPosixFilePermissions(
          dir.resolve(path), PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Commits everything; returns the new commit's full sha. */
  String commit(String message) {
    git("add", "-A");
    git("commit", "-q", "--allow-empty", "-m", message);
    return head();
  }

  String head() {
    return git("rev-parse", "HEAD").strip();
  }

  HookRepo tag(String name) {
    git("tag", "-f", name);
    return this;
  }

  /** An annotated tag whose tagger date is {@code date} (what autoupdate's cooldown reads). */
  HookRepo annotatedTag(String name, Instant date) {
    List<String> argv =
        new ArrayList<>(List.of("env", "GIT_COMMITTER_DATE=@" + date.getEpochSecond() + " +0000"));
    argv.addAll(List.of("git", "tag", "-f", "-a", "-m", name, name));
    CliResult r = env.exec(dir, argv);
    assertEquals(0, r.exitCode(), r::toString);
    return this;
  }

  /** {@code git clone --bare} of this repository to {@code target}; returns target. */
  Path bareClone(Path target) {
    CliResult r =
        env.exec(dir, List.of("git", "clone", "-q", "--bare", dir.toString(), target.toString()));
    assertEquals(0, r.exitCode(), r::toString);
    return target;
  }

  /** Pushes {@code refs} (e.g. a tag) to a bare copy. */
  void push(Path bare, String... refs) {
    List<String> args = new ArrayList<>(List.of("push", "-q", "-f", bare.toString()));
    args.addAll(List.of(refs));
    git(args.toArray(String[]::new));
  }

  String git(String... args) {
    List<String> argv = new ArrayList<>(List.of("git"));
    argv.addAll(List.of(args));
    CliResult r = env.exec(dir, argv);
    assertEquals(0, r.exitCode(), () -> "git " + String.join(" ", args) + "\n" + r);
    return r.stdout();
  }
}
