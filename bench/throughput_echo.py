"""The baseline of ``bench/throughput.py``: a stock aiogram echo bot in a process of its
own, polling the fake Bot API server at ``--api-base``, answering every message with its
text (HTML parse mode, link previews off: as aduan sends), until SIGTERM or SIGINT.

    python bench/throughput_echo.py --api-base http://127.0.0.1:PORT [--freeze]

``--freeze``: once started, ``gc.collect()`` then ``gc.freeze()``, as aduan's runners do
(``settle_heap``), so full collections no longer walk what startup built.
"""

from __future__ import annotations

import argparse
import asyncio
import gc

from aiogram import Bot, Dispatcher, Router
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.types import LinkPreviewOptions, Message

TOKEN = "123456789:AAFakeTokenForTestsOnly_abcdefghijkl"


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--api-base", required=True)
    parser.add_argument("--freeze", action="store_true")
    args = parser.parse_args()
    bot = Bot(
        TOKEN,
        session=AiohttpSession(api=TelegramAPIServer.from_base(args.api_base)),
        default=DefaultBotProperties(
            parse_mode=ParseMode.HTML, link_preview=LinkPreviewOptions(is_disabled=True)
        ),
    )
    router = Router()

    @router.message()
    async def echo(message: Message) -> None:
        await message.answer(message.text or ".")

    dispatcher = Dispatcher()
    dispatcher.include_router(router)
    if args.freeze:

        async def settle_heap() -> None:
            gc.collect()
            gc.freeze()

        dispatcher.startup.register(settle_heap)
    await dispatcher.start_polling(bot, polling_timeout=1)  # stops on SIGTERM and SIGINT


if __name__ == "__main__":
    asyncio.run(main())
