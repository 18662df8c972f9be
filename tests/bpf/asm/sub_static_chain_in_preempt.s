	.text
	.file	"sub_static_chain_in_preempt.bpf.c"
	.file	0 "." "sub_static_chain_in_preempt.bpf.c" md5 0x65b7088311a0e8f65d8763462c839eaf
	.file	1 "." "common.h" md5 0x7880bcbf4a61ad306ae1087d262c9ad6
	.file	2 ".." "vmlinux.h" md5 0xc786542dda78ab1a0ea282600316fb63
	.file	3 "/usr/include/bpf" "bpf_helper_defs.h" md5 0xba0039f6acc4710a5f4349e628ddfb60
	.section	uprobe.s,"ax",@progbits
	.globl	sub_static_chain_in_preempt     # -- Begin function sub_static_chain_in_preempt
	.p2align	3
	.type	sub_static_chain_in_preempt,@function
sub_static_chain_in_preempt:            # @sub_static_chain_in_preempt
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: sub_static_chain_in_preempt:ctx <- $r1
	.loc	0 27 23 prologue_end            # sub_static_chain_in_preempt.bpf.c:27:23
.Ltmp0:
.Ltmp1:
	r1 = *(u64 *)(r1 + 112)
.Ltmp2:
.Ltmp3:
	.loc	0 27 9 is_stmt 0                # sub_static_chain_in_preempt.bpf.c:27:9
.Ltmp4:
	call outer
.Ltmp5:
	w0 &= 255
                                        # kill: def $w0 killed $w0 killed $r0
	.loc	0 27 2                          # sub_static_chain_in_preempt.bpf.c:27:2
.Ltmp6:
	exit
.Ltmp7:
.Ltmp8:
.Lfunc_end0:
	.size	sub_static_chain_in_preempt, .Lfunc_end0-sub_static_chain_in_preempt
	.cfi_endproc
                                        # -- End function
	.text
	.p2align	3                               # -- Begin function outer
	.type	outer,@function
outer:                                  # @outer
.Lfunc_begin1:
	.loc	0 15 0 is_stmt 1                # sub_static_chain_in_preempt.bpf.c:15:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: outer:uptr <- $r1
	r6 = r1
.Ltmp9:
.Ltmp10:
	#DEBUG_VALUE: outer:uptr <- $r6
	.loc	0 18 2 prologue_end             # sub_static_chain_in_preempt.bpf.c:18:2
.Ltmp11:
	call bpf_preempt_disable
.Ltmp12:
	.loc	0 19 6                          # sub_static_chain_in_preempt.bpf.c:19:6
.Ltmp13:
	r1 = r6
.Ltmp14:
.Ltmp15:
	#DEBUG_VALUE: outer:uptr <- $r1
	call inner
.Ltmp16:
.Ltmp17:
	r6 = r0
.Ltmp18:
.Ltmp19:
	#DEBUG_VALUE: outer:w <- $r6
	.loc	0 20 2                          # sub_static_chain_in_preempt.bpf.c:20:2
.Ltmp20:
	call bpf_preempt_enable
.Ltmp21:
	.loc	0 21 2                          # sub_static_chain_in_preempt.bpf.c:21:2
.Ltmp22:
	r0 = r6
	exit
.Ltmp23:
.Ltmp24:
.Lfunc_end1:
	.size	outer, .Lfunc_end1-outer
	.cfi_endproc
                                        # -- End function
	.p2align	3                               # -- Begin function inner
	.type	inner,@function
inner:                                  # @inner
.Lfunc_begin2:
	.loc	0 7 0                           # sub_static_chain_in_preempt.bpf.c:7:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: inner:uptr <- $r1
	r3 = r1
.Ltmp25:
.Ltmp26:
	#DEBUG_VALUE: inner:uptr <- $r3
	r1 = 0
.Ltmp27:
	.loc	0 8 6 prologue_end              # sub_static_chain_in_preempt.bpf.c:8:6
.Ltmp28:
.Ltmp29:
	*(u64 *)(r10 - 8) = r1
	r1 = r10
	r1 += -8
	.loc	0 10 2                          # sub_static_chain_in_preempt.bpf.c:10:2
.Ltmp30:
	w2 = 8
	call 148
