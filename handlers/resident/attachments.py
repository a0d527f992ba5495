"""Files a resident sends that a step did not ask for: kept, never dropped.

One rule for every step of a report (and for a file sent outside any dialog): a photo
or a document is added to the report's attachments (``photos`` in the draft, each a
:class:`~domain.messages.FileRef` whose ``kind`` says photo or document), the resident
is told it was kept, and whatever else the message says (a caption, a location) still
answers the step. Kinds no channel can send on again (stickers, voice notes, videos)
are refused with a message that says so.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from domain.messages import Attachment, FileRef, IncomingMessage
from handlers.context import Turn

MAX_ATTACHMENTS = 3
KEPT_KINDS = frozenset({Attachment.PHOTO, Attachment.DOCUMENT})
CARRY_KEY = "carry_files"  # files sent outside a dialog, for the report offered next
CARRY_AT_KEY = "carry_files_at"  # when the last of them came
CARRY_EXPIRY = timedelta(hours=24)  # after this they no longer join the next report


def incoming_file(message: IncomingMessage) -> FileRef | None:
    """The photo or document this message carries (a Telegram animation also carries
    a document: it is a video, not kept)."""
    if message.photo is not None:
        return message.photo
    if message.document is not None and message.attachment in (None, Attachment.DOCUMENT):
        return message.document
    return None


def stored_files(data: dict[str, Any], key: str = "photos") -> list[dict[str, Any]]:
    return [dict(item) for item in data.get(key) or [] if isinstance(item, dict)]


def counts(stored: list[Any]) -> tuple[int, int]:
    """(photos, documents) among stored references."""
    documents = sum(
        1 for item in stored
        if isinstance(item, dict) and item.get("kind") == Attachment.DOCUMENT.value
    )  # fmt: skip
    return len(stored) - documents, documents


def count_text(turn: Turn, stored: list[Any]) -> str:
    """``2`` for photos only; ``3 (1 dokumen)`` when documents are among them."""
    photos, documents = counts(stored)
    if not documents:
        return str(photos)
    return turn.t("attachments-count", total=photos + documents, documents=documents)


def add_file(turn: Turn, file: FileRef, key: str = "photos") -> bool:
    """Add ``file`` to the draft's list ``key``; ``False`` when it is full."""
    stored = stored_files(turn.data, key)
    if len(stored) >= MAX_ATTACHMENTS:
        return False
    if any(item.get("id") == file.id for item in stored):
        return True  # the same file again (a redelivered or forwarded message)
    stored.append(file.to_json())
    turn.update_data(**{key: stored})
    return True


def keep_unasked(turn: Turn, key: str = "photos", words: str = "") -> bool:
    """Keep the message's file with the draft and tell the resident so (``words``:
    ``-request`` for an information request's own wording). Returns whether the
    message carried one (kept, or refused because the draft is full)."""
    file = incoming_file(turn.message)
    if file is None:
        return False
    noun = turn.t(f"attachment-noun-{file.kind.value}")
    if add_file(turn, file, key):
        total = len(stored_files(turn.data, key))
        turn.reply(turn.t(f"attachment-kept{words}", what=noun, count=total, max=MAX_ATTACHMENTS))
    else:
        turn.reply(turn.t(f"attachment-full{words}", what=noun, max=MAX_ATTACHMENTS))
    return True


def carry_for_report(turn: Turn) -> bool:
    """Outside a dialog: keep the file for the report the resident may file next
    (for :data:`CARRY_EXPIRY` after the last one). Returns whether the message
    carried one."""
    file = incoming_file(turn.message)
    if file is None:
        return False
    if _carry_expired(turn):
        turn.update_data(**{CARRY_KEY: []})  # an old file does not join a new series
    add_file(turn, file, CARRY_KEY)
    turn.update_data(**{CARRY_AT_KEY: turn.now.isoformat()})
    return True


def _carry_expired(turn: Turn) -> bool:
    """Are the files waiting outside a dialog too old to join a report? (Files kept
    before their time was recorded count as too old.)"""
    raw = turn.data.get(CARRY_AT_KEY)
    try:
        since = datetime.fromisoformat(str(raw)) if raw else None
    except ValueError:
        since = None
    return since is None or turn.now - since > CARRY_EXPIRY


def carried(turn: Turn) -> list[dict[str, Any]]:
    """The files sent outside a dialog that still join the next report."""
    if _carry_expired(turn):
        return []
    return stored_files(turn.data, CARRY_KEY)[:MAX_ATTACHMENTS]


def expired_carried(turn: Turn) -> int:
    """How many files sent outside a dialog waited too long to join the report."""
    return len(stored_files(turn.data, CARRY_KEY)) if _carry_expired(turn) else 0


def file_refs(stored: list[Any]) -> tuple[FileRef, ...]:
    """The references stored in a draft, as :class:`FileRef` (for the ticket)."""
    return tuple(FileRef.from_stored(item) for item in stored if item)
