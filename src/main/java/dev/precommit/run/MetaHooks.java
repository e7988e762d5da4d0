package dev.precommit.run;

import dev.precommit.config.Config;
import dev.precommit.config.ConfigLoader;
import dev.precommit.config.MetaHookDefaults;
import dev.precommit.config.RepoConfig;
import dev.precommit.config.YamlLoader;
import dev.precommit.errors.FatalError;
import dev.precommit.git.GitRepository;
import dev.precommit.hook.Hook;
import dev.precommit.identify.TagCache;
import dev.precommit.languages.HookOutcome;
import dev.precommit.output.Console;
import dev.precommit.repository.HookFactory;
import dev.precommit.repository.HookRepositories;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code repo: meta} hooks, run in-process. They receive the config file(s) as filenames, load
 * them again and print into the hook's captured output, like pre-commit's modules do.
 */
final class MetaHooks {
  private final GitRepository git;
  private final TagCache tags;
  private final HookRepositories repositories;

  MetaHooks(GitRepository git, TagCache tags, HookRepositories repositories) {
    this.git = git;
    this.tags = tags;
    this.repositories = repositories;
  }

  HookOutcome run(Hook hook, List<String> files) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Console console = new Console(out, false);
    List<String> targets = files.isEmpty() ? List.of(".pre-commit-config.yaml") : files;
    int code = 0;
    switch (hook.id()) {
      case MetaHookDefaults.IDENTITY:
        files.forEach(console::writeLine);
        break;
      case MetaHookDefaults.CHECK_HOOKS_APPLY:
        for (String file : targets) {
          code |= checkHooksApply(file, console);
        }
        break;
      case MetaHookDefaults.CHECK_USELESS_EXCLUDES:
        for (String file : targets) {
          code |= checkUselessExcludes(file, console);
        }
        break;
      default:
        throw new FatalError("unknown meta hook " + hook.id());
    }
    return new HookOutcome(code, out.toByteArray());
  }

  private Config load(String file, Console console) {
    return ConfigLoader.loadConfig(git.root().resolve(file), file, console::warning);
  }

  private int checkHooksApply(String file, Console console) {
    Config config = load(file, console);
    Classifier classifier =
        Classifier.fromConfig(git.root(), git.allFiles(), config.files(), config.exclude(), tags);
    int code = 0;
    for (Hook hook : new HookFactory(config, git.root(), console, repositories).allHooks()) {
      if (hook.alwaysRun() || hook.language().equals("fail")) {
        continue;
      }
      if (classifier.filenamesFor(hook).isEmpty()) {
        console.writeLine(hook.id() + " does not apply to this repository");
        code = 1;
      }
    }
    return code;
  }

  private int checkUselessExcludes(String file, Console console) {
    Config config = load(file, console);
    List<String> all = git.allFiles();
    Classifier classifier =
        Classifier.fromConfig(git.root(), all, config.files(), config.exclude(), tags);
    int code = 0;
    if (!excludeMatchesAny(classifier, all, "", config.exclude())) {
      console.writeLine(
          "The global exclude pattern "
              + YamlLoader.pythonRepr(config.exclude())
              + " does not match any files");
      code = 1;
    }
    for (RepoConfig repo : config.repos()) {
      for (Map<String, Object> hook : repo.hooks()) {
        List<String> names =
            classifier.byTypes(
                classifier.filenames(),
                strings(hook.get("types")),
                strings(hook.get("types_or")),
                strings(hook.get("exclude_types")));
        String include = (String) hook.getOrDefault("files", "");
        String exclude = (String) hook.getOrDefault("exclude", "^$");
        if (!excludeMatchesAny(classifier, names, include, exclude)) {
          console.writeLine(
              "The exclude pattern "
                  + YamlLoader.pythonRepr(exclude)
                  + " for "
                  + hook.get("id")
                  + " does not match any files");
          code = 1;
        }
      }
    }
    return code;
  }

  private static boolean excludeMatchesAny(
      Classifier classifier, List<String> names, String include, String exclude) {
    if (exclude.equals("^$")) {
      return true;
    }
    Pattern in = classifier.pattern(include);
    Pattern out = classifier.pattern(exclude);
    return names.stream().anyMatch(n -> in.matcher(n).find() && out.matcher(n).find());
  }

  private static List<String> strings(Object value) {
    return value == null ? List.of() : ((List<?>) value).stream().map(String::valueOf).toList();
  }
}
