"""The program's paths as a graph over (call stack, instruction, loop count, context state).

Both engines walk this graph. The pre-pass builds it without loop counts, which gives the finite, path-insensitive
set of context states at each instruction: if no blocking call is ever reached in an atomic state, the program is
proved without a solver. The bounded engine builds it with loop counts, which unrolls every loop to the bound and
leaves an acyclic graph whose edges carry the branch conditions the solver decides.

Static and global subprograms are both entered (a global function's body really runs in its caller's context);
the kernel's contracts about global functions are recorded as their own events. Synchronous callbacks
(bpf_loop, for_each...) re-enter the call instruction on return, so their iteration count is a loop like any
other; asynchronous callbacks are returned as separate entries with the context the kernel runs them in.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from dataclasses import replace

from sleepcheck.model.btf.core import essential_name
from sleepcheck.model.isa.insn import (
    R10,
    Alu,
    AluOp,
    Atomic,
    AtomicOp,
    Call,
    CallKind,
    Exit,
    Imm,
    Insn,
    Jump,
    Load,
    LoadImm64,
    Mov,
    PacketLoad,
    Reg,
    Store,
)
from sleepcheck.model.kernel import lookups
from sleepcheck.model.kernel.effects import CallEffect
from sleepcheck.model.kernel.facts import Context, RcuPointers
from sleepcheck.model.kernel.invocations import (
    BPF_MAX_LOOPS,
    DEFAULT,
    INVOCATIONS,
    RCU_WALK,
    RCU_WALKS,
    VERIFIED_EXTRA_RUNS,
)
from sleepcheck.model.kernel.model import KernelModel
from sleepcheck.model.program import BpfObject, Function, RefKind
from sleepcheck.model.semantics import acquire_result, branch_facts, pointer_trust
from sleepcheck.model.semantics.calls import (
    Caller,
    CallSite,
    computed_frame_offset,
    from_global_argument,
    loaded_kptr,
    map_in_r1,
    may_reach_stack,
    off_the_stack,
    pointer_identities,
    resolve_call,
    stack_origin,
    stack_slots,
    trace_register_paths,
)
from sleepcheck.model.semantics.context import (
    LOCK_REGIONS,
    MAX_LIVE_RCU_ITERATORS,
    RCU_ITERATOR_ENDED,
    ContextState,
    Misuse,
    Opened,
    Transition,
    apply_call,
    at_first_place,
    widened,
)
from sleepcheck.model.semantics.flow import PLAIN, Loops, Straight, find_loops, straight_line, successors
from sleepcheck.model.semantics.smt_state import STACK_SIZE
from sleepcheck.proofs.engines.path_graph import (
    AsyncEntry,
    Edge,
    EdgeKind,
    Event,
    EventKind,
    Facts,
    Frame,
    Graph,
    Node,
    Pick,
)

# Calls after which the program may not come back: a successful tail call and bpf_throw end it where it stands,
# so a region open there is never closed (kernel/bpf/verifier.c: check_helper_call's BPF_FUNC_tail_call case and
# check_kfunc_call's bpf_throw case run the same resource checks as exit). bpf_throw never returns.
PROGRAM_ENDING_CALLS = {"bpf_tail_call": "may", "bpf_throw": "always"}
MAX_CALL_FRAMES = 8  # include/linux/bpf_verifier.h: the verifier refuses a call that would make a ninth frame


_EDGE_KINDS = {"fall": EdgeKind.FALL, "taken": EdgeKind.TAKEN, "not_taken": EdgeKind.NOT_TAKEN}


class _Explorer:
    def __init__(self, obj: BpfObject, kernel: KernelModel, bound: int | None, facts: Facts,
                 program_sleepable: bool, verified_sleepable: bool | None = None,
                 runs_as_verified: bool = False) -> None:
        self.obj = obj
        self.runs_as_verified = runs_as_verified
        self.kernel = kernel
        self.bound = bound
        self._pointer_reads: dict[str, dict[int, tuple[str, str]]] = {}  # per function: load -> (struct, field)
        self._kptr_reads: dict[str, dict[int, tuple[str, str]]] = {}  # per function: load -> (type tag, struct)
        self._tracks_trust: bool | None = None
        self._calls_btf_results: bool | None = None
        self._fields: dict[str, dict[int, tuple[str, str]]] = {}  # per function: relocated insn -> (struct, member)
        self._field_sites: dict[str, dict[int, int]] = {}  # per function: field_sites
        self._frame_addresses: dict[str, frozenset[int]] = {}  # per function: frame_addresses
        self._field_ids: dict[tuple[str, str], int] = {}  # (struct, member) -> its number in the marks
        self._field_table: list[tuple[str, str]] = []
        self.widened = False  # whether a state was widened (a counted region opened again at one place)
        self.program_sleepable = program_sleepable
        self.verified_sleepable = verified_sleepable
        self.loops = facts.loops
        self.nesting = {region.name: region.nesting for region in kernel.regions()}
        self.may_sleep = facts.may_sleep
        self.calls = facts.calls
        self.straight = facts.straight
        self.facts = facts
        self.learns = True  # whether paths keep branch facts (explore drops them where they multiply the states)
        self.core = obj.core_values()

    def function(self, name: str) -> Function:
        return self.obj.functions[name]

    def straight_of(self, name: str) -> Straight:
        if name not in self.straight:
            self.straight[name] = straight_line(self.function(name).code)
        return self.straight[name]

    def loops_of(self, name: str) -> Loops:
        if name not in self.loops:
            self.loops[name] = find_loops(self.function(name).code)
        return self.loops[name]

    def _heads(self, name: str) -> frozenset[int]:
        """The instructions a back edge of the function leads to."""
        if name not in self.facts.heads:
            self.facts.heads[name] = frozenset(target for _, target in self.loops_of(name).back_edges)
        return self.facts.heads[name]

    def facts_after(self, guards: branch_facts.Facts, depth: int, name: str, index: int, insn: Insn,
                    reaches: bool = True) -> branch_facts.Facts:
        """branch_facts.after, for the instruction as libbpf loads it: a CO-RE immediate (`r2 = 1` for
        bpf_core_type_exists) is the target kernel's value where it was resolved, and unknown where not."""
        unknown = False
        if (name, index) in self.core and isinstance(insn, Mov | Alu) and isinstance(insn.src, Imm):
            value = self.obj.core_resolved.get((name, index))
            unknown = value is None
            insn = insn if unknown else replace(insn, src=Imm(value))
        return branch_facts.after(guards, depth, insn, reaches, self.tracked(name), unknown)

    def retested(self, name: str) -> frozenset[int]:
        """The function's tests whose outcome a path remembers (branch_facts.retested)."""
        return self._retested(name)[0]

    def tracked(self, name: str) -> frozenset[int]:
        """The places those tests read, where a path remembers a constant written (branch_facts.retested)."""
        return self._retested(name)[1]

    def _retested(self, name: str) -> tuple[frozenset[int], frozenset[int]]:
        if not self.learns:
            return frozenset(), frozenset()
        if name not in self.facts.retested:
            self.facts.retested[name] = branch_facts.retested(self.function(name).code)
        return self.facts.retested[name]

    def call_site(self, function: Function, index: int) -> CallSite:
        key = (function.name, index)
        if key not in self.calls:
            self.calls[key] = resolve_call(self.obj, self.kernel, function, index)
        return self.calls[key]

    def global_may_sleep(self, name: str) -> bool:
        """The kernel's may-sleep summary: any blocking call anywhere in the body, its callees or the callbacks it
        names (a wq callback it arms included), reachable or not."""
        if name in self.may_sleep:
            return self.may_sleep[name]
        self.may_sleep[name] = False  # the kernel refuses recursion; this only stops a cycle here
        function = self.function(name)
        result = any(ref.kind is RefKind.FUNC_ADDR and ref.target in self.obj.functions and
                     self.global_may_sleep(ref.target) for ref in function.refs.values())
        for index, insn in enumerate(function.code.insns):
            if not isinstance(insn, Call):
                continue
            site = self.call_site(function, index)
            if (site.effect is not None and site.effect.verifier_blocks_in(self._prog_type())) or (
                    site.local is not None and self.global_may_sleep(site.local.name)):
                result = True
        self.may_sleep[name] = result
        return result

    def next_k(self, function: str, source: int, target: int, k: int) -> int | None:
        """The loop count after an edge inside a function; None when it goes past the bound."""
        if self.bound is None:
            return 0
        loops = self.loops_of(function)
        if loops.is_back_edge(source, target):
            return None if k + 1 > self.bound else k + 1
        return k if target in loops.cyclic else 0

    def step(self, node: Node, graph: Graph) -> Iterator[Edge]:
        function = self.function(node.function)
        insn = function.code.insns[node.index]
        if isinstance(insn, Exit):
            yield from self._exit(node, graph)
            return
        if isinstance(insn, Call):
            yield from self._call(node, function, insn, graph)
            return
        if isinstance(insn, PacketLoad) and (held := self._program_regions(node)):
            # a legacy packet load past the packet's end ends the program, returning 0 (the verifier refuses one
            # inside any region: "BPF_LD_[ABS|IND] cannot be used inside ... region")
            graph.events.append(Event(node, EventKind.ENDS_IN_REGION,
                                      f"BPF_LD_{insn.mode.name}:{held[-1].region}"))
        if isinstance(insn, Store | Atomic) and node.state.open:
            overwrites = self._overwrites_flags(node, function, insn)
            if overwrites is None or any(overwrites):
                graph.events.append(Event(node, EventKind.MISUSE, "irq", Misuse.FLAG_OVERWRITTEN))
                if overwrites and all(overwrites):
                    return
        state = node.state
        if state.trust or (self.tracks_trust() and (node.index in self.pointer_reads(node.function) or
                                                    node.index in self.kptr_reads(node.function) or
                                                    node.index in self.field_sites(node.function))):
            state = replace(state, trust=self._trust_after(node, range(node.index, node.index + 1), state.trust))
        taken = None
        depth = len(node.frames)
        if state.acquire_result:
            taken = acquire_result.decided(state.acquire_result, insn) if isinstance(insn, Jump) else None
            state = replace(state, acquire_result=acquire_result.after(state.acquire_result, insn))
        if state.guards or self.retested(node.function):  # a fill or spill makes an alias from nothing
            if taken is None and isinstance(insn, Jump):
                taken = branch_facts.decided(state.guards, depth, insn)
            # whether a store through a pointer may write a slot matters only while the path knows one
            reaches = isinstance(insn, Store | Atomic) and insn.dst != R10 and branch_facts.about_slots(
                state.guards) and may_reach_stack(function, node.index, insn.dst, self._callers(node))
            state = replace(state, guards=self.facts_after(state.guards, depth, node.function, node.index, insn,
                                                           reaches))
        learns = taken is None and isinstance(insn, Jump) and node.index in self.retested(node.function)
        for target, kind in successors(function.code, node.index):
            if taken is not None and (kind == "taken") != taken:
                continue  # the lock's outcome, or what the path learnt of the register, decides the branch
            k = self.next_k(node.function, node.index, target, node.k)
            edge_kind = _EDGE_KINDS[kind]
            if k is None:
                yield Edge(node, None, edge_kind)
                continue
            out = replace(state, guards=branch_facts.learned(state.guards, depth, insn, kind == "taken")) \
                if learns and isinstance(insn, Jump) else state
            if out.guards and target in self._heads(node.function):
                out = replace(out, guards=())  # what an iteration learns it learns again: a loop head has one state
            yield Edge(node, Node(node.frames, node.function, target, k, out), edge_kind)

    def _exit(self, node: Node, graph: Graph) -> Iterator[Edge]:
        if not node.frames:
            if node.state.open:
                graph.events.append(Event(node, EventKind.EXIT_IN_REGION, node.state.open[-1].region))
            return
        frame = node.frames[-1]
        if frame.global_entry is not None:
            opened_inside = [o for o in node.state.open if o not in frame.global_entry]
            if opened_inside:
                graph.events.append(Event(node, EventKind.REGION_IN_GLOBAL, opened_inside[-1].region))
        if frame.callback:
            site = self.call_site(self.obj.functions[frame.function], frame.resume)  # the call runs again
            if self._verified(node).holds_lock() and site.effect is not None and not site.effect.spin_lock_allowed:
                # the verifier checks the helper's call again in the exit's state (bpf_rbtree_add's comparison
                # callback runs under its caller's lock, a call the kernel allows)
                graph.events.append(Event(node, EventKind.CALL_UNDER_LOCK, site.name))
            k = frame.k + 1 if self.bound is not None else 0
            state = _without_walk(_returned(node, result=False), (frame.function, frame.resume))
            if self.bound is not None and not frame.runs_differ and any(
                    Node(node.frames[:-1], frame.function, frame.resume, earlier, state) in graph.nodes
                    for earlier in range(k)):
                # Back at the call in a context state it already had: a callback that cannot reach its caller's
                # stack cannot change its caller's registers or bytes, so what follows is what followed then (its
                # one explored run stands for every iteration number). The count needs no bound.
                return
            if self.bound is not None and k > self.bound:
                yield Edge(node, None, EdgeKind.CALLBACK_RETURN)
                return
            yield Edge(node, Node(node.frames[:-1], frame.function, frame.resume, k, state), EdgeKind.CALLBACK_RETURN)
            return
        k = self.next_k(frame.function, frame.resume - 1, frame.resume, frame.k)
        yield Edge(node, Node(node.frames[:-1], frame.function, frame.resume, k or 0,
                              _returned(node, result=frame.global_entry is None)), EdgeKind.RETURN)

    def _region_keys(self, node: Node, function: Function, regions: tuple[str, ...]) -> list[dict[str, object]]:
        """What a region call may acquire or release, one mapping per way the code can choose: the IRQ flag's stack
        slot (second argument of the res lock's irqsave form) as the frame it lies in and its offset, the lock's
        address; a region the code does not show is left out (its most recent acquisition is released). A misuse
        that only a combination of ways no run takes would make is answered by replaying the witness, which knows
        the addresses."""
        choices: dict[str, list[object]] = {}
        callers = self._callers(node)
        for region in regions:
            if region == "irq":
                slots = stack_slots(function, node.index, flag_register(regions), callers)
                if slots is not None:
                    choices[region] = sorted((len(node.frames) - up, offset) for up, offset in slots)
            elif region in ("spin_lock", "res_spin_lock"):
                # a lock chosen on a branch stays one key, the set of its ways: the lock taken and the one
                # released are mostly chosen alike, which ways taken apart lose (context._apart)
                locks = pointer_identities(function, node.index, 1, callers, self.obj.functions)
                if locks is not None and region == "res_spin_lock" and "irq" in regions:
                    # the verifier keeps the irqsave form's res locks apart: its release must be the irqrestore
                    # form ("bpf_res_spin_unlock of different lock")
                    locks = frozenset(("irqsave", lock) for lock in locks)
                if locks is not None:
                    choices[region] = [next(iter(locks)) if len(locks) == 1 else locks]
        return [dict(zip(choices, keys, strict=True)) for keys in itertools.product(*choices.values())]

    def _callers(self, node: Node) -> list[Caller]:
        """The callers of the node's function, each at its call, as far as an argument can be followed up: through
        a callback to the call that runs it (the kernel hands it the caller's context pointer), not past a global
        function (verified alone, with arguments of any value)."""
        callers: list[Caller] = []
        for frame in reversed(node.frames):
            if frame.global_entry is not None:
                break
            caller = self.function(frame.function)
            if frame.callback:
                site = self.call_site(caller, frame.resume)
                invocation = INVOCATIONS.get(site.name, DEFAULT)
                callers.append(Caller(caller, frame.resume, tuple(
                    arg[1] if arg[0] == "caller" and len(arg) == 2 else arg[0] for arg in invocation.args)))
            else:
                callers.append(Caller(caller, frame.resume - 1))
        return callers[::-1]

    def _overwrites_flags(self, node: Node, function: Function, insn: Store | Atomic) -> list[bool] | None:
        """Whether a store goes into the stack slot of IRQ flags that are still saved, for each slot the code may
        store through; None where it may, at an address or into flags the code does not show (`flags[i] = 0`
        through a helper's argument): the solver then asks whether the address lands on the flags, and a replay
        shows it. The verifier holds an overwritten slot as plain data: the restore is refused ("expected an
        initialized irq flag"), and so is every exit while the region stays open, so the store dooms the path."""
        if isinstance(insn, Atomic) and insn.op is AtomicOp.LOAD_ACQUIRE:
            return []
        saved = [o.key for o in node.state.open if o.region == "irq"]
        if not saved:
            return []
        callers = self._callers(node)
        slots = _frame_slots(function, node.index, insn.dst, callers)
        if slots is None and may_reach_stack(function, node.index, insn.dst, callers):
            return None
        if slots and not all(isinstance(key, tuple) for key in saved):
            return None
        return [_holds_saved(node, saved, up, offset + insn.off, offset + insn.off + int(insn.size))
                for up, offset in slots or ()]

    def _untrusted_pointer(self, node: Node, effect: CallEffect, verified: ContextState) -> str | None:
        """The verifier's refusal of a call given a pointer it does not trust enough (semantics.pointer_trust): an
        untrusted one, where a helper or a KF_RCU kfunc wants a kernel object, or a plain one, where a KF_RCU kfunc
        does. None where every argument the call checks is trusted enough, or not followed."""
        rules = self.kernel.rcu_pointers
        if rules is None or not node.state.trust or verified.holds_lock():
            return None
        kind = "kfunc" if effect.kind == "kfunc" else "helper"
        for check in rules.checks:
            for register in check.calls.get(effect.name, ()) if check.kind == kind else ():
                marked = pointer_trust.mark(node.state.trust, len(node.frames), register)
                if marked is not None and pointer_trust.TEXT[marked] in check.refuses:
                    return check.message.format(register=register, arg=register - 1)
        return None

    def _untrusted_argument(self, node: Node, registers: frozenset[int]) -> str | None:
        """The verifier's refusal of an untrusted pointer in one of these argument registers, where a helper or a
        global function's __arg_trusted argument wants a kernel object (a plain one passes)."""
        rules = self.kernel.rcu_pointers
        if rules is None:
            return None
        for register in sorted(registers):
            if pointer_trust.mark(node.state.trust, len(node.frames), register) == pointer_trust.UNTRUSTED:
                return rules.helper_message.format(register=register)
        return None

    def tracks_trust(self) -> bool:
        """Whether any function of the object calls a helper or kfunc that checks the trust of a pointer argument:
        only then are pointers read from kernel objects followed (their marks split paths that would not differ
        otherwise)."""
        if self._tracks_trust is None:
            rules = self.kernel.rcu_pointers
            self._tracks_trust = rules is not None and _checks_trust(self.obj, self.kernel, rules)
        return self._tracks_trust

    def pointer_reads(self, function: str) -> dict[int, tuple[tuple[str, str], ...]]:
        """The loads of the function that read a pointer member of a kernel struct, with the member as the verifier
        names it (the struct the load's base points to, the member's own name): their CO-RE relocations say
        which, on the load itself or on the constant added to its base (`&t->parent`, then a load through it);
        where the code adds one of several (a select between two members), each."""
        found = self._pointer_reads.get(function)
        if found is None:
            code = self.function(function)
            fields = self._relocated_fields(function)
            found = self._pointer_reads[function] = {}
            for at, insn in enumerate(code.code.insns):
                if not isinstance(insn, Load) or int(insn.size) != 8 or insn.src == R10:
                    continue
                if at in fields:
                    found[at] = (fields[at],)
                elif (raw := self._raw_field_read(code, at, insn)) is not None:
                    found[at] = raw
        return found

    def _relocated_fields(self, function: str) -> dict[int, tuple[str, str]]:
        """The instructions of the function whose CO-RE relocation names a pointer member, with the member."""
        if function not in self._fields:
            self._fields[function] = {
                r.insn: (essential_name(r.type_name), str(names[-1])) for r in self.obj.core_relocs
                if r.function == function and r.kind == "byte_off" and r.path and r.shapes and
                (names := [part for part in r.path if isinstance(part, str)]) and _pointer_shape(r.shapes[-1], r.path)}
        return self._fields[function]

    def _btf_results_called(self) -> bool:
        """Whether the object calls anything whose result points to a kernel struct it knows the layout of."""
        if self._calls_btf_results is None:
            rules = self.kernel.rcu_pointers
            helpers = {self.kernel.helper_by_name(name).id for name in rules.btf_results} if rules else set()
            self._calls_btf_results = any(e.returns for e in self.obj.externs.values()) or any(
                isinstance(insn, Call) and insn.kind is CallKind.HELPER and insn.imm in helpers
                for f in self.obj.functions.values() for insn in f.code.insns)
        return self._calls_btf_results

    def _raw_field_read(self, function: Function, at: int, load: Load) -> tuple[tuple[str, str], ...] | None:
        """The field a load at a constant offset reads where no CO-RE relocation names it (an object built without
        CO-RE): on every path its base is a call's result that points to a kernel struct (a kfunc's, by its
        declaration; a helper's, by the kernel model), plus constants, and the struct's BTF has a pointer member
        at that offset."""
        rules = self.kernel.rcu_pointers
        if rules is None or not self._btf_results_called():
            return None
        origins = trace_register_paths(function, at, load.src)
        if not origins or any(o.kind != "result" for o in origins):
            return None
        fields = set()
        for origin in origins:
            name = self.call_site(function, origin.at).name
            extern = self.obj.externs.get(name)
            struct = rules.btf_results.get(name) or (extern.returns if extern is not None else None)
            member = self.obj.pointer_members.get(struct, {}).get(origin.offset + load.off) if struct else None
            if member is None:
                return None
            fields.add((struct, member))
        return tuple(sorted(fields))

    def kptr_reads(self, function: str) -> dict[int, tuple[str, str]]:
        """The loads of the function that read a map value's kernel-object pointer (calls.loaded_kptr)."""
        found = self._kptr_reads.get(function)
        if found is None:
            code = self.function(function)
            found = self._kptr_reads[function] = {} if not any(
                m.kptrs for m in [*self.obj.maps.values(), *self.obj.data.values()]) else {
                at: kptr for at, insn in enumerate(code.code.insns) if isinstance(insn, Load) and
                (kptr := loaded_kptr(self.obj, code, at)) is not None}
        return found

    def after_run(self, node: Node, end: int, state: ContextState) -> ContextState:
        """The trust marks after the straight run [node.index, end) (registers and loads only)."""
        if not self.tracks_trust():
            return state
        if not state.trust and not any(node.index <= at < end for reads in (
                self.pointer_reads(node.function), self.kptr_reads(node.function), self.field_sites(node.function),
                self.frame_addresses(node.function)) for at in reads):
            return state
        return replace(state, trust=self._trust_after(node, range(node.index, end), state.trust))

    def _trust_after(self, node: Node, indexes: range, trust: pointer_trust.Trust) -> pointer_trust.Trust:
        rules = self.kernel.rcu_pointers
        assert rules is not None
        depth = len(node.frames)
        in_rcu = _in_rcu(self._verified(node))
        function = self.function(node.function)
        reads, kptrs = self.pointer_reads(node.function), self.kptr_reads(node.function)
        sites = self.field_sites(node.function)
        callers: list[Caller] | None = None
        for at in indexes:
            insn = function.code.insns[at]
            read = None
            added = pointer_trust.field_of(trust, depth, insn.src) if isinstance(insn, Load) and \
                int(insn.size) == 8 else None
            fields = (() if added is None else self._member_at(self._field_table[added], insn.off)) or \
                reads.get(at, ())
            if fields and isinstance(insn, Load):
                base = pointer_trust.mark(trust, depth, insn.src)
                read = pointer_trust.least_trusted(pointer_trust.read_mark(
                    field, base, in_rcu, rules.fields, rules.trusted_fields, rules.context_structs)
                    for field in fields)
            elif at in kptrs:
                read = pointer_trust.kptr_mark(*kptrs[at], in_rcu, rules.rcu_kptr_types)
            elif isinstance(insn, Load) and int(insn.size) == 8 and insn.src != R10:
                # whatever it reads, a pointer read through an untrusted or plain one is untrusted or plain
                read = pointer_trust.inherited(pointer_trust.mark(trust, depth, insn.src))
            addresses: tuple[tuple[int, int], ...] = ()
            if pointer_trust.stores_or_fills(trust, insn, depth):
                assert isinstance(insn, Load | Store | Atomic)
                callers = self._callers(node) if callers is None else callers
                base = insn.src if isinstance(insn, Load) else insn.dst
                slots = stack_slots(function, at, base, callers)
                addresses = tuple(sorted((depth - up, offset + insn.off) for up, offset in slots or ()))
            field = sites.get(at)
            if field is None and (moved := pointer_trust.moved_by(insn)) is not None and \
                    (held := pointer_trust.field_of(trust, depth, insn.dst)) is not None:
                field = self._moved_address(held, moved)
            trust = pointer_trust.after(trust, insn, depth, read, addresses, field)
        return trust

    def _moved_address(self, number: int, delta: int) -> int | None:
        """The member mark of a member's address moved by a constant (`r6 += 8` after `&t->real_parent`): the
        pointer member it lands on, if any."""
        moved = self._member_at(self._field_table[number], delta)
        return None if not moved else pointer_trust.ADDRESS_MARK + self._field_number(moved[0])

    def _field_number(self, field: tuple[str, str]) -> int:
        if field not in self._field_ids:
            self._field_ids[field] = len(self._field_table)
            self._field_table.append(field)
        return self._field_ids[field]

    def frame_addresses(self, function: str) -> frozenset[int]:
        """The instructions that copy the frame pointer: from there on a register holds a stack address, which the
        trust marks follow (pointer_trust.FRAME_ADDRESS) so that a path stores and loads through the slot it chose."""
        found = self._frame_addresses.get(function)
        if found is None:
            found = self._frame_addresses[function] = frozenset(
                at for at, insn in enumerate(self.function(function).code.insns)
                if isinstance(insn, Mov) and isinstance(insn.src, Reg) and insn.src.n == R10)
        return found

    def _member_at(self, field: tuple[str, str], delta: int) -> tuple[tuple[str, str], ...]:
        """The pointer member `delta` bytes past `field` in its struct (the running kernel's layout first, as the
        verifier reads it), if there is one: a load through a member's address at an offset (`pp[1]`)."""
        if delta == 0:
            return (field,)
        members = self.obj.pointer_members.get(field[0], {})
        start = next((offset for offset, name in members.items() if name == field[1]), None)
        found = None if start is None else members.get(start + delta)
        return () if found is None else ((field[0], found),)

    def field_sites(self, function: str) -> dict[int, int]:
        """The instructions that put a pointer member's relocated offset in a register (`r1 = 1280`) or add it to
        a pointer (`r6 += 1280`), with the mark that names the member (pointer_trust.OFFSET_MARK / ADDRESS_MARK)."""
        found = self._field_sites.get(function)
        if found is None:
            code = self.function(function).code
            found = self._field_sites[function] = {}
            for at, field in self._relocated_fields(function).items():
                insn = code.insns[at]
                number = self._field_number(field)
                if isinstance(insn, LoadImm64) or (isinstance(insn, Mov) and not isinstance(insn.src, Reg)):
                    found[at] = pointer_trust.OFFSET_MARK + number
                elif isinstance(insn, Alu) and insn.wide and insn.op is AluOp.ADD and isinstance(insn.src, Imm):
                    found[at] = pointer_trust.ADDRESS_MARK + number
        return found

    def saved_flags_read(self, node: Node) -> str | None:
        """The verifier's refusal where the node's instruction loads, through a pointer the code shows to be the
        frame pointer plus a constant (in this frame or a caller's), bytes of IRQ flags still saved: it keeps them
        as a slot of their own, which no instruction may read. None where it does not."""
        function = self.function(node.function)
        insn = function.code.insns[node.index]
        saved = [o.key for o in node.state.open if o.region == "irq" and isinstance(o.key, tuple)]
        if not isinstance(insn, Load) or not saved:
            return None
        for up, offset in sorted(_frame_slots(function, node.index, insn.src, self._callers(node)) or ()):
            if _holds_saved(node, saved, up, offset + insn.off, offset + insn.off + int(insn.size)):
                return f"invalid read from stack off {offset + insn.off}+0 size {int(insn.size)}"
        return None

    def _program_regions(self, node: Node) -> tuple[Opened, ...]:
        """The regions the program holds at the node: as the verifier sees them, or, inside a global function where
        it sees none, its caller's (a throw there ends the program with them open, which the verifier misses)."""
        return self._verified(node).open or tuple(o for o in node.state.open if o.key != RCU_WALK)

    def _writes_flags(self, node: Node, function: Function, effect: CallEffect) -> bool:
        """Whether a call may write, through a pointer argument, into IRQ flags still saved (a helper filling a
        buffer that holds them): the solver then asks whether what it writes reaches them."""
        saved = [o.key for o in node.state.open if o.region == "irq"]
        if not saved or not effect.writes:
            return False
        callers = self._callers(node)
        for write in effect.writes:
            slots = stack_slots(function, node.index, write.arg, callers)
            if slots is None:
                if may_reach_stack(function, node.index, write.arg, callers):
                    return True
                continue
            for up, offset in slots:  # a size the code gives at run time may reach the frame's top
                end = offset + write.size if write.size is not None and write.size_arg is None else 0
                if _holds_saved(node, saved, up, offset, end):
                    return True
        return False

    def _counted(self, function: Function, index: int, call: str) -> bool:
        """Unrolled: the kernel runs the callback exactly as often as the code states (bpf_loop's constant count, an
        array's elements), no more than the unrolling's bound: each run is explored as its own, so that the
        bounded engine can count them (one run standing for every iteration lets a run stop anywhere)."""
        invocation = INVOCATIONS.get(call, DEFAULT)
        if self.bound is None or not (invocation.exact or invocation.bound == "map_r1"):
            return False
        limit = callback_limit(self.obj, function, index, call, self.runs_as_verified)
        return limit is not None and limit <= self.bound

    def _ran_out(self, node: Node, function: Function, call: str) -> bool:
        """Unrolled: the callback already ran as often as the kernel ever runs it here, where the code shows that
        bound (the map's max_entries, bpf_loop's constant count, once) and the call is in no loop of its own
        function (its loop count then counts the callback's runs alone)."""
        if self.bound is None or node.index in self.loops_of(node.function).cyclic:
            return False
        limit = callback_limit(self.obj, function, node.index, call, self.runs_as_verified)
        return limit is not None and node.k >= limit

    def _verified(self, node: Node) -> ContextState:
        """The context as the verifier sees it at the node. It verifies a global function alone, as sleepable as the
        program is, with no region open at its entry: inside one, only the regions opened since it was entered
        count, and the sleepable flag is the program's, whatever callback (a wq callback's, say) calls it. Outside
        one, the flag is the one the entry is verified with where that is not the context the kernel runs it in."""
        frame = next((f for f in reversed(node.frames) if f.global_entry is not None), None)
        sleepable = self.program_sleepable if frame is not None else node.state.sleepable \
            if self.verified_sleepable is None else self.verified_sleepable
        if frame is None and not any(o.key == RCU_WALK for o in node.state.open) and sleepable == node.state.sleepable:
            return node.state
        entry = frame.global_entry or () if frame is not None else ()
        return ContextState(sleepable, tuple(o for o in node.state.open if o not in entry and o.key != RCU_WALK))

    @staticmethod
    def _closes_callers_region(node: Node, state: ContextState, outcomes: tuple[Transition, ...]) -> bool:
        """Inside a global function, which the kernel verifies alone, a region its caller opened is not open:
        closing one is refused there ("unmatched"), whatever really happens at run time."""
        frame = next((f for f in reversed(node.frames) if f.global_entry is not None), None)
        if frame is None:
            return False
        closed = [o for o in state.open if all(o not in t.state.open for t in outcomes if t.misuse is None)]
        return any(o in frame.global_entry for o in closed)

    def _irq_flag_rules(self, node: Node, function: Function, call: str, register: int, graph: Graph) -> None:
        """Where the verifier wants IRQ flags: at a stack offset it knows (the encoding asks whether the offset is
        one number), in an 8-byte slot of a frame (asked of the encoding too where the code computes the offset),
        never through a global function's argument, never in a map value or global data."""
        callers = self._callers(node)
        slots = stack_slots(function, node.index, register, callers)
        if slots is None and computed_frame_offset(function, node.index, register, callers):
            graph.events.append(Event(node, EventKind.IRQ_FLAG_OFFSET, call))
            graph.events.append(Event(node, EventKind.IRQ_FLAG_SLOT, f"{call}:misaligned"))
        elif slots is not None and any(offset % 8 for _, offset in slots):
            graph.events.append(Event(node, EventKind.IRQ_FLAG_SLOT, f"{call}:misaligned"))
        elif from_global_argument(function, node.index, register):
            graph.events.append(Event(node, EventKind.IRQ_FLAG_SLOT, f"{call}:argument"))
        elif slots is None and off_the_stack(function, node.index, register, callers):
            graph.events.append(Event(node, EventKind.IRQ_FLAG_SLOT, f"{call}:off-stack"))

    def _lock_map_refusal(self, node: Node, function: Function, lock: str) -> str | None:
        """The verifier's refusal of a lock taken in a value of a map that cannot hold one (the kernel refuses the
        map with its lock, and the loader makes it without BTF): where the code shows which map's lookup the lock's
        pointer comes from."""
        rules = self.kernel.spin_lock_rules
        if rules.lock_map_types is None:
            return None
        for identity in pointer_identities(function, node.index, 1, self._callers(node)) or ():
            looked_up = self.obj.functions.get(str(identity[1])) if identity[0] == "result" else None
            found = map_in_r1(self.obj, looked_up, int(str(identity[2]))) if looked_up is not None else None
            if found is not None and (
                    found.map_type not in rules.lock_map_types or found.flags & rules.lock_map_refused_flags):
                return rules.lock_map_message.format(map=found.name, lock=f"bpf_{lock}")
        return None

    def _prog_type(self) -> str | None:
        return None if self.facts.program is None else self.facts.program.prog_type

    def _not_offered(self, call: str) -> str | None:
        program = self.facts.program
        if program is None:
            return None
        if call not in self.facts.refusals:
            self.facts.refusals[call] = self.kernel.not_offered(call, program.prog_type, program.attach_type,
                                                                program.sleepable, program.attach_target)
        return self.facts.refusals[call]

    def _stack_writes(self, node: Node, function: Function, site: CallSite) -> branch_facts.StackWrites:
        """The stack a helper or kfunc call fills through its pointer arguments, where the code shows where they
        point (`&p`, a frame address plus a constant): none for a call that fills nothing, or one whose arguments
        are no stack address; None (any) where not known."""
        if not branch_facts.about_slots(node.state.guards) or site.local is not None:
            return ()
        effect = site.effect
        if effect is None or effect.writes is None:
            return None
        depth, ranges, callers = len(node.frames), [], self._callers(node)
        for write in effect.writes:
            slots = stack_slots(function, node.index, write.arg, callers)
            if slots is None:
                if not may_reach_stack(function, node.index, write.arg, callers):
                    continue
                return None
            ranges += [(depth - up, offset, offset + (write.size or STACK_SIZE)) for up, offset in slots]
        return tuple(ranges)

    def _context_refusal(self, call: str, sleepable: bool) -> str | None:
        program = self.facts.program
        if program is None:
            return None
        return self.kernel.context_refusal(call, program.prog_type, program.attach_type, sleepable)

    def _call(self, node: Node, function: Function, insn: Call, graph: Graph) -> Iterator[Edge]:
        site = self.call_site(function, node.index)
        # a call clobbers R0-R5, a callee's registers are its own, and a helper may write the stack
        state = _forgotten(node.state, len(node.frames), self._stack_writes(node, function, site))
        at = (node.function, node.index)
        after = node.index + 1
        fall_k = self.next_k(node.function, node.index, after, node.k) or 0
        verified = self._verified(node)
        if site.local is not None:
            if _too_deep(node, graph):
                return
            if site.is_global:
                if verified.holds_lock():
                    graph.events.append(Event(node, EventKind.GLOBAL_UNDER_LOCK, site.name))
                elif verified.atomic and self.kernel.global_functions.may_sleep_summary and self.global_may_sleep(
                        site.name):
                    graph.events.append(Event(node, EventKind.SLEEPING_GLOBAL_IN_ATOMIC, site.name))
                elif any(o.region in self.kernel.global_functions.refused_in for o in verified.open):
                    graph.events.append(Event(node, EventKind.GLOBAL_IN_REGION, site.name))
                refused = self._untrusted_argument(node, site.local.trusted_args)
                if refused is not None:
                    graph.events.append(Event(node, EventKind.UNTRUSTED_RCU_POINTER, refused))
            frame = Frame(node.function, after, node.k, global_entry=state.open if site.is_global else None)
            yield Edge(node, Node((*node.frames, frame), site.name, 0, 0, _entered(state, node, not site.is_global)),
                       EdgeKind.CALL)
            return
        if site.missing:  # the run cannot go on; where it is reached, the program does not load
            if verified.holds_lock():  # refused whatever it is, before the verifier looks at what it calls
                graph.events.append(Event(node, EventKind.CALL_UNDER_LOCK, site.name))
            elif node.state.atomic or verified.atomic:  # elsewhere whether it would sleep asks no sleep rule
                graph.events.append(Event(node, EventKind.MISSING_CALL, site.name))
            return
        effect = site.effect
        assert effect is not None and insn.kind in (CallKind.HELPER, CallKind.KFUNC)
        if verified.holds_lock() and not effect.spin_lock_allowed:
            graph.events.append(Event(node, EventKind.CALL_UNDER_LOCK, effect.name))
        if self._writes_flags(node, function, effect):
            graph.events.append(Event(node, EventKind.MISUSE, "irq", Misuse.FLAG_OVERWRITTEN))
        refusal = self._not_offered(effect.name) or self._context_refusal(effect.name, verified.sleepable)
        if refusal is not None:
            graph.events.append(Event(node, EventKind.NOT_OFFERED, refusal))
        regions = effect.opens + effect.closes
        lock = next((region for region in effect.opens if region in LOCK_REGIONS), None)
        refused = self._lock_map_refusal(node, function, lock) if lock is not None else None
        if refused is not None:
            graph.events.append(Event(node, EventKind.LOCK_MAP, refused))
        if "irq" in regions:
            self._irq_flag_rules(node, function, effect.name, flag_register(regions), graph)
        if effect.blocks(self.program_sleepable, bool(verified.open)) and state.atomic:
            graph.events.append(Event(node, EventKind.BLOCKING_IN_ATOMIC, effect.name))
        elif effect.verifier_blocks_in(self._prog_type()) and verified.atomic:
            graph.events.append(Event(node, EventKind.BLOCKING_IN_GLOBAL, effect.name))
        if effect.needs_rcu is not None and verified.sleepable and not any(o.region == "rcu" for o in verified.open):
            graph.events.append(Event(node, EventKind.OUTSIDE_RCU, effect.needs_rcu))
        elif effect.rcu_iterator in ("used", "ended") and state.rcu_iterator & RCU_ITERATOR_ENDED:
            graph.events.append(Event(node, EventKind.ENDED_RCU_ITERATOR, effect.name))
        refused_pointer = self._untrusted_pointer(node, effect, verified)
        if refused_pointer is not None:
            graph.events.append(Event(node, EventKind.UNTRUSTED_RCU_POINTER, refused_pointer))
        ending = PROGRAM_ENDING_CALLS.get(effect.name)
        # inside a global function the verifier sees only what the function opened, and misses a region its caller
        # holds: bpf_throw ends the program with it open all the same, but a tail call made there replaces only the
        # function, whose caller gets the target's result and goes on to close it (x86-64 JIT, tail calls mixed
        # with bpf-to-bpf calls)
        held = self._program_regions(node) if ending == "always" else self._verified(node).open
        if ending is not None and held:
            unseen = ":unseen" if not self._verified(node).open else ""  # all opened by a caller of a global function
            graph.events.append(Event(node, EventKind.ENDS_IN_REGION, f"{effect.name}:{held[-1].region}{unseen}"))
        if ending == "always":
            return
        # where the code may pass one of several locks or flag slots, each is a way the call may go; where it picks
        # IRQ flags on a branch, the solver is told which pointer value takes which way
        ways = self._region_keys(node, function, regions)
        trust = state.trust
        inside = _global_floor(node)  # the frames the verifier sees: inside a global function, its own
        rules = self.kernel.rcu_pointers
        result = pointer_trust.RCU if effect.rcu_iterator == "used" else pointer_trust.UNTRUSTED if \
            rules is not None and effect.name in rules.untrusted_results else None
        if trust or (result is not None and self.tracks_trust()):
            if "rcu" in effect.closes:
                trust = pointer_trust.unlocked(trust, inside)
            trust = pointer_trust.called(trust, len(node.frames), result)
        picked: dict[Transition, list[Pick]] = {}
        in_global = any(f.global_entry is not None for f in node.frames)
        for keys in ways:
            slot = keys.get("irq") if len(ways) > 1 else None
            for outcome in apply_call(state, effect.opens, effect.closes, effect.fails_with is not None, at,
                                      self.nesting, keys, verified):
                if self.bound is None and effect.opens:  # a pre-pass keeps the states finite
                    wide = widened(outcome.state, self.nesting, in_global)
                    self.widened |= wide is not outcome.state
                    outcome = replace(outcome, state=wide)
                elif effect.opens and not in_global:  # what a global function opens is told from its caller's
                    outcome = replace(outcome, state=at_first_place(outcome.state, self.nesting))
                ways_in = picked.setdefault(_rcu_step(state, effect.rcu_iterator, effect.closes, outcome, trust,
                                                      inside > 0), [])
                if isinstance(slot, tuple):
                    ways_in.append(Pick(flag_register(regions), *slot))
        outcomes = tuple(picked)
        if self._closes_callers_region(node, state, outcomes):
            graph.events.append(Event(node, EventKind.REGION_IN_GLOBAL, effect.name))
        for outcome in outcomes:
            if outcome.misuse is not None:
                graph.events.append(Event(node, EventKind.MISUSE, outcome.region or "", outcome.misuse,
                                          tuple(picked[outcome])))
            elif outcome.unclear:
                graph.events.append(Event(node, EventKind.MISUSE, outcome.region or "", Misuse.UNCLEAR_LOCK))
        outcomes = tuple(outcome for outcome in outcomes if outcome.misuse is None)
        if not outcomes:
            return
        ran_out = self._ran_out(node, function, effect.name)
        for callback in site.callbacks:
            if callback.effect.context is Context.INHERIT and ran_out:
                continue
            if callback.effect.context is Context.INHERIT and _too_deep(node, graph):
                continue
            if callback.effect.context is Context.INHERIT:
                differ = _runs_differ(function, node.index, effect.name) or \
                    self._counted(function, node.index, effect.name)
                if differ:
                    graph.counted.add((node.function, node.index))
                frame = Frame(node.function, node.index, node.k, callback=True, runs_differ=differ)
                inside = _entered(state, node, False)
                if _walks_under_rcu(self.obj, function, node.index, effect.name):
                    inside = replace(inside, open=(*inside.open, Opened("rcu", at, RCU_WALK)))
                yield Edge(node, Node((*node.frames, frame), callback.function, 0, 0, inside), EdgeKind.CALLBACK_ENTER)
            else:
                graph.async_entries.append(AsyncEntry(callback.function, callback.effect.context, at, effect.name,
                                                      callback.effect.register))
        for outcome in outcomes:
            kind = (EdgeKind.CALLBACK_DONE if any(c.effect.context is Context.INHERIT for c in site.callbacks)
                    else EdgeKind.FALL)
            state = outcome.state
            if outcome.fails is not None:
                kind = EdgeKind.FAILED if outcome.fails else EdgeKind.ACQUIRED
                assert effect.fails_with is not None
                low, high = effect.fails_with if outcome.fails else (0, 0)
                state = replace(state, acquire_result=((0, low, high),))
            target = Node(node.frames, node.function, after, fall_k, state)
            if picked[outcome]:
                graph.picks[(node, target)] = tuple(picked[outcome])
            yield Edge(node, target, kind)


