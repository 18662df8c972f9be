"""The `admissible` obligation: what the kernel refuses as the object loads, from the kernel model alone, before
any path is looked at (the sleepable flag for the program type and hook, map types and map objects by program type,
loader-set kfuncs, the depth of the call graph)."""

from __future__ import annotations

from sleepcheck.model.kernel.admission import Admission, AdmissionStatus, disabled_hook
from sleepcheck.model.kernel.error_injection import target_error_injection_list
from sleepcheck.model.kernel.facts import Context
from sleepcheck.model.kernel.model import KernelModel
from sleepcheck.model.program import BpfObject, Program, RefKind
from sleepcheck.model.semantics.calls import passed_callbacks
from sleepcheck.proofs.engines.explore import MAX_CALL_FRAMES
from sleepcheck.proofs.locations import location
from sleepcheck.proofs.verdict import Finding, Obligation, Verdict

LOCK_FIELDS = frozenset({"bpf_spin_lock", "bpf_res_spin_lock"})


def admissible(obj: BpfObject, program: Program, kernel: KernelModel) -> list[Finding]:
    return _sleepable_admitted(obj, program, kernel) + _lock_maps_admitted(obj, program, kernel) + \
        _loader_set_admitted(obj, program, kernel) + _call_depth_admitted(obj, program, kernel)


CALL_DEPTH_REFUSAL = "the call stack of 8 frames is too deep !"


def _call_depth_admitted(obj: BpfObject, program: Program, kernel: KernelModel) -> list[Finding]:
    """The verifier walks the program's calls by their code, taken or not (check_max_stack_depth), and refuses a
    chain of eight (MAX_CALL_FRAMES): so any recursion, whether or not a run recurses that deep, through global
    functions too (probed: a global function calling itself is refused so). A sync callback's address counts as a
    call (bpf_loop's callback is a frame); an async one (a timer's) and the exception callback start walks of their
    own."""
    depth: dict[str, int] = {}  # the most frames a function's calls nest below it; on the walk's stack: -1
    found: list[Finding] = []
    async_callbacks = _async_callbacks(obj, program, kernel)

    def frames(name: str) -> int:
        if name in depth:
            return MAX_CALL_FRAMES if depth[name] < 0 else depth[name]
        depth[name] = -1
        function = obj.functions[name]
        most = 0
        for index, ref in sorted(function.refs.items()):
            if ref.target in obj.functions and (ref.kind is RefKind.CALL or (
                    ref.kind is RefKind.FUNC_ADDR and ref.target not in async_callbacks)):
                below = 1 + frames(ref.target)
                if below >= MAX_CALL_FRAMES and not found:
                    how = "calls" if ref.kind is RefKind.CALL else "passes on its callback"
                    found.append(Finding(Obligation.ADMISSIBLE, Verdict.VIOLATION, CALL_DEPTH_REFUSAL +
                                         f" ({name} {how} {ref.target}: calls nest eight deep, or recurse)",
                                         at=location(obj, name, index), rule="call stack depth"))
                most = max(most, below)
        depth[name] = min(most, MAX_CALL_FRAMES)
        return depth[name]

    for root in (program.entry.name, *sorted(async_callbacks), program.exception_callback):
        if root is not None:
            frames(root)
    return found


def _async_callbacks(obj: BpfObject, program: Program, kernel: KernelModel) -> set[str]:
    """The functions the program's code arms as async callbacks (a timer's, a wq's)."""
    return {c.function for c in passed_callbacks(obj, kernel, obj.reachable(program))
            if c.effect.context is not Context.INHERIT}


def _loader_set_admitted(obj: BpfObject, program: Program, kernel: KernelModel) -> list[Finding]:
    """A kfunc offered only where the loader asks for it (XDP metadata kfuncs, to a program bound to a device) is
    refused as the object loads, at every call in its code, reached or not."""
    findings: list[Finding] = []
    for function in obj.reachable(program):
        for index, ref in function.refs.items():
            refusal = kernel.loader_refusal(ref.target) if ref.kind is RefKind.KFUNC else None
            if refusal is not None:
                findings.append(Finding(Obligation.ADMISSIBLE, Verdict.VIOLATION, f"{refusal} ({ref.target})",
                                        at=location(obj, function.name, index), rule="loader-set kfuncs"))
    return findings


def _lock_maps_admitted(obj: BpfObject, program: Program, kernel: KernelModel) -> list[Finding]:
    """A map whose value holds a kernel object some program types may not use (a spin lock in a tracing or socket
    filter program, a bpf_timer or bpf_wq in a tracing program, a spin lock in a sleepable program from 5.11 to
    6.3; global data included) is refused to them, whether or not the program touches the object."""
    spin = kernel.spin_lock_rules
    by_type = dict(spin.prog_types_refused)
    # the type's refusal comes first; where a version refuses locks to sleepable programs (5.11 to 6.3), that next
    refused = by_type.get(program.prog_type) or (spin.sleepable_message if program.sleepable else None)
    findings: list[Finding] = []
    if refused is not None:
        rule = "spin lock maps by program type" if program.prog_type in by_type else "spin lock maps when sleepable"
        findings += _maps_holding(obj, program, LOCK_FIELDS, refused, rule)
    for field_refusal in kernel.map_field_refusals:
        refused = field_refusal.prog_types_refused.get(program.prog_type)
        if refused is not None:
            findings += _maps_holding(obj, program, frozenset({field_refusal.field}), refused,
                                      "map objects by program type")
    return findings


