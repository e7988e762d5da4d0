package dev.precommit.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Smart HTTP on a loopback port: a JDK {@link HttpServer} that runs {@code git http-backend} as a
 * CGI program for every request. It can demand HTTP Basic authentication (401 without the right
 * credentials), and counts the requests it served.
 */
final class GitHttpServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Path projectRoot;
  private final AtomicInteger requests = new AtomicInteger();
  private volatile String credentials;

  private GitHttpServer(Path projectRoot) throws IOException {
    this.projectRoot = projectRoot;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** Serves every repository under {@code projectRoot} (GIT_HTTP_EXPORT_ALL). */
  static GitHttpServer start(Path projectRoot) {
    try {
      return new GitHttpServer(projectRoot);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** From now on every request needs {@code user:password} (null: none). */
  GitHttpServer requireBasicAuth(String user, String password) {
    credentials = user == null ? null : user + ":" + password;
    return this;
  }

  int port() {
    return server.getAddress().getPort();
  }

  String url(String path) {
    return "http://127.0.0.1:" + port() + "/" + path;
  }

  /** {@code http://user:password@127.0.0.1:PORT/<path>}. */
  String url(String user, String password, String path) {
    return "http://" + user + ":" + password + "@127.0.0.1:" + port() + "/" + path;
  }

  int requests() {
    return requests.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    try (exchange) {
      String required = credentials;
      String remoteUser = null;
      if (required != null) {
        String given = exchange.getRequestHeaders().getFirst("Authorization");
        String expected =
            "Basic "
                + Base64.getEncoder().encodeToString(required.getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(given)) {
          exchange.getRequestBody().readAllBytes();
          exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"git\"");
          exchange.sendResponseHeaders(401, -1);
          return;
        }
        remoteUser = required.substring(0, required.indexOf(':'));
      }
      cgi(exchange, remoteUser);
    }
  }

  /** Runs git http-backend with the CGI variables of this request and relays its answer. */
  private void cgi(HttpExchange exchange, String remoteUser) throws IOException {
    URI uri = exchange.getRequestURI();
    ProcessBuilder pb =
        new ProcessBuilder(List.of("git", "http-backend"))
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    Map<String, String> env = pb.environment();
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("HOME", projectRoot.toString());
    env.put("GIT_PROJECT_ROOT", projectRoot.toString());
    env.put("GIT_HTTP_EXPORT_ALL", "1");
    env.put("PATH_INFO", uri.getPath());
    env.put("QUERY_STRING", uri.getRawQuery() == null ? "" : uri.getRawQuery());
    env.put("REQUEST_METHOD", exchange.getRequestMethod());
    env.put("REMOTE_ADDR", "127.0.0.1");
    env.put("SERVER_PROTOCOL", "HTTP/1.1");
    header(exchange, "Content-Type", env, "CONTENT_TYPE");
    header(exchange, "Content-Length", env, "CONTENT_LENGTH");
    header(exchange, "Content-Encoding", env, "HTTP_CONTENT_ENCODING");
    header(exchange, "Git-Protocol", env, "HTTP_GIT_PROTOCOL");
    if (remoteUser != null) {
      env.put("REMOTE_USER", remoteUser);
      env.put("AUTH_TYPE", "Basic");
    }
    Process process = pb.start();
    Thread feeder =
        new Thread(
            () -> {
              try (InputStream body = exchange.getRequestBody();
                  OutputStream stdin = process.getOutputStream()) {
                body.transferTo(stdin);
              } catch (IOException e) {
                // the backend stopped reading; its answer says why
              }
            },
            "cgi-stdin");
    feeder.start();
    byte[] output = process.getInputStream().readAllBytes();
    try {
      process.waitFor();
      feeder.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    int split = indexOf(output, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    int bodyStart = split + 4;
    if (split < 0) {
      split = indexOf(output, "\n\n".getBytes(StandardCharsets.ISO_8859_1));
      bodyStart = split + 2;
    }
    if (split < 0) {
      exchange.sendResponseHeaders(502, -1);
      return;
    }
    int status = 200;
    for (String line : new String(output, 0, split, StandardCharsets.ISO_8859_1).split("\r?\n")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = line.substring(0, colon).trim();
      String value = line.substring(colon + 1).trim();
      if (name.equalsIgnoreCase("Status")) {
        status = Integer.parseInt(value.split(" ")[0]);
      } else {
        exchange.getResponseHeaders().add(name, value);
      }
    }
    int length = output.length - bodyStart;
    exchange.sendResponseHeaders(status, length == 0 ? -1 : length);
    if (length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(output, bodyStart, length);
      }
    }
  }

  private static void header(
      HttpExchange exchange, String name, Map<String, String> env, String var) {
    String value = exchange.getRequestHeaders().getFirst(name);
    if (value != null) {
      env.put(var, value);
    }
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= data.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
