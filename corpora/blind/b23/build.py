#!/usr/bin/env python3
"""Blind set b23 (Tollerbridge Borough Council): hand-written single posts.

Run `python3 build.py` to (re)write posts.jsonl. The script is deterministic
(fixed seed): it shuffles the rows, gives out ids, authors, platforms and
timestamps. Running it again gives the same file.
"""
import json, random, datetime, re, pathlib

SEED = 2323
HERE = pathlib.Path(__file__).resolve().parent

OI = "officers.impartiality"
RES = "resources.political-use"
INT = "interests.declared-interest"
PRE = "predetermination.closed-mind"
SEC = "security.credentials"
INS = "confidentiality.insider-advantage"
POS = "position.improper-advantage"
DP = "data-protection.personal-data"
CAP = "capacity.council-voice"
GIF = "gifts.hospitality"
CONF = "confidentiality.disclosure"
PA = "respect.personal-attack"
DEF = "defamation.allegation"
IRO = "tone.irony-risk"
BUL = "bullying.intimidation"

# party of each councillor handle (used to keep party-flavoured posts with a plausible author)
PARTY = {
 "@RosAchterberg": "lab", "@KwameAB_Lab": "lab", "@HesterQuilliam": "lab", "@DesFarraday": "lab",
 "@NiamhCostiganLab": "lab", "@CllrWhitlow": "lab", "@ImogenPardew": "lab", "@TariqMahfouzCP": "lab",
 "@ElspethG_Lab": "lab", "@CorinVH": "lab", "@MoRahimzadeh": "lab", "@GwenPryceStangate": "lab",
 "@ObiNwachukwuLab": "lab", "@LornaMackFairwick": "lab", "@PercyDunstable": "lab", "@YasminOduya": "lab",
 "@JarrodTempestHG": "lab", "@FenellaRoyce": "lab", "@AnwenTreharne": "lab", "@RossMcCallister": "lab",
 "@InesCarvalhoLab": "lab", "@WinnieAdeyemi": "lab",
 "@AmbroseKettleby": "con", "@CressidaVaneCon": "con", "@GilesHaverstock": "con", "@PetraLS_Con": "con",
 "@RupertAshenden": "con", "@SunitaVarmaBM": "con", "@DuncanAlbery": "con", "@HarrietMoxonCon": "con",
 "@WilfTregothnan": "con", "@BellaOkonjoHG": "con", "@ClemFurlong": "con", "@FelixOdunsiCon": "con",
 "@JethroPengelly": "con",
 "@MarisolEckersley": "ld", "@PtolemyGrangeLD": "ld", "@ZainabKW_LD": "ld", "@LachlanOrmeLD": "ld",
 "@DelphineCaddick": "ld", "@HamishPettigrew": "ld", "@OttilieBanerjee": "ld", "@BartKeaneLD": "ld",
 "@RhiSowerbyGreen": "grn", "@TobiasWrenfield": "grn", "@EstherMballaGreen": "grn", "@KitLowrieGreen": "grn",
 "@PhilippaNairn": "grn",
 "@AgathaBrindleyInd": "ind", "@ReubenSzalai": "ind", "@SolAbernathyInd": "ind",
 "@MaudePenhaligon": "srf", "@DougieFairbairnSRF": "srf",
 "@LetticeH_Reform": "ref", "@CarlBrightside": "ref",
}
# interest holders (handles) - a non-holder must not write the "same body, other author" negatives
HOLDER = {
 "Thornmere": "@RupertAshenden", "Fairwick Rovers": "@ClemFurlong", "Saltings Credit Union": "@ZainabKW_LD",
 "Brede Valley Hospice": "@PetraLS_Con", "Quenby": "@LachlanOrmeLD", "Bowls Club": "@JarrodTempestHG",
 "Wyvern Quay Traders": "@MoRahimzadeh", "Marrable": "@DuncanAlbery", "Larder": "@YasminOduya",
 "Cycle Hub": "@TobiasWrenfield",
}

ROWS = []
def R(family, kind, text, rules=(), allowed=(), verdict=None, note="", author=None, party=None,
      not_author=(), target=None, account="councillor", platform=None, near=None):
    ROWS.append(dict(family=family, kind_of_row=kind, text=text, rules=list(rules), allowed=list(allowed),
                     verdict=verdict, note=note, author=author, party=party, not_author=list(not_author),
                     target=target, account=account, platform=platform, near=near))

def P(family, text, rules=None, **kw):
    R(family, "positive", text, rules if rules is not None else [family], **kw)

def N(near, text, **kw):
    R("hard_negative", "hard_negative", text, [], near=near, verdict="ok", **kw)

# ---------------------------------------------------------------- officers.impartiality
P(OI, "Tamsin Ravell's team have bent over backwards for every big developer in this borough and then wonder why nobody trusts planning. Time she remembered who actually pays her wages.",
  allowed=[PA], verdict="review", target="Tamsin Ravell", note="public criticism of the named Head of Planning; questions her neutrality; personal-attack borderline")
P(OI, "Told our s151 officer straight this morning: the reserves figure in his report is far too gloomy and I expect a revised version before budget council. We are NOT going into May on a number like that.",
  verdict="review", target="Fergus Lindqvist", note="pressing the finance officer (by role) to change his report for political reasons")
P(OI, "Funny how the licensing team leader always finds 'no grounds to object' when it's a bar owned by one of the ruling group's mates 🤔",
  allowed=[DEF, IRO], verdict="review", target="Marguerite Duhig", note="insinuates an officer (by role) is partial; defamation and irony borderline")
P(OI, "Ravi, with respect, your highways lot are costing us votes all over Kestle Down. Get that 20mph report looked at again and changed, or I'll be taking it up with the Leader.",
  allowed=[BUL], verdict="review", target="Ravi Chandrasekar", note="pressure on the named Head of Highways to change a report; 'or I'll take it up' is mild pressure, intimidation borderline")
P(OI, "Our supposedly neutral comms chief spent the whole of last week polishing the cabinet's image. Declan Fairley might want to think about which side of the fence he's being seen on.",
  allowed=[BUL], verdict="review", target="Declan Fairley", note="questions the named Head of Communications' neutrality in public; veiled warning")
P(OI, "Not for the first time our monitoring officer has come up with 'advice' that just happens to protect the administration. Independent? Pull the other one.",
  allowed=[DEF, IRO], verdict="review", target="Seun Bakare", note="public attack on the Monitoring Officer's impartiality (by role)")
P(OI, "Whoever wrote para 7.4 of the housing allocations report has never met a Saltings family in their life. Bethan, please rewrite it before it goes anywhere near cabinet.",
  verdict="review", target="Bethan Morcombe", note="publicly presses the Head of Housing (first name) to rewrite a report")
P(OI, "The chief exec is meant to serve all 55 of us equally. Instead Gillian Harwood practically lives in the Leader's office. It's not a good look and it's not on.",
  verdict="review", target="Gillian Harwood", note="questions the named Chief Executive's political neutrality")
