	.text
	.file	"loop_region_by_counter.bpf.c"
	.file	0 "." "loop_region_by_counter.bpf.c" md5 0x763444891bdfa3a91a1cfe3c68679b5d
	.file	1 "." "common.h" md5 0x7880bcbf4a61ad306ae1087d262c9ad6
	.file	2 ".." "vmlinux.h" md5 0xc786542dda78ab1a0ea282600316fb63
	.file	3 "/usr/include/bpf" "bpf_helper_defs.h" md5 0xba0039f6acc4710a5f4349e628ddfb60
	.section	uprobe.s,"ax",@progbits
	.globl	loop_region_by_counter          # -- Begin function loop_region_by_counter
	.p2align	3
	.type	loop_region_by_counter,@function
loop_region_by_counter:                 # @loop_region_by_counter
.Lfunc_begin0:
	.loc	0 10 0                          # loop_region_by_counter.bpf.c:10:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: loop_region_by_counter:ctx <- $r1
	r7 = 0
.Ltmp0:
	.loc	0 12 13 prologue_end            # loop_region_by_counter.bpf.c:12:13
.Ltmp1:
.Ltmp2:
.Ltmp3:
	r6 = *(u64 *)(r1 + 112)
	#DEBUG_VALUE: i <- 0
.Ltmp4:
.Ltmp5:
	#DEBUG_VALUE: loop_region_by_counter:base <- $r6
	.loc	0 0 13 is_stmt 0                # loop_region_by_counter.bpf.c:0:13
	goto LBB0_1
.Ltmp6:
.Ltmp7:
LBB0_7:                                 #   in Loop: Header=BB0_1 Depth=1
	#DEBUG_VALUE: i <- $r7
	.loc	0 14 20 is_stmt 1               # loop_region_by_counter.bpf.c:14:20
.Ltmp8:
	r6 += 8
	.loc	0 14 29 is_stmt 0               # loop_region_by_counter.bpf.c:14:29
.Ltmp9:
	r7 += 1
.Ltmp10:
.Ltmp11:
	#DEBUG_VALUE: i <- $r7
	.loc	0 14 2                          # loop_region_by_counter.bpf.c:14:2
.Ltmp12:
	if r7 == 3000 goto LBB0_8
.Ltmp13:
.Ltmp14:
LBB0_1:                                 # =>This Inner Loop Header: Depth=1
	#DEBUG_VALUE: i <- $r7
	#DEBUG_VALUE: j <- $r7
	.loc	0 17 3 is_stmt 1                # loop_region_by_counter.bpf.c:17:3
.Ltmp15:
	r8 = r7
	r8 <<= 32
	r8 >>= 32
	#APP
	#NO_APP
.Ltmp16:
.Ltmp17:
	#DEBUG_VALUE: j <- $w8
	.loc	0 18 7                          # loop_region_by_counter.bpf.c:18:7
.Ltmp18:
	if w8 != 5 goto LBB0_3
.Ltmp19:
.Ltmp20:
# %bb.2:                                #   in Loop: Header=BB0_1 Depth=1
	#DEBUG_VALUE: j <- $w8
	#DEBUG_VALUE: i <- $r7
	.loc	0 19 4                          # loop_region_by_counter.bpf.c:19:4
.Ltmp21:
	call bpf_rcu_read_lock
.Ltmp22:
.Ltmp23:
LBB0_3:                                 #   in Loop: Header=BB0_1 Depth=1
	#DEBUG_VALUE: j <- $w8
	#DEBUG_VALUE: i <- $r7
	.loc	0 20 3                          # loop_region_by_counter.bpf.c:20:3
.Ltmp24:
	r8 = w8
.Ltmp25:
.Ltmp26:
	#APP
	#NO_APP
.Ltmp27:
.Ltmp28:
	#DEBUG_VALUE: j <- $w8
	.loc	0 21 7                          # loop_region_by_counter.bpf.c:21:7
.Ltmp29:
	if w8 == 5 goto LBB0_5
