	.text
	.file	"cb_timer_safe.bpf.c"
	.file	0 "." "cb_timer_safe.bpf.c" md5 0x5a2f968fd141683ea42aa00ac799f6a6
	.file	1 "." "common.h" md5 0x7880bcbf4a61ad306ae1087d262c9ad6
	.file	2 ".." "vmlinux.h" md5 0xc786542dda78ab1a0ea282600316fb63
	.file	3 "/usr/include/bpf" "bpf_helper_defs.h" md5 0xba0039f6acc4710a5f4349e628ddfb60
	.section	tc,"ax",@progbits
	.globl	cb_timer_safe                   # -- Begin function cb_timer_safe
	.p2align	3
	.type	cb_timer_safe,@function
cb_timer_safe:                          # @cb_timer_safe
.Lfunc_begin0:
	.loc	0 21 0                          # cb_timer_safe.bpf.c:21:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	w1 = 0
.Ltmp0:
	.loc	0 22 6 prologue_end             # cb_timer_safe.bpf.c:22:6
.Ltmp1:
.Ltmp2:
	*(u32 *)(r10 - 4) = w1
	r2 = r10
	r2 += -4
	.loc	0 23 24                         # cb_timer_safe.bpf.c:23:24
.Ltmp3:
	r1 = timers ll
	call 1
.Ltmp4:
	r6 = r0
.Ltmp5:
.Ltmp6:
	#DEBUG_VALUE: cb_timer_safe:v <- $r6
	.loc	0 25 6                          # cb_timer_safe.bpf.c:25:6
.Ltmp7:
	if r6 == 0 goto LBB0_2
.Ltmp8:
.Ltmp9:
# %bb.1:
	#DEBUG_VALUE: cb_timer_safe:v <- $r6
	.loc	0 27 2                          # cb_timer_safe.bpf.c:27:2
.Ltmp10:
	r1 = r6
	r2 = timers ll
	r3 = 1
	call 169
.Ltmp11:
	.loc	0 28 2                          # cb_timer_safe.bpf.c:28:2
.Ltmp12:
	r1 = r6
	r2 = on_timer ll
	call 170
.Ltmp13:
	.loc	0 29 2                          # cb_timer_safe.bpf.c:29:2
.Ltmp14:
	r1 = r6
	r2 = 1000000
	r3 = 0
	call 171
.Ltmp15:
.Ltmp16:
LBB0_2:
	#DEBUG_VALUE: cb_timer_safe:v <- $r6
	.loc	0 31 1                          # cb_timer_safe.bpf.c:31:1
.Ltmp17:
	w0 = 0
	exit
.Ltmp18:
.Ltmp19:
.Lfunc_end0:
	.size	cb_timer_safe, .Lfunc_end0-cb_timer_safe
	.cfi_endproc
                                        # -- End function
	.text
	.p2align	3                               # -- Begin function on_timer
	.type	on_timer,@function
on_timer:                               # @on_timer
.Lfunc_begin1:
	.loc	0 14 0                          # cb_timer_safe.bpf.c:14:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: on_timer:v <- $r3
	r1 = 1
.Ltmp20:
	.loc	0 15 2 prologue_end             # cb_timer_safe.bpf.c:15:2
.Ltmp21:
.Ltmp22:
	lock *(u64 *)(r3 + 16) += r1
	.loc	0 16 2                          # cb_timer_safe.bpf.c:16:2
.Ltmp23:
	w0 = 0
	exit
.Ltmp24:
.Ltmp25:
.Lfunc_end1:
	.size	on_timer, .Lfunc_end1-on_timer
	.cfi_endproc
                                        # -- End function
	.type	LICENSE,@object                 # @LICENSE
	.section	license,"aw",@progbits
	.globl	LICENSE
LICENSE:
	.asciz	"GPL"
	.size	LICENSE, 4

	.type	timers,@object                  # @timers
	.section	.maps,"aw",@progbits
	.globl	timers
	.p2align	3, 0x0
