package dev.precommit.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * An exclusive lock on the store shared by every precommit process ({@code flock} on {@code .lock},
 * like pre-commit). The OS releases it when a process dies, so a crash never leaves the store
 * locked. Within one JVM, callers must not nest it.
 */
public final class StoreLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private StoreLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock, saying so once if another process holds it. */
  public static StoreLock acquire(Path storeDir, Consumer<String> info) {
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
        info.accept("Locking pre-commit directory");
        lock = channel.lock();
      }
      return new StoreLock(channel, lock);
    } catch (IOException e) {
      // a read-only store, or a file where the store should be: a user error, not a crash
      throw Store.unwritable(storeDir, e);
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
