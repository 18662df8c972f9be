"""The numbers iterator behind `bpf_for` and `bpf_repeat`: what its three kfuncs do to the iterator's eight bytes on
the program's stack, so that the interpreter and the SMT encoding can both know which numbers a loop sees (modelled
as free unknowns, the loop's values lose their order: an index compared with 2 and then 3 could be 3 and then 2).

kernel/bpf/bpf_iter.c (Linux 6.4 to 6.18), `struct bpf_iter_num_kern { int cur; int end; }`:
- bpf_iter_num_new(it, start, end): start > end gives cur = end = 0 and -EINVAL; (s64)end - (s64)start >
  BPF_MAX_LOOPS gives cur = end = 0 and -E2BIG; otherwise cur = start - 1, end = end, and 0.
- bpf_iter_num_next(it): where (s64)(cur + 1) >= end, cur = end = 0 and NULL; otherwise cur += 1 and &cur (a pointer
  to the iterator's first four bytes).
- bpf_iter_num_destroy(it): cur = end = 0.
`cur + 1` is int arithmetic, which the kernel builds to wrap. The result of `new` is left to the engines as any
value: it is an int, whose upper half the call leaves as the architecture does.
"""

from __future__ import annotations

NEW = "bpf_iter_num_new"
NEXT = "bpf_iter_num_next"
DESTROY = "bpf_iter_num_destroy"
KFUNCS = frozenset({NEW, NEXT, DESTROY})

CUR = 0  # offset of `cur` in the iterator, 4 bytes, signed
END = 4  # offset of `end`, 4 bytes, signed
MAX_SPAN = 1 << 23  # BPF_MAX_LOOPS, include/linux/bpf.h
