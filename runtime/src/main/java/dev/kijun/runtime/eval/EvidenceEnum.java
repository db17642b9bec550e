package dev.kijun.runtime.eval;

/** Implemented by generated evidence enums: the spelling the constant has in evidence files, e.g. {@code TLS1.3}. */
public interface EvidenceEnum {
  /** The constant's JSON spelling. */
  String json();
}
