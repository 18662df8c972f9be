	.text
	.file	"isa_movsx_v4.bpf.c"
	.file	0 "." "isa_movsx_v4.bpf.c" md5 0x335afbb0937d7b9b8ff6a0e546c7ee33
	.file	1 "." "common.h" md5 0x7880bcbf4a61ad306ae1087d262c9ad6
	.file	2 ".." "vmlinux.h" md5 0xc786542dda78ab1a0ea282600316fb63
	.file	3 "/usr/include/bpf" "bpf_helper_defs.h" md5 0xba0039f6acc4710a5f4349e628ddfb60
	.section	uprobe.s,"ax",@progbits
	.globl	isa_movsx_v4                    # -- Begin function isa_movsx_v4
	.p2align	3
	.type	isa_movsx_v4,@function
isa_movsx_v4:                           # @isa_movsx_v4
.Lfunc_begin0:
	.loc	0 8 0                           # isa_movsx_v4.bpf.c:8:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: isa_movsx_v4:ctx <- $r1
	r6 = r1
.Ltmp0:
.Ltmp1:
	#DEBUG_VALUE: isa_movsx_v4:ctx <- $r6
	.loc	0 9 10 prologue_end             # isa_movsx_v4.bpf.c:9:10
.Ltmp2:
.Ltmp3:
	r7 = *(u64 *)(r6 + 112)
.Ltmp4:
.Ltmp5:
	#DEBUG_VALUE: isa_movsx_v4:x <- $r7
	.loc	0 10 10                         # isa_movsx_v4.bpf.c:10:10
.Ltmp6:
	r8 = (s8)r7
.Ltmp7:
.Ltmp8:
	#DEBUG_VALUE: isa_movsx_v4:s <- $r8
	.loc	0 13 2                          # isa_movsx_v4.bpf.c:13:2
	#APP
	#NO_APP
.Ltmp9:
.Ltmp10:
	#DEBUG_VALUE: isa_movsx_v4:s <- $r8
	.loc	0 14 8                          # isa_movsx_v4.bpf.c:14:8
.Ltmp11:
	r1 = r7
	r1 &= 128
.Ltmp12:
.Ltmp13:
	.loc	0 14 6 is_stmt 0                # isa_movsx_v4.bpf.c:14:6
.Ltmp14:
	if r1 == 0 goto LBB0_2
.Ltmp15:
.Ltmp16:
# %bb.1:
	#DEBUG_VALUE: isa_movsx_v4:s <- $r8
	#DEBUG_VALUE: isa_movsx_v4:x <- $r7
	#DEBUG_VALUE: isa_movsx_v4:ctx <- $r6
	.loc	0 15 3 is_stmt 1                # isa_movsx_v4.bpf.c:15:3
.Ltmp17:
	call bpf_rcu_read_lock
.Ltmp18:
.Ltmp19:
LBB0_2:
	#DEBUG_VALUE: isa_movsx_v4:s <- $r8
	#DEBUG_VALUE: isa_movsx_v4:x <- $r7
	#DEBUG_VALUE: isa_movsx_v4:ctx <- $r6
	.loc	0 16 2                          # isa_movsx_v4.bpf.c:16:2
	#APP
	#NO_APP
.Ltmp20:
.Ltmp21:
	#DEBUG_VALUE: isa_movsx_v4:x <- $r7
	.loc	0 17 6                          # isa_movsx_v4.bpf.c:17:6
.Ltmp22:
	if r8 s< 0 goto LBB0_4
.Ltmp23:
.Ltmp24:
# %bb.3:
	#DEBUG_VALUE: isa_movsx_v4:s <- $r8
	#DEBUG_VALUE: isa_movsx_v4:x <- $r7
	#DEBUG_VALUE: isa_movsx_v4:ctx <- $r6
	.loc	0 18 48                         # isa_movsx_v4.bpf.c:18:48
