"""CO-RE relocations in names: what one asks of a kernel's BTF, and the answer a given kernel's BTF gives.

libbpf matches a relocation by names, not by type ids: the root type by its essential name (the part before a
`___flavour` suffix) and kind, then each named member along the access path (anonymous members are searched through),
array indices as they are, an enumerator by its name (tools/lib/bpf/relo_core.c: bpf_core_parse_spec,
bpf_core_match_member, bpf_core_calc_relo). Only what decides a program's branches is answered here: whether a field,
type or enumerator exists, a field's or type's size, an enumerator's value. Anything else, or an answer that two
candidate types give differently, is None: the checker then reads the value as an input.
"""

from __future__ import annotations

from sleepcheck.model.btf.parse import Btf
from sleepcheck.model.btf.types import Array, Composite, Enum, Kind

FIELD_KINDS = frozenset({"byte_off", "byte_sz", "field_exists", "signed", "lshift_u64", "rshift_u64"})
ENUMVAL_KINDS = frozenset({"enumval_exists", "enumval_value"})
_COMPOSITES = (Kind.STRUCT, Kind.UNION)


def core_spec(btf: Btf, type_id: int, access: str, kind: str) -> tuple[str, tuple[str | int, ...] | None]:
    """The root type's kind and the access path in names, from the object's own BTF (None where it cannot be
    followed)."""
    root_kind = btf.kind(type_id).name.lower()
    try:
        indices = [int(part) for part in access.split(":")] if access else []
        if kind in ENUMVAL_KINDS:
            enum = btf.type(btf.skip_modifiers(type_id))
            return root_kind, (enum.values[indices[0]][0],) if isinstance(enum, Enum) and indices else None
        if kind not in FIELD_KINDS:
            return root_kind, ()
        path: list[str | int] = []
        at = btf.skip_modifiers(type_id)
        for index in indices[1:]:
            t = btf.type(at)
            if isinstance(t, Composite):
                member = t.members[index]
                if member.name:  # an anonymous member is searched through, not named
                    path.append(member.name)
                at = btf.skip_modifiers(member.type)
            elif isinstance(t, Array):
                path.append(index)
                at = btf.skip_modifiers(t.type)
            else:
                return root_kind, None
        return root_kind, tuple(path)
    except (IndexError, ValueError):
        return root_kind, None


def essential_name(name: str) -> str:
    """A type's name without its `___flavour` suffix."""
    cut = name.find("___")
    return name if cut < 0 else name[:cut]


def resolve(target: Btf, type_name: str, root_kind: str, path: tuple[str | int, ...] | None, kind: str) -> int | None:
    """The value libbpf would write into the instruction for `target`, where this module answers that kind."""
    if path is None or kind not in {"field_exists", "byte_sz", "type_exists", "type_size", *ENUMVAL_KINDS}:
        return None
    candidates = _candidates(target, essential_name(type_name), root_kind)
    if kind == "type_exists":
        return int(bool(candidates))
    answers = {_answer(target, candidate, path, kind) for candidate in candidates}
    if kind in ("field_exists", "enumval_exists"):
        return int(any(answers))
    answers.discard(None)
    return answers.pop() if len(answers) == 1 else None


def _candidates(target: Btf, name: str, root_kind: str) -> list[int]:
    if root_kind in ("enum", "enum64"):
        return target.find_all(name, Kind.ENUM) + target.find_all(name, Kind.ENUM64)
    try:
        return target.find_all(name, Kind[root_kind.upper()])
    except KeyError:
        return []


def _answer(target: Btf, root: int, path: tuple[str | int, ...], kind: str) -> int | None:
    if kind == "type_size":
        return target.size_of(root)
    if kind in ENUMVAL_KINDS:
        enum = target.type(root)
        wanted = essential_name(str(path[0]))  # enumerators have flavours too
        found = [value for name, value in enum.values if essential_name(name) == wanted] if isinstance(enum, Enum) \
            else []
        if kind == "enumval_exists":
            return int(bool(found))
        return found[0] if found else None
    at: tuple[int, bool] | None = (target.skip_modifiers(root), False)
    for step in path:
        at = _step(target, at[0], step) if at is not None else None
    if kind == "field_exists":
        return int(at is not None)
    return target.size_of(at[0]) if at is not None and not at[1] else None  # a bitfield's size is its container's


def _step(target: Btf, at: int, step: str | int) -> tuple[int, bool] | None:
    """The type a step of the path leads to, and whether it is a bitfield; None where the target has no such step."""
    t = target.type(at)
    if isinstance(step, int):
        return (target.skip_modifiers(t.type), False) if isinstance(t, Array) and step < max(t.nelems, 1) else None
    if not isinstance(t, Composite):
        return None
    for member in t.members:
        if member.name == step:
            return target.skip_modifiers(member.type), bool(member.bitfield_size)
    for member in t.members:  # anonymous structs and unions, searched through
        inner = target.skip_modifiers(member.type)
        if not member.name and target.kind(inner) in _COMPOSITES:
            found = _step(target, inner, step)
            if found is not None:
                return found
    return None
