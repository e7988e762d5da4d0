package dev.precommit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The YAML 1.1 types and PyYAML behaviours pre-commit's validation depends on. */
class YamlLoaderTest {
  static Object load(String text) throws YamlException {
    return YamlLoader.load(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The value of {@code v} in the mapping {@code v: <scalar>}. */
  static Object scalar(String scalar) throws YamlException {
    return ((Map<?, ?>) load("v: " + scalar)).get("v");
  }

  static String error(String text) {
    return assertThrows(YamlException.class, () -> load(text)).getMessage();
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"})
  void yaml11TrueWords(String word) throws YamlException {
    assertEquals(Boolean.TRUE, scalar(word));
  }

  @ParameterizedTest
  @ValueSource(strings = {"no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"})
  void yaml11FalseWords(String word) throws YamlException {
    assertEquals(Boolean.FALSE, scalar(word));
  }

  @ParameterizedTest
  @ValueSource(strings = {"yEs", "y", "n", "tRUE", "'yes'", "\"on\""})
  void otherSpellingsAndQuotedWordsStayStrings(String word) throws YamlException {
    assertEquals("str", YamlLoader.pythonTypeName(scalar(word)));
  }

  @Test
  void integersInEveryYaml11Notation() throws YamlException {
    assertEquals(0L, scalar("0"));
    assertEquals(-12L, scalar("-12"));
    assertEquals(12L, scalar("+12"));
    assertEquals(1000L, scalar("1_000"));
    assertEquals(5L, scalar("0b101"));
    assertEquals(31L, scalar("0x1F"));
    assertEquals(15L, scalar("017"), "a leading zero means octal in YAML 1.1");
    assertEquals(0L, scalar("00"));
    assertEquals(685230L, scalar("190:20:30"), "sexagesimal");
    assertEquals(-90L, scalar("-1:30"));
    assertEquals(new BigInteger("12345678901234567890"), scalar("12345678901234567890"));
    assertEquals(Long.MIN_VALUE, scalar("-9223372036854775808"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"08", "0o17", "0b", "0X1F", "1__0x", "_1", "1:60", "0:30"})
  void almostIntegersAreStrings(String text) throws YamlException {
    assertEquals(text, scalar(text));
  }

  @Test
  void brokenPrefixedIntegersFailLikePythonInt() {
    assertEquals("invalid literal for int() with base 16: ''", error("v: 0x_"));
    assertEquals("invalid literal for int() with base 2: ''", error("v: 0b_"));
  }

  @Test
  void floatsNeedADotButNotDigitsAfterIt() throws YamlException {
    assertEquals(1.1, scalar("1.10"), "rev: 1.10 is a float, pre-commit then refuses it");
    assertEquals(1.0, scalar("1."));
    assertEquals(0.5, scalar(".5"));
    assertEquals(10.5, scalar("1_0.5"));
    assertEquals(1000.0, scalar("1.0e+3"));
    assertEquals(0.001, scalar("1.0E-3"));
    assertEquals(4820.5, scalar("1:20:20.5"));
    assertEquals(Double.POSITIVE_INFINITY, scalar(".inf"));
    assertEquals(Double.NEGATIVE_INFINITY, scalar("-.Inf"));
    assertTrue(((Double) scalar(".NaN")).isNaN());
    assertEquals("-0.0", YamlLoader.pythonRepr(scalar("-0.0")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e3", "1.0e3", "-.5", "+.5", "-.nan", "inf", "nan", ".iNf", "1.0e+"})
  void pyYamlFloatRegexRejectsTheseSoTheyAreStrings(String text) throws YamlException {
    assertEquals(text, scalar(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"~", "null", "Null", "NULL", "", "!!null x"})
  void nulls(String text) throws YamlException {
    assertNull(scalar(text));
  }

  @Test
  void nUllAndQuotedNullAreStrings() throws YamlException {
    assertEquals("nULL", scalar("nULL"));
    assertEquals("", scalar("''"));
    assertEquals("~", scalar("'~'"));
  }

  @Test
  void timestampsBecomeDatesOrDatetimes() throws YamlException {
    assertEquals(YamlTimestamp.date(2001, 12, 14), scalar("2001-12-14"));
    assertEquals(
        new YamlTimestamp(2001, 12, 14, true, 21, 59, 43, 100000, -5 * 3600),
        scalar("2001-12-14t21:59:43.10-05:00"));
    assertEquals(
        new YamlTimestamp(2001, 12, 14, true, 21, 59, 43, 100000, -5 * 3600),
        scalar("2001-12-14 21:59:43.10 -5"));
    assertEquals(
        new YamlTimestamp(2001, 12, 14, true, 21, 59, 43, 123456, 0),
        scalar("2001-12-14 21:59:43.1234567Z"));
    assertEquals(new YamlTimestamp(2001, 1, 2, true, 3, 4, 5, 0, null), scalar("2001-1-2 3:04:05"));
    assertEquals("2001-1-2", scalar("2001-1-2"), "a date alone needs two-digit month and day");
    assertEquals("datetime", YamlLoader.pythonTypeName(scalar("2001-12-14T21:59:43Z")));
  }

  @Test
  void impossibleDatesFailLikePythonDatetime() {
    assertEquals("month must be in 1..12", error("v: 2001-13-01"));
    assertEquals("day is out of range for month", error("v: 2001-02-29"));
    assertEquals("year 0 is out of range", error("v: 0000-01-01"));
    assertEquals("hour must be in 0..23", error("v: 2001-12-14T25:00:00"));
    assertTrue(error("v: 2001-12-14T21:59:43+99").startsWith("offset must be a timedelta"));
  }

  @Test
  void mergeKeyAndValueMarkerAreOnlyPlainScalars() throws YamlException {
    assertEquals(Map.of("<<", 1L), load("'<<': 1"));
    assertEquals(
        "could not determine a constructor for the tag 'tag:yaml.org,2002:merge'\n"
            + "  in \"<unicode string>\", line 1, column 4",
        error("a: <<"));
    assertEquals(
        "could not determine a constructor for the tag 'tag:yaml.org,2002:value'\n"
            + "  in \"<unicode string>\", line 1, column 4",
        error("a: ="));
    assertEquals(Map.of("=", 1L), load("{=: 1}"), "as a key, '=' becomes a string");
  }
}
