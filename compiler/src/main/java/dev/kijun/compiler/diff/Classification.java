package dev.kijun.compiler.diff;

import java.util.List;
import java.util.Objects;

/**
 * One class of a clause change and the evidence for it, e.g. {@code strengthened} because of
 * {@code level recommended → mandatory} and {@code SYS.7.13 asks for more than 6.11.D.1 (subset-of)}.
 */
public record Classification(ChangeKind kind, List<String> evidence) {
  public Classification {
    Objects.requireNonNull(kind, "kind is null");
    evidence = List.copyOf(evidence);
  }
}
