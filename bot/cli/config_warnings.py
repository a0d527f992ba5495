"""What ``aduan check-config`` warns about: settings that let the bot start but leave
part of the service reaching nobody. Warnings, not problems: each may be a choice, and
the bot works for residents meanwhile."""

from __future__ import annotations

from pathlib import Path

import typer

from bot.config import sample_agencies_path
from domain.agencies import AgenciesFileError, AgencyDirectory, load_agencies


def _some(codes: list[str]) -> str:
    return ", ".join(codes[:8]) + (", ..." if len(codes) > 8 else "")


def sample_chat_ids_kept(path: Path, agencies: AgencyDirectory) -> str | None:
    """The agencies file was copied from the sample and still holds its fictional chat
    ids: cards and alerts to them would fail as dead letters ("chat not found")."""
    sample_path = sample_agencies_path()
    if path.resolve() == sample_path.resolve():
        return None  # the demo's own file, fictional on purpose
    try:
        sample = load_agencies(sample_path)
    except AgenciesFileError:
        return None
    fictional = sample.staff_chat_ids() | {sample.supervisors_chat_id or ""}
    kept = [a.code for a in agencies.agencies if a.staff_chat_id in fictional]
    if agencies.supervisors_chat_id in fictional:
        kept.insert(0, "supervisors_chat_id")
    if not kept:
        return None
    return (
        f"{path} still has the sample's fictional chat ids for {len(kept)} "
        f"({_some(kept)}): send /chatid in each group and put its id there, or nothing "
        "sent to those groups arrives"
    )


def unconfigured_superiors(path: Path, agencies: AgencyDirectory) -> str | None:
    """Objections to these agencies' PPIDs would reach no superior (UU 14/2008 art. 36)."""
    from domain.ppid.offices import load_ppid

    missing = load_ppid(path).unconfigured([a.code for a in agencies.agencies])
    if not missing:
        return None
    return (
        f"no PPID superior chat (ppid.superior_chat_id) for {len(missing)} agencies "
        f"({_some(missing)}): objections to their information requests would reach nobody"
    )


def missing_english(agencies: AgencyDirectory) -> str | None:
    """Residents who chose English would see these agencies' Indonesian names."""
    codes = agencies.without_english_name()
    if not codes:
        return None
    return (
        f"no English name (name_en) for {len(codes)} agencies ({_some(codes)}): residents "
        "who chose English see their Indonesian name"
    )


def no_supervisors(agencies: AgencyDirectory) -> str | None:
    if agencies.supervisors_chat_id:
        return None
    return (
        "no supervisors_chat_id in the agencies file: overdue alerts, digests and "
        "dead-letter reports reach nobody"
    )


def warn_about(path: Path, agencies: AgencyDirectory) -> None:
    for warning in (
        unconfigured_superiors(path, agencies),
        missing_english(agencies),
        sample_chat_ids_kept(path, agencies),
        no_supervisors(agencies),
    ):
        if warning:
            typer.echo(f"warning: {warning}", err=True)
