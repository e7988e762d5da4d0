package dev.precommit.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.ScannerImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Loads YAML exactly as pre-commit does: {@code yaml.load(text, Loader=yaml.CSafeLoader)} on the
 * file's UTF-8 text, with PyYAML's YAML 1.1 types (so {@code rev: 1.10} is a float and {@code yes}
 * a bool). snakeyaml-engine only scans and parses; tag resolution and construction are PyYAML's,
 * re-implemented here.
 *
 * <p>Values: {@code null}, {@link String}, {@link Boolean}, {@link Long} (or {@link
 * java.math.BigInteger} beyond 64 bits), {@link Double}, {@code ArrayList<Object>}, {@code
 * LinkedHashMap<Object, Object>} (keys in document order, may be non-strings), {@code
 * LinkedHashSet<Object>} for {@code !!set}, {@link YamlTimestamp}, {@link YamlBytes}, and {@link
 * YamlPair} inside {@code !!omap}/{@code !!pairs} lists.
 */
public final class YamlLoader {
  /**
   * Deepest nesting accepted (PyYAML takes ~20000, then crashes). Real configs nest about 6 deep;
   * the limit keeps every recursive consumer of the value far from a stack overflow. It also bounds
   * merge-key and {@code =} recursion.
   */
  static final int MAX_DEPTH = 256;

  /** Most values a document may expand to through aliases and merge keys ("billion laughs"). */
  static final long MAX_EXPANDED_NODES = 5_000_000;

  private static final int MAX_PATCHES = 100;
  private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+)");

  private YamlLoader() {}

  /** Loads a file's bytes: strict UTF-8 and universal newlines, as Python's text mode reads. */
  public static Object load(byte[] bytes) throws YamlException {
    return load(SourceText.decode(bytes));
  }

  /** Loads text as {@code yaml.load(text, Loader=CSafeLoader)} would. */
  public static Object load(String text) throws YamlException {
    String source = SourceText.translateNewlines(text);
    SourceText.requirePrintable(source);
    // libyaml reads NEL as a line break everywhere (YAML 1.1), snakeyaml-engine does not.
    source = source.replace('\u0085', '\n');
    source = blankLineStartBoms(source);
    List<TextPatch> patches = new ArrayList<>();
    while (true) {
      try {
        return loadPrepared(source);
      } catch (TextPatch patch) {
        if (patches.size() >= MAX_PATCHES) {
          throw new YamlException("too many token boundaries to adjust");
        }
        patches.add(patch);
        int at = source.offsetByCodePoints(0, patch.index);
        int end = source.offsetByCodePoints(at, patch.length);
        source = source.substring(0, at) + patch.replacement + source.substring(end);
      } catch (YamlException e) {
        throw patches.isEmpty() ? e : new YamlException(unshift(e.getMessage(), patches));
      }
    }
  }

  private static Object loadPrepared(String source) throws YamlException {
    LoadSettings settings =
        LoadSettings.builder()
            .setCodePointLimit(Integer.MAX_VALUE)
            .setUseMarks(true)
            .setLabel("<unicode string>")
            .build();
    int[] codePoints = source.codePoints().toArray();
    ScannerImpl scanner = new ScannerImpl(settings, new StreamReader(settings, source));
    ParserImpl parser = new ParserImpl(settings, new LibyamlScanner(scanner, codePoints));
    YamlNode root = new NodeComposer(parser, codePoints).composeSingleDocument();
    if (root == null) {
      return null;
    }
    Object value = new NodeConstructor(MAX_EXPANDED_NODES).constructDocument(root);
    ValueLimits.check(value, MAX_EXPANDED_NODES, MAX_DEPTH);
    return value;
  }

  /** Maps error positions back to the text before spaces were inserted, latest space first. */
  private static String unshift(String message, List<TextPatch> patches) {
    Matcher m = POSITION.matcher(message);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int line = Integer.parseInt(m.group(1)) - 1;
      int column = Integer.parseInt(m.group(2)) - 1;
      for (int k = patches.size() - 1; k >= 0; k--) {
        TextPatch patch = patches.get(k);
        if (patch.line == line && column > patch.column) {
          column = Math.max(patch.column, column - patch.shift());
        }
      }
      m.appendReplacement(out, "line " + (line + 1) + ", column " + (column + 1));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * libyaml skips a byte-order mark at the start of any line (counting it as a column), where
   * snakeyaml-engine only skips one at the very start; a space has the same effect.
   */
  private static String blankLineStartBoms(String source) {
    if (source.indexOf('\ufeff', 1) < 0) {
      return source;
    }
    StringBuilder out = new StringBuilder(source);
    for (int i = 1; i < out.length(); i++) {
      char before = out.charAt(i - 1);
      if (out.charAt(i) == '\ufeff' && (before == '\n' || (i == 1 && before == '\ufeff'))) {
        out.setCharAt(i, ' ');
      }
    }
    return out.toString();
  }

  /** Python's {@code type(value).__name__}: {@code str}, {@code int}, {@code dict}, ... */
  public static String pythonTypeName(Object value) {
    return PythonRepr.typeName(value);
  }

  /** Python's {@code repr(value)}, e.g. {@code 'a'}, {@code "it's"}, {@code ['a', 1]}. */
  public static String pythonRepr(Object value) {
    return PythonRepr.repr(value);
  }
}
