/* HID-BPF declarations for the struct_ops test programs.
 *
 * This machine's kernel is built without CONFIG_HID_BPF, so vmlinux.h has no struct hid_bpf_ctx nor
 * struct hid_bpf_ops. The members below are those of 6.18 (include/linux/hid_bpf.h), by name and
 * signature; libbpf matches struct_ops members by name. The objects built from it cannot load here;
 * their verdicts are reasoned from the source (hid_bpf_ops_check_member(): hid_rdesc_fixup,
 * hid_hw_request and hid_hw_output_report may be sleepable; hid_device_event runs in the
 * interrupt path of the device and may not).
 */
#ifndef SLEEPCHECK_TEST_HID_H
#define SLEEPCHECK_TEST_HID_H

#include "common.h"

struct hid_bpf_ctx {
	struct hid_device *hid;
	u32 allocated_size;
	union {
		s32 retval;
		s32 size;
	};
};

struct hid_bpf_ops {
	int hid_id;
	u32 flags;
	struct list_head list;
	int (*hid_device_event)(struct hid_bpf_ctx *ctx, enum hid_report_type report_type, u64 source);
	int (*hid_rdesc_fixup)(struct hid_bpf_ctx *ctx);
	int (*hid_hw_request)(struct hid_bpf_ctx *ctx, unsigned char reportnum, enum hid_report_type rtype,
			      enum hid_class_request reqtype, u64 source);
	int (*hid_hw_output_report)(struct hid_bpf_ctx *ctx, u64 source);
	struct hid_device *hdev;
};

/* hid_bpf_kfunc_ids (drivers/hid/bpf/hid_bpf_dispatch.c): KF_RET_NULL, and KF_SLEEPABLE. */
extern u8 *hid_bpf_get_data(struct hid_bpf_ctx *ctx, unsigned int offset, const size_t rdwr_buf_size) __ksym;
extern int hid_bpf_hw_request(struct hid_bpf_ctx *ctx, u8 *buf, size_t buf__sz, enum hid_report_type type,
			      enum hid_class_request reqtype) __ksym;

#endif
