"""Hypothesis strategies that generate small BPF programs the kernel would accept but for the sleep rules.

A generated program reads a few input bytes (context bytes, or packet bytes for xdp), masks each to 0..DOMAIN-1,
branches on values derived from them (copies, `+c`, `*3`, masks, stack spills of each width and reloads, 32-bit
compares, 32-bit arithmetic that wraps around), opens and closes regions (balanced or not) and calls a blocking
helper (bpf_copy_from_user) or a non-blocking one (bpf_get_prandom_u32). On top of that, each a small named
strategy: a counted loop with a constant bound, bpf_loop with a callback function, calls of static and global
subprograms, a map lookup whose value is read once or twice (each read masked too) and branched on, then maybe
written (a store or an atomic update of a value derived from an input, which no later load reads), and a bpf_timer
armed with a callback (syscall and tc programs: the kernel refuses timers in tracing programs) that runs later in
atomic context, whatever the program's. The program returns a value computed from its inputs, so the interpreter
can be compared with the kernel on it.

So that running a program on every assignment of its unknowns in a small domain is every run there is, every value
a branch depends on is masked: ctx and packet bytes, map values, loop counters (bound <= MAX_LOOP) and bpf_loop
indices are all below DOMAIN or MAX_LOOP. Inputs live in callee-saved registers (r7, r8; r9 counts a loop), so every
call leaves them intact; r1-r5 are written before use, and the stack slot handed to bpf_copy_from_user is
initialised first in every frame. Each program is kept as LLVM assembly text: a function other than the first
starts at a label that is not an `LBB` label, `.globl NAME` makes it global, `rN = func NAME` takes its address
(a callback), `rN = MAP ll` a map's; `proofs/harness.py` assembles it, and a shrunk counterexample can be pasted
into a test.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from hypothesis import strategies as st

from sleepcheck.model.program import MapDef

DOMAIN = 4  # each input is masked with DOMAIN - 1
MAX_LOOP = 8  # a counted loop's constant bound is at most this; the checker's default bound (64) must prove it
INPUT_REGISTERS = ("r7", "r8")
LOOP_COUNTER = "r9"
CTX_OFFSETS = (0, 8, 16)  # byte offsets a syscall or kprobe program reads; valid in pt_regs and a syscall ctx
# sched_cls: __sk_buff's mark, priority and cb[0], which BPF_PROG_TEST_RUN copies from the ctx it is given
# (net/bpf/test_run.c convert___skb_to_skb); xdp reads its inputs from the packet instead.
CTX_OFFSETS_BY_TYPE = {"syscall": CTX_OFFSETS, "kprobe": CTX_OFFSETS, "sched_cls": (8, 32, 48)}
PACKET_OFFSETS = (0, 1)  # packet bytes an xdp program reads, after checking the packet holds them
XDP_DATA_END = 4  # ctx offset of xdp_md.data_end; the interpreter reads the ctx's pointers as numbers
PACKET_SIZE = 64  # data_end as the enumeration and BPF_PROG_TEST_RUN give it (data at 0)
SPILL_SLOT = -16  # bpf_copy_from_user writes -8..-1, so spills stay clear of it
KEY_SLOT = -24  # the map key
VALUE_SLOTS = (-32, -40)  # map values read, masked and kept for the branches under the lookup
TIMER_SLOT = -136  # the timer's map value pointer, kept across the bpf_timer_* calls (past the scratch slots)
BLOCKING = ("r1 = r10", "r1 += -8", "r2 = 8", "r3 = 0", "call bpf_copy_from_user")
NON_BLOCKING = ("call bpf_get_prandom_u32",)
# A region's kfunc pair: (open, close).
REGIONS = {"rcu": ("bpf_rcu_read_lock", "bpf_rcu_read_unlock"),
           "preempt": ("bpf_preempt_disable", "bpf_preempt_enable")}
# every helper and kfunc the generated programs call: a kernel model that lacks one cannot check them
HELPERS_CALLED = ("bpf_copy_from_user", "bpf_get_prandom_u32", "bpf_loop", "bpf_map_lookup_elem", "bpf_timer_init",
                  "bpf_timer_set_callback", "bpf_timer_start")
KFUNCS_CALLED = tuple(name for pair in REGIONS.values() for name in pair)
VALUES_MAP = MapDef("values", "array", 4, 8, 1)
# an array whose value is a struct bpf_timer: the kernel needs the value's BTF (live_synth_btf makes it up)
TIMERS_MAP = MapDef("timers", "array", 4, 16, 1, value_fields=frozenset({"bpf_timer"}))
TIMER_FLAVOURS = frozenset({"syscall", "sched_cls"})  # kprobe: "tracing progs cannot use bpf_timer yet"
# (program type, sleepable): a syscall program is sleepable, the others are not.
FLAVOURS = (("syscall", True), ("kprobe", False), ("sched_cls", False), ("xdp", False))
_JUMPS: dict[str, Callable[[int, int], bool]] = {
    "==": lambda a, b: a == b, "!=": lambda a, b: a != b, ">": lambda a, b: a > b,
    "<": lambda a, b: a < b, ">=": lambda a, b: a >= b, "<=": lambda a, b: a <= b,
}
_SIGNED_JUMPS = ("s<", "s>", "s<=", "s>=")
FUNCTION_LABEL = re.compile(r"^(?!LBB)([A-Za-z_]\w*):$")


@dataclass(frozen=True)
class GeneratedProgram:
    asm: str
    prog_type: str
    sleepable: bool
    ctx_offsets: tuple[int, ...]  # the context bytes the program reads, each masked to 0..DOMAIN-1
    # context bytes the program reads whole (xdp's data_end) and the values the enumeration gives them
    ctx_choices: tuple[tuple[int, tuple[int, ...]], ...] = ()
    maps: tuple[MapDef, ...] = ()  # maps named in `rN = NAME ll` lines
    loops: bool = False  # a counted loop or a bpf_loop callback: completeness is not promised

    def describe(self) -> str:
        """The program as a reader pastes it into a test."""
        inputs = ", ".join([f"ctx[{o}]" for o in self.ctx_offsets]
                           + [f"ctx[{o}] in {values}" for o, values in self.ctx_choices])
        maps = "".join(f"\n# map {m.name}: {m.map_type} key {m.key_size} value {m.value_size}" for m in self.maps)
        return (f"# {self.prog_type} sleepable={self.sleepable} inputs {inputs or 'none'} in 0..{DOMAIN - 1}"
                f"{' loops' if self.loops else ''}{maps}\n{self.asm}")

    @property
    def functions(self) -> tuple[str, ...]:
        """Names of the functions after the first (the entry)."""
        return tuple(m.group(1) for line in self.asm.splitlines() if (m := FUNCTION_LABEL.match(line.strip())))

    @property
    def globals(self) -> tuple[str, ...]:
        return tuple(line.split()[1] for line in self.asm.splitlines() if line.startswith(".globl "))


@dataclass(frozen=True)
class Transform:
    """One step from an input to the value a branch compares: its assembly on r2 and what it does to a value."""

    lines: tuple[str, ...]
    apply: Callable[[int], int]


@dataclass(frozen=True)
class Source:
    """A value a branch may depend on: a register or a stack slot holding it, and the values it can take."""

    text: str  # "r7", "*(u64 *)(r10 - 32)"
    values: tuple[int, ...]


@dataclass
class _Scope:
    """What one program's generation shares: fresh labels, the functions made so far, how many of each costly
    construct are still allowed (each multiplies the runs the enumeration makes)."""

    labels: int = 0
    functions: list[str] = field(default_factory=list)
    budget: Counter[str] = field(default_factory=lambda: Counter(
        {"loop": 1, "bpf_loop": 1, "lookup": 1, "static": 2, "global": 1}))
    used: set[str] = field(default_factory=set)

    def fresh(self) -> str:
        self.labels += 1
        return f"LBB0_{self.labels}"

    def take(self, kind: str) -> bool:
        if self.budget[kind] <= 0:
            return False
        self.budget[kind] -= 1
        self.used.add(kind)
        return True


@dataclass(frozen=True)
class _Where:
    """Where a body is generated: which values it may branch on and which constructs it may hold."""

    sources: tuple[Source, ...]
    top: bool = False  # the entry function's top level: loops, callbacks, subprogram calls and lookups allowed
    regions: bool = True  # a global function's regions do not carry back to its caller; its bodies open none


_IMM32 = range(-(1 << 31), 1 << 32)


@st.composite
def transforms(draw: st.DrawFn) -> Transform:
    kind = draw(st.sampled_from(("add", "mul3", "mask", "spill")))
    if kind == "add":
        c = draw(st.integers(1, 7))
        return Transform((f"r2 += {c}",), lambda v: v + c)
    if kind == "mul3":
        return Transform(("r2 *= 3",), lambda v: v * 3)
    if kind == "mask":
        m = draw(st.integers(1, 3))
        return Transform((f"r2 &= {m}",), lambda v: v & m)
    width = draw(st.sampled_from((8, 16, 32, 64)))
    reload = draw(st.sampled_from([w for w in (8, 16, 32, 64) if w <= width]))  # never past the spilled bytes
    return Transform((f"*(u{width} *)(r10 {SPILL_SLOT}) = r2", f"r2 = *(u{reload} *)(r10 {SPILL_SLOT})"),
                     lambda v: v & ((1 << reload) - 1))


def _images(values: tuple[int, ...], steps: list[Transform]) -> set[int]:
    images = set()
    for value in values:
        for step in steps:
            value = step.apply(value)
        images.add(value)
    return images


@st.composite
def conditions(draw: st.DrawFn, source: Source, label: str) -> tuple[str, ...]:
    """r2 derived from `source` through a few transforms, then a forward jump to `label` on it."""
    steps = draw(st.lists(transforms(), max_size=2))
    lines = [f"r2 = {source.text}"] + [line for step in steps for line in step.lines]
    images = _images(source.values, steps)
    bound = draw(st.sampled_from(sorted(images | {max(images) + 1})))
    op = draw(st.sampled_from(sorted(_JUMPS)))
    wide = draw(st.booleans())
    return (*lines, f"if {'r2' if wide else 'w2'} {op} {bound} goto {label}")


@st.composite
def wrapped_conditions(draw: st.DrawFn, source: Source, label: str) -> tuple[str, ...]:
    """32-bit arithmetic that wraps below zero (or negates) decides the branch: `w2 = wX; w2 += -c` leaves r2
    zero-extended, so a 64-bit compare sees 0xffff_fffe where a 32-bit signed one sees -2."""
    steps: list[Transform] = [Transform((f"w2 = w{source.text[1:]}",) if source.text.startswith("r")
                                        else (f"r2 = {source.text}", "w2 = w2"), lambda v: v & 0xFFFFFFFF)]
    kind = draw(st.sampled_from(("sub", "neg", "mul")))
    if kind == "sub":
        c = draw(st.integers(1, 3))
        steps.append(Transform((f"w2 += {-c}",), lambda v: (v - c) & 0xFFFFFFFF))
    elif kind == "neg":
        steps.append(Transform(("w2 = -w2",), lambda v: -v & 0xFFFFFFFF))
    else:
        steps.append(Transform(("w2 *= 1431655766",), lambda v: (v * 1431655766) & 0xFFFFFFFF))  # 2^32/3 + 1
    images = _images(source.values, steps)
    candidates = sorted(b for b in images | {max(images) + 1, 0, 1 << 31, 3} if b in _IMM32)
    bound = draw(st.sampled_from(candidates))
    op = draw(st.sampled_from(sorted(_JUMPS) + list(_SIGNED_JUMPS)))
    wide = draw(st.booleans())
    return (*(line for step in steps for line in step.lines), f"if {'r2' if wide else 'w2'} {op} {bound} goto {label}")


@st.composite
def guards(draw: st.DrawFn, source: Source, label: str) -> tuple[str, ...]:
    return draw(st.one_of(conditions(source, label), wrapped_conditions(source, label)))


def _frame_prologue() -> tuple[str, ...]:
    """A function's own copy_from_user buffer, initialised (every frame has its own stack)."""
    return ("r1 = 0", "*(u64 *)(r10 - 8) = r1")


