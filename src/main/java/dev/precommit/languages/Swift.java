package dev.precommit.languages;

import dev.precommit.process.EnvPatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code swift}: {@code swift build -c release} of the hook repository's package, built inside the
 * environment, whose release directory goes on PATH. SwiftPM resolves dependencies itself (its
 * mirrors: {@code swift package config set-mirror}).
 */
final class Swift implements Language {
  @Override
  public String name() {
    return "swift";
  }

  @Override
  public String environmentDir() {
    return "swift_env";
  }

  private Path buildDir(Path prefix, String version) {
    return environmentPath(prefix, version).resolve(".build");
  }

  @Override
  public EnvPatch environment(Path prefix, String version) {
    return EnvPatch.empty().prependPath(buildDir(prefix, version).resolve("release").toString());
  }

  @Override
  public void installEnvironment(
      Path prefix, String version, List<String> additionalDependencies, Host host)
      throws InterruptedException {
    AssertionError.assertVersionDefault("swift", version);
    AssertionError.assertNoAdditionalDeps("swift", additionalDependencies);
    SystemExecutable.require(host.env(), name(), "swift");
    try {
      Files.createDirectory(environmentPath(prefix, version));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SetupCommand.run(
        host,
        List.of(
            "swift",
            "build",
            "--package-path",
            prefix.toString(),
            "-c",
            "release",
            "--build-path",
            buildDir(prefix, version).toString()),
        prefix,
        host.env());
  }

  @Override
  public HookOutcome run(HookCall call) throws InterruptedException {
    return BasicRun.run(BasicRun.command(call.hook()), call);
  }
}
