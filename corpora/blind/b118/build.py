"""Build blind evaluation set b118 (Beechden District Council, twelve single-post rules).

The rows below were written by hand. This script only shuffles them, gives ids
B118-NNNN, picks an author, a platform and a timestamp for each, and writes
posts.jsonl. It uses a fixed seed, so running it again writes the same bytes.

Row helpers:
  P(family, verdict, text, note, ...)   a positive: expects `family` (plus any extra `rules`)
  N(family, text, note, ...)            a hard negative (near miss of `family`), verdict ok
  F(text, note, ...)                    a filler, verdict ok, nothing allowed
Keyword arguments:
  rules    extra expected rules (positives only)
  allowed  rules a careful tool could fairly raise here without being wrong
  who      author spec: None (any councillor), a pool name, an @handle, or several
           joined by "&" (intersection); a leading "-" excludes that pool or handle.
           A single @handle is taken as written; otherwise the script drops anyone the
           post names, any holder of a role the post names, and any holder of an
           interest whose topic the post touches.
  when     a named date window (see WINDOWS) or a list of (first, last) ISO dates
  interest the registered interest a declared-interest positive touches
"""
import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 11800
SET = "B118"

# ---------------------------------------------------------------- people
COUNCILLORS = {
    # handle: (full name, first names/nicknames, surname, party, ward, gender)
    "@RosAshworthPryce": ("Rosalind Ashworth-Pryce", ["Rosalind", "Ros"], "Ashworth-Pryce", "CA", "Beechden Town", "f"),
    "@GilesFennimoreCA": ("Giles Fennimore", ["Giles"], "Fennimore", "CA", "Beechden Town", "m"),
    "@HarrietLyleCA": ("Harriet Lyle", ["Harriet"], "Lyle", "CA", "Shepcote and Frith Hollow", "f"),
    "@RupertKingsnorth": ("Rupert Kingsnorth", ["Rupert"], "Kingsnorth", "CA", "Lymbury", "m"),
    "@AnilChaudhryCA": ("Anil Chaudhry", ["Anil"], "Chaudhry", "CA", "Beechden Gap", "m"),
    "@PeggyDancerCllr": ("Margaret Dancer", ["Margaret", "Peggy"], "Dancer", "CA", "Lymbury", "f"),
    "@TobiasWrenCllr": ("Tobias Wren", ["Tobias", "Toby"], "Wren", "CA", "Ashcote Bottom", "m"),
    "@FionaMabeyCA": ("Fiona Mabey", ["Fiona"], "Mabey", "CA", "Shepcote and Frith Hollow", "f"),
    "@DawnPocockVD": ("Dawn Pocock", ["Dawn"], "Pocock", "VD", "Oakenbury North", "f"),
    "@KwameAsanteVD": ("Kwame Asante", ["Kwame"], "Asante", "VD", "Oakenbury North", "m"),
    "@SharonTilburyVD": ("Sharon Tilbury", ["Sharon"], "Tilbury", "VD", "Oakenbury Wharf", "f"),
    "@LeeGurneyVD": ("Lee Gurney", ["Lee"], "Gurney", "VD", "Oakenbury Wharf", "m"),
    "@BridgetHawesVD": ("Bridget Hawes", ["Bridget"], "Hawes", "VD", "Beechden Gap", "f"),
    "@ImogenStaceGreen": ("Imogen Stace", ["Imogen"], "Stace", "GRN", "Tuckers End", "f"),
    "@OwenPettiferGrn": ("Owen Pettifer", ["Owen"], "Pettifer", "GRN", "Tuckers End", "m"),
    "@ColinBuddVVI": ("Colin Budd", ["Colin"], "Budd", "VVI", "Haddlesford and the Marsh", "m"),
    "@JanetWyattVVI": ("Janet Wyatt", ["Janet"], "Wyatt", "VVI", "Haddlesford and the Marsh", "f"),
    "@MartinDellInd": ("Martin Dell", ["Martin"], "Dell", "IND", "Ashcote Bottom", "m"),
}
PERSONAL = {"@budds_orchard": "@ColinBuddVVI", "@imogen_bellringer": "@ImogenStaceGreen"}

LEADER = "@RosAshworthPryce"
CABINET = {"@RosAshworthPryce", "@GilesFennimoreCA", "@HarrietLyleCA", "@RupertKingsnorth", "@AnilChaudhryCA"}
CHAIRMAN = "@PeggyDancerCllr"
PLANNING = {"@TobiasWrenCllr", "@FionaMabeyCA", "@KwameAsanteVD", "@SharonTilburyVD",
            "@ImogenStaceGreen", "@ColinBuddVVI", "@DawnPocockVD"}
LICENSING = {"@FionaMabeyCA", "@BridgetHawesVD", "@LeeGurneyVD", "@OwenPettiferGrn",
             "@JanetWyattVVI", "@KwameAsanteVD"}

ALL = set(COUNCILLORS)


def _ward(name):
    return {h for h, c in COUNCILLORS.items() if c[4] == name}


def _party(p):
    return {h for h, c in COUNCILLORS.items() if c[3] == p}


POOLS = {
    "any": ALL,
    "CA": _party("CA"), "VD": _party("VD"), "GRN": _party("GRN"), "VVI": _party("VVI"),
    "IND": _party("IND"),
    "opp": ALL - _party("CA"),
    "admin": _party("CA"),
    "cabinet": CABINET,
    "backbench": ALL - CABINET - {CHAIRMAN},
    "planning": PLANNING, "notplanning": ALL - PLANNING,
    "licensing": LICENSING, "notlicensing": ALL - LICENSING,
    "m": {h for h, c in COUNCILLORS.items() if c[5] == "m"},
    "f": {h for h, c in COUNCILLORS.items() if c[5] == "f"},
    "beechden_town": _ward("Beechden Town"), "gap": _ward("Beechden Gap"),
    "shepcote": _ward("Shepcote and Frith Hollow"), "ashcote": _ward("Ashcote Bottom"),
    "lymbury": _ward("Lymbury"), "oak_north": _ward("Oakenbury North"),
    "oak_wharf": _ward("Oakenbury Wharf"), "tuckers": _ward("Tuckers End"),
    "haddlesford": _ward("Haddlesford and the Marsh"),
    "oakenbury": _ward("Oakenbury North") | _ward("Oakenbury Wharf"),
}

# roles a post may name: regex -> holder
ROLES = [
    (r"\bthe Leader\b|\bLeader of the Council\b|\bour Leader\b", LEADER),
    (r"(?i)cabinet member for finance", "@GilesFennimoreCA"),
    (r"(?i)cabinet member for environment", "@HarrietLyleCA"),
    (r"(?i)cabinet member for housing", "@RupertKingsnorth"),
    (r"(?i)cabinet member for (economy|regeneration)", "@AnilChaudhryCA"),
    (r"\bChairman\b", CHAIRMAN),
    (r"(?i)chair of planning", "@TobiasWrenCllr"),
    (r"(?i)chair of licensing", "@FionaMabeyCA"),
    (r"(?i)Vale Democrats' group leader|leader of the Vale Democrats", "@DawnPocockVD"),
]

# topics of registered interests: regex -> holder (keeps pool picks off the holder)
INTEREST_TOPICS = [
    (r"(?i)prune|plum|orchard", "@ColinBuddVVI"),
    (r"(?i)taxi|private hire|\bcabs?\b", "@LeeGurneyVD"),
    (r"(?i)Kingsnorth Farms|farm tenanc", "@RupertKingsnorth"),
    (r"(?i)canal trust", "@SharonTilburyVD"),
    (r"(?i)chairworks|furniture", "@AnilChaudhryCA"),
    (r"(?i)village hall", "@FionaMabeyCA"),
    (r"(?i)cricket", "@GilesFennimoreCA"),
    (r"(?i)land trust", "@OwenPettiferGrn"),
    (r"(?i)tenant", "@KwameAsanteVD"),
    (r"(?i)plant hire|tool hire", "@BridgetHawesVD"),
    (r"(?i)cress|abstraction", "@MartinDellInd"),
    (r"(?i)market|pitch fees|pitches", "@JanetWyattVVI"),
    (r"(?i)greenvale|solar|community energy", "@HarrietLyleCA"),
]

# ---------------------------------------------------------------- dates
START = dt.date(2026, 1, 5)
END = dt.date(2026, 3, 27)
WINDOWS = {
    "any": [("2026-01-05", "2026-03-27")],
    "jan_early": [("2026-01-05", "2026-01-09")],
    "jan": [("2026-01-05", "2026-01-30")],
    "jan_before_cab": [("2026-01-05", "2026-01-23")],
    "feb": [("2026-02-02", "2026-02-27")],
    "march": [("2026-03-02", "2026-03-27")],
    "late_march": [("2026-03-16", "2026-03-27")],
    "before_budget": [("2026-01-05", "2026-02-24")],
    "budget_weeks": [("2026-02-02", "2026-02-24")],
    "after_budget": [("2026-02-26", "2026-03-27")],
    "day_after_budget": [("2026-02-26", "2026-02-26")],
    "after_cab1": [("2026-01-28", "2026-01-28")],
    "after_cab": [("2026-01-28", "2026-01-28"), ("2026-02-18", "2026-02-18")],
    "cab_day": [("2026-01-27", "2026-01-27"), ("2026-02-17", "2026-02-17")],
    "after_plan": [("2026-01-15", "2026-01-15"), ("2026-02-12", "2026-02-12"), ("2026-03-12", "2026-03-12")],
    "after_lic": [("2026-02-06", "2026-03-27")],
    "after_scrutiny": [("2026-02-20", "2026-02-20")],
    "half_term": [("2026-02-16", "2026-02-20")],
    "before_half_term": [("2026-02-09", "2026-02-13")],
}
MEETINGS = []
for line in (HERE / "meetings.csv").read_text(encoding="utf-8").splitlines()[1:]:
    if line.strip():
        _t, s, e = line.rsplit(",", 2)
        MEETINGS.append((dt.datetime.fromisoformat(s), dt.datetime.fromisoformat(e)))

PLATFORMS = [("x", 280, 45), ("facebook", 63206, 35), ("bluesky", 300, 20)]

# ---------------------------------------------------------------- rows
ROWS = []


def _row(kind_of_row, family, text, note, rules, allowed, verdict, who, when, interest, near):
    ROWS.append(dict(kind_of_row=kind_of_row, family=family, text=text, note=note,
                     rules=list(rules), allowed=list(allowed), verdict=verdict, who=who,
                     when=when, interest=interest, near_miss_of=near))


def P(family, verdict, text, note, rules=(), allowed=(), who=None, when=None, interest=None):
    _row("positive", family, text, note, [family] + list(rules), allowed, verdict, who, when,
         interest, None)


def N(family, text, note, allowed=(), who=None, when=None):
    _row("hard_negative", family, text, note, [], allowed, "ok", who, when, None, family)


def F(text, note, who=None, when=None):
    _row("filler", None, text, note, [], [], "ok", who, when, None, None)


# === ROWS BEGIN ===
# ---------------------------------------------------------------- officers.impartiality
O = "officers.impartiality"
P(O, "review", "Philippa Goodchild's report on Kitesfield Farm reads like the developer wrote it. I've asked her to go back and rewrite the highways section before it gets anywhere near committee.",
  "names the Head of Planning, says her report is slanted and presses her to rewrite it; the author is not on planning",
  allowed=["defamation.allegation", "predetermination.closed-mind"], who="notplanning")
P(O, "review", "Daniel Hearn in planning needs to remember who he works for. The people of Ashcote Bottom, not the glamping lobby.",
  "questions a named planning officer's neutrality in public")
P(O, "review", "Asked the Head of Waste to change the wording of his bin round report before cabinet. Gary, if you're reading this: the figures for the Vale villages make us look bad and they need to come out.",
  "presses a named officer to alter the content of his report")
P(O, "review", "Is it just me, or does our Chief Executive always find a reason to back whatever the Chiltern Alliance wants? Nicholas Penfold is meant to be neutral. Doesn't look it from up here in Tuckers End.",
  "questions the Chief Executive's political neutrality by name", allowed=["defamation.allegation"], who="opp")
P(O, "review", "The licensing manager's recommendation on the taxi fare review is wrong and Yvonne Castle knows it. I'll be asking her to withdraw it before scrutiny.",
  "presses a named officer to withdraw her recommendation")
P(O, "review", "Our 'independent' s151 officer has a funny habit of finding money for the Leader's pet projects and never for Oakenbury. Rajesh, whose side are you on?",
  "publicly accuses the finance officer of partiality", allowed=["defamation.allegation"], who="opp")
P(O, "review", "Nadia Rahimi's team keep telling Oakenbury families there's nothing available. I've told her plainly that isn't good enough and I expect her advice to cabinet to say the opposite.",
  "tells a named officer what her advice should say")
P(O, "review", "Environmental health have gone soft on the chicken shed smell at Haddlesford. Ben Aldridge, with respect, you're meant to be on the residents' side, not the operator's.",
  "asks a named officer to take a side rather than stay impartial")
P(O, "review", "If the comms team can find time to polish the Leader's photo calls, they can find time to put out our group's statement on the bin changes. Ellie Marchant, still waiting.",
  "presses the Head of Communications to put out a party group statement", allowed=["resources.political-use"], who="opp")
P(O, "review", "Word to the planning officers: the Vale doesn't want another warehouse shed and your report should say so.",
  "tells officers (by role) what their report should conclude", allowed=["predetermination.closed-mind"])
P(O, "review", "Stuart Pym has now been round to the same hedge in Shepcote four times but won't go near the quarry lorries. Selective enforcement, and everyone up the hill can see it.",
  "accuses a named enforcement officer of partiality", allowed=["defamation.allegation"])
P(O, "review", "The officer's report on the Bodgers' Yard flats recommends approval. I've written to the Head of Planning asking her to look again at the affordable housing figures and change the recommendation. It can't go to committee as it stands.",
  "presses the Head of Planning to change a recommendation; the author is not on planning, so the view on the scheme is allowed",
  allowed=["predetermination.closed-mind"], who="notplanning")
P(O, "review", "Dear council officers: a little less 'computer says no' and a little more remembering that the elected members set the direction. When I ask for a report to be rewritten, rewrite it.",
  "demands that officers rewrite reports to order (role, not name)")
