package dev.precommit.languages;

import dev.precommit.process.EnvPatch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ruby}: the system's ruby and gem; {@code gem build} of the repository's gemspec, then
 * {@code gem install} of that gem and the additional dependencies into {@code <env>/gems}. gem
 * reads its own configuration ({@code ~/.gemrc} sources, {@code GEM_HOST}...), so mirrors work
 * unchanged. pre-commit builds a ruby with rbenv for versions other than {@code system}; precommit
 * checks that the system's ruby is the one asked for.
 */
final class Ruby implements Language {
  @Override
  public String name() {
    return "ruby";
  }

  @Override
  public String environmentDir() {
    return "rbenv";
  }

  @Override
  public String defaultVersion(Map<String, String> env) {
    return SystemExecutable.isSystemWide("ruby", env) && SystemExecutable.isSystemWide("gem", env)
        ? SystemVersion.SYSTEM
        : DEFAULT_VERSION;
  }

  /** pre-commit's {@code system} patch: no rbenv, the system's ruby with the env's gems. */
  @Override
  public EnvPatch environment(Path prefix, String version) {
    Path gems = environmentPath(prefix, version).resolve("gems");
    return EnvPatch.empty()
        .set("GEM_HOME", gems.toString())
        .unset("GEM_PATH")
        .set("BUNDLE_IGNORE_CONFIG", "1")
        .prependPath(gems.resolve("bin").toString());
  }

  @Override
  public void installEnvironment(
      Path prefix, String version, List<String> additionalDependencies, Host host)
      throws InterruptedException {
    SystemExecutable.require(host.env(), name(), "ruby", "gem");
    Map<String, String> env = environment(prefix, version).applyTo(host.env());
    SystemVersion.check(
        host, "ruby", version, List.of("ruby", "-e", "print RUBY_VERSION"), prefix, env);
    List<String> build = new ArrayList<>(List.of("gem", "build"));
    build.addAll(PrefixFiles.star(prefix, ".gemspec"));
    SetupCommand.run(host, build, prefix, env);
    Path gems = environmentPath(prefix, version).resolve("gems");
    List<String> install =
        new ArrayList<>(
            List.of(
                "gem",
                "install",
                "--no-document",
                "--no-format-executable",
                "--no-user-install",
                "--install-dir",
                gems.toString(),
                "--bindir",
                gems.resolve("bin").toString()));
    install.addAll(PrefixFiles.star(prefix, ".gem"));
    install.addAll(additionalDependencies);
    SetupCommand.run(host, install, prefix, env);
  }

  @Override
  public HookOutcome run(HookCall call) throws InterruptedException {
    return BasicRun.run(BasicRun.command(call.hook()), call);
  }
}
