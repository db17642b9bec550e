// A NOT_SATISFIED verdict fails the build (failOnNotSatisfied defaults to true), after the reports were written.
def log = new File(basedir, 'build.log').text
assert log.contains('kijun:   NOT_SATISFIED mhlw-guideline@6.0/SYS.13.12')
assert log.contains('kijun: failing verdicts (NOT_SATISFIED or EVIDENCE_MISSING)')
assert log.contains('BUILD FAILURE')
assert new File(basedir, 'target/kijun/reports/kijun-report.txt').text.contains("SYS.13.12")
return true
