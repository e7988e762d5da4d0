package dev.precommit.output;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides the credentials of every URL in a message ({@code https://user:secret@host/x} becomes
 * {@code https://user:***@host/x}): repository URLs may carry tokens, and precommit's own messages,
 * logs and errors must never show them.
 */
public final class UrlCredentials {
  /** scheme://userinfo@ — the greedy userinfo backtracks to the last '@' of the authority. */
  private static final Pattern USERINFO =
      Pattern.compile("([A-Za-z][A-Za-z0-9+.\\-]*://)([^\\s/?#'\"]+)@");

  private UrlCredentials() {}

  public static String hide(String text) {
    if (text == null || !text.contains("@")) {
      return text;
    }
    Matcher m = USERINFO.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String userInfo = m.group(2);
      int colon = userInfo.indexOf(':');
      String masked = colon < 0 ? "***" : userInfo.substring(0, colon) + ":***";
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + masked + "@"));
    }
    m.appendTail(out);
    return out.toString();
  }
}
