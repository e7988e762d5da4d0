package dev.precommit.cli;

import picocli.CommandLine.Option;

/** {@code -c/--config}: the config file, as the commands that read one accept it. */
final class ConfigOption {
  @Option(
      names = {"-c", "--config"},
      defaultValue = ".pre-commit-config.yaml",
      description = "Path to alternate config file")
  String path;
}
