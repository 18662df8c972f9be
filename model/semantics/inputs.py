"""The names of a program's unknowns, shared by the SMT encoding and the concrete interpreter.

A witness is a set of input values; replaying it means running the interpreter with the same values. The two
sides share only this vocabulary, never a rule: each computes what the inputs mean on its own.

- Context bytes are one unknown per byte offset, stable for the whole run (the kernel hands the program one ctx).
- Memory that is neither stack nor context (map values, packet data, globals other than frozen `.rodata`, kernel
  pointers) gives a fresh unknown at every load: another CPU or user space may write it between two reads.
- Helper and kfunc results, the iteration count of a callback-taking helper, and a `may_goto` decision are
  unknowns at each execution of the instruction: `occurrence` counts how many times that instruction of that
  function ran before in the same run (0 for the first).
- A global function checked on its own gets its argument registers as unknowns.
- The result of a helper whose every call in a run returns the same value (the CPU id, the current task) is one
  unknown per helper, named by the helper (`function`), whichever call reads it.
- The bytes a helper or kfunc fills through a pointer argument (bpf_probe_read_user into the stack) are unknowns at
  each execution of the call, one per byte: `detail` is the argument register times 65536 plus the byte's offset
  from the pointer.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import NamedTuple


class InputKind(enum.Enum):
    CTX_BYTE = "ctx"
    LOAD = "load"
    CALL_RESULT = "result"
    CALLBACK_COUNT = "iterations"
    MAY_GOTO = "may_goto"
    ARGUMENT = "argument"
    RODATA_BYTE = "rodata"
    WRITTEN = "written"
    CO_RE = "co_re"  # an immediate libbpf relocates from the target kernel's BTF (a field's existence, a type's size)
    RUN_CONSTANT = "run_constant"  # a helper's result that is one value for the whole run (`function`: its name)

    # by identity, in C: every InputKey hashes its kind, and Enum's own __hash__ is Python code (a quarter of a long
    # run's time went to it). A member is only ever equal to itself, so identity keeps hash and == agreeing.
    __hash__ = object.__hash__


class InputKey(NamedTuple):
    """A named tuple, not a dataclass: a run of a loop reads tens of thousands (each byte a helper writes)."""

    kind: InputKind
    function: str = ""
    insn: int = 0  # instruction index within `function`
    occurrence: int = 0
    detail: int = 0  # CTX_BYTE/RODATA_BYTE: byte offset; ARGUMENT: register number; WRITTEN: see written_detail

    def describe(self) -> str:
        match self.kind:
            case InputKind.CTX_BYTE:
                return f"ctx[{self.detail}]"
            case InputKind.RODATA_BYTE:
                return f"rodata[{self.detail}]"
            case InputKind.ARGUMENT:
                return f"{self.function}: r{self.detail}"
            case InputKind.RUN_CONSTANT:
                return f"{self.function}() (every call of the run)"
            case InputKind.WRITTEN:
                nth = f" (run {self.occurrence + 1})" if self.occurrence else ""
                arg, offset = divmod(self.detail, WRITTEN_ARG)
                return f"{self.function}+{self.insn} written r{arg}[{offset}]{nth}"
            case _:
                nth = f" (run {self.occurrence + 1})" if self.occurrence else ""
                return f"{self.function}+{self.insn} {self.kind.value}{nth}"


Inputs = Mapping[InputKey, int]

# inputs named by an instruction of a function (`insn`); the others by a byte offset, a register or a helper
AT_INSTRUCTION = frozenset({InputKind.LOAD, InputKind.CALL_RESULT, InputKind.CALLBACK_COUNT, InputKind.MAY_GOTO,
                            InputKind.WRITTEN, InputKind.CO_RE})

WRITTEN_ARG = 65536


def written_detail(arg: int, offset: int) -> int:
    """The `detail` of the byte at `offset` filled through argument register `arg`."""
    return arg * WRITTEN_ARG + offset

# A map lookup (or any helper returning a possibly-NULL pointer) is modelled as: result 0 is NULL, any other
# value is a valid pointer to fresh memory; both sides use the same convention.
NULL = 0
