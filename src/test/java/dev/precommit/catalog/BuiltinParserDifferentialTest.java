package dev.precommit.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated documents (seeded mutations of valid ones) through our JSON and TOML
 * parsers and CPython's own: the same verdicts and the same error texts; float formatting and
 * json.dumps output compared the same way.
 */
class BuiltinParserDifferentialTest {
  private static final String[] JSON_SEEDS = {
    "{\"a\": [1, 2.5, -3e2, true, false, null], \"b\": {\"c\": \"d\\n\\u00e9\"}}",
    "[{\"k\": \"v\"}, [], {}, \"\\ud83e\\udd17\", 0, -0.0, 1E+2]",
    "{\"x\": {\"y\": {\"z\": [\"deep\"]}}, \"x2\": NaN}",
  };
  private static final String[] TOML_SEEDS = {
    "title = \"x\"\n[owner]\nname = 'Tom'\ndob = 1979-05-27T07:32:00-08:00\n[db]\nports = [ 8000, 8001 ]\n",
    "a.b.c = 1\n[[fruit]]\nname = \"apple\"\n[fruit.physical]\ncolor = \"red\"\n[[fruit]]\nname = \"b\"\n",
    "s = \"\"\"\nmulti \\\n  line\"\"\"\nl = '''raw'''\ni = { x = 1, y.z = 2 }\nh = 0xDEAD_BEEF\nf = 6.626e-34\n",
  };
  private static final String ALPHABET = "{}[]\":,.-+eE0123456789 \n\t\\u'=#tfnaxz\u00e9\r_";

  private static String script;

  @BeforeAll
  static void loadScript() throws IOException {
    try (InputStream in =
        BuiltinParserDifferentialTest.class.getResourceAsStream("parser_oracle.py")) {
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> oracle(List<String> lines) throws IOException, InterruptedException {
    Process python = new ProcessBuilder("python3", "-c", script).redirectErrorStream(true).start();
    byte[] input = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    // fed from another thread: python answers while it reads, and both pipes are bounded
    Thread feeder =
        new Thread(
            () -> {
              try (OutputStream stdin = python.getOutputStream()) {
                stdin.write(input);
              } catch (IOException e) {
                // python died; its output says why
              }
            });
    feeder.start();
    String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, python.waitFor(), out);
    feeder.join();
    List<String> verdicts = new ArrayList<>();
    for (String hex : out.split("\n")) {
      verdicts.add(new String(HexFormat.of().parseHex(hex), StandardCharsets.UTF_8));
    }
    return verdicts;
  }

  private static List<byte[]> mutations(String[] seeds, int count, long seed) {
    Random random = new Random(seed);
    List<byte[]> docs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder doc = new StringBuilder(seeds[random.nextInt(seeds.length)]);
      int edits = random.nextInt(4);
      for (int e = 0; e < edits && doc.length() > 0; e++) {
        int at = random.nextInt(doc.length());
        char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        switch (random.nextInt(3)) {
          case 0 -> doc.insert(at, c);
          case 1 -> doc.deleteCharAt(at);
          default -> doc.setCharAt(at, c);
        }
      }
      docs.add(doc.toString().getBytes(StandardCharsets.UTF_8));
    }
    return docs;
  }

  private static void assumePython() {
    Assumptions.assumeTrue(BuiltinFixturesTest.hasPython3(), "python3 is not installed");
  }

  @Test
  void jsonVerdictsAndMessagesEqualCPythons() throws Exception {
    assumePython();
    List<byte[]> docs = mutations(JSON_SEEDS, 3000, 1);
    List<String> lines = new ArrayList<>();
    for (byte[] d : docs) {
      lines.add("json " + HexFormat.of().formatHex(d));
    }
    List<String> expected = oracle(lines);
    for (int i = 0; i < docs.size(); i++) {
      String actual;
      try {
        PyJson.loads(docs.get(i), CheckJsonPairs::check);
        actual = "ok";
      } catch (PyJson.JsonError e) {
        actual = "Failed to json decode (" + e.getMessage() + ")";
      } catch (HookCrash e) {
        actual = "crash";
      }
      assertEquals(expected.get(i), actual, new String(docs.get(i), StandardCharsets.UTF_8));
    }
  }

  @Test
  void tomlVerdictsAndMessagesEqualTomllibs() throws Exception {
    assumePython();
    List<byte[]> docs = mutations(TOML_SEEDS, 3000, 2);
    List<String> lines = new ArrayList<>();
    for (byte[] d : docs) {
      lines.add("toml " + HexFormat.of().formatHex(d));
    }
    List<String> expected = oracle(lines);
    for (int i = 0; i < docs.size(); i++) {
      String actual;
      try {
        TomlChecker.check(Utf8.decode(docs.get(i)));
        actual = "ok";
      } catch (TomlChecker.TomlError e) {
        actual = e.getMessage();
      } catch (HookCrash e) {
        actual = "crash";
      }
      assertEquals(expected.get(i), actual, new String(docs.get(i), StandardCharsets.UTF_8));
    }
  }

