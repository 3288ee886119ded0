#!/usr/bin/env python3
"""Runs the claims of the bank's correction notes against the library they are about, and writes
what the library did to libs/questions/test/fixtures/correction-checks.json. The Jest test
(test/correction-notes.spec.ts) reads that file and checks each note says what was observed, so a
note cannot claim an exception or a default that the library does not have.

  /usr/bin/python3 libs/questions/scripts/check_corrections.py   # needs torch (Debian: python3-torch)
"""
import inspect, json, os, sys, traceback

import torch
import torch.nn as nn


def raised(fn):
    """The name of the exception fn raises, or None."""
    try:
        fn()
    except Exception as e:  # noqa: BLE001 - the type is the observation
        return type(e).__name__
    return None


def seed_004_22_prune():
    # The seed's code as written, with a stand-in model (torchvision is not needed to reach the
    # first failing line: `prune.RemovalTensor(model.fc)`).
    import torch.nn.utils as prune  # noqa: F401 - the seed's own import
    model = nn.Module()
    model.fc = nn.Linear(4, 2)
    model.layer1 = nn.Sequential(nn.Conv2d(1, 1, 1), nn.Conv2d(1, 1, 1))
    prune.RemovalTensor(model.fc)


def main():
    from torch.ao.quantization import get_default_qconfig, quantize_dynamic
    import torch.nn.utils as seed_quantization
    import torch.nn.utils.prune as real_prune

    blocks = nn.Sequential(nn.Linear(1, 1), nn.Linear(1, 1))
    checks = {
        "library": {"torch": torch.__version__},
        "s004-28-realtime-inference-optimization": {
            "get_default_qconfig_backend_default": inspect.signature(get_default_qconfig).parameters["backend"].default,
            "get_default_qconfig_without_argument_raises": raised(lambda: get_default_qconfig()),
            "quantize_dynamic_parameters": list(inspect.signature(quantize_dynamic).parameters),
            "torch_nn_utils_has_quantize_dynamic": hasattr(seed_quantization, "quantize_dynamic"),
        },
        "s004-22-model-compression": {
            "seed_code_raises": raised(seed_004_22_prune),
            "torch_nn_utils_has_RemovalTensor": hasattr(torch.nn.utils, "RemovalTensor"),
            "torch_nn_utils_has_model": hasattr(torch.nn.utils, "model"),
            "sequential_index_out_of_range_raises": raised(lambda: blocks[2]),
            "prune_module_has": {name: hasattr(real_prune, name) for name in ["l1_unstructured", "ln_structured", "remove"]},
        },
    }
    out = os.path.join(os.path.dirname(__file__), "..", "test", "fixtures", "correction-checks.json")
    with open(out, "w") as f:
        json.dump(checks, f, indent=2, sort_keys=True)
        f.write("\n")
    print(json.dumps(checks, indent=2, sort_keys=True))


if __name__ == "__main__":
    main()
