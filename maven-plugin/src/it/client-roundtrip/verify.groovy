String log = new File(basedir, 'build.log').text
assert log =~ /kraken: generated \d+ files \(\d+ written, 0 unchanged, 0 deleted\) from src\/main\/kraken\/things\.yaml/
assert log =~ /Tests run: 2, Failures: 0, Errors: 0, Skipped: 0/
return true
