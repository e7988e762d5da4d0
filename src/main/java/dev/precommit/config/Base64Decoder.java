package dev.precommit.config;

import java.io.ByteArrayOutputStream;

/**
 * CPython's non-strict {@code binascii.a2b_base64}: characters outside the alphabet are skipped,
 * and a pad after two or three data characters of a quad ends the input.
 */
final class Base64Decoder {
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  private Base64Decoder() {}

  static byte[] decode(String ascii) throws YamlException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(ascii.length() * 3 / 4);
    int quadPos = 0;
    int leftChar = 0;
    int pads = 0;
    for (int i = 0; i < ascii.length(); i++) {
      char ch = ascii.charAt(i);
      if (ch == '=') {
        if (quadPos >= 2 && quadPos + ++pads >= 4) {
          return out.toByteArray();
        }
        continue;
      }
      int value = ALPHABET.indexOf(ch);
      if (value < 0) {
        continue;
      }
      pads = 0;
      switch (quadPos) {
        case 0 -> {
          quadPos = 1;
          leftChar = value;
        }
        case 1 -> {
          quadPos = 2;
          out.write((leftChar << 2) | (value >> 4));
          leftChar = value & 0x0f;
        }
        case 2 -> {
          quadPos = 3;
          out.write((leftChar << 4) | (value >> 2));
          leftChar = value & 0x03;
        }
        default -> {
          quadPos = 0;
          out.write((leftChar << 6) | value);
          leftChar = 0;
        }
      }
    }
    if (quadPos == 1) {
      long dataChars = out.size() / 3L * 4 + 1;
      throw new YamlException(
          "failed to decode base64 data: Invalid base64-encoded string: number of data"
              + " characters ("
              + dataChars
              + ") cannot be 1 more than a multiple of 4");
    }
    if (quadPos != 0) {
      throw new YamlException("failed to decode base64 data: Incorrect padding");
    }
    return out.toByteArray();
  }
}
