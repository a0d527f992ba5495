"""Asking words that ask nothing now: an indefinite ("siapa pun bisa"), asking told as part
of the story ("dibentak waktu saya tanya syarat", "dimarahi cuma karena nanya"), where the
money went ("uangnya ke mana", an accusation), who gets a benefit decided by someone
("kades ngatur siapa yang dapat"), a prohibition told ("tidak boleh pilih sendiri"), and
a question of when a thing will be put right (see :mod:`complaint_shape`). The complaint
model counts the asking phrases left (see :mod:`complaint`)."""

from __future__ import annotations

import re
from collections.abc import Set

from knowledge_base.complaint_shape import without_asking_for_remedy
from knowledge_base.stemmer import colloquial_nasal_readings, stem, strip_particle

# an indefinite is no question: "tanpa surat apa pun", "siapa pun bisa", "kapan pun"
_INDEFINITE = re.compile(r" (?:apa|siapa|mana|kapan|berapa|bagaimana) pun(?= )")
# asking told as part of the story is no question now: "kasar sama ibu yang tanya", "tiap
# tanya ke dinsos dilempar", "waktu saya bertanya", "dimarahi cuma karena nanya" (but
# "saya mau tanya" asks)
# words whose asking depends on what follows them (see the patterns below)
WHEN = frozenset({"kapan", "when"})
# the roots of the verbs of deciding who gets what, in any of their forms ("ngatur",
# "menentukan", "tentuin", "memilih", "milih"; see _DECIDED_WHO)
_DECIDING = frozenset({"atur", "tentu", "pilih"})
_NOT_ALWAYS_ASKING = frozenset(
    {"pun", "saja", "tanya", "bertanya", "mana", "kemana", "boleh", "tanpa", "bisa", *WHEN}
    | {"who", "siapa", "syarat", "persyaratan", "ditanya", "bagaimana", "entah", "berbuat"}
)
_NARRATED_ASK = re.compile(
    # what was asked about, in a story told of when: "dibentak waktu saya tanya syarat"
    r" (?:tiap|setiap|waktu|saat|ketika|pas|sudah|pernah)(?: saya| kami| aku)? (?:ber)?tanya"
    r"(?: soal| tentang)? (?:syarat|persyaratan|cara|prosedur)(?= )"
    r"| (?:yang|tiap|setiap|waktu|saat|ketika|pas|sudah|pernah|sering|saya|kami|aku|warga"
    r"|karena|gara) (?:ber)?tanya(?: tanya)?(?= )"
    # someone else's question told with what they asked: "membentak ibu saya waktu dia tanya
    # kenapa tagihannya naik", "pas bapak nanya berapa biayanya, malah diusir"
    r"| (?:waktu|saat|ketika|pas)(?: \S+){1,2}? (?:ber)?tanya"
    r"(?: (?:kenapa|mengapa|apa|berapa|bagaimana|gimana|kapan|soal|tentang))?(?= )"
    # asking in a condition, then how the official reacts to it, is conduct told: "kalau
    # tanya dia marah", "kalo ditanya malah membentak" ("kalau saya tanya ke dinas bisa?"
    # still asks)
    r"| (?:kalau|kalo|klo|jika|bila|if)(?: saya| kami| aku| kita| warga)? (?:ber|di)?tanya"
    r"(?= (?:dia|malah|justru|langsung|pasti|selalu|he|she|they) )"
    # "how is this service" after a failure told reproaches it: "tidak dijawab sama
    # sekali, ini gimana pelayanannya"
    r"| (?:ini )?(?:bagaimana|gimana)(?: sih)? (?:pelayanan|kerja|kinerja)(?: nya)?(?= )"
    # a purpose told asks nothing: "minta 50 ribu biar kami boleh masuk" ("so that we may")
    r"| (?:biar|agar|supaya|so that)(?: \S+)? (?:boleh|bisa|can|could|may)(?= )"
    # where the money went asks no way: it accuses ("uangnya ke mana", see conduct)
    r"| (?:uang|dana|duit)(?: nya)?(?: tidak jelas| entah| tidak tahu)? (?:ke mana|kemana)(?= )"
    # nor anything taken "who knows where": "selisihnya entah ke mana" (a thing lost
    # "entah di mana", who knows where it lies, is the resident's own trouble)
    r"| entah (?:ke mana|kemana)(?= )"
    # a condition imposed is told, not asked: "baru boleh ambil kalau sudah bayar iuran"
    # ("only allowed to ... if"; "kapan baru bisa diambil" asks)
    r"| baru (?:boleh|bisa)(?: \S+){1,3} (?:kalau|kalo|jika|bila|setelah|sesudah)(?= )"
    # an English "when" before its subject joins a clause of the story ("got angry when I
    # asked", "damaged it when they took it"); "when will it be fixed" still asks
    r"| kapan(?= (?:i|we|they|he|she|it|you|the|my|our|their|his|her|a|an) )"
    # nor one told as a money demand's price: "minta uang rokok sebelum boleh berangkat",
    # or as its condition met first: "paksa beli obat rumput juga baru boleh tebus",
    # "bayar dulu baru bisa diproses" ("kapan baru bisa diambil" asks)
    r"| sebelum (?:boleh|bisa)(?= )"
    r"| (?:juga|dulu|dahulu|itu) baru (?:boleh|bisa)(?= )"
    # a resident at a loss says so, asks no way: "kami tidak tahu lagi harus bagaimana",
    # "bingung harus berbuat apa. Tolong bantu" closing the message or before a plea for
    # help ("tidak tahu harus bagaimana mengurusnya" asks how; "harus ke mana" asks where)
    r"| (?:tidak tahu|bingung)(?: lagi)?(?: (?:harus|mesti|musti|mau))?"
    r" (?:bagaimana|berbuat apa)(?: lagi)?(?= $| (?:tolong|mohon|bantu|please|help) )"
    # nor does a lament of what becomes of people: "kalau begini terus bagaimana nasib
    # warga hulu?", "gimana nasib anak kami" ("bagaimana nasib berkas saya" asks after a file)
    r"| (?:bagaimana|gimana) nasib(?= (?:kami|kita|warga|rakyat|masyarakat|anak|orang) )"
    # requirements told as met ask for none: "ditolak, padahal syarat sudah lengkap"
    r"| padahal(?: semua)? (?:syarat|persyaratan|berkas|dokumen)(?: nya)?(?= )"
    # where nobody knows asks nobody: it accuses ("nobody knows where the village fund
    # money went", "tidak ada yang tahu uangnya ke mana")
    r"| (?:nobody|no one|tidak ada yang|tidak ada orang yang) (?:tahu|knows)(?: \S+){0,3}?"
    r" (?:di mana|ke mana|kemana|dimana|mana|apa|where|what)(?= )"
    # a prohibition told asks nothing: "tidak boleh pilih sendiri" ("boleh tidak" asks),
    # "bilang jangan banyak tanya"
    r"| (?:tidak|dilarang) boleh(?= )"
    r"| jangan(?: banyak)? (?:ber)?tanya(?: tanya)?(?= )"
    # a failure told is no "bisa ... tidak" question: "tidak bisa konek, halaman tidak
    # muncul" ("bisa konek tidak" asks)
    r"| (?:tidak|belum|gagal) bisa(?= )"
    # nobody told asks nobody: "tanpa kabar ke siapa saja" ("without telling anyone"), nor
    # a thing left unsaid: "tanpa menjelaskan apa yang kurang" (but "tanpa izin, siapa
    # yang menertibkan" asks)
    r"| tanpa(?: \S+){0,2} (?:siapa|apa) saja(?= )"
    r"| tanpa (?:me\S+|ber\S+|bilang|kasih tahu|tahu) (?:siapa|apa) yang(?= )"
    # an English "who" after the one it tells of relates, it does not ask: "someone else
    # who paid the old occupant", "the officer who took our money"
    r"| (?:else|someone|somebody|anyone|anybody|people|person|man|woman|guy|officer|staff"
    r"|driver) (?:who|siapa)(?= )"
    # nor after any other noun when a negation or an auxiliary follows it: "students who
    # don't buy", "parents who did not pay" (read "siswa siapa tidak beli"; a question
    # puts "yang" after "siapa", and "tahu siapa", "tanya siapa" still ask)
    r"| (?!(?:tahu|tanya|bertanya|know|ask|tell|me|us|to|and|dan)(?= ))\S+ siapa"
    r"(?= (?:tidak|belum|will|would|did|do|does|have|has|was|were|had) )"
    # or a verb in the past: "residents who asked about it", "the man who threatened us"
    r"| (?!(?:tahu|tanya|bertanya|know|ask|tell|me|us|to|and|dan)(?= ))\S+ siapa(?= [a-z]{3,}ed )"
)
# who gets a benefit decided by someone is favouritism told, not asked: "kades ngatur
# siapa yang dapat bantuan", "pak rt milih sendiri siapa yang kebagian" (the verb's root
# is one of _DECIDING)
_DECIDED_WHO = re.compile(r" (\S+)(?: sendiri)? (?:siapa|apa) yang(?= )")


def _decides(word: str) -> bool:
    """``word`` is a form of a verb of deciding (its stem, or the root a chat nasal
    stands for: "milih" is "pilih")."""
    forms = (stem(word), *colloquial_nasal_readings(strip_particle(word)))
    return not _DECIDING.isdisjoint(forms)


def may_ask_nothing(present: Set[str]) -> bool:
    """Among the words ``present`` is one whose asking depends on what surrounds it
    (see :func:`still_asking`)."""
    return not present.isdisjoint(_NOT_ALWAYS_ASKING) or any(map(_decides, present))


def still_asking(text: str, present: Set[str]) -> str:
    """Spaced ``text`` without the asking words that ask nothing now; ``present``: its
    words (the questions of when a thing will be put right are looked for only when
    "kapan" or "when" is among them)."""
    asked = _NARRATED_ASK.sub(" ", _INDEFINITE.sub("", text))
    if "apa yang " in asked:  # no deciding who otherwise: the pattern needs it
        asked = _DECIDED_WHO.sub(lambda found: " " if _decides(found[1]) else found[0], asked)
    return without_asking_for_remedy(asked) if not present.isdisjoint(WHEN) else asked
