package dev.precommit.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ProcessRunnerTest {
  private final ProcessRunner runner = new ProcessRunner(Duration.ofMillis(500));

  @TempDir Path tmp;

  @Test
  void stdoutAndStderrAreMergedInOrder() throws Exception {
    Result result = sh("echo 0; echo 1 >&2; echo 2; echo 3 >&2");
    assertEquals(new Result(0, "0\n1\n2\n3\n".getBytes()), result);
  }

  @Test
  void argumentsArePassedVerbatimWithoutAShell() throws Exception {
    List<String> args = List.of("a b", "'q'", "\"dq\"", "$HOME", "${x}", "{a,b}", "*", "", "\\n");
    List<String> argv = new java.util.ArrayList<>(List.of("printf", "[%s]\\n"));
    argv.addAll(args);
    Result result = runner.run(argv, tmp, Scripts.systemPath());
    assertEquals(
        "[a b]\n['q']\n[\"dq\"]\n[$HOME]\n[${x}]\n[{a,b}]\n[*]\n[]\n[\\n]\n", result.outputText());
  }

  @Test
  void rawBytesPassThroughUndecoded() throws Exception {
    Result result =
        runner.run(List.of("printf", "\\377\\376\\000\\r\\n"), tmp, Scripts.systemPath());
    assertArrayEquals(new byte[] {(byte) 0xff, (byte) 0xfe, 0, '\r', '\n'}, result.output());
  }

  @Test
  void exitCodesAreReported() throws Exception {
    assertEquals(3, sh("exit 3").exitCode());
    assertEquals(255, sh("exit 255").exitCode());
    assertEquals(0, sh("exit 256").exitCode()); // only the low 8 bits survive
  }

  @Test
  void deathBySignalIsReportedAs128PlusTheSignal() throws Exception {
    // Python would say -9; the JVM cannot tell this apart from `exit 137`.
    assertEquals(137, sh("kill -9 $$").exitCode());
  }

  @Test
  void stdinIsClosedSoReadersSeeEof() throws Exception {
    assertEquals(new Result(0, "[]\n".getBytes()), sh("x=$(cat); echo \"[$x]\""));
  }

  @Test
  void environmentIsExactlyTheGivenMap() throws Exception {
    Map<String, String> env = Map.of("PATH", "/usr/bin:/bin", "ONLY_ME", "1");
    Result result = runner.run(List.of("env"), tmp, env);
    assertEquals(
        List.of("ONLY_ME=1", "PATH=/usr/bin:/bin"), result.outputText().lines().sorted().toList());
  }

  @Test
  void runsInTheGivenDirectory() throws Exception {
    assertEquals(tmp.toRealPath() + "\n", sh("pwd -P").outputText());
  }

  @Test
  void relativeExecutablesResolveAgainstTheWorkingDirectory() throws Exception {
    Scripts.executable(tmp.resolve("bin/tool"), "#!/bin/sh\necho \"tool $*\"\n");
    assertEquals(
        "tool x\n", runner.run(List.of("bin/tool", "x"), tmp, Scripts.systemPath()).outputText());
    Map<String, String> relativePath = Map.of("PATH", "bin:/usr/bin:/bin");
    assertEquals("tool y\n", runner.run(List.of("tool", "y"), tmp, relativePath).outputText());
  }

  @Test
  void notFoundDirectoryAndNotExecutableAreResults() throws Exception {
    Files.createDirectories(tmp.resolve("dir"));
    Scripts.plain(tmp.resolve("noexec"), "#!/bin/sh\n");
    Map<String, String> env = Scripts.systemPath();

    assertEquals(
        new Result(1, "Executable `i-dont-exist-lol` not found".getBytes()),
        runner.run(List.of("i-dont-exist-lol"), tmp, env));
    assertEquals(
        new Result(1, "Executable `./dir` is a directory".getBytes()),
        runner.run(List.of("./dir"), tmp, env));
    assertEquals(
        new Result(1, "Executable `./noexec` is not executable".getBytes()),
        runner.run(List.of("./noexec"), tmp, env));
  }

  @Test
  void shebangScriptsRunThroughTheirInterpreter() throws Exception {
    Scripts.executable(tmp.resolve("env-sh"), "#!/usr/bin/env sh\necho \"env-sh $0 $*\"\n");
    Scripts.executable(tmp.resolve("strict"), "#!/bin/sh -e\nfalse\necho unreachable\n");
    Map<String, String> env = Scripts.systemPath();

    assertEquals(
        new Result(0, "env-sh ./env-sh a b\n".getBytes()),
        runner.run(List.of("./env-sh", "a", "b"), tmp, env));
    assertEquals(new Result(1, new byte[0]), runner.run(List.of("./strict"), tmp, env));
  }

  @Test
  void filesTheKernelCannotExecuteFailLikePython() throws Exception {
    Scripts.executable(tmp.resolve("no-shebang"), "echo would run under sh\n");
    Scripts.executable(tmp.resolve("empty"), "");

    assertEquals(
        new Result(1, "[Errno 8] Exec format error: './no-shebang'\n".getBytes()),
        runner.run(List.of("./no-shebang"), tmp, Scripts.systemPath()));
    assertEquals(
        new Result(1, "[Errno 8] Exec format error: './empty'\n".getBytes()),
        runner.run(List.of("./empty"), tmp, Scripts.systemPath()));
  }

  @Test
  void aMissingWorkingDirectoryIsAnOsErrorResult() throws Exception {
    Path missing = tmp.resolve("gone");
    assertEquals(
        new Result(1, ("[Errno 2] No such file or directory: '" + missing + "'\n").getBytes()),
        runner.run(List.of("/bin/sh", "-c", "true"), missing, Scripts.systemPath()));
  }

  @Test
  void largeOutputIsCollectedCompletely() throws Exception {
    Result result = sh("i=0; while [ $i -lt 20000 ]; do echo line$i; i=$((i+1)); done");
    List<String> lines = result.outputText().lines().toList();
    assertEquals(20000, lines.size());
    assertEquals("line19999", lines.get(19999));
  }

  @Test
  @Timeout(30)
  void interruptingTheCallerKillsTheProcessTree() throws Exception {
    Path pidFile = tmp.resolve("child.pid");
    AtomicReference<Object> outcome = new AtomicReference<>();
    Thread caller =
        new Thread(() -> outcome.set(runCatching("sleep 60 & echo $! > child.pid; wait")));
    caller.start();
    long child = awaitPid(pidFile);
    caller.interrupt();
    caller.join();

    assertTrue(outcome.get() instanceof InterruptedException, String.valueOf(outcome.get()));
    Scripts.awaitDeath(child);
  }

  @Test
  @Timeout(30)
  void destroyAllKillsRunningCommandsEvenIfTheyIgnoreSigterm() throws Exception {
    Path pidFile = tmp.resolve("child.pid");
    AtomicReference<Object> outcome = new AtomicReference<>();
    Thread caller =
        new Thread(
            () -> outcome.set(runCatching("trap '' TERM; sleep 60 & echo $! > child.pid; wait")));
    caller.start();
    long child = awaitPid(pidFile);
    runner.destroyAll();
    caller.join();

    assertEquals(128 + 9, ((Result) outcome.get()).exitCode());
    Scripts.awaitDeath(child);
  }

  @Test
  void nothingStartsAfterDestroyAllSoAnInterruptedRunCannotStartItsNextHook() throws Exception {
    runner.destroyAll();
    Path marker = tmp.resolve("ran");

    assertThrows(InterruptedException.class, () -> sh("touch " + marker));
    assertThrows(
        InterruptedException.class,
        () ->
            runner.runStreaming(
                List.of("/bin/sh", "-c", "touch " + marker),
                tmp,
                Scripts.systemPath(),
                new byte[0],
                OutputStream.nullOutputStream()));
    assertFalse(Files.exists(marker), "no process was started");
  }

  @Test
  void interruptedBeforeStartStillThrows() {
    Thread.currentThread().interrupt();
    try {
      assertThrows(InterruptedException.class, () -> sh("sleep 5"));
    } finally {
      Thread.interrupted();
    }
  }

  private Result sh(String script) throws InterruptedException {
    return runner.run(List.of("sh", "-c", script), tmp, Scripts.systemPath());
  }

  private static long awaitPid(Path pidFile) throws IOException, InterruptedException {
    for (int i = 0; i < 500; i++) {
      if (Files.exists(pidFile)) {
        String text = Files.readString(pidFile, StandardCharsets.US_ASCII).trim();
        if (!text.isEmpty()) {
          return Long.parseLong(text);
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the command never started");
  }

  private Object runCatching(String script) {
    try {
      return sh(script);
    } catch (InterruptedException e) {
      return e;
    }
  }
}
