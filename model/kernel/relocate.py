"""The object as libbpf prepares it for the kernel it loads into: CO-RE values resolved against that kernel's BTF,
the `.kconfig` externs given that kernel's values, weak kfuncs it lacks resolved to 0; with it, how many CPUs that
kernel may have (nr_cpu_ids, which bounds a CPU id as the verifier bounds it).

What is at hand is the running kernel (/sys/kernel/btf/vmlinux, its configuration and release), and it stands for
the modelled kernel only where the two are one series: checked against another version, or where a file cannot be
read, those values stay inputs (CO-RE values: model/program.py CORE_VALUE_KINDS; `.kconfig` bytes: unknown loads),
which every answer then holds for.
"""

from __future__ import annotations

import collections
import dataclasses
import functools
import os

from sleepcheck.model.btf.core import resolve
from sleepcheck.model.btf.layout import PointerMembers
from sleepcheck.model.btf.parse import VMLINUX, Btf, load_vmlinux
from sleepcheck.model.btf.types import Kind
from sleepcheck.model.errors import SleepcheckError
from sleepcheck.model.kernel.kconfig import kconfig_bytes, running_config, version_code
from sleepcheck.model.kernel.model import KernelModel
from sleepcheck.model.kernel.versions import KernelVersion
from sleepcheck.model.program import CORE_VALUE_KINDS, BpfObject, Extern


def relocated(obj: BpfObject, kernel: KernelModel) -> BpfObject:
    """The object with what the target kernel decides of it (unchanged where nothing can be decided); the last
    object's answer is kept, as each of its programs asks (tracee's object has 169 programs and 4,954 CO-RE
    relocations)."""
    if not running_version(kernel.version):
        return _with_version_only(obj, kernel.version)
    if _LAST and _LAST[0][0] is obj and _LAST[0][1] is kernel:
        return _LAST[0][2]
    cpus = possible_cpus()
    prepared = _with_weak_externs(with_kconfig(_with_core_values(_with_kernel_layouts(obj))), kernel)
    if cpus is not None:
        prepared = dataclasses.replace(prepared, nr_cpu_ids=cpus)
    _LAST[:] = [(obj, kernel, prepared)]
    return prepared


_LAST: list[tuple[BpfObject, KernelModel, BpfObject]] = []  # relocated()'s last object, its kernel and its answer


def _with_kernel_layouts(obj: BpfObject) -> BpfObject:
    """The kernel's own struct layouts before the object's: the verifier names what a load at a constant offset
    from a pointer the kernel hands out reads by the kernel's BTF, whatever the object's says (an object built
    without CO-RE against other headers), and the object's BTF need not describe the struct at all (no entity of
    the object names it). The object's layout serves where the running kernel lacks the struct."""
    layouts = _running_pointer_members()
    if layouts is None:
        return obj
    chained = collections.ChainMap(layouts, obj.pointer_members)  # type: ignore[arg-type]  # read, never written
    return dataclasses.replace(obj, pointer_members=chained)


@functools.cache
def _running_pointer_members() -> PointerMembers | None:
    btf = _running_btf()
    return PointerMembers(btf) if btf is not None else None


def _with_weak_externs(obj: BpfObject, kernel: KernelModel) -> BpfObject:
    """Weak `__ksym` externs as libbpf resolves them on the running kernel: to 0 where neither vmlinux's BTF nor a
    loaded module's has the function or variable (bpf_ksym_exists() is false), else to it, a kfunc or not. A
    typeless one is looked up in /proc/kallsyms instead, which lists a per-CPU variable only with
    CONFIG_KALLSYMS_ALL (and every function, including those BTF leaves out). A kfunc the model has from a
    configuration the running kernel was built without (`in_btf` false: sched_ext's, HID-BPF's) is left as the
    model has it, present: the running kernel does not stand for the modelled one there, and an object that uses
    that subsystem (a sched_ext_ops scheduler) is meant for a kernel built with it."""
    weak = [e for e in obj.externs.values() if e.kind in ("kfunc", "ksym") and e.weak and
            (e.kind != "kfunc" or e.name not in kernel.kfuncs or kernel.kfuncs[e.name].in_btf)]
    btf = _running_btf() if weak else None
    if btf is None:
        return obj
    modules = _module_btf_strings()
    symbols = kallsyms() if any(e.typeless for e in weak) else None

    def resolved(extern: Extern) -> bool:
        if extern.typeless and symbols is not None:
            return symbols.address(extern.name) is not None
        return btf.find(extern.name, Kind.FUNC if extern.kind == "kfunc" else Kind.VAR) is not None or \
            any(b"\0" + extern.name.encode() + b"\0" in strings for strings in modules)

    found = {e.name for e in weak if resolved(e)}
    absent = frozenset(e.name for e in weak) - found
    present = frozenset(e.name for e in weak if e.name in found and e.kind == "kfunc" and e.name not in kernel.kfuncs)
    return dataclasses.replace(obj, absent_externs=absent, present_functions=present) if absent or present else obj