.Ltmp25:
.Ltmp26:
	r3 = *(u64 *)(r6 + 104)
	r1 = r10
	r1 += -8
	.loc	0 18 3 is_stmt 0                # isa_movsx_v4.bpf.c:18:3
.Ltmp27:
	w2 = 8
	call 148
.Ltmp28:
.Ltmp29:
LBB0_4:
	#DEBUG_VALUE: isa_movsx_v4:s <- $r8
	#DEBUG_VALUE: isa_movsx_v4:x <- $r7
	#DEBUG_VALUE: isa_movsx_v4:ctx <- $r6
	.loc	0 19 8 is_stmt 1                # isa_movsx_v4.bpf.c:19:8
.Ltmp30:
	r7 &= 128
.Ltmp31:
.Ltmp32:
	.loc	0 19 6 is_stmt 0                # isa_movsx_v4.bpf.c:19:6
.Ltmp33:
	if r7 == 0 goto LBB0_6
.Ltmp34:
.Ltmp35:
# %bb.5:
	#DEBUG_VALUE: isa_movsx_v4:s <- $r8
	#DEBUG_VALUE: isa_movsx_v4:ctx <- $r6
	.loc	0 20 3 is_stmt 1                # isa_movsx_v4.bpf.c:20:3
.Ltmp36:
	call bpf_rcu_read_unlock
.Ltmp37:
.Ltmp38:
LBB0_6:
	#DEBUG_VALUE: isa_movsx_v4:s <- $r8
	#DEBUG_VALUE: isa_movsx_v4:ctx <- $r6
	.loc	0 21 2                          # isa_movsx_v4.bpf.c:21:2
.Ltmp39:
	w0 = 0
	exit
