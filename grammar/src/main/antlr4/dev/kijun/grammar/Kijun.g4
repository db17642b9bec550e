/*
 * The kijun language: evidence schemas and guideline editions (see docs/language.md).
 * Alternatives and elements are labelled so the AST builder reads named fields, never getChild(n).
 */
grammar Kijun;

file
    : header declaration* EOF
    ;

header
    : SCHEMA name=STRING SEMI?          # SchemaHeader
    | EDITION name=STRING SEMI?         # EditionHeader
    | MAPPING source=STRING TO target=STRING SEMI?   # MappingHeader
    ;

declaration
    : documentDecl
    | recordDecl
    | enumDecl
    | constDecl
    | rootDecl
    | structureDecl
    | requirementDecl
    | mapDecl
    | withdrawnDecl
    | newDecl
    ;

// ---------------------------------------------------------------- mappings

mapDecl
    : MAP source=STRING relation=relationWord target=STRING (LBRACE mapItem* RBRACE)?
    ;

mapItem
    : RATIONALE text=STRING             # MapRationale
    | CONFIDENCE value=word             # MapConfidence
    | provenance                        # MapProvenance
    | fact=word                         # MapFact
    ;

// Where a map line comes from: an official correspondence table (document id and page) or our own reading.
provenance
    : OFFICIAL DOC doc=STRING (PAGE page=STRING)?   # OfficialProvenance
    | OURS                                          # OurProvenance
    ;

// `subset-of` and `superset-of` end in the keyword `of`; `subset` is a keyword too.
relationWord
    : (ident | SUBSET) (MINUS (ident | OF))*
    ;

withdrawnDecl
    : WITHDRAWN clause=STRING (LBRACE withdrawnItem* RBRACE)?
    ;

withdrawnItem
    : REASON text=STRING                # WithdrawnReason
    | provenance                        # WithdrawnProvenance
    ;

newDecl
    : NEW clause=STRING (LBRACE newItem* RBRACE)?
    ;

newItem
    : RATIONALE text=STRING             # NewRationale
    | provenance                        # NewProvenance
    ;

// ---------------------------------------------------------------- schema

recordDecl
    : RECORD name=ident LBRACE fieldDecl* RBRACE
    ;

fieldDecl
    : name=ident COLON type COMMA?
    ;

type
    : LIST LT element=type GT           # ListType
    | name=ident                        # NamedType
    | inner=type QMARK               # OptionalType
    ;

enumDecl
    : ORDERED? ENUM name=ident LBRACE enumConstant (COMMA enumConstant)* COMMA? RBRACE
    ;

enumConstant
    : name=ident json=STRING?
    ;

constDecl
    : CONST name=ident COLON type ASSIGN value=expr
    ;

rootDecl
    : ROOT name=ident
    ;

// ---------------------------------------------------------------- editions

documentDecl
    : DOCUMENT LBRACE documentItem* RBRACE
    ;

documentItem
    : TITLE titles                      # DocTitle
    | PUBLISHER value=STRING            # DocPublisher
    | PUBLISHED date=DATE               # DocPublished
    | SOURCE url=STRING                 # DocSource
    | EVIDENCE schema=STRING            # DocEvidence
    | statusClause                      # DocStatus
    | PROFILE name=ident titles statusClause?                           # DocProfile
    | FORM name=ident TITLE titles AUDIENCE word (COMMA word)*          # DocForm
    ;

titles
    : (lang+=IDENT text+=STRING)+
    ;

statusClause
    : STATUS value=word note=STRING?
    ;

structureDecl
    : kind=(VOLUME | CHAPTER | SECTION) number=STRING (TITLE titles)? LBRACE structureItem* RBRACE
    ;

structureItem
    : statusClause                      # StructureStatus
    | APPLIES WHEN condition=expr       # StructureApplies
    | profilesClause                    # StructureProfiles
    | LABEL name=ident titles           # StructureLabel
    | structureDecl                     # NestedStructure
    | requirementDecl                   # NestedRequirement
    ;

requirementDecl
    : REQUIREMENT id=STRING LBRACE requirementItem* RBRACE
    ;

