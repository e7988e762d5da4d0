package dev.precommit.catalog;

import dev.precommit.process.PythonRepr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TOML 1.0 parser that accepts and rejects what Python's {@code tomllib} (3.11) does, with the
 * same messages and positions ({@code Cannot overwrite a value (at line 2, column 6)}). Values are
 * only kept as far as the table rules need them.
 */
final class TomlChecker {
  /** A {@code TOMLDecodeError}. */
  static final class TomlError extends Exception {
    TomlError(String message) {
      super(message, null, false, false);
    }
  }

  private static final Object SCALAR = new Object();
  private static final String TIME =
      "([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\\.([0-9]{1,6})[0-9]*)?";
  private static final Pattern NUMBER =
      Pattern.compile(
          "0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)"
              + "|[+-]?(?:0|[1-9](?:_?[0-9])*)"
              + "((?:\\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)");
  private static final Pattern LOCAL_TIME = Pattern.compile(TIME);
  private static final Pattern DATETIME =
      Pattern.compile(
          "([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(?:[Tt ]"
              + TIME
              + "(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?");

  private final String src;

  private TomlChecker(String src) {
    this.src = src;
  }

  /** {@code tomllib.loads(text)}: throws the decode error tomllib would raise. */
  static void check(String text) throws TomlError {
    new TomlChecker(text.replace("\r\n", "\n")).parse();
  }

  // ---- character classes ----

