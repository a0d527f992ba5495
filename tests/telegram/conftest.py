from tests.fakes.fixtures import fake_bot_api, fake_telegram_bot

__all__ = ["fake_bot_api", "fake_telegram_bot"]
