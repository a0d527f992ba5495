"""The agencies file: who handles what, and where their staff read tickets.

```yaml
regency: Kabupaten Sukamaju
supervisors_chat_id: "-1001000000099"
default_agency: diskominfo        # gets tickets whose agency is unknown
agencies:
  - code: disdukcapil
    name: Dinas Kependudukan dan Pencatatan Sipil
    short_name: Disdukcapil
    name_en: Population and Civil Registration Office   # for residents who chose English
    staff_chat_id: "-1001000000001"
    ppid_chat_id: "-1001000000101"  # optional: where its PPID reads info requests
    keywords: [ktp, kartu keluarga, akta]
    mode: plain                     # plain (reply to the card) | forum (a topic per ticket)
    admins: [123456789]             # optional allowlist (show_admin_name: sign replies)
    templates:                      # optional: /t NAME sends the text to the resident
      terima: Laporan Anda sudah kami terima dan sedang kami tindak lanjuti.
shared_forum_chat_id: "-1001000000200"  # optional: one forum for agencies without a group
```"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from domain.agencies_file import read_with_lines
from domain.agencies_slips import not_a_mapping, not_an_agency
from domain.agency_categories import parse_categories
from domain.areas import Gazetteer, parse_areas
from domain.chat_sharing import undeclared_sharing
from domain.config_errors import AgenciesFileError as AgenciesFileError
from domain.known_keys import unknown_keys

CODE_PATTERN = re.compile(r"^[a-z][a-z0-9_-]{1,31}$")
MODES = ("plain", "forum")
AGENCY_KEYS = frozenset(
    {
        "code", "name", "short_name", "name_en", "short_name_en", "staff_chat_id",
        "ppid_chat_id", "keywords", "mode", "admins", "show_admin_name", "templates", "sla",
        "ppid", "categories",
    }
)  # fmt: skip
TOP_KEYS = frozenset(
    {
        "regency", "regency_en", "supervisors_chat_id", "default_agency", "agencies",
        "shared_forum_chat_id", "shared_chats", "sla", "ppid", "areas", "areas_radius_km",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Agency:
    code: str
    name: str
    short_name: str
    staff_chat_id: str | None
    keywords: tuple[str, ...] = ()
    ppid_chat_id: str | None = None
    mode: str = "plain"  # plain | forum
    admins: frozenset[str] = frozenset()  # Telegram user ids; empty: every group member
    show_admin_name: bool = False
    templates: tuple[tuple[str, str], ...] = ()  # (name, text)
    name_en: str | None = None  # shown to residents who chose English
    short_name_en: str | None = None
    categories: tuple[str, ...] = ()  # what residents pick from (domain.agency_categories)
    categories_en: tuple[tuple[str, str], ...] = ()  # (category, its English name)

    def name_in(self, language: str) -> str:
        """The full name in a language (and, as ``text_in``, in a catalog message)."""
        return (self.name_en if language == "en" else None) or self.name

    text_in = name_in

    def short_name_in(self, language: str) -> str:
        english = (self.short_name_en or self.name_en) if language == "en" else None
        return english or self.short_name

    @property
    def info_chat_id(self) -> str | None:
        """Where public-information requests go: the PPID's chat, else the staff group."""
        return self.ppid_chat_id or self.staff_chat_id

    def allows(self, user_id: str) -> bool:
        """Whether this person may act on the agency's tickets (the optional allowlist)."""
        return not self.admins or user_id in self.admins

    def category_in(self, name: str, language: str) -> str:
        return (dict(self.categories_en).get(name) if language == "en" else None) or name

    def template(self, name: str) -> str | None:
        return dict(self.templates).get(name.strip().lower())


@dataclass(frozen=True)
class StaffPlace:
    """Where an agency's tickets of one kind are worked (and whether in forum topics)."""

    chat_id: str | None
    forum: bool = False


