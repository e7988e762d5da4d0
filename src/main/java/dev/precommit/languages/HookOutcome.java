package dev.precommit.languages;

/**
 * A hook's exit code and its stdout and stderr merged, as raw bytes.
 *
 * @param filesUnchanged the hook is known to have written no file (an in-process hook reports it),
 *     so the runner may skip its {@code git diff} around the hook
 */
public record HookOutcome(int exitCode, byte[] output, boolean filesUnchanged) {
  public HookOutcome(int exitCode, byte[] output) {
    this(exitCode, output, false);
  }
}
