package dev.kijun.compiler.resolve;

import dev.kijun.compiler.model.EnumDef;
import java.util.List;
import java.util.Optional;

/** Types every program has: the {@code Answer} enum of question checks. */
public final class Builtins {
  /** {@code YES}, {@code NO}, {@code NOT_APPLICABLE}: the checklist's はい / いいえ / 該当なし. */
  public static final EnumDef ANSWER = new EnumDef("Answer", Optional.of("The answer to a question check."), false,
      List.of(new EnumDef.EnumConstant("YES", "yes", Optional.empty()),
          new EnumDef.EnumConstant("NO", "no", Optional.empty()),
          new EnumDef.EnumConstant("NOT_APPLICABLE", "not-applicable", Optional.empty())),
      null, true);

  private Builtins() {}
}
