"""One kernel version's facts, frozen, with the questions the checker asks of them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from sleepcheck.model.errors import KernelModelError
from sleepcheck.model.kernel.admission import Admission, admissibility
from sleepcheck.model.kernel.effects import CallbackEffect, CallEffect
from sleepcheck.model.kernel.facts import (
    CallbackArg,
    CallbackKind,
    Certainty,
    GlobalFunctionRules,
    HelperFact,
    IteratorTarget,
    KfuncFact,
    LsmHookFact,
    MapFieldRefusal,
    MapTypeFact,
    Offers,
    Provenance,
    RcuPointers,
    RegionCall,
    RegionFact,
    SleepablePrograms,
    SpinLockRules,
    StableChange,
    StructOpsFact,
    TracingRules,
)
from sleepcheck.model.kernel.versions import KernelVersion


def _close_names(name: str, known: list[str]) -> str:
    import difflib

    close = difflib.get_close_matches(name, known, n=3)
    return f" (did you mean {', '.join(close)}?)" if close else ""


@dataclass(frozen=True)
class KernelModel:
    version: KernelVersion
    about: str
    evidence: str
    stable_changes: tuple[StableChange, ...]
    program_types: tuple[str, ...]
    attach_types: tuple[str, ...]
    helpers: Mapping[int, HelperFact]
    kfuncs: Mapping[str, KfuncFact]
    offers: Offers
    helper_non_sleepable: str
    kfunc_non_sleepable: str | None
    blocking_messages_provenance: Provenance
    callback_kinds: Mapping[str, CallbackKind]
    region_facts: tuple[RegionFact, ...]
    region_calls: Mapping[str, RegionCall]
    spin_lock_rules: SpinLockRules
    global_functions: GlobalFunctionRules
    sleepable_programs: SleepablePrograms
    tracing: TracingRules
    lsm_hooks: Mapping[str, LsmHookFact]
    struct_ops_by_name: Mapping[str, StructOpsFact]
    maps: Mapping[str, MapTypeFact]
    maps_message: str
    iterators: Mapping[str, IteratorTarget]
    map_field_refusals: tuple[MapFieldRefusal, ...] = ()
    rcu_pointers: RcuPointers | None = None  # None: not modelled for this version
    # every call site of a program asks for its call's effect: each is built once
    effects: dict[int | str, CallEffect] = field(default_factory=dict, compare=False, repr=False)

    # --- lookups -------------------------------------------------------------------------------------------
    def helper(self, number: int) -> HelperFact:
        fact = self.helpers.get(number)
        if fact is None:
            top = max(self.helpers, default=0)
            raise KernelModelError(f"unknown helper number {number} on Linux {self.version} "
                                   f"(helpers there are 1..{top})")
        return fact

    def helper_by_name(self, name: str) -> HelperFact:
        bare = name if name.startswith("bpf_") else f"bpf_{name}"
        for fact in self.helpers.values():
            if fact.name == bare:
                return fact
        names = [h.name for h in self.helpers.values()]
        raise KernelModelError(f"unknown helper '{name}' on Linux {self.version}{_close_names(bare, names)}")

    def kfunc(self, name: str) -> KfuncFact:
        fact = self.kfuncs.get(name)
        if fact is None:
            raise KernelModelError(f"unknown kfunc '{name}' on Linux {self.version}"
                                   f"{_close_names(name, list(self.kfuncs))}")
        return fact

    def lsm_hook(self, name: str) -> LsmHookFact:
        bare = name.removeprefix("bpf_lsm_")
        fact = self.lsm_hooks.get(bare)
        if fact is None:
            raise KernelModelError(f"unknown LSM hook '{name}' on Linux {self.version}"
                                   f"{_close_names(bare, list(self.lsm_hooks))}")
        return fact

    def map_type(self, map_type: str) -> MapTypeFact:
        fact = self.maps.get(map_type)
        if fact is None:
            raise KernelModelError(f"unknown map type '{map_type}' on Linux {self.version} "
                                   f"(known: {', '.join(self.maps)})")
        return fact

    def sleepable_map_refusal(self, map_type: str, flags: int) -> str | None:
        """The verifier's refusal of a map of this type, created with these flags, to a sleepable program; None
        where it may use it."""
        fact = self.map_type(map_type)
        if not fact.sleepable_may_use:
            return self.maps_message
        if flags & fact.sleepable_refused_flags:
            return fact.sleepable_flags_message or self.maps_message
        return None

    def regions(self) -> tuple[RegionFact, ...]:
        """The atomic regions of this version, with how each nests and the verifier's messages."""
        return self.region_facts

    def region(self, name: str) -> RegionFact:
        for fact in self.region_facts:
            if fact.name == name:
                return fact
        known = ", ".join(r.name for r in self.region_facts)
        raise KernelModelError(f"no region '{name}' on Linux {self.version} (regions: {known})")

    def callback_kind(self, kind: str) -> CallbackKind:
        fact = self.callback_kinds.get(kind)
        if fact is None:
            raise KernelModelError(f"no callback kind '{kind}' on Linux {self.version}")
        return fact

    def check_prog_type(self, prog_type: str) -> None:
        if prog_type not in self.program_types:
            raise KernelModelError(f"unknown program type '{prog_type}' on Linux {self.version}"
                                   f"{_close_names(prog_type, list(self.program_types))}")

    def check_attach_type(self, attach_type: str) -> None:
        if attach_type not in self.attach_types:
            raise KernelModelError(f"unknown attach type '{attach_type}' on Linux {self.version}"
                                   f"{_close_names(attach_type, list(self.attach_types))}")

    # --- questions -----------------------------------------------------------------------------------------
    def call_effect(self, call: int | str) -> CallEffect:
        """What a call does to the context state. `call` is a helper number or a kfunc (or helper) name."""
        known = self.effects.get(call)
        if known is None:
            known = self.effects[call] = self._call_effect(call)
        return known

    def _call_effect(self, call: int | str) -> CallEffect:
        if isinstance(call, int):
            return self._helper_effect(self.helper(call))
        if call in self.kfuncs:
            return self._kfunc_effect(self.kfuncs[call])
        try:
            return self._helper_effect(self.helper_by_name(call))
        except KernelModelError:
            raise KernelModelError(f"unknown call '{call}' on Linux {self.version}: neither a kfunc nor a helper"
                                   f"{_close_names(call, [*self.kfuncs, *(h.name for h in self.helpers.values())])}"
                                   ) from None

    def not_offered(self, call: str, prog_type: str, attach_type: str | None, sleepable: bool,
                    attach_target: str | None = None) -> str | None:
        """The verifier's refusal where it does not offer the call (a helper or kfunc name) to programs of this
        type, as probed; None where it does, or where no probe says (a type not probed). The probed machine's
        configuration is part of the model: a helper it withholds (bpf_override_return without
        CONFIG_BPF_KPROBE_OVERRIDE) is refused. A call offered only in a configuration the loader must ask for is
        `loader_refusal`'s, refused at load whether reached or not.

        A probe speaks for the attach type it was made with, and for every attach type of a type whose helper list
        does not look at it (offers.attach_independent), except where the probe found a call offered to one attach
        type only (a kprobe session's kfuncs, by a kfunc filter): the others are refused. A kfunc in the
        kernel's BTF, or a helper, that no probed configuration was offered (LSM, tracing or struct_ops only) is
        refused in each of them; a kfunc whose source names the unprobed types that offer it (`unprobed_types`) is
        refused in the other unprobed types too, and in every other type where the machine's kernel lacks it
        (`in_btf` false: sched_ext's kfuncs, registered for struct_ops, tracing and syscall programs). A struct_ops
        program (`attach_target` "struct.member") is probed per struct (its get_func_proto), and per member where a
        member is offered less (tcp_congestion_ops.release); an iterator, on the targets whose registration offers
        calls of its own (`tracing@28:tcp`) and on one other."""
        attach = self.attach_types.index(attach_type) if attach_type in self.attach_types else 0
        exact = f"{prog_type}@{attach}" if attach else prog_type  # as the probe labels the configuration
        kfunc = self.kfuncs.get(call)
        if kfunc is not None and not kfunc.in_btf and kfunc.unprobed_types is not None and \
                prog_type not in kfunc.unprobed_types:
            return self.offers.kfunc_message.format(name=call)  # no probe could load it: its source decides
        helper = self.helper_by_name(call) if kfunc is None else None
        if kfunc is not None:
            probed, offered, certainty = self.offers.kfunc_labels, kfunc.registered_for, kfunc.provenance.certainty
            if kfunc.in_btf and not offered:  # in the kernel, registered for none of the types that load here
                certainty = Certainty.PROBE
        else:  # the probe loads every helper in every configuration, whatever says whether it may sleep
            assert helper is not None
            probed, offered, certainty = self.offers.helper_labels, helper.available_in, Certainty.PROBE
        if prog_type == "syscall":
            label = "syscall(sleepable)" if sleepable else None
        elif prog_type == "struct_ops":
            member = f"struct_ops:{attach_target}"
            label = next((x for x in (member, member.split(".")[0]) if x in probed), None)
        elif f"{exact}:{attach_target}" in probed:  # an iterator target that offers calls of its own
            label = f"{exact}:{attach_target}"
        elif exact in probed:
            label = exact
        else:  # a probe made with another attach type of the type speaks for this one where the type ignores it
            label = next((other for other in probed if other.split("@")[0] == prog_type), None) \
                if prog_type in self.offers.attach_independent else None
        if label is None and kfunc is not None and kfunc.unprobed_types is not None and \
                prog_type not in kfunc.unprobed_types and \
                not any(other.split("@")[0].split("(")[0] == prog_type for other in probed):
            return self.offers.kfunc_message.format(name=call)  # a type no probe loads, that its source leaves out
        if label is None or certainty is not Certainty.PROBE or label in offered:
            return None
        if exact in offered or any(other.startswith(f"{prog_type}(") for other in offered) or \
                (kfunc is not None and self.loader_refusal(call) is not None):
            return None
        if helper is None:
            return self.offers.kfunc_message.format(name=call)
        return dict(helper.refused_in).get(label) or self.offers.helper_message.format(name=call, id=helper.id)

    def context_refusal(self, call: str, prog_type: str, attach_type: str | None, sleepable: bool) -> str | None:
        """The verifier's refusal of a kfunc it offers only to code that runs sleepable (bpf_iter_css_task_new),
        called where the code does not, in a configuration the kernel does not exempt; None otherwise."""
        fact = self.kfuncs.get(call)
        only = fact.sleepable_only if fact is not None else None
        if only is None or sleepable or prog_type in only.exempt or f"{prog_type}@{attach_type}" in only.exempt:
            return None
        return only.message

    def loader_refusal(self, kfunc: str) -> str | None:
        """The verifier's refusal, at load and for every call in the code, of a kfunc offered only in configurations
        the loader must ask for (offers.loader_set: an XDP program bound to a device; bpf_dev_bound_kfunc_check
        refuses it to any other program, whatever its type), as an object loads by default, without them; None for
        any other kfunc."""
        fact = self.kfuncs.get(kfunc)
        if fact is None or not fact.registered_for or \
                any(label not in self.offers.loader_set for label in fact.registered_for):
            return None
        return self.offers.loader_set[fact.registered_for[0]]

    def admissibility(self, prog_type: str, attach_type: str | None, attach_target: str | None, sleepable: bool,
                      error_injection_list: frozenset[str] | None = None) -> Admission:
        return admissibility(self, prog_type, attach_type, attach_target, sleepable, error_injection_list)

    def _callbacks(self, args: tuple[CallbackArg, ...]) -> tuple[CallbackEffect, ...]:
        effects = []
        for arg in args:
            kind = self.callback_kind(arg.kind)
            effects.append(CallbackEffect(arg.register, arg.kind, kind.context,
                                          kind.verifier_context(self.version.patch), kind.runs))
        return tuple(effects)

    def _region_messages(self, key: str, name: str, number: int | None) -> tuple[tuple[str, str], ...]:
        pairs = []
        for region in self.region_facts:
            template = region.message(key)
            if template is not None:
                pairs.append((region.name, template.format(name=name, id=number)))
        return tuple(pairs)

    def _helper_effect(self, fact: HelperFact) -> CallEffect:
        region = self.region_calls.get(fact.name)
        blocking = fact.might_sleep
        checked = fact.verifier_sleeps
        return CallEffect(
            name=fact.name, kind="helper", id=fact.id, blocking=blocking,
            opens=region.opens if region else (), closes=region.closes if region else (),
            fails_with=region.fails_with if region else None,
            spin_lock_allowed=fact.spin_lock_allowed,
            callbacks=self._callbacks(fact.callbacks),
            non_sleepable_message=fact.non_sleepable_message if checked else None,
            region_messages=self._region_messages("helper", fact.name, fact.id) if checked else (),
            source=fact.provenance.source, writes=fact.writes, result_range=fact.result,
            run_constant=fact.run_constant is not None, never_null=fact.never_null is not None,
            pointer_result=fact.pointer_result is not None or fact.never_null is not None,
            verifier_blocking=fact.verifier_might_sleep, blocks_with_flags=fact.blocks_with_flags,
            zeroes_on_failure=fact.zeroes_on_failure is not None)

    def _kfunc_effect(self, fact: KfuncFact) -> CallEffect:
        region = self.region_calls.get(fact.name)
        blocking = fact.sleepable
        message = (self.kfunc_non_sleepable.format(name=fact.name)
                   if blocking and self.kfunc_non_sleepable else None)
        return CallEffect(
            name=fact.name, kind="kfunc", id=None, blocking=blocking,
            opens=region.opens if region else (), closes=region.closes if region else (),
            fails_with=region.fails_with if region else None,
            spin_lock_allowed=fact.spin_lock_allowed,
            callbacks=self._callbacks(fact.callbacks),
            non_sleepable_message=message,
            region_messages=self._region_messages("kfunc", fact.name, None) if blocking else (),
            source=fact.provenance.source, writes=fact.writes, needs_rcu=self._needs_rcu(fact),
            rcu_iterator=_rcu_iterator_step(fact.flags), never_null=fact.never_null is not None,
            pointer_result=fact.never_null is not None, unchecked_in=fact.unchecked_in)

    def _needs_rcu(self, fact: KfuncFact) -> str | None:
        """KF_RCU_PROTECTED kfuncs, and the next and destroy of the iterators they make, want an RCU read-side
        section around them in a sleepable context (a non-sleepable one is one already)."""
        kind = "protected" if "rcu_protected" in fact.flags else "iter" if "rcu_iter" in fact.flags else None
        template = self.region("rcu").message(kind) if kind is not None else None
        return template.format(name=fact.name) if template is not None else None


def _rcu_iterator_step(flags: tuple[str, ...] | frozenset[str]) -> str | None:
    """Which step of an RCU-protected iterator a kfunc is (KF_ITER_NEW with KF_RCU_PROTECTED, or the next or
    destroy of such an iterator): the verifier ends such iterators at bpf_rcu_read_unlock."""
    if "rcu_protected" in flags and "iter_new" in flags:
        return "made"
    if "rcu_iter" in flags:
        return "used" if "iter_next" in flags else "ended" if "iter_destroy" in flags else None
    return None
