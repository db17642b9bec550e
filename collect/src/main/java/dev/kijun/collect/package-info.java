/**
 * Collectors: programs that read what a facility's systems say (a TLS handshake, a device ledger) and write it as
 * evidence in the shape of the {@code facility} schema. They observe; they never decide a verdict.
 */
package dev.kijun.collect;
