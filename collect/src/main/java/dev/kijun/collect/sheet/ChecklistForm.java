package dev.kijun.collect.sheet;

import java.time.LocalDate;
import java.util.List;

/**
 * One form of a checklist edition, ready to be laid out: what the sheet's header says and its rows in official
 * order. Built by the caller from the compiled edition (this package does not read kijun sources).
 *
 * @param editionKey    {@code document@edition}, e.g. {@code mhlw-checklist@R7}; answers are keyed by it
 * @param documentTitle the edition's Japanese title
 * @param formName      the form's name in the sources, e.g. {@code institution}
 * @param formTitle     the form's Japanese title, e.g. 医療機関確認用
 * @param published     the edition's publication date (also the workbook's fixed creation date)
 * @param rows          section headings and items, in official order
 */
public record ChecklistForm(String editionKey, String documentTitle, String formName, String formTitle,
    LocalDate published, List<Row> rows) {
  public ChecklistForm {
    rows = List.copyOf(rows);
  }

  /** A row of the form. */
  public sealed interface Row {}

  /** A section heading, e.g. {@code 2} 医療情報システムの管理・運用. */
  public record Heading(String number, String title) implements Row {}

  /**
   * One checklist item.
   *
   * @param id       the clause id ({@code 2.8}); the answer key is {@code editionKey/id}
   * @param number   the number as the form prints it ({@code ⑧}), empty for an unnumbered item such as the gate
   * @param question our wording of the question for this form
   * @param targets  the target-system tag in Japanese (サーバ、端末PC…), empty when the item has none
   */
  public record Item(String id, String number, String question, String targets) implements Row {}

  /** The items alone, in order. */
  public List<Item> items() {
    return rows.stream().filter(Item.class::isInstance).map(Item.class::cast).toList();
  }
}
