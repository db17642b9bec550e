/**
 * The one HTML page shell, stylesheet and escaper of kijun: the documentation site, the diff pages and the HTML
 * report are all written through {@link dev.kijun.runtime.html.HtmlPage}. It lives in the runtime because the report
 * is rendered there and the runtime may not depend on the compiler.
 */
package dev.kijun.runtime.html;
