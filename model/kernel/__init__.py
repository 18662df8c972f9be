"""The kernel model: per-version facts about sleeping (helpers, kfuncs, regions, callbacks, hooks) and the
questions the checker asks of them. Data files live in `data/`, one per kernel series; see schema.py."""

from sleepcheck.model.kernel.admission import Admission, AdmissionStatus
from sleepcheck.model.kernel.effects import CallbackEffect, CallEffect
from sleepcheck.model.kernel.error_injection import read_error_injection_list
from sleepcheck.model.kernel.facts import Certainty, Context, HelperFact, KfuncFact, LsmHookFact, RegionFact
from sleepcheck.model.kernel.loader import load_kernel_model
from sleepcheck.model.kernel.model import KernelModel
from sleepcheck.model.kernel.versions import DEFAULT_KERNEL, KERNEL_VERSIONS, KernelVersion, parse_kernel_version

__all__ = [
    "DEFAULT_KERNEL",
    "KERNEL_VERSIONS",
    "Admission",
    "AdmissionStatus",
    "CallEffect",
    "CallbackEffect",
    "Certainty",
    "Context",
    "HelperFact",
    "KernelModel",
    "KernelVersion",
    "KfuncFact",
    "LsmHookFact",
    "RegionFact",
    "load_kernel_model",
    "parse_kernel_version",
    "read_error_injection_list",
]
