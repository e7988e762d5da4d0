package dev.precommit.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's {@code configparser.ConfigParser} with default settings, as far as credential files need
 * it: sections, {@code =} / {@code :} options (lowercased names), full-line {@code #} and {@code ;}
 * comments, indented continuation lines, a DEFAULT section and {@code %} interpolation.
 */
final class IniFile {
  private static final Pattern SECTION = Pattern.compile("\\[(?<header>.+)\\]");
  private static final Pattern OPTION =
      Pattern.compile("(?<option>.*?)\\s*(?<vi>=|:)\\s*(?<value>.*)$");
  private static final Pattern INTERPOLATION = Pattern.compile("%\\(([^)]+)\\)s");

  private final Map<String, String> defaults = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> sections = new LinkedHashMap<>();

  private IniFile() {}

  List<String> sections() {
    return new ArrayList<>(sections.keySet());
  }

  /** The interpolated value of {@code option} in {@code section} (or DEFAULT), or null. */
  String get(String section, String option) throws HookCrash {
    Map<String, String> values = new LinkedHashMap<>(defaults);
    values.putAll(sections.get(section));
    String raw = values.get(option);
    return raw == null ? null : interpolate(raw, values, 1);
  }

  private static String interpolate(String raw, Map<String, String> values, int depth)
      throws HookCrash {
    if (depth > 10) {
      throw new HookCrash("configparser.InterpolationDepthError", "Recursion limit exceeded");
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < raw.length()) {
      int p = raw.indexOf('%', i);
      if (p < 0) {
        out.append(raw, i, raw.length());
        break;
      }
      out.append(raw, i, p);
      if (p + 1 < raw.length() && raw.charAt(p + 1) == '%') {
        out.append('%');
        i = p + 2;
        continue;
      }
      Matcher m = INTERPOLATION.matcher(raw);
      if (m.find(p) && m.start() == p) {
        String ref = m.group(1).toLowerCase(Locale.ROOT);
        String value = values.get(ref);
        if (value == null) {
          throw new HookCrash(
              "configparser.InterpolationMissingOptionError", "Bad value substitution");
        }
        out.append(interpolate(value, values, depth + 1));
        i = m.end();
        continue;
      }
      throw new HookCrash(
          "configparser.InterpolationSyntaxError",
          "'%' must be followed by '%' or '(', found: "
              + dev.precommit.process.PythonRepr.string(raw.substring(p)));
    }
    return out.toString();
  }

  /** Parses the text; null when a line comes before any section header. */
  static IniFile parse(String text) throws HookCrash {
    IniFile ini = new IniFile();
    Map<String, List<String>> current = null;
    Map<String, Map<String, List<String>>> raw = new LinkedHashMap<>();
    Map<String, List<String>> rawDefaults = new LinkedHashMap<>();
    String option = null;
    int indentLevel = 0;
    boolean errors = false;
    for (String line : text.split("\n", -1)) {
      String stripped = line.strip();
      boolean comment = stripped.startsWith("#") || stripped.startsWith(";");
      String value = comment ? "" : stripped;
      if (value.isEmpty()) {
        if (!comment && current != null && option != null && current.get(option) != null) {
          current.get(option).add("");
        } else {
          indentLevel = Integer.MAX_VALUE;
        }
        continue;
      }
      int indent = 0;
      while (indent < line.length() && Character.isWhitespace(line.charAt(indent))) {
        indent++;
      }
      if (current != null && option != null && indent > indentLevel) {
        current.get(option).add(value);
        continue;
      }
      indentLevel = indent;
      Matcher section = SECTION.matcher(value);
      if (section.lookingAt()) {
        String name = section.group("header");
        if (raw.containsKey(name)) {
          throw new HookCrash(
              "configparser.DuplicateSectionError",
              "Section " + dev.precommit.process.PythonRepr.string(name) + " already exists");
        }
        if (name.equals("DEFAULT")) {
          current = rawDefaults;
        } else {
          current = new LinkedHashMap<>();
          raw.put(name, current);
        }
        option = null;
      } else if (current == null) {
        return null;
      } else {
        Matcher m = OPTION.matcher(value);
        if (!m.matches() || m.group("option").strip().isEmpty()) {
          errors = true;
          continue;
        }
        option = m.group("option").stripTrailing().toLowerCase(Locale.ROOT);
        if (current.containsKey(option)) {
          throw new HookCrash(
              "configparser.DuplicateOptionError",
              "option " + dev.precommit.process.PythonRepr.string(option) + " already exists");
        }
        List<String> values = new ArrayList<>();
        values.add(m.group("value").strip());
        current.put(option, values);
      }
    }
    if (errors) {
      throw new HookCrash("configparser.ParsingError", "Source contains parsing errors");
    }
    rawDefaults.forEach((k, v) -> ini.defaults.put(k, String.join("\n", v).stripTrailing()));
    raw.forEach(
        (name, options) -> {
          Map<String, String> joined = new LinkedHashMap<>();
          options.forEach((k, v) -> joined.put(k, String.join("\n", v).stripTrailing()));
          ini.sections.put(name, joined);
        });
    return ini;
  }
}