def flag_register(regions: tuple[str, ...]) -> int:
    """The argument that points at the IRQ flags: the second of the res lock's irqsave forms, else the first."""
    return 2 if "res_spin_lock" in regions else 1


def region_register(region: str, regions: tuple[str, ...]) -> int:
    """The argument that names what a region call of `regions` acquires or releases of `region`: the IRQ flags'
    pointer, or a lock's (R1)."""
    return flag_register(regions) if region == "irq" else 1


def _rcu_step(before: ContextState, step: str | None, closes: tuple[str, ...], outcome: Transition,
              trust: pointer_trust.Trust, in_global: bool) -> Transition:
    """An RCU-protected iterator lives until the RCU section it was made in ends: the verifier ends every such
    iterator at bpf_rcu_read_unlock (kernel/bpf/verifier.c), in sleepable and non-sleepable programs alike, and
    refuses its later next and destroy ("expected an RCU CS"). `trust`: the pointers' marks after the call. An
    unlock inside a global function, which the verifier checks alone, does not end its caller's iterator (one the
    function makes itself is taken as its caller's too: a miss, not a false refusal)."""
    live, ended = before.rcu_iterator >> 1, before.rcu_iterator & RCU_ITERATOR_ENDED
    if step == "made":
        live = min(live + 1, MAX_LIVE_RCU_ITERATORS)
    elif step == "ended" and 0 < live < MAX_LIVE_RCU_ITERATORS:  # past the count, some may still be live
        live -= 1
    elif "rcu" in closes and live and not in_global:
        live, ended = 0, RCU_ITERATOR_ENDED
    held = live << 1 | ended
    if held == outcome.state.rcu_iterator and trust == outcome.state.trust:
        return outcome
    return replace(outcome, state=replace(outcome.state, rcu_iterator=held, trust=trust))


