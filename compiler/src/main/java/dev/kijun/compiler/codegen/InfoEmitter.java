package dev.kijun.compiler.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.kijun.compiler.explain.ExprExplainer;
import dev.kijun.compiler.model.Check;
import dev.kijun.compiler.model.Dating;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Reference;
import dev.kijun.compiler.model.Requirement;
import dev.kijun.runtime.Audience;
import dev.kijun.runtime.CheckInfo;
import dev.kijun.runtime.CheckKind;
import dev.kijun.runtime.Citation;
import dev.kijun.runtime.ClauseRef;
import dev.kijun.runtime.Dates;
import dev.kijun.runtime.EditionInfo;
import dev.kijun.runtime.Level;
import dev.kijun.runtime.RequirementInfo;
import dev.kijun.runtime.Status;
import dev.kijun.runtime.Target;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
      b.add(i == 0 ? "\n$L" : ",\n$L", check(r.checks().get(i), r.dating().check(i)));
    }
    b.add("),\n$S,\n$T.of(", r.span().fileLine(), List.class);
    for (int i = 0; i < r.profiles().size(); i++) {
      b.add(i == 0 ? "$S" : ", $S", r.profiles().get(i));
    }
    b.add("),\n$S,\n$T.of(", r.applies().map(a -> ExprExplainer.explain(a).plain()).orElse(""), List.class);
    for (int i = 0; i < r.waivers().size(); i++) {
      b.add(i == 0 ? "$S" : ", $S", r.waivers().get(i).name());
    }
    b.add(")");
    // Requirements always in force keep the shorter constructor, so their generated code does not change.
    Dating dating = r.dating();
    if (dating.effective().isPresent() || dating.relief().isPresent() || dating.superseded().isPresent()) {
      b.add(",\nnew $T($L, $L, $L)", Dates.class, optionalDate(dating.effective().map(Dating.Day::date)),
          dating.relief().map(InfoEmitter::relief).orElse(CodeBlock.of("$T.empty()", Optional.class)),
          dating.superseded().map(s -> CodeBlock.of("$T.of(new $T($L, $T.parse($S)))", Optional.class,
              Dates.Supersession.class, date(s.on().date()), ClauseRef.class, s.successor().target().toString()))
              .orElse(CodeBlock.of("$T.empty()", Optional.class)));
    }
    b.add(")$<");
    return b.build();
  }

  private static CodeBlock relief(Dating.Relief r) {
    return CodeBlock.of("$T.of(new $T($L, $L, $L))", Optional.class, Dates.Relief.class, JavaText.string(r.explanation()),
        optionalDate(r.until().map(Dating.Day::date)), JavaText.string(ExprExplainer.explain(r.condition()).plain()));
  }

  private static CodeBlock optionalDate(Optional<LocalDate> d) {
    return d.map(v -> CodeBlock.of("$T.of($L)", Optional.class, date(v)))
        .orElse(CodeBlock.of("$T.empty()", Optional.class));
  }

  private static CodeBlock date(LocalDate d) {
    return CodeBlock.of("$T.of($L, $L, $L)", LocalDate.class, d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  private static CodeBlock check(Check c, Optional<LocalDate> effective) {
    CodeBlock from = effective.map(d -> CodeBlock.of(", $L", optionalDate(Optional.of(d)))).orElse(CodeBlock.of(""));
    if (c instanceof Check.Automated a) {
      return CodeBlock.of("new $T($T.AUTOMATED, $L, $L, $S, $S$L)", CheckInfo.class, CheckKind.class,
          JavaText.string(a.explanation()), JavaText.string(normalize(a.source())), "", "", from);
    }
    if (c instanceof Check.Question q) {
      return CodeBlock.of("new $T($T.QUESTION, $L, $S, $L, $L$L)", CheckInfo.class, CheckKind.class,
          JavaText.string(q.ask().en()), "", JavaText.string(q.ask().ja()), JavaText.string(q.ask().en()), from);
    }
    Check.Review r = (Check.Review) c;
    return CodeBlock.of("new $T($T.REVIEW, $L, $S, $S, $S$L)", CheckInfo.class, CheckKind.class,
        JavaText.string(r.explanation()), "", "", "", from);
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