.Ltmp31:
.Ltmp32:
	.loc	0 11 9                          # sub_static_chain_in_preempt.bpf.c:11:9
.Ltmp33:
	r0 = *(u64 *)(r10 - 8)
	.loc	0 11 2 is_stmt 0                # sub_static_chain_in_preempt.bpf.c:11:2
.Ltmp34:
	exit
.Ltmp35:
.Ltmp36:
.Lfunc_end2:
	.size	inner, .Lfunc_end2-inner
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
	.long	4                               # Offset entry count
.Lloclists_table_base0:
	.long	.Ldebug_loc0-.Lloclists_table_base0
	.long	.Ldebug_loc1-.Lloclists_table_base0
	.long	.Ldebug_loc2-.Lloclists_table_base0
	.long	.Ldebug_loc3-.Lloclists_table_base0
.Ldebug_loc0:
	.byte	3                               # DW_LLE_startx_length
	.byte	1                               #   start index
	.uleb128 .Ltmp2-.Lfunc_begin0           #   length
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	1                               # DW_LLE_base_addressx
	.byte	3                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin1-.Lfunc_begin1    #   starting offset
	.uleb128 .Ltmp9-.Lfunc_begin1           #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp9-.Lfunc_begin1           #   starting offset
	.uleb128 .Ltmp14-.Lfunc_begin1          #   ending offset
	.byte	1                               # Loc expr size
	.byte	86                              # DW_OP_reg6
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp14-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp16-.Lfunc_begin1          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc2:
	.byte	1                               # DW_LLE_base_addressx
	.byte	3                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp18-.Lfunc_begin1          #   starting offset
	.uleb128 .Lfunc_end1-.Lfunc_begin1      #   ending offset
	.byte	1                               # Loc expr size
	.byte	86                              # DW_OP_reg6
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc3:
	.byte	1                               # DW_LLE_base_addressx
	.byte	3                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin2-.Lfunc_begin1    #   starting offset
	.uleb128 .Ltmp25-.Lfunc_begin1          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp25-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp31-.Lfunc_begin1          #   ending offset
	.byte	1                               # Loc expr size
	.byte	83                              # DW_OP_reg3
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
	.byte	72                              # DW_TAG_call_site
	.byte	0                               # DW_CHILDREN_no
	.byte	127                             # DW_AT_call_origin
	.byte	19                              # DW_FORM_ref4
	.byte	125                             # DW_AT_call_return_pc
	.byte	27                              # DW_FORM_addrx
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	17                              # Abbreviation Code
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
	.byte	18                              # Abbreviation Code
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
	.byte	1                               # Abbrev [1] 0xc:0x2ef DW_TAG_compile_unit
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
	.byte	14                              # Abbrev [14] 0x8a:0x1f DW_TAG_subprogram
	.byte	1                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	12                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	25                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	265                             # DW_AT_type
                                        # DW_AT_external
	.byte	15                              # Abbrev [15] 0x99:0x9 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_location
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	25                              # DW_AT_decl_line
	.long	289                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0xa2:0x6 DW_TAG_call_site
	.long	169                             # DW_AT_call_origin
	.byte	2                               # DW_AT_call_return_pc
	.byte	0                               # End Of Children Mark
	.byte	17                              # Abbrev [17] 0xa9:0x34 DW_TAG_subprogram
	.byte	3                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	14                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	269                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0xb8:0x9 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	61                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.long	132                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0xc1:0x9 DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	62                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	16                              # DW_AT_decl_line
	.long	269                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0xca:0x6 DW_TAG_call_site
	.long	221                             # DW_AT_call_origin
	.byte	4                               # DW_AT_call_return_pc
	.byte	16                              # Abbrev [16] 0xd0:0x6 DW_TAG_call_site
	.long	225                             # DW_AT_call_origin
	.byte	5                               # DW_AT_call_return_pc
	.byte	16                              # Abbrev [16] 0xd6:0x6 DW_TAG_call_site
	.long	261                             # DW_AT_call_origin
	.byte	6                               # DW_AT_call_return_pc
	.byte	0                               # End Of Children Mark
	.byte	19                              # Abbrev [19] 0xdd:0x4 DW_TAG_subprogram
	.byte	10                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	23                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_declaration
                                        # DW_AT_external
	.byte	17                              # Abbrev [17] 0xe1:0x24 DW_TAG_subprogram
	.byte	7                               # DW_AT_low_pc
	.long	.Lfunc_end2-.Lfunc_begin2       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	18                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	269                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0xf0:0x9 DW_TAG_formal_parameter
	.byte	3                               # DW_AT_location
	.byte	61                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
	.long	132                             # DW_AT_type
	.byte	20                              # Abbrev [20] 0xf9:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	0
	.byte	62                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	8                               # DW_AT_decl_line
	.long	269                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	19                              # Abbrev [19] 0x105:0x4 DW_TAG_subprogram
	.byte	11                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_declaration
                                        # DW_AT_external
	.byte	5                               # Abbrev [5] 0x109:0x4 DW_TAG_base_type
	.byte	13                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	12                              # Abbrev [12] 0x10d:0x8 DW_TAG_typedef
	.long	277                             # DW_AT_type
	.byte	17                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	38                              # DW_AT_decl_line
	.byte	12                              # Abbrev [12] 0x115:0x8 DW_TAG_typedef
	.long	285                             # DW_AT_type
	.byte	16                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	22                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x11d:0x4 DW_TAG_base_type
	.byte	15                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	8                               # Abbrev [8] 0x121:0x5 DW_TAG_pointer_type
	.long	294                             # DW_AT_type
	.byte	21                              # Abbrev [21] 0x126:0x11f DW_TAG_structure_type
	.byte	60                              # DW_AT_name
	.byte	168                             # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	1143                            # DW_AT_decl_line
	.byte	22                              # Abbrev [22] 0x12c:0xa DW_TAG_member
	.byte	20                              # DW_AT_name
	.long	581                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1144                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x136:0xa DW_TAG_member
	.byte	22                              # DW_AT_name
	.long	581                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1145                            # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x140:0xa DW_TAG_member
	.byte	23                              # DW_AT_name
	.long	581                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1146                            # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x14a:0xa DW_TAG_member
	.byte	24                              # DW_AT_name
	.long	581                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1147                            # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x154:0xa DW_TAG_member
	.byte	25                              # DW_AT_name
	.long	581                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1148                            # DW_AT_decl_line
	.byte	32                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x15e:0xa DW_TAG_member
	.byte	26                              # DW_AT_name
	.long	581                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1149                            # DW_AT_decl_line
	.byte	40                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x168:0xa DW_TAG_member
	.byte	27                              # DW_AT_name
	.long	581                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1150                            # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x172:0xa DW_TAG_member
	.byte	28                              # DW_AT_name
	.long	581                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1151                            # DW_AT_decl_line
	.byte	56                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x17c:0xa DW_TAG_member
	.byte	29                              # DW_AT_name
	.long	581                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1152                            # DW_AT_decl_line
	.byte	64                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x186:0xa DW_TAG_member
	.byte	30                              # DW_AT_name
	.long	581                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1153                            # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x190:0xa DW_TAG_member
	.byte	31                              # DW_AT_name
	.long	581                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1154                            # DW_AT_decl_line
	.byte	80                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x19a:0xa DW_TAG_member
	.byte	32                              # DW_AT_name
	.long	581                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1155                            # DW_AT_decl_line
	.byte	88                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x1a4:0xa DW_TAG_member
	.byte	33                              # DW_AT_name
	.long	581                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1156                            # DW_AT_decl_line
	.byte	96                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x1ae:0xa DW_TAG_member
	.byte	34                              # DW_AT_name
	.long	581                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1157                            # DW_AT_decl_line
	.byte	104                             # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x1b8:0xa DW_TAG_member
	.byte	35                              # DW_AT_name
	.long	581                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1158                            # DW_AT_decl_line
	.byte	112                             # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x1c2:0xa DW_TAG_member
	.byte	36                              # DW_AT_name
	.long	581                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1159                            # DW_AT_decl_line
	.byte	120                             # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x1cc:0xa DW_TAG_member
	.byte	37                              # DW_AT_name
	.long	581                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1160                            # DW_AT_decl_line
	.byte	128                             # DW_AT_data_member_location
	.byte	23                              # Abbrev [23] 0x1d6:0x9 DW_TAG_member
	.long	479                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1161                            # DW_AT_decl_line
	.byte	136                             # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x1df:0x24 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	1161                            # DW_AT_decl_line
	.byte	22                              # Abbrev [22] 0x1e4:0xa DW_TAG_member
	.byte	38                              # DW_AT_name
	.long	585                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1162                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x1ee:0xa DW_TAG_member
	.byte	42                              # DW_AT_name
	.long	269                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1163                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x1f8:0xa DW_TAG_member
	.byte	43                              # DW_AT_name
	.long	605                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1164                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	22                              # Abbrev [22] 0x203:0xa DW_TAG_member
	.byte	46                              # DW_AT_name
	.long	581                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1166                            # DW_AT_decl_line
	.byte	144                             # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x20d:0xa DW_TAG_member
	.byte	47                              # DW_AT_name
	.long	581                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1167                            # DW_AT_decl_line
	.byte	152                             # DW_AT_data_member_location
	.byte	23                              # Abbrev [23] 0x217:0x9 DW_TAG_member
	.long	544                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1168                            # DW_AT_decl_line
	.byte	160                             # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x220:0x24 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	1168                            # DW_AT_decl_line
	.byte	22                              # Abbrev [22] 0x225:0xa DW_TAG_member
	.byte	48                              # DW_AT_name
	.long	585                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1169                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x22f:0xa DW_TAG_member
	.byte	49                              # DW_AT_name
	.long	269                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1170                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x239:0xa DW_TAG_member
	.byte	50                              # DW_AT_name
	.long	645                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1171                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x245:0x4 DW_TAG_base_type
	.byte	21                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	12                              # Abbrev [12] 0x249:0x8 DW_TAG_typedef
	.long	593                             # DW_AT_type
	.byte	41                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	30                              # DW_AT_decl_line
	.byte	12                              # Abbrev [12] 0x251:0x8 DW_TAG_typedef
	.long	601                             # DW_AT_type
	.byte	40                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x259:0x4 DW_TAG_base_type
	.byte	39                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	2                               # DW_AT_byte_size
	.byte	21                              # Abbrev [21] 0x25d:0x28 DW_TAG_structure_type
	.byte	43                              # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	1120                            # DW_AT_decl_line
	.byte	25                              # Abbrev [25] 0x263:0xb DW_TAG_member
	.byte	38                              # DW_AT_name
	.long	269                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1121                            # DW_AT_decl_line
	.byte	16                              # DW_AT_bit_size
	.byte	0                               # DW_AT_data_bit_offset
	.byte	25                              # Abbrev [25] 0x26e:0xb DW_TAG_member
	.byte	44                              # DW_AT_name
	.long	269                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1122                            # DW_AT_decl_line
	.byte	2                               # DW_AT_bit_size
	.byte	16                              # DW_AT_data_bit_offset
	.byte	25                              # Abbrev [25] 0x279:0xb DW_TAG_member
	.byte	45                              # DW_AT_name
	.long	269                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1123                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	18                              # DW_AT_data_bit_offset
	.byte	0                               # End Of Children Mark
	.byte	21                              # Abbrev [21] 0x285:0x75 DW_TAG_structure_type
	.byte	50                              # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	1126                            # DW_AT_decl_line
	.byte	25                              # Abbrev [25] 0x28b:0xb DW_TAG_member
	.byte	48                              # DW_AT_name
	.long	269                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1127                            # DW_AT_decl_line
	.byte	16                              # DW_AT_bit_size
	.byte	0                               # DW_AT_data_bit_offset
	.byte	25                              # Abbrev [25] 0x296:0xb DW_TAG_member
	.byte	51                              # DW_AT_name
	.long	269                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1128                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	16                              # DW_AT_data_bit_offset
	.byte	25                              # Abbrev [25] 0x2a1:0xb DW_TAG_member
	.byte	52                              # DW_AT_name
	.long	269                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1129                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	17                              # DW_AT_data_bit_offset
	.byte	25                              # Abbrev [25] 0x2ac:0xb DW_TAG_member
	.byte	53                              # DW_AT_name
	.long	269                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1130                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	18                              # DW_AT_data_bit_offset
	.byte	25                              # Abbrev [25] 0x2b7:0xb DW_TAG_member
	.byte	54                              # DW_AT_name
	.long	269                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1132                            # DW_AT_decl_line
	.byte	8                               # DW_AT_bit_size
	.byte	32                              # DW_AT_data_bit_offset
	.byte	25                              # Abbrev [25] 0x2c2:0xb DW_TAG_member
	.byte	55                              # DW_AT_name
	.long	269                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1134                            # DW_AT_decl_line
	.byte	4                               # DW_AT_bit_size
	.byte	48                              # DW_AT_data_bit_offset
	.byte	25                              # Abbrev [25] 0x2cd:0xb DW_TAG_member
	.byte	56                              # DW_AT_name
	.long	269                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1136                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	56                              # DW_AT_data_bit_offset
	.byte	25                              # Abbrev [25] 0x2d8:0xb DW_TAG_member
	.byte	57                              # DW_AT_name
	.long	269                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1137                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	57                              # DW_AT_data_bit_offset
	.byte	25                              # Abbrev [25] 0x2e3:0xb DW_TAG_member
	.byte	58                              # DW_AT_name
	.long	269                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1138                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	58                              # DW_AT_data_bit_offset
	.byte	25                              # Abbrev [25] 0x2ee:0xb DW_TAG_member
	.byte	59                              # DW_AT_name
	.long	269                             # DW_AT_type
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
	.byte	3                               #   start index
	.uleb128 .Lfunc_end2-.Lfunc_begin1      #   length
	.byte	0                               # DW_RLE_end_of_list
