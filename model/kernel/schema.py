"""The shape of a kernel data file, checked before anything reads it, so a bad edit fails loudly and early.

A data file `data/linux-<major>.<minor>.json` is one JSON object:

- `schema` ("sleepcheck-kernel-model/1"), `kernel` ("6.18"), `about`, `evidence`;
- `stable_changes`: facts that changed inside the stable series: `name`, `fixed_in` ("6.18.2" or null),
  `upstream`, `summary`, `source`, `certainty`;
- `program_types`, `attach_types`: the kernel enum names, lowercase, without `BPF_PROG_TYPE_` / `BPF_`;
- `helpers`: `id`, `name`, `might_sleep`, `available_in` (program types), `callbacks` (`register` R1..R5
  and `kind`), `spin_lock_allowed`, `non_sleepable_message` (what this version says when a non-sleepable
  program calls it), `source`, `certainty`, `writes` (memory the helper fills through a pointer argument: a list of
  `arg` with `size` (bytes, or "map_value") or `size_arg`, and `opaque` where it is the call's own object, an
  iterator or a dynptr, which no instruction may read as data; null where not known), `writes_source`,
  `writes_certainty`, and where the verifier refuses a type it is not offered to in other words than
  `offers.helper_message`, `refused_in` (probed label -> the verifier's words); and where the helper's
  documentation bounds its result (0 on success or a negative errno), `result` ([low, high], signed) and
  `result_source`; where every call of a run returns the same value (the CPU id, the current task),
  `run_constant_source`; where the result is a pointer that is never NULL, `never_null_source` (kfuncs too); where
  it is NULL or a kernel object's address (a RET_PTR_TO_* return type), `pointer_result_source`;
  where the verifier does not check what `might_sleep` says (a proto without .might_sleep on a helper that blocks),
  `verifier_might_sleep` and `verifier_source`; where, in a sleepable program, the proto the verifier picks blocks
  for some arguments, `blocks_with_flags` (`register` of the flags, bits `required` and `allowed`, optionally
  `size_register` and `size_unit`, `unless_region_seen`: only where the verifier sees no region open at the call;
  `source`, `certainty`); where a call that fails leaves the bytes it writes zero, `zeroes_on_failure_source`;
- `kfuncs`: `name`, `sleepable`, `flags` (acquire, release, iter_new/next/destroy), `spin_lock_allowed`,
  `registered_for`, `in_btf` (false for subsystems this machine's kernel lacks), `config`, `callbacks`,
  `source`, `certainty`, `flags_source`, `flags_certainty`, `writes`, `writes_source`, `writes_certainty`; where
  its source says which of the types no probe loads offer it (lsm, tracing, struct_ops...), `unprobed_types`
  (for a kfunc not in this machine's BTF, every type that offers it); where a type's registration of it lacks
  KF_SLEEPABLE, so that the verifier does not check it there, `unchecked_in`;
- `offers`: `helper_labels`, `kfunc_labels` (the program configurations every helper / kfunc was probed in, so that
  one missing from a call's `available_in` / `registered_for` is not offered there; a label `type@N` names attach
  type N), `attach_independent` (types whose probe speaks for every attach type), `loader_set` (configurations
  the loader must ask for, such as an XDP program bound to a device, each with the verifier's refusal of a call
  offered only there when it does not), `helper_message`,
  `kfunc_message` (the verifier's refusal, templates with {name}, {id}), `source`, `certainty`;
- `blocking_messages`: `helper_non_sleepable`, `kfunc_non_sleepable` (templates with {name}, {id});
- `callback_kinds`: `kind`, `context` (what the kernel does: inherit / atomic / sleepable), `verifier_context`
  (what the verifier enforces: a list of `from_patch`, `context`), `runs`, `via`, `source`, `certainty`;
- `regions`: `name`, `nesting`, `description`, `messages`, `source`, `certainty`; `region_calls`: `call`,
  `kind`, `opens`, `closes`, `fails_with` ([lo, hi] for R0 when the acquire fails, or null), `source`;
- `spin_lock_rules` (with, where known, `lock_map_types`, `lock_map_refused_flags`, `lock_map_message` and
  `lock_map_source`: the maps whose values may hold a lock; and `sleepable_message`, where the version refuses a
  lock to a sleepable program), `global_functions` (optionally `refused_in`, the regions
  in which every global call is refused, and `refused_message`), `sleepable_programs` (`message`,
  `required_message`, `rules`), `tracing`, `lsm_hooks` (`all`, `sleepable`, `disabled`), `struct_ops` (where
  known, `unsupported_members` and `unsupported_source`: members refused sleepable or not), `maps`
  (`message`, `types`: each optionally with `sleepable_refused_flags` and `sleepable_flags_message`, map flags
  that refuse the type to a sleepable program after all), `iterators`; optionally `map_field_refusals`: `field` (a
  kernel object in a map value, such as bpf_timer), `prog_types_refused` (program type -> the verifier's
  refusal), `source`, `certainty`; optionally
  `rcu_pointers`: `fields` ([struct, field] pairs the verifier's BTF_TYPE_SAFE_RCU and _RCU_OR_NULL lists name),
  `trusted_fields` (those its BTF_TYPE_SAFE_TRUSTED and _TRUSTED_OR_NULL lists name, and the iterator context
  members registered PTR_TRUSTED), optionally `context_structs` (the iterator contexts, whose other pointer members
  are plain arguments), `rcu_kptr_types` (the
  structs whose referenced kptrs a map value holds are MEM_RCU when read in an RCU section), `kfuncs` and `helpers`
  (name -> the argument registers that must be trusted or RCU pointers; a helper also takes a plain one),
  `kfunc_message` and `helper_message` (templates with {register}), optionally `checks` (more calls: `kind`,
  `calls`, `refuses`: the marks refused among rcu, plain and untrusted, `message` with {register} and {arg}) and
  `untrusted_results` (calls whose pointer result is untrusted) and `btf_results` (helper -> the struct its result
  points to), `source`, `certainty`.

`certainty` is one of probe, source, release-notes, inferred (see facts.py).
"""

