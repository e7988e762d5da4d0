package dev.precommit.e2e;

import java.nio.charset.StandardCharsets;

/** What one command printed and returned. */
public record CliResult(int exitCode, byte[] stdoutBytes, String stderr) {
  public String stdout() {
    return new String(stdoutBytes, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- stdout\n" + stdout() + "\n--- stderr\n" + stderr;
  }
}
