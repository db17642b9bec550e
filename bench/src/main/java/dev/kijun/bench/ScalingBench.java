package dev.kijun.bench;

import dev.kijun.generated.evidence.facility.FacilityFacts;
import dev.kijun.runtime.Edition;
import dev.kijun.runtime.Verdict;
import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.json.EvidenceException;
import dev.kijun.runtime.json.EvidenceLoader;
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

/**
 * Linearity: the R7 checklist (uniqueness of credential fingerprints, membership and per-device checks) on
 * pre-bound evidence of growing size. Time divided by the device count should stay roughly constant.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class ScalingBench {
  @Param({"500", "1000", "2000", "4000"})
  public int devices;

  private Assessment<FacilityFacts> assessment;
  private Edition<FacilityFacts> checklist;

  @Setup(Level.Trial)
  public void setUp() throws EvidenceException {
    byte[] bytes = HospitalEvidence.generate(devices, 50);
    assessment = EvidenceLoader.load(bytes, "hospital-" + devices + ".json", FacilityFacts.class);
    checklist = HospitalEvidence.edition(HospitalEvidence.CHECKLIST);
  }

  /** Every R7 validator on the pre-bound evidence. */
  @Benchmark
  public List<Verdict> checklistR7() {
    return checklist.validateAll(assessment);
  }
}
