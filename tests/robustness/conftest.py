"""Hypothesis profiles for the robustness tests, and helpers they share.

`ci` (the default) is derandomized with a bounded example count so every run of the suite
explores the same inputs and finishes quickly; `long` explores far more, with random seeds:

    HYPOTHESIS_PROFILE=long python -m pytest -q tests/robustness -m "not slow"
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    max_examples=60,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "long",
    max_examples=5000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
