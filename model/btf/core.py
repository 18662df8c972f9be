"""CO-RE relocations in names: what one asks of a kernel's BTF, and the answer a given kernel's BTF gives.

libbpf matches a relocation by names, not by type ids: the root type by its essential name (the part before a
`___flavour` suffix) and kind, then each named member along the access path (anonymous members are searched through),
array indices as they are, an enumerator by its name (tools/lib/bpf/relo_core.c: bpf_core_parse_spec,
bpf_core_match_member, bpf_core_calc_relo). A candidate matches only where the types agree as libbpf asks: each named
member along a field's path (bpf_core_fields_are_compat: composites with composites, an int with an int, an enum
with an enum of the same essential name...), and a type asked about whole (bpf_core_types_are_compat); a flexible
array takes any index. A judge set found a field of another type, and a typedef of another kind, taken to exist
(j16d). Only what decides a program's branches is answered here: whether a field, type or enumerator exists, a
field's or type's size, an enumerator's value. Anything else, or an answer that two candidate types give
differently, is None: the checker then reads the value as an input.
"""

from __future__ import annotations

from sleepcheck.model.btf.parse import Btf
from sleepcheck.model.btf.types import Array, Composite, Enum, Int, Kind, Ptr

# A local type as the compatibility rules see it, as nested tuples: ("composite",), ("enum", name), ("fwd", name),
# ("ptr", pointee or None), ("float",), ("int", whether it starts at bit 0), ("array", element), ("struct",),
# ("union",), ("unkn",) and ("unsure",) for what these rules do not follow (a function prototype).
Shape = tuple[object, ...]
_MAX_DEPTH = 32

FIELD_KINDS = frozenset({"byte_off", "byte_sz", "field_exists", "signed", "lshift_u64", "rshift_u64"})
ENUMVAL_KINDS = frozenset({"enumval_exists", "enumval_value"})
_COMPOSITES = (Kind.STRUCT, Kind.UNION)


def core_spec(btf: Btf, type_id: int, access: str, kind: str
              ) -> tuple[str, tuple[str | int, ...] | None, tuple[Shape, ...]]:
    """The root type's kind, the access path in names (None where it cannot be followed) and the shapes the
    compatibility rules ask of, from the object's own BTF: each named member's along a field's path, or the root
    type's for a relocation about a whole type."""
    root_kind = btf.kind(type_id).name.lower()
    try:
        indices = [int(part) for part in access.split(":")] if access else []
        if kind in ENUMVAL_KINDS:
            enum = btf.type(btf.skip_modifiers(type_id))
            return root_kind, (enum.values[indices[0]][0],) if isinstance(enum, Enum) and indices else None, ()
        if kind not in FIELD_KINDS:  # about a whole type: libbpf takes no access string but "0"
            return (root_kind, (), (_type_shape(btf, type_id, 0),)) if access == "0" else (root_kind, None, ())
        path: list[str | int] = []
        shapes: list[Shape] = []
        at = btf.skip_modifiers(type_id)
        for index in indices[1:]:
            t = btf.type(at)
            if isinstance(t, Composite):
                member = t.members[index]
                if member.name:  # an anonymous member is searched through, not named
                    path.append(member.name)
                    shapes.append(_field_shape(btf, member.type, 0))
                at = btf.skip_modifiers(member.type)
            elif isinstance(t, Array):
                path.append(index)
                at = btf.skip_modifiers(t.type)
            else:
                return root_kind, None, ()
        return root_kind, tuple(path), tuple(shapes)
    except (IndexError, ValueError):
        return root_kind, None, ()


def _field_shape(btf: Btf, type_id: int, depth: int) -> Shape:
    at = btf.skip_modifiers(type_id)
    t, kind = btf.type(at), btf.kind(at)
    if kind in _COMPOSITES:
        return ("composite",)
    if kind in (Kind.ENUM, Kind.ENUM64):
        return ("enum", essential_name(btf.name(at)))
    if kind is Kind.FWD:
        return ("fwd", essential_name(btf.name(at)))
    if kind in (Kind.PTR, Kind.FLOAT):
        return (kind.name.lower(), None)
    if isinstance(t, Int):
        return ("int", t.bit_offset == 0)
    if isinstance(t, Array) and depth < _MAX_DEPTH:
        return ("array", _field_shape(btf, t.type, depth + 1))
    return ("other",)


