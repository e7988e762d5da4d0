package dev.precommit.config;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mutated corpus files: the loader only ever fails with YamlException, and agrees with PyYAML. */
class YamlFuzzTest {
  /** Override with -Dyaml.fuzz.seed=... and -Dyaml.fuzz.perFile=... for longer runs. */
  private static final long SEED = Long.getLong("yaml.fuzz.seed", 20260521L);

  private static final int PER_FILE = Integer.getInteger("yaml.fuzz.perFile", 12);

  @TempDir Path work;

  private static List<byte[]> mutants() {
    List<byte[]> seeds = new ArrayList<>(YamlCorpus.files().values());
    seeds.addAll(YamlSnippets.all().subList(0, 200));
    return YamlMutator.mutants(seeds, PER_FILE, SEED);
  }

  @Test
  void mutatedDocumentsFailOnlyWithYamlException() {
    List<byte[]> inputs = mutants();
    assertTimeoutPreemptively(
        Duration.ofMinutes(2),
        () -> {
          for (byte[] input : inputs) {
            try {
              YamlLoader.load(input);
            } catch (YamlException expected) {
              // refusing the document is fine; any other exception is a bug
            }
          }
        });
  }

  @Test
  void mutatedDocumentsAreAcceptedAndRejectedLikePyYaml() throws Exception {
    assumeTrue(PyYamlOracle.available(), "python3 with PyYAML is not installed");
    var comparison = YamlDifferentialTest.Comparison.run(mutants(), work);
    comparison.writeReport(Path.of("target", "yaml-fuzz-report.txt"));
    assertTrue(comparison.acceptRejectMismatches().isEmpty(), comparison.summary());
    assertTrue(comparison.valueMismatches().isEmpty(), comparison.summary());
  }
}
