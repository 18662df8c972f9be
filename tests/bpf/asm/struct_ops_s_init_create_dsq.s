	.text
	.file	"struct_ops_s_init_create_dsq.bpf.c"
	.file	0 "." "struct_ops_s_init_create_dsq.bpf.c" md5 0x9fd539f57011c5ef9d25280e1aef4fa5
	.file	1 "." "common.h" md5 0x7880bcbf4a61ad306ae1087d262c9ad6
	.file	2 ".." "vmlinux.h" md5 0xc786542dda78ab1a0ea282600316fb63
	.file	3 "." "sched_ext.h" md5 0x293ddc421112dca3bfd29e58cae8644c
	.section	"struct_ops.s/init","ax",@progbits
	.globl	struct_ops_s_init_create_dsq    # -- Begin function struct_ops_s_init_create_dsq
	.p2align	3
	.type	struct_ops_s_init_create_dsq,@function
struct_ops_s_init_create_dsq:           # @struct_ops_s_init_create_dsq
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	.loc	0 11 9 prologue_end             # struct_ops_s_init_create_dsq.bpf.c:11:9
.Ltmp0:
	r1 = 1
	w2 = -1
	call scx_bpf_create_dsq
.Ltmp1:
.Ltmp2:
	.loc	0 9 5                           # struct_ops_s_init_create_dsq.bpf.c:9:5
.Ltmp3:
	exit
.Ltmp4:
.Ltmp5:
.Lfunc_end0:
	.size	struct_ops_s_init_create_dsq, .Lfunc_end0-struct_ops_s_init_create_dsq
	.cfi_endproc
                                        # -- End function
	.type	LICENSE,@object                 # @LICENSE
	.section	license,"aw",@progbits
	.globl	LICENSE
LICENSE:
	.asciz	"GPL"
	.size	LICENSE, 4

	.type	sc_init_ops,@object             # @sc_init_ops
	.section	.struct_ops.link,"aw",@progbits
	.globl	sc_init_ops
	.p2align	3, 0x0
