"""Telegram channel adapter (aiogram 3): inbound parsing, sending, long polling."""
