package dev.precommit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bare hook repository with a linear history on {@code main}, written by one {@code git
 * fast-import} (two processes per repository, so tests can afford dozens of them). Each commit
 * replaces the whole tree with its files and can carry lightweight and annotated tags.
 */
final class BareMirror {
  /** When the first commit was made; later commits follow a minute apart. */
  static final long FIRST_COMMIT = 1_700_000_000L;

  private final List<Commit> commits = new ArrayList<>();

  private static final class Commit {
    final Map<String, String> files = new LinkedHashMap<>();
    final List<String> tags = new ArrayList<>();
    final Map<String, Instant> annotated = new LinkedHashMap<>();
  }

  /** Starts a new commit; the following calls describe it. */
  BareMirror commit(String manifest) {
    Commit c = new Commit();
    c.files.put(".pre-commit-hooks.yaml", manifest);
    c.files.put("VERSION", commits.size() + "\n");
    commits.add(c);
    return this;
  }

  BareMirror tag(String... names) {
    last().tags.addAll(List.of(names));
    return this;
  }

  /** An annotated tag whose tagger date is {@code date}. */
  BareMirror annotatedTag(String name, Instant date) {
    last().annotated.put(name, date);
    return this;
  }

  private Commit last() {
    return commits.get(commits.size() - 1);
  }

  /** A manifest with one trivial hook per id. */
  static String manifest(Iterable<String> ids) {
    StringBuilder out = new StringBuilder();
    for (String id : ids) {
      out.append("-   id: ")
          .append(yamlQuote(id))
          .append("\n    name: ")
          .append(yamlQuote(id))
          .append("\n    entry: 'true'\n    language: system\n");
    }
    return out.toString();
  }

  private static String yamlQuote(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  /** Writes the history into a new bare repository at {@code dir}; returns dir. */
  Path create(TestRepo env, Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CliResult init = env.exec(dir, List.of("git", "init", "-q", "--bare", "-b", "main"));
    assertEquals(0, init.exitCode(), init::toString);
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    for (int i = 0; i < commits.size(); i++) {
      Commit c = commits.get(i);
      long time = FIRST_COMMIT + 60L * i;
      line(stream, "commit refs/heads/main");
      line(stream, "mark :" + (i + 1));
      line(stream, "committer Test <test@example.com> " + time + " +0000");
      data(stream, "commit " + i);
      if (i > 0) {
        line(stream, "from :" + i);
      }
      line(stream, "deleteall");
      for (Map.Entry<String, String> file : c.files.entrySet()) {
        line(stream, "M 100644 inline " + file.getKey());
        data(stream, file.getValue());
      }
      line(stream, "");
      for (String tag : c.tags) {
        line(stream, "reset refs/tags/" + tag);
        line(stream, "from :" + (i + 1));
        line(stream, "");
      }
      for (Map.Entry<String, Instant> tag : c.annotated.entrySet()) {
        line(stream, "tag " + tag.getKey());
        line(stream, "from :" + (i + 1));
        line(
            stream, "tagger Test <test@example.com> " + tag.getValue().getEpochSecond() + " +0000");
        data(stream, tag.getKey());
      }
    }
    line(stream, "done");
    run(env, dir, stream.toByteArray());
    return dir;
  }

  private static void run(TestRepo env, Path dir, byte[] input) {
    ProcessBuilder pb =
        new ProcessBuilder("git", "fast-import", "--quiet", "--done")
            .directory(dir.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectErrorStream(false);
    pb.environment().clear();
    pb.environment().putAll(env.env());
    try {
      Process p = pb.start();
      try (OutputStream in = p.getOutputStream()) {
        in.write(input);
      }
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, p.waitFor(), err);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void line(ByteArrayOutputStream out, String text) {
    out.writeBytes((text + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static void data(ByteArrayOutputStream out, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    line(out, "data " + bytes.length);
    out.writeBytes(bytes);
    line(out, "");
  }
}
