"""One Presidio ``AnalyzerEngine`` on the checker's own spaCy pipeline, fed the shared parse.

Presidio's default engine loads (and downloads) ``en_core_web_lg`` and parses
every text again. Here the engine wraps the pipeline object already in
memory, and ``analyze_doc`` hands Presidio the ``NlpArtifacts`` of the
``Doc`` the checker parsed once: no second model, no second parse.
"""
from __future__ import annotations

from . import offline  # noqa: F401  (must run before Presidio imports tldextract)
from .address import address_recognizer
from .cued import cued_recognizers
from .bank import account_number_recognizer, sort_code_recognizer
from .dates import date_of_birth_recognizer
from .identifiers import presidio_uk_recognizers, stated_nhs_recognizer, stated_nino_recognizer
from .lexicon import personal_data_lexicon
from .persons import child_name_recognizer, spacy_person_recognizer, titled_person_recognizer
from .phone import international_phone_recognizer, uk_phone_recognizer
from .references import case_reference_recognizer

LANGUAGE = "en"
NER_SCORE = 0.85
#: entities every recognizer of which needs a digit in the text: numbers, codes, postcodes,
#: registrations. A text with no digit skips their recognizers (most posts have none).
NEED_A_DIGIT = frozenset({
    "PHONE_NUMBER", "UK_SORT_CODE", "UK_BANK_ACCOUNT", "UK_NINO", "UK_NHS", "CREDIT_CARD", "IBAN_CODE",
    "UK_PASSPORT", "UK_DRIVING_LICENCE", "UK_VEHICLE_REGISTRATION", "UK_POSTCODE",
})


def shared_nlp_engine(nlp):
    """A ``SpacyNlpEngine`` that uses ``nlp`` as it is: nothing loaded, nothing downloaded."""
    from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine

    class SharedSpacyNlpEngine(SpacyNlpEngine):
        def __init__(self, pipeline):
            name = pipeline.meta.get("name", "shared")
            super().__init__(models=[{"lang_code": LANGUAGE, "model_name": name}],
                             ner_model_configuration=NerModelConfiguration(default_score=NER_SCORE))
            self.nlp = {LANGUAGE: pipeline}

        def load(self) -> None:  # the pipeline is already loaded
            return None

        def artifacts(self, doc) -> "NlpArtifacts":
            """Presidio's view of an already-parsed ``Doc`` (people only: other labels are not ours)."""
            people = [ent for ent in doc.ents if ent.label_ == "PERSON"]
            return NlpArtifacts(
                entities=people, tokens=doc, tokens_indices=[t.idx for t in doc],
                lemmas=[t.lemma_ for t in doc], nlp_engine=self, language=LANGUAGE,
                scores=[NER_SCORE] * len(people),
            )

    return SharedSpacyNlpEngine(nlp)


def recognizers(case_reference_patterns=()):
    """Every recognizer the checker runs, one job each."""
    from presidio_analyzer.predefined_recognizers import CreditCardRecognizer, IbanRecognizer

    return [
        spacy_person_recognizer(), titled_person_recognizer(), child_name_recognizer(),
        address_recognizer(), uk_phone_recognizer(), international_phone_recognizer(),
        offline_email(), date_of_birth_recognizer(), sort_code_recognizer(), account_number_recognizer(),
        case_reference_recognizer(case_reference_patterns), stated_nino_recognizer(), stated_nhs_recognizer(),
        CreditCardRecognizer(), IbanRecognizer(), *presidio_uk_recognizers(), *cued_recognizers(),
    ]


def offline_email():
    from .offline import email_recognizer

    return email_recognizer()


#: tokens looked at on each side of an entity for its context words (Presidio scans to the text's end)
CONTEXT_WINDOW = 40


def bounded_context_enhancer():
    """Presidio's lemma context enhancer, with its per-entity cost bounded.

    For each entity Presidio walks the whole parse to find the entity's token,
    tests each lemma against a list of keywords, and may walk to the text's
    end looking for context words: a post of thousands of e-mail addresses
    took minutes. Here the token is found by bisection, keywords are a set,
    and context is sought within ``CONTEXT_WINDOW`` tokens, so the cost is
    linear in the number of entities.
    """
    from bisect import bisect_right

    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    class BoundedLemmaContextAwareEnhancer(LemmaContextAwareEnhancer):
        _prepared = None  # (artifacts, token ends, keyword set) of the text being enhanced

        def _prepare(self, artifacts):
            prepared = self._prepared
            if prepared is None or prepared[0] is not artifacts:
                ends = [start + len(token) for start, token in zip(artifacts.tokens_indices, artifacts.tokens)]
                prepared = self._prepared = (artifacts, ends, frozenset(artifacts.keywords))
            return prepared

        def _extract_surrounding_words(self, nlp_artifacts, word, start):
            if not nlp_artifacts.tokens:
                return [""]
            _, ends, keywords = self._prepare(nlp_artifacts)
            # the first token that ends after ``start``: Presidio's rule, found by bisection
            index = bisect_right(ends, start)
            if index >= len(ends):
                raise ValueError(f"Did not find word '{word}' in the list of tokens although it is expected to be found")
            context = set(self._nearby(index, self.context_prefix_count, nlp_artifacts.lemmas, keywords, -1))
            context |= set(self._nearby(index, self.context_suffix_count, nlp_artifacts.lemmas, keywords, 1))
            return list(context)

        @staticmethod
        def _nearby(index, n_words, lemmas, keywords, step):
            found, remaining, i = [], n_words + 1, index
            stop = index + step * CONTEXT_WINDOW
            while 0 <= i < len(lemmas) and remaining > 0 and i != stop:
                lemma = lemmas[i].lower()
                if lemma in keywords:
                    found.append(lemma)
                    remaining -= 1
                i += step
            return found

    return BoundedLemmaContextAwareEnhancer(context_matching_mode="whole_word")


class PersonalDataAnalyzer:
    """Presidio on the shared pipeline; ``analyze_doc`` returns results with their explanations."""

    def __init__(self, nlp, *, case_reference_patterns=(), score_threshold: float | None = None):
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

        offline.bound_presidio_patterns()
        self.nlp_engine = shared_nlp_engine(nlp)
        registry = RecognizerRegistry(supported_languages=[LANGUAGE])
        for recognizer in recognizers(case_reference_patterns):
            registry.add_recognizer(recognizer)
        self.engine = AnalyzerEngine(
            registry=registry, nlp_engine=self.nlp_engine, supported_languages=[LANGUAGE],
            context_aware_enhancer=bounded_context_enhancer(),
        )
        default = personal_data_lexicon()["score_threshold"]
        self.score_threshold = float(default if score_threshold is None else score_threshold)
        #: what a text without a digit may still hold (names, e-mail addresses, street addresses ...)
        self.without_digits = sorted({e for r in registry.recognizers for e in r.supported_entities} - NEED_A_DIGIT)

    def analyze_doc(self, doc):
        text = doc.text
        return self.engine.analyze(
            text, language=LANGUAGE, nlp_artifacts=self.nlp_engine.artifacts(doc),
            score_threshold=self.score_threshold, return_decision_process=True,
            entities=None if any(c.isdigit() for c in text) else self.without_digits,
        )
