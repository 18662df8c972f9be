"""The JSON report, the contract the README documents:

`{"kernel", "programs": [{"file", "program", "section", "prog_type", "sleepable", "verdict", "error", "findings":
[{"obligation", "verdict", "message", "insn", "source", "proof", "reason", "rule", "witness"}], "seconds"}]}`,
a witness being `{"path": [{"insn", "source"}], "region": {"kind", "opened_at": {"insn", "source"}} | null,
"inputs": {name: value}, "left_out": {"instructions", "after"}}` (a path of more than a few hundred instructions
keeps its start and its end: `instructions` were left out after the first `after` entries). `insn` is the slot
within the function's section, as objdump numbers it; `source` is "file:line:col: text" or null. A file that
could not be read is one entry with verdict "error", its message in
"error", and null program fields.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sleepcheck.proofs.verdict import Finding, Location, ProgramResult, Witness


def render(results: Sequence[ProgramResult], kernel: str) -> str:
    return json.dumps(document(results, kernel), indent=2) + "\n"


def document(results: Sequence[ProgramResult], kernel: str) -> dict[str, Any]:
    return {"kernel": kernel, "programs": [program_entry(result) for result in results]}


def program_entry(result: ProgramResult) -> dict[str, Any]:
    unread = result.error is not None and not result.program
    untyped = unread or not result.prog_type  # a section libbpf gives no program type
    return {
        "file": result.file,
        "program": None if unread else result.program,
        "section": None if unread else result.section,
        "prog_type": None if untyped else result.prog_type,
        "sleepable": None if untyped else result.sleepable,
        "verdict": result.verdict.value,
        "error": result.error,
        "findings": [finding_entry(finding) for finding in result.findings],
        "seconds": round(result.seconds, 6),
    }


def location_entry(location: Location) -> dict[str, Any]:
    return {"insn": location.slot, "source": location.source}


def finding_entry(finding: Finding) -> dict[str, Any]:
    return {
        "obligation": finding.obligation.value,
        "verdict": finding.verdict.value,
        "message": finding.message,
        "insn": finding.at.slot if finding.at else None,
        "source": finding.at.source if finding.at else None,
        "proof": finding.proof,
        "reason": finding.reason,
        "rule": finding.rule,
        "witness": witness_entry(finding.witness) if finding.witness else None,
    }


def witness_entry(witness: Witness) -> dict[str, Any]:
    region = None if witness.region is None else {
        "kind": witness.region,
        "opened_at": location_entry(witness.opened_at) if witness.opened_at else None,
    }
    return {"path": [location_entry(location) for location in witness.path], "region": region,
            "inputs": dict(witness.inputs), "left_out": {"instructions": witness.left_out,
                                                         "after": witness.left_out_after}}
