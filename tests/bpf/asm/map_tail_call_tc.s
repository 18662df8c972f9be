	.text
	.file	"map_tail_call_tc.bpf.c"
	.file	0 "." "map_tail_call_tc.bpf.c" md5 0x9f23bba5fb696479cd68ebeca72f66d7
	.file	1 "." "common.h" md5 0x7880bcbf4a61ad306ae1087d262c9ad6
	.file	2 ".." "vmlinux.h" md5 0xc786542dda78ab1a0ea282600316fb63
	.file	3 "/usr/include/bpf" "bpf_helper_defs.h" md5 0xba0039f6acc4710a5f4349e628ddfb60
	.section	tc,"ax",@progbits
	.globl	map_tail_call_tc                # -- Begin function map_tail_call_tc
	.p2align	3
	.type	map_tail_call_tc,@function
map_tail_call_tc:                       # @map_tail_call_tc
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: map_tail_call_tc:skb <- $r1
	.loc	0 17 33 prologue_end            # map_tail_call_tc.bpf.c:17:33
.Ltmp0:
.Ltmp1:
	w3 = *(u32 *)(r1 + 16)
	.loc	0 17 42 is_stmt 0               # map_tail_call_tc.bpf.c:17:42
.Ltmp2:
	w3 &= 3
	.loc	0 17 2                          # map_tail_call_tc.bpf.c:17:2
.Ltmp3:
	r2 = jump ll
	call 12
.Ltmp4:
.Ltmp5:
	.loc	0 18 2 is_stmt 1                # map_tail_call_tc.bpf.c:18:2
.Ltmp6:
	w0 = 0
	exit
.Ltmp7:
.Ltmp8:
.Lfunc_end0:
	.size	map_tail_call_tc, .Lfunc_end0-map_tail_call_tc
	.cfi_endproc
                                        # -- End function
	.type	LICENSE,@object                 # @LICENSE
	.section	license,"aw",@progbits
	.globl	LICENSE
LICENSE:
	.asciz	"GPL"
	.size	LICENSE, 4

	.type	jump,@object                    # @jump
	.section	.maps,"aw",@progbits
	.globl	jump
	.p2align	3, 0x0
jump:
	.zero	32
	.size	jump, 32

	.section	.debug_loclists,"",@progbits
	.long	.Ldebug_list_header_end0-.Ldebug_list_header_start0 # Length
.Ldebug_list_header_start0:
	.short	5                               # Version
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
	.long	1                               # Offset entry count
.Lloclists_table_base0:
	.long	.Ldebug_loc0-.Lloclists_table_base0
