#!/bin/sh
# Build the assembly-text corpus: tests/bpf/src/NAME.bpf.c -> tests/bpf/asm/NAME.s, what users get from
# `clang -S`. The tests assemble each and compare it with tests/bpf/obj/NAME.bpf.o, so the text is compiled with
# build.sh's flags (CPU version, includes, path mapping), -S instead of -c.
#
# The text is committed so the tests run without clang. DWARF stays in the text as clang writes it, except in a
# file over 1 MB: a program using kernel types carries 8 MB of their DWARF, which sleepcheck skips anyway, so
# there its `.debug_*` sections are dropped (awk below) and .BTF/.BTF.ext, the code and the data stay whole.
#
# Usage: tests/bpf/build_asm.sh [NAME...]   (default: the programs listed below)
set -eu

CLANG=${CLANG:-clang-19}
MAX_BYTES=1000000

cd "$(dirname "$0")"
[ -s vmlinux.h ] || { echo "build_asm.sh: run build.sh first (it makes vmlinux.h)" >&2; exit 1; }

if [ $# -eq 0 ]; then
    # maps and a timer callback; .rodata, .data, .bss; kfuncs; static and global subprograms; bpf_loop
    # callbacks; loops (may_goto in inline assembly, a counted loop); CO-RE with .rodata.str1.1; struct_ops with
    # a weak kfunc; cpu v4 instructions; a tail call
    set -- cb_timer_safe data_rodata_pair data_bss_counter data_data_flag region_rcu_copy_inside \
        sub_static_chain_in_preempt sub_global_copy_in_rcu loop_bpf_loop_safe loop_may_goto_safe \
        loop_region_by_counter live_core_type_id lsm_s_file_open_xattr_in_rcu struct_ops_s_init_create_dsq \
        isa_movsx_v4 map_tail_call_tc
fi

mkdir -p asm
cd src
status=0
for name in "$@"; do
    src="$name.bpf.c"
    cpu=v3
    case "$name" in *_v4) cpu=v4 ;; esac
    if grep -q '^// cpu: v4' "$src"; then cpu=v4; fi
    out="../asm/$name.s"
    if ! "$CLANG" -O2 -g -target bpf -mcpu="$cpu" -D__TARGET_ARCH_x86 \
        -Wall -Wno-unused-variable -Wno-unused-function \
        -I.. -I/usr/include/x86_64-linux-gnu \
        -fdebug-compilation-dir=. -ffile-prefix-map="$PWD"=. \
        -S "$src" -o "$out.tmp"; then
        echo "build_asm.sh: $src failed" >&2
        status=1
        continue
    fi
    if [ "$(wc -c < "$out.tmp")" -gt "$MAX_BYTES" ]; then
        awk '/^\t\.section\t/ { split($2, name, ","); skip = (name[1] ~ /^\.debug_/) }
             /^\t\.(text|data|bss)[ \t]*$/ { skip = 0 }
             !skip' "$out.tmp" > "$out"
        rm "$out.tmp"
    else
        mv "$out.tmp" "$out"
    fi
done
exit $status
