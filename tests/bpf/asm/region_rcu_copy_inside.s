	.text
	.file	"region_rcu_copy_inside.bpf.c"
	.file	0 "." "region_rcu_copy_inside.bpf.c" md5 0x62ba314a3415497fc29404edccef0fc0
	.file	1 "." "common.h" md5 0x7880bcbf4a61ad306ae1087d262c9ad6
	.file	2 ".." "vmlinux.h" md5 0xc786542dda78ab1a0ea282600316fb63
	.file	3 "/usr/include/bpf" "bpf_helper_defs.h" md5 0xba0039f6acc4710a5f4349e628ddfb60
	.section	uprobe.s,"ax",@progbits
	.globl	region_rcu_copy_inside          # -- Begin function region_rcu_copy_inside
	.p2align	3
	.type	region_rcu_copy_inside,@function
region_rcu_copy_inside:                 # @region_rcu_copy_inside
.Lfunc_begin0:
	.loc	0 8 0                           # region_rcu_copy_inside.bpf.c:8:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: region_rcu_copy_inside:ctx <- $r1
	r6 = r1
.Ltmp0:
.Ltmp1:
	#DEBUG_VALUE: region_rcu_copy_inside:ctx <- $r6
	.loc	0 11 2 prologue_end             # region_rcu_copy_inside.bpf.c:11:2
.Ltmp2:
	call bpf_rcu_read_lock
.Ltmp3:
	.loc	0 12 47                         # region_rcu_copy_inside.bpf.c:12:47
.Ltmp4:
.Ltmp5:
	r3 = *(u64 *)(r6 + 112)
	r1 = r10
	r1 += -16
	.loc	0 12 2 is_stmt 0                # region_rcu_copy_inside.bpf.c:12:2
.Ltmp6:
	w2 = 16
	call 148
.Ltmp7:
	.loc	0 13 2 is_stmt 1                # region_rcu_copy_inside.bpf.c:13:2
.Ltmp8:
	call bpf_rcu_read_unlock
.Ltmp9:
	.loc	0 14 9                          # region_rcu_copy_inside.bpf.c:14:9
.Ltmp10:
	w0 = *(u8 *)(r10 - 16)
	w0 <<= 24
	w0 s>>= 24
	.loc	0 14 2 is_stmt 0                # region_rcu_copy_inside.bpf.c:14:2
.Ltmp11:
	exit
.Ltmp12:
.Ltmp13:
.Lfunc_end0:
	.size	region_rcu_copy_inside, .Lfunc_end0-region_rcu_copy_inside
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
	.long	1                               # Offset entry count
