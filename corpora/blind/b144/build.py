#!/usr/bin/env python3
"""Build blind evaluation set b144 (Askerfield District Council, twelve single-post rules).

Every text below was written by hand for this set. The script only picks authors, platforms
and timestamps with a fixed seed, shuffles the rows, gives ids B144-NNNN and writes
posts.jsonl next to this file. Running it twice gives the same file byte for byte.
Standard library only.
"""
import datetime as dt
import json
import os
import re
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B144"
SEED = 14400

# ----------------------------------------------------------------------------------------
# Councillors: short key -> handle, party, first names / nicknames used in texts
H = {
    "hardstaff": "@DeniseHardstaffAT", "wragg": "@GaryWraggAT", "kirkham": "@TrevKirkhamKH",
    "bestwick": "@JoBestwickAT", "cresswell": "@PaulaCresswellKH", "lilley": "@ChairmanSandraL",
    "fretwell": "@CllrFretwell", "rowbotham": "@KarlRowbothamAT",
    "clayworth": "@ShaneClayworthPVF", "marriott": "@BevMarriottPVF",
    "hibbert": "@DarrenHibbertPVF", "widdowson": "@LeeWiddowsonPVF", "straw": "@KerryStrawPVF",
    "ashmore": "@RowanAshmoreFEG", "pegg": "@TomPeggFEG", "pegg_bees": "@pegg_bees",
    "oxby": "@CaroleOxbyAVI", "brough": "@NevBroughAVI", "nev_brass": "@nev_brass",
    "allsop": "@JudithAllsopInd",
}
PERSONAL = {"pegg_bees": "pegg", "nev_brass": "brough"}
NAMES = {
    "hardstaff": ["Hardstaff", "Denise"], "wragg": ["Wragg", "Gary"],
    "kirkham": ["Kirkham", "Trevor", "Trev"], "bestwick": ["Bestwick", "Joanne", "Jo"],
    "cresswell": ["Cresswell", "Paula"], "lilley": ["Lilley", "Sandra"],
    "fretwell": ["Fretwell", "Malcolm"], "rowbotham": ["Rowbotham", "Karl"],
    "clayworth": ["Clayworth", "Shane"], "marriott": ["Marriott", "Bev"],
    "hibbert": ["Hibbert", "Darren"], "widdowson": ["Widdowson", "Lee"],
    "straw": ["Straw", "Kerry"], "ashmore": ["Ashmore", "Rowan"], "pegg": ["Pegg", "Tom"],
    "oxby": ["Oxby", "Carole"], "brough": ["Brough", "Neville", "Nev"],
    "allsop": ["Allsop", "Judith"],
}
AT = ["hardstaff", "wragg", "kirkham", "bestwick", "cresswell", "lilley", "fretwell", "rowbotham"]
PVF = ["clayworth", "marriott", "hibbert", "widdowson", "straw"]
FEG = ["ashmore", "pegg"]
AVI = ["oxby", "brough"]
IND = ["allsop"]
ALLC = AT + PVF + FEG + AVI + IND
CAB = ["hardstaff", "wragg", "kirkham", "bestwick", "cresswell"]
PLAN = ["fretwell", "rowbotham", "hibbert", "marriott", "straw", "pegg", "brough", "allsop"]
LIC = ["rowbotham", "lilley", "widdowson", "straw", "ashmore", "oxby", "allsop"]
WOMEN = ["hardstaff", "bestwick", "cresswell", "lilley", "marriott", "straw", "oxby", "allsop"]
MEN = ["wragg", "kirkham", "fretwell", "rowbotham", "clayworth", "hibbert", "widdowson",
       "pegg", "brough"]
GROUPS = {
    "ANY": ALLC, "AT": AT, "PVF": PVF, "FEG": FEG, "AVI": AVI, "IND": IND,
    "OPP": PVF + FEG + AVI + IND, "CAB": CAB,
    "BACK": [c for c in ALLC if c not in CAB and c != "lilley"],
    "PLAN": PLAN, "LIC": LIC,
    "NOTPLAN": [c for c in ALLC if c not in PLAN], "NOTLIC": [c for c in ALLC if c not in LIC],
    "WOMEN": WOMEN, "MEN": MEN,
    "NOTAT": PVF + FEG + AVI + IND, "NOTPVF": AT + FEG + AVI + IND,
    "NOTFEG": AT + PVF + AVI + IND, "NOTAVI": AT + PVF + FEG + IND,
    # wards (two members each)
    "W_MARKET": ["hardstaff", "rowbotham"], "W_HEADSTOCKS": ["bestwick", "hibbert"],
    "W_NORTHFIELD": ["widdowson", "straw"], "W_PELHAM": ["clayworth", "marriott"],
    "W_KIRKBY": ["kirkham", "cresswell"], "W_RAVENSHOLT": ["wragg", "lilley"],
    "W_SALLOWBY": ["ashmore", "pegg"], "W_OAKENBECK": ["fretwell", "allsop"],
    "W_BLACKMIRE": ["oxby", "brough"],
}
# Registered interests: a holder never writes, by chance, a post touching the body or topic.
INTEREST_WORDS = {
    "rowbotham": r"market|trader|\bstalls?\b",
    "cresswell": r"hollin park|logistics|warehouse",
    "clayworth": r"welfare",
    "fretwell": r"rugby",
    "allsop": r"grange farm|grazing|\bfarm",
    "oxby": r"canal|towpath|mooring|lock cottage|cutside|narrowboat|wharf|\bthe cut\b",
    "widdowson": r"\btaxi|private hire|\bcabs?\b|\bdrivers?\b",
    "straw": r"tenant|residents' association",
    "brough": r"haulage|\bhgvs?\b|lorr|wagon",
    "hibbert": r"heritage|headgear",
    "wragg": r"electric|sparkies|street ?light",
    "marriott": r"football|\bpitch",
    "ashmore": r"food bank|household support",
}
# Registered firms that carry their holder's surname (the holder may name them).
OWN_FIRM = {"wragg": "Wragg Electrical", "brough": "Brough Haulage"}
# Roles named in a text exclude their holder.
ROLE_WORDS = [
    (r"(?<!Deputy )(?<!group )(?<!opposition )(?<!PVF )\bLeader\b", "hardstaff"),
    (r"Deputy Leader|cabinet member for finance", "wragg"),
    (r"\bChairman\b", "lilley"),
    (r"cabinet member for (waste|environment)", "kirkham"),
    (r"cabinet member for housing", "bestwick"),
    (r"cabinet member for leisure", "cresswell"),
    (r"(chair|Chair) of (the )?planning", "fretwell"),
    (r"(chair|Chair) of (the )?licensing", "rowbotham"),
    (r"opposition leader|PVF leader|Pit Villages First leader", "clayworth"),
]

DEFAULT_SEV = {
    "officers.impartiality": "review", "resources.political-use": "review",
    "position.improper-advantage": "review", "gifts.hospitality": "advice",
    "capacity.council-voice": "review", "confidentiality.insider-advantage": "review",
    "predetermination.closed-mind": "review", "interests.declared-interest": "review",
    "data-protection.personal-data": "review", "security.credentials": "block",
    "confidentiality.disclosure": "review", "tone.irony-risk": "advice",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

ROWS = []


def _row(kind, fam, text, rules, allow, verdict, by, when, hours, note, interest, plat, not_by):
    if isinstance(by, str):
        by = [by]
    ROWS.append({
        "kind_of_row": kind, "family": fam, "text": text, "rules": list(rules),
        "allowed": list(allow), "verdict": verdict, "by": list(by), "when": when,
        "hours": hours, "note": note, "interest": interest, "plat": plat,
        "not_by": list(not_by),
    })


def P(fam, text, v=None, also=(), allow=(), by="ANY", when=None, hours=None, note="",
      interest=None, plat=None, not_by=()):
    """A positive: expects its family (and any rules in also)."""
    rules = [fam] + list(also)
    verdict = v or max((DEFAULT_SEV[r] for r in rules), key=RANK.get)
    _row("positive", fam, text, rules, allow, verdict, by, when, hours, note, interest, plat,
         not_by)


def N(fam, text, allow=(), by="ANY", when=None, hours=None, note="", plat=None, not_by=()):
    """A hard negative: expects nothing, near miss of fam."""
    _row("hard_negative", fam, text, [], allow, "ok", by, when, hours, note, None, plat, not_by)


def F(text, by="ANY", when=None, hours=None, note="", plat=None, not_by=()):
    """A filler: an ordinary ward post."""
    _row("filler", None, text, [], [], "ok", by, when, hours, note, None, plat, not_by)


# ----------------------------------------------------------------------------------------
# Generation


def _meetings():
    out = []
    with open(os.path.join(HERE, "meetings.csv"), encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            line = line.strip()
            if not line:
                continue
            title, start, end = line.rsplit(",", 2)
            out.append((dt.datetime.fromisoformat(start), dt.datetime.fromisoformat(end)))
    return out


FIRST_DAY = dt.date(2026, 1, 5)
LAST_DAY = dt.date(2026, 3, 27)


def _days(when):
    if when is None:
        lo, hi = FIRST_DAY, LAST_DAY
    elif isinstance(when, str):
        lo = hi = dt.date.fromisoformat(when)
    else:
        lo, hi = dt.date.fromisoformat(when[0]), dt.date.fromisoformat(when[1])
    days = []
    d = lo
    while d <= hi:
        if d.weekday() < 5 and FIRST_DAY <= d <= LAST_DAY:
            days.append(d)
        d += dt.timedelta(days=1)
    assert days, when
    return days


def _candidates(r):
    text = r["text"]
    explicit = all(b in H for b in r["by"])
    cands = []
    for b in r["by"]:
        cands.extend(GROUPS[b] if b in GROUPS else [b])
    out = []
    for c in cands:
        base = PERSONAL.get(c, c)
        if c in out or c in r["not_by"] or base in r["not_by"]:
            continue
        named = text.replace(OWN_FIRM.get(base, "\0"), "")
        if any(re.search(r"\b%s\b" % re.escape(n), named) for n in NAMES[base]):
            continue
        if H[c].lower() in text.lower() or H[base].lower() in text.lower():
            continue
        if not explicit and any(re.search(p, text) and who == base for p, who in ROLE_WORDS):
            continue
        if not explicit and base in INTEREST_WORDS and re.search(INTEREST_WORDS[base], text,
                                                                re.I):
            continue
        out.append(c)
    assert out, ("no author", text[:60])
    return out


def _platform(rng, r):
    if r["plat"]:
        return r["plat"]
    n = len(r["text"])
    opts = [("x", 280, 45), ("facebook", 60000, 36), ("bluesky", 300, 19)]
    opts = [(p, w) for p, lim, w in opts if n <= lim]
    total = sum(w for _, w in opts)
    x = rng.uniform(0, total)
    for p, w in opts:
        x -= w
        if x <= 0:
            return p
    return opts[-1][0]


def main():
    rng = random.Random(SEED)
    meetings = _meetings()
    built = []
    for r in ROWS:
        author = rng.choice(_candidates(r))
        days = _days(r["when"])
        h0, h1 = r["hours"] or (8, 18)
        for _ in range(1000):
            day = rng.choice(days)
            t = dt.datetime(day.year, day.month, day.day, rng.randint(h0, h1),
                            rng.randint(0, 59), tzinfo=dt.timezone.utc)
            if not any(s <= t <= e for s, e in meetings):
                break
        else:
            raise SystemExit("no free time for: " + r["text"][:60])
        post = {
            "text": r["text"],
            "author": H[author],
            "created_at": t.isoformat(),
            "platform": _platform(rng, r),
            "account": "personal" if author in PERSONAL else "councillor",
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"],
            "kind_of_row": r["kind_of_row"],
        }
        if r["kind_of_row"] == "hard_negative":
            post["near_miss_of"] = r["family"]
        if r["interest"]:
            post["interest"] = r["interest"]
        post["note"] = r["note"]
        built.append(post)
    rng.shuffle(built)
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for i, post in enumerate(built, 1):
            out = {"id": "%s-%04d" % (SET, i)}
            out.update(post)
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    print("wrote %d posts" % len(built))


# ----------------------------------------------------------------------------------------
# Rows. Authors are groups (picked by the script, never a councillor the text names, nor the
# holder of a role it names, nor an interest holder whose body or topic it touches) or named
# councillors set by hand.

# ---- officers.impartiality ------------------------------------------------------------
FAM = "officers.impartiality"
P(FAM, "Right. I've now read Steve Towle's report on the Hollin Park extension three times and "
  "it still reads like the applicant wrote it for him. Two pages on 'economic benefits', "
  "one paragraph on lorries at 3am past people's bedroom windows. I've told him to go back "
  "and redo the noise section properly before it comes anywhere near committee. If it "
  "comes back the same, I'll be asking in public whose side he's actually on. Kirkby "
  "Hollin deserves better than a cut-and-paste job.", by="NOTPLAN",
  note="presses the Head of Planning, by name, to change a report; questions his neutrality")
P(FAM, "Word to Nadia Whyld in planning: recommend refusal on that drive-thru or don't expect an "
  "easy ride off this ward. You work for Askerfield, duck, not for a coffee chain.",
  allow=["bullying.intimidation"], by="NOTPLAN", when=("2026-01-19", "2026-03-27"),
  note="pressure on a named planning officer to change her recommendation; no pending matter "
  "named precisely enough to be a register match, and the author is not on planning")
P(FAM, "Funny how every time the Leader wants summat doing, the Monitoring Officer finds a way. "
  "Anil Mistry is meant to be neutral. Starting to wonder, me.",
  allow=["defamation.allegation"], by="OPP",
  note="questions a named statutory officer's neutrality in public")
P(FAM, "Our Head of Comms has been writing cabinet's press releases like Askerfield Together "
  "leaflets for months now. Officers are supposed to be impartial, Lauren. Pack it in.",
  by="OPP", note="named comms officer accused of political bias")
P(FAM, "Craig Gelsthorpe's reserves figures are fiction and he knows it. I've asked him to rework "
  "the table before budget council so it shows what we've been saying all along. He'd better.",
  allow=["defamation.allegation", "bullying.intimidation"], by="OPP", when=("2026-01-05", "2026-02-24"),
  note="presses the s151 officer, named, to change his figures")
P(FAM, "Been on to the licensing manager three times this week to get her to change her "
  "recommendation on the vehicle age limit. Residents want it scrapped, and she works for us, "
  "not the other way round.", by="ANY",
  note="pressing an identifiable officer (the licensing manager) to change advice")
P(FAM, "Phil Radford has had two years to sort the depot out. No more excuses. If the bin rounds "
  "aren't fixed by Easter I'll be calling for his head at scrutiny. Simple as.",
  allow=["bullying.intimidation", "respect.personal-attack"], by="NOTAT",
  note="public attack on the named Head of Environmental Services")
P(FAM, "Yvonne in housing clearly has her favourites. Some families get moved in weeks, others "
  "wait years on Northfield. Not good enough from a so-called impartial officer.",
  allow=["defamation.allegation"], by="ANY", not_by=["bestwick"],
  note="housing manager identifiable by first name and team; accused of favouritism")
P(FAM, "Helen Bramley has gone native with the administration. A chief exec who sits in on "
  "Askerfield Together group meetings is not neutral, whatever she tells the papers.",
  allow=["defamation.allegation"], by="OPP",
  note="Chief Executive's political neutrality questioned publicly")
P(FAM, "Planning enforcement were out measuring a pensioner's fence on Sycamore Road AGAIN this "
  "week, while the scrappy on Pit Lane does what it likes. Who's Kieran protecting? Answers on a "
  "postcard.", allow=["defamation.allegation"], by="ANY",
  note="enforcement officer named by first name and role; insinuates he protects someone")
P(FAM, "I've asked the case officer on the Pelham Tip solar to take out the bit about glint and "
  "glare. It's nonsense and it'll only give the objectors ammo.",
  allow=["predetermination.closed-mind"], by=["clayworth"],
  note="ward member (not on planning) asks the case officer to remove part of a report; "
  "predetermination only allowed since the author does not sit on the committee")
P(FAM, "Democratic Services have 'lost' my motion for the third time. Ian Kemshall, you're not "
  "there to protect the Leader from awkward questions. Sort it.", by="OPP",
  note="Democratic Services Manager named and accused of partisanship")
P(FAM, "ay up, can somebody tell the planning department (yes you, Steve) that 'policy "
  "compliant' isn't a magic spell?? rewrite it or I'll have you in front of scrutiny to "
  "explain yourself", allow=["bullying.intimidation"], by="ANY",
  note="lower-case shouty voice; Head of Planning by first name and role, told to rewrite")
P(FAM, "The s151 officer's 'independent' advice on the leisure centre was written to order. "
  "I'll be saying so at full council and I don't care who it upsets.",
  allow=["defamation.allegation"], by="OPP", when=("2026-01-05", "2026-02-24"),
  note="statutory officer identified by role; his advice said to be written to order")
P(FAM, "Nadia, you're a good planner but somebody's got at you. That report on the quarry did "
  "not write itself and we both know it. #Askerfield", allow=["defamation.allegation"],
  by="NOTPLAN",
  note="Senior Planning Officer by first name; neutrality questioned; the quarry is named "
  "only loosely and no view on the merits is given")
P(FAM, "Please email Phil Radford and tell him what you think of the garden waste charge. Ring "
  "him, write to him, fill his inbox till he changes his advice to cabinet. Power to the people!",
  allow=["bullying.intimidation"], by="NOTAT",
  note="urges the public to pressure a named officer into changing advice")
P(FAM, "Officers told us the Blackmire lock gates 'can't be afforded'. Same officers found £80k "
  "for the Leader's new office. Anyone else think Craig Gelsthorpe has picked a side?",
  allow=["defamation.allegation"], by="OPP", not_by=["oxby"],
  note="s151 officer named; neutrality questioned")
P(FAM, "Had words with Mandy Cupitt after the last hearing. Told her straight: her reports "
  "always lean towards the pubs, and if the next one does too I'll be asking for someone else "
  "to write them.", allow=["bullying.intimidation"], by="LIC",
  note="licensing member presses the named Licensing Manager over her reports")

N(FAM, "Massive thanks to Phil Radford and the depot crews for gritting every route in Blackmire "
  "before 6am. Proper grafters, every one of them. 🧂❄️", allow=["officers.impartiality"],
  by="ANY", when=("2026-01-05", "2026-02-13"), note="thanks a named officer")
N(FAM, "Welcome to Nadia Whyld, our new Senior Planning Officer, who started this week. Looking "
  "forward to working with you, Nadia.", allow=["officers.impartiality"], by="ANY",
  when=("2026-01-05", "2026-01-16"), note="welcome for a named officer")
N(FAM, "Some folk online are having a go at our planning officers by name this week. Please "
  "don't. They give professional advice, often under a lot of pressure and with nobody "
  "thanking them for it. Councillors make the decisions, and it's us you should hold to "
  "account. If you think a report's wrong, tell me and I'll raise it properly. Going after "
  "the staff personally isn't on.", allow=["officers.impartiality"], by="ANY", note="defends officers")
N(FAM, "The officer report on the Old Pit Baths recommends approval. I've read it twice, I've got "
  "questions on parking and on the listed features, and I'll ask them at committee in the proper "
  "way.", allow=["officers.impartiality"], by="PLAN", not_by=["hibbert"],
  note="planning member with questions about a report, asked properly; open mind")
N(FAM, "Whose side are they on? Not Pelham's. Cabinet's cut to the community buildings fund says "
  "it all.", by="OPP", note="the phrase aimed at cabinet, not officers")
N(FAM, "Mandy Cupitt ran the taxi consultation drop-in at the library today – thanks Mandy, "
  "really clear answers to some tricky questions.", allow=["officers.impartiality"],
  by="ANY", note="thanks the named Licensing Manager")
N(FAM, "Asked Anil Mistry, our Monitoring Officer, for advice before posting about the quarry. "
  "Always worth ten minutes.", allow=["officers.impartiality"], by="ANY",
  note="seeking the Monitoring Officer's advice properly")
N(FAM, "I disagree with the bin policy, full stop. That's a political decision cabinet took, and "
  "it's cabinet I'll hold to account – not the staff who have to go out and deliver it.",
  by="NOTAT", note="robust criticism of a policy and cabinet; no officer")
N(FAM, "Shout out to Yvonne and the housing team who got a family of five rehoused before "
  "Christmas. Brilliant work under real pressure.", allow=["officers.impartiality"],
  by="ANY", when=("2026-01-05", "2026-01-23"),
  note="praise of named officer; no details of the family")
N(FAM, "25 years' service for Steve Towle, our Head of Planning, this month. A lot of what you see "
  "when you drive through Askerfield has his fingerprints on it. Congratulations, Steve.",
  allow=["officers.impartiality"], by="ANY", note="congratulates a named officer")
N(FAM, "The planning report on Hagg Lane Quarry is out. Officers recommend approval with "
  "conditions. Read it yourselves at example.org/hagglane and comment before 20 March.",
  by="NOTPLAN", when=("2026-02-02", "2026-03-13"),
  note="neutral report of published officer advice; author not on planning")
N(FAM, "Why do I keep hearing 'the officers decided'? Officers advise, members decide. If you "
  "don't like the car park charges, blame us, not Lauren's comms team for telling you about "
  "them.", allow=["officers.impartiality"], by="AT", note="defends comms staff")
N(FAM, "Inspector Donna Parkin and her team did a cracking job at the Northfield drop-in this "
  "afternoon. Lots of worried residents went home reassured.", by="ANY",
  note="a police inspector (public office holder), not a council officer")
N(FAM, "Ian Kemshall's new guide to asking a question at full council is the most useful thing "
  "I've read all year. Link's in the comments – residents, use it!",
  allow=["officers.impartiality"], by="ANY", note="praise for a named officer")
N(FAM, "Our Chief Exec, Helen Bramley, has been shortlisted for a national award for the "
  "Headstocks regeneration. Well deserved.", allow=["officers.impartiality"], by="ANY",
  note="congratulates the Chief Executive")
N(FAM, "Planning enforcement isn't a witch hunt. Kieran Daykin gets abuse every week for doing "
  "the job we ask him to do. Report the breach, not the officer.",
  allow=["officers.impartiality"], by="ANY", note="defends a named officer")
N(FAM, "The s151 officer's statement on reserves is on p.34 of the budget papers: 'adequate but "
  "not generous'. My take? Cabinet's been spending like there's no tomorrow.",
  allow=["officers.impartiality"], by="OPP", when=("2026-02-13", "2026-02-24"),
  note="quotes the officer's published advice accurately; criticism is of cabinet")
N(FAM, "Officers have changed their advice on the Blackmire lock gates after a new survey came "
  "in. That's how it should work – evidence first, then the recommendation.",
  allow=["officers.impartiality"], by="ANY",
  note="officer advice changed on evidence, welcomed; no pressure")

# ---- resources.political-use ----------------------------------------------------------
FAM = "resources.political-use"
P(FAM, "Pit Villages First canvass team: Thursday 7pm, Committee Room 2 at the council offices. "
  "Tea, biscuits and 3,000 leaflets to fold 🙌 Bring a mate!", by="PVF",
  note="party canvass meeting in a council committee room")
P(FAM, "Printed 2,000 Askerfield Together leaflets on the big copier at the civic centre last "
  "night. Saved us a small fortune! Volunteers to deliver in Ravensholt please, DM me.",
  by="AT", note="party leaflets on council equipment")
P(FAM, "Fancy joining the Greens' campaign team in Sallowby? Drop me a line on my council email, "
  "cllr.sallowby@askerfield.example.com, and I'll add you to the rota 🌳", by="FEG",
  note="council email used for party recruitment")
P(FAM, "Huge thanks to the comms team at the council for designing our election leaflet – looks "
  "the business! Askerfield Together, delivering for you 🗳️", by="AT",
  allow=["officers.impartiality"], note="council staff time used on a party leaflet")
P(FAM, "Cracking on with the Askerfield Together manifesto on my council laptop while I wait for "
  "cabinet to start. Multitasking 💻", by="AT", when=("2026-01-27", "2026-02-17"), hours=(15, 16),
  note="council laptop used for party manifesto")
P(FAM, "Got one of the council vans to drop the PVF stall gazebo off in Pelham Main this morning. "
  "Cheers lads, saved my back 😂", by="PVF",
  note="council van and staff used for a party street stall")
P(FAM, "Vote Forest Edge Greens on 7 May! We've put the council crest on our leaflet this year "
  "because, let's face it, the council agrees with us about trees 🌳", by="FEG",
  note="council logo on a party leaflet")
P(FAM, "Using the Members' Room printer to run off the Independents' petition against the bin "
  "changes. Come and sign at Blackmire Co-op on Saturday morning!", by="AVI",
  note="council printer used for a party petition")
P(FAM, "Newsletter news! 📬 Our Askerfield Together spring newsletter goes out this week to "
  "everyone on the council's consultation mailing list, so if you've ever filled in a "
  "council survey, keep an eye on your inbox. Inside: what we've delivered on bins, the "
  "new play area at Headstocks, and why we need your vote on 7 May. Please forward it to "
  "your friends and family too!", by="AT",
  allow=["data-protection.personal-data"],
  note="council mailing list used for a party newsletter")
P(FAM, "Asked the ward support officer to pull together the stats for my re-election leaflet. "
  "Handy having staff on tap, I must say.", by="ANY", allow=["officers.impartiality"],
  note="council staff time for an election leaflet")
P(FAM, "PVF fundraiser quiz in the Council Chamber next Friday – £2 a head, every penny to the "
  "campaign fund. Chairman's chair strictly out of bounds 😉", by="PVF",
  note="Council Chamber used for a party fundraiser")
P(FAM, "Sending this from my askerfield.example.com address because it's the one most of you "
  "have got: please chip in to the Pit Villages First fighting fund. Every fiver helps.",
  by="PVF", note="council email used to raise party funds")
P(FAM, "Greens' campaign photo shoot done this dinnertime in the civic centre foyer, under the "
  "council crest. Looks dead official 📸 Leaflets out next week.", by="FEG",
  note="council building and crest for party campaign material")
P(FAM, "Got the council's social media team to boost our Askerfield Together video on the "
  "official page. 4,000 views already! Thanks guys 🙏", by="AT",
  allow=["officers.impartiality"], note="council channel and staff used for party video")
P(FAM, "Door-knocking Northfield tonight in council hi-vis borrowed from the depot. Residents "
  "think we've come to fix the street lights 😂 #VotePVF", by="PVF", not_by=["straw"],
  note="council equipment used for canvassing")
P(FAM, "Leaflets for the Independents' spring campaign are stacked up in the group room at the "
  "civic centre. Pop in during office hours and grab a bundle if you're delivering.",
  by="AVI", note="council room used as a party leaflet store")
P(FAM, "Quick one for the team: the Askerfield Together group is using the council's Teams "
  "account for our campaign calls from now on. Link's in the WhatsApp.", by="AT",
  note="council IT account used for party campaign calls")
P(FAM, "PVF canvass sheets printed off the electoral register on the council system in the "
  "members' room. Pelham Main, here we come!", by="PVF",
  allow=["data-protection.personal-data"],
  note="council system and printer used to produce party canvass sheets")

N(FAM, "Ward surgery Saturday 10–12 at Pelham Main Miners' Welfare, Crescent Road. Bring your "
  "problems, not your politics 😄", by=["marriott"],
  note="the author's own published surgery; no party content")
N(FAM, "Reminder: my council email is for casework. For party stuff, use my campaign address "
  "bev.pvf@example.com – the two are kept separate.", allow=["resources.political-use"],
  by=["marriott"], note="keeps council email apart from party business")
N(FAM, "Pit Villages First canvass Saturday: meet 10am in the car park of the Headstocks pub, "
  "leaflets provided (paid for by PVF, printed by a firm in Mansfield).", by="PVF",
  note="party campaigning with no council resources")
N(FAM, "Printed by Forest Edge Greens, 4 Chapel Row, Sallowby. Promoted by our election agent on "
  "behalf of FEG. Yes, we pay for our own ink!", by="FEG",
  note="party imprint line; own resources")
N(FAM, "The Members' Room printer is for agendas, not leaflets. I know, because I asked before I "
  "tried 😂 Leaflets done at the print shop on Station Road.",
  allow=["resources.political-use"], by="ANY", note="asked and kept to the rule")
N(FAM, "Used my council laptop last night to read all 412 pages of the planning pack. Riveting "
  "stuff. Pass the coffee.", allow=["tone.irony-risk"], by="PLAN",
  note="council laptop used for council business; irony about a document")
N(FAM, "The council van outside the Welfare this morning was there because the crew were fixing "
  "the street light, not because of our coffee morning. Promise!", by="ANY",
  allow=["resources.political-use"], note="explains council van for council work")
N(FAM, "Askerfield Together group meeting tonight. Booked and paid for the back room at the "
  "Miners' Arms, as always. Members only, sorry!", by="AT",
  note="party meeting in a paid-for private room")
N(FAM, "Council crest on a party leaflet? No. Party leaflets can't use it and ours never will. "
  "Whoever's saying otherwise hasn't read ours.", by="ANY",
  note="shares words with positives; says the rule is kept")
N(FAM, "Residents can book Committee Room 2 for community groups: £12 an hour, free for "
  "charities. Ask Democratic Services.", by="ANY", note="public room booking information")
N(FAM, "Canvassing in Kirkby Hollin. Cold enough to freeze your snap in your tin. Vote Askerfield "
  "Together on 7 May 🗳️", by="AT", note="party campaign with no council resources")
N(FAM, "Just to be clear, after a question on here: the PVF newsletter is paid for by party "
  "members and delivered by volunteers. No council money, no council staff, no council "
  "printer.", allow=["resources.political-use"], by="PVF", note="states the rule is kept")
N(FAM, "The comms team have put out the official notice on the bin collection changes. Please "
  "share it – it's the council's information, not mine.", by="ANY",
  note="sharing an official notice; no party content")
N(FAM, "Answering casework from my council email tonight. Replies a bit slower this week as "
  "I'm on nights at work.", by="ANY", note="council email for casework")
N(FAM, "The Greens are holding a public meeting about the Forest Road lodges at Sallowby "
  "Methodist Chapel on Thursday. Room hired and paid for by the party; everyone's welcome.",
  by=["ashmore"], note="party meeting in a hired room; no view on the application")
N(FAM, "Council hi-vis for the litter pick? Yes – the council lends kit to every community "
  "group that asks. Thanks to the street cleansing team for sorting ours.", by="ANY",
  note="council kit lent for a community (not party) event")
N(FAM, "Pre-election period starts soon. From then, the council's accounts can't share "
  "councillors' posts. Fair enough – that's as it should be.", by="ANY",
  when=("2026-03-02", "2026-03-27"), note="describes purdah correctly")
N(FAM, "Working from the Members' Room this morning on a constituent's housing appeal. Good wifi, "
  "terrible coffee.", by="ANY", note="council room used for council work")

# ---- position.improper-advantage ------------------------------------------------------
FAM = "position.improper-advantage"
P(FAM, "As your councillor I can get your housing application bumped up the list. I've done it "
  "for loads of families already and I'll do it for you. Don't sit there waiting two years "
  "like everybody else – DM me your name and your application number and I'll have a word "
  "in the right ear. That's what I'm here for.", by="ANY", not_by=["bestwick"],
  note="offers queue-jumping through the role")
P(FAM, "Thinking of an extension? Get Hollinwood Joinery – my lad's firm. Mention my name when "
  "you put the planning in and it'll be a breeze 😉", by="ANY",
  note="promotes a relative's firm and implies planning favours")
P(FAM, "Parking ticket outside the market on Saturday? Send me a photo of it and I'll have a "
  "word with the parking team to get it wiped. No bother.", allow=["officers.impartiality"],
  by="ANY", note="offers to get fines cancelled through the role")
P(FAM, "Anyone having bother with a planning application, let me know and I'll get it "
  "fast-tracked. Perks of knowing the right people in Steve's team 😉",
  allow=["officers.impartiality"], by="ANY", note="fast-track offer through contacts")
P(FAM, "Wragg Electrical are the best sparkies in the district, and I'm not just saying that "
  "because I'm married to the boss 😂 They've done half the council's buildings – get a quote!",
  allow=["interests.declared-interest"], by=["wragg"],
  note="promotes his wife's firm (registered) citing council work")
P(FAM, "Firms thinking of bidding for the council's gritting contract: worth having a chat with "
  "me first. I know how the scoring works and what the panel likes to see.",
  allow=["confidentiality.insider-advantage"], by="ANY",
  note="offers bidders an edge through the role")
P(FAM, "I've asked the tenancy team to find my nephew a flat on Headstocks. He's waited long "
  "enough and I'm not above using a bit of clout for family. Family first, always.",
  allow=["officers.impartiality"], by="ANY", not_by=["bestwick"],
  note="uses position for a relative")
P(FAM, "Had a quiet word with the licensing team to go easy on my mate's pub at its renewal. "
  "He's a good lad, runs a tidy house, and he's been through enough this year.",
  allow=["officers.impartiality"], by="ANY", note="seeks leniency for a friend")
P(FAM, "The Leader's office have agreed our rugby club gets first dibs on the new 3G pitch "
  "slots at the leisure centre. Pays to have someone on the inside 🏉",
  allow=["interests.declared-interest"], by=["fretwell"],
  note="club committee member boasts of preferential treatment via the role")
P(FAM, "told the depot lads to do my street first on the griting run. if im out at 6am i need "
  "to get down that hill in one peice!!", allow=["resources.political-use"], by="ANY",
  note="uses position for personal advantage")
P(FAM, "Any colleague who backs my motion on Tuesday will find their ward near the top of the "
  "pothole list this spring. Just saying. 🤷", by="ANY",
  note="offers council services in exchange for votes")
P(FAM, "Job going at the leisure centre – I've put a word in for my daughter's best friend, so "
  "she's a shoo-in now. Proud to help our young people!", by="ANY", not_by=["cresswell"],
  note="influences a council appointment")
P(FAM, "Behind on your council tax? Don't panic. Message me and I'll get the recovery team to "
  "put yours on hold – one of the perks of having a councillor on your side.",
  allow=["officers.impartiality"], by="ANY", note="offers to stop enforcement for individuals")
P(FAM, "Want a pitch at the Christmas market next year? Book it through me and you'll skip the "
  "waiting list. Message me now before they all go.", by="ANY",
  note="offers to bypass a waiting list")
P(FAM, "I'm chair of the licensing committee, so if your new bar needs a late licence, come and "
  "see me first and we'll make sure it's all smooth sailing 🍻", by=["rowbotham"],
  allow=["predetermination.closed-mind"],
  note="licensing chair offering applicants an easy ride")
P(FAM, "Used my councillor badge to get the highways contractor to sort my mam's drive before "
  "the rest of the street. She's 84, don't judge me 😂", by="ANY",
  note="queue-jumping a council contractor for family")
P(FAM, "Honest advice if you're applying for a community grant this year: say you know me. "
  "It helps. Trust me, I'm on the panel.", by="ANY", note="implies grant favouritism")
P(FAM, "My cousin runs Sherwood Skips. Told environmental services they'd be daft not to use him "
  "for the bulky waste work. Watch this space 👀", allow=["officers.impartiality"], by="ANY",
  note="promotes a relative's firm to officers for a council contract")

N(FAM, "As your councillor I can't fast-track your planning application – nobody can – but I can "
  "explain how it works and who to talk to. Surgery's Saturday morning.", by="ANY",
  note="shares 'as your councillor' and 'fast-track'; refuses the favour")
N(FAM, "Family first this weekend: phone off, no emails, just the grandkids and a wander round "
  "Sherwood Pines. Back Monday!", by="ANY", note="'family first' with no favour")
N(FAM, "If your housing application's stuck, email me and I'll chase where it's up to. No "
  "promises on priority – that's set by the allocations policy, not by who you know.",
  allow=["position.improper-advantage"], by="ANY", not_by=["bestwick"],
  note="ordinary casework; says there is no special treatment")
N(FAM, "It's not who you know. Apply for the community grant – the panel scores every bid "
  "against the criteria. Deadline 28 February, forms at the library.", by="ANY",
  when=("2026-01-05", "2026-02-27"), note="shares 'who you know'")
N(FAM, "Declared my interest and left the room when scrutiny looked at the 3G pitch bookings – "
  "I'm on the rugby club committee. Rules are rules.", by=["fretwell"],
  allow=["interests.declared-interest"], when=("2026-02-20", "2026-03-27"),
  note="holder declares properly")
N(FAM, "My lad's joinery firm didn't bid for the council contract in the end. Says the "
  "paperwork would finish him off 😂", allow=["position.improper-advantage"], by="ANY",
  note="relative's firm mentioned; no favour sought")
N(FAM, "Pothole on Lidgett Lane reported – reference came back from the council's online form in "
  "two minutes. Report yours at example.org/report, it does work.", by="ANY",
  note="normal route for everyone")
N(FAM, "Local businesses: the council's 'Buy Askerfield' directory is free to join. I don't get "
  "a penny from it – I just want our spending to stay local.", by="ANY",
  note="promotes a public scheme, not a connected business")
N(FAM, "Parking ticket? I can't get it cancelled and neither can any other councillor. Here's how "
  "to appeal properly: example.org/pcn-appeal", by="ANY", note="shares 'parking ticket'")
N(FAM, "Perks of being Chairman: I got to meet forty brilliant Year 6s at Ravensholt Primary "
  "today and answer questions about the mace.", by=["lilley"],
  note="civic duty; 'perks' joke")
N(FAM, "Wragg Electrical won't bid for any council work while I'm in cabinet. It's on my "
  "register, and it's the right call.", allow=["interests.declared-interest",
  "position.improper-advantage"], by=["wragg"], note="holder stepping back properly")
N(FAM, "Got a call asking if I could 'sort out' a licence renewal. No. Applications go to the "
  "licensing team and the committee, and any contact like that gets reported.",
  by="ANY", note="refuses a favour")
N(FAM, "The waiting list for market pitches is run by the markets team. I've asked for it to be "
  "published so everyone can see it's fair.", by="ANY", note="transparency, not favour")
N(FAM, "Jobs fair at the Welfare on Thursday, 10 till 2. Forty local employers. I can't get you "
  "a job, but I can point you at people who can.", by="ANY", note="public event")
N(FAM, "The fast lane at the tip is open again on Saturdays for vans with a permit. Book yours "
  "online.", by="ANY", note="shares 'fast' wording")
N(FAM, "My mam's drive is still cracked. No, I haven't asked the highways lot. She's on the list "
  "like everybody else 😂", by="ANY", note="refuses to jump the queue")
N(FAM, "Anyone reccomend a decent plumber in Blackmire? Not council business – our boilers "
  "packed in and its proper nesh in here 🥶", by="ANY",
  when=("2026-01-05", "2026-02-27"), note="private request")
N(FAM, "Congratulations to Hollin Park Logistics on twenty years in Kirkby Hollin. (As my "
  "register says, I work there.)", allow=["position.improper-advantage"], by=["cresswell"],
  note="holder congratulates her employer, declaring the link; no council matter")

# ---- gifts.hospitality ----------------------------------------------------------------
FAM = "gifts.hospitality"
P(FAM, "Thank you to the Askerfield Chamber of Trade for the Christmas hamper! The pork pie "
  "didn't survive the night, I'm afraid 😋", v="advice", by="ANY", when=("2026-01-05", "2026-01-09"),
  note="hamper from a business body; no decision sought")
P(FAM, "Lovely surprise on the doorstep this morning: a bottle of 18-year-old single malt and a "
  "card saying 'from a grateful resident'. Cheers, whoever you are! 🥃", v="advice", by="ANY",
  note="valuable anonymous gift; no decision named")
P(FAM, "Smashing afternoon in the hospitality box at the Stags courtesy of Sherwood Fabrications. "
  "Lost 2–0 but the buffet won 🦌⚽", v="advice", by="ANY",
  note="corporate hospitality; giver not said to seek a decision")
P(FAM, "Just back from a week in a cottage up in the Peak District, lent to us by a local "
  "businessman who shall remain nameless. Thanks, mate – the wife loved it!", v="advice",
  by="MEN", note="holiday lent by a businessman; speaks of his wife")
P(FAM, "Honorary life membership of Askerfield Golf Club – what an honour! With a handicap of 36 "
  "they might live to regret it ⛳", v="advice", by="ANY", note="membership gift")
P(FAM, "Panto tickets at the Royal Concert Hall from the lads at Trentside Scaffolding – oh no "
  "they didn't! Oh yes they did! 🎭 Cracking night out.", v="advice", by="ANY",
  when=("2026-01-05", "2026-01-16"), note="tickets from a contractor-type firm; no decision named")
P(FAM, "Lovely lunch at the Olde Bell with the Copperbeech Homes team today. Proper three "
  "courses and they picked up the tab, which was nice of them! Their plans for Lidgett "
  "Lane sound fantastic – new families, a bit of life in the village, and they've promised "
  "a play park too. Really impressed with how much they care about Ravensholt. 🍽️", v="review",
  allow=["predetermination.closed-mind"], by="NOTPLAN",
  note="hospitality from a pending applicant (Top Pasture, 26/00087/OUT); author not on planning")
P(FAM, "Thanks to Greenwood Lodges for the weekend away at their Lincolnshire site. Very comfy. "
  "Now I see what they want to bring to Sallowby 🌲", v="review",
  allow=["predetermination.closed-mind"], by="NOTPLAN",
  note="weekend from a pending applicant (Forest Road lodges)")
P(FAM, "Beckside Events have sent me VIP wristbands for Beck Fest 2026 😍 Can't wait! Who's "
  "coming?", v="review", allow=["predetermination.closed-mind"], by="NOTLIC",
  note="gift from a pending licence applicant; author not on licensing")
P(FAM, "A whole case of Bean Junction coffee pods came through the letterbox this morning. Cheers "
  "for the caffeine, lads – see you when your Station Road plans come up ☕", v="review",
  allow=["predetermination.closed-mind"], by="NOTPLAN",
  note="gift from a pending applicant (former Co-op drive-thru)")
P(FAM, "Coalbrook Solar took a few of us for a curry after their exhibition at the Welfare. "
  "Decent folk, decent jalfrezi 🌶️", v="review", by="NOTPLAN",
  note="meal from a pending applicant (Pelham Tip solar farm)")
P(FAM, "Dinner at the Lamp Room last night, on the house! The owners are proper generous. Good luck "
  "with the licence, folks 🍷", v="review", allow=["predetermination.closed-mind"], by="NOTLIC",
  note="free dinner from a pending licence applicant")
P(FAM, "Tarnway Logistics have invited me to the Forest v County derby in their box. Don't mind "
  "if I do ⚽🍺", v="review", by="NOTPLAN",
  note="hospitality from a pending applicant (Hollin Park extension)")
P(FAM, "Cutside Marinas treated me to a narrowboat trip out of Blackmire this morning. Gorgeous "
  "day on the cut, kingfisher and all 🐦", v="review", by="NOTPLAN",
  note="trip from a pending applicant (Lock Cottage moorings)")
P(FAM, "Waste firms after the new collection contract are very keen on wining and dining. "
  "Redgate Recycling's steak was top notch, I'll give them that 🥩", v="review", by="ANY",
  note="meal from a bidder for a council contract")
P(FAM, "A full set of new tyres on the car for nowt, thanks to Dalesman Motors (who are pitching "
  "for the council's fleet contract, as it happens). Legends.", v="review", by="ANY",
  note="gift from a firm seeking a council contract")
P(FAM, "Parade Stores dropped round a crate of beer to say thanks for 'listening'. Not sure what "
  "I did but cheers! 🍻", v="review", by="NOTLIC",
  note="gift from the pending off-licence applicant")
P(FAM, "Greystone Aggregates put on a cracking buffet at their quarry open day and sent me home "
  "with a fleece and a hamper. Warm as toast now!", v="review", by="NOTPLAN",
  note="gifts from a pending applicant (Hagg Lane quarry extension)")

N(FAM, "Declined a hamper this week from a firm that does business with the council. Sent it "
  "back with a polite note and told the Monitoring Officer.", allow=["gifts.hospitality"],
  by="ANY", when=("2026-01-05", "2026-01-16"), note="refused and reported")
N(FAM, "Registered the Stags tickets from the Chamber of Trade with the Monitoring Officer today "
  "– over £100, so it goes on the register within 28 days. That's the rule.",
  allow=["gifts.hospitality"], by="ANY", note="registered properly")
N(FAM, "Went to the Copperbeech exhibition, bought my own cuppa, asked some hard questions. "
  "Still undecided – I'll read the officers' report when it's out.", by="PLAN",
  note="no gift; open mind on a pending matter")
N(FAM, "Christmas presents from the grandkids: socks, more socks, and a mug that says 'World's "
  "Okayest Councillor'. Perfect.", by="ANY", when=("2026-01-05", "2026-01-09"),
  note="family gifts, not related to the role")
N(FAM, "Councillor hospitality, Sallowby style: a cuppa and a custard cream at the WI. Didn't "
  "register it 😂", by="W_SALLOWBY", allow=["gifts.hospitality"], note="trivial normal hospitality")
N(FAM, "Anniversary tea with my husband at the Lamp Room. Paid, tipped, and the sticky toffee "
  "pudding was elite.", by=["hardstaff", "bestwick", "cresswell", "marriott"],
  note="paid meal at a pending licence applicant's premises; author not on licensing")
N(FAM, "Thanks to Pelham Welfare for hosting our residents' meeting and keeping the mash "
  "flowing. Eighty-odd turned up!", by=["marriott"], note="normal hospitality at a ward meeting")
N(FAM, "Turned down a 'thank you' meal from a developer today. Nothing personal – but I sit on "
  "planning.", allow=["gifts.hospitality"], by="PLAN", note="refused")
N(FAM, "Brought a tin of Roses down to the depot for the crews who worked through the snow. "
  "They've earned them.", by="ANY", when=("2026-01-05", "2026-02-20"),
  note="the councillor gives, rather than receives")
N(FAM, "The quarry company offered councillors a site tour with lunch. I've said I'll come for "
  "the tour and bring my own snap.", allow=["gifts.hospitality"], by="ANY",
  note="hospitality refused")
N(FAM, "Free tickets to Beck Fest? No thanks. I'm on licensing, and it's coming to us.",
  allow=["gifts.hospitality"], by="LIC", note="refused by a licensing member")
N(FAM, "Got a thank-you card from a family we helped with their housing. Made my week ❤️",
  by="ANY", note="card; no value")
N(FAM, "My register of gifts and hospitality is online for anyone to see: one dinner (Chamber "
  "of Trade awards, £45) this year. That's it.", allow=["gifts.hospitality"], by="ANY",
  note="points to the register")
N(FAM, "Raffle win! A meat hamper from the Kirkby Hollin butchers at the Scouts' bingo. £2 "
  "ticket, fair and square 🥩", by="ANY", note="won, not given")
N(FAM, "Who paid for the Greens' table at the Chamber dinner? We did. £35 a head, out of our own "
  "pockets.", by="FEG", note="paid for")
N(FAM, "Offered a narrowboat trip by a firm with an application in. Said no. Went to the canal "
  "trust's open day instead and paid my fiver.", allow=["gifts.hospitality"], by="ANY",
  note="refused")
N(FAM, "Civic reception for the colliery band's 125th: sandwiches and a glass of squash, "
  "courtesy of the Chairman. Cheers for a lovely do.", by="ANY",
  note="normal civic hospitality")
N(FAM, "A bottle of wine from a grateful resident whose street light I got fixed. Sent it back "
  "with a thank you – it's my job, not a favour.", allow=["gifts.hospitality"], by="ANY",
  note="returned")

# ---- capacity.council-voice -----------------------------------------------------------
FAM = "capacity.council-voice"
P(FAM, "On behalf of Askerfield District Council, congratulations to Sallowby FC on winning the "
  "county cup! 🏆", by="BACK", not_by=["marriott"],
  note="harmless content, but speaks for the council from a councillor account")
P(FAM, "The Council believes the Forest Road lodges are wrong for Sallowby, and we'll be making "
  "that clear.", allow=["predetermination.closed-mind"], by=["ashmore"],
  note="personal view as the council's; author not on planning")
P(FAM, "Official council position: Askerfield will not accept one more warehouse on Hollin "
  "Park. End of.", allow=["predetermination.closed-mind"], by="BACK", not_by=PLAN,
  note="presents a personal view as the official position; author not on planning")
P(FAM, "Askerfield District Council stands with the striking bus drivers. ✊ Solidarity.",
  by="BACK", note="party stance presented as the council's")
P(FAM, "Speaking for the council here: we are all disgusted by the government's funding "
  "settlement. Askerfield has been robbed.", by="BACK", when=("2026-01-05", "2026-02-24"),
  note="'speaking for the council'")
P(FAM, "Askerfield District Council fully supports a ban on the sale of fireworks to the public. "
  "Retweet if you agree! 🎆🚫", by="BACK", note="no such council policy; own view as council's")
P(FAM, "As a council, Askerfield says NO to the Ravensholt bypass route through the wood. Loud "
  "and clear.", by="BACK", not_by=["wragg", "lilley"],
  note="personal view as the council's")
P(FAM, "Askerfield Council is officially backing our bee-friendly verges campaign 🐝🌼 Sign up "
  "at the link and get a free seed packet!", by=["pegg_bees"],
  note="personal account claims official council backing")
P(FAM, "It's official: Askerfield District Council backs reopening the railway station at "
  "Blackmire. Time the county caught up.", by="AVI",
  note="'It's official' for a group's campaign")
P(FAM, "Askerfield Council condemns the closure of Kirkby Hollin police station. Our residents "
  "deserve better than this.", by="BACK", note="council voice without authority")
P(FAM, "We at Askerfield District Council wish all our Muslim residents Ramadan Mubarak 🌙",
  by="BACK", when=("2026-02-18", "2026-03-19"),
  note="kindly content, but a backbencher speaks as the council")
P(FAM, "Statement on behalf of ADC: this council rejects the government's housing targets for "
  "north Notts outright.", by="BACK", note="'statement on behalf of ADC'")
P(FAM, "Message from Askerfield District Council to the bus company: sort the 141 out, or we'll "
  "pull the subsidy.", by="BACK", note="threat in the council's name")
P(FAM, "Askerfield District Council is proud to support the colliery band at the area contest "
  "this weekend 🎺 Go on, lads!", by=["nev_brass"],
  note="personal (band) account speaking for the council")
P(FAM, "The council's position on fracking anywhere in north Notts is simple: not here, not ever.",
  by="OPP", note="party policy presented as the council's")
P(FAM, "Askerfield District Council apologises to Northfield residents for the bin chaos this "
  "week. Three days late on the Parade, overflowing bins on Coronation Road and nobody "
  "answering the phones. It's not good enough and we know it. We will do better, and we'll "
  "be putting an extra crew on next week to catch up. Sorry, folks.", by="OPP", note="opposition member apologises as the council")
P(FAM, "Askerfield DC says: the government must fund free school meals for every primary child. "
  "This council will keep fighting for it.", by="PVF", not_by=["clayworth"],
  note="party campaign as the council's")
P(FAM, "Official: this council backs the Pit Villages First petition to save the Pelham Main "
  "post office. Sign it today!", by="PVF", note="party petition presented as official")

N(FAM, "From me and everyone in Sallowby ward, congratulations to Sallowby FC on winning the "
  "county cup! 🏆", by="FEG", note="ward voice, not the council's")
N(FAM, "Cabinet agreed last night to freeze car park charges until April 2027 (minute 57). The "
  "decision notice is on the council website.", allow=["capacity.council-voice"],
  by=["hardstaff"], when="2026-01-28", note="Leader reports a cabinet decision accurately")
N(FAM, "As Chairman of Askerfield District Council it was my honour to present long service "
  "awards to fourteen members of staff today.", allow=["capacity.council-voice"],
  by=["lilley"], note="the Chairman's civic role")
N(FAM, "My view, not the council's: the A614 needs dualling yesterday.", by="ANY",
  note="clearly a personal view")
N(FAM, "Personal account, views my own: anyone who says bees are boring has never had a hive "
  "swarm in their back garden 🐝", by=["pegg_bees"], note="personal account, own view")
N(FAM, "Pit Villages First's position: we oppose the garden waste charge and we'll vote "
  "against it at budget council.", by="PVF", when=("2026-01-05", "2026-02-24"),
  note="party view labelled as the party's")
N(FAM, "Official: I've bought a new allotment shed. The council's position on its colour: sage "
  "green 😂", allow=["capacity.council-voice"], by="ANY", note="joke")
N(FAM, "The Local Plan consultation opens today – have your say at example.org/localplan. That's "
  "the council's official page; my own thoughts are on my blog.", by="ANY",
  note="points to the council's page; separates own view")
N(FAM, "Askerfield District Council has declared a climate emergency. Full council agreed the "
  "motion last night, 31 votes to 7. Proud to have seconded it.",
  allow=["capacity.council-voice"], by="BACK", when="2026-02-26",
  note="reports a council resolution accurately")
N(FAM, "We in the Forest Edge Greens think the council has got this badly wrong.", by="FEG",
  note="party voice, labelled")
N(FAM, "It's the council's job to empty the bins, not mine, but I'll chase it for you 😄",
  by="ANY", note="mentions the council; no claim to speak for it")
N(FAM, "I don't speak for the council – I speak for Blackmire. And Blackmire says fix the "
  "towpath lights.", by="W_BLACKMIRE", note="disclaims the council's voice")
N(FAM, "Shared from the council's official page: Station Road closed 9–13 February for gas "
  "works. Diversion via Colliery Road.", by="ANY", when=("2026-01-26", "2026-02-13"),
  note="sharing official information")
N(FAM, "Askerfield Together believes in a fair deal for the pit villages. Our manifesto's out "
  "next week.", by="AT", note="party voice")
N(FAM, "Leader here. Full council passed the budget last night: council tax up 2.99%. I know "
  "it's not welcome; here's why we did it.", allow=["capacity.council-voice"],
  by=["hardstaff"], when="2026-02-26", note="Leader reports the decision accurately")
N(FAM, "Cabinet member hat on: the new bin calendars are out. Check your collection days at "
  "example.org/bins.", allow=["capacity.council-voice"], by=["kirkham"],
  note="portfolio holder sharing service information")
N(FAM, "The council's statement on the Welfare fire is here: example.org/news. My own thoughts "
  "are with everybody at the Welfare tonight.", by="ANY",
  note="links the council's statement, keeps own words separate")
N(FAM, "On behalf of myself and Tom, your Sallowby councillors: happy new year!", by=["ashmore"],
  when=("2026-01-05", "2026-01-09"), note="ward councillors' voice")

# ---- confidentiality.insider-advantage ------------------------------------------------
FAM = "confidentiality.insider-advantage"
P(FAM, "If you've got a lock-up garage on Beck Lane, I'd sell it now while you can. Can't say "
  "more, but the council's plans for that corner will change things. 😉",
  allow=["confidentiality.disclosure"], by="ANY", note="sell-now tip from council knowledge")
P(FAM, "Little birdie (OK, a cabinet briefing) says car park charges are going up in April. Stock "
  "up on season tickets before then, folks!", allow=["confidentiality.disclosure"],
  by="ANY", when=("2026-01-05", "2026-01-23"), note="tip from a briefing before any announcement")
P(FAM, "Heads up for my mates in the building trade: there's a big council refurb contract "
  "coming out next month. Get your paperwork ready before it's advertised 👷",
  allow=["confidentiality.disclosure"], by="ANY", note="advance tip to friends")
P(FAM, "Thinking of buying on Sycamore Road? Don't. Trust me. I know what's coming.",
  allow=["confidentiality.disclosure"], by="ANY", note="warning from council knowledge")
P(FAM, "My brother-in-law's been after a unit on the Headstocks estate. Told him to hold off "
  "till the council drops the rents in the summer – he'll thank me for that one.",
  allow=["position.improper-advantage", "confidentiality.disclosure"], by="ANY",
  note="family advantage from council knowledge")
P(FAM, "Tip-off for market traders: the fee rise coming in April is a lot smaller than the "
  "papers said, so don't hand your pitch back just yet 🤫", allow=["confidentiality.disclosure"],
  by="ANY", when=("2026-01-05", "2026-02-13"), note="advance tip on fees")
P(FAM, "Before it's announced: the council's looking to buy land near the station. Got a bit of "
  "spare ground round there? Hang on to it and name your price.",
  allow=["confidentiality.disclosure"], by="ANY", note="'before it's announced'")
P(FAM, "Our kid's got a yard by the tip. Told him to get his bid in for the skip contract now – "
  "the current firm's getting binned. You heard it here first.",
  allow=["confidentiality.disclosure", "position.improper-advantage"], by="ANY",
  note="relative advised from council knowledge")
P(FAM, "Bit of insider knowledge for the Pelham lot: free parking at the Welfare car park is "
  "ending. Get your permit sorted while they're still free.", allow=["confidentiality.disclosure"],
  by="ANY", note="'insider knowledge' for residents' advantage")
P(FAM, "Word to the wise for my landlord pals. Selective licensing is coming to Northfield "
  "later this year – I've seen the paperwork and it's happening, whatever the council says "
  "publicly. That means fees per house, inspections, the lot. If you've been thinking of "
  "selling up, do it now before it's announced and the prices drop. If you're keeping "
  "them, get your gas certs and your damp sorted before the inspectors turn up. You didn't "
  "hear it from me.",
  allow=["confidentiality.disclosure"], by="ANY", when=("2026-01-05", "2026-02-27"),
  note="advance tip to landlords")
P(FAM, "You didn't hear it from me, but the old bus depot on Colliery Road is going to be sold "
  "cheap. Any developers with cash, ring the estates team sharpish.",
  allow=["confidentiality.disclosure"], by="ANY", when=("2026-01-05", "2026-02-16"),
  note="tip on a sale before it is public")
P(FAM, "If anyone's thinking of putting money into Sherwood Gateway plc, now's the time. Can't "
  "say why. Councillor privilege 🤐", allow=["confidentiality.disclosure"], by="ANY",
  note="investment tip from council knowledge")
P(FAM, "A mate of mine runs a café. Told him to get his bid in early for the leisure centre "
  "concession, because the scoring's going to favour local firms this time. I've seen the draft.",
  allow=["confidentiality.disclosure", "position.improper-advantage"], by="ANY",
  not_by=["cresswell"], note="draft seen as a councillor used for a friend")
P(FAM, "For family and friends only: allotment rents in Kirkby Hollin are going up 40% next "
  "year. Lock in a five-year tenancy now while you can.", allow=["confidentiality.disclosure"],
  by="ANY", note="posted publicly 'for family and friends'")
P(FAM, "Tip for my son and his mates: apply for the depot apprenticeships before Friday. They've "
  "already decided they want local lads, and only two have applied so far.",
  allow=["position.improper-advantage", "confidentiality.disclosure"], by="ANY",
  note="inside information on a recruitment")
P(FAM, "From what I heard in the budget working group, the empty homes premium is getting "
  "scrapped. If you've got an empty house, don't sell it yet.",
  allow=["confidentiality.disclosure"], by="ANY", when=("2026-01-05", "2026-02-13"),
  note="working-group knowledge used as a tip")
P(FAM, "Anyone with a van: the bulky waste work is going to small local firms from April. "
  "Register as a council supplier NOW before the rush – I only know because I sit on the panel.",
  allow=["confidentiality.disclosure"], by="ANY", note="panel knowledge used as a tip")
P(FAM, "Pssst. Anyone with shares in the firm doing the Headstocks pool roof should hold on. "
  "Council's about to double the contract. Don't ask me how I know 😏",
  allow=["confidentiality.disclosure"], by="ANY", not_by=["hibbert"],
  note="investment tip from council knowledge")

N(FAM, "Heads up: the council's consultation on car park charges is open until 20 March. The "
  "proposed prices are all on the website.", by="ANY", when=("2026-02-16", "2026-03-20"),
  note="'heads up' about public information")
N(FAM, "Tip-off received about fly-tipping on Pit Lane. Passed straight to the enforcement team – "
  "thanks to the resident who let me know.", by="ANY", note="'tip-off' from a resident")
N(FAM, "Buy local this Saturday: Askerfield market's been going 700 years and it's still the best "
  "place for a cob and a pork pie.", by="ANY", note="'buy' without insider knowledge")
N(FAM, "Little birdie tells me it's our Chairman's birthday today. Happy birthday, Sandra! 🎂",
  by="ANY", note="'little birdie' with no council knowledge")
N(FAM, "You didn't hear it from me… oh wait, you did, at last night's public cabinet meeting: "
  "the Headstocks pool is getting a new roof. £1.2m, work starts in June.", by="ANY",
  when=("2026-02-18", "2026-02-18"), note="public decision; joke on the phrase")
N(FAM, "Word to the wise: the tip's closed on Tuesdays from March. It's on the council website.",
  by="ANY", when=("2026-01-05", "2026-02-27"), note="public information")
N(FAM, "Insider tip from a Stags fan of forty years: don't buy a season ticket till we know who "
  "the manager is. 😂", by="ANY", note="football, not council knowledge")
N(FAM, "The estates team have put the old council yard on Pit Lane on the open market. Details and "
  "the closing date are on the council's property page.", by="ANY", when=("2026-02-23", "2026-03-27"),
  note="public sale")
N(FAM, "Landlords: the consultation on selective licensing for Northfield is live. Have your say "
  "before 31 March.", by="ANY", when=("2026-03-02", "2026-03-27"),
  note="public consultation")
N(FAM, "Published tender: bulky waste collections, closing 20 February. Small local firms very "
  "welcome to bid – there's a free briefing on the 9th.", by="ANY",
  when=("2026-01-19", "2026-02-06"), note="published tender")
N(FAM, "I get asked 'owt coming?' a lot. If it's not public yet, I can't tell you. If it is, "
  "I'll always share it.", by="ANY", note="refuses to tip")
N(FAM, "Budget papers are out: the empty homes premium stays. Page 47 if you want the detail.",
  by="ANY", when=("2026-02-16", "2026-02-24"), note="published papers")
N(FAM, "Before it's announced at the do tonight… yes, Pelham Main came second in Best Kept "
  "Village! Sorry, couldn't wait 😁", by="W_PELHAM", note="'before it's announced'; not council")
N(FAM, "Anyone know when the depot apprenticeships open? I've asked – they're published on 2 "
  "March and I'll share the link that morning.", by="ANY", when=("2026-02-09", "2026-02-27"),
  note="waits for publication")
N(FAM, "Somebody asked me to 'put a word in' about which firms get the skip contract. Told them "
  "it's an open tender and I don't get involved.", by="ANY", note="refuses")
N(FAM, "Selling up? Not likely, I love Ravensholt. (Some cheeky estate agent asked if I 'knew "
  "anything'. I don't!)", by="W_RAVENSHOLT", note="refuses")
N(FAM, "Land next to the station is on the public agenda for cabinet on the 17th. Papers "
  "published today.", by="ANY", when=("2026-02-09", "2026-02-09"), note="public agenda")
N(FAM, "Allotment rents for next year were agreed at cabinet in January: up 5%. Letters go out in "
  "March.", by="ANY", when=("2026-02-02", "2026-02-27"), note="public decision")

# ---- predetermination.closed-mind -----------------------------------------------------
FAM = "predetermination.closed-mind"
# Positives naming a pending.csv matter (block), against and for.
P(FAM, "I'll be voting against the Forest Road lodges. Sixty chalets in Sallowby woods? Never. "
  "Not on my watch. 🌲", v="block", by=["pegg"],
  note="planning member, ward member too; against 26/00112/FUL by site")
P(FAM, "Copperbeech Homes can forget it. 180 houses on Top Pasture will never get past me, "
  "however many glossy brochures they send.", v="block", by="PLAN",
  note="against 26/00087/OUT by applicant and site")
P(FAM, "26/00140/FUL – 24-hour lorries through Kirkby Hollin. This must be refused, full stop. "
  "Whatever the officers say.", v="block", by="PLAN", note="against by reference")
P(FAM, "Pelham Tip solar farm: I've made my mind up and I'm voting FOR it. ☀️ I've listened to "
  "the moaners at the exhibition and, with respect, they're wrong. Clean energy on an old "
  "spoil heap that's done nowt for forty years is a no-brainer. Jobs while it's built, "
  "money for the community fund, and it's not as if anybody walks their dog up there. The "
  "objectors won't change my mind, so they needn't bother writing in.", v="block",
  by=["marriott"], note="for 26/00061/FUL; planning member and ward member")
P(FAM, "A drive-thru on the old Co-op site? Over my dead body. I'll be voting no when it comes "
  "to committee, and I don't need to read the report to know it.", v="block", by="PLAN",
  note="against 26/00129/FUL by site")
P(FAM, "The Lamp Room wants to stay open till 3am?? Not a chance. I'll be voting to refuse and "
  "that's that.", v="block", by="LIC", note="against LIC/26/0019 by its common name")
P(FAM, "Beck Fest is going ahead and I'll make sure that licence goes through. Oakenbeck "
  "deserves a party! 🎶🎪", v="block", by="LIC",
  note="for LIC/26/0024 by its 'known as' name")
P(FAM, "Northfield Booze & News open till 2am on our parade? Not while I'm on the licensing "
  "committee. Refused, refused, refused.", v="block", by=["straw", "widdowson"],
  note="against LIC/26/0031 by its 'known as' name; Northfield members on licensing")
P(FAM, "Pithead Living's plans for the Old Pit Baths are exactly what this town needs. I'll be "
  "backing them at committee whatever the objectors say.", v="block", by="PLAN",
  note="for 26/00033/LBC by applicant and site")
P(FAM, "Greystone Aggregates want another 16 hectares of Oakenbeck. Not happening. My mind's "
  "made up and no amount of 'mitigation' will change it.", v="block", by="PLAN",
  not_by=["allsop"], note="against 26/00158/FUL by applicant")
P(FAM, "Residential moorings at Lock Cottage? No way. As far as I'm concerned that application's "
  "dead in the water 🚫🛥️", v="block", by="PLAN", note="against 26/00095/FUL by site")
P(FAM, "LIC/26/0031 – I won't be supporting it. Don't care what the applicant says at the "
  "hearing, my answer's no.", v="block", by="LIC", note="against by reference")
# Positives on quasi-judicial matters not on the register (review).
P(FAM, "Hear there's a scrapyard going to apply for the old brickworks at Ravensholt. When it "
  "comes to planning I'll be voting it down. No debate needed.", v="review", by="PLAN",
  note="settled view on an expected application, not on the register")
P(FAM, "Licensing's reviewing that cabbie's badge next week after he was caught on his phone. He "
  "should lose it, simple as. I'll be saying so on the day.", v="review", by="LIC",
  not_by=["widdowson"], allow=["data-protection.personal-data"],
  note="driver review (quasi-judicial), not on the register")
P(FAM, "Whatever the inspector hears at the appeal, that garage conversion on Blackmire Road "
  "should be thrown out. I've made my mind up.", v="review", by="PLAN",
  note="planning appeal, not on the register")
P(FAM, "The Sallowby Arms is applying to open later at weekends. I'll be voting yes – I've known "
  "the landlord twenty years and he's sound as a pound.", v="review", by="LIC",
  allow=["position.improper-advantage"], note="for; not on the register")
P(FAM, "Any application for a betting shop on Askerfield high street gets a no from me. Don't "
  "even bother applying.", v="review", by="PLAN",
  note="closed mind on any future application")
P(FAM, "Street trading consent for the burger van outside Pelham school? I'll be refusing it. "
  "Kids' health comes first and I won't be swayed.", v="review", by="LIC",
  note="street trading consent, not on the register")

N(FAM, "I've had a lot of messages about the Forest Road lodges, so here's where I am. I have "
  "concerns – traffic on a single-track lane, mainly, and what sixty lodges means for the "
  "woods and the badgers. But I sit on planning, so I haven't made my mind up and I won't "
  "until I've heard everything at committee: the officers, the applicant, and all of you. "
  "Please do send your comments in through the planning portal so they're on the record.",
  allow=["predetermination.closed-mind"], by=["pegg"], note="predisposition, open mind")
N(FAM, "Top Pasture: I'm a Ravensholt councillor but I'm not on planning, so I can say it "
  "plainly – I oppose 180 houses on that field and I'll be speaking against it.",
  allow=["predetermination.closed-mind"], by=["wragg", "lilley"],
  note="ward member not on the deciding committee")
N(FAM, "Local Plan review: I've made my mind up that we need more bungalows for older people. "
  "That's policy, not a planning application, so yes, I'll campaign for it.",
  allow=["predetermination.closed-mind"], by="ANY", note="policy, not quasi-judicial")
N(FAM, "Refused! Committee turned down the Blackmire Road takeaway extension last night. "
  "Decision notice to follow.", by="ANY", when="2026-02-12",
  note="reports a decision already made")
N(FAM, "Never say never: the Blackmire lock gates might actually get fixed this year.", by="ANY",
  not_by=["oxby"], note="'never' with no pending matter")
N(FAM, "Whatever the officers say in their reports, I always read the full papers myself. "
  "That's the job.", by="PLAN", note="shares the phrase; no settled view")
N(FAM, "Coalbrook Solar's exhibition is at the Welfare on Thursday, 4–7pm. Go and see the plans "
  "for Pelham Tip and tell them what you think. I'm keeping an open mind till it reaches "
  "committee.", allow=["predetermination.closed-mind"], by=["marriott"],
  note="planning member keeps an open mind")
N(FAM, "Beck Fest licence: I'm an Oakenbeck councillor but not on licensing, so I can say it – "
  "I'm objecting on behalf of residents who remember the noise last summer.",
  allow=["predetermination.closed-mind"], by=["fretwell"],
  note="ward member not on licensing objects")
N(FAM, "The Lamp Room licence: I've had thirty emails. I'll be at the hearing with an open "
  "mind, I'll hear from the police, the applicant and residents, and then I'll decide.",
  allow=["predetermination.closed-mind"], by="LIC", note="open mind")
N(FAM, "Committee decision on the Headstocks car wash last night: approved with conditions. "
  "Minutes at example.org/planning.", by="ANY", when="2026-01-15",
  note="reports a decision made")
N(FAM, "Dead in the water? Not the canal restoration – the trust's just landed lottery money! 🎉",
  by="ANY", note="'dead in the water' about a charity")
N(FAM, "Declared an interest on Hagg Lane Quarry – my farm adjoins it – and I won't be taking "
  "part when it comes to committee.", allow=["predetermination.closed-mind",
  "interests.declared-interest"], by=["allsop"], note="member steps back")
N(FAM, "Lots of you asking how I'll vote on the Old Pit Baths flats. Honest answer: I don't know "
  "yet. I'll hear both sides first.", allow=["predetermination.closed-mind"], by="PLAN",
  not_by=["hibbert"], note="open mind")
N(FAM, "The Hollin Park extension isn't mine to decide – I'm not on planning. But I'm Kirkby "
  "Hollin's councillor and I'll be telling the committee what residents think about lorries at "
  "3am.", allow=["predetermination.closed-mind"], by=["kirkham"],
  note="ward member not on the committee")
N(FAM, "Made my mind up: Dry January properly this year. Day 8 and counting 😅", by="ANY",
  when=("2026-01-08", "2026-01-09"), note="phrase, not a matter")
N(FAM, "Drive-thru at the former Co-op: open mind, but a long list of questions about traffic on "
  "Station Road. Bean Junction, come to the ward meeting and answer them.",
  allow=["predetermination.closed-mind"], by=["hardstaff"],
  note="ward member (not on planning) with questions")
N(FAM, "Talk of 'refusing' the solar farm before it's even reached committee is wrong. Let the "
  "process work.", allow=["predetermination.closed-mind"], by="NOTPLAN",
  note="defends due process")
N(FAM, "Planning appeal for the tyre place on Colliery Road was dismissed by the inspector today. "
  "Decision letter's on the Planning Portal.", by="ANY", note="reports a decision")

# ---- interests.declared-interest ------------------------------------------------------
FAM = "interests.declared-interest"
MKT = "Askerfield Market Traders' Association"
P(FAM, "Market pitch fees up 15%? Cabinet needs to think again. Traders like us are hanging on "
  "by our fingernails as it is. I'll be fighting this at scrutiny.", by=["rowbotham"],
  interest=MKT, when=("2026-01-05", "2026-02-18"),
  note="holder (chair of the traders, runs a stall) on a council fee; speaks for traders")
P(FAM, "The Askerfield Market Traders' Association has bid for the council's town centre fund. "
  "Best use of that money by a mile, and I'll be pushing for it every step of the way.",
  by=["rowbotham"], interest=MKT, note="holder lobbying for his body's bid; names it")
P(FAM, "The council should get right behind the Hollin Park access road bid. I see the queues "
  "every morning from the inside – it's costing local firms a fortune.", by=["cresswell"],
  interest="Hollin Park Logistics Ltd", note="employee of a Hollin Park firm; cabinet matter")
P(FAM, "Pelham Main Miners' Welfare needs the council's community buildings money more than "
  "anywhere else in the district. I'll be making that case loud and clear.",
  by=["clayworth"], when=("2026-01-05", "2026-02-18"), interest="Pelham Main Miners' Welfare", note="trustee lobbies; names it")
P(FAM, "Council's cut the Welfare's rate relief. We run on a shoestring as it is and now this. "
  "Absolutely fuming.", by=["clayworth"], interest="Pelham Main Miners' Welfare",
  note="trustee speaks for the body ('we run')")
P(FAM, "The council must keep the rugby club's lease at a peppercorn. We put 300 kids through "
  "that club every season and we'd fold without it. 🏉", by=["fretwell"],
  interest="Askerfield Rugby Club", note="committee member on a council lease")
P(FAM, "The Local Plan wants to put 90 houses on the fields next to ours in Oakenbeck. I'll be "
  "opposing that allocation every step of the way.", by=["allsop"],
  interest="Oakenbeck Grange Farm", note="landowner on an allocation next to her land")
P(FAM, "Council's putting the Oakenbeck grazing leases out to tender. I've grazed those fields "
  "for thirty years and I'll be making sure the scoring recognises local farmers.",
  by=["allsop"], when=("2026-01-05", "2026-01-14"), interest="Oakenbeck Grange Farm", allow=["position.improper-advantage"],
  note="farm owner on a council lease she would bid for")
P(FAM, "Really pleased the council's looking at a £50k grant for the Blackmire Canal Restoration "
  "Trust. Best money this council could spend, and I'll be voting for it.", by=["oxby"],
  interest="Blackmire Canal Restoration Trust", note="trustee backs a grant to the trust")
P(FAM, "Towpath maintenance budget cut again. Fifteen years I've spent with our volunteers "
  "bringing this canal back, and this is the thanks. Cabinet, reverse it.", by=["oxby"],
  interest="Blackmire Canal Restoration Trust", note="trustee speaks for the volunteers")
P(FAM, "Taxi licence fees going up £90? Drivers like us can't take another hit. I'll be voting "
  "against it.", by=["widdowson"], interest="Askerfield Private Hire Association",
  note="licensed driver on the fees")
P(FAM, "This new ten-year age limit on private hire cars will wipe out half the fleet in "
  "Askerfield. I know, because I drive one. Scrap it.", by=["widdowson"],
  interest="Askerfield Private Hire Association", note="driver on a licensing policy")
P(FAM, "Repairs budget for the Northfield flats: nowhere near enough. Our tenants' association "
  "has been telling the council for years – damp in the bedrooms, windows that don't shut, "
  "lifts out for weeks at a time. We've got the photos, we've got the petitions, we've had "
  "the meetings. This year's budget gives us a sticking plaster. I'll keep pushing at "
  "budget council and I won't stop till those flats are fit to live in.",
  by=["straw"], interest="Northfield Tenants' and Residents' Association",
  when=("2026-01-05", "2026-02-24"), note="secretary of the association")
P(FAM, "The proposed weight limit on Blackmire Road is daft. Firms like ours need that route to "
  "get to the A614. I'll be speaking against it.", by=["brough"],
  interest="Brough Haulage Ltd", note="haulage director on a traffic order")
P(FAM, "The council's heritage grant should go to the Askerfield Colliery Heritage Trust for the "
  "headgear repairs. No-brainer. I'll back it all the way.", by=["hibbert"], when=("2026-01-05", "2026-01-16"),
  interest="Askerfield Colliery Heritage Trust", note="trustee backs his body")
P(FAM, "Street lighting contract goes out to tender next month. Local electricians know these "
  "streets better than any national firm, and I'll make sure the scoring reflects that.",
  by=["wragg"], when=("2026-01-05", "2026-02-06"), interest="Wragg Electrical Contractors",
  allow=["position.improper-advantage"], note="wife's firm would bid; cabinet member")
P(FAM, "Pitch hire fees on council playing fields up AGAIN. Grassroots clubs like ours will "
  "fold. I'll be asking cabinet to freeze them for junior teams. ⚽", by=["marriott"],
  interest="Pelham Main Junior Football Club", note="club treasurer ('clubs like ours')")
P(FAM, "Cabinet's deciding how to share out the Household Support Fund. The Forest Edge Food "
  "Bank should get the lion's share – nobody reaches more families in Sallowby.",
  by=["ashmore"], interest="Forest Edge Food Bank", note="trustee lobbies for the body")

N(FAM, "Market pitch fees up 15%? Cabinet should think again – the market's the heart of "
  "Askerfield.", allow=["interests.declared-interest"], by="OPP",
  note="same matter from a non-holder")
N(FAM, "Up at four for the wholesale market in Nottingham. Frost on the windscreen, coffee in the "
  "flask. Living the dream 🥶", by=["rowbotham"], note="holder's own work; no council matter")
N(FAM, "Declared my interest as a Welfare trustee at scrutiny last night when the community "
  "buildings fund came up, and left the room. That's how it works.",
  allow=["interests.declared-interest"], by=["clayworth"], when="2026-02-20",
  note="holder declares properly")
N(FAM, "Great win for the under-12s at the rugby club on Sunday 🏉 Proud to be on the committee "
  "of a club like that.", by=["fretwell"], note="holder's hobby; no council matter")
N(FAM, "The Local Plan site at Oakenbeck is the wrong one. Too far from the school, no bus.",
  by=["fretwell"], note="same allocation from a non-holder")
N(FAM, "The grazing leases item's coming up. I've got a registered interest (Oakenbeck Grange "
  "Farm), so I've asked the Monitoring Officer and I'll be stepping out.",
  allow=["interests.declared-interest"], by=["allsop"], when=("2026-01-19", "2026-03-27"), note="holder steps back")
N(FAM, "Work party on the canal Saturday – we cleared 200 metres of reeds. Muddy, knackered, "
  "happy.", by=["oxby"], note="holder's voluntary work; no council matter")
N(FAM, "Taxi fee review at licensing next month. I drive private hire, it's on my register, and "
  "I won't be voting on it. Drivers – send your views to the licensing team.",
  allow=["interests.declared-interest"], by=["widdowson"], note="holder steps back")
N(FAM, "Taxi fees going up £90 in one go is to much. Drivers have had a rough few years, they "
  "should of phased it in.",
  allow=["interests.declared-interest"], by="ANY", note="same matter from a non-holder")
N(FAM, "Budget council: declared my interest as secretary of the Northfield TRA before the "
  "housing repairs debate last night, spoke as the public could, then left.",
  allow=["interests.declared-interest"], by=["straw"], when="2026-02-26",
  note="holder declares properly")
N(FAM, "Band practice tonight – off to the area contest in March. Cornets sounding tidy 🎺",
  by=["nev_brass"], when=("2026-01-05", "2026-02-27"),
  note="holder's personal band account; no council matter")
N(FAM, "Weight limit on Blackmire Road: about time. Lorries have been shaking the terraces for "
  "years.", by="ANY", note="same matter from a non-holder")
N(FAM, "Heritage grants at cabinet next week. I'm a trustee of the Colliery Heritage Trust, it's "
  "on my register, and the Monitoring Officer has confirmed I can't lobby for it. So I won't.",
  allow=["interests.declared-interest"], by=["hibbert"], when=("2026-01-19", "2026-01-23"), note="holder steps back")
N(FAM, "Street lighting tender: Wragg Electrical is my wife's firm, so I've handed that decision "
  "to another cabinet member and I'll have nowt to do with it.",
  allow=["interests.declared-interest"], by=["wragg"], when=("2026-02-09", "2026-03-27"), note="holder steps back")
N(FAM, "Under-10s won 4–1 in the mud on Sunday! Treasurer's job today: washing fourteen kits "
  "😂", by=["marriott"], note="holder's hobby; no council matter")
N(FAM, "Food bank shelves are low on tinned fish and UHT milk. Donations at Sallowby Co-op "
  "please 💚", by=["ashmore"], note="holder's charity appeal; no council matter")
N(FAM, "Household Support Fund: cabinet should get the money to families fast, through every "
  "route we've got – schools, the CAB, community groups.", by="ANY",
  note="same matter from a non-holder")
N(FAM, "The Hollin Park access road bid went to cabinet last night. I work on Hollin Park, so I "
  "declared and left the room. My colleagues took the decision.",
  allow=["interests.declared-interest"], by=["cresswell"], when="2026-01-28",
  note="holder declares properly")

# ---- data-protection.personal-data --------------------------------------------------
FAM = "data-protection.personal-data"
P(FAM, "Happy 100th birthday to Elsie Wardle of 14 Pit Lane, Pelham Main! What a woman. Telegram "
  "from the King and a cake the size of a pit wheel 🎂🎉", v="review", by="ANY",
  note="private person named with her address")
P(FAM, "Thanks to Ken Bagguley at 3 Chapel Row, Sallowby, for reporting the blocked drain. Fixed "
  "within the week – that's how it should be.", by="W_SALLOWBY", v="review", note="name with address")
P(FAM, "Congratulations to Maureen and Dennis Spencer, sixty years married on Friday and still in "
  "the house they bought in 1966 – 22 Forest View, NG96 3LP. Diamond couple 💎", v="review",
  by="ANY", note="names with address and postcode")
P(FAM, "To the tenant at 5 Parade Court: your rent arrears (£1,340) won't go away by ignoring "
  "the letters. Come and see me before it goes to court.", v="review", by="ANY",
  not_by=["bestwick"], note="identifiable by address; financial details")
P(FAM, "Mrs Joan Froggatt of 7 Colliery Row has been wrongly billed on council tax account "
  "40012345 for three years. I'm on it, Joan!", v="block", by="ANY",
  note="name, address and account reference")
P(FAM, "Get well soon to Pat Revill on Lidgett Lane, who's in Kings Mill after a stroke. "
  "Thinking of you, Pat x", v="block", by="ANY", note="health data with a named person")
P(FAM, "Gary Allcock, who did time for the post office job in 2019, has moved into the council "
  "flat on Headstocks Walk. Residents deserve to know who's living next to them.", v="block",
  allow=["defamation.allegation", "bullying.intimidation"], by="ANY",
  note="criminal record of a named private individual with location")
P(FAM, "Little Mia Hallam (Year 3 at Pelham Primary) has raised £400 for the children's ward "
  "where she had her heart operation. What a superstar! 💛", v="block", by="ANY",
  note="child, school and health")
P(FAM, "Whoever owns KX19 ABD, which has been parked across Mrs Hind's drive on Beck Lane all "
  "week: shift it, or it's getting reported.", v="block", by="ANY",
  note="vehicle registration")
P(FAM, "Get well soon to Sharon on the Kirkby Hollin bin round – heard her cancer's come back. "
  "We're all rooting for you, Sharon ❤️", v="block", by="ANY",
  note="staff member identifiable; health")
P(FAM, "The family who've moved into 9 Northfield Close are Syrian refugees. The dad was a "
  "teacher back home and the two little girls start at Northfield Primary next week. "
  "They've been through hell to get here and I've been asked to keep an eye on them. "
  "Please make them welcome, folks – a knock on the door and a plate of biscuits goes a "
  "long way. That's what Northfield's always been about.", v="block", by="ANY",
  note="ethnicity/refugee status with address")
P(FAM, "Lost a ginger tom round Sallowby? Ring Derek Smedley on 07700 900377 – he's found one "
  "sat on his shed roof.", v="block", also=["security.credentials"], by="ANY",
  note="private person's phone number; also a private number of another")
P(FAM, "Danny Oscroft, who was sectioned last month, is back home on Pit Lane and doing well. "
  "Pop in and say hello if you're passing.", v="block", by="ANY",
  note="mental health of a named person with location")
P(FAM, "Albert Tomlinson (born 12 March 1951) lost his wallet and bus pass on the 141 this "
  "morning. If found, please hand it in at the library.", v="block", by="ANY",
  note="name and date of birth")
P(FAM, "Lovely to see Kev Hardy back at the depot after his breakdown last year. Mental health "
  "matters, lads – talk to each other.", v="block", by="ANY",
  note="named staff member; mental health")
P(FAM, "To the bloke who's just come out of Lowdham Grange and moved into the bedsit over the "
  "chippy on Station Road: we know, and we're watching.", v="block",
  allow=["bullying.intimidation", "respect.personal-attack"], by="ANY",
  note="criminal record; identifiable from context")
P(FAM, "Housing benefit claim HB/2291/77 for Mrs Tina Rowe is STILL stuck after nine weeks. "
  "Chased it again today, Tina.", v="block", by="ANY", note="case reference with name")
P(FAM, "Our lollipop lady Brenda at Ravensholt Primary is 78 and losing her sight, bless her, "
  "but she won't hear of retiring!", v="block", by="ANY",
  note="identifiable staff member; age and health")

N(FAM, "Get well soon to our Chairman, Sandra Lilley, who's recovering from a knee op. Back in "
  "the chair before you know it!", allow=["data-protection.personal-data"], by="ANY",
  note="public office holder")
N(FAM, "You can reach me on 07700 900214 or bev.marriott.cllr@example.com. Surgery every "
  "Saturday at Pelham Main Miners' Welfare, Crescent Road.", by=["marriott"],
  note="the councillor's own published details ([self])")
N(FAM, "Mark Stenton MP held a surgery at Blackmire library today. Good to see him in the "
  "village.", by="ANY", note="public office holder")
N(FAM, "Council tax queries: ring the council on 01632 960455 or email "
  "counciltax@askerfield.example.com. Please don't post your account number on here!",
  by="ANY", note="council contact details; warns against sharing")
N(FAM, "Happy 100th birthday to one of Pelham's oldest residents! She asked me not to share her "
  "name, so just: happy birthday, duck! 🎉", by="W_PELHAM", note="no identifying data")
N(FAM, "Remembering Alderman Jack Bostock, former Chairman of this council, who died twenty years "
  "ago this week. Pelham won't forget him.", by="ANY", note="late public office holder")
N(FAM, "Found: ginger cat, Sallowby. Ring the council's animal warden on 01632 960118.",
  by="ANY", note="council number")
N(FAM, "Congratulations to Inspector Donna Parkin on 25 years' service with Notts Police.",
  by="ANY", note="public office holder")
N(FAM, "If you're struggling with your mental health, the drop-in at the library runs every "
  "Tuesday. No names, no forms.", by="ANY", note="service information")
N(FAM, "Sorry to hear Cllr Allsop is in hospital. Get well soon, Judith – committee's not the "
  "same without you.", allow=["data-protection.personal-data"], by="ANY",
  note="a councillor (public office holder)")
N(FAM, "PSA: never post your car reg, council tax reference or benefit number in a comment. "
  "Message me privately instead.", by="ANY", note="warns against sharing")
N(FAM, "Refugee welcome evening at Askerfield library: stories, food and music from families who've "
  "made our town home. Everyone welcome.", by="ANY", note="no individual")
N(FAM, "Congratulations to Norman from Oakenbeck on his 90th – he asked me to tell you he's "
  "still got all his own teeth.", by="W_OAKENBECK", allow=["data-protection.personal-data"], note="first name and village, with consent stated")
N(FAM, "Beck Lane closed between numbers 2 and 40 from Monday for a water main repair. "
  "Diversions signed.", by="ANY", note="house numbers but no person")
N(FAM, "Thanks to the resident on Pit Lane (who'd rather stay anonymous) for clearing the gully "
  "during the storm.", by="W_PELHAM", note="anonymous")
N(FAM, "Our bin crews have been brilliant this week – special thanks to the Kirkby Hollin round "
  "for going back for the missed street.", by="ANY", note="no individual")
N(FAM, "Helen Bramley, our Chief Exec, gave a great talk at the Headstocks Academy careers day "
  "today.", by="ANY", note="officer in a public role")
N(FAM, "Happy retirement to Lollipop Lol after 30 years on the Ravensholt Primary crossing! Cake "
  "in the staffroom Friday.", allow=["data-protection.personal-data"], by="ANY",
  note="staff nickname; no sensitive data")

# ---- security.credentials -------------------------------------------------------------
FAM = "security.credentials"
P(FAM, "Flood wardens' Zoom tonight at 7: meeting ID 829 4410 3371, passcode Beck2026. See you "
  "all there!", by="ANY", note="meeting passcode")
P(FAM, "Key safe code for Sallowby village hall is 4471 if anyone on the litter pick needs to "
  "get in on Saturday.", by="ANY", note="key safe code")
P(FAM, "New wifi at my surgery: network PelhamWelfare, password Headgear84! Help yourselves 📶",
  by=["marriott"], note="wifi password")
P(FAM, "Depot gate code's been changed to 2580# – pass it on to the volunteers for Saturday.",
  by="ANY", note="gate code")
P(FAM, "Got a text saying my council account was locked. Clicked the link and popped my login "
  "in. Was that daft? 😬", by="ANY",
  note="credentials handed to a phishing link; no secret shown")
P(FAM, "All councillors, log in here to claim the allowance uplift before Friday: "
  "askerfield-dc.example.net/members/login – looks legit to me!", by="ANY",
  note="lookalike login link amplified")
P(FAM, "IT rang asking for my password to 'fix my email'. Read it out to them and they were "
  "dead helpful, to be fair.", by="ANY", note="password handed over")
P(FAM, "If anyone needs into the members' room, the door code is 1966*. Don't tell Democratic "
  "Services 😂", by="ANY", note="door code")
P(FAM, "Somebody keeps trying to get into my account and asking for my one-time code. It's 448 "
  "201, if that helps you, whoever you are 🙄", allow=["tone.irony-risk"], by="ANY",
  note="one-time code posted, sarcastically")
P(FAM, "Group login for the party Facebook page is askerfieldpvf / Pitvillages1! – update it "
  "with your events please.", by="PVF", note="shared username and password")
P(FAM, "Defib cabinet at Oakenbeck chapel: code C159. Save it in your phone, you never know.",
  by="ANY", note="defib code (most arguable)")
P(FAM, "Ring Sheila on 07700 900562 if you can help with the Northfield lunch club – she runs "
  "it.", also=["data-protection.personal-data"], v="block", by="ANY",
  note="private number of another person")
P(FAM, "Vote for Askerfield in the Best Market Town awards: askerfie1d.example.org/vote – you "
  "just sign in with your Facebook email and password. Takes a minute!", by="ANY",
  note="lookalike domain asking for a password")
P(FAM, "The council's API key for the new bin app is ak_live_7f3c9e21b84d – any local devs "
  "fancy building something cool with it?", by="ANY", note="API key")
P(FAM, "Forgot my password again, so I've changed it to Askerfield123. Writing it here so I "
  "don't forget 😂", by="ANY", note="own password")
P(FAM, "FWD from ICT: verify your members' email at askerfield-gov.example.com/verify with your "
  "username and password by 5pm or lose access. Forwarding in case you missed it!",
  by="ANY", note="phishing link forwarded as genuine")
P(FAM, "Allotment gate padlock is 0-7-1-9 now. The site secretary says share it with plot "
  "holders.", by="ANY", note="padlock combination")
P(FAM, "Had a WhatsApp from 'Helen Bramley' asking for Amazon vouchers and a code that came to "
  "my phone. Sent her the code. Hope she's OK!", by="ANY",
  note="verification code handed over to an impersonator")

N(FAM, "'Askerfield123' is not a password, colleagues. Please use a password manager 🙏",
  allow=["security.credentials"], by="ANY", note="example of a weak password, not in use")
N(FAM, "Scam alert ⚠️ A few residents in Ravensholt have had texts pretending to be from the "
  "council, saying they're owed a council tax refund and asking for bank details. The "
  "council never asks for your PIN or your bank details by text. Don't reply, don't click "
  "anything, and forward the text to 7726 so the networks can block it. If you're not "
  "sure, ring the council on the number on your bill.", by="ANY",
  note="scam warning without a link")
N(FAM, "Key safe at the village hall? Ask the bookings secretary for the code – I'm not putting "
  "it on Facebook!", by="ANY", note="refuses to share a code")
N(FAM, "Turned on two-factor for all my accounts after the members' training. Ten minutes well "
  "spent.", by="ANY", note="good practice")
N(FAM, "Gate code?? What gate code 😂 the allotment gate's been broke since 2019",
  allow=["security.credentials"], by="ANY", note="joke")
N(FAM, "The new defib at Pelham Main is in an unlocked cabinet – no code needed, just open it and "
  "follow the instructions.", by="ANY", note="no code")
N(FAM, "Never share a one-time code with anyone, even if they say they're from the council or "
  "your bank.", by="ANY", note="advice")
N(FAM, "The council's real website is www.askerfield.example.org. Anything else asking for your "
  "details is a scam.", by="ANY", note="genuine domain")
N(FAM, "Pin badges for the colliery heritage appeal are in! £3 each from the library.",
  by="ANY", note="'pin' as in badge")
N(FAM, "For emergencies out of hours – flooding, dangerous structures – ring the council on "
  "01632 960777.", by="ANY", note="council number")
N(FAM, "Zoom details for the flood wardens' meeting have gone out by email. If you didn't get "
  "them, email me – I won't post them on here.", by="ANY", note="refuses to post")
N(FAM, "Had the 'your account is locked' text as well. Didn't click. Reported it to ICT. Stay "
  "sharp, folks.", by="ANY", note="phishing avoided")
N(FAM, "Password reset day at the civic centre. Three goes and I'm in. The joys 😂", by="ANY",
  note="no secret")
N(FAM, "Mark Stenton MP's constituency office is on 01632 960340 for casework.", by="ANY",
  note="public office holder's office number")
N(FAM, "Ring me any time on 07700 900214.", by=["marriott"], note="own published number")
N(FAM, "Codebreakers exhibition at Askerfield library this half term – Enigma machine and all! "
  "Kids go free.", by="ANY", when=("2026-02-09", "2026-02-20"), note="'code' in another sense")
N(FAM, "My mobile number's changed. The new one's on the council website under 'Your "
  "councillors'.", by="ANY", note="no number posted")
N(FAM, "PSA: that 'allowance uplift' email going round members is phishing. Don't click it. ICT "
  "are on it.", allow=["security.credentials"], by="ANY", note="warning, no link")

# ---- confidentiality.disclosure -------------------------------------------------------
FAM = "confidentiality.disclosure"
P(FAM, "Project Winding Wheel is finally moving! The preferred developer has offered £4.2m for "
  "the old pit site. Big news for Askerfield.", v="block",
  allow=["confidentiality.insider-advantage"], by="ANY", note="register term; price")
P(FAM, "Can't say much, but the Headstocks Yard disposal has a buyer lined up at well under what "
  "we paid for it. Scandal.", v="block", by="OPP", note="register term")
P(FAM, "OPERATION SNAP TIN STARTS MONDAY. Dodgy waste carriers, you've been warned 🚛🚫",
  v="block", allow=["haste.pause-before-posting"], by="ANY",
  note="register term in capitals; enforcement operation")
P(FAM, "The Maltkiln Lane acquisition is going ahead at £620k. Not announced yet, but you heard "
  "it here first.", v="block", allow=["confidentiality.insider-advantage"], by="ANY",
  note="register term; price")
P(FAM, "Blackmire Wharf claim: the council's own lawyers reckon we'll lose and have to pay out "
  "£300k. Who signed off that wharf?!", v="block", by="ANY", not_by=["oxby"],
  note="register term; legal advice")
P(FAM, "hollin sidings negotiations have stalled again. the freight lot want the land for nowt "
  "and cabinet's dithering", v="block", by="OPP", not_by=["cresswell"],
  note="register term in lower case")
P(FAM, "Interesting briefing on Project Winding Wheel today. Developer wants the old lamp cabin "
  "flattened for a car park. Over my dead body.", v="block", by="ANY",
  note="register term; briefing content")
P(FAM, "Headstocks Yard disposal – the Part 2 paper names the buyer and it's a mate of the "
  "Leader's. Make of that what you will.", v="block",
  allow=["defamation.allegation"], by="OPP", note="register term; exempt paper")
P(FAM, "Hollin Sidings negotiations: the rail freight operator walked out of today's meeting. "
  "Council's offer was too low, apparently.", v="block", by="ANY", not_by=["cresswell"],
  note="register term; negotiations")
P(FAM, "In confidence, we were told at cabinet briefing that the leisure centre's losing £40k a "
  "month. Forty grand. Every month. And we've been told to keep quiet about it until after "
  "the elections. Well, I'm sorry, but residents deserve to know what's happening to their "
  "money, so there it is. Ask your candidates what they're going to do about it.", v="review", by="ANY",
  note="'in confidence' information disclosed")
P(FAM, "Between you and me and the whole of Facebook: the restructure will cut 30 jobs in "
  "environmental services.", v="review", by="ANY", note="staffing (labour relations)")
P(FAM, "Closed session tonight on the bus depot sale. The price in the papers is £1.1m. There, "
  "I've said it.", v="review", allow=["confidentiality.insider-advantage"], by="ANY",
  when="2026-02-17", hours=(8, 16), note="exempt price before the closed session")
P(FAM, "Off the record, the pay offer to the bin crews is 2%. The unions won't like it one bit.",
  v="review", by="ANY", note="labour relations, 'off the record'")
P(FAM, "Embargoed till Monday but I can't wait: Askerfield's won £8m from the Levelling Up fund "
  "for the town centre! 🎉", v="review", by="ANY", note="embargoed announcement")
P(FAM, "Legal advice in the Part 2 papers says the council's likely to lose the bus lane "
  "challenge. Somebody should've listened to us.", v="review", by="OPP",
  note="legal privilege")
P(FAM, "Exempt report on the Headstocks pub valuation: £210k. Council's about to sell it for "
  "half that.", v="review", allow=["confidentiality.insider-advantage"], by="ANY",
  note="exempt valuation; partial overlap with a register term, which it does not name")
P(FAM, "Leaked to me: the disciplinary against the depot manager goes ahead next week. About "
  "time too.", v="review", allow=["data-protection.personal-data", "officers.impartiality"],
  by="ANY", note="staff disciplinary")
P(FAM, "The police briefed councillors privately about drugs raids planned for Northfield in "
  "March. Keep your eyes open, folks 👀", v="review", by="ANY",
  when=("2026-01-05", "2026-02-27"), note="private police briefing")

N(FAM, "The confidential helpline for anyone affected by domestic abuse is 0808 157 0412. Free, "
  "24 hours. Please share.", by="ANY", note="'confidential helpline'")
N(FAM, "Anything you tell me at surgery stays in confidence. Drop in Saturday, 10 till 12.",
  by="ANY", note="'in confidence' casework invitation")
N(FAM, "Part 2 of the Blackmire lock gates saga: the new gates arrive next week! 🎉", by="ANY",
  not_by=["oxby"], note="'Part 2' as a sequel")
N(FAM, "Cabinet went into closed session for item 9. I can't tell you what was said, and I "
  "won't.", allow=["confidentiality.disclosure"], by="ANY", when="2026-02-18",
  note="refuses to disclose")
N(FAM, "Off the record? Nothing's off the record on here, folks. Ask me anything about the "
  "budget.", by="ANY", when=("2026-01-05", "2026-02-24"), note="'off the record'")
N(FAM, "Operation Clean Sweep starts Monday: a street cleansing blitz across Askerfield town "
  "centre. Report grot spots to the council.", by="ANY", note="public operation name")
N(FAM, "Project Sherwood Saplings: 5,000 trees planted across the district this winter 🌳",
  by="ANY", note="public project name")
N(FAM, "The Winding Wheel pub in Pelham has new owners – good luck to them, it's a cracking "
  "boozer.", by="ANY", note="partial overlap with a register term")
N(FAM, "Headstocks Yard car park is being resurfaced over half term. Park at the leisure centre "
  "instead.", by="ANY", when=("2026-02-02", "2026-02-13"),
  note="partial overlap with a register term")
N(FAM, "Maltkiln Lane bus stop is moving fifty metres up the road from Monday.", by="ANY",
  note="partial overlap with a register term")
N(FAM, "Blackmire Wharf is looking grand after the volunteers' clean-up. Thanks all!",
  by="ANY", note="partial overlap with a register term")
N(FAM, "Leaking pipe on Hollin Road finally fixed after three weeks. Leaked for England, that "
  "did.", by="ANY", note="'leaked' as water")
N(FAM, "Embargo lifted! We can finally tell you Askerfield's been named Market Town of the Year "
  "🏆", allow=["confidentiality.disclosure"], by="ANY", note="embargo over")
N(FAM, "The restructure consultation is public: staff and unions have until 27 March to "
  "respond. Documents at example.org/restructure.", by="ANY", when=("2026-02-23", "2026-03-20"),
  note="published consultation")
N(FAM, "Snap tin packed, flask filled, off to the Pelham litter pick. 🥪", by="ANY",
  note="partial overlap with a register term")
N(FAM, "Asked the Monitoring Officer whether I could share the leisure centre figures. Answer: "
  "not until the report's published on the 20th. So I'll wait.",
  allow=["confidentiality.disclosure"], by="ANY", note="asks and waits")
N(FAM, "Between you and me, I think the new curtains at the Welfare are a bit loud 😂",
  by="ANY", note="'between you and me', trivial")
N(FAM, "Last week's Part 2 item at cabinet has now been made public: the bus depot sold for "
  "£1.1m. Full report on the council website.", allow=["confidentiality.disclosure"],
  by="ANY", when=("2026-02-23", "2026-02-27"), note="made public")

# ---- tone.irony-risk ------------------------------------------------------------------
FAM = "tone.irony-risk"
P(FAM, "Another triumph from the Leader. Three years to fix one bus shelter. Genius. /s",
  allow=["respect.personal-attack"], by="OPP", note="mock praise of the Leader")
P(FAM, "Oh brilliant, the cabinet member for waste has discovered bins exist. Only took him "
  "eighteen months. Don't get mardy, Trev, it's a compliment 👏👏", allow=["respect.personal-attack"], by="OPP",
  note="sarcasm about a cabinet member")
P(FAM, "Cllr Rowbotham says the market's 'thriving'. Yeah right, Karl. Thriving like my "
  "allotment in January.", by="OPP", note="'yeah right' at a named councillor")
P(FAM, "Hats off to Askerfield Together for their masterclass in listening to residents. Truly "
  "inspiring stuff. 🙄", by="OPP", note="mock praise of a group")
P(FAM, "cant wait for the Greens next leaflet. i do love a bit of fiction before bed 📚",
  by="NOTFEG", note="mock praise of a party")
P(FAM, "Well done to Pit Villages First for voting against the pothole fund and then moaning "
  "about potholes. Consistency is key, lads 👍", by="NOTPVF", note="sarcasm about a party")
P(FAM, "Great to see our MP in Askerfield today. Twice in five years! We're honoured, truly 🙏",
  allow=["respect.personal-attack"], by="ANY", note="mock praise of the MP")
P(FAM, "So the Deputy Leader 'found' £200k down the back of the sofa just in time for the "
  "election. Genius accounting, that.", allow=["respect.personal-attack",
  "defamation.allegation"], by="OPP", note="sarcasm about a named role")
P(FAM, "Thrilled the Independents have finally decided what they stand for. Oh wait. 😂",
  by="NOTAVI", not_by=["allsop"], note="mock praise of a group")
P(FAM, "Cllr Clayworth's speech last night was riveting. All 47 minutes of it. I've never felt "
  "so alive.", by="AT", when="2026-02-26", note="mock praise of a named councillor")
P(FAM, "What a masterstroke from cabinet. Shut the library in Blackmire, shut the one in "
  "Sallowby, then launch a shiny new 'Askerfield Reads' campaign with a logo and a photo "
  "op. You couldn't make it up. Geniuses, the lot of them. I'm sure the kids will love "
  "reading the posters on the locked doors. 📚🙄", allow=["respect.personal-attack"], by="OPP",
  note="mock praise of cabinet members")
P(FAM, "Oh, I'm SURE Cllr Brough's sudden interest in the Blackmire Road weight limit has nothing "
  "to do with the family firm. Nothing at all 🙃", allow=["defamation.allegation"],
  by="ANY", note="insinuation by irony about a named councillor")
P(FAM, "Round of applause for the Chairman, who got through a whole full council without telling "
  "anyone off. Historic 👏👏", by="OPP", when=("2026-02-26", "2026-03-06"),
  note="mock praise of the Chairman")
P(FAM, "Shock news: Askerfield Together councillor spotted at a residents' meeting. More at ten.",
  by="OPP", note="sarcasm about a group")
P(FAM, "Our cabinet member for housing says Northfield is 'a great place to live'. Course it is. "
  "Try it without heating, love. /s", allow=["respect.personal-attack"], by="OPP",
  not_by=["straw"], note="'/s' about a cabinet member")
P(FAM, "Ten out of ten to whoever in the Leader's office wrote 'we're listening' on the bin "
  "letter. Comedy gold.", allow=["officers.impartiality"], by="OPP",
  note="mock praise; the writer may be staff")
P(FAM, "Good to know the opposition's plan for the budget is… checks notes… nothing. Inspired "
  "stuff, Shane.", by="AT", when=("2026-02-09", "2026-02-24"),
  note="mock praise of the opposition leader")
P(FAM, "Cllr Pegg's bee-friendly verges policy is a work of genius. Let the grass grow long "
  "enough and nobody will see the potholes.", by="NOTFEG", note="mock praise of a councillor")

N(FAM, "Oh brilliant, it's raining again. Pelham Main, the Venice of north Notts 🌧️",
  allow=["tone.irony-risk"], by="ANY", note="irony about weather")
N(FAM, "Yeah right, 'minor delays' on the Robin Hood line. Two hours to get to Nottingham.",
  allow=["tone.irony-risk"], by="ANY", note="irony about trains")
N(FAM, "Hats off to the depot crews – and I mean that, no irony: 4am starts in the snow, every "
  "day this week.", by="ANY", when=("2026-01-05", "2026-02-20"), note="sincere praise")
N(FAM, "The cabinet's library closures are a mistake and I'll vote against them. Robust, not "
  "personal.", by="OPP", note="robust policy criticism")
N(FAM, "Masterclass from the under-12s at Askerfield Rugby Club on Sunday. Brilliant tackling.",
  by="ANY", note="sincere praise")
N(FAM, "Genuinely impressed with Cllr Bestwick's housing report. Credit where it's due.",
  by="OPP", note="sincere praise of an opponent")
N(FAM, "The council website's search: type in 'bins', get the 2019 Christmas opening hours. "
  "Marvellous. 😂", allow=["tone.irony-risk"], by="ANY", note="irony about a website")
N(FAM, "Thrilled to bits with the new benches in Sallowby park. Proper job.", by="ANY",
  note="sincere")
N(FAM, "Riveting stuff, this 400-page Local Plan appendix. Somebody pass the coffee.",
  allow=["tone.irony-risk"], by="ANY", note="irony about a document")
N(FAM, "My printer's decided it only prints on Tuesdays. Genius design.",
  allow=["tone.irony-risk"], by="ANY", note="irony about a printer")
N(FAM, "Another pothole on Lidgett Lane. They're breeding, I swear.",
  allow=["tone.irony-risk"], by="ANY", note="humour about potholes")
N(FAM, "Cllr Clayworth and I disagree on nearly everything, but his speech on miners' pensions "
  "was the best I've heard in that chamber. Respect.", by="AT", note="sincere praise")
N(FAM, "The Greens' budget amendment doesn't add up: £2m of savings with no detail. We'll vote "
  "it down.", by="NOTFEG", when=("2026-02-16", "2026-02-24"), note="robust criticism")
N(FAM, "Me after four hours of budget council: 'I love spreadsheets.' Said no one, ever. 😂",
  allow=["tone.irony-risk"], by="ANY", when=("2026-02-26", "2026-03-06"),
  note="self-deprecating irony")
N(FAM, "Stags lost again. Great. Just great. Our kid'll be mardy all weekend now 🙄", allow=["tone.irony-risk"], by="ANY",
  note="irony about football")
N(FAM, "Well done to the Leader for getting the pit site regeneration money over the line. Not "
  "my party, but good for Askerfield.", by="OPP", note="sincere praise")
N(FAM, "The Chairman's charity quiz raised £1,200 for the air ambulance. Cracking night, well "
  "done Sandra.", by="ANY", note="sincere praise")
N(FAM, "Me, folding leaflets: ten minutes per leaflet. Me, telling people I'm 'good with "
  "paper': priceless.", allow=["tone.irony-risk"], by="ANY", note="irony about oneself")

# ---- fillers: ordinary ward posts -----------------------------------------------------
F("Christmas lights coming down on Askerfield Market Place this week. Thanks to the volunteers "
  "who put them up and are now freezing taking them down 🎄", when=("2026-01-05", "2026-01-09"),
  note="seasonal")
F("Litter pick Saturday 10am, meet at Sallowby church gates. Grabbers and bags provided. Last "
  "time we filled 40 bags 💪", by="W_SALLOWBY", note="community event")
F("Gritters out tonight across the district. Take care on the untreated side roads, especially "
  "round the Headstocks estate.", when=("2026-01-05", "2026-02-13"), note="weather")
F("Lovely morning at Ravensholt Primary talking to Year 5 about what a councillor does. Best "
  "question: 'Do you get a free car?' No, duck.", note="school visit")
F("It's black over Bill's mother's. Bins out early, folks – and tie the lids down 🌬️",
  note="local idiom, weather")
F("Holocaust Memorial Day today. We remember the six million, and all those murdered in "
  "genocides since. Candle lit at the civic centre this evening.", when="2026-01-27",
  hours=(8, 16), note="memorial day")
F("Snowdrops out along the Oakenbeck footpath. Spring's on its way, whatever the forecast "
  "says ❄️🌼", when=("2026-01-26", "2026-02-27"), note="nature")
F("Pancake race on Pelham Main green today at noon! Bring your own pan, the Scouts bring the "
  "batter 🥞", by="W_PELHAM", when="2026-02-17", hours=(8, 11), note="Shrove Tuesday")
F("World Book Day! Spotted three Gruffalos and a very small Harry Potter on the school run this "
  "morning 📚", when="2026-03-05", note="seasonal")
F("Don't forget Mothering Sunday this weekend – the Blackmire WI are selling posies outside the "
  "Co-op tomorrow morning 💐", when="2026-03-13", note="seasonal")
F("Clocks go forward on Sunday. Lighter evenings at last! Allotment season officially starts "
  "now 🌱", when="2026-03-27", note="seasonal")
F("Are you registered to vote? Local elections on 7 May. Check at example.org/register – takes "
  "two minutes.", when=("2026-03-02", "2026-03-27"), note="elections")
F("Reported the broken street light at the top of the jitty by the chippy on Station Road. "
  "Should be fixed within ten working days.", by="W_MARKET", note="casework")
F("Great turnout at the Kirkby Hollin community cafe this morning. Cob, a brew and a natter for "
  "a quid. Every Wednesday, all welcome ☕", by="W_KIRKBY", note="community")
F("Gala committee meeting for the Pelham Main gala in July. We need volunteers for the tug of "
  "war – apply within 💪", by="W_PELHAM", note="community")
F("Frogspawn in the pond at Sallowby nature reserve already! Early this year 🐸",
  when=("2026-02-16", "2026-03-27"), note="nature")
F("Lambs arrived at a farm just outside Oakenbeck this week. Dogs on leads on the footpaths, "
  "please 🐑", when=("2026-03-02", "2026-03-27"), note="nature")
F("Congratulations to Blackmire Primary on their 'Good' Ofsted. Brilliant staff, brilliant "
  "kids.", note="school")
F("New bus shelter on Colliery Road is up, and it's got a roof that actually keeps the rain "
  "off. Small wins!", note="ward news")
F("Storm warning for Thursday. Check on your neighbours, especially older folk living on their "
  "own. Ring 999 if anyone's in danger.", when=("2026-01-05", "2026-02-27"), note="weather")
F("Just been round the Northfield estate with the housing team looking at damp. Report damp and "
  "mould – you won't be judged, and it does get fixed.", by="W_NORTHFIELD", note="casework")
F("The big garden birdwatch this weekend! We had two goldfinches and a very cocky robin 🐦",
  when=("2026-01-19", "2026-01-23"), note="nature")
F("Ward walkabout in Ravensholt Saturday morning. Tell me what needs fixing – dog muck, "
  "potholes, you name it.", by="W_RAVENSHOLT", note="ward")
F("Sad news that the Oakenbeck post office counter is going part-time. I'm writing to the Post "
  "Office to ask them to think again.", by="W_OAKENBECK", note="ward issue")
F("Dog muck bins now on the Blackmire towpath entrance and the top of Beck Lane. Use them!",
  by="W_BLACKMIRE", note="ward news")
F("Ey up! Our Scouts raised £600 carol singing last month for the children's ward. Proud of "
  "you lot 🎶", when=("2026-01-05", "2026-01-16"), note="community")
F("Valentine's tip from 30 years married: fish and chips on the bench by the war memorial "
  "beats any restaurant ❤️", when="2026-02-13", note="seasonal")
F("Half term activities at Askerfield leisure centre – swimming, crafts and a climbing wall. "
  "Booking at example.org/halfterm.", when=("2026-02-09", "2026-02-13"), not_by=["cresswell"],
  note="seasonal")
F("Ramadan Mubarak to everyone in Askerfield marking the month ahead 🌙", when="2026-02-18",
  note="seasonal greeting in own name")
F("Twenty new trees planted on Pit Lane rec this morning with the Year 6s. Come back in 50 "
  "years and see them.", by="W_PELHAM", note="community")
F("Cold enough to freeze the brass off a colliery band this morning. Wrap up, folks 🥶",
  when=("2026-01-05", "2026-02-20"), note="weather, local humour")
F("Thanks to everyone who came to the flood fair at Sallowby chapel on Saturday. Over a "
  "hundred of you! Environment Agency, the fire brigade and our own flood wardens all "
  "there answering questions, and the WI kept us going with tea and flapjack. If you "
  "missed it, sandbag info and how to make a family flood plan are at example.org/flood. "
  "Keep an eye on the beck this winter, folks.", by="W_SALLOWBY", note="community")
F("Parking outside Pelham Primary at home time is getting dangerous. Please park properly – "
  "it's kids' safety, not a race.", by="W_PELHAM", note="ward issue")
F("St Patrick's Day ceilidh at the Kirkby Hollin Irish Club tonight. I've been warned about my "
  "dancing 🍀", when="2026-03-17", note="seasonal")
F("Best cob in Askerfield? I'll start: the bakery on Church Street. Fight me 😂",
  note="light-hearted")
F("Coffee morning for the air ambulance at Ravensholt chapel Friday, 10 till 12. Cakes "
  "needed!", note="community")
F("Hives wrapped up for the cold snap. The girls are clustering nicely – should be fine till "
  "spring 🐝", by=["pegg_bees"], when=("2026-01-05", "2026-02-13"), note="personal hobby account")
F("First pollen of the year coming in on the hazel catkins! Orange legs everywhere 🐝🌼",
  by=["pegg_bees"], when=("2026-02-16", "2026-03-27"), note="personal hobby account")
F("Sectional rehearsal last night – basses, you were magnificent. Cornets, we'll talk 😂🎺",
  by=["nev_brass"], note="personal hobby account")
F("Band's playing at the Blackmire chapel anniversary Sunday afternoon. Tea and cake after. "
  "All welcome.", by=["nev_brass"], note="personal hobby account")

if __name__ == "__main__":
    main()
