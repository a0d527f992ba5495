from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.delivery.processes import stop_leftover_bots


@pytest.fixture(autouse=True)
async def no_bot_outlives_its_test() -> AsyncIterator[None]:
    yield
    await stop_leftover_bots()
