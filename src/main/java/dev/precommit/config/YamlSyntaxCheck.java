package dev.precommit.config;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * check-yaml's verdict on a document, as ruamel.yaml's safe loader (without its libyaml extension)
 * gives it: syntax errors, duplicate keys, tags without a safe constructor and extra documents,
 * reported in ruamel's layout ({@code in "file", line L, column C}).
 */
public final class YamlSyntaxCheck {
  public enum Mode {
    /** One document, constructed. */
    SINGLE,
    /** Every document, constructed. */
    MULTI,
    /** The parser only (check-yaml --unsafe). */
    PARSE_ONLY
  }

  private static final String DUPLICATE_NOTE =
      "\nTo suppress this check see:\n"
          + "    http://yaml.readthedocs.io/en/latest/api.html#duplicate-keys\n";

  private static final Set<String> SAFE_TAGS =
      Set.of(
          "str",
          "int",
          "float",
          "bool",
          "null",
          "timestamp",
          "binary",
          "omap",
          "pairs",
          "set",
          "seq",
          "map",
          "merge",
          "value");

  private YamlSyntaxCheck() {}

  /**
   * A value the safe constructor cannot build (an impossible date, {@code !!int abc}): ruamel
   * raises a plain Python exception, not a YAML error, so check-yaml crashes on it.
   */
  public static final class ConstructionCrash extends RuntimeException {
    private final String pythonType;

    ConstructionCrash(String pythonType, String message) {
      super(message, null, false, false);
      this.pythonType = pythonType;
    }

    public String pythonType() {
      return pythonType;
    }
  }

  /** YAML 1.1 timestamps, which ruamel's safe loader resolves for plain scalars. */
  private static final java.util.regex.Pattern TIMESTAMP =
      java.util.regex.Pattern.compile(
          "([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"
              + "(?:(?:[Tt]|[ \\t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?:\\.[0-9]*)?"
              + "(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?");

  /** The error text ruamel would print, or empty when the text loads. */
  public static Optional<String> errorOf(String text, String name, Mode mode) {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(name)
            .setAllowDuplicateKeys(true)
            .setAllowNonScalarKeys(true)
            .setMaxAliasesForCollections(Integer.MAX_VALUE)
            .setCodePointLimit(Integer.MAX_VALUE)
            .setSchema(new CoreSchema())
            .build();
    try {
      switch (mode) {
        case PARSE_ONLY -> {
          for (Event ignored : new Parse(settings).parseString(text)) {
            // the events themselves do not matter
          }
        }
        case SINGLE -> {
          Optional<Node> root = new Compose(settings).composeString(text);
          if (root.isPresent()) {
            new Walk(name).check(root.get());
          }
        }
        case MULTI -> {
          for (Node root : new Compose(settings).composeAllFromString(text)) {
            new Walk(name).check(root);
          }
        }
      }
      return Optional.empty();
    } catch (Problem p) {
      return Optional.of(p.getMessage());
    } catch (MarkedYamlEngineException e) {
      return Optional.of(
          render(
              name,
              emptyToNull(e.getContext()),
              e.getContextMark(),
              ruamelWording(emptyToNull(e.getProblem())),
              e.getProblemMark(),
              null));
    } catch (ReaderException e) {
      return Optional.of(
          String.format(
              "unacceptable character #x%04x: special characters are not allowed%n  in \"%s\","
                  + " position %d",
              e.getCodePoint(), name, e.getPosition()));
    } catch (YamlEngineException e) {
      return Optional.of(String.valueOf(e.getMessage()));
    }
  }

