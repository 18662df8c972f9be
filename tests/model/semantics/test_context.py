"""Region transitions follow the kernel model's nesting rules: flag, counter, stack and single."""

from __future__ import annotations

from sleepcheck.model.semantics.context import ContextState, Misuse, apply_call

NESTING = {"rcu": "flag", "preempt": "counter", "irq": "stack", "spin_lock": "single", "res_spin_lock": "stack"}
AT = ("prog", 3)


def _one(state: ContextState, opens: tuple[str, ...] = (), closes: tuple[str, ...] = (), key: object = None):  # type: ignore[no-untyped-def]
    keys = {region: key for region in opens + closes} if key is not None else None
    (outcome,) = apply_call(state, opens, closes, False, AT, NESTING, keys)
    return outcome


def test_rcu_nesting_is_refused_and_unlock_needs_a_lock() -> None:
    inside = _one(ContextState(True), opens=("rcu",)).state
    assert inside.atomic and inside.open[0].at == AT
    assert _one(inside, opens=("rcu",)).misuse is Misuse.NESTED
    assert _one(ContextState(True), closes=("rcu",)).misuse is Misuse.UNMATCHED
    assert not _one(inside, closes=("rcu",)).state.atomic


def test_preempt_counts() -> None:
    twice = _one(_one(ContextState(True), opens=("preempt",)).state, opens=("preempt",)).state
    once = _one(twice, closes=("preempt",)).state
    assert once.atomic and not _one(once, closes=("preempt",)).state.atomic


def test_irq_restores_in_order_by_flag_slot() -> None:
    outer = _one(ContextState(True), opens=("irq",), key=-8).state
    both = _one(outer, opens=("irq",), key=-16).state
    assert _one(both, closes=("irq",), key=-8).misuse is Misuse.OUT_OF_ORDER
    assert _one(_one(both, closes=("irq",), key=-16).state, closes=("irq",), key=-8).state.open == ()


def test_a_failing_acquire_has_two_outcomes() -> None:
    acquired, failed = apply_call(ContextState(True), ("irq", "res_spin_lock"), (), True, AT, NESTING)
    assert acquired.fails is False and acquired.state.holds_lock()
    assert failed.fails is True and failed.state == ContextState(True)


def test_non_sleepable_frame_is_atomic_with_nothing_open() -> None:
    assert ContextState(False).atomic and not ContextState(True).atomic


def test_an_unlock_of_another_named_lock_is_told_apart() -> None:
    held = _one(ContextState(True), opens=("spin_lock",), key=("data", ".data.A", 0)).state
    assert _one(held, closes=("spin_lock",), key=("data", ".data.B", 0)).misuse is Misuse.DIFFERENT_LOCK
    assert _one(held, closes=("spin_lock",), key=("data", ".data.A", 0)).state.open == ()
    assert _one(held, closes=("spin_lock",), key=None).state.open == ()  # unnamed: the held one


def test_restoring_a_flag_never_saved_is_unmatched() -> None:
    saved = _one(ContextState(True), opens=("irq",), key=-8).state
    assert _one(saved, closes=("irq",), key=-24).misuse is Misuse.UNMATCHED
