"""libbpf's SEC() table as data, matched the way libbpf's sec_def_matches/find_sec_def match it."""

from __future__ import annotations

import pytest

from sleepcheck.model.elf.sections import (
    SecDef,
    attach_type_name,
    attach_type_names,
    attach_type_value,
    find_sec_def,
    prog_type_names,
    provenance,
    section_defs,
    section_meaning,
)

DEFS = section_defs()


def test_table_is_a_current_libbpf() -> None:
    patterns = {d.sec for d in DEFS}
    assert {"uprobe.multi.s+", "struct_ops.s+", "tcx/ingress", "netkit/primary", "kprobe.session+"} <= patterns
    assert len(DEFS) >= 100
    assert len(provenance()["commit"]) == 40


def _names_for(sec_def: SecDef) -> list[str]:
    if sec_def.sec.endswith("+"):
        stem = sec_def.sec[:-1]
        return [stem, f"{stem}/some_target"]
    if sec_def.sec.endswith("/"):
        return [f"{sec_def.sec}x"]
    return [sec_def.sec]


@pytest.mark.parametrize("sec_def", DEFS, ids=lambda d: d.sec)
def test_every_entry_maps_its_own_names(sec_def: SecDef) -> None:
    for name in _names_for(sec_def):
        found = find_sec_def(name)
        assert found is not None
        # libbpf takes the first match; the table lists specific names before general ones, so each name maps
        # to its own entry, or to an earlier entry that also matches it
        earlier = [d for d in DEFS[:DEFS.index(sec_def)] if d.matches(name)]
        assert found == (earlier[0] if earlier else sec_def)
        meaning = section_meaning(name)
        assert meaning is not None
        assert meaning.prog_type == found.prog_type
        assert meaning.prog_type in prog_type_names()
        assert meaning.sleepable == ("SEC_SLEEPABLE" in found.flags)
        if meaning.attach_type is not None:
            assert meaning.attach_type in attach_type_names()


@pytest.mark.parametrize(("name", "prog_type", "attach_type", "sleepable", "target"), [
    ("uprobe.s/bin/bash:readline", "kprobe", None, True, "bin/bash:readline"),
    ("uprobe.s", "kprobe", None, True, None),
    ("uprobe.multi.s", "kprobe", "trace_uprobe_multi", True, None),
    ("uprobe.multi.s//bin/sh:*", "kprobe", "trace_uprobe_multi", True, "/bin/sh:*"),
    ("struct_ops.s/x", "struct_ops", None, True, "x"),
    ("struct_ops/x", "struct_ops", None, False, "x"),
    ("lsm.s/file_open", "lsm", "lsm_mac", True, "file_open"),
    ("lsm/file_open", "lsm", "lsm_mac", False, "file_open"),
    ("lsm_cgroup/socket_bind", "lsm", "lsm_cgroup", False, "socket_bind"),
    ("fentry.s/x", "tracing", "trace_fentry", True, "x"),
    ("fexit/do_unlinkat", "tracing", "trace_fexit", False, "do_unlinkat"),
    ("fmod_ret.s/x", "tracing", "modify_return", True, "x"),
    ("tp_btf/sched_switch", "tracing", "trace_raw_tp", False, "sched_switch"),
    ("tc", "sched_cls", None, False, None),
    ("classifier", "sched_cls", None, False, None),
    ("tcx/ingress", "sched_cls", "tcx_ingress", False, None),
    ("tc/egress", "sched_cls", "tcx_egress", False, None),
    ("netkit/primary", "sched_cls", "netkit_primary", False, None),
    ("kprobe.session", "kprobe", "trace_kprobe_session", False, None),
    ("kprobe/do_sys_openat2", "kprobe", None, False, "do_sys_openat2"),
    ("kretprobe.multi/vfs_*", "kprobe", "trace_kprobe_multi", False, "vfs_*"),
    ("usdt/libc:probe", "kprobe", "trace_uprobe_multi", False, "libc:probe"),
    ("usdt.s", "kprobe", "trace_uprobe_multi", True, None),
    ("xdp.frags", "xdp", "xdp", False, None),
    ("xdp", "xdp", "xdp", False, None),
    ("xdp/devmap", "xdp", "xdp_devmap", False, None),
    ("syscall", "syscall", None, True, None),
    ("iter.s/task", "tracing", "trace_iter", True, "task"),
    ("iter/bpf_map", "tracing", "trace_iter", False, "bpf_map"),
    ("socket", "socket_filter", None, False, None),
    ("cgroup/skb", "cgroup_skb", None, False, None),
    ("cgroup_skb/egress", "cgroup_skb", "cgroup_inet_egress", False, None),
    ("cgroup/connect_unix", "cgroup_sock_addr", "cgroup_unix_connect", False, None),
    ("sk_reuseport/migrate", "sk_reuseport", "sk_reuseport_select_or_migrate", False, None),
    ("tracepoint/syscalls/sys_enter_openat", "tracepoint", None, False, "syscalls/sys_enter_openat"),
    ("raw_tp.w/sys_enter", "raw_tracepoint_writable", None, False, "sys_enter"),
    ("perf_event", "perf_event", None, False, None),
    ("netfilter", "netfilter", "netfilter", False, None),
])
def test_tricky_names(name: str, prog_type: str, attach_type: str | None, sleepable: bool,
                      target: str | None) -> None:
    meaning = section_meaning(name)
    assert meaning is not None
    assert (meaning.prog_type, meaning.attach_type, meaning.sleepable, meaning.attach_target) == (
        prog_type, attach_type, sleepable, target)


def test_usdt_without_uprobe_multi_links_keeps_zero() -> None:
    meaning = section_meaning("usdt", uprobe_multi_link=False)
    assert meaning is not None and meaning.attach_type is None


def test_xdp_frags_flag() -> None:
    assert section_meaning("xdp.frags/cpumap").xdp_frags  # type: ignore[union-attr]
    assert not section_meaning("xdp/cpumap").xdp_frags  # type: ignore[union-attr]


@pytest.mark.parametrize("name", [
    "kprobe_foo",  # libbpf 1.0 dropped sloppy prefixes
    "kprobes/x", "syscall/x", "tc/ingress/extra_not_exact", "xdp_frags", "fentry.sx/y", "", "cgroup/skbx",
    "struct_opsx",
])
def test_names_libbpf_does_not_know(name: str) -> None:
    assert find_sec_def(name) is None
    assert section_meaning(name) is None


def test_attach_type_reverse_map() -> None:
    assert attach_type_name(0) == "cgroup_inet_ingress"
    assert attach_type_name(attach_type_value("lsm_mac")) == "lsm_mac"
    assert attach_type_value("trace_fentry") == 24
    with pytest.raises(ValueError, match="unknown attach type"):
        attach_type_name(10_000)
    assert prog_type_names()[7] == "perf_event"
    assert prog_type_names().index("syscall") == 31


def test_autoload_mark_is_not_part_of_the_type() -> None:
    """`SEC("?tc")` is libbpf's tc with autoload off."""
    from sleepcheck.model.elf.sections import section_meaning

    marked, plain = section_meaning("?tc"), section_meaning("tc")
    assert marked is not None and plain is not None
    assert (marked.prog_type, marked.attach_type) == (plain.prog_type, plain.attach_type)
    sleepable = section_meaning("?fentry.s/do_sys_openat2")
    assert sleepable is not None and sleepable.sleepable and sleepable.attach_target == "do_sys_openat2"
