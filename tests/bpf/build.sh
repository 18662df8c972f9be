#!/bin/sh
# Build the BPF test corpus: tests/bpf/src/*.bpf.c -> tests/bpf/obj/*.bpf.o.
#
# The objects are committed so the tests run without clang; this script is how they were made.
# vmlinux.h is generated from the running kernel's BTF and never committed (it is 130,000 lines
# and machine-specific). Objects are built from relative paths with the compilation directory
# mapped to ".", so no absolute path of this checkout ends up in them. DWARF is stripped after
# compiling (llvm-strip -g): .BTF and .BTF.ext, which carry the types and the line info
# (file:line:column and source text per instruction), stay; the kernel types an object uses
# would otherwise take 600 KB of DWARF per object.
#
# CPU version: -mcpu=v3 by default; -mcpu=v4 for a file whose name ends in _v4.bpf.c; the version a line
# "// cpu: vN" names (v1 and v2 have no 32-bit jumps: an int result is zero-extended by two shifts). Optimisation: -O2, or -O1 for a file that carries a line "// opt: -O1" (the
# compiler then spills and reloads what -O2 keeps in registers). A file that carries "// btf: none" is built
# without -g: no .BTF or .BTF.ext, as objects built without debug info are loaded.
#
# Usage: tests/bpf/build.sh [NAME...]   (NAME without .bpf.c; default: every source)
set -eu

CLANG=${CLANG:-clang-19}
BPFTOOL=${BPFTOOL:-bpftool}
STRIP=${STRIP:-llvm-strip-19}
VMLINUX_BTF=${VMLINUX_BTF:-/sys/kernel/btf/vmlinux}

cd "$(dirname "$0")"

if [ ! -s vmlinux.h ] || [ "$VMLINUX_BTF" -nt vmlinux.h ]; then
    "$BPFTOOL" btf dump file "$VMLINUX_BTF" format c > vmlinux.h.tmp
    mv vmlinux.h.tmp vmlinux.h
fi

if [ $# -eq 0 ]; then
    set -- $(cd src && ls *.bpf.c | sed 's/\.bpf\.c$//')
fi

mkdir -p obj
cd src
status=0
for name in "$@"; do
    src="$name.bpf.c"
    cpu=v3
    case "$name" in *_v4) cpu=v4 ;; esac
    line=$(sed -n 's|^// cpu: \(v[1-4]\)$|\1|p' "$src")
    if [ -n "$line" ]; then cpu=$line; fi
    opt=-O2
    if grep -q '^// opt: -O1' "$src"; then opt=-O1; fi
    debug=-g
    if grep -q '^// btf: none' "$src"; then debug=-g0; fi
    if ! "$CLANG" "$opt" "$debug" -target bpf -mcpu="$cpu" -D__TARGET_ARCH_x86 \
        -Wall -Wno-unused-variable -Wno-unused-function \
        -I.. -I/usr/include/x86_64-linux-gnu \
        -fdebug-compilation-dir=. -ffile-prefix-map="$PWD"=. \
        -c "$src" -o "../obj/$name.bpf.o.tmp"; then
        echo "build.sh: $src failed" >&2
        status=1
        continue
    fi
    "$STRIP" -g "../obj/$name.bpf.o.tmp"
    mv "../obj/$name.bpf.o.tmp" "../obj/$name.bpf.o"
done
exit $status
