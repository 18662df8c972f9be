"""The eBPF instruction set: records (`insn`), bytes (`decode`), and text (`text`)."""
