package dev.precommit.config;

import java.util.ArrayList;
import java.util.List;

/** Names and defaults of the three meta hooks; their behaviour lives in the run package. */
public final class MetaHookDefaults {
  public static final String CHECK_HOOKS_APPLY = "check-hooks-apply";
  public static final String CHECK_USELESS_EXCLUDES = "check-useless-excludes";
  public static final String IDENTITY = "identity";

  static final List<String> IDS = List.of(CHECK_HOOKS_APPLY, CHECK_USELESS_EXCLUDES, IDENTITY);

  /** The entry recorded for meta hooks; never executed, the runner dispatches by id. */
  public static final String ENTRY_PREFIX = "precommit-meta ";

  private static final String CONFIG_FILE_REGEX = "^\\.pre\\-commit\\-config\\.yaml$";

  private MetaHookDefaults() {}

  static List<SchemaItem> items() {
    List<SchemaItem> items = new ArrayList<>();
    add(items, CHECK_HOOKS_APPLY, "name", "Check hooks apply to the repository");
    add(items, CHECK_HOOKS_APPLY, "files", CONFIG_FILE_REGEX);
    add(items, CHECK_HOOKS_APPLY, "entry", ENTRY_PREFIX + CHECK_HOOKS_APPLY);
    add(items, CHECK_USELESS_EXCLUDES, "name", "Check for useless excludes");
    add(items, CHECK_USELESS_EXCLUDES, "files", CONFIG_FILE_REGEX);
    add(items, CHECK_USELESS_EXCLUDES, "entry", ENTRY_PREFIX + CHECK_USELESS_EXCLUDES);
    add(items, IDENTITY, "name", "identity");
    add(items, IDENTITY, "verbose", true);
    add(items, IDENTITY, "entry", ENTRY_PREFIX + IDENTITY);
    return items;
  }

  private static void add(List<SchemaItem> items, String id, String key, Object value) {
    items.add(new Items.ConditionalOptional(key, value, "id", id));
  }
}
