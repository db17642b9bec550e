package dev.kijun.collect.tls;

/** Whether a server demands a client certificate, as the evidence schema spells it ({@code ClientCertificateMode}). */
public enum ClientCertificateMode {
  /** Connections without a client certificate are refused: the handshake fails, or the service refuses the request. */
  REQUIRED("required"),
  /** A certificate is requested, but a connection without one is served. */
  OPTIONAL("optional"),
  /** No certificate is requested. */
  NONE("none");

  private final String evidenceName;

  ClientCertificateMode(String evidenceName) {
    this.evidenceName = evidenceName;
  }

  /** The spelling in evidence files. */
  public String evidenceName() {
    return evidenceName;
  }
}
