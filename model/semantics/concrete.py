"""The concrete interpreter: runs a program on given input values and says what happened.

It is the ground truth the checker is tested against, so it does what the kernel really does, not what the
verifier believes: bpf-to-bpf calls (static and global alike) execute in a new frame with the caller's context
state; sync callbacks (bpf_loop, for_each...) run CALLBACK_COUNT times in the caller's context; async callbacks
(timer, wq, task_work) run once each after the program exits, in the context the kernel gives them. It shares
nothing with the SMT encoding but the vocabulary of unknowns (`inputs.py`); the rules live in `concrete_alu.py`,
`concrete_memory.py` and `concrete_context.py`.

Choices where a real run is undefined (the kernel refuses such programs): a register never written reads 0;
after any call and after a legacy packet load, R1-R5 read 0 (the kernel refuses to read them); an uninitialised
stack byte reads from a LOAD input at the loading instruction; an access outside a stack frame, a jump outside the
code, an unknown call or a call depth above 64 stop the run with `Stuck`. A helper's or kfunc's writes through its
pointer arguments into the stack (a bpf_probe_read_user into a local) are WRITTEN inputs, byte by byte, as the kernel
model says; a call whose writes the model does not know leaves the stack as it was. A tail call is a call
that fails (the program goes on). A helper's or kfunc's R0 is always a CALL_RESULT input (bpf_loop's count
included); for a lock that may fail, 0 is "acquired" and a value in the model's failure range (an error code) is
the failure's R0, with nothing held; any other value stops the run (`Stuck`), as no real run gets it.
A bpf_map_lookup_elem's result other than 0 (NULL) is a pointer to the element of the map in R1 named by the key
R2 points to, when the program wrote the key's bytes on its stack: its address is the input's value, loads through
it still read LOAD inputs, and stores through it are recorded (`Run.map_writes`, see `concrete_memory.py`). A
lookup no run sees fail (an array's key below max_entries: `model/kernel/lookups.py`) gives an element whatever its
input (KERNEL_OBJECT where the input says NULL), as does a call whose result is never NULL (CallEffect.never_null);
a pointer result or an async callback's map, key or value whose input names no kernel object's address is that
address (`kernel_addresses.py`). The
numbers iterator's kfuncs act on the iterator's stack bytes (`model/kernel/iterators.py`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from sleepcheck.model.errors import KernelModelError
from sleepcheck.model.isa.insn import (
    R0,
    R1,
    R10,
    AddrSpaceCast,
    Alu,
    AluOp,
    Atomic,
    AtomicOp,
    Call,
    CallKind,
    Endian,
    Goto,
    Imm,
    Insn,
    Jump,
    Load,
    LoadImm64,
    MayGoto,
    Mov,
    MovSx,
    Neg,
    PacketLoad,
    Pseudo,
    Store,
)
from sleepcheck.model.isa.insn import Exit as ExitInsn
from sleepcheck.model.kernel import iterators, lookups, results
from sleepcheck.model.kernel.context_writes import CHANGES_CONTEXT, narrow_fields
from sleepcheck.model.kernel.effects import CallbackEffect, CallEffect
from sleepcheck.model.kernel.facts import Context, FlagsBlock
from sleepcheck.model.kernel.invocations import (
    BPF_MAX_LOOPS,
    CALLBACK_CAP,
    DEFAULT,
    E2BIG,
    EINVAL,
    EXACT_RUNS,
    INVOCATIONS,
    RCU_WALK,
    RCU_WALKS,
    VERIFIED_EXTRA_RUNS,
    Arg,
    index_key,
    runs_exactly,
)
from sleepcheck.model.kernel.model import KernelModel
from sleepcheck.model.program import BpfObject, Function, Linkage, MapDef, Program, RefKind
from sleepcheck.model.semantics import concrete_alu as alu
from sleepcheck.model.semantics.calls import map_in_r1
from sleepcheck.model.semantics.concrete_context import (
    ContextState,
    EntryState,
    Misuse,
    OpenRegion,
    RegionError,
)
from sleepcheck.model.semantics.concrete_inputs import InputReader
from sleepcheck.model.semantics.concrete_memory import MapByte, Memory, MemoryFault, Site
from sleepcheck.model.semantics.concrete_values import CodeTarget, Pointer, RegionKind, Value, numeric
from sleepcheck.model.semantics.inputs import InputKey, InputKind, written_detail
from sleepcheck.model.semantics.kernel_addresses import KERNEL_OBJECT, is_kernel_object, returns_kernel_object

MAX_CALL_DEPTH = 64


# -- outcomes ---------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Exit:
    """The run ended normally; `r0` is what the main program returned."""

    r0: int

    def describe(self) -> str:
        return f"an exit returning {self.r0}"


@dataclass(frozen=True)
class SleepInAtomic:
    call: str
    function: str
    insn: int
    regions: tuple[OpenRegion, ...]  # open at the call, in opening order; empty: the context is not sleepable
    sleepable: bool
    message: str | None  # the kernel model's message for this call in the innermost region (or context)
    step: int = 0  # where the call is in the run's trace
    inputs_read: int = 0  # how many inputs the run had read by then: the first of `Run.inputs_used`

    def describe(self) -> str:
        where = self.regions[-1].describe() if self.regions else "non-sleepable context"
        return f"{self.call} may sleep at {self.function}+{self.insn} in {where}"


@dataclass(frozen=True)
class RegionMisuse:
    misuse: Misuse
    region: str
    function: str
    insn: int
    opened: OpenRegion | None  # the region involved (the open one for nested, order, exit), if any
    message: str | None

    def describe(self) -> str:
        opened = f" ({self.opened.describe()})" if self.opened else ""
        return f"{self.misuse.value} {self.region} at {self.function}+{self.insn}{opened}"


CLOCK_STEPS = 1 << 16  # instructions between two looks at the clock of a run given a deadline


@dataclass(frozen=True)
class OutOfFuel:
    executed: int

    def describe(self) -> str:
        return f"no end within {self.executed} instructions"


# why a run stops at a call of a weak kfunc the kernel lacks (libbpf leaves it unresolved)
MISSING_KFUNC = "a weak kfunc the kernel lacks: the kernel refuses a program that reaches the call"


@dataclass(frozen=True)
class Stuck:
    """Something no program the kernel loads can do; the interpreter stops rather than guess."""

    reason: str
    function: str
    insn: int

    def describe(self) -> str:
        return f"{self.reason} at {self.function}+{self.insn}"


Outcome = Exit | SleepInAtomic | RegionMisuse | OutOfFuel | Stuck


@dataclass(frozen=True)
class Run:
    trace: tuple[tuple[str, int], ...]  # (function name, instruction index) of every instruction executed
    outcome: Outcome
    inputs_used: tuple[InputKey, ...]  # every input the run read, in first-read order
    inputs_missing: tuple[InputKey, ...]  # those the mapping lacked, read as the default
    r0: int | None  # the main program's return value, once it exited (async callbacks may run after)
    sleeps: tuple[SleepInAtomic, ...] = ()  # with past_sleep: every sleep in atomic context the run went past
    map_writes: Mapping[MapByte, int] = field(default_factory=dict)  # the last byte stored there, by the run's end
    # for each watched call or exit: the kinds of the regions open (in opening order) each time the run got there
    regions_at: Mapping[tuple[str, int], tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # the step from which the run follows a callback count no kernel run takes (_Machine.fewer_runs_at)
    fewer_runs_at: int | None = None
    # a call's result as the run took it, by its input, where the kernel model changed the input's value (clamped
    # into the helper's range, a lookup that cannot fail made to find, a count of callback runs)
    results_taken: Mapping[InputKey, int] = field(default_factory=dict)

    def kernel_runs_to(self, step: int) -> bool:
        """Whether some run of the kernel does what this run does up to `step`."""
        return self.fewer_runs_at is None or step < self.fewer_runs_at

    @property
    def slept(self) -> tuple[SleepInAtomic, ...]:
        """Every sleep in atomic context, in order: those the run went past, then the one it ended at, if any."""
        return (*self.sleeps, self.outcome) if isinstance(self.outcome, SleepInAtomic) else self.sleeps


class _Stop(Exception):
    def __init__(self, outcome: Outcome) -> None:
        super().__init__(outcome)
        self.outcome = outcome


# -- the machine ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Pending:
    """An async callback armed during the run."""

    target: CodeTarget
    context: Context
    args: tuple[Value, ...]


class _Machine:
    def __init__(self, obj: BpfObject, kernel: KernelModel, reader: InputReader, memory: Memory, fuel: int,
                 functions: Mapping[str, Function], program_sleepable: bool) -> None:
        self.obj = obj
        self.kernel = kernel
        self.reader = reader
        self.memory = memory
        self.fuel = fuel
        self.deadline: float | None = None  # a time.monotonic() past which the run stops as out of fuel
        self.functions = functions
        self.program_sleepable = program_sleepable
        self.trace: list[tuple[str, int]] = []
        self.past_sleep = False
        self.until: Callable[[SleepInAtomic], bool] | None = None
        self.sleeps: list[SleepInAtomic] = []
        self.watch: frozenset[tuple[str, int]] = frozenset()
        self.runs_as_verified = False
        # the step at which a callback the kernel runs a known number of times (more than EXACT_RUNS, so that its
        # count is an input) stopped short of it: what the run does from there on no kernel run does
        self.fewer_runs_at: int | None = None
        self.results_taken: dict[InputKey, int] = {}
        self.regions_at: dict[tuple[str, int], list[tuple[str, ...]]] = {}
        self._functions_run: dict[str, tuple[list[int], dict[int, int]]] = {}
        self.pending: list[_Pending] = []
        self.depth = 0
        self._map_slots, self._data_slots, self._ksym_slots = (_slots(obj, kind) for kind in ("map", "data", "ksym"))
        self._func_slots = {name: i for i, name in enumerate(sorted(functions))}
        self._core = obj.core_values()
        self._core_at: dict[str, frozenset[int]] = {}  # per function: its CO-RE value instructions
        for function, pc in self._core:
            self._core_at[function] = self._core_at.get(function, frozenset()) | {pc}

    # -- frames

    def call(self, target: CodeTarget, args: tuple[Value, ...], state: ContextState, where: tuple[str, int]) -> Value:
        """Run the code at `target` in a new frame until it exits; its R0."""
        function = self.functions.get(target.function)
        if function is None or not 0 <= target.start < len(function.code):
            raise _Stop(Stuck(f"no code at {target.function}+{target.start}", *where))
        if self.depth >= MAX_CALL_DEPTH:
            raise _Stop(Stuck(f"call depth above {MAX_CALL_DEPTH}", *where))
        self.depth += 1
        regs: list[Value] = [0] * 11
        regs[R1:R1 + len(args)] = args
        regs[R10] = self.memory.new_frame()
        floor = state.floor
        if function.linkage is Linkage.GLOBAL and target.start == 0:
            state.floor = len(state.regions)
        try:
            return self._execute(function, target.start, regs, state)
        finally:
            self.depth -= 1
            state.floor = min(floor, len(state.regions))

    def _execute(self, fn: Function, pc: int, regs: list[Value], state: ContextState) -> Value:
        """The loop tests the commonest instructions first by their exact type (a `match` on classes tries each
        pattern in turn, and this loop runs tens of thousands of times a run)."""
        insns, name = fn.code.insns, fn.name
        counts, targets = self._of_function(fn)
        core = self._core_at.get(name, frozenset())
        trace, fuel, size, deadline = self.trace, self.fuel, len(insns), self.deadline
        limit = fuel if deadline is None else min(fuel, len(trace) + CLOCK_STEPS)
        while True:
            if not 0 <= pc < size:
                raise _Stop(Stuck("execution left the function's code", fn.name, pc))
            if len(trace) >= limit:  # the fuel is spent, or it is time to look at the clock
                if len(trace) >= fuel or (deadline is not None and time.monotonic() > deadline):
                    raise _Stop(OutOfFuel(len(trace)))
                limit = min(fuel, len(trace) + CLOCK_STEPS)
            trace.append((name, pc))
            occurrence = counts[pc]
            counts[pc] = occurrence + 1
            insn = insns[pc]
            kind = type(insn)
            jump = False
            try:
                if kind is Alu:
                    src = insn.src
                    right = regs[src.n] if type(src) is not Imm else alu.imm_operand(src.value, insn.wide) \
                        if pc not in core else self._core_value(name, pc, insn.wide)
                    left = regs[insn.dst]
                    regs[insn.dst] = alu.alu(insn.op, insn.wide, left, right) \
                        if type(left) is int and type(right) is int else _alu(insn.op, insn.wide, left, right)
                elif kind is Jump:
                    src = insn.src
                    right = alu.imm_operand(src.value, insn.wide) if type(src) is Imm else numeric(regs[src.n])
                    jump = alu.condition(insn.op, insn.wide, numeric(regs[insn.dst]), right)
                elif kind is Mov:
                    src = insn.src
                    value = regs[src.n] if type(src) is not Imm else alu.imm_operand(src.value, insn.wide) \
                        if pc not in core else self._core_value(name, pc, insn.wide)
                    regs[insn.dst] = value if insn.wide else numeric(value) & alu.MASK32
                elif kind is Load:
                    if self.watch and (name, pc) in self.watch:  # a load of saved IRQ flags is a contract's site
                        self._watched(name, pc, state)
                    value = self.memory.load(regs[insn.src], insn.off, insn.size, Site(fn.name, pc, occurrence))
                    if insn.signed and isinstance(value, int):
                        value = alu.sign_extend(value, 8 * insn.size)
                    regs[insn.dst] = value
                elif kind is Store:
                    src = insn.src
                    value = regs[src.n] if not isinstance(src, Imm) else alu.imm_operand(src.value, True)
                    state.stored(regs[insn.dst], insn.off, insn.size)
                    self.memory.store(regs[insn.dst], insn.off, insn.size, value, type(src) is Imm)
                elif kind is Goto:
                    jump = True
                elif kind is Call:
                    if self.watch and (name, pc) in self.watch:
                        self._watched(name, pc, state)
                    if insn.kind is CallKind.LOCAL:
                        regs[R0] = self.call(self._local_target(fn, pc, insn.imm), tuple(regs[1:6]), state,
                                             (fn.name, pc))
                        regs[1:6] = [0] * 5
                    else:
                        self._kernel_call(fn, pc, occurrence, insn, regs, state)
                elif kind is ExitInsn:
                    if self.watch and (name, pc) in self.watch:
                        self._watched(name, pc, state)
                    return regs[R0]
                else:
                    jump = self._rare(fn, pc, occurrence, insn, regs, state)
            except MemoryFault as fault:
                raise _Stop(Stuck(str(fault), fn.name, pc)) from None
            except RegionError as error:
                raise _Stop(self._misuse(error, fn.name, pc)) from None
            if not jump:
                pc += 1
            else:
                target = targets.get(pc)
                if target is None:
                    target = targets[pc] = self._jump_target(fn, pc, insn.off)
                pc = target

    def _rare(self, fn: Function, pc: int, occurrence: int, insn: Insn, regs: list[Value],
              state: ContextState) -> bool:
        """The instructions `_execute` does not test for itself; whether the instruction jumps."""
        match insn:
            case Neg(wide, dst):
                regs[dst] = alu.neg(wide, numeric(regs[dst]))
            case MovSx(wide, dst, src, bits):
                regs[dst] = alu.movsx(wide, numeric(regs[src]), bits)
            case AddrSpaceCast(dst, src):
                regs[dst] = regs[src]
            case Endian(dst, order, bits):
                regs[dst] = alu.endian(order, bits, numeric(regs[dst]))
            case LoadImm64():
                regs[insn.dst] = self._load_imm64(fn, pc, insn)
            case Atomic():
                if insn.op is not AtomicOp.LOAD_ACQUIRE:
                    state.stored(regs[insn.dst], insn.off, insn.size)
                self._atomic(insn, regs, Site(fn.name, pc, occurrence))
            case PacketLoad(size):
                if self.watch and (fn.name, pc) in self.watch:  # it may end the program, as an exit does
                    self._watched(fn.name, pc, state)
                regs[R0] = self.reader.at(InputKind.LOAD, fn.name, pc, occurrence) & ((1 << 8 * size) - 1)
                regs[1:6] = [0] * 5
            case MayGoto():
                return bool(self.reader.at(InputKind.MAY_GOTO, fn.name, pc, occurrence))
        return False

    def _of_function(self, fn: Function) -> tuple[list[int], dict[int, int]]:
        """How many times each instruction of a function has run, and the targets of its jumps taken so far."""
        known = self._functions_run.get(fn.name)
        if known is None:
            known = self._functions_run[fn.name] = ([0] * len(fn.code.insns), {})
        return known

    @staticmethod
    def _jump_target(fn: Function, pc: int, off: int) -> int:
        index = fn.code.index_of_slot(fn.code.slots[pc] + 1 + off)
        if index is None:
            raise _Stop(Stuck(f"jump by {off} lands inside an instruction or outside the code", fn.name, pc))
        return index

    def _local_target(self, fn: Function, pc: int, imm: int) -> CodeTarget:
        ref = fn.refs.get(pc)
        if ref is not None and ref.kind is RefKind.CALL:
            return CodeTarget(ref.target)
        return CodeTarget(fn.name, self._jump_target(fn, pc, imm))

    def _core_value(self, function: str, pc: int, wide: bool) -> int:
        """An immediate libbpf relocates from the target kernel's BTF: an input, the same on every run of it."""
        value = self.obj.core_resolved.get((function, pc))
        if value is None:
            value = self.reader.at(InputKind.CO_RE, function, pc, 0)
        return value & alu.MASK64 if wide else value & alu.MASK32

    def _load_imm64(self, fn: Function, pc: int, insn: LoadImm64) -> Value:
        if (fn.name, pc) in self._core:
            return self._core_value(fn.name, pc, True)
        ref = fn.refs.get(pc)
        if ref is not None:
            match ref.kind:
                case RefKind.MAP:
                    return Pointer(RegionKind.MAP, ref.target, 0, self._map_slots.get(ref.target, 0))
                case RefKind.DATA:
                    return Pointer(RegionKind.GLOBAL, ref.target, ref.offset, self._data_slots.get(ref.target, 0))
                case RefKind.FUNC_ADDR:
                    return Pointer(RegionKind.FUNC, CodeTarget(ref.target), 0, self._func_slots.get(ref.target, 0))
                case RefKind.KSYM if self.obj.weak_extern_absent(ref.target, self.kernel.kfuncs):
                    return 0  # libbpf resolves a weak kfunc this kernel lacks to 0 (bpf_ksym_exists)
                case RefKind.KSYM:
                    return Pointer(RegionKind.OTHER, ref.target, 0, self._ksym_slots.get(ref.target, 0))
                case _:
                    return Pointer(RegionKind.OTHER, ref.target)
        match insn.pseudo:
            case Pseudo.NONE:
                return insn.value
            case Pseudo.FUNC:
                target = CodeTarget(fn.name, self._jump_target(fn, pc, alu.signed(insn.lo, 32)))
                return Pointer(RegionKind.FUNC, target, 0, self._func_slots.get(fn.name, 0))
        return Pointer(RegionKind.OTHER, f"{insn.pseudo.name.lower()}:{insn.lo}", insn.hi)

    def _atomic(self, insn: Atomic, regs: list[Value], site: Site) -> None:
        size, bits = insn.size, 8 * insn.size
        if insn.op is AtomicOp.LOAD_ACQUIRE:
            regs[insn.dst] = self.memory.load(regs[insn.src], insn.off, size, site)
            return
        if insn.op is AtomicOp.STORE_RELEASE:
            self.memory.store(regs[insn.dst], insn.off, size, regs[insn.src])
            return
        old = numeric(self.memory.load(regs[insn.dst], insn.off, size, site))
        operand = alu.mask(numeric(regs[insn.src]), bits)
        if insn.op is AtomicOp.CMPXCHG:
            if old == alu.mask(numeric(regs[R0]), bits):
                self.memory.store(regs[insn.dst], insn.off, size, regs[insn.src] if size == 8 else operand)
            regs[R0] = old
            return
        new = alu.atomic_update(insn.op, bits, old, operand)
        self.memory.store(regs[insn.dst], insn.off, size,
                          regs[insn.src] if insn.op is AtomicOp.XCHG and size == 8 else new)
        if insn.fetch:
            regs[insn.src] = old

    # -- helpers and kfuncs

    def _watched(self, function: str, pc: int, state: ContextState) -> None:
        self.regions_at.setdefault((function, pc), []).append(tuple(r.kind for r in state.regions))

    def _effect(self, fn: Function, pc: int, insn: Call) -> CallEffect:
        ref = fn.refs.get(pc)
        try:
            if insn.kind is CallKind.KFUNC:
                if ref is None:
                    raise _Stop(Stuck(f"kfunc call (BTF id {insn.imm}) without a name", fn.name, pc))
                if self.obj.weak_extern_absent(ref.target, self.kernel.kfuncs):
                    raise _Stop(Stuck(f"{ref.target}: {MISSING_KFUNC}", fn.name, pc))
                return self.kernel.call_effect(ref.target)
            return self.kernel.call_effect(insn.imm)
        except KernelModelError as error:
            raise _Stop(Stuck(error.message, fn.name, pc)) from None

    def _kernel_call(self, fn: Function, pc: int, occurrence: int, insn: Call, regs: list[Value],
                     state: ContextState) -> None:
        effect = self._effect(fn, pc, insn)
        block = effect.blocks_with_flags
        blocks = effect.blocking or (block is not None and _blocks_for(block, regs) and
                                     effect.blocks(self.program_sleepable, _verifier_sees_region(state)))
        if blocks and state.atomic:
            event = self._sleep(effect, state, fn.name, pc)
            if not self.past_sleep or (self.until is not None and self.until(event)):
                raise _Stop(event)
            self.sleeps.append(event)
        if effect.name in iterators.KFUNCS and isinstance(regs[R1], Pointer) and regs[R1].region is RegionKind.STACK:
            self._number_iterator(effect.name, fn, pc, occurrence, regs)
            return
        key = InputKey(InputKind.RUN_CONSTANT, effect.name) if effect.run_constant else \
            InputKey(InputKind.CALL_RESULT, fn.name, pc, occurrence)
        result = self.reader.read(key)
        read = result
        args = tuple(regs[1:6])
        if effect.result_range is not None:
            result = results.clamped(result, *effect.result_range)
        elif effect.name in results.BOUNDED_BY_SIZE or effect.name == results.CPU_ID:
            size = args[results.BOUNDED_BY_SIZE.get(effect.name, 1) - 1]
            result = results.bounded(effect.name, alu.signed(numeric(size), 64), result, self.obj.nr_cpu_ids)
        found = effect.never_null or (effect.name == lookups.LOOKUP and self._always_found(args))
        if (found and result == 0) or (result != 0 and returns_kernel_object(self.obj, effect)
                                       and not is_kernel_object(result)):
            result = KERNEL_OBJECT
        if effect.fails_with is not None and result != 0:
            low, high = effect.fails_with
            if not low <= alu.signed(result, 64) <= high:
                raise _Stop(Stuck(f"{effect.name} returns 0 or an error in {low}..{high}, never "
                                  f"{alu.signed(result, 64)}", fn.name, pc))
        for region in effect.closes:
            state.close(region, self.kernel.region(region).nesting, _identity(region, args))
        if not (effect.fails_with is not None and result != 0):  # a lock that fails writes nothing
            # before the region it opens: an IRQ save writes the flags it then holds as saved
            self._fill(effect, args, fn.name, pc, occurrence, state, result)
            for region in effect.opens:
                state.open(region, self.kernel.region(region).nesting, fn.name, pc, _identity(region, args))
        for callback in effect.callbacks:
            runs = self._callback(effect.name, callback, args, fn.name, pc, occurrence, state)
            if runs is not None:  # bpf_loop and an array walk return how many times they ran the callback
                result = runs
        if effect.name in CHANGES_CONTEXT:
            self.memory.context_changed(Site(fn.name, pc, occurrence))
        regs[R0] = self._element(args, result) if effect.name == lookups.LOOKUP and result != 0 else result
        if numeric(regs[R0]) != read:
            self.results_taken[key] = numeric(regs[R0])
        regs[1:6] = [0] * 5

    def _number_iterator(self, call: str, fn: Function, pc: int, occurrence: int, regs: list[Value]) -> None:
        """bpf_iter_num_new, _next and _destroy on the iterator's bytes, as kernel/bpf/bpf_iter.c does (see
        model/kernel/iterators.py); new's int result stays an input."""
        it = regs[R1]
        site = Site(fn.name, pc, occurrence)
        cur, end, result = 0, 0, 0
        if call == iterators.NEW:
            start, stop = alu.signed(numeric(regs[2]) & alu.MASK32, 32), alu.signed(numeric(regs[3]) & alu.MASK32, 32)
            if start <= stop and stop - start <= iterators.MAX_SPAN:
                cur, end = alu.signed((start - 1) & alu.MASK32, 32), stop
            result = self.reader.at(InputKind.CALL_RESULT, fn.name, pc, occurrence)
        elif call == iterators.NEXT:
            now = alu.signed(numeric(self.memory.load(it, iterators.CUR, 4, site)), 32)
            end = alu.signed(numeric(self.memory.load(it, iterators.END, 4, site)), 32)
            following = alu.signed((now + 1) & alu.MASK32, 32)
            # the verifier's view: the iterator may end at any step, as an input says (0: it ends here)
            if following >= end or (self.runs_as_verified and self.reader.at(
                    InputKind.CALL_RESULT, fn.name, pc, occurrence) == 0):
                end = 0
            else:
                cur, result = following, it
        self.memory.store(it, iterators.CUR, 4, cur & alu.MASK32)
        self.memory.store(it, iterators.END, 4, end & alu.MASK32)
        regs[R0] = result
        regs[1:6] = [0] * 5

    def _fill(self, effect: CallEffect, args: tuple[Value, ...], function: str, pc: int, occurrence: int,
              state: ContextState, result: int) -> None:
        """The bytes a call writes through its pointer arguments into a stack frame (up to the top of the frame) or
        the context (a syscall program's): as many as its size says, zeros where it failed and says so. An opaque
        object's (an iterator's state) are left as they were: no instruction the verifier admits reads them (a task
        iterator's loop filled 24 input bytes a step, three quarters of a run's time)."""
        failed = effect.zeroes_on_failure and alu.signed(result, 64) < 0
        for write in effect.writes or ():
            if write.opaque:
                continue
            pointer = args[write.arg - 1]
            if not (isinstance(pointer, Pointer) and pointer.region in (RegionKind.STACK, RegionKind.CTX)):
                continue
            if write.size_arg is not None:
                size = numeric(args[write.size_arg - 1])
            elif write.map_value:
                size = self._map_value_size(args[0])
            else:
                size = write.size or 0
            room = -pointer.offset if pointer.region is RegionKind.STACK else _CONTEXT_SPAN - pointer.offset
            count = min(size, max(0, room))
            if count:
                state.stored(pointer, 0, count)  # into IRQ flags still saved: refused
            data = [0] * count if failed else self.reader.bytes_at(
                InputKind.WRITTEN, function, pc, occurrence, (written_detail(write.arg, i) for i in range(count)))
            if data:
                self.memory.fill(pointer, data)

    def _always_found(self, args: tuple[Value, ...]) -> bool:
        """An array map's lookup of a key the program wrote, below max_entries (model/kernel/lookups.py)."""
        found = self._map_of(args[0])
        index = self.memory.peek(args[1], lookups.KEY_SIZE) if found is not None else None
        return found is not None and found.map_type in lookups.ALWAYS_PRESENT and index is not None and \
            index < (lookups.known_entries(found) or 0)

    def _element(self, args: tuple[Value, ...], address: int) -> Value:
        """A lookup's pointer to the element its key names, or the bare address when the key is not known bytes."""
        found = self._map_of(args[0])
        key = self.memory.peek(args[1], found.key_size) if found is not None else None
        if found is None or key is None:
            return address
        return Pointer(RegionKind.MAP_VALUE, (found.name, key), 0, address)

    def _map_value_size(self, pointer: Value) -> int:
        found = self._map_of(pointer)
        return found.value_size if found is not None else 0

    def _map_of(self, pointer: Value) -> MapDef | None:
        """The map a pointer names, if it is one of the object's: a map's ld_imm64, or an element of a map of maps
        (its inner map's definition)."""
        if isinstance(pointer, Pointer) and pointer.region is RegionKind.MAP:
            return self.obj.maps.get(str(pointer.identity))
        if isinstance(pointer, Pointer) and pointer.region is RegionKind.MAP_VALUE and pointer.offset == 0 and \
                isinstance(pointer.identity, tuple):
            outer = self.obj.maps.get(str(pointer.identity[0]))
            return outer.inner if outer is not None else None
        return None

    def _callback(self, call: str, callback: CallbackEffect, args: tuple[Value, ...], function: str, pc: int,
                  occurrence: int, state: ContextState) -> int | None:
        """Run a sync callback as the kernel does (an async one is armed): the number of runs where the call
        returns it (bpf_loop: i + 1 where run i stopped it, else nr_loops; an array walk: the elements met, the
        stopping one included), None where its result is an input."""
        pointer = args[callback.register - 1]
        if not (isinstance(pointer, Pointer) and pointer.region is RegionKind.FUNC):
            raise _Stop(Stuck(f"{call}: R{callback.register} is not a function", function, pc))
        target = pointer.identity
        assert isinstance(target, CodeTarget)
        invocation = INVOCATIONS.get(call, DEFAULT)
        if callback.context is not Context.INHERIT:
            if not any(p.target == target and p.context is callback.context for p in self.pending):
                self.pending.append(_Pending(target, callback.context, _callback_args(invocation.args, args, 0)))
            return None
        walk_types = RCU_WALKS.get(call)
        found = self._map_of(args[0]) if walk_types is not None or invocation.bound == "map_r1" else None
        flags = numeric(args[invocation.flags - 1]) if invocation.flags is not None else 0
        refused = bool(flags & ~invocation.flags_allowed) and not self.runs_as_verified
        bound = 0 if refused else self._bound(invocation.bound, args)
        exact = runs_exactly(call, found)  # the kernel runs it `bound` times, unless a run stops it
        # the key holds the index where the code shows which array the call walks, as the encoding tells it
        walked = map_in_r1(self.obj, self.functions[function], pc) if INVOCATIONS.get(call, DEFAULT).index_key \
            else None
        key = index_key(call, walked)
        entries = lookups.known_entries(walked) if walked is not None else None
        whole = bound <= EXACT_RUNS and exact and not self.runs_as_verified
        # a callback the kernel runs a known number of times runs that many; else as many as the input says
        count = bound if whole else self.reader.at(InputKind.CALLBACK_COUNT, function, pc, occurrence)
        walk = OpenRegion("rcu", function, pc, RCU_WALK) if walk_types is not None and (
            found is None or found.map_type in walk_types) else None
        runs = 0
        stopped = False
        for index in range(min(count, bound)):
            if walk is not None:  # the kernel's own RCU section around each callback
                state.regions.append(walk)
            passed = _callback_args(invocation.args, args, index)
            if key is not None:  # the walk's own u32, holding the run's index (an index of the array on a run
                # past the kernel's count, which a check as verified adds); the walking frame's depth names it
                depth = self.depth - 1
                self.memory.walk_keys[depth] = index % entries if entries else index
                passed = (*passed[:key - 1], Pointer(RegionKind.WALK_KEY, depth, 0, depth), *passed[key:])
            returned = self.call(target, passed, state, (function, pc))
            runs += 1
            if walk is not None and walk in state.regions:
                state.regions.remove(walk)
            if invocation.stops_on_nonzero and numeric(returned) != 0 and not self.runs_as_verified:
                stopped = True
                break
        if exact and not (whole or stopped or self.runs_as_verified or runs >= bound) and self.fewer_runs_at is None:
            self.fewer_runs_at = len(self.trace)  # stopped short of the kernel's count: a run of the abstraction
        if self.runs_as_verified:
            return None
        if refused:  # before any callback runs
            return -EINVAL & alu.MASK64
        if invocation.bound == "nr_loops_r1" and numeric(args[0]) & alu.MASK32 > BPF_MAX_LOOPS:
            return -E2BIG & alu.MASK64
        return runs if whole else None

    def _bound(self, bound: str, args: tuple[Value, ...]) -> int:
        match bound:
            case "nr_loops_r1":
                loops = numeric(args[0]) & alu.MASK32
                if self.runs_as_verified:  # the verifier explores up to the count, whatever bpf_loop does
                    return loops
                return 0 if loops > BPF_MAX_LOOPS else loops  # the program states the bound: no cap
            case "map_r1":  # an array's walk as many runs as it has elements (up to EXACT_RUNS), another's CALLBACK_CAP
                found = self._map_of(args[0])
                bound = lookups.walk_bound(found) if found is not None else None
                cap = EXACT_RUNS if found is not None and lookups.walk_is_whole(found) else CALLBACK_CAP
                return min(bound + self._extra(), cap) if bound is not None else CALLBACK_CAP
            case "once":
                return 1 + self._extra()
        return CALLBACK_CAP

    def _extra(self) -> int:
        """The runs past the kernel's count the verifier follows a walk's callback for (VERIFIED_EXTRA_RUNS)."""
        return VERIFIED_EXTRA_RUNS if self.runs_as_verified else 0

    def run_pending(self) -> None:
        """Async callbacks, each once, after the program: the kernel fires them later, in their own context."""
        done = 0
        while done < len(self.pending):
            pending = self.pending[done]
            done += 1
            sleepable = pending.context is Context.SLEEPABLE or (
                pending.context is Context.PROGRAM and self.program_sleepable)
            state = ContextState(sleepable)
            self.call(pending.target, pending.args, state, (pending.target.function, pending.target.start))
            self.check_exit(state, pending.target.function, self.last_insn())

    # -- events

    def last_insn(self) -> int:
        return self.trace[-1][1] if self.trace else 0

    def check_exit(self, state: ContextState, function: str, insn: int) -> None:
        if state.regions:
            region = state.regions[-1]
            raise _Stop(RegionMisuse(Misuse.EXIT_IN_REGION, region.kind, function, insn, region,
                                     self.kernel.region(region.kind).message("exit")))

    def _sleep(self, effect: CallEffect, state: ContextState, function: str, pc: int) -> SleepInAtomic:
        regions = tuple(state.regions)
        message = effect.region_message(regions[-1].kind) if regions else effect.non_sleepable_message
        return SleepInAtomic(effect.name, function, pc, regions, state.sleepable, message, len(self.trace) - 1,
                             len(self.reader.used))

    def _misuse(self, error: RegionError, function: str, pc: int) -> RegionMisuse:
        template = self.kernel.region(error.region).message(error.misuse.value)
        message = None
        if template is not None:
            opened = error.opened
            message = template.format(id=opened.insn if opened else "", insn=opened.insn if opened else "")
        return RegionMisuse(error.misuse, error.region, function, pc, error.opened, message)


