package dev.kijun.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.kijun.runtime.evidence.Assessment;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an evidence file (docs/evidence.md) and binds it: the envelope to the runtime's evidence types and
 * {@code facts} to the edition's generated root record. Bad evidence is rejected as a whole with one
 * {@link EvidenceProblem} per problem found; the first problem is always reported precisely.
 *
 * <p>Valid evidence is bound in one strict pass straight from the bytes ({@link FastPath}): token by token by the
 * schema's generated {@link EvidenceReader} when the facts type names one, else by Jackson. Only when that fails
 * does the thorough path run, to explain every problem. The thorough path reads in three steps: the byte size against the limit (before anything is parsed), a syntax pass
 * (well-formed, one object, no duplicate keys, depth and string limits), then binding with a strict mapper that
 * does not coerce between scalar kinds, rejects unknown fields and treats {@code required} fields as present and
 * non-null. Thread-safe; the default configuration is built once.
 */
public final class EvidenceLoader {
  private static final Engine DEFAULT = new Engine(EvidenceLimits.DEFAULT);

  private EvidenceLoader() {}

  /** Loads evidence from bytes with the default limits; {@code fileName} only labels problems. */
  public static <E> Assessment<E> load(byte[] json, String fileName, Class<E> factsType) throws EvidenceException {
    return load(json, fileName, factsType, EvidenceLimits.DEFAULT);
  }

  /** Loads evidence from bytes with the given limits. */
  public static <E> Assessment<E> load(byte[] json, String fileName, Class<E> factsType, EvidenceLimits limits)
      throws EvidenceException {
    Objects.requireNonNull(json, "json is null");
    Objects.requireNonNull(fileName, "fileName is null");
    Objects.requireNonNull(factsType, "factsType is null");
    checkSize(json.length, fileName, limits);
    Optional<String> foreign = Encoding.foreign(json);
    if (foreign.isPresent()) {
      throw single(fileName, Encoding.message(foreign.get()));
    }
    Engine engine = engine(limits);
    Optional<Assessment<E>> fast = engine.fastPath.tryLoad(json, factsType);
    if (fast.isPresent()) {
      return fast.get();
    }
    return engine.load(decode(json, fileName), fileName, factsType);
  }

  /**
   * Loads with the thorough path only (default limits), never the one-pass fast path: for differential tests, which
   * check that the fast path accepts nothing this rejects and binds everything else identically, and for diagnosis.
   */
  public static <E> Assessment<E> loadThoroughly(byte[] json, String fileName, Class<E> factsType)
      throws EvidenceException {
    checkSize(json.length, fileName, EvidenceLimits.DEFAULT);
    Optional<String> foreign = Encoding.foreign(json);
    if (foreign.isPresent()) {
      throw single(fileName, Encoding.message(foreign.get()));
    }
    return DEFAULT.load(decode(json, fileName), fileName, factsType);
  }

  /**
   * True when the fast path alone binds this evidence (default limits), with the schema's generated reader when the
   * facts type names one ({@link ReadWith}). False means {@link #load} would read the file the thorough way: invalid
   * evidence, or valid evidence the fast path does not foresee. For tests and benchmarks.
   */
  public static boolean loadsInOnePass(byte[] json, Class<?> factsType) {
    return Encoding.foreign(json).isEmpty() && DEFAULT.fastPath.tryLoad(json, factsType).isPresent();
  }

  /** Loads an evidence file with the default limits; problems are labelled with the path as given. */
  public static <E> Assessment<E> load(Path file, Class<E> factsType) throws EvidenceException {
    return load(file, factsType, EvidenceLimits.DEFAULT);
  }

  /**
   * Loads an evidence file with the given limits. The file is read once ({@link EvidenceInput}) and the size limit is
   * enforced while reading, so pipes and devices are safe too.
   */
  public static <E> Assessment<E> load(Path file, Class<E> factsType, EvidenceLimits limits)
      throws EvidenceException {
    byte[] bytes = EvidenceInput.read(file, limits.maxBytes(), "");
    return load(bytes, file.toString(), factsType, limits);
  }

  private static Engine engine(EvidenceLimits limits) {
    return limits.equals(EvidenceLimits.DEFAULT) ? DEFAULT : new Engine(limits);
  }

  private static void checkSize(long size, String file, EvidenceLimits limits) throws EvidenceException {
    if (size > limits.maxBytes()) {
      throw single(file, "the evidence file is larger than the size limit of "
          + EvidenceLimits.describeBytes(limits.maxBytes()));
    }
  }

  private static EvidenceException single(String file, String message) {
    return new EvidenceException(List.of(new EvidenceProblem(file, "", 0, 0, message)));
  }

  /**
   * Decodes strict UTF-8 (RFC 8259 requires it), so columns in messages count characters, not bytes. A leading
   * byte-order mark is tolerated because common Windows editors write one.
   */
  private static String decode(byte[] json, String file) throws EvidenceException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(json);
    CharBuffer out = CharBuffer.allocate(json.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      int lineStart = 0;
      int line = 1;
      for (int i = 0; i < offset; i++) {
        if (json[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      int column = new String(json, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
      throw new EvidenceException(List.of(new EvidenceProblem(file, "", line, column,
          "the evidence file is not valid UTF-8 at line " + line + ", column " + column
              + "; save it as UTF-8 (Shift_JIS and other encodings are not read)")));
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** The parser factory and mapper for one set of limits. */
  private static final class Engine {
    private final EvidenceLimits limits;
    private final JsonFactory factory;
    private final ObjectReader reader;
    private final FastPath fastPath;

    Engine(EvidenceLimits limits) {
      this.limits = limits;
      this.factory = StrictMapper.factory(limits);
      ObjectMapper mapper = StrictMapper.mapper(factory);
      this.reader = mapper.reader();
      this.fastPath = new FastPath(mapper);
    }

    <E> Assessment<E> load(String text, String file, Class<E> factsType) throws EvidenceException {
      Optional<EvidenceProblem> syntax = new SyntaxCheck(file, limits).check(factory, text);
      if (syntax.isPresent()) {
        throw new EvidenceException(List.of(syntax.get()));
      }
      Problems problems = new Problems(file);
      Optional<Assessment<E>> bound;
      try (JsonParser p = factory.createParser(text)) {
        Set<String> unknown = new FieldScan(problems).scan(factory, text, factsType);
        bound = new EnvelopeBinder<>(reader, factsType, problems, unknown).bind(p);
      } catch (IOException e) {
        // The text passed the syntax pass, so this is a failure we did not foresee; never show Jackson's words.
        problems.add(new EvidenceProblem(file, "", 0, 0, "the evidence file could not be read"));
        bound = Optional.empty();
      }
      if (bound.isEmpty()) {
        throw new EvidenceException(problems.list());
      }
      return bound.get();
    }
  }
}
