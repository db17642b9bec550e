package dev.kijun.runtime;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a tool needs to show about a requirement without reading the kijun source: id, level, audience,
 * targets, titles and summaries (our own words, ja/en), citation, verification status, the clauses it cites,
 * its checks, and where it is defined ({@code file:line}) so an auditor can trace a verdict back to the source.
 * {@code profiles} are the edition's reading markers the requirement is read under (empty: every profile). Also
 * its applicability condition in words (empty when it always applies) and the names of the waivers it declares,
 * so reports can say why a clause does not apply and evidence can be checked for misspelt waivers. {@code dates}
 * say when it is in force ({@link Dates#NONE}: always).
 */
public record RequirementInfo(
    ClauseRef id,
    Level level,
    Set<Audience> audience,
    List<Target> targets,
    Status status,
    String statusNote,
    String titleJa,
    String titleEn,
    String summaryJa,
    String summaryEn,
    Citation source,
    List<ClauseRef> cites,
    List<CheckInfo> checks,
    String definedAt,
    List<String> profiles,
    String applicability,
    List<String> waivers,
    Dates dates) {
  public RequirementInfo {
    Objects.requireNonNull(id, "id is null");
    Objects.requireNonNull(level, "level is null");
    audience = Set.copyOf(audience);
    targets = List.copyOf(targets);
    Objects.requireNonNull(status, "status is null");
    Objects.requireNonNull(statusNote, "statusNote is null");
    Objects.requireNonNull(titleJa, "titleJa is null");
    Objects.requireNonNull(titleEn, "titleEn is null");
    Objects.requireNonNull(summaryJa, "summaryJa is null");
    Objects.requireNonNull(summaryEn, "summaryEn is null");
    Objects.requireNonNull(source, "source is null");
    cites = List.copyOf(cites);
    checks = List.copyOf(checks);
    Objects.requireNonNull(definedAt, "definedAt is null");
    profiles = List.copyOf(profiles);
    Objects.requireNonNull(applicability, "applicability is null");
    waivers = List.copyOf(waivers);
    Objects.requireNonNull(dates, "dates is null");
  }

  /** A requirement that is always in force. */
  public RequirementInfo(ClauseRef id, Level level, Set<Audience> audience, List<Target> targets, Status status,
      String statusNote, String titleJa, String titleEn, String summaryJa, String summaryEn, Citation source,
      List<ClauseRef> cites, List<CheckInfo> checks, String definedAt, List<String> profiles, String applicability,
      List<String> waivers) {
    this(id, level, audience, targets, status, statusNote, titleJa, titleEn, summaryJa, summaryEn, source, cites,
        checks, definedAt, profiles, applicability, waivers, Dates.NONE);
  }

  /** A requirement read under {@code profiles} that always applies and declares no waivers. */
  public RequirementInfo(ClauseRef id, Level level, Set<Audience> audience, List<Target> targets, Status status,
      String statusNote, String titleJa, String titleEn, String summaryJa, String summaryEn, Citation source,
      List<ClauseRef> cites, List<CheckInfo> checks, String definedAt, List<String> profiles) {
    this(id, level, audience, targets, status, statusNote, titleJa, titleEn, summaryJa, summaryEn, source, cites,
        checks, definedAt, profiles, "", List.of());
  }

  /** A requirement without reading markers (read by every profile) that always applies and declares no waivers. */
  public RequirementInfo(ClauseRef id, Level level, Set<Audience> audience, List<Target> targets, Status status,
      String statusNote, String titleJa, String titleEn, String summaryJa, String summaryEn, Citation source,
      List<ClauseRef> cites, List<CheckInfo> checks, String definedAt) {
    this(id, level, audience, targets, status, statusNote, titleJa, titleEn, summaryJa, summaryEn, source, cites,
        checks, definedAt, List.of(), "", List.of());
  }
}
