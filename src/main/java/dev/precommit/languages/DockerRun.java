package dev.precommit.languages;

import com.sun.security.auth.module.UnixSystem;
import java.util.ArrayList;
import java.util.List;

/**
 * pre-commit's {@code docker_cmd}: the start of every hook command of {@code docker} and {@code
 * docker_image} hooks. The repository root is mounted at {@code /src}, the container's working
 * directory, so the relative file names work unchanged; the container runs as the invoking user so
 * the files it writes belong to them (a rootless engine already maps root to that user).
 */
final class DockerRun {
  private DockerRun() {}

  /**
   * @param hostRoot the repository root as the engine sees it ({@link DockerPath})
   */
  static List<String> command(DockerEngine engine, String hostRoot, boolean color) {
    List<String> cmd = new ArrayList<>(List.of("docker", "run", "--rm"));
    if (color) {
      cmd.add("--tty");
    }
    if (!engine.rootless()) {
      UnixSystem user = new UnixSystem();
      cmd.add("-u");
      cmd.add(user.getUid() + ":" + user.getGid());
    }
    // Z: a private SELinux label, so only this container may use the mount
    cmd.addAll(List.of("-v", hostRoot + ":/src:rw,Z", "--workdir", "/src"));
    return cmd;
  }
}
