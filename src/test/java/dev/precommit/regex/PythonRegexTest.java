package dev.precommit.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per Python construct; expectations were checked against CPython 3.11. */
class PythonRegexTest {

  private static boolean search(String pattern, String subject) throws Exception {
    return PythonRegex.compile(pattern).matcher(subject).find();
  }

  private static String firstMatch(String pattern, String subject) throws Exception {
    Matcher m = PythonRegex.compile(pattern).matcher(subject);
    return m.find() ? m.group() : null;
  }

  private static InvalidPythonRegexException rejected(String pattern) {
    return assertThrows(InvalidPythonRegexException.class, () -> PythonRegex.compile(pattern));
  }

  @Test
  void searchFindsMatchesAnywhereInThePath() throws Exception {
    assertTrue(search("\\.yaml$", ".pre-commit-hooks.yaml"));
    assertTrue(search("bar", "foo/bar.py"));
    assertFalse(search("^bar", "foo/bar.py"));
  }

  @Test
  void namedGroupsAcceptPythonNamesIncludingNonAscii() throws Exception {
    assertTrue(search("(?P<name_1>a)(?P=name_1)", "xaa"));
    assertFalse(search("(?P<name_1>a)(?P=name_1)", "ab"));
    assertTrue(search("(?P<\u00e9t\u00e9>x)(?P=\u00e9t\u00e9)", "xx"));
    assertTrue(search("(?P<_>x)", "x"));
  }

  @Test
  void groupNumbersMatchPython() throws Exception {
    Matcher m = PythonRegex.compile("(a)(?:b)(?P<third>c)").matcher("abc");
    assertTrue(m.find());
    assertEquals(2, m.groupCount());
    assertEquals("c", m.group(2));
    assertEquals("c", m.group("g2"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "(?P<1a>x)", "(?P<a-b>x)", "(?P<>x)", "(?P<a>x)(?P<a>y)", "(?P=nope)", "(?P<a>(?P=a))",
        "(?P<a", "(?Px)", "(?<a>x)", "\\1", "(a)\\2", "(a\\1)"
      })
  void badGroupNamesAndReferencesAreRejected(String pattern) {
    rejected(pattern);
  }

  @Test
  void backslashZIsEndOfStringOnly() throws Exception {
    assertTrue(search("a\\Z", "a"));
    assertFalse(search("a\\Z", "a\n"));
  }

  @Test
  void dollarMatchesAtEndOrBeforeOneFinalNewline() throws Exception {
    assertTrue(search("py$", "foo.py"));
    assertTrue(search("py$", "foo.py\n"));
    assertFalse(search("py$", "foo.py\n\n"));
    assertFalse(search("py$", "foo.py\r\n"));
    assertFalse(search("py$", "a.py\nb"));
  }

  @Test
  void onlyNewlineEndsALine() throws Exception {
    assertTrue(search("^a.b$", "a\rb"));
    assertFalse(search("a.b", "a\nb"));
    assertTrue(search("(?s)a.b", "a\nb"));
    assertTrue(search("(?m)^b$", "a\nb\nc"));
    assertFalse(search("(?m)^b$", "a\u2028b"));
    assertEquals(
        2,
        PythonRegex.compile("(?m)^")
            .matcher("a\n")
            .results()
            .skip(1)
            .findFirst()
            .orElseThrow()
            .start());
  }

  @Test
  void globalFlagsMustLeadThePattern() throws Exception {
    assertTrue(search("(?i)abc", "xABC"));
    assertTrue(search("(?x)(?i) a", "A"));
    assertTrue(search("(?#note)(?i)a", "A"));
    assertEquals(
        "global flags not at the start of the expression at position 1",
        rejected("a(?i)").getMessage());
    rejected("a|(?i)b");
    rejected("(?:(?i)a)");
  }

  @Test
  void verboseModeStripsWhitespaceAndCommentsOutsideClasses() throws Exception {
    assertTrue(search("(?x) a b # comment\n c", "abc"));
    assertTrue(search("(?x)[ #]", " "));
    assertTrue(search("(?x)[ #]", "#"));
    assertTrue(search("(?x)a\\ b\\#c", "a b#c"));
    assertEquals("aa", firstMatch("(?x)a {2}", "aaa"));
    assertTrue(search("(?x)^(\n  foo\\.py|  # first\n  bar\\.py\n)$", "bar.py"));
    assertTrue(search("(?x:a b)c d", "abc d"));
  }

  @Test
  void scopedFlagsApplyOnlyInsideTheirGroup() throws Exception {
    assertTrue(search("(?i:a)b", "Ab"));
    assertFalse(search("(?i:a)b", "AB"));
    assertTrue(search("(?i)a(?-i:b)", "Ab"));
    assertFalse(search("(?i)a(?-i:b)", "AB"));
    assertTrue(search("(?s:.)", "\n"));
    assertTrue(search("(?m:^b)", "a\nb"));
    assertFalse(search("(?a:\\w)", "\u00e9"));
    rejected("(?i-i:a)");
    rejected("(?-a:a)");
    rejected("(?L:a)");
  }

  @Test
  void commentGroupsAreSkippedEvenBeforeAQuantifier() throws Exception {
    assertTrue(search("a(?#x)b", "ab"));
    assertTrue(search("^a(?#c)+$", "aaa"));
    rejected("(?#unterminated");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "x{|x{",
        "x{a}|x{a}",
        "{|{",
        "x{}|x{}",
        "x{1,a}|x{1,a}",
        "a{ 1}|a{ 1}",
        "{foo}|{foo}"
      })
  void braceThatIsNotAQuantifierIsLiteral(String pattern, String subject) throws Exception {
    assertEquals(subject, firstMatch(pattern, subject));
  }

