"""Checking one program: generate its obligations, discharge each with the cheapest engine that can, replay every
witness before it is reported.

Order: `admissible` from the kernel model alone; then the pre-pass (path graph without loop counts) finds every
site where a rule could break; an obligation with no such site is proved. Plain runs of the interpreter show many
sites broken (no solver needed: the run is the witness). Where loops are, the loop engine proves sites for every
iteration count. The rest go to bounded model checking, one query per site; a satisfiable query gives a witness that
must replay on the concrete interpreter to become a `violation`, and an unsatisfiable one is a proof only when no run
can go past the bound.
"""

from __future__ import annotations

import contextlib
import functools
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from pysmt.environment import Environment
from pysmt.exceptions import SolverReturnedUnknownResultError

from sleepcheck.model.errors import SleepcheckError
from sleepcheck.model.kernel import iterators
from sleepcheck.model.kernel.context_writes import narrow_fields
from sleepcheck.model.kernel.facts import Context
from sleepcheck.model.kernel.invocations import EXACT_RUNS, INVOCATIONS, RCU_WALK
from sleepcheck.model.kernel.model import KernelModel
from sleepcheck.model.kernel.relocate import relocated
from sleepcheck.model.program import BpfObject, Function, Program, RefKind
from sleepcheck.model.semantics import concrete
from sleepcheck.model.semantics.calls import passed_callbacks
from sleepcheck.model.semantics.concrete_context import EntryState
from sleepcheck.model.semantics.context import ContextState, Misuse
from sleepcheck.model.semantics.flow import Loops, find_loops
from sleepcheck.model.semantics.global_view import as_callers_see_them, called_globals
from sleepcheck.model.semantics.inputs import AT_INSTRUCTION, WRITTEN_ARG, InputKey, InputKind
from sleepcheck.model.semantics.smt_state import MASK64, object_at
from sleepcheck.proofs.admissible import admissible, atomic_hook, lacking
from sleepcheck.proofs.engines.bmc import (
    Encoding,
    EncodingTimeout,
    Term,
    inputs_of,
    path_of,
)
from sleepcheck.proofs.engines.deep_stack import run_deep
from sleepcheck.proofs.engines.explore import ExplorationLimit, explore
from sleepcheck.proofs.engines.graph_order import CutGraph, cut_loops
from sleepcheck.proofs.engines.invariants import head_invariants
from sleepcheck.proofs.engines.path_graph import AsyncEntry, Edge, Event, EventKind, Facts, Frame, Graph, Node
from sleepcheck.proofs.locations import location
from sleepcheck.proofs.messages import (
    CONTRACT_EVENTS,
    MISUSE_RULES,
    SAFE_MESSAGES,
    finding_message,
    named_region,
    obligation_of,
    place_of,
    sleeps_in_atomic,
    sleeps_inside,
)
from sleepcheck.proofs.options import CheckOptions
from sleepcheck.proofs.solvers import IncrementalSolver, environment, model_holds, open_solver, query_limit
from sleepcheck.proofs.verdict import EVERY_INPUT, Finding, Location, Obligation, ProgramResult, Verdict, Witness


@dataclass(frozen=True)
class Entry:
    """Where a check starts: the program, an async callback in the context the kernel runs it in, or a global
    function as the verifier checks it (alone, with unknown arguments, as sleepable as the program)."""

    function: Function
    state: ContextState
    label: str
    armed: AsyncEntry | None = None  # for an async callback: how and where the program arms it
    alone: bool = False  # a global function checked on its own
    # why the kernel runs this entry of a sleepable program in atomic context, where the verifier admits the flag
    atomic_hook: str | None = None
    # an async callback whose arming no query showed a run to reach, nor showed none does: what it breaks is unknown
    arming_unsettled: bool = False

    @property
    def verified_sleepable(self) -> bool | None:
        """The flag the verifier checks the entry with, where the kernel runs it otherwise."""
        return True if self.atomic_hook is not None else None


def _message(obj: BpfObject, kernel: KernelModel, program: Program, entry: Entry, event: Event,
             node: Node | None = None) -> str:
    return finding_message(obj, kernel, program, entry.armed, entry.label, event, node or event.node,
                           entry.atomic_hook)


def check_program(obj: BpfObject, program: Program, kernel: KernelModel, options: CheckOptions) -> ProgramResult:
    """Input errors (SleepcheckError) propagate to the command line; a failure of our own is an `unknown` with the
    failure as its reason, never a traceback and never a guess."""
    started = time.perf_counter()
    try:
        return _check(obj, program, kernel, options, started)
    except SleepcheckError:
        raise
    except Exception as error:  # a bug of ours: say so, and say nothing about the program
        reason = f"internal error in sleepcheck: {type(error).__name__}: {error}"
        finding = Finding(Obligation.NO_SLEEP_IN_ATOMIC, Verdict.UNKNOWN, "the check did not finish", reason=reason)
        return ProgramResult(obj.path, program.name, program.section, program.prog_type, program.sleepable,
                             (finding,), time.perf_counter() - started, internal=True)


def _check(obj: BpfObject, program: Program, kernel: KernelModel, options: CheckOptions,
           started: float, globals_opaque: bool = False, alone: str | None = None) -> ProgramResult:
    """`globals_opaque`: the object is already the one the verifier sees from global functions' callers; `alone`:
    check only that global function, as the verifier checks it."""
    deadline = time.monotonic() + options.timeout
    facts = Facts(program=program)
    obj = relocated(obj, kernel)
    findings = [*admissible(obj, program, kernel)] if alone is None else []
    if lacking(program, kernel) is not None:  # nothing of the kernel's to check the code against
        return _result(obj, program, findings, started, options)
    hook = atomic_hook(program, kernel)
    runs = ContextState(program.sleepable and hook is None)
    entries = [Entry(program.entry, runs, program.name, atomic_hook=hook)] if alone is None else [
        Entry(obj.functions[alone], ContextState(program.sleepable), f"{alone} (global)", alone=True)]
    if program.exception_callback is not None and alone is None:  # run after bpf_throw in the program's context
        entries.append(Entry(obj.functions[program.exception_callback], runs,
                             f"{program.exception_callback} (exception callback)", atomic_hook=hook))
    prepass_graphs, unrolled = _prepass(obj, program, kernel, options, entries, deadline, facts)
    per_entry = list(unrolled)  # (entry, its findings)
    covered = {f.obligation for entry, found in unrolled if not entry.alone for f in found}
    with_sites = {obligation_of(e) for entry, graph in prepass_graphs if not entry.alone for e in graph.events}
    findings.extend(Finding(o, Verdict.SAFE, SAFE_MESSAGES[o], proof="pre-pass: no path-insensitive state reaches "
                            "a site") for o in PATH_OBLIGATIONS if o not in with_sites | covered)
    for entry, graph in prepass_graphs:
        found: list[Finding] = []
        per_entry.append((entry, found))
        events = list(graph.events)
        if events and options.plain_runs:
            plain, events = _plain_runs(obj, program, kernel, options, entry, events)
            found.extend(plain)
        strengthen = None
        if events and not graph.acyclic:
            proved, events = _loop_proofs(obj, program, _loop_proof_time(options, deadline), entry, graph, events,
                                          facts, strong=False)
            found.extend(proved)
            strengthen = functools.partial(_strong_loop_proofs, obj, program, options, deadline, entry, graph, facts)
        if events:
            # a violation a plain run showed settles the verdict: the other sites get AFTER_VIOLATION seconds
            violated = _has_violation(found)
            until = _after_violation(deadline) if violated else deadline
            found.extend(_cut_short(_bounded(obj, program, kernel, options, entry, events, until,
                                             graph if graph.acyclic else None, facts, violated=violated,
                                             strengthen=strengthen),
                                    until < deadline))
    findings.extend(_unsettled(f) if entry.arming_unsettled else f
                    for entry, found in per_entry if not entry.alone for f in found)
    findings.extend(_checked_alone(findings, per_entry))
    findings.extend(_left_open(findings))
    if not globals_opaque and not options.runs_as_verified and not _has_violation(findings):
        if called_globals(obj, program):
            findings.extend(_as_callers_see_globals(obj, program, kernel, options, deadline))
        if not _has_violation(findings) and _runs_counted(obj, program, kernel):
            findings.extend(_as_verifier_counts_runs(obj, program, kernel, options, deadline))
    return _result(obj, program, findings, started, options)


GLOBAL_RESULT_RULE = "a global function's result and what it writes are any value to its caller"


def _as_callers_see_globals(obj: BpfObject, program: Program, kernel: KernelModel, options: CheckOptions,
                            deadline: float) -> list[Finding]:
    """The verifier checks a caller with any result of a global function and any bytes where it writes
    (global_view.py): a violation found only so is a contract finding, with a witness through the stand-in."""
    names = called_globals(obj, program)
    listed = ", ".join(names)
    view = f"the program as the verifier checks it, with any result of {listed} and any bytes where it writes"
    if time.monotonic() >= deadline:
        return _not_seen(view, GLOBAL_RESULT_RULE)
    seen_obj, seen_kernel = as_callers_see_them(obj, program, kernel)
    results = [_check(seen_obj, program, seen_kernel, _within(options, deadline), time.perf_counter(),
                      globals_opaque=True)]
    for name in names:  # a global function's own calls of global functions, as the verifier checks it alone
        if called_globals(obj, program, name) and time.monotonic() < deadline:
            inner_obj, inner_kernel = as_callers_see_them(obj, program, kernel, name)
            results.append(_check(inner_obj, program, inner_kernel, _within(options, deadline), time.perf_counter(),
                                  globals_opaque=True, alone=name))
    return _seen_as(results, view, f"on a path where {listed} returns, or writes through a pointer it is passed, "
                    "what its body does not: the verifier checks the caller with any such value (an freplace "
                    "program may replace a global function)", GLOBAL_RESULT_RULE)


