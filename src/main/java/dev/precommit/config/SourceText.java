package dev.precommit.config;

/**
 * The text that pre-commit hands to PyYAML: the file is opened as UTF-8 in Python's text mode
 * (strict decoding, universal newlines), then libyaml's reader rejects control characters.
 */
final class SourceText {
  private SourceText() {}

  /** Decodes strictly like Python's UTF-8 codec, including its error text. */
  static String decode(byte[] bytes) throws YamlException {
    StringBuilder out = new StringBuilder(bytes.length);
    int i = 0;
    while (i < bytes.length) {
      int lead = bytes[i] & 0xff;
      if (lead < 0x80) {
        out.append((char) lead);
        i++;
        continue;
      }
      int extra;
      int low = 0x80;
      int high = 0xbf;
      if (lead < 0xc2 || lead > 0xf4) {
        throw decodeError(bytes, i, i + 1, "invalid start byte");
      } else if (lead < 0xe0) {
        extra = 1;
      } else if (lead < 0xf0) {
        extra = 2;
        // Overlong forms and UTF-16 surrogates are rejected at the second byte, as CPython does.
        low = lead == 0xe0 ? 0xa0 : 0x80;
        high = lead == 0xed ? 0x9f : 0xbf;
      } else {
        extra = 3;
        low = lead == 0xf0 ? 0x90 : 0x80;
        high = lead == 0xf4 ? 0x8f : 0xbf;
      }
      int codePoint = lead & (0x3f >> extra);
      for (int k = 1; k <= extra; k++) {
        if (i + k >= bytes.length) {
          throw decodeError(bytes, i, bytes.length, "unexpected end of data");
        }
        int next = bytes[i + k] & 0xff;
        boolean ok = k == 1 ? next >= low && next <= high : next >= 0x80 && next <= 0xbf;
        if (!ok) {
          throw decodeError(bytes, i, i + k, "invalid continuation byte");
        }
        codePoint = (codePoint << 6) | (next & 0x3f);
      }
      out.appendCodePoint(codePoint);
      i += extra + 1;
    }
    return out.toString();
  }

  /** Python's universal newlines: CRLF and a lone CR both become LF. */
  static String translateNewlines(String text) {
    if (text.indexOf('\r') < 0) {
      return text;
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static YamlException decodeError(byte[] bytes, int start, int end, String reason) {
    String where =
        end - start == 1
            ? String.format("byte 0x%02x in position %d", bytes[start] & 0xff, start)
            : String.format("bytes in position %d-%d", start, end - 1);
    return new YamlException("'utf-8' codec can't decode " + where + ": " + reason);
  }

  /**
   * libyaml's reader refuses some characters before it scans anything (a whole file below 16 KiB is
   * read at once), reporting the UTF-8 byte offset.
   */
  static void requirePrintable(String text) throws YamlException {
    long offset = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!isAllowed(cp)) {
        throw new YamlException(
            String.format(
                "unacceptable character #x%04x: control characters are not allowed\n"
                    + "  in \"<unicode string>\", position %d",
                cp, offset));
      }
      offset += utf8Length(cp);
      i += Character.charCount(cp);
    }
  }

  private static boolean isAllowed(int cp) {
    return cp == 0x09
        || cp == 0x0a
        || cp == 0x0d
        || (cp >= 0x20 && cp <= 0x7e)
        || cp == 0x85
        || (cp >= 0xa0 && cp <= 0xd7ff)
        || (cp >= 0xe000 && cp <= 0xfffd)
        || (cp >= 0x10000 && cp <= 0x10ffff);
  }

  private static int utf8Length(int cp) {
    if (cp < 0x80) {
      return 1;
    }
    if (cp < 0x800) {
      return 2;
    }
    return cp < 0x10000 ? 3 : 4;
  }
}
