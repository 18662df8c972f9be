	.text
	.file	"lsm_s_file_open_xattr_in_rcu.bpf.c"
	.file	0 "." "lsm_s_file_open_xattr_in_rcu.bpf.c" md5 0xdbf0a484cb12110c99bb5c984ec3e079
	.file	1 "." "common.h" md5 0x7880bcbf4a61ad306ae1087d262c9ad6
	.file	2 ".." "vmlinux.h" md5 0xc786542dda78ab1a0ea282600316fb63
	.file	3 "/usr/include/bpf" "bpf_helper_defs.h" md5 0xba0039f6acc4710a5f4349e628ddfb60
	.section	"lsm.s/file_open","ax",@progbits
	.globl	lsm_s_file_open_xattr_in_rcu    # -- Begin function lsm_s_file_open_xattr_in_rcu
	.p2align	3
	.type	lsm_s_file_open_xattr_in_rcu,@function
lsm_s_file_open_xattr_in_rcu:           # @lsm_s_file_open_xattr_in_rcu
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: lsm_s_file_open_xattr_in_rcu:ctx <- $r1
	.loc	0 8 5 prologue_end              # lsm_s_file_open_xattr_in_rcu.bpf.c:8:5
.Ltmp0:
	r6 = *(u64 *)(r1 + 0)
.Ltmp1:
.Ltmp2:
	#DEBUG_VALUE: ____lsm_s_file_open_xattr_in_rcu:file <- $r6
	#DEBUG_VALUE: ____lsm_s_file_open_xattr_in_rcu:ctx <- undef
	#DEBUG_VALUE: ____lsm_s_file_open_xattr_in_rcu:value <- [DW_OP_deref] $r10
	.loc	0 0 5 is_stmt 0                 # lsm_s_file_open_xattr_in_rcu.bpf.c:0:5
	r1 = r10
.Ltmp3:
.Ltmp4:
	r1 += -32
	r7 = r10
	r7 += -16
.Ltmp5:
	.loc	0 14 2 is_stmt 1                # lsm_s_file_open_xattr_in_rcu.bpf.c:14:2
.Ltmp6:
.Ltmp7:
	w2 = 16
	r3 = 0
	r4 = r7
	call 197
.Ltmp8:
	.loc	0 15 2                          # lsm_s_file_open_xattr_in_rcu.bpf.c:15:2
.Ltmp9:
	call bpf_rcu_read_lock
.Ltmp10:
	.loc	0 16 6                          # lsm_s_file_open_xattr_in_rcu.bpf.c:16:6
.Ltmp11:
	r1 = r6
	r2 = .L.str ll
	r3 = r7
	call bpf_get_file_xattr
.Ltmp12:
	w6 = w0
.Ltmp13:
.Ltmp14:
	#DEBUG_VALUE: ____lsm_s_file_open_xattr_in_rcu:r <- $w6
	.loc	0 18 9                          # lsm_s_file_open_xattr_in_rcu.bpf.c:18:9
.Ltmp15:
	w6 ^= -1
.Ltmp16:
.Ltmp17:
	w6 s>>= 31
	.loc	0 17 2                          # lsm_s_file_open_xattr_in_rcu.bpf.c:17:2
.Ltmp18:
	call bpf_rcu_read_unlock
.Ltmp19:
.Ltmp20:
	.loc	0 8 5                           # lsm_s_file_open_xattr_in_rcu.bpf.c:8:5
.Ltmp21:
	w0 = w6
	exit
.Ltmp22:
.Ltmp23:
.Lfunc_end0:
	.size	lsm_s_file_open_xattr_in_rcu, .Lfunc_end0-lsm_s_file_open_xattr_in_rcu
	.cfi_endproc
                                        # -- End function
	.type	LICENSE,@object                 # @LICENSE
	.section	license,"aw",@progbits
	.globl	LICENSE
