package dev.precommit.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** cfgv's schema items and pre-commit's own additions, each keeping cfgv's check semantics. */
final class Items {
  private Items() {}

  private static void checkKey(Map<Object, Object> map, String key, Check check)
      throws ValidationError {
    try {
      check.check(map.get(key));
    } catch (ValidationError e) {
      throw e.within("At key: " + key);
    }
  }

  private static Check recurse(Schema schema, Consumer<String> warn) {
    return value -> schema.check(value, warn);
  }

  /** A deep-ish copy of a default, so defaults are never shared between hooks. */
  private static Object copyOf(Object value) {
    return value instanceof List ? new ArrayList<>((List<?>) value) : value;
  }

  record Required(String key, Check check) implements SchemaItem {
    @Override
    public void check(Map<Object, Object> map, Consumer<String> warn) throws ValidationError {
      if (!map.containsKey(key)) {
        throw new ValidationError("Missing required key: " + key);
      }
      checkKey(map, key, check);
    }
  }

  record Optional(String key, Check check, Object defaultValue) implements SchemaItem {
    @Override
    public void check(Map<Object, Object> map, Consumer<String> warn) throws ValidationError {
      if (map.containsKey(key)) {
        checkKey(map, key, check);
      }
    }

    @Override
    public void applyDefault(Map<Object, Object> map) {
      map.putIfAbsent(key, copyOf(defaultValue));
    }
  }

  record OptionalNoDefault(String key, Check check) implements SchemaItem {
    @Override
    public void check(Map<Object, Object> map, Consumer<String> warn) throws ValidationError {
      if (map.containsKey(key)) {
        checkKey(map, key, check);
      }
    }
  }

  record RequiredRecurse(String key, Schema schema) implements SchemaItem {
    @Override
    public void check(Map<Object, Object> map, Consumer<String> warn) throws ValidationError {
      if (!map.containsKey(key)) {
        throw new ValidationError("Missing required key: " + key);
      }
      checkKey(map, key, recurse(schema, warn));
    }

    @Override
    public void applyDefault(Map<Object, Object> map) {
      map.put(key, schema.applyDefaults(map.get(key)));
    }
  }

  record OptionalRecurse(String key, Schema schema, Object defaultValue) implements SchemaItem {
    @Override
    public void check(Map<Object, Object> map, Consumer<String> warn) throws ValidationError {
      if (map.containsKey(key)) {
        checkKey(map, key, recurse(schema, warn));
      }
    }

    @Override
    public void applyDefault(Map<Object, Object> map) {
      map.putIfAbsent(key, copyOf(defaultValue));
      map.put(key, schema.applyDefaults(map.get(key)));
    }
  }

  /** cfgv's ConditionalRecurse: required and recursed into when the condition holds. */
  record ConditionalRecurse(String key, Schema schema, String conditionKey, Predicate<Object> when)
      implements SchemaItem {
    @Override
    public void check(Map<Object, Object> map, Consumer<String> warn) throws ValidationError {
      if (map.containsKey(conditionKey) && when.test(map.get(conditionKey))) {
        if (!map.containsKey(key)) {
          throw new ValidationError("Missing required key: " + key);
        }
        checkKey(map, key, recurse(schema, warn));
      }
    }

    @Override
    public void applyDefault(Map<Object, Object> map) {
      if (map.containsKey(conditionKey) && when.test(map.get(conditionKey))) {
        map.put(key, schema.applyDefaults(map.get(key)));
      }
    }
  }

  /** cfgv's ConditionalOptional: a default that applies only for one value of another key. */
  record ConditionalOptional(String key, Object defaultValue, String conditionKey, Object equals)
      implements SchemaItem {
    @Override
    public void check(Map<Object, Object> map, Consumer<String> warn) {}

    @Override
    public void applyDefault(Map<Object, Object> map) {
      if (equals.equals(map.get(conditionKey))) {
        map.putIfAbsent(key, defaultValue);
      }
    }
  }

  /** pre-commit's {@code rev}: required for remote repos, forbidden for local/meta. */
  /**
   * @param specialRepos pre-commit's rev-less repos (named in the error message)
   * @param revless those plus our own rev-less repos
   */
  record Rev(Collection<String> specialRepos, Collection<String> revless) implements SchemaItem {
    Rev(Collection<String> specialRepos) {
      this(specialRepos, specialRepos);
    }

    @Override
    public String key() {
      return "rev";
    }

    @Override
    public void check(Map<Object, Object> map, Consumer<String> warn) throws ValidationError {
      if (!map.containsKey("repo")) {
        return;
      }
      Object repo = map.get("repo");
      if (!revless.contains(repo)) {
        if (!map.containsKey("rev")) {
          throw new ValidationError("Missing required key: rev");
        }
        checkKey(map, "rev", Checks.STRING);
        String rev = (String) map.get("rev");
        if (!rev.contains(".") && !rev.matches("[a-fA-F0-9]+")) {
          warn.accept(
              "The 'rev' field of repo "
                  + PyValues.repr(repo)
                  + " appears to be a mutable reference (moving tag / branch).  Mutable"
                  + " references are never updated after first install and are not supported. "
                  + " See https://pre-commit.com/#using-the-latest-version-for-a-repository for"
                  + " more details.  Hint: `pre-commit autoupdate` often fixes this.");
        }
      } else if (map.containsKey("rev")) {
        throw new ValidationError(
            "Expected rev to be absent when repo is any of "
                + PyValues.reprTuple(specialRepos.contains(repo) ? specialRepos : revless)
                + ", found rev: "
                + PyValues.repr(map.get("rev")));
      }
    }
  }

