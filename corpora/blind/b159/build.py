#!/usr/bin/env python3
"""Build posts.jsonl for blind set b159 (East Haverwold District Council, twelve single-post rules).

Every row below was written by hand. The script only picks authors, platforms and timestamps
(seeded, so the output is the same byte for byte on every run), shuffles the rows, gives ids
B159-NNNN in order and writes posts.jsonl next to this file. Standard library only.
"""
import csv
import datetime as dt
import json
import os
import random
import re

SET = "B159"
SEED = 15959
HERE = os.path.dirname(os.path.abspath(__file__))
UTC = dt.timezone.utc
FIRST_DAY, LAST_DAY = dt.date(2026, 1, 5), dt.date(2026, 3, 27)

# rule ids (RULES.md)
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
TONE = "tone.irony-risk"
PA = "respect.personal-attack"
DEF = "defamation.allegation"
BUL = "bullying.intimidation"
HASTE = "haste.pause-before-posting"

DEFAULT_SEVERITY = {OFF: "review", RES: "review", POS: "review", GIF: "advice", CAP: "review",
                    INS: "review", PRE: "review", INT: "review", DP: "review", SEC: "block",
                    DIS: "review", TONE: "advice"}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

# key: (name, main handle, party, ward, gender)
C = {
    "fotherby": ("Graham Fotherby", "@GrahamFotherby", "wca", "hagworth", "m"),
    "maltby": ("Linda Maltby", "@LindaMaltbyWCA", "wca", "spire", "f"),
    "scupholme": ("Roger Scupholme", "@RogerScupholme", "wca", "whelbyn", "m"),
    "tuplin": ("Andrea Tuplin", "@AndreaTuplin", "wca", "tetwold", "f"),
    "dannatt": ("Keith Dannatt", "@ChairmanDannatt", "wca", "tetwold", "m"),
    "brumby": ("Sandra Brumby", "@SandraBrumby", "wca", "spire", "f"),
    "cawdron": ("Martin Cawdron", "@MartinCawdron", "wca", "hagworth", "m"),
    "odling": ("Philippa Odling", "@PipOdling", "wca", "whelbyn", "f"),
    "ashling": ("Dean Ashling", "@DeanAshlingCW", "cw", "whelbys", "m"),
    "hibbitt": ("Tracey Hibbitt", "@TraceyHibbitt", "cw", "whelbys", "f"),
    "marflitt": ("Lee Marflitt", "@LeeMarflitt", "cw", "navigation", "m"),
    "skelton": ("Jo Skelton", "@JoSkeltonCW", "cw", "navigation", "f"),
    "ingamells": ("Carl Ingamells", "@CarlIngamells", "cw", "eastgate", "m"),
    "haith": ("Rosie Haith", "@RosieHaithGreen", "grn", "saltgowt", "f"),
    "clixby": ("Tom Clixby", "@TomClixbyGreen", "grn", "eastgate", "m"),
    "epton": ("Brian Epton", "@BrianEptonMWI", "mwi", "gripley", "m"),
    "sharpe": ("Maureen Sharpe", "@MaureenSharpeMWI", "mwi", "gripley", "f"),
    "borrill": ("Nigel Borrill", "@NigelBorrillInd", "ind", "saltgowt", "m"),
}
PERSONAL = {"@wold_top_cawdron": "cawdron", "@rosie_sealwatch": "haith"}
ALL = set(C)
PLANNING = {"brumby", "cawdron", "odling", "hibbitt", "ingamells", "clixby", "epton", "sharpe", "skelton"}
LICENSING = {"odling", "skelton", "haith", "borrill", "sharpe", "ingamells", "cawdron", "hibbitt"}
CABINET = {"fotherby", "maltby", "scupholme", "tuplin"}
GROUPS = {
    "admin": {k for k in C if C[k][2] == "wca"},
    "opp": {k for k in C if C[k][2] != "wca"},
    "planning": PLANNING, "licensing": LICENSING, "cabinet": CABINET,
    "backbench": ALL - CABINET - {"dannatt"},
    "m": {k for k in C if C[k][4] == "m"}, "f": {k for k in C if C[k][4] == "f"},
}
for _p in ("wca", "cw", "grn", "mwi", "ind"):
    GROUPS[_p] = {k for k in C if C[k][2] == _p}
for _w in ("hagworth", "spire", "whelbyn", "tetwold", "whelbys", "navigation", "eastgate", "saltgowt", "gripley"):
    GROUPS["w_" + _w] = {k for k in C if C[k][3] == _w}
for _k in C:
    GROUPS[_k] = {_k}

# A post that names a role is never written by its holder.
ROLE_WORDS = [
    (r"\bthe Leader\b|\bLeader of the Council\b|\bLeader's\b", "fotherby"),
    (r"\bDeputy Leader\b|\bfinance portfolio\b|\bcabinet member for finance\b", "maltby"),
    (r"\bcabinet member for coast\b|\bCoast and Tourism\b", "scupholme"),
    (r"\bcabinet member for environment\b|\benvironment portfolio\b", "tuplin"),
    (r"\bChairman\b", "dannatt"),
    (r"\bchair of planning\b", "brumby"),
    (r"\bchair of licensing\b|\bI chair the committee\b", "odling"),
    (r"\bCoastal Workers' group leader\b", "ashling"),
]
# A post that touches a registered interest is never written by its holder unless set by hand.
INTEREST_WORDS = {
    "borrill": [r"holiday park", r"caravan", r"tourist levy", r"\blodges?\b", r"statics"],
    "haith": [r"\bseals?\b", r"seal wardens", r"pupping", r"\bpups?\b"],
    "epton": [r"drainage", r"\bIDB\b"],
    "marflitt": [r"\btaxi", r"hackney", r"\bcabs?\b"],
    "ingamells": [r"\bmarket\b", r"pitch fees"],
    "scupholme": [r"amusement", r"seafront parking"],
    "skelton": [r"\bcanal\b", r"\bNavigation\b", r"towpath"],
    "tuplin": [r"quarry", r"Wold Aggregates"],
    "dannatt": [r"haulage", r"\bHGVs?\b", r"\blorr(y|ies)\b"],
    "ashling": [r"\bunion\b", r"pay offer", r"staff pay"],
    "clixby": [r"land trust", r"\bCLT\b", r"Church Lane"],
    "maltby": [r"leisure trust", r"leisure centre", r"\bpool\b"],
    "sharpe": [r"village hall"],
    "hibbitt": [r"foodbank", r"food bank"],
    "cawdron": [r"Tofts"],
}

ROWS = []


def _row(kind, family, text, note, rules, allowed, verdict, who, when, interest, personal, target):
    ROWS.append(dict(kind=kind, family=family, text=text, note=note, rules=list(rules),
                     allowed=list(allowed), verdict=verdict, who=who, when=when,
                     interest=interest, personal=personal, target=target))


def P(family, text, note, also=(), allowed=(), verdict=None, who=None, when=None, interest=None,
      personal=None, target=None):
    rules = [family] + list(also)
    if verdict is None:
        verdict = max((DEFAULT_SEVERITY[r] for r in rules), key=RANK.get)
    _row("positive", family, text, note, rules, allowed, verdict, who, when, interest, personal, target)


def H(family, text, note, allowed=(), who=None, when=None, personal=None):
    _row("hard_negative", family, text, note, [], allowed, "ok", who, when, None, personal, None)


def F(text, note, who=None, when=None, personal=None):
    _row("filler", None, text, note, [], [], "ok", who, when, None, personal, None)


# ---------------------------------------------------------------- officers.impartiality
P(OFF, "Had it up to here with Kerry Searby's so-called 'balanced' planning reports. Every single one leans the same way. Time the Head of Planning reminded her who she actually works for.",
  "Names a planning officer and questions her neutrality in public.", allowed=[PA], target="searby")
P(OFF, "Rang Nicola Parkin in licensing this morning and told her straight: the street trading policy report needs to say what Whelby residents want, not what some guidance document from London says. Residents on the front have had enough of burger vans parked under their windows from 7am till midnight. I've made it very clear I'll be checking the final version before it goes anywhere near committee, and if it still reads the same I'll want to know why.",
  "Presses the named licensing manager to change a policy report's content.")
P(OFF, "Our Director of Finance seems to think her job is making the administration's budget look good. Funny how the numbers always land exactly where the Leader wants them. Independent? Do me a favour.",
  "Questions the s151 officer's neutrality (identifiable by role).", allowed=[DEF], who="opp", target="oldroyd")
P(OFF, "To whoever in the comms team wrote today's beach hut press release: you're paid by council tax payers, not the Wold Coast Alliance. Stop writing spin for the cabinet.",
  "Accuses communications officers of party bias.", who="opp")
P(OFF, "Julie Wrisdale has had three summers to sort lifeguard cover on Whelby Sands and failed every time. If she can't do it, she should step aside for someone who can.",
  "Public criticism of a named officer's performance, calling on her to go.", allowed=[PA], target="wrisdale")
P(OFF, "I've asked Phil Stennett to take the Gripley round changes out of his report before it goes to cabinet. If it stays in, I'll be raising his handling of it at scrutiny, and he knows exactly where I stand.",
  "Pressure on a named officer to alter his report, with a veiled threat.", allowed=[BUL],
  when=("2026-01-28", "2026-02-13"), target="stennett")
P(OFF, "Mark Dowse is supposed to be Monitoring Officer for all 18 of us. Odd how every complaint about an Alliance councillor ends in 'no further action' and every one about the opposition goes to a hearing. Impartial, my foot.",
  "Questions the named Monitoring Officer's neutrality.", allowed=[DEF], who="opp", target="dowse")
P(OFF, "Told the policy officers drafting the Local Plan site list to take the field behind Manor Farm, Hagworth out. I expect it gone from the next draft, whatever their 'technical evidence' says.",
  "Instructs officers to change their professional advice regardless of evidence.")
P(OFF, "Officer recommendation on the Kelderby residents' parking review is 'approve'. Had a quiet word with the officer concerned and reminded him which side his bread's buttered. Expect a rethink \U0001F609",
  "Leaning on an officer to change a recommendation.", allowed=[BUL])
P(OFF, "Ben Carrott, you're meant to be politically neutral. Keeping opposition councillors off the council's Facebook page while the Leader gets a photo op every week isn't neutral, it's campaigning.",
  "Names the Head of Communications and accuses him of campaigning.", who="opp", target="carrott")
P(OFF, "Why is Ayesha Thorold deciding which of my questions make the council agenda? An unelected officer shouldn't be gatekeeping democracy. She's clearly taking her orders from the top floor.",
  "Questions a named officer's impartiality and alleges she takes political orders.", allowed=[DEF], target="thorold")
P(OFF, "Dear Helen Rawding: as Chief Executive you might want to stop acting like the Leader's campaign manager. The whole district can see it, even if you can't.",
  "Public attack on the Chief Executive's neutrality.", allowed=[PA], who="opp", target="rawding")
P(OFF, "Funny how the 'independent' consultant's report on the leisure centres reached the exact conclusion the finance department wanted. Somebody in that office needs reminding they're an officer, not a politician.",
  "Oblique: questions the neutrality of unnamed finance officers.")
P(OFF, "Officers: you've got till Friday to change the recommendation on the Whelby car park charges. After that I go public with every email you've sent me. Your choice.",
  "Ultimatum to officers to change a recommendation.", allowed=[BUL], when=("2026-01-05", "2026-02-20"))
P(OFF, "Gavin in planning enforcement has done nowt about the caravans on the Gripley verge for six months. Either he's bone idle or someone's told him to look the other way.",
  "Named enforcement officer (first name and post) criticised and his integrity questioned.", allowed=[PA, DEF], target="lound")
P(OFF, "Hear the housing officer who wrote that homelessness report is a card-carrying Coastal Worker. Explains a lot. Council reports should be written by people without an axe to grind.",
  "Questions an identifiable officer's political neutrality.", allowed=[DEF], who="wca")
P(OFF, "Kerry and Stuart in planning need to stop hiding behind 'policy' and start listening to the people who got elected. I'll be asking for their advice on the Eastgate shopfront guidance to be rewritten to say what residents want.",
  "Names two planning officers and seeks to have their advice rewritten.", target="searby")
P(OFF, "Another officer report written to order for the cabinet. The Alliance say jump, the top floor asks how high. #EastHaverwold",
  "Short: accuses officers generally of writing reports to political order.", who="opp")

H(OFF, "Huge thanks to Julie Wrisdale and the foreshore team for clearing the storm debris off Whelby Sands in record time. Proper grafters, every one of them. \U0001F30A",
  "Thanks a named officer; no pressure or criticism.", allowed=[OFF])
H(OFF, "Asked Stuart Willey at committee why the report backed the new Eastgate shopfront guidance. He took us through the heritage advice clearly. I don't agree with all of it, but I understand it now, which is the point. Good to have officers who'll explain their reasoning without getting defensive. If anyone on Eastgate wants the heritage advice walked through, message me and I'll send you the link to the report.",
  "Questioning an officer to understand a report, as clause 3 allows.", allowed=[OFF])
H(OFF, "The cabinet's bin collection report is a shambles and the portfolio holder should be ashamed. Fortnightly collections in a holiday town in August? Madness.",
  "Robust criticism of a cabinet policy, not of officers.", who="opp")
H(OFF, "Welcome to Priti Oldroyd, our new Director of Finance! Looking forward to working with her through budget scrutiny.",
  "Welcome for a named officer.", allowed=[OFF], when=("2026-01-05", "2026-01-30"))
H(OFF, "I've asked officers for a written briefing on why the Whelby sea wall repairs have slipped to June. I'll share the answer here when it comes.",
  "Asking officers for information, no pressure on their advice.", allowed=[OFF])
H(OFF, "Some folk on here are having a go at Gavin Lound over the verge caravans. Leave him be. He's one man covering the whole district and he's doing his best. Blame the cuts, not the officer.",
  "Defends a named officer against criticism.", allowed=[OFF])
H(OFF, "Whose side is this council on? Not Whelby's. Cabinet voted to shut the tourist information centre without a single conversation with traders.",
  "Political criticism of a cabinet decision; no officer involved.", who="opp")
