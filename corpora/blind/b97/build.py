"""Blind evaluation set b97: Sallowmoor District Council, twelve single-post rules.

Hand-written rows plus a deterministic script (seed 9797) that shuffles the rows, gives ids
B97-NNNN, picks authors, platforms and timestamps, and writes posts.jsonl next to this file.
Running it again gives the same file.
"""
import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 9797

# --------------------------------------------------------------------------- people
HANDLES = {
    "@GrahamVowlesLF": "Graham Vowles", "@SandraHembrow": "Sandra Hembrow",
    "@TrevorPopleLF": "Trevor Pople", "@MaureenTidball": "Maureen Tidball",
    "@CllrColinDurston": "Colin Durston", "@ChairmanJanetS": "Janet Stuckey",
    "@RobWheadon": "Rob Wheadon", "@PaulineGullifordLF": "Pauline Gulliford",
    "@DevMalhotraCV": "Dev Malhotra", "@KerryBickhamCV": "Kerry Bickham",
    "@ShaunKeirleCV": "Shaun Keirle", "@AmyLoveridgeCV": "Amy Loveridge",
    "@NeilPaveyCV": "Neil Pavey", "@RosieTuckerGL": "Rosie Tucker",
    "@TamsinRowsellGL": "Tamsin Rowsell", "@LorraineBartlettMEI": "Lorraine Bartlett",
    "@GarethRossiterMEI": "Gareth Rossiter", "@MervynHooperInd": "Mervyn Hooper",
}
PERSONAL = {"@pavey_fishes": "Neil Pavey", "@rosie_withies": "Rosie Tucker"}
BY_NAME = {v: k for k, v in HANDLES.items()}
SELF = "@AmyLoveridgeCV"

PARTY = {
    "LF": ["Graham Vowles", "Sandra Hembrow", "Trevor Pople", "Maureen Tidball",
           "Colin Durston", "Janet Stuckey", "Rob Wheadon", "Pauline Gulliford"],
    "CV": ["Dev Malhotra", "Kerry Bickham", "Shaun Keirle", "Amy Loveridge", "Neil Pavey"],
    "GL": ["Rosie Tucker", "Tamsin Rowsell"],
    "MEI": ["Lorraine Bartlett", "Gareth Rossiter"],
    "IND": ["Mervyn Hooper"],
}
EXEC = ["Graham Vowles", "Sandra Hembrow", "Trevor Pople", "Maureen Tidball", "Janet Stuckey"]
PLAN = ["Colin Durston", "Rob Wheadon", "Dev Malhotra", "Shaun Keirle", "Neil Pavey",
        "Rosie Tucker", "Mervyn Hooper", "Gareth Rossiter"]
LIC = ["Pauline Gulliford", "Kerry Bickham", "Amy Loveridge", "Tamsin Rowsell",
       "Gareth Rossiter", "Lorraine Bartlett"]
ALL = list(HANDLES.values())
POOLS = {
    "ANY": ALL,
    "LF": PARTY["LF"], "CV": PARTY["CV"], "GL": PARTY["GL"], "MEI": PARTY["MEI"],
    "OPP": [n for n in ALL if n not in PARTY["LF"]],
    "NOTCV": [n for n in ALL if n not in PARTY["CV"]],
    "NOTGL": [n for n in ALL if n not in PARTY["GL"]],
    "NOTMEI": [n for n in ALL if n not in PARTY["MEI"]],
    "BACK": [n for n in ALL if n not in EXEC],
    "BACKOPP": [n for n in ALL if n not in PARTY["LF"]],
    "PLAN": PLAN, "LIC": LIC,
    "NOTPLAN": [n for n in ALL if n not in PLAN],
    "NOTLIC": [n for n in ALL if n not in LIC],
}
# words that tie a post to a registered interest: its holder is never picked by the script
INTEREST_WORDS = {
    "Rosie Tucker": ["withy", "withies", "willow"],
    "Kerry Bickham": ["farmers' market", "market pitch", "pitch fee", "market day"],
    "Sandra Hembrow": ["cider", "orchard"],
    "Trevor Pople": ["coldharbour", "local plan"],
    "Mervyn Hooper": ["drainage board", "rhyne"],
    "Shaun Keirle": ["rowing"],
    "Lorraine Bartlett": ["land trust"],
    "Tamsin Rowsell": ["village hall"],
    "Neil Pavey": ["taxi", "cab"],
    "Pauline Gulliford": ["bowls"],
    "Dev Malhotra": ["tenant"],
    "Gareth Rossiter": ["wetland", "peat moor"],
    "Rob Wheadon": ["plant hire"],
}

# --------------------------------------------------------------------------- rows
ROWS = []
DEFAULT_SEV = {
    "officers.impartiality": "review", "resources.political-use": "review",
    "position.improper-advantage": "review", "capacity.council-voice": "review",
    "confidentiality.insider-advantage": "review", "interests.declared-interest": "review",
    "tone.irony-risk": "advice", "security.credentials": "block",
}


def P(fam, text, note, verdict=None, rules=None, allowed=(), who="ANY", when=None, interest=None):
    ROWS.append(dict(kind_of_row="positive", family=fam, text=text, note=note,
                     rules=list(rules or [fam]), allowed=list(allowed),
                     verdict=verdict or DEFAULT_SEV[fam], who=who, when=when, interest=interest))


def N(fam, text, note, allowed=(), who="ANY", when=None):
    ROWS.append(dict(kind_of_row="hard_negative", family=fam, text=text, note=note, rules=[],
                     allowed=list(allowed), verdict="ok", who=who, when=when, near_miss_of=fam))


def F(text, note, who="ANY", when=None):
    ROWS.append(dict(kind_of_row="filler", family=None, text=text, note=note, rules=[],
                     allowed=[], verdict="ok", who=who, when=when))


OI = "officers.impartiality"
RP = "resources.political-use"
PI = "position.improper-advantage"
GH = "gifts.hospitality"
CC = "capacity.council-voice"
IA = "confidentiality.insider-advantage"
PD = "predetermination.closed-mind"
DI = "interests.declared-interest"
DP = "data-protection.personal-data"
SC = "security.credentials"
CD = "confidentiality.disclosure"
TI = "tone.irony-risk"
PA = "respect.personal-attack"
DF = "defamation.allegation"
BI = "bullying.intimidation"
HA = "haste.pause-before-posting"

# ============================================================ officers.impartiality
P(OI, "Martin Cloke's planning department has recommended approval of yet another estate on the moors. Funny how the officers always find a way to say yes to the big developers, innit. Whose side are they on, mind?",
  "questions a named head of service's neutrality", allowed=[DF])
P(OI, "Lucy, I know you read this. Your report on the Combe Head car park is wrong on the traffic and you know it. Change it before committee or I'll be saying so in public, proper loud.",
  "public pressure on the named case officer to change her report", allowed=[BI, PD], who="NOTPLAN")
P(OI, "Asked the Head of Environmental Services three times where the rhyne clearance money's to. Three times he's fobbed me off. Kevin Moxey, 'ee can't hide behind spreadsheets forever.",
  "criticises a named officer in public", allowed=[PA])
P(OI, "Word is our Licensing Manager plays skittles with half the landlords in Wrenbridge. Make of that what you will when the late licences come up. 🤔",
  "innuendo about an officer's neutrality (role named)", allowed=[DF])
P(OI, "The s151 officer says we can't afford to reopen the Hethersey toilets. Same officer found gert piles of money for the Leader's pet projects. Funny, that. Priya Venn needs to explain herself.",
  "implies the s151 officer is partisan", allowed=[PA, DF], who="OPP")
P(OI, "Officers at Sallowmoor House have been told by the administration what to write in the flood report, I'm sure of it. The drainage chapter reads like a Levels First leaflet.",
  "questions officers' political neutrality", allowed=[DF], who="OPP")
P(OI, "Dear @SallowmoorDC: please make sure whoever wrote the enforcement notice for the Tuckers Drove lay-by actually goes out and looks at it next time. Sat in an office in Brannock guessing, by the look of it. Not good enough.",
  "public criticism of an unnamed but identifiable officer")
P(OI, "Planning enforcement have had the caravans on Blackmoor Drove reported to them six times. Wayne Gliddon either can't or won't do his job. Which is it, Wayne?",
  "names and goads an enforcement officer", allowed=[PA])
P(OI, "Monitoring Officer ruled my complaint 'not in the public interest'. David Kinsey was appointed by this Leader and it shows. Not exactly independent, is he.",
  "questions the Monitoring Officer's independence", allowed=[DF], who="OPP")
P(OI, "I'm asking officers to rewrite the housing numbers paper before it goes to cabinet. The figures they've used for Dunhollow are nonsense and they should know better than to put their names to it.",
  "presses officers in public to change a report")
P(OI, "To the planning officer writing up the Old Cider House: you'd do well to remember the committee reads your appraisal, and so do the voters. Get it right this time.",
  "veiled pressure on an officer over a pending report", allowed=[BI, PD], who="NOTPLAN")
P(OI, "Beth Tarr told a room full of tenants last night that repairs are 'on track'. On track where's it to, Beth? The Hethersey damp flats have been waiting since backalong.",
  "public mockery of a named head of housing", allowed=[PA, TI])
P(OI, "Officers have got this one badly wrong. The Head of Planning should withdraw his advice on the Yarrowcombe village design statement and start again, proper job this time.",
  "demands an officer withdraw his advice")
P(OI, "Not a fan of this Chief Exec, mind. Helen Ashdown's been here two years and all we've had is consultants and glossy slides. Time she went back up the M5.",
  "attacks the named Chief Executive", allowed=[PA])
P(OI, "Can someone tell the drainage engineer at Sallowmoor House that a rhyne is not a 'linear water feature'? He's clearly never stood in one in wellies. Useless advice, and it's cost our farmers dear.",
  "disparages an identifiable officer's advice", allowed=[PA, TI])
P(OI, "Democratic Services sat on my motion for three weeks so it'd miss the deadline. Alan Beer knows exactly what he's doing and who he's doing it for.",
  "accuses a named officer of partisanship", allowed=[DF], who="OPP")
P(OI, "Licensing officer Sue Pring has recommended the Drover's Rest gets its 2am. Sue's been wrong before and she'll be wrong again. Residents, get your objections in.",
  "undermines a named officer's recommendation; author is not on licensing", allowed=[PD], who="NOTLIC")
P(OI, "The officers' report on the Hethersey play area is one-sided. I've told the author to rewrite the options section and put in what residents actually said, not what the cabinet member wants to hear.",
  "pressing an officer to change a report and implying bias", who="OPP")

N(OI, "Big thanks to Lucy Hartnell in planning for walking the Withy Drove site with residents in the mizzle this morning. Patient, clear and fair. Proper job.",
  "thanks a named officer; no view on the application", allowed=[OI])
N(OI, "The council's drainage policy is a gert mess and the cabinet should own it. Rhynes uncleared, droves flooded. This is a political failure, not an officers' one.",
  "robust criticism of policy, officers defended", who="OPP")
N(OI, "Thanks to Helen Ashdown, our Chief Exec, for coming out to Knapton Wick to see the flooded drove for herself. That's how it should be done.",
  "praise of a named officer", allowed=[OI])
N(OI, "I've asked officers for a briefing on the rhyne clearance budget so I can answer residents properly. Will report back.",
  "ordinary request to officers")
N(OI, "I disagree with the officers' recommendation on the Yarrowcombe village design statement and I'll say why at cabinet: it doesn't protect the orchards. Officers did their job; it's the politics I'm arguing with.",
  "disagrees with advice on policy without attacking officers", allowed=[OI])