.Ltmp40:
.Ltmp41:
.Lfunc_end0:
	.size	isa_movsx_v4, .Lfunc_end0-isa_movsx_v4
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
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin0-.Lfunc_begin0    #   starting offset
	.uleb128 .Ltmp0-.Lfunc_begin0           #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp0-.Lfunc_begin0           #   starting offset
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   ending offset
	.byte	1                               # Loc expr size
	.byte	86                              # DW_OP_reg6
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp31-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	87                              # DW_OP_reg7
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc2:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp7-.Lfunc_begin0           #   starting offset
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   ending offset
	.byte	1                               # Loc expr size
	.byte	88                              # DW_OP_reg8
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
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	115                             # DW_AT_addr_base
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
	.byte	1                               # Abbrev [1] 0xc:0x2e6 DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	29                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.byte	1                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.long	.Laddr_table_base0              # DW_AT_addr_base
	.long	.Lloclists_table_base0          # DW_AT_loclists_base
	.byte	2                               # Abbrev [2] 0x27:0xb DW_TAG_variable
	.byte	3                               # DW_AT_name
	.long	50                              # DW_AT_type
                                        # DW_AT_external
	.byte	1                               # DW_AT_decl_file
	.byte	18                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	0
	.byte	3                               # Abbrev [3] 0x32:0xc DW_TAG_array_type
	.long	62                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0x37:0x6 DW_TAG_subrange_type
	.long	66                              # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x3e:0x4 DW_TAG_base_type
	.byte	4                               # DW_AT_name
	.byte	6                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	6                               # Abbrev [6] 0x42:0x4 DW_TAG_base_type
	.byte	5                               # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	7                               # DW_AT_encoding
	.byte	7                               # Abbrev [7] 0x46:0xb DW_TAG_variable
	.byte	6                               # DW_AT_name
	.long	81                              # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	3538                            # DW_AT_decl_line
	.ascii	"\224\001"                      # DW_AT_const_value
	.byte	8                               # Abbrev [8] 0x51:0x5 DW_TAG_pointer_type
	.long	86                              # DW_AT_type
	.byte	9                               # Abbrev [9] 0x56:0x15 DW_TAG_subroutine_type
	.long	107                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	10                              # Abbrev [10] 0x5b:0x5 DW_TAG_formal_parameter
	.long	111                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0x60:0x5 DW_TAG_formal_parameter
	.long	112                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0x65:0x5 DW_TAG_formal_parameter
	.long	124                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x6b:0x4 DW_TAG_base_type
	.byte	7                               # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	11                              # Abbrev [11] 0x6f:0x1 DW_TAG_pointer_type
	.byte	12                              # Abbrev [12] 0x70:0x8 DW_TAG_typedef
	.long	120                             # DW_AT_type
	.byte	9                               # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	18                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x78:0x4 DW_TAG_base_type
	.byte	8                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	8                               # Abbrev [8] 0x7c:0x5 DW_TAG_pointer_type
	.long	129                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0x81:0x1 DW_TAG_const_type
	.byte	12                              # Abbrev [12] 0x82:0x8 DW_TAG_typedef
	.long	138                             # DW_AT_type
	.byte	12                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
	.byte	12                              # Abbrev [12] 0x8a:0x8 DW_TAG_typedef
	.long	146                             # DW_AT_type
	.byte	11                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	8                               # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x92:0x4 DW_TAG_base_type
	.byte	10                              # DW_AT_name
	.byte	6                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	14                              # Abbrev [14] 0x96:0x42 DW_TAG_subprogram
	.byte	1                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	7                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	224                             # DW_AT_type
                                        # DW_AT_external
	.byte	15                              # Abbrev [15] 0xa5:0x9 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_location
	.byte	18                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	7                               # DW_AT_decl_line
	.long	240                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0xae:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	0
	.byte	17                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	11                              # DW_AT_decl_line
	.long	228                             # DW_AT_type
	.byte	17                              # Abbrev [17] 0xb9:0x9 DW_TAG_variable
	.byte	1                               # DW_AT_location
	.byte	63                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	9                               # DW_AT_decl_line
	.long	556                             # DW_AT_type
	.byte	17                              # Abbrev [17] 0xc2:0x9 DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	64                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
	.long	733                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0xcb:0x6 DW_TAG_call_site
	.long	216                             # DW_AT_call_origin
	.byte	2                               # DW_AT_call_return_pc
	.byte	18                              # Abbrev [18] 0xd1:0x6 DW_TAG_call_site
	.long	220                             # DW_AT_call_origin
	.byte	3                               # DW_AT_call_return_pc
	.byte	0                               # End Of Children Mark
	.byte	19                              # Abbrev [19] 0xd8:0x4 DW_TAG_subprogram
	.byte	13                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	21                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_declaration
                                        # DW_AT_external
	.byte	19                              # Abbrev [19] 0xdc:0x4 DW_TAG_subprogram
	.byte	14                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	22                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_declaration
                                        # DW_AT_external
	.byte	5                               # Abbrev [5] 0xe0:0x4 DW_TAG_base_type
	.byte	16                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	3                               # Abbrev [3] 0xe4:0xc DW_TAG_array_type
	.long	62                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0xe9:0x6 DW_TAG_subrange_type
	.long	66                              # DW_AT_type
	.byte	8                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	8                               # Abbrev [8] 0xf0:0x5 DW_TAG_pointer_type
	.long	245                             # DW_AT_type
	.byte	20                              # Abbrev [20] 0xf5:0x11f DW_TAG_structure_type
	.byte	62                              # DW_AT_name
	.byte	168                             # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	1143                            # DW_AT_decl_line
	.byte	21                              # Abbrev [21] 0xfb:0xa DW_TAG_member
	.byte	19                              # DW_AT_name
	.long	532                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1144                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x105:0xa DW_TAG_member
	.byte	21                              # DW_AT_name
	.long	532                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1145                            # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x10f:0xa DW_TAG_member
	.byte	22                              # DW_AT_name
	.long	532                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1146                            # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x119:0xa DW_TAG_member
	.byte	23                              # DW_AT_name
	.long	532                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1147                            # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x123:0xa DW_TAG_member
	.byte	24                              # DW_AT_name
	.long	532                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1148                            # DW_AT_decl_line
	.byte	32                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x12d:0xa DW_TAG_member
	.byte	25                              # DW_AT_name
	.long	532                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1149                            # DW_AT_decl_line
	.byte	40                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x137:0xa DW_TAG_member
	.byte	26                              # DW_AT_name
	.long	532                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1150                            # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x141:0xa DW_TAG_member
	.byte	27                              # DW_AT_name
	.long	532                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1151                            # DW_AT_decl_line
	.byte	56                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x14b:0xa DW_TAG_member
	.byte	28                              # DW_AT_name
	.long	532                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1152                            # DW_AT_decl_line
	.byte	64                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x155:0xa DW_TAG_member
	.byte	29                              # DW_AT_name
	.long	532                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1153                            # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x15f:0xa DW_TAG_member
	.byte	30                              # DW_AT_name
	.long	532                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1154                            # DW_AT_decl_line
	.byte	80                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x169:0xa DW_TAG_member
	.byte	31                              # DW_AT_name
	.long	532                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1155                            # DW_AT_decl_line
	.byte	88                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x173:0xa DW_TAG_member
	.byte	32                              # DW_AT_name
	.long	532                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1156                            # DW_AT_decl_line
	.byte	96                              # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x17d:0xa DW_TAG_member
	.byte	33                              # DW_AT_name
	.long	532                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1157                            # DW_AT_decl_line
	.byte	104                             # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x187:0xa DW_TAG_member
	.byte	34                              # DW_AT_name
	.long	532                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1158                            # DW_AT_decl_line
	.byte	112                             # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x191:0xa DW_TAG_member
	.byte	35                              # DW_AT_name
	.long	532                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1159                            # DW_AT_decl_line
	.byte	120                             # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x19b:0xa DW_TAG_member
	.byte	36                              # DW_AT_name
	.long	532                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1160                            # DW_AT_decl_line
	.byte	128                             # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x1a5:0x9 DW_TAG_member
	.long	430                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1161                            # DW_AT_decl_line
	.byte	136                             # DW_AT_data_member_location
	.byte	23                              # Abbrev [23] 0x1ae:0x24 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	1161                            # DW_AT_decl_line
	.byte	21                              # Abbrev [21] 0x1b3:0xa DW_TAG_member
	.byte	37                              # DW_AT_name
	.long	536                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1162                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x1bd:0xa DW_TAG_member
	.byte	41                              # DW_AT_name
	.long	556                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1163                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x1c7:0xa DW_TAG_member
	.byte	45                              # DW_AT_name
	.long	576                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1164                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	21                              # Abbrev [21] 0x1d2:0xa DW_TAG_member
	.byte	48                              # DW_AT_name
	.long	532                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1166                            # DW_AT_decl_line
	.byte	144                             # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x1dc:0xa DW_TAG_member
	.byte	49                              # DW_AT_name
	.long	532                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1167                            # DW_AT_decl_line
	.byte	152                             # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x1e6:0x9 DW_TAG_member
	.long	495                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1168                            # DW_AT_decl_line
	.byte	160                             # DW_AT_data_member_location
	.byte	23                              # Abbrev [23] 0x1ef:0x24 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	1168                            # DW_AT_decl_line
	.byte	21                              # Abbrev [21] 0x1f4:0xa DW_TAG_member
	.byte	50                              # DW_AT_name
	.long	536                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1169                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x1fe:0xa DW_TAG_member
	.byte	51                              # DW_AT_name
	.long	556                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1170                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x208:0xa DW_TAG_member
	.byte	52                              # DW_AT_name
	.long	616                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1171                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x214:0x4 DW_TAG_base_type
	.byte	20                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	12                              # Abbrev [12] 0x218:0x8 DW_TAG_typedef
	.long	544                             # DW_AT_type
	.byte	40                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	30                              # DW_AT_decl_line
	.byte	12                              # Abbrev [12] 0x220:0x8 DW_TAG_typedef
	.long	552                             # DW_AT_type
	.byte	39                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x228:0x4 DW_TAG_base_type
	.byte	38                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	2                               # DW_AT_byte_size
	.byte	12                              # Abbrev [12] 0x22c:0x8 DW_TAG_typedef
	.long	564                             # DW_AT_type
	.byte	44                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	38                              # DW_AT_decl_line
	.byte	12                              # Abbrev [12] 0x234:0x8 DW_TAG_typedef
	.long	572                             # DW_AT_type
	.byte	43                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	22                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x23c:0x4 DW_TAG_base_type
	.byte	42                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	20                              # Abbrev [20] 0x240:0x28 DW_TAG_structure_type
	.byte	45                              # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	1120                            # DW_AT_decl_line
	.byte	24                              # Abbrev [24] 0x246:0xb DW_TAG_member
	.byte	37                              # DW_AT_name
	.long	556                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1121                            # DW_AT_decl_line
	.byte	16                              # DW_AT_bit_size
	.byte	0                               # DW_AT_data_bit_offset
	.byte	24                              # Abbrev [24] 0x251:0xb DW_TAG_member
	.byte	46                              # DW_AT_name
	.long	556                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1122                            # DW_AT_decl_line
	.byte	2                               # DW_AT_bit_size
	.byte	16                              # DW_AT_data_bit_offset
	.byte	24                              # Abbrev [24] 0x25c:0xb DW_TAG_member
	.byte	47                              # DW_AT_name
	.long	556                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1123                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	18                              # DW_AT_data_bit_offset
	.byte	0                               # End Of Children Mark
	.byte	20                              # Abbrev [20] 0x268:0x75 DW_TAG_structure_type
	.byte	52                              # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	1126                            # DW_AT_decl_line
	.byte	24                              # Abbrev [24] 0x26e:0xb DW_TAG_member
	.byte	50                              # DW_AT_name
	.long	556                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1127                            # DW_AT_decl_line
	.byte	16                              # DW_AT_bit_size
	.byte	0                               # DW_AT_data_bit_offset
	.byte	24                              # Abbrev [24] 0x279:0xb DW_TAG_member
	.byte	53                              # DW_AT_name
	.long	556                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1128                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	16                              # DW_AT_data_bit_offset
	.byte	24                              # Abbrev [24] 0x284:0xb DW_TAG_member
	.byte	54                              # DW_AT_name
	.long	556                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1129                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	17                              # DW_AT_data_bit_offset
	.byte	24                              # Abbrev [24] 0x28f:0xb DW_TAG_member
	.byte	55                              # DW_AT_name
	.long	556                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1130                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	18                              # DW_AT_data_bit_offset
	.byte	24                              # Abbrev [24] 0x29a:0xb DW_TAG_member
	.byte	56                              # DW_AT_name
	.long	556                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1132                            # DW_AT_decl_line
	.byte	8                               # DW_AT_bit_size
	.byte	32                              # DW_AT_data_bit_offset
	.byte	24                              # Abbrev [24] 0x2a5:0xb DW_TAG_member
	.byte	57                              # DW_AT_name
	.long	556                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1134                            # DW_AT_decl_line
	.byte	4                               # DW_AT_bit_size
	.byte	48                              # DW_AT_data_bit_offset
	.byte	24                              # Abbrev [24] 0x2b0:0xb DW_TAG_member
	.byte	58                              # DW_AT_name
	.long	556                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1136                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	56                              # DW_AT_data_bit_offset
	.byte	24                              # Abbrev [24] 0x2bb:0xb DW_TAG_member
	.byte	59                              # DW_AT_name
	.long	556                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1137                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	57                              # DW_AT_data_bit_offset
	.byte	24                              # Abbrev [24] 0x2c6:0xb DW_TAG_member
	.byte	60                              # DW_AT_name
	.long	556                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1138                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	58                              # DW_AT_data_bit_offset
	.byte	24                              # Abbrev [24] 0x2d1:0xb DW_TAG_member
	.byte	61                              # DW_AT_name
	.long	556                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1140                            # DW_AT_decl_line
	.byte	4                               # DW_AT_bit_size
	.byte	60                              # DW_AT_data_bit_offset
	.byte	0                               # End Of Children Mark
	.byte	12                              # Abbrev [12] 0x2dd:0x8 DW_TAG_typedef
	.long	741                             # DW_AT_type
	.byte	67                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	36                              # DW_AT_decl_line
	.byte	12                              # Abbrev [12] 0x2e5:0x8 DW_TAG_typedef
	.long	749                             # DW_AT_type
	.byte	66                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	20                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x2ed:0x4 DW_TAG_base_type
	.byte	65                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_str_offsets,"",@progbits
	.long	276                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 19.1.7 (3~deb12u1)" # string offset=0
