	.text
	.file	"sub_global_copy_in_rcu.bpf.c"
	.file	0 "." "sub_global_copy_in_rcu.bpf.c" md5 0xc9f97819d77ef58953d949adca81f8b7
	.file	1 "." "common.h" md5 0x7880bcbf4a61ad306ae1087d262c9ad6
	.file	2 ".." "vmlinux.h" md5 0xc786542dda78ab1a0ea282600316fb63
	.file	3 "/usr/include/bpf" "bpf_helper_defs.h" md5 0xba0039f6acc4710a5f4349e628ddfb60
	.globl	fetch_word_global               # -- Begin function fetch_word_global
	.p2align	3
	.type	fetch_word_global,@function
fetch_word_global:                      # @fetch_word_global
.Lfunc_begin0:
	.loc	0 7 0                           # sub_global_copy_in_rcu.bpf.c:7:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: fetch_word_global:uptr <- $r1
	r3 = r1
.Ltmp0:
.Ltmp1:
	#DEBUG_VALUE: fetch_word_global:uptr <- $r3
	r1 = 0
.Ltmp2:
	.loc	0 8 6 prologue_end              # sub_global_copy_in_rcu.bpf.c:8:6
.Ltmp3:
.Ltmp4:
	*(u64 *)(r10 - 8) = r1
	r1 = r10
	r1 += -8
	.loc	0 10 2                          # sub_global_copy_in_rcu.bpf.c:10:2
.Ltmp5:
	w2 = 8
	call 148
.Ltmp6:
.Ltmp7:
	.loc	0 11 9                          # sub_global_copy_in_rcu.bpf.c:11:9
.Ltmp8:
	r0 = *(u64 *)(r10 - 8)
	.loc	0 11 2 is_stmt 0                # sub_global_copy_in_rcu.bpf.c:11:2
.Ltmp9:
	exit
.Ltmp10:
.Ltmp11:
.Lfunc_end0:
	.size	fetch_word_global, .Lfunc_end0-fetch_word_global
	.cfi_endproc
                                        # -- End function
	.section	uprobe.s,"ax",@progbits
	.globl	sub_global_copy_in_rcu          # -- Begin function sub_global_copy_in_rcu
	.p2align	3
	.type	sub_global_copy_in_rcu,@function
sub_global_copy_in_rcu:                 # @sub_global_copy_in_rcu
.Lfunc_begin1:
	.loc	0 16 0 is_stmt 1                # sub_global_copy_in_rcu.bpf.c:16:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: sub_global_copy_in_rcu:ctx <- $r1
	r6 = r1
.Ltmp12:
.Ltmp13:
	#DEBUG_VALUE: sub_global_copy_in_rcu:ctx <- $r6
	.loc	0 19 2 prologue_end             # sub_global_copy_in_rcu.bpf.c:19:2
.Ltmp14:
	call bpf_rcu_read_lock
.Ltmp15:
	.loc	0 20 24                         # sub_global_copy_in_rcu.bpf.c:20:24
.Ltmp16:
.Ltmp17:
	r1 = *(u64 *)(r6 + 112)
	.loc	0 20 6 is_stmt 0                # sub_global_copy_in_rcu.bpf.c:20:6
.Ltmp18:
	call fetch_word_global
.Ltmp19:
	r6 = r0
.Ltmp20:
.Ltmp21:
	#DEBUG_VALUE: sub_global_copy_in_rcu:w <- $r6
	.loc	0 22 9 is_stmt 1                # sub_global_copy_in_rcu.bpf.c:22:9
.Ltmp22:
	w6 &= 255
.Ltmp23:
.Ltmp24:
	.loc	0 21 2                          # sub_global_copy_in_rcu.bpf.c:21:2
.Ltmp25:
	call bpf_rcu_read_unlock
.Ltmp26:
	.loc	0 22 2                          # sub_global_copy_in_rcu.bpf.c:22:2
.Ltmp27:
	w0 = w6
	exit
.Ltmp28:
.Ltmp29:
.Lfunc_end1:
	.size	sub_global_copy_in_rcu, .Lfunc_end1-sub_global_copy_in_rcu
	.cfi_endproc
                                        # -- End function
	.type	LICENSE,@object                 # @LICENSE
	.section	license,"aw",@progbits
	.globl	LICENSE
LICENSE:
	.asciz	"GPL"
	.size	LICENSE, 4

	.section	.debug_loclists,"",@progbits
	.long	.Ldebug_list_header_end0-.Ldebug_list_header_start0 # Length
.Ldebug_list_header_start0:
	.short	5                               # Version
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
	.long	3                               # Offset entry count
.Lloclists_table_base0:
	.long	.Ldebug_loc0-.Lloclists_table_base0
	.long	.Ldebug_loc1-.Lloclists_table_base0
	.long	.Ldebug_loc2-.Lloclists_table_base0
