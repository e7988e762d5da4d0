package dev.precommit.regex;

import static dev.precommit.regex.RegexTokenizer.END;
import static dev.precommit.regex.RegexTokenizer.charOf;
import static dev.precommit.regex.RegexTokenizer.isEscape;
import static dev.precommit.regex.RegexTokenizer.text;

import dev.precommit.regex.RegexNode.Anchor;
import dev.precommit.regex.RegexNode.AnchorKind;
import dev.precommit.regex.RegexNode.Backreference;
import dev.precommit.regex.RegexNode.Category;
import dev.precommit.regex.RegexNode.CategoryKind;
import dev.precommit.regex.RegexNode.CharClass;
import dev.precommit.regex.RegexNode.ClassItem;
import dev.precommit.regex.RegexNode.Literal;
import dev.precommit.regex.RegexNode.Range;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** sre_parse's {@code _escape}, {@code _class_escape} and character-set parsing. */
final class EscapeParser {
  private static final Pattern CJK_NAME =
      Pattern.compile("CJK UNIFIED IDEOGRAPH-([0-9A-F]{4,5})", Pattern.CASE_INSENSITIVE);

  private final RegexTokenizer source;
  private final ParseState state;

  EscapeParser(RegexTokenizer source, ParseState state) {
    this.source = source;
    this.state = state;
  }

  static boolean isOctal(int c) {
    return c >= '0' && c <= '7';
  }