H(OFF, "The officer report says the new car park charges will raise \u00a3180k a year. I think that's optimistic and I'll say so at scrutiny, politely. Happy to be proved wrong.",
  "Civil disagreement with a report's figures in the proper forum.", allowed=[OFF], when=("2026-01-05", "2026-02-19"))
H(OFF, "Retirement do for Mick, who's driven the Hagworth gritter for 31 winters. What a legend. Thanks for keeping the Wolds roads open, duck.",
  "Warm thanks to a retiring member of staff; not an officer-neutrality issue.")
H(OFF, "Good session from the Monitoring Officer on the code of conduct this afternoon. Mark Dowse's advice was simple: if in doubt, ask. So I'm asking. You should too.",
  "Names the Monitoring Officer approvingly.", allowed=[OFF])
H(OFF, "The planning pre-app service is poor value at \u00a3600 a go. That's a cabinet policy choice, not the officers' fault, and I'll be moving to cut the fee at budget council.",
  "Criticises a fee policy and expressly not the officers.", when=("2026-01-05", "2026-02-25"))
H(OFF, "Officers were asked to model three options for beach hut fees. I prefer B, the cabinet prefers A. That's democracy, and officers gave us the numbers straight either way.",
  "Praises officers' neutrality while disagreeing with the cabinet.", allowed=[OFF], when=("2026-01-05", "2026-01-26"))
H(OFF, "Ben Carrott and the comms team did a cracking job on the flood warnings during Storm Gerda. Clear, quick and in plain English. More of that please.",
  "Praise for a named officer.", allowed=[OFF], when=("2026-01-05", "2026-01-30"))
H(OFF, "Rang Nicola Parkin to understand how the taxi fare review works before I respond to the consultation. Really helpful. Consultation closes 20 Feb, link on the council website.",
  "Seeking an officer's explanation; shares 'rang Nicola Parkin' with a positive.", allowed=[OFF], when=("2026-01-05", "2026-02-19"))
H(OFF, "I'll be asking the Chief Executive a formal question at full council about what we spend on agency staff. Fair question about public money, nothing personal.",
  "A formal question through the proper channel.", allowed=[OFF], when=("2026-01-05", "2026-02-25"))
H(OFF, "Read the room, cabinet. Nobody in Tetwold wants a 20% rise in green bin charges and no amount of spin will change that.",
  "Robust criticism of the cabinet; 'spin' aimed at politicians, not officers.", who="opp")
H(OFF, "Officer advice was clear that we couldn't refuse the Gripley bungalow extension on those grounds, and I respect that. I'm still disappointed with the national rules that tie our hands.",
  "Accepts officer advice on a decided matter; criticises national rules.", allowed=[OFF], when=("2026-02-13", "2026-02-13"))
H(OFF, "Not happy with how the Kelderby market consultation was run: too short, online only. I've written to the cabinet member asking for it to be rerun with paper copies in the library.",
  "Criticises a consultation's design to the cabinet member, not officers.")

# ---------------------------------------------------------------- resources.political-use
P(RES, "Leaflets for the Gripley Marsh campaign printed this morning on the members' services printer. Saved the group a small fortune! Out delivering from 4. #MarshAndWold",
  "Party leaflets printed on council equipment.", who="mwi")
P(RES, "Want to help the Coastal Workers win in May? Drop me a line on my council email and I'll add you to the canvassing rota. Every door counts! \U0001F6AA",
  "Council email used for party campaign recruitment.", who="cw")
P(RES, "Wold Coast Alliance campaign meeting tonight, Committee Room 2 at the Kelderby council offices, 6pm. We'll be sorting the leaflet rounds for Spire, Navigation and Eastgate, planning the Saturday street stalls and going through the canvass returns so far. Members welcome, bring a friend, and bring your walking shoes - 4,000 doors to knock before May! Tea and biscuits provided.",
  "Council room used for a party campaign meeting.", who="wca", when=("2026-01-05", "2026-03-27", 8, 17))
P(RES, "Typing this on my council laptop in the members' room while I finish the Greens' spring newsletter. Multitasking queen \U0001F451",
  "Council laptop and room used for the party newsletter.", who="grn&f")
P(RES, "Big thank you to Sharon in member services for proofreading our Alliance leaflet between council jobs this morning. Team effort! \U0001F4EC",
  "Council staff time used on a party leaflet.", who="wca")
P(RES, "Our new leaflet has the East Haverwold council crest on the front. Because when the Alliance delivers, the council delivers. \U0001F499",
  "Council crest on party campaign material.", who="wca")
P(RES, "Sent our Coastal Workers members update out through the councils residents e-newsletter list this week. Reached over 4,000 people - best open rate weve ever had!",
  "Council mailing list used for party communications.", allowed=[DP], who="cw")
P(RES, "Phone bank for the May elections this Saturday from my ward office at the Whelby council hub. The council pays for the line anyway, might as well use it! Ring round starts 10am.",
  "Council premises and phone line used for party phone bank.", who="w_whelbyn|w_whelbys")
P(RES, "Vote Wolds Greens on 7 May! Window posters available from reception at the Kelderby council offices - just ask for the envelope in my pigeonhole.",
  "Council reception used to distribute election posters.", who="grn")
P(RES, "Handy tip for fellow Independents: the franking machine in the members' room does 200 envelopes in ten minutes. Campaign letters done before dinner.",
  "Council franking machine used for campaign post.", who="mwi|ind")
P(RES, "Had the council's graphic designer knock up our 'Back the Alliance' banner for the May elections. Looks cracking, doesn't it?",
  "Council staff used to design party material.", who="wca")
P(RES, "Using the council's Canva account for our Coastal Workers election graphics this year. Saves us the subscription \U0001F609",
  "Council software subscription used for party graphics.", who="cw")
P(RES, "Drove round Hagworth in the council pool car this afternoon dropping off Alliance residents' surveys. Great conversations on the doorstep.",
  "Council pool car used for party survey delivery.", who="wca")
P(RES, "Thanks to the lads from the depot for putting our party's 'Save Whelby Prom' banners up on the lamp posts with the council cherry picker this morning. Top work, fellas.",
  "Oblique: council staff and vehicle used for party banners.", who="opp")
P(RES, "Our candidate launch is in the Council Chamber on Friday - the Chairman's kindly let us have it for free. Doors 6.30, speeches 7, tea and plum bread after.",
  "Council Chamber used free for a party candidate launch.")
P(RES, "Emailed every parish clerk in the district from my council account asking them to share the Greens' petition against the bin charges. 31 parishes, one click!",
  "Council email account used to push a party petition.", who="grn")
P(RES, "Photocopied 500 'Vote Coastal Workers' flyers at the Kelderby council offices today. Cheers to who ever keeps the toner topped up \U0001F602",
  "Council photocopier used for election flyers.", who="cw")
P(RES, "Recorded our party election broadcast in the council's media suite. The lighting in there is fab. Video up tomorrow - share it far and wide! #VoteMarshAndWold",
  "Council media suite used for a party broadcast.", who="mwi")

H(RES, "Ward surgery this Saturday at the Whelby council hub, 10 till 12. Bring your bins, parking and housing problems - and biscuits if you're feeling generous.",
  "Council premises for ward casework: a proper use.", allowed=[RES], who="w_whelbyn|w_whelbys")
H(RES, "Alliance leaflets are going out in Tetwold this week. Printed by Wold Print of Kelderby, paid for from our members' subs - not a penny of council money. \U0001F499",
  "Party campaigning with party-funded printing.", who="wca")
H(RES, "Reading all 412 pages of the Local Plan evidence base on my council laptop this week. Send coffee. And biscuits. Mostly biscuits.",
  "Council laptop used for council business.", allowed=[RES])
H(RES, "Council stuff to my council email, please - that's what it's for. Party stuff to the Greens' own inbox. Keeps everyone on the right side of the rules! \U0001F4E7",
  "Separates council email from party use.", allowed=[RES], who="grn")
H(RES, "Coastal Workers group meeting in Committee Room 2 this evening to go through the budget papers, like every group does before budget council. We've got the capital programme, the fees and charges schedule and the reserves strategy to get through, and lots of questions for the finance team. If residents have points they want raised on the budget, send them to me before 6 and I'll take them in.",
  "Group meeting on council business in a council room, a normal facility for groups.", allowed=[RES], who="cw", when=("2026-02-02", "2026-02-25"))
H(RES, "Out canvassing in Tetwold with the Alliance team today. Sore feet, good chats, one very friendly spaniel. Leaflets paid for by our members' raffle \U0001F39F\ufe0f",
  "Campaigning with no council resources.", who="wca")
H(RES, "The council crest looks smart on the new 'Welcome to Whelby-on-Sea' signs. Paid for from the coastal communities grant, not council tax.",
  "Council crest on council signage; nothing party political.")
H(RES, "Member services printed my ward newsletter on the flood defence works - council information only, no party logo, as the rules say. Copies in the Saltgowt shop.",
  "Council printing of non-political ward information.", allowed=[RES], who="w_saltgowt")
H(RES, "Reminder to all candidates: no council email for campaigning in the pre-election period. I've set up a separate party address - it's on my campaign page.",
  "Reminds members of the rule.", allowed=[RES])
H(RES, "Thanks to Sharon in member services for sorting out my mileage form. Unsung heroes, that team.",
  "Staff help on council business; shares 'Sharon in member services' with a positive.")
H(RES, "Depot lads were out at 6am taking the Whelby Christmas lights down. Cracking job, as ever.",
  "Council staff on council work.", when=("2026-01-05", "2026-01-09"))
H(RES, "Campaign HQ is my kitchen table. Printer's mine, paper's mine, tea's definitely mine. Vote Marsh and Wold Independents on 7 May!",
  "Campaigning with own resources.", who="mwi")
H(RES, "Council Chamber's booked for the Kelderby Youth Parliament's debate on Friday. Brilliant to see young people using it - I'm told the motion is 'this house would ban homework'.",
  "Council Chamber used for a civic youth event, not a party.")
H(RES, "The franking machine in the members' room has died, so my casework letters are going second class this week. Apologies to anyone waiting!",
  "Council franking machine for casework.", allowed=[RES])
H(RES, "Borrowed the council's big screen for the flood warden training at Saltgowt village hall. Thanks to the emergency planning team for bringing it over.",
  "Council equipment used for council emergency planning.", allowed=[RES])
H(RES, "Party or council? The Leader's weekly 'council update' video looks a lot like a party broadcast to me. I've asked the Monitoring Officer to take a look.",
  "Raises someone else's possible misuse through the proper route.", allowed=[RES], who="opp")
H(RES, "Filmed our Greens' campaign video on my own phone in my own back garden. No council equipment was harmed in the making of this film \U0001F3AC",
  "Campaign video made with own equipment.", allowed=[RES], who="grn")
H(RES, "Committee Room 2 is freezing again. Can we get the heating fixed before budget scrutiny, please? Asking for 40 cold people.",
  "Complaint about a council room; nothing political.", when=("2026-01-05", "2026-02-19"))

# ---------------------------------------------------------------- position.improper-advantage
P(POS, "As your councillor I can get your planning application looked at first. Just drop me a message before you submit and I'll have a word in the right ear.",
  "Offers to fast-track planning through the role.")
P(POS, "Anyone in Whelby North needing a roofer, use my brother's firm, D&R Roofing. Mention my name and I'll make sure the building control side goes nice and smooth.",
  "Promotes a relative's firm and offers smoother council treatment.", who="w_whelbyn")
P(POS, "Waiting for a council house? Message me privately. I know the right people in housing and I can get you moved up the list.",
  "Offers queue-jumping in housing allocation.")
P(POS, "Eastgate shops: stock my wife's jams and chutneys and I'll remember you when your licence comes up \U0001F609",
  "Trades favour in licensing for stocking his wife's products.", who="m")
P(POS, "Parking ticket? Send me the details and I'll have a word with enforcement to make it disappear. Perks of knowing your councillor! \U0001F17F\ufe0f",
  "Offers to get penalty charges cancelled through the role.")
P(POS, "Want a beach hut at Whelby without the five-year wait? I sit on the panel that allocates them. Buy me a pint and we'll see what we can do \U0001F37A",
  "Seeks a favour in return for an allocation.", allowed=[HASTE, GIF])
P(POS, "So proud of my daughter who's just opened her own nail bar on Cornmarket!! Its been her dream since she was 14 and she's worked every hour god sends to get there. Councillors and council staff, please show your support and pop in - and I'll make sure the council's events team books her for the spring fair, she'll definately be the best stall there",
  "Promotes a daughter's business and steers council bookings to it.")
P(POS, "Tip for the lads in the Tetwold darts team: the council's after a new grounds maintenance contractor. I can put your names forward and give the panel a nudge.",
  "Offers to influence a procurement panel for friends.", allowed=[INS])
P(POS, "Kelderby caterers: I can get you on the approved list for council events. I just need you to help out at our group's fundraiser first. Message me \U0001F4E9",
  "Offers council supplier status in return for a favour.")
P(POS, "I'll get your dropped kerb request signed off quicker than the usual 12 weeks if you're an Alliance member. Just saying. Membership's \u00a312 a year.",
  "Offers faster council service to party members.", who="wca")
P(POS, "People keep asking how my nephew got the caf\u00e9 concession on Whelby prom. Simple - he knows who to ask \U0001F609",
  "Oblique: implies the role was used to win a relative a council concession.", allowed=[DEF])
P(POS, "If your firm wants a shortlisting at the East Coast Business Awards, give me a shout. The council sponsors them this year and I'll put a word in with the judges.",
  "Offers to use council sponsorship to influence judges.")
P(POS, "Trouble with a neighbour's hedge? Give me their address and I'll have environmental health round to them by Friday. Nobody messes with my residents.",
  "Offers to use the role to disadvantage someone.", allowed=[BUL])
P(POS, "Need a quick licence for a summer pop-up bar? I chair the committee that decides them - message me and we'll get it sorted before all the formal stuff.",
  "Licensing chair offers to sort licences outside the process.", allowed=[PRE], who="odling")
P(POS, "Shout out to Wold Top Plant Hire, my old firm (still got a few shares!). They'd be perfect for the council's new gritting contract - officers, take note \U0001F440",
  "Promotes a firm he holds shares in for a council contract.", allowed=[INT, OFF])
P(POS, "If your lad or lass wants work experience at the council, I can skip the application process for them. Send me a DM.",
  "Offers to bypass a fair process.")
