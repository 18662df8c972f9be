"""Ground truth for generated programs, and the properties the checker must keep against it.

The truth is the concrete interpreter run on every assignment of the unknowns a program reads (context and packet
bytes, map values, whether a lookup finds its element, how often a bpf_loop callback runs), each in the domain the
program masks it to: every run there is, loops included, since their bounds are constants. Each property is a function
that returns what went wrong (None when it holds), so the test suite and `sleepcheck fuzz` judge alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from sleepcheck.model.isa.insn import Call, CallKind, Code, Insn, LoadImm64, Pseudo
from sleepcheck.model.isa.text import parse_asm
from sleepcheck.model.kernel.live_link import Linked, Resolver, link
from sleepcheck.model.kernel.model import KernelModel
from sleepcheck.model.kernel.relocate import relocated
from sleepcheck.model.program import BpfObject, Function, Linkage, Program, Ref, RefKind
from sleepcheck.model.semantics import concrete
from sleepcheck.model.semantics.concrete_context import EntryState
from sleepcheck.model.semantics.inputs import AT_INSTRUCTION, InputKey, InputKind, written_detail
from sleepcheck.proofs.engines.path_graph import EventKind
from sleepcheck.proofs.messages import CONTRACT_EVENTS
from sleepcheck.proofs.strategies import DOMAIN, FUNCTION_LABEL, GeneratedProgram
from sleepcheck.proofs.verdict import EVERY_INPUT, Finding, Obligation, ProgramResult, Verdict, Witness

_CALL = re.compile(r"^call ([A-Za-z_]\w*)$")
_FUNC_ADDR = re.compile(r"^(r\d) = func ([A-Za-z_]\w*)$")
_MAP_ADDR = re.compile(r"^(r\d) = ([A-Za-z_]\w*) ll$")
_DESCRIBED = re.compile(r"^(?:ctx\[(\d+)(?:\.\.(\d+))?\]|(.+)\+(\d+) (\w+)(?: \(run (\d+)\))?|(.+): r(\d))$")
_RUN_CONSTANT = re.compile(r"^(\w+)\(\) \(every call of the run\)$")
_WRITTEN = re.compile(r"^(.+)\+(\d+) written r(\d)\[(\d+)(?:\.\.(\d+))?\](?: \(run (\d+)\))?$")
_LOG_CALL = re.compile(r"^\d+: \(85\) call (bpf_\w+?)(?:#\d+)?$", re.MULTILINE)  # "12: (85) call bpf_x#148"
_NAMED_CALL = re.compile(r"(?:helper|func) (bpf_\w+)")  # "sleepable helper bpf_copy_from_user#148 in ..."
# The verifier's words for refusals under the sleep and region rules, as this machine's 6.18 kernel prints them
# (kernel/bpf/verifier.c: check_helper_call, check_kfunc_call, process_bpf_exit / check_resource_leak).
REFUSALS = {
    "sleep": ("sleepable helper", "might sleep", "may sleep"),  # "global functions that may sleep are not allowed"
    "region": ("unmatched", "nested rcu read lock", "cannot be used inside", "out of order",
               "expected an initialized irq flag"),
}
GLOBAL_MAY_SLEEP = "global functions that may sleep are not allowed"
# Refusals of a blocking call for where the code runs (the program or callback is not sleepable), whatever the path
ANY_PATH = ("in a non-sleepable prog", "program must be sleepable to call")
# Rules about global functions the kernel applies to every call of one, reachable sleep or not: a contract, not
# a run; the enumeration cannot show them, so completeness leaves them out (the issue: "contracts may change").
GLOBAL_RULES = frozenset(CONTRACT_EVENTS[kind] for kind in (
    EventKind.GLOBAL_UNDER_LOCK, EventKind.SLEEPING_GLOBAL_IN_ATOMIC, EventKind.GLOBAL_IN_REGION,
    EventKind.REGION_IN_GLOBAL))
CALLBACK_COUNTS = range(4)  # a bpf_loop callback runs 0..nr_loops times; generated programs ask for at most 3
LOOKUP = "bpf_map_lookup_elem"


def _instruction(line: str) -> bool:
    return bool(line) and not line.startswith((".", "#")) and not line.endswith(":")


def assemble(lines: list[str], kernel: KernelModel, kfunc_imm: Callable[[str], int],
             functions: frozenset[str] = frozenset(), maps: frozenset[str] = frozenset()
             ) -> tuple[Code, dict[int, Ref]]:
    """One function's code from its assembly lines, and what its instructions refer to: `call NAME` of a kfunc
    (its imm is `kfunc_imm(NAME)`), a helper or one of `functions`; `rN = func NAME` (a callback's address) and
    `rN = MAP ll` of one of `maps`."""
    calls: dict[str, Insn] = {}
    refs: dict[int, Ref] = {}
    text: list[str] = []
    index = 0
    for raw in lines:
        line = raw.strip()
        call, func, map_ = _CALL.match(line), _FUNC_ADDR.match(line), _MAP_ADDR.match(line)
        if call and call.group(1) in functions:
            refs[index], line = Ref(RefKind.CALL, call.group(1)), "call -1"
        elif call and call.group(1) in kernel.kfuncs:
            name = call.group(1)
            calls[name], refs[index] = Call(CallKind.KFUNC, kfunc_imm(name)), Ref(RefKind.KFUNC, name)
        elif call:
            calls[call.group(1)] = Call(CallKind.HELPER, kernel.helper_by_name(call.group(1)).id)
        elif func and func.group(2) in functions:
            refs[index], line = Ref(RefKind.FUNC_ADDR, func.group(2)), f"{func.group(1)} = 0 ll"
        elif map_ and map_.group(2) in maps:
            refs[index], line = Ref(RefKind.MAP, map_.group(2)), f"{map_.group(1)} = 0 ll"
        text.append(line)
        index += _instruction(line)
    return parse_asm("\n".join(text), calls=calls), refs


def split_functions(asm: str) -> list[tuple[str, list[str]]]:
    """(name, lines) per function: the entry ("main") first, then one per function label."""
    functions: list[tuple[str, list[str]]] = [("main", [])]
    for line in asm.splitlines():
        label = FUNCTION_LABEL.match(line.strip())
        if label:
            functions.append((label.group(1), []))
        else:
            functions[-1][1].append(line)
    return functions


def build(generated: GeneratedProgram, kernel: KernelModel,
          kfunc_imm: Callable[[str], int] | None = None) -> tuple[BpfObject, Program]:
    """The program model of a generated program; a kfunc call's imm is its index among the kfunc names unless
    `kfunc_imm` says otherwise."""
    names = sorted(kernel.kfuncs)
    parts = split_functions(generated.asm)
    local = frozenset(name for name, _ in parts[1:])
    maps = {m.name: m for m in generated.maps}
    globals_ = set(generated.globals)
    functions: dict[str, Function] = {}
    for name, lines in parts:
        code, refs = assemble(lines, kernel, kfunc_imm or names.index, local, frozenset(maps))
        linkage = Linkage.GLOBAL if name == "main" or name in globals_ else Linkage.STATIC
        functions[name] = Function(name, generated.prog_type, code, linkage, refs)
    entry = functions["main"]
    program = Program("main", generated.prog_type, entry, generated.prog_type, None, None, generated.sleepable)
    return BpfObject("<generated>", (program,), functions, maps, {}, {}), program


def not_loadable(generated: GeneratedProgram) -> str | None:
    """Why the kernel cannot judge this program as generated, or None. Every generated shape loads now that
    `kernel_code` carries the functions for which `live.open_code` makes up BTF func_info."""
    return None


def kernel_code(generated: GeneratedProgram, kernel: KernelModel, kfunc_id: Callable[[str], int | None]) -> Linked:
    """The program laid out as the kernel loads it (live_link), with kfunc ids from `kfunc_id` and each map as
    MAP_IDX into `generated.maps`, for `live.open_code(..., maps=generated.maps)`; its functions go with it, so the
    kernel gets func_info (a callback's address needs it, and a global function is verified on its own)."""
    obj, program = build(generated, kernel)
    order = [m.name for m in generated.maps]
    linked = link(obj, program, Resolver(order.index, order.index, kfunc_id, lambda _name: None))
    return Linked(Code.of([LoadImm64(insn.dst, Pseudo.MAP_IDX, insn.lo, insn.hi)
                           if isinstance(insn, LoadImm64) and insn.pseudo is Pseudo.MAP_FD else insn
                           for insn in linked.code.insns]), linked.functions)


Assignment = tuple[tuple[InputKey, int], ...]


def show(assignment: Assignment) -> str:
    return ", ".join(f"{key.describe()}={value}" for key, value in assignment if value) or "every input 0"


@dataclass(frozen=True)
class GroundTruth:
    """Runs go on past a sleep in atomic context (recorded in `sleeps`), so a region misused later on the same
    path is seen too. Each run is keyed by the inputs it was given (others read 0)."""

    runs: tuple[tuple[Assignment, concrete.Outcome], ...]
    sleeps: tuple[tuple[Assignment, tuple[concrete.SleepInAtomic, ...]], ...] = ()
    reached: frozenset[tuple[str, int]] = frozenset()  # (function, instruction) some run executed

    def _where(self, kind: type) -> tuple[Assignment, ...]:
        return tuple(values for values, outcome in self.runs if isinstance(outcome, kind))

    @property
    def sleeps_in_atomic(self) -> tuple[Assignment, ...]:
        return tuple(values for values, events in self.sleeps if events) or self._where(concrete.SleepInAtomic)

    @property
    def sleep_sites(self) -> frozenset[tuple[str, int]]:
        """(function, instruction) of every call some run makes in atomic context."""
        return frozenset((e.function, e.insn) for _, events in self.sleeps for e in events)

    @property
    def misuses(self) -> tuple[Assignment, ...]:
        return self._where(concrete.RegionMisuse)

    @property
    def stuck(self) -> tuple[concrete.Outcome, ...]:
        return tuple(o for _, o in self.runs if isinstance(o, concrete.Stuck | concrete.OutOfFuel))


def domain(key: InputKey, generated: GeneratedProgram, obj: BpfObject, kernel: KernelModel) -> tuple[int, ...]:
    """The values an unknown takes in the enumeration. The generator masks every value a branch depends on, so
    these are all the values that matter: masked bytes and map values 0..DOMAIN-1, a map lookup NULL or not, a
    bpf_loop callback's count; other helper results and unmasked context bytes read 0."""
    match key.kind:
        case InputKind.CTX_BYTE:
            choices = dict(generated.ctx_choices)
            return tuple(range(DOMAIN)) if key.detail in generated.ctx_offsets else choices.get(key.detail, (0,))
        case InputKind.LOAD:
            return tuple(range(DOMAIN))
        case InputKind.CALLBACK_COUNT:
            return tuple(CALLBACK_COUNTS)
        case InputKind.CALL_RESULT:
            insn = obj.functions[key.function].code.insns[key.insn]
            lookup = isinstance(insn, Call) and insn.kind is CallKind.HELPER and \
                insn.imm == kernel.helper_by_name(LOOKUP).id
            return (0, 1) if lookup else (0,)
    return (0,)


def enumerate_runs(generated: GeneratedProgram, obj: BpfObject, program: Program, kernel: KernelModel) -> GroundTruth:
    """Every run of the program: a run is tried with the inputs chosen so far, and the first unknown it read that
    has more than one value in its domain is split on, until no run reads a free one."""
    runs = []
    sleeps = []
    reached: set[tuple[str, int]] = set()
    pending: list[dict[InputKey, int]] = [{}]
    while pending:
        chosen = pending.pop()
        run = concrete.run(obj, program, kernel, chosen, fuel=10_000, past_sleep=True)
        reached.update(run.trace)
        free = next((key for key in run.inputs_used
                     if key not in chosen and len(domain(key, generated, obj, kernel)) > 1), None)
        if free is None:
            assignment = tuple(sorted(chosen.items(), key=lambda item: item[0].describe()))
            runs.append((assignment, run.outcome))
            sleeps.append((assignment, run.sleeps))
            continue
        pending.extend({**chosen, free: value} for value in reversed(domain(free, generated, obj, kernel)))
    return GroundTruth(tuple(runs), tuple(sleeps), frozenset(reached))


def parse_input(text: str, value: int) -> dict[InputKey, int] | None:
    """An input as a witness names it back to its keys and values: `ctx[a..b]` is the little-endian field of
    context bytes a..b, `F+N written rA[a..b]` the bytes call N wrote through rA, anything else one
    InputKey.describe(); None for a name it cannot read. An instruction is named by its slot in the function's
    section, as in findings (`at_index` turns it into the interpreter's index)."""
    constant = _RUN_CONSTANT.match(text)
    if constant is not None:
        return {InputKey(InputKind.RUN_CONSTANT, constant.group(1), 0): value}
    written = _WRITTEN.match(text)
    if written is not None:
        function, insn = written.group(1), int(written.group(2))
        arg, first = int(written.group(3)), int(written.group(4))
        last = int(written.group(5)) if written.group(5) else first
        occurrence = int(written.group(6)) - 1 if written.group(6) else 0
        return {InputKey(InputKind.WRITTEN, function, insn, occurrence, written_detail(arg, o)):
                value >> 8 * (o - first) & 0xFF for o in range(first, last + 1)}
    m = _DESCRIBED.match(text)
    if m is None:
        return None
    if m.group(1) is not None:
        first = int(m.group(1))
        last = int(m.group(2)) if m.group(2) else first
        return {InputKey(InputKind.CTX_BYTE, detail=o): value >> 8 * (o - first) & 0xFF for o in range(first, last + 1)}
    if m.group(3) is not None:
        kind = next((k for k in InputKind if k.value == m.group(5)), None)
        if kind is None:
            return None
        return {InputKey(kind, m.group(3), int(m.group(4)), int(m.group(6)) - 1 if m.group(6) else 0): value}
    return {InputKey(InputKind.ARGUMENT, m.group(7), 0, 0, int(m.group(8))): value}


def at_index(obj: BpfObject, keys: dict[InputKey, int]) -> dict[InputKey, int]:
    """Inputs named by an instruction's slot in its function's section, as the interpreter names them: by the
    instruction's index in the function."""
    found: dict[InputKey, int] = {}
    for key, value in keys.items():
        function = obj.functions.get(key.function) if key.kind in AT_INSTRUCTION else None
        index = function.code.index_of_slot(key.insn - function.section_offset) if function is not None else None
        found[key._replace(insn=index) if index is not None else key] = value
    return found


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


def _regions_verdict(result: ProgramResult, *, global_rules: bool = True) -> Verdict:
    """The worst region verdict; without `global_rules`, leaving out the contracts on calls of global functions."""
    return Verdict.worst([f.verdict for f in result.findings if f.obligation in REGION_OBLIGATIONS
                          and (global_rules or f.rule not in GLOBAL_RULES)] or [Verdict.SAFE])


def soundness(result: ProgramResult, truth: GroundTruth) -> str | None:
    """Safe means no run does it: for the program, and for each call site proved safe on its own (a violation at
    another site would hide a wrong proof of this one)."""
    if verdict(result, Obligation.NO_SLEEP_IN_ATOMIC) is Verdict.SAFE and truth.sleeps_in_atomic:
        return f"no-sleep-in-atomic proved safe, but {show(truth.sleeps_in_atomic[0])} sleeps in atomic context"
    for item in result.findings:
        if item.obligation is Obligation.NO_SLEEP_IN_ATOMIC and item.verdict is Verdict.SAFE and item.at:
            site = (item.at.function, item.at.insn)
            run = next((values for values, events in truth.sleeps
                        if any((e.function, e.insn) == site for e in events)), None)
            if run is not None:
                return f"the call at {site[0]}+{site[1]} proved safe, but {show(run)} sleeps there in atomic context"
    if _regions_verdict(result) is Verdict.SAFE and truth.misuses:
        return f"regions proved safe, but {show(truth.misuses[0])} misuses a region"
    return None


def completeness(result: ProgramResult, truth: GroundTruth) -> str | None:
    """On a loop-free program: never unknown, at no site, and a violation exactly when some
    run has one (a global function's contracts aside: the kernel applies them to dead calls too)."""
    if result.error is not None:
        return f"error: {result.error}"
    for name, said, runs in (("no-sleep-in-atomic", verdict(result, Obligation.NO_SLEEP_IN_ATOMIC) or Verdict.SAFE,
                              truth.sleeps_in_atomic),
                             ("regions", _regions_verdict(result, global_rules=False), truth.misuses)):
        if said is Verdict.UNKNOWN:
            unknown = next(f for f in result.findings if f.verdict is Verdict.UNKNOWN)
            return f"{name} unknown on a loop-free program: {unknown.message}: {unknown.reason}"
        if (said is Verdict.VIOLATION) != bool(runs):
            some = f"{show(runs[0])} does" if runs else "no run does"
            return f"{name} is {said.value}, but {some}"
    unknown = next((f for f in result.findings if f.verdict is Verdict.UNKNOWN), None)
    if unknown is not None:  # a site left unknown beside a violation elsewhere: the verdicts agree, this site not
        where = f" at {unknown.at.function}+{unknown.at.insn}" if unknown.at else ""
        return f"a site unknown on a loop-free program{where}: {unknown.message}: {unknown.reason}"
    return None


def _replay(obj: BpfObject, program: Program, kernel: KernelModel, inputs: dict[InputKey, int],
            witness: Witness, default: int) -> concrete.Run:
    """A witness's run, going past each sleep in atomic context (the site may lie past another); an input it does
    not name reads `default`. One whose path starts outside the entry is an async callback's, checked on its own as
    the kernel runs it: with no region named, the context itself is atomic (not sleepable); with one named, the
    region makes it atomic either way."""
    obj = relocated(obj, kernel)  # as the check saw it
    start = witness.path[0].function if witness.path else program.entry.name
    if start == program.entry.name:
        return concrete.run(obj, program, kernel, inputs, past_sleep=True, default=default)
    return concrete.run(obj, program, kernel, inputs, entry=obj.functions[start],
                        entry_state=EntryState(witness.region is not None), past_sleep=True, default=default)


def witnessed(obj: BpfObject, program: Program, kernel: KernelModel, result: ProgramResult) -> str | None:
    """Every violation of no-sleep-in-atomic carries a witness whose inputs replay to a sleep at the same place, with
    the region it names open."""
    for item in result.findings:
        if item.obligation is not Obligation.NO_SLEEP_IN_ATOMIC or item.verdict is not Verdict.VIOLATION:
            continue
        if item.witness is None or item.at is None:
            return f"violation without a witness or location: {item.message}"
        inputs: dict[InputKey, int] = {}
        for name, value in item.witness.inputs.items():
            keys = parse_input(name, value) if name != EVERY_INPUT else {}
            if keys is None:
                return f"witness input {name!r} names no input"
            inputs.update(at_index(obj, keys))
        run = _replay(obj, program, kernel, inputs, item.witness, item.witness.inputs.get(EVERY_INPUT, 0))
        sleep = next((e for e in run.sleeps if (e.function, e.insn) == (item.at.function, item.at.insn)), None)
        if sleep is None:
            return f"witness {dict(item.witness.inputs)} for {item.message} replays to {run.outcome.describe()}"
        open_kinds = {r.kind for r in sleep.regions}  # the checker may name any open region, not the innermost
        if item.witness.region is not None and item.witness.region not in open_kinds:
            return f"witness region {item.witness.region} but the replay sleeps with {sorted(open_kinds)} open"
        if item.witness.region is None and sleep.sleepable:  # "the program runs in a non-sleepable context"
            return f"witness names no region, but the replay sleeps in a sleepable context with {sorted(open_kinds)}"
    return None


@dataclass(frozen=True)
class Judgement:
    """The kernel's verdict against ours. `category`: `agree`; `lost-precision` (the kernel refused for sleeping or
    regions where no run does so: it lost a correlation); `other-refusal` (outside the sleep and region rules);
    `model-wrong` (the kernel calls sleeping a call the model says does not block); `unknown` (the kernel refuses
    and we said unknown). `problem`: how we are wrong."""

    category: str
    problem: str | None
    kernel_message: str


def _refused_call(message: str, log: str) -> str | None:
    """The call the kernel refused: named in the message, or else ("helper call might sleep in a non-sleepable
    prog") the last call instruction the log shows before it."""
    named = _NAMED_CALL.search(message)
    if named:
        return named.group(1)
    calls = _LOG_CALL.findall(log)
    return calls[-1] if calls else None


_LOG_SITE = re.compile(r"^(\d+): \(85\) call ", re.MULTILINE)  # "12: (85) call bpf_x#148": slot 12 of the load


def refused_site(log: str, linked: Linked) -> tuple[str, int] | None:
    """(function, instruction) of the last call the kernel's log shows, mapped back through the layout it loaded."""
    found = _LOG_SITE.findall(log)
    if not found:
        return None
    slot = int(found[-1])
    for function, start in sorted(linked.functions, key=lambda item: item[1], reverse=True):
        if start <= slot and slot - start in function.code.slots:
            return function.name, function.code.slots.index(slot - start)
    return None


def judge(result: ProgramResult, truth: GroundTruth, accepted: bool, message: str, kernel: KernelModel,
          log: str = "", site: tuple[str, int] | None = None) -> Judgement:
    """The enumeration runs on the same kernel model as the checker, so a call the model wrongly thinks does not
    block fools both; the kernel's message (or its log) names the call, and that is checked against the model
    first. A call refused as sleeping "in a non-sleepable prog" is refused whatever the path: if some run reaches
    it (`site`, from refused_site) and no run sleeps there, the model is wrong about where that code runs."""
    sleep = verdict(result, Obligation.NO_SLEEP_IN_ATOMIC) or Verdict.SAFE
    if accepted:
        problem = None if sleep is not Verdict.VIOLATION else "the kernel accepts, we say no-sleep-in-atomic violated"
        return Judgement("agree", problem, message)
    family = next((name for name, words in REFUSALS.items() if any(w in message for w in words)), None)
    if family is None:
        return Judgement("other-refusal", None, message)
    named = _refused_call(message, log) if family == "sleep" else None
    if named and not kernel.call_effect(named).blocking:
        return Judgement("model-wrong", f"the kernel refuses {named} as sleeping; the model says it does not block",
                         message)
    said, runs = (sleep, truth.sleeps_in_atomic) if family == "sleep" else (_regions_verdict(result), truth.misuses)
    if GLOBAL_MAY_SLEEP in message:  # the contract on a global function's body, dead calls included
        said = verdict(result, Obligation.KERNEL_CONTRACT) or Verdict.SAFE
    if said is Verdict.VIOLATION:
        return Judgement("agree", None, message)
    if said is Verdict.UNKNOWN:  # no claim to contradict; completeness judges unknowns, on loop-free programs
        return Judgement("unknown", None, message)
    if family == "sleep" and any(w in message for w in ANY_PATH) and site is not None and site in truth.reached \
            and site not in truth.sleep_sites:
        return Judgement("model-wrong", f"the kernel refuses the call at {site[0]}+{site[1]} in a non-sleepable "
                                        "context, a run reaches it, and the model lets it sleep there", message)
    if not runs:
        return Judgement("lost-precision", None, message)
    return Judgement("agree", f"the kernel refuses ({family}) and {show(runs[0])} does it, but we say {said.value}",
                     message)


METAMORPHIC_OBLIGATIONS = (Obligation.NO_SLEEP_IN_ATOMIC, Obligation.REGIONS_BALANCED)


def same_verdicts(before: ProgramResult, after: ProgramResult) -> str | None:
    """Two programs that mean the same get the same no-sleep-in-atomic and regions-balanced verdicts (contracts
    may change: a global function's may-sleep summary counts dead calls). An `unknown` is no verdict to compare."""
    for obligation in METAMORPHIC_OBLIGATIONS:
        old, new = verdict(before, obligation) or Verdict.SAFE, verdict(after, obligation) or Verdict.SAFE
        if Verdict.UNKNOWN not in (old, new) and old is not new:
            return f"{obligation.value} was {old.value}, is {new.value}"
    return None
