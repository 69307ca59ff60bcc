String log = new File(basedir, 'build.log').text
File out = new File(basedir, 'target/generated-sources/kraken')

def runs = (log =~ /kraken: generated (\d+) files \((\d+) written, (\d+) unchanged, (\d+) deleted\) from (\S+)/).collect { it }
assert runs.size() == 2 : "both builds generate: ${runs*.getAt(0)}"
assert runs[0][5] == 'src/main/kraken/things.yaml'
assert runs[1][5] == 'src/main/kraken/v2/things.yaml'
assert (runs[1][2] as int) >= 1 : 'files that mention the model are rewritten'
assert (runs[1][3] as int) >= 1 : 'files the rename does not touch are left alone'
assert (runs[1][4] as int) == 1 : 'the renamed model\'s old file is deleted'

def names = []
out.eachFileRecurse { if (it.isFile()) names << it.name }
assert names.contains('Item.java') : "the new model is generated: ${names}"
assert !names.contains('Thing.java') : "the old model is gone: ${names}"

// The manifest lists exactly the files on disk.
def listed = new File(out, '.kraken-codegen-manifest').readLines().drop(1).collect { it.substring(66) }.sort()
def onDisk = []
out.eachFileRecurse { if (it.isFile() && it.name != '.kraken-codegen-manifest') onDisk << out.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
assert listed == onDisk.sort()
return true
