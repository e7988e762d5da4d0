package dev.precommit.languages;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/** STUB. */
public final class PygrepSearch {
  public static int run(List<String> argv, Path cwd, OutputStream out) throws java.io.IOException {
    return 0;
  }
}
