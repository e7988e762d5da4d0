package dev.precommit.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    for (String filename : args.filenames()) {
      if (containsKey(context, filename)) {
        found.add(filename);
      }
    }
    for (String filename : found) {
      context.print("Private key found: " + filename);
    }
    return found.isEmpty() ? 0 : 1;
  }

  /** Scans in chunks that overlap by the longest marker, so no file is read whole. */
  private static boolean containsKey(HookContext context, String filename) throws IOException {
    int overlap = MARKERS.stream().mapToInt(m -> m.length).max().orElse(0) - 1;
    byte[] window = new byte[(1 << 16) + overlap];
    int kept = 0;
    try (InputStream in = Files.newInputStream(context.path(filename))) {
      while (true) {
        int n = in.readNBytes(window, kept, window.length - kept);
        int length = kept + n;
        for (byte[] marker : MARKERS) {
          if (indexOf(window, length, marker) >= 0) {
            return true;
          }
        }
        if (n == 0 || length < window.length) {
          return false;
        }
        kept = Math.min(overlap, length);
        System.arraycopy(window, length - kept, window, 0, kept);
      }
    }
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