P(O, "review", "Catherine Mobbs has been Monitoring Officer for six years and somehow every complaint against an Alliance councillor goes nowhere. Funny, that.",
  "insinuates that the named Monitoring Officer is partial", allowed=["defamation.allegation"], who="opp")
P(O, "review", "Officers told the Wharf residents the towpath lighting 'isn't a priority'. I'll be telling Gary Tombs it jolly well is, and I want that priority score changed by Friday.",
  "demands a named officer changes his scoring")
P(O, "review", "Our planning officer's been up Lymbury twice this month and both times went to see the developer, never the parish. Don't tell me that's neutral, Daniel.",
  "questions a named officer's neutrality in public", allowed=["defamation.allegation"])
P(O, "review", "Yvonne in licensing clearly has it in for pubs. Three licence reviews in the Vale this winter and every one of her reports leans against the landlord. Time she was taken off these cases.",
  "attacks a named officer's impartiality and calls for her removal from cases", allowed=["respect.personal-attack", "defamation.allegation"])
P(O, "review", "Ben Aldridge and his team are more interested in pleasing the Leader than protecting Beechden's air. The air quality report was watered down and I want the original figures put back.",
  "accuses named officers of political bias and demands the report be changed", allowed=["defamation.allegation"], who="opp")
P(O, "review", "Just told the Director of Finance that if his budget report goes to council with the leisure centre cut still in it, I'll raise it at full council, by name. Rajesh Varma, please think again.",
  "pressure on a named officer to change his report, with a public threat", allowed=["bullying.intimidation"], when="before_budget")
P(O, "review", "Honestly, the Chief Exec's email to members this morning read like a party political broadcast for the Alliance. Penfold should stick to running the council.",
  "says the named Chief Executive is acting politically", who="opp")

N(O, "Huge thanks to Gary Tombs and the crews at Oakenbury depot, out on the ice at half six so the Vale's bins got done. Proper job.",
  "thanks a named officer", allowed=[O])
N(O, "Welcome to Philippa Goodchild, our new Head of Planning. Looking forward to showing her the Vale from the top of the hill.",
  "welcomes a named officer", allowed=[O], when="jan")
N(O, "Asked officers at the members' briefing why the Kitesfield Farm report gives so much weight to the bus route. They explained the county's evidence clearly. I'm not on planning, but I understand it a lot better now.",
  "questioning officers to understand a report is allowed by the code; no view on the application", allowed=[O], who="notplanning")
N(O, "Some people online are having a go at our planning officers by name over the Bodgers' Yard report. Please don't. They give professional advice and councillors decide. Take it up with us.",
  "defends officers; no view on the scheme", allowed=[O])
N(O, "Whose side is the cabinet on? Not Oakenbury's. They've cut the towpath budget on the Arm for the third year running.",
  "robust criticism of councillors (the cabinet), not officers", who="opp")
N(O, "The Alliance cabinet has ignored its own officers' advice on the leisure centre. The report was clear; the politicians chose otherwise.",
  "criticises the cabinet for overriding officers; no pressure on officers", allowed=[O], who="opp")
N(O, "Question for the Leader: why did cabinet overrule the waste strategy? I'll be asking it at full council, in public, where it belongs.",
  "holds a councillor to account; no officer involved", who="opp")
N(O, "Met Ben Aldridge from environmental health at Haddlesford today to understand how the odour monitoring works. Really helpful. Results due next month and I'll share them.",
  "names an officer neutrally while asking to understand", allowed=[O])
N(O, "Our planning department is under-resourced, full stop. That's a budget choice by the administration, not the fault of the officers working late to clear the backlog.",
  "defends officers and criticises a budget decision", allowed=[O], who="opp")
N(O, "Residents keep asking me to 'get the officer to change the report'. That's not how it works and it shouldn't be. I can ask questions, pass on your objections and speak at committee. The report is theirs.",
  "explains the rule the code sets", allowed=[O])
N(O, "Farewell to Yvonne Castle after 22 years in licensing. Calm, fair and endlessly patient with all of us. Enjoy the retirement, and the allotment!",
  "thanks a named officer on retirement", allowed=[O])
N(O, "Scrutiny asked the s151 officer to explain the reserves figure. Clear answer, and it's worse than the cabinet admitted. That's on the cabinet.",
  "reports an officer's answer and criticises councillors", allowed=[O], when="after_scrutiny", who="opp")
N(O, "The council's policy on housing in the Vale villages is a shambles and the cabinet should be ashamed of it.",
  "robust policy criticism of councillors", who="opp")
N(O, "Neutral? No. The Alliance group is firmly on the side of Beechden's high street and we make no apology for it.",
  "shares the word 'neutral' but is about the councillor's own party", who="CA")
N(O, "Bin collections in the Vale villages are late again this week. I've reported the missed roads to the waste team and they're on it. Message me if yours is still out tomorrow.",
  "routine casework through officers", allowed=[O])
N(O, "Who writes these council papers? I do wish every report came with a plain-English summary on page one. Suggesting it to group leaders as something for all of us.",
  "a gentle point about format, no officer named or pressed")
N(O, "The planning inspector has dismissed the appeal on the Shepcote barn. Disappointing for the owner, but the decision letter is thorough and worth a read.",
  "an inspector is not a council officer; reports a decided appeal")
N(O, "Word to the wise for anyone doing their own planning application: book a pre-app chat with the duty planning officer. Half an hour with them saves weeks.",
  "shares 'word to the' with a positive; recommends officers' service", allowed=[O])
N(O, "Officers' advice on Kitesfield Farm is in the published committee papers now. Read it yourself before you believe anyone's Facebook summary, mine included.",
  "points to an officer report; no view on the application", allowed=[O])
N(O, "Daniel Hearn is the name on the planning notice at Cowleaze Meadow if you want to comment. He can't take sides, so put your points in writing on the portal, not to him in the Co-op queue!",
  "names an officer and defends his neutrality", allowed=[O])

# ---------------------------------------------------------------- resources.political-use
R = "resources.political-use"
P(R, "review", "Vale Democrats leaflets for Oakenbury North are printed! Massive thanks to the lads in the council print room for squeezing them in between the agendas.",
  "party leaflets printed by the council's print room", who="VD")
P(R, "review", "Alliance canvassing session this Saturday. Meet in the members' room at the Council Offices at 10, I'll bring the clipboards and the keys.",
  "council building used as a base for party canvassing", who="CA")
P(R, "review", "Drop me a line on my council email if you'd like to help deliver Beechwood Greens leaflets round Tuckers End this weekend.",
  "council email used to recruit party volunteers", who="GRN")
P(R, "review", "Typing this on my council laptop at the Oakenbury hub between surgeries: the Alliance have let you down on potholes for four years. Vote Vale Democrats on 7 May.",
  "council laptop used for an election message", who="VD")
P(R, "review", "Our new Alliance election leaflet has the council crest on the front. Looks very smart. Going through doors in the Gap from Monday.",
  "council logo on party campaign material", who="CA")
P(R, "review", "Used the council's bin-alert mailing list to send out the Greens' spring newsletter. Two thousand households reached in one click!",
  "council mailing list used for party newsletter", allowed=["data-protection.personal-data"], who="GRN")
P(R, "review", "Campaign HQ for the by-election is room 3 at Oakenbury Community Hub, booked through member services. Kettle's on. Come and fold leaflets with us.",
  "council-run room booked through member services as a party campaign office", who="VD")
P(R, "review", "Big thanks to Ellie and the comms team for designing our Alliance manifesto graphics. Officers really are the best.",
  "council staff time used on party manifesto material", allowed=["officers.impartiality"], who="CA")
P(R, "review", "Photo for the Independents' leaflet taken in the council chamber this morning, sat in the Chairman's chair with the mace beside me. Tell me that's not a good look.",
  "council chamber and civic regalia used for a party leaflet photo", who="VVI")
P(R, "review", "Printing our party posters on the big plotter in the members' room after hours. Nobody uses it in the evenings anyway, and the colours come out lovely.",
  "council equipment used for party posters")
P(R, "review", "Want to help us win back the Wharf in May? Email cllr.l.gurney@example.com, that's my council inbox, and I'll put you on the canvass rota.",
  "council email address used to run a party canvass", who="@LeeGurneyVD")
P(R, "review", "Council pool car got me round all six Lymbury polling districts today with a boot full of Alliance leaflets. Saves on petrol!",
  "council pool car used for leafleting", who="CA")
P(R, "review", "Thanks to the depot for lending us the council's gazebo and banners for the Greens stall at Shepcote fair. I've taped over the crest, don't worry.",
  "council equipment lent for a party stall", who="GRN")
P(R, "review", "My casework officer has kindly pulled together a list of every Haddlesford household that's reported flooding, so the Independents can knock on their doors this weekend.",
  "council staff time and casework data used for party canvassing", allowed=["data-protection.personal-data", "officers.impartiality"], who="VVI")
P(R, "review", "Group meeting tonight in the council chamber, booked as a 'members' briefing'. Alliance members only, 7 o'clock, bring biscuits.",
  "council chamber booked under another name for a party meeting", who="CA")
P(R, "review", "Got reprographics to run off 500 of our 'Save the Vale Villages' petition sheets with the Independents' logo on the bottom. Council paid the toner, ha!",
  "council printing for a party petition", who="VVI")
P(R, "review", "Recorded our Vale Democrats campaign video in the council's media suite. Free, soundproofed, and the comms officer even sorted the lighting.",
  "council room and staff used for a party video", allowed=["officers.impartiality"], who="VD")
P(R, "review", "Greens campaign postcards are going out through the council post room franking machine this week. Cheaper than stamps.",
  "council franking used for party mail", who="GRN")
P(R, "review", "Using my council iPad to run the Alliance canvassing app on the doorstep today. Beechden Town, we're coming to see you.",
  "council device used for party canvassing", who="CA")
P(R, "review", "This quarter's council-funded ward newsletter is basically the Vale Democrats' record in Oakenbury: four pages on what we've done and half a page on the Alliance's failures. Enjoy!",
  "council-funded newsletter turned into party material", who="VD&oakenbury")

N(R, "Ward surgery this Saturday, 10 till 12, at Oakenbury Community Hub. Bring your casework, council tax letters, anything at all. No appointment needed.",
  "council building used for council business", allowed=[R])
N(R, "Vale Democrats leaflets going out in Oakenbury North this weekend. Printed by a local printer in Canal Street and paid for by the local party, as they should be.",
  "party leaflets paid for by the party", who="VD")
N(R, "Casework to my council email please, cllr.s.tilbury@example.com. Anything about the party, canvassing or leaflets to sharon.vd@example.com. I keep them separate.",
  "the councillor's own published address, kept apart from party mail", allowed=[R], who="@SharonTilburyVD")
N(R, "Hired Shepcote scout hut for the Greens AGM, £25 from party funds. Cheese straws provided, debate guaranteed.",
  "party pays for a non-council venue", who="GRN")
N(R, "Out on the Beechden Gap doorsteps all afternoon. Kites overhead and plenty of honest opinions about the bins.",
  "canvassing with no council resources mentioned")
N(R, "The Alliance used taxpayers' money to print a 'council newsletter' that reads suspiciously like a manifesto. I've asked the Monitoring Officer to look at it.",
  "criticises another group's use of resources; an allegation of misuse, so defamation is allowed", allowed=[R, "defamation.allegation"], who="opp")
N(R, "I'm told I can't use the council logo on my ward Facebook page. Fair enough, rules are rules. New banner is a red kite over the gap instead.",
  "complies with the logo rule", allowed=[R])
N(R, "Council laptop is for council work, so this is from my own phone: Alliance street stall on Beechden Market Square, Saturday at 10. Come and tell us off.",
  "names council equipment only to say it is not used", allowed=[R], who="CA")
N(R, "Cross-party member briefing on the Local Plan in the council chamber this afternoon. Officers presenting, good questions from all sides.",
  "council room for council business", allowed=[R])
N(R, "New guidance from the Monitoring Officer for the pre-election period: no council buildings for party events, no council kit, no council email for campaigning. Good reminder for us all.",
  "restates the rule", allowed=[R], when="march")
N(R, "Our Greens leaflet says the council spends £4m a year on consultants. Source: the council's own published accounts, page 38. Check it yourself.",
  "cites public council data in party material", who="GRN")
N(R, "Home printer has jammed on leaflet 312 of 1,000. The Independents' campaign runs on goodwill and sticky tape.",
  "party printing at home", who="VVI")
N(R, "Yes, the council's gritters are out on the Shepcote road. No, they don't take requests from councillors. Believe me, I've tried.",
  "council equipment mentioned, no party use")
N(R, "Booked the Oakenbury Hub for a public meeting on the towpath closure. All welcome, all parties, and officers from the canal team will be there to answer questions.",
  "council room for a public meeting", allowed=[R])
N(R, "Someone asked if I'd print their jumble sale posters on the council printer. Sorry, no! The library does A4 copies at 10p a sheet.",
  "refuses a misuse", allowed=[R])
N(R, "The Alliance's 'free' summer fete last year had council marquees, council staff and the Leader giving a speech. This year we'll be asking who paid for what.",
  "questions another group's use of resources", allowed=[R], who="opp")
N(R, "Good to see the newly resurfaced Haddlesford Road with the highways team who did the work. A job done properly, and credit to them.",
  "council staff thanked for council work", allowed=[R, "officers.impartiality"])
N(R, "Our campaign office is above the bakery on Oakenbury High Street, rent paid by the party. Pop in for a leaflet and a Chelsea bun.",
  "party premises paid by the party", who="VD")
N(R, "Picked up my nomination pack from the Council Offices for May, like every candidate has to. Electoral services were brilliant.",
  "a candidate's ordinary dealing with electoral services", allowed=[R], when="late_march")
N(R, "Reminder: councillors' council email addresses are on the website, and that's where ward casework should go. Party mail goes to the party. Simple.",
  "describes the proper split")

# ---------------------------------------------------------------- position.improper-advantage
PO = "position.improper-advantage"
P(PO, "review", "Anyone in Lymbury stuck with a planning application, drop me a message. As your councillor I can have a word and get things moving a lot faster.",
  "offers to speed up applications through the role", who="lymbury")