N(OI, "Anyone know where's it to, the new planning portal? Officers say it goes live Monday. Fingers crossed, mind.",
  "mentions officers neutrally")
N(OI, "Planning enforcement: if you've got caravans or tipping on a drove near you, report it online. The team can only act on what they know about.",
  "signposting to an officer team")
N(OI, "Got a proper answer from Kevin Moxey on the rhyne money within a day. Credit where it's due.",
  "praise of a named officer", allowed=[OI])
N(OI, "The Monitoring Officer's job is to advise all of us without fear or favour, and in my experience that's exactly what David Kinsey does, whatever the noise online.",
  "defends the Monitoring Officer", allowed=[OI])
N(OI, "The Licensing Manager's job is to apply the law, not to please councillors. If you want late licences changed, change the policy. That's our job, not hers.",
  "defends officers' role", allowed=[OI])
N(OI, "Whose side are they on? Not Sallowmoor's. The cabinet's flood plan leaves the moors till last again. Vote it down.",
  "shares 'whose side are they on' but aims it at the cabinet's policy", who="OPP")
N(OI, "Housing officers are run ragged. Twelve staff for 4,000 homes is a cabinet choice, and it's the wrong one.",
  "defends staff, criticises a political choice", who="OPP")
N(OI, "Question for the Leader at full council: why did the administration ignore its own officers' advice on the Hethersey toilets? Officers said keep them open. Politicians said close.",
  "cites officers' advice against the administration", allowed=[OI], who="OPP")
N(OI, "Lovely send-off planned for Alan Beer after 25 years in Democratic Services. He's off at the end of March. Lush cake guaranteed, mind.",
  "a named officer's retirement, kindly", allowed=[OI])
N(OI, "Reading the officers' report on Quarry Lane tonight. Long and detailed, and I'll want to hear from residents and the applicant before I form any view.",
  "committee member with an open mind", allowed=[PD], who="PLAN")
N(OI, "The s151 officer's budget report is clear: reserves are low. The question is what the Levels First cabinet did to get us here.",
  "uses the officer's report to criticise politicians", allowed=[OI], who="OPP")
N(OI, "Not a fan of the new bin rota, mind. Fortnightly on the moors with summer coming? Sort it, cabinet.",
  "shares 'not a fan, mind' but aims at a policy", who="OPP")
N(OI, "Officers have taken residents' comments on the play area on board and rewritten the options. That's the process working. Thanks all.",
  "officers revising a report through the proper process", allowed=[OI])

# ============================================================ resources.political-use
P(RP, "Printed 500 Community Voice leaflets on the members' room copier this morning. Cheers, Sallowmoor council tax payers 😉 Out on the droves with them tomorrow!",
  "council copier for party leaflets", who="CV")
P(RP, "Any Levels First members free Thursday? We'll be stuffing envelopes in Committee Room 2 at Sallowmoor House from 5. Tea provided.",
  "council room for party work", who="LF")
P(RP, "Sent our Green Levels by-election appeal round from my council email so it looks a bit more official. Do forward it on, mind.",
  "council email for a party appeal", who="GL")
P(RP, "Campaign photos done in the council chamber, with the mace behind our candidate. Looks gert good. Vote Mendip Edge Independents on 7 May!",
  "council chamber and regalia for campaign material", who="MEI")
P(RP, "Huge thanks to the lovely lass in the council comms team who tidied up the wording on our party leaflet in her lunch hour. Lush job.",
  "council staff helping with party material")
P(RP, "Our Levels First newsletter is out. I've popped the council crest on the front so folk know it's proper. Grab one at Brannock library.",
  "council logo on a party newsletter", who="LF")
P(RP, "From my council laptop, in between casework: here's why Community Voice is the only party that'll fix the rhynes. Thread 👇",
  "council laptop for party campaigning", who="CV")
P(RP, "Booked the meeting room at Sallowmoor House (free for members!) for our branch AGM and candidate selection on Friday. See 'ee there.",
  "council room for party selection meeting")
P(RP, "Got the council's list of flood warden volunteers off officers. Perfect for our Green Levels flood campaign. Expect a letter, folks!",
  "council data used for party campaigning", allowed=[DP], who="GL")
P(RP, "Council van was going out Hethersey way anyway, so the driver dropped our campaign boards round the ward for us. Proper job, cheers drive.",
  "council vehicle and staff time for campaign boards")
P(RP, "Using the council's own residents' survey platform to ask: who'll you vote for in May? Levels First or the rest? Results on our page Friday.",
  "council survey tool for party polling", who="LF")
P(RP, "Party canvass sheets printed on the big plotter in the planning office. Nobody minded. Out in Wrenbridge North tonight with the team!",
  "council plotter for canvass sheets", who=["Dev Malhotra", "Kerry Bickham"])
P(RP, "Our candidate's election video: filmed in the Chairman's parlour, chains of office on show. Vote Levels First!",
  "council premises and regalia in a campaign video", who="LF")
P(RP, "Rang round our Community Voice members from my council desk phone all afternoon. Saves on my own bill, mind 😂",
  "council phone for party calls", who="CV")
P(RP, "New Green Levels stickers delivered to my pigeonhole at Sallowmoor House. Come and grab some from reception.",
  "council post room and reception used for party materials", who="GL")
P(RP, "Hethersey folk: the council's 'Moor Matters' bulletin, page 3, has my piece on why only the Mendip Edge Independents will protect your green gaps. Copies at the library.",
  "party message in a council publication", who=["Gareth Rossiter"])
P(RP, "Council web team have popped a link to our Community Voice bus petition on the council's transport pages for us. Sign it!",
  "council website and staff for a party petition", who="CV")
P(RP, "Email going out from my sallowmoor.example.com council address to every parish clerk tonight, asking them to back Community Voice's rural bus pledge.",
  "council email account for party lobbying", who="CV")

N(RP, "Printed 500 leaflets on my own printer at home this morning. Out on the droves with Community Voice tomorrow, paid for by the party as it should be.",
  "party leaflets with own resources", who="CV")
N(RP, "Surgery this Saturday in Committee Room 2, Sallowmoor House, 10 till 12. Casework only: bring your rhyne, bin and parking woes.",
  "council room for council casework")
N(RP, "My council email is for casework. For anything party-related, use greenlevels.tamsin@example.com. Keeps things tidy, mind.",
  "keeps party and council apart; own party email", allowed=[DP], who=["Tamsin Rowsell"])
N(RP, "Levels First campaign day in Brannock on Saturday. Meeting at the Cornhill café, not the council offices, before anyone asks 😉",
  "party campaigning away from council premises", who="LF")
N(RP, "The council's flood bulletin is out: sandbag points, rhyne levels, who to ring. Worth a read whatever your politics.",
  "promotes a council publication, no party content")
N(RP, "Used my council laptop all morning to clear casework: 23 emails, mostly bins, and one about a very cross goose on Tuckers Drove.",
  "council laptop for council work")
N(RP, "Our Green Levels candidate video, filmed out on the moor with a gert sky behind her. No council buildings harmed in the making of it.",
  "party video without council resources", who="GL")
N(RP, "Reminder to all members: the Code says no council kit for party work. Our group uses its own laptops and phones. Simple.",
  "states the rule", allowed=[RP])
N(RP, "The council's comms team put out the new flood warden appeal today. Please share: it's not political, it's just wet.",
  "council staff on council business")
N(RP, "Booked Brannock Scout hut, paid from party funds, for our branch AGM on Friday. See 'ee there.",
  "party meeting at a paid private venue")
N(RP, "I'll be at Sallowmoor House on Tuesday for cabinet. If you want a chat about the budget, catch me in the foyer after.",
  "council building for council business")
N(RP, "Community Voice leaflet out this week: our plan for the rhynes, the buses and the library. Promoted by Community Voice, 9 Mill Road, Wrenbridge.",
  "party leaflet with party imprint", who="CV")
N(RP, "Council van doing the rounds on the droves today collecting flytipped mattresses. Proper job, crew.",
  "council van on council work")
N(RP, "Filmed in the council chamber, with permission, for the Youth Parliament. No party colours, just young people having their say. Lush.",
  "chamber used for a non-party civic event")
N(RP, "Rang round the flood wardens from the council's emergency line last night, checking everyone was OK. That's what it's for.",
  "council phone for council purposes")
N(RP, "Council's residents' survey on the bus timetable closes Friday. However you vote, fill it in!",
  "council survey, no party content")
N(RP, "Anyone else fed up with the council crest going on every cabinet press release next to the Leader's face? Comms should serve all members, not one party.",
  "complains about possible misuse; no misuse by the author", allowed=[RP], who="OPP")
N(RP, "Collected my post from the pigeonhole at Sallowmoor House. Three letters about the bus, one about the orchards, one handwritten thank you. Made my day.",
  "council pigeonhole for council post")

# ============================================================ position.improper-advantage
P(PI, "Having trouble getting your barn conversion through? Drop me a DM. As your councillor I can have a word in the right ear and get it moving.",
  "offers to use the role to move an application")
P(PI, "If you need a rhyne cleared sharpish, my brother-in-law's firm Moorside Ditching does a proper job. I'll make sure the council knows they're the ones to use.",
  "steers council work to a relative's firm")
P(PI, "Told the Wrenbridge Quay traders I'll get their parking permits sorted before anyone else's. Least I can do for folk who've always voted for me.",
  "favours for supporters")
P(PI, "My daughter's just opened a café on Cornhill, lush cakes! I've asked officers to see if she qualifies for the town centre grant. Pop in!",
  "promotes a family business and lobbies for its grant")
P(PI, "Tradespeople: want to get on the council's approved list? Have a chat with me first. I know how it works and I can push your name up.",
  "offers to influence a contractor list")
P(PI, "Still waiting on your housing application? Vote Levels First and I'll see you're looked after. A few of my neighbours have already been bumped up, mind.",
  "housing favours tied to votes", who="LF")
P(PI, "Any Brannock business that sponsors our carnival float gets a quiet word from me when their licence comes up. 'Ee scratch my back, as they say round here.",
  "offers licensing influence for sponsorship", allowed=[GH])
P(PI, "Planning enforcement knocking? Give me a ring before you answer the door. Being a councillor has to be good for something 😉",
  "offers to shield people from enforcement")
P(PI, "Book your skip from Levels Skips, my nephew's firm, and I'll make sure the council doesn't bother you about the permit.",
  "relative's business plus waived enforcement")
P(PI, "I'm chairing the grants panel next month, so if your club's a friend of mine, now's the time to get your form in, if 'ee know what I mean.",
  "hints at favouritism in grants", who="BACK")
P(PI, "Plumber in Hethersey says he'll do my boiler at cost if I help with his planning. Seems fair to me, everyone's a winner.",
  "seeks a personal benefit in return for help with planning", allowed=[GH])
P(PI, "Parking fine on Cornhill? Send me the ticket and I'll have a word with the parking team. Perks of having a councillor, my lover.",
  "offers to get fines cancelled")
P(PI, "Recommend my wife's holiday let out on the Levels to anyone visiting for council business. I've told officers to put it in the visitor pack. Gert views!",
  "uses the role to promote a spouse's business")
P(PI, "Anyone on the council house waiting list who helps out with my leaflets, let me know. I'll see what I can do about your banding.",
  "housing favours for campaign help")
P(PI, "Mate of mine wants a market pitch in Brannock. Told him to use my name when he rings the market office. Should do the trick.",
  "lends the councillor's name to jump a queue")
P(PI, "Local builders: get your tenders in for the Hethersey depot roof. I sit on the panel and I'll remember who helped out at our fete.",
  "links a tender to favours")
