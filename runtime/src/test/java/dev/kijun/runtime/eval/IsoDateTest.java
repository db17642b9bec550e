package dev.kijun.runtime.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link IsoDate} writes exactly what {@link LocalDate#toString()} writes. */
class IsoDateTest {
  @Test
  void writesWhatLocalDateWrites() {
    for (LocalDate d : new LocalDate[] {LocalDate.of(0, 1, 1), LocalDate.of(9, 9, 9), LocalDate.of(999, 12, 31),
        LocalDate.of(2026, 2, 28), LocalDate.of(2024, 2, 29), LocalDate.of(9999, 12, 31), LocalDate.of(10000, 1, 1),
        LocalDate.of(-1, 6, 15), LocalDate.MIN, LocalDate.MAX, LocalDate.EPOCH}) {
      assertThat(IsoDate.format(d)).isEqualTo(d.toString());
    }
    Random random = new Random(20261203);
    for (int i = 0; i < 100_000; i++) {
      LocalDate d = LocalDate.ofEpochDay(random.nextInt(5_000_000) - 1_000_000); // about 900 BC to 14,000 AD
      assertThat(IsoDate.format(d)).isEqualTo(d.toString());
    }
  }
}