.Ldebug_loc0:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin0-.Lfunc_begin0    #   starting offset
	.uleb128 .Ltmp4-.Lfunc_begin0           #   ending offset
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
	.byte	19                              # DW_TAG_structure_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	8                               # Abbreviation Code
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
	.byte	9                               # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	10                              # Abbreviation Code
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
	.byte	11                              # Abbreviation Code
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
	.byte	12                              # Abbreviation Code
	.byte	21                              # DW_TAG_subroutine_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	13                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	14                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
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
	.byte	18                              # Abbreviation Code
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
	.byte	19                              # Abbreviation Code
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
	.byte	20                              # Abbreviation Code
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
	.byte	21                              # Abbreviation Code
	.byte	19                              # DW_TAG_structure_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	5                               # DW_FORM_data2
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
	.byte	1                               # Abbrev [1] 0xc:0x433 DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	29                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.byte	2                               # DW_AT_low_pc
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
	.byte	2                               # Abbrev [2] 0x46:0xb DW_TAG_variable
	.byte	6                               # DW_AT_name
	.long	81                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	12                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	1
	.byte	7                               # Abbrev [7] 0x51:0x29 DW_TAG_structure_type
	.byte	32                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	7                               # DW_AT_decl_line
	.byte	8                               # Abbrev [8] 0x55:0x9 DW_TAG_member
	.byte	7                               # DW_AT_name
	.long	122                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	8                               # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x5e:0x9 DW_TAG_member
	.byte	9                               # DW_AT_name
	.long	143                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	9                               # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x67:0x9 DW_TAG_member
	.byte	10                              # DW_AT_name
	.long	160                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x70:0x9 DW_TAG_member
	.byte	14                              # DW_AT_name
	.long	160                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	11                              # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x7a:0x5 DW_TAG_pointer_type
	.long	127                             # DW_AT_type
	.byte	3                               # Abbrev [3] 0x7f:0xc DW_TAG_array_type
	.long	139                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x84:0x6 DW_TAG_subrange_type
	.long	66                              # DW_AT_type
	.byte	3                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x8b:0x4 DW_TAG_base_type
	.byte	8                               # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	9                               # Abbrev [9] 0x8f:0x5 DW_TAG_pointer_type
	.long	148                             # DW_AT_type
	.byte	3                               # Abbrev [3] 0x94:0xc DW_TAG_array_type
	.long	139                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x99:0x6 DW_TAG_subrange_type
	.long	66                              # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0xa0:0x5 DW_TAG_pointer_type
	.long	165                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0xa5:0x8 DW_TAG_typedef
	.long	173                             # DW_AT_type
	.byte	13                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	34                              # DW_AT_decl_line
	.byte	10                              # Abbrev [10] 0xad:0x8 DW_TAG_typedef
	.long	181                             # DW_AT_type
	.byte	12                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	18                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0xb5:0x4 DW_TAG_base_type
	.byte	11                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	11                              # Abbrev [11] 0xb9:0xa DW_TAG_variable
	.byte	15                              # DW_AT_name
	.long	195                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	327                             # DW_AT_decl_line
	.byte	12                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xc3:0x5 DW_TAG_pointer_type
	.long	200                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0xc8:0x15 DW_TAG_subroutine_type
	.long	221                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	13                              # Abbrev [13] 0xcd:0x5 DW_TAG_formal_parameter
	.long	225                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0xd2:0x5 DW_TAG_formal_parameter
	.long	225                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0xd7:0x5 DW_TAG_formal_parameter
	.long	173                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0xdd:0x4 DW_TAG_base_type
	.byte	16                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	14                              # Abbrev [14] 0xe1:0x1 DW_TAG_pointer_type
	.byte	15                              # Abbrev [15] 0xe2:0x19 DW_TAG_subprogram
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	17                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	139                             # DW_AT_type
                                        # DW_AT_external
	.byte	16                              # Abbrev [16] 0xf1:0x9 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_location
	.byte	18                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.long	251                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0xfb:0x5 DW_TAG_pointer_type
	.long	256                             # DW_AT_type
	.byte	17                              # Abbrev [17] 0x100:0x179 DW_TAG_structure_type
	.byte	89                              # DW_AT_name
	.byte	192                             # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	44595                           # DW_AT_decl_line
	.byte	18                              # Abbrev [18] 0x106:0xa DW_TAG_member
	.byte	19                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44596                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x110:0xa DW_TAG_member
	.byte	20                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44597                           # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x11a:0xa DW_TAG_member
	.byte	21                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44598                           # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x124:0xa DW_TAG_member
	.byte	22                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44599                           # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x12e:0xa DW_TAG_member
	.byte	23                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44600                           # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x138:0xa DW_TAG_member
	.byte	24                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44601                           # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x142:0xa DW_TAG_member
	.byte	25                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44602                           # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x14c:0xa DW_TAG_member
	.byte	26                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44603                           # DW_AT_decl_line
	.byte	28                              # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x156:0xa DW_TAG_member
	.byte	27                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44604                           # DW_AT_decl_line
	.byte	32                              # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x160:0xa DW_TAG_member
	.byte	28                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44605                           # DW_AT_decl_line
	.byte	36                              # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x16a:0xa DW_TAG_member
	.byte	29                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44606                           # DW_AT_decl_line
	.byte	40                              # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x174:0xa DW_TAG_member
	.byte	30                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44607                           # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x17e:0xa DW_TAG_member
	.byte	31                              # DW_AT_name
	.long	633                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44608                           # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x188:0xa DW_TAG_member
	.byte	32                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44609                           # DW_AT_decl_line
	.byte	68                              # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x192:0xa DW_TAG_member
	.byte	33                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44610                           # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x19c:0xa DW_TAG_member
	.byte	34                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44611                           # DW_AT_decl_line
	.byte	76                              # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x1a6:0xa DW_TAG_member
	.byte	35                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44612                           # DW_AT_decl_line
	.byte	80                              # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x1b0:0xa DW_TAG_member
	.byte	36                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44613                           # DW_AT_decl_line
	.byte	84                              # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x1ba:0xa DW_TAG_member
	.byte	37                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44614                           # DW_AT_decl_line
	.byte	88                              # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x1c4:0xa DW_TAG_member
	.byte	38                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44615                           # DW_AT_decl_line
	.byte	92                              # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x1ce:0xa DW_TAG_member
	.byte	39                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44616                           # DW_AT_decl_line
	.byte	96                              # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x1d8:0xa DW_TAG_member
	.byte	40                              # DW_AT_name
	.long	645                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44617                           # DW_AT_decl_line
	.byte	100                             # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x1e2:0xa DW_TAG_member
	.byte	41                              # DW_AT_name
	.long	645                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44618                           # DW_AT_decl_line
	.byte	116                             # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x1ec:0xa DW_TAG_member
	.byte	42                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44619                           # DW_AT_decl_line
	.byte	132                             # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x1f6:0xa DW_TAG_member
	.byte	43                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44620                           # DW_AT_decl_line
	.byte	136                             # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x200:0xa DW_TAG_member
	.byte	44                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44621                           # DW_AT_decl_line
	.byte	140                             # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x20a:0x9 DW_TAG_member
	.long	531                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44622                           # DW_AT_decl_line
	.byte	144                             # DW_AT_data_member_location
	.byte	20                              # Abbrev [20] 0x213:0x10 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	44622                           # DW_AT_decl_line
	.byte	18                              # Abbrev [18] 0x218:0xa DW_TAG_member
	.byte	45                              # DW_AT_name
	.long	657                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44623                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	18                              # Abbrev [18] 0x223:0xa DW_TAG_member
	.byte	69                              # DW_AT_name
	.long	914                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44625                           # DW_AT_decl_line
	.byte	152                             # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x22d:0xa DW_TAG_member
	.byte	72                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44626                           # DW_AT_decl_line
	.byte	160                             # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x237:0xa DW_TAG_member
	.byte	73                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44627                           # DW_AT_decl_line
	.byte	164                             # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x241:0x9 DW_TAG_member
	.long	586                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44628                           # DW_AT_decl_line
	.byte	168                             # DW_AT_data_member_location
	.byte	20                              # Abbrev [20] 0x24a:0x10 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	44628                           # DW_AT_decl_line
	.byte	18                              # Abbrev [18] 0x24f:0xa DW_TAG_member
	.byte	74                              # DW_AT_name
	.long	926                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44629                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	18                              # Abbrev [18] 0x25a:0xa DW_TAG_member
	.byte	86                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44631                           # DW_AT_decl_line
	.byte	176                             # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x264:0xa DW_TAG_member
	.byte	87                              # DW_AT_name
	.long	886                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44632                           # DW_AT_decl_line
	.byte	180                             # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x26e:0xa DW_TAG_member
	.byte	88                              # DW_AT_name
	.long	914                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44633                           # DW_AT_decl_line
	.byte	184                             # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	3                               # Abbrev [3] 0x279:0xc DW_TAG_array_type
	.long	173                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x27e:0x6 DW_TAG_subrange_type
	.long	66                              # DW_AT_type
	.byte	5                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	3                               # Abbrev [3] 0x285:0xc DW_TAG_array_type
	.long	173                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x28a:0x6 DW_TAG_subrange_type
	.long	66                              # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x291:0x5 DW_TAG_pointer_type
	.long	662                             # DW_AT_type
	.byte	17                              # Abbrev [17] 0x296:0xd4 DW_TAG_structure_type
	.byte	68                              # DW_AT_name
	.byte	56                              # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	44553                           # DW_AT_decl_line
	.byte	18                              # Abbrev [18] 0x29c:0xa DW_TAG_member
	.byte	46                              # DW_AT_name
	.long	874                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44554                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x2a6:0xa DW_TAG_member
	.byte	49                              # DW_AT_name
	.long	874                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44555                           # DW_AT_decl_line
	.byte	2                               # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x2b0:0xa DW_TAG_member
	.byte	50                              # DW_AT_name
	.long	874                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44556                           # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x2ba:0xa DW_TAG_member
	.byte	51                              # DW_AT_name
	.long	886                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44557                           # DW_AT_decl_line
	.byte	6                               # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x2c4:0xa DW_TAG_member
	.byte	54                              # DW_AT_name
	.long	886                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44558                           # DW_AT_decl_line
	.byte	7                               # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x2ce:0xa DW_TAG_member
	.byte	55                              # DW_AT_name
	.long	886                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44559                           # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x2d8:0xa DW_TAG_member
	.byte	56                              # DW_AT_name
	.long	886                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44560                           # DW_AT_decl_line
	.byte	9                               # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x2e2:0xa DW_TAG_member
	.byte	57                              # DW_AT_name
	.long	898                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44561                           # DW_AT_decl_line
	.byte	10                              # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x2ec:0xa DW_TAG_member
	.byte	59                              # DW_AT_name
	.long	898                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44562                           # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x2f6:0xa DW_TAG_member
	.byte	60                              # DW_AT_name
	.long	898                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44563                           # DW_AT_decl_line
	.byte	14                              # DW_AT_data_member_location
	.byte	19                              # Abbrev [19] 0x300:0x9 DW_TAG_member
	.long	777                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44564                           # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	20                              # Abbrev [20] 0x309:0x4c DW_TAG_union_type
	.byte	32                              # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	44564                           # DW_AT_decl_line
	.byte	19                              # Abbrev [19] 0x30e:0x9 DW_TAG_member
	.long	791                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44565                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x317:0x1a DW_TAG_structure_type
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	44565                           # DW_AT_decl_line
	.byte	18                              # Abbrev [18] 0x31c:0xa DW_TAG_member
	.byte	61                              # DW_AT_name
	.long	906                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44566                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x326:0xa DW_TAG_member
	.byte	63                              # DW_AT_name
	.long	906                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44567                           # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	19                              # Abbrev [19] 0x331:0x9 DW_TAG_member
	.long	826                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44569                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x33a:0x1a DW_TAG_structure_type
	.byte	32                              # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	44569                           # DW_AT_decl_line
	.byte	18                              # Abbrev [18] 0x33f:0xa DW_TAG_member
	.byte	64                              # DW_AT_name
	.long	645                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44570                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x349:0xa DW_TAG_member
	.byte	65                              # DW_AT_name
	.long	645                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44571                           # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	18                              # Abbrev [18] 0x355:0xa DW_TAG_member
	.byte	66                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44574                           # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x35f:0xa DW_TAG_member
	.byte	67                              # DW_AT_name
	.long	906                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44575                           # DW_AT_decl_line
	.byte	52                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	10                              # Abbrev [10] 0x36a:0x8 DW_TAG_typedef
	.long	882                             # DW_AT_type
	.byte	48                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x372:0x4 DW_TAG_base_type
	.byte	47                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	2                               # DW_AT_byte_size
	.byte	10                              # Abbrev [10] 0x376:0x8 DW_TAG_typedef
	.long	894                             # DW_AT_type
	.byte	53                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x37e:0x4 DW_TAG_base_type
	.byte	52                              # DW_AT_name
	.byte	8                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	10                              # Abbrev [10] 0x382:0x8 DW_TAG_typedef
	.long	874                             # DW_AT_type
	.byte	58                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	69                              # DW_AT_decl_line
	.byte	10                              # Abbrev [10] 0x38a:0x8 DW_TAG_typedef
	.long	173                             # DW_AT_type
	.byte	62                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	73                              # DW_AT_decl_line
	.byte	10                              # Abbrev [10] 0x392:0x8 DW_TAG_typedef
	.long	922                             # DW_AT_type
	.byte	71                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	22                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x39a:0x4 DW_TAG_base_type
	.byte	70                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	9                               # Abbrev [9] 0x39e:0x5 DW_TAG_pointer_type
	.long	931                             # DW_AT_type
	.byte	17                              # Abbrev [17] 0x3a3:0x93 DW_TAG_structure_type
	.byte	85                              # DW_AT_name
	.byte	80                              # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	44578                           # DW_AT_decl_line
	.byte	18                              # Abbrev [18] 0x3a9:0xa DW_TAG_member
	.byte	75                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44579                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x3b3:0xa DW_TAG_member
	.byte	37                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44580                           # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x3bd:0xa DW_TAG_member
	.byte	7                               # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44581                           # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x3c7:0xa DW_TAG_member
	.byte	23                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44582                           # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x3d1:0xa DW_TAG_member
	.byte	21                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44583                           # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x3db:0xa DW_TAG_member
	.byte	27                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44584                           # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x3e5:0xa DW_TAG_member
	.byte	76                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44585                           # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x3ef:0xa DW_TAG_member
	.byte	77                              # DW_AT_name
	.long	645                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44586                           # DW_AT_decl_line
	.byte	28                              # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x3f9:0xa DW_TAG_member
	.byte	78                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44587                           # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x403:0xa DW_TAG_member
	.byte	79                              # DW_AT_name
	.long	898                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44588                           # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x40d:0xa DW_TAG_member
	.byte	80                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44589                           # DW_AT_decl_line
	.byte	52                              # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x417:0xa DW_TAG_member
	.byte	81                              # DW_AT_name
	.long	645                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44590                           # DW_AT_decl_line
	.byte	56                              # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x421:0xa DW_TAG_member
	.byte	82                              # DW_AT_name
	.long	173                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44591                           # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	18                              # Abbrev [18] 0x42b:0xa DW_TAG_member
	.byte	83                              # DW_AT_name
	.long	1078                            # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44592                           # DW_AT_decl_line
	.byte	76                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	10                              # Abbrev [10] 0x436:0x8 DW_TAG_typedef
	.long	139                             # DW_AT_type
	.byte	84                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	16                              # DW_AT_decl_line
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_str_offsets,"",@progbits
	.long	364                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 19.1.7 (3~deb12u1)" # string offset=0
