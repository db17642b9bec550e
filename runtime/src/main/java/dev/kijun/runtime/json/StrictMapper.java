package dev.kijun.runtime.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Secret;
import java.time.LocalDate;

/**
 * The Jackson configuration for evidence: strict JSON, no coercion between scalar kinds, required means present
 * and not null, ISO dates only. Kept in one place so the loader and its tests agree on what "strict" is.
 */
final class StrictMapper {
  private StrictMapper() {}

  /** A parser factory enforcing the limits and rejecting duplicate keys; everything non-standard stays off. */
  static JsonFactory factory(EvidenceLimits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(Math.min(limits.maxStringLength(), 1024))
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
  }

  /** A mapper over {@code factory}. Creating one is costly; the loader caches one per limits value. */
  static ObjectMapper mapper(JsonFactory factory) {
    SimpleModule strict = new SimpleModule("kijun-strict-values");
    strict.addDeserializer(LocalDate.class, new IsoDateDeserializer());
    strict.addDeserializer(ClauseRef.class, new ClauseRefDeserializer());
    strict.addDeserializer(Secret.class, new SecretDeserializer());
    strict.setDeserializerModifier(new ExactEnums());
    ObjectMapper m = JsonMapper.builder(factory)
        .addModule(new JavaTimeModule())
        .addModule(strict) // registered later, so it wins over JavaTimeModule for LocalDate
        .annotationIntrospector(new RequiredMeansNonNull())
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        // null inside a list or map is never meaningful evidence
        .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
        .build();
    // ALLOW_COERCION_OF_SCALARS stops most string → scalar coercions; these close the remaining doors, each an
    // input shape that is not the target type's own (a number for a string, 0/1 for a boolean, "" for an enum).
    fail(m, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
    fail(m, LogicalType.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean, CoercionInputShape.String,
        CoercionInputShape.EmptyString);
    fail(m, LogicalType.Float, CoercionInputShape.Boolean, CoercionInputShape.String, CoercionInputShape.EmptyString);
    fail(m, LogicalType.Boolean, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.String,
        CoercionInputShape.EmptyString);
    fail(m, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.EmptyString);
    return m;
  }

  private static void fail(ObjectMapper m, LogicalType type, CoercionInputShape... shapes) {
    for (CoercionInputShape shape : shapes) {
      m.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
    }
  }

  /**
   * Treats {@code @JsonProperty(required = true)} as "present and not null". Jackson's own check only catches a
   * missing creator property; an explicit {@code null} would slip through as a null component.
   */
  private static final class RequiredMeansNonNull extends JacksonAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonSetter.Value findSetterInfo(Annotated a) {
      JsonSetter.Value v = super.findSetterInfo(a);
      JsonProperty p = _findAnnotation(a, JsonProperty.class);
      if (p != null && p.required()) {
        return v.withValueNulls(Nulls.FAIL);
      }
      return v;
    }
  }
}
