package dev.precommit.catalog;

import dev.precommit.process.ProcessRunner;
import dev.precommit.process.Result;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The hooks that need Python's own parser or tokenizer (check-ast, check-builtin-literals,
 * check-docstring-first, debug-statements, double-quote-string-fixer): one {@code python3} process
 * per batch runs python_hooks.py, which parses its arguments with argparse itself.
 */
final class PythonSourceHook implements BuiltinHook {
  static final PythonSourceHook CHECK_AST = new PythonSourceHook("check-ast", false);
  static final PythonSourceHook CHECK_BUILTIN_LITERALS =
      new PythonSourceHook("check-builtin-literals", false);
  static final PythonSourceHook CHECK_DOCSTRING_FIRST =
      new PythonSourceHook("check-docstring-first", false);
  static final PythonSourceHook DEBUG_STATEMENTS =
      new PythonSourceHook("debug-statement-hook", false);
  static final PythonSourceHook DOUBLE_QUOTE_STRING_FIXER =
      new PythonSourceHook("double-quote-string-fixer", true);

  private final String script;
  private final boolean fixer;

  private PythonSourceHook(String script, boolean fixer) {
    this.script = script;
    this.fixer = fixer;
  }

  @Override
  public ArgParser parser() {
    return new ArgParser(script, "usage: " + script, ArgParser.Positionals.ANY);
  }

  /** Python's argparse parses these arguments itself. */
  @Override
  public ArgParser.Parsed parse(List<String> argv) {
    return new ArgParser.Parsed(java.util.Map.of(), argv);
  }

  @Override
  public int run(ArgParser.Parsed args, HookContext context) throws IOException, HookCrash {
    if (!onPath("python3", context.env().get("PATH"))) {
      context.printError(
          script
              + ": this built-in hook runs Python's own parser and needs `python3` on PATH, which"
              + " was not found. Install python3, or use the hook from its repository with"
              + " PRECOMMIT_NO_FAST_PATH=1.");
      return 1;
    }
    List<String> cmd = new ArrayList<>(List.of("python3", "-c", source(), script));
    cmd.addAll(args.filenames());
    Result result;
    try {
      result = new ProcessRunner().run(cmd, context.cwd(), context.env());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HookCrash("KeyboardInterrupt", "");
    }
    context.writeError(result.output());
    if (fixer && result.exitCode() != 0) {
      // the fixer rewrote some files; the runner's git diff tells which
      context.changed("*");
    }
    return result.exitCode();
  }

  private static boolean onPath(String program, String path) {
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return true;
      }
    }
    return false;
  }

  private static String source() {
    try (InputStream in = PythonSourceHook.class.getResourceAsStream("python_hooks.py")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
