package dev.precommit.commands;

import dev.precommit.config.ConfigLoader;
import dev.precommit.errors.FatalError;
import dev.precommit.output.Console;
import java.util.List;

/**
 * {@code validate-config} and {@code validate-manifest}: print each file's error, exit 1 if any.
 */
public final class Validate {
  private Validate() {}

  public static int configs(CommandContext ctx, Console console, List<String> files) {
    int code = 0;
    for (String file : files) {
      try {
        ConfigLoader.loadConfig(ctx.cwd().resolve(file), file, console::warning);
      } catch (FatalError e) {
        console.writeLine(e.getMessage());
        code = 1;
      }
    }
    return code;
  }

  public static int manifests(CommandContext ctx, Console console, List<String> files) {
    int code = 0;
    for (String file : files) {
      try {
        ConfigLoader.loadManifest(ctx.cwd().resolve(file), file, console::warning);
      } catch (FatalError e) {
        console.writeLine(e.getMessage());
        code = 1;
      }
    }
    return code;
  }
}