RUNS_RULE = ("the verifier follows a synchronous callback any number of times, none included, whatever it returns "
             "(at most bpf_loop's count), and a numbers iterator (bpf_for) as if it may end at any step")


def _runs_counted(obj: BpfObject, program: Program, kernel: KernelModel) -> bool:
    """Whether the program runs code a number of times the kernel fixes and the verifier does not follow: a sync
    callback, or a numbers iterator's loop."""
    functions = obj.reachable(program)
    return any(c.effect.context is Context.INHERIT for c in passed_callbacks(obj, kernel, functions)) or any(
        ref.kind is RefKind.KFUNC and ref.target == iterators.NEXT for f in functions for ref in f.refs.values())


def _as_verifier_counts_runs(obj: BpfObject, program: Program, kernel: KernelModel, options: CheckOptions,
                             deadline: float) -> list[Finding]:
    """The verifier goes on after a callback-taking call as if the callback ran none, or any number of times up
    to what it knows of the count, whatever the helper does (bpf_loop(1, ...) runs it once; an array walk meets
    every element), and after a numbers iterator's next as if it may have ended (bpf_for(i, 0, 3) runs three
    times): a violation found only so is a contract finding."""
    view = "the program as the verifier checks it, with its callbacks and iterators run any number of times"
    if time.monotonic() >= deadline:
        return _not_seen(view, RUNS_RULE)
    results = [_check(obj, program, kernel, replace(_within(options, deadline), runs_as_verified=True),
                      time.perf_counter())]
    return _seen_as(results, view, "on a path where a callback or an iterator's loop runs a number of times the "
                    "kernel would not run it here (none, say): the verifier follows every count", RUNS_RULE)


def _not_seen(view: str, rule: str) -> list[Finding]:
    return [Finding(Obligation.KERNEL_CONTRACT, Verdict.UNKNOWN, f"{view} was not checked",
                    reason="the program's --timeout ran out before it", rule=rule)]


def _seen_as(results: list[ProgramResult], view: str, path: str, rule: str) -> list[Finding]:
    """The findings of a check of the program as the verifier sees some part of it: a violation there is a
    contract finding on `path`; where that view is not settled, neither is whether the kernel refuses the
    program."""
    seen = [f for result in results for f in result.findings if f.obligation in PATH_OBLIGATIONS]
    found = [Finding(Obligation.KERNEL_CONTRACT, Verdict.VIOLATION, f"{f.message}, {path}", at=f.at,
                     witness=f.witness, rule=rule) for f in seen if f.verdict is Verdict.VIOLATION]
    return found + [Finding(Obligation.KERNEL_CONTRACT, Verdict.UNKNOWN, f"{view}: {f.message}", at=f.at,
                            reason=f.reason, rule=rule) for f in seen if f.verdict is Verdict.UNKNOWN]


# A query of the every-iteration proof, whose loop heads hold any values, may be much harder than the unrolled
# engine's that follows it (a 300-instruction program with 64-bit products: 15 s there, 0.2 s unrolled): past this,
# the unrolled engine answers instead.
LOOP_PROOF_SECONDS = 2.0
# ... and all its queries together: a callback whose runs may leave preemption disabled at any of eight places has
# a loop head per count, and asking which of them a path enters took 16 s to prove nothing, where the unrolled
# engine answered in 0.1 s (the corpus's proofs take under 0.6 s).
LOOP_PROOF_BUDGET = 5.0
# ... but its first try with head invariants, after the first unrolling, gets this much: where the search for what
# holds at the heads has not finished by then, the next unrolling comes first, which has done a loop of a few
# iterations (8 bpf_loop callbacks filling a 40-slot stack array: the search took 10 s to find nothing, the
# unrolling 0.5 s), and the search gets LOOP_PROOF_BUDGET after it where sites are still open.
FIRST_STRONG_LOOP_PROOF_BUDGET = 1.0


def _within(options: CheckOptions, deadline: float, most: float | None = None) -> CheckOptions:
    """`--timeout` bounds a program's whole check: each query gets what is left of it (solvers.query_limit: at least
    MIN_QUERY_SECONDS, so one begun at the deadline may still answer), and at most `most` where given."""
    limit = options.timeout if most is None else min(options.timeout, most)
    return replace(options, timeout=query_limit(limit, deadline), deadline=deadline)


FALLBACK_NODES = 100_000  # nodes an unrolling may take where the pre-pass did not finish


def _ladder(obj: BpfObject, program: Program, kernel: KernelModel, options: CheckOptions, entry: Entry,
            deadline: float, facts: Facts) -> Iterator[tuple[Graph, int]]:
    """The program unrolled one, four, sixteen... iterations (as the bounded engine raises its bounds), each made
    only when asked for, up to `--bound` (the last) or the deepest unrolling that stays within FALLBACK_NODES (the
    states a loop that keeps acquiring makes multiply with each); it ends at an unrolling no path goes past."""
    bound = 1
    while True:
        try:
            graph = explore(obj, kernel, entry.function, entry.state, bound=bound, deadline=deadline, facts=facts,
                            max_nodes=FALLBACK_NODES, program_sleepable=program.sleepable,
                            verified_sleepable=entry.verified_sleepable,
                            runs_as_verified=options.runs_as_verified)
        except ExplorationLimit:
            return
        graph.acyclic = True
        yield graph, bound
        if not graph.unwinding or bound >= options.bound:
            return
        bound = min(bound * 4, options.bound)


def _check_unrolled(obj: BpfObject, program: Program, kernel: KernelModel, options: CheckOptions, entry: Entry,
                    deadline: float, facts: Facts, gave_up: str
                    ) -> tuple[list[Finding], list[AsyncEntry], set[str]]:
    """Where the pre-pass did not finish, bounded model checking on the unrollings, the smallest first, the next made
    only while some run goes past the last. A violation found on one is final, and so is a proof where no run goes
    past it (a site reached in the first iteration gets its witness from the one-iteration graph); what lies past
    the deepest stays unknown, and so does what is open once a violation is found (the program's verdict is then
    known). An obligation with no site on any unrolling is safe where no run goes past one.
    Also the callbacks the unrollings arm and the global functions they call, to be checked as entries."""
    settled: list[Finding] = []
    deepest: list[Finding] = []  # the deepest unrolling's unknowns, final once no deeper one follows
    probed: set[tuple[Obligation, Location | None]] = set()  # a probe does not depend on the unrolling
    shown: set[tuple[Obligation, Location]] = set()  # sites plain runs were asked to show
    with_sites: set[Obligation] = set()
    ladder = _ladder(obj, program, kernel, options, entry, deadline, facts)
    last: tuple[Graph, int] | None = None
    armed: dict[str, AsyncEntry] = {}
    callees: set[str] = set()
    for graph, bound in ladder:
        last = graph, bound
        armed.update((callback.function, callback) for callback in graph.async_entries)
        callees.update(_global_calls(graph))
        with_sites.update(obligation_of(e) for e in graph.events)
        events = _still_open(obj, graph.events, settled)
        fresh = [e for e in events if _finding_key(obj, e) not in shown]
        if fresh and options.plain_runs:
            shown.update(_finding_key(obj, e) for e in fresh)
            plain, _ = _plain_runs(obj, program, kernel, options, entry, fresh)
            settled.extend(plain)
            events = _still_open(obj, events, plain)
        found = _bounded(obj, program, kernel, replace(options, bound=bound), entry, events, deadline, graph, facts,
                         probed) if events else []
        settled.extend(f for f in found if f.verdict is not Verdict.UNKNOWN)
        deepest = [f for f in found if f.verdict is Verdict.UNKNOWN]
        if _has_violation(settled) or time.monotonic() > deadline or \
                not _runs_past(obj, program, _within(replace(options, bound=bound), deadline), entry, graph):
            break
    if last is None:
        return [Finding(o, Verdict.UNKNOWN, "the pre-pass did not finish", reason=gave_up)
                for o in PATH_OBLIGATIONS], [], set()
    graph, bound = last
    site_free = [o for o in PATH_OBLIGATIONS if o not in with_sites]
    if not site_free:
        found = []
    elif not _runs_past(obj, program, _within(replace(options, bound=bound), deadline), entry, graph):
        found = [Finding(o, Verdict.SAFE, SAFE_MESSAGES[o], proof=f"bounded model checking, bound {bound}, unwinding "
                         "check passed (complete): no site on any run") for o in site_free]
    else:
        found = [Finding(o, Verdict.UNKNOWN, f"no site within {bound} loop iterations",
                         reason=f"safe up to {bound} loop iterations; longer runs exist (the pre-pass did not finish: "
                                f"{gave_up})") for o in site_free]
    return found + settled + deepest, list(armed.values()), callees


def _runs_past(obj: BpfObject, program: Program, options: CheckOptions, entry: Entry, graph: Graph) -> bool:
    """Whether some feasible run goes past the unrolling (the unwinding check on its own, unless the engines asked
    it already: _unwinds keeps the answer; no answer counts as yes)."""
    if not graph.unwinding:
        return False
    if graph.runs_past is not None:
        return graph.runs_past

    def deep() -> bool:
        env = environment()
        enc = _encoding(obj, program, options, entry, graph, env)
        with _session(enc, options, obj, program, entry, "unwinding") as solver:
            return _unwinds(solver, enc, graph)

    try:
        return run_deep(deep)
    except EncodingTimeout:
        return True


GLOBAL_ALONE = "global function verified alone"


def _checked_alone(findings: list[Finding], per_entry: list[tuple[Entry, list[Finding]]]) -> list[Finding]:
    """What checking each global function alone adds: a site it breaks for some arguments, where no call of the
    program breaks it (the program's own findings say so), is a kernel-contract finding: the verifier checks a
    global function once, for any arguments, and refuses the program for it."""
    broken = {f.at for f in findings if f.verdict is Verdict.VIOLATION}
    added: list[Finding] = []
    for entry, found in per_entry:
        if not entry.alone:
            continue
        for finding in found:
            if finding.verdict is Verdict.SAFE or finding.at in broken:
                continue
            message = (f"{finding.message} (in global function {entry.function.name}, which the verifier checks "
                       "alone, for any arguments)")
            added.append(replace(finding, obligation=Obligation.KERNEL_CONTRACT, message=message, rule=GLOBAL_ALONE))
    return added


