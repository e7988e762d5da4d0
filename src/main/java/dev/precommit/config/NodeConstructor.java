package dev.precommit.config;

import dev.precommit.config.YamlNode.Entry;
import dev.precommit.config.YamlNode.Mapping;
import dev.precommit.config.YamlNode.Scalar;
import dev.precommit.config.YamlNode.Sequence;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PyYAML's {@code SafeConstructor}. Collections are created empty and filled later, round by round,
 * as PyYAML's generator-based constructors do: this decides which error is reported first when a
 * document has several, and lets self-referencing anchors build cyclic values.
 */
final class NodeConstructor {
  private static final String RECURSION = "maximum recursion depth exceeded";

  private final Map<YamlNode, Object> constructed = new IdentityHashMap<>();
  private List<Filler> pending = new ArrayList<>();
  private final long mergeBudget;
  private long mergedEntries;
  private int depth;

  private interface Filler {
    void fill() throws YamlException;
  }

  NodeConstructor(long mergeBudget) {
    this.mergeBudget = mergeBudget;
  }

  Object constructDocument(YamlNode root) throws YamlException {
    Object data = construct(root);
    while (!pending.isEmpty()) {
      List<Filler> round = pending;
      pending = new ArrayList<>();
      for (Filler filler : round) {
        filler.fill();
      }
    }
    return data;
  }

  private Object construct(YamlNode node) throws YamlException {
    if (constructed.containsKey(node)) {
      return constructed.get(node);
    }
    Object data = constructNew(node);
    constructed.put(node, data);
    return data;
  }

  private Object constructNew(YamlNode node) throws YamlException {
    String tag = node.tag;
    String name = tag.startsWith(YamlNode.PREFIX) ? tag.substring(YamlNode.PREFIX.length()) : "";
    switch (name) {
      case "null":
        scalarText(node);
        return null;
      case "bool":
        return ScalarConstructor.bool(scalarText(node));
      case "int":
        return ScalarConstructor.integer(scalarText(node));
      case "float":
        return ScalarConstructor.floating(scalarText(node));
      case "str":
        return scalarText(node);
      case "binary":
        try {
          return ScalarConstructor.binary(scalarText(node));
        } catch (YamlException e) {
          throw YamlException.marked(null, null, e.getMessage(), node.mark);
        }
      case "timestamp":
        scalarText(node);
        if (!(node instanceof Scalar scalar)) {
          // PyYAML matches its regex against node.value, a list for a mapping node.
          throw new YamlException("expected string or bytes-like object, got 'list'");
        }
        return ScalarConstructor.timestamp(scalar.value);
      case "seq":
        List<Object> list = new ArrayList<>();
        pending.add(() -> list.addAll(sequenceItems(node)));
        return list;
      case "map":
        Map<Object, Object> map = new LinkedHashMap<>();
        pending.add(() -> fillMapping(node, map));
        return map;
      case "set":
        Set<Object> set = new LinkedHashSet<>();
        pending.add(
            () -> {
              Map<Object, Object> keys = new LinkedHashMap<>();
              fillMapping(node, keys);
              set.addAll(keys.keySet());
            });
        return set;
      case "omap":
      case "pairs":
        List<Object> pairs = new ArrayList<>();
        String what = name.equals("omap") ? "an ordered map" : "pairs";
        pending.add(() -> fillPairs(node, pairs, "while constructing " + what));
        return pairs;
      default:
        throw YamlException.marked(
            null,
            null,
            "could not determine a constructor for the tag " + PythonRepr.repr(tag),
            node.mark);
    }
  }

  /** {@code SafeConstructor.construct_scalar}: a mapping stands for its {@code =} value. */
  private String scalarText(YamlNode node) throws YamlException {
    if (node instanceof Mapping mapping) {
      for (Entry entry : mapping.entries) {
        if (YamlNode.VALUE.equals(entry.key().tag)) {
          enter();
          String text = scalarText(entry.value());
          depth--;
          return text;
        }
      }
    }
    if (node instanceof Scalar scalar) {
      return scalar.value;
    }
    throw YamlException.marked(
        null, null, "expected a scalar node, but found " + node.kind(), node.mark);
  }

  private List<Object> sequenceItems(YamlNode node) throws YamlException {
    if (!(node instanceof Sequence sequence)) {
      throw YamlException.marked(
          null, null, "expected a sequence node, but found " + node.kind(), node.mark);
    }
    List<Object> items = new ArrayList<>(sequence.items.size());
    for (YamlNode item : sequence.items) {
      items.add(construct(item));
    }
    return items;
  }