def _checks_trust(obj: BpfObject, kernel: KernelModel, rules: RcuPointers) -> bool:
    """Whether a function of the object calls a helper or kfunc that checks a pointer argument's trust, or has an
    __arg_trusted argument."""
    names = {name for check in rules.checks for name in check.calls}
    helpers = frozenset(fact.id for fact in kernel.helpers.values() if fact.name in names)
    for function in obj.functions.values():
        if function.trusted_args:
            return True
        for index, insn in enumerate(function.code.insns):
            if not isinstance(insn, Call):
                continue
            ref = function.refs.get(index)
            if (insn.kind is CallKind.HELPER and insn.imm in helpers) or (
                    insn.kind is CallKind.KFUNC and ref is not None and ref.target in names):
                return True
    return False


def _too_deep(node: Node, graph: Graph) -> bool:
    """Whether a call, or a sync callback's entry, at the node would make a ninth frame, where no run goes on:
    refused where reached, as the verifier counts frames on a path (from a global function's own frame 0), or,
    counted through a global function, by the walk of the calls by their code (check.py's call depth)."""
    if len(node.frames) + 1 < MAX_CALL_FRAMES:
        return False
    verified = len(node.frames) - _global_floor(node)  # the verifier's curframe
    if verified + 1 >= MAX_CALL_FRAMES:
        graph.events.append(Event(node, EventKind.CALL_TOO_DEEP,
                                  f"the call stack of {verified + 2} frames is too deep"))
    return True


