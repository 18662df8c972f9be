	.text
	.file	"loop_bpf_loop_safe.bpf.c"
	.file	0 "." "loop_bpf_loop_safe.bpf.c" md5 0x953b701cdb0d0c608be6f91e6e4d28dc
	.file	1 "." "common.h" md5 0x7880bcbf4a61ad306ae1087d262c9ad6
	.file	2 ".." "vmlinux.h" md5 0xc786542dda78ab1a0ea282600316fb63
	.file	3 "/usr/include/bpf" "bpf_helper_defs.h" md5 0xba0039f6acc4710a5f4349e628ddfb60
	.section	uprobe.s,"ax",@progbits
	.globl	loop_bpf_loop_safe              # -- Begin function loop_bpf_loop_safe
	.p2align	3
	.type	loop_bpf_loop_safe,@function
loop_bpf_loop_safe:                     # @loop_bpf_loop_safe
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: loop_bpf_loop_safe:ctx <- $r1
	.loc	0 23 44 prologue_end            # loop_bpf_loop_safe.bpf.c:23:44
.Ltmp0:
.Ltmp1:
	r1 = *(u64 *)(r1 + 112)
.Ltmp2:
.Ltmp3:
	.loc	0 23 23 is_stmt 0               # loop_bpf_loop_safe.bpf.c:23:23
.Ltmp4:
	*(u64 *)(r10 - 16) = r1
	r1 = 0
	*(u64 *)(r10 - 8) = r1
	r3 = r10
	r3 += -16
	.loc	0 25 2 is_stmt 1                # loop_bpf_loop_safe.bpf.c:25:2
.Ltmp5:
	w1 = 8
	r2 = copy_one ll
	r4 = 0
	call 181
.Ltmp6:
	.loc	0 26 12                         # loop_bpf_loop_safe.bpf.c:26:12
.Ltmp7:
	r0 = *(u64 *)(r10 - 8)
	.loc	0 26 9 is_stmt 0                # loop_bpf_loop_safe.bpf.c:26:9
.Ltmp8:
	w0 &= 255
                                        # kill: def $w0 killed $w0 killed $r0
	.loc	0 26 2                          # loop_bpf_loop_safe.bpf.c:26:2
.Ltmp9:
	exit
.Ltmp10:
.Ltmp11:
.Lfunc_end0:
	.size	loop_bpf_loop_safe, .Lfunc_end0-loop_bpf_loop_safe
	.cfi_endproc
                                        # -- End function
	.text
	.p2align	3                               # -- Begin function copy_one
	.type	copy_one,@function
copy_one:                               # @copy_one
.Lfunc_begin1:
	.loc	0 12 0 is_stmt 1                # loop_bpf_loop_safe.bpf.c:12:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: copy_one:i <- $r1
	#DEBUG_VALUE: copy_one:lc <- $r2
	r6 = r2
.Ltmp12:
.Ltmp13:
	#DEBUG_VALUE: copy_one:lc <- $r6
	r2 = 0
.Ltmp14:
	.loc	0 13 6 prologue_end             # loop_bpf_loop_safe.bpf.c:13:6
.Ltmp15:
.Ltmp16:
	*(u64 *)(r10 - 8) = r2
	.loc	0 15 46                         # loop_bpf_loop_safe.bpf.c:15:46
.Ltmp17:
	r1 <<= 3
.Ltmp18:
.Ltmp19:
	r1 &= 56
	.loc	0 15 40 is_stmt 0               # loop_bpf_loop_safe.bpf.c:15:40
.Ltmp20:
	r3 = *(u64 *)(r6 + 0)
	.loc	0 15 42                         # loop_bpf_loop_safe.bpf.c:15:42
.Ltmp21:
	r3 += r1
	r1 = r10
	r1 += -8
	.loc	0 15 2                          # loop_bpf_loop_safe.bpf.c:15:2
.Ltmp22:
	w2 = 8
	call 148
.Ltmp23:
	.loc	0 16 10 is_stmt 1               # loop_bpf_loop_safe.bpf.c:16:10
.Ltmp24:
	r1 = *(u64 *)(r6 + 8)
	.loc	0 16 13 is_stmt 0               # loop_bpf_loop_safe.bpf.c:16:13
.Ltmp25:
	r2 = *(u64 *)(r10 - 8)
	.loc	0 16 10                         # loop_bpf_loop_safe.bpf.c:16:10
.Ltmp26:
	r1 += r2
	*(u64 *)(r6 + 8) = r1
	.loc	0 17 2 is_stmt 1                # loop_bpf_loop_safe.bpf.c:17:2
.Ltmp27:
	r0 = 0
	exit