.Ldebug_list_header_end1:
	.section	.debug_str_offsets,"",@progbits
	.long	256                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 19.1.7 (3~deb12u1)" # string offset=0
.Linfo_string1:
	.asciz	"sub_static_chain_in_preempt.bpf.c" # string offset=40
.Linfo_string2:
	.asciz	"."                             # string offset=74
.Linfo_string3:
	.asciz	"LICENSE"                       # string offset=76
.Linfo_string4:
	.asciz	"char"                          # string offset=84
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=89
.Linfo_string6:
	.asciz	"bpf_copy_from_user"            # string offset=109
.Linfo_string7:
	.asciz	"long"                          # string offset=128
.Linfo_string8:
	.asciz	"unsigned int"                  # string offset=133
.Linfo_string9:
	.asciz	"__u32"                         # string offset=146
.Linfo_string10:
	.asciz	"bpf_preempt_disable"           # string offset=152
.Linfo_string11:
	.asciz	"bpf_preempt_enable"            # string offset=172
.Linfo_string12:
	.asciz	"sub_static_chain_in_preempt"   # string offset=191
.Linfo_string13:
	.asciz	"int"                           # string offset=219
.Linfo_string14:
	.asciz	"outer"                         # string offset=223
.Linfo_string15:
	.asciz	"unsigned long long"            # string offset=229
