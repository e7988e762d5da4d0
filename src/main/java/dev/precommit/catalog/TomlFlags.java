package dev.precommit.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** tomllib's {@code Flags}: frozen (inline) and explicitly declared namespaces. */
final class TomlFlags {
  static final int FROZEN = 0;
  static final int EXPLICIT_NEST = 1;

  private static final class Node {
    final Set<Integer> flags = new HashSet<>();
    final Set<Integer> recursiveFlags = new HashSet<>();
    final Map<String, Node> nested = new HashMap<>();
  }

  private final Map<String, Node> flags = new HashMap<>();
  private final List<Map.Entry<List<String>, Integer>> pending = new ArrayList<>();

  void addPending(List<String> key, int flag) {
    pending.add(Map.entry(List.copyOf(key), flag));
  }

  void finalizePending() {
    for (Map.Entry<List<String>, Integer> p : pending) {
      set(p.getKey(), p.getValue(), false);
    }
    pending.clear();
  }

  void unsetAll(List<String> key) {
    Map<String, Node> cont = flags;
    for (String k : key.subList(0, key.size() - 1)) {
      if (!cont.containsKey(k)) {
        return;
      }
      cont = cont.get(k).nested;
    }
    cont.remove(key.get(key.size() - 1));
  }

  void set(List<String> key, int flag, boolean recursive) {
    Map<String, Node> cont = flags;
    for (String k : key.subList(0, key.size() - 1)) {
      cont = cont.computeIfAbsent(k, x -> new Node()).nested;
    }
    Node node = cont.computeIfAbsent(key.get(key.size() - 1), x -> new Node());
    (recursive ? node.recursiveFlags : node.flags).add(flag);
  }

  boolean is(List<String> key, int flag) {
    if (key.isEmpty()) {
      return false;
    }
    Map<String, Node> cont = flags;
    for (String k : key.subList(0, key.size() - 1)) {
      Node inner = cont.get(k);
      if (inner == null) {
        return false;
      }
      if (inner.recursiveFlags.contains(flag)) {
        return true;
      }
      cont = inner.nested;
    }
    Node node = cont.get(key.get(key.size() - 1));
    return node != null && (node.flags.contains(flag) || node.recursiveFlags.contains(flag));
  }
}
