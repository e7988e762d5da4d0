package dev.precommit.cli;

import dev.precommit.config.Stages;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Repeatable {@code -t/--hook-type}, validated against the ten git hook types. */
final class HookTypeOption {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = {"-t", "--hook-type"},
      paramLabel = "HOOK_TYPE",
      description =
          "Hook type to install (repeatable); default: the config's default_install_hook_types")
  List<String> hookTypes = new ArrayList<>();

  List<String> validated() {
    for (String type : hookTypes) {
      if (!Stages.HOOK_TYPES.contains(type)) {
        throw new ParameterException(
            spec.commandLine(),
            "argument -t/--hook-type: invalid choice: '"
                + type
                + "' (choose from "
                + String.join(", ", Stages.HOOK_TYPES.stream().map(t -> "'" + t + "'").toList())
                + ")");
      }
    }
    return List.copyOf(hookTypes);
  }
}
