"""Slurs that are also words for a place: "a dyke" is a ditch or a bank in the Fens and the Marches.

Read from the parse: the word is the place where it is where something happens
("into a dyke", "the dyke behind Chapel Row"), names one ("Offa's Dyke"),
modifies a place noun ("the dyke bank") or is what is dug, cleared or drained;
said of someone ("she's the only dyke in ...", "that dyke councillor") it is the
slur. The words themselves are ``place_homonyms`` in protected_characteristics.yaml.
"""
from __future__ import annotations

#: prepositions of where something is or goes ("into a dyke", "along the dyke")
SPATIAL_PREPOSITIONS = frozenset({"in", "into", "across", "along", "over", "by", "beside", "down", "up", "alongside",
                                  "from", "off", "near", "at", "under", "through", "onto", "past", "round", "around"})
#: what a place word before them names ("the dyke bank", "the dyke road")
PLACE_NOUNS = frozenset({"bank", "side", "road", "lane", "drove", "wall", "top", "edge", "path", "end", "bridge",
                         "farm", "field", "water", "walk", "way"})
#: what is done to a ditch ("never dug a dyke", "the dyke has been slubbed out")
WORKS_ON_A_DITCH = frozenset({"dig", "clear", "drain", "dredge", "slub", "fill", "cut", "flood", "jump", "cross", "fall"})


def names_a_place(doc, hit) -> bool:
    """Whether the word at ``hit`` (character offsets) is used for the place, not said of a person."""
    span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    if span is None:
        return False
    word = span.root
    if word.dep_ in ("attr", "appos", "npadvmod") or word.dep_ == "compound" and word.head.lemma_.lower() not in PLACE_NOUNS:
        return False
    return ((word.dep_ == "pobj" and word.head.lower_ in SPATIAL_PREPOSITIONS)
            or word.dep_ == "compound"
            or word.text[0].isupper() and not word.is_sent_start
            or any(c.dep_ in ("compound", "poss") for c in word.children)
            or any(c.dep_ == "prep" and c.lower_ in SPATIAL_PREPOSITIONS for c in word.children)
            or word.dep_ in ("dobj", "nsubjpass") and word.head.lemma_.lower() in WORKS_ON_A_DITCH)
