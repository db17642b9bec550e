package dev.kijun.collect.sheet;

import java.util.List;

/**
 * Where things are on a kijun checklist sheet: shared by the writer and the reader, so the two cannot drift. The
 * reader finds columns by their header text, not by position, so a user who inserts a column does not break it.
 */
final class SheetLayout {
  private SheetLayout() {}

  static final String SHEET_NAME = "チェックリスト";

  /** The label of the cell left of the edition key ({@code mhlw-checklist@R7}). */
  static final String EDITION_LABEL = "版";
  static final String FORM_LABEL = "様式";

  static final String NUMBER = "番号";
  static final String ID = "ID";
  static final String QUESTION = "確認項目";
  static final String TARGETS = "対象";
  static final String ANSWER = "回答";
  static final String CHECKED = "確認日";
  static final String TARGET_DATE = "目標日";
  static final String REMARKS = "備考";

  /** The columns, left to right. */
  static final List<String> COLUMNS = List.of(NUMBER, ID, QUESTION, TARGETS, ANSWER, CHECKED, TARGET_DATE, REMARKS);

  /** Column widths in characters. */
  static final int[] WIDTHS = {6, 7, 70, 22, 10, 12, 12, 30};

  static final int TITLE_ROW = 0;
  static final int EDITION_ROW = 1;
  static final int NOTICE_ROW = 2;
  static final int INSTRUCTION_ROW = 3;
  static final int HEADER_ROW = 5;

  /** How far down the reader looks for the edition cell and the header row. */
  static final int SEARCH_ROWS = 20;

  static int column(String header) {
    return COLUMNS.indexOf(header);
  }

  /** Says what the sheet is and is not; written in our words. */
  static final String NOTICE = "この様式はkijunが作成したもので、厚生労働省の公式様式ではありません。確認項目の文言は"
      + "公式の文言ではなく、kijunによる言い換え(要約)です。各項目の内容は公式のチェックリストとマニュアルで確かめて"
      + "ください。このシートは回答を記録するためのもので、ガイドラインへの準拠を示すものではありません。\n"
      + "Made by kijun, not MHLW's official form: the questions are our paraphrases, not the official wording. The"
      + " sheet records answers; it is not a claim of compliance.";

  static final String INSTRUCTIONS = "回答欄で「はい」「いいえ」「該当なし」を選び、確認日を入力してください。"
      + "「いいえ」のときは目標日(対応を終える予定日)も入力してください。日付は 2026-10-20 のように入力します。"
      + "記入後は kijun answers --from このファイル で回答をエビデンスに取り込めます。";

  static final String CARRIED = "一部の回答は前年度の回答から引き継いだもの(kijun migrate)です。内容と確認日を見直してください。";
}
