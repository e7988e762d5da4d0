package dev.precommit.git;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code url.<base>.insteadOf} as git applies it: the longest matching prefix wins. The rules are
 * read with {@code git config}, so global, system and {@code GIT_CONFIG_*} settings all count.
 */
final class InsteadOf {
  private InsteadOf() {}

  record Rule(String base, String prefix) {}

  static List<Rule> rules(Path cwd, Map<String, String> env) {
    GitCli.Output out =
        new GitCli(cwd, env).run("config", "--get-regexp", "-z", "^url\\..*\\.insteadof$");
    List<Rule> rules = new ArrayList<>();
    for (String entry : new String(out.stdout(), StandardCharsets.UTF_8).split("\u0000")) {
      int newline = entry.indexOf('\n');
      if (newline < 0) {
        continue;
      }
      String key = entry.substring(0, newline);
      String base = key.substring("url.".length(), key.length() - ".insteadof".length());
      rules.add(new Rule(base, entry.substring(newline + 1)));
    }
    return rules;
  }

  static String rewrite(String url, List<Rule> rules) {
    Rule best = null;
    for (Rule rule : rules) {
      if (url.startsWith(rule.prefix())
          && (best == null || rule.prefix().length() > best.prefix().length())) {
        best = rule;
      }
    }
    return best == null ? url : best.base() + url.substring(best.prefix().length());
  }
}