.Ltmp30:
.Ltmp31:
# %bb.4:                                #   in Loop: Header=BB0_1 Depth=1
	#DEBUG_VALUE: j <- $w8
	#DEBUG_VALUE: i <- $r7
	.loc	0 0 7 is_stmt 0                 # loop_region_by_counter.bpf.c:0:7
	r1 = r10
	r1 += -8
.Ltmp32:
	.loc	0 22 4 is_stmt 1                # loop_region_by_counter.bpf.c:22:4
.Ltmp33:
.Ltmp34:
	w2 = 8
	r3 = r6
	call 148
.Ltmp35:
.Ltmp36:
LBB0_5:                                 #   in Loop: Header=BB0_1 Depth=1
	#DEBUG_VALUE: j <- $w8
	#DEBUG_VALUE: i <- $r7
	.loc	0 23 3                          # loop_region_by_counter.bpf.c:23:3
.Ltmp37:
	r1 = w8
	#APP
	#NO_APP
.Ltmp38:
.Ltmp39:
	#DEBUG_VALUE: j <- $w1
	.loc	0 24 7                          # loop_region_by_counter.bpf.c:24:7
.Ltmp40:
	if w1 != 5 goto LBB0_7
.Ltmp41:
.Ltmp42:
# %bb.6:                                #   in Loop: Header=BB0_1 Depth=1
	#DEBUG_VALUE: j <- $w1
	#DEBUG_VALUE: i <- $r7
	.loc	0 25 4                          # loop_region_by_counter.bpf.c:25:4
.Ltmp43:
	call bpf_rcu_read_unlock
.Ltmp44:
.Ltmp45:
	.loc	0 0 4 is_stmt 0                 # loop_region_by_counter.bpf.c:0:4
	goto LBB0_7
.Ltmp46:
.Ltmp47:
LBB0_8:
	.loc	0 27 2 is_stmt 1                # loop_region_by_counter.bpf.c:27:2
.Ltmp48:
	w0 = 0
	exit
