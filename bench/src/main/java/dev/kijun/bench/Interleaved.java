package dev.kijun.bench;

import dev.kijun.generated.evidence.facility.FacilityFacts;
import dev.kijun.runtime.Edition;
import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.json.EvidenceLoader;
import java.util.Arrays;
import java.util.List;

/**
 * A cross-check for machines shared with other work, where consecutive JMH forks see different load: runs the four
 * operations of {@link EvidenceBench} in alternation, round after round, in one JVM, and prints the minimum and
 * median time per operation of each. Alternating gives every operation the same share of interference, and the
 * minimum is the least disturbed figure. Not a replacement for the JMH run; see README.md.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar dev.kijun.bench.Interleaved [evidence] [rounds] [cpu]}
 *
 * <p>With {@code cpu}, each timing is the benchmark thread's CPU time rather than wall-clock time: on a machine
 * shared with other work, time the thread spends waiting for a core is not counted, so the ratios stay meaningful
 * (cache and memory-bandwidth interference remain).
 */
public final class Interleaved {
  private Interleaved() {}

  private static volatile Object sink;
  private static boolean cpu;
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    String name = args.length > 0 ? args[0] : "hospital-2000";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    cpu = args.length > 2 && args[2].equals("cpu");
    byte[] bytes = Evidence.bytes(name);
    List<Edition<FacilityFacts>> all = HospitalEvidence.editions();
    // Two bindings of the same bytes, used in turn: checks shared between editions are computed once per
    // assessment, so validating one object over and over would time the reuse, not the validators.
    List<Assessment<FacilityFacts>> bound = List.of(EvidenceLoader.load(bytes, name, FacilityFacts.class),
        EvidenceLoader.load(bytes, name, FacilityFacts.class));
    int[] turn = {0};
    String[] ops = {"bindOnly", "loadOnly", "validateOnly", "validateAll"};
    Op[] run = {
        () -> PlainEnvelope.READER.readValue(bytes),
        () -> EvidenceLoader.load(bytes, name, FacilityFacts.class),
        () -> {
          Assessment<FacilityFacts> a = bound.get(turn[0]++ & 1);
          for (Edition<FacilityFacts> e : all) {
            sink = e.validateAll(a);
          }
          return null;
        },
        () -> {
          Assessment<FacilityFacts> a = EvidenceLoader.load(bytes, name, FacilityFacts.class);
          for (Edition<FacilityFacts> e : all) {
            sink = e.validateAll(a);
          }
          return null;
        }};
    double[][] us = new double[ops.length][rounds];
    long warmUntil = System.nanoTime() + 10_000_000_000L; // 10 s of alternating warm-up, until the JIT settles
    while (System.nanoTime() < warmUntil) {
      for (Op op : run) {
        time(op, 1);
      }
    }
    int[] reps = new int[ops.length]; // enough repetitions that one timing takes about 10 ms
    for (int i = 0; i < ops.length; i++) {
      reps[i] = (int) Math.max(1, 10_000_000L / Math.max(1, time(run[i], 1)));
    }
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < ops.length; i++) {
        us[i][r] = time(run[i], reps[i]) / 1000.0 / reps[i];
      }
    }
    System.out.printf("%s: %,d bytes, %d rounds, repetitions per timing %s, %s time%n", name, bytes.length, rounds,
        Arrays.toString(reps), cpu ? "thread CPU" : "wall-clock");
    double[] min = new double[ops.length];
    double[] med = new double[ops.length];
    for (int i = 0; i < ops.length; i++) {
      double[] s = us[i].clone();
      Arrays.sort(s);
      min[i] = s[0];
      med[i] = s[s.length / 2];
      System.out.printf("  %-13s min %10.1f us   median %10.1f us%n", ops[i], min[i], med[i]);
    }
    System.out.printf("  validateAll/bindOnly - 1 = %+.0f %% (min), %+.0f %% (median)%n",
        100 * (min[3] / min[0] - 1), 100 * (med[3] / med[0] - 1));
    System.out.printf("  loadOnly/bindOnly - 1    = %+.0f %% (min), %+.0f %% (median)%n",
        100 * (min[1] / min[0] - 1), 100 * (med[1] / med[0] - 1));
    System.out.printf("  validateOnly/bindOnly    = %.1f %% (min), %.1f %% (median)%n",
        100 * min[2] / min[0], 100 * med[2] / med[0]);
    // The same ratios taken within each round, where the operations ran a few milliseconds apart: drift in the
    // machine's speed over the run (frequency, other tenants) cancels, which it does not between two minima.
    System.out.printf("  per round, median: validateAll/bindOnly %.2f, loadOnly/bindOnly %.2f, validateOnly/bindOnly"
        + " %.2f%n", perRound(us[3], us[0]), perRound(us[1], us[0]), perRound(us[2], us[0]));
  }

  /** The median over rounds of {@code a[r] / b[r]}. */
  private static double perRound(double[] a, double[] b) {
    double[] r = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = a[i] / b[i];
    }
    Arrays.sort(r);
    return r[r.length / 2];
  }

  private interface Op {
    Object run() throws Exception;
  }

  private static long time(Op op, int reps) throws Exception {
    long t0 = now();
    for (int i = 0; i < reps; i++) {
      sink = op.run();
    }
    return now() - t0;
  }

  private static long now() {
    return cpu ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }
}
