package dev.precommit.languages;

import dev.precommit.process.EnvPatch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code conda}: {@code conda env create} from the repository's environment.yml into the
 * environment, then {@code conda install} of the additional dependencies; {@code micromamba} or
 * {@code mamba} instead of conda when {@code PRE_COMMIT_USE_MICROMAMBA} / {@code
 * PRE_COMMIT_USE_MAMBA} is set. Channels and mirrors come from the tool's own configuration ({@code
 * .condarc}: {@code channel_alias}, {@code custom_channels}).
 */
final class Conda implements Language {
  @Override
  public String name() {
    return "conda";
  }

  @Override
  public String environmentDir() {
    return "conda";
  }

  @Override
  public EnvPatch environment(Path prefix, String version) {
    Path envDir = environmentPath(prefix, version);
    return EnvPatch.empty()
        .unset("PYTHONHOME")
        .unset("VIRTUAL_ENV")
        .set("CONDA_PREFIX", envDir.toString())
        .prependPath(envDir.resolve("bin").toString());
  }

  /** pre-commit's {@code _conda_exe}: a non-empty variable picks the tool. */
  static String condaExe(Map<String, String> env) {
    if (!env.getOrDefault("PRE_COMMIT_USE_MICROMAMBA", "").isEmpty()) {
      return "micromamba";
    }
    if (!env.getOrDefault("PRE_COMMIT_USE_MAMBA", "").isEmpty()) {
      return "mamba";
    }
    return "conda";
  }

  @Override
  public void installEnvironment(
      Path prefix, String version, List<String> additionalDependencies, Host host)
      throws InterruptedException {
    AssertionError.assertVersionDefault("conda", version);
    String conda = condaExe(host.env());
    SystemExecutable.require(host.env(), name(), conda);
    String envDir = environmentPath(prefix, version).toString();
    SetupCommand.run(
        host,
        List.of(conda, "env", "create", "-p", envDir, "--file", "environment.yml"),
        prefix,
        host.env());
    if (!additionalDependencies.isEmpty()) {
      List<String> install = new ArrayList<>(List.of(conda, "install", "-p", envDir));
      install.addAll(additionalDependencies);
      SetupCommand.run(host, install, prefix, host.env());
    }
  }

  @Override
  public HookOutcome run(HookCall call) throws InterruptedException {
    return BasicRun.run(BasicRun.command(call.hook()), call);
  }
}
