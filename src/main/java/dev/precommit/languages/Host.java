package dev.precommit.languages;

import dev.precommit.process.ProcessRunner;
import java.nio.file.Path;
import java.util.Map;

/**
 * What installing or checking an environment may use of the machine: the user's environment (PATH,
 * and the tools' own configuration such as {@code PIP_INDEX_URL} or {@code NPM_CONFIG_REGISTRY},
 * passed through untouched) and the runner that starts processes, so an interrupt stops them.
 *
 * @param cache a directory in the store where a language keeps what all its environments share
 *     (used only under the store lock)
 */
public record Host(Map<String, String> env, ProcessRunner runner, Path cache) {
  public Host {
    env = Map.copyOf(env);
  }
}