.Ltmp28:
.Ltmp29:
.Lfunc_end1:
	.size	copy_one, .Lfunc_end1-copy_one
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
	.byte	3                               # DW_LLE_startx_length
	.byte	1                               #   start index
	.uleb128 .Ltmp2-.Lfunc_begin0           #   length
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	3                               # DW_LLE_startx_length
	.byte	2                               #   start index
	.uleb128 .Ltmp18-.Lfunc_begin1          #   length
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc2:
	.byte	1                               # DW_LLE_base_addressx
	.byte	2                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin1-.Lfunc_begin1    #   starting offset
	.uleb128 .Ltmp12-.Lfunc_begin1          #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp12-.Lfunc_begin1          #   starting offset
	.uleb128 .Lfunc_end1-.Lfunc_begin1      #   ending offset
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
	.byte	12                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	13                              # Abbreviation Code
	.byte	38                              # DW_TAG_const_type
	.byte	0                               # DW_CHILDREN_no
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	14                              # Abbreviation Code
	.byte	38                              # DW_TAG_const_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	15                              # Abbreviation Code
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
	.byte	16                              # Abbreviation Code
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
	.byte	17                              # Abbreviation Code
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
	.byte	18                              # Abbreviation Code
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
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	19                              # Abbreviation Code
	.byte	19                              # DW_TAG_structure_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	20                              # Abbreviation Code
	.byte	13                              # DW_TAG_member
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	56                              # DW_AT_data_member_location
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	21                              # Abbreviation Code
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
	.byte	22                              # Abbreviation Code
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
	.byte	23                              # Abbreviation Code
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
	.byte	24                              # Abbreviation Code
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
	.byte	25                              # Abbreviation Code
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
	.byte	1                               # Abbrev [1] 0xc:0x312 DW_TAG_compile_unit
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
	.short	4200                            # DW_AT_decl_line
	.ascii	"\265\001"                      # DW_AT_const_value
	.byte	8                               # Abbrev [8] 0x59:0x5 DW_TAG_pointer_type
	.long	94                              # DW_AT_type
	.byte	9                               # Abbrev [9] 0x5e:0x1a DW_TAG_subroutine_type
	.long	120                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	10                              # Abbrev [10] 0x63:0x5 DW_TAG_formal_parameter
	.long	124                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0x68:0x5 DW_TAG_formal_parameter
	.long	136                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0x6d:0x5 DW_TAG_formal_parameter
	.long	136                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0x72:0x5 DW_TAG_formal_parameter
	.long	137                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x78:0x4 DW_TAG_base_type
	.byte	7                               # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	11                              # Abbrev [11] 0x7c:0x8 DW_TAG_typedef
	.long	132                             # DW_AT_type
	.byte	9                               # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	18                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x84:0x4 DW_TAG_base_type
	.byte	8                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	12                              # Abbrev [12] 0x88:0x1 DW_TAG_pointer_type
	.byte	11                              # Abbrev [11] 0x89:0x8 DW_TAG_typedef
	.long	145                             # DW_AT_type
	.byte	11                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	22                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x91:0x4 DW_TAG_base_type
	.byte	10                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	7                               # Abbrev [7] 0x95:0xb DW_TAG_variable
	.byte	12                              # DW_AT_name
	.long	160                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	3538                            # DW_AT_decl_line
	.ascii	"\224\001"                      # DW_AT_const_value
	.byte	8                               # Abbrev [8] 0xa0:0x5 DW_TAG_pointer_type
	.long	165                             # DW_AT_type
	.byte	9                               # Abbrev [9] 0xa5:0x15 DW_TAG_subroutine_type
	.long	120                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	10                              # Abbrev [10] 0xaa:0x5 DW_TAG_formal_parameter
	.long	136                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0xaf:0x5 DW_TAG_formal_parameter
	.long	124                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0xb4:0x5 DW_TAG_formal_parameter
	.long	186                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	8                               # Abbrev [8] 0xba:0x5 DW_TAG_pointer_type
	.long	191                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0xbf:0x1 DW_TAG_const_type
	.byte	8                               # Abbrev [8] 0xc0:0x5 DW_TAG_pointer_type
	.long	197                             # DW_AT_type
	.byte	14                              # Abbrev [14] 0xc5:0x5 DW_TAG_const_type
	.long	70                              # DW_AT_type
	.byte	15                              # Abbrev [15] 0xca:0x24 DW_TAG_subprogram
	.byte	1                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	13                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	21                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	283                             # DW_AT_type
                                        # DW_AT_external
	.byte	16                              # Abbrev [16] 0xd9:0x9 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_location
	.byte	21                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	21                              # DW_AT_decl_line
	.long	319                             # DW_AT_type
	.byte	17                              # Abbrev [17] 0xe2:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	0
	.byte	16                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	23                              # DW_AT_decl_line
	.long	287                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	18                              # Abbrev [18] 0xee:0x2d DW_TAG_subprogram
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	11                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	120                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0xfd:0x9 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	64                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	11                              # DW_AT_decl_line
	.long	311                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0x106:0x9 DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	16                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	11                              # DW_AT_decl_line
	.long	792                             # DW_AT_type
	.byte	17                              # Abbrev [17] 0x10f:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	0
	.byte	63                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	13                              # DW_AT_decl_line
	.long	311                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x11b:0x4 DW_TAG_base_type
	.byte	14                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	19                              # Abbrev [19] 0x11f:0x18 DW_TAG_structure_type
	.byte	20                              # DW_AT_name
	.byte	16                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
	.byte	20                              # Abbrev [20] 0x124:0x9 DW_TAG_member
	.byte	17                              # DW_AT_name
	.long	192                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	7                               # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	20                              # Abbrev [20] 0x12d:0x9 DW_TAG_member
	.byte	18                              # DW_AT_name
	.long	311                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	8                               # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0x137:0x8 DW_TAG_typedef
	.long	137                             # DW_AT_type
	.byte	19                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	38                              # DW_AT_decl_line
	.byte	8                               # Abbrev [8] 0x13f:0x5 DW_TAG_pointer_type
	.long	324                             # DW_AT_type
	.byte	21                              # Abbrev [21] 0x144:0x11f DW_TAG_structure_type
	.byte	62                              # DW_AT_name
	.byte	168                             # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	1143                            # DW_AT_decl_line
	.byte	22                              # Abbrev [22] 0x14a:0xa DW_TAG_member
	.byte	22                              # DW_AT_name
	.long	611                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1144                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x154:0xa DW_TAG_member
	.byte	24                              # DW_AT_name
	.long	611                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1145                            # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x15e:0xa DW_TAG_member
	.byte	25                              # DW_AT_name
	.long	611                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1146                            # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x168:0xa DW_TAG_member
	.byte	26                              # DW_AT_name
	.long	611                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1147                            # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x172:0xa DW_TAG_member
	.byte	27                              # DW_AT_name
	.long	611                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1148                            # DW_AT_decl_line
	.byte	32                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x17c:0xa DW_TAG_member
	.byte	28                              # DW_AT_name
	.long	611                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1149                            # DW_AT_decl_line
	.byte	40                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x186:0xa DW_TAG_member
	.byte	29                              # DW_AT_name
	.long	611                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1150                            # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x190:0xa DW_TAG_member
	.byte	30                              # DW_AT_name
	.long	611                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1151                            # DW_AT_decl_line
	.byte	56                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x19a:0xa DW_TAG_member
	.byte	31                              # DW_AT_name
	.long	611                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1152                            # DW_AT_decl_line
	.byte	64                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x1a4:0xa DW_TAG_member
	.byte	32                              # DW_AT_name
	.long	611                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1153                            # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x1ae:0xa DW_TAG_member
	.byte	33                              # DW_AT_name
	.long	611                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1154                            # DW_AT_decl_line
	.byte	80                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x1b8:0xa DW_TAG_member
	.byte	34                              # DW_AT_name
	.long	611                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1155                            # DW_AT_decl_line
	.byte	88                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x1c2:0xa DW_TAG_member
	.byte	35                              # DW_AT_name
	.long	611                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1156                            # DW_AT_decl_line
	.byte	96                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x1cc:0xa DW_TAG_member
	.byte	36                              # DW_AT_name
	.long	611                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1157                            # DW_AT_decl_line
	.byte	104                             # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x1d6:0xa DW_TAG_member
	.byte	37                              # DW_AT_name
	.long	611                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1158                            # DW_AT_decl_line
	.byte	112                             # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x1e0:0xa DW_TAG_member
	.byte	38                              # DW_AT_name
	.long	611                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1159                            # DW_AT_decl_line
	.byte	120                             # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x1ea:0xa DW_TAG_member
	.byte	39                              # DW_AT_name
	.long	611                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1160                            # DW_AT_decl_line
	.byte	128                             # DW_AT_data_member_location
	.byte	23                              # Abbrev [23] 0x1f4:0x9 DW_TAG_member
	.long	509                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1161                            # DW_AT_decl_line
	.byte	136                             # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x1fd:0x24 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	1161                            # DW_AT_decl_line
	.byte	22                              # Abbrev [22] 0x202:0xa DW_TAG_member
	.byte	40                              # DW_AT_name
	.long	615                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1162                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x20c:0xa DW_TAG_member
	.byte	44                              # DW_AT_name
	.long	311                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1163                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x216:0xa DW_TAG_member
	.byte	45                              # DW_AT_name
	.long	635                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1164                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	22                              # Abbrev [22] 0x221:0xa DW_TAG_member
	.byte	48                              # DW_AT_name
	.long	611                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1166                            # DW_AT_decl_line
	.byte	144                             # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x22b:0xa DW_TAG_member
	.byte	49                              # DW_AT_name
	.long	611                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1167                            # DW_AT_decl_line
	.byte	152                             # DW_AT_data_member_location
	.byte	23                              # Abbrev [23] 0x235:0x9 DW_TAG_member
	.long	574                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1168                            # DW_AT_decl_line
	.byte	160                             # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x23e:0x24 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	1168                            # DW_AT_decl_line
	.byte	22                              # Abbrev [22] 0x243:0xa DW_TAG_member
	.byte	50                              # DW_AT_name
	.long	615                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1169                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x24d:0xa DW_TAG_member
	.byte	51                              # DW_AT_name
	.long	311                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1170                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x257:0xa DW_TAG_member
	.byte	52                              # DW_AT_name
	.long	675                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1171                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x263:0x4 DW_TAG_base_type
	.byte	23                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	11                              # Abbrev [11] 0x267:0x8 DW_TAG_typedef
	.long	623                             # DW_AT_type
	.byte	43                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	30                              # DW_AT_decl_line
	.byte	11                              # Abbrev [11] 0x26f:0x8 DW_TAG_typedef
	.long	631                             # DW_AT_type
	.byte	42                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x277:0x4 DW_TAG_base_type
	.byte	41                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	2                               # DW_AT_byte_size
	.byte	21                              # Abbrev [21] 0x27b:0x28 DW_TAG_structure_type
	.byte	45                              # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	1120                            # DW_AT_decl_line
	.byte	25                              # Abbrev [25] 0x281:0xb DW_TAG_member
	.byte	40                              # DW_AT_name
	.long	311                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1121                            # DW_AT_decl_line
	.byte	16                              # DW_AT_bit_size
	.byte	0                               # DW_AT_data_bit_offset
	.byte	25                              # Abbrev [25] 0x28c:0xb DW_TAG_member
	.byte	46                              # DW_AT_name
	.long	311                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1122                            # DW_AT_decl_line
	.byte	2                               # DW_AT_bit_size
	.byte	16                              # DW_AT_data_bit_offset
	.byte	25                              # Abbrev [25] 0x297:0xb DW_TAG_member
	.byte	47                              # DW_AT_name
	.long	311                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1123                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	18                              # DW_AT_data_bit_offset
	.byte	0                               # End Of Children Mark
	.byte	21                              # Abbrev [21] 0x2a3:0x75 DW_TAG_structure_type
	.byte	52                              # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	1126                            # DW_AT_decl_line
	.byte	25                              # Abbrev [25] 0x2a9:0xb DW_TAG_member
	.byte	50                              # DW_AT_name
	.long	311                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1127                            # DW_AT_decl_line
	.byte	16                              # DW_AT_bit_size
	.byte	0                               # DW_AT_data_bit_offset
	.byte	25                              # Abbrev [25] 0x2b4:0xb DW_TAG_member
	.byte	53                              # DW_AT_name
	.long	311                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1128                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	16                              # DW_AT_data_bit_offset
	.byte	25                              # Abbrev [25] 0x2bf:0xb DW_TAG_member
	.byte	54                              # DW_AT_name
	.long	311                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1129                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	17                              # DW_AT_data_bit_offset
	.byte	25                              # Abbrev [25] 0x2ca:0xb DW_TAG_member
	.byte	55                              # DW_AT_name
	.long	311                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1130                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	18                              # DW_AT_data_bit_offset
	.byte	25                              # Abbrev [25] 0x2d5:0xb DW_TAG_member
	.byte	56                              # DW_AT_name
	.long	311                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1132                            # DW_AT_decl_line
	.byte	8                               # DW_AT_bit_size
	.byte	32                              # DW_AT_data_bit_offset
	.byte	25                              # Abbrev [25] 0x2e0:0xb DW_TAG_member
	.byte	57                              # DW_AT_name
	.long	311                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1134                            # DW_AT_decl_line
	.byte	4                               # DW_AT_bit_size
	.byte	48                              # DW_AT_data_bit_offset
	.byte	25                              # Abbrev [25] 0x2eb:0xb DW_TAG_member
	.byte	58                              # DW_AT_name
	.long	311                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1136                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	56                              # DW_AT_data_bit_offset
	.byte	25                              # Abbrev [25] 0x2f6:0xb DW_TAG_member
	.byte	59                              # DW_AT_name
	.long	311                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1137                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	57                              # DW_AT_data_bit_offset
	.byte	25                              # Abbrev [25] 0x301:0xb DW_TAG_member
	.byte	60                              # DW_AT_name
	.long	311                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1138                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	58                              # DW_AT_data_bit_offset
	.byte	25                              # Abbrev [25] 0x30c:0xb DW_TAG_member
	.byte	61                              # DW_AT_name
	.long	311                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1140                            # DW_AT_decl_line
	.byte	4                               # DW_AT_bit_size
	.byte	60                              # DW_AT_data_bit_offset
	.byte	0                               # End Of Children Mark
	.byte	8                               # Abbrev [8] 0x318:0x5 DW_TAG_pointer_type
	.long	287                             # DW_AT_type
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
	.long	264                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 19.1.7 (3~deb12u1)" # string offset=0