.Ltmp49:
.Ltmp50:
.Lfunc_end0:
	.size	loop_region_by_counter, .Lfunc_end0-loop_region_by_counter
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
	.uleb128 .Ltmp6-.Lfunc_begin0           #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp6-.Lfunc_begin0           #   ending offset
	.byte	1                               # Loc expr size
	.byte	86                              # DW_OP_reg6
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc2:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp13-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp16-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	87                              # DW_OP_reg7
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp16-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp25-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	88                              # DW_OP_reg8
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp27-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp38-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	88                              # DW_OP_reg8
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp38-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp44-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
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
	.byte	11                              # DW_TAG_lexical_block
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	19                              # Abbreviation Code
	.byte	72                              # DW_TAG_call_site
	.byte	0                               # DW_CHILDREN_no
	.byte	127                             # DW_AT_call_origin
	.byte	19                              # DW_FORM_ref4
	.byte	125                             # DW_AT_call_return_pc
	.byte	27                              # DW_FORM_addrx
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	20                              # Abbreviation Code
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
	.byte	1                               # Abbrev [1] 0xc:0x2d6 DW_TAG_compile_unit
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
	.byte	14                              # Abbrev [14] 0x82:0x5a DW_TAG_subprogram
	.byte	1                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	12                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	9                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	228                             # DW_AT_type
                                        # DW_AT_external
	.byte	15                              # Abbrev [15] 0x91:0x9 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_location
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	9                               # DW_AT_decl_line
	.long	244                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0x9a:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	0
	.byte	14                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	11                              # DW_AT_decl_line
	.long	232                             # DW_AT_type
	.byte	17                              # Abbrev [17] 0xa5:0x9 DW_TAG_variable
	.byte	1                               # DW_AT_location
	.byte	61                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	12                              # DW_AT_decl_line
	.long	560                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0xae:0x21 DW_TAG_lexical_block
	.byte	2                               # DW_AT_low_pc
	.long	.Ltmp46-.Ltmp6                  # DW_AT_high_pc
	.byte	16                              # Abbrev [16] 0xb4:0xa DW_TAG_variable
	.byte	1                               # DW_AT_location
	.byte	87
	.byte	60                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.long	228                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0xbe:0x10 DW_TAG_lexical_block
	.byte	3                               # DW_AT_low_pc
	.long	.Ltmp46-.Ltmp13                 # DW_AT_high_pc
	.byte	17                              # Abbrev [17] 0xc4:0x9 DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	62                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.long	228                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	19                              # Abbrev [19] 0xcf:0x6 DW_TAG_call_site
	.long	220                             # DW_AT_call_origin
	.byte	4                               # DW_AT_call_return_pc
	.byte	19                              # Abbrev [19] 0xd5:0x6 DW_TAG_call_site
	.long	224                             # DW_AT_call_origin
	.byte	5                               # DW_AT_call_return_pc
	.byte	0                               # End Of Children Mark
	.byte	20                              # Abbrev [20] 0xdc:0x4 DW_TAG_subprogram
	.byte	10                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	21                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_declaration
                                        # DW_AT_external
	.byte	20                              # Abbrev [20] 0xe0:0x4 DW_TAG_subprogram
	.byte	11                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	22                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_declaration
                                        # DW_AT_external
	.byte	5                               # Abbrev [5] 0xe4:0x4 DW_TAG_base_type
	.byte	13                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	3                               # Abbrev [3] 0xe8:0xc DW_TAG_array_type
	.long	62                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0xed:0x6 DW_TAG_subrange_type
	.long	66                              # DW_AT_type
	.byte	8                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	8                               # Abbrev [8] 0xf4:0x5 DW_TAG_pointer_type
	.long	249                             # DW_AT_type
	.byte	21                              # Abbrev [21] 0xf9:0x11f DW_TAG_structure_type
	.byte	59                              # DW_AT_name
	.byte	168                             # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	1143                            # DW_AT_decl_line
	.byte	22                              # Abbrev [22] 0xff:0xa DW_TAG_member
	.byte	16                              # DW_AT_name
	.long	536                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1144                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x109:0xa DW_TAG_member
	.byte	18                              # DW_AT_name
	.long	536                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1145                            # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x113:0xa DW_TAG_member
	.byte	19                              # DW_AT_name
	.long	536                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1146                            # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x11d:0xa DW_TAG_member
	.byte	20                              # DW_AT_name
	.long	536                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1147                            # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x127:0xa DW_TAG_member
	.byte	21                              # DW_AT_name
	.long	536                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1148                            # DW_AT_decl_line
	.byte	32                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x131:0xa DW_TAG_member
	.byte	22                              # DW_AT_name
	.long	536                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1149                            # DW_AT_decl_line
	.byte	40                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x13b:0xa DW_TAG_member
	.byte	23                              # DW_AT_name
	.long	536                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1150                            # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x145:0xa DW_TAG_member
	.byte	24                              # DW_AT_name
	.long	536                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1151                            # DW_AT_decl_line
	.byte	56                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x14f:0xa DW_TAG_member
	.byte	25                              # DW_AT_name
	.long	536                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1152                            # DW_AT_decl_line
	.byte	64                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x159:0xa DW_TAG_member
	.byte	26                              # DW_AT_name
	.long	536                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1153                            # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x163:0xa DW_TAG_member
	.byte	27                              # DW_AT_name
	.long	536                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1154                            # DW_AT_decl_line
	.byte	80                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x16d:0xa DW_TAG_member
	.byte	28                              # DW_AT_name
	.long	536                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1155                            # DW_AT_decl_line
	.byte	88                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x177:0xa DW_TAG_member
	.byte	29                              # DW_AT_name
	.long	536                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1156                            # DW_AT_decl_line
	.byte	96                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x181:0xa DW_TAG_member
	.byte	30                              # DW_AT_name
	.long	536                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1157                            # DW_AT_decl_line
	.byte	104                             # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x18b:0xa DW_TAG_member
	.byte	31                              # DW_AT_name
	.long	536                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1158                            # DW_AT_decl_line
	.byte	112                             # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x195:0xa DW_TAG_member
	.byte	32                              # DW_AT_name
	.long	536                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1159                            # DW_AT_decl_line
	.byte	120                             # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x19f:0xa DW_TAG_member
	.byte	33                              # DW_AT_name
	.long	536                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1160                            # DW_AT_decl_line
	.byte	128                             # DW_AT_data_member_location
	.byte	23                              # Abbrev [23] 0x1a9:0x9 DW_TAG_member
	.long	434                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1161                            # DW_AT_decl_line
	.byte	136                             # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x1b2:0x24 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	1161                            # DW_AT_decl_line
	.byte	22                              # Abbrev [22] 0x1b7:0xa DW_TAG_member
	.byte	34                              # DW_AT_name
	.long	540                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1162                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x1c1:0xa DW_TAG_member
	.byte	38                              # DW_AT_name
	.long	560                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1163                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x1cb:0xa DW_TAG_member
	.byte	42                              # DW_AT_name
	.long	580                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1164                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	22                              # Abbrev [22] 0x1d6:0xa DW_TAG_member
	.byte	45                              # DW_AT_name
	.long	536                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1166                            # DW_AT_decl_line
	.byte	144                             # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x1e0:0xa DW_TAG_member
	.byte	46                              # DW_AT_name
	.long	536                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1167                            # DW_AT_decl_line
	.byte	152                             # DW_AT_data_member_location
	.byte	23                              # Abbrev [23] 0x1ea:0x9 DW_TAG_member
	.long	499                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1168                            # DW_AT_decl_line
	.byte	160                             # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x1f3:0x24 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	1168                            # DW_AT_decl_line
	.byte	22                              # Abbrev [22] 0x1f8:0xa DW_TAG_member
	.byte	47                              # DW_AT_name
	.long	540                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1169                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x202:0xa DW_TAG_member
	.byte	48                              # DW_AT_name
	.long	560                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1170                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x20c:0xa DW_TAG_member
	.byte	49                              # DW_AT_name
	.long	620                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1171                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x218:0x4 DW_TAG_base_type
	.byte	17                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	12                              # Abbrev [12] 0x21c:0x8 DW_TAG_typedef
	.long	548                             # DW_AT_type
	.byte	37                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	30                              # DW_AT_decl_line
	.byte	12                              # Abbrev [12] 0x224:0x8 DW_TAG_typedef
	.long	556                             # DW_AT_type
	.byte	36                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x22c:0x4 DW_TAG_base_type
	.byte	35                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	2                               # DW_AT_byte_size
	.byte	12                              # Abbrev [12] 0x230:0x8 DW_TAG_typedef
	.long	568                             # DW_AT_type
	.byte	41                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	38                              # DW_AT_decl_line
	.byte	12                              # Abbrev [12] 0x238:0x8 DW_TAG_typedef
	.long	576                             # DW_AT_type
	.byte	40                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	22                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x240:0x4 DW_TAG_base_type
	.byte	39                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	21                              # Abbrev [21] 0x244:0x28 DW_TAG_structure_type
	.byte	42                              # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	1120                            # DW_AT_decl_line
	.byte	25                              # Abbrev [25] 0x24a:0xb DW_TAG_member
	.byte	34                              # DW_AT_name
	.long	560                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1121                            # DW_AT_decl_line
	.byte	16                              # DW_AT_bit_size
	.byte	0                               # DW_AT_data_bit_offset
	.byte	25                              # Abbrev [25] 0x255:0xb DW_TAG_member
	.byte	43                              # DW_AT_name
	.long	560                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1122                            # DW_AT_decl_line
	.byte	2                               # DW_AT_bit_size
	.byte	16                              # DW_AT_data_bit_offset
	.byte	25                              # Abbrev [25] 0x260:0xb DW_TAG_member
	.byte	44                              # DW_AT_name
	.long	560                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1123                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	18                              # DW_AT_data_bit_offset
	.byte	0                               # End Of Children Mark
	.byte	21                              # Abbrev [21] 0x26c:0x75 DW_TAG_structure_type
	.byte	49                              # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	1126                            # DW_AT_decl_line
	.byte	25                              # Abbrev [25] 0x272:0xb DW_TAG_member
	.byte	47                              # DW_AT_name
	.long	560                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1127                            # DW_AT_decl_line
	.byte	16                              # DW_AT_bit_size
	.byte	0                               # DW_AT_data_bit_offset
	.byte	25                              # Abbrev [25] 0x27d:0xb DW_TAG_member
	.byte	50                              # DW_AT_name
	.long	560                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1128                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	16                              # DW_AT_data_bit_offset
	.byte	25                              # Abbrev [25] 0x288:0xb DW_TAG_member
	.byte	51                              # DW_AT_name
	.long	560                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1129                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	17                              # DW_AT_data_bit_offset
	.byte	25                              # Abbrev [25] 0x293:0xb DW_TAG_member
	.byte	52                              # DW_AT_name
	.long	560                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1130                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	18                              # DW_AT_data_bit_offset
	.byte	25                              # Abbrev [25] 0x29e:0xb DW_TAG_member
	.byte	53                              # DW_AT_name
	.long	560                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1132                            # DW_AT_decl_line
	.byte	8                               # DW_AT_bit_size
	.byte	32                              # DW_AT_data_bit_offset
	.byte	25                              # Abbrev [25] 0x2a9:0xb DW_TAG_member
	.byte	54                              # DW_AT_name
	.long	560                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1134                            # DW_AT_decl_line
	.byte	4                               # DW_AT_bit_size
	.byte	48                              # DW_AT_data_bit_offset
	.byte	25                              # Abbrev [25] 0x2b4:0xb DW_TAG_member
	.byte	55                              # DW_AT_name
	.long	560                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1136                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	56                              # DW_AT_data_bit_offset
	.byte	25                              # Abbrev [25] 0x2bf:0xb DW_TAG_member
	.byte	56                              # DW_AT_name
	.long	560                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1137                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	57                              # DW_AT_data_bit_offset
	.byte	25                              # Abbrev [25] 0x2ca:0xb DW_TAG_member
	.byte	57                              # DW_AT_name
	.long	560                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1138                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	58                              # DW_AT_data_bit_offset
	.byte	25                              # Abbrev [25] 0x2d5:0xb DW_TAG_member
	.byte	58                              # DW_AT_name
	.long	560                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1140                            # DW_AT_decl_line
	.byte	4                               # DW_AT_bit_size
	.byte	60                              # DW_AT_data_bit_offset
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_str_offsets,"",@progbits
	.long	256                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 19.1.7 (3~deb12u1)" # string offset=0
