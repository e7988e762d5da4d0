package dev.precommit.daemon;

import dev.precommit.run.Interrupts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/**
 * The warm JVM (docs/performance.md, "Warm JVM"): a per-user process that runs installed hooks and
 * {@code precommit run} for the small client {@code client.c}, so a commit does not pay for a JVM
 * start. It listens on a Unix-domain socket in a directory only its user can enter, checks each
 * peer's uid, runs each request on its own thread with that request's environment and directory,
 * refuses requests once its jar or JVM changed on disk, and exits after an idle period. Anything it
 * refuses or cannot do, the client does cold.
 */
public final class Daemon {
  /** The hidden command that starts it: {@code __daemon <socket>}. */
  public static final String COMMAND = "__daemon";

  /** Idle seconds before the daemon exits (default 15 minutes). */
  public static final String IDLE_SECONDS = "PRECOMMIT_DAEMON_IDLE_SECONDS";

  /**
   * Variables the JVM or JGit read process-wide rather than per request (config files, the
   * file-name encoding). The client folds them into the socket name, so a request always reaches a
   * daemon started with the same values; the daemon checks anyway.
   */
  static final List<String> JVM_WIDE_VARIABLES =
      List.of(
          "HOME",
          "XDG_CONFIG_HOME",
          "GIT_CONFIG_NOSYSTEM",
          "GIT_CONFIG_GLOBAL",
          "GIT_CONFIG_SYSTEM",
          "LANG",
          "LC_ALL",
          "LC_CTYPE");

  /**
   * The commands served warm: the installed hooks' and {@code precommit run}'s. Everything else
   * (install, autoupdate, gc, ...) is rare, may prompt or rewrite files, and runs cold.
   */
  static final Set<String> SERVED_COMMANDS = Set.of("hook-impl", "run");

  /** Directories read from the environment and made absolute against the process's directory. */
  private static final List<String> DIRECTORY_VARIABLES =
      List.of("HOME", "XDG_CACHE_HOME", "PRECOMMIT_HOME", "PRE_COMMIT_HOME");

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rwx------");

  /** Runs one command line; {@code Main.run}. */
  @FunctionalInterface
  public interface Handler {
    int run(
        InputStream in,
        OutputStream out,
        PrintStream err,
        Map<String, String> env,
        Path cwd,
        boolean stderrIsTerminal,
        Interrupts interrupts,
        String... args);
  }

  /** Heap in use after a request above which the idle daemon collects (see releaseGarbage). */
  private static final long GC_AFTER_RUN_BYTES = 64L << 20;

  private final Path socket;
  private final Map<String, String> env;
  private final Handler handler;
  private final Installation installation;
  private final UserPrincipal owner;
  private final Set<Thread> running = new HashSet<>(); // guarded by this
  private final Set<RequestInterrupts> runs = new HashSet<>(); // guarded by this
  private ServerSocketChannel server; // guarded by this
  private Object socketInode; // guarded by this
  private Instant lastActivity = Instant.now(); // guarded by this
  private boolean retired; // guarded by this

  private Daemon(
      Path socket,
      Map<String, String> env,
      Handler handler,
      Installation installation,
      UserPrincipal owner) {
    this.socket = socket;
    this.env = env;
    this.handler = handler;
    this.installation = installation;
    this.owner = owner;
  }

  /**
   * Serves on {@code socket} until idle or retired; returns the process exit code. Returns at once
   * when another daemon already serves this socket.
   */
  public static int serve(Path socket, Map<String, String> env, Handler handler) {
    try {
      Path dir = socket.toAbsolutePath().getParent();
      UserPrincipal owner = privateDirectoryOwner(dir);
      if (owner == null) {
        System.err.println("precommit daemon: " + dir + " is not a private directory");
        return 1;
      }
      Daemon daemon = new Daemon(socket, env, handler, Installation.current(), owner);
      try (FileChannel lockFile =
              FileChannel.open(
                  Path.of(socket + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock lock = lockFile.tryLock()) {
        if (lock == null) {
          return 0; // another daemon serves this socket
        }
        return daemon.listen(idleSeconds(env));
      }
    } catch (IOException | RuntimeException e) {
      System.err.println("precommit daemon: " + e);
      return 1;
    }
  }

  private int listen(long idleSeconds) throws IOException {
    Files.deleteIfExists(socket); // left by a daemon that died; we hold the lock now
    ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    channel.bind(UnixDomainSocketAddress.of(socket));
    synchronized (this) {
      server = channel;
      socketInode = Files.getAttribute(socket, "unix:ino", LinkOption.NOFOLLOW_LINKS);
    }
    log("serving on " + socket + " (pid " + ProcessHandle.current().pid() + ")");
    // SIGTERM to the daemon (logout, shutdown) is every running request's Ctrl-C: restore first
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  for (RequestInterrupts run : runningRequests()) {
                    run.cancel();
                  }
                },
                "precommit-daemon-exit"));
    Thread watchdog = new Thread(() -> watchIdle(idleSeconds), "precommit-idle");
    watchdog.setDaemon(true);
    watchdog.start();
    while (true) {
      SocketChannel client;
      try {
        client = channel.accept();
      } catch (ClosedChannelException closed) {
        break;
      }
      Thread thread = new Thread(() -> runTracked(new Connection(client, this)), "precommit-run");
      synchronized (this) {
        running.add(thread);
        lastActivity = Instant.now();
      }
      thread.start();
    }
    for (Thread thread : runningThreads()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    log("exiting");
    return 0;
  }

