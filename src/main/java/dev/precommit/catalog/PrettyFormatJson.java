package dev.precommit.catalog;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * pretty-format-json: each file must equal its {@code json.dumps} rendering (sorted keys, chosen
 * indentation); otherwise a unified diff is shown, or with --autofix the file is rewritten.
 */
final class PrettyFormatJson implements BuiltinHook {
  @Override
  public ArgParser parser() {
    return new ArgParser(
            "pretty-format-json",
            """
            usage: pretty-format-json [-h] [--autofix] [--indent INDENT]
                                      [--no-ensure-ascii] [--no-sort-keys]
                                      [--top-keys TOP_KEYS]
                                      [filenames ...]""",
            ArgParser.Positionals.ANY)
        .flag("Automatically fixes encountered not-pretty-formatted files", "--autofix")
        .value(
            "INDENT",
            "2",
            "The number of indent spaces or a string to be used as delimiter for indentation"
                + " level e.g. 4 or \"\\t\" (Default: 2)",
            "--indent")
        .flag(
            "Do NOT convert non-ASCII characters to Unicode escape sequences (\\uXXXX)",
            "--no-ensure-ascii")
        .flag("Keep JSON nodes in the same order", "--no-sort-keys")
        .value(
            "TOP_KEYS",
            null,
            "Ordered list of keys to keep at the top of JSON hashes",
            "--top-keys");
  }

  @Override
  public int run(ArgParser.Parsed args, HookContext context) throws IOException, HookCrash {
    String indentArg = args.string("indent");
    Integer spaces = PythonInt.parse(indentArg);
    String indent = spaces == null ? indentArg : " ".repeat(Math.max(0, spaces));
    String topKeysArg = args.string("top_keys");
    List<String> topKeys = topKeysArg == null ? List.of() : List.of(topKeysArg.split(",", -1));
    boolean sortKeys = !args.flag("no_sort_keys");
    boolean ensureAscii = !args.flag("no_ensure_ascii");
    int status = 0;
    for (String filename : args.filenames()) {
      String contents = Utf8.readText(context.path(filename));
      String pretty;
      try {
        Object value = PyJson.loads(contents, pairs -> order(pairs, topKeys, sortKeys));
        pretty = PyJsonWriter.dumps(value, indent, ensureAscii) + "\n";
      } catch (PyJson.JsonError e) {
        context.print("Input File " + filename + " is not a valid JSON, consider using check-json");
        status = 1;
        continue;
      }
      if (!contents.equals(pretty)) {
        if (args.flag("autofix")) {
          context.print("Fixing file " + filename);
          Files.write(context.path(filename), pretty.getBytes(StandardCharsets.UTF_8));
          context.changed(filename);
        } else {
          String diff =
              UnifiedDiff.diff(
                  UnifiedDiff.splitlinesKeepEnds(contents),
                  UnifiedDiff.splitlinesKeepEnds(pretty),
                  filename,
                  filename);
          context.write(diff.getBytes(StandardCharsets.UTF_8));
        }
        status = 1;
      }
    }
    return status;
  }

  /** Top keys first (in --top-keys order), then the rest sorted as Python sorts the pairs. */
  private static Object order(
      List<Map.Entry<String, Object>> pairs, List<String> topKeys, boolean sortKeys)
      throws PyJson.JsonError {
    List<Map.Entry<String, Object>> before = new ArrayList<>();
    List<Map.Entry<String, Object>> after = new ArrayList<>();
    for (Map.Entry<String, Object> pair : pairs) {
      (topKeys.contains(pair.getKey()) ? before : after).add(pair);
    }
    before.sort(Comparator.comparingInt(p -> topKeys.indexOf(p.getKey())));
    if (sortKeys) {
      try {
        after.sort(PrettyFormatJson::comparePairs);
      } catch (ClassCastException e) {
        throw new UncomparableValues(e.getMessage());
      }
    }
    Map<String, Object> object = new LinkedHashMap<>();
    for (Map.Entry<String, Object> pair : before) {
      object.put(pair.getKey(), pair.getValue());
    }
    for (Map.Entry<String, Object> pair : after) {
      object.put(pair.getKey(), pair.getValue());
    }
    return object;
  }

  /** Python's TypeError when sorting compares values that have no order. */
  static final class UncomparableValues extends RuntimeException {
    UncomparableValues(String message) {
      super(message);
    }
  }

  private static int comparePairs(Map.Entry<String, Object> x, Map.Entry<String, Object> y) {
    int byKey = CheckCaseConflict.byCodePoint(x.getKey(), y.getKey());
    if (byKey != 0) {
      return byKey;
    }
    return compareValues(x.getValue(), y.getValue());
  }

  /** Python's ordering of json values; unorderable pairs throw (a TypeError in Python). */
  private static int compareValues(Object a, Object b) {
    if (pyEquals(a, b)) {
      return 0;
    }
    if (isNumber(a) && isNumber(b)) {
      return Double.compare(asDouble(a), asDouble(b));
    }
    if (a instanceof String s && b instanceof String t) {
      return CheckCaseConflict.byCodePoint(s, t);
    }
    if (a instanceof List<?> l && b instanceof List<?> m) {
      for (int i = 0; i < Math.min(l.size(), m.size()); i++) {
        if (!pyEquals(l.get(i), m.get(i))) {
          return compareValues(l.get(i), m.get(i));
        }
      }
      return Integer.compare(l.size(), m.size());
    }
    throw new ClassCastException("'<' not supported between these json values");
  }

  private static boolean isNumber(Object o) {
    return o instanceof BigInteger || o instanceof Double || o instanceof Boolean;
  }

  private static double asDouble(Object o) {
    if (o instanceof Boolean b) {
      return b ? 1 : 0;
    }
    return ((Number) o).doubleValue();
  }

  private static boolean pyEquals(Object a, Object b) {
    if (isNumber(a) && isNumber(b)) {
      if (a instanceof BigInteger i && b instanceof BigInteger j) {
        return i.equals(j);
      }
      return asDouble(a) == asDouble(b);
    }
    return a.equals(b);
  }
}
