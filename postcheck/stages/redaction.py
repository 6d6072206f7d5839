"""The post with personal data redacted, offered when a rule the pack marks ``redact: true`` raises.

The personal-data detector leaves the entities it kept on the parse
(``doc.user_data``); this stage turns them into the redacted text, in the
text the user wrote (not the normalised one the detectors read).
"""
from __future__ import annotations

from dataclasses import replace

from ..detectors.personal_data import ENTITIES_KEY
from ..normalise import NORMALISED_KEY


def redacted_text(doc, findings, pack) -> str | None:
    entities = doc.user_data.pop(ENTITIES_KEY, None)
    if not entities or not any(pack.rules[f.rule].redact for f in findings if f.rule in pack.rules):
        return None
    from ..pii.redact import redact

    norm = doc.user_data.get(NORMALISED_KEY)
    if norm is not None and norm.changed:
        entities = [_onto_original(entity, norm) for entity in entities]
        return redact(norm.original, entities)
    return redact(doc.text, entities)


def _onto_original(entity, norm):
    start, end = norm.to_original(entity.start, entity.end)
    return replace(entity, start=start, end=end, text=norm.original[start:end])