P(OI, "Jonah Petrakis recommending approval AGAIN for boxes nobody round here wants. Maybe our principal planning officer should try living next door to one.",
  allowed=[PA], verdict="review", target="Jonah Petrakis", note="criticises a named planning officer's recommendations personally; no pending matter named")
P(OI, "Env health knew about the black mould at Sorrel Court in November. Sian Oyelaran's department sat on it for ten weeks. Someone in that office needs to answer for it, in public.",
  verdict="review", target="Sian Oyelaran", note="public blame of a named officer's department and of her; calls for her to answer publicly")
P(OI, "Democratic services have 'mislaid' our motion for the second time running. I'm not saying Hattie is doing the administration's bidding... but I'm not not saying it either",
  allowed=[IRO, DEF], verdict="review", target="Hattie Quarmby", note="insinuation that the Democratic Services Manager (first name) is partisan")
P(OI, "The borough solicitor's note on the Stangate covenant reads like it was drafted in the cabinet member's office. So which is it, Neville - legal advice or political cover?",
  verdict="review", target="Neville Ashdown", note="questions the Head of Legal's impartiality in public, by role and first name")

N(OI, "Massive thanks to Ravi Chandrasekar and the highways crew who were out gritting Kestle Down from 4am. Roads clear in time for the school run 👏", note="thanking a named officer")
N(OI, "Shout out to Bethan and the housing options team. A family I've been helping since the summer finally got their keys today 🔑", note="praise of an officer by first name")
N(OI, "Asked the Director of Finance at scrutiny how the reserves forecast was put together. Clear, patient answer - worth watching the webcast if you want the detail.", note="questioning an officer to understand, as the code allows; praise")
N(OI, "Any licensing queries? Marguerite Duhig's team run a drop-in at the Civic Centre every Tuesday, 10 till 12.", note="neutral mention of a named officer")
N(OI, "Welcome to Tollerbridge, Gillian Harwood, our new chief executive. Looking forward to working with you and the whole officer team.", note="welcome to a named officer")
N(OI, "The cabinet's highways plan is a shambles and I'll say so at council. That's on the politicians who signed it off, not the engineers told to deliver it.", note="robust criticism of politicians, explicitly not officers")
N(OI, "Our monitoring officer Seun Bakare is running code of conduct refresher training for members on 12 Feb. Place booked - recommend others do too.", note="neutral mention of a named officer")
N(OI, "Sian Oyelaran's environmental health team picked up a regional food safety award this week. Richly deserved.", note="praise of named officer's team")
N(OI, "After 31 years Hattie Quarmby has kept our meetings running through three mayors and a pandemic. Have the happiest retirement, Hattie 💐", note="retirement tribute to an officer")
N(OI, "Reported the blocked gully on Lantern Walk to highways on Monday; an officer was out by Wednesday. That's the service working as it should.", note="officer by role, praised")
N(OI, "Good session with the principal planning officer explaining how the five-year land supply figure is worked out. I still think the government's method is flawed, but that's a fight with ministers, not with our planners.", note="neutral mention; disagreement aimed at government")
N(OI, "The comms team's flood updates on the council page have been spot on this week. Please share them rather than rumours.", note="praise for officers by team")

# ---------------------------------------------------------------- resources.political-use
P(RES, "Big thanks to the print room at the Civic Centre for turning round 4,000 of our Focus leaflets overnight 🧡 Deliverers, you can collect from my office tomorrow.",
  party="ld", verdict="review", note="party leaflets printed on council print room; collection from council office")
P(RES, "Conservative members: phone bank this Thursday 5-8pm in Committee Room B at the Guildhall. Bring a headset - we'll use the desk phones.",
  party="con", verdict="review", note="party phone bank in a council room using council phones")
P(RES, "On the train with the council laptop bashing out our Green manifesto draft. Very productive morning 🌱",
  party="grn", verdict="review", note="party manifesto written on council equipment")
P(RES, "If you've emailed me about casework in the last two years you'll get our Labour newsletter this week - I've used my councillor inbox contacts so nobody misses out.",
  party="lab", allowed=[DP], verdict="review", note="council casework contacts used for party mailing; data-protection borderline")
P(RES, "Our new Reform flyer has the borough crest on the front so people know we mean business 💪 Out on the doors Saturday.",
  party="ref", verdict="review", note="council logo on party campaign material")
P(RES, "Asked the comms team to knock up a graphic on our group's pothole record for the campaign. They've done a lovely job - sharing below. Vote Conservative on 7 May!",
  party="con", verdict="review", note="council communications staff making party election material")
P(RES, "Members' room sits empty on Saturdays so that's our Residents First campaign HQ till polling day. Kettle's on!",
  party="srf", verdict="review", note="council members' room as party campaign HQ")
P(RES, "Used the council's regeneration consultation mailing list to let everyone know about our Residents First public meeting on Tuesday. Saves a fortune on leaflets.",
  party="srf", allowed=[DP], verdict="review", note="council mailing list used for party event")
P(RES, "Got one of the member support officers to tot up my canvass returns this afternoon while the office was quiet. Looking good for Labour in Old Mill 👀",
  party="lab", verdict="review", note="council staff time used on party canvass data")
P(RES, "Pic from today's action day planning session. Thanks to facilities for setting up the Mayor's Parlour for us - Lib Dems winning here!",
  party="ld", verdict="review", note="council room and staff for a party planning session")
P(RES, "Tip for fellow Greens: the franking machine in the post room will happily do your election addresses if you ask nicely. Don't tell the Tories 🤫",
  party="grn", verdict="review", note="council post room/franking for party election mail")
P(RES, "Tory fundraising quiz is in the council chamber on Friday, £5 a head, members and friends only. Caretaker's sorting the mics for us.",
  party="con", verdict="review", note="council chamber and staff for a party fundraiser")

N(RES, "Ward surgery this Saturday 10-12 in Committee Room 2 at the Civic Centre. Bring any council problem - bins, benches, benefits, the lot.", note="council room for council business")
N(RES, "Our leaflets are printed by a local firm and paid for by party members. Not a penny of council money, before anyone asks.", note="says no council resources are used")
N(RES, "Cabinet wants to close the Civic Centre print room and outsource it. I think that's a false economy and I'll be saying so at scrutiny.", note="policy debate about the print room")
N(RES, "Labour's campaign office on Ferry Street is open weekdays 10-4 if you want a poster or just a chat. It's rented by the local party.", note="party office, party-funded")
N(RES, "The council's rebrand cost £18k in a year of library cuts. We'd have kept the old crest and kept the libraries open.", note="criticism of spending on the logo")
N(RES, "Useful reminder from democratic services: council IT, rooms and email can't be used for campaigning in the pre-election period. We'll be sticking to it.", note="rule reminder, no use")
N(RES, "Read the whole 400-page local plan on my council iPad on the bus this morning. Chapter 6 on flood risk is worth everyone's time.", note="council device for council work")
N(RES, "Green Party canvassing in Wyvern Quay tonight - meet outside the Anchor at 6. Comfy shoes and a brolly ☔", note="campaigning with no council resources")
N(RES, "Council comms have put out the official winter gritting map - link below, please share far and wide.", note="sharing council comms output")
N(RES, "Reform branch meeting at the Legion hall on Tuesday, room booked and paid for by the branch. All members welcome.", note="party meeting, party-paid venue")
N(RES, "Asked the post room why my casework letters go second class now. Apparently it's policy. Fair enough, savings are savings.", note="post room mentioned for casework")
N(RES, "The parks consultation mailing list has 2,300 sign-ups already. Add your voice before 20 Feb - it's not a party thing, every view counts.", note="council mailing list mentioned neutrally")

