package dev.kijun.collect.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * A TLS server on loopback built from the JDK's {@link SSLServerSocket}, configured with exactly the protocol versions,
 * suites and client-certificate demand a test needs, answering any request with {@code HTTP/1.0 200 OK}.
 */
final class JdkTlsServer implements AutoCloseable {
  /** How the server treats client certificates. */
  enum ClientAuth { NONE, WANT, NEED }

  private final ServerSocket socket;
  private final Thread loop;

  private JdkTlsServer(ServerSocket socket, boolean tls) {
    this.socket = socket;
    this.loop = new Thread(() -> serve(tls), "test-tls-server");
    loop.setDaemon(true);
    loop.start();
  }

  /** A TLS server accepting {@code protocols} (JDK names) and {@code suites} (empty: the JDK's defaults). */
  static JdkTlsServer start(SSLContext context, List<String> protocols, List<String> suites, ClientAuth auth)
      throws IOException {
    SSLServerSocket s = (SSLServerSocket) context.getServerSocketFactory()
        .createServerSocket(0, 50, InetAddress.getLoopbackAddress());
    s.setEnabledProtocols(protocols.toArray(String[]::new));
    if (!suites.isEmpty()) {
      s.setEnabledCipherSuites(suites.toArray(String[]::new));
    }
    s.setNeedClientAuth(auth == ClientAuth.NEED);
    if (auth == ClientAuth.WANT) {
      s.setWantClientAuth(true);
    }
    return new JdkTlsServer(s, true);
  }

  /** A plain TCP service that greets like SSH: it does not speak TLS. */
  static JdkTlsServer plain() throws IOException {
    return new JdkTlsServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), false);
  }

  int port() {
    return socket.getLocalPort();
  }

  private void serve(boolean tls) {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        client.setSoTimeout(5000);
        if (tls) {
          ((SSLSocket) client).startHandshake();
          InputStream in = client.getInputStream();
          byte[] buf = new byte[1024];
          if (in.read(buf) > 0) {
            OutputStream out = client.getOutputStream();
            out.write("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
          }
        } else {
          client.getOutputStream().write("SSH-2.0-OpenSSH_9.2\r\n".getBytes(StandardCharsets.US_ASCII));
          client.getInputStream().read(new byte[1024]);
        }
      } catch (IOException e) {
        // a probe hung up or failed its handshake on purpose: serve the next one
      }
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
