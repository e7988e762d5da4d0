package dev.precommit.repository;

import dev.precommit.catalog.BuiltinLanguage;
import dev.precommit.catalog.Catalog;
import dev.precommit.config.Config;
import dev.precommit.config.ConfigLoader;
import dev.precommit.config.LanguageNames;
import dev.precommit.config.RepoConfig;
import dev.precommit.errors.ExitCodes;
import dev.precommit.errors.ExitRequest;
import dev.precommit.hook.Hook;
import dev.precommit.languages.Languages;
import dev.precommit.output.Console;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns validated config entries into {@link Hook}s: pre-commit's {@code _hook} (language version
 * and stage defaults, checks for languages without environments) and {@code Hook.create}
 * (unknown-key warnings).
 */
public final class HookFactory {
  /** The manifest's file name at the root of a hook repository. */
  public static final String MANIFEST_FILE = ".pre-commit-hooks.yaml";

  private static final Set<String> KEYS =
      Set.of(
          "id",
          "name",
          "entry",
          "language",
          "alias",
          "files",
          "exclude",
          "types",
          "types_or",
          "exclude_types",
          "additional_dependencies",
          "args",
          "always_run",
          "fail_fast",
          "pass_filenames",
          "description",
          "language_version",
          "log_file",
          "minimum_pre_commit_version",
          "require_serial",
          "stages",
          "verbose",
          // our extension (docs/configuration.md); pre-commit warns about it as unexpected
          "read_only");

  private final Config config;
  private final Path root;
  private final Console console;
  private final HookRepositories repositories;
  private Map<String, Map<String, Object>> catalog; // see catalogManifest()

  public HookFactory(Config config, Path root, Console console, HookRepositories repositories) {
    this.config = config;
    this.root = root;
    this.console = console;
    this.repositories = repositories;
  }

  /** Every hook of the config, in config order (remote repositories are fetched as needed). */
  public List<Hook> allHooks() {
    List<Hook> hooks = new ArrayList<>();
    for (RepoConfig repo : config.repos()) {
      if (repo.isLocal() || repo.isMeta()) {
        for (Map<String, Object> dict : repo.hooks()) {
          Map<String, Object> resolved = resolve(new LinkedHashMap<>(dict));
          hooks.add(create(repo.repo(), localPrefix(resolved), resolved));
        }
      } else if (repo.isBuiltin() || catalogServes(repo)) {
        hooks.addAll(builtinHooks(repo));
      } else {
        hooks.addAll(remoteHooks(repo));
      }
    }
    return hooks;
  }

