package dev.kijun.compiler.diag;

/** Stable diagnostic codes. Each has a one-sentence purpose; docs list them all. Never rename a code. */
public enum Code {
  SYNTAX("the text does not follow the kijun grammar"),
  UNEXPECTED_CHARACTER("a character that cannot start any kijun token, such as a smart quote"),
  BAD_HEADER("a file header that does not name a schema or a qualified edition"),
  BAD_CLAUSE_ID("a clause id or qualified clause name that is not of the documented form"),
  DUPLICATE_ID("two declarations share one id within the same scope"),
  DUPLICATE_ITEM("a requirement or document item given twice where only one is allowed"),
  MISSING_ITEM("a requirement or document lacks an item it must have"),
  UNKNOWN_WORD("a vocabulary word (level, audience, target, status, language) that kijun does not know"),
  UNKNOWN_TYPE("a type name that no record or enum declares"),
  UNKNOWN_SCHEMA("an edition names an evidence schema that no file declares"),
  UNKNOWN_REFERENCE("a cited clause that no compiled edition declares"),
  UNKNOWN_EVIDENCE("an evidence field that the record type does not have"),
  UNKNOWN_NAME("a name that is neither a variable, a root field, a constant nor an enum constant"),
  UNKNOWN_WAIVER("a waiver that the requirement does not declare"),
  UNKNOWN_QUESTION("answer() names a clause with no question check in this edition"),
  TYPE_MISMATCH("an expression whose type does not fit where it is used"),
  AMBIGUOUS_NAME("an enum constant that several enums declare, written without its enum"),
  MISSING_DOCUMENT("an edition without exactly one document block"),
  MISSING_ROOT("a schema without exactly one root record"),
  ID_OUTSIDE_SECTION("a requirement id that does not start with its enclosing node's number"),
  UNUSED_WAIVER("a declared waiver that no check uses"),
  CONSTANT_NOT_LITERAL("a constant whose value is not a literal"),
  DUPLICATE_QUESTION("a requirement with more than one question check"),
  UNMAPPED_CLAUSE("a clause of a mapped edition that the mapping neither maps nor marks withdrawn or new"),
  MAPPING_CONFLICT("a clause that a mapping both maps and marks withdrawn or new, or maps twice to the same clause"),
  INVERSE_MISMATCH("a mapping written in both directions whose relationships are not each other's inverse"),
  CHAIN_MISMATCH("a direct mapping that contradicts what composing the mappings along a chain allows"),
  MAPPING_DISAGREEMENT("on the same evidence, two mapped clauses' verdicts contradict the mapping's relationship"),
  ID_COLLISION("a structure node (volume, chapter, sub-section) whose id is also a requirement's id"),
  MISPLACED_ITEM("an item where it has no meaning, such as a status in the continuation of a volume"),
  UNKNOWN_LABEL("a requirement id whose label segment its section does not declare"),
  UNKNOWN_PROFILE("a reading marker that the edition's document block does not describe"),
  UNKNOWN_FORM("a per-form question wording for a form the checklist does not declare, or that the item is not on"),
  MISSING_PROVENANCE("a map line without `official doc … page …` or `ours`, or an `official` line without a page"),
  CONTRADICTORY_DATES("dates of a requirement that cannot all hold, such as a relief ending before the requirement takes effect"),
  OVERLAPPING_DATES("dates that overlap or leave a gap, such as a relief outlasting the requirement or a successor not yet in force"),
  UNKNOWN_SUCCESSOR("a `superseded … by` clause that no compiled edition declares as a requirement"),
  TOO_DEEP("an expression or declaration nested more deeply than the documented limit of 100 levels"),
  OUT_OF_RANGE("an integer literal beyond 64 bits, or date arithmetic whose result no date or integer can hold"),
  BAD_ESCAPE("a backslash escape in a string that kijun does not define, such as `\\q`"),
  UNREADABLE_SOURCE("a source file or directory that cannot be read, or a file that is not valid UTF-8"),
  NAME_COLLISION("two declarations whose generated Java names or file names coincide, ignoring case"),
  RECORD_TOO_WIDE("a record with more fields than a Java record's constructor can take (255 parameter slots)");

  private final String purpose;

  Code(String purpose) {
    this.purpose = purpose;
  }

  /** One sentence saying what the code is for. */
  public String purpose() {
    return purpose;
  }
}
