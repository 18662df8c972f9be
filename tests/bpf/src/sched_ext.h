/* sched_ext declarations for the struct_ops test programs.
 *
 * This machine's kernel is built without CONFIG_SCHED_CLASS_EXT, so vmlinux.h has no
 * struct sched_ext_ops. The members below are the leading callbacks of the 6.18 structure, by
 * name and signature (kernel/sched/ext.c); libbpf matches struct_ops members by name. The
 * objects built from it cannot load here; their verdicts are reasoned from the source
 * (bpf_scx_check_member(): init_task, init, exit, cpu_online, cpu_offline and the cgroup
 * callbacks may be sleepable, every other member may not).
 */
#ifndef SLEEPCHECK_TEST_SCHED_EXT_H
#define SLEEPCHECK_TEST_SCHED_EXT_H

#include "common.h"

struct scx_init_task_args;
struct scx_exit_task_args;
struct scx_exit_info;

struct sched_ext_ops {
	s32 (*select_cpu)(struct task_struct *p, s32 prev_cpu, u64 wake_flags);
	void (*enqueue)(struct task_struct *p, u64 enq_flags);
	void (*dequeue)(struct task_struct *p, u64 deq_flags);
	void (*dispatch)(s32 cpu, struct task_struct *prev);
	s32 (*init_task)(struct task_struct *p, struct scx_init_task_args *args);
	void (*exit_task)(struct task_struct *p, struct scx_exit_task_args *args);
	s32 (*init)(void);
	void (*exit)(struct scx_exit_info *info);
	char name[128];
};

/* KF_SLEEPABLE in scx_kfunc_ids_unlocked. */
extern s32 scx_bpf_create_dsq(u64 dsq_id, s32 node) __ksym;  /* strong, as the schedulers declare it */
/* Non-sleeping kfuncs of scx_kfunc_ids_enqueue_dispatch and scx_kfunc_ids_any; weak, as schedulers declare the
 * ones newer kernels renamed or added, with bpf_ksym_exists() tests of their address. */
extern void scx_bpf_dsq_insert(struct task_struct *p, u64 dsq_id, u64 slice, u64 enq_flags) __ksym __weak;
extern u64 scx_bpf_now(void) __ksym __weak;
/* KF_RET_NULL | KF_RCU_PROTECTED in scx_kfunc_ids_any. */
extern struct task_struct *scx_bpf_cpu_curr(s32 cpu) __ksym __weak;

#endif
