package dev.precommit.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command-line mistake reported as argparse reports it: the usage, then {@code <prog>: error:
 * <message>} in argparse's words, exit 2. Scripts that grep pre-commit's error line keep working.
 */
public final class UsageError implements IParameterExceptionHandler {
  static final int EXIT_CODE = 2;

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine command = ex.getCommandLine();
    String message = argparseMessage(ex, args);
    if (ex instanceof UnmatchedArgumentException) {
      // argparse's subparsers hand unknown arguments back to the top-level parser
      while (command.getParent() != null) {
        command = command.getParent();
      }
    }
    PrintWriter err = command.getErr();
    err.print("usage: " + command.getHelp().synopsis(0));
    err.println(command.getCommandSpec().qualifiedName() + ": error: " + message);
    err.flush();
    return EXIT_CODE;
  }

  private static String argparseMessage(ParameterException ex, String[] args) {
    if (ex instanceof UnmatchedArgumentException unmatched) {
      return unmatchedMessage(unmatched);
    }
    if (ex instanceof MutuallyExclusiveArgsException) {
      return exclusiveMessage(ex, args);
    }
    if (ex instanceof MissingParameterException missing
        && missing.getMissing().size() == 1
        && missing.getMissing().get(0) instanceof OptionSpec option) {
      return "argument " + displayName(option) + ": expected one argument";
    }
    ArgSpec arg = ex.getArgSpec();
    String text = ex.getMessage();
    if (arg instanceof OptionSpec option && text.startsWith("Invalid value for option")) {
      String type = arg.type() == int.class || arg.type() == Integer.class ? "int" : "value";
      return "argument "
          + displayName(option)
          + ": invalid "
          + type
          + " value: '"
          + ex.getValue()
          + "'";
    }
    return text;
  }

  private static String unmatchedMessage(UnmatchedArgumentException ex) {
    List<String> unmatched = ex.getUnmatched();
    CommandLine command = ex.getCommandLine();
    boolean atTop = command.getParent() == null;
    if (atTop && !unmatched.isEmpty() && !unmatched.get(0).startsWith("-")) {
      List<String> names =
          command.getSubcommands().keySet().stream().filter(n -> !n.startsWith("__")).toList();
      return "argument command: invalid choice: '"
          + unmatched.get(0)
          + "' (choose from "
          + String.join(", ", names.stream().map(n -> "'" + n + "'").toList())
          + ")";
    }
    return "unrecognized arguments: " + String.join(" ", unmatched);
  }

  /** argparse names the option given second, "not allowed with" the one given first. */
  private static String exclusiveMessage(ParameterException ex, String[] args) {
    OptionSpec first = null;
    OptionSpec second = null;
    for (String arg : args) {
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      OptionSpec option = ex.getCommandLine().getCommandSpec().findOption(name);
      if (option == null || option.group() == null || !option.group().exclusive()) {
        continue;
      }
      if (first == null) {
        first = option;
      } else if (option != first) {
        second = option;
        break;
      }
    }
    if (first == null || second == null) {
      return ex.getMessage();
    }
    return "argument " + displayName(second) + ": not allowed with argument " + displayName(first);
  }

  /** argparse's name of an option: its spellings in declaration order, joined by slashes. */
  private static String displayName(OptionSpec option) {
    return String.join("/", option.names());
  }
}
