package dev.precommit.languages;

import dev.precommit.git.HookRepoFetcher;
import dev.precommit.process.EnvPatch;
import dev.precommit.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code golang}: the system's go with the environment as {@code GOPATH}, so {@code go install
 * ./...} of the hook repository and of each additional dependency puts the binaries in {@code
 * <env>/bin}. go reads its own configuration ({@code GOPROXY}, {@code GOFLAGS}, {@code GOPRIVATE},
 * {@code go env -w}), so module mirrors work unchanged. pre-commit downloads a go for versions
 * other than {@code system}; precommit checks that the system's go is the one asked for.
 */
final class Golang implements Language {
  @Override
  public String name() {
    return "golang";
  }

  @Override
  public String environmentDir() {
    return "golangenv";
  }

  @Override
  public String defaultVersion(Map<String, String> env) {
    return SystemExecutable.isSystemWide("go", env) ? SystemVersion.SYSTEM : DEFAULT_VERSION;
  }

  @Override
  public EnvPatch environment(Path prefix, String version) {
    return binOnPath(prefix, version);
  }

  @Override
  public void installEnvironment(
      Path prefix, String version, List<String> additionalDependencies, Host host)
      throws InterruptedException {
    SystemExecutable.require(host.env(), name(), "go");
    Path envDir = environmentPath(prefix, version);
    Map<String, String> env = new HashMap<>(HookRepoFetcher.cleanEnv(host.env()));
    env.put("GOPATH", envDir.toString());
    env.remove("GOBIN");
    SystemVersion.check(host, "go", version, List.of("go", "env", "GOVERSION"), prefix, env);
    SetupCommand.run(host, List.of("go", "install", "./..."), prefix, env);
    for (String dependency : additionalDependencies) {
      SetupCommand.run(host, List.of("go", "install", dependency), prefix, env);
    }
    // the module cache: not needed once the binaries are built (pre-commit removes it too)
    try {
      Store.delete(envDir.resolve("pkg"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public HookOutcome run(HookCall call) throws InterruptedException {
    return BasicRun.run(BasicRun.command(call.hook()), call);
  }
}
