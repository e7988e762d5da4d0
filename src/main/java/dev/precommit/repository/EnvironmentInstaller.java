package dev.precommit.repository;

import dev.precommit.git.UrlMask;
import dev.precommit.hook.Hook;
import dev.precommit.languages.Host;
import dev.precommit.languages.Language;
import dev.precommit.languages.Languages;
import dev.precommit.output.Console;
import dev.precommit.output.InstallProgress;
import dev.precommit.process.ProcessRunner;
import dev.precommit.store.Store;
import dev.precommit.store.StoreLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * pre-commit's {@code install_hook_envs}: each distinct (prefix, language, language_version,
 * additional_dependencies) gets one environment inside the hook's store entry. An environment is
 * ready when its marker exists and its health check passes; otherwise it is (re)built under the
 * store lock, after checking again in case another process built it meanwhile. The marker is
 * written last and a failed or interrupted install removes its directory, so a half-built
 * environment is never used.
 */
public final class EnvironmentInstaller {
  static final String STATE_V1 = ".install_state_v1";
  static final String STATE_V2 = ".install_state_v2";

  private final Store store;
  private final Console console;
  private final Host host;
  private final InstallProgress progress;

  public EnvironmentInstaller(
      Store store, Map<String, String> env, Console console, ProcessRunner runner) {
    this(store, env, console, runner, InstallProgress.none());
  }

  /**
   * @param progress what a terminal shows while installs run (closed by the caller)
   */
  public EnvironmentInstaller(
      Store store,
      Map<String, String> env,
      Console console,
      ProcessRunner runner,
      InstallProgress progress) {
    this.store = store;
    this.console = console;
    this.host = new Host(env, runner, store.root().resolve("languages"));
    this.progress = progress;
  }

  private record InstallKey(
      Path prefix, String language, String version, List<String> dependencies) {
    static InstallKey of(Hook hook) {
      return new InstallKey(
          hook.prefix(), hook.language(), hook.languageVersion(), hook.additionalDependencies());
    }
  }

  /**
   * Makes sure every hook's environment is installed and healthy. Environments are installed in
   * parallel (see {@link ParallelInstalls}); the output is that of installing them one by one in
   * config order.
   */
  public void install(List<Hook> hooks) throws InterruptedException {
    if (needInstall(hooks).isEmpty()) {
      return;
    }
    try (StoreLock lock = StoreLock.acquire(store.root(), console::info)) {
      List<Hook> need = needInstall(hooks);
      if (need.size() == 1) {
        announce(need.get(0));
        installOne(need.get(0));
      } else {
        new ParallelInstalls(need, this::announce, this::installOne).run();
      }
    }
  }

  /** pre-commit's three lines before each install. */
  private void announce(Hook hook) {
    progress.above(
        () -> {
          console.info("Installing environment for " + UrlMask.mask(hook.src()) + ".");
          console.info("Once installed this environment will be reused.");
          console.info("This may take a few minutes...");
        });
  }

  private List<Hook> needInstall(List<Hook> hooks) throws InterruptedException {
    Set<InstallKey> seen = new HashSet<>();
    List<Hook> need = new ArrayList<>();
    for (Hook hook : hooks) {
      if (!hook.isMeta() && seen.add(InstallKey.of(hook)) && !installed(hook)) {
        need.add(hook);
      }
    }
    return need;
  }

  private boolean installed(Hook hook) throws InterruptedException {
    Language language = Languages.get(hook.language());
    if (language.environmentDir() == null) {
      return true;
    }
    Path envDir = language.environmentPath(hook.prefix(), hook.languageVersion());
    return Files.exists(envDir.resolve(STATE_V2))
        && language.healthCheck(hook.prefix(), hook.languageVersion(), host) == null;
  }

  private void installOne(Hook hook) throws InterruptedException {
    String label = hook.language() + " " + UrlMask.mask(hook.src());
    progress.started(label);
    try {
      build(hook);
    } finally {
      progress.finished(label);
    }
  }

  private void build(Hook hook) throws InterruptedException {
    Language language = Languages.get(hook.language());
    Path envDir = language.environmentPath(hook.prefix(), hook.languageVersion());
    // an earlier install may have been cut short
    delete(envDir);
    Thread cleanup = new Thread(() -> deleteQuietly(envDir), "precommit-env-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
    boolean done = false;
    try {
      language.installEnvironment(
          hook.prefix(), hook.languageVersion(), hook.additionalDependencies(), host);
      String health = language.healthCheck(hook.prefix(), hook.languageVersion(), host);
      if (health != null) {
        throw new IllegalStateException(
            "BUG: expected environment for "
                + hook.language()
                + " to be healthy immediately after install, please open an issue describing"
                + " your environment\n\nmore info:\n\n"
                + health);
      }
      writeState(envDir, hook.additionalDependencies());
      done = true;
    } finally {
      if (!done) {
        deleteQuietly(envDir);
      }
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException shuttingDown) {
        // the cleanup hook is already running
      }
    }
  }

  /** pre-commit's state files: the v1 JSON through a staging file, then v2 as the last write. */
  private static void writeState(Path envDir, List<String> dependencies) {
    StringBuilder json = new StringBuilder("{\"additional_dependencies\": [");
    for (int i = 0; i < dependencies.size(); i++) {
      json.append(i > 0 ? ", " : "").append(jsonString(dependencies.get(i)));
    }
    json.append("]}");
    try {
      Path v1 = envDir.resolve(STATE_V1);
      Path staging = envDir.resolve(STATE_V1 + "staging");
      Files.writeString(staging, json, StandardCharsets.UTF_8);
      Files.move(staging, v1, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      Files.write(envDir.resolve(STATE_V2), new byte[0]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String jsonString(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static void delete(Path dir) {
    try {
      Store.delete(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path dir) {
    try {
      Store.delete(dir);
    } catch (IOException | RuntimeException e) {
      // best effort: without its marker the directory is never used and is removed next time
    }
  }
}
