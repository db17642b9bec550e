/**
 * What a kijun artifact ships for projects and tools that build on it ({@code META-INF/kijun/}): its sources and the
 * Java packages of its generated classes. Read by the Maven plugin for dependencies and by the CLI for the guideline
 * sources bundled with it.
 */
package dev.kijun.compiler.library;