def _global_floor(node: Node) -> int:
    """The depth of the frame of the innermost global function the node is in (0: none)."""
    return next((depth for depth in range(len(node.frames), 0, -1) if node.frames[depth - 1].global_entry is not None),
                0)


def _entered(state: ContextState, node: Node, arguments: bool) -> ContextState:
    """The state a function called at the node starts in (pointer_trust.entered)."""
    return replace(state, trust=pointer_trust.entered(state.trust, len(node.frames), arguments)) if state.trust \
        else state


def _returned(node: Node, result: bool) -> ContextState:
    """The state a function's exit at the node returns to its caller with (pointer_trust.returned)."""
    state = _forgotten(node.state, len(node.frames) - 1, ())
    return replace(state, trust=pointer_trust.returned(state.trust, len(node.frames), result)) if state.trust \
        else state


def _pointer_shape(shape: tuple[object, ...], path: tuple[str | int, ...]) -> bool:
    """Whether the member a CO-RE field path ends at holds a pointer (an array's element, where it ends at an
    index); `shape` is the last named member's (btf.core.Shape)."""
    for part in reversed(path):
        if isinstance(part, str):
            break
        if shape[0] != "array" or not isinstance(shape[1], tuple):
            return False
        shape = shape[1]
    return shape[0] == "ptr"


