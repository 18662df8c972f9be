// expect: struct_ops_hid_event_get_data: safe
//   A HID-BPF device_event callback (atomic: it runs as the device's report arrives) swaps two bytes
//   of the report it reads with hid_bpf_get_data, a kfunc that does not sleep.
// kernel: not loadable here (no HID-BPF in this kernel); verdict by reasoning:
//   hid_bpf_get_data is in hid_bpf_kfunc_ids with KF_RET_NULL alone
#include "hid.h"

SEC("struct_ops/hid_device_event")
int BPF_PROG(struct_ops_hid_event_get_data, struct hid_bpf_ctx *hctx, enum hid_report_type type)
{
	u8 *data = hid_bpf_get_data(hctx, 0, 4);
	u8 first;

	if (!data)
		return 0;
	first = data[1];
	data[1] = data[2];
	data[2] = first;
	return 0;
}

SEC(".struct_ops.link")
struct hid_bpf_ops swap_ops = {
	.hid_device_event = (void *)struct_ops_hid_event_get_data,
};