P(PI, "Shout out to Coombes Tree Surgery, my cousin's firm. I've asked highways to give them the willow pollarding on the droves this year. Nobody does it better.",
  "steers council work to a cousin's firm")
P(PI, "Want your kid into the school you picked? Drop me a line. I sit on the admissions appeals list and I know what swings it.",
  "offers to use a quasi-judicial role for favours")

N(PI, "Having trouble with a planning application? The council's duty planner service is free: Tuesday mornings, Sallowmoor House. I can point you there, but I can't pull strings for anyone.",
  "signposts the proper service", allowed=[PI])
N(PI, "Rhyne blocked near you? Report it to the council online. I'll chase it if nothing happens in a fortnight, same as for everyone.",
  "ordinary casework offer")
N(PI, "The new café on Cornhill does a lush cream tea. Nothing to do with me, just a happy customer. Support local!",
  "recommends a business with no connection")
N(PI, "No, I can't get your parking ticket cancelled. Nobody can, councillor or not. Here's how to appeal it properly: link on the council site.",
  "refuses a favour")
N(PI, "Tradespeople: the council's approved contractor list is open for applications till 27 March. It's all online and it's scored blind. Have a go!",
  "promotes an open process")
N(PI, "Fast-track for the Hethersey flood grants? I asked the cabinet member. Answer's no, everybody waits their turn. Fair enough, I suppose.",
  "shares 'fast-track' but reports fair process")
N(PI, "Someone offered to do my boiler 'at cost' after I helped with his planning query. Said no thanks and told the Monitoring Officer. That's not how it works.",
  "refuses a favour and reports it", allowed=[PI, GH])
N(PI, "I don't sit on the grants panel and I wouldn't want to. If your club needs help with a form, Wrenbridge CVS do free sessions.",
  "signposts help with grants")
N(PI, "Housing banding is set by officers against published criteria. I can check your case has been looked at, but I can't move you up. Sorry, that's the truth.",
  "explains limits of the role")
N(PI, "Market pitches in Brannock: ring the market office on 01632 960 233. First come, first served, no names needed.",
  "council office number; no queue-jumping")
N(PI, "As your councillor I can't fix your planning application, but I can make sure you know how to comment on one. Guide below 👇",
  "shares 'as your councillor' but refuses to intervene", allowed=[PI])
N(PI, "Use a local firm for your hedge and ditch work. There's a good list on the Levels business directory. Support local!",
  "general support for local business")
N(PI, "Our Sallowmoor fete raffle: a hamper, a bottle of scrumpy and a ride in the weed-cutting boat! Tickets £1 from the post office.",
  "fete raffle")
N(PI, "Skips: you need a permit if it goes on the road. Any skip firm will sort it for you, just ask. Saves a fine.",
  "general advice on permits")
N(PI, "I'll be at the Wrenbridge traders' breakfast on Friday to hear their parking worries. Same offer to any business group: just invite me.",
  "equal access for all groups")
N(PI, "Proud to open the new farm shop at Knapton Wick this morning. Gert display of cheeses and local apple juice. Paid for my own basket, mind!",
  "ribbon cutting, paid own way", allowed=[PI, GH])
N(PI, "School appeals are decided by an independent panel. I can't influence it and neither can anyone else. Here's the guidance.",
  "explains that appeals are independent")
N(PI, "Asked highways why the hedge and verge contract on the droves went out of county. Cheapest bid, they say. I think local should count for more in the scoring; that's a policy question and I'll raise it at scrutiny.",
  "policy question about procurement")

# ============================================================ gifts.hospitality
P(GH, "Cracking lunch at the Drover's Rest today. Landlord Jack wouldn't let me take my wallet out. Lovely man. Hope his late licence goes through.",
  "free meal from a pending licence applicant; author not on licensing", verdict="review", allowed=[PD], who="NOTLIC")
P(GH, "Thanks to Moorland Leisure Parks for the tour of their lodge sites in Devon and a lush night's stay. Really opened my eyes to what lodges could do for the Levels.",
  "overnight hospitality from a pending planning applicant", verdict="review", allowed=[PD], who="NOTPLAN")
P(GH, "Tor Orchards Cider Co. sent round a gert case of their vintage for Christmas. Proper drop, cheers lads!",
  "gift from the applicant for listed building consent", verdict="review", who="NOTPLAN", when=("2026-01-05", "2026-01-16"))
P(GH, "Sedgeway Solar treated a few of us councillors to a day at the races at Wincanton. Lovely people, lovely day.",
  "hospitality from a pending solar farm applicant", verdict="review", who="NOTPLAN")
P(GH, "Front row seats at the Wrenbridge panto courtesy of Quayside Living. Oh yes they did! 🎭",
  "tickets from a pending planning applicant", verdict="review", who="NOTPLAN", when=("2026-01-05", "2026-01-23"))
P(GH, "Mendip Ridge Homes put on a lovely dinner at the Swan for us ward councillors to hear about their plans for the village. Cracking steak.",
  "dinner from a pending applicant for its own site", verdict="review", allowed=[PD], who=["Rob Wheadon", "Lorraine Bartlett"])
P(GH, "Tickets to Bath v Bristol at the Rec from the firm bidding for our waste contract. Can't complain, gert game!",
  "hospitality from a contract bidder", verdict="review")
P(GH, "Our drainage contractor Levelmoor Civils dropped a hamper round my house. Mind, they do want the clearance contract renewed. Lush chutney.",
  "gift from a contractor seeking renewal", verdict="review")
P(GH, "Moorfest Events gave me two weekend wristbands for this summer's festival. Reckon I'll be there in my wellies 🎶",
  "gift from a pending licence applicant", verdict="review", who="NOTLIC")
P(GH, "Combe Head Attractions had me round for a cream tea and a private tour of the caves. Smashing. Well worth a look when their plans come to committee.",
  "hospitality from a pending applicant", verdict="review", allowed=[PD], who="NOTPLAN")
P(GH, "Got my hair done for free at the new salon on Market Street. The owner's applying for a pavement licence and said it was the least she could do. Lush!",
  "free service from someone seeking a licence", verdict="review")
P(GH, "Abbey Barn Weddings laid on a tasting menu for a few of us councillors up at the barn. Gert good venue already, mind.",
  "hospitality from a pending planning applicant", verdict="review", allowed=[PD], who="NOTPLAN")
P(GH, "The Chamber of Commerce gave me a voucher for the spa at Brannock Manor after I spoke at their dinner. Treat for Mothering Sunday sorted!",
  "valuable gift because of the role; no decision sought", verdict="advice", when=("2026-03-02", "2026-03-13"))
P(GH, "Someone left a bottle of single malt on my doorstep with a card: 'for all your hard work, Councillor'. No name. Very kind, whoever 'ee are!",
  "anonymous gift to the councillor", verdict="advice")
P(GH, "The Levels Camera Club gave me a framed print of the moors in flood after I opened their exhibition. Gert lovely thing, it's going in the hall.",
  "gift for opening an event", verdict="advice")
P(GH, "A local businessman's given me the use of his holiday cottage in Cornwall for a week. Says it's a thank you for being a good councillor. Can't wait!",
  "significant gift because of the role", verdict="advice")
P(GH, "Free annual membership at Yarrowcombe Golf Club, handed over at the club dinner 'for our councillor'. Better get practising!",
  "free membership because of the role", verdict="advice")
P(GH, "Lovely Christmas hamper from the Brannock traders' association: sloe gin, Cheddar, the lot. Thank you all!",
  "hamper from a traders' group", verdict="advice", when=("2026-01-05", "2026-01-16"))

N(GH, "Quayside Living offered councillors panto tickets. I said no thanks: they've got flats in for planning. Kindly meant, I'm sure.",
  "refused gift from an applicant", allowed=[GH])
N(GH, "Cracking lunch at the Drover's Rest today. Paid my own bill, before anyone asks 😉 Lush faggots and peas.",
  "paid meal at a pending licensee's pub", allowed=[GH])
N(GH, "Registered the Chamber of Commerce dinner with the Monitoring Officer today. Anything over £100 within 28 days, that's the rule. Easy.",
  "registering hospitality", allowed=[GH])
N(GH, "A pot of homemade jam from Mrs next door for clearing her path in the snow. That's not a gift to a councillor, that's just neighbours. Lush.",
  "personal gift unrelated to the role", allowed=[GH])
N(GH, "Sent back the case of cider Tor Orchards dropped round, with a polite note. Can't accept it while their listed building application's pending.",
  "returned gift", allowed=[GH])
N(GH, "Tea and a biscuit at Sallowmoor WI after my talk on the rhynes. Normal hospitality, and the Victoria sponge was gert good.",
  "normal hospitality with duties", allowed=[GH])
N(GH, "We paid for our own tickets to the air ambulance fundraiser at the showground. Lovely evening, good cause.",
  "paid tickets")
N(GH, "Declined Sedgeway Solar's invitation to the races. Happy to meet them at Sallowmoor House with officers present, like anyone else.",
  "declined hospitality from an applicant", allowed=[GH])
N(GH, "Bought a hamper at the Brannock traders' Christmas fair for my mum: sloe gin, Cheddar, the lot. Support local!",
  "bought, not given", when=("2026-01-05", "2026-01-09"))
N(GH, "Bath v Bristol at the Rec Saturday. Paid for my own seat, froze, lost my voice. Worth it.",
  "paid own ticket")
N(GH, "The council's gifts and hospitality register is published online: every member's, mine included. Have a look if you're curious.",
  "signposts the register", allowed=[GH])
N(GH, "Mendip Ridge Homes invited us to dinner to talk about their plans. I asked for a meeting at the council offices instead, with a planning officer in the room.",
  "declined hospitality from an applicant", allowed=[GH])
N(GH, "Free cream tea at Combe Head? Only on their public open day, and I paid £6.50 like everyone else. Still lush.",
  "paid like any member of the public", allowed=[GH])
N(GH, "Levels Camera Club exhibition is on at Brannock library till Friday. Free entry, gert photos of the moors in flood.",
  "promotes an exhibition")
N(GH, "Brought home a goodie bag from the parish clerks' conference: a pen, a lanyard and a very small bar of chocolate. I think I'll survive the scandal.",
  "trivial conference freebies, self-mocking", allowed=[GH, TI])
N(GH, "Someone left a bottle on my doorstep with no name. It's going in the raffle for the flood wardens and I've logged it with the Monitoring Officer.",
  "anonymous gift disposed of and logged", allowed=[GH])
N(GH, "Abbey Barn Weddings asked whether councillors would like a tasting evening. Not while their application's live, thanks.",
  "declined hospitality from an applicant", allowed=[GH])
N(GH, "A gert thank-you card from the Hethersey Guides for helping at their camp. It's on my fridge. Best present going.",
  "thank-you card")

# ============================================================ capacity.council-voice
P(CC, "Sallowmoor District Council says NO to the Levels link road. We will fight it every step of the way. #NoLinkRoad",
  "speaks as the council without a decision", who="BACK")
P(CC, "Official: the council is backing cider makers against the new duty rules. Sallowmoor stands with the orchards! 🍎",
  "claims an official council position", who="BACK")
P(CC, "On behalf of Sallowmoor District Council, congratulations to the new president of Levels Rugby Club. Proper job!",
  "speaks on behalf of the council from a councillor account", who="BACK")
P(CC, "The council's position is clear: the water company must pay for every rhyne it's let silt up. That's the official line and I'm sticking to it.",
  "personal view presented as the official line", who="BACK")
