package dev.precommit.languages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code docker}: the hook repository is a docker build context. Installing builds its image,
 * tagged from the store entry's directory name (a new rev is a new entry, so a new image); the
 * environment directory holds only the install markers. Every run rebuilds first (from cache, so an
 * image removed by a cleanup comes back), then runs the entry's first word as the container's
 * entrypoint with the repository mounted at {@code /src}.
 */
final class Docker implements Language {
  static final String LABEL = "PRE_COMMIT";

  @Override
  public String name() {
    return "docker";
  }

  @Override
  public String environmentDir() {
    return "docker";
  }

  @Override
  public void installEnvironment(
      Path prefix, String version, List<String> additionalDependencies, Host host)
      throws InterruptedException {
    AssertionError.assertVersionDefault("docker", version);
    AssertionError.assertNoAdditionalDeps("docker", additionalDependencies);
    DockerEngine.check(name(), host.runner(), prefix, host.env());
    SetupCommand.run(host, buildCommand(prefix, true), prefix, host.env());
    try {
      Files.createDirectory(environmentPath(prefix, version));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public HookOutcome run(HookCall call) throws InterruptedException {
    Path prefix = call.hook().prefix();
    DockerEngine engine = DockerEngine.check(name(), call.runner(), call.root(), call.env());
    // many people clean up docker images automatically: bring it back if it has gone
    SetupCommand.run(call.runner(), buildCommand(prefix, false), prefix, call.env());
    List<String> hookCmd = BasicRun.command(call.hook());
    String hostRoot =
        DockerPath.hostPath(call.root().toString(), call.runner(), call.root(), call.env());
    List<String> cmd = DockerRun.command(engine, hostRoot, call.color());
    cmd.addAll(List.of("--entrypoint", hookCmd.get(0), tag(prefix)));
    cmd.addAll(hookCmd.subList(1, hookCmd.size()));
    return BasicRun.run(cmd, call);
  }

  /** {@code docker build --tag <tag> --label PRE_COMMIT [--pull] .}, the context last (#477). */
  static List<String> buildCommand(Path prefix, boolean pull) {
    List<String> cmd = new ArrayList<>(List.of("docker", "build", "--tag", tag(prefix)));
    cmd.addAll(List.of("--label", LABEL));
    if (pull) {
      cmd.add("--pull");
    }
    cmd.add(".");
    return cmd;
  }

  /** {@code pre-commit-<md5 of the prefix directory's name>}. */
  static String tag(Path prefix) {
    try {
      byte[] digest =
          MessageDigest.getInstance("MD5")
              .digest(prefix.getFileName().toString().getBytes(StandardCharsets.UTF_8));
      return "pre-commit-" + String.format("%032x", new BigInteger(1, digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has MD5", e);
    }
  }
}
