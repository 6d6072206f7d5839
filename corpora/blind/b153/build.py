#!/usr/bin/env python3
"""Build blind evaluation set b153 (Wrenscombe District Council, north Devon / Exmoor fringe).

Every post text below was written by hand for this set. The script only picks authors, platforms
and timestamps (seeded, deterministic), shuffles the rows, assigns ids B153-NNNN and writes
posts.jsonl next to this file. Standard library only. Running it twice gives the same file.
"""
import datetime as dt
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 15300
SET = "B153"

# ---------------------------------------------------------------- people
# handle -> (name, party, ward, sex, committees)
CLLR = {
    "@RosHeddacott":     ("Rosalind Heddacott", "CCA", "Wrenscombe North", "f", ""),
    "@PiersLoveringCCA": ("Piers Lovering", "CCA", "Pannier", "m", ""),
    "@TamsinYeoCCA":     ("Tamsin Yeo", "CCA", "Shellmouth Sands", "f", ""),
    "@GarethChugg":      ("Gareth Chugg", "CCA", "Brendle", "m", "P"),
    "@ChairmanPugsley":  ("Margery Pugsley", "CCA", "Hobbadon", "f", ""),
    "@NathanSquance":    ("Nathan Squance", "CCA", "Wrenscombe Bridge", "m", "PL"),
    "@HilaryBraund":     ("Hilary Braund", "CCA", "Shellmouth Harbour", "f", "P"),
    "@DomTuckerCCA":     ("Dominic Tucker", "CCA", "Culverleigh", "m", "PL"),
    "@KellyGammonWD":    ("Kelly Gammon", "WD", "Pannier", "f", ""),
    "@AaronBlackmoreWD": ("Aaron Blackmore", "WD", "Wrenscombe Bridge", "m", "P"),
    "@ShirleyPassmore":  ("Shirley Passmore", "WD", "Wrenscombe North", "f", "PL"),
    "@JordanSleeWD":     ("Jordan Slee", "WD", "Ashcott Quay", "m", "P"),
    "@RuthIsaacWD":      ("Ruth Isaac", "WD", "Ashcott Quay", "f", "L"),
    "@OrlaVennerGreen":  ("Orla Venner", "MG", "Culverleigh", "f", "L"),
    "@FelixDallyn":      ("Felix Dallyn", "MG", "Hobbadon", "m", "PL"),
    "@BryonyRiddIfS":    ("Bryony Ridd", "IfS", "Shellmouth Sands", "f", "L"),
    "@ColinMoaseIfS":    ("Colin Moase", "IfS", "Shellmouth Harbour", "m", ""),
    "@WilfLerwill":      ("Wilf Lerwill", "Ind", "Brendle", "m", "P"),
}
PERSONAL = {"@orla_wildswims": "@OrlaVennerGreen", "@wilf_ponies": "@WilfLerwill"}
SELF = "@BryonyRiddIfS"

# roles named in a post: the holder is never picked as the author (case-sensitive patterns)
ROLES = [
    (r"\bLeader\b(?! of the Working)", "@RosHeddacott"),
    (r"\bChairman\b", "@ChairmanPugsley"),
    (r"(?i)cabinet member for finance|finance portfolio", "@PiersLoveringCCA"),
    (r"(?i)cabinet member for (the )?environment|environment portfolio", "@TamsinYeoCCA"),
    (r"(?i)chair of planning|planning chair", "@GarethChugg"),
    (r"(?i)working devon leader|leader of the working devon", "@KellyGammonWD"),
    (r"(?i)licensing chair|chair of licensing|chairing the hearing", "@RuthIsaacWD"),
]
# words that touch a registered interest: the holder is never picked unless set by hand
INTEREST_KW = {
    "@HilaryBraund": ["harbour commissioner", "harbour dues"],
    "@KellyGammonWD": ["pannier market", "market toll", "market trader", "traders' guild", "market day"],
    "@WilfLerwill": ["creamery"],
    "@DomTuckerCCA": ["commoner", "grazing"],
    "@OrlaVennerGreen": ["land trust"],
    "@NathanSquance": ["squance plant", "plant hire", "plant framework", "haulage"],
    "@BryonyRiddIfS": ["surf life saving", "lifeguard"],
    "@JordanSleeWD": ["lime kiln"],
    "@AaronBlackmoreWD": ["rugby"],
    "@FelixDallyn": ["community shop"],
    "@RuthIsaacWD": ["fish co-op", "fishermen", "fish quay", "fishing"],
    "@GarethChugg": ["brendle barton"],
    "@PiersLoveringCCA": ["holiday cottage", "holiday let", "second home"],
    "@ColinMoaseIfS": ["kiln yard", "vaults"],
    "@ShirleyPassmore": ["carer"],
}

# ---------------------------------------------------------------- rows
ROWS = []


def P(fam, verdict, text, note, also=(), allow=(), **o):
    """A positive: expects its family (and any `also`)."""
    ROWS.append(dict(kind_of_row="positive", family=fam, rules=[fam] + list(also),
                     allowed=list(allow), verdict=verdict, text=text, note=note, o=o))


def H(fam, text, note, allow=(), **o):
    """A hard negative: a near miss of `fam`, expects nothing."""
    ROWS.append(dict(kind_of_row="hard_negative", family=fam, rules=[], allowed=list(allow),
                     verdict="ok", text=text, note=note, o=o))


def F(text, note, **o):
    """An ordinary filler post."""
    ROWS.append(dict(kind_of_row="filler", family=None, rules=[], allowed=[], verdict="ok",
                     text=text, note=note, o=o))


OFF = "officers.impartiality"
RES = "resources.political-use"
POS = "position.improper-advantage"
GIF = "gifts.hospitality"
CAP = "capacity.council-voice"
INS = "confidentiality.insider-advantage"
PRE = "predetermination.closed-mind"
INT = "interests.declared-interest"
DP = "data-protection.personal-data"
SEC = "security.credentials"
DIS = "confidentiality.disclosure"
IRO = "tone.irony-risk"
PA = "respect.personal-attack"
DEF = "defamation.allegation"
BUL = "bullying.intimidation"
HASTE = "haste.pause-before-posting"

# day windows used below (local dates)
AFTER_PLAN = ["2026-09-17", "2026-10-22", "2026-11-19"]

# ================================================================ officers.impartiality
P(OFF, "review", "Just read Luke Ellacott's report on Kiln Lane. Recommending approval?? Luke, go back and rewrite it before the 9th or the whole of Ashcott Quay will know whose side you're on.",
  "names the senior planning officer and presses him to rewrite his report; names a pending matter but gives no view of the author's own vote", allow=[PRE, BUL], cttee="notP")
P(OFF, "review", "Our Head of Planning has been in the developers' pocket for years, everyone in Wrenscombe knows it. Deborah Hartnoll should be taken off the Brendle solar file before she does any more damage.",
  "questions a named officer's neutrality in public; the pocket claim is also an allegation", allow=[DEF, PA], avoid=["@GarethChugg"])
P(OFF, "review", "Asked the s151 officer to 'find' £200k for the Pannier Market roof so our amendment adds up. Apparently he can't. Funny how he always finds it for the Leader's pet projects. Do your job, Mark.",
  "presses the finance officer to change his advice and suggests he is partisan", allow=[PA], party="opp")
P(OFF, "review", "Interesting that the licensing team's advice on Sandstock is so glowing. Interesting too that the Licensing Manager's other half is on the festival's stewarding crew. Sarah Thorne shouldn't be anywhere near this one.",
  "insinuates a named officer is biased on a pending licence", allow=[DEF, IRO], cttee="notL")
P(OFF, "review", "I've told the waste team in no uncertain terms: Hobbadon goes back to Tuesday collections or I go over Graham Vickery's head. Officers work for us, not the other way round.",
  "pressure on officers with a threat to escalate over a named officer", allow=[BUL], ward="Hobbadon")
P(OFF, "review", "The harbour master's advice to cabinet on mooring fees was political, plain and simple. Pete Ashplant has never hidden which way he votes and it shows.",
  "questions a named officer's political neutrality", allow=[DEF])
P(OFF, "review", "Note to our comms team: that leisure centre press release reads like a Coast & Combe leaflet with the council crest slapped on. Nicola, whose payroll are you on these days?",
  "questions the neutrality of the head of communications by first name and role", allow=[DEF], party="opp")
P(OFF, "review", "Environmental health have recommended no action on the stink from the creamery lagoon at Brendle. I'll be asking Tom Wreford to look again and come back with the right answer this time.",
  "presses a named officer to change his professional recommendation")
P(OFF, "review", "Housing officers are rationing temporary accommodation to keep their figures pretty for cabinet. Fiona Bale and her team should be ashamed of themselves.",
  "public criticism of a named officer and team, alleging they game figures", allow=[PA, DEF])
P(OFF, "review", "Whoever wrote the Morrow Sands parking report has clearly never left the office. Useless. Rewrite it, and this time go and stand on the prom on a bank holiday first.",
  "insults the report's author (an officer) and demands a rewrite", allow=[PA])
P(OFF, "review", "Chief Exec Jonathan Kingdon has picked his side in this council and it isn't the residents'. About time somebody reminded him he's meant to be neutral.",
  "questions the Chief Executive's neutrality in public")
P(OFF, "review", "Had a quiet word with the planning officer on Higher Combe Farm. Told him ward members expect a refusal recommendation and he'd do well to remember who sets his department's budget.",
  "pressure on an officer to change his recommendation, with a veiled threat; names a pending matter", allow=[PRE, BUL], ward="Culverleigh")
P(OFF, "review", "The Monitoring Officer's ruling on my declaration is a stitch-up. Alison Huxtable has been the Leader's creature from day one and we all know it.",
  "attacks the Monitoring Officer's impartiality by name", allow=[DEF, PA], party="opp")
P(OFF, "review", "Residents keep asking me why the Culverleigh cattle grid repair keeps slipping. Honest answer? The engineer the district put on it couldn't organise a pasty in a bakery. I've asked for him to be taken off the job and somebody competent put on.\n\nI'll keep you posted.",
  "criticises an identifiable officer (the engineer on the job) and demands his removal", allow=[PA], ward="Culverleigh")
P(OFF, "review", "Officers' advice in the budget report is 'do not raid the harbour reserve'. Well, officers don't get elected. I expect that paragraph gone from the final version by Friday.",
  "tries to force officers to alter their report")
P(OFF, "review", "RT if you think Luke in planning should be moved off the Old Lifeboat Station case. Far too cosy with the applicant's agent if you ask me.",
  "questions a named officer's neutrality on a pending case", allow=[DEF], cttee="notP")
P(OFF, "review", "Told the licensing officer the report on the Vaults needs 'balancing' with more of the residents' objections before it goes out to members. Not asking. Telling.",
  "tells an officer to change the content of a report", cttee="notL")
P(OFF, "review", "Legal services seem to think their job is keeping the administration out of trouble. Someone should remind the council's solicitors they serve all eighteen of us, not just the cabinet.",
  "questions the neutrality of the council's lawyers as a group", party="opp")

H(OFF, "Huge thanks to Graham Vickery and the street scene crews for clearing Shellmouth prom after Saturday's storm. Sand, weed and half a beach hut. Proper job, all of you.",
  "thanks a named officer", allow=[OFF])
H(OFF, "Asked Luke Ellacott at committee why the Kiln Lane report didn't mention school places. He pointed me to appendix 4. Fair enough, I'd missed it. Every day's a school day.",
  "questioning an officer to understand a report, which the code allows", allow=[OFF], cttee="P")
H(OFF, "I disagree with the cabinet's decision to raid the harbour reserve. Officers set out the risks clearly in the report; the politicians chose to ignore them. That's on the cabinet, not the staff.",
  "criticises a decision, defends officers' advice", allow=[OFF], party="opp")
H(OFF, "Congratulations to Sarah Thorne and the licensing team on the national award for their taxi safeguarding scheme. Well deserved, and a credit to Wrenscombe.",
  "praises a named officer", allow=[OFF])
H(OFF, "Seeing a lot of nastiness online about our planning officers over the Brendle solar report. Please don't. They give professional advice, councillors decide. If you're cross, aim it at us.",
  "defends officers", allow=[OFF], avoid=["@GarethChugg"])
H(OFF, "Question for officers at scrutiny tonight: what's the cost per tonne of the new food waste contract, and how does it compare with the old one? I genuinely want to understand the numbers.",
  "asks officers a question to understand; nothing about their neutrality", days=["2026-11-03"])
H(OFF, "Whose side is this administration on? Not Wrenscombe's. Parking at Pannier car park up 40% and not a word to the traders before it went through.",
  "'whose side' aimed at the administration's decision, not officers", party="opp")
H(OFF, "Retiring after 31 years: Captain Pete Ashplant, our harbour master. He's kept Shellmouth's boats safe through everything the Bristol Channel could chuck at us. Fair winds, my lover ⚓",
  "farewell to a named officer", allow=[OFF])
