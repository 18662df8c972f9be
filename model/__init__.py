"""What things mean: BPF programs, the kernel that runs them, and their semantics as SMT terms."""
