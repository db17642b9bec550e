package dev.kijun.compiler.docs;

import static dev.kijun.runtime.html.Html.escape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a {@link MappingGraph} as inline SVG: one row per document, a box per edition (linking to its index), an
 * arrow per mapping (linking to its changes page) with its label. Arrows between neighbours in a row are straight;
 * longer or cross-row arrows bend above the row. Coordinates are integers, so the output is deterministic.
 */
final class MappingGraphSvg {
  private static final int BOX_W = 200;
  private static final int BOX_H = 54;
  private static final int GAP_X = 80;
  private static final int ROW_H = 130;
  private static final int PAD = 20;
  private static final int TOP = 40;

  private MappingGraphSvg() {}

  static String render(MappingGraph g) {
    Map<String, List<MappingGraph.Node>> rows = new LinkedHashMap<>();
    for (MappingGraph.Node n : g.nodes()) {
      rows.computeIfAbsent(n.document(), d -> new ArrayList<>()).add(n);
    }
    Map<String, int[]> at = new HashMap<>();
    int row = 0;
    int maxCols = 1;
    for (List<MappingGraph.Node> r : rows.values()) {
      for (int i = 0; i < r.size(); i++) {
        at.put(r.get(i).key(), new int[] {PAD + i * (BOX_W + GAP_X), TOP + row * ROW_H, i, row});
      }
      maxCols = Math.max(maxCols, r.size());
      row++;
    }
    int width = PAD * 2 + maxCols * BOX_W + (maxCols - 1) * GAP_X;
    int height = TOP + Math.max(1, rows.size()) * ROW_H - (ROW_H - BOX_H) + PAD;
    StringBuilder b = new StringBuilder();
    b.append("<svg class=\"graph\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" width=\"")
        .append(width).append("\" height=\"").append(height)
        .append("\" role=\"img\" aria-labelledby=\"graph-title\">\n<title id=\"graph-title\">Editions and the "
            + "mappings between them</title>\n")
        .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" "
            + "markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#1f5fa8\"/>"
            + "</marker></defs>\n");
    row = 0;
    for (Map.Entry<String, List<MappingGraph.Node>> r : rows.entrySet()) {
      b.append("<text x=\"").append(PAD).append("\" y=\"").append(TOP + row * ROW_H - 12)
          .append("\" fill=\"#5a5a63\">").append(escape(r.getKey())).append("</text>\n");
      row++;
    }
    for (MappingGraph.Edge e : g.edges()) {
      int[] s = at.get(e.from());
      int[] t = at.get(e.to());
      if (s == null || t == null) {
        continue;
      }
      edge(b, e, s, t);
    }
    for (MappingGraph.Node n : g.nodes()) {
      int[] p = at.get(n.key());
      b.append("<a href=\"").append(escape(n.href())).append("\"><rect x=\"").append(p[0]).append("\" y=\"")
          .append(p[1]).append("\" width=\"").append(BOX_W).append("\" height=\"").append(BOX_H)
          .append("\" rx=\"6\" fill=\"#f5f5f8\" stroke=\"#1f5fa8\"/><text x=\"").append(p[0] + BOX_W / 2)
          .append("\" y=\"").append(p[1] + 22).append("\" text-anchor=\"middle\" font-weight=\"bold\" fill=\"#1d1d1f\">")
          .append(escape(n.key())).append("</text><text x=\"").append(p[0] + BOX_W / 2).append("\" y=\"")
          .append(p[1] + 42).append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#5a5a63\">").append(escape(n.detail()))
          .append("</text></a>\n");
    }
    return b.append("</svg>\n").toString();
  }

  private static void edge(StringBuilder b, MappingGraph.Edge e, int[] s, int[] t) {
    boolean sameRow = s[3] == t[3];
    boolean forward = t[2] > s[2];
    String path;
    int lx;
    int ly;
    if (sameRow && Math.abs(t[2] - s[2]) == 1) {
      int y = s[1] + BOX_H / 2;
      int x1 = forward ? s[0] + BOX_W : s[0];
      int x2 = forward ? t[0] : t[0] + BOX_W;
      path = "M" + x1 + "," + y + " L" + x2 + "," + y;
      lx = (x1 + x2) / 2;
      ly = y - 8;
    } else {
      int x1 = s[0] + BOX_W / 2;
      int x2 = t[0] + BOX_W / 2;
      int y1 = s[1];
      int y2 = t[1];
      int cy = Math.min(y1, y2) - 30;
      path = "M" + x1 + "," + y1 + " C" + x1 + "," + cy + " " + x2 + "," + cy + " " + x2 + "," + y2;
      lx = (x1 + x2) / 2;
      ly = cy + 18;
    }
    b.append("<a href=\"").append(escape(e.href())).append("\"><path d=\"").append(path)
        .append("\" fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2\" marker-end=\"url(#arrow)\"/><text x=\"")
        .append(lx).append("\" y=\"").append(ly).append("\" text-anchor=\"middle\" fill=\"#1f5fa8\">")
        .append(escape(e.label())).append("</text></a>\n");
  }
}
