package dev.precommit.commands;

import dev.precommit.output.Color;
import dev.precommit.output.Console;
import dev.precommit.store.StoreDirectory;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command may touch of the outside world: the streams, the environment and the working
 * directory, all explicit so tests run commands in-process without global state.
 */
public record CommandContext(
    InputStream stdin,
    OutputStream stdout,
    PrintStream stderr,
    Map<String, String> env,
    Path cwd,
    boolean stderrIsTerminal) {

  public Console console(String colorSetting) {
    return new Console(stdout, useColor(colorSetting));
  }

  public boolean useColor(String colorSetting) {
    return Color.useColor(colorSetting, stderrIsTerminal, env.get("TERM"));
  }

  public Path storeDirectory() {
    return StoreDirectory.of(env);
  }
}
