package dev.precommit.run;

import dev.precommit.catalog.BuiltinLanguage;
import dev.precommit.catalog.SharedReads;
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
import dev.precommit.process.Xargs;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
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

  /**
   * Runs the hooks in config order and returns the exit code (0 or 1). Consecutive hooks that
   * cannot change files run side by side ({@link SideBySide}); every fixer runs alone at its place,
   * after everything before it has finished. Output is printed in config order either way.
   */
  int runAll(List<Hook> hooks, Set<String> skips, Classifier classifier)
      throws InterruptedException {
    int cols = StatusLine.columns(hooks.stream().map(Hook::name).toList());
    int cores = Xargs.jobs(false, hookEnv);
    boolean failed = false;
    boolean ran = false;
    // taken lazily: a run whose hooks are all skipped or read-only never forks git diff
    byte[] diff = null;
    int next = 0;
    while (next < hooks.size()) {
      List<Planned> group = nextGroup(hooks, next, skips, classifier);
      next += group.size();
      boolean stop = false;
      boolean together = SideBySide.worthIt(group, cores);
      if (together && diff == null && SideBySide.hasDeclaredReadOnly(group)) {
        diff = git.diffSnapshot(); // the user's read_only hooks are checked by a diff after all
      }
      SharedReads reads = together ? sharedReads(group) : SharedReads.NONE;
      try (SideBySide batch =
          together
              ? SideBySide.start(
                  group,
                  cores,
                  (hook, files, threads) -> execute(hook, files, threads, reads),
                  diff)
              : SideBySide.none()) {
        for (int position = 0; position < group.size(); position++) {
          Planned planned = group.get(position);
          Step step = runOne(planned, cols, diff, batch, position);
          diff = step.diffAfter();
          ran |= step.ran();
          failed |= step.failed();
          Hook hook = planned.hook();
          if (step.failed() && (config.failFast() || hook.failFast() || options.failFast())) {
            stop = true; // the batch's later hooks are cancelled and their results never shown
            break;
          }
        }
      }
      if (stop) {
        break;
      }
    }
    if (failed && options.showDiffOnFailure() && ran && diff == null) {
      diff = git.diffSnapshot(); // only read-only hooks ran: the tree is as it was at the start
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

  /**
   * The hooks from {@code first} on that may run together: a hook that may write files is a group
   * of its own; otherwise as many following hooks as cannot write (skipped ones never run, so they
   * join any group). Files are chosen as each group starts, after every earlier hook finished.
   */
  private List<Planned> nextGroup(
      List<Hook> hooks, int first, Set<String> skips, Classifier classifier) {
    List<Planned> group = new ArrayList<>();
    for (int i = first; i < hooks.size(); i++) {
      Planned planned = plan(hooks.get(i), skips, classifier);
      boolean sideBySide = !planned.runs() || ReadOnlyHooks.mayRunSideBySide(planned.hook());
      if (!sideBySide && !group.isEmpty()) {
        break;
      }
      group.add(planned);
      if (!sideBySide) {
        break;
      }
    }
    return group;
  }

  private static Planned plan(Hook hook, Set<String> skips, Classifier classifier) {
    List<String> files = classifier.filenamesFor(hook);
    if (skips.contains(hook.id()) || skips.contains(hook.alias())) {
      return new Planned(hook, files, Planned.Kind.SKIPPED);
    }
    if (files.isEmpty() && !hook.alwaysRun()) {
      return new Planned(hook, files, Planned.Kind.NO_FILES);
    }
    return new Planned(hook, files, Planned.Kind.RUNS);
  }

  private record Step(boolean ran, boolean failed, byte[] diffAfter) {}

  private Step runOne(Planned planned, int cols, byte[] before, SideBySide batch, int position)
      throws InterruptedException {
    Hook hook = planned.hook();
    boolean color = console.useColor();
    Double duration = null;
    int code = 0;
    boolean modified = false;
    byte[] output = new byte[0];
    byte[] after = before;
    if (planned.kind() == Planned.Kind.SKIPPED) {
      console.write(StatusLine.full(hook.name(), cols, "Skipped", Color.YELLOW, color, ""));
    } else if (planned.kind() == Planned.Kind.NO_FILES) {
      console.write(
          StatusLine.full(hook.name(), cols, "Skipped", Color.TURQUOISE, color, NO_FILES));
    } else {
      console.write(StatusLine.start(hook.name(), 6, cols));
      Timed timed;
      if (batch.started(position)) {
        timed = batch.outcomeOf(position);
        if (!ReadOnlyHooks.neverWrite(hook)) {
          // declared read_only: one diff around the whole group; a change fails each such hook
          before = batch.diffBefore();
          after = batch.diffAfter(git::diffSnapshot);
        }
      } else {
        boolean selfReporting = ReadOnlyHooks.neverWrite(hook);
        if (before == null && !selfReporting) {
          before = git.diffSnapshot();
        }
        timed = execute(hook, planned.files(), Integer.MAX_VALUE, SharedReads.NONE);
        // a hook that reports its own changes and wrote nothing needs no diff to prove it
        after = timed.outcome().filesUnchanged() ? before : git.diffSnapshot();
      }
      duration = timed.seconds();
      code = timed.outcome().exitCode();
      output = timed.outcome().output();
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
    return new Step(duration != null, modified || code != 0, after);
  }

  /** The files that several of the group's built-in checkers read come from disk once. */
  private SharedReads sharedReads(List<Planned> group) {
    return SharedReads.forGroup(
        git.root(),
        group.stream().filter(Planned::runs).map(p -> Map.entry(p.hook(), p.files())).toList());
  }

  /**
   * Runs one hook on its files with at most {@code threads} threads, and times it; built-in hooks
   * read through {@code reads}.
   */
  private Timed execute(Hook hook, List<String> files, int threads, SharedReads reads)
      throws InterruptedException {
    List<String> args = hook.passFilenames() ? files : List.of();
    long start = System.nanoTime();
    HookOutcome outcome = dispatch(hook, args, threads, reads);
    return new Timed(outcome, (System.nanoTime() - start) / 1e9);
  }

  private HookOutcome dispatch(Hook hook, List<String> files, int threads, SharedReads reads)
      throws InterruptedException {
    if (hook.isMeta()) {
      return metaHooks.run(hook, files);
    }
    // the catalog's in-process language lives above languages, so it is chosen here
    Language language =
        BuiltinLanguage.NAME.equals(hook.language())
            ? new BuiltinLanguage(reads)
            : Languages.get(hook.language());
    Map<String, String> env =
        language.environmentDir() == null
            ? hookEnv
            : language.environment(hook.prefix(), hook.languageVersion()).applyTo(hookEnv);
    return language.run(
        new HookCall(hook, files, git.root(), env, console.useColor(), processes, threads));
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
