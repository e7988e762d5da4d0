package dev.precommit.git;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Reads git configuration values the way {@code git config <key>} prints them. */
public final class GitConfig {
  private GitConfig() {}

  /** The value, stripped, or empty when unset (also outside a repository: global config). */
  public static String get(Path cwd, Map<String, String> env, String key) {
    GitCli.Output out = new GitCli(cwd, env).run("config", key);
    return out.exitCode() == 0 ? new String(out.stdout(), StandardCharsets.UTF_8).strip() : "";
  }
}
