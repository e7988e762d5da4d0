package dev.precommit.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** detect-private-key: the markers private key files contain, anywhere in the bytes. */
final class DetectPrivateKey implements BuiltinHook {
  private static final List<byte[]> MARKERS =
      List.of(
              "BEGIN RSA PRIVATE KEY",
              "BEGIN DSA PRIVATE KEY",
              "BEGIN EC PRIVATE KEY",
              "BEGIN OPENSSH PRIVATE KEY",
              "BEGIN PRIVATE KEY",
              "PuTTY-User-Key-File-2",
              "BEGIN SSH2 ENCRYPTED PRIVATE KEY",
              "BEGIN PGP PRIVATE KEY BLOCK",
              "BEGIN ENCRYPTED PRIVATE KEY",
              "BEGIN OpenVPN Static key V1")
          .stream()
          .map(s -> s.getBytes(StandardCharsets.US_ASCII))
          .toList();

  /** Bytes kept from one chunk to the next, so a marker split between them is still found. */
  private static final int OVERLAP = MARKERS.stream().mapToInt(m -> m.length).max().orElse(0) - 1;

  @Override
  public ArgParser parser() {
    return new ArgParser(
        "detect-private-key",
        "usage: detect-private-key [-h] [filenames ...]",
        ArgParser.Positionals.ANY);
  }

  @Override
  public int run(ArgParser.Parsed args, HookContext context) throws IOException {
    List<String> found = new ArrayList<>();
    byte[] window = new byte[(1 << 16) + OVERLAP]; // one per batch, not per file
    for (String filename : args.filenames()) {
      if (containsKey(context, filename, window)) {
        found.add(filename);
      }
    }
    for (String filename : found) {
      context.print("Private key found: " + filename);
    }
    return found.isEmpty() ? 0 : 1;
  }

  /** Scans in chunks that overlap by the longest marker, so no file is read whole. */
  private static boolean containsKey(HookContext context, String filename, byte[] window)
      throws IOException {
    int overlap = OVERLAP;
    int kept = 0;
    try (InputStream in = context.open(filename)) {
      while (true) {
        int n = in.readNBytes(window, kept, window.length - kept);
        int length = kept + n;
        if (containsMarker(window, length)) {
          return true;
        }
        if (n == 0 || length < window.length) {
          return false;
        }
        kept = Math.min(overlap, length);
        System.arraycopy(window, length - kept, window, 0, kept);
      }
    }
  }

  /**
   * True when a marker starts anywhere in {@code window[0..length)}. One pass: a marker is only
   * tried where the byte equals its first byte ({@code B} or {@code P}), not at every position for
   * every marker.
   */
  static boolean containsMarker(byte[] window, int length) {
    for (int i = 0; i < length; i++) {
      byte b = window[i];
      if (b == 'B' || b == 'P') {
        for (byte[] marker : MARKERS) {
          if (marker[0] == b && startsAt(window, length, i, marker)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean startsAt(byte[] window, int length, int at, byte[] marker) {
    if (at + marker.length > length) {
      return false;
    }
    for (int j = 1; j < marker.length; j++) {
      if (window[at + j] != marker[j]) {
        return false;
      }
    }
    return true;
  }

  static int indexOf(byte[] haystack, int length, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  static boolean contains(byte[] haystack, byte[] needle) {
    return indexOf(haystack, haystack.length, needle) >= 0 || Arrays.equals(needle, new byte[0]);
  }
}
