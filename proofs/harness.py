"""Ground truth for generated programs, and the properties the checker must keep against it.

The truth is the concrete interpreter run on every assignment of the context bytes a program reads, in the
domain the program masks them to: for a loop-free program that is every run there is. Each property is a function
that returns what went wrong (None when it holds), so the test suite and `sleepcheck fuzz` judge alike.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from sleepcheck.model.isa.insn import Call, CallKind, Code, Insn
from sleepcheck.model.isa.text import parse_asm
from sleepcheck.model.kernel.model import KernelModel
from sleepcheck.model.program import BpfObject, Function, Linkage, Program, Ref, RefKind
from sleepcheck.model.semantics import concrete
from sleepcheck.model.semantics.inputs import InputKey, InputKind
from sleepcheck.proofs.strategies import DOMAIN, GeneratedProgram
from sleepcheck.proofs.verdict import Finding, Obligation, ProgramResult, Verdict

_CALL = re.compile(r"^call ([A-Za-z_]\w*)$")
_CTX = re.compile(r"^ctx\[(\d+)\]$")
_NAMED_CALL = re.compile(r"(?:helper|func) (bpf_\w+)")  # "sleepable helper bpf_copy_from_user#148 in ..."
# The verifier's words for refusals under the sleep and region rules, as this machine's 6.18 kernel prints them
# (kernel/bpf/verifier.c: check_helper_call, check_kfunc_call, process_bpf_exit / check_resource_leak).
REFUSALS = {
    "sleep": ("sleepable helper", "might sleep"),
    "region": ("unmatched", "nested rcu read lock", "cannot be used inside"),
}


def assemble(asm: str, kernel: KernelModel, kfunc_imm: Callable[[str], int]) -> tuple[Code, dict[int, Ref]]:
    """The code of `asm` whose `call NAME` lines name kfuncs or helpers; kfunc calls get `kfunc_imm(NAME)`."""
    calls: dict[str, Insn] = {}
    for line in asm.splitlines():
        match = _CALL.match(line.strip())
        if match is None:
            continue
        name = match.group(1)
        calls[name] = (Call(CallKind.KFUNC, kfunc_imm(name)) if name in kernel.kfuncs
                       else Call(CallKind.HELPER, kernel.helper_by_name(name).id))
    code = parse_asm(asm, calls=calls)
    by_insn = {insn: name for name, insn in calls.items()}
    refs = {index: Ref(RefKind.KFUNC, by_insn[insn]) for index, insn in enumerate(code.insns)
            if isinstance(insn, Call) and insn.kind is CallKind.KFUNC}
    return code, refs


def build(generated: GeneratedProgram, kernel: KernelModel) -> tuple[BpfObject, Program]:
    """The program model of a generated program; a kfunc call's imm is its index among the kfunc names."""
    names = sorted(kernel.kfuncs)
    code, refs = assemble(generated.asm, kernel, names.index)
    entry = Function("main", generated.prog_type, code, Linkage.GLOBAL, refs)
    program = Program("main", generated.prog_type, entry, generated.prog_type, None, None, generated.sleepable)
    return BpfObject("<generated>", (program,), {"main": entry}, {}, {}, {}), program


@dataclass(frozen=True)
class GroundTruth:
    """Runs go on past a sleep in atomic context (recorded in `sleeps`), so a region misused later on the same
    path is seen too."""

    runs: tuple[tuple[tuple[int, ...], concrete.Outcome], ...]  # (ctx values in ctx_offsets order, outcome)
    sleeps: tuple[tuple[tuple[int, ...], tuple[concrete.SleepInAtomic, ...]], ...] = ()

    def _where(self, kind: type) -> tuple[tuple[int, ...], ...]:
        return tuple(values for values, outcome in self.runs if isinstance(outcome, kind))

    @property
    def sleeps_in_atomic(self) -> tuple[tuple[int, ...], ...]:
        return tuple(values for values, events in self.sleeps if events) or self._where(concrete.SleepInAtomic)

    @property
    def misuses(self) -> tuple[tuple[int, ...], ...]:
        return self._where(concrete.RegionMisuse)

    @property
    def stuck(self) -> tuple[concrete.Outcome, ...]:
        return tuple(o for _, o in self.runs if isinstance(o, concrete.Stuck | concrete.OutOfFuel))


def _ctx_inputs(offsets: tuple[int, ...], values: tuple[int, ...]) -> dict[InputKey, int]:
    return {InputKey(InputKind.CTX_BYTE, detail=o): v for o, v in zip(offsets, values, strict=True)}


def enumerate_runs(generated: GeneratedProgram, obj: BpfObject, program: Program, kernel: KernelModel) -> GroundTruth:
    """Every run of the program: one per assignment of its context bytes in 0..DOMAIN-1 (other inputs read 0)."""
    runs = []
    sleeps = []
    for values in itertools.product(range(DOMAIN), repeat=len(generated.ctx_offsets)):
        run = concrete.run(obj, program, kernel, _ctx_inputs(generated.ctx_offsets, values), fuel=10_000,
                           past_sleep=True)
        runs.append((values, run.outcome))
        sleeps.append((values, run.sleeps))
    return GroundTruth(tuple(runs), tuple(sleeps))


def finding(result: ProgramResult, obligation: Obligation) -> Finding | None:
    """The worst finding of `obligation` (a program may have several, one per site)."""
    found = [f for f in result.findings if f.obligation is obligation]
    if not found:
        return None
    worst = Verdict.worst([f.verdict for f in found])
    return next(f for f in found if f.verdict is worst)


def verdict(result: ProgramResult, obligation: Obligation) -> Verdict | None:
    chosen = finding(result, obligation)
    return chosen.verdict if chosen else None


