package dev.kijun.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kijun.collect.credential.FacilityKey;
import dev.kijun.collect.credential.FactoryDefaults;
import dev.kijun.collect.credential.Fingerprinter;
import dev.kijun.collect.credential.PasswordLines;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kijun fingerprint}: administrator passwords in, keyed fingerprints out. Passwords are asked on the terminal
 * without echo, or read from a {@code DEVICE<TAB>PASSWORD} file; they never reach standard output, standard error,
 * any file kijun writes, or a log.
 */
@Command(name = "fingerprint", mixinStandardHelpOptions = true,
    description = "Turn administrator passwords into keyed fingerprints (HMAC-SHA-256 under the facility's key) for"
        + " the evidence's adminCredential, and flag known factory defaults. The passwords are never written.",
    footer = {"", "Make the facility key once, keep it outside the evidence (and outside version control):",
        "  kijun fingerprint --new-key facility.key",
        "Then: kijun fingerprint --key facility.key srv-emr router-1      (asks each password, no echo)",
        "  or: kijun fingerprint --key facility.key --from passwords.tsv   (DEVICE<TAB>PASSWORD lines; `-` = stdin)"})
final class FingerprintCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Option(names = "--new-key", paramLabel = "FILE", description = "create a new facility key file (mode 600) and exit")
  Path newKey;

  @Option(names = "--key", paramLabel = "FILE", description = "the facility key file")
  Path key;

  @Option(names = "--from", paramLabel = "FILE", description = "read DEVICE<TAB>PASSWORD lines from FILE (`-`: stdin)")
  Path from;

  @Option(names = "--out", paramLabel = "FILE", description = "write the credentials here instead of standard output")
  Path out;

  @Parameters(arity = "0..*", paramLabel = "DEVICE", description = "device ids to ask passwords for on the terminal")
  List<String> devices = new ArrayList<>();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (newKey != null) {
      try {
        FacilityKey.create(newKey);
        err.println("kijun: created the facility key " + newKey + "; keep it outside the evidence, and keep it: "
            + "fingerprints made with another key never match");
        return 0;
      } catch (FileAlreadyExistsException e) {
        err.println("kijun: " + newKey + " exists; a new key would make every earlier fingerprint unmatchable");
        return Main.BAD_INPUT;
      } catch (IOException e) {
        err.println("kijun: cannot create " + newKey);
        return Main.BAD_INPUT;
      }
    }
    if (key == null) {
      err.println("kijun: give the facility key with --key FILE (make one with --new-key FILE)");
      return Main.BAD_INPUT;
    }
    FacilityKey.Read read = FacilityKey.read(key);
    if (read.key().isEmpty()) {
      err.println("kijun: " + read.error().orElseThrow());
      return Main.BAD_INPUT;
    }
    if ((from == null) == devices.isEmpty()) {
      err.println("kijun: name the devices to ask passwords for, or give --from FILE (not both)");
      return Main.BAD_INPUT;
    }
    Fingerprinter fingerprinter = new Fingerprinter(read.key().get(), FactoryDefaults.bundled());
    Map<String, Fingerprinter.Credential> credentials = new TreeMap<>();
    Integer problem = from != null ? fromFile(fingerprinter, credentials, err)
        : fromTerminal(fingerprinter, credentials, err);
    if (problem != null) {
      return problem;
    }
    return write(credentials, err);
  }

  private Integer fromFile(Fingerprinter f, Map<String, Fingerprinter.Credential> out, PrintWriter err) {
    byte[] bytes;
    try {
      bytes = from.toString().equals("-") ? System.in.readAllBytes() : Files.readAllBytes(from);
    } catch (IOException e) {
      err.println("kijun: cannot read " + from);
      return Main.BAD_INPUT;
    }
    PasswordLines.Parsed parsed = PasswordLines.parse(bytes);
    try {
      if (!parsed.problems().isEmpty()) {
        parsed.problems().forEach(p -> err.println("kijun: " + from + ": " + p));
        return Main.BAD_INPUT;
      }
      for (PasswordLines.Entry e : parsed.entries()) {
        if (out.put(e.device(), f.fingerprint(e.password())) != null) {
          err.println("kijun: " + from + ": line " + e.line() + ": device `" + e.device() + "` appears twice");
          return Main.BAD_INPUT;
        }
      }
      return null;
    } finally {
      parsed.entries().forEach(PasswordLines.Entry::wipe);
    }
  }

  private Integer fromTerminal(Fingerprinter f, Map<String, Fingerprinter.Credential> out, PrintWriter err) {
    Console console = System.console();
    if (console == null) {
      err.println("kijun: no terminal to ask for passwords on; use --from FILE (or `--from -` for standard input)");
      return Main.BAD_INPUT;
    }
    for (String device : devices) {
      char[] password = console.readPassword("administrator password of %s (not shown): ", device);
      if (password == null || password.length == 0) {
        err.println("kijun: no password given for " + device);
        return Main.BAD_INPUT;
      }
      try {
        out.put(device, f.fingerprint(password));
      } finally {
        Arrays.fill(password, '\0');
      }
    }
    return null;
  }

  private int write(Map<String, Fingerprinter.Credential> credentials, PrintWriter err) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode byDevice = root.putObject("credentials");
    credentials.forEach((device, c) -> byDevice.putObject(device).put("fingerprint", c.fingerprint())
        .put("factoryDefault", c.factoryDefault()));
    long defaults = credentials.values().stream().filter(Fingerprinter.Credential::factoryDefault).count();
    try {
      String json = JSON.writeValueAsString(root) + "\n";
      if (out == null) {
        spec.commandLine().getOut().print(json);
        spec.commandLine().getOut().flush();
      } else if (!AtomicOutput.write(out, json.getBytes(StandardCharsets.UTF_8), AtomicOutput.Readers.OWNER_ONLY,
          err)) {
        return Main.BAD_INPUT;
      }
    } catch (IOException e) {
      err.println("kijun: cannot write " + out);
      return Main.BAD_INPUT;
    }
    err.println("kijun: " + credentials.size() + " fingerprints; " + defaults + " factory-default password"
        + (defaults == 1 ? "" : "s") + " found");
    return 0;
  }
}
