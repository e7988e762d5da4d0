package dev.precommit.repository;

import dev.precommit.config.Config;
import dev.precommit.config.RepoConfig;
import dev.precommit.errors.ExitRequest;
import dev.precommit.errors.ExitCodes;
import dev.precommit.errors.FatalError;
import dev.precommit.hook.Hook;
import dev.precommit.languages.Languages;
import dev.precommit.output.Console;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns validated config entries into {@link Hook}s: pre-commit's {@code _hook} (language
 * version and stage defaults, checks for languages without environments) and {@code Hook.create}
 * (unknown-key warnings).
 */
public final class HookFactory {
  private static final Set<String> KEYS =
      Set.of(
          "id", "name", "entry", "language", "alias", "files", "exclude", "types", "types_or",
          "exclude_types", "additional_dependencies", "args", "always_run", "fail_fast",
          "pass_filenames", "description", "language_version", "log_file",
          "minimum_pre_commit_version", "require_serial", "stages", "verbose");

  private final Config config;
  private final Path root;
  private final Console console;

  public HookFactory(Config config, Path root, Console console) {
    this.config = config;
    this.root = root;
    this.console = console;
  }

  /** Every hook of the config, in config order. */
  public List<Hook> allHooks() {
    List<Hook> hooks = new ArrayList<>();
    for (RepoConfig repo : config.repos()) {
      if (!repo.isLocal() && !repo.isMeta()) {
        throw new FatalError(
            "repository " + repo.repo() + ": remote hook repositories are not supported yet");
      }
      for (Map<String, Object> dict : repo.hooks()) {
        hooks.add(create(repo.repo(), root, resolve(dict)));
      }
    }
    return hooks;
  }

  /** pre-commit's {@code _hook}: fills language_version and stages from the top level. */
  Map<String, Object> resolve(Map<String, Object> dict) {
    String language = (String) dict.get("language");
    if ("default".equals(dict.get("language_version"))) {
      dict.put("language_version", config.defaultLanguageVersionOf(language));
    }
    if (((List<?>) dict.get("stages")).isEmpty()) {
      dict.put("stages", config.defaultStages());
    }
    if (Languages.get(language).environmentDir() == null) {
      if (!"default".equals(dict.get("language_version"))) {
        noEnvironment(dict, "language_version");
      }
      if (!((List<?>) dict.get("additional_dependencies")).isEmpty()) {
        noEnvironment(dict, "additional_dependencies");
      }
    }
    return dict;
  }

  private void noEnvironment(Map<String, Object> dict, String key) {
    console.error(
        "The hook `"
            + dict.get("id")
            + "` specifies `"
            + key
            + "` but is using language `"
            + dict.get("language")
            + "` which does not install an environment.  Perhaps you meant to use a specific"
            + " language?");
    throw new ExitRequest(ExitCodes.FAILED);
  }

  Hook create(String src, Path prefix, Map<String, Object> dict) {
    Set<String> extra = new TreeSet<>(dict.keySet());
    extra.removeAll(KEYS);
    if (!extra.isEmpty()) {
      console.warning(
          "Unexpected key(s) present on "
              + src
              + " => "
              + dict.get("id")
              + ": "
              + String.join(", ", extra));
    }
    return new Hook(
        src,
        prefix,
        (String) dict.get("id"),
        (String) dict.get("name"),
        (String) dict.get("entry"),
        (String) dict.get("language"),
        (String) dict.get("alias"),
        (String) dict.get("files"),
        (String) dict.get("exclude"),
        strings(dict.get("types")),
        strings(dict.get("types_or")),
        strings(dict.get("exclude_types")),
        strings(dict.get("additional_dependencies")),
        strings(dict.get("args")),
        (Boolean) dict.get("always_run"),
        (Boolean) dict.get("fail_fast"),
        (Boolean) dict.get("pass_filenames"),
        (String) dict.get("description"),
        (String) dict.get("language_version"),
        (String) dict.get("log_file"),
        (String) dict.get("minimum_pre_commit_version"),
        (Boolean) dict.get("require_serial"),
        strings(dict.get("stages")),
        (Boolean) dict.get("verbose"));
  }

  private static List<String> strings(Object list) {
    List<String> out = new ArrayList<>();
    for (Object o : (List<?>) list) {
      out.add((String) o);
    }
    return List.copyOf(out);
  }
}