  private static boolean isBareKeyChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_';
  }

  private static boolean isAsciiCtrl(char c) {
    return c < 32 || c == 127;
  }

  private static boolean illegalBasic(char c) {
    return isAsciiCtrl(c) && c != '\t';
  }

  private static boolean illegalMultiline(char c) {
    return isAsciiCtrl(c) && c != '\t' && c != '\n';
  }

  private interface CharSet {
    boolean has(char c);
  }

  private static final CharSet WS = c -> c == ' ' || c == '\t';
  private static final CharSet WS_NEWLINE = c -> c == ' ' || c == '\t' || c == '\n';

  private char at(int pos) {
    return pos < src.length() ? src.charAt(pos) : '\uffff';
  }

  private boolean has(int pos) {
    return pos < src.length();
  }

  private int skipChars(int pos, CharSet chars) {
    while (pos < src.length() && chars.has(src.charAt(pos))) {
      pos++;
    }
    return pos;
  }

  private TomlError error(int pos, String message) {
    String where;
    if (pos >= src.length()) {
      where = "end of document";
    } else {
      int line = 1;
      int lastNewline = -1;
      for (int i = 0; i < pos; i++) {
        if (src.charAt(i) == '\n') {
          line++;
          lastNewline = i;
        }
      }
      int column =
          line == 1 ? src.codePointCount(0, pos) + 1 : src.codePointCount(lastNewline, pos);
      where = "line " + line + ", column " + column;
    }
    return new TomlError(message + " (at " + where + ")");
  }

  private int skipUntil(int pos, String expect, CharSet errorOn, boolean errorOnEof)
      throws TomlError {
    int newPos = src.indexOf(expect, pos);
    if (newPos < 0) {
      newPos = src.length();
      if (errorOnEof) {
        throw error(newPos, "Expected " + PythonRepr.string(expect));
      }
    }
    for (int i = pos; i < newPos; i++) {
      if (errorOn.has(src.charAt(i))) {
        throw error(
            i, "Found invalid character " + PythonRepr.string(String.valueOf(src.charAt(i))));
      }
    }
    return newPos;
  }

  private int skipComment(int pos) throws TomlError {
    if (at(pos) == '#' && has(pos)) {
      return skipUntil(pos + 1, "\n", TomlChecker::illegalBasic, false);
    }
    return pos;
  }

  private int skipCommentsAndArrayWs(int pos) throws TomlError {
    while (true) {
      int before = pos;
      pos = skipChars(pos, WS_NEWLINE);
      pos = skipComment(pos);
      if (pos == before) {
        return pos;
      }
    }
  }

  // ---- document ----

  private final Map<String, Object> root = new LinkedHashMap<>();
  private final Flags flags = new Flags();

  private void parse() throws TomlError {
    int pos = 0;
    List<String> header = List.of();
    while (true) {
      pos = skipChars(pos, WS);
      if (!has(pos)) {
        break;
      }
      char c = src.charAt(pos);
      if (c == '\n') {
        pos++;
        continue;
      }
      if (isBareKeyChar(c) || c == '"' || c == '\'') {
        pos = keyValueRule(pos, header);
        pos = skipChars(pos, WS);
      } else if (c == '[') {
        flags.finalizePending();
        Parsed<List<String>> table =
            at(pos + 1) == '[' && has(pos + 1) ? createListRule(pos) : createDictRule(pos);
        pos = table.pos;
        header = table.value;
        pos = skipChars(pos, WS);
      } else if (c != '#') {
        throw error(pos, "Invalid statement");
      }
      pos = skipComment(pos);
      if (!has(pos)) {
        break;
      }
      if (src.charAt(pos) != '\n') {
        throw error(pos, "Expected newline or end of document after a statement");
      }
      pos++;
    }
  }

  private record Parsed<T>(int pos, T value) {}

  private static String repr(List<String> key) {
    return PythonRepr.tuple(key);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private Parsed<List<String>> createDictRule(int pos) throws TomlError {
    pos = skipChars(pos + 1, WS);
    Parsed<List<String>> key = parseKey(pos);
    pos = key.pos;
    if (flags.is(key.value, Flags.EXPLICIT_NEST) || flags.is(key.value, Flags.FROZEN)) {
      throw error(pos, "Cannot declare " + repr(key.value) + " twice");
    }
    flags.set(key.value, Flags.EXPLICIT_NEST, false);
    if (getOrCreateNest(root, key.value, true) == null) {
      throw error(pos, "Cannot overwrite a value");
    }
    if (!src.startsWith("]", pos)) {
      throw error(pos, "Expected ']' at the end of a table declaration");
    }
    return new Parsed<>(pos + 1, key.value);
  }

  private Parsed<List<String>> createListRule(int pos) throws TomlError {
    pos = skipChars(pos + 2, WS);
    Parsed<List<String>> key = parseKey(pos);
    pos = key.pos;
    if (flags.is(key.value, Flags.FROZEN)) {
      throw error(pos, "Cannot mutate immutable namespace " + repr(key.value));
    }
    flags.unsetAll(key.value);
    flags.set(key.value, Flags.EXPLICIT_NEST, false);
    if (!appendNestToList(key.value)) {
      throw error(pos, "Cannot overwrite a value");
    }
    if (!src.startsWith("]]", pos)) {
      throw error(pos, "Expected ']]' at the end of an array declaration");
    }
    return new Parsed<>(pos + 2, key.value);
  }

  private int keyValueRule(int pos, List<String> header) throws TomlError {
    KeyValue kv = parseKeyValuePair(pos);
    pos = kv.pos;
    List<String> key = kv.key;
    List<String> parent = key.subList(0, key.size() - 1);
    String stem = key.get(key.size() - 1);
    List<String> absParent = concat(header, parent);
    for (int i = 1; i < key.size(); i++) {
      List<String> contKey = concat(header, key.subList(0, i));
      if (flags.is(contKey, Flags.EXPLICIT_NEST)) {
        throw error(pos, "Cannot redefine namespace " + repr(contKey));
      }
      flags.addPending(contKey, Flags.EXPLICIT_NEST);
    }
    if (flags.is(absParent, Flags.FROZEN)) {
      throw error(pos, "Cannot mutate immutable namespace " + repr(absParent));
    }
    Map<String, Object> nest = getOrCreateNest(root, absParent, true);
    if (nest == null || nest.containsKey(stem)) {
      throw error(pos, "Cannot overwrite a value");
    }
    if (kv.value instanceof Map || kv.value instanceof List) {
      flags.set(concat(header, key), Flags.FROZEN, true);
    }
    nest.put(stem, kv.value);
    return pos;
  }

  private record KeyValue(int pos, List<String> key, Object value) {}

  private KeyValue parseKeyValuePair(int pos) throws TomlError {
    Parsed<List<String>> key = parseKey(pos);
    pos = key.pos;
    if (!has(pos) || src.charAt(pos) != '=') {
      throw error(pos, "Expected '=' after a key in a key/value pair");
    }
    pos = skipChars(pos + 1, WS);
    Parsed<Object> value = parseValue(pos);
    return new KeyValue(value.pos, key.value, value.value);
  }

  private Parsed<List<String>> parseKey(int pos) throws TomlError {
    List<String> key = new ArrayList<>();
    Parsed<String> part = parseKeyPart(pos);
    key.add(part.value);
    pos = skipChars(part.pos, WS);
    while (has(pos) && src.charAt(pos) == '.') {
      pos = skipChars(pos + 1, WS);
      part = parseKeyPart(pos);
      key.add(part.value);
      pos = skipChars(part.pos, WS);
    }
    return new Parsed<>(pos, key);
  }

  private Parsed<String> parseKeyPart(int pos) throws TomlError {
    if (has(pos) && isBareKeyChar(src.charAt(pos))) {
      int start = pos;
      pos = skipChars(pos, TomlChecker::isBareKeyChar);
      return new Parsed<>(pos, src.substring(start, pos));
    }
    if (has(pos) && src.charAt(pos) == '\'') {
      return parseLiteralString(pos);
    }
    if (has(pos) && src.charAt(pos) == '"') {
      return parseBasicString(pos + 1, false);
    }
    throw error(pos, "Invalid initial character for a key part");
  }

  // ---- values ----

  private Parsed<Object> parseValue(int pos) throws TomlError {
    char c = has(pos) ? src.charAt(pos) : '\uffff';
    if (c == '"') {
      Parsed<String> s =
          src.startsWith("\"\"\"", pos)
              ? parseMultilineString(pos, false)
              : parseBasicString(pos + 1, false);
      return new Parsed<>(s.pos, SCALAR);
    }
    if (c == '\'') {
      Parsed<String> s =
          src.startsWith("'''", pos) ? parseMultilineString(pos, true) : parseLiteralString(pos);
      return new Parsed<>(s.pos, SCALAR);
    }
    if (c == 't' && src.startsWith("true", pos)) {
      return new Parsed<>(pos + 4, SCALAR);
    }
    if (c == 'f' && src.startsWith("false", pos)) {
      return new Parsed<>(pos + 5, SCALAR);
    }
    if (c == '[') {
      return parseArray(pos);
    }
    if (c == '{') {
      return parseInlineTable(pos);
    }
    Matcher datetime = DATETIME.matcher(src).region(pos, src.length());
    if (datetime.lookingAt()) {
      if (!validDate(datetime)) {
        throw error(pos, "Invalid date or datetime");
      }
      return new Parsed<>(datetime.end(), SCALAR);
    }
    Matcher time = LOCAL_TIME.matcher(src).region(pos, src.length());
    if (time.lookingAt()) {
      return new Parsed<>(time.end(), SCALAR);
    }
    Matcher number = NUMBER.matcher(src).region(pos, src.length());
    if (number.lookingAt()) {
      return new Parsed<>(number.end(), SCALAR);
    }
    String three = src.substring(pos, Math.min(src.length(), pos + 3));
    if (three.equals("inf") || three.equals("nan")) {
      return new Parsed<>(pos + 3, SCALAR);
    }
    String four = src.substring(pos, Math.min(src.length(), pos + 4));
    if (four.equals("-inf") || four.equals("+inf") || four.equals("-nan") || four.equals("+nan")) {
      return new Parsed<>(pos + 4, SCALAR);
    }
    throw error(pos, "Invalid value");
  }

  private static boolean validDate(Matcher m) {
    int year = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    int day = Integer.parseInt(m.group(3));
    int[] days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    int max = month == 2 && leap ? 29 : days[month - 1];
    return year >= 1 && day <= max;
  }

  private Parsed<Object> parseArray(int pos) throws TomlError {
    List<Object> array = new ArrayList<>();
    pos = skipCommentsAndArrayWs(pos + 1);
    if (src.startsWith("]", pos)) {
      return new Parsed<>(pos + 1, array);
    }
    while (true) {
      Parsed<Object> value = parseValue(pos);
      array.add(value.value);
      pos = skipCommentsAndArrayWs(value.pos);
      char c = has(pos) ? src.charAt(pos) : '\uffff';
      if (c == ']') {
        return new Parsed<>(pos + 1, array);
      }
      if (c != ',') {
        throw error(pos, "Unclosed array");
      }
      pos = skipCommentsAndArrayWs(pos + 1);
      if (src.startsWith("]", pos)) {
        return new Parsed<>(pos + 1, array);
      }
    }
  }

  private Parsed<Object> parseInlineTable(int pos) throws TomlError {
    Map<String, Object> table = new LinkedHashMap<>();
    Flags inlineFlags = new Flags();
    pos = skipChars(pos + 1, WS);
    if (src.startsWith("}", pos)) {
      return new Parsed<>(pos + 1, table);
    }
    while (true) {
      KeyValue kv = parseKeyValuePair(pos);
      pos = kv.pos;
      List<String> key = kv.key;
      String stem = key.get(key.size() - 1);
      if (inlineFlags.is(key, Flags.FROZEN)) {
        throw error(pos, "Cannot mutate immutable namespace " + repr(key));
      }
      Map<String, Object> nest = getOrCreateNest(table, key.subList(0, key.size() - 1), false);
      if (nest == null) {
        throw error(pos, "Cannot overwrite a value");
      }
      if (nest.containsKey(stem)) {
        throw error(pos, "Duplicate inline table key " + PythonRepr.string(stem));
      }
      nest.put(stem, kv.value);
      pos = skipChars(pos, WS);
      char c = has(pos) ? src.charAt(pos) : '\uffff';
      if (c == '}') {
        return new Parsed<>(pos + 1, table);
      }
      if (c != ',') {
        throw error(pos, "Unclosed inline table");
      }
      if (kv.value instanceof Map || kv.value instanceof List) {
        inlineFlags.set(key, Flags.FROZEN, true);
      }
      pos = skipChars(pos + 1, WS);
    }
  }

  private Parsed<String> parseLiteralString(int pos) throws TomlError {
    int start = pos + 1;
    int end = skipUntil(start, "'", TomlChecker::illegalBasic, true);
    return new Parsed<>(end + 1, src.substring(start, end));
  }

  private Parsed<String> parseMultilineString(int pos, boolean literal) throws TomlError {
    pos += 3;
    if (src.startsWith("\n", pos)) {
      pos++;
    }
    String delim;
    String result;
    if (literal) {
      delim = "'";
      int end = skipUntil(pos, "'''", TomlChecker::illegalMultiline, true);
      result = src.substring(pos, end);
      pos = end + 3;
    } else {
      delim = "\"";
      Parsed<String> s = parseBasicString(pos, true);
      pos = s.pos;
      result = s.value;
    }
    if (!src.startsWith(delim, pos)) {
      return new Parsed<>(pos, result);
    }
    pos++;
    if (!src.startsWith(delim, pos)) {
      return new Parsed<>(pos, result + delim);
    }
    return new Parsed<>(pos + 1, result + delim + delim);
  }

  private Parsed<String> parseBasicString(int pos, boolean multiline) throws TomlError {
    StringBuilder result = new StringBuilder();
    int start = pos;
    while (true) {
      if (!has(pos)) {
        throw error(pos, "Unterminated string");
      }
      char c = src.charAt(pos);
      if (c == '"') {
        if (!multiline) {
          return new Parsed<>(pos + 1, result.append(src, start, pos).toString());
        }
        if (src.startsWith("\"\"\"", pos)) {
          return new Parsed<>(pos + 3, result.append(src, start, pos).toString());
        }
        pos++;
        continue;
      }
      if (c == '\\') {
        result.append(src, start, pos);
        Parsed<String> escape = parseEscape(pos, multiline);
        result.append(escape.value);
        pos = escape.pos;
        start = pos;
        continue;
      }
      if (multiline ? illegalMultiline(c) : illegalBasic(c)) {
        throw error(pos, "Illegal character " + PythonRepr.string(String.valueOf(c)));
      }
      pos++;
    }
  }

  private Parsed<String> parseEscape(int pos, boolean multiline) throws TomlError {
    String id = src.substring(pos, Math.min(src.length(), pos + 2));
    pos += 2;
    if (multiline && (id.equals("\\ ") || id.equals("\\\t") || id.equals("\\\n"))) {
      if (!id.equals("\\\n")) {
        pos = skipChars(pos, WS);
        if (!has(pos)) {
          return new Parsed<>(pos, "");
        }
        if (src.charAt(pos) != '\n') {
          throw error(pos, "Unescaped '\\' in a string");
        }
        pos++;
      }
      return new Parsed<>(skipChars(pos, WS_NEWLINE), "");
    }
    switch (id) {
      case "\\u":
        return parseHex(pos, 4);
      case "\\U":
        return parseHex(pos, 8);
      case "\\b":
        return new Parsed<>(pos, "\b");
      case "\\t":
        return new Parsed<>(pos, "\t");
      case "\\n":
        return new Parsed<>(pos, "\n");
      case "\\f":
        return new Parsed<>(pos, "\f");
      case "\\r":
        return new Parsed<>(pos, "\r");
      case "\\\"":
        return new Parsed<>(pos, "\"");
      case "\\\\":
        return new Parsed<>(pos, "\\");
      default:
        throw error(pos, "Unescaped '\\' in a string");
    }
  }

  private Parsed<String> parseHex(int pos, int length) throws TomlError {
    String hex = src.substring(pos, Math.min(src.length(), pos + length));
    if (hex.length() != length
        || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 128)) {
      throw error(pos, "Invalid hex value");
    }
    pos += length;
    long value = Long.parseLong(hex, 16);
    if (!((value >= 0 && value <= 0xd7ff) || (value >= 0xe000 && value <= 0x10ffff))) {
      throw error(pos, "Escaped character is not a Unicode scalar value");
    }
    return new Parsed<>(pos, new String(Character.toChars((int) value)));
  }

  // ---- tables ----

  /** The table at {@code key}, created as needed; null when a non-table is in the way. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> getOrCreateNest(
      Map<String, Object> root, List<String> key, boolean accessLists) {
    Object cont = root;
    for (String k : key) {
      Map<String, Object> map = (Map<String, Object>) cont;
      if (!map.containsKey(k)) {
        map.put(k, new LinkedHashMap<String, Object>());
      }
      cont = map.get(k);
      if (accessLists && cont instanceof List<?> list) {
        cont = list.get(list.size() - 1);
      }
      if (!(cont instanceof Map)) {
        return null;
      }
    }
    return (Map<String, Object>) cont;
  }

  @SuppressWarnings("unchecked")
  private boolean appendNestToList(List<String> key) {
    Map<String, Object> cont = getOrCreateNest(root, key.subList(0, key.size() - 1), true);
    if (cont == null) {
      return false;
    }
    String last = key.get(key.size() - 1);
    if (cont.containsKey(last)) {
      if (!(cont.get(last) instanceof List)) {
        return false;
      }
      ((List<Object>) cont.get(last)).add(new LinkedHashMap<String, Object>());
    } else {
      List<Object> list = new ArrayList<>();
      list.add(new LinkedHashMap<String, Object>());
      cont.put(last, list);
    }
    return true;
  }

  /** tomllib's {@code Flags}: frozen (inline) and explicitly declared namespaces. */
  private static final class Flags {
    static final int FROZEN = 0;
    static final int EXPLICIT_NEST = 1;

    private static final class Node {
      final Set<Integer> flags = new HashSet<>();
      final Set<Integer> recursiveFlags = new HashSet<>();
      final Map<String, Node> nested = new HashMap<>();
    }

    private final Map<String, Node> flags = new HashMap<>();
    private final List<Map.Entry<List<String>, Integer>> pending = new ArrayList<>();

    void addPending(List<String> key, int flag) {
      pending.add(Map.entry(List.copyOf(key), flag));
    }

    void finalizePending() {
      for (Map.Entry<List<String>, Integer> p : pending) {
        set(p.getKey(), p.getValue(), false);
      }
      pending.clear();
    }

    void unsetAll(List<String> key) {
      Map<String, Node> cont = flags;
      for (String k : key.subList(0, key.size() - 1)) {
        if (!cont.containsKey(k)) {
          return;
        }
        cont = cont.get(k).nested;
      }
      cont.remove(key.get(key.size() - 1));
    }

    void set(List<String> key, int flag, boolean recursive) {
      Map<String, Node> cont = flags;
      for (String k : key.subList(0, key.size() - 1)) {
        cont = cont.computeIfAbsent(k, x -> new Node()).nested;
      }
      Node node = cont.computeIfAbsent(key.get(key.size() - 1), x -> new Node());
      (recursive ? node.recursiveFlags : node.flags).add(flag);
    }

    boolean is(List<String> key, int flag) {
      if (key.isEmpty()) {
        return false;
      }
      Map<String, Node> cont = flags;
      for (String k : key.subList(0, key.size() - 1)) {
        Node inner = cont.get(k);
        if (inner == null) {
          return false;
        }
        if (inner.recursiveFlags.contains(flag)) {
          return true;
        }
        cont = inner.nested;
      }
      Node node = cont.get(key.get(key.size() - 1));
      return node != null && (node.flags.contains(flag) || node.recursiveFlags.contains(flag));
    }
  }
}
