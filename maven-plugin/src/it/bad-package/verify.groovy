String log = new File(basedir, 'build.log').text
assert log.contains("kraken: packageName: invalid Java package name 'com.example.class'")
assert !(log =~ /(?m)^\s+at [\w.$]+\(/) : 'no stack frames'
assert !log.contains('internal error')
assert !new File(basedir, 'target/generated-sources/kraken').exists()
return true
