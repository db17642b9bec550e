package dev.kijun.compiler.docs;

import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.model.StructureNode;
import dev.kijun.runtime.ClauseRef;
import java.util.List;
import java.util.Optional;

/**
 * Where things live in the generated site, seen from the pages of one edition: {@code <document>/<edition>/index},
 * {@code <document>/<edition>/evidence} and {@code <document>/<edition>/<clause>}, each with the format's extension.
 */
final class SiteLinks {
  private final Program program;
  private final Edition from;
  private final String ext;

  SiteLinks(Program program, Edition from, String ext) {
    this.program = program;
    this.from = from;
    this.ext = ext;
  }

  /** The path of an edition's page {@code name} relative to the site root. */
  static String path(Edition edition, String name, String ext) {
    return edition.document() + "/" + edition.edition() + "/" + name + ext;
  }

  /** The file name of a requirement page, relative to its edition's folder. */
  String requirementPage(String clause) {
    return DocNames.requirementPage(clause) + ext;
  }

  /** The index page of this edition, relative to its pages. */
  String index() {
    return "index" + ext;
  }

  /** The evidence schema page of this edition, relative to its pages. */
  String evidence() {
    return "evidence" + ext;
  }

  /** A link to {@code target} from a page of this edition, when that clause or node is part of the program. */
  Optional<String> href(ClauseRef target) {
    Optional<Edition> ed = program.edition(target.editionKey());
    if (ed.isEmpty()) {
      return Optional.empty();
    }
    String prefix = ed.get().key().equals(from.key()) ? "" : "../../" + target.document() + "/" + target.edition() + "/";
    if (ed.get().requirement(target.clause()).isPresent()) {
      return Optional.of(prefix + DocNames.requirementPage(target.clause()) + ext);
    }
    if (node(ed.get(), target.clause()).isPresent()) {
      return Optional.of(prefix + "index" + ext + "#" + target.clause());
    }
    return Optional.empty();
  }

  /** The page extension, {@code .html} or {@code .md}. */
  String extension() {
    return ext;
  }

  /** The whole program, for pages that show relations across editions. */
  Program program() {
    return program;
  }

  /** True when the edition {@code target} belongs to is part of the program. */
  boolean knowsEdition(ClauseRef target) {
    return program.edition(target.editionKey()).isPresent();
  }

  /** The English (else Japanese) title of {@code target}, when it is part of the program and has one. */
  Optional<String> title(ClauseRef target) {
    Optional<Edition> ed = program.edition(target.editionKey());
    if (ed.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> title = ed.get().requirement(target.clause()).map(r -> Pages.preferred(r.title()))
        .or(() -> node(ed.get(), target.clause()).map(n -> Pages.preferred(n.title())));
    return title.filter(t -> !t.isEmpty());
  }

  private static Optional<StructureNode> node(Edition edition, String path) {
    List<StructureNode> nodes = edition.allNodes();
    return nodes.stream().filter(n -> n.path().equals(path)).findFirst();
  }
}
