package dev.precommit.config;

import dev.precommit.identify.Identify;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * pre-commit 4.x's schemas (clientlib): the manifest hook, the config's remote / local / meta hook
 * maps, the repository and the top-level config. Item order matters: it decides which error is
 * reported first, exactly as in pre-commit.
 */
final class ConfigSchema {
  static final String LOCAL = "local";
  static final String META = "meta";

  /** Our extension: the hooks of the catalog, run in-process; like local/meta it has no rev. */
  static final String BUILTIN = "builtin";

  private static final Check TYPE_TAG =
      value -> {
        Set<String> all = Identify.load().allTags();
        if (!all.contains(value)) {
          throw new ValidationError(
              "Type tag "
                  + PyValues.repr(value)
                  + " is not recognized.  Try upgrading identify and pre-commit?");
        }
      };

  static final List<SchemaItem> MANIFEST_HOOK_ITEMS =
      List.of(
          new Items.Optional("minimum_pre_commit_version", MinimumVersion.CHECK, "0"),
          new Items.Required("id", Checks.STRING),
          new Items.Required("name", Checks.STRING),
          new Items.Required("entry", Checks.STRING),
          new Items.LanguageMigration("language", LanguageNames.CHECK, true),
          new Items.Optional("alias", Checks.STRING, ""),
          new Items.Optional("files", Checks.STRING_REGEX, ""),
          new Items.Optional("exclude", Checks.STRING_REGEX, "^$"),
          new Items.Optional("types", Checks.array(TYPE_TAG), List.of("file")),
          new Items.Optional("types_or", Checks.array(TYPE_TAG), List.of()),
          new Items.Optional("exclude_types", Checks.array(TYPE_TAG), List.of()),
          new Items.Optional("additional_dependencies", Checks.array(Checks.STRING), List.of()),
          new Items.Optional("args", Checks.array(Checks.STRING), List.of()),
          new Items.Optional("always_run", Checks.BOOL, false),
          new Items.Optional("fail_fast", Checks.BOOL, false),
          new Items.Optional("pass_filenames", Checks.BOOL, true),
          new Items.Optional("description", Checks.STRING, ""),
          new Items.Optional("language_version", Checks.STRING, "default"),
          new Items.Optional("log_file", Checks.STRING, ""),
          new Items.Optional("require_serial", Checks.BOOL, false),
          new Items.StagesMigration("stages", List.of()),
          new Items.Optional("verbose", Checks.BOOL, false));

  static final MapSchema MANIFEST_HOOK = new MapSchema("Hook", "id", MANIFEST_HOOK_ITEMS);

  static final Schema MANIFEST = new ArraySchema(MANIFEST_HOOK);

  /** Keys every hook may carry: the manifest keys. */
  static final List<String> HOOK_KEYS = keysOf(MANIFEST_HOOK_ITEMS);

  /**
   * Our extension, config only: the user promises the hook writes no file (docs/configuration.md).
   * pre-commit itself warns {@code Unexpected key(s) present} and ignores it.
   */
  private static final SchemaItem READ_ONLY = new Items.OptionalNoDefault("read_only", Checks.BOOL);

  private static final MapSchema CONFIG_HOOK = configHook();
  private static final MapSchema LOCAL_HOOK = localHook();
  private static final MapSchema META_HOOK = metaHook();

  private static final List<String> SPECIAL_REPOS = List.of(LOCAL, META);

  private static final MapSchema REPO =
      new MapSchema(
          "Repository",
          "repo",
          List.of(
              new Items.Required("repo", Checks.STRING),
              new Items.ConditionalRecurse(
                  "hooks", new ArraySchema(CONFIG_HOOK), "repo", r -> !SPECIAL_REPOS.contains(r)),
              new Items.ConditionalRecurse(
                  "hooks", new ArraySchema(LOCAL_HOOK), "repo", LOCAL::equals),
              new Items.ConditionalRecurse(
                  "hooks", new ArraySchema(META_HOOK), "repo", META::equals),
              new Items.Rev(SPECIAL_REPOS, List.of(LOCAL, META, BUILTIN)),
              new Items.WarnAdditionalKeys(List.of("repo", "rev", "hooks"), "repo")));

  private static final MapSchema DEFAULT_LANGUAGE_VERSION = defaultLanguageVersion();

