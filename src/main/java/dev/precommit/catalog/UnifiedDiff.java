package dev.precommit.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code difflib.unified_diff} over {@code SequenceMatcher} (with its autojunk rule), so
 * that hunks are cut exactly where difflib cuts them.
 */
final class UnifiedDiff {
  private final List<String> a;
  private final List<String> b;
  private final Map<String, List<Integer>> b2j = new HashMap<>();

  private UnifiedDiff(List<String> a, List<String> b) {
    this.a = a;
    this.b = b;
    for (int j = 0; j < b.size(); j++) {
      b2j.computeIfAbsent(b.get(j), k -> new ArrayList<>()).add(j);
    }
    if (b.size() >= 200) {
      int ntest = b.size() / 100 + 1;
      b2j.values().removeIf(indices -> indices.size() > ntest);
    }
  }

  /** The diff text; lines keep their endings, a missing final newline is not added. */
  static String diff(List<String> a, List<String> b, String fromFile, String toFile) {
    UnifiedDiff matcher = new UnifiedDiff(a, b);
    StringBuilder out = new StringBuilder();
    boolean started = false;
    for (List<int[]> group : matcher.groupedOpcodes(3)) {
      if (!started) {
        started = true;
        out.append("--- ").append(fromFile).append('\n');
        out.append("+++ ").append(toFile).append('\n');
      }
      int[] first = group.get(0);
      int[] last = group.get(group.size() - 1);
      out.append("@@ -")
          .append(range(first[1], last[2]))
          .append(" +")
          .append(range(first[3], last[4]))
          .append(" @@\n");
      for (int[] op : group) {
        if (op[0] == EQUAL) {
          for (int i = op[1]; i < op[2]; i++) {
            out.append(' ').append(a.get(i));
          }
          continue;
        }
        if (op[0] == REPLACE || op[0] == DELETE) {
          for (int i = op[1]; i < op[2]; i++) {
            out.append('-').append(a.get(i));
          }
        }
        if (op[0] == REPLACE || op[0] == INSERT) {
          for (int j = op[3]; j < op[4]; j++) {
            out.append('+').append(b.get(j));
          }
        }
      }
    }
    return out.toString();
  }

  private static String range(int start, int stop) {
    int beginning = start + 1;
    int length = stop - start;
    if (length == 1) {
      return Integer.toString(beginning);
    }
    if (length == 0) {
      beginning--;
    }
    return beginning + "," + length;
  }

  private static final int EQUAL = 0;
  private static final int REPLACE = 1;
  private static final int DELETE = 2;
  private static final int INSERT = 3;

  private int[] longestMatch(int alo, int ahi, int blo, int bhi) {
    int besti = alo;
    int bestj = blo;
    int bestsize = 0;
    Map<Integer, Integer> j2len = new HashMap<>();
    for (int i = alo; i < ahi; i++) {
      Map<Integer, Integer> newj2len = new HashMap<>();
      for (int j : b2j.getOrDefault(a.get(i), List.of())) {
        if (j < blo) {
          continue;
        }
        if (j >= bhi) {
          break;
        }
        int k = j2len.getOrDefault(j - 1, 0) + 1;
        newj2len.put(j, k);
        if (k > bestsize) {
          besti = i - k + 1;
          bestj = j - k + 1;
          bestsize = k;
        }
      }
      j2len = newj2len;
    }
    while (besti > alo && bestj > blo && a.get(besti - 1).equals(b.get(bestj - 1))) {
      besti--;
      bestj--;
      bestsize++;
    }
    while (besti + bestsize < ahi
        && bestj + bestsize < bhi
        && a.get(besti + bestsize).equals(b.get(bestj + bestsize))) {
      bestsize++;
    }
    return new int[] {besti, bestj, bestsize};
  }

