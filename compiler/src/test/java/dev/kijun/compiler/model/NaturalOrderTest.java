package dev.kijun.compiler.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Official numbers sort as a reader expects. */
class NaturalOrderTest {
  @Test
  void numbersByValueWordsAfterNumbersPrefixesFirst() {
    List<String> ids = new ArrayList<>(List.of("10", "2", "SYS.13.12", "SYS.13.2", "§8.1", "8", "SYS.§8.10",
        "SYS.§8.9", "GOV.1.2.1.management.2", "GOV.1.2.1.accountability.1", "GOV.1.2.1.10", "007", "6.11.C.2",
        "6.11.D.1", "6.11.C.10"));
    ids.sort(NaturalOrder.INSTANCE);
    assertThat(ids).containsExactly("2", "6.11.C.2", "6.11.C.10", "6.11.D.1", "007", "8", "§8.1", "10",
        "GOV.1.2.1.10", "GOV.1.2.1.accountability.1", "GOV.1.2.1.management.2", "SYS.§8.9", "SYS.§8.10",
        "SYS.13.2", "SYS.13.12");
  }

  @Test
  void equalOnlyForTheSameText() {
    assertThat(NaturalOrder.INSTANCE.compare("7", "007")).isNotZero();
    assertThat(NaturalOrder.INSTANCE.compare("SYS.8", "SYS.8")).isZero();
  }
}
