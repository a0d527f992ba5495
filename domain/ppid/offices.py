"""Who answers for information requests, from the agencies file: each agency's PPID
office (its letterhead address, the officer who signs) and the PPID's superior (atasan
PPID) who answers objections, in a chat of their own per agency or one for the regency.

```yaml
ppid:                                   # regency-wide defaults (optional)
  superior_chat_id: "-1001000000097"    # where objections go
  superior_name: Drs. H. Ahmad Fauzi, M.Si.
  superior_position: Sekretaris Daerah Kabupaten Sukamaju
  address: Jl. Merdeka No. 1, Sukamaju
agencies:
  - code: disdukcapil
    ppid: {address: "Jl. Melati No. 5, Sukamaju", officer: "Siti Rahma, S.Sos."}
```
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from domain.agencies import AgenciesFileError
from domain.agencies_file import read_with_lines
from domain.known_keys import unknown_keys

KEYS = ("superior_chat_id", "superior_name", "superior_position", "address", "officer")


@dataclass(frozen=True)
class PpidOffice:
    superior_chat_id: str | None = None
    superior_name: str = ""
    superior_position: str = "Atasan PPID"
    address: str = ""
    officer: str = ""


@dataclass(frozen=True)
class PpidDirectory:
    regency: PpidOffice = field(default_factory=PpidOffice)
    by_agency: Mapping[str, PpidOffice] = field(default_factory=dict)

    def office(self, agency_code: str) -> PpidOffice:
        return self.by_agency.get(agency_code, self.regency)

    def superior_chats(self) -> set[str]:
        chats = {self.regency.superior_chat_id}
        chats |= {office.superior_chat_id for office in self.by_agency.values()}
        return {c for c in chats if c}

    def unconfigured(self, agency_codes: list[str]) -> list[str]:
        """Agencies whose objections would reach no superior."""
        return [code for code in agency_codes if not self.office(code).superior_chat_id]


def _office(raw: Any, base: PpidOffice, where: str) -> PpidOffice:
    if raw is None:
        return base
    if not isinstance(raw, dict):
        raise AgenciesFileError(f"{where}: 'ppid' must be a mapping")
    unknown = unknown_keys(raw, KEYS)
    if unknown:
        raise AgenciesFileError(f"{where}.ppid: " + "; ".join(unknown))
    values: dict[str, Any] = {}
    for item in fields(PpidOffice):
        if raw.get(item.name) is None:
            continue
        text = str(raw[item.name]).strip()
        if item.name == "superior_chat_id" and not text.lstrip("-").isdigit():
            raise AgenciesFileError(f"{where}.ppid.superior_chat_id: must be a chat id number")
        values[item.name] = text
    return replace(base, **values)


def parse_ppid(data: Any, source: str = "agencies file") -> PpidDirectory:
    if not isinstance(data, dict):
        return PpidDirectory()
    regency = _office(data.get("ppid"), PpidOffice(), source)
    by_agency: dict[str, PpidOffice] = {}
    for index, raw in enumerate(data.get("agencies") or []):
        if isinstance(raw, dict) and raw.get("ppid") is not None:
            where = f"{source}: agencies[{index}]"
            by_agency[str(raw.get("code"))] = _office(raw["ppid"], regency, where)
    directory = PpidDirectory(regency, by_agency)
    problem = _superior_in_a_staff_chat(data, directory)
    if problem:
        raise AgenciesFileError(f"{source}: {problem}")
    return directory


def _superior_in_a_staff_chat(data: dict[str, Any], directory: PpidDirectory) -> str | None:
    """A superior's chat that is also an agency's staff or PPID chat, unless declared shared.

    Staff there would see, and could press, the superior's objection decisions."""
    declared = data.get("shared_chats")
    shared = {str(chat).strip() for chat in declared} if isinstance(declared, list) else set()
    named: dict[str, str] = {}  # chat -> where an agency names it
    for index, raw in enumerate(data.get("agencies") or []):
        for key in ("staff_chat_id", "ppid_chat_id"):
            if isinstance(raw, dict) and raw.get(key) is not None:
                chat = str(raw[key]).strip()
                named.setdefault(chat, f"{raw.get('code')} (agencies[{index}].{key})")
    for chat in sorted(directory.superior_chats()):
        if chat in named and chat not in shared:
            return (
                f"chat {chat} is both a PPID superior's chat (ppid.superior_chat_id) and "
                f"{named[chat]}: that agency's staff would see and could press the superior's "
                "objection decisions. Give the superior a chat of their own, or declare the "
                f'chat shared on purpose: shared_chats: ["{chat}"]'
            )
    return None


def load_ppid(path: Path) -> PpidDirectory:
    return read_with_lines(path, lambda data: parse_ppid(data, str(path)))
