package dev.precommit.hook;

import java.nio.file.Path;
import java.util.List;

/**
 * An effective hook: manifest definition, config overrides and defaults merged, as pre-commit's
 * {@code Hook} named tuple. Field names are the camelCase of the YAML keys.
 *
 * @param src the {@code repo:} value the hook came from ({@code local}, {@code meta} or a URL)
 * @param prefix the directory the hook's files live in (a clone, or the repository root)
 * @param readOnly our {@code read_only: true}: the user promises the hook writes no file, so it may
 *     run side by side with its read-only neighbours
 */
public record Hook(
    String src,
    Path prefix,
    String id,
    String name,
    String entry,
    String language,
    String alias,
    String files,
    String exclude,
    List<String> types,
    List<String> typesOr,
    List<String> excludeTypes,
    List<String> additionalDependencies,
    List<String> args,
    boolean alwaysRun,
    boolean failFast,
    boolean passFilenames,
    String description,
    String languageVersion,
    String logFile,
    String minimumPreCommitVersion,
    boolean requireSerial,
    List<String> stages,
    boolean verbose,
    boolean readOnly) {

  public boolean isMeta() {
    return "meta".equals(src);
  }

  /** True when {@code name} is this hook's id or alias (how {@code run HOOK} and SKIP match). */
  public boolean answersTo(String name) {
    return id.equals(name) || (!alias.isEmpty() && alias.equals(name));
  }
}
