"""The running kernel's numbers for program types, attach types, map types and helpers, read from its own BTF.

The uapi enums (`enum bpf_prog_type`, `bpf_attach_type`, `bpf_map_type`, `bpf_func_id`) are in vmlinux BTF, so the
kernel we load into tells us its numbering; no table here can fall behind it. Names are the program model's: the
enum name without its prefix, lowercase ("sched_cls", "trace_fentry", "ringbuf", "copy_from_user").
"""

from __future__ import annotations

from functools import cache

from sleepcheck.model.btf.parse import load_vmlinux
from sleepcheck.model.btf.types import Enum, Kind
from sleepcheck.model.errors import KernelModelError

_ENUMS = {
    "prog_type": ("bpf_prog_type", "BPF_PROG_TYPE_"),
    "attach_type": ("bpf_attach_type", "BPF_"),
    "map_type": ("bpf_map_type", "BPF_MAP_TYPE_"),
    "helper": ("bpf_func_id", "BPF_FUNC_"),
}


@cache
def _table(what: str) -> dict[str, int]:
    enum_name, prefix = _ENUMS[what]
    btf = load_vmlinux()
    type_id = btf.find(enum_name, Kind.ENUM)
    if type_id is None:
        raise KernelModelError(f"the running kernel's BTF has no enum {enum_name}")
    t = btf.type(type_id)
    assert isinstance(t, Enum)
    return {name.removeprefix(prefix).lower(): value for name, value in t.values if name.startswith(prefix)}


def number(what: str, name: str) -> int:
    """The kernel's number for a program type, attach type, map type or helper name."""
    table = _table(what)
    if name not in table:
        raise KernelModelError(f"the running kernel knows no {what.replace('_', ' ')} {name!r}")
    return table[name]


def names(what: str) -> dict[int, str]:
    """Number -> name for one enum (`what`: prog_type, attach_type, map_type or helper)."""
    return {value: name for name, value in _table(what).items()}


def helper_names() -> dict[int, str]:
    """Helper number -> name with its `bpf_` prefix, as the verifier prints it; 0 (unspec) left out."""
    return {value: f"bpf_{name}" for value, name in names("helper").items() if value}
