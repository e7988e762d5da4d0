package dev.precommit.maven;

import java.util.regex.Pattern;

/**
 * {@code groupId:artifactId[:extension[:classifier]]:version}, the form Maven Resolver parses. A
 * plain check, so callers can tell coordinates from coursier app names without loading the
 * resolver.
 */
public final class MavenCoordinates {
  private static final Pattern COORDINATES =
      Pattern.compile("[^:\\s/]+:[^:\\s/]+(?::[^:\\s/]*){0,2}:[^:\\s/]+");

  private MavenCoordinates() {}

  public static boolean isCoordinates(String dependency) {
    return COORDINATES.matcher(dependency).matches();
  }

  /** The artifactId, the second field. */
  public static String artifactId(String coordinates) {
    return coordinates.split(":")[1];
  }
}
