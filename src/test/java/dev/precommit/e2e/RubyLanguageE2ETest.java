package dev.precommit.e2e;

import static dev.precommit.e2e.SystemLanguageRuns.installsOnceUppercasesAndIsReused;
import static dev.precommit.e2e.SystemLanguageRuns.localConfig;
import static dev.precommit.e2e.SystemLanguageRuns.manifest;
import static dev.precommit.e2e.SystemLanguageRuns.userRepo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code language: ruby} end to end with the system's ruby and gem, offline: a gem built from the
 * hook repository's gemspec; and a {@code repo: local} hook whose additional dependency is a local
 * .gem file.
 */
class RubyLanguageE2ETest {
  @TempDir Path temp;

  static Map<String, String> gemFiles() {
    return Map.of(
        "upper.gemspec",
        "Gem::Specification.new do |s|\n  s.name = 'upper-rb'\n  s.version = '1.0.0'\n"
            + "  s.summary = 'upper-cases files'\n  s.authors = ['Test']\n  s.license = 'MIT'\n"
            + "  s.files = ['bin/upper-rb']\n  s.executables = ['upper-rb']\nend\n",
        "bin/upper-rb",
        "#!/usr/bin/env ruby\nARGV.each { |f| File.write(f, File.read(f).upcase) }\n");
  }

  @Test
  void gemFromTheGemspecIsInstalledIntoTheEnvironmentsGemHomeAndReused() throws IOException {
    Map<String, String> files = new java.util.HashMap<>(gemFiles());
    files.put(".pre-commit-hooks.yaml", manifest("upper-rb", "ruby"));
    HookRepoFixture hooks = HookRepoFixture.create(temp.resolve("hooks"), files);
    TestRepo repo = userRepo(temp.resolve("user"), hooks.config("upper", ""));

    Path env = installsOnceUppercasesAndIsReused(repo, hooks.path().toString(), "rbenv-system");
    assertTrue(Files.isExecutable(env.resolve("gems/bin/upper-rb")));
    assertTrue(Files.isDirectory(env.resolve("gems/gems/upper-rb-1.0.0")));
  }

  @Test
  void localHookInstallsALocalGemFileAsAdditionalDependency() throws IOException {
    TestRepo gemSource = TestRepo.init(temp.resolve("gem-source"));
    gemFiles().forEach(gemSource::write);
    gemSource.executable("bin/upper-rb", gemFiles().get("bin/upper-rb"));
    CliResult built = gemSource.exec(gemSource.root(), List.of("gem", "build", "upper.gemspec"));
    assertEquals(0, built.exitCode(), built::toString);
    Path gem = gemSource.root().resolve("upper-rb-1.0.0.gem");

    TestRepo repo =
        userRepo(
            temp.resolve("user"),
            localConfig("upper-rb", "ruby", "        additional_dependencies: [" + gem + "]\n"));

    Path env = installsOnceUppercasesAndIsReused(repo, "local", "rbenv-system");
    // the local skeleton's placeholder gem and the dependency
    assertTrue(Files.isDirectory(env.resolve("gems/gems/precommit_local-0.1.0")));
    assertTrue(Files.isDirectory(env.resolve("gems/gems/upper-rb-1.0.0")));
  }
}