.Linfo_string16:
	.asciz	"__u64"                         # string offset=248
.Linfo_string17:
	.asciz	"u64"                           # string offset=254
.Linfo_string18:
	.asciz	"inner"                         # string offset=258
.Linfo_string19:
	.asciz	"ctx"                           # string offset=264
.Linfo_string20:
	.asciz	"r15"                           # string offset=268
.Linfo_string21:
	.asciz	"unsigned long"                 # string offset=272
.Linfo_string22:
	.asciz	"r14"                           # string offset=286
.Linfo_string23:
	.asciz	"r13"                           # string offset=290
.Linfo_string24:
	.asciz	"r12"                           # string offset=294
.Linfo_string25:
	.asciz	"bp"                            # string offset=298
.Linfo_string26:
	.asciz	"bx"                            # string offset=301
.Linfo_string27:
	.asciz	"r11"                           # string offset=304
.Linfo_string28:
	.asciz	"r10"                           # string offset=308
.Linfo_string29:
	.asciz	"r9"                            # string offset=312
.Linfo_string30:
	.asciz	"r8"                            # string offset=315
.Linfo_string31:
	.asciz	"ax"                            # string offset=318
.Linfo_string32:
	.asciz	"cx"                            # string offset=321
.Linfo_string33:
	.asciz	"dx"                            # string offset=324
