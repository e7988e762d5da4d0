package dev.precommit.catalog;

import dev.precommit.git.GitCommand;
import dev.precommit.process.PythonRepr;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One invocation of a built-in hook: its working directory and environment, the output it prints
 * and the files it rewrote. pre-commit reads a hook's stdout and stderr through one pipe; Python
 * writes stderr at once but buffers stdout (8 KiB) until exit, so stdout text lands after stderr
 * text unless the buffer filled up: the merged output is built the same way.
 */
final class HookContext {
  private static final int PYTHON_BUFFER = 8192;

  private final Path cwd;
  private final Map<String, String> env;
  private final ByteArrayOutputStream merged = new ByteArrayOutputStream();
  private final ByteArrayOutputStream pendingStdout = new ByteArrayOutputStream();
  private final Set<String> changed;
  private final SharedReads reads;

  HookContext(Path cwd, Map<String, String> env, Set<String> changed) {
    this(cwd, env, changed, SharedReads.NONE);
  }

  HookContext(Path cwd, Map<String, String> env, Set<String> changed, SharedReads reads) {
    this.cwd = cwd;
    this.env = env;
    this.changed = changed;
    this.reads = reads;
  }

  Path cwd() {
    return cwd;
  }

  Map<String, String> env() {
    return env;
  }

  /** A file name as the hook received it, resolved against the working directory. */
  Path path(String filename) {
    return cwd.resolve(filename);
  }

  /** A file's contents, possibly read once for several hooks running side by side. */
  byte[] readAllBytes(String filename) throws IOException {
    return reads.readAllBytes(path(filename));
  }

  /** A stream of a file's contents (see {@link #readAllBytes}); big files stream from disk. */
  InputStream open(String filename) throws IOException {
    return reads.open(path(filename));
  }

  /** Python's {@code print(text)}. */
  void print(String text) {
    write((text + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** Python's {@code print(text, file=sys.stderr)}. */
  void printError(String text) {
    writeError((text + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** Bytes to stdout, buffered like Python's {@code BufferedWriter}. */
  void write(byte[] bytes) {
    if (pendingStdout.size() + bytes.length > PYTHON_BUFFER) {
      merged.writeBytes(pendingStdout.toByteArray());
      pendingStdout.reset();
      if (bytes.length >= PYTHON_BUFFER) {
        merged.writeBytes(bytes);
        return;
      }
    }
    pendingStdout.writeBytes(bytes);
  }

  void writeError(byte[] bytes) {
    merged.writeBytes(bytes);
  }

  /** What pre-commit reads from the pipe once the hook has exited. */
  byte[] output() {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(merged.toByteArray());
    all.writeBytes(pendingStdout.toByteArray());
    return all.toByteArray();
  }

  /** Records that the hook rewrote {@code filename}. */
  void changed(String filename) {
    changed.add(filename);
  }

  /** {@code git args...}: the exit code and stdout; git's stderr is dropped. */
  GitCommand.Output git(byte[] stdin, String... args) {
    return new GitCommand(cwd, env).run(stdin, List.of(args));
  }

  /** {@code git args...} that must succeed (else a CalledProcessError), stdout as strict UTF-8. */
  String gitOutput(String... args) throws HookCrash {
    return gitOutput(new byte[0], args);
  }

  String gitOutput(byte[] stdin, String... args) throws HookCrash {
    GitCommand.Output result = git(stdin, args);
    if (result.exitCode() != 0) {
      List<String> cmd = new ArrayList<>();
      cmd.add("git");
      cmd.addAll(List.of(args));
      throw new HookCrash(
          "subprocess.CalledProcessError",
          "Command "
              + PythonRepr.tuple(cmd)
              + " returned non-zero exit status "
              + result.exitCode()
              + ".");
    }
    return Utf8.decode(result.stdout());
  }
}
