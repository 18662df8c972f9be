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

from sleepcheck.model.program import MapDef

LOOKUP = "bpf_map_lookup_elem"
ALWAYS_PRESENT = frozenset({"array", "percpu_array"})  # MapDef.map_type names
KEY_SIZE = 4  # the index is the key's first four bytes, unsigned
BPF_F_INNER_MAP = 1 << 12  # include/uapi/linux/bpf.h


def known_entries(found: MapDef) -> int | None:
    """How many elements the map has at run time, where the object fixes it: not for an inner-map template flagged
    BPF_F_INNER_MAP, whose real inner maps may each have their own max_entries (kernel/bpf/map_in_map.c,
    bpf_map_meta_equal(), leaves max_entries out of the comparison for it)."""
    return None if found.flags & BPF_F_INNER_MAP else found.max_entries


def walk_bound(found: MapDef) -> int | None:
    """At most how many times bpf_for_each_map_elem runs its callback over the map: as many as an array has
    elements (kernel/bpf/arraymap.c bpf_for_each_array_elem() goes over the indexes). A hash walk has no bound the
    code states: hashtab.c bpf_for_each_hash_elem() goes over the buckets holding only RCU, so an element deleted
    and a key inserted into a later bucket meanwhile, by the callback (j16d: a 2-entry hash map walked 4 times) or
    by user space or another CPU (j18a), is met as well."""
    if found.map_type in HASH_MAPS:
        return None
    return known_entries(found)


HASH_MAPS = frozenset({"hash", "percpu_hash", "lru_hash", "lru_percpu_hash"})
def walk_is_whole(found: MapDef) -> bool:
    """Whether bpf_for_each_map_elem meets exactly as many elements as walk_bound says: an array's elements all
    exist (kernel/bpf/arraymap.c bpf_for_each_array_elem() calls the callback for every index below
    max_entries), unless the callback stops the walk."""
    return found.map_type in ALWAYS_PRESENT and walk_bound(found) is not None