.Linfo_string1:
	.asciz	"isa_movsx_v4.bpf.c"            # string offset=40
.Linfo_string2:
	.asciz	"."                             # string offset=59
.Linfo_string3:
	.asciz	"LICENSE"                       # string offset=61
.Linfo_string4:
	.asciz	"char"                          # string offset=69
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=74
.Linfo_string6:
	.asciz	"bpf_copy_from_user"            # string offset=94
.Linfo_string7:
	.asciz	"long"                          # string offset=113
.Linfo_string8:
	.asciz	"unsigned int"                  # string offset=118
.Linfo_string9:
	.asciz	"__u32"                         # string offset=131
.Linfo_string10:
	.asciz	"signed char"                   # string offset=137
.Linfo_string11:
	.asciz	"__s8"                          # string offset=149
.Linfo_string12:
	.asciz	"s8"                            # string offset=154
.Linfo_string13:
	.asciz	"bpf_rcu_read_lock"             # string offset=157
.Linfo_string14:
	.asciz	"bpf_rcu_read_unlock"           # string offset=175
.Linfo_string15:
	.asciz	"isa_movsx_v4"                  # string offset=195
.Linfo_string16:
	.asciz	"int"                           # string offset=208
.Linfo_string17:
	.asciz	"buf"                           # string offset=212
