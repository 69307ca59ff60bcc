String log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
def runs = (log =~ /kraken: generated \d+ files \(\d+ written, 0 unchanged, 0 deleted\) from (\S+)/).collect { it[1] }.sort()
assert runs == ['src/main/kraken/gadgets.yaml', 'src/main/kraken/things.yaml'] : "${runs}"

['alpha': 'com/example/alpha', 'beta': 'com/example/beta'].each { module, dir ->
  File generated = new File(basedir, "${module}/target/generated-sources/kraken/${dir}")
  assert generated.isDirectory() : "${module} generates into its own package"
  File classes = new File(basedir, "${module}/target/classes/${dir}")
  assert classes.isDirectory() : "${module} compiles its generated sources"
  // Each module generated only its own API.
  assert !new File(basedir, "${module}/target/generated-sources/kraken/com/example/${module == 'alpha' ? 'beta' : 'alpha'}").exists()
}
return true
