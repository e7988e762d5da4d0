package dev.precommit.config;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Refuses loaded values that are unsafe to walk as a tree. PyYAML shares aliased objects, so a
 * "billion laughs" document or a self-containing list loads fine there, but every consumer that
 * recurses, compares or hashes the value would then do exponential work or never finish.
 */
final class ValueLimits {
  private final Map<Object, Long> sizes = new IdentityHashMap<>();
  private final Map<Object, Boolean> onPath = new IdentityHashMap<>();
  private final long maxNodes;
  private final int maxDepth;

  private ValueLimits(long maxNodes, int maxDepth) {
    this.maxNodes = maxNodes;
    this.maxDepth = maxDepth;
  }

  static void check(Object root, long maxNodes, int maxDepth) throws YamlException {
    new ValueLimits(maxNodes, maxDepth).walk(root);
  }

  /** A container being walked: its children and the tree size summed so far. */
  private static final class Frame {
    final Object container;
    final Iterator<Object> children;
    long size = 1;

    Frame(Object container, Iterator<Object> children) {
      this.container = container;
      this.children = children;
    }
  }

  /** Iterative post-order walk, memoising the tree size of each shared container. */
  private void walk(Object root) throws YamlException {
    Deque<Frame> path = new ArrayDeque<>();
    enter(root, path);
    while (!path.isEmpty()) {
      Frame top = path.peek();
      if (top.children.hasNext()) {
        Object child = top.children.next();
        Long known = child == null ? null : sizes.get(child);
        if (known != null) {
          add(top, known);
        } else if (!enter(child, path)) {
          add(top, 1);
        }
        continue;
      }
      path.pop();
      onPath.remove(top.container);
      sizes.put(top.container, top.size);
      if (!path.isEmpty()) {
        add(path.peek(), top.size);
      }
    }
  }

  /** Pushes a container (returns false for a leaf). */
  private boolean enter(Object value, Deque<Frame> path) throws YamlException {
    List<Object> children = children(value);
    if (children == null) {
      return false;
    }
    if (onPath.put(value, Boolean.TRUE) != null) {
      throw new YamlException(
          "found a recursive alias: a " + PythonRepr.typeName(value) + " that contains itself");
    }
    if (path.size() >= maxDepth) {
      throw new YamlException("exceeded the maximum nesting depth of " + maxDepth);
    }
    path.push(new Frame(value, children.iterator()));
    return true;
  }

  private void add(Frame frame, long size) throws YamlException {
    frame.size += size;
    if (frame.size > maxNodes) {
      throw new YamlException(
          "the document expands to more than " + maxNodes + " values through aliases");
    }
  }

  private static List<Object> children(Object value) {
    if (value instanceof Map<?, ?> map) {
      List<Object> out = new ArrayList<>(map.size() * 2);
      map.forEach(
          (k, v) -> {
            out.add(k);
            out.add(v);
          });
      return out;
    }
    if (value instanceof Collection<?> collection) {
      return new ArrayList<>(collection);
    }
    if (value instanceof YamlPair pair) {
      List<Object> out = new ArrayList<>(2);
      out.add(pair.key());
      out.add(pair.value());
      return out;
    }
    return null;
  }
}
