#!/bin/bash
# Instructions per first read of the 5,000-line benchmark postmortem (our parse + rules), counted by valgrind: unlike
# milliseconds, the count does not depend on the machine's load, so two versions compare to about 0.1%. It is the
# difference between 13 and 3 reads (after 15 warm-ups, each after a full garbage collection, which it includes),
# divided by 10. Needs valgrind (apt-get install valgrind); takes about 3 minutes.
#   scripts/icount.sh          builds out/bench and counts
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/build.mjs --bench > /dev/null
count() {
  valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
    node --single-threaded --predictable --hash-seed=1 --random-seed=1 --expose-gc out/bench/first-reads.js "$1" 2>&1 \
    | sed -n 's/.*I *refs: *//p' | tr -d ,
}
few=$(count 3)
many=$(count 13)
echo "$(( (many - few) / 10 / 100000 ))00000 instructions per first read (5,000 lines, including a full collection before it)"
