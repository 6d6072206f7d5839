"""Undo the tricks that hide words from matchers and models, keeping offsets.

A draft is parsed, matched and scored as its *normalised* text: Unicode NFKC,
zero-width and other format characters removed, lookalike letters from other
scripts folded to Latin inside Latin words, masked or leetspeak words
("b*ffoon", "1d10t") resolved against a vocabulary (the hostile words of the
phrase lists first, then common English words by frequency, so that
"f1ddled" and "memo*ies" read as words too), spaced-out letters ("p r a t")
rejoined, hostile runs of one character bounded (spaCy's
tokenizer is quadratic on them) and the case of an ALL-CAPS post restored so
that names are still found. Every character of the normalised text remembers
the character of the original it came from, so findings still point into the
text the user wrote.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable

from .people import HANDLE, TITLE_WORDS

#: where the Checker leaves the ``Normalised`` text on each parsed ``Doc``
NORMALISED_KEY = "postcheck.normalised"

#: longest run of one character kept as it is; longer runs keep this many
MAX_RUN = 8
#: longest run of one character that is a letter or digit (a shout: "nooooo")
MAX_LETTER_RUN = 4
#: longest whitespace-free chunk kept; the rest of a longer one is dropped
MAX_CHUNK = 300
#: copies kept of a word or phrase (up to 40 characters) repeated back to back
MAX_REPEATS = 6
#: share of cased letters in capitals above which a post is "all caps"
CAPS_SHARE = 0.7

#: letters of other scripts that look like Latin ones (folded only inside words
#: that are otherwise Latin, or whole words of lookalikes in a Latin post)
CONFUSABLES = dict(zip(
    "аеорсуххіјѕһԁԛԝАВЕКМНОРСТХҮІЈЅԌοαικνρτυχΑΒΕΖΗΙΚΜΝΟΡΤΧΥ",
    "aeopcyxxijshdqwABEKMHOPCTXYIJSGoaikvptuxABEZHIKMNOPTXY",
))
#: leetspeak digits and symbols as the letters they stand for
LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s", "!": "i", "€": "e"}
#: characters that mask a letter ("f***", "b#llocks")
MASKS = set("*#%_.•·")

_WORD = re.compile(r"\S+")
_REPEATED = re.compile(r"(.{2,40}?)\1{%d,}" % MAX_REPEATS, re.S)
_CORE = re.compile(r"^([\"'“‘(\[]*)(.*?)([\"'”’)\].,!?:;]*)$", re.S)
_SPACED = re.compile(r"(?<![\w*])(?:[A-Za-z][ .\-]){2,}[A-Za-z](?![\w*])")
#: a run ``_runs`` may shorten (newlines kept two, letters and digits four, others eight; a run of
#: five of anything is read again) or a whitespace-free chunk it may cut
_MAY_BOUND = re.compile(r"([\n\r])\1\1|(.)\2{%d,}|\S{%d}" % (MAX_LETTER_RUN, MAX_CHUNK + 1), re.S)
_TITLES = {t.lower() for t in TITLE_WORDS} | {"mp"}  # "MP" follows a name; the others come before one

#: common English words (most frequent first) that obfuscated words may stand for
COMMON_WORDS = 200_000
#: a word resolved against the common words: at least this long, with this many letters kept
COMMON_MIN_LENGTH = 4
COMMON_MIN_LETTERS = 3
#: the shortest disguised word a leet digit may lead ("7hieves"; "4bed" stays as written)
LEADING_LEET_MIN_LENGTH = 6
#: the disguises a common word may wear: masks that hide nothing else in ordinary text, and leet
#: digits (".", "_" and "%" are left alone: "e.g", "john_smith" and "5%" are not disguised words)
COMMON_MASKS = set("*#")
COMMON_LEET = {ch: LEET[ch] for ch in "013457@$"}
#: a mask is read as several letters only where, one mask a letter, the word spells no ordinary word:
#: none of the common words, nor a two- or three-letter word this frequent ("c*n man" is a con man,
#: not a slur four letters long)
SHORT_COMMON_RANK = 20_000
#: at most this many words of one post are looked up in the common words (each is a scan)
MAX_COMMON_LOOKUPS = 64


@dataclass(frozen=True)
class Normalised:
    """The normalised text and, for each of its characters, where it came from."""

    original: str
    text: str
    origin: tuple[int, ...]  # len(text) + 1 entries; the last is len(original)
    #: the normalised text before case restoration (same length as ``text``)
    cased: str

    @property
    def changed(self) -> bool:
        return self.text != self.original

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text onto the original text."""
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        if start == end:
            at = self.origin[start]
            return at, at
        return self.origin[start], self.origin[end - 1] + 1


