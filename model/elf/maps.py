"""BTF-defined maps: the `.maps` section's variables, read the way libbpf's `parse_btf_map_def` reads them.

A map definition is a struct whose members encode the attributes in their types: `__uint(name, N)` is
`int (*name)[N]`, `__type(name, T)` is `T *name`, `__array(values, struct inner)` is an array of pointers to the
inner map's definition. The loader needs sizes; the checker needs to know which special objects (locks, timers)
live in the value, because they decide which kfuncs and helpers the verifier allows on it.
"""

from __future__ import annotations

from collections.abc import Iterator

from sleepcheck.model.btf.parse import Btf
from sleepcheck.model.btf.types import MODIFIERS, Array, Composite, Enum, Kind, Modifier, Ptr
from sleepcheck.model.elf.sections import map_type_names
from sleepcheck.model.errors import ObjectError
from sleepcheck.model.program import MapDef

# Kernel objects that may sit in a map value (kernel/bpf/btf.c btf_get_field_type); the checker asks by name.
SPECIAL_FIELDS = frozenset({
    "bpf_spin_lock", "bpf_res_spin_lock", "bpf_timer", "bpf_wq", "bpf_task_work", "bpf_list_head", "bpf_list_node",
    "bpf_rb_root", "bpf_rb_node", "bpf_refcount",
})

_UINT_ATTRS = ("type", "max_entries", "map_flags", "key_size", "value_size", "numa_node", "pinning", "map_extra")


def parse_map(btf: Btf, name: str, def_type: int) -> MapDef:
    """The map variable `name` whose BTF type (through modifiers) is the definition struct `def_type`."""
    struct = btf.type(btf.skip_modifiers(def_type))
    if not isinstance(struct, Composite) or struct.kind is not Kind.STRUCT:
        raise ObjectError(f"map {name!r}: definition is a {struct.kind.name}, not a struct")
    attrs: dict[str, int] = {}
    key_type = value_type = 0
    inner: MapDef | None = None
    for member in struct.members:
        if member.name in _UINT_ATTRS:
            attrs[member.name] = _uint(btf, name, member.name, member.type)
        elif member.name in ("key", "value"):
            ptr = btf.type(btf.skip_modifiers(member.type))
            if not isinstance(ptr, Ptr):
                raise ObjectError(f"map {name!r}: {member.name} is not declared with __type()")
            if member.name == "key":
                key_type = ptr.type
            else:
                value_type = ptr.type
        elif member.name == "values":
            inner = _inner_map(btf, name, member.type)
            attrs.setdefault("value_size", 4)  # map fds, or program fds
        else:
            raise ObjectError(f"map {name!r}: unknown attribute {member.name!r}")
    if "type" not in attrs:
        raise ObjectError(f"map {name!r}: no map type")
    types = map_type_names()
    if not 0 < attrs["type"] < len(types):
        raise ObjectError(f"map {name!r}: unknown map type {attrs['type']}")
    key_size = _sized(btf, name, "key", key_type, attrs.get("key_size"))
    value_size = _sized(btf, name, "value", value_type, attrs.get("value_size"))
    return MapDef(name, types[attrs["type"]], key_size, value_size, attrs.get("max_entries", 0),
                  attrs.get("map_flags", 0), frozenset(special_fields(btf, value_type)) if value_type else frozenset(),
                  inner, key_type, value_type, attrs.get("map_extra", 0),
                  tuple(kptr_fields(btf, value_type)) if value_type else ())


def _uint(btf: Btf, map_name: str, attr: str, type_id: int) -> int:
    """An attribute's value: `__uint(name, val)` makes a pointer to an array of `val` elements; `__ulong(name, val)`
    (libbpf 1.4, for 64-bit values such as an arena's map_extra) an enum of one value."""
    ptr = btf.type(btf.skip_modifiers(type_id))
    if isinstance(ptr, Enum) and len(ptr.values) == 1:
        return ptr.values[0][1]
    array = btf.type(btf.skip_modifiers(ptr.type)) if isinstance(ptr, Ptr) else None
    if not isinstance(array, Array):
        raise ObjectError(f"map {map_name!r}: attribute {attr!r} is not declared with __uint() or __ulong()")
    return array.nelems


def _sized(btf: Btf, map_name: str, what: str, type_id: int, declared: int | None) -> int:
    if not type_id:
        return declared or 0
    size = btf.size_of(type_id)
    if declared is not None and declared != size:
        raise ObjectError(f"map {map_name!r}: {what}_size {declared} disagrees with its type's size {size}")
    return size


def _inner_map(btf: Btf, outer: str, type_id: int) -> MapDef | None:
    """The inner map of a map-in-map; None for a program array's `__array(values, int (void *))`, which only lets
    libbpf fill it with programs at load (`.values = { [1] = &prog }`)."""
    array = btf.type(btf.skip_modifiers(type_id))
    ptr = btf.type(btf.skip_modifiers(array.type)) if isinstance(array, Array) else None
    if not isinstance(ptr, Ptr):
        raise ObjectError(f"map {outer!r}: 'values' is not declared with __array()")
    if btf.kind(btf.skip_modifiers(ptr.type)) is Kind.FUNC_PROTO:
        return None
    return parse_map(btf, f"{outer}.inner", ptr.type)


KPTR_TAGS = ("kptr", "kptr_untrusted", "percpu_kptr")


def kptr_fields(btf: Btf, type_id: int, offset: int = 0, depth: int = 0) -> Iterator[tuple[int, str, str]]:
    """The kernel-object pointers of a value type (a map's value, or a global variable), in nested structs too:
    (byte offset, type tag, struct name) for each pointer whose pointee carries one of libbpf's kptr type tags."""
    t = btf.type(btf.skip_modifiers(type_id))
    if isinstance(t, Ptr):
        tag, pointee = None, t.type
        while btf.kind(pointee) in MODIFIERS:
            modifier = btf.type(pointee)
            assert isinstance(modifier, Modifier)
            if btf.kind(pointee) is Kind.TYPE_TAG and modifier.name in KPTR_TAGS:
                tag = modifier.name
            pointee = modifier.type
        if tag is not None:
            yield offset, tag, btf.name(pointee)
        return
    if not isinstance(t, Composite) or depth > 8:
        return
    for member in t.members:
        yield from kptr_fields(btf, member.type, offset + member.bit_offset // 8, depth + 1)


def special_fields(btf: Btf, type_id: int) -> Iterator[str]:
    """Names of the kernel special objects anywhere inside a value type (nested structs, unions, arrays)."""
    seen: set[int] = set()
    stack = [type_id]
    while stack:
        current = btf.skip_modifiers(stack.pop())
        if current in seen:
            continue
        seen.add(current)
        t = btf.type(current)
        if isinstance(t, Composite):
            if t.name in SPECIAL_FIELDS:
                yield t.name
                continue
            stack.extend(m.type for m in t.members)
        elif isinstance(t, Array):
            stack.append(t.type)
