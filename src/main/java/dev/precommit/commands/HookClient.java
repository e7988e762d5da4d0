package dev.precommit.commands;

import dev.precommit.process.ProcessRunner;
import dev.precommit.process.Result;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * The warm JVM's client ({@code dev/precommit/daemon/client.c}), compiled per jar and JVM with the
 * system's C compiler next to the class archive. A JVM client would cost more than prek's whole run
 * (docs/performance.md, "Warm JVM"); a machine without {@code cc} keeps the cold start.
 */
final class HookClient {
  private HookClient() {}

  /** Builds the client unless it exists and is newer than the jar; false if it cannot be built. */
  static boolean build(JvmLauncher launcher, Map<String, String> env) throws InterruptedException {
    Path client = launcher.client();
    try {
      if (Files.isExecutable(client)
          && Files.getLastModifiedTime(client).compareTo(Files.getLastModifiedTime(launcher.jar()))
              >= 0) {
        return true;
      }
      Path dir = client.getParent();
      Files.createDirectories(dir);
      long pid = ProcessHandle.current().pid();
      Path source = dir.resolve("client-" + pid + ".c");
      Path tmp = dir.resolve(client.getFileName() + ".tmp." + pid);
      try (InputStream in =
          HookClient.class.getResourceAsStream("/dev/precommit/daemon/client.c")) {
        if (in == null) {
          return false;
        }
        Files.copy(in, source, StandardCopyOption.REPLACE_EXISTING);
      }
      try {
        String cc = env.getOrDefault("CC", "cc");
        Result result =
            new ProcessRunner()
                .run(List.of(cc, "-O2", "-o", tmp.toString(), source.toString()), dir, env);
        if (result.exitCode() != 0 || !Files.isExecutable(tmp)) {
          Files.deleteIfExists(tmp);
          return false;
        }
        Files.move(
            tmp, client, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
      } finally {
        Files.deleteIfExists(source);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
