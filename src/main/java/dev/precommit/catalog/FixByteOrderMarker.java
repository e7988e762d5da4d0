package dev.precommit.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** fix-byte-order-marker: removes a leading UTF-8 BOM (the file must be valid UTF-8). */
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
        byte[] all = Files.readAllBytes(file);
        Utf8.decode(all); // the original decodes the whole file strictly first
        Files.write(file, Arrays.copyOfRange(all, 3, all.length));
        context.print(filename + ": removed byte-order marker");
        context.changed(filename);
        result = 1;
      }
    }
    return result;
  }
}
