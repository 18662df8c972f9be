"""Hypothesis strategies that generate small BPF programs the kernel would accept but for the sleep rules.

A generated program reads a few context bytes, masks each to 0..DOMAIN-1 (so running it on every assignment of
those bytes in that domain is every run there is), branches on values derived from them (copies, `+c`, `*3`,
masks, stack spills of each width and reloads, 32-bit compares), opens and closes regions (balanced or not) and
calls a blocking helper (bpf_copy_from_user) or a non-blocking one (bpf_get_prandom_u32), then returns 0. The
inputs live in callee-saved registers (r7, r8), so every call leaves them intact; r1-r5 are written before use,
and the stack slot handed to bpf_copy_from_user is initialised first. Programs are loop-free: every jump is
forward. Each is kept as LLVM assembly text, so a shrunk counterexample can be pasted into a test.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from hypothesis import strategies as st

DOMAIN = 4  # each input is masked with DOMAIN - 1
INPUT_REGISTERS = ("r7", "r8")
CTX_OFFSETS = (0, 8, 16)  # byte offsets the programs read; valid in pt_regs and in a syscall program's ctx
SPILL_SLOT = -16  # bpf_copy_from_user writes -8..-1, so spills stay clear of it
BLOCKING = ("r1 = r10", "r1 += -8", "r2 = 8", "r3 = 0", "call bpf_copy_from_user")
NON_BLOCKING = ("call bpf_get_prandom_u32",)
# A region's kfunc pair: (open, close).
REGIONS = {"rcu": ("bpf_rcu_read_lock", "bpf_rcu_read_unlock"),
           "preempt": ("bpf_preempt_disable", "bpf_preempt_enable")}
# (program type, sleepable): a syscall program is sleepable, a kprobe program is not.
FLAVOURS = (("syscall", True), ("kprobe", False))
_JUMPS: dict[str, Callable[[int, int], bool]] = {
    "==": lambda a, b: a == b, "!=": lambda a, b: a != b, ">": lambda a, b: a > b,
    "<": lambda a, b: a < b, ">=": lambda a, b: a >= b, "<=": lambda a, b: a <= b,
}


@dataclass(frozen=True)
class GeneratedProgram:
    asm: str
    prog_type: str
    sleepable: bool
    ctx_offsets: tuple[int, ...]  # the context bytes the program reads, each masked to 0..DOMAIN-1

    def describe(self) -> str:
        """The program as a reader pastes it into a test."""
        inputs = ", ".join(f"ctx[{o}]" for o in self.ctx_offsets)
        return f"# {self.prog_type} sleepable={self.sleepable} inputs {inputs} in 0..{DOMAIN - 1}\n{self.asm}"


@dataclass(frozen=True)
class Transform:
    """One step from an input to the value a branch compares: its assembly on r2 and what it does to a value."""

    lines: tuple[str, ...]
    apply: Callable[[int], int]


class _Labels:
    """Fresh label names for one program."""

    def __init__(self) -> None:
        self.count = 0

    def fresh(self) -> str:
        self.count += 1
        return f"LBB0_{self.count}"


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


@st.composite
def conditions(draw: st.DrawFn, register: str, label: str) -> tuple[str, ...]:
    """r2 derived from `register` through a few transforms, then a forward jump to `label` on it."""
    steps = draw(st.lists(transforms(), max_size=2))
    lines = [f"r2 = {register}"] + [line for step in steps for line in step.lines]
    images = set()
    for value in range(DOMAIN):
        for step in steps:
            value = step.apply(value)
        images.add(value)
    bound = draw(st.sampled_from(sorted(images | {max(images) + 1})))
    op = draw(st.sampled_from(sorted(_JUMPS)))
    wide = draw(st.booleans())
    return (*lines, f"if {'r2' if wide else 'w2'} {op} {bound} goto {label}")


@st.composite
def steps(draw: st.DrawFn, registers: tuple[str, ...], labels: _Labels, depth: int) -> tuple[str, ...]:
    kinds = ["open", "close", "blocking", "non-blocking"]
    if depth < 2:
        kinds += ["bracket", "guard", "guard", "correlated"]
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
        return (f"call {opener}", *draw(bodies(registers, labels, depth + 1)), f"call {closer}")
    register = draw(st.sampled_from(registers))
    if kind == "guard":
        label = labels.fresh()
        return (*draw(conditions(register, label)), *draw(bodies(registers, labels, depth + 1)), f"{label}:")
    # correlated: open under one condition, close under another on the same input (often the same one)
    first, second = labels.fresh(), labels.fresh()
    guard = draw(conditions(register, first))
    same = (*guard[:-1], guard[-1].rsplit(" ", 1)[0] + f" {second}")
    closing = same if draw(st.booleans()) else draw(conditions(register, second))
    middle = draw(bodies(registers, labels, depth + 1))
    return (*guard, f"call {opener}", f"{first}:", *middle, *closing, f"call {closer}", f"{second}:")


@st.composite
def bodies(draw: st.DrawFn, registers: tuple[str, ...], labels: _Labels, depth: int) -> tuple[str, ...]:
    parts = draw(st.lists(steps(registers, labels, depth), max_size=3 if depth else 5))
    return tuple(line for part in parts for line in part)


@st.composite
def programs(draw: st.DrawFn, flavours: tuple[tuple[str, bool], ...] = FLAVOURS) -> GeneratedProgram:
    """A loop-free program for one of `flavours` (program type, sleepable)."""
    prog_type, sleepable = draw(st.sampled_from(flavours))
    offsets = tuple(draw(st.lists(st.sampled_from(CTX_OFFSETS), min_size=1, max_size=len(INPUT_REGISTERS),
                                  unique=True)))
    registers = INPUT_REGISTERS[:len(offsets)]
    prologue = ["r6 = r1", "r1 = 0", "*(u64 *)(r10 - 8) = r1"]
    for register, offset in zip(registers, offsets, strict=True):
        prologue += [f"{register} = *(u8 *)(r6 + {offset})", f"{register} &= {DOMAIN - 1}"]
    body = draw(bodies(registers, _Labels(), 0))
    return GeneratedProgram("\n".join((*prologue, *body, "r0 = 0", "exit")), prog_type, sleepable, offsets)