.Linfo_string1:
	.asciz	"loop_bpf_loop_safe.bpf.c"      # string offset=40
.Linfo_string2:
	.asciz	"."                             # string offset=65
.Linfo_string3:
	.asciz	"LICENSE"                       # string offset=67
.Linfo_string4:
	.asciz	"char"                          # string offset=75
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=80
.Linfo_string6:
	.asciz	"bpf_loop"                      # string offset=100
.Linfo_string7:
	.asciz	"long"                          # string offset=109
.Linfo_string8:
	.asciz	"unsigned int"                  # string offset=114
.Linfo_string9:
	.asciz	"__u32"                         # string offset=127
.Linfo_string10:
	.asciz	"unsigned long long"            # string offset=133
.Linfo_string11:
	.asciz	"__u64"                         # string offset=152
.Linfo_string12:
	.asciz	"bpf_copy_from_user"            # string offset=158
.Linfo_string13:
	.asciz	"loop_bpf_loop_safe"            # string offset=177
.Linfo_string14:
	.asciz	"int"                           # string offset=196
.Linfo_string15:
	.asciz	"copy_one"                      # string offset=200
.Linfo_string16:
	.asciz	"lc"                            # string offset=209
.Linfo_string17:
	.asciz	"p"                             # string offset=212
.Linfo_string18:
	.asciz	"sum"                           # string offset=214