class _Builder:
    """Append characters with their origin index."""

    def __init__(self):
        self.chars: list[str] = []
        self.origin: list[int] = []

    def add(self, text: str, at: int) -> None:
        for ch in text:
            self.chars.append(ch)
            self.origin.append(at)

    def text(self) -> str:
        return "".join(self.chars)


def _step(text: str, origin: list[int], transform) -> tuple[str, list[int]]:
    """Run a character-level ``transform(text) -> [(piece, index_in_text)]`` and compose the origins."""
    out = _Builder()
    for piece, index in transform(text):
        out.add(piece, origin[index] if index < len(origin) else origin[-1])
    return out.text(), out.origin


class Normaliser:
    """Normalises drafts; ``vocabulary`` is the words that masked or leet forms resolve to first.

    ``names`` are the words restored with a capital in an all-caps post
    (councillors', officers' and others' names from the council config).
    ``common`` are ordinary words, most frequent first, that a disguised word
    resolves to when no vocabulary word fits (the most frequent that fits).
    """

    def __init__(self, vocabulary: Iterable[str] = (), names: Iterable[str] = (), common: Iterable[str] = ()):
        self.vocabulary = {w.lower() for w in vocabulary if w and w.isalpha()}
        self._by_length: dict[int, list[str]] = {}
        for word in sorted(self.vocabulary):
            self._by_length.setdefault(len(word), []).append(word)
        self.names = {w.lower(): w for name in names for w in re.findall(r"[A-Za-z][A-Za-z'\-]+", name)}
        self.common: dict[tuple[int, str], list[str]] = {}  # (length, first letter) -> words, most frequent first
        self._common_set: set[str] = set()
        self._short: dict[tuple[int, str], list[str]] = {}  # frequent two- and three-letter words
        for rank, word in enumerate(common):
            if not (word.isascii() and word.isalpha() and word.islower()):
                continue
            if len(word) >= COMMON_MIN_LENGTH:
                self.common.setdefault((len(word), word[0]), []).append(word)
                self._common_set.add(word)
            elif len(word) >= 2 and rank < SHORT_COMMON_RANK:
                self._short.setdefault((len(word), word[0]), []).append(word)

    #: False runs every step on every text, even where a quick look shows it would change nothing
    #: (the tests compare the two)
    skip_unchanged = True

    def __call__(self, text: str) -> Normalised:
        origin = list(range(len(text)))
        current = text
        for transform, unchanged in ((self._unicode, str.isascii), (self._runs, _nothing_to_bound),
                                     (self._repeats, _nothing_repeated), (self._words, self._nothing_disguised),
                                     (self._spaced, _nothing_spaced)):
            # most drafts need no step at all: a step that would copy every character is skipped
            if not (self.skip_unchanged and unchanged(current)):
                current, origin = _step(current, origin, transform)
        cased = current
        current = self._restore_case(current)
        return Normalised(text, current, tuple(origin) + (len(text),), cased)

    # -- character level ------------------------------------------------------
    @staticmethod
    def _unicode(text: str):
        for i, ch in enumerate(text):
            if ch.isascii():
                yield ch, i
                continue
            if unicodedata.category(ch) == "Cf" or ch in "\u00ad\u034f":
                continue  # zero-width and other invisible format characters
            if unicodedata.combining(ch) and i and text[i - 1].isascii():
                continue  # combining marks stacked on Latin letters ("i̶d̶i̶o̶t̶")
            folded = unicodedata.normalize("NFKC", ch)
            yield folded, i

    @staticmethod
    def _runs(text: str):
        """Bound runs of one character; cap whitespace-free chunks."""
        i, n, chunk = 0, len(text), 0
        while i < n:
            ch = text[i]
            j = i + 1
            while j < n and text[j] == ch:
                j += 1
            run = j - i
            keep = min(run, 2 if ch in "\n\r" else MAX_LETTER_RUN if ch.isalnum() else MAX_RUN)
            for k in range(keep):
                if ch.isspace():
                    chunk = 0
                elif chunk >= MAX_CHUNK:
                    continue
                else:
                    chunk += 1
                yield ch, i + k
            i = j

    @staticmethod
    def _repeats(text: str):
        """Keep a few copies of a word or phrase repeated many times over ("IDIOT IDIOT IDIOT ...")."""
        last = 0
        for match in _REPEATED.finditer(text):
            unit = len(match.group(1))
            keep_end = match.start() + unit * MAX_REPEATS
            for k in range(last, keep_end):
                yield text[k], k
            last = match.end()
        for k in range(last, len(text)):
            yield text[k], k

    def _words(self, text: str):
        """Fold lookalike letters and resolve masked / leet words, word by word."""
        lookups = [MAX_COMMON_LOOKUPS]  # this call's budget of common-word lookups (threads share a Normaliser)
        latin_post = _latin_share(text) >= 0.5
        last = 0
        for match in _WORD.finditer(text):
            for k in range(last, match.start()):
                yield text[k], k
            word = match.group(0)
            fixed = self._fix_word(word, latin_post, lookups)
            if len(fixed) == len(word):
                for k, ch in enumerate(fixed):
                    yield ch, match.start() + k
            else:  # a resolved word of another length spreads over the written word's extent
                for k, ch in enumerate(fixed):
                    yield ch, match.start() + round(k * (len(word) - 1) / max(1, len(fixed) - 1))
            last = match.end()
        for k in range(last, len(text)):
            yield text[k], k

    def _nothing_disguised(self, text: str) -> bool:
        """Whether ``_words`` would leave every word as written: plain letters always are."""
        lookups = [MAX_COMMON_LOOKUPS]
        latin_post = None  # read only for a word with letters of another script: no ASCII word is folded
        for word in _WORD.findall(text):
            if word.isascii() and word.isalpha():
                continue
            if latin_post is None and not word.isascii():
                latin_post = _latin_share(text) >= 0.5
            if self._fix_word(word, latin_post is not False, lookups) != word:
                return False
        return True

    def _fix_word(self, word: str, latin_post: bool, lookups: list[int]) -> str:
        core = _CORE.match(word)
        lead, body, tail = core.group(1), core.group(2), core.group(3)
        if not body:
            return word
        body = self._fold(body, latin_post)
        resolved = self._resolve(body)
        if resolved is None:
            resolved = self._resolve_common(body, lookups)
        return lead + (resolved if resolved is not None else body) + tail

    @staticmethod
    def _fold(body: str, latin_post: bool) -> str:
        if not any(ch in CONFUSABLES for ch in body):
            return body
        has_latin = any("a" <= ch.lower() <= "z" for ch in body)
        only_lookalikes = all(ch in CONFUSABLES or not ch.isalpha() for ch in body)
        if has_latin or (latin_post and only_lookalikes):
            return "".join(CONFUSABLES.get(ch, ch) for ch in body)
        return body

    def _resolve(self, body: str) -> str | None:
        """A masked or leetspeak word that matches exactly one vocabulary word's shape."""
        if body.isalpha() or len(body) < 3 or not self.vocabulary:
            return None
        letters = sum(ch.isalpha() for ch in body)
        if letters < 2 or body.isdigit() or not any(ch in LEET or ch in MASKS for ch in body):
            return None
        if any(not (ch.isalpha() or ch in LEET or ch in MASKS or ch in "'-") for ch in body):
            return None
        lower = body.lower()
        pattern = re.compile("".join(
            "." if ch in MASKS else f"[{re.escape(ch)}{LEET[ch]}]" if ch in LEET else re.escape(ch)
            for ch in lower
        ))
        for word in self._by_length.get(len(lower), ()):  # exact shape: one mask is one letter
            if pattern.fullmatch(word):
                return _same_case(word, body)
        # masks standing for several letters ("f**king" for "fucking" is exact; "f*ck" too), unless
        # one mask a letter already spells an ordinary word ("c*n" is "con")
        if any(ch in MASKS for ch in lower) and not self._spells_ordinary(pattern, lower):
            loose = re.compile("".join(
                ".{1,3}" if ch in MASKS else f"[{re.escape(ch)}{LEET[ch]}]" if ch in LEET else re.escape(ch)
                for ch in re.sub(r"[*#%_.•·]+", "*", lower)
            ))
            for length in sorted(self._by_length):
                for word in self._by_length[length]:
                    if loose.fullmatch(word) and abs(len(word) - len(lower)) <= 2:
                        return _same_case(word, body)
        return None

    def _spells_ordinary(self, shape: re.Pattern[str], lower: str) -> bool:
        """Whether the word's exact shape (one mask or leet digit a letter) fits an ordinary word."""
        if not lower[0].isalpha():
            return False
        words = self._short if len(lower) < COMMON_MIN_LENGTH else self.common
        return any(shape.fullmatch(word) for word in words.get((len(lower), lower[0]), ()))

    def _resolve_common(self, body: str, lookups: list[int]) -> str | None:
        """A disguised word ("f1ddled", "memo*ies", "m4te's") read as the most frequent common word it fits."""
        if not self.common or body.isalpha() or lookups[0] <= 0:
            return None
        parts = re.split(r"(['\-])", body)  # "m4te's", "so-c4lled": each part on its own
        if len(parts) > 1:
            fixed = [self._resolve_common(part, lookups) if part not in ("'", "-") else None for part in parts]
            if not any(fixed):
                return None
            return "".join(f if f is not None else p for f, p in zip(fixed, parts))
        lower = body.lower()
        # a leet digit may lead a longer word whose other characters are all letters ("7hieves"), not a
        # short one ("4bed", "3pm") or one with more digits ("1970s")
        if len(lower) < COMMON_MIN_LENGTH:
            return None
        first = lower[0] if lower[0].isalpha() else COMMON_LEET.get(lower[0]) if (
            len(lower) >= LEADING_LEET_MIN_LENGTH and lower[1:].isalpha()) else None
        if (first is None
                or sum(ch.isalpha() for ch in lower) < COMMON_MIN_LETTERS
                or any(not (ch.isalpha() or ch in COMMON_MASKS or ch in COMMON_LEET) for ch in lower)):
            return None
        lookups[0] -= 1
        pattern = re.compile("".join(
            "[a-z]" if ch in COMMON_MASKS else f"[{COMMON_LEET[ch]}]" if ch in COMMON_LEET else re.escape(ch)
            for ch in lower
        ))
        for word in self.common.get((len(lower), first), ()):
            if pattern.fullmatch(word):
                return _same_case(word, body)
        return None

    def _spaced(self, text: str):
        """Rejoin spaced-out letters ("p r a t", "i.d.i.o.t") that spell a word."""
        last = 0
        for match in _SPACED.finditer(text):
            letters = [(k, ch) for k, ch in enumerate(match.group(0), match.start()) if ch.isalpha()]
            before = text[match.start() - 1] if match.start() else ""
            window = self._spelt_word(letters, dotted="." in match.group(0), after_apostrophe=before in "'’")
            if window is None:
                continue
            first, stop = window
            start, end = letters[first][0], letters[stop - 1][0] + 1
            for k in range(last, start):
                yield text[k], k
            for k, ch in letters[first:stop]:
                yield ch, k
            last = end
        for k in range(last, len(text)):
            yield text[k], k

    def _spelt_word(self, letters, dotted: bool, after_apostrophe: bool = False) -> tuple[int, int] | None:
        """The longest run of the letters that spells a vocabulary word (or a spaced capital word)."""
        word = "".join(ch for _, ch in letters)
        if len(word) >= 4 and word.isupper() and not dotted and word.lower() not in self.vocabulary:
            return 0, len(letters)
        for size in range(len(letters), 2, -1):
            for first in range(0, len(letters) - size + 1):
                if word[first:first + size].lower() in self.vocabulary:
                    return first, first + size
        if dotted:
            return None
        # a common word spans the run, less a one-letter word run into either end ("is a f r a u d",
        # "o r g a n i s e a") or the letter after an apostrophe ("I'm c o m i n g")
        n = len(word)
        drop_first = word[0] in "aAI" or after_apostrophe
        drop_last = word[-1] in "aAI"
        for first, stop in ((0, n), (0, n - drop_last), (drop_first, n), (drop_first, n - drop_last)):
            if stop - first >= COMMON_MIN_LENGTH and word[first:stop].lower() in self._common_set:
                return first, stop
        return None

    # -- case ---------------------------------------------------------------------
    def _restore_case(self, text: str) -> str:
        """Sentence case for an all-caps post, with names and titles capitalised (length kept)."""
        cased = [ch for ch in text if ch.isalpha() and ch.lower() != ch.upper()]
        if len(cased) < 12 or sum(ch.isupper() for ch in cased) < CAPS_SHARE * len(cased):
            return text
        chars = [ch.lower() if len(ch.lower()) == 1 else ch for ch in text]
        out = "".join(chars)
        words = list(re.finditer(r"[A-Za-z][A-Za-z'\-]*", out))
        previous = ""
        for m in words:
            w = m.group(0)
            before = out[:m.start()].rstrip()
            sentence_start = not before or before[-1] in ".!?\n"
            if sentence_start or w in self.names or w == "i" or w in _TITLES or previous in _TITLES - {"mp"}:
                chars[m.start()] = chars[m.start()].upper()
                if w == "mp":
                    chars[m.start() + 1] = "P"
            previous = w
        # handles keep their original case
        for m in HANDLE.finditer(text):
            chars[m.start():m.end()] = list(text[m.start():m.end()])
        return "".join(chars)


