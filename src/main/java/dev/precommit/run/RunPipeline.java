package dev.precommit.run;

import dev.precommit.config.Config;
import dev.precommit.config.ConfigLoader;
import dev.precommit.git.GitRepository;
import dev.precommit.hook.Hook;
import dev.precommit.identify.Identify;
import dev.precommit.identify.TagCache;
import dev.precommit.output.Console;
import dev.precommit.process.ProcessRunner;
import dev.precommit.repository.EnvironmentInstaller;
import dev.precommit.repository.HookFactory;
import dev.precommit.repository.HookRepositories;
import dev.precommit.store.Store;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** pre-commit's {@code run} algorithm: preconditions, hook selection, then the hooks. */
public final class RunPipeline {
  private final GitRepository git;
  private final Map<String, String> env;
  private final Console console;
  private final OutputStream rawOut;
  private final Path storeDir;
  private final Interrupts interrupts;

  public RunPipeline(
      GitRepository git,
      Map<String, String> env,
      Console console,
      OutputStream rawOut,
      Path storeDir) {
    this(git, env, console, rawOut, storeDir, Interrupts.JVM_SHUTDOWN);
  }

  public RunPipeline(
      GitRepository git,
      Map<String, String> env,
      Console console,
      OutputStream rawOut,
      Path storeDir,
      Interrupts interrupts) {
    this.git = git;
    this.env = env;
    this.console = console;
    this.rawOut = rawOut;
    this.storeDir = storeDir;
    this.interrupts = interrupts;
  }

  /**
   * @param configFile the config path relative to the repository root (as shown to the user)
   */
  public int run(String configFile, RunOptions options) throws InterruptedException {
    boolean stash = options.stashesUnstaged();
    if (stash && git.hasUnmergedPaths()) {
      console.error("Unmerged files.  Resolve before committing.");
      return 1;
    }
    if (isEmpty(options.fromRef()) != isEmpty(options.toRef())) {
      console.error("Specify both --from-ref and --to-ref.");
      return 1;
    }
    if (stash && git.isUnstaged(configFile)) {
      console.error(
          "Your pre-commit configuration is unstaged.\n`git add " + configFile + "` to fix this.");
      return 1;
    }
    String stage = options.hookStage();
    if ((stage.equals("prepare-commit-msg") || stage.equals("commit-msg"))
        && options.commitMsgFilename() == null) {
      console.error("`--commit-msg-filename` is required for `--hook-stage " + stage + "`");
      return 1;
    }
    if (stage.equals("post-checkout")
        && !env.getOrDefault("_PRE_COMMIT_SKIP_POST_CHECKOUT", "").isEmpty()) {
      return 0;
    }
    Map<String, String> hookEnv = HookEnvironment.of(env, options);
    StashMarker.forRepository(storeDir, git.root()).reportLeftover(git.stashPlumbing(), console);
    ProcessRunner processes = new ProcessRunner();
    try (InterruptGuard guard = new InterruptGuard(processes, console, interrupts)) {
      StagedFilesOnly stashed =
          stash ? guard.protect(() -> StagedFilesOnly.enter(git, storeDir, console)) : null;
      try {
        return runHooks(configFile, options, hookEnv, processes);
      } finally {
        if (stashed != null) {
          stashed.close();
        }
      }
    }
  }

  private int runHooks(
      String configFile, RunOptions options, Map<String, String> hookEnv, ProcessRunner processes)
      throws InterruptedException {
    String stage = options.hookStage();
    Config config =
        ConfigLoader.loadConfig(git.root().resolve(configFile), configFile, console::warning);
    List<Hook> hooks = new ArrayList<>();
    Store store = new Store(storeDir);
    store.recordConfig(git.root().resolve(configFile));
    HookRepositories repositories = new HookRepositories(store, git.root(), env, console);
    for (Hook hook : new HookFactory(config, git.root(), console, repositories).allHooks()) {
      if ((options.hook() == null || hook.answersTo(options.hook()))
          && hook.stages().contains(stage)) {
        hooks.add(hook);
      }
    }
    if (options.hook() != null && hooks.isEmpty()) {
      console.writeLine("No hook with id `" + options.hook() + "` in stage `" + stage + "`");
      return 1;
    }
    Set<String> skips = Skips.from(env);
    // skipped hooks are never installed, so a skipped hook that cannot be installed still passes
    new EnvironmentInstaller(store, hookEnv, console, processes)
        .install(
            hooks.stream()
                .filter(h -> !skips.contains(h.id()) && !skips.contains(h.alias()))
                .toList());
    TagCache tags = new TagCache(Identify.load(), git.root());
    Classifier classifier =
        Classifier.fromConfig(
            git.root(),
            FileSelector.select(options, git, console),
            config.files(),
            config.exclude(),
            tags);
    HookRunner runner =
        new HookRunner(
            config,
            options,
            git,
            console,
            hookEnv,
            new MetaHooks(git, tags, repositories),
            rawOut,
            processes);
    return runner.runAll(hooks, skips, classifier);
  }

  private static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }

  /** Variables pre-commit exports to hooks (§4.1 step 6). */
  static final class HookEnvironment {
    private HookEnvironment() {}

    static Map<String, String> of(Map<String, String> base, RunOptions o) {
      Map<String, String> env = new HashMap<>(base);
      putIf(env, "PRE_COMMIT_COMMIT_MSG_SOURCE", o.prepareCommitMessageSource());
      putIf(env, "PRE_COMMIT_COMMIT_OBJECT_NAME", o.commitObjectName());
      if (!isEmpty(o.fromRef()) && !isEmpty(o.toRef())) {
        env.put("PRE_COMMIT_ORIGIN", o.fromRef());
        env.put("PRE_COMMIT_FROM_REF", o.fromRef());
        env.put("PRE_COMMIT_SOURCE", o.toRef());
        env.put("PRE_COMMIT_TO_REF", o.toRef());
      }
      if (o.preRebaseUpstream() != null && o.preRebaseBranch() != null) {
        env.put("PRE_COMMIT_PRE_REBASE_UPSTREAM", o.preRebaseUpstream());
        env.put("PRE_COMMIT_PRE_REBASE_BRANCH", o.preRebaseBranch());
      }
      if (o.remoteName() != null
          && o.remoteUrl() != null
          && o.remoteBranch() != null
          && o.localBranch() != null) {
        env.put("PRE_COMMIT_LOCAL_BRANCH", o.localBranch());
        env.put("PRE_COMMIT_REMOTE_BRANCH", o.remoteBranch());
        env.put("PRE_COMMIT_REMOTE_NAME", o.remoteName());
        env.put("PRE_COMMIT_REMOTE_URL", o.remoteUrl());
      }
      putIf(env, "PRE_COMMIT_CHECKOUT_TYPE", o.checkoutType());
      putIf(env, "PRE_COMMIT_IS_SQUASH_MERGE", o.isSquashMerge());
      putIf(env, "PRE_COMMIT_REWRITE_COMMAND", o.rewriteCommand());
      env.put("PRE_COMMIT", "1");
      return env;
    }

    private static void putIf(Map<String, String> env, String key, String value) {
      if (value != null && !value.isEmpty()) {
        env.put(key, value);
      }
    }
  }
}
