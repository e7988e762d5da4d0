package dev.precommit.run;

import dev.precommit.hook.Hook;
import dev.precommit.identify.TagCache;
import dev.precommit.regex.InvalidPythonRegexException;
import dev.precommit.regex.PythonRegex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Chooses each hook's files: {@code files}/{@code exclude} with Python regex search semantics, then
 * the {@code types} filters. Tags and compiled patterns are computed once per run.
 */
public final class Classifier {
  private final Path root;
  private final List<String> filenames;
  private final TagCache tags;
  private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

  /** Keeps the names that exist (broken symlinks included), as pre-commit's Classifier. */
  public Classifier(Path root, List<String> filenames, TagCache tags) {
    this.root = root;
    this.tags = tags;
    List<String> existing = new ArrayList<>();
    for (String name : filenames) {
      if (Files.exists(root.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
        existing.add(name);
      }
    }
    this.filenames = List.copyOf(existing);
  }

  /**
   * Computes the tags of these files on all cores, at the moment pre-commit would compute them one
   * by one (when the first hook that needs them is classified). A file that cannot be classified is
   * left for the in-order pass, which reports it exactly where pre-commit would.
   */
  private void prefetchTags(List<String> names) {
    if (names.size() < 64) {
      return;
    }
    names.parallelStream()
        .forEach(
            name -> {
              try {
                tags.tags(name);
              } catch (IOException | RuntimeException e) {
                // reported by byTypes, in order
              }
            });
  }

  /** Applies the top-level {@code files}/{@code exclude} first. */
  public static Classifier fromConfig(
      Path root, List<String> filenames, String include, String exclude, TagCache tags) {
    Classifier unfiltered = new Classifier(root, List.of(), tags);
    return new Classifier(
        root, unfiltered.filterByIncludeExclude(filenames, include, exclude), tags);
  }

  public List<String> filenames() {
    return filenames;
  }

  public List<String> filenamesFor(Hook hook) {
    List<String> candidates = filterByIncludeExclude(filenames, hook.files(), hook.exclude());
    prefetchTags(candidates);
    return byTypes(candidates, hook.types(), hook.typesOr(), hook.excludeTypes());
  }

  public List<String> filterByIncludeExclude(List<String> names, String include, String exclude) {
    // the defaults: '' finds a match in every name and '^$' in none (no path is empty)
    if (include.isEmpty() && exclude.equals("^$")) {
      return names;
    }
    Pattern in = pattern(include);
    Pattern out = pattern(exclude);
    List<String> kept = new ArrayList<>();
    for (String name : names) {
      if (in.matcher(name).find() && !out.matcher(name).find()) {
        kept.add(name);
      }
    }
    return kept;
  }

  public List<String> byTypes(
      List<String> names, List<String> types, List<String> typesOr, List<String> excludeTypes) {
    List<String> kept = new ArrayList<>();
    for (String name : names) {
      Set<String> fileTags = tagsOf(name);
      if (fileTags.containsAll(types)
          && (typesOr.isEmpty() || containsAny(fileTags, typesOr))
          && !containsAny(fileTags, excludeTypes)) {
        kept.add(name);
      }
    }
    return kept;
  }

  /** A loop, not a stream: this runs for every file and every hook. */
  private static boolean containsAny(Set<String> tags, List<String> wanted) {
    for (String tag : wanted) {
      if (tags.contains(tag)) {
        return true;
      }
    }
    return false;
  }

  public Pattern pattern(String regex) {
    return patterns.computeIfAbsent(
        regex,
        r -> {
          try {
            return PythonRegex.compile(r);
          } catch (InvalidPythonRegexException e) {
            // the config validator already compiled every pattern
            throw new IllegalStateException(e);
          }
        });
  }

  private Set<String> tagsOf(String name) {
    try {
      return tags.tags(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
