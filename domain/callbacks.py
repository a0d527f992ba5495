"""Button payloads: ``v1|action|arg|arg``. Versioned, short, ids only (never user text).

An unknown version or a payload that does not parse is refused cleanly by the caller;
old buttons keep working as long as their version is understood here.
"""

from __future__ import annotations

from dataclasses import dataclass

VERSION = "v1"
SEPARATOR = "|"


@dataclass(frozen=True)
class Callback:
    action: str
    args: tuple[str, ...] = ()

    def arg(self, index: int, default: str = "") -> str:
        return self.args[index] if index < len(self.args) else default


def pack(action: str, *args: object) -> str:
    data = SEPARATOR.join((VERSION, action, *(str(a) for a in args)))
    if len(data.encode()) > 64:
        raise ValueError(f"callback data over 64 bytes: {data!r}")
    return data


def unpack(data: str | None) -> Callback | None:
    if not data or len(data.encode()) > 64:
        return None
    parts = data.split(SEPARATOR)
    if len(parts) < 2 or parts[0] != VERSION or not parts[1]:
        return None
    return Callback(action=parts[1], args=tuple(parts[2:]))