.Ldebug_loc0:
	.byte	1                               # DW_LLE_base_addressx
	.byte	1                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin0-.Lfunc_begin0    #   starting offset
	.uleb128 .Ltmp0-.Lfunc_begin0           #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp0-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp6-.Lfunc_begin0           #   ending offset
	.byte	1                               # Loc expr size
	.byte	83                              # DW_OP_reg3
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	1                               # DW_LLE_base_addressx
	.byte	2                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin1-.Lfunc_begin1    #   starting offset
	.uleb128 .Ltmp12-.Lfunc_begin1          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp12-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp20-.Lfunc_begin1          #   ending offset
	.byte	1                               # Loc expr size
	.byte	86                              # DW_OP_reg6
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc2:
	.byte	1                               # DW_LLE_base_addressx
	.byte	2                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp20-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp23-.Lfunc_begin1          #   ending offset
	.byte	1                               # Loc expr size
	.byte	86                              # DW_OP_reg6
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_list_header_end0:
	.section	.debug_abbrev,"",@progbits
	.byte	1                               # Abbreviation Code
	.byte	17                              # DW_TAG_compile_unit
	.byte	1                               # DW_CHILDREN_yes
	.byte	37                              # DW_AT_producer
	.byte	37                              # DW_FORM_strx1
	.byte	19                              # DW_AT_language
	.byte	5                               # DW_FORM_data2
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	114                             # DW_AT_str_offsets_base
	.byte	23                              # DW_FORM_sec_offset
	.byte	16                              # DW_AT_stmt_list
	.byte	23                              # DW_FORM_sec_offset
	.byte	27                              # DW_AT_comp_dir
	.byte	37                              # DW_FORM_strx1
	.byte	17                              # DW_AT_low_pc
	.byte	1                               # DW_FORM_addr
	.byte	85                              # DW_AT_ranges
	.byte	35                              # DW_FORM_rnglistx
	.byte	115                             # DW_AT_addr_base
	.byte	23                              # DW_FORM_sec_offset
	.byte	116                             # DW_AT_rnglists_base
	.byte	23                              # DW_FORM_sec_offset
	.ascii	"\214\001"                      # DW_AT_loclists_base
	.byte	23                              # DW_FORM_sec_offset
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	2                               # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	3                               # Abbreviation Code
	.byte	1                               # DW_TAG_array_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	4                               # Abbreviation Code
	.byte	33                              # DW_TAG_subrange_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	55                              # DW_AT_count
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	5                               # Abbreviation Code
	.byte	36                              # DW_TAG_base_type
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	62                              # DW_AT_encoding
	.byte	11                              # DW_FORM_data1
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	6                               # Abbreviation Code
	.byte	36                              # DW_TAG_base_type
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	62                              # DW_AT_encoding
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	7                               # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	5                               # DW_FORM_data2
	.byte	28                              # DW_AT_const_value
	.byte	15                              # DW_FORM_udata
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	8                               # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	9                               # Abbreviation Code
	.byte	21                              # DW_TAG_subroutine_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	10                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	11                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	12                              # Abbreviation Code
	.byte	22                              # DW_TAG_typedef
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	13                              # Abbreviation Code
	.byte	38                              # DW_TAG_const_type
	.byte	0                               # DW_CHILDREN_no
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	14                              # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	64                              # DW_AT_frame_base
	.byte	24                              # DW_FORM_exprloc
	.byte	122                             # DW_AT_call_all_calls
	.byte	25                              # DW_FORM_flag_present
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	15                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_FORM_loclistx
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	16                              # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	17                              # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_FORM_loclistx
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	18                              # Abbreviation Code
	.byte	72                              # DW_TAG_call_site
	.byte	0                               # DW_CHILDREN_no
	.byte	127                             # DW_AT_call_origin
	.byte	19                              # DW_FORM_ref4
	.byte	125                             # DW_AT_call_return_pc
	.byte	27                              # DW_FORM_addrx
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	19                              # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	60                              # DW_AT_declaration
	.byte	25                              # DW_FORM_flag_present
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	20                              # Abbreviation Code
	.byte	19                              # DW_TAG_structure_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	5                               # DW_FORM_data2
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	21                              # Abbreviation Code
	.byte	13                              # DW_TAG_member
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	5                               # DW_FORM_data2
	.byte	56                              # DW_AT_data_member_location
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	22                              # Abbreviation Code
	.byte	13                              # DW_TAG_member
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	5                               # DW_FORM_data2
	.byte	56                              # DW_AT_data_member_location
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	23                              # Abbreviation Code
	.byte	23                              # DW_TAG_union_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	5                               # DW_FORM_data2
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	24                              # Abbreviation Code
	.byte	13                              # DW_TAG_member
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	5                               # DW_FORM_data2
	.byte	13                              # DW_AT_bit_size
	.byte	11                              # DW_FORM_data1
	.byte	107                             # DW_AT_data_bit_offset
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	0                               # EOM(3)
	.section	.debug_info,"",@progbits
.Lcu_begin0:
	.long	.Ldebug_info_end0-.Ldebug_info_start0 # Length of Unit
