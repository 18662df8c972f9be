"""Map lookups that cannot fail: an array's elements all exist, so a key below max_entries always finds one.

"void *bpf_map_lookup_elem(struct bpf_map *map, const void *key) ... Return: Map value associated to *key*, or NULL
if no entry was found." (include/uapi/linux/bpf.h)

kernel/bpf/arraymap.c, array_map_lookup_elem() and percpu_array_map_lookup_elem(): `if (unlikely(index >=
array->map.max_entries)) return NULL;` and otherwise the element's address; the index is the key's u32. The verifier
knows it too from Linux 6.14 ("bpf: verifier: Support eliding map lookup nullness": a constant key below max_entries
gives a map_value that is not NULL). The engines take it as what runs do, on every kernel version: a program that
tests such a result for NULL has a branch no run takes.
"""

from __future__ import annotations

LOOKUP = "bpf_map_lookup_elem"
ALWAYS_PRESENT = frozenset({"array", "percpu_array"})  # MapDef.map_type names
KEY_SIZE = 4  # the index is the key's first four bytes, unsigned
