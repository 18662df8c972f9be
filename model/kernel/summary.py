"""A page about a whole version: what it holds and what changed since the version before it."""

from __future__ import annotations

from sleepcheck.model.kernel.explain import Explanation
from sleepcheck.model.kernel.model import KernelModel


def _names(items: list[str], limit: int = 12) -> str:
    shown = ", ".join(items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "") if items else "none"


def _changes(model: KernelModel, previous: KernelModel) -> list[tuple[str, str]]:
    new_helpers = sorted(set(model.helpers) - set(previous.helpers))
    blocking = sorted(h.name for h in model.helpers.values() if h.might_sleep)
    old_blocking = sorted(h.name for h in previous.helpers.values() if h.might_sleep)
    sleepy = {k.name for k in model.kfuncs.values() if k.sleepable}
    old_sleepy = {k.name for k in previous.kfuncs.values() if k.sleepable}
    rules = {(r.prog_type, r.attach_types) for r in model.sleepable_programs.rules}
    old_rules = {(r.prog_type, r.attach_types) for r in previous.sleepable_programs.rules}
    changes = [
        ("helpers added", f"{len(new_helpers)} (#{new_helpers[0]}..#{new_helpers[-1]})" if new_helpers else "none"),
        ("blocking helpers added", _names(sorted(set(blocking) - set(old_blocking)))),
        ("sleepable kfuncs added", _names(sorted(sleepy - old_sleepy))),
        ("regions added", _names([r.name for r in model.region_facts
                                  if r.name not in {p.name for p in previous.region_facts}])),
        ("callback kinds added", _names(sorted(set(model.callback_kinds) - set(previous.callback_kinds)))),
        ("sleepable program rules added", _names(sorted(f"{p} ({', '.join(a)})" for p, a in rules - old_rules))),
        ("sleepable program rules removed", _names(sorted(f"{p} ({', '.join(a)})" for p, a in old_rules - rules))),
    ]
    if model.helper_non_sleepable != previous.helper_non_sleepable:
        changes.append(("non-sleepable helper message",
                        f'"{model.helper_non_sleepable}" (was "{previous.helper_non_sleepable}")'))
    return changes


def describe_version(model: KernelModel, previous: KernelModel | None) -> Explanation:
    blocking = [f"{h.name}#{h.id}" for h in model.helpers.values() if h.might_sleep]
    sleepy = sorted(k.name for k in model.kfuncs.values() if k.sleepable)
    facts: list[tuple[str, str]] = [
        ("helpers", f"{len(model.helpers)}, of which blocking: {', '.join(blocking)}"),
        ("kfuncs", f"{len(model.kfuncs)}, of which sleepable {len(sleepy)}: {_names(sleepy)}"),
        ("regions", ", ".join(f"{r.name} ({r.nesting})" for r in model.region_facts) or "none"),
        ("callback kinds", ", ".join(f"{k.kind} ({k.context.value})" for k in model.callback_kinds.values())
         or "none"),
        ("sleepable program types", ", ".join(sorted({r.prog_type for r in model.sleepable_programs.rules}))),
        ("LSM hooks", f"{len(model.lsm_hooks)}, sleepable {sum(h.sleepable for h in model.lsm_hooks.values())}"),
        ("struct_ops types", ", ".join(model.struct_ops_by_name) or "none"),
        ("map types usable when sleepable", ", ".join(m.map_type for m in model.maps.values()
                                                      if m.sleepable_may_use)),
    ]
    facts += [(f"stable change {c.name}", f"fixed in {c.fixed_in or 'no known release of this series'}: {c.summary}")
              for c in model.stable_changes]
    if previous is not None:
        facts += [(f"since {previous.version}: {label}", text) for label, text in _changes(model, previous)]
    sources = [("evidence", model.evidence, "see each fact")]
    sources += [(f"stable change {c.name}", c.provenance.source, c.provenance.certainty.value)
                for c in model.stable_changes]
    return Explanation("kernel", f"Linux {model.version}", str(model.version), model.about, tuple(facts),
                       tuple(sources))
