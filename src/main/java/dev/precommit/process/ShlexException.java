package dev.precommit.process;

/**
 * Python's {@code ValueError} from {@code shlex.split}; the message is Python's text ({@code No
 * closing quotation} or {@code No escaped character}).
 */
public final class ShlexException extends Exception {
  private static final long serialVersionUID = 1L;

  public ShlexException(String message) {
    super(message);
  }
}