def _prepass(obj: BpfObject, program: Program, kernel: KernelModel, options: CheckOptions, entries: list[Entry],
             deadline: float, facts: Facts) -> tuple[list[tuple[Entry, Graph]], list[tuple[Entry, list[Finding]]]]:
    """The path-insensitive graph of each entry; async callbacks the program arms, and global functions it calls,
    become entries (to `entries`) where a run reaches the arming or the call. An entry whose graph does not finish
    (a loop that keeps acquiring regions) is checked unrolled instead, on its own: its findings come back with the
    graphs of the others, and the callbacks its unrollings arm are entries too."""
    graphs: list[tuple[Entry, Graph]] = []
    unrolled: list[tuple[Entry, list[Finding]]] = []
    index = 0
    while index < len(entries):
        entry = entries[index]
        graph: Graph | None = None
        try:
            graph = _explored(obj, program, kernel, options, entry, deadline, facts)
        except ExplorationLimit as limit:
            # an unrolling's runs may go past it: what it arms or calls is checked whether or not a run reaches it
            found, armed, callees = _check_unrolled(obj, program, kernel, options, entry, deadline, facts, str(limit))
            unrolled.append((entry, found))
        else:
            graphs.append((entry, graph))
            armed = graph.async_entries
            callees = set(_global_calls(graph))
        for callback in armed:
            state = ContextState(_async_sleepable(callback, program))
            # a callback armed for two contexts (a wq's and a timer's) is checked in each
            if any(e.function.name == callback.function and e.state == state for e in entries):
                continue
            armed_by_a_run = _armed(obj, program, kernel, options, entry, graph, callback, deadline, facts) \
                if graph is not None else True
            if armed_by_a_run is False:
                continue
            label = callback.function if all(e.label != callback.function for e in entries) else \
                f"{callback.function} ({callback.via})"
            entries.append(Entry(obj.functions[callback.function], state, label, callback,
                                 arming_unsettled=armed_by_a_run is None))
        for callee in sorted(callees):
            if any(e.alone and e.function.name == callee for e in entries):
                continue
            if graph is None or _reached(obj, program, kernel, options, entry, graph, deadline, facts,
                                         _calling(callee)) is not False:  # no answer: checked alone all the same
                entries.append(Entry(obj.functions[callee], ContextState(program.sleepable), f"{callee} (global)",
                                     alone=True))
        index += 1
    return graphs, unrolled


QUIET_FIRST = 2_000  # instructions from which the pre-pass first tries its graph without branch facts


def _explored(obj: BpfObject, program: Program, kernel: KernelModel, options: CheckOptions, entry: Entry,
              deadline: float, facts: Facts) -> Graph:
    """The entry's pre-pass graph. Branch facts only take paths away, and following them may multiply the states (a
    10,992-instruction KubeArmor LSM program: 45,128 nodes and 3.8 s, against 5,903 nodes and 0.06 s without them):
    a graph without them that has no site, arms no callback and calls no global function answers as well."""
    def graph(learns: bool) -> Graph:
        return explore(obj, kernel, entry.function, entry.state, bound=None, deadline=deadline, facts=facts,
                       program_sleepable=program.sleepable, verified_sleepable=entry.verified_sleepable,
                       runs_as_verified=options.runs_as_verified, learns=learns)
    if sum(len(f.code.insns) for f in obj.reached_from(entry.function)) < QUIET_FIRST:
        return graph(learns=True)  # small: the graph with facts costs little, and most have sites
    try:
        quiet = graph(learns=False)
    except ExplorationLimit:  # without facts, counts no run reaches may grow past the limits
        return graph(learns=True)
    if quiet.events or quiet.async_entries or _global_calls(quiet):
        return graph(learns=True)
    return quiet


def _global_calls(graph: Graph) -> dict[str, set[tuple[str, int, tuple[Frame, ...]]]]:
    """Each global function the graph calls from outside any other global, with its call nodes (as function,
    index and frames)."""
    calls: dict[str, set[tuple[str, int, tuple[Frame, ...]]]] = {}
    for node in graph.nodes:
        call = _outermost_global_call(node)
        if call is not None and node.index == 0 and len(node.frames) == len(call[2]) + 1:
            calls.setdefault(node.function, set()).add(call)
    return calls


def _calling(callee: str) -> Callable[[Encoding, Graph], list[Term]]:
    """What reaching a call of the global function means in a graph: one of its call nodes there (an unrolled graph
    has its own, whose frames count iterations)."""
    def terms(enc: Encoding, graph: Graph) -> list[Term]:
        calls = _global_calls(graph).get(callee, set())
        return [enc.reach(n) for n in graph.nodes if (n.function, n.index, n.frames) in calls]

    return terms


def _outermost_global_call(node: Node) -> tuple[str, int, tuple[Frame, ...]] | None:
    """Where the outermost global function the node runs in was called (the call's function, index and frames), if
    the node runs in one."""
    depth = next((i for i, f in enumerate(node.frames) if f.global_entry is not None), None)
    if depth is None:
        return None
    frame = node.frames[depth]  # it resumes after the call (a global is never a callback)
    return frame.function, frame.resume - 1, node.frames[:depth]


def _armed(obj: BpfObject, program: Program, kernel: KernelModel, options: CheckOptions, entry: Entry, graph: Graph,
           callback: AsyncEntry, deadline: float, facts: Facts) -> bool | None:
    """Whether a run of the entry reaches the call that arms the callback: the kernel verifies a callback only where
    it meets the arming call, and one armed on dead code never runs. Inside a global function, which the kernel
    verifies alone with unknown arguments, the arming counts where the call of the outermost global is reached.
    Asked of the pre-pass graph (every iteration at once, where it has loops), then of the first unrollings whose
    runs go no further; no answer counts as yes."""
    return _reached(obj, program, kernel, options, entry, graph, deadline, facts,
                    lambda enc, at: _arming(enc, at, callback))


def _reached(obj: BpfObject, program: Program, kernel: KernelModel, options: CheckOptions, entry: Entry,
             graph: Graph, deadline: float, facts: Facts, terms: Callable[[Encoding, Graph], list[Term]]
             ) -> bool | None:
    """Whether a run of the entry satisfies one of `terms` (of an encoding of a graph of the entry), asked for at
    most REACH_BUDGET seconds; None where no answer came."""
    deadline = min(deadline, time.monotonic() + REACH_BUDGET)
    try:
        return run_deep(lambda: _reached_deep(obj, program, kernel, _within(options, deadline), entry, graph, terms,
                                              deadline, facts))
    except EncodingTimeout:
        return None


# How long whether a callback is armed, or a global function called, may be asked: a yes only adds an entry to
# check, which the check of the program may need its time for (a global called in nested bpf_loop callbacks of a
# 740-instruction program: 42 s to build the unrolled terms that reach its calls, and then no time was left).
REACH_BUDGET = 5.0


def _arming(enc: Encoding, graph: Graph, callback: AsyncEntry) -> list[Term]:
    """What reaching the arming call means, at each node of it: that node reached with this callback in the call's
    register (clang may make one call of two that arm different callbacks), or, inside a global function, the
    call of the outermost global reached."""
    terms: list[Term] = []
    for node in graph.nodes:
        if (node.function, node.index) != callback.armed_at:
            continue
        call = _outermost_global_call(node)
        if call is not None:
            terms.extend(enc.reach(m) for m in graph.nodes if (m.function, m.index, m.frames) == call)
            continue
        held = enc.value(node, callback.register)
        wanted = enc.semantics.function_address(callback.function)
        terms.append(enc.reach(node) if held is None else enc.mgr.And(enc.reach(node), enc.mgr.Equals(held, wanted)))
    return terms


def _reached_deep(obj: BpfObject, program: Program, kernel: KernelModel, options: CheckOptions, entry: Entry,
                  graph: Graph, terms: Callable[[Encoding, Graph], list[Term]], deadline: float, facts: Facts
                  ) -> bool | None:
    env = environment()
    mgr = env.formula_manager

    def reached(at: Graph, cut: CutGraph | None = None, invariants: bool = False) -> tuple[bool | None, bool]:
        """Whether a path reaches a site, and whether runs go past the graph's bound."""
        enc = _encoding(obj, program, options, entry, at, env, *((cut.heads, cut.back) if cut is not None else ()))
        with _session(enc, options, obj, program, entry, "armed") as solver:
            into = _start_at_heads(enc, cut, solver, options) if cut is not None else {}
            if into is None:
                return None, True
            wanted = terms(enc, at)
            if invariants and into and not _assume_invariants(enc, into, solver):
                return None, True
            answer = _satisfiable(solver, enc.with_axioms(mgr.Or(wanted))) if wanted else False
            return answer, answer is False and cut is None and _unwinds(solver, enc, at)

    if graph.acyclic:
        return reached(graph)[0]
    cut = cut_loops(graph, lambda name: _loops_of(obj, facts, name))
    if reached(cut.graph, cut)[0] is False:
        return False
    # the first unrollings before what holds at the loop heads: a site reached shows there at once (a global called
    # in a loop of a 740-instruction program), where the search for what holds took all the time left
    for bound in FIRST_BOUNDS:
        if time.monotonic() > deadline:
            return None
        try:
            unrolled = explore(obj, kernel, entry.function, entry.state, bound=bound, deadline=deadline, facts=facts,
                               program_sleepable=program.sleepable,
                            verified_sleepable=entry.verified_sleepable,
                            runs_as_verified=options.runs_as_verified)
        except ExplorationLimit:
            return None
        answer, longer = reached(unrolled)
        if answer is not False:
            return answer
        if not longer:
            return False
    if time.monotonic() > deadline:
        return None
    return None if reached(cut.graph, cut, invariants=True)[0] is not False else False


