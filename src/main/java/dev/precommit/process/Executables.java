package dev.precommit.process;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * pre-commit's {@code parse_shebang}: resolves argv[0] against the hook's own PATH and prepends the
 * interpreter named by a shebang.
 *
 * <p>Java's {@code ProcessBuilder} would search the JVM's PATH, not the hook's, so every command is
 * resolved here first. Relative paths are resolved against {@code cwd}, which stands in for
 * pre-commit's process working directory (always the directory the command runs in).
 */
public final class Executables {
  private Executables() {}

  /** The outcome of resolving a command: the argv to execute, or pre-commit's error text. */
  public sealed interface Resolution {}

  /** argv[0] was found; {@code argv} is ready for {@code execve}. */
  public record Found(List<String> argv) implements Resolution {
    public Found {
      argv = List.copyOf(argv);
    }
  }

  /** argv[0] could not be run; {@code message} is e.g. {@code Executable `x` not found}. */
  public record Failed(String message) implements Resolution {
    /** The hook result pre-commit reports for this error: exit 1, the message without newline. */
    public Result toResult() {
      return new Result(1, message.getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * {@code normalize_cmd}: resolve argv[0], prepend its shebang interpreter (if any) and resolve
   * that. Exactly one shebang level is expanded, as in pre-commit; the kernel handles deeper ones.
   */
  public static Resolution normalizeCmd(List<String> cmd, Path cwd, Map<String, String> env) {
    if (cmd.isEmpty()) {
      throw new IllegalArgumentException("empty command");
    }
    Resolution first = normexe(cmd.get(0), cwd, env);
    if (!(first instanceof Found found)) {
      return first;
    }
    String exe = found.argv().get(0);
    List<String> argv = new ArrayList<>(Shebang.fromFile(cwd.resolve(exe)));
    argv.add(exe);
    argv.addAll(cmd.subList(1, cmd.size()));
    Resolution interpreter = normexe(argv.get(0), cwd, env);
    if (!(interpreter instanceof Found resolved)) {
      return interpreter;
    }
    argv.set(0, resolved.argv().get(0));
    return new Found(argv);
  }

  /**
   * {@code normexe}: a bare name is looked up on PATH; a path must exist, not be a directory and be
   * executable. On success the result holds the one-element argv with the resolved name.
   */
  public static Resolution normexe(String orig, Path cwd, Map<String, String> env) {
    if (!orig.contains(File.separator)) {
      return findExecutable(orig, cwd, env)
          .<Resolution>map(exe -> new Found(List.of(exe)))
          .orElseGet(() -> failure(orig, "not found"));
    }
    Path path = cwd.resolve(orig);
    if (Files.isDirectory(path)) {
      return failure(orig, "is a directory");
    } else if (!Files.isRegularFile(path)) {
      return failure(orig, "not found");
    } else if (!Files.isExecutable(path)) {
      return failure(orig, "is not executable");
    }
    return new Found(List.of(orig));
  }

  /**
   * {@code find_executable}: the first {@code PATH} entry (of {@code env}, honouring {@code
   * PATHEXT} when set, as pre-commit does on any OS) holding an executable regular file called
   * {@code name}. The result is the joined path as pre-commit spells it, except that a match from
   * an empty PATH entry (the current directory) is returned as {@code ./name}: a bare name would
   * make the JVM search its own PATH again.
   */
  public static Optional<String> findExecutable(String name, Path cwd, Map<String, String> env) {
    List<String> names = new ArrayList<>();
    String pathext = env.get("PATHEXT");
    if (pathext != null) {
      for (String ext : pathext.split(File.pathSeparator, -1)) {
        names.add(name + ext);
      }
    }
    names.add(name);
    String pathVar = env.getOrDefault("PATH", "");
    for (String dir : pathVar.split(File.pathSeparator, -1)) {
      for (String candidate : names) {
        String joined = join(dir, candidate);
        Path path = cwd.resolve(joined);
        if (Files.isRegularFile(path) && Files.isExecutable(path)) {
          return Optional.of(joined.contains(File.separator) ? joined : "./" + joined);
        }
      }
    }
    return Optional.empty();
  }

  /** {@code os.path.join(dir, name)} for a name without separators. */
  private static String join(String dir, String name) {
    if (dir.isEmpty() || dir.endsWith(File.separator)) {
      return dir + name;
    }
    return dir + File.separator + name;
  }

  private static Failed failure(String orig, String problem) {
    return new Failed("Executable `" + orig + "` " + problem);
  }
}