  private void runTracked(Runnable connection) {
    boolean last;
    try {
      connection.run();
    } finally {
      synchronized (this) {
        running.remove(Thread.currentThread());
        lastActivity = Instant.now();
        last = running.isEmpty();
      }
    }
    if (last) {
      releaseGarbage();
    }
  }

  /**
   * A big run (every file of a large repository) leaves tens of megabytes of per-run data promoted
   * to the old generation, and the serial collector would rather grow the heap than collect it, so
   * an idle daemon's footprint would climb run after run. Collecting once the last request is done
   * (its client already has its exit code) keeps the footprint near the live set; small runs, such
   * as a commit's, leave too little to be worth it.
   */
  private static void releaseGarbage() {
    Runtime runtime = Runtime.getRuntime();
    if (runtime.totalMemory() - runtime.freeMemory() > GC_AFTER_RUN_BYTES) {
      System.gc();
    }
  }

  private synchronized List<Thread> runningThreads() {
    return List.copyOf(running);
  }

  private synchronized List<RequestInterrupts> runningRequests() {
    return List.copyOf(runs);
  }

  /** Tracks a request's interrupts while it runs, for the daemon's own shutdown. */
  synchronized void started(RequestInterrupts run) {
    runs.add(run);
  }

  synchronized void ended(RequestInterrupts run) {
    runs.remove(run);
  }

  private void watchIdle(long idleSeconds) {
    while (true) {
      try {
        Thread.sleep(Math.max(100, Math.min(1000, idleSeconds * 100)));
      } catch (InterruptedException e) {
        return;
      }
      synchronized (this) {
        if (retired) {
          return;
        }
        if (running.isEmpty() && lastActivity.plusSeconds(idleSeconds).isBefore(Instant.now())) {
          log("idle for " + idleSeconds + "s");
          retire();
          return;
        }
      }
    }
  }

  /**
   * Stops taking requests: the socket file goes first (new clients then start a fresh daemon), then
   * the listener; running requests finish. A connection still queued gets no {@code ACCEPTED}, so
   * its client runs cold.
   */
  synchronized void retire() {
    if (retired) {
      return;
    }
    retired = true;
    try {
      if (Objects.equals(
          socketInode, Files.getAttribute(socket, "unix:ino", LinkOption.NOFOLLOW_LINKS))) {
        Files.deleteIfExists(socket);
      }
    } catch (IOException e) {
      // already gone, or replaced by another daemon's: leave it
    }
    try {
      server.close();
    } catch (IOException e) {
      log("closing the listener: " + e);
    }
  }

  /** Why {@code request} must run cold instead, or null to run it here. */
  String refusal(Request request) {
    if (request.args().isEmpty() || !SERVED_COMMANDS.contains(request.args().get(0))) {
      return "only installed hooks (hook-impl) and run are served here";
    }
    if (!installation.isCurrent()) {
      retire();
      return "the jar or the JVM changed on disk";
    }
    for (String name : JVM_WIDE_VARIABLES) {
      if (!Objects.equals(env.get(name), request.env().get(name))) {
        return "the request's " + name + " differs from this daemon's";
      }
    }
    for (String name : DIRECTORY_VARIABLES) {
      String value = request.env().get(name);
      if (value != null && !value.isEmpty() && !Path.of(value).isAbsolute()) {
        // resolved against the JVM's own directory, which is the request's only when cold
        return name + " is a relative path";
      }
    }
    return null;
  }

  Handler handler() {
    return handler;
  }

  /** The peer's uid is ours (SO_PEERCRED); the directory's mode already keeps others out. */
  boolean isOwner(SocketChannel channel) {
    try {
      UnixDomainPrincipal peer = channel.getOption(ExtendedSocketOptions.SO_PEERCRED);
      return peer.user().equals(owner);
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  void log(String message) {
    System.err.println(Instant.now() + " " + message);
  }

  /** Creates {@code dir} 0700 if needed; its owner if it is ours and private, else null. */
  static UserPrincipal privateDirectoryOwner(Path dir) throws IOException {
    try {
      Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    } catch (FileAlreadyExistsException e) {
      // checked below
    }
    PosixFileAttributes attributes =
        Files.readAttributes(dir, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    UserPrincipal me =
        dir.getFileSystem()
            .getUserPrincipalLookupService()
            .lookupPrincipalByName(System.getProperty("user.name"));
    boolean ok =
        attributes.isDirectory()
            && attributes.owner().equals(me)
            && attributes.permissions().equals(OWNER_ONLY);
    return ok ? me : null;
  }

  private static long idleSeconds(Map<String, String> env) {
    try {
      return Math.max(1, Long.parseLong(env.getOrDefault(IDLE_SECONDS, "900")));
    } catch (NumberFormatException e) {
      return 900;
    }
  }
}
