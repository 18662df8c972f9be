"""libbpf's SEC() name convention: what a program section's name tells the loader.

The table is data (`data/libbpf-section-defs.json`, read from libbpf's `section_defs`, with its commit); the
matching and load rules below restate libbpf's `sec_def_matches`, `find_sec_def` and `libbpf_prepare_prog_load`:

- entries are tried in table order and the first match wins;
- `"type+"` matches `type` exactly or `type/anything`; `"type/"` matches any name starting with it; any other
  entry must equal the name (libbpf 1.0 dropped the sloppy prefixes of 0.x, so `kprobe_foo` matches nothing);
- the program loads with the entry's expected attach type as written, except `SEC_USDT` programs, which load as
  `trace_uprobe_multi` where the kernel has uprobe-multi links (Linux 6.6+), and `struct_ops` programs, whose
  attach type is the member index libbpf learns from the struct_ops map (so: none here);
- `SEC_SLEEPABLE` means `BPF_F_SLEEPABLE`;
- the attach target is what follows the first `/` of a `+` entry's match (`lsm.s/file_open` -> `file_open`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class SecDef:
    sec: str  # the pattern as libbpf writes it: "kprobe+", "tc/ingress", "syscall"
    prog_type: str
    expected_attach_type: str | None  # None where libbpf writes 0
    flags: frozenset[str]  # SEC_SLEEPABLE, SEC_ATTACH_BTF, ...
    line: int  # where in libbpf's src/libbpf.c

    def matches(self, name: str) -> bool:
        if self.sec.endswith("/"):
            return name.startswith(self.sec)
        if self.sec.endswith("+"):
            stem = self.sec[:-1]
            return name == stem or name.startswith(stem + "/")
        return name == self.sec


@dataclass(frozen=True)
class SectionMeaning:
    """What libbpf does with a program from a section of this name."""

    sec_def: SecDef
    prog_type: str
    attach_type: str | None  # as passed to BPF_PROG_LOAD; None where libbpf passes 0 (or a struct_ops index)
    attach_target: str | None
    sleepable: bool
    xdp_frags: bool


@dataclass(frozen=True)
class _Table:
    defs: tuple[SecDef, ...]
    provenance: dict[str, str]
    prog_types: tuple[str, ...]
    attach_types: tuple[str, ...]
    map_types: tuple[str, ...]


def _read(name: str) -> dict[str, Any]:
    return json.loads(resources.files("sleepcheck.model.elf").joinpath("data", name).read_text())


@cache
def _table() -> _Table:
    defs = _read("libbpf-section-defs.json")
    enums = _read("bpf-uapi-enums.json")
    return _Table(
        tuple(SecDef(d["sec"], d["prog_type"], d["expected_attach_type"], frozenset(d["flags"]), d["line"])
              for d in defs["section_defs"]),
        defs["provenance"], tuple(enums["prog_types"]), tuple(enums["attach_types"]), tuple(enums["map_types"]))


def section_defs() -> tuple[SecDef, ...]:
    return _table().defs


def provenance() -> dict[str, str]:
    return dict(_table().provenance)


def _without_autoload_mark(name: str) -> str:
    """libbpf reads `SEC("?tc")` as `tc` with autoload off (bpf_object__init_prog: "forget there was ? in
    section name"); whether user space loads it is not ours to guess, so it is checked like any program."""
    return name[1:] if name.startswith("?") else name


def find_sec_def(name: str) -> SecDef | None:
    """The first table entry matching `name`, as libbpf's `find_sec_def` (without user-registered handlers)."""
    name = _without_autoload_mark(name)
    for sec_def in _table().defs:
        if sec_def.matches(name):
            return sec_def
    return None


def section_meaning(name: str, *, uprobe_multi_link: bool = True) -> SectionMeaning | None:
    """How libbpf would load a program from section `name`, or None if libbpf cannot guess its type."""
    name = _without_autoload_mark(name)
    sec_def = find_sec_def(name)
    if sec_def is None:
        return None
    attach_type = sec_def.expected_attach_type
    if "SEC_USDT" in sec_def.flags and uprobe_multi_link:
        attach_type = "trace_uprobe_multi"
    target = None
    if (sec_def.sec.endswith("+") and name != sec_def.sec[:-1]) or sec_def.sec.endswith("/"):
        target = name[len(sec_def.sec):]
    return SectionMeaning(sec_def, sec_def.prog_type, attach_type, target or None,
                          "SEC_SLEEPABLE" in sec_def.flags, "SEC_XDP_FRAGS" in sec_def.flags)


def prog_type_names() -> tuple[str, ...]:
    """enum bpf_prog_type by value: `prog_type_names()[7]` is "perf_event"."""
    return _table().prog_types


def attach_type_names() -> tuple[str, ...]:
    """enum bpf_attach_type by value."""
    return _table().attach_types


def map_type_names() -> tuple[str, ...]:
    """enum bpf_map_type by value."""
    return _table().map_types


def attach_type_value(name: str) -> int:
    return _table().attach_types.index(name)


def attach_type_name(value: int) -> str:
    names = _table().attach_types
    if not 0 <= value < len(names):
        raise ValueError(f"unknown attach type {value}")
    return names[value]
