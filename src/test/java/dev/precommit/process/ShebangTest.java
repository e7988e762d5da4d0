package dev.precommit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShebangTest {
  @TempDir Path tmp;

  @Test
  void absoluteInterpreterWithArguments() throws IOException {
    assertEquals(List.of("/bin/bash", "-e"), parse("#!/bin/bash -e\necho hi\n"));
    assertEquals(List.of("/bin/sh"), parse("#!/bin/sh"));
    assertEquals(List.of("/bin/sh"), parse("#! /bin/sh  \r\n"));
  }

  @Test
  void usrBinEnvIsDropped() throws IOException {
    assertEquals(List.of("python3"), parse("#!/usr/bin/env python3\n"));
    assertEquals(List.of("python3.11", "-u"), parse("#!/usr/bin/env -S python3.11 -u\n"));
    assertEquals(List.of(), parse("#!/usr/bin/env\n"));
  }

  @Test
  void quotedShebangsAreSplitLikeAShell() throws IOException {
    assertEquals(List.of("/opt/my python/bin/python"), parse("#!'/opt/my python/bin/python'\n"));
    // Broken quoting falls back to plain whitespace splitting.
    assertEquals(List.of("/bin/x", "'a"), parse("#!/bin/x 'a\n"));
  }

  @Test
  void nonPrintableOrNonAsciiLinesAreNotShebangs() throws IOException {
    assertEquals(List.of(), parse("#!/bin/sh\u0001\n"));
    assertEquals(List.of(), parse("#!/bin/é\n"));
    assertEquals(List.of(), parse("no shebang\n"));
    assertEquals(List.of(), parse("#"));
    assertEquals(List.of(), parse(""));
  }

  @Test
  void onlyTheFirstLineCounts() throws IOException {
    assertEquals(List.of("/bin/sh"), parse("#!/bin/sh\n\u0001\u0002binary"));
  }

  @Test
  void nixShellTakesTheInterpreterFromLaterLines() throws IOException {
    assertEquals(
        List.of("python3"),
        parse("#!/usr/bin/env nix-shell\n#! nix-shell -i python3 -p python3\nprint(1)\n"));
    assertEquals(List.of("nix-shell"), parse("#!/usr/bin/env nix-shell\nprint(1)\n"));
  }

  @Test
  void readsFromFilesAndToleratesMissingOnes() throws IOException {
    Path script = Files.writeString(tmp.resolve("s"), "#!/usr/bin/env sh\necho\n");
    assertEquals(List.of("sh"), Shebang.fromFile(script));
    assertEquals(List.of(), Shebang.fromFile(tmp.resolve("missing")));
    assertEquals(List.of(), Shebang.fromFile(tmp));
  }

  private static List<String> parse(String content) throws IOException {
    return Shebang.parse(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
  }
}
