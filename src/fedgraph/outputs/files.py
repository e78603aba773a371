"""Atomic file writing: a crash never leaves half a file behind."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from fedgraph.errors import OutputError


def write_atomic(path: str | Path, data: str) -> Path:
    """Write ``data`` (UTF-8) to ``path`` through a temporary file and a rename."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; output is for reading
        os.replace(tmp, path)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    return path
