"""Findings and verdicts: three-valued, frozen, and the only thing engines hand to reports.

Running out of paths is never a proof: a bounded search that finds nothing while longer runs exist is `unknown`
with the bound in its reason, never `safe`.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field


class Verdict(enum.Enum):
    SAFE = "safe"
    VIOLATION = "violation"
    UNKNOWN = "unknown"
    ERROR = "error"

    @staticmethod
    def worst(verdicts: list[Verdict]) -> Verdict:
        for candidate in (Verdict.ERROR, Verdict.VIOLATION, Verdict.UNKNOWN):
            if candidate in verdicts:
                return candidate
        return Verdict.SAFE


class Obligation(enum.Enum):
    ADMISSIBLE = "admissible"
    NO_SLEEP_IN_ATOMIC = "no-sleep-in-atomic"
    REGIONS_BALANCED = "regions-balanced"
    KERNEL_CONTRACT = "kernel-contract"


@dataclass(frozen=True)
class Location:
    function: str
    insn: int  # instruction index within the function
    slot: int  # slot within the function's section, as objdump numbers it
    source: str | None = None  # "file:line:col: text"


@dataclass(frozen=True)
class Witness:
    """`inputs` may instead hold one entry, EVERY_INPUT: every input the run reads takes that value (a plain run)."""

    path: tuple[Location, ...]
    region: str | None  # the region open at the violation ("rcu", ...; None: a non-sleepable context)
    opened_at: Location | None
    inputs: Mapping[str, int] = field(default_factory=dict)  # described input -> value
    left_out: int = 0  # instructions of a very long path not kept, between path[:left_out_after] and the rest
    left_out_after: int = 0


EVERY_INPUT = "every input"


@dataclass(frozen=True)
class Finding:
    obligation: Obligation
    verdict: Verdict
    message: str
    at: Location | None = None
    proof: str | None = None  # how a safe finding was proved
    reason: str | None = None  # why a finding is unknown
    witness: Witness | None = None
    rule: str | None = None  # the kernel rule a contract finding names
    unsettled: Obligation | None = None  # what a contract finding on a run the kernel does not take leaves open


@dataclass(frozen=True)
class ProgramResult:
    file: str
    program: str
    section: str
    prog_type: str
    sleepable: bool
    findings: tuple[Finding, ...]
    seconds: float
    error: str | None = None
    internal: bool = False  # the error, or an unknown finding, is a failure of sleepcheck's own (a bug)

    @property
    def verdict(self) -> Verdict:
        if self.error is not None:
            return Verdict.ERROR
        return Verdict.worst([f.verdict for f in self.findings])