timers:
	.zero	32
	.size	timers, 32

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
	.byte	1                               # DW_LLE_base_addressx
	.byte	2                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp5-.Lfunc_begin0           #   starting offset
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
	.byte	12                              # Abbreviation Code
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
	.byte	13                              # Abbreviation Code
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
	.byte	14                              # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	28                              # DW_AT_const_value
	.byte	15                              # DW_FORM_udata
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	15                              # Abbreviation Code
	.byte	21                              # DW_TAG_subroutine_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	16                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	17                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	18                              # Abbreviation Code
	.byte	38                              # DW_TAG_const_type
	.byte	0                               # DW_CHILDREN_no
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	19                              # Abbreviation Code
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
	.byte	20                              # Abbreviation Code
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
	.byte	21                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
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
	.byte	22                              # Abbreviation Code
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
	.byte	23                              # Abbreviation Code
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
	.byte	24                              # Abbreviation Code
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
	.byte	25                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
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
	.byte	26                              # Abbreviation Code
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
	.byte	27                              # Abbreviation Code
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
	.byte	28                              # Abbreviation Code
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
	.byte	1                               # Abbrev [1] 0xc:0x529 DW_TAG_compile_unit
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
	.byte	2                               # Abbrev [2] 0x4e:0xb DW_TAG_variable
	.byte	6                               # DW_AT_name
	.long	89                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	11                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	1
	.byte	7                               # Abbrev [7] 0x59:0x29 DW_TAG_structure_type
	.byte	32                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
	.byte	8                               # Abbrev [8] 0x5d:0x9 DW_TAG_member
	.byte	7                               # DW_AT_name
	.long	130                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	7                               # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x66:0x9 DW_TAG_member
	.byte	9                               # DW_AT_name
	.long	151                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	8                               # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x6f:0x9 DW_TAG_member
	.byte	10                              # DW_AT_name
	.long	168                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	9                               # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x78:0x9 DW_TAG_member
	.byte	14                              # DW_AT_name
	.long	193                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x82:0x5 DW_TAG_pointer_type
	.long	135                             # DW_AT_type
	.byte	3                               # Abbrev [3] 0x87:0xc DW_TAG_array_type
	.long	147                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x8c:0x6 DW_TAG_subrange_type
	.long	74                              # DW_AT_type
	.byte	2                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x93:0x4 DW_TAG_base_type
	.byte	8                               # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	9                               # Abbrev [9] 0x97:0x5 DW_TAG_pointer_type
	.long	156                             # DW_AT_type
	.byte	3                               # Abbrev [3] 0x9c:0xc DW_TAG_array_type
	.long	147                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0xa1:0x6 DW_TAG_subrange_type
	.long	74                              # DW_AT_type
	.byte	1                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0xa8:0x5 DW_TAG_pointer_type
	.long	173                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0xad:0x8 DW_TAG_typedef
	.long	181                             # DW_AT_type
	.byte	13                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	34                              # DW_AT_decl_line
	.byte	10                              # Abbrev [10] 0xb5:0x8 DW_TAG_typedef
	.long	189                             # DW_AT_type
	.byte	12                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	18                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0xbd:0x4 DW_TAG_base_type
	.byte	11                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	9                               # Abbrev [9] 0xc1:0x5 DW_TAG_pointer_type
	.long	198                             # DW_AT_type
	.byte	11                              # Abbrev [11] 0xc6:0x18 DW_TAG_structure_type
	.byte	22                              # DW_AT_name
	.byte	24                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.byte	96                              # DW_AT_decl_line
	.byte	8                               # Abbrev [8] 0xcb:0x9 DW_TAG_member
	.byte	15                              # DW_AT_name
	.long	222                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	97                              # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0xd4:0x9 DW_TAG_member
	.byte	20                              # DW_AT_name
	.long	263                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.byte	98                              # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	12                              # Abbrev [12] 0xde:0x11 DW_TAG_structure_type
	.byte	19                              # DW_AT_name
	.byte	16                              # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	45135                           # DW_AT_decl_line
	.byte	13                              # Abbrev [13] 0xe4:0xa DW_TAG_member
	.byte	16                              # DW_AT_name
	.long	239                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	45136                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	3                               # Abbrev [3] 0xef:0xc DW_TAG_array_type
	.long	251                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0xf4:0x6 DW_TAG_subrange_type
	.long	74                              # DW_AT_type
	.byte	2                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	10                              # Abbrev [10] 0xfb:0x8 DW_TAG_typedef
	.long	259                             # DW_AT_type
	.byte	18                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	22                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x103:0x4 DW_TAG_base_type
	.byte	17                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	10                              # Abbrev [10] 0x107:0x8 DW_TAG_typedef
	.long	251                             # DW_AT_type
	.byte	21                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	38                              # DW_AT_decl_line
	.byte	14                              # Abbrev [14] 0x10f:0x9 DW_TAG_variable
	.byte	23                              # DW_AT_name
	.long	280                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.byte	56                              # DW_AT_decl_line
	.byte	1                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x118:0x5 DW_TAG_pointer_type
	.long	285                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0x11d:0x10 DW_TAG_subroutine_type
	.long	301                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	16                              # Abbrev [16] 0x122:0x5 DW_TAG_formal_parameter
	.long	301                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0x127:0x5 DW_TAG_formal_parameter
	.long	302                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	17                              # Abbrev [17] 0x12d:0x1 DW_TAG_pointer_type
	.byte	9                               # Abbrev [9] 0x12e:0x5 DW_TAG_pointer_type
	.long	307                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0x133:0x1 DW_TAG_const_type
	.byte	19                              # Abbrev [19] 0x134:0xb DW_TAG_variable
	.byte	24                              # DW_AT_name
	.long	319                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	3982                            # DW_AT_decl_line
	.ascii	"\251\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x13f:0x5 DW_TAG_pointer_type
	.long	324                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0x144:0x15 DW_TAG_subroutine_type
	.long	345                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	16                              # Abbrev [16] 0x149:0x5 DW_TAG_formal_parameter
	.long	349                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0x14e:0x5 DW_TAG_formal_parameter
	.long	301                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0x153:0x5 DW_TAG_formal_parameter
	.long	251                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x159:0x4 DW_TAG_base_type
	.byte	25                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	9                               # Abbrev [9] 0x15d:0x5 DW_TAG_pointer_type
	.long	222                             # DW_AT_type
	.byte	19                              # Abbrev [19] 0x162:0xb DW_TAG_variable
	.byte	26                              # DW_AT_name
	.long	365                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	3997                            # DW_AT_decl_line
	.ascii	"\252\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x16d:0x5 DW_TAG_pointer_type
	.long	370                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0x172:0x10 DW_TAG_subroutine_type
	.long	345                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	16                              # Abbrev [16] 0x177:0x5 DW_TAG_formal_parameter
	.long	349                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0x17c:0x5 DW_TAG_formal_parameter
	.long	301                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	19                              # Abbrev [19] 0x182:0xb DW_TAG_variable
	.byte	27                              # DW_AT_name
	.long	397                             # DW_AT_type
	.byte	3                               # DW_AT_decl_file
	.short	4027                            # DW_AT_decl_line
	.ascii	"\253\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x18d:0x5 DW_TAG_pointer_type
	.long	402                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0x192:0x15 DW_TAG_subroutine_type
	.long	345                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	16                              # Abbrev [16] 0x197:0x5 DW_TAG_formal_parameter
	.long	349                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0x19c:0x5 DW_TAG_formal_parameter
	.long	251                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0x1a1:0x5 DW_TAG_formal_parameter
	.long	251                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	20                              # Abbrev [20] 0x1a7:0x2c DW_TAG_subprogram
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	28                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	20                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	147                             # DW_AT_type
                                        # DW_AT_external
	.byte	21                              # Abbrev [21] 0x1b6:0x8 DW_TAG_formal_parameter
	.byte	32                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	20                              # DW_AT_decl_line
	.long	509                             # DW_AT_type
	.byte	22                              # Abbrev [22] 0x1be:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	4
	.byte	30                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	22                              # DW_AT_decl_line
	.long	173                             # DW_AT_type
	.byte	23                              # Abbrev [23] 0x1c9:0x9 DW_TAG_variable
	.byte	0                               # DW_AT_location
	.byte	31                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	23                              # DW_AT_decl_line
	.long	193                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	24                              # Abbrev [24] 0x1d3:0x2a DW_TAG_subprogram
	.byte	3                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	29                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	13                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	147                             # DW_AT_type
	.byte	21                              # Abbrev [21] 0x1e2:0x8 DW_TAG_formal_parameter
	.byte	102                             # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	13                              # DW_AT_decl_line
	.long	301                             # DW_AT_type
	.byte	21                              # Abbrev [21] 0x1ea:0x8 DW_TAG_formal_parameter
	.byte	10                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	13                              # DW_AT_decl_line
	.long	168                             # DW_AT_type
	.byte	25                              # Abbrev [25] 0x1f2:0xa DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	83
	.byte	31                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	13                              # DW_AT_decl_line
	.long	193                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x1fd:0x5 DW_TAG_pointer_type
	.long	514                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0x202:0x179 DW_TAG_structure_type
	.byte	101                             # DW_AT_name
	.byte	192                             # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	44595                           # DW_AT_decl_line
	.byte	13                              # Abbrev [13] 0x208:0xa DW_TAG_member
	.byte	33                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44596                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x212:0xa DW_TAG_member
	.byte	34                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44597                           # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x21c:0xa DW_TAG_member
	.byte	35                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44598                           # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x226:0xa DW_TAG_member
	.byte	36                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44599                           # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x230:0xa DW_TAG_member
	.byte	37                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44600                           # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x23a:0xa DW_TAG_member
	.byte	38                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44601                           # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x244:0xa DW_TAG_member
	.byte	39                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44602                           # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x24e:0xa DW_TAG_member
	.byte	40                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44603                           # DW_AT_decl_line
	.byte	28                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x258:0xa DW_TAG_member
	.byte	41                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44604                           # DW_AT_decl_line
	.byte	32                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x262:0xa DW_TAG_member
	.byte	42                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44605                           # DW_AT_decl_line
	.byte	36                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x26c:0xa DW_TAG_member
	.byte	43                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44606                           # DW_AT_decl_line
	.byte	40                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x276:0xa DW_TAG_member
	.byte	44                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44607                           # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x280:0xa DW_TAG_member
	.byte	45                              # DW_AT_name
	.long	891                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44608                           # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x28a:0xa DW_TAG_member
	.byte	46                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44609                           # DW_AT_decl_line
	.byte	68                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x294:0xa DW_TAG_member
	.byte	47                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44610                           # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x29e:0xa DW_TAG_member
	.byte	48                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44611                           # DW_AT_decl_line
	.byte	76                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x2a8:0xa DW_TAG_member
	.byte	49                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44612                           # DW_AT_decl_line
	.byte	80                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x2b2:0xa DW_TAG_member
	.byte	50                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44613                           # DW_AT_decl_line
	.byte	84                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x2bc:0xa DW_TAG_member
	.byte	51                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44614                           # DW_AT_decl_line
	.byte	88                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x2c6:0xa DW_TAG_member
	.byte	52                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44615                           # DW_AT_decl_line
	.byte	92                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x2d0:0xa DW_TAG_member
	.byte	53                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44616                           # DW_AT_decl_line
	.byte	96                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x2da:0xa DW_TAG_member
	.byte	54                              # DW_AT_name
	.long	903                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44617                           # DW_AT_decl_line
	.byte	100                             # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x2e4:0xa DW_TAG_member
	.byte	55                              # DW_AT_name
	.long	903                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44618                           # DW_AT_decl_line
	.byte	116                             # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x2ee:0xa DW_TAG_member
	.byte	56                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44619                           # DW_AT_decl_line
	.byte	132                             # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x2f8:0xa DW_TAG_member
	.byte	57                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44620                           # DW_AT_decl_line
	.byte	136                             # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x302:0xa DW_TAG_member
	.byte	58                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44621                           # DW_AT_decl_line
	.byte	140                             # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x30c:0x9 DW_TAG_member
	.long	789                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44622                           # DW_AT_decl_line
	.byte	144                             # DW_AT_data_member_location
	.byte	27                              # Abbrev [27] 0x315:0x10 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	44622                           # DW_AT_decl_line
	.byte	13                              # Abbrev [13] 0x31a:0xa DW_TAG_member
	.byte	59                              # DW_AT_name
	.long	915                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44623                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	13                              # Abbrev [13] 0x325:0xa DW_TAG_member
	.byte	83                              # DW_AT_name
	.long	251                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44625                           # DW_AT_decl_line
	.byte	152                             # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x32f:0xa DW_TAG_member
	.byte	84                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44626                           # DW_AT_decl_line
	.byte	160                             # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x339:0xa DW_TAG_member
	.byte	85                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44627                           # DW_AT_decl_line
	.byte	164                             # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x343:0x9 DW_TAG_member
	.long	844                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44628                           # DW_AT_decl_line
	.byte	168                             # DW_AT_data_member_location
	.byte	27                              # Abbrev [27] 0x34c:0x10 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	44628                           # DW_AT_decl_line
	.byte	13                              # Abbrev [13] 0x351:0xa DW_TAG_member
	.byte	86                              # DW_AT_name
	.long	1172                            # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44629                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	13                              # Abbrev [13] 0x35c:0xa DW_TAG_member
	.byte	98                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44631                           # DW_AT_decl_line
	.byte	176                             # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x366:0xa DW_TAG_member
	.byte	99                              # DW_AT_name
	.long	1144                            # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44632                           # DW_AT_decl_line
	.byte	180                             # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x370:0xa DW_TAG_member
	.byte	100                             # DW_AT_name
	.long	251                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44633                           # DW_AT_decl_line
	.byte	184                             # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	3                               # Abbrev [3] 0x37b:0xc DW_TAG_array_type
	.long	181                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x380:0x6 DW_TAG_subrange_type
	.long	74                              # DW_AT_type
	.byte	5                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	3                               # Abbrev [3] 0x387:0xc DW_TAG_array_type
	.long	181                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x38c:0x6 DW_TAG_subrange_type
	.long	74                              # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x393:0x5 DW_TAG_pointer_type
	.long	920                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0x398:0xd4 DW_TAG_structure_type
	.byte	82                              # DW_AT_name
	.byte	56                              # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	44553                           # DW_AT_decl_line
	.byte	13                              # Abbrev [13] 0x39e:0xa DW_TAG_member
	.byte	60                              # DW_AT_name
	.long	1132                            # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44554                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x3a8:0xa DW_TAG_member
	.byte	63                              # DW_AT_name
	.long	1132                            # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44555                           # DW_AT_decl_line
	.byte	2                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x3b2:0xa DW_TAG_member
	.byte	64                              # DW_AT_name
	.long	1132                            # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44556                           # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x3bc:0xa DW_TAG_member
	.byte	65                              # DW_AT_name
	.long	1144                            # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44557                           # DW_AT_decl_line
	.byte	6                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x3c6:0xa DW_TAG_member
	.byte	68                              # DW_AT_name
	.long	1144                            # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44558                           # DW_AT_decl_line
	.byte	7                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x3d0:0xa DW_TAG_member
	.byte	69                              # DW_AT_name
	.long	1144                            # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44559                           # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x3da:0xa DW_TAG_member
	.byte	70                              # DW_AT_name
	.long	1144                            # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44560                           # DW_AT_decl_line
	.byte	9                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x3e4:0xa DW_TAG_member
	.byte	71                              # DW_AT_name
	.long	1156                            # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44561                           # DW_AT_decl_line
	.byte	10                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x3ee:0xa DW_TAG_member
	.byte	73                              # DW_AT_name
	.long	1156                            # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44562                           # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x3f8:0xa DW_TAG_member
	.byte	74                              # DW_AT_name
	.long	1156                            # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44563                           # DW_AT_decl_line
	.byte	14                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x402:0x9 DW_TAG_member
	.long	1035                            # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44564                           # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	27                              # Abbrev [27] 0x40b:0x4c DW_TAG_union_type
	.byte	32                              # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	44564                           # DW_AT_decl_line
	.byte	26                              # Abbrev [26] 0x410:0x9 DW_TAG_member
	.long	1049                            # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44565                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	28                              # Abbrev [28] 0x419:0x1a DW_TAG_structure_type
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	44565                           # DW_AT_decl_line
	.byte	13                              # Abbrev [13] 0x41e:0xa DW_TAG_member
	.byte	75                              # DW_AT_name
	.long	1164                            # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44566                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x428:0xa DW_TAG_member
	.byte	77                              # DW_AT_name
	.long	1164                            # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44567                           # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	26                              # Abbrev [26] 0x433:0x9 DW_TAG_member
	.long	1084                            # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44569                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	28                              # Abbrev [28] 0x43c:0x1a DW_TAG_structure_type
	.byte	32                              # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	44569                           # DW_AT_decl_line
	.byte	13                              # Abbrev [13] 0x441:0xa DW_TAG_member
	.byte	78                              # DW_AT_name
	.long	903                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44570                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x44b:0xa DW_TAG_member
	.byte	79                              # DW_AT_name
	.long	903                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44571                           # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	13                              # Abbrev [13] 0x457:0xa DW_TAG_member
	.byte	80                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44574                           # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x461:0xa DW_TAG_member
	.byte	81                              # DW_AT_name
	.long	1164                            # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44575                           # DW_AT_decl_line
	.byte	52                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	10                              # Abbrev [10] 0x46c:0x8 DW_TAG_typedef
	.long	1140                            # DW_AT_type
	.byte	62                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x474:0x4 DW_TAG_base_type
	.byte	61                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	2                               # DW_AT_byte_size
	.byte	10                              # Abbrev [10] 0x478:0x8 DW_TAG_typedef
	.long	1152                            # DW_AT_type
	.byte	67                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x480:0x4 DW_TAG_base_type
	.byte	66                              # DW_AT_name
	.byte	8                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	10                              # Abbrev [10] 0x484:0x8 DW_TAG_typedef
	.long	1132                            # DW_AT_type
	.byte	72                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	69                              # DW_AT_decl_line
	.byte	10                              # Abbrev [10] 0x48c:0x8 DW_TAG_typedef
	.long	181                             # DW_AT_type
	.byte	76                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	73                              # DW_AT_decl_line
	.byte	9                               # Abbrev [9] 0x494:0x5 DW_TAG_pointer_type
	.long	1177                            # DW_AT_type
	.byte	12                              # Abbrev [12] 0x499:0x93 DW_TAG_structure_type
	.byte	97                              # DW_AT_name
	.byte	80                              # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.short	44578                           # DW_AT_decl_line
	.byte	13                              # Abbrev [13] 0x49f:0xa DW_TAG_member
	.byte	87                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44579                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x4a9:0xa DW_TAG_member
	.byte	51                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44580                           # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x4b3:0xa DW_TAG_member
	.byte	7                               # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44581                           # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x4bd:0xa DW_TAG_member
	.byte	37                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44582                           # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x4c7:0xa DW_TAG_member
	.byte	35                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44583                           # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x4d1:0xa DW_TAG_member
	.byte	41                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44584                           # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x4db:0xa DW_TAG_member
	.byte	88                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44585                           # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x4e5:0xa DW_TAG_member
	.byte	89                              # DW_AT_name
	.long	903                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44586                           # DW_AT_decl_line
	.byte	28                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x4ef:0xa DW_TAG_member
	.byte	90                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44587                           # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x4f9:0xa DW_TAG_member
	.byte	91                              # DW_AT_name
	.long	1156                            # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44588                           # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x503:0xa DW_TAG_member
	.byte	92                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44589                           # DW_AT_decl_line
	.byte	52                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x50d:0xa DW_TAG_member
	.byte	93                              # DW_AT_name
	.long	903                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44590                           # DW_AT_decl_line
	.byte	56                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x517:0xa DW_TAG_member
	.byte	94                              # DW_AT_name
	.long	181                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44591                           # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	13                              # Abbrev [13] 0x521:0xa DW_TAG_member
	.byte	95                              # DW_AT_name
	.long	1324                            # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	44592                           # DW_AT_decl_line
	.byte	76                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	10                              # Abbrev [10] 0x52c:0x8 DW_TAG_typedef
	.long	147                             # DW_AT_type
	.byte	96                              # DW_AT_name
	.byte	2                               # DW_AT_decl_file
	.byte	16                              # DW_AT_decl_line
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
	.byte	2                               #   start index
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   length
	.byte	3                               # DW_RLE_startx_length
	.byte	3                               #   start index
	.uleb128 .Lfunc_end1-.Lfunc_begin1      #   length
	.byte	0                               # DW_RLE_end_of_list