P(CC, "Sallowmoor District Council believes the Green Levels nature recovery plan is the way forward for the moors.",
  "a party plan presented as the council's belief", who="GL")
P(CC, "Community Voice's view, and the council's, is that the bus cuts are a disgrace.",
  "party view presented as the council's", who="CV")
P(CC, "Speaking for the council here: we'll not be putting up with second homes on the Mendip edge any longer. Watch this space.",
  "claims to speak for the council", who="BACK")
P(CC, "The district council fully supports the farmers' tractor protest in Brannock tomorrow. See you there!",
  "claims council support for a protest", who="BACK")
P(CC, "Sallowmoor DC's official response to the MP: get your wellies on and come and see the droves, or stop talking about them.",
  "invents an official council response", who="BACK")
P(CC, "Our council condemns the county's plan to close Hethersey library. That's Sallowmoor's official position, whatever the cabinet says.",
  "an opposition member declares the council's position", who="OPP")
P(CC, "Sallowmoor Council's backing the campaign to save Wrenbridge cottage hospital. Official! Share this.",
  "council position claimed from a personal account", who=["@pavey_fishes"])
P(CC, "Sallowmoor District Council is behind Wrenbridge Town FC all the way. Up the Bridgers! ⚽",
  "speaks for the council from a personal account", who=["@rosie_withies"])
P(CC, "I can confirm that Sallowmoor District Council will be refunding everyone's garden waste fees after the missed collections.",
  "announces an undecided council action", who="BACK")
P(CC, "The Council believes the Mendip Edge Independents' quarry levy is the only fair way forward.",
  "party policy presented as the council's belief", who="MEI")
P(CC, "On behalf of the whole council, I'd like to apologise to Knapton Wick for the state of the droves. We've let you down.",
  "backbencher apologising on behalf of the council", who="BACK")
P(CC, "Sallowmoor District Council does not recognise the Environment Agency's so-called flood defence review. Our moors, our call.",
  "claims a council position on a national review", who="BACK")
P(CC, "Message from Sallowmoor District Council: we're twinning with a cider town in Brittany and it's going to be lush. Details to follow.",
  "announces an undecided council decision in its name", who="BACK")
P(CC, "The council stands with the striking bus drivers. That's our position, full stop.",
  "claims a council position on an industrial dispute", who="BACKOPP")

N(CC, "Personal view, not the council's: the Levels link road would wreck the moors. I'll be voting against it at full council.",
  "personal view on policy, clearly labelled", who="BACK")
N(CC, "Full council voted last night to oppose the reservoir scheme, 31 votes to 4. That's now the council's position, and I'm glad of it.",
  "reports a council resolution accurately", allowed=[CC], when=("2026-02-27", "2026-02-27"))
N(CC, "Congratulations to the new president of Levels Rugby Club from me and everyone in Brannock Abbey ward. Proper job!",
  "congratulations in own name", who=["Sandra Hembrow", "Pauline Gulliford"])
N(CC, "Cider makers, I'm with you on the new duty rules. That's my view and Green Levels' view; the council hasn't taken a position yet.",
  "distinguishes party from council", allowed=[CC], who="GL")
N(CC, "The council's official flood advice is on the website. Please follow that rather than anything you read on my page. Stay safe on the droves.",
  "points to official advice")
N(CC, "Community Voice opposes the bus cuts. We'll table a motion so the whole council can decide where it stands.",
  "party view labelled as the party's", who="CV")
N(CC, "Personal account, views my own. Wrenbridge Town FC, up the Bridgers! 🔴⚪",
  "personal account, labelled", who=["@pavey_fishes"])
N(CC, "Cabinet agreed yesterday to oppose the county's library closures. Official statement from @SallowmoorDC below.",
  "reports a cabinet decision and points to the official account", allowed=[CC], when=("2026-02-04", "2026-02-04"))
N(CC, "I'd like the council to apologise to Knapton Wick for the state of the droves. I'll be asking the Leader to do just that.",
  "asks the council to act; does not speak for it", who="BACK")
N(CC, "Speaking for myself here: second homes on the Mendip edge are hollowing out our villages.",
  "shares 'speaking for' but in own name")
N(CC, "Sallowmoor District Council has been shortlisted for a national flood resilience award. Well done to all the staff involved!",
  "reports a fact about the council, not a view", allowed=[CC])
N(CC, "Not the council's position (yet!) but mine: the water company should pay for every silted rhyne. Motion going in for March.",
  "labelled personal view")
N(CC, "Official: I've bought new wellies. The council's position on their colour: gert yellow. 😂",
  "joke using 'official' and 'council's position'", allowed=[CC])
N(CC, "'The Council believes the reservoir must not go ahead': that's the wording full council adopted in February. Good to see it in our consultation response.",
  "quotes an adopted resolution", allowed=[CC], when=("2026-03-02", "2026-03-27"))
N(CC, "Message from me, not from the council: Rachel Dunkerton MP, get your wellies on and come and see the droves. Invitation stands.",
  "labelled personal message to the MP")
N(CC, "Green Levels backs the tractor protest in Brannock tomorrow. The council hasn't got a view; we have.",
  "party view labelled as the party's", who="GL")
N(CC, "Garden waste refunds: I've asked the cabinet member whether the council will refund fees after the missed collections. No decision yet. Will update.",
  "reports that no decision has been made", who="BACK")
N(CC, "As a member of Sallowmoor District Council I'm proud of our staff's work during the floods. Proper job, all of you.",
  "own pride as a member", allowed=[CC])

# ============================================================ confidentiality.insider-advantage
P(IA, "If I were after a bit of land near Wrenbridge Quay I'd be getting my skates on before the spring. That's all I'm saying. 🤐",
  "veiled tip from inside knowledge", allowed=[CD])
P(IA, "Little birdie tells me the council's about to sell off the Hethersey allotments. Any developers reading: worth a call to the estates team sooner rather than later.",
  "tip to developers before an announcement", allowed=[CD], when=("2026-01-05", "2026-01-30"))
P(IA, "Friends in the caravan trade: the council's tightening the rules for pitches on the droves from April. Get your site licences in now while it's the old fee.",
  "advance warning to friends to beat a change")
P(IA, "Tip for my builder mates: the depot roof tender's coming out next month and the budget's bigger than you'd think. Sharpen your pencils.",
  "budget information to friends before a tender", allowed=[CD])
P(IA, "Anyone thinking of buying on Quay Street, I'd wait. Something's coming in the regeneration plans that won't be public till May. Trust me.",
  "tip based on unpublished plans")
P(IA, "Stallholders: get your summer market applications in now, before the fees go up. Not been announced yet, mind.",
  "tip ahead of an unannounced change")
P(IA, "Heads up, Dunhollow: the Local Plan draft I've seen puts homes on the fields behind the chapel. If you're selling land round there, hang on; if you're buying, be quick.",
  "use of an unpublished draft for property advantage")
P(IA, "Not supposed to say, but the parking charges at Combe Head are going up in April. Get your annual permit before then 😉",
  "tip from unannounced information", allowed=[CD])
P(IA, "My son-in-law's after a unit, so I told him to look at the old creamery site. Council's going to let it cheap to the right tenant. He'll be first in the queue.",
  "family advantage from inside knowledge", allowed=[PI])
P(IA, "Landlords in Wrenbridge: the licensing scheme I was briefed on starts in the summer. Might be a good time to sell a few houses, if 'ee catch my drift.",
  "tip from a members' briefing")
P(IA, "Word to the wise for Brannock shopkeepers: the Cornhill closure for the new drains is happening in June. Stock up before. You didn't hear it from me.",
  "early notice of an unannounced closure")
P(IA, "Pals in the haulage game: the weighbridge contract's going to be re-let with a lower bar. Get your paperwork ready.",
  "procurement tip to friends")
P(IA, "If you've got a field on the Sallowmoor side of the river, don't sell it cheap. I know what the flood storage scheme will be paying per acre. 😉",
  "advantage from knowledge of compensation rates")
P(IA, "Anyone after a lush little plot? The council's getting rid of three bits of land along Tuckers Drove. The estate agents won't know for weeks.",
  "tip ahead of a disposal")
P(IA, "Told my brother to put his name down for the new business units before the council's press release goes out tomorrow. Family first!",
  "family advantage before an announcement")
P(IA, "Buy your season tickets for the Peat Moor car parks now: the fees are going up in next month's budget. Don't say I never tell 'ee nothing.",
  "tip based on draft budget", when=("2026-01-05", "2026-01-30"))
P(IA, "Rumour? No, fact: the council's moving its offices out of Brannock. If you own a sandwich shop on Cornhill, start planning now.",
  "unannounced decision shared as a tip", allowed=[CD])
P(IA, "To the cabbies in my ward: buy your plates now, the council's capping numbers from June. Not public yet.",
  "tip to a trade ahead of a change")

N(IA, "Heads up: cabinet's agreed to consult on selling the Hethersey allotments. Consultation's open till 20 March. Have your say.",
  "published consultation", allowed=[IA], when=("2026-02-05", "2026-03-19"))
N(IA, "The depot roof tender is now live on the council's procurement portal. Local firms, have a go!",
  "published tender")
N(IA, "Stallholders: summer market fees were agreed at budget council last night, unchanged. Applications open Monday.",
  "reports a decision already made", when=("2026-02-27", "2026-02-27"))
N(IA, "Word to the wise: the rhyne behind Quay Street floods every February. Don't park your car there overnight, mind.",
  "local knowledge, not inside knowledge")
N(IA, "Parking charges at Combe Head go up in April. It was in the published budget. The annual permit's still the best deal.",
  "published information", allowed=[IA])
N(IA, "The Local Plan draft is out for consultation: homes proposed at Dunhollow, Yarrowcombe and Hethersey. Read it and respond before 27 March.",
  "published consultation")
N(IA, "Little birdie tells me... it's spring! First lapwings back on the moor at Sallowmoor. Lush.",
  "'little birdie' about birds", when=("2026-03-02", "2026-03-27"))
N(IA, "Cornhill closure for the new drains starts on 8 June. The council's notice went out today. Shops, plan your deliveries.",
  "published notice")
N(IA, "Taxi plate numbers: the consultation on capping them is open now. I've not made my mind up, so tell me what 'ee think.",
  "published consultation")
N(IA, "Before you sell any land to a developer, get independent advice. Option agreements can be gert complicated. Free session at Brannock library Tuesday.",
  "general advice")
N(IA, "Tip-off from a resident about flytipping on Tuckers Drove, passed straight to enforcement. Thanks for being our eyes.",
  "'tip-off' from a resident")
N(IA, "You didn't hear it from me... because it was on Levels FM this morning: the bus station's getting new shelters. Lush.",
  "joke: already public", allowed=[IA])
N(IA, "The business units at the old creamery are now advertised. Press release out today. Apply by April.",
  "published opportunity")
N(IA, "The flood storage scheme's compensation rates are published on the Environment Agency site. If you farm along the river, have a look.",
  "published rates")
N(IA, "Family first: took my brother to the Brannock wassail on Saturday. Gert night, frozen toes.",
  "'family first' with no advantage", when=("2026-01-19", "2026-01-23"))
N(IA, "I've been asked if the council's moving its offices out of Brannock. Honest answer: no decision has been made, and I'll tell you when one is.",
  "declines to speculate")
N(IA, "Landlords: the council's consulting on a licensing scheme for Wrenbridge. Nothing decided. Response form on the website.",
  "published consultation")
N(IA, "Season tickets for the Peat Moor car parks go on sale Monday, prices as in the budget agreed last week.",
  "published prices", when=("2026-03-02", "2026-03-06"))

