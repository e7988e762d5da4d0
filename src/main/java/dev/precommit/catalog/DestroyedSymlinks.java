package dev.precommit.catalog;

import dev.precommit.process.Shlex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * destroyed-symlinks: a symlink in HEAD staged as a regular file holding (about) its target path,
 * which is what checkouts without symlink support produce.
 */
final class DestroyedSymlinks implements BuiltinHook {
  private static final String SYMLINK = "120000";

  @Override
  public ArgParser parser() {
    return new ArgParser(
        "destroyed-symlinks",
        "usage: destroyed-symlinks [-h] [filenames ...]",
        ArgParser.Positionals.ANY);
  }

  @Override
  public int run(ArgParser.Parsed args, HookContext context) throws HookCrash {
    if (args.filenames().isEmpty()) {
      return 0;
    }
    List<String> cmd = new ArrayList<>(List.of("status", "--porcelain=v2", "-z", "--"));
    cmd.addAll(args.filenames());
    List<String> destroyed = new ArrayList<>();
    for (String record : GitLines.zsplit(context.gitOutput(cmd.toArray(String[]::new)))) {
      String[] fields = record.split(" ", -1);
      if (!fields[0].equals("1") || fields.length < 9) {
        continue;
      }
      String modeHead = fields[3];
      String modeIndex = fields[4];
      String hashHead = fields[6];
      String hashIndex = fields[7];
      String path = String.join(" ", Arrays.copyOfRange(fields, 8, fields.length));
      if (!modeHead.equals(SYMLINK) || modeIndex.equals(SYMLINK) || modeIndex.equals("000000")) {
        continue;
      }
      if (hashHead.equals(hashIndex)) {
        destroyed.add(path);
        continue;
      }
      long sizeIndex = Long.parseLong(context.gitOutput("cat-file", "-s", hashIndex).strip());
      long sizeHead = Long.parseLong(context.gitOutput("cat-file", "-s", hashHead).strip());
      if (sizeIndex <= sizeHead + 2) {
        byte[] head = context.git(new byte[0], "cat-file", "-p", hashHead).stdout();
        byte[] index = context.git(new byte[0], "cat-file", "-p", hashIndex).stdout();
        if (Arrays.equals(rstrip(head), rstrip(index))) {
          destroyed.add(path);
        }
      }
    }
    if (destroyed.isEmpty()) {
      return 0;
    }
    context.print("Destroyed symlinks:");
    for (String path : destroyed) {
      context.print("- " + path);
    }
    context.print("You should unstage affected files:");
    context.print("\tgit reset HEAD -- " + Shlex.join(destroyed));
    context.print(
        "And retry commit. As a long term solution you may try to explicitly tell git that your"
            + " environment does not support symlinks:");
    context.print("\tgit config core.symlinks false");
    return 1;
  }

  private static byte[] rstrip(byte[] bytes) {
    int end = bytes.length;
    while (end > 0
        && (bytes[end - 1] == ' ' || (bytes[end - 1] >= '\t' && bytes[end - 1] <= '\r'))) {
      end--;
    }
    return Arrays.copyOf(bytes, end);
  }
}
