package dev.precommit.catalog;

import dev.precommit.process.PythonRepr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The subset of Python's argparse the original hooks use, with its quirks: unambiguous prefixes of
 * long options, {@code -fVALUE} / {@code -f=VALUE}, {@code --}, positionals consumed greedily at
 * their first position (so {@code a --flag b} is an error), mutually exclusive groups, and its
 * exact error texts (usage, then {@code prog: error: message}, exit 2).
 */
final class ArgParser {
  enum Kind {
    /** store_true. */
    FLAG,
    /** store: the last value wins. */
    VALUE,
    /** append. */
    APPEND,
    /** store_const into a shared dest. */
    CONST,
    /** -h/--help: prints the help and exits 0. */
    HELP
  }

  enum Positionals {
    NONE,
    ANY,
    AT_LEAST_ONE
  }

  record Option(
      List<String> names,
      String dest,
      Kind kind,
      String metavar,
      List<String> choices,
      boolean integer,
      String constant,
      String help,
      int group) {
    String displayName() {
      return String.join("/", names);
    }
  }

  /** Help or an error: the text to print and the exit code. */
  static final class Exit extends Exception {
    private final int code;
    private final String text;

    Exit(int code, String text) {
      super(text, null, false, false);
      this.code = code;
      this.text = text;
    }

    int code() {
      return code;
    }

    String text() {
      return text;
    }
  }

  /** Parsed values: flags are booleans, values strings (or integers), appends lists. */
  record Parsed(Map<String, Object> values, List<String> filenames) {
    boolean flag(String dest) {
      return Boolean.TRUE.equals(values.get(dest));
    }

    String string(String dest) {
      return (String) values.get(dest);
    }

    int integer(String dest) {
      return (Integer) values.get(dest);
    }

    @SuppressWarnings("unchecked")
    List<String> list(String dest) {
      Object v = values.get(dest);
      return v == null ? List.of() : (List<String>) v;
    }
  }

  /** argparse.SUPPRESS: an option left out of the help. */
  static final String SUPPRESS = "==SUPPRESS==";

  private final String prog;
  private final String usage;
  private final Positionals positionals;
  private final List<Option> options = new ArrayList<>();
  private final Map<String, Object> defaults = new LinkedHashMap<>();

  /**
   * store_const options whose constant is their own default: argparse compares with {@code is}, so
   * using them never counts for the mutually exclusive group.
   */
  private final java.util.Set<Option> neutral = new java.util.HashSet<>();

  /**
   * @param usage the exact usage block argparse prints (wrapped as argparse wraps it)
   */
  ArgParser(String prog, String usage, Positionals positionals) {
    this.prog = prog;
    this.usage = usage.endsWith("\n") ? usage : usage + "\n";
    this.positionals = positionals;
    options.add(
        new Option(
            List.of("-h", "--help"),
            "help",
            Kind.HELP,
            null,
            List.of(),
            false,
            null,
            "show this help message and exit",
            0));
  }

  ArgParser flag(String help, String... names) {
    return add(names, Kind.FLAG, null, List.of(), false, null, help, 0, false);
  }

  ArgParser value(String metavar, Object dflt, String help, String... names) {
    return add(names, Kind.VALUE, metavar, List.of(), false, null, help, 0, dflt);
  }

  ArgParser integer(String metavar, int dflt, String help, String... names) {
    return add(names, Kind.VALUE, metavar, List.of(), true, null, help, 0, dflt);
  }

  ArgParser choice(List<String> choices, String dflt, String help, String... names) {
    return add(names, Kind.VALUE, null, choices, false, null, help, 0, dflt);
  }

  ArgParser append(String metavar, String help, String... names) {
    return add(names, Kind.APPEND, metavar, List.of(), false, null, help, 0, null);
  }

  /** A flag in mutually exclusive group {@code group} (> 0). */
  ArgParser exclusiveFlag(int group, String help, String... names) {
    return add(names, Kind.FLAG, null, List.of(), false, null, help, group, false);
  }

  /** A store_const option of a mutually exclusive group writing {@code dest}. */
  ArgParser exclusiveConst(
      int group, String dest, String constant, Object dflt, String help, String... names) {
    Option option =
        new Option(List.of(names), dest, Kind.CONST, null, List.of(), false, constant, help, group);
    options.add(option);
    defaults.putIfAbsent(dest, dflt);
    return this;
  }

