package dev.kijun.compiler.docs;

import java.util.Locale;
import java.util.Set;

/**
 * File names of documentation pages: the one mangling (docs/language.md, "Generated names"). A requirement's page is
 * its clause id, unless that id is also the name of one of an edition's own pages ({@code index}, {@code evidence},
 * ignoring case): then it is {@code clause-<id>}, which no clause id can be, since ids have no hyphen.
 */
public final class DocNames {
  /** The pages every edition folder has besides its requirements. */
  private static final Set<String> EDITION_PAGES = Set.of("index", "evidence");

  private DocNames() {}

  /** The page name (no extension) of a requirement with clause id {@code clause}. */
  public static String requirementPage(String clause) {
    return EDITION_PAGES.contains(clause.toLowerCase(Locale.ROOT)) ? "clause-" + clause : clause;
  }
}
