package dev.kijun.compiler.resolve;

import dev.kijun.compiler.ast.Decl;
import dev.kijun.compiler.ast.Decl.StructureKind;
import dev.kijun.compiler.diag.Code;
import dev.kijun.compiler.diag.Diagnostics;
import dev.kijun.compiler.model.NaturalOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the blocks of a volume that spans several files of one edition into one declaration. The block with the
 * title (and status, and condition) heads the volume; the others, written {@code volume "SYS" { … }}, only add
 * chapters and requirements. A volume's children are ordered by official number ({@code 2 < 10}), whatever the order
 * of files and blocks.
 */
final class VolumeMerger {
  private VolumeMerger() {}

  /** The top-level declarations with each volume's blocks joined at the place of its first block. */
  static List<Decl> merge(List<Decl> top, Diagnostics d) {
    Map<String, List<Decl.StructureDecl>> volumes = new LinkedHashMap<>();
    for (Decl decl : top) {
      if (decl instanceof Decl.StructureDecl s && s.kind() == StructureKind.VOLUME) {
        volumes.computeIfAbsent(s.number().value(), k -> new ArrayList<>()).add(s);
      }
    }
    List<Decl> out = new ArrayList<>();
    for (Decl decl : top) {
      if (decl instanceof Decl.StructureDecl s && s.kind() == StructureKind.VOLUME) {
        List<Decl.StructureDecl> blocks = volumes.remove(s.number().value());
        if (blocks != null) {
          out.add(join(blocks, d));
        }
      } else {
        out.add(decl);
      }
    }
    return out;
  }

  private static Decl.StructureDecl join(List<Decl.StructureDecl> blocks, Diagnostics d) {
    String number = blocks.get(0).number().value();
    List<Decl.StructureDecl> titled = blocks.stream().filter(b -> !b.titles().isEmpty()).toList();
    Decl.StructureDecl head = titled.isEmpty() ? blocks.get(0) : titled.get(0);
    if (blocks.size() > 1 && titled.isEmpty()) {
      d.error(Code.MISSING_ITEM, head.number().span(), "volume `" + number + "` is written in " + blocks.size()
          + " blocks but none gives its title",
          "give `title ja \"…\" en \"…\"` and its status in exactly one of them; the others continue it");
    }
    for (Decl.StructureDecl extra : titled.subList(Math.min(1, titled.size()), titled.size())) {
      d.error(Code.DUPLICATE_ITEM, extra.number().span(), "volume `" + number + "` is titled twice",
          "first titled at " + head.number().span().location() + "; continue a volume without title: `volume \""
              + number + "\" { chapter … }`");
    }
    List<Decl.StructureItem> items = new ArrayList<>(head.items());
    for (Decl.StructureDecl b : blocks) {
      if (b == head) {
        continue;
      }
      for (Decl.StructureItem item : b.items()) {
        if (b.titles().isEmpty() && (item instanceof Decl.StatusClause || item instanceof Decl.AppliesClause)) {
          String what = item instanceof Decl.StatusClause ? "status" : "applies when";
          d.error(Code.MISPLACED_ITEM, item.span(), "a continuation of volume `" + number + "` gives `" + what + "`",
              "a volume's status and condition are given once, in the block with its title (at "
                  + head.number().span().location() + ")");
          continue;
        }
        items.add(item);
      }
    }
    items.sort(Comparator.comparingInt(VolumeMerger::rank).thenComparing(VolumeMerger::number, NaturalOrder.INSTANCE));
    return new Decl.StructureDecl(StructureKind.VOLUME, head.number(), head.titles(), items, head.span());
  }

  private static int rank(Decl.StructureItem item) {
    if (item instanceof Decl.StructureDecl) {
      return 1;
    }
    return item instanceof Decl.RequirementDecl ? 2 : 0;
  }

  private static String number(Decl.StructureItem item) {
    if (item instanceof Decl.StructureDecl s) {
      return s.number().value();
    }
    return item instanceof Decl.RequirementDecl r ? r.id().value() : "";
  }
}
