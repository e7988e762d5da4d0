package dev.precommit.identify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * identify's lookup tables (extensions, names, interpreters), read from the bundled TSV.
 *
 * @param extensions lower-cased extension to tags, including {@code text} or {@code binary}
 * @param binaryCheckExtensions extensions whose files may be either text or binary
 * @param names whole file names (or dot-separated parts of one) to tags
 * @param interpreters shebang program basenames to tags
 */
record TagTables(
    Map<String, Set<String>> extensions,
    Map<String, Set<String>> binaryCheckExtensions,
    Map<String, Set<String>> names,
    Map<String, Set<String>> interpreters) {

  static final String RESOURCE = "identify-tags.tsv";

  TagTables {
    extensions = Map.copyOf(extensions);
    binaryCheckExtensions = Map.copyOf(binaryCheckExtensions);
    names = Map.copyOf(names);
    interpreters = Map.copyOf(interpreters);
  }

  /** Reads the TSV shipped next to this class. */
  static TagTables bundled() {
    try (InputStream in = TagTables.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses {@code kind<TAB>key<TAB>tag,tag...} rows; {@code #} lines and the header are skipped.
   */
  static TagTables parse(BufferedReader reader) throws IOException {
    Map<String, Map<String, Set<String>>> byKind = new HashMap<>();
    for (String kind : Kind.NAMES) {
      byKind.put(kind, new HashMap<>());
    }
    String line;
    int lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#") || line.startsWith("kind\t")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      Map<String, Set<String>> table = cols.length == 3 ? byKind.get(cols[0]) : null;
      if (table == null || cols[1].isEmpty() || cols[2].isEmpty()) {
        throw new IOException("identify tags line " + lineNo + " is malformed: " + line);
      }
      table.put(cols[1], Set.copyOf(Arrays.asList(cols[2].split(","))));
    }
    return new TagTables(
        byKind.get(Kind.EXTENSION),
        byKind.get(Kind.EXTENSION_NEEDS_BINARY_CHECK),
        byKind.get(Kind.NAME),
        byKind.get(Kind.INTERPRETER));
  }

  /** Every tag that appears anywhere in the tables. */
  Set<String> tableTags() {
    Set<String> all = new TreeSet<>();
    for (Map<String, Set<String>> table :
        List.of(extensions, binaryCheckExtensions, names, interpreters)) {
      table.values().forEach(all::addAll);
    }
    return all;
  }

  /** The values of the TSV's {@code kind} column. */
  private static final class Kind {
    static final String EXTENSION = "extension";
    static final String EXTENSION_NEEDS_BINARY_CHECK = "extension_needs_binary_check";
    static final String NAME = "name";
    static final String INTERPRETER = "interpreter";
    static final List<String> NAMES =
        List.of(EXTENSION, EXTENSION_NEEDS_BINARY_CHECK, NAME, INTERPRETER);

    private Kind() {}
  }
}