LICENSE:
	.asciz	"GPL"
	.size	LICENSE, 4

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"user.sleepcheck"
	.size	.L.str, 16

	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	2084
	.long	2084
	.long	1301
	.long	0                               # BTF_KIND_PTR(id = 1)
	.long	33554432                        # 0x2000000
	.long	2
	.long	1                               # BTF_KIND_INT(id = 2)
	.long	16777216                        # 0x1000000
	.long	8
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 3)
	.long	218103809                       # 0xd000001
	.long	4
	.long	20
	.long	1
	.long	24                              # BTF_KIND_INT(id = 4)
	.long	16777216                        # 0x1000000
	.long	4
	.long	16777248                        # 0x1000020
	.long	28                              # BTF_KIND_FUNC(id = 5)
	.long	201326593                       # 0xc000001
	.long	3
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 6)
	.long	218103808                       # 0xd000000
	.long	0
	.long	349                             # BTF_KIND_FUNC(id = 7)
	.long	201326594                       # 0xc000002
	.long	6
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 8)
	.long	218103811                       # 0xd000003
	.long	4
	.long	0
	.long	9
	.long	0
	.long	76
	.long	0
	.long	79
	.long	0                               # BTF_KIND_PTR(id = 9)
	.long	33554432                        # 0x2000000
	.long	10
	.long	367                             # BTF_KIND_STRUCT(id = 10)
	.long	67108883                        # 0x4000013
	.long	184
	.long	372
	.long	11
	.long	0                               # 0x0
	.long	379
	.long	28
	.long	32                              # 0x20
	.long	386
	.long	30
	.long	64                              # 0x40
	.long	391
	.long	32
	.long	128                             # 0x80
	.long	401
	.long	33
	.long	192                             # 0xc0
	.long	414
	.long	34
	.long	256                             # 0x100
	.long	422
	.long	29
	.long	320                             # 0x140
	.long	430
	.long	29
	.long	352                             # 0x160
	.long	443
	.long	35
	.long	384                             # 0x180
	.long	450
	.long	37
	.long	448                             # 0x1c0
	.long	0
	.long	38
	.long	512                             # 0x200
	.long	0
	.long	43
	.long	640                             # 0x280
	.long	458
	.long	57
	.long	896                             # 0x380
	.long	464
	.long	33
	.long	960                             # 0x3c0
	.long	475
	.long	59
	.long	1024                            # 0x400
	.long	484
	.long	59
	.long	1056                            # 0x420
	.long	493
	.long	62
	.long	1088                            # 0x440
	.long	0
	.long	63
	.long	1152                            # 0x480
	.long	498
	.long	74
	.long	1408                            # 0x580
	.long	504                             # BTF_KIND_TYPEDEF(id = 11)
	.long	134217728                       # 0x8000000
	.long	12
	.long	515                             # BTF_KIND_STRUCT(id = 12)
	.long	67108865                        # 0x4000001
	.long	4
	.long	0
	.long	13
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_UNION(id = 13)
	.long	83886081                        # 0x5000001
	.long	4
	.long	524
	.long	14
	.long	0                               # 0x0
	.long	530                             # BTF_KIND_STRUCT(id = 14)
	.long	67108865                        # 0x4000001
	.long	4
	.long	543
	.long	15
	.long	0                               # 0x0
	.long	552                             # BTF_KIND_TYPEDEF(id = 15)
	.long	134217728                       # 0x8000000
	.long	16
	.long	568                             # BTF_KIND_STRUCT(id = 16)
	.long	67108865                        # 0x4000001
	.long	4
	.long	0
	.long	17
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_UNION(id = 17)
	.long	83886083                        # 0x5000003
	.long	4
	.long	578
	.long	18
	.long	0                               # 0x0
	.long	0
	.long	20
	.long	0                               # 0x0
	.long	0
	.long	24
	.long	0                               # 0x0
	.long	582                             # BTF_KIND_TYPEDEF(id = 18)
	.long	134217728                       # 0x8000000
	.long	19
	.long	0                               # BTF_KIND_STRUCT(id = 19)
	.long	67108865                        # 0x4000001
	.long	4
	.long	591
	.long	4
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_STRUCT(id = 20)
	.long	67108866                        # 0x4000002
	.long	2
	.long	599
	.long	21
	.long	0                               # 0x0
	.long	606
	.long	21
	.long	8                               # 0x8
	.long	614                             # BTF_KIND_TYPEDEF(id = 21)
	.long	134217728                       # 0x8000000
	.long	22
	.long	617                             # BTF_KIND_TYPEDEF(id = 22)
	.long	134217728                       # 0x8000000
	.long	23
	.long	622                             # BTF_KIND_INT(id = 23)
	.long	16777216                        # 0x1000000
	.long	1
	.long	8                               # 0x8
	.long	0                               # BTF_KIND_STRUCT(id = 24)
	.long	67108866                        # 0x4000002
	.long	4
	.long	636
	.long	25
	.long	0                               # 0x0
	.long	651
	.long	25
	.long	16                              # 0x10
	.long	656                             # BTF_KIND_TYPEDEF(id = 25)
	.long	134217728                       # 0x8000000
	.long	26
	.long	660                             # BTF_KIND_TYPEDEF(id = 26)
	.long	134217728                       # 0x8000000
	.long	27
	.long	666                             # BTF_KIND_INT(id = 27)
	.long	16777216                        # 0x1000000
	.long	2
	.long	16                              # 0x10
	.long	681                             # BTF_KIND_TYPEDEF(id = 28)
	.long	134217728                       # 0x8000000
	.long	29
	.long	689                             # BTF_KIND_INT(id = 29)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	0                               # BTF_KIND_PTR(id = 30)
	.long	33554432                        # 0x2000000
	.long	31
	.long	0                               # BTF_KIND_CONST(id = 31)
	.long	167772160                       # 0xa000000
	.long	95
	.long	0                               # BTF_KIND_PTR(id = 32)
	.long	33554432                        # 0x2000000
	.long	91
	.long	0                               # BTF_KIND_PTR(id = 33)
	.long	33554432                        # 0x2000000
	.long	0
	.long	0                               # BTF_KIND_PTR(id = 34)
	.long	33554432                        # 0x2000000
	.long	93
	.long	0                               # BTF_KIND_PTR(id = 35)
	.long	33554432                        # 0x2000000
	.long	36
	.long	0                               # BTF_KIND_CONST(id = 36)
	.long	167772160                       # 0xa000000
	.long	97
	.long	0                               # BTF_KIND_PTR(id = 37)
	.long	33554432                        # 0x2000000
	.long	98
	.long	0                               # BTF_KIND_UNION(id = 38)
	.long	83886082                        # 0x5000002
	.long	16
	.long	702
	.long	39
	.long	0                               # 0x0
	.long	709
	.long	40
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_CONST(id = 39)
	.long	167772160                       # 0xa000000
	.long	40
	.long	718                             # BTF_KIND_STRUCT(id = 40)
	.long	67108866                        # 0x4000002
	.long	16
	.long	723
	.long	41
	.long	0                               # 0x0
	.long	727
	.long	42
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_PTR(id = 41)
	.long	33554432                        # 0x2000000
	.long	92
	.long	0                               # BTF_KIND_PTR(id = 42)
	.long	33554432                        # 0x2000000
	.long	94
	.long	0                               # BTF_KIND_UNION(id = 43)
	.long	83886082                        # 0x5000002
	.long	32
	.long	734
	.long	44
	.long	0                               # 0x0
	.long	745
	.long	55
	.long	0                               # 0x0
	.long	752                             # BTF_KIND_STRUCT(id = 44)
	.long	67108868                        # 0x4000004
	.long	32
	.long	758
	.long	45
	.long	0                               # 0x0
	.long	764
	.long	51
	.long	64                              # 0x40
	.long	774
	.long	52
	.long	96                              # 0x60
	.long	778
	.long	53
	.long	128                             # 0x80
	.long	788                             # BTF_KIND_TYPEDEF(id = 45)
	.long	134217728                       # 0x8000000
	.long	46
	.long	802                             # BTF_KIND_TYPEDEF(id = 46)
	.long	134217728                       # 0x8000000
	.long	47
	.long	0                               # BTF_KIND_STRUCT(id = 47)
	.long	67108865                        # 0x4000001
	.long	8
	.long	591
	.long	48
	.long	0                               # 0x0
	.long	813                             # BTF_KIND_TYPEDEF(id = 48)
	.long	134217728                       # 0x8000000
	.long	49
	.long	817                             # BTF_KIND_TYPEDEF(id = 49)
	.long	134217728                       # 0x8000000
	.long	50
	.long	823                             # BTF_KIND_INT(id = 50)
	.long	16777216                        # 0x1000000
	.long	8
	.long	16777280                        # 0x1000040
	.long	833                             # BTF_KIND_TYPEDEF(id = 51)
	.long	134217728                       # 0x8000000
	.long	14
	.long	848                             # BTF_KIND_STRUCT(id = 52)
	.long	67108865                        # 0x4000001
	.long	4
	.long	651
	.long	18
	.long	0                               # 0x0
	.long	870                             # BTF_KIND_STRUCT(id = 53)
	.long	67108866                        # 0x4000002
	.long	16
	.long	880
	.long	54
	.long	0                               # 0x0
	.long	885
	.long	54
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_PTR(id = 54)
	.long	33554432                        # 0x2000000
	.long	53
	.long	890                             # BTF_KIND_TYPEDEF(id = 55)
	.long	134217728                       # 0x8000000
	.long	56
	.long	894                             # BTF_KIND_TYPEDEF(id = 56)
	.long	134217728                       # 0x8000000
	.long	2
	.long	900                             # BTF_KIND_TYPEDEF(id = 57)
	.long	134217728                       # 0x8000000
	.long	58
	.long	907                             # BTF_KIND_TYPEDEF(id = 58)
	.long	134217728                       # 0x8000000
	.long	50
	.long	923                             # BTF_KIND_TYPEDEF(id = 59)
	.long	134217728                       # 0x8000000
	.long	60
	.long	932                             # BTF_KIND_TYPEDEF(id = 60)
	.long	134217728                       # 0x8000000
	.long	61
	.long	936                             # BTF_KIND_TYPEDEF(id = 61)
	.long	134217728                       # 0x8000000
	.long	29
	.long	0                               # BTF_KIND_PTR(id = 62)
	.long	33554432                        # 0x2000000
	.long	96
	.long	0                               # BTF_KIND_UNION(id = 63)
	.long	83886084                        # 0x5000004
	.long	32
	.long	942
	.long	64
	.long	0                               # 0x0
	.long	954
	.long	68
	.long	0                               # 0x0
	.long	962
	.long	70
	.long	0                               # 0x0
	.long	967
	.long	72
	.long	0                               # 0x0
	.long	977                             # BTF_KIND_STRUCT(id = 64)
	.long	67108866                        # 0x4000002
	.long	16
	.long	880
	.long	65
	.long	0                               # 0x0
	.long	991
	.long	66
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_PTR(id = 65)
	.long	33554432                        # 0x2000000
	.long	64
	.long	0                               # BTF_KIND_PTR(id = 66)
	.long	33554432                        # 0x2000000
	.long	67
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 67)
	.long	218103809                       # 0xd000001
	.long	0
	.long	0
	.long	65
	.long	996                             # BTF_KIND_STRUCT(id = 68)
	.long	67108865                        # 0x4000001
	.long	8
	.long	880
	.long	69
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 69)
	.long	33554432                        # 0x2000000
	.long	68
	.long	1007                            # BTF_KIND_STRUCT(id = 70)
	.long	67108871                        # 0x4000007
	.long	32
	.long	1021
	.long	71
	.long	0                               # 0x0
	.long	1027
	.long	29
	.long	64                              # 0x40
	.long	1032
	.long	29
	.long	96                              # 0x60
	.long	1043
	.long	29
	.long	128                             # 0x80
	.long	1052
	.long	27
	.long	160                             # 0xa0
	.long	1058
	.long	27
	.long	176                             # 0xb0
	.long	1068
	.long	57
	.long	192                             # 0xc0
	.long	1077                            # BTF_KIND_INT(id = 71)
	.long	16777216                        # 0x1000000
	.long	8
	.long	64                              # 0x40
	.long	1091                            # BTF_KIND_TYPEDEF(id = 72)
	.long	134217728                       # 0x8000000
	.long	73
	.long	0                               # BTF_KIND_STRUCT(id = 73)
	.long	67108865                        # 0x4000001
	.long	8
	.long	1101
	.long	71
	.long	0                               # 0x0
	.long	1103                            # BTF_KIND_TYPEDEF(id = 74)
	.long	134217728                       # 0x8000000
	.long	75
	.long	0                               # BTF_KIND_STRUCT(id = 75)
	.long	67108865                        # 0x4000001
	.long	8
	.long	1114
	.long	46
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 76)
	.long	33554432                        # 0x2000000
	.long	77
	.long	0                               # BTF_KIND_CONST(id = 77)
	.long	167772160                       # 0xa000000
	.long	78
	.long	1121                            # BTF_KIND_INT(id = 78)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_PTR(id = 79)
	.long	33554432                        # 0x2000000
	.long	80
	.long	1126                            # BTF_KIND_STRUCT(id = 80)
	.long	67108865                        # 0x4000001
	.long	16
	.long	1137
	.long	81
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_ARRAY(id = 81)
	.long	50331648                        # 0x3000000
	.long	0
	.long	56
	.long	82
	.long	2
	.long	1146                            # BTF_KIND_INT(id = 82)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	1166                            # BTF_KIND_FUNC(id = 83)
	.long	201326594                       # 0xc000002
	.long	8
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 84)
	.long	218103808                       # 0xd000000
	.long	0
	.long	1185                            # BTF_KIND_FUNC(id = 85)
	.long	201326594                       # 0xc000002
	.long	84
	.long	0                               # BTF_KIND_ARRAY(id = 86)
	.long	50331648                        # 0x3000000
	.long	0
	.long	78
	.long	82
	.long	4
	.long	1205                            # BTF_KIND_VAR(id = 87)
	.long	234881024                       # 0xe000000
	.long	86
	.long	1
	.long	0                               # BTF_KIND_ARRAY(id = 88)
	.long	50331648                        # 0x3000000
	.long	0
	.long	78
	.long	82
	.long	16
	.long	1213                            # BTF_KIND_DATASEC(id = 89)
	.long	251658243                       # 0xf000003
	.long	0
	.long	7
	.long	bpf_rcu_read_lock
	.long	0
	.long	83
	.long	bpf_get_file_xattr
	.long	0
	.long	85
	.long	bpf_rcu_read_unlock
	.long	0
	.long	1220                            # BTF_KIND_DATASEC(id = 90)
	.long	251658241                       # 0xf000001
	.long	0
	.long	87
	.long	LICENSE
	.long	4
	.long	1228                            # BTF_KIND_FWD(id = 91)
	.long	117440512                       # 0x7000000
	.long	0
	.long	1242                            # BTF_KIND_FWD(id = 92)
	.long	117440512                       # 0x7000000
	.long	0
	.long	1251                            # BTF_KIND_FWD(id = 93)
	.long	117440512                       # 0x7000000
	.long	0
	.long	727                             # BTF_KIND_FWD(id = 94)
	.long	117440512                       # 0x7000000
	.long	0
	.long	1257                            # BTF_KIND_FWD(id = 95)
	.long	117440512                       # 0x7000000
	.long	0
	.long	1273                            # BTF_KIND_FWD(id = 96)
	.long	117440512                       # 0x7000000
	.long	0
	.long	1284                            # BTF_KIND_FWD(id = 97)
	.long	117440512                       # 0x7000000
	.long	0
	.long	1289                            # BTF_KIND_FWD(id = 98)
	.long	117440512                       # 0x7000000
	.long	0
	.byte	0                               # string offset=0
	.ascii	"unsigned long long"            # string offset=1
	.byte	0
	.ascii	"ctx"                           # string offset=20
	.byte	0
	.ascii	"int"                           # string offset=24
	.byte	0
	.ascii	"lsm_s_file_open_xattr_in_rcu"  # string offset=28
	.byte	0
	.ascii	"lsm.s/file_open"               # string offset=57
	.byte	0
	.ascii	"./lsm_s_file_open_xattr_in_rcu.bpf.c" # string offset=73
	.byte	0
	.ascii	"int BPF_PROG(lsm_s_file_open_xattr_in_rcu, struct file *file)" # string offset=110
	.byte	0
	.ascii	"\tbpf_dynptr_from_mem(value, sizeof(value), 0, &dp);" # string offset=172
	.byte	0
	.ascii	"\tbpf_rcu_read_lock();"        # string offset=224
	.byte	0
	.ascii	"\tr = bpf_get_file_xattr(file, \"user.sleepcheck\", &dp);" # string offset=246
	.byte	0
	.ascii	"\treturn r < 0 ? 0 : -1;"      # string offset=301
	.byte	0
	.ascii	"\tbpf_rcu_read_unlock();"      # string offset=325
	.byte	0
	.ascii	"bpf_rcu_read_lock"             # string offset=349
	.byte	0
	.ascii	"file"                          # string offset=367
	.byte	0
	.ascii	"f_lock"                        # string offset=372
	.byte	0
	.ascii	"f_mode"                        # string offset=379
	.byte	0
	.ascii	"f_op"                          # string offset=386
	.byte	0
	.ascii	"f_mapping"                     # string offset=391
	.byte	0
	.ascii	"private_data"                  # string offset=401
	.byte	0
	.ascii	"f_inode"                       # string offset=414
	.byte	0
	.ascii	"f_flags"                       # string offset=422
	.byte	0
	.ascii	"f_iocb_flags"                  # string offset=430
	.byte	0
	.ascii	"f_cred"                        # string offset=443
	.byte	0
	.ascii	"f_owner"                       # string offset=450
	.byte	0
	.ascii	"f_pos"                         # string offset=458
	.byte	0
	.ascii	"f_security"                    # string offset=464
	.byte	0
	.ascii	"f_wb_err"                      # string offset=475
	.byte	0
	.ascii	"f_sb_err"                      # string offset=484
	.byte	0
	.ascii	"f_ep"                          # string offset=493
	.byte	0
	.ascii	"f_ref"                         # string offset=498
	.byte	0
	.ascii	"spinlock_t"                    # string offset=504
	.byte	0
	.ascii	"spinlock"                      # string offset=515
	.byte	0
	.ascii	"rlock"                         # string offset=524
	.byte	0
	.ascii	"raw_spinlock"                  # string offset=530
	.byte	0
	.ascii	"raw_lock"                      # string offset=543
	.byte	0
	.ascii	"arch_spinlock_t"               # string offset=552
	.byte	0
	.ascii	"qspinlock"                     # string offset=568
	.byte	0
	.ascii	"val"                           # string offset=578
	.byte	0
	.ascii	"atomic_t"                      # string offset=582
	.byte	0
	.ascii	"counter"                       # string offset=591
	.byte	0
	.ascii	"locked"                        # string offset=599
	.byte	0
	.ascii	"pending"                       # string offset=606
	.byte	0
	.ascii	"u8"                            # string offset=614
	.byte	0
	.ascii	"__u8"                          # string offset=617
	.byte	0
	.ascii	"unsigned char"                 # string offset=622
	.byte	0
	.ascii	"locked_pending"                # string offset=636
	.byte	0
	.ascii	"tail"                          # string offset=651
	.byte	0
	.ascii	"u16"                           # string offset=656
	.byte	0
	.ascii	"__u16"                         # string offset=660
	.byte	0
	.ascii	"unsigned short"                # string offset=666
	.byte	0
	.ascii	"fmode_t"                       # string offset=681
	.byte	0
	.ascii	"unsigned int"                  # string offset=689
	.byte	0
	.ascii	"f_path"                        # string offset=702
	.byte	0
	.ascii	"__f_path"                      # string offset=709
	.byte	0
	.ascii	"path"                          # string offset=718
	.byte	0
	.ascii	"mnt"                           # string offset=723
	.byte	0
	.ascii	"dentry"                        # string offset=727
	.byte	0
	.ascii	"f_pos_lock"                    # string offset=734
	.byte	0
	.ascii	"f_pipe"                        # string offset=745
	.byte	0
	.ascii	"mutex"                         # string offset=752
	.byte	0
	.ascii	"owner"                         # string offset=758
	.byte	0
	.ascii	"wait_lock"                     # string offset=764
	.byte	0
	.ascii	"osq"                           # string offset=774
	.byte	0
	.ascii	"wait_list"                     # string offset=778
	.byte	0
	.ascii	"atomic_long_t"                 # string offset=788
	.byte	0
	.ascii	"atomic64_t"                    # string offset=802
	.byte	0
	.ascii	"s64"                           # string offset=813
	.byte	0
	.ascii	"__s64"                         # string offset=817
	.byte	0
	.ascii	"long long"                     # string offset=823
	.byte	0
	.ascii	"raw_spinlock_t"                # string offset=833
	.byte	0
	.ascii	"optimistic_spin_queue"         # string offset=848
	.byte	0
	.ascii	"list_head"                     # string offset=870
	.byte	0
	.ascii	"next"                          # string offset=880
	.byte	0
	.ascii	"prev"                          # string offset=885
	.byte	0
	.ascii	"u64"                           # string offset=890
	.byte	0
	.ascii	"__u64"                         # string offset=894
	.byte	0
	.ascii	"loff_t"                        # string offset=900
	.byte	0
	.ascii	"__kernel_loff_t"               # string offset=907
	.byte	0
	.ascii	"errseq_t"                      # string offset=923
	.byte	0
	.ascii	"u32"                           # string offset=932
	.byte	0
	.ascii	"__u32"                         # string offset=936
	.byte	0
	.ascii	"f_task_work"                   # string offset=942
	.byte	0
	.ascii	"f_llist"                       # string offset=954
	.byte	0
	.ascii	"f_ra"                          # string offset=962
	.byte	0
	.ascii	"f_freeptr"                     # string offset=967
	.byte	0
	.ascii	"callback_head"                 # string offset=977
	.byte	0
	.ascii	"func"                          # string offset=991
	.byte	0
	.ascii	"llist_node"                    # string offset=996
	.byte	0
	.ascii	"file_ra_state"                 # string offset=1007
	.byte	0
	.ascii	"start"                         # string offset=1021
	.byte	0
	.ascii	"size"                          # string offset=1027
	.byte	0
	.ascii	"async_size"                    # string offset=1032
	.byte	0
	.ascii	"ra_pages"                      # string offset=1043
	.byte	0
	.ascii	"order"                         # string offset=1052
	.byte	0
	.ascii	"mmap_miss"                     # string offset=1058
	.byte	0
	.ascii	"prev_pos"                      # string offset=1068
	.byte	0
	.ascii	"unsigned long"                 # string offset=1077
	.byte	0
	.ascii	"freeptr_t"                     # string offset=1091
	.byte	0
	.byte	118                             # string offset=1101
	.byte	0
	.ascii	"file_ref_t"                    # string offset=1103
	.byte	0
	.ascii	"refcnt"                        # string offset=1114
	.byte	0
	.ascii	"char"                          # string offset=1121
	.byte	0
	.ascii	"bpf_dynptr"                    # string offset=1126
	.byte	0
	.ascii	"__opaque"                      # string offset=1137
	.byte	0
	.ascii	"__ARRAY_SIZE_TYPE__"           # string offset=1146
	.byte	0
	.ascii	"bpf_get_file_xattr"            # string offset=1166
	.byte	0
	.ascii	"bpf_rcu_read_unlock"           # string offset=1185
	.byte	0
	.ascii	"LICENSE"                       # string offset=1205
	.byte	0
	.ascii	".ksyms"                        # string offset=1213
	.byte	0
	.ascii	"license"                       # string offset=1220
	.byte	0
	.ascii	"address_space"                 # string offset=1228
	.byte	0
	.ascii	"vfsmount"                      # string offset=1242
	.byte	0
	.ascii	"inode"                         # string offset=1251
	.byte	0
	.ascii	"file_operations"               # string offset=1257
	.byte	0
	.ascii	"hlist_head"                    # string offset=1273
	.byte	0
	.ascii	"cred"                          # string offset=1284
	.byte	0
	.ascii	"fown_struct"                   # string offset=1289
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
	.long	0
	.long	8                               # FuncInfo
	.long	57                              # FuncInfo section string offset=57
	.long	1
	.long	.Lfunc_begin0
	.long	5
	.long	16                              # LineInfo
	.long	57                              # LineInfo section string offset=57
	.long	7
	.long	.Ltmp0
	.long	73
	.long	110
	.long	8197                            # Line 8 Col 5
	.long	.Ltmp7
	.long	73
	.long	172
	.long	14338                           # Line 14 Col 2
	.long	.Ltmp9
	.long	73
	.long	224
	.long	15362                           # Line 15 Col 2
	.long	.Ltmp11
	.long	73
	.long	246
	.long	16390                           # Line 16 Col 6
	.long	.Ltmp15
	.long	73
	.long	301
	.long	18441                           # Line 18 Col 9
	.long	.Ltmp18
	.long	73
	.long	325
	.long	17410                           # Line 17 Col 2
	.long	.Ltmp21
	.long	73
	.long	110
	.long	8197                            # Line 8 Col 5
	.addrsig
	.addrsig_sym lsm_s_file_open_xattr_in_rcu
	.addrsig_sym LICENSE
