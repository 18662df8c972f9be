"""Operands of data directives and instructions: numbers, symbols, sums and differences of them.

An expression is kept as a linear sum (constant plus symbols with integer coefficients), which is all clang's
output needs: `4`, `timers`, `.Lfunc_end0-cb_timer_safe`, `sym+8`. Resolving it against the labels the assembler
has laid out leaves either a number (a label difference inside one section cancels) or one symbol plus an addend,
which becomes a relocation. Hand-written text also combines numbers with `* / % << >> & | ^`, with the precedence
of LLVM's assembler (GNU mode: `* / % << >>` above `+ -` above `& | ^`); `.` is the current location, which the
assembler names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from sleepcheck.model.errors import AsmError

_TOKEN = re.compile(r"\s*(?:(0[xX][0-9a-fA-F]+|0[bB][01]+|[0-9]+)|([A-Za-z_.$][\w.$@]*)|(<<|>>|[-+()~*/%&|^]))")


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


_BITWISE = {"&": lambda a, b: a & b, "|": lambda a, b: a | b, "^": lambda a, b: a ^ b}
_PRODUCT = {"*": lambda a, b: a * b, "/": lambda a, b: int(a / b), "%": lambda a, b: a - b * int(a / b),
            "<<": lambda a, b: a << b, ">>": lambda a, b: a >> b}


def _sum(tokens: list[str], text: str) -> tuple[Linear, list[str]]:
    """The lowest level: bitwise operators, of numbers only."""
    total, tokens = _additive(tokens, text)
    while tokens and tokens[0] in _BITWISE:
        op = tokens[0]
        other, tokens = _additive(tokens[1:], text)
        total = Linear(_BITWISE[op](_number(total, text), _number(other, text)), ())
    return total, tokens


def _additive(tokens: list[str], text: str) -> tuple[Linear, list[str]]:
    total, tokens = _product(tokens, text)
    while tokens and tokens[0] in ("+", "-"):
        sign = 1 if tokens[0] == "+" else -1
        term, tokens = _product(tokens[1:], text)
        total = total.plus(term.scaled(sign))
    return total, tokens


def _product(tokens: list[str], text: str) -> tuple[Linear, list[str]]:
    total, tokens = _unary(tokens, text)
    while tokens and tokens[0] in _PRODUCT:
        op = tokens[0]
        other, tokens = _unary(tokens[1:], text)
        right = _number(other, text)
        if op in "/%" and right == 0:
            raise AsmError(f"division by zero in {text!r}")
        total = Linear(_PRODUCT[op](_number(total, text), right), ())
    return total, tokens


def _number(expr: Linear, text: str) -> int:
    if expr.terms:
        raise AsmError(f"only numbers combine with * / % << >> & | ^ in {text!r}")
    return expr.constant


def _unary(tokens: list[str], text: str) -> tuple[Linear, list[str]]:
    if not tokens:
        raise AsmError(f"expression {text!r} ends early")
    head, rest = tokens[0], tokens[1:]
    if head in ("+", "-"):
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
    if not (head[0].isalpha() or head[0] in "_.$"):
        raise AsmError(f"unexpected {head!r} in {text!r}")
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


_INSN_TOKEN = re.compile(r"\s*(0[xX][0-9a-fA-F]+|0[bB][01]+|[0-9]+|[A-Za-z_.$][\w.$@]*|<<=|>>=|<<|>>|\S)")
_ARITHMETIC = {"(", ")", "~", "+", "-", *_PRODUCT, *_BITWISE}
_STRONG = {*_PRODUCT, *_BITWISE}  # an operator that makes a run of numbers an expression, not a signed number


def fold_constants(text: str) -> str:
    """An instruction's text with each constant expression (`1 << 4`, `65536 * 2`) replaced by its value, as LLVM's
    assembler folds it; memory operands (`*(u32 *)(r1 + 8)`), signed numbers and registers stay as they are."""
    found = list(_INSN_TOKEN.finditer(text))
    tokens = [m.group(1) for m in found]
    if not _STRONG.intersection(tokens):
        return text
    spans: list[tuple[int, int, str]] = []  # (start, end) in the text, and the value there
    k = 0
    while k < len(tokens):
        end = k
        while end < len(tokens) and (tokens[end] in _ARITHMETIC or tokens[end][0].isdigit()):
            end += 1
        start = k
        while start < end and tokens[start] not in ("(", "~", "-") and not tokens[start][0].isdigit():
            start += 1  # a run starts at a number, a parenthesis or a sign
        if start < end and tokens[start] == "-" and start > 0 and (
                tokens[start - 1][0].isalnum() or tokens[start - 1] == ")"):
            start += 1  # `r1 - 8`: a difference, not a sign
        stop = end
        while stop > start and (tokens[stop - 1] in _ARITHMETIC - {")"} or
                                tokens[start:stop].count("(") < tokens[start:stop].count(")")):
            stop -= 1  # nor ends at an operator or a parenthesis it did not open
        run = tokens[start:stop]
        if run and _STRONG.intersection(run) and any(t[0].isdigit() for t in run):
            spans.append((found[start].start(1), found[stop - 1].end(1), str(parse_expr(" ".join(run)).constant)))
        k = max(end, k + 1)
    for begin, finish, value in reversed(spans):
        text = text[:begin] + value + text[finish:]
    return text