def _in_rcu(verified: ContextState) -> bool:
    """in_rcu_cs() of kernel/bpf/verifier.c: an RCU read-side section or a lock is held, or the program is not
    sleepable."""
    return not verified.sleepable or verified.holds_lock() or any(o.region == "rcu" for o in verified.open)


def _frame_slots(function: Function, index: int, base: int, callers: list[Caller]) -> frozenset[tuple[int, int]] | None:
    """Where in the stack frames a pointer register points at the instruction (stack_slots), r10 being its own
    frame's top."""
    return frozenset({(0, 0)}) if base == R10 else stack_slots(function, index, base, callers)


def _holds_saved(node: Node, saved: list[object], up: int, start: int, end: int) -> bool:
    """Whether bytes [start, end) of the frame `up` callers above the node's (offsets from its top) hold IRQ flags
    still saved: flags saved where the code does not show may lie anywhere."""
    return any(not isinstance(key, tuple) or (key[0] == len(node.frames) - up and key[1] < end and start < key[1] + 8)
               for key in saved)


def _walks_under_rcu(obj: BpfObject, function: Function, index: int, call: str) -> bool:
    """Whether the kernel runs this call's callback inside an RCU read-side section of its own (a hash map's
    for_each); where the code does not show the map, it may."""
    types = RCU_WALKS.get(call)
    if types is None:
        return False
    found = map_in_r1(obj, function, index)
    return found is None or found.map_type in types


