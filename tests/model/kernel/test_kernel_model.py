"""The API over the data: versions, lookups and their errors, call effects, callbacks per patch level."""

from __future__ import annotations

import pytest

from sleepcheck.model.errors import KernelModelError
from sleepcheck.model.kernel import (
    DEFAULT_KERNEL,
    KERNEL_VERSIONS,
    Context,
    error_injection,
    load_kernel_model,
    parse_kernel_version,
)
from sleepcheck.model.kernel.error_injection import read_error_injection_list, target_error_injection_list


def test_default_is_newest() -> None:
    assert DEFAULT_KERNEL == KERNEL_VERSIONS[-1] == "6.18"


@pytest.mark.parametrize("text", ["6.18", "6.18.0", "6.18.44", "5.10", "6.1", "6.12.3"])
def test_versions_parse(text: str) -> None:
    assert str(load_kernel_model(text).version) == text


@pytest.mark.parametrize("text", ["4.19", "6.19", "7.0.1", "linux", "6", ""])
def test_unknown_versions_name_the_known_ones(text: str) -> None:
    with pytest.raises(KernelModelError) as error:
        parse_kernel_version(text)
    assert "5.10, 6.1, 6.12, 6.18" in str(error.value)


def test_model_is_frozen() -> None:
    model = load_kernel_model("6.18")
    with pytest.raises(AttributeError):
        model.about = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError):
        model.helpers[999] = model.helper(1)  # type: ignore[index]


def test_unknown_helper_kfunc_hook_errors_name_them() -> None:
    model = load_kernel_model("6.18")
    with pytest.raises(KernelModelError, match=r"unknown helper number 212 .*1\.\.211"):
        model.helper(212)
    with pytest.raises(KernelModelError, match=r"unknown helper 'bpf_copy_from_usr'.*bpf_copy_from_user"):
        model.helper_by_name("bpf_copy_from_usr")
    with pytest.raises(KernelModelError, match="unknown kfunc 'bpf_rcu_read_lok'"):
        model.kfunc("bpf_rcu_read_lok")
    with pytest.raises(KernelModelError, match="unknown LSM hook"):
        model.lsm_hook("no_such_hook")
    with pytest.raises(KernelModelError, match=r"unknown helper number 170 on Linux 5\.10"):
        load_kernel_model("5.10").helper(170)


def test_helper_by_name_accepts_the_short_form() -> None:
    model = load_kernel_model("6.18")
    assert model.helper_by_name("copy_from_user").id == model.helper_by_name("bpf_copy_from_user").id == 148


def test_blocking_helper_effect_carries_this_versions_messages() -> None:
    effect = load_kernel_model("6.18").call_effect(148)
    assert effect.blocking and effect.non_sleepable_message == "helper call might sleep in a non-sleepable prog"
    assert effect.region_message("rcu") == "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region"
    assert effect.region_message("irq") == "sleepable helper bpf_copy_from_user#148 in IRQ-disabled region"
    assert load_kernel_model("5.10").call_effect(148).non_sleepable_message == "unknown func bpf_copy_from_user#148"


def test_kfunc_effects_open_and_close_regions() -> None:
    model = load_kernel_model("6.18")
    assert model.call_effect("bpf_rcu_read_lock").opens == ("rcu",)
    assert model.call_effect("bpf_preempt_enable").closes == ("preempt",)
    irqsave = model.call_effect("bpf_res_spin_lock_irqsave")
    assert irqsave.opens == ("irq", "res_spin_lock") and irqsave.fails_with == (-4095, -1)
    assert model.call_effect("bpf_res_spin_unlock_irqrestore").closes == ("res_spin_lock", "irq")
    assert model.call_effect("bpf_spin_lock").opens == ("spin_lock",)
    sleepy = model.call_effect("bpf_copy_from_user_str")
    assert sleepy.blocking and sleepy.non_sleepable_message == (
        "program must be sleepable to call sleepable kfunc bpf_copy_from_user_str")
    assert sleepy.region_message("preempt") == (
        "kernel func bpf_copy_from_user_str is sleepable within non-preemptible region")


def test_spin_lock_allowance() -> None:
    model = load_kernel_model("6.18")
    allowed = {"bpf_spin_unlock", "bpf_list_push_back_impl", "bpf_rbtree_add_impl", "bpf_iter_num_next",
               "bpf_res_spin_unlock", "bpf_refcount_acquire_impl"}
    for name in allowed:
        assert model.call_effect(name).spin_lock_allowed, name
    for name in ("bpf_spin_lock", "bpf_map_lookup_elem", "bpf_rcu_read_lock", "bpf_obj_new_impl"):
        assert not model.call_effect(name).spin_lock_allowed, name


