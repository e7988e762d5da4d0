package dev.precommit.languages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PubspecExecutablesTest {
  @Test
  void blockMappingKeysWithAndWithoutScripts() {
    String pubspec =
        "name: hooks\nexecutables:\n  # the hooks\n  format-check:\n  lint: lint_main\n"
            + "  'quoted': x\n    nested: no\n\ndependencies:\n  path: ^1.0.0\n";
    assertEquals(List.of("format-check", "lint", "quoted"), PubspecExecutables.read(pubspec));
  }

  @Test
  void flowMappings() {
    assertEquals(List.of(), PubspecExecutables.read("name: x\nexecutables: {}\n"));
    assertEquals(
        List.of("a", "b"), PubspecExecutables.read("executables: {a: main, \"b\": }  # two\n"));
  }

  @Test
  void noExecutables() {
    assertEquals(List.of(), PubspecExecutables.read("name: x\nenvironment:\n  sdk: '>=2.12.0'\n"));
  }
}
