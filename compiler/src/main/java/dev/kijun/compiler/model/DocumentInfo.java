package dev.kijun.compiler.model;

import dev.kijun.runtime.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The document block of an edition, with the reading markers ({@code profiles}) and checklist forms it declares, in
 * declaration order.
 */
public record DocumentInfo(Text2 title, String publisher, LocalDate published, String sourceUrl, Status status,
    String statusNote, List<ProfileDef> profiles, List<FormDef> forms) {
  public DocumentInfo {
    profiles = List.copyOf(profiles);
    forms = List.copyOf(forms);
  }

  /** A document block without profiles or forms. */
  public DocumentInfo(Text2 title, String publisher, LocalDate published, String sourceUrl, Status status,
      String statusNote) {
    this(title, publisher, published, sourceUrl, status, statusNote, List.of(), List.of());
  }

  /** The form named {@code name}. */
  public Optional<FormDef> form(String name) {
    return forms.stream().filter(f -> f.name().equals(name)).findFirst();
  }
}
