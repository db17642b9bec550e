package dev.kijun.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.kijun.generated.evidence.facility.FacilityFacts;
import dev.kijun.runtime.CheckInfo;
import dev.kijun.runtime.CheckKind;
import dev.kijun.runtime.Edition;
import dev.kijun.runtime.Editions;
import dev.kijun.runtime.Outcome;
import dev.kijun.runtime.Validator;
import dev.kijun.runtime.Verdict;
import dev.kijun.runtime.evidence.Assessment;
import dev.kijun.runtime.json.EvidenceException;
import dev.kijun.runtime.json.EvidenceLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A deterministic generator of hospital-sized evidence (docs/evidence.md): the same seed and sizes always give the
 * same bytes. The facility passes every automated check, answers "yes" to every checklist item and records a
 * satisfied review for every requirement with a review check, so a validator run walks every collection in full
 * (no short cut through a failing check) and the expected outcome is SATISFIED or NOT_APPLICABLE everywhere.
 *
 * <p>Shape, for {@code devices} devices: 5 % servers, 10 % network devices, the rest client PCs; every device has
 * its own admin-credential fingerprint (SHA-256 hex of a label, never factory default) and a security patch within
 * the 90 days before the assessment date; servers and PCs record an external-storage control (network devices
 * leave it out, like the samples); servers and network devices synchronise their clocks. Endpoints: a fifth on the
 * open network (TLS 1.3 only, client certificate required, high-security TLS 1.3 suites), a fifth on a closed network
 * inside IPsec, the rest internal. One system per 200 devices (at least 4), one personal user account per two
 * devices, two backup sets per system, two maintenance and one staff remote-access path, five network segments.
 *
 * <p>{@code main} writes a file and prints its verdict counts: {@code java -cp bench/target/benchmarks.jar
 * dev.kijun.bench.HospitalEvidence [devices] [endpoints] [out.json]}.
 */
public final class HospitalEvidence {
  /** The fixed seed of every generated file. */
  public static final long SEED = 20261101L;
  /** The assessment date, the same as the samples'. */
  public static final LocalDate ASSESSED_ON = LocalDate.of(2026, 11, 1);
  /** The key of the checklist edition whose items are answered. */
  public static final String CHECKLIST = "mhlw-checklist@R7";

  private static final String[] TLS13_SUITES = {
      "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"};
  private static final String[] WARDS = {"内科", "外科", "小児科", "産婦人科", "整形外科", "放射線科", "検査部", "薬剤部",
      "医事課", "救急外来", "ICU", "手術部"};

  private HospitalEvidence() {}

  /** The hospital-sized file of the issue: 2,000 devices, 50 endpoints. */
  public static byte[] hospital2000() {
    return generate(2000, 50);
  }

  /** Evidence with {@code devices} devices and {@code endpoints} endpoints, from the fixed seed. */
  public static byte[] generate(int devices, int endpoints) {
    return generate(devices, endpoints, SEED);
  }

