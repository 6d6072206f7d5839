"""Personal data of private individuals (SM-3 Data Protection; code 4.1, 7.2a).

Presidio, built on the checker's own spaCy pipeline and fed the shared parse,
finds names, addresses, contact details and UK identifiers (``postcheck.pii``);
the policy keeps those of private people (not the roster, not the
councillor's own details, not organisations or public registers) and raises
identifier, contact, address and special-category signals. A sensitive fact
in words no list holds is the ``fact.special_category`` head's reading, which
counts only beside a private person the entities identify. People are often
identifiable without a full name ("Karen on Tilbury Close", "the lollipop lady
outside Ashlode Primary"): the rule's own head (``cue.data-protection.personal-data``)
reads private details about someone the post makes identifiable, and over its
bar it raises for review where no entity did. The entities it kept stay on the
parse for the redaction stage (``postcheck.stages.redaction``).
"""
from __future__ import annotations

from ..signals import Signal
from ._cues import learned_cue
from .base import Detector

#: the judgement head that reads a sensitive (special category) fact about someone
SENSITIVE_HEAD = "fact.special_category"
#: the head that reads a private person's details where the person is identifiable only in context
IN_CONTEXT_HEAD = "cue.data-protection.personal-data"

#: where the entities the policy kept are left on the parse, for the redaction stage
ENTITIES_KEY = "personal_data.entities"


class PersonalDataDetector(Detector):
    name = "personal-data"
    signals = frozenset({
        "personal-data.identifier", "personal-data.contact", "personal-data.address",
        "personal-data.special-category", "personal-data.learned-special-category",
        "personal-data.learned-in-context",
    })

    def __init__(self, context):
        super().__init__(context)
        from ..pii.engine import PersonalDataAnalyzer
        from ..pii.policy import PersonalDataPolicy

        settings = context.config.personal_data
        self.analyzer = PersonalDataAnalyzer(
            context.nlp, case_reference_patterns=settings.get("case_reference_patterns", ()),
            score_threshold=settings.get("score_threshold"),
        )
        self.policy = PersonalDataPolicy(context.config, context.people)

    def assess(self, doc):
        """The policy's decision for one parsed post (entities kept, signals raised)."""
        from ..pii.entities import PiiEntity

        found = [PiiEntity.from_result(r, doc.text) for r in self.analyzer.analyze_doc(doc)]
        return self.policy.assess(found, doc.text, learned_cue(doc, self.context, SENSITIVE_HEAD),
                                  learned_cue(doc, self.context, IN_CONTEXT_HEAD))

    def detect(self, doc, post) -> list[Signal]:
        assessment = self.assess(doc)
        doc.user_data[ENTITIES_KEY] = assessment.entities
        return assessment.signals