def _without_walk(state: ContextState, at: tuple[str, int]) -> ContextState:
    """The state a callback returns to its caller with: the walk's RCU section, opened at the call, ends."""
    walk = Opened("rcu", at, RCU_WALK)
    return replace(state, open=tuple(o for o in state.open if o != walk)) if walk in state.open else state


WALK_CALLBACK = 2  # bpf_for_each_map_elem's callback is its R2 (include/uapi/linux/bpf.h)


def callback_limit(obj: BpfObject, function: Function, index: int, call: str, as_verified: bool = False) -> int | None:
    """At most how many times the kernel runs a sync callback at this call, where the code shows it: an array's
    element count for for_each (lookups.walk_bound), bpf_loop's count when every path sets it to a constant (above
    BPF_MAX_LOOPS: none), 1 for a callback run once. `as_verified`: how many times the check as the verifier sees it
    follows it: bpf_loop's count, whatever it is, and for the others VERIFIED_EXTRA_RUNS more than the kernel's."""
    extra = VERIFIED_EXTRA_RUNS if as_verified else 0
    match INVOCATIONS.get(call, DEFAULT).bound:
        case "once":
            return 1 + extra
        case "map_r1":
            found = map_in_r1(obj, function, index)
            bound = lookups.walk_bound(found) if found is not None else None
            return bound + extra if bound is not None else None
        case "nr_loops_r1":
            origins = trace_register_paths(function, index, 1)
            if not origins or any(o.kind != "const" for o in origins):
                return None
            counts = []
            for origin in origins:
                move = function.code.insns[origin.at]  # a move of a constant, or its store into a spill slot
                assert isinstance(move, Mov | Store) and isinstance(move.src, Imm)
                counts.append((move.src.value + origin.offset) & 0xFFFF_FFFF)
            return max(0 if count > BPF_MAX_LOOPS and not as_verified else count for count in counts)
    return None


