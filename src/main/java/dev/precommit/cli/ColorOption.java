package dev.precommit.cli;

import dev.precommit.commands.CommandContext;
import dev.precommit.output.Console;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --color {auto,always,never}}, defaulting to {@code $PRE_COMMIT_COLOR}, else auto. */
final class ColorOption {
  private static final Set<String> CHOICES = Set.of("auto", "always", "never");

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--color",
      paramLabel = "{auto,always,never}",
      description = "Whether to use color in output. Defaults to `auto`.")
  String color;

  String resolve(CommandContext ctx) {
    String value = color != null ? color : ctx.env().getOrDefault("PRE_COMMIT_COLOR", "auto");
    if (!CHOICES.contains(value)) {
      throw new ParameterException(
          spec.commandLine(),
          "argument --color: invalid choice: '"
              + value
              + "' (choose from 'auto', 'always', 'never')");
    }
    return value;
  }

  Console console(CommandContext ctx) {
    return ctx.console(resolve(ctx));
  }
}
