"""Bot API objects as JSON dicts, shaped like Telegram's, for the fake server."""

from __future__ import annotations

import time
from typing import Any

BOT_USER: dict[str, Any] = {
    "id": 7000000001,
    "is_bot": True,
    "first_name": "Aduan Bot",
    "username": "aduan_test_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}


def now() -> int:
    return int(time.time())


def user(
    user_id: int,
    first_name: str,
    last_name: str | None = None,
    username: str | None = None,
    language_code: str | None = None,
) -> dict[str, Any]:
    obj: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
    if last_name:
        obj["last_name"] = last_name
    if username:
        obj["username"] = username
    if language_code:
        obj["language_code"] = language_code
    return obj


def chat(
    chat_id: int, chat_type: str, title: str | None = None, first_name: str = "Warga"
) -> dict[str, Any]:
    """A Chat. ``chat_type`` "forum" means a supergroup with topics enabled."""
    if chat_type == "private":
        return {"id": chat_id, "type": "private", "first_name": first_name}
    obj: dict[str, Any] = {
        "id": chat_id,
        "type": "supergroup" if chat_type == "forum" else chat_type,
        "title": title or f"Group {chat_id}",
    }
    if chat_type == "forum":
        obj["is_forum"] = True
    return obj


def chat_full_info(chat_obj: dict[str, Any]) -> dict[str, Any]:
    return {
        **chat_obj,
        "accent_color_id": 0,
        "max_reaction_count": 11,
        "accepted_gift_types": {
            "unlimited_gifts": False,
            "limited_gifts": False,
            "unique_gifts": False,
            "premium_subscription": False,
            "gifts_from_channels": False,
        },
    }


def photo_sizes(file_id: str) -> list[dict[str, Any]]:
    """Three sizes, smallest first, as Telegram sends them; the last is the largest."""
    sizes = [(90, 67, "s"), (320, 240, "m"), (1280, 960, "y")]
    return [
        {
            "file_id": f"{file_id}" if suffix == "y" else f"{file_id}_{suffix}",
            "file_unique_id": f"u{file_id}_{suffix}",
            "width": width,
            "height": height,
            "file_size": width * height // 10,
        }
        for width, height, suffix in sizes
    ]


def inline_keyboard_ok(markup: Any) -> bool:
    """False when a button's callback_data is empty or longer than 64 bytes."""
    if not isinstance(markup, dict):
        return True
    for row in markup.get("inline_keyboard", []):
        for button in row:
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode()) <= 64:
                return False
    return True
