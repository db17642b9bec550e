// Three builds of the same project (invoker.properties): one compilation per build, the second build regenerates
// nothing and leaves every output byte for byte as the first wrote it, the forced third regenerates the same bytes.
def log = new File(basedir, 'build.log').text
def count = { String s -> log.count(s) }

assert count('kijun: 1 source checked, no errors') == 3 : 'check compiles in every build'
// Build 1 and 3: generate and docs reuse check's compilation; build 2 needs none.
assert count('kijun: sources unchanged since an earlier goal of this build; reusing its compilation') == 4 : log
assert count('kijun: generate is up to date') == 1 : log
assert count('kijun: docs is up to date') == 1 : log
assert count('kijun: 1 source, 2 Java files generated in') == 2 : 'generated in build 1 and (forced) build 3'
assert count('kijun: docs, JSON Schemas and catalogs of 1 edition') == 2

// The generated classes were compiled in every build, so the source root was added when generate skipped too.
assert new File(basedir, 'target/classes/com/example/lab/lab_devices/v2026/LabDevicesEdition.class').isFile()
assert !new File(basedir, 'target/classes/.kijun-manifest').exists() : 'the writer\'s manifest was packaged'

// kept/before-2 is what build 1 left, kept/before-3 what build 2 left: the same bytes. The forced build 3 wrote
// the same bytes again.
def same = { File before, File now ->
  def files = { File root ->
    def names = []
    root.eachFileRecurse(groovy.io.FileType.FILES) { names << root.toPath().relativize(it.toPath()).toString() }
    names.sort()
  }
  def names = files(before)
  assert !names.isEmpty()
  assert names == files(now) : "${before}: ${names} vs ${files(now)}"
  names.each { assert new File(before, it).bytes == new File(now, it).bytes : "${it} changed" }
}
def kept = new File(basedir, 'target/kept')
assert !new File(kept, 'before-1').exists() : 'build 1 found outputs of an earlier build'
['java', 'docs'].each { same(new File(kept, "before-2/${it}"), new File(kept, "before-3/${it}")) }
same(new File(kept, 'before-3/java'), new File(basedir, 'target/generated-sources/kijun'))
same(new File(kept, 'before-3/docs'), new File(basedir, 'target/kijun/docs'))
assert new File(basedir, 'target/kijun-stamps/generate-default.stamp').text.contains('inputs=')
return true
