/**
 * Reports: the verdicts of an edition on evidence files, rendered as text or JSON. Renderers are pure functions
 * with deterministic output; every report says that verdicts are not a claim of compliance.
 */
package dev.kijun.runtime.report;
