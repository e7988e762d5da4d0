package dev.precommit.languages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default version's "system" test and the hook's variables. */
class NodeLanguageTest {
  @TempDir Path temp;
  private final Node node = new Node();

  private Path bin(String dir) throws IOException {
    Path bin = Files.createDirectories(temp.resolve(dir));
    for (String name : new String[] {"node", "npm"}) {
      Path exe = bin.resolve(name);
      Files.writeString(exe, "#!/bin/sh\n");
      Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    return bin;
  }

  @Test
  void systemOnlyForNodeAndNpmOutsideHomeAndShims() throws IOException {
    Path home = temp.resolve("home");
    assertEquals(
        "system",
        node.defaultVersion(Map.of("PATH", bin("usr/bin").toString(), "HOME", "" + home)));
    assertEquals(
        "default",
        node.defaultVersion(Map.of("PATH", bin("home/.nvm/bin").toString(), "HOME", "" + home)));
    assertEquals(
        "default",
        node.defaultVersion(Map.of("PATH", bin("opt/shims/x").toString(), "HOME", "" + home)));
    assertEquals("default", node.defaultVersion(Map.of("PATH", "", "HOME", "" + home)));
  }

  @Test
  void hookVariablesArePreCommits() {
    Map<String, String> env =
        node.environment(Path.of("/store/repo"), "system")
            .applyTo(
                Map.of(
                    "PATH", "/usr/bin",
                    "NPM_CONFIG_USERCONFIG", "/x",
                    "npm_config_userconfig", "/y"));
    assertEquals(
        Map.of(
            "NODE_VIRTUAL_ENV", "/store/repo/node_env-system",
            "NPM_CONFIG_PREFIX", "/store/repo/node_env-system",
            "npm_config_prefix", "/store/repo/node_env-system",
            "NODE_PATH", "/store/repo/node_env-system/lib/node_modules",
            "PATH", "/store/repo/node_env-system/bin:/usr/bin"),
        env);
  }
}
