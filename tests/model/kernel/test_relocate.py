"""The running kernel's symbols, as libbpf looks a typeless weak extern up in them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sleepcheck.model.elf import load_object
from sleepcheck.model.kernel.loader import load_kernel_model
from sleepcheck.model.kernel.relocate import Kallsyms, relocated, running_version
from sleepcheck.model.kernel.versions import KernelVersion

OBJ = Path(__file__).resolve().parents[2] / "bpf" / "obj"


def test_kallsyms_finds_a_whole_name_with_or_without_module() -> None:
    listing = Kallsyms(b"ffffffff81000000 T _text\nffffffff821fb620 T schedule\n"
                       b"ffffffff821fb700 T preempt_schedule\nffffffffc0201000 t tramp\t[__builtin__ftrace]\n")
    assert listing.address("schedule") == 0xFFFFFFFF821FB620
    assert listing.address("tramp") == 0xFFFFFFFFC0201000
    assert listing.address("_text") == 0xFFFFFFFF81000000
    assert listing.address("sched") is None


def test_the_running_kernel_is_its_series_at_its_patch_level_or_at_none(monkeypatch: pytest.MonkeyPatch) -> None:
    """Another patch level's LINUX_KERNEL_VERSION is not the running kernel's: its `.kconfig` values are inputs."""
    monkeypatch.setattr(os, "uname", lambda: os.uname_result(("Linux", "host", "6.18.44-fc", "#1", "x86_64")))
    assert running_version(KernelVersion("6.18", None))
    assert running_version(KernelVersion("6.18", 44))
    assert not running_version(KernelVersion("6.18", 2))
    assert not running_version(KernelVersion("6.12", None))


def test_another_named_patch_level_gives_its_own_kernel_version(monkeypatch: pytest.MonkeyPatch) -> None:
    """Checked against 6.18.2 on a 6.18.44 machine, LINUX_KERNEL_VERSION is KERNEL_VERSION(6, 18, 2) where it is the
    object's only .kconfig extern; checked against a series alone (6.12), it stays unknown."""
    monkeypatch.setattr(os, "uname", lambda: os.uname_result(("Linux", "host", "6.18.44-fc", "#1", "x86_64")))
    obj = load_object(str(OBJ / "data_kconfig_version_copy_in_rcu.bpf.o"))
    older = relocated(obj, load_kernel_model("6.18.2")).data[".kconfig"]
    assert not older.kernel_values and int.from_bytes(older.data[:4], "little") == (6 << 16 | 18 << 8 | 2)
    assert relocated(obj, load_kernel_model("6.12")).data[".kconfig"].kernel_values
