package dev.precommit.languages;

import dev.precommit.process.ProcessRunner;
import java.util.Map;

/**
 * What installing or checking an environment may use of the machine: the user's environment (PATH,
 * and the tools' own configuration such as {@code PIP_INDEX_URL} or {@code NPM_CONFIG_REGISTRY},
 * passed through untouched) and the runner that starts processes, so an interrupt stops them.
 */
public record Host(Map<String, String> env, ProcessRunner runner) {
  public Host {
    env = Map.copyOf(env);
  }
}
