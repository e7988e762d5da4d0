package dev.precommit.languages;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys of a pubspec.yaml's top-level {@code executables:} mapping, block ({@code name:} or
 * {@code name: script} lines indented under it) or flow ({@code {}}, {@code {a: b, c: }}) style. A
 * small reader rather than YAML (the config package owns the YAML library, above this one);
 * pubspecs written by {@code dart create} and by hand use these two forms.
 */
final class PubspecExecutables {
  private static final Pattern TOP = Pattern.compile("^executables:\\s*(.*?)\\s*(#.*)?$");
  private static final Pattern KEY =
      Pattern.compile("^\\s+(\"[^\"]*\"|'[^']*'|[^\\s:#][^:#]*?)\\s*(:.*)?$");

  private PubspecExecutables() {}

  static List<String> read(String pubspec) {
    List<String> names = new ArrayList<>();
    String[] lines = pubspec.split("\\r?\\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher top = TOP.matcher(lines[i]);
      if (!top.matches()) {
        continue;
      }
      String inline = top.group(1);
      if (inline.startsWith("{")) {
        String body =
            inline.substring(1, inline.lastIndexOf('}') < 0 ? 1 : inline.lastIndexOf('}'));
        for (String item : body.split(",")) {
          String key = item.split(":", 2)[0].strip();
          if (!key.isEmpty()) {
            names.add(unquote(key));
          }
        }
        return names;
      }
      int indent = -1;
      for (int j = i + 1; j < lines.length; j++) {
        String line = lines[j];
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        int lineIndent = line.length() - line.stripLeading().length();
        if (lineIndent == 0 || (indent >= 0 && lineIndent < indent)) {
          break;
        }
        if (indent < 0) {
          indent = lineIndent;
        }
        Matcher key = KEY.matcher(line);
        if (lineIndent == indent && key.matches()) {
          names.add(unquote(key.group(1)));
        }
      }
      return names;
    }
    return names;
  }

  private static String unquote(String key) {
    boolean quoted =
        key.length() >= 2
            && (key.charAt(0) == '"' || key.charAt(0) == '\'')
            && key.charAt(key.length() - 1) == key.charAt(0);
    return quoted ? key.substring(1, key.length() - 1) : key;
  }
}