  private void fillMapping(YamlNode node, Map<Object, Object> into) throws YamlException {
    if (!(node instanceof Mapping mapping)) {
      throw YamlException.marked(
          null, null, "expected a mapping node, but found " + node.kind(), node.mark);
    }
    flatten(mapping);
    // Python dict keys compare by value across int, float and bool (1 == 1.0 == True); the
    // first key object is kept, the last value wins.
    Map<Object, Object> firstKeys = new HashMap<>();
    for (Entry entry : mapping.entries) {
      Object key = construct(entry.key());
      if (key instanceof List || key instanceof Map || key instanceof Set) {
        throw YamlException.marked(
            "while constructing a mapping", node.mark, "found unhashable key", entry.key().mark);
      }
      Object value = construct(entry.value());
      Object existing = firstKeys.putIfAbsent(equalityKey(key), key);
      into.put(existing == null ? key : existing, value);
    }
  }

  private void fillPairs(YamlNode node, List<Object> into, String context) throws YamlException {
    if (!(node instanceof Sequence sequence)) {
      throw YamlException.marked(
          context, node.mark, "expected a sequence, but found " + node.kind(), node.mark);
    }
    for (YamlNode item : sequence.items) {
      if (!(item instanceof Mapping mapping)) {
        throw YamlException.marked(
            context,
            node.mark,
            "expected a mapping of length 1, but found " + item.kind(),
            item.mark);
      }
      if (mapping.entries.size() != 1) {
        throw YamlException.marked(
            context,
            node.mark,
            "expected a single mapping item, but found " + mapping.entries.size() + " items",
            item.mark);
      }
      Entry entry = mapping.entries.get(0);
      Object key = construct(entry.key());
      into.add(new YamlPair(key, construct(entry.value())));
    }
  }

  /**
   * {@code SafeConstructor.flatten_mapping}: merge keys are removed and the merged entries put
   * first, so explicit keys win; within a list of merged maps the earlier map wins.
   */
  private void flatten(Mapping node) throws YamlException {
    enter();
    List<Entry> merge = new ArrayList<>();
    int index = 0;
    while (index < node.entries.size()) {
      Entry entry = node.entries.get(index);
      if (YamlNode.MERGE.equals(entry.key().tag)) {
        node.entries.remove(index);
        if (entry.value() instanceof Mapping merged) {
          flatten(merged);
          addMerged(merge, merged.entries);
        } else if (entry.value() instanceof Sequence list) {
          List<List<Entry>> submerge = new ArrayList<>();
          for (YamlNode item : list.items) {
            if (!(item instanceof Mapping merged)) {
              throw YamlException.marked(
                  "while constructing a mapping",
                  node.mark,
                  "expected a mapping for merging, but found " + item.kind(),
                  item.mark);
            }
            flatten(merged);
            submerge.add(merged.entries);
          }
          Collections.reverse(submerge);
          for (List<Entry> entries : submerge) {
            addMerged(merge, entries);
          }
        } else {
          throw YamlException.marked(
              "while constructing a mapping",
              node.mark,
              "expected a mapping or list of mappings for merging, but found "
                  + entry.value().kind(),
              entry.value().mark);
        }
      } else {
        if (YamlNode.VALUE.equals(entry.key().tag)) {
          entry.key().tag = YamlNode.STR;
        }
        index++;
      }
    }
    if (!merge.isEmpty()) {
      merge.addAll(node.entries);
      node.entries = merge;
    }
    depth--;
  }

  private void addMerged(List<Entry> merge, List<Entry> entries) throws YamlException {
    mergedEntries += entries.size();
    if (mergedEntries > mergeBudget) {
      throw new YamlException(
          "merge keys copy more than " + mergeBudget + " entries (possible merge-key bomb)");
    }
    merge.addAll(entries);
  }

  /** Python's RecursionError stands in for the stack overflow we must never hit. */
  private void enter() throws YamlException {
    if (++depth > YamlLoader.MAX_DEPTH) {
      throw new YamlException(RECURSION);
    }
  }

  /** What Python's {@code ==}/{@code hash} see in a dict key. */
  static Object equalityKey(Object key) {
    if (key instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    if (key instanceof BigInteger big) {
      return PythonNumbers.normalize(big);
    }
    if (key instanceof Double d && !d.isNaN() && !d.isInfinite() && d == Math.rint(d)) {
      return PythonNumbers.normalize(new BigDecimal(d).toBigInteger());
    }
    if (key instanceof YamlTimestamp timestamp) {
      return timestamp.equalityKey();
    }
    return key;
  }
}
