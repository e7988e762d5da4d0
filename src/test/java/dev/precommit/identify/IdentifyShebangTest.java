package dev.precommit.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifyShebangTest {

  private static List<String> parse(String content) throws IOException {
    return parse(content.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static List<String> parse(byte[] content) throws IOException {
    return Shebang.parse(new ByteArrayInputStream(content));
  }

  @Test
  void noShebangGivesNothing() throws IOException {
    assertEquals(List.of(), parse(""));
    assertEquals(List.of(), parse("#"));
    assertEquals(List.of(), parse("print(1)\n"));
    assertEquals(List.of(), parse(" #!/bin/sh\n"));
  }

  @Test
  void plainInterpreterPath() throws IOException {
    assertEquals(List.of("/usr/bin/python"), parse("#!/usr/bin/python"));
    assertEquals(List.of("/usr/bin/python"), parse("#! /usr/bin/python\nrest"));
    assertEquals(List.of("/bin/bash", "-e"), parse("#!/bin/bash -e\r\n"));
  }

  @Test
  void envIsDropped() throws IOException {
    assertEquals(List.of("python"), parse("#!/usr/bin/env python"));
    assertEquals(List.of("python3.11", "-u"), parse("#!/usr/bin/env -S python3.11 -u"));
    assertEquals(List.of(), parse("#!/usr/bin/env"));
    assertEquals(List.of(), parse("#!/usr/bin/env -S"));
    // only the exact path counts
    assertEquals(List.of("/bin/env", "python"), parse("#!/bin/env python"));
  }

  @Test
  void quotedPathsAreUnquoted() throws IOException {
    assertEquals(List.of("/path/with spaces/x", "y"), parse("#!\"/path/with spaces/x\" y"));
  }

  @Test
  void unbalancedQuoteFallsBackToWhitespaceSplit() throws IOException {
    assertEquals(List.of("/path'with/quotes", "y"), parse("#!/path'with/quotes    y"));
    assertEquals(List.of("/path'with/quotes", "y"), parse("#! /path'with/quotes y \n"));
  }

  @Test
  void blankShebangGivesNothing() throws IOException {
    assertEquals(List.of(), parse("#!   \n"));
  }

  @Test
  void nonPrintableFirstLineIsIgnored() throws IOException {
    assertEquals(List.of(), parse(new byte[] {'#', '!', (byte) 0xf9, (byte) 0x93, 1, 0x42}));
    assertEquals(List.of(), parse(new byte[] {'#', '!', 0, 0, 0}));
    assertEquals(List.of(), parse("#!/usr/bin/pythön\n".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void nixShellTakesInterpreterFromDashI() throws IOException {
    assertEquals(
        List.of("bash"), parse("#! /usr/bin/env nix-shell\n#! nix-shell -i bash -p python"));
    assertEquals(
        List.of("python"), parse("#! /usr/bin/env nix-shell\n#! nix-shell -p coreutils -i python"));
    assertEquals(
        List.of("python"),
        parse("#! /usr/bin/env nix-shell\n#!nix-shell -p coreutils\n#!nix-shell -i python"));
  }

  @Test
  void nixShellQuotedArgumentsAreNotFlags() throws IOException {
    String script =
        "#!/usr/bin/env nix-shell\n"
            + "#!nix-shell --argstr x \"a -i python3 p\"\n"
            + "#!nix-shell -i bash\n"
            + "#!nix-shell --argstr y \"b -i ruby q\"\n"
            + "echo hi\n";
    assertEquals(List.of("bash"), parse(script));
  }

  @Test
  void nixShellWithoutUsableDashIKeepsNixShell() throws IOException {
    assertEquals(List.of("nix-shell"), parse("#! /usr/bin/env nix-shell"));
    assertEquals(List.of("nix-shell"), parse("#! /usr/bin/env nix-shell\n#! nix-shell -i"));
    assertEquals(List.of("nix-shell"), parse("#!/usr/bin/env nix-shell\necho -i bash\n"));
    assertEquals(
        List.of("nix-shell"),
        parse(
            new byte[] {'#', '!', 'n', 'i', 'x', '-', 's', 'h', 'e', 'l', 'l', '\n', '#', '!', 0}));
    assertEquals(List.of("/usr/bin/nix-shell"), parse("#! /usr/bin/nix-shell\n#! nix-shell -i sh"));
    assertEquals(
        List.of("nix-shell", "extra"), parse("#!/usr/bin/env nix-shell extra\n#!nix-shell -i sh"));
  }

  @Test
  void unreadableNixLineStopsAtLastGoodInterpreter() throws IOException {
    byte[] head =
        "#!/usr/bin/env nix-shell\n#!nix-shell -i perl\n#!".getBytes(StandardCharsets.US_ASCII);
    byte[] bad = new byte[head.length + 2];
    System.arraycopy(head, 0, bad, 0, head.length);
    bad[head.length] = (byte) 0xff;
    bad[head.length + 1] = '\n';
    assertEquals(List.of("perl"), parse(bad));
  }
}