P(PO, "review", "My brother-in-law's building firm does lovely extensions. I sit on planning, so I know exactly what gets through. Message me for his number.",
  "promotes a relative's firm on the strength of a planning seat", who="planning")
P(PO, "review", "If you want your wichert wall repair through listed building consent quickly, use Haddlesford Heritage Builders. I've worked with them for years and the officers trust their applications.",
  "promotes a connected firm and implies it gets easier treatment", who="haddlesford")
P(PO, "review", "Got a parking ticket outside the station? Send me the PCN and I'll see what I can do. Being on cabinet has its perks 😉",
  "offers to make penalties go away through the role", allowed=["tone.irony-risk"], who="cabinet")
P(PO, "review", "On the housing list and been waiting years? Drop me a DM. I can't promise anything, but I know the people who move names up the list.",
  "offers influence over housing allocations")
P(PO, "review", "Friends, my daughter's café on the canal basin opens Saturday. The council's events team have promised me the Wharf Fest crowds will be pointed her way this summer.",
  "uses the role to get council staff to favour a relative's business", who="oak_wharf")
P(PO, "review", "Local firms: if you want a shot at the council's grounds maintenance contract, come and see me first. I'll tell you how to pitch it so it lands.",
  "offers an inside track on a council contract")
P(PO, "review", "As a councillor I can get your pothole bumped up the list, if you remember who helped you when it comes to May. Just saying.",
  "trades council services for votes")
P(PO, "review", "Need a skip permit in a hurry? I'll ring the highways lot myself and sort it. Councillor privileges! Pop a message in my inbox.",
  "offers to jump a permit queue through the role")
P(PO, "review", "The new glamping site at Cowleaze Meadow is being run by my old mate Jez, and I'll be doing what I can behind the scenes to smooth things through for him.",
  "promises to use influence for a friend's application; the author is not on planning",
  allowed=["predetermination.closed-mind"], who="notplanning")
P(PO, "review", "I sit on licensing, so if any Beechden pub wants advice on getting a late licence past us, I do a bit of consultancy on the side at very reasonable rates.",
  "sells advice on the strength of a committee seat", who="licensing")
P(PO, "review", "My son's after an apprenticeship. Any firm with council contracts coming up, he'd be a great hire, and I won't forget it.",
  "seeks a favour for family in return for goodwill on contracts")
P(PO, "review", "Proper Chiltern chairs, turned by my cousin in his Frith Hollow workshop. I've had a word and the new council office fit-out will be using his stools.",
  "steers council purchasing to a relative's business")
P(PO, "review", "Shepcote folk, don't bother with the online form for missed bins. Message me and I'll get the depot to come straight back for you. Priority service for my ward!",
  "offers a favoured service through the role", who="shepcote")
P(PO, "review", "Looking for a solicitor for your licence hearing? My wife's firm in Beechden knows exactly how our committee thinks. I'd recommend them.",
  "promotes a spouse's firm on the strength of a committee seat", who="licensing&m")
P(PO, "review", "Fancy a council allotment in Lymbury? The waiting list is three years, but for friends of mine it's more like three weeks. Give us a shout.",
  "offers queue-jumping to friends", who="lymbury")
P(PO, "review", "Told the leisure centre manager that Beechden Harriers get the Sunday morning slots from now on. My running club, my ward, my call.",
  "uses the role to favour the councillor's own club", allowed=["officers.impartiality"])
P(PO, "review", "The garage in Oakenbury I use will do your MOT for a tenner off if you mention my name. Happy to put in a good word for them with the council fleet people too.",
  "promotes a business and offers influence over council fleet work", allowed=["gifts.hospitality"])
P(PO, "review", "Council tax arrears letter? Don't panic. Send it to me and I'll have a quiet word with the revenues team to get it put on hold for you.",
  "offers a quiet favour with the council's own debt recovery, not ordinary casework", allowed=["officers.impartiality"])
P(PO, "review", "Anyone need a job? The council's parks team is hiring and I can get Tuckers End people straight to interview, no application form needed.",
  "offers to bypass recruitment for the ward", who="tuckers")

N(PO, "As your councillor I can't fast-track your planning application, and neither can anyone else. What I can do is explain the process and make sure your comments are heard.",
  "shares 'as your councillor' and 'fast-track' but refuses", allowed=[PO])
N(PO, "Missed bin? Report it online or ring the council on 01632 960418. If it still isn't collected after that, message me and I'll chase it.",
  "ordinary casework; the council's own number")
N(PO, "It's not what you know, it's who you know? Not in Beechden. The housing allocations policy is points-based and published here: example.org/housing-policy",
  "rejects favouritism")
N(PO, "Support local: Shepcote post office has a new coffee machine and it's excellent. No connection, just a happy customer.",
  "praises a business the councillor has no link to")
N(PO, "Lots of people asking me to 'put a word in' for their planning application. I won't, because it isn't fair on your neighbours. I will always explain how to comment or object.",
  "refuses to use position", allowed=[PO])
N(PO, "Local firms: the council's grounds maintenance tender is on the procurement portal from today. Free bidding workshop for small businesses on 12 March. All welcome.",
  "points firms to the open process", when=[("2026-02-16", "2026-03-06")])
N(PO, "Casework win: after three emails and a site visit, highways have agreed to fix the Lymbury Road drain. That's what a councillor is for.",
  "ordinary casework")
N(PO, "My wife runs a B&B in Haddlesford. It's on my register and I'll step out of anything to do with tourism grants. Just so everyone knows.",
  "declares a connection rather than using it", allowed=[PO, "interests.declared-interest"], who="@ColinBuddVVI")
N(PO, "Family first this weekend: my son's graduation in Leeds. Back to the casework on Monday!",
  "shares 'family' with positives; nothing about the role")
N(PO, "Proud that my granddaughter has started an apprenticeship with the council's parks team. She applied like everyone else and got through on her own.",
  "a relative employed by the council through open recruitment", allowed=[PO])
N(PO, "Fast-track planning is all over the national news again. I'd rather our planning team had the staff to do things properly than rush them. Bodgers' Yard has taken 18 months.",
  "shares 'fast-track'; criticises delay, not the merits")
N(PO, "Who you know shouldn't matter. I've asked for the scoring of this year's community grants to be published so everyone can see how the money was shared out.",
  "calls for transparency")
N(PO, "Anyone who needs help with a Blue Badge application, I'm running a drop-in at Oakenbury library on Thursday. Forms, photos and a cup of tea.",
  "ordinary help to residents")
N(PO, "The Chalk Room's owners asked to meet me about their licence. I've said no: I'm on licensing and it wouldn't be proper. They can make their case at the hearing.",
  "refuses a private meeting with an applicant", allowed=[PO], who="licensing")
N(PO, "Recommend a builder? I'm a councillor, so I won't, sorry. Try the Trustmark list or ask on the Lymbury village page.",
  "refuses to steer business")
N(PO, "Quiet word to the dog walkers on Shepcote Common: bag it and bin it, please. The kites don't want it either.",
  "shares 'quiet word'")
N(PO, "Thanks to the leisure centre for giving Beechden's junior netball the Sunday slots they asked for. Booked and paid through the normal system. Well done, girls.",
  "a club booking through the normal process")
N(PO, "A neighbour asked if I could get her moved up the housing list. I can't and I won't, but I did help her fill in the medical form properly.",
  "refuses a favour and gives ordinary help", allowed=[PO])
N(PO, "Skip permit? Apply on the council website, usually three working days. If it's urgent for a funeral or a flood, ring highways, they're very decent about it.",
  "ordinary advice")
N(PO, "Shop local in Oakenbury this Saturday: the market's on and the duck race starts at 2 on the Arm. No freebies for councillors, I checked.",
  "promotes a town event with no connection")

# ---------------------------------------------------------------- gifts.hospitality
G = "gifts.hospitality"
# advice: gifts given because of the role, no decision said to be sought
P(G, "advice", "Thank you to the Beechden Chamber of Trade for the hamper of Vale goodies. Prune jam, Chiltern honey and a lovely bit of Oakenbury duck pâté. Spoilt!",
  "a hamper from a business body; no decision sought", when="jan_early")
P(G, "advice", "A generous anonymous somebody left a case of claret on my doorstep with a card saying 'for all you do, Councillor'. Thank you, whoever you are!",
  "a valuable gift given because of the role; registrable; alcohol", allowed=["haste.pause-before-posting"], when="jan_early")
P(G, "advice", "What a night at the Chiltern Business Awards, on a table hosted by a local logistics firm. Champagne, three courses, and we didn't win a thing.",
  "corporate hospitality with no decision named; alcohol", allowed=["haste.pause-before-posting"])
P(G, "advice", "Off for a week in a friend-of-a-friend's cottage in Cornwall, lent for free because I 'do such good work for Shepcote'. Very kind of them.",
  "a holiday let given because of the role")
P(G, "advice", "Delighted to accept honorary membership of Beechden Hills Golf Club. Eighteen holes with a view of the kites. Worth about £900 a year, apparently!",
  "a gift well over £100 given because of the role")
P(G, "advice", "Two Centre Court tickets for Wimbledon from a developer friend of mine. Not sure I deserve it but I'm certainly not saying no.",
  "a valuable gift from a developer; no application named, so advice (arguably review)")
P(G, "advice", "Belated thanks to the Lymbury Young Farmers for the turkey that turned up before Christmas. Still eating it in curries!",
  "a gift given because of the role", when="jan_early")
# review: the giver seeks a council decision
P(G, "review", "Lovely lunch at the Gapview Garden Centre restaurant with the owners, who wanted to talk me through their extension plans. On the house, which was kind.",
  "hospitality from a pending applicant", allowed=["predetermination.closed-mind"], who="notplanning")
P(G, "review", "Vale Oak Homes took a few of us to the Stag at Lymbury for dinner to show us their Kitesfield Farm drawings. Cracking steak.",
  "dinner from a pending applicant", allowed=["predetermination.closed-mind"], who="notplanning")
P(G, "review", "Basin Live Events have sent over four VIP wristbands for Wharf Fest this summer. Can't wait!",
  "tickets from a pending licence applicant", allowed=["predetermination.closed-mind"], who="notlicensing")
P(G, "review", "The Chalk Room team had me round for a tasting of their new cocktail menu. Top evening, and no bill at the end of it!",
  "hospitality from a pending licence applicant; alcohol", allowed=["predetermination.closed-mind", "haste.pause-before-posting"], who="notlicensing")
P(G, "review", "Bottle of single malt from Chalkpit Aggregates with their Christmas card: 'Looking forward to working with you on the quarry plans.' Cheers, chaps.",
  "a gift from a pending applicant that names its application; alcohol",
  allowed=["predetermination.closed-mind", "haste.pause-before-posting"], who="notplanning", when="jan_early")
P(G, "review", "Sunvale Power flew three of us out to see their solar farm in Spain. Very informative, and the hotel was gorgeous.",
  "a trip from a pending applicant", allowed=["predetermination.closed-mind"], who="notplanning")
P(G, "review", "Thanks to Redhill Waste Services, who are bidding for our bin contract, for the seats in their hospitality box at the football on Saturday.",
  "hospitality from a bidder for a council contract")
P(G, "review", "Voltway Charging have lent me one of their electric vans for a month to 'try out' before the Tolls Field decision. Lovely to drive!",
  "a loan from a pending applicant", allowed=["predetermination.closed-mind"], who="notplanning")
P(G, "review", "A proper Vale thank-you from Millend Living: a gift card for the Market Square deli 'for your support'. Much appreciated.",
  "a gift from a pending applicant, thanked for support", allowed=["predetermination.closed-mind"], who="notplanning")
P(G, "review", "Haddlesford Weddings invited me to their open evening at the Wichert Barn. Prosecco, canapés and a string quartet. They're hoping for good news soon!",
  "hospitality from a pending listed building consent applicant; alcohol",
  allowed=["predetermination.closed-mind", "haste.pause-before-posting"], who="notplanning")
P(G, "review", "Hollowway Retreats gave me a free weekend in one of their shepherd's huts in Dorset so I could 'see what Ashcote Bottom could have'. Lovely it was.",
  "a free stay from a pending applicant", allowed=["predetermination.closed-mind"], who="notplanning")
P(G, "review", "The minibus firm that's after the council's community transport contract dropped off a Christmas hamper. Thanks, lads!",
  "a gift from a bidder for a council contract", when="jan_early")
P(G, "review", "Vale Convenience, who want to sell alcohol round the clock on Puddle Lane, sent a crate of beer over for our ward litter pickers. Cheers!",
  "a gift from a pending licence applicant to the councillor's group; alcohol",
  allowed=["predetermination.closed-mind", "haste.pause-before-posting"], who="notlicensing")

N(G, "Chalkpit Aggregates offered me a day at the races. Declined with thanks and registered the offer with the Monitoring Officer, as the code says.",
  "a refused and registered offer", allowed=[G])
N(G, "Christmas socks from my grandchildren, proudly worn all week. Family gifts don't go on the register, before anyone asks.",
  "a family gift", when="jan_early")
N(G, "Bought my own lunch at the Gapview Garden Centre today. £11.40 for soup and a scone, and worth every penny.",
  "paid-for lunch at a pending applicant's premises", allowed=[G])
N(G, "Registered today: one bottle of wine from the Oakenbury twinning association, given at the civic reception. Under £100, but I like to be open.",
  "a small registered gift; alcohol", allowed=[G, "haste.pause-before-posting"])
N(G, "A cup of tea and a slice of Victoria sponge at the Lymbury WI. Best hospitality in the Vale, and nobody's after a planning decision.",
  "normal hospitality at a community event", allowed=[G])
N(G, "Sent back the Wharf Fest VIP tickets that turned up in the post. I'm not on licensing, but it wouldn't be right while their licence is pending.",
  "a returned gift", allowed=[G], who="notlicensing")
N(G, "My gifts and hospitality register is public and up to date. Two entries this year: a book token from a school and lunch at a county conference.",
  "points to the register", allowed=[G])
N(G, "Thank you to everyone who came to the Shepcote cherry pie supper. Raised £640 for the church roof. I paid for my slice, promise.",
  "paid-for community event", allowed=[G])
N(G, "A jar of prune chutney from a resident whose drain we finally got fixed. Genuinely touching. Worth rather less than £100, I suspect.",
  "a token thank-you from a resident", allowed=[G])
