#!/usr/bin/env bash
# check_reproducible.sh [COMMIT]: builds the library's jars twice from COMMIT (default HEAD), in two
# checkouts at different paths, and compares them byte for byte: the jar, -all, -sources and
# -javadoc jars, and the native library inside. Exit 0 when all are identical. Offline (mvn -o):
# run one ordinary build first. Not part of the test command (about two builds' time).
set -euo pipefail
cd "$(dirname "$0")/.."
commit="${1:-HEAD}"
work="$(mktemp -d /tmp/pysocket-repro-XXXXXX)"
trap 'rm -rf "$work"' EXIT

for side in a b; do
  # different directory names, so a build path that leaks into an output shows up
  dir="$work/$side-checkout-$side$side"
  mkdir -p "$dir"
  git archive "$commit" | tar -x -C "$dir"
  mvn -B -q -o -f "$dir/pom.xml" -pl java -DskipTests package >"$work/$side.log" 2>&1 \
    || { cat "$work/$side.log"; exit 1; }
  mkdir -p "$work/out-$side"
  cp "$dir"/java/target/pysocket-*.jar "$work/out-$side/"
  (cd "$work/out-$side" && unzip -q -o pysocket-*[0-9T].jar '*/libpysocket.so' -d so)
done

status=0
for f in $(cd "$work/out-a" && find . -type f | sort); do
  a="$(sha256sum < "$work/out-a/$f" | cut -d' ' -f1)"
  b="$(sha256sum < "$work/out-b/$f" | cut -d' ' -f1)"
  if [ "$a" = "$b" ]; then
    echo "same     $a  ${f#./}"
  else
    echo "DIFFERS  $a $b  ${f#./}"
    status=1
  fi
done
exit $status
