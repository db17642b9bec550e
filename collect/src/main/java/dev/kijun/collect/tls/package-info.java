/** Probing TLS endpoints with the JDK's TLS stack: versions, suites and client-certificate demands. */
package dev.kijun.collect.tls;