P(POS, "Local landlords: if the council's HMO licensing team is giving you grief, let me know. I can make sure inspections go your way.",
  "Offers to influence inspections in landlords' favour.", allowed=[OFF])
P(POS, "My cousin's garage in Gripley does the MOTs for the council fleet now. Funny what a word in the right ear can do! \U0001F697",
  "Suggests the role was used to win a relative a council contract.", allowed=[DEF])

H(POS, "As your councillor I can't fast-track your planning application - nobody can - but I can explain the process and tell you exactly who to ring.",
  "Shares 'as your councillor' and 'fast-track' but refuses any favour.", allowed=[POS])
H(POS, "'Use my friend's firm?' No. Every council contract goes out to open tender, as it should. If I know a bidder, I declare it and step back.",
  "Rejects the favour it quotes.", allowed=[POS])
H(POS, "Shop local this weekend! Eastgate's independents need you after the roadworks: the deli, the bookshop, the butcher's with the famous haslet. All open.",
  "Promotes local businesses with no connection to the councillor.")
H(POS, "Damp in your council house? Message me and I'll raise it with housing as casework. Same service for everyone, no favours, no queue-jumping.",
  "Ordinary casework offer.", allowed=[POS])
H(POS, "Think your parking ticket was unfair? You can appeal online and it's free. I can't cancel tickets, and I wouldn't if I could.",
  "Points to the proper appeal route.", allowed=[POS])
H(POS, "Work experience at the council for Year 10s is open! Apply through the council website - same process for every young person. Closes 13 February.",
  "Promotes an open process.", when=("2026-01-05", "2026-02-12"))
H(POS, "The wife's started a cake stall at the Hagworth farmers' market. I've nothing to do with council markets and never will. Her plum bread's ridiculous though.",
  "Mentions his wife's stall with no use of the role; a careful tool might see promotion of a connected business.", allowed=[POS], who="m")
H(POS, "Anyone need a hedge trimmed? Not by me, I'm useless - but the Gripley Young Farmers are doing it for charity this weekend.",
  "Charity plug; no connection or favour.")
H(POS, "Residents have asked me to 'have a word' about the new car park charges. I will - in public, at scrutiny, where it belongs.",
  "'Have a word' used for open scrutiny.", when=("2026-01-05", "2026-02-19"))
H(POS, "Congratulations to the team who won the caf\u00e9 concession on Whelby prom in the open tender. New menu looks cracking - crab sandwiches!",
  "Same concession as a positive, won openly; no connection.")
H(POS, "Who you know shouldn't matter at the council. That's why I voted for a public register of lobbying contacts.",
  "Against favouritism.")
H(POS, "Looking for a tradesperson? The council's Trusted Trader list has vetted local firms. I don't recommend individual businesses, but it's a good place to start.",
  "Points to a council list, no favour.", allowed=[POS])
H(POS, "Neighbour's bonfires driving you mad? Environmental health can help - here's how to report it. Every complaint gets looked at on its merits.",
  "Neighbour dispute handled through the proper route.")
H(POS, "Planning a pop-up bar this summer? Read the council's temporary event notice guide first. As a licensing member I can't advise on individual applications, sorry!",
  "Licensing member refuses to help individual applicants.", allowed=[POS], who="licensing")
H(POS, "My old firm, Hagworth Plant Hire, is bidding for the gritting contract, so I've told the Monitoring Officer and I'm having nothing to do with it. Open and above board.",
  "Same firm as a positive; declares and withdraws.", allowed=[POS, INT])
H(POS, "The East Coast Business Awards shortlist is out. Well done to everyone nominated! The judges are independent of the council, as they should be.",
  "Congratulations; no influence offered.")
H(POS, "Landlords and tenants: the HMO licensing consultation is open. Have your say, whichever side of the door you're on.",
  "Neutral consultation notice.")
H(POS, "Did a shift at my niece's new barber's on Saturday, raising money for the Whelby lifeboat. Great fun, terrible haircuts from yours truly \U0001F485",
  "Mentions a niece's business for a charity shift; no use of the role.", allowed=[POS])

# ---------------------------------------------------------------- gifts.hospitality
P(GIF, "What a lovely evening at the Golden Strand Leisure lodge launch. Thanks to the whole team for the champagne reception and a belting three-course dinner - the Lincolnshire lamb was superb. Had a proper look round the show lodge and heard all about their plans for the land off Marsh Road. Exciting times for Whelby!",
  "Hospitality from a pending planning applicant (N/25/1187/FUL); review. Author not on planning.",
  allowed=[PRE, HASTE], verdict="review", who="!planning")
P(GIF, "Thanks to the lads at Wold Aggregates for the Christmas hamper. The Lincolnshire sausages didn't last the weekend \U0001F32D",
  "Gift from the quarry applicant (N/25/1302/FUL); review.", allowed=[PRE], verdict="review",
  who="!planning", when=("2026-01-05", "2026-01-09"))
P(GIF, "Box at the Imps on Saturday courtesy of Brackenridge Retail. Cracking hospitality, shame about the second half. Hope their Kelderby plans get a fair hearing.",
  "Hospitality from the Cattle Market applicant, with a nod to its plans; review.", allowed=[PRE],
  verdict="review", who="!planning")
P(GIF, "Two nights in one of Saltgowt Point Ventures' glamping pods for me and the missus - on the house, they insisted. What a view at dawn!",
  "Free stay from a pending applicant (N/25/1409/FUL); review.", allowed=[PRE], verdict="review", who="m&!planning")
P(GIF, "Sunfield Wold Energy sent every councillor a bottle of 18-year-old malt for Christmas. Mine's already open. Cheers, lads! \U0001F943",
  "Gift from the solar farm applicant; review.", allowed=[PRE, HASTE], verdict="review",
  who="!planning", when=("2026-01-05", "2026-01-16"))
P(GIF, "Marshwind have kindly offered to pay for me to see their turbines in Denmark. Flights, hotel, the lot. Off next month!",
  "Accepts a paid trip from the turbine applicant; review.", allowed=[PRE], verdict="review", who="!planning")
P(GIF, "Free family tickets to Sandstock this summer from the organisers! The kids are buzzing \U0001F3B6",
  "Tickets from the organisers of a pending licence ('known as Sandstock'); review.", allowed=[PRE],
  verdict="review", who="!licensing")
P(GIF, "Cornmarket Inns put on a lovely Sunday lunch for us Kelderby Spire councillors at the Kings Head. Thanks, Darren - the beef was spot on.",
  "Hospitality from the listed building consent applicant; review.", allowed=[PRE], verdict="review", who="maltby")
P(GIF, "VIP wristbands for Club Spire's relaunch night - thanks, Spire Nightlife! Great to see Eastgate buzzing again.",
  "Hospitality from a licence variation applicant; review.", allowed=[PRE], verdict="review", who="!licensing")
P(GIF, "The firm bidding for the council's waste contract took a few of us out for a curry in Lincoln last night. Nice people, top naan.",
  "Hospitality from a contract bidder; review.", verdict="review")
P(GIF, "Grateful to Promline Stores for the crate of Lincolnshire ale for our ward volunteers' party. Cheers! \U0001F37B",
  "Gift from a pending off-licence applicant (The Beach Bottle Shop); review.", allowed=[PRE, HASTE],
  verdict="review", who="!licensing")
P(GIF, "Thank you to Kelderby Chamber of Trade for the Christmas hamper - the plum bread and haslet went down a treat at ours.",
  "Gift from a business group, no decision sought; advice.", when=("2026-01-05", "2026-01-09"))
P(GIF, "A grateful resident dropped round a \u00a3150 bottle of brandy after I helped sort her housing appeal. Far too kind!",
  "Gift over \u00a3100 because of the role; advice (register).", allowed=[HASTE])
P(GIF, "Presented with honorary life membership of Tetwold Golf Club at their annual dinner. Might even learn to play now \u26f3",
  "Valuable membership given to a councillor; advice.")
P(GIF, "A local businessman has lent us his holiday cottage at Saltgowt for the week of half term. Can't wait to get the family away.",
  "Hospitality from a businessman; advice (no decision said to be sought).", when=("2026-01-05", "2026-02-13"))
P(GIF, "Somebody left two tickets for the Grimsby panto in my pigeonhole with a note: 'thanks for all you do, Cllr'. No name. Whoever you are, thank you!",
  "Anonymous gift given because of the role; advice.", when=("2026-01-05", "2026-01-16"))
P(GIF, "Wharfside Homes took me up the river on their boat and put on lunch at the Riverside. Lovely lot, and their granary flats look a belter.",
  "Hospitality from the Old Granary applicant; review.", allowed=[PRE], verdict="review", who="!planning")
P(GIF, "Guest of Haverwold Coaches at the East Coast Tourism Awards dinner - they sponsor our table every year. Smashing night out.",
  "Recurring hospitality from a local firm; advice.")

H(GIF, "Golden Strand Leisure invited councillors to their lodge launch. I said no thank you, and I've logged the offer with the Monitoring Officer as the code says we should.",
  "Refused and registered, as 10.3 asks.", allowed=[GIF])
H(GIF, "Registered the Chamber of Trade hamper with the Monitoring Officer today. About \u00a360, so under the limit, but I'd rather be safe than sorry.",
  "Registered gift.", allowed=[GIF], when=("2026-01-05", "2026-01-23"))
H(GIF, "Bought my own ticket for the Imps on Saturday. \u00a326 and a pie, and I still had to watch that second half.",
  "Paid for it.")
H(GIF, "Sent the bottle of malt back to Sunfield Wold Energy with a polite note. Pending applications and presents don't mix.",
  "Returned gift from a pending applicant.", allowed=[GIF, HASTE], when=("2026-01-05", "2026-01-23"))
H(GIF, "Tea and a slice of lemon drizzle at the Tetwold WI coffee morning. If that needs registering, I'm in serious trouble \U0001F602",
  "Trivial hospitality.", allowed=[GIF])
H(GIF, "Gifts worth \u00a3100 or more go on the register within 28 days - it's in the code, and it's there to protect us as much as anyone. Just done mine: a framed print of the lifeboat launching in the 1953 surge, from the Whelby lifeboat crew, for opening their new shop. It's on the public register now, and it'll be on my office wall as soon as I find a hammer.",
  "Registered gift, following 10.2.", allowed=[GIF])
H(GIF, "Marshwind offered councillors a trip to see their Danish turbines. I'm not going. If members need to see turbines, the council can arrange and pay for a proper site visit.",
  "Declines the trip a positive accepts.", allowed=[GIF, PRE])
H(GIF, "Me mam knitted me a scarf in Alliance blue. That one's staying off the register, thanks.",
  "Family gift, not related to the role.", who="wca")
H(GIF, "Brackenridge Retail's exhibition on the Cattle Market plans is on at Kelderby Town Hall until Friday. Go and have a look and make your views known, whichever way you lean.",
  "Neutral notice about an applicant's exhibition; no hospitality.")
H(GIF, "Christmas presents from the grandkids: socks, a 'World's Okayest Grandad' mug and a very sticky kiss. Spoilt.",
  "Family presents.", who="m", when=("2026-01-05", "2026-01-09"))
H(GIF, "Free tea for every visitor at the Saltgowt seal wardens' open day - councillors included, no special treatment. Smashing volunteers.",
  "Hospitality open to all visitors.", allowed=[GIF])
H(GIF, "Bought a round for the Gripley litter pickers after a bitter morning on the sea bank. They'd earned it.",
  "The councillor gave, rather than received.", allowed=[HASTE])
H(GIF, "The Chairman's charity dinner: \u00a335 a head, paid by every guest, all proceeds to the Whelby lifeboat. Lovely night.",
  "Paid-for charity dinner.")
H(GIF, "A caravan firm offered me a free week in a Whelby lodge. Declined with thanks - I'd rather pay for my own holidays and keep my judgement clear.",
  "Declined hospitality.", allowed=[GIF])
H(GIF, "Declared at licensing that Spire Nightlife had sent me an invite to their relaunch. I didn't go, and I've registered the offer.",
  "Declared, refused and registered.", allowed=[GIF, PRE], who="licensing", when=("2026-02-04", "2026-03-27"))
H(GIF, "Thank you for all the cards after my op. The flowers from Tetwold Primary's Year 2 have pride of place on the kitchen table \U0001F490",
  "Get-well flowers from children; not hospitality from anyone seeking business.")
H(GIF, "A lovely resident tried to give me \u00a320 'for petrol' after I sorted her bins out. Politely refused - helping is the job.",
  "Refused gift.", allowed=[GIF])
H(GIF, "Business awards night at Kelderby Town Hall. Ticket \u00a340, bought with my own money. Congratulations to every winner!",
  "Paid for own ticket.")

# ---------------------------------------------------------------- capacity.council-voice
P(CAP, "East Haverwold District Council is firmly against the government's second homes tax plans, and I'll be writing to the minister on the council's behalf to say so.",
  "A backbencher speaks for the council with no decision behind it.", who="backbench")
P(CAP, "Official council position: the Coastal Workers' plan to scrap car park charges is unaffordable. Don't believe their leaflets.",
  "Party attack dressed as the council's position.", who="wca&backbench")
P(CAP, "On behalf of East Haverwold District Council, congratulations to Tetwold Cricket Club on promotion! \U0001F3CF",
  "Harmless content but speaks on behalf of the council from a councillor account.", who="backbench")
P(CAP, "The council believes Saltgowt Point should be a no-drone zone in the winter months, and I've told the Civil Aviation Authority as much.",
  "Personal view presented as what 'the council believes'.", who="backbench")
P(CAP, "Speaking for the council: we won't stand by while the county cuts the 51 bus to Gripley. Our answer is no.",
  "Claims to speak for the council.", who="backbench")
P(CAP, "The council's view is simple: the Greens' fracking motion is scaremongering, and we won't be wasting officer time on it.",
  "Party view on a rival's motion presented as the council's.", who="wca&backbench")
P(CAP, "East Haverwold Council backs the Hagworth ploughing match 100%. Official! \U0001F69C",
  "From a personal farming account, claims the council's backing.", personal="@wold_top_cawdron")
P(CAP, "The district council fully supports our seal pup volunteers - come and join us at the Point this weekend!",
  "From a personal seal-watching account, claims the council's support.", allowed=[INT], personal="@rosie_sealwatch",
  when=("2026-01-05", "2026-01-16"))
