package dev.kijun.collect.tls;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real nginx on loopback, started by a test with one TLS server block and stopped after it. {@code .ci/run}
 * installs nginx where it is missing; where it cannot be found, {@link #find()} is empty and the tests that need it
 * are skipped with a message saying so.
 */
public final class Nginx implements AutoCloseable {
  private final Process process;
  private final int port;
  private final Path dir;

  private Nginx(Process process, int port, Path dir) {
    this.process = process;
    this.port = port;
    this.dir = dir;
  }

  /** The nginx binary, from PATH or the usual Debian place. */
  public static Optional<Path> find() {
    for (String d : (System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/usr/local/sbin").split(":")) {
      Path p = Path.of(d.isEmpty() ? "." : d, "nginx");
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Starts nginx in {@code dir} serving TLS with {@code cert}/{@code key} and the extra {@code tlsDirectives}. */
  public static Nginx start(Path binary, Path dir, Path cert, Path key, List<String> tlsDirectives) throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    for (String temp : List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi")) {
      Files.createDirectories(dir.resolve(temp));
    }
    String conf = String.join("\n",
        "daemon off;", "master_process off;", "pid " + dir.resolve("nginx.pid") + ";",
        "error_log " + dir.resolve("error.log") + " info;", "events { worker_connections 64; }",
        "http {", "  access_log off;",
        "  client_body_temp_path " + dir.resolve("client_body") + ";", "  proxy_temp_path " + dir.resolve("proxy") + ";",
        "  fastcgi_temp_path " + dir.resolve("fastcgi") + ";", "  uwsgi_temp_path " + dir.resolve("uwsgi") + ";",
        "  scgi_temp_path " + dir.resolve("scgi") + ";",
        "  server {", "    listen 127.0.0.1:" + port + " ssl;",
        "    ssl_certificate " + cert + ";", "    ssl_certificate_key " + key + ";",
        "    " + String.join("\n    ", tlsDirectives),
        "    location / { return 200 \"ok\\n\"; }", "  }", "}", "");
    Path file = dir.resolve("nginx.conf");
    Files.writeString(file, conf);
    Process p = new ProcessBuilder(binary.toString(), "-e", dir.resolve("error.log").toString(), "-p", dir.toString(),
        "-c", file.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
    Nginx n = new Nginx(p, port, dir);
    n.awaitListening();
    return n;
  }

  public int port() {
    return port;
  }

  private void awaitListening() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("nginx exited: " + Files.readString(dir.resolve("error.log")));
      }
      try (Socket s = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("nginx did not start listening within 20 s");
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