@st.composite
def counted_loops(draw: st.DrawFn, scope: _Scope, where: _Where, depth: int) -> tuple[str, ...]:
    """`for (r9 = 0; r9 < N; r9++) body` with a constant N <= MAX_LOOP; the body may branch on r9."""
    bound = draw(st.integers(1, MAX_LOOP))
    head = scope.fresh()
    counter = Source(LOOP_COUNTER, tuple(range(bound)))
    inner = _Where((*where.sources, counter), regions=where.regions)
    body = draw(bodies(scope, inner, depth + 1))
    return (f"{LOOP_COUNTER} = 0", f"{head}:", *body, f"{LOOP_COUNTER} += 1",
            f"if {LOOP_COUNTER} < {bound} goto {head}")


@st.composite
def bpf_loops(draw: st.DrawFn, scope: _Scope, where: _Where, depth: int) -> tuple[str, ...]:
    """bpf_loop(N, callback, NULL, 0): the callback is a function of its own, run 0..N times in the caller's
    context; its body may branch on the iteration number."""
    count = draw(st.integers(1, 3))
    name = f"callback_{len(scope.functions)}"
    index = Source("r6", tuple(range(count)))
    body = draw(bodies(scope, _Where((index,), regions=where.regions), depth + 1))
    scope.functions.append("\n".join((f"{name}:", "r6 = r1", *_frame_prologue(), *body, "r0 = 0", "exit")))
    return (f"r1 = {count}", f"r2 = func {name}", "r3 = 0", "r4 = 0", "call bpf_loop")


