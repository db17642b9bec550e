package dev.kijun.collect.credential;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads {@code DEVICE<TAB>PASSWORD} lines (one device per line; {@code #} comments and blank lines skipped) without
 * making a {@code String} of any password: passwords stay in {@code char[]} that the caller wipes with
 * {@link Entry#wipe()}. The input bytes are wiped here once decoded.
 */
public final class PasswordLines {
  private PasswordLines() {}

  /** One line: the device id and its password. */
  public record Entry(String device, char[] password, int line) {
    /** Overwrites the password. */
    public void wipe() {
      Arrays.fill(password, '\0');
    }
  }

  /** The entries, or a problem naming the line (never its content). */
  public record Parsed(List<Entry> entries, List<String> problems) {}

  /** Parses UTF-8 {@code bytes} and wipes them. */
  public static Parsed parse(byte[] bytes) {
    List<Entry> entries = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    CharBuffer chars;
    try {
      chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      return new Parsed(List.of(), List.of("the password file is not valid UTF-8"));
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
    char[] text = new char[chars.remaining()];
    chars.get(text);
    if (chars.hasArray()) {
      Arrays.fill(chars.array(), '\0');
    }
    int line = 0;
    int start = 0;
    while (start <= text.length) {
      int end = start;
      while (end < text.length && text[end] != '\n') {
        end++;
      }
      line++;
      int stop = end > start && text[end - 1] == '\r' ? end - 1 : end;
      if (stop > start && text[start] != '#' && !blank(text, start, stop)) {
        int tab = start;
        while (tab < stop && text[tab] != '\t') {
          tab++;
        }
        String device = new String(text, start, tab - start).strip();
        if (tab == stop || device.isEmpty() || tab + 1 == stop) {
          problems.add("line " + line + ": expected DEVICE<TAB>PASSWORD");
        } else {
          entries.add(new Entry(device, Arrays.copyOfRange(text, tab + 1, stop), line));
        }
      }
      start = end + 1;
    }
    Arrays.fill(text, '\0');
    return new Parsed(entries, problems);
  }

  private static boolean blank(char[] t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(t[i])) {
        return false;
      }
    }
    return true;
  }
}