sc_init_ops:
	.quad	0
	.quad	0
	.quad	0
	.quad	0
	.quad	0
	.quad	0
	.quad	struct_ops_s_init_create_dsq
	.quad	0
	.asciz	"sc_init\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000"
	.size	sc_init_ops, 192

	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	16240
	.long	16240
	.long	10673
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
	.long	24                              # BTF_KIND_TYPEDEF(id = 4)
	.long	134217728                       # 0x8000000
	.long	5
	.long	28                              # BTF_KIND_TYPEDEF(id = 5)
	.long	134217728                       # 0x8000000
	.long	6
	.long	34                              # BTF_KIND_INT(id = 6)
	.long	16777216                        # 0x1000000
	.long	4
	.long	16777248                        # 0x1000020
	.long	38                              # BTF_KIND_FUNC(id = 7)
	.long	201326593                       # 0xc000001
	.long	3
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 8)
	.long	218103810                       # 0xd000002
	.long	4
	.long	0
	.long	9
	.long	0
	.long	4
	.long	200                             # BTF_KIND_TYPEDEF(id = 9)
	.long	134217728                       # 0x8000000
	.long	10
	.long	204                             # BTF_KIND_TYPEDEF(id = 10)
	.long	134217728                       # 0x8000000
	.long	2
	.long	210                             # BTF_KIND_FUNC(id = 11)
	.long	201326594                       # 0xc000002
	.long	8
	.long	229                             # BTF_KIND_INT(id = 12)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 13)
	.long	50331648                        # 0x3000000
	.long	0
	.long	12
	.long	14
	.long	4
	.long	234                             # BTF_KIND_INT(id = 14)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	254                             # BTF_KIND_VAR(id = 15)
	.long	234881024                       # 0xe000000
	.long	13
	.long	1
	.long	262                             # BTF_KIND_STRUCT(id = 16)
	.long	67108873                        # 0x4000009
	.long	192
	.long	276
	.long	17
	.long	0                               # 0x0
	.long	287
	.long	336
	.long	64                              # 0x40
	.long	295
	.long	336
	.long	128                             # 0x80
	.long	303
	.long	338
	.long	192                             # 0xc0
	.long	312
	.long	340
	.long	256                             # 0x100
	.long	322
	.long	344
	.long	320                             # 0x140
	.long	332
	.long	348
	.long	384                             # 0x180
	.long	337
	.long	350
	.long	448                             # 0x1c0
	.long	342
	.long	354
	.long	512                             # 0x200
	.long	0                               # BTF_KIND_PTR(id = 17)
	.long	33554432                        # 0x2000000
	.long	18
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 18)
	.long	218103811                       # 0xd000003
	.long	4
	.long	0
	.long	19
	.long	0
	.long	4
	.long	0
	.long	9
	.long	0                               # BTF_KIND_PTR(id = 19)
	.long	33554432                        # 0x2000000
	.long	20
	.long	347                             # BTF_KIND_STRUCT(id = 20)
	.long	2214592760                      # 0x840000f8
	.long	3264
	.long	359
	.long	21
	.long	0                               # 0x0
	.long	371
	.long	25
	.long	192                             # 0xc0
	.long	379
	.long	25
	.long	224                             # 0xe0
	.long	391
	.long	26
	.long	256                             # 0x100
	.long	397
	.long	27
	.long	320                             # 0x140
	.long	403
	.long	25
	.long	352                             # 0x160
	.long	409
	.long	25
	.long	384                             # 0x180
	.long	416
	.long	6
	.long	416                             # 0x1a0
	.long	423
	.long	31
	.long	448                             # 0x1c0
	.long	434
	.long	25
	.long	576                             # 0x240
	.long	446
	.long	22
	.long	640                             # 0x280
	.long	466
	.long	19
	.long	704                             # 0x2c0
	.long	477
	.long	6
	.long	768                             # 0x300
	.long	493
	.long	6
	.long	800                             # 0x320
	.long	502
	.long	6
	.long	832                             # 0x340
	.long	508
	.long	6
	.long	864                             # 0x360
	.long	513
	.long	6
	.long	896                             # 0x380
	.long	525
	.long	6
	.long	928                             # 0x3a0
	.long	537
	.long	25
	.long	960                             # 0x3c0
	.long	549
	.long	38
	.long	1024                            # 0x400
	.long	552
	.long	52
	.long	3072                            # 0xc00
	.long	555
	.long	55
	.long	3648                            # 0xe40
	.long	558
	.long	70
	.long	5568                            # 0x15c0
	.long	568
	.long	71
	.long	5632                            # 0x1600
	.long	580
	.long	73
	.long	5696                            # 0x1640
	.long	597
	.long	74
	.long	5760                            # 0x1680
	.long	617
	.long	42
	.long	5888                            # 0x1700
	.long	631
	.long	78
	.long	6016                            # 0x1780
	.long	641
	.long	80
	.long	6144                            # 0x1800
	.long	647
	.long	81
	.long	6144                            # 0x1800
	.long	665
	.long	25
	.long	6208                            # 0x1840
	.long	676
	.long	25
	.long	6240                            # 0x1860
	.long	683
	.long	22
	.long	6272                            # 0x1880
	.long	704
	.long	6
	.long	6336                            # 0x18c0
	.long	720
	.long	83
	.long	6400                            # 0x1900
	.long	729
	.long	86
	.long	6464                            # 0x1940
	.long	743
	.long	85
	.long	6528                            # 0x1980
	.long	753
	.long	26
	.long	6784                            # 0x1a80
	.long	771
	.long	37
	.long	6848                            # 0x1ac0
	.long	790
	.long	37
	.long	6864                            # 0x1ad0
	.long	806
	.long	6
	.long	6880                            # 0x1ae0
	.long	828
	.long	89
	.long	6912                            # 0x1b00
	.long	852
	.long	42
	.long	6976                            # 0x1b40
	.long	867
	.long	91
	.long	7104                            # 0x1bc0
	.long	884
	.long	22
	.long	7168                            # 0x1c00
	.long	900
	.long	64
	.long	7232                            # 0x1c40
	.long	918
	.long	64
	.long	7240                            # 0x1c48
	.long	932
	.long	6
	.long	7264                            # 0x1c60
	.long	951
	.long	42
	.long	7296                            # 0x1c80
	.long	974
	.long	6
	.long	7424                            # 0x1d00
	.long	993
	.long	42
	.long	7488                            # 0x1d40
	.long	1013
	.long	6
	.long	7616                            # 0x1dc0
	.long	1032
	.long	6
	.long	7648                            # 0x1de0
	.long	1047
	.long	89
	.long	7680                            # 0x1e00
	.long	1066
	.long	42
	.long	7744                            # 0x1e40
	.long	1083
	.long	42
	.long	7872                            # 0x1ec0
	.long	1097
	.long	6
	.long	8000                            # 0x1f40
	.long	1110
	.long	92
	.long	8064                            # 0x1f80
	.long	1121
	.long	42
	.long	8448                            # 0x2100
	.long	1127
	.long	93
	.long	8576                            # 0x2180
	.long	1142
	.long	40
	.long	8896                            # 0x22c0
	.long	1160
	.long	94
	.long	9088                            # 0x2380
	.long	1163
	.long	94
	.long	9152                            # 0x23c0
	.long	1173
	.long	95
	.long	9216                            # 0x2400
	.long	1197
	.long	6
	.long	9280                            # 0x2440
	.long	1208
	.long	6
	.long	9312                            # 0x2460
	.long	1218
	.long	6
	.long	9344                            # 0x2480
	.long	1230
	.long	6
	.long	9376                            # 0x24a0
	.long	1244
	.long	22
	.long	9408                            # 0x24c0
	.long	1251
	.long	25
	.long	9472                            # 0x2500
	.long	1263
	.long	25
	.long	16786720                        # 0x1002520
	.long	1283
	.long	25
	.long	16786721                        # 0x1002521
	.long	1309
	.long	25
	.long	16786722                        # 0x1002522
	.long	1324
	.long	25
	.long	16786723                        # 0x1002523
	.long	1339
	.long	25
	.long	16786752                        # 0x1002540
	.long	1359
	.long	25
	.long	16786753                        # 0x1002541
	.long	1374
	.long	25
	.long	16786754                        # 0x1002542
	.long	1388
	.long	25
	.long	16786755                        # 0x1002543
	.long	1398
	.long	25
	.long	67118404                        # 0x4002544
	.long	1422
	.long	25
	.long	16786760                        # 0x1002548
	.long	1432
	.long	25
	.long	16786761                        # 0x1002549
	.long	1448
	.long	25
	.long	16786762                        # 0x100254a
	.long	1462
	.long	25
	.long	16786763                        # 0x100254b
	.long	1482
	.long	25
	.long	16786764                        # 0x100254c
	.long	1489
	.long	25
	.long	16786765                        # 0x100254d
	.long	1502
	.long	25
	.long	16786766                        # 0x100254e
	.long	1514
	.long	25
	.long	16786767                        # 0x100254f
	.long	1525
	.long	25
	.long	16786768                        # 0x1002550
	.long	1545
	.long	25
	.long	16786769                        # 0x1002551
	.long	1558
	.long	25
	.long	16786770                        # 0x1002552
	.long	1574
	.long	22
	.long	9600                            # 0x2580
	.long	1587
	.long	96
	.long	9664                            # 0x25c0
	.long	1601
	.long	113
	.long	10112                           # 0x2780
	.long	1605
	.long	113
	.long	10144                           # 0x27a0
	.long	1610
	.long	22
	.long	10176                           # 0x27c0
	.long	1623
	.long	19
	.long	10240                           # 0x2800
	.long	1635
	.long	19
	.long	10304                           # 0x2840
	.long	1642
	.long	42
	.long	10368                           # 0x2880
	.long	1651
	.long	42
	.long	10496                           # 0x2900
	.long	1659
	.long	19
	.long	10624                           # 0x2980
	.long	1672
	.long	42
	.long	10688                           # 0x29c0
	.long	1680
	.long	42
	.long	10816                           # 0x2a40
	.long	1693
	.long	115
	.long	10944                           # 0x2ac0
	.long	1704
	.long	118
	.long	11008                           # 0x2b00
	.long	1714
	.long	42
	.long	11520                           # 0x2d00
	.long	1726
	.long	119
	.long	11648                           # 0x2d80
	.long	1737
	.long	120
	.long	11712                           # 0x2dc0
	.long	1751
	.long	120
	.long	11776                           # 0x2e00
	.long	1767
	.long	26
	.long	11840                           # 0x2e40
	.long	1782
	.long	9
	.long	11904                           # 0x2e80
	.long	1788
	.long	9
	.long	11968                           # 0x2ec0
	.long	1794
	.long	9
	.long	12032                           # 0x2f00
	.long	1800
	.long	121
	.long	12096                           # 0x2f40
	.long	1813
	.long	22
	.long	12288                           # 0x3000
	.long	1819
	.long	22
	.long	12352                           # 0x3040
	.long	1826
	.long	9
	.long	12416                           # 0x3080
	.long	1837
	.long	9
	.long	12480                           # 0x30c0
	.long	1852
	.long	22
	.long	12544                           # 0x3100
	.long	1860
	.long	22
	.long	12608                           # 0x3140
	.long	1868
	.long	129
	.long	12672                           # 0x3180
	.long	1884
	.long	135
	.long	13312                           # 0x3400
	.long	1905
	.long	141
	.long	13760                           # 0x35c0
	.long	1918
	.long	141
	.long	13824                           # 0x3600
	.long	1928
	.long	141
	.long	13888                           # 0x3640
	.long	1933
	.long	154
	.long	13952                           # 0x3680
	.long	1954
	.long	160
	.long	14016                           # 0x36c0
	.long	1959
	.long	161
	.long	14144                           # 0x3740
	.long	1969
	.long	162
	.long	14208                           # 0x3780
	.long	1977
	.long	164
	.long	14272                           # 0x37c0
	.long	1985
	.long	22
	.long	14400                           # 0x3840
	.long	2003
	.long	22
	.long	14464                           # 0x3880
	.long	2020
	.long	165
	.long	14528                           # 0x38c0
	.long	2023
	.long	166
	.long	14592                           # 0x3900
	.long	2029
	.long	167
	.long	14656                           # 0x3940
	.long	2038
	.long	168
	.long	14720                           # 0x3980
	.long	2046
	.long	169
	.long	14784                           # 0x39c0
	.long	2053
	.long	170
	.long	14848                           # 0x3a00
	.long	2061
	.long	171
	.long	14912                           # 0x3a40
	.long	2069
	.long	171
	.long	14976                           # 0x3a80
	.long	2082
	.long	171
	.long	15040                           # 0x3ac0
	.long	2096
	.long	174
	.long	15104                           # 0x3b00
	.long	2104
	.long	22
	.long	15296                           # 0x3bc0
	.long	2114
	.long	175
	.long	15360                           # 0x3c00
	.long	2126
	.long	25
	.long	15424                           # 0x3c40
	.long	2139
	.long	75
	.long	15488                           # 0x3c80
	.long	2150
	.long	178
	.long	15552                           # 0x3cc0
	.long	2164
	.long	144
	.long	15616                           # 0x3d00
	.long	2173
	.long	25
	.long	15648                           # 0x3d20
	.long	2183
	.long	179
	.long	15680                           # 0x3d40
	.long	2191
	.long	181
	.long	15808                           # 0x3dc0
	.long	2208
	.long	9
	.long	16064                           # 0x3ec0
	.long	2223
	.long	9
	.long	16128                           # 0x3f00
	.long	2236
	.long	183
	.long	16192                           # 0x3f40
	.long	2247
	.long	122
	.long	16224                           # 0x3f60
	.long	2255
	.long	186
	.long	16256                           # 0x3f80
	.long	2262
	.long	132
	.long	16320                           # 0x3fc0
	.long	2273
	.long	19
	.long	16448                           # 0x4040
	.long	2285
	.long	188
	.long	16512                           # 0x4080
	.long	2299
	.long	189
	.long	16576                           # 0x40c0
	.long	2310
	.long	22
	.long	16640                           # 0x4100
	.long	2318
	.long	26
	.long	16704                           # 0x4140
	.long	2331
	.long	190
	.long	16768                           # 0x4180
	.long	2340
	.long	191
	.long	16832                           # 0x41c0
	.long	2345
	.long	192
	.long	16896                           # 0x4200
	.long	2359
	.long	193
	.long	16960                           # 0x4240
	.long	2370
	.long	194
	.long	17024                           # 0x4280
	.long	2386
	.long	22
	.long	17088                           # 0x42c0
	.long	2401
	.long	195
	.long	17152                           # 0x4300
	.long	2414
	.long	197
	.long	17216                           # 0x4340
	.long	2419
	.long	25
	.long	17664                           # 0x4500
	.long	2429
	.long	9
	.long	17728                           # 0x4540
	.long	2443
	.long	9
	.long	17792                           # 0x4580
	.long	2456
	.long	9
	.long	17856                           # 0x45c0
	.long	2469
	.long	198
	.long	17920                           # 0x4600
	.long	2482
	.long	201
	.long	18944                           # 0x4a00
	.long	2499
	.long	6
	.long	18976                           # 0x4a20
	.long	2523
	.long	205
	.long	19008                           # 0x4a40
	.long	2531
	.long	42
	.long	19072                           # 0x4a80
	.long	2539
	.long	206
	.long	19200                           # 0x4b00
	.long	2551
	.long	207
	.long	19264                           # 0x4b40
	.long	2570
	.long	42
	.long	19328                           # 0x4b80
	.long	2584
	.long	208
	.long	19456                           # 0x4c00
	.long	2599
	.long	136
	.long	19520                           # 0x4c40
	.long	2616
	.long	25
	.long	19776                           # 0x4d40
	.long	2628
	.long	209
	.long	19808                           # 0x4d60
	.long	2643
	.long	210
	.long	19840                           # 0x4d80
	.long	2659
	.long	136
	.long	19904                           # 0x4dc0
	.long	2676
	.long	42
	.long	20160                           # 0x4ec0
	.long	2692
	.long	211
	.long	20288                           # 0x4f40
	.long	2706
	.long	212
	.long	20352                           # 0x4f80
	.long	2716
	.long	213
	.long	20416                           # 0x4fc0
	.long	2724
	.long	64
	.long	20432                           # 0x4fd0
	.long	2734
	.long	213
	.long	20448                           # 0x4fe0
	.long	2749
	.long	6
	.long	20480                           # 0x5000
	.long	2763
	.long	25
	.long	20512                           # 0x5020
	.long	2780
	.long	25
	.long	20544                           # 0x5040
	.long	2801
	.long	6
	.long	20576                           # 0x5060
	.long	2820
	.long	22
	.long	20608                           # 0x5080
	.long	2839
	.long	9
	.long	20672                           # 0x50c0
	.long	2850
	.long	9
	.long	20736                           # 0x5100
	.long	2875
	.long	9
	.long	20800                           # 0x5140
	.long	2897
	.long	74
	.long	20864                           # 0x5180
	.long	2907
	.long	214
	.long	20992                           # 0x5200
	.long	2918
	.long	215
	.long	21056                           # 0x5240
	.long	2930
	.long	22
	.long	21120                           # 0x5280
	.long	2948
	.long	216
	.long	21184                           # 0x52c0
	.long	2969
	.long	22
	.long	21376                           # 0x5380
	.long	2989
	.long	217
	.long	21440                           # 0x53c0
	.long	2994
	.long	23
	.long	21504                           # 0x5400
	.long	3003
	.long	23
	.long	21536                           # 0x5420
	.long	3012
	.long	22
	.long	21568                           # 0x5440
	.long	3028
	.long	6
	.long	21632                           # 0x5480
	.long	3035
	.long	6
	.long	21664                           # 0x54a0
	.long	3047
	.long	6
	.long	21696                           # 0x54c0
	.long	3064
	.long	6
	.long	21728                           # 0x54e0
	.long	3078
	.long	74
	.long	21760                           # 0x5500
	.long	3087
	.long	218
	.long	21888                           # 0x5580
	.long	3095
	.long	220
	.long	22272                           # 0x5700
	.long	3107
	.long	221
	.long	22336                           # 0x5740
	.long	3117
	.long	223
	.long	22464                           # 0x57c0
	.long	3124
	.long	6
	.long	22528                           # 0x5800
	.long	3135
	.long	6
	.long	22560                           # 0x5820
	.long	3152
	.long	22
	.long	22592                           # 0x5840
	.long	3170
	.long	9
	.long	22656                           # 0x5880
	.long	3185
	.long	9
	.long	22720                           # 0x58c0
	.long	3208
	.long	22
	.long	22784                           # 0x5900
	.long	3224
	.long	224
	.long	22848                           # 0x5940
	.long	3237
	.long	25
	.long	22912                           # 0x5980
	.long	3262
	.long	224
	.long	22976                           # 0x59c0
	.long	3275
	.long	225
	.long	23040                           # 0x5a00
	.long	3281
	.long	226
	.long	23104                           # 0x5a40
	.long	3295
	.long	227
	.long	23168                           # 0x5a80
	.long	3301
	.long	228
	.long	23232                           # 0x5ac0
	.long	3311
	.long	74
	.long	23232                           # 0x5ac0
	.long	3315
	.long	27
	.long	23360                           # 0x5b40
	.long	3325
	.long	6
	.long	23392                           # 0x5b60
	.long	3344
	.long	19
	.long	23424                           # 0x5b80
	.long	3360
	.long	229
	.long	23488                           # 0x5bc0
	.long	3377
	.long	233
	.long	23808                           # 0x5d00
	.long	3391
	.long	27
	.long	23872                           # 0x5d40
	.long	3406
	.long	26
	.long	23936                           # 0x5d80
	.long	3415
	.long	234
	.long	24000                           # 0x5dc0
	.long	3427
	.long	235
	.long	24064                           # 0x5e00
	.long	3435
	.long	236
	.long	24128                           # 0x5e40
	.long	3451
	.long	23
	.long	24192                           # 0x5e80
	.long	3465
	.long	74
	.long	24256                           # 0x5ec0
	.long	3480
	.long	237
	.long	24384                           # 0x5f40
	.long	3492
	.long	241
	.long	24704                           # 0x6080
	.long	359                             # BTF_KIND_STRUCT(id = 21)
	.long	67108868                        # 0x4000004
	.long	24
	.long	403
	.long	22
	.long	0                               # 0x0
	.long	3499
	.long	22
	.long	64                              # 0x40
	.long	3512
	.long	23
	.long	128                             # 0x80
	.long	3519
	.long	23
	.long	160                             # 0xa0
	.long	3523                            # BTF_KIND_INT(id = 22)
	.long	16777216                        # 0x1000000
	.long	8
	.long	64                              # 0x40
	.long	3537                            # BTF_KIND_TYPEDEF(id = 23)
	.long	134217728                       # 0x8000000
	.long	24
	.long	3541                            # BTF_KIND_TYPEDEF(id = 24)
	.long	134217728                       # 0x8000000
	.long	25
	.long	3547                            # BTF_KIND_INT(id = 25)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	0                               # BTF_KIND_PTR(id = 26)
	.long	33554432                        # 0x2000000
	.long	0
	.long	3560                            # BTF_KIND_TYPEDEF(id = 27)
	.long	134217728                       # 0x8000000
	.long	28
	.long	3571                            # BTF_KIND_STRUCT(id = 28)
	.long	67108865                        # 0x4000001
	.long	4
	.long	3587
	.long	29
	.long	0                               # 0x0
	.long	3592                            # BTF_KIND_TYPEDEF(id = 29)
	.long	134217728                       # 0x8000000
	.long	30
	.long	0                               # BTF_KIND_STRUCT(id = 30)
	.long	67108865                        # 0x4000001
	.long	4
	.long	3601
	.long	6
	.long	0                               # 0x0
	.long	3609                            # BTF_KIND_STRUCT(id = 31)
	.long	67108868                        # 0x4000004
	.long	16
	.long	3628
	.long	32
	.long	0                               # 0x0
	.long	0
	.long	34
	.long	64                              # 0x40
	.long	3634
	.long	35
	.long	96                              # 0x60
	.long	3638
	.long	35
	.long	112                             # 0x70
	.long	3642                            # BTF_KIND_STRUCT(id = 32)
	.long	67108865                        # 0x4000001
	.long	8
	.long	3653
	.long	33
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 33)
	.long	33554432                        # 0x2000000
	.long	32
	.long	0                               # BTF_KIND_UNION(id = 34)
	.long	83886082                        # 0x5000002
	.long	4
	.long	3658
	.long	25
	.long	0                               # 0x0
	.long	3666
	.long	29
	.long	0                               # 0x0
	.long	3674                            # BTF_KIND_TYPEDEF(id = 35)
	.long	134217728                       # 0x8000000
	.long	36
	.long	3678                            # BTF_KIND_TYPEDEF(id = 36)
	.long	134217728                       # 0x8000000
	.long	37
	.long	3684                            # BTF_KIND_INT(id = 37)
	.long	16777216                        # 0x1000000
	.long	2
	.long	16                              # 0x10
	.long	3699                            # BTF_KIND_STRUCT(id = 38)
	.long	67108888                        # 0x4000018
	.long	256
	.long	3712
	.long	39
	.long	0                               # 0x0
	.long	3717
	.long	40
	.long	128                             # 0x80
	.long	3726
	.long	9
	.long	320                             # 0x140
	.long	3735
	.long	9
	.long	384                             # 0x180
	.long	3748
	.long	9
	.long	448                             # 0x1c0
	.long	3758
	.long	9
	.long	512                             # 0x200
	.long	3768
	.long	42
	.long	576                             # 0x240
	.long	502
	.long	44
	.long	704                             # 0x2c0
	.long	3779
	.long	44
	.long	712                             # 0x2c8
	.long	3793
	.long	44
	.long	720                             # 0x2d0
	.long	3806
	.long	44
	.long	728                             # 0x2d8
	.long	3819
	.long	9
	.long	768                             # 0x300
	.long	3830
	.long	9
	.long	832                             # 0x340
	.long	3847
	.long	9
	.long	896                             # 0x380
	.long	3869
	.long	9
	.long	960                             # 0x3c0
	.long	0
	.long	45
	.long	1024                            # 0x400
	.long	3878
	.long	9
	.long	1088                            # 0x440
	.long	3884
	.long	9
	.long	1152                            # 0x480
	.long	3898
	.long	6
	.long	1216                            # 0x4c0
	.long	1635
	.long	49
	.long	1280                            # 0x500
	.long	3904
	.long	50
	.long	1344                            # 0x540
	.long	3911
	.long	50
	.long	1408                            # 0x580
	.long	3916
	.long	22
	.long	1472                            # 0x5c0
	.long	3932
	.long	51
	.long	1536                            # 0x600
	.long	3936                            # BTF_KIND_STRUCT(id = 39)
	.long	67108866                        # 0x4000002
	.long	16
	.long	3948
	.long	22
	.long	0                               # 0x0
	.long	3955
	.long	23
	.long	64                              # 0x40
	.long	3966                            # BTF_KIND_STRUCT(id = 40)
	.long	67108867                        # 0x4000003
	.long	24
	.long	3974
	.long	22
	.long	0                               # 0x0
	.long	3992
	.long	41
	.long	64                              # 0x40
	.long	4001
	.long	41
	.long	128                             # 0x80
	.long	0                               # BTF_KIND_PTR(id = 41)
	.long	33554432                        # 0x2000000
	.long	40
	.long	4009                            # BTF_KIND_STRUCT(id = 42)
	.long	67108866                        # 0x4000002
	.long	16
	.long	3653
	.long	43
	.long	0                               # 0x0
	.long	4019
	.long	43
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_PTR(id = 43)
	.long	33554432                        # 0x2000000
	.long	42
	.long	4024                            # BTF_KIND_INT(id = 44)
	.long	16777216                        # 0x1000000
	.long	1
	.long	8                               # 0x8
	.long	0                               # BTF_KIND_UNION(id = 45)
	.long	83886082                        # 0x5000002
	.long	8
	.long	4038
	.long	46
	.long	0                               # 0x0
	.long	4043
	.long	9
	.long	0                               # 0x0
	.long	4049                            # BTF_KIND_TYPEDEF(id = 46)
	.long	134217728                       # 0x8000000
	.long	47
	.long	4053                            # BTF_KIND_TYPEDEF(id = 47)
	.long	134217728                       # 0x8000000
	.long	48
	.long	4059                            # BTF_KIND_INT(id = 48)
	.long	16777216                        # 0x1000000
	.long	8
	.long	16777280                        # 0x1000040
	.long	0                               # BTF_KIND_PTR(id = 49)
	.long	33554432                        # 0x2000000
	.long	38
	.long	0                               # BTF_KIND_PTR(id = 50)
	.long	33554432                        # 0x2000000
	.long	361
	.long	4069                            # BTF_KIND_STRUCT(id = 51)
	.long	67108873                        # 0x4000009
	.long	64
	.long	4079
	.long	9
	.long	0                               # 0x0
	.long	4096
	.long	9
	.long	64                              # 0x40
	.long	4105
	.long	9
	.long	128                             # 0x80
	.long	4118
	.long	23
	.long	192                             # 0xc0
	.long	4127
	.long	23
	.long	224                             # 0xe0
	.long	4142
	.long	22
	.long	256                             # 0x100
	.long	4151
	.long	22
	.long	320                             # 0x140
	.long	4164
	.long	22
	.long	384                             # 0x180
	.long	4173
	.long	25
	.long	448                             # 0x1c0
	.long	4182                            # BTF_KIND_STRUCT(id = 52)
	.long	67108874                        # 0x400000a
	.long	72
	.long	4198
	.long	42
	.long	0                               # 0x0
	.long	4207
	.long	22
	.long	128                             # 0x80
	.long	4215
	.long	22
	.long	192                             # 0xc0
	.long	4230
	.long	25
	.long	256                             # 0x100
	.long	502
	.long	37
	.long	288                             # 0x120
	.long	4241
	.long	37
	.long	304                             # 0x130
	.long	4249
	.long	53
	.long	320                             # 0x140
	.long	1635
	.long	53
	.long	384                             # 0x180
	.long	4254
	.long	54
	.long	448                             # 0x1c0
	.long	3911
	.long	54
	.long	512                             # 0x200
	.long	0                               # BTF_KIND_PTR(id = 53)
	.long	33554432                        # 0x2000000
	.long	52
	.long	0                               # BTF_KIND_PTR(id = 54)
	.long	33554432                        # 0x2000000
	.long	360
	.long	4260                            # BTF_KIND_STRUCT(id = 55)
	.long	2214592535                      # 0x84000017
	.long	240
	.long	3966
	.long	40
	.long	0                               # 0x0
	.long	4276
	.long	9
	.long	192                             # 0xc0
	.long	4287
	.long	9
	.long	256                             # 0x100
	.long	4299
	.long	9
	.long	320                             # 0x140
	.long	4309
	.long	9
	.long	384                             # 0x180
	.long	4315
	.long	9
	.long	448                             # 0x1c0
	.long	4326
	.long	46
	.long	512                             # 0x200
	.long	3726
	.long	9
	.long	576                             # 0x240
	.long	403
	.long	25
	.long	640                             # 0x280
	.long	4334
	.long	25
	.long	16777888                        # 0x10002a0
	.long	4347
	.long	25
	.long	16777889                        # 0x10002a1
	.long	4358
	.long	25
	.long	16777890                        # 0x10002a2
	.long	4376
	.long	25
	.long	16777891                        # 0x10002a3
	.long	558
	.long	25
	.long	16777892                        # 0x10002a4
	.long	4387
	.long	25
	.long	16777893                        # 0x10002a5
	.long	4404
	.long	25
	.long	16777894                        # 0x10002a6
	.long	4413
	.long	25
	.long	16777895                        # 0x10002a7
	.long	4428
	.long	25
	.long	16777896                        # 0x10002a8
	.long	4445
	.long	56
	.long	704                             # 0x2c0
	.long	4454
	.long	56
	.long	1216                            # 0x4c0
	.long	4469
	.long	66
	.long	1728                            # 0x6c0
	.long	4472
	.long	67
	.long	1792                            # 0x700
	.long	4489
	.long	70
	.long	1856                            # 0x740
	.long	4495                            # BTF_KIND_STRUCT(id = 56)
	.long	67108872                        # 0x4000008
	.long	64
	.long	4503
	.long	57
	.long	0                               # 0x0
	.long	4508
	.long	58
	.long	256                             # 0x100
	.long	4521
	.long	59
	.long	320                             # 0x140
	.long	4530
	.long	63
	.long	384                             # 0x180
	.long	4535
	.long	64
	.long	448                             # 0x1c0
	.long	4541
	.long	64
	.long	456                             # 0x1c8
	.long	4548
	.long	64
	.long	464                             # 0x1d0
	.long	4556
	.long	64
	.long	472                             # 0x1d8
	.long	4564                            # BTF_KIND_STRUCT(id = 57)
	.long	67108866                        # 0x4000002
	.long	32
	.long	4503
	.long	40
	.long	0                               # 0x0
	.long	4580
	.long	58
	.long	192                             # 0xc0
	.long	4588                            # BTF_KIND_TYPEDEF(id = 58)
	.long	134217728                       # 0x8000000
	.long	46
	.long	0                               # BTF_KIND_PTR(id = 59)
	.long	33554432                        # 0x2000000
	.long	60
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 60)
	.long	218103809                       # 0xd000001
	.long	61
	.long	0
	.long	62
	.long	4596                            # BTF_KIND_ENUM(id = 61)
	.long	100663298                       # 0x6000002
	.long	4
	.long	4612
	.long	0
	.long	4630
	.long	1
	.long	0                               # BTF_KIND_PTR(id = 62)
	.long	33554432                        # 0x2000000
	.long	56
	.long	0                               # BTF_KIND_PTR(id = 63)
	.long	33554432                        # 0x2000000
	.long	370
	.long	4646                            # BTF_KIND_TYPEDEF(id = 64)
	.long	134217728                       # 0x8000000
	.long	65
	.long	4649                            # BTF_KIND_TYPEDEF(id = 65)
	.long	134217728                       # 0x8000000
	.long	44
	.long	0                               # BTF_KIND_PTR(id = 66)
	.long	33554432                        # 0x2000000
	.long	362
	.long	4654                            # BTF_KIND_TYPEDEF(id = 67)
	.long	134217728                       # 0x8000000
	.long	68
	.long	0                               # BTF_KIND_PTR(id = 68)
	.long	33554432                        # 0x2000000
	.long	69
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 69)
	.long	218103809                       # 0xd000001
	.long	19
	.long	0
	.long	70
	.long	0                               # BTF_KIND_PTR(id = 70)
	.long	33554432                        # 0x2000000
	.long	55
	.long	0                               # BTF_KIND_PTR(id = 71)
	.long	33554432                        # 0x2000000
	.long	72
	.long	0                               # BTF_KIND_CONST(id = 72)
	.long	167772160                       # 0xa000000
	.long	418
	.long	0                               # BTF_KIND_PTR(id = 73)
	.long	33554432                        # 0x2000000
	.long	359
	.long	4671                            # BTF_KIND_STRUCT(id = 74)
	.long	67108866                        # 0x4000002
	.long	16
	.long	3653
	.long	75
	.long	0                               # 0x0
	.long	4685
	.long	76
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_PTR(id = 75)
	.long	33554432                        # 0x2000000
	.long	74
	.long	0                               # BTF_KIND_PTR(id = 76)
	.long	33554432                        # 0x2000000
	.long	77
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 77)
	.long	218103809                       # 0xd000001
	.long	0
	.long	0
	.long	75
	.long	4690                            # BTF_KIND_TYPEDEF(id = 78)
	.long	134217728                       # 0x8000000
	.long	79
	.long	4695                            # BTF_KIND_INT(id = 79)
	.long	16777216                        # 0x1000000
	.long	1
	.long	67108872                        # 0x4000008
	.long	4701                            # BTF_KIND_STRUCT(id = 80)
	.long	67108864                        # 0x4000000
	.long	0
	.long	4718                            # BTF_KIND_STRUCT(id = 81)
	.long	67108865                        # 0x4000001
	.long	8
	.long	4729
	.long	82
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 82)
	.long	33554432                        # 0x2000000
	.long	116
	.long	0                               # BTF_KIND_PTR(id = 83)
	.long	33554432                        # 0x2000000
	.long	84
	.long	0                               # BTF_KIND_CONST(id = 84)
	.long	167772160                       # 0xa000000
	.long	85
	.long	4735                            # BTF_KIND_TYPEDEF(id = 85)
	.long	134217728                       # 0x8000000
	.long	87
	.long	0                               # BTF_KIND_PTR(id = 86)
	.long	33554432                        # 0x2000000
	.long	85
	.long	4745                            # BTF_KIND_STRUCT(id = 87)
	.long	67108865                        # 0x4000001
	.long	32
	.long	4753
	.long	88
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_ARRAY(id = 88)
	.long	50331648                        # 0x3000000
	.long	0
	.long	22
	.long	14
	.long	4
	.long	4758                            # BTF_KIND_UNION(id = 89)
	.long	83886082                        # 0x5000002
	.long	4
	.long	4770
	.long	90
	.long	0                               # 0x0
	.long	4772
	.long	23
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_STRUCT(id = 90)
	.long	67108868                        # 0x4000004
	.long	4
	.long	2061
	.long	64
	.long	0                               # 0x0
	.long	4774
	.long	64
	.long	8                               # 0x8
	.long	4782
	.long	64
	.long	16                              # 0x10
	.long	4791
	.long	64
	.long	24                              # 0x18
	.long	0                               # BTF_KIND_PTR(id = 91)
	.long	33554432                        # 0x2000000
	.long	419
	.long	1110                            # BTF_KIND_STRUCT(id = 92)
	.long	67108870                        # 0x4000006
	.long	48
	.long	4799
	.long	22
	.long	0                               # 0x0
	.long	4806
	.long	2
	.long	64                              # 0x40
	.long	4816
	.long	2
	.long	128                             # 0x80
	.long	4830
	.long	2
	.long	192                             # 0xc0
	.long	4844
	.long	2
	.long	256                             # 0x100
	.long	4857
	.long	2
	.long	320                             # 0x140
	.long	4869                            # BTF_KIND_STRUCT(id = 93)
	.long	67108867                        # 0x4000003
	.long	40
	.long	508
	.long	6
	.long	0                               # 0x0
	.long	4880
	.long	42
	.long	64                              # 0x40
	.long	4890
	.long	42
	.long	192                             # 0xc0
	.long	0                               # BTF_KIND_PTR(id = 94)
	.long	33554432                        # 0x2000000
	.long	371
	.long	0                               # BTF_KIND_PTR(id = 95)
	.long	33554432                        # 0x2000000
	.long	363
	.long	1587                            # BTF_KIND_STRUCT(id = 96)
	.long	67108867                        # 0x4000003
	.long	56
	.long	4900
	.long	22
	.long	0                               # 0x0
	.long	4910
	.long	97
	.long	64                              # 0x40
	.long	0
	.long	101
	.long	128                             # 0x80
	.long	0                               # BTF_KIND_PTR(id = 97)
	.long	33554432                        # 0x2000000
	.long	98
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 98)
	.long	218103809                       # 0xd000001
	.long	99
	.long	0
	.long	100
	.long	4913                            # BTF_KIND_INT(id = 99)
	.long	16777216                        # 0x1000000
	.long	8
	.long	16777280                        # 0x1000040
	.long	0                               # BTF_KIND_PTR(id = 100)
	.long	33554432                        # 0x2000000
	.long	96
	.long	0                               # BTF_KIND_UNION(id = 101)
	.long	83886083                        # 0x5000003
	.long	40
	.long	4918
	.long	102
	.long	0                               # 0x0
	.long	4924
	.long	104
	.long	0                               # 0x0
	.long	4934
	.long	111
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_STRUCT(id = 102)
	.long	67108870                        # 0x4000006
	.long	40
	.long	4939
	.long	103
	.long	0                               # 0x0
	.long	4945
	.long	23
	.long	64                              # 0x40
	.long	403
	.long	23
	.long	96                              # 0x60
	.long	4949
	.long	23
	.long	128                             # 0x80
	.long	4956
	.long	9
	.long	192                             # 0xc0
	.long	4961
	.long	103
	.long	256                             # 0x100
	.long	0                               # BTF_KIND_PTR(id = 103)
	.long	33554432                        # 0x2000000
	.long	23
	.long	0                               # BTF_KIND_STRUCT(id = 104)
	.long	67108868                        # 0x4000004
	.long	24
	.long	4968
	.long	105
	.long	0                               # 0x0
	.long	4976
	.long	107
	.long	32                              # 0x20
	.long	0
	.long	108
	.long	64                              # 0x40
	.long	4580
	.long	9
	.long	128                             # 0x80
	.long	4981                            # BTF_KIND_TYPEDEF(id = 105)
	.long	134217728                       # 0x8000000
	.long	106
	.long	4991                            # BTF_KIND_TYPEDEF(id = 106)
	.long	134217728                       # 0x8000000
	.long	6
	.long	5010                            # BTF_KIND_ENUM(id = 107)
	.long	100663299                       # 0x6000003
	.long	4
	.long	5024
	.long	0
	.long	5032
	.long	1
	.long	5042
	.long	2
	.long	0                               # BTF_KIND_UNION(id = 108)
	.long	83886082                        # 0x5000002
	.long	8
	.long	5052
	.long	109
	.long	0                               # 0x0
	.long	5057
	.long	110
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 109)
	.long	33554432                        # 0x2000000
	.long	421
	.long	0                               # BTF_KIND_PTR(id = 110)
	.long	33554432                        # 0x2000000
	.long	422
	.long	0                               # BTF_KIND_STRUCT(id = 111)
	.long	67108869                        # 0x4000005
	.long	32
	.long	5069
	.long	112
	.long	0                               # 0x0
	.long	5074
	.long	6
	.long	64                              # 0x40
	.long	5079
	.long	6
	.long	96                              # 0x60
	.long	5091
	.long	22
	.long	128                             # 0x80
	.long	5098
	.long	22
	.long	192                             # 0xc0
	.long	0                               # BTF_KIND_PTR(id = 112)
	.long	33554432                        # 0x2000000
	.long	423
	.long	5106                            # BTF_KIND_TYPEDEF(id = 113)
	.long	134217728                       # 0x8000000
	.long	114
	.long	5112                            # BTF_KIND_TYPEDEF(id = 114)
	.long	134217728                       # 0x8000000
	.long	6
	.long	0                               # BTF_KIND_PTR(id = 115)
	.long	33554432                        # 0x2000000
	.long	377
	.long	5127                            # BTF_KIND_STRUCT(id = 116)
	.long	67108866                        # 0x4000002
	.long	16
	.long	3653
	.long	82
	.long	0                               # 0x0
	.long	5138
	.long	117
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_PTR(id = 117)
	.long	33554432                        # 0x2000000
	.long	82
	.long	0                               # BTF_KIND_ARRAY(id = 118)
	.long	50331648                        # 0x3000000
	.long	0
	.long	116
	.long	14
	.long	4
	.long	0                               # BTF_KIND_PTR(id = 119)
	.long	33554432                        # 0x2000000
	.long	368
	.long	0                               # BTF_KIND_PTR(id = 120)
	.long	33554432                        # 0x2000000
	.long	6
	.long	1800                            # BTF_KIND_STRUCT(id = 121)
	.long	67108867                        # 0x4000003
	.long	24
	.long	1782
	.long	9
	.long	0                               # 0x0
	.long	1788
	.long	9
	.long	64                              # 0x40
	.long	5144
	.long	122
	.long	128                             # 0x80
	.long	5149                            # BTF_KIND_TYPEDEF(id = 122)
	.long	134217728                       # 0x8000000
	.long	123
	.long	5164                            # BTF_KIND_STRUCT(id = 123)
	.long	67108865                        # 0x4000001
	.long	4
	.long	5177
	.long	124
	.long	0                               # 0x0
	.long	5186                            # BTF_KIND_TYPEDEF(id = 124)
	.long	134217728                       # 0x8000000
	.long	125
	.long	5202                            # BTF_KIND_STRUCT(id = 125)
	.long	67108865                        # 0x4000001
	.long	4
	.long	0
	.long	126
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_UNION(id = 126)
	.long	83886083                        # 0x5000003
	.long	4
	.long	4945
	.long	29
	.long	0                               # 0x0
	.long	0
	.long	127
	.long	0                               # 0x0
	.long	0
	.long	128
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_STRUCT(id = 127)
	.long	67108866                        # 0x4000002
	.long	2
	.long	5212
	.long	64
	.long	0                               # 0x0
	.long	2096
	.long	64
	.long	8                               # 0x8
	.long	0                               # BTF_KIND_STRUCT(id = 128)
	.long	67108866                        # 0x4000002
	.long	4
	.long	5219
	.long	35
	.long	0                               # 0x0
	.long	5234
	.long	35
	.long	16                              # 0x10
	.long	1868                            # BTF_KIND_STRUCT(id = 129)
	.long	67108867                        # 0x4000003
	.long	80
	.long	5239
	.long	134
	.long	0                               # 0x0
	.long	5245
	.long	25
	.long	576                             # 0x240
	.long	5259
	.long	25
	.long	608                             # 0x260
	.long	5273                            # BTF_KIND_STRUCT(id = 130)
	.long	67108866                        # 0x4000002
	.long	24
	.long	5293
	.long	9
	.long	0                               # 0x0
	.long	5301
	.long	131
	.long	64                              # 0x40
	.long	5308                            # BTF_KIND_STRUCT(id = 131)
	.long	67108865                        # 0x4000001
	.long	16
	.long	5324
	.long	132
	.long	0                               # 0x0
	.long	5332                            # BTF_KIND_STRUCT(id = 132)
	.long	67108866                        # 0x4000002
	.long	16
	.long	5324
	.long	133
	.long	0                               # 0x0
	.long	5347
	.long	41
	.long	64                              # 0x40
	.long	5324                            # BTF_KIND_STRUCT(id = 133)
	.long	67108865                        # 0x4000001
	.long	8
	.long	3966
	.long	41
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_ARRAY(id = 134)
	.long	50331648                        # 0x3000000
	.long	0
	.long	130
	.long	14
	.long	3
	.long	1884                            # BTF_KIND_STRUCT(id = 135)
	.long	67108867                        # 0x4000003
	.long	56
	.long	5359
	.long	74
	.long	0                               # 0x0
	.long	5364
	.long	136
	.long	128                             # 0x80
	.long	5370
	.long	25
	.long	384                             # 0x180
	.long	5364                            # BTF_KIND_STRUCT(id = 136)
	.long	67108868                        # 0x4000004
	.long	32
	.long	5380
	.long	137
	.long	0                               # 0x0
	.long	5386
	.long	122
	.long	64                              # 0x40
	.long	5396
	.long	140
	.long	96                              # 0x60
	.long	5400
	.long	42
	.long	128                             # 0x80
	.long	5410                            # BTF_KIND_TYPEDEF(id = 137)
	.long	134217728                       # 0x8000000
	.long	138
	.long	5424                            # BTF_KIND_TYPEDEF(id = 138)
	.long	134217728                       # 0x8000000
	.long	139
	.long	0                               # BTF_KIND_STRUCT(id = 139)
	.long	67108865                        # 0x4000001
	.long	8
	.long	3601
	.long	46
	.long	0                               # 0x0
	.long	5435                            # BTF_KIND_STRUCT(id = 140)
	.long	67108865                        # 0x4000001
	.long	4
	.long	5234
	.long	29
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 141)
	.long	33554432                        # 0x2000000
	.long	142
	.long	0                               # BTF_KIND_CONST(id = 142)
	.long	167772160                       # 0xa000000
	.long	143
	.long	1928                            # BTF_KIND_STRUCT(id = 143)
	.long	67108890                        # 0x400001a
	.long	184
	.long	397
	.long	137
	.long	0                               # 0x0
	.long	5457
	.long	144
	.long	64                              # 0x40
	.long	5461
	.long	148
	.long	96                              # 0x60
	.long	5465
	.long	144
	.long	128                             # 0x80
	.long	5470
	.long	148
	.long	160                             # 0xa0
	.long	5475
	.long	144
	.long	192                             # 0xc0
	.long	5480
	.long	148
	.long	224                             # 0xe0
	.long	5485
	.long	144
	.long	256                             # 0x100
	.long	5491
	.long	148
	.long	288                             # 0x120
	.long	5497
	.long	25
	.long	320                             # 0x140
	.long	5508
	.long	152
	.long	384                             # 0x180
	.long	5524
	.long	152
	.long	448                             # 0x1c0
	.long	5538
	.long	152
	.long	512                             # 0x200
	.long	5552
	.long	152
	.long	576                             # 0x240
	.long	5561
	.long	152
	.long	640                             # 0x280
	.long	5573
	.long	44
	.long	704                             # 0x2c0
	.long	5585
	.long	154
	.long	768                             # 0x300
	.long	5601
	.long	154
	.long	832                             # 0x340
	.long	5617
	.long	154
	.long	896                             # 0x380
	.long	5632
	.long	154
	.long	960                             # 0x3c0
	.long	3406
	.long	26
	.long	1024                            # 0x400
	.long	5649
	.long	155
	.long	1088                            # 0x440
	.long	5654
	.long	156
	.long	1152                            # 0x480
	.long	5662
	.long	157
	.long	1216                            # 0x4c0
	.long	5670
	.long	158
	.long	1280                            # 0x500
	.long	0
	.long	159
	.long	1344                            # 0x540
	.long	5681                            # BTF_KIND_TYPEDEF(id = 144)
	.long	134217728                       # 0x8000000
	.long	145
	.long	0                               # BTF_KIND_STRUCT(id = 145)
	.long	67108865                        # 0x4000001
	.long	4
	.long	4945
	.long	146
	.long	0                               # 0x0
	.long	5688                            # BTF_KIND_TYPEDEF(id = 146)
	.long	134217728                       # 0x8000000
	.long	147
	.long	5694                            # BTF_KIND_TYPEDEF(id = 147)
	.long	134217728                       # 0x8000000
	.long	25
	.long	5711                            # BTF_KIND_TYPEDEF(id = 148)
	.long	134217728                       # 0x8000000
	.long	149
	.long	0                               # BTF_KIND_STRUCT(id = 149)
	.long	67108865                        # 0x4000001
	.long	4
	.long	4945
	.long	150
	.long	0                               # 0x0
	.long	5718                            # BTF_KIND_TYPEDEF(id = 150)
	.long	134217728                       # 0x8000000
	.long	151
	.long	5724                            # BTF_KIND_TYPEDEF(id = 151)
	.long	134217728                       # 0x8000000
	.long	25
	.long	5741                            # BTF_KIND_TYPEDEF(id = 152)
	.long	134217728                       # 0x8000000
	.long	153
	.long	0                               # BTF_KIND_STRUCT(id = 153)
	.long	67108865                        # 0x4000001
	.long	8
	.long	4945
	.long	9
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 154)
	.long	33554432                        # 0x2000000
	.long	372
	.long	0                               # BTF_KIND_PTR(id = 155)
	.long	33554432                        # 0x2000000
	.long	373
	.long	0                               # BTF_KIND_PTR(id = 156)
	.long	33554432                        # 0x2000000
	.long	365
	.long	0                               # BTF_KIND_PTR(id = 157)
	.long	33554432                        # 0x2000000
	.long	367
	.long	0                               # BTF_KIND_PTR(id = 158)
	.long	33554432                        # 0x2000000
	.long	375
	.long	0                               # BTF_KIND_UNION(id = 159)
	.long	83886082                        # 0x5000002
	.long	16
	.long	5754
	.long	6
	.long	0                               # 0x0
	.long	3311
	.long	74
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_ARRAY(id = 160)
	.long	50331648                        # 0x3000000
	.long	0
	.long	12
	.long	14
	.long	16
	.long	0                               # BTF_KIND_PTR(id = 161)
	.long	33554432                        # 0x2000000
	.long	424
	.long	5762                            # BTF_KIND_STRUCT(id = 162)
	.long	67108865                        # 0x4000001
	.long	8
	.long	5771
	.long	163
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 163)
	.long	33554432                        # 0x2000000
	.long	425
	.long	5781                            # BTF_KIND_STRUCT(id = 164)
	.long	67108865                        # 0x4000001
	.long	16
	.long	5790
	.long	42
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 165)
	.long	33554432                        # 0x2000000
	.long	404
	.long	0                               # BTF_KIND_PTR(id = 166)
	.long	33554432                        # 0x2000000
	.long	426
	.long	0                               # BTF_KIND_PTR(id = 167)
	.long	33554432                        # 0x2000000
	.long	427
	.long	0                               # BTF_KIND_PTR(id = 168)
	.long	33554432                        # 0x2000000
	.long	366
	.long	0                               # BTF_KIND_PTR(id = 169)
	.long	33554432                        # 0x2000000
	.long	429
	.long	0                               # BTF_KIND_PTR(id = 170)
	.long	33554432                        # 0x2000000
	.long	420
	.long	5800                            # BTF_KIND_TYPEDEF(id = 171)
	.long	134217728                       # 0x8000000
	.long	172
	.long	0                               # BTF_KIND_STRUCT(id = 172)
	.long	67108865                        # 0x4000001
	.long	8
	.long	5809
	.long	173
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_ARRAY(id = 173)
	.long	50331648                        # 0x3000000
	.long	0
	.long	22
	.long	14
	.long	1
	.long	5813                            # BTF_KIND_STRUCT(id = 174)
	.long	67108866                        # 0x4000002
	.long	24
	.long	5824
	.long	42
	.long	0                               # 0x0
	.long	2046
	.long	171
	.long	128                             # 0x80
	.long	5829                            # BTF_KIND_TYPEDEF(id = 175)
	.long	134217728                       # 0x8000000
	.long	176
	.long	5836                            # BTF_KIND_TYPEDEF(id = 176)
	.long	134217728                       # 0x8000000
	.long	177
	.long	5852                            # BTF_KIND_TYPEDEF(id = 177)
	.long	134217728                       # 0x8000000
	.long	22
	.long	0                               # BTF_KIND_PTR(id = 178)
	.long	33554432                        # 0x2000000
	.long	430
	.long	2183                            # BTF_KIND_STRUCT(id = 179)
	.long	67108867                        # 0x4000003
	.long	16
	.long	5869
	.long	6
	.long	0                               # 0x0
	.long	5874
	.long	29
	.long	32                              # 0x20
	.long	5887
	.long	180
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_PTR(id = 180)
	.long	33554432                        # 0x2000000
	.long	385
	.long	5894                            # BTF_KIND_STRUCT(id = 181)
	.long	67108868                        # 0x4000004
	.long	32
	.long	5916
	.long	182
	.long	0                               # 0x0
	.long	5925
	.long	22
	.long	64                              # 0x40
	.long	5932
	.long	22
	.long	128                             # 0x80
	.long	5936
	.long	78
	.long	192                             # 0xc0
	.long	0                               # BTF_KIND_PTR(id = 182)
	.long	33554432                        # 0x2000000
	.long	12
	.long	5948                            # BTF_KIND_TYPEDEF(id = 183)
	.long	134217728                       # 0x8000000
	.long	184
	.long	5959                            # BTF_KIND_STRUCT(id = 184)
	.long	67108865                        # 0x4000001
	.long	4
	.long	0
	.long	185
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_UNION(id = 185)
	.long	83886081                        # 0x5000001
	.long	4
	.long	5968
	.long	123
	.long	0                               # 0x0
	.long	5974                            # BTF_KIND_STRUCT(id = 186)
	.long	67108865                        # 0x4000001
	.long	8
	.long	3653
	.long	187
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 187)
	.long	33554432                        # 0x2000000
	.long	186
	.long	0                               # BTF_KIND_PTR(id = 188)
	.long	33554432                        # 0x2000000
	.long	386
	.long	0                               # BTF_KIND_PTR(id = 189)
	.long	33554432                        # 0x2000000
	.long	136
	.long	0                               # BTF_KIND_PTR(id = 190)
	.long	33554432                        # 0x2000000
	.long	407
	.long	0                               # BTF_KIND_PTR(id = 191)
	.long	33554432                        # 0x2000000
	.long	428
	.long	0                               # BTF_KIND_PTR(id = 192)
	.long	33554432                        # 0x2000000
	.long	387
	.long	0                               # BTF_KIND_PTR(id = 193)
	.long	33554432                        # 0x2000000
	.long	406
	.long	0                               # BTF_KIND_PTR(id = 194)
	.long	33554432                        # 0x2000000
	.long	388
	.long	0                               # BTF_KIND_PTR(id = 195)
	.long	33554432                        # 0x2000000
	.long	196
	.long	5986                            # BTF_KIND_TYPEDEF(id = 196)
	.long	134217728                       # 0x8000000
	.long	376
	.long	6003                            # BTF_KIND_STRUCT(id = 197)
	.long	67108871                        # 0x4000007
	.long	56
	.long	6022
	.long	9
	.long	0                               # 0x0
	.long	6028
	.long	9
	.long	64                              # 0x40
	.long	6034
	.long	9
	.long	128                             # 0x80
	.long	6040
	.long	9
	.long	192                             # 0xc0
	.long	6046
	.long	9
	.long	256                             # 0x100
	.long	6057
	.long	9
	.long	320                             # 0x140
	.long	6069
	.long	9
	.long	384                             # 0x180
	.long	6091                            # BTF_KIND_TYPEDEF(id = 198)
	.long	134217728                       # 0x8000000
	.long	199
	.long	0                               # BTF_KIND_STRUCT(id = 199)
	.long	67108865                        # 0x4000001
	.long	128
	.long	4753
	.long	200
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_ARRAY(id = 200)
	.long	50331648                        # 0x3000000
	.long	0
	.long	22
	.long	14
	.long	16
	.long	6102                            # BTF_KIND_TYPEDEF(id = 201)
	.long	134217728                       # 0x8000000
	.long	202
	.long	6122                            # BTF_KIND_STRUCT(id = 202)
	.long	67108865                        # 0x4000001
	.long	4
	.long	6140
	.long	203
	.long	0                               # 0x0
	.long	6149                            # BTF_KIND_TYPEDEF(id = 203)
	.long	134217728                       # 0x8000000
	.long	204
	.long	6140                            # BTF_KIND_STRUCT(id = 204)
	.long	67108865                        # 0x4000001
	.long	4
	.long	6160
	.long	25
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 205)
	.long	33554432                        # 0x2000000
	.long	403
	.long	0                               # BTF_KIND_PTR(id = 206)
	.long	33554432                        # 0x2000000
	.long	389
	.long	0                               # BTF_KIND_PTR(id = 207)
	.long	33554432                        # 0x2000000
	.long	390
	.long	0                               # BTF_KIND_PTR(id = 208)
	.long	33554432                        # 0x2000000
	.long	391
	.long	0                               # BTF_KIND_ARRAY(id = 209)
	.long	50331648                        # 0x3000000
	.long	0
	.long	64
	.long	14
	.long	4
	.long	0                               # BTF_KIND_PTR(id = 210)
	.long	33554432                        # 0x2000000
	.long	411
	.long	0                               # BTF_KIND_PTR(id = 211)
	.long	33554432                        # 0x2000000
	.long	392
	.long	0                               # BTF_KIND_PTR(id = 212)
	.long	33554432                        # 0x2000000
	.long	378
	.long	6169                            # BTF_KIND_INT(id = 213)
	.long	16777216                        # 0x1000000
	.long	2
	.long	16777232                        # 0x1000010
	.long	0                               # BTF_KIND_PTR(id = 214)
	.long	33554432                        # 0x2000000
	.long	393
	.long	0                               # BTF_KIND_PTR(id = 215)
	.long	33554432                        # 0x2000000
	.long	22
	.long	0                               # BTF_KIND_ARRAY(id = 216)
	.long	50331648                        # 0x3000000
	.long	0
	.long	22
	.long	14
	.long	3
	.long	0                               # BTF_KIND_PTR(id = 217)
	.long	33554432                        # 0x2000000
	.long	394
	.long	6175                            # BTF_KIND_STRUCT(id = 218)
	.long	67108867                        # 0x4000003
	.long	48
	.long	6196
	.long	219
	.long	0                               # 0x0
	.long	6201
	.long	78
	.long	320                             # 0x140
	.long	6216
	.long	78
	.long	328                             # 0x148
	.long	6225                            # BTF_KIND_STRUCT(id = 219)
	.long	67108866                        # 0x4000002
	.long	40
	.long	4745
	.long	87
	.long	0                               # 0x0
	.long	6251
	.long	78
	.long	256                             # 0x100
	.long	0                               # BTF_KIND_PTR(id = 220)
	.long	33554432                        # 0x2000000
	.long	401
	.long	6266                            # BTF_KIND_STRUCT(id = 221)
	.long	67108867                        # 0x4000003
	.long	16
	.long	6276
	.long	222
	.long	0                               # 0x0
	.long	5925
	.long	24
	.long	64                              # 0x40
	.long	6281
	.long	24
	.long	96                              # 0x60
	.long	0                               # BTF_KIND_PTR(id = 222)
	.long	33554432                        # 0x2000000
	.long	369
	.long	0                               # BTF_KIND_PTR(id = 223)
	.long	33554432                        # 0x2000000
	.long	395
	.long	0                               # BTF_KIND_PTR(id = 224)
	.long	33554432                        # 0x2000000
	.long	380
	.long	0                               # BTF_KIND_PTR(id = 225)
	.long	33554432                        # 0x2000000
	.long	379
	.long	0                               # BTF_KIND_PTR(id = 226)
	.long	33554432                        # 0x2000000
	.long	405
	.long	0                               # BTF_KIND_PTR(id = 227)
	.long	33554432                        # 0x2000000
	.long	396
	.long	3301                            # BTF_KIND_STRUCT(id = 228)
	.long	67108864                        # 0x4000000
	.long	0
	.long	6286                            # BTF_KIND_STRUCT(id = 229)
	.long	67108868                        # 0x4000004
	.long	40
	.long	6297
	.long	116
	.long	0                               # 0x0
	.long	4580
	.long	22
	.long	128                             # 0x80
	.long	4521
	.long	230
	.long	192                             # 0xc0
	.long	403
	.long	23
	.long	256                             # 0x100
	.long	0                               # BTF_KIND_PTR(id = 230)
	.long	33554432                        # 0x2000000
	.long	231
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 231)
	.long	218103809                       # 0xd000001
	.long	0
	.long	0
	.long	232
	.long	0                               # BTF_KIND_PTR(id = 232)
	.long	33554432                        # 0x2000000
	.long	229
	.long	0                               # BTF_KIND_PTR(id = 233)
	.long	33554432                        # 0x2000000
	.long	383
	.long	0                               # BTF_KIND_PTR(id = 234)
	.long	33554432                        # 0x2000000
	.long	381
	.long	0                               # BTF_KIND_PTR(id = 235)
	.long	33554432                        # 0x2000000
	.long	397
	.long	0                               # BTF_KIND_PTR(id = 236)
	.long	33554432                        # 0x2000000
	.long	398
	.long	6303                            # BTF_KIND_STRUCT(id = 237)
	.long	67108868                        # 0x4000004
	.long	40
	.long	6320
	.long	22
	.long	0                               # 0x0
	.long	6332
	.long	238
	.long	64                              # 0x40
	.long	5359
	.long	74
	.long	128                             # 0x80
	.long	6338
	.long	239
	.long	256                             # 0x100
	.long	0                               # BTF_KIND_PTR(id = 238)
	.long	33554432                        # 0x2000000
	.long	399
	.long	6341                            # BTF_KIND_UNION(id = 239)
	.long	83886082                        # 0x5000002
	.long	8
	.long	0
	.long	240
	.long	0                               # 0x0
	.long	6338
	.long	9
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_STRUCT(id = 240)
	.long	67108866                        # 0x4000002
	.long	8
	.long	3519
	.long	23
	.long	0                               # 0x0
	.long	6356
	.long	23
	.long	32                              # 0x20
	.long	6360                            # BTF_KIND_STRUCT(id = 241)
	.long	2214592530                      # 0x84000012
	.long	152
	.long	6374
	.long	243
	.long	0                               # 0x0
	.long	6384
	.long	22
	.long	192                             # 0xc0
	.long	6387
	.long	37
	.long	256                             # 0x100
	.long	6390
	.long	37
	.long	272                             # 0x110
	.long	6393
	.long	37
	.long	288                             # 0x120
	.long	6401
	.long	37
	.long	304                             # 0x130
	.long	6409
	.long	22
	.long	320                             # 0x140
	.long	6416
	.long	22
	.long	384                             # 0x180
	.long	6423
	.long	334
	.long	448                             # 0x1c0
	.long	6434
	.long	22
	.long	704                             # 0x2c0
	.long	6446
	.long	22
	.long	768                             # 0x300
	.long	6457
	.long	22
	.long	832                             # 0x340
	.long	6461
	.long	22
	.long	896                             # 0x380
	.long	6469
	.long	22
	.long	960                             # 0x3c0
	.long	6480
	.long	335
	.long	1024                            # 0x400
	.long	6490
	.long	22
	.long	1088                            # 0x440
	.long	6500
	.long	25
	.long	16778368                        # 0x1000480
	.long	6510
	.long	23
	.long	1184                            # 0x4a0
	.long	6515                            # BTF_KIND_STRUCT(id = 242)
	.long	2214592525                      # 0x8400000d
	.long	8
	.long	6527
	.long	35
	.long	0                               # 0x0
	.long	6534
	.long	35
	.long	16                              # 0x10
	.long	6540
	.long	35
	.long	134217760                       # 0x8000020
	.long	4976
	.long	35
	.long	67108904                        # 0x4000028
	.long	4772
	.long	35
	.long	16777260                        # 0x100002c
	.long	6546
	.long	35
	.long	33554477                        # 0x200002d
	.long	6550
	.long	35
	.long	16777263                        # 0x100002f
	.long	6552
	.long	35
	.long	67108912                        # 0x4000030
	.long	6559
	.long	35
	.long	16777268                        # 0x1000034
	.long	6563
	.long	35
	.long	16777269                        # 0x1000035
	.long	6565
	.long	35
	.long	16777270                        # 0x1000036
	.long	6567
	.long	35
	.long	16777271                        # 0x1000037
	.long	6569
	.long	35
	.long	134217784                       # 0x8000038
	.long	0                               # BTF_KIND_ARRAY(id = 243)
	.long	50331648                        # 0x3000000
	.long	0
	.long	242
	.long	14
	.long	3
	.long	0                               # BTF_KIND_PTR(id = 244)
	.long	33554432                        # 0x2000000
	.long	245
	.long	6575                            # BTF_KIND_STRUCT(id = 245)
	.long	67108943                        # 0x400004f
	.long	1352
	.long	6586
	.long	42
	.long	0                               # 0x0
	.long	6598
	.long	42
	.long	128                             # 0x80
	.long	6611
	.long	42
	.long	256                             # 0x100
	.long	3768
	.long	40
	.long	384                             # 0x180
	.long	6623
	.long	9
	.long	576                             # 0x240
	.long	6635
	.long	42
	.long	640                             # 0x280
	.long	6649
	.long	116
	.long	768                             # 0x300
	.long	6661
	.long	42
	.long	896                             # 0x380
	.long	6674
	.long	6
	.long	1024                            # 0x400
	.long	6686
	.long	6
	.long	1056                            # 0x420
	.long	6697
	.long	6
	.long	1088                            # 0x440
	.long	6708
	.long	25
	.long	1120                            # 0x460
	.long	1659
	.long	244
	.long	1152                            # 0x480
	.long	6725
	.long	246
	.long	1216                            # 0x4c0
	.long	6729
	.long	26
	.long	1280                            # 0x500
	.long	4535
	.long	247
	.long	1344                            # 0x540
	.long	6741
	.long	25
	.long	1376                            # 0x560
	.long	6754
	.long	248
	.long	1408                            # 0x580
	.long	6760
	.long	138
	.long	1472                            # 0x5c0
	.long	6772
	.long	9
	.long	1536                            # 0x600
	.long	6791
	.long	9
	.long	1600                            # 0x640
	.long	6810
	.long	9
	.long	1664                            # 0x680
	.long	6817
	.long	252
	.long	1728                            # 0x6c0
	.long	6822
	.long	35
	.long	2816                            # 0xb00
	.long	6834
	.long	35
	.long	2832                            # 0xb10
	.long	6849
	.long	35
	.long	2848                            # 0xb20
	.long	6859
	.long	259
	.long	2880                            # 0xb40
	.long	20
	.long	210
	.long	4544                            # 0x11c0
	.long	6862
	.long	277
	.long	4608                            # 0x1200
	.long	6870
	.long	137
	.long	4672                            # 0x1240
	.long	6879
	.long	138
	.long	4736                            # 0x1280
	.long	6904
	.long	138
	.long	4800                            # 0x12c0
	.long	6929
	.long	136
	.long	4864                            # 0x1300
	.long	6941
	.long	42
	.long	5120                            # 0x1400
	.long	1635
	.long	244
	.long	5248                            # 0x1480
	.long	6952
	.long	6
	.long	5312                            # 0x14c0
	.long	3519
	.long	6
	.long	5344                            # 0x14e0
	.long	6958
	.long	42
	.long	5376                            # 0x1500
	.long	5380
	.long	19
	.long	5504                            # 0x1580
	.long	6970
	.long	64
	.long	5568                            # 0x15c0
	.long	6982
	.long	136
	.long	5632                            # 0x1600
	.long	6993
	.long	27
	.long	5888                            # 0x1700
	.long	7004
	.long	278
	.long	5952                            # 0x1740
	.long	7007
	.long	42
	.long	6016                            # 0x1780
	.long	7016
	.long	22
	.long	6144                            # 0x1800
	.long	7028
	.long	6
	.long	6208                            # 0x1840
	.long	7040
	.long	279
	.long	6272                            # 0x1880
	.long	7046
	.long	281
	.long	6464                            # 0x1940
	.long	7053
	.long	25
	.long	6528                            # 0x1980
	.long	7068
	.long	25
	.long	6560                            # 0x19a0
	.long	7081
	.long	25
	.long	6592                            # 0x19c0
	.long	7097
	.long	22
	.long	6656                            # 0x1a00
	.long	7110
	.long	282
	.long	6720                            # 0x1a40
	.long	7122
	.long	282
	.long	6976                            # 0x1b40
	.long	7142
	.long	74
	.long	7232                            # 0x1c40
	.long	7155
	.long	25
	.long	7360                            # 0x1cc0
	.long	7168
	.long	29
	.long	7392                            # 0x1ce0
	.long	7180
	.long	287
	.long	7424                            # 0x1d00
	.long	7193
	.long	288
	.long	7616                            # 0x1dc0
	.long	7212
	.long	22
	.long	7680                            # 0x1e00
	.long	7229
	.long	244
	.long	7744                            # 0x1e40
	.long	7239
	.long	289
	.long	7808                            # 0x1e80
	.long	4671
	.long	74
	.long	7872                            # 0x1ec0
	.long	7247
	.long	291
	.long	8000                            # 0x1f40
	.long	6338
	.long	9
	.long	8064                            # 0x1f80
	.long	7250
	.long	138
	.long	8128                            # 0x1fc0
	.long	7263
	.long	292
	.long	8192                            # 0x2000
	.long	7269
	.long	294
	.long	8256                            # 0x2040
	.long	7286
	.long	26
	.long	8320                            # 0x2080
	.long	7311
	.long	316
	.long	8384                            # 0x20c0
	.long	7316
	.long	9
	.long	8448                            # 0x2100
	.long	7327
	.long	317
	.long	8512                            # 0x2140
	.long	5887
	.long	318
	.long	8576                            # 0x2180
	.long	7336
	.long	319
	.long	8640                            # 0x21c0
	.long	7347
	.long	333
	.long	10368                           # 0x2880
	.long	3406
	.long	26
	.long	10432                           # 0x28c0
	.long	7352
	.long	42
	.long	10496                           # 0x2900
	.long	7360
	.long	42
	.long	10624                           # 0x2980
	.long	7369
	.long	23
	.long	10752                           # 0x2a00
	.long	0                               # BTF_KIND_PTR(id = 246)
	.long	33554432                        # 0x2000000
	.long	409
	.long	7379                            # BTF_KIND_ENUM(id = 247)
	.long	2248146951                      # 0x86000007
	.long	4
	.long	7396
	.long	-5
	.long	7418
	.long	-4
	.long	7443
	.long	-3
	.long	7465
	.long	-2
	.long	7488
	.long	-1
	.long	7509
	.long	0
	.long	7535
	.long	1
	.long	7559                            # BTF_KIND_TYPEDEF(id = 248)
	.long	134217728                       # 0x8000000
	.long	249
	.long	0                               # BTF_KIND_STRUCT(id = 249)
	.long	67108865                        # 0x4000001
	.long	8
	.long	7569
	.long	250
	.long	0                               # 0x0
	.long	7571                            # BTF_KIND_TYPEDEF(id = 250)
	.long	134217728                       # 0x8000000
	.long	251
	.long	0                               # BTF_KIND_STRUCT(id = 251)
	.long	67108865                        # 0x4000001
	.long	8
	.long	7569
	.long	137
	.long	0                               # 0x0
	.long	7579                            # BTF_KIND_STRUCT(id = 252)
	.long	2214592572                      # 0x8400003c
	.long	136
	.long	4976
	.long	24
	.long	0                               # 0x0
	.long	6281
	.long	24
	.long	32                              # 0x20
	.long	7595
	.long	10
	.long	64                              # 0x40
	.long	0
	.long	253
	.long	128                             # 0x80
	.long	7602
	.long	10
	.long	192                             # 0xc0
	.long	7614
	.long	10
	.long	256                             # 0x100
	.long	7626
	.long	10
	.long	16777536                        # 0x1000140
	.long	7635
	.long	10
	.long	16777537                        # 0x1000141
	.long	7643
	.long	10
	.long	16777538                        # 0x1000142
	.long	7650
	.long	10
	.long	16777539                        # 0x1000143
	.long	7660
	.long	10
	.long	16777540                        # 0x1000144
	.long	7673
	.long	10
	.long	16777541                        # 0x1000145
	.long	7688
	.long	10
	.long	16777542                        # 0x1000146
	.long	7699
	.long	10
	.long	16777543                        # 0x1000147
	.long	7712
	.long	10
	.long	16777544                        # 0x1000148
	.long	1954
	.long	10
	.long	16777545                        # 0x1000149
	.long	7717
	.long	10
	.long	16777546                        # 0x100014a
	.long	7722
	.long	10
	.long	16777547                        # 0x100014b
	.long	7735
	.long	10
	.long	16777548                        # 0x100014c
	.long	7750
	.long	10
	.long	16777549                        # 0x100014d
	.long	7755
	.long	10
	.long	16777550                        # 0x100014e
	.long	7765
	.long	10
	.long	33554767                        # 0x200014f
	.long	7776
	.long	10
	.long	16777553                        # 0x1000151
	.long	7786
	.long	10
	.long	16777554                        # 0x1000152
	.long	7800
	.long	10
	.long	16777555                        # 0x1000153
	.long	7813
	.long	10
	.long	16777556                        # 0x1000154
	.long	7827
	.long	10
	.long	16777557                        # 0x1000155
	.long	7852
	.long	10
	.long	16777558                        # 0x1000156
	.long	7875
	.long	10
	.long	16777559                        # 0x1000157
	.long	7881
	.long	10
	.long	16777560                        # 0x1000158
	.long	7891
	.long	10
	.long	16777561                        # 0x1000159
	.long	7903
	.long	10
	.long	16777562                        # 0x100015a
	.long	7918
	.long	10
	.long	16777563                        # 0x100015b
	.long	7933
	.long	10
	.long	16777564                        # 0x100015c
	.long	7944
	.long	10
	.long	16777565                        # 0x100015d
	.long	7952
	.long	10
	.long	16777566                        # 0x100015e
	.long	7962
	.long	10
	.long	16777567                        # 0x100015f
	.long	7973
	.long	10
	.long	16777568                        # 0x1000160
	.long	7980
	.long	10
	.long	16777569                        # 0x1000161
	.long	7990
	.long	10
	.long	16777570                        # 0x1000162
	.long	7999
	.long	10
	.long	16777571                        # 0x1000163
	.long	8014
	.long	10
	.long	16777572                        # 0x1000164
	.long	8029
	.long	10
	.long	16777573                        # 0x1000165
	.long	8037
	.long	10
	.long	436207974                       # 0x1a000166
	.long	0
	.long	254
	.long	384                             # 0x180
	.long	8050
	.long	24
	.long	416                             # 0x1a0
	.long	0
	.long	255
	.long	448                             # 0x1c0
	.long	0
	.long	256
	.long	512                             # 0x200
	.long	8058
	.long	10
	.long	576                             # 0x240
	.long	8077
	.long	10
	.long	640                             # 0x280
	.long	8094
	.long	24
	.long	704                             # 0x2c0
	.long	4968
	.long	5
	.long	736                             # 0x2e0
	.long	8112
	.long	10
	.long	768                             # 0x300
	.long	8129
	.long	24
	.long	832                             # 0x340
	.long	8143
	.long	36
	.long	864                             # 0x360
	.long	8160
	.long	36
	.long	880                             # 0x370
	.long	8173
	.long	24
	.long	896                             # 0x380
	.long	0
	.long	257
	.long	928                             # 0x3a0
	.long	8189
	.long	10
	.long	960                             # 0x3c0
	.long	8198
	.long	10
	.long	1024                            # 0x400
	.long	0                               # BTF_KIND_UNION(id = 253)
	.long	83886082                        # 0x5000002
	.long	8
	.long	8206
	.long	10
	.long	0                               # 0x0
	.long	8220
	.long	10
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_UNION(id = 254)
	.long	83886082                        # 0x5000002
	.long	4
	.long	8232
	.long	24
	.long	0                               # 0x0
	.long	8246
	.long	24
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_UNION(id = 255)
	.long	83886084                        # 0x5000004
	.long	8
	.long	8263
	.long	10
	.long	0                               # 0x0
	.long	8271
	.long	10
	.long	0                               # 0x0
	.long	8283
	.long	10
	.long	0                               # 0x0
	.long	8295
	.long	10
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_UNION(id = 256)
	.long	83886084                        # 0x5000004
	.long	8
	.long	8303
	.long	10
	.long	0                               # 0x0
	.long	8310
	.long	10
	.long	0                               # 0x0
	.long	8322
	.long	10
	.long	0                               # 0x0
	.long	8335
	.long	10
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_UNION(id = 257)
	.long	83886082                        # 0x5000002
	.long	4
	.long	8343
	.long	24
	.long	0                               # 0x0
	.long	0
	.long	258
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_STRUCT(id = 258)
	.long	2214592516                      # 0x84000004
	.long	4
	.long	8354
	.long	24
	.long	16777216                        # 0x1000000
	.long	8371
	.long	24
	.long	16777217                        # 0x1000001
	.long	8381
	.long	24
	.long	16777218                        # 0x1000002
	.long	8392
	.long	24
	.long	486539267                       # 0x1d000003
	.long	8405                            # BTF_KIND_STRUCT(id = 259)
	.long	67108876                        # 0x400000c
	.long	208
	.long	0
	.long	260
	.long	0                               # 0x0
	.long	8419
	.long	19
	.long	896                             # 0x380
	.long	7180
	.long	26
	.long	960                             # 0x3c0
	.long	7212
	.long	22
	.long	1024                            # 0x400
	.long	4535
	.long	6
	.long	1088                            # 0x440
	.long	8426
	.long	248
	.long	1152                            # 0x480
	.long	8206
	.long	9
	.long	1216                            # 0x4c0
	.long	0
	.long	274
	.long	1280                            # 0x500
	.long	8437
	.long	9
	.long	1408                            # 0x580
	.long	8452
	.long	9
	.long	1472                            # 0x5c0
	.long	8463
	.long	9
	.long	1536                            # 0x600
	.long	8479
	.long	9
	.long	1600                            # 0x640
	.long	0                               # BTF_KIND_UNION(id = 260)
	.long	83886087                        # 0x5000007
	.long	112
	.long	0
	.long	261
	.long	0                               # 0x0
	.long	0
	.long	263
	.long	0                               # 0x0
	.long	0
	.long	264
	.long	0                               # 0x0
	.long	0
	.long	265
	.long	0                               # 0x0
	.long	0
	.long	266
	.long	0                               # 0x0
	.long	0
	.long	267
	.long	0                               # 0x0
	.long	0
	.long	273
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_STRUCT(id = 261)
	.long	67108876                        # 0x400000c
	.long	112
	.long	7595
	.long	9
	.long	0                               # 0x0
	.long	8295
	.long	9
	.long	64                              # 0x40
	.long	8496
	.long	9
	.long	128                             # 0x80
	.long	8505
	.long	9
	.long	192                             # 0xc0
	.long	8520
	.long	22
	.long	256                             # 0x100
	.long	8532
	.long	22
	.long	320                             # 0x140
	.long	8543
	.long	6
	.long	384                             # 0x180
	.long	8560
	.long	6
	.long	416                             # 0x1a0
	.long	8564
	.long	6
	.long	448                             # 0x1c0
	.long	403
	.long	6
	.long	480                             # 0x1e0
	.long	8573
	.long	262
	.long	512                             # 0x200
	.long	8583
	.long	262
	.long	704                             # 0x2c0
	.long	8594                            # BTF_KIND_STRUCT(id = 262)
	.long	67108868                        # 0x4000004
	.long	24
	.long	7595
	.long	9
	.long	0                               # 0x0
	.long	8614
	.long	25
	.long	64                              # 0x40
	.long	8618
	.long	6
	.long	96                              # 0x60
	.long	8560
	.long	6
	.long	128                             # 0x80
	.long	0                               # BTF_KIND_STRUCT(id = 263)
	.long	67108866                        # 0x4000002
	.long	16
	.long	8624
	.long	9
	.long	0                               # 0x0
	.long	8635
	.long	25
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_STRUCT(id = 264)
	.long	67108865                        # 0x4000001
	.long	64
	.long	4495
	.long	56
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_STRUCT(id = 265)
	.long	67108865                        # 0x4000001
	.long	16
	.long	8646
	.long	42
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_STRUCT(id = 266)
	.long	67108866                        # 0x4000002
	.long	16
	.long	8654
	.long	9
	.long	0                               # 0x0
	.long	8662
	.long	9
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_STRUCT(id = 267)
	.long	67108866                        # 0x4000002
	.long	40
	.long	8667
	.long	268
	.long	0                               # 0x0
	.long	8672
	.long	269
	.long	192                             # 0xc0
	.long	8680                            # BTF_KIND_STRUCT(id = 268)
	.long	67108868                        # 0x4000004
	.long	24
	.long	8699
	.long	22
	.long	0                               # 0x0
	.long	8707
	.long	22
	.long	64                              # 0x40
	.long	5932
	.long	64
	.long	128                             # 0x80
	.long	4976
	.long	64
	.long	136                             # 0x88
	.long	8712                            # BTF_KIND_STRUCT(id = 269)
	.long	67108866                        # 0x4000002
	.long	16
	.long	8724
	.long	270
	.long	0                               # 0x0
	.long	3653
	.long	272
	.long	64                              # 0x40
	.long	8730                            # BTF_KIND_STRUCT(id = 270)
	.long	67108865                        # 0x4000001
	.long	8
	.long	3653
	.long	271
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 271)
	.long	33554432                        # 0x2000000
	.long	270
	.long	0                               # BTF_KIND_PTR(id = 272)
	.long	33554432                        # 0x2000000
	.long	269
	.long	0                               # BTF_KIND_STRUCT(id = 273)
	.long	67108869                        # 0x4000005
	.long	24
	.long	8741
	.long	64
	.long	0                               # 0x0
	.long	8752
	.long	64
	.long	8                               # 0x8
	.long	8763
	.long	35
	.long	16                              # 0x10
	.long	8771
	.long	9
	.long	64                              # 0x40
	.long	8776
	.long	9
	.long	128                             # 0x80
	.long	0                               # BTF_KIND_UNION(id = 274)
	.long	83886082                        # 0x5000002
	.long	16
	.long	0
	.long	275
	.long	0                               # 0x0
	.long	0
	.long	276
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_STRUCT(id = 275)
	.long	67108866                        # 0x4000002
	.long	16
	.long	8782
	.long	9
	.long	0                               # 0x0
	.long	8794
	.long	248
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_STRUCT(id = 276)
	.long	67108866                        # 0x4000002
	.long	16
	.long	8806
	.long	9
	.long	0                               # 0x0
	.long	8819
	.long	9
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_PTR(id = 277)
	.long	33554432                        # 0x2000000
	.long	410
	.long	0                               # BTF_KIND_PTR(id = 278)
	.long	33554432                        # 0x2000000
	.long	412
	.long	8831                            # BTF_KIND_TYPEDEF(id = 279)
	.long	134217728                       # 0x8000000
	.long	280
	.long	8849                            # BTF_KIND_STRUCT(id = 280)
	.long	67108866                        # 0x4000002
	.long	24
	.long	5144
	.long	183
	.long	0                               # 0x0
	.long	8865
	.long	42
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_PTR(id = 281)
	.long	33554432                        # 0x2000000
	.long	402
	.long	8870                            # BTF_KIND_STRUCT(id = 282)
	.long	67108867                        # 0x4000003
	.long	32
	.long	4503
	.long	31
	.long	0                               # 0x0
	.long	4685
	.long	283
	.long	128                             # 0x80
	.long	8879
	.long	286
	.long	192                             # 0xc0
	.long	0                               # BTF_KIND_PTR(id = 283)
	.long	33554432                        # 0x2000000
	.long	284
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 284)
	.long	218103809                       # 0xd000001
	.long	0
	.long	0
	.long	285
	.long	0                               # BTF_KIND_PTR(id = 285)
	.long	33554432                        # 0x2000000
	.long	282
	.long	8887                            # BTF_KIND_STRUCT(id = 286)
	.long	67108865                        # 0x4000001
	.long	8
	.long	7750
	.long	19
	.long	0                               # 0x0
	.long	8895                            # BTF_KIND_STRUCT(id = 287)
	.long	67108867                        # 0x4000003
	.long	24
	.long	5824
	.long	42
	.long	0                               # 0x0
	.long	5144
	.long	122
	.long	128                             # 0x80
	.long	8918
	.long	25
	.long	160                             # 0xa0
	.long	0                               # BTF_KIND_PTR(id = 288)
	.long	33554432                        # 0x2000000
	.long	413
	.long	0                               # BTF_KIND_PTR(id = 289)
	.long	33554432                        # 0x2000000
	.long	290
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 290)
	.long	218103809                       # 0xd000001
	.long	0
	.long	0
	.long	244
	.long	0                               # BTF_KIND_PTR(id = 291)
	.long	33554432                        # 0x2000000
	.long	364
	.long	0                               # BTF_KIND_PTR(id = 292)
	.long	33554432                        # 0x2000000
	.long	293
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 293)
	.long	218103808                       # 0xd000000
	.long	9
	.long	8934                            # BTF_KIND_TYPEDEF(id = 294)
	.long	134217728                       # 0x8000000
	.long	295
	.long	0                               # BTF_KIND_PTR(id = 295)
	.long	33554432                        # 0x2000000
	.long	296
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 296)
	.long	218103811                       # 0xd000003
	.long	0
	.long	0
	.long	244
	.long	0
	.long	297
	.long	0
	.long	310
	.long	0                               # BTF_KIND_PTR(id = 297)
	.long	33554432                        # 0x2000000
	.long	298
	.long	8958                            # BTF_KIND_STRUCT(id = 298)
	.long	67108890                        # 0x400001a
	.long	256
	.long	8975
	.long	9
	.long	0                               # 0x0
	.long	8988
	.long	9
	.long	64                              # 0x40
	.long	8995
	.long	9
	.long	128                             # 0x80
	.long	4976
	.long	9
	.long	192                             # 0xc0
	.long	9004
	.long	299
	.long	256                             # 0x100
	.long	4956
	.long	9
	.long	320                             # 0x140
	.long	6338
	.long	9
	.long	384                             # 0x180
	.long	9014
	.long	300
	.long	448                             # 0x1c0
	.long	9024
	.long	9
	.long	512                             # 0x200
	.long	9027
	.long	301
	.long	576                             # 0x240
	.long	9037
	.long	302
	.long	640                             # 0x280
	.long	9041
	.long	303
	.long	704                             # 0x2c0
	.long	9050
	.long	304
	.long	768                             # 0x300
	.long	3948
	.long	305
	.long	832                             # 0x340
	.long	9064
	.long	307
	.long	896                             # 0x380
	.long	9073
	.long	9
	.long	960                             # 0x3c0
	.long	9077
	.long	309
	.long	1024                            # 0x400
	.long	9087
	.long	309
	.long	1152                            # 0x480
	.long	9097
	.long	9
	.long	1280                            # 0x500
	.long	9113
	.long	9
	.long	1344                            # 0x540
	.long	7973
	.long	9
	.long	1408                            # 0x580
	.long	9123
	.long	9
	.long	1472                            # 0x5c0
	.long	9128
	.long	9
	.long	1536                            # 0x600
	.long	9138
	.long	9
	.long	1600                            # 0x640
	.long	9153
	.long	9
	.long	1664                            # 0x680
	.long	9168
	.long	9
	.long	1728                            # 0x6c0
	.long	0                               # BTF_KIND_STRUCT(id = 299)
	.long	67108866                        # 0x4000002
	.long	8
	.long	1601
	.long	23
	.long	0                               # 0x0
	.long	9177
	.long	23
	.long	32                              # 0x20
	.long	0                               # BTF_KIND_STRUCT(id = 300)
	.long	67108866                        # 0x4000002
	.long	8
	.long	3519
	.long	23
	.long	0                               # 0x0
	.long	9181
	.long	23
	.long	32                              # 0x20
	.long	0                               # BTF_KIND_PTR(id = 301)
	.long	33554432                        # 0x2000000
	.long	414
	.long	0                               # BTF_KIND_PTR(id = 302)
	.long	33554432                        # 0x2000000
	.long	415
	.long	0                               # BTF_KIND_PTR(id = 303)
	.long	33554432                        # 0x2000000
	.long	416
	.long	0                               # BTF_KIND_PTR(id = 304)
	.long	33554432                        # 0x2000000
	.long	9
	.long	9190                            # BTF_KIND_UNION(id = 305)
	.long	83886082                        # 0x5000002
	.long	8
	.long	9209
	.long	10
	.long	0                               # 0x0
	.long	0
	.long	306
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_STRUCT(id = 306)
	.long	67108867                        # 0x4000003
	.long	8
	.long	9214
	.long	24
	.long	0                               # 0x0
	.long	9222
	.long	36
	.long	32                              # 0x20
	.long	9229
	.long	36
	.long	48                              # 0x30
	.long	9236                            # BTF_KIND_UNION(id = 307)
	.long	83886082                        # 0x5000002
	.long	8
	.long	4945
	.long	10
	.long	0                               # 0x0
	.long	0
	.long	308
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_STRUCT(id = 308)
	.long	2214592523                      # 0x8400000b
	.long	8
	.long	9254
	.long	10
	.long	83886080                        # 0x5000000
	.long	9261
	.long	10
	.long	234881029                       # 0xe000005
	.long	9269
	.long	10
	.long	83886099                        # 0x5000013
	.long	9279
	.long	10
	.long	33554456                        # 0x2000018
	.long	9288
	.long	10
	.long	117440538                       # 0x700001a
	.long	9297
	.long	10
	.long	67108897                        # 0x4000021
	.long	9309
	.long	10
	.long	16777253                        # 0x1000025
	.long	9320
	.long	10
	.long	33554470                        # 0x2000026
	.long	9331
	.long	10
	.long	50331688                        # 0x3000028
	.long	9339
	.long	10
	.long	50331691                        # 0x300002b
	.long	9348
	.long	10
	.long	301989934                       # 0x1200002e
	.long	9357                            # BTF_KIND_STRUCT(id = 309)
	.long	67108866                        # 0x4000002
	.long	16
	.long	9367
	.long	10
	.long	0                               # 0x0
	.long	9371
	.long	310
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_PTR(id = 310)
	.long	33554432                        # 0x2000000
	.long	311
	.long	9376                            # BTF_KIND_STRUCT(id = 311)
	.long	67108885                        # 0x4000015
	.long	168
	.long	9384
	.long	22
	.long	0                               # 0x0
	.long	9388
	.long	22
	.long	64                              # 0x40
	.long	9392
	.long	22
	.long	128                             # 0x80
	.long	9396
	.long	22
	.long	192                             # 0xc0
	.long	9400
	.long	22
	.long	256                             # 0x100
	.long	9403
	.long	22
	.long	320                             # 0x140
	.long	9406
	.long	22
	.long	384                             # 0x180
	.long	9410
	.long	22
	.long	448                             # 0x1c0
	.long	9414
	.long	22
	.long	512                             # 0x200
	.long	9417
	.long	22
	.long	576                             # 0x240
	.long	9420
	.long	22
	.long	640                             # 0x280
	.long	9423
	.long	22
	.long	704                             # 0x2c0
	.long	9426
	.long	22
	.long	768                             # 0x300
	.long	9429
	.long	22
	.long	832                             # 0x340
	.long	9432
	.long	22
	.long	896                             # 0x380
	.long	9435
	.long	22
	.long	960                             # 0x3c0
	.long	9024
	.long	22
	.long	1024                            # 0x400
	.long	0
	.long	312
	.long	1088                            # 0x440
	.long	403
	.long	22
	.long	1152                            # 0x480
	.long	6384
	.long	22
	.long	1216                            # 0x4c0
	.long	0
	.long	314
	.long	1280                            # 0x500
	.long	0                               # BTF_KIND_UNION(id = 312)
	.long	83886083                        # 0x5000003
	.long	8
	.long	9443
	.long	35
	.long	0                               # 0x0
	.long	9446
	.long	9
	.long	0                               # 0x0
	.long	9450
	.long	313
	.long	0                               # 0x0
	.long	9450                            # BTF_KIND_STRUCT(id = 313)
	.long	2214592515                      # 0x84000003
	.long	8
	.long	9443
	.long	9
	.long	268435456                       # 0x10000000
	.long	9458
	.long	9
	.long	33554448                        # 0x2000010
	.long	9461
	.long	9
	.long	16777234                        # 0x1000012
	.long	0                               # BTF_KIND_UNION(id = 314)
	.long	83886083                        # 0x5000003
	.long	8
	.long	9465
	.long	35
	.long	0                               # 0x0
	.long	9468
	.long	9
	.long	0                               # 0x0
	.long	9472
	.long	315
	.long	0                               # 0x0
	.long	9472                            # BTF_KIND_STRUCT(id = 315)
	.long	2214592522                      # 0x8400000a
	.long	8
	.long	9465
	.long	9
	.long	268435456                       # 0x10000000
	.long	9480
	.long	9
	.long	16777232                        # 0x1000010
	.long	9484
	.long	9
	.long	16777233                        # 0x1000011
	.long	9492
	.long	9
	.long	16777234                        # 0x1000012
	.long	9496
	.long	9
	.long	134217760                       # 0x8000020
	.long	4976
	.long	9
	.long	67108912                        # 0x4000030
	.long	9503
	.long	9
	.long	16777272                        # 0x1000038
	.long	9511
	.long	9
	.long	16777273                        # 0x1000039
	.long	9514
	.long	9
	.long	16777274                        # 0x100003a
	.long	9521
	.long	9
	.long	67108924                        # 0x400003c
	.long	0                               # BTF_KIND_PTR(id = 316)
	.long	33554432                        # 0x2000000
	.long	374
	.long	0                               # BTF_KIND_PTR(id = 317)
	.long	33554432                        # 0x2000000
	.long	384
	.long	0                               # BTF_KIND_PTR(id = 318)
	.long	33554432                        # 0x2000000
	.long	408
	.long	7336                            # BTF_KIND_STRUCT(id = 319)
	.long	67108879                        # 0x400000f
	.long	216
	.long	4685
	.long	320
	.long	0                               # 0x0
	.long	3653
	.long	323
	.long	64                              # 0x40
	.long	403
	.long	22
	.long	128                             # 0x80
	.long	9529
	.long	26
	.long	192                             # 0xc0
	.long	9537
	.long	320
	.long	256                             # 0x100
	.long	9548
	.long	326
	.long	320                             # 0x140
	.long	9559
	.long	328
	.long	704                             # 0x2c0
	.long	9569
	.long	326
	.long	768                             # 0x300
	.long	9578
	.long	22
	.long	1152                            # 0x480
	.long	9589
	.long	22
	.long	1216                            # 0x4c0
	.long	5824
	.long	42
	.long	1280                            # 0x500
	.long	9605
	.long	42
	.long	1408                            # 0x580
	.long	9616
	.long	329
	.long	1536                            # 0x600
	.long	9625
	.long	323
	.long	1600                            # 0x640
	.long	9633
	.long	22
	.long	1664                            # 0x680
	.long	9645                            # BTF_KIND_TYPEDEF(id = 320)
	.long	134217728                       # 0x8000000
	.long	321
	.long	0                               # BTF_KIND_PTR(id = 321)
	.long	33554432                        # 0x2000000
	.long	322
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 322)
	.long	218103812                       # 0xd000004
	.long	0
	.long	0
	.long	22
	.long	0
	.long	22
	.long	0
	.long	323
	.long	0
	.long	324
	.long	0                               # BTF_KIND_PTR(id = 323)
	.long	33554432                        # 0x2000000
	.long	319
	.long	0                               # BTF_KIND_PTR(id = 324)
	.long	33554432                        # 0x2000000
	.long	325
	.long	9659                            # BTF_KIND_STRUCT(id = 325)
	.long	67108864                        # 0x4000000
	.long	0
	.long	9671                            # BTF_KIND_STRUCT(id = 326)
	.long	67108867                        # 0x4000003
	.long	48
	.long	9687
	.long	327
	.long	0                               # 0x0
	.long	9700
	.long	327
	.long	64                              # 0x40
	.long	9712
	.long	136
	.long	128                             # 0x80
	.long	0                               # BTF_KIND_PTR(id = 327)
	.long	33554432                        # 0x2000000
	.long	382
	.long	0                               # BTF_KIND_PTR(id = 328)
	.long	33554432                        # 0x2000000
	.long	326
	.long	9723                            # BTF_KIND_TYPEDEF(id = 329)
	.long	134217728                       # 0x8000000
	.long	330
	.long	0                               # BTF_KIND_PTR(id = 330)
	.long	33554432                        # 0x2000000
	.long	331
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 331)
	.long	218103810                       # 0xd000002
	.long	6
	.long	0
	.long	323
	.long	0
	.long	332
	.long	9741                            # BTF_KIND_ENUM(id = 332)
	.long	100663299                       # 0x6000003
	.long	4
	.long	9756
	.long	0
	.long	9798
	.long	1
	.long	9840
	.long	2
	.long	0                               # BTF_KIND_PTR(id = 333)
	.long	33554432                        # 0x2000000
	.long	417
	.long	0                               # BTF_KIND_ARRAY(id = 334)
	.long	50331648                        # 0x3000000
	.long	0
	.long	244
	.long	14
	.long	4
	.long	0                               # BTF_KIND_PTR(id = 335)
	.long	33554432                        # 0x2000000
	.long	400
	.long	0                               # BTF_KIND_PTR(id = 336)
	.long	33554432                        # 0x2000000
	.long	337
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 337)
	.long	218103810                       # 0xd000002
	.long	0
	.long	0
	.long	19
	.long	0
	.long	9
	.long	0                               # BTF_KIND_PTR(id = 338)
	.long	33554432                        # 0x2000000
	.long	339
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 339)
	.long	218103810                       # 0xd000002
	.long	0
	.long	0
	.long	4
	.long	0
	.long	19
	.long	0                               # BTF_KIND_PTR(id = 340)
	.long	33554432                        # 0x2000000
	.long	341
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 341)
	.long	218103810                       # 0xd000002
	.long	4
	.long	0
	.long	19
	.long	0
	.long	342
	.long	0                               # BTF_KIND_PTR(id = 342)
	.long	33554432                        # 0x2000000
	.long	343
	.long	9883                            # BTF_KIND_FWD(id = 343)
	.long	117440512                       # 0x7000000
	.long	0
	.long	0                               # BTF_KIND_PTR(id = 344)
	.long	33554432                        # 0x2000000
	.long	345
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 345)
	.long	218103810                       # 0xd000002
	.long	0
	.long	0
	.long	19
	.long	0
	.long	346
	.long	0                               # BTF_KIND_PTR(id = 346)
	.long	33554432                        # 0x2000000
	.long	347
	.long	9902                            # BTF_KIND_FWD(id = 347)
	.long	117440512                       # 0x7000000
	.long	0
	.long	0                               # BTF_KIND_PTR(id = 348)
	.long	33554432                        # 0x2000000
	.long	349
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 349)
	.long	218103808                       # 0xd000000
	.long	4
	.long	0                               # BTF_KIND_PTR(id = 350)
	.long	33554432                        # 0x2000000
	.long	351
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 351)
	.long	218103809                       # 0xd000001
	.long	0
	.long	0
	.long	352
	.long	0                               # BTF_KIND_PTR(id = 352)
	.long	33554432                        # 0x2000000
	.long	353
	.long	9921                            # BTF_KIND_FWD(id = 353)
	.long	117440512                       # 0x7000000
	.long	0
	.long	0                               # BTF_KIND_ARRAY(id = 354)
	.long	50331648                        # 0x3000000
	.long	0
	.long	12
	.long	14
	.long	128
	.long	9935                            # BTF_KIND_VAR(id = 355)
	.long	234881024                       # 0xe000000
	.long	16
	.long	1
	.long	9947                            # BTF_KIND_DATASEC(id = 356)
	.long	251658241                       # 0xf000001
	.long	0
	.long	11
	.long	scx_bpf_create_dsq
	.long	0
	.long	9954                            # BTF_KIND_DATASEC(id = 357)
	.long	251658241                       # 0xf000001
	.long	0
	.long	355
	.long	sc_init_ops
	.long	192
	.long	9971                            # BTF_KIND_DATASEC(id = 358)
	.long	251658241                       # 0xf000001
	.long	0
	.long	15
	.long	LICENSE
	.long	4
	.long	9979                            # BTF_KIND_FWD(id = 359)
	.long	117440512                       # 0x7000000
	.long	0
	.long	4254                            # BTF_KIND_FWD(id = 360)
	.long	117440512                       # 0x7000000
	.long	0
	.long	3904                            # BTF_KIND_FWD(id = 361)
	.long	117440512                       # 0x7000000
	.long	0
	.long	4469                            # BTF_KIND_FWD(id = 362)
	.long	117440512                       # 0x7000000
	.long	0
	.long	9990                            # BTF_KIND_FWD(id = 363)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10004                           # BTF_KIND_FWD(id = 364)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10018                           # BTF_KIND_FWD(id = 365)
	.long	117440512                       # 0x7000000
	.long	0
	.long	2038                            # BTF_KIND_FWD(id = 366)
	.long	117440512                       # 0x7000000
	.long	0
	.long	5662                            # BTF_KIND_FWD(id = 367)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10033                           # BTF_KIND_FWD(id = 368)
	.long	117440512                       # 0x7000000
	.long	0
	.long	6276                            # BTF_KIND_FWD(id = 369)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10044                           # BTF_KIND_FWD(id = 370)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10063                           # BTF_KIND_FWD(id = 371)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10073                           # BTF_KIND_FWD(id = 372)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10077                           # BTF_KIND_FWD(id = 373)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10089                           # BTF_KIND_FWD(id = 374)
	.long	117440512                       # 0x7000000
	.long	0
	.long	5670                            # BTF_KIND_FWD(id = 375)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10098                           # BTF_KIND_FWD(id = 376)
	.long	117440512                       # 0x7000000
	.long	0
	.long	1601                            # BTF_KIND_FWD(id = 377)
	.long	117440512                       # 0x7000000
	.long	0
	.long	2706                            # BTF_KIND_FWD(id = 378)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10113                           # BTF_KIND_FWD(id = 379)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10124                           # BTF_KIND_FWD(id = 380)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10135                           # BTF_KIND_FWD(id = 381)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10153                           # BTF_KIND_FWD(id = 382)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10165                           # BTF_KIND_FWD(id = 383)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10175                           # BTF_KIND_FWD(id = 384)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10192                           # BTF_KIND_FWD(id = 385)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10207                           # BTF_KIND_FWD(id = 386)
	.long	117440512                       # 0x7000000
	.long	0
	.long	2345                            # BTF_KIND_FWD(id = 387)
	.long	117440512                       # 0x7000000
	.long	0
	.long	2370                            # BTF_KIND_FWD(id = 388)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10223                           # BTF_KIND_FWD(id = 389)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10240                           # BTF_KIND_FWD(id = 390)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10264                           # BTF_KIND_FWD(id = 391)
	.long	117440512                       # 0x7000000
	.long	0
	.long	2692                            # BTF_KIND_FWD(id = 392)
	.long	117440512                       # 0x7000000
	.long	0
	.long	2907                            # BTF_KIND_FWD(id = 393)
	.long	117440512                       # 0x7000000
	.long	0
	.long	2989                            # BTF_KIND_FWD(id = 394)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10279                           # BTF_KIND_FWD(id = 395)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10295                           # BTF_KIND_FWD(id = 396)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10307                           # BTF_KIND_FWD(id = 397)
	.long	117440512                       # 0x7000000
	.long	0
	.long	3435                            # BTF_KIND_FWD(id = 398)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10319                           # BTF_KIND_FWD(id = 399)
	.long	117440512                       # 0x7000000
	.long	0
	.long	6480                            # BTF_KIND_FWD(id = 400)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10332                           # BTF_KIND_FWD(id = 401)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10348                           # BTF_KIND_FWD(id = 402)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10362                           # BTF_KIND_FWD(id = 403)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10370                           # BTF_KIND_FWD(id = 404)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10380                           # BTF_KIND_FWD(id = 405)
	.long	117440512                       # 0x7000000
	.long	0
	.long	2359                            # BTF_KIND_FWD(id = 406)
	.long	117440512                       # 0x7000000
	.long	0
	.long	2331                            # BTF_KIND_FWD(id = 407)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10388                           # BTF_KIND_FWD(id = 408)
	.long	117440512                       # 0x7000000
	.long	0
	.long	6725                            # BTF_KIND_FWD(id = 409)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10401                           # BTF_KIND_FWD(id = 410)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10424                           # BTF_KIND_FWD(id = 411)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10443                           # BTF_KIND_FWD(id = 412)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10455                           # BTF_KIND_FWD(id = 413)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10478                           # BTF_KIND_FWD(id = 414)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10499                           # BTF_KIND_FWD(id = 415)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10515                           # BTF_KIND_FWD(id = 416)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10533                           # BTF_KIND_FWD(id = 417)
	.long	117440512                       # 0x7000000
	.long	0
	.long	568                             # BTF_KIND_FWD(id = 418)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10545                           # BTF_KIND_FWD(id = 419)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10554                           # BTF_KIND_FWD(id = 420)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10569                           # BTF_KIND_FWD(id = 421)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10587                           # BTF_KIND_FWD(id = 422)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10602                           # BTF_KIND_FWD(id = 423)
	.long	117440512                       # 0x7000000
	.long	0
	.long	1959                            # BTF_KIND_FWD(id = 424)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10609                           # BTF_KIND_FWD(id = 425)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10623                           # BTF_KIND_FWD(id = 426)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10636                           # BTF_KIND_FWD(id = 427)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10650                           # BTF_KIND_FWD(id = 428)
	.long	117440512                       # 0x7000000
	.long	0
	.long	10659                           # BTF_KIND_FWD(id = 429)
	.long	117440512                       # 0x7000000
	.long	0
	.long	2150                            # BTF_KIND_FWD(id = 430)
	.long	117440512                       # 0x7000000
	.long	0
	.byte	0                               # string offset=0
	.ascii	"unsigned long long"            # string offset=1
	.byte	0
	.ascii	"ctx"                           # string offset=20
	.byte	0
	.ascii	"s32"                           # string offset=24
	.byte	0
	.ascii	"__s32"                         # string offset=28
	.byte	0
	.ascii	"int"                           # string offset=34
	.byte	0
	.ascii	"struct_ops_s_init_create_dsq"  # string offset=38
	.byte	0
	.ascii	"struct_ops.s/init"             # string offset=67
	.byte	0
	.ascii	"./struct_ops_s_init_create_dsq.bpf.c" # string offset=85
	.byte	0
	.ascii	"\treturn scx_bpf_create_dsq(1, -1);" # string offset=122
	.byte	0
	.ascii	"s32 BPF_PROG(struct_ops_s_init_create_dsq)" # string offset=157
	.byte	0
	.ascii	"u64"                           # string offset=200
	.byte	0
	.ascii	"__u64"                         # string offset=204
	.byte	0
	.ascii	"scx_bpf_create_dsq"            # string offset=210
	.byte	0
	.ascii	"char"                          # string offset=229
	.byte	0
	.ascii	"__ARRAY_SIZE_TYPE__"           # string offset=234
	.byte	0
	.ascii	"LICENSE"                       # string offset=254
	.byte	0
	.ascii	"sched_ext_ops"                 # string offset=262
	.byte	0
	.ascii	"select_cpu"                    # string offset=276
	.byte	0
	.ascii	"enqueue"                       # string offset=287
	.byte	0
	.ascii	"dequeue"                       # string offset=295
	.byte	0
	.ascii	"dispatch"                      # string offset=303
	.byte	0
	.ascii	"init_task"                     # string offset=312
	.byte	0
	.ascii	"exit_task"                     # string offset=322
	.byte	0
	.ascii	"init"                          # string offset=332
	.byte	0
	.ascii	"exit"                          # string offset=337
	.byte	0
	.ascii	"name"                          # string offset=342
	.byte	0
	.ascii	"task_struct"                   # string offset=347
	.byte	0
	.ascii	"thread_info"                   # string offset=359
	.byte	0
	.ascii	"__state"                       # string offset=371
	.byte	0
	.ascii	"saved_state"                   # string offset=379
	.byte	0
	.ascii	"stack"                         # string offset=391
	.byte	0
	.ascii	"usage"                         # string offset=397
	.byte	0
	.ascii	"flags"                         # string offset=403
	.byte	0
	.ascii	"ptrace"                        # string offset=409
	.byte	0
	.ascii	"on_cpu"                        # string offset=416
	.byte	0
	.ascii	"wake_entry"                    # string offset=423
	.byte	0
	.ascii	"wakee_flips"                   # string offset=434
	.byte	0
	.ascii	"wakee_flip_decay_ts"           # string offset=446
	.byte	0
	.ascii	"last_wakee"                    # string offset=466
	.byte	0
	.ascii	"recent_used_cpu"               # string offset=477
	.byte	0
	.ascii	"wake_cpu"                      # string offset=493
	.byte	0
	.ascii	"on_rq"                         # string offset=502
	.byte	0
	.ascii	"prio"                          # string offset=508
	.byte	0
	.ascii	"static_prio"                   # string offset=513
	.byte	0
	.ascii	"normal_prio"                   # string offset=525
	.byte	0
	.ascii	"rt_priority"                   # string offset=537
	.byte	0
	.ascii	"se"                            # string offset=549
	.byte	0
	.ascii	"rt"                            # string offset=552
	.byte	0
	.ascii	"dl"                            # string offset=555
	.byte	0
	.ascii	"dl_server"                     # string offset=558
	.byte	0
	.ascii	"sched_class"                   # string offset=568
	.byte	0
	.ascii	"sched_task_group"              # string offset=580
	.byte	0
	.ascii	"sched_throttle_work"           # string offset=597
	.byte	0
	.ascii	"throttle_node"                 # string offset=617
	.byte	0
	.ascii	"throttled"                     # string offset=631
	.byte	0
	.ascii	"stats"                         # string offset=641
	.byte	0
	.ascii	"preempt_notifiers"             # string offset=647
	.byte	0
	.ascii	"btrace_seq"                    # string offset=665
	.byte	0
	.ascii	"policy"                        # string offset=676
	.byte	0
	.ascii	"max_allowed_capacity"          # string offset=683
	.byte	0
	.ascii	"nr_cpus_allowed"               # string offset=704
	.byte	0
	.ascii	"cpus_ptr"                      # string offset=720
	.byte	0
	.ascii	"user_cpus_ptr"                 # string offset=729
	.byte	0
	.ascii	"cpus_mask"                     # string offset=743
	.byte	0
	.ascii	"migration_pending"             # string offset=753
	.byte	0
	.ascii	"migration_disabled"            # string offset=771
	.byte	0
	.ascii	"migration_flags"               # string offset=790
	.byte	0
	.ascii	"rcu_read_lock_nesting"         # string offset=806
	.byte	0
	.ascii	"rcu_read_unlock_special"       # string offset=828
	.byte	0
	.ascii	"rcu_node_entry"                # string offset=852
	.byte	0
	.ascii	"rcu_blocked_node"              # string offset=867
	.byte	0
	.ascii	"rcu_tasks_nvcsw"               # string offset=884
	.byte	0
	.ascii	"rcu_tasks_holdout"             # string offset=900
	.byte	0
	.ascii	"rcu_tasks_idx"                 # string offset=918
	.byte	0
	.ascii	"rcu_tasks_idle_cpu"            # string offset=932
	.byte	0
	.ascii	"rcu_tasks_holdout_list"        # string offset=951
	.byte	0
	.ascii	"rcu_tasks_exit_cpu"            # string offset=974
	.byte	0
	.ascii	"rcu_tasks_exit_list"           # string offset=993
	.byte	0
	.ascii	"trc_reader_nesting"            # string offset=1013
	.byte	0
	.ascii	"trc_ipi_to_cpu"                # string offset=1032
	.byte	0
	.ascii	"trc_reader_special"            # string offset=1047
	.byte	0
	.ascii	"trc_holdout_list"              # string offset=1066
	.byte	0
	.ascii	"trc_blkd_node"                 # string offset=1083
	.byte	0
	.ascii	"trc_blkd_cpu"                  # string offset=1097
	.byte	0
	.ascii	"sched_info"                    # string offset=1110
	.byte	0
	.ascii	"tasks"                         # string offset=1121
	.byte	0
	.ascii	"pushable_tasks"                # string offset=1127
	.byte	0
	.ascii	"pushable_dl_tasks"             # string offset=1142
	.byte	0
	.ascii	"mm"                            # string offset=1160
	.byte	0
	.ascii	"active_mm"                     # string offset=1163
	.byte	0
	.ascii	"faults_disabled_mapping"       # string offset=1173
	.byte	0
	.ascii	"exit_state"                    # string offset=1197
	.byte	0
	.ascii	"exit_code"                     # string offset=1208
	.byte	0
	.ascii	"exit_signal"                   # string offset=1218
	.byte	0
	.ascii	"pdeath_signal"                 # string offset=1230
	.byte	0
	.ascii	"jobctl"                        # string offset=1244
	.byte	0
	.ascii	"personality"                   # string offset=1251
	.byte	0
	.ascii	"sched_reset_on_fork"           # string offset=1263
	.byte	0
	.ascii	"sched_contributes_to_load"     # string offset=1283
	.byte	0
	.ascii	"sched_migrated"                # string offset=1309
	.byte	0
	.ascii	"sched_task_hot"                # string offset=1324
	.byte	0
	.ascii	"sched_remote_wakeup"           # string offset=1339
	.byte	0
	.ascii	"sched_rt_mutex"                # string offset=1359
	.byte	0
	.ascii	"user_dumpable"                 # string offset=1374
	.byte	0
	.ascii	"in_execve"                     # string offset=1388
	.byte	0
	.ascii	"init_private_fork_class"       # string offset=1398
	.byte	0
	.ascii	"in_iowait"                     # string offset=1422
	.byte	0
	.ascii	"restore_sigmask"               # string offset=1432
	.byte	0
	.ascii	"in_user_fault"                 # string offset=1448
	.byte	0
	.ascii	"no_cgroup_migration"           # string offset=1462
	.byte	0
	.ascii	"frozen"                        # string offset=1482
	.byte	0
	.ascii	"use_memdelay"                  # string offset=1489
	.byte	0
	.ascii	"in_memstall"                   # string offset=1502
	.byte	0
	.ascii	"in_eventfd"                    # string offset=1514
	.byte	0
	.ascii	"reported_split_lock"           # string offset=1525
	.byte	0
	.ascii	"in_thrashing"                  # string offset=1545
	.byte	0
	.ascii	"in_nf_duplicate"               # string offset=1558
	.byte	0
	.ascii	"atomic_flags"                  # string offset=1574
	.byte	0
	.ascii	"restart_block"                 # string offset=1587
	.byte	0
	.ascii	"pid"                           # string offset=1601
	.byte	0
	.ascii	"tgid"                          # string offset=1605
	.byte	0
	.ascii	"stack_canary"                  # string offset=1610
	.byte	0
	.ascii	"real_parent"                   # string offset=1623
	.byte	0
	.ascii	"parent"                        # string offset=1635
	.byte	0
	.ascii	"children"                      # string offset=1642
	.byte	0
	.ascii	"sibling"                       # string offset=1651
	.byte	0
	.ascii	"group_leader"                  # string offset=1659
	.byte	0
	.ascii	"ptraced"                       # string offset=1672
	.byte	0
	.ascii	"ptrace_entry"                  # string offset=1680
	.byte	0
	.ascii	"thread_pid"                    # string offset=1693
	.byte	0
	.ascii	"pid_links"                     # string offset=1704
	.byte	0
	.ascii	"thread_node"                   # string offset=1714
	.byte	0
	.ascii	"vfork_done"                    # string offset=1726
	.byte	0
	.ascii	"set_child_tid"                 # string offset=1737
	.byte	0
	.ascii	"clear_child_tid"               # string offset=1751
	.byte	0
	.ascii	"worker_private"                # string offset=1767
	.byte	0
	.ascii	"utime"                         # string offset=1782
	.byte	0
	.ascii	"stime"                         # string offset=1788
	.byte	0
	.ascii	"gtime"                         # string offset=1794
	.byte	0
	.ascii	"prev_cputime"                  # string offset=1800
	.byte	0
	.ascii	"nvcsw"                         # string offset=1813
	.byte	0
	.ascii	"nivcsw"                        # string offset=1819
	.byte	0
	.ascii	"start_time"                    # string offset=1826
	.byte	0
	.ascii	"start_boottime"                # string offset=1837
	.byte	0
	.ascii	"min_flt"                       # string offset=1852
	.byte	0
	.ascii	"maj_flt"                       # string offset=1860
	.byte	0
	.ascii	"posix_cputimers"               # string offset=1868
	.byte	0
	.ascii	"posix_cputimers_work"          # string offset=1884
	.byte	0
	.ascii	"ptracer_cred"                  # string offset=1905
	.byte	0
	.ascii	"real_cred"                     # string offset=1918
	.byte	0
	.ascii	"cred"                          # string offset=1928
	.byte	0
	.ascii	"cached_requested_key"          # string offset=1933
	.byte	0
	.ascii	"comm"                          # string offset=1954
	.byte	0
	.ascii	"nameidata"                     # string offset=1959
	.byte	0
	.ascii	"sysvsem"                       # string offset=1969
	.byte	0
	.ascii	"sysvshm"                       # string offset=1977
	.byte	0
	.ascii	"last_switch_count"             # string offset=1985
	.byte	0
	.ascii	"last_switch_time"              # string offset=2003
	.byte	0
	.ascii	"fs"                            # string offset=2020
	.byte	0
	.ascii	"files"                         # string offset=2023
	.byte	0
	.ascii	"io_uring"                      # string offset=2029
	.byte	0
	.ascii	"nsproxy"                       # string offset=2038
	.byte	0
	.ascii	"signal"                        # string offset=2046
	.byte	0
	.ascii	"sighand"                       # string offset=2053
	.byte	0
	.ascii	"blocked"                       # string offset=2061
	.byte	0
	.ascii	"real_blocked"                  # string offset=2069
	.byte	0
	.ascii	"saved_sigmask"                 # string offset=2082
	.byte	0
	.ascii	"pending"                       # string offset=2096
	.byte	0
	.ascii	"sas_ss_sp"                     # string offset=2104
	.byte	0
	.ascii	"sas_ss_size"                   # string offset=2114
	.byte	0
	.ascii	"sas_ss_flags"                  # string offset=2126
	.byte	0
	.ascii	"task_works"                    # string offset=2139
	.byte	0
	.ascii	"audit_context"                 # string offset=2150
	.byte	0
	.ascii	"loginuid"                      # string offset=2164
	.byte	0
	.ascii	"sessionid"                     # string offset=2173
	.byte	0
	.ascii	"seccomp"                       # string offset=2183
	.byte	0
	.ascii	"syscall_dispatch"              # string offset=2191
	.byte	0
	.ascii	"parent_exec_id"                # string offset=2208
	.byte	0
	.ascii	"self_exec_id"                  # string offset=2223
	.byte	0
	.ascii	"alloc_lock"                    # string offset=2236
	.byte	0
	.ascii	"pi_lock"                       # string offset=2247
	.byte	0
	.ascii	"wake_q"                        # string offset=2255
	.byte	0
	.ascii	"pi_waiters"                    # string offset=2262
	.byte	0
	.ascii	"pi_top_task"                   # string offset=2273
	.byte	0
	.ascii	"pi_blocked_on"                 # string offset=2285
	.byte	0
	.ascii	"blocked_on"                    # string offset=2299
	.byte	0
	.ascii	"blocker"                       # string offset=2310
	.byte	0
	.ascii	"journal_info"                  # string offset=2318
	.byte	0
	.ascii	"bio_list"                      # string offset=2331
	.byte	0
	.ascii	"plug"                          # string offset=2340
	.byte	0
	.ascii	"reclaim_state"                 # string offset=2345
	.byte	0
	.ascii	"io_context"                    # string offset=2359
	.byte	0
	.ascii	"capture_control"               # string offset=2370
	.byte	0
	.ascii	"ptrace_message"                # string offset=2386
	.byte	0
	.ascii	"last_siginfo"                  # string offset=2401
	.byte	0
	.ascii	"ioac"                          # string offset=2414
	.byte	0
	.ascii	"psi_flags"                     # string offset=2419
	.byte	0
	.ascii	"acct_rss_mem1"                 # string offset=2429
	.byte	0
	.ascii	"acct_vm_mem1"                  # string offset=2443
	.byte	0
	.ascii	"acct_timexpd"                  # string offset=2456
	.byte	0
	.ascii	"mems_allowed"                  # string offset=2469
	.byte	0
	.ascii	"mems_allowed_seq"              # string offset=2482
	.byte	0
	.ascii	"cpuset_mem_spread_rotor"       # string offset=2499
	.byte	0
	.ascii	"cgroups"                       # string offset=2523
	.byte	0
	.ascii	"cg_list"                       # string offset=2531
	.byte	0
	.ascii	"robust_list"                   # string offset=2539
	.byte	0
	.ascii	"compat_robust_list"            # string offset=2551
	.byte	0
	.ascii	"pi_state_list"                 # string offset=2570
	.byte	0
	.ascii	"pi_state_cache"                # string offset=2584
	.byte	0
	.ascii	"futex_exit_mutex"              # string offset=2599
	.byte	0
	.ascii	"futex_state"                   # string offset=2616
	.byte	0
	.ascii	"perf_recursion"                # string offset=2628
	.byte	0
	.ascii	"perf_event_ctxp"               # string offset=2643
	.byte	0
	.ascii	"perf_event_mutex"              # string offset=2659
	.byte	0
	.ascii	"perf_event_list"               # string offset=2676
	.byte	0
	.ascii	"perf_ctx_data"                 # string offset=2692
	.byte	0
	.ascii	"mempolicy"                     # string offset=2706
	.byte	0
	.ascii	"il_prev"                       # string offset=2716
	.byte	0
	.ascii	"il_weight"                     # string offset=2724
	.byte	0
	.ascii	"pref_node_fork"                # string offset=2734
	.byte	0
	.ascii	"numa_scan_seq"                 # string offset=2749
	.byte	0
	.ascii	"numa_scan_period"              # string offset=2763
	.byte	0
	.ascii	"numa_scan_period_max"          # string offset=2780
	.byte	0
	.ascii	"numa_preferred_nid"            # string offset=2801
	.byte	0
	.ascii	"numa_migrate_retry"            # string offset=2820
	.byte	0
	.ascii	"node_stamp"                    # string offset=2839
	.byte	0
	.ascii	"last_task_numa_placement"      # string offset=2850
	.byte	0
	.ascii	"last_sum_exec_runtime"         # string offset=2875
	.byte	0
	.ascii	"numa_work"                     # string offset=2897
	.byte	0
	.ascii	"numa_group"                    # string offset=2907
	.byte	0
	.ascii	"numa_faults"                   # string offset=2918
	.byte	0
	.ascii	"total_numa_faults"             # string offset=2930
	.byte	0
	.ascii	"numa_faults_locality"          # string offset=2948
	.byte	0
	.ascii	"numa_pages_migrated"           # string offset=2969
	.byte	0
	.ascii	"rseq"                          # string offset=2989
	.byte	0
	.ascii	"rseq_len"                      # string offset=2994
	.byte	0
	.ascii	"rseq_sig"                      # string offset=3003
	.byte	0
	.ascii	"rseq_event_mask"               # string offset=3012
	.byte	0
	.ascii	"mm_cid"                        # string offset=3028
	.byte	0
	.ascii	"last_mm_cid"                   # string offset=3035
	.byte	0
	.ascii	"migrate_from_cpu"              # string offset=3047
	.byte	0
	.ascii	"mm_cid_active"                 # string offset=3064
	.byte	0
	.ascii	"cid_work"                      # string offset=3078
	.byte	0
	.ascii	"tlb_ubc"                       # string offset=3087
	.byte	0
	.ascii	"splice_pipe"                   # string offset=3095
	.byte	0
	.ascii	"task_frag"                     # string offset=3107
	.byte	0
	.ascii	"delays"                        # string offset=3117
	.byte	0
	.ascii	"nr_dirtied"                    # string offset=3124
	.byte	0
	.ascii	"nr_dirtied_pause"              # string offset=3135
	.byte	0
	.ascii	"dirty_paused_when"             # string offset=3152
	.byte	0
	.ascii	"timer_slack_ns"                # string offset=3170
	.byte	0
	.ascii	"default_timer_slack_ns"        # string offset=3185
	.byte	0
	.ascii	"trace_recursion"               # string offset=3208
	.byte	0
	.ascii	"memcg_in_oom"                  # string offset=3224
	.byte	0
	.ascii	"memcg_nr_pages_over_high"      # string offset=3237
	.byte	0
	.ascii	"active_memcg"                  # string offset=3262
	.byte	0
	.ascii	"objcg"                         # string offset=3275
	.byte	0
	.ascii	"throttle_disk"                 # string offset=3281
	.byte	0
	.ascii	"utask"                         # string offset=3295
	.byte	0
	.ascii	"kmap_ctrl"                     # string offset=3301
	.byte	0
	.ascii	"rcu"                           # string offset=3311
	.byte	0
	.ascii	"rcu_users"                     # string offset=3315
	.byte	0
	.ascii	"pagefault_disabled"            # string offset=3325
	.byte	0
	.ascii	"oom_reaper_list"               # string offset=3344
	.byte	0
	.ascii	"oom_reaper_timer"              # string offset=3360
	.byte	0
	.ascii	"stack_vm_area"                 # string offset=3377
	.byte	0
	.ascii	"stack_refcount"                # string offset=3391
	.byte	0
	.ascii	"security"                      # string offset=3406
	.byte	0
	.ascii	"bpf_storage"                   # string offset=3415
	.byte	0
	.ascii	"bpf_ctx"                       # string offset=3427
	.byte	0
	.ascii	"bpf_net_context"               # string offset=3435
	.byte	0
	.ascii	"kstack_offset"                 # string offset=3451
	.byte	0
	.ascii	"l1d_flush_kill"                # string offset=3465
	.byte	0
	.ascii	"unwind_info"                   # string offset=3480
	.byte	0
	.ascii	"thread"                        # string offset=3492
	.byte	0
	.ascii	"syscall_work"                  # string offset=3499
	.byte	0
	.ascii	"status"                        # string offset=3512
	.byte	0
	.ascii	"cpu"                           # string offset=3519
	.byte	0
	.ascii	"unsigned long"                 # string offset=3523
	.byte	0
	.ascii	"u32"                           # string offset=3537
	.byte	0
	.ascii	"__u32"                         # string offset=3541
	.byte	0
	.ascii	"unsigned int"                  # string offset=3547
	.byte	0
	.ascii	"refcount_t"                    # string offset=3560
	.byte	0
	.ascii	"refcount_struct"               # string offset=3571
	.byte	0
	.ascii	"refs"                          # string offset=3587
	.byte	0
	.ascii	"atomic_t"                      # string offset=3592
	.byte	0
	.ascii	"counter"                       # string offset=3601
	.byte	0
	.ascii	"__call_single_node"            # string offset=3609
	.byte	0
	.ascii	"llist"                         # string offset=3628
	.byte	0
	.ascii	"src"                           # string offset=3634
	.byte	0
	.ascii	"dst"                           # string offset=3638
	.byte	0
	.ascii	"llist_node"                    # string offset=3642
	.byte	0
	.ascii	"next"                          # string offset=3653
	.byte	0
	.ascii	"u_flags"                       # string offset=3658
	.byte	0
	.ascii	"a_flags"                       # string offset=3666
	.byte	0
	.ascii	"u16"                           # string offset=3674
	.byte	0
	.ascii	"__u16"                         # string offset=3678
	.byte	0
	.ascii	"unsigned short"                # string offset=3684
	.byte	0
	.ascii	"sched_entity"                  # string offset=3699
	.byte	0
	.ascii	"load"                          # string offset=3712
	.byte	0
	.ascii	"run_node"                      # string offset=3717
	.byte	0
	.ascii	"deadline"                      # string offset=3726
	.byte	0
	.ascii	"min_vruntime"                  # string offset=3735
	.byte	0
	.ascii	"min_slice"                     # string offset=3748
	.byte	0
	.ascii	"max_slice"                     # string offset=3758
	.byte	0
	.ascii	"group_node"                    # string offset=3768
	.byte	0
	.ascii	"sched_delayed"                 # string offset=3779
	.byte	0
	.ascii	"rel_deadline"                  # string offset=3793
	.byte	0
	.ascii	"custom_slice"                  # string offset=3806
	.byte	0
	.ascii	"exec_start"                    # string offset=3819
	.byte	0
	.ascii	"sum_exec_runtime"              # string offset=3830
	.byte	0
	.ascii	"prev_sum_exec_runtime"         # string offset=3847
	.byte	0
	.ascii	"vruntime"                      # string offset=3869
	.byte	0
	.ascii	"slice"                         # string offset=3878
	.byte	0
	.ascii	"nr_migrations"                 # string offset=3884
	.byte	0
	.ascii	"depth"                         # string offset=3898
	.byte	0
	.ascii	"cfs_rq"                        # string offset=3904
	.byte	0
	.ascii	"my_q"                          # string offset=3911
	.byte	0
	.ascii	"runnable_weight"               # string offset=3916
	.byte	0
	.ascii	"avg"                           # string offset=3932
	.byte	0
	.ascii	"load_weight"                   # string offset=3936
	.byte	0
	.ascii	"weight"                        # string offset=3948
	.byte	0
	.ascii	"inv_weight"                    # string offset=3955
	.byte	0
	.ascii	"rb_node"                       # string offset=3966
	.byte	0
	.ascii	"__rb_parent_color"             # string offset=3974
	.byte	0
	.ascii	"rb_right"                      # string offset=3992
	.byte	0
	.ascii	"rb_left"                       # string offset=4001
	.byte	0
	.ascii	"list_head"                     # string offset=4009
	.byte	0
	.ascii	"prev"                          # string offset=4019
	.byte	0
	.ascii	"unsigned char"                 # string offset=4024
	.byte	0
	.ascii	"vlag"                          # string offset=4038
	.byte	0
	.ascii	"vprot"                         # string offset=4043
	.byte	0
	.ascii	"s64"                           # string offset=4049
	.byte	0
	.ascii	"__s64"                         # string offset=4053
	.byte	0
	.ascii	"long long"                     # string offset=4059
	.byte	0
	.ascii	"sched_avg"                     # string offset=4069
	.byte	0
	.ascii	"last_update_time"              # string offset=4079
	.byte	0
	.ascii	"load_sum"                      # string offset=4096
	.byte	0
	.ascii	"runnable_sum"                  # string offset=4105
	.byte	0
	.ascii	"util_sum"                      # string offset=4118
	.byte	0
	.ascii	"period_contrib"                # string offset=4127
	.byte	0
	.ascii	"load_avg"                      # string offset=4142
	.byte	0
	.ascii	"runnable_avg"                  # string offset=4151
	.byte	0
	.ascii	"util_avg"                      # string offset=4164
	.byte	0
	.ascii	"util_est"                      # string offset=4173
	.byte	0
	.ascii	"sched_rt_entity"               # string offset=4182
	.byte	0
	.ascii	"run_list"                      # string offset=4198
	.byte	0
	.ascii	"timeout"                       # string offset=4207
	.byte	0
	.ascii	"watchdog_stamp"                # string offset=4215
	.byte	0
	.ascii	"time_slice"                    # string offset=4230
	.byte	0
	.ascii	"on_list"                       # string offset=4241
	.byte	0
	.ascii	"back"                          # string offset=4249
	.byte	0
	.ascii	"rt_rq"                         # string offset=4254
	.byte	0
	.ascii	"sched_dl_entity"               # string offset=4260
	.byte	0
	.ascii	"dl_runtime"                    # string offset=4276
	.byte	0
	.ascii	"dl_deadline"                   # string offset=4287
	.byte	0
	.ascii	"dl_period"                     # string offset=4299
	.byte	0
	.ascii	"dl_bw"                         # string offset=4309
	.byte	0
	.ascii	"dl_density"                    # string offset=4315
	.byte	0
	.ascii	"runtime"                       # string offset=4326
	.byte	0
	.ascii	"dl_throttled"                  # string offset=4334
	.byte	0
	.ascii	"dl_yielded"                    # string offset=4347
	.byte	0
	.ascii	"dl_non_contending"             # string offset=4358
	.byte	0
	.ascii	"dl_overrun"                    # string offset=4376
	.byte	0
	.ascii	"dl_server_active"              # string offset=4387
	.byte	0
	.ascii	"dl_defer"                      # string offset=4404
	.byte	0
	.ascii	"dl_defer_armed"                # string offset=4413
	.byte	0
	.ascii	"dl_defer_running"              # string offset=4428
	.byte	0
	.ascii	"dl_timer"                      # string offset=4445
	.byte	0
	.ascii	"inactive_timer"                # string offset=4454
	.byte	0
	.ascii	"rq"                            # string offset=4469
	.byte	0
	.ascii	"server_pick_task"              # string offset=4472
	.byte	0
	.ascii	"pi_se"                         # string offset=4489
	.byte	0
	.ascii	"hrtimer"                       # string offset=4495
	.byte	0
	.ascii	"node"                          # string offset=4503
	.byte	0
	.ascii	"_softexpires"                  # string offset=4508
	.byte	0
	.ascii	"function"                      # string offset=4521
	.byte	0
	.ascii	"base"                          # string offset=4530
	.byte	0
	.ascii	"state"                         # string offset=4535
	.byte	0
	.ascii	"is_rel"                        # string offset=4541
	.byte	0
	.ascii	"is_soft"                       # string offset=4548
	.byte	0
	.ascii	"is_hard"                       # string offset=4556
	.byte	0
	.ascii	"timerqueue_node"               # string offset=4564
	.byte	0
	.ascii	"expires"                       # string offset=4580
	.byte	0
	.ascii	"ktime_t"                       # string offset=4588
	.byte	0
	.ascii	"hrtimer_restart"               # string offset=4596
	.byte	0
	.ascii	"HRTIMER_NORESTART"             # string offset=4612
	.byte	0
	.ascii	"HRTIMER_RESTART"               # string offset=4630
	.byte	0
	.ascii	"u8"                            # string offset=4646
	.byte	0
	.ascii	"__u8"                          # string offset=4649
	.byte	0
	.ascii	"dl_server_pick_f"              # string offset=4654
	.byte	0
	.ascii	"callback_head"                 # string offset=4671
	.byte	0
	.ascii	"func"                          # string offset=4685
	.byte	0
	.ascii	"bool"                          # string offset=4690
	.byte	0
	.ascii	"_Bool"                         # string offset=4695
	.byte	0
	.ascii	"sched_statistics"              # string offset=4701
	.byte	0
	.ascii	"hlist_head"                    # string offset=4718
	.byte	0
	.ascii	"first"                         # string offset=4729
	.byte	0
	.ascii	"cpumask_t"                     # string offset=4735
	.byte	0
	.ascii	"cpumask"                       # string offset=4745
	.byte	0
	.ascii	"bits"                          # string offset=4753
	.byte	0
	.ascii	"rcu_special"                   # string offset=4758
	.byte	0
	.byte	98                              # string offset=4770
	.byte	0
	.byte	115                             # string offset=4772
	.byte	0
	.ascii	"need_qs"                       # string offset=4774
	.byte	0
	.ascii	"exp_hint"                      # string offset=4782
	.byte	0
	.ascii	"need_mb"                       # string offset=4791
	.byte	0
	.ascii	"pcount"                        # string offset=4799
	.byte	0
	.ascii	"run_delay"                     # string offset=4806
	.byte	0
	.ascii	"max_run_delay"                 # string offset=4816
	.byte	0
	.ascii	"min_run_delay"                 # string offset=4830
	.byte	0
	.ascii	"last_arrival"                  # string offset=4844
	.byte	0
	.ascii	"last_queued"                   # string offset=4857
	.byte	0
	.ascii	"plist_node"                    # string offset=4869
	.byte	0
	.ascii	"prio_list"                     # string offset=4880
	.byte	0
	.ascii	"node_list"                     # string offset=4890
	.byte	0
	.ascii	"arch_data"                     # string offset=4900
	.byte	0
	.ascii	"fn"                            # string offset=4910
	.byte	0
	.ascii	"long"                          # string offset=4913
	.byte	0
	.ascii	"futex"                         # string offset=4918
	.byte	0
	.ascii	"nanosleep"                     # string offset=4924
	.byte	0
	.ascii	"poll"                          # string offset=4934
	.byte	0
	.ascii	"uaddr"                         # string offset=4939
	.byte	0
	.ascii	"val"                           # string offset=4945
	.byte	0
	.ascii	"bitset"                        # string offset=4949
	.byte	0
	.ascii	"time"                          # string offset=4956
	.byte	0
	.ascii	"uaddr2"                        # string offset=4961
	.byte	0
	.ascii	"clockid"                       # string offset=4968
	.byte	0
	.ascii	"type"                          # string offset=4976
	.byte	0
	.ascii	"clockid_t"                     # string offset=4981
	.byte	0
	.ascii	"__kernel_clockid_t"            # string offset=4991
	.byte	0
	.ascii	"timespec_type"                 # string offset=5010
	.byte	0
	.ascii	"TT_NONE"                       # string offset=5024
	.byte	0
	.ascii	"TT_NATIVE"                     # string offset=5032
	.byte	0
	.ascii	"TT_COMPAT"                     # string offset=5042
	.byte	0
	.ascii	"rmtp"                          # string offset=5052
	.byte	0
	.ascii	"compat_rmtp"                   # string offset=5057
	.byte	0
	.ascii	"ufds"                          # string offset=5069
	.byte	0
	.ascii	"nfds"                          # string offset=5074
	.byte	0
	.ascii	"has_timeout"                   # string offset=5079
	.byte	0
	.ascii	"tv_sec"                        # string offset=5091
	.byte	0
	.ascii	"tv_nsec"                       # string offset=5098
	.byte	0
	.ascii	"pid_t"                         # string offset=5106
	.byte	0
	.ascii	"__kernel_pid_t"                # string offset=5112
	.byte	0
	.ascii	"hlist_node"                    # string offset=5127
	.byte	0
	.ascii	"pprev"                         # string offset=5138
	.byte	0
	.ascii	"lock"                          # string offset=5144
	.byte	0
	.ascii	"raw_spinlock_t"                # string offset=5149
	.byte	0
	.ascii	"raw_spinlock"                  # string offset=5164
	.byte	0
	.ascii	"raw_lock"                      # string offset=5177
	.byte	0
	.ascii	"arch_spinlock_t"               # string offset=5186
	.byte	0
	.ascii	"qspinlock"                     # string offset=5202
	.byte	0
	.ascii	"locked"                        # string offset=5212
	.byte	0
	.ascii	"locked_pending"                # string offset=5219
	.byte	0
	.ascii	"tail"                          # string offset=5234
	.byte	0
	.ascii	"bases"                         # string offset=5239
	.byte	0
	.ascii	"timers_active"                 # string offset=5245
	.byte	0
	.ascii	"expiry_active"                 # string offset=5259
	.byte	0
	.ascii	"posix_cputimer_base"           # string offset=5273
	.byte	0
	.ascii	"nextevt"                       # string offset=5293
	.byte	0
	.ascii	"tqhead"                        # string offset=5301
	.byte	0
	.ascii	"timerqueue_head"               # string offset=5308
	.byte	0
	.ascii	"rb_root"                       # string offset=5324
	.byte	0
	.ascii	"rb_root_cached"                # string offset=5332
	.byte	0
	.ascii	"rb_leftmost"                   # string offset=5347
	.byte	0
	.ascii	"work"                          # string offset=5359
	.byte	0
	.ascii	"mutex"                         # string offset=5364
	.byte	0
	.ascii	"scheduled"                     # string offset=5370
	.byte	0
	.ascii	"owner"                         # string offset=5380
	.byte	0
	.ascii	"wait_lock"                     # string offset=5386
	.byte	0
	.ascii	"osq"                           # string offset=5396
	.byte	0
	.ascii	"wait_list"                     # string offset=5400
	.byte	0
	.ascii	"atomic_long_t"                 # string offset=5410
	.byte	0
	.ascii	"atomic64_t"                    # string offset=5424
	.byte	0
	.ascii	"optimistic_spin_queue"         # string offset=5435
	.byte	0
	.ascii	"uid"                           # string offset=5457
	.byte	0
	.ascii	"gid"                           # string offset=5461
	.byte	0
	.ascii	"suid"                          # string offset=5465
	.byte	0
	.ascii	"sgid"                          # string offset=5470
	.byte	0
	.ascii	"euid"                          # string offset=5475
	.byte	0
	.ascii	"egid"                          # string offset=5480
	.byte	0
	.ascii	"fsuid"                         # string offset=5485
	.byte	0
	.ascii	"fsgid"                         # string offset=5491
	.byte	0
	.ascii	"securebits"                    # string offset=5497
	.byte	0
	.ascii	"cap_inheritable"               # string offset=5508
	.byte	0
	.ascii	"cap_permitted"                 # string offset=5524
	.byte	0
	.ascii	"cap_effective"                 # string offset=5538
	.byte	0
	.ascii	"cap_bset"                      # string offset=5552
	.byte	0
	.ascii	"cap_ambient"                   # string offset=5561
	.byte	0
	.ascii	"jit_keyring"                   # string offset=5573
	.byte	0
	.ascii	"session_keyring"               # string offset=5585
	.byte	0
	.ascii	"process_keyring"               # string offset=5601
	.byte	0
	.ascii	"thread_keyring"                # string offset=5617
	.byte	0
	.ascii	"request_key_auth"              # string offset=5632
	.byte	0
	.ascii	"user"                          # string offset=5649
	.byte	0
	.ascii	"user_ns"                       # string offset=5654
	.byte	0
	.ascii	"ucounts"                       # string offset=5662
	.byte	0
	.ascii	"group_info"                    # string offset=5670
	.byte	0
	.ascii	"kuid_t"                        # string offset=5681
	.byte	0
	.ascii	"uid_t"                         # string offset=5688
	.byte	0
	.ascii	"__kernel_uid32_t"              # string offset=5694
	.byte	0
	.ascii	"kgid_t"                        # string offset=5711
	.byte	0
	.ascii	"gid_t"                         # string offset=5718
	.byte	0
	.ascii	"__kernel_gid32_t"              # string offset=5724
	.byte	0
	.ascii	"kernel_cap_t"                  # string offset=5741
	.byte	0
	.ascii	"non_rcu"                       # string offset=5754
	.byte	0
	.ascii	"sysv_sem"                      # string offset=5762
	.byte	0
	.ascii	"undo_list"                     # string offset=5771
	.byte	0
	.ascii	"sysv_shm"                      # string offset=5781
	.byte	0
	.ascii	"shm_clist"                     # string offset=5790
	.byte	0
	.ascii	"sigset_t"                      # string offset=5800
	.byte	0
	.ascii	"sig"                           # string offset=5809
	.byte	0
	.ascii	"sigpending"                    # string offset=5813
	.byte	0
	.ascii	"list"                          # string offset=5824
	.byte	0
	.ascii	"size_t"                        # string offset=5829
	.byte	0
	.ascii	"__kernel_size_t"               # string offset=5836
	.byte	0
	.ascii	"__kernel_ulong_t"              # string offset=5852
	.byte	0
	.ascii	"mode"                          # string offset=5869
	.byte	0
	.ascii	"filter_count"                  # string offset=5874
	.byte	0
	.ascii	"filter"                        # string offset=5887
	.byte	0
	.ascii	"syscall_user_dispatch"         # string offset=5894
	.byte	0
	.ascii	"selector"                      # string offset=5916
	.byte	0
	.ascii	"offset"                        # string offset=5925
	.byte	0
	.ascii	"len"                           # string offset=5932
	.byte	0
	.ascii	"on_dispatch"                   # string offset=5936
	.byte	0
	.ascii	"spinlock_t"                    # string offset=5948
	.byte	0
	.ascii	"spinlock"                      # string offset=5959
	.byte	0
	.ascii	"rlock"                         # string offset=5968
	.byte	0
	.ascii	"wake_q_node"                   # string offset=5974
	.byte	0
	.ascii	"kernel_siginfo_t"              # string offset=5986
	.byte	0
	.ascii	"task_io_accounting"            # string offset=6003
	.byte	0
	.ascii	"rchar"                         # string offset=6022
	.byte	0
	.ascii	"wchar"                         # string offset=6028
	.byte	0
	.ascii	"syscr"                         # string offset=6034
	.byte	0
	.ascii	"syscw"                         # string offset=6040
	.byte	0
	.ascii	"read_bytes"                    # string offset=6046
	.byte	0
	.ascii	"write_bytes"                   # string offset=6057
	.byte	0
	.ascii	"cancelled_write_bytes"         # string offset=6069
	.byte	0
	.ascii	"nodemask_t"                    # string offset=6091
	.byte	0
	.ascii	"seqcount_spinlock_t"           # string offset=6102
	.byte	0
	.ascii	"seqcount_spinlock"             # string offset=6122
	.byte	0
	.ascii	"seqcount"                      # string offset=6140
	.byte	0
	.ascii	"seqcount_t"                    # string offset=6149
	.byte	0
	.ascii	"sequence"                      # string offset=6160
	.byte	0
	.ascii	"short"                         # string offset=6169
	.byte	0
	.ascii	"tlbflush_unmap_batch"          # string offset=6175
	.byte	0
	.ascii	"arch"                          # string offset=6196
	.byte	0
	.ascii	"flush_required"                # string offset=6201
	.byte	0
	.ascii	"writable"                      # string offset=6216
	.byte	0
	.ascii	"arch_tlbflush_unmap_batch"     # string offset=6225
	.byte	0
	.ascii	"unmapped_pages"                # string offset=6251
	.byte	0
	.ascii	"page_frag"                     # string offset=6266
	.byte	0
	.ascii	"page"                          # string offset=6276
	.byte	0
	.ascii	"size"                          # string offset=6281
	.byte	0
	.ascii	"timer_list"                    # string offset=6286
	.byte	0
	.ascii	"entry"                         # string offset=6297
	.byte	0
	.ascii	"unwind_task_info"              # string offset=6303
	.byte	0
	.ascii	"unwind_mask"                   # string offset=6320
	.byte	0
	.ascii	"cache"                         # string offset=6332
	.byte	0
	.ascii	"id"                            # string offset=6338
	.byte	0
	.ascii	"unwind_task_id"                # string offset=6341
	.byte	0
	.ascii	"cnt"                           # string offset=6356
	.byte	0
	.ascii	"thread_struct"                 # string offset=6360
	.byte	0
	.ascii	"tls_array"                     # string offset=6374
	.byte	0
	.ascii	"sp"                            # string offset=6384
	.byte	0
	.ascii	"es"                            # string offset=6387
	.byte	0
	.ascii	"ds"                            # string offset=6390
	.byte	0
	.ascii	"fsindex"                       # string offset=6393
	.byte	0
	.ascii	"gsindex"                       # string offset=6401
	.byte	0
	.ascii	"fsbase"                        # string offset=6409
	.byte	0
	.ascii	"gsbase"                        # string offset=6416
	.byte	0
	.ascii	"ptrace_bps"                    # string offset=6423
	.byte	0
	.ascii	"virtual_dr6"                   # string offset=6434
	.byte	0
	.ascii	"ptrace_dr7"                    # string offset=6446
	.byte	0
	.ascii	"cr2"                           # string offset=6457
	.byte	0
	.ascii	"trap_nr"                       # string offset=6461
	.byte	0
	.ascii	"error_code"                    # string offset=6469
	.byte	0
	.ascii	"io_bitmap"                     # string offset=6480
	.byte	0
	.ascii	"iopl_emul"                     # string offset=6490
	.byte	0
	.ascii	"iopl_warn"                     # string offset=6500
	.byte	0
	.ascii	"pkru"                          # string offset=6510
	.byte	0
	.ascii	"desc_struct"                   # string offset=6515
	.byte	0
	.ascii	"limit0"                        # string offset=6527
	.byte	0
	.ascii	"base0"                         # string offset=6534
	.byte	0
	.ascii	"base1"                         # string offset=6540
	.byte	0
	.ascii	"dpl"                           # string offset=6546
	.byte	0
	.byte	112                             # string offset=6550
	.byte	0
	.ascii	"limit1"                        # string offset=6552
	.byte	0
	.ascii	"avl"                           # string offset=6559
	.byte	0
	.byte	108                             # string offset=6563
	.byte	0
	.byte	100                             # string offset=6565
	.byte	0
	.byte	103                             # string offset=6567
	.byte	0
	.ascii	"base2"                         # string offset=6569
	.byte	0
	.ascii	"perf_event"                    # string offset=6575
	.byte	0
	.ascii	"event_entry"                   # string offset=6586
	.byte	0
	.ascii	"sibling_list"                  # string offset=6598
	.byte	0
	.ascii	"active_list"                   # string offset=6611
	.byte	0
	.ascii	"group_index"                   # string offset=6623
	.byte	0
	.ascii	"migrate_entry"                 # string offset=6635
	.byte	0
	.ascii	"hlist_entry"                   # string offset=6649
	.byte	0
	.ascii	"active_entry"                  # string offset=6661
	.byte	0
	.ascii	"nr_siblings"                   # string offset=6674
	.byte	0
	.ascii	"event_caps"                    # string offset=6686
	.byte	0
	.ascii	"group_caps"                    # string offset=6697
	.byte	0
	.ascii	"group_generation"              # string offset=6708
	.byte	0
	.ascii	"pmu"                           # string offset=6725
	.byte	0
	.ascii	"pmu_private"                   # string offset=6729
	.byte	0
	.ascii	"attach_state"                  # string offset=6741
	.byte	0
	.ascii	"count"                         # string offset=6754
	.byte	0
	.ascii	"child_count"                   # string offset=6760
	.byte	0
	.ascii	"total_time_enabled"            # string offset=6772
	.byte	0
	.ascii	"total_time_running"            # string offset=6791
	.byte	0
	.ascii	"tstamp"                        # string offset=6810
	.byte	0
	.ascii	"attr"                          # string offset=6817
	.byte	0
	.ascii	"header_size"                   # string offset=6822
	.byte	0
	.ascii	"id_header_size"                # string offset=6834
	.byte	0
	.ascii	"read_size"                     # string offset=6849
	.byte	0
	.ascii	"hw"                            # string offset=6859
	.byte	0
	.ascii	"pmu_ctx"                       # string offset=6862
	.byte	0
	.ascii	"refcount"                      # string offset=6870
	.byte	0
	.ascii	"child_total_time_enabled"      # string offset=6879
	.byte	0
	.ascii	"child_total_time_running"      # string offset=6904
	.byte	0
	.ascii	"child_mutex"                   # string offset=6929
	.byte	0
	.ascii	"child_list"                    # string offset=6941
	.byte	0
	.ascii	"oncpu"                         # string offset=6952
	.byte	0
	.ascii	"owner_entry"                   # string offset=6958
	.byte	0
	.ascii	"owner_class"                   # string offset=6970
	.byte	0
	.ascii	"mmap_mutex"                    # string offset=6982
	.byte	0
	.ascii	"mmap_count"                    # string offset=6993
	.byte	0
	.ascii	"rb"                            # string offset=7004
	.byte	0
	.ascii	"rb_entry"                      # string offset=7007
	.byte	0
	.ascii	"rcu_batches"                   # string offset=7016
	.byte	0
	.ascii	"rcu_pending"                   # string offset=7028
	.byte	0
	.ascii	"waitq"                         # string offset=7040
	.byte	0
	.ascii	"fasync"                        # string offset=7046
	.byte	0
	.ascii	"pending_wakeup"                # string offset=7053
	.byte	0
	.ascii	"pending_kill"                  # string offset=7068
	.byte	0
	.ascii	"pending_disable"               # string offset=7081
	.byte	0
	.ascii	"pending_addr"                  # string offset=7097
	.byte	0
	.ascii	"pending_irq"                   # string offset=7110
	.byte	0
	.ascii	"pending_disable_irq"           # string offset=7122
	.byte	0
	.ascii	"pending_task"                  # string offset=7142
	.byte	0
	.ascii	"pending_work"                  # string offset=7155
	.byte	0
	.ascii	"event_limit"                   # string offset=7168
	.byte	0
	.ascii	"addr_filters"                  # string offset=7180
	.byte	0
	.ascii	"addr_filter_ranges"            # string offset=7193
	.byte	0
	.ascii	"addr_filters_gen"              # string offset=7212
	.byte	0
	.ascii	"aux_event"                     # string offset=7229
	.byte	0
	.ascii	"destroy"                       # string offset=7239
	.byte	0
	.ascii	"ns"                            # string offset=7247
	.byte	0
	.ascii	"lost_samples"                  # string offset=7250
	.byte	0
	.ascii	"clock"                         # string offset=7263
	.byte	0
	.ascii	"overflow_handler"              # string offset=7269
	.byte	0
	.ascii	"overflow_handler_context"      # string offset=7286
	.byte	0
	.ascii	"prog"                          # string offset=7311
	.byte	0
	.ascii	"bpf_cookie"                    # string offset=7316
	.byte	0
	.ascii	"tp_event"                      # string offset=7327
	.byte	0
	.ascii	"ftrace_ops"                    # string offset=7336
	.byte	0
	.ascii	"cgrp"                          # string offset=7347
	.byte	0
	.ascii	"sb_list"                       # string offset=7352
	.byte	0
	.ascii	"pmu_list"                      # string offset=7360
	.byte	0
	.ascii	"orig_type"                     # string offset=7369
	.byte	0
	.ascii	"perf_event_state"              # string offset=7379
	.byte	0
	.ascii	"PERF_EVENT_STATE_DEAD"         # string offset=7396
	.byte	0
	.ascii	"PERF_EVENT_STATE_REVOKED"      # string offset=7418
	.byte	0
	.ascii	"PERF_EVENT_STATE_EXIT"         # string offset=7443
	.byte	0
	.ascii	"PERF_EVENT_STATE_ERROR"        # string offset=7465
	.byte	0
	.ascii	"PERF_EVENT_STATE_OFF"          # string offset=7488
	.byte	0
	.ascii	"PERF_EVENT_STATE_INACTIVE"     # string offset=7509
	.byte	0
	.ascii	"PERF_EVENT_STATE_ACTIVE"       # string offset=7535
	.byte	0
	.ascii	"local64_t"                     # string offset=7559
	.byte	0
	.byte	97                              # string offset=7569
	.byte	0
	.ascii	"local_t"                       # string offset=7571
	.byte	0
	.ascii	"perf_event_attr"               # string offset=7579
	.byte	0
	.ascii	"config"                        # string offset=7595
	.byte	0
	.ascii	"sample_type"                   # string offset=7602
	.byte	0
	.ascii	"read_format"                   # string offset=7614
	.byte	0
	.ascii	"disabled"                      # string offset=7626
	.byte	0
	.ascii	"inherit"                       # string offset=7635
	.byte	0
	.ascii	"pinned"                        # string offset=7643
	.byte	0
	.ascii	"exclusive"                     # string offset=7650
	.byte	0
	.ascii	"exclude_user"                  # string offset=7660
	.byte	0
	.ascii	"exclude_kernel"                # string offset=7673
	.byte	0
	.ascii	"exclude_hv"                    # string offset=7688
	.byte	0
	.ascii	"exclude_idle"                  # string offset=7699
	.byte	0
	.ascii	"mmap"                          # string offset=7712
	.byte	0
	.ascii	"freq"                          # string offset=7717
	.byte	0
	.ascii	"inherit_stat"                  # string offset=7722
	.byte	0
	.ascii	"enable_on_exec"                # string offset=7735
	.byte	0
	.ascii	"task"                          # string offset=7750
	.byte	0
	.ascii	"watermark"                     # string offset=7755
	.byte	0
	.ascii	"precise_ip"                    # string offset=7765
	.byte	0
	.ascii	"mmap_data"                     # string offset=7776
	.byte	0
	.ascii	"sample_id_all"                 # string offset=7786
	.byte	0
	.ascii	"exclude_host"                  # string offset=7800
	.byte	0
	.ascii	"exclude_guest"                 # string offset=7813
	.byte	0
	.ascii	"exclude_callchain_kernel"      # string offset=7827
	.byte	0
	.ascii	"exclude_callchain_user"        # string offset=7852
	.byte	0
	.ascii	"mmap2"                         # string offset=7875
	.byte	0
	.ascii	"comm_exec"                     # string offset=7881
	.byte	0
	.ascii	"use_clockid"                   # string offset=7891
	.byte	0
	.ascii	"context_switch"                # string offset=7903
	.byte	0
	.ascii	"write_backward"                # string offset=7918
	.byte	0
	.ascii	"namespaces"                    # string offset=7933
	.byte	0
	.ascii	"ksymbol"                       # string offset=7944
	.byte	0
	.ascii	"bpf_event"                     # string offset=7952
	.byte	0
	.ascii	"aux_output"                    # string offset=7962
	.byte	0
	.ascii	"cgroup"                        # string offset=7973
	.byte	0
	.ascii	"text_poke"                     # string offset=7980
	.byte	0
	.ascii	"build_id"                      # string offset=7990
	.byte	0
	.ascii	"inherit_thread"                # string offset=7999
	.byte	0
	.ascii	"remove_on_exec"                # string offset=8014
	.byte	0
	.ascii	"sigtrap"                       # string offset=8029
	.byte	0
	.ascii	"__reserved_1"                  # string offset=8037
	.byte	0
	.ascii	"bp_type"                       # string offset=8050
	.byte	0
	.ascii	"branch_sample_type"            # string offset=8058
	.byte	0
	.ascii	"sample_regs_user"              # string offset=8077
	.byte	0
	.ascii	"sample_stack_user"             # string offset=8094
	.byte	0
	.ascii	"sample_regs_intr"              # string offset=8112
	.byte	0
	.ascii	"aux_watermark"                 # string offset=8129
	.byte	0
	.ascii	"sample_max_stack"              # string offset=8143
	.byte	0
	.ascii	"__reserved_2"                  # string offset=8160
	.byte	0
	.ascii	"aux_sample_size"               # string offset=8173
	.byte	0
	.ascii	"sig_data"                      # string offset=8189
	.byte	0
	.ascii	"config3"                       # string offset=8198
	.byte	0
	.ascii	"sample_period"                 # string offset=8206
	.byte	0
	.ascii	"sample_freq"                   # string offset=8220
	.byte	0
	.ascii	"wakeup_events"                 # string offset=8232
	.byte	0
	.ascii	"wakeup_watermark"              # string offset=8246
	.byte	0
	.ascii	"bp_addr"                       # string offset=8263
	.byte	0
	.ascii	"kprobe_func"                   # string offset=8271
	.byte	0
	.ascii	"uprobe_path"                   # string offset=8283
	.byte	0
	.ascii	"config1"                       # string offset=8295
	.byte	0
	.ascii	"bp_len"                        # string offset=8303
	.byte	0
	.ascii	"kprobe_addr"                   # string offset=8310
	.byte	0
	.ascii	"probe_offset"                  # string offset=8322
	.byte	0
	.ascii	"config2"                       # string offset=8335
	.byte	0
	.ascii	"aux_action"                    # string offset=8343
	.byte	0
	.ascii	"aux_start_paused"              # string offset=8354
	.byte	0
	.ascii	"aux_pause"                     # string offset=8371
	.byte	0
	.ascii	"aux_resume"                    # string offset=8381
	.byte	0
	.ascii	"__reserved_3"                  # string offset=8392
	.byte	0
	.ascii	"hw_perf_event"                 # string offset=8405
	.byte	0
	.ascii	"target"                        # string offset=8419
	.byte	0
	.ascii	"prev_count"                    # string offset=8426
	.byte	0
	.ascii	"interrupts_seq"                # string offset=8437
	.byte	0
	.ascii	"interrupts"                    # string offset=8452
	.byte	0
	.ascii	"freq_time_stamp"               # string offset=8463
	.byte	0
	.ascii	"freq_count_stamp"              # string offset=8479
	.byte	0
	.ascii	"last_tag"                      # string offset=8496
	.byte	0
	.ascii	"dyn_constraint"                # string offset=8505
	.byte	0
	.ascii	"config_base"                   # string offset=8520
	.byte	0
	.ascii	"event_base"                    # string offset=8532
	.byte	0
	.ascii	"event_base_rdpmc"              # string offset=8543
	.byte	0
	.ascii	"idx"                           # string offset=8560
	.byte	0
	.ascii	"last_cpu"                      # string offset=8564
	.byte	0
	.ascii	"extra_reg"                     # string offset=8573
	.byte	0
	.ascii	"branch_reg"                    # string offset=8583
	.byte	0
	.ascii	"hw_perf_event_extra"           # string offset=8594
	.byte	0
	.ascii	"reg"                           # string offset=8614
	.byte	0
	.ascii	"alloc"                         # string offset=8618
	.byte	0
	.ascii	"aux_config"                    # string offset=8624
	.byte	0
	.ascii	"aux_paused"                    # string offset=8635
	.byte	0
	.ascii	"tp_list"                       # string offset=8646
	.byte	0
	.ascii	"pwr_acc"                       # string offset=8654
	.byte	0
	.ascii	"ptsc"                          # string offset=8662
	.byte	0
	.ascii	"info"                          # string offset=8667
	.byte	0
	.ascii	"bp_list"                       # string offset=8672
	.byte	0
	.ascii	"arch_hw_breakpoint"            # string offset=8680
	.byte	0
	.ascii	"address"                       # string offset=8699
	.byte	0
	.ascii	"mask"                          # string offset=8707
	.byte	0
	.ascii	"rhlist_head"                   # string offset=8712
	.byte	0
	.ascii	"rhead"                         # string offset=8724
	.byte	0
	.ascii	"rhash_head"                    # string offset=8730
	.byte	0
	.ascii	"iommu_bank"                    # string offset=8741
	.byte	0
	.ascii	"iommu_cntr"                    # string offset=8752
	.byte	0
	.ascii	"padding"                       # string offset=8763
	.byte	0
	.ascii	"conf"                          # string offset=8771
	.byte	0
	.ascii	"conf1"                         # string offset=8776
	.byte	0
	.ascii	"last_period"                   # string offset=8782
	.byte	0
	.ascii	"period_left"                   # string offset=8794
	.byte	0
	.ascii	"saved_metric"                  # string offset=8806
	.byte	0
	.ascii	"saved_slots"                   # string offset=8819
	.byte	0
	.ascii	"wait_queue_head_t"             # string offset=8831
	.byte	0
	.ascii	"wait_queue_head"               # string offset=8849
	.byte	0
	.ascii	"head"                          # string offset=8865
	.byte	0
	.ascii	"irq_work"                      # string offset=8870
	.byte	0
	.ascii	"irqwait"                       # string offset=8879
	.byte	0
	.ascii	"rcuwait"                       # string offset=8887
	.byte	0
	.ascii	"perf_addr_filters_head"        # string offset=8895
	.byte	0
	.ascii	"nr_file_filters"               # string offset=8918
	.byte	0
	.ascii	"perf_overflow_handler_t"       # string offset=8934
	.byte	0
	.ascii	"perf_sample_data"              # string offset=8958
	.byte	0
	.ascii	"sample_flags"                  # string offset=8975
	.byte	0
	.ascii	"period"                        # string offset=8988
	.byte	0
	.ascii	"dyn_size"                      # string offset=8995
	.byte	0
	.ascii	"tid_entry"                     # string offset=9004
	.byte	0
	.ascii	"cpu_entry"                     # string offset=9014
	.byte	0
	.ascii	"ip"                            # string offset=9024
	.byte	0
	.ascii	"callchain"                     # string offset=9027
	.byte	0
	.ascii	"raw"                           # string offset=9037
	.byte	0
	.ascii	"br_stack"                      # string offset=9041
	.byte	0
	.ascii	"br_stack_cntr"                 # string offset=9050
	.byte	0
	.ascii	"data_src"                      # string offset=9064
	.byte	0
	.ascii	"txn"                           # string offset=9073
	.byte	0
	.ascii	"regs_user"                     # string offset=9077
	.byte	0
	.ascii	"regs_intr"                     # string offset=9087
	.byte	0
	.ascii	"stack_user_size"               # string offset=9097
	.byte	0
	.ascii	"stream_id"                     # string offset=9113
	.byte	0
	.ascii	"addr"                          # string offset=9123
	.byte	0
	.ascii	"phys_addr"                     # string offset=9128
	.byte	0
	.ascii	"data_page_size"                # string offset=9138
	.byte	0
	.ascii	"code_page_size"                # string offset=9153
	.byte	0
	.ascii	"aux_size"                      # string offset=9168
	.byte	0
	.ascii	"tid"                           # string offset=9177
	.byte	0
	.ascii	"reserved"                      # string offset=9181
	.byte	0
	.ascii	"perf_sample_weight"            # string offset=9190
	.byte	0
	.ascii	"full"                          # string offset=9209
	.byte	0
	.ascii	"var1_dw"                       # string offset=9214
	.byte	0
	.ascii	"var2_w"                        # string offset=9222
	.byte	0
	.ascii	"var3_w"                        # string offset=9229
	.byte	0
	.ascii	"perf_mem_data_src"             # string offset=9236
	.byte	0
	.ascii	"mem_op"                        # string offset=9254
	.byte	0
	.ascii	"mem_lvl"                       # string offset=9261
	.byte	0
	.ascii	"mem_snoop"                     # string offset=9269
	.byte	0
	.ascii	"mem_lock"                      # string offset=9279
	.byte	0
	.ascii	"mem_dtlb"                      # string offset=9288
	.byte	0
	.ascii	"mem_lvl_num"                   # string offset=9297
	.byte	0
	.ascii	"mem_remote"                    # string offset=9309
	.byte	0
	.ascii	"mem_snoopx"                    # string offset=9320
	.byte	0
	.ascii	"mem_blk"                       # string offset=9331
	.byte	0
	.ascii	"mem_hops"                      # string offset=9339
	.byte	0
	.ascii	"mem_rsvd"                      # string offset=9348
	.byte	0
	.ascii	"perf_regs"                     # string offset=9357
	.byte	0
	.ascii	"abi"                           # string offset=9367
	.byte	0
	.ascii	"regs"                          # string offset=9371
	.byte	0
	.ascii	"pt_regs"                       # string offset=9376
	.byte	0
	.ascii	"r15"                           # string offset=9384
	.byte	0
	.ascii	"r14"                           # string offset=9388
	.byte	0
	.ascii	"r13"                           # string offset=9392
	.byte	0
	.ascii	"r12"                           # string offset=9396
	.byte	0
	.ascii	"bp"                            # string offset=9400
	.byte	0
	.ascii	"bx"                            # string offset=9403
	.byte	0
	.ascii	"r11"                           # string offset=9406
	.byte	0
	.ascii	"r10"                           # string offset=9410
	.byte	0
	.ascii	"r9"                            # string offset=9414
	.byte	0
	.ascii	"r8"                            # string offset=9417
	.byte	0
	.ascii	"ax"                            # string offset=9420
	.byte	0
	.ascii	"cx"                            # string offset=9423
	.byte	0
	.ascii	"dx"                            # string offset=9426
	.byte	0
	.ascii	"si"                            # string offset=9429
	.byte	0
	.ascii	"di"                            # string offset=9432
	.byte	0
	.ascii	"orig_ax"                       # string offset=9435
	.byte	0
	.ascii	"cs"                            # string offset=9443
	.byte	0
	.ascii	"csx"                           # string offset=9446
	.byte	0
	.ascii	"fred_cs"                       # string offset=9450
	.byte	0
	.ascii	"sl"                            # string offset=9458
	.byte	0
	.ascii	"wfe"                           # string offset=9461
	.byte	0
	.ascii	"ss"                            # string offset=9465
	.byte	0
	.ascii	"ssx"                           # string offset=9468
	.byte	0
	.ascii	"fred_ss"                       # string offset=9472
	.byte	0
	.ascii	"sti"                           # string offset=9480
	.byte	0
	.ascii	"swevent"                       # string offset=9484
	.byte	0
	.ascii	"nmi"                           # string offset=9492
	.byte	0
	.ascii	"vector"                        # string offset=9496
	.byte	0
	.ascii	"enclave"                       # string offset=9503
	.byte	0
	.ascii	"lm"                            # string offset=9511
	.byte	0
	.ascii	"nested"                        # string offset=9514
	.byte	0
	.ascii	"insnlen"                       # string offset=9521
	.byte	0
	.ascii	"private"                       # string offset=9529
	.byte	0
	.ascii	"saved_func"                    # string offset=9537
	.byte	0
	.ascii	"local_hash"                    # string offset=9548
	.byte	0
	.ascii	"func_hash"                     # string offset=9559
	.byte	0
	.ascii	"old_hash"                      # string offset=9569
	.byte	0
	.ascii	"trampoline"                    # string offset=9578
	.byte	0
	.ascii	"trampoline_size"               # string offset=9589
	.byte	0
	.ascii	"subop_list"                    # string offset=9605
	.byte	0
	.ascii	"ops_func"                      # string offset=9616
	.byte	0
	.ascii	"managed"                       # string offset=9625
	.byte	0
	.ascii	"direct_call"                   # string offset=9633
	.byte	0
	.ascii	"ftrace_func_t"                 # string offset=9645
	.byte	0
	.ascii	"ftrace_regs"                   # string offset=9659
	.byte	0
	.ascii	"ftrace_ops_hash"               # string offset=9671
	.byte	0
	.ascii	"notrace_hash"                  # string offset=9687
	.byte	0
	.ascii	"filter_hash"                   # string offset=9700
	.byte	0
	.ascii	"regex_lock"                    # string offset=9712
	.byte	0
	.ascii	"ftrace_ops_func_t"             # string offset=9723
	.byte	0
	.ascii	"ftrace_ops_cmd"                # string offset=9741
	.byte	0
	.ascii	"FTRACE_OPS_CMD_ENABLE_SHARE_IPMODIFY_SELF" # string offset=9756
	.byte	0
	.ascii	"FTRACE_OPS_CMD_ENABLE_SHARE_IPMODIFY_PEER" # string offset=9798
	.byte	0
	.ascii	"FTRACE_OPS_CMD_DISABLE_SHARE_IPMODIFY_PEER" # string offset=9840
	.byte	0
	.ascii	"scx_init_task_args"            # string offset=9883
	.byte	0
	.ascii	"scx_exit_task_args"            # string offset=9902
	.byte	0
	.ascii	"scx_exit_info"                 # string offset=9921
	.byte	0
	.ascii	"sc_init_ops"                   # string offset=9935
	.byte	0
	.ascii	".ksyms"                        # string offset=9947
	.byte	0
	.ascii	".struct_ops.link"              # string offset=9954
	.byte	0
	.ascii	"license"                       # string offset=9971
	.byte	0
	.ascii	"task_group"                    # string offset=9979
	.byte	0
	.ascii	"address_space"                 # string offset=9990
	.byte	0
	.ascii	"pid_namespace"                 # string offset=10004
	.byte	0
	.ascii	"user_namespace"                # string offset=10018
	.byte	0
	.ascii	"completion"                    # string offset=10033
	.byte	0
	.ascii	"hrtimer_clock_base"            # string offset=10044
	.byte	0
	.ascii	"mm_struct"                     # string offset=10063
	.byte	0
	.ascii	"key"                           # string offset=10073
	.byte	0
	.ascii	"user_struct"                   # string offset=10077
	.byte	0
	.ascii	"bpf_prog"                      # string offset=10089
	.byte	0
	.ascii	"kernel_siginfo"                # string offset=10098
	.byte	0
	.ascii	"obj_cgroup"                    # string offset=10113
	.byte	0
	.ascii	"mem_cgroup"                    # string offset=10124
	.byte	0
	.ascii	"bpf_local_storage"             # string offset=10135
	.byte	0
	.ascii	"ftrace_hash"                   # string offset=10153
	.byte	0
	.ascii	"vm_struct"                     # string offset=10165
	.byte	0
	.ascii	"trace_event_call"              # string offset=10175
	.byte	0
	.ascii	"seccomp_filter"                # string offset=10192
	.byte	0
	.ascii	"rt_mutex_waiter"               # string offset=10207
	.byte	0
	.ascii	"robust_list_head"              # string offset=10223
	.byte	0
	.ascii	"compat_robust_list_head"       # string offset=10240
	.byte	0
	.ascii	"futex_pi_state"                # string offset=10264
	.byte	0
	.ascii	"task_delay_info"               # string offset=10279
	.byte	0
	.ascii	"uprobe_task"                   # string offset=10295
	.byte	0
	.ascii	"bpf_run_ctx"                   # string offset=10307
	.byte	0
	.ascii	"unwind_cache"                  # string offset=10319
	.byte	0
	.ascii	"pipe_inode_info"               # string offset=10332
	.byte	0
	.ascii	"fasync_struct"                 # string offset=10348
	.byte	0
	.ascii	"css_set"                       # string offset=10362
	.byte	0
	.ascii	"fs_struct"                     # string offset=10370
	.byte	0
	.ascii	"gendisk"                       # string offset=10380
	.byte	0
	.ascii	"event_filter"                  # string offset=10388
	.byte	0
	.ascii	"perf_event_pmu_context"        # string offset=10401
	.byte	0
	.ascii	"perf_event_context"            # string offset=10424
	.byte	0
	.ascii	"perf_buffer"                   # string offset=10443
	.byte	0
	.ascii	"perf_addr_filter_range"        # string offset=10455
	.byte	0
	.ascii	"perf_callchain_entry"          # string offset=10478
	.byte	0
	.ascii	"perf_raw_record"               # string offset=10499
	.byte	0
	.ascii	"perf_branch_stack"             # string offset=10515
	.byte	0
	.ascii	"perf_cgroup"                   # string offset=10533
	.byte	0
	.ascii	"rcu_node"                      # string offset=10545
	.byte	0
	.ascii	"sighand_struct"                # string offset=10554
	.byte	0
	.ascii	"__kernel_timespec"             # string offset=10569
	.byte	0
	.ascii	"old_timespec32"                # string offset=10587
	.byte	0
	.ascii	"pollfd"                        # string offset=10602
	.byte	0
	.ascii	"sem_undo_list"                 # string offset=10609
	.byte	0
	.ascii	"files_struct"                  # string offset=10623
	.byte	0
	.ascii	"io_uring_task"                 # string offset=10636
	.byte	0
	.ascii	"blk_plug"                      # string offset=10650
	.byte	0
	.ascii	"signal_struct"                 # string offset=10659
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	20
	.long	20
	.long	44
	.long	64
	.long	0
	.long	8                               # FuncInfo
	.long	67                              # FuncInfo section string offset=67
	.long	1
	.long	.Lfunc_begin0
	.long	7
	.long	16                              # LineInfo
	.long	67                              # LineInfo section string offset=67
	.long	2
	.long	.Ltmp0
	.long	85
	.long	122
	.long	11273                           # Line 11 Col 9
	.long	.Ltmp3
	.long	85
	.long	157
	.long	9221                            # Line 9 Col 5
	.addrsig
	.addrsig_sym struct_ops_s_init_create_dsq
	.addrsig_sym LICENSE
	.addrsig_sym sc_init_ops
