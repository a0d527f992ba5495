"""How a public-information request ends (UU 14/2008 art. 22(7), Perki 1/2021): the
decision's kind, the exemption ground of art. 17 with its consequence test, the form
and cost of the information and how it is handed over. Pure; no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class DecisionKind(StrEnum):
    GRANTED = "granted"  # diberikan seluruhnya
    PARTIAL = "partial"  # diberikan sebagian (what is withheld, and why)
    REJECTED = "rejected"  # ditolak: informasi yang dikecualikan (art. 17)
    NOT_HELD = "not_held"  # tidak dikuasai (and where it may be held)
    UNDOCUMENTED = "undocumented"  # belum didokumentasikan

    @property
    def gives_information(self) -> bool:
        return self in (DecisionKind.GRANTED, DecisionKind.PARTIAL)

    @property
    def needs_exemption(self) -> bool:
        return self in (DecisionKind.PARTIAL, DecisionKind.REJECTED)


class Exemption(StrEnum):
    """The exempt-information categories of UU 14/2008 art. 17, letters a–j."""

    LAW_ENFORCEMENT = "a"  # menghambat proses penegakan hukum
    INTELLECTUAL_PROPERTY = "b"  # hak kekayaan intelektual, persaingan usaha tidak sehat
    DEFENCE = "c"  # pertahanan dan keamanan negara
    NATURAL_WEALTH = "d"  # kekayaan alam Indonesia
    ECONOMY = "e"  # ketahanan ekonomi nasional
    FOREIGN_RELATIONS = "f"  # hubungan luar negeri
    AUTHENTIC_DEEDS = "g"  # akta otentik yang bersifat pribadi, wasiat
    PERSONAL_SECRETS = "h"  # rahasia pribadi
    INTERNAL_MEMOS = "i"  # memorandum atau surat antar/intra badan publik yang dirahasiakan
    BY_LAW = "j"  # tidak boleh diungkapkan berdasarkan undang-undang


class Form(StrEnum):
    SOFTCOPY = "softcopy"  # salinan elektronik
    HARDCOPY = "hardcopy"  # salinan cetak
    VIEWING = "viewing"  # melihat/membaca di tempat


class DecisionProblem(StrEnum):
    """What a decision still lacks (each has a catalog text ``ppid-missing-<value>``)."""

    EXEMPTION = "exemption"
    CONSEQUENCE = "consequence"
    WITHHELD = "withheld"
    FORM = "form"
    NEGATIVE_COST = "cost"


@dataclass(frozen=True)
class Decision:
    kind: DecisionKind
    exemption: Exemption | None = None
    consequence: str = ""  # the consequence test (uji konsekuensi), art. 19
    withheld: str = ""  # partial: what is withheld
    held_by: str = ""  # not held: where it may be held
    reason: str = ""  # anything else the PPID explains
    form: Form | None = None
    cost: int = 0  # rupiah; normally free, copying cost if any
    handover: str = ""  # when and how it is handed over
    links: tuple[str, ...] = field(default_factory=tuple)

    def problems(self) -> list[DecisionProblem]:
        """What must be filled in before this decision can be sent."""
        missing: list[DecisionProblem] = []
        if self.kind.needs_exemption:
            if self.exemption is None:
                missing.append(DecisionProblem.EXEMPTION)
            if not self.consequence.strip():
                missing.append(DecisionProblem.CONSEQUENCE)
        if self.kind is DecisionKind.PARTIAL and not self.withheld.strip():
            missing.append(DecisionProblem.WITHHELD)
        if self.kind.gives_information and self.form is None:
            missing.append(DecisionProblem.FORM)
        if self.cost < 0:
            missing.append(DecisionProblem.NEGATIVE_COST)
        return missing


def parse_cost(text: str) -> int | None:
    """Rupiah from what staff type (``0``, ``gratis``, ``Rp 15.000``, ``15000``)."""
    cleaned = text.strip().lower().replace("rp", "").replace(".", "").replace(",", "")
    cleaned = cleaned.replace(" ", "").removesuffix("-")
    if cleaned in ("gratis", "free", "nol"):
        return 0
    if not cleaned.isdigit() or len(cleaned) > 12:
        return None
    return int(cleaned)