from __future__ import annotations

from typing import Any

from sleepcheck.model.errors import KernelModelError

SCHEMA_ID = "sleepcheck-kernel-model/1"
CERTAINTIES = ("probe", "source", "release-notes", "inferred")

_STR = str
_OPT_STR = (str, type(None))
_LIST = list
_BOOL = bool

TOP: dict[str, type | tuple[type, ...]] = {
    "schema": _STR, "kernel": _STR, "about": _STR, "evidence": _STR, "stable_changes": _LIST,
    "program_types": _LIST, "attach_types": _LIST, "helpers": _LIST, "kfuncs": _LIST, "offers": dict,
    "blocking_messages": dict,
    "callback_kinds": _LIST, "regions": _LIST, "region_calls": _LIST, "spin_lock_rules": dict,
    "global_functions": dict, "sleepable_programs": dict, "tracing": dict, "lsm_hooks": dict, "struct_ops": _LIST,
    "maps": dict, "iterators": _LIST,
}

RECORDS: dict[str, dict[str, type | tuple[type, ...]]] = {
    "stable_changes": {"name": _STR, "fixed_in": _OPT_STR, "upstream": _STR, "summary": _STR, "source": _STR,
                       "certainty": _STR},
    "helpers": {"id": int, "name": _STR, "might_sleep": _BOOL, "available_in": _LIST, "callbacks": _LIST,
                "spin_lock_allowed": _BOOL, "non_sleepable_message": _OPT_STR, "source": _STR, "certainty": _STR,
                "writes": (list, type(None)), "writes_source": _STR, "writes_certainty": _STR},
    "kfuncs": {"name": _STR, "sleepable": _BOOL, "flags": _LIST, "spin_lock_allowed": _BOOL, "registered_for": _LIST,
               "in_btf": _BOOL, "config": _OPT_STR, "callbacks": _LIST, "source": _STR, "certainty": _STR,
               "flags_source": _STR, "flags_certainty": _STR, "writes": (list, type(None)), "writes_source": _STR,
               "writes_certainty": _STR},
    "callback_kinds": {"kind": _STR, "context": _STR, "verifier_context": _LIST, "runs": _STR, "via": _STR,
                       "source": _STR, "certainty": _STR},
    "regions": {"name": _STR, "nesting": _STR, "description": _STR, "messages": dict, "source": _STR,
                "certainty": _STR},
    "region_calls": {"call": _STR, "kind": _STR, "opens": _LIST, "closes": _LIST, "fails_with": (list, type(None)),
                     "source": _STR},
    "struct_ops": {"struct": _STR, "config": _STR, "members": _LIST, "sleepable_members": _LIST, "others": _STR,
                   "refused_message": _OPT_STR, "note": _STR, "source": _STR, "certainty": _STR},
    "iterators": {"target": _STR, "resched": _BOOL, "source": _STR, "certainty": _STR},
}

