package dev.kijun.runtime.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kijun.runtime.EditionInfo;
import dev.kijun.runtime.RequirementInfo;
import dev.kijun.runtime.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The assessment results of a validate run with the OSCAL documents they import, so that OSCAL tools can follow
 * every reference: per edition, {@code assessment-results.json} imports {@code assessment-plan.json}, which imports
 * {@code system-security-plan.json}, which imports {@code profile.json}, which imports {@code catalog.json}.
 *
 * <p>Each document says only what kijun knows. The catalog lists the edition's checked requirements (flat; the
 * grouped catalog of {@code kijun export oscal-catalog} has the same control ids). The profile selects them all. The
 * system security plan's system is the facilities the evidence files describe; it states no implementation, status
 * or boundary that kijun cannot know and says so. The plan reviews every control. Deterministic: UUIDs are
 * name-based and dates are the assessment dates.
 */
public final class OscalChain {
  /** The file names of a chain, from the results down to the catalog. */
  public static final List<String> FILES = List.of("assessment-results.json", "assessment-plan.json",
      "system-security-plan.json", "profile.json", "catalog.json");

  private static final String NOT_KNOWN = "kijun does not know this: it reads evidence files about the facility,"
      + " not the facility's system documentation.";

  private OscalChain() {}

  /**
   * The chains of {@code set}, one per edition, as relative path ({@code <document>/<edition>/<file>}) → text, in
   * edition order then {@link #FILES} order.
   */
  public static Map<String, String> render(ReportSet set, String toolVersion) {
    Map<String, List<Report>> byEdition = new LinkedHashMap<>();
    set.reports().forEach(r -> byEdition.computeIfAbsent(r.edition().key(), k -> new ArrayList<>()).add(r));
    Map<String, String> files = new LinkedHashMap<>();
    for (List<Report> reports : byEdition.values()) {
      EditionInfo edition = reports.get(0).edition();
      String dir = edition.document() + "/" + edition.edition() + "/";
      List<RequirementInfo> requirements = reports.get(0).verdicts().stream().map(Verdict::requirement).toList();
      String runId = OscalResults.runId(reports);
      files.put(dir + FILES.get(0), OscalResults.render(reports, toolVersion, FILES.get(1)));
      files.put(dir + FILES.get(1), plan(reports, requirements, runId, toolVersion));
      files.put(dir + FILES.get(2), systemPlan(reports, requirements, runId, toolVersion));
      files.put(dir + FILES.get(3), profile(reports, edition, runId, toolVersion));
      files.put(dir + FILES.get(4), catalog(reports, edition, requirements, runId, toolVersion));
    }
    return files;
  }

  private static String plan(List<Report> reports, List<RequirementInfo> requirements, String runId,
      String toolVersion) {
    ObjectNode root = PrettyJson.object();
    ObjectNode ap = root.putObject("assessment-plan");
    ap.put("uuid", Oscal.uuid(runId + "\nassessment-plan"));
    OscalResults.metadata(ap, "kijun checks of " + reports.get(0).edition().key(), reports, toolVersion);
    ap.putObject("import-ssp").put("href", FILES.get(2));
    controls(ap, requirements);
    return PrettyJson.print(root);
  }