def _async_sleepable(armed: AsyncEntry, program: Program) -> bool:
    """Whether an async callback runs where it may sleep: its own context, or the arming program's (`program`)."""
    return armed.context is Context.SLEEPABLE or (armed.context is Context.PROGRAM and program.sleepable)


PATH_OBLIGATIONS = (Obligation.NO_SLEEP_IN_ATOMIC, Obligation.REGIONS_BALANCED, Obligation.KERNEL_CONTRACT)


def _result(obj: BpfObject, program: Program, findings: list[Finding], started: float,
            options: CheckOptions) -> ProgramResult:
    if not options.rodata_unknown and _reads_rodata(obj, program):
        findings = [replace(f, proof=f"{f.proof}; {RODATA_ASSUMED}") if f.verdict is Verdict.SAFE and f.proof and
                    not f.proof.startswith(DATA_FREE_PROOFS) else f for f in findings]
    return ProgramResult(obj.path, program.name, program.section, program.prog_type, program.sleepable,
                         tuple(findings), time.perf_counter() - started)


RODATA_ASSUMED = "assumes the object's .rodata values, as loaded when user space rewrites none (--rodata-unknown: any)"
DATA_FREE_PROOFS = ("pre-pass", "kernel model")  # proofs that read no data


def _reads_rodata(obj: BpfObject, program: Program) -> bool:
    """Whether the program's code refers to read-only global data the object fixes (not the kernel's .kconfig)."""
    return any(ref.kind is RefKind.DATA and (data := obj.data.get(ref.target)) is not None and data.read_only and
               not ref.target.startswith(".kconfig") for function in obj.reachable(program)
               for ref in function.refs.values())


LOOP_PROOF = ("every iteration at once: the pre-pass graph with its loops cut at their heads, where every register "
              "and stack byte is taken as unknown (sound for any number of iterations)")
INVARIANTS = ", but for the constants they hold at every visit (proved by induction over the visits)"


def _loop_proofs(obj: BpfObject, program: Program, options: CheckOptions, entry: Entry, graph: Graph,
                 events: list[Event], facts: Facts, strong: bool) -> tuple[list[Finding], list[Event]]:
    """Sites no path reaches even when each loop head may hold any values: safe for every iteration count, with no
    unrolling. The other sites' events are returned for the bounded engine, which finds witnesses. `strong`: with
    what holds at the heads (invariants.py), and with a second cut; asked once the first unrollings found no
    violation, since the search costs a query or more per fact dropped."""
    try:
        return run_deep(lambda: _loop_proofs_deep(obj, program, options, entry, graph, events, facts, strong))
    except EncodingTimeout:  # nothing proved: the bounded engine answers, or says the time ran out
        return [], events


def _strong_loop_proofs(obj: BpfObject, program: Program, options: CheckOptions, deadline: float, entry: Entry,
                        graph: Graph, facts: Facts, events: list[Event],
                        budget: float) -> tuple[list[Finding], list[Event], bool]:
    """_loop_proofs with head invariants, its queries given their time when it runs (after an unrolling), and
    whether it finished within `budget` seconds."""
    within = _loop_proof_time(options, deadline, budget)
    proved, left = _loop_proofs(obj, program, within, entry, graph, events, facts, strong=True)
    return proved, left, not _past(within)


def _loop_proof_time(options: CheckOptions, deadline: float, budget: float = LOOP_PROOF_BUDGET) -> CheckOptions:
    """The options of a loop proof: LOOP_PROOF_SECONDS a query, and its deadline `budget` away."""
    return _within(options, min(deadline, time.monotonic() + budget), LOOP_PROOF_SECONDS)


def _loop_proofs_deep(obj: BpfObject, program: Program, options: CheckOptions, entry: Entry, graph: Graph,
                      events: list[Event], facts: Facts, strong: bool) -> tuple[list[Finding], list[Event]]:
    """Cut at the code's loops; strong, with invariants, and then, for the sites left, where a walk from the root
    closes cycles."""
    at_code_loops = cut_loops(graph, lambda name: _loops_of(obj, facts, name))
    proved, left = _cut_proofs(obj, program, options, entry, at_code_loops, events, (1, 2) if strong else (0,))
    if strong and left:
        walked = cut_loops(graph, None)
        if walked.heads != at_code_loops.heads:
            more, left = _cut_proofs(obj, program, options, entry, walked, left, (0, 1, 2))
            proved += more
    return proved, left


def _cut_proofs(obj: BpfObject, program: Program, options: CheckOptions, entry: Entry, cut: CutGraph,
                events: list[Event], passes: tuple[int, ...]) -> tuple[list[Finding], list[Event]]:
    """The sites proved over the cut graph, and the events of the others: a pass for each of `passes`, without the
    heads' invariants (0), with their equalities (1), then with their bounds too (2), each asked only where the one
    before left sites open: a bound's candidates cost the search rounds a proof by equalities does not need."""
    env = environment()
    mgr = env.formula_manager
    enc = _encoding(obj, program, options, entry, cut.graph, env, cut.heads, cut.back)
    sites: dict[tuple[EventKind, str, int], list[Event]] = {}
    for event in events:
        sites.setdefault((event.kind, event.node.function, event.node.index), []).append(event)
    proved: list[Finding] = []
    with _session(enc, options, obj, program, entry, "loops") as solver:
        into = _start_at_heads(enc, cut, solver, options)
        if into is None:
            return [], events
        doubtful = sorted(sites, key=lambda key: (key[1], key[2], key[0].value))
        for strength in passes:
            if not doubtful:
                break
            if strength and not _assume_invariants(enc, into, solver, bounds=strength > 1):
                continue
            for key in list(doubtful):
                reached = enc.with_axioms(mgr.Or([enc.happens(e) for e in sites[key]]))
                if _past(options) or _satisfiable(solver, reached) is not False:
                    continue
                doubtful.remove(key)
                proved.append(Finding(obligation_of(sites[key][0]), Verdict.SAFE,
                                      f"no feasible path reaches this {key[0].value} site",
                                      at=location(obj, key[1], key[2]),
                                      proof=LOOP_PROOF + (INVARIANTS if strength else "")))
    return proved, [e for key in doubtful for e in sites[key]]


def _loops_of(obj: BpfObject, facts: Facts, name: str) -> Loops:
    if name not in facts.loops:
        facts.loops[name] = find_loops(obj.functions[name].code)
    return facts.loops[name]


def _start_at_heads(enc: Encoding, cut: CutGraph, solver,  # type: ignore[no-untyped-def]
                    options: CheckOptions) -> dict[Node, list[Edge]] | None:
    """Tell the solver where a path of the cut encoding may start: the root, or a head some path enters. Those
    heads with the edges that enter them, cut or not; None when the solver gives no answer (or the options' deadline
    comes first)."""
    heads = dict.fromkeys(edge.target for edge in cut.back if edge.target is not None)  # in a fixed order
    into: dict[Node, list[Edge]] = {head: list(enc.preds.get(head, ())) for head in heads}
    for edge in cut.back:
        if edge.target is not None:
            into[edge.target].append(edge)
    entered = _entered_heads(enc, into, solver, options)
    if entered is None:
        return None
    solver.add_assertion(enc.mgr.Or([enc.starts_at(None), *(enc.starts_at(h) for h in entered)]))
    return {head: into[head] for head in entered}


def _assume_invariants(enc: Encoding, into: dict[Node, list[Edge]], solver,  # type: ignore[no-untyped-def]
                       bounds: bool = False) -> bool:
    """Tell the solver what holds at each head entered (invariants.py), asked only where a proof needs more than
    the heads' context states: the search costs a query or more per fact dropped. With `bounds`, the counters'
    bounds are searched for too. Whether anything was found."""
    invariants = head_invariants(enc, into, solver, bounds)
    for invariant in invariants:
        solver.add_assertion(invariant)
    return bool(invariants)


def _entered_heads(enc: Encoding, into: dict[Node, list[Edge]], solver,  # type: ignore[no-untyped-def]
                   options: CheckOptions) -> list[Node] | None:
    """The loop heads some path enters, starting from the root or from a head already entered with any values
    there: the least fixed point, so that no head is entered only because it is entered. None when the solver gives
    no answer."""
    mgr = enc.mgr
    reached: dict[Node, None] = {}
    grew = True
    while grew:
        grew = False
        assumed = mgr.Or([enc.starts_at(None), *(enc.starts_at(h) for h in reached)])
        for head in [h for h in into if h not in reached]:
            if _past(options):
                return None
            answer = _satisfiable(solver, mgr.And(assumed, mgr.Or([enc.guard(e) for e in into[head]])))
            if answer is None:
                return None
            if answer:
                reached[head] = None
                grew = True
    return list(reached)


def _past(options: CheckOptions) -> bool:
    return options.deadline is not None and time.monotonic() >= options.deadline


def _session(enc: Encoding, options: CheckOptions, obj: BpfObject, program: Program, entry: Entry,
             purpose: str) -> contextlib.AbstractContextManager[IncrementalSolver]:
    """A solver session for the encoding's queries, its exported files named after the program, the entry and
    `purpose`. A query z3 is slow on may go to the fallback solver (solvers.FIRST_TRY) where the encoding divides by
    a computed value, or is small enough that writing it out as text costs little (HAND_OFF_NODES)."""
    return open_solver(enc.env, options, obj.path, program.name, entry.label, purpose,
                       hand_off=lambda: enc.semantics.divides or len(enc.graph.nodes) <= HAND_OFF_NODES)