.Linfo_string1:
	.asciz	"map_tail_call_tc.bpf.c"        # string offset=40
.Linfo_string2:
	.asciz	"."                             # string offset=63
.Linfo_string3:
	.asciz	"LICENSE"                       # string offset=65
.Linfo_string4:
	.asciz	"char"                          # string offset=73
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=78
.Linfo_string6:
	.asciz	"jump"                          # string offset=98
.Linfo_string7:
	.asciz	"type"                          # string offset=103
.Linfo_string8:
	.asciz	"int"                           # string offset=108
.Linfo_string9:
	.asciz	"max_entries"                   # string offset=112
.Linfo_string10:
	.asciz	"key"                           # string offset=124
.Linfo_string11:
	.asciz	"unsigned int"                  # string offset=128
.Linfo_string12:
	.asciz	"__u32"                         # string offset=141
.Linfo_string13:
	.asciz	"u32"                           # string offset=147
.Linfo_string14:
	.asciz	"value"                         # string offset=151
.Linfo_string15:
	.asciz	"bpf_tail_call"                 # string offset=157
.Linfo_string16:
	.asciz	"long"                          # string offset=171
.Linfo_string17:
	.asciz	"map_tail_call_tc"              # string offset=176
.Linfo_string18:
	.asciz	"skb"                           # string offset=193
