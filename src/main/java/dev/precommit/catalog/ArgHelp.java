package dev.precommit.catalog;

import java.util.ArrayList;
import java.util.List;

/** argparse's {@code --help} text for the hooks' parsers. */
final class ArgHelp {
  private ArgHelp() {}

  /** argparse's help layout: usage, positionals, then each visible option. */
  static String render(String usage, boolean positionals, List<ArgParser.Option> options) {
    StringBuilder out = new StringBuilder(usage);
    if (positionals) {
      out.append("\npositional arguments:\n  filenames\n");
    }
    out.append("\noptions:\n");
    List<String[]> rows = new ArrayList<>();
    for (ArgParser.Option o : options) {
      if (ArgParser.SUPPRESS.equals(o.help())) {
        continue;
      }
      List<String> parts = new ArrayList<>();
      for (String name : o.names()) {
        parts.add(name + argumentText(o));
      }
      rows.add(new String[] {String.join(", ", parts), o.help() == null ? "" : o.help()});
    }
    int width = 0;
    for (String[] row : rows) {
      width = Math.max(width, row[0].length());
    }
    int column = Math.min(width + 4, 24);
    for (String[] row : rows) {
      String invocation = "  " + row[0];
      if (row[1].isEmpty()) {
        out.append(invocation).append('\n');
        continue;
      }
      if (invocation.length() + 2 <= column) {
        out.append(invocation).append(" ".repeat(column - invocation.length()));
      } else {
        out.append(invocation).append('\n').append(" ".repeat(column));
      }
      out.append(row[1]).append('\n');
    }
    return out.toString();
  }

  private static String argumentText(ArgParser.Option o) {
    if (o.kind() != ArgParser.Kind.VALUE && o.kind() != ArgParser.Kind.APPEND) {
      return "";
    }
    if (!o.choices().isEmpty()) {
      return " {" + String.join(",", o.choices()) + "}";
    }
    return " " + (o.metavar() != null ? o.metavar() : o.dest().toUpperCase(java.util.Locale.ROOT));
  }
}
