"""Assembly text to statements: comments gone, labels split off, each statement with its line number.

The syntax is what clang's BPF assembly printer writes and LLVM's assembler reads: `#` and `//` start a comment
outside a string, `/* */` is one (over lines too), `;` separates two statements on one line, `name:` defines a
label (several may precede one statement), a statement starting with `.` and a letter is a directive, anything else
is an instruction. A numeric label (`1:`) may be defined many times: `1b` names the last one defined before (or on)
its statement, `1f` the next one after; each definition gets a temporary name of its own. Clang brackets inline
assembly with `#APP` and `#NO_APP` comments; statements between them are marked, since clang's parser treats their
labels differently.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from sleepcheck.model.errors import AsmError

_LABEL = re.compile(r'\s*([A-Za-z_.$][\w.$@]*|"[^"]+"|[0-9]+)\s*:(?!:)')
_NUMERIC_REF = re.compile(r"\b([0-9]+)([fb])\b")
_DIRECTIVE = re.compile(r"(\.[A-Za-z_][\w.]*)\s*(.*)")
_ESCAPES = {"n": 10, "t": 9, "r": 13, "b": 8, "f": 12, "v": 11, "a": 7, "\\": 92, '"': 34, "'": 39}


@dataclass(frozen=True)
class Statement:
    line: int
    labels: tuple[str, ...]
    text: str  # the directive or instruction; "" for labels alone
    inline_asm: bool = False

    @property
    def directive(self) -> tuple[str, str] | None:
        """(name, arguments) when the statement is a directive."""
        m = _DIRECTIVE.fullmatch(self.text)
        return (m.group(1), m.group(2)) if m else None


def statements(text: str) -> list[Statement]:
    return _numbered_labels(list(_read(text)))


def _numbered_labels(found: list[Statement]) -> list[Statement]:
    """Numeric labels renamed, each definition apart, and `Nb`/`Nf` references to them (outside strings)."""
    defined: dict[str, list[int]] = {}  # number -> the statements defining it, in order
    for k, st in enumerate(found):
        for label in st.labels:
            if label.isdigit():
                defined.setdefault(label, []).append(k)
    if not defined:
        return found

    def name(number: str, k: int) -> str:
        return f".Lnum.{number}.{k}"

    def reference(k: int, match: re.Match[str]) -> str:
        number, way = match.groups()
        places = defined.get(number, [])
        chosen = [p for p in places if p <= k] if way == "b" else [p for p in places if p > k]
        if not chosen:
            raise AsmError(f"line {found[k].line}: no label {number} {'before' if way == 'b' else 'after'} "
                           f"{match.group(0)!r}")
        return name(number, chosen[-1] if way == "b" else chosen[0])

    out = []
    for k, st in enumerate(found):
        labels = tuple(name(label, k) if label.isdigit() else label for label in st.labels)
        text = st.text if '"' in st.text else _NUMERIC_REF.sub(lambda m, k=k: reference(k, m), st.text)
        out.append(Statement(st.line, labels, text, st.inline_asm))
    return out


def _read(text: str) -> Iterator[Statement]:
    inline_asm = False
    for number, raw in enumerate(_without_block_comments(text).splitlines(), start=1):
        marker = raw.strip()
        if marker in ("#APP", "#NO_APP"):
            inline_asm = marker == "#APP"
            continue
        for body in _parts(raw, number):
            labels: list[str] = []
            while m := _LABEL.match(body):
                labels.append(m.group(1).strip('"'))
                body = body[m.end():]
            body = body.strip()
            if labels or body:
                yield Statement(number, tuple(labels), body, inline_asm)


def _without_block_comments(text: str) -> str:
    """The text with each `/* ... */` (which may span lines) blanked, its line breaks kept, outside strings."""
    if "/*" not in text:
        return text
    out: list[str] = []
    quoted = False
    k = 0
    while k < len(text):
        c = text[k]
        if quoted:
            if c == "\\":
                out.append(text[k:k + 2])
                k += 2
                continue
            quoted = c != '"' and c != "\n"
        elif c == '"':
            quoted = True
        elif text.startswith("/*", k):
            end = text.find("*/", k + 2)
            end = len(text) if end < 0 else end + 2
            out.append(" " + "\n" * text.count("\n", k, end))
            k = end
            continue
        out.append(c)
        k += 1
    return "".join(out)


def _parts(line: str, number: int) -> list[str]:
    """The statements of a line: up to a comment, split at each `;`, outside strings."""
    parts: list[str] = []
    quoted = False
    start = k = 0
    while k < len(line):
        c = line[k]
        if quoted:
            if c == "\\":
                k += 1
            elif c == '"':
                quoted = False
        elif c == '"':
            quoted = True
        elif c == "#" or line.startswith("//", k):
            break
        elif c == ";":
            parts.append(line[start:k])
            start = k + 1
        k += 1
    else:
        if quoted:
            raise AsmError(f"line {number}: string not closed")
    parts.append(line[start:k])
    return parts


def split_args(text: str) -> list[str]:
    """Comma-separated arguments, commas inside strings and parentheses kept."""
    out: list[str] = []
    depth = 0
    quoted = False
    start = 0
    k = 0
    while k < len(text):
        c = text[k]
        if quoted:
            if c == "\\":
                k += 1
            elif c == '"':
                quoted = False
        elif c == '"':
            quoted = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "," and depth == 0:
            out.append(text[start:k].strip())
            start = k + 1
        k += 1
    last = text[start:].strip()
    if last or out:
        out.append(last)
    return out


def parse_string(token: str) -> bytes:
    """A double-quoted string with C escapes (octal `\\000`, hex `\\x41`, `\\n`...) to its bytes."""
    if len(token) < 2 or token[0] != '"' or token[-1] != '"':
        raise AsmError(f"expected a string in double quotes, not {token!r}")
    body = token[1:-1]
    out = bytearray()
    k = 0
    while k < len(body):
        c = body[k]
        if c != "\\":
            out += c.encode()
            k += 1
            continue
        k += 1
        if k == len(body):
            raise AsmError(f"string ends in a backslash: {token!r}")
        e = body[k]
        if e in "01234567":
            digits = re.match(r"[0-7]{1,3}", body[k:])
            assert digits is not None  # body[k] is an octal digit
            out.append(int(digits.group(0), 8) & 0xFF)
            k += len(digits.group(0))
        elif e in "xX":
            m = re.match(r"[0-9a-fA-F]+", body[k + 1:])
            if m is None:
                raise AsmError(f"\\x without hex digits in {token!r}")
            out.append(int(m.group(0), 16) & 0xFF)
            k += 1 + len(m.group(0))
        elif e in _ESCAPES:
            out.append(_ESCAPES[e])
            k += 1
        else:
            raise AsmError(f"unknown escape \\{e} in {token!r}")
    return bytes(out)
