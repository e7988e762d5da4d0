package dev.precommit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every built-in hook through {@code precommit run --all-files} in a fresh repository with the
 * network unreachable (github.com is rewritten to a closed local port): once with {@code repo:
 * builtin}, once with the pre-commit-hooks URL, which must take the same in-process path.
 */
class BuiltinHooksE2ETest {
  @TempDir Path temp;

  private static final String HOOKS =
      """
          hooks:
            - id: trailing-whitespace
            - id: end-of-file-fixer
            - id: mixed-line-ending
            - id: check-json
            - id: pretty-format-json
              files: ^pretty/
              args: [--autofix]
            - id: check-yaml
            - id: check-toml
            - id: check-xml
            - id: check-added-large-files
              args: [--maxkb=1]
            - id: check-merge-conflict
              args: [--assume-in-merge]
            - id: check-case-conflict
            - id: detect-private-key
            - id: fix-byte-order-marker
            - id: requirements-txt-fixer
            - id: check-symlinks
            - id: destroyed-symlinks
            - id: check-executables-have-shebangs
            - id: check-shebang-scripts-are-executable
            - id: check-illegal-windows-names
            - id: forbid-new-submodules
            - id: forbid-submodules
            - id: no-commit-to-branch
              args: [--branch, release]
            - id: detect-aws-credentials
              args: [--allow-missing-credentials]
            - id: file-contents-sorter
              files: ^sorted\\.txt$
            - id: sort-simple-yaml
              files: ^simple\\.yaml$
            - id: check-vcs-permalinks
            - id: name-tests-test
      """;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "builtin",
        "https://github.com/pre-commit/pre-commit-hooks\n    rev: v6.0.0",
        "https://github.com/pre-commit/pre-commit-hooks.git\n    rev: 0123abc"
      })
  void everyBuiltinHookFixesAndReportsWithoutNetwork(String repoLine) throws IOException {
    TestRepo repo = TestRepo.init(temp);
    Files.writeString(
        repo.home().resolve(".gitconfig"),
        "[url \"http://127.0.0.1:9/\"]\n\tinsteadOf = https://github.com/\n",
        java.nio.file.StandardOpenOption.APPEND);
    repo.setEnv("http_proxy", "http://127.0.0.1:9").setEnv("https_proxy", "http://127.0.0.1:9");
    repo.write(".pre-commit-config.yaml", "repos:\n  - repo: " + repoLine + "\n" + HOOKS);
    repo.write("notes.md", "hard break  \nsoft \n");
    repo.write("noeol.txt", "x");
    repo.writeBytes("mixed.txt", "a\r\nb\nc\n".getBytes(StandardCharsets.UTF_8));
    repo.write("bad.json", "{\"a\": 1, \"a\": 2}\n");
    repo.write("pretty/p.json", "{\"b\": 1, \"a\": [1, 2]}\n");
    repo.write("dup.yaml", "a: 1\na: 2\n");
    repo.write("bad.toml", "[t]\nx = 1\n[t]\n");
    repo.write("bad.xml", "<a><b></a>\n");
    repo.write("big.bin", "x".repeat(2000) + "\n");
    repo.write("conflict.txt", "<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> other\n");
    repo.write("key.txt", "-----BEGIN RSA PRIVATE KEY-----\n");
    repo.writeBytes("bom.txt", "\ufeffhello\n".getBytes(StandardCharsets.UTF_8));
    repo.write("requirements.txt", "zope\nattrs\n");
    repo.write("script.sh", "echo no shebang\n");
    Files.setPosixFilePermissions(
        repo.root().resolve("script.sh"), PosixFilePermissions.fromString("rwxr-xr-x"));
    repo.write("tool.sh", "#!/bin/sh\necho not executable\n");
    repo.write("aux.txt", "reserved on windows\n");
    repo.write("sorted.txt", "b\na\n");
    repo.write("simple.yaml", "b: 1\n\na: 2\n");
    repo.write("links.txt", "https://github.com/o/r/blob/main/f.py#L1\n");
    repo.write("tests/helper.py", "");
    Files.createSymbolicLink(repo.root().resolve("dangling"), Path.of("nowhere"));
    repo.git("add", "-A");

    CliResult result = repo.run("run", "--all-files");

    assertEquals(1, result.exitCode(), result::toString);
    assertEquals(EXPECTED, result.stdout(), result::toString);
    // without --markdown-linebreak-ext even .md files lose their hard breaks, as in the original
    assertEquals("hard break\nsoft\n", repo.read("notes.md"));
    assertEquals("x\n", repo.read("noeol.txt"));
    assertEquals("a\nb\nc\n", repo.read("mixed.txt"));
    assertEquals("{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": 1\n}\n", repo.read("pretty/p.json"));
    assertEquals("hello\n", repo.read("bom.txt"));
    assertEquals("attrs\nzope\n", repo.read("requirements.txt"));
    assertEquals("a\nb\n", repo.read("sorted.txt"));
    assertEquals("a: 2\n\nb: 1\n", repo.read("simple.yaml"));
    // nothing was cloned: the store holds no repository
    Path store = repo.home().resolve("store");
    assertFalse(
        Files.exists(store)
            && Files.list(store).anyMatch(p -> p.getFileName().toString().startsWith("repo")),
        "no clone in the store");
  }

  @ParameterizedTest
  @ValueSource(strings = {"PRECOMMIT_NO_FAST_PATH", "unknown-hook"})
  void theRepositoryIsClonedWhenTheFastPathIsOffOrAHookIsNotBuiltIn(String why) throws IOException {
    TestRepo repo = TestRepo.init(temp);
    Files.writeString(
        repo.home().resolve(".gitconfig"),
        "[url \"http://127.0.0.1:9/\"]\n\tinsteadOf = https://github.com/\n",
        java.nio.file.StandardOpenOption.APPEND);
    String id = why.equals("unknown-hook") ? "not-in-the-catalog" : "trailing-whitespace";
    if (why.equals("PRECOMMIT_NO_FAST_PATH")) {
      repo.setEnv("PRECOMMIT_NO_FAST_PATH", "1");
    }
    repo.write(
        ".pre-commit-config.yaml",
        "repos:\n  - repo: https://github.com/pre-commit/pre-commit-hooks\n    rev: v6.0.0\n"
            + "    hooks:\n      - id: "
            + id
            + "\n");
    repo.git("add", "-A");

    CliResult result = repo.run("run", "--all-files");

    assertEquals(1, result.exitCode(), result::toString);
    org.junit.jupiter.api.Assertions.assertTrue(
        result
            .stdout()
            .contains(
                "Initializing environment for https://github.com/pre-commit/pre-commit-hooks."),
        result::toString);
  }

  static final String EXPECTED =
      """
      trim trailing whitespace.................................................Failed
      - hook id: trailing-whitespace
      - exit code: 1
      - files were modified by this hook

      Fixing notes.md

      fix end of files.........................................................Failed
      - hook id: end-of-file-fixer
      - exit code: 1
      - files were modified by this hook

      Fixing noeol.txt

      mixed line ending........................................................Failed
      - hook id: mixed-line-ending
      - exit code: 1
      - files were modified by this hook

      mixed.txt: fixed mixed line endings

      check json...............................................................Failed
      - hook id: check-json
      - exit code: 1

      bad.json: Failed to json decode (Duplicate key: a)

      pretty format json.......................................................Failed
      - hook id: pretty-format-json
      - exit code: 1
      - files were modified by this hook

      Fixing file pretty/p.json

      check yaml...............................................................Failed
      - hook id: check-yaml
      - exit code: 1

      while constructing a mapping
        in "dup.yaml", line 1, column 1
      found duplicate key "a" with value "2" (original value: "1")
        in "dup.yaml", line 2, column 1

      To suppress this check see:
          http://yaml.readthedocs.io/en/latest/api.html#duplicate-keys

      check toml...............................................................Failed
      - hook id: check-toml
      - exit code: 1

      bad.toml: Cannot declare ('t',) twice (at line 3, column 3)

      check xml................................................................Failed
      - hook id: check-xml
      - exit code: 1

      bad.xml: Failed to xml parse (bad.xml:1:8: mismatched tag)

      check for added large files..............................................Failed
      - hook id: check-added-large-files
      - exit code: 1

      big.bin (2 KB) exceeds 1 KB.
      .pre-commit-config.yaml (2 KB) exceeds 1 KB.

      check for merge conflicts................................................Failed
      - hook id: check-merge-conflict
      - exit code: 1

      conflict.txt:1: Merge conflict string '<<<<<<<' found
      conflict.txt:3: Merge conflict string '=======' found
      conflict.txt:5: Merge conflict string '>>>>>>>' found

      check for case conflicts.................................................Passed
      detect private key.......................................................Failed
      - hook id: detect-private-key
      - exit code: 1

      Private key found: key.txt

      fix utf-8 byte order marker..............................................Failed
      - hook id: fix-byte-order-marker
      - exit code: 1
      - files were modified by this hook

      bom.txt: removed byte-order marker

      fix requirements.txt.....................................................Failed
      - hook id: requirements-txt-fixer
      - exit code: 1
      - files were modified by this hook

      Sorting requirements.txt

      check for broken symlinks................................................Failed
      - hook id: check-symlinks
      - exit code: 1

      dangling: Broken symlink

      detect destroyed symlinks................................................Passed
      check that executables have shebangs.....................................Failed
      - hook id: check-executables-have-shebangs
      - exit code: 1

      script.sh: marked executable but has no (or invalid) shebang!
        If it isn't supposed to be executable, try: `chmod -x script.sh`
        If on Windows, you may also need to: `git add --chmod=-x script.sh`
        If it is supposed to be executable, double-check its shebang.

      check that scripts with shebangs are executable..........................Failed
      - hook id: check-shebang-scripts-are-executable
      - exit code: 1

      tool.sh: has a shebang but is not marked executable!
        If it is supposed to be executable, try: `chmod +x tool.sh`
        If on Windows, you may also need to: `git add --chmod=+x tool.sh`
        If it is not supposed to be executable, double-check its shebang is wanted.

      check illegal windows names..............................................Failed
      - hook id: check-illegal-windows-names
      - exit code: 1

      Illegal Windows filenames detected

      aux.txt

      forbid new submodules................................(no files to check)Skipped
      forbid submodules....................................(no files to check)Skipped
      don't commit to branch...................................................Passed
      detect aws credentials...................................................Passed
      file contents sorter.....................................................Failed
      - hook id: file-contents-sorter
      - exit code: 1
      - files were modified by this hook

      Sorting sorted.txt

      sort simple yaml files...................................................Failed
      - hook id: sort-simple-yaml
      - exit code: 1
      - files were modified by this hook

      Fixing file `simple.yaml`

      check vcs permalinks.....................................................Failed
      - hook id: check-vcs-permalinks
      - exit code: 1

      links.txt:1:https://github.com/o/r/blob/main/f.py#L1

      Non-permanent github link detected.
      On any page on github press [y] to load a permalink.

      python tests naming......................................................Failed
      - hook id: name-tests-test
      - exit code: 1

      tests/helper.py does not match pattern ".*_test\\.py"

      """;
}