# -- properties: each returns what is wrong, or None ------------------------------------------------------------

# Region misuse is split by the checker between regions-balanced and kernel-contract (a nested rcu_read_lock is a
# contract of the kernel version); the interpreter reports both as RegionMisuse, so both sides are compared whole.
REGION_OBLIGATIONS = (Obligation.REGIONS_BALANCED, Obligation.KERNEL_CONTRACT)


def _regions_verdict(result: ProgramResult) -> Verdict:
    return Verdict.worst([v for o in REGION_OBLIGATIONS if (v := verdict(result, o)) is not None])


def soundness(result: ProgramResult, truth: GroundTruth) -> str | None:
    """Safe means no run does it."""
    if verdict(result, Obligation.NO_SLEEP_IN_ATOMIC) is Verdict.SAFE and truth.sleeps_in_atomic:
        return f"no-sleep-in-atomic proved safe, but ctx {truth.sleeps_in_atomic[0]} sleeps in atomic context"
    if _regions_verdict(result) is Verdict.SAFE and truth.misuses:
        return f"regions proved safe, but ctx {truth.misuses[0]} misuses a region"
    return None


def replay_stopped_early(result: ProgramResult) -> Finding | None:
    """A finding left unknown because its witness's run stopped at an earlier violation on the same path (the
    interpreter stops at the first, as the kernel does): a known gap of the checker, counted apart."""
    return next((f for f in result.findings if f.verdict is Verdict.UNKNOWN and f.reason
                 and "does not replay" in f.reason), None)


def completeness(result: ProgramResult, truth: GroundTruth) -> str | None:
    """On a loop-free program: never unknown, and a violation exactly when some run has one."""
    if result.error is not None:
        return f"error: {result.error}"
    for name, said, runs in (("no-sleep-in-atomic", verdict(result, Obligation.NO_SLEEP_IN_ATOMIC) or Verdict.SAFE,
                              truth.sleeps_in_atomic),
                             ("regions", _regions_verdict(result), truth.misuses)):
        if said is Verdict.UNKNOWN:
            unknown = next(f for f in result.findings if f.verdict is Verdict.UNKNOWN)
            return f"{name} unknown on a loop-free program: {unknown.message}: {unknown.reason}"
        if (said is Verdict.VIOLATION) != bool(runs):
            some = f"ctx {runs[0]} does" if runs else "no run does"
            return f"{name} is {said.value}, but {some}"
    return None


def witnessed(generated: GeneratedProgram, obj: BpfObject, program: Program, kernel: KernelModel,
              result: ProgramResult) -> str | None:
    """Every violation of no-sleep-in-atomic carries a witness whose inputs replay to a sleep at the same place."""
    for item in result.findings:
        if item.obligation is not Obligation.NO_SLEEP_IN_ATOMIC or item.verdict is not Verdict.VIOLATION:
            continue
        if item.witness is None or item.at is None:
            return f"violation without a witness or location: {item.message}"
        ctx = {int(m.group(1)): value for name, value in item.witness.inputs.items() if (m := _CTX.match(name))}
        values = tuple(ctx.get(offset, 0) for offset in generated.ctx_offsets)
        outcome = concrete.run(obj, program, kernel, _ctx_inputs(generated.ctx_offsets, values)).outcome
        if not isinstance(outcome, concrete.SleepInAtomic) or outcome.insn != item.at.insn:
            return f"witness {dict(item.witness.inputs)} for {item.message} replays to {outcome}"
        open_kinds = {r.kind for r in outcome.regions}  # the checker may name any open region, not the innermost
        if (item.witness.region is None) != (not open_kinds) or (item.witness.region and
                                                                 item.witness.region not in open_kinds):
            return f"witness region {item.witness.region} but the replay sleeps with {sorted(open_kinds)} open"
    return None


@dataclass(frozen=True)
class Judgement:
    """The kernel's verdict against ours. `category`: `agree`; `lost-precision` (the kernel refused for sleeping or
    regions where no run does so: it lost a correlation); `other-refusal` (outside the sleep and region rules);
    `model-wrong` (the kernel calls sleeping a call the model says does not block). `problem`: how we are wrong."""

    category: str
    problem: str | None
    kernel_message: str


def judge(result: ProgramResult, truth: GroundTruth, accepted: bool, message: str, kernel: KernelModel) -> Judgement:
    """The enumeration runs on the same kernel model as the checker, so a call the model wrongly thinks does not
    block fools both; the kernel's message names the call, and that is checked against the model first."""
    sleep = verdict(result, Obligation.NO_SLEEP_IN_ATOMIC) or Verdict.SAFE
    if accepted:
        problem = None if sleep is not Verdict.VIOLATION else "the kernel accepts, we say no-sleep-in-atomic violated"
        return Judgement("agree", problem, message)
    family = next((name for name, words in REFUSALS.items() if any(w in message for w in words)), None)
    if family is None:
        return Judgement("other-refusal", None, message)
    named = _NAMED_CALL.search(message)
    if family == "sleep" and named and not kernel.call_effect(named.group(1)).blocking:
        return Judgement("model-wrong", f"the kernel refuses {named.group(1)} as sleeping; the model says it does not "
                                        "block", message)
    said, runs = (sleep, truth.sleeps_in_atomic) if family == "sleep" else (_regions_verdict(result), truth.misuses)
    if said is Verdict.VIOLATION:
        return Judgement("agree", None, message)
    if not runs:
        return Judgement("lost-precision", None, message)
    return Judgement("agree", f"the kernel refuses ({family}) and ctx {runs[0]} does it, but we say {said.value}",
                     message)
