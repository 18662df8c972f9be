"""Deriving the probe-able sleep facts from the running kernel, by loading small generated programs.

What a load can show: which helper numbers exist and in which program types (the verifier says "invalid func
unknown#N" for a number it does not know, "program of this type cannot use helper ..." or "helper call is not
allowed in probe" where the type lacks it); which helpers might sleep ("helper call might sleep in a non-sleepable
prog", or inside bpf_rcu_read_lock in a sleepable syscall program "sleepable helper NAME#ID in rcu_read_lock region");
which kfuncs of the kernel's BTF (a FUNC with the `bpf_kfunc` decl tag) each type may call ("calling kernel function
NAME is not allowed" where not) and which are sleepable ("program must be sleepable to call sleepable kfunc NAME");
how the RCU, preempt and IRQ regions nest and must be released; which program types accept BPF_F_SLEEPABLE.
`compare` lists where a shipped model says otherwise.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sleepcheck.model.btf.parse import load_vmlinux
from sleepcheck.model.btf.types import DeclTag, Kind
from sleepcheck.model.errors import KernelModelError
from sleepcheck.model.isa.decode import encode
from sleepcheck.model.isa.insn import Code, Insn, Mov, Reg
from sleepcheck.model.kernel import live_log, live_sys
from sleepcheck.model.kernel.admission import AdmissionStatus
from sleepcheck.model.kernel.live_uapi import helper_names, names, number
from sleepcheck.model.kernel.probe_programs import (
    HELPER_FALLBACK,
    HELPER_MAIN,
    KFUNC_FALLBACK,
    KFUNC_MAIN,
    RETURN_ZERO,
    SYSCALL,
    Config,
    copy_str_args,
    helper_call,
    kfunc_call,
    stack_pointer,
)

if TYPE_CHECKING:
    from sleepcheck.model.kernel.model import KernelModel

_NO_HELPER = re.compile(r"^invalid func unknown#\d+")
# bpf_get_func_ip is looked up for every type, then refused past its arguments by check_get_func_ip
_HELPER_ABSENT = re.compile(
    r"^(invalid func unknown#\d+|program of this type cannot use helper |unknown func |helper call is not allowed"
    r"|func \S+ not supported for program type )")
_HELPER_SLEEPS = re.compile(r"^(helper call might sleep in a non-sleepable prog|sleepable helper \S+ in rcu_read_lock)")
# An XDP metadata kfunc is refused before its registration is looked at unless the program is bound to a device.
_KFUNC_UNAVAILABLE = re.compile(r"^(calling kernel function \S+ is not allowed|metadata kfuncs require device-bound)")
_KFUNC_SLEEPS = re.compile(r"^(program must be sleepable to call sleepable kfunc |kernel func \S+ is sleepable within)")
_COPY_HELPER = 148  # bpf_copy_from_user, the helper every sleepable program type offers
_COPY_KFUNC = "bpf_copy_from_user_str"


@dataclass(frozen=True)
class Outcome:
    accepted: bool
    message: str


@dataclass(frozen=True)
class HelperProbe:
    id: int
    name: str
    available_in: tuple[str, ...]  # configuration labels where the verifier offers the helper
    might_sleep: bool | None  # None where no configuration offers it, so the probe could not ask
    evidence: str  # the verifier's message and where


@dataclass(frozen=True)
class KfuncProbe:
    name: str
    registered_for: tuple[str, ...]
    sleepable: bool | None  # None where only a sleepable configuration may call it, so the check cannot fire
    evidence: str


@dataclass(frozen=True)
class RegionProbe:
    name: str
    nesting: str  # flag (a second open refused) | counter (nests) | stack (released in LIFO order)
    messages: tuple[tuple[str, str], ...]  # as the data files key them: nested, unmatched, order, exit, helper, kfunc


@dataclass(frozen=True)
class SleepableProbe:
    config: str
    prog_type: str
    attach_type: str | None
    attach_target: str | None
    accepted: bool
    message: str


@dataclass(frozen=True)
class ProbedKernel:
    release: str  # uname -r
    machine: str
    helpers: tuple[HelperProbe, ...]
    kfuncs: tuple[KfuncProbe, ...]
    regions: tuple[RegionProbe, ...]
    sleepable: tuple[SleepableProbe, ...]
    helper_non_sleepable: str | None
    kfunc_non_sleepable: str | None
    unusable_configs: tuple[str, ...]  # configurations whose trivial program does not load here: not probed
    loads: int
    seconds: float

    @property
    def provenance(self) -> str:
        return (f"live probe, Linux {self.release} {self.machine}: bpf(BPF_PROG_LOAD) of a generated program, "
                "verifier log (sleepcheck model probe)")


class _Loader:
    """Loads probe programs (log level 4: the verifier's messages and statistics, no trace) and counts them."""

    def __init__(self) -> None:
        self.loads = 0
        self._usable: dict[str, bool] = {}
        self._attach_btf: dict[str, int] = {}

    def load(self, config: Config, insns: Iterable[Insn]) -> Outcome:
        attach_btf_id = 0
        if config.attach_btf:
            kind = Kind.STRUCT if config.prog_type == "struct_ops" else \
                Kind.TYPEDEF if config.attach_btf.startswith("btf_trace_") else Kind.FUNC
            attach_btf_id = load_vmlinux().find(config.attach_btf, kind) or 0
        spec = live_sys.ProgSpec(
            prog_type=number("prog_type", config.prog_type), insns=encode(Code.of(list(insns))),
            flags=config.flags | (live_sys.F_SLEEPABLE if config.sleepable else 0),
            expected_attach_type=config.attach_type, ifindex=config.ifindex, attach_btf_id=attach_btf_id,
        )
        self.loads += 1
        loaded = live_sys.prog_load(spec, 4, 1 << 16)
        if loaded.fd is not None:
            os.close(loaded.fd)
            return Outcome(True, "")
        return Outcome(False, live_log.message(loaded.log) or os.strerror(loaded.errno))

    def unusable(self) -> tuple[str, ...]:
        return tuple(label for label, ok in self._usable.items() if not ok)

    def usable(self, config: Config) -> bool:
        """Does a program that does nothing load in this configuration at all?"""
        if config.label not in self._usable:
            self._usable[config.label] = self.load(config, RETURN_ZERO).accepted
        return self._usable[config.label]


def _kfunc_ids(known: Iterable[str] = ()) -> dict[str, int]:
    """Every kfunc of the running kernel's BTF: the FUNCs tagged `bpf_kfunc` (pahole's decl_tag_kfuncs), and the
    FUNCs named in `known` (a model's kfuncs) that lack the tag (bpf_verify_pkcs7_signature on 6.18.44): libbpf
    resolves a kfunc extern by the FUNC alone."""
    btf = load_vmlinux()
    out: dict[str, int] = {}
    for tag_id in btf.ids_of_kind(Kind.DECL_TAG):
        tag = btf.type(tag_id)
        assert isinstance(tag, DeclTag)
        if tag.name == "bpf_kfunc" and tag.component_idx == -1:
            out[btf.name(tag.type)] = tag.type
    for name in known:
        found = btf.find(name, Kind.FUNC) if name not in out else None
        if found is not None:
            out[name] = found
    return dict(sorted(out.items()))


def _in_rcu(kfunc_ids: dict[str, int], body: tuple[Insn, ...]) -> tuple[Insn, ...]:
    """The body inside an RCU section, with R1 the context again, as at the program's start: a helper that takes
    the context (bpf_get_func_ip) then gets as far into the verifier as it does in a program without one."""
    return (Mov(True, 6, Reg(1)), kfunc_call(kfunc_ids["bpf_rcu_read_lock"]), Mov(True, 1, Reg(6)), *body,
            kfunc_call(kfunc_ids["bpf_rcu_read_unlock"]))


def _first_reached(loader: _Loader, tiers: tuple[tuple[Config, ...], ...], body: Callable[[Config], tuple[Insn, ...]],
                   absent: re.Pattern[str]) -> list[tuple[Config, Outcome]]:
    """The outcomes in every usable configuration of the first tier where some configuration offers the call."""
    for tier in tiers:
        reached = []
        for config in tier:
            if loader.usable(config):
                outcome = loader.load(config, body(config))
                if not absent.match(outcome.message):
                    reached.append((config, outcome))
        if reached:
            return reached
    return []


def _where(config: Config, outcome: Outcome) -> str:
    inside = ", inside bpf_rcu_read_lock" if config.sleepable else ""
    return f"'{outcome.message}' in {config.label}{inside}"


def _verdict(reached: list[tuple[Config, Outcome]], sleeps: re.Pattern[str]) -> tuple[bool | None, str]:
    """(does the verifier take the call to sleep, the evidence): a sleep message anywhere says yes; a
    non-sleepable configuration that offers the call without one says no, and so does a sleepable one that loads
    the call inside bpf_rcu_read_lock; a call offered only to sleepable programs, refused there for another reason
    (its arguments), stays unknown."""
    for config, outcome in reached:
        if sleeps.match(outcome.message):
            return True, _where(config, outcome)
    for config, outcome in reached:
        if not config.sleepable or outcome.accepted:
            return False, _where(config, outcome)
    return None, _where(*reached[0]) if reached else ""


def probe_helpers(loader: _Loader, kfunc_ids: dict[str, int]) -> tuple[HelperProbe, ...]:
    known = helper_names()
    out: list[HelperProbe] = []
    for helper in range(1, max(known) + 2):
        def body(config: Config, helper: int = helper) -> tuple[Insn, ...]:
            call = helper_call(helper)
            # the might-sleep check fires in a sleepable program only inside a region
            return (*_in_rcu(kfunc_ids, call[:1]), *RETURN_ZERO) if config.sleepable else call

        if _NO_HELPER.match(loader.load(HELPER_MAIN[0], helper_call(helper)).message):
            continue  # the number is past the kernel's last helper
        reached = _first_reached(loader, (HELPER_MAIN, HELPER_FALLBACK), body, _HELPER_ABSENT)
        sleeps, evidence = _verdict(reached, _HELPER_SLEEPS)
        available = tuple(config.label for config, _ in reached)
        out.append(HelperProbe(helper, known.get(helper, f"unknown#{helper}"), available, sleeps, evidence))
    return tuple(out)


def probe_kfuncs(loader: _Loader, kfunc_ids: dict[str, int]) -> tuple[KfuncProbe, ...]:
    out: list[KfuncProbe] = []
    for name, btf_id in kfunc_ids.items():
        def body(config: Config, btf_id: int = btf_id, name: str = name) -> tuple[Insn, ...]:
            call: tuple[Insn, ...] = (kfunc_call(btf_id),)
            if config.sleepable and name not in ("bpf_rcu_read_lock", "bpf_rcu_read_unlock"):
                call = _in_rcu(kfunc_ids, call)
            return (*call, *RETURN_ZERO)

        reached = _first_reached(loader, (KFUNC_MAIN, KFUNC_FALLBACK), body, _KFUNC_UNAVAILABLE)
        sleepable, evidence = _verdict(reached, _KFUNC_SLEEPS)
        out.append(KfuncProbe(name, tuple(config.label for config, _ in reached), sleepable, evidence))
    return tuple(out)


def _template(message: str, **fields: str) -> str:
    """Turn a concrete message back into the data files' template: each value becomes `{key}`."""
    for key, value in fields.items():
        message = message.replace(value, "{" + key + "}")
    return message


def probe_regions(loader: _Loader, kfunc_ids: dict[str, int]) -> tuple[RegionProbe, ...]:
    k = {name: kfunc_call(kfunc_ids[name]) for name in (
        "bpf_rcu_read_lock", "bpf_rcu_read_unlock", "bpf_preempt_disable", "bpf_preempt_enable",
        "bpf_local_irq_save", "bpf_local_irq_restore", _COPY_KFUNC)}
    atomic = HELPER_MAIN[0]
    copy_name = helper_names()[_COPY_HELPER]
    save = (*stack_pointer(1, -8), k["bpf_local_irq_save"])
    save2 = (*stack_pointer(1, -16), k["bpf_local_irq_save"])
    restore = (*stack_pointer(1, -8), k["bpf_local_irq_restore"])
    restore2 = (*stack_pointer(1, -16), k["bpf_local_irq_restore"])
    regions = {
        "rcu": ((k["bpf_rcu_read_lock"],), (k["bpf_rcu_read_unlock"],), (k["bpf_rcu_read_lock"],),
                (k["bpf_rcu_read_unlock"],)),
        "preempt": ((k["bpf_preempt_disable"],), (k["bpf_preempt_enable"],), (k["bpf_preempt_disable"],),
                    (k["bpf_preempt_enable"],)),
        "irq": (save, restore, save2, restore2),
    }
    out: list[RegionProbe] = []
    for name, (open1, close1, open2, close2) in regions.items():
        messages: dict[str, str] = {}
        nested = loader.load(atomic, (*open1, *open2, *close2, *close1, *RETURN_ZERO))
        nesting = "counter" if nested.accepted else "flag"
        if not nested.accepted:
            messages["nested"] = nested.message
        if name == "irq":
            crossed = loader.load(atomic, (*open1, *open2, *close1, *close2, *RETURN_ZERO))
            if nested.accepted and not crossed.accepted:
                nesting = "stack"
                messages["order"] = re.sub(r"insn_idx=\d+", "insn_idx={insn}",
                                           re.sub(r"id=\d+", "id={id}", crossed.message))
        else:
            unmatched = loader.load(atomic, (*close1, *RETURN_ZERO))
            if not unmatched.accepted:
                messages["unmatched"] = unmatched.message
        exit_inside = loader.load(atomic, (*open1, *RETURN_ZERO))
        if not exit_inside.accepted:
            messages["exit"] = exit_inside.message
        helper = loader.load(SYSCALL, (*open1, *helper_call(_COPY_HELPER)[:1], *close1, *RETURN_ZERO))
        if not helper.accepted:
            messages["helper"] = _template(helper.message, name=copy_name, id=str(_COPY_HELPER))
        kfunc = loader.load(SYSCALL, (*open1, *copy_str_args(16), k[_COPY_KFUNC], *close1, *RETURN_ZERO))
        if not kfunc.accepted:
            messages["kfunc"] = _template(kfunc.message, name=_COPY_KFUNC)
        out.append(RegionProbe(name, nesting, tuple(sorted(messages.items()))))
    return tuple(out)


# Program types that need more than a program to load (a target function, hook, program or struct_ops map); the
# tracing attach types that need only a BTF name are probed below with one.
_NEEDS_TARGET = frozenset({"unspec", "tracing", "lsm", "ext", "struct_ops"})
_TRACING = (
    (Config("tracing@trace_iter", "tracing", 0, attach_btf="bpf_iter_task"), "trace_iter", "task"),
    (Config("tracing@trace_raw_tp", "tracing", 0, attach_btf="btf_trace_sched_switch"), "trace_raw_tp",
     "sched_switch"),
)
_KPROBE_ATTACH = ("trace_kprobe_multi", "trace_uprobe_multi", "trace_kprobe_session", "trace_uprobe_session")


def probe_sleepable(loader: _Loader) -> tuple[SleepableProbe, ...]:
    configs: list[tuple[Config, str | None, str | None]] = []
    for prog_type in names("prog_type").values():
        if prog_type not in _NEEDS_TARGET:
            configs.append((Config(prog_type, prog_type), None, None))
    for attach in _KPROBE_ATTACH:
        configs.append((Config(f"kprobe@{attach}", "kprobe", number("attach_type", attach)), attach, None))
    for config, attach, target in _TRACING:
        configs.append((Config(config.label, "tracing", number("attach_type", attach), attach_btf=config.attach_btf),
                        attach, target))
    out: list[SleepableProbe] = []
    for config, attach, target in configs:
        sleepable = Config(config.label, config.prog_type, config.attach_type, True, attach_btf=config.attach_btf)
        plain_ok = loader.usable(config)
        outcome = loader.load(sleepable, RETURN_ZERO)
        if not plain_ok and not outcome.accepted:
            continue  # this type does not load here at all (or, like syscall, only sleepable: kept below)
        out.append(SleepableProbe(config.label, config.prog_type, attach, target, outcome.accepted, outcome.message))
        if not plain_ok:
            required = loader.load(config, RETURN_ZERO)
            out.append(SleepableProbe(f"{config.label} without BPF_F_SLEEPABLE", config.prog_type, attach, target,
                                      False, required.message))
    return tuple(out)


def probe_kernel(known_kfuncs: Iterable[str] = ()) -> ProbedKernel:
    """Run every probe against the running kernel (needs a usable bpf(): see live.bpf_available); the kfuncs probed
    are those its BTF tags, and those of `known_kfuncs` it has untagged."""
    start = time.monotonic()
    loader = _Loader()
    kfunc_ids = _kfunc_ids(known_kfuncs)
    helpers = probe_helpers(loader, kfunc_ids)
    kfuncs = probe_kfuncs(loader, kfunc_ids)
    regions = probe_regions(loader, kfunc_ids)
    sleepable = probe_sleepable(loader)
    helper_msg = next((h.evidence.split("'")[1] for h in helpers if h.might_sleep
                       and "might sleep in a non-sleepable prog" in h.evidence), None)
    kfunc_msg = next((_template(f.evidence.split("'")[1], name=f.name) for f in kfuncs if f.sleepable
                      and "program must be sleepable" in f.evidence), None)
    loads_sleepable = {probe.config for probe in sleepable if probe.accepted}
    unusable = tuple(label for label in loader.unusable() if label not in loads_sleepable)
    uname = os.uname()
    return ProbedKernel(uname.release.split("-")[0], uname.machine, helpers, kfuncs, regions, sleepable, helper_msg,
                        kfunc_msg, unusable, loader.loads, time.monotonic() - start)


@dataclass(frozen=True)
class Difference:
    fact: str  # what, e.g. "helper 148 bpf_copy_from_user: might_sleep"
    model: str
    kernel: str


def _labels(values: Iterable[str]) -> str:
    return ", ".join(sorted(values)) or "none"


def compare(model: KernelModel, probed: ProbedKernel) -> tuple[Difference, ...]:
    """Every probed fact on which `model` says otherwise. A fact the probe could not reach is not compared."""
    out: list[Difference] = []

    def differ(fact: str, modelled: object, measured: object) -> None:
        if modelled != measured:
            out.append(Difference(fact, str(modelled), str(measured)))

    probed_helpers = {h.id: h for h in probed.helpers}
    for number_, fact in model.helpers.items():
        if number_ not in probed_helpers:
            out.append(Difference(f"helper {number_} {fact.name}", "exists", "the kernel has no such helper"))
    for helper in probed.helpers:
        where = f"helper {helper.id} {helper.name}"
        fact = model.helpers.get(helper.id)
        if fact is None:
            out.append(Difference(where, "absent", f"exists ({helper.evidence or 'offered nowhere probed'})"))
            continue
        differ(f"{where}: name", fact.name, helper.name)
        differ(f"{where}: available in", _labels(fact.available_in), _labels(helper.available_in))
        if helper.might_sleep is not None and helper.might_sleep != fact.verifier_sleeps:  # what the verifier checks
            out.append(Difference(f"{where}: might sleep", str(fact.verifier_sleeps),
                                  f"{helper.might_sleep} ({helper.evidence})"))
    probed_kfuncs = {k.name: k for k in probed.kfuncs}
    for name, kfact in model.kfuncs.items():
        if kfact.in_btf and name not in probed_kfuncs:
            out.append(Difference(f"kfunc {name}", "in the kernel's BTF", "not in the kernel's BTF"))
    for kfunc in probed.kfuncs:
        where = f"kfunc {kfunc.name}"
        kfact = model.kfuncs.get(kfunc.name)
        if kfact is None or not kfact.in_btf:
            out.append(Difference(where, "absent from the kernel's BTF" if kfact else "absent",
                                  "a kfunc of the kernel's BTF"))
            continue
        differ(f"{where}: registered for", _labels(kfact.registered_for), _labels(kfunc.registered_for))
        if kfunc.sleepable is not None and kfunc.sleepable != kfact.sleepable:
            out.append(Difference(f"{where}: sleepable", str(kfact.sleepable),
                                  f"{kfunc.sleepable} ({kfunc.evidence})"))
    known = {fact.name for fact in model.regions()}
    for region in probed.regions:
        if region.name not in known:  # an older model, of a kernel without the region
            out.append(Difference(f"region {region.name}", "absent", "a region the kernel has"))
            continue
        rfact = model.region(region.name)
        differ(f"region {region.name}: nesting", rfact.nesting, region.nesting)
        for key, message in region.messages:
            differ(f"region {region.name}: '{key}' message", rfact.message(key), message)
    if probed.helper_non_sleepable is not None:
        differ("message: helper might sleep", model.helper_non_sleepable, probed.helper_non_sleepable)
    if probed.kfunc_non_sleepable is not None:
        differ("message: sleepable kfunc", model.kfunc_non_sleepable, probed.kfunc_non_sleepable)
    for probe in probed.sleepable:
        if probe.config.endswith("without BPF_F_SLEEPABLE"):
            differ(f"{probe.config}: message", model.sleepable_programs.required_message, probe.message)
            continue
        try:
            admission = model.admissibility(probe.prog_type, probe.attach_type, probe.attach_target, True)
        except KernelModelError as error:  # an older model, of a kernel without that type or attach type
            out.append(Difference(f"BPF_F_SLEEPABLE on {probe.config}", str(error),
                                  "accepted" if probe.accepted else f"refused: {probe.message}"))
            continue
        if admission.status is AdmissionStatus.DEPENDS:
            continue
        expected = "accepted" if admission.status is AdmissionStatus.ALLOWED else f"refused: {admission.message}"
        differ(f"BPF_F_SLEEPABLE on {probe.config}", expected,
               "accepted" if probe.accepted else f"refused: {probe.message}")
    return tuple(out)
