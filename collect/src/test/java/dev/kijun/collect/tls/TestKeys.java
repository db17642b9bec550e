package dev.kijun.collect.tls;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** A self-signed server key made with the JDK's own keytool, as a PKCS#12 store and as an SSLContext. */
public final class TestKeys {
  static final char[] PASSWORD = "changeit".toCharArray();

  final Path store;

  private TestKeys(Path store) {
    this.store = store;
  }

  /** A new RSA key for CN=localhost, with the given subject alternative names (e.g. "dns:localhost,ip:127.0.0.1"). */
  public static TestKeys create(Path dir, String sans) throws Exception {
    Path store = dir.resolve("server-" + Math.abs(sans.hashCode()) + ".p12");
    Files.deleteIfExists(store);
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost",
        "-validity", "30", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit",
        "-keypass", "changeit"));
    if (!sans.isEmpty()) {
      cmd.add("-ext");
      cmd.add("san=" + sans);
    }
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("keytool failed: " + output);
    }
    return new TestKeys(store);
  }

  KeyStore keyStore() throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      ks.load(in, PASSWORD);
    }
    return ks;
  }

  /** Writes the certificate and its private key as PEM files (what nginx reads); returns {cert, key}. */
  public Path[] writePem(Path dir) throws Exception {
    KeyStore ks = keyStore();
    java.util.Base64.Encoder b64 = java.util.Base64.getMimeEncoder(64, "\n".getBytes());
    Path cert = dir.resolve("cert.pem");
    Path key = dir.resolve("key.pem");
    Files.writeString(cert, "-----BEGIN CERTIFICATE-----\n"
        + b64.encodeToString(ks.getCertificate("server").getEncoded()) + "\n-----END CERTIFICATE-----\n");
    Files.writeString(key, "-----BEGIN PRIVATE KEY-----\n"
        + b64.encodeToString(ks.getKey("server", PASSWORD).getEncoded()) + "\n-----END PRIVATE KEY-----\n");
    return new Path[] {cert, key};
  }

  SSLContext serverContext() throws Exception {
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(keyStore(), PASSWORD);
    SSLContext c = SSLContext.getInstance("TLS");
    c.init(kmf.getKeyManagers(), null, null);
    return c;
  }
}
