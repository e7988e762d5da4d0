package dev.precommit.commands;

import dev.precommit.config.Config;
import dev.precommit.config.ConfigLoader;
import dev.precommit.config.RepoConfig;
import dev.precommit.config.RevLines;
import dev.precommit.errors.FatalError;
import dev.precommit.git.GitRepository;
import dev.precommit.git.RemoteRevisions;
import dev.precommit.output.Console;
import dev.precommit.output.UrlCredentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code autoupdate}: move every remote repository's {@code rev} to its newest tag (or HEAD with
 * {@code --bleeding-edge}), refusing updates that would lose a configured hook, and rewrite only
 * the {@code rev:} lines of the config.
 */
public final class Autoupdate {
  private Autoupdate() {}

  public record Request(
      String config,
      boolean bleedingEdge,
      boolean freeze,
      List<String> repos,
      int jobs,
      int cooldownDays) {}

  private record Outcome(
      int index, String repo, String oldRev, RevLines.NewRev update, String error) {}

  public static int run(CommandContext ctx, Console console, Request request)
      throws InterruptedException {
    try (GitRepository git = GitRepository.discover(ctx.cwd(), ctx.env())) {
      String display = RepoPaths.ifExists(request.config(), ctx.cwd(), git.root());
      Path file = git.root().resolve(display);
      MigrateConfig.run(ctx, console, request.config(), true);
      Config config = ConfigLoader.loadConfig(file, display, console::warning);
      List<RepoConfig> remotes =
          config.repos().stream()
              .filter(r -> !r.isLocal() && !r.isMeta() && !r.isBuiltin())
              .toList();
      Set<String> missing = new TreeSet<>(request.repos());
      remotes.forEach(r -> missing.remove(r.repo()));
      if (!missing.isEmpty()) {
        say(console, "repos (" + String.join(", ", missing) + ") were not found in " + display);
        return 1;
      }
      List<RevLines.NewRev> updates = new ArrayList<>(Collections.nCopies(remotes.size(), null));
      int code = 0;
      boolean changed = false;
      int jobs =
          Math.max(
              1,
              Math.min(
                  request.jobs() == 0 ? Runtime.getRuntime().availableProcessors() : request.jobs(),
                  request.repos().isEmpty() ? remotes.size() : request.repos().size()));
      ExecutorService pool = Executors.newFixedThreadPool(jobs);
      try {
        ExecutorCompletionService<Outcome> done = new ExecutorCompletionService<>(pool);
        int submitted = 0;
        for (int i = 0; i < remotes.size(); i++) {
          RepoConfig repo = remotes.get(i);
          if (request.repos().isEmpty() || request.repos().contains(repo.repo())) {
            int index = i;
            done.submit(() -> updateOne(index, repo, request, ctx.env()));
            submitted++;
          }
        }
        for (int n = 0; n < submitted; n++) {
          Outcome outcome = done.take().get();
          if (outcome.error() != null) {
            say(console, outcome.error());
            code = 1;
          } else if (outcome.update() == null || outcome.update().rev().equals(outcome.oldRev())) {
            say(console, "[" + outcome.repo() + "] already up to date!");
          } else {
            RevLines.NewRev update = outcome.update();
            changed = true;
            updates.set(outcome.index(), update);
            say(
                console,
                "["
                    + outcome.repo()
                    + "] updating "
                    + outcome.oldRev()
                    + " -> "
                    + (update.frozen() != null ? update.frozen() + " (frozen)" : update.rev()));
          }
        }
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      } finally {
        pool.shutdownNow();
      }
      if (changed) {
        write(file, updates);
      }
      return code;
    }
  }

  /** Repository URLs are printed with their credentials hidden. */
  private static void say(Console console, String line) {
    console.writeLine(UrlCredentials.hide(line));
  }

  private static Outcome updateOne(
      int index, RepoConfig repo, Request request, Map<String, String> env) {
    try {
      RemoteRevisions.Latest latest =
          new RemoteRevisions(env)
              .latest(
                  repo.repo(),
                  !request.bleedingEdge(),
                  request.freeze(),
                  Duration.ofDays(request.cooldownDays()));
      if (latest.rev() == null) {
        return new Outcome(index, repo.repo(), repo.rev(), null, null);
      }
      Set<String> available = manifestIds(latest.manifest());
      Set<String> missingHooks = new TreeSet<>();
      for (Map<String, Object> hook : repo.hooks()) {
        if (!available.contains(hook.get("id"))) {
          missingHooks.add((String) hook.get("id"));
        }
      }
      if (!missingHooks.isEmpty()) {
        return new Outcome(
            index,
            repo.repo(),
            repo.rev(),
            null,
            "["
                + repo.repo()
                + "] Cannot update because the update target is missing these hooks: "
                + String.join(", ", missingHooks));
      }
      return new Outcome(
          index, repo.repo(), repo.rev(), new RevLines.NewRev(latest.rev(), latest.frozen()), null);
    } catch (FatalError e) {
      String message = e.getMessage();
      if (!message.startsWith("[")) {
        message = "[" + repo.repo() + "] " + message;
      }
      return new Outcome(index, repo.repo(), repo.rev(), null, message);
    }
  }

  private static Set<String> manifestIds(byte[] manifest) throws FatalError {
    Set<String> ids = new TreeSet<>();
    if (manifest == null) {
      return ids;
    }
    try {
      Path tmp = Files.createTempFile("precommit-manifest", ".yaml");
      try {
        Files.write(tmp, manifest);
        for (Map<String, Object> hook : ConfigLoader.loadManifest(tmp, tmp.toString(), w -> {})) {
          ids.add((String) hook.get("id"));
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids;
  }

  private static void write(Path file, List<RevLines.NewRev> updates) {
    try {
      String original = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      String rewritten = RevLines.rewrite(original, updates);
      if (rewritten == null) {
        throw new FatalError(
            "could not find one `rev:` line per repository in "
                + file.getFileName()
                + " (flow-style YAML?); update the revs by hand");
      }
      Files.write(file, rewritten.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
