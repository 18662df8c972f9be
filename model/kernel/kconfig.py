"""The values libbpf gives `.kconfig` externs on the running kernel, laid out in the object's `.kconfig` bytes.

libbpf (tools/lib/bpf/libbpf.c: bpf_object__resolve_externs, bpf_object__read_kconfig_file and set_kcfg_value_*)
reads CONFIG_* lines from /boot/config-<release> or /proc/config.gz, sets LINUX_KERNEL_VERSION from the release
(KERNEL_VERSION(a, b, min(c, 255))), and answers LINUX_HAS_BPF_COOKIE and LINUX_HAS_SYSCALL_WRAPPER by probing
(both hold on the kernels modelled here from 5.15, on x86-64). A weak extern without a value reads 0; a strong one
fails the load, and so the bytes stay unknown here.
"""

from __future__ import annotations

import functools
import gzip
import os
from collections.abc import Mapping

from sleepcheck.model.program import BpfObject

CONFIG_FILES = ("/boot/config-{release}", "/proc/config.gz")
PROBED = {"LINUX_HAS_BPF_COOKIE": 1, "LINUX_HAS_SYSCALL_WRAPPER": 1}
_TRISTATE = {"n": 0, "y": 1, "m": 2}


@functools.cache
def running_config() -> Mapping[str, str] | None:
    """CONFIG_NAME -> its text after `=`, from the running kernel's configuration; None where none can be read."""
    release = os.uname().release
    for pattern in CONFIG_FILES:
        path = pattern.format(release=release)
        try:
            with gzip.open(path) if path.endswith(".gz") else open(path, "rb") as stream:
                raw = stream.read()
        except OSError:
            continue
        values: dict[str, str] = {}
        for line in raw.decode("utf-8", "replace").splitlines():
            name, sep, value = line.partition("=")
            if sep and name.startswith("CONFIG_"):
                values[name] = value.strip()
        return values
    return None


def version_code(release: str) -> int:
    """LINUX_KERNEL_VERSION of a release string ("6.18.44-fc" -> KERNEL_VERSION(6, 18, 44))."""
    parts = [int(p) if p.isdigit() else 0 for p in release.split("-")[0].split(".")[:3]] + [0, 0, 0]
    return parts[0] << 16 | parts[1] << 8 | min(parts[2], 255)


def kconfig_bytes(obj: BpfObject, config: Mapping[str, str], version: int) -> bytes | None:
    """The object's `.kconfig` bytes as libbpf writes them; None where it has none, or where libbpf would refuse a
    value (a strong extern the configuration lacks, a value its type cannot take)."""
    section = obj.data.get(".kconfig")
    if section is None:
        return None
    out = bytearray(section.size)
    for name, (offset, size) in section.symbols.items():
        extern = obj.externs.get(name)
        if extern is None:
            return None
        if name == "LINUX_KERNEL_VERSION":
            value: bytes | None = _number(str(version), size, extern.value_type)
        elif name in PROBED:
            value = _number(str(PROBED[name]), size, extern.value_type)
        elif name in config:
            value = _value(config[name], size, extern.value_type)
        elif extern.weak:
            value = bytes(size)
        else:
            return None
        if value is None:
            return None
        out[offset:offset + size] = value
    return bytes(out)


def _value(text: str, size: int, value_type: str) -> bytes | None:
    if text in _TRISTATE:
        if value_type == "bool" and text != "m":
            return _TRISTATE[text].to_bytes(size, "little")
        if value_type == "tristate":
            return _TRISTATE[text].to_bytes(size, "little")
        if value_type == "char":
            return text.encode().ljust(size, b"\0")
        return None
    if text.startswith('"'):
        if value_type != "str":
            return None
        return text.strip('"').encode()[:size - 1].ljust(size, b"\0")
    return _number(text, size, value_type)


def _number(text: str, size: int, value_type: str) -> bytes | None:
    if value_type not in ("int", "uint", "char", "bool", "tristate"):
        return None
    try:
        number = int(text, 0)
    except ValueError:
        return None
    if not -(1 << (8 * size - 1)) <= number < (1 << 8 * size):
        return None
    return (number & ((1 << 8 * size) - 1)).to_bytes(size, "little")
