package dev.precommit.commands;

import dev.precommit.config.Config;
import dev.precommit.config.ConfigLoader;
import dev.precommit.errors.FatalError;
import dev.precommit.git.GitRepository;
import dev.precommit.git.JGitSetup;
import dev.precommit.output.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;

/** {@code install} and {@code uninstall}: git hook scripts, keeping a foreign hook as legacy. */
public final class Install {
  private Install() {}

  /** Options of {@code install}; an empty {@code hookTypes} means "from the config". */
  public record Request(
      String config,
      List<String> hookTypes,
      boolean overwrite,
      boolean installHooks,
      boolean allowMissingConfig) {}

  public static int install(CommandContext ctx, Console console, Request request)
      throws InterruptedException {
    try (GitRepository git = GitRepository.discover(ctx.cwd(), ctx.env())) {
      String config = RepoPaths.ifExists(request.config(), ctx.cwd(), git.root());
      if (!git.configValue("core.hooksPath").isEmpty()) {
        console.error(
            "Cowardly refusing to install hooks with `core.hooksPath` set.\n"
                + "hint: `git config --unset-all core.hooksPath`");
        return 1;
      }
      String hooksDir = git.commonDir() + "/hooks";
      // pay JGit's one-off file-system probe now rather than on a commit
      JGitSetup.warmUp(git.root());
      for (String type : hookTypes(request.hookTypes(), git.root().resolve(config), config)) {
        installOne(
            git.root(),
            hooksDir,
            type,
            config,
            request.overwrite(),
            request.allowMissingConfig(),
            console);
      }
      if (request.installHooks()) {
        InstallHooks.run(ctx, console, config);
      }
      return 0;
    }
  }

  public static int uninstall(
      CommandContext ctx, Console console, String config, List<String> types) {
    try (GitRepository git = GitRepository.discover(ctx.cwd(), ctx.env())) {
      String configFile = RepoPaths.ifExists(config, ctx.cwd(), git.root());
      String hooksDir = git.commonDir() + "/hooks";
      for (String type : hookTypes(types, git.root().resolve(configFile), configFile)) {
        String display = hooksDir + "/" + type;
        Path hook = git.root().resolve(display);
        Path legacy = git.root().resolve(display + ".legacy");
        if (!Files.exists(hook, LinkOption.NOFOLLOW_LINKS) || !HookScript.isOurs(hook)) {
          continue;
        }
        Files.delete(hook);
        console.writeLine(type + " uninstalled");
        if (Files.exists(legacy, LinkOption.NOFOLLOW_LINKS)) {
          Files.move(legacy, hook, StandardCopyOption.REPLACE_EXISTING);
          console.writeLine("Restored previous hooks to " + display);
        }
      }
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code -t} values, else the config's default_install_hook_types, else pre-commit. */
  static List<String> hookTypes(List<String> given, Path configPath, String display) {
    if (!given.isEmpty()) {
      return given;
    }
    try {
      Config config = ConfigLoader.loadConfig(configPath, display, warning -> {});
      return config.defaultInstallHookTypes();
    } catch (FatalError e) {
      return List.of("pre-commit");
    }
  }

  /** Writes one hook script; a foreign hook already there becomes {@code <type>.legacy}. */
  static void installOne(
      Path base,
      String hooksDir,
      String type,
      String config,
      boolean overwrite,
      boolean skipOnMissingConfig,
      Console console) {
    String display = hooksDir + "/" + type;
    Path hook = base.resolve(display);
    Path legacy = base.resolve(display + ".legacy");
    try {
      Files.createDirectories(hook.getParent());
      if (Files.exists(hook, LinkOption.NOFOLLOW_LINKS) && !HookScript.isOurs(hook)) {
        Files.move(hook, legacy, StandardCopyOption.REPLACE_EXISTING);
      }
      if (overwrite && Files.exists(legacy, LinkOption.NOFOLLOW_LINKS)) {
        Files.delete(legacy);
      } else if (Files.exists(legacy, LinkOption.NOFOLLOW_LINKS)) {
        console.writeLine(
            "Running in migration mode with existing hooks at "
                + display
                + ".legacy\nUse -f to use only pre-commit.");
      }
      // write then rename, so a commit racing the install never runs half a script
      Path tmp = hook.resolveSibling(type + ".precommit-tmp");
      Files.writeString(
          tmp, HookScript.render(config, type, skipOnMissingConfig), StandardCharsets.UTF_8);
      Files.setPosixFilePermissions(
          tmp,
          EnumSet.of(
              PosixFilePermission.OWNER_READ,
              PosixFilePermission.OWNER_WRITE,
              PosixFilePermission.OWNER_EXECUTE,
              PosixFilePermission.GROUP_READ,
              PosixFilePermission.GROUP_EXECUTE,
              PosixFilePermission.OTHERS_READ,
              PosixFilePermission.OTHERS_EXECUTE));
      Files.move(tmp, hook, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      console.writeLine("pre-commit installed at " + display);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