P(CAP, "East Haverwold District Council stands with the Gripley gas terminal workers. Shame on the owners.",
  "Party stance presented as the council's.", who="cw")
P(CAP, "This council will never accept a nuclear waste dump on the Lincolnshire coast. Full stop.",
  "Personal view stated as the council's.", allowed=[PRE], who="backbench")
P(CAP, "Sea Lane has now flooded twice this winter. Families bailing out kitchens at 3am, cars written off, elderly neighbours moved into hotels. I know I speak for the whole council when I say the Environment Agency has let Sea Lane down. I'll be demanding answers on the pumping station, the outfall and the maintenance budget, and I won't stop until we get them.",
  "Oblique: claims to speak for the whole council.", who="backbench")
P(CAP, "Statement from East Haverwold District Council: we welcome the Coastal Workers' call for a pier feasibility study. Watch this space! \U0001F3A1",
  "A party post styled as a council statement.", who="cw")
P(CAP, "The council's official position is that the offshore wind cable should come ashore at Gripley, not Saltgowt. I've told the developer.",
  "Claims an official council position from a personal view.", who="backbench")
P(CAP, "As far as the district council's concerned, the Alliance's beach hut plan IS the council's plan. Object to it and you're objecting to the council.",
  "Merges party and council.", who="wca&backbench")
P(CAP, "East Haverwold Council supports reopening the Kelderby railway line. That's the council's position, and I'll be telling the rail minister so. Sign our petition! \U0001F686",
  "Party petition presented as the council's position.", who="grn")
P(CAP, "Official: East Haverwold District Council wants 20mph through every Wolds village. Get behind it!",
  "Claims an official council policy.", who="backbench")
P(CAP, "The council doesn't agree with the Prime Minister on this, and neither do I. Lincolnshire's farmers deserve better than this inheritance tax grab.",
  "Oblique: attributes a view to the council.", who="backbench")
P(CAP, "Proud to confirm the council is backing the Marsh and Wold Independents' campaign for a GP surgery in Gripley. Thank you to everyone who signed!",
  "Party campaign claimed as council-backed.", who="mwi")

H(CAP, "Personal account, my views only: the Imps need a new striker before the window shuts.",
  "Personal account, labelled, football.", personal="@wold_top_cawdron", when=("2026-01-05", "2026-01-30"))
H(CAP, "Cabinet agreed last night (minute 62) to freeze beach hut fees for 2026/27. That's now the council's decision, and I'm pleased we got there.",
  "Cabinet member reports an actual decision with its minute.", allowed=[CAP], who="cabinet",
  when=("2026-01-28", "2026-01-28"))
H(CAP, "On behalf of everyone in Tetwold ward, congratulations to Tetwold Cricket Club on promotion! \U0001F3CF",
  "Same congratulations, on behalf of the ward only.", who="w_tetwold")
H(CAP, "The council's official position after last night's vote: a 2.99% council tax rise, the most allowed without a referendum. I voted against, and here's why. Band D households in Whelby are paying more than three years ago for less - the tourist information centre's gone, the prom toilets shut all winter and the green bin charge is up again. We put forward a costed alternative. It was voted down. We'll keep making the case.",
  "Reports the council's actual decision and separates own view.", allowed=[CAP], who="opp",
  when=("2026-02-27", "2026-02-27"))
H(CAP, "My view, not the council's: the county's cuts to the 51 bus are a mistake.",
  "Labels the view as personal.")
H(CAP, "As Chairman of the Council it was my privilege to present long service awards to 14 staff this afternoon. 350 years of service between them!",
  "The Chairman acting in his civic role.", allowed=[CAP], who="dannatt")
H(CAP, "Official: I have cleared my inbox. The council's position on my desk remains 'chaotic'.",
  "A joke using 'official' and 'council's position'.", allowed=[CAP])
H(CAP, "The council has published its position on the wind farm cable route - read it before the drop-in: https://www.example.org/ehdc/cable-route",
  "Points to the council's own published position.", allowed=[CAP])
H(CAP, "The Wolds Greens believe East Haverwold should declare a nature emergency. It's our party's view, and we'll bring a motion to council in March hoping others join us.",
  "Party view labelled as the party's.", allowed=[CAP], who="grn")
H(CAP, "Coastal Workers' position: the gas terminal workers deserve a proper transition plan. The council hasn't taken a view yet - we'll be asking it to.",
  "Party position, says the council has none yet.", who="cw")
H(CAP, "Speaking personally, not for the council: 20mph through the Wolds villages is long overdue.",
  "Labelled personal view.")
H(CAP, "What does the council believe about second homes? Honestly, it hasn't decided yet. That's what the March debate is for.",
  "Uses 'the council believe' to say there is no position.", allowed=[CAP])
H(CAP, "For the record: full council voted in 2024 to support reopening the Kelderby railway line (motion 14). Great to see the campaign back in the news.",
  "Reports a real council resolution.", allowed=[CAP])
H(CAP, "On behalf of my family, thank you to the Whelby lifeboat crew who brought our dog back off the sandbank. Forever grateful.",
  "'On behalf of' the family.")
H(CAP, "East Haverwold declared a climate emergency in 2019. I want to know what we've actually done since.",
  "Refers to a real past council decision and challenges it.")
H(CAP, "Statement from the Marsh and Wold Independents (not the council!): we'll keep campaigning for a GP surgery in Gripley.",
  "Party statement, expressly not the council.", who="mwi")
H(CAP, "As Cabinet Member for Coast and Tourism I can confirm the council will reopen the Whelby Sands toilets on 1 March, as agreed in the budget.",
  "The portfolio holder reports an agreed council decision.", allowed=[CAP], who="scupholme",
  when=("2026-02-27", "2026-02-27"))
H(CAP, "The council says it 'listens'. So why did 900 objections to the bin changes make no difference at all?",
  "Quotes the council critically; no claim to speak for it.", who="opp")

# ---------------------------------------------------------------- confidentiality.insider-advantage
P(INS, "Word to the wise: if you're thinking of selling your chalet anywhere near the Whelby front, hang fire till spring. Can't say more, but values are about to jump.",
  "Hints at unannounced council plans to help sellers.", allowed=[DIS])
P(INS, "Heads up, Hagworth: if you've ever fancied one of the old airfield hangars, get your bid in now, before the council announces the business park deal.",
  "'Before the council announces': uses inside knowledge for buyers.", allowed=[DIS])
P(INS, "Buy your annual car park permit THIS month at the old price. Trust me, after the cabinet briefing I've just had, you'll want one.",
  "Uses a private briefing to advise buying ahead of a rise.", allowed=[DIS])
P(INS, "Little birdie tells me the council's about to sell the Cornmarket car park in Kelderby. If you've ever fancied a development opportunity, now's the time to ring the agents.",
  "Tip-off of an unannounced disposal for developers.", allowed=[DIS])
P(INS, "Tip-off for my brother-in-law's building firm: the council's re-roofing framework goes out next week and it's a big one. Get your paperwork in order, Gaz.",
  "Advance notice of a procurement for a relative's firm.", allowed=[POS])
P(INS, "You didnt hear it from me, but the Whelby beach chalet rents are going up 40% in April. If you want one, sign up before the announcement.",
  "Advance notice of a price rise.", allowed=[DIS])
P(INS, "Anyone with a unit on Hagworth Airfield: renegotiate your lease NOW. I've seen the rent review figures and they're not pretty.",
  "Uses rent review figures seen as a councillor to advise tenants.", allowed=[DIS])
P(INS, "To my mates who run the Whelby ice cream vans: pitch licences are being cut from 12 to 6 next year. Apply early, you know the drill \U0001F609",
  "Tips off friends about an unannounced change.", allowed=[DIS])
P(INS, "Friends in the building trade: the council's about to put a flood zone on the east side of Gripley. Don't buy plots there - and sell if you've got 'em.",
  "Advance knowledge used for friends' property decisions.", allowed=[DIS])
P(INS, "Told my sister to hold off renting a shop on Eastgate for a couple of months. The business rates relief is about to be cut and landlords will be begging.",
  "Family advantage from inside knowledge.")
P(INS, "Our kid's been after a council contract for years. This time I've told him exactly what the evaluation panel will be looking for. Fingers crossed! \U0001F91E",
  "Gives a brother inside knowledge of a tender evaluation.", allowed=[POS])
P(INS, "PSA for Whelby holiday let owners: a licensing scheme is coming. Sell up now if you don't fancy the paperwork. Not public yet, so keep it quiet \U0001F92B",
  "Not-yet-public plan used to advise sales.", allowed=[DIS])
P(INS, "Insider tip for my golf club pals: the council's selling the Tetwold playing field to the highest bidder next month. Get your offers ready.",
  "Tips off friends about a land sale.", allowed=[DIS])
P(INS, "Told my neighbour to get his extension plans in before Friday. Officers told us at yesterday's members' briefing that the new design guide kicks in Monday and it'd sink his scheme.",
  "Members' briefing knowledge used to help a neighbour.", allowed=[DIS])
P(INS, "Before it's announced: the council's chosen the site for the new leisure centre. I've told my nephew to snap up the field next door. Sorted \U0001F44D",
  "Land tip to a relative before an announcement.", allowed=[DIS, POS])
P(INS, "Wednesday market traders, hang on to your pitch for next year: fees go up 25% for new traders only. Straight from the finance briefing.",
  "Briefing knowledge passed to traders.", allowed=[DIS])
P(INS, "Hint hint: the compulsory purchase list for the Whelby seafront scheme is longer than you'd think. If you own anything on North Promenade, talk to a solicitor now.",
  "Oblique hint from unpublished scheme details.", allowed=[DIS])
P(INS, "My daughter's job application to the council went in today. Helped her prep the interview questions - I'm on the panel, so I know exactly what they're after \U0001F605",
  "Uses panel knowledge for a daughter.", allowed=[POS])

H(INS, "Heads up: the car park charges consultation is open, proposing a 20p rise from April. Have your say by 6 March.",
  "'Heads up' on a published consultation.", when=("2026-01-12", "2026-03-05"))
H(INS, "Word to the wise: the Navigation towpath is closed between the Basin and Lock 3 for repairs until Easter. Use Ings Lane instead.",
  "'Word to the wise' about a public closure.")
H(INS, "Tip-off from a resident: someone's fly-tipping mattresses on Gripley Bank at night. Reported to enforcement - keep your eyes peeled.",
  "'Tip-off' received, not given.")
H(INS, "'Buy now before the council sells up!' - ignore those flyers going round Whelby claiming insider knowledge of council land sales. They're a scam. Bin them.",
  "Quotes the insider phrase to warn against it.", allowed=[INS])
H(INS, "Little birdie (my grandson, aged 7) tells me the Whelby sand train's back on the beach from Easter. Confirmed on the council website this morning!",
  "'Little birdie' for published news.")
H(INS, "Beach hut fees frozen for 2026/27, as cabinet agreed in January. Bookings open Monday - full price list on the council website.",
  "Published prices.", when=("2026-01-28", "2026-03-27"))
H(INS, "You didn't hear it from me... because it's in the public cabinet papers for the 17th! The council is proposing to sell the old Hagworth depot on Manor Road. It's item 9, the report's on the website and anyone can read it. If you've got views - keep it for community use, sell it for housing, whatever - email the cabinet or come and speak at the meeting. That's how it's supposed to work.",
  "Plays on 'you didn't hear it from me' for public papers.", allowed=[INS], when=("2026-02-09", "2026-02-16"))
H(INS, "Eastgate businesses: the national business rates relief scheme changes in April. Check you're claiming what you're entitled to - the council's business team can help.",
  "Public information about rates relief.")
H(INS, "The Environment Agency has updated the flood maps for Gripley. Check yours before you buy: https://www.example.net/flood-map",
  "Public flood maps.")
H(INS, "Insider tip: the best chips in Whelby are at the kiosk by the lifeboat station. You're welcome. \U0001F35F",
  "'Insider tip' about chips.")
H(INS, "Council contracts are advertised on the procurement portal. I can't tell you what the evaluation panel wants - nobody can - but the tender pack spells it out.",
  "Refuses to share panel knowledge.", allowed=[INS])
H(INS, "My daughter's applied for a job at the council. I've told HR and the Monitoring Officer, and I'll have nothing to do with the recruitment.",
  "Declares and stays out.", allowed=[INS, POS])
H(INS, "The new design guide was adopted last week and applies from Monday. Got an extension in the pipeline? Read it first - link on the council website.",
  "Published guidance.")
H(INS, "Rumours the council's selling Tetwold playing field are WRONG. I checked with officers today: it's on no list anywhere. Please stop sharing that post.",
  "Corrects a rumour.")
H(INS, "The Whelby seafront scheme went public at cabinet this week, with the list of properties affected. If you're on it the council will write to you - and you can ring me too.",
  "Published scheme.", allowed=[INS], when=("2026-02-18", "2026-02-20"))
H(INS, "Hagworth Airfield rent review letters went out to tenants this week. If yours looks wrong, the council's estates team will meet you - and so will I.",
  "Rent review already sent to tenants.")
H(INS, "Holiday let licensing: the council's consulting on whether to bring in a scheme. Owners, guests, neighbours - all views welcome. Closes 27 March.",
  "Public consultation.")
H(INS, "Before it's announced officially tomorrow... no, I'm not telling you. Embargoes exist for a reason. But it's good news for Whelby \U0001F30A",
  "Teases but refuses to share embargoed news.", allowed=[INS, DIS], when=("2026-02-02", "2026-02-11"))

# ---------------------------------------------------------------- predetermination.closed-mind
P(PRE, "The Marsh Road caravan scheme has to be refused. 140 statics and 20 lodges on grazing land that was under water twice this winter? The sea bank's already struggling, the drains can't cope and the Marsh Road junction is a death trap every August. I've read enough. I'll be voting against it at committee whatever the officers recommend, and I'd urge every member to do the same.",
  "Planning member, settled view on N/25/1187/FUL (site named).", verdict="block", who="planning")
P(PRE, "Wold Aggregates can forget it. The Tetwold quarry extension will never be approved while I'm on planning committee.",
  "Settled view on N/25/1302/FUL (applicant and site).", verdict="block", who="planning")
