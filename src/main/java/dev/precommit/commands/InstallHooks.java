package dev.precommit.commands;

import dev.precommit.config.Config;
import dev.precommit.config.ConfigLoader;
import dev.precommit.git.GitRepository;
import dev.precommit.output.Console;
import dev.precommit.repository.HookFactory;

/**
 * {@code install-hooks}: prepares every hook's environment ahead of time. Local and meta hooks of
 * the languages supported so far need none, so this validates the config and builds the hooks.
 */
public final class InstallHooks {
  private InstallHooks() {}

  public static int run(CommandContext ctx, Console console, String config) {
    try (GitRepository git = GitRepository.discover(ctx.cwd(), ctx.env())) {
      String configFile = RepoPaths.ifExists(config, ctx.cwd(), git.root());
      Config loaded = ConfigLoader.loadConfig(git.root().resolve(configFile), configFile, console::warning);
      new HookFactory(loaded, git.root(), console).allHooks();
      return 0;
    }
  }
}