# ---------------------------------------------------------------- interests.declared-interest (holders)
P(INT, "Cabinet's selective licensing scheme will cost decent local landlords £900 a door. At Thornmere we already inspect every home twice a year - this is a tax on the good guys. Vote it down.",
  author="@RupertAshenden", verdict="review", note="director of Thornmere Lettings Ltd campaigns on licensing scheme that affects his firm, no declaration")
P(INT, "The private rented sector charter is a paper exercise. TLL manages 140 homes in this borough and we'd never sign it as drafted. Scrutiny should bin it.",
  author="@RupertAshenden", verdict="review", note="initials of his registered firm (Thornmere Lettings Ltd) on a council policy")
P(INT, "Over the moon the cabinet report recommends a 25-year lease on the Gorse Road pitches for our club 💚⚽ Rovers have waited ten years for this. Colleagues, please back it.",
  author="@ClemFurlong", verdict="review", note="chairman of Fairwick Rovers FC ('our club', 'Rovers') lobbies on a lease to it")
P(INT, "FRFC's youth section depends on the council's pitch subsidy and it's on the cut list at budget council. I'll be fighting for it tooth and nail.",
  author="@ClemFurlong", verdict="review", note="initials of his registered club; budget item affects it")
P(INT, "Glad the council is looking again at who to partner with for the hardship loan scheme. The credit union on Saltings Parade is the obvious choice and I'll be pushing for SCU at cabinet.",
  author="@ZainabKW_LD", verdict="review", note="board member of Saltings Credit Union pushes it for a council partnership; short form and description")
P(INT, "The discretionary rate relief review must protect the hospice. Brede Valley's charity shops would lose about £40k a year if cabinet gets this wrong. I'll be making that case loudly.",
  author="@PetraLS_Con", verdict="review", note="trustee of Brede Valley Hospice; possessive short form on a council review")
P(INT, "Council spends a fortune on London law firms when there's perfectly good expertise on our own high street. Q&D have done this kind of work for years - keep the legal panel local!",
  author="@LachlanOrmeLD", allowed=[POS], verdict="review", note="partner of Quenby & Dell (Q&D) promotes it for a council contract; improper-advantage borderline")
P(INT, "The parks budget would end council upkeep of the bowling green behind the library. Our club has 80 members, most over 70. I'll be moving an amendment to reverse it.",
  author="@JarrodTempestHG", verdict="review", note="secretary of Hollins Green Bowls Club ('our club') on a budget item")
P(INT, "Proposed parking charges on Harbour Row would kill footfall on the quay. At the WQTA we've spoken to every single trader and they're all against it. Scrap it.",
  author="@MoRahimzadeh", verdict="review", note="chair of Wyvern Quay Traders' Association (initials, 'we') on a council charge; no declaration")
P(INT, "Cobbold Lane means 46 family homes for Saltings. Marrable's build quality is excellent and the scheme deserves to sail through in April.",
  rules=[INT, PRE], author="@DuncanAlbery", verdict="block", note="shareholder in Marrable Homes plc backs its pending application 25/00412/FUL: interest plus settled view on a register match (block)")
P(INT, "Our larder at Nettlecombe feeds 300 families a week. If the council's household support fund round doesn't include us, I'll want to know why 🥫",
  author="@YasminOduya", verdict="review", note="trustee of Nettlecombe Community Larder ('our larder') on a council grant round")
P(INT, "Cabinet's active travel bid includes bike repair and cycle training. The Cycle Hub is the only outfit in town set up to deliver that - really hope we get the contract.",
  author="@TobiasWrenfield", allowed=[POS], verdict="review", note="director of Tollerbridge Cycle Hub CIC ('we get the contract') on a council bid")

N(INT, "Popped by the Saltings Credit Union stall at the market. If you're being squeezed by doorstep lenders they're a genuinely good alternative.", not_author=["@ZainabKW_LD"], note="body mentioned by a non-holder, no council matter")
N(INT, "Congratulations to Fairwick Rovers on promotion! What a season 🎉⚽", not_author=["@ClemFurlong"], note="body mentioned by a non-holder")
N(INT, "Brede Valley Hospice is on the list of charities that could lose rate relief under the cabinet review. I'll be asking questions at scrutiny.", not_author=["@PetraLS_Con"], note="same body and council matter, by a non-holder")
N(INT, "Whatever you think of Thornmere Lettings, they've turned up to every landlord forum. The licensing scheme should be designed with firms like them, not against them.", not_author=["@RupertAshenden"], note="registered body mentioned on the same council matter by a non-holder")
N(INT, "The Cobbold Lane application from Marrable Homes goes to committee in April. Papers will be online a week before and residents can register to speak.", not_author=["@DuncanAlbery"], note="registered body and pending matter, neutral, non-holder")
N(INT, "Marrable Homes paid for new kit for the Kestle Down juniors under-10s. Nice gesture from a local employer.", not_author=["@DuncanAlbery"], note="registered body, non-holder, no council matter")
N(INT, "Declaring an interest first: I'm a trustee of the Nettlecombe Community Larder. With that said, the household support fund round is open till Friday and any food bank in the borough can apply.",
  author="@YasminOduya", note="holder, interest declared")
N(INT, "I'm chairman of Fairwick Rovers FC (it's on my register) so I won't take part in the decision on the Gorse Road pitches lease. I'll leave that to colleagues.",
  author="@ClemFurlong", note="holder, interest declared and withdrawal")
N(INT, "Interest declared - I'm secretary of Hollins Green Bowls Club - so I'll sit out the parks budget item on bowling greens. Others will argue it better than me anyway.",
  author="@JarrodTempestHG", note="holder, interest declared")
N(INT, "As a partner at Quenby & Dell I declared an interest and left the room for the legal services procurement item. Quite right too.",
  author="@LachlanOrmeLD", note="holder, interest declared")
N(INT, "Full disclosure: I'm a director of Tollerbridge Cycle Hub CIC, so I've had nothing to do with the council's active travel bid. Great to see cycling funded though.",
  author="@TobiasWrenfield", note="holder, interest declared")
N(INT, "Brilliant turnout at the Wyvern Quay Traders' Association new year mixer. So many new businesses on the quay this year 🎉",
  author="@MoRahimzadeh", note="holder mentions own body on a non-council matter")

# ---------------------------------------------------------------- predetermination.closed-mind
P(PRE, "Cobbold Lane: 46 houses on a meadow that floods every winter. This will be refused. I'll make sure of it.",
  not_author=["@DuncanAlbery"], verdict="block", note="settled view against pending 25/00412/FUL (register match)")