# The size of an unrolled graph up to which a slow query is handed to the fallback whatever it holds (a 32-step
# numbers iterator unrolled to 64: 1,204 nodes, answered in 2 s; a 386-instruction argv reader: 8,381 nodes, 7 s),
# past which the hand-off itself may outlast the program's time (a 1,024-deep unrolling of 11,286 nodes: minutes).
HAND_OFF_NODES = 10_000


def _satisfiable(solver, term: Term) -> bool | None:  # type: ignore[no-untyped-def]
    solver.push()
    solver.add_assertion(term)
    try:
        return bool(solver.solve())
    except SolverReturnedUnknownResultError:
        return None
    finally:
        solver.pop()


def _encoding(obj: BpfObject, program: Program, options: CheckOptions, entry: Entry, graph: Graph,
              env: Environment, cut: frozenset[Node] = frozenset(), closing: tuple[Edge, ...] = ()) -> Encoding:
    """The encoding of one entry's graph; a function checked on its own gets unknown arguments, an async callback's
    the kernel objects its invocation hands over (model/kernel/invocations.py)."""
    alone = entry.function.name if entry.function is not program.entry else None
    return Encoding(obj, graph, env, rodata_unknown=options.rodata_unknown, alone=alone, cut=cut, closing=closing,
                    deadline=time.monotonic() + options.timeout, narrow=narrow_fields(program.prog_type),
                    wide_tables=options.wide_tables, runs_as_verified=options.runs_as_verified,
                    kernel_objects=_kernel_objects(entry))


def _kernel_objects(entry: Entry) -> frozenset[int]:
    """The arguments of an entry checked on its own that are never NULL: an async callback's kernel objects
    (model/kernel/invocations.py), a global function's tagged so."""
    invocation = INVOCATIONS.get(entry.armed.via) if entry.armed is not None else None
    if invocation is not None:
        return frozenset(range(1, len(invocation.args) + 1))
    return entry.function.nonnull_args if entry.alone else frozenset()


# The value every input takes in a plain run before any solver (all ones: callbacks run to their bound; 16: counts a
# little past the first few iterations, as a callback nested three deep that sleeps on its 8th run, 47 s for the
# bounded engine), and in a probe run past the bound (1 << 16: a numbers iterator to a count read from global data,
# which sleeps on its 1,000th step)
PLAIN_DEFAULTS = (0, 1, MASK64, 16)
PROBE_DEFAULTS = (0, 1, MASK64, 1 << 16)
PROBE_FUEL = 1_000_000  # instructions, the kernel's own limit on what it verifies
# ... or a third of the time left, so that deeper unrollings keep theirs (a task iterator's loop whose next returns
# an input never ends: 12 s a run, and three runs took the whole --timeout a violation at bound 256 needed)
PROBE_SHARE = 1 / 3
# Instructions the plain runs tried before any solver share: a few milliseconds. A site reached later waits for the
# engines, then for a probe run with PROBE_FUEL, so that a long loop costs time only where the engines leave a site
# open (with 65,536, a safe loop of 3,000 iterations took 0.017 s -> 0.28 s).
PLAIN_FUEL = 4_096


def _run_entry(obj: BpfObject, program: Program, kernel: KernelModel, options: CheckOptions, entry: Entry,
               inputs: dict[InputKey, int], fuel: int = PROBE_FUEL, default: int = 0,
               until: Callable[[concrete.SleepInAtomic], bool] | None = None,
               watch: frozenset[tuple[str, int]] = frozenset(), deadline: float | None = None) -> concrete.Run:
    """A run of the interpreter from the entry (a function checked on its own starts in its entry's context). It
    goes past a sleep in atomic context, recording it, so an event later on the same path is seen too."""
    return concrete.run(obj, program, kernel, inputs, fuel=fuel, rodata_unknown=options.rodata_unknown,
                        entry=entry.function, entry_state=EntryState(entry.state.sleepable), default=default,
                        past_sleep=True, until=until, watch=watch, runs_as_verified=options.runs_as_verified,
                        deadline=deadline, kernel_objects=_kernel_objects(entry))


def _plain_runs(obj: BpfObject, program: Program, kernel: KernelModel, options: CheckOptions, entry: Entry,
                events: list[Event]) -> tuple[list[Finding], list[Event]]:
    """Sites a plain run (every input at one of PLAIN_DEFAULTS) reaches just as the pre-pass saw them: violations
    found without a solver, each witnessed by the run itself, which replays by construction (about two thirds of
    the corpus's violations show so). The runs share PLAIN_FUEL instructions, and one ends once it has shown every
    site. The events of every other site are returned for the engines."""
    findings: list[Finding] = []
    fuel = PLAIN_FUEL
    for default in PLAIN_DEFAULTS:
        plain = {key: e for e in events if (key := _shown_as(e)) is not None}
        if not plain or fuel <= 0:
            break
        run = _run_entry(obj, program, kernel, options, entry, {}, fuel=fuel, default=default,
                         until=_until_shown(set(plain)))
        fuel -= len(run.trace)
        shown: dict[tuple[Obligation, Location], tuple[Event, int, int]] = {}
        met: set[tuple[str, tuple[str, int]]] = set()
        for key, step, read in _shown_by(run):
            if key[:2] not in met and key in plain:  # the first at a site, the one a replay of the path meets
                shown.setdefault(_finding_key(obj, plain[key]), (plain[key], step, read))
            met.add(key[:2])
        for (obligation, at), (event, step, read) in shown.items():
            opened = named_region(event.node.state)
            witness = _run_witness(obj, run, step, read, default, opened.region if opened else None,
                                   location(obj, *opened.at) if opened else None)
            findings.append(_as_run(Finding(obligation, Verdict.VIOLATION, _message(obj, kernel, program, entry, event),
                                            at=at, witness=witness), run.kernel_runs_to(step)))
        events = [e for e in events if _finding_key(obj, e) not in shown]
    return findings, events


# What a run shows: a sleep at a site in atomic context, with its regions (kind and where each was opened), or the
# region misuse it ended with. An event's key says the same of its node, so that its message describes the run.
Shown = tuple[str, tuple[str, int], object, object]


def _shown_as(event: Event) -> Shown | None:
    """The event's key, if a run can show it as it is (a contract's condition is the verifier's: no run shows it)."""
    site = (event.node.function, event.node.index)
    state = event.node.state
    if event.kind is EventKind.BLOCKING_IN_ATOMIC:
        return "sleep", site, state.sleepable, tuple((o.region, o.at) for o in state.open)
    if event.kind in (EventKind.MISUSE, EventKind.EXIT_IN_REGION) and event.misuse is not Misuse.DIFFERENT_LOCK \
            and obligation_of(event) is not Obligation.KERNEL_CONTRACT:
        misuse = Misuse.EXIT_IN_REGION if event.kind is EventKind.EXIT_IN_REGION else event.misuse
        return "misuse", site, misuse.name if misuse else None, event.detail  # the interpreter's Misuse is its own
    return None


def _sleep_shown(sleep: concrete.SleepInAtomic) -> Shown:
    return "sleep", (sleep.function, sleep.insn), sleep.sleepable, \
        tuple((r.kind, (r.function, r.insn)) for r in sleep.regions)


def _shown_by(run: concrete.Run) -> list[tuple[Shown, int, int]]:
    """What the run showed, in its order, each with where its witness path ends (the first of several at one site
    is the one a replay meets) and how many inputs the run had read by then."""
    outcome = run.outcome
    shown = [(_sleep_shown(sleep), sleep.step, sleep.inputs_read) for sleep in run.slept]
    if isinstance(outcome, concrete.RegionMisuse):
        site = (outcome.function, outcome.insn)
        shown.append((("misuse", site, outcome.misuse.name, outcome.region), _last_at(run.trace, site),
                      len(run.inputs_used)))
    return shown


def _until_shown(wanted: set[Shown]) -> Callable[[concrete.SleepInAtomic], bool] | None:
    """Where every wanted key is a sleep, a run may end once it has shown them all; a misuse shows only at the end."""
    if any(key[0] != "sleep" for key in wanted):
        return None
    waiting = set(wanted)

    def all_shown(sleep: concrete.SleepInAtomic) -> bool:
        waiting.discard(_sleep_shown(sleep))
        return not waiting

    return all_shown


def _probe_deeper(obj: BpfObject, program: Program, kernel: KernelModel, options: CheckOptions, entry: Entry,
                  finding: Finding, deadline: float) -> Finding:
    """A site left at "safe up to N" may lie past the bound, as a loop of thousands of iterations that sleeps on
    one of its last: run the interpreter, every input at one plain value, as far as the kernel itself would look,
    or until the deadline (a task iterator's loop that never ends took 12 s a run). A run that sleeps (or misuses
    the region) there is a witness, replayed by construction."""
    if not (_short(finding) or _not_replayed(finding)) or finding.at is None:
        return finding
    site = (finding.at.function, finding.at.insn)

    def at_site(sleep: concrete.SleepInAtomic) -> bool:
        return (sleep.function, sleep.insn) == site

    for default in PROBE_DEFAULTS:
        run = _run_entry(obj, program, kernel, options, entry, {}, default=default,
                         until=at_site if finding.obligation is Obligation.NO_SLEEP_IN_ATOMIC else None,
                         deadline=deadline)
        found = _probe_event(obj, run, site, finding.obligation, entry.atomic_hook)
        if found is None:
            continue
        message, regions, step, read = found
        opened = regions[0] if regions else None
        witness = _run_witness(obj, run, step, read, default, opened.kind if opened else None,
                               location(obj, opened.function, opened.insn) if opened else None)
        return _as_run(Finding(finding.obligation, Verdict.VIOLATION, message, at=finding.at, witness=witness),
                       run.kernel_runs_to(step))
    return finding


KEPT_START, KEPT_END = 64, 448  # instructions of a long witness path kept (a loop run thousands of times)
LISTED_INPUTS = 64  # a probe run that reads more inputs than this (a helper's bytes on each of 3,000 iterations)


