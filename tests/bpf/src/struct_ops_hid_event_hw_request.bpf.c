// expect: struct_ops_hid_event_hw_request: violation no-sleep-in-atomic
//   A HID-BPF device_event callback (atomic) asks the device for a feature report with
//   hid_bpf_hw_request, which waits for the device: a KF_SLEEPABLE kfunc in a non-sleepable program.
// kernel: not loadable here (no HID-BPF in this kernel); verdict by reasoning:
//   hid_bpf_hw_request is KF_SLEEPABLE in hid_bpf_kfunc_ids, and hid_device_event may not be sleepable
#include "hid.h"

SEC("struct_ops/hid_device_event")
int BPF_PROG(struct_ops_hid_event_hw_request, struct hid_bpf_ctx *hctx, enum hid_report_type type)
{
	u8 buf[8] = {1};

	if (type != HID_INPUT_REPORT)
		return 0;
	return hid_bpf_hw_request(hctx, buf, sizeof(buf), HID_FEATURE_REPORT, HID_REQ_GET_REPORT);
}

SEC(".struct_ops.link")
struct hid_bpf_ops ask_ops = {
	.hid_device_event = (void *)struct_ops_hid_event_hw_request,
};