.Ldebug_info_start0:
	.short	5                               # DWARF version number
	.byte	1                               # DWARF Unit Type
	.byte	8                               # Address Size (in bytes)
	.long	.debug_abbrev                   # Offset Into Abbrev. Section
	.byte	1                               # Abbrev [1] 0xc:0x2d0 DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	29                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.quad	0                               # DW_AT_low_pc
	.byte	0                               # DW_AT_ranges
	.long	.Laddr_table_base0              # DW_AT_addr_base
	.long	.Lrnglists_table_base0          # DW_AT_rnglists_base
	.long	.Lloclists_table_base0          # DW_AT_loclists_base
	.byte	2                               # Abbrev [2] 0x2f:0xb DW_TAG_variable
	.byte	3                               # DW_AT_name
	.long	58                              # DW_AT_type
                                        # DW_AT_external
	.byte	1                               # DW_AT_decl_file
	.byte	18                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	0
	.byte	3                               # Abbrev [3] 0x3a:0xc DW_TAG_array_type
	.long	70                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0x3f:0x6 DW_TAG_subrange_type
	.long	74                              # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x46:0x4 DW_TAG_base_type
	.byte	4                               # DW_AT_name
	.byte	6                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	6                               # Abbrev [6] 0x4a:0x4 DW_TAG_base_type
	.byte	5                               # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	7                               # DW_AT_encoding
	.byte	7                               # Abbrev [7] 0x4e:0xb DW_TAG_variable
	.byte	6                               # DW_AT_name
	.long	89                              # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	3538                            # DW_AT_decl_line
	.ascii	"\224\001"                      # DW_AT_const_value
	.byte	8                               # Abbrev [8] 0x59:0x5 DW_TAG_pointer_type
	.long	94                              # DW_AT_type
	.byte	9                               # Abbrev [9] 0x5e:0x15 DW_TAG_subroutine_type
	.long	115                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	10                              # Abbrev [10] 0x63:0x5 DW_TAG_formal_parameter
	.long	119                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0x68:0x5 DW_TAG_formal_parameter
	.long	120                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0x6d:0x5 DW_TAG_formal_parameter
	.long	132                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x73:0x4 DW_TAG_base_type
	.byte	7                               # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	11                              # Abbrev [11] 0x77:0x1 DW_TAG_pointer_type
	.byte	12                              # Abbrev [12] 0x78:0x8 DW_TAG_typedef
	.long	128                             # DW_AT_type
	.byte	9                               # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	18                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x80:0x4 DW_TAG_base_type
	.byte	8                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	8                               # Abbrev [8] 0x84:0x5 DW_TAG_pointer_type
	.long	137                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0x89:0x1 DW_TAG_const_type
	.byte	14                              # Abbrev [14] 0x8a:0x24 DW_TAG_subprogram
	.byte	1                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	12                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	234                             # DW_AT_type
                                        # DW_AT_external
	.byte	15                              # Abbrev [15] 0x99:0x9 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_location
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
	.long	234                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0xa2:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	0
	.byte	18                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	8                               # DW_AT_decl_line
	.long	234                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0xae:0x34 DW_TAG_subprogram
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	16                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	254                             # DW_AT_type
                                        # DW_AT_external
	.byte	15                              # Abbrev [15] 0xbd:0x9 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	20                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.long	258                             # DW_AT_type
	.byte	17                              # Abbrev [17] 0xc6:0x9 DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	18                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	17                              # DW_AT_decl_line
	.long	234                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0xcf:0x6 DW_TAG_call_site
	.long	226                             # DW_AT_call_origin
	.byte	3                               # DW_AT_call_return_pc
	.byte	18                              # Abbrev [18] 0xd5:0x6 DW_TAG_call_site
	.long	138                             # DW_AT_call_origin
	.byte	4                               # DW_AT_call_return_pc
	.byte	18                              # Abbrev [18] 0xdb:0x6 DW_TAG_call_site
	.long	230                             # DW_AT_call_origin
	.byte	5                               # DW_AT_call_return_pc
	.byte	0                               # End Of Children Mark
	.byte	19                              # Abbrev [19] 0xe2:0x4 DW_TAG_subprogram
	.byte	10                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	21                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_declaration
                                        # DW_AT_external
	.byte	19                              # Abbrev [19] 0xe6:0x4 DW_TAG_subprogram
	.byte	11                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	22                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_declaration
                                        # DW_AT_external
	.byte	12                              # Abbrev [12] 0xea:0x8 DW_TAG_typedef
	.long	242                             # DW_AT_type
	.byte	15                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	38                              # DW_AT_decl_line
	.byte	12                              # Abbrev [12] 0xf2:0x8 DW_TAG_typedef
	.long	250                             # DW_AT_type
	.byte	14                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	22                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0xfa:0x4 DW_TAG_base_type
	.byte	13                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	5                               # Abbrev [5] 0xfe:0x4 DW_TAG_base_type
	.byte	17                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	8                               # Abbrev [8] 0x102:0x5 DW_TAG_pointer_type
	.long	263                             # DW_AT_type
	.byte	20                              # Abbrev [20] 0x107:0x11f DW_TAG_structure_type
	.byte	61                              # DW_AT_name
	.byte	168                             # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	1143                            # DW_AT_decl_line
	.byte	21                              # Abbrev [21] 0x10d:0xa DW_TAG_member
	.byte	21                              # DW_AT_name
	.long	550                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1144                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x117:0xa DW_TAG_member
	.byte	23                              # DW_AT_name
	.long	550                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1145                            # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x121:0xa DW_TAG_member
	.byte	24                              # DW_AT_name
	.long	550                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1146                            # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x12b:0xa DW_TAG_member
	.byte	25                              # DW_AT_name
	.long	550                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1147                            # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x135:0xa DW_TAG_member
	.byte	26                              # DW_AT_name
	.long	550                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1148                            # DW_AT_decl_line
	.byte	32                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x13f:0xa DW_TAG_member
	.byte	27                              # DW_AT_name
	.long	550                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1149                            # DW_AT_decl_line
	.byte	40                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x149:0xa DW_TAG_member
	.byte	28                              # DW_AT_name
	.long	550                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1150                            # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x153:0xa DW_TAG_member
	.byte	29                              # DW_AT_name
	.long	550                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1151                            # DW_AT_decl_line
	.byte	56                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x15d:0xa DW_TAG_member
	.byte	30                              # DW_AT_name
	.long	550                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1152                            # DW_AT_decl_line
	.byte	64                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x167:0xa DW_TAG_member
	.byte	31                              # DW_AT_name
	.long	550                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1153                            # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x171:0xa DW_TAG_member
	.byte	32                              # DW_AT_name
	.long	550                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1154                            # DW_AT_decl_line
	.byte	80                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x17b:0xa DW_TAG_member
	.byte	33                              # DW_AT_name
	.long	550                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1155                            # DW_AT_decl_line
	.byte	88                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x185:0xa DW_TAG_member
	.byte	34                              # DW_AT_name
	.long	550                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1156                            # DW_AT_decl_line
	.byte	96                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x18f:0xa DW_TAG_member
	.byte	35                              # DW_AT_name
	.long	550                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1157                            # DW_AT_decl_line
	.byte	104                             # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x199:0xa DW_TAG_member
	.byte	36                              # DW_AT_name
	.long	550                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1158                            # DW_AT_decl_line
	.byte	112                             # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x1a3:0xa DW_TAG_member
	.byte	37                              # DW_AT_name
	.long	550                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1159                            # DW_AT_decl_line
	.byte	120                             # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x1ad:0xa DW_TAG_member
	.byte	38                              # DW_AT_name
	.long	550                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1160                            # DW_AT_decl_line
	.byte	128                             # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x1b7:0x9 DW_TAG_member
	.long	448                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1161                            # DW_AT_decl_line
	.byte	136                             # DW_AT_data_member_location
	.byte	23                              # Abbrev [23] 0x1c0:0x24 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	1161                            # DW_AT_decl_line
	.byte	21                              # Abbrev [21] 0x1c5:0xa DW_TAG_member
	.byte	39                              # DW_AT_name
	.long	554                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1162                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x1cf:0xa DW_TAG_member
	.byte	43                              # DW_AT_name
	.long	234                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1163                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x1d9:0xa DW_TAG_member
	.byte	44                              # DW_AT_name
	.long	574                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1164                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	21                              # Abbrev [21] 0x1e4:0xa DW_TAG_member
	.byte	47                              # DW_AT_name
	.long	550                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1166                            # DW_AT_decl_line
	.byte	144                             # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x1ee:0xa DW_TAG_member
	.byte	48                              # DW_AT_name
	.long	550                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1167                            # DW_AT_decl_line
	.byte	152                             # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x1f8:0x9 DW_TAG_member
	.long	513                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1168                            # DW_AT_decl_line
	.byte	160                             # DW_AT_data_member_location
	.byte	23                              # Abbrev [23] 0x201:0x24 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	1168                            # DW_AT_decl_line
	.byte	21                              # Abbrev [21] 0x206:0xa DW_TAG_member
	.byte	49                              # DW_AT_name
	.long	554                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1169                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x210:0xa DW_TAG_member
	.byte	50                              # DW_AT_name
	.long	234                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1170                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x21a:0xa DW_TAG_member
	.byte	51                              # DW_AT_name
	.long	614                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1171                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x226:0x4 DW_TAG_base_type
	.byte	22                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	12                              # Abbrev [12] 0x22a:0x8 DW_TAG_typedef
	.long	562                             # DW_AT_type
	.byte	42                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	30                              # DW_AT_decl_line
	.byte	12                              # Abbrev [12] 0x232:0x8 DW_TAG_typedef
	.long	570                             # DW_AT_type
	.byte	41                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x23a:0x4 DW_TAG_base_type
	.byte	40                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	2                               # DW_AT_byte_size
	.byte	20                              # Abbrev [20] 0x23e:0x28 DW_TAG_structure_type
	.byte	44                              # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	1120                            # DW_AT_decl_line
	.byte	24                              # Abbrev [24] 0x244:0xb DW_TAG_member
	.byte	39                              # DW_AT_name
	.long	234                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1121                            # DW_AT_decl_line
	.byte	16                              # DW_AT_bit_size
	.byte	0                               # DW_AT_data_bit_offset
	.byte	24                              # Abbrev [24] 0x24f:0xb DW_TAG_member
	.byte	45                              # DW_AT_name
	.long	234                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1122                            # DW_AT_decl_line
	.byte	2                               # DW_AT_bit_size
	.byte	16                              # DW_AT_data_bit_offset
	.byte	24                              # Abbrev [24] 0x25a:0xb DW_TAG_member
	.byte	46                              # DW_AT_name
	.long	234                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1123                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	18                              # DW_AT_data_bit_offset
	.byte	0                               # End Of Children Mark
	.byte	20                              # Abbrev [20] 0x266:0x75 DW_TAG_structure_type
	.byte	51                              # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	1126                            # DW_AT_decl_line
	.byte	24                              # Abbrev [24] 0x26c:0xb DW_TAG_member
	.byte	49                              # DW_AT_name
	.long	234                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1127                            # DW_AT_decl_line
	.byte	16                              # DW_AT_bit_size
	.byte	0                               # DW_AT_data_bit_offset
	.byte	24                              # Abbrev [24] 0x277:0xb DW_TAG_member
	.byte	52                              # DW_AT_name
	.long	234                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1128                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	16                              # DW_AT_data_bit_offset
	.byte	24                              # Abbrev [24] 0x282:0xb DW_TAG_member
	.byte	53                              # DW_AT_name
	.long	234                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1129                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	17                              # DW_AT_data_bit_offset
	.byte	24                              # Abbrev [24] 0x28d:0xb DW_TAG_member
	.byte	54                              # DW_AT_name
	.long	234                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1130                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	18                              # DW_AT_data_bit_offset
	.byte	24                              # Abbrev [24] 0x298:0xb DW_TAG_member
	.byte	55                              # DW_AT_name
	.long	234                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1132                            # DW_AT_decl_line
	.byte	8                               # DW_AT_bit_size
	.byte	32                              # DW_AT_data_bit_offset
	.byte	24                              # Abbrev [24] 0x2a3:0xb DW_TAG_member
	.byte	56                              # DW_AT_name
	.long	234                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1134                            # DW_AT_decl_line
	.byte	4                               # DW_AT_bit_size
	.byte	48                              # DW_AT_data_bit_offset
	.byte	24                              # Abbrev [24] 0x2ae:0xb DW_TAG_member
	.byte	57                              # DW_AT_name
	.long	234                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1136                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	56                              # DW_AT_data_bit_offset
	.byte	24                              # Abbrev [24] 0x2b9:0xb DW_TAG_member
	.byte	58                              # DW_AT_name
	.long	234                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1137                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	57                              # DW_AT_data_bit_offset
	.byte	24                              # Abbrev [24] 0x2c4:0xb DW_TAG_member
	.byte	59                              # DW_AT_name
	.long	234                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1138                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	58                              # DW_AT_data_bit_offset
	.byte	24                              # Abbrev [24] 0x2cf:0xb DW_TAG_member
	.byte	60                              # DW_AT_name
	.long	234                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1140                            # DW_AT_decl_line
	.byte	4                               # DW_AT_bit_size
	.byte	60                              # DW_AT_data_bit_offset
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_rnglists,"",@progbits
	.long	.Ldebug_list_header_end1-.Ldebug_list_header_start1 # Length