def _nothing_to_bound(text: str) -> bool:
    return _MAY_BOUND.search(text) is None


def _nothing_repeated(text: str) -> bool:
    return _REPEATED.search(text) is None


def _nothing_spaced(text: str) -> bool:
    return _SPACED.search(text) is None


def _same_case(word: str, like: str) -> str:
    letters = [ch for ch in like if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters):
        return word.upper()
    if like[:1].isupper():
        return word.capitalize()
    return word


def _latin_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 1.0
    return sum("a" <= ch.lower() <= "z" for ch in letters) / len(letters)


def common_words(n: int = COMMON_WORDS) -> list[str]:
    """The ``n`` most frequent English words (wordfreq), most frequent first."""
    from wordfreq import top_n_list

    return top_n_list("en", n)


def default_normaliser(names: Iterable[str] = ()) -> Normaliser:
    """The normaliser the checker runs (and training must run too): lexicon words first, then the
    words a mask hides in a threat or about a group, then common words."""
    return Normaliser(vocabulary_from_lexicons(), names, menace_words() + common_words())


def menace_words() -> list[str]:
    """Verbs of harm and protected groups, which a disguised word is read as before any ordinary
    word it also fits: people mask "b*tter" and "Gyps*es" to hide them, never to hide "better"."""
    from .lexicons import load_lexicon

    violence = load_lexicon("toxicity")["violence"]
    characteristics = load_lexicon("protected_characteristics")["characteristics"]
    words: list[str] = []
    for verb in list(violence["person_verbs"]) + list(violence["body_verbs"]):
        verb = str(verb).lower()
        stem = verb[:-1] if verb.endswith("e") else verb
        double = stem + stem[-1] if re.fullmatch(r".*[^aeiou][aeiou][bdgmnpt]", stem) else stem
        third = verb + "es" if re.search(r"(?:s|sh|ch|x)$", verb) else verb + "s"
        words += [verb, third, double + "ed", double + "ing"]
    words += [str(word).lower() for word in violence.get("masked_harm", [])]
    words += [str(term).lower() for terms in characteristics.values() for term in terms]
    return list(dict.fromkeys(w for w in words if w.isalpha() and len(w) >= COMMON_MIN_LENGTH))


def vocabulary_from_lexicons() -> set[str]:
    """The hostile single words of the phrase lists: what masked and leet forms may stand for."""
    from .lexicons import load_lexicon

    toxicity = load_lexicon("toxicity")
    protected = load_lexicon("protected_characteristics")
    lists = [toxicity.get(key, []) for key in (
        "insults", "put_downs", "severe_insults", "obscenities", "obscene_insults", "mild_obscenities", "mild_contempt")]
    lists.append(protected.get("slurs", []))
    words = set()
    for items in lists:
        for item in items:
            entry = str(item).strip().lower()
            word = entry.rstrip("*")
            if not word.isalpha() or len(word) < 3:
                continue
            words.add(word)
            if entry.endswith("*"):  # a prefix entry: its usual inflections too
                words.update(word + suffix for suffix in ("s", "ing", "in", "ed", "er", "ers", "y"))
    return words
