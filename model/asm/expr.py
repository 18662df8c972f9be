"""Operands of data directives and instructions: numbers, symbols, sums and differences of them.

An expression is kept as a linear sum (constant plus symbols with integer coefficients), which is all clang's
output needs: `4`, `timers`, `.Lfunc_end0-cb_timer_safe`, `sym+8`. Resolving it against the labels the assembler
has laid out leaves either a number (a label difference inside one section cancels) or one symbol plus an addend,
which becomes a relocation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from sleepcheck.model.errors import AsmError

_TOKEN = re.compile(r"\s*(?:(0[xX][0-9a-fA-F]+|[0-9]+)|([A-Za-z_.$][\w.$@]*)|([-+()~]))")


@dataclass(frozen=True)
class Linear:
    constant: int
    terms: tuple[tuple[str, int], ...]  # (symbol, coefficient), coefficients non-zero, names sorted

    @staticmethod
    def of(constant: int, terms: dict[str, int]) -> Linear:
        return Linear(constant, tuple(sorted((s, c) for s, c in terms.items() if c)))

    def scaled(self, factor: int) -> Linear:
        return Linear(self.constant * factor, tuple((s, c * factor) for s, c in self.terms))

    def plus(self, other: Linear) -> Linear:
        terms = dict(self.terms)
        for symbol, c in other.terms:
            terms[symbol] = terms.get(symbol, 0) + c
        return Linear.of(self.constant + other.constant, terms)


@dataclass(frozen=True)
class Value:
    """`symbol + addend`, or a plain number where `symbol` is None."""

    addend: int
    symbol: str | None


def parse_expr(text: str) -> Linear:
    tokens = _tokens(text)
    expr, rest = _sum(tokens, text)
    if rest:
        raise AsmError(f"unexpected {rest[0]!r} in expression {text!r}")
    return expr


def _tokens(text: str) -> list[str]:
    out: list[str] = []
    k = 0
    text = text.rstrip()
    while k < len(text):
        m = _TOKEN.match(text, k)
        if m is None or not m.group(0).strip():
            raise AsmError(f"cannot read expression {text!r}")
        out.append(m.group(0).strip())
        k = m.end()
    return out


def _sum(tokens: list[str], text: str) -> tuple[Linear, list[str]]:
    total, tokens = _unary(tokens, text)
    while tokens and tokens[0] in "+-":
        sign = 1 if tokens[0] == "+" else -1
        term, tokens = _unary(tokens[1:], text)
        total = total.plus(term.scaled(sign))
    return total, tokens


def _unary(tokens: list[str], text: str) -> tuple[Linear, list[str]]:
    if not tokens:
        raise AsmError(f"expression {text!r} ends early")
    head, rest = tokens[0], tokens[1:]
    if head in "+-":
        term, rest = _unary(rest, text)
        return term.scaled(-1 if head == "-" else 1), rest
    if head == "~":
        term, rest = _unary(rest, text)
        if term.terms:
            raise AsmError(f"~ of a symbol in {text!r}")
        return Linear(~term.constant, ()), rest
    if head == "(":
        inner, rest = _sum(rest, text)
        if not rest or rest[0] != ")":
            raise AsmError(f"missing ) in {text!r}")
        return inner, rest[1:]
    if head[0].isdigit():
        return Linear(int(head, 0), ()), rest
    if head == ")":
        raise AsmError(f"unexpected ) in {text!r}")
    return Linear(0, ((head, 1),)), rest


def resolve(expr: Linear, where: Callable[[str], tuple[int, int] | None]) -> Value:
    """Cancel label differences. `where(symbol)` is (section index, offset) for a symbol defined in the text, None
    for one it does not define. What is left must be a number or one symbol with coefficient 1."""
    constant = expr.constant
    per_section: dict[int, list[tuple[str, int]]] = {}
    undefined: list[tuple[str, int]] = []
    for symbol, c in expr.terms:
        place = where(symbol)
        if place is None:
            undefined.append((symbol, c))
        else:
            per_section.setdefault(place[0], []).append((symbol, c))
            constant += c * place[1]
    left = [terms for terms in per_section.values() if sum(c for _s, c in terms)]
    if not left and not undefined:
        return Value(constant, None)
    if not undefined and len(left) == 1 and sum(c for _s, c in left[0]) == 1:
        symbol = left[0][0][0]  # the terms sum to one symbol of that section: any of them is the base
        section_offset = where(symbol)
        assert section_offset is not None
        return Value(constant - section_offset[1], symbol)
    if not left and len(undefined) == 1 and undefined[0][1] == 1:
        return Value(constant, undefined[0][0])
    raise AsmError("expression is not a number or one symbol plus a number: "
                   + " ".join(f"{c:+d}*{s}" for s, c in expr.terms))
