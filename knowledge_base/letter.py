"""The formulas a resident wraps a message in, as in a letter: the opening ("Assalamualaikum
wr wb", "Yth. Bapak/Ibu Petugas", "Dengan hormat", "Selamat siang, mohon maaf
mengganggu") and the closing ("Atas perhatian dan kerja samanya kami ucapkan terima
kasih. Hormat saya, Budi", "Terima kasih sebelumnya, semoga sehat selalu", "Wassalam").

They say nothing about what is asked, yet their words count as the message's: "sehat",
"kerja", "petugas", "atas perhatian" dilute the share of the question an entry covers,
pull the fuzzy score toward entries that use them, turn a closing "mohon dibantu" into
an asking clause of its own, and a closing sentence becomes the "last sentence" the
complaint model reads. :func:`letter_body` cuts them off the ends of the message, before
anything else reads it; a formula inside the message is left alone (it may be part of
what is said). Only courtesy is cut: a closing that asks ("mohon arahannya", "ditunggu
infonya") still asks.
"""

from __future__ import annotations

import re

from knowledge_base.literals import holds_any

_SEP = r"[^\w?]"  # anything but a word or a question mark: spaces, stops, emoji
# forms of address, alone or paired: "bapak/ibu", "pak admin", "kak", "sir/madam"
_ADDRESS = (
    r"(?:bapak|ibu|bpk|pak|bu|admin|min|mimin|kak|kakak|mas|mbak|petugas|pejabat|tim"
    r"|saudara|sdr|sdri|panitia|pengelola|sir|madam|team|all|semua|semuanya)"
)
_ADDRESSES = rf"(?:{_ADDRESS}(?:\s*/\s*{_ADDRESS}|\s+{_ADDRESS})*)"
_SALAM = (
    r"(?:as+alamu'?\s?alaikum|aslm)"
    r"(?:\s*(?:wr\.?\s*wb\.?|warahmatullahi(?:\s+wabarakatuh)?"
    r"|wa\s?rahmatullahi\s+wa\s?barakatuh))?"
)
_OPENINGS = (
    _SALAM,
    r"salam sejahtera(?: (?:bagi|untuk) kita semua)?",
    r"shalom|om swastiastu|namo buddhaya|salam kebajikan|salam",
    r"selamat (?:pagi|siang|sore|malam)",
    # a bare time of day greets only before an address or a comma: "pagi pak, ..."
    rf"(?:pagi|siang|sore|malam)(?=\s*[,.!]|\s+{_ADDRESS}\b)",
    r"good (?:morning|afternoon|evening|day)|dear|(?:hello|hi|hey) there",
    r"(?:i am |i'm )?sorry to (?:bother|disturb) you(?: with this)?",
    # the addressee block of a letter's layout, over its lines down to "di tempat"
    # ("Kepada Yth.\nBapak/Ibu Pimpinan\nDinas Perhubungan Kabupaten\ndi tempat")
    r"(?:kepada|kpd)?\.?\s*(?:yth|yang terhormat)\.?[^?]{0,160}?\n[ \t]*di ?tempat"
    r"(?=[ \t]*(?:[\n,.:!]|$))",
    # the addressee after "Yth." up to its comma: "Yth. Admin Layanan, ..."
    r"(?:kepada|kpd)?\.?\s*(?:yth|yang terhormat)\.?(?:\s+[^,:;\n?]{1,40}?(?=\s*[,:;\n]))?",
    r"dengan hormat",
    # the letter layout's "di tempat" line under the addressee ("Yth. Kepala Desa / di tempat")
    r"di ?tempat(?=[ \t]*(?:[\n,.:!]|$))",
    r"(?:mohon )?maaf(?: sebelumnya)?(?: (?:kalau|jika|bila))? (?:mengganggu|menggangu|ganggu)"
    r"(?: waktu(?:nya)?)?(?: (?:bapak|ibu|anda)(?:\s*/\s*ibu)?)?",
    r"(?:mohon )?maaf sebelumnya|permisi|punten|halo|hallo|helo|hai|hi|hello",
    r"(?:bersama|melalui) (?:surat|pesan) ini",
    # asking leave to ask, as a sentence of its own: "Perkenankan kami bertanya."
    r"(?:perkenankan|izinkan|ijinkan|izin|ijin) (?:kami|saya) (?:untuk )?(?:bertanya|menanyakan)"
    r"(?=\s*[.:!\n])",
)
_ABOUT = (  # what a resident thanks for
    r"(?:perhatian|bantuan|kerja ?sama|jawaban|balasan|waktu|respon|tanggapan|info|informasi"
    r"|penjelasan|pencerahan|arahan)"
)
_THANKS = (
    r"(?:terima ?kasih|terimakasih|makasih|trims|tks|thx|thanks|thank you|many thanks)"
    r"(?: (?:banyak|sekali|very much|so much|a lot|in advance))?(?: sebelumnya)?"
    rf"(?: (?:atas|untuk) {_ABOUT}(?:nya)?(?: (?:dan|serta|&) {_ABOUT}(?:nya)?)?"
    rf"(?: (?:bapak\s*/\s*ibu|anda))?)?(?: ya| yah)?(?:\s*{_ADDRESSES})?"
    r"|thank you for your (?:help|time|attention)"
)
_SIGNED = (  # a sign-off, and the name, address or office after it (up to three lines)
    r"(?:hormat (?:saya|kami)|salam hormat|salam|best regards|kind regards|regards|cheers"
    r"|sincerely|yours (?:truly|faithfully|sincerely))(?:[\s,]+[^?\n]{0,40}){0,3}"
)
_CLOSINGS = (
    _THANKS,
    # "atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih"
    rf"atas {_ABOUT}(?:nya)?(?: (?:bapak\s*/\s*ibu|anda))?(?: (?:dan|serta) {_ABOUT}(?:nya)?)?"
    r"(?: (?:bapak\s*/\s*ibu|anda))?,?(?: (?:kami|saya))?"
    r"(?: (?:ucapkan|sampaikan|haturkan|mengucapkan))? terima ?kasih",
    r"sebelumnya terima ?kasih(?: banyak)?",
    r"demikian(?: (?:pertanyaan|surat|permohonan|pesan|yang dapat|hal ini))?(?: ini)?"
    r"(?: (?:saya|kami))?(?: (?:sampaikan|tanyakan|ajukan))?",
    r"(?:semoga )?(?:bapak\s*/\s*ibu |anda )?(?:sehat|sukses|berkah) selalu"
    r"|semoga (?:sehat|sukses|berkah)|(?:and )?have a (?:nice|good|great) (?:day|weekend)",
    r"i look forward to (?:hearing from you|your (?:reply|response|answer))"
    r"|looking forward to (?:hearing from you|your (?:reply|response|answer))|please advise",
    r"(?:mohon|minta) (?:bantuan|dibantu)(?:nya)?(?: ya)?",
    # waiting for the reply, not for action ("ditunggu tindak lanjutnya" asks for that)
    r"(?:di)?tunggu (?:jawaban|balasan|info|informasi|respon|kabar)(?:nya)?(?: ya)?"
    r"(?: (?:secepatnya|segera))?",
    _SALAM.replace("(?:as+alamu", "(?:w?as+alamu", 1),
    r"wassalam|wasalam",
    _SIGNED,
)
# a form of address opens a message only with a comma or stop after it ("Bapak/Ibu, ..."):
# "ibu hamil periksa di mana" opens with a topic
_OPENING = re.compile(
    rf"^{_SEP}*(?:(?:{'|'.join(_OPENINGS)})(?={_SEP}|$)|{_ADDRESSES}(?=\s*[,.:!]))(?:{_SEP})*",
    re.IGNORECASE,
)
_CLOSING = re.compile(rf"(?:^|{_SEP})(?:{'|'.join(_CLOSINGS)}){_SEP}*$", re.IGNORECASE)
_ADDRESS_ONLY = re.compile(rf"{_SEP}*(?:{_ADDRESSES}{_SEP}*)?", re.IGNORECASE)
# a letter's subject line ("Perihal: Permohonan informasi izin keramaian", "Hal :",
# "Subject:"): no formula, it names what the letter asks (see knowledge_base.asking),
# and the formulas after it ("Dengan hormat,") are cut as at the opening
SUBJECT = re.compile(r"^\W*(?:perihal|hal|subje[ck]t?|re)\s*:", re.IGNORECASE)
# the subject line, its request formula apart: "Permohonan informasi izin keramaian" is
# about the permit, and "permohonan informasi" is the name of a public-information request
_SUBJECT_LINE = re.compile(
    SUBJECT.pattern + r"(\s*(?:permohonan|mohon|request(?: for)?) (?:informasi|info|penjelasan"
    r"|keterangan|petunjuk|information)(?: (?:mengenai|tentang|terkait|soal|about|on))?"
    r"(?=[ \t]+\w))?[^\n]*(?:\n|$)",
    re.IGNORECASE,
)
TAIL = 200  # characters at the end of a message searched for a closing formula
# a word every closing formula holds (in lowercase): a tail with none of them has no
# closing, and is not searched for one (see knowledge_base.literals)
CLOSING_WORDS = (
    *("kasih", "trims", "tks", "thx", "thank", "demikian", "selalu", "semoga", "have a"),
    *("forward", "please advise", "bantu", "tunggu", "alaikum", "aslm", "salam", "hormat"),
    *("regards", "cheers", "sincerely", "yours"),
)
MAX_FORMULAS = 6  # formulas cut at each end, at most


def letter_body(text: str) -> str:
    """``text`` without the letter formulas that open and close it; ``text`` itself when
    it has none, or when nothing but formulas would remain (then it is chatter)."""
    body, subject = text, ""
    for _ in range(MAX_FORMULAS):
        found = _OPENING.match(body)
        line = None if (found and found.end()) or subject else _SUBJECT_LINE.match(body)
        if line is not None:  # the subject stays, its request formula cut; the formulas go
            start, end = line.span(1) if line.group(1) else (0, 0)
            subject = body[:start] + body[end : line.end()]
            body = body[line.end() :]
            continue
        if found is None or not found.end():
            break
        body = body[found.end() :]
    for _ in range(MAX_FORMULAS):
        tail = body[-TAIL:]
        found = _CLOSING.search(tail) if holds_any(tail, CLOSING_WORDS) else None
        if found is None:
            break
        body = body[: len(body) - len(tail) + found.start()]
    body = subject + body if subject else body
    if body == text:
        return text
    # nothing but formulas and a form of address ("halo kak", "pagi min"): chatter
    return text if _ADDRESS_ONLY.fullmatch(body) else body