.Linfo_string19:
	.asciz	"len"                           # string offset=197
.Linfo_string20:
	.asciz	"pkt_type"                      # string offset=201
.Linfo_string21:
	.asciz	"mark"                          # string offset=210
.Linfo_string22:
	.asciz	"queue_mapping"                 # string offset=215
.Linfo_string23:
	.asciz	"protocol"                      # string offset=229
.Linfo_string24:
	.asciz	"vlan_present"                  # string offset=238
.Linfo_string25:
	.asciz	"vlan_tci"                      # string offset=251
.Linfo_string26:
	.asciz	"vlan_proto"                    # string offset=260
.Linfo_string27:
	.asciz	"priority"                      # string offset=271
.Linfo_string28:
	.asciz	"ingress_ifindex"               # string offset=280
.Linfo_string29:
	.asciz	"ifindex"                       # string offset=296
.Linfo_string30:
	.asciz	"tc_index"                      # string offset=304
.Linfo_string31:
	.asciz	"cb"                            # string offset=313
.Linfo_string32:
	.asciz	"hash"                          # string offset=316
.Linfo_string33:
	.asciz	"tc_classid"                    # string offset=321
.Linfo_string34:
	.asciz	"data"                          # string offset=332
.Linfo_string35:
	.asciz	"data_end"                      # string offset=337
