/** Edition mappings beyond resolution: the relation algebra and behavioural agreement of mapped clauses. */
package dev.kijun.compiler.mapping;
