package dev.precommit.commands;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * How a shell script starts precommit's JVM fast (docs/performance.md): an absolute java and jar
 * recorded at install time, start-up flags, and a class archive — JDK 25's AOT cache or JDK 17's
 * AppCDS — keyed by jar hash and JVM version. The hot path is shell builtins only: a freshness test
 * with {@code -nt}, then {@code exec}. A stale or missing archive is rebuilt in the background by
 * {@code __train}, never on the user's time.
 */
record JvmLauncher(Path java, Path jar, Path archive, boolean aot) {
  static final String FLAGS =
      "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
          + " -Xlog:disable -Xlog:all=error:stderr";

  /** The launcher for this very JVM and jar, or null when not running from a jar. */
  static JvmLauncher current(Map<String, String> env) {
    Path jar = runningJar();
    if (jar == null) {
      return null;
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    boolean aot = Runtime.version().feature() >= 25;
    String key =
        sha256(jar).substring(0, 16)
            + "-"
            + System.getProperty("java.runtime.version").replaceAll("[^A-Za-z0-9.+_-]", "_")
            + (aot ? ".aot" : ".jsa");
    return new JvmLauncher(java, jar, archiveDir(env).resolve(key), aot);
  }

  /** Archives live beside the store: {@code ${XDG_CACHE_HOME:-~/.cache}/precommit-jvm}. */
  static Path archiveDir(Map<String, String> env) {
    String xdg = env.get("XDG_CACHE_HOME");
    Path cache =
        xdg != null && !xdg.isEmpty()
            ? Path.of(xdg)
            : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".cache");
    return cache.resolve("precommit-jvm");
  }

  /** The archive's name without its extension: jar hash and JVM version. */
  String key() {
    String name = archive.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }

  /** The warm JVM's client, built per jar and JVM by {@code __train} ({@link HookClient}). */
  Path client() {
    return archive.resolveSibling(key() + "-client");
  }

  /** Where the warm JVM's socket lives when there is no {@code $XDG_RUNTIME_DIR}. */
  Path socketDirectory() {
    return archive.resolveSibling("run");
  }

  /**
   * Flags for the warm JVM: no archive (trained for the cold flags); both JIT tiers, since it lives
   * long enough for C2 to pay off (a warm {@code run --all-files} on 15,000 files: 1.1 s with C2,
   * 1.7 s with C1 only); a young generation of 32 MB and a heap that gives memory back after the
   * collection that follows a big run (peak RSS on that run: 180 MB, against 255–700 MB without).
   */
  static final String DAEMON_FLAGS =
      "-Xmn32m -XX:+UseSerialGC -XX:-UsePerfData -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
          + " -Xlog:disable -Xlog:all=error:stderr";

  /**
   * Bash lines that run precommit with {@code args} (already-quoted words): through the warm JVM's
   * client when it is built and not opted out of ({@code PRECOMMIT_NO_DAEMON}), else as {@link
   * #execLines}. The client falls back to the same cold command line by itself.
   */
  String hookLines(String args) {
    String java = HookScript.shellQuote(this.java.toString());
    String jar = HookScript.shellQuote(this.jar.toString());
    String client = HookScript.shellQuote(client().toString());
    List<String> daemon = new java.util.ArrayList<>();
    daemon.add(java);
    daemon.addAll(List.of(DAEMON_FLAGS.split(" ")));
    daemon.addAll(List.of("-jar", jar, "__daemon")); // Daemon.COMMAND
    return "JAVA_ARGS=("
        + java
        + " "
        + FLAGS
        + ")\n"
        + freshTest()
        + "    JAVA_ARGS+=("
        + HookScript.shellQuote(useArchiveFlag())
        + ")\n"
        + "el"
        + trainInBackground()
        + "fi\n"
        + "JAVA_ARGS+=(-jar "
        + jar
        + ")\n"
        + "if [ -z \"${PRECOMMIT_NO_DAEMON:-}\" ] && [ -x "
        + client
        + " ] && [ ! "
        + jar
        + " -nt "
        + client
        + " ]; then\n"
        + "    exec "
        + client
        + " "
        + HookScript.shellQuote(socketDirectory().toString())
        + " "
        + HookScript.shellQuote(key())
        + " "
        + daemon.size()
        + " "
        + String.join(" ", daemon)
        + " ${#JAVA_ARGS[@]} \"${JAVA_ARGS[@]}\" -- "
        + args
        + "\n"
        + "fi\n"
        + "exec \"${JAVA_ARGS[@]}\" "
        + args
        + "\n";
  }

  private String freshTest() {
    String jar = HookScript.shellQuote(this.jar.toString());
    String arch = HookScript.shellQuote(archive.toString());
    String modules =
        HookScript.shellQuote(this.java.getParent().getParent().resolve("lib/modules").toString());
    return "if [ -f "
        + arch
        + " ] && [ ! "
        + jar
        + " -nt "
        + arch
        + " ] && [ ! "
        + modules
        + " -nt "
        + arch
        + " ]; then\n";
  }

  /**
   * The start of an {@code if} that rebuilds the archive in the background unless a rebuild already
   * failed; the caller closes it with {@code fi}.
   */
  private String trainInBackground() {
    return "if [ ! -f "
        + HookScript.shellQuote(archive + ".failed")
        + " ]; then\n"
        + "    ( "
        + HookScript.shellQuote(java.toString())
        + " -jar "
        + HookScript.shellQuote(jar.toString())
        + " __train >/dev/null 2>&1 & )\n";
  }

  /** Flags that make the JVM use the archive (the caller checks it exists). */
  String useArchiveFlag() {
    return aot ? "-XX:AOTCache=" + archive : "-XX:SharedArchiveFile=" + archive;
  }

  /** Flags that make a training JVM write the archive to {@code out}. */
  List<String> trainFlags(Path out) {
    return List.of(aot ? "-XX:AOTCacheOutput=" + out : "-XX:ArchiveClassesAtExit=" + out);
  }

  /**
   * Shell lines that exec precommit with {@code args} (already-quoted words). With a fresh archive
   * they use it; otherwise they start a background rebuild and run without.
   */
  String execLines(String args) {
    String java = HookScript.shellQuote(this.java.toString());
    String jar = HookScript.shellQuote(this.jar.toString());
    return freshTest()
        + "    exec "
        + java
        + " "
        + FLAGS
        + " "
        + HookScript.shellQuote(useArchiveFlag())
        + " -jar "
        + jar
        + " "
        + args
        + "\n"
        + "fi\n"
        + trainInBackground()
        + "fi\n"
        + "exec "
        + java
        + " "
        + FLAGS
        + " -jar "
        + jar
        + " "
        + args
        + "\n";
  }

  private static Path runningJar() {
    try {
      Path location =
          Path.of(JvmLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(location) ? location.toAbsolutePath() : null;
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      return null;
    }
  }

  private static String sha256(Path file) {
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      MessageDigest digest = ((DigestInputStream) in).getMessageDigest();
      in.transferTo(OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException | NoSuchAlgorithmException e) {
      return "unhashed";
    }
  }
}
