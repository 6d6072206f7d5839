"""Who a post names: used by build.py (to keep authors away from the people
and parties a post names) and by validate.py (to check it). Hand-written for
set b124; the roster itself lives in council.toml."""
import re

PARTY = {
    "Diane Kemsley": "Invicta", "Roger Pilcher": "Invicta",
    "Lorraine Tuffnell": "Invicta", "Stuart Hogben": "Invicta",
    "Colin Beerling": "Invicta", "Maureen Sladden": "Invicta",
    "Kevin Wraight": "Invicta", "Bhim Gurung": "Invicta",
    "Nadia Osei": "Coastal Alliance", "Tom Kingsnorth": "Coastal Alliance",
    "Harjit Sandhu": "Coastal Alliance", "Ellie Marden": "Coastal Alliance",
    "Aaron Cackett": "Coastal Alliance", "Owen Pett": "Coastal Alliance",
    "Rosa Kowalczyk": "Garden Greens", "Fern Ashdown": "Garden Greens",
    "Frank Godden": "Marsh Independents", "Ray Buss": "Marsh Independents",
    "Linda Finn": "Marsh Independents", "Samira Haddad": "Oast Liberals",
    "Ruth Lazarus": "Oast Liberals", "Kelvin Ho": "Oast Liberals",
    "Gavin Upton": "Oast Liberals", "Graham Tapp": "Independent",
}

# Words in a post that name a party (case-insensitive).
PARTY_WORDS = {
    "Invicta": [r"invicta"],
    "Coastal Alliance": [r"coastal alliance", r"\bthe alliance\b"],
    "Garden Greens": [r"garden greens?\b", r"\bgreens\b"],
    "Marsh Independents": [r"marsh independents", r"marsh indies"],
    "Oast Liberals": [r"oast liberals", r"\blib(eral)?s\b", r"\blibs\b"],
    "Independent": [],
}

# Short names and role words (case-sensitive for names, insensitive for roles).
EXTRA = {
    "Diane Kemsley": ["Di Kemsley", "Di"],
    "Roger Pilcher": ["Rog"],
    "Lorraine Tuffnell": ["Lorr"],
    "Stuart Hogben": ["Stu Hogben", "Stu"],
    "Colin Beerling": ["Col"],
    "Maureen Sladden": ["Mo Sladden"],
    "Kevin Wraight": ["Kev Wraight", "Kev"],
    "Bhim Gurung": [],
    "Nadia Osei": [],
    "Tom Kingsnorth": ["Tommy"],
    "Harjit Sandhu": [],
    "Ellie Marden": [],
    "Aaron Cackett": [],
    "Owen Pett": [],
    "Rosa Kowalczyk": [],
    "Fern Ashdown": [],
    "Frank Godden": [],
    "Ray Buss": [],
    "Linda Finn": [],
    "Samira Haddad": [],
    "Ruth Lazarus": [],
    "Kelvin Ho": [],
    "Gavin Upton": [],
    "Graham Tapp": [],
}
ROLES = {
    "Diane Kemsley": [r"\bthe leader\b(?! of the opposition)", r"leader of the council", r"\bour leader\b"],
    "Roger Pilcher": [r"deputy leader", r"cabinet member for finance", r"finance portfolio", r"finance chief"],
    "Lorraine Tuffnell": [r"cabinet member for housing", r"housing portfolio", r"housing chief"],
    "Stuart Hogben": [r"cabinet member for (the )?environment", r"environment portfolio", r"cabinet member for the coast"],
    "Colin Beerling": [r"chair of planning", r"planning chair", r"chairman of planning"],
    "Maureen Sladden": [r"\bthe mayor\b", r"\bour mayor\b", r"madam mayor", r"chairman of the council"],
    "Nadia Osei": [r"leader of the opposition", r"opposition leader"],
    "Rosa Kowalczyk": [r"leader of the garden greens", r"green leader"],
    "Frank Godden": [r"leader of the marsh independents"],
    "Samira Haddad": [r"leader of the oast liberals"],
}


def load_handles(council):
    return {h: n for h, n in council["people"]["handles"].items()
            if n in council["people"]["councillors"]}


def named(text, council):
    """Councillors a post names, and parties it names."""
    people, parties = set(), set()
    handles = load_handles(council)
    for h, n in handles.items():
        if re.search(re.escape(h) + r"\b", text, re.I):
            people.add(n)
    for n in council["people"]["councillors"]:
        first, last = n.split()[0], n.split()[-1]
        for w in [n, first, last] + EXTRA.get(n, []):
            if re.search(r"(?<![\w@])" + re.escape(w) + r"(?!\w)", text):
                people.add(n)
        for pat in ROLES.get(n, []):
            if re.search(pat, text, re.I):
                people.add(n)
    for p, pats in PARTY_WORDS.items():
        for pat in pats:
            if re.search(pat, text, re.I):
                parties.add(p)
    return people, parties
