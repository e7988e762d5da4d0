package dev.precommit.commands;

import dev.precommit.config.ConfigMigration;
import dev.precommit.config.YamlException;
import dev.precommit.errors.InvalidConfigError;
import dev.precommit.git.GitRepository;
import dev.precommit.output.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code migrate-config}: rewrite a config into the current format, in place. */
public final class MigrateConfig {
  private MigrateConfig() {}

  public static int run(CommandContext ctx, Console console, String config, boolean quiet) {
    try (GitRepository git = GitRepository.discover(ctx.cwd(), ctx.env())) {
      String display = RepoPaths.ifExists(config, ctx.cwd(), git.root());
      Path file = git.root().resolve(display);
      String original = readText(file);
      String migrated;
      try {
        migrated = ConfigMigration.migrate(original);
      } catch (YamlException e) {
        throw new InvalidConfigError("\n==> File " + display + "\n=====> " + e.getMessage());
      }
      if (!migrated.equals(original)) {
        Files.writeString(file, migrated, StandardCharsets.UTF_8);
        console.writeLine("Configuration has been migrated.");
      } else if (!quiet) {
        console.writeLine("Configuration is already migrated.");
      }
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Python text mode: universal newlines. */
  private static String readText(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
  }
}
