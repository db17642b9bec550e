/**
 * Reading evidence files: strict JSON binding of the envelope and the edition's generated facts records, with
 * problems reported by evidence path, line and column. The only package that uses Jackson databind.
 */
package dev.kijun.runtime.json;
