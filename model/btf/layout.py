"""Where a struct's pointer members lie, as the verifier names a field it reads at an offset.

A load at a constant offset from a pointer to a kernel struct reads the member there; the verifier walks nested
structs and unions down to it (btf_struct_walk) and names the field by the innermost member's own name, which is
what its lists of RCU-protected and trusted fields go by. An object built without CO-RE (BPF_NO_PRESERVE_ACCESS_INDEX)
says which field a load reads only through these offsets.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from sleepcheck.model.btf.parse import Btf
from sleepcheck.model.btf.types import Composite, Func, FuncProto, Kind, Ptr


class PointerMembers(Mapping[str, Mapping[int, str]]):
    """Every named struct's pointer members, nested ones included: struct name -> byte offset -> member name, each
    struct's found when first asked for (an object's BTF holds thousands of the kernel's structs; few are asked)."""

    def __init__(self, btf: Btf) -> None:
        self._btf = btf
        self._found: dict[str, dict[int, str]] = {}
        self._names: list[str] | None = None

    def __getitem__(self, name: str) -> Mapping[int, str]:
        if name not in self._found:
            ids = self._btf.find_all(name, Kind.STRUCT)
            if not ids:
                raise KeyError(name)
            struct = self._btf.type(ids[0])
            assert isinstance(struct, Composite)
            members: dict[int, str] = {}
            _walk(self._btf, struct, 0, members, 0)
            self._found[name] = members
        return self._found[name]

    def __iter__(self) -> Iterator[str]:
        if self._names is None:
            self._names = sorted({self._btf.name(i) for i in self._btf.ids_of_kind(Kind.STRUCT)} - {""})
        return iter(self._names)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _walk(btf: Btf, composite: Composite, base: int, members: dict[int, str], depth: int) -> None:
    if depth > 8:  # nesting deeper than any kernel struct's: a malformed BTF's loop
        return
    for member in composite.members:
        if member.bitfield_size or member.bit_offset % 8:
            continue
        offset = base + member.bit_offset // 8
        inner = btf.type(btf.skip_modifiers(member.type))
        if isinstance(inner, Ptr) and member.name:
            members.setdefault(offset, member.name)
        elif isinstance(inner, Composite):
            _walk(btf, inner, offset, members, depth + 1)


def returned_struct(btf: Btf, func_id: int) -> str | None:
    """The struct a function's result points to (a kfunc's `struct task_struct *`), if it is one."""
    func = btf.type(func_id)
    if not isinstance(func, Func):
        return None
    proto = btf.type(func.type)
    if not isinstance(proto, FuncProto) or proto.ret == 0:
        return None
    ret = btf.type(btf.skip_modifiers(proto.ret))
    if not isinstance(ret, Ptr):
        return None
    pointee = btf.type(btf.skip_modifiers(ret.type))
    return pointee.name or None if isinstance(pointee, Composite) and pointee.kind is Kind.STRUCT else None
