package dev.precommit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ssh:// and scp-like URLs go through git's own ssh transport. There is no sshd here, so the "ssh"
 * program is a stand-in that runs the remote command (git-upload-pack) locally — the same contract
 * as a real ssh connection, with {@code GIT_SSH_COMMAND} as users would set it.
 */
class SshTransportE2ETest {
  @TempDir Path temp;

  @Test
  void sshAndScpLikeUrlsAreFetchedThroughGitsSshTransport() throws Exception {
    TestRepo repo = TestRepo.init(temp.resolve("consumer"));
    HookRepo hooks = HookRepo.scriptHooks(repo, temp.resolve("hooks"));
    Path fakeSsh = temp.resolve("fake-ssh");
    Files.writeString(
        fakeSsh,
        "#!/usr/bin/env bash\n"
            + "# ssh [options] host command: run the command here, as sshd would\n"
            + "echo \"$@\" >> \"$(dirname \"$0\")/ssh-calls.log\"\n"
            + "exec sh -c \"${@: -1}\"\n");
    Files.setPosixFilePermissions(fakeSsh, PosixFilePermissions.fromString("rwxr-xr-x"));
    repo.setEnv("GIT_SSH_COMMAND", fakeSsh.toString());
    for (String url :
        new String[] {
          "ssh://git@example.invalid" + hooks.dir(), "git@example.invalid:" + hooks.dir()
        }) {
      repo.write(
          ".pre-commit-config.yaml",
          "repos:\n-   repo: " + url + "\n    rev: v1.0.0\n    hooks:\n    -   id: bash_hook\n");
      repo.git("add", "-A");
      CliResult r = repo.run("run", "--all-files");
      assertEquals(0, r.exitCode(), r::toString);
      assertTrue(r.stdout().contains("Bash hook"), r::toString);
    }
    String calls = Files.readString(temp.resolve("ssh-calls.log"));
    assertTrue(calls.contains("git@example.invalid") && calls.contains("git-upload-pack"), calls);
  }
}