@st.composite
def subprogram_calls(draw: st.DrawFn, scope: _Scope, where: _Where, depth: int, linkage: str) -> tuple[str, ...]:
    """A bpf-to-bpf call passing one input; the callee masks it again (a global function is verified with an
    unknown argument). A static callee may open or close regions for its caller; a global one opens none, since
    the kernel refuses a region that carries back from it."""
    source = draw(st.sampled_from([s for s in where.sources if s.text in INPUT_REGISTERS]))
    name = f"{linkage}_{len(scope.functions)}"
    argument = Source("r7", tuple(range(DOMAIN)))
    body = draw(bodies(scope, _Where((argument,), regions=where.regions and linkage == "static"), depth + 1))
    lines = (f"{name}:", "r7 = r1", f"r7 &= {DOMAIN - 1}", *_frame_prologue(), *body, "r0 = 0", "exit")
    scope.functions.append("\n".join(((f".globl {name}",) if linkage == "global" else ()) + lines))
    return (f"r1 = {source.text}", f"call {name}")


@st.composite
def map_lookups(draw: st.DrawFn, scope: _Scope, where: _Where, depth: int) -> tuple[str, ...]:
    """Look up key 0 of an array map and, when found, read its value once or twice (two reads are two unknowns:
    another CPU may write between them), mask each, keep it in a stack slot and branch on it."""
    reads = draw(st.integers(1, 2))
    skip = scope.fresh()
    lines = [f"*(u32 *)(r10 {KEY_SLOT}) = 0", "r2 = r10", f"r2 += {KEY_SLOT}", f"r1 = {VALUES_MAP.name} ll",
             "call bpf_map_lookup_elem", f"if r0 == 0 goto {skip}"]
    slots = []
    for slot in VALUE_SLOTS[:reads]:
        offset = draw(st.sampled_from((0, 4)))
        lines += [f"r1 = *(u32 *)(r0 + {offset})", f"r1 &= {DOMAIN - 1}", f"*(u64 *)(r10 {slot}) = r1"]
        slots.append(Source(f"*(u64 *)(r10 {slot})", tuple(range(DOMAIN))))
    if draw(st.integers(0, 3)) > 0:  # mostly: the live test compares what is written with the kernel's map
        lines += draw(map_writes(where.sources))
    body = draw(bodies(scope, _Where((*slots, *where.sources), regions=where.regions), depth + 1))
    return (*lines, *body, f"{skip}:")


