package dev.precommit.languages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pieces of pre-commit's {@code languages/docker.py}: tag names, build and run commands,
 * rootless detection and the container path remapping, with expected values from CPython.
 */
class DockerLanguageTest {
  @TempDir Path temp;

  @Test
  void tagIsTheMd5OfTheStoreEntryDirectoryName() {
    // hashlib.md5(b'repo1b2c3d4e').hexdigest(), and another
    assertEquals(
        "pre-commit-97319ca64cf1f16625b1cb8c45283056",
        Docker.tag(Path.of("/store/repos/repo1b2c3d4e")));
    assertEquals(
        "pre-commit-481c499a83217b2436353d2bc90bda2a", Docker.tag(Path.of("/x/repoabc_123")));
  }

  @Test
  void installPullsTheBaseImageAndARunOnlyRebuilds() {
    Path prefix = Path.of("/store/repos/repo1b2c3d4e");
    String tag = "pre-commit-97319ca64cf1f16625b1cb8c45283056";
    assertEquals(
        List.of("docker", "build", "--tag", tag, "--label", "PRE_COMMIT", "--pull", "."),
        Docker.buildCommand(prefix, true));
    assertEquals(
        List.of("docker", "build", "--tag", tag, "--label", "PRE_COMMIT", "."),
        Docker.buildCommand(prefix, false));
  }

  @Test
  void runCommandMountsTheRootAtSrcAsTheInvokingUserUnlessRootless() {
    UnixSystem me = new UnixSystem();
    assertEquals(
        List.of(
            "docker",
            "run",
            "--rm",
            "-u",
            me.getUid() + ":" + me.getGid(),
            "-v",
            "/work/repo:/src:rw,Z",
            "--workdir",
            "/src"),
        DockerRun.command(new DockerEngine(false), "/work/repo", false));
    assertEquals(
        List.of("docker", "run", "--rm", "--tty", "-v", "/r:/src:rw,Z", "--workdir", "/src"),
        DockerRun.command(new DockerEngine(true), "/r", true));
  }

  @Test
  void rootlessIsASecurityOptionOfDockerOrPodmansHostSecurityFlag() {
    assertTrue(
        DockerEngine.isRootless(
            "{\"SecurityOptions\":[\"name=seccomp,profile=default\",\"name=rootless\"]}"));
    assertFalse(
        DockerEngine.isRootless("{\"SecurityOptions\":[\"name=seccomp,profile=default\"]}"));
    assertFalse(DockerEngine.isRootless("{\"SecurityOptions\":null}"));
    assertFalse(DockerEngine.isRootless("{\"SecurityOptions\":[\"name=rootless,x\"]}"));
    assertTrue(DockerEngine.isRootless("{\"host\":{\"security\":{\"rootless\":true}}}"));
    assertFalse(DockerEngine.isRootless("{\"host\":{\"security\":{\"rootless\":false}}}"));
    assertFalse(DockerEngine.isRootless("{\"host\":{\"security\":{}}}"));
    assertFalse(DockerEngine.isRootless("{}"));
  }

  @Test
  void containerIdComesFromTheHostnameMountOfPidOne() throws IOException {
    String id = "a".repeat(32) + "0123456789abcdef0123456789abcdef";
    Path docker = temp.resolve("docker");
    Files.writeString(
        docker,
        "22 27 0:21 / /proc rw - proc proc rw\n"
            + "531 520 254:1 /var/lib/docker/containers/"
            + id
            + "/hostname /etc/hostname rw - ext4 /dev/vda1 rw\n");
    assertEquals(Optional.of(id), DockerPath.containerId(docker));
    Path podman = temp.resolve("podman");
    Files.writeString(
        podman,
        "1 2 0:1 /containers/overlay-containers/"
            + id
            + "/userdata/hostname /etc/hostname rw - x x rw\n");
    assertEquals(Optional.of(id), DockerPath.containerId(podman));
    Path none = temp.resolve("none");
    Files.writeString(none, "22 27 0:21 / /proc rw - proc proc rw\n");
    assertEquals(Optional.empty(), DockerPath.containerId(none));
    assertEquals(Optional.empty(), DockerPath.containerId(temp.resolve("missing")));
  }

  @Test
  void aPathUnderAMountOfThisContainerIsNamedAsTheHostSeesIt() {
    String inspect =
        "[{\"Id\":\"x\",\"Mounts\":[{\"Source\":\"/var/run/docker.sock\","
            + "\"Destination\":\"/var/run/docker.sock\"},"
            + "{\"Source\":\"/home/me/project\",\"Destination\":\"/src\"}]}]\n";
    assertEquals("/home/me/project/sub", DockerPath.remap("/src/sub", inspect));
    assertEquals("/home/me/project", DockerPath.remap("/src", inspect));
    // commonpath compares whole components: /srcx is not under /src
    assertEquals("/srcx", DockerPath.remap("/srcx", inspect));
    assertEquals("/elsewhere", DockerPath.remap("/elsewhere", inspect));
    assertEquals("/src", DockerPath.remap("/src", "not json"));
  }

  @Test
  void jsonReaderReadsWhatTheDockerCliPrints() {
    Object value =
        JsonReader.parse(
            " {\"a\": [1, -2.5e1, true, false, null, \"x\\u003cy\\n\\\"\"], \"b\": {}} ");
    assertEquals(
        Map.of(
            "a", java.util.Arrays.asList(1.0, -25.0, true, false, null, "x<y\n\""), "b", Map.of()),
        value);
    assertNull(JsonReader.parse("null"));
    assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("{\"a\":1} x"));
    assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("[1,"));
    assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("{a:1}"));
  }

  @Test
  void dockerImageHasNoEnvironmentAndDockerHasOneNamedDocker() {
    assertNull(Languages.get("docker_image").environmentDir());
    assertEquals("docker", Languages.get("docker").environmentDir());
    assertEquals(
        Path.of("/p/docker-default"),
        Languages.get("docker").environmentPath(Path.of("/p"), Language.DEFAULT_VERSION));
  }
}
