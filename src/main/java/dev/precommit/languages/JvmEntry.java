package dev.precommit.languages;

import dev.precommit.errors.FatalError;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A {@code language: jvm} entry, read like the rest of a {@code java} command line after the class
 * path: JVM options, the main class (or the artifactId of a dependency, meaning its jar's {@code
 * Main-Class}), then the tool's arguments.
 */
record JvmEntry(List<String> jvmOptions, String main, List<String> arguments) {
  /** Options whose value is the next word when not written {@code --option=value}. */
  private static final Set<String> TAKES_VALUE =
      Set.of(
          "--add-exports",
          "--add-opens",
          "--add-modules",
          "--add-reads",
          "--enable-native-access",
          "--limit-modules");

  /** Options that would take the class path or the main class away from the dependencies. */
  private static final Set<String> FORBIDDEN =
      Set.of("-cp", "-classpath", "--class-path", "-jar", "-m", "--module", "-p", "--module-path");

  /** Options that would conflict with the launcher's own class archive. */
  private static final List<String> CLASS_SHARING =
      List.of("-Xshare", "SharedArchiveFile", "ArchiveClassesAtExit", "AOTCache", "AOTMode");

  /** True when the entry's options set up class sharing: the launcher then adds no archive. */
  boolean managesClassSharing() {
    return jvmOptions.stream()
        .anyMatch(o -> o.startsWith("-X") && CLASS_SHARING.stream().anyMatch(o::contains));
  }

  static JvmEntry parse(String hookId, List<String> words) {
    List<String> options = new ArrayList<>();
    int i = 0;
    while (i < words.size() && words.get(i).startsWith("-")) {
      String word = words.get(i);
      String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
      if (FORBIDDEN.contains(name)) {
        throw new FatalError(
            "hook `"
                + hookId
                + "`: `"
                + word
                + "` is not allowed in a `language: jvm` entry (the class path is the"
                + " additional_dependencies)");
      }
      options.add(word);
      if (TAKES_VALUE.contains(word) && i + 1 < words.size()) {
        options.add(words.get(++i));
      }
      i++;
    }
    if (i == words.size()) {
      throw new FatalError(
          "hook `"
              + hookId
              + "`: a `language: jvm` entry needs a main class (or a dependency's artifactId)"
              + " after the JVM options");
    }
    return new JvmEntry(
        List.copyOf(options), words.get(i), List.copyOf(words.subList(i + 1, words.size())));
  }
}
