package dev.precommit.config;

import dev.precommit.config.YamlException.Mark;
import java.util.List;
import org.snakeyaml.engine.v2.tokens.AliasToken;
import org.snakeyaml.engine.v2.tokens.AnchorToken;
import org.snakeyaml.engine.v2.tokens.DirectiveToken;
import org.snakeyaml.engine.v2.tokens.ScalarToken;
import org.snakeyaml.engine.v2.tokens.Token;

/**
 * Token-level rules where libyaml 0.2.5 (YAML 1.1) is stricter than snakeyaml-engine (YAML 1.2).
 * Each check looks at one token and the text around it, and throws libyaml's error.
 */
final class LibyamlTokenChecks {
  private static final String ANCHOR_END = "?:,]}%@`";
  private static final String FLOW_AFTER_COLON = ",?[]{}";

  private LibyamlTokenChecks() {}

  /** Only {@code %YAML 1.1}, {@code %YAML 1.2} and {@code %TAG} are accepted. */
  static void directive(DirectiveToken<?> token) {
    Mark start = mark(token);
    String name = token.getName();
    if (name.equals(DirectiveToken.YAML_DIRECTIVE)) {
      List<?> version = token.getValue().orElse(List.of());
      Integer one = 1;
      Integer two = 2;
      boolean supported =
          version.size() == 2
              && one.equals(version.get(0))
              && (one.equals(version.get(1)) || two.equals(version.get(1)));
      if (!supported) {
        throw new LibyamlRuleException(
            YamlException.marked(null, null, "found incompatible YAML document", start));
      }
    } else if (!name.equals(DirectiveToken.TAG_DIRECTIVE)) {
      throw new LibyamlRuleException(
          YamlException.marked(
              "while scanning a directive",
              start,
              "found unknown directive name",
              new Mark(start.line(), start.column() + 1 + name.length())));
    }
  }

  /**
   * libyaml anchor names are {@code [0-9A-Za-z_-]+}, followed by a blank or one of {@code
   * ?:,]}%@`}; snakeyaml-engine allows nearly any character.
   */
  static void anchorName(Token token, int[] text) {
    String name =
        token instanceof AliasToken alias
            ? alias.getValue().getValue()
            : ((AnchorToken) token).getValue().getValue();
    int valid = 0;
    while (valid < name.length() && isAnchorChar(name.charAt(valid))) {
      valid++;
    }
    int next;
    if (valid < name.length()) {
      next = name.charAt(valid);
    } else {
      int end = token.getEndMark().map(m -> m.getIndex()).orElse(text.length);
      next = end < text.length ? text[end] : '\0';
    }
    if (valid > 0 && valid < name.length() && next == ':') {
      Mark start = mark(token);
      int at = token.getStartMark().map(m -> m.getIndex()).orElse(0) + 1 + valid;
      throw TextPatch.insertSpace(at, start.line(), start.column() + 1 + valid);
    }
    boolean endsWell = next == '\0' || isBlankOrBreak(next) || ANCHOR_END.indexOf(next) >= 0;
    if (valid == 0 || !endsWell) {
      Mark start = mark(token);
      String what = token instanceof AliasToken ? "an alias" : "an anchor";
      throw new LibyamlRuleException(
          YamlException.marked(
              "while scanning " + what,
              start,
              "did not find expected alphabetic or numeric character",
              new Mark(start.line(), start.column() + 1 + valid)));
    }
  }

  /**
   * In flow context libyaml refuses a {@code :} directly followed by {@code ,?[]{}} while it scans
   * a plain scalar, which goes on over blanks and line breaks up to a comment. snakeyaml-engine
   * keeps {@code :?} inside the scalar and stops before the others.
   */
  static void flowPlainColon(ScalarToken scalar, int[] text) {
    var startMark = scalar.getStartMark();
    var endMark = scalar.getEndMark();
    if (startMark.isEmpty() || endMark.isEmpty()) {
      return;
    }
    int i = startMark.get().getIndex();
    int line = startMark.get().getLine();
    int column = startMark.get().getColumn();
    int end = endMark.get().getIndex();
    while (i + 1 < text.length) {
      if (i >= end && !isBlankOrBreak(text[i]) && text[i] != ':') {
        return;
      }
      if (text[i] == ':' && FLOW_AFTER_COLON.indexOf(text[i + 1]) >= 0) {
        throw new LibyamlRuleException(
            YamlException.marked(
                "while scanning a plain scalar",
                mark(scalar),
                "found unexpected ':'",
                new Mark(line, column)));
      }
      if (i >= end && text[i] == ':') {
        return;
      }
      if (text[i] == '\n') {
        line++;
        column = 0;
      } else {
        column++;
      }
      i++;
    }
  }

  static boolean isAnchorChar(int ch) {
    return (ch >= '0' && ch <= '9')
        || (ch >= 'a' && ch <= 'z')
        || (ch >= 'A' && ch <= 'Z')
        || ch == '_'
        || ch == '-';
  }

  static boolean isBlankOrBreak(int ch) {
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
  }

  static Mark mark(Token token) {
    return token.getStartMark().map(EngineErrors::mark).orElse(new Mark(0, 0));
  }
}
