String log = new File(basedir, 'build.log').text
assert log.contains("kraken: refusing to generate: the output directory 'src/main/java' is the project's source or resource directory 'src/main/java'")
assert !(log =~ /(?m)^\s+at [\w.$]+\(/) : 'no stack frames'

def files = []
new File(basedir, 'src/main/java').eachFileRecurse { if (it.isFile()) files << it.name }
assert files == ['Hand.java'] : "nothing written into the source folder: ${files}"
assert !new File(basedir, 'src/main/java/.kraken-codegen-manifest').exists()
return true