def _blocks_for(block: FlagsBlock, regs: list[Value]) -> bool:
    """Whether the call's arguments are ones it blocks for (FlagsBlock)."""
    flags = numeric(regs[block.register])
    if flags & block.required != block.required or flags & ~block.allowed & alu.MASK64:
        return False
    if block.size_register is None:
        return True
    size = numeric(regs[block.size_register]) & alu.MASK32
    return size != 0 and size % block.size_unit == 0


def _verifier_sees_region(state: ContextState) -> bool:
    """Whether the verifier sees a region open here: one the innermost global function running opened (the verifier
    checks it alone), and not a map walk's own RCU section, which it does not know of."""
    return any(region.identity != RCU_WALK for region in state.regions[state.floor:])


def _callback_args(spec: tuple[Arg, ...], caller: tuple[Value, ...], index: int) -> tuple[Value, ...]:
    """A callback's R1..: the iteration number, a caller's register, or a pointer to kernel memory."""
    values: list[Value] = []
    for register, arg in enumerate(spec, start=1):
        match arg:
            case ("index",):
                values.append(index)
            case ("caller", n):
                values.append(caller[n - 1])
            case _:
                values.append(Pointer(RegionKind.OTHER, f"callback-arg{register}", 0, register))
    return tuple(values)


_CONTEXT_SPAN = 0x1_0000  # the context bytes a call's write may reach (a syscall program's context is at most a page)
_LOCKS = ("spin_lock", "res_spin_lock")  # the regions whose calls name a lock in R1 (kept apart from the encoding's)