.Ldebug_list_header_start1:
	.short	5                               # Version
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
	.long	1                               # Offset entry count
.Lrnglists_table_base0:
	.long	.Ldebug_ranges0-.Lrnglists_table_base0
.Ldebug_ranges0:
	.byte	3                               # DW_RLE_startx_length
	.byte	1                               #   start index
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   length
	.byte	3                               # DW_RLE_startx_length
	.byte	2                               #   start index
	.uleb128 .Lfunc_end1-.Lfunc_begin1      #   length
	.byte	0                               # DW_RLE_end_of_list
.Ldebug_list_header_end1:
	.section	.debug_str_offsets,"",@progbits
	.long	252                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 19.1.7 (3~deb12u1)" # string offset=0
.Linfo_string1:
	.asciz	"sub_global_copy_in_rcu.bpf.c"  # string offset=40
.Linfo_string2:
	.asciz	"."                             # string offset=69
.Linfo_string3:
	.asciz	"LICENSE"                       # string offset=71
.Linfo_string4:
	.asciz	"char"                          # string offset=79
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=84
.Linfo_string6:
	.asciz	"bpf_copy_from_user"            # string offset=104
.Linfo_string7:
	.asciz	"long"                          # string offset=123
.Linfo_string8:
	.asciz	"unsigned int"                  # string offset=128
