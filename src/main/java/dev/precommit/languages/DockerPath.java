package dev.precommit.languages;

import dev.precommit.process.ProcessRunner;
import dev.precommit.process.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pre-commit's {@code _get_docker_path}: when precommit itself runs in a container (docker in
 * docker through the host's socket), the directory to mount must be named as the engine's host sees
 * it, so a path under one of this container's mounts is rewritten to the mount's source.
 */
final class DockerPath {
  private static final Path MOUNTINFO = Path.of("/proc/1/mountinfo");
  private static final Pattern HOSTNAME_MOUNT =
      Pattern.compile("/containers(?:/overlay-containers)?/([a-z0-9]{64})(?:/userdata)?/hostname");

  private DockerPath() {}

  static String hostPath(String path, ProcessRunner runner, Path cwd, Map<String, String> env)
      throws InterruptedException {
    Optional<String> id = containerId(MOUNTINFO);
    if (id.isEmpty()) {
      return path;
    }
    Result result = runner.run(List.of("docker", "inspect", id.get()), cwd, env);
    if (result.exitCode() != 0) {
      // this container is not visible from the engine (perhaps docker in docker)
      return path;
    }
    return remap(path, result.outputText());
  }

  /** The id of the container whose {@code hostname} file is mounted into this one, if any. */
  static Optional<String> containerId(Path mountinfo) {
    try {
      for (String line : Files.readAllLines(mountinfo, StandardCharsets.ISO_8859_1)) {
        Matcher m = HOSTNAME_MOUNT.matcher(line);
        if (m.find()) {
          return Optional.of(m.group(1));
        }
      }
    } catch (IOException e) {
      // no /proc (not Linux): not in a container
    }
    return Optional.empty();
  }

  /**
   * The first of the container's {@code Mounts} whose destination contains {@code path}: every
   * occurrence of the destination in {@code path} is replaced by the source ({@code str.replace}).
   */
  static String remap(String path, String inspectJson) {
    Object parsed;
    try {
      parsed = JsonReader.parse(inspectJson.strip());
    } catch (IllegalArgumentException e) {
      return path;
    }
    if (!(parsed instanceof List<?> containers)
        || containers.size() != 1
        || !(containers.get(0) instanceof Map<?, ?> container)
        || !(container.get("Mounts") instanceof List<?> mounts)) {
      return path;
    }
    for (Object mount : mounts) {
      if (mount instanceof Map<?, ?> m
          && m.get("Source") instanceof String source
          && m.get("Destination") instanceof String destination
          && contains(destination, path)) {
        return path.replace(destination, source);
      }
    }
    return path;
  }

  /** {@code os.path.commonpath((path, dir)) == dir}. */
  private static boolean contains(String dir, String path) {
    try {
      Path d = Path.of(dir);
      return d.isAbsolute() && d.toString().equals(dir) && Path.of(path).startsWith(d);
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
