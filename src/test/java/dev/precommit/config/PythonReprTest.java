package dev.precommit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PythonReprTest {
  @Test
  void stringsUseSingleQuotesUnlessOnlySingleQuotesInside() {
    assertEquals("'a'", YamlLoader.pythonRepr("a"));
    assertEquals("\"it's\"", YamlLoader.pythonRepr("it's"));
    assertEquals("'say \"hi\"'", YamlLoader.pythonRepr("say \"hi\""));
    assertEquals("'it\\'s \"x\"'", YamlLoader.pythonRepr("it's \"x\""));
  }

  @Test
  void stringsEscapeBackslashesControlsAndNonPrintables() {
    assertEquals("'\\\\d'", YamlLoader.pythonRepr("\\d"));
    assertEquals("'a\\tb\\nc\\r'", YamlLoader.pythonRepr("a\tb\nc\r"));
    assertEquals("'\\x00\\x1b\\x7f'", YamlLoader.pythonRepr("\u0000\u001b\u007f"));
    assertEquals("'\\x85\\xa0\\u2028\\ufeff'", YamlLoader.pythonRepr("\u0085\u00a0\u2028\ufeff"));
    assertEquals("'é — 😀'", YamlLoader.pythonRepr("é — 😀"));
    assertEquals("'\\U000e0001'", YamlLoader.pythonRepr(new String(Character.toChars(0xe0001))));
  }

  @Test
  void scalarsPrintLikePython() {
    assertEquals("None", YamlLoader.pythonRepr(null));
    assertEquals("True", YamlLoader.pythonRepr(true));
    assertEquals("False", YamlLoader.pythonRepr(false));
    assertEquals("-12", YamlLoader.pythonRepr(-12L));
    assertEquals(
        "12345678901234567890", YamlLoader.pythonRepr(new BigInteger("12345678901234567890")));
  }

  @ParameterizedTest
  @CsvSource({
    "1.1, 1.1",
    "1.0, 1.0",
    "100.0, 100.0",
    "0.1, 0.1",
    "0.3, 0.3",
    "0.0001, 0.0001",
    "0.00001, 1e-05",
    "1e16, 1e+16",
    "1e15, 1000000000000000.0",
    "1.5e300, 1.5e+300",
    "1234567890123456789.0, 1.2345678901234568e+18",
    "123456789.123456789, 123456789.12345679",
    "5e-324, 5e-324",
    "1.7976931348623157e308, 1.7976931348623157e+308",
    "-0.0, -0.0",
    "-2.5, -2.5"
  })
  void floatsUseTheShortestRoundTripDigits(double value, String repr) {
    assertEquals(repr, YamlLoader.pythonRepr(value));
  }

  @Test
  void specialFloats() {
    assertEquals("inf", YamlLoader.pythonRepr(Double.POSITIVE_INFINITY));
    assertEquals("-inf", YamlLoader.pythonRepr(Double.NEGATIVE_INFINITY));
    assertEquals("nan", YamlLoader.pythonRepr(Double.NaN));
  }

  @Test
  void containersPrintTheirItems() {
    Map<Object, Object> map = new LinkedHashMap<>();
    map.put("a", 1L);
    map.put(2L, List.of("b", true));
    assertEquals("{'a': 1, 2: ['b', True]}", YamlLoader.pythonRepr(map));
    assertEquals("[]", YamlLoader.pythonRepr(List.of()));
    assertEquals("{}", YamlLoader.pythonRepr(Map.of()));
    assertEquals("set()", YamlLoader.pythonRepr(new LinkedHashSet<>()));
    assertEquals("{'a', 1}", YamlLoader.pythonRepr(new LinkedHashSet<>(List.of("a", 1L))));
    assertEquals("[('a', 1)]", YamlLoader.pythonRepr(List.of(new YamlPair("a", 1L))));
  }

  @Test
  void selfReferencesPrintAsEllipsis() {
    List<Object> list = new ArrayList<>();
    list.add(list);
    assertEquals("[[...]]", YamlLoader.pythonRepr(list));
    Map<Object, Object> map = new LinkedHashMap<>();
    map.put("x", map);
    assertEquals("{'x': {...}}", YamlLoader.pythonRepr(map));
  }

  @Test
  void bytesAndTimestamps() {
    assertEquals("b\"hi\\x00\\xff'\"", repr(new YamlBytes(new byte[] {'h', 'i', 0, -1, '\''})));
    assertEquals("b'a\\'\"'", repr(new YamlBytes(new byte[] {'a', '\'', '"'})));
    assertEquals("datetime.date(2001, 12, 14)", repr(YamlTimestamp.date(2001, 12, 14)));
    assertEquals(
        "datetime.datetime(2001, 12, 14, 21, 59, 43, 100000,"
            + " tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=68400)))",
        repr(new YamlTimestamp(2001, 12, 14, true, 21, 59, 43, 100000, -18000)));
    assertEquals(
        "datetime.datetime(2001, 12, 14, 21, 59, tzinfo=datetime.timezone.utc)",
        repr(new YamlTimestamp(2001, 12, 14, true, 21, 59, 0, 0, 0)));
    assertEquals(
        "datetime.datetime(2001, 1, 2, 0, 0)",
        repr(new YamlTimestamp(2001, 1, 2, true, 0, 0, 0, 0, null)));
  }

  @Test
  void typeNamesArePythons() {
    assertEquals("str", YamlLoader.pythonTypeName("x"));
    assertEquals("int", YamlLoader.pythonTypeName(1L));
    assertEquals("int", YamlLoader.pythonTypeName(BigInteger.TEN.pow(30)));
    assertEquals("float", YamlLoader.pythonTypeName(1.0));
    assertEquals("bool", YamlLoader.pythonTypeName(true));
    assertEquals("NoneType", YamlLoader.pythonTypeName(null));
    assertEquals("list", YamlLoader.pythonTypeName(List.of()));
    assertEquals("dict", YamlLoader.pythonTypeName(Map.of()));
    assertEquals("set", YamlLoader.pythonTypeName(new LinkedHashSet<>()));
    assertEquals("date", YamlLoader.pythonTypeName(YamlTimestamp.date(2001, 1, 1)));
    assertEquals(
        "datetime",
        YamlLoader.pythonTypeName(new YamlTimestamp(2001, 1, 1, true, 0, 0, 0, 0, null)));
    assertEquals("bytes", YamlLoader.pythonTypeName(new YamlBytes(new byte[0])));
    assertEquals("tuple", YamlLoader.pythonTypeName(new YamlPair(1L, 2L)));
  }

  private static String repr(Object value) {
    return YamlLoader.pythonRepr(value);
  }
}
