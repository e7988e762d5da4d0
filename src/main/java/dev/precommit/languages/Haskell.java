package dev.precommit.languages;

import dev.precommit.errors.FatalError;
import dev.precommit.process.EnvPatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code haskell}: {@code cabal update}, then {@code cabal install --install-method copy} of the
 * repository's .cabal packages and the additional dependencies into {@code <env>/bin}. cabal reads
 * its own configuration ({@code repository} stanzas in {@code ~/.cabal/config} or {@code
 * CABAL_DIR}), so Hackage mirrors work unchanged.
 */
final class Haskell implements Language {
  @Override
  public String name() {
    return "haskell";
  }

  @Override
  public String environmentDir() {
    return "hs_env";
  }

  /** No: `cabal update` rewrites the package index every cabal shares. */
  @Override
  public boolean installsConcurrently() {
    return false;
  }

  @Override
  public EnvPatch environment(Path prefix, String version) {
    return binOnPath(prefix, version);
  }

  @Override
  public void installEnvironment(
      Path prefix, String version, List<String> additionalDependencies, Host host)
      throws InterruptedException {
    AssertionError.assertVersionDefault("haskell", version);
    List<String> packages = new ArrayList<>(PrefixFiles.star(prefix, ".cabal"));
    packages.addAll(additionalDependencies);
    if (packages.isEmpty()) {
      throw new FatalError("Expected .cabal files or additional_dependencies");
    }
    SystemExecutable.require(host.env(), name(), "cabal");
    Path bin = environmentPath(prefix, version).resolve("bin");
    try {
      Files.createDirectories(bin);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SetupCommand.run(host, List.of("cabal", "update"), prefix, host.env());
    List<String> install =
        new ArrayList<>(
            List.of(
                "cabal", "install", "--install-method", "copy", "--installdir", bin.toString()));
    install.addAll(packages);
    SetupCommand.run(host, install, prefix, host.env());
  }

  @Override
  public HookOutcome run(HookCall call) throws InterruptedException {
    return BasicRun.run(BasicRun.command(call.hook()), call);
  }
}