SECTIONS: dict[str, dict[str, type | tuple[type, ...]]] = {
    "offers": {"helper_labels": _LIST, "kfunc_labels": _LIST, "attach_independent": _LIST, "helper_message": _STR,
               "kfunc_message": _STR, "loader_set": dict, "source": _STR, "certainty": _STR},
    "blocking_messages": {"helper_non_sleepable": _STR, "kfunc_non_sleepable": _OPT_STR, "source": _STR,
                          "certainty": _STR},
    "spin_lock_rules": {"static_subprograms_allowed": _BOOL, "call_message": _STR, "global_message": _STR,
                        "allowed_calls_note": _STR, "prog_types_refused": dict, "source": _STR, "certainty": _STR},
    "global_functions": {"may_sleep_summary": _BOOL, "rule": _STR, "message": _STR, "source": _STR,
                         "certainty": _STR},
    "sleepable_programs": {"message": _STR, "message_source": _STR, "required_message": _OPT_STR, "rules": _LIST},
    "tracing": {"error_injection_denylist": _LIST, "never_traced": _LIST, "sleepable_fmodret": _LIST,
                "not_sleepable_message": _STR, "never_traced_message": _STR, "source": _STR, "certainty": _STR},
    "lsm_hooks": {"all": _LIST, "sleepable": _LIST, "disabled": _LIST, "rule": _STR, "source": _STR,
                  "certainty": _STR},
    "maps": {"message": _STR, "types": _LIST},
}

NESTED: dict[tuple[str, str], dict[str, type | tuple[type, ...]]] = {
    ("sleepable_programs", "rules"): {"prog_type": _STR, "attach_types": _LIST, "rule": _STR,
                                      "runs_sleepable": (bool, type(None)), "note": _STR, "source": _STR,
                                      "certainty": _STR},
    ("maps", "types"): {"map_type": _STR, "sleepable_may_use": _BOOL, "condition": _OPT_STR, "source": _STR,
                        "certainty": _STR},
}


def _check_fields(where: str, record: Any, fields: dict[str, type | tuple[type, ...]]) -> list[str]:
    if not isinstance(record, dict):
        return [f"{where}: not an object"]
    problems = []
    for key, kind in fields.items():
        if key not in record:
            problems.append(f"{where}: missing '{key}'")
        elif not isinstance(record[key], kind) or (kind is int and isinstance(record[key], bool)):
            problems.append(f"{where}.{key}: wrong type {type(record[key]).__name__}")
        elif key.endswith("certainty") and record[key] not in CERTAINTIES:
            problems.append(f"{where}.{key}: '{record[key]}' is not one of {', '.join(CERTAINTIES)}")
    return problems


def schema_problems(doc: Any) -> list[str]:
    """Every way `doc` departs from the schema above; empty when it conforms."""
    problems = _check_fields("file", doc, TOP)
    if problems:
        return problems
    if doc["schema"] != SCHEMA_ID:
        problems.append(f"file.schema: '{doc['schema']}', expected '{SCHEMA_ID}'")
    for section, fields in RECORDS.items():
        for index, record in enumerate(doc[section]):
            problems += _check_fields(f"{section}[{index}]", record, fields)
    for section, fields in SECTIONS.items():
        problems += _check_fields(section, doc[section], fields)
    for (section, key), fields in NESTED.items():
        for index, record in enumerate(doc[section].get(key, [])):
            problems += _check_fields(f"{section}.{key}[{index}]", record, fields)
    return problems


def check_schema(doc: Any, name: str) -> None:
    problems = schema_problems(doc)
    if problems:
        shown = "; ".join(problems[:5])
        raise KernelModelError(f"kernel data file {name} does not match its schema: {shown}")