def test_callback_contexts() -> None:
    model = load_kernel_model("6.18")
    (loop,) = model.call_effect("bpf_loop").callbacks
    assert (loop.register, loop.context, loop.verifier_context) == (2, Context.INHERIT, Context.INHERIT)
    (find_vma,) = model.call_effect("bpf_find_vma").callbacks
    assert find_vma.register == 3
    (wq,) = model.call_effect("bpf_wq_set_callback_impl").callbacks
    assert wq.context is Context.SLEEPABLE
    (task_work,) = model.call_effect("bpf_task_work_schedule_signal_impl").callbacks
    assert task_work.context is Context.SLEEPABLE


def test_timer_callback_differs_between_618_0_and_618_44() -> None:
    (before,) = load_kernel_model("6.18.0").call_effect(170).callbacks
    (after,) = load_kernel_model("6.18.44").call_effect(170).callbacks
    assert before.context is after.context is Context.ATOMIC  # what the kernel does never changed
    assert before.verifier_context is Context.PROGRAM  # the verifier used to check it as the arming program
    assert after.verifier_context is Context.ATOMIC
    assert load_kernel_model("6.18.1").call_effect(170).callbacks[0].verifier_context is Context.PROGRAM
    assert load_kernel_model("6.18.2").call_effect(170).callbacks[0].verifier_context is Context.ATOMIC


def test_maps_in_sleepable_programs_per_version() -> None:
    assert load_kernel_model("6.18").sleepable_map_refusal("ringbuf", 0) is None
    assert load_kernel_model("6.18").sleepable_map_refusal("prog_array", 0) is not None
    assert load_kernel_model("5.10").sleepable_map_refusal("ringbuf", 0) is not None
    # 5.10 admits a hash map only preallocated (BPF_F_NO_PREALLOC = 1 refuses it); 6.18 either way
    assert load_kernel_model("5.10").sleepable_map_refusal("hash", 0) is None
    assert load_kernel_model("5.10").sleepable_map_refusal("hash", 1) == \
        "Sleepable programs can only use preallocated hash maps"
    assert load_kernel_model("6.18").sleepable_map_refusal("hash", 1) is None
    assert load_kernel_model("5.10").map_type("hash").condition
    with pytest.raises(KernelModelError, match="unknown map type"):
        load_kernel_model("6.18").sleepable_map_refusal("hashmap", 0)


def test_error_injection_list_reader(tmp_path) -> None:  # type: ignore[no-untyped-def]
    listing = tmp_path / "list"
    listing.write_text("__x64_sys_open\tERRNO\nshould_failslab\tERRNO\n")
    assert read_error_injection_list(listing) == frozenset({"__x64_sys_open", "should_failslab"})
    assert read_error_injection_list(tmp_path / "missing") is None


@pytest.mark.parametrize(("running", "listed", "config", "expected"), [
    (False, frozenset({"f"}), {}, None),  # another kernel's list cannot be read here
    (True, frozenset({"f"}), {}, frozenset({"f"})),
    (True, None, {"CONFIG_HAVE_FUNCTION_ERROR_INJECTION": "y"}, frozenset()),  # built without the list
    (True, None, {"CONFIG_FUNCTION_ERROR_INJECTION": "y"}, None),  # built with it, debugfs not readable
    (True, None, None, None),
])
def test_error_injection_list_of_the_target(monkeypatch, running, listed, config, expected) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(error_injection, "running_series", lambda series: running)
    monkeypatch.setattr(error_injection, "read_error_injection_list", lambda: listed)
    monkeypatch.setattr(error_injection, "running_config", lambda: config)
    assert target_error_injection_list("6.18") == expected


