package dev.kijun.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Secret#hashCode()} is its value's {@link String#hashCode()}, however long and whatever the script. */
class SecretHashTest {

  @Test
  void hashIsTheValuesStringHash() {
    Random random = new Random(20261202);
    for (int length = 0; length <= 70; length++) {
      StringBuilder latin = new StringBuilder();
      StringBuilder wide = new StringBuilder();
      for (int i = 0; i < length; i++) {
        latin.append((char) ('0' + random.nextInt(75)));
        wide.append(random.nextBoolean() ? (char) ('\u3040' + random.nextInt(96)) : (char) ('a' + random.nextInt(26)));
      }
      for (String value : new String[] {latin.toString(), wide.toString()}) {
        Secret secret = Secret.of(value);
        assertThat(secret.hashCode()).as("%s", value).isEqualTo(value.hashCode());
        assertThat(secret.hashCode()).as("asked twice").isEqualTo(value.hashCode());
        assertThat(Secret.of(new String(value)).hashCode()).isEqualTo(secret.hashCode());
      }
    }
  }
}
