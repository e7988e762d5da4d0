package dev.precommit.git;

import dev.precommit.errors.FatalError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * What {@code autoupdate} asks of a hook repository, with pre-commit's exact git commands: a
 * blob-less fetch of HEAD and tags into a scratch repository, then {@code git describe} for the
 * newest tag (or the exact tag / sha with {@code --bleeding-edge}).
 */
public final class RemoteRevisions {
  private final Map<String, String> env;

  public RemoteRevisions(Map<String, String> env) {
    this.env = HookRepoFetcher.cleanEnv(env);
  }

  /**
   * @param rev the new rev (a tag, or a sha)
   * @param frozen the tag a frozen sha stands for, or null
   * @param manifest the manifest text at that rev, or null when it has none
   */
  public record Latest(String rev, String frozen, byte[] manifest) {}

  /**
   * @param cooldown tags younger than this are passed over (zero: none)
   * @return the newest revision; its {@code rev} is null when the cooldown rules out every tag
   */
  public Latest latest(String url, boolean tagsOnly, boolean freeze, Duration cooldown) {
    Path tmp = null;
    try {
      tmp = Files.createTempDirectory("precommit-autoupdate");
      GitCli git = new GitCli(tmp, env);
      check(git.run("init", "-q", "--template="), url);
      check(git.run("remote", "add", "origin", url), url);
      check(git.run("config", "extensions.partialClone", "true"), url);
      check(git.run("fetch", "origin", "HEAD", "--quiet", "--filter=blob:none", "--tags"), url);
      String rev = describe(git, "FETCH_HEAD", tagsOnly, cooldown);
      if (rev == null) {
        return new Latest(null, null, null);
      }
      String frozen = null;
      if (freeze) {
        String exact = text(check(git.run("rev-parse", rev + "^{commit}"), url));
        if (!exact.equals(rev)) {
          frozen = rev;
          rev = exact;
        }
      }
      GitCli.Output show = git.run("show", rev + ":.pre-commit-hooks.yaml");
      return new Latest(rev, frozen, show.exitCode() == 0 ? show.stdout() : null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (tmp != null) {
        try {
          deleteTree(tmp);
        } catch (IOException e) {
          // a scratch directory left in /tmp is harmless
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private String describe(GitCli git, String commit, boolean tagsOnly, Duration cooldown) {
    String head = text(git.run("rev-parse", commit));
    if (!tagsOnly) {
      GitCli.Output exact = git.run("describe", commit, "--tags", "--exact");
      return exact.exitCode() == 0 ? text(exact) : head;
    }
    Instant cutoff = Instant.now().minus(cooldown);
    String at = commit;
    while (true) {
      GitCli.Output nearest = git.run("describe", at, "--tags", "--abbrev=0");
      if (nearest.exitCode() != 0) {
        // no tag at all: pre-commit falls back to the fetched sha; none old enough: no update
        return at.equals(commit) ? head : null;
      }
      String tag = bestCandidate(git, text(nearest));
      if (cooldown.isZero() || createdAt(git, tag).isBefore(cutoff)) {
        return tag;
      }
      at = tag + "^";
      if (git.run("rev-parse", "--verify", "-q", at).exitCode() != 0) {
        return null;
      }
    }
  }

  /** Prefer a version-like tag ({@code v1.2.3}) over a moving one ({@code latest}). */
  private static String bestCandidate(GitCli git, String tag) {
    for (String candidate : text(git.run("tag", "--points-at", tag)).split("\n")) {
      if (candidate.contains(".")) {
        return candidate;
      }
    }
    return tag;
  }

  private static Instant createdAt(GitCli git, String tag) {
    String unix = text(git.run("for-each-ref", "--format=%(creatordate:unix)", "refs/tags/" + tag));
    return unix.isEmpty()
        ? Instant.EPOCH
        : Instant.ofEpochSecond(Long.parseLong(unix.split("\n")[0]));
  }

  /** A failed git step is one line: {@code [repo] <git's first error line>}. */
  private static GitCli.Output check(GitCli.Output out, String url) {
    if (out.exitCode() != 0) {
      String reason = "git failed with exit code " + out.exitCode();
      for (String line : new String(out.stderr(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          // git adds advice lines ("Please make sure you have the correct access rights...")
          reason = line.strip();
          break;
        }
      }
      throw new FatalError("[" + UrlMask.mask(url) + "] " + UrlMask.mask(reason));
    }
    return out;
  }

  private static String text(GitCli.Output out) {
    return new String(out.stdout(), StandardCharsets.UTF_8).strip();
  }
}