.Linfo_string1:
	.asciz	"loop_region_by_counter.bpf.c"  # string offset=40
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
	.asciz	"loop_region_by_counter"        # string offset=185
.Linfo_string13:
	.asciz	"int"                           # string offset=208
.Linfo_string14:
	.asciz	"buf"                           # string offset=212
.Linfo_string15:
	.asciz	"ctx"                           # string offset=216
.Linfo_string16:
	.asciz	"r15"                           # string offset=220
.Linfo_string17:
	.asciz	"unsigned long"                 # string offset=224
.Linfo_string18:
	.asciz	"r14"                           # string offset=238
.Linfo_string19:
	.asciz	"r13"                           # string offset=242
.Linfo_string20:
	.asciz	"r12"                           # string offset=246
.Linfo_string21:
	.asciz	"bp"                            # string offset=250
.Linfo_string22:
	.asciz	"bx"                            # string offset=253
.Linfo_string23:
	.asciz	"r11"                           # string offset=256
.Linfo_string24:
	.asciz	"r10"                           # string offset=260
.Linfo_string25:
	.asciz	"r9"                            # string offset=264
.Linfo_string26:
	.asciz	"r8"                            # string offset=267
.Linfo_string27:
	.asciz	"ax"                            # string offset=270
.Linfo_string28:
	.asciz	"cx"                            # string offset=273