@functools.cache
def _module_btf_strings() -> tuple[bytes, ...]:
    """The raw BTF of each loaded module (/sys/kernel/btf/<module>): a kfunc name in one may be a function of it
    (read as bytes; a module's BTF is split from vmlinux's)."""
    try:
        names = [name for name in os.listdir(BTF_DIR) if name != "vmlinux"]
    except OSError:
        return ()
    found = []
    for name in names:
        try:
            with open(os.path.join(BTF_DIR, name), "rb") as stream:
                found.append(stream.read())
        except OSError:
            continue
    return tuple(found)


BTF_DIR = "/sys/kernel/btf"
KALLSYMS = "/proc/kallsyms"


@dataclasses.dataclass(frozen=True)
class Kallsyms:
    """The running kernel's /proc/kallsyms, as its text: a weak typeless extern asks about one name or two, and
    splitting the whole listing (200,000 lines) costs half a second."""

    text: bytes

    def address(self, name: str) -> int | None:
        """A symbol's address (0 where it is hidden from us), None where the kernel has no such symbol. Each line
        is `address type name`, with `\t[module]` after a module's symbols."""
        key = name.encode()
        for end in (b"\n", b"\t"):
            at = self.text.find(b" " + key + end)
            if at >= 0:
                line = self.text[self.text.rfind(b"\n", 0, at) + 1:at]
                return int(line.split()[0], 16)
        return None


@functools.cache
def kallsyms() -> Kallsyms | None:
    """The running kernel's symbols; None where the file cannot be read."""
    try:
        with open(KALLSYMS, "rb") as stream:
            return Kallsyms(stream.read())
    except OSError:
        return None


def _running_numbers() -> list[str]:
    """The running kernel's release as its numbers ("6.18.44-fc" -> ["6", "18", "44"])."""
    return os.uname().release.split("-")[0].split(".")


def running_series(series: str) -> bool:
    return ".".join(_running_numbers()[:2]) == series


def running_version(version: KernelVersion) -> bool:
    """Whether the version checked against is the running kernel: its series, at the running patch level or at
    none named (the newest). Another patch level's `.kconfig` values (LINUX_KERNEL_VERSION) differ from the running
    kernel's, and are inputs then."""
    if not running_series(version.series):
        return False
    numbers = _running_numbers()
    return version.patch is None or (len(numbers) > 2 and numbers[2].isdigit() and int(numbers[2]) == version.patch)


def with_kconfig(obj: BpfObject) -> BpfObject:
    """The `.kconfig` bytes libbpf writes on the running kernel, where it can tell them all."""
    section = obj.data.get(".kconfig")
    config = running_config()
    if section is None or not section.kernel_values or config is None:
        return obj
    return _with_kconfig_bytes(obj, kconfig_bytes(obj, config, version_code(os.uname().release)))


def _with_kconfig_bytes(obj: BpfObject, data: bytes | None) -> BpfObject:
    """The object with these `.kconfig` bytes, known; unchanged for None."""
    if data is None:
        return obj
    fixed = dataclasses.replace(obj.data[".kconfig"], data=data, kernel_values=False)
    return dataclasses.replace(obj, data={**obj.data, ".kconfig": fixed})


def _with_version_only(obj: BpfObject, version: KernelVersion) -> BpfObject:
    """Checked against a patch level other than the running one, named (`6.18.2`): LINUX_KERNEL_VERSION is that
    version's, where it is the only `.kconfig` extern the object has; the others are its configuration's, unknown
    here, and so is every value of a version named by its series alone."""
    section = obj.data.get(".kconfig")
    if version.patch is None or section is None or not section.kernel_values or \
            set(section.symbols) != {"LINUX_KERNEL_VERSION"}:
        return obj
    return _with_kconfig_bytes(obj, kconfig_bytes(obj, {}, version_code(str(version))))


def _with_core_values(obj: BpfObject) -> BpfObject:
    wanted = [r for r in obj.core_relocs if r.kind in CORE_VALUE_KINDS]
    if not wanted or obj.core_resolved:
        return obj
    btf = _running_btf()
    if btf is None:
        return obj
    resolved = {(r.function, r.insn): value for r in wanted
                if (value := resolve(btf, r.type_name, r.root_kind, r.path, r.kind, r.shapes)) is not None}
    return dataclasses.replace(obj, core_resolved=resolved) if resolved else obj


@functools.cache
def possible_cpus() -> int | None:
    """nr_cpu_ids of the running kernel: one more than the highest CPU in /sys/devices/system/cpu/possible."""
    try:
        with open(POSSIBLE_CPUS) as stream:
            text = stream.read().strip()
        return 1 + max(int(part.split("-")[-1]) for part in text.split(",") if part)
    except (OSError, ValueError):
        return None


POSSIBLE_CPUS = "/sys/devices/system/cpu/possible"


@functools.cache
def _running_btf() -> Btf | None:
    try:
        return load_vmlinux(VMLINUX)
    except (OSError, SleepcheckError):
        return None