requirementItem
    : TITLE titles                                                    # ReqTitle
    | LEVEL value=word                                                # ReqLevel
    | AUDIENCE word (COMMA word)*                                     # ReqAudience
    | TARGETS word (COMMA word)*                                      # ReqTargets
    | statusClause                                                    # ReqStatus
    | SOURCE url=STRING (PAGE page=STRING)? (NOTE note=STRING)?       # ReqSource
    | SUMMARY lang=IDENT text=STRING                                  # ReqSummary
    | CITES STRING (COMMA STRING)*                                    # ReqCites
    | profilesClause                                                  # ReqProfiles
    | APPLIES WHEN condition=expr                                     # ReqApplies
    | CHECK AUTOMATED explanation=STRING effectiveClause? LBRACE body=expr RBRACE   # ReqAutomatedCheck
    | CHECK QUESTION effectiveClause? LBRACE askItem* RBRACE                        # ReqQuestionCheck
    | CHECK REVIEW explanation=STRING effectiveClause?                              # ReqReviewCheck
    | effectiveClause                                                 # ReqEffective
    | RELIEF explanation=STRING (UNTIL until=DATE)? WHEN condition=expr   # ReqRelief
    | SUPERSEDED ON date=DATE BY successor=STRING                     # ReqSuperseded
    | WAIVER name=ident LBRACE (SUMMARY lang+=IDENT text+=STRING)* RBRACE  # ReqWaiver
    ;

// Dated obligations (docs/language.md, "Dated obligations"): in force from a day, on a requirement or one check.
effectiveClause
    : EFFECTIVE FROM date=DATE
    ;

// `ask ja "…"` (the default wording) or `ask vendor ja "…" en "…"` (the wording of one checklist form).
askItem
    : ASK (form=ident)? titles
    ;

// The reading markers of a node or requirement: `profiles I, III`.
profilesClause
    : PROFILES ident (COMMA ident)*
    ;

// A vocabulary word such as `medical-institution`, validated by the resolver (which can suggest a spelling).
word
    : ident (MINUS ident)*
    ;

// Identifiers; keywords that only open declarations stay usable as field names (`source`, `status`, …).
ident
    : IDENT
    | TITLE | PUBLISHER | PUBLISHED | SOURCE | EVIDENCE | STATUS | VOLUME | CHAPTER | SECTION | LEVEL
    | AUDIENCE | TARGETS | PAGE | NOTE | SUMMARY | REVIEW | QUESTION | ROOT | DOCUMENT | RECORD | CHECK
    | AUTOMATED | ASK | WAIVER | CITES | APPLIES | WHEN | LIST | SCHEMA | EDITION | ORDERED
    | MAPPING | TO | MAP | WITHDRAWN | LABEL | PROFILE | PROFILES | FORM | OFFICIAL | OURS | DOC
    | EFFECTIVE | FROM | RELIEF | UNTIL | SUPERSEDED | ON | BY
    ;

// ---------------------------------------------------------------- expressions

expr
    : left=additive op=(EQ | NE | LT | LE | GT | GE) right=additive                        # Comparison
    | element=additive NOT? IN list=additive                                               # Membership
    | left=additive SUBSET OF right=additive                                               # Subset
    | operand=additive IS presence=(PRESENT | ABSENT)                                       # Presence
    | additive                                                                             # Value
    // ANTLR gives earlier alternatives higher precedence, so the loosest operators come last and a
    // quantifier's body extends as far right as possible.
    | NOT operand=expr                                                                     # Not
    | left=expr AND right=expr                                                             # And
    | left=expr OR right=expr                                                              # Or
    | <assoc=right> left=expr IMPLIES right=expr                                          # Implies
    | quant=(FORALL | EXISTS) var=ident IN list=additive (WHERE filter=expr)? COLON body=expr # Quantifier
    ;

additive
    : base=additive op=(PLUS | MINUS) amount=INTEGER unit=(DAYS | WEEKS | MONTHS | YEARS)   # DateShift
    | primary                                                                               # PrimaryValue
    ;

