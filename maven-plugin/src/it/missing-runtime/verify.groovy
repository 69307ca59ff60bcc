String log = new File(basedir, 'build.log').text
assert log.contains('kraken: the generated client needs dev.krakencodegen:kraken-runtime at compile time')
assert log.contains('<groupId>dev.krakencodegen</groupId>')
assert log.contains('<artifactId>kraken-runtime</artifactId>')
assert log =~ /<version>\d+\.\d+\.\d+(-SNAPSHOT)?<\/version>/
assert !(log =~ /(?m)^\s+at [\w.$]+\(/) : 'no stack frames'
assert !new File(basedir, 'target/generated-sources/kraken').exists()
return true