def _maps_holding(obj: BpfObject, program: Program, fields: frozenset[str], refused: str,
                  rule: str) -> list[Finding]:
    """A violation at the first place the program names each map (or global data) whose value holds one of
    `fields`."""
    findings: list[Finding] = []
    named: set[str] = set()
    for function in obj.reachable(program):
        for index, ref in function.refs.items():
            if ref.target in named:
                continue
            if ref.kind is RefKind.MAP and ref.target in obj.maps:
                held = sorted(obj.maps[ref.target].value_fields & fields)
            elif ref.kind is RefKind.DATA and ref.target in obj.data:  # global data is a map's value too
                held = sorted(obj.data[ref.target].special_fields & fields)
            else:
                continue
            if held:
                named.add(ref.target)
                findings.append(Finding(Obligation.ADMISSIBLE, Verdict.VIOLATION,
                                        f"{refused} (map {ref.target} holds a {held[0]})",
                                        at=location(obj, function.name, index), rule=rule))
    return findings


def _as_sleepable(program: Program, kernel: KernelModel) -> Admission:
    """What the kernel model says of the program's type and attach point loaded with BPF_F_SLEEPABLE."""
    return kernel.admissibility(program.prog_type, program.attach_type, program.attach_target, True,
                                target_error_injection_list(kernel.version.series))


def atomic_hook(program: Program, kernel: KernelModel) -> str | None:
    """Why the kernel calls a sleepable program where it may not sleep, although the verifier admits the flag (a
    tcp_congestion_ops member, called in softirq): its blocking calls then sleep in atomic context, and the program
    loads. None where the program runs as its flag says."""
    if not program.sleepable or lacking(program, kernel) is not None:
        return None
    admission = _as_sleepable(program, kernel)
    allowed = admission.status is AdmissionStatus.ALLOWED
    return admission.reason if allowed and admission.runs_sleepable is False else None


def lacking(program: Program, kernel: KernelModel) -> Finding | None:
    """A section whose program type or attach type is newer than the modelled kernel (libbpf knows fsession, Linux
    6.18 does not): the kernel refuses the load whatever the code does (bpf_prog_load: -EINVAL), a sleepable one
    of a known type by the verifier's check of the flag, which comes before that of the attach type."""
    missing = [f"program type {program.prog_type}"] if program.prog_type not in kernel.program_types else []
    if program.attach_type is not None and program.attach_type not in kernel.attach_types:
        missing.append(f"attach type {program.attach_type}")
    if not missing:
        return None
    lacks = f"Linux {kernel.version} has no {' nor '.join(missing)}: the kernel refuses to load the program"
    if program.sleepable and program.prog_type in kernel.program_types:  # the verifier's flag check comes first
        return Finding(Obligation.ADMISSIBLE, Verdict.VIOLATION, kernel.sleepable_programs.message,
                       rule=lacks)
    return Finding(Obligation.ADMISSIBLE, Verdict.VIOLATION, lacks, rule="program and attach types of the kernel")


def _sleepable_admitted(obj: BpfObject, program: Program, kernel: KernelModel) -> list[Finding]:
    missing = lacking(program, kernel)
    if missing is not None:
        return [missing]
    if not program.sleepable:
        refused = disabled_hook(kernel, program.prog_type, program.attach_target, program.attach_type)
        if refused is not None:
            return [Finding(Obligation.ADMISSIBLE, Verdict.VIOLATION, refused, rule="the program's hook")]
        admission = kernel.admissibility(program.prog_type, program.attach_type, program.attach_target, False)
        if admission.status is AdmissionStatus.REFUSED:
            return [Finding(Obligation.ADMISSIBLE, Verdict.VIOLATION, admission.message or admission.reason,
                            rule=admission.reason if admission.message else "the program's type and hook")]
        return [Finding(Obligation.ADMISSIBLE, Verdict.SAFE, "not sleepable: nothing to admit",
                        proof="kernel model")]
    admission = _as_sleepable(program, kernel)
    status = admission.status.value
    findings: list[Finding] = []
    if status == "allowed":
        findings.append(Finding(Obligation.ADMISSIBLE, Verdict.SAFE, admission.reason, proof="kernel model"))
    elif status == "refused" and admission.checked_at == "attach":  # it loads, and never runs: nothing sleeps
        findings.append(Finding(Obligation.ADMISSIBLE, Verdict.SAFE, "the load admits the sleepable flag; "
                                f"{admission.reason}", proof="kernel model"))
    elif status == "refused":
        findings.append(Finding(Obligation.ADMISSIBLE, Verdict.VIOLATION, admission.message or admission.reason,
                                rule=admission.reason if admission.message else "the sleepable flag"))
    else:
        findings.append(Finding(Obligation.ADMISSIBLE, Verdict.UNKNOWN, "whether the kernel admits the sleepable flag "
                                "here depends on what the program attaches to", reason=admission.reason))
    for function in obj.reachable(program):
        for index, ref in function.refs.items():
            if ref.kind is RefKind.MAP and ref.target in obj.maps:
                bpf_map = obj.maps[ref.target]
                refusal = kernel.sleepable_map_refusal(bpf_map.map_type, bpf_map.flags)
                if refusal is not None:
                    findings.append(Finding(Obligation.ADMISSIBLE, Verdict.VIOLATION,
                                            f"{refusal} (map {ref.target} is {bpf_map.map_type}"
                                            f"{f', flags {bpf_map.flags:#x}' if bpf_map.flags else ''})",
                                            at=location(obj, function.name, index), rule="sleepable map types"))
    return findings
