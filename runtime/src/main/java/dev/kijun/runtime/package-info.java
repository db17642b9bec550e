/** The public API that tool builders call: validators, editions, verdicts and findings. */
package dev.kijun.runtime;