.Linfo_string19:
	.asciz	"u64"                           # string offset=218
.Linfo_string20:
	.asciz	"loop_ctx"                      # string offset=222
.Linfo_string21:
	.asciz	"ctx"                           # string offset=231
.Linfo_string22:
	.asciz	"r15"                           # string offset=235
.Linfo_string23:
	.asciz	"unsigned long"                 # string offset=239
.Linfo_string24:
	.asciz	"r14"                           # string offset=253
.Linfo_string25:
	.asciz	"r13"                           # string offset=257
.Linfo_string26:
	.asciz	"r12"                           # string offset=261
.Linfo_string27:
	.asciz	"bp"                            # string offset=265
.Linfo_string28:
	.asciz	"bx"                            # string offset=268
.Linfo_string29:
	.asciz	"r11"                           # string offset=271
.Linfo_string30:
	.asciz	"r10"                           # string offset=275
.Linfo_string31:
	.asciz	"r9"                            # string offset=279
.Linfo_string32:
	.asciz	"r8"                            # string offset=282
.Linfo_string33:
	.asciz	"ax"                            # string offset=285
.Linfo_string34:
	.asciz	"cx"                            # string offset=288
.Linfo_string35:
	.asciz	"dx"                            # string offset=291
.Linfo_string36:
	.asciz	"si"                            # string offset=294