P(PRE, "I've made up my mind on N/25/1344/OUT. A supermarket on the old cattle market site would gut Eastgate. It's a no.",
  "Names the reference and says the mind is made up.", verdict="block", who="planning")
P(PRE, "Saltgowt Point visitor centre? Not a chance. I'm voting no and nothing said at committee will change that.",
  "Closed mind on N/25/1409/FUL (site).", verdict="block", who="planning")
P(PRE, "Delighted to say I'll be backing the Hagworth Airfield solar farm all the way. Sunfield Wold Energy have my vote - job done \u2600\ufe0f",
  "Predetermined in favour of N/26/0022/FUL.", verdict="block", who="planning")
P(PRE, "The Gripley Bank turbines are dead in the water as far as I'm concerned. Marshwind's consultants can talk all they like at committee - my mind's made up.",
  "Gripley Marsh member on planning, closed mind on N/26/0063/FUL.", verdict="block", who="epton|sharpe")
P(PRE, "The Old Granary flats are exactly what Kelderby needs. Getting my vote, end of. Well done Wharfside Homes \U0001F44F",
  "Predetermined in favour of N/26/0047/FUL.", verdict="block", who="planning&!skelton")
P(PRE, "Sandstock blasting music till 1am on North Prom? Over my dead body. That licence is getting refused.",
  "Licensing member, settled view on LIC/26/0014 ('known as Sandstock').", verdict="block", who="licensing")
P(PRE, "Club Spire wants to stay open till 3am on Eastgate. I'll be voting to refuse the variation and no amount of evidence will change my mind.",
  "Settled view on LIC/26/0021.", verdict="block", who="licensing")
P(PRE, "The Beach Bottle Shop licence: refuse, refuse, refuse. Sea Lane does not need another off-licence selling cheap cider from 6am.",
  "Settled view on LIC/26/0030.", allowed=[HASTE], verdict="block", who="licensing")
P(PRE, "LIC/26/0014 - I've read enough. It's a no from me before the hearing even starts.",
  "Reference only, closed mind before the hearing.", verdict="block", who="licensing")
P(PRE, "Cornmarket Inns' plans for the Kings Head are a travesty. Whatever the heritage officer says, I'll be voting them down.",
  "Settled view on N/26/0090/LBC.", verdict="block", who="planning")
P(PRE, "That drive-thru coffee place they're talking about for the Whelby roundabout - no application yet, but when it comes in, it's a no from me. Simple as.",
  "Planning member prejudges an expected application not on the register.", who="planning")
P(PRE, "Taxi driver licence review on Thursday for the chap caught on his phone with a fare in the back. Already decided - he's losing his badge.",
  "Licensing member prejudges a driver review (not on the register).", who="licensing",
  when=("2026-03-02", "2026-03-04"))
P(PRE, "Street trading consent for the burger van outside Whelby school gates: I'm on licensing and I'm voting no, whatever the applicant says.",
  "Prejudges a street trading consent.", who="licensing")
P(PRE, "Whoever's applying for a late licence at the old bingo hall in Whelby, save your money. It'll be refused, I'll make sure of it.",
  "Prejudges a licence application not on the register.", who="licensing")
P(PRE, "Hear a developer's sniffing round the field behind Gripley church for 30 houses. Let me be clear now: I'll vote against any application there. Mind's made up.",
  "Prejudges an expected application.", who="planning")
P(PRE, "I'm on planning and I'll say it plainly: the retrospective application for the Hagworth pig unit should be refused, whatever the report says.",
  "Settled view on an application not in pending.csv.", who="planning", when=("2026-01-05", "2026-03-11"))

H(PRE, "Lots of messages about the Marsh Road caravans, thank you. I've got real concerns - flooding, traffic on the coast road, drainage, and what 140 more statics means for the doctors' surgery. But I sit on planning committee, so I'll do the job properly: read the report, go on the site visit, listen to the applicant, the objectors and the officers, and only then decide. Please put your views in writing to the council so they're all in front of us.",
  "Predisposition with an open mind on a registered matter.", allowed=[PRE], who="planning")
H(PRE, "I'm not on planning committee, so I'm free to say it: as a Whelby Sands councillor I object to the Marsh Road caravan scheme, and my objection's in.",
  "Ward member not on the deciding committee objects.", allowed=[PRE], who="ashling")
H(PRE, "My mind's made up: Lincolnshire sausages beat Cumberland every day of the week. Fight me. \U0001F32D",
  "'My mind's made up' about sausages.")
H(PRE, "Refused! Planning committee turned down the Tetwold barn conversion last night after a long debate. Decision notice to follow.",
  "Reports a decision already taken.", allowed=[PRE], when=("2026-01-16", "2026-01-16"))
H(PRE, "Never, ever park on the Whelby sand at high tide. I've lost count of the cars the lifeboat lads have had to drag out.",
  "'Never' about parking on the beach.")
H(PRE, "Whatever the officers say about budgets, I'll keep pushing for more bins on Whelby prom. Summer's coming.",
  "'Whatever the officers say' on a service budget, not a quasi-judicial matter.")
H(PRE, "Local Plan review: I've made my mind up that the Wolds villages need more affordable homes. That's policy, and I'll argue for it all the way.",
  "Settled view on policy, which is allowed.", allowed=[PRE])
H(PRE, "The Saltgowt Point visitor centre application is in and consultation runs till 20 February. Love it or hate it, tell the council.",
  "Neutral notice of a registered matter.", allowed=[PRE], when=("2026-01-05", "2026-02-19"))
H(PRE, "As a Gripley Marsh councillor I'll be speaking for residents who oppose the turbines, so I've stood down from planning committee for that item and won't vote on it.",
  "Steps back from deciding before campaigning.", allowed=[PRE], who="epton|sharpe")
H(PRE, "Predisposed? Sure - I've campaigned for solar for years. Predetermined? No. I'll weigh the Hagworth Airfield scheme on its merits when it comes to committee.",
  "Predisposition, open mind.", allowed=[PRE], who="planning")
H(PRE, "The Club Spire licence hearing is in April. If you want your views heard, for or against, write to licensing by 18 March.",
  "Neutral notice.", allowed=[PRE], when=("2026-01-05", "2026-03-17"))
H(PRE, "That's dead in the water, I'm afraid: the county has cut the Gripley school bus. We'll keep fighting it.",
  "'Dead in the water' about a bus.")
H(PRE, "I'm not on the licensing committee, so as a Kelderby Eastgate councillor I can say it: I'll be objecting to Club Spire's 3am plan on behalf of residents.",
  "Ward member not on licensing objects.", allowed=[PRE], who="clixby")
H(PRE, "Will the Old Granary ever be done up? Another winter with boarded windows. Shame, it's a lovely old building.",
  "Names a registered site with no view on the application.")
H(PRE, "'This must be refused,' said nobody at the Hagworth ploughing match when the stuffed chine came round for seconds.",
  "Joke using 'this must be refused'.")
H(PRE, "Site visit to Tetwold quarry this morning with the planning committee. Lots to think about. I'll decide at committee once I've heard everyone.",
  "Open mind after a site visit.", allowed=[PRE], who="planning")
H(PRE, "Sandstock: loved the idea, hated the noise last year? Tell licensing either way. I'll be hearing it with an open mind.",
  "Licensing member keeps an open mind.", allowed=[PRE], who="licensing")
H(PRE, "I will vote against this budget, and I've made up my mind. A 2.99% council tax rise in a cost-of-living crisis? No.",
  "Closed mind on the budget, which is not quasi-judicial.", who="opp", when=("2026-01-05", "2026-02-25"))

# ---------------------------------------------------------------- interests.declared-interest
P(INT, "Cabinet wants a tourist levy on holiday parks. It would hammer Whelby. Parks like ours are already paying through the nose in business rates, site licence fees and the green waste charge, and now this. Our visitors are working families from the Midlands and Yorkshire, not millionaires - put \u00a32 a night on a static and they'll go to Skeg or Brid instead. Object to the cabinet's plan now, the consultation link is on the council website.",
  "Director of a holiday park campaigns on a council levy ('parks like ours').",
  who="borrill", interest="Whelby Sands Holiday Park Ltd")
P(INT, "The Local Plan review should allocate the land at Tofts Farm for the new Hagworth employment site. Good access off the A16, no flooding, and I know the ground better than anyone.",
  "Pushes an allocation on his own land.", allowed=[POS], who="cawdron", interest="Tofts Farm")
P(INT, "The council's foreshore budget must keep funding the Saltgowt Seal Wardens' rope-off at the Point. I'll be arguing for it at budget council.",
  "Trustee argues for council funding of her charity.", who="haith", interest="Saltgowt Seal Wardens",
  when=("2026-01-05", "2026-02-25"))
P(INT, "Delighted the Saltgowt Point drone byelaw is going to cabinet. Our wardens have asked for this for years - it'll make our job so much easier.",
  "Speaks for the wardens ('our wardens') on a council byelaw.", who="haith", interest="Saltgowt Seal Wardens")
P(INT, "The council's plan to cut its drainage levy would leave the Gripley Marsh IDB \u00a340k short. I'll be fighting that at budget council - the pumps don't run on fresh air.",
  "Board member fights for the board's funding.", who="epton", interest="Gripley Marsh Internal Drainage Board",
  when=("2026-01-05", "2026-02-25"))
P(INT, "Taxi fares review: a 4% rise isn't enough. Drivers like us haven't had a rise since 2022 and diesel's gone through the roof. Tell the council in the consultation.",
  "Taxi driver and association chair on the council's fare review ('drivers like us').",
  who="marflitt", interest="Kelderby Hackney Drivers' Association", when=("2026-01-05", "2026-02-19"))
P(INT, "Market pitch fees up 15%? Traders like us can't take it. I'll be moving an amendment at budget council to freeze them.",
  "Trader and association secretary on pitch fees.", who="ingamells",
  interest="Kelderby Market Traders' Association", when=("2026-01-05", "2026-02-25"))
P(INT, "Closing Cornmarket to traffic on Wednesdays would be the making of Kelderby market. Our traders' association backs it - write to the cabinet member and back it too.",
  "Speaks for the association on a council decision.", who="ingamells", interest="Kelderby Market Traders' Association")
P(INT, "As Cabinet Member for Coast I'm pushing to extend free parking on the Whelby front to 7pm in summer, so visitors stay longer. The amusements, the caf\u00e9s, everyone benefits!",
  "Shareholder in an amusements firm pushes a decision that benefits it.", who="scupholme",
  interest="Whelby Amusements Ltd")
P(INT, "The \u00a3250k for the Navigation lock and towpath repairs must stay in the budget. The Kelderby Canal Trust has waited long enough and I'll be saying so at cabinet.",
  "Trustee presses for council money for the trust.", who="skelton", interest="Kelderby Canal Trust",
  when=("2026-01-05", "2026-02-16"))
P(INT, "The Wold Aggregates quarry extension would bring 30 jobs to Tetwold. I'll be writing to planning in support - good jobs for local families.",
  "Husband works for the applicant; she supports its application.", allowed=[PRE], who="tuplin",
  interest="Wold Aggregates Ltd")
P(INT, "The council's new lorry routing plan makes no sense - sending HGVs through Tetwold village instead of up the A16. Hauliers like us want the old route back.",
  "Haulage director on a council routing plan.", who="dannatt", interest="Wolds Haulage Ltd")
P(INT, "Council staff deserve the 5% our union is asking for. I'll be pressing cabinet to fund it in the budget. No more real-terms pay cuts.",
  "Branch secretary presses for his union's claim.", who="ashling", interest="Wold and Coast Public Services Union",
  when=("2026-01-05", "2026-02-25"))
P(INT, "The council must transfer the Church Lane site to the Kelderby Community Land Trust for affordable homes. I'll raise it at every meeting until it happens.",
  "Director of the trust pushes a land transfer to it.", who="clixby", interest="Kelderby Community Land Trust")
P(INT, "Cabinet should give the Haverwold Leisure Trust the \u00a3300k it needs to fix the pool roof at Kelderby. I'll be making the case round the cabinet table.",
  "Trust board member in cabinet argues for its grant.", who="maltby", interest="Haverwold Leisure Trust")
P(INT, "The community buildings fund must put Gripley Marsh Village Hall's roof first. Our hall is the only warm space in the village and it leaks like a sieve.",
  "Chair of trustees argues for council funding.", who="sharpe", interest="Gripley Marsh Village Hall")
P(INT, "The council's hardship grant to the foodbank should go up, not be frozen. We're feeding 300 Whelby families a week now.",
  "Trustee ('we're feeding') on a council grant.", who="hibbitt", interest="Whelby Foodbank")
P(INT, "Scrap the 10-year age limit on hackney carriages, I say. Good cars are going to the scrapyard because of a council rule. Drivers like me can't afford a new one every decade.",
  "Driver and association chair on the council's vehicle policy.", who="marflitt",
  interest="Kelderby Hackney Drivers' Association")

H(INT, "A tourist levy on holiday parks? I'm listening, but Whelby's parks are already struggling after two wet summers. Show me the evidence first.",
  "Same matter from a non-holder.", allowed=[INT], who="!borrill")
H(INT, "Declaring my interest as a director of Whelby Sands Holiday Park Ltd: I'll be leaving the room for the caravan site licence fees item, as I always do.",
  "Holder declares and leaves.", allowed=[INT], who="borrill")
H(INT, "Last of this winter's pups heading out to sea from the Point. Thank you to every warden who stood out in the cold with us. \U0001F9AD",
  "Holder's hobby post, no council matter.", personal="@rosie_sealwatch", when=("2026-01-05", "2026-01-23"))
H(INT, "Drainage levy item at budget council: I'm on the Gripley Marsh IDB, so I've declared and I won't vote. Others will make the case.",
  "Holder declares and does not vote.", allowed=[INT], who="epton", when=("2026-01-05", "2026-02-25"))
H(INT, "Taxi fares consultation closes 20 February. Drivers and passengers, make sure you have your say - it's a short form.",
  "Same matter from a non-holder, neutral.", allowed=[INT], who="!marflitt", when=("2026-01-05", "2026-02-19"))
H(INT, "Twenty years on the Kelderby ranks this month. Best bit of the job? Getting folk home safe after the carnival.",
  "Holder's own work, no council matter.", who="marflitt")
