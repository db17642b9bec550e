package dev.kijun.collect.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 as spreadsheets write it, and the cell each mistake is reported at. */
class CsvTableTest {
  static List<String> row(Table t, int r) {
    return t.rows().get(r).stream().map(CellValue::display).toList();
  }

  @Test
  void quotedFieldsHoldCommasLineBreaksAndDoubledQuotes() throws Exception {
    Table t = CsvTable.parse("l.csv", "a,b,c\r\n\"x, y\",\"two\r\nlines\",\"say \"\"hi\"\"\"\r\nlast,,\"\"\r\n");
    assertThat(t.rows()).hasSize(3);
    assertThat(row(t, 0)).containsExactly("a", "b", "c");
    assertThat(row(t, 1)).containsExactly("x, y", "two\r\nlines", "say \"hi\"");
    assertThat(row(t, 2)).as("trailing blank cells are dropped").containsExactly("last");
  }

  @Test
  void rowsAreRecordsSoABlankLineKeepsTheNumbering() throws Exception {
    Table t = CsvTable.parse("l.csv", "h\n\nx\ny");
    assertThat(t.rows()).hasSize(4);
    assertThat(row(t, 1)).isEmpty();
    assertThat(row(t, 3)).as("a last line without a line break is a row").containsExactly("y");
    assertThat(CsvTable.parse("l.csv", "h\ry\r").rows()).as("CR alone ends a record too").hasSize(2);
  }

  @Test
  void everyQuotingMistakeIsReportedAtItsCell() {
    assertThatThrownBy(() -> CsvTable.parse("l.csv", "id,name\nab\"c,x\n\"ok\"tail,y\n\"open,z\n"))
        .isInstanceOfSatisfying(LedgerException.class, e -> assertThat(e.problems()).containsExactly(
            "l.csv: A2: a double quote inside a field that does not start with one; quote the whole field and double"
                + " the quote (\"\")",
            "l.csv: A3: text after the closing double quote of a quoted field",
            "l.csv: A4: a double quote opens a field that is never closed"));
  }

  @Test
  void columnLettersGoPastZ() {
    assertThat(ColumnLetters.of(0)).isEqualTo("A");
    assertThat(ColumnLetters.of(25)).isEqualTo("Z");
    assertThat(ColumnLetters.of(26)).isEqualTo("AA");
    assertThat(ColumnLetters.of(701)).isEqualTo("ZZ");
    assertThat(ColumnLetters.of(702)).isEqualTo("AAA");
  }
}
