package dev.precommit.languages;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pygrep's command line, parsed the way CPython 3.11's argparse parses it for pre-commit's {@code
 * pygrep} parser (options {@code -h -i --multiline --negate}, positionals {@code pattern} and
 * {@code filenames*}), including abbreviations, {@code --}, interleaving rules and messages.
 */
record PygrepArguments(
    boolean ignoreCase, boolean multiline, boolean negate, String pattern, List<String> filenames) {

  static final String USAGE =
      "usage: pygrep.py [-h] [-i] [--multiline] [--negate] pattern [filenames ...]\n";

  // argparse's help, wrapped for the 80-column fallback used when stdout is not a terminal.
  static final String HELP =
      USAGE
          + "\n"
          + "grep-like finder using python regexes. Unlike grep, this tool returns nonzero\n"
          + "when it finds a match and zero otherwise. The idea here being that matches are\n"
          + "\"problems\".\n"
          + "\n"
          + "positional arguments:\n"
          + "  pattern            python regex pattern.\n"
          + "  filenames\n"
          + "\n"
          + "options:\n"
          + "  -h, --help         show this help message and exit\n"
          + "  -i, --ignore-case\n"
          + "  --multiline\n"
          + "  --negate\n";

  private static final Pattern NEGATIVE_NUMBER = Pattern.compile("^-\\d+$|^-\\d*\\.\\d+$");

  private enum Option {
    HELP("-h/--help"),
    IGNORE_CASE("-i/--ignore-case"),
    MULTILINE("--multiline"),
    NEGATE("--negate");

    final String display;

    Option(String display) {
      this.display = display;
    }
  }

  /** Option strings in argparse's registration order (it decides ambiguity messages). */
  private static final Map<String, Option> OPTIONS = optionStrings();

  private static Map<String, Option> optionStrings() {
    Map<String, Option> options = new LinkedHashMap<>();
    options.put("-h", Option.HELP);
    options.put("--help", Option.HELP);
    options.put("-i", Option.IGNORE_CASE);
    options.put("--ignore-case", Option.IGNORE_CASE);
    options.put("--multiline", Option.MULTILINE);
    options.put("--negate", Option.NEGATE);
    return Collections.unmodifiableMap(options);
  }

  /** What argparse does instead of returning arguments: print and exit. */
  static final class Exit extends Exception {
    private static final long serialVersionUID = 1L;
    final int code;
    final String output;

    Exit(int code, String output) {
      super(output, null, false, false);
      this.code = code;
      this.output = output;
    }

    static Exit error(String message) {
      return new Exit(2, USAGE + "pygrep.py: error: " + message + "\n");
    }
  }

  /** An option occurrence: the option (null when unknown) and its {@code =value}, if any. */
  private record Occurrence(Option option, String optionString, String explicit) {}

  static PygrepArguments parse(List<String> argv) throws Exit {
    return new Parse(argv).run();
  }

  /** One run of argparse's {@code _parse_known_args}. */
  private static final class Parse {
    private final List<String> args;
    private final Map<Integer, Occurrence> optionAt = new HashMap<>();
    private final StringBuilder shape = new StringBuilder(); // 'O', 'A' or '-' per argument
    private final List<String> extras = new ArrayList<>();
    private int positionalsLeft = 2; // pattern, then filenames
    private boolean ignoreCase;
    private boolean multiline;
    private boolean negate;
    private String pattern;
    private List<String> filenames = List.of();

    Parse(List<String> args) {
      this.args = args;
    }

    PygrepArguments run() throws Exit {
      for (int i = 0; i < args.size(); i++) {
        if (args.get(i).equals("--")) {
          shape.append('-').append("A".repeat(args.size() - i - 1));
          break;
        }
        Occurrence occurrence = classify(args.get(i));
        if (occurrence != null) {
          optionAt.put(i, occurrence);
        }
        shape.append(occurrence == null ? 'A' : 'O');
      }
      int maxOption = optionAt.keySet().stream().mapToInt(i -> i).max().orElse(-1);
      int start = 0;
      while (start <= maxOption) {
        int from = start;
        int nextOption =
            optionAt.keySet().stream().filter(i -> i >= from).min(Integer::compare).get();
        if (start != nextOption) {
          int end = consumePositionals(start);
          if (end > start) {
            start = end;
            continue;
          }
        }
        if (!optionAt.containsKey(start)) {
          extras.addAll(args.subList(start, nextOption));
          start = nextOption;
        }
        start = consumeOptional(start);
      }
      extras.addAll(args.subList(consumePositionals(start), args.size()));
      if (positionalsLeft > 0) {
        throw Exit.error("the following arguments are required: pattern, filenames");
      }
      if (!extras.isEmpty()) {
        throw Exit.error("unrecognized arguments: " + String.join(" ", extras));
      }
      return new PygrepArguments(ignoreCase, multiline, negate, pattern, filenames);
    }

    // argparse's _parse_optional: null means a positional argument.
    private static Occurrence classify(String arg) throws Exit {
      if (arg.isEmpty() || arg.charAt(0) != '-') {
        return null;
      }
      if (OPTIONS.containsKey(arg)) {
        return new Occurrence(OPTIONS.get(arg), arg, null);
      }
      if (arg.length() == 1) {
        return null;
      }
      int eq = arg.indexOf('=');
      if (eq >= 0 && OPTIONS.containsKey(arg.substring(0, eq))) {
        return new Occurrence(
            OPTIONS.get(arg.substring(0, eq)), arg.substring(0, eq), arg.substring(eq + 1));
      }
      List<Occurrence> candidates = new ArrayList<>();
      if (arg.charAt(1) == '-') {
        String prefix = eq >= 0 ? arg.substring(0, eq) : arg;
        String explicit = eq >= 0 ? arg.substring(eq + 1) : null;
        OPTIONS.forEach(
            (name, option) -> {
              if (name.startsWith(prefix)) {
                candidates.add(new Occurrence(option, name, explicit));
              }
            });
      } else {
        String shortPrefix = arg.substring(0, 2);
        OPTIONS.forEach(
            (name, option) -> {
              if (name.equals(shortPrefix)) {
                candidates.add(new Occurrence(option, name, arg.substring(2)));
              } else if (name.startsWith(arg)) {
                candidates.add(new Occurrence(option, name, null));
              }
            });
      }
      if (candidates.size() > 1) {
        List<String> names = candidates.stream().map(Occurrence::optionString).toList();
        throw Exit.error("ambiguous option: " + arg + " could match " + String.join(", ", names));
      }
      if (candidates.size() == 1) {
        return candidates.get(0);
      }
      if (NEGATIVE_NUMBER.matcher(arg).find() || arg.contains(" ")) {
        return null;
      }
      return new Occurrence(null, arg, null);
    }

    // _match_arguments_partial for [pattern, filenames*] or [filenames*], then take_action.
    private int consumePositionals(int start) {
      String rest = shape.substring(start);
      if (positionalsLeft == 2) {
        Matcher m = Pattern.compile("(-*A-*)(-*[A-]*)").matcher(rest);
        if (!m.lookingAt()) {
          return start;
        }
        List<String> patternValues = withoutFirstSeparator(start, m.group(1).length());
        pattern = patternValues.get(0);
        filenames = withoutFirstSeparator(start + m.group(1).length(), m.group(2).length());
        positionalsLeft = 0;
        return start + m.group(1).length() + m.group(2).length();
      }
      if (positionalsLeft == 1) {
        Matcher m = Pattern.compile("(-*[A-]*)").matcher(rest);
        m.lookingAt();
        filenames = withoutFirstSeparator(start, m.group(1).length());
        positionalsLeft = 0;
        return start + m.group(1).length();
      }
      return start;
    }

    private List<String> withoutFirstSeparator(int from, int count) {
      List<String> values = new ArrayList<>(args.subList(from, from + count));
      values.remove("--");
      return values;
    }

    // consume_optional: flags take no value; "-ii" chains, "-ix" and "--negate=1" are errors.
    private int consumeOptional(int index) throws Exit {
      Occurrence occurrence = optionAt.get(index);
      if (occurrence.option() == null) {
        extras.add(args.get(index));
        return index + 1;
      }
      List<Option> actions = new ArrayList<>();
      Option option = occurrence.option();
      String optionString = occurrence.optionString();
      String explicit = occurrence.explicit();
      while (explicit != null) {
        if (optionString.charAt(1) != '-' && !explicit.isEmpty()) {
          actions.add(option);
          String next = "-" + explicit.charAt(0);
          if (!OPTIONS.containsKey(next)) {
            throw Exit.error(
                "argument " + option.display + ": ignored explicit argument " + pyRepr(explicit));
          }
          option = OPTIONS.get(next);
          optionString = next;
          explicit = explicit.length() > 1 ? explicit.substring(1) : null;
        } else {
          throw Exit.error(
              "argument " + option.display + ": ignored explicit argument " + pyRepr(explicit));
        }
      }
      actions.add(option);
      for (Option action : actions) {
        switch (action) {
          case HELP -> throw new Exit(0, HELP);
          case IGNORE_CASE -> ignoreCase = true;
          case MULTILINE -> multiline = true;
          case NEGATE -> negate = true;
        }
      }
      return index + 1;
    }
  }

  /** Python's repr() of a str, enough for argparse messages. */
  static String pyRepr(String s) {
    char quote = s.contains("'") && !s.contains("\"") ? '"' : '\'';
    StringBuilder out = new StringBuilder().append(quote);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' || c == quote) {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\x%02x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append(quote).toString();
  }
}
