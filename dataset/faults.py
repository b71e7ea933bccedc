"""Crash points for the crash-safety tests.

A test sets ``RUCHINA_CRASH_AT=<point>`` (optionally ``<point>:<n>`` for the n-th time
the point is reached) and runs a command in a subprocess; at that point the process
kills itself with SIGKILL, as a power cut or an OOM killer would, with no chance to
clean up. Unset, a crash point costs one dictionary lookup.
"""

from __future__ import annotations

import os
import signal
import time

_ENVIRONMENT_VARIABLE = "RUCHINA_CRASH_AT"
#: ``<point>:<seconds>``: sleep there, to hold a lock while a test races another process.
_PAUSE_VARIABLE = "RUCHINA_PAUSE_AT"
_reached: dict[str, int] = {}


def crash_point(name: str) -> None:
    pause = os.environ.get(_PAUSE_VARIABLE)
    if pause and pause.partition(":")[0] == name:
        time.sleep(float(pause.partition(":")[2] or 1))
    target = os.environ.get(_ENVIRONMENT_VARIABLE)
    if not target:
        return
    point, _, count = target.partition(":")
    if point != name:
        return
    _reached[name] = _reached.get(name, 0) + 1
    if _reached[name] >= int(count or 1):
        os.kill(os.getpid(), signal.SIGKILL)
