"""Reads a version's data file into a frozen KernelModel: the only place that knows the JSON layout."""

from __future__ import annotations

import json
from functools import cache
from types import MappingProxyType
from typing import Any

from sleepcheck.model.kernel.facts import (
    CallbackArg,
    CallbackKind,
    Certainty,
    Context,
    FlagsBlock,
    GlobalFunctionRules,
    HelperFact,
    IteratorTarget,
    KfuncFact,
    LsmHookFact,
    MapFieldRefusal,
    MapTypeFact,
    MemoryWrite,
    Offers,
    Provenance,
    RcuPointers,
    RegionCall,
    RegionFact,
    SleepableOnly,
    SleepablePrograms,
    SleepableRule,
    SpinLockRules,
    StableChange,
    StructOpsFact,
    TracingRules,
    TrustCheck,
    VerifierContextStep,
)
from sleepcheck.model.kernel.model import KernelModel
from sleepcheck.model.kernel.schema import check_schema
from sleepcheck.model.kernel.versions import KernelVersion, data_text, parse_kernel_version


def _prov(record: dict[str, Any], source: str = "source", certainty: str = "certainty") -> Provenance:
    return Provenance(record[source], Certainty(record[certainty]))


def _callbacks(records: list[dict[str, Any]]) -> tuple[CallbackArg, ...]:
    return tuple(CallbackArg(r["register"], r["kind"]) for r in records)


def _writes(records: list[dict[str, Any]] | None) -> tuple[MemoryWrite, ...] | None:
    if records is None:
        return None
    writes = []
    for r in records:
        size = r.get("size")
        writes.append(MemoryWrite(r["arg"], size if isinstance(size, int) else None, r.get("size_arg"),
                                  size == "map_value", r.get("opaque", False)))
    return tuple(writes)


def _helper(r: dict[str, Any]) -> HelperFact:
    return HelperFact(r["id"], r["name"], r["might_sleep"], tuple(r["available_in"]), _callbacks(r["callbacks"]),
                      r["spin_lock_allowed"], r["non_sleepable_message"], _prov(r), _writes(r["writes"]),
                      _prov(r, "writes_source", "writes_certainty"), tuple(sorted(r.get("refused_in", {}).items())),
                      (r["result"][0], r["result"][1]) if "result" in r else None,
                      Provenance(r["result_source"], Certainty.SOURCE) if "result" in r else None,
                      Provenance(r["run_constant_source"], Certainty.SOURCE) if "run_constant_source" in r else None,
                      _never_null(r), Provenance(r["pointer_result_source"], Certainty.SOURCE)
                      if "pointer_result_source" in r else None, r.get("verifier_might_sleep"),
                      Provenance(r["verifier_source"], Certainty.PROBE) if "verifier_source" in r else None,
                      *_blocks_with_flags(r.get("blocks_with_flags")),
                      Provenance(r["zeroes_on_failure_source"], Certainty.SOURCE)
                      if "zeroes_on_failure_source" in r else None)


def _blocks_with_flags(r: dict[str, Any] | None) -> tuple[FlagsBlock | None, Provenance | None]:
    if r is None:
        return None, None
    return FlagsBlock(r["register"], r["required"], r["allowed"], r.get("size_register"), r.get("size_unit", 1),
                      bool(r.get("unless_region_seen", False))), _prov(r)


def _kfunc(r: dict[str, Any]) -> KfuncFact:
    return KfuncFact(r["name"], r["sleepable"], tuple(r["flags"]), r["spin_lock_allowed"],
                     tuple(r["registered_for"]), r["in_btf"], r["config"], _callbacks(r["callbacks"]), _prov(r),
                     _prov(r, "flags_source", "flags_certainty"), _writes(r["writes"]),
                     _prov(r, "writes_source", "writes_certainty"), _sleepable_only(r.get("sleepable_only")),
                     _never_null(r), tuple(r["unprobed_types"]) if "unprobed_types" in r else None,
                     tuple(r.get("unchecked_in", ())))


def _never_null(r: dict[str, Any]) -> Provenance | None:
    return Provenance(r["never_null_source"], Certainty.SOURCE) if "never_null_source" in r else None


def _sleepable_only(r: dict[str, Any] | None) -> SleepableOnly | None:
    return None if r is None else SleepableOnly(tuple(r["exempt"]), r["message"], _prov(r))


def _callback_kind(r: dict[str, Any]) -> CallbackKind:
    steps = tuple(VerifierContextStep(s["from_patch"], Context(s["context"])) for s in r["verifier_context"])
    return CallbackKind(r["kind"], Context(r["context"]), steps, r["runs"], r["via"], _prov(r))


def _region(r: dict[str, Any]) -> RegionFact:
    return RegionFact(r["name"], r["nesting"], r["description"], tuple(r["messages"].items()), _prov(r))


def _region_call(r: dict[str, Any]) -> RegionCall:
    fails = tuple(r["fails_with"]) if r["fails_with"] is not None else None
    return RegionCall(r["call"], r["kind"], tuple(r["opens"]), tuple(r["closes"]), fails,  # type: ignore[arg-type]
                      r["source"])


def _struct_ops(r: dict[str, Any]) -> StructOpsFact:
    return StructOpsFact(r["struct"], r["config"], tuple(r["members"]), tuple(r["sleepable_members"]), r["others"],
                         r["refused_message"], r["note"], _prov(r), tuple(r.get("unsupported_members", ())),
                         r.get("unsupported_source"))


def _sleepable_programs(r: dict[str, Any]) -> SleepablePrograms:
    rules = tuple(SleepableRule(x["prog_type"], tuple(x["attach_types"]), x["rule"], x["runs_sleepable"], x["note"],
                                _prov(x)) for x in r["rules"])
    return SleepablePrograms(r["message"], r["message_source"], r["required_message"], rules)