P(PRE, "I sit on licensing and I'll tell you now: the Gilded Pelican is not getting 3am. Harbour Row has had enough.",
  verdict="block", note="licensing committee member, settled view on LIC/26/0107 (register match)")
P(PRE, "Whatever the officer recommendation ends up saying, the drive-throughs at the old Brede Dairy are a no from me. Decided.",
  verdict="block", note="settled view on 25/00988/OUT 'whatever the officers say' (register match)")
P(PRE, "Nine storeys of student flats on the Ropewalk?? Not a chance. I'll be voting it down in May and nothing anyone says at the hearing will change that.",
  verdict="block", note="settled view against 26/00031/FUL (register match)")
P(PRE, "Brilliant news for Hollins Green - the new 3G pitch and clubhouse WILL happen. My mind's made up and I'll be voting yes come April 👍",
  verdict="block", note="settled view IN FAVOUR of 26/00077/FUL (register match)")
P(PRE, "24-hour booze at the Stangate Service Station? Over my dead body. Objecting, voting against, end of.",
  verdict="block", note="settled view against LIC/26/0122 (register match); idiom not a threat")
P(PRE, "14 Nettlecombe Rise as a seven-bed HMO. I've seen all I need to see - it's a refusal from me. Residents, you've got my vote.",
  verdict="block", note="settled view on 25/01120/FUL (register match)")
P(PRE, "Marshfire in Caddon Park this August - I'll be backing that licence all the way. Bring it on 🎶🔥",
  verdict="block", note="settled view in favour of LIC/26/0140 (register match)")
P(PRE, "Battery farm at Fairwick Quarry, right next to homes? I will never approve it. Simple as.",
  verdict="block", note="settled view against 26/00102/FUL (register match)")
P(PRE, "That new takeaway wanting to open till 2am on Penrose Street can forget it. As long as I'm on the licensing committee it isn't happening.",
  verdict="review", note="settled view on a licensing application not on the register: review")
P(PRE, "Someone's put in for flats on the old bowling alley car park. Count me a firm no when it gets to committee - don't even need to read the plans.",
  verdict="review", note="settled view on a planning application not on the register")
P(PRE, "The car wash off Tanners Way deserves approving and it will be approved, trust me. Already told the applicant as much.",
  allowed=[POS], verdict="review", note="settled view in favour, not on the register; told the applicant")

N(PRE, "The Cobbold Lane application comes to planning in April. I've got questions on flooding and access, and I'll hear the applicant, objectors and officers before I decide anything.", note="open mind on a register matter")
N(PRE, "Lots of messages about the Gilded Pelican's late licence. I'm on the committee so I can't take a view yet - please get your representations to the licensing team before the deadline.", note="register matter, explicitly no view")
N(PRE, "Labour's manifesto pledge: no more drive-through retail on greenfield land. That's our policy for the next local plan.", party="lab", note="policy campaigning, no pending application")
N(PRE, "I have real concerns about the height of the Ropewalk student scheme. I'll be looking hard at the daylight report, but I'll hear all the evidence first.", note="predisposition on a register matter")
N(PRE, "Green group policy: we back battery storage in principle as part of net zero. Individual sites are for the planning committee to judge on their merits.", party="grn", note="policy, no settled view on Fairwick Quarry")
N(PRE, "Reminder: the HMO at Nettlecombe Rise is decided by committee on 2 April. I can't tell you how I'll vote because I haven't decided - that's the law, and rightly so.", note="register matter, open mind")
N(PRE, "Our group is campaigning against the government's planning reforms that strip decisions from local committees. Local voices matter.", note="policy campaigning")
N(PRE, "Went to Marshfire's little one-day gig at the docks last year - good fun. The Caddon Park licence is a different question and I'll weigh it properly when it comes to committee.", note="register matter, open mind")
N(PRE, "The service station licence consultation closes soon. For it or against it, put it in writing to licensing so the committee can take it into account.", note="register matter, neutral")
N(PRE, "The inspector dismissed the appeal on the Tanners Way scrapyard last week. I think that was the right call and I'm glad it's finally settled.", note="decided matter, not pending")
N(PRE, "I'm minded to look favourably on more family homes in Saltings in general - we badly need them. But every application stands or falls on its own merits.", note="predisposition, not predetermination")
N(PRE, "Not on the planning committee myself, but I'd love Hollins Green to have decent sports facilities one day. I'll put my ward views in through the proper process.",
  allowed=[PRE], note="general wish, not a settled view on the pitch application; borderline, allowed")

# ---------------------------------------------------------------- security.credentials
P(SEC, "Ward team: the new shared inbox is live. Login is saltings.wardteam@gmail.com, password Saltmarsh!2026 - change it once you're in.",
  verdict="block", note="password posted publicly")
P(SEC, "Door code for the members' room has changed to 58209 for anyone who missed the email 🔑",
  verdict="block", note="door code (PIN) posted publicly")
P(SEC, "Can someone who's logged in check the agenda portal for me? My 2FA code is 448 193 but the page keeps timing out 🙄",
  verdict="block", note="one-time code posted")
P(SEC, "Members - IT say you need to re-verify your allowances account by Friday at tollerbridge-gov-members.co/verify. Takes two mins with your usual log-in.",
  verdict="block", note="lookalike link asking for council log-in")
P(SEC, "Wi-Fi for tonight's residents' meeting at Stangate Community Hall: network StangateHall_Guest, key kettle-blue-7731. See you there!",
  verdict="block", note="network key (password) posted")
P(SEC, "Mum's the word, but the PIN for the ward grant card is 0417. Percy, can you sort the receipts please.",
  not_author=["@PercyDunstable"], verdict="block", note="card PIN posted")
P(SEC, "API key for our ward map app if any fellow nerds want a play: sk_live_4fG9pQ2xZt81LmNcR7 - shout if it breaks",
  verdict="block", note="API key posted")
P(SEC, "Locked out of council Office 365 again. Username rsowerby, pw Tuesday2026! - can someone in IT ring me please",
  author="@RhiSowerbyGreen", verdict="block", note="own password posted")
P(SEC, "Don't forget to claim your councillor broadband allowance 👉 https://tollerbridge-gov.uk-claims.info/login - just pop in your council email and password.",
  verdict="block", note="lookalike link soliciting credentials")
P(SEC, "Key safe at the Old Mill allotment store is 3319, for the volunteers doing Saturday's clear-up.",
  verdict="block", note="key-safe code posted")
P(SEC, "To join the cabinet briefing on Teams: meeting ID 391 550 2274, passcode Qv7!mz. Kicks off 10:30.",
  allowed=[CONF], verdict="block", note="meeting passcode for a private briefing")
P(SEC, "If anyone needs into the ward Facebook page while I'm away: it's my council email and the password is Biscuit1987. You know who you are 😉",
  verdict="block", note="password posted")

