"""Every program of tests/bpf gets the verdict its expected-verdicts entry gives, with the obligation named, and
every violation carries a witness (witnesses are replayed before they are reported, so one here has replayed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sleepcheck.model.elf import load_object
from sleepcheck.model.kernel.loader import load_kernel_model
from sleepcheck.proofs.check import check_program
from sleepcheck.proofs.options import CheckOptions
from sleepcheck.proofs.verdict import Obligation, Verdict

BPF = Path(__file__).resolve().parents[1] / "bpf"
EXPECTED = json.loads((BPF / "expected-verdicts.json").read_text())["programs"]
KERNEL = load_kernel_model("6.18")
OPTIONS = CheckOptions(bound=16)


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_corpus_verdict(key: str) -> None:
    entry = EXPECTED[key]
    object_name, program_name = key.split(":")
    obj = load_object(str(BPF / "obj" / object_name))
    result = check_program(obj, obj.program(program_name), KERNEL, OPTIONS)
    assert result.verdict.value == entry["verdict"], [
        (f.obligation.value, f.verdict.value, f.message, f.reason) for f in result.findings]
    if entry["verdict"] == "violation":
        violated = {f.obligation for f in result.findings if f.verdict is Verdict.VIOLATION}
        assert Obligation(entry["obligation"]) in violated
        for finding in result.findings:
            if finding.verdict is Verdict.VIOLATION and finding.obligation is not Obligation.ADMISSIBLE:
                assert finding.witness is not None and finding.witness.path


def test_lost_precision_cases_are_marked_and_proved() -> None:
    """Where the kernel refuses a program that never sleeps in atomic context, we prove it safe."""
    lost = [key for key, entry in EXPECTED.items() if entry.get("lost_precision")]
    assert lost, "the corpus must keep programs the kernel refuses only for lost precision"
    for key in lost:
        assert EXPECTED[key]["kernel"] == "refused" and EXPECTED[key]["verdict"] == "safe"
