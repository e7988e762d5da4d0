package dev.precommit.process;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What running a command produced: its exit code and its stdout and stderr merged into one byte
 * stream, exactly as written (hook output is never decoded).
 */
public record Result(int exitCode, byte[] output) {
  public Result {
    output = output.clone();
  }

  @Override
  public byte[] output() {
    return output.clone();
  }

  /** The output decoded as UTF-8 (lossy), for messages and tests; never for re-emitting. */
  public String outputText() {
    return new String(output, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Result that
        && exitCode == that.exitCode
        && Arrays.equals(output, that.output);
  }

  @Override
  public int hashCode() {
    return 31 * exitCode + Arrays.hashCode(output);
  }

  @Override
  public String toString() {
    return "Result[exitCode=" + exitCode + ", output=" + outputText() + "]";
  }
}
