"""Passwords, PINs, codes, keys and other secrets (Golden Rule GR-DO-8). Block.

A word that introduces a secret ("password", "PIN", "code", "key safe",
"API key") followed closely by a value that looks like one (a password-like
word, a run of 4-8 digits, a long random string); known token formats (AWS,
GitHub, JWT, ...); long high-entropy strings; someone else's private phone
number; and links that imitate an official site. Advice about passwords
("use strong passwords") has no value and passes. A secret or a login lure
in words no pattern holds is the credentials cue head's reading
(``cue.security.credentials``), found only where no pattern fired; its reason
names no words, and its spans keep only plain words of letters, since the
words the head leans on may be the secret. A reading that rests on the
writer's own phone number ("Ring me on …") is contact details, not a secret.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from urllib.parse import urlsplit

from ..lexicons import load_lexicon
from ..pii.policy import offered_as_own
from ..signals import Signal
from ._cues import learned_cue
from .base import Detector

TOKEN = re.compile(r"\S+")
#: cue words that mean some other code after a noun that is not about secrets ("route code 4229")
BARE_CODE_WORDS = frozenset({"code", "codes", "pin"})
EDGE = "\"'“”‘’()[]{}<>,.;:!?…–-"
EXPLICIT = re.compile(r"\s*(?:is|was|=|:|-|–|now)\s*(?:now\s+)?(?:is\s+)?[\"'“‘]?(?P<value>[^\s\"'”’]+)", re.IGNORECASE)
UK_PHONE = re.compile(r"(?<!\d)(?:\+44\s?|0)(?:7\d{3}\s?\d{3}\s?\d{3}|\d{2,4}\s?\d{3,4}\s?\d{3,4})(?!\d)")
URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"']+"
                 # a bare domain ("council-refunds.co.uk/claim"), not inside an e-mail address
                 r"|(?<![@\w.])(?:[a-z0-9-]+\.)+(?:com|net|org|info|biz|xyz|top|online|site|io|me|app|co\.uk|org\.uk|uk|co)"
                 r"(?:/[^\s<>\"']*)?(?![\w.])", re.IGNORECASE)
#: digits and symbols that stand for letters in a lookalike domain ("counci1", "g0v")
LEET = str.maketrans({"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "$": "s", "@": "a"})
NOT_A_VALUE_POS = {"ADJ", "DET", "PRON", "VERB", "AUX", "ADP", "ADV", "CCONJ", "SCONJ", "PART"}


def _cue_pattern(phrases) -> re.Pattern[str]:
    alternation = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)


def shannon_bits(text: str) -> float:
    counts = Counter(text)
    return -sum(n / len(text) * math.log2(n / len(text)) for n in counts.values())


def _plain_word(doc, start: int, end: int) -> bool:
    """A whole word of letters, in lower case after its first ("passcode", "Login"): never part of an
    address or a value that may be the secret itself."""
    span = doc.char_span(start, end)
    return span is not None and all(re.fullmatch(r"[A-Za-z][a-z]+", t.text) for t in span)


class CredentialsDetector(Detector):
    name = "credentials"
    signals = frozenset({
        "credentials.password", "credentials.code", "credentials.key", "credentials.known-format",
        "credentials.high-entropy", "credentials.private-number", "credentials.lookalike-link",
        "credentials.link-asks-for-secret", "credentials.learned-cue",
    })

    def __init__(self, context):
        super().__init__(context)
        lexicon = load_lexicon("credentials")
        self.window = int(lexicon.get("window", 12))
        self.number_window = int(lexicon.get("number_window", 8))
        self.secret_modifiers = {w.lower() for w in lexicon.get("secret_modifiers", [])}
        self.not_cues = _cue_pattern(lexicon.get("not_cues", [])) if lexicon.get("not_cues") else None
        self.password_cues = _cue_pattern(lexicon["password_cues"])
        self.number_cues = _cue_pattern(lexicon["number_cues"])
        self.key_cues = _cue_pattern(lexicon["key_cues"])
        low, high = lexicon.get("code_digits", [4, 8])
        # a trailing letter or key ("1234C", "2580#") is part of a code, and so is a leading one ("C159", "*3914";
        # not A, B or M, which lead a road's number: "the A358")
        self.code = re.compile(rf"^(?:\d{{{int(low)},{int(high)}}}[A-Za-z#*]?|[C-LN-Zc-ln-z#*]\d{{{int(low) - 1},{int(high)}}})$")
        units = "|".join(re.escape(u) for u in sorted(lexicon["not_passwords"], key=len, reverse=True))
        self.measurement = re.compile(rf"^[£$€]?\d[\d,.]*(?:{units})$", re.IGNORECASE)
        self.formats = {label: re.compile(pattern) for label, pattern in lexicon["formats"].items()}
        entropy = lexicon.get("entropy", {})
        self.entropy_length = int(entropy.get("min_length", 20))
        self.entropy_bits = float(entropy.get("min_bits", 3.5))
        self.private_cues = _cue_pattern(lexicon["private_number_cues"])
        self.lookalike = {w.lower() for w in lexicon["lookalike_words"]}
        self.official = [s.lower() for s in lexicon["official_suffixes"]]
        self.requests = _cue_pattern(lexicon.get("credential_requests") or ["password"])
        self.warnings = _cue_pattern(lexicon.get("warning_words") or ["scam"])
        own = context.config.self_settings.get("phone") or ""
        self.own_phone = re.sub(r"\D", "", own)

    def detect(self, doc, post):
        text = doc.text
        tokens = [(m.start(), m.end()) for m in TOKEN.finditer(text)]
        signals: list[Signal] = []
        taken: list[tuple[int, int]] = []

        def add(name, span, why, **evidence):
            if any(s < span[1] and span[0] < e for s, e in taken):
                return
            taken.append(span)
            signals.append(Signal(name, (span,), why, evidence=evidence))

        for label, pattern in self.formats.items():
            for match in pattern.finditer(text):
                add("credentials.known-format", match.span(), f"“{_mask(match.group(0))}” looks like a {label}", format=label)
        for cue in self.password_cues.finditer(text):
            value = self._explicit_value(doc, cue) or self._following(tokens, cue, text, self._password_like)
            if value:
                add("credentials.password", value, f"“{cue.group(0)}” followed by “{_mask(text[value[0]:value[1]])}”",
                    cue=cue.group(0))
        other_senses = [m.span() for m in self.not_cues.finditer(text)] if self.not_cues else []
        for cue in self.number_cues.finditer(text):
            if any(s < cue.end() and cue.start() < e for s, e in other_senses) or self._other_code(doc, cue):
                continue
            value = self._following(tokens, cue, text, lambda *a: self._code_like(doc, cue, *a), self.number_window)
            if value:
                add("credentials.code", value, f"“{cue.group(0)}” followed by the number “{_mask(text[value[0]:value[1]])}”",
                    cue=cue.group(0))
        for cue in self.key_cues.finditer(text):
            value = self._following(tokens, cue, text, self._key_like)
            if value:
                add("credentials.key", value, f"“{cue.group(0)}” followed by “{_mask(text[value[0]:value[1]])}”",
                    cue=cue.group(0))
        for start, end in tokens:
            s, e = _strip(text, start, end)
            word = text[s:e]
            if self._random_looking(word):
                add("credentials.high-entropy", (s, e), f"“{_mask(word)}” is a long random-looking string, like a key or token",
                    bits_per_char=round(shannon_bits(word), 2))
        for cue in self.private_cues.finditer(text):
            sentence_end = re.search(r"[.!?\n]\s", text[cue.end():])
            stop = cue.end() + (sentence_end.start() if sentence_end else len(text) - cue.end())
            for number in UK_PHONE.finditer(text, cue.end(), stop):
                if self.own_phone and re.sub(r"\D", "", number.group(0)) == self.own_phone:
                    continue
                add("credentials.private-number", number.span(),
                    f"“{cue.group(0)}” followed by a phone number: someone's private number", cue=cue.group(0))
        warned = self.warnings.search(text) is not None
        for match in URL.finditer(text):
            domain = self._lookalike(match.group(0))
            if domain:
                add("credentials.lookalike-link", match.span(),
                    f"the link to “{domain}” imitates an official site but is not on an official domain", domain=domain)
                continue
            asked = self._request_near(doc, match)
            if asked and not warned and not self._official(match.group(0)):
                add("credentials.link-asks-for-secret", match.span(),
                    f"the post asks for “{asked}” at a link that is not on an official domain ({_host(match.group(0))})",
                    domain=_host(match.group(0)), request=asked)
        return signals or self._learned(doc)

    def _learned(self, doc) -> list[Signal]:
        """What reads as a secret or a login lure that no pattern found: the cue head. The evidence spans
        keep only plain words of letters ("passcode", "login"), never an address or a value with digits or
        symbols; the reason quotes none of them. Where the word the head leans on most is part of the
        writer's own phone number (the council file's, or one offered as the personal-data policy reads
        an author's own: "Ring me on 07700 900123", "my mobile is ...") and the post without its phone
        numbers reads under the bar, the head has read contact details as a code: no finding. Someone
        else's number stays the head's to read."""
        reading = learned_cue(doc, self.context, "cue.security.credentials", top=6)
        if reading is None:
            return []
        score, spans = reading
        if spans and self._own_number(doc, spans[0]) and not self._reads_without_numbers(doc.text):
            return []  # the reading rests on the writer's own number: contact details, not a secret
        plain = [(s, e) for s, e in spans if _plain_word(doc, s, e)][:3]
        return [Signal("credentials.learned-cue", tuple(plain) or ((0, len(doc.text)),),
                       f"reads as a password, code or login shared, or a link asking for one (model {score:.2f})",
                       score=score, evidence={"model": round(score, 3)})]

    def _own_number(self, doc, span: tuple[int, int]) -> bool:
        """Whether ``span`` lies in a phone number the writer gives as their own."""
        for number in UK_PHONE.finditer(doc.text):
            if not (number.start() <= span[0] and span[1] <= number.end()):
                continue
            if (self.own_phone and re.sub(r"\D", "", number.group(0)) == self.own_phone) or \
                    offered_as_own(doc.text, number.start()):
                return True
        return False

    def _reads_without_numbers(self, text: str) -> bool:
        """Whether the cue head still reads a secret once the phone numbers are taken out (one more
        pass of the model, only for a post whose reading leans on a number)."""
        label = "cue.security.credentials"
        scores = self.context.scorer.score([UK_PHONE.sub(" ", text)])[0]
        return scores.get(label, 0.0) >= self.context.thresholds.get(label, 1.01)

    def _request_near(self, doc, link) -> str | None:
        """A request for a secret ("log in with", "PIN", "bank details") in the link's sentence."""
        span = doc.char_span(link.start(), link.end(), alignment_mode="expand")
        if span is None:
            return None
        sentences = [s for s in doc.sents if s.start <= span.start < s.end or s.end == span.start]
        start = min((s.start_char for s in sentences), default=link.start())
        found = self.requests.search(doc.text, start, link.start()) or self.requests.search(doc.text, link.end(), span.sent.end_char)
        return found.group(0) if found else None

    def _official(self, url) -> bool:
        host = _host(url)
        return any(host.endswith(s) or host == s.lstrip(".") for s in self.official)

    def _other_code(self, doc, cue) -> bool:
        """"route code 4229": a bare "code" or "pin" after a noun that is not about secrets (a keypad or a
        padlock is one whatever it locks: "the bin store keypad")."""
        if cue.group(0).strip().lower() not in BARE_CODE_WORDS:
            return False
        span = doc.char_span(cue.start(), cue.end(), alignment_mode="expand")
        if span is None or span.start == 0:
            return False
        previous = doc[span.start - 1]
        return previous.pos_ in ("NOUN", "PROPN", "NUM") and previous.lower_ not in self.secret_modifiers

    # --- values -----------------------------------------------------------
    def _explicit_value(self, doc, cue):
        """"password is X" / "password: X" where X is not an ordinary word like "strong"."""
        match = EXPLICIT.match(doc.text, cue.end())
        if not match:
            return None
        s, e = _strip(doc.text, match.start("value"), match.end("value"))
        if e - s < 4:
            return None
        span = doc.char_span(s, e, alignment_mode="expand")
        camel = re.search(r"[a-z][A-Z]", doc.text[s:e]) is not None  # "TidyYourRoom" is a value whatever its tag
        if span is not None and len(span) == 1 and (span[0].pos_ in NOT_A_VALUE_POS or span[0].is_stop) and not camel:
            return None
        return (s, e)

    def _following(self, tokens, cue, text, looks_like, window=None):
        after = [t for t in tokens if t[0] >= cue.end()][: window or self.window]
        for i, (start, end) in enumerate(after):
            s, e = _strip(text, start, end)
            if i + 1 < len(after) and re.fullmatch(r"\d{2,4}", text[s:e]):  # "583 920": one code in two groups
                s2, e2 = _strip(text, *after[i + 1])
                if re.fullmatch(r"\d{2,4}", text[s2:e2]) and text[e:s2] == " " and looks_like(text[s:e2], text, s, e2):
                    return (s, e2)
            # "1 9 8 4": a code spelt out digit by digit (not a list of numbers before a noun: "3 4 5 routes")
            spaced = re.match(r"\d(?: \d){2,7}(?=\s*(?:[.,;:!?()]|$))", text[s:])
            if spaced and looks_like(spaced.group(0).replace(" ", "-"), text, s, s + spaced.end()):
                return (s, s + spaced.end())
            if s < e and looks_like(text[s:e], text, s, e):
                return (s, e)
        return None

    def _password_like(self, word, text, s, e):
        if len(word) < 6 or self._not_secret(word):
            return False
        letters = sum(c.isalpha() for c in word)
        digits = sum(c.isdigit() for c in word)
        symbols = sum(c in "#$%&*!@_+=^~" for c in word[1:-1]) + (word[-1] in "#$%&*@_+=^~")
        return letters >= 2 and (digits >= 2 or symbols >= 1)

    def _code_like(self, doc, cue, word, text, s, e):
        grouped = re.fullmatch(r"(?:[0-9A-Z]{1,5}[-\s]){1,5}[0-9A-Z]{1,5}", word)
        if grouped and sum(c.isdigit() for c in word) >= 2 and 4 <= sum(c.isalnum() for c in word) <= 12:
            return True  # "7H2K-9QPL", "1-9-0-3": a code written in groups
        if re.fullmatch(r"\d(?:-\d){2}", word):
            return True  # "3-3-7": a three-wheel padlock
        if not self.code.match(word) or word.isdigit() and 1900 <= int(word) <= 2099 and len(word) == 4:
            return False
        span = doc.char_span(s, e)
        if span is not None and len(span) == 1 and span[0].dep_ == "nummod" and not (
            cue.start() <= span[0].head.idx < cue.end()
        ):
            return False  # a count: "2500 badges" (but "OTP 552901" is the code itself)
        # part of a phone number or a longer run of numbers
        before, after = text[max(0, s - 2):s], text[e:e + 2]
        if "§" in text[max(0, s - 3):s]:
            return False  # a section of a legal code
        return not (re.search(r"\d\s?$", before) or re.match(r"^\s?\d", after))

    def _key_like(self, word, text, s, e):
        return len(word) >= 12 and not self._not_secret(word) and any(c.isdigit() for c in word) and any(c.isalpha() for c in word)

    def _random_looking(self, word):
        if len(word) < self.entropy_length or self._not_secret(word):
            return False
        if not re.fullmatch(r"[A-Za-z0-9_\-+/=]+", word) or sum(c.isdigit() for c in word) < 3 or not re.search(r"[A-Za-z]", word):
            return False  # random strings of this length mix in several digits; "byTaxCuts4TheWealthy" does not
        return shannon_bits(word) >= self.entropy_bits

    def _not_secret(self, word):
        lowered = word.lower()
        return (
            "://" in lowered or lowered.startswith(("www.", "@", "#")) or "@" in lowered
            or "/" in word and re.search(r"\d{2}/", word) is not None
            or bool(self.measurement.match(word))
            or bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?", word))
        )

    def _lookalike(self, url):
        try:
            host = (urlsplit(url if "://" in url else "http://" + url).hostname or "").lower()
        except ValueError:
            return None
        if not host or any(host.endswith(s) or host == s.lstrip(".") for s in self.official):
            return None
        labels = set(re.split(r"[.\-]", host))
        if any(label.startswith("xn--") for label in labels):
            return host  # punycode: letters from another script passing for Latin ones
        folded = {label.translate(LEET) for label in labels} | {label.translate(LEET).replace("l", "i") for label in labels}
        return host if (labels | folded) & self.lookalike else None


def _host(url: str) -> str:
    try:
        return (urlsplit(url if "://" in url else "http://" + url).hostname or "").lower()
    except ValueError:
        return ""


def _strip(text, start, end):
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return start, end


def _mask(secret: str) -> str:
    """Show enough of a secret to find it, never all of it."""
    if len(secret) <= 4:
        return secret[0] + "•" * (len(secret) - 1)
    return secret[:2] + "•" * (len(secret) - 4) + secret[-2:]