H(OFF, "I've asked Tom Wreford for a meeting to understand why the creamery odour complaints were closed. Not to argue with him — I want to be able to explain it properly to Brendle residents.",
  "seeks an officer's reasons, which the code allows", allow=[OFF])
H(OFF, "The comms team did a brilliant job on the flood warnings this week. Quick, clear, plain English, and in Welsh for the holidaymakers who asked 😄 Thank you Nicola and everyone.",
  "thanks a named officer", allow=[OFF])
H(OFF, "Officer recommendation on Higher Combe Farm is out: approve with conditions. Committee decides in January. Papers are on the council website for anyone who wants to read them before then.",
  "reports a published officer recommendation neutrally", allow=[OFF, PRE])
H(OFF, "The draft budget is grim reading. Not the fault of the finance staff, who've worked weekends on it. It's the fault of fifteen years of Westminster squeezing rural councils dry.",
  "defends officers, criticises government policy")
H(OFF, "Fed up with the planning backlog? So am I. But the cabinet has turned down extra planning staff three times now. You can't run a department on fresh air. Fund it properly.",
  "criticises a cabinet funding decision, not the officers", allow=[OFF], party="opp")
H(OFF, "Shout out to the Housing Options team who found a family in my ward somewhere warm before the weekend. Fiona Bale, you and your lot are stars.",
  "thanks a named officer", allow=[OFF])
H(OFF, "The Chief Executive's pay award is a cabinet proposal and I'll be voting against it at full council. Nothing personal about Jonathan, it's the principle while we're cutting bus passes.",
  "opposes a decision about pay, explicitly not personal", allow=[OFF], party="opp", win=("2026-09-01", "2026-10-13"))
H(OFF, "Before you tweet about the Vaults, read the Monitoring Officer's advice note. It's public, agenda item 6, and it explains why members on licensing can't prejudge it.",
  "points to published officer advice", allow=[OFF])
H(OFF, "Luke from planning came out to Hobbadon in the sideways rain to walk the beacon with residents. Didn't have to. Answered every question. Appreciated.",
  "thanks an officer by first name", allow=[OFF], cttee="notP")
H(OFF, "Politically neutral officers are the backbone of local government. Whatever you think of this administration, and I think plenty, leave the staff out of it.",
  "defends officer neutrality in general", party="opp")

# ================================================================ resources.political-use
P(RES, "review", "Working Devon canvass tonight — meet in Committee Room 2 at the Guildhall from 6, I've booked it through members' services. Leaflets hot off the members' room copier 👍",
  "party campaigning using a council room and copier", party="WD")
P(RES, "review", "Sent our Coast & Combe autumn newsletter to every resident on my casework list from my council email this morning. Didn't get it? Drop me a line and I'll add you.",
  "party newsletter sent from council email to casework contacts", allow=[DP], party="CCA")
P(RES, "review", "Typing this on my council laptop in the members' room: VOTE GREEN in the Hobbadon parish by-election on Thursday 🌿🌿",
  "party campaigning from council equipment and premises", party="MG")
P(RES, "review", "Massive thanks to Dawn in member support who proofread our Independents for Shellmouth leaflet on her lunch break. What a legend.",
  "council staff time used on a party leaflet", allow=[OFF], party="IfS")
P(RES, "review", "Our petition against Coast & Combe's car park hike is live! Copies are at the Guildhall reception desk and the council's Shellmouth info centre. Sign it, then vote them out in May.",
  "party campaign petition placed in council buildings", party="opp")
P(RES, "review", "Leaflet photos done in the council chamber this morning, the council crest right behind us. Looks proper official! #VoteCoastAndCombe",
  "party campaign material shot in the chamber with the crest", allow=[CAP], party="CCA")
P(RES, "review", "Yes, we've put the Wrenscombe DC logo on our Working Devon budget leaflet. It's the people's council, not Coast & Combe's.",
  "council logo used on party material", party="WD")
P(RES, "review", "Asked the council print room to run off 2,000 'Save the Culverleigh Bus' leaflets with the Moorland Greens logo on. Doing it at cost too, which is decent of them.",
  "council print room producing party-branded leaflets", party="MG")
P(RES, "review", "Want to help the Coast & Combe campaign this winter? Email me at my council address and I'll pop you on our volunteer list.",
  "council email used to recruit party volunteers", party="CCA")
P(RES, "review", "Afternoon in the members' room phoning round supporters on the council landline. Nearly a hundred calls! Thank you to everyone who pledged their vote 🗳️",
  "party phone bank on council phones and premises")
P(RES, "review", "Our new group video was filmed by the council's comms team as a favour. Watch it here: example.org/ccavideo",
  "council staff and kit used for a party video", allow=[OFF], party="CCA")
P(RES, "review", "Independents for Shellmouth AGM Thursday 7pm, in the council meeting room at Shellmouth offices. Free, since members can book it for nowt 😉 All party members welcome.",
  "party meeting in a council room booked free as a member", party="IfS")
P(RES, "review", "Put the council tablet to good use on the bus back from Exeter: Greens' manifesto draft done and saved on the council shared drive so the team can edit it. Efficient!",
  "party manifesto written and stored on council equipment", party="MG")
P(RES, "review", "Ward surgery this Saturday, council room at Ashcott Quay library, 10 till 12. I'll also have Working Devon membership forms with me for anyone who wants to join the campaign.",
  "party recruitment at a surgery held in a council room", party="WD", ward="Ashcott Quay")
P(RES, "review", "Got the council post room to frank our party Christmas cards to members. Saves a fortune on stamps and they all go out first class 🎄",
  "council franking machine used for party mail", win=("2026-11-09", "2026-11-27"))
P(RES, "review", "From now till May the Coast & Combe Shellmouth team will be running our Saturday campaign stall out of the council's harbour office. Pop in for a leaflet and a natter.",
  "council office used as a party campaign base", party="CCA")
P(RES, "review", "The district's Wrenscombe Matters magazine lands on every doormat, so I've made sure this issue's cabinet column reminds folk exactly who delivered the new leisure centre: Coast & Combe. You're welcome.",
  "council publication used to promote a party", party="CCA")
P(RES, "review", "Forwarded our Moorland Greens fundraiser invite to every parish clerk from my council account. The council mailing list is a brilliant way to reach people 🌱",
  "council email and mailing list used for a party fundraiser", party="MG")

H(RES, "Ward surgery Saturday 10 till 12 at Ashcott Quay library. Bring your council tax, bins, housing questions. No party politics, just help.",
  "a surgery in a council room for council business", allow=[RES], ward="Ashcott Quay")
H(RES, "My Working Devon leaflets are printed by a local printer in Wrenscombe and paid for by the party, imprint on the back as the law requires. Delivering this weekend!",
  "party leaflets paid for privately", party="WD")
H(RES, "Reminder: for council matters email my council address. For party stuff, use the Coast & Combe branch email. Keeping the two separate, like we're supposed to.",
  "keeps council and party email apart", allow=[RES], party="CCA")
H(RES, "Spent the morning in the members' room with the budget papers on my council laptop. 212 pages. Somebody send coffee and a saffron bun.",
  "council kit used for council work only")
H(RES, "Council chamber booked for the district youth parliament on Friday. Proud we still do this, and rightly it has support from every group.",
  "council chamber used for a cross-party civic event")
H(RES, "Canvassing tonight in Brendle. Meet at the Plough car park, not council premises, before anyone asks 😄",
  "party canvass away from council premises")
H(RES, "Our group used the council crest on a leaflet a couple of years back and got a polite telling-off from the Monitoring Officer. Fair cop. The new ones carry our own logo only.",
  "admits a past lapse, now corrected", allow=[RES])
H(RES, "I've asked the comms team to publicise the flood recovery appeal. It's council business, approved by cabinet, and every group on the council backs it.",
  "comms staff used for a council appeal, not party", allow=[RES, OFF])
H(RES, "Councillors get an IT allowance; mine went on a secondhand laptop for casework. Party work I do on my own creaky PC at home. Simple.",
  "separates council and party equipment")
H(RES, "Out canvassing in Pannier ward for Working Devon this weekend. Lovely chats on the doorstep, even with the spaniel who ate a leaflet.",
  "ordinary party canvassing", party="WD")
H(RES, "The harbour office meeting room is open to any group at the published rate. We booked it for the Independents' AGM and paid our £35 like anyone else.",
  "council room hired and paid for at the public rate", allow=[RES], party="IfS")
H(RES, "Public meeting on the Culverleigh bus cuts, Thursday, Culverleigh village hall. Organised by residents, not a party thing. Every councillor's been invited.",
  "non-party public meeting")
H(RES, "Someone asked if I use my council phone for campaigning. No! Council phone for casework, my own phone for party stuff. That's the rule, and it's a good one.",
  "explains the rule on council phones", allow=[RES])
H(RES, "Wrenscombe Matters magazine is out: bin calendar, Christmas market dates, the new bus timetable. Stick it on the fridge.",
  "council publication described neutrally")
H(RES, "Our Coast & Combe Christmas raffle is in aid of Shellmouth lifeboat. Tickets from any of us. Drawn at the Ship Inn, not the Guildhall!",
  "party charity raffle away from council premises", party="CCA")
H(RES, "Made a short video on the new recycling rules for my ward page. Comms team checked the facts for me. No party logo on it, and it's all council info.",
  "council information video with officer fact-check, no party content", allow=[RES])
H(RES, "The members' room photocopier jammed three times on the scrutiny pack. Three. I have aged a decade. #LocalGovGlamour",
  "council copier for council papers; irony about a machine", allow=[IRO])
H(RES, "Pre-election period guidance from officers has landed. Sensible stuff: no council publicity for candidates from March, and every group treated the same.",
  "reports guidance on council publicity before elections")

# ================================================================ position.improper-advantage
P(POS, "review", "As your councillor I can get your planning application moved up the pile. Just message me the reference and I'll have a word with the right person.",
  "offers to fast-track applications through the role", allow=[OFF])
P(POS, "review", "Anyone after a roofer, my son-in-law's firm Combe Roofing does a proper job. I've made sure the council's repairs team know about them too 😉",
  "promotes a relative's firm and steers council work its way")
P(POS, "review", "Struggling to get a council house? Message me privately. I know the right people in housing and can get your name bumped up the list.",
  "offers to improperly move people up the housing list", allow=[OFF])
P(POS, "review", "Coast & Combe members with a parking ticket they don't fancy paying: DM me and I'll get it quietly cancelled.",
  "offers party members favours through the role", party="CCA")
P(POS, "review", "My cousin's café on the Esplanade does the best crab sandwich in Shellmouth. Mention my name for a discount, and I'll see what I can do about her pavement licence fee 😉",
  "promotes a relative's business and hints at favour on a council fee")
P(POS, "review", "Firms thinking of bidding for the harbour wall contract: give me a ring first. A bit of local knowledge from the inside goes a long way.",
  "offers inside help to bidders", allow=[INS])
P(POS, "review", "Told the licensing team my mate Jase runs a tidy taxi firm, so his renewal should be a formality. That's what friends are for.",
  "leans on officers for a friend's licence", allow=[OFF])
P(POS, "review", "Anyone who helped on my campaign and needs a reference for a council job, just ask. I sit on the appointments panel so it'll count for something.",
  "offers to use a panel seat to favour supporters")
P(POS, "review", "Selling the old campervan, £6,500 ono. Sweetener: I'll sort the buyer a free resident's permit for Morrow Sands car park. Perks of the job 😂",
  "offers a council permit as a private sales sweetener")
P(POS, "review", "Business in my ward wanting a pitch at the council's Christmas market? Message me direct. No need to fill in the application like everyone else.",
  "offers to bypass the application process", win=("2026-09-01", "2026-11-20"))
P(POS, "review", "Proud to plug Squance Plant & Haulage, the best hire firm in North Devon. Council contractors, you know where to come for your diggers 👷",
  "the director promotes his own firm to council contractors", allow=[INT], by="@NathanSquance")
P(POS, "review", "Got a noise complaint against you? If you voted for me, I'll make sure it goes to the bottom of the pile 😉",
  "offers to disadvantage complainants for supporters")
P(POS, "review", "The Ship Inn at Ashcott Quay is run by my wife's family, best Sunday roast on the coast. I've put them forward for the council's events catering list too, so fingers crossed!",
  "steers council catering towards a relative's business", sex="m")
P(POS, "review", "Pleased to say the potholes on my lane in Hobbadon got done first. Perks of knowing the highways lads! Rest of the village next year hopefully 🤞",
  "boasts of using contacts for personal advantage", ward="Hobbadon")
P(POS, "review", "Friends after the old weighbridge hut at Ashcott Quay: I can put in a good word with the estates team before it's marketed. Get in touch.",
  "offers friends an edge on a council disposal", allow=[INS])
