package dev.precommit.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A Maven repository on loopback that wants HTTP Basic credentials, serving one tool the test
 * compiles: {@code test.tools:hello:1.0}, whose {@code hello.Hello} prints its arguments.
 */
final class MavenMirror implements AutoCloseable {
  static final String COORDINATES = "test.tools:hello:1.0";
  static final String USER = "deployer";
  static final String PASSWORD = "s3cret";

  private final HttpServer server;
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  final AtomicInteger served = new AtomicInteger();
  final AtomicInteger refused = new AtomicInteger();

  private MavenMirror(HttpServer server) {
    this.server = server;
  }

  static MavenMirror start(Path work) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    MavenMirror mirror = new MavenMirror(server);
    mirror.publish(work);
    String expected =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    server.createContext(
        "/repo/",
        exchange -> {
          String auth = exchange.getRequestHeaders().getFirst("Authorization");
          byte[] body =
              mirror.files.get(exchange.getRequestURI().getPath().substring("/repo/".length()));
          if (!expected.equals(auth)) {
            mirror.refused.incrementAndGet();
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"mirror\"");
            exchange.sendResponseHeaders(401, -1);
          } else if (body == null) {
            exchange.sendResponseHeaders(404, -1);
          } else {
            mirror.served.incrementAndGet();
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(200, head ? -1 : body.length);
            if (!head) {
              try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
              }
            }
          }
          exchange.close();
        });
    server.start();
    return mirror;
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/repo/";
  }

  /** settings.xml: this mirror for every repository, and its credentials (password from env). */
  String settingsXml(String password) {
    return "<settings>\n  <mirrors>\n    <mirror>\n      <id>test-mirror</id>\n"
        + "      <mirrorOf>*</mirrorOf>\n      <url>"
        + url()
        + "</url>\n    </mirror>\n  </mirrors>\n  <servers>\n    <server>\n"
        + "      <id>test-mirror</id>\n      <username>"
        + USER
        + "</username>\n      <password>"
        + password
        + "</password>\n    </server>\n  </servers>\n</settings>\n";
  }

  private void publish(Path work) throws IOException {
    Path src = work.resolve("src/hello/Hello.java");
    Files.createDirectories(src.getParent());
    Files.writeString(
        src,
        "package hello;\npublic class Hello {\n  public static void main(String[] args) {\n"
            + "    System.out.println(\"hello from the mirror \" + String.join(\" \", args));\n"
            + "  }\n}\n");
    Path classes = work.resolve("classes");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int rc = javac.run(null, null, null, "-d", classes.toString(), src.toString());
    if (rc != 0) {
      throw new IllegalStateException("javac failed");
    }
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "hello.Hello");
    ByteArrayOutputStream jar = new ByteArrayOutputStream();
    try (JarOutputStream out = new JarOutputStream(jar, manifest)) {
      out.putNextEntry(new JarEntry("hello/Hello.class"));
      out.write(Files.readAllBytes(classes.resolve("hello/Hello.class")));
      out.closeEntry();
    }
    String pom =
        "<project><modelVersion>4.0.0</modelVersion><groupId>test.tools</groupId>"
            + "<artifactId>hello</artifactId><version>1.0</version></project>\n";
    put("test/tools/hello/1.0/hello-1.0.jar", jar.toByteArray());
    put("test/tools/hello/1.0/hello-1.0.pom", pom.getBytes(StandardCharsets.UTF_8));
    // a release candidate listed after 1.0: latest.stable must still pick 1.0
    String metadata =
        "<metadata><groupId>test.tools</groupId><artifactId>hello</artifactId><versioning>"
            + "<latest>2.0-RC1</latest><release>2.0-RC1</release>"
            + "<versions><version>1.0</version><version>2.0-RC1</version></versions>"
            + "</versioning></metadata>\n";
    put("test/tools/hello/maven-metadata.xml", metadata.getBytes(StandardCharsets.UTF_8));
  }

  /** A file and its .sha1 (precommit fails on a missing or wrong checksum). */
  private void put(String path, byte[] content) {
    files.put(path, content);
    try {
      String sha1 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
      files.put(path + ".sha1", sha1.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
