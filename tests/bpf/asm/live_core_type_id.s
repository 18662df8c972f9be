	.text
	.file	"live_core_type_id.bpf.c"
	.file	0 "." "live_core_type_id.bpf.c" md5 0x0e6d3ed5902e8669cf3c3a1fc74cb88f
	.file	1 "." "common.h" md5 0x7880bcbf4a61ad306ae1087d262c9ad6
	.file	2 ".." "vmlinux.h" md5 0xc786542dda78ab1a0ea282600316fb63
	.file	3 "/usr/include/bpf" "bpf_helper_defs.h" md5 0xba0039f6acc4710a5f4349e628ddfb60
	.file	4 "/usr/include/bpf" "bpf_core_read.h" md5 0x3441d4105e978a1f6a56f472c2d0c17e
	.section	"kprobe/do_nanosleep","ax",@progbits
	.globl	live_core_type_id               # -- Begin function live_core_type_id
	.p2align	3
	.type	live_core_type_id,@function
live_core_type_id:                      # @live_core_type_id
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	.loc	0 13 53 prologue_end            # live_core_type_id.bpf.c:13:53
.Ltmp0:
	call 35
.Ltmp1:
	.loc	0 13 29 is_stmt 0               # live_core_type_id.bpf.c:13:29
.Ltmp2:
	r1 = r0
.Ltmp3:
	r2 = 17 ll
	call bpf_rdonly_cast
.Ltmp4:
.Ltmp5:
	#DEBUG_VALUE: live_core_type_id:task <- $r0
	.loc	0 16 15 is_stmt 1               # live_core_type_id.bpf.c:16:15
.Ltmp6:
.Ltmp7:
	w0 = *(u32 *)(r0 + 1264)
.Ltmp8:
.Ltmp9:
	.loc	0 16 19 is_stmt 0               # live_core_type_id.bpf.c:16:19
.Ltmp10:
	w0 &= 1
	.loc	0 16 2                          # live_core_type_id.bpf.c:16:2
.Ltmp11:
	exit
.Ltmp12:
.Ltmp13:
.Lfunc_end0:
	.size	live_core_type_id, .Lfunc_end0-live_core_type_id
	.cfi_endproc
                                        # -- End function
	.type	LICENSE,@object                 # @LICENSE
	.section	license,"aw",@progbits
	.globl	LICENSE
