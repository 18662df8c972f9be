/* kfunc externs declared under flavoured names, as sched_ext's compat headers declare them: libbpf looks each up
 * by its essential name (the part before the last ___), so bpf_rcu_read_lock___v1 is bpf_rcu_read_lock and
 * bpf_rcu_read_unlock___v2___compat is bpf_rcu_read_unlock___v2, a kfunc no kernel has. Built by build.sh beside
 * it; not loaded. */
#include "../../../bpf/vmlinux.h"
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

extern void bpf_rcu_read_lock___v1(void) __ksym __weak;
extern void bpf_rcu_read_lock(void) __ksym;
extern void bpf_rcu_read_unlock___v2___compat(void) __ksym __weak;
extern void bpf_rcu_read_unlock(void) __ksym;

SEC("uprobe.s")
int flavoured(void *ctx)
{
	if (bpf_rcu_read_lock___v1)
		bpf_rcu_read_lock___v1();
	else
		bpf_rcu_read_lock();
	if (bpf_rcu_read_unlock___v2___compat)
		bpf_rcu_read_unlock___v2___compat();
	else
		bpf_rcu_read_unlock();
	return 0;
}