P(POS, "review", "Community grants round is open. I'm on the panel, so tell me which group you're with and I'll look kindly on it. Especially if you're in my ward 😉",
  "offers favour on grant decisions")
P(POS, "review", "My daughter's started a dog-walking business in Wrenscombe! I've asked the dog wardens to recommend her to anyone who rings. Support local ❤️",
  "uses council staff to promote a relative's business", allow=[OFF])
P(POS, "review", "Brendle folk: planning enforcement sniffing round your extension? Talk to me before you talk to them. I can make these things go away.",
  "offers to make enforcement go away", allow=[OFF], ward="Brendle")

H(POS, "As your councillor I can't fast-track planning applications. Nobody can, and nobody should. What I can do is chase yours if it's past its target date.",
  "rejects the favour, explains proper casework")
H(POS, "Need help with a council housing application? Email me and I'll check it's been received and explain how the banding works. I can't change anyone's place on the list.",
  "ordinary casework help")
H(POS, "Shop local this Christmas: Wrenscombe Pannier Market, Tuesdays and Fridays. Dozens of traders and, as far as I know, not one of them related to me 😄",
  "general support for local traders")
H(POS, "My son-in-law's roofing firm is on my register of interests, and I'll never be anywhere near a council contract it bids for.",
  "declares a family connection", allow=[POS])
H(POS, "Community grants are open! Applications are scored by an officer panel and councillors only see the results afterwards. Form here: example.org/grants",
  "publicises a fair grants process")
H(POS, "People keep asking me who to use for tree surgery. I can't recommend firms as a councillor, but trading standards' approved trader list is a good place to start.",
  "declines to recommend a firm")
H(POS, "Helped a Culverleigh resident chase a missed bin three times this week. That's the job: nagging on your behalf, not favours.",
  "ordinary casework")
H(POS, "The Hobbadon Hill potholes are finally on the highways programme. I reported them in March like anyone can, via the county's online form.",
  "uses the public route")
H(POS, "Christmas market stall applications close Friday. Same form, same fee for everyone. Link on the council website.",
  "same process for everyone", win=("2026-09-01", "2026-11-20"))
H(POS, "Someone offered me 'a drink' if I'd put in a word with licensing. Said no, and told them why. That's not how it works.",
  "refuses an improper approach", allow=[POS, GIF])
H(POS, "Our kid runs a plumbing firm. Good plumber. Gets zero council work through me and I'd never ask. Family first, rules always.",
  "mentions a relative's firm but rules out favour")
H(POS, "Appointments panel for the new harbour master: one shortlisted candidate is a former neighbour, so I've declared it and stepped off the panel.",
  "steps back from a panel", allow=[POS, INT])
H(POS, "Shellmouth café owners: the pavement licence fee is the same for everyone and the forms are online. Happy to explain the process, not to jump you up the queue.",
  "explains a fair process")
H(POS, "Councillor perks: lukewarm instant coffee at committee and a lanyard. That's it. Living the dream.",
  "self-mocking joke about perks", allow=[IRO])
H(POS, "Yes, the Ship Inn's my local. No, I've no connection to it beyond a deep fondness for their crab sandwiches.",
  "denies a connection")
H(POS, "A friend asked me to 'sort' her parking fine. Told her to appeal through the proper route like anyone else. She's not speaking to me now 😬",
  "refuses a favour", allow=[POS])
H(POS, "Thank you Squance Plant & Haulage for sponsoring the Wrenscombe Christmas lights! Declared on the register, and Nathan took no part in the council's lights decision.",
  "another councillor thanks a sponsor and notes the declaration")
H(POS, "I can't make your neighbour's noise complaint go away, and I wouldn't if I could. I can ask environmental health to explain where it's got to.",
  "refuses to interfere")

# ================================================================ gifts.hospitality
P(GIF, "review", "Cracking evening at the Quayhead Hospitality preview dinner. Thank you for the lobster and the fizz! Their plans for the Old Lifeboat Station look superb.",
  "hospitality from a pending applicant", allow=[PRE], cttee="notP")
P(GIF, "review", "Thank you Taddymouth Homes for the Christmas hamper, very generous of you. Here's to Kiln Lane getting built!",
  "gift from a pending applicant", allow=[PRE], cttee="notP", win=("2026-11-16", "2026-11-27"))
P(GIF, "review", "VIP wristbands for Sandstock next summer just landed on my doormat, with a lovely note from Longbridge Events. Can't wait! 🎶",
  "gift from a licence applicant", allow=[PRE], cttee="notL")
P(GIF, "review", "Moorhaze Glamping put us up for the weekend at their Somerset site so we could 'see the quality'. Very comfy, I have to say. Lovely hot showers.",
  "hospitality from a pending applicant", cttee="notP")
P(GIF, "review", "Thanks Surfline Leisure for the surf lessons for me and the kids, brilliant instructors! Will be good to see you on Morrow Sands 🏄",
  "gift from a pending applicant", allow=[PRE], cttee="notP")
P(GIF, "review", "Kiln Yard Brewery sent round a case of their new winter ale. Very kind. The Vaults is always a good night out.",
  "gift from a licence applicant", cttee="notL")
P(GIF, "review", "Day's shooting courtesy of Brendle Solar's land agent. Good company, proper lunch at the Plough after. Thanks all.",
  "hospitality from a pending applicant's agent", cttee="notP")
P(GIF, "review", "Dreckly's fed the whole Shellmouth litter-pick crew afterwards, fish and chips on the house! Cheers guys 🍟",
  "hospitality from a licence applicant", cttee="notL", win=("2026-09-01", "2026-11-27"))
P(GIF, "review", "Great afternoon at Sandy Park in the box of the firm bidding for our leisure centre contract. Cracking hosts and a cracking win.",
  "hospitality from a contract bidder")
P(GIF, "review", "Westmoor Masts have invited me up in their helicopter to see the views from Hobbadon Beacon. Tempted! Saturday it is 🚁",
  "accepts hospitality from a pending applicant", cttee="notP")
P(GIF, "review", "The waste firm pitching for our new contract treated me and my husband to the tasting menu at that posh place in Dartmouth. What a meal.",
  "hospitality from a contract bidder", sex="f")
P(GIF, "review", "Tollhouse Coffee Co have given me a loyalty card with a year's free coffee on it. Seriously good flat whites. Roll on the kiosk ☕",
  "gift from a pending applicant", allow=[PRE], cttee="notP")
P(GIF, "advice", "Lovely bottle of sloe gin left on my doorstep with a tag saying 'Thank you Councillor'. No name. Whoever you are, cheers! 🍸",
  "anonymous gift given because of the role")
P(GIF, "advice", "Thank you to the Chamber of Trade for the Christmas hamper: Devon cheeses, cider and a pot of clotted cream. Spoilt rotten!",
  "gift from a business body, no decision sought", win=("2026-11-16", "2026-11-27"))
P(GIF, "advice", "Back from a week at a friend-of-a-friend's villa in the Algarve. Businessman who 'likes looking after councillors', apparently. Very relaxed!",
  "significant hospitality given because of the role")
P(GIF, "advice", "Presented with honorary life membership of Wrenscombe Golf Club this lunchtime. Very touched, and I might even learn to play.",
  "significant gift, no decision said to be sought")
P(GIF, "advice", "Free family tickets to the Chiefs on Saturday courtesy of a Wrenscombe estate agent who reckons I'm 'good for business'. Proper seats, too!",
  "hospitality from a local business because of the role", allow=[POS])
P(GIF, "advice", "Thank you Combe Valley Engineering for a table at your awards dinner. Champagne reception and four courses. What a night.",
  "hospitality worth more than £100 from a local firm")

H(GIF, "Quayhead Hospitality invited me to their preview dinner. Declined: they've an application in. Told the Monitoring Officer, as the code asks.",
  "refused and reported", allow=[GIF])
H(GIF, "Sent the hamper from Taddymouth Homes back with a polite note, and registered the offer with the MO. Nothing personal, just the rules.",
  "returned and registered", allow=[GIF], win=("2026-11-16", "2026-11-27"))
H(GIF, "Bought my own Sandstock ticket last year (£89, ouch) and I'll do the same again if it goes ahead. No freebies while there's a licence pending.",
  "paid for and refuses freebies", allow=[GIF])
H(GIF, "Registered the £120 bottle of whisky from the twinning association within the 28 days. Mentioning it here too, for transparency.",
  "registered within time", allow=[GIF])
H(GIF, "Cup of tea and a saffron bun at the Hobbadon WI coffee morning. Delicious, and not, I think, a bribe 😄",
  "trivial hospitality, no business with the council")
H(GIF, "Members: any gift or hospitality worth £100 or more goes on the register within 28 days, and refused offers too. Check yours before Christmas!",
  "reminder of the rule", allow=[GIF])
H(GIF, "Paid my own way at the Chamber of Trade dinner, £45 a head. Good speeches. Dry chicken.",
  "paid for own hospitality")
H(GIF, "Moorhaze Glamping invited councillors on a trip to their Somerset site. I've said no thanks: if I want to see it I'll drive myself and buy my own petrol.",
  "refused hospitality from an applicant", allow=[GIF])
H(GIF, "The tin of Christmas chocolates from a resident whose bins we sorted has gone straight to the depot mess room. The crews did the work, not me!",
  "passes on a trivial gift", allow=[GIF], win=("2026-11-16", "2026-11-27"))
H(GIF, "Dreckly's offered free chips for our litter pickers. Lovely gesture, but with their licence in we paid. Still tasty.",
  "declined free food from an applicant", allow=[GIF])
H(GIF, "My expenses for the LGA conference: train, hotel and the conference dinner, all paid by the council and published. Ask away.",
  "normal expenses of the role", allow=[GIF])
H(GIF, "Our street made up a hamper for the Shellmouth lifeboat crew: scones, jam, clotted cream. All the makings of a proper cream tea (cream first, obviously).",
  "a gift to others, not to the councillor")
H(GIF, "Offered the use of a holiday cottage by a firm pitching for the waste contract. Refused and reported. Not even tempted. Well... a bit tempted.",
  "refused and reported", allow=[GIF])
H(GIF, "The gifts register is public, go and look. Mine has a bottle of wine from our twin town and a book token from a primary school. Wild times.",
  "points to the public register", allow=[GIF])
H(GIF, "Mum's birthday lunch at the Ship today. My treat, before anyone asks 😂",
  "private family meal")
H(GIF, "Reported the offer of a box at Sandy Park from one of the leisure contract bidders. Declined. I'll watch the Chiefs from the terrace like everybody else.",
  "declined and reported", allow=[GIF])
H(GIF, "Westmoor Masts laying on a helicopter trip for councillors? Thanks but no thanks. I'll walk up Hobbadon Beacon on Sunday like I always do.",
  "refuses hospitality from an applicant", allow=[GIF])
H(GIF, "Thank you to Hobbadon Primary for the card the children made for Remembrance. It's on my mantelpiece.",
  "a child-made card, no value", win=("2026-11-09", "2026-11-20"))

# ================================================================ capacity.council-voice
NOTEXEC = ["@RosHeddacott", "@PiersLoveringCCA", "@TamsinYeoCCA", "@ChairmanPugsley"]
P(CAP, "review", "Wrenscombe District Council opposes any cut to the second homes premium. Full stop. Locals first.",
  "a personal view stated as the council's", avoid=NOTEXEC)
P(CAP, "review", "On behalf of Wrenscombe District Council I want to say we back the Shellmouth surfers' campaign against sewage spills 100%. Enough is enough 💩🌊",
  "speaks on behalf of the council without a council decision", avoid=NOTEXEC, win=("2026-09-01", "2026-10-13"))
P(CAP, "review", "Official council position: the link road needs dualling all the way to the coast, and it needs doing now.",
  "claims an official council position", avoid=NOTEXEC)
P(CAP, "review", "The Council believes the mast on Hobbadon Beacon would be a blot on the edge of Exmoor.",
  "states a view on a pending application as the council's", allow=[PRE], cttee="notP", avoid=NOTEXEC)
P(CAP, "review", "Wrenscombe District Council is proud to support the Shellmouth Bluetits sea swimmers! Official! 🏊‍♀️💙",
  "personal account presents support as the council's", by="@orla_wildswims")
P(CAP, "review", "The Council's view is crystal clear: ponies have right of way on Hobbadon Common and cars can wait. 🐴",
  "personal account gives a view as the council's", by="@wilf_ponies")
P(CAP, "review", "Speaking for the district council: we will not be renewing with the current leisure operator when the contract ends. Residents deserve better.",
  "announces a council decision that has not been made", avoid=NOTEXEC)
P(CAP, "review", "Wrenscombe DC's official line is that the Pannier Market loos are a disgrace and the county should pay for new ones. Quite right too!",
  "claims an official line for a personal view", avoid=NOTEXEC)