  /**
   * The pre-commit-hooks repository at any rev is served by the catalog, without a clone, when
   * every hook the config takes from it is built in (and the fast path is not turned off).
   */
  private boolean catalogServes(RepoConfig repo) {
    if (!Catalog.isPreCommitHooksUrl(repo.repo()) || !repositories.catalogFastPath()) {
      return false;
    }
    Map<String, Map<String, Object>> catalog = catalogManifest();
    for (Map<String, Object> hook : repo.hooks()) {
      Map<String, Object> builtin = catalog.get(hook.get("id"));
      if (builtin == null
          || LanguageNames.EXTENSIONS.contains(builtin.get("language"))
          || (hook.containsKey("language")
              && !hook.get("language").equals(builtin.get("language")))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The catalog's manifest by hook id, loaded once per factory. It ships in the jar and the tests
   * validate it, so it is not validated again on every run: that compiled every hook's regexes, the
   * used and the unused alike (about a tenth of a no-op run).
   */
  private Map<String, Map<String, Object>> catalogManifest() {
    if (catalog == null) {
      Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
      for (Map<String, Object> hook :
          ConfigLoader.loadTrustedManifestText(Catalog.manifestText())) {
        byId.put((String) hook.get("id"), hook);
      }
      catalog = byId;
    }
    return catalog;
  }

  /**
   * Catalog hooks: merged over the catalog's manifest like remote hooks; those the original runs
   * with Python run in-process ({@code language: builtin}), the {@code fail} and {@code jvm} ones
   * stay as they are.
   */
  private List<Hook> builtinHooks(RepoConfig repo) {
    Map<String, Map<String, Object>> byId = catalogManifest();
    requirePresent(repo, byId);
    List<Hook> hooks = new ArrayList<>();
    for (Map<String, Object> hook : repo.hooks()) {
      Map<String, Object> merged = new LinkedHashMap<>(byId.get(hook.get("id")));
      merged.putAll(hook);
      Map<String, Object> resolved = resolve(merged);
      if ("python".equals(resolved.get("language"))) {
        resolved.put("language", BuiltinLanguage.NAME);
      }
      hooks.add(create(repo.repo(), builtinPrefix(resolved), resolved));
    }
    return hooks;
  }

  /**
   * Catalog hooks run in the repository, except those that install a tool (the JVM formatters and
   * linters): their environment lives in the store entry local hooks with the same dependencies
   * use, so a pinned or overridden tool version gets its own environment.
   */
  private Path builtinPrefix(Map<String, Object> resolved) {
    return Languages.get((String) resolved.get("language")).environmentDir() == null
        ? root
        : repositories.local(strings(resolved.get("additional_dependencies")));
  }

  private void requirePresent(RepoConfig repo, Map<String, Map<String, Object>> byId) {
    for (Map<String, Object> hook : repo.hooks()) {
      if (!byId.containsKey(hook.get("id"))) {
        console.error(
            "`"
                + hook.get("id")
                + "` is not present in repository "
                + repo.repo()
                + ".  Typo? Perhaps it is introduced in a newer version?  Often `pre-commit"
                + " autoupdate` fixes this.");
        throw new ExitRequest(ExitCodes.FAILED);
      }
    }
  }

  /** Manifest definitions with the config's keys laid over them (lists replace, not merge). */
  private List<Hook> remoteHooks(RepoConfig repo) {
    Path checkout = repositories.checkout(repo.repo(), repo.rev(), List.of());
    Path manifestPath = checkout.resolve(MANIFEST_FILE);
    Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
    for (Map<String, Object> hook :
        ConfigLoader.loadManifest(manifestPath, manifestPath.toString(), console::warning)) {
      byId.put((String) hook.get("id"), hook);
    }
    requirePresent(repo, byId);
    List<Hook> hooks = new ArrayList<>();
    for (Map<String, Object> hook : repo.hooks()) {
      Map<String, Object> merged = new LinkedHashMap<>(byId.get(hook.get("id")));
      merged.putAll(hook);
      Map<String, Object> resolved = resolve(merged);
      List<?> deps = (List<?>) resolved.get("additional_dependencies");
      Path prefix =
          deps.isEmpty()
              ? checkout
              : repositories.checkout(
                  repo.repo(), repo.rev(), deps.stream().map(String::valueOf).toList());
      hooks.add(create(repo.repo(), prefix, resolved));
    }
    return hooks;
  }

  /**
   * Local hooks of languages without an environment run in the repository; the others share a store
   * entry per list of additional dependencies (pre-commit's {@code make_local}).
   */
  private Path localPrefix(Map<String, Object> dict) {
    if (Languages.get((String) dict.get("language")).environmentDir() == null) {
      return root;
    }
    return repositories.local(strings(dict.get("additional_dependencies")));
  }

  /**
   * pre-commit's {@code _hook}: fills language_version (from the top level, then the language's own
   * default) and stages.
   */
  Map<String, Object> resolve(Map<String, Object> dict) {
    String language = (String) dict.get("language");
    if ("default".equals(dict.get("language_version"))) {
      dict.put("language_version", config.defaultLanguageVersionOf(language));
    }
    if ("default".equals(dict.get("language_version"))) {
      dict.put("language_version", Languages.get(language).defaultVersion(repositories.env()));
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
        (Boolean) dict.get("verbose"),
        Boolean.TRUE.equals(dict.get("read_only")));
  }

  private static List<String> strings(Object list) {
    List<String> out = new ArrayList<>();
    for (Object o : (List<?>) list) {
      out.add((String) o);
    }
    return List.copyOf(out);
  }
}
