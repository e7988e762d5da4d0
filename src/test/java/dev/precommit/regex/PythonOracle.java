package dev.precommit.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the python_re_oracle.py test resource under python3 (required: tests fail without it). */
final class PythonOracle {
  private PythonOracle() {}

  static Path script() {
    try {
      return Path.of(PythonOracle.class.getResource("python_re_oracle.py").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs {@code python3 args...} with {@code stdin}; returns stdout lines. */
  static List<String> run(List<String> args, String stdin) throws Exception {
    List<String> command = new ArrayList<>();
    command.add("python3");
    command.addAll(args);
    Process process;
    try {
      process = new ProcessBuilder(command).start();
    } catch (IOException e) {
      return fail("python3 is required for the differential tests and could not be started", e);
    }
    CompletableFuture<byte[]> stdout = readAsync(process.getInputStream());
    CompletableFuture<byte[]> stderr = readAsync(process.getErrorStream());
    try (OutputStream in = process.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("python3 oracle timed out");
    }
    String err = new String(stderr.get(), StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), () -> "python3 oracle failed:\n" + err);
    return new String(stdout.get(), StandardCharsets.UTF_8).lines().toList();
  }

  private static CompletableFuture<byte[]> readAsync(InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (stream) {
            return stream.readAllBytes();
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  static Path writeTemp(String prefix, String content) throws IOException {
    Path file = Files.createTempFile(prefix, ".json");
    file.toFile().deleteOnExit();
    Files.writeString(file, content, StandardCharsets.US_ASCII);
    return file;
  }

  /** A JSON string literal using only ASCII (UTF-16 units escaped, so lone surrogates survive). */
  static String json(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7f) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.append('"').toString();
  }

  static String jsonArray(List<String> items) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < items.size(); i++) {
      out.append(i == 0 ? "" : ",").append(items.get(i));
    }
    return out.append(']').toString();
  }

  /** Decodes a JSON string literal as written by Python's json.dumps (ASCII escapes). */
  static String unjson(String literal) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < literal.length() - 1; i++) {
      char c = literal.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = literal.charAt(++i);
      switch (e) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          out.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(e);
      }
    }
    return out.toString();
  }
}
