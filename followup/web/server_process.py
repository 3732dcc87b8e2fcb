"""How `followup serve` stops whenever it is told to: the web server (Granian) runs in a child
process with a process group of its own; Ctrl+C and SIGTERM are passed on to it, it stops
gracefully (requests under way finish), and whatever is left of its group after a grace period
is killed. Also the server's web processes, which quit at once when stopped while still loading
the application instead of missing the signal (Granian then waited for them forever)."""

from __future__ import annotations

import importlib
import os
import select
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from types import FrameType
from typing import Any

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
GRACE = 5.0  # seconds the web server has to finish the requests under way once stopped
POLL = 0.2  # seconds between looks at the server's process, where it cannot be watched
PR_SET_PDEATHSIG = 1  # Linux prctl(2): a signal for this process when its parent dies


class Stopped(BaseException):
    """A stop signal that came while `followup serve` was still setting up."""


class ServerChild:
    """The web server's process, leader of its own process group."""

    def __init__(self, pid: int, grace: float) -> None:
        self.pid, self.grace = pid, grace
        self.ended = False
        self._deadline: threading.Timer | None = None
        # Set here too, so that the group exists before the child gets to it (OSError: the
        # child did it first, or has already exited).
        with suppress(OSError):
            os.setpgid(pid, pid)

    def stop(self, signum: int, at_once: bool = False) -> None:
        """Pass a stop signal on to the server; kill its whole group if it has not stopped
        within the grace period, or `at_once` (a second Ctrl+C)."""
        if self.ended:
            return
        if at_once:
            self._kill(f"{_name(signum)} again")
            return
        _send(self.pid, signum)
        if self._deadline is None:
            self._deadline = threading.Timer(
                self.grace, self._kill, [f"no stop within {self.grace:.0f} s"]
            )
            self._deadline.daemon = True
            self._deadline.start()

    def wait(self) -> int:
        """Wait until the server has exited, kill what is left of its group, return its exit
        status (negative: killed by that signal)."""
        with _woken_by_signals() as woken, _exit_watched(self.pid) as exits:
            # Exited but not reaped yet: its process group id cannot go to another process.
            while os.waitid(os.P_PID, self.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is None:
                ready, _, _ = select.select([woken, *exits], [], [], None if exits else POLL)
                if woken in ready:
                    _drain(woken)  # Python runs the handlers after this call
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline.join()
        self._kill_group()  # web processes orphaned by a server that died
        self.ended = True
        _, status = os.waitpid(self.pid, 0)
        return os.waitstatus_to_exitcode(status)

    def _kill(self, why: str) -> None:
        print(f"Stopping the web server outright ({why}).", file=sys.stderr, flush=True)
        self._kill_group()

    def _kill_group(self) -> None:
        with suppress(OSError):  # nothing is left of it
            os.killpg(self.pid, signal.SIGKILL)


class Stopping:
    """What Ctrl+C (SIGINT) and SIGTERM do to `followup serve`'s own process: while it sets up
    (`interruptible`) they raise `Stopped`; then they are remembered until the server runs,
    and passed on to it once it does."""

    def __init__(self, grace: float = GRACE) -> None:
        self.grace = grace
        self.requested = False
        self.interruptible = True
        self.server: ServerChild | None = None
        self._pid = os.getpid()

    @contextmanager
    def installed(self) -> Iterator[Stopping]:
        previous = {sig: signal.signal(sig, self._handle) for sig in STOP_SIGNALS}
        try:
            yield self
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def run_server(self, serve: Callable[[], None]) -> int:
        """Run `serve` in a child process in a group of its own until it exits; its status."""
        if not hasattr(os, "fork"):  # Windows: in this process (Granian then sets the signals)
            serve()
            return 0
        for stream in (sys.stdout, sys.stderr):
            stream.flush()  # or the child would print it a second time
        # Held back while forking: Python forgets a signal that reaches a child before it has
        # finished forking, and a stop that comes now must reach the server's pid.
        unblocked = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
        try:
            pid = os.fork()
            if pid == 0:
                _run_child(serve, self._pid, unblocked)
            self.server = ServerChild(pid, self.grace)
            if self.requested:  # came before the server's pid was known
                self.server.stop(signal.SIGTERM)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, unblocked)
        return self.server.wait()

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if os.getpid() != self._pid:  # the server's process, before it set its own signals
            os._exit(0)
        again, self.requested = self.requested, True
        if self.server is not None:
            self.server.stop(signum, at_once=again)
        elif self.interruptible:
            self.interruptible = False  # once: not again while it unwinds
            raise Stopped


