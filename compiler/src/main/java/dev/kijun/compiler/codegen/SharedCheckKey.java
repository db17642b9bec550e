package dev.kijun.compiler.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.kijun.compiler.output.Digest;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The key under which the runtime shares one automated check's result between identical checks on one assessment
 * ({@code dev.kijun.runtime.eval.SharedChecks}): a digest of the evidence type and of the check method's code, given
 * only when that code reads nothing but the facts and the assessment date. The test is on the emitted code, not on the
 * model, so that it stays right whatever the emitter learns: any name that is not qualified (a class-local field such as
 * {@code CLAUSE_0}, {@code LIST_0}, a constant pool entry, or a method of the class) and any use of answers, waivers or
 * the assessment makes the check local. JavaPoet writes every type it references fully qualified in
 * {@link CodeBlock#toString()}, so the same code text means the same program.
 */
final class SharedCheckKey {
  /** Calls on the evaluation that read something other than the facts and the date. */
  private static final Pattern READS_ENVELOPE = Pattern.compile("\\bev\\.(?:answerValue|waived|noWaiver|assessment)\\b");
  /** An upper-case identifier (a field) or any identifier called as a method, not preceded by a dot. */
  private static final Pattern LOCAL_NAME = Pattern.compile("(?<![.\\w])(?:[A-Z][A-Z0-9_]*\\b|(?!new\\b|if\\b"
      + "|for\\b|while\\b|switch\\b|return\\b)[a-z_]\\w*\\s*\\()");

  private SharedCheckKey() {}

  static Optional<String> of(TypeName root, CodeBlock code) {
    String text = code.toString();
    if (READS_ENVELOPE.matcher(text).find() || LOCAL_NAME.matcher(withoutStrings(text)).find()) {
      return Optional.empty();
    }
    return Optional.of(new Digest().add(root.toString()).add(text).hex());
  }

  /** The code with string literals emptied, so their contents never look like names. */
  static String withoutStrings(String code) {
    return code.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
  }
}
