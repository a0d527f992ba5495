"""Several agencies in one staff chat happen only on purpose.

When two agencies' tickets go to one chat, staff there act as one agency and the other
agency's tickets are left where nobody may act on them. So a chat used by more than one
agency (or by an agency and the shared forum) must be declared in ``shared_chats``;
then staff in it act on the tickets of every agency sharing it.
"""

from __future__ import annotations

from collections.abc import Iterable


def undeclared_sharing(
    uses: Iterable[tuple[str, str, str | None]],
    shared_forum: str | None,
    declared: frozenset[str],
    supervisors: str | None = None,
) -> str | None:
    """The problem with the first chat shared without being declared, or ``None``.

    ``uses`` holds ``(agency code, where in the file, chat id or None)``."""
    users: dict[str, dict[str, str]] = {}  # chat -> agency code -> where it is named
    for code, where, chat in uses:
        if chat:
            users.setdefault(chat, {}).setdefault(code, f"{code} ({where})")
    if shared_forum in users:
        users[shared_forum][""] = "shared_forum_chat_id"
    if supervisors in users:  # staff there would see and press the supervisors' alerts
        users[supervisors]["*supervisors"] = "supervisors_chat_id"
    for chat, named in users.items():
        if len(named) > 1 and chat not in declared:
            return (
                f"chat {chat} is used by {' and '.join(named.values())}: the tickets of all "
                "but one would land where nobody may act on them. Give each agency its own "
                f'chat, or declare the chat shared on purpose: shared_chats: ["{chat}"]'
            )
    return None