.Linfo_string34:
	.asciz	"si"                            # string offset=327
.Linfo_string35:
	.asciz	"di"                            # string offset=330
.Linfo_string36:
	.asciz	"orig_ax"                       # string offset=333
.Linfo_string37:
	.asciz	"ip"                            # string offset=341
.Linfo_string38:
	.asciz	"cs"                            # string offset=344
.Linfo_string39:
	.asciz	"unsigned short"                # string offset=347
.Linfo_string40:
	.asciz	"__u16"                         # string offset=362
.Linfo_string41:
	.asciz	"u16"                           # string offset=368
.Linfo_string42:
	.asciz	"csx"                           # string offset=372
.Linfo_string43:
	.asciz	"fred_cs"                       # string offset=376
.Linfo_string44:
	.asciz	"sl"                            # string offset=384
.Linfo_string45:
	.asciz	"wfe"                           # string offset=387
.Linfo_string46:
	.asciz	"flags"                         # string offset=391
.Linfo_string47:
	.asciz	"sp"                            # string offset=397
.Linfo_string48:
	.asciz	"ss"                            # string offset=400
.Linfo_string49:
	.asciz	"ssx"                           # string offset=403
.Linfo_string50:
	.asciz	"fred_ss"                       # string offset=407
.Linfo_string51:
	.asciz	"sti"                           # string offset=415