  /** Evidence with the given sizes and seed, as UTF-8 JSON bytes pretty-printed like the samples. */
  public static byte[] generate(int devices, int endpoints, long seed) {
    Random random = new Random(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream(devices * 330 + endpoints * 400 + 16_384);
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(
        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.setPrettyPrinter(pretty);
      g.writeStartObject();
      g.writeObjectFieldStart("facility");
      g.writeStringField("name", "さくら大学病院 (Sakura University Hospital, generated, " + devices + " devices)");
      g.writeStringField("kind", "medical-institution");
      g.writeEndObject();
      g.writeStringField("assessedOn", ASSESSED_ON.toString());
      g.writeObjectFieldStart("facts");
      writeDevices(g, devices, random, seed);
      writeEndpoints(g, endpoints, random);
      writeWireless(g, Math.max(1, devices / 250));
      int systems = Math.max(4, devices / 200);
      writeSystems(g, systems, random);
      writeAccounts(g, systems, Math.max(systems, devices / 2));
      writeRemoteAccess(g);
      writeBackups(g, systems, random);
      writeSegments(g);
      g.writeEndObject();
      writeAnswers(g, random);
      writeReviews(g, random);
      g.writeArrayFieldStart("waivers");
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.write('\n');
    return out.toByteArray();
  }

  private static void writeDevices(JsonGenerator g, int count, Random random, long seed) throws IOException {
    int servers = Math.max(1, count / 20);
    int network = Math.max(1, count / 10);
    g.writeArrayFieldStart("devices");
    for (int i = 0; i < count; i++) {
      String kind = i < servers ? "server" : i < servers + network ? "network-device" : "client-pc";
      g.writeStartObject();
      switch (kind) {
        case "server":
          g.writeStringField("id", String.format("srv-%04d", i));
          g.writeStringField("name", WARDS[i % WARDS.length] + " サーバ " + i);
          break;
        case "network-device":
          g.writeStringField("id", String.format("net-%04d", i));
          g.writeStringField("name", WARDS[i % WARDS.length] + " スイッチ " + i);
          break;
        default:
          g.writeStringField("id", String.format("pc-%04d", i));
          g.writeStringField("name", WARDS[i % WARDS.length] + " 端末PC " + i);
      }
      g.writeStringField("kind", kind);
      g.writeObjectFieldStart("adminCredential");
      g.writeStringField("fingerprint", fingerprint(seed + "/device/" + i)); // unique: one label per device
      g.writeBooleanField("factoryDefault", false);
      g.writeEndObject();
      if (!kind.equals("network-device")) {
        g.writeStringField("externalStorage", random.nextInt(10) == 0 ? "allowlist-only" : "blocked");
      }
      // within the checklist's 90 days (our threshold): between 1 and 80 days before the assessment date
      g.writeStringField("lastSecurityPatch", ASSESSED_ON.minusDays(1 + random.nextInt(80)).toString());
      if (kind.equals("server")) {
        g.writeStringField("twoFactor", "all-users"); // operating-system logins (7.0's two-factor rule for servers)
      }
      if (!kind.equals("client-pc")) {
        g.writeObjectFieldStart("timeSync");
        g.writeStringField("source", "ntp.sakura-hospital.local");
        g.writeBooleanField("synchronized", true);
        g.writeNumberField("offsetMillis", random.nextInt(20));
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeEndpoints(JsonGenerator g, int count, Random random) throws IOException {
    int open = Math.max(1, count / 5);
    int closed = Math.max(1, count / 5);
    g.writeArrayFieldStart("endpoints");
    for (int i = 0; i < count; i++) {
      g.writeStartObject();
      g.writeStringField("id", String.format("ep-%03d", i));
      if (i < open) {
        g.writeStringField("host", "svc" + i + ".sakura-hospital.example");
        g.writeStringField("exposure", "open-network");
        g.writeBooleanField("ipsecVpn", false);
        writeTls(g, new String[] {"TLS1.3"}, 1 + random.nextInt(TLS13_SUITES.length), new String[0], "required");
      } else if (i < open + closed) {
        g.writeStringField("host", "dc" + i + ".sakura-hospital.example");
        g.writeStringField("exposure", "closed-network");
        g.writeBooleanField("ipsecVpn", true);
        writeTls(g, new String[] {"TLS1.3"}, TLS13_SUITES.length, new String[0], "required");
      } else {
        g.writeStringField("host", "app" + i + ".sakura.local");
        g.writeStringField("exposure", "internal");
        g.writeBooleanField("ipsecVpn", false);
        writeTls(g, new String[] {"TLS1.2", "TLS1.3"}, TLS13_SUITES.length,
            new String[] {"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"},
            random.nextBoolean() ? "optional" : "none");
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeTls(JsonGenerator g, String[] versions, int tls13Suites, String[] tls12Suites,
      String clientCertificate) throws IOException {
    g.writeObjectFieldStart("tls");
    g.writeArrayFieldStart("versions");
    for (String v : versions) {
      g.writeString(v);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("cipherSuites");
    for (int s = 0; s < tls13Suites; s++) {
      g.writeString(TLS13_SUITES[s]);
    }
    for (String s : tls12Suites) {
      g.writeString(s);
    }
    g.writeEndArray();
    g.writeStringField("clientCertificate", clientCertificate);
    g.writeEndObject();
  }

  private static void writeWireless(JsonGenerator g, int count) throws IOException {
    g.writeArrayFieldStart("wirelessNetworks");
    for (int i = 0; i < count; i++) {
      g.writeStartObject();
      g.writeStringField("id", "wlan-" + i);
      g.writeStringField("ssid", "sakura-" + (i == 0 ? "ward" : "floor" + i));
      g.writeBooleanField("anyProbeRefused", true);
      g.writeBooleanField("macFiltering", true);
      g.writeStringField("encryption", i % 2 == 0 ? "wpa3" : "wpa2-aes");
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /**
   * The medical information systems (6.0 システム運用編 chapters 11, 14, 17): personal logins, two factors for
   * everyone, 13-character passwords that refuse guessable ones, monitored, with access logs reviewed this year.
   */
  private static void writeSystems(JsonGenerator g, int count, Random random) throws IOException {
    g.writeArrayFieldStart("systems");
    for (int i = 0; i < count; i++) {
      g.writeStartObject();
      g.writeStringField("id", String.format("sys-%03d", i));
      g.writeStringField("name", WARDS[i % WARDS.length] + " 部門システム " + i);
      g.writeStringField("deployment", "on-premises");
      g.writeBooleanField("loginRequired", true);
      g.writeStringField("twoFactor", "all-users");
      g.writeObjectFieldStart("passwordPolicy");
      g.writeNumberField("minLength", 13);
      g.writeBooleanField("expires", false);
      g.writeBooleanField("guessableRejected", true);
      g.writeNumberField("reuseHistory", 5);
      g.writeEndObject();
      g.writeObjectFieldStart("lockout");
      g.writeNumberField("threshold", 5);
      g.writeNumberField("durationMinutes", 30);
      g.writeEndObject();
      g.writeStringField("introducedOrUpdatedOn", ASSESSED_ON.minusDays(200 + random.nextInt(900)).toString());
      g.writeObjectFieldStart("accessLog");
      g.writeBooleanField("recordsLogin", true);
      g.writeBooleanField("recordsLogout", true);
      g.writeBooleanField("recordsRecordsAccessed", true);
      g.writeNumberField("retentionDays", 1825);
      g.writeBooleanField("tamperProtected", true);
      g.writeBooleanField("accessRestricted", true);
      g.writeStringField("lastReviewedOn", ASSESSED_ON.minusDays(5 + random.nextInt(60)).toString());
      g.writeEndObject();
      g.writeBooleanField("availabilityMonitored", true);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** Personal user accounts spread over the systems, plus per system a personal maintenance and an emergency login. */
  private static void writeAccounts(JsonGenerator g, int systems, int users) throws IOException {
    g.writeArrayFieldStart("accounts");
    for (int i = 0; i < users; i++) {
      writeAccount(g, String.format("user-%05d", i), i % systems, "user", false);
    }
    for (int s = 0; s < systems; s++) {
      writeAccount(g, String.format("maint-%03d", s), s, "maintenance", false);
      writeAccount(g, String.format("emergency-%03d", s), s, "emergency", true);
    }
    g.writeEndArray();
  }

  private static void writeAccount(JsonGenerator g, String id, int system, String kind, boolean shared)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("id", id);
    g.writeStringField("system", String.format("sys-%03d", system));
    g.writeStringField("kind", kind);
    g.writeBooleanField("shared", shared);
    g.writeBooleanField("privileged", !kind.equals("user"));
    g.writeBooleanField("enabled", true);
    if (kind.equals("user")) {
      g.writeBooleanField("grantApproved", true);
    }
    if (kind.equals("emergency")) { // used in a drill, re-keyed the next day
      g.writeStringField("lastUsedOn", ASSESSED_ON.minusDays(120).toString());
      g.writeStringField("credentialChangedOn", ASSESSED_ON.minusDays(119).toString());
    }
    g.writeEndObject();
  }

  /** Vendor maintenance over IPsec, opened per session and logged; staff access over IPsec into virtual desktops. */
  private static void writeRemoteAccess(JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("remoteAccess");
    for (String[] p : new String[][] {{"ra-maint-emr", "maintenance", "EMR vendor"},
        {"ra-maint-pacs", "maintenance", "PACS vendor"}, {"ra-staff", "staff", "on-call physicians"}}) {
      g.writeStartObject();
      g.writeStringField("id", p[0]);
      g.writeStringField("purpose", p[1]);
      g.writeStringField("party", p[2]);
      g.writeStringField("method", "ipsec-vpn");
      if (p[1].equals("staff")) {
        g.writeBooleanField("virtualDesktop", true);
      }
      g.writeBooleanField("twoFactor", true);
      g.writeBooleanField("accessLogged", true);
      g.writeBooleanField("alwaysOn", p[1].equals("staff"));
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** Per system an unalterable daily set and an offline weekly set, both restore-tested this year. */
  private static void writeBackups(JsonGenerator g, int systems, Random random) throws IOException {
    g.writeArrayFieldStart("backups");
    for (int s = 0; s < systems; s++) {
      for (int copy = 0; copy < 2; copy++) {
        g.writeStartObject();
        g.writeStringField("id", String.format("bk-%03d-%s", s, copy == 0 ? "daily" : "weekly"));
        g.writeArrayFieldStart("systems");
        g.writeString(String.format("sys-%03d", s));
        g.writeEndArray();
        g.writeStringField("kind", copy == 0 ? "incremental" : "full");
        g.writeNumberField("generations", copy == 0 ? 14 : 5);
        g.writeBooleanField("offline", copy == 1);
        g.writeBooleanField("immutable", copy == 0);
        g.writeBooleanField("offsite", copy == 1);
        g.writeBooleanField("encrypted", true);
        g.writeStringField("lastBackupOn", ASSESSED_ON.minusDays(1 + copy * 6).toString());
        g.writeStringField("lastRestoreTestOn", ASSESSED_ON.minusDays(30 + random.nextInt(200)).toString());
        g.writeEndObject();
      }
    }
    g.writeEndArray();
  }

  /** Separate medical, administrative, DMZ, maintenance and guest segments; every one with a route outside is watched. */
  private static void writeSegments(JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("networkSegments");
    for (String[] n : new String[][] {{"seg-medical", "medical", "false"}, {"seg-admin", "administrative", "true"},
        {"seg-dmz", "dmz", "true"}, {"seg-maintenance", "maintenance", "true"}, {"seg-guest", "guest", "true"}}) {
      g.writeStartObject();
      g.writeStringField("id", n[0]);
      g.writeStringField("name", n[0]);
      g.writeStringField("kind", n[1]);
      g.writeBooleanField("externalConnection", Boolean.parseBoolean(n[2]));
      g.writeBooleanField("monitored", true);
      g.writeArrayFieldStart("reachableFrom");
      if (n[0].equals("seg-medical")) {
        g.writeString("seg-maintenance");
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** "yes" to every question of every compiled edition, with ids read from the editions themselves. */
  private static void writeAnswers(JsonGenerator g, Random random) throws IOException {
    g.writeObjectFieldStart("answers");
    for (Validator<?> v : questions()) {
      g.writeObjectFieldStart(v.info().id().toString());
      g.writeStringField("answer", "yes");
      g.writeStringField("checkedOn", ASSESSED_ON.minusDays(7 + random.nextInt(14)).toString());
      g.writeStringField("document", "情報セキュリティ点検表 2026-10");
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** Every requirement, of every compiled edition, that has a question check. */
  public static java.util.List<Validator<?>> questions() {
    java.util.List<Validator<?>> out = new java.util.ArrayList<>();
    for (Edition<?> e : Editions.discover()) {
      for (Validator<?> v : e.validators()) {
        if (v.info().checks().stream().anyMatch(c -> c.kind() == CheckKind.QUESTION)) {
          out.add(v);
        }
      }
    }
    return out;
  }

  /** A satisfied review for every requirement (of every edition) that has a review check. */
  private static void writeReviews(JsonGenerator g, Random random) throws IOException {
    g.writeObjectFieldStart("reviews");
    for (Edition<?> e : Editions.discover()) {
      for (Validator<?> v : e.validators()) {
        boolean reviewed = false;
        for (CheckInfo c : v.info().checks()) {
          reviewed |= c.kind() == CheckKind.REVIEW;
        }
        if (reviewed) {
          g.writeObjectFieldStart(v.info().id().toString());
          g.writeBooleanField("satisfied", true);
          g.writeStringField("reviewer", "情報システム室 佐藤");
          g.writeStringField("reviewedOn", ASSESSED_ON.minusDays(10 + random.nextInt(20)).toString());
          g.writeStringField("note", "annual review 2026");
          g.writeEndObject();
        }
      }
    }
    g.writeEndObject();
  }

  private static String fingerprint(String label) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(label.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder(64);
      for (byte b : hash) {
        sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The edition with {@code key}; it must be on the class path and read {@link FacilityFacts}. */
  @SuppressWarnings("unchecked")
  public static Edition<FacilityFacts> edition(String key) {
    Edition<?> e = Editions.find(key).orElseThrow(() -> new IllegalStateException("edition " + key + " not found"));
    if (e.evidenceType() != FacilityFacts.class) {
      throw new IllegalStateException(key + " does not read FacilityFacts");
    }
    return (Edition<FacilityFacts>) e;
  }

  /** Every edition on the class path (all read {@link FacilityFacts}), sorted by key. */
  @SuppressWarnings("unchecked")
  public static List<Edition<FacilityFacts>> editions() {
    List<Edition<FacilityFacts>> all = new ArrayList<>();
    for (Edition<?> e : Editions.discover()) {
      if (e.evidenceType() != FacilityFacts.class) {
        throw new IllegalStateException(e.info().key() + " does not read FacilityFacts");
      }
      all.add((Edition<FacilityFacts>) e);
    }
    if (all.isEmpty()) {
      throw new IllegalStateException("no edition on the class path (were the service registrations lost?)");
    }
    return all;
  }

  /** Outcome counts per edition key for {@code bytes}; throws when the evidence does not load. */
  public static Map<String, Map<Outcome, Integer>> verdictCounts(byte[] bytes, String name) throws EvidenceException {
    Assessment<FacilityFacts> a = EvidenceLoader.load(bytes, name, FacilityFacts.class);
    Map<String, Map<Outcome, Integer>> counts = new java.util.LinkedHashMap<>();
    for (Edition<FacilityFacts> e : editions()) {
      Map<Outcome, Integer> c = new EnumMap<>(Outcome.class);
      for (Verdict v : e.validateAll(a)) {
        c.merge(v.outcome(), 1, Integer::sum);
      }
      counts.put(e.info().key(), c);
    }
    return counts;
  }

  /** Generates a file, checks that it loads, prints its size and verdict counts, and optionally writes it. */
  public static void main(String[] args) throws Exception {
    int devices = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int endpoints = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    byte[] bytes = generate(devices, endpoints);
    if (args.length > 2) {
      Files.write(Path.of(args[2]), bytes);
      System.out.println("wrote " + args[2]);
    }
    System.out.printf("generated %d devices, %d endpoints: %,d bytes%n", devices, endpoints, bytes.length);
    try {
      verdictCounts(bytes, "hospital-" + devices).forEach((k, c) -> System.out.println("  " + k + ": " + c));
    } catch (EvidenceException e) {
      System.out.println("does NOT load: " + e.getMessage());
      System.exit(1);
    }
  }
}
