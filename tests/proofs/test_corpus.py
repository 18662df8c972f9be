"""Every program of tests/bpf gets the verdict its expected-verdicts entry gives, with the obligation named, and
every violation carries a witness (witnesses are replayed before they are reported, so one here has replayed)."""

from __future__ import annotations

import collections
import json
from dataclasses import replace
from pathlib import Path

import pytest

from sleepcheck.model.elf import load_object
from sleepcheck.model.kernel.loader import load_kernel_model
from sleepcheck.model.semantics.kernel_addresses import is_kernel_object
from sleepcheck.proofs.check import check_program
from sleepcheck.proofs.options import CheckOptions
from sleepcheck.proofs.verdict import Finding, Obligation, Verdict

BPF = Path(__file__).resolve().parents[1] / "bpf"
EXPECTED = json.loads((BPF / "expected-verdicts.json").read_text())["programs"]
KERNEL = load_kernel_model("6.18")
OPTIONS = CheckOptions(bound=16)


# what a blocking call's message names where the verifier's refusal names its context (kernel-sleep-rules.md
# section 3: the program's own flag first, then RCU, then preemption, then IRQs)
NAMED_CONTEXT = {"in rcu_read_lock region": "RCU read-side section", "within rcu_read_lock region":
                 "RCU read-side section", "non-preemptible region": "preemption-disabled region",
                 "IRQ-disabled region": "IRQ-disabled region", "in a non-sleepable prog": "atomic context",
                 "program must be sleepable": "atomic context"}


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
        named = [text for words, text in NAMED_CONTEXT.items() if words in entry.get("kernel_message", "")]
        if named and entry["obligation"] == Obligation.NO_SLEEP_IN_ATOMIC.value:
            messages = [f.message.replace("non-sleepable context", "atomic context") for f in result.findings
                        if f.verdict is Verdict.VIOLATION and f.obligation is Obligation.NO_SLEEP_IN_ATOMIC]
            assert any(named[0] in message for message in messages), (entry["kernel_message"], messages)


def test_lost_precision_cases_are_marked_and_proved() -> None:
    """Where the kernel refuses a program that never sleeps in atomic context, we prove it safe."""
    lost = [key for key, entry in EXPECTED.items() if entry.get("lost_precision")]
    assert lost, "the corpus must keep programs the kernel refuses only for lost precision"
    for key in lost:
        assert EXPECTED[key]["kernel"] == "refused" and EXPECTED[key]["verdict"] == "safe"


def _described(finding: Finding) -> tuple[object, ...]:
    """What a reader is told of a finding. Where the section was opened is told by its source line: clang may copy
    one call into two instructions, and two runs may open the section at either."""
    witness = finding.witness
    opened = witness.opened_at if witness else None
    return (finding.obligation.value, finding.at, finding.verdict.value, finding.message,
            witness.region if witness else None, opened.source if opened else None)


def test_plain_runs_say_what_the_engines_say() -> None:
    """A violation a plain run shows (before any solver) is the one the engines find, described the same way: the
    same sites and verdicts, and for each violation the same message, open region and where it was opened. About
    two thirds of the corpus's violations are found so, sleeps and region misuses both, and the engines must still
    find each on their own."""
    plain: collections.Counter[Obligation] = collections.Counter()
    for key in sorted(EXPECTED):
        object_name, program_name = key.split(":")
        obj = load_object(str(BPF / "obj" / object_name))
        program = obj.program(program_name)
        engines = check_program(obj, program, KERNEL, replace(OPTIONS, plain_runs=False))
        result = check_program(obj, program, KERNEL, OPTIONS)
        assert sorted(map(_described, result.findings), key=repr) == sorted(map(_described, engines.findings),
                                                                             key=repr), key
        solved = {(f.obligation, f.at): f.witness for f in engines.findings}
        plain.update(f.obligation for f in result.findings
                     if f.witness is not None and f.witness != solved[(f.obligation, f.at)])
    assert plain[Obligation.NO_SLEEP_IN_ATOMIC] >= 30 and plain[Obligation.REGIONS_BALANCED] >= 5, plain


@pytest.mark.parametrize(("name", "verdict"), [
    ("data_rodata_flag_off", "violation"),  # a skeleton may set the flag
    ("data_rodata_pair", "violation"),
    # the table's bytes are inputs, but the three reads at one index read the same byte: still a proof
    ("data_rodata_table_index", "safe"),
])
def test_rodata_unknown(name: str, verdict: str) -> None:
    """With --rodata-unknown, .rodata bytes are inputs a loader may set, read alike by the solver and by a run,
    at a constant offset or at one the code computes."""
    obj = load_object(str(BPF / "obj" / f"{name}.bpf.o"))
    result = check_program(obj, obj.programs[0], KERNEL, replace(OPTIONS, rodata_unknown=True))
    assert result.verdict.value == verdict, [(f.obligation.value, f.verdict.value, f.reason) for f in result.findings]


@pytest.mark.parametrize("name", ["loop_flag_hands_section_to_next_iteration", "loop_flag_loop_entered_in_its_middle"])
def test_flag_at_loop_head_is_an_invariant(name: str) -> None:
    """A flag that says whether a section is open holds one value at the loop head in each context state: the
    proof for every iteration count assumes it, having proved it by induction over the visits."""
    obj = load_object(str(BPF / "obj" / f"{name}.bpf.o"))
    result = check_program(obj, obj.programs[0], KERNEL, OPTIONS)
    assert result.verdict is Verdict.SAFE
    assert any("at every visit" in (f.proof or "") for f in result.findings)


def test_a_plain_run_witness_gives_each_input_as_the_run_took_it() -> None:
    """A plain run with every input all ones reads a one-byte flag as 255, and its witness says 255; the array
    lookup, which cannot fail, is given as the element's address the run took, not the input's all ones."""
    obj = load_object(str(BPF / "obj" / "path_map_byte_witness_width.bpf.o"))
    result = check_program(obj, obj.programs[0], KERNEL, OPTIONS)
    witness = next(f.witness for f in result.findings if f.witness is not None)
    assert witness.inputs["path_map_byte_witness_width+12 load"] == 0xFF  # the u8 flag
    assert witness.inputs["path_map_byte_witness_width+14 load"] == (1 << 64) - 1  # the u64 pointer
    assert is_kernel_object(witness.inputs["path_map_byte_witness_width+6 result"])  # bpf_map_lookup_elem


def test_a_sleep_the_verifier_does_not_check_for_the_type_says_so() -> None:
    """HID-BPF's kfuncs sleep in syscall programs too, but are registered for them without KF_SLEEPABLE: the
    violation is the truth, and its message says the kernel loads the program."""
    obj = load_object(str(BPF / "obj" / "blk_hid_syscall_context_in_rcu.bpf.o"))
    result = check_program(obj, obj.programs[0], KERNEL, OPTIONS)
    (finding,) = [f for f in result.findings if f.verdict is Verdict.VIOLATION]
    assert "does not check this call in syscall programs" in finding.message
