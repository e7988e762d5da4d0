package dev.precommit.catalog;

/**
 * How {@code json.loads} turns bytes into text: the encoding sniffed from the first bytes (UTF-8
 * with or without BOM, UTF-16, UTF-32), UTF-8 decoded with encoded surrogates allowed.
 */
final class JsonBytes {
  private JsonBytes() {}

  /** {@code json.detect_encoding} then decode (surrogates allowed for UTF-8, as json does). */
  static String decode(byte[] b) throws PyJson.JsonError {
    String encoding = detectEncoding(b);
    try {
      switch (encoding) {
        case "utf-8-sig":
          return Utf8.decode(b, 3, b.length, true);
        case "utf-8":
          return Utf8.decode(b, 0, b.length, true);
        default:
          return strictDecode(b, encoding);
      }
    } catch (Utf8.DecodeError e) {
      throw new PyJson.JsonError(e.getMessage());
    }
  }

  private static String strictDecode(byte[] b, String encoding) throws PyJson.JsonError {
    java.nio.charset.Charset charset =
        java.nio.charset.Charset.forName(
            switch (encoding) {
              case "utf-16" -> "UTF-16";
              case "utf-16-be" -> "UTF-16BE";
              case "utf-16-le" -> "UTF-16LE";
              case "utf-32" -> "UTF-32";
              case "utf-32-be" -> "UTF-32BE";
              default -> "UTF-32LE";
            });
    try {
      String text =
          charset
              .newDecoder()
              .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(b))
              .toString();
      // Python's utf-16 / utf-32 codecs drop the BOM they detect
      return (encoding.equals("utf-16") || encoding.equals("utf-32")) && text.startsWith("\ufeff")
          ? text.substring(1)
          : text;
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new PyJson.JsonError("'" + encoding + "' codec can't decode bytes: " + e.getMessage());
    }
  }

  private static String detectEncoding(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return "utf-8-sig";
    }
    if (b.length >= 4
        && (((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0)
            || (b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff))) {
      return "utf-32";
    }
    if (b.length >= 2
        && (((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe)
            || ((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff))) {
      return "utf-16";
    }
    if (b.length >= 4) {
      if (b[0] == 0) {
        return b[1] != 0 ? "utf-16-be" : "utf-32-be";
      }
      if (b[1] == 0) {
        return b[2] != 0 || b[3] != 0 ? "utf-16-le" : "utf-32-le";
      }
    } else if (b.length == 2) {
      if (b[0] == 0) {
        return "utf-16-be";
      }
      if (b[1] == 0) {
        return "utf-16-le";
      }
    }
    return "utf-8";
  }
}
