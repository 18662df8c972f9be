"""`.kconfig` values as libbpf writes them: the release's version code, config text by the extern's type, weak
externs the configuration lacks at 0, and no bytes at all where libbpf would refuse the load."""

from __future__ import annotations

from sleepcheck.model.kernel.kconfig import kconfig_bytes, version_code
from sleepcheck.model.program import BpfObject, DataSection, Extern


def _object(*externs: tuple[str, str, bool, int]) -> BpfObject:
    symbols: dict[str, tuple[int, int]] = {}
    offset = 0
    for name, _type, _weak, size in externs:
        symbols[name] = (offset, size)
        offset += size
    section = DataSection(".kconfig", bytes(offset), offset, True, symbols, kernel_values=True)
    return BpfObject("k.bpf.o", (), {}, {}, {".kconfig": section},
                     {name: Extern(name, "kconfig", weak, value_type) for name, value_type, weak, _ in externs})


def test_the_version_code_caps_the_patch_level_as_kernel_version_does() -> None:
    assert version_code("6.18.44-fc-v782") == 6 << 16 | 18 << 8 | 44
    assert version_code("5.4.300") == 5 << 16 | 4 << 8 | 255
    assert version_code("6.1") == 6 << 16 | 1 << 8


def test_values_by_type() -> None:
    obj = _object(("LINUX_KERNEL_VERSION", "uint", False, 4), ("CONFIG_A", "bool", False, 1),
                  ("CONFIG_B", "tristate", False, 4), ("CONFIG_HZ", "int", False, 4), ("CONFIG_S", "str", False, 8),
                  ("CONFIG_ABSENT", "bool", True, 1))
    data = kconfig_bytes(obj, {"CONFIG_A": "y", "CONFIG_B": "m", "CONFIG_HZ": "250", "CONFIG_S": '"abc"'},
                         version_code("6.18.44"))
    assert data == ((6 << 16 | 18 << 8 | 44).to_bytes(4, "little") + b"\x01" + (2).to_bytes(4, "little")
                    + (250).to_bytes(4, "little") + b"abc\0\0\0\0\0" + b"\0")


def test_no_bytes_where_libbpf_refuses() -> None:
    strong = _object(("CONFIG_ABSENT", "bool", False, 1))
    assert kconfig_bytes(strong, {}, 0) is None  # a strong extern the configuration lacks fails the load
    module_bool = _object(("CONFIG_M", "bool", False, 1))
    assert kconfig_bytes(module_bool, {"CONFIG_M": "m"}, 0) is None  # "m" does not fit a bool
