// The diagnostic as `kijun check` renders it: code, file:line:col, the source line, the underline and the hint.
def log = new File(basedir, 'build.log').text
assert log.contains(':check (default) @ source-error')
assert log.contains('error[UNKNOWN_EVIDENCE]: unknown evidence field `clientCertificat` in record `Tls`')
assert log.contains('--> src/main/kijun/tls.kijun:9:36')
assert log.contains('      forall e in endpoints: e.tls.clientCertificat')
assert log.contains('^^^^^^^^^^^^^^^^')
assert log.contains('did you mean `clientCertificate`?')
assert log.contains('kijun: 1 error in the kijun sources')
assert !log.contains('\tat dev.kijun') : 'a stack trace for a mistake in the sources'
assert !new File(basedir, 'target/generated-sources/kijun').exists() : 'files written despite the error'
return true
