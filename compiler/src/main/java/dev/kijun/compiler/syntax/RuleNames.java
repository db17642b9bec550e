package dev.kijun.compiler.syntax;

import dev.kijun.grammar.KijunParser;

/** Human names for grammar rules, used when too many tokens would fit to list them. */
final class RuleNames {
  private RuleNames() {}

  static String describe(int rule) {
    switch (rule) {
      case KijunParser.RULE_file: return "a declaration (`record`, `enum`, `const`, `document`, `chapter`, `requirement`, …)";
      case KijunParser.RULE_declaration: return "a declaration";
      case KijunParser.RULE_requirementItem:
      case KijunParser.RULE_requirementDecl:
        return "a requirement item (`level`, `audience`, `targets`, `status`, `source`, `summary`, `cites`, `profiles`, `applies when`, `check`, `waiver`) or `}`";
      case KijunParser.RULE_structureDecl:
      case KijunParser.RULE_structureItem:
        return "`requirement`, a nested `chapter`/`section`, `status`, `applies when`, `profiles`, `label` or `}`";
      case KijunParser.RULE_documentDecl:
      case KijunParser.RULE_documentItem:
        return "a document item (`title`, `publisher`, `published`, `source`, `evidence`, `status`, `profile`, `form`) or `}`";
      case KijunParser.RULE_expr:
      case KijunParser.RULE_additive:
      case KijunParser.RULE_primary:
        return "<expression>";
      case KijunParser.RULE_type: return "<type>";
      case KijunParser.RULE_word: return "a word such as `mandatory`, `medical-institution` or `verified`";
      case KijunParser.RULE_ident: return "<name>";
      case KijunParser.RULE_recordDecl:
      case KijunParser.RULE_fieldDecl:
        return "a field (`name: type`) or `}`";
      default: return null;
    }
  }
}
