package dev.kijun.runtime.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kijun.runtime.Secret;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link FirstIndex} answers as {@link HashMap#putIfAbsent} does, for the generated {@code unique} check. */
class FirstIndexTest {

  @Test
  void returnsTheFirstPositionOfARepeatedKeyAndMinusOneForANewOne() {
    FirstIndex seen = new FirstIndex(5);
    assertThat(seen.putIfAbsent("a", 0)).isEqualTo(-1);
    assertThat(seen.putIfAbsent("b", 1)).isEqualTo(-1);
    assertThat(seen.putIfAbsent("a", 2)).isEqualTo(0);
    assertThat(seen.putIfAbsent(new String("a"), 3)).isEqualTo(0); // by equals, not identity
    assertThat(seen.putIfAbsent(Secret.of("b"), 4)).isEqualTo(-1); // a secret is not its string
  }

  @Test
  void nullIsAKeyLikeAnyOther() {
    FirstIndex seen = new FirstIndex(3);
    assertThat(seen.putIfAbsent(null, 0)).isEqualTo(-1);
    assertThat(seen.putIfAbsent("null", 1)).isEqualTo(-1);
    assertThat(seen.putIfAbsent(null, 2)).isEqualTo(0);
  }

  /** Keys with one hash code: the probe must compare them by equals and walk on. */
  @Test
  void collidingKeysStayApart() {
    record Same(int n) {
      @Override
      public int hashCode() {
        return 7;
      }
    }
    FirstIndex seen = new FirstIndex(100);
    for (int i = 0; i < 100; i++) {
      assertThat(seen.putIfAbsent(new Same(i), i)).isEqualTo(-1);
    }
    assertThat(seen.putIfAbsent(new Same(99), 100 - 1)).isEqualTo(99);
    assertThat(seen.putIfAbsent(new Same(0), 0)).isEqualTo(0);
  }

  @Test
  void agreesWithAHashMapOnRandomKeys() {
    Random random = new Random(20261202);
    for (int size : new int[] {0, 1, 2, 3, 4, 7, 8, 100, 2000}) {
      FirstIndex seen = new FirstIndex(size);
      Map<Object, Integer> expected = new HashMap<>();
      for (int i = 0; i < size; i++) {
        Object key = random.nextBoolean() ? (Object) (long) random.nextInt(size + 1) : "k" + random.nextInt(size + 1);
        Integer previous = expected.putIfAbsent(key, i);
        assertThat(seen.putIfAbsent(key, i)).as("size %d, key %s", size, key)
            .isEqualTo(previous == null ? -1 : previous);
      }
    }
  }

  @Test
  void refusesMoreKeysThanItWasSizedFor() {
    FirstIndex seen = new FirstIndex(2);
    seen.putIfAbsent("a", 0);
    seen.putIfAbsent("b", 1);
    assertThat(seen.putIfAbsent("a", 2)).isEqualTo(0); // a repeat is no new key
    assertThatThrownBy(() -> seen.putIfAbsent("c", 3)).isInstanceOf(IllegalStateException.class);
  }
}
