package dev.precommit.commands;

import dev.precommit.catalog.Catalog;
import dev.precommit.config.Config;
import dev.precommit.config.ConfigLoader;
import dev.precommit.config.RepoConfig;
import dev.precommit.errors.FatalError;
import dev.precommit.output.Console;
import dev.precommit.repository.HookFactory;
import dev.precommit.repository.HookRepositories;
import dev.precommit.store.Store;
import dev.precommit.store.StoreLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code gc}: removes store entries no recorded config uses any more. Configs that vanished or no
 * longer load are forgotten first, as pre-commit does.
 */
public final class Gc {
  private Gc() {}

  public static int run(CommandContext ctx, Console console) {
    Store store = new Store(ctx.storeDirectory());
    int removed = 0;
    if (Files.isDirectory(store.root())) {
      try (StoreLock lock = StoreLock.acquire(store.root(), console::info)) {
        Set<String> used = new HashSet<>();
        for (Path[] record : store.recordedConfigs()) {
          if (!markUsed(store, record[0], used)) {
            Files.deleteIfExists(record[1]);
          }
        }
        for (String key : store.keys()) {
          if (!used.contains(key)) {
            store.remove(key);
            removed++;
          }
        }
        Store.delete(store.root().resolve("tmp"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    console.writeLine(removed + " repo(s) removed.");
    return 0;
  }

  /** Marks the entries one config uses; false if the config is gone or invalid. */
  private static boolean markUsed(Store store, Path configPath, Set<String> used) {
    Config config;
    try {
      config = ConfigLoader.loadConfig(configPath, configPath.toString(), warning -> {});
    } catch (FatalError e) {
      return false;
    }
    for (RepoConfig repo : config.repos()) {
      if (repo.isLocal()) {
        // local hooks with an environment share an entry per dependency list
        for (Map<String, Object> hook : repo.hooks()) {
          Object deps = hook.getOrDefault("additional_dependencies", List.of());
          used.add(
              HookRepositories.localKey(((List<?>) deps).stream().map(String::valueOf).toList()));
        }
        continue;
      }
      if (repo.isBuiltin()) {
        // the catalog's JVM hooks keep their tools in the local entry of their dependency list
        Map<String, List<String>> catalogDeps = builtinDependencies();
        for (Map<String, Object> hook : repo.hooks()) {
          Object deps =
              hook.getOrDefault(
                  "additional_dependencies", catalogDeps.getOrDefault(hook.get("id"), List.of()));
          List<String> list = ((List<?>) deps).stream().map(String::valueOf).toList();
          if (!list.isEmpty()) {
            used.add(HookRepositories.localKey(list));
          }
        }
        continue;
      }
      if (repo.isMeta()) {
        continue;
      }
      String key = Store.key(repo.repo(), repo.rev(), List.of());
      if (store.entry(key).isEmpty()) {
        continue;
      }
      used.add(key);
      Map<String, List<String>> manifestDeps = manifestDependencies(store.entryDir(key));
      for (Map<String, Object> hook : repo.hooks()) {
        String id = (String) hook.get("id");
        if (!manifestDeps.containsKey(id)) {
          continue;
        }
        Object deps = hook.getOrDefault("additional_dependencies", manifestDeps.get(id));
        used.add(
            Store.key(
                repo.repo(), repo.rev(), ((List<?>) deps).stream().map(String::valueOf).toList()));
      }
    }
    return true;
  }

  private static Map<String, List<String>> builtinDependencies() {
    Map<String, List<String>> deps = new HashMap<>();
    for (Map<String, Object> hook :
        ConfigLoader.loadManifestText(Catalog.manifestText(), "builtin", warning -> {})) {
      deps.put(
          (String) hook.get("id"),
          ((List<?>) hook.get("additional_dependencies")).stream().map(String::valueOf).toList());
    }
    return deps;
  }

  private static Map<String, List<String>> manifestDependencies(Path checkout) {
    Map<String, List<String>> deps = new HashMap<>();
    Path manifest = checkout.resolve(HookFactory.MANIFEST_FILE);
    try {
      for (Map<String, Object> hook :
          ConfigLoader.loadManifest(manifest, manifest.toString(), warning -> {})) {
        deps.put(
            (String) hook.get("id"),
            ((List<?>) hook.get("additional_dependencies")).stream().map(String::valueOf).toList());
      }
    } catch (FatalError e) {
      // an unloadable manifest keeps only the base entry
    }
    return deps;
  }
}
