package dev.precommit.config;

import dev.precommit.errors.InvalidConfigError;
import dev.precommit.errors.InvalidManifestError;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Loads and validates configs and manifests as cfgv's {@code load_from_filename} does: the file
 * must exist, is read as UTF-8 text with universal newlines, parsed as YAML 1.1, checked against
 * the schema (warnings go to {@code warn}) and completed with defaults.
 */
public final class ConfigLoader {
  private ConfigLoader() {}

  /**
   * @param displayName the path as the user should see it in messages
   */
  public static Config loadConfig(Path file, String displayName, Consumer<String> warn) {
    try {
      Map<?, ?> map = (Map<?, ?>) load(file, displayName, ConfigSchema.CONFIG, warn);
      return toConfig(map);
    } catch (ValidationError e) {
      throw new InvalidConfigError(e.render());
    }
  }

  /** The manifest's hooks with defaults applied, in file order. */
  public static List<Map<String, Object>> loadManifest(
      Path file, String displayName, Consumer<String> warn) {
    try {
      Object data = load(file, displayName, ManifestSchemaGuard.INSTANCE, warn);
      List<Map<String, Object>> hooks = new ArrayList<>();
      for (Object hook : (List<?>) data) {
        hooks.add(stringKeys((Map<?, ?>) hook));
      }
      return hooks;
    } catch (ValidationError e) {
      throw new InvalidManifestError(e.render());
    }
  }

  /** A manifest given as text (the catalog's, which ships inside the jar). */
  public static List<Map<String, Object>> loadManifestText(
      String text, String displayName, Consumer<String> warn) {
    try {
      Object data;
      try {
        data = YamlLoader.load(text);
      } catch (YamlException e) {
        throw new ValidationError(e.getMessage()).within("File " + displayName);
      }
      ManifestSchemaGuard.INSTANCE.check(data, warn);
      List<Map<String, Object>> hooks = new ArrayList<>();
      for (Object hook : (List<?>) ManifestSchemaGuard.INSTANCE.applyDefaults(data)) {
        hooks.add(stringKeys((Map<?, ?>) hook));
      }
      return hooks;
    } catch (ValidationError e) {
      throw new InvalidManifestError(e.render());
    }
  }

  /**
   * A manifest that ships inside precommit (the catalog's), with defaults applied but without the
   * schema checks: the tests run {@link #loadManifestText} on it, so at run time they could only
   * repeat work (compiling every hook's regexes).
   */
  public static List<Map<String, Object>> loadTrustedManifestText(String text) {
    try {
      List<Map<String, Object>> hooks = new ArrayList<>();
      for (Object hook :
          (List<?>) ManifestSchemaGuard.INSTANCE.applyDefaults(YamlLoader.load(text))) {
        hooks.add(stringKeys((Map<?, ?>) hook));
      }
      return hooks;
    } catch (YamlException e) {
      throw new IllegalStateException("the built-in manifest does not load", e);
    }
  }

  private static Object load(Path file, String displayName, Schema schema, Consumer<String> warn)
      throws ValidationError {
    if (!Files.isRegularFile(file)) {
      throw new ValidationError(displayName + " is not a file");
    }
    try {
      Object data;
      try {
        data = YamlLoader.load(readText(file));
      } catch (YamlException e) {
        throw new ValidationError(e.getMessage());
      }
      schema.check(data, warn);
      return schema.applyDefaults(data);
    } catch (ValidationError e) {
      throw e.within("File " + displayName);
    }
  }

  /** UTF-8, strictly, with Python's universal-newline translation of text-mode reads. */
  static String readText(Path file) throws ValidationError {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ValidationError(String.valueOf(e.getMessage()));
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new ValidationError(Utf8Error.describe(bytes));
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static Config toConfig(Map<?, ?> map) {
    List<RepoConfig> repos = new ArrayList<>();
    for (Object repo : (List<?>) map.get("repos")) {
      Map<?, ?> r = (Map<?, ?>) repo;
      List<Map<String, Object>> hooks = new ArrayList<>();
      for (Object hook : (List<?>) r.get("hooks")) {
        hooks.add(stringKeys((Map<?, ?>) hook));
      }
      Object rev = r.get("rev");
      repos.add(new RepoConfig((String) r.get("repo"), rev == null ? "" : (String) rev, hooks));
    }
    Map<String, String> languageVersions = new LinkedHashMap<>();
    ((Map<?, ?>) map.get("default_language_version"))
        .forEach((k, v) -> languageVersions.put((String) k, (String) v));
    return new Config(
        List.copyOf(repos),
        strings(map.get("default_install_hook_types")),
        languageVersions,
        strings(map.get("default_stages")),
        (String) map.get("files"),
        (String) map.get("exclude"),
        (Boolean) map.get("fail_fast"),
        (String) map.get("minimum_pre_commit_version"));
  }

  static List<String> strings(Object list) {
    List<String> out = new ArrayList<>();
    for (Object o : (List<?>) list) {
      out.add((String) o);
    }
    return List.copyOf(out);
  }

  static Map<String, Object> stringKeys(Map<?, ?> map) {
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }
}
