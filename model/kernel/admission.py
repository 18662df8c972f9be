"""May a program of this type, at this hook, carry BPF_F_SLEEPABLE on this kernel, and does the hook really sleep.

Three answers: allowed, refused (with the kernel's message), or depends (on something the model cannot know, e.g.
the error-injection list of a kernel we cannot read). Some rules are checked only at attach time (a sleepable kprobe
loads; only a uprobe attach works): `checked_at` says so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from sleepcheck.model.errors import KernelModelError
from sleepcheck.model.kernel.facts import SleepableRule

if TYPE_CHECKING:
    from sleepcheck.model.kernel.model import KernelModel


class AdmissionStatus(Enum):
    ALLOWED = "allowed"
    REFUSED = "refused"
    DEPENDS = "depends"


@dataclass(frozen=True)
class Admission:
    status: AdmissionStatus
    reason: str  # why, in words: the rule applied, or what it depends on
    message: str | None  # the kernel's message when refused
    checked_at: str  # load | attach
    runs_sleepable: bool | None  # does the hook really run where sleeping is allowed (None: not modelled)
    source: str


def _allowed(rule: SleepableRule, reason: str, checked_at: str = "load") -> Admission:
    return Admission(AdmissionStatus.ALLOWED, reason, None, checked_at, rule.runs_sleepable,
                     rule.provenance.source)


def _refused(reason: str, message: str | None, source: str, checked_at: str = "load") -> Admission:
    return Admission(AdmissionStatus.REFUSED, reason, message, checked_at, None, source)


# SYSCALL_DEFINEx marks every system call ALLOW_ERROR_INJECTION(..., ERRNO), through the architecture's entry
# wrapper where there is one (include/linux/syscalls.h; arch/x86/include/asm/syscall_wrapper.h and the arm64, s390
# and riscv equivalents), so a syscall entry is on the list whenever the list exists.
SYSCALL_ENTRY_PREFIXES = ("__x64_sys_", "__ia32_sys_", "__arm64_sys_", "__s390x_sys_", "__riscv_sys_", "__se_sys_")


def _target(attach_target: str | None, prefix: str) -> str | None:
    if attach_target is None:
        return None
    return attach_target[len(prefix):] if attach_target.startswith(prefix) else attach_target


def _error_injection(model: KernelModel, rule: SleepableRule, target: str | None,
                     error_injection_list: frozenset[str] | None) -> Admission:
    tracing = model.tracing
    source = tracing.provenance.source
    if target is None:
        return Admission(AdmissionStatus.DEPENDS, "a sleepable fentry/fexit/fmod_ret program needs its target "
                         "function; none was given", None, "load", rule.runs_sleepable, source)
    if target in tracing.never_traced:
        return _refused(f"{target} is on the verifier's never-traced list (btf_id_deny)",
                        tracing.never_traced_message.format(function=target), source)
    not_sleepable = tracing.not_sleepable_message.format(function=target)
    if target in tracing.error_injection_denylist:
        return _refused(f"{target} is on the error-injection list but denied to sleepable programs "
                        "(btf_non_sleepable_error_inject)", not_sleepable, source)
    if target in tracing.sleepable_fmodret:
        return _allowed(rule, f"{target} is in an fmod_ret id set registered with KF_SLEEPABLE")
    if error_injection_list is None and target.startswith(SYSCALL_ENTRY_PREFIXES):
        return _allowed(rule, f"{target} is a system call entry, on the error-injection list of every kernel built "
                        "with CONFIG_FUNCTION_ERROR_INJECTION, which sleepable tracing needs (assumed)")
    if error_injection_list is None:
        return Admission(AdmissionStatus.DEPENDS, f"whether {target} is on this kernel's error-injection list "
                         "(ALLOW_ERROR_INJECTION; empty without CONFIG_FUNCTION_ERROR_INJECTION), which was not "
                         "given", None, "load", rule.runs_sleepable, source)
    if target in error_injection_list:
        return _allowed(rule, f"{target} is on the error-injection list")
    empty = ", which is empty (a kernel without CONFIG_FUNCTION_ERROR_INJECTION)" if not error_injection_list else ""
    return _refused(f"{target} is not on the error-injection list{empty}", not_sleepable, source)


def _lsm(model: KernelModel, rule: SleepableRule, target: str | None, _: frozenset[str] | None) -> Admission:
    if target is None:
        return Admission(AdmissionStatus.DEPENDS, "a sleepable LSM program needs its hook; none was given", None,
                         "load", rule.runs_sleepable, rule.provenance.source)
    hook = model.lsm_hook(target)
    if hook.disabled:
        return _refused(f"{hook.name} is a disabled hook (bpf_lsm_disabled_hooks)", disabled_message(hook.name),
                        hook.provenance.source)
    if hook.sleepable:
        return _allowed(rule, f"{hook.name} is in the sleepable LSM hook allowlist")
    return _refused(f"{hook.name} is not in the sleepable LSM hook allowlist",
                    model.tracing.not_sleepable_message.format(function=f"bpf_lsm_{hook.name}"),
                    hook.provenance.source)


def disabled_message(hook: str) -> str:
    """The verifier's refusal of an LSM program on a hook BPF may not attach to (kernel/bpf/bpf_lsm.c
    bpf_lsm_verify_prog(): "attach_btf_id %u points to disabled hook %s"), without the BTF id."""
    return f"attach_btf_id points to disabled hook bpf_lsm_{hook}"


# the tracing attach types that go through a trampoline, where check_attach_btf_id() applies btf_id_deny
TRAMPOLINE_ATTACH = frozenset({"trace_fentry", "trace_fexit", "modify_return", "trace_fsession"})


def disabled_hook(model: KernelModel, prog_type: str, attach_target: str | None,
                  attach_type: str | None = None) -> str | None:
    """The refusal of an LSM program, sleepable or not, attached to a disabled hook, or of a tracing program,
    sleepable or not, attached to a function the verifier never lets be traced (btf_id_deny); None for any other."""
    if attach_target is None:
        return None
    if prog_type == "tracing" and attach_type in TRAMPOLINE_ATTACH and attach_target in model.tracing.never_traced:
        return model.tracing.never_traced_message.format(function=attach_target)
    if prog_type != "lsm":
        return None
    hook = model.lsm_hooks.get(attach_target.removeprefix("bpf_lsm_"))
    return disabled_message(hook.name) if hook is not None and hook.disabled else None


def _struct_ops(model: KernelModel, rule: SleepableRule, target: str | None, _: frozenset[str] | None) -> Admission:
    if target is None or "." not in target:
        return Admission(AdmissionStatus.DEPENDS, "a sleepable struct_ops program is judged per member; give the "
                         "target as struct.member (e.g. sched_ext_ops.init)", None, "load", None,
                         rule.provenance.source)
    struct, member = target.split(".", 1)
    ops = model.struct_ops_by_name.get(struct)
    if ops is None:
        return Admission(AdmissionStatus.DEPENDS, f"struct_ops type {struct} is not in this model: its "
                         "check_member decides", None, "load", None, rule.provenance.source)
    if member not in ops.members:
        raise KernelModelError(f"struct {struct} has no member '{member}' in the {model.version} model "
                               f"(members: {', '.join(ops.members)})")
    source = ops.provenance.source
    if member in ops.sleepable_members:
        return Admission(AdmissionStatus.ALLOWED, f"{struct}.{member} may be sleepable ({ops.note})", None, "load",
                         True, source)
    if ops.others == "refused":
        message = (ops.refused_message or "").format(member=member, struct=struct) or None
        return _refused(f"{struct}.{member} may not be sleepable", message, source)
    return Admission(AdmissionStatus.ALLOWED, f"the verifier accepts a sleepable {struct}.{member}, but the kernel "
                     f"calls it where it may not sleep: {ops.note}", None, "load", False, source)


def _unsupported_member(model: KernelModel, prog_type: str, target: str | None) -> Admission | None:
    """A struct_ops member the verifier refuses whatever the flag (check_struct_ops_btf_id: no cfi stub)."""
    struct, _, member = (target or "").partition(".")
    ops = model.struct_ops_by_name.get(struct) if prog_type == "struct_ops" else None
    if ops is None or member not in ops.unsupported_members:
        return None
    return _refused(f"{struct}.{member} is not a member a struct_ops program may implement",
                    f"attach to unsupported member {member} of struct {struct}",
                    ops.unsupported_source or ops.provenance.source)


def _uprobe(model: KernelModel, rule: SleepableRule, target: str | None, _: frozenset[str] | None) -> Admission:
    if target is not None and target.startswith("kprobe"):
        return _refused("only uprobes may run sleepable kprobe-type programs: the attach is refused", None,
                        rule.provenance.source, checked_at="attach")
    return _allowed(rule, "the load accepts BPF_F_SLEEPABLE; only a uprobe attach works (uprobe.s, "
                    "uretprobe.s, uprobe.multi.s), checked at attach time", checked_at="attach")


def _iter(model: KernelModel, rule: SleepableRule, target: str | None, _: frozenset[str] | None) -> Admission:
    if target is None:
        return Admission(AdmissionStatus.DEPENDS, "a sleepable iterator needs its target; none was given", None,
                         "attach", rule.runs_sleepable, rule.provenance.source)
    iterator = model.iterators.get(target)
    if iterator is None:
        return Admission(AdmissionStatus.DEPENDS, f"no iterator target {target} in the Linux {model.version} model: "
                         "whether it reschedules decides", None, "attach", rule.runs_sleepable, rule.provenance.source)
    if iterator.resched:
        return _allowed(rule, f"the {target} iterator reschedules between objects (BPF_ITER_RESCHED), so a "
                        "sleepable program may attach to it", checked_at="attach")
    return _refused(f"the {target} iterator does not reschedule (no BPF_ITER_RESCHED): a sleepable program is "
                    "refused when its link is made (bpf_iter_link_attach: -EINVAL)", None,
                    iterator.provenance.source, checked_at="attach")


def _any(model: KernelModel, rule: SleepableRule, target: str | None, _: frozenset[str] | None) -> Admission:
    return _allowed(rule, rule.note)


_RULES: dict[str, Callable[[KernelModel, SleepableRule, str | None, frozenset[str] | None], Admission]] = {
    "any": _any,
    "required": _any,
    "lsm_allowlist": _lsm,
    "struct_ops_member": _struct_ops,
    "uprobe_at_attach": _uprobe,
    "iter_resched": _iter,
}


def admissibility(model: KernelModel, prog_type: str, attach_type: str | None, attach_target: str | None,
                  sleepable: bool, error_injection_list: frozenset[str] | None) -> Admission:
    model.check_prog_type(prog_type)
    if attach_type is not None:
        model.check_attach_type(attach_type)
    programs = model.sleepable_programs
    unsupported = _unsupported_member(model, prog_type, attach_target)
    if unsupported is not None:
        return unsupported
    rule = next((r for r in programs.rules if r.prog_type == prog_type and r.covers(attach_type)), None)
    if not sleepable:
        if rule is not None and rule.rule == "required":
            return _refused(f"{prog_type} programs must be sleepable", programs.required_message,
                            rule.provenance.source)
        return Admission(AdmissionStatus.ALLOWED, "not sleepable: no sleep rule applies", None, "load", False,
                         programs.message_source)
    if rule is None:
        return _refused(f"{prog_type} programs{f' with attach type {attach_type}' if attach_type else ''} may not "
                        f"be sleepable on Linux {model.version}", programs.message, programs.message_source)
    if rule.prog_type == "lsm":
        return _lsm(model, rule, _target(attach_target, "bpf_lsm_"), error_injection_list)
    if rule.rule == "error_injection":
        return _error_injection(model, rule, attach_target, error_injection_list)
    return _RULES[rule.rule](model, rule, attach_target, error_injection_list)