@st.composite
def map_writes(draw: st.DrawFn, sources: tuple[Source, ...]) -> tuple[str, ...]:
    """A write through r0, the lookup's pointer: a store of any width or an atomic update (u32, u64), aligned as
    the kernel demands, of an input scaled so its upper bytes are not all zero (a store of the wrong width shows)."""
    source = draw(st.sampled_from([s for s in sources if s.text in INPUT_REGISTERS]))
    factor = draw(st.sampled_from((1, 0x10203, -0x61C88647)))
    lines = [f"r1 = {source.text}", f"r1 += {draw(st.integers(1, 7))}", f"r1 *= {factor}"]
    width = draw(st.sampled_from((8, 16, 32, 64)))
    atomic = width >= 32 and draw(st.booleans())
    offset = draw(st.sampled_from(range(0, VALUES_MAP.value_size, width // 8)))
    if atomic:
        op = draw(st.sampled_from("+|&^"))
        return (*lines, f"lock *(u{width} *)(r0 + {offset}) {op}= {'w' if width == 32 else 'r'}1")
    return (*lines, f"*(u{width} *)(r0 + {offset}) = r1")


@st.composite
def timers(draw: st.DrawFn, scope: _Scope) -> tuple[str, ...]:
    """Look up the timer of a `TIMERS_MAP` element and arm it: bpf_timer_init, bpf_timer_set_callback(callback),
    bpf_timer_start. The callback starts with a blocking call or not, then a body that branches on nothing (it
    runs in a frame of its own, with no input), and returns 0 as the kernel demands of an async callback."""
    skip = scope.fresh()
    name = f"timer_callback_{len(scope.functions)}"
    body = (*(BLOCKING if draw(st.booleans()) else ()), *draw(bodies(scope, _Where(()), 1)))
    scope.functions.append("\n".join((f"{name}:", *_frame_prologue(), *body, "r0 = 0", "exit")))
    pointer = (f"r1 = *(u64 *)(r10 {TIMER_SLOT})",)
    return (f"*(u32 *)(r10 {KEY_SLOT}) = 0", "r2 = r10", f"r2 += {KEY_SLOT}", f"r1 = {TIMERS_MAP.name} ll",
            "call bpf_map_lookup_elem", f"if r0 == 0 goto {skip}", f"*(u64 *)(r10 {TIMER_SLOT}) = r0",
            *pointer, f"r2 = {TIMERS_MAP.name} ll", "r3 = 1", "call bpf_timer_init",
            *pointer, f"r2 = func {name}", "call bpf_timer_set_callback",
            *pointer, "r2 = 0", "r3 = 0", "call bpf_timer_start", f"{skip}:")


@st.composite
def steps(draw: st.DrawFn, scope: _Scope, where: _Where, depth: int) -> tuple[str, ...]:
    kinds = ["blocking", "non-blocking"]
    if where.regions:
        kinds += ["open", "close"]
    if depth < 2:
        kinds += (["guard", "guard"] if where.sources else []) + (["bracket"] if where.regions else []) + \
            (["correlated"] if where.regions and where.sources else [])
    if where.top:
        kinds += [kind for kind in ("loop", "bpf_loop", "lookup", "static", "global") if scope.budget[kind] > 0]
    kind = draw(st.sampled_from(kinds))
    region = draw(st.sampled_from(sorted(REGIONS)))
    opener, closer = REGIONS[region]
    if kind == "open":
        return (f"call {opener}",)
    if kind == "close":
        return (f"call {closer}",)
    if kind == "blocking":
        return BLOCKING
    if kind == "non-blocking":
        return NON_BLOCKING
    if kind == "bracket":
        return (f"call {opener}", *draw(bodies(scope, where, depth + 1)), f"call {closer}")
    if kind in ("loop", "bpf_loop", "lookup", "static", "global"):
        scope.take(kind)
        inner = _Where(where.sources, regions=where.regions)
        if kind == "loop":
            return draw(counted_loops(scope, inner, depth))
        if kind == "bpf_loop":
            return draw(bpf_loops(scope, inner, depth))
        if kind == "lookup":
            return draw(map_lookups(scope, inner, depth))
        return draw(subprogram_calls(scope, inner, depth, kind))
    source = draw(st.sampled_from(where.sources))
    if kind == "guard":
        label = scope.fresh()
        return (*draw(guards(source, label)), *draw(bodies(scope, where, depth + 1)), f"{label}:")
    # correlated: open under one condition, close under another on the same value (often the same condition), or
    # on another one (a second read of a map value is another unknown)
    first, second = scope.fresh(), scope.fresh()
    guard = draw(conditions(source, first))
    same = (*guard[:-1], guard[-1].rsplit(" ", 1)[0] + f" {second}")
    other = draw(st.sampled_from(where.sources))
    closing = same if draw(st.booleans()) else draw(conditions(other, second))
    middle = draw(bodies(scope, where, depth + 1))
    return (*guard, f"call {opener}", f"{first}:", *middle, *closing, f"call {closer}", f"{second}:")


@st.composite
def bodies(draw: st.DrawFn, scope: _Scope, where: _Where, depth: int) -> tuple[str, ...]:
    parts = draw(st.lists(steps(scope, where, depth), max_size=3 if depth else 5))
    return tuple(line for part in parts for line in part)


@st.composite
def returns(draw: st.DrawFn, sources: tuple[Source, ...], prog_type: str) -> tuple[str, ...]:
    """r0 from the inputs, so a run's return value says something: a 32-bit wrap-around among the ways, and its
    upper half (`>>= 32`), since BPF_PROG_TEST_RUN gives back only the low 32 bits of r0."""
    registers = [s.text for s in sources]
    kind = draw(st.sampled_from(("zero", "sum", "wrap", "high")))
    if kind == "zero":
        lines = ["r0 = 0"]
    elif kind == "sum":
        lines = [f"r0 = {registers[0]}", "r0 *= 5"] + [f"r0 += {r}" for r in registers[1:]]
    else:
        lines = [f"w0 = w{registers[-1][1:]}", f"w0 += {-draw(st.integers(1, 3))}"]
        lines += ["r0 >>= 32"] if kind == "high" else []
    if prog_type == "xdp":
        lines.append("r0 &= 3")  # an xdp action
    return tuple(lines)


def _inputs(prog_type: str, offsets: tuple[int, ...]) -> tuple[str, ...]:
    """Load and mask the inputs into r7, r8: ctx bytes, or packet bytes once the packet is known to hold them."""
    registers = INPUT_REGISTERS[:len(offsets)]
    if prog_type != "xdp":
        return tuple(line for register, offset in zip(registers, offsets, strict=True)
                     for line in (f"{register} = *(u8 *)(r6 + {offset})", f"{register} &= {DOMAIN - 1}"))
    loads = [line for register, offset in zip(registers, offsets, strict=True)
             for line in (f"{register} = *(u8 *)(r2 + {offset})", f"{register} &= {DOMAIN - 1}")]
    return (*(f"{register} = 0" for register in registers), "r2 = *(u32 *)(r6 + 0)",
            f"r3 = *(u32 *)(r6 + {XDP_DATA_END})", "r1 = r2", f"r1 += {max(offsets) + 1}",
            "if r1 > r3 goto LBB0_short", *loads, "LBB0_short:")


@st.composite
def programs(draw: st.DrawFn, flavours: tuple[tuple[str, bool], ...] = FLAVOURS, *, shapes: bool = True,
             loops: bool = True) -> GeneratedProgram:
    """A program for one of `flavours` (program type, sleepable). With `loops` False it has no counted loop and no
    bpf_loop; with `shapes` False it also has one function and no map (the first generator's programs)."""
    prog_type, sleepable = draw(st.sampled_from(flavours))
    offered = PACKET_OFFSETS if prog_type == "xdp" else CTX_OFFSETS_BY_TYPE[prog_type]
    offsets = tuple(draw(st.lists(st.sampled_from(offered), min_size=1, max_size=len(INPUT_REGISTERS),
                                  unique=True)))
    sources = tuple(Source(register, tuple(range(DOMAIN))) for register in INPUT_REGISTERS[:len(offsets)])
    scope = _Scope()
    if not shapes:
        scope.budget.clear()
    if not loops:
        scope.budget["loop"] = scope.budget["bpf_loop"] = 0
    # A program that arms a timer opens no region outside the callback: the interpreter ends a run at a region
    # misuse (one left open at exit included) before the callback ever runs, while the checker checks the callback
    # wherever a path arms it; the two disagree on such programs, which the kernel refuses anyway.
    timer = shapes and prog_type in TIMER_FLAVOURS and draw(st.integers(0, 3)) == 0
    body = draw(bodies(scope, _Where(sources, top=True, regions=not timer), 0))
    if timer:
        armed = draw(timers(scope))
        body = (*armed, *body) if draw(st.booleans()) else (*body, *armed)
        scope.used.add("timer")
    prologue = ("r6 = r1", *_frame_prologue(), *_inputs(prog_type, offsets))
    main = "\n".join((*prologue, *body, *draw(returns(sources, prog_type)), "exit"))
    if prog_type == "xdp":
        return GeneratedProgram("\n\n".join((main, *scope.functions)), prog_type, sleepable, (),
                                ((XDP_DATA_END, (0, PACKET_SIZE)),), _maps(scope), _loops(scope))
    return GeneratedProgram("\n\n".join((main, *scope.functions)), prog_type, sleepable, offsets, (),
                            _maps(scope), _loops(scope))


def _maps(scope: _Scope) -> tuple[MapDef, ...]:
    return tuple(spec for kind, spec in (("lookup", VALUES_MAP), ("timer", TIMERS_MAP)) if kind in scope.used)


def _loops(scope: _Scope) -> bool:
    return bool(scope.used & {"loop", "bpf_loop"})


# -- metamorphic variants: the same program, written otherwise ---------------------------------------------------

_SCRATCH_SLOTS = tuple(range(-48, -129, -8))  # stack the generator never uses
_MAIN_REGISTERS = ("r6", "r7", "r8", "r9")  # callee-saved: the entry function's ctx, inputs and loop counter


def _main_and_rest(asm: str) -> tuple[list[str], list[str]]:
    lines = asm.splitlines()
    cut = next((i for i, line in enumerate(lines) if FUNCTION_LABEL.match(line.strip()) or line.startswith(".globl")),
               len(lines))
    return lines[:cut], lines[cut:]


def _after_prologue(main: list[str]) -> int:
    """The index after the inputs are loaded and masked (and, for xdp, after the packet check)."""
    marks = [i for i, line in enumerate(main) if line in ("LBB0_short:",) or
             re.fullmatch(rf"r[78] &= {DOMAIN - 1}", line)]
    return (marks[-1] if marks else 2) + 1


@st.composite
def dead_code(draw: st.DrawFn, program: GeneratedProgram) -> GeneratedProgram:
    """A blocking call or an unclosed region under a guard that never holds (r7 is masked to 0..DOMAIN-1): the
    kernel prunes the branch by r7's range, so it does not refuse it as unreachable."""
    main, rest = _main_and_rest(program.asm)
    region = REGIONS[draw(st.sampled_from(sorted(REGIONS)))][0]
    dead = draw(st.sampled_from((BLOCKING, (f"call {region}",), (f"call {REGIONS['rcu'][1]}",))))
    at = _after_prologue(main)
    guard = ("r2 = r7", f"if r2 <= {DOMAIN - 1} goto LBB0_dead", *dead, "LBB0_dead:")
    return replace(program, asm="\n".join((*main[:at], *guard, *main[at:], *rest)))


@st.composite
def renamed_registers(draw: st.DrawFn, program: GeneratedProgram) -> GeneratedProgram:
    """The entry function's callee-saved registers permuted (r6..r9, and their w halves)."""
    order = draw(st.permutations(_MAIN_REGISTERS))
    rename = dict(zip((r[1:] for r in _MAIN_REGISTERS), (r[1:] for r in order), strict=True))
    main, rest = _main_and_rest(program.asm)
    pattern = re.compile(r"\b([rw])([6-9])\b")
    main = [pattern.sub(lambda m: m.group(1) + rename[m.group(2)], line) for line in main]
    return replace(program, asm="\n".join((*main, *rest)))


@st.composite
def moved_slot(draw: st.DrawFn, program: GeneratedProgram) -> GeneratedProgram:
    """One stack slot (the copy_from_user buffer, the spill slot, the map key or a map value's slot) moved to
    unused stack, in every function: every access and every pointer to it changes offset."""
    old = draw(st.sampled_from((-8, SPILL_SLOT, KEY_SLOT, *VALUE_SLOTS)))
    new = draw(st.sampled_from(_SCRATCH_SLOTS))
    asm = re.sub(rf"\(r10 ?- ?{-old}\)", f"(r10 - {-new})", program.asm)
    asm = re.sub(rf"^(r[12]) \+= {old}$", rf"\1 += {new}", asm, flags=re.MULTILINE)
    return replace(program, asm=asm)


@st.composite
def split_block(draw: st.DrawFn, program: GeneratedProgram) -> GeneratedProgram:
    """A `goto +0` before some instruction: a block split in two, nothing else."""
    lines = program.asm.splitlines()
    places = [i for i, line in enumerate(lines) if line and not line.startswith((".", "#"))
              and not line.endswith(":") and (i == 0 or lines[i - 1] != "exit")]
    at = draw(st.sampled_from(places))
    return replace(program, asm="\n".join((*lines[:at], "goto +0", *lines[at:])))


METAMORPHS = {"dead code": dead_code, "renamed registers": renamed_registers, "moved stack slot": moved_slot,
              "split block": split_block}


@st.composite
def metamorphic_pairs(draw: st.DrawFn, programs_: st.SearchStrategy[GeneratedProgram]
                      ) -> tuple[GeneratedProgram, str, GeneratedProgram]:
    """(program, the name of a rewriting, the program rewritten): the sleep and region verdicts must not change."""
    program = draw(programs_)
    name = draw(st.sampled_from(sorted(METAMORPHS)))
    return program, name, draw(METAMORPHS[name](program))
