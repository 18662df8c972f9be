"""The check of a program as the verifier sees its global functions from their callers (global_view.py): what it
finds is a kernel-contract finding, and where it does not finish, the kernel-contract obligation is not settled;
likewise the view of callbacks run any number of times."""

from __future__ import annotations

import time
from pathlib import Path

from sleepcheck.model.elf import load_object
from sleepcheck.model.kernel.loader import load_kernel_model
from sleepcheck.proofs.check import GLOBAL_RESULT_RULE, RUNS_RULE, _as_callers_see_globals, check_program
from sleepcheck.proofs.options import CheckOptions
from sleepcheck.proofs.verdict import Obligation, Verdict

KERNEL = load_kernel_model("6.18")
OBJECT = Path(__file__).resolve().parents[1] / "bpf" / "obj" / "contract_global_result_decides_sleep.bpf.o"


def test_a_sleep_a_global_result_decides_is_a_contract_finding_with_a_witness() -> None:
    obj = load_object(str(OBJECT))
    result = check_program(obj, obj.programs[0], KERNEL, CheckOptions())
    finding = next(f for f in result.findings if f.rule == GLOBAL_RESULT_RULE)
    assert (finding.obligation, finding.verdict) == (Obligation.KERNEL_CONTRACT, Verdict.VIOLATION)
    assert finding.witness is not None
    no_sleep = next(f for f in result.findings if f.obligation is Obligation.NO_SLEEP_IN_ATOMIC)
    assert no_sleep.verdict is Verdict.SAFE  # no run of the program as written sleeps there


def test_a_view_not_checked_in_time_is_unknown_not_safe() -> None:
    obj = load_object(str(OBJECT))
    found = _as_callers_see_globals(obj, obj.programs[0], KERNEL, CheckOptions(), time.monotonic() - 1)
    assert [(f.obligation, f.verdict) for f in found] == [(Obligation.KERNEL_CONTRACT, Verdict.UNKNOWN)]
    assert found[0].reason == "the program's --timeout ran out before it"


def test_a_sleep_found_only_on_a_shortened_callback_run_leaves_its_own_obligation_unknown() -> None:
    """bpf_loop(5000, ...): past EXACT_RUNS the engines take any count, so the path found stops it early: the
    verifier follows that path (a contract finding), no kernel run takes it (the sleep itself is not settled)."""
    obj = load_object(str(OBJECT.with_name("cb_loop_many_runs_window.bpf.o")))
    result = check_program(obj, obj.programs[0], KERNEL, CheckOptions())
    contract = next(f for f in result.findings if f.unsettled is Obligation.NO_SLEEP_IN_ATOMIC)
    assert (contract.obligation, contract.verdict, contract.rule) == (
        Obligation.KERNEL_CONTRACT, Verdict.VIOLATION, RUNS_RULE)
    sleep = [f for f in result.findings if f.obligation is Obligation.NO_SLEEP_IN_ATOMIC and f.at == contract.at]
    assert [f.verdict for f in sleep] == [Verdict.UNKNOWN]
