package dev.precommit.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * An exclusive lock on the store shared by every precommit process ({@code flock} on {@code .lock},
 * like pre-commit). The OS releases it when a process dies, so a crash never leaves the store
 * locked. Within one JVM, callers must not nest it.
 */
public final class StoreLock implements AutoCloseable {
  /**
   * The OS lock is per process, and one JVM that takes it twice gets an exception, not a wait: the
   * warm JVM runs requests concurrently, so within the JVM a semaphore per store queues them. It is
   * process-wide state on purpose, as the lock it mirrors is.
   */
  private static final ConcurrentHashMap<Path, Semaphore> IN_THIS_JVM = new ConcurrentHashMap<>();

  private final FileChannel channel;
  private final FileLock lock;
  private final Semaphore local;

  private StoreLock(FileChannel channel, FileLock lock, Semaphore local) {
    this.channel = channel;
    this.lock = lock;
    this.local = local;
  }

  /** Takes the lock, saying so once if another process holds it. */
  public static StoreLock acquire(Path storeDir, Consumer<String> info) {
    Semaphore local =
        IN_THIS_JVM.computeIfAbsent(storeDir.toAbsolutePath().normalize(), p -> new Semaphore(1));
    boolean said = false;
    if (!local.tryAcquire()) {
      info.accept("Locking pre-commit directory");
      said = true;
      local.acquireUninterruptibly();
    }
    try {
      Files.createDirectories(storeDir);
      FileChannel channel =
          FileChannel.open(
              storeDir.resolve(".lock"),
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.APPEND);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        if (!said) {
          info.accept("Locking pre-commit directory");
        }
        lock = channel.lock();
      }
      return new StoreLock(channel, lock, local);
    } catch (IOException e) {
      local.release();
      // a read-only store, or a file where the store should be: a user error, not a crash
      throw Store.unwritable(storeDir, e);
    } catch (RuntimeException e) {
      local.release();
      throw e;
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      local.release();
    }
  }
}
