package dev.kijun.runtime.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;

/**
 * Rejects a key that appears twice in one JSON object, for the fast path. Jackson's own check
 * ({@link StreamReadFeature#STRICT_DUPLICATE_DETECTION}) allocates a hash set for every object with more than two
 * keys, which on a large file is most of the loader's garbage; here each nesting level keeps one small array of the
 * keys seen so far and their hashes, reused from object to object, and searched linearly up to {@link #LINEAR} keys. Larger objects (answers, reviews)
 * switch to a set that is kept and cleared. Every method that moves to another token is overridden to track it, and
 * {@link #skipChildren()} walks token by token, so no key is ever skipped unchecked.
 */
final class DuplicateKeys extends JsonParserDelegate {
  private static final int LINEAR = 16;
  private String[][] keys = new String[8][];
  private int[][] hashes = new int[8][];
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
    track(t);
    return t;
  }

  // Jackson's deserializers call these; the parser's own versions are faster than JsonParser's defaults over
  // nextToken(), so each is passed on and the token it moved to is tracked.

  @Override
  public String nextFieldName() throws IOException {
    return moved(delegate.nextFieldName());
  }

  @Override
  public boolean nextFieldName(SerializableString expected) throws IOException {
    return moved(delegate.nextFieldName(expected)); // boxed through Boolean.valueOf: no allocation
  }

  @Override
  public String nextTextValue() throws IOException {
    return moved(delegate.nextTextValue());
  }

  @Override
  public int nextIntValue(int defaultValue) throws IOException {
    int value = delegate.nextIntValue(defaultValue);
    track(delegate.currentToken());
    return value;
  }

  @Override
  public long nextLongValue(long defaultValue) throws IOException {
    long value = delegate.nextLongValue(defaultValue);
    track(delegate.currentToken());
    return value;
  }

  @Override
  public Boolean nextBooleanValue() throws IOException {
    return moved(delegate.nextBooleanValue());
  }

  /** Tracks the token the delegate moved to and passes its result on. */
  private <T> T moved(T result) throws IOException {
    track(delegate.currentToken());
    return result;
  }

  private void track(JsonToken t) throws IOException {
    if (t == null) {
      return;
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
      hashes = Arrays.copyOf(hashes, depth * 2);
      counts = Arrays.copyOf(counts, depth * 2);
      sets = Arrays.copyOf(sets, depth * 2);
    }
    counts[depth] = 0;
  }

  private void seen(String name) throws JsonParseException {
    int n = counts[depth];
    String[] here = keys[depth];
    int[] hashesHere = hashes[depth];
    if (here == null) {
      here = keys[depth] = new String[LINEAR];
      hashesHere = hashes[depth] = new int[LINEAR];
    }
    if (n < LINEAR) {
      int h = name.hashCode(); // kept in the canonical name, so comparing hashes first costs no string reads
      for (int i = 0; i < n; i++) {
        if (hashesHere[i] == h && name.equals(here[i])) {
          throw duplicate(name);
        }
      }
      here[n] = name;
      hashesHere[n] = h;
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
