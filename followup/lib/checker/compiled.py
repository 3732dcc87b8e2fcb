"""Regexes compiled once per machine: Python's engine code for each is kept in the cache folder,
and a new process builds its regexes from that code in microseconds instead of compiling them
(reading and compiling a tone pattern with its word groups filled in costs about a millisecond,
and a check of one note needs a hundred of them).

The code depends on the Python version, so whoever keeps it keys it on `sys.version`; the
engine checks code it is given, and a regex whose code is missing or refused is compiled as
usual."""

from __future__ import annotations

import _sre
import array
import contextlib
import hashlib
import json
import logging
import os
import re
import re._compiler as _compiler
import re._parser as _parser
import sys
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

# How to build one regex from the store: its flags, number of groups, and where its code
# sits in the store (offset, length).
Code = tuple[int, int, int, int]
_WORD = "I"  # the engine's code words are 32-bit


def store_type_ok() -> bool:
    return array.array(_WORD).itemsize == 4


def build(
    sources: list[str | None], flags: list[int] | None = None
) -> tuple[list[Code | None], bytes]:
    """The code of each regex source (None: no regex), compiled with `flags` (none by
    default), and the store holding it."""
    words = array.array(_WORD)
    codes: list[Code | None] = []
    for index, source in enumerate(sources):
        if source is None:
            codes.append(None)
            continue
        given = flags[index] if flags else 0
        parsed = _parser.parse(source, given)
        if parsed.state.groupdict:
            codes.append(None)  # named groups: compiled as usual
            continue
        code = _compiler._code(parsed, given)
        codes.append((given | parsed.state.flags, parsed.state.groups, len(words), len(code)))
        words.extend(code)
    return codes, words.tobytes()


class Store:
    """Compiled code read back (`build`'s bytes)."""

    def __init__(self, data: bytes) -> None:
        self.words = array.array(_WORD)
        self.words.frombytes(data)

    def compile(self, source: str, code: Code | None, flags: int = 0) -> re.Pattern[str]:
        """The regex `source` (compiled with `flags`), from its code when there is some."""
        if code is not None:
            flags, groups, offset, length = code
            if offset >= 0 and offset + length <= len(self.words):
                try:
                    return _from_code(source, flags, groups, self.words[offset : offset + length])
                except (RuntimeError, TypeError, ValueError, OverflowError):
                    pass  # refused by the engine: compiled as usual
        return re.compile(source, flags)


def _from_code(source: str, flags: int, groups: int, words: array.array[Any]) -> re.Pattern[str]:
    pattern: re.Pattern[str] = _sre.compile(
        source, flags, words.tolist(), groups - 1, {}, (None,) * groups
    )
    return pattern


def compile_all(sources: list[tuple[str, int]], folder: Path, name: str) -> list[re.Pattern[str]]:
    """The regexes `sources` ((source, flags) each), built from code kept in `folder` by an
    earlier process when it is there (a file named `name` and a key of the sources and Python
    version), else compiled and kept there when the folder can be written."""
    key = hashlib.sha256(
        json.dumps([sys.version, _sre.MAGIC, sources]).encode() + Path(__file__).read_bytes()
    ).hexdigest()
    path = folder / f"{name}-{key[:24]}.bin"
    try:
        data = path.read_bytes()
        header_size = int.from_bytes(data[:4], "little")
        header = json.loads(data[4 : 4 + header_size])
        if header["key"] == key and len(header["codes"]) == len(sources):
            store = Store(data[4 + header_size :])
            return [
                store.compile(source, tuple(code) if code else None, flags)  # type: ignore[arg-type]
                for (source, flags), code in zip(sources, header["codes"], strict=True)
            ]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    compiled = [re.compile(source, flags) for source, flags in sources]
    if not store_type_ok():
        return compiled
    try:
        codes, data = build([source for source, _ in sources], [flags for _, flags in sources])
    except Exception:  # the engine's private compiler differs in this Python: keep no code
        log.debug("regex code not kept for %s", name, exc_info=True)
        return compiled
    head = json.dumps({"key": key, "codes": codes}).encode()
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob(f"{name}-*.bin"):
            old.unlink(missing_ok=True)
        temporary.write_bytes(len(head).to_bytes(4, "little") + head + data)
        os.replace(temporary, path)
    except OSError:
        remove_quietly(temporary)
    return compiled


def remove_quietly(path: Path) -> None:
    """Remove a file if it can be (another process may hold it, or the folder be read-only)."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
