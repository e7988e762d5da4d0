package dev.precommit.commands;

import dev.precommit.config.ConfigLoader;
import dev.precommit.git.GitRepository;
import dev.precommit.git.ScratchGit;
import dev.precommit.output.Console;
import dev.precommit.output.UrlCredentials;
import dev.precommit.repository.HookFactory;
import dev.precommit.repository.HookRepositories;
import dev.precommit.run.RunOptions;
import dev.precommit.run.RunPipeline;
import dev.precommit.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code try-repo REPO [HOOK]}: run a hook repository's hooks without adding it to the config, from
 * a throwaway store. A local repository's uncommitted changes are included through a shadow commit,
 * as pre-commit does.
 */
public final class TryRepo {
  private TryRepo() {}

  public static int run(
      CommandContext ctx, Console console, String repo, String ref, RunOptions options)
      throws InterruptedException {
    Path temp;
    try {
      temp = Files.createTempDirectory("precommit-try-repo");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (GitRepository git = GitRepository.discover(ctx.cwd(), ctx.env())) {
      Path local = ctx.cwd().resolve(repo);
      String source =
          Files.isDirectory(local) ? local.toAbsolutePath().normalize().toString() : repo;
      String rev = ref;
      if (rev == null) {
        ScratchGit scratch = new ScratchGit(ctx.env());
        rev = scratch.headRev(source);
        if (Files.isDirectory(local) && scratch.hasUncommittedChanges(local)) {
          console.warning("Creating temporary repo with uncommitted changes...");
          Path shadow = temp.resolve("shadow-repo");
          rev = scratch.shadowCommit(local, shadow, rev);
          source = shadow.toString();
        }
      }
      Store store = new Store(temp);
      List<String> ids = new ArrayList<>();
      if (options.hook() != null) {
        ids.add(options.hook());
      } else {
        Path checkout =
            new HookRepositories(store, git.root(), ctx.env(), console)
                .checkout(source, rev, List.of());
        Path manifest = checkout.resolve(HookFactory.MANIFEST_FILE);
        for (Map<String, Object> hook :
            ConfigLoader.loadManifest(manifest, manifest.toString(), console::warning)) {
          ids.add((String) hook.get("id"));
        }
        ids.sort(Comparator.naturalOrder());
      }
      StringBuilder config =
          new StringBuilder("repos:\n-   repo: ")
              .append(source)
              .append("\n    rev: ")
              .append(rev)
              .append("\n    hooks:\n");
      for (String id : ids) {
        config.append("    -   id: ").append(id).append('\n');
      }
      Path configFile = temp.resolve(".pre-commit-config.yaml");
      Files.writeString(configFile, config, StandardCharsets.UTF_8);
      String rule = "=".repeat(79);
      console.writeLine(rule);
      console.writeLine("Using config:");
      console.writeLine(rule);
      console.write(UrlCredentials.hide(config.toString()));
      console.writeLine(rule);
      return new RunPipeline(git, ctx.env(), console, ctx.stdout(), temp)
          .run(configFile.toString(), options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        Store.delete(temp);
      } catch (IOException e) {
        // a leftover temporary directory is harmless
      }
    }
  }
}
