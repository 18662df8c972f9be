"""Reading `.BTF` (an object's section or the kernel's /sys/kernel/btf/vmlinux).

vmlinux holds ~150k types; decoding all of them costs seconds in Python, and a lookup needs a few. So `Btf` scans
the type section once as an array of 32-bit words to find where each type starts and what kind it is, and decodes
a type (and its names) only when asked. Split BTF (kernel modules) continues its base's ids and strings.
"""

from __future__ import annotations

import bisect
import struct
import sys
from array import array
from functools import lru_cache

from sleepcheck.model.btf.types import (
    MODIFIERS,
    Array,
    BtfType,
    Composite,
    Datasec,
    DeclTag,
    Enum,
    Float,
    Func,
    FuncLinkage,
    FuncProto,
    Fwd,
    Int,
    Kind,
    Member,
    Modifier,
    Param,
    Ptr,
    Var,
    VarLinkage,
    VarSecinfo,
    Void,
)
from sleepcheck.model.errors import ObjectError

MAGIC = 0xEB9F
HEADER = struct.Struct("<HBBIIIII")  # magic, version, flags, hdr_len, type_off, type_len, str_off, str_len
SCANNED_LOOKUPS = 64  # name lookups made without the index (a few milliseconds each) before it is made (0.15 s)
VMLINUX = "/sys/kernel/btf/vmlinux"

# Words after the 3-word common header: (fixed, per vlen entry), indexed by kind.
_EXTRA_WORDS = {
    Kind.UNKN: (0, 0), Kind.INT: (1, 0), Kind.PTR: (0, 0), Kind.ARRAY: (3, 0), Kind.STRUCT: (0, 3),
    Kind.UNION: (0, 3), Kind.ENUM: (0, 2), Kind.FWD: (0, 0), Kind.TYPEDEF: (0, 0), Kind.VOLATILE: (0, 0),
    Kind.CONST: (0, 0), Kind.RESTRICT: (0, 0), Kind.FUNC: (0, 0), Kind.FUNC_PROTO: (0, 2), Kind.VAR: (1, 0),
    Kind.DATASEC: (0, 3), Kind.FLOAT: (0, 0), Kind.DECL_TAG: (1, 0), Kind.TYPE_TAG: (0, 0), Kind.ENUM64: (0, 3),
}
_FIXED = [_EXTRA_WORDS[Kind(k)][0] if k in Kind._value2member_map_ else -1 for k in range(32)]
_PER_VLEN = [_EXTRA_WORDS[Kind(k)][1] if k in Kind._value2member_map_ else -1 for k in range(32)]


def _s32(value: int) -> int:
    return value - (1 << 32) if value & 0x80000000 else value


