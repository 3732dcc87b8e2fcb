"""Loaded by every Python process of the clock-shifted test pass (.ci/pytest-at puts this
folder on PYTHONPATH).

libfaketime 0.9.10 (Debian 12) with FAKETIME_DONT_FAKE_MONOTONIC=1 breaks Python 3.11's
time.sleep(), which waits with clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME): the library
shifts that real monotonic deadline by the fake offset and the kernel answers EINVAL
(libfaketime issue #426). Faking the monotonic clock instead hangs every timed lock wait
(sem_clockwait, issue #390). So the monotonic clock stays real and sleeping waits on select(),
which takes a relative timeout that libfaketime leaves alone.
"""

from __future__ import annotations

import os
import select
import time

if os.environ.get("FAKETIME") and os.environ.get("FAKETIME_DONT_FAKE_MONOTONIC") == "1":

    def _sleep(seconds: float) -> None:
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            select.select([], [], [], left)

    time.sleep = _sleep
