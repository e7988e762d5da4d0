package dev.precommit.config;

import dev.precommit.config.YamlException.Mark;
import dev.precommit.config.YamlNode.Entry;
import dev.precommit.config.YamlNode.Mapping;
import dev.precommit.config.YamlNode.Scalar;
import dev.precommit.config.YamlNode.Sequence;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Builds the node graph from snakeyaml-engine's parse events the way PyYAML's (Cython) composer
 * does: YAML 1.1 implicit tags, shared nodes for aliases, duplicate anchors refused. Iterative,
 * with a depth limit, so hostile nesting cannot overflow the stack.
 */
final class NodeComposer {
  private final Parser parser;
  private final int[] text;
  private final Map<String, YamlNode> anchors = new HashMap<>();

  /**
   * @param text the input as code points, for translating parser errors
   */
  NodeComposer(Parser parser, int[] text) {
    this.parser = parser;
    this.text = text;
  }

  /** {@code get_single_node}: the one document's root, or {@code null} for an empty stream. */
  YamlNode composeSingleDocument() throws YamlException {
    next(); // stream start
    YamlNode document = null;
    if (peek().getEventId() != Event.ID.StreamEnd) {
      document = composeDocument();
    }
    if (peek().getEventId() != Event.ID.StreamEnd) {
      Event another = next();
      throw YamlException.marked(
          "expected a single document in the stream",
          document.mark,
          "but found another document",
          mark(another));
    }
    return document;
  }

  private YamlNode composeDocument() throws YamlException {
    next(); // document start
    YamlNode root = null;
    Deque<Open> open = new ArrayDeque<>();
    do {
      Event event = next();
      YamlNode node;
      boolean opens = false;
      switch (event.getEventId()) {
        case Alias -> node = alias((AliasEvent) event);
        case Scalar -> node = scalar((ScalarEvent) event);
        case SequenceStart, MappingStart -> {
          node = collection((CollectionStartEvent) event);
          opens = true;
          if (open.size() >= YamlLoader.MAX_DEPTH) {
            throw YamlException.marked(
                null,
                null,
                "exceeded the maximum nesting depth of " + YamlLoader.MAX_DEPTH,
                node.mark);
          }
        }
        case SequenceEnd, MappingEnd -> {
          open.pop();
          continue;
        }
        default -> throw new IllegalStateException("unexpected event " + event);
      }
      if (open.isEmpty()) {
        root = node;
      } else {
        open.peek().add(node);
      }
      if (opens) {
        open.push(new Open(node));
      }
    } while (!open.isEmpty());
    next(); // document end
    anchors.clear();
    return root;
  }

  /** A collection whose end event has not arrived yet; a mapping alternates key and value. */
  private static final class Open {
    private final YamlNode node;
    private YamlNode pendingKey;

    Open(YamlNode node) {
      this.node = node;
    }

    void add(YamlNode child) {
      if (node instanceof Sequence sequence) {
        sequence.items.add(child);
      } else if (pendingKey == null) {
        pendingKey = child;
      } else {
        ((Mapping) node).entries.add(new Entry(pendingKey, child));
        pendingKey = null;
      }
    }
  }

  private YamlNode alias(AliasEvent event) throws YamlException {
    YamlNode node = anchors.get(event.getAlias().getValue());
    if (node == null) {
      throw YamlException.marked(null, null, "found undefined alias", mark(event));
    }
    return node;
  }

  private YamlNode scalar(ScalarEvent event) throws YamlException {
    String tag = event.getTag().orElse(null);
    // libyaml resolves plain untagged and `!`-tagged scalars, except the empty node that a
    // lone `!` stands for, which it marks non-implicit (so it becomes '' rather than None).
    boolean emptyNode = event.isPlain() && event.getValue().isEmpty() && tag != null;
    boolean implicit = ((tag == null && event.isPlain()) || "!".equals(tag)) && !emptyNode;
    String resolved;
    if (implicit) {
      resolved = ImplicitResolver.resolve(event.getValue());
    } else {
      resolved = tag == null || tag.equals("!") ? YamlNode.STR : tag;
    }
    return register(event, new Scalar(resolved, event.getValue(), mark(event)));
  }

  private YamlNode collection(CollectionStartEvent event) throws YamlException {
    String tag = event.getTag().filter(t -> !t.equals("!")).orElse(null);
    Mark mark = mark(event);
    YamlNode node =
        event.getEventId() == Event.ID.SequenceStart
            ? new Sequence(tag == null ? YamlNode.SEQ : tag, mark)
            : new Mapping(tag == null ? YamlNode.MAP : tag, mark);
    return register(event, node);
  }

  private YamlNode register(NodeEvent event, YamlNode node) throws YamlException {
    Optional<String> anchor = event.getAnchor().map(a -> a.getValue());
    if (anchor.isPresent()) {
      YamlNode first = anchors.putIfAbsent(anchor.get(), node);
      if (first != null) {
        throw YamlException.marked(
            "found duplicate anchor; first occurrence", first.mark, "second occurrence", node.mark);
      }
    }
    return node;
  }

  private Event next() throws YamlException {
    try {
      return parser.next();
    } catch (YamlEngineException e) {
      throw EngineErrors.translate(e, text);
    } catch (LibyamlRuleException e) {
      throw e.error();
    }
  }

  private Event peek() throws YamlException {
    try {
      return parser.peekEvent();
    } catch (YamlEngineException e) {
      throw EngineErrors.translate(e, text);
    } catch (LibyamlRuleException e) {
      throw e.error();
    }
  }

  static Mark mark(Event event) {
    return event.getStartMark().map(EngineErrors::mark).orElse(null);
  }
}