def _run_child(
    serve: Callable[[], None], parent: int, unblocked: set[int | signal.Signals]
) -> None:
    """The server's process: a group of its own (Ctrl+C in a terminal reaches `followup serve`,
    which passes it on), stopped with its parent, never returning into the parent's code."""
    code = 1
    try:
        for sig in STOP_SIGNALS:
            signal.signal(sig, signal.SIG_DFL)
        os.setpgid(0, 0)
        stop_with_parent(parent)
        signal.pthread_sigmask(signal.SIG_SETMASK, unblocked)  # a stop sent already ends it
        serve()
        code = 0
    except SystemExit as exit:
        code = exit.code if isinstance(exit.code, int) else int(exit.code is not None)
    except BaseException:
        traceback.print_exc()
    finally:
        for stream in (sys.stdout, sys.stderr):
            with suppress(OSError, ValueError):
                stream.flush()
        os._exit(code)


def stop_with_parent(parent: int) -> None:
    """Linux: SIGTERM this process when its parent dies, even killed outright, so that no web
    process outlives `followup serve`."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # it died before the call
        os.kill(os.getpid(), signal.SIGTERM)


def load_application(target: str) -> Any:
    """Granian's loader of the application ("module:name"), in each web process: the process
    also stops when the server's process dies."""
    stop_with_parent(os.getppid())
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def granian_server() -> type[Any]:
    """Granian's server, whose web processes quit at once on a stop signal that comes while
    they are still loading the application."""
    from granian import Granian

    class Server(Granian):  # type: ignore[misc,valid-type]  # MPServer or MTServer, by build
        def signal_handler_interrupt(self, *args: Any, **kwargs: Any) -> None:
            # A web process is forked with the server's signal handlers and sets its own only
            # once the application is loaded: a stop before that would only set this flag in
            # its copy of the server, and the server would wait for it forever.
            server = getattr(self, "pid", None)
            if server is not None and os.getpid() != server:
                os._exit(0)
            super().signal_handler_interrupt(*args, **kwargs)

    return Server


@contextmanager
def _woken_by_signals() -> Iterator[int]:
    """A pipe that each signal writes to, whichever thread receives it: the main thread, which
    runs the Python handlers, would otherwise sleep on through a signal that another thread (the
    worker's supervisor, the grace timer) received."""
    read, write = os.pipe()
    for end in (read, write):
        os.set_blocking(end, False)
    previous = signal.set_wakeup_fd(write, warn_on_full_buffer=False)
    try:
        yield read
    finally:
        signal.set_wakeup_fd(previous)
        os.close(read)
        os.close(write)


@contextmanager
def _exit_watched(pid: int) -> Iterator[list[int]]:
    """A file descriptor that becomes readable when process `pid` exits (Linux 5.3 and later;
    elsewhere none, and the caller looks every POLL seconds)."""
    try:
        pidfd = os.pidfd_open(pid)
    except (AttributeError, OSError):
        yield []
        return
    try:
        yield [pidfd]
    finally:
        os.close(pidfd)


def _drain(read: int) -> None:
    with suppress(BlockingIOError):
        while os.read(read, 512):
            pass


def _send(pid: int, signum: int) -> None:
    with suppress(OSError):  # it has already exited
        os.kill(pid, signum)


def _name(signum: int) -> str:
    return signal.Signals(signum).name