.Ldebug_list_header_end1:
	.section	.debug_str_offsets,"",@progbits
	.long	416                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 19.1.7 (3~deb12u1)" # string offset=0
.Linfo_string1:
	.asciz	"cb_timer_safe.bpf.c"           # string offset=40
.Linfo_string2:
	.asciz	"."                             # string offset=60
.Linfo_string3:
	.asciz	"LICENSE"                       # string offset=62
.Linfo_string4:
	.asciz	"char"                          # string offset=70
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=75
.Linfo_string6:
	.asciz	"timers"                        # string offset=95
.Linfo_string7:
	.asciz	"type"                          # string offset=102
.Linfo_string8:
	.asciz	"int"                           # string offset=107
.Linfo_string9:
	.asciz	"max_entries"                   # string offset=111
.Linfo_string10:
	.asciz	"key"                           # string offset=123
.Linfo_string11:
	.asciz	"unsigned int"                  # string offset=127
.Linfo_string12:
	.asciz	"__u32"                         # string offset=140
.Linfo_string13:
	.asciz	"u32"                           # string offset=146
.Linfo_string14:
	.asciz	"value"                         # string offset=150
.Linfo_string15:
	.asciz	"timer"                         # string offset=156
.Linfo_string16:
	.asciz	"__opaque"                      # string offset=162
