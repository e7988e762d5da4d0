package dev.precommit.regex;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles Python {@code re} patterns (CPython 3.11 syntax and semantics) to {@link Pattern}s.
 *
 * <p>pre-commit matches {@code files}/{@code exclude} with {@code re.search}, which is {@link
 * java.util.regex.Matcher#find()}. The returned pattern needs no Java flags: Python's meaning of
 * {@code . ^ $ \w \s \d \b}, case-insensitivity and scoped inline flags is spelled out in the
 * translation. Capturing groups keep Python's numbering and are also named {@code g1, g2, ...}
 * (except that a group used by a conditional {@code (?(n)...)} is followed by a helper group).
 */
public final class PythonRegex {
  /** {@code re.IGNORECASE} */
  public static final int IGNORECASE = 2;

  /** {@code re.LOCALE} (bytes patterns only; treated like ASCII). */
  public static final int LOCALE = 4;

  /** {@code re.MULTILINE} */
  public static final int MULTILINE = 8;

  /** {@code re.DOTALL} */
  public static final int DOTALL = 16;

  /** {@code re.UNICODE} (the default for str patterns). */
  public static final int UNICODE = 32;

  /** {@code re.VERBOSE} */
  public static final int VERBOSE = 64;

  /** {@code re.ASCII} */
  public static final int ASCII = 256;

  /** {@code re.TEMPLATE}: only reachable through the deprecated inline {@code (?t)}. */
  static final int TEMPLATE = 1;

  private static final int PUBLIC_FLAGS =
      IGNORECASE | LOCALE | MULTILINE | DOTALL | UNICODE | VERBOSE | ASCII;

  private PythonRegex() {}

  /** Like {@code re.compile(pattern)} for a str pattern. */
  public static Pattern compile(String pattern) throws InvalidPythonRegexException {
    return compile(pattern, 0);
  }

  /** Like {@code re.compile(pattern, flags)} for a str pattern. */
  public static Pattern compile(String pattern, int pythonFlags)
      throws InvalidPythonRegexException {
    return toPattern(translate(pattern, true, pythonFlags));
  }

  /**
   * Like {@code re.compile(pattern.encode(), flags)}: a bytes pattern, as pygrep builds it. Match
   * it against bytes decoded as ISO-8859-1 (one char per byte, so match offsets are byte offsets).
   * {@code \w \d \s} and case-insensitivity are ASCII-only, as for Python bytes patterns.
   */
  public static Pattern compileBytes(String pattern, int pythonFlags)
      throws InvalidPythonRegexException {
    return toPattern(translate(asBytes(pattern), false, pythonFlags));
  }

  /**
   * The longest string that every match of {@link #compileBytes} {@code (pattern, pythonFlags)}
   * contains (ISO-8859-1 chars, as matched), or "" when there is none to rely on. A subject that
   * does not contain it has no match.
   */
  public static String requiredBytesLiteral(String pattern, int pythonFlags)
      throws InvalidPythonRegexException {
    ParseState state = new ParseState(false, pythonFlags);
    try {
      RegexNode root = RegexParser.parse(asBytes(pattern), state);
      return RequiredLiteral.of(root, state.flags);
    } catch (StackOverflowError e) {
      return ""; // nothing to rely on: every subject is searched
    }
  }

  /** A pattern's UTF-8 bytes, one char per byte. */
  private static String asBytes(String pattern) {
    return new String(pattern.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  /** The Java regex text for a str ({@code isText}) or latin-1-decoded bytes pattern. */
  static String translate(String pattern, boolean isText, int pythonFlags)
      throws InvalidPythonRegexException {
    if ((pythonFlags & ~PUBLIC_FLAGS) != 0) {
      throw new IllegalArgumentException("unsupported flags: " + pythonFlags);
    }
    ParseState state = new ParseState(isText, pythonFlags);
    try {
      RegexNode root = RegexParser.parse(pattern, state);
      return JavaPatternWriter.write(root, state);
    } catch (StackOverflowError e) {
      // CPython's recursive parser gives up too (RecursionError), just at a different depth.
      throw new InvalidPythonRegexException("pattern nested too deeply", null, -1);
    }
  }

  private static Pattern toPattern(String java) throws InvalidPythonRegexException {
    try {
      return Pattern.compile(java);
    } catch (PatternSyntaxException | StackOverflowError e) {
      // A translation gap, not a Python error: say so rather than pretend Python rejects it.
      throw new InvalidPythonRegexException(
          "unsupported: java.util.regex rejects the translation (" + e.getMessage() + ")",
          null,
          -1);
    }
  }
}