.Linfo_string37:
	.asciz	"di"                            # string offset=297
.Linfo_string38:
	.asciz	"orig_ax"                       # string offset=300
.Linfo_string39:
	.asciz	"ip"                            # string offset=308
.Linfo_string40:
	.asciz	"cs"                            # string offset=311
.Linfo_string41:
	.asciz	"unsigned short"                # string offset=314
.Linfo_string42:
	.asciz	"__u16"                         # string offset=329
.Linfo_string43:
	.asciz	"u16"                           # string offset=335
.Linfo_string44:
	.asciz	"csx"                           # string offset=339
.Linfo_string45:
	.asciz	"fred_cs"                       # string offset=343
.Linfo_string46:
	.asciz	"sl"                            # string offset=351
.Linfo_string47:
	.asciz	"wfe"                           # string offset=354
.Linfo_string48:
	.asciz	"flags"                         # string offset=358
.Linfo_string49:
	.asciz	"sp"                            # string offset=364
.Linfo_string50:
	.asciz	"ss"                            # string offset=367
.Linfo_string51:
	.asciz	"ssx"                           # string offset=370
.Linfo_string52:
	.asciz	"fred_ss"                       # string offset=374
.Linfo_string53:
	.asciz	"sti"                           # string offset=382
.Linfo_string54:
	.asciz	"swevent"                       # string offset=386
.Linfo_string55:
	.asciz	"nmi"                           # string offset=394
.Linfo_string56:
	.asciz	"vector"                        # string offset=398
.Linfo_string57:
	.asciz	"type"                          # string offset=405
.Linfo_string58:
	.asciz	"enclave"                       # string offset=410
.Linfo_string59:
	.asciz	"lm"                            # string offset=418
.Linfo_string60:
	.asciz	"nested"                        # string offset=421
.Linfo_string61:
	.asciz	"insnlen"                       # string offset=428
