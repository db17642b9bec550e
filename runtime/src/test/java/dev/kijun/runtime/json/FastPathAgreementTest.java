package dev.kijun.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.runtime.evidence.Assessment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The fast path and the thorough path must bind valid evidence identically; anything else goes to the thorough path. */
class FastPathAgreementTest {
  @Test
  void bothPathsBindTheSameAssessment() throws Exception {
    Path sample = Path.of("src/test/resources/evidence/vendor.json");
    byte[] bytes = Files.readAllBytes(sample);
    Assessment<dev.kijun.runtime.fixtures.Facts> fast = EvidenceLoader.load(bytes, "vendor.json", dev.kijun.runtime.fixtures.Facts.class);
    Assessment<dev.kijun.runtime.fixtures.Facts> thorough = EvidenceLoader.loadThoroughly(bytes, "vendor.json", dev.kijun.runtime.fixtures.Facts.class);
    assertThat(fast).isEqualTo(thorough);
  }

  @Test
  void fastPathDeclinesWhatTheThoroughPathRejects() {
    FastPath fast = new FastPath(StrictMapper.mapper(StrictMapper.factory(EvidenceLimits.DEFAULT)));
    String ok = "{\"facility\":{\"name\":\"x\",\"kind\":\"vendor\"},\"assessedOn\":\"2026-11-01\",\"facts\":%s}";
    assertThat(fast.tryLoad(String.format(ok, "{\"staffCount\":3,\"endpoints\":[],\"devices\":[]}").getBytes(StandardCharsets.UTF_8), dev.kijun.runtime.fixtures.Facts.class))
        .isPresent();
    for (String bad : new String[] {
        String.format(ok, "{\"staffCount\":3,\"endpoints\":[],\"devices\":[]}") + " {}",                                   // trailing content
        String.format(ok, "{\"staffCount\":3,\"endpoints\":[],\"devices\":[],\"devices\":[]}"),                         // duplicate key
        String.format(ok, "{\"staffCount\":3,\"endpoints\":[],\"devices\":[null]}"),                                     // null element
        String.format(ok, "{\"staffCount\":3,\"endpoints\":[],\"devices\":[],\"extra\":1}"),                           // unknown field
        String.format(ok, "{}"),                                                       // missing required
        String.format(ok, "{\"staffCount\":3,\"endpoints\":[],\"devices\":[]}").replace("2026-11-01", "2026-02-30"),     // impossible date
        "{\"facility\":{\"name\":\"x\",\"kind\":\"vendor\"},\"assessedOn\":\"2026-11-01\",\"facts\":"
            + "{\"staffCount\":3,\"endpoints\":[],\"devices\":[]},"
            + "\"answers\":{\"bad key\":{\"answer\":\"yes\",\"checkedOn\":\"2026-01-01\"}}}"}) {  // bad clause key
      assertThat(fast.tryLoad(bad.getBytes(StandardCharsets.UTF_8), dev.kijun.runtime.fixtures.Facts.class)).as(bad).isEmpty();
    }
  }
}
