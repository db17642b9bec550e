package dev.kijun.collect.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLSocket;

/**
 * After a handshake without a client certificate completed, asks the service for something and reads how it
 * answers: a fatal alert or a closed connection means it refuses clients without a certificate; with
 * {@code http}, a {@code GET /} request answered 400/495/496 with a certificate message (nginx's
 * {@code ssl_verify_client on}) means the same; any other answer means it serves them.
 */
final class ServiceAnswer {
  private static final int MAX_READ = 4096;

  private ServiceAnswer() {}

  /** True: served without a certificate; false: refused; empty: no answer to judge by. */
  static Optional<Boolean> servesWithoutCertificate(SSLSocket socket, Target target, boolean http) {
    try {
      OutputStream out = socket.getOutputStream();
      if (http) {
        out.write(("GET / HTTP/1.1\r\nHost: " + target.host() + "\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        out.flush();
      }
      InputStream in = socket.getInputStream();
      byte[] buf = new byte[MAX_READ];
      int n = 0;
      try {
        // The request says "Connection: close": read the status, headers and the start of the body until the end.
        for (int r; n < buf.length && (r = in.read(buf, n, buf.length - n)) >= 0; ) {
          n += r;
        }
      } catch (SocketTimeoutException e) {
        if (n == 0) {
          return Optional.empty();
        }
      }
      if (n == 0) {
        return Optional.of(false); // closed without a word: refused
      }
      return Optional.of(!refusal(new String(buf, 0, n, StandardCharsets.ISO_8859_1)));
    } catch (IOException e) {
      return Optional.of(false); // an alert (certificate_required, bad_certificate) or a reset: refused
    }
  }

  /** Whether an HTTP answer refuses the request for want of a client certificate. */
  static boolean refusal(String answer) {
    if (!answer.startsWith("HTTP/")) {
      return false;
    }
    int sp = answer.indexOf(' ');
    String status = sp < 0 ? "" : answer.substring(sp + 1, Math.min(answer.length(), sp + 4));
    String lower = answer.toLowerCase(Locale.ROOT);
    return status.equals("495") || status.equals("496")
        || status.equals("400") && lower.contains("certificate");
  }
}
