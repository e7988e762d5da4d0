package dev.precommit.cli;

import dev.precommit.commands.CommandContext;
import dev.precommit.commands.ErrorHandler;
import dev.precommit.commands.HookImpl;
import dev.precommit.output.Console;
import java.util.ArrayList;
import java.util.List;

/**
 * The commit path without picocli: installed hook scripts call {@code hook-impl} with arguments we
 * wrote ourselves, so a tiny exact parser serves them and picocli's reflective model of every
 * command (about 180 classes) is never built. Anything unexpected goes to the full parser.
 */
public final class HookImplFastPath {
  private HookImplFastPath() {}

  /** Runs {@code hook-impl} if {@code args} has the installed script's shape; null otherwise. */
  public static Integer tryRun(CommandContext ctx, String[] args) {
    if (args.length == 0 || !args[0].equals("hook-impl")) {
      return null;
    }
    String config = ".pre-commit-config.yaml";
    String hookType = null;
    String hookDir = null;
    boolean skipOnMissingConfig = false;
    int i = 1;
    for (; i < args.length && !args[i].equals("--"); i++) {
      String a = args[i];
      if (a.startsWith("--config=")) {
        config = a.substring("--config=".length());
      } else if (a.startsWith("--hook-type=")) {
        hookType = a.substring("--hook-type=".length());
      } else if (a.equals("--hook-dir") && i + 1 < args.length) {
        hookDir = args[++i];
      } else if (a.equals("--skip-on-missing-config")) {
        skipOnMissingConfig = true;
      } else {
        return null;
      }
    }
    if (hookType == null || i >= args.length) {
      return null;
    }
    List<String> hookArgs = new ArrayList<>(List.of(args).subList(i + 1, args.length));
    String color = ctx.env().getOrDefault("PRE_COMMIT_COLOR", "auto");
    if (!List.of("auto", "always", "never").contains(color)) {
      return null;
    }
    Console console = ctx.console(color);
    HookImpl.Request request =
        new HookImpl.Request(config, hookType, hookDir, skipOnMissingConfig, List.copyOf(hookArgs));
    return ErrorHandler.call(ctx, console, () -> HookImpl.run(ctx, console, request));
  }
}
