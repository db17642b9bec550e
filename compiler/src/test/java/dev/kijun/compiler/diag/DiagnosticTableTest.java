package dev.kijun.compiler.diag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.testing.TestSources;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The syntax-and-diagnostics table (STYLE §6): each row is a small bad source, compiled together with the shared
 * schema and {@code demo@1} document of {@link TestSources}, and the exact text {@link DiagnosticRenderer} prints
 * for it. A row's source is one file {@code test.kijun}, or several files introduced by {@code --- name.kijun}.
 */
class DiagnosticTableTest {
  static Stream<Arguments> rows() {
    return Stream.of(
        row("syntax_missing_colon_in_quantifier",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check automated "x" { forall d in devices d.kind == SERVER }
            }
            """,
            """
            error[SYNTAX]: unexpected `d`; expected `:` or `where`
             --> test.kijun:5:45
              |
            5 |   check automated "x" { forall d in devices d.kind == SERVER }
              |                                             ^
              = help: a quantifier needs `:` before its body, e.g. `forall d in devices: d.kind == SERVER`
            1 error, 0 warnings
            """),
        row("syntax_assign_instead_of_equals",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check automated "x" { forall d in devices: d.kind = SERVER }
            }
            """,
            """
            error[SYNTAX]: unexpected `=`
             --> test.kijun:5:53
              |
            5 |   check automated "x" { forall d in devices: d.kind = SERVER }
              |                                                     ^
              = help: use `==` to compare, e.g. `d.kind == SERVER`
            error[SYNTAX]: unexpected `}`; expected a declaration (`record`, `enum`, `const`, `document`, `chapter`, `requirement`, …)
             --> test.kijun:6:1
              |
            6 | }
              | ^
            2 errors, 0 warnings
            """),
        row("syntax_requirement_id_not_a_string",
            """
            edition "demo@1";

            requirement 1 {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check review "x"
            }
            """,
            """
            error[SYNTAX]: unexpected `1`; expected <string>
             --> test.kijun:3:13
              |
            3 | requirement 1 {
              |             ^
              = help: ids, titles and summaries are strings: write "1"
            1 error, 0 warnings
            """),
        row("syntax_missing_word_after_level",
            """
            edition "demo@1";

            requirement "1" { level = }
            """,
            """
            error[SYNTAX]: unexpected `=`; expected a word such as `mandatory`, `medical-institution` or `verified`
             --> test.kijun:3:25
              |
            3 | requirement "1" { level = }
              |                         ^
            1 error, 0 warnings
            """),
        row("syntax_missing_header",
            """
            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check review "x"
            }
            """,
            """
            error[SYNTAX]: unexpected `requirement`; expected `edition` or `mapping` or `schema`
             --> test.kijun:1:1
              |
            1 | requirement "1" {
              | ^^^^^^^^^^^
              = help: a kijun file starts with `schema "name";`, `edition "document@edition";` or `mapping "a@1" to "a@2";`
            1 error, 0 warnings
            """),
        row("syntax_empty_file",
            "",
            """
            error[SYNTAX]: unexpected end of file; expected `edition` or `mapping` or `schema`
             --> test.kijun:1:1
              |
            1 |\s
              | ^
              = help: a kijun file starts with `schema "name";`, `edition "document@edition";` or `mapping "a@1" to "a@2";`
            1 error, 0 warnings
            """),
        row("syntax_record_in_edition",
            """
            edition "demo@1";

            record A { x: string }
            """,
            """
            error[SYNTAX]: records, enums and `root` belong in a `schema` file
             --> test.kijun:3:1 (in edition demo@1)
              |
            3 | record A { x: string }
              | ^^^^^^^^^^^^^^^^^^^^^^
              = help: move the declaration to a file that starts with `schema "…";`
            1 error, 0 warnings
            """),
        row("syntax_requirement_in_schema",
            """
            --- other.kijun
            schema "other";
            record A { x: string }
            root A
            requirement "1" { check review "x" }
            """,
            """
            error[SYNTAX]: a schema file holds records, enums, constants and `root` only
             --> other.kijun:4:1 (in schema other)
              |
            4 | requirement "1" { check review "x" }
              | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
              = help: requirements and structure belong in an `edition` file
            1 error, 0 warnings
            """),
        row("syntax_impossible_date_in_check",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check automated "x" { inspectedOn > 2025-02-30 }
            }
            """,
            """
            error[SYNTAX]: `2025-02-30` is not a calendar date
             --> test.kijun:5:39 (in requirement 1)
              |
            5 |   check automated "x" { inspectedOn > 2025-02-30 }
              |                                       ^^^^^^^^^^
              = help: dates are written YYYY-MM-DD with a real month and day, e.g. `2026-04-01`
            1 error, 0 warnings
            """),
        row("syntax_impossible_published_date",
            """
            --- other.kijun
            edition "other@1";
            document {
              title ja "デモ" title en "Demo"
              publisher "kijun"
              published 2025-02-30
              source "https://example.org/demo"
              evidence "facility"
              status verified
            }
            """,
            """
            error[SYNTAX]: `2025-02-30` is not a calendar date
             --> other.kijun:5:13 (in edition other@1)
              |
            5 |   published 2025-02-30
              |             ^^^^^^^^^^
              = help: dates are written YYYY-MM-DD with a real month and day, e.g. `2026-04-01`
            1 error, 0 warnings
            """),
        row("unexpected_smart_quote",
            """
            edition "demo@1";

            requirement “1” {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check review "x"
            }
            """,
            """
            error[UNEXPECTED_CHARACTER]: unexpected character `“`
             --> test.kijun:3:13
              |
            3 | requirement “1” {
              |             ^
              = help: strings use straight double quotes `"`
            1 error, 0 warnings
            """),
        row("unexpected_ampersand",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check automated "x" { forall d in devices: d.kind == SERVER && d.id != "" }
            }
            """,
            """
            error[UNEXPECTED_CHARACTER]: unexpected character `&`
             --> test.kijun:5:63
              |
            5 |   check automated "x" { forall d in devices: d.kind == SERVER && d.id != "" }
              |                                                               ^
              = help: write `and`, `or`, `not`
            error[SYNTAX]: unexpected `}`; expected a declaration (`record`, `enum`, `const`, `document`, `chapter`, `requirement`, …)
             --> test.kijun:6:1
              |
            6 | }
              | ^
            2 errors, 0 warnings
            """),
        row("unexpected_unterminated_string",
            """
            edition "demo@1";

            requirement "1 {
              level mandatory status verified source "s" summary ja "j" summary en "e"
            }
            """,
            """
            error[UNEXPECTED_CHARACTER]: unterminated string
             --> test.kijun:3:13
              |
            3 | requirement "1 {
              |             ^
              = help: close the string with `"` on the same line; strings cannot span lines
            1 error, 0 warnings
            """),
        row("bad_header_edition_without_at",
            """
            edition "demo";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check review "x"
            }
            """,
            """
            error[BAD_HEADER]: `demo` is not an edition name
             --> test.kijun:1:9
              |
            1 | edition "demo";
              |         ^^^^^^
              = help: write `edition "document@edition";`, e.g. `edition "mhlw-guideline@5.2";`
            1 error, 0 warnings
            """),
        row("bad_header_schema_name",
            """
            --- other.kijun
            schema "Other_2";
            record A { x: string }
            root A
            """,
            """
            error[BAD_HEADER]: schema name `Other_2` must be lowercase words joined by `-`
             --> other.kijun:1:8
              |
            1 | schema "Other_2";
              |        ^^^^^^^^^
            1 error, 0 warnings
            """),
        row("bad_clause_id_with_space",
            """
            edition "demo@1";

            requirement "6.11 C.1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check review "x"
            }
            """,
            """
            error[BAD_CLAUSE_ID]: `6.11 C.1` is not a clause id
             --> test.kijun:3:13 (in edition demo@1)
              |
            3 | requirement "6.11 C.1" {
              |             ^^^^^^^^^^
              = help: clause ids contain no spaces or tabs; did you mean `6.11.C.1`?
            1 error, 0 warnings
            """),
        row("bad_clause_id_with_tab",
            """
            edition "demo@1";

            requirement "6.11.C.1\t" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check review "x"
            }
            """,
            """
            error[BAD_CLAUSE_ID]: `6.11.C.1\\t` is not a clause id
             --> test.kijun:3:13 (in edition demo@1)
              |
            3 | requirement "6.11.C.1 " {
              |             ^^^^^^^^^^^
              = help: clause ids contain no spaces or tabs; did you mean `6.11.C.1`?
            1 error, 0 warnings
            """),
        row("bad_clause_id_in_cites",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              cites "demo@1//x"
              check review "x"
            }
            """,
            """
            error[BAD_CLAUSE_ID]: `demo@1//x` is not a clause name
             --> test.kijun:5:9 (in requirement 1)
              |
            5 |   cites "demo@1//x"
              |         ^^^^^^^^^^^
              = help: write `document@edition/clause`, e.g. `mhlw-guideline@6.0/SYS.8.5`
            1 error, 0 warnings
            """),
        row("bad_clause_id_qualified_requirement_id",
            """
            edition "demo@1";

            requirement "demo@1/1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check review "x"
            }
            """,
            """
            error[BAD_CLAUSE_ID]: a requirement id is local to its edition
             --> test.kijun:3:13 (in edition demo@1)
              |
            3 | requirement "demo@1/1" {
              |             ^^^^^^^^^^
              = help: write only the clause id, e.g. `1`
            1 error, 0 warnings
            """),
        row("duplicate_requirement_id",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check review "x"
            }

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check review "y"
            }
            """,
            """
            error[DUPLICATE_ID]: requirement id `1` is already used
             --> test.kijun:8:13 (in edition demo@1)
              |
            8 | requirement "1" {
              |             ^^^
              = help: first used at test.kijun:3:13
            1 error, 0 warnings
            """),
        row("duplicate_record_name",
            """
            --- other.kijun
            schema "other";
            record A { x: string }
            record A { y: string }
            root A
            """,
            """
            error[DUPLICATE_ID]: `A` is already declared
             --> other.kijun:3:8 (in schema other)
              |
            3 | record A { y: string }
              |        ^
              = help: first declared at other.kijun:2:8
            1 error, 0 warnings
            """),
        row("duplicate_enum_constant",
            """
            --- other.kijun
            schema "other";
            enum E { X, Y, X }
            record A { x: E }
            root A
            """,
            """
            error[DUPLICATE_ID]: enum `E` declares `X` twice
             --> other.kijun:2:16 (in schema other)
              |
            2 | enum E { X, Y, X }
              |                ^
              = help: first declared at other.kijun:2:10
            1 error, 0 warnings
            """),
        row("duplicate_enum_json_spelling",
            """
            --- other.kijun
            schema "other";
            enum F { P "p", Q "p" }
            record A { x: F }
            root A
            """,
            """
            error[DUPLICATE_ID]: enum `F` uses the JSON spelling `p` twice
             --> other.kijun:2:17 (in schema other)
              |
            2 | enum F { P "p", Q "p" }
              |                 ^^^^^
              = help: first used at other.kijun:2:10; each constant needs its own spelling
            1 error, 0 warnings
            """),
        row("duplicate_field",
            """
            --- other.kijun
            schema "other";
            record A {
              x: string
              x: integer
            }
            root A
            """,
            """
            error[DUPLICATE_ID]: field `x` is declared twice in record `A`
             --> other.kijun:4:3 (in schema other)
              |
            4 |   x: integer
              |   ^
              = help: first declared at other.kijun:3:3
            1 error, 0 warnings
            """),
        row("duplicate_waiver",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check automated "x" { forall e in endpoints: waived legacy for e.id }
              waiver legacy { summary ja "j" summary en "e" }
              waiver legacy { summary ja "j" summary en "e" }
            }
            """,
            """
            error[DUPLICATE_ID]: waiver `legacy` is declared twice
             --> test.kijun:7:10 (in requirement 1)
              |
            7 |   waiver legacy { summary ja "j" summary en "e" }
              |          ^^^^^^
              = help: first declared at test.kijun:6:10
            1 error, 0 warnings
            """),
        row("duplicate_section_number",
            """
            edition "demo@1";