  private ArgParser add(
      String[] names,
      Kind kind,
      String metavar,
      List<String> choices,
      boolean integer,
      String constant,
      String help,
      int group,
      Object dflt) {
    String dest = destOf(names);
    options.add(
        new Option(List.of(names), dest, kind, metavar, choices, integer, constant, help, group));
    defaults.put(dest, dflt);
    return this;
  }

  private static String destOf(String[] names) {
    for (String n : names) {
      if (n.startsWith("--")) {
        return n.substring(2).replace('-', '_');
      }
    }
    return names[0].substring(1);
  }

  String prog() {
    return prog;
  }

  /** {@code parser.error(message)}: usage plus the message, exit 2. */
  Exit error(String message) {
    return new Exit(2, usage + prog + ": error: " + message + "\n");
  }

  Parsed parse(List<String> args) throws Exit {
    // classify each argument as an option ('O'), a positional ('A') or the '--' marker ('-')
    List<Optional<Match>> matches = new ArrayList<>();
    StringBuilder pattern = new StringBuilder();
    boolean afterDashDash = false;
    for (String arg : args) {
      if (afterDashDash) {
        pattern.append('A');
        matches.add(Optional.empty());
      } else if (arg.equals("--")) {
        pattern.append('-');
        matches.add(Optional.empty());
        afterDashDash = true;
      } else {
        Optional<Match> m = classify(arg);
        matches.add(m);
        pattern.append(m.isPresent() ? 'O' : 'A');
      }
    }
    Map<String, Object> values = new HashMap<>(defaults);
    for (Option o : options) {
      if (o.kind() == Kind.APPEND && values.get(o.dest()) != null) {
        values.put(o.dest(), new ArrayList<>((List<?>) values.get(o.dest())));
      }
    }
    Map<Integer, Option> seenInGroup = new HashMap<>();
    List<String> filenames = new ArrayList<>();
    List<String> extras = new ArrayList<>();
    boolean positionalsConsumed = positionals == Positionals.NONE;
    int i = 0;
    int lastOption = pattern.lastIndexOf("O");
    while (i <= lastOption) {
      int nextOption = pattern.indexOf("O", i);
      if (i != nextOption) {
        if (!positionalsConsumed) {
          int end = i;
          while (end < nextOption && pattern.charAt(end) != 'O') {
            end++;
          }
          filenames.addAll(withoutFirstDashDash(args.subList(i, end)));
          positionalsConsumed = true;
          i = end;
          continue;
        }
        extras.addAll(args.subList(i, nextOption));
        i = nextOption;
      }
      Match m = matches.get(i).orElseThrow();
      if (m.option() == null) {
        extras.add(args.get(i));
        i++;
        continue;
      }
      i = consume(m, args, pattern, i, values, seenInGroup);
    }
    if (!positionalsConsumed) {
      filenames.addAll(withoutFirstDashDash(args.subList(i, args.size())));
      i = args.size();
    } else {
      extras.addAll(args.subList(i, args.size()));
    }
    if (positionals == Positionals.AT_LEAST_ONE && filenames.isEmpty()) {
      throw error("the following arguments are required: filenames");
    }
    if (!extras.isEmpty()) {
      throw error("unrecognized arguments: " + String.join(" ", extras));
    }
    return new Parsed(values, List.copyOf(filenames));
  }

  private static List<String> withoutFirstDashDash(List<String> strings) {
    List<String> out = new ArrayList<>(strings);
    out.remove("--");
    return out;
  }

  /** An option argument: the option (null when unknown) and an attached {@code =value}. */
  private record Match(Option option, String explicit) {}

