"""A complainant or a witness told to think again (code 8.3) is intimidation whatever the words of the
warning; the same words said to anyone else, or a witness appeal, are not."""
from __future__ import annotations

import pytest

INTIMIDATION = "bullying.intimidation"


def _signals(report):
    return [s for f in report.findings if f.rule == INTIMIDATION for s in f.evidence["signals"]]


@pytest.mark.parametrize("text", [
    "Witnesses in the Harewood standards case might want to ask themselves whether it's really worth it.",
    "To the residents who gave evidence at the hearing about me: your names are on the list.",
    "Anyone giving evidence to the Monitoring Officer about Tuesday's meeting should think twice.",
    "The complainant in the Fairfield matter would do well to think very hard about her future in this village.",
])
def test_a_complainant_or_witness_warned_is_intimidation(checker, text):
    signals = _signals(checker.check(text))
    assert signals and "warns a complainant or a witness" in signals[0]["why"]


@pytest.mark.parametrize("text", [
    "Witnesses are vital to any standards process and I urge anyone with information to come forward.",
    "Thank you to every resident who gave evidence at the inquiry. Your future is what this was about.",
    "Threatening witnesses is a disgrace. Anyone who tells a complainant to 'think carefully' should be ashamed.",
    "Police have renewed their witness appeal for the Dale Road crash. Please think hard about whether you saw anything.",
    "Please think carefully before you vote on the budget on Thursday.",
])
def test_support_for_witnesses_an_appeal_or_the_words_alone_are_not(checker, text):
    assert not _signals(checker.check(text))