# ============================================================ predetermination.closed-mind
P(PD, "Forty holiday lodges on Withy Drove? Over my dead body. I'll be voting against, whatever the officers come up with.",
  "planning member, settled view against a pending site", verdict="block", who="PLAN")
P(PD, "Proper job, Levels Biogas. That digester at the Old Peat Works is exactly what Hethersey needs. It's getting my vote, no question.",
  "planning member, settled view in favour of a pending application", verdict="block", who="PLAN")
P(PD, "The Drover's Rest is not getting a 2am licence. Not while I'm on licensing. Wrenbridge North has had enough.",
  "licensing member, settled view against a pending variation", verdict="block", who="LIC")
P(PD, "25/01587/OUT, 120 houses on Quarry Lane. This must be refused. End of.",
  "planning member names a pending reference and closes their mind", verdict="block", who="PLAN")
P(PD, "Moorfest? Brilliant for the Levels. I'll be backing the licence all the way, mind, and I don't care what the police say.",
  "licensing member, settled view in favour of a pending licence", verdict="block", who="LIC")
P(PD, "Solar panels on Knapton Wick Farm will never be approved while I'm sat on that committee. Our moors are for food, not panels.",
  "planning member, settled view against a pending site", verdict="block", who="PLAN")
P(PD, "Quayside Living's flats on the Quay: I've made up my mind. Gert ugly block, no parking. No.",
  "planning member, settled view naming the applicant", verdict="block", who="PLAN")
P(PD, "Brannock Late Shop wants to sell booze till midnight on Market Street. Already decided: not a chance.",
  "licensing member, settled view against a pending licence", verdict="block", who="LIC")
P(PD, "The Abbey Barn wedding venue is a lush idea and I'll be voting it through. Objectors can say what they like.",
  "planning member, settled view in favour", verdict="block", who="PLAN")
P(PD, "Combe Head visitor centre: dead in the water as far as I'm concerned. I won't be persuaded, so don't bother trying.",
  "planning member, closed mind on a pending site", verdict="block", who="PLAN")
P(PD, "LIC/26/0019. I've read enough. Refuse it. A three-day rave on the showground, where's it going to end?",
  "licensing member names a pending reference and decides", verdict="block", who="LIC")
P(PD, "25/01755/LBC, works to the Old Cider House. Whatever the conservation officer says, I'm voting no. Leave the old place be.",
  "planning member, settled view on pending listed building consent", verdict="block", allowed=[OI], who="PLAN")
P(PD, "Another caravan site application on the moors is coming up soon, I hear. It won't get past me. Never.",
  "planning member, settled view on an expected application", verdict="review", who="PLAN")
P(PD, "Taxi driver licence review next week. I don't need to hear his side: he's not fit to drive, full stop.",
  "licensing member prejudges a review", verdict="review", who="LIC")
P(PD, "There's talk of a drive-thru at the Brannock bypass roundabout. When it comes to committee it's a yes from me, no matter what.",
  "planning member, settled view in favour of an expected application", verdict="review", who="PLAN")
P(PD, "The Hethersey barns appeal should be thrown out, and I'll say so in my statement whatever the applicant argues. Mind's made up.",
  "planning member, closed mind on an appeal", verdict="review", who="PLAN")
P(PD, "Street trading consent for the burger van on Cornhill comes to us next month. I've already decided: refused.",
  "licensing member prejudges a street trading consent", verdict="review", who="LIC")
P(PD, "Whatever the officers say about the new poultry sheds planned for Blackmoor Drove, I'm voting them down when they come in.",
  "planning member, settled view on an expected application", verdict="review", who="PLAN")

N(PD, "Forty holiday lodges on Withy Drove: I've got concerns about flooding and traffic on the drove. I'll listen to everyone at committee before I decide.",
  "predisposition with an open mind", allowed=[PD], who="PLAN")
N(PD, "I'm not on the planning committee, so I can say it: the Quarry Lane estate is wrong for Dunhollow and I'll be objecting as ward member.",
  "ward member not on the committee objecting", allowed=[PD], who=["Lorraine Bartlett"])
N(PD, "My mind's made up: it's the faggots and peas at the Drover's Rest. Decisions, decisions. 😂",
  "'mind's made up' about lunch", allowed=[PD])
N(PD, "The Local Plan housing numbers are wrong and I've made my mind up to vote against them at full council. That's policy, and I'm allowed a view.",
  "settled view on policy, not a quasi-judicial matter", allowed=[PD])
N(PD, "Never again will I try to get down Tuckers Drove in a Fiesta after rain. Dead in the water, me and the car.",
  "'never' and 'dead in the water' about a drive")
N(PD, "Refused! The county's bid for more gritter money, that is. Proper disappointed for our drove villages.",
  "'refused' about a funding bid")
N(PD, "Moorfest licence: I'm on the licensing committee so I won't be commenting on the application. Police, residents and organisers all get heard at the hearing.",
  "committee member declines to comment", allowed=[PD], who="LIC")
N(PD, "Predisposed? Yes, I generally like solar. Predetermined? No. I'll judge the Knapton Wick Farm application on the evidence.",
  "predisposition explicitly kept open", allowed=[PD], who="PLAN")
N(PD, "The budget cuts to the drainage team must be reversed. I'll never vote for a budget that leaves the rhynes choked.",
  "'must' and 'never' about the budget, not quasi-judicial")
N(PD, "Committee turned down the car wash on Wrenbridge Road last night. Right decision, I thought, on the noise evidence.",
  "comment on a decided application", allowed=[PD], when=("2026-02-12", "2026-02-12"))
N(PD, "How to object to a planning application on the Levels, a thread: use planning reasons (flooding, access, heritage), not 'I don't like it'.",
  "general guidance")
N(PD, "Quay Street residents: Quayside Living's plans are on the council website. Comments close 20 March. Whatever your view, have your say.",
  "neutral signposting of a pending application", allowed=[PD], when=("2026-01-05", "2026-03-19"))
N(PD, "I've got serious doubts about the Old Cider House works after reading the heritage statement. Whether they're answered is for the committee meeting to find out.",
  "concerns with an open mind", allowed=[PD], who="PLAN")
N(PD, "The Brannock Late Shop hearing is next month. Ward councillors can speak, and I'll be raising residents' worries about noise. I'm not on licensing.",
  "ward member not on the committee", allowed=[PD], who=["Graham Vowles"])
N(PD, "'This will never be approved,' said every objector to the Brannock bypass in 1987. Now look at it. 😂",
  "'never be approved' quoted about history", allowed=[TI])
N(PD, "Whatever the officers say, I'm going to keep asking why the bins on Tuckers Drove get missed.",
  "'whatever the officers say' about bins")
N(PD, "Abbey Barn wedding venue: lots of views for and against on my page. I'm on planning, so I'll keep my own powder dry till the meeting.",
  "committee member keeps an open mind", allowed=[PD], who="PLAN")
N(PD, "Combe Head visitor centre: I'm not on the committee, so as ward councillor I'll be putting residents' worries about the lanes in writing. The decision's for the committee.",
  "ward member not on the committee", allowed=[PD], who=["Tamsin Rowsell"])

# ============================================================ interests.declared-interest
W, B_, H_, T_, M_, K_, L_, R_, NP, G_, D_, GR, RW = ("Rosie Tucker", "Kerry Bickham", "Sandra Hembrow", "Trevor Pople",
    "Mervyn Hooper", "Shaun Keirle", "Lorraine Bartlett", "Tamsin Rowsell", "Neil Pavey", "Pauline Gulliford",
    "Dev Malhotra", "Gareth Rossiter", "Rob Wheadon")
P(DI, "Delighted the council's rural grants scheme has money for willow this year. The Levels Withy Growers Co-operative will put a gert good bid in, and I'll be pushing for it at scrutiny.",
  "holder backs a grant bid by the named body", who=[W], interest="Levels Withy Growers Co-operative")
P(DI, "Our Brannock market needs the council to cut its pitch fees and I'll be voting for it. Traders like us can't take another rise.",
  "holder speaks for the market company without naming it", who=[B_], interest="Brannock Farmers' Market CIC")
P(DI, "Business rates relief for small cider makers in the budget? You bet I'm backing it. Hembrow & Sons have been asking for years, and now I'm in the room.",
  "holder's family firm benefits from a budget item", who=[H_], interest="Hembrow & Sons Cider", when=("2026-01-05", "2026-02-25"))
P(DI, "Coldharbour Drove's a sensible place for new homes in the Local Plan: good access, above the flood line. I'll be making the case at cabinet.",
  "holder argues for allocating near his own land", allowed=[PI], who=[T_], interest="Land at Coldharbour Drove, Sallowmoor")
P(DI, "The council should hand the drainage board the extra £200k for clearance. I know from the inside how stretched the board is. I'll vote for it.",
  "board member backs council money for the board", who=[M_], interest="Sallowmoor Internal Drainage Board")
P(DI, "The council's reviewing the leases on the Quay. Wrenbridge Quay Rowing Club's lease must be renewed at a peppercorn, and I'll make sure of it.",
  "trustee pushes for a favourable lease", who=[K_], interest="Wrenbridge Quay Rowing Club")
P(DI, "Council land at Dunhollow should go to a community land trust, not a developer. We've got the plans ready to go. Let's get it done at cabinet.",
  "director speaks for the trust ('we') without naming it", who=[L_], interest="Mendip Edge Community Land Trust")
P(DI, "The community buildings fund should go first to halls with leaky roofs. Ours in Yarrowcombe is top of that list, and I'll be saying so when the panel meets.",
  "trustee backs funding for her own hall", who=[R_], interest="Yarrowcombe Village Hall Trust")
P(DI, "Taxi licence fees going up again? Drivers like us can't take it. I'll be voting against the new fee schedule.",
  "licensed driver votes on his own fees", who=[NP], interest="Levels Taxis")
P(DI, "The council should waive the green maintenance charge for Brannock Abbey Bowls Club this year. I've asked for it to go on the next agenda.",
  "club secretary seeks a council waiver for the club", who=[G_], interest="Brannock Abbey Bowls Club")
P(DI, "The Sallowmoor Tenants' Federation wants the council's repairs budget doubled, and I'll be moving that amendment at budget council.",
  "chair of the federation moves its demand", who=[D_], interest="Sallowmoor Tenants' Federation", when=("2026-01-05", "2026-02-25"))
P(DI, "The council's peat moor land would be perfect for wetland restoration, and the trust I'm involved with could manage it. I'll be proposing we lease it to them.",
  "trustee proposes a lease to his own charity", who=[GR], interest="Levels Wetland Trust")
P(DI, "The council's plant hire framework is up for renewal. Local firms like ours deserve a fair crack and I'll be raising it at scrutiny.",
  "director of a bidder raises the procurement", who=[RW], interest="Wheadon Plant Hire Ltd")
P(DI, "Willow for the new flood bunds should come from the Levels, not be shipped in. Us growers on the moors could supply the lot, so I'll be pushing the council to buy local.",
  "co-op member pushes council purchasing toward the co-op", who=[W], interest="Levels Withy Growers Co-operative")
P(DI, "Brannock Farmers' Market CIC has asked the council to close Cornhill to traffic on market days. I'm backing it all the way in the transport review.",
  "director backs her company's request", who=[B_], interest="Brannock Farmers' Market CIC")
P(DI, "The council's events grant should go to the Levels cider trail this year. Our orchard's on it and it's lush. I'll be arguing for it.",
  "holder argues for a grant benefiting her family firm", who=[H_], interest="Hembrow & Sons Cider")
