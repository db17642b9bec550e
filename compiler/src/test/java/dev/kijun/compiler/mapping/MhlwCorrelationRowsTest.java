package dev.kijun.compiler.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.compiler.CompilationResult;
import dev.kijun.compiler.KijunCompiler;
import dev.kijun.compiler.mapping.algebra.Relationship;
import dev.kijun.compiler.model.Edition;
import dev.kijun.compiler.model.Mapping;
import dev.kijun.compiler.model.Program;
import dev.kijun.compiler.testing.TestSources;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every row of our 5.2 → 6.0 correspondence reference (kept as ids only in
 * {@code src/test/resources/mapping/correlation-5.2-6.0.tsv}) is present in the 5.2 → 6.0 mapping with a compatible
 * relationship, is a 6.0 clause declared {@code new}, or is an explicit exception with its reason.
 */
class MhlwCorrelationRowsTest {
  private static final String RESOURCE = "/mapping/correlation-5.2-6.0.tsv";
  /** Rows in the shared reference table (its header aside); the resource must cover each of them. */
  private static final int REFERENCE_ROWS = 20;

  private static Program program;
  private static List<Row> rows;

  private record Row(int line, int reference, String from, String to, String expectation, String reason) {}

  @BeforeAll
  static void load() throws IOException {
    CompilationResult result = KijunCompiler.compile(TestSources.guidelines());
    assertThat(result.program()).isPresent();
    program = result.program().get();
    rows = read();
  }

  @Test
  void everyReferenceRowIsCovered() {
    Set<Integer> covered = rows.stream().map(Row::reference).collect(Collectors.toCollection(TreeSet::new));
    Set<Integer> expected = new TreeSet<>();
    for (int i = 1; i <= REFERENCE_ROWS; i++) {
      expected.add(i);
    }
    assertThat(covered).isEqualTo(expected);
  }

  @Test
  void everyRowHoldsInTheMapping() {
    Mapping mapping = program.mapping("mhlw-guideline@5.2", "mhlw-guideline@6.0").orElseThrow();
    Set<String> source = ids(program.edition("mhlw-guideline@5.2").orElseThrow());
    Set<String> target = ids(program.edition("mhlw-guideline@6.0").orElseThrow());
    Set<String> added = mapping.added().stream().map(a -> a.clause().clause()).collect(Collectors.toSet());
    List<String> problems = new ArrayList<>();
    for (Row r : rows) {
      String at = RESOURCE + ":" + r.line() + " (reference row " + r.reference() + ") ";
      switch (r.expectation()) {
        case "map" -> {
          if (!source.contains(r.from())) {
            problems.add(at + "5.2 clause " + r.from() + " is not declared");
          }
          if (!target.contains(r.to())) {
            problems.add(at + "6.0 clause " + r.to() + " is not declared");
          }
          List<Relationship> found = mapping.entries().stream()
              .filter(e -> e.source().clause().equals(r.from()) && e.target().clause().equals(r.to()))
              .map(Mapping.Entry::relationship).toList();
          if (found.isEmpty()) {
            problems.add(at + "no map line " + r.from() + " -> " + r.to());
          } else if (found.contains(Relationship.NO_RELATIONSHIP)) {
            problems.add(at + r.from() + " -> " + r.to() + " is mapped as no-relationship");
          }
        }
        case "new" -> {
          if (!added.contains(r.to())) {
            problems.add(at + "6.0 clause " + r.to() + " is not declared `new` in the mapping");
          }
        }
        case "exception" -> {
          if (r.reason().isBlank()) {
            problems.add(at + "exception without a reason");
          }
        }
        default -> problems.add(at + "unknown expectation '" + r.expectation() + "'");
      }
    }
    assertThat(problems).isEmpty();
  }

  private static Set<String> ids(Edition edition) {
    return edition.requirements().stream().map(r -> r.id().clause()).collect(Collectors.toSet());
  }

  private static List<Row> read() throws IOException {
    List<Row> out = new ArrayList<>();
    try (InputStream in = MhlwCorrelationRowsTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as(RESOURCE).isNotNull();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        assertThat(cells).as(RESOURCE + ":" + number).hasSize(4);
        String[] expectation = cells[3].split(" ", 2);
        out.add(new Row(number, Integer.parseInt(cells[0]), cells[1], cells[2], expectation[0],
            expectation.length > 1 ? expectation[1] : ""));
      }
    }
    return out;
  }
}
