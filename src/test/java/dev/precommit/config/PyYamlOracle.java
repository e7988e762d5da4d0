package dev.precommit.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs python3 + PyYAML (pre-commit's loader) on many inputs in one process. Each result is {@code
 * OK\t<canonical form>} or {@code ERR\t<json string of the message>}.
 */
final class PyYamlOracle {
  private PyYamlOracle() {}

  /** Whether python3 with PyYAML can be run here. */
  static boolean available() {
    try {
      Process p = new ProcessBuilder("python3", "-c", "import yaml").start();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static List<String> run(List<byte[]> inputs, Path workDir) throws Exception {
    Path script = workDir.resolve("pyyaml_oracle.py");
    try (InputStream in = PyYamlOracle.class.getResourceAsStream("pyyaml_oracle.py")) {
      Files.write(script, in.readAllBytes());
    }
    Path data = workDir.resolve("inputs.b64");
    StringBuilder lines = new StringBuilder();
    for (byte[] input : inputs) {
      lines.append(Base64.getEncoder().encodeToString(input)).append('\n');
    }
    Files.writeString(data, lines);
    Path output = workDir.resolve("outputs.txt");
    Process p =
        new ProcessBuilder("python3", script.toString(), data.toString())
            .redirectOutput(output.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException("pyyaml_oracle.py failed");
    }
    List<String> results = new ArrayList<>();
    String text = Files.readString(output, StandardCharsets.UTF_8);
    for (String line : text.substring(0, Math.max(0, text.length() - 1)).split("\n", -1)) {
      results.add(line);
    }
    if (results.size() != inputs.size()) {
      throw new IllegalStateException(results.size() + " results for " + inputs.size());
    }
    return results;
  }

  /** Our loader's result in the oracle's format. */
  static String javaResult(byte[] input) {
    try {
      Object value = YamlLoader.load(input);
      String canonical = CanonicalForm.of(value);
      if (canonical.contains("{\"t\":\"set\"")) {
        return "OK\t" + canonical;
      }
      return "OK\t" + canonical + "\t" + CanonicalForm.jsonString(YamlLoader.pythonRepr(value));
    } catch (YamlException e) {
      return "ERR\t" + CanonicalForm.jsonString(e.getMessage());
    }
  }
}