P(DI, "The Sallowmoor Internal Drainage Board's funding is being squeezed by this council. I'll be voting to raise our contribution to the board.",
  "board member votes on funding for the board", who=[M_], interest="Sallowmoor Internal Drainage Board")
P(DI, "The tenants I represent through the federation need the council to scrap the garage rent rise, and I'll be voting it down.",
  "chair votes on a matter his body campaigns on", who=[D_], interest="Sallowmoor Tenants' Federation")

N(DI, "Market pitch fees need to come down so Brannock stays lively. I'll back any cut.",
  "same matter from a non-holder")
N(DI, "Cider rates relief is on the budget agenda. I have an interest (Hembrow & Sons), so I've declared it and I'll leave the room for that item.",
  "holder declares and steps back", allowed=[DI], who=[H_], when=("2026-01-05", "2026-02-25"))
N(DI, "Lush evening at the Wrenbridge Quay Rowing Club quiz. Our team came last. Proper job.",
  "holder posts about the body, no council matter", allowed=[DI], who=[K_])
N(DI, "The drainage board needs more money for the rhynes. Glad to see the cabinet looking at it.",
  "same matter from a non-holder")
N(DI, "As a trustee of the Levels Wetland Trust I won't be taking part in the decision on the peat moor lease. Declared, and the Monitoring Officer's been told.",
  "holder steps back", allowed=[DI], who=[GR])
N(DI, "Cut withies all morning on the moor with the co-op lot. Gert sore back. Lush light, mind.",
  "holder on personal account about the body, no council matter", allowed=[DI], who=["@rosie_withies"])
N(DI, "Taxi licence fees: I've read the report and I think the rise is too steep. I'll be voting against.",
  "same matter from a non-holder")
N(DI, "The Monitoring Officer has granted me a dispensation to speak on the community land trust motion; it's published on the council website. I'll declare at the start.",
  "holder cites a published dispensation", allowed=[DI], who=[L_])
N(DI, "Community buildings fund: I'm a trustee of Yarrowcombe hall, so I've asked the Monitoring Officer whether I can speak. I'll sit out if told to.",
  "holder asks the Monitoring Officer", allowed=[DI], who=[R_])
N(DI, "Brannock Abbey Bowls Club had their best season in years. Well done, the lot of 'ee!",
  "non-holder congratulates the club")
N(DI, "Cab was on the go all evening ferrying folk home from the Wrenbridge wassail. Lush atmosphere, sore feet.",
  "holder on his trade, no council matter", allowed=[DI], who=[NP], when=("2026-01-19", "2026-01-23"))
N(DI, "Willow for the flood bunds should be grown on the Levels. Buy local, council!",
  "same matter from a non-holder")
N(DI, "The plant hire framework goes to scrutiny on Wednesday. Wheadon Plant Hire is my family firm, so I'll declare and leave the room.",
  "holder declares and leaves", allowed=[DI], who=[RW])
N(DI, "The Tenants' Federation make a strong case for doubling the repairs budget. I'll be listening at budget council.",
  "same matter from a non-holder", when=("2026-01-05", "2026-02-25"))
N(DI, "Cider makers of the Levels: the consultation on rural rates is open. I've declared my family's orchard so I won't be voting, but you can all have your say.",
  "holder declares and signposts", allowed=[DI], who=[H_])
N(DI, "Coldharbour Drove, Dunhollow and Hethersey are all in the draft Local Plan. Read it, respond.",
  "same matter from a non-holder")
N(DI, "Tenants' Federation AGM tonight at the Wrenbridge community centre. All tenants welcome, tea and biscuits.",
  "holder posts about the body, no council matter", allowed=[DI], who=[D_])
N(DI, "Drainage board inspection this morning at the clyse on Sallowmoor. Gert water levels. Board members out in force.",
  "holder posts about the body, no council matter", allowed=[DI], who=[M_])

# ============================================================ data-protection.personal-data
P(DP, "Happy 100th birthday to Gladys Tapp of 14 Moor Lane, Hethersey, TA97 4QX! Born in the house next door. Gert lovely lady.",
  "name with address and postcode", verdict="review")
P(DP, "Well done to Reg and Mavis Hurle of 3 Drove Cottages, Tuckers Drove, on their diamond wedding. Lush couple.",
  "names with address", verdict="review")
P(DP, "Mr Dibble at 22 Quay Street has complained about the bins AGAIN. Sorry, Mr D, collection day isn't changing.",
  "resident's name and address, complaint made public", verdict="review")
P(DP, "Biggest marrow at the Sallowmoor show goes to Terry Fudge, Rose Cottage, Knapton Wick. Gert veg!",
  "name with address", verdict="review")
P(DP, "Jean Harptree from the Quay has been diagnosed with MS and is struggling with the stairs. Council, sort her out a ground-floor flat now!",
  "named resident's health condition", verdict="block")
P(DP, "Poor old Stan Cottle on Church Lane, Yarrowcombe, has early dementia now and wanders the droves at night. Keep an eye out, mind.",
  "named resident's health with address", verdict="block")
P(DP, "Parking ticket PCN SM40917732 for Mrs Hallett on Market Street should be cancelled. She was unloading her shopping, for goodness' sake.",
  "case reference with a name", verdict="block")
P(DP, "Anyone else know the lad who's just come out of Horfield and moved into the flat above the chip shop on Quay Street? Residents are worried.",
  "criminal record of a person identifiable from context", verdict="block")
P(DP, "Well done to Ellie-May and Tia in Year 5 at Hethersey Primary for their gert poster on rhyne safety! 🌊",
  "named children with their school", verdict="block")
P(DP, "Get well soon to Gary on the council's bin rounds. Heard his cancer's back. Thinking of 'ee, Gary.",
  "council staff member's health", verdict="block")
P(DP, "The asylum-seeking family in the old vicarage at Dunhollow, the Mahmouds, have been made ever so welcome. Lovely kids.",
  "immigration status and address of a named family", verdict="block")
P(DP, "Car reg KX19 ZPB has been dumped on Blackmoor Drove for three weeks. Owner's Dean from Wrenbridge. Shift it, Dean!",
  "vehicle registration with a first name", verdict="block")
P(DP, "Marjorie Harvey, date of birth 3/4/1948, is still waiting on her blue badge. Disgraceful!",
  "date of birth and disability of a named person", verdict="block")
P(DP, "If you see Kelvin Rice around Brannock, he's on the sex offenders register, just so you know. Protect your kids.",
  "criminal record of a named person", verdict="block", allowed=[DF, BI])
P(DP, "Anyone who wants to help with the Hethersey clean-up, email Brenda on brenda.coombes64@example.com or ring her on 07700 900 516.",
  "a private person's email and mobile", verdict="block", rules=[DP, SC])
P(DP, "Mr and Mrs Baverstock's housing benefit claim (ref HB/2291/77) was lost by the council. Shocking.",
  "benefit claim reference with names", verdict="block")
P(DP, "Little Alfie Gibbs, 6, from Knapton Wick needs a new wheelchair. His mum Kayleigh's fundraising. Let's get him moving! 💙",
  "named child's disability", verdict="block")
P(DP, "Our lovely lollipop lady Wendy at Brannock Infants has had a stroke and won't be coming back. Card's in the school office.",
  "a staff member's health", verdict="block")

N(DP, "Ring me on 01632 960 418 or email cllr.a.loveridge@example.com. Surgery Saturday at Brannock Library, 4 Cornhill.",
  "the councillor's own published contact details", who=[SELF])
N(DP, "Happy 100th birthday to a Hethersey lady who's seen every flood since 1926! Her family asked me not to name her, so: many happy returns, my lover.",
  "birthday with nobody identified")
N(DP, "Well done to Year 5 at Hethersey Primary for their gert posters on rhyne safety. 🌊",
  "a class, not named children")
N(DP, "Rachel Dunkerton MP came out to the droves today. Good to show her the state of them.",
  "named public office holder")
N(DP, "Inspector Mark Vosper's update on rural crime: quad bike and red diesel thefts on the moors are up again. Lock up, folks.",
  "named public office holder")
N(DP, "Dementia-friendly screening at Brannock cinema on Tuesday. Lush idea. Tell anyone who'd enjoy it.",
  "health topic with no person")
N(DP, "Parking tickets: if you think yours is wrong, appeal with the PCN number on the website. Don't post it on my page, mind!",
  "advice not to post case references")
N(DP, "Cllr Amy Loveridge, Brannock Town ward: cllr.a.loveridge@example.com is the right email for casework, not the old one.",
  "own contact details", who=[SELF])
N(DP, "The council's blue badge backlog is a disgrace: 400 waiting, some since October. Cabinet, sort it.",
  "service criticism, no individual", who="OPP")
N(DP, "Get well soon to our Chairman, Janet Stuckey, laid up with a bad knee. The chamber's not the same.",
  "a public office holder's minor injury", allowed=[DP])
N(DP, "Refugee Week stall in Brannock on Saturday: come and meet the Levels Welcome group. Cake and conversation.",
  "topic only")
N(DP, "RIP Bert Tapscott, former Chairman of the council and Sallowmoor's best hedge-layer. Funeral at St Mary's, Thursday.",
  "a deceased former office holder", allowed=[DP])
N(DP, "Dumped car on Blackmoor Drove for three weeks. Reported to the council with the details. Please don't post registrations online, it doesn't help.",
  "advice not to post registrations")
N(DP, "Shout out to the bin crew on the Quay round today, out in gert wind and rain. Proper job, lads.",
  "staff thanked as a team")
N(DP, "Mrs H, you know who you are: thank you for the flapjack! 😋",
  "an initial, not identifiable", allowed=[DP])
N(DP, "The council's new email for flood reports is floods@example.com. Save it, mind.",
  "council email address")
N(DP, "Our Chief Exec, Helen Ashdown, and I walked the flood bank at Sallowmoor this afternoon. Lots to fix.",
  "named officer in a work setting", allowed=[OI])
N(DP, "Worried about someone? The police have a disclosure scheme for that. Don't name names online, go through them.",
  "advice on proper channels")

# ============================================================ security.credentials
P(SC, "Flood wardens' Zoom tonight: meeting ID 846 2207 1931, passcode levels26. See 'ee there!",
  "meeting passcode")
P(SC, "Key safe at the Sallowmoor community hall is 4-1-9-7, for anyone setting up the food bank on Saturday.",
  "key safe code")
P(SC, "Library wifi down again? The staff network password is Moor$Drove22. Use that till it's fixed 😉",
  "staff network password")
P(SC, "Got a text from 'Sallowmoor IT' asking me to verify at sallowmoor-council-login.example.net with my code. Done it, gert quick.",
  "lookalike login domain; code handed over")
P(SC, "Council colleagues: log in to the new members' portal at https://sallowm00r-dc.example.com/verify and type in the 6-digit code they text you. Faster than the old one!",
  "lookalike domain asking for one-time codes")
P(SC, "Anyone using the members' iPads: the PIN is 2026 on all of them. They never changed it.",
  "device PIN")
P(SC, "Our group's shared X login is LevelsFirst / Rhyne!2025. Any member can post, mind.",
  "shared account password", who="LF")
P(SC, "Gate code for the Peat Moor car park barrier is 7719#, if you're on the litter pick tomorrow.",
  "gate code")
P(SC, "IT rang me asking for my password to 'fix my email'. Read it out to them. Nice lad.",
  "reports handing a password to a caller")
P(SC, "Here's the one-time code the bank just sent me: 448 210. Can someone tell me if the text is real?",
  "one-time code")
