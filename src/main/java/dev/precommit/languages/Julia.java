package dev.precommit.languages;

import dev.precommit.process.EnvPatch;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code julia}: the hook repository's (Julia)Project.toml and (Julia)Manifest.toml are copied into
 * the environment and instantiated with Pkg, additional dependencies added; the package depot is
 * kept inside the environment. Pkg reads {@code JULIA_PKG_SERVER}, so mirrors work unchanged. The
 * entry is a script of the hook repository (of the user's repository for a local hook) run by
 * {@code julia --startup-file=no}.
 */
final class Julia implements Language {
  private static final String INSTANTIATE =
      """
      @assert length(ARGS) > 0
      hook_env = ARGS[1]
      deps = join(ARGS[2:end], " ")

      # We prepend @stdlib here so that we can load the package manager even
      # though `get_env_patch` limits `JULIA_LOAD_PATH` to just the hook env.
      pushfirst!(LOAD_PATH, "@stdlib")
      using Pkg
      popfirst!(LOAD_PATH)

      # Instantiate the environment shipped with the hook repo. If we have
      # additional dependencies we disable precompilation in this step to
      # avoid double work.
      precompile = isempty(deps) ? "1" : "0"
      withenv("JULIA_PKG_PRECOMPILE_AUTO" => precompile) do
          Pkg.instantiate()
      end

      # Add additional dependencies (with precompilation)
      if !isempty(deps)
          withenv("JULIA_PKG_PRECOMPILE_AUTO" => "1") do
              Pkg.REPLMode.pkgstr("add " * deps)
          end
      end
      """;

  @Override
  public String name() {
    return "julia";
  }

  @Override
  public String environmentDir() {
    return "juliaenv";
  }

  @Override
  public EnvPatch environment(Path prefix, String version) {
    Path envDir = environmentPath(prefix, version);
    return EnvPatch.empty()
        .set("JULIA_LOAD_PATH", envDir.toString())
        .unset("JULIA_PROJECT")
        // the empty entry after the separator stands for julia's default depots (its stdlib)
        .set("JULIA_DEPOT_PATH", envDir.resolve("depot") + File.pathSeparator);
  }

  @Override
  public void installEnvironment(
      Path prefix, String version, List<String> additionalDependencies, Host host)
      throws InterruptedException {
    SystemExecutable.require(host.env(), name(), "julia");
    Path envDir = environmentPath(prefix, version);
    try {
      Files.createDirectories(envDir);
      if (!copyFirst(prefix, envDir, "JuliaProject.toml", "Project.toml")) {
        // Pkg needs a project file, even an empty one
        Files.write(envDir.resolve("Project.toml"), new byte[0]);
      }
      copyFirst(prefix, envDir, "JuliaManifest.toml", "Manifest.toml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> cmd =
        new ArrayList<>(
            List.of("julia", "--startup-file=no", "-e", INSTANTIATE, "--", envDir.toString()));
    cmd.addAll(additionalDependencies);
    SetupCommand.run(host, cmd, prefix, environment(prefix, version).applyTo(host.env()));
  }

  private static boolean copyFirst(Path prefix, Path envDir, String... names) throws IOException {
    for (String name : names) {
      Path file = prefix.resolve(name);
      if (Files.isRegularFile(file)) {
        Files.copy(file, envDir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        return true;
      }
    }
    return false;
  }

  @Override
  public HookOutcome run(HookCall call) throws InterruptedException {
    List<String> hookCmd = BasicRun.command(call.hook());
    String script =
        "local".equals(call.hook().src())
            ? hookCmd.get(0)
            : call.hook().prefix().resolve(hookCmd.get(0)).toString();
    List<String> cmd = new ArrayList<>(List.of("julia", "--startup-file=no", script));
    cmd.addAll(hookCmd.subList(1, hookCmd.size()));
    return BasicRun.run(cmd, call);
  }
}
