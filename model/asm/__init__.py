"""LLVM BPF assembly text (`clang -target bpf -S`) to the relocatable ELF object clang would write for it, so every
later stage reads a `.s` file as it reads a `.o`: `load_file(path)` opens either, `assemble(text)` gives the bytes."""

from sleepcheck.model.asm.load import assemble, is_assembly, load_file

__all__ = ["assemble", "is_assembly", "load_file"]
