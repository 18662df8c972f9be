"""BPF ELF objects to the program model: `load_object(path) -> BpfObject`, and libbpf's SEC() table (`sections`)."""

from sleepcheck.model.elf.loader import load_object, load_object_bytes

__all__ = ["load_object", "load_object_bytes"]