  static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHex(int c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static boolean isAsciiLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static CategoryKind category(int c) {
    return switch (c) {
      case 'd' -> CategoryKind.DIGIT;
      case 'D' -> CategoryKind.NOT_DIGIT;
      case 's' -> CategoryKind.SPACE;
      case 'S' -> CategoryKind.NOT_SPACE;
      case 'w' -> CategoryKind.WORD;
      case 'W' -> CategoryKind.NOT_WORD;
      default -> null;
    };
  }

  /** Control escapes shared by both contexts; -1 when {@code c} is not one. */
  private static int controlEscape(int c) {
    return switch (c) {
      case 'a' -> 7;
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'v' -> 0x0b;
      case '\\' -> '\\';
      default -> -1;
    };
  }

  /** An escape outside a character class. */
  RegexNode escape(int token) throws InvalidPythonRegexException {
    int c = charOf(token);
    switch (c) {
      case 'A':
        return new Anchor(AnchorKind.BEGINNING_STRING);
      case 'Z':
        return new Anchor(AnchorKind.END_STRING);
      case 'b':
        return new Anchor(AnchorKind.BOUNDARY);
      case 'B':
        return new Anchor(AnchorKind.NON_BOUNDARY);
      default:
        break;
    }
    CategoryKind kind = category(c);
    if (kind != null) {
      return new Category(kind);
    }
    int control = controlEscape(c);
    if (control >= 0) {
      return new Literal(control);
    }
    OptionalInt coded = codedEscape(c);
    if (coded.isPresent()) {
      return new Literal(coded.getAsInt());
    }
    if (c == '0') {
      String digits = "0" + source.getWhile(2, EscapeParser::isOctal);
      return new Literal(Integer.parseInt(digits, 8));
    }
    if (isDigit(c)) {
      return numberEscape(c);
    }
    if (isAsciiLetter(c)) {
      throw source.error("bad escape " + text(token), 2);
    }
    return new Literal(c);
  }

  // \1..\99 are group references, except three octal digits which are a character.
  private RegexNode numberEscape(int first) throws InvalidPythonRegexException {
    String digits = Character.toString(first);
    int next = source.peek();
    if (!isEscape(next) && next != END && isDigit(next)) {
      digits += Character.toString(source.get());
      int third = source.peek();
      if (isOctal(first)
          && isOctal(digits.charAt(1))
          && !isEscape(third)
          && third != END
          && isOctal(third)) {
        digits += Character.toString(source.get());
        int value = Integer.parseInt(digits, 8);
        if (value > 0377) {
          throw source.error(
              "octal escape value \\" + digits + " outside of range 0-0o377", digits.length() + 1);
        }
        return new Literal(value);
      }
    }
    int group = Integer.parseInt(digits);
    if (group < state.groups()) {
      if (!state.checkGroup(group)) {
        throw source.error("cannot refer to an open group", digits.length() + 1);
      }
      state.checkLookbehindGroup(group, source);
      state.referencedGroups.add(group);
      return new Backreference(group);
    }
    throw source.error("invalid group reference " + group, digits.length());
  }

  /** Hex and named escapes (x, u, U, N): the character, or empty when {@code c} is none here. */
  private OptionalInt codedEscape(int c) throws InvalidPythonRegexException {
    if (c == 'x') {
      return OptionalInt.of(hexDigits("\\x", 2));
    }
    if (!state.isText) {
      return OptionalInt.empty(); // bytes patterns know only \x
    }
    if (c == 'u') {
      return OptionalInt.of(hexDigits("\\u", 4));
    }
    if (c == 'U') {
      String digits = source.getWhile(8, EscapeParser::isHex);
      if (digits.length() != 8) {
        throw source.error("incomplete escape \\U" + digits, digits.length() + 2);
      }
      long value = Long.parseLong(digits, 16);
      if (value > Character.MAX_CODE_POINT) {
        throw source.error("bad escape \\U" + digits, 10);
      }
      return OptionalInt.of((int) value);
    }
    if (c == 'N') {
      if (!source.match('{')) {
        throw source.error("missing {", 0);
      }
      String name = source.getUntil('}', "character name");
      OptionalInt cp = lookupName(name);
      if (cp.isEmpty()) {
        throw source.error(
            "undefined character name '" + name + "'", name.codePointCount(0, name.length()) + 4);
      }
      return cp;
    }
    return OptionalInt.empty();
  }

  private int hexDigits(String prefix, int count) throws InvalidPythonRegexException {
    String digits = source.getWhile(count, EscapeParser::isHex);
    if (digits.length() != count) {
      throw source.error("incomplete escape " + prefix + digits, digits.length() + 2);
    }
    return Integer.parseInt(digits, 16);
  }

  // unicodedata.lookup: official names case-insensitively, plus the algorithmic CJK names.
  private static OptionalInt lookupName(String name) {
    Matcher cjk = CJK_NAME.matcher(name);
    if (cjk.matches()) {
      int cp = Integer.parseInt(cjk.group(1), 16);
      return Character.isIdeographic(cp) && Character.getName(cp).startsWith("CJK UNIFIED")
          ? OptionalInt.of(cp)
          : OptionalInt.empty();
    }
    try {
      int cp = Character.codePointOf(name);
      // The JDK also accepts "<BLOCK> <hex>" for unnamed characters; Python does not.
      return Character.getName(cp).equals(name.toUpperCase(Locale.ROOT))
          ? OptionalInt.of(cp)
          : OptionalInt.empty();
    } catch (IllegalArgumentException e) {
      return OptionalInt.empty();
    }
  }

  /** An escape inside a character class: a single character or a category. */
  private ClassItem classEscape(int token) throws InvalidPythonRegexException {
    int c = charOf(token);
    if (c == 'b') {
      return single(8); // backspace inside a class
    }
    int control = controlEscape(c);
    if (control >= 0) {
      return single(control);
    }
    CategoryKind kind = category(c);
    if (kind != null) {
      return new Category(kind);
    }
    OptionalInt coded = codedEscape(c);
    if (coded.isPresent()) {
      return single(coded.getAsInt());
    }
    if (isOctal(c)) {
      String digits = Character.toString(c) + source.getWhile(2, EscapeParser::isOctal);
      int value = Integer.parseInt(digits, 8);
      if (value > 0377) {
        throw source.error(
            "octal escape value \\" + digits + " outside of range 0-0o377", digits.length() + 1);
      }
      return single(value);
    }
    if (isDigit(c) || isAsciiLetter(c)) {
      throw source.error("bad escape " + text(token), 2);
    }
    return single(c);
  }

  private static Range single(int c) {
    return new Range(c, c);
  }

  /** The rest of a set after its opening {@code [}. */
  RegexNode characterClass() throws InvalidPythonRegexException {
    int here = source.tell() - 1;
    boolean negated = source.match('^');
    List<ClassItem> items = new ArrayList<>();
    while (true) {
      int token = source.get();
      if (token == END) {
        throw source.error("unterminated character set", source.tell() - here);
      }
      if (token == ']' && !items.isEmpty()) {
        break;
      }
      ClassItem first = isEscape(token) ? classEscape(token) : single(token);
      if (source.match('-')) {
        int that = source.get();
        if (that == END) {
          throw source.error("unterminated character set", source.tell() - here);
        }
        if (that == ']') {
          items.add(first);
          items.add(single('-'));
          break;
        }
        ClassItem second = isEscape(that) ? classEscape(that) : single(that);
        String range = text(token) + "-" + text(that);
        int rangeLength = range.codePointCount(0, range.length());
        if (!(first instanceof Range lo) || !(second instanceof Range hi)) {
          throw source.error("bad character range " + range, rangeLength);
        }
        if (hi.low() < lo.low()) {
          throw source.error("bad character range " + range, rangeLength);
        }
        items.add(new Range(lo.low(), hi.low()));
      } else {
        items.add(first);
      }
    }
    List<ClassItem> unique = List.copyOf(new LinkedHashSet<>(items));
    // As in sre, [a] is the literal a and [\\d] is \\d (they compare equal when hoisting prefixes).
    if (!negated && unique.size() == 1) {
      if (unique.get(0) instanceof Range r && r.low() == r.high()) {
        return new Literal(r.low());
      }
      if (unique.get(0) instanceof Category c) {
        return c;
      }
    }
    return new CharClass(negated, unique);
  }
}
