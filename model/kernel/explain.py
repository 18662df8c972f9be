"""Reference pages over the model: find any fact by name and say what it is, what it does and where it comes from.

Used by `sleepcheck model show`; kept here so every front end explains facts the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sleepcheck.model.errors import KernelModelError
from sleepcheck.model.kernel.facts import Context, MemoryWrite, Provenance
from sleepcheck.model.kernel.invocations import RCU_WALKS
from sleepcheck.model.kernel.model import KernelModel

_CONTEXT_WORDS = {
    Context.INHERIT: "the caller's context (its sleepable flag and open regions)",
    Context.ATOMIC: "atomic: may not sleep",
    Context.SLEEPABLE: "sleepable",
    Context.PROGRAM: "sleepable exactly when the arming program is",
}


@dataclass(frozen=True)
class Explanation:
    kind: str  # helper | kfunc | region | program_type | struct_ops | struct_ops_member | lsm_hook | map_type | kernel
    name: str
    kernel: str
    summary: str
    facts: tuple[tuple[str, str], ...]
    sources: tuple[tuple[str, str, str], ...]  # (what, source, certainty)

    def as_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "name": self.name, "kernel": self.kernel, "summary": self.summary,
                "facts": dict(self.facts),
                "sources": [{"fact": w, "source": s, "certainty": c} for w, s, c in self.sources]}


def _src(what: str, prov: Provenance) -> tuple[str, str, str]:
    return (what, prov.source, prov.certainty.value)


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _callbacks_text(model: KernelModel, name: str) -> list[tuple[str, str]]:
    effect = model.call_effect(name)
    facts = []
    walks = RCU_WALKS.get(name)
    for cb in effect.callbacks:
        under = f", inside an RCU read-side section of its own over {', '.join(sorted(walks))} maps (its verifier " \
            "does not see that section)" if walks else ""
        facts.append((f"callback in R{cb.register}",
                      f"{cb.kind}: runs {cb.runs}; the kernel runs it {_CONTEXT_WORDS[cb.context]}{under}; this "
                      f"verifier checks it as {_CONTEXT_WORDS[cb.verifier_context]}"))
    return facts


def _writes_text(writes: tuple[MemoryWrite, ...] | None) -> tuple[str, str]:
    if writes is None:
        return ("writes through its arguments", "not known: a stack pointer argument's bytes may all change")
    parts = []
    for w in writes:
        size = (f"{w.size} bytes" if w.size is not None else "the map's value size" if w.map_value
                else f"R{w.size_arg} bytes")
        parts.append(f"through R{w.arg}, {size}")
    return ("writes through its arguments", "; ".join(parts) or "nothing")


def _helper(model: KernelModel, name: str) -> Explanation:
    fact = model.helper(int(name)) if name.isdigit() else model.helper_by_name(name)
    effect = model.call_effect(fact.id)
    facts: list[tuple[str, str]] = [("number", str(fact.id)), ("might sleep", _yes(fact.might_sleep))]
    if fact.might_sleep and not effect.verifier_blocks:
        facts.append(("the verifier", "does not check it: accepted in a non-sleepable program and in every region, "
                                      "where it may sleep all the same"))
    elif fact.might_sleep:
        facts.append(("in a non-sleepable program", f'refused: "{effect.non_sleepable_message}"'))
        facts += [(f"inside the {r} region", f'refused: "{m}"') for r, m in effect.region_messages]
    block = fact.blocks_with_flags
    if block is not None:
        size = f", R{block.size_register} a nonzero multiple of {block.size_unit}" if block.size_register else ""
        seen = ", where the verifier sees no region open" if block.unless_region_seen else ""
        facts.append(("in a sleepable program", f"may sleep where R{block.register} holds the bits "
                                                f"{block.required:#x} and none outside {block.allowed:#x}{size}"
                                                f"{seen}; the verifier does not check it"))
    if fact.zeroes_on_failure is not None:
        facts.append(("where it fails", "the bytes it writes are zero"))
    facts.append(("allowed under a spin lock", _yes(fact.spin_lock_allowed)))
    if effect.opens or effect.closes:
        facts.append(("regions", f"opens {', '.join(effect.opens) or '-'}; closes {', '.join(effect.closes) or '-'}"))
    facts += _callbacks_text(model, fact.name)
    facts.append(_writes_text(fact.writes))
    facts.append(("available in", ", ".join(fact.available_in) or "no program type that loads on the probed machine"))
    summary = (f"BPF helper #{fact.id}; " + ("it may sleep, so only sleepable programs outside atomic regions may "
               "call it." if fact.might_sleep else "in a sleepable program it may sleep for some arguments."
               if fact.blocks_with_flags is not None else "it does not sleep."))
    return Explanation("helper", fact.name, str(model.version), summary, tuple(facts),
                       (_src("might sleep", fact.provenance), _src("writes", fact.writes_provenance),
                        *((_src("the verifier", fact.verifier_provenance),) if fact.verifier_provenance else ()),
                        *((_src("in a sleepable program", fact.blocks_with_flags_provenance),)
                          if fact.blocks_with_flags_provenance else ()),
                        *((_src("where it fails", fact.zeroes_on_failure),) if fact.zeroes_on_failure else ())))


def _kfunc(model: KernelModel, name: str) -> Explanation:
    fact = model.kfunc(name)
    effect = model.call_effect(name)
    facts: list[tuple[str, str]] = [("sleepable (KF_SLEEPABLE)", _yes(fact.sleepable))]
    if fact.sleepable and effect.non_sleepable_message:
        facts.append(("in a non-sleepable program", f'refused: "{effect.non_sleepable_message}"'))
        facts += [(f"inside the {r} region", f'refused: "{m}"') for r, m in effect.region_messages]
    if fact.sleepable and fact.unchecked_in:
        facts.append((f"in {', '.join(fact.unchecked_in)} programs", "not checked: registered there without "
                      "KF_SLEEPABLE, so accepted in a region, where it may sleep all the same"))
    facts.append(("flags", ", ".join(fact.flags) or "-"))
    facts.append(("allowed under a spin lock", _yes(fact.spin_lock_allowed)))
    if effect.opens or effect.closes:
        facts.append(("regions", f"opens {', '.join(effect.opens) or '-'}; closes {', '.join(effect.closes) or '-'}"))
    if effect.fails_with:
        lo, hi = effect.fails_with
        facts.append(("may fail", f"R0 in [{lo}, {hi}] and nothing held; R0 == 0 and held"))
    facts += _callbacks_text(model, name)
    facts.append(_writes_text(fact.writes))
    if not fact.in_btf:
        facts.append(("configuration", f"{fact.config}: not in the probed machine's BTF"))
    summary = "kfunc; " + ("it may sleep." if fact.sleepable else "it does not sleep.")
    return Explanation("kfunc", fact.name, str(model.version), summary, tuple(facts),
                       (_src("sleepable", fact.provenance), _src("flags", fact.flags_provenance),
                        _src("writes", fact.writes_provenance)))


def _region(model: KernelModel, name: str) -> Explanation:
    fact = model.region(name)
    calls = [c for c in model.region_calls.values() if name in c.opens or name in c.closes]
    facts = [("nesting", fact.nesting), ("what it is", fact.description),
             ("opened by", ", ".join(c.call for c in calls if name in c.opens)),
             ("closed by", ", ".join(c.call for c in calls if name in c.closes))]
    facts += [(f"message ({key})", text) for key, text in fact.messages]
    return Explanation("region", name, str(model.version), f"atomic region '{name}': no sleeping while it is open.",
                       tuple(facts), (_src("region", fact.provenance),))


def _prog_type(model: KernelModel, name: str) -> Explanation:
    model.check_prog_type(name)
    rules = [r for r in model.sleepable_programs.rules if r.prog_type == name]
    facts = [(f"sleepable with {', '.join(r.attach_types)}",
              f"{r.rule}: {r.note}" + ("" if r.runs_sleepable is not False else
                                       " (the verifier accepts it, but the hook runs in atomic context)"))
             for r in rules]
    if not rules:
        facts.append(("sleepable", f'never: "{model.sleepable_programs.message}"'))
    refused = dict(model.spin_lock_rules.prog_types_refused).get(name)
    if refused:
        facts.append(("bpf_spin_lock", f'refused: "{refused}"'))
    sources = tuple(_src(f"sleepable rule ({', '.join(r.attach_types)})", r.provenance) for r in rules)
    return Explanation("program_type", name, str(model.version), f"program type {name}.", tuple(facts),
                       sources or (("sleepable rule", model.sleepable_programs.message_source, "source"),))


def _struct_ops(model: KernelModel, name: str) -> Explanation:
    struct, _, member = name.partition(".")
    ops = model.struct_ops_by_name[struct]
    if member:
        admission = model.admissibility("struct_ops", None, name, True)
        facts = (("sleepable", admission.status.value), ("why", admission.reason),
                 ("message", admission.message or "-"))
        return Explanation("struct_ops_member", name, str(model.version), f"member {member} of struct_ops {struct}.",
                           facts, (_src("member rule", ops.provenance),))
    facts = (("sleepable members", ", ".join(ops.sleepable_members) or "none"),
             ("other members", "sleepable refused" if ops.others == "refused" else
              "sleepable accepted by the verifier, but called in atomic context"),
             ("members", ", ".join(ops.members)), ("configuration", ops.config), ("note", ops.note))
    return Explanation("struct_ops", struct, str(model.version), f"struct_ops type {struct}.", facts,
                       (_src("member rules", ops.provenance),))


def _lsm(model: KernelModel, name: str) -> Explanation:
    hook = model.lsm_hook(name)
    admission = model.admissibility("lsm", "lsm_mac", hook.name, True)
    facts = [("sleepable", _yes(hook.sleepable)), ("attachable", "no (disabled hook)" if hook.disabled else "yes"),
             ("sleepable program here", f"{admission.status.value}: {admission.reason}")]
    if admission.message:
        facts.append(("message", admission.message))
    summary = (f"LSM hook bpf_lsm_{hook.name}; " + ("in the sleepable allowlist: lsm.s programs may attach here."
               if hook.sleepable else "not in the sleepable allowlist: only non-sleepable lsm programs."))
    return Explanation("lsm_hook", hook.name, str(model.version), summary, tuple(facts),
                       (_src("sleepable allowlist", hook.provenance),))


def _map(model: KernelModel, name: str) -> Explanation:
    fact = model.map_type(name)
    facts = [("usable from a sleepable program", _yes(fact.sleepable_may_use))]
    if fact.condition:
        facts.append(("condition", fact.condition))
    if not fact.sleepable_may_use:
        facts.append(("message", model.maps_message))
    return Explanation("map_type", name, str(model.version), f"map type {name}.", tuple(facts),
                       (_src("sleepable use", fact.provenance),))


_FINDERS: tuple[tuple[Callable[[KernelModel, str], bool], Callable[[KernelModel, str], Explanation]], ...] = (
    (lambda m, n: n.isdigit() and int(n) in m.helpers, _helper),
    (lambda m, n: n in m.kfuncs, _kfunc),
    (lambda m, n: any(h.name in (n, f"bpf_{n}") for h in m.helpers.values()), _helper),
    (lambda m, n: any(r.name == n for r in m.region_facts), _region),
    (lambda m, n: n in m.program_types, _prog_type),
    (lambda m, n: n.partition(".")[0] in m.struct_ops_by_name, _struct_ops),
    (lambda m, n: n.removeprefix("bpf_lsm_") in m.lsm_hooks, _lsm),
    (lambda m, n: n in m.maps, _map),
)


def explain(model: KernelModel, name: str) -> Explanation:
    """The fact called `name`: a helper (name or number), kfunc, region, program type, struct_ops type or
    struct.member, LSM hook or map type, tried in that order."""
    for matches, build in _FINDERS:
        if matches(model, name):
            return build(model, name)
    raise KernelModelError(f"'{name}' is not a helper, kfunc, region, program type, struct_ops, LSM hook or map "
                           f"type known to the Linux {model.version} model")
