package dev.kijun.compiler.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.kijun.compiler.explain.ExprExplainer;
import dev.kijun.compiler.model.Check;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Reference;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.runtime.Audience;
import dev.kijun.runtime.CheckInfo;
import dev.kijun.runtime.CheckKind;
import dev.kijun.runtime.Citation;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.EditionInfo;
import dev.kijun.runtime.Level;
import dev.kijun.runtime.RequirementInfo;
import dev.kijun.runtime.Status;
import dev.kijun.runtime.Target;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Emits the metadata initialisers ({@code new RequirementInfo(…)}, {@code new EditionInfo(…)}). */
final class InfoEmitter {
  private InfoEmitter() {}

  static CodeBlock requirement(Requirement r) {
    CodeBlock.Builder b = CodeBlock.builder().add("new $T(\n$>", RequirementInfo.class);
    b.add("$T.parse($S),\n", ClauseRef.class, r.id().toString());
    // INVARIANT: only non-stubs get validators, and the resolver requires a level of every non-stub.
    b.add("$T.$L,\n", Level.class, r.level().orElseThrow().name());
    b.add("$T.of(", Set.class);
    boolean first = true;
    for (Audience a : Audience.values()) {
      if (r.audience().contains(a)) {
        b.add(first ? "$T.$L" : ", $T.$L", Audience.class, a.name());
        first = false;
      }
    }
    b.add("),\n$T.of(", List.class);
    for (int i = 0; i < r.targets().size(); i++) {
      b.add(i == 0 ? "$T.$L" : ", $T.$L", Target.class, r.targets().get(i).name());
    }
    b.add("),\n$T.$L,\n$L,\n", Status.class, r.status().name(), JavaText.string(r.statusNote()));
    b.add("$L,\n$L,\n$L,\n$L,\n", JavaText.string(r.title().ja()), JavaText.string(r.title().en()),
        JavaText.string(r.summary().ja()), JavaText.string(r.summary().en()));
    b.add("new $T($L, $L, $L),\n", Citation.class, JavaText.string(r.source().url()), JavaText.string(r.source().page()),
        JavaText.string(r.source().note()));
    b.add("$T.of(", List.class);
    for (int i = 0; i < r.cites().size(); i++) {
      Reference ref = r.cites().get(i);
      b.add(i == 0 ? "$T.parse($S)" : ", $T.parse($S)", ClauseRef.class, ref.target().toString());
    }
    b.add("),\n$T.of(", List.class);
    for (int i = 0; i < r.checks().size(); i++) {
      b.add(i == 0 ? "\n$L" : ",\n$L", check(r.checks().get(i)));
    }
    b.add("),\n$S,\n$T.of(", r.span().fileLine(), List.class);
    for (int i = 0; i < r.profiles().size(); i++) {
      b.add(i == 0 ? "$S" : ", $S", r.profiles().get(i));
    }
    b.add("),\n$S,\n$T.of(", r.applies().map(a -> ExprExplainer.explain(a).plain()).orElse(""), List.class);
    for (int i = 0; i < r.waivers().size(); i++) {
      b.add(i == 0 ? "$S" : ", $S", r.waivers().get(i).name());
    }
    b.add("))$<");
    return b.build();
  }

  private static CodeBlock check(Check c) {
    if (c instanceof Check.Automated a) {
      return CodeBlock.of("new $T($T.AUTOMATED, $L, $L, $S, $S)", CheckInfo.class, CheckKind.class,
          JavaText.string(a.explanation()), JavaText.string(normalize(a.source())), "", "");
    }
    if (c instanceof Check.Question q) {
      return CodeBlock.of("new $T($T.QUESTION, $L, $S, $L, $L)", CheckInfo.class, CheckKind.class,
          JavaText.string(q.ask().en()), "", JavaText.string(q.ask().ja()), JavaText.string(q.ask().en()));
    }
    Check.Review r = (Check.Review) c;
    return CodeBlock.of("new $T($T.REVIEW, $L, $S, $S, $S)", CheckInfo.class, CheckKind.class,
        JavaText.string(r.explanation()), "", "", "");
  }

  static CodeBlock edition(Edition e) {
    LocalDate d = e.info().published();
    return CodeBlock.of("new $T($S, $S, $L, $L, $L, $T.of($L, $L, $L), $S, $T.$L)", EditionInfo.class, e.document(),
        e.edition(), JavaText.string(e.info().title().ja()), JavaText.string(e.info().title().en()),
        JavaText.string(e.info().publisher()), LocalDate.class, d.getYear(),
        d.getMonthValue(), d.getDayOfMonth(), e.info().sourceUrl(), Status.class, e.info().status().name());
  }

  /** The expression as written, on one line. */
  static String normalize(String source) {
    return source.strip().replaceAll("\\s+", " ");
  }
}
