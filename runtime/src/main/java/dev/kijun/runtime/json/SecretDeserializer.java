package dev.kijun.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import dev.kijun.runtime.Secret;
import java.io.IOException;

/**
 * Reads a {@link Secret} from a string only, and hashes it on the spot: the characters were just decoded and are
 * still in cache, whereas the uniqueness checks that need the hash would otherwise fetch every fingerprint from
 * memory again after the whole file has been bound.
 */
final class SecretDeserializer extends StdScalarDeserializer<Secret> {
  private static final long serialVersionUID = 1L;

  SecretDeserializer() {
    super(Secret.class);
  }

  @Override
  public Secret deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    Secret secret = Secret.of(InvalidEvidenceValue.requireString(p, Tokens.expected(Secret.class), Secret.class));
    secret.hashCode(); // computed and kept now, see above
    return secret;
  }
}
