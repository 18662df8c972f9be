/* Straight-line bulk for the large test programs: REPEAT_N(step) pastes a statement N times
 * (N a power of 2), so a program reaches thousands of instructions without a loop. */
#ifndef SLEEPCHECK_TEST_LARGE_H
#define SLEEPCHECK_TEST_LARGE_H

#define REPEAT_2(s) s s
#define REPEAT_4(s) REPEAT_2(REPEAT_2(s))
#define REPEAT_16(s) REPEAT_4(REPEAT_4(s))
#define REPEAT_256(s) REPEAT_16(REPEAT_16(s))
#define REPEAT_512(s) REPEAT_2(REPEAT_256(s))
#define REPEAT_1024(s) REPEAT_4(REPEAT_256(s))
#define REPEAT_8192(s) REPEAT_16(REPEAT_512(s))

/* One xorshift step (six instructions) as a single asm statement: the compiler cannot fold it,
 * and every repetition shares one source location, which keeps line info small. */
#define MIX(h) asm volatile("r1 = %0; r1 <<= 13; %0 ^= r1; r1 = %0; r1 >>= 7; %0 ^= r1" \
			    : "+r"(h) :: "r1");

#endif
