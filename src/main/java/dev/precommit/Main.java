package dev.precommit;

import dev.precommit.cli.HookImplFastPath;
import dev.precommit.cli.TopCommand;
import dev.precommit.cli.UsageError;
import dev.precommit.commands.CommandContext;
import dev.precommit.daemon.Daemon;
import dev.precommit.errors.ExitCodes;
import dev.precommit.git.JGitSetup;
import dev.precommit.run.Interrupts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/** Entry point. {@link #run} is the testable main; this class holds the only System.exit. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    JGitSetup.forCommandLine();
    if (args.length == 2 && args[0].equals(Daemon.COMMAND)) {
      // the warm JVM: serves hook runs until idle; never returns through the code below
      System.exit(Daemon.serve(Path.of(args[1]), System.getenv(), Main::run));
    }
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int code =
        run(
            System.in,
            System.out,
            err,
            System.getenv(),
            Path.of("").toAbsolutePath(),
            stderrIsTerminal(),
            args);
    System.out.flush();
    System.exit(code);
  }

  /**
   * pre-commit colours when stderr is a terminal; Java only reports on stdin+stdout, so look at
   * what fd 2 points to (Linux), falling back to the console check.
   */
  private static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  /**
   * Runs one command line with explicit streams, environment and working directory.
   *
   * @param stderrIsTerminal whether colour {@code auto} should colour
   */
  public static int run(
      InputStream in,
      OutputStream out,
      PrintStream err,
      Map<String, String> env,
      Path cwd,
      boolean stderrIsTerminal,
      String... args) {
    return run(in, out, err, env, cwd, stderrIsTerminal, Interrupts.JVM_SHUTDOWN, args);
  }

  /**
   * {@link #run}, hearing Ctrl-C through {@code interrupts} (the warm JVM's per-request cancel).
   */
  public static int run(
      InputStream in,
      OutputStream out,
      PrintStream err,
      Map<String, String> env,
      Path cwd,
      boolean stderrIsTerminal,
      Interrupts interrupts,
      String... args) {
    Map<String, String> cleanEnv = new HashMap<>(env);
    // pre-commit removes these so they never leak into hooks.
    cleanEnv.remove("__PYVENV_LAUNCHER__");
    cleanEnv.remove("PYTHONEXECUTABLE");
    CommandContext ctx =
        new CommandContext(in, out, err, Map.copyOf(cleanEnv), cwd, stderrIsTerminal, interrupts);
    Integer fast = HookImplFastPath.tryRun(ctx, args);
    if (fast != null) {
      return fast;
    }
    CommandLine cli = new CommandLine(new TopCommand(ctx), new ContextFactory(ctx));
    PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
    cli.setOut(new java.io.PrintWriter(stdout, true));
    cli.setErr(new java.io.PrintWriter(err, true));
    cli.setParameterExceptionHandler(new UsageError());
    // commands handle their own errors; anything escaping them is a bug
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> ExitCodes.UNEXPECTED);
    String[] argv = args.length == 0 ? new String[] {"run"} : args;
    return cli.execute(argv);
  }

  /** picocli builds our classes; the context reaches subcommands through their parent. */
  private record ContextFactory(CommandContext ctx) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == TopCommand.class) {
        return type.cast(new TopCommand(ctx));
      }
      return CommandLine.defaultFactory().create(type);
    }
  }
}
