package dev.precommit.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * fix-byte-order-marker: removes a leading UTF-8 BOM. The original decodes the whole file strictly
 * first (a file that is not UTF-8 crashes it and stays untouched); both passes stream.
 */
final class FixByteOrderMarker implements BuiltinHook {
  @Override
  public ArgParser parser() {
    return new ArgParser(
        "fix-byte-order-marker",
        "usage: fix-byte-order-marker [-h] [filenames ...]",
        ArgParser.Positionals.ANY);
  }

  @Override
  public int run(ArgParser.Parsed args, HookContext context) throws IOException, HookCrash {
    int result = 0;
    for (String filename : args.filenames()) {
      Path file = context.path(filename);
      byte[] head;
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(3);
      }
      if (head.length == 3
          && (head[0] & 0xff) == 0xef
          && (head[1] & 0xff) == 0xbb
          && (head[2] & 0xff) == 0xbf) {
        requireUtf8(file);
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".precommit-", ".tmp");
        try {
          try (InputStream in = Files.newInputStream(file);
              OutputStream out = Files.newOutputStream(temp)) {
            in.skipNBytes(3);
            in.transferTo(out);
          }
          LineRewrite.copyOver(temp, file);
        } finally {
          Files.deleteIfExists(temp);
        }
        context.print(filename + ": removed byte-order marker");
        context.changed(filename);
        result = 1;
      }
    }
    return result;
  }

  /** Strict UTF-8 over the whole file, chunk by chunk; the exact error text on failure. */
  private static void requireUtf8(Path file) throws IOException, HookCrash {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    try (InputStream stream = Files.newInputStream(file)) {
      boolean end = false;
      while (!end) {
        int n = stream.readNBytes(in.array(), in.position(), in.remaining());
        in.position(in.position() + n);
        end = n == 0 || in.hasRemaining();
        in.flip();
        if (decoder.decode(in, out, end).isError()) {
          // Python names the failing position: let the exact decoder find it
          Utf8.decode(Files.readAllBytes(file));
        }
        out.clear();
        in.compact();
      }
      if (decoder.flush(out).isError()) {
        Utf8.decode(Files.readAllBytes(file));
      }
    }
  }
}
