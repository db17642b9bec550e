package dev.kijun.compiler.resolve;

import dev.kijun.compiler.ast.Decl;
import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostics;
import java.util.regex.Pattern;

/**
 * Full numbers of structure nodes. A node's own number that already starts with its parent's is its full number;
 * otherwise it is {@code <parent>.<own>}. A heading number written with {@code §} ({@code section "§8.1"}) is
 * qualified by its volume only ({@code SYS.§8.1}), so it never collides with item ① of chapter 8 ({@code SYS.8.1}).
 */
final class NodeNumbers {
  private static final Pattern HEADING = Pattern.compile("§[0-9]+(\\.[0-9]+)*");

  private NodeNumbers() {}

  /** The full number of a node numbered {@code number} inside {@code parent}, in volume {@code volume} (or ""). */
  static String path(String parent, String volume, String number) {
    if (number.startsWith("§")) {
      return volume.isEmpty() ? number : volume + "." + number;
    }
    if (parent.isEmpty() || number.startsWith(parent + ".")) {
      return number;
    }
    return parent + "." + number;
  }

  /** Reports a {@code §} number on anything but a section, or one that is not {@code §} and dotted digits. */
  static void check(Decl.StructureDecl s, Diagnostics d) {
    String number = s.number().value();
    if (!number.contains("§")) {
      return;
    }
    if (s.kind() != Decl.StructureKind.SECTION) {
      d.error(Code.BAD_CLAUSE_ID, s.number().span(), "a " + s.kind().keyword() + " number cannot contain `§`",
          "`§` marks the heading number of a sub-section: `section \"§8.1\"`");
    } else if (!HEADING.matcher(number).matches()) {
      d.error(Code.BAD_CLAUSE_ID, s.number().span(), "`" + number + "` is not a heading number",
          "write `§` and the official heading number, digits separated by `.`, e.g. `§8.1` or `§1.2.1`");
    }
  }
}
