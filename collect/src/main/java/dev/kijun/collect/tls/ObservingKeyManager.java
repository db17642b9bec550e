package dev.kijun.collect.tls;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * A client key manager that holds no certificate and records whether the server asked for one. The JDK consults
 * the key manager exactly when a CertificateRequest arrives, so being asked is the observation; the protocol and
 * suite under negotiation are taken from the handshake session at that moment, which still tells them when the
 * server then ends the handshake for lack of a certificate.
 */
final class ObservingKeyManager extends X509ExtendedKeyManager {
  private volatile boolean asked;
  private volatile String protocol;
  private volatile String suite;

  boolean asked() {
    return asked;
  }

  String protocol() {
    return protocol;
  }

  String suite() {
    return suite;
  }

  @Override
  public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
    asked = true;
    if (socket instanceof SSLSocket s) {
      SSLSession session = s.getHandshakeSession();
      if (session != null) {
        protocol = session.getProtocol();
        suite = session.getCipherSuite();
      }
    }
    return null; // no certificate: what a client without one sends
  }

  @Override
  public String[] getClientAliases(String keyType, Principal[] issuers) {
    return new String[0];
  }

  @Override
  public String[] getServerAliases(String keyType, Principal[] issuers) {
    return new String[0];
  }

  @Override
  public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
    return null;
  }

  @Override
  public X509Certificate[] getCertificateChain(String alias) {
    return null;
  }

  @Override
  public PrivateKey getPrivateKey(String alias) {
    return null;
  }
}
