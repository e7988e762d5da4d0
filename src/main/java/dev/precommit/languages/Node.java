package dev.precommit.languages;

import dev.precommit.errors.FatalError;
import dev.precommit.process.EnvPatch;
import dev.precommit.process.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code node}: the system's node and npm, with a global npm prefix per hook repository: {@code npm
 * install -g} of the repository (as pre-commit 4 does, through {@code git+file://}) and its
 * additional dependencies. npm reads its own configuration ({@code ~/.npmrc}, {@code
 * NPM_CONFIG_REGISTRY}), so mirrors work unchanged. pre-commit downloads a node for versions other
 * than {@code system}; precommit instead checks that the system's node is the one asked for.
 */
final class Node implements Language {
  @Override
  public String name() {
    return "node";
  }

  @Override
  public String environmentDir() {
    return "node_env";
  }

  @Override
  public String defaultVersion(Map<String, String> env) {
    return SystemExecutable.isSystemWide("node", env) && SystemExecutable.isSystemWide("npm", env)
        ? SystemVersion.SYSTEM
        : DEFAULT_VERSION;
  }

  @Override
  public EnvPatch environment(Path prefix, String version) {
    String envDir = environmentPath(prefix, version).toString();
    return EnvPatch.empty()
        .set("NODE_VIRTUAL_ENV", envDir)
        .set("NPM_CONFIG_PREFIX", envDir)
        .set("npm_config_prefix", envDir)
        .unset("NPM_CONFIG_USERCONFIG")
        .unset("npm_config_userconfig")
        .set("NODE_PATH", Path.of(envDir, "lib", "node_modules").toString())
        .prependPath(Path.of(envDir, "bin").toString());
  }

  @Override
  public void installEnvironment(
      Path prefix, String version, List<String> additionalDependencies, Host host)
      throws InterruptedException {
    for (String tool : List.of("node", "npm")) {
      if (SystemExecutable.find(tool, host.env()).isEmpty()) {
        throw SystemExecutable.notInstalled(tool, "node");
      }
    }
    List<String> packages = new ArrayList<>();
    if (Files.exists(prefix.resolve(".git")) && Files.exists(prefix.resolve("package.json"))) {
      packages.add("git+file://" + prefix);
    }
    packages.addAll(additionalDependencies);
    if (packages.isEmpty()) {
      throw new FatalError("`language: node` must have package.json or additional_dependencies");
    }
    Map<String, String> env = installEnv(prefix, version, host.env());
    SystemVersion.check(host, "node", version, List.of("node", "--version"), prefix, env);
    try {
      Files.createDirectories(environmentPath(prefix, version).resolve("bin"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> install =
        new ArrayList<>(List.of("npm", "install", "--allow-git=root", "--install-links", "-g"));
    install.addAll(packages);
    SetupCommand.run(host, install, prefix, env);
  }

  @Override
  public String healthCheck(Path prefix, String version, Host host) throws InterruptedException {
    Map<String, String> env = environment(prefix, version).applyTo(host.env());
    Result result = host.runner().run(List.of("node", "--version"), prefix, env);
    return result.exitCode() == 0 ? null : "`node --version` returned " + result.exitCode();
  }

  @Override
  public HookOutcome run(HookCall call) throws InterruptedException {
    return BasicRun.run(BasicRun.command(call.hook()), call);
  }

  /**
   * The hook's variables, plus the system npm's global npmrc: npm finds it under its prefix, which
   * the environment replaces, and that file is where a machine's registry mirror or CA lives.
   */
  private Map<String, String> installEnv(Path prefix, String version, Map<String, String> base) {
    EnvPatch patch = environment(prefix, version);
    if (!base.containsKey("NPM_CONFIG_GLOBALCONFIG")
        && !base.containsKey("npm_config_globalconfig")) {
      Optional<Path> npmrc = systemGlobalNpmrc(base);
      if (npmrc.isPresent()) {
        patch = patch.set("NPM_CONFIG_GLOBALCONFIG", npmrc.get().toString());
      }
    }
    return patch.applyTo(base);
  }

  /** {@code <node's install prefix>/etc/npmrc}, npm's default {@code globalconfig}. */
  private static Optional<Path> systemGlobalNpmrc(Map<String, String> env) {
    Optional<String> node = SystemExecutable.find("node", env);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    try {
      Path bin = Path.of(node.get()).toRealPath().getParent();
      Path npmrc = bin.resolveSibling("etc").resolve("npmrc");
      return Files.isRegularFile(npmrc) ? Optional.of(npmrc) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
