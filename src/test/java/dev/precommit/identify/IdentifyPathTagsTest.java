package dev.precommit.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentifyPathTagsTest {
  private final Identify identify = Identify.load();

  @TempDir Path dir;

  private Path write(String name, String content, boolean executable) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8), executable);
  }

  private Path write(String name, byte[] content, boolean executable) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    Files.setPosixFilePermissions(
        file, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
    return file;
  }

  private Set<String> tags(Path path) throws IOException {
    return identify.tagsFromPath(path);
  }

  @Test
  void executableScriptWithEnvShebangGetsInterpreterTags() throws IOException {
    Path script = write("script", "#!/usr/bin/env python3\nprint(1)\n", true);
    assertEquals(Set.of("executable", "file", "python", "python3", "text"), tags(script));
  }

  @Test
  void nonExecutableScriptIgnoresShebang() throws IOException {
    Path noexec = write("noexec", "#!/usr/bin/env python3\nprint(1)\n", false);
    assertEquals(Set.of("file", "non-executable", "text"), tags(noexec));
  }

  @Test
  void controlBytesMakeBinary() throws IOException {
    Path blob = write("blob", new byte[] {0, 1}, false);
    assertEquals(Set.of("binary", "file", "non-executable"), tags(blob));
  }

  @Test
  void elfHeaderIsExecutableBinary() throws IOException {
    Path elf = write("prog", new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1}, true);
    assertEquals(Set.of("binary", "executable", "file"), tags(elf));
  }

  @Test
  void shebangWithArgumentUsesProgram() throws IOException {
    Path sh = write("sh1", "#!/bin/bash -e\necho hi\n", true);
    assertEquals(Set.of("bash", "executable", "file", "shell", "text"), tags(sh));
  }

  @Test
  void envDashSStripsVersionSuffix() throws IOException {
    Path script = write("tool", "#!/usr/bin/env -S python3.11 -u\n", true);
    assertEquals(Set.of("executable", "file", "python", "python3", "text"), tags(script));
  }

  @Test
  void nixShellInterpreterComesFromLaterLine() throws IOException {
    Path script =
        write("nixy", "#!/usr/bin/env nix-shell\n#!nix-shell -i bash -p jq\necho\n", true);
    assertEquals(Set.of("bash", "executable", "file", "shell", "text"), tags(script));
  }

  @Test
  void unknownInterpreterStillClassifiesText() throws IOException {
    Path script = write("odd", "#!/opt/bin/frobnicate\n", true);
    assertEquals(Set.of("executable", "file", "text"), tags(script));
  }

  @Test
  void knownExtensionSkipsShebang() throws IOException {
    Path script = write("run.sh", "#!/usr/bin/env python3\n", true);
    assertEquals(Set.of("executable", "file", "shell", "text"), tags(script));
  }

  @Test
  void namedFilesUseNameTable() throws IOException {
    assertEquals(
        Set.of("dockerfile", "file", "non-executable", "text"),
        tags(write("Dockerfile.xenial", "FROM x\n", false)));
    assertEquals(
        Set.of("file", "makefile", "non-executable", "text"),
        tags(write("Makefile", "all:\n", false)));
    assertEquals(
        Set.of("bash", "file", "non-executable", "shell", "text"),
        tags(write(".bashrc", "alias l=ls\n", false)));
    assertEquals(
        Set.of("file", "ini", "non-executable", "text"),
        tags(write("setup.cfg", "[metadata]\n", false)));
  }

  @Test
  void upperCaseExtensionIsLowerCased() throws IOException {
    assertEquals(
        Set.of("file", "json", "non-executable", "text"), tags(write("x.JSON", "{}", false)));
  }

  @Test
  void binaryCheckExtensionReadsContents() throws IOException {
    assertEquals(
        Set.of("file", "non-executable", "plist", "text"),
        tags(write("a.plist", "<?xml version=\"1.0\"?>\n<plist/>\n", false)));
    byte[] bplist = {'b', 'p', 'l', 'i', 's', 't', '0', '0', (byte) 0xd1, 1, 2, 0};
    assertEquals(
        Set.of("binary", "file", "non-executable", "plist"), tags(write("b.plist", bplist, false)));
  }

  @Test
  void binaryExtensionIsTrustedWithoutReading() throws IOException {
    // The extension says binary, so plain-text contents do not matter.
    assertEquals(
        Set.of("binary", "file", "image", "jpeg", "non-executable"),
        tags(write("photo.jpg", "not really a jpeg", false)));
  }

  @Test
  void emptyFileIsText() throws IOException {
    assertEquals(Set.of("file", "non-executable", "text"), tags(write("empty", "", false)));
    assertEquals(Set.of("executable", "file", "text"), tags(write("empty-exec", "", true)));
  }

  @Test
  void onlyFirstKibibyteDecidesEncoding() throws IOException {
    byte[] content = new byte[2048];
    java.util.Arrays.fill(content, (byte) 'a');
    content[1500] = 0;
    assertEquals(Set.of("file", "non-executable", "text"), tags(write("late-nul", content, false)));
    content[1023] = 0;
    assertEquals(
        Set.of("binary", "file", "non-executable"), tags(write("edge-nul", content, false)));
  }

  @Test
  void directoryIsOnlyDirectory() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub.py"));
    assertEquals(Set.of("directory"), tags(sub));
  }

  @Test
  void symlinksAreNotFollowed() throws IOException {
    Path target = write("target.py", "x = 1\n", false);
    Path link = Files.createSymbolicLink(dir.resolve("link.py"), target);
    assertEquals(Set.of("symlink"), tags(link));
    Path dirLink = Files.createSymbolicLink(dir.resolve("dirlink"), dir);
    assertEquals(Set.of("symlink"), tags(dirLink));
  }

  @Test
  void brokenSymlinkIsSymlink() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("broken"), dir.resolve("missing"));
    assertEquals(Set.of("symlink"), tags(link));
  }

  @Test
  void socketIsOnlySocket() throws IOException {
    // Unix socket paths are limited to ~100 bytes, so use a short directory.
    Path shortDir = Files.createTempDirectory(Path.of("/tmp"), "idsock");
    Path socket = shortDir.resolve("s");
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(socket));
      assertEquals(Set.of("socket"), tags(socket));
    } finally {
      Files.deleteIfExists(socket);
      Files.delete(shortDir);
    }
  }

  @Test
  void missingPathThrows() {
    assertThrows(NoSuchFileException.class, () -> tags(dir.resolve("nope")));
  }

  @Test
  void unreadableFileWithKnownExtensionIsNotRead() throws IOException {
    Path file = write("secret.py", "x = 1\n", false);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assertEquals(Set.of("file", "non-executable", "python", "text"), tags(file));
  }

  @Test
  void unreadableFileThatMustBeSniffedThrows() throws IOException {
    Path file = write("secret", "x = 1\n", false);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(file), "root can read any file");
    assertThrows(AccessDeniedException.class, () -> tags(file));
  }
}
