#!/usr/bin/env python3
"""Build blind evaluation set b109 (Wendle Marches Council, twelve single-post rules).

The rows below were written by hand by an independent writer. This script only
assigns authors, platforms and timestamps with a fixed seed, shuffles the rows,
gives them ids B109-NNNN and writes posts.jsonl. Running it again writes the
same bytes.
"""
import datetime as dt
import json
import os
import random
import re

SEED = 10900
SET = "B109"
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- roster
# handle: (name, party, ward, sex, roles, committees)
ROSTER = {
    "@GarethPryceBA": ("Gareth Pryce", "BA", "Marchbury Castle", "m", {"leader", "cabinet"}, set()),
    "@HelenCorfield": ("Helen Corfield", "BA", "Marchbury Castle", "f", {"cabinet", "finance"}, set()),
    "@DilysBebbWenford": ("Dilys Bebb", "BA", "Wenford", "f", {"cabinet", "highways"}, set()),
    "@SianMeredithBA": ("Sian Meredith", "BA", "Trefwen", "f", {"cabinet", "communities"}, {"planning"}),
    "@CllrWycherley": ("Roger Wycherley", "BA", "Pentry", "m", {"chairman"}, set()),
    "@TomGittinsLH": ("Tom Gittins", "BA", "Long Hollin", "m", {"planchair"}, {"planning"}),
    "@AlanBowdler": ("Alan Bowdler", "BA", "Wenford", "m", set(), {"planning", "licensing"}),
    "@MairVaughanBA": ("Mair Vaughan", "BA", "Pentry", "f", {"licchair"}, {"licensing"}),
    "@KevInstoneMWP": ("Kevin Instone", "MWP", "Ketlow Gorge", "m", {"oppleader"}, set()),
    "@LisaJukesKG": ("Lisa Jukes", "MWP", "Ketlow Gorge", "f", set(), {"planning"}),
    "@DarrenOnionsMWP": ("Darren Onions", "MWP", "Ketlow Wharfage", "m", set(), {"planning", "licensing"}),
    "@PaulaHotchkiss": ("Paula Hotchkiss", "MWP", "Ketlow Wharfage", "f", set(), {"licensing"}),
    "@CraigBeddoes": ("Craig Beddoes", "MWP", "Marchbury Smithfield", "m", set(), {"planning"}),
    "@RhianTudorGreen": ("Rhian Tudor", "HRG", "Bryncaer", "f", set(), {"licensing"}),
    "@OwenBufton": ("Owen Bufton", "HRG", "Long Hollin", "m", set(), {"planning"}),
    "@NerysLloydInd": ("Nerys Lloyd", "WI", "Trefwen", "f", set(), {"licensing"}),
    "@PhilAmphlett": ("Phil Amphlett", "WI", "Bryncaer", "m", set(), {"planning"}),
    "@JeanMappInd": ("Jean Mapp", "IND", "Marchbury Smithfield", "f", set(), {"licensing"}),
}
PERSONAL = {"@beddoes_coracles": "@CraigBeddoes", "@nerys_hens": "@NerysLloydInd"}
CABINET_OR_CHAIR = {h for h, r in ROSTER.items() if r[4] & {"leader", "cabinet", "chairman"}}
# councillors who write the "I paid / I refused / I registered" gift posts; gift positives come from others
CAREFUL = {"@KevInstoneMWP", "@GarethPryceBA", "@DilysBebbWenford", "@LisaJukesKG", "@NerysLloydInd", "@PhilAmphlett"}

# role phrases named in a post: the holder never writes it
ROLE_PATTERNS = [
    (r"\bthe Leader\b|\bLeader's\b|Leader of the Council", "@GarethPryceBA"),
    (r"\bChairman\b", "@CllrWycherley"),
    (r"cabinet member for finance|finance cabinet member|finance portfolio", "@HelenCorfield"),
    (r"cabinet member for (highways|environment)|highways cabinet member", "@DilysBebbWenford"),
    (r"cabinet member for communities", "@SianMeredithBA"),
    (r"chair(ing)? (of )?planning|planning chair", "@TomGittinsLH"),
    (r"chair of licensing|licensing chair", "@MairVaughanBA"),
    (r"Workers' (group|Party) leader|opposition leader", "@KevInstoneMWP"),
]
# topics of registered interests: the holder never writes about them unless set by hand
INTEREST_TOPICS = [
    (r"Upper Batch", "@TomGittinsLH"),
    (r"[Hh]eritage", "@KevInstoneMWP"),
    (r"[Cc]oracle", "@CraigBeddoes"),
    (r"\b[Cc]ider\b|\b[Pp]erry\b", "@MairVaughanBA"),
    (r"[Vv]illage [Hh]all", "@PhilAmphlett"),
    (r"[Rr]ugby|\bRFC\b", "@SianMeredithBA"),
    (r"\bgraz|[Cc]ommoners", "@OwenBufton"),
    (r"[Pp]lant hire|[Hh]aulage|Marches Hire", "@AlanBowdler"),
    (r"[Tt]enant", "@PaulaHotchkiss"),
    (r"[Tt]axi|\bcabs?\b|[Hh]ackney", "@DarrenOnionsMWP"),
    (r"\b[Tt]ile", "@LisaJukesKG"),
    (r"[Ll]and [Tt]rust", "@NerysLloydInd"),
    (r"\b[Tt]raders\b|[Pp]itch fees|market stall", "@JeanMappInd"),
]

START = dt.date(2026, 1, 5)
END = dt.date(2026, 3, 27)


def load_meetings():
    out = []
    with open(os.path.join(HERE, "meetings.csv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            line = line.strip()
            if not line:
                continue
            title, s, e = line.rsplit(",", 2)
            out.append((dt.datetime.fromisoformat(s), dt.datetime.fromisoformat(e)))
    return out


MEETINGS = load_meetings()

# ---------------------------------------------------------------- row constructors
ROWS = []

O = "officers.impartiality"
RES = "resources.political-use"
POS = "position.improper-advantage"
G = "gifts.hospitality"
CAP = "capacity.council-voice"
INS = "confidentiality.insider-advantage"
PRE = "predetermination.closed-mind"
INT = "interests.declared-interest"
DP = "data-protection.personal-data"
SEC = "security.credentials"
DIS = "confidentiality.disclosure"
TONE = "tone.irony-risk"
PA = "respect.personal-attack"
DEF = "defamation.allegation"
BUL = "bullying.intimidation"
HASTE = "haste.pause-before-posting"


def P(family, verdict, text, allowed=(), rules=None, by=None, when=None, interest=None, note=""):
    ROWS.append(dict(text=text, rules=list(rules or [family]), allowed=list(allowed), verdict=verdict,
                     family=family, kind_of_row="positive", near_miss_of=None, interest=interest,
                     by=by, when=when, note=note))


def N(family, text, allowed=(), by=None, when=None, note=""):
    ROWS.append(dict(text=text, rules=[], allowed=list(allowed), verdict="ok", family=family,
                     kind_of_row="hard_negative", near_miss_of=family, interest=None,
                     by=by, when=when, note=note))


def F(text, by=None, when=None, note=""):
    ROWS.append(dict(text=text, rules=[], allowed=[], verdict="ok", family=None, kind_of_row="filler",
                     near_miss_of=None, interest=None, by=by, when=when, note=note))


# Rows about the same matter, giver or person go to different authors where possible, so that
# nobody both refuses and accepts the same hospitality, or keeps an open mind and a closed one.
# Each group lists a distinctive phrase of each of its rows.
GROUPS = {
    "wendle-meadows": ["Wendle Meadows?", "flooding at Wendle Meadows", "Riverbank Homes have had",
                       "Whatever the officers recommend on Riverbank", "Dinner at the Lion", "Sent back the hamper Riverbank"],
    "smithfield-road": ["25/0702/OUT", "Vale Retail Properties think", "what I think of the Smithfield Road",
                        "Vale Retail Properties sent", "Mark Bengry's report", "another supermarket on Smithfield Road"],
    "puddler": ["The Puddler wants", "LIC/26/004, enough", "won't be commenting on The Puddler",
                "objections to The Puddler", "Six Nations tickets for Cardiff", "free Six Nations tickets"],
    "hobs-tump": ["Hob's Tump turbines will never", "Marcher Wind Ltd: spin", "Marcher Wind laid on",
                  "own flask on the Marcher Wind", "Hob's Tump turbines are wrong", "position on the Hob's Tump",
                  "officers' report on the Hob's Tump"],
    "gaerwen": ["Gaerwen Poultry can send", "made my mind up on the Gaerwen", "Gaerwen Poultry lads",
                "Gaerwen Poultry folk have offered", "Gaerwen poultry sheds are wrong"],
    "pentry-orchard": ["Glamping at Pentry Court", "Orchard Escapes' pods", "Orchard Escapes have offered",
                       "shepherd's hut from Orchard Escapes", "Pentry Court Orchard pods"],
    "corn-exchange": ["Old Corn Exchange should", "Old Corn Exchange scheme", "Corn Exchange Leisure took"],
    "cefn": ["Cefn Quarry extension: dead", "Never approve a quarry", "Border Aggregates at the Trefwen",
             "Cefn Quarry extension meets"],
    "foundry": ["Gorge Foundry flats", "Foundry Quarter Developments have done", "Foundry Quarter scheme has",
                "Foundry Quarter Developments for the tour"],
    "marcher-fest": ["Marcher Fest is going ahead", "Marcher Fest has applied", "VIP wristbands",
                     "Marcher Fest launch party", "clear presentation at the public consultation"],
    "late-stop": ["Trefwen Late Stop selling", "Trefwen Late Stop: I've had", "Dyke Convenience dropped"],
    "scrapyard": ["scrapyard lot are after", "scrapyard at the Ketlow brickworks"],
    "christmas": ["Christmas hamper from the Marchbury Chamber", "Sent back the hamper Riverbank", "twelve-year-old single malt", "Castle Cars",
                  "My rule at Christmas", "Registered the Chamber of Trade"],
    "awards": ["Top table at the Marches Business Awards", "own ticket to the Marches Business Awards"],
    "castle-hotel": ["afternoon tea at the Castle Hotel", "Castle Hotel has reopened"],
    "gift-register": ["Gifts over £100 go on the register", "Honorary life membership",
                      "handmade oak bench", "cottage in Pembrokeshire"],
    "fast-track": ["barn conversion, drop me", "can't fast-track anyone's"],
    "pcn": ["Parking ticket on Castle Street", "Parking ticket? I can't"],
    "housing-list": ["Struggling to get a council house", "help with housing applications"],
    "stall": ["use my influence", "fellow stallholders"],
    "contractors": ["approved contractor list in record time", "approved contractor list is open",
                    "It's not who you know", "firm my nephew works for"],
    "printing": ["print room at Wendle House", "big colour copier", "print their party posters",
                 "printed at Wendle House"],
    "laptop": ["council laptop last night", "council laptop has decided", "Purdah starts soon"],
    "rudd": ["Whose side is our Head of Planning", "Asked the Head of Planning", "officers' report on the Hob's Tump"],
    "elin": ["Elin's being a right jobsworth", "Croeso to Elin Beddow", "Walked the Incline with Elin"],
    "rob": ["Had another go at Rob Davies", "Huge thanks to Rob Davies", "Rob and his team are doing miracles"],
    "steve": ["Steve Corbett in waste", "wrong form' from Steve"],
    "gwyn": ["Gwyn Meyrick told the sub-committee", "Twenty-five years at the council for Gwyn"],
    "bethan": ["Monitoring Officer is clearly taking", "Bethan Powell ran our code", "one-time code, Bethan"],
    "jo": ["asked Jo Preece to change", "Head of Housing turns up to Borderland", "Our new Head of Housing, Jo Preece"],
    "chief-exec": ["Andrew Hamer's been in", "Chief Executive has found a gap", "restructure the cabinet has asked for"],
    "pentry-school": ["sell the old Pentry school house", "valuation for the old Pentry school", "selling the old Pentry school"],
    "kiosk": ["get his name down for the Castle kiosk", "run the Castle kiosk"],
    "allotments": ["Ketlow allotment rents. Trust", "consultation on allotment rents"],
    "wenford-sell": ["thinking of selling up, hold off", "sell their houses in Wenford"],
    "rates": ["rates appeal till April", "Business rates relief changes"],
    "hmo": ["lifting the HMO restrictions", "HMO licensing scheme was approved", "HMO licensing scheme starts"],
    "bypass": ["Embargoed till Monday", "Leaked? Nope"],
    "cabinet-18-feb": ["closed session on the Furnace Bank", "closed session for item 9", "Part 2 item today",
                       "Part 2 item at cabinet was"],
    "defib": ["Defib cabinet at Pentry", "defib at Bryncaer chapel"],
    "collie": ["Found a lovely collie", "Lovely collie found"],
    "zoom": ["Zoom tonight: ID", "Zoom link for the flood wardens"],
    "scam": ["council tax rebate here", "Scam alert", "Clicked the link and put my details", "Didn't click"],
    "passwords": ["Password123", "Teams password twice", "IT rang this morning"],
    "yfc": ["congratulations to Bryncaer YFC on winning the county stock judging. Tidy",
            "From me and everyone in Bryncaer ward"],
    "st-davids": ["Happy St David's Day to all our neighbours", "Happy St David's Day from me",
                  "St David's Day in Trefwen"],
    "plant-hire": ["plant hire framework should give"],
    "tone-leader": ["Credit where it's due: the Leader", "the Leader's found Ketlow", "Leader's next 'listening tour'",
                    "Leader's 'open door'", "The Leader and I disagree"],
}


# ================================================================ officers.impartiality
P(O, "review", "Mark Bengry's report on the Smithfield Road supermarket reads like the applicant wrote it. I've asked him to go back and redo the retail impact section before it comes anywhere near committee, and I'll keep mithering him till he does.",
  allowed=[DEF, PRE], by="notplanning",
  note="Names a planning officer and presses him to rewrite his report; the pending matter is named but the author is not on the committee and gives no view on the merits.")
P(O, "review", "Ow bist, Wenford. Had another go at Rob Davies today about the flood barrier report. He still reckons the demountables can't go up at the bottom of Mill Street. He needs to change that advice before it goes to cabinet, simple as.",
  by="ward:Wenford notcab",
  note="Publicly pressing a named officer to change his professional advice.")
P(O, "review", "Whose side is our Head of Planning on? Catherine Rudd seems to find a way to say yes to every developer who turns up in a nice car. Time she remembered who pays her wages.",
  allowed=[PA, DEF],
  note="Questions a named officer's neutrality in public.")
P(O, "review", "Nigel Brisbourne's budget figures have been massaged to suit the Leader, plain as a pikestaff. A finance director is meant to be neutral, not a cheerleader for the Borderland lot.",
  allowed=[DEF], by="opp",
  note="Accuses the s151 officer of political bias; 'massaged' also allows defamation.")
P(O, "review", "Message to the licensing manager: if you want a quiet life, you'll recommend refusal on the new taxi ranks. I'm not letting this one drop.",
  allowed=[BUL],
  note="Pressure on an officer (by role) to change a recommendation; 'quiet life' reads as a veiled threat, so bullying is allowed.")
P(O, "review", "The Monitoring Officer is clearly taking her orders from the Leader's office. Bethan Powell threw out my complaint about the Alliance in three days flat. Funny how that works.",
  allowed=[DEF, TONE], by="opp",
  note="Questions the Monitoring Officer's impartiality, by name and role.")
P(O, "review", "Spoke to the conservation officer about the shopfront on Broad Street. Elin's being a right jobsworth over a bit of paint. I've told her I expect a more sensible recommendation by Friday or it's going to the portfolio holder.",
  allowed=[PA], when=("2026-01-12", "2026-03-27"),
  note="Named officer (first name plus role) pressed to change a recommendation, with a mild insult.")
P(O, "review", "Comms at Wendle House have gone full Borderland Alliance. Ffion Hughes signed off a press release that was a party leaflet in all but name. Officers are meant to be neutral, Ffion.",
  by="opp",
  note="Questions the neutrality of the named Head of Communications.")
P(O, "review", "Andrew Hamer's been in the Chief Exec's chair three years and still couldn't find Ketlow with a map and a torch. Time he went and we got somebody who understands the gorge.",
  allowed=[PA],
  note="Public criticism of the named Chief Executive, calling for him to go.")
P(O, "review", "Leanne Tipton from enforcement has been round the Wharfage three times over one bloke's shed while the proper rammel on the riverbank gets left. Leanne, I've emailed you the list. Sort your priorities out.",
  note="Names an enforcement officer and tells her publicly how to do her job.")
P(O, "review", "I've asked Jo Preece to change her report to cabinet on the Wharfage flats. Her recommendation to sell off the empty ones is wrong and she knows it. If officers won't listen, they'll hear it at scrutiny.",
  by="opp", when=("2026-01-19", "2026-03-27"),
  note="Pressing the named Head of Housing to change her report.")
P(O, "review", "Gwyn Meyrick told the sub-committee the noise conditions were 'proportionate'. Proportionate to what, Gwyn? Whoever's paying for the lunches? Licensing officers are supposed to be straight down the middle.",
  allowed=[DEF],
  note="Insinuates a named licensing officer is biased or bought; defamation allowed.")
P(O, "review", "Steve Corbett in waste tells me the bin round changes 'are what they are'. Not good enough, Steve. I want that report rewritten with the Bryncaer lanes back on weekly before it goes anywhere near cabinet.",
  note="Demands a named officer rewrite his report.")
P(O, "review", "The planning officer at yesterday's site visit spent the whole time chatting with the agent like old pals. Is that impartial? I don't think so. Mark, if you're reading this, the residents noticed too.",
  allowed=[DEF],
  note="Questions a planning officer's neutrality in public; named by first name and role.")
P(O, "review", "Duw, the officers' report on the Hob's Tump turbines is a tidy bit of spin. Catherine Rudd's team have cherry-picked every consultee that said yes. I've told them straight: put the landscape objections back in.",
  allowed=[PRE], by="@RhianTudorGreen",
  note="Bryncaer ward member (not on planning) accuses officers of slanting a report and presses them to change it; names a pending matter, so predetermination is allowed.")
P(O, "review", "Dear s151 officer: you're paid to advise all eighteen of us, not just the four in the cabinet corridor. Stop briefing the Leader first and the rest of us never.",
  by="opp",
  note="Public criticism of an officer (by role) for alleged partiality.")
P(O, "review", "Officers at Wendle House are dragging their feet on the Trefwen bus shelter because I'm not in the ruling group. Rob and Steve both know it. Politically motivated, pure and simple.",
  allowed=[DEF], by="@NerysLloydInd",
  note="Accuses named officers of acting for political reasons.")
P(O, "review", "Put it this way: when the Head of Housing turns up to Borderland Alliance group meetings, you can't be surprised her reports read like their manifesto. Jo Preece should decline the invitations.",
  allowed=[DEF], by="opp", when=("2026-01-19", "2026-03-27"),
  note="Questions the neutrality of a named officer by linking her to a party group.")

N(O, "Huge thanks to Rob Davies and the drainage team who were out before first light getting the Wenford barriers up ahead of the Wendle peaking. Proper grafters, the lot of them.",
  allowed=[O], note="Thanks to a named officer.")
N(O, "Croeso to Elin Beddow, our new conservation officer. She's already been up and down the shuts in Marchbury with a clipboard and a flask. Welcome aboard, Elin!",
  allowed=[O], when=("2026-01-05", "2026-01-09"), note="Welcome for a named officer.")
N(O, "Some folk online are having a pop at our planning officers over Pentry. Officers write the report, councillors make the decision. If you don't like the outcome, blame us, not them.",
  allowed=[O], note="Defence of officers.")
N(O, "Whose side are they on? Not Ketlow's. Cabinet have cut the gorge shuttle bus and called it 'efficiency'.",
  by="opp", note="'They' is the cabinet, not officers; shares a phrase with officer positives.")
N(O, "Asked the Head of Planning at the members' briefing why the landscape chapter was so thin. Catherine explained the consultant's brief and the timetable. Fair enough, I understand it better now.",
  allowed=[O], note="Questioning an officer to understand her reasons, which the code allows.")
N(O, "Cabinet's flood budget is a shambles and the cabinet member for highways should be ashamed of it. Rob and his team are doing miracles on buttons.",
  allowed=[O], by="opp", note="Robust criticism of a cabinet member's budget; the officer is praised.")
N(O, "Fed up with this council and its priorities. Whose side are they on when the Smithfield toilets are locked three days a week? Sort it, cabinet.",
  note="Policy complaint; nothing about officers.")
N(O, "Twenty-five years at the council for Gwyn Meyrick this week. Licensing in the Marches would be in a right state without him. Happy anniversary, bach.",
  allowed=[O], note="Praise for a named officer.")
N(O, "Bethan Powell ran our code of conduct refresher this morning. Dry stuff, but the bit on social media was useful. Diolch, Bethan.",
  allowed=[O], note="Thanks to the Monitoring Officer.")
N(O, "I disagree with the restructure the cabinet has asked for, and I said so at scrutiny, politely and on the record. My quarrel is with the policy, not with the Chief Executive who has to deliver it.",
  allowed=[O], by="opp", note="Disagreement aimed at a policy; officer mentioned neutrally.")
N(O, "The officers' report says the Cefn Quarry extension meets policy. Councillors will weigh that on the day. Report's online for anybody who fancies a read.",
  allowed=[O, PRE], note="Neutral mention of an officer recommendation on a pending matter.")
N(O, "Just had my annual 'you've used the wrong form' from Steve in waste. He's right, to be fair. Form filled in properly this time. Ta, Steve.",
  allowed=[O], note="Friendly mention of a named officer.")
N(O, "Our planning service is running with eight vacancies out of twenty-two posts. That's a cabinet problem, not an officer one, and the budget should fix it.",
  allowed=[O], by="opp", note="Defends officers and criticises the budget.")
N(O, "Jobsworth? No. The enforcement team are enforcing rules that we councillors set. If you don't like the rules, lobby me, not them.",
  allowed=[O], note="Shares 'jobsworth' with a positive but defends the officers.")
N(O, "The Leader's hand-picked 'review panel' is a stitch-up and the Alliance know it. Publish the terms of reference and let the public judge.",
  by="opp", note="Robust criticism of a political decision by the Leader; 'hand-picked' shares words with officer posts.")
N(O, "Walked the Incline with Elin and the volunteers this afternoon. She's bang on about the new handrail needing to be sympathetic. Good advice, and I'll back it.",
  allowed=[O], when=("2026-01-12", "2026-03-27"), note="Agreement with a named officer's advice.")
N(O, "A resident asked me to 'get the planning officer sacked' over a fence decision. That's not how it works and it's not something I'd ever do. Happy to explain the appeal route though.",
  allowed=[O], note="Refuses to pressure an officer.")
N(O, "Finance officers have done a tidy job setting the budget options out plainly. I still think cabinet picked the wrong one, but that's a political choice and it's theirs to own.",
  allowed=[O], by="opp", note="Praise for officers, criticism of cabinet's choice.")

# ================================================================ resources.political-use
P(RES, "review", "Borderland Alliance leaflets for Wenford are hot off the press! Big thanks to the print room at Wendle House for squeezing them in between the committee agendas.",
  by="BA", note="Party leaflets printed on the council's print room.")
P(RES, "review", "Canvassing session Saturday: Marches Workers' Party volunteers meet in the Members' Room at Wendle House from 10. Brews and cobs on me.",
  by="MWP", note="Council members' room used as a party campaign base.")
P(RES, "review", "Want to join the Hills and Rivers Greens campaign for a proper Long Hollin bus? Email me at my council address and I'll pop you on the party mailing list.",
  by="HRG", note="Council email used to recruit to a party list.")
P(RES, "review", "Knocked up the new Wendle Independents election flyer on my council laptop last night in front of the telly. Not bad for an amateur, eh?",
  by="WI", note="Party flyer made on council equipment.")
P(RES, "review", "Borderland Alliance: delivering for the Marches! Leaflet attached, designed with a bit of help from the lads in the council's graphics team. Tidy job, boys.",
  by="BA", note="Council staff time used on party material.")
P(RES, "review", "Borrowed one of the council pickups from the depot to ferry our Marches Workers' stall and banners to the Smithfield on Thursday. Saves a fortune in diesel.",
  by="MWP", note="Council vehicle used for party campaigning.")
P(RES, "review", "Anyone wanting a Marches Workers' Party poster for their front window, ring the council switchboard on 01632 960100 and ask for me. They'll put you through.",
  allowed=[SEC], by="MWP", note="Council switchboard and staff used to hand out party posters; the number is the council's own.")
P(RES, "review", "Our Marchbury Castle ward survey is out. It's got the council crest on it because, well, it looks official and people actually fill it in. Replies to the Borderland Alliance freepost, mind.",
  allowed=[CAP], by="BA ward:Marchbury_Castle", note="Council crest on a party survey.")
P(RES, "review", "Diolch to Carys in member services for typing up our Alliance group's campaign plan over her dinner hour. Star.",
  allowed=[O, DP], by="BA", note="Council staff member doing party work; impartiality of staff allowed.")
P(RES, "review", "Wendle Independents phone banking for the Trefwen by-election tonight! We'll be using the phones in committee room 3, so bring a cob and a flask.",
  by="WI", note="Council rooms and phones for party phone banking.")
P(RES, "review", "Quick one: ran our Greens newsletter through the council franking machine this morning. Don't tell the finance director 😉",
  by="HRG", note="Council postage for party mail; the wink is about the author's own act.")
P(RES, "review", "Surgery done, so I've stayed on in my Wendle House office writing the Borderland Alliance manifesto section on the gorge. Council broadband's quicker than mine at home anyhow.",
  by="BA", note="Council office and broadband used to write a party manifesto.")
P(RES, "review", "The council's comms team have kindly agreed to share our Marches Workers' Party rally poster on the official Facebook page. Cheers, comms!",
  allowed=[O], by="MWP", note="Council communications channel used for a party rally.")
P(RES, "review", "Our canvassers will be round Ketlow Wharfage this weekend in hi-vis vests with the Wendle Marches logo on, so folk know we're legit. Marches Workers' Party, working for you.",
  by="MWP", note="Council-branded kit used for party canvassing.")
P(RES, "review", "Sent our group's 'Stop the Cuts' leaflet to everyone on the council's housing mailing list this morning. The list was sat there, so why not use it.",
  allowed=[DP], by="opp", note="Council mailing list used for a party leaflet; data protection allowed.")
P(RES, "review", "Printed 500 Borderland Alliance 'Keep Marchbury Moving' window posters on the big colour copier in the members' room. Nearly ran it dry of toner!",
  by="BA", note="Council copier for party posters.")
P(RES, "review", "Fancy getting involved with the Hills and Rivers Greens? Next branch meeting is in the Long Hollin depot canteen. The supervisor says we can have it after hours.",
  by="HRG", note="Council depot used for a party branch meeting.")
P(RES, "review", "Diolch yn fawr to the council's Welsh translation unit for doing the Cymraeg version of our Wendle Independents leaflet. Bilingual campaigning, lush.",
  by="WI", note="Council translators used on a party leaflet.")
P(RES, "review", "We're filming the Alliance's election broadcast in the council chamber next Monday. Lovely oak panelling, great light and it costs us nowt.",
  by="BA", note="Council chamber used free for a party broadcast.")
P(RES, "review", "Working on my council-issued iPad on the train to Shrewsbury, finishing our party's target-seat list for May. Productive morning.",
  note="Council equipment used for party target-seat work.")
P(RES, "review", "Our candidate's acceptance speech has been proof-read by one of the policy officers as a favour. Don't tell anyone 🤫 Marches Workers' Party, ready for May.",
  allowed=[O], by="MWP", note="Council officer's time on party material; officer impartiality allowed.")
P(RES, "review", "The Alliance bus-pass petition: printed at Wendle House, posted in council envelopes (they were only going spare) and sent to 2,000 pensioners across the valley.",
  by="BA", note="Council printing and stationery for a party petition.")
P(RES, "review", "Reminder to the branch: the campaigners' WhatsApp group is now on my council mobile, so use that number rather than my old one. Marches Workers, let's get out there.",
  by="MWP", note="Council phone used for party campaign group.")
P(RES, "review", "Stuffing envelopes for the Pentry by-election with a brew in the Wendle House members' room. Good team, good cause, Borderland Alliance all the way.",
  by="BA", note="Council room used for party envelope stuffing; the resource is mentioned in passing.")

N(RES, "Ward surgery this Saturday at Wenford Library, 10 till 12. All welcome, whoever you vote for.",
  allowed=[RES], by="ward:Wenford", note="Council building used for ward work, not party.")
N(RES, "Borderland Alliance leaflets going out in Pentry this week. Printed and paid for by the Alliance, with the imprint on the back as it should be.",
  by="BA", note="Party leaflet with no council resources.")
N(RES, "Purdah starts soon. Council logos, council email and council time stay out of campaigning from here on. I'll be using my own laptop and the party's printer.",
  allowed=[RES], note="Reminder of the rule.")
N(RES, "Residents can reach me on my council email for casework any time. Party stuff goes to the branch secretary, not me.",
  allowed=[RES], note="Separates council email from party.")
N(RES, "Cabinet's decision to scrap the mobile library is daft, and the Marches Workers' Party will fight it all the way to May.",
  by="MWP", note="Party campaigning on a council decision, no resources.")
N(RES, "Spent the day at Wendle House going through the budget papers with the finance team. Good questions asked, a few answers still to come.",
  allowed=[RES], note="Council premises for council work.")
N(RES, "Hi-vis, litter pickers and bags kindly lent by the council's street scene team for the Trefwen community litter pick on Saturday. All welcome, bring gloves, it'll be cowd.",
  allowed=[RES], note="Council kit for a community event, not party.")
N(RES, "Hills and Rivers Greens stall at the Smithfield on Thursday. We've paid for our pitch like everybody else, before anybody asks.",
  by="HRG", note="Party stall, paid for; no council resources.")
N(RES, "Council printer jammed three times on the agenda pack this morning. Modern technology, eh.",
  allowed=[TONE], note="Council equipment used for council work; irony about a thing.")
N(RES, "The Marches Workers' Party conference is at the Trefwen RFC clubhouse this year, hired and paid for by the branch.",
  by="MWP", note="Party event in a private venue.")
N(RES, "Yes, the council photo of the Butter Cross is in my ward newsletter. It's the council newsletter, sent through member services, no party logos, as the rules allow.",
  allowed=[RES], note="Council newsletter used properly.")
N(RES, "Somebody asked if I'd print their party posters at Wendle House. No chance. Council kit is for council work. Try the print shop on Broad Street.",
  allowed=[RES], note="Refusal to misuse council resources.")
N(RES, "Delighted the community grants panel backed the Ketlow allotments bid. Not a party thing: everyone on the panel voted for it.",
  note="Council decision, no party use of resources.")
N(RES, "Alliance group meeting tonight, upstairs at the Crown in Wenford. Room booked and paid for by the group. Members only, sorry!",
  by="BA", note="Party meeting at a private venue.")
N(RES, "My council laptop has decided it needs 47 updates. Casework will have to wait a bit. Ar, I know.",
  allowed=[RES], note="Council equipment mentioned with no party use.")
N(RES, "The Wendle Marches crest on my ward newsletter is there because it's the council's newsletter, checked by democratic services. The party one goes out separately, with its own imprint.",
  allowed=[RES, CAP], note="Explains proper separation.")
N(RES, "Out in the cold with the Greens in Long Hollin today. Nesh lot, us: three flasks between four of us and still shivering.",
  by="HRG", note="Party campaigning with no council resources.")
N(RES, "Thanks to the depot team for lending barriers for the Pentry wassail procession on Saturday. Road closure all above board and booked properly.",
  allowed=[RES], when=("2026-01-12", "2026-01-16"), note="Council equipment for a community event.")
N(RES, "Wendle Independents haven't got a party machine or fancy print budgets. Just a few of us, a printer in a spare room and sore feet.",
  by="WI", note="Party campaigning with own resources.")
N(RES, "Campaign costs go on the party's return, council mileage is only for council duties. Keep them apart, folks, it's not hard.",
  allowed=[RES], note="Reminder about separation.")
N(RES, "Council chamber's booked for the Youth Council hustings on the 12th. Non-party, every candidate invited, run by democratic services.",
  allowed=[RES], note="Council room for a non-party civic event.")
N(RES, "Used committee room 2 for the Pentry flood residents' meeting, booked through democratic services, which is exactly what it's there for.",
  allowed=[RES], note="Council room for ward work.")
N(RES, "The Marches Workers' Party will be out on the Wharfage Saturday. Look for the red rosettes and the flask of Bovril.",
  by="MWP", note="Party campaigning, no council resources.")
N(RES, "Why is the council spending on a glossy 'Marches Matters' magazine in an election year? Looks more like an Alliance brochure to me. Scrutiny should look at it.",
  allowed=[RES], by="opp", note="Questions possible misuse by others; not itself a misuse.")

# ================================================================ position.improper-advantage
P(POS, "review", "Anyone in Long Hollin waiting on a decision for a barn conversion, drop me a message. As your councillor I can get it moved up the pile.",
  by="ward:Long_Hollin", note="Offers to fast-track planning through the role.")
P(POS, "review", "Our lad's just started his own roofing business, Hollin Roofing. If you're on the council repairs list, mention my name and I'll make sure the housing team know he's available.",
  note="Promotes a family business and offers to steer council work to it.")
P(POS, "review", "Struggling to get a council house? I've had a word with a couple of people at Wendle House for a few families already. Message me privately and I'll see what I can do about moving you up.",
  note="Offers to move people up the housing list through influence.")
P(POS, "review", "Pub landlords of Marchbury: if you're having bother with your licence renewal, give me a bell before you fill anything in. I know how to make these things go smoothly.",
  note="Offers to smooth licensing through the role.")
P(POS, "review", "My brother-in-law's landscaping firm is looking for work. The council's got a load of verge contracts coming up and I'll be putting his name forward, obviously.",
  allowed=[INS], note="Pushes a relative for council contracts.")
P(POS, "review", "Parking ticket on Castle Street? Send me a pic and I'll get it binned. Perks of the job 😎",
  note="Offers to cancel penalties through the role.")
P(POS, "review", "If you play for Trefwen RFC and your planning application's stuck, let me know. I'll have a quiet word with the planning department.",
  note="Offers planning favours to members of a club.")
P(POS, "review", "Shameless plug: my daughter's café on the High Street does the best fidget pie in Marchbury. And I'll be pushing hard for her outdoor seating licence. Family first!",
  allowed=[PRE], note="Promotes a family business and promises to push its licence.")
P(POS, "review", "Anyone who helped on our campaign and needs a reference for a council job, I'm happy to have a word with HR. Loyalty works both ways.",
  note="Offers jobs influence in return for political support.")
P(POS, "review", "Mates' rates: the council's looking for a caterer for the Castle open day. Jenny at Bryncaer Bakes, I've told them about you, consider it sorted.",
  note="Steers a council contract to a friend.")
P(POS, "review", "Need a skip permit in a hurry? Don't bother with the online form, just text me and I'll have it through by teatime. No mithering.",
  note="Offers to bypass the process for individuals.")
P(POS, "review", "Folk who put my poster up at the election get first call on my surgery time and their potholes done first. Fair's fair.",
  note="Favours supporters with council services.")
P(POS, "review", "Got a mate who runs Marches Scaffolding. If you're applying for a council home improvement grant, use him and I'll make sure the paperwork goes through without a hitch.",
  note="Links a friend's firm to smoother grant decisions.")
P(POS, "review", "Blue badge turned down? Come and see me. One phone call from a councillor works wonders, and I'm not shy of making it.",
  note="Implies the role can override assessments.")
P(POS, "review", "My wife's holiday let up the Batch is taking summer bookings. The council's tourism team are putting it in their 'recommended stays' leaflet at my suggestion.",
  by="man", note="Uses the role to promote a spouse's business.")
P(POS, "review", "Proud to be the councillor who got my cousin's yard onto the council's approved contractor list in record time. Talk to me if your firm wants the same treatment.",
  note="Boasts of using position for a relative and offers the same.")
P(POS, "review", "If your babby hasn't got into the school you wanted, have a word with me. I sit on enough panels to know exactly who to ring.",
  note="Offers to sway school admissions.")
P(POS, "review", "Told the procurement lads the firm my nephew works for does a cracking price on gritters. Fingers crossed for him, he's a good lad.",
  note="Pushes a relative's employer in procurement.")

N(POS, "As your councillor I can't fast-track anyone's planning application, and I wouldn't if I could. What I can do is explain the process and chase delays for everyone.",
  allowed=[POS], note="Shares 'as your councillor' and 'fast-track' but refuses.")
N(POS, "Parking ticket? I can't get it cancelled and neither can any councillor. Appeal online within 28 days, and here's the link: example.com/pcn-appeal",
  allowed=[POS], note="Refusal plus the proper route.")
N(POS, "Always happy to help with housing applications, and the same way for everyone: I'll check your banding is right and chase if it goes quiet. No queue-jumping.",
  allowed=[POS], note="Proper casework.")
N(POS, "Shop local! The fidget pies at the Thursday market are tidy this week. Not my business, not my family, just my dinner.",
  note="Shop-local praise with no connection.")
N(POS, "It's not who you know in Wendle Marches. Or it shouldn't be. That's why I've asked for the contractor list to be published in full.",
  note="Shares 'who you know'; argues for openness.")
N(POS, "Family first this weekend: our granddaughter's christening at Bryncaer chapel. Phone off till Monday, back on the case then.",
  note="'Family first' in a personal sense.")
N(POS, "The council's approved contractor list is open for applications until 31 January. Local firms, get your bids in. It's all done by procurement; councillors don't get a say.",
  allowed=[POS], when=("2026-01-05", "2026-01-23"), note="Public information about procurement.")
N(POS, "Congratulations to Hollin Roofing on ten years in business. No connection, just good lads who did the chapel roof.",
  note="Shares a firm name with a positive; no connection.")
N(POS, "Got mithered all week to 'sort' a hedge dispute. I can point you to mediation, but I'm not the hedge police and I won't take sides between neighbours.",
  allowed=[POS], note="Declines to use the role.")
N(POS, "My son-in-law works for the council's highways contractor. I've told the Monitoring Officer and I stay well out of anything to do with that contract.",
  allowed=[POS, INT], note="Discloses a connection and steps back.")
N(POS, "As your councillor, I chased the Bryncaer broadband roll-out again this week. Openreach say April. I'll keep on at them till it happens.",
  note="Proper advocacy; shares 'as your councillor'.")
N(POS, "Landlords of the Wharfage: the HMO licensing scheme starts in April. Details on the council website. Same rules for everyone.",
  note="Public information.")
N(POS, "Hat tip to Gwen's café in Pentry for the best bara brith in the valley. Lush. Paid full price, as ever.",
  note="Praise for a business with no connection.")
N(POS, "Asked to 'use my influence' to get a rival's stall moved further down the market. Answer: no. Stalls are allocated by the market office, and rightly so.",
  allowed=[POS], note="Refuses to use influence.")
N(POS, "Want to know which local firms hold council contracts? It's all on the transparency pages. Openness beats favours every time.",
  note="Public information.")
N(POS, "Our kid's apprenticeship starts Monday at the joinery in Wenford. Proud auntie moment, that.",
  by="woman", note="Family pride, no use of the role.")
N(POS, "I'll fight for Ketlow to get its fair share of the highways budget. That's not favouritism, that's the job.",
  allowed=[POS], by="ward:Ketlow_Gorge ward:Ketlow_Wharfage", note="Ward advocacy.")
N(POS, "Got a problem with a council service? Get in touch. I'll raise it the same way whether you voted for me or not.",
  allowed=[POS], note="Even-handed offer of help.")

# ================================================================ gifts.hospitality
P(G, "advice", "Lovely Christmas hamper from the Marchbury Chamber of Trade for all councillors. Shropshire Blue, gingerbread and a jar of proper damson jam. Thank you, all!",
  when=("2026-01-05", "2026-01-09"), by="notcareful", note="Hamper from a business group; no decision sought, so advice.")
P(G, "advice", "A bottle of twelve-year-old single malt turned up on the doorstep with a card: 'Thanks for all you do, Councillor.' No name. Whoever you are, cheers!",
  allowed=[HASTE], when=("2026-01-05", "2026-01-16"), by="notcareful", note="Anonymous gift given because of the role; advice.")
P(G, "advice", "Spent Saturday in the hospitality box at Salop courtesy of Wendle Valley Estates. We lost, but the steak pie was bostin'.",
  by="notcareful", note="Football hospitality from a property firm; no decision named, so advice (arguably review).")
P(G, "advice", "Off to a friend's cottage in Pembrokeshire for half term, free of charge. He's a local builder who's always been good to me, bless him.",
  when=("2026-02-09", "2026-02-13"), by="notcareful", note="Free holiday from a builder who may do business with the council; advice.")
P(G, "advice", "Honorary life membership of Hollin Golf Club came in the post this morning. Very generous of the committee. I'm a terrible golfer, mind.",
  by="notcareful", note="Membership given because of the role; advice.")
P(G, "advice", "Top table at the Marches Business Awards last night, courtesy of Gorge Engineering. Smashing do, lovely food, even better company.",
  by="notcareful", note="Hospitality from an engineering firm; advice.")
P(G, "advice", "Treated to afternoon tea at the Castle Hotel by the new owners. They wanted to say thank you for all my support over the years. Very kind of them!",
  by="notcareful", note="Hospitality from a local business thanking the councillor; advice.")
P(G, "advice", "A handmade oak bench for my garden from the joinery firm up at Bryncaer, 'for a good councillor'. Beautiful work, and it's going right by the veg patch.",
  by="notcareful", note="Valuable gift from a firm because of the role; advice, and likely over £100.")
P(G, "review", "Dinner at the Lion on Friday, courtesy of the lovely folk at Riverbank Homes. Great to hear their plans for Wendle Meadows, ambitious stuff!",
  allowed=[PRE], by="notplanning notcareful", note="Hospitality from a pending planning applicant: review.")
P(G, "review", "Cheers to Marcher Live Events for the VIP wristbands for Marcher Fest! Can't wait for August.",
  allowed=[PRE], by="notlicensing notcareful", note="Gift from the applicant for a pending festival licence: review.")
P(G, "review", "Thank you Foundry Quarter Developments for the tour of the old foundry and the slap-up lunch afterwards. Some vision there for Ketlow.",
  allowed=[PRE], by="notplanning notcareful", note="Hospitality from a pending applicant: review.")
P(G, "review", "Marcher Wind laid on a minibus and a lovely lunch for a few of us councillors to see their turbines over in mid Wales. Eye-opening day out.",
  allowed=[PRE], by="notplanning notcareful", note="Hospitality from the Hob's Tump applicant: review.")
P(G, "review", "A Christmas turkey and a tray of eggs every week from the Gaerwen Poultry lads. Can't fault their generosity, they're good neighbours.",
  allowed=[PRE], by="notplanning notcareful", when=("2026-01-05", "2026-01-16"), note="Gifts from a pending applicant: review.")
P(G, "review", "Orchard Escapes have offered me a free weekend in one of their shepherd's huts 'to see what all the fuss is about'. Booked for March!",
  allowed=[PRE], by="notplanning notcareful", when=("2026-01-05", "2026-02-27"), note="Accepted hospitality from a pending applicant: review.")
P(G, "review", "Nice lunch with Border Aggregates at the Trefwen Arms today. They wanted to talk me through the quarry extension and they picked up the bill.",
  allowed=[PRE], by="notplanning notcareful", note="Hospitality from a pending quarry applicant: review.")
P(G, "review", "Six Nations tickets for Cardiff from the boys at Wharfage Inns, the ones opening the new bar down on the wharf. Diolch, bois!",
  allowed=[PRE], by="notlicensing notcareful", when=("2026-02-02", "2026-03-13"), note="Gift from the applicant for a pending premises licence: review.")
P(G, "review", "Vale Retail Properties sent round a voucher for the spa at the Castle Hotel. Their Smithfield Road supermarket plans look tidy too, to be fair.",
  allowed=[PRE], by="notplanning notcareful", note="Gift from a pending applicant: review.")
P(G, "review", "The firm bidding for the new waste contract took a few of us out for a curry after the site visit. Good people, Marches Recycling.",
  by="notcareful", note="Hospitality from a bidder for a council contract: review.")
P(G, "review", "Free MOT and a full valet from Castle Garage this week. They're going for the council fleet servicing contract, so fingers crossed for them.",
  allowed=[POS], by="notcareful", note="Free services from a firm seeking a council contract: review.")
P(G, "review", "Pavement café application's in for the new deli on Broad Street, and they've sent me a box of pastries. Lush!",
  by="notcareful", note="Gift from someone seeking a licence: review.")
P(G, "review", "The boss of Castle Cars gave me free rides home all through December. He's dead keen on the new rank on Castle Square going through.",
  when=("2026-01-05", "2026-01-16"), by="notcareful", note="Free rides from a firm seeking a council decision: review.")
P(G, "review", "Dyke Convenience dropped off a crate of beer to say thanks for hearing them out about their late licence. Nice gesture, that.",
  allowed=[PRE, HASTE], by="notlicensing notcareful", note="Gift from the applicant for a pending licence: review.")
P(G, "review", "Corn Exchange Leisure took a few of us up to Chester first class to see their other bar conversion. Bubbly on the way home, the works.",
  allowed=[PRE, HASTE], by="notplanning notcareful", note="Hospitality from a pending listed building applicant: review.")
P(G, "review", "Marches Housing Group, who are after the old depot site from the council, treated me to a day at Cheltenham races. What a day!",
  by="notcareful", note="Hospitality from a body seeking to buy council land: review.")

N(G, "Sent back the hamper Riverbank Homes left at Christmas, with a polite note. Can't accept gifts from anyone with an application in, however nice the cheese.",
  allowed=[G], when=("2026-01-05", "2026-01-09"), by="careful", note="Returned gift.")
N(G, "Registered the Chamber of Trade's dinner invitation with the Monitoring Officer today, well inside the 28 days. Belt and braces.",
  allowed=[G], by="careful", note="Registered hospitality.")
N(G, "Paid for my own ticket to the Marches Business Awards, as I always do. Lovely evening, and well done to all the winners.",
  allowed=[G], by="careful", note="Paid-for ticket.")
N(G, "Thanks to everyone who came out for the Bryncaer litter pick, and to Mrs Davies for the Welsh cakes afterwards. Best reward going.",
  allowed=[G, DP], note="Trivial treat shared with volunteers.")
N(G, "Turned down a free weekend in a shepherd's hut from Orchard Escapes and logged the refusal with the Monitoring Officer, as the code says.",
  allowed=[G], by="careful", note="Refused and registered.")
N(G, "Bought a round for the Ketlow flood volunteers at the Boat Inn tonight. On me, not the council, and well earned.",
  allowed=[G, HASTE], note="The councillor giving, not receiving.")
N(G, "A card from a nine-year-old saying thank you for getting the swings fixed. That's going straight on the fridge.",
  allowed=[G], note="A card, no value.")
N(G, "Somebody left a box of chocs at my surgery with no name on. Shared them round the library staff. Ta, mystery person!",
  allowed=[G], by="careful", note="Small gift shared; not from anyone doing business.")
N(G, "Hospitality? The only hospitality I've had this week is a lukewarm coffee in committee room 2.",
  allowed=[G, TONE], note="Irony about a thing, shares the word.")
N(G, "The Gaerwen Poultry folk have offered to show councillors round their existing sheds. Planning members will go on the official site visit only. No lunches, no lifts.",
  allowed=[G], note="Offer declined in favour of the official visit.")
N(G, "Thanks to Marcher Live Events for a clear presentation at the public consultation in the Guildhall. Everybody got the same slides and the same tea.",
  allowed=[G], note="Public consultation, nothing given.")
N(G, "Dinner with the other Wendle Independents at the Trefwen Arms. We each paid our own way, as usual. Tidy evening, mind.",
  by="WI", note="Own-paid dinner.")
N(G, "For the record: the 'free Six Nations tickets' rumour is nonsense. I was in Cardiff, yes, on a ticket I bought myself back in October.",
  allowed=[G], when=("2026-02-09", "2026-03-20"), by="careful", note="Denies a gift; ticket paid for.")
N(G, "Gift of a book about the Ketlow ironmasters after my talk to the local history society. Under a tenner, but I've mentioned it to the MO anyway.",
  allowed=[G], by="careful", note="Trivial gift, disclosed.")
N(G, "Mothering Sunday came early: flowers and a wonky card from the grandkids. Best present I've had all year.",
  by="woman", when=("2026-03-09", "2026-03-13"), note="Family gift.")
N(G, "The Castle Hotel has reopened under new owners. Popped in for a coffee, paid at the till, wished them well.",
  allowed=[G], by="careful", note="Paid; shares the venue with a positive.")
N(G, "Hats off to Gorge Engineering for sponsoring the Ketlow juniors' new football kits. Businesses giving back, love to see it.",
  note="Sponsorship to a club, not to the councillor.")
N(G, "My rule at Christmas: if it's from someone who does business with the council, it goes back. If it's a mince pie from a neighbour, I eat it.",
  allowed=[G], when=("2026-01-05", "2026-01-16"), by="careful", note="States the rule.")
N(G, "Invited to the Marcher Fest launch party. I've said no thanks until the licence has been decided.",
  allowed=[G], by="careful", note="Refused invitation.")
N(G, "Took my own flask on the Marcher Wind site trip and paid for my own sandwiches. Not being funny, but it matters.",
  allowed=[G], by="careful", note="Paid own way.")
N(G, "The Chairman's charity dinner raised £4,200 for the Marches air ambulance. Tickets were £35 and everyone paid, us included.",
  allowed=[G], by="careful", note="Paid tickets for charity.")
N(G, "Thanks to the Pentry WI for the jam at the coffee morning. I paid my 50p, before anybody asks.",
  allowed=[G], by="careful", note="Paid.")
N(G, "Gifts over £100 go on the register within 28 days. Mine's up to date and published on the council website, have a look.",
  allowed=[G], by="careful", note="Register reminder.")
N(G, "Free lunch at a Wendle Marches budget briefing? You're having a laugh. It was a cob and a bourbon biscuit.",
  allowed=[G, TONE], note="Joke; council-provided refreshments.")

# ================================================================ capacity.council-voice
P(CAP, "review", "On behalf of Wendle Marches Council, congratulations to Bryncaer YFC on winning the county stock judging. Tidy work, all of you!",
  by="notcab", note="Speaks for the council from a councillor account, though the content is harmless.")
P(CAP, "review", "The Council believes the Gaerwen poultry sheds are wrong for Long Hollin, and we'll be saying so loud and clear.",
  allowed=[PRE], by="@RhianTudorGreen", note="A personal view given as the council's; the author is not on planning, so predetermination is only allowed.")
P(CAP, "review", "Official council position: the Wharfage needs its bus back, full stop. I'll be pushing cabinet to get on with it.",
  by="opp", note="'Official council position' from an opposition councillor.")
P(CAP, "review", "Wendle Marches Council says: get yourselves down to the Wenford raft race on Easter Monday! Official!",
  by="@beddoes_coracles", note="Personal account speaking as the council.")
P(CAP, "review", "Wendle Marches Council fully supports backyard hen keeping in Trefwen, and so should your neighbours. Cluck cluck!",
  by="@nerys_hens", note="Personal account claiming council support.")
P(CAP, "review", "Speaking for the council here: we will not be closing Bryncaer school, whatever the rumours say down the shop.",
  by="notcab", note="Non-cabinet councillor speaking for the council on a decision not taken.")
P(CAP, "review", "Wendle Marches Council condemns the government's fuel duty rise. Folk in the hills can't just hop on a tram.",
  by="notcab", note="Personal view presented as the council's.")
P(CAP, "review", "As a council we're united on this one: the A49 is a disgrace and Westminster needs to sort it.",
  by="notcab", note="Claims a council view from a personal account.")
P(CAP, "review", "Free parking in the Smithfield car park on market days is Marches Workers' Party policy, and the council backs it. Simple.",
  by="MWP", note="Party policy presented as the council's.")
P(CAP, "review", "A message from Wendle Marches Council to the Welsh Government: stop closing Trefwen folk off the cross-border GP lists. We won't stand for it.",
  by="WI", note="Speaks for the council from a personal account.")
P(CAP, "review", "The council's view is clear: Marchbury doesn't want another supermarket on Smithfield Road. I said so on the council's behalf to the Marches Gazette today.",
  allowed=[PRE], by="notplanning notcab", note="Claims to speak for the council to the press; names a pending matter but the author is not on planning.")
P(CAP, "review", "This council stands with our farmers on the inheritance tax changes. Proud to say it on behalf of everyone at Wendle House.",
  by="notcab", note="Speaks for the council without authority.")
P(CAP, "review", "Officially, on behalf of the council: Happy St David's Day to all our neighbours over the dyke! Dydd Gŵyl Dewi hapus!",
  by="notcab", when=("2026-03-02", "2026-03-02"), note="Greeting given in the council's name from a councillor account.")
P(CAP, "review", "The Council does not support closing Wenford police station, and I've told West Mercia that straight.",
  by="notcab", note="Council position asserted by a backbencher.")
P(CAP, "review", "Wendle Marches Council believes the 20mph limits through the villages have been a success, and we'll be rolling them out further this year.",
  by="notcab", note="Presents a view and a plan as the council's.")
P(CAP, "review", "The Hills and Rivers Greens' Wader Plan for the uplands is now official council policy. Well, it should be, and as far as I'm concerned it is.",
  by="HRG", note="Party plan presented as council policy.")
P(CAP, "review", "Statement on behalf of Wendle Marches Council: we are appalled by the decision to close the Trefwen bank branch.",
  by="notcab", note="'Statement on behalf of' the council from a councillor.")
P(CAP, "review", "Our council's official line is that the Ketlow landslip repairs are the government's job, not ours. Write to your MP, ow bist.",
  by="notcab", note="Asserts an official line from a personal account.")

N(CAP, "From me and everyone in Bryncaer ward, congratulations to Bryncaer YFC on winning the county stock judging!",
  by="ward:Bryncaer", note="Congratulations in the ward's name, not the council's.")
N(CAP, "Personal account, views my own: Salop need a new left back, and quick.",
  by="@beddoes_coracles", note="Personal account, clearly personal.")
N(CAP, "Cabinet agreed this morning to keep the Ketlow shuttle bus running until March 2027 (minute 58). Pleased we got there.",
  allowed=[CAP], by="@GarethPryceBA", when=("2026-01-21", "2026-01-21", "12:30", "18:59"), note="The Leader reporting a cabinet decision accurately.")
N(CAP, "As Chairman of Wendle Marches Council it was an honour to present long service awards to 23 staff today, with 560 years' service between them.",
  allowed=[CAP], by="@CllrWycherley", note="The Chairman acting in his civic role.")
N(CAP, "Official: I've bought new wellies. The council's position on their colour: none, but they're yellow, for visibility in the Wendle floods.",
  allowed=[CAP], note="Joke using 'official' and 'council's position'.")
N(CAP, "My view, not the council's: we should be twinning with somewhere warmer than Llandrindod.",
  note="Explicitly personal.")
N(CAP, "Full council voted 11 to 7 to adopt the budget (it's in the minutes). I voted against and I'll keep arguing for the Wharfage.",
  allowed=[CAP], by="opp", when=("2026-02-27", "2026-03-06"), note="Reports a council decision accurately.")
N(CAP, "Wendle Marches Council has today published the draft Local Plan for consultation. Have your say before 20 March, link on the council website.",
  allowed=[CAP], when=("2026-03-02", "2026-03-02"), note="Reports a published council act.")
N(CAP, "I'll be asking the council to back a motion on rural buses at the March meeting. If it passes, it's council policy. Until then it's mine.",
  allowed=[CAP], note="Distinguishes own view from council policy.")
N(CAP, "The Marches Workers' Party believes the Smithfield car park should be free on market days. That's our party's view; the council hasn't agreed it yet.",
  allowed=[CAP], by="MWP", note="Party view, labelled as such.")
N(CAP, "Speaking for myself, not the council: the new bin calendar is baffling. I've had to draw a chart on the fridge.",
  allowed=[CAP], note="Explicitly personal.")
N(CAP, "Proud to represent Wendle Marches Council on the Marches Fire Authority. Busy first meeting, lots to learn.",
  allowed=[CAP], note="A real appointment to represent the council.")
N(CAP, "What's the council's position on the Hob's Tump turbines? It hasn't got one yet. The planning committee decides in May. Read the papers when they're out.",
  allowed=[CAP], note="Correctly says there is no council position yet.")
N(CAP, "The council's official account has all the bin changes: @WendleMarchesCncl. Just sharing because people keep asking me.",
  allowed=[CAP], note="Points to the official account.")
N(CAP, "Cabinet agreed the new street trading policy on Wednesday. It's all in the published decision notice, and I'm happy to answer questions on it.",
  allowed=[CAP], by="@DilysBebbWenford", when=("2026-02-19", "2026-02-20"), note="Cabinet member reporting a cabinet decision.")
N(CAP, "Happy St David's Day from me and the Wendle Independents! Dydd Gŵyl Dewi hapus, pawb!",
  by="WI", when=("2026-03-02", "2026-03-02"), note="Greeting in own and party's name.")
N(CAP, "Wendle Marches Council? More like Wendle Marches Cancel. The Long Hollin bus, the library van, now the toilets. Cabinet, sort it out.",
  allowed=[TONE], by="opp", note="Pun about the council; criticism of decisions.")
N(CAP, "Quick reminder that I'm a councillor, not the council. I can raise it, press for it and vote for it, but I can't promise on the council's behalf.",
  allowed=[CAP], note="Explains capacity.")

# ================================================================ confidentiality.insider-advantage
P(INS, "review", "Word to the wise for anyone with a van: the council's about to double the commercial permit for the Smithfield car park. Get your annual one before the end of the month.",
  when=("2026-01-05", "2026-01-23"), note="Tip ahead of an unannounced charge rise.")
P(INS, "review", "If you've been thinking about buying one of the lock-ups on Furnace Bank, now's the time. Let's just say the council has plans for that row that'll push prices up. Can't say more.",
  allowed=[DIS], when=("2026-01-05", "2026-02-13"), note="Hints at an exempt acquisition (not named) to help buyers; disclosure allowed.")
P(INS, "review", "My brother's been after a unit on the Wenford trading estate for ages. Told him to get his offer in this week, before the council's rent review lands.",
  allowed=[POS], note="Uses inside knowledge to help a relative.")
P(INS, "review", "Little birdie says the Long Hollin car park charges are coming in April. Buy your season ticket at the old price while you still can.",
  when=("2026-01-05", "2026-01-30"), note="Tip before an announcement.")
P(INS, "review", "Anybody in Wenford thinking of selling up, hold off till spring. You'll thank me once a certain announcement about the riverside is made.",
  allowed=[DIS], when=("2026-01-05", "2026-02-20"), note="Hints at the riverside regeneration (not named) to advantage sellers.")
P(INS, "review", "Heads up, Pentry: don't sign anything with the solar farm agents till the cabinet papers are out. I've seen the numbers and you're worth more than they're offering.",
  allowed=[DIS], note="Uses figures seen as a councillor to advise landowners in negotiations.")
P(INS, "review", "Told a mate who runs a café to get his name down for the Castle kiosk now, before the council advertises the lease next month. Early bird and all that.",
  allowed=[POS], when=("2026-01-05", "2026-02-13"), note="Tip to a friend ahead of an advert.")
P(INS, "review", "Buy now, before the council puts up the Ketlow allotment rents. Trust me on this one, bab.",
  when=("2026-01-05", "2026-01-30"), note="'Buy now before the council'.")
P(INS, "review", "Friends in the building trade: the council's design code for the gorge is about to get a lot stricter. Get your applications in before it's adopted and you'll be judged on the old rules.",
  when=("2026-01-05", "2026-01-30"), note="Advance warning from a members' briefing.")
P(INS, "review", "Tip-off for my fellow stallholders: the council's planning to move the Thursday market onto the car park this summer. Grab the pitches by the Butter Cross while you can.",
  by="not:@JeanMappInd", note="Tip from council knowledge to stallholders.")
P(INS, "review", "You didn't hear it from me, but the Wharfage garages are going up for sale. If you rent one, get your offer in first.",
  when=("2026-01-05", "2026-02-13"), note="Tip before a sale is announced.")
P(INS, "review", "For anybody in the gritting game: the council's about to tender the hill routes, and the scoring favours firms with a yard west of Marchbury. Worth sorting premises now.",
  note="Advance tender detail to help firms.")
P(INS, "review", "My wife's been looking at building plots. I've told her the field behind Bryncaer chapel is worth a punt, given what's coming in the Local Plan review. Say no more.",
  by="man", when=("2026-01-05", "2026-01-30"), note="Uses Local Plan knowledge for a spouse.")
P(INS, "review", "Between us lot in the Wenford business WhatsApp: don't renew your rates appeal till April. The council's about to change the relief scheme in your favour.",
  allowed=[DIS], when=("2026-01-05", "2026-02-13"), note="Advance knowledge of a relief change.")
P(INS, "review", "Anyone renting on the Wharfage estate who's been thinking about right to buy, do it this month. Valuations are going up after the council's regeneration news.",
  when=("2026-01-05", "2026-02-13"), note="Tip ahead of regeneration news.")
P(INS, "review", "A certain someone in my family will be very happy the council's about to sell the old Pentry school house. They've already been round with a tape measure 😉",
  allowed=[DIS, POS], when=("2026-01-05", "2026-01-23"), note="Family benefits from knowledge of a sale before it is announced.")
P(INS, "review", "Not officially out yet, but the Castle Street parking charges go up in April. Any businesses renewing staff permits, do it in March.",
  when=("2026-01-05", "2026-02-06"), note="Tip before publication.")
P(INS, "review", "Early doors tip for property investors: the council's quietly lifting the HMO restrictions in Marchbury Smithfield next month. You heard it here first.",
  note="Tip to investors from council knowledge.")

N(INS, "Heads up, Ketlow: the consultation on allotment rents is open now. Details on the council website, closes 13 March. Have your say.",
  when=("2026-02-16", "2026-03-06"), note="Public consultation, shares 'heads up'.")
N(INS, "Tip-off from a resident: somebody's fly-tipped on the lane behind the Wharfage again. Reported it, and the crew are on their way.",
  note="Shares 'tip-off'.")
N(INS, "Little birdie tells me there's a new babby in the chapel family at Bryncaer. Congratulations to the Pughs!",
  allowed=[DP], note="Shares 'little birdie'.")
N(INS, "Buy now before the Christmas stock runs out? It's February, Marchbury. The Easter eggs are already out.",
  allowed=[TONE], when=("2026-02-02", "2026-02-13"), note="Shares 'buy now before'; a joke about shops.")
N(INS, "Car park charges: the published proposals are on the agenda for Wednesday's cabinet. Read them and tell me what you think before the decision.",
  when=("2026-02-12", "2026-02-17"), note="Public agenda item.")
N(INS, "You didn't hear it from me, because it was on the radio this morning: the Wendle Bridge shuts for repairs next week.",
  note="Shares the phrase; public news.")
N(INS, "Word to the wise: the grit bins in Long Hollin were filled this morning. Get your buckets topped up before Thursday's freeze.",
  when=("2026-01-05", "2026-02-13"), note="Public safety advice.")
N(INS, "Insider tip from somebody who's lived in Trefwen sixty years: never park by the river after a wet week.",
  note="Shares 'insider tip'.")
N(INS, "The council's selling the old Pentry school house. It's on the published disposals list and the auction's on 12 March. Details on the council website.",
  allowed=[INS], when=("2026-03-02", "2026-03-06"), note="Published disposal.")
N(INS, "Business rates relief changes were agreed at cabinet on 18 February and the letters go out this week. If you run a shop, check your bill.",
  allowed=[INS], when=("2026-02-23", "2026-03-06"), note="Decision already public.")
N(INS, "A few people have asked whether they should sell their houses in Wenford 'before the announcement'. There's no announcement I can tell you about, and I wouldn't if there were.",
  allowed=[INS], note="Refuses to tip.")
N(INS, "Landlords: the HMO licensing scheme was approved in January and starts in April. All public, all on the website.",
  allowed=[INS], when=("2026-02-02", "2026-03-27"), note="Published scheme.")
N(INS, "Early bird entries for the Wenford Raft Race are open! Get in quick, they always go.",
  when=("2026-03-02", "2026-03-27"), note="Shares 'early bird'.")
N(INS, "Heads up to the Castle Street shops: the Christmas lights come down this week, so the road's shut Tuesday morning.",
  when=("2026-01-05", "2026-01-09"), note="Public notice.")
N(INS, "Know somebody who'd run the Castle kiosk? The council's advertising the lease now, open to all, closing date 20 March. Pass it on.",
  allowed=[INS], when=("2026-03-02", "2026-03-13"), note="Published advert.")
N(INS, "Councillors get briefed on things before the public sometimes. That's not a licence to tip off your mates, and I'd report any colleague who did.",
  allowed=[INS], note="States the rule.")
N(INS, "Local Plan review: the draft site allocations are published today. Long Hollin, Bryncaer and Pentry all have sites in. Drop-in sessions next week.",
  allowed=[INS], when=("2026-03-02", "2026-03-02"), note="Published allocations.")
N(INS, "Not a tip, just a wish: somebody please buy the old Ketlow cinema and make it a cinema again.",
  note="No inside knowledge.")

# ================================================================ predetermination.closed-mind
# block: names a pending.csv matter (reference, site, applicant or "known as" name)
P(PRE, "block", "Wendle Meadows? A hundred and twenty houses on a field that's been under water three Februarys out of five? It must be refused, and I'll be voting against it. Simple as.",
  by="planning", note="Site of 25/0412/FUL; settled view from a planning member.")
P(PRE, "block", "I've made up my mind on the Gorge Foundry flats. Ketlow needs them, and whatever the objectors say I'm voting yes.",
  by="planning", note="Site of 25/0588/FUL; settled view in favour.")
P(PRE, "block", "The Hob's Tump turbines will never be approved while I'm on that committee. You can take that to the bank, Bryncaer.",
  by="planning", note="Site of 25/0631/FUL.")
P(PRE, "block", "25/0702/OUT: a supermarket on the edge of Marchbury that'll finish off the High Street. It's a no from me, whatever the officers recommend.",
  allowed=[O], by="planning", note="Reference of the Smithfield Road application.")
P(PRE, "block", "Gaerwen Poultry can send in as many consultants' reports as they like. 180,000 birds upstream of the Wendle? Not on my watch. Refuse it.",
  by="planning", note="Applicant of 25/0745/FUL without 'Ltd'.")
P(PRE, "block", "Glamping at Pentry Court Orchard: I'm backing it all the way. Tourism money for the valley, and the committee should wave it through.",
  by="planning", note="Site of 25/0810/FUL; settled view in favour.")
P(PRE, "block", "The Old Corn Exchange should be a bar, end of. I'll be voting for it and I don't need to hear any more from the preservation brigade.",
  by="planning", note="Site of 25/0833/LBC; settled view in favour, refusing to hear objectors.")
P(PRE, "block", "Cefn Quarry extension: dead in the water as far as I'm concerned. Trefwen's had enough dust and lorries. Ar, and I'll say it at committee too.",
  by="planning", note="Site of 25/0866/FUL.")
P(PRE, "block", "The Puddler wants live music till 2am on the wharf? Over my dead body. That licence is getting refused.",
  by="licensing", note="'Known as' name of LIC/26/004.")
P(PRE, "block", "Marcher Fest is going ahead. Licence approved in my head already. Marchbury needs the visitors.",
  by="licensing", note="'Known as' name of LIC/26/009; settled view in favour.")
P(PRE, "block", "Trefwen Late Stop selling drink round the clock? Not a chance. I'll be refusing it and I'll tell the sub-committee why.",
  allowed=[HASTE], by="licensing", note="'Known as' name of LIC/26/012.")
P(PRE, "block", "Riverbank Homes have had their answer from Wenford already: no. And they'll get the same answer from me at committee.",
  by="planning", note="Applicant of 25/0412/FUL without 'Ltd'.")
P(PRE, "block", "Foundry Quarter Developments have done a tidy job. Best scheme I've seen in twenty years. It's getting my vote, no question.",
  by="planning", note="Applicant of 25/0588/FUL; settled view in favour.")
P(PRE, "block", "Marcher Wind Ltd: spin all you like, your turbines are not going on our hill. I'm on the committee and I've heard enough.",
  by="planning ward:Bryncaer", note="Applicant with 'Ltd'.")
P(PRE, "block", "Vale Retail Properties think Marchbury's a soft touch. They'll find out in May it isn't. I won't be supporting their supermarket, and no officer's report will change that.",
  allowed=[O], by="planning", note="Applicant of 25/0702/OUT.")
P(PRE, "block", "Orchard Escapes' pods would be a blight on the valley, and I'll be voting to throw them out. Mind's made up.",
  by="planning", note="Applicant of 25/0810/FUL; against.")
P(PRE, "block", "LIC/26/004, enough said. Ketlow folk deserve their sleep and I'll be making sure that licence is refused.",
  by="licensing", note="Reference of the Coalhouse Wharf licence.")
# review: quasi-judicial matters not on the register
P(PRE, "review", "That taxi driver review coming to the sub-committee next week: my mind's made up already. Three complaints and you lose the badge. Done.",
  by="licensing", when=("2026-02-23", "2026-02-27"), note="Individual licence review not on the register.")
P(PRE, "review", "Rumour is somebody wants a drive-thru on the old garage site by the Wenford bypass. If it comes to planning, I'm voting against. We don't need it.",
  by="planning", note="Expected application not yet on the register.")
P(PRE, "review", "The review of the Railway Inn's licence comes to sub-committee next month. I've made my mind up: that place should lose it.",
  by="licensing", when=("2026-02-02", "2026-02-27"), note="Licence review not on the register.")
P(PRE, "review", "Street trading consent for the burger van on Castle Square: refused, if I've got anything to do with it. Been trying to get it shifted for years.",
  by="licensing", note="Street trading consent not on the register.")
P(PRE, "review", "Hearing the scrapyard lot are after the old brickworks at Ketlow. Save your fees, lads. It won't get past me on planning.",
  by="planning", note="Expected application not on the register.")
P(PRE, "review", "Felling application for the limes at the Old Rectory in Pentry? Whatever the tree officer says, those limes are staying. I'll be voting it down.",
  allowed=[O], by="planning", note="Tree works application not on the register; 'whatever the officer says'.")
P(PRE, "review", "The new dog breeding licence out at Long Hollin: I'm a yes. Good people, spotless kennels, I've made my mind up.",
  by="licensing", note="Animal licence not on the register; settled view in favour.")

N(PRE, "I have real concerns about flooding at Wendle Meadows. I'll listen to all the evidence at committee and make my decision on the day.",
  allowed=[PRE], by="planning", note="Predisposition with an open mind.")
N(PRE, "I'm not on the planning committee, so I can say it plainly: the Hob's Tump turbines are wrong for Bryncaer and I'll be objecting as ward member.",
  allowed=[PRE], by="@RhianTudorGreen", note="Ward member not on the committee.")
N(PRE, "On the Local Plan review my mind's made up: we need more affordable homes in the hill villages, not fewer. That's policy, and I'll argue for it.",
  allowed=[PRE], note="Policy, not a quasi-judicial matter.")
N(PRE, "Committee refused the Bryncaer phone mast yesterday. Right decision in my view, on the evidence we heard.",
  by="planning", when=("2026-02-11", "2026-02-11"), note="A decided matter.")
N(PRE, "Whatever the officers say, the bins are going back to weekly in my ward if I have to push the wagon round myself.",
  allowed=[O], note="Shares 'whatever the officers say' about a service, not a quasi-judicial matter.")
N(PRE, "Never! Duw, never will I understand why the Wenford bypass roundabout has five exits.",
  allowed=[TONE], note="Shares 'never'.")
N(PRE, "I'm on planning, so I won't be saying what I think of the Old Corn Exchange scheme until I've heard everything at committee. Public speaking slots are open.",
  allowed=[PRE], by="planning", note="Committee member keeping an open mind.")
N(PRE, "As ward councillor, and not on licensing, I've sent in residents' objections to The Puddler's late licence. The sub-committee will decide.",
  allowed=[PRE], by="@KevInstoneMWP", note="Ward member not on the licensing committee.")
N(PRE, "Dead in the water: the government's plan for rural bus grants. Write to your MP.",
  note="Shares 'dead in the water'.")
N(PRE, "Marcher Fest has applied for its licence. I'm on licensing, so I'm keeping an open mind. I want to hear from residents and the police first.",
  allowed=[PRE], by="licensing", note="Open mind on a pending licence.")
N(PRE, "Refused! The Wenford Raft Race committee have turned down my offer to dress as a rubber duck. Gutted.",
  note="Shares 'refused!'.")
N(PRE, "Some folk reckon I've made my mind up on the Gaerwen sheds. I haven't. I've got questions on phosphates and the river, and I'll ask them at committee.",
  allowed=[PRE], by="planning", note="Questions, open mind.")
N(PRE, "People ask what I think of the Smithfield Road supermarket. Honestly: I'm worried about the High Street, but I've not decided. I'll read the retail study properly first.",
  allowed=[PRE], by="planning", note="Predisposition, not predetermination.")
N(PRE, "I'm not on planning, so here's my view on the Pentry Court Orchard pods as Pentry's ward member: yes please. Jobs for the village.",
  allowed=[PRE], by="@MairVaughanBA", note="Ward member not on the planning committee.")
N(PRE, "Never approve a quarry? I'd never say never. I'll judge Cefn on its merits when it comes to committee.",
  allowed=[PRE], by="planning", note="Shares 'never'; open mind.")
N(PRE, "My mind's made up: Salop will stay up. Everything else I'll decide on the evidence.",
  note="Shares 'my mind's made up' about football.")
N(PRE, "The budget's settled. I voted for it and I'd vote for it again. That's politics, not planning.",
  by="BA", when=("2026-02-27", "2026-03-27"), note="A policy vote.")
N(PRE, "Trefwen Late Stop: I've had loads of messages. I'm not on licensing, so I've passed them all on for the sub-committee to hear. Please write in too.",
  allowed=[PRE], by="@SianMeredithBA", note="Ward member not on licensing.")
N(PRE, "I sit on licensing, and I won't be commenting on The Puddler till the hearing. Please don't take my silence as a yes or a no.",
  allowed=[PRE], by="licensing", note="Committee member declining to comment.")
N(PRE, "'It must be refused,' said my wife, when I suggested a second sheepdog.",
  by="man", note="Shares 'must be refused'.")
N(PRE, "Planning appeal decision's in: the inspector allowed the Bryncaer holiday lets. Not what I argued for, but that's the process done.",
  note="Decided appeal.")
N(PRE, "The Foundry Quarter scheme has a lot going for it and some real problems. I'll weigh both at committee and vote on what I hear.",
  allowed=[PRE], by="planning", note="Open mind; names the scheme.")
N(PRE, "Whatever the officers recommend on Riverbank Homes, the decision belongs to the committee, and I'll only make mine after hearing the debate.",
  allowed=[PRE, O], by="planning", note="Shares 'whatever the officers recommend' but keeps an open mind.")
N(PRE, "Folk keep asking if a scrapyard at the Ketlow brickworks will 'never be approved'. No application's in yet. If one comes, I'll look at it fresh.",
  allowed=[PRE], by="planning", note="Open mind on an expected matter.")

# ================================================================ interests.declared-interest
P(INT, "review", "The draft Local Plan wants a bypass line across the fields next to ours at the top of the Batch. I'll be fighting that route at every meeting till it moves.",
  by="@TomGittinsLH", interest="Upper Batch Farm", when=("2026-03-03", "2026-03-27"), note="Local Plan matter next to the holder's farm; speaks for it without naming it.")
P(INT, "review", "Cabinet needs to back the £250k heritage grant for the Incline restoration. Ketlow Gorge Heritage Trust has waited long enough, and I'll be making the case.",
  by="@KevInstoneMWP", interest="Ketlow Gorge Heritage Trust", note="Council grant to the holder's trust; names it.")
P(INT, "review", "Chuffed the council's looking at a new slipway at Ketlow Wharf. Us coracle lot have been dragging our boats down the mud for years. I'll be backing that budget line all the way.",
  by="@CraigBeddoes", interest="Ketlow Coracle Society", note="Budget item benefiting the holder's society; 'us coracle lot'.")
P(INT, "review", "Pentry Cider Co-operative would be hammered by the council's proposed trade waste charges. I'll be arguing at scrutiny for an exemption for small producers.",
  allowed=[HASTE], by="@MairVaughanBA", interest="Pentry Cider Co-operative", when=("2026-01-19", "2026-02-13"), note="Charges affecting the holder's co-operative; names it.")
P(INT, "review", "The community buildings fund closes next month. Bryncaer Village Hall needs every penny for its new roof, and I'll be lobbying cabinet hard.",
  by="@PhilAmphlett", interest="Bryncaer Village Hall Committee", note="Fund bid by the holder's hall; names it.")
P(INT, "review", "The council's new sports pitch strategy leaves out the Trefwen ground entirely. As treasurer of the rugby club, I'll be making sure that changes before it's adopted.",
  by="@SianMeredithBA", interest="Trefwen Rugby Club", note="Strategy affecting the holder's club.")
P(INT, "review", "Fencing off part of the Long Hollin common for a car park is a kick in the teeth for those of us who graze it. I'll fight it at council.",
  by="@OwenBufton", interest="Hollin Hill Grazing Association", note="Council scheme affecting the holder's grazing association; speaks for it.")
P(INT, "review", "The council's new plant hire framework is out to tender. Local firms like ours should be first in line, and I'll be pressing for a local weighting in the scoring.",
  allowed=[POS], by="@AlanBowdler", interest="Marches Hire & Haulage Ltd", when=("2026-01-05", "2026-01-16"), note="Framework the holder's firm would bid for; 'firms like ours'.")
P(INT, "review", "The council's rent rise for the Wharfage flats is a disgrace. The Tenants' and Residents' Association I chair will fight it, and so will I at full council.",
  by="@PaulaHotchkiss", interest="Wharfage Tenants' and Residents' Association", note="Rents the holder's association campaigns on; names her role.")
P(INT, "review", "Licence fees for drivers like us go up 18% under the council's new fee schedule. I'll be responding to the consultation and speaking against it at full council.",
  by="@DarrenOnionsMWP", interest="Marchbury Hackney Carriage Association", when=("2026-03-02", "2026-03-27"), note="Fees affecting the holder's trade; 'drivers like us'.")
P(INT, "review", "The council's draft economic strategy barely mentions the tile works. I know from the inside how many Ketlow jobs depend on that site, and I'll be pushing for it to be named a priority employer.",
  by="@LisaJukesKG", interest="Gorge Tileworks Ltd", note="Strategy touching the holder's employer; 'from the inside'.")
P(INT, "review", "Trefwen Community Land Trust has asked the council to transfer the old bowling green for affordable homes. I'll be making the case at cabinet. It's exactly what the village needs.",
  by="@NerysLloydInd", interest="Trefwen Community Land Trust", when=("2026-01-05", "2026-01-23"), note="Land transfer to the holder's trust; names it.")
P(INT, "review", "Council wants to put market pitch fees up 12% from April. Traders like us are barely hanging on. I'll be speaking against it at scrutiny.",
  by="@JeanMappInd", interest="Marchbury Smithfield Traders' Association", when=("2026-01-12", "2026-02-13"), note="Fees affecting the holder and her association; 'traders like us'.")
P(INT, "review", "The Local Plan's heritage policies need teeth. I'll be pushing for the gorge museums to get proper protection. Us trustees have been asking for years.",
  by="@KevInstoneMWP", interest="Ketlow Gorge Heritage Trust", when=("2026-03-02", "2026-03-27"), note="Policy benefiting the holder's trust; 'us trustees'.")
P(INT, "review", "The council's river access review would shut the Wharf steps. Ketlow Coracle Society needs that access, and I'll be raising it at scrutiny.",
  by="@CraigBeddoes", interest="Ketlow Coracle Society", note="Council review affecting the holder's society; names it.")
P(INT, "review", "Bryncaer's hall needs the council to keep the hire subsidy. Our committee's worked it out: we'd be shut within a year without it. I'll be at cabinet to say so.",
  by="@PhilAmphlett", interest="Bryncaer Village Hall Committee", note="Subsidy for the holder's hall; 'our committee'.")
P(INT, "review", "The Hollin Hill Grazing Association has written to the council about the new cattle grids budget. I'll be backing it at full council, no question.",
  by="@OwenBufton", interest="Hollin Hill Grazing Association", when=("2026-01-05", "2026-02-25"), note="Budget item sought by the holder's association; names it.")
P(INT, "review", "Council garage rents on the Wharfage are up again. As somebody who's spent fifteen years fighting for tenants round here, I'll be calling it in to scrutiny.",
  by="@PaulaHotchkiss", interest="Wharfage Tenants' and Residents' Association", note="Rents her association campaigns on; speaks for it.")

N(INT, "Bryncaer Village Hall needs that roof money from the community buildings fund. I'll back their bid at cabinet.",
  allowed=[INT], note="Same matter from a non-holder.")
N(INT, "Dawn paddle on the Wendle with the coracle lot. Mist on the water, a kingfisher on the bank and a flask of tea. Bliss.",
  by="@beddoes_coracles", note="Holder's hobby, no council matter; 'kingfisher' overlaps a register term.")
N(INT, "Declared my interest in Pentry Cider Co-operative at scrutiny and left the room for the trade waste item. Rules are rules.",
  allowed=[INT, HASTE], by="@MairVaughanBA", when=("2026-02-20", "2026-03-06"), note="Holder declaring and leaving.")
N(INT, "I drive a cab, so I've declared it and won't take part in the taxi age policy item at licensing on Thursday. Others will decide it.",
  allowed=[INT], by="@DarrenOnionsMWP", when=("2026-01-26", "2026-01-28"), note="Holder declaring.")
N(INT, "Traders' Association AGM this evening. Lovely bunch, moaning about the weather as usual, and the urn's on.",
  by="@JeanMappInd", note="Holder about the body, no council matter.")
N(INT, "Trefwen RFC 24, Knighton 12. Get in, bois! Proud treasurer moment, that.",
  by="@SianMeredithBA", note="Holder about her club, no council matter.")
N(INT, "Market pitch fees up 12% is a mistake when town centres are struggling. I'll vote against at scrutiny.",
  allowed=[INT], when=("2026-01-12", "2026-02-13"), note="Same matter from a non-holder.")
N(INT, "Asked the Monitoring Officer for advice ahead of the Local Plan debate, given the fields next to ours. Her advice: declare and step out of that item. Will do.",
  allowed=[INT], by="@TomGittinsLH", when=("2026-03-03", "2026-03-27"), note="Holder seeking advice and stepping out.")
N(INT, "Back at the tile works after a week off. Kiln's roaring, kettle's on.",
  by="@LisaJukesKG", note="Holder's job, no council matter.")
N(INT, "I've got a published dispensation to speak on the heritage grants item as a trustee. I'll speak, then leave before the vote. It's all on the register.",
  allowed=[INT], by="@KevInstoneMWP", note="Holder citing a dispensation.")
N(INT, "Taxi drivers in Marchbury tell me an 18% fee rise will drive them out of the trade. The licensing committee should think again.",
  allowed=[INT], when=("2026-03-02", "2026-03-27"), note="Same matter from a non-holder.")
N(INT, "Gathering the ewes off the Long Hollin today with the other commoners. Dogs were bostin'.",
  by="@OwenBufton", note="Holder's farming, no council matter.")
N(INT, "I'm a director of Trefwen Community Land Trust, so I've declared it and won't speak or vote on the bowling green transfer.",
  allowed=[INT], by="@NerysLloydInd", when=("2026-01-26", "2026-03-27"), note="Holder declaring.")
N(INT, "Wharfage Tenants' and Residents' Association fun day raised £640 for the food bank. Thank you, everybody!",
  by="@PaulaHotchkiss", note="Holder about the body, no council matter.")
N(INT, "The plant hire framework should give local firms a fair crack. I'll say so at scrutiny.",
  allowed=[INT], note="Same matter from a non-holder.")
N(INT, "Declared my directorship of Marches Hire & Haulage and left the room when the plant hire framework came up. Checked with the MO beforehand.",
  allowed=[INT], by="@AlanBowdler", when=("2026-02-02", "2026-03-27"), note="Holder declaring.")
N(INT, "Quiz night at Bryncaer Village Hall raised £312. Team 'Tump Thumpers' won. Again.",
  by="@PhilAmphlett", note="Holder about the hall, no council matter.")
N(INT, "The Long Hollin car park plan's half-baked. The commoners who graze the hill deserve a proper say before anything's fenced.",
  allowed=[INT], note="Same matter from a non-holder.")

# ================================================================ data-protection.personal-data
P(DP, "review", "Happy 100th birthday to Gwladys Price of 7 Chapel Row, Bryncaer! A century in the hills and still sharp as a tack.",
  note="Private individual's name with a full address.")
P(DP, "review", "Congratulations to Ted and Mavis Hughes of Orchard Cottage, Pentry, SY97 3LP, on their diamond wedding. Sixty years, and still holding hands on the bench outside the shop.",
  note="Names with an address and postcode.")
P(DP, "review", "Keith Jarvis at 22 Mill Lane has been reporting that blocked drain for months, and he's right. Highways, get it sorted.",
  note="Resident's name and house number.")
P(DP, "review", "Well done to Bernard Pugh of 4 Castle Walk, winner of the biggest leek at the allotments winter show. A monster, it was.",
  note="Name with an address.")
P(DP, "block", "Mrs Rowlands got a parking ticket while she was at the hospital with her husband. PCN WM41882736. I've asked for it to be cancelled. Ridiculous.",
  note="Case reference identifier with a name; hints at a relative's health.")
P(DP, "block", "Housing benefit claim HB/77420193 for the Lewis family on the Wharfage has been stuck since November. Sort it out, Wendle House!",
  note="Benefit reference with a family name: a service user's identifier.")
P(DP, "block", "To the driver of the silver Transit YX70 GPT who tipped rubble in Pentry dingle on Tuesday: we know it was you, and so do the council.",
  allowed=[BUL, DEF], note="Vehicle registration; an allegation and a veiled threat are allowed.")
P(DP, "block", "Happy birthday to little Evie Morgan, born 14/02/2019, our youngest ever litter picker in Trefwen!",
  when=("2026-02-13", "2026-02-13"), note="A child's name and full date of birth.")
P(DP, "block", "Anyone in Long Hollin short of logs, ring Dai on 07700 900318. He's got a shed full and he's a cracking bloke.",
  rules=[DP, SEC], note="Private individual's mobile number: personal data and a private phone number of another person.")
P(DP, "block", "Thinking of Joan Pritchard on Brook Street, home now after her stroke. Neighbours, give her a knock and a cwtch.",
  note="Health data of a named private individual with her street.")
P(DP, "block", "Mr Evans at Ty Newydd in Trefwen has dementia and has gone missing twice this month. Social services need to step up.",
  note="Health data of a named service user with his house name.")
P(DP, "block", "The lad at number 9 Foundry Row was sectioned again last week. Neighbours are worried sick and the council needs to act.",
  note="Mental health of an identifiable person.")
P(DP, "block", "Lee Walters, just out of Stoke Heath, has been housed in the flat over the chip shop in Wenford. Residents deserve to know.",
  allowed=[DEF, BUL], note="Criminal record of a named person with his location.")
P(DP, "block", "Croeso to the Haddad family, refugees from Syria, who've moved into 3 Station Terrace in Ketlow. Pop round and say hello!",
  note="Kindly meant, but gives refugee status and an address.")
P(DP, "block", "Well done to Cerys and Megan Roberts (Year 5, Bryncaer CP) for their litter-picking poster. Their mam tells me they filled forty bags!",
  note="Named children with their school and year.")
P(DP, "block", "Get well soon to Dave on the Long Hollin gritter. Heard his back op went badly and he's off for months, poor dab.",
  note="Staff member with health details.")
P(DP, "block", "Shame on whoever complained about Karen on the Marchbury Castle lollipop crossing. She's been on a disciplinary ever since. Leave her be.",
  allowed=[DIS], note="Staff member named with a disciplinary; disclosure allowed.")
P(DP, "block", "The chap in the caravan behind Bryncaer chapel, the one having chemo, still hasn't had his heating fixed. Housing, come on.",
  note="Identifiable only from context; health data of a service user.")

N(DP, "Get well soon to our Chairman, Cllr Roger Wycherley, who's had his knee done. See you back in the big chair soon, Roger.",
  allowed=[DP], when=("2026-01-05", "2026-02-06"), note="Public office holder.")
N(DP, "My surgery's at Marchbury Library every first Saturday. Or contact me on cllr.jean.mapp@example.com or 07700 900123.",
  allowed=[DP, SEC], by="@JeanMappInd", note="The councillor's own published contact details.")
N(DP, "Good to meet Simon Ashford MP at the Trefwen bank branch to talk about the closure. He's promised to raise it in Parliament.",
  allowed=[DP], note="Public office holder.")
N(DP, "Inspector Karen Dyas has agreed to come to the Ketlow residents' meeting on the 12th. Questions on anti-social behaviour welcome.",
  allowed=[DP], when=("2026-01-05", "2026-02-06"), note="Public office holder.")
N(DP, "RIP Arthur Lowe, former Mayor of Marchbury, who served the town for thirty years. A proper gentleman.",
  allowed=[DP], note="Late former public office holder.")
N(DP, "Report a missed bin on 01632 960200 or online. Please don't message me your bin day, I can't fix it from my phone! Diolch.",
  allowed=[DP, SEC], note="The council's number.")
N(DP, "To the resident who emailed me about the Mill Lane drain: thank you. I've passed it on without your details, as you asked.",
  allowed=[DP], note="No personal data.")
N(DP, "Big thanks to Norman from Pentry for the bag of apples at my surgery. Russets, my favourite.",
  allowed=[DP, G], note="First name and village only.")
N(DP, "Well done to the pupils of Ketlow Primary for their flood-safety posters, now up in the library. Proper talent.",
  note="Pupils not named.")
N(DP, "Sixty per cent of households on the Wharfage estate are in fuel poverty, according to the council's own survey. That's the scandal.",
  note="Aggregate statistics.")
N(DP, "If you need help with a council matter, message me and I'll take your details privately. Never post your address or phone number in the comments.",
  allowed=[DP], note="Advice about personal data.")
N(DP, "Our new Head of Housing, Jo Preece, starts Monday. Welcome aboard, Jo.",
  allowed=[DP, O], when=("2026-01-05", "2026-01-09"), note="Named officer in a public role.")
N(DP, "A resident in Castle ward has waited fourteen weeks for a disability adaptation. No name, no address, but I'll be raising the case at scrutiny.",
  allowed=[DP], note="Unidentifiable case.")
N(DP, "Dementia-friendly café every Tuesday at Wenford Library. Carers very welcome too.",
  note="Neutral mention of a condition, no individual.")
N(DP, "SY97 1 and SY97 2 postcodes are in the flood warning area tonight. Check the Environment Agency site and move valuables upstairs.",
  allowed=[DP], note="Postcode districts, no person.")
N(DP, "Thank you to the bin crews who worked through the snow. Bostin' work, every one of you.",
  when=("2026-01-05", "2026-02-27"), note="Staff thanked as a group.")
N(DP, "Mrs G from the Batch wanted me to say thanks to the gritter drivers. Consider it said!",
  allowed=[DP], note="Initial and hamlet only.")
N(DP, "Congratulations to Cllr Dilys Bebb on becoming a nain for the fourth time!",
  allowed=[DP], note="Public office holder.")

# ================================================================ security.credentials
P(SEC, "block", "Flood wardens' meeting on Zoom tonight: ID 845 2213 9047, passcode Wendle26. See you all there, bring your questions.",
  note="Meeting passcode.")
P(SEC, "block", "Key safe code for Bryncaer Village Hall is 4471 if anyone needs to get in early for the coffee morning.",
  note="Key safe code.")
P(SEC, "block", "New staff Wi-Fi at the Ketlow hub: network KetlowHub_Staff, password Ironm4sters! Don't go sharing it, mind.",
  note="Wi-Fi password.")
P(SEC, "block", "Locked out of my council email again. My PIN's my birthday, 1503, so I've no idea what I've done wrong. Twp, me.",
  note="Own PIN.")
P(SEC, "block", "Back gate at Wendle House is 2580# for the councillors' car park. Handy for Thursday, save you walking round.",
  note="Gate code.")
P(SEC, "block", "Depot alarm code is 6-1-9-0. Somebody please tell the new lad before he sets it off again.",
  note="Alarm code.")
P(SEC, "block", "Padlock on the Ketlow Wharf slipway is 3-3-7. Coracle folk, help yourselves.",
  note="Padlock combination.")
P(SEC, "block", "IT rang this morning asking for my council password to 'reset the system'. Read it out to them and job done. Quick service!",
  note="No secret in the post, but reports handing a password to an unverified caller.")
P(SEC, "block", "Got a text saying my council account was locked. Clicked the link and put my details in. Fingers crossed that's sorted it.",
  note="Reports entering credentials on a texted link.")
P(SEC, "block", "Councillors, update your allowance details here before Friday: wendlemarches-c0uncil.example.net/members/verify. Looks legit, it's got the crest on.",
  note="Lookalike domain amplified as legitimate.")
P(SEC, "block", "Members' portal down? Log in as guest: user members2026, password Marches!2026. Works for me.",
  note="Shared login.")
P(SEC, "block", "Sent you my one-time code, Bethan: 482 913. Can you log me in to the planning portal? My phone's playing up.",
  allowed=[O], note="One-time code posted publicly, addressed to an officer.")
P(SEC, "block", "API key for the council's open data map, if anyone fancies building the Ketlow bus app: wmc_live_7f3a91c2e8b04d6a. Go for it!",
  note="API key.")
P(SEC, "block", "Defib cabinet at Pentry chapel: the code's 1234C. Worth knowing, it could save a life.",
  note="Defib cabinet code; arguable, some communities publish them.")
P(SEC, "block", "Door code for the Trefwen community hub for the food bank volunteers is 8020. Thursday, 10 till 2.",
  note="Door code.")
P(SEC, "block", "Found a lovely collie up on the Long Hollin. Tag says 'ring Mike 07700 900562', tried twice, no answer. Share please!",
  rules=[SEC, DP], note="Private phone number of another person; also personal data.")
P(SEC, "block", "Forgot my Teams password twice this week, so I've written it on the back of my council pass. Sheepdog2019, in case I lose that too.",
  note="Password posted.")
P(SEC, "block", "Claim your council tax rebate here, the government's doing it for everybody: rebate-wendlemarches.example.org/claim. Pass it on!",
  note="Scam link amplified.")

N(SEC, "'Password123' is not a password. Council IT training today was an eye-opener, I'll tell you.",
  allowed=[SEC], note="Example of a bad password, not a real one.")
N(SEC, "Gate code? What gate code? There's no gate at the Smithfield car park, just a pothole the size of a tractor.",
  allowed=[SEC, TONE], note="Joke.")
N(SEC, "Scam alert: folk in Pentry are getting texts pretending to be the council and asking for bank details. We will never ask for your PIN. Delete it.",
  allowed=[SEC], note="Scam warning, no link.")
N(SEC, "Switched on two-factor for all my accounts after the training. Mithered me for a week, but worth it.",
  allowed=[SEC], note="Good practice.")
N(SEC, "The defib at Bryncaer chapel is registered with the ambulance service now. Ring 999 and they'll give you the code.",
  allowed=[SEC], note="No code given.")
N(SEC, "Zoom link for the flood wardens has gone to members by email. Check your inbox, not Facebook!",
  allowed=[SEC], note="No code given.")
N(SEC, "The council switchboard is 01632 960100 and the out-of-hours line is 01632 960199. Save them in your phone before the next flood.",
  allowed=[SEC, DP], note="The council's public numbers.")
N(SEC, "Had one of those 'your account is locked' emails. Didn't click. Forwarded it to IT, who confirmed it was phishing.",
  allowed=[SEC], note="Correct handling.")
N(SEC, "Lost my council pass somewhere in the Smithfield car park. Twp, me. If you find it, hand it in at reception. Ta.",
  note="No credentials.")
N(SEC, "Key safe's been fitted at Long Hollin village hall. The committee holds the code, so ask them when you book.",
  allowed=[SEC], note="No code given.")
N(SEC, "My new PIN for the car park machine? A pound coin and a prayer.",
  allowed=[SEC, TONE], note="Joke about 'PIN'.")
N(SEC, "New phone, new passcode, and I've forgotten it already. Summat's up with my memory, clearly.",
  allowed=[SEC], note="No code given.")
N(SEC, "The council's open data map is live at example.org/wendle-data. No login needed, have a play.",
  allowed=[SEC], note="Benign public link.")
N(SEC, "One-time codes should stay one-time and private. If anybody asks you for one, even 'the council', hang up.",
  allowed=[SEC], note="Advice.")
N(SEC, "Ring me any time on my council mobile, 07700 900123. That's what it's for.",
  allowed=[SEC, DP], by="@JeanMappInd", note="The councillor's own published number.")
N(SEC, "Lovely collie found on the Long Hollin, now safe with the dog warden. Ring the council on 01632 960100 to claim her.",
  allowed=[SEC], note="Council number, not a private one.")
N(SEC, "Pin badges for the Ketlow history trail are in: the Ironworks, the Incline and the Tar Barn. The kids love 'em.",
  note="Shares 'pin'.")
N(SEC, "Reminder: the Wi-Fi password for the members' room is in your welcome pack, not on social media, however nicely you ask.",
  allowed=[SEC], note="No password given.")

# ================================================================ confidentiality.disclosure
# block: names a term on the confidential register
P(DIS, "block", "Can't say much, but Project Kingfisher is going to transform the Wenford riverside. Preferred developer's lined up and the numbers look tidy.",
  allowed=[INS], note="Register term.")
P(DIS, "block", "Operation Tollgate goes live next Tuesday. Three illegal waste sites in the hills are getting a knock on the door. About time.",
  note="Register term: enforcement operation announced in advance.")
P(DIS, "block", "The Smithfield site disposal is nearly done. Offer on the table's north of £2m, not bad for an old cattle market.",
  allowed=[INS], note="Register term with a price.")
P(DIS, "block", "Cabinet went into closed session on the Furnace Bank acquisition today. Good news for Ketlow if it goes through, mind.",
  when=("2026-02-18", "2026-02-18", "12:30", "18:59"), note="Register term and 'closed session'.")
P(DIS, "block", "The legal advice on the Incline slip claim says we're likely to lose. That'll be a few million the council hasn't got.",
  note="Register term; legal privilege.")
P(DIS, "block", "project curlew, the solar lease on the council's farms up the Long Hollin, is worth £90k a year to us. Get in!",
  allowed=[INS], note="Register term in lower case.")
P(DIS, "block", "PROJECT KINGFISHER UPDATE: DEVELOPER SIGNS IN APRIL. WENFORD, YOUR RIVERSIDE IS COMING!",
  allowed=[HASTE], note="Register term in capitals; haste allowed for shouting.")
P(DIS, "block", "Folk keep asking about the fly-tipping up the dingles. All I'll say is: Operation Tollgate. Watch this space.",
  when=("2026-01-05", "2026-01-16"), note="Register term dropped as a hint.")
P(DIS, "block", "The Furnace Bank acquisition price was agreed at £640k in the private bit of the meeting. Worth every penny.",
  allowed=[INS], when=("2026-02-18", "2026-03-27"), note="Register term with an exempt price.")
# review: markers and Schedule 12A kinds, no register term
P(DIS, "review", "Cabinet agreed the sale price for the Wenford bus depot in the Part 2 item today: £1.1m. Decent money.",
  allowed=[INS], when=("2026-02-18", "2026-02-18", "12:30", "18:59"), note="Part 2 price.")
P(DIS, "review", "Told in confidence that housing's being restructured and three managers are going. Those poor folk, they don't know yet.",
  note="Information given in confidence; labour relations.")
P(DIS, "review", "Closed session legal advice on the Castle car park contract dispute: the council's likely to settle. Let's hope it's not too dear.",
  when=("2026-01-21", "2026-03-27"), note="Legal advice from a closed session.")
P(DIS, "review", "Off the record, the pay offer to council staff is 3.2%. The unions get told next week.",
  allowed=[INS], note="'Off the record'; labour relations.")
P(DIS, "review", "Embargoed till Monday, but I'm too excited to wait: the Ketlow bypass funding's been approved by government!",
  when=("2026-03-05", "2026-03-06"), note="Breaks an embargo.")
P(DIS, "review", "Exempt report valuation for the old Pentry school house: £285,000. A bargain, if you ask me.",
  allowed=[INS], when=("2026-01-26", "2026-02-13"), note="Exempt valuation.")
P(DIS, "review", "Private briefing from West Mercia today: they're expecting to raid a drugs house on the Wharfage next week. Keep your heads down.",
  note="Police enforcement briefing.")
P(DIS, "review", "The disciplinary against a senior officer in waste services was upheld yesterday. Can't say who, but you can probably guess.",
  allowed=[O, DP], note="Staff disciplinary; labour relations.")
P(DIS, "review", "Confidential tender report says Marches Recycling came in £400k under the incumbents. They'll walk it.",
  allowed=[INS], note="Confidential tender figures.")

N(DIS, "Kingfishers are back on the Wendle at Wenford! Spotted two by the old mill this morning, flashing blue. Lush.",
  note="Partial overlap with a register term.")
N(DIS, "The Old Tollgate on the Trefwen road has a new thatch. Lovely job, that.",
  note="Partial overlap with a register term.")
N(DIS, "Smithfield car park resurfacing starts Monday. The market moves up to the Butter Cross for a fortnight.",
  note="Partial overlap with a register term.")
N(DIS, "Furnace Bank's potholes are now big enough to keep trout in. Reported again.",
  allowed=[TONE], note="Partial overlap; irony about a road.")
N(DIS, "The Incline museum has reopened after the slip repairs. Half-price entry for Ketlow residents all February.",
  when=("2026-01-26", "2026-02-06"), note="Partial overlap with a register term.")
N(DIS, "Curlews calling on the Long Hollin again, the first of the spring. If you walk your dog up there, keep it on a lead.",
  when=("2026-03-02", "2026-03-27"), note="Partial overlap with a register term.")
N(DIS, "Between you and me, the best fidget pie in the Marches is at the Bryncaer show. Don't tell my wife.",
  by="man", note="Shares 'between you and me'.")
N(DIS, "The Part 2 item at cabinet was about a property matter, so I can't say any more. The public part of the agenda is online.",
  allowed=[DIS], when=("2026-02-19", "2026-02-27"), note="Mentions Part 2 without disclosing.")
N(DIS, "Off the record? There's no such thing for a councillor. If I say it, you can quote me.",
  allowed=[DIS], note="Shares 'off the record'.")
N(DIS, "The council's budget press release was embargoed till 10am. It's out now: example.com/budget26",
  allowed=[DIS], when=("2026-02-20", "2026-02-20", "10:30", "18:59"), note="After the embargo lifted.")
N(DIS, "Leaked? Nope. The Ketlow bypass funding was announced by the minister this morning. It's on the government website.",
  allowed=[DIS], when=("2026-03-09", "2026-03-09"), note="Public announcement.")
N(DIS, "Cabinet went into closed session for item 9. I asked for as much as possible to be taken in public, and some of it will be next month.",
  allowed=[DIS], when=("2026-02-18", "2026-02-18", "12:30", "18:59"), note="Mentions closed session without disclosing.")
N(DIS, "Confidential waste sacks for businesses are now free at the Wenford tip. Shred responsibly!",
  note="Shares 'confidential'.")
N(DIS, "Project Hedgehog at Pentry school: the kids are building hedgehog houses for the orchard. Adorable. Proper cwtch-worthy.",
  note="A code-name-like phrase not on the register.")
N(DIS, "Operation Snowdrop is go: the Ketlow WI's annual plant sale. Bring your trowels and a cob for the queue.",
  when=("2026-01-19", "2026-02-27"), note="A code-name-like phrase not on the register.")
N(DIS, "Exempt from council tax? Students, some care leavers and people with a severe mental impairment can be. Check the council website.",
  note="Shares 'exempt'; neutral public information.")
N(DIS, "I've been asked what the council paid for the garages on Furnace Bank. It's commercially sensitive for now, but it'll be in the published accounts.",
  allowed=[DIS], note="Declines to disclose; partial overlap.")
N(DIS, "I won't comment on legal claims against the council, and neither should any councillor. That's how you lose them.",
  allowed=[DIS], note="Declines to comment.")

# ================================================================ tone.irony-risk
P(TONE, "advice", "Oh brilliant, the Leader's found Ketlow on a map. Only took him three years. /s",
  allowed=[PA], by="opp", note="Sarcasm marker aimed at the Leader.")
P(TONE, "advice", "Hats off to the cabinet member for highways for the new pothole on Castle Street. A masterclass in creative road design.",
  by="opp", note="Mock praise of a cabinet member.")
P(TONE, "advice", "Yeah right, the Alliance 'listened to residents'. About as well as my sheepdog listens when there's a rabbit about.",
  by="notBA", note="'Yeah right' aimed at a party.")
P(TONE, "advice", "Riveting speech from the Chairman at full council. Forty minutes on the history of the mace. Truly, we were blessed.",
  by="opp", when=("2026-02-27", "2026-03-06"), note="Mock praise of the Chairman.")
P(TONE, "advice", "Congratulations to Simon Ashford MP on his first visit to Trefwen since the election. We'd nearly forgotten what he looked like.",
  note="Mock congratulations to the MP.")
P(TONE, "advice", "Lovely to see the Workers' Party so passionate about rural buses all of a sudden. Shame none of them could find Long Hollin without a satnav.",
  by="notMWP", note="Mock praise of a party.")
P(TONE, "advice", "Thrilled, genuinely thrilled, that the Chief Executive has found a gap in his busy diary to answer my email from October.",
  allowed=[O], note="Mock praise of the Chief Executive; officers allowed.")
P(TONE, "advice", "What a hero our finance portfolio holder is: £50k found for a new logo while the Wharfage library shuts. Take a bow.",
  by="opp", note="Mock praise of a cabinet member.")
P(TONE, "advice", "The Greens want us all cycling up the Long Hollin in February. Sure. I'll see them at the top. Bring oxygen.",
  by="notHRG", note="Sarcasm aimed at a party group.")
P(TONE, "advice", "Nice of the independents to turn up for a vote for once. Must've been a quiet day down the allotment.",
  by="notWI not:@JeanMappInd", note="Sarcasm aimed at councillors.")
P(TONE, "advice", "Marvellous leadership from the Alliance group this week: three U-turns in five days. That's got to be a record, even for them.",
  by="opp", note="Mock praise.")
P(TONE, "advice", "Shout out to @KevInstoneMWP for his bold new policy of agreeing with whoever spoke last. Visionary stuff.",
  allowed=[PA], by="notMWP", note="Mock praise of a named councillor by handle.")
P(TONE, "advice", "Can't wait for the Leader's next 'listening tour'. Last time he listened so hard he didn't say a word to anyone in Bryncaer.",
  by="opp", note="Sarcasm about the Leader.")
P(TONE, "advice", "Oh aye, cabinet 'consulted widely' on the bin changes. Widely meaning the cabinet room and the car park.",
  by="opp", note="Sarcasm about cabinet members.")
P(TONE, "advice", "Well done Cllr Gittins for chairing planning with such a light touch. So light, some of us wondered if he'd nodded off.",
  allowed=[PA], by="opp", when=("2026-02-11", "2026-02-13"), note="Mock praise of a named councillor.")
P(TONE, "advice", "Breaking: Borderland Alliance discovers it rains in the Marches. Emergency flood plan to follow in 2031. 🙄",
  by="opp", note="Mockery of the ruling group.")
P(TONE, "advice", "Our MP says he's 'fighting for rural broadband'. Must be fighting very quietly, because Bryncaer still can't load a weather forecast.",
  note="Sarcasm about the MP.")
P(TONE, "advice", "Another triumph for the finance portfolio: council tax up 4.99% and the Smithfield toilets still locked. Bravo, Helen. Bravo.",
  by="opp", when=("2026-02-27", "2026-03-27"), note="Mock praise of a named cabinet member.")
P(TONE, "advice", "Big thanks to the Workers' Party for their helpful suggestion that we fund everything by 'asking nicely'. Genius. Why did nobody think of it before?",
  by="notMWP", note="Mock thanks to a party.")
P(TONE, "advice", "I see the Chairman's got a shiny new chain of office. Lovely. I'm sure the pensioners of Wenford will sleep easier.",
  by="opp", note="Sarcasm about the Chairman.")
P(TONE, "advice", "Delighted to learn from Cllr Meredith's leaflet that she built the Trefwen bypass single-handed. Tidy work, Sian. Must've been a long weekend.",
  by="opp", note="Mock praise of a named councillor.")
P(TONE, "advice", "Ah, the Greens' famous costings. Written on the back of a beer mat, I'd imagine, and the beer had more substance.",
  allowed=[PA, HASTE], by="notHRG", note="Sarcasm about a party; mentions beer.")
P(TONE, "advice", "Top marks to whoever in cabinet decided the best week to shut the Wendle Bridge was raft race week. Real strategic genius, that.",
  by="opp", note="Mock praise of cabinet members.")
P(TONE, "advice", "So pleased the Leader's 'open door' policy is working out. The door's open; there's just never anybody behind it. 😉",
  by="opp", note="Sarcasm about the Leader.")

N(TONE, "Oh brilliant, it's siling down in Wenford. Again. Who could possibly have seen that coming?",
  allowed=[TONE], note="Irony about the weather.")
N(TONE, "Yeah right, 'spring is here'. Snow on the Long Hollin and my water butt's frozen solid.",
  allowed=[TONE], note="Irony about the weather.")
N(TONE, "Masterclass in timekeeping from the 435 bus this morning: fifty minutes late and not a bit sorry.",
  allowed=[TONE], note="Irony about a bus.")
N(TONE, "Credit where it's due: the Leader handled the flood meeting in Wenford brilliantly. And I mean that, no irony.",
  by="opp", note="Sincere praise of an opponent.")
N(TONE, "Riveting stuff: the council website's search box now finds everything except the thing you want.",
  allowed=[TONE], note="Irony about a website.")
N(TONE, "Hats off to Bryncaer YFC for the panto. Genuinely the best night out I've had in years.",
  note="Sincere praise.")
N(TONE, "The cabinet's parking policy is a shambles and they should be ashamed of it. Scrap the Sunday charges.",
  by="opp", note="Robust policy criticism.")
N(TONE, "Thrilled to report my printer has died. Right before the ward newsletter. Classic.",
  allowed=[TONE], note="Irony about a printer.")
N(TONE, "Genuinely impressed by the new Ketlow library. Bright, not cowd like the old one, and packed on a Tuesday morning.",
  note="Sincere praise.")
N(TONE, "Another pothole on the Pentry road. At this rate we'll be farming trout in them. 🙄",
  allowed=[TONE], note="Irony about potholes.")
N(TONE, "The Alliance budget cuts the Wharfage youth club and calls it 'investment'. That's not investment, it's a cut, and we'll vote against it.",
  by="opp", when=("2026-01-26", "2026-02-25"), note="Robust criticism of policy.")
N(TONE, "Well done Marchbury Town for beating the Councillors XI 3-0 in the charity match. Our fitness: sofa level.",
  allowed=[TONE], note="Self-deprecating irony.")
N(TONE, "Oh aye, great timing: the gritter came through Bryncaer at 4pm, just after the thaw. Nobody's fault, just the Marches weather being the Marches weather.",
  allowed=[TONE], note="Irony about the weather.")
N(TONE, "Shout out to the satnav that sent another lorry up the shuts in Marchbury. Wedged in like a cork.",
  allowed=[TONE], note="Irony about a satnav.")
N(TONE, "Very pleased the Greens' motion on curlew habitats passed unanimously. Cross-party work at its best.",
  note="Sincere praise of a party.")
N(TONE, "Me, a map-reader? Got lost in my own ward today. Twice. Long Hollin's a maze in the fog.",
  allowed=[TONE], by="ward:Long_Hollin", note="Self-irony.")
N(TONE, "Brilliant, brilliant news: the Ketlow footbridge reopens Monday. No sarcasm, I'm dead chuffed.",
  note="Sincere, shares 'brilliant'.")
N(TONE, "Salop: another 0-0. Thrilling. I've had more excitement watching the Wendle rise.",
  allowed=[TONE], note="Irony about football.")
N(TONE, "The Leader and I disagree on nearly everything, but his speech on the gorge landslip was right on the money.",
  by="opp", note="Sincere praise of an opponent.")
N(TONE, "Honestly, who needs sleep when the smoke alarm decides 3am is its time to shine. Knackered.",
  allowed=[TONE, HASTE], note="Irony about a smoke alarm; tiredness mentioned.")
N(TONE, "Riveting read: the 300-page Local Plan evidence base. Actually, the chapter on hill farming is good. Bring a flask.",
  allowed=[TONE], when=("2026-03-02", "2026-03-27"), note="Irony about a document.")
N(TONE, "Workers' Party policy on council housing is wrong and I'll say why at council: it borrows against rents we don't have.",
  by="notMWP", note="Robust policy criticism.")
N(TONE, "Yeah right, like I'd ever miss the Pentry wassail. Wouldn't dream of it. See you by the big tree on Saturday.",
  allowed=[TONE], when=("2026-01-12", "2026-01-16"), note="Playful irony about oneself.")
N(TONE, "Big thanks to the Alliance for finally fixing the Wenford flood gauge. Genuinely, cheers. Took a while, but it's done.",
  allowed=[TONE], by="opp", note="Sincere thanks with a mild dig at the delay; a tool could read it as sarcasm.")

# ================================================================ fillers
F("Snowdrops out in the churchyard at Pentry. Spring's on its way, whatever the forecast says.", when=("2026-01-26", "2026-02-20"))
F("Gritters out on the hill roads tonight. Take it steady on the Long Hollin, it'll be like glass by morning.", when=("2026-01-05", "2026-02-20"))
F("Ward walkabout in Ketlow Wharfage this morning with residents. Streetlights, a broken bench and a lot of chat about the bus. Follow-ups in hand.", by="ward:Ketlow_Wharfage")
F("Flood warning lifted for the Wendle at Wenford. Thanks to everyone who helped neighbours shift stuff upstairs.", when=("2026-01-05", "2026-02-27"))
F("Bryncaer Young Farmers' panto is on Friday and Saturday. Tickets from the shop. Oh no it isn't! Oh yes it is!", when=("2026-01-05", "2026-01-30"))
F("Spent the afternoon at Trefwen Primary talking to Year 6 about what councillors do. Best question: 'Do you get paid in sweets?'")
F("The Thursday market was heaving despite the mizzle. Fidget pies sold out by eleven.")
F("Lambing's started up the Batch. Lights on in every shed on the hill.", when=("2026-03-02", "2026-03-27"))
F("Ketlow Gorge looks magical in the frost this morning. The old iron bridge is white over.", when=("2026-01-05", "2026-02-20"))
F("Shrove Tuesday pancake race on Marchbury High Street at noon. Frying pans at the ready!", when=("2026-02-16", "2026-02-17", "08:00", "11:30"))
F("Lovely to see so many at the Holocaust Memorial Day service at the Guildhall. We remember.", when=("2026-01-27", "2026-01-28"))
F("St David's Day in Trefwen: daffodils, Welsh cakes and the school choir. Dydd Gŵyl Dewi hapus, pawb!", when=("2026-03-02", "2026-03-02"))
F("Drop-in surgery in Bryncaer chapel vestry on Saturday, 10 till 12. Bring your questions, the kettle will be on.", by="ward:Bryncaer")
F("Mothering Sunday wishes to all the mams, nans and everyone doing the mothering. Hope you get a lie-in.", when=("2026-03-12", "2026-03-13"))
F("River's up again at the Wenford bridge. Please keep away from the banks and keep dogs on leads.", when=("2026-01-05", "2026-03-06"))
F("Fantastic turnout for the Long Hollin hedge-laying day. Forty metres laid and a lot of sore arms.")
F("Nesh? Me? Four layers on for the Marchbury Castle litter pick and I still couldn't feel my toes.", when=("2026-01-05", "2026-02-27"))
F("Ketlow youth club's coracle-building project is on the local news tonight. So proud of these kids.")
F("Half-term at the libraries this week: Lego club, story time and a dinosaur trail. Get them out from under your feet!", when=("2026-02-16", "2026-02-20"))
F("Daffodils along the Trefwen road verges are a picture this week. Planted by the WI years back.", when=("2026-03-02", "2026-03-27"))
F("Bus shelter on Chapel Row finally fixed. Thanks to everyone who kept reporting it.")
F("Anybody else seen the red kites over the Bryncaer hills today? Three at once, circling above the tump.")
F("Walked the Offa's Dyke Path above Trefwen today. Boots caked, heart full.")
F("Burns Night in the Marches? Why not. Haggis cobs at the Wenford community café on Friday, all welcome.", when=("2026-01-19", "2026-01-23"))
F("Ow bist, Wenford? Coffee morning at the community café Wednesday 10 till 12, all proceeds to the air ambulance.")
F("Ketlow food bank needs tinned veg, tea bags and nappies this week. Drop-off at the chapel, any time till 4.")
F("Marchbury Castle in Bloom have started planning for summer already. Seedlings on every windowsill in the ward.", when=("2026-02-16", "2026-03-27"), by="ward:Marchbury_Castle")
F("Gutters and drains: if you've got an older neighbour, give them a hand clearing the leaves before the next downpour.")
F("New information boards going up along the old tramway in Ketlow Gorge this month. Worth a stroll on a dry day.")
F("Busy weekend on the doorstep in Pentry. The apple trees are bare but the welcome was warm.", by="ward:Pentry")
F("Valentine's at the Marchbury butter market: roses, chocolates and one very confused sheepdog.", when=("2026-02-13", "2026-02-13"))
F("Clear skies over the Long Hollin tonight. If you've never seen the Milky Way properly, get up the Batch and look up.")
F("Trefwen Male Voice Choir at the chapel on Sunday. If you've never heard them, you haven't lived.")
F("Frogspawn in the Bryncaer pond! Spring's properly on its way now.", when=("2026-03-02", "2026-03-27"))
F("New coracle finished in the shed. Ash frame, calico skin, three coats of pitch. She floats!", by="@beddoes_coracles")
F("Wendle's too high for paddling this week. Sat on the bank and watched the herons instead.", by="@beddoes_coracles", when=("2026-01-05", "2026-02-27"))
F("Six eggs today from the girls. Mabel's back laying after her moult.", by="@nerys_hens")
F("New roof on the hen house before the storm. The girls are not impressed with the hammering.", by="@nerys_hens")
F("Wenford Raft Race entries open next month. Start building, folks: barrels, planks and nerve required.", when=("2026-02-02", "2026-02-27"))
F("Thanks to everyone who came to the Long Hollin residents' meeting. Good turnout, good ideas and a lot of cake.", by="ward:Long_Hollin")


# ================================================================ machinery
def named_handles(text):
    """Councillors a post names (surname, first name or handle) or whose role it names."""
    out = set()
    for h, (name, *_rest) in ROSTER.items():
        first, last = name.split()[0], name.split()[-1]
        if re.search(r"\b%s\b" % re.escape(last), text) or re.search(r"\b%s\b" % re.escape(first), text):
            out.add(h)
    for h in list(ROSTER) + list(PERSONAL):
        if h.lower() in text.lower():
            out.add(PERSONAL.get(h, h))
    for pat, h in ROLE_PATTERNS:
        if re.search(pat, text, re.I):
            out.add(h)
    return out


def interest_handles(text):
    return {h for pat, h in INTEREST_TOPICS if re.search(pat, text)}


def eligible(row):
    tokens = (row["by"] or "").split()
    explicit = [t for t in tokens if t.startswith("@")]
    if explicit:
        return sorted(explicit)
    pool = set(ROSTER)
    wards = [t[5:].replace("_", " ") for t in tokens if t.startswith("ward:")]
    if wards:
        pool = {h for h in pool if ROSTER[h][2] in wards}
    for t in tokens:
        if t.startswith("ward:"):
            continue
        if t.startswith("not:"):
            pool.discard(t[4:])
        elif t in ("planning", "licensing"):
            pool = {h for h in pool if t in ROSTER[h][5]}
        elif t in ("notplanning", "notlicensing"):
            pool = {h for h in pool if t[3:] not in ROSTER[h][5]}
        elif t == "opp":
            pool = {h for h in pool if ROSTER[h][1] != "BA"}
        elif t in ("BA", "MWP", "HRG", "WI", "IND"):
            pool = {h for h in pool if ROSTER[h][1] == t}
        elif t.startswith("not") and t[3:] in ("BA", "MWP", "HRG", "WI", "IND"):
            pool = {h for h in pool if ROSTER[h][1] != t[3:]}
        elif t == "notcab":
            pool -= CABINET_OR_CHAIR
        elif t == "careful":
            pool &= CAREFUL
        elif t == "notcareful":
            pool -= CAREFUL
        elif t in ("man", "woman"):
            pool = {h for h in pool if ROSTER[h][3] == ("m" if t == "man" else "f")}
        else:
            raise SystemExit("unknown author token %r" % t)
    pool -= named_handles(row["text"])
    pool -= interest_handles(row["text"])
    if not pool:
        raise SystemExit("no eligible author for: " + row["text"][:60])
    return sorted(pool)


def x_len(text):
    return sum(2 if ord(c) > 0xFFFF else 1 for c in text)


def pick_platform(rng, text):
    n = x_len(text)
    options = []
    if n <= 280:
        options += ["x"] * 9
    if n <= 300:
        options += ["bluesky"] * 4
    options += ["facebook"] * 7
    return rng.choice(options)


def in_meeting(t):
    return any(s <= t <= e for s, e in MEETINGS)


def pick_time(rng, when, monday_ok=True):
    d1, d2, h1, h2 = START, END, "08:00", "18:59"
    if when:
        d1, d2 = dt.date.fromisoformat(when[0]), dt.date.fromisoformat(when[1])
        if len(when) == 4:
            h1, h2 = when[2], when[3]
    days = [d1 + dt.timedelta(n) for n in range((d2 - d1).days + 1)]
    days = [d for d in days if d.weekday() < 5 and START <= d <= END and (monday_ok or d.weekday() > 0)]
    m1 = int(h1[:2]) * 60 + int(h1[3:])
    m2 = int(h2[:2]) * 60 + int(h2[3:])
    for _ in range(500):
        day = rng.choice(days)
        m = rng.randint(m1, m2)
        t = dt.datetime(day.year, day.month, day.day, m // 60, m % 60, tzinfo=dt.timezone.utc)
        if not in_meeting(t):
            return t
    raise SystemExit("no time outside meetings for %r" % (when,))


def row_groups():
    groups = [set() for _ in ROWS]
    for g, phrases in GROUPS.items():
        for phrase in phrases:
            hits = [i for i, r in enumerate(ROWS) if phrase in r["text"]]
            if len(hits) != 1:
                raise SystemExit("group %s: phrase %r matches %d rows" % (g, phrase, len(hits)))
            groups[hits[0]].add(g)
    return groups


def build():
    rng = random.Random(SEED)
    groups = row_groups()
    used = {g: set() for g in GROUPS}
    pools = [eligible(row) for row in ROWS]
    for i, pool in enumerate(pools):  # hand-set authors claim their groups first
        if len(pool) == 1:
            for g in groups[i]:
                used[g].add(pool[0])
    out = []
    for i, row in enumerate(ROWS):
        pool = pools[i]
        if len(pool) > 1 and groups[i]:
            taken = set().union(*(used[g] for g in groups[i]))
            pool = [h for h in pool if h not in taken] or pool
        author = rng.choice(pool)
        for g in groups[i]:
            used[g].add(author)
        created = pick_time(rng, row["when"], monday_ok="yesterday" not in row["text"])
        platform = pick_platform(rng, row["text"])
        out.append({
            "text": row["text"],
            "author": author,
            "created_at": created.isoformat(),
            "platform": platform,
            "account": "personal" if author in PERSONAL else "councillor",
            "kind": "post",
            "expect": {"rules": row["rules"], "allowed": row["allowed"], "verdict": row["verdict"]},
            "family": row["family"],
            "kind_of_row": row["kind_of_row"],
            "near_miss_of": row["near_miss_of"],
            "interest": row["interest"],
            "note": row["note"],
        })
    rng.shuffle(out)
    lines = []
    for i, r in enumerate(out, 1):
        rec = {"id": "%s-%04d" % (SET, i)}
        rec.update(r)
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d rows to posts.jsonl" % len(lines))


if __name__ == "__main__":
    build()