def _lsm_hooks(r: dict[str, Any]) -> dict[str, LsmHookFact]:
    sleepable, disabled = set(r["sleepable"]), set(r["disabled"])
    prov = _prov(r)
    names = sorted(set(r["all"]) | sleepable)
    return {n: LsmHookFact(n, n in sleepable, n in disabled, prov) for n in names}


def _freeze(mapping: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    return MappingProxyType(mapping)


def build_model(doc: dict[str, Any], version: KernelVersion) -> KernelModel:
    spin = doc["spin_lock_rules"]
    glob = doc["global_functions"]
    tracing = doc["tracing"]
    blocking = doc["blocking_messages"]
    offers = doc["offers"]
    return KernelModel(
        version=version, about=doc["about"], evidence=doc["evidence"],
        stable_changes=tuple(StableChange(c["name"], c["fixed_in"], c["upstream"], c["summary"], _prov(c))
                             for c in doc["stable_changes"]),
        program_types=tuple(doc["program_types"]), attach_types=tuple(doc["attach_types"]),
        helpers=_freeze({r["id"]: _helper(r) for r in doc["helpers"]}),
        kfuncs=_freeze({r["name"]: _kfunc(r) for r in doc["kfuncs"]}),
        offers=Offers(tuple(offers["helper_labels"]), tuple(offers["kfunc_labels"]),
                      frozenset(offers["attach_independent"]), offers["helper_message"],
                      offers["kfunc_message"], _freeze(dict(offers["loader_set"])), _prov(offers)),
        helper_non_sleepable=blocking["helper_non_sleepable"], kfunc_non_sleepable=blocking["kfunc_non_sleepable"],
        blocking_messages_provenance=_prov(blocking),
        callback_kinds=_freeze({r["kind"]: _callback_kind(r) for r in doc["callback_kinds"]}),
        region_facts=tuple(_region(r) for r in doc["regions"]),
        region_calls=_freeze({r["call"]: _region_call(r) for r in doc["region_calls"]}),
        spin_lock_rules=SpinLockRules(spin["static_subprograms_allowed"], spin["call_message"], spin["global_message"],
                                      spin["allowed_calls_note"], tuple(spin["prog_types_refused"].items()),
                                      spin.get("sleepable_message"), _prov(spin),
                                      frozenset(spin["lock_map_types"]) if "lock_map_types" in spin else None,
                                      spin.get("lock_map_refused_flags", 0), spin.get("lock_map_message", "")),
        global_functions=GlobalFunctionRules(glob["may_sleep_summary"], glob["rule"], glob["message"], _prov(glob),
                                             tuple(glob.get("refused_in", ())), glob.get("refused_message")),
        sleepable_programs=_sleepable_programs(doc["sleepable_programs"]),
        tracing=TracingRules(tuple(tracing["error_injection_denylist"]), tuple(tracing["never_traced"]),
                             tuple(tracing["sleepable_fmodret"]), tracing["not_sleepable_message"],
                             tracing["never_traced_message"], _prov(tracing)),
        lsm_hooks=_freeze(_lsm_hooks(doc["lsm_hooks"])),
        struct_ops_by_name=_freeze({r["struct"]: _struct_ops(r) for r in doc["struct_ops"]}),
        maps=_freeze({r["map_type"]: MapTypeFact(r["map_type"], r["sleepable_may_use"], r["condition"], _prov(r),
                                                 r.get("sleepable_refused_flags", 0), r.get("sleepable_flags_message"))
                      for r in doc["maps"]["types"]}),
        maps_message=doc["maps"]["message"],
        iterators={r["target"]: IteratorTarget(r["target"], r["resched"], _prov(r)) for r in doc["iterators"]},
        map_field_refusals=tuple(MapFieldRefusal(r["field"], _freeze(dict(r["prog_types_refused"])), _prov(r))
                                 for r in doc.get("map_field_refusals", ())),
        rcu_pointers=_rcu_pointers(doc["rcu_pointers"]) if "rcu_pointers" in doc else None,
    )


def _rcu_pointers(r: dict[str, Any]) -> RcuPointers:
    return RcuPointers(frozenset((struct, name) for struct, name in r["fields"]),
                       frozenset((struct, name) for struct, name in r["trusted_fields"]),
                       frozenset(r["rcu_kptr_types"]),
                       (TrustCheck("kfunc", _freeze({k: tuple(v) for k, v in r["kfuncs"].items()}),
                                   frozenset({"plain", "untrusted"}), r["kfunc_message"]),
                        TrustCheck("helper", _freeze({k: tuple(v) for k, v in r["helpers"].items()}),
                                   frozenset({"untrusted"}), r["helper_message"]),
                        *(TrustCheck(c["kind"], _freeze({k: tuple(v) for k, v in c["calls"].items()}),
                                     frozenset(c["refuses"]), c["message"]) for c in r.get("checks", ()))),
                       r["helper_message"], frozenset(r.get("untrusted_results", ())), _prov(r),
                       _freeze(dict(r.get("btf_results", {}))), frozenset(r.get("context_structs", ())))


@cache
def load_document(series: str) -> dict[str, Any]:
    """The checked JSON document of a known series (cached: the files are read-only package data)."""
    doc = json.loads(data_text(series))
    check_schema(doc, f"linux-{series}.json")
    return doc


def load_kernel_model(version: str) -> KernelModel:
    """The model of Linux `version` ("6.18", "6.18.44", "5.10"); KernelModelError names the known versions."""
    parsed = parse_kernel_version(version)
    return build_model(load_document(parsed.series), parsed)