  private List<int[]> matchingBlocks() {
    List<int[]> queue = new ArrayList<>();
    queue.add(new int[] {0, a.size(), 0, b.size()});
    List<int[]> blocks = new ArrayList<>();
    while (!queue.isEmpty()) {
      int[] q = queue.remove(queue.size() - 1);
      int[] m = longestMatch(q[0], q[1], q[2], q[3]);
      int i = m[0];
      int j = m[1];
      int k = m[2];
      if (k > 0) {
        blocks.add(m);
        if (q[0] < i && q[2] < j) {
          queue.add(new int[] {q[0], i, q[2], j});
        }
        if (i + k < q[1] && j + k < q[3]) {
          queue.add(new int[] {i + k, q[1], j + k, q[3]});
        }
      }
    }
    blocks.sort(
        (x, y) ->
            x[0] != y[0]
                ? Integer.compare(x[0], y[0])
                : x[1] != y[1] ? Integer.compare(x[1], y[1]) : Integer.compare(x[2], y[2]));
    List<int[]> merged = new ArrayList<>();
    int i1 = 0;
    int j1 = 0;
    int k1 = 0;
    for (int[] blk : blocks) {
      if (i1 + k1 == blk[0] && j1 + k1 == blk[1]) {
        k1 += blk[2];
      } else {
        if (k1 > 0) {
          merged.add(new int[] {i1, j1, k1});
        }
        i1 = blk[0];
        j1 = blk[1];
        k1 = blk[2];
      }
    }
    if (k1 > 0) {
      merged.add(new int[] {i1, j1, k1});
    }
    merged.add(new int[] {a.size(), b.size(), 0});
    return merged;
  }

  private List<int[]> opcodes() {
    int i = 0;
    int j = 0;
    List<int[]> answer = new ArrayList<>();
    for (int[] m : matchingBlocks()) {
      int ai = m[0];
      int bj = m[1];
      int size = m[2];
      int tag = -1;
      if (i < ai && j < bj) {
        tag = REPLACE;
      } else if (i < ai) {
        tag = DELETE;
      } else if (j < bj) {
        tag = INSERT;
      }
      if (tag >= 0) {
        answer.add(new int[] {tag, i, ai, j, bj});
      }
      i = ai + size;
      j = bj + size;
      if (size > 0) {
        answer.add(new int[] {EQUAL, ai, i, bj, j});
      }
    }
    return answer;
  }

  private List<List<int[]>> groupedOpcodes(int n) {
    List<int[]> codes = opcodes();
    if (codes.isEmpty()) {
      codes.add(new int[] {EQUAL, 0, 1, 0, 1});
    }
    int[] head = codes.get(0);
    if (head[0] == EQUAL) {
      codes.set(
          0,
          new int[] {
            EQUAL, Math.max(head[1], head[2] - n), head[2], Math.max(head[3], head[4] - n), head[4]
          });
    }
    int[] tail = codes.get(codes.size() - 1);
    if (tail[0] == EQUAL) {
      codes.set(
          codes.size() - 1,
          new int[] {
            EQUAL, tail[1], Math.min(tail[2], tail[1] + n), tail[3], Math.min(tail[4], tail[3] + n)
          });
    }
    List<List<int[]>> groups = new ArrayList<>();
    List<int[]> group = new ArrayList<>();
    for (int[] c : codes) {
      int i1 = c[1];
      int j1 = c[3];
      if (c[0] == EQUAL && c[2] - c[1] > 2 * n) {
        group.add(new int[] {EQUAL, i1, Math.min(c[2], i1 + n), j1, Math.min(c[4], j1 + n)});
        groups.add(group);
        group = new ArrayList<>();
        i1 = Math.max(i1, c[2] - n);
        j1 = Math.max(j1, c[4] - n);
      }
      group.add(new int[] {c[0], i1, c[2], j1, c[4]});
    }
    if (!group.isEmpty() && !(group.size() == 1 && group.get(0)[0] == EQUAL)) {
      groups.add(group);
    }
    return groups;
  }

  /** Python's {@code str.splitlines(keepends=True)}. */
  static List<String> splitlinesKeepEnds(String s) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (GitLines.isLineBreak(c)) {
        if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
        lines.add(s.substring(start, i + 1));
        start = i + 1;
      }
      i++;
    }
    if (start < s.length()) {
      lines.add(s.substring(start));
    }
    return lines;
  }
}
