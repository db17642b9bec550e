/**
 * The checklist as a spreadsheet: {@link dev.kijun.collect.sheet.SheetWriter} lays out one form of a checklist
 * edition the way MHLW's form is laid out (one row per item, はい/いいえ/該当なし as a drop-down, the date checked,
 * a target date, remarks), and {@link dev.kijun.collect.sheet.SheetReader} reads a filled sheet back into the
 * {@code answers} of an evidence file. The questions on the sheet are our paraphrases, and the sheet records
 * answers: it says so in its header.
 */
package dev.kijun.collect.sheet;