  private Optional<Match> classify(String arg) throws Exit {
    if (arg.isEmpty() || arg.charAt(0) != '-') {
      return Optional.empty();
    }
    Option exact = byName(arg);
    if (exact != null) {
      return Optional.of(new Match(exact, null));
    }
    if (arg.length() == 1) {
      return Optional.empty();
    }
    int eq = arg.indexOf('=');
    if (eq >= 0) {
      Option o = byName(arg.substring(0, eq));
      if (o != null) {
        return Optional.of(new Match(o, arg.substring(eq + 1)));
      }
    }
    List<Match> candidates = new ArrayList<>();
    List<String> candidateNames = new ArrayList<>();
    if (arg.startsWith("--")) {
      String prefix = eq >= 0 ? arg.substring(0, eq) : arg;
      String explicit = eq >= 0 ? arg.substring(eq + 1) : null;
      for (Option o : options) {
        for (String name : o.names()) {
          if (name.startsWith(prefix)) {
            candidates.add(new Match(o, explicit));
            candidateNames.add(name);
          }
        }
      }
    } else {
      String shortName = arg.substring(0, 2);
      for (Option o : options) {
        for (String name : o.names()) {
          if (name.equals(shortName)) {
            candidates.add(new Match(o, arg.substring(2)));
            candidateNames.add(name);
          } else if (name.startsWith(arg)) {
            candidates.add(new Match(o, null));
            candidateNames.add(name);
          }
        }
      }
    }
    if (candidates.size() > 1) {
      throw error("ambiguous option: " + arg + " could match " + String.join(", ", candidateNames));
    }
    if (candidates.size() == 1) {
      return Optional.of(candidates.get(0));
    }
    if (arg.matches("-\\d+$|-\\d*\\.\\d+$") || arg.contains(" ")) {
      return Optional.empty();
    }
    return Optional.of(new Match(null, null));
  }

  private Option byName(String name) {
    for (Option o : options) {
      if (o.names().contains(name)) {
        return o;
      }
    }
    return null;
  }

  private int consume(
      Match m,
      List<String> args,
      CharSequence pattern,
      int i,
      Map<String, Object> values,
      Map<Integer, Option> seenInGroup)
      throws Exit {
    Option o = m.option();
    String explicit = m.explicit();
    int next = i + 1;
    Object value;
    if (o.kind() == Kind.HELP) {
      throw new Exit(0, help());
    }
    if (o.kind() == Kind.FLAG || o.kind() == Kind.CONST) {
      if (explicit != null) {
        String name = args.get(i);
        // "-mm": a single-dash flag followed by more single-letter flags
        if (!name.startsWith("--") && !explicit.isEmpty() && explicit.charAt(0) != '=') {
          Option more = byName("-" + explicit.charAt(0));
          if (more != null) {
            store(o, o.kind() == Kind.FLAG ? Boolean.TRUE : o.constant(), values, seenInGroup);
            String rest = explicit.substring(1);
            return consume(
                new Match(more, rest.isEmpty() ? null : rest),
                args,
                pattern,
                i,
                values,
                seenInGroup);
          }
        }
        throw new Exit(
            2,
            usage
                + prog
                + ": error: argument "
                + o.displayName()
                + ": ignored explicit argument "
                + PythonRepr.string(explicit)
                + "\n");
      }
      value = o.kind() == Kind.FLAG ? Boolean.TRUE : o.constant();
    } else {
      String raw;
      if (explicit != null) {
        raw = explicit;
      } else if (next < args.size() && pattern.charAt(next) == 'A') {
        raw = args.get(next);
        next++;
      } else {
        throw error("argument " + o.displayName() + ": expected one argument");
      }
      value = convert(o, raw);
    }
    store(o, value, values, seenInGroup);
    return next;
  }

  /** argparse's help layout: usage, positionals, then each visible option. */
  String help() {
    return ArgHelp.render(usage, positionals != Positionals.NONE, options);
  }

  private Object convert(Option o, String raw) throws Exit {
    if (o.integer()) {
      Integer n = PythonInt.parse(raw);
      if (n == null) {
        throw error(
            "argument " + o.displayName() + ": invalid int value: " + PythonRepr.string(raw));
      }
      return n;
    }
    if (!o.choices().isEmpty() && !o.choices().contains(raw)) {
      List<String> quoted = o.choices().stream().map(PythonRepr::string).toList();
      throw error(
          "argument "
              + o.displayName()
              + ": invalid choice: "
              + PythonRepr.string(raw)
              + " (choose from "
              + String.join(", ", quoted)
              + ")");
    }
    return raw;
  }

  @SuppressWarnings("unchecked")
  private void store(Option o, Object value, Map<String, Object> values, Map<Integer, Option> seen)
      throws Exit {
    if (o.group() > 0) {
      Option other = seen.get(o.group());
      if (other != null && other != o) {
        throw error(
            "argument " + o.displayName() + ": not allowed with argument " + other.displayName());
      }
      seen.put(o.group(), o);
    }
    if (o.kind() == Kind.APPEND) {
      List<String> list = (List<String>) values.get(o.dest());
      if (list == null) {
        list = new ArrayList<>();
        values.put(o.dest(), list);
      }
      list.add((String) value);
    } else {
      values.put(o.dest(), value);
    }
  }
}
