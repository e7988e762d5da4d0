package dev.precommit.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HookRunnerTest {
  @Test
  void durationsPrintLikePythonRoundedFloats() {
    assertEquals("0", HookRunner.formatDuration(0.001));
    assertEquals("0.77", HookRunner.formatDuration(0.7712));
    assertEquals("1.5", HookRunner.formatDuration(1.4999));
    assertEquals("2.0", HookRunner.formatDuration(2.0));
    assertEquals("12.34", HookRunner.formatDuration(12.3401));
  }

  @Test
  void outputIsStrippedOfAsciiWhitespaceOnlyKeepingOtherBytes() {
    byte[] raw = {' ', '\n', '\t', (byte) 0xe2, (byte) 0x98, (byte) 0x83, '\r', '\n', 0x0b};
    assertArrayEquals(
        new byte[] {(byte) 0xe2, (byte) 0x98, (byte) 0x83}, HookRunner.stripAsciiWhitespace(raw));
    assertArrayEquals(
        new byte[0], HookRunner.stripAsciiWhitespace(" \n".getBytes(StandardCharsets.UTF_8)));
  }
}
