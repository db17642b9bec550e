package dev.kijun.runtime;

import dev.kijun.runtime.evidence.Assessment;

/**
 * Validates one requirement against bound evidence. Generated code provides one implementation per requirement;
 * tool builders call {@link #validate} directly or through an {@link Edition}.
 *
 * @param <E> the root record type of the evidence schema the requirement reads
 */
public interface Validator<E> {
  /** The requirement's metadata. */
  RequirementInfo info();

  /** Evaluates every check of the requirement. Never throws for any evidence that bound successfully. */
  Verdict validate(Assessment<E> assessment);
}