.Linfo_string62:
	.asciz	"pt_regs"                       # string offset=436
.Linfo_string63:
	.asciz	"w"                             # string offset=444
.Linfo_string64:
	.asciz	"i"                             # string offset=446
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
	.long	.Linfo_string62
	.long	.Linfo_string63
	.long	.Linfo_string64
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
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	920
	.long	920
	.long	652
	.long	0                               # BTF_KIND_PTR(id = 1)
	.long	33554432                        # 0x2000000
	.long	2
	.long	1                               # BTF_KIND_STRUCT(id = 2)
	.long	67108885                        # 0x4000015
	.long	168
	.long	9
	.long	3
	.long	0                               # 0x0
	.long	13
	.long	3
	.long	64                              # 0x40
	.long	17
	.long	3
	.long	128                             # 0x80
	.long	21
	.long	3
	.long	192                             # 0xc0
	.long	25
	.long	3
	.long	256                             # 0x100
	.long	28
	.long	3
	.long	320                             # 0x140
	.long	31
	.long	3
	.long	384                             # 0x180
	.long	35
	.long	3
	.long	448                             # 0x1c0
	.long	39
	.long	3
	.long	512                             # 0x200
	.long	42
	.long	3
	.long	576                             # 0x240
	.long	45
	.long	3
	.long	640                             # 0x280
	.long	48
	.long	3
	.long	704                             # 0x2c0
	.long	51
	.long	3
	.long	768                             # 0x300
	.long	54
	.long	3
	.long	832                             # 0x340
	.long	57
	.long	3
	.long	896                             # 0x380
	.long	60
	.long	3
	.long	960                             # 0x3c0
	.long	68
	.long	3
	.long	1024                            # 0x400
	.long	0
	.long	4
	.long	1088                            # 0x440
	.long	71
	.long	3
	.long	1152                            # 0x480
	.long	77
	.long	3
	.long	1216                            # 0x4c0
	.long	0
	.long	12
	.long	1280                            # 0x500
	.long	80                              # BTF_KIND_INT(id = 3)
	.long	16777216                        # 0x1000000
	.long	8
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_UNION(id = 4)
	.long	83886083                        # 0x5000003
	.long	8
	.long	94
	.long	5
	.long	0                               # 0x0
	.long	97
	.long	8
	.long	0                               # 0x0
	.long	101
	.long	11
	.long	0                               # 0x0
	.long	109                             # BTF_KIND_TYPEDEF(id = 5)
	.long	134217728                       # 0x8000000
	.long	6
	.long	113                             # BTF_KIND_TYPEDEF(id = 6)
	.long	134217728                       # 0x8000000
	.long	7
	.long	119                             # BTF_KIND_INT(id = 7)
	.long	16777216                        # 0x1000000
	.long	2
	.long	16                              # 0x10
	.long	134                             # BTF_KIND_TYPEDEF(id = 8)
	.long	134217728                       # 0x8000000
	.long	9
	.long	138                             # BTF_KIND_TYPEDEF(id = 9)
	.long	134217728                       # 0x8000000
	.long	10
	.long	144                             # BTF_KIND_INT(id = 10)
	.long	16777216                        # 0x1000000
	.long	8
	.long	64                              # 0x40
	.long	101                             # BTF_KIND_STRUCT(id = 11)
	.long	2214592515                      # 0x84000003
	.long	8
	.long	94
	.long	8
	.long	268435456                       # 0x10000000
	.long	163
	.long	8
	.long	33554448                        # 0x2000010
	.long	166
	.long	8
	.long	16777234                        # 0x1000012
	.long	0                               # BTF_KIND_UNION(id = 12)
	.long	83886083                        # 0x5000003
	.long	8
	.long	170
	.long	5
	.long	0                               # 0x0
	.long	173
	.long	8
	.long	0                               # 0x0
	.long	177
	.long	13
	.long	0                               # 0x0
	.long	177                             # BTF_KIND_STRUCT(id = 13)
	.long	2214592522                      # 0x8400000a
	.long	8
	.long	170
	.long	8
	.long	268435456                       # 0x10000000
	.long	185
	.long	8
	.long	16777232                        # 0x1000010
	.long	189
	.long	8
	.long	16777233                        # 0x1000011
	.long	197
	.long	8
	.long	16777234                        # 0x1000012
	.long	201
	.long	8
	.long	134217760                       # 0x8000020
	.long	208
	.long	8
	.long	67108912                        # 0x4000030
	.long	213
	.long	8
	.long	16777272                        # 0x1000038
	.long	221
	.long	8
	.long	16777273                        # 0x1000039
	.long	224
	.long	8
	.long	16777274                        # 0x100003a
	.long	231
	.long	8
	.long	67108924                        # 0x400003c
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 14)
	.long	218103809                       # 0xd000001
	.long	15
	.long	239
	.long	1
	.long	243                             # BTF_KIND_INT(id = 15)
	.long	16777216                        # 0x1000000
	.long	4
	.long	16777248                        # 0x1000020
	.long	247                             # BTF_KIND_FUNC(id = 16)
	.long	201326593                       # 0xc000001
	.long	14
	.long	0                               # BTF_KIND_PTR(id = 17)
	.long	33554432                        # 0x2000000
	.long	18
	.long	427                             # BTF_KIND_STRUCT(id = 18)
	.long	67108866                        # 0x4000002
	.long	16
	.long	436
	.long	19
	.long	0                               # 0x0
	.long	438
	.long	8
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_PTR(id = 19)
	.long	33554432                        # 0x2000000
	.long	20
	.long	0                               # BTF_KIND_CONST(id = 20)
	.long	167772160                       # 0xa000000
	.long	21
	.long	442                             # BTF_KIND_INT(id = 21)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 22)
	.long	218103810                       # 0xd000002
	.long	23
	.long	447
	.long	8
	.long	449
	.long	17
	.long	452                             # BTF_KIND_INT(id = 23)
	.long	16777216                        # 0x1000000
	.long	8
	.long	16777280                        # 0x1000040
	.long	457                             # BTF_KIND_FUNC(id = 24)
	.long	201326592                       # 0xc000000
	.long	22
	.long	0                               # BTF_KIND_ARRAY(id = 25)
	.long	50331648                        # 0x3000000
	.long	0
	.long	21
	.long	26
	.long	4
	.long	616                             # BTF_KIND_INT(id = 26)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	636                             # BTF_KIND_VAR(id = 27)
	.long	234881024                       # 0xe000000
	.long	25
	.long	1
	.long	644                             # BTF_KIND_DATASEC(id = 28)
	.long	251658241                       # 0xf000001
	.long	0
	.long	27
	.long	LICENSE
	.long	4
	.byte	0                               # string offset=0
	.ascii	"pt_regs"                       # string offset=1
	.byte	0
	.ascii	"r15"                           # string offset=9
	.byte	0
	.ascii	"r14"                           # string offset=13
	.byte	0
	.ascii	"r13"                           # string offset=17
	.byte	0
	.ascii	"r12"                           # string offset=21
	.byte	0
	.ascii	"bp"                            # string offset=25
	.byte	0
	.ascii	"bx"                            # string offset=28
	.byte	0
	.ascii	"r11"                           # string offset=31
	.byte	0
	.ascii	"r10"                           # string offset=35
	.byte	0
	.ascii	"r9"                            # string offset=39
	.byte	0
	.ascii	"r8"                            # string offset=42
	.byte	0
	.ascii	"ax"                            # string offset=45
	.byte	0
	.ascii	"cx"                            # string offset=48
	.byte	0
	.ascii	"dx"                            # string offset=51
	.byte	0
	.ascii	"si"                            # string offset=54
	.byte	0
	.ascii	"di"                            # string offset=57
	.byte	0
	.ascii	"orig_ax"                       # string offset=60
	.byte	0
	.ascii	"ip"                            # string offset=68
	.byte	0
	.ascii	"flags"                         # string offset=71
	.byte	0
	.ascii	"sp"                            # string offset=77
	.byte	0
	.ascii	"unsigned long"                 # string offset=80
	.byte	0
	.ascii	"cs"                            # string offset=94
	.byte	0
	.ascii	"csx"                           # string offset=97
	.byte	0
	.ascii	"fred_cs"                       # string offset=101
	.byte	0
	.ascii	"u16"                           # string offset=109
	.byte	0
	.ascii	"__u16"                         # string offset=113
	.byte	0
	.ascii	"unsigned short"                # string offset=119
	.byte	0
	.ascii	"u64"                           # string offset=134
	.byte	0
	.ascii	"__u64"                         # string offset=138
	.byte	0
	.ascii	"unsigned long long"            # string offset=144
	.byte	0
	.ascii	"sl"                            # string offset=163
	.byte	0
	.ascii	"wfe"                           # string offset=166
	.byte	0
	.ascii	"ss"                            # string offset=170
	.byte	0
	.ascii	"ssx"                           # string offset=173
	.byte	0
	.ascii	"fred_ss"                       # string offset=177
	.byte	0
	.ascii	"sti"                           # string offset=185
	.byte	0
	.ascii	"swevent"                       # string offset=189
	.byte	0
	.ascii	"nmi"                           # string offset=197
	.byte	0
	.ascii	"vector"                        # string offset=201
	.byte	0
	.ascii	"type"                          # string offset=208
	.byte	0
	.ascii	"enclave"                       # string offset=213
	.byte	0
	.ascii	"lm"                            # string offset=221
	.byte	0
	.ascii	"nested"                        # string offset=224
	.byte	0
	.ascii	"insnlen"                       # string offset=231
	.byte	0
	.ascii	"ctx"                           # string offset=239
	.byte	0
	.ascii	"int"                           # string offset=243
	.byte	0
	.ascii	"loop_bpf_loop_safe"            # string offset=247
	.byte	0
	.ascii	"uprobe.s"                      # string offset=266
	.byte	0
	.ascii	"0:14"                          # string offset=275
	.byte	0
	.ascii	"./loop_bpf_loop_safe.bpf.c"    # string offset=280
	.byte	0
	.ascii	"\tstruct loop_ctx lc = { .p = (const char *)PT_REGS_PARM1(ctx) };" # string offset=307
	.byte	0
	.ascii	"\tbpf_loop(8, copy_one, &lc, 0);" # string offset=372
	.byte	0
	.ascii	"\treturn lc.sum & 0xff;"       # string offset=404
	.byte	0
	.ascii	"loop_ctx"                      # string offset=427
	.byte	0
	.byte	112                             # string offset=436
	.byte	0
	.ascii	"sum"                           # string offset=438
	.byte	0
	.ascii	"char"                          # string offset=442
	.byte	0
	.byte	105                             # string offset=447
	.byte	0
	.ascii	"lc"                            # string offset=449
	.byte	0
	.ascii	"long"                          # string offset=452
	.byte	0
	.ascii	"copy_one"                      # string offset=457
	.byte	0
	.ascii	".text"                         # string offset=466
	.byte	0
	.ascii	"static long copy_one(u64 i, struct loop_ctx *lc)" # string offset=472
	.byte	0
	.ascii	"\tu64 w = 0;"                  # string offset=521
	.byte	0
	.ascii	"\tbpf_copy_from_user(&w, sizeof(w), lc->p + 8 * (i & 7));" # string offset=533
	.byte	0
	.ascii	"\tlc->sum += w;"               # string offset=590
	.byte	0
	.ascii	"\treturn 0;"                   # string offset=605
	.byte	0
	.ascii	"__ARRAY_SIZE_TYPE__"           # string offset=616
	.byte	0
	.ascii	"LICENSE"                       # string offset=636
	.byte	0
	.ascii	"license"                       # string offset=644
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	36
	.long	36
	.long	276
	.long	312
	.long	28
	.long	8                               # FuncInfo
	.long	266                             # FuncInfo section string offset=266
	.long	1
	.long	.Lfunc_begin0
	.long	16
	.long	466                             # FuncInfo section string offset=466
	.long	1
	.long	.Lfunc_begin1
	.long	24
	.long	16                              # LineInfo
	.long	266                             # LineInfo section string offset=266
	.long	6
	.long	.Ltmp1
	.long	280
	.long	307
	.long	23596                           # Line 23 Col 44
	.long	.Ltmp4
	.long	280
	.long	307
	.long	23575                           # Line 23 Col 23
	.long	.Ltmp5
	.long	280
	.long	372
	.long	25602                           # Line 25 Col 2
	.long	.Ltmp7
	.long	280
	.long	404
	.long	26636                           # Line 26 Col 12
	.long	.Ltmp8
	.long	280
	.long	404
	.long	26633                           # Line 26 Col 9
	.long	.Ltmp9
	.long	280
	.long	404
	.long	26626                           # Line 26 Col 2
	.long	466                             # LineInfo section string offset=466
	.long	10
	.long	.Lfunc_begin1
	.long	280
	.long	472
	.long	11264                           # Line 11 Col 0
	.long	.Ltmp16
	.long	280
	.long	521
	.long	13318                           # Line 13 Col 6
	.long	.Ltmp17
	.long	280
	.long	533
	.long	15406                           # Line 15 Col 46
	.long	.Ltmp20
	.long	280
	.long	533
	.long	15400                           # Line 15 Col 40
	.long	.Ltmp21
	.long	280
	.long	533
	.long	15402                           # Line 15 Col 42
	.long	.Ltmp22
	.long	280
	.long	533
	.long	15362                           # Line 15 Col 2
	.long	.Ltmp24
	.long	280
	.long	590
	.long	16394                           # Line 16 Col 10
	.long	.Ltmp25
	.long	280
	.long	590
	.long	16397                           # Line 16 Col 13
	.long	.Ltmp26
	.long	280
	.long	590
	.long	16394                           # Line 16 Col 10
	.long	.Ltmp27
	.long	280
	.long	605
	.long	17410                           # Line 17 Col 2
	.long	16                              # FieldReloc
	.long	266                             # Field reloc section string offset=266
	.long	1
	.long	.Ltmp0
	.long	2
	.long	275
	.long	0
	.addrsig
	.addrsig_sym loop_bpf_loop_safe
	.addrsig_sym copy_one
	.addrsig_sym LICENSE
	.section	.debug_line,"",@progbits
.Lline_table_start0:
