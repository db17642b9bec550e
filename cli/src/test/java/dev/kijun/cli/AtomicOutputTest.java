package dev.kijun.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one single-file writer: complete or absent, owner-only for evidence, the umask's choice for everything else. */
class AtomicOutputTest {
  @TempDir Path dir;

  @Test
  void evidenceIsOwnerOnlyAndReportsFollowTheUmask() throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path plain = Files.createFile(dir.resolve("plain")); // what the umask gives any new file
    StringWriter err = new StringWriter();

    Path evidence = dir.resolve("evidence.json");
    assertThat(AtomicOutput.write(evidence, bytes("{}"), AtomicOutput.Readers.OWNER_ONLY, new PrintWriter(err)))
        .isTrue();
    assertThat(Files.getPosixFilePermissions(evidence)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

    Path report = dir.resolve("report.txt");
    assertThat(AtomicOutput.write(report, bytes("r"), AtomicOutput.Readers.AS_UMASK, new PrintWriter(err))).isTrue();
    assertThat(Files.getPosixFilePermissions(report)).isEqualTo(Files.getPosixFilePermissions(plain));
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void replacesWholeCreatesParentsAndLeavesNoTemporaryFile() throws Exception {
    Path out = dir.resolve("a/b/report.txt");
    StringWriter err = new StringWriter();
    assertThat(AtomicOutput.write(out, bytes("first, longer"), AtomicOutput.Readers.AS_UMASK, new PrintWriter(err)))
        .isTrue();
    assertThat(AtomicOutput.write(out, bytes("second"), AtomicOutput.Readers.AS_UMASK, new PrintWriter(err)))
        .isTrue();
    assertThat(Files.readString(out)).isEqualTo("second");
    try (Stream<Path> files = Files.list(out.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.txt");
    }
  }

  @Test
  void aFailedWriteSaysSoAndLeavesNothing() throws Exception {
    Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
    StringWriter err = new StringWriter();
    Path out = blocker.resolve("report.txt");
    assertThat(AtomicOutput.write(out, bytes("r"), AtomicOutput.Readers.AS_UMASK, new PrintWriter(err, true)))
        .isFalse();
    assertThat(err.toString()).startsWith("kijun: cannot write " + out);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("not-a-folder");
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
