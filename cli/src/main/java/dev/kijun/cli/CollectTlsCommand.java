package dev.kijun.cli;

import dev.kijun.collect.tls.EndpointEvidence;
import dev.kijun.collect.tls.LegacyAlgorithms;
import dev.kijun.collect.tls.ProbeResult;
import dev.kijun.collect.tls.ProtocolVersion;
import dev.kijun.collect.tls.Target;
import dev.kijun.collect.tls.TlsProbe;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kijun collect tls HOST:PORT[=ID]…}: probes each endpoint with the JDK's TLS stack and writes the
 * {@code endpoints} evidence. Exit 0 when every endpoint was scanned, 1 when some could not be (each is named on
 * standard error and written without {@code tls}, so validation reports its evidence as missing), 2 for bad usage.
 */
@Command(name = "tls", mixinStandardHelpOptions = true,
    description = "Probe TLS endpoints (SSL 3.0 to TLS 1.3, each version alone; every accepted suite; whether a client"
        + " certificate is demanded) and write them as the `endpoints` list of the facility evidence schema.",
    footer = {"", "Where an endpoint is reachable from and whether it runs inside an IPsec VPN cannot be seen by a"
        + " probe: give them with --exposure and --ipsec-vpn (they apply to every endpoint of the run).",
        "Only suites this JDK implements can be detected (TLS 1.3 CCM suites cannot)."})
final class CollectTlsCommand implements Callable<Integer> {
  /** Where endpoints are reachable from, as the schema spells it. */
  enum Exposure { OPEN_NETWORK, CLOSED_NETWORK, INTERNAL }

  @Parameters(arity = "1..*", paramLabel = "HOST:PORT[=ID]",
      description = "endpoints to probe, e.g. portal.example.jp:443=ep-portal ([v6]:443 for IPv6); the id defaults"
          + " to HOST:PORT")
  List<String> targets;

  @Option(names = "--exposure", required = true, paramLabel = "WHERE",
      description = "open-network, closed-network or internal")
  String exposure;

  @Option(names = "--ipsec-vpn", description = "every connection to these endpoints runs inside an IPsec VPN")
  boolean ipsecVpn;

  @Option(names = "--timeout", defaultValue = "5", paramLabel = "SECONDS",
      description = "seconds to wait for a connection and for each answer (default: ${DEFAULT-VALUE})")
  int timeoutSeconds;

  @Option(names = "--no-http", description = "do not send an HTTP request to see whether a service that asks for a"
      + " client certificate refuses requests without one")
  boolean noHttp;

  @Option(names = "--out", paramLabel = "FILE", description = "write the evidence here instead of standard output")
  Path out;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    String where = exposure.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    if (!List.of("open-network", "closed-network", "internal").contains(where)) {
      err.println("kijun: --exposure must be open-network, closed-network or internal, not `" + exposure + "`");
      return Main.BAD_INPUT;
    }
    if (timeoutSeconds < 1 || timeoutSeconds > 300) {
      err.println("kijun: --timeout must be between 1 and 300 seconds");
      return Main.BAD_INPUT;
    }
    List<Target> parsed = new ArrayList<>();
    boolean bad = false;
    for (String t : targets) {
      Target.Parsed p = Target.parse(t);
      p.error().ifPresent(m -> err.println("kijun: " + m));
      bad |= p.target().isEmpty();
      p.target().ifPresent(parsed::add);
    }
    if (bad) {
      return Main.BAD_INPUT;
    }
    LegacyAlgorithms.lift(); // before any TLS use in this process
    TlsProbe probe = new TlsProbe(new TlsProbe.Options(Duration.ofSeconds(timeoutSeconds),
        Duration.ofSeconds(timeoutSeconds), !noHttp));
    List<ProbeResult> results = new ArrayList<>();
    int unscanned = 0;
    for (Target t : parsed) {
      ProbeResult r = probe.probe(t);
      results.add(r);
      if (r instanceof ProbeResult.Scanned s) {
        err.println("kijun: " + t.id() + " (" + t.address() + "): " + String.join(", ",
            s.versions().stream().map(ProtocolVersion::evidenceName).toList()) + "; " + s.allSuites().size()
            + " suites; client certificate " + s.clientCertificate().evidenceName());
        s.notes().forEach(n -> err.println("  note: " + n));
      } else {
        ProbeResult.Failed f = (ProbeResult.Failed) r;
        boolean recorded = f.reason().equals(EndpointEvidence.NOT_TLS);
        err.println("kijun: " + t.id() + " (" + t.address() + "): " + f.reason()
            + (recorded ? "; recorded with no TLS versions" : "; written without `tls` (not scanned)"));
        unscanned += recorded ? 0 : 1;
      }
    }
    String json = EndpointEvidence.write(results, new EndpointEvidence.Context(where, ipsecVpn));
    Optional<Integer> written = write(json, err);
    if (written.isPresent()) {
      return written.get();
    }
    return unscanned > 0 ? Main.FAILURES : 0;
  }

  private Optional<Integer> write(String json, PrintWriter err) {
    if (out == null) {
      spec.commandLine().getOut().print(json);
      spec.commandLine().getOut().flush();
      return Optional.empty();
    }
    return AtomicOutput.write(out, json.getBytes(StandardCharsets.UTF_8), AtomicOutput.Readers.AS_UMASK, err)
        ? Optional.empty() : Optional.of(Main.BAD_INPUT);
  }
}