.Linfo_string29:
	.asciz	"dx"                            # string offset=276
.Linfo_string30:
	.asciz	"si"                            # string offset=279
.Linfo_string31:
	.asciz	"di"                            # string offset=282
.Linfo_string32:
	.asciz	"orig_ax"                       # string offset=285
.Linfo_string33:
	.asciz	"ip"                            # string offset=293
.Linfo_string34:
	.asciz	"cs"                            # string offset=296
.Linfo_string35:
	.asciz	"unsigned short"                # string offset=299
.Linfo_string36:
	.asciz	"__u16"                         # string offset=314
.Linfo_string37:
	.asciz	"u16"                           # string offset=320
.Linfo_string38:
	.asciz	"csx"                           # string offset=324
.Linfo_string39:
	.asciz	"unsigned long long"            # string offset=328
.Linfo_string40:
	.asciz	"__u64"                         # string offset=347
.Linfo_string41:
	.asciz	"u64"                           # string offset=353
.Linfo_string42:
	.asciz	"fred_cs"                       # string offset=357
.Linfo_string43:
	.asciz	"sl"                            # string offset=365
.Linfo_string44:
	.asciz	"wfe"                           # string offset=368
.Linfo_string45:
	.asciz	"flags"                         # string offset=372
.Linfo_string46:
	.asciz	"sp"                            # string offset=378
