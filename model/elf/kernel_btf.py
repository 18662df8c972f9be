"""An object's BTF as the kernel will take it: `.BTF` with libbpf's load-time fixups, from the ELF that knows the
sizes and offsets clang left out (see model/btf/loadable.py for the rules)."""

from __future__ import annotations

import os

from sleepcheck.model.btf.loadable import loadable_btf
from sleepcheck.model.btf.parse import Btf
from sleepcheck.model.elf.loader import KCONFIG, load_object_bytes
from sleepcheck.model.elf.reader import SHN_LORESERVE, read_elf
from sleepcheck.model.errors import ObjectError, SleepcheckError


def object_kernel_btf(path: str | os.PathLike[str]) -> tuple[bytes, Btf] | None:
    """The bytes for BPF_BTF_LOAD and the same BTF parsed, or None for an object without `.BTF`.

    Type ids are those of the object's `.BTF` (one VAR may be appended), so map key/value type ids, func_info and
    line_info taken from the object apply unchanged.
    """
    name = os.fspath(path)
    try:
        with open(name, "rb") as f:
            data = f.read()
    except OSError as error:
        raise ObjectError(f"cannot read: {error.strerror}", file=name) from None
    try:
        elf = read_elf(data)
        section = elf.section(".BTF")
        if section is None:
            return None
        kconfig = load_object_bytes(data, name).data.get(KCONFIG)
        defined = [s for s in elf.symbols if 0 < s.shndx < SHN_LORESERVE and s.bind != "STB_LOCAL"]
        fixed = loadable_btf(
            Btf(section.data, source=".BTF"),
            section_sizes={s.name: s.size for s in elf.sections},
            symbol_values={s.name: s.value for s in defined if s.type == "STT_OBJECT"},
            hidden={s.name for s in defined if s.visibility in ("STV_HIDDEN", "STV_INTERNAL")},
            kconfig_offsets={n: off for n, (off, _size) in kconfig.symbols.items()} if kconfig else None)
    except SleepcheckError as error:
        raise error.located(file=name) from None
    return fixed, Btf(fixed, source=f"{name}: .BTF (for the kernel)")
