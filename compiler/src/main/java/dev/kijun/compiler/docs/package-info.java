/**
 * Back end: documentation. Each edition becomes a static site in Markdown ({@link
 * dev.kijun.compiler.docs.MarkdownGenerator}) or HTML ({@link dev.kijun.compiler.docs.HtmlSiteGenerator}); pages are
 * built once against a small format-neutral writer. Generators are pure and return {@code OutputFile}s.
 */
package dev.kijun.compiler.docs;