            chapter "6" {
              section "6.1" { }
              section "1" { }
            }
            """,
            """
            error[DUPLICATE_ID]: section `6.1` is already declared
             --> test.kijun:5:11 (in edition demo@1)
              |
            5 |   section "1" { }
              |           ^^^
              = help: first declared at test.kijun:4:11
            1 error, 0 warnings
            """),
        row("duplicate_constant_in_edition",
            """
            edition "demo@1";

            const SAFE_PORTS: list<integer> = [443]
            """,
            """
            error[DUPLICATE_ID]: constant `SAFE_PORTS` is already declared
             --> test.kijun:3:7 (in edition demo@1)
              |
            3 | const SAFE_PORTS: list<integer> = [443]
              |       ^^^^^^^^^^
              = help: first declared at facility.kijun:31:1
            1 error, 0 warnings
            """),
        row("duplicate_item_level",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              level recommended
              check review "x"
            }
            """,
            """
            error[DUPLICATE_ITEM]: `level` is given twice
             --> test.kijun:5:3 (in requirement 1)
              |
            5 |   level recommended
              |   ^^^^^^^^^^^^^^^^^
              = help: first given at test.kijun:4:3
            1 error, 0 warnings
            """),
        row("duplicate_item_summary_language",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              summary en "again"
              check review "x"
            }
            """,
            """
            error[DUPLICATE_ITEM]: summary gives `en` twice
             --> test.kijun:5:3 (in requirement 1)
              |
            5 |   summary en "again"
              |   ^^^^^^^^^^^^^^^^^^
            1 error, 0 warnings
            """),
        row("duplicate_item_document_publisher",
            """
            --- other.kijun
            edition "other@1";
            document {
              title ja "デモ" title en "Demo"
              publisher "kijun"
              publisher "again"
              published 2025-01-01
              source "https://example.org/demo"
              evidence "facility"
              status verified
            }
            """,
            """
            error[DUPLICATE_ITEM]: the document block gives this item twice
             --> other.kijun:5:3 (in edition other@1)
              |
            5 |   publisher "again"
              |   ^^^^^^^^^^^^^^^^^
              = help: first given at other.kijun:4:3
            1 error, 0 warnings
            """),
        row("duplicate_item_root",
            """
            --- other.kijun
            schema "other";
            record A { x: string }
            root A
            root A
            """,
            """
            error[DUPLICATE_ITEM]: schema `other` declares a second root
             --> other.kijun:4:1 (in schema other)
              |
            4 | root A
              | ^^^^^^
            1 error, 0 warnings
            """),
        row("missing_items_of_requirement",
            """
            edition "demo@1";

            requirement "1" {
              title ja "t" en "t"
            }
            """,
            """
            error[MISSING_ITEM]: requirement `1` has no `level`
             --> test.kijun:3:13 (in requirement 1)
              |
            3 | requirement "1" {
              |             ^^^
              = help: add `level mandatory` or `level recommended`
            error[MISSING_ITEM]: requirement `1` has no `source`
             --> test.kijun:3:13 (in requirement 1)
              |
            3 | requirement "1" {
              |             ^^^
              = help: add `source "https://…" page "…" note "…"`
            error[MISSING_ITEM]: requirement `1` has no `status`
             --> test.kijun:3:13 (in requirement 1)
              |
            3 | requirement "1" {
              |             ^^^
              = help: add e.g. `status verified` or `status recalled "why"`
            error[MISSING_ITEM]: requirement `1` has no check
             --> test.kijun:3:13 (in requirement 1)
              |
            3 | requirement "1" {
              |             ^^^
              = help: add `check automated "…" { … }`, `check question { … }` or `check review "…"`; for an item whose text could not be read, write a stub: `status unknown "why"` and no checks
            error[MISSING_ITEM]: summary has no English text
             --> test.kijun:3:13 (in requirement 1)
              |
            3 | requirement "1" {
              |             ^^^
              = help: add `summary en "…"`
            error[MISSING_ITEM]: summary has no Japanese text
             --> test.kijun:3:13 (in requirement 1)
              |
            3 | requirement "1" {
              |             ^^^
              = help: add `summary ja "…"`
            6 errors, 0 warnings
            """),
        row("missing_items_of_document",
            """
            --- other.kijun
            edition "other@1";

            document {
              title ja "デモ" title en "Demo"
              evidence "facility"
            }
            """,
            """
            error[MISSING_ITEM]: the document block has no `published`
             --> other.kijun:3:1 (in edition other@1)
              |
            3 | document {
              | ^^^^^^^^
              = help: add `published YYYY-MM-DD`, the publication date
            error[MISSING_ITEM]: the document block has no `publisher`
             --> other.kijun:3:1 (in edition other@1)
              |
            3 | document {
              | ^^^^^^^^
              = help: add `publisher "…"`
            error[MISSING_ITEM]: the document block has no `source`
             --> other.kijun:3:1 (in edition other@1)
              |
            3 | document {
              | ^^^^^^^^
              = help: add `source "https://…"`, where the document is published
            error[MISSING_ITEM]: the document block has no `status`
             --> other.kijun:3:1 (in edition other@1)
              |
            3 | document {
              | ^^^^^^^^
              = help: add e.g. `status verified`
            4 errors, 0 warnings
            """),
        row("missing_item_empty_summary",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en ""
              check review "x"
            }
            """,
            """
            error[MISSING_ITEM]: summary in `en` is empty
             --> test.kijun:4:72 (in requirement 1)
              |
            4 |   level mandatory status verified source "s" summary ja "j" summary en ""
              |                                                                        ^^
            1 error, 0 warnings
            """),
        row("unknown_word_audience",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              audience medical-institution, vendr
              check review "x"
            }
            """,
            """
            error[UNKNOWN_WORD]: unknown audience `vendr`
             --> test.kijun:5:33 (in requirement 1)
              |
            5 |   audience medical-institution, vendr
              |                                 ^^^^^
              = help: did you mean `vendor`?
            1 error, 0 warnings
            """),
        row("unknown_word_level",
            """
            edition "demo@1";

            requirement "1" {
              level mandatry
              status verified source "s" summary ja "j" summary en "e"
              check review "x"
            }
            """,
            """
            error[UNKNOWN_WORD]: unknown level `mandatry`
             --> test.kijun:4:9 (in requirement 1)
              |
            4 |   level mandatry
              |         ^^^^^^^^
              = help: did you mean `mandatory`?
            1 error, 0 warnings
            """),
        row("unknown_word_level_far",
            """
            edition "demo@1";

            requirement "1" {
              level must
              status verified source "s" summary ja "j" summary en "e"
              check review "x"
            }
            """,
            """
            error[UNKNOWN_WORD]: unknown level `must`
             --> test.kijun:4:9 (in requirement 1)
              |
            4 |   level must
              |         ^^^^
              = help: expected one of `mandatory`, `recommended`
            1 error, 0 warnings
            """),
        row("unknown_word_status",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory
              status verifed
              source "s" summary ja "j" summary en "e"
              check review "x"
            }
            """,
            """
            error[UNKNOWN_WORD]: unknown status `verifed`
             --> test.kijun:5:10 (in requirement 1)
              |
            5 |   status verifed
              |          ^^^^^^^
              = help: did you mean `verified`?
            1 error, 0 warnings
            """),
        row("unknown_word_target",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              targets servers
              check review "x"
            }
            """,
            """
            error[UNKNOWN_WORD]: unknown target `servers`
             --> test.kijun:5:11 (in requirement 1)
              |
            5 |   targets servers
              |           ^^^^^^^
              = help: did you mean `server`?
            1 error, 0 warnings
            """),
        row("unknown_word_language",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              title jp "t"
              check review "x"
            }
            """,
            """
            error[UNKNOWN_WORD]: unknown language `jp` in title
             --> test.kijun:5:9 (in requirement 1)
              |
            5 |   title jp "t"
              |         ^^
              = help: did you mean `ja`?
            1 error, 0 warnings
            """),
        row("unknown_type_misspelt_primitive",
            """
            --- other.kijun
            schema "other";
            record A { x: strng }
            root A
            """,
            """
            error[UNKNOWN_TYPE]: unknown type `strng`
             --> other.kijun:2:15 (in schema other)
              |
            2 | record A { x: strng }
              |               ^^^^^
              = help: did you mean `string`?
            1 error, 0 warnings
            """),
        row("unknown_type_in_list",
            """
            --- other.kijun
            schema "other";
            record A { xs: list<Quux> }
            root A
            """,
            """
            error[UNKNOWN_TYPE]: unknown type `Quux`
             --> other.kijun:2:21 (in schema other)
              |
            2 | record A { xs: list<Quux> }
              |                     ^^^^
              = help: declare it with `record` or `enum`, or use string, secret, integer, number, boolean, date
            1 error, 0 warnings
            """),
        row("unknown_type_root",
            """
            --- other.kijun
            schema "other";
            record Alpha { x: string }
            root Alpa
            """,
            """
            error[UNKNOWN_TYPE]: root `Alpa` is not a record of this schema
             --> other.kijun:3:6 (in schema other)
              |
            3 | root Alpa
              |      ^^^^
              = help: did you mean `Alpha`?
            1 error, 0 warnings
            """),
        row("unknown_schema_misspelt",
            """
            --- other.kijun
            edition "other@1";
            document {
              title ja "デモ" title en "Demo"
              publisher "kijun"
              published 2025-01-01
              source "https://example.org/demo"
              evidence "facilty"
              status verified
            }
            """,
            """
            error[UNKNOWN_SCHEMA]: no schema `facilty` among the compiled sources
             --> other.kijun:7:12 (in edition other@1)
              |
            7 |   evidence "facilty"
              |            ^^^^^^^^^
              = help: did you mean `facility`?
            1 error, 0 warnings
            """),
        row("unknown_schema_not_compiled",
            """
            --- other.kijun
            edition "other@1";
            document {
              title ja "デモ" title en "Demo"
              publisher "kijun"
              published 2025-01-01
              source "https://example.org/demo"
              evidence "network"
              status verified
            }
            """,
            """
            error[UNKNOWN_SCHEMA]: no schema `network` among the compiled sources
             --> other.kijun:7:12 (in edition other@1)
              |
            7 |   evidence "network"
              |            ^^^^^^^^^
              = help: compile the file that starts with `schema "network";` together with this edition
            1 error, 0 warnings
            """),
        row("unknown_reference_in_compiled_edition",
            """
            edition "demo@1";

            chapter "6" {
              section "6.11" {
                requirement "6.11.1" {
                level mandatory status verified source "s" summary ja "j" summary en "e"
                  cites "demo@1/6.12"
                  check review "x"
                }
              }
            }
            """,
            """
            error[UNKNOWN_REFERENCE]: `demo@1/6.12` is not a clause of edition `demo@1`
             --> test.kijun:7:13 (in requirement 6.11.1)
              |
            7 |       cites "demo@1/6.12"
              |             ^^^^^^^^^^^^^
              = help: did you mean `6.11`?
            1 error, 0 warnings
            """),
        row("unknown_reference_edition_not_compiled",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              cites "mhlw-guideline@6.0/SYS.13.6"
              check review "x"
            }
            """,
            """
            warning[UNKNOWN_REFERENCE]: edition `mhlw-guideline@6.0` is not among the compiled sources, so `mhlw-guideline@6.0/SYS.13.6` is not checked
             --> test.kijun:5:9 (in requirement 1)
              |
            5 |   cites "mhlw-guideline@6.0/SYS.13.6"
              |         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
              = help: compile its sources together with this edition
            0 errors, 1 warning
            """),
        row("unknown_evidence_field_of_record",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check automated "x" { forall e in endpoints: e.tls.minVersoin >= TLS_1_2 }
            }
            """,
            """
            error[UNKNOWN_EVIDENCE]: unknown evidence field `minVersoin` in record `Tls`
             --> test.kijun:5:54 (in requirement 1)
              |
            5 |   check automated "x" { forall e in endpoints: e.tls.minVersoin >= TLS_1_2 }
              |                                                      ^^^^^^^^^^
              = help: did you mean `minVersion`?
            1 error, 0 warnings
            """),
        row("unknown_evidence_field_of_root",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check automated "x" { forall d in devics: d.kind == SERVER }
            }
            """,
            """
            error[UNKNOWN_EVIDENCE]: unknown evidence field `devics` in `Facts`
             --> test.kijun:5:37 (in requirement 1)
              |
            5 |   check automated "x" { forall d in devics: d.kind == SERVER }
              |                                     ^^^^^^
              = help: did you mean `devices`?
            1 error, 0 warnings
            """),
        row("unknown_evidence_field_no_suggestion",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check automated "x" { forall d in devices: d.firmware == "1" }
            }
            """,
            """
            error[UNKNOWN_EVIDENCE]: unknown evidence field `firmware` in record `Device`
             --> test.kijun:5:48 (in requirement 1)
              |
            5 |   check automated "x" { forall d in devices: d.firmware == "1" }
              |                                                ^^^^^^^^
              = help: fields of `Device`: id, kind, lastPatch, ports
            1 error, 0 warnings
            """),
        row("unknown_name_enum_constant",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check automated "x" { forall d in devices: d.kind == SERVR }
            }
            """,
            """
            error[UNKNOWN_NAME]: unknown constant or enum constant `SERVR`
             --> test.kijun:5:56 (in requirement 1)
              |
            5 |   check automated "x" { forall d in devices: d.kind == SERVR }
              |                                                        ^^^^^
              = help: did you mean `SERVER`?
            1 error, 0 warnings
            """),
        row("unknown_name_qualified_enum_constant",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check automated "x" { forall d in devices: d.kind == DeviceKind.LAPTOP }
            }
            """,
            """
            error[UNKNOWN_NAME]: enum `DeviceKind` has no constant `LAPTOP`
             --> test.kijun:5:67 (in requirement 1)
              |
            5 |   check automated "x" { forall d in devices: d.kind == DeviceKind.LAPTOP }
              |                                                                   ^^^^^^
              = help: its constants: SERVER, CLIENT_PC
            1 error, 0 warnings
            """),
        row("unknown_waiver_misspelt",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check automated "x" { forall e in endpoints: waived tls12Fallbak for e.id }
              waiver tls12Fallback { summary ja "j" summary en "e" }
            }
            """,
            """
            error[UNKNOWN_WAIVER]: this requirement declares no waiver `tls12Fallbak`
             --> test.kijun:5:55 (in requirement 1)
              |
            5 |   check automated "x" { forall e in endpoints: waived tls12Fallbak for e.id }
              |                                                       ^^^^^^^^^^^^
              = help: did you mean `tls12Fallback`?
            1 error, 0 warnings
            """),
        row("unknown_waiver_outside_check",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              applies when exists e in endpoints: waived legacy for e.id
              check review "x"
            }
            """,
            """
            error[UNKNOWN_WAIVER]: `waived` can only be used in a requirement's checks
             --> test.kijun:5:39 (in requirement 1)
              |
            5 |   applies when exists e in endpoints: waived legacy for e.id
              |                                       ^^^^^^^^^^^^^^^^^^^^^^
              = help: waivers belong to a requirement: declare `waiver legacy { … }` inside it
            1 error, 0 warnings
            """),
        row("unknown_question",
            """
            edition "demo@1";

            requirement "gate" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check question { ask ja "j" ask en "e" }
            }

            requirement "2" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              applies when answer("gat") == YES
              check review "x"
            }
            """,
            """
            error[UNKNOWN_QUESTION]: `gat` is not a question of this edition
              --> test.kijun:10:23 (in requirement 2)
               |
            10 |   applies when answer("gat") == YES
               |                       ^^^^^
               = help: did you mean `gate`?
            1 error, 0 warnings
            """),
        row("type_mismatch_date_with_integer",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check automated "x" { inspectedOn > 2024 }
            }
            """,
            """
            error[TYPE_MISMATCH]: cannot compare a date with an integer
             --> test.kijun:5:25 (in requirement 1)
              |
            5 |   check automated "x" { inspectedOn > 2024 }
              |                         ^^^^^^^^^^^^^^^^^^
              = help: write a date as `2026-04-01`; to move a date write e.g. `asOf - 30 days`
            1 error, 0 warnings
            """),
        row("type_mismatch_ordering_unordered_enum",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check automated "x" { forall d in devices: d.kind >= SERVER }
            }
            """,
            """
            error[TYPE_MISMATCH]: `>=` needs ordered values; DeviceKind has no order
             --> test.kijun:5:46 (in requirement 1)
              |
            5 |   check automated "x" { forall d in devices: d.kind >= SERVER }
              |                                              ^^^^^^^^^^^^^^^^
              = help: declare it `ordered enum DeviceKind` if its order means something
            1 error, 0 warnings
            """),
        row("type_mismatch_presence_of_required_field",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check automated "x" { forall d in devices: d.kind is present }
            }
            """,
            """
            error[TYPE_MISMATCH]: `d.kind` is not optional
             --> test.kijun:5:46 (in requirement 1)
              |
            5 |   check automated "x" { forall d in devices: d.kind is present }
              |                                              ^^^^^^
              = help: `is present` and `is absent` apply to fields declared with `?`
            1 error, 0 warnings
            """),
        row("type_mismatch_list_as_condition",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check automated "x" { devices }
            }
            """,
            """
            error[TYPE_MISMATCH]: a condition must be a boolean, but `devices` is a list<Device>
             --> test.kijun:5:25 (in requirement 1)
              |
            5 |   check automated "x" { devices }
              |                         ^^^^^^^
              = help: use a quantifier (`forall`, `exists`) or `count(…)` to turn a list into a condition
            1 error, 0 warnings
            """),
        row("type_mismatch_field_of_list",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check automated "x" { devices.kind == SERVER }
            }
            """,
            """
            error[TYPE_MISMATCH]: `devices` is a list<Device>, which has no field `kind`
             --> test.kijun:5:33 (in requirement 1)
              |
            5 |   check automated "x" { devices.kind == SERVER }
              |                                 ^^^^
              = help: it is a list; use a quantifier, e.g. `forall x in devices: x.kind …`
            1 error, 0 warnings
            """),
        row("type_mismatch_membership_in_non_list",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check automated "x" { forall d in devices: 443 in d.id }
            }
            """,
            """
            error[TYPE_MISMATCH]: `in` needs a list, not a string
             --> test.kijun:5:53 (in requirement 1)
              |
            5 |   check automated "x" { forall d in devices: 443 in d.id }
              |                                                     ^^^^
            1 error, 0 warnings
            """),
        row("type_mismatch_waiver_subject",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check automated "x" { forall d in devices: waived legacy for d.ports }
              waiver legacy { summary ja "j" summary en "e" }
            }
            """,
            """
            error[TYPE_MISMATCH]: a waiver subject must be a string, but `d.ports` is a list<integer>
             --> test.kijun:5:64 (in requirement 1)
              |
            5 |   check automated "x" { forall d in devices: waived legacy for d.ports }
              |                                                                ^^^^^^^
            1 error, 0 warnings
            """),
        row("type_mismatch_constant_value",
            """
            --- other.kijun
            schema "other";
            record A { x: integer }
            const NAME: string = 3
            root A
            """,
            """
            error[TYPE_MISMATCH]: constant `NAME` is declared string but its value is an integer
             --> other.kijun:3:22 (in schema other)
              |
            3 | const NAME: string = 3
              |                      ^
            1 error, 0 warnings
            """),
        row("ambiguous_enum_constant",
            """
            --- other.kijun
            schema "other";
            enum A { ON, OFF }
            enum B { ON, IDLE }
            record R { a: A  n: integer }
            root R
            --- other-edition.kijun
            edition "other@1";
            document { title ja "j" title en "e" publisher "p" published 2025-01-01 source "s" evidence "other" status verified }
            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check automated "x" { count(x in [ON]) > n }
            }
            """,
            """
            error[AMBIGUOUS_NAME]: `ON` is a constant of several enums: `A`, `B`
             --> other-edition.kijun:5:37 (in requirement 1)
              |
            5 |   check automated "x" { count(x in [ON]) > n }
              |                                     ^^
              = help: qualify it, e.g. `A.ON`
            1 error, 0 warnings
            """),
        row("missing_document",
            """
            --- other.kijun
            edition "other@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check review "x"
            }
            """,
            """
            error[MISSING_DOCUMENT]: edition `other@1` has no `document` block
             --> other.kijun:1:1 (in edition other@1)
              |
            1 | edition "other@1";
              | ^^^^^^^^^^^^^^^^^^
              = help: add `document { title ja "…" title en "…" publisher "…" published YYYY-MM-DD source "…" evidence "…" status … }` to one of its files
            1 error, 0 warnings
            """),
        row("second_document",
            """
            edition "demo@1";

            document {
              title ja "デモ" title en "Demo"
              publisher "kijun"
              published 2025-01-01
              source "https://example.org/demo"
              evidence "facility"
              status verified
            }
            """,
            """
            error[MISSING_DOCUMENT]: edition `demo@1` has a second `document` block
             --> test.kijun:3:1 (in edition demo@1)
              |
            3 | document {
              | ^^^^^^^^^^
              = help: first at document.kijun:3:1
            1 error, 0 warnings
            """),
        row("missing_root",
            """
            --- other.kijun
            schema "other";
            record A { x: string }
            """,
            """
            error[MISSING_ROOT]: schema `other` declares no root record
             --> other.kijun:1:1 (in schema other)
              |
            1 | schema "other";
              | ^^^^^^^^^^^^^^^
              = help: add `root <Record>` naming the record that the evidence file's `facts` binds to
            1 error, 0 warnings
            """),
        row("id_outside_section",
            """
            edition "demo@1";

            chapter "6" {
              section "6.11" {
                requirement "6.12.C.1" {
                level mandatory status verified source "s" summary ja "j" summary en "e"
                  check review "x"
                }
              }
            }
            """,
            """
            warning[ID_OUTSIDE_SECTION]: requirement `6.12.C.1` sits in `6.11` but its id does not start with `6.11.`
             --> test.kijun:5:5 (in requirement 6.12.C.1)
              |
            5 |     requirement "6.12.C.1" {
              |     ^^^^^^^^^^^
              = help: ids come from the official numbering; move the requirement or correct its id
            0 errors, 1 warning
            """),
        row("unused_waiver",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check review "x"
              waiver legacy { summary ja "j" summary en "e" }
            }
            """,
            """
            warning[UNUSED_WAIVER]: waiver `legacy` is declared but no check uses it
             --> test.kijun:6:3 (in requirement 1)
              |
            6 |   waiver legacy { summary ja "j" summary en "e" }
              |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
              = help: use it in a check: `… or waived legacy for x.id`
            0 errors, 1 warning
            """),
        row("constant_not_literal",
            """
            --- other.kijun
            schema "other";
            record A { x: integer }
            const LIMIT: integer = x
            const BOTH: list<integer> = [1, LIMIT]
            root A
            """,
            """
            error[CONSTANT_NOT_LITERAL]: the value of constant `LIMIT` must be a literal
             --> other.kijun:3:24 (in schema other)
              |
            3 | const LIMIT: integer = x
              |                        ^
              = help: write the value itself: a string, number, date, enum constant or a list of them
            error[CONSTANT_NOT_LITERAL]: the value of constant `BOTH` must be a literal
             --> other.kijun:4:29 (in schema other)
              |
            4 | const BOTH: list<integer> = [1, LIMIT]
              |                             ^^^^^^^^^^
              = help: write the value itself: a string, number, date, enum constant or a list of them
            2 errors, 0 warnings
            """),
        row("duplicate_question",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check question { ask ja "j" ask en "e" }
              check question { ask ja "j2" ask en "e2" }
            }
            """,
            """
            error[DUPLICATE_QUESTION]: requirement `1` already has a question
             --> test.kijun:6:3 (in requirement 1)
              |
            6 |   check question { ask ja "j2" ask en "e2" }
              |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
              = help: an evidence file answers each clause once; split the requirement
            1 error, 0 warnings
            """),
        row("several_errors_in_one_file_sorted_by_position",
            """
            edition "demo@1";

            requirement "1" {
              level mandatry status verified source "s" summary ja "j" summary en "e"
              check automated "x" { forall d in devices: d.knd == SERVER }
            }

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              audience vendr
              check review "x"
            }
            """,
            """
            error[UNKNOWN_WORD]: unknown level `mandatry`
             --> test.kijun:4:9 (in requirement 1)
              |
            4 |   level mandatry status verified source "s" summary ja "j" summary en "e"
              |         ^^^^^^^^
              = help: did you mean `mandatory`?
            error[UNKNOWN_EVIDENCE]: unknown evidence field `knd` in record `Device`
             --> test.kijun:5:48 (in requirement 1)
              |
            5 |   check automated "x" { forall d in devices: d.knd == SERVER }
              |                                                ^^^
              = help: did you mean `kind`?
            error[DUPLICATE_ID]: requirement id `1` is already used
             --> test.kijun:8:13 (in edition demo@1)
              |
            8 | requirement "1" {
              |             ^^^
              = help: first used at test.kijun:3:13
            error[UNKNOWN_WORD]: unknown audience `vendr`
              --> test.kijun:10:12 (in requirement 1)
               |
            10 |   audience vendr
               |            ^^^^^
               = help: did you mean `vendor`?
            4 errors, 0 warnings
            """),
        row("errors_in_two_files",
            """
            --- a.kijun
            edition "demo@1";

            requirement "1" {
              level mandatry status verified source "s" summary ja "j" summary en "e"
              check review "x"
            }
            --- b.kijun
            edition "demo@1";

            requirement "2" {
              level mandatory status verifed source "s" summary ja "j" summary en "e"
              check review "x"
            }
            """,
            """
            error[UNKNOWN_WORD]: unknown level `mandatry`
             --> a.kijun:4:9 (in requirement 1)
              |
            4 |   level mandatry status verified source "s" summary ja "j" summary en "e"
              |         ^^^^^^^^
              = help: did you mean `mandatory`?
            error[UNKNOWN_WORD]: unknown status `verifed`
             --> b.kijun:4:26 (in requirement 2)
              |
            4 |   level mandatory status verifed source "s" summary ja "j" summary en "e"
              |                          ^^^^^^^
              = help: did you mean `verified`?
            2 errors, 0 warnings
            """),
        row("syntax_errors_in_two_files",
            """
            --- a.kijun
            edition "demo@1";
            requirement 1 { }
            --- b.kijun
            edition "demo@1";
            requirement "2" { level = }
            """,
            """
            error[SYNTAX]: unexpected `1`; expected <string>
             --> a.kijun:2:13
              |
            2 | requirement 1 { }
              |             ^
              = help: ids, titles and summaries are strings: write "1"
            error[SYNTAX]: unexpected `=`; expected a word such as `mandatory`, `medical-institution` or `verified`
             --> b.kijun:2:25
              |
            2 | requirement "2" { level = }
              |                         ^
            2 errors, 0 warnings
            """),
        row("id_collision_heading_written_as_item",
            """
            edition "demo@1";

            volume "SYS" title ja "システム運用編" en "Control" {
              chapter "8" {
                section "1" { }
                requirement "SYS.8.1" {
                  level mandatory status verified source "s" summary ja "j" summary en "e"
                  check review "x"
                }
              }
            }
            """,
            """
            error[ID_COLLISION]: section `SYS.8.1` (at test.kijun:5:13) and requirement `SYS.8.1` (at test.kijun:6:17) share one id
             --> test.kijun:6:17 (in edition demo@1)
              |
            6 |     requirement "SYS.8.1" {
              |                 ^^^^^^^^^
              = help: a numbered heading is written with `§`, e.g. `section "§8.1"` inside chapter "8" is `<VOL>.§8.1`; items keep `<VOL>.<chapter>.<n>`
            1 error, 0 warnings
            """),
        row("misplaced_item_status_in_volume_continuation",
            """
            --- a.kijun
            edition "demo@1";

            volume "SYS" title ja "システム運用編" en "Control" {
              status verified
              chapter "8" { }
            }
            --- b.kijun
            edition "demo@1";

            volume "SYS" {
              status recalled
              chapter "10" { }
            }
            """,
            """
            error[MISPLACED_ITEM]: a continuation of volume `SYS` gives `status`
             --> b.kijun:4:3 (in edition demo@1)
              |
            4 |   status recalled
              |   ^^^^^^^^^^^^^^^
              = help: a volume's status and condition are given once, in the block with its title (at a.kijun:3:8)
            1 error, 0 warnings
            """),
        row("duplicate_item_volume_titled_twice",
            """
            --- a.kijun
            edition "demo@1";

            volume "SYS" title ja "システム運用編" en "Control" { chapter "8" { } }
            --- b.kijun
            edition "demo@1";

            volume "SYS" title ja "システム運用編" en "Control" { chapter "10" { } }
            """,
            """
            error[DUPLICATE_ITEM]: volume `SYS` is titled twice
             --> b.kijun:3:8 (in edition demo@1)
              |
            3 | volume "SYS" title ja "システム運用編" en "Control" { chapter "10" { } }
              |        ^^^^^
              = help: first titled at a.kijun:3:8; continue a volume without title: `volume "SYS" { chapter … }`
            1 error, 0 warnings
            """),
        row("stub_without_source",
            """
            edition "demo@1";

            requirement "1" {
              status unknown "page not read"
            }
            """,
            """
            error[MISSING_ITEM]: requirement `1` has no `source`
             --> test.kijun:3:13 (in requirement 1)
              |
            3 | requirement "1" {
              |             ^^^
              = help: a stub still names where the item is known from: add `source "https://…" page "…"`
            1 error, 0 warnings
            """),
        row("unknown_label_misspelt",
            """
            edition "demo@1";

            chapter "1" {
              section "1.2" {
                label accountability ja "説明責任" en "Accountability"
                requirement "1.2.acountability.1" {
                  level mandatory status verified source "s" summary ja "j" summary en "e"
                  check review "x"
                }
              }
            }
            """,
            """
            error[UNKNOWN_LABEL]: requirement id `1.2.acountability.1` carries label `acountability`, which `1.2` does not declare
             --> test.kijun:6:17 (in requirement 1.2.acountability.1)
              |
            6 |     requirement "1.2.acountability.1" {
              |                 ^^^^^^^^^^^^^^^^^^^^^
              = help: did you mean `accountability`?
            1 error, 0 warnings
            """),
        row("unknown_profile_misspelt",
            """
            edition "other@1";

            document {
              title ja "他" title en "Other" publisher "kijun" published 2025-01-01 source "https://example.org/other"
              evidence "facility" status verified
              profile I ja "一" en "One"
              profile II ja "二" en "Two"
            }

            chapter "1" {
              profiles I, IIl
            }
            """,
            """
            error[UNKNOWN_PROFILE]: the document block describes no profile `IIl`
              --> test.kijun:11:15 (in chapter 1)
               |
            11 |   profiles I, IIl
               |               ^^^
               = help: did you mean `II`?
            1 error, 0 warnings
            """),
        row("unknown_form_misspelt",
            """
            edition "other@1";

            document {
              title ja "他" title en "Other" publisher "kijun" published 2025-01-01 source "https://example.org/other"
              evidence "facility" status verified
              form institution title ja "医療機関確認用" en "Institution form" audience medical-institution
              form vendor title ja "事業者確認用" en "Vendor form" audience vendor
            }

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check question { ask ja "j" ask en "e" ask vender ja "j" en "e" }
            }
            """,
            """
            error[UNKNOWN_FORM]: the document block declares no form `vender`
              --> test.kijun:12:46 (in requirement 1)
               |
            12 |   check question { ask ja "j" ask en "e" ask vender ja "j" en "e" }
               |                                              ^^^^^^
               = help: did you mean `vendor`?
            1 error, 0 warnings
            """),
        row("missing_provenance_official_without_page",
            """
            --- a.kijun
            edition "demo@1";
            requirement "1" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "x" }
            --- b.kijun
            edition "demo@2";
            document { title ja "デモ" en "Demo" publisher "p" published 2024-01-01 source "https://example.org" evidence "facility" status verified }
            requirement "A" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "x" }
            --- m.kijun
            mapping "demo@1" to "demo@2";
            map "1" equivalent "A" { official doc "9298" rationale "same" }
            """,
            """
            error[MISSING_PROVENANCE]: `official doc "9298"` gives no page
             --> m.kijun:2:26 (in mapping demo@1 -> demo@2)
              |
            2 | map "1" equivalent "A" { official doc "9298" rationale "same" }
              |                          ^^^^^^^^^^^^^^^^^^^
              = help: add `page "…"`: the page of the official table this line comes from
            1 error, 0 warnings
            """),
        row("missing_provenance_on_map_line",
            """
            --- a.kijun
            edition "demo@1";
            requirement "1" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "x" }
            --- b.kijun
            edition "demo@2";
            document { title ja "デモ" en "Demo" publisher "p" published 2024-01-01 source "https://example.org" evidence "facility" status verified }
            requirement "A" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "x" }
            --- m.kijun
            mapping "demo@1" to "demo@2";
            map "1" equivalent "A" { rationale "same" }
            """,
            """
            error[MISSING_PROVENANCE]: the mapping of `1` to `A` does not say where it comes from
             --> m.kijun:2:5 (in mapping demo@1 -> demo@2)
              |
            2 | map "1" equivalent "A" { rationale "same" }
              |     ^^^
              = help: add `official doc "9298" page "…"` (the official table and page it is copied from) or `ours` (our own reading, explained by the rationale)
            1 error, 0 warnings
            """),
        row("contradictory_dates_relief_ends_before_it_starts",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              effective from 2027-04-01
              relief "until the next renewal" until 2027-03-31 when true
              check review "x"
            }
            """,
            """
            error[CONTRADICTORY_DATES]: the relief ends on 2027-03-31, not after it starts (2027-04-01, when the requirement or its first dated check takes effect)
             --> test.kijun:6:41 (in requirement 1)
              |
            6 |   relief "until the next renewal" until 2027-03-31 when true
              |                                         ^^^^^^^^^^
              = help: a relief runs after `effective from`: end it later, or drop the relief
            1 error, 0 warnings
            """),
        row("overlapping_dates_successor_not_yet_in_force",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              effective from 2027-04-01
              superseded on 2028-04-01 by "2"
              check review "x"
            }
            requirement "2" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              effective from 2029-04-01
              check review "y"
            }
            """,
            """
            warning[OVERLAPPING_DATES]: superseded on 2028-04-01, but the successor `demo@1/2` takes effect only on 2029-04-01
             --> test.kijun:6:17 (in requirement 1)
              |
            6 |   superseded on 2028-04-01 by "2"
              |                 ^^^^^^^^^^
              = help: between the two days neither clause is in force; align the dates
            0 errors, 1 warning
            """),
        row("unknown_successor",
            """
            edition "demo@1";

            requirement "1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              effective from 2027-04-01
              superseded on 2028-04-01 by "1.2"
              check review "x"
            }
            requirement "1.1" {
              level mandatory status verified source "s" summary ja "j" summary en "e"
              check review "y"
            }
            """,
            """
            error[UNKNOWN_SUCCESSOR]: `demo@1/1.2` is not a requirement of edition `demo@1`
             --> test.kijun:6:31 (in requirement 1)
              |
            6 |   superseded on 2028-04-01 by "1.2"
              |                               ^^^^^
              = help: did you mean `1.1`?
            1 error, 0 warnings
            """),
        row("mapping_unmapped_clause",
            """
            --- a.kijun
            edition "demo@1";
            requirement "1" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "x" }
            requirement "2" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "x" }
            --- b.kijun
            edition "demo@2";
            document { title ja "デモ" en "Demo" publisher "p" published 2024-01-01 source "https://example.org" evidence "facility" status verified }
            requirement "A" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "x" }
            requirement "B" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "x" }
            --- m.kijun
            mapping "demo@1" to "demo@2";
            map "1" equivalent "A" { ours rationale "same" }
            new "B" { rationale "added" }
            """,
            """
            error[UNMAPPED_CLAUSE]: `demo@1/2` is not accounted for: no `map` and not `withdrawn`
             --> m.kijun:1:1 (in mapping demo@1 -> demo@2)
              |
            1 | mapping "demo@1" to "demo@2";
              | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
              = help: add `map "2" <relationship> "…" { ours rationale "…" }` or `withdrawn "2" { reason "…" }`
            1 error, 0 warnings
            """),
        row("mapping_conflict",
            """
            --- a.kijun
            edition "demo@1";
            requirement "1" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "x" }
            requirement "2" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "x" }
            --- b.kijun
            edition "demo@2";
            document { title ja "デモ" en "Demo" publisher "p" published 2024-01-01 source "https://example.org" evidence "facility" status verified }
            requirement "A" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "x" }
            requirement "B" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "x" }
            --- m.kijun
            mapping "demo@1" to "demo@2";
            map "1" equivalent "A" { ours rationale "same" }
            map "2" subset-of "B" { ours rationale "stricter" }
            withdrawn "2" { reason "gone" }
            """,
            """
            error[MAPPING_CONFLICT]: `2` is both mapped and withdrawn
             --> m.kijun:4:1 (in mapping demo@1 -> demo@2)
              |
            4 | withdrawn "2" { reason "gone" }
              | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
              = help: mapped at m.kijun:3:1
            1 error, 0 warnings
            """),
        row("mapping_inverse_mismatch",
            """
            --- a.kijun
            edition "demo@1";
            requirement "1" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "x" }
            requirement "2" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "x" }
            --- b.kijun
            edition "demo@2";
            document { title ja "デモ" en "Demo" publisher "p" published 2024-01-01 source "https://example.org" evidence "facility" status verified }
            requirement "A" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "x" }
            requirement "B" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "x" }
            --- m.kijun
            mapping "demo@1" to "demo@2";
            map "1" equivalent "A" { ours rationale "same" }
            map "2" subset-of "B" { ours rationale "stricter" }
            --- n.kijun
            mapping "demo@2" to "demo@1";
            map "A" equivalent "1" { ours rationale "same" }
            map "B" subset-of "2" { ours rationale "wrong way round" }
            """,
            """
            error[INVERSE_MISMATCH]: `2` subset-of `B` but the reverse mapping says `B` subset-of `2`
             --> m.kijun:3:1 (in mapping demo@1 -> demo@2)
              |
            3 | map "2" subset-of "B" { ours rationale "stricter" }
              | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
              = help: the inverse of subset-of is superset-of (reverse entry at n.kijun:3:1)
            error[INVERSE_MISMATCH]: `B` subset-of `2` but the reverse mapping says `2` subset-of `B`
             --> n.kijun:3:1 (in mapping demo@2 -> demo@1)
              |
            3 | map "B" subset-of "2" { ours rationale "wrong way round" }
              | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
              = help: the inverse of subset-of is superset-of (reverse entry at m.kijun:3:1)
            2 errors, 0 warnings
            """),
        row("mapping_chain_mismatch",
            """
            --- a.kijun
            edition "demo@1";
            requirement "1" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "x" }
            requirement "2" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "x" }
            --- b.kijun
            edition "demo@2";
            document { title ja "デモ" en "Demo" publisher "p" published 2024-01-01 source "https://example.org" evidence "facility" status verified }
            requirement "A" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "x" }
            requirement "B" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "x" }
            --- c.kijun
            edition "demo@3";
            document { title ja "デモ" en "Demo" publisher "p" published 2024-01-01 source "https://example.org" evidence "facility" status verified }
            requirement "Z" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "x" }
            --- m.kijun
            mapping "demo@1" to "demo@2";
            map "1" equivalent "A" { ours rationale "same" }
            map "2" subset-of "B" { ours rationale "stricter" }
            --- n.kijun
            mapping "demo@2" to "demo@3";
            map "A" subset-of "Z" { ours rationale "r" }
            withdrawn "B" { reason "r" }
            --- o.kijun
            mapping "demo@1" to "demo@3";
            map "1" superset-of "Z" { ours rationale "contradicts the chain" }
            withdrawn "2" { reason "r" }
            """,
            """
            error[CHAIN_MISMATCH]: `1` superset-of `Z` contradicts the chain through `demo@2`, which allows: subset-of
             --> o.kijun:2:1 (in mapping demo@1 -> demo@3)
              |
            2 | map "1" superset-of "Z" { ours rationale "contradicts the chain" }
              | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
              = help: correct this line or the mappings along the chain
            1 error, 0 warnings
            """),
        row("bad_escape",
            """
            edition "demo@1";
            requirement "1" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "see C:\\users\\q" }
            """,
            """
            error[BAD_ESCAPE]: `\\u` is not an escape kijun knows
             --> test.kijun:2:112
              |
            2 | requirement "1" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "see C:\\users\\q" }
              |                                                                                                                ^^
              = help: the escapes are `\\n`, `\\t`, `\\"` and `\\\\`; write `\\\\` for a backslash itself
            error[BAD_ESCAPE]: `\\q` is not an escape kijun knows
             --> test.kijun:2:118
              |
            2 | requirement "1" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "see C:\\users\\q" }
              |                                                                                                                      ^^
              = help: the escapes are `\\n`, `\\t`, `\\"` and `\\\\`; write `\\\\` for a backslash itself
            2 errors, 0 warnings
            """),
        row("out_of_range_integer",
            """
            edition "demo@1";
            requirement "1" { level mandatory status verified source "s" summary ja "j" summary en "e" check automated "x" { count(d in devices) < 99999999999999999999 } }
            """,
            """
            error[OUT_OF_RANGE]: the integer 99999999999999999999 does not fit in 64 bits
             --> test.kijun:2:136
              |
            2 | requirement "1" { level mandatory status verified source "s" summary ja "j" summary en "e" check automated "x" { count(d in devices) < 99999999999999999999 } }
              |                                                                                                                                        ^^^^^^^^^^^^^^^^^^^^
              = help: the largest integer is 9223372036854775807
            1 error, 0 warnings
            """),
        row("out_of_range_date_shift",
            """
            edition "demo@1";
            requirement "1" { level mandatory status verified source "s" summary ja "j" summary en "e" check automated "x" { inspectedOn >= asOf - 999999999999 days } }
            """,
            """
            error[OUT_OF_RANGE]: a shift of 999999999999 days is beyond the ten thousand years a date shift may span
             --> test.kijun:2:129 (in requirement 1)
              |
            2 | requirement "1" { level mandatory status verified source "s" summary ja "j" summary en "e" check automated "x" { inspectedOn >= asOf - 999999999999 days } }
              |                                                                                                                                 ^^^^^^^^^^^^^^^^^^^^^^^^
              = help: the longest shifts are 3660000 days, 522857 weeks, 118064 months or 10000 years
            1 error, 0 warnings
            """),
        row("too_deep",
            """
            edition "demo@1";
            requirement "1" { level mandatory status verified source "s" summary ja "j" summary en "e" check automated "x" { not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not inspectedOn <= asOf } }
            """,
            """
            error[TOO_DEEP]: this expression nests more than 100 levels deep
             --> test.kijun:2:506
              |
            2 | requirement "1" { level mandatory status verified source "s" summary ja "j" summary en "e" check automated "x" { not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not inspectedOn <= asOf } }
              |                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                          ^^^
              = help: split it: give parts a name with `const`, or use fewer nested brackets, `not`s and quantifiers; a long chain of `and`/`or` counts one level per operator
            1 error, 0 warnings
            """),
        row("name_collision_case_only_ids",
            """
            edition "demo@1";
            requirement "1" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "x" }
            requirement "a" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "x" }
            requirement "A" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "x" }
            """,
            """
            error[NAME_COLLISION]: requirement `demo@1/A` and requirement `demo@1/a` (test.kijun:3:1) both generate dev/kijun/generated/demo/v1/Clause_A.java, ignoring case
             --> test.kijun:4:1
              |
            4 | requirement "A" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "x" }
              | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
              = help: rename one of them: generated names must differ in more than letter case
            error[NAME_COLLISION]: requirement `demo@1/A` and requirement `demo@1/a` (test.kijun:3:1) both generate the documentation page demo/1/A.*, ignoring case
             --> test.kijun:4:1
              |
            4 | requirement "A" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "x" }
              | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
              = help: rename one of them: generated names must differ in more than letter case
            2 errors, 0 warnings
            """),
        row("record_too_wide", wideRecord(),
            """
            error[RECORD_TOO_WIDE]: record `Wide` has 128 fields, which need 255 constructor slots; Java allows 254 (a required integer takes two)
             --> test.kijun:2:1 (in schema wide)
              |
            2 | record Wide {
              | ^^^^^^^^^^^^^
              = help: group related fields into nested records
            1 error, 0 warnings
            """),
        row("mapping_cycle_contradiction",
            """
            --- a.kijun
            edition "demo@1";
            requirement "1" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "x" }
            --- b.kijun
            edition "demo@2";
            document { title ja "デモ" en "Demo" publisher "p" published 2024-01-01 source "https://example.org" evidence "facility" status verified }
            requirement "A" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "x" }
            --- c.kijun
            edition "demo@3";
            document { title ja "デモ" en "Demo" publisher "p" published 2024-01-01 source "https://example.org" evidence "facility" status verified }
            requirement "Z" { level mandatory status verified source "s" summary ja "j" summary en "e" check review "x" }
            --- m.kijun
            mapping "demo@1" to "demo@2";
            map "1" equal "A" { ours rationale "same" }
            --- n.kijun
            mapping "demo@2" to "demo@3";
            map "A" equal "Z" { ours rationale "same" }
            --- o.kijun
            mapping "demo@3" to "demo@1";
            map "Z" subset-of "1" { ours rationale "closes the cycle wrongly" }
            """,
            """
            error[CHAIN_MISMATCH]: the mappings contradict each other: along demo@1/1 → demo@2/A → demo@3/Z they allow equal, but along demo@1/1 → demo@3/Z they allow superset-of
             --> o.kijun:2:1 (in mapping demo@3 -> demo@1)
              |
            2 | map "Z" subset-of "1" { ours rationale "closes the cycle wrongly" }
              | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
              = help: correct one of the map lines on these paths; a cycle of mappings must compose consistently
            1 error, 0 warnings
            """));
  }

  /** A record of 127 required integers and a string: 255 constructor slots, one more than Java allows. */
  private static String wideRecord() {
    StringBuilder b = new StringBuilder("schema \"wide\";\nrecord Wide {\n");
    for (int i = 1; i <= 127; i++) {
      b.append("  n").append(i).append(": integer\n");
    }
    return b.append("  s: string\n}\nroot Wide\n").toString();
  }

  private static Arguments row(String name, String source, String expected) {
    return Arguments.of(name, source, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void rendersExactDiagnostics(String name, String source, String expected) {
    assertThat(TestSources.render(source)).isEqualTo(expected);
  }

  @Test
  void everyCodeHasARow() {
    Pattern code = Pattern.compile("^(?:error|warning)\\[([A-Z_]+)\\]", Pattern.MULTILINE);
    Set<String> covered = new TreeSet<>();
    rows().forEach(r -> {
      Matcher m = code.matcher((String) r.get()[2]);
      while (m.find()) {
        covered.add(m.group(1));
      }
    });
    Set<String> all = Arrays.stream(Code.values()).map(Code::name).collect(Collectors.toCollection(TreeSet::new));
    // Produced after compilation, from verdicts on evidence; rendered and tested in MappingAgreementTest.
    all.remove(Code.MAPPING_DISAGREEMENT.name());
    // Reported while reading files, before any source text exists to compile; tested in e2e.SourceProblemsTest.
    all.remove(Code.UNREADABLE_SOURCE.name());
    assertThat(covered).isEqualTo(all);
  }

  @Test
  void rowNamesAreUnique() {
    List<Object> names = rows().map(r -> r.get()[0]).toList();
    assertThat(names).doesNotHaveDuplicates();
  }
}
