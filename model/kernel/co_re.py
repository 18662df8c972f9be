"""The object as libbpf relocates it for the kernel it loads into: CO-RE values resolved against that kernel's BTF.

The BTF at hand is the running kernel's (/sys/kernel/btf/vmlinux), and it stands for the modelled kernel only where
the two are one series: checked against another version, or where that file cannot be read, every CO-RE value
stays an input (model/program.py: CORE_VALUE_KINDS), which every answer then holds for.
"""

from __future__ import annotations

import dataclasses
import functools
import os

from sleepcheck.model.btf.core import resolve
from sleepcheck.model.btf.parse import VMLINUX, Btf, load_vmlinux
from sleepcheck.model.errors import SleepcheckError
from sleepcheck.model.kernel.model import KernelModel
from sleepcheck.model.program import CORE_VALUE_KINDS, BpfObject


def relocated(obj: BpfObject, kernel: KernelModel) -> BpfObject:
    """The object with the CO-RE values the target kernel's BTF decides (unchanged where none can be decided)."""
    wanted = [r for r in obj.core_relocs if r.kind in CORE_VALUE_KINDS]
    if not wanted or obj.core_resolved:
        return obj
    btf = target_btf(kernel.version.series)
    if btf is None:
        return obj
    resolved = {(r.function, r.insn): value for r in wanted
                if (value := resolve(btf, r.type_name, r.root_kind, r.path, r.kind)) is not None}
    return dataclasses.replace(obj, core_resolved=resolved) if resolved else obj


@functools.cache
def target_btf(series: str) -> Btf | None:
    """The running kernel's BTF where it is of the series checked against; None elsewhere."""
    if ".".join(os.uname().release.split("-")[0].split(".")[:2]) != series:
        return None
    try:
        return load_vmlinux(VMLINUX)
    except (OSError, SleepcheckError):
        return None