.Linfo_string9:
	.asciz	"__u32"                         # string offset=141
.Linfo_string10:
	.asciz	"bpf_rcu_read_lock"             # string offset=147
.Linfo_string11:
	.asciz	"bpf_rcu_read_unlock"           # string offset=165
.Linfo_string12:
	.asciz	"fetch_word_global"             # string offset=185
.Linfo_string13:
	.asciz	"unsigned long long"            # string offset=203
.Linfo_string14:
	.asciz	"__u64"                         # string offset=222
.Linfo_string15:
	.asciz	"u64"                           # string offset=228
.Linfo_string16:
	.asciz	"sub_global_copy_in_rcu"        # string offset=232
.Linfo_string17:
	.asciz	"int"                           # string offset=255
.Linfo_string18:
	.asciz	"w"                             # string offset=259
.Linfo_string19:
	.asciz	"uptr"                          # string offset=261
.Linfo_string20:
	.asciz	"ctx"                           # string offset=266
.Linfo_string21:
	.asciz	"r15"                           # string offset=270
.Linfo_string22:
	.asciz	"unsigned long"                 # string offset=274
.Linfo_string23:
	.asciz	"r14"                           # string offset=288
.Linfo_string24:
	.asciz	"r13"                           # string offset=292
.Linfo_string25:
	.asciz	"r12"                           # string offset=296
.Linfo_string26:
	.asciz	"bp"                            # string offset=300
.Linfo_string27:
	.asciz	"bx"                            # string offset=303
.Linfo_string28:
	.asciz	"r11"                           # string offset=306
.Linfo_string29:
	.asciz	"r10"                           # string offset=310
.Linfo_string30:
	.asciz	"r9"                            # string offset=314
.Linfo_string31:
	.asciz	"r8"                            # string offset=317
.Linfo_string32:
	.asciz	"ax"                            # string offset=320
.Linfo_string33:
	.asciz	"cx"                            # string offset=323
.Linfo_string34:
	.asciz	"dx"                            # string offset=326
.Linfo_string35:
	.asciz	"si"                            # string offset=329
.Linfo_string36:
	.asciz	"di"                            # string offset=332
.Linfo_string37:
	.asciz	"orig_ax"                       # string offset=335
.Linfo_string38:
	.asciz	"ip"                            # string offset=343
.Linfo_string39:
	.asciz	"cs"                            # string offset=346
.Linfo_string40:
	.asciz	"unsigned short"                # string offset=349
.Linfo_string41:
	.asciz	"__u16"                         # string offset=364
.Linfo_string42:
	.asciz	"u16"                           # string offset=370
.Linfo_string43:
	.asciz	"csx"                           # string offset=374
.Linfo_string44:
	.asciz	"fred_cs"                       # string offset=378
.Linfo_string45:
	.asciz	"sl"                            # string offset=386
.Linfo_string46:
	.asciz	"wfe"                           # string offset=389
.Linfo_string47:
	.asciz	"flags"                         # string offset=393
.Linfo_string48:
	.asciz	"sp"                            # string offset=399
