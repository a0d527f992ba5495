"""The agencies file: who handles what, and where their staff read tickets.

```yaml
regency: Kabupaten Sukamaju
supervisors_chat_id: "-1001000000099"
default_agency: diskominfo        # gets tickets whose agency is unknown
agencies:
  - code: disdukcapil
    name: Dinas Kependudukan dan Pencatatan Sipil
    short_name: Disdukcapil
    staff_chat_id: "-1001000000001"
    ppid_chat_id: "-1001000000101"  # optional: where its PPID reads info requests
    keywords: [ktp, kartu keluarga, akta]
```
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

CODE_PATTERN = re.compile(r"^[a-z][a-z0-9_-]{1,31}$")


class AgenciesFileError(Exception):
    """The agencies file is missing or malformed; the message says where."""


@dataclass(frozen=True)
class Agency:
    code: str
    name: str
    short_name: str
    staff_chat_id: str | None
    keywords: tuple[str, ...] = ()
    ppid_chat_id: str | None = None

    @property
    def info_chat_id(self) -> str | None:
        """Where public-information requests go: the PPID's chat, else the staff group."""
        return self.ppid_chat_id or self.staff_chat_id


@dataclass(frozen=True)
class AgencyDirectory:
    regency: str
    agencies: tuple[Agency, ...]
    default_code: str
    supervisors_chat_id: str | None = None
    _by_code: dict[str, Agency] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_code.update({a.code: a for a in self.agencies})

    def get(self, code: str | None) -> Agency | None:
        return self._by_code.get(code) if code else None

    def __getitem__(self, code: str) -> Agency:
        return self._by_code[code]

    @property
    def default(self) -> Agency:
        return self._by_code[self.default_code]

    def by_staff_chat(self, chat_id: str) -> Agency | None:
        """The agency whose staff (or PPID) chat this is."""
        for agency in self.agencies:
            if chat_id in (agency.staff_chat_id, agency.ppid_chat_id):
                return agency
        return None

    def staff_chat_ids(self) -> set[str]:
        ids = {a.staff_chat_id for a in self.agencies} | {a.ppid_chat_id for a in self.agencies}
        return {i for i in ids if i}

    def codes(self) -> Iterable[str]:
        return self._by_code.keys()


def _chat_id(value: Any, where: str) -> str | None:
    if value is None or value == "":
        return None
    text = str(value).strip()
    if not re.fullmatch(r"-?\d{1,20}", text):
        raise AgenciesFileError(f"{where}: chat id must be a number like -1001234567890")
    return text


def parse_agencies(data: Any, source: str = "agencies file") -> AgencyDirectory:
    if not isinstance(data, dict):
        raise AgenciesFileError(f"{source}: expected a mapping with an 'agencies' list")
    raw_agencies = data.get("agencies")
    if not isinstance(raw_agencies, list) or not raw_agencies:
        raise AgenciesFileError(f"{source}: 'agencies' must be a non-empty list")
    agencies: list[Agency] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_agencies):
        where = f"{source}: agencies[{index}]"
        if not isinstance(raw, dict):
            raise AgenciesFileError(f"{where}: expected a mapping")
        code = str(raw.get("code", "")).strip()
        if not CODE_PATTERN.match(code):
            raise AgenciesFileError(
                f"{where}: 'code' must be lowercase letters/digits, got {code!r}"
            )
        if code in seen:
            raise AgenciesFileError(f"{where}: duplicate code {code!r}")
        seen.add(code)
        name = str(raw.get("name", "")).strip()
        if not name:
            raise AgenciesFileError(f"{where}: 'name' is required")
        keywords = raw.get("keywords") or []
        if not isinstance(keywords, list):
            raise AgenciesFileError(f"{where}: 'keywords' must be a list")
        agencies.append(
            Agency(
                code=code,
                name=name,
                short_name=str(raw.get("short_name") or name).strip(),
                staff_chat_id=_chat_id(raw.get("staff_chat_id"), f"{where}.staff_chat_id"),
                ppid_chat_id=_chat_id(raw.get("ppid_chat_id"), f"{where}.ppid_chat_id"),
                keywords=tuple(str(k).lower().strip() for k in keywords if str(k).strip()),
            )
        )
    default_code = str(data.get("default_agency", "")).strip()
    if default_code not in seen:
        raise AgenciesFileError(
            f"{source}: 'default_agency' must name one of the agencies, got {default_code!r}"
        )
    return AgencyDirectory(
        regency=str(data.get("regency") or "").strip() or "Pemerintah Daerah",
        agencies=tuple(agencies),
        default_code=default_code,
        supervisors_chat_id=_chat_id(
            data.get("supervisors_chat_id"), f"{source}: supervisors_chat_id"
        ),
    )


def load_agencies(path: Path) -> AgencyDirectory:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise AgenciesFileError(f"ADUAN_AGENCIES: cannot read {path}: {exc.strerror}") from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise AgenciesFileError(f"ADUAN_AGENCIES: {path} is not valid YAML: {exc}") from exc
    return parse_agencies(data, source=str(path))