  @Test
  void prettyJsonEqualsJsonDumps() throws Exception {
    assumePython();
    List<byte[]> docs = mutations(JSON_SEEDS, 1500, 3);
    List<String> lines = new ArrayList<>();
    for (byte[] d : docs) {
      lines.add("pretty " + HexFormat.of().formatHex(d));
    }
    List<String> expected = oracle(lines);
    for (int i = 0; i < docs.size(); i++) {
      String actual;
      try {
        Object value =
            PyJson.loads(
                new String(docs.get(i), StandardCharsets.UTF_8),
                pairs -> {
                  java.util.Map<String, Object> m =
                      new java.util.TreeMap<>(CheckCaseConflict::byCodePoint);
                  pairs.forEach(p -> m.put(p.getKey(), p.getValue()));
                  return m;
                });
        actual = PyJsonWriter.dumps(value, "  ", true) + "\n";
      } catch (PyJson.JsonError | HookCrash e) {
        actual = "invalid";
      }
      if (expected.get(i).equals("invalid") && !actual.equals("invalid")) {
        continue; // sorting duplicate keys by value can fail in Python (TypeError)
      }
      assertEquals(expected.get(i), actual, new String(docs.get(i), StandardCharsets.UTF_8));
    }
  }

  private static final String[] XML_SEEDS = {
    "<?xml version=\"1.0\"?>\n<root a=\"1\" b='2'>\n  <child>text &amp; more</child>\n  <!-- c -->\n"
        + "  <e/>\n</root>\n",
    "<!DOCTYPE r [<!ENTITY e \"x\">]>\n<r><x:a xmlns:x=\"u\">&e;&#65;</x:a><![CDATA[ <raw> ]]>"
        + "<?pi data?></r>",
  };

  @Test
  void xmlIsAcceptedAndRejectedAsExpatDoes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    assumePython();
    List<byte[]> docs = new ArrayList<>();
    Random random = new Random(5);
    String alphabet = "<>/=\"'&;! \n-?xa#[]";
    for (int i = 0; i < 1500; i++) {
      StringBuilder doc = new StringBuilder(XML_SEEDS[random.nextInt(XML_SEEDS.length)]);
      for (int e = random.nextInt(3); e > 0 && doc.length() > 0; e--) {
        int at = random.nextInt(doc.length());
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        switch (random.nextInt(3)) {
          case 0 -> doc.insert(at, c);
          case 1 -> doc.deleteCharAt(at);
          default -> doc.setCharAt(at, c);
        }
      }
      docs.add(doc.toString().getBytes(StandardCharsets.UTF_8));
    }
    List<String> lines = new ArrayList<>();
    for (byte[] d : docs) {
      lines.add("xml " + HexFormat.of().formatHex(d));
    }
    List<String> expected = oracle(lines);
    for (int i = 0; i < docs.size(); i++) {
      java.nio.file.Files.write(dir.resolve("f.xml"), docs.get(i));
      BuiltinLanguage.Invocation run =
          BuiltinLanguage.invoke("check-xml", List.of("f.xml"), dir, java.util.Map.of());
      String actual = run.exitCode() == 0 ? "ok" : "rejected";
      assertEquals(expected.get(i), actual, new String(docs.get(i), StandardCharsets.UTF_8));
    }
  }

  @Test
  void floatsPrintAsPythonsRepr() throws Exception {
    assumePython();
    Random random = new Random(4);
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      double d =
          switch (i % 3) {
            case 0 -> Double.longBitsToDouble(random.nextLong());
            case 1 -> Math.round(random.nextDouble() * 1e6) / Math.pow(10, random.nextInt(20));
            default -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
          };
      if (Double.isFinite(d)) {
        values.add(d);
      }
    }
    List<String> lines = new ArrayList<>();
    for (double d : values) {
      lines.add("float " + HexFormat.of().formatHex(ByteBuffer.allocate(8).putDouble(d).array()));
    }
    List<String> expected = oracle(lines);
    for (int i = 0; i < values.size(); i++) {
      assertEquals(
          expected.get(i), PyJsonWriter.floatRepr(values.get(i)), "bits of " + values.get(i));
    }
  }

  /** check-json's duplicate-key rule. */
  private static final class CheckJsonPairs {
    static Object check(List<java.util.Map.Entry<String, Object>> pairs) throws PyJson.JsonError {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (java.util.Map.Entry<String, Object> p : pairs) {
        if (!seen.add(p.getKey())) {
          throw new PyJson.JsonError("Duplicate key: " + p.getKey());
        }
      }
      return pairs;
    }
  }
}
