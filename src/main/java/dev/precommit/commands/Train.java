package dev.precommit.commands;

import dev.precommit.git.JGitSetup;
import dev.precommit.output.Console;
import dev.precommit.process.ProcessRunner;
import dev.precommit.process.Result;
import dev.precommit.run.RunOptions;
import dev.precommit.store.Store;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the JVM class archive the launcher uses ({@code __train}): one trainer at a time (an OS
 * file lock, so a killed trainer never blocks the next), a child JVM with exactly the production
 * flags runs a representative commit ({@code __train-workload}), and the archive is written to a
 * temporary name and renamed into place.
 */
public final class Train {
  private Train() {}

  /** Set (to anything) to never build archives, e.g. in tests that install many hooks. */
  public static final String NO_TRAIN = "PRECOMMIT_NO_TRAIN";

  /** Set (to anything) to never use the warm JVM: hooks start a cold JVM every time. */
  public static final String NO_DAEMON = "PRECOMMIT_NO_DAEMON";

  public static int train(CommandContext ctx) throws InterruptedException {
    JvmLauncher launcher = JvmLauncher.current(ctx.env());
    if (launcher == null || !ctx.env().getOrDefault(NO_TRAIN, "").isEmpty()) {
      return 0;
    }
    Path dir = launcher.archive().getParent();
    try {
      Files.createDirectories(dir);
      try (FileChannel channel =
              FileChannel.open(
                  dir.resolve("train.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock lock = channel.tryLock()) {
        if (lock == null) {
          return 0;
        }
        if (!isFresh(launcher)) {
          buildArchive(ctx, launcher);
        }
        if (ctx.env().getOrDefault(NO_DAEMON, "").isEmpty()) {
          HookClient.build(launcher, ctx.env());
        }
      }
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void buildArchive(CommandContext ctx, JvmLauncher launcher)
      throws IOException, InterruptedException {
    Path dir = launcher.archive().getParent();
    Path tmp =
        dir.resolve(launcher.archive().getFileName() + ".tmp." + ProcessHandle.current().pid());
    List<String> argv = new ArrayList<>();
    argv.add(launcher.java().toString());
    argv.addAll(List.of(JvmLauncher.FLAGS.split(" ")));
    argv.addAll(launcher.trainFlags(tmp));
    argv.addAll(List.of("-jar", launcher.jar().toString(), "__train-workload"));
    Result result = new ProcessRunner().run(argv, dir, ctx.env());
    if (result.exitCode() == 0 && Files.isRegularFile(tmp)) {
      Files.move(
          tmp,
          launcher.archive(),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
      Files.deleteIfExists(dir.resolve(launcher.archive().getFileName() + ".failed"));
    } else {
      Files.deleteIfExists(tmp);
      // remembered so the launcher stops retrying for this jar and JVM
      Files.write(dir.resolve(launcher.archive().getFileName() + ".failed"), result.output());
    }
  }

  private static boolean isFresh(JvmLauncher launcher) throws IOException {
    return Files.isRegularFile(launcher.archive())
        && Files.getLastModifiedTime(launcher.archive())
                .compareTo(Files.getLastModifiedTime(launcher.jar()))
            >= 0;
  }

  /**
   * A commit's worth of work in a scratch repository: discovery, config, stash check, staged files,
   * tags, a system hook, a pygrep hook and a meta hook. Prints nothing.
   */
  public static int workload(CommandContext ctx) throws InterruptedException {
    Path tmp;
    try {
      tmp = Files.createTempDirectory("precommit-train");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Map<String, String> env = new HashMap<>(ctx.env());
      env.put("GIT_CONFIG_NOSYSTEM", "1");
      env.put("GIT_AUTHOR_NAME", "train");
      env.put("GIT_AUTHOR_EMAIL", "train@example.com");
      env.put("GIT_COMMITTER_NAME", "train");
      env.put("GIT_COMMITTER_EMAIL", "train@example.com");
      env.put("PRECOMMIT_HOME", tmp.resolve("store").toString());
      ProcessRunner git = new ProcessRunner();
      Path repo = tmp.resolve("repo");
      Files.createDirectories(repo);
      git.run(List.of("git", "init", "-q"), repo, env);
      Files.writeString(
          repo.resolve(".pre-commit-config.yaml"),
          "repos:\n-   repo: meta\n    hooks:\n    -   id: check-useless-excludes\n"
              + "-   repo: local\n    hooks:\n"
              + "    -   id: grep\n        name: grep\n        entry: NOT_FOR_COMMIT\n"
              + "        language: pygrep\n        types: [text]\n"
              + "    -   id: sys\n        name: sys\n        entry: 'true'\n"
              + "        language: system\n",
          StandardCharsets.UTF_8);
      Files.writeString(repo.resolve("a.py"), "print('hello')\n", StandardCharsets.UTF_8);
      Files.writeString(repo.resolve("b.txt"), "text\n", StandardCharsets.UTF_8);
      git.run(List.of("git", "add", "-A"), repo, env);
      // JGit's timestamp probe, in the foreground, so its result is stored for this JVM
      JGitSetup.warmUp(repo);
      CommandContext quiet =
          new CommandContext(
              ctx.stdin(),
              OutputStream.nullOutputStream(),
              ctx.stderr(),
              Map.copyOf(env),
              repo,
              false);
      Console console = new Console(OutputStream.nullOutputStream(), false);
      Run.run(quiet, console, ".pre-commit-config.yaml", RunOptions.forStage("pre-commit"));
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        Store.delete(tmp);
      } catch (IOException e) {
        // scratch space in /tmp
      }
    }
  }

  /** Writes the {@code precommit} launcher script for this JVM and jar. */
  public static int writeLauncher(CommandContext ctx, Path target) {
    JvmLauncher launcher = JvmLauncher.current(ctx.env());
    if (launcher == null) {
      throw new dev.precommit.errors.FatalError("__write-launcher must run from the precommit jar");
    }
    String script =
        "#!/usr/bin/env bash\n# precommit launcher, written by install.sh (paths fixed at install"
            + " time)\n"
            + launcher.hookLines("\"$@\"");
    try {
      Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
      Files.writeString(tmp, script, StandardCharsets.UTF_8);
      tmp.toFile().setExecutable(true, false);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
