"""Readings of a word that its neighbours decide, applied to the emergency reader's
standard words (see :func:`emergency_spelling.standard_words`) before any cue is sought.
A word-by-word form cannot carry them: the same word names an event in one frame and
nothing in another.

- Eastern Indonesian Malay (Ambon, Papua, Kupang) says "seng" for "not" ("mama seng
  bangun"), where Indonesian "seng" is the zinc sheet of a roof or a fence: it is the
  metal only after what is built, bought or made of it ("atap seng", "beli seng",
  "rumah seng"; a zinc house that burns is read as burning, never as "not burning").
- Javanese "kali" (river) is Indonesian "kali" (times): it is the river after where to or
  where at ("hanyut di kali"; "sudah tiga kali banjir" counts).
- Eastern Indonesian Malay puts the doer before a bare verb: "dong pukul mama" (they
  are beating mother), "de tikam orang"; a bare "pukul" is otherwise the hour ("pukul
  10"). After a pronoun, a bare verb of violence reads as the event the table names
  ("dipukul", "ditikam": someone is being beaten, stabbed).
- Balinese "ulung" (fall) is Indonesian "ulung" (skilled, "penipu ulung"): it is a fall
  only before where to ("ulung ke tukad").
- Water up to a part of the body is a depth, however the measure is said: with water
  named, "sampai pinggang", "setinggi lutut", "sebatas leher" read as "sepinggang",
  "selutut", "seleher" (grass "setinggi lutut" is no flood).
- English figures of speech that hold an event word take the word away: praise ("the
  band was on fire at the festival", "our striker is on fire", "this sambal is fire"),
  a burden ("drowning in paperwork", "tenggelam dalam tumpukan berkas") and a name ("sos
  chili sauce", "beli SOS pembersih lantai"). Each frame is a word class around the
  word, never a listed message; a real fire ("the stage is on fire at the concert", "set
  on fire") and a real drowning ("drowning in the river", "drowning in kuta") keep it."""

from __future__ import annotations

from collections.abc import Sequence


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# what seng is the metal of, or who buys and makes things of it
_METAL_BEFORE = _words(
    "atap pagar lembar lembaran plat pelat genteng dinding rumah gudang kandang "
    "warung kios pondok gubuk bangunan potongan tumpukan beli membeli jual menjual "
    "harga pakai dari dengan beratap berdinding bahan"
)
_METAL_AFTER = _words("bekas baru gelombang spandek galvalum aluminium plafon atap")
# who does it, in eastern speech, and the bare verbs of violence after them
_DOERS = _words("dong dorang de dia ko mereka")
_VIOLENCE = _words("pukul tikam tembak bacok tusuk keroyok panah")
_HOURS = _words(
    "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas duabelas setengah"
)
# where to, after Balinese "ulung" (fall)
_WHERE_TO = _words("ke ka ring di uli dari")
# where to or where at, before Javanese "kali" (a river; "sudah tiga kali" counts times)
_AT_PLACE = _words("di ke ka ing nang neng masuk dari pinggir tepi bantaran seberang")
# a depth said as a measure: "sampai pinggang"; the levels water rises to
_MEASURES = _words("sampai hingga sebatas setinggi")
# (not a door, a window or a roof: "diantar sampai pintu" is a delivery)
_LEVELS = {
    "pinggang": "sepinggang",
    "dada": "sedada",
    "leher": "seleher",
    "paha": "sepaha",
    "lutut": "selutut",
    "dengkul": "selutut",
}
_WATER = _words("air banjir sungai laut ombak gelombang rob lumpur water flood")
# praise: who performs, where and when one performs
_PERFORMERS = _words(
    "team band striker strikers player players singer singers dj squad drummer "
    "guitarist keeper goalkeeper batsman bowler dancer dancers crowd lineup defence "
    "defense attack midfield shooter shooters"
)
_PERFORMANCES = _words(
    "match game games final finals festival concert gig show tournament league season "
    "class lesson training practice karaoke race competition quiz court pitch "
    "dancefloor performance round innings"
)
# what burns: a fire in it is a fire whatever the place
_BURNABLE = _words(
    "house home building car bus truck stage tent roof kitchen shop store warehouse "
    "hotel room forest hill hills field fields bush land peat boat ship bike "
    "motorbike scooter market school factory office villa bungalow hut restaurant "
    "club bar mall"
)
# "is fire" as slang praise: a copula or an intensifier before a bare "fire"
_SLANG_BEFORE = _words("is are was were so straight pure absolute literally")
_THERE = _words("there where")
# what one drowns in when one is only overwhelmed
_BURDENS = _words(
    "paperwork work debt debts bills forms emails messages requests complaints orders "
    "tasks deadlines documents bureaucracy homework assignments plastic rubbish trash "
    "garbage tugas pekerjaan kerjaan utang hutang tumpukan berkas dokumen kesibukan "
    "orderan pesanan lamunan pikiran kesedihan"
)
_DROWNING = _words("drowning drowned drown tenggelam")
_IN = _words("in dalam di")
_DETERMINERS = _words("the a an our my his her their this that all these those some")
# what a name "sos" stands before or after
_PRODUCTS = _words(
    "sauce saus sambal chili chilli brand cleaner pembersih village villages children "
    "soap sabun product produk detergent karbol floor lantai restaurant cafe band "
    "button tombol feature fitur app aplikasi menu"
)
_BUYING = _words("merk merek brand beli buy jual sell sells selling stock harga price")
# the words whose reading a neighbour may decide: a message without any is read as it is
_DECIDED = _words("seng ulung kali fire sos hingga sampai sebatas setinggi") | _DROWNING | _VIOLENCE