  /** snakeyaml-engine's few wordings that differ from ruamel.yaml's pure-Python ones. */
  private static String ruamelWording(String problem) {
    if (problem == null) {
      return null;
    }
    java.util.regex.Matcher character =
        java.util.regex.Pattern.compile(
                "found character '(.*?)' that cannot start any token(\\. \\(Do not use .*)?",
                java.util.regex.Pattern.DOTALL)
            .matcher(problem);
    if (character.matches()) {
      String c = character.group(1).replace("\\t(TAB)", "\\t");
      return "found character '" + c + "' that cannot start any token";
    }
    if (problem.startsWith("found undefined alias ") && !problem.endsWith("'")) {
      return "found undefined alias '" + problem.substring("found undefined alias ".length()) + "'";
    }
    return problem.replaceAll("but got (<[^>']+>)$", "but got '$1'");
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /** ruamel's {@code MarkedYAMLError.__str__}. */
  private static String render(
      String name,
      String context,
      Optional<Mark> contextMark,
      String problem,
      Optional<Mark> problemMark,
      String note) {
    List<String> lines = new ArrayList<>();
    if (context != null) {
      lines.add(context);
    }
    if (contextMark.isPresent()
        && (problem == null
            || problemMark.isEmpty()
            || contextMark.get().getLine() != problemMark.get().getLine()
            || contextMark.get().getColumn() != problemMark.get().getColumn())) {
      lines.add(mark(name, contextMark.get()));
    }
    if (problem != null) {
      lines.add(problem);
    }
    problemMark.ifPresent(m -> lines.add(mark(name, m)));
    if (note != null) {
      lines.add(note);
    }
    return String.join("\n", lines);
  }

  private static String mark(String name, Mark m) {
    return "  in \"" + name + "\", line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1);
  }

  /** A construction error found while walking the nodes. */
  private static final class Problem extends RuntimeException {
    Problem(String text) {
      super(text, null, false, false);
    }
  }

  /** The safe constructor's checks: known tags, no duplicate keys. */
  private static final class Walk {
    private final String name;
    private final Map<Node, Boolean> seen = new IdentityHashMap<>();

    Walk(String name) {
      this.name = name;
    }

    void check(Node node) {
      if (seen.put(node, Boolean.TRUE) != null) {
        return;
      }
      Tag tag = node.getTag();
      String value = tag.getValue();
      if (!value.startsWith(Tag.PREFIX)
          || !SAFE_TAGS.contains(value.substring(Tag.PREFIX.length()))) {
        throw new Problem(
            render(
                name,
                null,
                Optional.empty(),
                "could not determine a constructor for the tag '" + value + "'",
                node.getStartMark(),
                null));
      }
      if (node instanceof ScalarNode scalar) {
        checkConstructible(scalar);
      }
      if (value.equals(Tag.BINARY.getValue()) && node instanceof ScalarNode binary) {
        String error = base64Error(binary.getValue());
        if (error != null) {
          throw new Problem(
              render(
                  name,
                  null,
                  Optional.empty(),
                  "failed to decode base64 data: " + error,
                  node.getStartMark(),
                  null));
        }
      }
      if (node instanceof SequenceNode seq) {
        seq.getValue().forEach(this::check);
      } else if (node instanceof MappingNode map) {
        Map<String, Node> keys = new HashMap<>();
        for (NodeTuple pair : map.getValue()) {
          check(pair.getKeyNode());
          check(pair.getValueNode());
          if (pair.getKeyNode().getTag().equals(Tag.MERGE)) {
            continue;
          }
          String identity = identity(pair.getKeyNode());
          Node original = keys.putIfAbsent(identity, pair.getValueNode());
          if (original != null) {
            throw new Problem(
                render(
                    name,
                    "while constructing a mapping",
                    map.getStartMark(),
                    "found duplicate key \""
                        + text(pair.getKeyNode())
                        + "\" with value \""
                        + text(pair.getValueNode())
                        + "\" (original value: \""
                        + text(original)
                        + "\")",
                    pair.getKeyNode().getStartMark(),
                    DUPLICATE_NOTE));
          }
        }
      }
    }

    /** The values ruamel's constructors reject with a plain exception. */
    private static void checkConstructible(ScalarNode scalar) {
      String v = scalar.getValue();
      boolean plain = scalar.getScalarStyle() == org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN;
      String tag = scalar.getTag().getValue();
      if (tag.equals(Tag.INT.getValue())) {
        try {
          parseInt(v);
        } catch (NumberFormatException e) {
          throw new ConstructionCrash(
              "ValueError", "invalid literal for int() with base 10: " + pyRepr(v));
        }
      }
      java.util.regex.Matcher m = TIMESTAMP.matcher(v);
      boolean timestamp =
          (plain && tag.equals(Tag.STR.getValue())) || tag.equals(Tag.PREFIX + "timestamp");
      if (!timestamp || !m.matches()) {
        return;
      }
      if (m.group(4) == null && (m.group(2).length() != 2 || m.group(3).length() != 2)) {
        return; // a date alone needs two-digit month and day to be a timestamp
      }
      int year = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(2));
      int day = Integer.parseInt(m.group(3));
      if (year < 1) {
        throw new ConstructionCrash("ValueError", "year " + year + " is out of range");
      }
      if (month < 1 || month > 12) {
        throw new ConstructionCrash("ValueError", "month must be in 1..12");
      }
      if (day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
        throw new ConstructionCrash("ValueError", "day is out of range for month");
      }
      if (m.group(4) != null) {
        if (Integer.parseInt(m.group(4)) > 23) {
          throw new ConstructionCrash("ValueError", "hour must be in 0..23");
        }
        if (Integer.parseInt(m.group(5)) > 59) {
          throw new ConstructionCrash("ValueError", "minute must be in 0..59");
        }
        if (Integer.parseInt(m.group(6)) > 59) {
          throw new ConstructionCrash("ValueError", "second must be in 0..59");
        }
      }
    }

    private static String pyRepr(String s) {
      return s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? "\"" + s + "\"" : "'" + s + "'";
    }

    /** Python's lenient {@code base64.decodebytes}: characters outside the alphabet are skipped. */
    private static String base64Error(String text) {
      int data = 0;
      int pads = 0;
      for (char c : text.toCharArray()) {
        if ((c >= 'A' && c <= 'Z')
            || (c >= 'a' && c <= 'z')
            || (c >= '0' && c <= '9')
            || c == '+'
            || c == '/') {
          if (pads > 0) {
            break;
          }
          data++;
        } else if (c == '=') {
          pads++;
        }
      }
      if (data % 4 == 1) {
        return "Invalid base64-encoded string: number of data characters ("
            + data
            + ") cannot be 1 more than a multiple of 4";
      }
      if (data % 4 != 0 && pads < 4 - data % 4) {
        return "Incorrect padding";
      }
      return null;
    }

    /** Python dict-key equality: 1, 1.0 and true are one key; "1" is another. */
    private static String identity(Node node) {
      if (node instanceof ScalarNode s) {
        String tag = s.getTag().getValue().substring(Tag.PREFIX.length());
        String v = s.getValue();
        try {
          switch (tag) {
            case "int":
              return "n:"
                  + new java.math.BigDecimal(parseInt(v)).stripTrailingZeros().toPlainString();
            case "bool":
              return "n:" + (v.toLowerCase(Locale.ROOT).equals("true") ? 1 : 0);
            case "float":
              double d = Double.parseDouble(v.replace("_", ""));
              return Double.isFinite(d)
                  ? "n:" + new java.math.BigDecimal(d).stripTrailingZeros().toPlainString()
                  : "f:" + d;
            case "null":
              return "None";
            default:
              return "s:" + v;
          }
        } catch (NumberFormatException e) {
          return "s:" + v;
        }
      }
      return "node:" + System.identityHashCode(node);
    }

    private static BigInteger parseInt(String v) {
      String s = v.replace("_", "");
      boolean negative = s.startsWith("-");
      if (s.startsWith("-") || s.startsWith("+")) {
        s = s.substring(1);
      }
      BigInteger n;
      if (s.startsWith("0x")) {
        n = new BigInteger(s.substring(2), 16);
      } else if (s.startsWith("0o")) {
        n = new BigInteger(s.substring(2), 8);
      } else {
        n = new BigInteger(s);
      }
      return negative ? n.negate() : n;
    }

    /** Python's {@code str()} of the constructed value, for the duplicate-key message. */
    private static String text(Node node) {
      if (node instanceof ScalarNode s) {
        String tag = s.getTag().getValue().substring(Tag.PREFIX.length());
        switch (tag) {
          case "bool":
            return s.getValue().toLowerCase(Locale.ROOT).equals("true") ? "True" : "False";
          case "null":
            return "None";
          case "int":
            try {
              return parseInt(s.getValue()).toString();
            } catch (NumberFormatException e) {
              return s.getValue();
            }
          default:
            return s.getValue();
        }
      }
      return node instanceof SequenceNode ? "[...]" : "{...}";
    }
  }
}
