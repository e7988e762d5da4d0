package dev.precommit.process;

import java.nio.file.Path;
import java.util.List;

/** Run in a child JVM by {@link NativeEncodingTest}: passes a non-ASCII argument to printf. */
public final class NativeEncodingProbe {
  private NativeEncodingProbe() {}

  public static void main(String[] args) throws Exception {
    try {
      Result result =
          new ProcessRunner()
              .run(List.of("printf", "[%s]", "\u00e9"), Path.of("."), Scripts.systemPath());
      System.out.write(result.output());
    } catch (IllegalStateException e) {
      System.out.print(e.getMessage());
    }
    System.out.flush();
  }
}