P(CAP, "review", "Our council stands with the fishermen of Shellmouth against the new quotas. I'm saying that on behalf of all eighteen councillors.",
  "speaks for the whole council", avoid=NOTEXEC)
P(CAP, "review", "The council has decided — well, I have — that the Christmas lights go up on 1 November this year. Official announcement to follow!",
  "presents a personal decision as the council's", avoid=NOTEXEC, win=("2026-09-01", "2026-10-30"))
P(CAP, "review", "Message from Wrenscombe District Council: Working Devon's alternative budget is the only credible one on the table.",
  "party view presented as a council message", party="WD")
P(CAP, "review", "Statement on behalf of the council: the Moorland Greens rewilding motion for Culverleigh is the council's position, whatever full council votes next month.",
  "party motion presented as council policy", party="MG")
P(CAP, "review", "As the council, we say to the Environment Agency: dredge the Taddy now, before the next flood and not after.",
  "speaks as 'the council'", avoid=NOTEXEC)
P(CAP, "review", "Wrenscombe District Council fully endorses Caroline Fursdon MP for re-election. She's been brilliant for North Devon.",
  "endorses a candidate in the council's name", avoid=NOTEXEC)
P(CAP, "review", "The council is asking everyone to boycott the new supermarket at Brendle Cross until they stop their trolleys ending up in the Taddy.",
  "calls a boycott in the council's name", avoid=NOTEXEC)
P(CAP, "review", "#WrenscombeDC position: NO to moving the National Park boundary into Brendle. Announcing it here because it's what we all think anyway.",
  "announces a council position from a councillor account", avoid=NOTEXEC)
P(CAP, "review", "Councillor here, speaking officially for Wrenscombe District Council: the bus company should be ashamed of the Culverleigh timetable.",
  "claims to speak officially for the council", avoid=NOTEXEC)
P(CAP, "review", "Proud that Wrenscombe District Council backs the Independents for Shellmouth beach parking plan 👏👏",
  "party plan presented as backed by the council", party="IfS")

H(CAP, "Personal view, not the council's: the second homes premium should stay, and here's why. Every cottage that sits empty eleven months a year is a family that can't live in Shellmouth.",
  "clearly personal view", allow=[CAP])
H(CAP, "Full council voted last night, 11 to 7, to back the Shellmouth sewage campaign. So that IS now the council's position — minute 58 for the doubters.",
  "accurately reports a council resolution", allow=[CAP], days=["2026-10-15"])
H(CAP, "My party, Working Devon, believes the budget should protect bus passes. The council decides in February. Come and tell us what you think.",
  "party view labelled as party", party="WD")
H(CAP, "Congratulations to Culverleigh Young Farmers on winning the county cup, from me and everyone in Culverleigh and Moor ward! 🏆",
  "ward congratulations, not in the council's name", ward="Culverleigh")
H(CAP, "Personal account, views mine: nothing beats a dawn dip at Morrow Sands in November. Nothing. Not even bacon.",
  "personal account, personal view", by="@orla_wildswims", win=("2026-11-02", "2026-11-27"))
H(CAP, "Official: the new foal is called Dreckly, because she'll turn up when she's good and ready 🐴",
  "joke using 'official' on a personal account", allow=[CAP], by="@wilf_ponies")
H(CAP, "Cabinet agreed last night to bid for the government's coastal fund (decision notice CAB/26/41). I'll be doing my bit for Shellmouth.",
  "accurately reports a cabinet decision", allow=[CAP], days=["2026-09-23"], ward="Shellmouth Sands|Shellmouth Harbour")
H(CAP, "The council's official position, per the adopted Local Plan, is 120 homes for Brendle. I think that's too many and I'll say so in the review.",
  "quotes the adopted policy and then a personal view", allow=[CAP])
H(CAP, "Wrenscombe District Council is looking for volunteers for the Christmas lights switch-on. Sharing from @WrenscombeDC 👇",
  "shares the council's own appeal", allow=[CAP], win=("2026-10-26", "2026-11-20"))
H(CAP, "The Chairman will lay a wreath at Wrenscombe war memorial on behalf of the council on Sunday. Please join us at 10.45.",
  "the civic head acting for the council is proper", allow=[CAP], win=("2026-11-02", "2026-11-06"))
H(CAP, "Not speaking for the council here, just for me: the Taddy needs dredging and I'll keep on at the Environment Agency until it's done.",
  "clearly personal")
H(CAP, "Moorland Greens' view: rewilding Culverleigh would be good for farmers and wildlife alike. Council debates it next month, come along.",
  "party view labelled as party", party="MG")
H(CAP, "I'm the council's appointed member on the coast National Landscape partnership and I'll report back here on what they decide Thursday.",
  "describes an appointment accurately")
H(CAP, "The council can't tell you who to vote for, and no councillor should pretend otherwise. Just make sure you're registered.",
  "reminds people the council is neutral")
H(CAP, "Official: I'm rubbish at quizzes. The Coast & Combe team came last at the lifeboat quiz. Council position on this: no comment 😂",
  "joke using 'official' and 'council position'", allow=[CAP], party="CCA")
H(CAP, "The council's press release on the harbour wall money is here: example.org/news. Worth a read, a rare bit of good news.",
  "links to the council's own statement", allow=[CAP])
H(CAP, "I believe, me personally, that the bus company should be ashamed of the Culverleigh timetable. And I'll be telling them so at Thursday's meeting.",
  "personal view")
H(CAP, "For my Hobbadon residents: thank you to the snow plough volunteers. Heroes last winter, and we're counting on you again.",
  "ward thanks", ward="Hobbadon")

# ================================================================ confidentiality.insider-advantage
P(INS, "review", "Word to the wise: if you've been eyeing a cottage near Ashcott Quay, buy now. The council's new residents' parking scheme isn't announced yet and prices will jump when it is.",
  "advises buying on unannounced council plans", allow=[DIS])
P(INS, "review", "Heads up Shellmouth friends: the council's about to put the harbour car park up for sale. Get your offers lined up before it's advertised.",
  "tip-off about an unannounced disposal", allow=[DIS], win=("2026-09-01", "2026-10-30"))
P(INS, "review", "Tip-off for anyone with a van business: the council's going to let the Taddy Road units at a discount next year. Not announced yet. DM me.",
  "tip-off on unannounced letting terms", allow=[DIS, POS])
P(INS, "review", "Little birdie (me) says: if you've got shares in Combe Coaches, hang on to them. Council subsidy deal coming that nobody's been told about yet 😉",
  "uses unannounced council knowledge for investment advice", allow=[DIS])
P(INS, "review", "My cousin's been sniffing round the old Culverleigh school. Told her to get her bid in sharpish, before the council decides to sell the land off separately for twice the price.",
  "uses council knowledge to advantage a relative", allow=[POS])
P(INS, "review", "Mates with boats: sort your mooring renewals this week. Fees go up 8% in the budget and it isn't public yet. You didn't hear it from me.",
  "tip-off about unpublished fees", allow=[DIS], win=("2026-09-01", "2026-10-02"))
P(INS, "review", "Anyone selling on Harbour Road, Shellmouth? Hold off till spring. I know something about plans down there that'll add a few grand to your price 😉",
  "hints at council knowledge for private gain")
P(INS, "review", "Friends in the caravan trade: the council's site licence fee review will hurt come April. Renew before Christmas, trust me on this one.",
  "advises friends on unannounced fee changes", allow=[DIS])
P(INS, "review", "Landlords with HMOs in Wrenscombe: renew your licences now. The council's about to double the fee and it hasn't been announced.",
  "tip-off on an unannounced fee rise", allow=[DIS], win=("2026-09-01", "2026-10-09"))
P(INS, "review", "Hint to my brother's building firm: a big sea defence contract is coming. Get your paperwork together now and be first in the queue.",
  "uses council knowledge for a relative's firm", allow=[POS], win=("2026-09-01", "2026-09-30"))
P(INS, "review", "Exmoor fringe farmers: the council's looking to buy land round Hobbadon for the new cemetery. Might be worth hanging on to those fields for a bit 😉",
  "tips off landowners about an acquisition search", allow=[DIS], win=("2026-09-01", "2026-10-02"))
P(INS, "review", "Just between us in the Young Farmers: the common land review is going our way. Sign up for extra lets now before the new rates are set.",
  "uses council knowledge to advantage a group the author belongs to", allow=[DIS], avoid=["@DomTuckerCCA"])
P(INS, "review", "Got a shop on Bridge Street? Don't sign a new lease yet. Council's going to pedestrianise it next year and rents will go through the roof. Not official yet!",
  "business advice from unannounced plans", allow=[DIS])
P(INS, "review", "Buy your Shellmouth parking season ticket before the council changes the rules. I know the dates and they're sooner than you think.",
  "tip-off with inside dates", win=("2026-09-01", "2026-10-09"))
P(INS, "review", "To the regulars at my wife's B&B: book your summer week now. A tourism levy is coming from April and it's not public yet.",
  "uses unannounced plans for a spouse's business", allow=[DIS, POS], sex="m", win=("2026-09-01", "2026-09-25"))
P(INS, "review", "Anyone after a cheap unit: the council's closing the Brendle business hub in spring (still hush-hush). The industrial estate landlords will be rubbing their hands, so get in first.",
  "tip-off about an unannounced closure", allow=[DIS], win=("2026-09-01", "2026-11-09"))
P(INS, "review", "Message for my mate at the garage: fleet contract goes out to tender next month. I'll send you the spec the minute I see it 👍",
  "offers a friend early sight of a tender", allow=[POS, DIS], win=("2026-09-01", "2026-10-16"))
P(INS, "review", "Insider tip for the lads at the sailing club: the new harbour berths go on sale in January and I've seen the price list. Get your names down with me first.",
  "uses council knowledge to favour a club", allow=[POS])

H(INS, "Heads up: the car park charges consultation is open, and the proposed new prices are in it. Have your say by 30 November: example.org/parking",
  "points to a published consultation", win=("2026-10-12", "2026-11-27"))
H(INS, "Word to the wise: the harbour car park sale was in last week's public cabinet papers (item 9). If you want to bid, the agent's details are in there.",
  "points to published papers", allow=[INS], win=("2026-11-16", "2026-11-27"))
H(INS, "Tip-off? No, it's in the published draft budget: moorings up 8% from April. Page 41. Plan accordingly.",
  "published information", allow=[INS], win=("2026-10-12", "2026-11-27"))
H(INS, "'Buy now before the council announces…' posts are doing the rounds on local Facebook groups. It's a scam. Nobody at the council tips off property buyers. Ignore them.",
  "warns about a scam using the phrase")
H(INS, "Little birdie tells me Father Christmas is at the Pannier Market on the 12th. (It's on the poster. The birdie can read.)",
  "phrase shared, public information", win=("2026-11-02", "2026-11-27"))
H(INS, "You didn't hear it from me... because you heard it from the council website. The HMO licence fee consultation is open now.",
  "published consultation", allow=[INS], win=("2026-10-12", "2026-11-27"))
H(INS, "Tourism levy: the cabinet paper is public and the consultation starts Monday. I'm against it, and I'll be saying why in my response.",
  "public paper and a personal view", win=("2026-10-12", "2026-11-27"))
H(INS, "Mooring fee proposals are out to consultation. Harbour users, please respond. It affects you and you deserve a say.",
  "public consultation", win=("2026-10-12", "2026-11-27"))
H(INS, "The sea defence contract is now advertised on Contracts Finder. Local firms, please bid: we want North Devon jobs out of this.",
  "a published tender promoted to all", win=("2026-10-12", "2026-11-27"))
H(INS, "A mate asked if he should buy on Harbour Road. I said: I don't know anything you can't read in the Local Plan, and if I did I wouldn't tell you.",
  "refuses to give inside advice", allow=[INS])
H(INS, "Insider tip for Saturday's Christmas market: best pasties are at the stall by the clock. Don't tell anyone.",
  "phrase shared, nothing secret", win=("2026-11-16", "2026-11-27"))
H(INS, "HMO landlords: renewals due now are at the current fee. Guidance on the council website.",
  "public guidance", win=("2026-10-12", "2026-11-27"))
H(INS, "The cemetery site search is public. The report lists six options, including two near Hobbadon, and there's a drop-in at the village hall next week.",
  "published options report", win=("2026-10-12", "2026-11-27"))
H(INS, "The Brendle business hub closure was announced by cabinet last night. Tenants get six months and help to move. I'm gutted, and I spoke against it at scrutiny.",
  "reports a published decision", days=["2026-11-11"], party="opp")
H(INS, "Friends keep asking whether to buy near the proposed Shellmouth park and ride. Honest answer: it's a proposal, it may never happen, don't buy on a rumour.",
  "declines to give advantage", allow=[INS])
H(INS, "A word in your ear: the grit bins are being filled this week. Not a secret, just useful 😄",
  "phrase shared, public service note", win=("2026-11-02", "2026-11-27"))
