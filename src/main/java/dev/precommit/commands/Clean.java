package dev.precommit.commands;

import dev.precommit.output.Console;
import dev.precommit.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code clean}: removes the whole store. */
public final class Clean {
  private Clean() {}

  public static int run(CommandContext ctx, Console console) {
    Path store = ctx.storeDirectory();
    if (Files.exists(store)) {
      try {
        Store.delete(store);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      console.writeLine("Cleaned " + store + ".");
    }
    return 0;
  }
}
