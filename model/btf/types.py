"""BTF types as frozen records, one per kind family (kernel include/uapi/linux/btf.h).

Names are resolved from the string table when a type is decoded, so a record stands on its own.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Kind(enum.IntEnum):
    UNKN = 0
    INT = 1
    PTR = 2
    ARRAY = 3
    STRUCT = 4
    UNION = 5
    ENUM = 6
    FWD = 7
    TYPEDEF = 8
    VOLATILE = 9
    CONST = 10
    RESTRICT = 11
    FUNC = 12
    FUNC_PROTO = 13
    VAR = 14
    DATASEC = 15
    FLOAT = 16
    DECL_TAG = 17
    TYPE_TAG = 18
    ENUM64 = 19


class FuncLinkage(enum.IntEnum):
    """`vlen` of a FUNC: the kernel verifies a GLOBAL function on its own, a STATIC one in its caller's state."""

    STATIC = 0
    GLOBAL = 1
    EXTERN = 2


class VarLinkage(enum.IntEnum):
    STATIC = 0
    GLOBAL_ALLOCATED = 1
    GLOBAL_EXTERN = 2


MODIFIERS = frozenset({Kind.TYPEDEF, Kind.VOLATILE, Kind.CONST, Kind.RESTRICT, Kind.TYPE_TAG})


@dataclass(frozen=True, slots=True)
class Int:
    name: str
    size: int
    encoding: int  # BTF_INT_SIGNED 1, CHAR 2, BOOL 4
    bit_offset: int
    bits: int
    kind: Kind = Kind.INT


@dataclass(frozen=True, slots=True)
class Ptr:
    type: int
    kind: Kind = Kind.PTR
    name: str = ""


@dataclass(frozen=True, slots=True)
class Array:
    type: int
    index_type: int
    nelems: int
    kind: Kind = Kind.ARRAY
    name: str = ""


@dataclass(frozen=True, slots=True)
class Member:
    name: str
    type: int
    bit_offset: int
    bitfield_size: int = 0


@dataclass(frozen=True, slots=True)
class Composite:
    """STRUCT or UNION."""

    kind: Kind
    name: str
    size: int
    members: tuple[Member, ...]


@dataclass(frozen=True, slots=True)
class Enum:
    """ENUM (32-bit values) or ENUM64."""

    kind: Kind
    name: str
    size: int
    signed: bool
    values: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class Fwd:
    name: str
    union: bool
    kind: Kind = Kind.FWD


@dataclass(frozen=True, slots=True)
class Modifier:
    """TYPEDEF, VOLATILE, CONST, RESTRICT or TYPE_TAG: a name or qualifier on `type`."""

    kind: Kind
    name: str
    type: int


@dataclass(frozen=True, slots=True)
class Func:
    name: str
    type: int  # the FUNC_PROTO
    linkage: FuncLinkage
    kind: Kind = Kind.FUNC


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    type: int  # 0 with an empty name: a trailing `...`


@dataclass(frozen=True, slots=True)
class FuncProto:
    ret: int
    params: tuple[Param, ...]
    kind: Kind = Kind.FUNC_PROTO
    name: str = ""


@dataclass(frozen=True, slots=True)
class Var:
    name: str
    type: int
    linkage: VarLinkage
    kind: Kind = Kind.VAR


@dataclass(frozen=True, slots=True)
class VarSecinfo:
    type: int
    offset: int
    size: int


@dataclass(frozen=True, slots=True)
class Datasec:
    name: str
    size: int
    vars: tuple[VarSecinfo, ...]
    kind: Kind = Kind.DATASEC


@dataclass(frozen=True, slots=True)
class Float:
    name: str
    size: int
    kind: Kind = Kind.FLOAT


@dataclass(frozen=True, slots=True)
class DeclTag:
    name: str
    type: int
    component_idx: int  # -1: the tag is on the type itself; else a member or parameter index
    kind: Kind = Kind.DECL_TAG


@dataclass(frozen=True, slots=True)
class Void:
    """Type id 0."""

    kind: Kind = Kind.UNKN
    name: str = "void"


BtfType = (
    Void | Int | Ptr | Array | Composite | Enum | Fwd | Modifier | Func | FuncProto | Var | Datasec | Float | DeclTag
)