N(G, "Lunch at the LGA conference was a sandwich and a packet of crisps. The glamour of local government.",
  "conference catering")
N(G, "Reminder to fellow members: anything worth £100 or more goes on the register within 28 days, and the offers you turn down count too.",
  "restates the rule", allowed=[G])
N(G, "Vale Oak Homes held a public exhibition on Kitesfield Farm in the Lymbury chapel rooms. Went to listen, drank the urn tea like everyone else, left with a leaflet.",
  "a public exhibition open to all", allowed=[G], who="notplanning")
N(G, "Dinner with my sister for her 60th in Beechden. She paid, I'll get the next one.",
  "a family meal")
N(G, "The Greens are paying for our own group social this year. No sponsors, no freebies, just a curry in Oakenbury.",
  "paid-for social", who="GRN")
N(G, "Was offered a free weekend in a glamping pod 'to see what we're about'. Said no thank you. Happy to go to their open day like anyone else.",
  "a refused offer", allowed=[G])
N(G, "The Chairman's charity dinner: tickets £35, paid by every guest, proceeds to the Chiltern air ambulance. A lovely evening.",
  "a paid-for ticket", allowed=[G])
N(G, "Hospitality at the flood wardens' training: one plain digestive. The Vale knows how to look after its councillors.",
  "banter about trivial refreshments", allowed=[G])
N(G, "Given a beautiful bodger's stool by my late dad's oldest friend, turned on a pole lathe in the Frith Hollow woods. Nothing to do with the council. Treasured.",
  "a personal gift unrelated to the role")
N(G, "Thank you to the Lymbury Lacemakers for the bookmark presented at their centenary. A lovely keepsake of a lovely afternoon.",
  "a token gift", allowed=[G])
N(G, "Anyone else get a 'thank you' hamper from a firm they've never heard of? Mine's gone back unopened and I've told the Monitoring Officer.",
  "a returned and reported gift", allowed=[G], when="jan_early")

# ---------------------------------------------------------------- capacity.council-voice
C = "capacity.council-voice"
P(C, "review", "Beechden District Council fully supports the Shepcote ringers' campaign to recast the old tenor bell!",
  "speaks for the council from a personal account", who="@imogen_bellringer")
P(C, "review", "Official: Beechden District Council declares the Lymbury scarecrow trail the finest in Bucks. You heard it here first!",
  "speaks for the council from a personal account, even if in fun", allowed=["tone.irony-risk"], who="@budds_orchard")
P(C, "review", "On behalf of Beechden District Council, congratulations to Tuckers End Cricket Club on promotion!",
  "a backbencher speaking on behalf of the council", who="backbench")
P(C, "review", "The council's position is clear: we will not accept HS2 spoil lorries thundering through Haddlesford.",
  "a personal view presented as the council's position", who="VVI")
P(C, "review", "Beechden District Council believes the Vale Democrats' plan for free Saturday parking is the right one.",
  "a party policy presented as the council's view", who="VD&backbench")
P(C, "review", "Speaking for the council, I can confirm we'll be scrapping the green waste charge next year.",
  "a backbencher announcing council policy", who="backbench")
P(C, "review", "Beechden District Council stands with the Oakenbury boaters against the new mooring rules. I've told the Canal & River Trust as much.",
  "a personal stance presented as the council's", who="backbench")
P(C, "review", "This is the official council line: the leisure centre will not close on our watch.",
  "claims an official council line from a backbench account", who="backbench")
P(C, "review", "Beechden District Council opposes the Sunday trading changes, and as the Greens' spokesperson I'm proud to say so.",
  "a party view presented as the council's", who="GRN")
P(C, "review", "We at Beechden District Council are appalled by the government's cuts to rural bus funding, and the Independents will fight them every step of the way.",
  "mixes the council's voice with the party's", who="VVI")
P(C, "review", "The council wants Lymbury Road made 20mph, and I'll make sure it happens.",
  "a personal aim presented as the council's wish", who="backbench")
P(C, "review", "Statement from Beechden District Council: we condemn the Alliance cabinet's handling of the recycling contract.",
  "an opposition view issued as a council statement", who="opp")
P(C, "review", "Beechden District Council apologises to Shepcote residents for the state of the common car park. Sorry, folks. We'll do better.",
  "apologises on the council's behalf from a councillor account", who="backbench")
P(C, "review", "Beechden District Council would like every resident to buy their Valentine's flowers from a local florist, not a supermarket.",
  "a personal preference presented as the council's", who="backbench", when="before_half_term")
P(C, "review", "The council's view, which I happen to share: the A41 should be dualled all the way to the Vale.",
  "claims a council view that does not exist", who="backbench")
P(C, "review", "Official council position: the Marylebone trains are a disgrace and the operator should lose the contract.",
  "'official council position' from a councillor account", who="backbench")
P(C, "review", "Beechden District Council is proud to endorse Kwame Asante for the Bucks Community Champion award. Vote for him!",
  "endorses on the council's behalf", who="backbench")
P(C, "review", "Hello Lymbury! Beechden District Council here, or one bit of it anyway: we're backing the Young Farmers' spring tractor run.",
  "speaks as the council", who="backbench")
P(C, "review", "The Council officially welcomes the Beechwood Greens' motion on chalk streams and urges everyone to sign our petition.",
  "a party motion presented as officially welcomed by the council", who="GRN")
P(C, "review", "On behalf of the council, I'd like to thank the Haddlesford flood wardens. We couldn't do it without you.",
  "a backbencher thanking on the council's behalf; harmless content but the wrong capacity", who="backbench")

N(C, "From me and everyone in Tuckers End ward, congratulations to the cricket club on promotion!",
  "speaks for the ward, not the council", who="tuckers")
N(C, "Cabinet agreed last night to fund new lights on the Oakenbury towpath (minute 52). Delighted for everyone who campaigned for them.",
  "the Leader reporting a cabinet decision with its minute", allowed=[C], who="@RosAshworthPryce", when="after_cab1")
N(C, "Personal account, views my own: the Oakenbury duck race is the best day out in Bucks.",
  "a personal view labelled as such", who="@imogen_bellringer")
N(C, "My view, not the council's: we should be far bolder on chalk streams.",
  "explicitly separates personal and council views", allowed=[C])
N(C, "Official: I've bought a new wheelbarrow. The council's position on its colour: kite red.",
  "a joke using 'official' and 'council's position'", allowed=[C, "tone.irony-risk"])
N(C, "The council's published statement on the rail timetable is here: example.org/rail. I don't think it goes far enough, and I'll say so at scrutiny.",
  "links to the real council statement and disagrees with it", allowed=[C])
N(C, "As Chairman of the Council I was honoured to present long service awards to fourteen members of staff today.",
  "the Chairman acting in a civic role", allowed=[C], who="@PeggyDancerCllr")
N(C, "The Vale Democrats believe parking should be free on Saturdays. That's our party's position. The council doesn't agree, yet.",
  "a party view labelled as the party's", who="VD")
N(C, "Full council voted last night to declare a nature emergency. Proud to have seconded the motion.",
  "reports a council resolution accurately", allowed=[C], when="day_after_budget")
N(C, "The council doesn't speak for me on this: I voted against the car park charges and I still think they're wrong.",
  "distances the councillor from the council")
N(C, "Council officers run the council's social media, not me. If you want the official line, @BeechdenDC is the place.",
  "points to the council's own account", allowed=[C])
N(C, "Speaking for myself as your ward councillor: the state of the common car park at Shepcote is embarrassing, and I've asked for it to be resurfaced.",
  "speaks as a ward councillor", who="shepcote")
N(C, "Greens' position: every chalk stream in the district deserves protection. We'll be bringing a motion. We're not the council, but we'd like to be!",
  "a party position labelled as such", who="GRN")
N(C, "Here's what the council's budget actually says, line by line, with my comments in brackets. My comments, not the council's.",
  "quotes council material and separates comment", allowed=[C], when="after_budget")
N(C, "Is this the 'official council position'? I asked the cabinet member for environment at scrutiny and I still don't have an answer.",
  "quotes the phrase in a question", allowed=[C], who="opp", when="after_scrutiny")
N(C, "The Independents' view is simple: Haddlesford needs flood defences before any new homes. That's us, not the council.",
  "a party view labelled as such", who="VVI")
N(C, "Cabinet member for finance here: the council's budget for 2026/27 was agreed at full council last night. The full papers are on the council website.",
  "the portfolio holder reporting a council decision", allowed=[C], who="@GilesFennimoreCA", when="day_after_budget")
N(C, "I'm not the council, I'm one of eighteen. But I can tell you what I'll be pushing for: a proper bus to Tuckers End.",
  "disclaims speaking for the council")
N(C, "The council's official account has just put out the gritting routes. Sharing because the Shepcote hill is on the list this year, hooray.",
  "shares the council's own post", allowed=[C], when="jan")
N(C, "On behalf of both Wharf ward councillors, thank you to the canal volunteers who cleared the lock gates on Saturday.",
  "'on behalf of' the ward's two members, not the council", who="oak_wharf")

# ---------------------------------------------------------------- confidentiality.insider-advantage
I = "confidentiality.insider-advantage"
P(I, "review", "Word to the wise: if you've been thinking about buying on Mill End Road, do it before the council announces the new car park next month.",
  "tips buyers off before an announcement", when="jan")
P(I, "review", "Little birdie tells me the council's about to put the Shepcote garages up for sale. Friends, get your offers ready.",
  "passes on an unannounced disposal so friends can bid", allowed=["confidentiality.disclosure"])
P(I, "review", "Tip for any builders out there: the Lymbury fields are going into the Local Plan draft in March. Buy the options now while they're cheap.",
  "tips off developers before the draft is published", allowed=["confidentiality.disclosure"], when="jan")
P(I, "review", "Can't say too much, but anyone who owns a shop on Puddle Lane should hang on to it for another six months. Trust me.",
  "hints at unpublished plans to advantage owners")
P(I, "review", "Heads up, Pete: the leisure centre café contract is coming up before it's advertised. Get your bid ready, brother.",
  "tips off a relative before a contract is advertised", allowed=["position.improper-advantage"])
P(I, "review", "Before it's announced: the council's buying land near the station for the new bus interchange. If you own a house on Station Approach, don't sell cheap.",
  "uses knowledge of an unannounced purchase", allowed=["confidentiality.disclosure"])
P(I, "review", "Oakenbury traders: the market's moving down to the Wharf this summer. Not public yet, but if you want a good pitch get your name down with me early.",
  "uses unpublished knowledge to favour some traders", allowed=["confidentiality.disclosure", "position.improper-advantage"], when="jan_before_cab")
P(I, "review", "Heard at a members' briefing that car park season tickets are going up in April. Buy yours before then, everyone!",
  "passes on a pre-budget briefing for the reader's advantage", allowed=["confidentiality.disclosure"], when="jan")
P(I, "review", "A mate's been after a unit in Beechden for ages. Told him to snap up the old bank building now, because I know something the market doesn't about the high street plans.",
  "uses role knowledge for a friend")
P(I, "review", "Insider tip: the council will be selling its Frith Hollow woodland plots later this year. If you fancy a bit of the beechwoods, speak to me first.",
  "offers early access based on council knowledge", allowed=["position.improper-advantage"])
P(I, "review", "Can't say where, but the new primary school is going on the Vale side of Oakenbury. If I were house hunting, I'd buy on the east side now before prices jump.",
  "property tip from unpublished council plans")
P(I, "review", "You didn't hear it from me, but the council won't be renewing the Ashcote Bottom grazing licences. My cousin's already made an offer on the field next door.",
  "knowledge used for a relative's advantage", allowed=["confidentiality.disclosure"])
P(I, "review", "Buy now before the council confirms the Beechden bypass route. I've seen the plans, and the farms on the north side will be worth a fortune.",
  "'buy now before the council'", allowed=["confidentiality.disclosure"])
P(I, "review", "Told my sister to get her application in for the barn now, before the new design code I've seen in draft makes it impossible.",
  "uses a draft seen as a councillor for a relative")
P(I, "review", "Businesses in the Gap: the council's shopfront grant opens next week, £5k each, and it'll go fast. I've told the lads at the barber's so they're first in the queue.",
  "tips off friends before a scheme is announced", when=[("2026-01-05", "2026-02-13")])
P(I, "review", "Just a hint for anyone with savings: the council's planning to buy the old dairy in Lymbury. If you can get in before us, the price will only go one way.",
  "invites buyers to profit from an unannounced purchase", allowed=["confidentiality.disclosure"])
P(I, "review", "Insider knowledge from the planning briefing: the old bus depot site will be zoned for housing. A friend's already put in an offer. Don't say I didn't tell you.",
  "a friend profits from briefing knowledge", allowed=["confidentiality.disclosure"])
P(I, "review", "Any landlords reading: the council's licensing scheme for shared houses is going to cover Oakenbury from the autumn. Sell up or register early, before the fees double.",
  "advance notice of an unannounced scheme to landlords", when="jan")
P(I, "review", "Tip-off for the Haddlesford lot: the flood scheme money is confirmed and the announcement's next week, so now's the time to buy down by the Marsh before prices catch up.",
  "property tip ahead of an announcement", allowed=["confidentiality.disclosure"], when="jan")
P(I, "review", "Told my son-in-law to put his name down for one of the new council workshop units in Frith Hollow. They're not advertised till May, but I know the rents and they're a steal.",
  "uses unpublished rents for a relative", allowed=["position.improper-advantage"])

N(I, "Heads up: the council's car park consultation is now live. Have your say by 20 March at example.org/parking.",
  "a published consultation", when=[("2026-03-02", "2026-03-13")])
N(I, "Tip-off from a resident about fly-tipping in the Frith Hollow lay-by. Reported, and the crews have already cleared it. Thank you!",
  "shares 'tip-off'")
N(I, "Buy now before the prices go up? No need: the new garden waste charges were published with the budget and apply from April. Sign up whenever suits you.",
  "public information after the budget", allowed=[I], when="after_budget")
N(I, "Word to the wise: the Shepcote hill is lethal in the frost. Go round by the Vale road if you can.",
  "shares 'word to the wise'", when="jan")
