"""Where the concrete interpreter's unknowns come from: a mapping of input values, read through a recorder.

The recorder keeps every key a run asked for, in order, and which of them the mapping lacked (those read as the
default), so an enumerator can run once with no inputs, learn the input space of that path, and try values for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sleepcheck.model.semantics.concrete_alu import MASK64
from sleepcheck.model.semantics.inputs import InputKey, InputKind


class InputReader:
    def __init__(self, inputs: Mapping[InputKey, int], default: int) -> None:
        self._inputs = inputs
        self._default = default
        self.used: dict[InputKey, None] = {}  # ordered set
        self.missing: dict[InputKey, None] = {}

    def read(self, key: InputKey) -> int:
        """The input's value as an unsigned 64-bit int (a mapping may give it signed)."""
        self.used[key] = None
        value = self._inputs.get(key)
        if value is None:
            self.missing[key] = None
            value = self._default
        return value & MASK64

    def at(self, kind: InputKind, function: str, insn: int, occurrence: int, detail: int = 0) -> int:
        return self.read(_new_key(InputKey, (kind, function, insn, occurrence, detail)))

    def bytes_at(self, kind: InputKind, function: str, insn: int, occurrence: int, details: Iterable[int]) -> list[int]:
        """The low bytes of several inputs of one execution (a helper's bytes written through a pointer)."""
        return [self.read(_new_key(InputKey, (kind, function, insn, occurrence, detail))) & 0xFF
                for detail in details]


# an InputKey from its fields without NamedTuple's Python-level __new__: a run of a loop reads tens of thousands
_new_key = tuple.__new__
