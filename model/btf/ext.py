"""Reading `.BTF.ext`: per-section func_info, line_info and CO-RE relocations (libbpf's btf.h layouts).

Instruction offsets stay as the object has them: bytes from the start of the named ELF section. Strings (section
names, file names, source lines, access strings) come from the `.BTF` string table.
"""

from __future__ import annotations

import enum
import struct
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from sleepcheck.model.btf.parse import MAGIC, Btf
from sleepcheck.model.errors import ObjectError

_HEADER = struct.Struct("<HBBI")  # magic, version, flags, hdr_len
_INFO_RANGES = struct.Struct("<IIIIII")  # func_info off/len, line_info off/len, core_relo off/len
_U32 = struct.Struct("<I")
T = TypeVar("T")


class CoreKind(enum.IntEnum):
    """enum bpf_core_relo_kind; names as libbpf prints them."""

    FIELD_BYTE_OFFSET = 0
    FIELD_BYTE_SIZE = 1
    FIELD_EXISTS = 2
    FIELD_SIGNED = 3
    FIELD_LSHIFT_U64 = 4
    FIELD_RSHIFT_U64 = 5
    TYPE_ID_LOCAL = 6
    TYPE_ID_TARGET = 7
    TYPE_EXISTS = 8
    TYPE_SIZE = 9
    ENUMVAL_EXISTS = 10
    ENUMVAL_VALUE = 11
    TYPE_MATCHES = 12

    @property
    def label(self) -> str:
        return _CORE_LABELS[self]


_CORE_LABELS = {
    CoreKind.FIELD_BYTE_OFFSET: "byte_off", CoreKind.FIELD_BYTE_SIZE: "byte_sz",
    CoreKind.FIELD_EXISTS: "field_exists", CoreKind.FIELD_SIGNED: "signed",
    CoreKind.FIELD_LSHIFT_U64: "lshift_u64", CoreKind.FIELD_RSHIFT_U64: "rshift_u64",
    CoreKind.TYPE_ID_LOCAL: "local_type_id", CoreKind.TYPE_ID_TARGET: "target_type_id",
    CoreKind.TYPE_EXISTS: "type_exists", CoreKind.TYPE_SIZE: "type_size",
    CoreKind.ENUMVAL_EXISTS: "enumval_exists", CoreKind.ENUMVAL_VALUE: "enumval_value",
    CoreKind.TYPE_MATCHES: "type_matches",
}


@dataclass(frozen=True, slots=True)
class FuncInfo:
    insn_off: int  # bytes into the section
    type_id: int  # the FUNC


@dataclass(frozen=True, slots=True)
class LineInfo:
    insn_off: int
    file: str
    text: str  # the source line as clang recorded it
    line: int
    column: int
    file_off: int = 0  # the string offsets of `file` and `text` in `.BTF`, as a loader passes them to the kernel
    text_off: int = 0


@dataclass(frozen=True, slots=True)
class CoreRelo:
    insn_off: int
    type_id: int
    access: str  # "0:1:2": field indices from the root type; for enum kinds the enumerator index
    kind: CoreKind
    access_off: int = 0  # the string offset of `access` in `.BTF`, as a loader passes it to the kernel


@dataclass(frozen=True)
class BtfExt:
    func_info: Mapping[str, tuple[FuncInfo, ...]]  # ELF section name -> records
    line_info: Mapping[str, tuple[LineInfo, ...]]
    core_relos: Mapping[str, tuple[CoreRelo, ...]]
    func_info_rec_size: int = 8
    line_info_rec_size: int = 16


def parse_ext(data: bytes, btf: Btf, *, source: str = ".BTF.ext") -> BtfExt:
    if len(data) < _HEADER.size:
        raise ObjectError(f"{source}: {len(data)} bytes is too short for a header")
    magic, version, _flags, hdr_len = _HEADER.unpack_from(data)
    if magic != MAGIC or version != 1:
        raise ObjectError(f"{source}: bad magic 0x{magic:04x} or version {version}")
    # Older producers stop the header before the CO-RE range; missing ranges are empty.
    fields = data[_HEADER.size:hdr_len].ljust(_INFO_RANGES.size, b"\0")[:_INFO_RANGES.size]
    if hdr_len > len(data):
        raise ObjectError(f"{source}: header length {hdr_len} is past the end")
    fi_off, fi_len, li_off, li_len, cr_off, cr_len = _INFO_RANGES.unpack(fields)

    def func(rec: bytes) -> FuncInfo:
        insn_off, type_id = struct.unpack_from("<II", rec)
        return FuncInfo(insn_off, type_id)

    def line(rec: bytes) -> LineInfo:
        insn_off, file_off, line_off, line_col = struct.unpack_from("<IIII", rec)
        return LineInfo(insn_off, btf.string(file_off), btf.string(line_off), line_col >> 10, line_col & 0x3FF,
                        file_off, line_off)

    def core(rec: bytes) -> CoreRelo:
        insn_off, type_id, access_off, kind = struct.unpack_from("<IIII", rec)
        if kind not in CoreKind._value2member_map_:
            raise ObjectError(f"{source}: unknown CO-RE relocation kind {kind}")
        return CoreRelo(insn_off, type_id, btf.string(access_off), CoreKind(kind), access_off)

    func_info, fi_size = _records(data, hdr_len + fi_off, fi_len, 8, func, btf, source, "func_info")
    line_info, li_size = _records(data, hdr_len + li_off, li_len, 16, line, btf, source, "line_info")
    core_relos, _ = _records(data, hdr_len + cr_off, cr_len, 16, core, btf, source, "core_relo")
    return BtfExt(func_info, line_info, core_relos, fi_size, li_size)


def _records(data: bytes, start: int, length: int, min_size: int, read: Callable[[bytes], T], btf: Btf,
             source: str, what: str) -> tuple[dict[str, tuple[T, ...]], int]:
    if not length:
        return {}, min_size
    end = start + length
    if end > len(data) or length < 4:
        raise ObjectError(f"{source}: {what} runs past the end")
    (rec_size,) = _U32.unpack_from(data, start)
    if rec_size < min_size or rec_size % 4:
        raise ObjectError(f"{source}: {what} record size {rec_size} is invalid")
    at = start + 4
    out: dict[str, tuple[T, ...]] = {}
    while at < end:
        if at + 8 > end:
            raise ObjectError(f"{source}: {what} section header is truncated")
        sec_name_off, count = struct.unpack_from("<II", data, at)
        at += 8
        if at + count * rec_size > end:
            raise ObjectError(f"{source}: {what} records run past the end")
        section = btf.string(sec_name_off)
        out[section] = out.get(section, ()) + tuple(
            read(data[at + k * rec_size:at + (k + 1) * rec_size]) for k in range(count))
        at += count * rec_size
    return out, rec_size