LICENSE:
	.asciz	"GPL"
	.size	LICENSE, 4

	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	15720
	.long	15720
	.long	10508
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
	.long	387                             # BTF_KIND_STRUCT(id = 17)
	.long	2214592760                      # 0x840000f8
	.long	3264
	.long	399
	.long	18
	.long	0                               # 0x0
	.long	411
	.long	21
	.long	192                             # 0xc0
	.long	419
	.long	21
	.long	224                             # 0xe0
	.long	431
	.long	22
	.long	256                             # 0x100
	.long	437
	.long	23
	.long	320                             # 0x140
	.long	71
	.long	21
	.long	352                             # 0x160
	.long	443
	.long	21
	.long	384                             # 0x180
	.long	450
	.long	15
	.long	416                             # 0x1a0
	.long	457
	.long	27
	.long	448                             # 0x1c0
	.long	468
	.long	21
	.long	576                             # 0x240
	.long	480
	.long	3
	.long	640                             # 0x280
	.long	500
	.long	31
	.long	704                             # 0x2c0
	.long	511
	.long	15
	.long	768                             # 0x300
	.long	527
	.long	15
	.long	800                             # 0x320
	.long	536
	.long	15
	.long	832                             # 0x340
	.long	542
	.long	15
	.long	864                             # 0x360
	.long	547
	.long	15
	.long	896                             # 0x380
	.long	559
	.long	15
	.long	928                             # 0x3a0
	.long	571
	.long	21
	.long	960                             # 0x3c0
	.long	583
	.long	32
	.long	1024                            # 0x400
	.long	586
	.long	46
	.long	3072                            # 0xc00
	.long	589
	.long	49
	.long	3648                            # 0xe40
	.long	592
	.long	64
	.long	5568                            # 0x15c0
	.long	602
	.long	65
	.long	5632                            # 0x1600
	.long	614
	.long	67
	.long	5696                            # 0x1640
	.long	631
	.long	68
	.long	5760                            # 0x1680
	.long	651
	.long	36
	.long	5888                            # 0x1700
	.long	665
	.long	72
	.long	6016                            # 0x1780
	.long	675
	.long	74
	.long	6144                            # 0x1800
	.long	681
	.long	75
	.long	6144                            # 0x1800
	.long	699
	.long	21
	.long	6208                            # 0x1840
	.long	710
	.long	21
	.long	6240                            # 0x1860
	.long	717
	.long	3
	.long	6272                            # 0x1880
	.long	738
	.long	15
	.long	6336                            # 0x18c0
	.long	754
	.long	77
	.long	6400                            # 0x1900
	.long	763
	.long	80
	.long	6464                            # 0x1940
	.long	777
	.long	79
	.long	6528                            # 0x1980
	.long	787
	.long	22
	.long	6784                            # 0x1a80
	.long	805
	.long	7
	.long	6848                            # 0x1ac0
	.long	824
	.long	7
	.long	6864                            # 0x1ad0
	.long	840
	.long	15
	.long	6880                            # 0x1ae0
	.long	862
	.long	84
	.long	6912                            # 0x1b00
	.long	886
	.long	36
	.long	6976                            # 0x1b40
	.long	901
	.long	86
	.long	7104                            # 0x1bc0
	.long	918
	.long	3
	.long	7168                            # 0x1c00
	.long	934
	.long	58
	.long	7232                            # 0x1c40
	.long	952
	.long	58
	.long	7240                            # 0x1c48
	.long	966
	.long	15
	.long	7264                            # 0x1c60
	.long	985
	.long	36
	.long	7296                            # 0x1c80
	.long	1008
	.long	15
	.long	7424                            # 0x1d00
	.long	1027
	.long	36
	.long	7488                            # 0x1d40
	.long	1047
	.long	15
	.long	7616                            # 0x1dc0
	.long	1066
	.long	15
	.long	7648                            # 0x1de0
	.long	1081
	.long	84
	.long	7680                            # 0x1e00
	.long	1100
	.long	36
	.long	7744                            # 0x1e40
	.long	1117
	.long	36
	.long	7872                            # 0x1ec0
	.long	1131
	.long	15
	.long	8000                            # 0x1f40
	.long	1144
	.long	87
	.long	8064                            # 0x1f80
	.long	1155
	.long	36
	.long	8448                            # 0x2100
	.long	1161
	.long	88
	.long	8576                            # 0x2180
	.long	1176
	.long	34
	.long	8896                            # 0x22c0
	.long	1194
	.long	89
	.long	9088                            # 0x2380
	.long	1197
	.long	89
	.long	9152                            # 0x23c0
	.long	1207
	.long	90
	.long	9216                            # 0x2400
	.long	1231
	.long	15
	.long	9280                            # 0x2440
	.long	1242
	.long	15
	.long	9312                            # 0x2460
	.long	1252
	.long	15
	.long	9344                            # 0x2480
	.long	1264
	.long	15
	.long	9376                            # 0x24a0
	.long	1278
	.long	3
	.long	9408                            # 0x24c0
	.long	1285
	.long	21
	.long	9472                            # 0x2500
	.long	1297
	.long	21
	.long	16786720                        # 0x1002520
	.long	1317
	.long	21
	.long	16786721                        # 0x1002521
	.long	1343
	.long	21
	.long	16786722                        # 0x1002522
	.long	1358
	.long	21
	.long	16786723                        # 0x1002523
	.long	1373
	.long	21
	.long	16786752                        # 0x1002540
	.long	1393
	.long	21
	.long	16786753                        # 0x1002541
	.long	1408
	.long	21
	.long	16786754                        # 0x1002542
	.long	1422
	.long	21
	.long	16786755                        # 0x1002543
	.long	1432
	.long	21
	.long	67118404                        # 0x4002544
	.long	1456
	.long	21
	.long	16786760                        # 0x1002548
	.long	1466
	.long	21
	.long	16786761                        # 0x1002549
	.long	1482
	.long	21
	.long	16786762                        # 0x100254a
	.long	1496
	.long	21
	.long	16786763                        # 0x100254b
	.long	1516
	.long	21
	.long	16786764                        # 0x100254c
	.long	1523
	.long	21
	.long	16786765                        # 0x100254d
	.long	1536
	.long	21
	.long	16786766                        # 0x100254e
	.long	1548
	.long	21
	.long	16786767                        # 0x100254f
	.long	1559
	.long	21
	.long	16786768                        # 0x1002550
	.long	1579
	.long	21
	.long	16786769                        # 0x1002551
	.long	1592
	.long	21
	.long	16786770                        # 0x1002552
	.long	1608
	.long	3
	.long	9600                            # 0x2580
	.long	1621
	.long	91
	.long	9664                            # 0x25c0
	.long	1635
	.long	108
	.long	10112                           # 0x2780
	.long	1639
	.long	108
	.long	10144                           # 0x27a0
	.long	1644
	.long	3
	.long	10176                           # 0x27c0
	.long	1657
	.long	31
	.long	10240                           # 0x2800
	.long	1669
	.long	31
	.long	10304                           # 0x2840
	.long	1676
	.long	36
	.long	10368                           # 0x2880
	.long	1685
	.long	36
	.long	10496                           # 0x2900
	.long	1693
	.long	31
	.long	10624                           # 0x2980
	.long	1706
	.long	36
	.long	10688                           # 0x29c0
	.long	1714
	.long	36
	.long	10816                           # 0x2a40
	.long	1727
	.long	110
	.long	10944                           # 0x2ac0
	.long	1738
	.long	113
	.long	11008                           # 0x2b00
	.long	1748
	.long	36
	.long	11520                           # 0x2d00
	.long	1760
	.long	114
	.long	11648                           # 0x2d80
	.long	1771
	.long	115
	.long	11712                           # 0x2dc0
	.long	1785
	.long	115
	.long	11776                           # 0x2e00
	.long	1801
	.long	22
	.long	11840                           # 0x2e40
	.long	1816
	.long	8
	.long	11904                           # 0x2e80
	.long	1822
	.long	8
	.long	11968                           # 0x2ec0
	.long	1828
	.long	8
	.long	12032                           # 0x2f00
	.long	1834
	.long	116
	.long	12096                           # 0x2f40
	.long	1847
	.long	3
	.long	12288                           # 0x3000
	.long	1853
	.long	3
	.long	12352                           # 0x3040
	.long	1860
	.long	8
	.long	12416                           # 0x3080
	.long	1871
	.long	8
	.long	12480                           # 0x30c0
	.long	1886
	.long	3
	.long	12544                           # 0x3100
	.long	1894
	.long	3
	.long	12608                           # 0x3140
	.long	1902
	.long	124
	.long	12672                           # 0x3180
	.long	1918
	.long	130
	.long	13312                           # 0x3400
	.long	1939
	.long	136
	.long	13760                           # 0x35c0
	.long	1952
	.long	136
	.long	13824                           # 0x3600
	.long	1962
	.long	136
	.long	13888                           # 0x3640
	.long	1967
	.long	149
	.long	13952                           # 0x3680
	.long	1988
	.long	156
	.long	14016                           # 0x36c0
	.long	1993
	.long	157
	.long	14144                           # 0x3740
	.long	2003
	.long	158
	.long	14208                           # 0x3780
	.long	2011
	.long	160
	.long	14272                           # 0x37c0
	.long	2019
	.long	3
	.long	14400                           # 0x3840
	.long	2037
	.long	3
	.long	14464                           # 0x3880
	.long	2054
	.long	161
	.long	14528                           # 0x38c0
	.long	2057
	.long	162
	.long	14592                           # 0x3900
	.long	2063
	.long	163
	.long	14656                           # 0x3940
	.long	2072
	.long	164
	.long	14720                           # 0x3980
	.long	2080
	.long	165
	.long	14784                           # 0x39c0
	.long	2087
	.long	166
	.long	14848                           # 0x3a00
	.long	2095
	.long	167
	.long	14912                           # 0x3a40
	.long	2103
	.long	167
	.long	14976                           # 0x3a80
	.long	2116
	.long	167
	.long	15040                           # 0x3ac0
	.long	2130
	.long	170
	.long	15104                           # 0x3b00
	.long	2138
	.long	3
	.long	15296                           # 0x3bc0
	.long	2148
	.long	171
	.long	15360                           # 0x3c00
	.long	2160
	.long	21
	.long	15424                           # 0x3c40
	.long	2173
	.long	69
	.long	15488                           # 0x3c80
	.long	2184
	.long	174
	.long	15552                           # 0x3cc0
	.long	2198
	.long	139
	.long	15616                           # 0x3d00
	.long	2207
	.long	21
	.long	15648                           # 0x3d20
	.long	2217
	.long	175
	.long	15680                           # 0x3d40
	.long	2225
	.long	177
	.long	15808                           # 0x3dc0
	.long	2242
	.long	8
	.long	16064                           # 0x3ec0
	.long	2257
	.long	8
	.long	16128                           # 0x3f00
	.long	2270
	.long	179
	.long	16192                           # 0x3f40
	.long	2281
	.long	117
	.long	16224                           # 0x3f60
	.long	2289
	.long	182
	.long	16256                           # 0x3f80
	.long	2296
	.long	127
	.long	16320                           # 0x3fc0
	.long	2307
	.long	31
	.long	16448                           # 0x4040
	.long	2319
	.long	184
	.long	16512                           # 0x4080
	.long	2333
	.long	185
	.long	16576                           # 0x40c0
	.long	2344
	.long	3
	.long	16640                           # 0x4100
	.long	2352
	.long	22
	.long	16704                           # 0x4140
	.long	2365
	.long	186
	.long	16768                           # 0x4180
	.long	2374
	.long	187
	.long	16832                           # 0x41c0
	.long	2379
	.long	188
	.long	16896                           # 0x4200
	.long	2393
	.long	189
	.long	16960                           # 0x4240
	.long	2404
	.long	190
	.long	17024                           # 0x4280
	.long	2420
	.long	3
	.long	17088                           # 0x42c0
	.long	2435
	.long	191
	.long	17152                           # 0x4300
	.long	2448
	.long	193
	.long	17216                           # 0x4340
	.long	2453
	.long	21
	.long	17664                           # 0x4500
	.long	2463
	.long	8
	.long	17728                           # 0x4540
	.long	2477
	.long	8
	.long	17792                           # 0x4580
	.long	2490
	.long	8
	.long	17856                           # 0x45c0
	.long	2503
	.long	194
	.long	17920                           # 0x4600
	.long	2516
	.long	197
	.long	18944                           # 0x4a00
	.long	2533
	.long	15
	.long	18976                           # 0x4a20
	.long	2557
	.long	201
	.long	19008                           # 0x4a40
	.long	2565
	.long	36
	.long	19072                           # 0x4a80
	.long	2573
	.long	202
	.long	19200                           # 0x4b00
	.long	2585
	.long	203
	.long	19264                           # 0x4b40
	.long	2604
	.long	36
	.long	19328                           # 0x4b80
	.long	2618
	.long	204
	.long	19456                           # 0x4c00
	.long	2633
	.long	131
	.long	19520                           # 0x4c40
	.long	2650
	.long	21
	.long	19776                           # 0x4d40
	.long	2662
	.long	205
	.long	19808                           # 0x4d60
	.long	2677
	.long	206
	.long	19840                           # 0x4d80
	.long	2693
	.long	131
	.long	19904                           # 0x4dc0
	.long	2710
	.long	36
	.long	20160                           # 0x4ec0
	.long	2726
	.long	207
	.long	20288                           # 0x4f40
	.long	2740
	.long	208
	.long	20352                           # 0x4f80
	.long	2750
	.long	209
	.long	20416                           # 0x4fc0
	.long	2758
	.long	58
	.long	20432                           # 0x4fd0
	.long	2768
	.long	209
	.long	20448                           # 0x4fe0
	.long	2783
	.long	15
	.long	20480                           # 0x5000
	.long	2797
	.long	21
	.long	20512                           # 0x5020
	.long	2814
	.long	21
	.long	20544                           # 0x5040
	.long	2835
	.long	15
	.long	20576                           # 0x5060
	.long	2854
	.long	3
	.long	20608                           # 0x5080
	.long	2873
	.long	8
	.long	20672                           # 0x50c0
	.long	2884
	.long	8
	.long	20736                           # 0x5100
	.long	2909
	.long	8
	.long	20800                           # 0x5140
	.long	2931
	.long	68
	.long	20864                           # 0x5180
	.long	2941
	.long	210
	.long	20992                           # 0x5200
	.long	2952
	.long	211
	.long	21056                           # 0x5240
	.long	2964
	.long	3
	.long	21120                           # 0x5280
	.long	2982
	.long	212
	.long	21184                           # 0x52c0
	.long	3003
	.long	3
	.long	21376                           # 0x5380
	.long	3023
	.long	213
	.long	21440                           # 0x53c0
	.long	3028
	.long	19
	.long	21504                           # 0x5400
	.long	3037
	.long	19
	.long	21536                           # 0x5420
	.long	3046
	.long	3
	.long	21568                           # 0x5440
	.long	3062
	.long	15
	.long	21632                           # 0x5480
	.long	3069
	.long	15
	.long	21664                           # 0x54a0
	.long	3081
	.long	15
	.long	21696                           # 0x54c0
	.long	3098
	.long	15
	.long	21728                           # 0x54e0
	.long	3112
	.long	68
	.long	21760                           # 0x5500
	.long	3121
	.long	214
	.long	21888                           # 0x5580
	.long	3129
	.long	216
	.long	22272                           # 0x5700
	.long	3141
	.long	217
	.long	22336                           # 0x5740
	.long	3151
	.long	219
	.long	22464                           # 0x57c0
	.long	3158
	.long	15
	.long	22528                           # 0x5800
	.long	3169
	.long	15
	.long	22560                           # 0x5820
	.long	3186
	.long	3
	.long	22592                           # 0x5840
	.long	3204
	.long	8
	.long	22656                           # 0x5880
	.long	3219
	.long	8
	.long	22720                           # 0x58c0
	.long	3242
	.long	3
	.long	22784                           # 0x5900
	.long	3258
	.long	220
	.long	22848                           # 0x5940
	.long	3271
	.long	21
	.long	22912                           # 0x5980
	.long	3296
	.long	220
	.long	22976                           # 0x59c0
	.long	3309
	.long	221
	.long	23040                           # 0x5a00
	.long	3315
	.long	222
	.long	23104                           # 0x5a40
	.long	3329
	.long	223
	.long	23168                           # 0x5a80
	.long	3335
	.long	224
	.long	23232                           # 0x5ac0
	.long	3345
	.long	68
	.long	23232                           # 0x5ac0
	.long	3349
	.long	23
	.long	23360                           # 0x5b40
	.long	3359
	.long	15
	.long	23392                           # 0x5b60
	.long	3378
	.long	31
	.long	23424                           # 0x5b80
	.long	3394
	.long	225
	.long	23488                           # 0x5bc0
	.long	3411
	.long	229
	.long	23808                           # 0x5d00
	.long	3425
	.long	23
	.long	23872                           # 0x5d40
	.long	3440
	.long	22
	.long	23936                           # 0x5d80
	.long	3449
	.long	230
	.long	24000                           # 0x5dc0
	.long	3461
	.long	231
	.long	24064                           # 0x5e00
	.long	3469
	.long	232
	.long	24128                           # 0x5e40
	.long	3485
	.long	19
	.long	24192                           # 0x5e80
	.long	3499
	.long	68
	.long	24256                           # 0x5ec0
	.long	3514
	.long	233
	.long	24384                           # 0x5f40
	.long	3526
	.long	237
	.long	24704                           # 0x6080
	.long	399                             # BTF_KIND_STRUCT(id = 18)
	.long	67108868                        # 0x4000004
	.long	24
	.long	71
	.long	3
	.long	0                               # 0x0
	.long	3533
	.long	3
	.long	64                              # 0x40
	.long	3546
	.long	19
	.long	128                             # 0x80
	.long	3553
	.long	19
	.long	160                             # 0xa0
	.long	3557                            # BTF_KIND_TYPEDEF(id = 19)
	.long	134217728                       # 0x8000000
	.long	20
	.long	3561                            # BTF_KIND_TYPEDEF(id = 20)
	.long	134217728                       # 0x8000000
	.long	21
	.long	3567                            # BTF_KIND_INT(id = 21)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	0                               # BTF_KIND_PTR(id = 22)
	.long	33554432                        # 0x2000000
	.long	0
	.long	3580                            # BTF_KIND_TYPEDEF(id = 23)
	.long	134217728                       # 0x8000000
	.long	24
	.long	3591                            # BTF_KIND_STRUCT(id = 24)
	.long	67108865                        # 0x4000001
	.long	4
	.long	3607
	.long	25
	.long	0                               # 0x0
	.long	3612                            # BTF_KIND_TYPEDEF(id = 25)
	.long	134217728                       # 0x8000000
	.long	26
	.long	0                               # BTF_KIND_STRUCT(id = 26)
	.long	67108865                        # 0x4000001
	.long	4
	.long	3621
	.long	15
	.long	0                               # 0x0
	.long	3629                            # BTF_KIND_STRUCT(id = 27)
	.long	67108868                        # 0x4000004
	.long	16
	.long	3648
	.long	28
	.long	0                               # 0x0
	.long	0
	.long	30
	.long	64                              # 0x40
	.long	3654
	.long	5
	.long	96                              # 0x60
	.long	3658
	.long	5
	.long	112                             # 0x70
	.long	3662                            # BTF_KIND_STRUCT(id = 28)
	.long	67108865                        # 0x4000001
	.long	8
	.long	3673
	.long	29
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 29)
	.long	33554432                        # 0x2000000
	.long	28
	.long	0                               # BTF_KIND_UNION(id = 30)
	.long	83886082                        # 0x5000002
	.long	4
	.long	3678
	.long	21
	.long	0                               # 0x0
	.long	3686
	.long	25
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 31)
	.long	33554432                        # 0x2000000
	.long	17
	.long	3694                            # BTF_KIND_STRUCT(id = 32)
	.long	67108888                        # 0x4000018
	.long	256
	.long	3707
	.long	33
	.long	0                               # 0x0
	.long	3712
	.long	34
	.long	128                             # 0x80
	.long	3721
	.long	8
	.long	320                             # 0x140
	.long	3730
	.long	8
	.long	384                             # 0x180
	.long	3743
	.long	8
	.long	448                             # 0x1c0
	.long	3753
	.long	8
	.long	512                             # 0x200
	.long	3763
	.long	36
	.long	576                             # 0x240
	.long	536
	.long	38
	.long	704                             # 0x2c0
	.long	3774
	.long	38
	.long	712                             # 0x2c8
	.long	3788
	.long	38
	.long	720                             # 0x2d0
	.long	3801
	.long	38
	.long	728                             # 0x2d8
	.long	3814
	.long	8
	.long	768                             # 0x300
	.long	3825
	.long	8
	.long	832                             # 0x340
	.long	3842
	.long	8
	.long	896                             # 0x380
	.long	3864
	.long	8
	.long	960                             # 0x3c0
	.long	0
	.long	39
	.long	1024                            # 0x400
	.long	3873
	.long	8
	.long	1088                            # 0x440
	.long	3879
	.long	8
	.long	1152                            # 0x480
	.long	3893
	.long	15
	.long	1216                            # 0x4c0
	.long	1669
	.long	43
	.long	1280                            # 0x500
	.long	3899
	.long	44
	.long	1344                            # 0x540
	.long	3906
	.long	44
	.long	1408                            # 0x580
	.long	3911
	.long	3
	.long	1472                            # 0x5c0
	.long	3927
	.long	45
	.long	1536                            # 0x600
	.long	3931                            # BTF_KIND_STRUCT(id = 33)
	.long	67108866                        # 0x4000002
	.long	16
	.long	3943
	.long	3
	.long	0                               # 0x0
	.long	3950
	.long	19
	.long	64                              # 0x40
	.long	3961                            # BTF_KIND_STRUCT(id = 34)
	.long	67108867                        # 0x4000003
	.long	24
	.long	3969
	.long	3
	.long	0                               # 0x0
	.long	3987
	.long	35
	.long	64                              # 0x40
	.long	3996
	.long	35
	.long	128                             # 0x80
	.long	0                               # BTF_KIND_PTR(id = 35)
	.long	33554432                        # 0x2000000
	.long	34
	.long	4004                            # BTF_KIND_STRUCT(id = 36)
	.long	67108866                        # 0x4000002
	.long	16
	.long	3673
	.long	37
	.long	0                               # 0x0
	.long	4014
	.long	37
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_PTR(id = 37)
	.long	33554432                        # 0x2000000
	.long	36
	.long	4019                            # BTF_KIND_INT(id = 38)
	.long	16777216                        # 0x1000000
	.long	1
	.long	8                               # 0x8
	.long	0                               # BTF_KIND_UNION(id = 39)
	.long	83886082                        # 0x5000002
	.long	8
	.long	4033
	.long	40
	.long	0                               # 0x0
	.long	4038
	.long	8
	.long	0                               # 0x0
	.long	4044                            # BTF_KIND_TYPEDEF(id = 40)
	.long	134217728                       # 0x8000000
	.long	41
	.long	4048                            # BTF_KIND_TYPEDEF(id = 41)
	.long	134217728                       # 0x8000000
	.long	42
	.long	4054                            # BTF_KIND_INT(id = 42)
	.long	16777216                        # 0x1000000
	.long	8
	.long	16777280                        # 0x1000040
	.long	0                               # BTF_KIND_PTR(id = 43)
	.long	33554432                        # 0x2000000
	.long	32
	.long	0                               # BTF_KIND_PTR(id = 44)
	.long	33554432                        # 0x2000000
	.long	337
	.long	4064                            # BTF_KIND_STRUCT(id = 45)
	.long	67108873                        # 0x4000009
	.long	64
	.long	4074
	.long	8
	.long	0                               # 0x0
	.long	4091
	.long	8
	.long	64                              # 0x40
	.long	4100
	.long	8
	.long	128                             # 0x80
	.long	4113
	.long	19
	.long	192                             # 0xc0
	.long	4122
	.long	19
	.long	224                             # 0xe0
	.long	4137
	.long	3
	.long	256                             # 0x100
	.long	4146
	.long	3
	.long	320                             # 0x140
	.long	4159
	.long	3
	.long	384                             # 0x180
	.long	4168
	.long	21
	.long	448                             # 0x1c0
	.long	4177                            # BTF_KIND_STRUCT(id = 46)
	.long	67108874                        # 0x400000a
	.long	72
	.long	4193
	.long	36
	.long	0                               # 0x0
	.long	4202
	.long	3
	.long	128                             # 0x80
	.long	4210
	.long	3
	.long	192                             # 0xc0
	.long	4225
	.long	21
	.long	256                             # 0x100
	.long	536
	.long	7
	.long	288                             # 0x120
	.long	4236
	.long	7
	.long	304                             # 0x130
	.long	4244
	.long	47
	.long	320                             # 0x140
	.long	1669
	.long	47
	.long	384                             # 0x180
	.long	4249
	.long	48
	.long	448                             # 0x1c0
	.long	3906
	.long	48
	.long	512                             # 0x200
	.long	0                               # BTF_KIND_PTR(id = 47)
	.long	33554432                        # 0x2000000
	.long	46
	.long	0                               # BTF_KIND_PTR(id = 48)
	.long	33554432                        # 0x2000000
	.long	338
	.long	4255                            # BTF_KIND_STRUCT(id = 49)
	.long	2214592535                      # 0x84000017
	.long	240
	.long	3961
	.long	34
	.long	0                               # 0x0
	.long	4271
	.long	8
	.long	192                             # 0xc0
	.long	4282
	.long	8
	.long	256                             # 0x100
	.long	4294
	.long	8
	.long	320                             # 0x140
	.long	4304
	.long	8
	.long	384                             # 0x180
	.long	4310
	.long	8
	.long	448                             # 0x1c0
	.long	4321
	.long	40
	.long	512                             # 0x200
	.long	3721
	.long	8
	.long	576                             # 0x240
	.long	71
	.long	21
	.long	640                             # 0x280
	.long	4329
	.long	21
	.long	16777888                        # 0x10002a0
	.long	4342
	.long	21
	.long	16777889                        # 0x10002a1
	.long	4353
	.long	21
	.long	16777890                        # 0x10002a2
	.long	4371
	.long	21
	.long	16777891                        # 0x10002a3
	.long	592
	.long	21
	.long	16777892                        # 0x10002a4
	.long	4382
	.long	21
	.long	16777893                        # 0x10002a5
	.long	4399
	.long	21
	.long	16777894                        # 0x10002a6
	.long	4408
	.long	21
	.long	16777895                        # 0x10002a7
	.long	4423
	.long	21
	.long	16777896                        # 0x10002a8
	.long	4440
	.long	50
	.long	704                             # 0x2c0
	.long	4449
	.long	50
	.long	1216                            # 0x4c0
	.long	4464
	.long	60
	.long	1728                            # 0x6c0
	.long	4467
	.long	61
	.long	1792                            # 0x700
	.long	4484
	.long	64
	.long	1856                            # 0x740
	.long	4490                            # BTF_KIND_STRUCT(id = 50)
	.long	67108872                        # 0x4000008
	.long	64
	.long	4498
	.long	51
	.long	0                               # 0x0
	.long	4503
	.long	52
	.long	256                             # 0x100
	.long	4516
	.long	53
	.long	320                             # 0x140
	.long	4525
	.long	57
	.long	384                             # 0x180
	.long	4530
	.long	58
	.long	448                             # 0x1c0
	.long	4536
	.long	58
	.long	456                             # 0x1c8
	.long	4543
	.long	58
	.long	464                             # 0x1d0
	.long	4551
	.long	58
	.long	472                             # 0x1d8
	.long	4559                            # BTF_KIND_STRUCT(id = 51)
	.long	67108866                        # 0x4000002
	.long	32
	.long	4498
	.long	34
	.long	0                               # 0x0
	.long	4575
	.long	52
	.long	192                             # 0xc0
	.long	4583                            # BTF_KIND_TYPEDEF(id = 52)
	.long	134217728                       # 0x8000000
	.long	40
	.long	0                               # BTF_KIND_PTR(id = 53)
	.long	33554432                        # 0x2000000
	.long	54
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 54)
	.long	218103809                       # 0xd000001
	.long	55
	.long	0
	.long	56
	.long	4591                            # BTF_KIND_ENUM(id = 55)
	.long	100663298                       # 0x6000002
	.long	4
	.long	4607
	.long	0
	.long	4625
	.long	1
	.long	0                               # BTF_KIND_PTR(id = 56)
	.long	33554432                        # 0x2000000
	.long	50
	.long	0                               # BTF_KIND_PTR(id = 57)
	.long	33554432                        # 0x2000000
	.long	346
	.long	4641                            # BTF_KIND_TYPEDEF(id = 58)
	.long	134217728                       # 0x8000000
	.long	59
	.long	4644                            # BTF_KIND_TYPEDEF(id = 59)
	.long	134217728                       # 0x8000000
	.long	38
	.long	0                               # BTF_KIND_PTR(id = 60)
	.long	33554432                        # 0x2000000
	.long	335
	.long	4649                            # BTF_KIND_TYPEDEF(id = 61)
	.long	134217728                       # 0x8000000
	.long	62
	.long	0                               # BTF_KIND_PTR(id = 62)
	.long	33554432                        # 0x2000000
	.long	63
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 63)
	.long	218103809                       # 0xd000001
	.long	31
	.long	0
	.long	64
	.long	0                               # BTF_KIND_PTR(id = 64)
	.long	33554432                        # 0x2000000
	.long	49
	.long	0                               # BTF_KIND_PTR(id = 65)
	.long	33554432                        # 0x2000000
	.long	66
	.long	0                               # BTF_KIND_CONST(id = 66)
	.long	167772160                       # 0xa000000
	.long	394
	.long	0                               # BTF_KIND_PTR(id = 67)
	.long	33554432                        # 0x2000000
	.long	336
	.long	4666                            # BTF_KIND_STRUCT(id = 68)
	.long	67108866                        # 0x4000002
	.long	16
	.long	3673
	.long	69
	.long	0                               # 0x0
	.long	4680
	.long	70
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_PTR(id = 69)
	.long	33554432                        # 0x2000000
	.long	68
	.long	0                               # BTF_KIND_PTR(id = 70)
	.long	33554432                        # 0x2000000
	.long	71
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 71)
	.long	218103809                       # 0xd000001
	.long	0
	.long	0
	.long	69
	.long	4685                            # BTF_KIND_TYPEDEF(id = 72)
	.long	134217728                       # 0x8000000
	.long	73
	.long	4690                            # BTF_KIND_INT(id = 73)
	.long	16777216                        # 0x1000000
	.long	1
	.long	67108872                        # 0x4000008
	.long	4696                            # BTF_KIND_STRUCT(id = 74)
	.long	67108864                        # 0x4000000
	.long	0
	.long	4713                            # BTF_KIND_STRUCT(id = 75)
	.long	67108865                        # 0x4000001
	.long	8
	.long	4724
	.long	76
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 76)
	.long	33554432                        # 0x2000000
	.long	111
	.long	0                               # BTF_KIND_PTR(id = 77)
	.long	33554432                        # 0x2000000
	.long	78
	.long	0                               # BTF_KIND_CONST(id = 78)
	.long	167772160                       # 0xa000000
	.long	79
	.long	4730                            # BTF_KIND_TYPEDEF(id = 79)
	.long	134217728                       # 0x8000000
	.long	81
	.long	0                               # BTF_KIND_PTR(id = 80)
	.long	33554432                        # 0x2000000
	.long	79
	.long	4740                            # BTF_KIND_STRUCT(id = 81)
	.long	67108865                        # 0x4000001
	.long	32
	.long	4748
	.long	82
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_ARRAY(id = 82)
	.long	50331648                        # 0x3000000
	.long	0
	.long	3
	.long	83
	.long	4
	.long	4753                            # BTF_KIND_INT(id = 83)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	4773                            # BTF_KIND_UNION(id = 84)
	.long	83886082                        # 0x5000002
	.long	4
	.long	4785
	.long	85
	.long	0                               # 0x0
	.long	4787
	.long	19
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_STRUCT(id = 85)
	.long	67108868                        # 0x4000004
	.long	4
	.long	2095
	.long	58
	.long	0                               # 0x0
	.long	4789
	.long	58
	.long	8                               # 0x8
	.long	4797
	.long	58
	.long	16                              # 0x10
	.long	4806
	.long	58
	.long	24                              # 0x18
	.long	0                               # BTF_KIND_PTR(id = 86)
	.long	33554432                        # 0x2000000
	.long	395
	.long	1144                            # BTF_KIND_STRUCT(id = 87)
	.long	67108870                        # 0x4000006
	.long	48
	.long	4814
	.long	3
	.long	0                               # 0x0
	.long	4821
	.long	10
	.long	64                              # 0x40
	.long	4831
	.long	10
	.long	128                             # 0x80
	.long	4845
	.long	10
	.long	192                             # 0xc0
	.long	4859
	.long	10
	.long	256                             # 0x100
	.long	4872
	.long	10
	.long	320                             # 0x140
	.long	4884                            # BTF_KIND_STRUCT(id = 88)
	.long	67108867                        # 0x4000003
	.long	40
	.long	542
	.long	15
	.long	0                               # 0x0
	.long	4895
	.long	36
	.long	64                              # 0x40
	.long	4905
	.long	36
	.long	192                             # 0xc0
	.long	0                               # BTF_KIND_PTR(id = 89)
	.long	33554432                        # 0x2000000
	.long	347
	.long	0                               # BTF_KIND_PTR(id = 90)
	.long	33554432                        # 0x2000000
	.long	339
	.long	1621                            # BTF_KIND_STRUCT(id = 91)
	.long	67108867                        # 0x4000003
	.long	56
	.long	4915
	.long	3
	.long	0                               # 0x0
	.long	4925
	.long	92
	.long	64                              # 0x40
	.long	0
	.long	96
	.long	128                             # 0x80
	.long	0                               # BTF_KIND_PTR(id = 92)
	.long	33554432                        # 0x2000000
	.long	93
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 93)
	.long	218103809                       # 0xd000001
	.long	94
	.long	0
	.long	95
	.long	4928                            # BTF_KIND_INT(id = 94)
	.long	16777216                        # 0x1000000
	.long	8
	.long	16777280                        # 0x1000040
	.long	0                               # BTF_KIND_PTR(id = 95)
	.long	33554432                        # 0x2000000
	.long	91
	.long	0                               # BTF_KIND_UNION(id = 96)
	.long	83886083                        # 0x5000003
	.long	40
	.long	4933
	.long	97
	.long	0                               # 0x0
	.long	4939
	.long	99
	.long	0                               # 0x0
	.long	4949
	.long	106
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_STRUCT(id = 97)
	.long	67108870                        # 0x4000006
	.long	40
	.long	4954
	.long	98
	.long	0                               # 0x0
	.long	4960
	.long	19
	.long	64                              # 0x40
	.long	71
	.long	19
	.long	96                              # 0x60
	.long	4964
	.long	19
	.long	128                             # 0x80
	.long	4971
	.long	8
	.long	192                             # 0xc0
	.long	4976
	.long	98
	.long	256                             # 0x100
	.long	0                               # BTF_KIND_PTR(id = 98)
	.long	33554432                        # 0x2000000
	.long	19
	.long	0                               # BTF_KIND_STRUCT(id = 99)
	.long	67108868                        # 0x4000004
	.long	24
	.long	4983
	.long	100
	.long	0                               # 0x0
	.long	208
	.long	102
	.long	32                              # 0x20
	.long	0
	.long	103
	.long	64                              # 0x40
	.long	4575
	.long	8
	.long	128                             # 0x80
	.long	4991                            # BTF_KIND_TYPEDEF(id = 100)
	.long	134217728                       # 0x8000000
	.long	101
	.long	5001                            # BTF_KIND_TYPEDEF(id = 101)
	.long	134217728                       # 0x8000000
	.long	15
	.long	5020                            # BTF_KIND_ENUM(id = 102)
	.long	100663299                       # 0x6000003
	.long	4
	.long	5034
	.long	0
	.long	5042
	.long	1
	.long	5052
	.long	2
	.long	0                               # BTF_KIND_UNION(id = 103)
	.long	83886082                        # 0x5000002
	.long	8
	.long	5062
	.long	104
	.long	0                               # 0x0
	.long	5067
	.long	105
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 104)
	.long	33554432                        # 0x2000000
	.long	397
	.long	0                               # BTF_KIND_PTR(id = 105)
	.long	33554432                        # 0x2000000
	.long	398
	.long	0                               # BTF_KIND_STRUCT(id = 106)
	.long	67108869                        # 0x4000005
	.long	32
	.long	5079
	.long	107
	.long	0                               # 0x0
	.long	5084
	.long	15
	.long	64                              # 0x40
	.long	5089
	.long	15
	.long	96                              # 0x60
	.long	5101
	.long	3
	.long	128                             # 0x80
	.long	5108
	.long	3
	.long	192                             # 0xc0
	.long	0                               # BTF_KIND_PTR(id = 107)
	.long	33554432                        # 0x2000000
	.long	399
	.long	5116                            # BTF_KIND_TYPEDEF(id = 108)
	.long	134217728                       # 0x8000000
	.long	109
	.long	5122                            # BTF_KIND_TYPEDEF(id = 109)
	.long	134217728                       # 0x8000000
	.long	15
	.long	0                               # BTF_KIND_PTR(id = 110)
	.long	33554432                        # 0x2000000
	.long	349
	.long	5137                            # BTF_KIND_STRUCT(id = 111)
	.long	67108866                        # 0x4000002
	.long	16
	.long	3673
	.long	76
	.long	0                               # 0x0
	.long	5148
	.long	112
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_PTR(id = 112)
	.long	33554432                        # 0x2000000
	.long	76
	.long	0                               # BTF_KIND_ARRAY(id = 113)
	.long	50331648                        # 0x3000000
	.long	0
	.long	111
	.long	83
	.long	4
	.long	0                               # BTF_KIND_PTR(id = 114)
	.long	33554432                        # 0x2000000
	.long	343
	.long	0                               # BTF_KIND_PTR(id = 115)
	.long	33554432                        # 0x2000000
	.long	15
	.long	1834                            # BTF_KIND_STRUCT(id = 116)
	.long	67108867                        # 0x4000003
	.long	24
	.long	1816
	.long	8
	.long	0                               # 0x0
	.long	1822
	.long	8
	.long	64                              # 0x40
	.long	5154
	.long	117
	.long	128                             # 0x80
	.long	5159                            # BTF_KIND_TYPEDEF(id = 117)
	.long	134217728                       # 0x8000000
	.long	118
	.long	5174                            # BTF_KIND_STRUCT(id = 118)
	.long	67108865                        # 0x4000001
	.long	4
	.long	5187
	.long	119
	.long	0                               # 0x0
	.long	5196                            # BTF_KIND_TYPEDEF(id = 119)
	.long	134217728                       # 0x8000000
	.long	120
	.long	5212                            # BTF_KIND_STRUCT(id = 120)
	.long	67108865                        # 0x4000001
	.long	4
	.long	0
	.long	121
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_UNION(id = 121)
	.long	83886083                        # 0x5000003
	.long	4
	.long	4960
	.long	25
	.long	0                               # 0x0
	.long	0
	.long	122
	.long	0                               # 0x0
	.long	0
	.long	123
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_STRUCT(id = 122)
	.long	67108866                        # 0x4000002
	.long	2
	.long	5222
	.long	58
	.long	0                               # 0x0
	.long	2130
	.long	58
	.long	8                               # 0x8
	.long	0                               # BTF_KIND_STRUCT(id = 123)
	.long	67108866                        # 0x4000002
	.long	4
	.long	5229
	.long	5
	.long	0                               # 0x0
	.long	5244
	.long	5
	.long	16                              # 0x10
	.long	1902                            # BTF_KIND_STRUCT(id = 124)
	.long	67108867                        # 0x4000003
	.long	80
	.long	5249
	.long	129
	.long	0                               # 0x0
	.long	5255
	.long	21
	.long	576                             # 0x240
	.long	5269
	.long	21
	.long	608                             # 0x260
	.long	5283                            # BTF_KIND_STRUCT(id = 125)
	.long	67108866                        # 0x4000002
	.long	24
	.long	5303
	.long	8
	.long	0                               # 0x0
	.long	5311
	.long	126
	.long	64                              # 0x40
	.long	5318                            # BTF_KIND_STRUCT(id = 126)
	.long	67108865                        # 0x4000001
	.long	16
	.long	5334
	.long	127
	.long	0                               # 0x0
	.long	5342                            # BTF_KIND_STRUCT(id = 127)
	.long	67108866                        # 0x4000002
	.long	16
	.long	5334
	.long	128
	.long	0                               # 0x0
	.long	5357
	.long	35
	.long	64                              # 0x40
	.long	5334                            # BTF_KIND_STRUCT(id = 128)
	.long	67108865                        # 0x4000001
	.long	8
	.long	3961
	.long	35
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_ARRAY(id = 129)
	.long	50331648                        # 0x3000000
	.long	0
	.long	125
	.long	83
	.long	3
	.long	1918                            # BTF_KIND_STRUCT(id = 130)
	.long	67108867                        # 0x4000003
	.long	56
	.long	5369
	.long	68
	.long	0                               # 0x0
	.long	5374
	.long	131
	.long	128                             # 0x80
	.long	5380
	.long	21
	.long	384                             # 0x180
	.long	5374                            # BTF_KIND_STRUCT(id = 131)
	.long	67108868                        # 0x4000004
	.long	32
	.long	5390
	.long	132
	.long	0                               # 0x0
	.long	5396
	.long	117
	.long	64                              # 0x40
	.long	5406
	.long	135
	.long	96                              # 0x60
	.long	5410
	.long	36
	.long	128                             # 0x80
	.long	5420                            # BTF_KIND_TYPEDEF(id = 132)
	.long	134217728                       # 0x8000000
	.long	133
	.long	5434                            # BTF_KIND_TYPEDEF(id = 133)
	.long	134217728                       # 0x8000000
	.long	134
	.long	0                               # BTF_KIND_STRUCT(id = 134)
	.long	67108865                        # 0x4000001
	.long	8
	.long	3621
	.long	40
	.long	0                               # 0x0
	.long	5445                            # BTF_KIND_STRUCT(id = 135)
	.long	67108865                        # 0x4000001
	.long	4
	.long	5244
	.long	25
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 136)
	.long	33554432                        # 0x2000000
	.long	137
	.long	0                               # BTF_KIND_CONST(id = 137)
	.long	167772160                       # 0xa000000
	.long	138
	.long	1962                            # BTF_KIND_STRUCT(id = 138)
	.long	67108890                        # 0x400001a
	.long	184
	.long	437
	.long	132
	.long	0                               # 0x0
	.long	5467
	.long	139
	.long	64                              # 0x40
	.long	5471
	.long	143
	.long	96                              # 0x60
	.long	5475
	.long	139
	.long	128                             # 0x80
	.long	5480
	.long	143
	.long	160                             # 0xa0
	.long	5485
	.long	139
	.long	192                             # 0xc0
	.long	5490
	.long	143
	.long	224                             # 0xe0
	.long	5495
	.long	139
	.long	256                             # 0x100
	.long	5501
	.long	143
	.long	288                             # 0x120
	.long	5507
	.long	21
	.long	320                             # 0x140
	.long	5518
	.long	147
	.long	384                             # 0x180
	.long	5534
	.long	147
	.long	448                             # 0x1c0
	.long	5548
	.long	147
	.long	512                             # 0x200
	.long	5562
	.long	147
	.long	576                             # 0x240
	.long	5571
	.long	147
	.long	640                             # 0x280
	.long	5583
	.long	38
	.long	704                             # 0x2c0
	.long	5595
	.long	149
	.long	768                             # 0x300
	.long	5611
	.long	149
	.long	832                             # 0x340
	.long	5627
	.long	149
	.long	896                             # 0x380
	.long	5642
	.long	149
	.long	960                             # 0x3c0
	.long	3440
	.long	22
	.long	1024                            # 0x400
	.long	5659
	.long	150
	.long	1088                            # 0x440
	.long	5664
	.long	151
	.long	1152                            # 0x480
	.long	5672
	.long	152
	.long	1216                            # 0x4c0
	.long	5680
	.long	153
	.long	1280                            # 0x500
	.long	0
	.long	154
	.long	1344                            # 0x540
	.long	5691                            # BTF_KIND_TYPEDEF(id = 139)
	.long	134217728                       # 0x8000000
	.long	140
	.long	0                               # BTF_KIND_STRUCT(id = 140)
	.long	67108865                        # 0x4000001
	.long	4
	.long	4960
	.long	141
	.long	0                               # 0x0
	.long	5698                            # BTF_KIND_TYPEDEF(id = 141)
	.long	134217728                       # 0x8000000
	.long	142
	.long	5704                            # BTF_KIND_TYPEDEF(id = 142)
	.long	134217728                       # 0x8000000
	.long	21
	.long	5721                            # BTF_KIND_TYPEDEF(id = 143)
	.long	134217728                       # 0x8000000
	.long	144
	.long	0                               # BTF_KIND_STRUCT(id = 144)
	.long	67108865                        # 0x4000001
	.long	4
	.long	4960
	.long	145
	.long	0                               # 0x0
	.long	5728                            # BTF_KIND_TYPEDEF(id = 145)
	.long	134217728                       # 0x8000000
	.long	146
	.long	5734                            # BTF_KIND_TYPEDEF(id = 146)
	.long	134217728                       # 0x8000000
	.long	21
	.long	5751                            # BTF_KIND_TYPEDEF(id = 147)
	.long	134217728                       # 0x8000000
	.long	148
	.long	0                               # BTF_KIND_STRUCT(id = 148)
	.long	67108865                        # 0x4000001
	.long	8
	.long	4960
	.long	8
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 149)
	.long	33554432                        # 0x2000000
	.long	348
	.long	0                               # BTF_KIND_PTR(id = 150)
	.long	33554432                        # 0x2000000
	.long	352
	.long	0                               # BTF_KIND_PTR(id = 151)
	.long	33554432                        # 0x2000000
	.long	340
	.long	0                               # BTF_KIND_PTR(id = 152)
	.long	33554432                        # 0x2000000
	.long	342
	.long	0                               # BTF_KIND_PTR(id = 153)
	.long	33554432                        # 0x2000000
	.long	353
	.long	0                               # BTF_KIND_UNION(id = 154)
	.long	83886082                        # 0x5000002
	.long	16
	.long	5764
	.long	15
	.long	0                               # 0x0
	.long	3345
	.long	68
	.long	0                               # 0x0
	.long	5772                            # BTF_KIND_INT(id = 155)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 156)
	.long	50331648                        # 0x3000000
	.long	0
	.long	155
	.long	83
	.long	16
	.long	0                               # BTF_KIND_PTR(id = 157)
	.long	33554432                        # 0x2000000
	.long	400
	.long	5777                            # BTF_KIND_STRUCT(id = 158)
	.long	67108865                        # 0x4000001
	.long	8
	.long	5786
	.long	159
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 159)
	.long	33554432                        # 0x2000000
	.long	401
	.long	5796                            # BTF_KIND_STRUCT(id = 160)
	.long	67108865                        # 0x4000001
	.long	16
	.long	5805
	.long	36
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 161)
	.long	33554432                        # 0x2000000
	.long	379
	.long	0                               # BTF_KIND_PTR(id = 162)
	.long	33554432                        # 0x2000000
	.long	402
	.long	0                               # BTF_KIND_PTR(id = 163)
	.long	33554432                        # 0x2000000
	.long	403
	.long	0                               # BTF_KIND_PTR(id = 164)
	.long	33554432                        # 0x2000000
	.long	341
	.long	0                               # BTF_KIND_PTR(id = 165)
	.long	33554432                        # 0x2000000
	.long	405
	.long	0                               # BTF_KIND_PTR(id = 166)
	.long	33554432                        # 0x2000000
	.long	396
	.long	5815                            # BTF_KIND_TYPEDEF(id = 167)
	.long	134217728                       # 0x8000000
	.long	168
	.long	0                               # BTF_KIND_STRUCT(id = 168)
	.long	67108865                        # 0x4000001
	.long	8
	.long	5824
	.long	169
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_ARRAY(id = 169)
	.long	50331648                        # 0x3000000
	.long	0
	.long	3
	.long	83
	.long	1
	.long	5828                            # BTF_KIND_STRUCT(id = 170)
	.long	67108866                        # 0x4000002
	.long	24
	.long	5839
	.long	36
	.long	0                               # 0x0
	.long	2080
	.long	167
	.long	128                             # 0x80
	.long	5844                            # BTF_KIND_TYPEDEF(id = 171)
	.long	134217728                       # 0x8000000
	.long	172
	.long	5851                            # BTF_KIND_TYPEDEF(id = 172)
	.long	134217728                       # 0x8000000
	.long	173
	.long	5867                            # BTF_KIND_TYPEDEF(id = 173)
	.long	134217728                       # 0x8000000
	.long	3
	.long	0                               # BTF_KIND_PTR(id = 174)
	.long	33554432                        # 0x2000000
	.long	406
	.long	2217                            # BTF_KIND_STRUCT(id = 175)
	.long	67108867                        # 0x4000003
	.long	16
	.long	5884
	.long	15
	.long	0                               # 0x0
	.long	5889
	.long	25
	.long	32                              # 0x20
	.long	5902
	.long	176
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_PTR(id = 176)
	.long	33554432                        # 0x2000000
	.long	360
	.long	5909                            # BTF_KIND_STRUCT(id = 177)
	.long	67108868                        # 0x4000004
	.long	32
	.long	5931
	.long	178
	.long	0                               # 0x0
	.long	5940
	.long	3
	.long	64                              # 0x40
	.long	5947
	.long	3
	.long	128                             # 0x80
	.long	5951
	.long	72
	.long	192                             # 0xc0
	.long	0                               # BTF_KIND_PTR(id = 178)
	.long	33554432                        # 0x2000000
	.long	155
	.long	5963                            # BTF_KIND_TYPEDEF(id = 179)
	.long	134217728                       # 0x8000000
	.long	180
	.long	5974                            # BTF_KIND_STRUCT(id = 180)
	.long	67108865                        # 0x4000001
	.long	4
	.long	0
	.long	181
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_UNION(id = 181)
	.long	83886081                        # 0x5000001
	.long	4
	.long	5983
	.long	118
	.long	0                               # 0x0
	.long	5989                            # BTF_KIND_STRUCT(id = 182)
	.long	67108865                        # 0x4000001
	.long	8
	.long	3673
	.long	183
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 183)
	.long	33554432                        # 0x2000000
	.long	182
	.long	0                               # BTF_KIND_PTR(id = 184)
	.long	33554432                        # 0x2000000
	.long	361
	.long	0                               # BTF_KIND_PTR(id = 185)
	.long	33554432                        # 0x2000000
	.long	131
	.long	0                               # BTF_KIND_PTR(id = 186)
	.long	33554432                        # 0x2000000
	.long	382
	.long	0                               # BTF_KIND_PTR(id = 187)
	.long	33554432                        # 0x2000000
	.long	404
	.long	0                               # BTF_KIND_PTR(id = 188)
	.long	33554432                        # 0x2000000
	.long	362
	.long	0                               # BTF_KIND_PTR(id = 189)
	.long	33554432                        # 0x2000000
	.long	381
	.long	0                               # BTF_KIND_PTR(id = 190)
	.long	33554432                        # 0x2000000
	.long	363
	.long	0                               # BTF_KIND_PTR(id = 191)
	.long	33554432                        # 0x2000000
	.long	192
	.long	6001                            # BTF_KIND_TYPEDEF(id = 192)
	.long	134217728                       # 0x8000000
	.long	354
	.long	6018                            # BTF_KIND_STRUCT(id = 193)
	.long	67108871                        # 0x4000007
	.long	56
	.long	6037
	.long	8
	.long	0                               # 0x0
	.long	6043
	.long	8
	.long	64                              # 0x40
	.long	6049
	.long	8
	.long	128                             # 0x80
	.long	6055
	.long	8
	.long	192                             # 0xc0
	.long	6061
	.long	8
	.long	256                             # 0x100
	.long	6072
	.long	8
	.long	320                             # 0x140
	.long	6084
	.long	8
	.long	384                             # 0x180
	.long	6106                            # BTF_KIND_TYPEDEF(id = 194)
	.long	134217728                       # 0x8000000
	.long	195
	.long	0                               # BTF_KIND_STRUCT(id = 195)
	.long	67108865                        # 0x4000001
	.long	128
	.long	4748
	.long	196
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_ARRAY(id = 196)
	.long	50331648                        # 0x3000000
	.long	0
	.long	3
	.long	83
	.long	16
	.long	6117                            # BTF_KIND_TYPEDEF(id = 197)
	.long	134217728                       # 0x8000000
	.long	198
	.long	6137                            # BTF_KIND_STRUCT(id = 198)
	.long	67108865                        # 0x4000001
	.long	4
	.long	6155
	.long	199
	.long	0                               # 0x0
	.long	6164                            # BTF_KIND_TYPEDEF(id = 199)
	.long	134217728                       # 0x8000000
	.long	200
	.long	6155                            # BTF_KIND_STRUCT(id = 200)
	.long	67108865                        # 0x4000001
	.long	4
	.long	6175
	.long	21
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 201)
	.long	33554432                        # 0x2000000
	.long	378
	.long	0                               # BTF_KIND_PTR(id = 202)
	.long	33554432                        # 0x2000000
	.long	364
	.long	0                               # BTF_KIND_PTR(id = 203)
	.long	33554432                        # 0x2000000
	.long	365
	.long	0                               # BTF_KIND_PTR(id = 204)
	.long	33554432                        # 0x2000000
	.long	366
	.long	0                               # BTF_KIND_ARRAY(id = 205)
	.long	50331648                        # 0x3000000
	.long	0
	.long	58
	.long	83
	.long	4
	.long	0                               # BTF_KIND_PTR(id = 206)
	.long	33554432                        # 0x2000000
	.long	387
	.long	0                               # BTF_KIND_PTR(id = 207)
	.long	33554432                        # 0x2000000
	.long	367
	.long	0                               # BTF_KIND_PTR(id = 208)
	.long	33554432                        # 0x2000000
	.long	355
	.long	6184                            # BTF_KIND_INT(id = 209)
	.long	16777216                        # 0x1000000
	.long	2
	.long	16777232                        # 0x1000010
	.long	0                               # BTF_KIND_PTR(id = 210)
	.long	33554432                        # 0x2000000
	.long	368
	.long	0                               # BTF_KIND_PTR(id = 211)
	.long	33554432                        # 0x2000000
	.long	3
	.long	0                               # BTF_KIND_ARRAY(id = 212)
	.long	50331648                        # 0x3000000
	.long	0
	.long	3
	.long	83
	.long	3
	.long	0                               # BTF_KIND_PTR(id = 213)
	.long	33554432                        # 0x2000000
	.long	369
	.long	6190                            # BTF_KIND_STRUCT(id = 214)
	.long	67108867                        # 0x4000003
	.long	48
	.long	6211
	.long	215
	.long	0                               # 0x0
	.long	6216
	.long	72
	.long	320                             # 0x140
	.long	6231
	.long	72
	.long	328                             # 0x148
	.long	6240                            # BTF_KIND_STRUCT(id = 215)
	.long	67108866                        # 0x4000002
	.long	40
	.long	4740
	.long	81
	.long	0                               # 0x0
	.long	6266
	.long	72
	.long	256                             # 0x100
	.long	0                               # BTF_KIND_PTR(id = 216)
	.long	33554432                        # 0x2000000
	.long	376
	.long	6281                            # BTF_KIND_STRUCT(id = 217)
	.long	67108867                        # 0x4000003
	.long	16
	.long	6291
	.long	218
	.long	0                               # 0x0
	.long	5940
	.long	20
	.long	64                              # 0x40
	.long	6296
	.long	20
	.long	96                              # 0x60
	.long	0                               # BTF_KIND_PTR(id = 218)
	.long	33554432                        # 0x2000000
	.long	345
	.long	0                               # BTF_KIND_PTR(id = 219)
	.long	33554432                        # 0x2000000
	.long	370
	.long	0                               # BTF_KIND_PTR(id = 220)
	.long	33554432                        # 0x2000000
	.long	357
	.long	0                               # BTF_KIND_PTR(id = 221)
	.long	33554432                        # 0x2000000
	.long	356
	.long	0                               # BTF_KIND_PTR(id = 222)
	.long	33554432                        # 0x2000000
	.long	380
	.long	0                               # BTF_KIND_PTR(id = 223)
	.long	33554432                        # 0x2000000
	.long	371
	.long	3335                            # BTF_KIND_STRUCT(id = 224)
	.long	67108864                        # 0x4000000
	.long	0
	.long	6301                            # BTF_KIND_STRUCT(id = 225)
	.long	67108868                        # 0x4000004
	.long	40
	.long	6312
	.long	111
	.long	0                               # 0x0
	.long	4575
	.long	3
	.long	128                             # 0x80
	.long	4516
	.long	226
	.long	192                             # 0xc0
	.long	71
	.long	19
	.long	256                             # 0x100
	.long	0                               # BTF_KIND_PTR(id = 226)
	.long	33554432                        # 0x2000000
	.long	227
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 227)
	.long	218103809                       # 0xd000001
	.long	0
	.long	0
	.long	228
	.long	0                               # BTF_KIND_PTR(id = 228)
	.long	33554432                        # 0x2000000
	.long	225
	.long	0                               # BTF_KIND_PTR(id = 229)
	.long	33554432                        # 0x2000000
	.long	350
	.long	0                               # BTF_KIND_PTR(id = 230)
	.long	33554432                        # 0x2000000
	.long	358
	.long	0                               # BTF_KIND_PTR(id = 231)
	.long	33554432                        # 0x2000000
	.long	372
	.long	0                               # BTF_KIND_PTR(id = 232)
	.long	33554432                        # 0x2000000
	.long	373
	.long	6318                            # BTF_KIND_STRUCT(id = 233)
	.long	67108868                        # 0x4000004
	.long	40
	.long	6335
	.long	3
	.long	0                               # 0x0
	.long	6347
	.long	234
	.long	64                              # 0x40
	.long	5369
	.long	68
	.long	128                             # 0x80
	.long	6353
	.long	235
	.long	256                             # 0x100
	.long	0                               # BTF_KIND_PTR(id = 234)
	.long	33554432                        # 0x2000000
	.long	374
	.long	6356                            # BTF_KIND_UNION(id = 235)
	.long	83886082                        # 0x5000002
	.long	8
	.long	0
	.long	236
	.long	0                               # 0x0
	.long	6353
	.long	8
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_STRUCT(id = 236)
	.long	67108866                        # 0x4000002
	.long	8
	.long	3553
	.long	19
	.long	0                               # 0x0
	.long	6371
	.long	19
	.long	32                              # 0x20
	.long	6375                            # BTF_KIND_STRUCT(id = 237)
	.long	2214592530                      # 0x84000012
	.long	152
	.long	6389
	.long	239
	.long	0                               # 0x0
	.long	77
	.long	3
	.long	192                             # 0xc0
	.long	6399
	.long	7
	.long	256                             # 0x100
	.long	6402
	.long	7
	.long	272                             # 0x110
	.long	6405
	.long	7
	.long	288                             # 0x120
	.long	6413
	.long	7
	.long	304                             # 0x130
	.long	6421
	.long	3
	.long	320                             # 0x140
	.long	6428
	.long	3
	.long	384                             # 0x180
	.long	6435
	.long	325
	.long	448                             # 0x1c0
	.long	6446
	.long	3
	.long	704                             # 0x2c0
	.long	6458
	.long	3
	.long	768                             # 0x300
	.long	6469
	.long	3
	.long	832                             # 0x340
	.long	6473
	.long	3
	.long	896                             # 0x380
	.long	6481
	.long	3
	.long	960                             # 0x3c0
	.long	6492
	.long	326
	.long	1024                            # 0x400
	.long	6502
	.long	3
	.long	1088                            # 0x440
	.long	6512
	.long	21
	.long	16778368                        # 0x1000480
	.long	6522
	.long	19
	.long	1184                            # 0x4a0
	.long	6527                            # BTF_KIND_STRUCT(id = 238)
	.long	2214592525                      # 0x8400000d
	.long	8
	.long	6539
	.long	5
	.long	0                               # 0x0
	.long	6546
	.long	5
	.long	16                              # 0x10
	.long	6552
	.long	5
	.long	134217760                       # 0x8000020
	.long	208
	.long	5
	.long	67108904                        # 0x4000028
	.long	4787
	.long	5
	.long	16777260                        # 0x100002c
	.long	6558
	.long	5
	.long	33554477                        # 0x200002d
	.long	6562
	.long	5
	.long	16777263                        # 0x100002f
	.long	6564
	.long	5
	.long	67108912                        # 0x4000030
	.long	6571
	.long	5
	.long	16777268                        # 0x1000034
	.long	6575
	.long	5
	.long	16777269                        # 0x1000035
	.long	6577
	.long	5
	.long	16777270                        # 0x1000036
	.long	6579
	.long	5
	.long	16777271                        # 0x1000037
	.long	6581
	.long	5
	.long	134217784                       # 0x8000038
	.long	0                               # BTF_KIND_ARRAY(id = 239)
	.long	50331648                        # 0x3000000
	.long	0
	.long	238
	.long	83
	.long	3
	.long	0                               # BTF_KIND_PTR(id = 240)
	.long	33554432                        # 0x2000000
	.long	241
	.long	6587                            # BTF_KIND_STRUCT(id = 241)
	.long	67108943                        # 0x400004f
	.long	1352
	.long	6598
	.long	36
	.long	0                               # 0x0
	.long	6610
	.long	36
	.long	128                             # 0x80
	.long	6623
	.long	36
	.long	256                             # 0x100
	.long	3763
	.long	34
	.long	384                             # 0x180
	.long	6635
	.long	8
	.long	576                             # 0x240
	.long	6647
	.long	36
	.long	640                             # 0x280
	.long	6661
	.long	111
	.long	768                             # 0x300
	.long	6673
	.long	36
	.long	896                             # 0x380
	.long	6686
	.long	15
	.long	1024                            # 0x400
	.long	6698
	.long	15
	.long	1056                            # 0x420
	.long	6709
	.long	15
	.long	1088                            # 0x440
	.long	6720
	.long	21
	.long	1120                            # 0x460
	.long	1693
	.long	240
	.long	1152                            # 0x480
	.long	6737
	.long	242
	.long	1216                            # 0x4c0
	.long	6741
	.long	22
	.long	1280                            # 0x500
	.long	4530
	.long	243
	.long	1344                            # 0x540
	.long	6753
	.long	21
	.long	1376                            # 0x560
	.long	6766
	.long	244
	.long	1408                            # 0x580
	.long	6772
	.long	133
	.long	1472                            # 0x5c0
	.long	6784
	.long	8
	.long	1536                            # 0x600
	.long	6803
	.long	8
	.long	1600                            # 0x640
	.long	6822
	.long	8
	.long	1664                            # 0x680
	.long	6829
	.long	248
	.long	1728                            # 0x6c0
	.long	6834
	.long	5
	.long	2816                            # 0xb00
	.long	6846
	.long	5
	.long	2832                            # 0xb10
	.long	6861
	.long	5
	.long	2848                            # 0xb20
	.long	6871
	.long	256
	.long	2880                            # 0xb40
	.long	239
	.long	206
	.long	4544                            # 0x11c0
	.long	6874
	.long	274
	.long	4608                            # 0x1200
	.long	6882
	.long	132
	.long	4672                            # 0x1240
	.long	6891
	.long	133
	.long	4736                            # 0x1280
	.long	6916
	.long	133
	.long	4800                            # 0x12c0
	.long	6941
	.long	131
	.long	4864                            # 0x1300
	.long	6953
	.long	36
	.long	5120                            # 0x1400
	.long	1669
	.long	240
	.long	5248                            # 0x1480
	.long	6964
	.long	15
	.long	5312                            # 0x14c0
	.long	3553
	.long	15
	.long	5344                            # 0x14e0
	.long	6970
	.long	36
	.long	5376                            # 0x1500
	.long	5390
	.long	31
	.long	5504                            # 0x1580
	.long	6982
	.long	58
	.long	5568                            # 0x15c0
	.long	6994
	.long	131
	.long	5632                            # 0x1600
	.long	7005
	.long	23
	.long	5888                            # 0x1700
	.long	7016
	.long	275
	.long	5952                            # 0x1740
	.long	7019
	.long	36
	.long	6016                            # 0x1780
	.long	7028
	.long	3
	.long	6144                            # 0x1800
	.long	7040
	.long	15
	.long	6208                            # 0x1840
	.long	7052
	.long	276
	.long	6272                            # 0x1880
	.long	7058
	.long	278
	.long	6464                            # 0x1940
	.long	7065
	.long	21
	.long	6528                            # 0x1980
	.long	7080
	.long	21
	.long	6560                            # 0x19a0
	.long	7093
	.long	21
	.long	6592                            # 0x19c0
	.long	7109
	.long	3
	.long	6656                            # 0x1a00
	.long	7122
	.long	279
	.long	6720                            # 0x1a40
	.long	7134
	.long	279
	.long	6976                            # 0x1b40
	.long	7154
	.long	68
	.long	7232                            # 0x1c40
	.long	7167
	.long	21
	.long	7360                            # 0x1cc0
	.long	7180
	.long	25
	.long	7392                            # 0x1ce0
	.long	7192
	.long	284
	.long	7424                            # 0x1d00
	.long	7205
	.long	285
	.long	7616                            # 0x1dc0
	.long	7224
	.long	3
	.long	7680                            # 0x1e00
	.long	7241
	.long	240
	.long	7744                            # 0x1e40
	.long	7251
	.long	286
	.long	7808                            # 0x1e80
	.long	4666
	.long	68
	.long	7872                            # 0x1ec0
	.long	7259
	.long	288
	.long	8000                            # 0x1f40
	.long	6353
	.long	8
	.long	8064                            # 0x1f80
	.long	7262
	.long	133
	.long	8128                            # 0x1fc0
	.long	7275
	.long	289
	.long	8192                            # 0x2000
	.long	7281
	.long	291
	.long	8256                            # 0x2040
	.long	7298
	.long	22
	.long	8320                            # 0x2080
	.long	7323
	.long	307
	.long	8384                            # 0x20c0
	.long	7328
	.long	8
	.long	8448                            # 0x2100
	.long	7339
	.long	308
	.long	8512                            # 0x2140
	.long	5902
	.long	309
	.long	8576                            # 0x2180
	.long	7348
	.long	310
	.long	8640                            # 0x21c0
	.long	7359
	.long	324
	.long	10368                           # 0x2880
	.long	3440
	.long	22
	.long	10432                           # 0x28c0
	.long	7364
	.long	36
	.long	10496                           # 0x2900
	.long	7372
	.long	36
	.long	10624                           # 0x2980
	.long	7381
	.long	19
	.long	10752                           # 0x2a00
	.long	0                               # BTF_KIND_PTR(id = 242)
	.long	33554432                        # 0x2000000
	.long	385
	.long	7391                            # BTF_KIND_ENUM(id = 243)
	.long	2248146951                      # 0x86000007
	.long	4
	.long	7408
	.long	-5
	.long	7430
	.long	-4
	.long	7455
	.long	-3
	.long	7477
	.long	-2
	.long	7500
	.long	-1
	.long	7521
	.long	0
	.long	7547
	.long	1
	.long	7571                            # BTF_KIND_TYPEDEF(id = 244)
	.long	134217728                       # 0x8000000
	.long	245
	.long	0                               # BTF_KIND_STRUCT(id = 245)
	.long	67108865                        # 0x4000001
	.long	8
	.long	7581
	.long	246
	.long	0                               # 0x0
	.long	7583                            # BTF_KIND_TYPEDEF(id = 246)
	.long	134217728                       # 0x8000000
	.long	247
	.long	0                               # BTF_KIND_STRUCT(id = 247)
	.long	67108865                        # 0x4000001
	.long	8
	.long	7581
	.long	132
	.long	0                               # 0x0
	.long	7591                            # BTF_KIND_STRUCT(id = 248)
	.long	2214592572                      # 0x8400003c
	.long	136
	.long	208
	.long	20
	.long	0                               # 0x0
	.long	6296
	.long	20
	.long	32                              # 0x20
	.long	7607
	.long	9
	.long	64                              # 0x40
	.long	0
	.long	249
	.long	128                             # 0x80
	.long	7614
	.long	9
	.long	192                             # 0xc0
	.long	7626
	.long	9
	.long	256                             # 0x100
	.long	7638
	.long	9
	.long	16777536                        # 0x1000140
	.long	7647
	.long	9
	.long	16777537                        # 0x1000141
	.long	7655
	.long	9
	.long	16777538                        # 0x1000142
	.long	7662
	.long	9
	.long	16777539                        # 0x1000143
	.long	7672
	.long	9
	.long	16777540                        # 0x1000144
	.long	7685
	.long	9
	.long	16777541                        # 0x1000145
	.long	7700
	.long	9
	.long	16777542                        # 0x1000146
	.long	7711
	.long	9
	.long	16777543                        # 0x1000147
	.long	7724
	.long	9
	.long	16777544                        # 0x1000148
	.long	1988
	.long	9
	.long	16777545                        # 0x1000149
	.long	7729
	.long	9
	.long	16777546                        # 0x100014a
	.long	7734
	.long	9
	.long	16777547                        # 0x100014b
	.long	7747
	.long	9
	.long	16777548                        # 0x100014c
	.long	7762
	.long	9
	.long	16777549                        # 0x100014d
	.long	7767
	.long	9
	.long	16777550                        # 0x100014e
	.long	7777
	.long	9
	.long	33554767                        # 0x200014f
	.long	7788
	.long	9
	.long	16777553                        # 0x1000151
	.long	7798
	.long	9
	.long	16777554                        # 0x1000152
	.long	7812
	.long	9
	.long	16777555                        # 0x1000153
	.long	7825
	.long	9
	.long	16777556                        # 0x1000154
	.long	7839
	.long	9
	.long	16777557                        # 0x1000155
	.long	7864
	.long	9
	.long	16777558                        # 0x1000156
	.long	7887
	.long	9
	.long	16777559                        # 0x1000157
	.long	7893
	.long	9
	.long	16777560                        # 0x1000158
	.long	7903
	.long	9
	.long	16777561                        # 0x1000159
	.long	7915
	.long	9
	.long	16777562                        # 0x100015a
	.long	7930
	.long	9
	.long	16777563                        # 0x100015b
	.long	7945
	.long	9
	.long	16777564                        # 0x100015c
	.long	7956
	.long	9
	.long	16777565                        # 0x100015d
	.long	7964
	.long	9
	.long	16777566                        # 0x100015e
	.long	7974
	.long	9
	.long	16777567                        # 0x100015f
	.long	7985
	.long	9
	.long	16777568                        # 0x1000160
	.long	7992
	.long	9
	.long	16777569                        # 0x1000161
	.long	8002
	.long	9
	.long	16777570                        # 0x1000162
	.long	8011
	.long	9
	.long	16777571                        # 0x1000163
	.long	8026
	.long	9
	.long	16777572                        # 0x1000164
	.long	8041
	.long	9
	.long	16777573                        # 0x1000165
	.long	8049
	.long	9
	.long	436207974                       # 0x1a000166
	.long	0
	.long	250
	.long	384                             # 0x180
	.long	8062
	.long	20
	.long	416                             # 0x1a0
	.long	0
	.long	251
	.long	448                             # 0x1c0
	.long	0
	.long	252
	.long	512                             # 0x200
	.long	8070
	.long	9
	.long	576                             # 0x240
	.long	8089
	.long	9
	.long	640                             # 0x280
	.long	8106
	.long	20
	.long	704                             # 0x2c0
	.long	4983
	.long	253
	.long	736                             # 0x2e0
	.long	8124
	.long	9
	.long	768                             # 0x300
	.long	8141
	.long	20
	.long	832                             # 0x340
	.long	8155
	.long	6
	.long	864                             # 0x360
	.long	8172
	.long	6
	.long	880                             # 0x370
	.long	8185
	.long	20
	.long	896                             # 0x380
	.long	0
	.long	254
	.long	928                             # 0x3a0
	.long	8201
	.long	9
	.long	960                             # 0x3c0
	.long	8210
	.long	9
	.long	1024                            # 0x400
	.long	0                               # BTF_KIND_UNION(id = 249)
	.long	83886082                        # 0x5000002
	.long	8
	.long	8218
	.long	9
	.long	0                               # 0x0
	.long	8232
	.long	9
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_UNION(id = 250)
	.long	83886082                        # 0x5000002
	.long	4
	.long	8244
	.long	20
	.long	0                               # 0x0
	.long	8258
	.long	20
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_UNION(id = 251)
	.long	83886084                        # 0x5000004
	.long	8
	.long	8275
	.long	9
	.long	0                               # 0x0
	.long	8283
	.long	9
	.long	0                               # 0x0
	.long	8295
	.long	9
	.long	0                               # 0x0
	.long	8307
	.long	9
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_UNION(id = 252)
	.long	83886084                        # 0x5000004
	.long	8
	.long	8315
	.long	9
	.long	0                               # 0x0
	.long	8322
	.long	9
	.long	0                               # 0x0
	.long	8334
	.long	9
	.long	0                               # 0x0
	.long	8347
	.long	9
	.long	0                               # 0x0
	.long	8355                            # BTF_KIND_TYPEDEF(id = 253)
	.long	134217728                       # 0x8000000
	.long	15
	.long	0                               # BTF_KIND_UNION(id = 254)
	.long	83886082                        # 0x5000002
	.long	4
	.long	8361
	.long	20
	.long	0                               # 0x0
	.long	0
	.long	255
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_STRUCT(id = 255)
	.long	2214592516                      # 0x84000004
	.long	4
	.long	8372
	.long	20
	.long	16777216                        # 0x1000000
	.long	8389
	.long	20
	.long	16777217                        # 0x1000001
	.long	8399
	.long	20
	.long	16777218                        # 0x1000002
	.long	8410
	.long	20
	.long	486539267                       # 0x1d000003
	.long	8423                            # BTF_KIND_STRUCT(id = 256)
	.long	67108876                        # 0x400000c
	.long	208
	.long	0
	.long	257
	.long	0                               # 0x0
	.long	8437
	.long	31
	.long	896                             # 0x380
	.long	7192
	.long	22
	.long	960                             # 0x3c0
	.long	7224
	.long	3
	.long	1024                            # 0x400
	.long	4530
	.long	15
	.long	1088                            # 0x440
	.long	8444
	.long	244
	.long	1152                            # 0x480
	.long	8218
	.long	8
	.long	1216                            # 0x4c0
	.long	0
	.long	271
	.long	1280                            # 0x500
	.long	8455
	.long	8
	.long	1408                            # 0x580
	.long	8470
	.long	8
	.long	1472                            # 0x5c0
	.long	8481
	.long	8
	.long	1536                            # 0x600
	.long	8497
	.long	8
	.long	1600                            # 0x640
	.long	0                               # BTF_KIND_UNION(id = 257)
	.long	83886087                        # 0x5000007
	.long	112
	.long	0
	.long	258
	.long	0                               # 0x0
	.long	0
	.long	260
	.long	0                               # 0x0
	.long	0
	.long	261
	.long	0                               # 0x0
	.long	0
	.long	262
	.long	0                               # 0x0
	.long	0
	.long	263
	.long	0                               # 0x0
	.long	0
	.long	264
	.long	0                               # 0x0
	.long	0
	.long	270
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_STRUCT(id = 258)
	.long	67108876                        # 0x400000c
	.long	112
	.long	7607
	.long	8
	.long	0                               # 0x0
	.long	8307
	.long	8
	.long	64                              # 0x40
	.long	8514
	.long	8
	.long	128                             # 0x80
	.long	8523
	.long	8
	.long	192                             # 0xc0
	.long	8538
	.long	3
	.long	256                             # 0x100
	.long	8550
	.long	3
	.long	320                             # 0x140
	.long	8561
	.long	15
	.long	384                             # 0x180
	.long	8578
	.long	15
	.long	416                             # 0x1a0
	.long	8582
	.long	15
	.long	448                             # 0x1c0
	.long	71
	.long	15
	.long	480                             # 0x1e0
	.long	8591
	.long	259
	.long	512                             # 0x200
	.long	8601
	.long	259
	.long	704                             # 0x2c0
	.long	8612                            # BTF_KIND_STRUCT(id = 259)
	.long	67108868                        # 0x4000004
	.long	24
	.long	7607
	.long	8
	.long	0                               # 0x0
	.long	8632
	.long	21
	.long	64                              # 0x40
	.long	8636
	.long	15
	.long	96                              # 0x60
	.long	8578
	.long	15
	.long	128                             # 0x80
	.long	0                               # BTF_KIND_STRUCT(id = 260)
	.long	67108866                        # 0x4000002
	.long	16
	.long	8642
	.long	8
	.long	0                               # 0x0
	.long	8653
	.long	21
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_STRUCT(id = 261)
	.long	67108865                        # 0x4000001
	.long	64
	.long	4490
	.long	50
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_STRUCT(id = 262)
	.long	67108865                        # 0x4000001
	.long	16
	.long	8664
	.long	36
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_STRUCT(id = 263)
	.long	67108866                        # 0x4000002
	.long	16
	.long	8672
	.long	8
	.long	0                               # 0x0
	.long	8680
	.long	8
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_STRUCT(id = 264)
	.long	67108866                        # 0x4000002
	.long	40
	.long	8685
	.long	265
	.long	0                               # 0x0
	.long	8690
	.long	266
	.long	192                             # 0xc0
	.long	8698                            # BTF_KIND_STRUCT(id = 265)
	.long	67108868                        # 0x4000004
	.long	24
	.long	8717
	.long	3
	.long	0                               # 0x0
	.long	8725
	.long	3
	.long	64                              # 0x40
	.long	5947
	.long	58
	.long	128                             # 0x80
	.long	208
	.long	58
	.long	136                             # 0x88
	.long	8730                            # BTF_KIND_STRUCT(id = 266)
	.long	67108866                        # 0x4000002
	.long	16
	.long	8742
	.long	267
	.long	0                               # 0x0
	.long	3673
	.long	269
	.long	64                              # 0x40
	.long	8748                            # BTF_KIND_STRUCT(id = 267)
	.long	67108865                        # 0x4000001
	.long	8
	.long	3673
	.long	268
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 268)
	.long	33554432                        # 0x2000000
	.long	267
	.long	0                               # BTF_KIND_PTR(id = 269)
	.long	33554432                        # 0x2000000
	.long	266
	.long	0                               # BTF_KIND_STRUCT(id = 270)
	.long	67108869                        # 0x4000005
	.long	24
	.long	8759
	.long	58
	.long	0                               # 0x0
	.long	8770
	.long	58
	.long	8                               # 0x8
	.long	8781
	.long	5
	.long	16                              # 0x10
	.long	8789
	.long	8
	.long	64                              # 0x40
	.long	8794
	.long	8
	.long	128                             # 0x80
	.long	0                               # BTF_KIND_UNION(id = 271)
	.long	83886082                        # 0x5000002
	.long	16
	.long	0
	.long	272
	.long	0                               # 0x0
	.long	0
	.long	273
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_STRUCT(id = 272)
	.long	67108866                        # 0x4000002
	.long	16
	.long	8800
	.long	8
	.long	0                               # 0x0
	.long	8812
	.long	244
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_STRUCT(id = 273)
	.long	67108866                        # 0x4000002
	.long	16
	.long	8824
	.long	8
	.long	0                               # 0x0
	.long	8837
	.long	8
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_PTR(id = 274)
	.long	33554432                        # 0x2000000
	.long	386
	.long	0                               # BTF_KIND_PTR(id = 275)
	.long	33554432                        # 0x2000000
	.long	388
	.long	8849                            # BTF_KIND_TYPEDEF(id = 276)
	.long	134217728                       # 0x8000000
	.long	277
	.long	8867                            # BTF_KIND_STRUCT(id = 277)
	.long	67108866                        # 0x4000002
	.long	24
	.long	5154
	.long	179
	.long	0                               # 0x0
	.long	8883
	.long	36
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_PTR(id = 278)
	.long	33554432                        # 0x2000000
	.long	377
	.long	8888                            # BTF_KIND_STRUCT(id = 279)
	.long	67108867                        # 0x4000003
	.long	32
	.long	4498
	.long	27
	.long	0                               # 0x0
	.long	4680
	.long	280
	.long	128                             # 0x80
	.long	8897
	.long	283
	.long	192                             # 0xc0
	.long	0                               # BTF_KIND_PTR(id = 280)
	.long	33554432                        # 0x2000000
	.long	281
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 281)
	.long	218103809                       # 0xd000001
	.long	0
	.long	0
	.long	282
	.long	0                               # BTF_KIND_PTR(id = 282)
	.long	33554432                        # 0x2000000
	.long	279
	.long	8905                            # BTF_KIND_STRUCT(id = 283)
	.long	67108865                        # 0x4000001
	.long	8
	.long	7762
	.long	31
	.long	0                               # 0x0
	.long	8913                            # BTF_KIND_STRUCT(id = 284)
	.long	67108867                        # 0x4000003
	.long	24
	.long	5839
	.long	36
	.long	0                               # 0x0
	.long	5154
	.long	117
	.long	128                             # 0x80
	.long	8936
	.long	21
	.long	160                             # 0xa0
	.long	0                               # BTF_KIND_PTR(id = 285)
	.long	33554432                        # 0x2000000
	.long	389
	.long	0                               # BTF_KIND_PTR(id = 286)
	.long	33554432                        # 0x2000000
	.long	287
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 287)
	.long	218103809                       # 0xd000001
	.long	0
	.long	0
	.long	240
	.long	0                               # BTF_KIND_PTR(id = 288)
	.long	33554432                        # 0x2000000
	.long	344
	.long	0                               # BTF_KIND_PTR(id = 289)
	.long	33554432                        # 0x2000000
	.long	290
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 290)
	.long	218103808                       # 0xd000000
	.long	8
	.long	8952                            # BTF_KIND_TYPEDEF(id = 291)
	.long	134217728                       # 0x8000000
	.long	292
	.long	0                               # BTF_KIND_PTR(id = 292)
	.long	33554432                        # 0x2000000
	.long	293
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 293)
	.long	218103811                       # 0xd000003
	.long	0
	.long	0
	.long	240
	.long	0
	.long	294
	.long	0
	.long	1
	.long	0                               # BTF_KIND_PTR(id = 294)
	.long	33554432                        # 0x2000000
	.long	295
	.long	8976                            # BTF_KIND_STRUCT(id = 295)
	.long	67108890                        # 0x400001a
	.long	256
	.long	8993
	.long	8
	.long	0                               # 0x0
	.long	9006
	.long	8
	.long	64                              # 0x40
	.long	9013
	.long	8
	.long	128                             # 0x80
	.long	208
	.long	8
	.long	192                             # 0xc0
	.long	9022
	.long	296
	.long	256                             # 0x100
	.long	4971
	.long	8
	.long	320                             # 0x140
	.long	6353
	.long	8
	.long	384                             # 0x180
	.long	9032
	.long	297
	.long	448                             # 0x1c0
	.long	68
	.long	8
	.long	512                             # 0x200
	.long	9042
	.long	298
	.long	576                             # 0x240
	.long	9052
	.long	299
	.long	640                             # 0x280
	.long	9056
	.long	300
	.long	704                             # 0x2c0
	.long	9065
	.long	301
	.long	768                             # 0x300
	.long	3943
	.long	302
	.long	832                             # 0x340
	.long	9079
	.long	304
	.long	896                             # 0x380
	.long	9088
	.long	8
	.long	960                             # 0x3c0
	.long	9092
	.long	306
	.long	1024                            # 0x400
	.long	9102
	.long	306
	.long	1152                            # 0x480
	.long	9112
	.long	8
	.long	1280                            # 0x500
	.long	9128
	.long	8
	.long	1344                            # 0x540
	.long	7985
	.long	8
	.long	1408                            # 0x580
	.long	9138
	.long	8
	.long	1472                            # 0x5c0
	.long	9143
	.long	8
	.long	1536                            # 0x600
	.long	9153
	.long	8
	.long	1600                            # 0x640
	.long	9168
	.long	8
	.long	1664                            # 0x680
	.long	9183
	.long	8
	.long	1728                            # 0x6c0
	.long	0                               # BTF_KIND_STRUCT(id = 296)
	.long	67108866                        # 0x4000002
	.long	8
	.long	1635
	.long	19
	.long	0                               # 0x0
	.long	9192
	.long	19
	.long	32                              # 0x20
	.long	0                               # BTF_KIND_STRUCT(id = 297)
	.long	67108866                        # 0x4000002
	.long	8
	.long	3553
	.long	19
	.long	0                               # 0x0
	.long	9196
	.long	19
	.long	32                              # 0x20
	.long	0                               # BTF_KIND_PTR(id = 298)
	.long	33554432                        # 0x2000000
	.long	390
	.long	0                               # BTF_KIND_PTR(id = 299)
	.long	33554432                        # 0x2000000
	.long	391
	.long	0                               # BTF_KIND_PTR(id = 300)
	.long	33554432                        # 0x2000000
	.long	392
	.long	0                               # BTF_KIND_PTR(id = 301)
	.long	33554432                        # 0x2000000
	.long	8
	.long	9205                            # BTF_KIND_UNION(id = 302)
	.long	83886082                        # 0x5000002
	.long	8
	.long	9224
	.long	9
	.long	0                               # 0x0
	.long	0
	.long	303
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_STRUCT(id = 303)
	.long	67108867                        # 0x4000003
	.long	8
	.long	9229
	.long	20
	.long	0                               # 0x0
	.long	9237
	.long	6
	.long	32                              # 0x20
	.long	9244
	.long	6
	.long	48                              # 0x30
	.long	9251                            # BTF_KIND_UNION(id = 304)
	.long	83886082                        # 0x5000002
	.long	8
	.long	4960
	.long	9
	.long	0                               # 0x0
	.long	0
	.long	305
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_STRUCT(id = 305)
	.long	2214592523                      # 0x8400000b
	.long	8
	.long	9269
	.long	9
	.long	83886080                        # 0x5000000
	.long	9276
	.long	9
	.long	234881029                       # 0xe000005
	.long	9284
	.long	9
	.long	83886099                        # 0x5000013
	.long	9294
	.long	9
	.long	33554456                        # 0x2000018
	.long	9303
	.long	9
	.long	117440538                       # 0x700001a
	.long	9312
	.long	9
	.long	67108897                        # 0x4000021
	.long	9324
	.long	9
	.long	16777253                        # 0x1000025
	.long	9335
	.long	9
	.long	33554470                        # 0x2000026
	.long	9346
	.long	9
	.long	50331688                        # 0x3000028
	.long	9354
	.long	9
	.long	50331691                        # 0x300002b
	.long	9363
	.long	9
	.long	301989934                       # 0x1200002e
	.long	9372                            # BTF_KIND_STRUCT(id = 306)
	.long	67108866                        # 0x4000002
	.long	16
	.long	9382
	.long	9
	.long	0                               # 0x0
	.long	9386
	.long	1
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_PTR(id = 307)
	.long	33554432                        # 0x2000000
	.long	351
	.long	0                               # BTF_KIND_PTR(id = 308)
	.long	33554432                        # 0x2000000
	.long	383
	.long	0                               # BTF_KIND_PTR(id = 309)
	.long	33554432                        # 0x2000000
	.long	384
	.long	7348                            # BTF_KIND_STRUCT(id = 310)
	.long	67108879                        # 0x400000f
	.long	216
	.long	4680
	.long	311
	.long	0                               # 0x0
	.long	3673
	.long	314
	.long	64                              # 0x40
	.long	71
	.long	3
	.long	128                             # 0x80
	.long	9391
	.long	22
	.long	192                             # 0xc0
	.long	9399
	.long	311
	.long	256                             # 0x100
	.long	9410
	.long	317
	.long	320                             # 0x140
	.long	9421
	.long	319
	.long	704                             # 0x2c0
	.long	9431
	.long	317
	.long	768                             # 0x300
	.long	9440
	.long	3
	.long	1152                            # 0x480
	.long	9451
	.long	3
	.long	1216                            # 0x4c0
	.long	5839
	.long	36
	.long	1280                            # 0x500
	.long	9467
	.long	36
	.long	1408                            # 0x580
	.long	9478
	.long	320
	.long	1536                            # 0x600
	.long	9487
	.long	314
	.long	1600                            # 0x640
	.long	9495
	.long	3
	.long	1664                            # 0x680
	.long	9507                            # BTF_KIND_TYPEDEF(id = 311)
	.long	134217728                       # 0x8000000
	.long	312
	.long	0                               # BTF_KIND_PTR(id = 312)
	.long	33554432                        # 0x2000000
	.long	313
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 313)
	.long	218103812                       # 0xd000004
	.long	0
	.long	0
	.long	3
	.long	0
	.long	3
	.long	0
	.long	314
	.long	0
	.long	315
	.long	0                               # BTF_KIND_PTR(id = 314)
	.long	33554432                        # 0x2000000
	.long	310
	.long	0                               # BTF_KIND_PTR(id = 315)
	.long	33554432                        # 0x2000000
	.long	316
	.long	9521                            # BTF_KIND_STRUCT(id = 316)
	.long	67108864                        # 0x4000000
	.long	0
	.long	9533                            # BTF_KIND_STRUCT(id = 317)
	.long	67108867                        # 0x4000003
	.long	48
	.long	9549
	.long	318
	.long	0                               # 0x0
	.long	9562
	.long	318
	.long	64                              # 0x40
	.long	9574
	.long	131
	.long	128                             # 0x80
	.long	0                               # BTF_KIND_PTR(id = 318)
	.long	33554432                        # 0x2000000
	.long	359
	.long	0                               # BTF_KIND_PTR(id = 319)
	.long	33554432                        # 0x2000000
	.long	317
	.long	9585                            # BTF_KIND_TYPEDEF(id = 320)
	.long	134217728                       # 0x8000000
	.long	321
	.long	0                               # BTF_KIND_PTR(id = 321)
	.long	33554432                        # 0x2000000
	.long	322
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 322)
	.long	218103810                       # 0xd000002
	.long	15
	.long	0
	.long	314
	.long	0
	.long	323
	.long	9603                            # BTF_KIND_ENUM(id = 323)
	.long	100663299                       # 0x6000003
	.long	4
	.long	9618
	.long	0
	.long	9660
	.long	1
	.long	9702
	.long	2
	.long	0                               # BTF_KIND_PTR(id = 324)
	.long	33554432                        # 0x2000000
	.long	393
	.long	0                               # BTF_KIND_ARRAY(id = 325)
	.long	50331648                        # 0x3000000
	.long	0
	.long	240
	.long	83
	.long	4
	.long	0                               # BTF_KIND_PTR(id = 326)
	.long	33554432                        # 0x2000000
	.long	375
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 327)
	.long	218103810                       # 0xd000002
	.long	22
	.long	0
	.long	328
	.long	0
	.long	19
	.long	0                               # BTF_KIND_PTR(id = 328)
	.long	33554432                        # 0x2000000
	.long	329
	.long	0                               # BTF_KIND_CONST(id = 329)
	.long	167772160                       # 0xa000000
	.long	0
	.long	9747                            # BTF_KIND_FUNC(id = 330)
	.long	201326594                       # 0xc000002
	.long	327
	.long	0                               # BTF_KIND_ARRAY(id = 331)
	.long	50331648                        # 0x3000000
	.long	0
	.long	155
	.long	83
	.long	4
	.long	9791                            # BTF_KIND_VAR(id = 332)
	.long	234881024                       # 0xe000000
	.long	331
	.long	1
	.long	9799                            # BTF_KIND_DATASEC(id = 333)
	.long	251658241                       # 0xf000001
	.long	0
	.long	330
	.long	bpf_rdonly_cast
	.long	0
	.long	9806                            # BTF_KIND_DATASEC(id = 334)
	.long	251658241                       # 0xf000001
	.long	0
	.long	332
	.long	LICENSE
	.long	4
	.long	4464                            # BTF_KIND_FWD(id = 335)
	.long	117440512                       # 0x7000000
	.long	0
	.long	9814                            # BTF_KIND_FWD(id = 336)
	.long	117440512                       # 0x7000000
	.long	0
	.long	3899                            # BTF_KIND_FWD(id = 337)
	.long	117440512                       # 0x7000000
	.long	0
	.long	4249                            # BTF_KIND_FWD(id = 338)
	.long	117440512                       # 0x7000000
	.long	0
	.long	9825                            # BTF_KIND_FWD(id = 339)
	.long	117440512                       # 0x7000000
	.long	0
	.long	9839                            # BTF_KIND_FWD(id = 340)
	.long	117440512                       # 0x7000000
	.long	0
	.long	2072                            # BTF_KIND_FWD(id = 341)
	.long	117440512                       # 0x7000000
	.long	0
	.long	5672                            # BTF_KIND_FWD(id = 342)
	.long	117440512                       # 0x7000000
	.long	0
	.long	9854                            # BTF_KIND_FWD(id = 343)
	.long	117440512                       # 0x7000000
	.long	0
	.long	9865                            # BTF_KIND_FWD(id = 344)
	.long	117440512                       # 0x7000000
	.long	0
	.long	6291                            # BTF_KIND_FWD(id = 345)
	.long	117440512                       # 0x7000000
	.long	0
	.long	9879                            # BTF_KIND_FWD(id = 346)
	.long	117440512                       # 0x7000000
	.long	0
	.long	9898                            # BTF_KIND_FWD(id = 347)
	.long	117440512                       # 0x7000000
	.long	0
	.long	9908                            # BTF_KIND_FWD(id = 348)
	.long	117440512                       # 0x7000000
	.long	0
	.long	1635                            # BTF_KIND_FWD(id = 349)
	.long	117440512                       # 0x7000000
	.long	0
	.long	9912                            # BTF_KIND_FWD(id = 350)
	.long	117440512                       # 0x7000000
	.long	0
	.long	9922                            # BTF_KIND_FWD(id = 351)
	.long	117440512                       # 0x7000000
	.long	0
	.long	9931                            # BTF_KIND_FWD(id = 352)
	.long	117440512                       # 0x7000000
	.long	0
	.long	5680                            # BTF_KIND_FWD(id = 353)
	.long	117440512                       # 0x7000000
	.long	0
	.long	9943                            # BTF_KIND_FWD(id = 354)
	.long	117440512                       # 0x7000000
	.long	0
	.long	2740                            # BTF_KIND_FWD(id = 355)
	.long	117440512                       # 0x7000000
	.long	0
	.long	9958                            # BTF_KIND_FWD(id = 356)
	.long	117440512                       # 0x7000000
	.long	0
	.long	9969                            # BTF_KIND_FWD(id = 357)
	.long	117440512                       # 0x7000000
	.long	0
	.long	9980                            # BTF_KIND_FWD(id = 358)
	.long	117440512                       # 0x7000000
	.long	0
	.long	9998                            # BTF_KIND_FWD(id = 359)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10010                           # BTF_KIND_FWD(id = 360)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10025                           # BTF_KIND_FWD(id = 361)
	.long	117440512                       # 0x7000000
	.long	0
	.long	2379                            # BTF_KIND_FWD(id = 362)
	.long	117440512                       # 0x7000000
	.long	0
	.long	2404                            # BTF_KIND_FWD(id = 363)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10041                           # BTF_KIND_FWD(id = 364)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10058                           # BTF_KIND_FWD(id = 365)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10082                           # BTF_KIND_FWD(id = 366)
	.long	117440512                       # 0x7000000
	.long	0
	.long	2726                            # BTF_KIND_FWD(id = 367)
	.long	117440512                       # 0x7000000
	.long	0
	.long	2941                            # BTF_KIND_FWD(id = 368)
	.long	117440512                       # 0x7000000
	.long	0
	.long	3023                            # BTF_KIND_FWD(id = 369)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10097                           # BTF_KIND_FWD(id = 370)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10113                           # BTF_KIND_FWD(id = 371)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10125                           # BTF_KIND_FWD(id = 372)
	.long	117440512                       # 0x7000000
	.long	0
	.long	3469                            # BTF_KIND_FWD(id = 373)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10137                           # BTF_KIND_FWD(id = 374)
	.long	117440512                       # 0x7000000
	.long	0
	.long	6492                            # BTF_KIND_FWD(id = 375)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10150                           # BTF_KIND_FWD(id = 376)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10166                           # BTF_KIND_FWD(id = 377)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10180                           # BTF_KIND_FWD(id = 378)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10188                           # BTF_KIND_FWD(id = 379)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10198                           # BTF_KIND_FWD(id = 380)
	.long	117440512                       # 0x7000000
	.long	0
	.long	2393                            # BTF_KIND_FWD(id = 381)
	.long	117440512                       # 0x7000000
	.long	0
	.long	2365                            # BTF_KIND_FWD(id = 382)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10206                           # BTF_KIND_FWD(id = 383)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10223                           # BTF_KIND_FWD(id = 384)
	.long	117440512                       # 0x7000000
	.long	0
	.long	6737                            # BTF_KIND_FWD(id = 385)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10236                           # BTF_KIND_FWD(id = 386)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10259                           # BTF_KIND_FWD(id = 387)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10278                           # BTF_KIND_FWD(id = 388)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10290                           # BTF_KIND_FWD(id = 389)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10313                           # BTF_KIND_FWD(id = 390)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10334                           # BTF_KIND_FWD(id = 391)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10350                           # BTF_KIND_FWD(id = 392)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10368                           # BTF_KIND_FWD(id = 393)
	.long	117440512                       # 0x7000000
	.long	0
	.long	602                             # BTF_KIND_FWD(id = 394)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10380                           # BTF_KIND_FWD(id = 395)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10389                           # BTF_KIND_FWD(id = 396)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10404                           # BTF_KIND_FWD(id = 397)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10422                           # BTF_KIND_FWD(id = 398)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10437                           # BTF_KIND_FWD(id = 399)
	.long	117440512                       # 0x7000000
	.long	0
	.long	1993                            # BTF_KIND_FWD(id = 400)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10444                           # BTF_KIND_FWD(id = 401)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10458                           # BTF_KIND_FWD(id = 402)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10471                           # BTF_KIND_FWD(id = 403)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10485                           # BTF_KIND_FWD(id = 404)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10494                           # BTF_KIND_FWD(id = 405)
	.long	117440512                       # 0x7000000
	.long	0
	.long	2184                            # BTF_KIND_FWD(id = 406)
	.long	117440512                       # 0x7000000
	.long	0
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
	.ascii	"live_core_type_id"             # string offset=247
	.byte	0
	.ascii	"kprobe/do_nanosleep"           # string offset=265
	.byte	0
	.ascii	"./live_core_type_id.bpf.c"     # string offset=285
	.byte	0
	.ascii	"\tstruct task_struct *task = bpf_rdonly_cast((void *)bpf_get_current_task()," # string offset=311
	.byte	0
	.ascii	"task_struct"                   # string offset=387
	.byte	0
	.ascii	"thread_info"                   # string offset=399
	.byte	0
	.ascii	"__state"                       # string offset=411
	.byte	0
	.ascii	"saved_state"                   # string offset=419
	.byte	0
	.ascii	"stack"                         # string offset=431
	.byte	0
	.ascii	"usage"                         # string offset=437
	.byte	0
	.ascii	"ptrace"                        # string offset=443
	.byte	0
	.ascii	"on_cpu"                        # string offset=450
	.byte	0
	.ascii	"wake_entry"                    # string offset=457
	.byte	0
	.ascii	"wakee_flips"                   # string offset=468
	.byte	0
	.ascii	"wakee_flip_decay_ts"           # string offset=480
	.byte	0
	.ascii	"last_wakee"                    # string offset=500
	.byte	0
	.ascii	"recent_used_cpu"               # string offset=511
	.byte	0
	.ascii	"wake_cpu"                      # string offset=527
	.byte	0
	.ascii	"on_rq"                         # string offset=536
	.byte	0
	.ascii	"prio"                          # string offset=542
	.byte	0
	.ascii	"static_prio"                   # string offset=547
	.byte	0
	.ascii	"normal_prio"                   # string offset=559
	.byte	0
	.ascii	"rt_priority"                   # string offset=571
	.byte	0
	.ascii	"se"                            # string offset=583
	.byte	0
	.ascii	"rt"                            # string offset=586
	.byte	0
	.ascii	"dl"                            # string offset=589
	.byte	0
	.ascii	"dl_server"                     # string offset=592
	.byte	0
	.ascii	"sched_class"                   # string offset=602
	.byte	0
	.ascii	"sched_task_group"              # string offset=614
	.byte	0
	.ascii	"sched_throttle_work"           # string offset=631
	.byte	0
	.ascii	"throttle_node"                 # string offset=651
	.byte	0
	.ascii	"throttled"                     # string offset=665
	.byte	0
	.ascii	"stats"                         # string offset=675
	.byte	0
	.ascii	"preempt_notifiers"             # string offset=681
	.byte	0
	.ascii	"btrace_seq"                    # string offset=699
	.byte	0
	.ascii	"policy"                        # string offset=710
	.byte	0
	.ascii	"max_allowed_capacity"          # string offset=717
	.byte	0
	.ascii	"nr_cpus_allowed"               # string offset=738
	.byte	0
	.ascii	"cpus_ptr"                      # string offset=754
	.byte	0
	.ascii	"user_cpus_ptr"                 # string offset=763
	.byte	0
	.ascii	"cpus_mask"                     # string offset=777
	.byte	0
	.ascii	"migration_pending"             # string offset=787
	.byte	0
	.ascii	"migration_disabled"            # string offset=805
	.byte	0
	.ascii	"migration_flags"               # string offset=824
	.byte	0
	.ascii	"rcu_read_lock_nesting"         # string offset=840
	.byte	0
	.ascii	"rcu_read_unlock_special"       # string offset=862
	.byte	0
	.ascii	"rcu_node_entry"                # string offset=886
	.byte	0
	.ascii	"rcu_blocked_node"              # string offset=901
	.byte	0
	.ascii	"rcu_tasks_nvcsw"               # string offset=918
	.byte	0
	.ascii	"rcu_tasks_holdout"             # string offset=934
	.byte	0
	.ascii	"rcu_tasks_idx"                 # string offset=952
	.byte	0
	.ascii	"rcu_tasks_idle_cpu"            # string offset=966
	.byte	0
	.ascii	"rcu_tasks_holdout_list"        # string offset=985
	.byte	0
	.ascii	"rcu_tasks_exit_cpu"            # string offset=1008
	.byte	0
	.ascii	"rcu_tasks_exit_list"           # string offset=1027
	.byte	0
	.ascii	"trc_reader_nesting"            # string offset=1047
	.byte	0
	.ascii	"trc_ipi_to_cpu"                # string offset=1066
	.byte	0
	.ascii	"trc_reader_special"            # string offset=1081
	.byte	0
	.ascii	"trc_holdout_list"              # string offset=1100
	.byte	0
	.ascii	"trc_blkd_node"                 # string offset=1117
	.byte	0
	.ascii	"trc_blkd_cpu"                  # string offset=1131
	.byte	0
	.ascii	"sched_info"                    # string offset=1144
	.byte	0
	.ascii	"tasks"                         # string offset=1155
	.byte	0
	.ascii	"pushable_tasks"                # string offset=1161
	.byte	0
	.ascii	"pushable_dl_tasks"             # string offset=1176
	.byte	0
	.ascii	"mm"                            # string offset=1194
	.byte	0
	.ascii	"active_mm"                     # string offset=1197
	.byte	0
	.ascii	"faults_disabled_mapping"       # string offset=1207
	.byte	0
	.ascii	"exit_state"                    # string offset=1231
	.byte	0
	.ascii	"exit_code"                     # string offset=1242
	.byte	0
	.ascii	"exit_signal"                   # string offset=1252
	.byte	0
	.ascii	"pdeath_signal"                 # string offset=1264
	.byte	0
	.ascii	"jobctl"                        # string offset=1278
	.byte	0
	.ascii	"personality"                   # string offset=1285
	.byte	0
	.ascii	"sched_reset_on_fork"           # string offset=1297
	.byte	0
	.ascii	"sched_contributes_to_load"     # string offset=1317
	.byte	0
	.ascii	"sched_migrated"                # string offset=1343
	.byte	0
	.ascii	"sched_task_hot"                # string offset=1358
	.byte	0
	.ascii	"sched_remote_wakeup"           # string offset=1373
	.byte	0
	.ascii	"sched_rt_mutex"                # string offset=1393
	.byte	0
	.ascii	"user_dumpable"                 # string offset=1408
	.byte	0
	.ascii	"in_execve"                     # string offset=1422
	.byte	0
	.ascii	"init_private_fork_class"       # string offset=1432
	.byte	0
	.ascii	"in_iowait"                     # string offset=1456
	.byte	0
	.ascii	"restore_sigmask"               # string offset=1466
	.byte	0
	.ascii	"in_user_fault"                 # string offset=1482
	.byte	0
	.ascii	"no_cgroup_migration"           # string offset=1496
	.byte	0
	.ascii	"frozen"                        # string offset=1516
	.byte	0
	.ascii	"use_memdelay"                  # string offset=1523
	.byte	0
	.ascii	"in_memstall"                   # string offset=1536
	.byte	0
	.ascii	"in_eventfd"                    # string offset=1548
	.byte	0
	.ascii	"reported_split_lock"           # string offset=1559
	.byte	0
	.ascii	"in_thrashing"                  # string offset=1579
	.byte	0
	.ascii	"in_nf_duplicate"               # string offset=1592
	.byte	0
	.ascii	"atomic_flags"                  # string offset=1608
	.byte	0
	.ascii	"restart_block"                 # string offset=1621
	.byte	0
	.ascii	"pid"                           # string offset=1635
	.byte	0
	.ascii	"tgid"                          # string offset=1639
	.byte	0
	.ascii	"stack_canary"                  # string offset=1644
	.byte	0
	.ascii	"real_parent"                   # string offset=1657
	.byte	0
	.ascii	"parent"                        # string offset=1669
	.byte	0
	.ascii	"children"                      # string offset=1676
	.byte	0
	.ascii	"sibling"                       # string offset=1685
	.byte	0
	.ascii	"group_leader"                  # string offset=1693
	.byte	0
	.ascii	"ptraced"                       # string offset=1706
	.byte	0
	.ascii	"ptrace_entry"                  # string offset=1714
	.byte	0
	.ascii	"thread_pid"                    # string offset=1727
	.byte	0
	.ascii	"pid_links"                     # string offset=1738
	.byte	0
	.ascii	"thread_node"                   # string offset=1748
	.byte	0
	.ascii	"vfork_done"                    # string offset=1760
	.byte	0
	.ascii	"set_child_tid"                 # string offset=1771
	.byte	0
	.ascii	"clear_child_tid"               # string offset=1785
	.byte	0
	.ascii	"worker_private"                # string offset=1801
	.byte	0
	.ascii	"utime"                         # string offset=1816
	.byte	0
	.ascii	"stime"                         # string offset=1822
	.byte	0
	.ascii	"gtime"                         # string offset=1828
	.byte	0
	.ascii	"prev_cputime"                  # string offset=1834
	.byte	0
	.ascii	"nvcsw"                         # string offset=1847
	.byte	0
	.ascii	"nivcsw"                        # string offset=1853
	.byte	0
	.ascii	"start_time"                    # string offset=1860
	.byte	0
	.ascii	"start_boottime"                # string offset=1871
	.byte	0
	.ascii	"min_flt"                       # string offset=1886
	.byte	0
	.ascii	"maj_flt"                       # string offset=1894
	.byte	0
	.ascii	"posix_cputimers"               # string offset=1902
	.byte	0
	.ascii	"posix_cputimers_work"          # string offset=1918
	.byte	0
	.ascii	"ptracer_cred"                  # string offset=1939
	.byte	0
	.ascii	"real_cred"                     # string offset=1952
	.byte	0
	.ascii	"cred"                          # string offset=1962
	.byte	0
	.ascii	"cached_requested_key"          # string offset=1967
	.byte	0
	.ascii	"comm"                          # string offset=1988
	.byte	0
	.ascii	"nameidata"                     # string offset=1993
	.byte	0
	.ascii	"sysvsem"                       # string offset=2003
	.byte	0
	.ascii	"sysvshm"                       # string offset=2011
	.byte	0
	.ascii	"last_switch_count"             # string offset=2019
	.byte	0
	.ascii	"last_switch_time"              # string offset=2037
	.byte	0
	.ascii	"fs"                            # string offset=2054
	.byte	0
	.ascii	"files"                         # string offset=2057
	.byte	0
	.ascii	"io_uring"                      # string offset=2063
	.byte	0
	.ascii	"nsproxy"                       # string offset=2072
	.byte	0
	.ascii	"signal"                        # string offset=2080
	.byte	0
	.ascii	"sighand"                       # string offset=2087
	.byte	0
	.ascii	"blocked"                       # string offset=2095
	.byte	0
	.ascii	"real_blocked"                  # string offset=2103
	.byte	0
	.ascii	"saved_sigmask"                 # string offset=2116
	.byte	0
	.ascii	"pending"                       # string offset=2130
	.byte	0
	.ascii	"sas_ss_sp"                     # string offset=2138
	.byte	0
	.ascii	"sas_ss_size"                   # string offset=2148
	.byte	0
	.ascii	"sas_ss_flags"                  # string offset=2160
	.byte	0
	.ascii	"task_works"                    # string offset=2173
	.byte	0
	.ascii	"audit_context"                 # string offset=2184
	.byte	0
	.ascii	"loginuid"                      # string offset=2198
	.byte	0
	.ascii	"sessionid"                     # string offset=2207
	.byte	0
	.ascii	"seccomp"                       # string offset=2217
	.byte	0
	.ascii	"syscall_dispatch"              # string offset=2225
	.byte	0
	.ascii	"parent_exec_id"                # string offset=2242
	.byte	0
	.ascii	"self_exec_id"                  # string offset=2257
	.byte	0
	.ascii	"alloc_lock"                    # string offset=2270
	.byte	0
	.ascii	"pi_lock"                       # string offset=2281
	.byte	0
	.ascii	"wake_q"                        # string offset=2289
	.byte	0
	.ascii	"pi_waiters"                    # string offset=2296
	.byte	0
	.ascii	"pi_top_task"                   # string offset=2307
	.byte	0
	.ascii	"pi_blocked_on"                 # string offset=2319
	.byte	0
	.ascii	"blocked_on"                    # string offset=2333
	.byte	0
	.ascii	"blocker"                       # string offset=2344
	.byte	0
	.ascii	"journal_info"                  # string offset=2352
	.byte	0
	.ascii	"bio_list"                      # string offset=2365
	.byte	0
	.ascii	"plug"                          # string offset=2374
	.byte	0
	.ascii	"reclaim_state"                 # string offset=2379
	.byte	0
	.ascii	"io_context"                    # string offset=2393
	.byte	0
	.ascii	"capture_control"               # string offset=2404
	.byte	0
	.ascii	"ptrace_message"                # string offset=2420
	.byte	0
	.ascii	"last_siginfo"                  # string offset=2435
	.byte	0
	.ascii	"ioac"                          # string offset=2448
	.byte	0
	.ascii	"psi_flags"                     # string offset=2453
	.byte	0
	.ascii	"acct_rss_mem1"                 # string offset=2463
	.byte	0
	.ascii	"acct_vm_mem1"                  # string offset=2477
	.byte	0
	.ascii	"acct_timexpd"                  # string offset=2490
	.byte	0
	.ascii	"mems_allowed"                  # string offset=2503
	.byte	0
	.ascii	"mems_allowed_seq"              # string offset=2516
	.byte	0
	.ascii	"cpuset_mem_spread_rotor"       # string offset=2533
	.byte	0
	.ascii	"cgroups"                       # string offset=2557
	.byte	0
	.ascii	"cg_list"                       # string offset=2565
	.byte	0
	.ascii	"robust_list"                   # string offset=2573
	.byte	0
	.ascii	"compat_robust_list"            # string offset=2585
	.byte	0
	.ascii	"pi_state_list"                 # string offset=2604
	.byte	0
	.ascii	"pi_state_cache"                # string offset=2618
	.byte	0
	.ascii	"futex_exit_mutex"              # string offset=2633
	.byte	0
	.ascii	"futex_state"                   # string offset=2650
	.byte	0
	.ascii	"perf_recursion"                # string offset=2662
	.byte	0
	.ascii	"perf_event_ctxp"               # string offset=2677
	.byte	0
	.ascii	"perf_event_mutex"              # string offset=2693
	.byte	0
	.ascii	"perf_event_list"               # string offset=2710
	.byte	0
	.ascii	"perf_ctx_data"                 # string offset=2726
	.byte	0
	.ascii	"mempolicy"                     # string offset=2740
	.byte	0
	.ascii	"il_prev"                       # string offset=2750
	.byte	0
	.ascii	"il_weight"                     # string offset=2758
	.byte	0
	.ascii	"pref_node_fork"                # string offset=2768
	.byte	0
	.ascii	"numa_scan_seq"                 # string offset=2783
	.byte	0
	.ascii	"numa_scan_period"              # string offset=2797
	.byte	0
	.ascii	"numa_scan_period_max"          # string offset=2814
	.byte	0
	.ascii	"numa_preferred_nid"            # string offset=2835
	.byte	0
	.ascii	"numa_migrate_retry"            # string offset=2854
	.byte	0
	.ascii	"node_stamp"                    # string offset=2873
	.byte	0
	.ascii	"last_task_numa_placement"      # string offset=2884
	.byte	0
	.ascii	"last_sum_exec_runtime"         # string offset=2909
	.byte	0
	.ascii	"numa_work"                     # string offset=2931
	.byte	0
	.ascii	"numa_group"                    # string offset=2941
	.byte	0
	.ascii	"numa_faults"                   # string offset=2952
	.byte	0
	.ascii	"total_numa_faults"             # string offset=2964
	.byte	0
	.ascii	"numa_faults_locality"          # string offset=2982
	.byte	0
	.ascii	"numa_pages_migrated"           # string offset=3003
	.byte	0
	.ascii	"rseq"                          # string offset=3023
	.byte	0
	.ascii	"rseq_len"                      # string offset=3028
	.byte	0
	.ascii	"rseq_sig"                      # string offset=3037
	.byte	0
	.ascii	"rseq_event_mask"               # string offset=3046
	.byte	0
	.ascii	"mm_cid"                        # string offset=3062
	.byte	0
	.ascii	"last_mm_cid"                   # string offset=3069
	.byte	0
	.ascii	"migrate_from_cpu"              # string offset=3081
	.byte	0
	.ascii	"mm_cid_active"                 # string offset=3098
	.byte	0
	.ascii	"cid_work"                      # string offset=3112
	.byte	0
	.ascii	"tlb_ubc"                       # string offset=3121
	.byte	0
	.ascii	"splice_pipe"                   # string offset=3129
	.byte	0
	.ascii	"task_frag"                     # string offset=3141
	.byte	0
	.ascii	"delays"                        # string offset=3151
	.byte	0
	.ascii	"nr_dirtied"                    # string offset=3158
	.byte	0
	.ascii	"nr_dirtied_pause"              # string offset=3169
	.byte	0
	.ascii	"dirty_paused_when"             # string offset=3186
	.byte	0
	.ascii	"timer_slack_ns"                # string offset=3204
	.byte	0
	.ascii	"default_timer_slack_ns"        # string offset=3219
	.byte	0
	.ascii	"trace_recursion"               # string offset=3242
	.byte	0
	.ascii	"memcg_in_oom"                  # string offset=3258
	.byte	0
	.ascii	"memcg_nr_pages_over_high"      # string offset=3271
	.byte	0
	.ascii	"active_memcg"                  # string offset=3296
	.byte	0
	.ascii	"objcg"                         # string offset=3309
	.byte	0
	.ascii	"throttle_disk"                 # string offset=3315
	.byte	0
	.ascii	"utask"                         # string offset=3329
	.byte	0
	.ascii	"kmap_ctrl"                     # string offset=3335
	.byte	0
	.ascii	"rcu"                           # string offset=3345
	.byte	0
	.ascii	"rcu_users"                     # string offset=3349
	.byte	0
	.ascii	"pagefault_disabled"            # string offset=3359
	.byte	0
	.ascii	"oom_reaper_list"               # string offset=3378
	.byte	0
	.ascii	"oom_reaper_timer"              # string offset=3394
	.byte	0
	.ascii	"stack_vm_area"                 # string offset=3411
	.byte	0
	.ascii	"stack_refcount"                # string offset=3425
	.byte	0
	.ascii	"security"                      # string offset=3440
	.byte	0
	.ascii	"bpf_storage"                   # string offset=3449
	.byte	0
	.ascii	"bpf_ctx"                       # string offset=3461
	.byte	0
	.ascii	"bpf_net_context"               # string offset=3469
	.byte	0
	.ascii	"kstack_offset"                 # string offset=3485
	.byte	0
	.ascii	"l1d_flush_kill"                # string offset=3499
	.byte	0
	.ascii	"unwind_info"                   # string offset=3514
	.byte	0
	.ascii	"thread"                        # string offset=3526
	.byte	0
	.ascii	"syscall_work"                  # string offset=3533
	.byte	0
	.ascii	"status"                        # string offset=3546
	.byte	0
	.ascii	"cpu"                           # string offset=3553
	.byte	0
	.ascii	"u32"                           # string offset=3557
	.byte	0
	.ascii	"__u32"                         # string offset=3561
	.byte	0
	.ascii	"unsigned int"                  # string offset=3567
	.byte	0
	.ascii	"refcount_t"                    # string offset=3580
	.byte	0
	.ascii	"refcount_struct"               # string offset=3591
	.byte	0
	.ascii	"refs"                          # string offset=3607
	.byte	0
	.ascii	"atomic_t"                      # string offset=3612
	.byte	0
	.ascii	"counter"                       # string offset=3621
	.byte	0
	.ascii	"__call_single_node"            # string offset=3629
	.byte	0
	.ascii	"llist"                         # string offset=3648
	.byte	0
	.ascii	"src"                           # string offset=3654
	.byte	0
	.ascii	"dst"                           # string offset=3658
	.byte	0
	.ascii	"llist_node"                    # string offset=3662
	.byte	0
	.ascii	"next"                          # string offset=3673
	.byte	0
	.ascii	"u_flags"                       # string offset=3678
	.byte	0
	.ascii	"a_flags"                       # string offset=3686
	.byte	0
	.ascii	"sched_entity"                  # string offset=3694
	.byte	0
	.ascii	"load"                          # string offset=3707
	.byte	0
	.ascii	"run_node"                      # string offset=3712
	.byte	0
	.ascii	"deadline"                      # string offset=3721
	.byte	0
	.ascii	"min_vruntime"                  # string offset=3730
	.byte	0
	.ascii	"min_slice"                     # string offset=3743
	.byte	0
	.ascii	"max_slice"                     # string offset=3753
	.byte	0
	.ascii	"group_node"                    # string offset=3763
	.byte	0
	.ascii	"sched_delayed"                 # string offset=3774
	.byte	0
	.ascii	"rel_deadline"                  # string offset=3788
	.byte	0
	.ascii	"custom_slice"                  # string offset=3801
	.byte	0
	.ascii	"exec_start"                    # string offset=3814
	.byte	0
	.ascii	"sum_exec_runtime"              # string offset=3825
	.byte	0
	.ascii	"prev_sum_exec_runtime"         # string offset=3842
	.byte	0
	.ascii	"vruntime"                      # string offset=3864
	.byte	0
	.ascii	"slice"                         # string offset=3873
	.byte	0
	.ascii	"nr_migrations"                 # string offset=3879
	.byte	0
	.ascii	"depth"                         # string offset=3893
	.byte	0
	.ascii	"cfs_rq"                        # string offset=3899
	.byte	0
	.ascii	"my_q"                          # string offset=3906
	.byte	0
	.ascii	"runnable_weight"               # string offset=3911
	.byte	0
	.ascii	"avg"                           # string offset=3927
	.byte	0
	.ascii	"load_weight"                   # string offset=3931
	.byte	0
	.ascii	"weight"                        # string offset=3943
	.byte	0
	.ascii	"inv_weight"                    # string offset=3950
	.byte	0
	.ascii	"rb_node"                       # string offset=3961
	.byte	0
	.ascii	"__rb_parent_color"             # string offset=3969
	.byte	0
	.ascii	"rb_right"                      # string offset=3987
	.byte	0
	.ascii	"rb_left"                       # string offset=3996
	.byte	0
	.ascii	"list_head"                     # string offset=4004
	.byte	0
	.ascii	"prev"                          # string offset=4014
	.byte	0
	.ascii	"unsigned char"                 # string offset=4019
	.byte	0
	.ascii	"vlag"                          # string offset=4033
	.byte	0
	.ascii	"vprot"                         # string offset=4038
	.byte	0
	.ascii	"s64"                           # string offset=4044
	.byte	0
	.ascii	"__s64"                         # string offset=4048
	.byte	0
	.ascii	"long long"                     # string offset=4054
	.byte	0
	.ascii	"sched_avg"                     # string offset=4064
	.byte	0
	.ascii	"last_update_time"              # string offset=4074
	.byte	0
	.ascii	"load_sum"                      # string offset=4091
	.byte	0
	.ascii	"runnable_sum"                  # string offset=4100
	.byte	0
	.ascii	"util_sum"                      # string offset=4113
	.byte	0
	.ascii	"period_contrib"                # string offset=4122
	.byte	0
	.ascii	"load_avg"                      # string offset=4137
	.byte	0
	.ascii	"runnable_avg"                  # string offset=4146
	.byte	0
	.ascii	"util_avg"                      # string offset=4159
	.byte	0
	.ascii	"util_est"                      # string offset=4168
	.byte	0
	.ascii	"sched_rt_entity"               # string offset=4177
	.byte	0
	.ascii	"run_list"                      # string offset=4193
	.byte	0
	.ascii	"timeout"                       # string offset=4202
	.byte	0
	.ascii	"watchdog_stamp"                # string offset=4210
	.byte	0
	.ascii	"time_slice"                    # string offset=4225
	.byte	0
	.ascii	"on_list"                       # string offset=4236
	.byte	0
	.ascii	"back"                          # string offset=4244
	.byte	0
	.ascii	"rt_rq"                         # string offset=4249
	.byte	0
	.ascii	"sched_dl_entity"               # string offset=4255
	.byte	0
	.ascii	"dl_runtime"                    # string offset=4271
	.byte	0
	.ascii	"dl_deadline"                   # string offset=4282
	.byte	0
	.ascii	"dl_period"                     # string offset=4294
	.byte	0
	.ascii	"dl_bw"                         # string offset=4304
	.byte	0
	.ascii	"dl_density"                    # string offset=4310
	.byte	0
	.ascii	"runtime"                       # string offset=4321
	.byte	0
	.ascii	"dl_throttled"                  # string offset=4329
	.byte	0
	.ascii	"dl_yielded"                    # string offset=4342
	.byte	0
	.ascii	"dl_non_contending"             # string offset=4353
	.byte	0
	.ascii	"dl_overrun"                    # string offset=4371
	.byte	0
	.ascii	"dl_server_active"              # string offset=4382
	.byte	0
	.ascii	"dl_defer"                      # string offset=4399
	.byte	0
	.ascii	"dl_defer_armed"                # string offset=4408
	.byte	0
	.ascii	"dl_defer_running"              # string offset=4423
	.byte	0
	.ascii	"dl_timer"                      # string offset=4440
	.byte	0
	.ascii	"inactive_timer"                # string offset=4449
	.byte	0
	.ascii	"rq"                            # string offset=4464
	.byte	0
	.ascii	"server_pick_task"              # string offset=4467
	.byte	0
	.ascii	"pi_se"                         # string offset=4484
	.byte	0
	.ascii	"hrtimer"                       # string offset=4490
	.byte	0
	.ascii	"node"                          # string offset=4498
	.byte	0
	.ascii	"_softexpires"                  # string offset=4503
	.byte	0
	.ascii	"function"                      # string offset=4516
	.byte	0
	.ascii	"base"                          # string offset=4525
	.byte	0
	.ascii	"state"                         # string offset=4530
	.byte	0
	.ascii	"is_rel"                        # string offset=4536
	.byte	0
	.ascii	"is_soft"                       # string offset=4543
	.byte	0
	.ascii	"is_hard"                       # string offset=4551
	.byte	0
	.ascii	"timerqueue_node"               # string offset=4559
	.byte	0
	.ascii	"expires"                       # string offset=4575
	.byte	0
	.ascii	"ktime_t"                       # string offset=4583
	.byte	0
	.ascii	"hrtimer_restart"               # string offset=4591
	.byte	0
	.ascii	"HRTIMER_NORESTART"             # string offset=4607
	.byte	0
	.ascii	"HRTIMER_RESTART"               # string offset=4625
	.byte	0
	.ascii	"u8"                            # string offset=4641
	.byte	0
	.ascii	"__u8"                          # string offset=4644
	.byte	0
	.ascii	"dl_server_pick_f"              # string offset=4649
	.byte	0
	.ascii	"callback_head"                 # string offset=4666
	.byte	0
	.ascii	"func"                          # string offset=4680
	.byte	0
	.ascii	"bool"                          # string offset=4685
	.byte	0
	.ascii	"_Bool"                         # string offset=4690
	.byte	0
	.ascii	"sched_statistics"              # string offset=4696
	.byte	0
	.ascii	"hlist_head"                    # string offset=4713
	.byte	0
	.ascii	"first"                         # string offset=4724
	.byte	0
	.ascii	"cpumask_t"                     # string offset=4730
	.byte	0
	.ascii	"cpumask"                       # string offset=4740
	.byte	0
	.ascii	"bits"                          # string offset=4748
	.byte	0
	.ascii	"__ARRAY_SIZE_TYPE__"           # string offset=4753
	.byte	0
	.ascii	"rcu_special"                   # string offset=4773
	.byte	0
	.byte	98                              # string offset=4785
	.byte	0
	.byte	115                             # string offset=4787
	.byte	0
	.ascii	"need_qs"                       # string offset=4789
	.byte	0
	.ascii	"exp_hint"                      # string offset=4797
	.byte	0
	.ascii	"need_mb"                       # string offset=4806
	.byte	0
	.ascii	"pcount"                        # string offset=4814
	.byte	0
	.ascii	"run_delay"                     # string offset=4821
	.byte	0
	.ascii	"max_run_delay"                 # string offset=4831
	.byte	0
	.ascii	"min_run_delay"                 # string offset=4845
	.byte	0
	.ascii	"last_arrival"                  # string offset=4859
	.byte	0
	.ascii	"last_queued"                   # string offset=4872
	.byte	0
	.ascii	"plist_node"                    # string offset=4884
	.byte	0
	.ascii	"prio_list"                     # string offset=4895
	.byte	0
	.ascii	"node_list"                     # string offset=4905
	.byte	0
	.ascii	"arch_data"                     # string offset=4915
	.byte	0
	.ascii	"fn"                            # string offset=4925
	.byte	0
	.ascii	"long"                          # string offset=4928
	.byte	0
	.ascii	"futex"                         # string offset=4933
	.byte	0
	.ascii	"nanosleep"                     # string offset=4939
	.byte	0
	.ascii	"poll"                          # string offset=4949
	.byte	0
	.ascii	"uaddr"                         # string offset=4954
	.byte	0
	.ascii	"val"                           # string offset=4960
	.byte	0
	.ascii	"bitset"                        # string offset=4964
	.byte	0
	.ascii	"time"                          # string offset=4971
	.byte	0
	.ascii	"uaddr2"                        # string offset=4976
	.byte	0
	.ascii	"clockid"                       # string offset=4983
	.byte	0
	.ascii	"clockid_t"                     # string offset=4991
	.byte	0
	.ascii	"__kernel_clockid_t"            # string offset=5001
	.byte	0
	.ascii	"timespec_type"                 # string offset=5020
	.byte	0
	.ascii	"TT_NONE"                       # string offset=5034
	.byte	0
	.ascii	"TT_NATIVE"                     # string offset=5042
	.byte	0
	.ascii	"TT_COMPAT"                     # string offset=5052
	.byte	0
	.ascii	"rmtp"                          # string offset=5062
	.byte	0
	.ascii	"compat_rmtp"                   # string offset=5067
	.byte	0
	.ascii	"ufds"                          # string offset=5079
	.byte	0
	.ascii	"nfds"                          # string offset=5084
	.byte	0
	.ascii	"has_timeout"                   # string offset=5089
	.byte	0
	.ascii	"tv_sec"                        # string offset=5101
	.byte	0
	.ascii	"tv_nsec"                       # string offset=5108
	.byte	0
	.ascii	"pid_t"                         # string offset=5116
	.byte	0
	.ascii	"__kernel_pid_t"                # string offset=5122
	.byte	0
	.ascii	"hlist_node"                    # string offset=5137
	.byte	0
	.ascii	"pprev"                         # string offset=5148
	.byte	0
	.ascii	"lock"                          # string offset=5154
	.byte	0
	.ascii	"raw_spinlock_t"                # string offset=5159
	.byte	0
	.ascii	"raw_spinlock"                  # string offset=5174
	.byte	0
	.ascii	"raw_lock"                      # string offset=5187
	.byte	0
	.ascii	"arch_spinlock_t"               # string offset=5196
	.byte	0
	.ascii	"qspinlock"                     # string offset=5212
	.byte	0
	.ascii	"locked"                        # string offset=5222
	.byte	0
	.ascii	"locked_pending"                # string offset=5229
	.byte	0
	.ascii	"tail"                          # string offset=5244
	.byte	0
	.ascii	"bases"                         # string offset=5249
	.byte	0
	.ascii	"timers_active"                 # string offset=5255
	.byte	0
	.ascii	"expiry_active"                 # string offset=5269
	.byte	0
	.ascii	"posix_cputimer_base"           # string offset=5283
	.byte	0
	.ascii	"nextevt"                       # string offset=5303
	.byte	0
	.ascii	"tqhead"                        # string offset=5311
	.byte	0
	.ascii	"timerqueue_head"               # string offset=5318
	.byte	0
	.ascii	"rb_root"                       # string offset=5334
	.byte	0
	.ascii	"rb_root_cached"                # string offset=5342
	.byte	0
	.ascii	"rb_leftmost"                   # string offset=5357
	.byte	0
	.ascii	"work"                          # string offset=5369
	.byte	0
	.ascii	"mutex"                         # string offset=5374
	.byte	0
	.ascii	"scheduled"                     # string offset=5380
	.byte	0
	.ascii	"owner"                         # string offset=5390
	.byte	0
	.ascii	"wait_lock"                     # string offset=5396
	.byte	0
	.ascii	"osq"                           # string offset=5406
	.byte	0
	.ascii	"wait_list"                     # string offset=5410
	.byte	0
	.ascii	"atomic_long_t"                 # string offset=5420
	.byte	0
	.ascii	"atomic64_t"                    # string offset=5434
	.byte	0
	.ascii	"optimistic_spin_queue"         # string offset=5445
	.byte	0
	.ascii	"uid"                           # string offset=5467
	.byte	0
	.ascii	"gid"                           # string offset=5471
	.byte	0
	.ascii	"suid"                          # string offset=5475
	.byte	0
	.ascii	"sgid"                          # string offset=5480
	.byte	0
	.ascii	"euid"                          # string offset=5485
	.byte	0
	.ascii	"egid"                          # string offset=5490
	.byte	0
	.ascii	"fsuid"                         # string offset=5495
	.byte	0
	.ascii	"fsgid"                         # string offset=5501
	.byte	0
	.ascii	"securebits"                    # string offset=5507
	.byte	0
	.ascii	"cap_inheritable"               # string offset=5518
	.byte	0
	.ascii	"cap_permitted"                 # string offset=5534
	.byte	0
	.ascii	"cap_effective"                 # string offset=5548
	.byte	0
	.ascii	"cap_bset"                      # string offset=5562
	.byte	0
	.ascii	"cap_ambient"                   # string offset=5571
	.byte	0
	.ascii	"jit_keyring"                   # string offset=5583
	.byte	0
	.ascii	"session_keyring"               # string offset=5595
	.byte	0
	.ascii	"process_keyring"               # string offset=5611
	.byte	0
	.ascii	"thread_keyring"                # string offset=5627
	.byte	0
	.ascii	"request_key_auth"              # string offset=5642
	.byte	0
	.ascii	"user"                          # string offset=5659
	.byte	0
	.ascii	"user_ns"                       # string offset=5664
	.byte	0
	.ascii	"ucounts"                       # string offset=5672
	.byte	0
	.ascii	"group_info"                    # string offset=5680
	.byte	0
	.ascii	"kuid_t"                        # string offset=5691
	.byte	0
	.ascii	"uid_t"                         # string offset=5698
	.byte	0
	.ascii	"__kernel_uid32_t"              # string offset=5704
	.byte	0
	.ascii	"kgid_t"                        # string offset=5721
	.byte	0
	.ascii	"gid_t"                         # string offset=5728
	.byte	0
	.ascii	"__kernel_gid32_t"              # string offset=5734
	.byte	0
	.ascii	"kernel_cap_t"                  # string offset=5751
	.byte	0
	.ascii	"non_rcu"                       # string offset=5764
	.byte	0
	.ascii	"char"                          # string offset=5772
	.byte	0
	.ascii	"sysv_sem"                      # string offset=5777
	.byte	0
	.ascii	"undo_list"                     # string offset=5786
	.byte	0
	.ascii	"sysv_shm"                      # string offset=5796
	.byte	0
	.ascii	"shm_clist"                     # string offset=5805
	.byte	0
	.ascii	"sigset_t"                      # string offset=5815
	.byte	0
	.ascii	"sig"                           # string offset=5824
	.byte	0
	.ascii	"sigpending"                    # string offset=5828
	.byte	0
	.ascii	"list"                          # string offset=5839
	.byte	0
	.ascii	"size_t"                        # string offset=5844
	.byte	0
	.ascii	"__kernel_size_t"               # string offset=5851
	.byte	0
	.ascii	"__kernel_ulong_t"              # string offset=5867
	.byte	0
	.ascii	"mode"                          # string offset=5884
	.byte	0
	.ascii	"filter_count"                  # string offset=5889
	.byte	0
	.ascii	"filter"                        # string offset=5902
	.byte	0
	.ascii	"syscall_user_dispatch"         # string offset=5909
	.byte	0
	.ascii	"selector"                      # string offset=5931
	.byte	0
	.ascii	"offset"                        # string offset=5940
	.byte	0
	.ascii	"len"                           # string offset=5947
	.byte	0
	.ascii	"on_dispatch"                   # string offset=5951
	.byte	0
	.ascii	"spinlock_t"                    # string offset=5963
	.byte	0
	.ascii	"spinlock"                      # string offset=5974
	.byte	0
	.ascii	"rlock"                         # string offset=5983
	.byte	0
	.ascii	"wake_q_node"                   # string offset=5989
	.byte	0
	.ascii	"kernel_siginfo_t"              # string offset=6001
	.byte	0
	.ascii	"task_io_accounting"            # string offset=6018
	.byte	0
	.ascii	"rchar"                         # string offset=6037
	.byte	0
	.ascii	"wchar"                         # string offset=6043
	.byte	0
	.ascii	"syscr"                         # string offset=6049
	.byte	0
	.ascii	"syscw"                         # string offset=6055
	.byte	0
	.ascii	"read_bytes"                    # string offset=6061
	.byte	0
	.ascii	"write_bytes"                   # string offset=6072
	.byte	0
	.ascii	"cancelled_write_bytes"         # string offset=6084
	.byte	0
	.ascii	"nodemask_t"                    # string offset=6106
	.byte	0
	.ascii	"seqcount_spinlock_t"           # string offset=6117
	.byte	0
	.ascii	"seqcount_spinlock"             # string offset=6137
	.byte	0
	.ascii	"seqcount"                      # string offset=6155
	.byte	0
	.ascii	"seqcount_t"                    # string offset=6164
	.byte	0
	.ascii	"sequence"                      # string offset=6175
	.byte	0
	.ascii	"short"                         # string offset=6184
	.byte	0
	.ascii	"tlbflush_unmap_batch"          # string offset=6190
	.byte	0
	.ascii	"arch"                          # string offset=6211
	.byte	0
	.ascii	"flush_required"                # string offset=6216
	.byte	0
	.ascii	"writable"                      # string offset=6231
	.byte	0
	.ascii	"arch_tlbflush_unmap_batch"     # string offset=6240
	.byte	0
	.ascii	"unmapped_pages"                # string offset=6266
	.byte	0
	.ascii	"page_frag"                     # string offset=6281
	.byte	0
	.ascii	"page"                          # string offset=6291
	.byte	0
	.ascii	"size"                          # string offset=6296
	.byte	0
	.ascii	"timer_list"                    # string offset=6301
	.byte	0
	.ascii	"entry"                         # string offset=6312
	.byte	0
	.ascii	"unwind_task_info"              # string offset=6318
	.byte	0
	.ascii	"unwind_mask"                   # string offset=6335
	.byte	0
	.ascii	"cache"                         # string offset=6347
	.byte	0
	.ascii	"id"                            # string offset=6353
	.byte	0
	.ascii	"unwind_task_id"                # string offset=6356
	.byte	0
	.ascii	"cnt"                           # string offset=6371
	.byte	0
	.ascii	"thread_struct"                 # string offset=6375
	.byte	0
	.ascii	"tls_array"                     # string offset=6389
	.byte	0
	.ascii	"es"                            # string offset=6399
	.byte	0
	.ascii	"ds"                            # string offset=6402
	.byte	0
	.ascii	"fsindex"                       # string offset=6405
	.byte	0
	.ascii	"gsindex"                       # string offset=6413
	.byte	0
	.ascii	"fsbase"                        # string offset=6421
	.byte	0
	.ascii	"gsbase"                        # string offset=6428
	.byte	0
	.ascii	"ptrace_bps"                    # string offset=6435
	.byte	0
	.ascii	"virtual_dr6"                   # string offset=6446
	.byte	0
	.ascii	"ptrace_dr7"                    # string offset=6458
	.byte	0
	.ascii	"cr2"                           # string offset=6469
	.byte	0
	.ascii	"trap_nr"                       # string offset=6473
	.byte	0
	.ascii	"error_code"                    # string offset=6481
	.byte	0
	.ascii	"io_bitmap"                     # string offset=6492
	.byte	0
	.ascii	"iopl_emul"                     # string offset=6502
	.byte	0
	.ascii	"iopl_warn"                     # string offset=6512
	.byte	0
	.ascii	"pkru"                          # string offset=6522
	.byte	0
	.ascii	"desc_struct"                   # string offset=6527
	.byte	0
	.ascii	"limit0"                        # string offset=6539
	.byte	0
	.ascii	"base0"                         # string offset=6546
	.byte	0
	.ascii	"base1"                         # string offset=6552
	.byte	0
	.ascii	"dpl"                           # string offset=6558
	.byte	0
	.byte	112                             # string offset=6562
	.byte	0
	.ascii	"limit1"                        # string offset=6564
	.byte	0
	.ascii	"avl"                           # string offset=6571
	.byte	0
	.byte	108                             # string offset=6575
	.byte	0
	.byte	100                             # string offset=6577
	.byte	0
	.byte	103                             # string offset=6579
	.byte	0
	.ascii	"base2"                         # string offset=6581
	.byte	0
	.ascii	"perf_event"                    # string offset=6587
	.byte	0
	.ascii	"event_entry"                   # string offset=6598
	.byte	0
	.ascii	"sibling_list"                  # string offset=6610
	.byte	0
	.ascii	"active_list"                   # string offset=6623
	.byte	0
	.ascii	"group_index"                   # string offset=6635
	.byte	0
	.ascii	"migrate_entry"                 # string offset=6647
	.byte	0
	.ascii	"hlist_entry"                   # string offset=6661
	.byte	0
	.ascii	"active_entry"                  # string offset=6673
	.byte	0
	.ascii	"nr_siblings"                   # string offset=6686
	.byte	0
	.ascii	"event_caps"                    # string offset=6698
	.byte	0
	.ascii	"group_caps"                    # string offset=6709
	.byte	0
	.ascii	"group_generation"              # string offset=6720
	.byte	0
	.ascii	"pmu"                           # string offset=6737
	.byte	0
	.ascii	"pmu_private"                   # string offset=6741
	.byte	0
	.ascii	"attach_state"                  # string offset=6753
	.byte	0
	.ascii	"count"                         # string offset=6766
	.byte	0
	.ascii	"child_count"                   # string offset=6772
	.byte	0
	.ascii	"total_time_enabled"            # string offset=6784
	.byte	0
	.ascii	"total_time_running"            # string offset=6803
	.byte	0
	.ascii	"tstamp"                        # string offset=6822
	.byte	0
	.ascii	"attr"                          # string offset=6829
	.byte	0
	.ascii	"header_size"                   # string offset=6834
	.byte	0
	.ascii	"id_header_size"                # string offset=6846
	.byte	0
	.ascii	"read_size"                     # string offset=6861
	.byte	0
	.ascii	"hw"                            # string offset=6871
	.byte	0
	.ascii	"pmu_ctx"                       # string offset=6874
	.byte	0
	.ascii	"refcount"                      # string offset=6882
	.byte	0
	.ascii	"child_total_time_enabled"      # string offset=6891
	.byte	0
	.ascii	"child_total_time_running"      # string offset=6916
	.byte	0
	.ascii	"child_mutex"                   # string offset=6941
	.byte	0
	.ascii	"child_list"                    # string offset=6953
	.byte	0
	.ascii	"oncpu"                         # string offset=6964
	.byte	0
	.ascii	"owner_entry"                   # string offset=6970
	.byte	0
	.ascii	"owner_class"                   # string offset=6982
	.byte	0
	.ascii	"mmap_mutex"                    # string offset=6994
	.byte	0
	.ascii	"mmap_count"                    # string offset=7005
	.byte	0
	.ascii	"rb"                            # string offset=7016
	.byte	0
	.ascii	"rb_entry"                      # string offset=7019
	.byte	0
	.ascii	"rcu_batches"                   # string offset=7028
	.byte	0
	.ascii	"rcu_pending"                   # string offset=7040
	.byte	0
	.ascii	"waitq"                         # string offset=7052
	.byte	0
	.ascii	"fasync"                        # string offset=7058
	.byte	0
	.ascii	"pending_wakeup"                # string offset=7065
	.byte	0
	.ascii	"pending_kill"                  # string offset=7080
	.byte	0
	.ascii	"pending_disable"               # string offset=7093
	.byte	0
	.ascii	"pending_addr"                  # string offset=7109
	.byte	0
	.ascii	"pending_irq"                   # string offset=7122
	.byte	0
	.ascii	"pending_disable_irq"           # string offset=7134
	.byte	0
	.ascii	"pending_task"                  # string offset=7154
	.byte	0
	.ascii	"pending_work"                  # string offset=7167
	.byte	0
	.ascii	"event_limit"                   # string offset=7180
	.byte	0
	.ascii	"addr_filters"                  # string offset=7192
	.byte	0
	.ascii	"addr_filter_ranges"            # string offset=7205
	.byte	0
	.ascii	"addr_filters_gen"              # string offset=7224
	.byte	0
	.ascii	"aux_event"                     # string offset=7241
	.byte	0
	.ascii	"destroy"                       # string offset=7251
	.byte	0
	.ascii	"ns"                            # string offset=7259
	.byte	0
	.ascii	"lost_samples"                  # string offset=7262
	.byte	0
	.ascii	"clock"                         # string offset=7275
	.byte	0
	.ascii	"overflow_handler"              # string offset=7281
	.byte	0
	.ascii	"overflow_handler_context"      # string offset=7298
	.byte	0
	.ascii	"prog"                          # string offset=7323
	.byte	0
	.ascii	"bpf_cookie"                    # string offset=7328
	.byte	0
	.ascii	"tp_event"                      # string offset=7339
	.byte	0
	.ascii	"ftrace_ops"                    # string offset=7348
	.byte	0
	.ascii	"cgrp"                          # string offset=7359
	.byte	0
	.ascii	"sb_list"                       # string offset=7364
	.byte	0
	.ascii	"pmu_list"                      # string offset=7372
	.byte	0
	.ascii	"orig_type"                     # string offset=7381
	.byte	0
	.ascii	"perf_event_state"              # string offset=7391
	.byte	0
	.ascii	"PERF_EVENT_STATE_DEAD"         # string offset=7408
	.byte	0
	.ascii	"PERF_EVENT_STATE_REVOKED"      # string offset=7430
	.byte	0
	.ascii	"PERF_EVENT_STATE_EXIT"         # string offset=7455
	.byte	0
	.ascii	"PERF_EVENT_STATE_ERROR"        # string offset=7477
	.byte	0
	.ascii	"PERF_EVENT_STATE_OFF"          # string offset=7500
	.byte	0
	.ascii	"PERF_EVENT_STATE_INACTIVE"     # string offset=7521
	.byte	0
	.ascii	"PERF_EVENT_STATE_ACTIVE"       # string offset=7547
	.byte	0
	.ascii	"local64_t"                     # string offset=7571
	.byte	0
	.byte	97                              # string offset=7581
	.byte	0
	.ascii	"local_t"                       # string offset=7583
	.byte	0
	.ascii	"perf_event_attr"               # string offset=7591
	.byte	0
	.ascii	"config"                        # string offset=7607
	.byte	0
	.ascii	"sample_type"                   # string offset=7614
	.byte	0
	.ascii	"read_format"                   # string offset=7626
	.byte	0
	.ascii	"disabled"                      # string offset=7638
	.byte	0
	.ascii	"inherit"                       # string offset=7647
	.byte	0
	.ascii	"pinned"                        # string offset=7655
	.byte	0
	.ascii	"exclusive"                     # string offset=7662
	.byte	0
	.ascii	"exclude_user"                  # string offset=7672
	.byte	0
	.ascii	"exclude_kernel"                # string offset=7685
	.byte	0
	.ascii	"exclude_hv"                    # string offset=7700
	.byte	0
	.ascii	"exclude_idle"                  # string offset=7711
	.byte	0
	.ascii	"mmap"                          # string offset=7724
	.byte	0
	.ascii	"freq"                          # string offset=7729
	.byte	0
	.ascii	"inherit_stat"                  # string offset=7734
	.byte	0
	.ascii	"enable_on_exec"                # string offset=7747
	.byte	0
	.ascii	"task"                          # string offset=7762
	.byte	0
	.ascii	"watermark"                     # string offset=7767
	.byte	0
	.ascii	"precise_ip"                    # string offset=7777
	.byte	0
	.ascii	"mmap_data"                     # string offset=7788
	.byte	0
	.ascii	"sample_id_all"                 # string offset=7798
	.byte	0
	.ascii	"exclude_host"                  # string offset=7812
	.byte	0
	.ascii	"exclude_guest"                 # string offset=7825
	.byte	0
	.ascii	"exclude_callchain_kernel"      # string offset=7839
	.byte	0
	.ascii	"exclude_callchain_user"        # string offset=7864
	.byte	0
	.ascii	"mmap2"                         # string offset=7887
	.byte	0
	.ascii	"comm_exec"                     # string offset=7893
	.byte	0
	.ascii	"use_clockid"                   # string offset=7903
	.byte	0
	.ascii	"context_switch"                # string offset=7915
	.byte	0
	.ascii	"write_backward"                # string offset=7930
	.byte	0
	.ascii	"namespaces"                    # string offset=7945
	.byte	0
	.ascii	"ksymbol"                       # string offset=7956
	.byte	0
	.ascii	"bpf_event"                     # string offset=7964
	.byte	0
	.ascii	"aux_output"                    # string offset=7974
	.byte	0
	.ascii	"cgroup"                        # string offset=7985
	.byte	0
	.ascii	"text_poke"                     # string offset=7992
	.byte	0
	.ascii	"build_id"                      # string offset=8002
	.byte	0
	.ascii	"inherit_thread"                # string offset=8011
	.byte	0
	.ascii	"remove_on_exec"                # string offset=8026
	.byte	0
	.ascii	"sigtrap"                       # string offset=8041
	.byte	0
	.ascii	"__reserved_1"                  # string offset=8049
	.byte	0
	.ascii	"bp_type"                       # string offset=8062
	.byte	0
	.ascii	"branch_sample_type"            # string offset=8070
	.byte	0
	.ascii	"sample_regs_user"              # string offset=8089
	.byte	0
	.ascii	"sample_stack_user"             # string offset=8106
	.byte	0
	.ascii	"sample_regs_intr"              # string offset=8124
	.byte	0
	.ascii	"aux_watermark"                 # string offset=8141
	.byte	0
	.ascii	"sample_max_stack"              # string offset=8155
	.byte	0
	.ascii	"__reserved_2"                  # string offset=8172
	.byte	0
	.ascii	"aux_sample_size"               # string offset=8185
	.byte	0
	.ascii	"sig_data"                      # string offset=8201
	.byte	0
	.ascii	"config3"                       # string offset=8210
	.byte	0
	.ascii	"sample_period"                 # string offset=8218
	.byte	0
	.ascii	"sample_freq"                   # string offset=8232
	.byte	0
	.ascii	"wakeup_events"                 # string offset=8244
	.byte	0
	.ascii	"wakeup_watermark"              # string offset=8258
	.byte	0
	.ascii	"bp_addr"                       # string offset=8275
	.byte	0
	.ascii	"kprobe_func"                   # string offset=8283
	.byte	0
	.ascii	"uprobe_path"                   # string offset=8295
	.byte	0
	.ascii	"config1"                       # string offset=8307
	.byte	0
	.ascii	"bp_len"                        # string offset=8315
	.byte	0
	.ascii	"kprobe_addr"                   # string offset=8322
	.byte	0
	.ascii	"probe_offset"                  # string offset=8334
	.byte	0
	.ascii	"config2"                       # string offset=8347
	.byte	0
	.ascii	"__s32"                         # string offset=8355
	.byte	0
	.ascii	"aux_action"                    # string offset=8361
	.byte	0
	.ascii	"aux_start_paused"              # string offset=8372
	.byte	0
	.ascii	"aux_pause"                     # string offset=8389
	.byte	0
	.ascii	"aux_resume"                    # string offset=8399
	.byte	0
	.ascii	"__reserved_3"                  # string offset=8410
	.byte	0
	.ascii	"hw_perf_event"                 # string offset=8423
	.byte	0
	.ascii	"target"                        # string offset=8437
	.byte	0
	.ascii	"prev_count"                    # string offset=8444
	.byte	0
	.ascii	"interrupts_seq"                # string offset=8455
	.byte	0
	.ascii	"interrupts"                    # string offset=8470
	.byte	0
	.ascii	"freq_time_stamp"               # string offset=8481
	.byte	0
	.ascii	"freq_count_stamp"              # string offset=8497
	.byte	0
	.ascii	"last_tag"                      # string offset=8514
	.byte	0
	.ascii	"dyn_constraint"                # string offset=8523
	.byte	0
	.ascii	"config_base"                   # string offset=8538
	.byte	0
	.ascii	"event_base"                    # string offset=8550
	.byte	0
	.ascii	"event_base_rdpmc"              # string offset=8561
	.byte	0
	.ascii	"idx"                           # string offset=8578
	.byte	0
	.ascii	"last_cpu"                      # string offset=8582
	.byte	0
	.ascii	"extra_reg"                     # string offset=8591
	.byte	0
	.ascii	"branch_reg"                    # string offset=8601
	.byte	0
	.ascii	"hw_perf_event_extra"           # string offset=8612
	.byte	0
	.ascii	"reg"                           # string offset=8632
	.byte	0
	.ascii	"alloc"                         # string offset=8636
	.byte	0
	.ascii	"aux_config"                    # string offset=8642
	.byte	0
	.ascii	"aux_paused"                    # string offset=8653
	.byte	0
	.ascii	"tp_list"                       # string offset=8664
	.byte	0
	.ascii	"pwr_acc"                       # string offset=8672
	.byte	0
	.ascii	"ptsc"                          # string offset=8680
	.byte	0
	.ascii	"info"                          # string offset=8685
	.byte	0
	.ascii	"bp_list"                       # string offset=8690
	.byte	0
	.ascii	"arch_hw_breakpoint"            # string offset=8698
	.byte	0
	.ascii	"address"                       # string offset=8717
	.byte	0
	.ascii	"mask"                          # string offset=8725
	.byte	0
	.ascii	"rhlist_head"                   # string offset=8730
	.byte	0
	.ascii	"rhead"                         # string offset=8742
	.byte	0
	.ascii	"rhash_head"                    # string offset=8748
	.byte	0
	.ascii	"iommu_bank"                    # string offset=8759
	.byte	0
	.ascii	"iommu_cntr"                    # string offset=8770
	.byte	0
	.ascii	"padding"                       # string offset=8781
	.byte	0
	.ascii	"conf"                          # string offset=8789
	.byte	0
	.ascii	"conf1"                         # string offset=8794
	.byte	0
	.ascii	"last_period"                   # string offset=8800
	.byte	0
	.ascii	"period_left"                   # string offset=8812
	.byte	0
	.ascii	"saved_metric"                  # string offset=8824
	.byte	0
	.ascii	"saved_slots"                   # string offset=8837
	.byte	0
	.ascii	"wait_queue_head_t"             # string offset=8849
	.byte	0
	.ascii	"wait_queue_head"               # string offset=8867
	.byte	0
	.ascii	"head"                          # string offset=8883
	.byte	0
	.ascii	"irq_work"                      # string offset=8888
	.byte	0
	.ascii	"irqwait"                       # string offset=8897
	.byte	0
	.ascii	"rcuwait"                       # string offset=8905
	.byte	0
	.ascii	"perf_addr_filters_head"        # string offset=8913
	.byte	0
	.ascii	"nr_file_filters"               # string offset=8936
	.byte	0
	.ascii	"perf_overflow_handler_t"       # string offset=8952
	.byte	0
	.ascii	"perf_sample_data"              # string offset=8976
	.byte	0
	.ascii	"sample_flags"                  # string offset=8993
	.byte	0
	.ascii	"period"                        # string offset=9006
	.byte	0
	.ascii	"dyn_size"                      # string offset=9013
	.byte	0
	.ascii	"tid_entry"                     # string offset=9022
	.byte	0
	.ascii	"cpu_entry"                     # string offset=9032
	.byte	0
	.ascii	"callchain"                     # string offset=9042
	.byte	0
	.ascii	"raw"                           # string offset=9052
	.byte	0
	.ascii	"br_stack"                      # string offset=9056
	.byte	0
	.ascii	"br_stack_cntr"                 # string offset=9065
	.byte	0
	.ascii	"data_src"                      # string offset=9079
	.byte	0
	.ascii	"txn"                           # string offset=9088
	.byte	0
	.ascii	"regs_user"                     # string offset=9092
	.byte	0
	.ascii	"regs_intr"                     # string offset=9102
	.byte	0
	.ascii	"stack_user_size"               # string offset=9112
	.byte	0
	.ascii	"stream_id"                     # string offset=9128
	.byte	0
	.ascii	"addr"                          # string offset=9138
	.byte	0
	.ascii	"phys_addr"                     # string offset=9143
	.byte	0
	.ascii	"data_page_size"                # string offset=9153
	.byte	0
	.ascii	"code_page_size"                # string offset=9168
	.byte	0
	.ascii	"aux_size"                      # string offset=9183
	.byte	0
	.ascii	"tid"                           # string offset=9192
	.byte	0
	.ascii	"reserved"                      # string offset=9196
	.byte	0
	.ascii	"perf_sample_weight"            # string offset=9205
	.byte	0
	.ascii	"full"                          # string offset=9224
	.byte	0
	.ascii	"var1_dw"                       # string offset=9229
	.byte	0
	.ascii	"var2_w"                        # string offset=9237
	.byte	0
	.ascii	"var3_w"                        # string offset=9244
	.byte	0
	.ascii	"perf_mem_data_src"             # string offset=9251
	.byte	0
	.ascii	"mem_op"                        # string offset=9269
	.byte	0
	.ascii	"mem_lvl"                       # string offset=9276
	.byte	0
	.ascii	"mem_snoop"                     # string offset=9284
	.byte	0
	.ascii	"mem_lock"                      # string offset=9294
	.byte	0
	.ascii	"mem_dtlb"                      # string offset=9303
	.byte	0
	.ascii	"mem_lvl_num"                   # string offset=9312
	.byte	0
	.ascii	"mem_remote"                    # string offset=9324
	.byte	0
	.ascii	"mem_snoopx"                    # string offset=9335
	.byte	0
	.ascii	"mem_blk"                       # string offset=9346
	.byte	0
	.ascii	"mem_hops"                      # string offset=9354
	.byte	0
	.ascii	"mem_rsvd"                      # string offset=9363
	.byte	0
	.ascii	"perf_regs"                     # string offset=9372
	.byte	0
	.ascii	"abi"                           # string offset=9382
	.byte	0
	.ascii	"regs"                          # string offset=9386
	.byte	0
	.ascii	"private"                       # string offset=9391
	.byte	0
	.ascii	"saved_func"                    # string offset=9399
	.byte	0
	.ascii	"local_hash"                    # string offset=9410
	.byte	0
	.ascii	"func_hash"                     # string offset=9421
	.byte	0
	.ascii	"old_hash"                      # string offset=9431
	.byte	0
	.ascii	"trampoline"                    # string offset=9440
	.byte	0
	.ascii	"trampoline_size"               # string offset=9451
	.byte	0
	.ascii	"subop_list"                    # string offset=9467
	.byte	0
	.ascii	"ops_func"                      # string offset=9478
	.byte	0
	.ascii	"managed"                       # string offset=9487
	.byte	0
	.ascii	"direct_call"                   # string offset=9495
	.byte	0
	.ascii	"ftrace_func_t"                 # string offset=9507
	.byte	0
	.ascii	"ftrace_regs"                   # string offset=9521
	.byte	0
	.ascii	"ftrace_ops_hash"               # string offset=9533
	.byte	0
	.ascii	"notrace_hash"                  # string offset=9549
	.byte	0
	.ascii	"filter_hash"                   # string offset=9562
	.byte	0
	.ascii	"regex_lock"                    # string offset=9574
	.byte	0
	.ascii	"ftrace_ops_func_t"             # string offset=9585
	.byte	0
	.ascii	"ftrace_ops_cmd"                # string offset=9603
	.byte	0
	.ascii	"FTRACE_OPS_CMD_ENABLE_SHARE_IPMODIFY_SELF" # string offset=9618
	.byte	0
	.ascii	"FTRACE_OPS_CMD_ENABLE_SHARE_IPMODIFY_PEER" # string offset=9660
	.byte	0
	.ascii	"FTRACE_OPS_CMD_DISABLE_SHARE_IPMODIFY_PEER" # string offset=9702
	.byte	0
	.byte	48                              # string offset=9745
	.byte	0
	.ascii	"bpf_rdonly_cast"               # string offset=9747
	.byte	0
	.ascii	"0:92"                          # string offset=9763
	.byte	0
	.ascii	"\treturn task->pid & 1;"       # string offset=9768
	.byte	0
	.ascii	"LICENSE"                       # string offset=9791
	.byte	0
	.ascii	".ksyms"                        # string offset=9799
	.byte	0
	.ascii	"license"                       # string offset=9806
	.byte	0
	.ascii	"task_group"                    # string offset=9814
	.byte	0
	.ascii	"address_space"                 # string offset=9825
	.byte	0
	.ascii	"user_namespace"                # string offset=9839
	.byte	0
	.ascii	"completion"                    # string offset=9854
	.byte	0
	.ascii	"pid_namespace"                 # string offset=9865
	.byte	0
	.ascii	"hrtimer_clock_base"            # string offset=9879
	.byte	0
	.ascii	"mm_struct"                     # string offset=9898
	.byte	0
	.ascii	"key"                           # string offset=9908
	.byte	0
	.ascii	"vm_struct"                     # string offset=9912
	.byte	0
	.ascii	"bpf_prog"                      # string offset=9922
	.byte	0
	.ascii	"user_struct"                   # string offset=9931
	.byte	0
	.ascii	"kernel_siginfo"                # string offset=9943
	.byte	0
	.ascii	"obj_cgroup"                    # string offset=9958
	.byte	0
	.ascii	"mem_cgroup"                    # string offset=9969
	.byte	0
	.ascii	"bpf_local_storage"             # string offset=9980
	.byte	0
	.ascii	"ftrace_hash"                   # string offset=9998
	.byte	0
	.ascii	"seccomp_filter"                # string offset=10010
	.byte	0
	.ascii	"rt_mutex_waiter"               # string offset=10025
	.byte	0
	.ascii	"robust_list_head"              # string offset=10041
	.byte	0
	.ascii	"compat_robust_list_head"       # string offset=10058
	.byte	0
	.ascii	"futex_pi_state"                # string offset=10082
	.byte	0
	.ascii	"task_delay_info"               # string offset=10097
	.byte	0
	.ascii	"uprobe_task"                   # string offset=10113
	.byte	0
	.ascii	"bpf_run_ctx"                   # string offset=10125
	.byte	0
	.ascii	"unwind_cache"                  # string offset=10137
	.byte	0
	.ascii	"pipe_inode_info"               # string offset=10150
	.byte	0
	.ascii	"fasync_struct"                 # string offset=10166
	.byte	0
	.ascii	"css_set"                       # string offset=10180
	.byte	0
	.ascii	"fs_struct"                     # string offset=10188
	.byte	0
	.ascii	"gendisk"                       # string offset=10198
	.byte	0
	.ascii	"trace_event_call"              # string offset=10206
	.byte	0
	.ascii	"event_filter"                  # string offset=10223
	.byte	0
	.ascii	"perf_event_pmu_context"        # string offset=10236
	.byte	0
	.ascii	"perf_event_context"            # string offset=10259
	.byte	0
	.ascii	"perf_buffer"                   # string offset=10278
	.byte	0
	.ascii	"perf_addr_filter_range"        # string offset=10290
	.byte	0
	.ascii	"perf_callchain_entry"          # string offset=10313
	.byte	0
	.ascii	"perf_raw_record"               # string offset=10334
	.byte	0
	.ascii	"perf_branch_stack"             # string offset=10350
	.byte	0
	.ascii	"perf_cgroup"                   # string offset=10368
	.byte	0
	.ascii	"rcu_node"                      # string offset=10380
	.byte	0
	.ascii	"sighand_struct"                # string offset=10389
	.byte	0
	.ascii	"__kernel_timespec"             # string offset=10404
	.byte	0
	.ascii	"old_timespec32"                # string offset=10422
	.byte	0
	.ascii	"pollfd"                        # string offset=10437
	.byte	0
	.ascii	"sem_undo_list"                 # string offset=10444
	.byte	0
	.ascii	"files_struct"                  # string offset=10458
	.byte	0
	.ascii	"io_uring_task"                 # string offset=10471
	.byte	0
	.ascii	"blk_plug"                      # string offset=10485
	.byte	0
	.ascii	"signal_struct"                 # string offset=10494
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	20
	.long	20
	.long	92
	.long	112
	.long	44
	.long	8                               # FuncInfo
	.long	265                             # FuncInfo section string offset=265
	.long	1
	.long	.Lfunc_begin0
	.long	16
	.long	16                              # LineInfo
	.long	265                             # LineInfo section string offset=265
	.long	5
	.long	.Ltmp0
	.long	285
	.long	311
	.long	13365                           # Line 13 Col 53
	.long	.Ltmp2
	.long	285
	.long	311
	.long	13341                           # Line 13 Col 29
	.long	.Ltmp7
	.long	285
	.long	9768
	.long	16399                           # Line 16 Col 15
	.long	.Ltmp10
	.long	285
	.long	9768
	.long	16403                           # Line 16 Col 19
	.long	.Ltmp11
	.long	285
	.long	9768
	.long	16386                           # Line 16 Col 2
	.long	16                              # FieldReloc
	.long	265                             # Field reloc section string offset=265
	.long	2
	.long	.Ltmp3
	.long	17
	.long	9745
	.long	7
	.long	.Ltmp6
	.long	17
	.long	9763
	.long	0
	.addrsig
	.addrsig_sym live_core_type_id
	.addrsig_sym LICENSE