def _run_witness(obj: BpfObject, run: concrete.Run, end: int, read: int, default: int, region: str | None,
                 opened_at: Location | None) -> Witness:
    """A plain run's witness: its path up to step `end` (of a long one, the start and the end), and the `read`
    inputs it had read by then, all at `default`."""
    return _path_witness(obj, run.trace[:end + 1], region, opened_at,
                         _probe_inputs(obj, run.inputs_used[:read], default, run.results_taken))


def _path_witness(obj: BpfObject, steps: Sequence[tuple[str, int]], region: str | None, opened_at: Location | None,
                  inputs: dict[str, int]) -> Witness:
    """A witness along `steps`: of a long path, its first KEPT_START and last KEPT_END steps, and how many were left
    out between them."""
    left_out = max(0, len(steps) - KEPT_START - KEPT_END)
    kept = steps if not left_out else (*steps[:KEPT_START], *steps[-KEPT_END:])
    return Witness(path=tuple(location(obj, f, i) for f, i in kept), region=region, opened_at=opened_at,
                   inputs=inputs, left_out=left_out, left_out_after=KEPT_START if left_out else 0)


def _probe_inputs(obj: BpfObject, used: Sequence[InputKey], default: int,
                  taken: Mapping[InputKey, int]) -> dict[str, int]:
    """A probe run's inputs all take one value: each by its name where they are few (a call's result as the run
    took it, `taken`), else that value once."""
    if len(used) > LISTED_INPUTS:
        return {EVERY_INPUT: default}
    return _readable_inputs(obj, {key: taken.get(key, _as_read(obj, key, default)) for key in used})


def _as_read(obj: BpfObject, key: InputKey, value: int) -> int:
    """An input's value as the run takes it: a byte's low 8 bits, a load's as many bits as the instruction reads (a
    one-byte load of an input at all ones reads 255)."""
    if key.kind in (InputKind.CTX_BYTE, InputKind.RODATA_BYTE, InputKind.WRITTEN):
        return value & 0xFF
    function = obj.functions.get(key.function)
    if key.kind is InputKind.LOAD and function is not None and 0 <= key.insn < len(function.code.insns):
        size = getattr(function.code.insns[key.insn], "size", None)
        if size is not None:
            return value & ((1 << (8 * int(size))) - 1)
    return value


def _last_at(trace: tuple[tuple[str, int], ...], site: tuple[str, int]) -> int:
    """Where the run was last at the site: its path ends there."""
    return max((n for n, step in enumerate(trace) if step == site), default=len(trace) - 1)


def _probe_event(obj: BpfObject, run: concrete.Run, site: tuple[str, int], obligation: Obligation,
                 atomic_hook: str | None) -> tuple[str, tuple[concrete.OpenRegion, ...], int, int] | None:
    """The message and open regions of what the run did at the site, if it did what the obligation forbids, where
    in the run it did it, and how many inputs the run had read by then (`atomic_hook`: Entry's)."""
    if obligation is Obligation.NO_SLEEP_IN_ATOMIC:
        for sleep in run.slept:
            if (sleep.function, sleep.insn) == site:
                if not sleep.regions:
                    return sleeps_in_atomic(sleep.call, atomic_hook), (), sleep.step, sleep.inputs_read
                first = sleep.regions[0]
                return (sleeps_inside(sleep.call, first.kind, place_of(obj, first.function, first.insn),
                                       first.identity == RCU_WALK), sleep.regions, sleep.step, sleep.inputs_read)
        return None
    outcome = run.outcome
    if obligation is Obligation.REGIONS_BALANCED and isinstance(outcome, concrete.RegionMisuse) and \
            (outcome.function, outcome.insn) == site:
        return (outcome.describe(), (outcome.opened,) if outcome.opened else (), _last_at(run.trace, site),
                len(run.inputs_used))
    return None


DEEPEN = 64  # a bound that leaves runs past it is raised, four times at a step, up to this many times itself
# Where the graph has loops, sites are first tried unrolled this far, then this far: most violations show within a
# few iterations, and their witnesses then come from a graph a sixteenth of the default's; a site no run reaches,
# where no run goes past it either, is proved there too (a bpf_loop of up to 8 callbacks: 0.11 s -> 0.05 s)
FIRST_BOUNDS = (4, 16)


def _first_bounds(bound: int) -> list[int]:
    """The bounds tried before `bound`: FIRST_BOUNDS, then four times more at each step, so that a larger --bound
    never loses a proof a smaller one finds (and costs at most a third more than its own unrolling)."""
    bounds = [b for b in FIRST_BOUNDS if b < bound]
    while bounds and bounds[-1] * 4 < bound:
        bounds.append(bounds[-1] * 4)
    return bounds


def _bounded(obj: BpfObject, program: Program, kernel: KernelModel, options: CheckOptions, entry: Entry,
             prepass_events: list[Event], deadline: float, acyclic: Graph | None, facts: Facts,
             probed: set[tuple[Obligation, Location | None]] | None = None, violated: bool = False,
             strengthen: Callable[[list[Event], float], tuple[list[Finding], list[Event], bool]] | None = None
             ) -> list[Finding]:
    """Bounded model checking from `--bound`. Where runs go past the bound, a plain run of the interpreter may show
    the site reached later; if not, the sites still open are checked again with a larger bound while the time
    allows, since the kernel accepts loops of thousands of iterations. `violated`: the entry has a violation
    already (a plain run showed it), so the program's verdict is known and what the first bounds leave open stays
    open."""
    bound = options.bound
    early: list[Finding] = []
    open_at_first: list[Finding] = []
    firsts = _first_bounds(bound) if acyclic is None else []
    for first in firsts:
        at_first = replace(options, bound=first)
        found = _with_wide_tables(obj, program, kernel, at_first, entry, prepass_events, deadline, None, facts,
                                  _bounded_at(obj, program, kernel, at_first, entry, prepass_events, deadline, None,
                                              facts))
        early.extend(f for f in found if f.verdict is not Verdict.UNKNOWN)
        open_at_first = [f for f in found if f.verdict is Verdict.UNKNOWN]
        prepass_events = _still_open(obj, prepass_events, early)
        if not prepass_events:
            return early
        if violated or _has_violation(early):  # the verdict is known: what is open stays as the bound left it
            return early + open_at_first
        if strengthen is not None:  # the loop proof with what holds at its heads: a short try after the first
            last = first == firsts[-1]  # unrolling, and where that ran out of time, a full one after the last
            proved, prepass_events, finished = strengthen(
                prepass_events, LOOP_PROOF_BUDGET if last else FIRST_STRONG_LOOP_PROOF_BUDGET)
            early.extend(proved)
            shown = {(f.obligation, f.at) for f in proved}
            open_at_first = [f for f in open_at_first if (f.obligation, f.at) not in shown]
            if finished or last:
                strengthen = None
            if not prepass_events:
                return early
    # a site still open past the first bounds may lie thousands of iterations on: a plain run may show it before
    # the full bound is encoded (the probe is the same at any bound, so a site is probed once)
    probed = set() if probed is None else probed  # shared by the unrollings of a pre-pass that gave up

    def probe(finding: Finding) -> Finding:  # a shortcut to a witness: not taken once the time is up
        if (finding.obligation, finding.at) in probed or not (_short(finding) or _not_replayed(finding)) or \
                time.monotonic() > deadline:
            return finding
        probed.add((finding.obligation, finding.at))
        share = time.monotonic() + PROBE_SHARE * (deadline - time.monotonic())
        return _probe_deeper(obj, program, kernel, options, entry, finding, share)

    early.extend(f for f in map(probe, open_at_first) if f.verdict is Verdict.VIOLATION)
    prepass_events = _still_open(obj, prepass_events, early)
    if prepass_events and strengthen is not None and not _has_violation(early):
        proved, prepass_events, _ = strengthen(prepass_events, LOOP_PROOF_BUDGET)
        early.extend(proved)
    if not prepass_events:
        return early
    findings = early + [
        probe(f) for f in _bounded_at(obj, program, kernel, options, entry, prepass_events, deadline, acyclic, facts)]
    while acyclic is None and bound < options.bound * DEEPEN and time.monotonic() < deadline and \
            not _has_violation(findings):
        still = {(f.obligation, f.at) for f in findings if _short(f)}
        if not still:
            break
        bound *= 4
        events = [e for e in prepass_events if _finding_key(obj, e) in still]
        deeper = _bounded_at(obj, program, kernel, replace(options, bound=bound), entry, events, deadline, None,
                             facts)
        if any(f.reason and "did not finish" in f.message for f in deeper):
            break
        again = {(f.obligation, f.at): f for f in deeper}
        findings = [again.get((f.obligation, f.at), f) if _short(f) else f for f in findings]
    return _with_wide_tables(obj, program, kernel, options, entry, prepass_events, deadline, acyclic, facts, findings)


def _with_wide_tables(obj: BpfObject, program: Program, kernel: KernelModel, options: CheckOptions, entry: Entry,
                      prepass_events: list[Event], deadline: float, acyclic: Graph | None, facts: Facts,
                      findings: list[Finding]) -> list[Finding]:
    """Sites whose witness did not replay, asked again with loads at computed stack addresses spelled out over
    more bytes (smt_state.MAX_TABLE): such a load read an unknown where the run reads the frame."""
    unreplayed = {(f.obligation, f.at) for f in findings if _not_replayed(f)}
    if not unreplayed or options.wide_tables or time.monotonic() >= deadline:
        return findings
    events = [e for e in prepass_events if _finding_key(obj, e) in unreplayed]
    again = {(f.obligation, f.at): f for f in _bounded_at(obj, program, kernel, replace(options, wide_tables=True),
                                                            entry, events, deadline, acyclic, facts)
             if f.verdict is not Verdict.UNKNOWN}
    return [again.get((f.obligation, f.at), f) if (f.obligation, f.at) in unreplayed else f for f in findings]


