package dev.kijun.runtime.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kijun.runtime.json.EnvelopeJson.AnswerJson;
import dev.kijun.runtime.json.EnvelopeJson.FacilityJson;
import dev.kijun.runtime.json.EnvelopeJson.ReviewJson;
import dev.kijun.runtime.json.EnvelopeJson.WaiverJson;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds every unknown field in the document, with its exact place, by walking the JSON against the record types
 * it binds to. Jackson cannot do this for records: it buffers unknown properties of a record and replays them
 * after the record is built, so their position is lost, and a missing required field stops it before it gets
 * there. Misspelling a required field is the most common slip and should be named ("did you mean `kind`?").
 */
final class FieldScan {
  private final Problems problems;
  private final Map<Class<?>, Map<String, Type>> fieldsByRecord = new LinkedHashMap<>();
  private final Set<String> reported = new TreeSet<>();

  FieldScan(Problems problems) {
    this.problems = problems;
  }

  /** Scans {@code text} (which passed the syntax check) and returns the names of the unknown fields reported. */
  Set<String> scan(JsonFactory factory, String text, Class<?> factsType) throws IOException {
    Map<String, Type> envelope = new LinkedHashMap<>();
    envelope.put("facility", FacilityJson.class);
    envelope.put("assessedOn", String.class);
    envelope.put("facts", factsType);
    envelope.put("answers", Envelope.type("answers"));
    envelope.put("reviews", Envelope.type("reviews"));
    envelope.put("waivers", Envelope.type("waivers"));
    try (JsonParser p = factory.createParser(text)) {
      p.nextToken();
      object(p, "", envelope);
    }
    return reported;
  }

  /** Carries the generic types of the keyed and listed envelope parts, for reflection. */
  private static final class Envelope {
    @SuppressWarnings("unused") private Map<String, AnswerJson> answers;
    @SuppressWarnings("unused") private Map<String, ReviewJson> reviews;
    @SuppressWarnings("unused") private List<WaiverJson> waivers;

    static Type type(String field) {
      try {
        return Envelope.class.getDeclaredField(field).getGenericType();
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private void value(JsonParser p, String path, Type type) throws IOException {
    JsonToken t = p.currentToken();
    Class<?> raw = raw(type);
    if (t == JsonToken.START_OBJECT && raw != null && raw.isRecord()) {
      object(p, path, fields(raw));
    } else if (t == JsonToken.START_OBJECT && raw != null && Map.class.isAssignableFrom(raw)) {
      Type valueType = typeArgument(type, 1);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        p.nextToken();
        value(p, path + "[" + JsonPaths.quote(key) + "]", valueType);
      }
    } else if (t == JsonToken.START_ARRAY && raw != null && List.class.isAssignableFrom(raw)) {
      Type element = typeArgument(type, 0);
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        value(p, JsonPaths.index(path, i++), element);
      }
    } else {
      p.skipChildren(); // a scalar, or a shape mismatch that binding will report
    }
  }

  private void object(JsonParser p, String path, Map<String, Type> known) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      Type type = known.get(name);
      if (type == null) {
        problems.add(path, p.currentTokenLocation(), Messages.unknownField(name, known.keySet()));
        reported.add(name);
        p.nextToken();
        p.skipChildren();
      } else {
        p.nextToken();
        value(p, JsonPaths.field(path, name), type);
      }
    }
  }

  /** JSON name → generic type of each component, in declaration order; the name is {@code @JsonProperty}'s. */
  private Map<String, Type> fields(Class<?> record) {
    return fieldsByRecord.computeIfAbsent(record, r -> {
      Map<String, Type> fields = new LinkedHashMap<>();
      for (RecordComponent c : r.getRecordComponents()) {
        fields.put(jsonName(r, c), c.getGenericType());
      }
      return fields;
    });
  }

  private static String jsonName(Class<?> record, RecordComponent c) {
    // @JsonProperty cannot target a record component, so Java keeps it on the field (and accessor) instead.
    try {
      Field f = record.getDeclaredField(c.getName());
      JsonProperty p = f.getAnnotation(JsonProperty.class);
      return p != null && !p.value().isEmpty() ? p.value() : c.getName();
    } catch (NoSuchFieldException e) {
      return c.getName();
    }
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class) {
      return (Class<?>) type;
    }
    if (type instanceof ParameterizedType) {
      return raw(((ParameterizedType) type).getRawType());
    }
    return null;
  }

  private static Type typeArgument(Type type, int index) {
    if (type instanceof ParameterizedType) {
      Type[] args = ((ParameterizedType) type).getActualTypeArguments();
      if (index < args.length) {
        return args[index];
      }
    }
    return Object.class;
  }
}
