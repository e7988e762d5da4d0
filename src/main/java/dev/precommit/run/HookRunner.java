package dev.precommit.run;

import dev.precommit.catalog.BuiltinLanguage;
import dev.precommit.config.Config;
import dev.precommit.git.GitRepository;
import dev.precommit.hook.Hook;
import dev.precommit.languages.HookCall;
import dev.precommit.languages.HookOutcome;
import dev.precommit.languages.Language;
import dev.precommit.languages.Languages;
import dev.precommit.output.Color;
import dev.precommit.output.Console;
import dev.precommit.output.StatusLine;
import dev.precommit.process.ProcessRunner;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * pre-commit's {@code _run_hooks}: one status line per hook, the details block, modification
 * detection through {@code git diff} snapshots, fail-fast, and {@code --show-diff-on-failure}.
 */
final class HookRunner {
  private static final String NO_FILES = "(no files to check)";

  private final Config config;
  private final RunOptions options;
  private final GitRepository git;
  private final Console console;
  private final Map<String, String> hookEnv;
  private final MetaHooks metaHooks;
  private final OutputStream rawOut;
  private final ProcessRunner processes;

  HookRunner(
      Config config,
      RunOptions options,
      GitRepository git,
      Console console,
      Map<String, String> hookEnv,
      MetaHooks metaHooks,
      OutputStream rawOut,
      ProcessRunner processes) {
    this.config = config;
    this.options = options;
    this.git = git;
    this.console = console;
    this.hookEnv = hookEnv;
    this.metaHooks = metaHooks;
    this.rawOut = rawOut;
    this.processes = processes;
  }

  /** Runs the hooks in order and returns the exit code (0 or 1). */
  int runAll(List<Hook> hooks, Set<String> skips, Classifier classifier)
      throws InterruptedException {
    int cols = StatusLine.columns(hooks.stream().map(Hook::name).toList());
    boolean failed = false;
    // taken lazily: a run whose hooks are all skipped never forks git diff
    byte[] diff = null;
    for (Hook hook : hooks) {
      Step step = runOne(hook, skips, classifier, cols, diff);
      diff = step.diffAfter();
      failed |= step.failed();
      if (step.failed() && (config.failFast() || hook.failFast() || options.failFast())) {
        break;
      }
    }
    if (failed && options.showDiffOnFailure() && diff != null && diff.length > 0) {
      if (options.allFiles()) {
        console.writeLine(
            "pre-commit hook(s) made changes.\n"
                + "If you are seeing this message in CI, reproduce locally with: `pre-commit run"
                + " --all-files`.\n"
                + "To run `pre-commit` as part of git workflow, use `pre-commit install`.");
      }
      console.writeLine("All changes made by hooks:");
      git.showDiff(rawOut, console.useColor());
    }
    return failed ? 1 : 0;
  }

  private record Step(boolean failed, byte[] diffAfter) {}

  private Step runOne(Hook hook, Set<String> skips, Classifier classifier, int cols, byte[] before)
      throws InterruptedException {
    boolean color = console.useColor();
    List<String> files = classifier.filenamesFor(hook);
    Double duration = null;
    int code = 0;
    boolean modified = false;
    byte[] output = new byte[0];
    byte[] after = before;
    if (skips.contains(hook.id()) || skips.contains(hook.alias())) {
      console.write(StatusLine.full(hook.name(), cols, "Skipped", Color.YELLOW, color, ""));
    } else if (files.isEmpty() && !hook.alwaysRun()) {
      console.write(
          StatusLine.full(hook.name(), cols, "Skipped", Color.TURQUOISE, color, NO_FILES));
    } else {
      console.write(StatusLine.start(hook.name(), 6, cols));
      if (before == null) {
        before = git.diffSnapshot();
      }
      List<String> args = hook.passFilenames() ? files : List.of();
      long start = System.nanoTime();
      HookOutcome outcome = execute(hook, args);
      duration = (System.nanoTime() - start) / 1e9;
      code = outcome.exitCode();
      output = outcome.output();
      // an in-process hook that wrote nothing needs no diff to prove it
      after = outcome.filesUnchanged() ? before : git.diffSnapshot();
      modified = !Arrays.equals(before, after);
      boolean fail = code != 0 || modified;
      console.writeLine(
          Color.format(fail ? "Failed" : "Passed", fail ? Color.RED : Color.GREEN, color));
    }
    boolean verbose = options.verbose() || hook.verbose();
    if (verbose || code != 0 || modified) {
      subtle("- hook id: " + hook.id());
      if (verbose && duration != null) {
        subtle("- duration: " + formatDuration(duration) + "s");
      }
      if (code != 0) {
        subtle("- exit code: " + code);
      }
      if (modified) {
        subtle("- files were modified by this hook");
      }
      byte[] stripped = stripAsciiWhitespace(output);
      if (stripped.length > 0) {
        console.writeLine("");
        console.writeBytes(concat(stripped, new byte[] {'\n'}));
        appendToLogFile(hook, stripped);
        console.writeLine("");
      }
    }
    return new Step(modified || code != 0, after);
  }

  private HookOutcome execute(Hook hook, List<String> files) throws InterruptedException {
    if (hook.isMeta()) {
      return metaHooks.run(hook, files);
    }
    // the catalog's in-process language lives above languages, so it is chosen here
    Language language =
        BuiltinLanguage.NAME.equals(hook.language())
            ? new BuiltinLanguage()
            : Languages.get(hook.language());
    Map<String, String> env =
        language.environmentDir() == null
            ? hookEnv
            : language.environment(hook.prefix(), hook.languageVersion()).applyTo(hookEnv);
    return language.run(new HookCall(hook, files, git.root(), env, console.useColor(), processes));
  }

  private void subtle(String line) {
    console.writeLine(Color.format(line, Color.SUBTLE, console.useColor()));
  }

  private void appendToLogFile(Hook hook, byte[] stripped) {
    if (hook.logFile().isEmpty()) {
      return;
    }
    Path log = git.root().resolve(hook.logFile());
    try {
      Files.write(
          log,
          concat(stripped, new byte[] {'\n'}),
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Python's {@code round(seconds, 2) or 0}, printed as Python prints a float. */
  static String formatDuration(double seconds) {
    double rounded = Math.round(seconds * 100) / 100.0;
    return rounded == 0 ? "0" : Double.toString(rounded);
  }

  /** Python's {@code bytes.strip()}: ASCII whitespace only, so raw output survives. */
  static byte[] stripAsciiWhitespace(byte[] bytes) {
    int start = 0;
    int end = bytes.length;
    while (start < end && isAsciiSpace(bytes[start])) {
      start++;
    }
    while (end > start && isAsciiSpace(bytes[end - 1])) {
      end--;
    }
    return Arrays.copyOfRange(bytes, start, end);
  }

  private static boolean isAsciiSpace(byte b) {
    return b == ' ' || (b >= '\t' && b <= '\r');
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
