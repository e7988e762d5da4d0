package dev.precommit.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The registry of built-in hooks: console-script name (a manifest {@code entry}'s first word) to
 * implementation, and the manifest that lists them (hooks-catalog/.pre-commit-hooks.yaml).
 */
public final class Catalog {
  /** The repository whose hooks are built in; http or https, with or without {@code .git}. */
  private static final Pattern PRE_COMMIT_HOOKS =
      Pattern.compile("https?://github\\.com/pre-commit/pre-commit-hooks(?:\\.git)?/?");

  private static final Map<String, BuiltinHook> PROGRAMS =
      Map.ofEntries(
          Map.entry("check-added-large-files", new CheckAddedLargeFiles()),
          Map.entry("check-case-conflict", new CheckCaseConflict()),
          Map.entry("check-executables-have-shebangs", new CheckExecutablesHaveShebangs()),
          Map.entry("check-json", new CheckJson()),
          Map.entry("check-merge-conflict", new CheckMergeConflict()),
          Map.entry("check-shebang-scripts-are-executable", new CheckShebangScriptsAreExecutable()),
          Map.entry("check-symlinks", new CheckSymlinks()),
          Map.entry("check-toml", new CheckToml()),
          Map.entry("check-vcs-permalinks", new CheckVcsPermalinks()),
          Map.entry("check-xml", new CheckXml()),
          Map.entry("check-yaml", new CheckYaml()),
          Map.entry("destroyed-symlinks", new DestroyedSymlinks()),
          Map.entry("detect-aws-credentials", new DetectAwsCredentials()),
          Map.entry("detect-private-key", new DetectPrivateKey()),
          Map.entry("end-of-file-fixer", new EndOfFileFixer()),
          Map.entry("file-contents-sorter", new FileContentsSorter()),
          Map.entry("fix-byte-order-marker", new FixByteOrderMarker()),
          Map.entry("forbid-new-submodules", new ForbidNewSubmodules()),
          Map.entry("mixed-line-ending", new MixedLineEnding()),
          Map.entry("name-tests-test", new NameTestsTest()),
          Map.entry("no-commit-to-branch", new NoCommitToBranch()),
          Map.entry("pre-commit-hooks-removed", new RemovedHook()),
          Map.entry("pretty-format-json", new PrettyFormatJson()),
          Map.entry("requirements-txt-fixer", new RequirementsTxtFixer()),
          Map.entry("sort-simple-yaml", new SortSimpleYaml()),
          Map.entry("trailing-whitespace-fixer", new TrailingWhitespaceFixer()),
          Map.entry("check-ast", PythonSourceHook.CHECK_AST),
          Map.entry("check-builtin-literals", PythonSourceHook.CHECK_BUILTIN_LITERALS),
          Map.entry("check-docstring-first", PythonSourceHook.CHECK_DOCSTRING_FIRST),
          Map.entry("debug-statement-hook", PythonSourceHook.DEBUG_STATEMENTS),
          Map.entry("double-quote-string-fixer", PythonSourceHook.DOUBLE_QUOTE_STRING_FIXER));

  /**
   * The programs that never write a file (every other one may): they run side by side and need no
   * {@code git diff}. A program missing here is treated as a fixer, the safe default.
   */
  private static final Set<String> NEVER_WRITE =
      Set.of(
          "check-added-large-files",
          "check-case-conflict",
          "check-executables-have-shebangs",
          "check-json",
          "check-merge-conflict",
          "check-shebang-scripts-are-executable",
          "check-symlinks",
          "check-toml",
          "check-vcs-permalinks",
          "check-xml",
          "check-yaml",
          "destroyed-symlinks",
          "detect-aws-credentials",
          "detect-private-key",
          "forbid-new-submodules",
          "name-tests-test",
          "no-commit-to-branch",
          "pre-commit-hooks-removed",
          "check-ast",
          "check-builtin-literals",
          "check-docstring-first",
          "debug-statement-hook");

  private Catalog() {}

  /** True for a console script that only reads files (see {@link #NEVER_WRITE}). */
  static boolean neverWrites(String script) {
    return NEVER_WRITE.contains(script);
  }

  /** The implementation of a console script, or null. */
  static BuiltinHook program(String script) {
    return PROGRAMS.get(script);
  }

  /** True for the pre-commit-hooks repository, whose hooks the catalog provides. */
  public static boolean isPreCommitHooksUrl(String repo) {
    return PRE_COMMIT_HOOKS.matcher(repo).matches();
  }

  /** The catalog's manifest, a valid pre-commit manifest. */
  public static String manifestText() {
    try (InputStream in = Catalog.class.getResourceAsStream(".pre-commit-hooks.yaml")) {
      if (in == null) {
        throw new IllegalStateException("the catalog manifest is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
