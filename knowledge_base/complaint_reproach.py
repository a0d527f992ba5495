"""Money an official asked, reproached rather than asked about: the resident recalls the
service is free ("katanya gratis kan?"), or points back at the payment just told with a
question of whether it is allowed, when it bought a favour or came with no receipt
("minta 100rb biar ga antri, kok gitu sih", "minta bayar tunai tanpa kuitansi, boleh
itu?"). Such a question disputes the event told; it does not ask the rule the FAQ
states ("apakah petugas boleh minta biaya" points at no event). An overcharge against a
posted tariff ("di karcis dua ribu, minta lima ribu, itu boleh?") is the tariff
entries' own question and is not read here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

# a service told to be free ("katanya gratis kan", "harusnya gratis", "dong bilang gratis to",
# "supposed to be free"): with money asked, an expectation let down; read after particles
# are stripped ("katanya" -> "kata")
_SAID_FREE = re.compile(
    r" (?:kata|katanya|harus|harusnya|seharus|seharusnya|setahu saya|bukan|bukannya|kan"
    r"|bilang|dibilang"
    r"|supposed to be|meant to be)"
    r"(?: \S+)? (?:gratis|free|cuma cuma) "
)
# what the message told, questioned at its end by pointing back at it: "..., boleh itu?",
# "api ini resmi?", "kok gitu sih", "macam mana pula ini", "is that allowed": the resident
# disputes the event just told (the demonstrative), not a rule the FAQ states ("apakah
# petugas boleh minta biaya" names no event to point at)
_LEGITIMATE = (
    r"(?:boleh|resmi|benar|bener|betul|wajar|sah|legal|normal|pantas|dibenarkan|diperbolehkan"
    r"|allowed|official|right|ok)"
)
# "or not" closing the question: "itu resmi atau tidak", "ini sah atau bukan"
_OR_NOT = r"(?: atau (?:tidak|bukan|belum))"
_POINTED_BACK = re.compile(
    rf" {_LEGITIMATE}(?: \S+)? (?:itu|ini|begitu|that|this)(?: \S+)? $"
    rf"| (?:itu|ini|that|this)(?: \S+)? {_LEGITIMATE}(?: \S+)?{_OR_NOT}? $"
    r"| (?:kok|bagaimana|masa) (?:\S+ )?(?:itu|ini|begitu)(?: \S+)? $"
)
# money taken as no fee is: for a favour ("minta 100rb biar ga antri", "supaya nama masuk
# bansos", "asal dikasih amplop") or with no receipt ("minta bayar tunai tanpa kuitansi");
# an overcharge against a posted tariff ("di karcis dua ribu, minta lima ribu") is the
# tariff entries' own question and stays out
# or as the price of the service itself: "minta 50 ribu baru mau proses berkas", "to speed
# up my card" (read "to kecepatan up"), "so i could skip the queue"
_IRREGULAR_PAYMENT = re.compile(
    r" (?:supaya|biar|agar|asal|asalkan|kalau mau|so that|as long as) "
    r"| baru (?:mau|bisa|akan) "
    r"| (?:to speed up|to kecepatan up|faster|quicker|so i could|so we could|in exchange) "
    # or paid first, or paid over the fee: "disuruh setor 3 juta dulu ke pendamping",
    # "mesti bayar lebih banyak kalau tidak mau antri"
    r"| (?:bayar|setor|menyetor|membayar) (?:\S+ ){0,3}dulu "
    r"| (?:bayar|setor|menyetor|membayar) (?:lebih|tambahan|ekstra) "
    r"| (?:tanpa|tidak pakai|tidak ada|without|no) (?:kuitansi|kwitansi|bukti bayar"
    r"|bukti pembayaran|receipt) "
)


# paying told by its verb, the amount left unsaid or written as no money word reads
# ("told me I had to pay 500k", "harus bayar dulu"), against a service said to be free
_PAY = re.compile(r" (?:bayar|membayar|setor|menyetor) ")


def pays_irregularly(text: str) -> bool:
    """Spaced ``text`` tells money taken for a favour or without a receipt (see
    :data:`_IRREGULAR_PAYMENT`)."""
    return _IRREGULAR_PAYMENT.search(text) is not None


def disputes_told(text: str) -> bool:
    """Spaced ``text`` closes on a question pointing back at what it told (see
    :data:`_POINTED_BACK`)."""
    return _POINTED_BACK.search(text) is not None


def said_free(text: str) -> bool:
    """Spaced ``text`` recalls that the service is free (see :data:`_SAID_FREE`)."""
    return _SAID_FREE.search(text) is not None


def reproaches(found: Mapping[str, float], text: str) -> bool:
    """Spaced ``text``, with ``found`` its signal counts, reproaches money an official
    asked (or paying told, see :data:`_PAY`): recalled free, or a favour or unreceipted
    payment disputed (``found`` counts only the conduct told as an event: see
    :func:`complaint_kinds.told_conduct`)."""
    if not found["conduct"]:
        return False
    if (found["money"] or _PAY.search(text) is not None) and said_free(text):
        return True
    return (
        bool(found["money"] or found["official"]) and disputes_told(text) and pays_irregularly(text)
    )