@dataclass(frozen=True)
class AgencyDirectory:
    regency: str
    agencies: tuple[Agency, ...]
    default_code: str
    supervisors_chat_id: str | None = None
    shared_forum_chat_id: str | None = None
    shared_chats: frozenset[str] = frozenset()  # chats several agencies share on purpose
    regency_en: str | None = None  # the regency's name for residents who chose English
    areas: Gazetteer = field(default_factory=Gazetteer)  # kecamatan and desa (domain.areas)
    _by_code: dict[str, Agency] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_code.update({a.code: a for a in self.agencies})

    def regency_in(self, language: str) -> str:
        return (self.regency_en if language == "en" else None) or self.regency

    def without_english_name(self) -> list[str]:
        """Agencies with no ``name_en`` (English residents see the Indonesian name)."""
        return [a.code for a in self.agencies if not a.name_en]

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

    def sharing(self, chat_id: str) -> tuple[Agency, ...]:
        """The agencies working in ``chat_id`` if declared shared and more than one do."""
        if chat_id not in self.shared_chats:
            return ()
        found = tuple(a for a in self.agencies if chat_id in (a.staff_chat_id, a.ppid_chat_id))
        return found if len(found) > 1 else ()

    def staff_chat_ids(self) -> set[str]:
        ids = {a.staff_chat_id for a in self.agencies} | {a.ppid_chat_id for a in self.agencies}
        ids.add(self.shared_forum_chat_id)
        return {i for i in ids if i}

    def is_shared_forum(self, chat_id: str) -> bool:
        return self.shared_forum_chat_id is not None and chat_id == self.shared_forum_chat_id

    def place_for(self, agency: Agency, info_request: bool = False) -> StaffPlace:
        """Where a ticket of ``agency`` goes: its PPID chat (information requests), its
        own staff group (plain or forum), else the shared forum, else the default
        agency's place."""
        if info_request and agency.ppid_chat_id:
            return StaffPlace(agency.ppid_chat_id, forum=False)
        if agency.staff_chat_id:
            return StaffPlace(agency.staff_chat_id, forum=agency.mode == "forum")
        if self.shared_forum_chat_id:
            return StaffPlace(self.shared_forum_chat_id, forum=True)
        if agency.code != self.default_code:
            return self.place_for(self.default, info_request)
        return StaffPlace(None)

    def codes(self) -> Iterable[str]:
        return self._by_code.keys()


def _chat_id(value: Any, where: str) -> str | None:
    if value is None or value == "":
        return None
    text = str(value).strip()
    if not re.fullmatch(r"-?\d{1,20}", text):
        raise AgenciesFileError(f"{where}: chat id must be a number like -1001234567890")
    return text


def _refuse_unknown(raw: dict[Any, Any], allowed: frozenset[str], where: str) -> None:
    problems = unknown_keys(raw, allowed)
    if problems:
        raise AgenciesFileError(f"{where}: " + "; ".join(problems))


def _text(raw: dict[str, Any], key: str) -> str | None:
    return str(raw[key]).strip() or None if raw.get(key) is not None else None


def _agency(raw: Any, where: str, seen: set[str]) -> Agency:
    if not isinstance(raw, dict):
        raise AgenciesFileError(f"{where}: expected a mapping")
    code = str(raw.get("code", "")).strip()
    if code and CODE_PATTERN.match(code):
        where = f"{where} ({code})"
    _refuse_unknown(raw, AGENCY_KEYS, where)
    if not CODE_PATTERN.match(code):
        raise AgenciesFileError(f"{where}: 'code' must be lowercase letters/digits, got {code!r}")
    if code in seen:
        raise AgenciesFileError(f"{where}: duplicate code {code!r}")
    seen.add(code)
    name = str(raw.get("name", "")).strip()
    if not name:
        raise AgenciesFileError(f"{where}: 'name' is required")
    keywords = raw.get("keywords") or []
    if not isinstance(keywords, list):
        raise AgenciesFileError(f"{where}: 'keywords' must be a list")
    mode = str(raw.get("mode") or "plain").strip().lower()
    if mode not in MODES:
        raise AgenciesFileError(f"{where}: 'mode' must be plain or forum, got {mode!r}")
    admins = raw.get("admins") or []
    if not isinstance(admins, list) or not all(
        re.fullmatch(r"\d{1,20}", str(a).strip()) for a in admins
    ):
        raise AgenciesFileError(f"{where}: 'admins' must be a list of Telegram user ids")
    templates = raw.get("templates") or {}
    if not isinstance(templates, dict) or not all(
        re.fullmatch(r"[a-z0-9_-]{1,32}", str(k)) and str(v or "").strip()
        for k, v in templates.items()
    ):
        raise AgenciesFileError(f"{where}: 'templates' must map short lowercase names to texts")
    categories, categories_en = parse_categories(raw.get("categories"), where)
    return Agency(
        code=code,
        name=name,
        short_name=_text(raw, "short_name") or name,
        staff_chat_id=_chat_id(raw.get("staff_chat_id"), f"{where}.staff_chat_id"),
        ppid_chat_id=_chat_id(raw.get("ppid_chat_id"), f"{where}.ppid_chat_id"),
        keywords=tuple(str(k).lower().strip() for k in keywords if str(k).strip()),
        mode=mode,
        admins=frozenset(str(a).strip() for a in admins),
        show_admin_name=bool(raw.get("show_admin_name", False)),
        templates=tuple((str(k), str(v).strip()) for k, v in templates.items()),
        name_en=_text(raw, "name_en"),
        short_name_en=_text(raw, "short_name_en"),
        categories=categories,
        categories_en=categories_en,
    )


def _shared_chats(data: dict[str, Any], source: str) -> frozenset[str]:
    declared = data.get("shared_chats") or []
    if not isinstance(declared, list):
        raise AgenciesFileError(f"{source}: 'shared_chats' must be a list of chat ids")
    return frozenset(
        chat for chat in (_chat_id(c, f"{source}: shared_chats") for c in declared) if chat
    )


def parse_agencies(data: Any, source: str = "agencies file") -> AgencyDirectory:
    if not isinstance(data, dict):
        raise AgenciesFileError(f"{source}: {not_a_mapping(data)}")
    _refuse_unknown(data, TOP_KEYS, source)
    raw_agencies = data.get("agencies")
    if not isinstance(raw_agencies, list) or not raw_agencies:
        raise AgenciesFileError(f"{source}: 'agencies' must be a non-empty list")
    seen: set[str] = set()
    agencies = [
        _agency(raw, f"{source}: agencies[{index}]", seen) for index, raw in enumerate(raw_agencies)
    ]
    default_code = str(data.get("default_agency", "")).strip()
    if default_code not in seen:
        raise AgenciesFileError(f"{source}: default_agency: {not_an_agency(default_code, seen)}")
    directory = AgencyDirectory(
        regency=str(data.get("regency") or "").strip() or "Pemerintah Daerah",
        agencies=tuple(agencies),
        default_code=default_code,
        supervisors_chat_id=_chat_id(
            data.get("supervisors_chat_id"), f"{source}: supervisors_chat_id"
        ),
        shared_forum_chat_id=_chat_id(
            data.get("shared_forum_chat_id"), f"{source}: shared_forum_chat_id"
        ),
        shared_chats=_shared_chats(data, source),
        regency_en=_text(data, "regency_en"),
        areas=parse_areas(data.get("areas"), data.get("areas_radius_km"), source),
    )
    uses = [
        (agency.code, f"agencies[{index}].{key}", getattr(agency, key))
        for index, agency in enumerate(agencies)
        for key in ("staff_chat_id", "ppid_chat_id")
    ]
    problem = undeclared_sharing(
        uses, directory.shared_forum_chat_id, directory.shared_chats, directory.supervisors_chat_id
    )
    if problem:
        raise AgenciesFileError(f"{source}: {problem}")
    return directory


def load_agencies(path: Path) -> AgencyDirectory:
    return read_with_lines(path, lambda data: parse_agencies(data, source=str(path)))
