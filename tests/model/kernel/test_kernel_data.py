"""The data files: each matches its schema, 6.18 keeps every fact of the shared spec, and versions differ where the
kernel's history says they should."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sleepcheck.model.kernel import KERNEL_VERSIONS, load_kernel_model
from sleepcheck.model.kernel.loader import load_document
from sleepcheck.model.kernel.schema import schema_problems

SPEC = Path("/work/shared/spec/kernel-facts-6.18.json")
DATA = Path(__file__).resolve().parents[3] / "model" / "kernel" / "data"


def test_every_data_file_is_a_known_version() -> None:
    assert sorted(p.name for p in DATA.glob("linux-*.json")) == sorted(f"linux-{v}.json" for v in KERNEL_VERSIONS)


@pytest.mark.parametrize("series", KERNEL_VERSIONS)
def test_data_matches_schema(series: str) -> None:
    assert schema_problems(load_document(series)) == []


@pytest.mark.parametrize("series", KERNEL_VERSIONS)
def test_every_fact_names_its_source(series: str) -> None:
    doc = load_document(series)
    for section in ("helpers", "kfuncs", "callback_kinds", "regions", "struct_ops", "iterators", "stable_changes"):
        for record in doc[section]:
            assert record["source"].strip(), (section, record)


def test_schema_check_reports_what_is_wrong() -> None:
    doc = json.loads(json.dumps(load_document("6.18")))
    del doc["helpers"][0]["might_sleep"]
    doc["kfuncs"][0]["certainty"] = "guess"
    problems = schema_problems(doc)
    assert "helpers[0]: missing 'might_sleep'" in problems
    assert any("kfuncs[0].certainty" in p for p in problems)


@pytest.mark.skipif(not SPEC.exists(), reason="the shared 6.18 facts are not on this machine")
def test_618_has_every_spec_helper_with_its_might_sleep() -> None:
    spec = json.loads(SPEC.read_text())
    model = load_kernel_model("6.18")
    assert len(model.helpers) == len(spec["helpers"]) == 211
    for h in spec["helpers"]:
        fact = model.helper(h["id"])
        assert fact.name == h["name"]
        if h["might_sleep"] is None:  # not probe-able on the spec's machine: decided from source
            assert fact.might_sleep is False and fact.provenance.certainty.value == "source"
        else:
            assert fact.might_sleep is h["might_sleep"], h["name"]


@pytest.mark.skipif(not SPEC.exists(), reason="the shared 6.18 facts are not on this machine")
def test_618_has_every_spec_kfunc_and_lsm_hook() -> None:
    spec = json.loads(SPEC.read_text())
    model = load_kernel_model("6.18")
    for k in [*spec["kfuncs"], *spec["kfuncs_outside_this_btf"]]:
        assert model.kfunc(k["name"]).sleepable is bool(k["sleepable"]), k["name"]
    assert set(spec["lsm_hooks"]["all"]) <= set(model.lsm_hooks)
    assert {h for h, f in model.lsm_hooks.items() if f.sleepable} == set(spec["lsm_hooks"]["sleepable"])
    assert {m: f.sleepable_may_use for m, f in model.maps.items()} == {
        t["map_type"]: t["sleepable_may_use"] for t in spec["maps_in_sleepable_programs"]["types"]}


def test_510_has_only_copy_from_user_blocking() -> None:
    model = load_kernel_model("5.10")
    assert [h.name for h in model.helpers.values() if h.might_sleep] == ["bpf_copy_from_user"]
    assert model.helper(148).non_sleepable_message == "unknown func bpf_copy_from_user#148"
    assert not model.kfuncs and not model.callback_kinds


def test_older_kernels_lack_later_helpers_and_regions() -> None:
    assert max(load_kernel_model("5.10").helpers) == 155
    assert max(load_kernel_model("6.1").helpers) == 209
    assert [r.name for r in load_kernel_model("6.1").regions()] == ["spin_lock"]
    assert [r.name for r in load_kernel_model("6.12").regions()] == ["rcu", "preempt", "spin_lock"]
    assert [r.name for r in load_kernel_model("6.18").regions()] == [
        "rcu", "preempt", "irq", "spin_lock", "res_spin_lock"]


def test_618_keeps_kfuncs_outside_this_btf() -> None:
    model = load_kernel_model("6.18")
    for name in ("hid_bpf_hw_request", "scx_bpf_create_dsq"):
        fact = model.kfunc(name)
        assert fact.sleepable and not fact.in_btf and fact.config
    # in the BTF without the bpf_kfunc tag the probe lists kfuncs by, and offered to none of the types that load
    pkcs7 = model.kfunc("bpf_verify_pkcs7_signature")
    assert pkcs7.in_btf and not pkcs7.registered_for
    assert model.not_offered("bpf_verify_pkcs7_signature", "syscall", None, True) is not None


def test_618_offers_the_fs_kfuncs_to_lsm_programs_only() -> None:
    model = load_kernel_model("6.18")
    assert model.not_offered("bpf_get_file_xattr", "tracing", "trace_iter", True) is not None
    assert model.not_offered("bpf_get_file_xattr", "lsm", "lsm_mac", True) is None
    assert model.not_offered("bpf_copy_from_user_str", "tracing", "trace_iter", True) is None
