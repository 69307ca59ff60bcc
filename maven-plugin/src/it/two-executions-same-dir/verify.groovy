String log = new File(basedir, 'build.log').text
assert log.contains("kraken: executions 'things' and 'gadgets' both generate into target/generated-sources/kraken, so each would delete the other's files on every build; give each execution its own <outputDirectory>")
assert !(log =~ /(?m)^\s+at [\w.$]+\(/) : 'no stack frames'

// The first execution generated; the second was refused before writing anything.
File out = new File(basedir, 'target/generated-sources/kraken')
def names = []
out.eachFileRecurse { if (it.isFile()) names << it.name }
assert names.contains('ThingsClient.java') : "${names}"
assert !names.any { it.startsWith('Gadget') } : "${names}"
return true
