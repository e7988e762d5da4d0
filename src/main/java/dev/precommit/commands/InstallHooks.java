package dev.precommit.commands;

import dev.precommit.config.Config;
import dev.precommit.config.ConfigLoader;
import dev.precommit.git.GitRepository;
import dev.precommit.hook.Hook;
import dev.precommit.output.Console;
import dev.precommit.output.InstallProgress;
import dev.precommit.process.ProcessRunner;
import dev.precommit.repository.EnvironmentInstaller;
import dev.precommit.repository.HookFactory;
import dev.precommit.repository.HookRepositories;
import dev.precommit.store.Store;
import java.util.List;

/**
 * {@code install-hooks}: prepares every hook ahead of time: remote repositories are fetched into
 * the store and every hook's environment is installed, independent ones in parallel. On a terminal
 * a status line on stderr shows what is installing meanwhile.
 */
public final class InstallHooks {
  private InstallHooks() {}

  /** A status line while installing, on a terminal that can redraw one. */
  private static InstallProgress progress(CommandContext ctx) {
    return ctx.stderrIsTerminal() && !"dumb".equals(ctx.env().get("TERM"))
        ? InstallProgress.onTerminal(ctx.stderr(), ctx.env().get("COLUMNS"))
        : InstallProgress.none();
  }

  public static int run(CommandContext ctx, Console console, String config)
      throws InterruptedException {
    try (GitRepository git = GitRepository.discover(ctx.cwd(), ctx.env())) {
      String configFile = RepoPaths.ifExists(config, ctx.cwd(), git.root());
      Config loaded =
          ConfigLoader.loadConfig(git.root().resolve(configFile), configFile, console::warning);
      Store store = new Store(ctx.storeDirectory());
      store.recordConfig(git.root().resolve(configFile));
      List<Hook> hooks =
          new HookFactory(
                  loaded,
                  git.root(),
                  console,
                  new HookRepositories(store, git.root(), ctx.env(), console))
              .allHooks();
      try (InstallProgress progress = progress(ctx)) {
        new EnvironmentInstaller(store, ctx.env(), console, new ProcessRunner(), progress)
            .install(hooks);
      }
      return 0;
    }
  }
}
