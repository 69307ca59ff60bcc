#!/usr/bin/env bash
# Measures generation of the Kraken v1 client (59 files) with the standalone jar:
#   full       - into an empty folder (every file written)
#   no-change  - into the same folder again (every file compared, none written)
# and the Maven plugin goal itself (from its debug line "kraken: took N ms") in a real
# downstream build: a full generation, then a no-change run.
# Usage: bench/generate.sh [runs]   (after: mvn -B -ntp install -DskipTests, which builds the
# jar and installs the plugin and runtime into the local repository)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
jar=generator/target/kraken-codegen.jar
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ms() { local s e; s=$(date +%s%N); "$@" > /dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }

full=$(for _ in $(seq "$runs"); do rm -rf "$out/src"; ms java -jar "$jar" generate --out "$out/src"; done | median)
same=$(for _ in $(seq "$runs"); do ms java -jar "$jar" generate --out "$out/src"; done | median)
echo "cli full generation (JVM start included): median ${full} ms over ${runs} runs"
echo "cli no-change run   (JVM start included): median ${same} ms over ${runs} runs"

project=bench/plugin-project
took() { mvn -B -o -X -f "$project/pom.xml" generate-sources 2>/dev/null | sed -n 's/.*kraken: took \([0-9]*\) ms.*/\1/p'; }
full=$(for _ in $(seq "$runs"); do rm -rf "$project/target"; took; done | median)
same=$(for _ in $(seq "$runs"); do took; done | median)
rm -rf "$project/target"
echo "maven goal full generation: median ${full} ms over ${runs} runs"
echo "maven goal no-change run:   median ${same} ms over ${runs} runs"
