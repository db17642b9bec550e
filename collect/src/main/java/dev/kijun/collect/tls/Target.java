package dev.kijun.collect.tls;

import java.util.Objects;
import java.util.Optional;

/**
 * One endpoint to probe: {@code host:port}, and the evidence id it is recorded under.
 *
 * @param host a host name or address (IPv6 in brackets on the command line)
 * @param port 1–65535
 * @param id the endpoint's id in the evidence; defaults to {@code host:port}
 */
public record Target(String host, int port, String id) {
  public Target {
    Objects.requireNonNull(host, "host is null");
    Objects.requireNonNull(id, "id is null");
  }

  /**
   * Parses {@code host:port}, {@code [v6]:port} or either followed by {@code =id}; empty with a reason when malformed.
   */
  public static Parsed parse(String text) {
    String spec = text;
    String id = null;
    int eq = spec.indexOf('=');
    if (eq >= 0) {
      id = spec.substring(eq + 1);
      spec = spec.substring(0, eq);
      if (id.isBlank()) {
        return Parsed.error("`" + text + "`: the id after `=` is empty");
      }
    }
    String host;
    String port;
    if (spec.startsWith("[")) {
      int close = spec.indexOf(']');
      if (close < 0 || close + 1 >= spec.length() || spec.charAt(close + 1) != ':') {
        return Parsed.error("`" + text + "` is not of the form [ADDRESS]:PORT");
      }
      host = spec.substring(1, close);
      port = spec.substring(close + 2);
    } else {
      int colon = spec.lastIndexOf(':');
      if (colon <= 0 || spec.indexOf(':') != colon) {
        return Parsed.error("`" + text + "` is not of the form HOST:PORT");
      }
      host = spec.substring(0, colon);
      port = spec.substring(colon + 1);
    }
    int p;
    try {
      p = Integer.parseInt(port);
    } catch (NumberFormatException e) {
      return Parsed.error("`" + text + "`: `" + port + "` is not a port number");
    }
    if (p < 1 || p > 65535 || host.isBlank()) {
      return Parsed.error("`" + text + "`: the port must be 1–65535 and the host not empty");
    }
    String display = host.contains(":") ? "[" + host + "]:" + p : host + ":" + p;
    return new Parsed(Optional.of(new Target(host, p, id == null ? display : id)), Optional.empty());
  }

  /** A parsed target or the reason it could not be parsed. */
  public record Parsed(Optional<Target> target, Optional<String> error) {
    static Parsed error(String message) {
      return new Parsed(Optional.empty(), Optional.of(message));
    }
  }

  /** {@code host:port} as written on a command line. */
  public String address() {
    return host.contains(":") ? "[" + host + "]:" + port : host + ":" + port;
  }
}
