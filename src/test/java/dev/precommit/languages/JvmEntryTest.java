package dev.precommit.languages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precommit.errors.FatalError;
import java.util.List;
import org.junit.jupiter.api.Test;

class JvmEntryTest {
  @Test
  void optionsThenMainThenArguments() {
    JvmEntry e =
        JvmEntry.parse(
            "h",
            List.of(
                "-Xmx1g", "--add-opens", "java.base/java.lang=ALL-UNNAMED", "a.Main", "-x", "f"));
    assertEquals(
        List.of("-Xmx1g", "--add-opens", "java.base/java.lang=ALL-UNNAMED"), e.jvmOptions());
    assertEquals("a.Main", e.main());
    assertEquals(List.of("-x", "f"), e.arguments());
    assertFalse(e.managesClassSharing());
  }

  @Test
  void classPathOptionsAndAMissingMainAreErrors() {
    assertThrows(FatalError.class, () -> JvmEntry.parse("h", List.of("-cp", "x", "Main")));
    assertThrows(FatalError.class, () -> JvmEntry.parse("h", List.of("-jar", "x.jar")));
    FatalError e = assertThrows(FatalError.class, () -> JvmEntry.parse("h", List.of("-Xmx1g")));
    assertTrue(e.getMessage().contains("needs a main class"), e.getMessage());
  }

  @Test
  void classSharingOptionsTurnTheLaunchersArchiveOff() {
    assertTrue(JvmEntry.parse("h", List.of("-Xshare:off", "Main")).managesClassSharing());
    assertTrue(
        JvmEntry.parse("h", List.of("-XX:SharedArchiveFile=a.jsa", "Main")).managesClassSharing());
  }
}
