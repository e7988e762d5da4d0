package dev.precommit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class XargsTest {
  private static final List<String> FOO = List.of("foo");

  @TempDir Path tmp;

  private final Xargs xargs = new Xargs(new ProcessRunner());

  @Test
  void noFilesStillRunsTheCommandOnce() {
    assertEquals(List.of(List.of("cmd")), Xargs.partition(List.of("cmd"), List.of(), 1, 4096));
    assertEquals(
        List.of(List.of("cmd", "foo")), Xargs.partition(List.of("cmd"), List.of("foo"), 1, 4096));
  }

  @Test
  void batchesFillUpToTheExactLimit() {
    List<String> cmd = List.of("ninechars");
    List<String> args = List.of(dots(5), dots(4), dots(10), dots(5), dots(6));
    assertEquals(
        List.of(
            List.of("ninechars", dots(5), dots(4)),
            List.of("ninechars", dots(10)),
            List.of("ninechars", dots(5)),
            List.of("ninechars", dots(6))),
        Xargs.partition(cmd, args, 1, 21));
  }

  @Test
  void lengthsCountUtf8Bytes() {
    String emoji = "😑".repeat(5); // 20 bytes: 10 + 21 = 31
    assertEquals(
        List.of(List.of("ninechars", emoji)),
        Xargs.partition(List.of("ninechars"), List.of(emoji), 1, 31));
    assertThrows(
        ArgumentTooLongException.class,
        () -> Xargs.partition(List.of("ninechars"), List.of(emoji), 1, 30));
  }

  @Test
  void batchesAreSpreadOverTheJobs() {
    assertEquals(List.of(6, 6, 6, 4), sizes(Xargs.partition(FOO, as(22), 4, 50)));
  }

  @Test
  void batchesAreNotMadeTiny() {
    assertEquals(List.of(4, 4, 2), sizes(Xargs.partition(FOO, as(10), 4, 50)));
  }

  @Test
  void anArgumentThatCanNeverFitIsAnError() {
    ArgumentTooLongException e =
        assertThrows(
            ArgumentTooLongException.class,
            () -> Xargs.partition(List.of("aaaaa"), List.of("aaaaa"), 1, 10));
    assertEquals("aaaaa", e.getMessage());
  }

  @Test
  void environmentSizeCountsPointersAndCStrings() {
    long argMax = 2_097_152;
    assertEquals(1 << 17, Xargs.maxCommandLength(Map.of(), argMax));
    assertEquals(1 << 17, Xargs.maxCommandLength(Map.of("x", "1"), argMax));
    // Small ARG_MAX makes the environment visible: 8 + len("x") + len("12") + 2 = 13.
    assertEquals(10_000 - 2048 - 13, Xargs.maxCommandLength(Map.of("x", "12"), 10_000));
    assertEquals(10_000 - 2048 - 24, Xargs.maxCommandLength(Map.of("x", "1", "y", "2"), 10_000));
    assertEquals(1 << 12, Xargs.maxCommandLength(Map.of("x", "é".repeat(3000)), 10_000));
  }

  @Test
  void argMaxFollowsTheStackLimitLikeGlibc() {
    assertEquals(2_097_152, ArgMax.fromStackLimit("8388608"));
    assertEquals(131_072, ArgMax.fromStackLimit("65536"));
    assertTrue(ArgMax.fromStackLimit("unlimited") > 1 << 30);
    assertTrue(ArgMax.current() >= 131_072);
  }

  @Test
  void jobsFollowPreCommitsRules() {
    int cpus = Cpus.usable();
    assertEquals(1, Xargs.jobs(true, Map.of()));
    assertEquals(1, Xargs.jobs(false, Map.of("PRE_COMMIT_NO_CONCURRENCY", "")));
    assertEquals(1, Xargs.jobs(false, Map.of("PRE_COMMIT_NO_CONCURRENCY", "1", "TRAVIS", "1")));
    assertEquals(2, Xargs.jobs(false, Map.of("TRAVIS", "true")));
    assertEquals(cpus, Xargs.jobs(false, Map.of()));
  }

  @Test
  void cpuCountIsTheAffinityMaskSize() {
    assertEquals(1, Cpus.countList("0"));
    assertEquals(2, Cpus.countList("0-1"));
    assertEquals(7, Cpus.countList("0-3,8,10-11"));
    assertTrue(Cpus.usable() >= 1);
  }

  @Test
  void cpuCountAgreesWithPython() throws Exception {
    String python = Python3.run(tmp, "import os; print(len(os.sched_getaffinity(0)))");
    assertEquals(Integer.parseInt(python.trim()), Cpus.usable());
  }

  @Test
  void exitCodeIsTheFirstWithTheLargestMagnitude() {
    assertEquals(-9, Xargs.combine(results(0, -9, 9, 5)).exitCode());
    assertEquals(1, Xargs.combine(results(1, -1)).exitCode());
    assertEquals(0, Xargs.combine(results(0, 0)).exitCode());
    assertEquals(new Result(0, new byte[0]), Xargs.combine(List.of()));
  }

  @Test
  void outputsAreConcatenatedInBatchOrder() {
    Result combined =
        Xargs.combine(List.of(new Result(0, "a\n".getBytes()), new Result(2, "b\n".getBytes())));
    assertEquals(new Result(2, "a\nb\n".getBytes()), combined);
  }

  @Test
  void runsTheCommandWithAllArguments() throws Exception {
    Result result = xargs.run(List.of("echo"), List.of("hello", "world"), 1, tmp, env());
    assertEquals(new Result(0, "hello world\n".getBytes()), result);
  }

  @Test
  void largestExitCodeOfAllBatchesWins() throws Exception {
    List<String> exit = List.of("sh", "-c", "exit $1", "--");
    int budget = resolvedLength(exit) + 2; // room for exactly one one-digit argument
    assertEquals(0, xargs.run(exit, List.of("0"), 1, budget, tmp, env()).exitCode());
    assertEquals(1, xargs.run(exit, List.of("0", "1"), 1, budget, tmp, env()).exitCode());
    assertEquals(5, xargs.run(exit, List.of("0", "5", "1"), 1, budget, tmp, env()).exitCode());
  }

  @Test
  void fifteenThousandFilesAreAllDeliveredInOrder() throws Exception {
    List<String> files =
        IntStream.range(0, 15000).mapToObj(i -> String.format("dir/file_%05d.py", i)).toList();
    List<String> cmd = List.of("sh", "-c", "echo batch; printf '%s\\n' \"$@\"", "--");

    Result result = xargs.run(cmd, files, 2, tmp, env());

    assertEquals(0, result.exitCode());
    List<String> lines = new ArrayList<>(result.outputText().lines().toList());
    int batches = Collections.frequency(lines, "batch");
    assertTrue(batches >= 2, "expected several batches, got " + batches);
    lines.removeIf("batch"::equals);
    assertEquals(files, lines);
  }

  @Test
  void batchesRunConcurrently() throws Exception {
    List<String> cmd = List.of("sh", "-c", "sleep 0.5; echo $1", "--");
    int budget = resolvedLength(cmd) + 2;
    long start = System.nanoTime();

    Result result = xargs.run(cmd, List.of("1", "2", "3", "4"), 4, budget, tmp, env());

    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(new Result(0, "1\n2\n3\n4\n".getBytes()), result);
    assertTrue(millis < 1500, "4 x 0.5s took " + millis + "ms");
  }

  @Test
  @Timeout(30)
  void interruptingTheCallerStopsAllBatches() throws Exception {
    List<String> cmd = List.of("sh", "-c", "echo $$ > pid.$1; sleep 60", "--");
    int budget = resolvedLength(cmd) + 2;
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread caller =
        new Thread(
            () -> {
              try {
                xargs.run(cmd, List.of("1", "2"), 2, budget, tmp, env());
              } catch (Throwable t) {
                thrown.set(t);
              }
            });
    caller.start();
    while (!Files.exists(tmp.resolve("pid.1")) || !Files.exists(tmp.resolve("pid.2"))) {
      Thread.sleep(10);
    }
    long start = System.nanoTime();
    caller.interrupt();
    caller.join();

    assertTrue(thrown.get() instanceof InterruptedException, String.valueOf(thrown.get()));
    assertTrue(System.nanoTime() - start < 5_000_000_000L);
    Scripts.awaitDeath(Long.parseLong(Files.readString(tmp.resolve("pid.1")).trim()));
    Scripts.awaitDeath(Long.parseLong(Files.readString(tmp.resolve("pid.2")).trim()));
  }

  @Test
  void aMissingExecutableIsTheResult() throws Exception {
    assertEquals(
        new Result(1, "Executable `cmd-not-found` not found".getBytes()),
        xargs.run(List.of("cmd-not-found"), List.of("1"), 1, tmp, env()));
  }

  @Test
  void theEnvironmentReachesTheCommand() throws Exception {
    Map<String, String> env = Map.of("PATH", "/usr/bin:/bin", "PRE_COMMIT_TEST_VAR", "awesome");
    List<String> cmd = List.of("sh", "-c", "echo $PRE_COMMIT_TEST_VAR", "--");
    assertEquals(new Result(0, "awesome\n".getBytes()), xargs.run(cmd, List.of("1"), 1, tmp, env));
  }

  private static Map<String, String> env() {
    return Scripts.systemPath();
  }

  private int resolvedLength(List<String> cmd) {
    List<String> argv = ((Executables.Found) Executables.normalizeCmd(cmd, tmp, env())).argv();
    return String.join(" ", argv).length() + 1;
  }

  private static List<Result> results(int... codes) {
    return IntStream.of(codes).mapToObj(c -> new Result(c, new byte[0])).toList();
  }

  private static List<Integer> sizes(List<List<String>> partitions) {
    return partitions.stream().map(p -> p.size() - 1).toList();
  }

  private static List<String> as(int n) {
    return Collections.nCopies(n, "A");
  }

  private static String dots(int n) {
    return ".".repeat(n);
  }
}