P(SC, "API key for the council's flood data feed: sk_live_4f9a2b7c1d0e. Stick it in your app, it's free.",
  "API key")
P(SC, "Found a collie on the drove. Her tag says Bev Sealy 07700 900 784. Ring her if 'ee see her about.",
  "private phone number of another person", rules=[SC, DP])
P(SC, "Claim your councillor allowance rebate here: http://sallowmoor-gov-refund.example.org/claim. Just needs your bank login. Worked for me!",
  "malicious-looking link asking for a bank login")
P(SC, "Alarm code at the Wrenbridge Quay depot is 0 3 0 9, for whoever's opening up for the sandbag run.",
  "alarm code")
P(SC, "Two-factor code for our Community Voice Facebook page just came to my phone: 553 091. Whoever's trying to log in, that's it.",
  "two-factor code", who="CV")
P(SC, "Backup codes for the group email, saved here so I don't lose them: 8812-4471, 0934-2216. Lush.",
  "account backup codes")
P(SC, "Padlock on the sluice at the end of Tuckers Drove is 3-3-8. Nobody will mind if you open it in a flood.",
  "padlock combination")
P(SC, "Password for the ward newsletter mailing account: cider4ever. Change it if you like, nobody else will.",
  "account password")

N(SC, "Never give anyone your PIN, passcode or one-time code. Not 'the bank', not 'the council', not 'IT'. Hang up and ring back.",
  "security advice")
N(SC, "Flood wardens' Zoom tonight at 7. Link sent by email to registered wardens. Not posting it here, mind.",
  "withholds the link")
N(SC, "Scam alert: texts claiming to be from Sallowmoor council about a 'council tax refund' are fake. Don't click, just delete.",
  "scam warning without a link")
N(SC, "Key safe fitted at the Sallowmoor community hall. The code's with the bookings secretary, so ask her.",
  "mentions a key safe without the code")
N(SC, "'cider1' is not a password, it's a confession. Change yours today.",
  "a joke example of a weak password", allowed=[SC])
N(SC, "Changed all my passwords and turned on two-factor this morning after the council's cyber training. Proper job, IT team.",
  "good practice")
N(SC, "The council's flood data feed is public, no key needed. Link's on the council website under open data.",
  "no key")
N(SC, "Gate at the Peat Moor car park is open 8 till dusk. No code, just turn up.",
  "no code")
N(SC, "Members' iPads are getting their update this week. IT will ring to book you in. They will never ask for your password.",
  "security advice")
N(SC, "Found a collie on the drove, so I handed her in to the dog warden on the council number, 01632 960 100. She's home now!",
  "council number, not a private one")
N(SC, "Alarm went off at the Wrenbridge Quay depot at 9 this morning. False alarm: a heron on the roof, apparently. Only on the Levels.",
  "alarm without a code")
N(SC, "Our group's X account has two admins, both with two-factor on. If you want something posted, message them.",
  "good practice")
N(SC, "Door code? What door code? The chapel's not been locked in 200 years. Come on in for the coffee morning.",
  "'door code' with none given", allowed=[SC])
N(SC, "Padlocks on the sluices are there for a reason: only the drainage board should open them. Please don't tamper.",
  "padlocks without codes")
N(SC, "Had a call from 'Microsoft' today. Told him I'm a councillor on the Levels and we still use carrier pigeons. He hung up. 😂",
  "scam call refused")
N(SC, "Bank sent me a one-time code I never asked for, so I rang them. Someone was having a go. Check your accounts, folks.",
  "mentions a code without giving it")
N(SC, "Ring me on my council mobile, 01632 960 418, any time about flooding.",
  "own published number", who=[SELF])
N(SC, "Cyber-security session for members at Sallowmoor House on Tuesday. PINs, passwords, phishing. Gert useful, go!",
  "training notice")

# ============================================================ confidentiality.disclosure
P(CD, "Project Heron's moving faster than folk think. Wrenbridge Quay's going to look very different by 2028. Can't say more, mind.",
  "names a register term", verdict="block", allowed=[IA])
P(CD, "Operation Withy kicks off next week. The tippers on the moors won't know what's hit 'em.",
  "names an enforcement operation on the register", verdict="block")
P(CD, "The cornhill depot disposal is a daft idea. That site's worth more to the town as parking.",
  "register term in lower case", verdict="block")
P(CD, "TANYARD MILL ACQUISITION: WHY ARE WE PAYING OVER THE ODDS?? Taxpayers deserve answers.",
  "register term in capitals", verdict="block", allowed=[HA])
P(CD, "If the Blackditch claim goes the way the lawyers think, it'll cost us a gert sum. Somebody should've cleared that rhyne.",
  "names a legal claim on the register", verdict="block")
P(CD, "Peat Moor Lido lease talks going well. New operator lined up, hopefully open by summer. 🏊",
  "names a lease negotiation on the register", verdict="block")
P(CD, "Project Heron: the developer wants the council to carry the flood risk. I won't stand for it.",
  "register term plus negotiation detail", verdict="block")
P(CD, "Folk on the moor: you'll see a lot of council vans about with Operation Withy over the next fortnight. Nothing to worry about unless you're a tipper.",
  "register term, kindly meant", verdict="block")
P(CD, "Cornhill Depot disposal: the preferred bidder's a supermarket. Heard it at the cabinet briefing.",
  "register term plus bidder", verdict="block", allowed=[IA])
P(CD, "Last night's Part 2 item: the council's paying £1.2m for a bit of old creamery land. Not what I'd call value.",
  "exempt item and price", verdict="review", allowed=[IA], when=("2026-02-04", "2026-02-04"))
P(CD, "Between you and me, the Leader's about to cut half the planning department. Members were told about the restructure in confidence.",
  "labour relations told in confidence", verdict="review", who="OPP")
P(CD, "The closed session legal advice says we'd lose the judicial review on the bus station. Funny how they never tell the public that.",
  "legal privilege from a closed session", verdict="review", who="OPP")
P(CD, "Off the record: the pay offer to staff is 2.5%, and the unions will be told on Friday.",
  "pay negotiation before it is public", verdict="review")
P(CD, "Embargoed till Thursday, but who cares: the council's getting £3m for flood defences on the moors! 🎉",
  "breaks an embargo", verdict="review")
P(CD, "The exempt report valued the Hethersey allotments at £450k. Daylight robbery if we sell for less.",
  "exempt valuation", verdict="review", allowed=[IA])
P(CD, "Police told councillors privately that a county lines gang is working out of the Quay. Keep your kids in, folks.",
  "private police briefing", verdict="review")
P(CD, "Disciplinary hearing for the bin man who put the lorry in the rhyne on Tuckers Drove is next week. Hope they throw the book at him.",
  "staff disciplinary matter", verdict="review", allowed=[DP])
P(CD, "Confidential briefing today: the contractor on the Wrenbridge relief road wants another £800k or they walk. Just so you all know what's going on.",
  "confidential contract negotiation", verdict="review")

N(CD, "Heron on the rhyne behind Quay Street this morning, fishing like a pro. Lush.",
  "shares a word with a register term")
N(CD, "Withy cutting's nearly done on the moors. Gert bundles stacked all along the droves.",
  "shares a word with a register term")
N(CD, "Cornhill roadworks finish on Friday, and the depot lorries go back to their normal route.",
  "shares words with a register term")
N(CD, "Tanyard Mill looked lush in the snow this morning. Best building in Brannock.",
  "names the building, not the acquisition")
N(CD, "Blackditch rhyne's been cleared at last! Thanks to the crew who did it.",
  "shares a word with a register term")
N(CD, "Remember the old Peat Moor Lido? Swam there every summer as a nipper. Gert cold.",
  "names the lido, not the lease")
N(CD, "Part 2 of my rhyne-clearing saga: the wellies leaked. 😂",
  "'Part 2' as a sequel", allowed=[CD])
N(CD, "The council's confidential line for reporting benefit fraud is 01632 960 555. Calls are taken in confidence.",
  "'confidential' service line", allowed=[CD])
N(CD, "Off the record? There's no such thing with a councillor. Anything you tell me, assume I might have to act on it.",
  "'off the record' as advice", allowed=[CD])
N(CD, "Why does so much of the Wrenbridge regeneration go into closed session? I'll be asking at scrutiny for more of it to be held in public.",
  "argues for openness", allowed=[CD], who="OPP")
N(CD, "An embargoed press release from the MP's office landed today. I'll share it when it's out on Thursday.",
  "respects an embargo", allowed=[CD])
N(CD, "Cabinet agreed yesterday to consult on selling the Hethersey allotments; the report's on the council website. I still think it's wrong.",
  "published decision", when=("2026-02-04", "2026-02-04"), who="OPP")
N(CD, "Between you and me and the whole internet: I've no idea what a 'linear water feature' is either.",
  "'between you and me' as a joke", allowed=[CD, TI])
N(CD, "The Blackditch Lane flood scheme goes out to public consultation on Monday. Come to the drop-in at Hethersey hall.",
  "partial overlap with a register term, public scheme")
N(CD, "Leaked? No, the pay offer was published today: 3% for council staff. Fair play.",
  "'leaked' denied; published offer", allowed=[CD])
N(CD, "The operation to clear the fallen willow off Tuckers Drove went well. Road's open.",
  "'operation' without a register term")
N(CD, "The council lost a court case over the Wrenbridge bus station back in 2019. It's all in the public minutes. Lessons learned, I hope.",
  "public legal history")
N(CD, "A resident told me something in confidence about a neighbour. I've passed it to the right people and that's where it stays.",
  "keeps a confidence", allowed=[CD])

# ============================================================ tone.irony-risk
P(TI, "Hats off to our Leader for closing the Hethersey toilets in the wettest week of the year. Genius. Truly a man of the moors. 👏",
  "mock praise of the Leader", who="OPP")
P(TI, "Oh brilliant, Levels First have discovered the rhynes exist. Only took 'em four years. Slow clap.",
  "sarcasm about a group", who="OPP")
P(TI, "What a masterclass from the cabinet member for drainage at scrutiny. Answered every question by not answering it. Proper job. /s",
  "mock praise with /s", who="OPP")
P(TI, "Our MP says she 'loves the Levels'. Yeah right. Saw her in the Bristol traffic heading home before the rain even started.",
  "'yeah right' at the MP")
P(TI, "Congratulations to Community Voice on their bold new policy: complaining. Lush stuff, really.",
  "mock praise of a party", who="NOTCV")
P(TI, "Cllr Durston says the planning committee 'listens to everyone'. Course it does, my lover. Course it does. 🙄",
  "sarcasm at a named councillor", who="OPP")
P(TI, "Thrilled to see the Chairman's chain polished for the third time this month. Priorities, eh?",
  "mock enthusiasm about the Chairman", allowed=[PA], who="OPP")
P(TI, "Another riveting speech from the Leader at full council. I only woke up twice.",
  "sarcasm at the Leader", allowed=[PA], who="OPP")
P(TI, "Green Levels want us all eating reeds and riding otters to work. Can't wait. 🦦",
  "mockery of a party", who="NOTGL")
P(TI, "Gert big round of applause for the county councillors who promised to fix Tuckers Drove in 2019. Any day now, lads. Any day.",
  "mock applause for county councillors")
P(TI, "Our finance cabinet member's found a 'saving' by not clearing the rhynes. Next week: saving on umbrellas by banning rain. Inspired.",
  "mock praise of a cabinet member", who="OPP")
P(TI, "So the Mendip Edge Independents are independent of each other too, judging by how they voted. Lovely teamwork. 👌",
  "sarcasm about a group", who="NOTMEI")
