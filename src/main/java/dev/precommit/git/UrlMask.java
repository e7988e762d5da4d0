package dev.precommit.git;

/** Hides credentials in repository URLs before they reach any message or log. */
public final class UrlMask {
  private UrlMask() {}

  /** {@code https://user:secret@host/x} becomes {@code https://user:***@host/x}. */
  public static String mask(String url) {
    int scheme = url.indexOf("://");
    if (scheme < 0) {
      return url;
    }
    int start = scheme + 3;
    int slash = url.indexOf('/', start);
    int at = url.lastIndexOf('@', slash < 0 ? url.length() : slash);
    if (at < start) {
      return url;
    }
    String userInfo = url.substring(start, at);
    int colon = userInfo.indexOf(':');
    String masked = colon < 0 ? "***" : userInfo.substring(0, colon) + ":***";
    return url.substring(0, start) + masked + url.substring(at);
  }
}
