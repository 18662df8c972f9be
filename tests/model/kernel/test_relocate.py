"""The running kernel's symbols, as libbpf looks a typeless weak extern up in them."""

from __future__ import annotations

from sleepcheck.model.kernel.relocate import Kallsyms


def test_kallsyms_finds_a_whole_name_with_or_without_module() -> None:
    listing = Kallsyms(b"ffffffff81000000 T _text\nffffffff821fb620 T schedule\n"
                       b"ffffffff821fb700 T preempt_schedule\nffffffffc0201000 t tramp\t[__builtin__ftrace]\n")
    assert listing.address("schedule") == 0xFFFFFFFF821FB620
    assert listing.address("tramp") == 0xFFFFFFFFC0201000
    assert listing.address("_text") == 0xFFFFFFFF81000000
    assert listing.address("sched") is None
