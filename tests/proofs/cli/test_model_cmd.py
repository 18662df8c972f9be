"""`sleepcheck model show`, called the way main() calls it."""

from __future__ import annotations

import io
import json

from sleepcheck.proofs.cli import run


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_show_helper_reads_like_a_reference_page() -> None:
    code, out, err = _run("model", "show", "bpf_copy_from_user")
    assert (code, err) == (0, "")
    assert out.startswith("bpf_copy_from_user  (helper, Linux 6.18)")
    assert 'refused: "helper call might sleep in a non-sleepable prog"' in out
    assert "sleepable helper bpf_copy_from_user#148 in rcu_read_lock region" in out
    assert "Sources:\n  [probe] might sleep: live probe, Linux 6.18.44" in out


def test_show_lsm_hook() -> None:
    code, out, _ = _run("model", "show", "file_open")
    assert code == 0
    assert "LSM hook bpf_lsm_file_open; in the sleepable allowlist" in out
    assert "kernel/bpf/bpf_lsm.c sleepable_lsm_hooks" in out


def test_show_older_kernel_uses_its_messages() -> None:
    code, out, _ = _run("model", "show", "--kernel", "5.10", "bpf_copy_from_user")
    assert code == 0 and '"unknown func bpf_copy_from_user#148"' in out


def test_show_json() -> None:
    code, out, _ = _run("model", "show", "--kernel", "6.18.0", "bpf_timer_set_callback", "--format", "json")
    page = json.loads(out)
    assert code == 0 and page["kind"] == "helper" and page["kernel"] == "6.18.0"
    assert "sleepable exactly when the arming program is" in page["facts"]["callback in R2"]
    assert page["sources"][0]["certainty"] == "probe"


def test_show_version_summary_lists_changes() -> None:
    code, out, _ = _run("model", "show", "--kernel", "6.12")
    assert code == 0
    assert "since 6.1: regions added" in out and "rcu, preempt" in out


def test_unknown_name_and_version_exit_2() -> None:
    code, out, err = _run("model", "show", "no_such_thing")
    assert (code, out) == (2, "") and "no_such_thing" in err
    code, _, err = _run("model", "show", "--kernel", "4.19")
    assert code == 2 and "known: 5.10, 6.1, 6.12, 6.18" in err