.Lloclists_table_base0:
	.long	.Ldebug_loc0-.Lloclists_table_base0
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
	.byte	72                              # DW_TAG_call_site
	.byte	0                               # DW_CHILDREN_no
	.byte	127                             # DW_AT_call_origin
	.byte	19                              # DW_FORM_ref4
	.byte	125                             # DW_AT_call_return_pc
	.byte	27                              # DW_FORM_addrx
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	18                              # Abbreviation Code
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
	.byte	5                               # DW_FORM_data2
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
	.byte	5                               # DW_FORM_data2
	.byte	56                              # DW_AT_data_member_location
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	21                              # Abbreviation Code
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
	.byte	22                              # Abbreviation Code
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
	.byte	23                              # Abbreviation Code
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
	.byte	1                               # Abbrev [1] 0xc:0x2ac DW_TAG_compile_unit
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
	.byte	14                              # Abbrev [14] 0x82:0x30 DW_TAG_subprogram
	.byte	1                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	12                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	7                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	186                             # DW_AT_type
                                        # DW_AT_external
	.byte	15                              # Abbrev [15] 0x91:0x9 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_location
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	7                               # DW_AT_decl_line
	.long	202                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0x9a:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	0
	.byte	14                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	9                               # DW_AT_decl_line
	.long	190                             # DW_AT_type
	.byte	17                              # Abbrev [17] 0xa5:0x6 DW_TAG_call_site
	.long	178                             # DW_AT_call_origin
	.byte	2                               # DW_AT_call_return_pc
	.byte	17                              # Abbrev [17] 0xab:0x6 DW_TAG_call_site
	.long	182                             # DW_AT_call_origin
	.byte	3                               # DW_AT_call_return_pc
	.byte	0                               # End Of Children Mark
	.byte	18                              # Abbrev [18] 0xb2:0x4 DW_TAG_subprogram
	.byte	10                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	21                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_declaration
                                        # DW_AT_external
	.byte	18                              # Abbrev [18] 0xb6:0x4 DW_TAG_subprogram
	.byte	11                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	22                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_declaration
                                        # DW_AT_external
	.byte	5                               # Abbrev [5] 0xba:0x4 DW_TAG_base_type
	.byte	13                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	3                               # Abbrev [3] 0xbe:0xc DW_TAG_array_type
	.long	62                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0xc3:0x6 DW_TAG_subrange_type
	.long	66                              # DW_AT_type
	.byte	16                              # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	8                               # Abbrev [8] 0xca:0x5 DW_TAG_pointer_type
	.long	207                             # DW_AT_type
	.byte	19                              # Abbrev [19] 0xcf:0x11f DW_TAG_structure_type
	.byte	59                              # DW_AT_name
	.byte	168                             # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	1143                            # DW_AT_decl_line
	.byte	20                              # Abbrev [20] 0xd5:0xa DW_TAG_member
	.byte	16                              # DW_AT_name
	.long	494                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1144                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	20                              # Abbrev [20] 0xdf:0xa DW_TAG_member
	.byte	18                              # DW_AT_name
	.long	494                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1145                            # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	20                              # Abbrev [20] 0xe9:0xa DW_TAG_member
	.byte	19                              # DW_AT_name
	.long	494                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1146                            # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	20                              # Abbrev [20] 0xf3:0xa DW_TAG_member
	.byte	20                              # DW_AT_name
	.long	494                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1147                            # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	20                              # Abbrev [20] 0xfd:0xa DW_TAG_member
	.byte	21                              # DW_AT_name
	.long	494                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1148                            # DW_AT_decl_line
	.byte	32                              # DW_AT_data_member_location
	.byte	20                              # Abbrev [20] 0x107:0xa DW_TAG_member
	.byte	22                              # DW_AT_name
	.long	494                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1149                            # DW_AT_decl_line
	.byte	40                              # DW_AT_data_member_location
	.byte	20                              # Abbrev [20] 0x111:0xa DW_TAG_member
	.byte	23                              # DW_AT_name
	.long	494                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1150                            # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	20                              # Abbrev [20] 0x11b:0xa DW_TAG_member
	.byte	24                              # DW_AT_name
	.long	494                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1151                            # DW_AT_decl_line
	.byte	56                              # DW_AT_data_member_location
	.byte	20                              # Abbrev [20] 0x125:0xa DW_TAG_member
	.byte	25                              # DW_AT_name
	.long	494                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1152                            # DW_AT_decl_line
	.byte	64                              # DW_AT_data_member_location
	.byte	20                              # Abbrev [20] 0x12f:0xa DW_TAG_member
	.byte	26                              # DW_AT_name
	.long	494                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1153                            # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	20                              # Abbrev [20] 0x139:0xa DW_TAG_member
	.byte	27                              # DW_AT_name
	.long	494                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1154                            # DW_AT_decl_line
	.byte	80                              # DW_AT_data_member_location
	.byte	20                              # Abbrev [20] 0x143:0xa DW_TAG_member
	.byte	28                              # DW_AT_name
	.long	494                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1155                            # DW_AT_decl_line
	.byte	88                              # DW_AT_data_member_location
	.byte	20                              # Abbrev [20] 0x14d:0xa DW_TAG_member
	.byte	29                              # DW_AT_name
	.long	494                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1156                            # DW_AT_decl_line
	.byte	96                              # DW_AT_data_member_location
	.byte	20                              # Abbrev [20] 0x157:0xa DW_TAG_member
	.byte	30                              # DW_AT_name
	.long	494                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1157                            # DW_AT_decl_line
	.byte	104                             # DW_AT_data_member_location
	.byte	20                              # Abbrev [20] 0x161:0xa DW_TAG_member
	.byte	31                              # DW_AT_name
	.long	494                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1158                            # DW_AT_decl_line
	.byte	112                             # DW_AT_data_member_location
	.byte	20                              # Abbrev [20] 0x16b:0xa DW_TAG_member
	.byte	32                              # DW_AT_name
	.long	494                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1159                            # DW_AT_decl_line
	.byte	120                             # DW_AT_data_member_location
	.byte	20                              # Abbrev [20] 0x175:0xa DW_TAG_member
	.byte	33                              # DW_AT_name
	.long	494                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1160                            # DW_AT_decl_line
	.byte	128                             # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x17f:0x9 DW_TAG_member
	.long	392                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1161                            # DW_AT_decl_line
	.byte	136                             # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x188:0x24 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	1161                            # DW_AT_decl_line
	.byte	20                              # Abbrev [20] 0x18d:0xa DW_TAG_member
	.byte	34                              # DW_AT_name
	.long	498                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1162                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	20                              # Abbrev [20] 0x197:0xa DW_TAG_member
	.byte	38                              # DW_AT_name
	.long	518                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1163                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	20                              # Abbrev [20] 0x1a1:0xa DW_TAG_member
	.byte	42                              # DW_AT_name
	.long	538                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1164                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	20                              # Abbrev [20] 0x1ac:0xa DW_TAG_member
	.byte	45                              # DW_AT_name
	.long	494                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1166                            # DW_AT_decl_line
	.byte	144                             # DW_AT_data_member_location
	.byte	20                              # Abbrev [20] 0x1b6:0xa DW_TAG_member
	.byte	46                              # DW_AT_name
	.long	494                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1167                            # DW_AT_decl_line
	.byte	152                             # DW_AT_data_member_location
	.byte	21                              # Abbrev [21] 0x1c0:0x9 DW_TAG_member
	.long	457                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1168                            # DW_AT_decl_line
	.byte	160                             # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x1c9:0x24 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	1168                            # DW_AT_decl_line
	.byte	20                              # Abbrev [20] 0x1ce:0xa DW_TAG_member
	.byte	47                              # DW_AT_name
	.long	498                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1169                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	20                              # Abbrev [20] 0x1d8:0xa DW_TAG_member
	.byte	48                              # DW_AT_name
	.long	518                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1170                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	20                              # Abbrev [20] 0x1e2:0xa DW_TAG_member
	.byte	49                              # DW_AT_name
	.long	578                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1171                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x1ee:0x4 DW_TAG_base_type
	.byte	17                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	12                              # Abbrev [12] 0x1f2:0x8 DW_TAG_typedef
	.long	506                             # DW_AT_type
	.byte	37                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	30                              # DW_AT_decl_line
	.byte	12                              # Abbrev [12] 0x1fa:0x8 DW_TAG_typedef
	.long	514                             # DW_AT_type
	.byte	36                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x202:0x4 DW_TAG_base_type
	.byte	35                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	2                               # DW_AT_byte_size
	.byte	12                              # Abbrev [12] 0x206:0x8 DW_TAG_typedef
	.long	526                             # DW_AT_type
	.byte	41                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	38                              # DW_AT_decl_line
	.byte	12                              # Abbrev [12] 0x20e:0x8 DW_TAG_typedef
	.long	534                             # DW_AT_type
	.byte	40                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	22                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x216:0x4 DW_TAG_base_type
	.byte	39                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	19                              # Abbrev [19] 0x21a:0x28 DW_TAG_structure_type
	.byte	42                              # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	1120                            # DW_AT_decl_line
	.byte	23                              # Abbrev [23] 0x220:0xb DW_TAG_member
	.byte	34                              # DW_AT_name
	.long	518                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1121                            # DW_AT_decl_line
	.byte	16                              # DW_AT_bit_size
	.byte	0                               # DW_AT_data_bit_offset
	.byte	23                              # Abbrev [23] 0x22b:0xb DW_TAG_member
	.byte	43                              # DW_AT_name
	.long	518                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1122                            # DW_AT_decl_line
	.byte	2                               # DW_AT_bit_size
	.byte	16                              # DW_AT_data_bit_offset
	.byte	23                              # Abbrev [23] 0x236:0xb DW_TAG_member
	.byte	44                              # DW_AT_name
	.long	518                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1123                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	18                              # DW_AT_data_bit_offset
	.byte	0                               # End Of Children Mark
	.byte	19                              # Abbrev [19] 0x242:0x75 DW_TAG_structure_type
	.byte	49                              # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	1126                            # DW_AT_decl_line
	.byte	23                              # Abbrev [23] 0x248:0xb DW_TAG_member
	.byte	47                              # DW_AT_name
	.long	518                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1127                            # DW_AT_decl_line
	.byte	16                              # DW_AT_bit_size
	.byte	0                               # DW_AT_data_bit_offset
	.byte	23                              # Abbrev [23] 0x253:0xb DW_TAG_member
	.byte	50                              # DW_AT_name
	.long	518                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1128                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	16                              # DW_AT_data_bit_offset
	.byte	23                              # Abbrev [23] 0x25e:0xb DW_TAG_member
	.byte	51                              # DW_AT_name
	.long	518                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1129                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	17                              # DW_AT_data_bit_offset
	.byte	23                              # Abbrev [23] 0x269:0xb DW_TAG_member
	.byte	52                              # DW_AT_name
	.long	518                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1130                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	18                              # DW_AT_data_bit_offset
	.byte	23                              # Abbrev [23] 0x274:0xb DW_TAG_member
	.byte	53                              # DW_AT_name
	.long	518                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1132                            # DW_AT_decl_line
	.byte	8                               # DW_AT_bit_size
	.byte	32                              # DW_AT_data_bit_offset
	.byte	23                              # Abbrev [23] 0x27f:0xb DW_TAG_member
	.byte	54                              # DW_AT_name
	.long	518                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1134                            # DW_AT_decl_line
	.byte	4                               # DW_AT_bit_size
	.byte	48                              # DW_AT_data_bit_offset
	.byte	23                              # Abbrev [23] 0x28a:0xb DW_TAG_member
	.byte	55                              # DW_AT_name
	.long	518                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1136                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	56                              # DW_AT_data_bit_offset
	.byte	23                              # Abbrev [23] 0x295:0xb DW_TAG_member
	.byte	56                              # DW_AT_name
	.long	518                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1137                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	57                              # DW_AT_data_bit_offset
	.byte	23                              # Abbrev [23] 0x2a0:0xb DW_TAG_member
	.byte	57                              # DW_AT_name
	.long	518                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1138                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	58                              # DW_AT_data_bit_offset
	.byte	23                              # Abbrev [23] 0x2ab:0xb DW_TAG_member
	.byte	58                              # DW_AT_name
	.long	518                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	1140                            # DW_AT_decl_line
	.byte	4                               # DW_AT_bit_size
	.byte	60                              # DW_AT_data_bit_offset
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_str_offsets,"",@progbits
	.long	244                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 19.1.7 (3~deb12u1)" # string offset=0
