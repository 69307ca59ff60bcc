// Both invocations log into the same build.log, the first run's lines before the second's.
String log = new File(basedir, 'build.log').text

int generated = log.indexOf('kraken: generated ')
assert generated >= 0 : 'the first build generates'
assert log =~ /kraken: generated \d+ files \(\d+ written, 0 unchanged, 0 deleted\) from src\/main\/kraken\/things\.yaml/

int upToDate = log.indexOf('kraken: up to date, nothing generated')
assert upToDate > generated : 'the second build generates nothing'
assert log.indexOf('kraken: generated ', generated + 1) < 0 : 'only the first build generates'

int nothingToCompile = log.indexOf('Nothing to compile - all classes are up to date', upToDate)
assert nothingToCompile > upToDate : 'the compiler sees no changed source in the second build'

File manifest = new File(basedir, 'target/generated-sources/kraken/.kraken-codegen-manifest')
assert manifest.isFile()
File fingerprints = new File(basedir, 'target/kraken-codegen')
assert fingerprints.listFiles().findAll { it.name.endsWith('.fingerprint') }.size() == 1
return true