primary
    : COUNT LPAREN var=ident IN list=additive (WHERE filter=expr)? RPAREN                       # Count
    | UNIQUE LPAREN var=ident IN list=additive (WHERE filter=expr)? COLON key=expr RPAREN       # Unique
    | WAIVED name=ident FOR subject=additive                                                # Waived
    | ANSWER LPAREN clause=STRING RPAREN                                                    # AnswerOf
    | ASOF                                                                                  # AsOf
    | target=primary DOT field=ident                                                        # FieldAccess
    | name=ident                                                                            # Name
    | LBRACK (expr (COMMA expr)*)? COMMA? RBRACK                                            # ListLiteral
    | STRING                                                                                # StringLiteral
    | INTEGER                                                                               # IntegerLiteral
    | DECIMAL                                                                               # DecimalLiteral
    | DATE                                                                                  # DateLiteral
    | value=(TRUE | FALSE)                                                                  # BooleanLiteral
    | LPAREN inner=expr RPAREN                                                              # Parenthesized
    ;

// ---------------------------------------------------------------- lexer

SCHEMA: 'schema';
MAPPING: 'mapping';
TO: 'to';
MAP: 'map';
RATIONALE: 'rationale';
CONFIDENCE: 'confidence';
WITHDRAWN: 'withdrawn';
NEW: 'new';
REASON: 'reason';
OFFICIAL: 'official';
OURS: 'ours';
DOC: 'doc';
LABEL: 'label';
PROFILE: 'profile';
PROFILES: 'profiles';
FORM: 'form';
EFFECTIVE: 'effective';
FROM: 'from';
RELIEF: 'relief';
UNTIL: 'until';
SUPERSEDED: 'superseded';
ON: 'on';
BY: 'by';
EDITION: 'edition';
DOCUMENT: 'document';
RECORD: 'record';
ENUM: 'enum';
ORDERED: 'ordered';
CONST: 'const';
ROOT: 'root';
LIST: 'list';
TITLE: 'title';
PUBLISHER: 'publisher';
PUBLISHED: 'published';
SOURCE: 'source';
EVIDENCE: 'evidence';
STATUS: 'status';
VOLUME: 'volume';
CHAPTER: 'chapter';
SECTION: 'section';
REQUIREMENT: 'requirement';
LEVEL: 'level';
AUDIENCE: 'audience';
TARGETS: 'targets';
PAGE: 'page';
NOTE: 'note';
SUMMARY: 'summary';
CITES: 'cites';
APPLIES: 'applies';
WHEN: 'when';
CHECK: 'check';
AUTOMATED: 'automated';
QUESTION: 'question';
REVIEW: 'review';
ASK: 'ask';
WAIVER: 'waiver';
FORALL: 'forall';
EXISTS: 'exists';
IN: 'in';
WHERE: 'where';
IMPLIES: 'implies';
OR: 'or';
AND: 'and';
NOT: 'not';
SUBSET: 'subset';
OF: 'of';
IS: 'is';
PRESENT: 'present';
ABSENT: 'absent';
COUNT: 'count';
UNIQUE: 'unique';
WAIVED: 'waived';
FOR: 'for';
ANSWER: 'answer';
ASOF: 'asOf';
DAYS: 'days' | 'day';
WEEKS: 'weeks' | 'week';
MONTHS: 'months' | 'month';
YEARS: 'years' | 'year';
TRUE: 'true';
FALSE: 'false';

LBRACE: '{';
RBRACE: '}';
LPAREN: '(';
RPAREN: ')';
LBRACK: '[';
RBRACK: ']';
COLON: ':';
SEMI: ';';
COMMA: ',';
DOT: '.';
QMARK: '?';
EQ: '==';
NE: '!=';
LE: '<=';
GE: '>=';
LT: '<';
GT: '>';
ASSIGN: '=';
PLUS: '+';
MINUS: '-';

DATE: DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT;
DECIMAL: DIGIT+ '.' DIGIT+;
INTEGER: DIGIT+;
IDENT: [A-Za-z_] [A-Za-z_0-9]*;
STRING: '"' (~["\\\r\n] | '\\' .)* '"';

// Doc comments go to their own channel; the AST builder attaches each to the declaration that follows it.
DOC_COMMENT: '/**' .*? '*/' -> channel(2);
BLOCK_COMMENT: '/*' .*? '*/' -> skip;
LINE_COMMENT: '//' ~[\r\n]* -> skip;
WS: [ \t\r\n\u3000]+ -> skip;

// Anything else is reported by the lexer listener as an unexpected character.
UNEXPECTED: .;

fragment DIGIT: [0-9];
