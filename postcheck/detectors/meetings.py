"""Posting during a council meeting (Social Media Policy section 5).

A post whose time falls inside a meeting of the council's calendar
(start <= time < end), or whose words say it is written from the meeting
("live from the council chamber", "sat in full council right now"). A post
before a meeting starts or after it ends passes.
"""
from __future__ import annotations

from ..lexicons import load_lexicon, match_phrases, phrase_matcher
from ..signals import Signal
from ._clock import local_time
from .base import Detector


class MeetingsDetector(Detector):
    name = "meetings"
    signals = frozenset({"meetings.calendar", "meetings.live-text"})

    def __init__(self, context):
        super().__init__(context)
        lexicon = load_lexicon("meetings")
        nlp = context.nlp
        self.live = [phrase_matcher(nlp, lexicon["live_phrases"], "LOWER")]
        places = [f"{b} {p}" for b in lexicon["being_there"] for p in lexicon["places"]]
        self.present = [phrase_matcher(nlp, places, "LOWER")]
        self.now = [phrase_matcher(nlp, lexicon["now_words"], "LOWER")]
        self.not_yet = [phrase_matcher(nlp, lexicon["not_yet"], "LOWER")]
        self.meetings = context.config.meetings

    def detect(self, doc, post):
        signals = []
        meeting = self._meeting_at(post)
        if meeting is not None:
            when = local_time(post.created_at, self.context.config.timezone)
            signals.append(Signal(
                "meetings.calendar", (),
                f"posted at {when:%H:%M} on {when:%d %B %Y}, during {meeting.title} "
                f"({local_time(meeting.start, self.context.config.timezone):%H:%M}–"
                f"{local_time(meeting.end, self.context.config.timezone):%H:%M})",
                evidence={"meeting": meeting.title, "start": meeting.start.isoformat(), "end": meeting.end.isoformat()},
            ))
        spans = [(s, e) for _, s, e in match_phrases(self.live, doc)]
        spans += self._present(doc)
        if spans:
            signals.append(Signal(
                "meetings.live-text", tuple(spans),
                "“" + doc.text[spans[0][0]:spans[0][1]] + "” says it is written from the meeting",
                evidence={"phrase": doc.text[spans[0][0]:spans[0][1]]},
            ))
        return signals

    def _meeting_at(self, post):
        if post.created_at is None or not post.time_known or not self.meetings:
            return None
        moment = local_time(post.created_at, self.context.config.timezone)
        for meeting in self.meetings:
            if meeting.start <= moment < meeting.end:
                return meeting
        return None

    def _present(self, doc):
        """"Sat in full council right now": in the meeting, in a sentence with a now-word."""
        found = []
        for _, start, end in match_phrases(self.present, doc):
            sent = doc.char_span(start, end, alignment_mode="expand").sent
            sentence = sent.as_doc()
            if match_phrases(self.now, sentence) and not match_phrases(self.not_yet, sentence):
                found.append((start, end))
        return found
