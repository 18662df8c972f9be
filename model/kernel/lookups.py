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

from collections.abc import Sequence

from sleepcheck.model.isa.insn import Call, CallKind
from sleepcheck.model.program import BpfObject, MapDef

LOOKUP = "bpf_map_lookup_elem"
ALWAYS_PRESENT = frozenset({"array", "percpu_array"})  # MapDef.map_type names
KEY_SIZE = 4  # the index is the key's first four bytes, unsigned
BPF_F_INNER_MAP = 1 << 12  # include/uapi/linux/bpf.h


def known_entries(found: MapDef) -> int | None:
    """How many elements the map has at run time, where the object fixes it: not for an inner-map template flagged
    BPF_F_INNER_MAP, whose real inner maps may each have their own max_entries (kernel/bpf/map_in_map.c,
    bpf_map_meta_equal(), leaves max_entries out of the comparison for it)."""
    return None if found.flags & BPF_F_INNER_MAP else found.max_entries


def walk_bound(found: MapDef, callback_writes_maps: bool = False) -> int | None:
    """At most how many times bpf_for_each_map_elem runs its callback over the map: as many as it has elements
    (kernel/bpf/arraymap.c bpf_for_each_array_elem() goes over the indexes, hashtab.c bpf_for_each_hash_elem() over
    the buckets' elements). A hash walk that races updates on other CPUs could meet a moved element twice; that
    is taken not to happen. A callback that updates or deletes elements itself can: deleting its element and
    inserting a key that lands in a later bucket, it meets the new one too (the walk holds only RCU), so such a
    hash walk has no bound the code states (j16d: a 2-entry hash map walked 4 times)."""
    if callback_writes_maps and found.map_type in HASH_MAPS:
        return None
    return known_entries(found)


HASH_MAPS = frozenset({"hash", "percpu_hash", "lru_hash", "lru_percpu_hash"})
# bpf_map_update_elem and bpf_map_delete_elem (include/uapi/linux/bpf.h)
MAP_WRITING_HELPERS = frozenset({2, 3})


def writes_maps(obj: BpfObject, name: str) -> bool:
    """Whether a function, or a subprogram it calls, calls bpf_map_update_elem or bpf_map_delete_elem."""
    seen = {name}
    todo = [name]
    while todo:
        function = obj.functions[todo.pop()]
        for index, insn in enumerate(function.code.insns):
            if not isinstance(insn, Call):
                continue
            if insn.kind is CallKind.HELPER and insn.imm in MAP_WRITING_HELPERS:
                return True
            ref = function.refs.get(index)
            if insn.kind is CallKind.LOCAL and ref is not None and ref.target in obj.functions and \
                    ref.target not in seen:
                seen.add(ref.target)
                todo.append(ref.target)
    return False


def walk_limit(obj: BpfObject, found: MapDef, callbacks: Sequence[str]) -> int | None:
    """lookups.walk_bound of a for_each walk whose callback is one of `callbacks`."""
    return walk_bound(found, any(writes_maps(obj, name) for name in callbacks))


def walk_is_whole(found: MapDef, callbacks: Sequence[str], obj: BpfObject) -> bool:
    """Whether bpf_for_each_map_elem meets exactly as many elements as walk_limit says: an array's elements all
    exist (kernel/bpf/arraymap.c bpf_for_each_array_elem() calls the callback for every index below
    max_entries), unless the callback stops the walk."""
    return found.map_type in ALWAYS_PRESENT and walk_limit(obj, found, callbacks) is not None
