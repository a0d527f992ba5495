"""Does a chat message ask, read as typed, when it has no question mark?

Residents ask without a mark in ways a question word list does not see: an "or not" tag
("ribet ga sih ngurusnya", "bisa pake ovo ga sih, males antri"), a choice closing the
message ("ke kelurahan atau kecamatan"), "which one" at the end ("ke puskesmas mana"), an
English clause opening on its auxiliary verb. The complaint model reads a message that
asks as a question, so its length does not count as a statement's (see
:mod:`complaint`). Read on the message as typed: normalising drops the "-nya" and the
particles these forms are told by.
"""

from __future__ import annotations

import re

from knowledge_base.stemmer import strip_particle

_OR_NOT = r"(?:tidak|tdk|tak|ga|gak|gk|nggak|ngga|nggk|enggak|engga|kagak|ndak)"
# a chat question put as "is it <adjective> or not, the <thing>": the "or not" tag comes
# before the subject that closes the message ("lama ga prosesnya", "ribet gak ngurusnya",
# "harus bayar nggak bikinnya"); a word whose root ends in "nya" has no "-nya" subject:
# "warga lain tidak ditanya", "kami ga punya" tell what is not (see :func:`_has_nya`)
_TAG_BEFORE_SUBJECT = re.compile(
    rf"(?:^|\s){_OR_NOT}\s+(\w{{2,}}nya)[\s?!.]*$",
    re.IGNORECASE,
)
# "if not" is "otherwise", no tag: "harus bayar 100 ribu, kalau tidak ya tunggu dua minggu",
# "kalo ga, antri aja" tell a condition an official set (lookbehinds, before the space)
_OTHERWISE = "".join(f"(?<!{w})" for w in ("kalau", "kalo", "klo", "kl", "jika", "bila", "kalu"))
# the "or not" tag with a particle or closing a clause, wherever it stands: "bener ga sih",
# "valid gak ya, katanya hoaks", "boleh nggak tuh", "perlu izin ga, bayar berapa"; a report
# says what is not ("ga ada sih", "ga nyala ya") with a word after the negation
_TAG_WITH_PARTICLE = re.compile(
    rf"{_OTHERWISE}(?:^|\s){_OR_NOT}\s+(?:sih|ya|yah|kah|tuh|itu|deh)\b"
    rf"|(?<=\w){_OTHERWISE}\s+{_OR_NOT}\s*,"
    # or "like that" closing the message: "aman ga kayak gitu" ("ga gitu peduli" tells)
    rf"|\s{_OR_NOT}\s+(?:kayak|kaya|kek|seperti)\s+(?:gitu|gini|begitu|begini)[\s?.!]*$"
    # or the admin called right after the tag: "masih ada ga min, ...", "bisa gak kak?"
    rf"|\s{_OR_NOT}\s+(?:min|admin|kak|gan|sis|bang|mas|mbak)\b\s*(?:[,.?!]|$)"
    # or who gives it, or for whom, closing the message after the tag: "ada bantuan ga
    # dari pemerintah", "ketahuan ga sama petugas", "ada angkutan lain ga buat anak sd"
    # (not "ga sama dengan ktp", not the same as), or closing its clause before a reason
    # or purpose: "ada program usaha ga dr dinas, biar gak berangkat lg"
    rf"|(?<=\w)\s+{_OR_NOT}\s+(?:dari|dr|sama|sm|ama|buat|bwt|untuk|utk)"
    r"\s+(?!(?:dengan|dgn|kayak|kaya|seperti)\b)\w+(?:\s+\w+){0,2}(?:[\s?.!]*$|\s*,)",
    re.IGNORECASE,
)
# an "or not" word standing as a word: each tag above needs one (searched first, once;
# most messages have none, and the tags' alternatives cost a long message 0.1 ms)
_OR_NOT_WORD = re.compile(rf"(?:^|\s){_OR_NOT}[\s,]", re.IGNORECASE)
# a choice closing a chat message asks which ("ngurusnya ke polsek atau kecamatan",
# "bayarnya tunai atau transfer", "diambil sebulan sekali ato tiga bulan sekali"); not a
# list of things missing (a negation among the four words before: "ga ada karcis atau
# kuitansi"). Four words after the "atau" read as many sibling traps as questions of the
# entry they lure from (one each on the dev messages, both read as complaints before)
# A choice offered after "saja" asks wherever it stands: "ditaruh di tps aja atau ada
# jadwal angkut", "cukup ktp saja atau perlu kk juga"
_CHOICE = re.compile(
    r"\b(?:atau|ato|atw)(?:\s+\S+){1,3}[\s?.!]*$|\b(?:aja|saja|sj)\s+(?:atau|ato|atw)\s+\S",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:tidak|tdk|ga|gak|nggak|ngga|enggak|tanpa|belum|blm|no|not|nor)\b")
# an English clause after a comma that opens with its auxiliary verb and a subject asks
# yes or no ("I'm retired, can my land tax be lowered"): the model reads only a message's
# first word and last sentence for this (see complaint.is_inverted)
# ("I've only worked four months, am I entitled to ..."; "do", "does" and "did" ask
# whoever follows: ", does the office help with ...", ", does DLH help with ...")
_INVERTED_CLAUSE = re.compile(
    r"[,;:]\s*(?:(?:can|could|should|is|are|was|were|will|would|may|must|has|have|shall)\s+"
    r"(?:i|we|my|our|the|you|it|he|she|they|this|that|there|a|an|someone|somebody|anyone"
    r"|anybody|his|her|their|your|its)"
    r"|am\s+i|(?:do|does|did)\s+(?!(?:not|nothing|so)\b)[a-z]+)\s",
    re.IGNORECASE,
)
# whether an office can help, closing the message after a comma: "..., can social affairs
# help", "..., could the district office assist" (the subject any words, not a pronoun's),
# or saying with what: "..., can social affairs help us get a hearing aid", "..., could the
# office assist with the papers"
_CAN_HELP = re.compile(
    r"[,;:]\s*(?:can|could|will|would)\s+(?!not\b)[a-z]+(?:\s+[a-z]+){0,3}\s+(?:help|assist)"
    r"(?:\s+(?:us|me|him|her|them))?(?:[\s?.!]*$|\s+(?:get|with|to|find|pay|apply|register)\b)",
    re.IGNORECASE,
)
# which one, asked: an English clause after a comma opening on "which" or "what" and a
# noun ("got my card already, which corridor goes ..."; the bridge reads "which" as a bare
# "mana" no asking phrase lists), or a chat message closing on "<noun> mana" ("bawa ke
# puskesmas mana"); not "ke/di/dari mana", asking phrases of their own that a story of
# money gone also uses ("uangnya ke mana"). A message opening on "which" is left to the
# model: read as asking, it answered a sibling entry wrongly on the sample KB. A particle
# may close the question after the "mana": "di puskesmas mana aja", "di titik mana dulu",
# "kantor mana ya"
_WHICH = re.compile(
    r"[,;:]\s*(?:which|what)\s+(?!(?:the|is|are|was|were)\b)[a-z]{3,}"
    r"\s+(?!(?:a|an|the|i|we|you|it|they)\b)[a-z]"
    r"|\b(?!(?:ke|di|dari)\b)[a-z]{3,}\s+(?:mana|mn)"
    r"(?:\s+(?:aja|saja|sj|ya|sih|dulu|dl|nih|kah|tuh|lagi|lg))?[\s?.!]*$"
    # the Javanese "which", an East Javanese call after it: "puskesmas sing bukak endi rek"
    # ("mana aja", which ones, answered a wrong entry on a Tirtomulyo message)
    r"|\b(?!(?:ke|di|dari|nang|neng)\b)[a-z0-9]{2,}\s+endi(?:\s+(?:rek|cak|lur))?[\s?.!]*$",
    re.IGNORECASE,
)


# a message opening on what it is not about sets a sibling aside and asks about the
# other one: "bukan ktp hilang, tapi alamat mau diganti", "bukan mau bayar, saya cuma
# belum dapat lembarnya" (the clause closed by a comma or a "tapi"/"maksud saya"); not
# "bukan main" (very), "bukan cuma/sekali" (not only, not once) nor "bukannya" (instead of)
_SETS_ASIDE = re.compile(
    r"^\W*bukan\s+(?!(?:main|cuma|hanya|sekali|sekadar|sekedar|pertama|saja)\b)"
    r"(?:[^\s,.;:!?]+\s+){0,6}?[^\s,.;:!?]+"
    r"(?:\s*,|\s+(?:tapi|tp|melainkan|maksud|maksudnya|maksudku)\b)",
    re.IGNORECASE,
)
# or setting aside, further in, what the writer does not want or did not ask for: "kk saya
# bukan mau diubah, cuma rusak kena air", "yang kami ajukan bukan honor guru, tapi ..."
# (a want or a request disowned; not "bukan soal uang, tapi petugasnya kasar", which
# says what went wrong)
_SETS_ASIDE_WITHIN = re.compile(
    r"\b(?:bukan|bkn)\s+(?:mau|mo|ingin|pengen|minta|mengajukan|ajukan|daftar)\s+"
    r"(?:[^\s,.;:!?]+\s+){0,5}?[^\s,.;:!?]+"
    r"(?:\s*,|\s+(?:tapi|tp|cuma|cm|hanya|justru|melainkan)\b)"
    r"|\byang\s+(?:saya|sy|kami|aku)\s+(?:ajukan|maksud|cari|butuhkan|perlukan|minta)\s+bukan\b",
    re.IGNORECASE,
)

# two things compared, "or not": "santunannya beda ga sama ganti rugi", "beda gak dengan
# yang lama"; and whether one can get a thing: "bisa dapat tong kompos", "bisa dpt
# bantuan"; not what one cannot get ("ga bisa dapat rujukan") nor a condition imposed
# ("harus bayar dulu baru bisa dapat"), which tell how a service failed
_COMPARED = re.compile(rf"\bbeda\s+{_OR_NOT}\s+(?:sama|sm|ama|dengan|dgn|dg|kayak|kaya|ma)\b")
_CAN_GET = re.compile(
    r"(?<!\S)(?:(\S+)\s+)?(?:bisa|bs|bisakah|isa|iso)\s+(?:dapat|dapet|dpt|dpat|dapatkan)\b"
)
_NOT_GETTING = re.compile(
    r"(?:tidak|tdk|tak|ga|gak|gk|nggak|ngga|enggak|engga|kagak|ndak|belum|blm|baru|not)"
)


def is_asking(text: str, question_mark: bool = False) -> bool:
    """The message as typed asks: with a question mark, or without a question word or mark
    when it ends "<predicate> ga <subject>-nya" (see :data:`_TAG_BEFORE_SUBJECT`), has an
    "or not" tag with its particle or a comma (:data:`_TAG_WITH_PARTICLE`), an English
    clause after a comma opens with its auxiliary verb, it asks which one (see
    :data:`_WHICH`), it closes on a choice, it opens setting a sibling aside (see
    :data:`_SETS_ASIDE`), or it compares two things or asks whether one can get a thing
    (:data:`_COMPARED`, :data:`_CAN_GET`)."""
    if question_mark:
        return True
    tagged = _OR_NOT_WORD.search(text) is not None
    return (
        (tagged and (_tag_before_subject(text) or _TAG_WITH_PARTICLE.search(text) is not None))
        or _INVERTED_CLAUSE.search(text) is not None
        or (("help" in text or "assist" in text) and _CAN_HELP.search(text) is not None)
        or _asks_which(text)
        or _closes_on_a_choice(text)
        or _SETS_ASIDE.match(text) is not None
        or _sets_aside_within(text)
        or _asks_to_compare_or_get(text)
    )


def _sets_aside_within(text: str) -> bool:
    """See :data:`_SETS_ASIDE_WITHIN` (searched only when a "bukan" is in the message)."""
    lowered = text.lower()
    return ("bukan" in lowered or "bkn" in lowered) and _SETS_ASIDE_WITHIN.search(text) is not None


def _asks_to_compare_or_get(text: str) -> bool:
    """See :data:`_COMPARED` and :data:`_CAN_GET` (searched only when one of their
    words is in the message)."""
    lowered = text.lower()
    if "beda" in lowered and _COMPARED.search(lowered):
        return True
    if "dap" not in lowered and "dp" not in lowered:
        return False  # no "dapat", "dapet", "dpt" nor "dpat": nothing to get
    return any(
        not _NOT_GETTING.fullmatch(found.group(1) or "") for found in _CAN_GET.finditer(lowered)
    )


def _tag_before_subject(text: str) -> bool:
    """See :data:`_TAG_BEFORE_SUBJECT`: its last word's "-nya" is a particle, not the
    end of its root ("bertanya", "punya", "nanya" and "hanya" are read whole)."""
    found = _TAG_BEFORE_SUBJECT.search(text)
    word = found.group(1).lower() if found else ""
    return found is not None and strip_particle(word) != word


def _asks_which(text: str) -> bool:
    """See :data:`_WHICH` (searched only when one of its words is in the message)."""
    lowered = text.lower()
    words = ("mana", " mn", "wh", "endi")
    return any(w in lowered for w in words) and _WHICH.search(text) is not None


def _closes_on_a_choice(text: str) -> bool:
    """See :data:`_CHOICE`; a negation right before the "atau" is an "or not" tag, a choice
    of three: "ada jalur zonasi ga atau sudah diganti", "bisa langsung tidak atau lewat
    puskesmas dulu" ("ga ada karcis atau kuitansi" lists what is missing)."""
    found = _CHOICE.search(text)
    if found is None:
        return False
    words = text[: found.start()].lower().split()
    if words and _OR_NOT_TAG.fullmatch(words[-1]) and len(words) > 1:
        return True
    return _NEGATION.search(" ".join(words[-4:])) is None


_OR_NOT_TAG = re.compile(_OR_NOT)