.Linfo_string18:
	.asciz	"ctx"                           # string offset=216
.Linfo_string19:
	.asciz	"r15"                           # string offset=220
.Linfo_string20:
	.asciz	"unsigned long"                 # string offset=224
.Linfo_string21:
	.asciz	"r14"                           # string offset=238
.Linfo_string22:
	.asciz	"r13"                           # string offset=242
.Linfo_string23:
	.asciz	"r12"                           # string offset=246
.Linfo_string24:
	.asciz	"bp"                            # string offset=250
.Linfo_string25:
	.asciz	"bx"                            # string offset=253
.Linfo_string26:
	.asciz	"r11"                           # string offset=256
.Linfo_string27:
	.asciz	"r10"                           # string offset=260
.Linfo_string28:
	.asciz	"r9"                            # string offset=264
.Linfo_string29:
	.asciz	"r8"                            # string offset=267
.Linfo_string30:
	.asciz	"ax"                            # string offset=270
.Linfo_string31:
	.asciz	"cx"                            # string offset=273
.Linfo_string32:
	.asciz	"dx"                            # string offset=276
.Linfo_string33:
	.asciz	"si"                            # string offset=279
.Linfo_string34:
	.asciz	"di"                            # string offset=282
.Linfo_string35:
	.asciz	"orig_ax"                       # string offset=285
