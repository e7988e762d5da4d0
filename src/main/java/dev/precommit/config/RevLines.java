package dev.precommit.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the {@code rev:} lines of a config for {@code autoupdate}, touching nothing else:
 * indentation, spacing, quoting, trailing comments and line endings stay byte for byte, except that
 * a {@code # frozen: <tag>} comment is added for frozen revs and dropped when unfreezing.
 */
public final class RevLines {
  private static final Pattern REV_LINE =
      Pattern.compile("^(\\s+)rev:(\\s*)(['\"]?)([^\\s#]+)(.*?)(\\r?\\n)$", Pattern.DOTALL);

  private RevLines() {}

  /** A new rev for one repository; {@code frozen} is the tag a sha stands for, or null. */
  public record NewRev(String rev, String frozen) {}

  /**
   * @param updates one element per non-local repository, in order; null = unchanged
   * @return the new text, or null when the rev lines cannot be matched one-to-one
   */
  public static String rewrite(String original, List<NewRev> updates) {
    List<String> lines = ConfigMigration.splitLinesKeepEnds(original);
    List<Integer> revLines = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (REV_LINE.matcher(lines.get(i)).matches()) {
        revLines.add(i);
      }
    }
    if (revLines.size() != updates.size()) {
      return null;
    }
    for (int k = 0; k < updates.size(); k++) {
      NewRev update = updates.get(k);
      if (update == null) {
        continue;
      }
      int idx = revLines.get(k);
      Matcher m = REV_LINE.matcher(lines.get(idx));
      if (!m.matches()) {
        throw new IllegalStateException("rev line moved");
      }
      String comment;
      if (update.frozen() != null) {
        comment = "  # frozen: " + update.frozen();
      } else if (m.group(5).strip().startsWith("# frozen:")) {
        comment = "";
      } else {
        comment = m.group(5);
      }
      lines.set(
          idx,
          m.group(1)
              + "rev:"
              + m.group(2)
              + quoted(update.rev(), m.group(3))
              + comment
              + m.group(6));
    }
    return String.join("", lines);
  }

  /**
   * The value as yaml.dump writes it in the line's quote style (plain values that would not load as
   * strings get quoted).
   */
  private static String quoted(String value, String quote) {
    if (quote.equals("'")) {
      return "'" + value.replace("'", "''") + "'";
    } else if (quote.equals("\"")) {
      return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
    try {
      if (YamlLoader.load(value) instanceof String s && s.equals(value)) {
        return value;
      }
    } catch (YamlException e) {
      // fall through to quoting
    }
    return "'" + value.replace("'", "''") + "'";
  }
}