N(SEC, "SCAM WARNING: residents are getting texts claiming to be Tollerbridge Council asking for bank details to 'refund' council tax. We never do this by text. Delete it.", note="scam warning")
N(SEC, "Worried about domestic abuse? The council's confidential helpline is open 24/7 and you don't have to give your name.", note="confidential helpline")
N(SEC, "Top tip from today's cyber training: a different password for every account and two-factor switched on. Took me ten minutes to sort.", note="security advice, no credential")
N(SEC, "The new library self-service machines are in. You'll need your card number and the PIN you set when you joined - staff can reset it at the desk.", note="mentions PIN, discloses none")
N(SEC, "Someone tried to phish me with a fake council login page today. Reported to IT. If a link looks odd, don't click - type the council's address in yourself.", note="phishing warning without link")
N(SEC, "The only official council website ends in .gov.uk. Anything else asking you to 'verify your account' is fake.", note="scam advice")
N(SEC, "All councillors' email addresses are on the council website if you want to contact your ward members.", note="public contact info")
N(SEC, "Changed all my passwords after the breach at the leisure booking supplier. The council says no payment data was taken, but worth doing yours too.", note="password advice")
N(SEC, "Ward walk on Saturday - meet in the Stangate Community Hall car park at 10. No code needed, the gate's open 😄", note="'code' mentioned, none given")
N(SEC, "Glad the new parking app means no more reading out your card number over the phone to pay. About time.", note="payment security, nothing disclosed")
N(SEC, "The gate code for Old Mill allotments comes from the allotment society secretary, not me - sorry, lots of DMs about it!", note="refuses to share code")
N(SEC, "My confidential casework service means you can raise anything privately. Email me via the council website or come to surgery.", note="'confidential' service")

# ---------------------------------------------------------------- confidentiality.insider-advantage
P(INS, "Word to the wise for anyone in the taxi trade: the licence fee's going up by a fair whack in April and it's not been published yet. Renew early, lads.",
  allowed=[CONF], verdict="review", note="unpublished council decision shared so a group can get ahead")
P(INS, "My sister's been eyeing a shop unit on Tanners Parade. Told her to hang fire - I know what's coming for that parade in the regen plans and she'll want to be first in the queue.",
  allowed=[CONF, POS], verdict="review", note="knowledge from the role used to benefit family")
P(INS, "Any builders out there: there's a big schools roofing programme going out to tender in the spring. Get your paperwork ready now and you'll be ahead of the pack 😉",
  allowed=[CONF], verdict="review", note="advance notice of a tender not yet public")
P(INS, "Not saying anything official, but if you own one of the garages behind Linnet Close, I'd hang on to it for a year or so. Trust me.",
  allowed=[CONF], verdict="review", note="hint from inside knowledge for property advantage")
P(INS, "Mates in the scaffolding game - give me a ring this week. There's council work coming that isn't on the portal yet and I'd rather it went to a Tollerbridge firm.",
  allowed=[POS, CONF], verdict="review", note="unpublished procurement shared with friends")
P(INS, "Heard at this morning's briefing where the new secondary is going. Let's just say house prices in one corner of Kestle Down are about to jump. Buy now 🏠📈",
  allowed=[CONF], verdict="review", note="briefing knowledge used to tip property buyers")
P(INS, "Told a friend with a café to get her pavement licence in before next week's cabinet decision on the fee hike. Don't hang about if you're in the same boat!",
  allowed=[CONF], verdict="review", note="advance knowledge of a fee decision for a friend's advantage")
P(INS, "Quietly let my brother know the Fairwick industrial units are coming up for lease before the marketing goes out. Early bird and all that.",
  allowed=[CONF, POS], verdict="review", note="family member given a head start")
P(INS, "After a plot on the new self-build site? Drop me a message - I can tell you which ones the council's earmarking before the list goes public.",
  allowed=[CONF, POS], verdict="review", note="offers pre-publication information")
P(INS, "If you've got shares in the bus operator, sell. That's all I'll say after what I heard in closed session last night.",
  rules=[INS, CONF], verdict="review", note="closed-session knowledge used as a trading tip; 'closed session' marker, no register match")
P(INS, "My cousin will be first in line for the café concession at the new lido - I've given him the heads-up on what the spec will look like, months before anyone else sees it.",
  allowed=[POS, CONF], verdict="review", note="advance tender spec passed to family")
P(INS, "Landlords: get your certificates sorted before the selective licensing go-live date, which isn't announced yet. Early birds get the discount 😉",
  allowed=[CONF], verdict="review", note="unannounced date used to give landlords a head start")

N(INS, "The council has just published its tender for the schools roofing programme. Local firms, it's on the procurement portal now - please bid!", note="public tender")
N(INS, "Cabinet agreed last night to raise taxi licence fees from April. The full report is on the website and the trade was consulted in the autumn.", note="published decision")
N(INS, "The regeneration masterplan for Tanners Parade is out to public consultation. Traders, have your say before 6 March.", note="public consultation")
N(INS, "The new school site was announced today and it's great news for families in Kestle Down. Fewer kids on buses to the other side of town.", note="public announcement")
N(INS, "The self-build register is open to everyone - sign up on the council website to hear when plots come up.", note="public information")
N(INS, "Can't share anything from the Part 2 item last night, and I won't. The decision will be published once negotiations are done.", allowed=[CONF], note="refuses to disclose; confidentiality marker mentioned")
N(INS, "Announced today: the Fairwick industrial units go on the market from 1 March. Small firms can register interest with the economic development team.", note="public announcement")
N(INS, "Before anyone asks - no, I don't know where the new depot's going, and if I did I couldn't tell you. That's exactly how it should be.", note="disclaims inside knowledge")
N(INS, "Pavement licence fees go up from April - agreed at cabinet and published. If you run a café, budget for it now.", note="published decision, advice to cafés")
N(INS, "Councillors get briefed on plenty before it's public. That's why I never buy or sell property in the borough. Simple rule.", note="talks about inside knowledge to avoid using it")
N(INS, "A tip-off from a resident about fly-tipping behind the bowling alley led to a fine today. Keep the reports coming!", note="'tip-off' from a resident")
N(INS, "The bus operator's results are out and the shares have dropped. Another reason to bring buses back under public control.", note="public market news, policy")

# ---------------------------------------------------------------- position.improper-advantage
P(POS, "Stuck on the housing waiting list? DM me your reference and I'll have a word upstairs and get you bumped up. That's what I'm here for.",
  verdict="review", note="offers to use position to jump a queue")
P(POS, "Need a roofer? My son-in-law's firm Pennock Roofing does a cracking job and if you mention me he'll knock 10% off. Council approved too 😉",
  allowed=[INT], verdict="review", note="promotes a family member's business through the role")
P(POS, "Parking ticket on Harbour Row? Send me a photo - as your councillor I can usually make these disappear.",
  verdict="review", note="offers to use position to cancel penalties")
P(POS, "Fairwick residents - want your planning application looked at quickly? Come to my surgery first. I know which officers to ring.",
  allowed=[OI], verdict="review", note="offers favour in planning through position")
P(POS, "My husband's café on the quay is open! Council staff get 20% off with their pass - a nice way to say thanks to the people I work with 😊",
  verdict="review", note="promotes a business the councillor is connected to, aimed at council staff")
P(POS, "Really annoyed the council wouldn't fast-track my nephew's licence. I reminded them I sit on the licensing committee and it STILL took six weeks.",
  allowed=[OI], verdict="review", note="attempted use of position for family")
P(POS, "Didn't get your first-choice school? Message me - I'm on the admissions forum and can put in a word for you.",
  verdict="review", note="offers influence over admissions")
P(POS, "The Civic Centre needs a new catering supplier and I've told procurement my old mate Danny's company should get it. Best sausage rolls in Tollerbridge.",
  allowed=[OI], verdict="review", note="pushes a friend's firm for a council contract")
P(POS, "Any Labour members after an allotment - I've got pull with the parks team, so give me a shout and skip the waiting list 🌱",
  party="lab", verdict="review", note="offers to jump a list through position, for party members")
P(POS, "Got the council to move bin day on our road to Wednesday, which suits my shifts far better. Perks of the job 😂",
  allowed=[IRO], verdict="review", note="used position for own convenience")
P(POS, "Kestle Down Cars is my brother's firm and the only taxis I'd trust with the school transport contract. I'll make sure the panel knows it.",
  allowed=[INT], verdict="review", note="pushes family firm for a council contract")
P(POS, "Business rates relief turned down? Don't bother with the appeal process. Ring me and I'll sort it directly with the revenues manager.",
  allowed=[OI], verdict="review", note="offers to bypass process through position")

N(POS, "Casework reminder: I can raise your housing case with officers and make sure it's looked at properly, but I can't move you up the list. Nobody can, and that's fair.", note="proper casework")
N(POS, "Shop local this Saturday! Harbour Row market has 40 stalls, and none of them are mine 😄", note="promotes local trade, no connection")
N(POS, "Think you got a parking ticket unfairly? You can appeal online - here's how the process works, step by step.", note="proper route")
N(POS, "Congratulations to Pennock Roofing on 25 years in business. They re-roofed the scout hut for nothing last summer.", note="local firm praised, no connection")
N(POS, "Pre-application planning advice is open to anyone from the council. It costs, but it's the quickest way to avoid a refusal.", note="proper route")
N(POS, "School appeals panels are independent, and councillors can't influence them. The clerk's details are in your letter.", note="disclaims influence")
N(POS, "The allotment waiting list in Old Mill is two years. I'm pushing cabinet for two new sites so everyone waits less, not just people who know someone.", note="policy, fair access")
N(POS, "Fast-track? No. Fair-track. Our new licensing policy treats every applicant exactly the same.", note="'fast-track' word, no favour")
N(POS, "My brother drives for Kestle Down Cars, so I declared it and stayed out of the school transport contract decision entirely.", note="connection declared, no involvement")
N(POS, "My daughter's started her own cake business and I could burst with pride 🎂", allowed=[POS], note="family business, no council link; borderline")
N(POS, "Business rates relief guidance is on the council website, and the revenues team are really helpful if you ring them.", note="proper route")
N(POS, "A resident asked me to help with a dropped kerb. I explained the application process and wrote a supporting letter, like I would for anyone.", note="ordinary casework")

# ---------------------------------------------------------------- data-protection.personal-data (special category)
P(DP, "Visited Mrs Ivy Trencher at 27 Gosling Walk this morning. 91, just out of hospital after her stroke, and still no care package. Shameful.",
  verdict="block", note="named private person, address and health")
P(DP, "Delroy at Pelham Court has been clean six months now after years on heroin. So proud of him - housing need to give him that flat.",
  verdict="block", note="identifiable private person (first name + block) and drug history")
P(DP, "Kenneth Aubert, who runs the paper shop on Mill Street, has early-onset dementia - his wife told me. Let's all look out for him.",
  verdict="block", note="named person with a diagnosis")
P(DP, "My constituent Sophie Rendall, a single mum with MS, has waited nine months for a stairlift. Council, sort it out.",
  verdict="block", note="named service user with a condition")
P(DP, "The family at 6 Rookery Close are Jehovah's Witnesses, which is probably why they didn't let the survey man in. Not a crime, folks.",
  verdict="block", note="religion of an identifiable household by address")
P(DP, "Poor Alan Jessop in Stangate. Lost his job when the cancer came back and now housing benefit are messing him about.",
  verdict="block", note="named person, health and benefits")
P(DP, "Turns out the lad causing bother on the Fairwick estate, Connor Pyle, has a record for burglary. Parents, lock your sheds.",
  allowed=[DEF, PA], verdict="block", target="Connor Pyle", note="named private person's criminal record")
P(DP, "Spoke to Barbara Nunn (Flat 3, Winterbourne House) who's been having panic attacks since the damp got into her bedroom.",
  verdict="block", note="named person, address, mental health")
P(DP, "Lovely to see the Okonedos at the Pride picnic - their boy Tayo came out last year and they've been brilliant about it 🏳️‍🌈",
  verdict="block", note="sexuality of an identifiable private young person")
P(DP, "Miriam Shafer at 41 Hawthorn Drive is being targeted because she's Jewish. I've told the police; neighbours please keep an eye out.",
  verdict="block", note="religion plus address of a private person, even with good intent")
P(DP, "Thanks to Gary from the bus depot on Tollerbridge Road for coming to surgery. He's been sectioned twice and still volunteers at the food bank every week. Legend.",
  verdict="block", note="mental health history of an identifiable person")
P(DP, "Chloe Marwood, 16, from the Linnet estate is pregnant and sofa-surfing. Children's services, where are you?",
  verdict="block", note="child, named, pregnancy")

N(DP, "Had my own hip done in December, so apologies for the slow replies. Back on my feet now 🦵", note="own health")
N(DP, "Our MP Adaeze Thornbury has spoken really movingly about her own dyslexia. Good to see.", note="public office holder, own public disclosure")
N(DP, "One in six adults in the borough lives with a long-term condition. Our health and wellbeing strategy has to start there.", note="aggregate statistic")
N(DP, "A resident in my ward who has dementia was left without carers for three days. I've raised it with adult social care and won't say more to protect their privacy.", note="anonymised")
N(DP, "Eid Mubarak to all our Muslim neighbours across Tollerbridge 🌙", note="greeting to a group")
N(DP, "Proud to march at Tollerbridge Pride with my husband and fellow councillors 🏳️‍🌈", note="own sexuality")
N(DP, "You can reach me on cllr.sowerby@tollerbridge.gov.uk or at my surgery in Caddon Park library.", author="@RhiSowerbyGreen", note="councillor's own contact details")
N(DP, "Our mental health crisis café in Stangate is open Friday to Sunday, no referral needed.", note="service info")
N(DP, "Anyone sitting on a fostering panel needs a DBS check, councillors included. Did mine last week - painless.", note="own check, no record")
N(DP, "Pregnant and worried about housing? The housing options team can help - ring the main number or just drop in.", note="generic advice")
N(DP, "Someone was arrested on Fairwick Parade this morning. Police say there's no wider risk. Please don't speculate online about who it was.", note="no one identified")
N(DP, "Happy to say the Sorrel Court tenant I raised last month has finally been moved somewhere dry. No names, but she knows who she is 💚", note="anonymised")

# ---------------------------------------------------------------- capacity.council-voice
P(CAP, "Tollerbridge Council's position is crystal clear: no more asylum hotels in this borough. Speaking for the council on this one.",
  party="ref", verdict="review", note="party view presented as the council's")
P(CAP, "On behalf of Tollerbridge Borough Council I want to say we fully back the rail strike. Solidarity ✊",
  party="lab", verdict="review", note="personal/party view on behalf of the council")
P(CAP, "Official: Tollerbridge Council opposes the government's net zero target, and we'll be writing to ministers to tell them so.",
  party="con", verdict="review", note="presents opposition-party view as official council view")
P(CAP, "The view of this council is that the combined authority mayor has completely failed us on buses.",
  verdict="review", note="personal view presented as council's")
P(CAP, "As Tollerbridge BC we say: hands off our green belt! Sign the Lib Dem petition 👇",
  party="ld", verdict="review", note="party campaign presented as council voice")
P(CAP, "Council statement from me: the harbour dredging is a waste of money and Tollerbridge won't be paying a penny towards it.",
  author="@giles.h.sails", account="personal", verdict="review", note="personal account issuing a 'council statement'")
P(CAP, "Tollerbridge Council stands with the junior doctors. I'm saying it as a cabinet member, so take it as our official stance.",
  party="lab", verdict="review", note="personal view declared official council stance")
P(CAP, "The Council believes the combined authority's bus franchising plan is dead in the water. My words, but I'm confident colleagues agree.",
  verdict="review", note="'the Council believes' for a personal view")
P(CAP, "Speaking officially for the borough: we don't want the new prison anywhere near Tollerbridge, and the Home Office needs to hear that.",
  verdict="review", note="claims to speak officially for the borough")
P(CAP, "We at Tollerbridge Borough Council welcome Reform's new chair and look forward to working together 🇬🇧",
  party="ref", verdict="review", note="party welcome presented as the council's")
P(CAP, "From the council: the four-day week pilot will roll out to every department from April. Watch this space 🌍",
  party="grn", verdict="review", note="personal/party plan announced as a council announcement")
P(CAP, "Cars have had their day in Tollerbridge - and before anyone asks, yes, that's the council line as far as I'm concerned 😆",
  author="@tobes_on_two_wheels", account="personal", allowed=[IRO], verdict="review", note="personal account presents own view as the council line")

N(CAP, "In my personal view - not the council's - the harbour dredging is poor value. I'll make the argument at scrutiny.", note="views labelled personal")
N(CAP, "The council's official position on bus franchising, agreed at cabinet in January, is to support it. Our group disagrees, and here's why 👇", party="con", note="reports a real council position and disagrees")
N(CAP, "Lib Dem group statement: we oppose any building on the green belt. Sign our petition 👇", party="ld", note="party voice, clearly labelled")
N(CAP, "Views here are my own and not those of Tollerbridge Borough Council.", note="disclaimer")
N(CAP, "Full Council voted 38-14 last night to back a fair pay deal for care workers. Proud to have moved the motion.", party="lab", note="reports an actual council decision")
N(CAP, "The official council statement on the flooding is on @TollerbridgeBC - please share that rather than my summary.", note="points to the official account")
N(CAP, "Labour believes Tollerbridge deserves better buses, and that's what our manifesto will say.", party="lab", note="party voice, labelled")
N(CAP, "I don't speak for the council, I speak for Stangate. And Stangate wants its library back.", note="disclaims council voice")
N(CAP, "The council believes it can balance the budget without cuts, according to the cabinet report. I'm not so sure - the figures on page 12 look optimistic.", allowed=[CAP], note="reports the council's stated belief and disagrees; borderline")
N(CAP, "On behalf of Saltings Residents First, thank you to every volunteer at Sunday's beach clean 🏖️", party="srf", note="group voice, labelled")
N(CAP, "As chair of the licensing committee I can confirm the Marshfire hearing is on 12 May. The council will publish the papers a week before.", author="@ImogenPardew", note="factual role statement, no view")
N(CAP, "The council's position is set out in the draft local plan, which is out for consultation. Read it and tell them what you think, not just me.", note="refers to the council position")

# ---------------------------------------------------------------- gifts.hospitality
P(GIF, "Cracking afternoon in the Marrable Homes box at the Tollerbridge Town game. Cheers for the hospitality, lads ⚽🍺",
  not_author=["@DuncanAlbery"], verdict="review", note="hospitality from a developer with a pending application")
P(GIF, "What a spread! Thanks to the Gilded Pelican for the complimentary tasting menu last night 🦞",
  verdict="review", note="free meal from a premises with a pending licence variation")
P(GIF, "Very kind of Verrall Waste, our new bin contractor, to send a hamper over to the cabinet office for Christmas. Shared it round the team 🎄",
  verdict="review", note="gift from a council contractor")
P(GIF, "Thanks to the Stangate Chamber of Commerce for dinner and a lovely bottle of port at their annual do 🍷",
  verdict="advice", note="hospitality, no decision sought: advice")
P(GIF, "Front row seats at the panto courtesy of the Tollermouth Theatre Trust, who are up for the council's arts grant this year. Oh yes they are! 🎭",
  allowed=[IRO], verdict="review", note="gift from a body seeking a council grant")
P(GIF, "Got a very generous voucher from the Brede Dairy developers for my time at their community drop-in. Didn't expect that at all!",
  verdict="review", note="gift from an applicant with a pending application")
P(GIF, "A weekend at the Cotswolds cottage of a very kind constituent, as thanks for sorting her planning problem. Spoilt rotten ☺️",
  allowed=[POS], verdict="advice", note="significant gift offered because of the role; register within 28 days")
P(GIF, "The Ropewalk developers flew a few of us up to see their student block in Manchester. Impressive build, and a great curry after 🍛",
  allowed=[PRE], verdict="review", note="trip and meal from a developer with a pending application")
P(GIF, "Tickets to the darts final from the lads at Harbour Scaffolding, who did the Civic Centre job. Absolute legends 🎯",
  verdict="review", note="gift from a council contractor")
P(GIF, "Gorgeous hamper from the care home on Fenner Road after I opened their new wing 💐 So thoughtful.",
  verdict="advice", note="gift given because of the role; advice")
P(GIF, "Champagne reception and three courses on Kellerman Energy tonight - they're hoping to put solar on the council's depot roofs. Great to talk net zero over a glass 🥂",
  verdict="review", note="hospitality from a firm seeking council business")
P(GIF, "Huge thanks to Tollerbridge Motors for lending me a brand new EV for the month - test driving the future! 🚗⚡",
  verdict="advice", note="valuable loan because of the role; registration reminder")

N(GIF, "Marrable Homes offered me tickets for the Town game. Said no thanks and logged the offer with the monitoring officer, as the code requires.", not_author=["@DuncanAlbery"], note="refused and registered")
N(GIF, "Paid for my own ticket at the Chamber of Commerce dinner (£45, ouch). Good speeches though.", note="paid own way")
N(GIF, "A cuppa and a slice of lemon drizzle at the Stangate residents' AGM. The best kind of council hospitality ☕", note="trivial ordinary hospitality from residents")
N(GIF, "Under the code any gift or hospitality worth £100 or more must be registered within 28 days. Mine are all on the council website - have a look.", note="rule explained")
N(GIF, "The Gilded Pelican's new menu launch was last night. I didn't go - they've a licensing application in and I'm on the committee.", note="declined")
N(GIF, "Our food bank got a huge donation of hampers from Verrall Waste staff at Christmas. Thank you all!", note="donation to food bank, not councillor")
N(GIF, "Lovely card from a resident thanking me for sorting her drains. Honestly made my week 💌", note="thank-you card")
N(GIF, "Bought a round at the Anchor for the litter-pick volunteers. Least I could do.", note="councillor gave, not received")
N(GIF, "Councillors get offered freebies more than you'd think. My rule: if they want something from the council, the answer's no.", note="talks about refusing")
N(GIF, "Invitation to the Kellerman Energy launch declined. Happy to meet them at the Civic Centre with officers present.", note="declined")
N(GIF, "The Mayor's charity gala raised £6,200 for Brede Valley Hospice. Everyone paid for their own tickets.", not_author=["@PetraLS_Con"], note="paid tickets; non-holder")
N(GIF, "Free Town tickets for every Year 6 pupil in the borough, funded by the club's foundation. Brilliant scheme.", note="gift to pupils, not councillor")

# ---------------------------------------------------------------- filler (ordinary posts)
def F(text, **kw):
    R("filler", "filler", text, [], verdict="ok", **kw)
F("Bin collections are back to normal from Monday after the holiday catch-up. Thanks for your patience, Old Mill.")
F("Lovely to see so many people at the Saltings seafront litter pick. 42 bags in two hours 💪")
F("Pothole on Gorse Road reported - it's the size of a paddling pool. Will update when I hear back.")
F("Budget council is on the 25th. I'll be voting against the cuts to youth services and I'll explain why in the chamber.")
F("Surgery cancelled this Saturday as the library is closed for repairs. Back next week, same time.")
F("Daffodils are out along the riverside path in Nettlecombe 🌼 Spring is on its way.")
F("The cabinet's parking strategy is badly thought through and Harbour Row traders deserve better. I'll be calling it in to scrutiny.")
F("Well done to Year 5 at Kestle Down Primary for their brilliant letters about road safety. I've passed every one on.")
F("New defibrillator installed at Brede Marsh community centre. Please learn where your nearest one is.")
F("Rain, rain and more rain. Sandbags available from the depot on Mill Street until 6pm today.")
F("Ducks on the Hollins Green pond have doubled since last spring. No council business, just joy 🦆", author="@ducks_and_dahlias", account="personal")
F("Off sailing this weekend, back to council emails on Monday ⛵", author="@giles.h.sails", account="personal")
F("Commuted 14 miles by bike this week. Legs are not happy.", author="@tobes_on_two_wheels", account="personal")
F("The council tax rise is too high and the administration should be ashamed of the waste that's led to it. That's my view and I'll keep saying it.")
F("Great to meet the new headteacher at Fairwick Academy today. Big plans for the school library.")
F("Reminder: the consultation on the new cycle lanes closes on Friday. Every response is read.")
F("Stangate library's Lego club is back, Saturdays 10-12. My kids are thrilled.")
F("Congratulations to Adaeze Thornbury MP on her new role on the transport select committee.")
F("Wyvern Quay's harbour wall repair starts next week. Expect some noise, sorry in advance!")
F("Thanks to everyone who came to the Caddon Park friends group AGM. New chair, new energy.")
F("Proud to support the Holocaust Memorial Day service at the war memorial this morning.")
F("Our group's amendment on care leavers' council tax exemption passed unanimously. Good work all round.")

# ---------------------------------------------------------------- build
SEV = {OI: "review", RES: "review", INT: "review", PRE: "review", SEC: "block", INS: "review", POS: "review",
       DP: "review", CAP: "review", GIF: "advice", CONF: "review"}
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}

def parse_handles():
    txt = (HERE / "council.toml").read_text()
    sect = txt.split("[people.handles]")[1].split("[registers]")[0]
    return re.findall(r'^"(@[^"]+)"\s*=', sect, re.M)

PERSONAL = {"@ducks_and_dahlias", "@giles.h.sails", "@tobes_on_two_wheels"}

def main():
    rng = random.Random(SEED)
    handles = [h for h in parse_handles() if h not in PERSONAL and h != "@TollerbridgeBC"]
    rows = list(ROWS)
    rng.shuffle(rows)
    counts = {h: 0 for h in handles}
    for h in HOLDER.values():
        counts[h] = 0
    hostile = set()
    holders = set(HOLDER.values())
    # fixed authors first count
    for r in rows:
        if r["author"]:
            counts[r["author"]] = counts.get(r["author"], 0) + 1
    for r in rows:
        if r["author"]:
            continue
        cands = [h for h in handles if h not in r["not_author"]]
        if r["party"]:
            cands = [h for h in cands if PARTY.get(h) == r["party"]]
        # keep interest holders off rows they might be read as touching (registered-body texts)
        cands = [h for h in cands if h not in holders]   # holders write only their own fixed rows
        if r["target"]:
            # one hostile post per author in this set (and never two about the same person)
            cands = [h for h in cands if h not in {a for a, _ in hostile}]
        m = min(counts[h] for h in cands)
        pick = rng.choice(sorted(h for h in cands if counts[h] == m))
        r["author"] = pick
        counts[pick] += 1
        if r["target"]:
            hostile.add((pick, r["target"]))
    # timestamps: weekdays 08:00-18:59, 5 Jan - 27 Mar 2026 (GMT)
    start = datetime.date(2026, 1, 5)
    days = [start + datetime.timedelta(d) for d in range(0, 82)]
    days = [d for d in days if d.weekday() < 5 and d <= datetime.date(2026, 3, 27)]
    out = []
    for i, r in enumerate(rows, 1):
        d = rng.choice(days)
        if "Christmas" in r["text"] or "new year" in r["text"]:
            d = rng.choice(days[:8])
        if "Holocaust Memorial Day" in r["text"]:
            d = datetime.date(2026, 1, 27)
        if "Eid" in r["text"]:
            d = datetime.date(2026, 3, 20)
        t = datetime.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59),
                              tzinfo=datetime.timezone.utc)
        verdict = r["verdict"]
        if verdict is None:
            verdict = max((SEV[x] for x in r["rules"]), key=ORDER.get, default="ok")
        platform = r["platform"] or rng.choice(["x", "x", "facebook", "facebook", "bluesky"])
        out.append({
            "id": f"b23-{i:03d}", "text": r["text"], "author": r["author"],
            "created_at": t.isoformat(), "platform": platform, "account": r["account"], "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": verdict},
            "family": r["family"], "kind_of_row": r["kind_of_row"],
            **({"near_miss_of": r["near"]} if r["near"] else {}),
            "note": r["note"],
        })
    with open(HERE / "posts.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows")

if __name__ == "__main__":
    main()