def _runs_differ(function: Function, index: int, call: str) -> bool:
    """Whether the kernel hands the callback a caller's register that may point into the caller's stack: unless the
    code shows it is a constant, a map or global address, or a call's result. (Its iteration number is passed as
    any number where the runs are not told apart: unrolling every callback nests into too many nodes.)"""
    for spec in INVOCATIONS.get(call, DEFAULT).args:
        if spec[0] == "caller" and len(spec) == 2 and stack_origin(function, index, spec[1]) is not False:
            return True
    return False


class ExplorationLimit(Exception):
    """The path graph outgrew what a check may spend on it: the answer is unknown, with this as the reason."""


# The kernel holds at most a few dozen regions at once (31 resilient locks, a few IRQ saves); more open at once only
# happens on paths that keep acquiring in a loop, which the kernel refuses, and which would not end here.
MAX_OPEN_REGIONS = 64
# One place opening more than this many regions that are open at once is a loop or callback that keeps acquiring
# (the pre-pass, without values, would go on to MAX_OPEN_REGIONS one level at a time): it gives up sooner.
MAX_SAME_OPENING = 16
MAX_NODES = 4_000_000
BUDGET_STEP = 4096  # nodes between two looks at the budget and the clock


# Branch facts split a state in two at each remembered test, and merge again where paths agree: past this many
# nodes, more than FACT_STATES per place (an instruction in its frames and loop count) means they multiply instead
# (26 flags each tested twice: 2^26), and the graph is made again without them (sound: they only prune paths).
FACT_NODES = 2_048
FACT_STATES = 8
FACT_STEP = 1_024  # nodes between two looks at the states per place


