package dev.precommit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.precommit.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real temporary git repository with an isolated environment: its own HOME, git config, store and
 * author, nothing of the developer's machine. Commands run through the real {@link Main}.
 */
public final class TestRepo {
  private final Path home;
  private final Path root;
  private final Map<String, String> env = new HashMap<>();

  private TestRepo(Path base) {
    this.home = base.resolve("home");
    this.root = base.resolve("repo");
    try {
      Files.createDirectories(home);
      Files.createDirectories(root);
      Path gitconfig = home.resolve(".gitconfig");
      Files.writeString(
          gitconfig,
          "[user]\n\tname = Test\n\temail = test@example.com\n[init]\n\tdefaultBranch = main\n"
              + "[commit]\n\tgpgsign = false\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    env.put("PATH", System.getenv("PATH"));
    env.put("HOME", home.toString());
    env.put("LANG", "C.UTF-8");
    env.put("TERM", "dumb");
    env.put("GIT_CONFIG_GLOBAL", home.resolve(".gitconfig").toString());
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
    env.put("PRECOMMIT_HOME", home.resolve("store").toString());
    env.put("PRE_COMMIT_HOME", home.resolve("pc-store").toString());
    env.put("GIT_AUTHOR_DATE", "2026-01-01T00:00:00Z");
    env.put("GIT_COMMITTER_DATE", "2026-01-01T00:00:00Z");
    // class archives are a start-up optimisation with its own test (LauncherIT)
    env.put("PRECOMMIT_NO_TRAIN", "1");
    env.put("PRECOMMIT_NO_DAEMON", "1"); // DaemonIT tests the warm JVM explicitly
  }

  /** A fresh repository ({@code git init}) under {@code base}. */
  public static TestRepo init(Path base) {
    TestRepo repo = new TestRepo(base);
    repo.git("init", "-q");
    return repo;
  }

  /** An isolated environment whose "repo" directory is not a git repository. */
  public static TestRepo plainDirectory(Path base) {
    return new TestRepo(base);
  }

  public Path root() {
    return root;
  }

  public Path home() {
    return home;
  }

  public Map<String, String> env() {
    return env;
  }

  public TestRepo setEnv(String key, String value) {
    env.put(key, value);
    return this;
  }

  public TestRepo write(String path, String content) {
    return writeBytes(path, content.getBytes(StandardCharsets.UTF_8));
  }

  public TestRepo writeBytes(String path, byte[] content) {
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public TestRepo executable(String path, String content) {
    write(path, content);
    try {
      Files.setPosixFilePermissions(
          root.resolve(path), PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public String read(String path) {
    try {
      return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs real git in the repository; fails the test if git fails. */
  public String git(String... args) {
    CliResult r = exec(root, args(List.of("git"), args));
    assertEquals(0, r.exitCode(), () -> "git " + String.join(" ", args) + "\n" + r);
    return r.stdout();
  }

  /** Runs a program with the isolated environment, stdout and stderr kept apart. */
  public CliResult exec(Path cwd, List<String> argv) {
    ProcessBuilder pb = new ProcessBuilder(argv).directory(cwd.toFile());
    pb.environment().clear();
    pb.environment().putAll(env);
    try {
      Process p = pb.start();
      p.getOutputStream().close();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Thread t =
          new Thread(
              () -> {
                try {
                  p.getErrorStream().transferTo(err);
                } catch (IOException e) {
                  // process ended
                }
              });
      t.start();
      byte[] out = p.getInputStream().readAllBytes();
      int code = p.waitFor();
      t.join();
      return new CliResult(code, out, err.toString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs precommit in-process, in the repository root. */
  public CliResult run(String... args) {
    return runIn(root, args);
  }

  public CliResult runIn(Path cwd, String... args) {
    return runIn(cwd, false, args);
  }

  /** Runs precommit in-process as if its stderr were a terminal. */
  public CliResult runOnTerminal(String... args) {
    return runIn(root, true, args);
  }

  private CliResult runIn(Path cwd, boolean stderrIsTerminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new ByteArrayInputStream(new byte[0]),
            out,
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env,
            cwd,
            stderrIsTerminal,
            args);
    return new CliResult(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  private static List<String> args(List<String> prefix, String... rest) {
    List<String> all = new ArrayList<>(prefix);
    all.addAll(List.of(rest));
    return all;
  }
}
