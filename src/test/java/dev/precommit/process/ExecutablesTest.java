package dev.precommit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.precommit.process.Executables.Failed;
import dev.precommit.process.Executables.Found;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutablesTest {
  @TempDir Path tmp;

  @Test
  void bareNamesAreLookedUpOnTheGivenPathNotTheJvms() throws IOException {
    Path tool = Scripts.executable(tmp.resolve("bin/my-tool"), "#!/bin/sh\n");
    Map<String, String> env = Map.of("PATH", "/nonexistent:" + tmp.resolve("bin"));

    assertEquals(Optional.of(tool.toString()), Executables.findExecutable("my-tool", tmp, env));
    assertEquals(
        Optional.empty(), Executables.findExecutable("my-tool", tmp, Scripts.systemPath()));
  }

  @Test
  void pathLookupSkipsDirectoriesAndNonExecutables() throws IOException {
    Files.createDirectories(tmp.resolve("a/tool"));
    Scripts.plain(tmp.resolve("b/tool"), "#!/bin/sh\n");
    Path good = Scripts.executable(tmp.resolve("c/tool"), "#!/bin/sh\n");
    String path = tmp.resolve("a") + ":" + tmp.resolve("b") + ":" + tmp.resolve("c");

    assertEquals(
        Optional.of(good.toString()),
        Executables.findExecutable("tool", tmp, Map.of("PATH", path)));
  }

  @Test
  void relativeAndEmptyPathEntriesAreRelativeToTheWorkingDirectory() throws IOException {
    Scripts.executable(tmp.resolve("bin/tool"), "#!/bin/sh\n");
    Scripts.executable(tmp.resolve("here"), "#!/bin/sh\n");

    assertEquals(
        Optional.of("bin/tool"), Executables.findExecutable("tool", tmp, Map.of("PATH", "bin")));
    assertEquals(
        Optional.of("./here"), Executables.findExecutable("here", tmp, Map.of("PATH", "/x:")));
    assertEquals(Optional.of("./here"), Executables.findExecutable("here", tmp, Map.of()));
  }

  @Test
  void pathextSuffixesAreTriedFirstWhenSet() throws IOException {
    Scripts.executable(tmp.resolve("tool"), "#!/bin/sh\n");
    Path suffixed = Scripts.executable(tmp.resolve("tool.sh"), "#!/bin/sh\n");
    Map<String, String> env = Map.of("PATH", tmp.toString(), "PATHEXT", ".sh");

    assertEquals(Optional.of(suffixed.toString()), Executables.findExecutable("tool", tmp, env));
  }

  @Test
  void missingExecutableIsReportedLikePreCommit() {
    Executables.Resolution r =
        Executables.normalizeCmd(List.of("i-dont-exist-lol"), tmp, Scripts.systemPath());
    assertEquals(new Failed("Executable `i-dont-exist-lol` not found"), r);
    assertEquals(
        new Result(1, "Executable `i-dont-exist-lol` not found".getBytes()),
        ((Failed) r).toResult());
  }

  @Test
  void pathsAreCheckedForExistenceKindAndMode() throws IOException {
    Files.createDirectories(tmp.resolve("dir"));
    Scripts.plain(tmp.resolve("noexec"), "#!/bin/sh\n");
    Map<String, String> env = Scripts.systemPath();

    assertEquals(
        new Failed("Executable `./missing` not found"), Executables.normexe("./missing", tmp, env));
    assertEquals(
        new Failed("Executable `./dir` is a directory"), Executables.normexe("./dir", tmp, env));
    assertEquals(
        new Failed("Executable `./noexec` is not executable"),
        Executables.normexe("./noexec", tmp, env));
  }

  @Test
  void shebangInterpreterIsPrependedAndResolvedOnPath() throws IOException {
    Scripts.executable(tmp.resolve("script"), "#!/usr/bin/env sh\necho hi\n");
    Path sh = Path.of(Executables.findExecutable("sh", tmp, Scripts.systemPath()).orElseThrow());

    assertEquals(
        new Found(List.of(sh.toString(), "./script", "a", "b")),
        Executables.normalizeCmd(List.of("./script", "a", "b"), tmp, Scripts.systemPath()));
  }

  @Test
  void shebangArgumentsAreKept() throws IOException {
    Scripts.executable(tmp.resolve("script"), "#!/bin/sh -e\necho hi\n");

    assertEquals(
        new Found(List.of("/bin/sh", "-e", "./script", "f")),
        Executables.normalizeCmd(List.of("./script", "f"), tmp, Scripts.systemPath()));
  }

  @Test
  void missingShebangInterpreterIsNamedInTheError() throws IOException {
    Scripts.executable(tmp.resolve("script"), "#!/usr/bin/env python9000\n");

    assertEquals(
        new Failed("Executable `python9000` not found"),
        Executables.normalizeCmd(List.of("./script"), tmp, Scripts.systemPath()));
  }

  @Test
  void binariesHaveNoShebang() {
    Executables.Resolution r =
        Executables.normalizeCmd(List.of("sh", "-c", "true"), tmp, Scripts.systemPath());
    assertEquals(List.of("-c", "true"), ((Found) r).argv().subList(1, 3));
  }
}