class Btf:
    """One BTF blob: `len(btf)` type ids (0 is void), decoded on demand; strings by offset."""

    def __init__(self, data: bytes, *, source: str = ".BTF", base: Btf | None = None) -> None:
        self.source = source
        self.base = base
        self.data = bytes(data)
        if len(data) < HEADER.size:
            raise ObjectError(f"{source}: {len(data)} bytes is too short for a BTF header")
        magic, version, _flags, hdr_len, type_off, type_len, str_off, str_len = HEADER.unpack_from(data)
        if magic != MAGIC:
            raise ObjectError(f"{source}: bad BTF magic 0x{magic:04x}")
        if version != 1:
            raise ObjectError(f"{source}: BTF version {version} is not supported")
        if hdr_len < HEADER.size or (type_off % 4) or (type_len % 4) or (hdr_len % 4):
            raise ObjectError(f"{source}: malformed BTF header")
        self.header_len = hdr_len
        self.types_start = hdr_len + type_off
        self.types_end = self.types_start + type_len
        self.strings_start = hdr_len + str_off
        self.strings_end = self.strings_start + str_len
        if self.types_end > len(data) or self.strings_end > len(data):
            raise ObjectError(f"{source}: BTF sections run past the end of its {len(data)} bytes")
        self.first_id = len(base) if base else 1
        self.first_str = base.string_size if base else 0
        self.string_size = self.first_str + str_len
        self._words = array("I", data[self.types_start:self.types_end])
        if sys.byteorder != "little":
            self._words.byteswap()
        self._offsets, self._kinds = self._scan()
        self._cache: dict[int, BtfType] = {}
        self._by_name: dict[str, list[int]] | None = None  # a name -> the types named so (local ids)
        self._lookups = 0

    def _scan(self) -> tuple[array[int], bytearray]:
        words = self._words
        offsets = array("I")
        kinds = bytearray()
        i, end = 0, len(words)
        fixed, per_vlen = _FIXED, _PER_VLEN
        while i < end:
            if i + 3 > end:
                raise ObjectError(f"{self.source}: BTF type {self.first_id + len(offsets)} is truncated")
            info = words[i + 1]
            kind = (info >> 24) & 0x1F
            if fixed[kind] < 0:
                raise ObjectError(f"{self.source}: BTF type {self.first_id + len(offsets)} has unknown kind {kind}")
            offsets.append(i)
            kinds.append(kind)
            i += 3 + fixed[kind] + per_vlen[kind] * (info & 0xFFFF)
        if i != end:
            raise ObjectError(f"{self.source}: BTF type {self.first_id + len(offsets) - 1} is truncated")
        return offsets, kinds

    def __len__(self) -> int:
        """One past the largest type id."""
        return self.first_id + len(self._offsets)

    def string(self, offset: int) -> str:
        if offset < self.first_str:
            assert self.base is not None
            return self.base.string(offset)
        start = self.strings_start + offset - self.first_str
        if start >= self.strings_end:
            raise ObjectError(f"{self.source}: string offset {offset} is past the string table")
        end = self.data.find(b"\0", start, self.strings_end)
        if end < 0:
            raise ObjectError(f"{self.source}: string at offset {offset} is not terminated")
        return self.data[start:end].decode("utf-8", "replace")

    def _local(self, type_id: int) -> int:
        index = type_id - self.first_id
        if not 0 <= index < len(self._offsets):
            raise ObjectError(f"{self.source}: no BTF type {type_id}")
        return index

    def kind(self, type_id: int) -> Kind:
        if type_id == 0:
            return Kind.UNKN
        if type_id < self.first_id:
            assert self.base is not None
            return self.base.kind(type_id)
        return Kind(self._kinds[self._local(type_id)])

    def name(self, type_id: int) -> str:
        if type_id == 0:
            return "void"
        if type_id < self.first_id:
            assert self.base is not None
            return self.base.name(type_id)
        return self.string(self._words[self._offsets[self._local(type_id)]])

    def type(self, type_id: int) -> BtfType:
        if type_id == 0:
            return Void()
        if type_id < self.first_id:
            assert self.base is not None
            return self.base.type(type_id)
        cached = self._cache.get(type_id)
        if cached is None:
            cached = self._cache[type_id] = self._decode(self._offsets[self._local(type_id)])
        return cached

    def word_offset(self, type_id: int) -> int:
        """Byte offset of the type's record in `data`, for tools that patch BTF in place."""
        return self.types_start + 4 * self._offsets[self._local(type_id)]

    def _decode(self, at: int) -> BtfType:
        w = self._words
        name = self.string(w[at])
        info = w[at + 1]
        kind = Kind((info >> 24) & 0x1F)
        vlen = info & 0xFFFF
        kind_flag = bool(info >> 31)
        size_or_type = w[at + 2]
        extra = at + 3
        match kind:
            case Kind.INT:
                word = w[extra]
                return Int(name, size_or_type, (word >> 24) & 0x0F, (word >> 16) & 0xFF, word & 0xFF)
            case Kind.PTR:
                return Ptr(size_or_type)
            case Kind.ARRAY:
                return Array(w[extra], w[extra + 1], w[extra + 2])
            case Kind.STRUCT | Kind.UNION:
                members = []
                for k in range(vlen):
                    m = extra + 3 * k
                    offset = w[m + 2]
                    bitfield = offset >> 24 if kind_flag else 0
                    bit_offset = offset & 0xFFFFFF if kind_flag else offset
                    members.append(Member(self.string(w[m]), w[m + 1], bit_offset, bitfield))
                return Composite(kind, name, size_or_type, tuple(members))
            case Kind.ENUM:
                values = tuple(
                    (self.string(w[extra + 2 * k]),
                     _s32(w[extra + 2 * k + 1]) if kind_flag else w[extra + 2 * k + 1])
                    for k in range(vlen))
                return Enum(kind, name, size_or_type, kind_flag, values)
            case Kind.ENUM64:
                values64 = []
                for k in range(vlen):
                    m = extra + 3 * k
                    value = (w[m + 2] << 32) | w[m + 1]
                    if kind_flag and value >> 63:
                        value -= 1 << 64
                    values64.append((self.string(w[m]), value))
                return Enum(kind, name, size_or_type, kind_flag, tuple(values64))
            case Kind.FWD:
                return Fwd(name, kind_flag)
            case _ if kind in MODIFIERS:
                return Modifier(kind, name, size_or_type)
            case Kind.FUNC:
                if vlen not in FuncLinkage._value2member_map_:
                    raise ObjectError(f"{self.source}: FUNC {name!r} has unknown linkage {vlen}")
                return Func(name, size_or_type, FuncLinkage(vlen))
            case Kind.FUNC_PROTO:
                params = tuple(Param(self.string(w[extra + 2 * k]), w[extra + 2 * k + 1]) for k in range(vlen))
                return FuncProto(size_or_type, params)
            case Kind.VAR:
                if w[extra] not in VarLinkage._value2member_map_:
                    raise ObjectError(f"{self.source}: VAR {name!r} has unknown linkage {w[extra]}")
                return Var(name, size_or_type, VarLinkage(w[extra]))
            case Kind.DATASEC:
                secinfos = tuple(VarSecinfo(w[extra + 3 * k], w[extra + 3 * k + 1], w[extra + 3 * k + 2])
                                 for k in range(vlen))
                return Datasec(name, size_or_type, secinfos)
            case Kind.FLOAT:
                return Float(name, size_or_type)
            case Kind.DECL_TAG:
                return DeclTag(name, size_or_type, _s32(w[extra]))
        raise ObjectError(f"{self.source}: BTF kind {kind.name} cannot be decoded")

    # ---------------------------------------------------------------------------------------------------------
    # lookups

    def find_all(self, name: str, kind: Kind) -> list[int]:
        """Every type id of `kind` named `name`, in id order: the first SCANNED_LOOKUPS by scanning, the others from
        an index of the types by name (vmlinux has 130,000 types: the index costs 0.15 s once, where tracee's 4,954
        CO-RE relocations, each scanning the string table and the type headers for its name, took 31 s)."""
        found = list(self.base.find_all(name, kind)) if self.base else []
        self._lookups += 1
        kinds = self._kinds
        if self._by_name is None and self._lookups <= SCANNED_LOOKUPS:
            locals_named = self._scanned(name)
        else:
            locals_named = self._named().get(name, [])
        return sorted(found + [self.first_id + local for local in locals_named if kinds[local] == kind])

    def _scanned(self, name: str) -> list[int]:
        """The types named `name`, found from the name's offset in the string table by the type headers that hold
        it: a few milliseconds a lookup, without the index."""
        wanted = b"\0" + name.encode() + b"\0"
        data, offsets, found = self.data, self._offsets, []
        at = data.find(wanted, self.strings_start, self.strings_end)
        while at >= 0:
            word = (self.first_str + at + 1 - self.strings_start).to_bytes(4, "little")
            hit = data.find(word, self.types_start, self.types_end)
            while hit >= 0:
                position, unaligned = divmod(hit - self.types_start, 4)
                local = bisect.bisect_left(offsets, position)
                if not unaligned and local < len(offsets) and offsets[local] == position:
                    found.append(local)
                hit = data.find(word, hit + 1, self.types_end)
            at = data.find(wanted, at + 1, self.strings_end)
        return found

    def _named(self) -> dict[str, list[int]]:
        if self._by_name is None:
            words, index, names = self._words, {}, {}
            for local, position in enumerate(self._offsets):
                offset = words[position]
                if offset not in names:
                    names[offset] = self.string(offset) if offset else ""
                index.setdefault(names[offset], []).append(local)
            self._by_name = index
        return self._by_name

    def find(self, name: str, kind: Kind) -> int | None:
        ids = self.find_all(name, kind)
        return ids[0] if ids else None

    def ids_of_kind(self, kind: Kind) -> list[int]:
        return [self.first_id + local for local, k in enumerate(self._kinds) if k == kind]

    def skip_modifiers(self, type_id: int) -> int:
        """Through typedefs, qualifiers and type tags to the type they name."""
        seen = 0
        while self.kind(type_id) in MODIFIERS:
            t = self.type(type_id)
            assert isinstance(t, Modifier)
            type_id = t.type
            seen += 1
            if seen > len(self):
                raise ObjectError(f"{self.source}: modifier loop at type {type_id}")
        return type_id

    def size_of(self, type_id: int) -> int:
        """Byte size of a sized type (through modifiers and arrays)."""
        type_id = self.skip_modifiers(type_id)
        t = self.type(type_id)
        match t:
            case Int() | Composite() | Enum() | Float() | Datasec():
                return t.size
            case Ptr():
                return 8
            case Array():
                return t.nelems * self.size_of(t.type)
            case Var():
                return self.size_of(t.type)
        raise ObjectError(f"{self.source}: type {type_id} ({t.kind.name}) has no size")

    def align_of(self, type_id: int) -> int:
        """Natural alignment, as libbpf's btf__align_of computes it for non-packed types."""
        type_id = self.skip_modifiers(type_id)
        t = self.type(type_id)
        match t:
            case Int() | Enum() | Float():
                return min(t.size, 8) or 1
            case Ptr():
                return 8
            case Array():
                return self.align_of(t.type)
            case Composite():
                return max((self.align_of(m.type) for m in t.members), default=1)
        raise ObjectError(f"{self.source}: type {type_id} ({t.kind.name}) has no alignment")


@lru_cache(maxsize=4)
def load_vmlinux(path: str = VMLINUX) -> Btf:
    """The running kernel's BTF (or another vmlinux BTF file), read once per path."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as error:
        raise ObjectError(f"cannot read kernel BTF: {error.strerror}", file=path) from None
    return Btf(data, source=path)
