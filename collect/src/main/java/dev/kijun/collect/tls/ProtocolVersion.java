package dev.kijun.collect.tls;

/**
 * The protocol versions a probe tries, weakest first, with the JDK's name for each and the spelling the evidence
 * schema uses ({@code TlsVersion} in {@code facility/schema.kijun}).
 */
public enum ProtocolVersion {
  SSL_3_0("SSLv3", "SSL3.0"),
  TLS_1_0("TLSv1", "TLS1.0"),
  TLS_1_1("TLSv1.1", "TLS1.1"),
  TLS_1_2("TLSv1.2", "TLS1.2"),
  TLS_1_3("TLSv1.3", "TLS1.3");

  private final String jdkName;
  private final String evidenceName;

  ProtocolVersion(String jdkName, String evidenceName) {
    this.jdkName = jdkName;
    this.evidenceName = evidenceName;
  }

  /** The name {@code SSLSocket.setEnabledProtocols} takes. */
  public String jdkName() {
    return jdkName;
  }

  /** The spelling in evidence files, e.g. {@code TLS1.2}. */
  public String evidenceName() {
    return evidenceName;
  }
}
