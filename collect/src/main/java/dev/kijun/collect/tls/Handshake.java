package dev.kijun.collect.tls;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/**
 * One TLS handshake with exactly one protocol version and a chosen set of suites, offering no client certificate.
 * The outcome is classified by exception type, never by message text: a connection that cannot be made, a
 * service that does not answer TLS, a handshake the server refused, or a completed one.
 */
final class Handshake {
  /** How one attempt ended. */
  sealed interface Outcome {}

  /** The TCP connection could not be made. */
  record Unreachable(String reason) implements Outcome {}

  /** Bytes came back that are not TLS (an HTTP or SSH service, say). */
  record NotTls() implements Outcome {}

  /** The server refused the offered version or suites (or closed the connection). */
  record Refused() implements Outcome {}

  /**
   * The server accepted {@code protocol} and {@code suite}. {@code certificateAsked} says whether it asked for a
   * client certificate; {@code completed} whether the handshake finished without one; {@code socket} is open
   * only when it completed, for an application-level look, and the caller closes it.
   */
  record Accepted(String protocol, String suite, boolean certificateAsked, boolean completed,
      Optional<SSLSocket> socket, List<Certificate> serverChain) implements Outcome {}

  private final Duration connectTimeout;
  private final Duration readTimeout;

  Handshake(Duration connectTimeout, Duration readTimeout) {
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
  }

  /** Attempts a handshake; when {@code keepOpen} and it completes, the socket is returned open. */
  Outcome attempt(Target target, ProtocolVersion version, List<String> suites, boolean keepOpen) {
    ObservingKeyManager keys = new ObservingKeyManager();
    SSLContext context;
    try {
      context = SSLContext.getInstance("TLS");
      context.init(new KeyManager[] {keys}, new TrustManager[] {new AcceptAnyServer()}, null);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no TLS implementation", e);
    }
    Socket plain = new Socket();
    SSLSocket tls = null;
    try {
      plain.connect(new InetSocketAddress(target.host(), target.port()), (int) connectTimeout.toMillis());
      plain.setSoTimeout((int) readTimeout.toMillis());
      tls = (SSLSocket) context.getSocketFactory().createSocket(plain, target.host(), target.port(), true);
      tls.setEnabledProtocols(new String[] {version.jdkName()});
      tls.setEnabledCipherSuites(suites.toArray(String[]::new));
      tls.startHandshake();
      SSLSession session = tls.getSession();
      Accepted accepted = new Accepted(session.getProtocol(), session.getCipherSuite(), keys.asked(), true,
          keepOpen ? Optional.of(tls) : Optional.empty(), List.of(session.getPeerCertificates()));
      if (!keepOpen) {
        tls.close();
      }
      return accepted;
    } catch (UnknownHostException e) {
      return new Unreachable("the host name cannot be resolved");
    } catch (ConnectException e) {
      return new Unreachable("connection refused");
    } catch (NoRouteToHostException e) {
      return new Unreachable("no route to the host");
    } catch (IOException e) {
      closeQuietly(tls, plain);
      return failed(e, keys, plain.isConnected());
    }
  }

  /**
   * Classifies a failed attempt. When the server had asked for a certificate, it had already chosen a version and a
   * suite: however it then ended the connection (an alert, a reset, a broken pipe), the version and suite were
   * accepted and the missing certificate was refused.
   */
  private Outcome failed(IOException e, ObservingKeyManager keys, boolean connected) {
    if (keys.asked() && keys.suite() != null) {
      return new Accepted(keys.protocol(), keys.suite(), true, false, Optional.empty(), List.of());
    }
    if (!connected) {
      return e instanceof SocketTimeoutException
          ? new Unreachable("no answer within " + connectTimeout.toSeconds() + " s")
          : new Unreachable("the connection failed");
    }
    if (e instanceof SSLException && !(e instanceof SSLHandshakeException)) {
      return new NotTls(); // not a handshake failure: the bytes received were not TLS records at all
    }
    return new Refused();
  }

  static void closeQuietly(Socket... sockets) {
    for (Socket s : sockets) {
      if (s != null) {
        try {
          s.close();
        } catch (IOException ignored) {
          // closing a socket that failed: nothing to report
        }
      }
    }
  }

  /** The suites this JDK can offer with {@code version}. */
  static List<String> offerable(ProtocolVersion version) {
    try {
      SSLContext c = SSLContext.getInstance("TLS");
      c.init(null, null, null);
      return List.of(c.getSupportedSSLParameters().getCipherSuites()).stream()
          .filter(s -> !s.endsWith("_SCSV"))
          .filter(s -> (version == ProtocolVersion.TLS_1_3) == isTls13Suite(s))
          .toList();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no TLS implementation", e);
    }
  }

  /** TLS 1.3 suites name only the AEAD and hash (RFC 8446 §B.4); earlier ones also name the key exchange. */
  static boolean isTls13Suite(String suite) {
    return suite.startsWith("TLS_AES_") || suite.startsWith("TLS_CHACHA20_") || suite.startsWith("TLS_SM4_");
  }
}