class _FactsMultiply(Exception):
    pass


def explore(obj: BpfObject, kernel: KernelModel, entry: Function, state: ContextState, *,
            bound: int | None, deadline: float | None = None, facts: Facts | None = None,
            compact: bool = True, max_nodes: int = MAX_NODES, program_sleepable: bool | None = None,
            verified_sleepable: bool | None = None, runs_as_verified: bool = False, learns: bool = True) -> Graph:
    """Every (stack, instruction, loop count, state) reachable from the entry, with the edges between them.
    Raises ExplorationLimit past the deadline (a `time.monotonic()` value), `max_nodes` or the region depth.

    A compact graph leaves out the inside of straight runs (`Straight`): a node where a run starts stands for the
    whole run, whose one edge leads to where it ends; the engines execute the run as one step. The full graph, a
    node per instruction, is the reference a test holds the compact one to. `program_sleepable` is the program's
    flag where the entry is an async callback of its own context (default: the entry state's);
    `verified_sleepable` the flag the verifier checks the entry with, where the kernel runs it in another context
    than the flag says (a sleepable member of a struct_ops the kernel calls in atomic context);
    `runs_as_verified`: sync callbacks unrolled as many times as the verifier follows them. Branch facts are
    dropped where they multiply the states (FACT_NODES), or from the start (`learns` false)."""
    explorer = _Explorer(obj, kernel, bound, facts if facts is not None else Facts(),
                         state.sleepable if program_sleepable is None else program_sleepable, verified_sleepable,
                         runs_as_verified)
    explorer.learns = learns
    try:
        return _explore(explorer, entry, state, deadline, compact, max_nodes)
    except _FactsMultiply:
        explorer.learns = False
        explorer.widened = False
        return _explore(explorer, entry, state, deadline, compact, max_nodes)


def _explore(explorer: _Explorer, entry: Function, state: ContextState, deadline: float | None, compact: bool,
             max_nodes: int) -> Graph:
    obj, kernel, bound = explorer.obj, explorer.kernel, explorer.bound
    root = Node((), entry.name, 0, 0, state)
    graph = Graph(root, absent=frozenset(name for name in obj.externs if obj.weak_extern_absent(name, kernel.kfuncs)))
    graph.nodes[root] = None
    work = [root]
    canonical: dict[Node, Node] = {root: root}  # one object per node, so engines may compare nodes by identity
    functions = {entry.name}
    entered: set[EdgeKind] = set()
    fall = EdgeKind.FALL
    budget_at = BUDGET_STEP
    places: set[tuple[tuple[Frame, ...], str, int, int]] = set()  # counted only while facts may multiply
    facts_at = FACT_NODES if explorer.learns else max_nodes
    while work:
        if len(canonical) >= budget_at:
            _check_budget(len(canonical), deadline, max_nodes)
            budget_at += BUDGET_STEP
        if len(canonical) >= facts_at:
            facts_at += FACT_STEP
            if not places:
                places = {(n.frames, n.function, n.index, n.k) for n in canonical}
            if len(canonical) > FACT_STATES * len(places):
                raise _FactsMultiply()
        node = work.pop()
        if bound is None and len(node.state.open) > MAX_SAME_OPENING and _pumped(node.state):
            # unrolled, the bound keeps it finite
            raise ExplorationLimit(f"more than {MAX_OPEN_REGIONS} regions open at once, or {MAX_SAME_OPENING} "
                                   f"opened at one place, at {node.function}+{node.index}")
        # A straight run (registers and loads only) only falls through with the same state: followed here without
        # the general step. A compact graph leaves the run out: one edge to where it ends.
        straight = explorer.straight_of(node.function)
        cyclic = explorer.loops_of(node.function).cyclic if bound is not None else frozenset()
        while straight.kind[node.index] == PLAIN:
            flags_saved = any(o.region == "irq" for o in node.state.open)
            if flags_saved and (refusal := explorer.saved_flags_read(node)) is not None:
                graph.events.append(Event(node, EventKind.IRQ_FLAG_READ, refusal))
            # while IRQ flags are saved, each load is a node of its own: one may read them
            index = straight.end(node.index) if compact and not flags_saved else node.index + 1
            state = explorer.after_run(node, index, node.state)
            if state.acquire_result:
                known = state.acquire_result
                for insn in explorer.function(node.function).code.insns[node.index:index]:
                    known = acquire_result.after(known, insn)
                state = replace(state, acquire_result=known)
            if state.guards or explorer.retested(node.function):
                guards, depth = state.guards, len(node.frames)
                code = explorer.function(node.function).code
                for at in range(node.index, index):
                    guards = explorer.facts_after(guards, depth, node.function, at, code.insns[at])
                state = replace(state, guards=guards)
            target = Node(node.frames, node.function, index, node.k if index in cyclic else 0, state)
            known = canonical.get(target)
            graph.out[node] = [Edge(node, known or target, fall)]
            if known is not None:
                break
            canonical[target] = target
            graph.nodes[target] = None
            if places:
                places.add((target.frames, target.function, target.index, target.k))
            node = target
        if node in graph.out:
            continue
        edges = []
        for edge in explorer.step(node, graph):
            target = edge.target
            if target is None:
                graph.unwinding.append(edge)
            elif (known := canonical.get(target)) is not None:
                edge = Edge(edge.source, known, edge.kind)
            else:
                canonical[target] = target
                graph.nodes[target] = None
                if places:
                    places.add((target.frames, target.function, target.index, target.k))
                work.append(target)
                if edge.kind in _ENTERING:  # the only edges into another function
                    entered.add(edge.kind)
                    functions.add(target.function)
            edges.append(edge)
        graph.out[node] = edges
    graph.calls = explorer.calls
    # a state widened without a loop (a static function that opens a region, called twice) takes in counts no run
    # makes: the graph is then not the one loop counts give
    graph.acyclic = EdgeKind.CALLBACK_ENTER not in entered and not explorer.widened and not any(
        explorer.loops_of(name).cyclic for name in functions)
    return graph


_ENTERING = (EdgeKind.CALL, EdgeKind.CALLBACK_ENTER)


def _forgotten(state: ContextState, depth: int, writes: branch_facts.StackWrites) -> ContextState:
    """Across a call made in the frame at `depth` (or back from one into it), which writes `writes` of the stack
    itself (a called function's own stores are followed as it runs)."""
    if state.acquire_result:
        state = replace(state, acquire_result=())
    return replace(state, guards=branch_facts.called(state.guards, depth, writes)) if state.guards else state


def _pumped(state: ContextState) -> bool:
    if len(state.open) > MAX_OPEN_REGIONS:
        return True
    counts: dict[tuple[str, tuple[str, int]], int] = {}
    for opened in state.open:
        key = (opened.region, opened.at)
        counts[key] = counts.get(key, 0) + 1
        if counts[key] > MAX_SAME_OPENING:
            return True
    return False


def _check_budget(nodes: int, deadline: float | None, max_nodes: int) -> None:
    if nodes >= max_nodes:
        raise ExplorationLimit(f"the path graph passed {max_nodes} nodes")
    if deadline is not None and time.monotonic() > deadline:
        raise ExplorationLimit(f"time ran out while building the path graph ({nodes} nodes)")
