String log = new File(basedir, 'build.log').text

// Every diagnostic is logged on its own line, path relative to the project (once by the goal,
// once more in Maven's failure message).
def errors = log.readLines().findAll { it =~ /^\[ERROR\] src\/main\/kraken\/things\.yaml:\d+:\d+: error: / }.unique()
assert errors.size() >= 3 : "one line per problem, all reported together:\n${log}"
assert errors.any { it.contains('Thng') }
assert errors.any { it.contains('Thingg') }
assert errors.any { it.contains('ThingLst') }
assert log.contains('kraken: src/main/kraken/things.yaml has ')

// A user error, not a crash: no Java stack trace anywhere.
assert !(log =~ /(?m)^\s+at [\w.$]+\(/) : 'no stack frames'
assert !log.contains('Caused by:')
assert !new File(basedir, 'target/kraken-codegen').exists() || new File(basedir, 'target/kraken-codegen').list().length == 0 : 'no fingerprint after a failure'
return true
