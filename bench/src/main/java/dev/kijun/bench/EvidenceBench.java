package dev.kijun.bench;

import dev.kijun.generated.evidence.facility.FacilityFacts;
import dev.kijun.runtime.Edition;
import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.json.EvidenceException;
import dev.kijun.runtime.json.EvidenceLoader;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Evidence bytes → verdicts beside plain Jackson binding of the same bytes into the same records, for each evidence
 * file. See bench/README.md for what each benchmark measures and how the ratio is computed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class EvidenceBench {

  /** One evidence file: its bytes, and (for {@link #validateOnly}) the assessment bound from them once. */
  @State(Scope.Benchmark)
  public static class Input {
    @Param({"clinic", "hospital", "hospital-2000"})
    public String evidence;

    byte[] bytes;
    /** Two bindings of the same bytes, used in turn (see {@link #validateOnly}). */
    List<Assessment<FacilityFacts>> assessments;
    int turn;
    List<Edition<FacilityFacts>> all;

    @Setup(Level.Trial)
    public void setUp() throws EvidenceException {
      bytes = Evidence.bytes(evidence);
      assessments = List.of(EvidenceLoader.load(bytes, evidence + ".json", FacilityFacts.class), // fails fast
          EvidenceLoader.load(bytes, evidence + ".json", FacilityFacts.class));
      all = HospitalEvidence.editions();
    }
  }

  /** Which editions {@link #validateOnly} runs: all of them, or one. */
  @State(Scope.Benchmark)
  public static class Editions {
    @Param({"all", "mhlw-guideline@5.2", "mhlw-guideline@6.0", "mhlw-checklist@R7"})
    public String edition;

    List<Edition<FacilityFacts>> selected;

    @Setup(Level.Trial)
    public void setUp() {
      selected = edition.equals("all") ? HospitalEvidence.editions() : List.of(HospitalEvidence.edition(edition));
    }
  }

  /** Baseline: plain Jackson, bytes → the whole envelope, {@code facts} as {@link FacilityFacts}. */
  @Benchmark
  public PlainEnvelope bindOnly(Input in) throws IOException {
    return PlainEnvelope.READER.readValue(in.bytes);
  }

  /** kijun's loader alone: bytes → {@link Assessment} (valid evidence: one pass, by the generated reader). */
  @Benchmark
  public Assessment<FacilityFacts> loadOnly(Input in) throws EvidenceException {
    return EvidenceLoader.load(in.bytes, "evidence.json", FacilityFacts.class);
  }

  /** The whole path: bytes → {@link EvidenceLoader#load} → every validator of every edition → verdicts. */
  @Benchmark
  public void validateAll(Input in, Blackhole bh) throws EvidenceException {
    Assessment<FacilityFacts> a = EvidenceLoader.load(in.bytes, "evidence.json", FacilityFacts.class);
    for (Edition<FacilityFacts> e : in.all) {
      bh.consume(e.validateAll(a));
    }
  }

  /**
   * The validators alone, on assessments bound in setup. Two bindings are used in turn: checks shared between
   * editions are computed once per assessment, so validating one object over and over would time the reuse.
   */
  @Benchmark
  public void validateOnly(Input in, Editions editions, Blackhole bh) {
    Assessment<FacilityFacts> a = in.assessments.get(in.turn++ & 1);
    for (Edition<FacilityFacts> e : editions.selected) {
      bh.consume(e.validateAll(a));
    }
  }
}