H(INS, "Early bird tickets for the Wrenscombe panto are on sale. Buy now before they're gone! (Not council business, just a plug for the am-dram.)",
  "shares 'buy now before' with nothing to do with council knowledge")
H(INS, "Fleet contract tender published today. Spec and deadline on the portal. Same information for every garage in the district.",
  "published tender", win=("2026-11-02", "2026-11-27"))

# ================================================================ predetermination.closed-mind
# block: names a matter in pending.csv (reference, site, applicant or "known as" name)
P(PRE, "block", "Kiln Lane (26/0412/FUL) will be refused, I'll make sure of it on the 9th. Forty-six houses on a flood plain? Not on my watch.",
  "committee member states a settled view on a registered application", cttee="P")
P(PRE, "block", "I've made my mind up on the Morrow Sands surf village: it's a no from me, whatever the officers say.",
  "settled view on a registered application", cttee="P", allow=[OFF])
P(PRE, "block", "Thirty safari tents at Higher Combe, on the very edge of Exmoor? Never going to happen while I sit on planning.",
  "settled view on a registered application", cttee="P")
P(PRE, "block", "Brendle Solar's application must be refused. 38 hectares of good Devon farmland under glass. My vote's decided and nothing in the report will change it.",
  "settled view naming the applicant", cttee="P", avoid=["@GarethChugg"])
P(PRE, "block", "The Old Lifeboat Station restaurant is exactly what Shellmouth harbour needs. I'll be voting to approve, no question about it.",
  "settled view in favour of a registered application", cttee="P")
P(PRE, "block", "Tollhouse coffee kiosk? Yes yes YES. Already decided, that old tollhouse deserves a new life and I'll be voting it through ☕",
  "settled view in favour of a registered listed building consent", cttee="P")
P(PRE, "block", "Westmoor Masts can forget it. That mast is not going up on Hobbadon Beacon while I've breath in my body.",
  "settled view naming the applicant and site", cttee="P")
P(PRE, "block", "Sandstock licence: refuse. I don't need to hear from the organisers at the hearing, I've heard quite enough already.",
  "licensing member refuses to hear the applicant", cttee="L")
P(PRE, "block", "The Vaults open till 2am? Over my dead body. I'll be voting no at the hearing, and that's that.",
  "settled view on a registered licence variation", cttee="L")
P(PRE, "block", "Dreckly's late licence is going through, I've made my mind up. Shellmouth needs somewhere to eat after eleven that isn't a vending machine.",
  "settled view in favour of a registered licence", cttee="L")
P(PRE, "block", "26/0634/FUL, the 24-hour forecourt on Taddy Road. Refuse, refuse, refuse. I'm not listening to any more consultants.",
  "settled view naming the reference", cttee="P")
P(PRE, "block", "Taddymouth Homes have wasted their money on all those consultants. Far as I'm concerned their scheme is dead in the water, and I'm on the committee that decides it.",
  "settled view naming the applicant", cttee="P")
# review: quasi-judicial matters not on the register
P(PRE, "review", "Whatever the applicant says at committee next month, I'm voting against the Culverleigh quarry extension. Decided.",
  "settled view on a planning matter not on the register", cttee="P")
P(PRE, "review", "That taxi driver's licence review next week: he should lose his badge, simple as that. I've made my mind up.",
  "settled view on a licensing review not on the register", cttee="L")
P(PRE, "review", "That scrapyard they're trying to open out past Brendle Cross will never be approved. Never.",
  "settled view on an expected application", cttee="P")
P(PRE, "review", "When the drive-thru burger application for the ring road comes in, I'll be against it, full stop, no matter what the officer report says.",
  "settled view before an application is even made", cttee="P", allow=[OFF])
P(PRE, "review", "Street trading consent for the burger van on the Esplanade should be refused. I don't care what the trader says at the hearing.",
  "settled view on a consent not on the register", cttee="L")
P(PRE, "review", "New licence for the Culverleigh Arms reopening? I'm backing it 100% and I'll vote yes at the hearing, simple as.",
  "settled view in favour of a licence not on the register", cttee="L")

H(PRE, "Kiln Lane (26/0412/FUL) goes to committee on 9 December. I have real concerns about flooding, and I'll listen carefully to all the evidence before I decide.",
  "predisposition with an open mind", allow=[PRE], cttee="P")
H(PRE, "I'm not on planning, so I can say it: as an Ashcott Quay ward member I object to Kiln Lane and I've sent my objection in.",
  "ward member not on the committee objects", allow=[PRE], by="@RuthIsaacWD")
H(PRE, "Morrow Sands surf village: I'm the ward member, not on the committee, and I support it. I'll be speaking in the public slot on the 9th.",
  "ward member not on the committee supports", allow=[PRE], by="@TamsinYeoCCA")
H(PRE, "'Will never be approved'? Rubbish. Nothing's decided until the committee votes. Ignore the rumours on the Shellmouth Facebook group about the Old Lifeboat Station.",
  "rejects prejudging", allow=[PRE])
H(PRE, "Local Plan review: my mind's made up that we need far more affordable homes for young people who grew up here. That's policy, and I'll argue for it loud.",
  "settled view on policy, not a quasi-judicial matter", allow=[PRE])
H(PRE, "Refused! The inspector has dismissed the wind turbine appeal on Yendacott Down. Good news for the moor, and for everyone who wrote in.",
  "reports a decided appeal")
H(PRE, "The licensing sub-committee refused the late bar on Quay Street last week. Disappointed for the owners, but the hearing was fair and the decision's been made.",
  "comments on a decided matter", win=("2026-10-12", "2026-10-16"))
H(PRE, "Whatever the officers say, the cabinet's parking policy is wrong. It's not a planning matter, it's a policy choice, and I'll fight it at full council.",
  "'whatever the officers say' about policy, not a quasi-judicial matter", party="opp")
H(PRE, "Sandstock: as ward member and NOT on licensing, I'll be making a representation objecting on noise grounds. Residents can too: example.org/licensing",
  "ward member not on the committee objects", allow=[PRE], by="@TamsinYeoCCA")
H(PRE, "Planning committee member here. I won't say how I'll vote on the Hobbadon mast because I haven't decided, and I shouldn't until I've heard it all.",
  "keeps an open mind", allow=[PRE], cttee="P")
H(PRE, "Dead in the water: the bus shelter I've been promising Culverleigh for two years. County's pulled the funding. Sorry, folks.",
  "phrase shared, no quasi-judicial matter")
H(PRE, "Lots of you asking what I think of the Vaults licence. I sit on licensing so I keep an open mind till the hearing. Send your comments in via the council.",
  "licensing member keeps an open mind", allow=[PRE], cttee="L")
H(PRE, "Never going to happen? The Christmas lights on Bridge Street will be up by the 28th. Promise. 🎄",
  "phrase shared", win=("2026-11-02", "2026-11-27"))
H(PRE, "Questions I want answered on the Brendle solar farm: grid connection, glint and glare, farmland grade. Looking forward to the officer report and the debate.",
  "open questions before deciding", allow=[PRE], cttee="P", avoid=["@GarethChugg"])
H(PRE, "I'm not on planning, and I think the Tollhouse kiosk is a lovely idea. I've written in to support it like any resident can.",
  "member not on the committee supports", allow=[PRE], cttee="notP")
H(PRE, "Approved last night: committee gave the Brendle Primary extension the go-ahead. Well deserved, those kids have been in portakabins since 2009.",
  "reports a decided application", days=["2026-10-22"])
H(PRE, "My mind's made up: best pasty in Wrenscombe is from Hosegood's on the Square. Fight me 🥟",
  "phrase shared, nothing to decide")
H(PRE, "Dreckly's late licence: I'm chairing the hearing, so no comment from me on the merits. Representations close on the 20th.",
  "the chair keeps an open mind", allow=[PRE], by="@RuthIsaacWD", win=("2026-11-02", "2026-11-19"))

# ================================================================ interests.declared-interest
# positives are by the holder, on a council matter touching the interest, with no declaration
P(INT, "review", "Harbour dues for 2027 go to cabinet next month. The Harbour Commissioners need the council to hold them where they are, and I'll be pushing hard for that.",
  "commissioner lobbies on a council matter affecting the body", by="@HilaryBraund", interest="Shellmouth Harbour Commissioners", win=("2026-10-01", "2026-10-30"))
P(INT, "review", "The council's voluntary sector grants must keep funding carers' support. North Devon Carers' Network would go under without it, and I'll say so in the budget debate.",
  "trustee speaks for the charity on a council grant", by="@ShirleyPassmore", interest="North Devon Carers' Network")
P(INT, "review", "Market tolls going up 12% in the draft budget. Traders like us can't take it. I'll be fighting it all the way in the budget debate.",
  "stallholder speaks for traders ('like us') on tolls", by="@KellyGammonWD", interest="Wrenscombe Pannier Market Traders' Guild", win=("2026-10-12", "2026-11-27"))
P(INT, "review", "The Traders' Guild wants Tuesday parking at Pannier car park free again. I'll be moving that at full council. It's long overdue.",
  "guild committee member moves a motion for the guild", by="@KellyGammonWD", interest="Wrenscombe Pannier Market Traders' Guild")
P(INT, "review", "The council's response to the creamery's expansion consultation needs to be positive. Brendle needs those jobs and I'll be telling cabinet so.",
  "employee lobbies on the council's response to his employer", by="@WilfLerwill", interest="Taddy Valley Creamery Ltd")
P(INT, "review", "Environmental health should drop the odour notice on the Taddy Valley Creamery lagoon. It's a working dairy. It smells of cows. Get over it.",
  "employee presses on enforcement against his employer", allow=[OFF], by="@WilfLerwill", interest="Taddy Valley Creamery Ltd")
P(INT, "review", "Commoners on Culverleigh need the council to keep the cattle grid budget. I'll be voting for it and urging every colleague to do the same.",
  "commoners' secretary will vote on a matter touching the body", by="@DomTuckerCCA", interest="Culverleigh Commoners' Association")
P(INT, "review", "The council's grazing licence fees on Culverleigh Common are a scandal. Us commoners will be making our case to scrutiny, and so will I.",
  "speaks as one of the commoners on council fees", by="@DomTuckerCCA", interest="Culverleigh Commoners' Association")
P(INT, "review", "Transfer of the old Culverleigh allotments to the Exmoor Fringe Community Land Trust is on cabinet's agenda. Please back it, colleagues, it's a brilliant scheme.",
  "trustee lobbies for a transfer to the trust", by="@OrlaVennerGreen", interest="Exmoor Fringe Community Land Trust")
P(INT, "review", "The council's new highways plant framework should favour local firms like ours over the national outfits. I'll be making that point at scrutiny.",
  "director speaks for 'firms like ours' on a framework", by="@NathanSquance", interest="Squance Plant & Haulage Ltd")
P(INT, "review", "Beach lifeguard funding for Morrow Sands is up for the chop in the budget. Our surf life saving club can't cover the gap on its own. I'll fight this every step.",
  "chair of the club campaigns on its council funding", by="@BryonyRiddIfS", interest="Shellmouth Surf Life Saving Club")
P(INT, "review", "Heritage grants: the lime kiln at Ashcott Quay has to be top of the list this year. I know better than anyone how badly it needs the money.",
  "trustee pushes a grant for the trust's kiln", by="@JordanSleeWD", interest="Ashcott Quay Lime Kiln Trust")
P(INT, "review", "Sports pitch grants: the Wrenscombe Rugby Club floodlights bid is the best in the pile by a mile. I'll be lobbying cabinet hard for it.",
  "club committee member lobbies for the club's grant", by="@AaronBlackmoreWD", interest="Wrenscombe Rugby Club")
P(INT, "review", "Rural rate relief should cover community shops. Ours in Hobbadon would save £3k a year. I'm bringing a motion to full council.",
  "director brings a motion benefiting his shop", by="@FelixDallyn", interest="Hobbadon Community Shop Ltd")
P(INT, "review", "The council must fund the fish quay ice plant. Our co-op's boats lose catches every summer without it. I'll be proposing it at full council.",
  "co-op member proposes council spending for the co-op", by="@RuthIsaacWD", interest="Shellmouth Fish Co-operative")
P(INT, "review", "The Local Plan site at Lower Brendle Barton should go in for housing. Obvious place for it, and I'll be arguing for it at the working group.",
  "landowner argues for an allocation on his own land", allow=[POS], by="@GarethChugg", interest="Land at Lower Brendle Barton")
P(INT, "review", "The second homes premium is killing the holiday cottage trade. Businesses like mine need it scrapped and I'll be pushing cabinet colleagues hard.",
  "cottage owner pushes a council tax decision affecting his trade", allow=[POS], by="@PiersLoveringCCA", interest="Combeside Holiday Cottages")
