package dev.precommit.commands;

import dev.precommit.errors.ExitRequest;
import dev.precommit.git.GitRepository;
import dev.precommit.output.Console;
import dev.precommit.process.Executables;
import dev.precommit.process.ProcessRunner;
import dev.precommit.process.PythonRepr;
import dev.precommit.run.RunOptions;
import dev.precommit.run.RunPipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code hook-impl}: what an installed git hook runs. Chains a legacy hook, checks the config is
 * there, turns the git hook's arguments into run options and ORs the exit codes.
 */
public final class HookImpl {
  private HookImpl() {}

  /** The arguments the installed script passes. */
  public record Request(
      String config,
      String hookType,
      String hookDir,
      boolean skipOnMissingConfig,
      List<String> args) {}

  public static int run(CommandContext ctx, Console console, Request request)
      throws InterruptedException {
    if (!ctx.env().getOrDefault("PRE_COMMIT_RUNNING_LEGACY", "").isEmpty()) {
      ctx.stderr()
          .println(
              "bug: pre-commit's script is installed in migration mode\n"
                  + "run `pre-commit install -f --hook-type "
                  + request.hookType()
                  + "` to fix this\n\n"
                  + "Please report this bug at https://github.com/pre-commit/pre-commit/issues");
      throw new ExitRequest(1);
    }
    byte[] stdin = readStdin(ctx, request.hookType());
    int legacy = runLegacy(ctx, request, stdin);
    try (GitRepository git = GitRepository.discover(ctx.cwd(), ctx.env())) {
      String config = RepoPaths.ifExists(request.config(), ctx.cwd(), git.root());
      if (!Files.isRegularFile(git.root().resolve(config))) {
        if (request.skipOnMissingConfig()
            || !ctx.env().getOrDefault("PRE_COMMIT_ALLOW_NO_CONFIG", "").isEmpty()) {
          console.writeLine("`" + config + "` config file not found. Skipping `pre-commit`.");
          return legacy;
        }
        console.writeLine(
            "No "
                + config
                + " file was found\n"
                + "- To temporarily silence this, run `PRE_COMMIT_ALLOW_NO_CONFIG=1 git ...`\n"
                + "- To permanently silence this, install pre-commit with the"
                + " --allow-missing-config option\n"
                + "- To uninstall pre-commit run `pre-commit uninstall`");
        return 1;
      }
      checkArgCount(ctx, request.hookType(), request.args());
      RunOptions options =
          HookArguments.toRunOptions(request.hookType(), request.args(), stdin, git);
      if (options == null) {
        return legacy;
      }
      return legacy
          | new RunPipeline(
                  git, ctx.env(), console, ctx.stdout(), ctx.storeDirectory(), ctx.interrupts())
              .run(config, options);
    }
  }

  private static byte[] readStdin(CommandContext ctx, String hookType) {
    if (!hookType.equals("pre-push")) {
      return new byte[0];
    }
    try {
      return ctx.stdin().readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code <hook-dir>/<type>.legacy} if executable; its output goes straight to ours. */
  private static int runLegacy(CommandContext ctx, Request request, byte[] stdin)
      throws InterruptedException {
    if (request.hookDir() == null) {
      return 0;
    }
    Path legacy = ctx.cwd().resolve(request.hookDir()).resolve(request.hookType() + ".legacy");
    if (!Files.isExecutable(legacy) || Files.isDirectory(legacy)) {
      return 0;
    }
    Map<String, String> env = new HashMap<>(ctx.env());
    env.put("PRE_COMMIT_RUNNING_LEGACY", "1");
    List<String> argv = new ArrayList<>();
    argv.add(legacy.toString());
    argv.addAll(request.args());
    Executables.Resolution resolved = Executables.normalizeCmd(argv, ctx.cwd(), env);
    if (resolved instanceof Executables.Failed failed) {
      ctx.stderr().println(failed.message());
      return 1;
    }
    return new ProcessRunner()
        .runStreaming(((Executables.Found) resolved).argv(), ctx.cwd(), env, stdin, ctx.stdout());
  }

  private static void checkArgCount(CommandContext ctx, String hookType, List<String> args) {
    int n = args.size();
    String expected =
        switch (hookType) {
          case "prepare-commit-msg" -> n >= 1 && n <= 3 ? null : "1, 2, or 3 arguments";
          case "pre-rebase" -> n >= 1 && n <= 2 ? null : "1 or 2 arguments";
          default -> {
            int want = HookArguments.ARG_COUNTS.getOrDefault(hookType, 0);
            yield n == want ? null : want + (want == 1 ? " argument" : " arguments");
          }
        };
    if (expected != null) {
      ctx.stderr()
          .println(
              "hook-impl for "
                  + hookType
                  + " expected "
                  + expected
                  + " but got "
                  + n
                  + ": "
                  + pythonList(args));
      throw new ExitRequest(1);
    }
  }

  private static String pythonList(List<String> args) {
    List<String> quoted = new ArrayList<>();
    for (String a : args) {
      quoted.add(PythonRepr.string(a));
    }
    return "[" + String.join(", ", quoted) + "]";
  }
}