def _identity(region: str, args: tuple[Value, ...]) -> Value | None:
    """What a close must name: the IRQ flags slot (the call's stack pointer argument), a lock (R1). Other regions
    need none."""
    if region == "irq":
        return next((a for a in args if isinstance(a, Pointer) and a.region is RegionKind.STACK), None)
    if region in _LOCKS:
        return args[0]
    return None


def _alu(op: AluOp, wide: bool, dst: Value, src: Value) -> Value:
    """Pointer arithmetic where it is one (a 64-bit add or subtract of a scalar, a difference of two pointers into
    the same object); numbers otherwise."""
    if wide and op in (AluOp.ADD, AluOp.SUB):
        sign = 1 if op is AluOp.ADD else -1
        if isinstance(dst, Pointer) and isinstance(src, int):
            return dst.moved(sign * alu.signed(src, 64))
        if op is AluOp.ADD and isinstance(dst, int) and isinstance(src, Pointer):
            return src.moved(alu.signed(dst, 64))
        if op is AluOp.SUB and isinstance(dst, Pointer) and isinstance(src, Pointer) and dst.same_object(src):
            return alu.mask(dst.offset - src.offset, 64)
    return alu.alu(op, wide, numeric(dst), numeric(src))


# -- the entry point --------------------------------------------------------------------------------------------

