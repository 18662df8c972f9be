"""CO-RE relocation records libbpf refuses make the object an input error, not a verdict on unrelocated code: one on
an instruction libbpf cannot patch (relo_core.c bpf_core_patch_insn), and one whose access string does not follow
its type in the object's own BTF (bpf_core_parse_spec). The object is the corpus's live_core_type_id, assembled from
its text with one record changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from sleepcheck.model.asm import load_file
from sleepcheck.model.errors import ObjectError

TEXT = (Path(__file__).resolve().parents[2] / "bpf" / "asm" / "live_core_type_id.s").read_text()
# the first relocation: a target_type_id on the ld_imm64 at .Ltmp3, access string at 9745 ("0")
FIRST = "\t.long\t.Ltmp3\n\t.long\t17\n\t.long\t9745\n\t.long\t7\n"


def _error(tmp_path: Path, record: str) -> str:
    assert FIRST in TEXT
    path = tmp_path / "edited.s"
    path.write_text(TEXT.replace(FIRST, record))
    with pytest.raises(ObjectError) as caught:
        load_file(path)
    return caught.value.one_line()


def test_the_unedited_text_loads() -> None:
    assert load_file(Path(__file__).resolve().parents[2] / "bpf" / "asm" / "live_core_type_id.s").programs


def test_a_relocation_on_a_call_is_refused(tmp_path: Path) -> None:
    message = _error(tmp_path, FIRST.replace(".Ltmp3", ".Ltmp0"))  # .Ltmp0 is `call 35`
    assert "CO-RE relocation is on an instruction libbpf cannot patch" in message


def test_a_type_relocation_with_a_field_access_string_is_refused(tmp_path: Path) -> None:
    message = _error(tmp_path, FIRST.replace("9745", "9763"))  # the second record's access string, a field's
    assert "access string" in message and "does not follow" in message
