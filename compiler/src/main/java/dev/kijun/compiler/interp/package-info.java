/**
 * An independent oracle for the generated validators: a tree-walking interpreter of the typed model over the
 * evidence file's JSON tree. It shares no evaluation code with the runtime's generated-validator protocol (only the
 * runtime's data types and the wording of findings), so a differential test can catch a mistake in either.
 */
package dev.kijun.compiler.interp;