def run(obj: BpfObject, program: Program, kernel: KernelModel, inputs: Mapping[InputKey, int], *,
        fuel: int = 1_000_000, rodata_unknown: bool = False, entry: Function | None = None,
        entry_state: EntryState | None = None, default: int = 0, past_sleep: bool = False,
        until: Callable[[SleepInAtomic], bool] | None = None, watch: frozenset[tuple[str, int]] = frozenset(),
        runs_as_verified: bool = False, deadline: float | None = None,
        kernel_objects: frozenset[int] = frozenset()) -> Run:
    """Run `program` (or `entry`, a function checked on its own, whose R1-R5 are ARGUMENT inputs, those in
    `kernel_objects` pointers that are never NULL: an async callback's map, key and value) on `inputs`.

    The program's entry gets the context pointer in R1 and starts in the program's context (sleepable as its flag
    says, no region open) unless `entry_state` says otherwise. After the main program exits, every async callback it
    armed runs once, even when it exited with a region open (that exit is the outcome). A missing input reads as
    `default`. With `past_sleep`, a sleep in atomic context is recorded in `Run.sleeps` and the run goes on, so an
    event later on the same path (a region left open) can be seen, until a sleep `until` accepts: that sleep ends the
    run, as its outcome. At each call or exit in `watch`, the run notes which regions are open (`Run.regions_at`).
    With `runs_as_verified`, a sync callback runs as many times as an input says, none included, up to what
    the verifier explores (bpf_loop's count, however large), and its call returns an input; a numbers iterator
    may end at any step, where an input says.
run, as its outcome."""
    reader = InputReader(inputs, default)
    memory = Memory(reader, obj.data, rodata_unknown, narrow_fields(program.prog_type))
    function = entry or program.entry
    functions = {**obj.functions, function.name: function, program.entry.name: program.entry}
    machine = _Machine(obj, kernel, reader, memory, fuel, functions, program.sleepable)
    machine.past_sleep = past_sleep
    machine.until = until
    machine.watch = watch
    machine.runs_as_verified = runs_as_verified
    machine.deadline = deadline
    state = (entry_state or EntryState(program.sleepable)).thaw()
    if function is program.entry:
        args: tuple[Value, ...] = (Pointer(RegionKind.CTX, "ctx"),)
    else:
        read = [reader.at(InputKind.ARGUMENT, function.name, 0, 0, r) for r in range(1, 6)]
        args = tuple(_kernel_object(value) if r in kernel_objects else value for r, value in enumerate(read, 1))
    r0: int | None = None
    try:
        r0 = numeric(machine.call(CodeTarget(function.name), args, state, (function.name, 0)))
        exited: Outcome | None = None
        try:
            machine.check_exit(state, function.name, machine.last_insn())
        except _Stop as stop:  # it did exit, with a region open: what it armed still fires
            exited = stop.outcome
        try:
            machine.run_pending()
        except _Stop:
            if exited is None:
                raise
        outcome: Outcome = exited or Exit(r0)
    except _Stop as stop:
        outcome = stop.outcome
    return Run(tuple(machine.trace), outcome, tuple(reader.used), tuple(reader.missing), r0, tuple(machine.sleeps),
               dict(memory.map_writes), {site: tuple(seen) for site, seen in machine.regions_at.items()},
               machine.fewer_runs_at, dict(machine.results_taken))


def _kernel_object(value: int) -> int:
    return value if is_kernel_object(value) else KERNEL_OBJECT


_REGIONS = {"map": RegionKind.MAP, "data": RegionKind.GLOBAL, "ksym": RegionKind.OTHER}


def _slots(obj: BpfObject, kind: str) -> dict[str, int]:
    """The index of each map, data section or kernel symbol among its kind, which fixes its numeric address."""
    names = obj.maps if kind == "map" else obj.data if kind == "data" else obj.externs
    return {name: i for i, name in enumerate(sorted(names))}


def run_address(obj: BpfObject, kind: str, name: str, offset: int) -> int:
    """The numeric address a run gives a byte of a map, a data section or a kernel symbol (`kind` "map", "data",
    "ksym"), as a program that compares a loaded value with `&bpf_prog_fops` sees it."""
    return Pointer(_REGIONS[kind], name, offset, _slots(obj, kind).get(name, 0)).address