def _has_violation(findings: list[Finding]) -> bool:
    return any(f.verdict is Verdict.VIOLATION for f in findings)


def _still_open(obj: BpfObject, events: list[Event], settled: list[Finding]) -> list[Event]:
    done = {(f.obligation, f.at) for f in settled}
    return [e for e in events if _finding_key(obj, e) not in done]


def _finding_key(obj: BpfObject, event: Event) -> tuple[Obligation, Location]:
    """The (obligation, location) of the finding an event's site gets."""
    return obligation_of(event), location(obj, event.node.function, event.node.index)


def _not_replayed(finding: Finding) -> bool:
    """Unknown because the solver's path did not replay (it stands for runs it could not tell apart)."""
    return finding.verdict is Verdict.UNKNOWN and "does not replay" in (finding.reason or "")


def _short(finding: Finding) -> bool:
    """Unknown only because runs go past the bound."""
    return finding.verdict is Verdict.UNKNOWN and (finding.reason or "").startswith("safe up to")


def _bounded_at(obj: BpfObject, program: Program, kernel: KernelModel, options: CheckOptions, entry: Entry,
                prepass_events: list[Event], deadline: float, acyclic: Graph | None, facts: Facts) -> list[Finding]:
    """One unrolled graph for the entry (the pre-pass's own where it has no loop); a query for each site the
    pre-pass found, grouped by obligation."""
    try:
        graph = acyclic or explore(obj, kernel, entry.function, entry.state, bound=options.bound,
                                   deadline=deadline, facts=facts, program_sleepable=program.sleepable,
                            verified_sleepable=entry.verified_sleepable,
                            runs_as_verified=options.runs_as_verified)
    except ExplorationLimit as limit:
        return [Finding(obligation_of(event), Verdict.UNKNOWN, "the bounded engine did not finish",
                        at=location(obj, event.node.function, event.node.index), reason=str(limit))
                for event in _one_per_site(prepass_events)]
    groups: list[SiteGroup] = []
    for obligation in PATH_OBLIGATIONS:
        wanted = {(e.kind, e.node.function, e.node.index) for e in prepass_events if obligation_of(e) is obligation}
        if not wanted:
            continue
        sites: dict[tuple[EventKind, str, int], list[Event]] = {}
        for event in graph.events:
            key = (event.kind, event.node.function, event.node.index)
            if key in wanted and obligation_of(event) is obligation:
                sites.setdefault(key, []).append(event)
        groups.append(SiteGroup(obligation, sites, wanted))
    return _solve(obj, program, kernel, _within(options, deadline), entry, graph, groups, deadline) if groups else []


@dataclass(frozen=True)
class SiteGroup:
    """One obligation's sites in the unrolled graph: the pre-pass's (`wanted`), and the events found at each."""

    obligation: Obligation
    sites: dict[tuple[EventKind, str, int], list[Event]]
    wanted: set[tuple[EventKind, str, int]]


def _one_per_site(events: list[Event]) -> list[Event]:
    seen: dict[tuple[EventKind, str, int], Event] = {}
    for event in events:
        seen.setdefault((event.kind, event.node.function, event.node.index), event)
    return list(seen.values())


# Seconds the sites still open get, together, once the program has a violation (its verdict is known then): a
# 3,500-instruction program took its whole --timeout for 21 sites after its first witness (j24c).
AFTER_VIOLATION = 5.0
CUT_SHORT = f"the program has a violation already, and its other sites had {AFTER_VIOLATION:g} s more"


def _after_violation(deadline: float) -> float:
    """The deadline of the sites still open once the program has a violation."""
    return min(deadline, time.monotonic() + AFTER_VIOLATION)


def _unsettled(finding: Finding) -> Finding:
    """A violation in an async callback whose arming no query settled: unknown, since no run may arm it."""
    if finding.verdict is not Verdict.VIOLATION:
        return finding
    return replace(finding, verdict=Verdict.UNKNOWN, witness=None,
                   reason=f"whether a run arms the callback was not settled within {REACH_BUDGET:g} s")


def _cut_short(findings: list[Finding], shortened: bool) -> list[Finding]:
    """Where the sites had only AFTER_VIOLATION seconds, an unknown that ran out of time says so."""
    if not shortened:
        return findings
    return [replace(f, reason=f"{CUT_SHORT}: {f.reason}") if f.verdict is Verdict.UNKNOWN and
            "--timeout" in (f.reason or "") else f for f in findings]


def _solve(obj: BpfObject, program: Program, kernel: KernelModel, options: CheckOptions, entry: Entry, graph: Graph,
           groups: list[SiteGroup], deadline: float) -> list[Finding]:
    try:
        return run_deep(lambda: _solve_sites(obj, program, kernel, options, entry, graph, groups, deadline))
    except EncodingTimeout as timeout:
        return [Finding(group.obligation, Verdict.UNKNOWN, "the time ran out before this site",
                        at=location(obj, key[1], key[2]), reason=f"{timeout} (the program's --timeout)")
                for group in groups for key in _in_order(group.wanted)]


def _solve_sites(obj: BpfObject, program: Program, kernel: KernelModel, options: CheckOptions, entry: Entry,
                 graph: Graph, groups: list[SiteGroup], deadline: float) -> list[Finding]:
    """One encoding of the graph for every obligation (its terms are built, and sent to the solver, once), and a
    solver session per obligation; a witness names only the unknowns of its own query."""
    findings: list[Finding] = []
    env = environment()
    mgr = env.formula_manager
    enc = _encoding(obj, program, options, entry, graph, env)
    if sum(len(group.sites) for group in groups) > 1:  # else the one query per site is that query
        with _session(enc, options, obj, program, entry, "any") as solver:
            if _none_reached(solver, enc, groups):
                longer = _unwinds(solver, enc, graph)
                return [_no_path(group.obligation, key, location(obj, key[1], key[2]), longer, options)
                        for group in groups for key in _in_order(group.wanted)]
    shortened = False
    for group in groups:
        obligation = group.obligation
        with _session(enc, options, obj, program, entry, obligation.value) as solver:
            for key in _in_order(group.wanted):
                events = group.sites.get(key, [])
                at = location(obj, key[1], key[2])
                if not events:
                    findings.append(_no_path(obligation, key, at, _unwinds(solver, enc, graph), options))
                    continue
                if not shortened and _has_violation(findings):  # the verdict is known: the rest get a little time
                    cut = _after_violation(deadline)
                    shortened, deadline = cut < deadline, cut
                left = deadline - time.monotonic()
                if left <= 0:
                    why = CUT_SHORT if shortened else "the program's --timeout ran out before this site"
                    findings.append(Finding(obligation, Verdict.UNKNOWN, "the time ran out before this site", at=at,
                                            reason=why))
                    continue
                solver.limit(min(options.timeout, left))
                query = enc.with_axioms(mgr.Or([enc.happens(e) for e in events]))
                solver.push()
                solver.add_assertion(query)
                try:
                    sat = solver.solve()
                except SolverReturnedUnknownResultError:
                    solver.pop()
                    findings.append(Finding(obligation, Verdict.UNKNOWN, "the solver gave no answer", at=at,
                                            reason=f"no answer within the {solver.timeout:.3g} s left of the "
                                                   "program's --timeout"))
                    continue
                if not sat:
                    solver.pop()
                    findings.append(_no_path(obligation, key, at, _unwinds(solver, enc, graph), options))
                    continue
                finding = _witness(obj, program, kernel, options, obligation, entry, enc, solver, query, events, at)
                solver.pop()
                findings.append(finding)
    return findings


def _in_order(wanted: set[tuple[EventKind, str, int]]) -> list[tuple[EventKind, str, int]]:
    return sorted(wanted, key=lambda k: (k[1], k[2], k[0].value))


def _none_reached(solver, enc: Encoding, groups: list[SiteGroup]) -> bool:  # type: ignore[no-untyped-def]
    """Whether one query shows that no site of any obligation is reached: most programs with several sites are safe
    at all of them, and a query per site (about a millisecond each) then shows nothing more."""
    reached = [enc.happens(e) for group in groups for events in group.sites.values() for e in events]
    return _satisfiable(solver, enc.with_axioms(enc.mgr.Or(reached))) is False


def _unwinds(solver, enc: Encoding, graph: Graph) -> bool:  # type: ignore[no-untyped-def]
    """The unwinding check: whether some feasible run goes past the bound (no answer counts as yes). The answer is
    the graph's, kept with it: every site and obligation of the graph shares it."""
    if graph.runs_past is None:
        unwinding = [enc.guard(edge) for edge in graph.unwinding]
        graph.runs_past = bool(unwinding) and _satisfiable(solver, enc.with_axioms(enc.mgr.Or(unwinding))) is not False
    return graph.runs_past


def _no_path(obligation: Obligation, key: tuple[EventKind, str, int], at: Location, longer: bool,
             options: CheckOptions) -> Finding:
    """No path within the bound reaches the site; a proof only if no run goes past the bound on the way."""
    if longer:
        return Finding(obligation, Verdict.UNKNOWN, f"no path reaches this {key[0].value} site within the bound",
                       at=at, reason=f"safe up to {options.bound} loop iterations; longer runs exist")
    return Finding(obligation, Verdict.SAFE, f"no feasible path reaches this {key[0].value} site", at=at,
                   proof=f"bounded model checking, bound {options.bound}, unwinding check passed (complete)")


