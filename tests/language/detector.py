"""Whether Indonesian reached someone who chose English: common Indonesian function
words and the service's own Indonesian vocabulary, looked for in what was sent (tags
stripped, HTML entities read). What may legitimately stay Indonesian (a place name, an
official title, what the resident or an admin wrote themselves) is named by the test
as ``allowed`` and removed before looking."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from domain.messages import OutgoingMessage

# Words that are never English: function words, then the service's own vocabulary
# (what a half-translated message leaks: a button, a status, a unit of time).
_WORDS = """
    yang dan atau tidak tak belum sudah telah sedang akan bisa dapat harus mohon silakan
    anda kamu kami kita saya ini itu tersebut untuk dengan dari pada dalam oleh karena
    agar supaya jika kalau juga masih lagi saja atas bagi tentang sini sana ada
    terima kasih maaf selamat
    laporan lapor pengaduan permohonan pemohon pelapor keberatan tiket nomor balas ketik
    pilih kirim batal lanjut lewati benar salah selesai ditutup dibuka diproses ditangani
    menunggu diterima ditolak dialihkan perpanjangan informasi lokasi alamat foto
    hari jam menit minggu bulan tahun tanggal pukul kerja sisa waktu tenggat
    senin selasa rabu kamis jumat sabtu
    januari februari maret mei juni juli agustus oktober desember
    dinas badan kabupaten kota kecamatan desa kelurahan bantuan bahasa
    """
INDONESIAN = frozenset(_WORDS.split())
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_TAG = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    return html.unescape(_TAG.sub(" ", text))


def indonesian_words(text: str, allowed: Iterable[str] = ()) -> list[str]:
    """The Indonesian words in ``text`` once every ``allowed`` phrase (compared without
    regard to case) is taken out."""
    shown = plain(text)
    for phrase in sorted(allowed, key=len, reverse=True):
        shown = re.sub(re.escape(phrase), " ", shown, flags=re.IGNORECASE)
    return [word for word in _WORD.findall(shown) if word.lower() in INDONESIAN]


def leaks(
    messages: Iterable[OutgoingMessage], allowed: Iterable[str] = ()
) -> list[tuple[str, list[str]]]:
    """Every message (its text and its button labels) holding Indonesian words, with the
    words found: empty when everything sent was English."""
    kept = tuple(allowed)
    found = []
    for message in messages:
        labels = [button.label for row in message.buttons for button in row]
        for text in (message.text, *labels):
            words = indonesian_words(text, kept)
            if words:
                found.append((text[:300], words))
    return found