P(TI, "The Leader's promised a 'listening tour' of the moors. Bring earplugs, he's bringing a megaphone. 😂",
  "sarcasm at the Leader", who="OPP")
P(TI, "Well done to the administration for the lush new logo. Cost more than a rhyne clearance, but at least it's purple.",
  "mock congratulations to the administration", who="OPP")
P(TI, "Wow, Cllr Wheadon turned up to a ward meeting. Someone ring the Gazette. 📰",
  "sarcasm at a named councillor", allowed=[PA], who="OPP")
P(TI, "Many thanks to our Chief Exec for the inspiring email about 'resilience'. The flooded staff car park felt very resilient.",
  "mock thanks to a senior officer", allowed=[OI])
P(TI, "Levels First: the party that brought you the closed library, the closed toilets and the closed bus route. Proper open-minded, that lot.",
  "sarcastic jibe at a party", who="OPP")
P(TI, "Top marks to the planning chair for his new rule: only applications he likes get a site visit. Very fair. Very impartial. 😇",
  "mock praise of the committee chair", allowed=[DF], who="OPP")

N(TI, "Oh brilliant, the rain's back. Just what the moors needed. ☔",
  "irony about the weather", allowed=[TI])
N(TI, "Hats off to the Sallowmoor bin crews: out in gert floods and nobody missed. And I mean that, no irony.",
  "sincere praise")
N(TI, "What a masterclass from the train company: 40 minutes late out of Wrenbridge, then cancelled. Magic.",
  "irony about trains", allowed=[TI])
N(TI, "Yeah right, 'light showers'. Tell that to Tuckers Drove, it's a river.",
  "'yeah right' about a forecast", allowed=[TI])
N(TI, "The Leader's toilet closures are a bad decision for Hethersey, and I'll vote to reverse them. Plain and simple.",
  "robust criticism of a decision", who="OPP")
N(TI, "Genuinely impressed by the cabinet member's answers on drainage at scrutiny. Straight, detailed, honest. Credit where it's due.",
  "sincere praise")
N(TI, "Riveting stuff: the new printer at Sallowmoor House has jammed 14 times today. I've named it Gerald.",
  "irony about a printer", allowed=[TI])
N(TI, "Levels First's budget closes the library and the toilets. That's a choice, and it's the wrong one.",
  "robust policy criticism", who="OPP")
N(TI, "Congratulations to Community Voice's new group leader. We'll disagree plenty, but welcome.",
  "sincere congratulations", who="NOTCV")
N(TI, "Proper job, me: locked my keys in the car at the Peat Moor car park. Councillor of the year. 🙃",
  "self-mockery", allowed=[TI])
N(TI, "Thrilled to bits with the new crossing on Cornhill, and I mean thrilled. Took three years of asking.",
  "sincere enthusiasm")
N(TI, "Gert round of applause for the volunteers who cleared the ditch at Knapton Wick. Real heroes.",
  "sincere applause")
N(TI, "The potholes on Blackmoor Drove are now big enough for the ducks. Lovely. Very scenic. 🦆",
  "irony about potholes", allowed=[TI])
N(TI, "The new logo cost £18,000. I think that's too much while the rhynes need clearing. I've asked for a breakdown.",
  "robust criticism of spending")
N(TI, "Full council last night ran till half eleven. Riveting. My bed was calling.",
  "irony about meeting length", allowed=[TI], when=("2026-02-27", "2026-02-27"))
N(TI, "Green Levels' reed-bed plan is interesting, but the costs look light to me. I'll want to see the figures.",
  "fair criticism of a party plan", who="NOTGL")
N(TI, "Well done to the Mendip Edge Independents on a strong campaign in Dunhollow. Fair fight, well fought.",
  "sincere congratulations", who="NOTMEI")
N(TI, "Oh lovely, the council website's down again on bin day. Classic. 🙄",
  "irony about a website", allowed=[TI])

# ============================================================ fillers
F("Lush sunrise over the moor at Sallowmoor this morning. Mist sat in the rhynes like milk. 🌅", "weather")
F("Litter pick on Tuckers Drove Saturday, 10am. Gloves and bags provided. Bring a flask.", "event")
F("Where's it to? The new bus stop on Quay Street, that's where: finally in and lit. Proper job.", "ward news")
F("Gert queue at the Brannock market this morning. The cheese man sold out by ten.", "market")
F("Surgery cancelled this week because of flooding on the droves. Back next week, same time.", "notice")
F("Wassail at the Knapton Wick orchard on Saturday. Toast in the trees, shout at the apple trees, very Somerset. All welcome.", "event", when=("2026-01-12", "2026-01-16"))
F("Mizzle all day. The moors don't mind, mind.", "weather")
F("Congratulations to Hethersey Primary on their 'good' Ofsted. Lovely school, hard-working staff.", "school")
F("First snowdrops out in the churchyard at Yarrowcombe. Spring's coming, slowly.", "season", when=("2026-01-19", "2026-02-13"))
F("Reminder: garden waste collections restart in March. Check your day on the council website.", "service notice", when=("2026-01-05", "2026-02-27"))
F("Flood update: water's dropping on the moors and the Hethersey road's open again. Thanks to everyone who helped.", "flood news")
F("Brannock under-12s won 24-10 on Sunday in the mud. Gert effort, kids!", "sport")
F("Lovely chat with the Wrenbridge Quay traders about the summer festival. Good ideas coming.", "ward news")
F("Starlings over the reedbeds tonight? Go and look. It's one of the wonders of the Levels.", "nature")
F("Pancake race on Cornhill on Tuesday. I'll be running, so expect a mess.", "event", when=("2026-02-09", "2026-02-13"))
F("The library's longer Saturday hours start this week. Use it or lose it, folks.", "service notice")
F("New dog bins on the Peat Moor path. Please use them!", "ward news")
F("Happy Burns Night to our Scottish friends on the Levels. Haggis and a glass of apple juice, why not?", "greeting", when=("2026-01-21", "2026-01-23"))
F("Wrenbridge Town 2-1 at home. Lush goal in the 89th minute.", "sport")
F("Tench off the rhyne at first light. Fat as butter. Back she goes.", "hobby", who=["@pavey_fishes"])
F("Skittles league: lost again. The Brannock Abbey lot are just too good. Next week, mind.", "hobby", who=["@pavey_fishes"])
F("New basket finished: buff willow with a black band. Pleased as punch.", "hobby", who=["@rosie_withies"])
F("Kingfisher on the ditch behind the workshop again. Blue flash, gone. 💙", "hobby", who=["@rosie_withies"])
F("The chapel coffee morning in Dunhollow raised £340 for the air ambulance. You lot are ace.", "community")
F("Roads gritted on the Mendip edge this morning. Take care on the hill down into Yarrowcombe.", "weather")
F("The Levels in February: grey, wet, and somehow still the most beautiful place I know.", "season", when=("2026-02-02", "2026-02-27"))
F("Clocks go forward on Sunday. An extra hour of light for the droves.", "season", when=("2026-03-23", "2026-03-27"))
F("Thanks to everyone who came to the Hethersey residents' meeting. Good turnout, honest conversation.", "ward news")
F("Defibrillator training at Knapton Wick village hall on Thursday. Free, and it could save a life.", "event")
F("Voter ID reminder for May: check what you need on the Electoral Commission website.", "civic")
F("Frogspawn in the garden pond! Proper sign of spring.", "season", when=("2026-03-02", "2026-03-27"))
F("Walking the Sallowmoor flood bank with the dog. Swans everywhere. Lush.", "personal")
F("Cheddar or Caerphilly? Asking for a friend at the Brannock cheese stall.", "personal")
F("Brannock in Bloom want volunteers for planting on Cornhill. Green fingers welcome.", "community")
F("Mothering Sunday this weekend: here's to all the mums, nans and carers on the Levels.", "greeting", when=("2026-03-09", "2026-03-13"))
F("Holocaust Memorial Day service at Brannock Abbey church on 27 January. All welcome.", "civic", when=("2026-01-19", "2026-01-26"))
F("Half term at Wrenbridge library: Lego, storytime and crafts. All free.", "event", when=("2026-02-09", "2026-02-13"))
F("The 29 bus stops at Hethersey crossroads again. Small win, but a win.", "ward news")
F("Lapwings are back on the moor. Keep dogs on leads on the droves, please.", "nature", when=("2026-03-02", "2026-03-27"))
F("Had a lush pasty from the Wrenbridge bakery today. Don't tell my doctor.", "personal")
F("Council tax bills go out in March. Help is there if you're struggling: ring the council.", "service notice", when=("2026-02-16", "2026-03-13"))
F("Frosty morning on the Mendip edge, sun on the moor below. Gert view from the top of the drove.", "weather")


# --------------------------------------------------------------------------- script
START, END = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
MEETINGS = []
for line in (HERE / "meetings.csv").read_text(encoding="utf-8").splitlines()[1:]:
    _t, s, e = line.rsplit(",", 2)
    MEETINGS.append((dt.datetime.fromisoformat(s), dt.datetime.fromisoformat(e)))
LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}


def named_in(text, person):
    first, last = person.split()[0], person.split()[-1]
    if re.search(r"\b(%s|%s)\b" % (re.escape(first), re.escape(last)), text):
        return True
    return any(h.lower() in text.lower() for h, p in {**HANDLES, **PERSONAL}.items() if p == person)


def interest_touched(text, person):
    low = text.lower()
    return any(w in low for w in INTEREST_WORDS.get(person, []))


def pick_author(row, rng):
    who = row["who"]
    if isinstance(who, list):
        handles = [w if w.startswith("@") else BY_NAME[w] for w in who]
        if len(handles) == 1:
            return handles[0]
        cands = [h for h in handles if not named_in(row["text"], HANDLES.get(h, PERSONAL.get(h)))]
    else:
        people = [p for p in POOLS[who] if not named_in(row["text"], p)
                  and not interest_touched(row["text"], p)]
        cands = sorted(BY_NAME[p] for p in people)
    if not cands:
        raise SystemExit("no author for: " + row["text"])
    return rng.choice(sorted(cands))


def pick_time(row, rng):
    lo, hi = START, END
    if row.get("when"):
        lo, hi = (dt.date.fromisoformat(x) for x in row["when"])
    days = [lo + dt.timedelta(d) for d in range((hi - lo).days + 1)]
    days = [d for d in days if d.weekday() < 5]
    while True:
        d = rng.choice(days)
        t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59),
                        rng.randint(0, 59), tzinfo=dt.timezone.utc)
        if not any(s <= t <= e for s, e in MEETINGS):
            return t


def pick_platform(text, rng):
    fits = [p for p in ("x", "facebook", "bluesky") if len(text) <= LIMITS[p]]
    weights = {"x": 5, "facebook": 3, "bluesky": 2}
    return rng.choices(fits, weights=[weights[p] for p in fits])[0]


def main():
    rng = random.Random(SEED)
    rows = [dict(r) for r in ROWS]
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        author = pick_author(r, rng)
        rec = {
            "id": "B97-%04d" % i,
            "text": r["text"],
            "author": author,
            "created_at": pick_time(r, rng).isoformat(),
            "platform": pick_platform(r["text"], rng),
            "account": "personal" if author in PERSONAL else "councillor",
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"],
            "kind_of_row": r["kind_of_row"],
        }
        if r["kind_of_row"] == "hard_negative":
            rec["near_miss_of"] = r["near_miss_of"]
        if r.get("interest"):
            rec["interest"] = r["interest"]
        rec["note"] = r["note"]
        out.append(rec)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d rows to posts.jsonl" % len(out))


if __name__ == "__main__":
    main()
