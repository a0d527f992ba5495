"""Regional and colloquial forms of a known word, for a word the vocabulary lacks.

Residents write Indonesian words with the endings and prefixes of the languages they
speak at home, and no lexicon can list every word so formed:

- the Javanese possessive "-e" after a consonant and "-ne" after a vowel ("rumahe",
  "anake", "bayare", "datane": rumahnya, anaknya, bayarnya, datanya);
- the Lampung possessive "-ni" ("pajakni", "syaratni": pajaknya, syaratnya);
- the Sundanese possessive "-na" ("imahna" is a Sundanese word, but "syaratna",
  "ktpna" are Indonesian words with it), which is also how "-nya" is mistyped;
- the possessives "-ku" and "-mu" on a word no particle rule strips ("kampungku"), and
  the Betawi "-nye" ("izinnye": izinnya);
- the Javanese "-ke"/"-ake" and Sundanese "-keun" that are Indonesian "-kan"
  ("daftarke", "laporkeun": daftarkan, laporkan), chat's "-kn" that is "-kan" without
  its vowel ("alihkn", "kirimkn"), the Sundanese "ka-" that is Indonesian "ke-"
  ("kamatian": kematian), the Manado, Ambon and Papuan Malay "ta-" that is "ter-"
  ("tatulis", "tabakar"), Balinese "ka-…-ang" (:mod:`balinese_forms`), "ma-" (:mod:`ma_prefix`);
- the passive "di-" on a word of the regional table ("dijaluk", "dituku": diminta,
  dibeli), read as the Indonesian passive of the table's word;
- a word of the regional table with any of those endings ("njupuke", "omahku": the
  table's "njupuk", "omah"), read then as the table reads the word;
- the bare nasal of chat Indonesian that replaces a root's first consonant
  ("nanggung": tanggung, "nebus": tebus, "nyusun": susun, "ngirim": kirim), with or
  without the Jakarta "-in" ("nentuin": tentu); an "m" for "p" or "b" only with it
  ("mindahin": pindah);
- an everyday word as Minangkabau or eastern Malay sounds it ("sehaik", "kabong",
  "batul": sehat, kebun, betul; see :mod:`sound_shifts`).

A form is read only when what it stands for is a known word, and only for a word that
is itself unknown (the normaliser asks after its own checks), so an Indonesian word that
happens to end so ("sore", "warna", "buku") is never cut; nor is an affixed form of a
word whose root ends in an ending's letters ("dipaku" is nailed, no "dipa" of mine:
see :func:`affixed_root_wins`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping

from knowledge_base.balinese_forms import ka_ang_passive
from knowledge_base.common_words import indonesian_frequency, indonesian_words
from knowledge_base.lexicon import Lexicon
from knowledge_base.ma_prefix import ma_prefixed
from knowledge_base.madurese_forms import madurese_word
from knowledge_base.roots import common_roots
from knowledge_base.sound_shifts import shifted_word
from knowledge_base.stemmer import lighter_readings, stem

VOWELS = frozenset("aeiou")
# an affixed reading's root must be heard this many times as often as a possessive's base
# ("paku" 4.5 times "dipa"; "tamu" only 1.7 times "peta", "dana" as often as "beda")
ROOT_MARGIN = 3.0
MIN_BASE = 3  # "ktpne" is KTP's; a shorter base ("pe" + "ne") is no word of its own

# (nasal, the root's first letter it replaces); "ng" before a vowel may stand for a
# root that opens with that vowel ("ngurus": urus) as well as with "k" ("ngirim": kirim)
_NASALS: tuple[tuple[str, str], ...] = (
    ("ny", "s"),
    ("ny", "c"),
    ("ng", "k"),
    ("ng", ""),
    ("ng", "h"),
    ("m", "p"),
    ("m", "b"),
    ("n", "t"),
)
# BILABIAL_NOTE: a word opening on "m" and a vowel is far more often a word or a name of
# its own than a chat form of a "p"/"b" root: "sambal matah" (raw Balinese sambal) is no
# "patah" (broken), so an "m" form is read only with the Jakarta "-in" ("mindahin": pindah);
# the frequent ones ("milih", "mukul") are everyday words the normaliser keeps as typed


def possessive_base(word: str, known: Callable[[str], bool]) -> str | None:
    """The known word ``word`` is with a regional or colloquial possessive ending, with
    "nya" after it where the ending is one ("rumahe" -> "rumahnya"), else None; known:
    a word of the KB or the lexicons (``known``) or a frequent Indonesian word. The word
    itself when it is an affixed form of a root that ends so ("dipaku": paku)."""
    if not word.isalpha():
        return None
    everyday = indonesian_words()
    endings = (
        ("nipun", True),  # polite Javanese "-(n)ipun": "caranipun", "syaratipun"
        ("ipun", False),
        ("nye", None),
        ("nyo", None),  # Minangkabau and Palembang "-nyo": "syaratnyo", "pindahnyo"
        ("ne", None),  # Balinese and Sasak "-ne" follows a consonant too: "izinne"
        ("e", False),
        ("na", None),
        ("ni", None),  # Lampung "-ni": "pajakni", "syaratni"
        ("ku", None),
        ("mu", None),
    )
    for ending, after_vowel in endings:
        base = word[: -len(ending)]
        if not word.endswith(ending) or len(base) < MIN_BASE:
            continue
        if base not in everyday and not known(base):
            continue
        if affixed_root_wins(word, base, known):
            return word  # kept as typed, for its root: no ending, no correction
        vowel = base[-1] in VOWELS
        if after_vowel is not None and vowel != after_vowel:
            continue
        return base if ending in ("ku", "mu") else base + "nya"
    return None


def affixed_root_wins(word: str, base: str, known: Callable[[str], bool]) -> bool:
    """Whether ``word`` is rather an affix on a root that is a word of its own than
    ``base`` with a possessive ending ("dipaku" is nailed, paku, no "dipa" of mine;
    "ditamu": tamu): the root is an everyday word, a curated root or a word of the KB or
    the lexicons, heard three times as often as the base. Most prefix-shaped bases with
    an ending are the possessive ("mejane": meja, no "jane"; "dirina": diri, no "rina";
    "petamu": peta, no "tamu"; "bedana": beda, no "dana"): the frequency tells them apart."""
    everyday = indonesian_words()
    ending = len(word) - len(base)
    for root in (stem(word), *lighter_readings(word)):
        if root == word or indonesian_frequency(root) <= ROOT_MARGIN * indonesian_frequency(base):
            continue
        if root not in word:
            continue  # reached by a nasal's sound change: "penamu" is pena's, no "tamu"
        if root[:-ending] in everyday:
            continue  # the root has the ending too: "ditanganku" is "di tangan" + "-ku"
        if root in everyday or root in common_roots() or known(root):
            return True
    return False


def nasal_root(word: str, known: Callable[[str], bool]) -> str | None:
    """The root of the KB or the lexicons (``known``) a chat word with a bare nasal
    prefix stands for ("nanggung" -> "tanggung", "nentuin" -> "tentu"), else None.
    Everyday words are no evidence ("meriang", feverish, is no "periang"), a root has
    two vowels ("ngurs" is "ngurus" mistyped, no "kurs"), and a word two roots fit is
    left alone ("nyalon": calon or salon)."""
    if len(word) < 5 or not word.isalpha():
        return None
    bases = (word, word[:-2]) if word.endswith("in") and len(word) > 6 else (word,)
    found: dict[str, None] = {}
    for base in bases:
        for nasal, onset in _NASALS:
            rest = base[len(nasal) :]
            if nasal == "m" and base == word:
                continue  # a bare "m" form only with "-in" (see BILABIAL_NOTE)
            if base.startswith(nasal) and rest[:1] in VOWELS and len(rest) >= 3:
                root = onset + rest
                if len(root) >= 4 and sum(c in VOWELS for c in root) >= 2 and known(root):
                    found.setdefault(root)
        if found:
            break  # the word as written, before it without "-in"
    return next(iter(found)) if len(found) == 1 else None


OWNED_BASE = 4  # "ilmu", "jamu", "temu", "saku" are words, not "il", "ja", "te" + "-mu"


def owned_base(word: str, vocabulary: Collection[str]) -> str | None:
    """The word of the KB or the lexicons (``vocabulary``) ``word`` is with "-ku" or
    "-mu" (my, your: "anakku", "rumahmu" -> "anak", "rumah"), even when the whole is an
    everyday word, which the other forms are not read from; else None."""
    return _base_before(word, ("ku", "mu"), vocabulary)


def everyday_with_nya(word: str, common: Collection[str]) -> bool:
    """``word`` is an everyday word with "-nya" ("bautnya", "kabutnya"): read whole, as
    the everyday word is, not split into shorter words that happen to spell it ("bau" +
    "tnya", a chat "tanya")."""
    return _base_before(word, ("nya",), common) is not None


def _base_before(word: str, endings: tuple[str, ...], vocabulary: Collection[str]) -> str | None:
    """The word of ``vocabulary`` (:data:`OWNED_BASE` letters or more) ``word`` is with
    one of ``endings``, else None."""
    for ending in endings:
        base = word[: -len(ending)]
        if word.endswith(ending) and len(base) >= OWNED_BASE and base in vocabulary:
            return base
    return None


# Javanese "-ke"/"-ake"/"-kake", Sundanese "-keun", krama "-aken": Indonesian "-kan", on
# a root of five letters or more ("bangke", chat for carcass, is no "bang" + "-ke")
CAUSATIVE_BASE = 5
# and East Javanese "-kno"/"-no", only on a passive ("dilaporno"; "Sukarno" is a name)
_CAUSATIVES = ("kake", "keun", "aken", "ake", "ke", "kno", "no")
_PASSIVE_ONLY = ("kno", "no")
_THREE_OR_MORE = ("keun", "aken", "kake", "nye", "nyo", "ake")
_TABLE_ENDINGS = (*_THREE_OR_MORE, "ne", "na", "ni", "ke", "ku", "mu", "e")  # longest first


def causative_base(word: str, known: Callable[[str], bool]) -> str | None:
    """The Indonesian "-kan" form of a known word written with a home-language
    causative ending ("daftarke", "laporkeun" -> "daftarkan", "laporkan"), or the word
    itself when only that is known; else None."""
    if not word.isalpha():
        return None
    for ending in _CAUSATIVES:
        base = word[: -len(ending)]
        if not word.endswith(ending) or len(base) < CAUSATIVE_BASE:
            continue
        if ending in _PASSIVE_ONLY and not word.startswith("di"):
            continue
        if known(base + "kan"):
            return base + "kan"
        if known(base):
            return base
    return None


CHAT_KAN_BASE = 3  # no Indonesian word ends in "kn": a short root is safe ("isikn")


def chat_kan(word: str, known: Callable[[str], bool]) -> str | None:
    """The "-kan" word chat writes without the suffix's vowel ("alihkn" -> "alihkan",
    "bantukn" -> "bantukan"), when it or its root is a known word; else None."""
    root = word[:-2]
    if not word.endswith("kn") or len(root) < CHAT_KAN_BASE or not word.isalpha():
        return None
    return root + "kan" if known(root + "kan") or known(root) else None


def ke_prefixed(word: str, known: Callable[[str], bool]) -> str | None:
    """The Indonesian "ke-" word a Sundanese "ka-" word spells ("kamatian" ->
    "kematian"), when that is a known word; else None."""
    if len(word) < 6 or not word.startswith("ka") or not word.isalpha():
        return None
    indonesian = "ke" + word[2:]
    return indonesian if known(indonesian) else None


def ba_prefixed(word: str, known: Callable[[str], bool]) -> str | None:
    """The Indonesian "ber-" word a Banjar or Minangkabau "ba-" word, or a Sasak, Malay or
    Betawi "be-" word, spells ("bajualan" -> "berjualan"), when that is a known word; else None."""
    if len(word) < 6 or not word.startswith(("ba", "be")) or not word.isalpha():
        return None
    indonesian = "ber" + word[2:]
    return indonesian if known(indonesian) else None


def ta_prefixed(word: str, known: Callable[[str], bool]) -> str | None:
    """The Indonesian "ter-" word a Manado, Ambon or Papuan Malay "ta-" word spells
    ("tatulis" -> "tertulis", "tabakar" -> "terbakar"), when that is a known word; else None."""
    if len(word) < 6 or not word.startswith("ta") or not word.isalpha():
        return None
    indonesian = "ter" + word[2:]
    return indonesian if known(indonesian) else None


def table_word(word: str, in_table: Callable[[str], bool]) -> str | None:
    """The word of the regional or chat table (``in_table``) that ``word`` is with a
    home-language ending ("njupuke" -> "njupuk", "omahku" -> "omah"), else None; the
    table then reads it. The Javanese "-e" follows a consonant, "-ne" a vowel."""
    if not word.isalpha():
        return None
    for ending in _TABLE_ENDINGS:
        base = word[: -len(ending)]
        if not word.endswith(ending) or len(base) < MIN_BASE or not in_table(base):
            continue
        if ending in ("e", "ne") and (base[-1] in VOWELS) != (ending == "ne"):
            continue
        return base
    return None


# a table word's replacement that is already affixed takes no passive "di-" of its own
_AFFIXED = ("me", "di", "ber", "ter", "pe")


def passive_table_word(word: str, table: Mapping[tuple[str, ...], tuple[str, ...]]) -> str | None:
    """The Indonesian passive of a word of the chat and regional tables (``table``)
    written with the passive "di-" ("dijaluk" -> "diminta", "dituku" -> "dibeli"), when
    the table reads the word as one unaffixed word; else None."""
    if len(word) < 6 or not word.startswith("di") or not word.isalpha():
        return None
    target = table.get((word[2:],))
    if target is None or len(target) != 1 or not target[0].isalpha():
        return None
    return None if target[0].startswith(_AFFIXED) else "di" + target[0]


def home_form(word: str, known: Callable[[str], bool], lexicon: Lexicon) -> str | None:
    """A known word (``known``), or a word of the regional table, with the endings and
    prefixes of a home language, as the word to read; else None. Only the regional
    table's own words take them: "bangke" (carcass) is no chat "bang" + "-ke", nor
    "dikecamatan" a passive of "kecamatan"."""
    regional = lexicon.regional_replacements
    return (
        possessive_base(word, known)
        or passive_table_word(word, regional)
        or table_word(word, lambda base: (base,) in regional)
        or causative_base(word, known)
        or chat_kan(word, known)
        or ke_prefixed(word, known)
        or ba_prefixed(word, known)
        or ta_prefixed(word, known)
        or ma_prefixed(word, lambda reading: reading in indonesian_words() or known(reading))
        or nasal_root(word, known)
        or ka_ang_passive(word, known)
        or shifted_word(word, lambda reading: reading in indonesian_words() or known(reading))
        or madurese_word(word, known)
    )