.Linfo_string17:
	.asciz	"unsigned long long"            # string offset=171
.Linfo_string18:
	.asciz	"__u64"                         # string offset=190
.Linfo_string19:
	.asciz	"bpf_timer"                     # string offset=196
.Linfo_string20:
	.asciz	"x"                             # string offset=206
.Linfo_string21:
	.asciz	"u64"                           # string offset=208
.Linfo_string22:
	.asciz	"timer_val"                     # string offset=212
.Linfo_string23:
	.asciz	"bpf_map_lookup_elem"           # string offset=222
.Linfo_string24:
	.asciz	"bpf_timer_init"                # string offset=242
.Linfo_string25:
	.asciz	"long"                          # string offset=257
.Linfo_string26:
	.asciz	"bpf_timer_set_callback"        # string offset=262
.Linfo_string27:
	.asciz	"bpf_timer_start"               # string offset=285
.Linfo_string28:
	.asciz	"cb_timer_safe"                 # string offset=301
.Linfo_string29:
	.asciz	"on_timer"                      # string offset=315
.Linfo_string30:
	.asciz	"k"                             # string offset=324
.Linfo_string31:
	.asciz	"v"                             # string offset=326
.Linfo_string32:
	.asciz	"skb"                           # string offset=328
.Linfo_string33:
	.asciz	"len"                           # string offset=332
