package dev.precommit.catalog;

import dev.precommit.process.PythonRepr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TOML 1.0 parser that accepts and rejects what Python's {@code tomllib} (3.11) does, with the
 * same messages and positions ({@code Cannot overwrite a value (at line 2, column 6)}). Values are
 * only kept as far as the table rules need them.
 */
final class TomlChecker extends TomlScanner {

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

  private TomlChecker(String src) {
    super(src);
  }

  /** {@code tomllib.loads(text)}: throws the decode error tomllib would raise. */
  static void check(String text) throws TomlError {
    new TomlChecker(text.replace("\r\n", "\n")).parse();
  }

  // ---- document ----

  private final Map<String, Object> root = new LinkedHashMap<>();
  private final TomlFlags flags = new TomlFlags();

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
        pos = table.pos();
        header = table.value();
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
    pos = key.pos();
    if (flags.is(key.value(), TomlFlags.EXPLICIT_NEST) || flags.is(key.value(), TomlFlags.FROZEN)) {
      throw error(pos, "Cannot declare " + repr(key.value()) + " twice");
    }
    flags.set(key.value(), TomlFlags.EXPLICIT_NEST, false);
    if (getOrCreateNest(root, key.value(), true) == null) {
      throw error(pos, "Cannot overwrite a value");
    }
    if (!src.startsWith("]", pos)) {
      throw error(pos, "Expected ']' at the end of a table declaration");
    }
    return new Parsed<>(pos + 1, key.value());
  }

  private Parsed<List<String>> createListRule(int pos) throws TomlError {
    pos = skipChars(pos + 2, WS);
    Parsed<List<String>> key = parseKey(pos);
    pos = key.pos();
    if (flags.is(key.value(), TomlFlags.FROZEN)) {
      throw error(pos, "Cannot mutate immutable namespace " + repr(key.value()));
    }
    flags.unsetAll(key.value());
    flags.set(key.value(), TomlFlags.EXPLICIT_NEST, false);
    if (!appendNestToList(key.value())) {
      throw error(pos, "Cannot overwrite a value");
    }
    if (!src.startsWith("]]", pos)) {
      throw error(pos, "Expected ']]' at the end of an array declaration");
    }
    return new Parsed<>(pos + 2, key.value());
  }

  private int keyValueRule(int pos, List<String> header) throws TomlError {
    KeyValue kv = parseKeyValuePair(pos);
    pos = kv.pos();
    List<String> key = kv.key();
    List<String> parent = key.subList(0, key.size() - 1);
    String stem = key.get(key.size() - 1);
    List<String> absParent = concat(header, parent);
    for (int i = 1; i < key.size(); i++) {
      List<String> contKey = concat(header, key.subList(0, i));
      if (flags.is(contKey, TomlFlags.EXPLICIT_NEST)) {
        throw error(pos, "Cannot redefine namespace " + repr(contKey));
      }
      flags.addPending(contKey, TomlFlags.EXPLICIT_NEST);
    }
    if (flags.is(absParent, TomlFlags.FROZEN)) {
      throw error(pos, "Cannot mutate immutable namespace " + repr(absParent));
    }
    Map<String, Object> nest = getOrCreateNest(root, absParent, true);
    if (nest == null || nest.containsKey(stem)) {
      throw error(pos, "Cannot overwrite a value");
    }
    if (kv.value() instanceof Map || kv.value() instanceof List) {
      flags.set(concat(header, key), TomlFlags.FROZEN, true);
    }
    nest.put(stem, kv.value());
    return pos;
  }

  private record KeyValue(int pos, List<String> key, Object value) {}

  private KeyValue parseKeyValuePair(int pos) throws TomlError {
    Parsed<List<String>> key = parseKey(pos);
    pos = key.pos();
    if (!has(pos) || src.charAt(pos) != '=') {
      throw error(pos, "Expected '=' after a key in a key/value pair");
    }
    pos = skipChars(pos + 1, WS);
    Parsed<Object> value = parseValue(pos);
    return new KeyValue(value.pos(), key.value(), value.value());
  }

  private Parsed<List<String>> parseKey(int pos) throws TomlError {
    List<String> key = new ArrayList<>();
    Parsed<String> part = parseKeyPart(pos);
    key.add(part.value());
    pos = skipChars(part.pos(), WS);
    while (has(pos) && src.charAt(pos) == '.') {
      pos = skipChars(pos + 1, WS);
      part = parseKeyPart(pos);
      key.add(part.value());
      pos = skipChars(part.pos(), WS);
    }
    return new Parsed<>(pos, key);
  }

  private Parsed<String> parseKeyPart(int pos) throws TomlError {
    if (has(pos) && isBareKeyChar(src.charAt(pos))) {
      int start = pos;
      pos = skipChars(pos, TomlScanner::isBareKeyChar);
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
      return new Parsed<>(s.pos(), SCALAR);
    }
    if (c == '\'') {
      Parsed<String> s =
          src.startsWith("'''", pos) ? parseMultilineString(pos, true) : parseLiteralString(pos);
      return new Parsed<>(s.pos(), SCALAR);
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
      array.add(value.value());
      pos = skipCommentsAndArrayWs(value.pos());
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
    TomlFlags inlineFlags = new TomlFlags();
    pos = skipChars(pos + 1, WS);
    if (src.startsWith("}", pos)) {
      return new Parsed<>(pos + 1, table);
    }
    while (true) {
      KeyValue kv = parseKeyValuePair(pos);
      pos = kv.pos();
      List<String> key = kv.key();
      String stem = key.get(key.size() - 1);
      if (inlineFlags.is(key, TomlFlags.FROZEN)) {
        throw error(pos, "Cannot mutate immutable namespace " + repr(key));
      }
      Map<String, Object> nest = getOrCreateNest(table, key.subList(0, key.size() - 1), false);
      if (nest == null) {
        throw error(pos, "Cannot overwrite a value");
      }
      if (nest.containsKey(stem)) {
        throw error(pos, "Duplicate inline table key " + PythonRepr.string(stem));
      }
      nest.put(stem, kv.value());
      pos = skipChars(pos, WS);
      char c = has(pos) ? src.charAt(pos) : '\uffff';
      if (c == '}') {
        return new Parsed<>(pos + 1, table);
      }
      if (c != ',') {
        throw error(pos, "Unclosed inline table");
      }
      if (kv.value() instanceof Map || kv.value() instanceof List) {
        inlineFlags.set(key, TomlFlags.FROZEN, true);
      }
      pos = skipChars(pos + 1, WS);
    }
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
}
