package dev.kijun.runtime;

import dev.kijun.runtime.evidence.Assessment;
import java.util.ArrayList;
import java.util.List;

/**
 * A compiled edition: its metadata, the evidence root type its validators read, and every validator in source
 * order. Generated editions register themselves in {@code META-INF/services/dev.kijun.runtime.Edition}, so
 * {@link Editions#discover()} finds every edition on the class path.
 *
 * @param <E> the root record type of the edition's evidence schema
 */
public interface Edition<E> {
  /** Metadata of the edition. */
  EditionInfo info();

  /** The generated root record type that the evidence file's {@code facts} binds to. */
  Class<E> evidenceType();

  /** One validator per requirement, in source order. */
  List<Validator<E>> validators();

  /** Runs every validator; verdicts come back in source order. */
  default List<Verdict> validateAll(Assessment<E> assessment) {
    List<Validator<E>> all = validators();
    List<Verdict> verdicts = new ArrayList<>(all.size());
    for (Validator<E> v : all) {
      verdicts.add(v.validate(assessment));
    }
    return verdicts;
  }
}