.Linfo_string34:
	.asciz	"pkt_type"                      # string offset=336
.Linfo_string35:
	.asciz	"mark"                          # string offset=345
.Linfo_string36:
	.asciz	"queue_mapping"                 # string offset=350
.Linfo_string37:
	.asciz	"protocol"                      # string offset=364
.Linfo_string38:
	.asciz	"vlan_present"                  # string offset=373
.Linfo_string39:
	.asciz	"vlan_tci"                      # string offset=386
.Linfo_string40:
	.asciz	"vlan_proto"                    # string offset=395
.Linfo_string41:
	.asciz	"priority"                      # string offset=406
.Linfo_string42:
	.asciz	"ingress_ifindex"               # string offset=415
.Linfo_string43:
	.asciz	"ifindex"                       # string offset=431
.Linfo_string44:
	.asciz	"tc_index"                      # string offset=439
.Linfo_string45:
	.asciz	"cb"                            # string offset=448
.Linfo_string46:
	.asciz	"hash"                          # string offset=451
.Linfo_string47:
	.asciz	"tc_classid"                    # string offset=456
.Linfo_string48:
	.asciz	"data"                          # string offset=467
.Linfo_string49:
	.asciz	"data_end"                      # string offset=472
.Linfo_string50:
	.asciz	"napi_id"                       # string offset=481
.Linfo_string51:
	.asciz	"family"                        # string offset=489
.Linfo_string52:
	.asciz	"remote_ip4"                    # string offset=496
.Linfo_string53:
	.asciz	"local_ip4"                     # string offset=507
.Linfo_string54:
	.asciz	"remote_ip6"                    # string offset=517
.Linfo_string55:
	.asciz	"local_ip6"                     # string offset=528
.Linfo_string56:
	.asciz	"remote_port"                   # string offset=538
.Linfo_string57:
	.asciz	"local_port"                    # string offset=550
.Linfo_string58:
	.asciz	"data_meta"                     # string offset=561
.Linfo_string59:
	.asciz	"flow_keys"                     # string offset=571
.Linfo_string60:
	.asciz	"nhoff"                         # string offset=581
.Linfo_string61:
	.asciz	"unsigned short"                # string offset=587
.Linfo_string62:
	.asciz	"__u16"                         # string offset=602
