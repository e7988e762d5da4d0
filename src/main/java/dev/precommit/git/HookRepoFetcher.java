package dev.precommit.git;

import dev.precommit.errors.FatalError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;

/**
 * Fetches a hook repository at a pinned rev into an empty directory with JGit: first just that rev,
 * shallowly; if the server cannot serve it that way, everything, then the rev is resolved (tag,
 * branch, full or abbreviated sha). {@code url.<base>.insteadOf} rules come from git's own
 * configuration so mirrors work. The user's {@code GIT_DIR}/{@code GIT_INDEX_FILE}/{@code
 * GIT_WORK_TREE} never reach a fetch.
 */
public final class HookRepoFetcher {
  private static final String TARGET = "refs/precommit/target";

  private final Map<String, String> env;
  private final Path cwd;

  /**
   * @param cwd where {@code git config} runs for the insteadOf rules; must outlive the fetch
   *     (JGit's file-system probe runs there, see {@link JGitSetup#probeFileSystemIn})
   * @param env the user's environment; GIT_* variables other than transport settings are dropped
   */
  public HookRepoFetcher(Path cwd, Map<String, String> env) {
    this.cwd = cwd;
    this.env = cleanEnv(env);
  }

  /** Fetches and checks out {@code rev}; returns the resolved commit id. */
  public String fetch(String url, String rev, Path dir) {
    String effective = InsteadOf.rewrite(url, InsteadOf.rules(cwd, env));
    if (isSsh(effective)) {
      return fetchWithGit(effective, rev, dir);
    }
    JGitSetup.probeFileSystemIn(cwd);
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("precommit").call()) {
      StoredConfig config = git.getRepository().getConfig();
      config.setString("remote", "origin", "url", effective);
      config.save();
      ObjectId commit = shallow(git, rev);
      if (commit == null) {
        commit = full(git, rev);
      }
      if (commit == null) {
        throw new FatalError(
            "rev " + rev + " was not found in repository " + UrlMask.mask(url) + ".");
      }
      git.checkout().setName(commit.name()).call();
      if (Files.exists(dir.resolve(".gitmodules"))) {
        git.submoduleInit().call();
        git.submoduleUpdate().call();
      }
      return commit.name();
    } catch (GitAPIException | IOException | RuntimeException e) {
      if (e instanceof FatalError fatal) {
        throw fatal;
      }
      throw new FatalError(
          "failed to fetch " + UrlMask.mask(url) + " at " + rev + ": " + reason(e, url), e);
    }
  }

  /** ssh:// and scp-like {@code user@host:path} URLs: JGit here has no SSH transport. */
  static boolean isSsh(String url) {
    return url.startsWith("ssh://")
        || url.startsWith("git+ssh://")
        || (!url.contains("://") && url.matches("[^/:]+@[^/:]+:.*"));
  }

  /** pre-commit's own git commands, for transports JGit lacks (ssh via the system's ssh). */
  private String fetchWithGit(String url, String rev, Path dir) {
    GitCli git = new GitCli(dir, env);
    run(git, url, rev, "init", "-q", "--template=");
    run(git, url, rev, "remote", "add", "origin", url);
    boolean shallow =
        git.run("-c", "protocol.version=2", "fetch", "-q", "origin", rev, "--depth=1").exitCode()
                == 0
            && git.run("checkout", "-q", "FETCH_HEAD").exitCode() == 0;
    if (!shallow) {
      run(git, url, rev, "fetch", "-q", "origin", "--tags");
      run(git, url, rev, "checkout", "-q", rev);
    }
    run(git, url, rev, "submodule", "update", "-q", "--init", "--recursive");
    return new String(run(git, url, rev, "rev-parse", "HEAD"), StandardCharsets.UTF_8).strip();
  }

  private static byte[] run(GitCli git, String url, String rev, String... args) {
    GitCli.Output out = git.run(args);
    if (out.exitCode() != 0) {
      throw new FatalError(
          "failed to fetch "
              + UrlMask.mask(url)
              + " at "
              + rev
              + ": "
              + UrlMask.mask(new String(out.stderr(), StandardCharsets.UTF_8).strip()));
    }
    return out.stdout();
  }

  private static ObjectId shallow(Git git, String rev) {
    List<String> sources = new ArrayList<>();
    if (rev.matches("[0-9a-fA-F]{40}|[0-9a-fA-F]{64}")) {
      sources.add(rev.toLowerCase());
    } else {
      sources.add("refs/tags/" + rev);
      sources.add("refs/heads/" + rev);
    }
    for (String source : sources) {
      try {
        git.fetch()
            .setRemote("origin")
            .setRefSpecs(new RefSpec("+" + source + ":" + TARGET))
            .setDepth(1)
            .setTagOpt(TagOpt.NO_TAGS)
            .call();
        ObjectId id = git.getRepository().resolve(TARGET + "^{commit}");
        if (id != null) {
          return id;
        }
      } catch (GitAPIException | JGitInternalException | IOException | RevisionSyntaxException e) {
        // the server may refuse a shallow or by-sha fetch; the full fetch decides
      }
    }
    return null;
  }

  private static ObjectId full(Git git, String rev) throws GitAPIException, IOException {
    git.fetch()
        .setRemote("origin")
        .setRefSpecs(
            new RefSpec("+refs/heads/*:refs/remotes/origin/*"),
            new RefSpec("+refs/tags/*:refs/tags/*"))
        .setTagOpt(TagOpt.FETCH_TAGS)
        .call();
    Repository repo = git.getRepository();
    for (String candidate : List.of("refs/tags/" + rev, "refs/remotes/origin/" + rev, rev)) {
      try {
        ObjectId id = repo.resolve(candidate + "^{commit}");
        if (id != null) {
          return id;
        }
      } catch (RevisionSyntaxException | IOException e) {
        // not this form; try the next
      }
    }
    return null;
  }

  private static String reason(Exception e, String url) {
    Throwable t = e;
    String message = e.getMessage();
    while (t.getCause() != null) {
      t = t.getCause();
      if (t.getMessage() != null) {
        message = t.getMessage();
      }
    }
    if (t instanceof java.net.UnknownHostException) {
      message = "unknown host " + t.getMessage();
    } else if (t instanceof java.net.ConnectException) {
      message = "connection refused (" + t.getMessage() + ")";
    }
    return UrlMask.mask(String.valueOf(message).replace(url, UrlMask.mask(url)));
  }

  /**
   * pre-commit's {@code no_git_env}: keeps only the GIT_* variables that configure transport (also
   * used by languages whose installers run git, such as go).
   */
  public static Map<String, String> cleanEnv(Map<String, String> env) {
    List<String> keep =
        List.of(
            "GIT_EXEC_PATH",
            "GIT_SSH",
            "GIT_SSH_COMMAND",
            "GIT_SSL_CAINFO",
            "GIT_SSL_NO_VERIFY",
            "GIT_CONFIG_COUNT",
            "GIT_HTTP_PROXY_AUTHMETHOD",
            "GIT_ALLOW_PROTOCOL",
            "GIT_ASKPASS",
            "GIT_CONFIG_GLOBAL",
            "GIT_CONFIG_NOSYSTEM");
    Map<String, String> out = new HashMap<>();
    env.forEach(
        (k, v) -> {
          if (!k.startsWith("GIT_")
              || keep.contains(k)
              || k.startsWith("GIT_CONFIG_KEY_")
              || k.startsWith("GIT_CONFIG_VALUE_")) {
            out.put(k, v);
          }
        });
    return out;
  }

  /** Reads a file of the checkout (used for the manifest). */
  static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