  static final MapSchema CONFIG =
      new MapSchema(
          "Config",
          null,
          List.of(
              new Items.Optional("minimum_pre_commit_version", MinimumVersion.CHECK, "0"),
              new Items.RequiredRecurse("repos", new ArraySchema(REPO)),
              new Items.Optional(
                  "default_install_hook_types",
                  Checks.array(Checks.oneOf(Stages.HOOK_TYPES)),
                  List.of("pre-commit")),
              new Items.OptionalRecurse(
                  "default_language_version", DEFAULT_LANGUAGE_VERSION, new java.util.HashMap<>()),
              new Items.StagesMigration("default_stages", Stages.STAGES),
              new Items.DeprecatedStagesWarning("default_stages", false),
              new Items.Optional("files", Checks.STRING_REGEX, ""),
              new Items.Optional("exclude", Checks.STRING_REGEX, "^$"),
              new Items.Optional("fail_fast", Checks.BOOL, false),
              new Items.WarnAdditionalKeys(
                  List.of(
                      "repos",
                      "default_install_hook_types",
                      "default_language_version",
                      "default_stages",
                      "files",
                      "exclude",
                      "fail_fast",
                      "minimum_pre_commit_version",
                      "ci"),
                  null),
              new Items.SensibleRegex("files", true),
              new Items.SensibleRegex("exclude", true),
              new Items.OptionalNoDefault("ci", Checks.DICT)));

  private ConfigSchema() {}

  private static List<String> keysOf(List<SchemaItem> items) {
    List<String> keys = new ArrayList<>();
    for (SchemaItem item : items) {
      String key = keyOf(item);
      if (!keys.contains(key)) {
        keys.add(key);
      }
    }
    return List.copyOf(keys);
  }

  private static String keyOf(SchemaItem item) {
    if (item instanceof Items.Optional o) {
      return o.key();
    } else if (item instanceof Items.Required r) {
      return r.key();
    } else if (item instanceof Items.LanguageMigration l) {
      return l.key();
    } else if (item instanceof Items.StagesMigration s) {
      return s.key();
    }
    throw new IllegalArgumentException(item.toString());
  }

  private static Check checkOf(SchemaItem item) {
    if (item instanceof Items.Optional o) {
      return o.check();
    } else if (item instanceof Items.Required r) {
      return r.check();
    }
    throw new IllegalArgumentException(item.toString());
  }

  /** Remote-repo hooks: every manifest key is optional and has no default (merged later). */
  private static MapSchema configHook() {
    List<SchemaItem> items = new ArrayList<>();
    items.add(new Items.Required("id", Checks.STRING));
    for (SchemaItem item : MANIFEST_HOOK_ITEMS) {
      String key = keyOf(item);
      if (!key.equals("id") && !key.equals("stages") && !key.equals("language")) {
        items.add(new Items.OptionalNoDefault(key, checkOf(item)));
      }
    }
    items.add(new Items.StagesMigration("stages", null));
    items.add(new Items.LanguageMigration("language", LanguageNames.CHECK, false));
    items.add(new Items.DeprecatedStagesWarning("stages", true));
    items.add(new Items.SensibleRegex("files", false));
    items.add(new Items.SensibleRegex("exclude", false));
    items.add(READ_ONLY);
    return new MapSchema("Hook", "id", items);
  }

  private static MapSchema localHook() {
    List<SchemaItem> items = new ArrayList<>(MANIFEST_HOOK_ITEMS);
    items.add(READ_ONLY);
    items.add(new Items.DeprecatedStagesWarning("stages", true));
    items.add(new Items.SensibleRegex("files", false));
    items.add(new Items.SensibleRegex("exclude", false));
    return new MapSchema("Hook", "id", items);
  }

  private static MapSchema metaHook() {
    List<SchemaItem> items = new ArrayList<>();
    items.add(new Items.Required("id", Checks.STRING));
    items.add(new Items.Required("id", Checks.oneOf(MetaHookDefaults.IDS)));
    items.add(new Items.Optional("language", Checks.oneOf(List.of("unsupported")), "unsupported"));
    items.add(new Items.NotAllowed("entry"));
    items.addAll(MetaHookDefaults.items());
    for (SchemaItem item : MANIFEST_HOOK_ITEMS) {
      String key = keyOf(item);
      if (key.equals("name") || key.equals("entry")) {
        items.add(new Items.OptionalNoDefault(key, checkOf(item)));
      } else if (!key.equals("language")) {
        items.add(item);
      }
    }
    return new MapSchema("Hook", "id", items);
  }

  private static MapSchema defaultLanguageVersion() {
    List<SchemaItem> items = new ArrayList<>();
    items.add(new Items.NoAdditionalKeys(LanguageNames.ALL));
    for (String language : LanguageNames.ALL) {
      items.add(new Items.Optional(language, Checks.STRING, "default"));
    }
    return new MapSchema("DefaultLanguageVersion", null, items);
  }
}