.Linfo_string36:
	.asciz	"ip"                            # string offset=293
.Linfo_string37:
	.asciz	"cs"                            # string offset=296
.Linfo_string38:
	.asciz	"unsigned short"                # string offset=299
.Linfo_string39:
	.asciz	"__u16"                         # string offset=314
.Linfo_string40:
	.asciz	"u16"                           # string offset=320
.Linfo_string41:
	.asciz	"csx"                           # string offset=324
.Linfo_string42:
	.asciz	"unsigned long long"            # string offset=328
.Linfo_string43:
	.asciz	"__u64"                         # string offset=347
.Linfo_string44:
	.asciz	"u64"                           # string offset=353
.Linfo_string45:
	.asciz	"fred_cs"                       # string offset=357
.Linfo_string46:
	.asciz	"sl"                            # string offset=365
.Linfo_string47:
	.asciz	"wfe"                           # string offset=368
.Linfo_string48:
	.asciz	"flags"                         # string offset=372
.Linfo_string49:
	.asciz	"sp"                            # string offset=378
.Linfo_string50:
	.asciz	"ss"                            # string offset=381
.Linfo_string51:
	.asciz	"ssx"                           # string offset=384
.Linfo_string52:
	.asciz	"fred_ss"                       # string offset=388
.Linfo_string53:
	.asciz	"sti"                           # string offset=396