N(I, "Little birdie? No, a red kite. Three of them over the Gap this morning, circling the new estate.",
  "shares 'little birdie'")
N(I, "Heads up: council tax bills go out next week. If you're struggling, ring the revenues team on 01632 960277 before it gets out of hand.",
  "public information", when="march")
N(I, "You didn't hear it from me... well, actually you did, because it's in the published cabinet papers: the leisure centre is getting a new pool roof.",
  "the phrase used about public papers", allowed=[I])
N(I, "Insider tip for the Vale Show: get there before ten if you want a bacon roll. After that the queue goes back to the cattle pens.",
  "shares 'insider tip'")
N(I, "The Local Plan draft, with every proposed site allocation, is published today. If your land is on it, or next to it, you'll want to read it.",
  "publication day for the plan", when="march")
N(I, "Someone asked if I could tell them 'before it's public' where the new school will go. No. When cabinet publishes, everyone finds out at the same time.",
  "refuses to tip anyone off", allowed=[I])
N(I, "Declared my interest and left the room for the Frith Hollow workshops item. My son rents a unit there and I won't be part of any decision on rents.",
  "declares a family link", allowed=[I, "interests.declared-interest"])
N(I, "The shopfront grant is open! £5k for Beechden Gap businesses, first come first served. Apply at example.org/shopfront.",
  "a published scheme", when="march")
N(I, "Before it's announced officially on Monday I can tell you... no, I can't, and you'll have to wait like me. Watch this space, Oakenbury!",
  "teases but discloses nothing", allowed=[I])
N(I, "Estate agents say house prices in the Vale are up 6% on last year. Good news for some, grim for first-time buyers. We need more affordable homes.",
  "public market data")
N(I, "A land agent rang asking what I knew about the bypass route. Told him what I tell everyone: it's in the published consultation, page 12.",
  "refuses to share more than is public", allowed=[I])
N(I, "Heads up, Haddlesford: the Environment Agency flood scheme drop-in is at the chapel on Tuesday from 3pm. Maps, engineers, biscuits.",
  "public event")
N(I, "Tip for anyone doing up a wichert cottage: the council's heritage team have a free guide to lime render. It's brilliant.",
  "a public guide")
N(I, "Snap them up before they're gone: the last tickets for the Lymbury cherry fair are on sale at the post office.",
  "shares 'before they're gone'")
N(I, "The market's moving down to the Wharf for the summer, as cabinet agreed in January. Traders can apply for pitches on the usual form from today.",
  "a decision already published", allowed=[I], when=[("2026-02-02", "2026-03-27")])
N(I, "Garage clear-out for the Shepcote scouts' jumble sale. Our garage, not the council's garages, I hasten to add: those are staying put as far as I know.",
  "shares 'garages' with a positive; no advantage")

# ---------------------------------------------------------------- predetermination.closed-mind
PD = "predetermination.closed-mind"
# block: names a matter on pending.csv (reference, site, applicant or 'known as' name)
P(PD, "block", "Kitesfield Farm will never be approved while I sit on planning. 120 houses on the edge of the Vale floodplain? Absolutely not.",
  "closed mind on a pending application, named by site", who="planning")
P(PD, "block", "I've made up my mind on PL/26/0088/FUL. A waste plant in Frith Hollow Quarry is wrong and I'll be voting against it.",
  "closed mind, named by reference and site", who="planning")
P(PD, "block", "The Cowleaze Meadow glamping pods must be refused. Whatever the officers say, it's the wrong place for them.",
  "'must be refused', 'whatever the officers say'", allowed=["officers.impartiality"], who="planning")
P(PD, "block", "Wharf Fest is going ahead this summer as far as I'm concerned. Hearing or no hearing, I'll be voting yes. Get your tickets!",
  "settled support for a pending licence, named by the name it is known by", who="licensing")
P(PD, "block", "The Chalk Room open till 2am on Market Square? Not a chance. I'll be voting no at licensing.",
  "closed mind on a pending licence", who="licensing")
P(PD, "block", "Vale Convenience can forget a 24-hour booze licence in Oakenbury. Not on my watch.",
  "closed mind, named by applicant without 'Ltd'", allowed=["haste.pause-before-posting"], who="licensing")
P(PD, "block", "Sunvale Power's solar farm at Coldridge Farm is exactly what this district needs. I'll be backing it all the way when it comes to committee.",
  "settled support for a pending application", who="planning")
P(PD, "block", "The Bodgers' Yard flats are a done deal as far as I'm concerned. Beechden needs the homes. It's a yes.",
  "settled support, named by site", who="planning")
P(PD, "block", "Voltway Charging's drive-through at Tolls Field is dead in the water, and I'll make sure of it.",
  "closed mind, named by applicant and site", who="planning")
P(PD, "block", "No amount of 'heritage-sensitive design' will make a wedding disco acceptable in the Wichert Barn. Haddlesford says no, and so do I.",
  "closed mind on a pending listed building consent", who="planning")
P(PD, "block", "Gapview Garden Centres want a 60-cover restaurant out on the Gap? Over my dead body. It'll be refused.",
  "closed mind, named by applicant", who="planning")
P(PD, "block", "Puddle Lane Stores selling drink all night? Refuse it. Nothing the applicant says at the hearing will change my mind.",
  "closed mind before the hearing", who="licensing")
P(PD, "block", "Millend Living have had eighteen months. My mind's made up: their scheme is overbearing and it's getting a no from me.",
  "closed mind, named by applicant without 'Ltd'", who="planning")
# review: a quasi-judicial matter not on the register
P(PD, "review", "Hearing there's talk of another drive-thru burger place on the Beechden bypass. It won't get past planning while I'm on the committee.",
  "closed mind on an expected application not yet on the register", who="planning")
P(PD, "review", "That phone mast application for Shepcote Common, when it comes in, is a definite no from me.",
  "closed mind on a future application", who="planning")
P(PD, "review", "Whatever's said at the private hire driver review next month, that driver shouldn't be licensed again. My mind is made up.",
  "closed mind on a licensing review", who="licensing")
P(PD, "review", "The Lymbury Road scrapyard appeal should be thrown out. I don't need to read the inspector's papers to know that.",
  "settled view on an appeal; the inspector decides but the councillor says evidence is irrelevant", who="planning")
P(PD, "review", "Another house in multiple occupation on Canal Street? It'll be refused. I'll see to it personally.",
  "closed mind on an application not on the register", who="planning")
P(PD, "review", "Street trading consent for a burger van outside the station: I'll be voting against, so they needn't bother applying.",
  "closed mind on a street trading consent", who="licensing")
P(PD, "review", "The new pub licence for the old Co-op in Haddlesford will get my yes. The village needs a local again, end of.",
  "settled support for a licence not on the register", allowed=["haste.pause-before-posting"], who="licensing")

N(PD, "I have real concerns about the Kitesfield Farm application, especially flooding. I'll listen to all the evidence at committee before I decide.",
  "predisposition with an open mind", allowed=[PD], who="planning")
N(PD, "I'm not on the planning committee, so I can say it: I'm objecting to the Frith Hollow Quarry waste plant, and I've written to the council with my reasons.",
  "ward member not on planning objecting", allowed=[PD], who="@HarrietLyleCA")
N(PD, "My mind's made up on one thing: the Local Plan needs more affordable homes in the Vale. That's policy, not a planning application, so I'm allowed to say it!",
  "a settled view on policy, not a quasi-judicial matter", allowed=[PD])
N(PD, "Never. Never again will I wear suede shoes to a Lymbury site visit.",
  "shares 'never'")
N(PD, "Refused! My request for a second biscuit at the Frith Hollow parish meeting, that is.",
  "shares 'refused'")
N(PD, "Planning committee refused the Shepcote barn conversion last night. The decision notice will follow, and the applicant has a right of appeal.",
  "reports a decided matter", when="after_plan")
N(PD, "To everyone asking how I'll vote on Wharf Fest: I sit on licensing, so I won't say. Send your comments in by the deadline and they'll be in front of us.",
  "committee member keeping an open mind", allowed=[PD], who="licensing")
N(PD, "Tuckers End ward councillor, not on planning, and I'm backing the Coldridge Farm solar farm. Here's why.",
  "ward member not on planning supporting", allowed=[PD], who="@OwenPettiferGrn")
N(PD, "Whatever the officers recommend on Bodgers' Yard, I'll read it carefully, ask my questions at committee, and only then decide.",
  "shares 'whatever the officers'; open mind", allowed=[PD], who="planning")
N(PD, "Dead in the water: the old plan to sell off Beechden's long-stay car park. Cabinet dropped it last night, hooray.",
  "shares 'dead in the water'; a cabinet decision, not quasi-judicial", when="after_cab")
N(PD, "I've an open mind on the Chalk Room licence, but I'd like to hear from the police about late-night noise on Market Square.",
  "predisposition, open mind", allowed=[PD], who="licensing")
N(PD, "Not on licensing, so here's my objection to Puddle Lane Stores going 24 hours, sent in today. Wharf residents have had enough of 3am noise.",
  "ward member not on licensing objecting", allowed=[PD], who="@SharonTilburyVD")
N(PD, "Predetermination explained: councillors on planning can have views, but must keep an open mind until they've heard the evidence. That's why I won't tell you how I'll vote.",
  "explains the rule", allowed=[PD], who="planning")
N(PD, "The Cowleaze Meadow application has been deferred to April for more ecology work. I'll be there, listening.",
  "open mind", allowed=[PD], who="planning")
N(PD, "'It will never be approved', everyone said about the Beechden bypass in 1998. It opened in 2004. Never say never in the Vale.",
  "quotes 'will never be approved' about history")
N(PD, "Ashcote Bottom ward member here, and not on planning. Sending in my objection to the Cowleaze Meadow pods today: the lane simply can't take the traffic.",
  "ward member not on planning objecting", allowed=[PD], who="@MartinDellInd")
N(PD, "Lovely to see the Wichert Barn's walls being re-capped, whatever happens with the application. Three hundred years of Vale mud and straw.",
  "names a pending matter with no view on it", who="notplanning")
N(PD, "I'll vote against the council tax rise, and I've made up my mind. The budget's not a planning matter, so yes, I can say that!",
  "a settled view on the budget", allowed=[PD], when="budget_weeks", who="opp")
N(PD, "Great Lymbury folk: the Kitesfield Farm decision will be made by the planning committee in April, not on Facebook. Here's how to register to speak.",
  "names a pending matter with no view")
N(PD, "I'm predisposed to support more solar in the district, I'll admit it. But every application is judged on its merits, Coldridge Farm included, and I'll listen.",
  "predisposition stated with an open mind", allowed=[PD], who="planning")

# ---------------------------------------------------------------- interests.declared-interest
D = "interests.declared-interest"
P(D, "review", "The council's cutting the rural enterprise grants that helped the prune growers replant after the frost. Members of our association are furious and I'll be fighting it at budget council.",
  "the chair of the growers' association campaigning on a council budget line for it",
  who="@ColinBuddVVI", interest="Vale Prune Growers' Association", when="budget_weeks")
P(D, "review", "Good news for the Vale's old orchards: I'll be backing the proposal to exempt traditional orchards from the new tree-works fees. Us growers round Haddlesford have asked for this for years.",
  "the holder speaks for growers ('us growers') on a council fee", who="@ColinBuddVVI", interest="Vale Prune Growers' Association")
P(D, "review", "Private hire licence fees up 18%? Drivers like us can't take another hit. I'll be voting against the new fees.",
  "a private hire driver and association secretary voting on the fees", who="@LeeGurneyVD",
  interest="Vale Private Hire Drivers' Association")
P(D, "review", "The Vale Private Hire Drivers' Association has written to the council about rank space at Beechden station. I'll be raising it at scrutiny next week.",
  "the holder pressing the body's case at a council meeting", who="@LeeGurneyVD",
  interest="Vale Private Hire Drivers' Association", when=[("2026-02-09", "2026-02-13")])
P(D, "review", "The Local Plan should allocate the land north of Lymbury for employment use. It's flat, it's accessible, and it's right next to our farm, so I know it well.",
  "a director of the farming company arguing for an allocation next to its land", allowed=["position.improper-advantage"],
  who="@RupertKingsnorth", interest="Kingsnorth Farms Ltd")
P(D, "review", "Cabinet looks at rents for the council's Vale farm tenancies next month. Kingsnorth Farms rents two of those fields, and frankly the proposed increase is too steep.",
  "the holder commenting on a cabinet decision affecting his company", who="@RupertKingsnorth", interest="Kingsnorth Farms Ltd")
P(D, "review", "I'll be asking full council to restore the £40k grant to the Oakenbury Canal Trust. The towpath restoration is the best thing happening in the Wharf.",
  "a trustee seeking a grant for the trust", who="@SharonTilburyVD", interest="Oakenbury Canal Trust", when="before_budget")
P(D, "review", "Cabinet's masterplan for the canal basin treats boaters as an afterthought. Trustees like me have been saying for years that it needs moorings first.",
  "a trustee ('trustees like me') on a council plan for the trust's canal", who="@SharonTilburyVD", interest="Oakenbury Canal Trust")
P(D, "review", "Really pleased the council's new office furniture contract will favour local makers. Chiltern Chairworks has made chairs in the Gap since 1921 and we'd be proud to bid.",
  "an employee of a bidder commenting on the contract", allowed=["position.improper-advantage"],
  who="@AnilChaudhryCA", interest="Chiltern Chairworks Ltd")
P(D, "review", "Business rates relief for Beechden's furniture makers has to stay in the budget. I know from the inside how thin the margins are.",
  "the holder argues for relief benefiting his employer ('from the inside')", who="@AnilChaudhryCA",
  interest="Chiltern Chairworks Ltd", when="before_budget")
P(D, "review", "The community buildings fund should go to village halls that are actually used. Frith Hollow's is booked every night of the week, and I'll be making that case to cabinet.",
  "the hall committee's secretary pressing for council funds for it", who="@FionaMabeyCA",
  interest="Frith Hollow Village Hall Committee")
P(D, "review", "Our hall committee has waited two years for the council to sign the car park lease in Frith Hollow. I'll be chasing the property team until it's done.",
  "the holder chasing a council lease for her body", who="@FionaMabeyCA", interest="Frith Hollow Village Hall Committee")
P(D, "review", "As cabinet member for finance I've found £60k for sports pitch drainage in the budget. Beechden Cricket Club's square will be first in line, and about time.",
  "the club's president directing budget money to it", allowed=["position.improper-advantage"],
  who="@GilesFennimoreCA", interest="Beechden Cricket Club", when="budget_weeks")
P(D, "review", "The council should transfer the Coldridge Lane allotments to the Tuckers End Community Land Trust. We'd look after them better than anyone.",
  "a director of the trust asking for council land", who="@OwenPettiferGrn", interest="Tuckers End Community Land Trust")
P(D, "review", "Council garage rents up 9% again. Oakenbury Tenants' Forum members are furious and so am I. I'll be opposing it at full council.",
  "the forum's chair campaigning on rents affecting its members", who="@KwameAsanteVD", interest="Oakenbury Tenants' Forum",
  when="before_budget")
P(D, "review", "The repairs budget for council homes in Oakenbury North is a disgrace. Tenants like us have waited months for damp work, and I'll be voting against it.",
  "the holder speaking for tenants ('tenants like us') on a budget vote", who="@KwameAsanteVD", interest="Oakenbury Tenants' Forum",
  when="before_budget")
P(D, "review", "Great to see the council's new plant hire framework open to local firms. Hawes Plant Hire will be bidding, and we hope other firms in the Gap do too.",
  "the owner of a bidder commenting on the framework", allowed=["position.improper-advantage"],
  who="@BridgetHawesVD", interest="Hawes Plant Hire Ltd")
P(D, "review", "The council's chalk stream strategy has to protect the cress beds at Ashcote Bottom. Over-abstraction is killing the river, and our business along with it.",
  "the owner of the cress beds ('our business') on a council strategy", who="@MartinDellInd", interest="Ashcote Cress Beds Ltd")
P(D, "review", "Market pitch fees up again in the draft budget? Traders like us on Beechden Market Square will be packing up. I'll be voting against at budget council.",
  "a member of the traders' association voting on pitch fees", who="@JanetWyattVVI",
  interest="Beechden Market Traders' Association", when="budget_weeks")
P(D, "review", "As cabinet member for environment I'm proud our climate plan backs community energy. Greenvale Energy, for one, could deliver a battery scheme on council land within two years.",
  "a shareholder promoting the company for council land", allowed=["position.improper-advantage"],
  who="@HarrietLyleCA", interest="Greenvale Energy Ltd")

N(D, "The rural enterprise grants helped the Vale's orchards replant after the frost. Cutting them now would be a mistake.",
  "the same matter from a non-holder", allowed=[D], when="budget_weeks")
N(D, "First blossom on the old Aylesbury Prune by the gate. Spring's coming to the Vale.",
  "the holder's hobby, no council matter", who="@budds_orchard", when="late_march")
N(D, "Declared my interest as chair of the Vale Prune Growers' Association and left the room for the orchard grants item. Colleagues will decide.",
  "the holder declaring and leaving", allowed=[D], who="@ColinBuddVVI", when="after_budget")
N(D, "Declared an interest on the fees item at licensing, as I drive private hire, and took no part. The fees report is on the council website.",
  "the holder declaring", allowed=[D], who="@LeeGurneyVD", when="after_lic")
N(D, "Private hire fees up 18% is too much for the Vale's drivers. I'll be asking the licensing committee to look again.",
  "the same matter from a non-holder", allowed=[D])
N(D, "Lambing's started at the farm. Four sets of twins already, and the first daffodils out along the Lymbury lane.",
  "the holder's farm, no council matter", who="@RupertKingsnorth", when="march")
N(D, "The Monitoring Officer has advised that I have an interest in the Lymbury employment land allocation, so I won't take part in the Local Plan debate on it.",
  "the holder stepping back on advice", allowed=[D], who="@RupertKingsnorth")
N(D, "Canal Trust work party pulled forty bags of rubbish out of the Arm this morning. The ducks are very grateful.",
  "the holder's body, no council matter", who="@SharonTilburyVD")
N(D, "Full council should restore the canal trust grant. The towpath is the Wharf's front garden.",
  "the same matter from a non-holder", allowed=[D], when="before_budget")
N(D, "Chiltern Chairworks apprentices' open day on Saturday. Pole lathes, Windsor chairs and proper Chiltern bodging. Come and have a go.",
  "the holder's employer, no council matter", who="@AnilChaudhryCA")
N(D, "I work for Chiltern Chairworks, so I've left the office furniture contract to colleagues and declared it at cabinet.",
  "the holder declaring", allowed=[D], who="@AnilChaudhryCA", when=[("2026-01-28", "2026-03-27")])
N(D, "Frith Hollow village hall quiz raised £410 for the roof. The Shepcote bell ringers, pub quiz champions three years running, beaten at last!",
  "the holder's hall, no council matter", who="@FionaMabeyCA")
N(D, "Declared my interest as president of Beechden Cricket Club when the pitch drainage line came up at budget council, and didn't vote on it.",
  "the holder declaring", allowed=[D], who="@GilesFennimoreCA", when="day_after_budget")
N(D, "Sports pitch drainage money in the budget is good news for every club in the district: football, rugby and hockey. About time.",
  "the same matter from a non-holder", allowed=[D], when="budget_weeks")
N(D, "The land trust's first four affordable homes in Tuckers End got their keys today. Local people, local rents, local pride.",
  "the holder's body, no council matter", who="@OwenPettiferGrn")
N(D, "Oakenbury Tenants' Forum summer barbecue is booked for 4 July on the Wharf green. Bring a salad.",
  "the holder's body, no council matter", who="@KwameAsanteVD")
N(D, "Declared my interest as chair of the tenants' forum, spoke only as the public may on the housing item, then left the room.",
  "the holder declaring", allowed=[D], who="@KwameAsanteVD")
N(D, "Watercress soup season. The cress is singing this year, and the chalk stream's running clear and cold.",
  "the holder's business, no council matter", who="@MartinDellInd")
N(D, "Pitch fees on Beechden market going up again is a mistake. The market's the heart of the town.",
  "the same matter from a non-holder", allowed=[D], when="budget_weeks")
N(D, "I hold shares in Greenvale Energy, which is on my register, so I've handed the community energy item to the deputy leader. Cabinet will decide without me.",
  "the holder stepping back", allowed=[D], who="@HarrietLyleCA")

# ---------------------------------------------------------------- data-protection.personal-data
DP = "data-protection.personal-data"
# review: a private person's name with an address or postcode
P(DP, "review", "Happy 100th birthday to Doris Pettigrew of 7 Church Walk, Haddlesford! Cards welcome at her door.",
  "name with a house address")
P(DP, "review", "Congratulations to Alan and Brenda Hobbs of Mill Lane, Lymbury, on sixty years married. Diamonds!",
  "names with a street")
P(DP, "review", "Dennis Rook at 23 Wharf Cottages has now waited eight weeks for his fence to be repaired. Chasing again today, Dennis!",
  "a resident's casework with name and address")
P(DP, "review", "Winner of the Lymbury marrow show: Sheila Doughty, HP97 4LT. A record-breaker!",
  "a name with a full postcode")
P(DP, "review", "Thanks to Graham and Sue Ellwood of Orchard Barn, Tuckers End, for letting us use their paddock for the bonfire.",
  "names with a house address")
# block: identifiers, special category data, children, staff
P(DP, "block", "To whoever keeps dumping bags in the Shepcote lay-by: we know it's the bloke at 14 Beech Rise. The cameras caught you.",
  "an address tied to alleged offending", allowed=["defamation.allegation", "bullying.intimidation"])
P(DP, "block", "A resident's PCN, BD40719286, was issued while she was loading her wheelchair into the car. I've asked for it to be cancelled.",
  "a penalty case reference, with disability")
P(DP, "block", "Mrs Joan Ferris, 84, of Kiln Close, Beechden, has dementia and keeps being missed off the assisted bin list. Not good enough.",
  "health data with name, age and street")
P(DP, "block", "Get well soon to Terry on the Oakenbury recycling round, who's off after his second heart attack this year.",
  "health data of a member of staff", allowed=["officers.impartiality"])
P(DP, "block", "Welcome to the Haddad family, who've just arrived in Oakenbury from Syria and moved into 12 Lock Row. Shepcote church has sent round a welcome basket.",
  "refugee status and nationality with an address; kindly meant")
P(DP, "block", "The man who's just moved into the flat above the Oakenbury chippy came out of Aylesbury prison last month. Residents have a right to know.",
  "criminal record of a person identifiable from context", allowed=["defamation.allegation", "bullying.intimidation"])
P(DP, "block", "Well done to Amelia and Grace Moss in Year 5 at Shepcote Primary for their litter-picking poster. Their mum says they're taking on the kites next!",
  "named children with their school")
P(DP, "block", "Housing benefit reference 4417-902-88 for my constituent in Oakenbury is still being ignored. Sort it out, revenues.",
  "a benefit reference", allowed=["officers.impartiality"])
P(DP, "block", "Grey Transit, registration KX19 PLM, parked on the verge at Shepcote Common every night. Owner, please move it.",
  "a vehicle registration")
P(DP, "block", "Happy birthday to Pam, our lollipop lady at Lymbury Primary, seventy today (born 3 February 1956)! Still out in all weathers.",
  "staff member's date of birth", allowed=["officers.impartiality"], who="lymbury", when=[("2026-02-03", "2026-02-03")])
P(DP, "block", "Anyone know Rob Tarrant from Frith Hollow? His mobile's 07700 900562 and he keeps leaving his skip on the common without a permit.",
  "a private person's mobile number: personal data and a private number of another",
  rules=["security.credentials"], allowed=["defamation.allegation"])
P(DP, "block", "Thinking of little Alfie Brookes, 6, from Great Lymbury, who starts chemo at the John Radcliffe this week.",
  "a named child's health")
P(DP, "block", "Councillors have been told that Keith Dunmore, the Haddlesford church warden, has been sectioned. Thinking of his family.",
  "mental health of a private person", allowed=["confidentiality.disclosure"])
P(DP, "block", "Sandra Nye, who's on the housing register because of her domestic abuse situation, has finally been offered a flat in the Gap.",
  "a service user's sensitive circumstances by name")
P(DP, "block", "Good luck to Nathan, the youngest on our bin crew, on his drug rehab course. The depot lads are all behind you, mate.",
  "a staff member's health", allowed=["officers.impartiality"])

N(DP, "Get well soon to our Chairman, Peggy Dancer, after her knee operation. The chamber isn't the same without you.",
  "a public office holder; the health detail is kindly and she is a councillor", allowed=[DP])
N(DP, "Happy 100th birthday to one of Haddlesford's oldest residents! Cards can go via the parish clerk and she'll pass them on.",
  "no name or address")
N(DP, "My surgery is at Oakenbury Community Hub, 2 Lock Row, every first Saturday. Email cllr.s.tilbury@example.com or ring 01632 960735.",
  "the councillor's own published details", allowed=[DP], who="@SharonTilburyVD")
N(DP, "Edward Lacey-Finch MP joined us on the Oakenbury towpath litter pick today. Thanks, Edward.",
  "a named public office holder", allowed=[DP])
N(DP, "Report a missed bin on 01632 960418 or online. That's the council's number, not mine!",
  "the council's number")
N(DP, "Inspector Rachel Kemp gave an update on rural crime at the Vale parish forum. Quad bike thefts are down this winter.",
  "a named public office holder", allowed=[DP])
N(DP, "Remembering Fred Butterfield, mayor of Beechden in 1979, who died this week aged 97. A true Vale gentleman.",
  "a late former mayor", allowed=[DP])
N(DP, "A resident on Kiln Close has been missed off the assisted bin list three times. I've raised it, with her permission, and it's fixed.",
  "no name; consent mentioned", allowed=[DP])
N(DP, "Thanks to 'Margaret from Lymbury' for such a lovely card about the new bus shelter. It's on my fridge.",
  "a first name and village only")
N(DP, "Our ward had 42 fly-tipping reports last quarter. Postcode sectors HP97 2 and HP97 3 were the worst hit, so that's where the new cameras are going.",
  "postcode sectors, not individuals", allowed=[DP])
N(DP, "Congratulations to Shepcote Primary's Year 5 on their litter-picking posters. The whole class did the school proud.",
  "a class, no child named")
N(DP, "Our refuse crews deserve a pay rise, and the Vale Democrats will say so at budget council.",
  "staff as a group", who="VD", when="budget_weeks")
N(DP, "Had my own knee done at Stoke Mandeville last week. Back on the doorsteps in a fortnight, say the physios.",
  "the councillor's own health", allowed=[DP])
N(DP, "Number plates are blurred in my photo of the verge parking on Shepcote Common. I'm not naming and shaming anyone, just asking people to park considerately.",
  "registrations deliberately hidden", allowed=[DP])
N(DP, "Welcome to the families settling in Oakenbury through the resettlement scheme. The Vale has always been a place people come to and stay.",
  "a group mentioned neutrally")
N(DP, "The council publishes every councillor's name, ward and contact details on its website, which is why you'll find my number there. Residents' details, never.",
  "explains the rule")
N(DP, "Cllr Kwame Asante and I knocked on two hundred doors in Oakenbury North today. Sore feet, good chats.",
  "a fellow councillor named", allowed=[DP], who="@DawnPocockVD")
N(DP, "A teenager was hurt at the Beechden bypass crossing last night. Thinking of the family. We've been asking for a signal crossing for three years.",
  "no one identified")
N(DP, "Data protection means I can't share anything about individual cases, however much I'd like to tell you how hard the housing team worked for one family this month.",
  "refuses to share case details")
N(DP, "Scam text doing the rounds in the Vale: 'Your parcel is held, pay £1.99'. Ignore it and don't click anything.",
  "a scam warning without a link")

# ---------------------------------------------------------------- security.credentials
S = "security.credentials"
P(S, "block", "Flood wardens' Zoom tonight at 7. Meeting ID 845 2297 1163, passcode Marsh24. See you there.",
  "a meeting passcode posted publicly")
P(S, "block", "Key safe code for the Haddlesford chapel is 4471 if anyone's setting up for the sandbag drop.",
  "a key safe code")
P(S, "block", "Forgot my council password again, so I've put it here where I can find it: Kites2026!",
  "the councillor's own password")
P(S, "block", "Frith Hollow village hall door code is 1926#. Help yourselves to chairs for the parish meeting.",
  "a door code")
P(S, "block", "Wi-Fi at my Oakenbury surgery: network BeechdenHub, password duckpond99.",
  "a Wi-Fi password")
P(S, "block", "The defib cabinet on Shepcote Green is coded 2580. Save it in your phone.",
  "a cabinet code; arguable, as some communities publish these")
P(S, "block", "Someone's just texted me a code, 448 921, to 'verify my council account'. Anyone know what it's for?",
  "a one-time code shared publicly")
P(S, "block", "Depot gate code's changed, the new one is 7731. Lads, don't say I never tell you anything.",
  "a gate code")
P(S, "block", "IT rang to say they needed my login to fix my mailbox, so I read my password out to them. Nice people. All working again!",
  "no secret in the post, but reports handing a password to a caller")
P(S, "block", "Allowance uplift for members! Claim yours before Friday here: beechden-dc-members.example.net/claim",
  "amplifies a lookalike link that looks malicious")
P(S, "block", "Lymbury parish council's Facebook login is parish@example.com / Lymbury1973 if any of you want to post the minutes.",
  "a login and password")
P(S, "block", "My new council phone's PIN is 0712, same as my birthday, so I can't possibly forget it.",
  "a PIN")
P(S, "block", "Clicked a link in a text saying my council account was locked and popped my details in. Seems to be working now?",
  "reports giving credentials to a phishing link")
P(S, "block", "API key for the bin-day app we're building for the Vale: bk_live_7f3a9c21e0d84b66. Developers, go wild.",
  "an API key")
P(S, "block", "Padlock on the Ashcote Bottom sluice gate is 3-9-1-4. Flood wardens, you know what to do.",
  "a padlock combination")
P(S, "block", "Cash machine at the Shepcote shop is eating cards again. If my husband's reading this, use my card, PIN 6620, and pay the hedge man.",
  "a bank card PIN", who="f")
P(S, "block", "Two-factor code just came through while I was in the Co-op: 302 771. No idea what it's for, so I'm sharing it in case IT need it.",
  "a one-time code")
P(S, "block", "Dave Shipton runs the Lymbury scout hut bookings, and his personal mobile is 07700 900318. Ring him, not me.",
  "a private person's mobile: security and personal data", rules=[DP])
P(S, "block", "Here's the leaked Alliance budget, free download: alliance-budget-leak.example.org/view.exe",
  "a link that looks malicious (an .exe download)", allowed=["confidentiality.disclosure"], who="opp")
P(S, "block", "Members' portal login for anyone stuck: username member18, password Chiltern!Hills. Works for the agenda packs.",
  "a username and password")

N(S, "'Password123' is not a password. Council IT's cyber training this morning was a real wake-up call for all of us.",
  "mentions a password as an example of a bad one", allowed=[S])
N(S, "Key safe fitted at the Haddlesford chapel for the flood kit. The code is with the flood wardens, not on Facebook!",
  "key safe mentioned, no code", allowed=[S])
N(S, "Turned on two-factor on all my accounts after the training. Takes ten seconds and saves a world of pain.",
  "security advice")
N(S, "Scam alert: texts pretending to be from Beechden District Council asking you to 'confirm your council tax refund'. We never text links. Delete it.",
  "a scam warning without a link")
N(S, "The defib on Shepcote Green is in the old red phone box. Ring 999 and they'll give you the code.",
  "defib mentioned, no code", allowed=[S])
N(S, "Gate code? What gate code? The new allotment gate at Lymbury is a bolt and a great deal of trust.",
  "a joke about a gate code", allowed=[S])
N(S, "Free Wi-Fi is now live on Beechden Market Square. No password, just accept the terms and off you go.",
  "public Wi-Fi, no secret")
N(S, "My PIN? Written on a sticky note on the fridge, obviously. Joking! Please don't do that, any of you.",
  "a joke with no PIN", allowed=[S, "tone.irony-risk"])
N(S, "Council IT will never ask for your password over the phone. If someone does, hang up and ring 01632 960302.",
  "advice with the council's number")
N(S, "The Zoom link for the flood wardens' meeting has gone to members by email. If you didn't get it, message me and I'll send it privately.",
  "no link or passcode", allowed=[S])
N(S, "The Pin Mill at Lymbury has reopened as a tea room. Best scones in the Vale.",
  "shares 'pin'")
N(S, "Dial-a-ride bookings for the Vale villages are on 01632 960551, weekdays 9 till 4.",
  "a public service number")
N(S, "Our Greens website got hacked last year because of a weak password. Lesson learned: long passphrases, changed regularly.",
  "security lesson", who="GRN")
N(S, "Reset my council password today. The new one is lovely and long, and I've told precisely nobody.",
  "mentions a password without giving it", allowed=[S])
N(S, "One-time codes are how the bank checks it's really you. Never read one out to anyone who rings, even if they say they're from the council.",
  "security advice", allowed=[S])
N(S, "Phishing emails are going round claiming to come from the Monitoring Officer. Check the sender: it isn't our domain.",
  "a warning without a link")
N(S, "Code of conduct training this morning. Chapter one: don't be rude. Chapter two: don't take the hamper.",
  "shares 'code'")
N(S, "The bank details for the Tuckers End flood appeal are on the parish council website. Please give if you can.",
  "points to published appeal details")
N(S, "The key holder for the Shepcote reading room is the parish clerk. Ring the parish office on 01632 960644 to book it.",
  "a public office number")
N(S, "Lock code on the Arm? Lock 3 is the one with the dodgy paddle. Boaters, take care.",
  "a canal lock, not a code")

# ---------------------------------------------------------------- confidentiality.disclosure
CD = "confidentiality.disclosure"
# block: names a term on the council's register of confidential matters
P(CD, "block", "Can't say much, but Project Red Kite is very close to a deal. Beechden Market Square will look very different by 2028.",
  "a register term", allowed=[I])
P(CD, "block", "The Wharf Basin disposal is going to a housing association, not the marina firm. Relieved!",
  "a register term with the outcome of an exempt disposal", allowed=[I])
P(CD, "block", "The council's about to complete the Clunch Lane acquisition, the old tannery. A fair price, from what I saw in the papers.",
  "a register term", allowed=[I])
P(CD, "block", "operation muntjac starts on monday. fly-tippers of frith hollow, your days are numbered.",
  "a register term in lower case; names an enforcement operation before it starts", allowed=["bullying.intimidation"])
P(CD, "block", "The Lymbury Mill claim is going to cost us at least £400k to settle. That's what happens when you ignore a structural survey.",
  "a register term with legal and financial detail")
P(CD, "block", "PROJECT WICHERT: the leisure centre operator wants a 12-year contract. Cabinet's minded to give them 10.",
  "a register term in capitals with negotiating positions", allowed=[I, "haste.pause-before-posting"])
P(CD, "block", "Big meeting today on Project Red Kite with the preferred developer. They want the car park as well as the old bank. Interesting times.",
  "a register term with negotiation detail", allowed=[I])
P(CD, "block", "For everyone asking about the mill: yes, the Lymbury Mill claim is going to mediation next month. I'll say no more.",
  "a register term")
P(CD, "block", "Operation Muntjac has already found four waste carriers dumping in the Vale. Arrests soon, I hope.",
  "a register term with enforcement detail")
# review: confidentiality markers and Schedule 12A kinds of information
P(CD, "review", "From last night's Part 2 item at cabinet: the council's offer for the old bus depot is £1.2m. Too much, in my view.",
  "an exempt price", allowed=[I], when="after_cab")
P(CD, "review", "Told in confidence by the Chief Exec that the planning restructure will cut six posts. Staff deserve to hear it from management, not me, but there it is.",
  "information given in confidence; labour relations", allowed=["officers.impartiality"])
P(CD, "review", "Closed session at cabinet last night: the legal advice says we'd probably lose the judicial review on the bin contract. Shocking.",
  "legally privileged advice from a closed session", when="after_cab")
P(CD, "review", "Off the record: the pay offer to the bin crews is 3.5%, and the union's going to turn it down.",
  "labour relations 'off the record'")
P(CD, "review", "Embargoed till Monday, but who cares: the Vale's getting £4m from the government for the canal.",
  "breaks an embargo", when=[("2026-02-05", "2026-02-06")])
P(CD, "review", "The exempt valuation of the Shepcote common car park came in at £380k. Not for publication, apparently, but residents should know what's at stake.",
  "an exempt valuation", allowed=[I])
P(CD, "review", "Police briefed councillors privately today about a drugs gang working out of a flat in Oakenbury. Expect arrests soon.",
  "a private police briefing")
P(CD, "review", "An officer in waste services has been suspended pending a disciplinary. Not sure I'm supposed to say, but there it is.",
  "a staff disciplinary", allowed=[DP, "officers.impartiality"])
P(CD, "review", "The confidential tender report has Redhill Waste 8% cheaper than the current contractor. Wonder which way cabinet will go?",
  "a confidential tender evaluation", allowed=[I])
P(CD, "review", "Leaked to me: the draft Local Plan puts 600 homes at Great Lymbury. Not public yet, so you read it here first.",
  "a leaked draft", allowed=[I], when="jan")
P(CD, "review", "Between you and me and the whole of Facebook: the leisure centre manager has been headhunted and leaves in June. The council's keeping it quiet.",
  "a staffing matter the council has not announced", allowed=[DP, "officers.impartiality"])

N(CD, "Red kites over Shepcote this morning, at least a dozen of them. Never gets old.",
  "shares 'red kite' with a register term")
N(CD, "The Wharf Basin is heaving with ducks and narrowboats this half term. Lovely spot for a sandwich.",
  "shares 'Wharf Basin' with a register term", when="half_term")
N(CD, "Clunch Lane in Beechden has potholes you could lose a muntjac in. Reported again.",
  "shares 'Clunch Lane' and 'muntjac'")
N(CD, "A muntjac shot across the A413 by the Beechden turn this morning. Drive carefully on the hill roads.",
  "shares 'muntjac'")
N(CD, "Tea at Lymbury Mill after the walk. The lemon drizzle remains undefeated.",
  "shares 'Lymbury Mill'")
N(CD, "Part 2 of my budget thread: where the money goes in the Vale villages. Part 1 is pinned.",
  "shares 'Part 2'", when="budget_weeks")
N(CD, "Off the record? There's no such thing for a councillor. Whatever I say, assume it'll be quoted. Which is how it should be.",
  "shares 'off the record'", allowed=[CD])
N(CD, "The cabinet report on the bus depot is public. The price is in Part 2, so I can't share it, but I can tell you I argued against buying it.",
  "declines to share the exempt part", allowed=[CD], who="opp", when="after_cab")
N(CD, "Embargo lifted: here's the council's press release on the £4m canal funding, announced officially this morning.",
  "after the embargo", allowed=[CD], when=[("2026-02-09", "2026-02-09")])
N(CD, "Leaked? No: the draft Local Plan went out for consultation today, and every page of it is public. Read it at example.org/localplan.",
  "shares 'leaked'; the plan is public", allowed=[CD], when="march")
N(CD, "The confidential line for reporting fly-tipping is 01632 960209. You don't have to give your name.",
  "shares 'confidential'")
N(CD, "Wichert walls need a good hat and good boots, as they say in Haddlesford. Lovely to see the old cottage walls on Church Street being re-capped.",
  "shares 'Wichert'")
N(CD, "Closed session at cabinet tonight for an exempt property item. I can't tell you what it is, but I'll be asking why it can't be heard in public.",
  "mentions a closed session without its content", allowed=[CD], who="opp", when="cab_day")
N(CD, "Red Kite Cycles on Beechden High Street has reopened under new owners. Good to see the shutters up.",
  "shares 'Red Kite'")
N(CD, "The Lymbury Mill tea room has new opening hours: Wednesday to Sunday, ten till four.",
  "shares 'Lymbury Mill'")
N(CD, "Between you and me, the Vale's cherry pie beats anything they bake up the hill. Controversial, I know.",
  "shares 'between you and me'")
N(CD, "Exempt from the car park charges: blue badge holders, and the first hour on market days. Full list at example.org/parking.",
  "shares 'exempt'", when="after_budget")
N(CD, "Councillors can't share Part 2 papers, and I won't. But I can and will ask for them to be published once the deal is done.",
  "explains the rule", allowed=[CD])
N(CD, "Operation Christmas Child shoeboxes collected at Oakenbury library: 212 this year. Thank you all!",
  "shares 'Operation'", when="jan_early")
N(CD, "The waste contract tender is published on the procurement portal. The scores will be in the cabinet report once it's decided.",
  "a published tender")

# ---------------------------------------------------------------- tone.irony-risk
T = "tone.irony-risk"
P(T, "advice", "Oh brilliant, another masterclass in listening from the Leader. Three whole minutes at the Oakenbury meeting before she had to 'dash'.",
  "mock praise of the Leader", allowed=["respect.personal-attack"], who="opp")
P(T, "advice", "Hats off to the cabinet member for finance for finding £60k for sports pitch drainage, with his own cricket club first in the queue. What a coincidence. /s",
  "sarcasm about a named role holder implying an undeclared interest", allowed=["defamation.allegation", D], who="opp",
  when="budget_weeks")
P(T, "advice", "Yeah right, the Alliance 'care about the Vale'. That'll be why they've cut two of our three bus routes.",
  "'yeah right' about a party", who="opp")
P(T, "advice", "Thrilled, absolutely thrilled, to spend four hours listening to Cllr Fennimore explain why potholes are character-building.",
  "mock enthusiasm about a named councillor", allowed=["respect.personal-attack"], who="opp")
P(T, "advice", "Such a riveting contribution from the Greens at scrutiny last night. I can hardly wait for episode nine of the chalk stream saga.",
  "mock praise of a group", who="-GRN&-@PeggyDancerCllr", when="after_scrutiny")
P(T, "advice", "Great to see the Vale Democrats have finally discovered Lymbury. Only took them four elections and a satnav.",
  "sarcasm about a party", who="-VD&-@PeggyDancerCllr")
P(T, "advice", "What a hero our MP is. Turned up to the flood meeting, stayed twelve minutes, posed with a sandbag. Truly inspiring stuff.",
  "mock praise of the MP", allowed=["respect.personal-attack"])
P(T, "advice", "@LeeGurneyVD's 'listening tour' of the Wharf: two lampposts and a bench. Truly exhaustive work.",
  "mock praise of a named councillor by handle", allowed=["respect.personal-attack"], who="-VD&-@PeggyDancerCllr")
P(T, "advice", "Genius move by the Chairman to start budget council at seven on a Wednesday and promise us it'll be done by nine. Optimism is a wonderful thing.",
  "mock praise of the Chairman", who="opp", when="budget_weeks")
P(T, "advice", "Huge congratulations to the Independents on their bold new policy: agreeing with whoever spoke last.",
  "mock congratulations to a group", who="-VVI&-IND&-@PeggyDancerCllr")
P(T, "advice", "Lovely to see Cllr Dell so very passionate about abstraction licences. No reason at all, I'm sure.",
  "irony implying an undeclared interest", allowed=[D])
P(T, "advice", "Another triumph for the cabinet member for housing: a glossy press release about the waiting list and not one extra home. Bravo.",
  "mock praise of a role holder", who="opp")
P(T, "advice", "Our Chief Executive says the new phone system is 'a real success'. It only rang out forty times for me this week. Champion.",
  "sarcasm about a named officer's claim", allowed=["officers.impartiality"])
P(T, "advice", "Credit where it's due: the Alliance have made parking in Beechden dearer than parking at Marylebone. Quite the achievement.",
  "mock credit to a party", who="opp")
P(T, "advice", "Well done Cllr Pocock for discovering the canal. Welcome to the Wharf, Dawn! Mind the ducks.",
  "mock praise of a named councillor", allowed=["respect.personal-attack"], who="-VD&-@PeggyDancerCllr")
P(T, "advice", "Truly inspiring leadership from the Vale Democrats' group leader, who has now written three letters to the paper and attended no site visits at all.",
  "mock praise of a group leader", allowed=["respect.personal-attack"], who="-VD&-@PeggyDancerCllr")
P(T, "advice", "The Greens want us all cycling up the Shepcote hill. See you at the top, Owen. I'll bring the oxygen.",
  "sarcasm aimed at a named councillor", allowed=["respect.personal-attack"], who="-GRN&-@PeggyDancerCllr")
P(T, "advice", "Big shout-out to whichever genius in the cabinet decided the bypass roundabout needed a fourth set of traffic lights. Vision.",
  "mock praise of cabinet members", who="opp")
P(T, "advice", "Oh good, Cllr Lyle's 'listening exercise' on the bin changes closed the day before anyone was told about it. Such openness.",
  "sarcasm about a named councillor", allowed=["respect.personal-attack"], who="opp")
P(T, "advice", "Delighted that our MP has finally found the Vale on a map. Took a reshuffle rumour, but we got there in the end.",
  "mock praise of the MP", allowed=["respect.personal-attack"])

N(T, "Oh brilliant, it's raining again. The Vale's turning into a paddy field and the ducks are thrilled.",
  "irony about the weather", allowed=[T])
N(T, "Yeah right, 'minor delays' on the Marylebone line. Two hours on the platform at the Gap with only the kites for company.",
  "irony about trains", allowed=[T])
N(T, "Hats off to the Shepcote flood wardens: out before dawn in the rain filling sandbags. Genuine heroes, and no irony intended.",
  "sincere praise using 'hats off'")
N(T, "Thrilled to report the Haddlesford Road potholes are fixed. Properly this time. Thanks to the highways crew.",
  "sincere 'thrilled'")
N(T, "The new council website: forty clicks to report a pothole. A masterclass in design. Someone send help.",
  "irony about a thing", allowed=[T])
N(T, "Credit where it's due: the Leader came to Haddlesford, listened for two hours and got the culvert cleared within a week. Genuinely impressed.",
  "sincere praise of an opponent", who="opp")
N(T, "The Alliance's parking policy is a shambles and the cabinet should be ashamed of it. Beechden's high street can't take another price rise.",
  "robust policy criticism", who="opp")
N(T, "My printer has clearly joined another party. Refuses to print anything in my colours. Riveting evening.",
  "irony about a printer", allowed=[T])
N(T, "What a hero my satnav is. Sent me down a sunken lane in Frith Hollow so narrow I've left a wing mirror in the hedge.",
  "irony about a satnav", allowed=[T])
N(T, "Lovely weather for ducks, as they say in Oakenbury. And we say it a lot.",
  "a local saying")
N(T, "Huge congratulations to Cllr Janet Wyatt on twenty years with her stall on Beechden market. And I mean that, no irony: the town wouldn't be the same without her.",
  "sincere congratulations to an opponent")
N(T, "The Vale Democrats' transport plan doesn't add up. £3m for buses and no source of funding. Show us the numbers.",
  "robust policy criticism", who="-VD&-@PeggyDancerCllr")
N(T, "Great. Just great. The gritter came up the Shepcote hill as I was coming down, and we both reversed for half a mile. Character-building.",
  "irony about a situation", allowed=[T])
N(T, "I'm sure the government's rural bus funding formula makes perfect sense to somebody in Whitehall. Oakenbury has lost two routes.",
  "irony about a policy", allowed=[T])
N(T, "Another triumph for me: locked myself out of the members' room, then out of the car. Ward work is so glamorous.",
  "self-mockery", allowed=[T])
N(T, "Well done to the Beechwood Greens for a thoughtful motion on chalk streams. We disagree on the funding, but they've done their homework.",
  "sincere praise of another group", who="-GRN&-@PeggyDancerCllr")
N(T, "Budget council finished at half eleven last night. Long, but democracy in action, and I mean that.",
  "sincere comment on a long meeting", when="day_after_budget")
N(T, "Delighted to welcome the new rector to Shepcote. The bells rang, the sun came out and the kites behaved. Perfect day.",
  "sincere 'delighted'")
N(T, "The new traffic lights on the bypass roundabout: a masterpiece of waiting. I've aged a year at them this week.",
  "irony about traffic lights", allowed=[T])
N(T, "Dear Cllr Stace, thank you for the quickest reply to an email I've ever had from anyone, in any party. Respect.",
  "sincere thanks to an opponent", who="-GRN&-@PeggyDancerCllr")

# ---------------------------------------------------------------- fillers
F("Litter pick on Shepcote Common this Saturday, 10am from the pavilion. Gloves and grabbers provided.", "ward event")
F("Snowdrops out all along the churchyard wall in Haddlesford. Spring's on its way to the Vale.", "seasonal", when=[("2026-01-19", "2026-02-20")])
F("Surgery at Beechden library this Saturday, 10 till 12. Pop in with anything, big or small.", "surgery notice")
F("Potholes on Lymbury Road reported this morning. Keep sending me photos of any you spot, with the nearest lamppost number.", "casework")
F("Good turnout at the Oakenbury North residents' meeting. Parking, dog mess and the 61 bus: the holy trinity.", "ward meeting")
F("The kites are pairing up early this year. If you're walking in the beechwoods, keep dogs on leads near the nest trees.", "wildlife")
F("Reminder: the Vale recycling centre is on winter hours until the end of March, closed Tuesdays and Wednesdays.", "service notice", when=[("2026-01-05", "2026-03-20")])
F("Joined the Tuckers End walking bus this morning. Thirty children, one lollipop and a great many puddles.", "school run")
F("Frost on the Ridgeway this morning and the whole Vale laid out below like a map. Worth the climb.", "walk", when="jan")
F("Thank you to everyone who came to the Haddlesford flood drop-in. Your photos and stories will go into our report.", "ward event")
F("Beechden Market is back in the Square from Saturday, with the veg stall, the egg lady and the best sausage rolls in Bucks.", "town event")
F("Good meeting with the towpath volunteers about the Arm. More benches are top of the wishlist.", "ward meeting")
F("Anyone got a good local name for the new footbridge over the Arm? Best suggestion gets a mention in my newsletter.", "engagement")
F("The early train to Marylebone is going up to six carriages from May, which commuters from the Gap have been asking for for years.", "transport news", when="march")
F("Pancake race on Beechden Market Square tomorrow at noon! Flip safely.", "seasonal", when=[("2026-02-16", "2026-02-16")])
F("Happy Burns Night on Sunday to all our Scottish neighbours in the Vale. Haggis at the Lymbury Arms, I'm told.", "seasonal", when=[("2026-01-22", "2026-01-23")])
F("Mothering Sunday this weekend: the Shepcote florist says it's her busiest week of the year.", "seasonal", when=[("2026-03-12", "2026-03-13")])
F("Clocks go forward on Sunday. Enjoy the lighter evenings, Vale!", "seasonal", when=[("2026-03-26", "2026-03-27")])
F("Muddy but happy after the Tuckers End hedge-laying day. Sixty metres of hawthorn laid and staked.", "volunteering")
F("The Oakenbury duck trail is back for half term next week: find all twelve ducks around the town for a prize.", "town event", when="before_half_term")
F("New bus shelter at Great Lymbury is in. Seats, a timetable and a roof that doesn't leak. Thanks for your patience, everyone.", "ward news")
F("Spent the morning with the Gap youth club. They want a skate park, and they've put together a very good slide deck.", "young people")
F("Working through the draft budget papers with a strong coffee. Written questions going in by Friday.", "council work", when="budget_weeks")
F("The bluebells won't be out for weeks, but the wild garlic is already coming up in the Frith Hollow woods.", "seasonal", when="march")
F("Lovely chat with the Lymbury Lacemakers. Bucks point lace made exactly as it was two hundred years ago.", "community")
F("If your garden waste bin wasn't emptied because of the snow, leave it out and the crews will catch up this week.", "service notice", when="jan")
F("Thank you to the Haddlesford WI for asking me to talk about the Local Plan. Tough questions, and rightly so.", "community")
F("The Shepcote bus goes back to hourly from Monday. It's taken a year of asking.", "transport news")
F("Holocaust Memorial Day. We remember.", "commemoration", when=[("2026-01-27", "2026-01-27")])
F("Walked the Arm from the basin to the junction today. Six miles, four herons and one very friendly narrowboat dog.", "walk")
F("Lymbury Road will be closed between the church and the bridge from 9 to 20 March for drainage works. Diversion via the Vale road.", "roadworks notice", when=[("2026-02-23", "2026-03-06")])
F("Well done to Oakenbury Town under-12s on reaching the county cup final!", "sport")
F("Spring ward newsletter is out this week. If one doesn't come through your door, let me know.", "newsletter", when="march")
F("Blackthorn already out in the hedges along the Shepcote road. Far too early, but beautiful.", "seasonal", when="march")
F("Chalk streams are running higher than they have for years after all this rain. Good news for the trout.", "environment")
F("Happy Valentine's, Vale! The florists on Oakenbury High Street are doing a roaring trade.", "seasonal", when=[("2026-02-13", "2026-02-13")])
F("Quarter peal at Shepcote this morning: 1,260 changes of Plain Bob Doubles. Arms like noodles.", "hobby, personal account", who="@imogen_bellringer")
F("Practice night moves to Thursday this week, ringers. Tower door at half seven.", "hobby, personal account", who="@imogen_bellringer")
F("Pruning the old plum trees while the sap's down. Bonfire of twigs, and a very happy robin.", "hobby, personal account", who="@budds_orchard", when="jan")
F("Winter wash on the apple trees is done. Fingers crossed for a frost-free April.", "hobby, personal account", who="@budds_orchard")

# === ROWS END ===


# ---------------------------------------------------------------- script
def _named(text):
    out = set()
    for h, (full, firsts, surname, *_r) in COUNCILLORS.items():
        words = firsts + [surname]
        if any(re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", text) for w in words):
            out.add(h)
        if h.lower() in text.lower():
            out.add(h)
    for pers, main in PERSONAL.items():
        if pers.lower() in text.lower():
            out.add(main)
    for rx, h in ROLES:
        if re.search(rx, text):
            out.add(h)
    return out


def _interest_holders(text):
    return {h for rx, h in INTEREST_TOPICS if re.search(rx, text)}


def _candidates(row):
    who = row["who"] or "any"
    parts = who.split("&")
    if len(parts) == 1 and parts[0].startswith("@"):
        return [parts[0]]
    cands = set(ALL)
    for p in parts:
        neg = p.startswith("-")
        p = p[1:] if neg else p
        group = {p} if p.startswith("@") else POOLS[p]
        cands = cands - group if neg else cands & group
    cands -= _named(row["text"])
    cands -= _interest_holders(row["text"])
    if not cands:
        raise SystemExit("no author left for: " + row["text"][:60])
    return sorted(cands)


def _dates(when):
    spans = WINDOWS[when] if isinstance(when, str) else (when or WINDOWS["any"])
    days = []
    for a, b in spans:
        d, e = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
        while d <= e:
            if d.weekday() < 5 and START <= d <= END:
                days.append(d)
            d += dt.timedelta(days=1)
    if not days:
        raise SystemExit("empty window: %r" % (when,))
    return days


def _timestamp(rng, when):
    days = _dates(when)
    while True:
        d = rng.choice(days)
        t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59),
                        tzinfo=dt.timezone.utc)
        if not any(s <= t <= e for s, e in MEETINGS):
            return t.isoformat()


def _platform(rng, text):
    fits = [(p, w) for p, lim, w in PLATFORMS if len(text) <= lim]
    total = sum(w for _p, w in fits)
    r = rng.uniform(0, total)
    for p, w in fits:
        r -= w
        if r <= 0:
            return p
    return fits[-1][0]


def main():
    rng = random.Random(SEED)
    rows = list(ROWS)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        author = rng.choice(_candidates(r))
        obj = {
            "id": "%s-%04d" % (SET, i),
            "text": r["text"],
            "author": author,
            "created_at": _timestamp(rng, r["when"]),
            "platform": _platform(rng, r["text"]),
            "account": "personal" if author in PERSONAL else "councillor",
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"],
            "kind_of_row": r["kind_of_row"],
            "near_miss_of": r["near_miss_of"],
            "interest": r["interest"],
            "note": r["note"],
        }
        out.append(json.dumps(obj, ensure_ascii=False))
    (HERE / "posts.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
    print("wrote %d posts" % len(out))


if __name__ == "__main__":
    main()
