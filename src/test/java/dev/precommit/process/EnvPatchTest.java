package dev.precommit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvPatchTest {
  @Test
  void setsUnsetsAndPrependsWithoutTouchingTheBase() {
    Map<String, String> base = new HashMap<>(Map.of("PATH", "/usr/bin", "VIRTUAL_ENV", "/x"));
    EnvPatch patch =
        EnvPatch.empty().set("GOPATH", "/env").unset("VIRTUAL_ENV").prependPath("/env/bin");

    Map<String, String> env = patch.applyTo(base);

    assertEquals(Map.of("PATH", "/env/bin:/usr/bin", "GOPATH", "/env"), env);
    assertEquals(Map.of("PATH", "/usr/bin", "VIRTUAL_ENV", "/x"), base);
  }

  @Test
  void prependingToAnUnsetVariableLeavesATrailingSeparatorLikePreCommit() {
    Map<String, String> env = EnvPatch.empty().prependPath("/a", "/b").applyTo(Map.of());
    assertEquals(Map.of("PATH", "/a:/b:"), env);
  }

  @Test
  void laterOperationsSeeEarlierOnes() {
    EnvPatch language = EnvPatch.empty().prependPath("/lang/bin");
    EnvPatch hook = EnvPatch.empty().prependPath("/hook/bin").set("X", "1");
    assertEquals(
        Map.of("PATH", "/hook/bin:/lang/bin:/usr/bin", "X", "1"),
        language.andThen(hook).applyTo(Map.of("PATH", "/usr/bin")));
  }

  @Test
  void emptyPatchCopiesTheBase() {
    assertEquals(Map.of("A", "b"), EnvPatch.empty().applyTo(Map.of("A", "b")));
  }

  @Test
  void resultIsImmutable() {
    Map<String, String> env = EnvPatch.empty().applyTo(Map.of());
    assertThrows(UnsupportedOperationException.class, () -> env.put("A", "b"));
  }
}
