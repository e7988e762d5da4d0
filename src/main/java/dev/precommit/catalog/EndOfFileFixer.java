package dev.precommit.catalog;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;

/**
 * end-of-file-fixer: a file ends with exactly one newline (or is empty). Only the file's tail is
 * read, so a large file costs a few reads.
 */
final class EndOfFileFixer implements BuiltinHook {
  @Override
  public ArgParser parser() {
    return new ArgParser(
        "end-of-file-fixer",
        "usage: end-of-file-fixer [-h] [filenames ...]",
        ArgParser.Positionals.ANY);
  }

  @Override
  public int run(ArgParser.Parsed args, HookContext context) throws IOException {
    int result = 0;
    for (String filename : args.filenames()) {
      if (fix(context, filename)) {
        context.print("Fixing " + filename);
        context.changed(filename);
        result = 1;
      }
    }
    return result;
  }

  private static boolean fix(HookContext context, String filename) throws IOException {
    try (FileChannel ch =
        FileChannel.open(
            context.path(filename), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long size = ch.size();
      if (size == 0) {
        return false;
      }
      if (!isNewline(byteAt(ch, size - 1))) {
        ch.write(ByteBuffer.wrap(new byte[] {'\n'}), size);
        return true;
      }
      long start = size - 1; // first byte of the trailing run of \r / \n
      while (start > 0 && isNewline(byteAt(ch, start - 1))) {
        start--;
      }
      if (start == 0) {
        ch.truncate(0);
        return true;
      }
      long runLength = size - start;
      byte first = byteAt(ch, start);
      long keep;
      if (first == '\n') {
        keep = 1;
      } else if (runLength >= 2 && byteAt(ch, start + 1) == '\n') {
        keep = 2;
      } else {
        keep = 1;
      }
      if (keep == runLength) {
        return false;
      }
      ch.truncate(start + keep);
      return true;
    }
  }

  private static boolean isNewline(byte b) {
    return b == '\n' || b == '\r';
  }

  private static byte byteAt(FileChannel ch, long position) throws IOException {
    ByteBuffer one = ByteBuffer.allocate(1);
    ch.read(one, position);
    return one.get(0);
  }
}