def test_a_call_is_refused_only_where_a_probe_of_the_programs_configuration_left_it_out() -> None:
    model = load_kernel_model("6.18")
    assert model.not_offered("bpf_sys_close", "kprobe", None, True) == \
        "program of this type cannot use helper bpf_sys_close#168"
    assert model.not_offered("bpf_lookup_user_key", "kprobe", None, True) == \
        "calling kernel function bpf_lookup_user_key is not allowed"
    assert model.not_offered("bpf_sys_close", "syscall", None, True) is None
    assert model.not_offered("bpf_skb_load_bytes", "kprobe", None, False) is not None
    assert model.not_offered("bpf_copy_from_user", "kprobe", None, False) is None
    assert model.not_offered("bpf_sys_close", "syscall", None, False) is None  # not probed without the flag
    assert model.not_offered("bpf_sys_close", "tracing", None, True) is None  # not probed at all
    assert model.not_offered("bpf_xdp_adjust_head", "cgroup_skb", None, False) is not None  # whatever the attach type
    # in the kernel's BTF, offered to LSM, tracing or struct_ops programs only (none of them loads here)
    assert model.not_offered("bpf_get_file_xattr", "kprobe", None, True) == \
        "calling kernel function bpf_get_file_xattr is not allowed"
    assert model.not_offered("bpf_get_file_xattr", "lsm", None, True) is None
    # not in this machine's BTF (no sched_ext here): the types its kfunc sets are registered for, from source
    assert model.not_offered("scx_bpf_now", "kprobe", None, False) == \
        "calling kernel function scx_bpf_now is not allowed"
    assert model.not_offered("scx_bpf_now", "tracing", None, False) is None
    assert model.not_offered("scx_bpf_now", "struct_ops", None, False, "sched_ext_ops.enqueue") is None
    assert model.not_offered("scx_bpf_dsq_insert", "syscall", None, True) is not None  # struct_ops alone
    assert model.not_offered("scx_bpf_create_dsq", "syscall", None, True) is None
    assert model.not_offered("hid_bpf_get_data", "syscall", None, True) is not None  # hid_bpf_ops programs alone
    assert model.not_offered("hid_bpf_allocate_context", "syscall", None, True) is None
    # registered for syscall programs without KF_SLEEPABLE: it sleeps there too, but the verifier does not check it
    assert model.call_effect("hid_bpf_hw_request").unchecked_in == ("syscall",)


def test_sched_ext_kfuncs_follow_the_version() -> None:
    """6.13 renamed the dispatch kfuncs (scx_bpf_dispatch became scx_bpf_dsq_insert); 6.18 made scx_bpf_cpu_curr."""
    old, new = load_kernel_model("6.12"), load_kernel_model("6.18")
    assert {"scx_bpf_dispatch", "scx_bpf_consume"} <= old.kfuncs.keys() and "scx_bpf_dsq_insert" not in old.kfuncs
    assert {"scx_bpf_dsq_insert", "scx_bpf_cpu_curr"} <= new.kfuncs.keys() and "scx_bpf_dispatch" not in new.kfuncs
    for model in (old, new):
        assert [name for name, k in model.kfuncs.items() if name.startswith("scx_") and k.sleepable] == \
            ["scx_bpf_create_dsq"]
    # offered to kprobe session programs only (attach type trace_kprobe_session), whatever the section says else
    assert model.not_offered("bpf_session_cookie", "kprobe", "trace_kprobe_session", False) is None
    assert model.not_offered("bpf_session_cookie", "kprobe", None, False) is not None
    assert model.not_offered("bpf_session_cookie", "kprobe", "trace_kprobe_multi", False) is not None
    # offered to device-bound XDP programs only, which a loader must ask for: an object is checked as loaded without,
    # and refused at load, reached or not (not where a run reaches it)
    assert model.not_offered("bpf_xdp_metadata_rx_hash", "xdp", None, False) is None
    assert model.loader_refusal("bpf_xdp_metadata_rx_hash") == "metadata kfuncs require device-bound program"
    assert model.loader_refusal("bpf_rcu_read_lock") is None
    # withheld by the probed kernel's configuration (CONFIG_BPF_KPROBE_OVERRIDE unset, lockdown for integrity)
    assert model.not_offered("bpf_override_return", "kprobe", None, False) == \
        "program of this type cannot use helper bpf_override_return#58"
    assert model.not_offered("bpf_probe_write_user", "tracepoint", None, False) is not None
    # struct_ops: per struct, and per member where one is offered less; a struct not probed says nothing
    so = "struct_ops"
    assert model.not_offered("bpf_setsockopt", so, None, False, "tcp_congestion_ops.init") is None
    assert model.not_offered("bpf_setsockopt", so, None, False, "tcp_congestion_ops.release") == \
        "program of this type cannot use helper bpf_setsockopt#49"
    assert model.not_offered("bpf_copy_from_user", so, None, True, "bpf_dummy_ops.test_sleepable") is not None
    assert model.not_offered("bpf_ktime_get_ns", so, None, False, "sched_ext_ops.enqueue") is None
    # refused in the verifier's own words where its .allowed callback refuses (tp_btf is tracing@23)
    assert model.not_offered("bpf_d_path", "tracing", "trace_raw_tp", False) == "helper call is not allowed in probe"
    assert model.not_offered("bpf_d_path", "tracing", "trace_iter", False) is None
    for version in ("5.10", "6.1", "6.12"):  # availability there is inferred: nothing is refused for it
        assert load_kernel_model(version).not_offered("bpf_skb_load_bytes", "kprobe", None, False) is None
