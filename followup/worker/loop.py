"""The worker's loop: run each registered job when its time has come, until told to stop."""

from __future__ import annotations

import logging
import os
import threading
import time

from django.db import close_old_connections

from followup.worker.registry import registered

log = logging.getLogger(__name__)


def run_pending(now: float | None = None) -> int:
    """Run every job whose time has come; one failing job never stops the others."""
    done = 0
    moment = time.monotonic() if now is None else now
    for item in registered().values():
        if moment < item.next_at:
            continue
        item.next_at = moment + item.every
        close_old_connections()
        try:
            done += item.run()
        except Exception:
            log.exception("background job %s failed; it will run again", item.name)
        finally:
            close_old_connections()
    return done


def loop(stop: threading.Event, tick: float = 1.0) -> None:
    while not stop.is_set():
        run_pending()
        stop.wait(tick)


def stop_when_parent_exits(parent: int, stop: threading.Event, tick: float = 1.0) -> None:
    """Set `stop` once process `parent` is gone (a supervised worker whose server was killed
    outright must not keep sending mail on its own)."""

    def watch() -> None:
        while not stop.wait(tick):
            if os.getppid() != parent:
                log.warning("the server that started this worker is gone: stopping")
                stop.set()

    threading.Thread(target=watch, name="followup-parent-watch", daemon=True).start()
