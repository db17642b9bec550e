// The consumer generated only its own edition (the facility schema's classes come from the guidelines jar),
// compiled it, wrote docs and exports, and validated the guidelines' sample clinic.json.
def generated = new File(basedir, 'target/generated-sources/kijun')
def own = new File(generated, 'com/example/kijun/acme_policy/v2026')
assert new File(own, 'AcmePolicyEdition.java').isFile()
assert new File(own, 'Clause_1_1.java').isFile()
assert !new File(generated, 'com/example/kijun/evidence').exists() : 'the bundled schema was generated again'
assert !new File(generated, 'dev').exists() : 'classes of the guidelines jar were generated again'
assert new File(own, 'AcmePolicyEdition.java').text.contains('import dev.kijun.generated.evidence.facility.FacilityFacts;')
assert new File(basedir, 'target/classes/com/example/kijun/acme_policy/v2026/Clause_1_2.class').isFile()
assert new File(basedir, 'target/classes/META-INF/services/dev.kijun.runtime.Edition').text.trim() ==
    'com.example.kijun.acme_policy.v2026.AcmePolicyEdition'
// The jar ships its sources so that a further project can build on it.
assert new File(basedir, 'target/classes/META-INF/kijun/sources/acme/policy.kijun').isFile()
assert new File(basedir, 'target/classes/META-INF/kijun/java-packages.properties').text.contains(
    'edition.acme-policy@2026=com.example.kijun.acme_policy.v2026')

def docs = new File(basedir, 'target/kijun')
assert new File(docs, 'docs/html/index.html').isFile()
assert new File(docs, 'schema').list().length > 0
// Besides the writer's .kijun-manifest (what the up-to-date check reads), one catalog.
assert new File(docs, 'catalog').list().findAll { !it.startsWith('.') }.size() == 1 : 'docs cover the own edition only'

def report = new File(basedir, 'target/kijun/reports/kijun-report.json').text
def json = new groovy.json.JsonSlurper().parseText(report)
def verdicts = [:]
json.reports.each { r -> r.verdicts.each { v -> verdicts[v.requirement] = v.outcome } }
assert verdicts['acme-policy@2026/1.1'] == 'satisfied' : verdicts
assert verdicts['acme-policy@2026/1.2'] == 'not-satisfied' : verdicts
assert verdicts['mhlw-checklist@R7/2.8'] == 'not-satisfied' : verdicts

def log = new File(basedir, 'build.log').text
assert log.contains('kijun:   NOT_SATISFIED acme-policy@2026/1.2')
assert log.contains('failOnNotSatisfied is false')

// Every kijun jar the project used names its module (for the module path).
def repo = new File(basedir, '../../local-repo/dev/kijun')
['grammar': 'dev.kijun.grammar', 'runtime': 'dev.kijun.runtime', 'compiler': 'dev.kijun.compiler',
 'guidelines': 'dev.kijun.guidelines', 'maven-plugin': 'dev.kijun.maven'].each { artifact, module ->
  def dir = new File(repo, "kijun-${artifact}")
  def jar = dir.listFiles().findAll { it.isDirectory() }.collectMany { it.listFiles().toList() }.find { it.name ==~ /kijun-${artifact}-[^-]+(-SNAPSHOT)?\.jar/ }
  assert jar != null : "no jar of kijun-${artifact} in ${dir}"
  def manifest = new java.util.jar.JarFile(jar).manifest.mainAttributes
  assert manifest.getValue('Automatic-Module-Name') == module : "${jar.name}: ${manifest.getValue('Automatic-Module-Name')}"
}
return true
