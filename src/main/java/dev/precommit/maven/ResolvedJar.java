package dev.precommit.maven;

import java.nio.file.Path;

/** One resolved artifact: its coordinates and its file in the local repository. */
public record ResolvedJar(String groupId, String artifactId, String version, Path path) {
  /** True if this is the artifact {@code coordinates} (group and artifact ids) asks for. */
  public boolean is(String coordinates) {
    String[] parts = coordinates.split(":");
    return parts[0].equals(groupId) && parts[1].equals(artifactId);
  }
}