  private static String systemPlan(List<Report> reports, List<RequirementInfo> requirements, String runId,
      String toolVersion) {
    ObjectNode root = PrettyJson.object();
    ObjectNode ssp = root.putObject("system-security-plan");
    ssp.put("uuid", Oscal.uuid(runId + "\nsystem-security-plan"));
    OscalResults.metadata(ssp, "Facilities assessed by kijun", reports, toolVersion);
    ssp.putObject("import-profile").put("href", FILES.get(3));
    Set<String> facilities = new LinkedHashSet<>();
    reports.forEach(r -> facilities.add(r.facility().name()));
    String names = String.join(", ", facilities);

    ObjectNode system = ssp.putObject("system-characteristics");
    system.putArray("system-ids").addObject().put("identifier-type", "https://ietf.org/rfc/rfc4122")
        .put("id", Oscal.uuid(runId + "\nsystem"));
    system.put("system-name", names);
    system.put("description", "The information systems of " + names + ", as described by the evidence files "
        + String.join(", ", reports.stream().map(Report::evidenceFile).distinct().toList()) + ".");
    ObjectNode type = system.putObject("system-information").putArray("information-types").addObject();
    type.put("uuid", Oscal.uuid(runId + "\ninformation-type"));
    type.put("title", "Medical information");
    type.put("description", "The medical information the facility's systems handle; its categorisation is not"
        + " stated. " + NOT_KNOWN);
    system.putObject("status").put("state", "other").put("remarks", NOT_KNOWN);
    system.putObject("authorization-boundary").put("description", "Not stated. " + NOT_KNOWN);

    ObjectNode implementation = ssp.putObject("system-implementation");
    ObjectNode user = implementation.putArray("users").addObject();
    user.put("uuid", Oscal.uuid(runId + "\nusers"));
    user.put("title", "Users of the facility's systems");
    user.put("description", "Not stated. " + NOT_KNOWN);
    ObjectNode component = implementation.putArray("components").addObject();
    component.put("uuid", Oscal.uuid(runId + "\nthis-system"));
    component.put("type", "this-system");
    component.put("title", names);
    component.put("description", "The system as a whole, as the evidence files describe it.");
    component.putObject("status").put("state", "other").put("remarks", NOT_KNOWN);

    ObjectNode controls = ssp.putObject("control-implementation");
    controls.put("description", "The requirements of " + reports.get(0).edition().key() + " the evidence was"
        + " checked against. No implementation is stated here: the verdicts are in the assessment results, and"
        + " they are not a claim of compliance.");
    ArrayNode implemented = controls.putArray("implemented-requirements");
    for (RequirementInfo r : requirements) {
      String controlId = Oscal.controlId(r.id().clause());
      ObjectNode requirement = implemented.addObject();
      requirement.put("uuid", Oscal.uuid(runId + "\nimplemented " + controlId)).put("control-id", controlId);
      // OSCAL asks for the component that implements each control; the whole system is the only one kijun knows,
      // and it states no implementation status.
      requirement.putArray("by-components").addObject()
          .put("component-uuid", component.get("uuid").asText())
          .put("uuid", Oscal.uuid(runId + "\nby-component " + controlId))
          .put("description", "Not stated. " + NOT_KNOWN + " The verdict on " + r.id() + " is in the assessment"
              + " results.");
    }
    return PrettyJson.print(root);
  }

  private static String profile(List<Report> reports, EditionInfo edition, String runId, String toolVersion) {
    ObjectNode root = PrettyJson.object();
    ObjectNode profile = root.putObject("profile");
    profile.put("uuid", Oscal.uuid(runId + "\nprofile"));
    OscalResults.metadata(profile, "Every checked requirement of " + edition.key(), reports, toolVersion);
    profile.putArray("imports").addObject().put("href", FILES.get(4)).putObject("include-all");
    return PrettyJson.print(root);
  }

  private static String catalog(List<Report> reports, EditionInfo edition, List<RequirementInfo> requirements,
      String runId, String toolVersion) {
    ObjectNode root = PrettyJson.object();
    ObjectNode catalog = root.putObject("catalog");
    catalog.put("uuid", Oscal.uuid(runId + "\ncatalog"));
    ObjectNode metadata = OscalResults.metadata(catalog, edition.titleEn() + " (" + edition.key() + "), checked"
        + " requirements", reports, toolVersion);
    metadata.put("remarks", "kijun summaries are paraphrases written for this project, not the official text."
        + " " + Wording.NOTICE);
    ArrayNode controls = catalog.putArray("controls");
    requirements.forEach(r -> controls.add(OscalControl.render(OscalControl.of(r))));
    return PrettyJson.print(root);
  }

  private static void controls(ObjectNode document, List<RequirementInfo> requirements) {
    ArrayNode include = document.putObject("reviewed-controls").putArray("control-selections").addObject()
        .putArray("include-controls");
    requirements.forEach(r -> include.addObject().put("control-id", Oscal.controlId(r.id().clause())));
  }
}
