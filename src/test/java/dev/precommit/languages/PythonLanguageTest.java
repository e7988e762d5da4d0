package dev.precommit.languages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.precommit.errors.FatalError;
import dev.precommit.process.ProcessRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Version resolution, variables and the health check's file checks, without a real Python. */
class PythonLanguageTest {
  @TempDir Path temp;
  private final Python python = new Python();

  private Path bin(String... names) throws IOException {
    Path bin = Files.createDirectories(temp.resolve("bin"));
    for (String name : names) {
      Path exe = bin.resolve(name);
      Files.writeString(exe, "#!/bin/sh\n");
      Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    return bin;
  }

  @Test
  void defaultVersionIsPython3ThenPythonOnPath() throws IOException {
    Path bin = bin("python");
    assertEquals("python", python.defaultVersion(Map.of("PATH", bin.toString())));
    bin("python3");
    assertEquals("python3", python.defaultVersion(Map.of("PATH", bin.toString())));
    assertEquals("default", python.defaultVersion(Map.of("PATH", temp.resolve("none").toString())));
  }

  @Test
  void languageVersionNamesAnInterpreterOnPathOrAFile() throws IOException {
    Path bin = bin("python3", "python3.11", "pypy3");
    Map<String, String> env = Map.of("PATH", bin.toString(), "HOME", temp.toString());
    assertEquals(bin + "/python3", Python.interpreter("default", env));
    assertEquals(bin + "/python3.11", Python.interpreter("python3.11", env));
    assertEquals(bin + "/python3.11", Python.interpreter("3.11", env));
    assertEquals(bin + "/pypy3", Python.interpreter("pypy3", env));
    assertEquals(bin + "/python3", Python.interpreter(bin + "/python3", env));
    assertEquals(temp + "/bin/python3", Python.interpreter("~/bin/python3", env));
    FatalError missing = assertThrows(FatalError.class, () -> Python.interpreter("3.99", env));
    assertEquals(
        "`python3.99` is not installed: hooks with `language: python` need it on PATH",
        missing.getMessage());
  }

  @Test
  void hookVariablesArePreCommits() {
    Path prefix = Path.of("/store/repo");
    Map<String, String> env =
        python
            .environment(prefix, "python3")
            .applyTo(Map.of("PATH", "/usr/bin", "PYTHONHOME", "/x", "OTHER", "y"));
    assertEquals(
        Map.of(
            "PATH", "/store/repo/py_env-python3/bin:/usr/bin",
            "VIRTUAL_ENV", "/store/repo/py_env-python3",
            "PIP_DISABLE_PIP_VERSION_CHECK", "1",
            "OTHER", "y"),
        env);
  }

  @Test
  void healthCheckWantsPyvenvCfgAndTheBaseInterpretersDirectory()
      throws IOException, InterruptedException {
    Host host = new Host(Map.of("PATH", "/usr/bin"), new ProcessRunner(), temp.resolve("cache"));
    Path env = Files.createDirectories(temp.resolve("py_env-python3"));
    assertEquals(
        "pyvenv.cfg does not exist (old virtualenv?)", python.healthCheck(temp, "python3", host));
    Files.writeString(env.resolve("pyvenv.cfg"), "home = /usr/bin\n");
    assertEquals(
        "created virtualenv's pyvenv.cfg is missing `version_info`",
        python.healthCheck(temp, "python3", host));
    Files.writeString(
        env.resolve("pyvenv.cfg"), "home = " + temp.resolve("moved") + "\nversion = 3.11.7\n");
    assertEquals(
        "base executable directory no longer exists: " + temp.resolve("moved"),
        python.healthCheck(temp, "python3", host));
  }
}