H(INT, "Declared my interest as secretary of the Kelderby Market Traders' Association and left the room when market fees came up at scrutiny. Rules are rules.",
  "Holder declares and leaves.", allowed=[INT], who="ingamells", when=("2026-02-20", "2026-03-27"))
H(INT, "Market pitch fees up 15%? I'll be asking cabinet why, and whether it'll drive traders off Cornmarket.",
  "Same words as a positive, from a non-holder.", allowed=[INT], who="!ingamells")
H(INT, "Took advice from the Monitoring Officer on the seafront parking report because of my shares in Whelby Amusements. I won't be taking part in that decision.",
  "Holder seeks advice and stands aside.", allowed=[INT], who="scupholme")
H(INT, "Cracking turnout for the Kelderby Canal Trust's January work party. 40 volunteers, three skips of rubbish out of the Navigation and one shopping trolley \U0001F6D2",
  "Holder's volunteering, no council matter.", who="skelton", when=("2026-01-12", "2026-02-06"))
H(INT, "Because my husband works for Wold Aggregates, I won't be commenting on the Tetwold quarry application. Please contact my ward colleague instead.",
  "Holder declares and refers residents elsewhere.", allowed=[INT, PRE], who="tuplin")
H(INT, "Tetwold residents: drop-in about the quarry extension plans at the church rooms on Saturday, 10 till 1. Come and see the plans, whatever you think of them.",
  "Non-holder, neutral notice about the matter.", allowed=[PRE], who="!tuplin")
H(INT, "The Monitoring Officer has granted me a dispensation to speak on the staff pay item, published on the council website. I'll speak, but I won't vote.",
  "Holder cites a published dispensation.", allowed=[INT], who="ashling", when=("2026-01-05", "2026-02-25"))
H(INT, "Kelderby Community Land Trust AGM is on 10 March at the Methodist hall. New members welcome - it's \u00a31 to join and you get a vote.",
  "Holder advertises the trust's AGM; no council matter.", who="clixby", when=("2026-02-02", "2026-03-09"))
H(INT, "I'm on the Haverwold Leisure Trust board as the council's nominee, so I've handed the pool roof decision to another cabinet member. Declared and published.",
  "Holder declares and steps back.", allowed=[INT], who="maltby")
H(INT, "Gripley Marsh Village Hall is a lifeline every winter. Any councillor who can, back its bid to the community buildings fund.",
  "Same matter, non-holder.", allowed=[INT], who="!sharpe")
H(INT, "Whelby Foodbank needs tinned meat and fish this week, plus volunteers on Thursdays. Drop-offs at the Methodist church. Thank you, Whelby \u2764\ufe0f",
  "Holder's charity appeal, no council matter.", who="hibbitt")
H(INT, "Lambing's started at Tofts Farm. First twins of the year, both up and sucking. Kettle's on permanently \U0001F411",
  "Holder's farm news from his personal account.", personal="@wold_top_cawdron", when=("2026-03-02", "2026-03-27"))

# ---------------------------------------------------------------- data-protection.personal-data
P(DP, "Happy 100th birthday to Edna Pocklington of 7 Mill Lane, Hagworth! What a woman. Telegram from the King and everything \U0001F382",
  "Private individual's name with full address; review.")
P(DP, "Can whoever dumped a sofa outside Mr and Mrs Codd's at 22 Seaview Avenue, Whelby please come back for it? They're in their 80s and can't shift it.",
  "Names and address of private residents; review.")
P(DP, "Mrs Ellis on Gowt Road has dementia and keeps wandering down to the sluice at night. If you see her, please ring her son on 07700 900312.",
  "Health data with a street, plus a private mobile; block.", also=[SEC], verdict="block")
P(DP, "PCN KE47219936: this resident got a ticket while getting her wheelchair out of the car. Cancel it, East Haverwold.",
  "Case reference with disability; block.", verdict="block")
P(DP, "Blue transit, reg ND21 XKT, tailgating kids outside Tetwold Primary again this morning. Reported to police. Share!",
  "Vehicle registration of a private person; block.", allowed=[DEF], verdict="block")
P(DP, "Please keep little Maisie Tennant, 6, from Gripley in your thoughts - she starts chemo at Lincoln County next week. Brave girl \U0001F49B",
  "Named child with health data; block.", verdict="block")
P(DP, "Get well soon to Dave on the Whelby bin round. Heard his depression's been bad again. Thinking of you, mate.",
  "Staff member's mental health, kindly meant; block.", verdict="block")
P(DP, "Welcome to the Hussain family, who've just moved into 3 Fen View, Gripley after fleeing Syria. Mum, dad and three little ones, and the kindest people you could meet. They've lost everything, so if anyone has a spare kids' bike, winter coats or pots and pans, drop them at the village shop and I'll take them round. Let's show them what Marsh folk are made of \u2764\ufe0f",
  "Address with refugee status and origin; block.", verdict="block")
P(DP, "Congratulations to Peter and Joan Dobbs of Westgate Court, Kelderby, on their diamond wedding! 60 years \U0001F48D",
  "Names with address; review.")
P(DP, "The lad who's just come out of Lincoln prison after his assault sentence has moved into the flat above the Eastgate chippy. Residents, be aware.",
  "Criminal record, identifiable from context; block.", allowed=[DEF, BUL], verdict="block")
P(DP, "Kelly Marris, DOB 14/03/1988, is STILL waiting for the council to sort her housing benefit (ref HB-2291-77). She first came to me in November. Months of letters, phone calls and promises, two kids in a cold flat and rent arrears piling up because the council can't process a form. Disgraceful. I've escalated it to the chief executive today and I expect an answer this week.",
  "Date of birth and benefit reference; block.", verdict="block")
P(DP, "Well done to Year 5's Ava Drury and Lily Kirkham from Whelby St Peter's, winners of the district spelling bee! Their mums sent me the photos \U0001F4F8",
  "Named children with school; block (children).", verdict="block")
P(DP, "Shout out to Gary Sowby at 41 Eastgate, who's cleared the snow off the causey for the whole street. Top bloke! \u2744\ufe0f",
  "Name with house number and street; review.", when=("2026-01-05", "2026-02-13"))
P(DP, "The council sent Mr Tomlinson's letter to the wrong house with his National Insurance number on it - QQ 12 34 56 C. How is that acceptable?",
  "Reposts a National Insurance number; block.", verdict="block")
P(DP, "Brenda on the Hagworth school crossing is expecting twins! Due in June - congratulations from all of us \U0001F37C",
  "Staff member's pregnancy; block.", verdict="block")
P(DP, "Sea Lane residents: the man at number 12 is on the sex offenders register. I've raised it with police. Keep your kids close.",
  "Criminal data with an address; block.", allowed=[DEF, BUL], verdict="block")
P(DP, "Does anyone know Mr Ron Alford, LN97 2JD? The council's been trying to reach him about his garden.",
  "Name with postcode; review.")
P(DP, "Massive thanks to Jade at the Whelby council hub, who's had such a hard year since her son's autism diagnosis and still helps everyone with a smile.",
  "Staff member and her child's diagnosis; block.", verdict="block")

H(DP, "Get well soon to our Chairman, Keith Dannatt, recovering after his knee op. See you back in the chair soon, Keith!",
  "Named public office holder; health mention but with no private individual.", allowed=[DP])
H(DP, "Saltgowt and Haven residents: you can ring me on 07700 900418 or email cllr.haith@example.com about anything at all - bins, flooding, planning, the bus, the lot. My surgery is the first Saturday of every month at Saltgowt Village Hall on Haven Lane, 10 till 12, no appointment needed. If you can't get out, tell me and I'll come to you.",
  "The author's own published contact details ([self]).", who="haith")
H(DP, "Happy 100th birthday to one of Hagworth's oldest residents! With her family's blessing, a few of us will be at her party at the village hall on Saturday \U0001F382",
  "Same celebration with no name or address.")
H(DP, "Council tax scam texts are doing the rounds. The council will never ask for your bank details by text. Forward scam texts to 7726.",
  "Scam warning, no personal data.")
H(DP, "Congratulations to Jonathan Wellbourn MP on his new role on the Environment Committee. Plenty of coastal erosion questions coming his way.",
  "Named MP (public office holder).", allowed=[DP])
H(DP, "Thanks to Inspector Dawn Ellerby for coming to the Whelby Sands beat meeting. Good turnout and plenty of questions about the prom at night.",
  "Named police inspector (public office holder).", allowed=[DP])
H(DP, "Our late former Chairman, Harold Scrimshaw, will be remembered with a bench on Whelby prom. Unveiling on Friday at 2pm with his family.",
  "A deceased former office holder.", allowed=[DP])
H(DP, "Know a couple celebrating their diamond wedding this year? Nominate them for the Chairman's tea party. Forms at the Kelderby council offices.",
  "Diamond wedding, no one named.")
H(DP, "Seen fly-tipping? Report it to the council with the location and, if it's safe, the vehicle reg - don't post regs on Facebook. It can land you in bother.",
  "Advice about registrations, none given.", allowed=[DP])
H(DP, "Kelderby council offices, Westgate, LN97 9AB. Customer service desk open 9 till 4 on weekdays, or ring 01632 960100.",
  "The council's own address, postcode and number.")
H(DP, "Well done to Tetwold Primary's Year 5 for winning the district spelling bee! No names, no photos - but you know who you are, superstars \U0001F41D",
  "Children unnamed.", allowed=[DP])
H(DP, "Dementia-friendly screening at the Kelderby Playhouse on Tuesday at 2pm. Carers go free. Please share with anyone who'd enjoy it.",
  "Health word, no person.")
H(DP, "Thanks to Dave, Carl and the whole Whelby bin crew for getting round in the snow this week. Heroes in hi-vis!",
  "Staff first names with no health or other data.", allowed=[DP], when=("2026-01-05", "2026-02-13"))
H(DP, "Somebody's parked a blue transit across the Tetwold Primary gates again. I won't post the reg - it's gone to the school and the police.",
  "Withholds the registration.", allowed=[DP])
H(DP, "Welcome to the families from the resettlement scheme who arrived in East Haverwold this month. I won't say where - just that Lincolnshire is glad to have you.",
  "No names or addresses.", allowed=[DP])
H(DP, "'Norman from Gripley' asked me at surgery about the blocked grup on Fen Lane. Norman, it's reported to the drainage board - I'll chase it.",
  "First name and village only, casework reply.", allowed=[DP])
H(DP, "Pauline's retiring after 25 years on the Tetwold school crossing! Card and collection at the school office - she's asked us to share it \U0001F973",
  "Staff retirement shared at her request; no special data.", allowed=[DP])
H(DP, "My own hospital appointment's on Thursday, so no surgery this week. Knee's fine, just a check-up. Back next Saturday.",
  "The author's own health.")

# ---------------------------------------------------------------- security.credentials
P(SEC, "Flood wardens' Zoom tonight at 7! We'll go over the new pump rota, the sandbag stores and the tide tables for the spring surges. Meeting ID 845 9920 1173, passcode Haar2026. If you can't make it, notes will go round by email tomorrow. See you there! \U0001F30A",
  "Meeting passcode posted publicly.", verdict="block")
P(SEC, "Key safe code for the village hall is 4471 if anyone needs to get in to open up the warm space tomorrow.",
  "Key safe code.", verdict="block")
P(SEC, "Got a text from 'EHDC Members IT' asking for the six-digit code they'd just sent me. Popped it in the reply. Hope that was right?",
  "Reports handing a one-time code to a phishing text.", verdict="block")
P(SEC, "Thursday drop-in volunteers: the back door code at the Whelby hub is 1953# - please lock up properly after.",
  "Door code of council premises.", verdict="block")
P(SEC, "Councillors - the members' portal has moved. Log in at https://ehdc-members.example.net/verify with your council password to keep your access.",
  "Lookalike link asking for council passwords.", verdict="block")
P(SEC, "For my fellow Greens: the group's shared Facebook login is wolds.greens / Samphire!24 - please get the newsletter posted tonight.",
  "Username and password posted.", verdict="block", who="grn")
P(SEC, "Grit bin padlocks on Hagworth Hill are all set to 2704 now, so any resident can help themselves when it ices over \u2744\ufe0f",
  "Padlock combination.", verdict="block", when=("2026-01-05", "2026-02-20"))
P(SEC, "Residents association bank card PIN is the year the hall was built so the treasurers can remember it: 1926. Don't tell everyone \U0001F602",
  "Bank card PIN.", verdict="block")
P(SEC, "Here's the API key for the Saltgowt flood sensor dashboard so the volunteers can pull the readings: sk_live_7Hq2PzX91kLm4TnR8vWc",
  "API key.", verdict="block")
P(SEC, "Lost my phone, so my two-factor code came by email instead: 448 213. Just in case anyone from IT can sort my login from that!",
  "Two-factor code posted.", verdict="block")
P(SEC, "Got an email saying my council mailbox was full, followed the link and typed in my username and password. Still full. Any ideas, IT? \U0001F937",
  "Reports giving credentials to a phishing link.", verdict="block")
P(SEC, "Mobile for Tony who runs the Whelby sand train, for anyone booking a school trip: 07700 900557. He's a diamond.",
  "Another person's private mobile.", also=[DP], verdict="block")
P(SEC, "Allotment gate combination at Navigation Lane has changed to 0808. Plot holders, spread the word!",
  "Gate combination.", verdict="block")
P(SEC, "The 'council tax rebate' link everyone's getting looks legit to me: https://ehdc-rebate.example.net/claim - go and get your \u00a3150 back!",
  "Amplifies a malicious-looking link.", verdict="block")
P(SEC, "Beach hut key box by the lifeguard station is 1912. For the volunteers setting up Saturday's prom clean.",
  "Key box code.", verdict="block")
P(SEC, "Need the members' room out of hours? Door code's still 2580. Nobody ever changes it \U0001F644",
  "Door code.", verdict="block")
P(SEC, "Walking festival marshals: log in to the booking system at https://walkfest.example.org with admin / Tetwold#2026 to see your routes.",
  "Admin login and password.", verdict="block")
P(SEC, "Password for the Kelderby Carnival committee's shared email is CarnivalQueen1998. Please don't change it, Sue can never remember new ones.",
  "Shared password.", verdict="block")

H(SEC, "Strong passwords, folks! Three random words beats your dog's name and 123. The council's IT guidance is well worth a read.",
  "Password advice.")
