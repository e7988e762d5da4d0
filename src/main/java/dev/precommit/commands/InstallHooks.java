package dev.precommit.commands;

import dev.precommit.config.Config;
import dev.precommit.config.ConfigLoader;
import dev.precommit.git.GitRepository;
import dev.precommit.output.Console;
import dev.precommit.repository.HookFactory;
import dev.precommit.repository.HookRepositories;
import dev.precommit.store.Store;

/**
 * {@code install-hooks}: prepares every hook ahead of time: remote repositories are fetched into
 * the store (environments of managed languages are installed as they become supported).
 */
public final class InstallHooks {
  private InstallHooks() {}

  public static int run(CommandContext ctx, Console console, String config) {
    try (GitRepository git = GitRepository.discover(ctx.cwd(), ctx.env())) {
      String configFile = RepoPaths.ifExists(config, ctx.cwd(), git.root());
      Config loaded =
          ConfigLoader.loadConfig(git.root().resolve(configFile), configFile, console::warning);
      Store store = new Store(ctx.storeDirectory());
      store.recordConfig(git.root().resolve(configFile));
      new HookFactory(
              loaded,
              git.root(),
              console,
              new HookRepositories(store, git.root(), ctx.env(), console))
          .allHooks();
      return 0;
    }
  }
}