.Linfo_string63:
	.asciz	"thoff"                         # string offset=608
.Linfo_string64:
	.asciz	"addr_proto"                    # string offset=614
.Linfo_string65:
	.asciz	"is_frag"                       # string offset=625
.Linfo_string66:
	.asciz	"unsigned char"                 # string offset=633
.Linfo_string67:
	.asciz	"__u8"                          # string offset=647
.Linfo_string68:
	.asciz	"is_first_frag"                 # string offset=652
.Linfo_string69:
	.asciz	"is_encap"                      # string offset=666
.Linfo_string70:
	.asciz	"ip_proto"                      # string offset=675
.Linfo_string71:
	.asciz	"n_proto"                       # string offset=684
.Linfo_string72:
	.asciz	"__be16"                        # string offset=692
.Linfo_string73:
	.asciz	"sport"                         # string offset=699
.Linfo_string74:
	.asciz	"dport"                         # string offset=705
.Linfo_string75:
	.asciz	"ipv4_src"                      # string offset=711
.Linfo_string76:
	.asciz	"__be32"                        # string offset=720
.Linfo_string77:
	.asciz	"ipv4_dst"                      # string offset=727
.Linfo_string78:
	.asciz	"ipv6_src"                      # string offset=736
.Linfo_string79:
	.asciz	"ipv6_dst"                      # string offset=745
.Linfo_string80:
	.asciz	"flags"                         # string offset=754
.Linfo_string81:
	.asciz	"flow_label"                    # string offset=760
.Linfo_string82:
	.asciz	"bpf_flow_keys"                 # string offset=771
.Linfo_string83:
	.asciz	"tstamp"                        # string offset=785
.Linfo_string84:
	.asciz	"wire_len"                      # string offset=792
.Linfo_string85:
	.asciz	"gso_segs"                      # string offset=801
.Linfo_string86:
	.asciz	"sk"                            # string offset=810
.Linfo_string87:
	.asciz	"bound_dev_if"                  # string offset=813
.Linfo_string88:
	.asciz	"src_ip4"                       # string offset=826
.Linfo_string89:
	.asciz	"src_ip6"                       # string offset=834
.Linfo_string90:
	.asciz	"src_port"                      # string offset=842
.Linfo_string91:
	.asciz	"dst_port"                      # string offset=851
.Linfo_string92:
	.asciz	"dst_ip4"                       # string offset=860
.Linfo_string93:
	.asciz	"dst_ip6"                       # string offset=868
.Linfo_string94:
	.asciz	"state"                         # string offset=876
.Linfo_string95:
	.asciz	"rx_queue_mapping"              # string offset=882
.Linfo_string96:
	.asciz	"__s32"                         # string offset=899
.Linfo_string97:
	.asciz	"bpf_sock"                      # string offset=905
.Linfo_string98:
	.asciz	"gso_size"                      # string offset=914
.Linfo_string99:
	.asciz	"tstamp_type"                   # string offset=923
.Linfo_string100:
	.asciz	"hwtstamp"                      # string offset=935
.Linfo_string101:
	.asciz	"__sk_buff"                     # string offset=944
