package dev.precommit.config;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precommit.e2e.CliResult;
import dev.precommit.e2e.TestRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutations of the real-world corpus through {@code validate-config} and {@code
 * validate-manifest}: whatever the bytes, the answer is "valid" (0) or a clear error (1), never an
 * unexpected error (3) or a stack trace.
 */
class ConfigLoaderFuzzTest {
  private static final Path CORPUS = Path.of("src", "test", "resources", "corpus").toAbsolutePath();
  private static final String[] FRAGMENTS = {
    ":",
    "- ",
    "\t",
    "'",
    "\"",
    "{",
    "}",
    "[",
    "]",
    "&a ",
    "*a",
    "<<: ",
    "!!binary ",
    "!!set ",
    "\n",
    "  ",
    "#",
    "yes",
    "1.10",
    "~",
    "\u00e9",
    "\ud83d\ude00",
    "\u0000",
    "\\",
    "?",
    "|",
    ">",
    "%YAML 1.1\n",
    "---\n",
    "...\n",
    "(?P<x>",
    "[",
    "stages: [commit",
    "language: system",
    "repo: local",
    "rev: 1",
    "hooks:",
    "id:",
    "files: (",
    "types: [nope]"
  };

  @TempDir Path temp;

  @Test
  void mutatedConfigsAndManifestsNeverCrashTheValidator() throws IOException {
    List<Path> seeds;
    try (Stream<Path> configs = Files.list(CORPUS.resolve("configs"));
        Stream<Path> manifests = Files.list(CORPUS.resolve("manifests"))) {
      seeds = Stream.concat(configs, manifests).sorted().toList();
    }
    TestRepo env = TestRepo.plainDirectory(temp);
    Random random = new Random(20261125L);
    Path file = env.root().resolve("fuzzed.yaml");
    for (int i = 0; i < 1500; i++) {
      Path seed = seeds.get(random.nextInt(seeds.size()));
      byte[] mutated = mutate(Files.readAllBytes(seed), random);
      Files.write(file, mutated);
      String command = random.nextBoolean() ? "validate-config" : "validate-manifest";
      CliResult r = env.run(command, file.toString());
      String context = "iteration " + i + " from " + seed.getFileName() + "\n" + r;
      assertTrue(r.exitCode() == 0 || r.exitCode() == 1, context);
      assertTrue(!r.stdout().contains("unexpected error"), context);
      assertTrue(!r.stdout().contains("\tat "), context);
    }
  }

  private static byte[] mutate(byte[] original, Random random) {
    StringBuilder text = new StringBuilder(new String(original, StandardCharsets.UTF_8));
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits && text.length() > 0; e++) {
      int at = random.nextInt(text.length());
      switch (random.nextInt(4)) {
        case 0 -> text.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        case 1 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(20)));
        case 2 -> {
          int to = Math.min(text.length(), at + random.nextInt(40));
          text.insert(random.nextInt(text.length()), text.substring(at, to));
        }
        default -> text.setCharAt(at, (char) (32 + random.nextInt(95)));
      }
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    if (random.nextInt(20) == 0 && bytes.length > 0) {
      bytes[random.nextInt(bytes.length)] = (byte) 0xff;
    }
    return bytes;
  }
}