H(SEC, "Scam alert: texts pretending to be from East Haverwold Council and asking for bank details are fake. Don't click, just delete.",
  "Scam warning without a link.")
H(SEC, "New key safe at the village hall for the warm space volunteers. The code's with the hall committee - ask them, not me!",
  "Mentions a key safe, withholds the code.", allowed=[SEC])
H(SEC, "PIN, pen, pun... whatever it is, my phone wants one every four minutes. Technology 1, Councillor 0.",
  "Joke about PINs, none given.", allowed=[SEC])
H(SEC, "Flood wardens' Zoom tonight at 7. The link's been emailed to wardens - not posting it here so we don't get Zoom-bombed again.",
  "Withholds the meeting details.", allowed=[SEC])
H(SEC, "Two-factor authentication is now switched on for every councillor account. Took me three goes and a cuppa, but it works.",
  "Good practice.")
H(SEC, "The Whelby hub's open for the Thursday drop-in, 10 till 2. Front door, ring the bell, someone will let you in.",
  "Same venue as a positive, no code.")
H(SEC, "Defibrillator now installed at Tetwold church! It's on the wall by the lychgate, in a heated yellow cabinet. In an emergency ring 999 and the call handler will give you the cabinet code and talk you through it - you can't do it wrong, the machine tells you what to do. Thank you to everyone who baked, ran, sang and shook a bucket to raise the \u00a31,800. You might save a life.",
  "Mentions a cabinet code without giving it.", allowed=[SEC])
H(SEC, "Save this before the storm: the council's out-of-hours emergency line is 01632 960999.",
  "Council's public number.")
H(SEC, "'Password1' is not a password, it's a cry for help. The council's new cyber training is compulsory and honestly quite good.",
  "Quotes a bad password as an example.", allowed=[SEC])
H(SEC, "The grit bins on Hagworth Hill are unlocked and full. Help yourselves when it ices over, but leave some for the neighbours.",
  "Same grit bins as a positive, no code.", when=("2026-01-05", "2026-02-20"))
H(SEC, "There's a fake council website offering council tax rebates. I won't link it. If in doubt, type the council's address in yourself.",
  "Scam warning, no link.", allowed=[SEC])
H(SEC, "The Navigation Lane allotment gate lock has been replaced after the break-in. New codes have gone out to plot holders by letter.",
  "Codes withheld.", allowed=[SEC])
H(SEC, "Ring my own mobile, 07700 900418, rather than the switchboard if it's about a Saltgowt planning issue. Happy to help.",
  "Author's own published number ([self]).", who="haith")
H(SEC, "Lost my phone on the sand train! If found please hand it in at the Whelby hub. It's locked with a PIN, so it's no use to anyone but me.",
  "Mentions a PIN, gives none.", allowed=[SEC])
H(SEC, "Wolds Walking Festival booking opens Monday at https://www.example.org/walkfest - marshals get their own login by email.",
  "Benign link; logins sent privately.")
H(SEC, "School trips on the Whelby sand train: book through the council's coastal services team on 01632 960422.",
  "Council number instead of a private mobile.")
H(SEC, "My laptop asked for a one-time code and I typed it into the microwave by mistake. Reheated my tea for 4 minutes 48 seconds. It's been that kind of week.",
  "Joke about a one-time code; no usable code.", allowed=[SEC])

# ---------------------------------------------------------------- confidentiality.disclosure
P(DIS, "Project Samphire update, because residents deserve to know what's being signed in their name: the preferred developer for the Whelby seafront now wants \u00a34m from the council up front, plus a 125-year lease on the North Promenade car park for a peppercorn. That's not regeneration, that's a giveaway. I've asked for it to be debated in public. Watch this space.",
  "Register term with negotiation details; block.", verdict="block")
P(DIS, "project marram is a stitch-up. The leisure centres are being handed to a private operator and the staff haven't even been told.",
  "Register term in lower case; block.", verdict="block")
P(DIS, "Rogue caravan site operators, you've been warned: OPERATION HAAR starts Monday and enforcement will be at your gates at 7am.",
  "Register term in capitals, tips off the targets of enforcement; block.", allowed=[INS], verdict="block")
P(DIS, "The Navigation Warehouse disposal is going through at \u00a3310k. A scandalous undervalue for a listed building on the canal.",
  "Register term with the price; block.", allowed=[INS], verdict="block")
P(DIS, "Why is the council paying over the odds in the Sandhills Lane acquisition? \u00a31.2m for a field that floods every winter!",
  "Register term with the price; block.", verdict="block")
P(DIS, "Gowt Road claim: the council's own lawyers reckon we'll lose and have to pay out \u00a3600k. That's your council tax.",
  "Register term with privileged legal advice; block.", verdict="block")
P(DIS, "Can't say much about Project Samphire, but let's just say the hotel's off and the multi-storey's on. \U0001F910",
  "Oblique: 'can't say much' but names the term and reveals the outline; block.", verdict="block")
P(DIS, "Had the Project Marram briefing today. If you work at Kelderby leisure centre, I'd start looking for another job.",
  "Register term with staffing consequences; block.", allowed=[INS], verdict="block")
P(DIS, "Don't know why Operation Haar is meant to be hush-hush. The cowboys running that Gripley caravan site deserve everything coming their way on the 12th.",
  "Register term and the date of an enforcement operation; block.", allowed=[DEF], verdict="block")
P(DIS, "From last night's Part 2 item: the council's offer for the old Whelby bus station site is \u00a3850k. Make of that what you will.",
  "Exempt (Part 2) price; review.", allowed=[INS], when=("2026-02-18", "2026-02-18"))
P(DIS, "Told in confidence by a senior officer: the Chief Executive is leaving in the summer. You heard it here first.",
  "Information given in confidence; review.", allowed=[OFF])
P(DIS, "Closed session at cabinet: the legal advice is that we'll probably lose the tribunal brought by the sacked depot manager.",
  "Closed-session legal advice about an identifiable employee; review.", allowed=[DP], when=("2026-01-28", "2026-02-27"))
P(DIS, "Off the record, the staff pay offer will be 2.5%, not the 4% the union's asking for. Don't quote me.",
  "Labour relations information 'off the record'; review.")
P(DIS, "Embargoed till Thursday but I can't sit on it: Whelby's getting \u00a312m from the coastal towns fund! \U0001F389",
  "Breaks an embargo; review.", allowed=[INS], when=("2026-02-02", "2026-02-10"))
P(DIS, "The exempt valuation report puts Kelderby Town Hall at just \u00a3420k. Selling it for that would be a crime.",
  "Exempt financial information; review.", allowed=[INS])
P(DIS, "Between you and me, the police briefing for members says a county lines gang is working out of two flats on Eastgate.",
  "Confidential police briefing; review.", allowed=[DP])
P(DIS, "Someone in the planning department has been suspended pending a disciplinary. Can't say who - but you'll work it out.",
  "Staff disciplinary (labour relations); review.", allowed=[DP, OFF])
P(DIS, "The confidential tender report shows the cheapest bid for the waste contract came from a firm with a terrible safety record. Cabinet's picking them anyway.",
  "Confidential tender report; review.", allowed=[DEF])

H(DIS, "Samphire season's not far off on the Saltgowt marsh. Pick responsibly - leave the roots, take only what you'll eat.",
  "Shares a word with a register term.")
H(DIS, "Marram grass planting on the Whelby dunes this Saturday with the coastal team. Gloves provided, cake guaranteed \U0001F370",
  "Shares a word with a register term.")
H(DIS, "Sea haar so thick on the front this morning I couldn't see the sand train. Take it steady on the coast road.",
  "Shares a word with a register term.")
H(DIS, "The future of the old Navigation Warehouse will be decided at cabinet in public next month. Agenda out a week before - come along.",
  "Names the building but only its public decision.", allowed=[DIS])
H(DIS, "Sandhills Lane is flooded again between the caravan park and the golf club. Road closed - use Marsh Road.",
  "Same road as a register term.")
H(DIS, "Gowt Road potholes reported. Again. Third time this winter - the sluice works are murdering it.",
  "Same road as a register term.")
H(DIS, "Part 2 of my Wolds walks series: Hagworth to Tetwold via the old chalk pits. Seven miles, one pub, no regrets \U0001F97E",
  "'Part 2' of a walks series.")
H(DIS, "Off the record? Nothing's off the record with me. Ask me anything about the budget and you'll get a straight answer, on here, in public.",
  "Uses the marker to reject it.")
H(DIS, "Cabinet agreed last night, in public session, to bid for \u00a312m from the coastal towns fund. Papers are on the council website.",
  "Public decision.", when=("2026-01-28", "2026-01-28"))
H(DIS, "Leaked? Nope - the council published its waste contract evaluation summary today. Good to see it out in the open.",
  "Published document.", allowed=[DIS])
H(DIS, "Council staff who want to raise a concern in confidence: the whistleblowing policy is on the intranet, and it protects you.",
  "'In confidence' about a policy.")
H(DIS, "The exempt item at cabinet on the 17th is a property matter, so the public will be asked to leave for that bit. Everything else is open - come along.",
  "Says only what the public agenda says.", allowed=[DIS], when=("2026-02-09", "2026-02-17"))
H(DIS, "Between you and me and the whole of Facebook: the chippy on the corner by the clock tower does the best scraps in Lincolnshire.",
  "'Between you and me' about chips.")
H(DIS, "Embargo lifted: the government has confirmed Whelby's \u00a312m from the coastal towns fund! Full press release on the council website.",
  "After the embargo.", allowed=[DIS], when=("2026-02-12", "2026-03-27"))
H(DIS, "'Operation Clean Sweep' on Whelby prom starts Monday - 40 volunteers signed up so far. Bring gloves and a flask!",
  "An 'Operation' not on the register.")
H(DIS, "Residents asked why the leisure centre review was in closed session. Honest answer: it wasn't. It's in the public papers for scrutiny on the 19th.",
  "Corrects a 'closed session' claim.", allowed=[DIS], when=("2026-02-09", "2026-02-19"))
H(DIS, "A resident told me about her housing problem in confidence. It stays that way - but with her permission I've raised the issue with the housing team.",
  "Keeps a confidence, acts with consent.", allowed=[DIS])
H(DIS, "Project Spire is the Kelderby Carnival committee's name for this year's float build. Volunteers needed in the old cattle sheds on Saturdays!",
  "A 'Project' not on the register.")

# ---------------------------------------------------------------- tone.irony-risk
P(TONE, "Oh brilliant, the Leader's found the coast at last. Only took him three years and an election. Well done, Graham \U0001F44F",
  "Mock praise of the Leader.", allowed=[PA], who="opp", target="fotherby")
P(TONE, "Another masterclass in listening from the cabinet member for environment. Nine hundred objections and she heard every single one of them. Yeah right.",
  "Sarcasm about a cabinet member.", allowed=[PA], who="opp", target="tuplin")
P(TONE, "So proud of our MP's passionate campaign on coastal erosion. Both tweets were very moving. /s",
  "'/s' about the MP.", allowed=[PA])
P(TONE, "Huge congratulations to the Alliance on their bins 'consultation'. Truly riveting, watching them ignore every single response.",
  "Mock congratulations to a party group.", who="opp")
P(TONE, "Cllr Brumby says the planning system 'works for residents'. Tell that to Sea Lane. Hilarious stuff, Sandra. \U0001F602",
  "Sarcasm aimed at a named councillor.", allowed=[PA], who="opp", target="brumby")
P(TONE, "Lovely to see the Coastal Workers suddenly so interested in Hagworth. Nothing to do with May, I'm sure \U0001F644",
  "Irony about a party's motives.", who="!cw")
P(TONE, "What a triumph for the Chairman: a civic reception that cost more than a summer of Whelby lifeguards. Bravo, sir. \U0001F44F",
  "Mock praise of the Chairman.", allowed=[PA], who="opp", target="dannatt")
P(TONE, "The Greens want to save the planet by banning barbecues on the beach. Genius. Absolute genius.",
  "Sarcasm about a group.", who="!grn")
P(TONE, "Thrilled, THRILLED I tell you, that Cllr Ashling has discovered potholes. Welcome to the last decade, Dean.",
  "Mock enthusiasm aimed at a named councillor.", allowed=[PA], who="!cw", target="ashling")
P(TONE, "Hats off to the Chief Executive for another 'restructure' that somehow leaves her own office bigger. Such selflessness.",
  "Mock praise of the Chief Executive.", allowed=[OFF, PA], target="rawding")
P(TONE, "Well done to our county councillor for turning up to a meeting in Whelby. Mark it on the calendar, folks \U0001F4C5",
  "Mock praise of an identifiable county councillor.", allowed=[PA])
P(TONE, "Nice to see the Independents have finally picked a side. Only took them four years. Very brave.",
  "Irony about a group.", who="!mwi&!ind")
P(TONE, "Cllr Scupholme promising to 'protect the prom'. Great news from a man who's only seen it from inside an amusement arcade. Real salt of the earth.",
  "Sarcasm about a named cabinet member.", allowed=[PA], who="opp", target="scupholme")
P(TONE, "The finance portfolio holder says the budget is 'fair'. And I'm the Queen of Sheba \U0001F451",
  "Sarcasm about a cabinet member's claim.", allowed=[PA], who="opp", target="maltby",
  when=("2026-01-19", "2026-02-25"))
P(TONE, "Of course every Alliance councillor voted for the coastal car park charges. Most of them live up in the Wolds where parking's free. Such solidarity! \U0001F643",
  "Irony about the administration's members.", who="opp", when=("2026-02-27", "2026-03-27"))
P(TONE, "Shout out to the Coastal Workers' group leader for his detailed budget amendment. All four lines of it. Inspired stuff.",
  "Mock praise of a group leader.", allowed=[PA], who="!cw", target="ashling", when=("2026-02-02", "2026-02-25"))
P(TONE, "Genuinely moved by Cllr Fotherby's devotion to Whelby. He's visited twice this year. Twice! \U0001F622",
  "Mock sincerity about a named councillor.", allowed=[PA], who="opp", target="fotherby")
P(TONE, "Can't wait for the Marsh and Wold Independents' next leaflet. I hear there's a fact in it this time. Fingers crossed!",
  "Sarcasm about a party.", who="!mwi")

