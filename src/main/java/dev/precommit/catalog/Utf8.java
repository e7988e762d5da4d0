package dev.precommit.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPython's strict UTF-8 decoder: the same acceptance and the same {@code UnicodeDecodeError} texts
 * ({@code 'utf-8' codec can't decode byte 0xa9 in position 0: invalid start byte}).
 */
final class Utf8 {
  private Utf8() {}

  /** Thrown with Python's message text. */
  static final class DecodeError extends Exception {
    DecodeError(String message) {
      super(message, null, false, false);
    }
  }

  static String decode(byte[] bytes) throws HookCrash {
    try {
      return decode(bytes, 0, bytes.length, false);
    } catch (DecodeError e) {
      throw new HookCrash("UnicodeDecodeError", e.getMessage());
    }
  }

  /**
   * @param surrogates accept encoded surrogates ({@code ED A0 80}), as {@code surrogatepass} does
   */
  static String decode(byte[] bytes, int from, int to, boolean surrogates) throws DecodeError {
    StringBuilder out = new StringBuilder(to - from);
    int i = from;
    while (i < to) {
      int b = bytes[i] & 0xff;
      if (b < 0x80) {
        out.append((char) b);
        i++;
        continue;
      }
      int need;
      int lo = 0x80;
      int hi = 0xbf;
      int cp;
      if (b >= 0xc2 && b <= 0xdf) {
        need = 1;
        cp = b & 0x1f;
      } else if (b >= 0xe0 && b <= 0xef) {
        need = 2;
        cp = b & 0x0f;
        if (b == 0xe0) {
          lo = 0xa0;
        } else if (b == 0xed && !surrogates) {
          hi = 0x9f;
        }
      } else if (b >= 0xf0 && b <= 0xf4) {
        need = 3;
        cp = b & 0x07;
        if (b == 0xf0) {
          lo = 0x90;
        } else if (b == 0xf4) {
          hi = 0x8f;
        }
      } else {
        throw error(bytes, from, i, i, "invalid start byte");
      }
      for (int k = 1; k <= need; k++) {
        if (i + k >= to) {
          throw error(bytes, from, i, to - 1, "unexpected end of data");
        }
        int c = bytes[i + k] & 0xff;
        if (c < (k == 1 ? lo : 0x80) || c > (k == 1 ? hi : 0xbf)) {
          throw error(bytes, from, i, i + k - 1, "invalid continuation byte");
        }
        cp = (cp << 6) | (c & 0x3f);
      }
      out.appendCodePoint(cp);
      i += need + 1;
    }
    return out.toString();
  }

  private static DecodeError error(byte[] bytes, int from, int start, int end, String reason) {
    String where =
        start == end
            ? String.format("byte 0x%02x in position %d", bytes[start] & 0xff, start - from)
            : String.format("bytes in position %d-%d", start - from, end - from);
    return new DecodeError("'utf-8' codec can't decode " + where + ": " + reason);
  }

  /** Python's universal newlines: {@code \r\n} and lone {@code \r} become {@code \n}. */
  static String universalNewlines(String text) {
    if (text.indexOf('\r') < 0) {
      return text;
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** Python's {@code open(name).read()}: strict UTF-8 with universal newlines. */
  static String readText(Path file) throws IOException, HookCrash {
    return text(Files.readAllBytes(file));
  }

  /** Python's text-mode read of these bytes: strict UTF-8, universal newlines. */
  static String text(byte[] bytes) throws HookCrash {
    return universalNewlines(decode(bytes));
  }
}