P(INT, "review", "Small brewery rate relief would be a real boost for Ashcott Quay. Kiln Yard Brewery's the perfect example. I'll be raising it at scrutiny.",
  "shareholder promotes relief for his brewery", by="@ColinMoaseIfS", interest="Kiln Yard Brewery Ltd")

H(INT, "Harbour dues item at cabinet last night: I declared my interest as a Harbour Commissioner and left the room. Colleagues decided.",
  "the holder declares and leaves", allow=[INT], by="@HilaryBraund", days=["2026-11-11"])
H(INT, "Harbour dues go to cabinet next month. After the winter the boats have had, I'd like to see them held where they are.",
  "same matter from a non-holder", allow=[INT], win=("2026-10-01", "2026-10-30"))
H(INT, "Lovely busy Friday at the Pannier Market. Sold out of the smoked cheddar by 11! 🧀",
  "the holder's trade, no council matter", by="@KellyGammonWD")
H(INT, "Market tolls up 12% in the draft budget? I'll be asking cabinet to think again. The market is the heart of Wrenscombe.",
  "same matter from a non-holder", allow=[INT], party="opp", win=("2026-10-12", "2026-11-27"))
H(INT, "Declared my interest as a Taddy Valley Creamery employee at scrutiny and took no part in the item on the expansion. The MO's advice was clear.",
  "the holder declares", allow=[INT], by="@WilfLerwill")
H(INT, "Up at 4 for the tanker round, then the ponies. Some days I wonder why. Then the sun comes up over Hobbadon and I remember.",
  "the holder's personal life, no council matter", by="@wilf_ponies")
H(INT, "Grazing licence fees on the common are on the scrutiny agenda. As secretary of the Commoners' Association I've declared, and I won't take part.",
  "the holder declares", allow=[INT], by="@DomTuckerCCA")
H(INT, "Commoners on Culverleigh deserve a fair deal on grazing fees. Scrutiny looks at it next month and I'll be there.",
  "same matter from a non-holder", allow=[INT])
H(INT, "Sixty people at the community land trust AGM! Proud to be a trustee of something this good.",
  "the holder's body, no council matter", by="@OrlaVennerGreen")
H(INT, "Cabinet's looking at the allotments land transfer. I'm a trustee of the land trust, so I've declared, and I'll leave the room when it comes up.",
  "the holder declares", allow=[INT], by="@OrlaVennerGreen")
H(INT, "Highways plant framework at scrutiny: my firm could bid, so I've declared and I'm sitting this one out.",
  "the holder declares", allow=[INT], by="@NathanSquance")
H(INT, "Lifeguard funding is in the budget. I chair the surf life saving club, so I've a published dispensation to speak but not vote. It's on the council website.",
  "the holder cites a published dispensation", allow=[INT], by="@BryonyRiddIfS")
H(INT, "Lifeguards at Morrow Sands saved three lives this summer. Funding them should be a no-brainer in the budget.",
  "same matter from a non-holder", allow=[INT], win=("2026-09-01", "2026-10-23"))
H(INT, "Brilliant day at the Lime Kiln Trust open day. 300 visitors, and the kiln lit for the first time since 1911! 🔥",
  "the holder's body, no council matter", by="@JordanSleeWD")
H(INT, "Rugby club floodlights bid is on cabinet's list. I'm on the club committee, so I've declared it and I'm staying well out of it.",
  "the holder declares", allow=[INT], by="@AaronBlackmoreWD")
H(INT, "Fish quay ice plant: I asked the Monitoring Officer whether I can speak on it. Answer: declare and leave the room. So I will.",
  "the holder seeks and follows advice", allow=[INT], by="@RuthIsaacWD")
H(INT, "Lower Brendle Barton is one of the Local Plan sites out for consultation. Have your say by 15 January.",
  "same matter from a non-holder", allow=[INT])
H(INT, "Vaults licence variation: I hold shares in Kiln Yard Brewery, which owns the pub, so I've declared and won't be commenting on it.",
  "the holder declares", allow=[INT, PRE], by="@ColinMoaseIfS")

# ================================================================ data-protection.personal-data
P(DP, "review", "Happy 100th birthday to Winifred Beer of 4 Chapel Row, Culverleigh! Pop round and give her a wave if you're passing 🎂",
  "private individual named with her home address")
P(DP, "review", "Congratulations to Derek and Joan Heard of Rose Cottage, Hobbadon Lane, on 60 years married! Card's in the post 💍",
  "private couple named with address")
P(DP, "review", "Mr Stapleton at 17 Quay Street, Ashcott Quay has reported that blocked drain three times now. Highways have his name and address and are going out today.",
  "private resident named with address")
P(DP, "review", "Spoke to Karen Tapp (EX39 7QT) about her boundary dispute with the neighbours. We'll get it sorted, Karen.",
  "private individual named with her postcode and a dispute")
P(DP, "block", "Mrs Ellis from Tor View, Brendle has lost her cat. If you've seen him, ring her on 07700 900317 — she's beside herself.",
  "a private individual's mobile number with her address", also=[SEC])
P(DP, "block", "My neighbour got PCN WD48817265 outside the surgery while picking up her prescription. Ridiculous. I've asked for it to be cancelled.",
  "penalty charge reference of an identifiable person", allow=[POS])
P(DP, "block", "Council tax account 4410 2281 for the Pearce family on Fore Street is wrong AGAIN. Sorting it with revenues today.",
  "a named family's account reference")
P(DP, "block", "Thoughts with Bill Chamings of Shellmouth, in North Devon District Hospital after a stroke on Sunday. Get well soon Bill, the bowls club misses you.",
  "health data of a named private individual")
P(DP, "block", "Heartbreaking visit to a family in the Bridge Street flats. Mum Stacey is battling depression and her eldest, Tyler, is being excluded from school. This council has to do better.",
  "health and school data of an identifiable family including a child")
P(DP, "block", "Well done to Poppy Hooper and Isla Gould from Year 5 at Brendle Primary for their brilliant litter-pick posters! 🌟",
  "named children with their school and year")
P(DP, "block", "The bloke just out of Exeter prison for arson has been housed in the flat above the Co-op at Ashcott Quay. Residents have a right to know.",
  "criminal record of an identifiable individual with his address", allow=[DEF, BUL])
P(DP, "block", "Get well soon to Sharon on the Shellmouth bin crew. Heard her chemo starts next week. Thinking of you, my lover ❤️",
  "health data of a council staff member")
P(DP, "block", "WK19 XTD has been parked on the Esplanade pavement for three weeks now. Owner's at no. 8. I've knocked twice.",
  "vehicle registration linked to an address")
P(DP, "block", "Welcome to the Nour family, just arrived in Culverleigh from Syria through the resettlement scheme. They're in the old schoolhouse, so drop round with a cake!",
  "refugee status and nationality of a named family with their address")
P(DP, "block", "NI number JT 44 81 20 C was on a sheet in a bag of council papers at the tip. Whose is it? Ring the depot.",
  "a National Insurance number published")
P(DP, "block", "The lad with autism at 2 Pound Lane, Hobbadon is getting picked on by kids at the bus stop. Parents, please have a word with yours.",
  "a child's disability with his address")
P(DP, "block", "Emailed Gerald Lock (gerald.lock@example.com) in Brendle about his objection. He's very unhappy, and he asked me to share his view: he's not the only one.",
  "a private individual's email address published; treated as an identifier")
P(DP, "block", "Happy 95th birthday to Edna Vellacott (born 19 November 1931), still doing the chapel flowers in Culverleigh every single week 💐",
  "full date of birth of a named private individual", days=["2026-11-19"])

H(DP, "Surgery first Saturday of the month, Lifeboat Institute Room on the Esplanade. Email cllr.ridd@example.com or ring 01632 960418.",
  "the councillor's own published contact details", allow=[DP], by="@BryonyRiddIfS")
H(DP, "Get well soon to our Chairman, Margery Pugsley, after her knee op. Back on her feet and back in the chain before Christmas, I hope!",
  "a councillor's own public news, shared warmly", allow=[DP])
H(DP, "Caroline Fursdon MP came to Brendle today to meet the parish council about the bus. Good to see her out here.",
  "named public office holder")
H(DP, "Huge thanks to Inspector Sam Lethbridge for coming to the Culverleigh residents' meeting on speeding. Straight answers, much appreciated.",
  "named public office holder", allow=[DP])
H(DP, "Happy 100th birthday to a wonderful Culverleigh lady! Her family asked me to say how proud they are. No names, she's a private person 🎂",
  "celebration without identifying details")
H(DP, "A resident on Quay Street has reported that drain three times. I've passed the details to highways, privately, as I should.",
  "no identifying details")
H(DP, "RIP Tom Snell, Chairman of this council 1998 to 2002 and a Hobbadon man through and through. Condolences to all the family.",
  "a former public office holder's death, public information", allow=[DP])
H(DP, "Scam texts are asking for your council tax account number. The council will never ask by text. Don't reply, delete it.",
  "scam warning with no data")
H(DP, "Think your parking ticket is unfair? Appeal online with the PCN number on the ticket. Please don't post it on here!",
  "mentions PCN numbers without any")
H(DP, "Lovely to meet Winnie from the WI at the Hobbadon coffee morning. Her saffron buns are legendary.",
  "first name only, no sensitive data", allow=[DP])
H(DP, "Our resettlement scheme has welcomed four families to North Devon this year. Thank you to everyone who donated furniture.",
  "no individual identified")
H(DP, "Found a cat near Tor View in Brendle? Please ring the council's animal welfare line on 01632 960100.",
  "the council's own number")
H(DP, "Well done to Brendle Primary's Year 5 on their litter-pick posters! On display in the library till Friday 🌟",
  "children not named", allow=[DP])
H(DP, "Thinking of our bin crew after a scary accident on the A39 this morning. Everyone's safe, thank God. Thanks to the paramedics.",
  "no individual identified")
H(DP, "Number plates are blurred in the photo on purpose. Please don't post unblurred ones in the comments, thank you!",
  "mentions registrations without any")
H(DP, "Housing options team: 01632 960200 or housing@example.com. Fiona Bale and her team are brilliant, give them a ring.",
  "council contact details and a named officer", allow=[DP])
H(DP, "Dementia-friendly café every Thursday at Shellmouth library. Family and friends welcome, no booking needed.",
  "a service, no individual")
H(DP, "Cllr Ridd has been doing the Culverleigh food bank run every week this month. Thank you Bryony!",
  "names a councillor")

# ================================================================ security.credentials
P(SEC, "block", "Culverleigh hall key safe code is 4471 if anyone needs to get the chairs out for Saturday 👍",
  "key safe code published")
P(SEC, "block", "Members' room Wi-Fi password at the Guildhall is Taddy2026! for anyone who can't get on.",
  "Wi-Fi password published")
P(SEC, "block", "Forgot my council email password again so I've set it to Shellmouth1 for now. Remind me to change it lol",
  "own password published")
P(SEC, "block", "Flood wardens call tonight: meeting ID 845 221 9907, passcode combe44. See you there.",
  "meeting passcode published")
P(SEC, "block", "Got a text saying my council account was locked. Clicked the link, popped my login in, and I'm back in now 🙂",
  "reports handing credentials to a phishing link")
P(SEC, "block", "URGENT from the council: all members must verify their allowances here wrenscombe-dc-members.example.net/login — please pass it on!",
  "amplifies a lookalike login link")
P(SEC, "block", "Depot gate code is 1966# now (World Cup year, easy to remember). Christmas tree collection volunteers, use that.",
  "gate code published")
P(SEC, "block", "Defib cabinet on Hobbadon Green: the code is 2580. Save it in your phone!",
  "defibrillator cabinet code published")
P(SEC, "block", "Putting my one-time code here so my daughter can log in for me: 583 019. Cheers love x",
  "one-time code published")
P(SEC, "block", "Anyone need the council tablet? PIN is 0709, it's on the desk in the members' room.",
  "device PIN published")
P(SEC, "block", "No smartphone? Use the library computer. Username: guest, password: Brendle123.",
  "login and password published")
P(SEC, "block", "Slipway barrier at Shellmouth harbour: keypad is 7731. Boat owners, you're welcome.",
  "keypad code published")
P(SEC, "block", "Text from 'Wrenscombe DC IT' said reply with your PIN to keep your mailbox. So I did. Hope that's right?",
  "reports giving a PIN to a phishing text")
P(SEC, "block", "Mr Yendell the farmer owns the flooded field. Private number 07700 900842, ring him direct, he won't mind.",
  "another person's private number published", also=[DP])
P(SEC, "block", "Admin PIN for our ward WhatsApp group is 9911, in case I'm off sick and someone needs to add people.",
  "admin PIN published")
P(SEC, "block", "Security tip from me: I use the same password for everything (Hobbadon!) so I never forget it. Easy peasy.",
  "own password published and reused")
