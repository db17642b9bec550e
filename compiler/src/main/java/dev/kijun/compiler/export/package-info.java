/**
 * Back end: machine-readable exports. {@link dev.kijun.compiler.export.JsonSchemaGenerator} describes evidence files
 * as JSON Schema 2020-12; {@link dev.kijun.compiler.export.CatalogGenerator} lists an edition's requirements as JSON.
 * Pure, deterministic generators returning {@code OutputFile}s.
 */
package dev.kijun.compiler.export;
