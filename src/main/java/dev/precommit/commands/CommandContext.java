package dev.precommit.commands;

import dev.precommit.output.Color;
import dev.precommit.output.Console;
import dev.precommit.run.Interrupts;
import dev.precommit.store.StoreDirectory;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command may touch of the outside world: the streams, the environment, the working
 * directory and how it hears Ctrl-C, all explicit so tests (and the warm JVM's concurrent requests)
 * run commands in-process without global state.
 */
public record CommandContext(
    InputStream stdin,
    OutputStream stdout,
    PrintStream stderr,
    Map<String, String> env,
    Path cwd,
    boolean stderrIsTerminal,
    Interrupts interrupts) {

  /** A context whose Ctrl-C is the JVM's own (a cold start, tests). */
  public CommandContext(
      InputStream stdin,
      OutputStream stdout,
      PrintStream stderr,
      Map<String, String> env,
      Path cwd,
      boolean stderrIsTerminal) {
    this(stdin, stdout, stderr, env, cwd, stderrIsTerminal, Interrupts.JVM_SHUTDOWN);
  }

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