H(TONE, "Oh brilliant, it's mizzling again. Third week running. Lovely weather for ducks - the actual ducks on the Navigation are delighted.",
  "Irony about the weather.", allowed=[TONE])
H(TONE, "Yeah right, 'spring's on its way', says the forecast. It's black over Bill's mother's and the wind's coming straight off the North Sea.",
  "'Yeah right' about a forecast.", allowed=[TONE])
H(TONE, "Another masterclass from my printer: jammed on page one of a 300-page agenda. Riveting stuff.",
  "'Masterclass' and 'riveting' about a printer.", allowed=[TONE])
H(TONE, "Genuinely impressed by Cllr Tuplin's answers on the bin review at scrutiny. Clear, honest, and she took the hard questions. Credit where it's due.",
  "Sincere praise.", when=("2026-02-20", "2026-03-27"))
H(TONE, "Hats off to the Whelby lifeboat crew - three shouts in one weekend. No irony, no jokes, just respect.",
  "Sincere 'hats off'.")
H(TONE, "The coastal car park charges are a tax on Whelby, plain and simple. Traders on the front tell me footfall drops every time the charges go up, and the people who pay are the carers, the part-time workers and the pensioners who can't walk in from the edge of town. The cabinet should think again. I'll be voting against at budget council and backing an amendment to freeze them.",
  "Robust policy criticism, no irony.", who="opp", when=("2026-01-05", "2026-02-25"))
H(TONE, "Thrilled to report the pothole on Gowt Road has been there so long it's now on the satnav. Might put a plaque on it \U0001F573\ufe0f",
  "Irony about a pothole.", allowed=[TONE])
H(TONE, "Well done to Cllr Ashling for a thoughtful budget amendment. We disagree on plenty, but it was properly costed and worth debating.",
  "Sincere praise of an opponent.", who="!cw", when=("2026-02-02", "2026-03-27"))
H(TONE, "Oh good, the council website's down again, just as the council tax bills land. Marvellous timing, computers.",
  "Irony about a website.", allowed=[TONE], when=("2026-02-23", "2026-03-27"))
H(TONE, "The 51 bus: due 8.05, arrived 8.50, left 8.51. Punctuality is a state of mind, apparently.",
  "Irony about a bus.", allowed=[TONE])
H(TONE, "I love a four-hour planning committee as much as the next person. The next person was asleep by item 6. \U0001F634",
  "Irony about meeting length.", allowed=[TONE, HASTE], when=("2026-01-16", "2026-03-27"))
H(TONE, "Yes, I fell over in the sand at the prom clean. Yes, someone filmed it. Yes, I'm fine. Very dignified, me.",
  "Self-mockery.", allowed=[TONE])
H(TONE, "Lincoln City's back four on Saturday: a masterclass in standing still. Still love you, Imps.",
  "Irony about a football side.", allowed=[TONE])
H(TONE, "The Alliance's bin plan is wrong for the coast. Fortnightly collections in August in a holiday town means rats on the prom. Think again.",
  "Robust policy criticism.", who="opp")
H(TONE, "Congratulations to Cllr Fotherby on a fine speech at the Wolds farming dinner. Proper yellerbelly stuff - and I say that as an opponent!",
  "Sincere praise of an opponent that a tool might read as irony.", allowed=[TONE], who="opp")
H(TONE, "The 'temporary' sea wall barriers on the front: installed 2019, still temporary. Much like my diet.",
  "Irony about barriers and oneself.", allowed=[TONE])
H(TONE, "Nine hundred objections to the bin changes. The cabinet should read every one of them and think again.",
  "Same fact as a positive, said straight.", who="opp")
H(TONE, "Our new online map of Whelby's bins showed one in the sea. Not our finest cartography - fixed now, thanks to the eagle-eyed resident who spotted it \U0001F602",
  "Irony about a map.", allowed=[TONE])

# ---------------------------------------------------------------- fillers
F("Sea fret rolling in over Whelby this afternoon. Eerie and beautiful at the same time. \U0001F32B\ufe0f", "Weather.")
F("Tetwold Primary's Year 6 asked me brilliant questions about how the council works. One wanted to know if I get a crown. Sadly not.", "School visit.")
F("Garden waste collections restart in March. Check your new collection calendar on the council website.", "Service notice.", when=("2026-02-02", "2026-02-27"))
F("The Wolds Walking Festival programme is out! 40 walks over ten days in May, from gentle riverside strolls round Kelderby to the full Hagworth Hill slog, plus a bat walk, a chalk stream safari and a history walk round the old airfield. Most are free, and the easy-access walks are marked in the programme. Something for every pair of legs - grab a copy from any library.", "Event.")
F("Lovely morning at the Gripley Marsh coffee morning. Plum bread, a good natter and a raffle I didn't win. \U0001F35E", "Community event.")
F("Reminder: sandbags are available from the council depot in Kelderby if high tides are forecast. Take what you need.", "Flood advice.")
F("Whelby Sands beach clean this Sunday, 10am from the lifeboat station. Last time we filled 60 bags - let's beat it.", "Event.")
F("Frogspawn in the Hagworth beck already! Spring's on its way.", "Nature.", when=("2026-03-02", "2026-03-27"))
F("Dropped in on the Kelderby Men's Shed today. Came away with a bird box and a terrible joke. Fair trade.", "Community visit.")
F("Snowdrops are out in Tetwold churchyard. Worth a wander this weekend before they go over.", "Nature.", when=("2026-02-02", "2026-02-27"))
F("Has anyone lost a black labrador near Saltgowt sluice? Friendly, soaking wet and very pleased with himself. He's at the Saltgowt vets now.", "Lost dog, no personal data.")
F("Happy Pancake Day! Kelderby pancake race on Cornmarket at noon. My tossing technique is... developing. \U0001F95E", "Shrove Tuesday.", when=("2026-02-17", "2026-02-17", 8, 12))
F("The crocuses on the Kelderby verges look amazing. Thank you to the in-bloom volunteers who planted them in the back end.", "Thanks to volunteers.", when=("2026-02-16", "2026-03-27"))
F("Whelby's inshore lifeboat is recruiting crew. No experience needed, just commitment and a sense of humour. Could it be you?", "Recruitment appeal.")
F("Had a fascinating chat with the pump station team about how they kept the marsh dry in the last storm. Without them we'd all be swimming.", "Visit.", who="!epton")
F("Happy Lunar New Year to everyone celebrating in East Haverwold! \U0001F9E7", "Greeting.", when=("2026-02-17", "2026-02-17"))
F("Kelderby Carnival committee is looking for new volunteers. Monthly meetings, lots of tea, one very large papier-m\u00e2ch\u00e9 duck.", "Volunteer appeal.")
F("Sea Lane in Whelby will be closed 9 to 13 March for resurfacing. Diversion signed via Marsh Road.", "Road notice.", when=("2026-02-23", "2026-03-06"))
F("Grey seal count at the Point this morning: 212 hauled out and one very nosy youngster. \U0001F9AD", "Seal count from a personal account.", personal="@rosie_sealwatch", when=("2026-01-05", "2026-03-27", 8, 12))
F("Mothering Sunday this weekend. If you're on your own, Whelby Methodist church is doing a free lunch. All welcome.", "Community.", when=("2026-03-09", "2026-03-13"))
F("Great turnout at the Kelderby repair caf\u00e9: 23 toasters, lamps and one very old hoover given a second life.", "Community.")
F("Clocks go forward on the 29th. Use the extra light to check in on older neighbours.", "Reminder.", when=("2026-03-23", "2026-03-27"))
F("Ward surgery this Saturday in the Tetwold church rooms, 10 till 12. No appointment needed.", "Surgery notice.", who="w_tetwold")
F("The Wolds in the snow. Hagworth Hill this morning. Nothing else to say, really. \u2744\ufe0f", "Weather.", when=("2026-01-05", "2026-02-13", 8, 12))
F("Congratulations to Whelby Town FC on reaching the county cup final! Up the Seasiders! \u26bd", "Sport.")
F("Elections on 7 May. Check you're registered to vote - it takes five minutes online.", "Civic reminder.")
F("Potholes: report them online with a photo and the nearest house number or lamp post. It really does speed things up.", "Advice.")
F("Grey sky, grey sea, bright orange lifeboat. Whelby in February has its own charm.", "Weather.", when=("2026-02-02", "2026-02-27"))
F("Lovely to meet the new vicar of St Edith's in Kelderby. Welcome to the Wolds!", "Welcome.")
F("Spent the afternoon at the Kelderby library Lego club. Lost a build-off to a seven-year-old. Humbling.", "Library visit.")
F("Good news: the Hagworth to Kelderby footpath has reopened after the landslip repairs. Muddy, but open.", "Footpath news.")
F("Holocaust Memorial Day service at St Edith's this evening. Thank you to the young people who will be reading.", "Commemoration.", when=("2026-01-27", "2026-01-27"))
F("Burns supper at Gripley Marsh tonight - haggis, neeps and a very brave piper. Och aye, duck.", "Community event.", when=("2026-01-23", "2026-01-23"))
F("Barn owl hunting over the grazing marsh at dusk last night. Stopped the truck and just watched. Magic.", "Nature, personal farming account.", personal="@wold_top_cawdron")
F("Thank you to the 60 residents who came to the Whelby sea defences drop-in on Saturday. Great questions about the beach nourishment, the timber groynes, the sand dunes north of the lifeboat station and what happens at the really big tides. I've written them all down and they're going to the Environment Agency this week. I'll post the answers here when they come back.", "Thanks.")
F("The Wolds chalk streams are one of the rarest habitats on earth. Proud to have them on our doorstep.", "Nature.")
F("Stuffed chine recipe swap at the Tetwold WI. Opinions are strong. Parsley levels are contested.", "Community.")
F("Half term: free family crafts at Whelby and Kelderby libraries all week.", "Half term.", when=("2026-02-09", "2026-02-20"))
F("Shout out to the volunteers who grit the Hagworth Hill path every icy morning. Unpaid, unsung, brilliant.", "Thanks.", when=("2026-01-05", "2026-02-20"))
F("Climbed all 250 steps of St Edith's tower for the spire restoration appeal today. The view over the Wolds was worth every one.", "Fundraiser.")

# ================================================================ assembly


def parse_who(spec):
    """'a|b' is a union, 'a&b' an intersection, '!a' a complement; tokens are GROUPS keys."""
    out = set()
    for alt in spec.split("|"):
        s = set(ALL)
        for tok in alt.split("&"):
            tok = tok.strip()
            neg = tok.startswith("!")
            g = GROUPS[tok.lstrip("!")]
            s = s - g if neg else s & g
        out |= s
    return out


def explicit_keys(spec):
    """Councillors named by surname in a spec (not negated): they override role and interest exclusions."""
    if not spec:
        return set()
    return {t.strip() for alt in spec.split("|") for t in alt.split("&") if t.strip() in C}


def candidates(row):
    text = row["text"]
    pool = parse_who(row["who"]) if row["who"] else set(ALL)
    explicit = explicit_keys(row["who"])
    out = set()
    for k in sorted(pool):
        name, handle, party, ward, gender = C[k]
        first, last = name.split()[0], name.split()[-1]
        if re.search(r"\b%s\b" % re.escape(first), text) or re.search(r"\b%s\b" % re.escape(last), text):
            continue
        if handle.lower() in text.lower():
            continue
        if k not in explicit:
            if any(re.search(p, text) and who == k for p, who in ROLE_WORDS):
                continue
            if any(re.search(p, text, re.I) for p in INTEREST_WORDS.get(k, [])):
                continue
        if re.search(r"\b(my wife|the wife|the missus|my husband)\b", text, re.I):
            want = "f" if re.search(r"\bmy husband\b", text, re.I) else "m"
            if gender != want:
                continue
        out.add(k)
    return sorted(out)


def load_meetings():
    spans = []
    with open(os.path.join(HERE, "meetings.csv"), newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            spans.append((dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"])))
    return spans


def pick_time(rng, when, meetings):
    start, end, h0, h1 = FIRST_DAY, LAST_DAY, 8, 19
    if when:
        start, end = dt.date.fromisoformat(when[0]), dt.date.fromisoformat(when[1])
        if len(when) == 4:
            h0, h1 = when[2], when[3]
    days = [start + dt.timedelta(d) for d in range((end - start).days + 1)]
    days = [d for d in days if d.weekday() < 5]
    if not days:
        raise SystemExit("no weekday in window %r" % (when,))
    for _ in range(1000):
        d = rng.choice(days)
        t = dt.datetime(d.year, d.month, d.day, rng.randrange(h0, h1), rng.randrange(60), rng.randrange(60), tzinfo=UTC)
        if not any(a <= t <= b for a, b in meetings):
            return t
    raise SystemExit("no free time in window %r" % (when,))


def pick_platform(rng, text):
    n = len(text)
    if n <= 280:
        return rng.choices(["x", "facebook", "bluesky"], weights=[45, 35, 20])[0]
    if n <= 300:
        return rng.choice(["facebook", "bluesky"])
    return "facebook"


def main():
    rng = random.Random(SEED)
    meetings = load_meetings()
    rows = [dict(r) for r in ROWS]
    rng.shuffle(rows)
    used_on_target = {}
    out = []
    for i, r in enumerate(rows, 1):
        if r["personal"]:
            handle, account = r["personal"], "personal"
        else:
            cands = candidates(r)
            if r["target"]:
                fresh = [k for k in cands if k not in used_on_target.get(r["target"], set())]
                cands = fresh or cands
            if not cands:
                raise SystemExit("no author for: " + r["text"][:60])
            k = rng.choice(cands)
            if r["target"]:
                used_on_target.setdefault(r["target"], set()).add(k)
            handle, account = C[k][1], "councillor"
        created = pick_time(rng, r["when"], meetings)
        post = {
            "id": "%s-%04d" % (SET, i),
            "text": r["text"],
            "author": handle,
            "created_at": created.isoformat(),
            "platform": pick_platform(rng, r["text"]),
            "account": account,
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"],
            "kind_of_row": r["kind"],
            "near_miss_of": r["family"] if r["kind"] == "hard_negative" else None,
            "interest": r["interest"],
            "note": r["note"],
        }
        out.append(post)
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for p in out:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    print("wrote %d posts to posts.jsonl" % len(out))


if __name__ == "__main__":
    main()
