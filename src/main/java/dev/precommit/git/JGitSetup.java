package dev.precommit.git;

import java.io.File;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Process-wide JGit settings for the command line (set once in {@code main}, never in tests):
 *
 * <ul>
 *   <li>JGit's first-run file-system timestamp probe takes seconds; it runs in the background so it
 *       never blocks a commit. {@code install} runs it once in the foreground, which stores the
 *       result for this JVM ({@link #warmUp}).
 *   <li>To find the system git config JGit forks {@code git} twice per run; we read the standard
 *       file directly instead ({@code -Dprecommit.gitSystemConfig} overrides its path).
 *   <li>JGit must never see the repository variables git sets for hooks ({@code GIT_INDEX_FILE}
 *       during {@code git commit}, ...): JGit's own {@code init} would otherwise write a hook
 *       repository's tree into the user's index. {@link GitRepository} reads them explicitly.
 * </ul>
 */
public final class JGitSetup {
  private static final String SYSTEM_CONFIG_PROPERTY = "precommit.gitSystemConfig";

  private JGitSetup() {}

  public static void forCommandLine() {
    FS.FileStoreAttributes.setBackground(true);
    SystemReader.setInstance(new NoForkSystemReader(SystemReader.getInstance()));
  }

  /** Measures (and JGit persists) the timestamp resolution of the file system holding dir. */
  public static void warmUp(Path dir) {
    FS.FileStoreAttributes.setBackground(false);
    try {
      FS.FileStoreAttributes.get(dir.toAbsolutePath());
    } finally {
      FS.FileStoreAttributes.setBackground(true);
    }
  }

  /** Variables that locate a repository; JGit must only use repositories we name explicitly. */
  private static final java.util.Set<String> HIDDEN =
      java.util.Set.of(
          "GIT_DIR",
          "GIT_WORK_TREE",
          "GIT_INDEX_FILE",
          "GIT_OBJECT_DIRECTORY",
          "GIT_ALTERNATE_OBJECT_DIRECTORIES",
          "GIT_COMMON_DIR",
          "GIT_CEILING_DIRECTORIES");

  /**
   * Makes sure JGit's file-system probe for {@code dir}'s file system runs (or ran) in {@code dir}
   * itself. The probe creates and deletes {@code .probe-*} files for up to seconds, in the first
   * directory of a file system JGit looks at; in the background that can be a directory we are
   * about to delete (a failed fetch's build directory), which then fails with "directory not
   * empty". Call it with a directory that outlives the operation. Cheap once measured.
   */
  public static void probeFileSystemIn(Path dir) {
    FS.FileStoreAttributes.get(dir.toAbsolutePath());
  }

  private static final class NoForkSystemReader extends SystemReader.Delegate {
    NoForkSystemReader(SystemReader delegate) {
      super(delegate);
    }

    @Override
    public String getenv(String variable) {
      return HIDDEN.contains(variable) ? null : super.getenv(variable);
    }

    @Override
    public FileBasedConfig openSystemConfig(Config parent, FS fs) {
      String noSystem = getenv("GIT_CONFIG_NOSYSTEM");
      String path = System.getProperty(SYSTEM_CONFIG_PROPERTY, "/etc/gitconfig");
      if ((noSystem != null && !noSystem.isEmpty()) || path.isEmpty()) {
        return new FileBasedConfig(parent, null, fs) {
          @Override
          public void load() {
            // no system config
          }

          @Override
          public boolean isOutdated() {
            return false;
          }
        };
      }
      return new FileBasedConfig(parent, new File(path), fs);
    }
  }
}
