#!/usr/bin/env python3
"""Blind set b18: account-level rules for Wyvernholt District Council.

Hand-written rows plus a deterministic script (fixed seed). It orders each
account's posts, gives out timestamps (weekdays, 08:00-18:59 GMT, spread across
weeks), shuffles all rows, assigns ids B18-A-NNNN, resolves comment parents and
writes accounts.jsonl. Running it again produces the same file.
"""
import datetime as dt
import json
import os
import random

SEED = 1818
HERE = os.path.dirname(os.path.abspath(__file__))

HRT = "harassment.repeated-target"
MIX = "capacity.mixed-account"
MOD = "moderation.third-party-comments"
PA = "respect.personal-attack"
AB = "respect.abusive-language"
DEF = "defamation.allegation"
IRO = "tone.irony-risk"
OFF = "officers.impartiality"
DP = "data-protection.personal-data"
BUL = "bullying.intimidation"
CONF = "confidentiality.disclosure"

SEV = {"advice": 1, "review": 2, "block": 3}
RULE_SEV = {HRT: "block", MIX: "advice", MOD: "review", PA: "review", AB: "review",
            DEF: "review", IRO: "advice", OFF: "review", DP: "review", BUL: "block"}


def verdict(rules):
    if not rules:
        return "ok"
    return max((RULE_SEV[r] for r in rules), key=lambda s: SEV[s])


# ---------------------------------------------------------------------------
# Row helpers. Each returns a dict; a unit is a post plus the comments under it.
def row(text, kor, rules, allowed, note, family):
    return {"text": text, "kind_of_row": kor, "rules": list(rules),
            "allowed": list(allowed), "note": note, "family": family}


def hostile(text, note, extra=(), allowed=(PA,)):
    """A hostile post in a repeated-target account."""
    rules = [HRT] + [r for r in extra]
    allowed = [a for a in allowed if a not in rules]
    return row(text, "positive", rules, allowed, note, HRT)


def filler(text, account_rule, note="ordinary ward business inside the account", allowed=()):
    al = ([account_rule] if account_rule else []) + list(allowed)
    return row(text, "filler", [], al, note, "hard_negative")


def civil(text, note, allowed=()):
    return row(text, "hard_negative", [], allowed, note, "hard_negative")


def personal(text, note, allowed=()):
    return row(text, "positive", [MIX], allowed, note, MIX)


def bad_comment(by, text, note, allowed):
    r = row(text, "positive", [MOD], allowed, note, MOD)
    r["comment_by"] = by
    return r


def ok_comment(by, text, note):
    r = row(text, "hard_negative", [], [], note, "hard_negative")
    r["comment_by"] = by
    return r


def unit(post, *comments):
    return {"post": post, "comments": list(comments)}


# ---------------------------------------------------------------------------
ACCOUNTS = []


def account(handle, platform, pattern, kind, units, acct="councillor"):
    ACCOUNTS.append({"handle": handle, "platform": platform, "pattern": pattern,
                     "kind": kind, "account": acct,
                     "units": [u if isinstance(u, dict) and "post" in u else unit(u) for u in units]})


# ===================== harassment.repeated-target: positives ===============
# H1: Marisol Ebbage (Labour) on the Leader, Gwendolyn Arkwright-Pole.
account("@MarisolEbbageLab", "x", HRT, "positive", [
    hostile("Watched Gwendolyn Arkwright-Pole try to explain the budget gap at full council last night. Bless her. Someone find her a calculator and a nice lie down.",
            "target by full name; belittling, patronising 'bless her' and 'a nice lie down' aimed at the person, not the budget", extra=[PA]),
    hostile("Cllr Arkwright-Pole has discovered Saltings End exists! Only took her three years and a by-election scare. Truly a visionary 👏👏",
            "target as Cllr Surname; mock praise ('truly a visionary', clapping) sneering at the person", extra=[PA, IRO]),
    hostile("@GwenArkwrightPole out of her depth again. Not convinced she's ever been in it tbh",
            "target by @handle; contemptuous jibe at her competence", extra=[PA]),
    hostile("Asked the Leader a straight yes or no on the library. Got eleven minutes of waffle and that little patronising smile. Arkwright-Pole treats this district like the hired help.",
            "target by role ('the Leader') and surname alone; sneering at her manner and person", extra=[PA]),
    filler("Saltings End community fridge is now open Tues & Fri 10–2 at the Methodist hall. Bring what you can, take what you need.", HRT),
    filler("Pothole on Cawthorne Road reported to highways again. Ref logged, I'll chase if nothing's happened by the 20th.", HRT),
    filler("Great turnout at the Saltings End residents' meeting, thank you all. Notes going up on the ward page by Friday.", HRT),
])

# H2: Lorcan Speight (Independent) on Desmond Ferrier, highways portfolio. Sly.
account("@LorcanSpeightInd", "bluesky", HRT, "positive", [
    hostile("Funny how the only resurfacing in Coldhythe this year is the stretch outside a certain cabinet member's golf club. Pure coincidence I'm sure, Desmond.",
            "target by first name and role ('a certain cabinet member'); sly insinuation of using the post for himself, with sarcasm. Defamation allowed (insinuation, not a stated allegation)",
            extra=[IRO], allowed=(PA, DEF)),
    hostile("Ferrier's idea of consultation: decide on Monday, 'listen' on Tuesday, ignore everyone by Wednesday. The man couldn't organise a queue at a bus stop. Which, since he's axed half of them, is about right.",
            "target by surname alone; mocks the man's competence ('couldn't organise a queue'), not only the decision", extra=[PA]),
    hostile("Another Cllr Ferrier masterclass in saying nothing. Honestly it takes real talent to talk for twenty minutes without a single fact escaping.",
            "target as Cllr Surname; mock praise ('masterclass', 'real talent') belittling him", extra=[PA, IRO]),
    hostile("@DesFerrierCon has blocked me. Shame, I had so many more questions about those contracts. Run along then, Des.",
            "target by @handle and nickname; dismissive sneer ('run along') and a hint about 'those contracts' (defamation allowed)",
            extra=[PA], allowed=(DEF,)),
    filler("Coldhythe drop-in this Saturday 10–12 at the Scout hut. Bins, parking, planning worries, bring the lot.", HRT),
    filler("The 47 bus timetable change is confirmed from 2 Feb. I've asked the operator to keep the school-time journeys and will report back.", HRT),
    filler("Thanks to everyone who came litter picking along the beck path. 23 bags and one shopping trolley 🛒", HRT),
])

# H3: Imogen Wragby (Reform) on Oonagh Lattimer, housing portfolio. Blunt.
account("@ImogenWragbyRUK", "x", HRT, "positive", [
    hostile("Oonagh Lattimer is the most useless housing portfolio holder this district has ever had, and believe me that's a crowded field.",
            "target by full name; plain insult ('most useless') at the person", extra=[PA]),
    hostile("Lattimer again. Fake concern, fake smile, not one home built. Do one.",
            "target by surname alone; contempt for the person ('fake smile', 'do one')", extra=[PA]),
    hostile("Someone please tell @OonaghLattimer that a photo op in a hi-vis doesn't fix damp. Embarrassing woman.",
            "target by @handle; 'embarrassing woman' is a personal insult. Equality not expected: the insult is not about her sex, though 'woman' is used", extra=[PA]),
    hostile("Our housing 'lead' (I use the word loosely) turned up late, misread her own notes and blamed the officers. Peak Oonagh.",
            "target by role and first name; mocking her personally", extra=[PA]),
    filler("Market Place parking machines down again. Reported. Use the app for now or the supermarket car park (2 hrs free).", HRT),
    filler("Surgery this Thursday at the Corn Exchange café, 4 to 6pm. No appointment needed.", HRT),
    filler("Fair play to the lads at Wyvernholt Town FC for the food bank collection at Saturday's match.", HRT),
])

# H4: Fergal Dunstan-Hay (Conservative) on Heulwen Cattermole (Green). Condescending.
account("@FergalDH_Con", "facebook", HRT, "positive", [
    hostile("Heulwen Cattermole has once again favoured us with her thoughts on buses. Lovely that she's so passionate. Shame about the arithmetic. Perhaps someone could draw it for her in crayon.",
            "target by full name; condescension with mock warmth ('lovely that she's so passionate') and the crayon jibe", extra=[PA, IRO]),
    hostile("Cllr Cattermole's motion, summarised: feelings, bunting, no costings. Quite sweet really.",
            "target as Cllr Surname; belittling 'quite sweet really' (mock praise)", extra=[PA, IRO]),
    hostile("I'd happily debate @HeulwenGreen on the merits, but I do prefer opponents who've read the papers.",
            "target by @handle; sly sneer that she is ignorant or lazy", extra=[PA]),
    filler("Tallow Green WI pancake race is back on Shrove Tuesday from 11 on the green. I'll be marshalling, badly.", HRT),
    filler("Grit bin on Hatherley Lane refilled after a few of you flagged it. Thank you.", HRT),
    filler("Delighted the Tallow Green surgery extension is finally going ahead. Work starts in the spring.", HRT),
])

# H5: Ambrose Kettlewell (Ratepayers) on Everard Chisnall, Head of Planning (an officer).
account("@AmbroseKRatepayers", "facebook", HRT, "positive", [
    hostile("Our Head of Planning, Everard Chisnall, has recommended approval AGAIN. Developers must absolutely adore him. One does wonder why.",
            "officer by full name and role; insinuation ('one does wonder why') that he favours developers; questions his neutrality in public",
            extra=[OFF], allowed=(PA, DEF)),
    hostile("Mr Chisnall's reports read as if they were typed up in the developer's own office. Perhaps they were. Ask yourselves who he really works for.",
            "officer by surname; hostile insinuation of bias or corruption (defamation allowed as it is posed as a question)",
            extra=[OFF, PA], allowed=(DEF,)),
    hostile("Chisnall smirked through the whole Brackenmere objection. A public servant who plainly despises the public. Arrogant little man.",
            "officer by surname alone; 'arrogant little man' is a personal insult", extra=[OFF, PA]),
    hostile("Told by 'the planning officer' that my questions were 'not relevant'. Everard, the only thing not relevant round here is your judgement.",
            "officer by role and first name; sneering at the person", extra=[OFF, PA]),
    filler("Brackenmere village hall roof appeal has hit £6,200! Thank you all. Only £1,800 to go.", HRT),
    filler("Community Speedwatch volunteers needed on Mill Lane. Training given, about an hour a month.", HRT),
    filler("Reminder: garden waste subscriptions need renewing by 31 January or collections stop.", HRT),
])

# H6: Stanislaw Brame (Labour) on Barnaby Quist, Chair of Planning. Mock praise.
account("@StanBrameLab", "bluesky", HRT, "positive", [
    hostile("Hats off to Cllr Quist, who chaired planning last night with all the authority of a supply teacher on the last day of term. Inspiring stuff.",
            "target as Cllr Surname; belittling comparison wrapped in mock praise", extra=[PA, IRO]),
    hostile("Barnaby Quist, keeper of the rulebook (when it suits him), seems to lose his reading glasses for the bits he doesn't fancy. Remarkable how selective that memory is.",
            "target by full name; sly sneer implying bad faith", extra=[PA], allowed=(IRO,)),
    hostile("Quist's entire contribution to the Coldhythe debate: a sigh, a shrug and a joke about flat caps. Truly the voice of the people 🙄",
            "target by surname alone; contempt plus sarcastic 'truly the voice of the people' and eye-roll", extra=[PA, IRO]),
    filler("Coldhythe Primary's new crossing patrol starts Monday. Big thanks to the volunteer who stepped up.", HRT),
    filler("Flood wardens meeting moved to the 12th at the Coldhythe Institute.", HRT),
    filler("Benefits check sessions at Coldhythe library every Wednesday in February, run by Citizens Advice. Free, confidential and worth an hour of anyone's time.", HRT,
           note="ward business; 'confidential' describes an advice service, nothing is disclosed (confidentiality allowed as a keyword trap)",
           allowed=(CONF,)),
])

# H7: Saoirse Bellerby (Conservative) on Tobias Nkemelu (Lib Dem). Sly belittling.
account("@SaoirseBellerby", "x", HRT, "positive", [
    hostile("Toby Nkemelu has a new leaflet out. Brave of him to print it on paper, given how little is on it.",
            "target by nickname and surname; sneer at the person via his leaflet", extra=[PA]),
    hostile("Cllr Nkemelu is 'on it', apparently. He was on it last year too. And the year before. Whatever 'it' is, it must be terribly comfy.",
            "target as Cllr Surname; mocking him as idle, sarcastic", extra=[PA, IRO]),
    hostile("@TobyNkemeluLD genuine question, do you ever get bored of being wrong? Asking for the whole of Tallow Green.",
            "target by @handle; belittling rhetorical question", extra=[PA]),
    filler("Saltings End play park reopens Monday after resurfacing. New swings, same muddy field 😅", HRT),
    filler("If heating bills are biting, the household support fund is open until March. Apply online or ring the contact centre.", HRT),
    filler("Thanks to the crew at Wyvernholt fire station for hosting our ward walkabout.", HRT),
])

# ===================== harassment.repeated-target: hard negatives ===========
# N1: Philippa Gorringe (Lib Dem) criticises Desmond Ferrier's decisions, civilly.
account("@PhilippaGorringeLD", "x", HRT, "hard_negative", [
    civil("Cllr Ferrier's decision to scrap the Brackenmere 20mph scheme is wrong. The accident figures are clear and I'm asking him to publish the evidence he relied on.",
          "firm criticism of a decision, named target, civil"),
    civil("I've now written to @DesFerrierCon three times about the resurfacing schedule. No reply yet. Residents deserve an answer and I'll keep asking.",
          "persistent but civil pressure on the same person"),
    civil("Desmond Ferrier says the bus cuts are 'necessary'. I strongly disagree: they cut the villages off. Call-in request submitted with two colleagues.",
          "disagreement with policy, full name, civil"),
    civil("Credit where it's due: Cllr Ferrier has agreed to meet Brackenmere parents about the crossing. I still think his highways budget has the priorities the wrong way round.",
          "balanced criticism of the same person's budget"),
    filler("Brackenmere library is open Saturday mornings again. Use it or lose it!", None,
           note="ward business inside the hard-negative account"),
    filler("Dropped kerb on Sedge Close approved, thanks to the residents who kept pushing for it.", None,
           note="ward business inside the hard-negative account"),
])

# N2: Kwabena Tuffnell (Labour) criticises the Leader's decisions, civilly.
account("@KwabenaT_Lab", "facebook", HRT, "hard_negative", [
    civil("The Leader, Cllr Arkwright-Pole, has pushed through a 30% cut to youth services. It's a poor decision that will cost us more later, and Labour will table an amendment.",
          "role and Cllr Surname; criticism of a decision"),
    civil("Gwendolyn Arkwright-Pole told council the library review is 'about modernising'. Closing three branches isn't modernising. Her administration should think again.",
          "full name; robust disagreement with her claim and policy"),
    civil("I respect @GwenArkwrightPole's long service, but her cabinet's handling of the leisure centre contract has been a mess from start to finish. We need a full scrutiny review.",
          "'a mess' aimed at the handling of a contract, not at the person"),
    civil("Second time this month the Leader has declined to answer questions on the budget shortfall. That's not good enough, and I'll keep putting them in writing.",
          "repeated, firm, civil"),
    filler("Community iftar at the Saltings End centre this Thursday evening. All welcome, bring a dish if you can.", None,
           note="ward business inside the hard-negative account"),
    filler("Ward surgery moves to the library this month while the roof at the usual venue is fixed.", None,
           note="ward business inside the hard-negative account"),
])

# N3: Heulwen Cattermole (Green) criticises Oonagh Lattimer's housing decisions, civilly.
account("@HeulwenGreen", "bluesky", HRT, "hard_negative", [
    civil("Cllr Lattimer's housing strategy has no target for social rent. None at all. I raised it at scrutiny and I'll raise it again at full council.",
          "criticism of a strategy"),
    civil("Oonagh Lattimer says temporary accommodation costs are 'under control'. Her own report says they're up 41% in a year. The policy needs a rethink.",
          "contradicts her claim with figures, civilly; no accusation of lying"),
    civil("Asked @OonaghLattimer again whether damp and mould inspections will cover housing association homes. Still no commitment. Not acceptable for people living with it.",
          "repeated pressure, civil"),
    filler("Ousebridge Fold tree planting on the 14th, 10am at the rec. Gloves and spades provided 🌳", None,
           note="ward business inside the hard-negative account"),
    filler("Ward newsletter out this week. Flood defence update on page 2.", None,
           note="ward business inside the hard-negative account"),
    filler("Brilliant session at Ousebridge primary about recycling. Tough questions from Year 4!", None,
           note="ward business inside the hard-negative account"),
])

# ===================== capacity.mixed-account: positives ====================
account("@RhiPettiferLab", "facebook", MIX, "positive", [
    personal("Mum's home from hospital at last. Slow going on the stairs but she's already bossing the physio about. Thank you for all the cards.",
             "a parent's health: personal content on the councillor account", allowed=(DP,)),
    personal("Finished the kitchen tiling. Grout lines a touch wonky but it's done and I'm not touching it again.",
             "DIY at home"),
    personal("Our Dora (the lurcher, not a relative) ate an entire Victoria sponge off the worktop. No regrets on her part.",
             "the dog"),
    filler("Ousebridge Fold flood wardens: the sandbag store at the Fold Lane depot has been restocked. Key holders have been told.", MIX),
    filler("Asked for the four broken streetlights on the towpath to be looked at. Reported in December. Chasing.", MIX),
    filler("Budget consultation closes 6 Feb. Please have your say, it's short.", MIX),
])

account("@TobyNkemeluLD", "x", MIX, "positive", [
    personal("Knees are not thanking me after the Wyvernholt 10k, but 52:40, a PB by a whisker 🏃🏾‍♂️",
             "a personal run"),
    personal("Slightly emotional school run this morning. First day at big school for the little one. Bag bigger than he is.",
             "a child's first day at school (no name)", allowed=(DP,)),
    personal("Sunday roast attempt number three. The Yorkshires finally rose. I am unbearable now.",
             "cooking at home"),
    filler("Tallow Green: the Harrow Lane fly-tipping has been cleared and a camera goes up next week.", MIX),
    filler("Planning committee papers for February are online. If anything in Tallow Green worries you, message me.", MIX),
    filler("Good news: the Tallow Green youth club has its grant renewed for another year.", MIX),
])

account("@YusraHadfieldLab", "bluesky", MIX, "positive", [
    personal("Forty today. Spent it eating cake in a freezing car park waiting for the breakdown man. Living the dream 🎂",
             "a birthday"),
    personal("Grandad would have been 90 this week. Made his dal the way he did, far too much chilli and all. Miss him.",
             "a bereavement"),
    personal("Got tickets to see The Lathe Brothers in Sheffield in March. First gig in years, might need earplugs now.",
             "a gig"),
    filler("Wyvernholt Market traders' forum on Tuesday: lighting, toilets and parking on the agenda. Traders, please come.", MIX),
    filler("The Corn Exchange lift is fixed! Took far too long. Thanks to everyone who kept on at it.", MIX),
    filler("Cold snap: the warm space at St Anne's is open weekdays 10 to 4, with free tea and wifi.", MIX),
])

account("@BarnabyQuist", "facebook", MIX, "positive", [
    personal("Allotment report: broad beans in, onions sulking, one pigeon winning.",
             "the allotment"),
    personal("Our eldest got engaged at the weekend. Over the moon. Already being asked to do a spreadsheet for the wedding budget.",
             "a child's engagement", allowed=(DP,)),
    personal("Coaching the under-9s in the rain again. Lost 7–2, morale excellent, oranges consumed.",
             "coaching a children's team"),
    filler("Tallow Green parish precept meeting Thursday 7pm at the pavilion. Open to all.", MIX),
    filler("Highways confirm the Hatherley Lane drainage work starts 9 March, with the road closed for three days.", MIX),
    filler("Chaired the training session for new planning committee members today. Good questions all round.", MIX),
])

account("@DesFerrierCon", "x", MIX, "positive", [
    personal("Back from a week in Pembrokeshire. Rained six days out of seven. Would go back tomorrow.",
             "a holiday"),
    personal("Dad is 85 and has taken up Sudoku competitively. Beat me this morning, and hasn't stopped mentioning it.",
             "a parent, light"),
    personal("Spent the weekend rebuilding the garden wall the storm knocked down. Back is a write-off.",
             "DIY at home"),
    filler("Winter gritting: 14 routes treated overnight. Thanks to the crews out in it.", MIX),
    filler("The 2026/27 resurfacing programme is published today, with the list by ward on the council website.", MIX),
    filler("Met Coldhythe residents about the bridge weight limit. Officers are working up options.", MIX),
])

# ===================== capacity.mixed-account: hard negatives ===============
account("@OonaghLattimer", "x", MIX, "hard_negative", [
    civil("So proud of the housing team, who found emergency placements for every household affected by the Brackenmere fire. Thank you.",
          "warm council business only; 'proud' about staff, not personal life"),
    civil("Lovely morning handing over the keys at Heron Court: 24 new council homes, and the first tenants were beaming.",
          "warm council business"),
    civil("Families in temporary accommodation deserve stability. Today cabinet agreed funding for 30 more homes in the district.",
          "'families' refers to residents, not the councillor's own"),
    civil("Thank you to everyone at the tenants' forum. Honest feedback, a few cuppas and plenty for us to take away.",
          "warm council business"),
    civil("Delighted to welcome our new tenancy sustainment team. They'll help people keep their homes when times get hard.",
          "warm council business; no officer named"),
])

account("@GwenArkwrightPole", "facebook", MIX, "hard_negative", [
    civil("Wyvernholt Civic Awards nominations are open! Know a neighbour who goes the extra mile? Nominate them by 13 Feb.",
          "warm council business only"),
    civil("Heartwarming to see the Market Place full for the volunteers' celebration evening. This district runs on kindness.",
          "warm, emotional, but civic"),
    civil("Our budget protects the warm spaces programme and the carers' grants for another year. I'm grateful to everyone who responded to the consultation.",
          "council business"),
    civil("Thank you to the Wyvernholt Market traders for hosting cabinet today. Great conversations about the future of the high street.",
          "council business"),
    civil("A fond farewell to a colleague in the Leader's office retiring after 31 years with the council. The place won't be the same.",
          "a work farewell, not personal life"),
])

# separate personal account of the Leader
account("@gwen_at_the_kiln", "facebook", MIX, "hard_negative", [
    civil("First firing of the year. Two bowls survived, one exploded. Par for the course.", "personal account, personal content only"),
    civil("Snowdrops out under the old pear tree. Spring is thinking about it.", "personal account, personal content only"),
    civil("Grandchildren over for half term and we made 'vases'. They are not vases. They are treasured.", "personal account, personal content only"),
    civil("Anyone know a good local source of stoneware clay? My usual supplier has shut up shop.", "personal account, personal content only"),
    civil("Walked the sea wall at first light. Curlews everywhere.", "personal account, personal content only"),
    civil("Glaze test results: the blue is a triumph, the green looks like pond.", "personal account, personal content only"),
], acct="personal")

# ===================== moderation.third-party-comments =====================
M_ALLOW_DEF = (DEF, PA)

account("@KwabenaTuffnellSaltingsEnd", "facebook", MOD, "positive", [
    unit(filler("Update: the Saltings End play park reopening has slipped to March because of a supplier problem. Sorry all, I know it's frustrating.", MOD,
                note="the page owner's own post"),
         ok_comment("Dawn Hebblethwaite", "Frustrating is one word for it. Two months with nowhere for the kids to go. Can we have a date in writing please?",
                    "critical but civil resident comment"),
         bad_comment("Gary Tillotson", "Supplier problem my arse. Everyone knows the contractor is Ferrier's mate and he's been skimming off every job in the district.",
                     "states as fact that a named councillor's associate is skimming public money (defamatory), with mild vulgarity",
                     (DEF, AB, PA)),
         ok_comment("Lynne Oakes", "Thanks for the update Kwabena, appreciate you keeping us posted.", "supportive comment")),
    unit(filler("Cabinet meets Thursday on the Saltings End regeneration. Papers are online and I'll be speaking up for the ward.", MOD,
                note="the page owner's own post"),
         ok_comment("Shaun Birtwhistle", "You lot are all the same. Promise the earth then nothing. Won't be voting for any of you.",
                    "cynical, critical of councillors as a class; no abuse"),
         bad_comment("Mick Dearlove", "Lattimer is a thieving c*** and someone wants to put her through a window",
                     "obscene insult, accusation of theft and a call for violence against a named councillor",
                     (AB, PA, DEF, BUL)),
         ok_comment("Priya Vance", "Will there be a public exhibition of the plans before anything is decided?", "civil question")),
    unit(filler("Thank you to the Saltings End litter pickers. The rec looks brilliant.", MOD, note="the page owner's own post"),
         ok_comment("Carol Mabey", "The rec looks brilliant, the alley behind the chippy does not! Could that be next?", "civil, light criticism"),
         bad_comment("Dean Royle", "Fucking joke this council. The bloke at 14 Marsh Row is a nonce and everyone knows it, why is he still living here",
                     "obscene, and an allegation of a sexual offence against an identifiable private individual with his address",
                     (DEF, AB, DP, PA))),
])

account("@PhilippaGorringeBrackenmere", "facebook", MOD, "positive", [
    unit(filler("Brackenmere 20mph: I've asked for the accident data to be published. I'll share it here as soon as I have it.", MOD,
                note="the page owner's own post"),
         ok_comment("Helen Ashdown", "Good. The data will show what we've all seen at the school gates.", "supportive"),
         bad_comment("Trev Hollings", "Ferrier takes backhanders from the haulage firms, that's why he binned it. Bent as a nine bob note that one.",
                     "allegation of bribery against a named councillor stated as fact (defamatory), idiom 'bent as a nine bob note'",
                     M_ALLOW_DEF),
         ok_comment("Ken Marwood", "20mph is nonsense, nobody sticks to it. Waste of money if you ask me.", "critical of the policy, civil")),
    unit(filler("Sedge Close dropped kerb works are done. Thanks for your patience with the cones!", MOD, note="the page owner's own post"),
         ok_comment("Jo Pennock", "Took long enough but thank you 👍", "mildly critical, civil"),
         bad_comment("Trev Hollings", "shame you cant drop that fat cow lattimer off a cliff while your at it",
                     "abusive insult and wished-for violence against a named councillor",
                     (PA, AB, BUL)),
         ok_comment("Ali Farrant", "Any chance of the same on Reed Way? My mum uses a mobility scooter.", "civil request")),
    unit(filler("Brackenmere library Saturday opening: come along, there's story time at 10.", MOD, note="the page owner's own post"),
         bad_comment("Sam Yeadon", "The woman who runs story time there is a drunk and shouldn't be let near kids. You can smell it on her.",
                     "allegation of drunkenness and unfitness around children against an identifiable member of staff (defamatory)",
                     (DEF, PA)),
         ok_comment("Meera Dhaliwal", "Story time was lovely, my two loved it.", "supportive")),
])

account("@StanBrameColdhythe", "facebook", MOD, "positive", [
    unit(filler("Coldhythe bridge weight limit: officers are drafting options. I've asked that any HGV diversion keeps away from the school.", MOD,
                note="the page owner's own post"),
         bad_comment("Wayne Stubbs", "Chisnall in planning is on the developers' payroll, the whole of Coldhythe knows it. Should be sacked and locked up.",
                     "states as fact that a named officer is corrupt (defamatory)",
                     (DEF, PA, OFF)),
         ok_comment("Bernadette Grice", "Please keep pushing on the school route. The lorries are terrifying at home time.", "civil")),
    unit(filler("Flood wardens meeting moved to the 12th at the Coldhythe Institute. New volunteers very welcome.", MOD, note="the page owner's own post"),
         bad_comment("Ray Culshaw", "Hope the river takes Quist's house first, smug prick",
                     "abusive insult and wished-for harm aimed at a named councillor",
                     (PA, AB, BUL)),
         ok_comment("Ellie Fairclough", "I'd like to volunteer, who do I contact?", "civil"),
         ok_comment("Norman Pyke", "Flood wardens are all well and good but the drainage work round here has been shocking for years. Sort the culverts out.",
                    "critical of the council's work, civil")),
    unit(filler("Well done to Coldhythe Juniors under-11s, county cup semi-finalists!", MOD, note="the page owner's own post"),
         ok_comment("Gail Rowntree", "Brilliant! So proud of them.", "supportive"),
         bad_comment("Ray Culshaw", "Well done lads. Shame the pitch is a shithole because this council can't get off its fat arse.",
                     "obscene comment aimed at the council rather than a person",
                     (AB,))),
])

# hard negative: a page whose comments are civil or critical only
account("@HeulwenCattermoleOusebridge", "facebook", MOD, "hard_negative", [
    unit(civil("Consultation on the Ousebridge Fold cycle route closes Friday. Plans at the library and online.", "page owner's own post"),
         ok_comment("Gordon Fell", "Absolute waste of money. Nobody cycles on that road because it's lethal, and a bit of paint won't change that.",
                    "harsh criticism of a scheme, no abuse"),
         ok_comment("Tasha Moult", "Strongly disagree with the route past the shops. Deliveries will have nowhere to stop. Please reconsider.",
                    "civil disagreement"),
         ok_comment("Peter Ibbotson", "Cllr Cattermole, with respect, you ignored the last two consultations. Why should this one be any different?",
                    "pointed criticism of the councillor's record, civil")),
    unit(civil("Ousebridge Fold tree planting was a joy: 120 saplings in. Thank you all.", "page owner's own post"),
         ok_comment("Gordon Fell", "Lovely. Now can the ones from last year be replaced, because half of them are dead.", "critical, civil"),
         ok_comment("Anya Kowalczyk", "Bloody brilliant morning, the kids loved it 🌳", "'bloody' as praise"),
         ok_comment("Liam Hebden", "Bit rich planting trees while the council sells off the Fold Lane playing field. Hypocrites.",
                    "'hypocrites' aimed at the council over a decision: robust political criticism")),
])


# ---------------------------------------------------------------------------
def weekdays():
    d = dt.date(2026, 1, 5)
    out = []
    while d <= dt.date(2026, 3, 27):
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def build():
    rng = random.Random(SEED)
    days = weekdays()
    rows = []
    for acc in ACCOUNTS:
        units = list(acc["units"])
        rng.shuffle(units)
        n = len(units)
        # one weekday per unit, one from each of n equal chunks (spread across weeks)
        chunk = len(days) / n
        for i, u in enumerate(units):
            lo, hi = int(i * chunk), max(int(i * chunk) + 1, int((i + 1) * chunk))
            day = days[rng.randrange(lo, hi)]
            hour = rng.randint(8, 13 if u["comments"] else 18)
            t = dt.datetime(day.year, day.month, day.day, hour, rng.randint(0, 59),
                            tzinfo=dt.timezone.utc)
            key = f"{acc['handle']}#{i}"
            items = [(u["post"], t, None, key)]
            ct = t
            for c in u["comments"]:
                ct = ct + dt.timedelta(minutes=rng.randint(7, 70))
                items.append((c, ct, key, None))
            for r, when, parent, k in items:
                rows.append({"_r": r, "_t": when, "_parent": parent, "_key": k, "_acc": acc})
    rng.shuffle(rows)
    key_to_id = {}
    for i, x in enumerate(rows, 1):
        x["id"] = f"B18-A-{i:04d}"
        if x["_key"]:
            key_to_id[x["_key"]] = x["id"]
    out = []
    for x in rows:
        r, acc = x["_r"], x["_acc"]
        rules = r["rules"]
        obj = {
            "id": x["id"],
            "text": r["text"],
            "author": acc["handle"],
            "created_at": x["_t"].isoformat(),
            "platform": acc["platform"],
            "account": acc["account"],
            "kind": "comment" if x["_parent"] else "post",
        }
        if x["_parent"]:
            obj["comment_by"] = r["comment_by"]
            obj["parent_id"] = key_to_id[x["_parent"]]
        obj.update({
            "expect": {"rules": rules, "allowed": r["allowed"], "verdict": verdict(rules)},
            "family": r["family"],
            "account_pattern": acc["pattern"],
            "kind_of_row": r["kind_of_row"],
            "note": r["note"],
        })
        out.append(obj)
    with open(os.path.join(HERE, "accounts.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    rows = build()
    print(f"wrote {len(rows)} rows")
