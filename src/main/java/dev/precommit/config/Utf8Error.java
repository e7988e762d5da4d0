package dev.precommit.config;

/** Python's text for a UnicodeDecodeError on a UTF-8 file, so messages match pre-commit's. */
final class Utf8Error {
  private Utf8Error() {}

  static String describe(byte[] bytes) {
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      int need;
      if (b < 0x80) {
        i++;
        continue;
      } else if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
      } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
      } else {
        return message(b, i, i + 1, "invalid start byte");
      }
      for (int k = 1; k <= need; k++) {
        if (i + k >= bytes.length) {
          return message(b, i, bytes.length, "unexpected end of data");
        }
        int c = bytes[i + k] & 0xFF;
        if (c < 0x80 || c > 0xBF) {
          return message(b, i, i + 1, "invalid continuation byte");
        }
      }
      i += need + 1;
    }
    return "'utf-8' codec can't decode the file";
  }

  private static String message(int b, int start, int end, String reason) {
    if (end - start <= 1) {
      return String.format(
          "'utf-8' codec can't decode byte 0x%02x in position %d: %s", b, start, reason);
    }
    return String.format(
        "'utf-8' codec can't decode bytes in position %d-%d: %s", start, end - 1, reason);
  }
}
