package dev.precommit.commands;

import dev.precommit.errors.ExitCodes;
import dev.precommit.errors.ExitRequest;
import dev.precommit.errors.FatalError;
import dev.precommit.output.Console;
import dev.precommit.output.UrlCredentials;
import dev.precommit.store.StoreDirectory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * Wraps every command like pre-commit's {@code error_handler}: user errors exit 1, bugs exit 3, and
 * both print one line plus the path of a log file holding the details (never a stack trace on the
 * terminal).
 */
public final class ErrorHandler {
  private ErrorHandler() {}

  public static int call(CommandContext ctx, Console console, Callable<Integer> command) {
    try {
      return command.call();
    } catch (ExitRequest e) {
      return e.exitCode();
    } catch (FatalError e) {
      return report(ctx, console, "An error has occurred", e.typeName(), e, ExitCodes.FAILED);
    } catch (InterruptedException e) {
      return report(
          ctx, console, "Interrupted (^C)", "KeyboardInterrupt", e, ExitCodes.INTERRUPTED);
    } catch (Exception | StackOverflowError e) {
      return report(
          ctx,
          console,
          "An unexpected error has occurred",
          e.getClass().getSimpleName(),
          e,
          ExitCodes.UNEXPECTED);
    }
  }

  private static int report(
      CommandContext ctx, Console console, String what, String type, Throwable e, int code) {
    String message =
        UrlCredentials.hide(
            what + ": " + type + ": " + (e.getMessage() == null ? "" : e.getMessage()));
    console.writeLine(message);
    Path store = StoreDirectory.of(ctx.env());
    Path log = store.resolve(StoreDirectory.LOG_FILE);
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    String text =
        "### version information\n\n```\n"
            + "precommit version: "
            + Version.VERSION
            + "\njava.version: "
            + System.getProperty("java.version")
            + "\njava.home: "
            + System.getProperty("java.home")
            + "\nos.name: "
            + System.getProperty("os.name")
            + "\n```\n\n### error information\n\n```\n"
            + message
            + "\n```\n\n```\n"
            + UrlCredentials.hide(trace.toString())
            + "```\n";
    try {
      Files.createDirectories(store);
      Files.writeString(log, text, StandardCharsets.UTF_8);
      console.writeLine("Check the log at " + log);
    } catch (IOException io) {
      console.writeLine("Failed to write to log at " + log);
      if (code != ExitCodes.FAILED) {
        // a bug: the details are needed for a report and there is nowhere else to put them.
        // A user error (exit 1) is fully described by its one line: no stack trace for it.
        console.write(text);
      }
    }
    return code;
  }
}