.Linfo_string54:
	.asciz	"swevent"                       # string offset=400
.Linfo_string55:
	.asciz	"nmi"                           # string offset=408
.Linfo_string56:
	.asciz	"vector"                        # string offset=412
.Linfo_string57:
	.asciz	"type"                          # string offset=419
.Linfo_string58:
	.asciz	"enclave"                       # string offset=424
.Linfo_string59:
	.asciz	"lm"                            # string offset=432
.Linfo_string60:
	.asciz	"nested"                        # string offset=435
.Linfo_string61:
	.asciz	"insnlen"                       # string offset=442
.Linfo_string62:
	.asciz	"pt_regs"                       # string offset=450
.Linfo_string63:
	.asciz	"x"                             # string offset=458
.Linfo_string64:
	.asciz	"s"                             # string offset=460
.Linfo_string65:
	.asciz	"long long"                     # string offset=462
.Linfo_string66:
	.asciz	"__s64"                         # string offset=472
.Linfo_string67:
	.asciz	"s64"                           # string offset=478
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
	.long	.Linfo_string65
	.long	.Linfo_string66
	.long	.Linfo_string67
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	LICENSE
	.quad	.Lfunc_begin0
	.quad	.Ltmp18
	.quad	.Ltmp37
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	876
	.long	876
	.long	624
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
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 17)
	.long	218103808                       # 0xd000000
	.long	0
	.long	429                             # BTF_KIND_FUNC(id = 18)
	.long	201326594                       # 0xc000002
	.long	17
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 19)
	.long	218103808                       # 0xd000000
	.long	0
	.long	556                             # BTF_KIND_FUNC(id = 20)
	.long	201326594                       # 0xc000002
	.long	19
	.long	576                             # BTF_KIND_INT(id = 21)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 22)
	.long	50331648                        # 0x3000000
	.long	0
	.long	21
	.long	23
	.long	4
	.long	581                             # BTF_KIND_INT(id = 23)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	601                             # BTF_KIND_VAR(id = 24)
	.long	234881024                       # 0xe000000
	.long	22
	.long	1
	.long	609                             # BTF_KIND_DATASEC(id = 25)
	.long	251658242                       # 0xf000002
	.long	0
	.long	18
	.long	bpf_rcu_read_lock
	.long	0
	.long	20
	.long	bpf_rcu_read_unlock
	.long	0
	.long	616                             # BTF_KIND_DATASEC(id = 26)
	.long	251658241                       # 0xf000001
	.long	0
	.long	24
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
	.ascii	"isa_movsx_v4"                  # string offset=247
	.byte	0
	.ascii	"uprobe.s"                      # string offset=260
	.byte	0
	.ascii	"./isa_movsx_v4.bpf.c"          # string offset=269
	.byte	0
	.ascii	"int isa_movsx_v4(struct pt_regs *ctx)" # string offset=290
	.byte	0
	.ascii	"0:14"                          # string offset=328
	.byte	0
	.ascii	"\tu64 x = PT_REGS_PARM1(ctx);" # string offset=333
	.byte	0
	.ascii	"\ts64 s = (s8)x;"              # string offset=362
	.byte	0
	.ascii	"\tif (x & 0x80)"               # string offset=378
	.byte	0
	.ascii	"\t\tbpf_rcu_read_lock();"      # string offset=393
	.byte	0
	.ascii	"\tif (s >= 0)"                 # string offset=416
	.byte	0
	.ascii	"bpf_rcu_read_lock"             # string offset=429
	.byte	0
	.ascii	"0:13"                          # string offset=447
	.byte	0
	.ascii	"\t\tbpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM2(ctx));" # string offset=452
	.byte	0
	.ascii	"\t\tbpf_rcu_read_unlock();"    # string offset=520
	.byte	0
	.ascii	"\treturn 0;"                   # string offset=545
	.byte	0
	.ascii	"bpf_rcu_read_unlock"           # string offset=556
	.byte	0
	.ascii	"char"                          # string offset=576
	.byte	0
	.ascii	"__ARRAY_SIZE_TYPE__"           # string offset=581
	.byte	0
	.ascii	"LICENSE"                       # string offset=601
	.byte	0
	.ascii	".ksyms"                        # string offset=609
	.byte	0
	.ascii	"license"                       # string offset=616
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	20
	.long	20
	.long	220
	.long	240
	.long	44
	.long	8                               # FuncInfo
	.long	260                             # FuncInfo section string offset=260
	.long	1
	.long	.Lfunc_begin0
	.long	16
	.long	16                              # LineInfo
	.long	260                             # LineInfo section string offset=260
	.long	13
	.long	.Lfunc_begin0
	.long	269
	.long	290
	.long	7168                            # Line 7 Col 0
	.long	.Ltmp3
	.long	269
	.long	333
	.long	9226                            # Line 9 Col 10
	.long	.Ltmp6
	.long	269
	.long	362
	.long	10250                           # Line 10 Col 10
	.long	.Ltmp11
	.long	269
	.long	378
	.long	14344                           # Line 14 Col 8
	.long	.Ltmp14
	.long	269
	.long	378
	.long	14342                           # Line 14 Col 6
	.long	.Ltmp17
	.long	269
	.long	393
	.long	15363                           # Line 15 Col 3
	.long	.Ltmp22
	.long	269
	.long	416
	.long	17414                           # Line 17 Col 6
	.long	.Ltmp26
	.long	269
	.long	452
	.long	18480                           # Line 18 Col 48
	.long	.Ltmp27
	.long	269
	.long	452
	.long	18435                           # Line 18 Col 3
	.long	.Ltmp30
	.long	269
	.long	378
	.long	19464                           # Line 19 Col 8
	.long	.Ltmp33
	.long	269
	.long	378
	.long	19462                           # Line 19 Col 6
	.long	.Ltmp36
	.long	269
	.long	520
	.long	20483                           # Line 20 Col 3
	.long	.Ltmp39
	.long	269
	.long	545
	.long	21506                           # Line 21 Col 2
	.long	16                              # FieldReloc
	.long	260                             # Field reloc section string offset=260
	.long	2
	.long	.Ltmp2
	.long	2
	.long	328
	.long	0
	.long	.Ltmp25
	.long	2
	.long	447
	.long	0
	.addrsig
	.addrsig_sym isa_movsx_v4
	.addrsig_sym LICENSE
	.section	.debug_line,"",@progbits
.Lline_table_start0:
