String log = new File(basedir, 'build.log').text
assert log.contains('kraken: skipped (kraken.skip is true)')
assert !log.contains('kraken: generated')
assert !new File(basedir, 'target/generated-sources/kraken').exists()
return true
