"""A kernel-model data file from a probe: the shipped document of the nearest version with every probed fact
replaced by what the running kernel said, each with the probe as its source. Facts a load cannot show (LSM hooks,
struct_ops members, callbacks, kfunc flags) are carried over from the base document with their own sources.
"""

from __future__ import annotations

import copy
from typing import Any

from sleepcheck.model.kernel.probe import ProbedKernel
from sleepcheck.model.kernel.schema import check_schema


def _series(release: str) -> str:
    return ".".join(release.split(".")[:2])


def probed_document(probed: ProbedKernel, base: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(base)
    prov = probed.provenance
    doc["kernel"] = _series(probed.release)
    doc["evidence"] = f"Linux {probed.release} {probed.machine}, probed by `sleepcheck model probe` " \
                      f"({probed.loads} loads)"
    doc["about"] = (f"Facts for the sleep rules of Linux {doc['kernel']}: every fact a program load can show is "
                    f"from a live probe of {probed.release}; the rest is carried over from the Linux {base['kernel']} "
                    "model with its sources.")
    helpers = {h["id"]: h for h in doc["helpers"]}
    template = next(iter(helpers.values()))
    out_helpers = []
    for helper in probed.helpers:
        record = helpers.get(helper.id) or {**copy.deepcopy(template), "callbacks": [], "spin_lock_allowed": False}
        record.update(id=helper.id, name=helper.name, available_in=list(helper.available_in))
        if helper.might_sleep is not None:
            record.update(might_sleep=helper.might_sleep, source=f"{prov}: {helper.evidence}", certainty="probe",
                          non_sleepable_message=probed.helper_non_sleepable if helper.might_sleep else None)
        out_helpers.append(record)
    doc["helpers"] = out_helpers
    kfuncs = {k["name"]: k for k in doc["kfuncs"]}
    probed_names = {k.name for k in probed.kfuncs}
    kept = [k for k in doc["kfuncs"] if k["name"] not in probed_names]
    for record in kept:
        record["in_btf"] = False
    for kfunc in probed.kfuncs:
        record = kfuncs.get(kfunc.name) or {**copy.deepcopy(doc["kfuncs"][0]), "flags": [], "callbacks": [],
                                            "config": None, "spin_lock_allowed": False,
                                            "flags_source": "not known: a kfunc new to this kernel"}
        record.update(name=kfunc.name, registered_for=list(kfunc.registered_for), in_btf=True)
        if kfunc.sleepable is not None:
            record.update(sleepable=kfunc.sleepable, source=f"{prov}: {kfunc.evidence}", certainty="probe")
        kept.append(record)
    doc["kfuncs"] = sorted(kept, key=lambda k: k["name"])
    regions = {r["name"]: r for r in doc["regions"]}
    for region in probed.regions:
        record = regions[region.name]
        record.update(nesting=region.nesting, messages={**record["messages"], **dict(region.messages)},
                      source=prov, certainty="probe")
    blocking = doc["blocking_messages"]
    if probed.helper_non_sleepable:
        blocking["helper_non_sleepable"] = probed.helper_non_sleepable
    if probed.kfunc_non_sleepable:
        blocking["kfunc_non_sleepable"] = probed.kfunc_non_sleepable
    blocking.update(source=prov, certainty="probe")
    programs = doc["sleepable_programs"]
    for probe in probed.sleepable:
        if probe.config.endswith("without BPF_F_SLEEPABLE"):
            programs["required_message"] = probe.message
        elif not probe.accepted:
            programs["message"] = probe.message
            programs["message_source"] = prov
    check_schema(doc, f"linux-{doc['kernel']}.json (probed)")
    return doc
