package dev.precommit.languages;

import dev.precommit.errors.FatalError;
import dev.precommit.process.ProcessRunner;
import dev.precommit.process.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The docker engine as its CLI reports it ({@code docker system info}): reachable or not, and
 * rootless or not (pre-commit's {@code _is_rootless}). Asked once per hook run; pre-commit asks
 * once per process, but the answer is a property of the engine, so the result is the same.
 *
 * @param rootless a rootless engine maps the container's root to the invoking user, so no {@code
 *     -u} is given
 */
record DockerEngine(boolean rootless) {
  static final List<String> INFO = List.of("docker", "system", "info", "--format", "{{ json . }}");

  /**
   * Asks the engine, and turns what pre-commit reports as a {@code CalledProcessError} (exit 3)
   * into a user error naming the cause: no {@code docker} on PATH, or no engine behind it.
   */
  static DockerEngine check(
      String language, ProcessRunner runner, Path cwd, Map<String, String> env)
      throws InterruptedException {
    if (SystemExecutable.find("docker", env).isEmpty()) {
      throw SystemExecutable.notInstalled("docker", language);
    }
    Result result = runner.run(INFO, cwd, env);
    String json = jsonLine(result.outputText());
    if (result.exitCode() != 0) {
      throw new FatalError(
          "the docker engine is not reachable (`docker system info` returned "
              + result.exitCode()
              + "): "
              + otherLines(result.outputText()));
    }
    return new DockerEngine(json != null && isRootless(json));
  }

  /**
   * {@code 'name=rootless' in (info.get('SecurityOptions') or ())} for docker, {@code
   * info['host']['security']['rootless']} for podman; a missing key means not rootless.
   */
  static boolean isRootless(String json) {
    Object info;
    try {
      info = JsonReader.parse(json);
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (!(info instanceof Map<?, ?> map)) {
      return false;
    }
    Object options = map.get("SecurityOptions");
    if (options instanceof Collection<?> list && list.contains("name=rootless")) {
      return true;
    }
    if (options instanceof String s && s.contains("name=rootless")) {
      return true;
    }
    return truthy(path(map, "host", "security", "rootless"));
  }

  private static Object path(Object value, String... keys) {
    for (String key : keys) {
      if (!(value instanceof Map<?, ?> map)) {
        return null;
      }
      value = map.get(key);
    }
    return value;
  }

  /** Python's truth value of a JSON value. */
  private static boolean truthy(Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof Double d) {
      return d != 0;
    }
    if (value instanceof String s) {
      return !s.isEmpty();
    }
    if (value instanceof Collection<?> c) {
      return !c.isEmpty();
    }
    return value instanceof Map<?, ?> m && !m.isEmpty();
  }

  /** stdout and stderr come merged: the JSON document is the line that starts with a brace. */
  private static String jsonLine(String output) {
    for (String line : output.split("\n")) {
      if (line.startsWith("{")) {
        return line;
      }
    }
    return null;
  }

  private static String otherLines(String output) {
    List<String> lines = new ArrayList<>();
    for (String line : output.split("\n")) {
      if (!line.startsWith("{") && !line.isBlank()) {
        lines.add(line.strip());
      }
    }
    return String.join("\n", lines);
  }
}