.Linfo_string49:
	.asciz	"ss"                            # string offset=402
.Linfo_string50:
	.asciz	"ssx"                           # string offset=405
.Linfo_string51:
	.asciz	"fred_ss"                       # string offset=409
.Linfo_string52:
	.asciz	"sti"                           # string offset=417
.Linfo_string53:
	.asciz	"swevent"                       # string offset=421
.Linfo_string54:
	.asciz	"nmi"                           # string offset=429
.Linfo_string55:
	.asciz	"vector"                        # string offset=433
.Linfo_string56:
	.asciz	"type"                          # string offset=440
.Linfo_string57:
	.asciz	"enclave"                       # string offset=445
.Linfo_string58:
	.asciz	"lm"                            # string offset=453
.Linfo_string59:
	.asciz	"nested"                        # string offset=456
.Linfo_string60:
	.asciz	"insnlen"                       # string offset=463
.Linfo_string61:
	.asciz	"pt_regs"                       # string offset=471
	.section	.debug_str_offsets,"",@progbits
	.long	.Linfo_string0
	.long	.Linfo_string1
	.long	.Linfo_string2
	.long	.Linfo_string3
	.long	.Linfo_string4
	.long	.Linfo_string5
	.long	.Linfo_string6
	.long	.Linfo_string7
	.long	.Linfo_string8
	.long	.Linfo_string9
	.long	.Linfo_string10
	.long	.Linfo_string11
	.long	.Linfo_string12
	.long	.Linfo_string13
	.long	.Linfo_string14
	.long	.Linfo_string15
	.long	.Linfo_string16
	.long	.Linfo_string17
	.long	.Linfo_string18
	.long	.Linfo_string19
	.long	.Linfo_string20
	.long	.Linfo_string21
	.long	.Linfo_string22
	.long	.Linfo_string23
	.long	.Linfo_string24
	.long	.Linfo_string25
	.long	.Linfo_string26
	.long	.Linfo_string27
	.long	.Linfo_string28
	.long	.Linfo_string29
	.long	.Linfo_string30
	.long	.Linfo_string31
	.long	.Linfo_string32
	.long	.Linfo_string33
	.long	.Linfo_string34
	.long	.Linfo_string35
	.long	.Linfo_string36
	.long	.Linfo_string37
	.long	.Linfo_string38
	.long	.Linfo_string39
	.long	.Linfo_string40
	.long	.Linfo_string41
	.long	.Linfo_string42
	.long	.Linfo_string43
	.long	.Linfo_string44
	.long	.Linfo_string45
	.long	.Linfo_string46
	.long	.Linfo_string47
	.long	.Linfo_string48
	.long	.Linfo_string49
	.long	.Linfo_string50
	.long	.Linfo_string51
	.long	.Linfo_string52
	.long	.Linfo_string53
	.long	.Linfo_string54
	.long	.Linfo_string55
	.long	.Linfo_string56
	.long	.Linfo_string57
	.long	.Linfo_string58
	.long	.Linfo_string59
	.long	.Linfo_string60
	.long	.Linfo_string61
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	LICENSE
	.quad	.Lfunc_begin0
	.quad	.Lfunc_begin1
	.quad	.Ltmp15
	.quad	.Ltmp19
	.quad	.Ltmp26
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	908
	.long	908
	.long	702
	.long	1                               # BTF_KIND_TYPEDEF(id = 1)
	.long	134217728                       # 0x8000000
	.long	2
	.long	5                               # BTF_KIND_TYPEDEF(id = 2)
	.long	134217728                       # 0x8000000
	.long	3
	.long	11                              # BTF_KIND_INT(id = 3)
	.long	16777216                        # 0x1000000
	.long	8
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 4)
	.long	218103809                       # 0xd000001
	.long	1
	.long	30
	.long	1
	.long	35                              # BTF_KIND_FUNC(id = 5)
	.long	201326593                       # 0xc000001
	.long	4
	.long	0                               # BTF_KIND_PTR(id = 6)
	.long	33554432                        # 0x2000000
	.long	7
	.long	206                             # BTF_KIND_STRUCT(id = 7)
	.long	67108885                        # 0x4000015
	.long	168
	.long	214
	.long	8
	.long	0                               # 0x0
	.long	218
	.long	8
	.long	64                              # 0x40
	.long	222
	.long	8
	.long	128                             # 0x80
	.long	226
	.long	8
	.long	192                             # 0xc0
	.long	230
	.long	8
	.long	256                             # 0x100
	.long	233
	.long	8
	.long	320                             # 0x140
	.long	236
	.long	8
	.long	384                             # 0x180
	.long	240
	.long	8
	.long	448                             # 0x1c0
	.long	244
	.long	8
	.long	512                             # 0x200
	.long	247
	.long	8
	.long	576                             # 0x240
	.long	250
	.long	8
	.long	640                             # 0x280
	.long	253
	.long	8
	.long	704                             # 0x2c0
	.long	256
	.long	8
	.long	768                             # 0x300
	.long	259
	.long	8
	.long	832                             # 0x340
	.long	262
	.long	8
	.long	896                             # 0x380
	.long	265
	.long	8
	.long	960                             # 0x3c0
	.long	273
	.long	8
	.long	1024                            # 0x400
	.long	0
	.long	9
	.long	1088                            # 0x440
	.long	276
	.long	8
	.long	1152                            # 0x480
	.long	282
	.long	8
	.long	1216                            # 0x4c0
	.long	0
	.long	14
	.long	1280                            # 0x500
	.long	285                             # BTF_KIND_INT(id = 8)
	.long	16777216                        # 0x1000000
	.long	8
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_UNION(id = 9)
	.long	83886083                        # 0x5000003
	.long	8
	.long	299
	.long	10
	.long	0                               # 0x0
	.long	302
	.long	1
	.long	0                               # 0x0
	.long	306
	.long	13
	.long	0                               # 0x0
	.long	314                             # BTF_KIND_TYPEDEF(id = 10)
	.long	134217728                       # 0x8000000
	.long	11
	.long	318                             # BTF_KIND_TYPEDEF(id = 11)
	.long	134217728                       # 0x8000000
	.long	12
	.long	324                             # BTF_KIND_INT(id = 12)
	.long	16777216                        # 0x1000000
	.long	2
	.long	16                              # 0x10
	.long	306                             # BTF_KIND_STRUCT(id = 13)
	.long	2214592515                      # 0x84000003
	.long	8
	.long	299
	.long	1
	.long	268435456                       # 0x10000000
	.long	339
	.long	1
	.long	33554448                        # 0x2000010
	.long	342
	.long	1
	.long	16777234                        # 0x1000012
	.long	0                               # BTF_KIND_UNION(id = 14)
	.long	83886083                        # 0x5000003
	.long	8
	.long	346
	.long	10
	.long	0                               # 0x0
	.long	349
	.long	1
	.long	0                               # 0x0
	.long	353
	.long	15
	.long	0                               # 0x0
	.long	353                             # BTF_KIND_STRUCT(id = 15)
	.long	2214592522                      # 0x8400000a
	.long	8
	.long	346
	.long	1
	.long	268435456                       # 0x10000000
	.long	361
	.long	1
	.long	16777232                        # 0x1000010
	.long	365
	.long	1
	.long	16777233                        # 0x1000011
	.long	373
	.long	1
	.long	16777234                        # 0x1000012
	.long	377
	.long	1
	.long	134217760                       # 0x8000020
	.long	384
	.long	1
	.long	67108912                        # 0x4000030
	.long	389
	.long	1
	.long	16777272                        # 0x1000038
	.long	397
	.long	1
	.long	16777273                        # 0x1000039
	.long	400
	.long	1
	.long	16777274                        # 0x100003a
	.long	407
	.long	1
	.long	67108924                        # 0x400003c
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 16)
	.long	218103809                       # 0xd000001
	.long	17
	.long	415
	.long	6
	.long	419                             # BTF_KIND_INT(id = 17)
	.long	16777216                        # 0x1000000
	.long	4
	.long	16777248                        # 0x1000020
	.long	423                             # BTF_KIND_FUNC(id = 18)
	.long	201326593                       # 0xc000001
	.long	16
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 19)
	.long	218103808                       # 0xd000000
	.long	0
	.long	525                             # BTF_KIND_FUNC(id = 20)
	.long	201326594                       # 0xc000002
	.long	19
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 21)
	.long	218103808                       # 0xd000000
	.long	0
	.long	634                             # BTF_KIND_FUNC(id = 22)
	.long	201326594                       # 0xc000002
	.long	21
	.long	654                             # BTF_KIND_INT(id = 23)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 24)
	.long	50331648                        # 0x3000000
	.long	0
	.long	23
	.long	25
	.long	4
	.long	659                             # BTF_KIND_INT(id = 25)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	679                             # BTF_KIND_VAR(id = 26)
	.long	234881024                       # 0xe000000
	.long	24
	.long	1
	.long	687                             # BTF_KIND_DATASEC(id = 27)
	.long	251658242                       # 0xf000002
	.long	0
	.long	20
	.long	bpf_rcu_read_lock
	.long	0
	.long	22
	.long	bpf_rcu_read_unlock
	.long	0
	.long	694                             # BTF_KIND_DATASEC(id = 28)
	.long	251658241                       # 0xf000001
	.long	0
	.long	26
	.long	LICENSE
	.long	4
	.byte	0                               # string offset=0
	.ascii	"u64"                           # string offset=1
	.byte	0
	.ascii	"__u64"                         # string offset=5
	.byte	0
	.ascii	"unsigned long long"            # string offset=11
	.byte	0
	.ascii	"uptr"                          # string offset=30
	.byte	0
	.ascii	"fetch_word_global"             # string offset=35
	.byte	0
	.ascii	".text"                         # string offset=53
	.byte	0
	.ascii	"./sub_global_copy_in_rcu.bpf.c" # string offset=59
	.byte	0
	.ascii	"__noinline u64 fetch_word_global(u64 uptr)" # string offset=90
	.byte	0
	.ascii	"\tu64 w = 0;"                  # string offset=133
	.byte	0
	.ascii	"\tbpf_copy_from_user(&w, sizeof(w), (void *)uptr);" # string offset=145
	.byte	0
	.ascii	"\treturn w;"                   # string offset=195
	.byte	0
	.ascii	"pt_regs"                       # string offset=206
	.byte	0
	.ascii	"r15"                           # string offset=214
	.byte	0
	.ascii	"r14"                           # string offset=218
	.byte	0
	.ascii	"r13"                           # string offset=222
	.byte	0
	.ascii	"r12"                           # string offset=226
	.byte	0
	.ascii	"bp"                            # string offset=230
	.byte	0
	.ascii	"bx"                            # string offset=233
	.byte	0
	.ascii	"r11"                           # string offset=236
	.byte	0
	.ascii	"r10"                           # string offset=240
	.byte	0
	.ascii	"r9"                            # string offset=244
	.byte	0
	.ascii	"r8"                            # string offset=247
	.byte	0
	.ascii	"ax"                            # string offset=250
	.byte	0
	.ascii	"cx"                            # string offset=253
	.byte	0
	.ascii	"dx"                            # string offset=256
	.byte	0
	.ascii	"si"                            # string offset=259
	.byte	0
	.ascii	"di"                            # string offset=262
	.byte	0
	.ascii	"orig_ax"                       # string offset=265
	.byte	0
	.ascii	"ip"                            # string offset=273
	.byte	0
	.ascii	"flags"                         # string offset=276
	.byte	0
	.ascii	"sp"                            # string offset=282
	.byte	0
	.ascii	"unsigned long"                 # string offset=285
	.byte	0
	.ascii	"cs"                            # string offset=299
	.byte	0
	.ascii	"csx"                           # string offset=302
	.byte	0
	.ascii	"fred_cs"                       # string offset=306
	.byte	0
	.ascii	"u16"                           # string offset=314
	.byte	0
	.ascii	"__u16"                         # string offset=318
	.byte	0
	.ascii	"unsigned short"                # string offset=324
	.byte	0
	.ascii	"sl"                            # string offset=339
	.byte	0
	.ascii	"wfe"                           # string offset=342
	.byte	0
	.ascii	"ss"                            # string offset=346
	.byte	0
	.ascii	"ssx"                           # string offset=349
	.byte	0
	.ascii	"fred_ss"                       # string offset=353
	.byte	0
	.ascii	"sti"                           # string offset=361
	.byte	0
	.ascii	"swevent"                       # string offset=365
	.byte	0
	.ascii	"nmi"                           # string offset=373
	.byte	0
	.ascii	"vector"                        # string offset=377
	.byte	0
	.ascii	"type"                          # string offset=384
	.byte	0
	.ascii	"enclave"                       # string offset=389
	.byte	0
	.ascii	"lm"                            # string offset=397
	.byte	0
	.ascii	"nested"                        # string offset=400
	.byte	0
	.ascii	"insnlen"                       # string offset=407
	.byte	0
	.ascii	"ctx"                           # string offset=415
	.byte	0
	.ascii	"int"                           # string offset=419
	.byte	0
	.ascii	"sub_global_copy_in_rcu"        # string offset=423
	.byte	0
	.ascii	"uprobe.s"                      # string offset=446
	.byte	0
	.ascii	"int sub_global_copy_in_rcu(struct pt_regs *ctx)" # string offset=455
	.byte	0
	.ascii	"\tbpf_rcu_read_lock();"        # string offset=503
	.byte	0
	.ascii	"bpf_rcu_read_lock"             # string offset=525
	.byte	0
	.ascii	"0:14"                          # string offset=543
	.byte	0
	.ascii	"\tw = fetch_word_global(PT_REGS_PARM1(ctx));" # string offset=548
	.byte	0
	.ascii	"\treturn w & 0xff;"            # string offset=592
	.byte	0
	.ascii	"\tbpf_rcu_read_unlock();"      # string offset=610
	.byte	0
	.ascii	"bpf_rcu_read_unlock"           # string offset=634
	.byte	0
	.ascii	"char"                          # string offset=654
	.byte	0
	.ascii	"__ARRAY_SIZE_TYPE__"           # string offset=659
	.byte	0
	.ascii	"LICENSE"                       # string offset=679
	.byte	0
	.ascii	".ksyms"                        # string offset=687
	.byte	0
	.ascii	"license"                       # string offset=694
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	36
	.long	36
	.long	212
	.long	248
	.long	28
	.long	8                               # FuncInfo
	.long	53                              # FuncInfo section string offset=53
	.long	1
	.long	.Lfunc_begin0
	.long	5
	.long	446                             # FuncInfo section string offset=446
	.long	1
	.long	.Lfunc_begin1
	.long	18
	.long	16                              # LineInfo
	.long	53                              # LineInfo section string offset=53
	.long	5
	.long	.Lfunc_begin0
	.long	59
	.long	90
	.long	6144                            # Line 6 Col 0
	.long	.Ltmp4
	.long	59
	.long	133
	.long	8198                            # Line 8 Col 6
	.long	.Ltmp5
	.long	59
	.long	145
	.long	10242                           # Line 10 Col 2
	.long	.Ltmp8
	.long	59
	.long	195
	.long	11273                           # Line 11 Col 9
	.long	.Ltmp9
	.long	59
	.long	195
	.long	11266                           # Line 11 Col 2
	.long	446                             # LineInfo section string offset=446
	.long	7
	.long	.Lfunc_begin1
	.long	59
	.long	455
	.long	15360                           # Line 15 Col 0
	.long	.Ltmp14
	.long	59
	.long	503
	.long	19458                           # Line 19 Col 2
	.long	.Ltmp17
	.long	59
	.long	548
	.long	20504                           # Line 20 Col 24
	.long	.Ltmp18
	.long	59
	.long	548
	.long	20486                           # Line 20 Col 6
	.long	.Ltmp22
	.long	59
	.long	592
	.long	22537                           # Line 22 Col 9
	.long	.Ltmp25
	.long	59
	.long	610
	.long	21506                           # Line 21 Col 2
	.long	.Ltmp27
	.long	59
	.long	592
	.long	22530                           # Line 22 Col 2
	.long	16                              # FieldReloc
	.long	446                             # Field reloc section string offset=446
	.long	1
	.long	.Ltmp16
	.long	7
	.long	543
	.long	0
	.addrsig
	.addrsig_sym sub_global_copy_in_rcu
	.addrsig_sym LICENSE
	.section	.debug_line,"",@progbits
.Lline_table_start0:
