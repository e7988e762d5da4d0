package dev.precommit.config;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compares our loader with python3 + PyYAML, pre-commit's own loader, input by input. */
class YamlDifferentialTest {
  @TempDir Path work;

  @Test
  void corpusAndSnippetsLoadLikePyYaml() throws Exception {
    assumeTrue(PyYamlOracle.available(), "python3 with PyYAML is not installed");
    List<byte[]> inputs = new ArrayList<>(YamlCorpus.files().values());
    inputs.addAll(YamlSnippets.all());
    Comparison comparison = Comparison.run(inputs, work);
    comparison.writeReport(Path.of("target", "yaml-differential-report.txt"));
    assertTrue(comparison.acceptRejectMismatches().isEmpty(), comparison.summary());
    assertTrue(comparison.valueMismatches().isEmpty(), comparison.summary());
    assertTrue(comparison.messageMismatches().isEmpty(), comparison.summary());
  }

  @Test
  void knownDifferencesAreStillDifferences() throws Exception {
    assumeTrue(PyYamlOracle.available(), "python3 with PyYAML is not installed");
    List<byte[]> inputs = new ArrayList<>();
    YamlSnippets.KNOWN_DIFFERENCES.forEach(known -> inputs.add(YamlSnippets.utf8(known.get(0))));
    Comparison comparison = Comparison.run(inputs, work);
    for (int i = 0; i < inputs.size(); i++) {
      assertNotEquals(
          comparison.theirs().get(i),
          comparison.ours().get(i),
          "now agrees with PyYAML, drop it from KNOWN_DIFFERENCES: "
              + YamlSnippets.KNOWN_DIFFERENCES.get(i));
    }
  }

  @Test
  void limitsRefuseWhatPyYamlWouldLoad() throws Exception {
    assumeTrue(PyYamlOracle.available(), "python3 with PyYAML is not installed");
    Comparison comparison = Comparison.run(YamlSnippets.deliberatelyRefused(), work);
    for (int i = 0; i < comparison.inputs().size(); i++) {
      assertTrue(comparison.theirs().get(i).startsWith("OK"), comparison.theirs().get(i));
      assertTrue(comparison.ours().get(i).startsWith("ERR"), comparison.ours().get(i));
    }
  }

  /** Results of both loaders over the same inputs. */
  record Comparison(List<byte[]> inputs, List<String> ours, List<String> theirs) {
    static Comparison run(List<byte[]> inputs, Path work) throws Exception {
      List<String> ours = new ArrayList<>();
      for (byte[] input : inputs) {
        ours.add(PyYamlOracle.javaResult(input));
      }
      return new Comparison(inputs, ours, PyYamlOracle.run(inputs, work));
    }

    List<Integer> acceptRejectMismatches() {
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < inputs.size(); i++) {
        if (ours.get(i).startsWith("OK") != theirs.get(i).startsWith("OK")) {
          out.add(i);
        }
      }
      return out;
    }

    List<Integer> valueMismatches() {
      return mismatches("OK");
    }

    List<Integer> messageMismatches() {
      return mismatches("ERR");
    }

    private List<Integer> mismatches(String kind) {
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < inputs.size(); i++) {
        if (ours.get(i).startsWith(kind)
            && theirs.get(i).startsWith(kind)
            && !ours.get(i).equals(theirs.get(i))) {
          out.add(i);
        }
      }
      return out;
    }

    String summary() {
      int rejected = 0;
      for (String result : theirs) {
        rejected += result.startsWith("ERR") ? 1 : 0;
      }
      return String.format(
          "%d inputs (%d rejected by PyYAML): %d accept/reject mismatches, %d value or repr mismatches,"
              + " %d error-message mismatches",
          inputs.size(),
          rejected,
          acceptRejectMismatches().size(),
          valueMismatches().size(),
          messageMismatches().size());
    }

    void writeReport(Path file) throws Exception {
      StringBuilder out = new StringBuilder(summary()).append("\n");
      for (var section :
          List.of(
              List.of("ACCEPT/REJECT", acceptRejectMismatches()),
              List.of("VALUE", valueMismatches()),
              List.of("MESSAGE", messageMismatches()))) {
        @SuppressWarnings("unchecked")
        List<Integer> indexes = (List<Integer>) section.get(1);
        for (int i : indexes) {
          out.append("\n== ").append(section.get(0)).append(" #").append(i).append('\n');
          out.append("input:  ")
              .append(CanonicalForm.jsonString(new String(inputs.get(i), StandardCharsets.UTF_8)))
              .append('\n');
          out.append("ours:   ").append(ours.get(i)).append('\n');
          out.append("pyyaml: ").append(theirs.get(i)).append('\n');
        }
      }
      Files.createDirectories(file.getParent());
      Files.writeString(file, out);
    }
  }
}
