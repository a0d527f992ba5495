"""How a message is built, for the complaint model: what it asks for, and where.

A question about a problem ("kartu saya tidak aktif, bagaimana supaya bisa aktif
lagi?") asks for information — what the resident can do next — while a report asks
for action ("tolong segera diangkut", "mohon dicek ke lokasi") or asks why nobody
acted ("kok belum diperbaiki?"). A long story about what went wrong that ends in a
question is a question: the last sentence says what the resident wants. These readings
are structural (sentence ends, modal verbs, passive requests), not topic words, so they
hold for any knowledge base.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from knowledge_base.phrases import PhraseTable, spaced
from knowledge_base.sentences import SENTENCE
from knowledge_base.sentences import without_indefinites as without_indefinites  # its readers'

MIN_SENTENCE = 2  # words: a closing "Tolong." or "Halo min." is no sentence of its own
# a closing courtesy is no last sentence either: "Terima kasih.", "Mohon bantuannya."
_COURTESY = re.compile(
    r"\s*(?:terima ?kasih|makasih|trims|thanks|thank you|mohon bantuan|salam|wassalam|hormat)",
    re.IGNORECASE,
)
# asking for action: "tolong segera diangkut", "mohon dicek", "harap ditertibkan",
# "please fix"; not a request to be told ("mohon dijelaskan", "tolong diinfokan")
_ACTION = re.compile(
    r"(?<! agar)(?<! supaya)(?<! biar)"
    r" (?:tolong|mohon|harap|segera)(?: segera| untuk| bisa)?"
    r" (?:(?!(?:dijelaskan|diinfokan|diinformasikan|diberitahu|dikasih|diberi|diarahkan|dibantu)"
    r" )di[a-z]{3,}|perbaiki|angkut|bersihkan|tertibkan|tindak|tindaklanjuti"
    r"|tangani|ganti|tambal|fix|clean|repair|remove|stop) "
)
# asking when the office will put a thing right asks for that action, not for information:
# "kapan bisa diperbaiki", "kapan sampahnya diangkut", "when will it be fixed" (a closed
# class of remedy verbs, with the active forms the English bridge gives: "kapan dibuka",
# "kapan disalurkan" ask for a date)
_WHEN_REMEDIED = re.compile(
    r" (?:kapan|when)(?: \S+){0,8}?"
    r" (?:diperbaiki|dibenerin|dibetulkan|diangkut|ditindak|ditindaklanjuti|ditangani"
    r"|dibersihkan|ditertibkan|ditambal|dinyalakan|dialirkan|diperbaikinya"
    r"|perbaiki|angkut|bersihkan|tertibkan|tambal|fixed|repaired|cleaned|collected|removed) "
)
# chasing a delay asks for the thing owed, not for information: a wait already spent
# ("sudah 3 minggu", "dua bulan lalu", "been a month", "three weeks ago"), a state still
# not come or failing again ("belum", "masih", "terus", "still", "nothing"), then when it
# will be ready ("kapan jadinya", "kapan cair", "when will it be done"). Without the wait
# it is the processing-time question the FAQ answers ("kapan KTP jadi kalau rekam hari
# ini", "berapa hari jadinya"); the wait and the state come before the question
_COUNTED = (
    r"(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa"
    r"|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)"
    r" (?:hari|minggu|bulan|tahun|day|days|week|weeks|month|months|year|years)"
)
_WAITED = re.compile(
    rf" (?:sudah|dari|selama|sejak|been|for|over) {_COUNTED} "
    rf"| {_COUNTED} (?:lalu|yang lalu|ago) "
    r"| (?:sudah|been) (?:lama|berhari hari|berminggu minggu|berbulan bulan|ages) "
)
_NOT_YET = re.compile(r" (?:belum|masih|terus|tetap|tidak|still|nothing|yet|not) ")
_WHEN_READY = re.compile(
    r" (?:kapan|when)(?: \S+){0,4}?"
    r" (?:jadi|selesai|keluar|terbit|cair|kirim|dikirim|proses|diproses|datang|sampai"
    r"|diambil|ready|done|issued|finished|processed|sent|arrive)(?:nya)? "
)
# asking what the resident can or should do: "harus ke mana", "bisa daftar tidak",
# "bagaimana supaya aktif lagi", "langkah apa", "how do i", "can i"; a negated modal is
# a failure instead ("tidak bisa login"), a modal before a passive verb asks for action
# ("kapan bisa diperbaiki", "harus segera ditindak")
_OWN_STEP = re.compile(
    r"(?<! tidak)(?<! belum)(?<! not) (?:harus|bisa|boleh|perlu|dapat|supaya|agar|langkah"
    r"|cara|caranya|should|can|could|do i|do we|need to|have to) (?!(?:segera )?di[a-z]{3,} )"
    # or where to take a report: "lapor ke mana", "lapornya ke dinas apa", "melapor ke siapa"
    r"| (?:lapor|melapor|lapornya|mengadu|ngadu)(?: ke| kepada)? (?:mana|siapa"
    r"|(?:dinas|instansi|kantor|bagian) apa) (?!lagi )"
)

# an expectation let down: "bayar tapi tetap ditagih", "tetap muncul padahal sudah bayar",
# "ditelepon tidak datang, akhirnya dibawa sendiri" (read before particles are stripped:
# "akhir bulan" is no "akhirnya")
_CONTRAST = re.compile(
    r" (?:tapi|padahal|namun|but|although)(?: \S+){0,4}? (?:tidak|belum|malah|tetap|not|still"
    r"|nothing|nobody|never) "
    r"| padahal sudah "
    # what the writer needed, let down: "kantornya kosong, padahal saya mau minta surat"
    r"| padahal (?:saya |kami |aku )?(?:mau|ingin|perlu|butuh|harus) "
    r"| (?:tetap|masih|still)(?: \S+){0,4}? (?:padahal|although|walaupun|meskipun) "
    r"| (?:tidak|belum|not)(?: \S+){0,6}? (?:akhirnya|terpaksa) "
    # what the resident was told, against what happened: "padahal katanya sudah diperbaiki"
    r"| (?:padahal|tapi|but) (?:katanya|kata nya|janjinya|dijanjikan|promised) "
)
# a report closing on what the resident was told ("ugd nya tutup, katanya 24 jam"): a
# let-down only after a failure (see :func:`lets_down`); "mau daftar ulang, katanya lewat
# online" only passes on what was said
_TOLD_AT_END = re.compile(r" \S+ katanya(?: \S+){1,3} $")
# a failure the closing "katanya" may let down, besides the signals' negations and bad
# states: a desk or a request turned away
_TURNED_AWAY = re.compile(r" (?:tutup|ditutup|closed|ditolak|tolak|rejected|refused) ")
# a resident setting out to obtain a service asks how: "ingin mengurus akta", "mau daftar
# bpjs", "bermaksud mengajukan izin", "i would like to register", or opening with the verb:
# "ngajuin lampu jalan baru di gang" (English verbs arrive as their Indonesian bridge
# words); not in a story of when something happened ("waktu mau urus surat, petugas minta
# uang")
_REQUEST = re.compile(
    r"(?:(?<! waktu)(?<! saat)(?<! ketika)(?<! pas)(?<! when)(?<! padahal)"
    r" (?:ingin|mau|hendak|bermaksud|berniat|perlu|want to|like to|need to)(?: \S+)?|^)"
    r" (?:mengurus|urus|mengajukan|ajukan|mendaftar|daftar|mendaftarkan|daftarkan|membuat|buat"
    r"|mengganti|ganti|memperpanjang|perpanjang|mencetak|cetak|mengklaim|klaim|ikut|mengikuti) "
    # or to buy or rent from the office ("mau beli air satu tangki", "i'd like to buy"),
    # wanted in so many words: a story may open with what was bought
    r"| (?:ingin|mau|hendak|like to|want to) (?:beli|membeli|sewa|menyewa) "
    # or needing a letter, or someone to come: "perlu surat domisili buat lamar kerja",
    # "kami butuh petugas memeriksa sistem proteksi"
    r"| (?:perlu|butuh|memerlukan|membutuhkan|need) (?:surat|dokumen|rekomendasi|a letter"
    r"|petugas|pendamping|pendampingan|someone|an officer) "
    # or wanting someone sent: "saya ingin ada petugas yang memeriksa"
    r"| (?:ingin|mau) ada (?:petugas|pendamping) "
    # or the resident wanting to do anything else: "sekarang mau pindah ke klinik", "saya
    # ingin pasang meteran baru", "i want to open a stall" (by the writer alone: "petugas
    # tidak mau", "kalau mau dapat harus bayar", "dahannya mau patah" refuse, set a price
    # or tell what is about to happen, and what "kami" or "warga" want is as often a
    # demand on the office; not a passive within its next words, which asks someone else
    # to act, "mau sampahnya diangkut", nor a complaint announced)
    # or what the writer only or rather wants, after saying what they do not ("bukan mau
    # kerja ke luar negeri, cuma butuh kartu pencari kerja", "justru mau masuk daftarnya")
    r"| bukan (?:\S+ ){1,8}?(?:cuma|hanya|justru|only|rather) (?:ingin|mau|hendak|butuh|perlu"
    r"|need|want to) "
    # ("sekarang cuma mau ubah status", "sekarang tinggal ganti nama": only this step left)
    r"|(?:^| saya| aku| i| sekarang| jadi)(?: cuma| hanya| only)?"
    r" (?:ingin|mau|hendak|berniat|butuh|perlu|want to|wants to|need|needs)"
    r" (?!(?:ter[a-z]{3,}|lapor|melapor|melaporkan|mengadu|mengeluh|komplain|protes|report"
    r"|complain|be) )(?!(?:\S+ ){0,2}di(?!nas )[a-z]{3,} )[a-z]{3,} "
)
# a record the writer wants changed, told in the passive after what is wrong with it: "...,
# mau dipindah ke puskesmas dekat rumah", "namanya masih penjual, mau diganti ke nama saya",
# "status di ktp masih belum kawin, mau diperbarui"; a record moved, changed or renewed is
# the resident's own errand, where "mau sampahnya diangkut" asks the office to act; not a
# refusal ("tidak mau diganti") nor what was about to happen ("waktu mau dipindah")
_RECORD_CHANGE = re.compile(
    r"(?<! waktu)(?<! saat)(?<! ketika)(?<! pas)(?<! when)(?<! tidak)(?<! belum)(?<! kalau)"
    r" (?:cuma |hanya )?(?:ingin|mau|hendak) (?:dipindah|dipindahkan|diubah|diperbarui"
    r"|dimutakhirkan|diganti (?:ke |jadi |menjadi )?(?:nama|status|alamat|data)) "
    # or the one step left: "sekarang tinggal ganti nama wajib pajak"
    r"| (?:sekarang|cuma|hanya|jadi) tinggal (?:ganti|ubah|pindah|urus|ambil|cetak|daftar|balik) "
)
# where a service is wanted, then what that place is like: "di gang yang gelap"
_DESCRIBED_PLACE = re.compile(r" (?:di|ke|untuk|buat|bagi|in|on|for|at) \S+(?: yang| that is)? ")
# the bot or its staff called at the end of a chat message ("... ada gak sih min", "...
# bisa ga kak"): a form of address, not the end of the sentence nor an official acting
VOCATIVES = frozenset(
    {"admin", "min", "kakak", "kak", "gan", "agan", "bang", "mas", "mbak", "sis", "bos"}
    | {"bapak", "pak", "ibu", "bu", "bund", "sir"}
)
# words that open the message proper after a call: "min saya ...", not "admin medsos
# pemkab blokir ...", where the admin is the one acting
_AFTER_A_CALL = frozenset(
    {"saya", "aku", "kami", "mau", "ingin", "tanya", "numpang", "izin", "permisi", "apakah"}
    | {"bagaimana", "gimana", "kalau", "i", "we", "my", "our", "can", "how", "what", "is"}
    | {"are", "do", "does"}
)


@dataclass(frozen=True)
class Ending:
    """The last sentence of a message of several sentences, normalised."""

    tokens: tuple[str, ...]
    question_mark: bool


def last_sentence(text: str) -> str | None:
    """The last sentence of at least :data:`MIN_SENTENCE` words of a message of more than
    one sentence; None for a one-sentence message."""
    sentences = [
        s
        for s in SENTENCE.findall(text)
        if len(s.split()) >= MIN_SENTENCE and not _COURTESY.match(s)
    ]
    return sentences[-1] if len(sentences) > 1 else None


def requests_action(tokens: Sequence[str]) -> bool:
    text = spaced(tokens)
    return (
        _ACTION.search(text) is not None
        or _WHEN_REMEDIED.search(text) is not None
        or chases_delay(text)
    )


def chases_delay(text: str) -> bool:
    """Spaced ``text`` asks when a thing long waited for will come (see :data:`_WAITED`)."""
    ready = _WHEN_READY.search(text)
    if ready is None:
        return False
    before = text[: ready.start() + 1]
    return _WAITED.search(before) is not None and _NOT_YET.search(before) is not None


def without_asking_for_remedy(text: str) -> str:
    """Spaced ``text`` without its questions of when a thing will be put right, or of when
    a thing long waited for will come."""
    text = _WHEN_REMEDIED.sub(" ", text)
    return _WHEN_READY.sub(" ", text) if chases_delay(text) else text


def asks_own_step(tokens: Sequence[str]) -> bool:
    return _OWN_STEP.search(spaced(tokens)) is not None


def without_vocative(tokens: Sequence[str]) -> Sequence[str]:
    """``tokens`` without the forms of address closing them (see :data:`VOCATIVES`)."""
    start, end = 0, len(tokens)
    while end > 1 and tokens[end - 1] in VOCATIVES:
        end -= 1
    if end > 2 and tokens[0] in VOCATIVES and tokens[1] in _AFTER_A_CALL:
        start = 1  # "min, saya mau tanya ...", "kak, gimana ..."
    return tokens if (start, end) == (0, len(tokens)) else tokens[start:end]


def lets_down(tokens: Sequence[str], signals: PhraseTable) -> bool:
    """An expectation let down (see :data:`_CONTRAST`), in tokens before their particles
    are stripped; a closing "katanya ..." only after a failure (:data:`_TOLD_AT_END`)."""
    text = spaced(tokens)
    if _CONTRAST.search(text) is not None:
        return True
    told = _TOLD_AT_END.search(text) if " katanya " in text else None  # needs the word
    if told is None:
        return False
    before = text[: text.rfind(" katanya ") + 1]
    return _TURNED_AWAY.search(before) is not None or any(
        signals.has(kind, before) for kind in ("negation", "bad")
    )


def ends_requesting(text: str, signals: PhraseTable) -> bool:
    """The message sets out to obtain a service, and nothing goes wrong after that: what
    a resident wants comes last ("... kami ingin mengajukan kursi roda"), while a request
    followed by what went wrong is the background of a report ("mau urus surat pengantar,
    sekdesnya tidak pernah ada")."""
    requests = [*_REQUEST.finditer(text), *_RECORD_CHANGE.finditer(text)]
    requests.sort(key=lambda found: found.end())
    if not requests:
        return False
    after = _without_purpose(text[requests[-1].end() - 1 :])
    after = _without_described_places(after, signals)
    return not any(signals.has(kind, after) for kind in ("negation", "bad", "conduct"))


# what the service is wanted for, up to a turn of the story: "ajukan sumur bor supaya tidak
# tergantung kiriman air" says why, it reports no failure ("..., agar cepat, tapi petugasnya
# tidak ada" still does)
_PURPOSE = re.compile(r" (?:supaya|agar|biar|so that)(?: \S+)*?(?= (?:tapi|namun|padahal|but) | $)")


def _without_purpose(after: str) -> str:
    """``after`` without the purpose clauses it gives (see :data:`_PURPOSE`)."""
    return _PURPOSE.sub("", after)


def _without_described_places(after: str, signals: PhraseTable) -> str:
    """``after`` without the bad states that only say where the service is wanted: "ajukan
    lampu jalan baru di gang (yang) gelap" asks for a light because the lane is dark, it
    reports no failure of the service asked for."""
    bad = signals.patterns["bad"]
    for place in reversed(list(_DESCRIBED_PLACE.finditer(after))):
        state = bad.match(after, place.end())
        if state is not None:
            after = after[: place.end()] + after[state.end() :]
    return after
