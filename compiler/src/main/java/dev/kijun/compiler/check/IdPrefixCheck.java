package dev.kijun.compiler.check;

import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.compiler.model.StructureNode;
import dev.kijun.compiler.source.Span;

/**
 * Ids follow the official numbering of the node they sit in. A requirement's id starts with the full number of its
 * node ({@code 6.11.C.11} inside {@code 6.11}); inside a numbered heading ({@code SYS.§8.1}) it may also start with the
 * enclosing chapter's number, since items are numbered per chapter ({@code SYS.8.5}), or with the heading's number
 * ({@code GOV.1.2.1.accountability.1} inside {@code GOV.§1.2.1}). A heading's number extends its parent's
 * ({@code §8.1} inside chapter {@code 8}).
 */
public final class IdPrefixCheck implements Check {
  @Override
  public void run(Program program, Diagnostics diagnostics) {
    for (Edition edition : program.editions()) {
      for (StructureNode n : edition.structure()) {
        walk(n, n.path(), diagnostics);
      }
    }
  }

  /** {@code plainAncestor} is the full number of the nearest enclosing node not numbered with {@code §}. */
  private static void walk(StructureNode n, String plainAncestor, Diagnostics diagnostics) {
    boolean heading = n.number().startsWith("§");
    String ancestor = heading ? plainAncestor : n.path();
    for (Requirement r : n.requirements()) {
      String id = r.id().clause();
      boolean fits = id.startsWith(n.path() + ".") || heading
          && (id.startsWith(plainAncestor + ".") || id.startsWith(plain(n.path()) + "."));
      if (!fits) {
        String expected = heading ? "`" + plainAncestor + ".` or `" + plain(n.path()) + ".`" : "`" + n.path() + ".`";
        diagnostics.in("requirement " + id).warning(Code.ID_OUTSIDE_SECTION,
            new Span(r.span().file(), r.span().start(), r.span().start() + "requirement".length()),
            "requirement `" + id + "` sits in `" + n.path() + "` but its id does not start with " + expected,
            "ids come from the official numbering; move the requirement or correct its id");
      }
    }
    for (StructureNode c : n.children()) {
      if (c.number().startsWith("§") && !plain(c.path()).startsWith(plain(n.path()) + ".")) {
        diagnostics.in(n.kind().keyword() + " " + n.path()).warning(Code.ID_OUTSIDE_SECTION, numberSpan(c),
            "heading `" + c.number() + "` sits in `" + n.path() + "` but does not extend its number",
            "a sub-section of chapter 8 is numbered `§8.<n>`; move the section or correct its number");
      }
      walk(c, ancestor, diagnostics);
    }
  }

  /** The full number without {@code §}: {@code SYS.§8.1} → {@code SYS.8.1}. */
  private static String plain(String path) {
    return path.replace("§", "");
  }

  /** The quoted number after the keyword, found in the node's own text. */
  private static Span numberSpan(StructureNode c) {
    String text = c.span().text();
    int at = text.indexOf('"' + c.number() + '"');
    if (at < 0) {
      return c.span();
    }
    return new Span(c.span().file(), c.span().start() + at, c.span().start() + at + c.number().length() + 2);
  }
}
