package dev.kijun.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kijun collect}: turn what a facility's systems say into evidence. */
@Command(name = "collect", mixinStandardHelpOptions = true,
    description = "Collect evidence from a facility's systems: `collect tls` probes TLS endpoints, `collect devices`"
        + " reads a device ledger.",
    subcommands = {CollectTlsCommand.class, CollectDevicesCommand.class})
final class CollectCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing collector: tls or devices");
  }
}
