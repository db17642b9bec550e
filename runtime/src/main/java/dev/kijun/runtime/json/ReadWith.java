package dev.kijun.runtime.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a generated evidence record: the {@link EvidenceReader} generated for its schema, which the loader's fast path
 * uses when the record is the root of the facts. Records without it are bound by Jackson alone.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReadWith {
  /** The schema's reader; it has a public no-argument constructor. */
  Class<? extends EvidenceReader> value();
}