def _fields_compat(shape: Shape, target: Btf, type_id: int, depth: int = 0) -> bool:
    """libbpf's bpf_core_fields_are_compat() of a local member's shape with a target member's type."""
    at = target.skip_modifiers(type_id)
    t, kind = target.type(at), target.kind(at)
    match shape[0]:
        case "composite":
            return kind in _COMPOSITES
        case "enum" | "fwd":
            same_kind = kind in (Kind.ENUM, Kind.ENUM64) if shape[0] == "enum" else kind is Kind.FWD
            name = essential_name(target.name(at))
            return same_kind and (not shape[1] or not name or shape[1] == name)
        case "ptr" | "float":
            return kind.name.lower() == shape[0]
        case "int":
            return isinstance(t, Int) and bool(shape[1]) and t.bit_offset == 0
        case "array":
            return isinstance(t, Array) and depth < _MAX_DEPTH and \
                _fields_compat(shape[1], target, t.type, depth + 1)  # type: ignore[arg-type]
    return False


def _type_shape(btf: Btf, type_id: int, depth: int) -> Shape:
    at = btf.skip_modifiers(type_id)
    t, kind = btf.type(at), btf.kind(at)
    if kind in (Kind.UNKN, Kind.STRUCT, Kind.UNION, Kind.FWD):
        return (kind.name.lower(),)
    if kind in (Kind.ENUM, Kind.ENUM64):
        return ("enum",)
    if isinstance(t, Int):
        return ("int", t.bit_offset == 0)
    if depth >= _MAX_DEPTH:
        return ("unsure",)
    if isinstance(t, Ptr):
        return ("ptr", _type_shape(btf, t.type, depth + 1))
    if isinstance(t, Array):
        return ("array", _type_shape(btf, t.type, depth + 1))
    return ("unsure",) if kind is Kind.FUNC_PROTO else ("other",)


def _types_compat(shape: Shape, target: Btf, type_id: int, depth: int = 0) -> bool | None:
    """libbpf's bpf_core_types_are_compat() of a local type's shape with a target type; None where these rules do
    not follow it (a function prototype)."""
    at = target.skip_modifiers(type_id)
    t, kind = target.type(at), target.kind(at)
    match shape[0]:
        case "unsure":
            return None
        case "unkn" | "struct" | "union" | "fwd":
            return kind.name.lower() == shape[0]
        case "enum":
            return kind in (Kind.ENUM, Kind.ENUM64)
        case "int":
            return isinstance(t, Int) and bool(shape[1]) and t.bit_offset == 0
        case "ptr" if isinstance(t, Ptr):
            return _types_compat(shape[1], target, t.type, depth + 1)  # type: ignore[arg-type]
        case "array" if isinstance(t, Array):
            return _types_compat(shape[1], target, t.type, depth + 1)  # type: ignore[arg-type]
    return False


def essential_name(name: str) -> str:
    """A name without its `___flavour` suffix, cut where libbpf's bpf_core_essential_name_len() cuts it: at the
    last `X___Y` whose X and Y are not underscores (`foo___v2___compat` is `foo___v2`, `a____b` stays whole)."""
    for at in range(len(name) - 5, -1, -1):
        if name[at] != "_" and name[at + 1:at + 4] == "___" and name[at + 4] != "_":
            return name[:at + 1]
    return name


def resolve(target: Btf, type_name: str, root_kind: str, path: tuple[str | int, ...] | None, kind: str,
            shapes: tuple[Shape, ...] = ()) -> int | None:
    """The value libbpf would write into the instruction for `target`, where this module answers that kind."""
    if path is None or kind not in {"field_exists", "byte_sz", "type_exists", "type_size", *ENUMVAL_KINDS}:
        return None
    candidates = _candidates(target, essential_name(type_name), root_kind)
    if kind in ("type_exists", "type_size") and shapes:
        compat = [_types_compat(shapes[0], target, candidate) for candidate in candidates]
        if None in compat:
            return None
        candidates = [candidate for candidate, fits in zip(candidates, compat, strict=True) if fits]
    if kind == "type_exists":
        return int(bool(candidates))
    answers = {_answer(target, candidate, path, kind, shapes) for candidate in candidates}
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


def _answer(target: Btf, root: int, path: tuple[str | int, ...], kind: str, shapes: tuple[Shape, ...]) -> int | None:
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
    named = iter(shapes)
    for step in path:
        at = _step(target, at[0], step) if at is not None else None
        shape = next(named, None) if isinstance(step, str) else None
        if at is not None and shape is not None and not _fields_compat(shape, target, at[0]):
            at = None
    if kind == "field_exists":
        return int(at is not None)
    return target.size_of(at[0]) if at is not None and not at[1] else None  # a bitfield's size is its container's


def _step(target: Btf, at: int, step: str | int) -> tuple[int, bool] | None:
    """The type a step of the path leads to, and whether it is a bitfield; None where the target has no such step."""
    t = target.type(at)
    if isinstance(step, int):
        # a flexible array (no elements) takes any index, as libbpf's is_flex_arr() lets it
        return (target.skip_modifiers(t.type), False) if isinstance(t, Array) and (step < t.nelems or not t.nelems) \
            else None
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
