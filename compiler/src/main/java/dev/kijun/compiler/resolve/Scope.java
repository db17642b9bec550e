package dev.kijun.compiler.resolve;

import dev.kijun.compiler.model.Constant;
import dev.kijun.compiler.model.EnumDef;
import dev.kijun.compiler.model.RecordDef;
import dev.kijun.compiler.model.WaiverDef;
import dev.kijun.compiler.model.expr.Variable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What names mean inside one expression: the evidence root, constants, enums, bound variables, and — inside a
 * requirement — its waivers and the questions of its edition. Immutable; binding a variable makes a new scope.
 */
final class Scope {
  final Optional<RecordDef> root;
  final Map<String, Constant> constants;
  final Map<String, EnumDef> enums;
  final Map<String, RecordDef> records;
  final Map<String, Variable> variables;
  final Optional<List<WaiverDef>> waivers;
  final String editionKey;
  final Set<String> questions;
  final int[] nextVariable;

  Scope(Optional<RecordDef> root, Map<String, Constant> constants, Map<String, EnumDef> enums,
      Map<String, RecordDef> records, Map<String, Variable> variables, Optional<List<WaiverDef>> waivers,
      String editionKey, Set<String> questions, int[] nextVariable) {
    this.root = root;
    this.constants = constants;
    this.enums = enums;
    this.records = records;
    this.variables = variables;
    this.waivers = waivers;
    this.editionKey = editionKey;
    this.questions = questions;
    this.nextVariable = nextVariable;
  }

  /** A scope for a new check: variables restart. */
  Scope forCheck(Optional<List<WaiverDef>> requirementWaivers) {
    return new Scope(root, constants, enums, records, Map.of(), requirementWaivers, editionKey, questions, new int[1]);
  }

  /** The same scope with {@code v} bound. */
  Scope bind(Variable v) {
    Map<String, Variable> vars = new LinkedHashMap<>(variables);
    vars.put(v.name(), v);
    return new Scope(root, constants, enums, records, vars, waivers, editionKey, questions, nextVariable);
  }

  int nextVariableIndex() {
    return nextVariable[0]++;
  }

  /** Names a bare lowercase identifier could have meant, for did-you-mean. */
  List<String> valueNames() {
    List<String> names = new ArrayList<>(variables.keySet());
    root.ifPresent(r -> r.fields().forEach(f -> names.add(f.name())));
    names.addAll(constants.keySet());
    return names;
  }
}