.Linfo_string36:
	.asciz	"napi_id"                       # string offset=346
.Linfo_string37:
	.asciz	"family"                        # string offset=354
.Linfo_string38:
	.asciz	"remote_ip4"                    # string offset=361
.Linfo_string39:
	.asciz	"local_ip4"                     # string offset=372
.Linfo_string40:
	.asciz	"remote_ip6"                    # string offset=382
.Linfo_string41:
	.asciz	"local_ip6"                     # string offset=393
.Linfo_string42:
	.asciz	"remote_port"                   # string offset=403
.Linfo_string43:
	.asciz	"local_port"                    # string offset=415
.Linfo_string44:
	.asciz	"data_meta"                     # string offset=426
.Linfo_string45:
	.asciz	"flow_keys"                     # string offset=436
.Linfo_string46:
	.asciz	"nhoff"                         # string offset=446
.Linfo_string47:
	.asciz	"unsigned short"                # string offset=452
.Linfo_string48:
	.asciz	"__u16"                         # string offset=467
.Linfo_string49:
	.asciz	"thoff"                         # string offset=473
.Linfo_string50:
	.asciz	"addr_proto"                    # string offset=479
.Linfo_string51:
	.asciz	"is_frag"                       # string offset=490
.Linfo_string52:
	.asciz	"unsigned char"                 # string offset=498
.Linfo_string53:
	.asciz	"__u8"                          # string offset=512
.Linfo_string54:
	.asciz	"is_first_frag"                 # string offset=517
.Linfo_string55:
	.asciz	"is_encap"                      # string offset=531
.Linfo_string56:
	.asciz	"ip_proto"                      # string offset=540
.Linfo_string57:
	.asciz	"n_proto"                       # string offset=549
.Linfo_string58:
	.asciz	"__be16"                        # string offset=557
.Linfo_string59:
	.asciz	"sport"                         # string offset=564
.Linfo_string60:
	.asciz	"dport"                         # string offset=570
.Linfo_string61:
	.asciz	"ipv4_src"                      # string offset=576
.Linfo_string62:
	.asciz	"__be32"                        # string offset=585
.Linfo_string63:
	.asciz	"ipv4_dst"                      # string offset=592
.Linfo_string64:
	.asciz	"ipv6_src"                      # string offset=601
.Linfo_string65:
	.asciz	"ipv6_dst"                      # string offset=610
.Linfo_string66:
	.asciz	"flags"                         # string offset=619
.Linfo_string67:
	.asciz	"flow_label"                    # string offset=625
.Linfo_string68:
	.asciz	"bpf_flow_keys"                 # string offset=636
.Linfo_string69:
	.asciz	"tstamp"                        # string offset=650
.Linfo_string70:
	.asciz	"unsigned long long"            # string offset=657
.Linfo_string71:
	.asciz	"__u64"                         # string offset=676
.Linfo_string72:
	.asciz	"wire_len"                      # string offset=682
