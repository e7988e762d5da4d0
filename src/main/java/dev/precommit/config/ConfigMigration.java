package dev.precommit.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * pre-commit 4.x's {@code migrate-config} text transformations. Rewrites are surgical: only the
 * affected scalars change, keeping comments, quoting and layout.
 *
 * <ul>
 *   <li>a legacy top-level list gets a {@code repos:} key (indenting it if needed)
 *   <li>{@code sha:} becomes {@code rev:}
 *   <li>{@code language: python_venv} becomes {@code python}
 *   <li>stage names {@code commit}, {@code push}, {@code merge-commit} get their {@code pre-}
 * </ul>
 */
public final class ConfigMigration {
  private ConfigMigration() {}

  /** Returns the migrated text (equal to the input when nothing needed migrating). */
  public static String migrate(String contents) throws YamlException {
    YamlLoader.load(contents);
    return migrateComposed(migrateMap(contents));
  }

  private static boolean isHeaderLine(String line) {
    return line.startsWith("#") || line.startsWith("---") || line.isBlank();
  }

  private static String migrateMap(String contents) throws YamlException {
    if (!(YamlLoader.load(contents) instanceof List)) {
      return contents;
    }
    List<String> lines = splitLinesKeepEnds(contents);
    int i = 0;
    while (i < lines.size() && isHeaderLine(lines.get(i))) {
      i++;
    }
    String header = String.join("", lines.subList(0, i));
    String rest = String.join("", lines.subList(i, lines.size()));
    String trial = header + "repos:\n" + rest;
    try {
      YamlLoader.load(trial);
      return trial;
    } catch (YamlException e) {
      StringBuilder indented = new StringBuilder();
      for (String line : splitLinesKeepEnds(rest)) {
        indented.append(line.isBlank() ? line : "    " + line);
      }
      return header + "repos:\n" + indented;
    }
  }

  private record Rewrite(int start, int end, String replacement) {}

  private static String migrateComposed(String contents) {
    Optional<Node> root =
        new Compose(LoadSettings.builder().setAllowDuplicateKeys(true).build())
            .composeString(contents);
    if (root.isEmpty() || !(root.get() instanceof MappingNode top)) {
      return contents;
    }
    List<Rewrite> rewrites = new ArrayList<>();
    for (NodeTuple entry : top.getValue()) {
      String key = scalar(entry.getKeyNode());
      if ("default_stages".equals(key)) {
        stages(contents, entry.getValueNode(), rewrites);
      } else if ("repos".equals(key) && entry.getValueNode() instanceof SequenceNode repos) {
        for (Node repo : repos.getValue()) {
          if (repo instanceof MappingNode repoMap) {
            repo(contents, repoMap, rewrites);
          }
        }
      }
    }
    rewrites.sort(Comparator.comparingInt(Rewrite::start).reversed());
    StringBuilder out = new StringBuilder(contents);
    for (Rewrite r : rewrites) {
      out.replace(r.start(), r.end(), r.replacement());
    }
    return out.toString();
  }

  private static void repo(String text, MappingNode repo, List<Rewrite> rewrites) {
    for (NodeTuple entry : repo.getValue()) {
      String key = scalar(entry.getKeyNode());
      if ("sha".equals(key)) {
        replace(text, (ScalarNode) entry.getKeyNode(), "rev", rewrites);
      } else if ("hooks".equals(key) && entry.getValueNode() instanceof SequenceNode hooks) {
        for (Node hook : hooks.getValue()) {
          if (hook instanceof MappingNode hookMap) {
            for (NodeTuple h : hookMap.getValue()) {
              String hookKey = scalar(h.getKeyNode());
              if ("language".equals(hookKey) && "python_venv".equals(scalar(h.getValueNode()))) {
                replace(text, (ScalarNode) h.getValueNode(), "python", rewrites);
              } else if ("stages".equals(hookKey)) {
                stages(text, h.getValueNode(), rewrites);
              }
            }
          }
        }
      }
    }
  }

  private static void stages(String text, Node node, List<Rewrite> rewrites) {
    if (!(node instanceof SequenceNode seq)) {
      return;
    }
    for (Node stage : seq.getValue()) {
      String value = scalar(stage);
      if (value != null && Stages.LEGACY.containsKey(value)) {
        replace(text, (ScalarNode) stage, Stages.LEGACY.get(value), rewrites);
      }
    }
  }

  private static String scalar(Node node) {
    return node instanceof ScalarNode s ? s.getValue() : null;
  }

  /** Replaces a scalar's source text, keeping its quote style. */
  private static void replace(String text, ScalarNode node, String value, List<Rewrite> out) {
    Optional<Mark> start = node.getStartMark();
    Optional<Mark> end = node.getEndMark();
    if (start.isEmpty() || end.isEmpty()) {
      return;
    }
    String quote =
        node.getScalarStyle() == ScalarStyle.SINGLE_QUOTED
            ? "'"
            : node.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED ? "\"" : "";
    int from = text.offsetByCodePoints(0, start.get().getIndex());
    int to = text.offsetByCodePoints(0, end.get().getIndex());
    out.add(new Rewrite(from, to, quote + value + quote));
  }

  static List<String> splitLinesKeepEnds(String s) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\n') {
        lines.add(s.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < s.length()) {
      lines.add(s.substring(start));
    }
    return lines;
  }
}