def in_context(words: list[str]) -> list[str]:
    """``words`` with the readings their neighbours decide (see the module's doc)."""
    if _DECIDED.isdisjoint(words):
        return words  # most messages: nothing to decide
    read: list[str] = []
    skip = -1  # a word already read with the one before it
    for at, word in enumerate(words):
        if at == skip:
            continue
        before = words[at - 1] if at else ""
        after = words[at + 1] if at + 1 < len(words) else ""
        if word == "seng" and before not in _METAL_BEFORE and after not in _METAL_AFTER:
            read.append("tidak")
        elif word in _VIOLENCE and before in _DOERS and not _is_hour(after):
            read.append("di" + word)
        elif word == "ulung" and after in _WHERE_TO:
            read.append("jatuh")
        elif word == "kali" and before in _AT_PLACE:
            read.append("sungai")
        elif word in _MEASURES and after in _LEVELS and not _WATER.isdisjoint(words):
            read.append(_LEVELS[after])
            skip = at + 1
        elif _figure_of_speech(words, at):
            continue
        else:
            read.append(word)
    return read


def _is_hour(word: str) -> bool:
    """A time of day after "pukul" ("dia pukul 3 sudah pulang", "mereka pukul delapan")."""
    return word[:1].isdigit() or word in _HOURS


def _figure_of_speech(words: Sequence[str], at: int) -> bool:
    """The word at ``at`` is an event word in a figure of speech or a name."""
    word = words[at]
    if word == "fire":
        return _praised(words, at)
    if word in _DROWNING:
        return _burdened(words, at)
    if word == "sos":
        before, after = words[max(0, at - 2) : at], words[at + 1 : at + 3]
        return not _BUYING.isdisjoint(before) or not _PRODUCTS.isdisjoint(after)
    return False


def _praised(words: Sequence[str], at: int) -> bool:
    """ "fire" as praise: "on fire" after a performer or before a performance (nothing that
    burns before it), or a bare "fire" after a copula ("this sambal is fire"; not "there
    is fire")."""
    before = words[max(0, at - 5) : at]
    if at >= 1 and words[at - 1] == "on":
        if at >= 2 and words[at - 2] in ("set", "sets", "caught", "catch", "catches"):
            return False
        if not _BURNABLE.isdisjoint(before):
            return False
        performs = not _PERFORMANCES.isdisjoint(words[at + 1 : at + 5])
        return performs or not _PERFORMERS.isdisjoint(before)
    if at >= 1 and words[at - 1] in _SLANG_BEFORE:
        return not (at >= 2 and words[at - 2] in _THERE) and _BURNABLE.isdisjoint(before)
    return False


def _burdened(words: Sequence[str], at: int) -> bool:
    """Drowning in a burden, not in water: "drowning in paperwork", "tenggelam dalam
    tumpukan berkas" (the first word after "in" and its determiners names the burden)."""
    if at + 1 >= len(words) or words[at + 1] not in _IN:
        return False
    rest = [word for word in words[at + 2 : at + 5] if word not in _DETERMINERS]
    return bool(rest) and rest[0] in _BURDENS