.Linfo_string52:
	.asciz	"swevent"                       # string offset=419
.Linfo_string53:
	.asciz	"nmi"                           # string offset=427
.Linfo_string54:
	.asciz	"vector"                        # string offset=431
.Linfo_string55:
	.asciz	"type"                          # string offset=438
.Linfo_string56:
	.asciz	"enclave"                       # string offset=443
.Linfo_string57:
	.asciz	"lm"                            # string offset=451
.Linfo_string58:
	.asciz	"nested"                        # string offset=454
.Linfo_string59:
	.asciz	"insnlen"                       # string offset=461
.Linfo_string60:
	.asciz	"pt_regs"                       # string offset=469
.Linfo_string61:
	.asciz	"uptr"                          # string offset=477
.Linfo_string62:
	.asciz	"w"                             # string offset=482
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
	.quad	.Ltmp5
	.quad	.Lfunc_begin1
	.quad	.Ltmp12
	.quad	.Ltmp16
	.quad	.Ltmp21
	.quad	.Lfunc_begin2
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	964
	.long	964
	.long	707
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
	.long	0                               # BTF_KIND_CONST(id = 18)
	.long	167772160                       # 0xa000000
	.long	0
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 19)
	.long	218103809                       # 0xd000001
	.long	8
	.long	375
	.long	17
	.long	380                             # BTF_KIND_FUNC(id = 20)
	.long	201326592                       # 0xc000000
	.long	19
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 21)
	.long	218103808                       # 0xd000000
	.long	0
	.long	514                             # BTF_KIND_FUNC(id = 22)
	.long	201326594                       # 0xc000002
	.long	21
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 23)
	.long	218103808                       # 0xd000000
	.long	0
	.long	534                             # BTF_KIND_FUNC(id = 24)
	.long	201326594                       # 0xc000002
	.long	23
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 25)
	.long	218103809                       # 0xd000001
	.long	8
	.long	375
	.long	17
	.long	553                             # BTF_KIND_FUNC(id = 26)
	.long	201326592                       # 0xc000000
	.long	25
	.long	659                             # BTF_KIND_INT(id = 27)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 28)
	.long	50331648                        # 0x3000000
	.long	0
	.long	27
	.long	29
	.long	4
	.long	664                             # BTF_KIND_INT(id = 29)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	684                             # BTF_KIND_VAR(id = 30)
	.long	234881024                       # 0xe000000
	.long	28
	.long	1
	.long	692                             # BTF_KIND_DATASEC(id = 31)
	.long	251658242                       # 0xf000002
	.long	0
	.long	22
	.long	bpf_preempt_disable
	.long	0
	.long	24
	.long	bpf_preempt_enable
	.long	0
	.long	699                             # BTF_KIND_DATASEC(id = 32)
	.long	251658241                       # 0xf000001
	.long	0
	.long	30
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
	.ascii	"sub_static_chain_in_preempt"   # string offset=247
	.byte	0
	.ascii	"uprobe.s"                      # string offset=275
	.byte	0
	.ascii	"0:14"                          # string offset=284
	.byte	0
	.ascii	"./sub_static_chain_in_preempt.bpf.c" # string offset=289
	.byte	0
	.ascii	"\treturn outer((void *)PT_REGS_PARM1(ctx)) & 0xff;" # string offset=325
	.byte	0
	.ascii	"uptr"                          # string offset=375
	.byte	0
	.ascii	"outer"                         # string offset=380
	.byte	0
	.ascii	".text"                         # string offset=386
	.byte	0
	.ascii	"static __noinline u64 outer(const void *uptr)" # string offset=392
	.byte	0
	.ascii	"\tbpf_preempt_disable();"      # string offset=438
	.byte	0
	.ascii	"\tw = inner(uptr);"            # string offset=462
	.byte	0
	.ascii	"\tbpf_preempt_enable();"       # string offset=480
	.byte	0
	.ascii	"\treturn w;"                   # string offset=503
	.byte	0
	.ascii	"bpf_preempt_disable"           # string offset=514
	.byte	0
	.ascii	"bpf_preempt_enable"            # string offset=534
	.byte	0
	.ascii	"inner"                         # string offset=553
	.byte	0
	.ascii	"static __noinline u64 inner(const void *uptr)" # string offset=559
	.byte	0
	.ascii	"\tu64 w = 0;"                  # string offset=605
	.byte	0
	.ascii	"\tbpf_copy_from_user(&w, sizeof(w), uptr);" # string offset=617
	.byte	0
	.ascii	"char"                          # string offset=659
	.byte	0
	.ascii	"__ARRAY_SIZE_TYPE__"           # string offset=664
	.byte	0
	.ascii	"LICENSE"                       # string offset=684
	.byte	0
	.ascii	".ksyms"                        # string offset=692
	.byte	0
	.ascii	"license"                       # string offset=699
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	44
	.long	44
	.long	228
	.long	272
	.long	28
	.long	8                               # FuncInfo
	.long	275                             # FuncInfo section string offset=275
	.long	1
	.long	.Lfunc_begin0
	.long	16
	.long	386                             # FuncInfo section string offset=386
	.long	2
	.long	.Lfunc_begin1
	.long	20
	.long	.Lfunc_begin2
	.long	26
	.long	16                              # LineInfo
	.long	275                             # LineInfo section string offset=275
	.long	3
	.long	.Ltmp1
	.long	289
	.long	325
	.long	27671                           # Line 27 Col 23
	.long	.Ltmp4
	.long	289
	.long	325
	.long	27657                           # Line 27 Col 9
	.long	.Ltmp6
	.long	289
	.long	325
	.long	27650                           # Line 27 Col 2
	.long	386                             # LineInfo section string offset=386
	.long	10
	.long	.Lfunc_begin1
	.long	289
	.long	392
	.long	14336                           # Line 14 Col 0
	.long	.Ltmp11
	.long	289
	.long	438
	.long	18434                           # Line 18 Col 2
	.long	.Ltmp13
	.long	289
	.long	462
	.long	19462                           # Line 19 Col 6
	.long	.Ltmp20
	.long	289
	.long	480
	.long	20482                           # Line 20 Col 2
	.long	.Ltmp22
	.long	289
	.long	503
	.long	21506                           # Line 21 Col 2
	.long	.Lfunc_begin2
	.long	289
	.long	559
	.long	6144                            # Line 6 Col 0
	.long	.Ltmp29
	.long	289
	.long	605
	.long	8198                            # Line 8 Col 6
	.long	.Ltmp30
	.long	289
	.long	617
	.long	10242                           # Line 10 Col 2
	.long	.Ltmp33
	.long	289
	.long	503
	.long	11273                           # Line 11 Col 9
	.long	.Ltmp34
	.long	289
	.long	503
	.long	11266                           # Line 11 Col 2
	.long	16                              # FieldReloc
	.long	275                             # Field reloc section string offset=275
	.long	1
	.long	.Ltmp0
	.long	2
	.long	284
	.long	0
	.addrsig
	.addrsig_sym sub_static_chain_in_preempt
	.addrsig_sym LICENSE
	.section	.debug_line,"",@progbits
.Lline_table_start0:
