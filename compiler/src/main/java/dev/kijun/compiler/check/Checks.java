package dev.kijun.compiler.check;

import java.util.List;

/** Every check, in the order they run. */
public final class Checks {
  private Checks() {}

  /** The standard checks. */
  public static List<Check> all() {
    return List.of(new CitationCheck(), new IdPrefixCheck(), new UnusedWaiverCheck(), new SingleQuestionCheck(),
        new MappingCompletenessCheck(), new MappingInverseCheck(), new MappingChainCheck(), new MappingGraphCheck(),
        new NameCollisionCheck(), new DatingCheck(), new RecordWidthCheck());
  }
}
