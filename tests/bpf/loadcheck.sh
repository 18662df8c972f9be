#!/bin/sh
# Load each object of the corpus into the running kernel with bpftool and print one line per
# object: "NAME: loads" or "NAME: refuses: <the verifier's reason>". A quick check of the
# "// kernel:" lines in the sources while writing them; the recorded ground truth
# (tests/bpf/expected.json) is made per program by the project's own loader.
#
# bpftool loads every program of an object together, so an object's outcome is the first
# refusal among its programs. Needs root and a bpffs at /sys/fs/bpf.
#
# Usage: tests/bpf/loadcheck.sh [-v] [NAME...]   (-v: print the whole verifier log on refusal)
set -u
verbose=0
if [ "${1:-}" = "-v" ]; then verbose=1; shift; fi
cd "$(dirname "$0")/obj"
if [ $# -eq 0 ]; then set -- $(ls *.bpf.o | sed 's/\.bpf\.o$//'); fi
pin=/sys/fs/bpf/sleepcheck_loadcheck_$$
for name in "$@"; do
    out=$(bpftool prog loadall "$name.bpf.o" "$pin" 2>&1)
    if [ $? -eq 0 ]; then
        echo "$name: loads"
    else
        # The verifier's reason is the last log line before its statistics ("processed N insns");
        # failing that, the errno libbpf reports (EPERM for fentry/lsm here), or its last line.
        reason=$(printf '%s\n' "$out" | sed -n '/^processed [0-9]* insns/{x;p;q};h')
        [ -n "$reason" ] || reason=$(printf '%s\n' "$out" | sed -n 's/.*load failed: //p' | head -n 1)
        [ -n "$reason" ] || reason=$(printf '%s\n' "$out" | grep -v '^\s*$' | tail -n 1)
        echo "$name: refuses: $reason"
        [ $verbose -eq 1 ] && printf '%s\n' "$out" | sed 's/^/    /'
    fi
    rm -rf "$pin"
done
