package dev.precommit.commands;

import dev.precommit.git.GitConfig;
import dev.precommit.output.Console;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code init-templatedir DIR}: hook scripts for {@code git init}'s template directory. */
public final class InitTemplatedir {
  private InitTemplatedir() {}

  public static int run(
      CommandContext ctx,
      Console console,
      String config,
      String directory,
      List<String> types,
      boolean allowMissingConfig) {
    Path dir = ctx.cwd().resolve(directory);
    for (String type : Install.hookTypes(types, ctx.cwd().resolve(config), config)) {
      Install.installOne(
          ctx.cwd(),
          directory + "/hooks",
          type,
          config,
          true,
          allowMissingConfig,
          JvmLauncher.current(ctx.env()),
          console);
    }
    String configured = GitConfig.get(ctx.cwd(), ctx.env(), "init.templateDir");
    Path target = realPath(dir);
    if (configured.isEmpty() || !realPath(expandUser(configured, ctx)).equals(target)) {
      console.warning("`init.templateDir` not set to the target directory");
      console.warning("maybe `git config --global init.templateDir " + target + "`?");
    }
    return 0;
  }

  private static Path expandUser(String path, CommandContext ctx) {
    if (path.equals("~") || path.startsWith("~/")) {
      return Path.of(ctx.env().getOrDefault("HOME", "") + path.substring(1));
    }
    return ctx.cwd().resolve(path);
  }

  private static Path realPath(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }
}
