package dev.precommit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeEncodingTest {
  @TempDir Path tmp;

  @Test
  void utf8LocalePassesNonAsciiArgumentsIntact() throws Exception {
    assertEquals("[\u00e9]", probe("C.UTF-8"));
  }

  @Test
  void asciiLocaleRefusesInsteadOfTurningCharactersIntoQuestionMarks() throws Exception {
    // The probe's own stdout is ASCII too, hence the '?' in the echoed message.
    assertEquals(
        "cannot pass argument '?' to a process: the JVM's native encoding is US-ASCII"
            + " (set LC_ALL or LANG to a UTF-8 locale, e.g. C.UTF-8)",
        probe("C"));
  }

  private String probe(String locale) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Map<String, String> env = Map.of("PATH", "/usr/bin:/bin", "LC_ALL", locale);
    List<String> argv =
        List.of(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            NativeEncodingProbe.class.getName());
    Result result = new ProcessRunner().run(argv, tmp, env);
    assertEquals(0, result.exitCode(), result.outputText());
    return result.outputText();
  }
}
