package dev.precommit.commands;

/** precommit's own version. */
public final class Version {
  public static final String VERSION = "0.1.0";

  private Version() {}
}
