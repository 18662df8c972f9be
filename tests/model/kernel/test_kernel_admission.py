"""May a program be sleepable here: allowed, refused with the kernel's message, or depends on the unknown."""

from __future__ import annotations

import pytest

from sleepcheck.model.errors import KernelModelError
from sleepcheck.model.kernel import AdmissionStatus, load_kernel_model

ALLOWED, REFUSED, DEPENDS = AdmissionStatus.ALLOWED, AdmissionStatus.REFUSED, AdmissionStatus.DEPENDS


def test_syscall_must_be_sleepable_from_514_on() -> None:
    model = load_kernel_model("6.18")
    assert model.admissibility("syscall", None, None, True).status is ALLOWED
    refused = model.admissibility("syscall", None, None, False)
    assert (refused.status, refused.message) == (REFUSED, "Syscall programs can only be sleepable")
    with pytest.raises(KernelModelError, match="unknown program type 'syscall'"):
        load_kernel_model("5.10").admissibility("syscall", None, None, True)


@pytest.mark.parametrize("prog_type", ["sched_cls", "xdp", "tracepoint", "socket_filter", "perf_event"])
def test_atomic_program_types_are_refused(prog_type: str) -> None:
    admission = load_kernel_model("6.18").admissibility(prog_type, None, None, True)
    assert admission.status is REFUSED
    assert admission.message == (
        "Only fentry/fexit/fmod_ret, lsm, iter, uprobe, and struct_ops programs can be sleepable")


def test_kprobe_sleepable_loads_and_only_uprobe_attach_works() -> None:
    model = load_kernel_model("6.18")
    uprobe = model.admissibility("kprobe", None, "uprobe:/bin/true:main", True)
    assert (uprobe.status, uprobe.checked_at) == (ALLOWED, "attach")
    kprobe = model.admissibility("kprobe", None, "kprobe:do_sys_open", True)
    assert (kprobe.status, kprobe.checked_at) == (REFUSED, "attach")
    old = load_kernel_model("5.10").admissibility("kprobe", None, None, True)
    assert old.status is REFUSED and old.message == "Only fentry/fexit/fmod_ret and lsm programs can be sleepable"


def test_fentry_depends_on_the_error_injection_list() -> None:
    model = load_kernel_model("6.18")
    unknown = model.admissibility("tracing", "trace_fentry", "vfs_read", True)
    assert unknown.status is DEPENDS and "error-injection list" in unknown.reason
    syscall = model.admissibility("tracing", "trace_fentry", "__x64_sys_openat", True)
    assert syscall.status is ALLOWED and "system call" in syscall.reason
    listed = frozenset({"__x64_sys_openat", "should_failslab"})
    assert model.admissibility("tracing", "trace_fentry", "__x64_sys_openat", True, listed).status is ALLOWED
    missing = model.admissibility("tracing", "trace_fexit", "vfs_read", True, listed)
    assert (missing.status, missing.message) == (REFUSED, "vfs_read is not sleepable")
    denied = model.admissibility("tracing", "modify_return", "should_failslab", True, listed)
    assert (denied.status, denied.message) == (REFUSED, "should_failslab is not sleepable")
    assert model.admissibility("tracing", "trace_fentry", "bpf_fentry_test1", True, frozenset()).status is ALLOWED
    assert model.admissibility("tracing", "trace_fentry", "migrate_disable", True, listed).status is REFUSED


def test_tp_btf_sleepable_refused_from_63_but_loaded_before() -> None:
    assert load_kernel_model("6.18").admissibility("tracing", "trace_raw_tp", "sched_switch", True).status is REFUSED
    old = load_kernel_model("6.1").admissibility("tracing", "trace_raw_tp", "sched_switch", True)
    assert old.status is ALLOWED and old.runs_sleepable is False


def test_lsm_uses_the_allowlist() -> None:
    model = load_kernel_model("6.18")
    assert model.admissibility("lsm", "lsm_mac", "file_open", True).status is ALLOWED
    assert model.admissibility("lsm", "lsm_mac", "bpf_lsm_file_open", True).status is ALLOWED
    refused = model.admissibility("lsm", "lsm_mac", "file_permission", True)
    assert (refused.status, refused.message) == (REFUSED, "bpf_lsm_file_permission is not sleepable")
    assert model.admissibility("lsm", "lsm_mac", "file_permission", False).status is ALLOWED
    assert load_kernel_model("5.10").admissibility("lsm", "lsm_mac", "file_open", True).status is REFUSED
    assert load_kernel_model("5.10").admissibility("lsm", "lsm_mac", "bprm_committed_creds", True).status is ALLOWED


def test_struct_ops_members() -> None:
    model = load_kernel_model("6.18")
    assert model.admissibility("struct_ops", None, "sched_ext_ops.init_task", True).status is ALLOWED
    dispatch = model.admissibility("struct_ops", None, "sched_ext_ops.dispatch", True)
    assert dispatch.status is REFUSED
    assert dispatch.message == "attach to unsupported member dispatch of struct sched_ext_ops"
    assert model.admissibility("struct_ops", None, "hid_bpf_ops.hid_rdesc_fixup", True).status is ALLOWED
    assert model.admissibility("struct_ops", None, "hid_bpf_ops.hid_device_event", True).status is REFUSED
    tcp = model.admissibility("struct_ops", None, "tcp_congestion_ops.cong_avoid", True)
    assert tcp.status is ALLOWED and tcp.runs_sleepable is False  # the verifier lets it through; it runs atomic
    assert model.admissibility("struct_ops", None, "my_ops.op", True).status is DEPENDS
    with pytest.raises(KernelModelError, match="no member 'nope'"):
        model.admissibility("struct_ops", None, "sched_ext_ops.nope", True)
    assert load_kernel_model("6.1").admissibility("struct_ops", None, "sched_ext_ops.init", True).status is REFUSED


def test_unknown_attach_type_is_an_error() -> None:
    with pytest.raises(KernelModelError, match=r"unknown attach type 'fentry'.*trace_fentry"):
        load_kernel_model("6.18").admissibility("tracing", "fentry", "x", True)
