package dev.kijun.compiler.model;

import dev.kijun.compiler.source.Span;
import dev.kijun.runtime.Audience;
import java.util.Set;

/** One form of a checklist ({@code form vendor title … audience vendor}): its items are those addressed to its audience. */
public record FormDef(String name, Text2 title, Set<Audience> audience, Span span) {
  public FormDef {
    audience = Set.copyOf(audience);
  }

  /** True when {@code r} is on this form: it is addressed to one of the form's audiences. */
  public boolean includes(Requirement r) {
    return r.audience().stream().anyMatch(audience::contains);
  }
}
