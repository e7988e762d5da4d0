package dev.precommit.languages;

import dev.precommit.process.EnvPatch;
import dev.precommit.process.Shlex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code perl}: {@code cpan -T .} of the hook repository (a Makefile.PL or Build.PL distribution)
 * and its additional dependencies, installed under the environment through {@code PERL_MM_OPT} /
 * {@code PERL_MB_OPT}. cpan configures itself on first use (its questions get their defaults
 * because stdin is not a terminal) and reads its own configuration for mirrors ({@code urllist} in
 * {@code ~/.cpan/CPAN/MyConfig.pm}); a distribution without dependencies installs offline.
 */
final class Perl implements Language {
  @Override
  public String name() {
    return "perl";
  }

  @Override
  public String environmentDir() {
    return "perl_env";
  }

  /** No: cpan locks ~/.cpan and asks what to do when another cpan holds it. */
  @Override
  public boolean installsConcurrently() {
    return false;
  }

  @Override
  public EnvPatch environment(Path prefix, String version) {
    Path envDir = environmentPath(prefix, version);
    String quoted = Shlex.quote(envDir.toString());
    return EnvPatch.empty()
        .prependPath(envDir.resolve("bin").toString())
        .set("PERL5LIB", envDir.resolve("lib").resolve("perl5").toString())
        .set("PERL_MB_OPT", "--install_base " + quoted)
        .set(
            "PERL_MM_OPT",
            "INSTALL_BASE=" + quoted + " INSTALLSITEMAN1DIR=none INSTALLSITEMAN3DIR=none");
  }

  @Override
  public void installEnvironment(
      Path prefix, String version, List<String> additionalDependencies, Host host)
      throws InterruptedException {
    AssertionError.assertVersionDefault("perl", version);
    SystemExecutable.require(host.env(), name(), "perl", "cpan", "make");
    List<String> install = new ArrayList<>(List.of("cpan", "-T", "."));
    install.addAll(additionalDependencies);
    SetupCommand.run(host, install, prefix, environment(prefix, version).applyTo(host.env()));
  }

  @Override
  public HookOutcome run(HookCall call) throws InterruptedException {
    return BasicRun.run(BasicRun.command(call.hook()), call);
  }
}
