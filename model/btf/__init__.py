"""BTF: `.BTF` types (`parse.Btf`, `parse.load_vmlinux`), `.BTF.ext` records (`ext.parse_ext`), and BTF a kernel
accepts from an object (`loadable.loadable_btf`)."""
