package dev.precommit.languages;

import dev.precommit.errors.FatalError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A coursier app descriptor from a hook repository's {@code .pre-commit-channel/<app>.json}: the
 * subset precommit can honour without coursier, i.e. Java-style coordinates (versions may be {@code
 * latest.release}/{@code latest.stable}), {@code central} or URL repositories, {@code mainClass},
 * {@code javaOptions} and {@code properties}. Anything else is a clear error.
 */
record ChannelDescriptor(
    List<String> repositories,
    List<String> dependencies,
    String mainClass,
    List<String> jvmOptions) {

  static ChannelDescriptor parse(String app, String json) {
    Object value;
    try {
      value = new JsonReader(json).document();
    } catch (IllegalArgumentException e) {
      throw new FatalError("coursier app descriptor " + app + ".json: " + e.getMessage());
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw new FatalError("coursier app descriptor " + app + ".json is not a JSON object");
    }
    List<String> repositories = strings(app, map.get("repositories"));
    for (String repository : repositories) {
      if (!repository.equals("central") && !repository.matches("https?://.+|file:.+")) {
        throw new FatalError(
            "coursier app descriptor "
                + app
                + ".json: repository `"
                + repository
                + "` is not supported by precommit (use central or a URL)");
      }
    }
    List<String> dependencies = strings(app, map.get("dependencies"));
    for (String dependency : dependencies) {
      if (dependency.contains("::")) {
        throw new FatalError(
            "coursier app descriptor "
                + app
                + ".json: Scala cross-version coordinates (`"
                + dependency
                + "`) are not supported by precommit: write org:name_<scala version>:version");
      }
    }
    if (dependencies.isEmpty()) {
      throw new FatalError("coursier app descriptor " + app + ".json has no dependencies");
    }
    List<String> options = new ArrayList<>(strings(app, map.get("javaOptions")));
    if (map.get("properties") instanceof Map<?, ?> properties) {
      properties.forEach((k, v) -> options.add("-D" + k + "=" + v));
    }
    Object main = map.get("mainClass");
    return new ChannelDescriptor(
        List.copyOf(repositories),
        List.copyOf(dependencies),
        main instanceof String s && !s.isEmpty() ? s : null,
        List.copyOf(options));
  }

  /** Repository URLs to add to Maven Central. */
  List<String> repositoryUrls() {
    return repositories.stream().filter(r -> !r.equals("central")).toList();
  }

  private static List<String> strings(String app, Object value) {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
      throw new FatalError(
          "coursier app descriptor " + app + ".json: expected a list of strings, got " + value);
    }
    return list.stream().map(String.class::cast).toList();
  }

  /** Just enough JSON for app descriptors: objects, arrays, strings, and skipped scalars. */
  private static final class JsonReader {
    private final String text;
    private int pos;

    JsonReader(String text) {
      this.text = text;
    }

    Object document() {
      Object value = value();
      skipSpace();
      if (pos != text.length()) {
        throw error("trailing characters");
      }
      return value;
    }

    private Object value() {
      skipSpace();
      if (pos >= text.length()) {
        throw error("unexpected end");
      }
      char c = text.charAt(pos);
      if (c == '{') {
        return object();
      }
      if (c == '[') {
        return array();
      }
      if (c == '"') {
        return string();
      }
      int start = pos;
      while (pos < text.length() && "{}[],: \t\r\n".indexOf(text.charAt(pos)) < 0) {
        pos++;
      }
      if (start == pos) {
        throw error("unexpected '" + c + "'");
      }
      return text.substring(start, pos);
    }

    private Map<String, Object> object() {
      Map<String, Object> map = new LinkedHashMap<>();
      pos++;
      skipSpace();
      if (peek() == '}') {
        pos++;
        return map;
      }
      while (true) {
        skipSpace();
        if (peek() != '"') {
          throw error("expected a key");
        }
        String key = string();
        skipSpace();
        expect(':');
        map.put(key, value());
        skipSpace();
        if (peek() == ',') {
          pos++;
        } else {
          expect('}');
          return map;
        }
      }
    }

    private List<Object> array() {
      List<Object> list = new ArrayList<>();
      pos++;
      skipSpace();
      if (peek() == ']') {
        pos++;
        return list;
      }
      while (true) {
        list.add(value());
        skipSpace();
        if (peek() == ',') {
          pos++;
        } else {
          expect(']');
          return list;
        }
      }
    }

    private String string() {
      StringBuilder out = new StringBuilder();
      pos++;
      while (pos < text.length()) {
        char c = text.charAt(pos++);
        if (c == '"') {
          return out.toString();
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        if (pos >= text.length()) {
          break;
        }
        char e = text.charAt(pos++);
        switch (e) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u' -> {
            if (pos + 4 > text.length()) {
              throw error("bad \\u escape");
            }
            out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
            pos += 4;
          }
          default -> out.append(e);
        }
      }
      throw error("unterminated string");
    }

    private void skipSpace() {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
    }

    private char peek() {
      return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void expect(char c) {
      if (peek() != c) {
        throw error("expected '" + c + "'");
      }
      pos++;
    }

    private IllegalArgumentException error(String what) {
      return new IllegalArgumentException(what + " at offset " + pos);
    }
  }
}
