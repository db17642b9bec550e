package dev.kijun.collect.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** UTF-8 with or without a byte-order mark; Shift_JIS (CP932) read with a note; UTF-16 and garbage refused. */
class TextDecodingTest {
  static final String TEXT = "機器ID,機器名,種別\nsrv-1,電子カルテサーバ,サーバ\n";

  @Test
  void utf8WithAndWithoutByteOrderMark() throws Exception {
    byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[plain.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, bom, 3, plain.length);
    assertThat(TextDecoding.decode("l.csv", plain).text()).isEqualTo(TEXT);
    assertThat(TextDecoding.decode("l.csv", bom).text()).as("the mark is not part of the first header")
        .isEqualTo(TEXT);
    assertThat(TextDecoding.decode("l.csv", bom).note()).isEmpty();
  }

  @Test
  void shiftJisAsExcelSavesItIsReadWithANote() throws Exception {
    // ① and ～ are CP932 extensions beyond JIS X 0208: a strict Shift_JIS decoder would refuse them.
    String text = TEXT + "pc-1,受付PC①～,端末PC\n";
    TextDecoding.Decoded d = TextDecoding.decode("l.csv", text.getBytes(Charset.forName("windows-31j")));
    assertThat(d.text()).isEqualTo(text);
    assertThat(d.note()).hasValueSatisfying(n -> assertThat(n).contains("l.csv", "Shift_JIS (CP932)"));
  }

  @Test
  void utf16IsRefusedNamingTheEncoding() {
    assertThatThrownBy(() -> TextDecoding.decode("l.csv", TEXT.getBytes(StandardCharsets.UTF_16LE)))
        .hasMessageContaining("l.csv: the file is UTF-16 or UTF-32");
    byte[] withMark = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE);
    assertThatThrownBy(() -> TextDecoding.decode("l.csv", withMark))
        .hasMessageStartingWith("l.csv: the file is UTF-16 (")
        .hasMessageContaining("CSV UTF-8");
  }

  @Test
  void bytesThatAreNeitherAreRefusedWithTheirLine() {
    byte[] bad = "id\nok\n\u00e9t\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    bad[bad.length - 2] = (byte) 0xFF;
    assertThatThrownBy(() -> TextDecoding.decode("l.csv", bad))
        .hasMessageContaining("neither UTF-8 nor Shift_JIS (CP932)")
        .hasMessageContaining("line 3");
  }
}
