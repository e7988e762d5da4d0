package dev.precommit.config;

import dev.precommit.config.YamlException.Mark;
import java.util.ArrayList;
import java.util.List;

/**
 * A composed node, as in PyYAML's {@code yaml.nodes}. Deliberately mutable and compared by
 * identity: anchors share nodes, and merge-key flattening rewrites mapping entries in place.
 */
abstract sealed class YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {
  static final String PREFIX = "tag:yaml.org,2002:";
  static final String STR = PREFIX + "str";
  static final String SEQ = PREFIX + "seq";
  static final String MAP = PREFIX + "map";
  static final String MERGE = PREFIX + "merge";
  static final String VALUE = PREFIX + "value";

  String tag;
  final Mark mark;

  private YamlNode(String tag, Mark mark) {
    this.tag = tag;
    this.mark = mark;
  }

  /** PyYAML's {@code node.id}, used in constructor messages. */
  abstract String kind();

  static final class Scalar extends YamlNode {
    final String value;

    Scalar(String tag, String value, Mark mark) {
      super(tag, mark);
      this.value = value;
    }

    @Override
    String kind() {
      return "scalar";
    }
  }

  static final class Sequence extends YamlNode {
    final List<YamlNode> items = new ArrayList<>();

    Sequence(String tag, Mark mark) {
      super(tag, mark);
    }

    @Override
    String kind() {
      return "sequence";
    }
  }

  static final class Mapping extends YamlNode {
    List<Entry> entries = new ArrayList<>();

    Mapping(String tag, Mark mark) {
      super(tag, mark);
    }

    @Override
    String kind() {
      return "mapping";
    }
  }

  /** One key/value pair of a mapping node. */
  record Entry(YamlNode key, YamlNode value) {}
}