.Linfo_string73:
	.asciz	"gso_segs"                      # string offset=691
.Linfo_string74:
	.asciz	"sk"                            # string offset=700
.Linfo_string75:
	.asciz	"bound_dev_if"                  # string offset=703
.Linfo_string76:
	.asciz	"src_ip4"                       # string offset=716
.Linfo_string77:
	.asciz	"src_ip6"                       # string offset=724
.Linfo_string78:
	.asciz	"src_port"                      # string offset=732
.Linfo_string79:
	.asciz	"dst_port"                      # string offset=741
.Linfo_string80:
	.asciz	"dst_ip4"                       # string offset=750
.Linfo_string81:
	.asciz	"dst_ip6"                       # string offset=758
.Linfo_string82:
	.asciz	"state"                         # string offset=766
.Linfo_string83:
	.asciz	"rx_queue_mapping"              # string offset=772
.Linfo_string84:
	.asciz	"__s32"                         # string offset=789
.Linfo_string85:
	.asciz	"bpf_sock"                      # string offset=795
.Linfo_string86:
	.asciz	"gso_size"                      # string offset=804
.Linfo_string87:
	.asciz	"tstamp_type"                   # string offset=813
.Linfo_string88:
	.asciz	"hwtstamp"                      # string offset=825
.Linfo_string89:
	.asciz	"__sk_buff"                     # string offset=834
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
	.long	.Linfo_string68
	.long	.Linfo_string69
	.long	.Linfo_string70
	.long	.Linfo_string71
	.long	.Linfo_string72
	.long	.Linfo_string73
	.long	.Linfo_string74
	.long	.Linfo_string75
	.long	.Linfo_string76
	.long	.Linfo_string77
	.long	.Linfo_string78
	.long	.Linfo_string79
	.long	.Linfo_string80
	.long	.Linfo_string81
	.long	.Linfo_string82
	.long	.Linfo_string83
	.long	.Linfo_string84
	.long	.Linfo_string85
	.long	.Linfo_string86
	.long	.Linfo_string87
	.long	.Linfo_string88
	.long	.Linfo_string89
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	LICENSE
	.quad	jump
	.quad	.Lfunc_begin0
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	1000
	.long	1000
	.long	602
	.long	0                               # BTF_KIND_PTR(id = 1)
	.long	33554432                        # 0x2000000
	.long	3
	.long	1                               # BTF_KIND_INT(id = 2)
	.long	16777216                        # 0x1000000
	.long	4
	.long	16777248                        # 0x1000020
	.long	0                               # BTF_KIND_ARRAY(id = 3)
	.long	50331648                        # 0x3000000
	.long	0
	.long	2
	.long	4
	.long	3
	.long	5                               # BTF_KIND_INT(id = 4)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	0                               # BTF_KIND_PTR(id = 5)
	.long	33554432                        # 0x2000000
	.long	6
	.long	0                               # BTF_KIND_ARRAY(id = 6)
	.long	50331648                        # 0x3000000
	.long	0
	.long	2
	.long	4
	.long	4
	.long	0                               # BTF_KIND_PTR(id = 7)
	.long	33554432                        # 0x2000000
	.long	8
	.long	25                              # BTF_KIND_TYPEDEF(id = 8)
	.long	134217728                       # 0x8000000
	.long	9
	.long	29                              # BTF_KIND_TYPEDEF(id = 9)
	.long	134217728                       # 0x8000000
	.long	10
	.long	35                              # BTF_KIND_INT(id = 10)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	0                               # BTF_KIND_STRUCT(id = 11)
	.long	67108868                        # 0x4000004
	.long	32
	.long	48
	.long	1
	.long	0                               # 0x0
	.long	53
	.long	5
	.long	64                              # 0x40
	.long	65
	.long	7
	.long	128                             # 0x80
	.long	69
	.long	7
	.long	192                             # 0xc0
	.long	75                              # BTF_KIND_VAR(id = 12)
	.long	234881024                       # 0xe000000
	.long	11
	.long	1
	.long	0                               # BTF_KIND_PTR(id = 13)
	.long	33554432                        # 0x2000000
	.long	14
	.long	80                              # BTF_KIND_STRUCT(id = 14)
	.long	67108898                        # 0x4000022
	.long	192
	.long	90
	.long	9
	.long	0                               # 0x0
	.long	94
	.long	9
	.long	32                              # 0x20
	.long	103
	.long	9
	.long	64                              # 0x40
	.long	108
	.long	9
	.long	96                              # 0x60
	.long	122
	.long	9
	.long	128                             # 0x80
	.long	131
	.long	9
	.long	160                             # 0xa0
	.long	144
	.long	9
	.long	192                             # 0xc0
	.long	153
	.long	9
	.long	224                             # 0xe0
	.long	164
	.long	9
	.long	256                             # 0x100
	.long	173
	.long	9
	.long	288                             # 0x120
	.long	189
	.long	9
	.long	320                             # 0x140
	.long	197
	.long	9
	.long	352                             # 0x160
	.long	206
	.long	15
	.long	384                             # 0x180
	.long	209
	.long	9
	.long	544                             # 0x220
	.long	214
	.long	9
	.long	576                             # 0x240
	.long	225
	.long	9
	.long	608                             # 0x260
	.long	230
	.long	9
	.long	640                             # 0x280
	.long	239
	.long	9
	.long	672                             # 0x2a0
	.long	247
	.long	9
	.long	704                             # 0x2c0
	.long	254
	.long	9
	.long	736                             # 0x2e0
	.long	265
	.long	9
	.long	768                             # 0x300
	.long	275
	.long	16
	.long	800                             # 0x320
	.long	286
	.long	16
	.long	928                             # 0x3a0
	.long	296
	.long	9
	.long	1056                            # 0x420
	.long	308
	.long	9
	.long	1088                            # 0x440
	.long	319
	.long	9
	.long	1120                            # 0x460
	.long	0
	.long	17
	.long	1152                            # 0x480
	.long	329
	.long	19
	.long	1216                            # 0x4c0
	.long	336
	.long	9
	.long	1280                            # 0x500
	.long	345
	.long	9
	.long	1312                            # 0x520
	.long	0
	.long	21
	.long	1344                            # 0x540
	.long	354
	.long	9
	.long	1408                            # 0x580
	.long	363
	.long	23
	.long	1440                            # 0x5a0
	.long	375
	.long	19
	.long	1472                            # 0x5c0
	.long	0                               # BTF_KIND_ARRAY(id = 15)
	.long	50331648                        # 0x3000000
	.long	0
	.long	9
	.long	4
	.long	5
	.long	0                               # BTF_KIND_ARRAY(id = 16)
	.long	50331648                        # 0x3000000
	.long	0
	.long	9
	.long	4
	.long	4
	.long	0                               # BTF_KIND_UNION(id = 17)
	.long	83886081                        # 0x5000001
	.long	8
	.long	384
	.long	18
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 18)
	.long	33554432                        # 0x2000000
	.long	32
	.long	394                             # BTF_KIND_TYPEDEF(id = 19)
	.long	134217728                       # 0x8000000
	.long	20
	.long	400                             # BTF_KIND_INT(id = 20)
	.long	16777216                        # 0x1000000
	.long	8
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_UNION(id = 21)
	.long	83886081                        # 0x5000001
	.long	8
	.long	419
	.long	22
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 22)
	.long	33554432                        # 0x2000000
	.long	33
	.long	422                             # BTF_KIND_TYPEDEF(id = 23)
	.long	134217728                       # 0x8000000
	.long	24
	.long	427                             # BTF_KIND_INT(id = 24)
	.long	16777216                        # 0x1000000
	.long	1
	.long	8                               # 0x8
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 25)
	.long	218103809                       # 0xd000001
	.long	2
	.long	441
	.long	13
	.long	445                             # BTF_KIND_FUNC(id = 26)
	.long	201326593                       # 0xc000001
	.long	25
	.long	552                             # BTF_KIND_INT(id = 27)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 28)
	.long	50331648                        # 0x3000000
	.long	0
	.long	27
	.long	4
	.long	4
	.long	557                             # BTF_KIND_VAR(id = 29)
	.long	234881024                       # 0xe000000
	.long	28
	.long	1
	.long	565                             # BTF_KIND_DATASEC(id = 30)
	.long	251658241                       # 0xf000001
	.long	0
	.long	12
	.long	jump
	.long	32
	.long	571                             # BTF_KIND_DATASEC(id = 31)
	.long	251658241                       # 0xf000001
	.long	0
	.long	29
	.long	LICENSE
	.long	4
	.long	579                             # BTF_KIND_FWD(id = 32)
	.long	117440512                       # 0x7000000
	.long	0
	.long	593                             # BTF_KIND_FWD(id = 33)
	.long	117440512                       # 0x7000000
	.long	0
	.byte	0                               # string offset=0
	.ascii	"int"                           # string offset=1
	.byte	0
	.ascii	"__ARRAY_SIZE_TYPE__"           # string offset=5
	.byte	0
	.ascii	"u32"                           # string offset=25
	.byte	0
	.ascii	"__u32"                         # string offset=29
	.byte	0
	.ascii	"unsigned int"                  # string offset=35
	.byte	0
	.ascii	"type"                          # string offset=48
	.byte	0
	.ascii	"max_entries"                   # string offset=53
	.byte	0
	.ascii	"key"                           # string offset=65
	.byte	0
	.ascii	"value"                         # string offset=69
	.byte	0
	.ascii	"jump"                          # string offset=75
	.byte	0
	.ascii	"__sk_buff"                     # string offset=80
	.byte	0
	.ascii	"len"                           # string offset=90
	.byte	0
	.ascii	"pkt_type"                      # string offset=94
	.byte	0
	.ascii	"mark"                          # string offset=103
	.byte	0
	.ascii	"queue_mapping"                 # string offset=108
	.byte	0
	.ascii	"protocol"                      # string offset=122
	.byte	0
	.ascii	"vlan_present"                  # string offset=131
	.byte	0
	.ascii	"vlan_tci"                      # string offset=144
	.byte	0
	.ascii	"vlan_proto"                    # string offset=153
	.byte	0
	.ascii	"priority"                      # string offset=164
	.byte	0
	.ascii	"ingress_ifindex"               # string offset=173
	.byte	0
	.ascii	"ifindex"                       # string offset=189
	.byte	0
	.ascii	"tc_index"                      # string offset=197
	.byte	0
	.ascii	"cb"                            # string offset=206
	.byte	0
	.ascii	"hash"                          # string offset=209
	.byte	0
	.ascii	"tc_classid"                    # string offset=214
	.byte	0
	.ascii	"data"                          # string offset=225
	.byte	0
	.ascii	"data_end"                      # string offset=230
	.byte	0
	.ascii	"napi_id"                       # string offset=239
	.byte	0
	.ascii	"family"                        # string offset=247
	.byte	0
	.ascii	"remote_ip4"                    # string offset=254
	.byte	0
	.ascii	"local_ip4"                     # string offset=265
	.byte	0
	.ascii	"remote_ip6"                    # string offset=275
	.byte	0
	.ascii	"local_ip6"                     # string offset=286
	.byte	0
	.ascii	"remote_port"                   # string offset=296
	.byte	0
	.ascii	"local_port"                    # string offset=308
	.byte	0
	.ascii	"data_meta"                     # string offset=319
	.byte	0
	.ascii	"tstamp"                        # string offset=329
	.byte	0
	.ascii	"wire_len"                      # string offset=336
	.byte	0
	.ascii	"gso_segs"                      # string offset=345
	.byte	0
	.ascii	"gso_size"                      # string offset=354
	.byte	0
	.ascii	"tstamp_type"                   # string offset=363
	.byte	0
	.ascii	"hwtstamp"                      # string offset=375
	.byte	0
	.ascii	"flow_keys"                     # string offset=384
	.byte	0
	.ascii	"__u64"                         # string offset=394
	.byte	0
	.ascii	"unsigned long long"            # string offset=400
	.byte	0
	.ascii	"sk"                            # string offset=419
	.byte	0
	.ascii	"__u8"                          # string offset=422
	.byte	0
	.ascii	"unsigned char"                 # string offset=427
	.byte	0
	.ascii	"skb"                           # string offset=441
	.byte	0
	.ascii	"map_tail_call_tc"              # string offset=445
	.byte	0
	.ascii	"tc"                            # string offset=462
	.byte	0
	.ascii	"0:4"                           # string offset=465
	.byte	0
	.ascii	"./map_tail_call_tc.bpf.c"      # string offset=469
	.byte	0
	.ascii	"\tbpf_tail_call(skb, &jump, skb->protocol & 3);" # string offset=494
	.byte	0
	.ascii	"\treturn 0;"                   # string offset=541
	.byte	0
	.ascii	"char"                          # string offset=552
	.byte	0
	.ascii	"LICENSE"                       # string offset=557
	.byte	0
	.ascii	".maps"                         # string offset=565
	.byte	0
	.ascii	"license"                       # string offset=571
	.byte	0
	.ascii	"bpf_flow_keys"                 # string offset=579
	.byte	0
	.ascii	"bpf_sock"                      # string offset=593
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	20
	.long	20
	.long	76
	.long	96
	.long	28
	.long	8                               # FuncInfo
	.long	462                             # FuncInfo section string offset=462
	.long	1
	.long	.Lfunc_begin0
	.long	26
	.long	16                              # LineInfo
	.long	462                             # LineInfo section string offset=462
	.long	4
	.long	.Ltmp1
	.long	469
	.long	494
	.long	17441                           # Line 17 Col 33
	.long	.Ltmp2
	.long	469
	.long	494
	.long	17450                           # Line 17 Col 42
	.long	.Ltmp3
	.long	469
	.long	494
	.long	17410                           # Line 17 Col 2
	.long	.Ltmp6
	.long	469
	.long	541
	.long	18434                           # Line 18 Col 2
	.long	16                              # FieldReloc
	.long	462                             # Field reloc section string offset=462
	.long	1
	.long	.Ltmp0
	.long	14
	.long	465
	.long	0
	.addrsig
	.addrsig_sym map_tail_call_tc
	.addrsig_sym LICENSE
	.addrsig_sym jump
	.section	.debug_line,"",@progbits
.Lline_table_start0:
