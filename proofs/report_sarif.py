"""The SARIF 2.1.0 report, for CI pipelines that annotate source lines (GitHub code scanning and the like).

One rule per obligation; one result per violation (level "error") and per unknown finding (level "warning"), at
the source line of the finding where known, else at the object file with the program and slot as a logical
location. A witness becomes a code flow, its region's opening a related location, its inputs properties. A file
that could not be read is a tool execution notification, and the invocation is marked unsuccessful.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Sequence
from importlib import metadata
from pathlib import PurePosixPath
from typing import Any

from sleepcheck.proofs.report import parse_source
from sleepcheck.proofs.verdict import Finding, Location, Obligation, ProgramResult, Verdict

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Verdict.VIOLATION: "error", Verdict.UNKNOWN: "warning"}
_RULES = {
    Obligation.ADMISSIBLE: "The program may be loaded sleepable for its type, attach type and hook.",
    Obligation.NO_SLEEP_IN_ATOMIC: "No feasible path calls a blocking helper or kfunc in atomic context.",
    Obligation.REGIONS_BALANCED: "Every region opened is closed before exit, in order.",
    Obligation.KERNEL_CONTRACT: "The verifier's conservative sleep rules hold, so the kernel loads the program.",
}


def render(results: Sequence[ProgramResult], kernel: str) -> str:
    return json.dumps(document(results, kernel), indent=2) + "\n"


def document(results: Sequence[ProgramResult], kernel: str) -> dict[str, Any]:
    rules = list(_RULES)
    notifications = [{"level": "error", "message": {"text": result.error},
                      "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(result.file)}}}]}
                     for result in results if result.error is not None]
    run = {
        "tool": {"driver": {
            "name": "sleepcheck",
            "version": metadata.version("sleepcheck"),
            "rules": [{"id": o.value, "shortDescription": {"text": _RULES[o]}} for o in rules],
        }},
        "invocations": [{"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}],
        "properties": {"kernel": kernel},
        "results": [_result(result, finding, rules.index(finding.obligation))
                    for result in results for finding in result.findings if finding.verdict in _LEVEL],
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def _uri(path: str) -> str:
    pure = PurePosixPath(path)
    return pure.as_uri() if pure.is_absolute() else urllib.parse.quote(str(pure))


def _location(result: ProgramResult, location: Location | None, message: str | None = None) -> dict[str, Any]:
    source = parse_source(location)
    physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(source.file if source else result.file)}}
    if source is not None and source.line > 0:
        physical["region"] = {"startLine": source.line, **({"startColumn": source.column} if source.column else {})}
    name = result.program if location is None else f"{location.function}+{location.slot}"
    entry: dict[str, Any] = {"physicalLocation": physical,
                             "logicalLocations": [{"name": name, "kind": "function",
                                                   "fullyQualifiedName": f"{result.file}:{name}"}]}
    if message is not None:
        entry["message"] = {"text": message}
    return entry


def _result(result: ProgramResult, finding: Finding, rule_index: int) -> dict[str, Any]:
    text = finding.message if finding.reason is None else f"{finding.message} ({finding.reason})"
    entry: dict[str, Any] = {
        "ruleId": finding.obligation.value,
        "ruleIndex": rule_index,
        "level": _LEVEL[finding.verdict],
        "message": {"text": text},
        "locations": [_location(result, finding.at)],
        "properties": {"file": result.file, "program": result.program, "section": result.section,
                       "verdict": finding.verdict.value, "rule": finding.rule, "reason": finding.reason},
    }
    witness = finding.witness
    if witness is not None:
        entry["codeFlows"] = [{"threadFlows": [{"locations": [{"location": _location(result, step)}
                                                              for step in witness.path]}]}]
        if witness.opened_at is not None:
            entry["relatedLocations"] = [{"id": 1, **_location(result, witness.opened_at,
                                                                f"{witness.region} region opened here")}]
        entry["properties"]["inputs"] = dict(witness.inputs)
        if witness.left_out:
            entry["properties"]["pathLeftOut"] = {"instructions": witness.left_out, "after": witness.left_out_after}
    return entry
