"""`sleepcheck model probe` on the running kernel finds no difference from the shipped model of its version (but the
one 6.18.44 builds differ on), and a data file written from the probe reads back as a model with no difference.
Skips where bpf() is unavailable or the running kernel is not the 6.18 series the shipped model describes."""

from __future__ import annotations

import io
import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from sleepcheck.model.kernel import load_kernel_model, parse_kernel_version
from sleepcheck.model.kernel.live import bpf_available
from sleepcheck.model.kernel.loader import build_model
from sleepcheck.model.kernel.probe import ProbedKernel, compare, probe_kernel
from sleepcheck.proofs.cli import run

UNAVAILABLE = bpf_available()
RELEASE = os.uname().release.split("-")[0]
pytestmark = [
    pytest.mark.skipif(UNAVAILABLE is not None, reason=f"bpf() unavailable: {UNAVAILABLE}"),
    pytest.mark.skipif(not RELEASE.startswith("6.18."), reason=f"the running kernel is {RELEASE}, not 6.18"),
]


# The syscall program helpers are refused in regions by some 6.18.44 builds (fc-v782) and not by others (fc-v669),
# whose verifier does not mark them might_sleep; they block all the same, and the model says so. The probe finds
# them sleeping, or loaded inside bpf_rcu_read_lock (a difference it reports), or refused for their arguments.
SYSCALL_ONLY = {166: "bpf_sys_bpf", 167: "bpf_btf_find_by_name_kind", 168: "bpf_sys_close"}
BUILD_DIFFERENCES = {f"helper {number} {name}: might sleep" for number, name in SYSCALL_ONLY.items()}


def _unexpected(facts: list[str]) -> list[str]:
    return [fact for fact in facts if fact not in BUILD_DIFFERENCES]


@pytest.fixture(scope="module")
def probed() -> ProbedKernel:
    return probe_kernel(load_kernel_model(RELEASE).kfuncs)


def test_probe_agrees_with_the_shipped_618_model(probed: ProbedKernel) -> None:
    differences = [d for d in compare(load_kernel_model(RELEASE), probed) if d.fact not in BUILD_DIFFERENCES]
    assert differences == [], "\n".join(f"{d.fact}: model {d.model}, kernel {d.kernel}" for d in differences)


def test_probe_reaches_the_facts_it_is_for(probed: ProbedKernel) -> None:
    sleeping = {h.name for h in probed.helpers if h.might_sleep}
    assert {"bpf_copy_from_user", "bpf_copy_from_user_task"} <= sleeping
    assert sleeping <= {"bpf_copy_from_user", "bpf_copy_from_user_task", *SYSCALL_ONLY.values()}
    assert "bpf_copy_from_user_str" in {k.name for k in probed.kfuncs if k.sleepable}
    assert {r.name: r.nesting for r in probed.regions} == {"rcu": "flag", "preempt": "counter", "irq": "stack"}
    assert probed.seconds < 30


def test_a_change_to_the_model_is_a_difference(probed: ProbedKernel) -> None:
    model = load_kernel_model(RELEASE)
    helpers = dict(model.helpers)
    helpers[148] = replace(helpers[148], might_sleep=False)
    broken = replace(model, helpers=helpers)
    assert _unexpected([d.fact for d in compare(broken, probed)]) == ["helper 148 bpf_copy_from_user: might sleep"]


def test_cli_exit_code_and_written_file(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    written = tmp_path / "probed.json"
    code = run(["model", "probe", "--format", "json", "--write", str(written)], out, err)
    differences = [d["fact"] for d in json.loads(out.getvalue())["differences"]]
    assert _unexpected(differences) == [] and code == (1 if differences else 0), out.getvalue() + err.getvalue()
    document = json.loads(written.read_text())
    rebuilt = build_model(document, parse_kernel_version(document["kernel"]))
    assert rebuilt.helper(148).provenance.source.startswith("live probe, Linux")
    assert compare(rebuilt, probe_kernel(rebuilt.kfuncs)) == ()
