String log = new File(basedir, 'build.log').text
File out = new File(basedir, 'target/generated-sources/kraken')

def runs = (log =~ /kraken: generated (\d+) files \((\d+) written, (\d+) unchanged, (\d+) deleted\) from (\S+)/).collect { it }
assert runs.size() == 2 : "both builds generate: ${runs*.getAt(0)}"
assert runs[0][5] == 'src/main/kraken/things.yaml'
assert runs[1][5] == 'src/main/kraken/v2/things.yaml'
assert (runs[1][2] as int) >= 1 : 'files that mention the model are rewritten'
assert (runs[1][3] as int) >= 1 : 'files the rename does not touch are left alone'
assert (runs[1][4] as int) == 1 : 'the renamed model\'s old file is deleted'

// Every file was backdated (invoker.goals.2) before the second build: exactly the files it reports unchanged
// still carry that time, and the files the rename touches do not.
long backdated = 1000000000000L
def javaFiles = []
out.eachFileRecurse { if (it.isFile() && it.name.endsWith('.java')) javaFiles << it }
assert javaFiles.size() == (runs[1][1] as int) : "every generated file is Java: ${javaFiles*.name}"
def kept = javaFiles.findAll { it.lastModified() == backdated }
def rewritten = javaFiles.findAll { it.lastModified() != backdated }
assert kept.size() == (runs[1][3] as int) : "unchanged files keep their time: ${kept*.name} vs ${runs[1][0]}"
assert rewritten.size() == (runs[1][2] as int) : "only written files are new: ${rewritten*.name} vs ${runs[1][0]}"
assert rewritten*.name.containsAll(['Item.java', 'ThingList.java']) : "${rewritten*.name}"
assert kept.every { !it.text.contains('Item') } : "files that mention Item were rewritten: ${kept*.name}"

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