  /** Unknown keys are a warning, never an error. */
  record WarnAdditionalKeys(Collection<String> keys, String where) implements SchemaItem {
    @Override
    public void check(Map<Object, Object> map, Consumer<String> warn) {
      TreeSet<String> extra = new TreeSet<>();
      for (Object k : map.keySet()) {
        if (!keys.contains(k)) {
          extra.add(String.valueOf(k));
        }
      }
      if (!extra.isEmpty()) {
        String on = where == null ? "at root" : "on " + map.get(where);
        warn.accept("Unexpected key(s) present " + on + ": " + String.join(", ", extra));
      }
    }
  }

  record NoAdditionalKeys(Collection<String> keys) implements SchemaItem {
    @Override
    public void check(Map<Object, Object> map, Consumer<String> warn) throws ValidationError {
      TreeSet<String> extra = new TreeSet<>();
      for (Object k : map.keySet()) {
        if (!keys.contains(k)) {
          extra.add(String.valueOf(k));
        }
      }
      if (!extra.isEmpty()) {
        throw new ValidationError(
            "Additional keys found: "
                + String.join(", ", extra)
                + ".  Only these keys are allowed: "
                + String.join(", ", new TreeSet<>(keys)));
      }
    }
  }

  record NotAllowed(String key) implements SchemaItem {
    @Override
    public void check(Map<Object, Object> map, Consumer<String> warn) throws ValidationError {
      if (map.containsKey(key)) {
        throw new ValidationError(PyValues.repr(key) + " cannot be overridden");
      }
    }
  }

  /** Stage lists: legacy names accepted and rewritten; {@code defaultValue} null = no default. */
  record StagesMigration(String key, List<String> defaultValue) implements SchemaItem {
    @Override
    public void check(Map<Object, Object> map, Consumer<String> warn) throws ValidationError {
      if (map.containsKey(key)) {
        checkKey(
            map,
            key,
            value -> {
              Checks.array(Checks.ANY).check(value);
              Checks.array(Checks.oneOf(Stages.STAGES)).check(transformed(value));
            });
      }
    }

    @Override
    public void applyDefault(Map<Object, Object> map) {
      if (defaultValue != null) {
        map.putIfAbsent(key, new ArrayList<>(defaultValue));
      }
      if (map.containsKey(key)) {
        map.put(key, transformed(map.get(key)));
      }
    }

    private static List<Object> transformed(Object value) {
      List<Object> out = new ArrayList<>();
      for (Object stage : (List<?>) value) {
        out.add(Stages.transform(stage));
      }
      return out;
    }
  }

  /** Warns about legacy stage names; {@code hook} false means top-level default_stages. */
  record DeprecatedStagesWarning(String key, boolean hook) implements SchemaItem {
    @Override
    public void check(Map<Object, Object> map, Consumer<String> warn) throws ValidationError {
      if (!map.containsKey(key)) {
        return;
      }
      Checks.array(Checks.ANY).check(map.get(key));
      List<String> legacy = new ArrayList<>();
      for (Object stage : (List<?>) map.get(key)) {
        if (Stages.LEGACY.containsKey(stage)) {
          legacy.add((String) stage);
        }
      }
      if (!legacy.isEmpty()) {
        String who = hook ? "hook id `" + map.get("id") + "`" : "top-level `default_stages`";
        warn.accept(
            who
                + " uses deprecated stage names ("
                + String.join(", ", legacy)
                + ") which will be removed in a future version.  run: `pre-commit migrate-config`"
                + " to automatically fix this.");
      }
    }
  }

  /** {@code language}: {@code system}/{@code script} are accepted and rewritten. */
  record LanguageMigration(String key, Check check, boolean required) implements SchemaItem {
    @Override
    public void check(Map<Object, Object> map, Consumer<String> warn) throws ValidationError {
      if (!map.containsKey(key)) {
        if (required) {
          throw new ValidationError("Missing required key: " + key);
        }
        return;
      }
      try {
        check.check(LanguageNames.translate(map.get(key)));
      } catch (ValidationError e) {
        throw e.within("At key: " + key);
      }
    }

    @Override
    public void applyDefault(Map<Object, Object> map) {
      if (map.containsKey(key)) {
        map.put(key, LanguageNames.translate(map.get(key)));
      }
    }
  }

  /** pre-commit's warnings for glob-looking or slash-escaping {@code files}/{@code exclude}. */
  record SensibleRegex(String key, boolean topLevel) implements SchemaItem {
    private static final List<String> SLASH_CLASSES = List.of("[\\\\/]", "[\\/]", "[/\\\\]");

    @Override
    public void check(Map<Object, Object> map, Consumer<String> warn) throws ValidationError {
      if (!map.containsKey(key)) {
        return;
      }
      checkKey(map, key, Checks.STRING);
      String value = (String) map.get(key);
      String id = topLevel ? null : PyValues.repr(map.get("id"));
      if (value.contains("/*")) {
        warn.accept(
            topLevel
                ? "The top-level '"
                    + key
                    + "' field is a regex, not a glob -- matching '/*' probably isn't what you"
                    + " want here"
                : "The '"
                    + key
                    + "' field in hook "
                    + id
                    + " is a regex, not a glob -- matching '/*' probably isn't what you want"
                    + " here");
      }
      for (String slash : SLASH_CLASSES) {
        if (value.contains(slash)) {
          warn.accept(
              topLevel
                  ? "pre-commit normalizes the slashes in the top-level '"
                      + key
                      + "' field to forward slashes, so you can use / instead of "
                      + slash
                  : "pre-commit normalizes slashes in the '"
                      + key
                      + "' field in hook "
                      + id
                      + " to forward slashes, so you can use / instead of "
                      + slash);
        }
      }
    }
  }
}
