package dev.kijun.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.runtime.Audience;
import dev.kijun.runtime.evidence.AnswerValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The envelope's JSON enums mirror the runtime's enums; adding a constant to one without the other fails here. */
class EnvelopeJsonTest {
  @Test
  void facilityKindsMirrorAudiences() {
    List<String> keywords = new ArrayList<>();
    for (Audience a : Audience.values()) {
      keywords.add("`" + a.keyword() + "`");
    }
    assertThat(Tokens.enumNames(EnvelopeJson.Kind.class)).isEqualTo(String.join(", ", keywords));
    for (EnvelopeJson.Kind k : EnvelopeJson.Kind.values()) {
      assertThat(k.toAudience().name()).isEqualTo(k.name());
    }
  }

  @Test
  void answerValuesMirrorTheRuntime() {
    List<String> names = new ArrayList<>();
    for (AnswerValue v : AnswerValue.values()) {
      names.add("`" + v.jsonName() + "`");
    }
    assertThat(Tokens.enumNames(EnvelopeJson.AnswerJsonValue.class)).isEqualTo(String.join(", ", names));
    for (EnvelopeJson.AnswerJsonValue v : EnvelopeJson.AnswerJsonValue.values()) {
      assertThat(v.toAnswerValue().name()).isEqualTo(v.name());
    }
  }

  @Test
  void suggestionsNeedAPlausibleSlip() {
    assertThat(dev.kijun.runtime.DidYouMean.closest("kindd", List.of("id", "kind", "ports"))).contains("kind");
    assertThat(dev.kijun.runtime.DidYouMean.closest("Kind", List.of("id", "kind"))).contains("kind");
    assertThat(dev.kijun.runtime.DidYouMean.closest("pots", List.of("id", "kind", "ports"))).contains("ports");
    assertThat(dev.kijun.runtime.DidYouMean.closest("colour", List.of("id", "kind", "ports"))).isEmpty();
    assertThat(dev.kijun.runtime.DidYouMean.closest("x", List.of("id"))).isEmpty();
    assertThat(dev.kijun.runtime.DidYouMean.distance("assessedOn", "asesssedOn")).isEqualTo(1);
  }
}
