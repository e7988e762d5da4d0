package dev.precommit.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * CPython's {@code random.Random} for integer seeds: MT19937 seeded through {@code init_by_array},
 * {@code getrandbits}, {@code _randbelow} and {@code shuffle}, bit for bit.
 *
 * <p>pre-commit shuffles the file list of every non-serial hook with a fresh generator seeded with
 * {@link #FIXED_RANDOM_SEED}; hooks can observe the order, so it has to be CPython's.
 */
public final class PythonRandom {
  /** pre-commit's {@code FIXED_RANDOM_SEED}. */
  public static final long FIXED_RANDOM_SEED = 1542676187L;

  private static final int N = 624;
  private static final int M = 397;
  private static final int MATRIX_A = 0x9908b0df;
  private static final int UPPER_MASK = 0x80000000;
  private static final int LOWER_MASK = 0x7fffffff;

  private final int[] mt = new int[N];
  private int index;

  /** Like {@code random.Random(seed)}; Python seeds with the absolute value of an int. */
  public PythonRandom(long seed) {
    initByArray(keyOf(seed));
  }

  /**
   * pre-commit's {@code _shuffled}: a copy of {@code items} shuffled by a fresh generator seeded
   * with {@link #FIXED_RANDOM_SEED}.
   */
  public static <T> List<T> shuffledWithFixedSeed(Collection<? extends T> items) {
    List<T> copy = new ArrayList<>(items);
    new PythonRandom(FIXED_RANDOM_SEED).shuffle(copy);
    return copy;
  }

  /** {@code random.shuffle(list)} in place: Fisher-Yates from the end, j = randbelow(i + 1). */
  public <T> void shuffle(List<T> list) {
    for (int i = list.size() - 1; i > 0; i--) {
      Collections.swap(list, i, randbelow(i + 1));
    }
  }

  /** {@code _randbelow_with_getrandbits(n)}: rejection sampling on bit_length(n) bits. */
  public int randbelow(int n) {
    if (n <= 0) {
      throw new IllegalArgumentException("n must be positive: " + n);
    }
    int k = 32 - Integer.numberOfLeadingZeros(n);
    long r = getrandbits(k);
    while (r >= n) {
      r = getrandbits(k);
    }
    return (int) r;
  }

  /** {@code getrandbits(k)} for 0 &lt;= k &lt;= 32: the top k bits of one 32-bit output. */
  public long getrandbits(int k) {
    if (k < 0 || k > 32) {
      throw new IllegalArgumentException("only 0..32 bits are supported: " + k);
    }
    if (k == 0) {
      return 0;
    }
    return genrand32() >>> (32 - k);
  }

  /** The next raw MT19937 output, {@code genrand_uint32}, as an unsigned value. */
  public long genrand32() {
    if (index >= N) {
      twist();
    }
    int y = mt[index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return Integer.toUnsignedLong(y);
  }

  private void twist() {
    for (int kk = 0; kk < N; kk++) {
      int y = (mt[kk] & UPPER_MASK) | (mt[(kk + 1) % N] & LOWER_MASK);
      mt[kk] = mt[(kk + M) % N] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
    }
    index = 0;
  }

  private void initGenrand(int seed) {
    mt[0] = seed;
    for (int i = 1; i < N; i++) {
      mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
    }
    index = N;
  }

  private void initByArray(int[] key) {
    initGenrand(19650218);
    int i = 1;
    int j = 0;
    for (int k = Math.max(N, key.length); k > 0; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) {
        j = 0;
      }
    }
    for (int k = N - 1; k > 0; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000; // MSB is 1, assuring a non-zero initial array
  }

  /** CPython's key: |seed| as little-endian 32-bit words, at least one word. */
  private static int[] keyOf(long seed) {
    long low = seed == Long.MIN_VALUE ? 0 : Math.abs(seed) & 0xffffffffL;
    long high = seed == Long.MIN_VALUE ? 0x80000000L : Math.abs(seed) >>> 32;
    return high == 0 ? new int[] {(int) low} : new int[] {(int) low, (int) high};
  }
}
