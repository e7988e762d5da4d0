package dev.precommit.e2e;

import static dev.precommit.e2e.SystemLanguageRuns.installsOnceUppercasesAndIsReused;
import static dev.precommit.e2e.SystemLanguageRuns.manifest;
import static dev.precommit.e2e.SystemLanguageRuns.userRepo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code language: perl} end to end with the system's perl and cpan, offline: {@code cpan -T .} of
 * a Makefile.PL distribution (cpan configures itself on first use in the test's empty HOME; its
 * index downloads fail and are not needed).
 */
class PerlLanguageE2ETest {
  @TempDir Path temp;

  @Test
  void makefilePlDistributionIsInstalledUnderTheEnvironmentAndReused() throws IOException {
    HookRepoFixture hooks =
        HookRepoFixture.create(
            temp.resolve("hooks"),
            Map.of(
                "Makefile.PL",
                "use ExtUtils::MakeMaker;\nWriteMakefile(NAME => 'Upper', VERSION => '1.0',"
                    + " EXE_FILES => ['bin/upper-pl']);\n",
                "bin/upper-pl",
                "#!/usr/bin/env perl\nuse strict;\nfor my $f (@ARGV) {\n"
                    + "  open(my $in, '<', $f) or die;\n  local $/;\n  my $t = uc(<$in>);\n"
                    + "  close($in);\n  open(my $out, '>', $f) or die;\n  print $out $t;\n"
                    + "  close($out);\n}\n",
                ".pre-commit-hooks.yaml",
                manifest("upper-pl", "perl")));
    TestRepo repo = userRepo(temp.resolve("user"), hooks.config("upper", ""));

    Path env = installsOnceUppercasesAndIsReused(repo, hooks.path().toString(), "perl_env-default");
    assertTrue(Files.isExecutable(env.resolve("bin/upper-pl")));
  }
}
