"""`aduan kb gaps` shows the operator what the knowledge base should learn: questions it
could not answer, and complaints it answered as questions (the resident found the
answer unhelpful, then filed a report)."""

from __future__ import annotations

from pathlib import Path

from storage import kb_log
from tests.harness import ChatHarness, text_of
from tests.integration.test_cli import aduan

QUESTION = "syarat akte lahir anak apa aja"


async def test_an_unhelpful_answer_followed_by_a_report_is_listed_as_a_misread_complaint(
    sqlite_url: str, tmp_path: Path
) -> None:
    async with ChatHarness(sqlite_url) as chat:
        answer = await chat.say(QUESTION)
        assert "Membantu" in str(answer[-1].buttons)
        await chat.press("Belum membantu")
        asked = await chat.press("Buat laporan")
        assert "Dinas" in text_of(asked) or "instansi" in text_of(asked).lower()
        await chat.press("Ya, benar")
        await chat.say("Jl. Raya Sukamaju km 3, Desa Sukamaju")
        await chat.press("Lewati")
        await chat.press("Publik")
        done = await chat.press("Kirim")
        assert "ADU-" in text_of(done)
        assert chat.app is not None
        async with chat.app.sessions() as session:
            misread = await kb_log.top_gaps(session, outcomes=kb_log.MISREAD)
            gaps = await kb_log.top_gaps(session)
    assert [(g.example, g.entries) for g in misread] == [(QUESTION, "akta-kelahiran-persyaratan")]
    assert [g.outcomes for g in gaps] == ["unhelpful 1"]
    listed = aduan("kb", "gaps", env={"ADUAN_DATABASE_URL": sqlite_url}, cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert "complaints answered as questions" in listed.stdout
    assert QUESTION in listed.stdout.split("complaints answered as questions")[1]


async def test_a_report_without_an_unhelpful_answer_before_it_is_not_listed(
    sqlite_url: str,
) -> None:
    async with ChatHarness(sqlite_url) as chat:
        await chat.say(QUESTION)
        await chat.press("Membantu")
        assert chat.app is not None
        async with chat.app.sessions() as session:
            assert await kb_log.top_gaps(session, outcomes=kb_log.MISREAD) == []
