#!/bin/sh
# Builds the loader's test objects beside tests/bpf's (which provides vmlinux.h: run tests/bpf/build.sh first).
set -eu
cd "$(dirname "$0")"
for src in *.bpf.c; do
    clang-19 -O2 -g -fdebug-prefix-map="$PWD"=. -target bpf -mcpu=v3 -D__TARGET_ARCH_x86 -c "$src" -o "../obj/${src%.c}.o"
done
# two units that both define a __weak program, linked as a multi-file project links them
parts=$(mktemp -d)
for src in *.link.c; do
    clang-19 -O2 -g -fdebug-prefix-map="$PWD"=. -target bpf -mcpu=v3 -D__TARGET_ARCH_x86 -c "$src" -o "$parts/${src%.link.c}.o"
done
bpftool gen object ../obj/weak_linked.bpf.o "$parts/weak_one.o" "$parts/weak_two.o"
rm -r "$parts"
