/**
 * Credential fingerprints: administrator passwords turned into keyed fingerprints that can be compared (reuse,
 * factory defaults) without the passwords ever being stored.
 */
package dev.kijun.collect.credential;