def _in_run_layout(obj: BpfObject, inputs: dict[InputKey, int]) -> dict[InputKey, int]:
    """A witness's inputs with the encoding's addresses of maps, data and kernel symbols as the run lays them out:
    a loaded pointer the solver made equal to `&bpf_prog_fops` must equal it in the replay too, whether it is one
    input or eight bytes a helper wrote (BPF_CORE_READ's bpf_probe_read_kernel) or of the context. Tried where the
    inputs as the solver gave them do not replay: a user address may fall where the encoding puts a data section."""
    def moved(value: int) -> int:
        found = object_at(obj, value)
        return concrete.run_address(obj, *found) if found is not None else value
    out = {key: moved(value) for key, value in inputs.items()}
    for key in inputs:
        if key.kind not in (InputKind.WRITTEN, InputKind.CTX_BYTE) or key.detail % 8:
            continue
        parts = [key._replace(detail=key.detail + i) for i in range(8)]
        if all(part in inputs for part in parts):
            word = moved(sum(inputs[part] << (8 * i) for i, part in enumerate(parts)))
            out.update((part, (word >> (8 * i)) & 0xFF) for i, part in enumerate(parts))
    return out


def _witness(obj: BpfObject, program: Program, kernel: KernelModel, options: CheckOptions, obligation: Obligation,
             entry: Entry, enc, solver, query: Term, group: list[Event],  # type: ignore[no-untyped-def]
             at: Location) -> Finding:
    if group[0].kind is EventKind.MISSING_CALL:  # no run goes past it: nothing to replay, nothing to conclude
        return Finding(obligation, Verdict.UNKNOWN, _message(obj, kernel, program, entry, group[0]),
                       at=at, reason=f"whether {group[0].detail} may sleep is not known on this kernel")
    unclear = group[0].misuse is Misuse.UNCLEAR_LOCK
    if unclear and not all(enc.tells_apart(e) for e in group):  # reached; whether the locks differ is not modelled
        return Finding(obligation, Verdict.UNKNOWN, _message(obj, kernel, program, entry, group[0]),
                       at=at, reason=f"{_UNSHOWN_RELEASE}; whether it can be another than the one the kernel "
                                     "expects is not modelled")
    targets = {e.node for e in group}
    path = path_of(enc, model_holds(solver, enc.mgr), targets)
    end = path[-1]
    event = next((e for e in group if e.node == end), group[0])
    # the encoding serves every query of the graph: only this query's unknowns are its witness's inputs
    values = {symbol.symbol_name(): int(solver.get_py_value(symbol)) for symbol in query.get_free_variables()
              if symbol.symbol_name() in enc.symbols.origin}
    inputs = inputs_of(enc, path, values)
    replayed, why, real = _replay(obj, program, kernel, options, entry, event, inputs)
    moved = _in_run_layout(obj, inputs) if not replayed else inputs
    if moved != inputs:  # an input the solver made an object's address, or a value that only looks like one
        again = _replay(obj, program, kernel, options, entry, event, moved)
        if again[0]:
            inputs, (replayed, why, real) = moved, again
    message = _message(obj, kernel, program, entry, event, end)
    opened = named_region(end.state)
    witness = _path_witness(obj, [(n.function, index) for n in path for index in enc.run(n)],
                            opened.region if opened else None, location(obj, *opened.at) if opened else None,
                            _readable_inputs(obj, inputs))
    if not replayed and unclear:  # a run that releases the right lock says nothing of the solver's other runs
        return Finding(obligation, Verdict.UNKNOWN, message, at=at,
                       reason=f"{_UNSHOWN_RELEASE}, and the concrete run of the solver's path releases the one it "
                              f"must: {why}")
    if not replayed:
        return Finding(obligation, Verdict.UNKNOWN, message, at=at,
                       reason=f"the solver found a path, but its witness does not replay: {why}")
    rule = CONTRACT_EVENTS.get(event.kind) if obligation is Obligation.KERNEL_CONTRACT else None
    if obligation is Obligation.KERNEL_CONTRACT and rule is None:
        rule = MISUSE_RULES[(event.misuse, event.detail)]
    return _as_run(Finding(obligation, Verdict.VIOLATION, message, at=at, witness=witness, rule=rule), real)


def _as_run(finding: Finding, real: bool) -> Finding:
    """A violation whose witness run some kernel run follows, as it is; else, where the run stops a callback the
    kernel runs a known number of times (above EXACT_RUNS, a count the engines take as any) short of that count,
    a contract finding: the verifier follows that count too."""
    if real:
        return finding
    return replace(finding, obligation=Obligation.KERNEL_CONTRACT, rule=RUNS_RULE, unsettled=finding.obligation,
                   message=f"{finding.message}, on a path where a callback runs fewer times than the kernel runs it "
                           "here: the verifier follows every such count")


def _left_open(findings: list[Finding]) -> list[Finding]:
    """A site whose only witness stops a callback short of the kernel's count answers the contract, not the
    obligation it was found for: whether a run the kernel takes reaches it is not known, and the answer says so."""
    settled = {(f.obligation, f.at) for f in findings}
    open_sites = {(f.unsettled, f.at) for f in findings if f.unsettled is not None}
    return [Finding(obligation, Verdict.UNKNOWN, f"whether a run the kernel takes reaches this {obligation.value} "
                    "site is not known", at=at,
                    reason=f"the path found stops a callback short of the count the kernel runs it: past {EXACT_RUNS} "
                           "runs the engines take the count as any")
            for (obligation, at) in open_sites if (obligation, at) not in settled]


_UNSHOWN_RELEASE = ("which lock or IRQ flags this releases is not known here (picked on different branches, or at an "
                    "address the code computes)")


def _replay(obj: BpfObject, program: Program, kernel: KernelModel, options: CheckOptions, entry: Entry,
            event: Event, inputs: dict[InputKey, int]) -> tuple[bool, str, bool]:
    """Whether the run of the witness's inputs does what the event says, why not, and whether some kernel run does
    what it does up to there (concrete.Run.kernel_runs_to)."""
    site = (event.node.function, event.node.index)
    regions = tuple(o.region for o in event.node.state.open)

    def as_solved(sleep: concrete.SleepInAtomic) -> bool:
        return (sleep.function, sleep.insn) == site and tuple(r.kind for r in sleep.regions) == regions

    # a run past the site may go on for long: inputs the solver's path does not read take their default
    result = _run_entry(obj, program, kernel, options, entry, inputs,
                        until=as_solved if event.kind is EventKind.BLOCKING_IN_ATOMIC else None,
                        watch=frozenset({site}))
    outcome = result.outcome
    if event.kind is EventKind.BLOCKING_IN_ATOMIC:
        slept = [sleep for sleep in result.slept if (sleep.function, sleep.insn) == site]
        solved = next((sleep for sleep in slept if as_solved(sleep)), None)
        if solved is not None:
            return True, "", result.kernel_runs_to(solved.step)
        if slept:
            return False, "the concrete run slept there with other regions open", True
        return False, f"the concrete run did not sleep there; it ended with {outcome.describe()}", True
    if event.kind in (EventKind.MISUSE, EventKind.EXIT_IN_REGION) and (
            obligation_of(event) is not Obligation.KERNEL_CONTRACT or event.misuse is Misuse.UNCLEAR_LOCK):
        if isinstance(outcome, concrete.RegionMisuse) and ((outcome.function, outcome.insn) == site or
                                                           event.kind is EventKind.EXIT_IN_REGION):
            return True, "", result.kernel_runs_to(len(result.trace))
        return False, f"the concrete run ended with {outcome.describe()}", True
    # a contract's site: the run must get there as the solver's path did, with the same regions open
    seen = result.regions_at.get(site, ())
    if regions in seen:
        return True, "", result.kernel_runs_to(_last_at(result.trace, site))
    if seen:
        return False, "the concrete run got there with other regions open", True
    return False, "the concrete run does not reach the site", True


def _input_order(item: tuple[InputKey, int]) -> tuple[str, str, int, int, int]:
    key = item[0]
    return (key.kind.value, key.function, key.insn, key.occurrence, key.detail)


def _readable_inputs(obj: BpfObject, inputs: dict[InputKey, int]) -> dict[str, int]:
    """Input values as a developer reads them: runs of context bytes joined into little-endian fields
    (`ctx[112..119]`), and so the bytes a call wrote through a pointer (`main+7 written r1[0..3]`); every other
    input by its own name. An instruction is named by its slot in the function's section, as the findings and
    `llvm-objdump -d` number it."""
    inputs = {key._replace(insn=location(obj, key.function, key.insn).slot)
              if key.kind in AT_INSTRUCTION and key.function in obj.functions else key: value
              for key, value in inputs.items()}
    readable: dict[str, int] = {}
    families: dict[tuple[str, int, int, int], list[tuple[int, int]]] = {}
    for key, value in sorted(inputs.items(), key=_input_order):
        if key.kind is InputKind.CTX_BYTE:
            families.setdefault(("", -1, 0, 0), []).append((key.detail, value))
        elif key.kind is InputKind.WRITTEN:
            arg, offset = divmod(key.detail, WRITTEN_ARG)
            families.setdefault((key.function, key.insn, key.occurrence, arg), []).append((offset, value))
    for (function, insn, occurrence, arg), run in sorted(families.items()):
        for first, last, value in _byte_runs(run):
            at = f"{first}" if first == last else f"{first}..{last}"
            nth = f" (run {occurrence + 1})" if occurrence else ""
            readable[f"ctx[{at}]" if insn < 0 else f"{function}+{insn} written r{arg}[{at}]{nth}"] = value
    for key, value in sorted(inputs.items(), key=_input_order):
        if key.kind not in (InputKind.CTX_BYTE, InputKind.WRITTEN):
            readable[key.describe()] = value
    return readable


def _byte_runs(offsets: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(first, last, little-endian value) of each run of consecutive byte offsets, at most 8 bytes a run."""
    runs: list[tuple[int, int, int]] = []
    run: list[tuple[int, int]] = []
    for offset, value in [*sorted(offsets), (-2, 0)]:
        if run and (offset != run[-1][0] + 1 or len(run) == 8):
            runs.append((run[0][0], run[-1][0], sum((byte & 0xFF) << (8 * i) for i, (_, byte) in enumerate(run))))
            run = []
        if offset >= 0:
            run.append((offset, value))
    return runs
