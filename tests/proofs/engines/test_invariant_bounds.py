"""The bounds a loop head's counter is tried with come from the comparisons its value reaches: too few and a
counted region toggled in the first and last iteration stays unproved, too many and the search for invariants
runs out of rounds."""

from sleepcheck.model.isa.text import parse_asm
from sleepcheck.proofs.engines.invariants import _bounds


def bounds(text: str) -> dict[int, list[int]]:
    return _bounds(parse_asm(text).insns)


def test_a_compare_with_a_constant_bounds_the_register_on_each_side() -> None:
    assert bounds("if r1 == 299 goto +0\nexit")[1] == [298, 299, 300]


def test_a_register_holding_one_constant_bounds_the_register_compared_with_it() -> None:
    found = bounds("r8 = 299\nif r8 s> r1 goto +0\nexit")
    assert found[1] == [298, 299, 300]


def test_a_register_written_twice_holds_no_constant() -> None:
    found = bounds("r8 = 299\nr8 += 1\nif r8 s> r1 goto +0\nexit")
    assert 1 not in found


def test_bounds_pass_back_through_chains_of_copies() -> None:
    # the counter lives in r2; the compiler compares copies of it, copied after the copy that feeds them
    found = bounds("r7 = r2\nr7 <<= 32\nr1 = r7\nr1 >>= 32\nif r1 == 0 goto +0\nif r7 s< 299 goto +0\nexit")
    assert found[2] == [0, 1, 298, 299, 300]


def test_a_call_clobbers_the_registers_it_may_write() -> None:
    found = bounds("r3 = 7\ncall 1\nif r3 > r4 goto +0\nexit")
    assert 4 not in found