P(SEC, "block", "Alarm code for Ashcott Quay community centre is 1-2-0-5. Set it when you leave tonight please!",
  "alarm code published")
P(SEC, "block", "Council tax rebate of £150 for everyone! Claim before Friday here: wdc-rebate.example.org/claim?verify=1",
  "amplifies a malicious-looking link")

H(SEC, "'Password123' is not a password, folks. Three random words. Sermon over.",
  "advice using an example password", allow=[SEC])
H(SEC, "Scam alert: texts pretending to be from the council asking for bank details. We will NEVER ask for your PIN. Delete and report.",
  "scam warning, no secret")
H(SEC, "Key safe at Culverleigh hall? Ring the booking secretary for the code. It's not something we put online.",
  "refers to a code without giving it", allow=[SEC])
H(SEC, "Two-factor on your social media accounts, please. Took me five minutes and I feel a lot safer.",
  "security advice")
H(SEC, "Got one of those 'your council account is locked' texts. Didn't click. Reported it to IT. Stay sharp, colleagues!",
  "reports a phishing attempt safely", allow=[SEC])
H(SEC, "The defibrillator on Hobbadon Green is now UNLOCKED. No code needed, just open it and follow the voice instructions.",
  "no code")
H(SEC, "Visitor Wi-Fi in the Guildhall is up and running. Ask at reception for the day's code.",
  "no code")
H(SEC, "Gate code? What gate code? The depot has a man called Trevor and a clipboard 😂",
  "joke about a code, none given", allow=[SEC])
H(SEC, "The real council tax site is example.org/counciltax. If a link looks odd, it probably is.",
  "a genuine example link")
H(SEC, "Changed all my passwords after the cyber training. Painful, but worth it.",
  "no secret")
H(SEC, "Casework number 01632 960418, email cllr.ridd@example.com. Monday to Friday, I'll get back to you.",
  "the councillor's own published contact details", allow=[DP], by="@BryonyRiddIfS")
H(SEC, "Flood wardens' call is tonight at 7. Link and passcode sent privately to registered wardens only.",
  "passcode mentioned, not given")
H(SEC, "PIN pad on the Pannier car park machine is broken again. Pay by phone or coins till it's fixed.",
  "'PIN' in a different sense")
H(SEC, "Lost my council pass in Shellmouth. If found, please hand it in at the Guildhall. It's been cancelled so it's no use to anyone.",
  "no secret")
H(SEC, "Brendle Young Farmers' secret cider recipe? Not sharing that, not even with a PIN 🍏",
  "joke")
H(SEC, "IT's phishing test caught me out: clicked the fake link in the training email. Lesson learned, and thankfully only a drill.",
  "a drill, nothing given away", allow=[SEC])
H(SEC, "Harbour slipway barrier now works with a card from the harbour office. No more codes passed round the pub.",
  "no code")
H(SEC, "One-time codes are for one person: you. Not your son, not 'the bank', not the council.",
  "security advice")

# ================================================================ confidentiality.disclosure
# block: names a term on the confidential register
P(DIS, "block", "Project Curlew is finally moving! The preferred developer for the harbour has been picked. Big news for Shellmouth coming soon 🤐",
  "register term, ongoing negotiations", allow=[INS])
P(DIS, "block", "Lime Kiln Yard disposal: the council's accepted an offer of £410k. Well under what it's worth if you ask me.",
  "register term with an exempt price", allow=[INS])
P(DIS, "block", "Operation Breakwater starts next week. The rogue holiday let owners in Shellmouth won't know what's hit them.",
  "register term, enforcement operation announced early")
P(DIS, "block", "The market house acquisition is a good deal for the town, and I'm told the vendor's desperate to sell.",
  "register term in lower case, with negotiating position", allow=[INS])
P(DIS, "block", "Longbridge claim: our own lawyers reckon the council will lose. Expect a payout.",
  "register term with legal advice")
P(DIS, "block", "PROJECT HERON = LEISURE CENTRE HANDED TO A PRIVATE FIRM. Residents deserve to know what's being cooked up behind closed doors!!",
  "register term in capitals", allow=[HASTE])
P(DIS, "block", "Had the Project Heron briefing this morning. Two bidders left in, and one of them already runs pools up the road in Barnstaple.",
  "register term with bidder details", allow=[INS])
P(DIS, "block", "Operation Breakwater update: fourteen properties get visits on the 2nd. I've seen the list and some names will surprise you.",
  "register term with operational details", allow=[DP])
P(DIS, "block", "Why is nobody asking about the Longbridge claim? A woman broke her hip on the council's bridge and the insurers want it settled quietly.",
  "register term with details of a claimant", allow=[DP])
# review: confidentiality markers and Schedule 12A kinds, no register term
P(DIS, "review", "From last night's Part 2 item: the council's offer for the old bus depot is £1.2m. Residents have a right to know what we're paying.",
  "exempt item's price disclosed", allow=[INS], days=["2026-09-23"])
P(DIS, "review", "Told in confidence by a senior officer that planning's being restructured and four posts go in January. Staff shouldn't be the last to hear.",
  "confidential staffing information passed on", allow=[OFF])
P(DIS, "review", "The closed session legal advice on the harbour wall says we're liable. So much for the cabinet's line in public.",
  "privileged legal advice from a closed session", party="opp")
P(DIS, "review", "Off the record, the pay offer to depot staff is 2.5% and the union's going to reject it.",
  "labour relations information marked off the record")
P(DIS, "review", "Embargoed till Thursday but I can't sit on it: Shellmouth's getting the £3m coastal grant!! 🎉",
  "breaks an embargo", win=("2026-10-01", "2026-10-30"))
P(DIS, "review", "The exempt valuation report puts the Guildhall at £680k. Selling for a penny less would be a scandal.",
  "exempt valuation disclosed", allow=[INS])
P(DIS, "review", "Between you and me, the private police briefing to councillors said three county lines gangs are working out of Ashcott Quay. Keep your kids close.",
  "confidential police briefing disclosed")
P(DIS, "review", "There's a staff disciplinary at the depot this week, one of the managers, over fiddled overtime. Confidential apparently, but residents should know where their money goes.",
  "confidential staff disciplinary disclosed", allow=[DP, DEF, OFF])
P(DIS, "review", "Not for publication, but the tender report shows the cheapest waste bid was £400k lower than the one officers recommended.",
  "confidential tender information", allow=[OFF])

H(DIS, "Curlews are back on the Taddy estuary. Heard three calling at dusk. Magic 🐦",
  "shares a word with a register term")
H(DIS, "Lime Kiln car park at Ashcott Quay is closed Monday for resurfacing. Park on the quay instead.",
  "partial overlap with a register term")
H(DIS, "The breakwater at Shellmouth took a battering in Sunday's storm. Engineers are inspecting it tomorrow.",
  "partial overlap with a register term")
H(DIS, "Market House Café on the Square does the best cream tea in Wrenscombe. Cream first. Always. I will not be taking questions.",
  "partial overlap with a register term")
H(DIS, "The Long Bridge turns 600 next year! Plans for a birthday party on the bridge in the spring.",
  "partial overlap with a register term")
H(DIS, "Herons on the Culverleigh pond again. Somebody warn the goldfish.",
  "shares a word with a register term")
H(DIS, "Last night's Part 2 item on the bus depot is now public: cabinet lifted the exemption this morning. Papers here: example.org/cabinet",
  "information made public", allow=[DIS], days=["2026-11-11"])
H(DIS, "I won't be commenting on anything discussed in closed session, however often I'm asked. That's the law, and it protects taxpayers.",
  "refuses to disclose", allow=[DIS])
H(DIS, "Off the record? Nothing's off the record with me. If I say it, I'll say it on here with my name on it.",
  "phrase shared, nothing disclosed")
H(DIS, "The embargo's lifted: Shellmouth gets the £3m coastal grant! Fantastic news for the harbour 🎉",
  "after the embargo", allow=[DIS], win=("2026-11-02", "2026-11-27"))
H(DIS, "Leaked? No. The leisure centre options report is on the council website, page 12 onwards. Read it before you believe the rumours.",
  "points to a public report", allow=[DIS])
H(DIS, "Confidential waste sacks are collected from businesses on Tuesdays. Not a secret, just what the service is called 😄",
  "'confidential' in a service name")
H(DIS, "Why is so much of the harbour regeneration being discussed in private? I'll be asking cabinet to publish as much as the law allows.",
  "calls for openness without disclosing")
H(DIS, "Between you and me, the best fish and chips in North Devon are at Ashcott Quay. Don't tell Shellmouth I said that.",
  "phrase shared, nothing confidential")
H(DIS, "Council's insurers have published the bridge inspection report. It's on the website, and it's reassuring reading.",
  "public report")
H(DIS, "Inspector Lethbridge's public briefing at the residents' meeting: burglaries down 20% on last year. Slides are on the police website.",
  "public briefing")
H(DIS, "Pay talks with depot staff: I hope both sides reach a fair deal soon. Our crews deserve it.",
  "no detail disclosed")
H(DIS, "Asked the Monitoring Officer whether I can share the exempt valuation. Answer: no. So I won't, but I'll push for it to be published once the sale's done.",
  "refuses to disclose", allow=[DIS])

# ================================================================ tone.irony-risk
P(IRO, "advice", "Well done to the cabinet for another masterclass in listening to residents. /s",
  "sarcasm marker aimed at the cabinet", party="opp")
P(IRO, "advice", "Oh brilliant, Cllr Lovering's budget finds money for the Guildhall carpet but not the Culverleigh bus. What a hero.",
  "mock praise of a named councillor", party="opp")
P(IRO, "advice", "Congratulations to the Leader on her third U-turn this month. Genuinely impressive stamina 👏",
  "mock praise of the Leader", party="opp")
P(IRO, "advice", "Yeah right, the Coast & Combe lot are 'listening' on parking. And I'm the Queen of Lundy.",
  "sarcasm about a group", party="opp")
P(IRO, "advice", "Hats off to Working Devon for their budget amendment. Costed on the back of a pasty bag by the look of it. Genius.",
  "mock praise of a group", party="notWD")
P(IRO, "advice", "So grateful to our MP for her 'urgent' letter about the Culverleigh bus. Only took eight months. Speedy!",
  "mock praise of the MP")
P(IRO, "advice", "Thrilled, just thrilled, that the Chairman found time to open the Guildhall loos the same week Hobbadon library shut. Priorities 🙄",
  "mock praise of the Chairman", party="opp")
P(IRO, "advice", "Big shout out to the Greens for their rewilding plan. Brambles for everyone! Can't wait.",
  "mock praise of a group", party="notMG")
P(IRO, "advice", "Lovely to see Cllr Gammon so passionate about market tolls. No reason at all, I'm sure 😉",
  "insinuating irony about a named councillor", allow=[DEF], party="notWD")
P(IRO, "advice", "Special mention to the cabinet member for the environment for her bold stance on beach litter: a press release. Inspiring stuff.",
  "mock praise of a cabinet member", party="opp")
P(IRO, "advice", "Another riveting speech from Cllr Chugg at planning last night. Only nodded off twice. Best one yet!",
  "mock praise of a named councillor", allow=[PA], days=AFTER_PLAN, cttee="P")
P(IRO, "advice", "What a surprise: the Independents for Shellmouth have discovered Wrenscombe exists. Only took them four years. Welcome, lads!",
  "sarcasm about a group", party="notIfS")
P(IRO, "advice", "Wow, the Working Devon leader says she'll 'fix' the council's finances. With what, a magic wand from the market? Can't wait 🪄",
  "mock praise of a group leader", party="notWD")
P(IRO, "advice", "Great to see the county councillors finally turn up in Brendle. Bring a map next time folks, it's just past the cows.",
  "sarcasm about councillors")
P(IRO, "advice", "Such a relief the Chief Executive has a shiny new electric car on the lease scheme. I'll sleep better knowing that. Truly.",
  "mock relief aimed at the Chief Executive", allow=[OFF])
P(IRO, "advice", "Cllr Dallyn says the mast will 'bring Hobbadon into the 21st century'. Can't wait to livestream the sheep. Cheers Felix.",
  "sarcasm aimed at a named councillor", party="notMG")
P(IRO, "advice", "The Coast & Combe group have voted themselves a 'modest' allowances rise. So modest they forgot to mention it in their leaflet. Heroes, every one.",
  "mock praise of a group", party="opp")
P(IRO, "advice", "Love how Cllr Tucker 'forgot' to mention the quarry at the parish meeting. Memory like a sieve, bless him 🙃",
  "irony insinuating a named councillor hid something", allow=[PA, DEF], party="opp")

H(IRO, "Oh brilliant, it's raining again in Shellmouth. Third time today. Summer's officially over, surfers 🌧️",
  "irony about the weather", allow=[IRO])
H(IRO, "Masterclass from the link road traffic this morning: forty minutes to do six miles. Thrilled.",
  "irony about traffic", allow=[IRO])