  @Test
  void braceQuantifiersFollowPython() throws Exception {
    assertEquals("xx", firstMatch("x{,2}", "xxx"));
    assertEquals("xxx", firstMatch("x{2,}", "xxx"));
    assertEquals("x", firstMatch("x{1,3}?", "xxx"));
    assertFalse(search("^x{1,2}+x$", "xx"));
    assertEquals(
        "min repeat greater than max repeat at position 2", rejected("x{2,1}").getMessage());
    assertEquals("nothing to repeat at position 0", rejected("{1}").getMessage());
    rejected("x{4294967295}");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "[]a]|]",
        "[[]|[",
        "[a&&b]|&",
        "[^]]|x",
        "[a-]|-",
        "[-a]|-",
        "[\\]]|]",
        "[.]|.",
        "[\\x41-\\x43]|B",
        "[\\w.]|.",
        "[^\\W\\d]|a"
      })
  void characterClassesUsePythonSyntax(String pattern, String subject) throws Exception {
    assertTrue(search(pattern, subject), pattern);
  }

  @Test
  void classSpecialsDoNotLeakJavaMeaning() throws Exception {
    assertFalse(search("[a&&b]", "c"));
    assertFalse(search("[^\\W\\d]", "1"));
    assertTrue(search("[\\b]", "\b"));
    assertFalse(search("[\\b]", "b"));
    assertTrue(search("[[a]]", "a]"));
    assertFalse(search("[[a]]", "a"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"[", "[a", "[^]", "[\\d-z]", "[z-a]", "[\\A]", "[\\B]", "[\\8]", "[\\477]"})
  void badCharacterClassesAreRejected(String pattern) {
    rejected(pattern);
  }

  static Stream<Arguments> escapes() {
    return Stream.of(
        Arguments.of("\\v", "\u000b"),
        Arguments.of("\\a", "\u0007"),
        Arguments.of("\\f", "\f"),
        Arguments.of("\\t", "\t"),
        Arguments.of("\\0", "\u0000"),
        Arguments.of("\\012", "\n"),
        Arguments.of("\\101", "A"),
        Arguments.of("\\x41", "A"),
        Arguments.of("\\u00e9", "\u00e9"),
        Arguments.of("\\U0001F600", "\ud83d\ude00"),
        Arguments.of("\\N{EM DASH}", "\u2014"),
        Arguments.of("\\N{latin small letter e with acute}", "\u00e9"),
        Arguments.of("\\-", "-"),
        Arguments.of("\\ ", " "),
        Arguments.of("\\#", "#"),
        Arguments.of("\\\\", "\\"));
  }

  @ParameterizedTest
  @MethodSource("escapes")
  void escapesDenoteTheSameCharacterAsInPython(String pattern, String subject) throws Exception {
    assertEquals(subject, firstMatch(pattern, subject), pattern);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\\q",
        "\\e",
        "\\z",
        "\\8",
        "\\x4",
        "\\u12",
        "\\U00110000",
        "\\N{NO SUCH NAME}",
        "\\N",
        "\\400",
        "a\\"
      })
  void unknownOrMalformedEscapesAreRejected(String pattern) {
    rejected(pattern);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "(a",
        "a)",
        "*a",
        "a**",
        "a*+*",
        "^*",
        "$+",
        "\\b?",
        "(?<=a+)b",
        "(?<=a|bc)",
        "(?P",
        "(?",
        "(?z)",
        "(?<=a)(?<!b|cd)",
        "(?(0)a)",
        "(?(1)a|b|c)(x)",
        "(?L)",
        "(?au:x)"
      })
  void patternsPythonRejectsAreRejected(String pattern) {
    rejected(pattern);
  }

  @ParameterizedTest
  @ValueSource(strings = {"(?<=ab|cd)x", "(?<!a{2})x", "(?:^)*x", "(?=a)*x", "(a)(?<=\\1)x", "()*"})
  void unusualPatternsPythonAcceptsAreAccepted(String pattern) throws Exception {
    PythonRegex.compile(pattern);
  }

  @Test
  void fixedWidthRepeatsInsideLookBehindAreAccepted() throws Exception {
    assertTrue(search("(?<=(?:ab|cd){2})x", "abcdx"));
    assertFalse(search("(?<=(?:ab|cd){2})x", "abx"));
    assertTrue(search("(?<=a(?:\\b|$)*)x", "ax"));
    assertTrue(search("(?<=(?:a|bc){0})x", "x"));
  }

  @Test
  void mandatoryIterationsRunEvenWhenTheyMatchNothing() throws Exception {
    // 'a' leaves nothing for a second iteration, so sre backtracks to an empty first one (\b)
    // and still runs the second, which takes 'a'. Java would stop after the empty iteration.
    assertEquals("a", firstMatch("(?:a|\\b){2,}", "ab"));
    assertEquals("a", firstMatch("(?:a|\\b){2}", "ab"));
    assertEquals("a", firstMatch("(?:a|\\b){2,}?", "ab"));
    assertEquals("", firstMatch("(?:\\b|a){2,}", "ab"));
  }

  @Test
  void searchSkipsStartsThatFailSresGlobalFlagPrefilter() throws Exception {
    // CPython quirk: search pre-filters start characters with the global (Unicode) \D.
    assertFalse(search("(?a:\\D)", "\u0661"));
    assertTrue(search("x|(?a:\\D)", "\u0661"));
    assertFalse(search("(?a)(?u:\\w)", "\u00e9"));
    assertTrue(search("(?a:\\D)", "z"));
  }

  @Test
  void backtrackingOutOfARepeatForgetsItsCapture() throws Exception {
    assertEquals("a", firstMatch("(a){0,2}[^a]|(?!\\1)a", "a"));
    assertEquals("a", firstMatch("(?:(a))*[^a]|(?!\\1)a", "a"));
  }

  @Test
  void lookBehindWithBackReferenceUsesTheGroupWidth() throws Exception {
    assertTrue(search("(a)x(?<=\\1x)", "ax"));
    assertFalse(search("(a)b(?<=\\1)", "ab"));
  }

  @Test
  void strPatternsAreUnicodeAware() throws Exception {
    assertTrue(search("^\\w+$", "\u00e9t\u00e9_1\u0661"));
    assertFalse(search("\\w", "\u0301")); // combining marks are not word characters in Python
    assertTrue(search("\\d", "\u0661"));
    assertFalse(search("\\d", "\u00b2"));
    assertTrue(search("\\s", "\u001c"));
    assertTrue(search("\\s", "\u00a0"));
    assertFalse(search("(?a)\\w", "\u00e9"));
    assertFalse(search("(?a)\\s", "\u00a0"));
  }

  @Test
  void ignoreCaseFollowsPythonIncludingSpecialCases() throws Exception {
    assertTrue(search("(?i)k", "\u212a"));
    assertTrue(search("(?i)s", "\u017f"));
    assertTrue(search("(?i)\u0130", "i"));
    assertTrue(search("(?i)i", "\u0131"));
    assertTrue(search("(?i)\u00b5", "\u039c"));
    assertTrue(search("(?i)[^a]", "b"));
    assertFalse(search("(?i)[^a]", "A"));
    assertFalse(search("(?ai)k", "\u212a"));
    assertTrue(search("(?i)(a)\\1", "aA"));
  }

  @Test
  void wordBoundariesUsePythonWordCharacters() throws Exception {
    assertEquals("foo", firstMatch("\\bfoo\\b", "a foo."));
    assertFalse(search("\\bfoo\\b", "afoo"));
    assertTrue(search("\u00e9\\b", "\u00e9 "));
    assertFalse(search("\\B", ""));
    assertTrue(search("\\B", "-"));
  }

  @Test
  void conditionalGroupsAreEmulated() throws Exception {
    assertEquals("ab", firstMatch("(a)?(?(1)b|c)", "ab"));
    assertEquals("c", firstMatch("(a)?(?(1)b|c)", "c"));
    assertFalse(search("(a)?(?(1)b|c)", "a"));
    assertTrue(search("(?P<q>')?x(?(q)')", "'x'"));
  }

  @Test
  void conditionalBeforeItsGroupClosesTakesTheNoBranch() throws Exception {
    assertEquals("bx", firstMatch("(?(1)a|b)(x)", "axbx"));
    assertEquals("ab", firstMatch("(a(?(1)x|b))", "axab"));
  }

  @Test
  void conditionalInsideARepeatBeforeItsGroupCloses_isAKnownGap() {
    InvalidPythonRegexException e = rejected("(?:(?(1)a|b)(x))+");
    assertTrue(e.getMessage().startsWith("unsupported:"), e.getMessage());
  }

  @Test
  void bytesPatternsAreUtf8EncodedAndAsciiOnly() throws Exception {
    assertTrue(PythonRegex.compileBytes("\u00e9", 0).matcher("\u00c3\u00a9").find());
    assertFalse(PythonRegex.compileBytes("\\w", 0).matcher("\u00e9").find());
    assertFalse(PythonRegex.compileBytes("(?i)\u00e9", 0).matcher("\u00c3\u0089").find());
    assertTrue(PythonRegex.compileBytes("abc", PythonRegex.IGNORECASE).matcher("ABC").find());
    assertTrue(PythonRegex.compileBytes("(?L)a", 0).matcher("a").find());
    assertThrows(InvalidPythonRegexException.class, () -> PythonRegex.compileBytes("\\u00e9", 0));
    assertThrows(InvalidPythonRegexException.class, () -> PythonRegex.compileBytes("(?u)a", 0));
    rejected("(?L)a");
  }

  @Test
  void absurdNestingIsRejectedInsteadOfOverflowingTheStack() {
    rejected("(".repeat(200_000) + ")".repeat(200_000));
  }

  @Test
  void errorMessagesUsePythonWordingAndPositions() {
    assertEquals("bad escape \\q at position 1", rejected("a\\q").getMessage());
    assertEquals(
        "missing ), unterminated subpattern at position 0 (line 1, column 1)",
        rejected("(a\nb").getMessage());
    assertEquals(3, rejected("abc)").position());
  }
}
