package dev.kijun.compiler.ours;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Fingerprints of official text, so that a test can tell whether a summary copies it without the official text ever
 * entering the repository. A text is normalised (NFKC, then every whitespace character removed); each run of
 * {@value #WINDOW} consecutive code points is hashed with SHA-256 and the first 16 hex digits are kept.
 *
 * <p>To add the pages you read: save the text you fetched (the page body only, without the mirror's header and
 * notices) as UTF-8 files <em>outside</em> the repository, then run from the compiler module
 *
 * <pre>
 * mvn -B -q -o test-compile -pl compiler -am
 * java -cp compiler/target/test-classes dev.kijun.compiler.ours.OfficialTextWindows \
 *     compiler/src/test/resources/official-text/windows.txt page1.txt page2.txt …
 * </pre>
 *
 * The resource keeps its {@code #} comment lines (list there the pages you added) and gains the new hashes, sorted
 * and without duplicates.
 */
public final class OfficialTextWindows {
  /** The length of a copied run that counts as copying, in code points after normalisation. */
  public static final int WINDOW = 25;

  private OfficialTextWindows() {}

  /** NFKC, then no whitespace: line breaks and spacing of a PDF's text layer say nothing about copying. */
  public static String normalise(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(nfkc.length());
    nfkc.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /** The windows of the normalised {@code text}, in order (none when it is shorter than {@link #WINDOW}). */
  public static List<String> windows(String text) {
    int[] cps = normalise(text).codePoints().toArray();
    List<String> out = new ArrayList<>();
    for (int i = 0; i + WINDOW <= cps.length; i++) {
      out.add(new String(cps, i, WINDOW));
    }
    return out;
  }

  /** The fingerprint of one window. */
  public static String hash(String window) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(window.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The fingerprints of every window of {@code text}. */
  public static Set<String> fingerprints(String text) {
    return windows(text).stream().map(OfficialTextWindows::hash).collect(Collectors.toCollection(TreeSet::new));
  }

  /** Reads a resource written by {@link #main}: one fingerprint a line; {@code #} lines and blank lines skipped. */
  public static Set<String> read(List<String> lines) {
    return lines.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** {@code args[0]}: the resource to extend; the rest: UTF-8 text files of official pages. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: OfficialTextWindows <resource> <page.txt>...");
      System.exit(2);
    }
    Path resource = Path.of(args[0]);
    List<String> old = Files.exists(resource) ? Files.readAllLines(resource, StandardCharsets.UTF_8) : List.of();
    List<String> comments = old.stream().filter(l -> l.startsWith("#")).toList();
    Set<String> all = new TreeSet<>(read(old));
    for (int i = 1; i < args.length; i++) {
      all.addAll(fingerprints(Files.readString(Path.of(args[i]), StandardCharsets.UTF_8)));
    }
    List<String> out = new ArrayList<>(comments);
    out.addAll(all);
    Files.write(resource, out, StandardCharsets.UTF_8);
    System.out.println(all.size() + " fingerprints in " + resource);
  }
}