.Linfo_string1:
	.asciz	"region_rcu_copy_inside.bpf.c"  # string offset=40
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
	.asciz	"region_rcu_copy_inside"        # string offset=185
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
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	LICENSE
	.quad	.Lfunc_begin0
	.quad	.Ltmp3
	.quad	.Ltmp9
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	876
	.long	876
	.long	578
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
	.long	380                             # BTF_KIND_FUNC(id = 18)
	.long	201326594                       # 0xc000002
	.long	17
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 19)
	.long	218103808                       # 0xd000000
	.long	0
	.long	510                             # BTF_KIND_FUNC(id = 20)
	.long	201326594                       # 0xc000002
	.long	19
	.long	530                             # BTF_KIND_INT(id = 21)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 22)
	.long	50331648                        # 0x3000000
	.long	0
	.long	21
	.long	23
	.long	4
	.long	535                             # BTF_KIND_INT(id = 23)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	555                             # BTF_KIND_VAR(id = 24)
	.long	234881024                       # 0xe000000
	.long	22
	.long	1
	.long	563                             # BTF_KIND_DATASEC(id = 25)
	.long	251658242                       # 0xf000002
	.long	0
	.long	18
	.long	bpf_rcu_read_lock
	.long	0
	.long	20
	.long	bpf_rcu_read_unlock
	.long	0
	.long	570                             # BTF_KIND_DATASEC(id = 26)
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
	.ascii	"region_rcu_copy_inside"        # string offset=247
	.byte	0
	.ascii	"uprobe.s"                      # string offset=270
	.byte	0
	.ascii	"./region_rcu_copy_inside.bpf.c" # string offset=279
	.byte	0
	.ascii	"int region_rcu_copy_inside(struct pt_regs *ctx)" # string offset=310
	.byte	0
	.ascii	"\tbpf_rcu_read_lock();"        # string offset=358
	.byte	0
	.ascii	"bpf_rcu_read_lock"             # string offset=380
	.byte	0
	.ascii	"0:14"                          # string offset=398
	.byte	0
	.ascii	"\tbpf_copy_from_user(buf, sizeof(buf), (void *)PT_REGS_PARM1(ctx));" # string offset=403
	.byte	0
	.ascii	"\tbpf_rcu_read_unlock();"      # string offset=470
	.byte	0
	.ascii	"\treturn buf[0];"              # string offset=494
	.byte	0
	.ascii	"bpf_rcu_read_unlock"           # string offset=510
	.byte	0
	.ascii	"char"                          # string offset=530
	.byte	0
	.ascii	"__ARRAY_SIZE_TYPE__"           # string offset=535
	.byte	0
	.ascii	"LICENSE"                       # string offset=555
	.byte	0
	.ascii	".ksyms"                        # string offset=563
	.byte	0
	.ascii	"license"                       # string offset=570
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	20
	.long	20
	.long	124
	.long	144
	.long	28
	.long	8                               # FuncInfo
	.long	270                             # FuncInfo section string offset=270
	.long	1
	.long	.Lfunc_begin0
	.long	16
	.long	16                              # LineInfo
	.long	270                             # LineInfo section string offset=270
	.long	7
	.long	.Lfunc_begin0
	.long	279
	.long	310
	.long	7168                            # Line 7 Col 0
	.long	.Ltmp2
	.long	279
	.long	358
	.long	11266                           # Line 11 Col 2
	.long	.Ltmp5
	.long	279
	.long	403
	.long	12335                           # Line 12 Col 47
	.long	.Ltmp6
	.long	279
	.long	403
	.long	12290                           # Line 12 Col 2
	.long	.Ltmp8
	.long	279
	.long	470
	.long	13314                           # Line 13 Col 2
	.long	.Ltmp10
	.long	279
	.long	494
	.long	14345                           # Line 14 Col 9
	.long	.Ltmp11
	.long	279
	.long	494
	.long	14338                           # Line 14 Col 2
	.long	16                              # FieldReloc
	.long	270                             # Field reloc section string offset=270
	.long	1
	.long	.Ltmp4
	.long	2
	.long	398
	.long	0
	.addrsig
	.addrsig_sym region_rcu_copy_inside
	.addrsig_sym LICENSE
	.section	.debug_line,"",@progbits
.Lline_table_start0:
