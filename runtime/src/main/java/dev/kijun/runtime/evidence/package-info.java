/** The evidence model shared by every edition: the facility, answers, reviews and waivers around the typed facts. */
package dev.kijun.runtime.evidence;
