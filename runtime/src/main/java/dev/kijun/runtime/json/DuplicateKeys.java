package dev.kijun.runtime.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;

/**
 * Rejects a key that appears twice in one JSON object, for the fast path. Jackson's own check
 * ({@link StreamReadFeature#STRICT_DUPLICATE_DETECTION}) allocates a hash set for every object with more than two
 * keys, which on a large file is most of the loader's garbage; here each nesting level keeps one small array of the
 * keys seen so far, reused from object to object, and searched linearly up to {@link #LINEAR} keys (the names come
 * from Jackson's canonical table, so equal names are usually the same object). Larger objects (answers, reviews)
 * switch to a set that is kept and cleared. Every token passes through {@link #nextToken()} (Jackson's
 * {@code nextFieldName}, {@code nextTextValue}, … call it), and {@link #skipChildren()} walks token by token, so no
 * key is ever skipped unchecked.
 */
final class DuplicateKeys extends JsonParserDelegate {
  private static final int LINEAR = 16;
  private String[][] keys = new String[8][];
  private int[] counts = new int[8];
  private HashSet<String>[] sets = newSets(8);
  private int depth; // 0 outside any container; the object at depth d records its keys in keys[d]

  private DuplicateKeys(JsonParser parser) {
    super(parser);
  }

  /** Wraps {@code parser} (its own duplicate detection switched off: this replaces it). */
  static JsonParser wrap(JsonParser parser) {
    parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    return new DuplicateKeys(parser);
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken t = delegate.nextToken();
    if (t == null) {
      return null;
    }
    switch (t) {
      case FIELD_NAME:
        seen(delegate.currentName());
        break;
      case START_OBJECT:
      case START_ARRAY:
        open();
        break;
      case END_OBJECT:
      case END_ARRAY:
        depth--;
        break;
      default:
        break;
    }
    return t;
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken t = nextToken();
    return t == JsonToken.FIELD_NAME ? nextToken() : t;
  }

  @Override
  public JsonParser skipChildren() throws IOException {
    JsonToken start = currentToken();
    if (start != JsonToken.START_OBJECT && start != JsonToken.START_ARRAY) {
      return this;
    }
    for (int open = 1; open > 0; ) {
      JsonToken t = nextToken();
      if (t == null) {
        break;
      }
      if (t.isStructStart()) {
        open++;
      } else if (t.isStructEnd()) {
        open--;
      }
    }
    return this;
  }

  private void open() {
    depth++;
    if (depth == keys.length) {
      keys = Arrays.copyOf(keys, depth * 2);
      counts = Arrays.copyOf(counts, depth * 2);
      sets = Arrays.copyOf(sets, depth * 2);
    }
    counts[depth] = 0;
  }

  private void seen(String name) throws JsonParseException {
    int n = counts[depth];
    String[] here = keys[depth];
    if (here == null) {
      here = keys[depth] = new String[LINEAR];
    }
    if (n < LINEAR) {
      for (int i = 0; i < n; i++) {
        String k = here[i];
        if (k == name || k.equals(name)) {
          throw duplicate(name);
        }
      }
      here[n] = name;
    } else {
      HashSet<String> set = sets[depth];
      if (set == null) {
        set = sets[depth] = new HashSet<>();
      }
      if (n == LINEAR) {
        set.clear();
        set.addAll(Arrays.asList(here));
      }
      if (!set.add(name)) {
        throw duplicate(name);
      }
    }
    counts[depth] = n + 1;
  }

  private JsonParseException duplicate(String name) {
    return new JsonParseException(this, "Duplicate field '" + name + "'");
  }

  @SuppressWarnings("unchecked")
  private static HashSet<String>[] newSets(int n) {
    return (HashSet<String>[]) new HashSet<?>[n];
  }
}
