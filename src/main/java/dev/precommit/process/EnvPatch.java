package dev.precommit.process;

import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Changes to an environment, as a value: pre-commit's {@code envcontext} patches without mutating
 * the process environment. Operations apply in order to a copy of the base map.
 *
 * <p>A prepend joins its entries and the old value with the path separator; like pre-commit's
 * {@code Var('PATH', default='')}, an unset variable counts as empty, so the result then ends in a
 * separator.
 */
public record EnvPatch(List<Op> ops) {
  /** One change to one variable. */
  public sealed interface Op {
    String name();
  }

  /** {@code name=value}. */
  public record SetVar(String name, String value) implements Op {
    public SetVar {
      Objects.requireNonNull(name);
      Objects.requireNonNull(value);
    }
  }

  /** Removes {@code name} (pre-commit's {@code UNSET}). */
  public record UnsetVar(String name) implements Op {
    public UnsetVar {
      Objects.requireNonNull(name);
    }
  }

  /** {@code name=entry1:entry2:...:$name}. */
  public record PrependVar(String name, List<String> entries) implements Op {
    public PrependVar {
      Objects.requireNonNull(name);
      entries = List.copyOf(entries);
    }
  }

  public EnvPatch {
    ops = List.copyOf(ops);
  }

  /** The patch that changes nothing. */
  public static EnvPatch empty() {
    return new EnvPatch(List.of());
  }

  /** This patch, then {@code name=value}. */
  public EnvPatch set(String name, String value) {
    return with(new SetVar(name, value));
  }

  /** This patch, then {@code name} removed. */
  public EnvPatch unset(String name) {
    return with(new UnsetVar(name));
  }

  /** This patch, then {@code entries} put in front of {@code name}. */
  public EnvPatch prepend(String name, String... entries) {
    return with(new PrependVar(name, List.of(entries)));
  }

  /** This patch, then {@code dirs} put in front of {@code PATH}. */
  public EnvPatch prependPath(String... dirs) {
    return prepend("PATH", dirs);
  }

  /** This patch followed by {@code next} (which sees this one's results). */
  public EnvPatch andThen(EnvPatch next) {
    List<Op> all = new ArrayList<>(ops);
    all.addAll(next.ops);
    return new EnvPatch(all);
  }

  /** The patched copy of {@code base}; {@code base} itself is not changed. */
  public Map<String, String> applyTo(Map<String, String> base) {
    Map<String, String> env = new LinkedHashMap<>(base);
    for (Op op : ops) {
      if (op instanceof SetVar set) {
        env.put(set.name(), set.value());
      } else if (op instanceof UnsetVar unset) {
        env.remove(unset.name());
      } else if (op instanceof PrependVar prepend) {
        List<String> parts = new ArrayList<>(prepend.entries());
        parts.add(env.getOrDefault(prepend.name(), ""));
        env.put(prepend.name(), String.join(File.pathSeparator, parts));
      }
    }
    return Collections.unmodifiableMap(env);
  }

  private EnvPatch with(Op op) {
    List<Op> all = new ArrayList<>(ops);
    all.add(op);
    return new EnvPatch(all);
  }
}
