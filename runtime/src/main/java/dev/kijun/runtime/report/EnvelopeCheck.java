package dev.kijun.runtime.report;

import dev.kijun.runtime.CheckKind;
import dev.kijun.runtime.CheckInfo;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.DidYouMean;
import dev.kijun.runtime.EditionInfo;
import dev.kijun.runtime.RequirementInfo;
import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.evidence.Waiver;
import dev.kijun.runtime.eval.Questions;
import dev.kijun.runtime.eval.Reviews;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds the envelope entries of an evidence file that no validated requirement will read: answers for clauses
 * without a question, reviews for clauses without a review check, waivers of unknown requirements or with a
 * name the requirement does not declare, and keys naming an edition that is not compiled. Entries for a compiled
 * edition that this run does not validate are left alone: one evidence file may serve several editions.
 */
public final class EnvelopeCheck {
  private EnvelopeCheck() {}

  /** One edition as the check sees it: its key and its requirements. */
  public record EditionView(EditionInfo info, List<RequirementInfo> requirements) {
    public EditionView {
      requirements = List.copyOf(requirements);
    }
  }

  /**
   * The warnings for {@code assessment}, labelled {@code file}; {@code validated} are the editions of this run,
   * {@code known} every compiled edition key.
   */
  public static List<EvidenceWarning> check(String file, Assessment<?> assessment, List<EditionView> validated,
      Collection<String> known) {
    Map<String, EditionView> byKey = new TreeMap<>();
    validated.forEach(v -> byKey.put(v.info().key(), v));
    // Validated editions first, so a did-you-mean prefers them over other editions equally close.
    List<String> candidates = new ArrayList<>(byKey.keySet());
    known.stream().sorted().filter(k -> !candidates.contains(k)).forEach(candidates::add);
    known = candidates;
    List<EvidenceWarning> out = new ArrayList<>();
    for (ClauseRef key : sorted(assessment.answers().keySet())) {
      clauseKey(file, Questions.path(key), key, CheckKind.QUESTION, "answer", byKey, known, out);
    }
    for (ClauseRef key : sorted(assessment.reviews().keySet())) {
      clauseKey(file, Reviews.path(key), key, CheckKind.REVIEW, "review", byKey, known, out);
    }
    List<Waiver> waivers = assessment.waivers();
    for (int i = 0; i < waivers.size(); i++) {
      waiver(file, i, waivers.get(i), byKey, known, out);
    }
    return out;
  }

  private static List<ClauseRef> sorted(Collection<ClauseRef> keys) {
    return keys.stream().sorted().toList();
  }

  private static void clauseKey(String file, String path, ClauseRef key, CheckKind kind, String what,
      Map<String, EditionView> validated, Collection<String> known, List<EvidenceWarning> out) {
    Optional<EditionView> edition = edition(file, path, key, validated, known, out);
    if (edition.isEmpty()) {
      return;
    }
    List<RequirementInfo> reqs = edition.get().requirements();
    Optional<RequirementInfo> req = reqs.stream().filter(r -> r.id().equals(key)).findFirst();
    List<String> candidates = reqs.stream().filter(r -> has(r, kind)).map(r -> r.id().clause()).toList();
    if (req.isEmpty()) {
      out.add(new EvidenceWarning(file, path, "no requirement `" + key.clause() + "` in " + key.editionKey()
          + "; this " + what + " is not used", suggest(key.clause(), candidates)));
    } else if (!has(req.get(), kind)) {
      out.add(new EvidenceWarning(file, path, "requirement `" + key + "` has no " + (kind == CheckKind.QUESTION
          ? "question" : "review") + " check; this " + what + " is not used", suggest(key.clause(), candidates)));
    }
  }

  private static void waiver(String file, int index, Waiver w, Map<String, EditionView> validated,
      Collection<String> known, List<EvidenceWarning> out) {
    String path = "waivers[" + index + "]";
    Optional<EditionView> edition = edition(file, path + ".requirement", w.requirement(), validated, known, out);
    if (edition.isEmpty()) {
      return;
    }
    List<RequirementInfo> reqs = edition.get().requirements();
    Optional<RequirementInfo> req = reqs.stream().filter(r -> r.id().equals(w.requirement())).findFirst();
    if (req.isEmpty()) {
      List<String> withWaivers = reqs.stream().filter(r -> !r.waivers().isEmpty()).map(r -> r.id().clause()).toList();
      out.add(new EvidenceWarning(file, path + ".requirement", "no requirement `" + w.requirement().clause()
          + "` in " + w.requirement().editionKey() + "; this waiver is not used",
          suggest(w.requirement().clause(), withWaivers)));
      return;
    }
    List<String> declared = req.get().waivers();
    if (!declared.contains(w.waiver())) {
      String hint = DidYouMean.closest(w.waiver(), declared).map(s -> "did you mean `" + s + "`?")
          .orElse(declared.isEmpty() ? "the requirement declares no waivers"
              : "it declares " + String.join(", ", declared.stream().map(d -> "`" + d + "`").toList()));
      out.add(new EvidenceWarning(file, path + ".waiver", "requirement `" + w.requirement() + "` declares no waiver `"
          + w.waiver() + "`; this waiver is not used", hint));
    }
  }

  /** The validated edition a key names; warns when the edition is not compiled at all. */
  private static Optional<EditionView> edition(String file, String path, ClauseRef key,
      Map<String, EditionView> validated, Collection<String> known, List<EvidenceWarning> out) {
    EditionView v = validated.get(key.editionKey());
    if (v != null) {
      return Optional.of(v);
    }
    if (!known.contains(key.editionKey())) {
      out.add(new EvidenceWarning(file, path, "no compiled edition `" + key.editionKey() + "`; this entry is not used",
          DidYouMean.closest(key.editionKey(), known).map(s -> "did you mean `" + s + "`?").orElse("")));
    }
    return Optional.empty();
  }

  private static boolean has(RequirementInfo r, CheckKind kind) {
    for (CheckInfo c : r.checks()) {
      if (c.kind() == kind) {
        return true;
      }
    }
    return false;
  }

  private static String suggest(String typed, List<String> candidates) {
    return DidYouMean.closest(typed, candidates).map(s -> "did you mean `" + s + "`?").orElse("");
  }
}