.Linfo_string102:
	.asciz	"map"                           # string offset=954
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
	.long	.Linfo_string90
	.long	.Linfo_string91
	.long	.Linfo_string92
	.long	.Linfo_string93
	.long	.Linfo_string94
	.long	.Linfo_string95
	.long	.Linfo_string96
	.long	.Linfo_string97
	.long	.Linfo_string98
	.long	.Linfo_string99
	.long	.Linfo_string100
	.long	.Linfo_string101
	.long	.Linfo_string102
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	LICENSE
	.quad	timers
	.quad	.Lfunc_begin0
	.quad	.Lfunc_begin1
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	1168
	.long	1168
	.long	974
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
	.long	2
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
	.long	1
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
	.long	0                               # BTF_KIND_PTR(id = 11)
	.long	33554432                        # 0x2000000
	.long	12
	.long	48                              # BTF_KIND_STRUCT(id = 12)
	.long	67108866                        # 0x4000002
	.long	24
	.long	58
	.long	13
	.long	0                               # 0x0
	.long	64
	.long	17
	.long	128                             # 0x80
	.long	66                              # BTF_KIND_STRUCT(id = 13)
	.long	67108865                        # 0x4000001
	.long	16
	.long	76
	.long	16
	.long	0                               # 0x0
	.long	85                              # BTF_KIND_TYPEDEF(id = 14)
	.long	134217728                       # 0x8000000
	.long	15
	.long	91                              # BTF_KIND_INT(id = 15)
	.long	16777216                        # 0x1000000
	.long	8
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_ARRAY(id = 16)
	.long	50331648                        # 0x3000000
	.long	0
	.long	14
	.long	4
	.long	2
	.long	110                             # BTF_KIND_TYPEDEF(id = 17)
	.long	134217728                       # 0x8000000
	.long	14
	.long	0                               # BTF_KIND_STRUCT(id = 18)
	.long	67108868                        # 0x4000004
	.long	32
	.long	114
	.long	1
	.long	0                               # 0x0
	.long	119
	.long	5
	.long	64                              # 0x40
	.long	131
	.long	7
	.long	128                             # 0x80
	.long	135
	.long	11
	.long	192                             # 0xc0
	.long	141                             # BTF_KIND_VAR(id = 19)
	.long	234881024                       # 0xe000000
	.long	18
	.long	1
	.long	0                               # BTF_KIND_PTR(id = 20)
	.long	33554432                        # 0x2000000
	.long	21
	.long	148                             # BTF_KIND_STRUCT(id = 21)
	.long	67108898                        # 0x4000022
	.long	192
	.long	158
	.long	9
	.long	0                               # 0x0
	.long	162
	.long	9
	.long	32                              # 0x20
	.long	171
	.long	9
	.long	64                              # 0x40
	.long	176
	.long	9
	.long	96                              # 0x60
	.long	190
	.long	9
	.long	128                             # 0x80
	.long	199
	.long	9
	.long	160                             # 0xa0
	.long	212
	.long	9
	.long	192                             # 0xc0
	.long	221
	.long	9
	.long	224                             # 0xe0
	.long	232
	.long	9
	.long	256                             # 0x100
	.long	241
	.long	9
	.long	288                             # 0x120
	.long	257
	.long	9
	.long	320                             # 0x140
	.long	265
	.long	9
	.long	352                             # 0x160
	.long	274
	.long	22
	.long	384                             # 0x180
	.long	277
	.long	9
	.long	544                             # 0x220
	.long	282
	.long	9
	.long	576                             # 0x240
	.long	293
	.long	9
	.long	608                             # 0x260
	.long	298
	.long	9
	.long	640                             # 0x280
	.long	307
	.long	9
	.long	672                             # 0x2a0
	.long	315
	.long	9
	.long	704                             # 0x2c0
	.long	322
	.long	9
	.long	736                             # 0x2e0
	.long	333
	.long	9
	.long	768                             # 0x300
	.long	343
	.long	23
	.long	800                             # 0x320
	.long	354
	.long	23
	.long	928                             # 0x3a0
	.long	364
	.long	9
	.long	1056                            # 0x420
	.long	376
	.long	9
	.long	1088                            # 0x440
	.long	387
	.long	9
	.long	1120                            # 0x460
	.long	0
	.long	24
	.long	1152                            # 0x480
	.long	397
	.long	14
	.long	1216                            # 0x4c0
	.long	404
	.long	9
	.long	1280                            # 0x500
	.long	413
	.long	9
	.long	1312                            # 0x520
	.long	0
	.long	26
	.long	1344                            # 0x540
	.long	422
	.long	9
	.long	1408                            # 0x580
	.long	431
	.long	28
	.long	1440                            # 0x5a0
	.long	443
	.long	14
	.long	1472                            # 0x5c0
	.long	0                               # BTF_KIND_ARRAY(id = 22)
	.long	50331648                        # 0x3000000
	.long	0
	.long	9
	.long	4
	.long	5
	.long	0                               # BTF_KIND_ARRAY(id = 23)
	.long	50331648                        # 0x3000000
	.long	0
	.long	9
	.long	4
	.long	4
	.long	0                               # BTF_KIND_UNION(id = 24)
	.long	83886081                        # 0x5000001
	.long	8
	.long	452
	.long	25
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 25)
	.long	33554432                        # 0x2000000
	.long	41
	.long	0                               # BTF_KIND_UNION(id = 26)
	.long	83886081                        # 0x5000001
	.long	8
	.long	462
	.long	27
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 27)
	.long	33554432                        # 0x2000000
	.long	40
	.long	465                             # BTF_KIND_TYPEDEF(id = 28)
	.long	134217728                       # 0x8000000
	.long	29
	.long	470                             # BTF_KIND_INT(id = 29)
	.long	16777216                        # 0x1000000
	.long	1
	.long	8                               # 0x8
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 30)
	.long	218103809                       # 0xd000001
	.long	2
	.long	484
	.long	20
	.long	488                             # BTF_KIND_FUNC(id = 31)
	.long	201326593                       # 0xc000001
	.long	30
	.long	0                               # BTF_KIND_PTR(id = 32)
	.long	33554432                        # 0x2000000
	.long	0
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 33)
	.long	218103811                       # 0xd000003
	.long	2
	.long	797
	.long	32
	.long	131
	.long	7
	.long	801
	.long	11
	.long	803                             # BTF_KIND_FUNC(id = 34)
	.long	201326592                       # 0xc000000
	.long	33
	.long	924                             # BTF_KIND_INT(id = 35)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 36)
	.long	50331648                        # 0x3000000
	.long	0
	.long	35
	.long	4
	.long	4
	.long	929                             # BTF_KIND_VAR(id = 37)
	.long	234881024                       # 0xe000000
	.long	36
	.long	1
	.long	937                             # BTF_KIND_DATASEC(id = 38)
	.long	251658241                       # 0xf000001
	.long	0
	.long	19
	.long	timers
	.long	32
	.long	943                             # BTF_KIND_DATASEC(id = 39)
	.long	251658241                       # 0xf000001
	.long	0
	.long	37
	.long	LICENSE
	.long	4
	.long	951                             # BTF_KIND_FWD(id = 40)
	.long	117440512                       # 0x7000000
	.long	0
	.long	960                             # BTF_KIND_FWD(id = 41)
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
	.ascii	"timer_val"                     # string offset=48
	.byte	0
	.ascii	"timer"                         # string offset=58
	.byte	0
	.byte	120                             # string offset=64
	.byte	0
	.ascii	"bpf_timer"                     # string offset=66
	.byte	0
	.ascii	"__opaque"                      # string offset=76
	.byte	0
	.ascii	"__u64"                         # string offset=85
	.byte	0
	.ascii	"unsigned long long"            # string offset=91
	.byte	0
	.ascii	"u64"                           # string offset=110
	.byte	0
	.ascii	"type"                          # string offset=114
	.byte	0
	.ascii	"max_entries"                   # string offset=119
	.byte	0
	.ascii	"key"                           # string offset=131
	.byte	0
	.ascii	"value"                         # string offset=135
	.byte	0
	.ascii	"timers"                        # string offset=141
	.byte	0
	.ascii	"__sk_buff"                     # string offset=148
	.byte	0
	.ascii	"len"                           # string offset=158
	.byte	0
	.ascii	"pkt_type"                      # string offset=162
	.byte	0
	.ascii	"mark"                          # string offset=171
	.byte	0
	.ascii	"queue_mapping"                 # string offset=176
	.byte	0
	.ascii	"protocol"                      # string offset=190
	.byte	0
	.ascii	"vlan_present"                  # string offset=199
	.byte	0
	.ascii	"vlan_tci"                      # string offset=212
	.byte	0
	.ascii	"vlan_proto"                    # string offset=221
	.byte	0
	.ascii	"priority"                      # string offset=232
	.byte	0
	.ascii	"ingress_ifindex"               # string offset=241
	.byte	0
	.ascii	"ifindex"                       # string offset=257
	.byte	0
	.ascii	"tc_index"                      # string offset=265
	.byte	0
	.ascii	"cb"                            # string offset=274
	.byte	0
	.ascii	"hash"                          # string offset=277
	.byte	0
	.ascii	"tc_classid"                    # string offset=282
	.byte	0
	.ascii	"data"                          # string offset=293
	.byte	0
	.ascii	"data_end"                      # string offset=298
	.byte	0
	.ascii	"napi_id"                       # string offset=307
	.byte	0
	.ascii	"family"                        # string offset=315
	.byte	0
	.ascii	"remote_ip4"                    # string offset=322
	.byte	0
	.ascii	"local_ip4"                     # string offset=333
	.byte	0
	.ascii	"remote_ip6"                    # string offset=343
	.byte	0
	.ascii	"local_ip6"                     # string offset=354
	.byte	0
	.ascii	"remote_port"                   # string offset=364
	.byte	0
	.ascii	"local_port"                    # string offset=376
	.byte	0
	.ascii	"data_meta"                     # string offset=387
	.byte	0
	.ascii	"tstamp"                        # string offset=397
	.byte	0
	.ascii	"wire_len"                      # string offset=404
	.byte	0
	.ascii	"gso_segs"                      # string offset=413
	.byte	0
	.ascii	"gso_size"                      # string offset=422
	.byte	0
	.ascii	"tstamp_type"                   # string offset=431
	.byte	0
	.ascii	"hwtstamp"                      # string offset=443
	.byte	0
	.ascii	"flow_keys"                     # string offset=452
	.byte	0
	.ascii	"sk"                            # string offset=462
	.byte	0
	.ascii	"__u8"                          # string offset=465
	.byte	0
	.ascii	"unsigned char"                 # string offset=470
	.byte	0
	.ascii	"skb"                           # string offset=484
	.byte	0
	.ascii	"cb_timer_safe"                 # string offset=488
	.byte	0
	.ascii	"tc"                            # string offset=502
	.byte	0
	.ascii	"./cb_timer_safe.bpf.c"         # string offset=505
	.byte	0
	.ascii	"int cb_timer_safe(struct __sk_buff *skb)" # string offset=527
	.byte	0
	.ascii	"\tu32 k = 0;"                  # string offset=568
	.byte	0
	.ascii	"\tstruct timer_val *v = bpf_map_lookup_elem(&timers, &k);" # string offset=580
	.byte	0
	.ascii	"\tif (!v)"                     # string offset=637
	.byte	0
	.ascii	"\tbpf_timer_init(&v->timer, &timers, 1 /* CLOCK_MONOTONIC */);" # string offset=646
	.byte	0
	.ascii	"\tbpf_timer_set_callback(&v->timer, on_timer);" # string offset=708
	.byte	0
	.ascii	"\tbpf_timer_start(&v->timer, 1000000, 0);" # string offset=754
	.byte	0
	.byte	125                             # string offset=795
	.byte	0
	.ascii	"map"                           # string offset=797
	.byte	0
	.byte	118                             # string offset=801
	.byte	0
	.ascii	"on_timer"                      # string offset=803
	.byte	0
	.ascii	".text"                         # string offset=812
	.byte	0
	.ascii	"static int on_timer(void *map, u32 *key, struct timer_val *v)" # string offset=818
	.byte	0
	.ascii	"\t__sync_fetch_and_add(&v->x, 1);" # string offset=880
	.byte	0
	.ascii	"\treturn 0;"                   # string offset=913
	.byte	0
	.ascii	"char"                          # string offset=924
	.byte	0
	.ascii	"LICENSE"                       # string offset=929
	.byte	0
	.ascii	".maps"                         # string offset=937
	.byte	0
	.ascii	"license"                       # string offset=943
	.byte	0
	.ascii	"bpf_sock"                      # string offset=951
	.byte	0
	.ascii	"bpf_flow_keys"                 # string offset=960
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	36
	.long	36
	.long	196
	.long	232
	.long	0
	.long	8                               # FuncInfo
	.long	502                             # FuncInfo section string offset=502
	.long	1
	.long	.Lfunc_begin0
	.long	31
	.long	812                             # FuncInfo section string offset=812
	.long	1
	.long	.Lfunc_begin1
	.long	34
	.long	16                              # LineInfo
	.long	502                             # LineInfo section string offset=502
	.long	8
	.long	.Lfunc_begin0
	.long	505
	.long	527
	.long	20480                           # Line 20 Col 0
	.long	.Ltmp2
	.long	505
	.long	568
	.long	22534                           # Line 22 Col 6
	.long	.Ltmp3
	.long	505
	.long	580
	.long	23576                           # Line 23 Col 24
	.long	.Ltmp7
	.long	505
	.long	637
	.long	25606                           # Line 25 Col 6
	.long	.Ltmp10
	.long	505
	.long	646
	.long	27650                           # Line 27 Col 2
	.long	.Ltmp12
	.long	505
	.long	708
	.long	28674                           # Line 28 Col 2
	.long	.Ltmp14
	.long	505
	.long	754
	.long	29698                           # Line 29 Col 2
	.long	.Ltmp17
	.long	505
	.long	795
	.long	31745                           # Line 31 Col 1
	.long	812                             # LineInfo section string offset=812
	.long	3
	.long	.Lfunc_begin1
	.long	505
	.long	818
	.long	13312                           # Line 13 Col 0
	.long	.Ltmp22
	.long	505
	.long	880
	.long	15362                           # Line 15 Col 2
	.long	.Ltmp23
	.long	505
	.long	913
	.long	16386                           # Line 16 Col 2
	.addrsig
	.addrsig_sym cb_timer_safe
	.addrsig_sym on_timer
	.addrsig_sym LICENSE
	.addrsig_sym timers
	.section	.debug_line,"",@progbits
.Lline_table_start0:
