/**
 * Device ledgers: a facility's spreadsheet of servers, client PCs and network devices (CSV or xlsx) read into the
 * {@code devices} list of the {@code facility} schema. Cells are read as a {@link dev.kijun.collect.ledger.Table};
 * every mistake names its cell ({@code ledger.xlsx: Sheet1!D7 (種別)}), all mistakes are reported together, and
 * nothing is written while any remains.
 */
package dev.kijun.collect.ledger;