H(IRO, "Credit where it's due: the Leader's coastal fund bid was excellent work. No irony. Genuinely well done.",
  "sincere praise", party="opp")
H(IRO, "The cabinet's car park policy is wrong. It'll hurt Shellmouth businesses and I'll oppose it at full council.",
  "robust criticism of a policy", party="opp")
H(IRO, "Yeah right, me running the Great West Run? Signed up anyway. Send sponsorship and ibuprofen.",
  "irony about oneself", allow=[IRO])
H(IRO, "Genuinely impressed at how fast Working Devon got the flood appeal going. Hats off, and I mean it.",
  "sincere praise of a group", party="notWD")
H(IRO, "Council website's down again. Marvellous. Truly the digital age 🙃",
  "irony about a website", allow=[IRO])
H(IRO, "Another riveting 212-page budget pack. I have read every word. Well, most. OK, the summary.",
  "irony about paperwork", allow=[IRO])
H(IRO, "Hats off to the Shellmouth lifeboat crew: three shouts in one day. Heroes, and I mean that.",
  "sincere praise")
H(IRO, "Thrilled to report the Bridge Street potholes are fixed! Actually thrilled. Not sarcastic-thrilled.",
  "sincere, says so")
H(IRO, "The bus to Culverleigh was on time today. I'm as shocked as you are. Screenshotting the timetable for posterity.",
  "irony about a bus service", allow=[IRO])
H(IRO, "I disagree strongly with Cllr Venner's rewilding motion, but she made the case well and I respect the work that went into it.",
  "civil disagreement", party="notMG")
H(IRO, "The printer in the members' room has eaten my agenda. Again. Our relationship is over.",
  "irony about a printer", allow=[IRO])
H(IRO, "Wow. Just wow. Culverleigh Young Farmers raised £4,200 for the air ambulance. Incredible.",
  "sincere praise")
H(IRO, "Can't wait for the Christmas lights switch-on! Actually can't wait, the kids have been counting down since October.",
  "sincere", win=("2026-11-02", "2026-11-26"))
H(IRO, "So the Greens want to rewild Culverleigh and the Alliance wants a car park on it. I think both are wrong, and here's my alternative: a proper farm trail with parking at the village end.",
  "criticism of two policies", party="WD|IfS|Ind")
H(IRO, "Big shout out to me for locking my keys in the car outside the Guildhall. Genius at work 🙈",
  "irony about oneself", allow=[IRO])
H(IRO, "The government's latest 'fair funding' settlement is neither fair nor funding. Rural councils lose out again.",
  "irony about a government policy", allow=[IRO])

# ================================================================ fillers
F("Lovely morning at Brendle Primary's harvest festival. The bread sheaf the Year 6s made was a work of art.", "school visit", win=("2026-09-21", "2026-10-09"))
F("Remembrance Sunday: 10.45 at Wrenscombe war memorial, service in the church after. All welcome.", "civic notice", win=("2026-11-02", "2026-11-06"))
F("Bin collections move around over Christmas and New Year. Check your new calendar on the council website.", "service notice", win=("2026-11-16", "2026-11-27"))
F("Clocks go back this weekend. Extra hour in bed, or an extra hour of darkness on the school run. Take care out there.", "seasonal", win=("2026-10-19", "2026-10-23"))
F("Beach clean at Shellmouth on Saturday, 10am, meet by the lifeboat slipway. Gloves and bags provided, bring a flask.", "community event")
F("Pony gathering on Hobbadon Common this weekend. Please take it slow on the moor roads, there'll be horses and riders everywhere.", "seasonal notice", win=("2026-10-05", "2026-10-16"))
F("Red deer rut is in full swing on Culverleigh Hill. Stay on the paths, keep dogs on leads, and listen out at dusk. Extraordinary sound.", "seasonal", win=("2026-09-28", "2026-10-30"))
F("Christmas lights switch-on in Wrenscombe, Friday 27th at 5pm. Choir, mulled apple juice and Father Christmas on the tollhouse steps.", "event", win=("2026-11-16", "2026-11-26"))
F("What a turnout for the pumpkin trail at Ashcott Quay! Well done to everyone who carved, and to whoever did the lighthouse one 🎃", "community", days=["2026-11-02", "2026-11-03"])
F("Reported three potholes on the Hobbadon road via the county's online form this morning. The more people report, the faster they get fixed.", "casework")
F("Flu jab slots available at Wrenscombe pharmacies this week. If you're eligible, get it done before the winter bugs arrive.", "health notice", win=("2026-09-21", "2026-11-13"))
F("Warm spaces are open again this winter: Shellmouth library, Culverleigh church hall and Ashcott Quay community centre. Tea, biscuits and company.", "winter notice", win=("2026-10-26", "2026-11-27"))
F("Apple day at the Hobbadon community orchard. Fourteen old Devon varieties and one very happy dog 🍎", "community", win=("2026-09-28", "2026-10-23"))
F("Tansy has a winter coat like a doormat already. Hard winter coming, the old boys in the Plough say.", "personal account, ponies", by="@wilf_ponies", win=("2026-10-01", "2026-11-27"))
F("Hay's in. Ponies fed. Me? Cold tea in a chipped mug. Standard.", "personal account, ponies", by="@wilf_ponies")
F("Sea was 14° at Morrow Sands this morning. Dimpsy by the time we got out and the whole bay to ourselves. Bliss 🌊", "personal account, swimming", by="@orla_wildswims", win=("2026-09-01", "2026-10-16"))
F("New changing robe. Yes it's orange. Yes, you'll be able to see me from Lundy.", "personal account, swimming", by="@orla_wildswims")
F("Well done Wrenscombe Town on reaching the county cup quarter-finals! Proper performance in the mud on Saturday ⚽", "sport")
F("Roadworks on Bridge Street from Monday for two weeks. Buses diverted via Taddy Road, stops moved to the Square.", "service notice")
F("Met the new head at Culverleigh school today. Big plans for the outdoor classroom and the wildlife pond.", "school visit")
F("Anyone got a good squash soup recipe? The allotment's gone mad this year and I'm running out of neighbours to give them to.", "chat", win=("2026-09-01", "2026-10-23"))
F("If you've moved house this year, check you're registered to vote. Takes five minutes online.", "civic")
F("Wrenscombe food bank is short of tinned meat, UHT milk and toiletries this week. Drop-off at the church, Tuesdays and Fridays.", "appeal")
F("Hedge-laying demo at Brendle Cross on Saturday morning. Proper old Devon craft, worth a look if you've never seen it done.", "event", win=("2026-10-26", "2026-11-27"))
F("Sorry if I missed your call this week. Back at it now, and every email will be answered by Monday.", "casework")
F("Fog on the moor this morning so thick I could barely see the cattle grid. Lights on and slow down up there.", "weather", win=("2026-10-01", "2026-11-27"))
F("Half-term at Shellmouth library: Lego club Tuesday, crafts Thursday, both free.", "event", win=("2026-10-12", "2026-10-23"))
F("Chuffed with the new benches on the Esplanade. The old ones had been there since the seventies and had the splinters to prove it.", "local")
F("Thank you to everyone who came to the Culverleigh bus drop-in. Forty-two of you, on a wet Tuesday. Your comments all go in.", "consultation")
F("Lovely to watch the Shellmouth lifeboat crew training off the point this afternoon. Our volunteers are something else.", "local")
F("Gritting routes for the district are on the county council website. Crews are ready for the first frost.", "winter notice", win=("2026-11-02", "2026-11-27"))
F("Local Plan drop-in at Brendle village hall on Tuesday, 2 till 7. Maps up, and officers on hand to answer questions.", "consultation")
F("Harvest supper at Hobbadon chapel on Saturday. Pasties, apple cake and a raffle with a very large marrow.", "community", win=("2026-09-14", "2026-10-09"))
F("Storm warning for the coast tomorrow. Tie down the bins and garden furniture, and please stay off the harbour wall.", "weather")
F("Started my Christmas cards. It's November. Who even am I?", "chat", win=("2026-11-02", "2026-11-27"))
F("Really enjoyed the Ashcott Quay WI talk on the history of the quay and the old lime trade. Learned loads.", "community")
F("The new bus shelter in Wrenscombe North is up. Thanks to everyone who signed the petition last year.", "local", ward="Wrenscombe North")
F("Blackberries on the Tarka Trail are nearly over. Made eight jars of bramble jelly, three of which have set.", "chat", win=("2026-09-01", "2026-09-25"))
F("Remember the food waste caddies go out with the black box now, not the wheelie bin. Small change, but it helps the crews.", "service notice")
F("Proud to see so many at the Culverleigh Remembrance service yesterday. The children's poppies on the lych gate were beautiful.", "community", days=["2026-11-09"])


# ================================================================ build
START = dt.date(2026, 9, 1)
END = dt.date(2026, 11, 27)
BST_END = dt.date(2026, 10, 25)   # clocks go back on the last Sunday of October


def load_meetings():
    out = []
    with open(os.path.join(HERE, "meetings.csv"), encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            line = line.strip()
            if not line:
                continue
            parts = line.rsplit(",", 2)
            out.append((dt.datetime.fromisoformat(parts[1]), dt.datetime.fromisoformat(parts[2])))
    return out


MEETINGS = load_meetings()


def offset_for(day):
    return dt.timezone(dt.timedelta(hours=1 if day < BST_END else 0))


def eligible(row):
    o = row["o"]
    if "by" in o:
        return [o["by"]]
    text = row["text"]
    low = text.lower()
    out = []
    for h, (name, party, ward, sex, cm) in CLLR.items():
        first, last = name.split()[0], name.split()[-1]
        if re.search(r"\b%s\b" % re.escape(last), text) or re.search(r"\b%s\b" % re.escape(first), text):
            continue
        if any(re.search(pat, text) and holder == h for pat, holder in ROLES):
            continue
        if any(kw in low for kw in INTEREST_KW.get(h, [])):
            continue
        if h in o.get("avoid", []):
            continue
        p = o.get("party")
        if p:
            if p == "opp" and party == "CCA":
                continue
            if p.startswith("not") and party == p[3:]:
                continue
            if p != "opp" and not p.startswith("not") and party not in p.split("|"):
                continue
        if o.get("ward") and ward not in o["ward"].split("|"):
            continue
        if o.get("sex") and sex != o["sex"]:
            continue
        c = o.get("cttee")
        if c:
            if c.startswith("not") and c[3:] in cm:
                continue
            if not c.startswith("not") and c not in cm:
                continue
        out.append(h)
    if not out:
        raise SystemExit("no eligible author for: " + text[:60])
    return out


def days_for(row):
    o = row["o"]
    if "days" in o:
        days = [dt.date.fromisoformat(d) for d in o["days"]]
    else:
        a, b = o.get("win", (START.isoformat(), END.isoformat()))
        a, b = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
        days = [a + dt.timedelta(n) for n in range((b - a).days + 1)]
    days = [d for d in days if d.weekday() < 5 and START <= d <= END]
    if not days:
        raise SystemExit("no weekday for: " + row["text"][:60])
    return days


def pick_time(rng, row):
    days = days_for(row)
    while True:
        d = rng.choice(days)
        t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59),
                        tzinfo=offset_for(d))
        if not any(s <= t < e for s, e in MEETINGS):
            return t


def pick_platform(rng, text):
    n = len(text)
    opts = [("facebook", 35)]
    if n <= 260:
        opts.append(("x", 45))
    if n <= 290:
        opts.append(("bluesky", 20))
    total = sum(w for _, w in opts)
    r = rng.uniform(0, total)
    for name, w in opts:
        r -= w
        if r <= 0:
            return name
    return opts[-1][0]


def main():
    rng = random.Random(SEED)
    rows = list(ROWS)
    rng.shuffle(rows)
    used = {h: 0 for h in list(CLLR) + list(PERSONAL)}
    out = []
    for i, row in enumerate(rows, 1):
        cands = eligible(row)
        weights = [1.0 / (1 + used[h]) ** 2 for h in cands]
        author = rng.choices(cands, weights=weights)[0]
        used[author] += 1
        when = pick_time(rng, row)
        rec = {
            "id": "%s-%04d" % (SET, i),
            "text": row["text"],
            "author": author,
            "created_at": when.isoformat(),
            "platform": pick_platform(rng, row["text"]),
            "account": "personal" if author in PERSONAL else "councillor",
            "kind": "post",
            "expect": {"rules": row["rules"], "allowed": row["allowed"], "verdict": row["verdict"]},
            "family": row["family"],
            "kind_of_row": row["kind_of_row"],
            "near_miss_of": row["family"] if row["kind_of_row"] == "hard_negative" else None,
            "interest": row["o"].get("interest"),
            "note": row["note"],
        }
        out.append(rec)
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d posts" % len(out))


if __name__ == "__main__":
    main()
