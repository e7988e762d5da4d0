package dev.precommit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PythonRandomTest {
  private static final String SHUFFLES =
      String.join(
          "\n",
          "import random, sys",
          "for n in map(int, sys.argv[1:]):",
          "    r = random.Random()",
          "    r.seed(1542676187, version=1)",
          "    x = list(range(n))",
          "    r.shuffle(x)",
          "    print(' '.join(map(str, x)))");

  @TempDir Path tmp;

  @Test
  void firstOutputsMatchCpythonSeededWithPreCommitsSeed() {
    PythonRandom random = new PythonRandom(PythonRandom.FIXED_RANDOM_SEED);
    List<Long> outputs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      outputs.add(random.genrand32());
    }
    assertEquals(List.of(2472326011L, 2061721674L, 2625518588L, 881996946L, 1343846257L), outputs);
  }

  @Test
  void shuffleMatchesSpecVectors() {
    assertEquals(List.of(0, 1), shuffledRange(2));
    assertEquals(List.of(0, 1, 2), shuffledRange(3));
    assertEquals(List.of(1, 0, 2, 3), shuffledRange(4));
    assertEquals(List.of(1, 0, 2, 3, 4), shuffledRange(5));
    assertEquals(List.of(4, 0, 5, 1, 8, 6, 2, 3, 7, 9), shuffledRange(10));
    assertEquals(
        List.of(4, 9, 5, 14, 0, 13, 12, 11, 1, 17, 2, 8, 3, 7, 19, 16, 10, 6, 15, 18),
        shuffledRange(20));
  }

  @Test
  void shuffleOfEmptyAndSingletonListsIsIdentity() {
    assertEquals(List.of(), shuffledRange(0));
    assertEquals(List.of(0), shuffledRange(1));
  }

  @Test
  void getrandbitsTakesTheTopBits() {
    PythonRandom a = new PythonRandom(PythonRandom.FIXED_RANDOM_SEED);
    assertEquals(2472326011L >>> 29, a.getrandbits(3));
    assertEquals(0, a.getrandbits(0));
    assertEquals(2061721674L, a.getrandbits(32));
  }

  @Test
  void shuffleAgreesWithCpythonForSizesUpTo20000() throws Exception {
    List<Integer> sizes = new ArrayList<>();
    IntStream.rangeClosed(0, 64).forEach(sizes::add);
    sizes.addAll(List.of(100, 255, 256, 257, 1000, 4096, 12345, 15000, 19999, 20000));
    String[] args = sizes.stream().map(String::valueOf).toArray(String[]::new);
    String[] expected = Python3.run(tmp, SHUFFLES, args).split("\n", -1);
    for (int i = 0; i < sizes.size(); i++) {
      String actual =
          shuffledRange(sizes.get(i)).stream()
              .map(String::valueOf)
              .collect(Collectors.joining(" "));
      assertEquals(expected[i], actual, "n = " + sizes.get(i));
    }
  }

  private static List<Integer> shuffledRange(int n) {
    return PythonRandom.shuffledWithFixedSeed(IntStream.range(0, n).boxed().toList());
  }
}
