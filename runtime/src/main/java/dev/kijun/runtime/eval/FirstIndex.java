package dev.kijun.runtime.eval;

/**
 * The first position at which each key was seen, for the generated {@code unique} check: an open-addressing table
 * sized once for the list it walks, so a pass over the list allocates two arrays and nothing per element (no
 * entry objects, no boxed positions, no resizing), and each key's hash is read once. Keys compare by
 * {@link Object#equals}, like a {@link java.util.HashMap}'s; null is a key like any other.
 */
public final class FirstIndex {
  private static final Object NULL = new Object();
  private final Object[] keys;
  private final int[] hashes;
  private final int[] positions;
  private final int mask;
  private final int expected;
  private int size;

  /** A table for at most {@code expected} keys (the length of the list; more keys than that are not supported). */
  public FirstIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1; // load factor at most 1/2
    keys = new Object[capacity];
    hashes = new int[capacity];
    positions = new int[capacity];
    mask = capacity - 1;
    this.expected = expected;
  }

  /**
   * Records {@code key} at {@code position} unless it was seen before; returns the position it was first seen at,
   * or -1 when it is new.
   */
  public int putIfAbsent(Object key, int position) {
    Object k = key == null ? NULL : key;
    int h = k.hashCode();
    int slot = mix(h) & mask;
    while (true) {
      Object there = keys[slot];
      if (there == null) {
        if (size++ == expected) {
          throw new IllegalStateException("more than " + expected + " keys");
        }
        keys[slot] = k;
        hashes[slot] = h;
        positions[slot] = position;
        return -1;
      }
      if (hashes[slot] == h && (there == k || there.equals(k))) {
        return positions[slot];
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Spreads the hash's high bits into the low ones the slot is taken from (Fibonacci hashing). */
  private static int mix(int h) {
    int m = h * 0x9E3779B9;
    return m ^ (m >>> 16);
  }
}
