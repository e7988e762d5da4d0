package dev.precommit.languages;

import dev.precommit.errors.FatalError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A coursier app descriptor from a hook repository's {@code .pre-commit-channel/<app>.json}: the
 * subset precommit can honour without coursier, i.e. Java-style coordinates (versions may be {@code
 * latest.release}/{@code latest.stable}), {@code central} or URL repositories, {@code mainClass},
 * {@code javaOptions} and {@code properties}. Anything else is a clear error.
 */
record ChannelDescriptor(
    List<String> repositories,
    List<String> dependencies,
    String mainClass,
    List<String> jvmOptions) {

  static ChannelDescriptor parse(String app, String json) {
    Object value;
    try {
      value = JsonReader.parse(json);
    } catch (IllegalArgumentException e) {
      throw new FatalError("coursier app descriptor " + app + ".json: " + e.getMessage());
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw new FatalError("coursier app descriptor " + app + ".json is not a JSON object");
    }
    List<String> repositories = strings(app, map.get("repositories"));
    for (String repository : repositories) {
      if (!repository.equals("central") && !repository.matches("https?://.+|file:.+")) {
        throw new FatalError(
            "coursier app descriptor "
                + app
                + ".json: repository `"
                + repository
                + "` is not supported by precommit (use central or a URL)");
      }
    }
    List<String> dependencies = strings(app, map.get("dependencies"));
    for (String dependency : dependencies) {
      if (dependency.contains("::")) {
        throw new FatalError(
            "coursier app descriptor "
                + app
                + ".json: Scala cross-version coordinates (`"
                + dependency
                + "`) are not supported by precommit: write org:name_<scala version>:version");
      }
    }
    if (dependencies.isEmpty()) {
      throw new FatalError("coursier app descriptor " + app + ".json has no dependencies");
    }
    List<String> options = new ArrayList<>(strings(app, map.get("javaOptions")));
    if (map.get("properties") instanceof Map<?, ?> properties) {
      properties.forEach((k, v) -> options.add("-D" + k + "=" + v));
    }
    Object main = map.get("mainClass");
    return new ChannelDescriptor(
        List.copyOf(repositories),
        List.copyOf(dependencies),
        main instanceof String s && !s.isEmpty() ? s : null,
        List.copyOf(options));
  }

  /** Repository URLs to add to Maven Central. */
  List<String> repositoryUrls() {
    return repositories.stream().filter(r -> !r.equals("central")).toList();
  }

  private static List<String> strings(String app, Object value) {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
      throw new FatalError(
          "coursier app descriptor " + app + ".json: expected a list of strings, got " + value);
    }
    return list.stream().map(String.class::cast).toList();
  }
}