.Linfo_string47:
	.asciz	"ss"                            # string offset=381
.Linfo_string48:
	.asciz	"ssx"                           # string offset=384
.Linfo_string49:
	.asciz	"fred_ss"                       # string offset=388
.Linfo_string50:
	.asciz	"sti"                           # string offset=396
.Linfo_string51:
	.asciz	"swevent"                       # string offset=400
.Linfo_string52:
	.asciz	"nmi"                           # string offset=408
.Linfo_string53:
	.asciz	"vector"                        # string offset=412
.Linfo_string54:
	.asciz	"type"                          # string offset=419
.Linfo_string55:
	.asciz	"enclave"                       # string offset=424
.Linfo_string56:
	.asciz	"lm"                            # string offset=432
.Linfo_string57:
	.asciz	"nested"                        # string offset=435
.Linfo_string58:
	.asciz	"insnlen"                       # string offset=442
.Linfo_string59:
	.asciz	"pt_regs"                       # string offset=450
.Linfo_string60:
	.asciz	"i"                             # string offset=458
.Linfo_string61:
	.asciz	"base"                          # string offset=460
.Linfo_string62:
	.asciz	"j"                             # string offset=465
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
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	LICENSE
	.quad	.Lfunc_begin0
	.quad	.Ltmp6
	.quad	.Ltmp13
	.quad	.Ltmp22
	.quad	.Ltmp44
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	876
	.long	876
	.long	682
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
	.long	596                             # BTF_KIND_FUNC(id = 18)
	.long	201326594                       # 0xc000002
	.long	17
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 19)
	.long	218103808                       # 0xd000000
	.long	0
	.long	614                             # BTF_KIND_FUNC(id = 20)
	.long	201326594                       # 0xc000002
	.long	19
	.long	634                             # BTF_KIND_INT(id = 21)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 22)
	.long	50331648                        # 0x3000000
	.long	0
	.long	21
	.long	23
	.long	4
	.long	639                             # BTF_KIND_INT(id = 23)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	659                             # BTF_KIND_VAR(id = 24)
	.long	234881024                       # 0xe000000
	.long	22
	.long	1
	.long	667                             # BTF_KIND_DATASEC(id = 25)
	.long	251658242                       # 0xf000002
	.long	0
	.long	18
	.long	bpf_rcu_read_lock
	.long	0
	.long	20
	.long	bpf_rcu_read_unlock
	.long	0
	.long	674                             # BTF_KIND_DATASEC(id = 26)
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
	.ascii	"loop_region_by_counter"        # string offset=247
	.byte	0
	.ascii	"uprobe.s"                      # string offset=270
	.byte	0
	.ascii	"./loop_region_by_counter.bpf.c" # string offset=279
	.byte	0
	.ascii	"int loop_region_by_counter(struct pt_regs *ctx)" # string offset=310
	.byte	0
	.ascii	"0:14"                          # string offset=358
	.byte	0
	.ascii	"\tu64 base = PT_REGS_PARM1(ctx);" # string offset=363
	.byte	0
	.ascii	"\tfor (int i = 0; i < 3000; i++) {" # string offset=395
	.byte	0
	.ascii	"\t\topaque(j);"                # string offset=429
	.byte	0
	.ascii	"\t\tif (j == 5)"               # string offset=442
	.byte	0
	.ascii	"\t\t\tbpf_rcu_read_lock();"    # string offset=456
	.byte	0
	.ascii	"\t\tif (j != 5)"               # string offset=480
	.byte	0
	.ascii	"\t\t\tbpf_copy_from_user(buf, sizeof(buf), (void *)(base + i * 8));" # string offset=494
	.byte	0
	.ascii	"\t\t\tbpf_rcu_read_unlock();"  # string offset=559
	.byte	0
	.ascii	"\treturn 0;"                   # string offset=585
	.byte	0
	.ascii	"bpf_rcu_read_lock"             # string offset=596
	.byte	0
	.ascii	"bpf_rcu_read_unlock"           # string offset=614
	.byte	0
	.ascii	"char"                          # string offset=634
	.byte	0
	.ascii	"__ARRAY_SIZE_TYPE__"           # string offset=639
	.byte	0
	.ascii	"LICENSE"                       # string offset=659
	.byte	0
	.ascii	".ksyms"                        # string offset=667
	.byte	0
	.ascii	"license"                       # string offset=674
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	20
	.long	20
	.long	252
	.long	272
	.long	28
	.long	8                               # FuncInfo
	.long	270                             # FuncInfo section string offset=270
	.long	1
	.long	.Lfunc_begin0
	.long	16
	.long	16                              # LineInfo
	.long	270                             # LineInfo section string offset=270
	.long	15
	.long	.Lfunc_begin0
	.long	279
	.long	310
	.long	9216                            # Line 9 Col 0
	.long	.Ltmp3
	.long	279
	.long	363
	.long	12301                           # Line 12 Col 13
	.long	.Ltmp8
	.long	279
	.long	395
	.long	14356                           # Line 14 Col 20
	.long	.Ltmp9
	.long	279
	.long	395
	.long	14365                           # Line 14 Col 29
	.long	.Ltmp12
	.long	279
	.long	395
	.long	14338                           # Line 14 Col 2
	.long	.Ltmp15
	.long	279
	.long	429
	.long	17411                           # Line 17 Col 3
	.long	.Ltmp18
	.long	279
	.long	442
	.long	18439                           # Line 18 Col 7
	.long	.Ltmp21
	.long	279
	.long	456
	.long	19460                           # Line 19 Col 4
	.long	.Ltmp24
	.long	279
	.long	429
	.long	20483                           # Line 20 Col 3
	.long	.Ltmp29
	.long	279
	.long	480
	.long	21511                           # Line 21 Col 7
	.long	.Ltmp34
	.long	279
	.long	494
	.long	22532                           # Line 22 Col 4
	.long	.Ltmp37
	.long	279
	.long	429
	.long	23555                           # Line 23 Col 3
	.long	.Ltmp40
	.long	279
	.long	442
	.long	24583                           # Line 24 Col 7
	.long	.Ltmp43
	.long	279
	.long	559
	.long	25604                           # Line 25 Col 4
	.long	.Ltmp48
	.long	279
	.long	585
	.long	27650                           # Line 27 Col 2
	.long	16                              # FieldReloc
	.long	270                             # Field reloc section string offset=270
	.long	1
	.long	.Ltmp2
	.long	2
	.long	358
	.long	0
	.addrsig
	.addrsig_sym loop_region_by_counter
	.addrsig_sym LICENSE
	.section	.debug_line,"",@progbits
.Lline_table_start0:
