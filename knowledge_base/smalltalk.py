"""Chatter: greetings, thanks, goodbyes, acknowledgements, and chat addressed to the bot.

Chat is the talk residents try on any chatbot ("min udah makan belum?", "what's your
name", "jam berapa sekarang", "lagi ngapain"): answered with who the bot is, never with
an entry that happens to share its one everyday word (a food-permit entry for "makan").
Words of someone's personal life (chatter.tsv's kind ``personal``: makan, nikah, umur,
nama...) are chat only when the message speaks to the bot ("admin", "kamu", "you") and
not of the resident ("saya", "my"): "admin sudah nikah?" is chat, "saya sudah nikah,
KK-nya?" and a bare "nikah" are questions."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence, Set

from knowledge_base.lexicon import Lexicon, Phrase
from knowledge_base.tokens import words_of

_PRIORITY = ("thanks", "bye", "chat", "greeting", "ack")
ADDRESS = "address"
PERSONAL = "personal"  # chatter.tsv: chat only when said to the bot (see the module doc)
ASKING = "asking"  # chatter.tsv: question words that go with chat and make none alone
# chatter.tsv: asking whether someone is there ("ada orang?", "admin lagi online ga"), a
# question like chat, answered with a greeting
PRESENCE = "presence"
_TO_THE_BOT = frozenset({"kamu", "anda", "you", "your", "bot", "robot", "lu", "lo", "elu"})
_OF_THE_RESIDENT = frozenset({"saya", "aku", "gue", "gw", "kami", "i", "my", "me", "we", "our"})
MAX_NAME_WORDS = 2  # "makasih pak budi", "terima kasih bu sri rahayu"
_LAUGH = re.compile(r"(?:wk)+w?|(?:ha)+h?|(?:he)+h?|(?:hi)+h?|(?:xi)+")


def smalltalk_kind(
    tokens: Sequence[str], lexicon: Lexicon, vocabulary: Set[str] = frozenset()
) -> str | None:
    """The kind of chatter when the whole message is chatter, else None.

    Chatter is the lexicon's chatter words and phrases ("selamat siang, ada orang?",
    "hehe maaf salah kirim"), laughter, the fillers that go with them ("makasih ya
    pak") and a name after a form of address ("makasih bu rina": up to two words the
    knowledge base and the lexicon do not know). Any other word makes it a message."""
    kinds: set[str] = set()
    phrases = lexicon.chatter_phrases
    longest = lexicon.longest_chatter
    after_address = 0
    i = 0
    while i < len(tokens):
        token = tokens[i]
        size = _phrase_at(tokens, i, phrases, longest)
        if size:
            kinds.add(phrases[tuple(tokens[i : i + size])])
            i += size
            after_address = 0
            continue
        kind = lexicon.smalltalk.get(token)
        if kind is not None:
            kinds.add(kind)
            after_address = MAX_NAME_WORDS if kind == ADDRESS else 0
        elif _LAUGH.fullmatch(token) and len(token) >= 4:
            kinds.add("ack")
        elif token in lexicon.chatter_fillers or token.isdigit():
            after_address = 0
        elif after_address and _is_name(token, lexicon, vocabulary):
            after_address -= 1
        else:
            return None
        i += 1
    if ASKING in kinds and kinds.isdisjoint((PERSONAL, "chat", PRESENCE)):
        return None
    if PRESENCE in kinds:
        kinds.add("greeting")
    if PERSONAL in kinds:
        spoken_to = ADDRESS in kinds or not _TO_THE_BOT.isdisjoint(tokens)
        if not spoken_to or not _OF_THE_RESIDENT.isdisjoint(tokens):
            return None
        kinds.add("chat")
    for kind in _PRIORITY:
        if kind in kinds:
            return kind
    return None


def typed_smalltalk_kind(
    text: str, lexicon: Lexicon, vocabulary: Set[str] = frozenset()
) -> str | None:
    """:func:`smalltalk_kind` of the words as typed, before the normaliser reads them: a
    resident trying the line in English ("test 123", "just checking if this works") is
    chatter, though the bilingual bridge would read "test" as "uji" (a vehicle test) and
    "works" as "kerja" (a job)."""
    return smalltalk_kind(words_of(text), lexicon, vocabulary)


def _phrase_at(
    tokens: Sequence[str], start: int, phrases: Mapping[Phrase, str], longest: int
) -> int:
    """The length of the longest chatter phrase at ``start``, or 0."""
    for size in range(min(longest, len(tokens) - start), 0, -1):
        if tuple(tokens[start : start + size]) in phrases:
            return size
    return 0


def _is_name(token: str, lexicon: Lexicon, vocabulary: Set[str]) -> bool:
    return token.isalpha() and token not in vocabulary and token not in lexicon.known_words


def strip_leading_chatter(tokens: Sequence[str], lexicon: Lexicon) -> tuple[str, ...]:
    """Drop a greeting or form of address that opens a message ("pagi min, ..."); a
    word that also names a service ("sip" = surat izin praktik) is not chatter here."""
    start = 0
    while (
        start < len(tokens)
        and tokens[start] in lexicon.smalltalk
        and tokens[start] not in lexicon.service_terms
    ):
        start += 1
    rest = tuple(tokens[start:])
    return rest or tuple(tokens)
