package dev.precommit.languages;

import dev.precommit.errors.FatalError;
import dev.precommit.process.EnvPatch;
import dev.precommit.process.ProcessRunner;
import dev.precommit.process.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code rust}: the system's cargo, {@code cargo install --bins --root <env> --path .} of the hook
 * repository; additional dependencies are library crates ({@code cargo add name@version}) or, with
 * {@code cli:}, binaries ({@code cargo install}). cargo reads its own configuration ({@code
 * .cargo/config.toml}: source replacement, vendored sources, {@code net.offline}; {@code
 * CARGO_NET_OFFLINE}), so mirrors and offline builds work unchanged. pre-commit installs a rustup
 * toolchain for versions other than {@code system}; precommit uses one only if rustup already has
 * it.
 */
final class Rust implements Language {
  private static final Path ROOT = Path.of("/");

  @Override
  public String name() {
    return "rust";
  }

  @Override
  public String environmentDir() {
    return "rustenv";
  }

  /**
   * {@code system} when {@code cargo --version} works: a rustup proxy without a default toolchain
   * exists but cannot build anything.
   */
  @Override
  public String defaultVersion(Map<String, String> env) {
    if (SystemExecutable.find("cargo", env).isEmpty()) {
      return DEFAULT_VERSION;
    }
    try {
      Result result = new ProcessRunner().run(List.of("cargo", "--version"), ROOT, env);
      return result.exitCode() == 0 ? SystemVersion.SYSTEM : DEFAULT_VERSION;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return DEFAULT_VERSION;
    }
  }

  /** pre-commit's {@code _rust_toolchain}. */
  private static String toolchain(String version) {
    return DEFAULT_VERSION.equals(version) ? "stable" : version;
  }

  @Override
  public EnvPatch environment(Path prefix, String version) {
    EnvPatch patch =
        EnvPatch.empty().prependPath(environmentPath(prefix, version).resolve("bin").toString());
    return SystemVersion.SYSTEM.equals(version)
        ? patch
        : patch.set("RUSTUP_TOOLCHAIN", toolchain(version));
  }

  @Override
  public void installEnvironment(
      Path prefix, String version, List<String> additionalDependencies, Host host)
      throws InterruptedException {
    SystemExecutable.require(host.env(), name(), "cargo");
    Map<String, String> env = environment(prefix, version).applyTo(host.env());
    if (!SystemVersion.SYSTEM.equals(version)) {
      requireToolchain(version, host, env);
    }
    Set<String> cliDeps = new LinkedHashSet<>();
    Set<String> libDeps = new LinkedHashSet<>();
    for (String dep : additionalDependencies) {
      (dep.startsWith("cli:") ? cliDeps : libDeps).add(dep);
    }
    if (!libDeps.isEmpty()) {
      List<String> add = new ArrayList<>(List.of("cargo", "add"));
      for (String dep : libDeps) {
        int colon = dep.indexOf(':');
        String crate = colon < 0 ? dep : dep.substring(0, colon);
        String spec = colon < 0 ? "" : dep.substring(colon + 1);
        add.add(crate + "@" + (spec.isEmpty() ? "*" : spec));
      }
      SetupCommand.run(host, add, prefix, env);
    }
    List<List<String>> packages = new ArrayList<>();
    packages.add(List.of("--path", "."));
    for (String dep : cliDeps) {
      String spec = dep.substring("cli:".length());
      int colon = spec.indexOf(':');
      packages.add(
          colon < 0
              ? List.of(spec)
              : List.of(spec.substring(0, colon), "--version", spec.substring(colon + 1)));
    }
    String root = environmentPath(prefix, version).toString();
    for (List<String> args : packages) {
      List<String> install = new ArrayList<>(List.of("cargo", "install", "--bins", "--root", root));
      install.addAll(args);
      SetupCommand.run(host, install, prefix, env);
    }
  }

  /**
   * A toolchain other than the system default must already be installed in rustup: {@code rustup
   * run} neither installs nor updates it.
   */
  private static void requireToolchain(String version, Host host, Map<String, String> env)
      throws InterruptedException {
    String toolchain = toolchain(version);
    Map<String, String> check = new HashMap<>(env);
    check.put("RUSTUP_AUTO_INSTALL", "0");
    boolean usable =
        SystemExecutable.find("rustup", env).isPresent()
            && host.runner()
                    .run(List.of("rustup", "run", toolchain, "cargo", "--version"), ROOT, check)
                    .exitCode()
                == 0;
    if (!usable) {
      throw new FatalError(
          "`language_version: "
              + version
              + "` needs the rust toolchain `"
              + toolchain
              + "` installed in rustup (precommit uses the system's toolchains and downloads"
              + " none): run `rustup toolchain install "
              + toolchain
              + "`");
    }
  }

  @Override
  public HookOutcome run(HookCall call) throws InterruptedException {
    return BasicRun.run(BasicRun.command(call.hook()), call);
  }
}
