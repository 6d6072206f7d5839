#!/usr/bin/env python3
"""Build blind evaluation set b134 (Thirlwold District Council, twelve single-post rules).

Every text, label and note below was written by hand for this set by an independent writer.
The script only assigns authors, timestamps and platforms, shuffles the rows and gives ids
B134-NNNN, with a fixed seed, so running it twice writes identical bytes to posts.jsonl.
"""
import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 13400
START, END = dt.date(2026, 1, 5), dt.date(2026, 3, 27)

# ---------------------------------------------------------------------------------------------
# Roster (matches council.toml): handle -> (name, party, ward, sex, committees, roles)
# ---------------------------------------------------------------------------------------------
ROSTER = {
    "@MaureenOmbler": ("Maureen Ombler", "admin", "Askerby Minster", "f", "", "leader cab"),
    "@GrahamEscritt": ("Graham Escritt", "admin", "Askerby Minster", "m", "", "cab"),
    "@PipHoltbyWHA": ("Philippa Holtby", "admin", "Sandsea", "f", "", "cab"),
    "@CllrMegginson": ("Derek Megginson", "admin", "Carlthorpe", "m", "plan", "planchair"),
    "@JudithBlenkin": ("Judith Blenkin", "admin", "Skelwold", "f", "", "chairman"),
    "@StuFewster": ("Stuart Fewster", "admin", "Carlthorpe", "m", "plan", ""),
    "@AnitaRymerWHA": ("Anita Rymer", "admin", "Frathby", "f", "plan", ""),
    "@ColinStather": ("Colin Stather", "admin", "Skelwold", "m", "lic", "licchair"),
    "@KirstyGowland": ("Kirsty Gowland", "hf", "Docks", "f", "", "hfleader"),
    "@DeanWrayHF": ("Dean Wray", "hf", "Docks", "m", "plan", ""),
    "@ShaziaAkhtarHF": ("Shazia Akhtar", "hf", "Westfield", "f", "lic", ""),
    "@PaulCappleman": ("Paul Cappleman", "hf", "Westfield", "m", "plan", ""),
    "@LorraineDunwell": ("Lorraine Dunwell", "hf", "Keldgate", "f", "lic", ""),
    "@EllieTindallGreen": ("Ellie Tindall", "green", "Frathby", "f", "plan", "self"),
    "@RobOttewell": ("Rob Ottewell", "green", "Keldgate", "m", "lic", ""),
    "@BarryLengCoast": ("Barry Leng", "ci", "Holmwick", "m", "plan", ""),
    "@SandraFeatherstoneCI": ("Sandra Featherstone", "ci", "Sandsea", "f", "lic", ""),
    "@MartinBielbyInd": ("Martin Bielby", "ind", "Holmwick", "m", "lic", ""),
}
PERSONAL = {"@racefly_rob": "@RobOttewell", "@sandsea_sandra_swims": "@SandraFeatherstoneCI"}
MAIN = sorted(ROSTER)


def tags_of(h):
    name, party, ward, sex, comm, roles = ROSTER[h]
    t = {"any", party, "w:" + ward, sex} | set(comm.split()) | set(roles.split())
    t.add("opp" if party != "admin" else "admin")
    if "plan" not in t:
        t.add("notplan")
    if "lic" not in t:
        t.add("notlic")
    if not ({"cab", "chairman"} & t):
        t.add("notexec")
    return t


# Registered interests: holder -> what a post touching the interest mentions.
INTEREST_TOPICS = {
    "@BarryLengCoast": r"caravan|\bstatics?\b|Holmwick Sands|holiday park",
    "@DeanWrayHF": r"Humber Gate|port access|port operator|docker|stevedor",
    "@StuFewster": r"grain|harvest|haulage|\bco-op\b|barley|sidings",
    "@RobOttewell": r"angl|trout|brownie|river maintenance|fishing|mayfly|\bfly\b",
    "@LorraineDunwell": r"market|pitch fee|\bstall|trader",
    "@SandraFeatherstoneCI": r"Coastwatch|lifeguard|beach safety|lookout",
    "@MartinBielbyInd": r"gas terminal|Gasway|terminal|compressor|flare|energy",
    "@PaulCappleman": r"tenant|garage|\bTRA\b|damp survey",
    "@AnitaRymerWHA": r"village hall|community buildings",
    "@JudithBlenkin": r"Leckonby Wold|allocation|lambing|farming|farmland",
    "@ShaziaAkhtarHF": r"women's football|Women's FC|pitch strategy|playing pitch",
    "@KirstyGowland": r"credit union|debt advice",
    "@GrahamEscritt": r"estate agent|agency|landlord|selective licensing|house prices|lettings",
}
ROLE_WORDS = {
    "@MaureenOmbler": r"\bthe Leader\b|\bLeader's\b|Leader of the Council",
    "@GrahamEscritt": r"cabinet member for finance",
    "@JudithBlenkin": r"\bChairman\b",
    "@CllrMegginson": r"chairing planning|chair of planning",
    "@KirstyGowland": r"Humberbank group leader",
}
MALE = r"\bour lass\b|\bmy wife\b|\bthe wife\b"
FEMALE = r"\bmy husband\b|\bbetting woman\b|\bnew woman\b"

ROWS = []


def _row(kind, family, text, note, rules=(), allow=(), verdict="ok", who="any", when=None,
         interest=None, sex=None):
    ROWS.append(dict(kind=kind, family=family, text=text, note=note, rules=list(rules),
                     allow=list(allow), verdict=verdict, who=who, when=when,
                     interest=interest, sex=sex))


DEFAULT_SEV = {"tone.irony-risk": "advice", "security.credentials": "block"}


def P(rule, text, note, verdict=None, also=(), allow=(), who="any", when=None, interest=None,
      sex=None):
    _row("positive", rule, text, note, [rule, *also], allow,
         verdict or DEFAULT_SEV.get(rule, "review"), who, when, interest, sex)


def H(rule, text, note, allow=(), who="any", when=None, sex=None):
    _row("hard_negative", rule, text, note, (), allow, "ok", who, when, None, sex)


def F(text, note, who="any", when=None, sex=None):
    _row("filler", None, text, note, (), (), "ok", who, when, None, sex)


OI, RP, PA, GH = ("officers.impartiality", "resources.political-use",
                  "position.improper-advantage", "gifts.hospitality")
CV, IA, PD, DI = ("capacity.council-voice", "confidentiality.insider-advantage",
                  "predetermination.closed-mind", "interests.declared-interest")
DP, SC, CD, TI = ("data-protection.personal-data", "security.credentials",
                  "confidentiality.disclosure", "tone.irony-risk")
PERS, DEF, BUL, HASTE = ("respect.personal-attack", "defamation.allegation",
                         "bullying.intimidation", "haste.pause-before-posting")

# =============================================================================================
# officers.impartiality
# =============================================================================================
P(OI, "Read the officers' report on the Minster conservation area. Gail Duggleby's team have advised against the shopfront rules we asked for, again. Gail, with respect, it's wrong, and I want it withdrawn before it goes to cabinet. Tagging @ThirlwoldDC so it's on record.",
  "named Head of Planning publicly pressed to withdraw her advice", when=("2026-02-02", "2026-03-20"))
P(OI, "Told Owen Pybus straight this morning: rewrite that recommendation on beach hut fees or I'll take it to full council myself. Officers work for us, not t'other way round.",
  "named planning officer pressed in public to change a recommendation", allow=[BUL], when=("2026-01-05", "2026-02-13"))
P(OI, "Funny how the Licensing Manager always finds a reason to say yes when it's the Alliance's mates applying. Carol, whose side are you on, love?",
  "questions a named officer's neutrality in public; insinuation of favouritism", allow=[DEF, PERS], who="opp")
P(OI, "Trevor Sugden has had three years to sort out the bin rounds in Westfield. Three years! Half the ginnels haven't seen a bin wagon since Christmas. Time he was moved on and somebody who can read a map was put in charge.",
  "named Head of Waste criticised personally, calls for his removal", allow=[PERS])
P(OI, "Our Chief Exec stood up at scrutiny last night and said nowt of substance for twenty minutes. Andrew Pockley is paid a fortune and couldn't give a straight answer on the coastal fund. Not good enough.",
  "named Chief Executive criticised in public after scrutiny (19 Feb)", allow=[PERS], when="2026-02-20")
P(OI, "The Monitoring Officer is hardly neutral, is she? In and out of the Leader's office every Tuesday morning. Draw your own conclusions, folks.",
  "questions the Monitoring Officer's neutrality by role", allow=[DEF], who="opp")
P(OI, "Message to the coastal team: your cliff monitoring report says 'medium risk' for Cliff Road, Holmwick. Change it. Anybody who's stood on that cliff top this winter knows it's high, and I'm not having residents told it's fine.",
  "presses officers by team to change a technical report; Cliff Road is the street, not the pending Cliff End Farm site")
P(OI, "Neil Harland needs to get his wellies on and come out to Holmwick instead of reading reports in Askerby. Same mardy face every time we ask about the rock armour. Head of Coastal Services? Head of Not Coming, more like.",
  "named officer mocked and criticised in public", allow=[PERS])
P(OI, "Environmental health have let the takeaway on Dock Street off AGAIN after another one-star inspection. Mick Fenby's team must be getting their kebabs free, I reckon.",
  "named officer's team accused of favour; officer criticism with an insinuation", allow=[DEF])
P(OI, "Officers were told by cabinet what to put in the budget papers. I've seen the drafts. The s151 officer is supposed to be independent, so Rajesh Mistry needs to say so publicly or we'll all assume he's part of it.",
  "questions the s151 officer's independence by name and demands a public statement", allow=[DEF], who="opp", when=("2026-02-02", "2026-02-24"))
P(OI, "Comms took my post off the council's Facebook page because it 'wasn't balanced'. Balanced for who? Becky Linfoot's a political appointment in all but name and everyone in Keldgate House knows it.",
  "named Head of Communications' neutrality questioned in public", allow=[DEF])
P(OI, "Dear Housing. Janet Coupland promised my resident a move before Christmas. It's mid-January. Either she didn't mean it or she can't do her job. Which is it, Janet?",
  "named housing manager criticised in public", allow=[PERS], when=("2026-01-12", "2026-01-23"))
P(OI, "Asked the planning officer to look again at the drainage on Skelwold playing field and got a lecture on policy. Officers advise, members decide, Owen. Remember that next time.",
  "named officer publicly rebuked for his advice", when=("2026-01-05", "2026-03-20"))
P(OI, "If the officers' recommendation on Askerby car park charges hasn't changed by Thursday, I'll be naming names at scrutiny. They know who they are.",
  "officers pressed to change a recommendation, with a veiled threat", allow=[BUL], when=("2026-02-09", "2026-02-18"))
P(OI, "The coastal officer who told a Holmwick pensioner on her own doorstep that her bungalow 'had ten years left, tops' should be up for a disciplinary. No tact, no sense. Get him off the frontline, Thirlwold.",
  "an identifiable officer (by role and incident) criticised, calls for discipline", allow=[PERS])
P(OI, "Funny how Sugden's lot in waste services always find a crew for Frathby's garden bins but never for Westfield's. Not a coincidence when you look at who runs this council. Streetscene is meant to be neutral.",
  "named officer's service accused of political bias", allow=[DEF], who="opp -w:Frathby")
P(OI, "Our licensing officer has form for siding with pub landlords over residents. I'll say it in public, since nobody listens to me in private. Thirlwold deserves an officer who actually reads the complaints.",
  "officer by role accused of partiality", allow=[DEF])
P(OI, "Long post, sorry. I've sat on this council eleven years and I've never seen officers so keen to please a cabinet. The planning report on the Frathby allotment extension was rewritten three times until it said what the Alliance wanted. Owen Pybus wrote it. Gail Duggleby signed it off. Either they've been leaned on or they've lost their nerve, and either way residents can't trust what's in front of them. I'll be asking the Chief Executive to look into it, and if he won't, I'll go to the Monitoring Officer.",
  "two named officers' neutrality questioned at length", allow=[DEF], who="opp", when=("2026-02-16", "2026-03-20"))

H(OI, "Huge thanks to Neil Harland and the coastal team who were out on the Holmwick cliff top at six this morning after the storm, checking every house. Proper public servants.",
  "thanks to a named officer", allow=[OI])
H(OI, "Welcome to Thirlwold, Gail Duggleby, our new Head of Planning! Hope the Wolds treat you well, and that you like a breadcake.",
  "welcome to a named officer", allow=[OI], when=("2026-01-05", "2026-01-09"))
H(OI, "Some of the comments about council staff on the Sandsea page this week are disgraceful. Officers give advice; councillors make decisions. If you don't like a decision, have a go at us, not the lass on reception.",
  "defence of officers; no officer criticised")
H(OI, "The officers' report on the Keld Race abstraction licence is online now. It recommends the council objects to the renewal. I agree with every word and I'll be saying so.",
  "agrees with officer advice; nobody pressed or criticised")
H(OI, "Shout out to Carol Jefferson and the licensing team for this morning's taxi safeguarding training. Learnt loads, and nowt boring about it, honest.",
  "thanks to a named officer", allow=[OI])
H(OI, "Closing the Brantholme customer service point is a bad decision and I'll keep fighting it. It was cabinet's decision, not the staff's. The staff there have been nowt but brilliant.",
  "policy criticism aimed at cabinet; staff defended", who="opp")
H(OI, "Reported missed bins on Chapel Snicket, Frathby to Trevor Sugden's team on Monday. Sorted by Wednesday. Reet good service. Credit where it's due.",
  "praise for a named officer's team", allow=[OI])
H(OI, "Rajesh Mistry, our s151 officer, told full council last night that reserves are at the bare minimum. That's his professional advice, and the Alliance would do well to listen to it instead of spending like there's no tomorrow.",
  "quotes a named officer's advice accurately; the criticism is of the administration", allow=[OI], who="opp", when="2026-02-26")
H(OI, "I disagree with the officers' recommendation on the green waste charge and I'll say why at cabinet. That's the system working: they advise, we decide, and we take the flak.",
  "disagreement with advice, no officer named or pressed", allow=[OI], who="cab")
H(OI, "Council staff have been offered 2.5%. After the years they've had, they deserve better, and I'll say so at council.",
  "support for staff pay")
H(OI, "The Chief Executive's pay is set by full council and published every year. If you think it's too high (I do), the people to blame are the councillors who voted for it, not him.",
  "names a role, but aims the criticism at councillors", allow=[OI])
H(OI, "Happy retirement to Mick Fenby after 31 years in environmental health. Half the chippies in Brantholme are cleaner because of him. Get the kettle on and put your feet up, Mick!",
  "retirement wishes to a named officer", allow=[OI])
H(OI, "Whose side is this council on? Not Holmwick's, judging by cabinet's vote to cut the coastal fund. Shameful.",
  "shares 'whose side' with a positive; aimed at cabinet", who="opp")
H(OI, "The planning officer will be at Frathby Reading Room on Tuesday, 2 till 4, to explain the Local Plan consultation. Come and ask owt you like. It's your plan.",
  "neutral mention of an officer's role")
H(OI, "Scrutiny agenda this week: 412 pages. Officers have been asked to cut paper. Not their fault, mind. It's us lot who keep asking for more reports.",
  "officers defended; councillors blamed", when=("2026-02-16", "2026-02-19"))
H(OI, "Someone on here called our bin crews lazy. They started at half five this morning in the sleet, love. Have a word with yourself.",
  "counter-speech defending staff")
H(OI, "The officers' report on Sandsea beach hut fees is clear and fair. I still think cabinet chose the wrong option, and I'll say so, to cabinet.",
  "praises a report, criticises cabinet's choice", who="opp")
H(OI, "Owen Pybus is off to a new job in York. Thanks for all the help with Frathby's flood scheme, Owen. The Wolds' loss. Don't be a stranger.",
  "farewell to a named officer", allow=[OI], when=("2026-03-23", "2026-03-27"))

# =============================================================================================
# resources.political-use
# =============================================================================================
P(RP, "Printed 500 Humberbank First leaflets in the members' room this morning. Cheers to whoever left the good paper in the copier! Westfield, they're coming through your doors tonight.",
  "party leaflets printed on council equipment", who="hf")
P(RP, "Want a 'Vote Alliance' poster for your front window before May? Drop me a line on my council email and I'll bring one round.",
  "council email used for party campaigning", who="admin")
P(RP, "Canvassing team: meet in committee room 2 at Keldgate House, 6pm Thursday. I've booked it on the council system as a 'ward surgery' so nobody asks questions 😉",
  "council room booked under a false purpose for canvassing")
P(RP, "Got the council's comms team to run their eye over the Keld Greens spring newsletter. Looks smashing. Perks of being a councillor!",
  "council staff time used on a party newsletter", who="green")
P(RP, "Typing this on my council laptop on the train back from Hull. Alliance candidates: the May ward packs are in the shared folder on the council drive. Have a look before Saturday's doorstep session.",
  "council laptop and drive used for party campaign material", who="admin")
P(RP, "Our election video's up! Filmed in the council chamber after hours. The caretaker let us in, top man. Humberbank First for Brantholme! 🎥",
  "council chamber used for a party election video", who="hf")
P(RP, "We're sending the Coastline Independents residents' survey through the council post room franking machine. Saves a fortune in stamps, and it's ward business really, innit?",
  "council franking machine used for a party survey", who="ci")
P(RP, "New Alliance leaflet 'What we've delivered for the Wolds' has the council crest on the front, because it's council stuff we delivered. Simple.",
  "council crest on a party leaflet", who="admin")
P(RP, "If you're a council tenant you'll be getting a letter from me this week (I've pulled the addresses off the housing system) explaining why Humberbank First is the only party that's ever stood up for you.",
  "council housing data used for a party mailing", allow=[DP], who="hf")
P(RP, "Want to help the Coastline Independents leaflet Sandsea before May? Ring the ward office line the council pays for, 01632 960412, and leave your name.",
  "council-funded phone line used to recruit party volunteers", who="ci")
P(RP, "Big thanks to the depot lads who put our Alliance banners up on the Askerby lamp posts in their dinner hour. Used the council cherry picker too. Grand job, lads.",
  "council staff and vehicle used for party banners", who="admin")
P(RP, "I've asked officers to pull together every pothole fixed in Carlthorpe since 2023 so I can put the figures in my re-election leaflet. Might as well get some use out of them.",
  "officer time requested for an election leaflet", allow=[OI], who="w:Carlthorpe")
P(RP, "Keld Greens AGM is in the Minster Room at Keldgate House on Friday night. Room's free to councillors, so why not. Members, bring a plate. Breadcakes, not quiche.",
  "council room used for a party AGM", who="green")
P(RP, "Slapped a 'Vote Green, Save the Race' sticker on the back of my council iPad. It'll get seen at every meeting, that.",
  "council equipment used to carry party campaign material", who="green")
P(RP, "Party pals: I've got admin access to the council's residents' e-newsletter list. We'll send our May pitch through it. 9,000 inboxes for nowt.",
  "council mailing list to be used for party campaigning", allow=[DP])
P(RP, "Scanned all our Humberbank nomination papers on the council photocopier today. Nobody minded, I checked with the lass on reception.",
  "council photocopier used for party election papers", who="hf")
P(RP, "Recording our party podcast in the council's webcasting suite. Cracking sound, courtesy of the taxpayer (joke, joke). Episode 1: how the Alliance forgot Brantholme.",
  "council webcasting suite used for party podcast", allow=[TI], who="hf")
P(RP, "The civic car dropped me at the Alliance fundraiser in Skelwold last night. One of the perks of the chain! Lovely supper, lovely people and a grand raffle.",
  "civic car used to attend a party fundraiser (the Chairman's)", who="@JudithBlenkin")

H(RP, "Ward surgery this Saturday, 10 till 12, in the Minster Room at Keldgate House. Council business only. It's not a party do, so leave your rosettes at home.",
  "council room for a ward surgery, not campaigning", allow=[RP])
H(RP, "Out delivering with the Humberbank First team down every tenfoot in Westfield tonight. Leaflets printed at a proper printer on Dock Road and paid for by the party, before anybody asks 👀",
  "party campaigning with party resources", who="hf")
H(RP, "Please use my council email for ward issues: bins, potholes, planning, the lot. Party stuff goes to my party address. Keeps it all above board.",
  "council email for council business", allow=[RP])
H(RP, "Reminder from the group whip: no campaigning from council IT, council rooms or council phones. Let's keep it clean this May, folks.",
  "warning against misuse of council resources", when=("2026-02-02", "2026-03-27"))
H(RP, "The council's new logo is a lapwing. I like it. That's it, that's the post.",
  "mentions the council logo, no campaigning")
H(RP, "Council laptop's packed up again. IT are champion, but honestly, that thing's older than our lass's Fiesta.",
  "council laptop mentioned, no party use")
H(RP, "I've booked the Minster Room for the Askerby residents' meeting on the bypass, 7pm on the 12th. All welcome, whatever your politics.",
  "council room for a public residents' meeting", allow=[RP], when=("2026-03-02", "2026-03-10"))
H(RP, "Pre-election period starts soon, so councillors' quotes come off the council's press releases until after polling day. It's the rules, and it's right.",
  "explains the pre-election rules", when=("2026-03-02", "2026-03-27"))
H(RP, "Cheers to the depot crew for gritting Leckonby Bank at four this morning. Nowt glamorous about it, all essential.",
  "thanks to council staff doing council work")
H(RP, "Canvassing round Sandsea last night and I was nithered. 200 doors. Folk want the cliff road fixed, not slogans.",
  "campaigning with no council resource")
H(RP, "Council photocopier's in a right mardy mood. Jammed three times printing my surgery notices.",
  "council equipment used for a ward surgery notice")
H(RP, "Used my own phone, my own time and my own diesel going round Skelwold photographing the flooding for the council's grant bid. Officers have got the lot now.",
  "own resources used for council work")
H(RP, "Alliance group meeting's moved to the back room of the Wold Ranger. We pay for the room and we pay for our own pints.",
  "party meeting at a paid venue", allow=[HASTE], who="admin")
H(RP, "Council resources should never go anywhere near party politics. That's why I've asked the Monitoring Officer to look at the leaflets going round Askerby with the council crest on them.",
  "complains about misuse by others", allow=[RP], who="opp")
H(RP, "Party AGM is at Frathby Cricket Club on Friday. Not at the council, before anybody asks!",
  "party event at a non-council venue")
H(RP, "Last night's budget debate is on the council's webcast if you fancy four and a half hours of it. Bring a flask.",
  "points to the council's own webcast", when="2026-02-26")
H(RP, "Members' IT session today on the council's new email system. Two-factor, the lot. I feel very modern.",
  "council IT mentioned, no party use")
H(RP, "Wearing my party rosette to the count, not to council meetings. Different hats, different days.",
  "keeps party and council apart", when=("2026-02-16", "2026-03-27"))
# =============================================================================================
# position.improper-advantage
# =============================================================================================
P(PA, "As your councillor I can get your planning application looked at first. Don't sit in the queue. Message me and I'll have a word.",
  "offers to fast-track planning through the role")
P(PA, "Need your gullies clearing? My son's firm does the council's drainage work and he'll do yours at mates' rates if you mention my name. Ridsdale Drainage, you can't miss the van.",
  "promotes a family firm that works for the council, trading on the role")
P(PA, "Waiting on a council house? Pop round to my surgery. I know Janet in housing well enough to get you bumped up the list, love.",
  "offers to jump the housing list through the role", allow=[OI])
P(PA, "Sandsea businesses: I sit on the licensing committee, so if your licence is stuck in the pile, give me a shout and I'll make sure it gets looked at sharpish.",
  "offers favoured treatment on licences through committee membership", who="lic")
P(PA, "Our lass has started a catering business! Anyone organising council events, she's your woman, and I'll put a word in with the events team for her.",
  "promotes his wife's business for council work")
P(PA, "Got a parking ticket on Beast Market? DM me the details and I'll get it cancelled. Perks of the job 😉",
  "offers to get penalties cancelled through the role")
P(PA, "Vote for me in May and I'll make sure your street's top of the resurfacing list. Simple as that.",
  "offers council services in return for votes")
P(PA, "Local firms fancying a crack at the council's grass cutting contract: come and see me first. I'll tell you what they're really looking for and who to talk to.",
  "offers an advantage in a council procurement", allow=[IA])
P(PA, "Sorted a deal with my pal's garage on Dock Road: anyone who works for the council gets 20% off their MOT. Just tell him a councillor sent you.",
  "promotes a friend's business through the role")
P(PA, "Grandson needing a placement? I can pull a few strings with my contacts in the council's economic development team. Don't be shy, ask.",
  "offers to pull strings through the role")
P(PA, "Sick of waiting for your garden waste bin? I'll have one dropped round to you tonight, never mind the waiting list. Only for my ward, mind.",
  "offers to bypass a waiting list", allow=[RP])
P(PA, "Everyone who helped on my campaign gets first pick of the Sandsea beach huts this summer. I've had a word with the right people.",
  "favours for campaign volunteers through the role")
P(PA, "Planning enforcement sniffing round your extension? Ring me before you ring them back. I know how to make these things go away. Did it for our lass's cousin last year.",
  "offers to make enforcement go away")
P(PA, "My daughter's nail bar on Minster Street is open! Council staff, show your lanyard for 20% off. Least I can do for the folk I work with every day.",
  "promotes a family business to council staff through the role")
P(PA, "Business rates team dragging their feet on your grant claim? I can get it fast-tracked. Done it for three Askerby shops already this year.",
  "offers to fast-track grant claims")
P(PA, "Allotment waiting list in Askerby is four years, but that's nowt if you know who to ask. I sit on the allotments panel. Inbox me.",
  "offers to jump the allotment list through the role")
P(PA, "Tell your mates: book your wedding do at the Askerby Assembly Rooms and I'll get the council's hire fee knocked off. One of the perks of knowing me!",
  "offers discounts on council fees through the role")
P(PA, "Folk asking about the Westfield garages waiting list: I got my nephew one this month, so I can probably do the same for you. Inbox me.",
  "used the role for a relative and offers the same")

H(PA, "As your councillor I can't fast-track anybody's planning application, and nor should I. What I can do is explain how it works and make sure you're heard. Message me.",
  "shares 'as your councillor' and 'fast-track', declines", allow=[PA])
H(PA, "Who you know shouldn't matter at this council. If anybody's told you otherwise, tell me and I'll take it straight to the Monitoring Officer.",
  "counter-speech against favours")
H(PA, "Shop local this weekend: Askerby market's on and the butcher's stall is doing sausage rolls that'd make a grown man weep.",
  "promotes local traders with no connection")
H(PA, "Parking ticket you think is unfair? Appeal it. It's free and it works more often than you'd think. How-to here: example.com/thirlwold-pcn-appeal",
  "points to the public appeal route")
H(PA, "My husband runs a joinery firm. He doesn't do council work and won't while I'm a councillor, and it's on my register of interests for anyone who wants a look.",
  "mentions a family firm to say it takes no council work")
H(PA, "Free advice drop-in for small businesses at Brantholme enterprise hub on Tuesday. Council-run, open to everyone. No favours, just good advice and a brew.",
  "public service open to all")
H(PA, "Three people this week have asked me to get them moved up the housing list. I can't and I won't. What I will do is help with your banding review, which is your right.",
  "declines favours", allow=[PA])
H(PA, "Family first this weekend: our lass's birthday, so nowt council-related from me until Monday.",
  "shares 'family first', no favour")
H(PA, "The grass cutting contract is out to tender on the council's procurement portal. Local firms, please bid. It's open to all and scored on quality and price.",
  "published tender, open to all")
H(PA, "Congratulations to Holmwick Fish Bar on five years! No connection, I just love their patties. Hull-style, proper.",
  "praise for a business with no connection")
H(PA, "Yes, I can chase your missed bin, and sharpish. No, I can't get your neighbour's bin moved off the pavement by Friday. Councillor, not magician.",
  "ordinary casework, no favour")
H(PA, "Askerby's allotment waiting list is four years. That's far too long, so I'm asking cabinet for two new sites. That's the fix, not queue jumping.",
  "policy fix, not a favour")
H(PA, "The council takes Year 10s for work experience every summer, applied for through the schools, fair and square. My niece did it last year and loved it.",
  "open scheme, family mentioned with no favour")
H(PA, "No 'perks of the job' here. Parking at Keldgate House? Paid. Panto tickets? Paid. Just so you know.",
  "shares 'perks of the job', declines")
H(PA, "Mates' rates? Not from me. Ring the council's bulky waste line on 03069 990155. £25 for three items, same price for everyone.",
  "shares 'mates' rates', points to the public service")
H(PA, "Somebody offered me a 'favour' at the market this morning in return for a word about their pitch. Laughed it off and reported it. Don't try it, love.",
  "refused an improper offer", allow=[GH])
H(PA, "Brantholme businesses: the new shopfront grant is open. Up to £5k, criteria on the council site, and councillors have no say in who gets it. Good.",
  "public grant open to all")
H(PA, "Spent this morning helping a resident with her Blue Badge form. That's the job: helping folk through the system, not round it.",
  "ordinary casework")

# =============================================================================================
# gifts.hospitality
# =============================================================================================
P(GH, "Thank you to the Askerby Chamber of Trade for the gorgeous Christmas hamper! The mince pies didn't make it to New Year, sorry.",
  "gift from a trade body, no decision sought", verdict="advice", when=("2026-01-05", "2026-01-09"))
P(GH, "Somebody left a bottle of Wolds gin on my doorstep with a card saying 'for all you do for Sandsea'. Very kind, whoever you are!",
  "anonymous gift given because of the role", verdict="advice", allow=[HASTE], who="w:Sandsea")
P(GH, "Cracking day at Askerby Races yesterday as guests of Humber Marine Insurance. Our lass lost a tenner on the 2.40 but the lunch more than made up for it.",
  "corporate hospitality, no decision said to be sought", verdict="advice")
P(GH, "Just back from a week in a lovely cottage at Robin Hood's Bay, courtesy of a local businessman who wouldn't hear of me paying. Ta, Geoff!",
  "holiday from a businessman, no decision said to be sought", verdict="advice")
P(GH, "Made an honorary member of Leckonby Golf Club today. Free golf for life! Better start practising...",
  "free membership given because of the role", verdict="advice")
P(GH, "Sponsor's lounge at the Tigers on Saturday, courtesy of the lads at Keldside Engineering. Three courses, free bar, and we still lost 😂",
  "corporate hospitality, no decision said to be sought", verdict="advice", allow=[HASTE])
P(GH, "Cheers to Seaholme Leisure for a slap-up dinner last night. Lovely people with big plans for Holmwick.",
  "hospitality from a pending planning applicant", verdict="review", allow=[PD], who="notplan")
P(GH, "Racewater Homes sent a case of wine round to all of us in the Alliance group for Christmas. Very generous, cheers lads!",
  "gift from a pending planning applicant", verdict="review", allow=[HASTE, PD], who="admin notplan", when=("2026-01-05", "2026-01-09"))
P(GH, "Minsterfield Homes had a few of us in their box at the Tigers on Saturday. Top hospitality, top people. Lovely to see a local firm doing so well.",
  "hospitality from a pending planning applicant", verdict="review", allow=[PD], who="notplan")
P(GH, "Free VIP wristbands for Sandsea Sound from the organisers, Shoreline Live Events! Can't wait for August 🎶",
  "gift from a pending licence applicant", verdict="review", allow=[PD], who="notlic")
P(GH, "Big thank you to Quayside Nights for the champagne on the house at the Lamp Room on Friday. Me and our lass had a belter.",
  "hospitality from a pending licence applicant", verdict="review", allow=[HASTE, PD], who="notlic")
P(GH, "Lunch at Easedyke with North Sea Gasway today. Cracking spread, and they've given me a lovely fleece for the winter. Really good to hear their plans.",
  "hospitality and a gift from a pending planning applicant", verdict="review", allow=[PD], who="notplan")
P(GH, "Highwold Wind have offered me a trip to see their turbines in Denmark, flights and hotel paid. Never been! Think I'll say yes 🇩🇰",
  "trip offered by a pending planning applicant, about to accept", verdict="review", allow=[PD], who="notplan")
P(GH, "Thanks to Cornmarket Taverns for the tasting evening at their Hull bar. If the Corn Exchange is owt like it, Askerby's in for a treat.",
  "hospitality from a pending applicant (listed building consent)", verdict="review", allow=[HASTE, PD], who="notplan")
P(GH, "Ridgeway Environmental, who are bidding for the council's waste contract, treated a few of us to a day at the races. Very nice of them, lovely folk.",
  "hospitality from a bidder for a council contract", verdict="review")
P(GH, "Christmas turkey delivered from Estuary Fuels, who are after planning for that depot on Dock Road. Bit cheeky, but it's a cracking bird.",
  "gift from a pending planning applicant", verdict="review", allow=[PD], who="notplan", when=("2026-01-05", "2026-01-09"))
P(GH, "Lovely bunch of flowers and a £50 voucher from the lady who's applying for a pavement café licence on Minster Street. Aww, she didn't have to!",
  "gift from someone seeking a council licence", verdict="review")
P(GH, "A full meat hamper from Wold Harvest Grain for us farming councillors! They know how to look after folk round here.",
  "gift from a pending planning applicant (the grain store)", verdict="review", allow=[PD], who="@JudithBlenkin")

H(GH, "A developer offered me a hamper this week. Sent it back with a polite note and logged the offer with the Monitoring Officer. It's not personal, it's the rules.",
  "refused and registered", allow=[GH])
H(GH, "Registered the Chamber of Trade awards dinner with the Monitoring Officer this week. It's all on the public register if you fancy a nosey.",
  "registered hospitality", allow=[GH])
H(GH, "Paid for my own ticket to the Askerby Rotary dinner, and we raised £3,400 for the hospice. Good night, good cause.",
  "paid for, not a gift")
H(GH, "Me mam got me a 'World's Okayest Councillor' mug for Christmas. Not declaring it, love.",
  "family gift, not related to the role", when=("2026-01-05", "2026-01-16"))
H(GH, "Cup of tea and a slab of parkin at the Leckonby coffee morning. If that's hospitality, lock me up.",
  "trivial refreshment")
H(GH, "Reminder to colleagues: gifts or hospitality worth £100 or more go on the register within 28 days. And think twice about owt from anybody wanting a decision.",
  "states the rule")
H(GH, "Thanks to everyone who brought biscuits to my surgery. You're too kind. They're going in the ward office tin for all to share.",
  "trivial gifts from residents")
H(GH, "Turned down Seaholme Leisure's invite to a 'stakeholder dinner'. They've an application in with us, so I'm not sitting at their table, however nice the food.",
  "refused hospitality from a pending applicant", allow=[GH, PD])
H(GH, "Commonwealth Day flag raising at Keldgate House, then a brew and a sandwich with the civic party. Thanks to the catering team.",
  "normal civic hospitality", when="2026-03-09")
H(GH, "Bought a round for the litter pickers after the Sandsea beach clean. My treat. They'd earned it.",
  "the councillor gives, not receives", allow=[HASTE])
H(GH, "Won the meat raffle at the Skelwold Young Farmers' quiz. Fair and square, before anybody starts.",
  "raffle prize, not a gift")
H(GH, "Our 'hospitality' on the gas terminal site visit: a hi-vis, a hard hat and a safety briefing. All handed back at the gate.",
  "safety kit on a site visit, returned", allow=[GH])
H(GH, "I won't accept any tickets to Sandsea Sound while the licence is pending. If it goes ahead I'll buy my own like everybody else.",
  "refuses tickets from a pending applicant", allow=[GH, PD])
H(GH, "Present from Year 6 at Frathby school: a hand-drawn card of me as a lapwing. Going straight in a frame.",
  "children's card")
H(GH, "Chap in the Wold Ranger bought me a pint so he could moan about potholes. Bought him one back. Even stevens.",
  "trivial, reciprocated", allow=[HASTE])
H(GH, "The gifts register is public and every resident should have a look at it. If a name keeps cropping up next to a developer's, ask why.",
  "encourages scrutiny of the register")
H(GH, "Christmas card from Racewater Homes. A card. I think I'll survive the temptation.",
  "a card from a pending applicant; nothing of value", allow=[GH], when=("2026-01-05", "2026-01-09"))
H(GH, "Thanks, our lass, for the bacon breadcake this morning. Best hospitality in Thirlwold.",
  "family, not related to the role")
# =============================================================================================
# capacity.council-voice
# =============================================================================================
P(CV, "On behalf of Thirlwold District Council, congratulations to Frathby Under-11s on winning the Wolds Cup! 🏆",
  "speaks on behalf of the council from a councillor account, harmless content", who="notexec")
P(CV, "The council's position is clear: no more wind turbines on the Wolds tops. Full stop.",
  "personal view presented as the council's position", allow=[PD], who="notexec notplan")
P(CV, "Official council position, from me: Sandsea deserves a new promenade and it's going to get one.",
  "own view presented as official council position", who="notexec")
P(CV, "Thirlwold District Council officially backs the Sandsea Dawn Dippers' charity swim! Get your sponsor forms in. Official!",
  "council backing claimed from a personal account", who="@sandsea_sandra_swims")
P(CV, "We at Thirlwold District Council are proud to announce that the Brantholme food bank is getting a new home on Ropery Lane.",
  "backbencher announces as the council", who="notexec")
P(CV, "Speaking for the council: we will NOT be closing the Sandsea toilets this winter. You have my word on that.",
  "speaks for the council without authority", who="notexec")
P(CV, "The council's view is that the Humber ferry from Brantholme should come back, and I'll be lobbying for it on the council's behalf.",
  "own campaign presented as the council's view", who="notexec")
P(CV, "Thirlwold District Council condemns the water company's sewage dumps in the Keld Race. (Personal view, but I'm sure we all agree.)",
  "speaks as the council, then calls it a personal view", who="notexec")
P(CV, "As your council, we apologise to everyone in Leckonby for the missed collections over Christmas. We'll do better.",
  "apology made as the council from a backbench account", who="notexec", when=("2026-01-05", "2026-01-16"))
P(CV, "Thirlwold District Council stands with the striking dockers at Brantholme. Solidarity.",
  "party position presented as the council's", who="hf")
P(CV, "The official Thirlwold council line on the bypass: we want it, we'll fight for it, and the county can like it or lump it.",
  "own view presented as the official council line", who="notexec")
P(CV, "Thirlwold District Council backs a Yes vote in the Askerby neighbourhood plan referendum. Get out and vote on the 19th!",
  "claims the council's backing in a referendum", who="notexec", when=("2026-03-02", "2026-03-13"))
P(CV, "A message from Thirlwold District Council: the Coastline Independents are the only party serious about erosion.",
  "party message presented as the council's", who="ci")
P(CV, "This is the council's response to the terminal's community consultation: more jobs, yes please; more flaring, no thanks.",
  "own view presented as the council's response", allow=[PD], who="notexec notplan")
P(CV, "On behalf of the council, welcome to Sandsea to all our half-term visitors! Chips on the front, ice cream even if it's nithering.",
  "speaks on behalf of the council from a councillor account", who="notexec", when=("2026-02-13", "2026-02-20"))
P(CV, "Thirlwold Council's position on the Humber wetland scheme is that it's a waste of money. I've asked around and that's the consensus.",
  "own view presented as the council's position", who="notexec")
P(CV, "Happy Lunar New Year to Brantholme's Chinese community from all of us at Thirlwold District Council! 🧧",
  "greeting given as the council from a backbench account", who="notexec", when="2026-02-17")
P(CV, "Thirlwold District Council regrets the Environment Agency's decision to drop the Holmwick defence scheme and will be asking them to think again.",
  "speaks as the council from a backbench account", who="notexec")

H(CV, "Personal account, views my own: the sea was six degrees this morning and it was glorious. Nesh folk need not apply.",
  "personal account, clearly personal", who="@sandsea_sandra_swims")
H(CV, "The council's response to the gas terminal consultation has been published on the council website. I voted for it at cabinet.",
  "cabinet member reports a published council response", allow=[CV], who="cab")
H(CV, "Leader's update: cabinet agreed last night to fund two more coastal wardens for Holmwick and Sandsea (minute 58). Thanks to everyone who pushed for it.",
  "the Leader reports a cabinet decision after the 27 January cabinet", allow=[CV], who="@MaureenOmbler", when="2026-01-28")
H(CV, "My view, not the council's: the bypass route is wrong. I'll be arguing for the eastern option at every turn.",
  "own view labelled as own")
H(CV, "Congratulations to Frathby Under-11s from me and everyone in Frathby and the Race ward! Champions!",
  "congratulations from the ward, not the council", who="w:Frathby")
H(CV, "As Chairman of the Council I presented long service awards to 23 staff today. 640 years of service between them. Thank you all.",
  "the Chairman in her civic role", allow=[CV], who="@JudithBlenkin")
H(CV, "Passing on the council's own update: bin collections are a day late this week because of the snow. Their post's below, please share.",
  "relays an official update accurately", allow=[CV], when=("2026-01-05", "2026-01-23"))
H(CV, "Official: our lass makes the best Yorkshire puddings in the East Riding. The committee (me) has ruled.",
  "joke using 'official'", allow=[CV])
H(CV, "My personal view as a Humberbank First councillor: the dockers' dispute deserves our support.",
  "party view labelled as such", who="hf")
H(CV, "Full council voted last night to oppose the water company's abstraction licence for the Keld Race. That's now the council's position, and I'm proud of it.",
  "reports a resolution accurately after the 25 February council", allow=[CV], when="2026-02-26")
H(CV, "Not speaking for the council here, but for Sandsea: we need lifeguards back on the North Beach this summer.",
  "disclaims speaking for the council")
H(CV, "The council's official account has all the gritting routes. I don't, so please follow @ThirlwoldDC for updates tonight.",
  "points to the official account")
H(CV, "Can't speak for the council. Can barely speak for myself before a brew. Right mardy till then.",
  "joke disclaimer")
H(CV, "Our group's position (not the council's; we're in opposition, more's the pity): reopen Westfield library.",
  "party position labelled as such", who="opp")
H(CV, "'The council believes in value for money,' says the budget book. I'll believe it when I see it.",
  "quotes the council's own words to criticise the budget", allow=[TI], who="opp")
H(CV, "Statement from the Coastline Independents group: we'll vote against the coastal fund cut, every time it comes up.",
  "group statement labelled as the group's", who="ci")
H(CV, "The council's consultation on beach hut fees is open till 14 March. Have your say. The council wants to hear, and so do I.",
  "points to a published consultation", when=("2026-02-16", "2026-03-13"))
H(CV, "As portfolio holder I've asked officers to publish the flood grant figures ward by ward. That's my request; the figures will be the council's, and they'll be public.",
  "cabinet member separates her request from the council's figures", allow=[CV], who="@PipHoltbyWHA")

# =============================================================================================
# confidentiality.insider-advantage
# =============================================================================================
P(IA, "Word to the wise: if you've been thinking of buying a static at Holmwick, wait till spring. The council's about to announce something that'll knock prices down.",
  "market tip from knowledge gained as a councillor", allow=[CD])
P(IA, "Anyone with a unit on Brantholme Enterprise Park: sign your new lease now, before the council puts rents up in April. You didn't hear it from me.",
  "tip before an announcement", when=("2026-01-05", "2026-01-30"))
P(IA, "Little birdie at Keldgate House says the Westgate Pastures estate is going to get through. If I had a few quid spare I'd be buying the plots next door.",
  "property tip from inside knowledge", allow=[PD, CD], who="notplan")
P(IA, "Tip-off for Askerby traders: the council's going to scrap Saturday parking charges from March. Get stocked up, you'll be busy.",
  "tip before an announcement", when=("2026-01-05", "2026-01-30"))
P(IA, "Told our lass we should buy on Carlthorpe Road now, before the council announces where the new health hub's going. That's all I'm saying 😉",
  "'buy now before the council' property tip")
P(IA, "Heads up to my mate with the scaffolding firm: the council's about to tender for the Minster repairs. Get your paperwork sorted this week, the others won't know yet.",
  "advance notice of a tender for a friend", allow=[PA])
P(IA, "Don't sell your Sandsea beach hut! Fees are going DOWN, not up. Not announced yet, but I've seen the figures.",
  "unannounced figures used to advise on a sale", allow=[CD], when=("2026-01-05", "2026-02-13"))
P(IA, "Our kid's thinking of opening a café on Sandsea front. Told him to get in before the council's promenade plans go public. Family first!",
  "inside knowledge passed to a brother", allow=[PA])
P(IA, "Caravan owners at Holmwick: sell up now. I've seen the latest cliff survey before it's published and it's not good. That's all I'll say.",
  "unpublished survey used to advise a sale", allow=[CD])
P(IA, "Psst, Brantholme landlords: selective licensing's coming to Westfield in the autumn. Offload now if you don't fancy the paperwork.",
  "tip before a consultation or decision", when=("2026-01-05", "2026-01-30"))
P(IA, "If I were a betting woman I'd buy the old pub on Leckonby Lane. The council's about to put the new link road right past it. You'll thank me later.",
  "property tip from council knowledge")
P(IA, "Grain lads: book your August haulage now. The council's closing Station Road for six weeks in the summer and it's not public yet.",
  "unpublished road closure passed to one group", allow=[CD])
P(IA, "Mates with holiday lets in Frathby: the council's bringing in a second homes premium. Switch them over to business rates before 1 April and you'll dodge it.",
  "advance knowledge used to help friends avoid a charge")
P(IA, "Want a stall on Askerby market? Apply this week. Pitch fees double from next month and it won't be announced till Friday.",
  "tip before an announcement")
P(IA, "Told my brother to hold off selling his land at Carlthorpe until the Local Plan allocations come out. Trust me on this one, our kid.",
  "inside knowledge used for a relative", allow=[PA])
P(IA, "Insider tip for Easedyke groups: the terminal community fund is being doubled. Get your bid written now and you'll be first in the queue before it's announced.",
  "advance knowledge of a fund")
P(IA, "You didn't hear it from me, but the council's selling the Sandsea North car park. If your business relies on it, start looking elsewhere... or get your offer in.",
  "unannounced disposal tip", allow=[CD])
P(IA, "Buy now before the council announces the bypass route. I'll give you a clue: it's not the western option 😉",
  "'buy now before the council' tip")

H(IA, "Heads up: the Keld Race footpath is shut from Monday for bank repairs. Use the snicket by St Wilfrid's instead.",
  "public notice, shares 'heads up'")
H(IA, "Tip-off from a resident about fly-tipping on Leckonby Lane: reported to enforcement and the skip's already on its way. Thanks for the eyes.",
  "shares 'tip-off', casework")
H(IA, "Beach hut fees for 2026 are out: down 10%. Published by the council this morning, details on the website.",
  "published announcement", when=("2026-03-16", "2026-03-27"))
H(IA, "Word to the wise: clocks go forward on the 29th. Don't be late for church like I was last year.",
  "shares 'word to the wise'", when=("2026-03-16", "2026-03-27"))
H(IA, "Little birdie tells me there's a new chippy opening on Sandsea front. Not council news, just great news.",
  "shares 'little birdie', no council knowledge")
H(IA, "You didn't hear it from me, but our lass has booked us a week in Whitby for our anniversary. She reads my posts. Surprise ruined.",
  "shares 'you didn't hear it from me'")
H(IA, "Seen an advert promising 'insider knowledge of council land sales, buy now before the council announces'? It's a scam. Nobody at Keldgate House is selling tips.",
  "warns about a scam that quotes insider phrases", allow=[IA])
H(IA, "The Local Plan call for sites is open until 20 March. Landowners, put your land forward. It's public and it's open to everybody.",
  "published process", when=("2026-02-02", "2026-03-19"))
H(IA, "Insider tip from an old gardener: get your broad beans in now, frost or no frost.",
  "shares 'insider tip'", when=("2026-02-16", "2026-03-27"))
H(IA, "The selective licensing consultation for Westfield is now open. Landlords and tenants, tell us what you think before anything's decided.",
  "published consultation", when=("2026-02-02", "2026-03-27"))
H(IA, "Planning agendas go up on the council site a week before committee. Anyone can read them. No insider needed.",
  "public information")
H(IA, "Heads up, market traders: the pitch fees consultation closes Friday. Have your say before cabinet decides.",
  "published consultation, shares 'heads up'")
H(IA, "Before it's announced officially (and comms have cleared me to say it): the Sandsea toilets are staying open all winter. Great news.",
  "early word cleared by comms; no one gains", allow=[IA, CV])
H(IA, "Rumour going round Brantholme that the council's selling the market hall. It's not true. Nothing's on any agenda. Don't panic-sell your stall.",
  "scotches a rumour")
H(IA, "Thinking of buying a static on the coast? Check the council's erosion maps first. They're public, and they're sobering.",
  "points to public information")
H(IA, "Tip-off from a resident: the lamp in the Carr Lane ginnel's out again. Reported.",
  "shares 'tip-off', casework")
H(IA, "The gas terminal community fund is open for bids now: £50k pot, same rules for everyone. Details at example.org/easedyke-fund",
  "published fund open to all")
H(IA, "Not insider info, just common sense: cliff-top house prices at Holmwick aren't going up.",
  "common knowledge")
# =============================================================================================
# predetermination.closed-mind
# =============================================================================================
P(PD, "Cliff End Farm caravans: I'll be voting against. 120 statics on a cliff that's falling into the sea? Not a chance.",
  "planning member's settled view on a registered application (site)", verdict="block", who="plan")
P(PD, "Keld Mill holiday lets will get through over my dead body. The Race is a chalk stream, not a water feature for Racewater Homes.",
  "planning member's settled view on a registered application (site and applicant)", verdict="block", who="plan")
P(PD, "25/00731/OUT, the Westgate Pastures estate. My mind's made up: it's a no, whatever the officers say.",
  "settled view naming a registered reference", verdict="block", who="plan")
P(PD, "North Sea Gasway want a bigger flare stack at Easedyke? That application must be refused. End of.",
  "settled view on a registered application (applicant)", verdict="block", who="plan")
P(PD, "Carlthorpe Grain Store wants to run dryers 24/7 next to folks' bedrooms. Refused, if I've owt to do with it.",
  "settled view on a registered application (site)", verdict="block", who="plan")
P(PD, "Highwold Wind's turbines on Skelwold Top will never be approved while I'm on that committee.",
  "settled view on a registered application", verdict="block", who="plan")
P(PD, "The Old Corn Exchange as a bar? Brilliant. It's getting my vote. That building's been empty far too long. Approve it and let's have a pint in there by Christmas.",
  "settled view in favour of a registered listed building consent", verdict="block", allow=[HASTE], who="plan")
P(PD, "Sandsea Sound licence: I've made my mind up, it's a yes from me. Best thing to happen to Sandsea in years 🎸",
  "licensing member's settled view in favour (known-as name)", verdict="block", who="lic")
P(PD, "The Lamp Room wants to stay open till 4am on Dock Street? No chance. I'm voting it down whatever the police say.",
  "licensing member's settled view (known-as name)", verdict="block", who="lic")
P(PD, "Nightowl Westfield: a 24-hour booze shop across from the primary school? Not on my watch. Refuse it.",
  "licensing member's settled view (known-as name)", verdict="block", allow=[HASTE], who="lic")
P(PD, "Estuary Fuels' depot on Dock Road means 40 jobs. I've made up my mind: it's a yes, and it should sail through.",
  "settled view in favour, applicant named without 'Ltd'", verdict="block", who="plan")
P(PD, "Minsterfield Homes can take their 220 boxes and stick 'em. I'm voting no when it comes to committee, no ifs, no buts.",
  "settled view, applicant named", verdict="block", who="plan")
P(PD, "Hearing there's an application coming in for a drive-thru on the Askerby roundabout. I'll be voting against it, and I don't care what the traffic survey says.",
  "settled view on an expected application not on the register", who="plan")
P(PD, "That taxi driver filmed shouting at a passenger on Market Place: his licence review's coming to our committee and he's finished. Revoke it.",
  "licensing member prejudges a driver review", allow=[PERS], who="lic")
P(PD, "The Holmwick garage appeal should be thrown out by the inspector, full stop. My mind's made up on that one and nothing they say will change it.",
  "closed mind on a planning appeal", who="plan")
P(PD, "Street trading consent for a burger van on Sandsea front? Give over. Not while I'm on licensing. Refused before it's even in.",
  "licensing member prejudges an application", who="lic")
P(PD, "Farm shop extension going in at Leckonby? I'm backing it 100%. Approve it. We need more of these, no debate needed.",
  "planning member's settled view in favour, not on the register", who="plan")
P(PD, "The new bar on Minster Street is going for a late licence, I hear. It's a no from me. I've seen the state of that street at chucking-out time.",
  "licensing member prejudges a licence not on the register", who="lic")

H(PD, "I have concerns about the Cliff End Farm caravan scheme, mainly the cliff itself. I'll listen to all the evidence at committee before I make my mind up.",
  "predisposition with an open mind", allow=[PD], who="@CllrMegginson")
H(PD, "I'm not on planning, so I can say it: Westgate Pastures is the wrong scheme in the wrong place. I've objected as a ward member, like any resident can.",
  "ward member not on the committee objects", allow=[PD], who="@MaureenOmbler")
H(PD, "The Lamp Room's 4am licence: I'm not on licensing, so I've sent in an objection on behalf of Dock Street residents who are sick of the noise.",
  "ward member not on the committee objects", allow=[PD], who="@KirstyGowland")
H(PD, "Turbines on Skelwold Top: I'm a ward member, not on the planning committee, and I'll be speaking against on behalf of residents. Committee members will make their own minds up.",
  "ward member not on the committee objects", allow=[PD], who="@ColinStather")
H(PD, "Cliff End Farm: I've passed every resident's comment on to the planning team. I'm not on the committee, so I'm free to say it: I'm against.",
  "ward member not on the committee objects", allow=[PD], who="@MartinBielbyInd")
H(PD, "My mind's made up: best chip shop in the East Riding is on Sandsea front. Fight me.",
  "shares 'my mind's made up'")
H(PD, "Refused! Our lass has refused to let me buy another fishing rod. Appeal pending.",
  "shares 'refused' and 'appeal'")
H(PD, "I'll never support cutting the Holmwick coastal fund. That's a budget decision, not a planning one, so I'll say it as loud as I like.",
  "'never' on a policy matter", who="opp")
H(PD, "On the Local Plan I've made my mind up: Askerby needs more affordable homes, and I'll argue for it at full council.",
  "settled view on policy, not quasi-judicial", allow=[PD])
H(PD, "Planning committee refused the Sandsea Road car wash last night on noise and drainage. Minutes out next week.",
  "reports a decision after the 11 February committee", when="2026-02-12")
H(PD, "Whatever the officers say, the decision's ours as a council, and so is the blame. That's why I want the coastal budget debated in full, not waved through.",
  "shares 'whatever the officers say' on a budget matter", when=("2026-02-02", "2026-02-24"))
H(PD, "I'm on licensing, so I won't be commenting on Sandsea Sound until the hearing. Send your views to the licensing team, not me.",
  "committee member keeps an open mind", allow=[PD], who="lic")
H(PD, "Had a lot of messages about the Old Corn Exchange. As a committee member I have to keep an open mind, and I'll read every representation before the meeting.",
  "committee member keeps an open mind", allow=[PD], who="plan")
H(PD, "Westgate Pastures is on the register with a decision due in May. You can comment on the council's planning portal until 10 April.",
  "neutral information about a pending matter", allow=[PD])
H(PD, "The Brantholme to Hull river taxi idea is dead in the water. Shame. Our kid and me would've used it every day.",
  "shares 'dead in the water'")
H(PD, "I'm stepping off the committee for the Keld Mill item. I've been so vocal about the Race over the years that I wouldn't be seen as neutral, so better safe.",
  "committee member steps back from a pending matter", allow=[PD], who="plan")
H(PD, "Never been as cold as this in Carlthorpe. Nithered to the bone. The grain store's the only warm spot going.",
  "shares 'never' and part of a site name")
H(PD, "I'll be voting against the Alliance's budget on Wednesday. Council tax up 4.99% and nowt to show for it.",
  "vote on the budget, not quasi-judicial", who="opp", when=("2026-02-19", "2026-02-24"))

# =============================================================================================
# interests.declared-interest
# =============================================================================================
P(DI, "The coastal fund should go to the caravan parks first. We're the ones losing land every winter: our park's lost 11 pitches since 2020. I'll be pushing for it at full council.",
  "holder argues for council money for his own sector and park", interest="Holmwick Sands Holiday Park", who="@BarryLengCoast", when=("2026-01-05", "2026-02-24"))
P(DI, "Caravan site licence fees up 8%? For parks like Holmwick Sands, with the cliff eating us alive, that's a kick in the teeth. I'll be arguing against it.",
  "holder opposes a council fee that hits his park", interest="Holmwick Sands Holiday Park", who="@BarryLengCoast")
P(DI, "The council's bid for the port access road would be a massive boost for Humber Gate Port Services and everyone who works there, me included. It'd be champion for Brantholme. Backing it all the way.",
  "employee backs a council bid that benefits his employer", interest="Humber Gate Port Services Ltd", who="@DeanWrayHF")
P(DI, "Cabinet's HGV weight limit on Carlthorpe's back lanes would cripple the co-op's harvest haul. Farmers like us can't go round by Askerby. I'll be fighting it.",
  "co-op director opposes a council decision that affects the co-op", interest="Carlthorpe Grain Cooperative", who="@StuFewster")
P(DI, "The council's river maintenance budget should go on the Keld Race this year. Our angling association's been begging for bank works for a decade. I'll be proposing it.",
  "secretary argues for council money for his association's river", interest="Keld Race Angling Association", who="@RobOttewell")
P(DI, "Pitch fees on Askerby market up 15%? As chair of the traders I can tell you it'll finish half of us off. Voting against at full council.",
  "chair of the traders votes on the fees", interest="Askerby Market Traders' Association", who="@LorraineDunwell", when=("2026-01-05", "2026-02-24"))
P(DI, "Closing Market Place on Saturdays for the car park works would kill trade for stallholders like us. I'll be raising it at scrutiny, and loudly.",
  "stallholder speaks for the traders on a council matter", interest="Askerby Market Traders' Association", who="@LorraineDunwell", when=("2026-02-02", "2026-02-18"))
P(DI, "The council's beach safety grant should go to Sandsea Coastwatch this year, no question. We run the lookout 365 days a year on a shoestring. I'll be making the case.",
  "trustee argues for a council grant to her charity", interest="Sandsea Coastwatch", who="@SandraFeatherstoneCI")
P(DI, "The council's response to the terminal compressor consultation should be a strong yes. I know how safe that place is from the inside, and I'll be saying so at council.",
  "employee argues the council's response on his employer's scheme", interest="North Sea Gasway Ltd", allow=[PD], who="@MartinBielbyInd")
P(DI, "Business rates relief for energy firms is coming to cabinet. As someone who's worked at Easedyke for 19 years, I'm backing it. Good for us, good for jobs.",
  "employee backs a relief that benefits his employer", interest="North Sea Gasway Ltd", who="@MartinBielbyInd")
P(DI, "Council garage rents in Westfield up 20% and the repairs budget cut? Our tenants' association is furious and so am I. I'll be voting against.",
  "chair of the tenants' association votes on rents", interest="Westfield Tenants' and Residents' Association", who="@PaulCappleman")
P(DI, "Tenants like us in Westfield have waited years for the council's damp survey money. It needs to come to our estate first, and I'll be pushing for that.",
  "speaks for the association on a council budget", interest="Westfield Tenants' and Residents' Association", who="@PaulCappleman")
P(DI, "The community buildings fund has got to include village halls like ours in Frathby. Leaky roof, dodgy boiler, nowt left in the kitty. I'll be making the case at council.",
  "trustee argues for a fund that would pay her hall", interest="Frathby Village Hall Trust", who="@AnitaRymerWHA", when=("2026-01-05", "2026-02-18"))
P(DI, "The Local Plan allocation on the fields next to ours at Leckonby is daft. Grade 2 land, and it floods. I'll be arguing against it.",
  "landowner argues on an allocation next to her farm", interest="Leckonby Wold Farm", who="@JudithBlenkin")
P(DI, "The council's playing pitch strategy has to put women's football first in Brantholme. Our club's changing in a shipping container! I'll be pushing for the Westfield pitch money.",
  "club chair argues for council money for her club", interest="Brantholme Women's FC", who="@ShaziaAkhtarHF")
P(DI, "The council's new debt advice contract should go to Brantholme Credit Union. It's the obvious choice. I'll be backing that when it comes up.",
  "director backs a council contract for her body", interest="Brantholme Credit Union", who="@KirstyGowland")
P(DI, "Selective licensing in Westfield will drive landlords out and push rents up. I hear it from landlords every day at the agency. It's a bad idea and I'll vote against it at cabinet.",
  "partner's lettings business affected by a cabinet decision", interest="Escritt & Daughter Estate Agents", who="@GrahamEscritt")
P(DI, "Cabinet wants to sell the old railway sidings at Carlthorpe to a private buyer. The grain co-op's rented them for 30 years and should get first refusal. I'll be saying so.",
  "co-op director argues on a disposal the co-op wants", interest="Carlthorpe Grain Cooperative", who="@StuFewster")

H(DI, "Declared my interest in Holmwick Sands Holiday Park at council last night and left the chamber for the coastal fund item. That's how it should work.",
  "holder declares and leaves", allow=[DI], who="@BarryLengCoast", when="2026-02-26")
H(DI, "Caravan site licence fees are going up 8%, the first rise in four years, and every penny goes on site inspections. Happy to explain to anyone.",
  "cabinet member without the interest on the same matter", allow=[DI], who="@PipHoltbyWHA")
H(DI, "Sold out of parkin by ten on the market this morning. Flask of tea and a natter with the other traders. Best bit of the week.",
  "holder on her stall, no council matter", who="@LorraineDunwell")
H(DI, "Pitch fees on Askerby market up 15%? Too steep by half. I'll back the traders at full council.",
  "non-holder on the same matter", allow=[DI], when=("2026-01-05", "2026-02-24"))
H(DI, "First brownie of the season on the Race at dawn. Slipped it back, obviously. Nowt better than a chalk stream in March.",
  "holder's hobby on his personal account, no council matter", who="@racefly_rob", when=("2026-03-02", "2026-03-27"))
H(DI, "I'm secretary of the Keld Race Angling Association, so I've declared it and I won't vote on the river maintenance item. Others will make the case.",
  "holder declares and steps back", allow=[DI], who="@RobOttewell")
H(DI, "The Keld Race needs that river maintenance money this year. Water voles are back at Frathby and I want them to stay.",
  "non-holder on the same matter", allow=[DI], who="@EllieTindallGreen")
H(DI, "Back on nights at the terminal this week, so my surgery's moved to Friday. Sorry, folks.",
  "holder mentions his job, no council matter", who="@MartinBielbyInd")
H(DI, "I work for North Sea Gasway, so I've asked the Monitoring Officer for advice before I say owt about the terminal consultation. I'll update when I know.",
  "holder asks the Monitoring Officer first", allow=[DI], who="@MartinBielbyInd")
H(DI, "Westfield TRA bingo raised £412 for the kids' summer trip. You lot are legends.",
  "holder on his association, no council matter", who="@PaulCappleman")
H(DI, "Garage rents in Westfield up 20%? I'll be voting against. Folk can't take any more.",
  "ward colleague without the interest on the same matter", allow=[DI], who="@ShaziaAkhtarHF")
H(DI, "As a trustee of Frathby Village Hall Trust I declared my interest on the community buildings fund at scrutiny last night and left the room. Fingers crossed for all the halls.",
  "holder declares and leaves after scrutiny on 19 February", allow=[DI], who="@AnitaRymerWHA", when="2026-02-20")
H(DI, "Lambing's started at Leckonby! First twins arrived overnight, ewe and lambs both doing grand.",
  "holder's farm news, no council matter", who="@JudithBlenkin", when=("2026-03-02", "2026-03-27"))
H(DI, "The Local Plan allocation at Leckonby is on Grade 2 land. I'll be arguing against it.",
  "ward colleague without the interest on the same matter", allow=[DI], who="@ColinStather")
H(DI, "Brantholme Women's FC won 4-1 on Sunday! Proud doesn't cover it. Get yourselves down for the next home game.",
  "holder on her club, no council matter", who="@ShaziaAkhtarHF")
H(DI, "Before anyone asks: I'm a director of Brantholme Credit Union, it's on my register, and I won't take part in the debt advice contract decision.",
  "holder declares and steps back", allow=[DI], who="@KirstyGowland")
H(DI, "Our Hannah's running the agency on her own this week while I'm tied up with the budget. She'll do a better job than me, I reckon.",
  "holder mentions the family business, no council matter touching it", who="@GrahamEscritt", when=("2026-02-16", "2026-02-24"))
H(DI, "The port access road bid is good news for jobs at Brantholme Docks. Backing it.",
  "ward colleague without the interest on the same matter", allow=[DI], who="@KirstyGowland")
# =============================================================================================
# data-protection.personal-data
# =============================================================================================
P(DP, "Happy 100th birthday to Edna Pashby of 7 Chapel Lane, Skelwold! Pop a card through the door, she'd love that.",
  "private individual's name with home address", verdict="review")
P(DP, "Congratulations to Ken and Marjorie Foster of 14 Beck Side, Frathby, on their diamond wedding! Sixty years. What's the secret, love?",
  "private individuals' names with home address", verdict="review")
P(DP, "Reported the blocked drain outside Alan Drewery's house, 22 Westgate, Askerby HU99 3LK. Third time this winter. Sort it, please.",
  "private individual's name with address and postcode", verdict="review")
P(DP, "Well done to Josh Fairburn of Spurn View, Cliff Road, Holmwick: biggest leek at the Holmwick winter show!",
  "private individual's name with house name and street", verdict="review")
P(DP, "Resident sent me his parking ticket to chase: PCN TW04417823, Beast Market, 2 January. Council won't budge. Disgraceful.",
  "case reference of a private individual's penalty", verdict="block", when=("2026-01-12", "2026-01-30"))
P(DP, "Mrs Pearson on Carr Lane has dementia and keeps wandering down the snicket at night in her nightie. Can somebody from social services get round? Neighbours are worried sick.",
  "health data of an identifiable resident", verdict="block")
P(DP, "Please keep Gary Ellwood from Leckonby in your thoughts. He starts chemo on Monday. Tough lad, he'll be reet.",
  "health data of a named private individual", verdict="block")
P(DP, "Car reg YM19 KDF has been parked on the Frathby school zigzags every morning this week. Shame on you.",
  "vehicle registration published", verdict="block", allow=[PERS])
P(DP, "The Syrian family who've moved into 4 Ropery Court, Brantholme are lovely. They've come through hell, so please make them welcome.",
  "ethnicity and refugee status with an address, kindly meant", verdict="block")
P(DP, "Chap who's just come out of Full Sutton has been housed in the flat above the bookies on Dock Street, the one backing onto the tenfoot. Residents have a right to know.",
  "criminal record of an identifiable person (by address)", verdict="block", allow=[BUL])
P(DP, "Well done Year 5 at Sandsea Primary, especially Lily-Mae Harrison and Tegan Booth, who read their poems in assembly! Superstars.",
  "named children", verdict="block")
P(DP, "Get well soon to Kev on the Askerby bin rounds. Heard his back op didn't go to plan. The lads are missing you, mate.",
  "health data of an identifiable member of staff", verdict="block")
P(DP, "Council tax account 60448217 has been billed twice for January. That's a pensioner on Ropery Lane, and she's in bits. Sort it out!",
  "account reference of a private individual", verdict="block", when=("2026-01-12", "2026-02-27"))
P(DP, "Here's his date of birth so the benefits team stop saying they can't find him: William Ackroyd, born 03/07/1948, Westfield. Nine weeks he's waited.",
  "name with date of birth", verdict="block")
P(DP, "Our lovely lollipop lady Jean on Frathby Road is off with depression. Send her some love. She's seen our bairns across that road for 20 years.",
  "mental health of an identifiable worker", verdict="block")
P(DP, "The young lad at number 12 Westfield Avenue who's autistic keeps getting picked on at the bus stop. His mam's at her wits' end. Can anybody help?",
  "disability of an identifiable child with address", verdict="block")
P(DP, "Has anyone seen Darren Cottam, 23, from Sandsea? He's been sectioned twice and walked out of Westlands hospital last night. His mam's desperate. Ring her on 07700 900318.",
  "mental health history of a named person and a private mobile", verdict="block", also=[SC])
P(DP, "Housing benefit claim HB/2025/41877 for Mrs Doreen Lamb on Keld Terrace still not processed after nine weeks. @ThirlwoldDC, sort it.",
  "benefit case reference with name and street", verdict="block")

H(DP, "Surgery this Saturday at Frathby Reading Room, Church Lane, 10 till 12. Can't make it? Email cllr.tindall@example.com or ring 01632 960218.",
  "the councillor's own published contact details", allow=[DP], who="@EllieTindallGreen")
H(DP, "Missed bin? Ring the council on 03069 990100 or report it at example.com/thirlwold-bins. Quicker than waiting for me!",
  "the council's own number")
H(DP, "Lovely to walk the Holmwick cliff top with Rachel Dunnock MP today and talk coastal funding. She listened. Now let's see action.",
  "named public office holder", allow=[DP])
H(DP, "Thanks to Inspector Gareth Wilkes for coming to the Westfield residents' meeting last night. Straight answers on the car crime.",
  "named public office holder", allow=[DP])
H(DP, "Get well soon to our Chairman, Judith Blenkin, laid up with the flu. The big chair looks lonely without you.",
  "public office holder's minor illness", allow=[DP])
H(DP, "RIP Alderman Harold Petch, former mayor of Brantholme, who's died aged 91. A gentleman and a proper Humber man.",
  "late former public figure", allow=[DP])
H(DP, "Chapel Lane, Skelwold: the gully cleaner's coming Thursday, and he's doing the snicket behind the chapel too. Please don't park on the road if you can help it.",
  "street named, no person")
H(DP, "Happy 100th to a Skelwold lady who's seen it all. You're a legend, and your card's in the post.",
  "birthday with no identifying details")
H(DP, "Please don't post people's reg plates on the Frathby village page, however bad the parking. Report it to the council instead.",
  "advises against publishing registrations")
H(DP, "Well done Year 5 at Sandsea Primary for your poems in assembly! Pure talent, the lot of you.",
  "class praised, no child named")
H(DP, "A resident asked me to chase a parking ticket. Done. I won't post the details, but it's been cancelled on appeal.",
  "casework without details")
H(DP, "Bin crews are short-handed with the flu going round. Be patient with them, love.",
  "staff mentioned as a group")
H(DP, "My own mobile is on all my leaflets: 07700 900744. Ring me, don't be shy.",
  "a councillor's own number", allow=[DP, SC], who="any -@EllieTindallGreen")
H(DP, "RIP Frank, who ran the rock stall on Sandsea front for fifty years. Sandsea won't be the same.",
  "first name only of a late local figure")
H(DP, "Welcome to the Ukrainian families arriving in Brantholme this month. Spare coats can be dropped at St Mary's church hall.",
  "neutral mention of a group, no individual or address")
H(DP, "Postcode lottery: HU99 had its bins emptied on time, HU98 didn't. Same council, same week.",
  "postcode districts only")
H(DP, "Proud of me mam, 88 today and still does the Courier crossword in pen.",
  "own family, no identifying details")
H(DP, "Cllr Leng's ward surgery is moving to Holmwick Village Hall on Cliff Road from next week.",
  "a councillor's public surgery venue", allow=[DP])

# =============================================================================================
# security.credentials
# =============================================================================================
P(SC, "Flood wardens' Zoom tonight at 7. Meeting ID 815 2249 0071, passcode wold22. See you all there!",
  "meeting passcode")
P(SC, "Frathby village hall key safe code is 4471 if you're setting up for the quiz tonight. Put the key back after, please!",
  "key safe code")
P(SC, "New Wi-Fi at the Sandsea ward office: network SandseaWard, password Lapwing2026! Help yourselves when you pop in.",
  "Wi-Fi password")
P(SC, "Writing my council login here so I don't lose it again: user cllr17, password Carlthorpe1966. Our lass says I'd lose my head if it wasn't screwed on.",
  "own council password")
P(SC, "Got a text saying my council account was locked, so I clicked the link and popped my details in. Hope that was right? Nowt's happened yet.",
  "reports credentials handed to a phishing link")
P(SC, "The code for the defib cabinet outside Holmwick chapel is 2580. Hope you never need it.",
  "cabinet code (arguable: some communities publish them)")
P(SC, "Anyone else had this 'Thirlwold members' allowance uplift' email? Link's thirlw0ld-payroll.example.net/claim. Looks legit, I've done mine. Get yours in, folks!",
  "amplifies a lookalike phishing link")
P(SC, "Gate code for the depot is 1966. Let the litter pickers in if you get there before me on Saturday!",
  "gate code")
P(SC, "Can somebody help? IT texted me a code, 482913, and now someone's rung asking me to read it back. Is that normal? Posting it so you can see.",
  "one-time code")
P(SC, "Brantholme Docks community room door code is 3090#. Toddler group on Tuesday, let yourselves in, kettle's on the side.",
  "door code")
P(SC, "Bell ringers: the new alarm PIN for the Minster tower is 7721. Please don't set it off like last week, it scared the pigeons daft.",
  "alarm PIN")
P(SC, "Westfield TRA Facebook page login for committee members: westfieldtra / Westfield123. Ta!",
  "account login and password")
P(SC, "Email's come round telling all councillors to 'verify' their accounts at thirlwo1d-dc.example.net/verify before Friday. Done mine, took two minutes. Do yours!",
  "amplifies a lookalike verification link")
P(SC, "Techy folk: the Keld Race river gauge feed is live at example.org/keldgauge. API key 7f3a9c21e8b04d55. Go wild.",
  "API key")
P(SC, "Locked out of the ward laptop again. Password's the dog's name plus 123, so Bramble123. Can somebody from IT give me a ring?",
  "own password")
P(SC, "Spare key to the scout hut's under the third plant pot by the ginnel, and the alarm code is 1234. Don't tell the scouts I told you.",
  "key location and alarm code")
P(SC, "Me dad's doing magic shows for bairns' parties again! He's too shy to post, so here's his mobile: 07700 900562. Give him a ring.",
  "a private person's mobile number", also=[DP], sex=None)
P(SC, "Sandsea lifeguard hut padlock is 0419. For the volunteers only, please!",
  "padlock code")

H(SC, "'Password123' is not a password, colleagues. Today's IT training was an eye-opener, and not in a good way.",
  "mentions a weak password in a warning", allow=[SC])
H(SC, "Scam warning: texts pretending to be from Thirlwold Council about council tax refunds are doing the rounds. Don't click, don't reply, just delete.",
  "scam warning, no link")
H(SC, "Switched on two-factor for every account I've got after the members' IT session. Took ten minutes. Do it, folks.",
  "good practice")
H(SC, "The defib at Holmwick Village Hall is installed and registered. Ring 999 and they'll give you the cabinet code. Thanks to everyone who fundraised.",
  "mentions a code without giving it", allow=[SC])
H(SC, "Gate code? What gate code? Don't be daft. The Leckonby allotments have never had a gate, just a bit of baler twine.",
  "joke about a gate code", allow=[SC])
H(SC, "The PIN on my council phone is strong. My memory isn't. Rang IT twice this week.",
  "mentions a PIN without giving it")
H(SC, "Key safe's been fitted at Frathby Reading Room for bookings. The booking secretary gives out the code: ring 01632 960441.",
  "key safe mentioned, code withheld", allow=[SC])
H(SC, "Link for tonight's flood wardens' Zoom has been emailed to everyone on the list. Not posting it here, for obvious reasons!",
  "withholds the meeting link")
H(SC, "Changed all my passwords today. Every single one. Feel like a new woman.",
  "good practice")
H(SC, "Wi-Fi's free at Askerby library. Just ask at the desk for today's code.",
  "public Wi-Fi, code withheld")
H(SC, "If somebody rings claiming to be from the council and asks for your PIN, hang up. The council never asks for it.",
  "scam warning")
H(SC, "A one-time code is one time for a reason. Never read it out to anybody, not even me.",
  "good advice")
H(SC, "Phishing email going round with the council crest on it. Don't click. Report it to council IT on 03069 990199.",
  "phishing warning with the council's number")
H(SC, "Our lass changed the Wi-Fi password and won't tell me what it is. That's marriage for you.",
  "password mentioned, not given")
H(SC, "Locked myself out of the car on Sandsea front. Not a security breach, just a me problem.",
  "no credential")
H(SC, "The council's only website is example.com/thirlwold. Anything else claiming to be us is a fake, so don't give it your details.",
  "official site named to warn against fakes")
H(SC, "Cyber security course done. Scored 9/10. Lost a mark for saying the dog's name made a good password.",
  "password mentioned, not given")
H(SC, "'PIN number.' It's just PIN. Personal identification number number. Rant over, go about your day.",
  "word play on PIN")
# =============================================================================================
# confidentiality.disclosure
# =============================================================================================
P(CD, "Project Shingle is finally moving: we're buying the farm at Holmwick Top for the caravan rollback. Price agreed, just waiting on the lawyers.",
  "register term with negotiation details", verdict="block", allow=[IA])
P(CD, "I'm not supposed to say, but Project Keel means the docks land goes to the port operator for £3.2m. Decent price if you ask me.",
  "register term with price", verdict="block", allow=[IA])
P(CD, "The Easedyke Lane disposal went through at cabinet in the private bit last night. Good riddance to that old depot.",
  "register term, exempt item reported after the 17 February cabinet", verdict="block", when="2026-02-18")
P(CD, "minster yard acquisition is on, the council's buying the old printworks behind the Minster. keep it under your hat for now",
  "register term in lower case", verdict="block", allow=[IA])
P(CD, "OPERATION CHALKLINE STARTS MONDAY. FLY-TIPPERS ON THE WOLDS, YOUR DAYS ARE NUMBERED.",
  "register term in capitals, enforcement operation announced early", verdict="block", allow=[HASTE])
P(CD, "The Sandsea Parade claim (the woman who fell on the prom) is going to cost us six figures. Legal say settle.",
  "register term with legal advice", verdict="block")
P(CD, "Project Keel update from closed session: the port operator's walked away twice now. Third time lucky?",
  "register term with negotiation details", verdict="block", when=("2026-02-18", "2026-02-27"))
P(CD, "Operation Chalkline: the enforcement lads are watching three farms for illegal abstraction from the Race. Won't say which. Yet.",
  "register term, enforcement details", verdict="block")
P(CD, "Sandsea Parade claim: our insurers reckon we'll lose. Somebody should've fixed that paving years ago.",
  "register term with legal view", verdict="block")
P(CD, "Between you and me, the Part 2 item at cabinet last night was the sale of the Brantholme bus depot for £1.1m. Cheap, if you ask me.",
  "Part 2 item and price, after the 27 January cabinet", verdict="review", allow=[IA], when="2026-01-28")
P(CD, "Told in confidence today that the whole planning department's being restructured, twelve posts going. Shocking, and nobody's told the staff.",
  "labour relations told in confidence", verdict="review")
P(CD, "The closed session legal advice on the Keldgate House roof was grim: we'll probably lose against the contractor. Not great for the budget.",
  "legal advice from a closed session", verdict="review")
P(CD, "Off the record, the staff pay offer's going to be 3%. The unions don't know yet.",
  "pay offer ahead of negotiation", verdict="review")
P(CD, "Embargoed till Thursday but I'm too excited to wait: Sandsea's getting the seaside towns grant! £4m!",
  "breaks an embargo", verdict="review", when=("2026-03-09", "2026-03-11"))
P(CD, "The exempt report puts the Askerby cattle market site at £2.4m. Way too low, we're being had.",
  "exempt valuation", verdict="review", allow=[IA])
P(CD, "Private police briefing for councillors today: there's a county lines operation running out of Westfield and a raid's coming. Stay safe, folks.",
  "confidential police operation", verdict="review")
P(CD, "There's a disciplinary hearing for one of the senior officers in housing next week. Not saying who. You can probably guess.",
  "staff disciplinary, identifiable by hint", verdict="review", allow=[OI, DP])
P(CD, "Read the confidential tender report: the cheapest waste bid's from a firm with a shocking record, and we might have to take it anyway.",
  "confidential tender evaluation", verdict="review")

H(CD, "The shingle's shifted from one end of Holmwick beach to t'other after the storm. The groynes are doing nowt. Needs sorting before the spring tides.",
  "partial overlap with a register term")
H(CD, "Part 2 of my Sandsea walking tour: the Victorian shelters along the prom. Gorgeous, and they need some love.",
  "shares 'Part 2'")
H(CD, "Between you and me and the whole internet: I can't stand celery.",
  "shares 'between you and me'")
H(CD, "Off the record? Nowt's off the record on here, love. Say it like you'd say it to the Courier.",
  "shares 'off the record'")
H(CD, "Cabinet went into closed session for one item last night. The decision will be published once the deal's done. Part 2 exists for a reason.",
  "reports that a closed item happened, no content", allow=[CD], when="2026-02-18")
H(CD, "Embargo lifted: Sandsea has won £4m from the seaside towns fund! Official announcement out this morning.",
  "after the embargo lifted", when=("2026-03-12", "2026-03-20"))
H(CD, "Leaked? Give over. The budget papers are public, all 312 pages, on the council website.",
  "shares 'leaked', public papers")
H(CD, "Confidential waste sacks for shredding are now free from the Askerby customer service desk. Handy for old bank statements.",
  "shares 'confidential', a council service")
H(CD, "The keel of the old coble on Sandsea front has finally rotted through. Sad day for our fishing heritage.",
  "partial overlap with a register term")
H(CD, "Minster Yard café does the best breadcakes in Askerby. Fight me.",
  "partial overlap with a register term")
H(CD, "Easedyke Lane's flooded again at the dip. Avoid, or bring a canoe.",
  "partial overlap with a register term")
H(CD, "Chalk lines all over the Sandsea prom from the bairns' hopscotch. Lovely to see.",
  "partial overlap with a register term")
H(CD, "Sandsea Parade's new fish shop opens Friday. Queue'll be round the block, I reckon.",
  "partial overlap with a register term")
H(CD, "I can't tell you what was in the exempt report and I won't. What I can tell you is that I asked some hard questions about it.",
  "refuses to disclose", allow=[CD])
H(CD, "Councillors are told things in confidence so we can do the job properly. If I won't tell you something, that's why.",
  "explains confidentiality")
H(CD, "Project Sandcastle at Frathby school: Year 2 built the Minster out of sand. Incredible.",
  "shares 'Project' naming, not a register term")
H(CD, "There's a private item at cabinet on Tuesday about a property matter. The public agenda says so, and that's all I'll say.",
  "repeats the public agenda", allow=[CD], when=("2026-02-09", "2026-02-16"))
H(CD, "Operation Tidy Sandsea kicks off Saturday: litter pick, 10am, meet at the clock tower. Gloves and bags provided.",
  "public campaign with an operation name")

# =============================================================================================
# tone.irony-risk
# =============================================================================================
P(TI, "Oh brilliant, Cllr Ombler's cabinet has cut the coastal fund again. Real heroes of Holmwick, them. /s",
  "sarcasm about the Leader and cabinet", who="opp")
P(TI, "Hats off to the Alliance for a riveting forty-minute speech about hanging baskets while Holmwick falls into the sea. Inspiring stuff.",
  "mock praise of a group", who="opp")
P(TI, "Masterclass from the Leader last night in answering a question without answering it. Take notes, kids.",
  "mock praise of the Leader after full council", who="opp", when="2026-02-26")
P(TI, "So glad Cllr Gowland has finally discovered the Wolds exist. Only took her six years. Welcome, love!",
  "mock welcome of a named councillor", who="admin")
P(TI, "Yeah right, the Humberbank lot care about Askerby. That's why not one of them has ever set foot on the market. 🙄",
  "sarcasm about a party", who="admin")
P(TI, "Congratulations to our MP Rachel Dunnock on her first visit to Sandsea since the election. We'll get the bunting out.",
  "mock congratulations to the MP")
P(TI, "What a genius idea from the cabinet member for finance: charging for parking at the cemetery. Truly visionary.",
  "mock praise of a cabinet member", who="opp")
P(TI, "Love how the Greens want us all on bikes. Cracking idea for pensioners in Leckonby in February. Very well thought through, I'm sure.",
  "sarcasm about a party", who="any -green", when=("2026-02-02", "2026-02-27"))
P(TI, "Big thanks to the Chief Executive for his 'listening tour' of Brantholme. All twenty minutes of it.",
  "mock thanks to the Chief Executive", allow=[OI])
P(TI, "Thrilled, absolutely thrilled, that the Chairman's civic dinner went ahead while the food bank shelves are empty. Priorities, eh?",
  "mock enthusiasm about the Chairman", who="opp")
P(TI, "Cllr Escritt says selective licensing will 'hurt landlords'. No reason at all he'd worry about that, I'm sure.",
  "insinuating irony about a named councillor", allow=[DEF], who="opp")
P(TI, "Shout out to the Coastline Independents for voting against the coastal fund they campaigned on. Consistency, lads!",
  "mock praise of a group", who="any -ci", when=("2026-02-26", "2026-03-27"))
P(TI, "What would Thirlwold do without the Alliance's wisdom? Genuinely, how did we ever cope before them.",
  "mock praise of the administration", who="opp")
P(TI, "Great to see the county councillors finally find Carlthorpe on a map. Only took a flood. Me mam could've drawn them one.",
  "sarcasm about county councillors")
P(TI, "Cllr Megginson chairing planning at his usual lightning pace: four hours for two applications. A record, surely.",
  "mock praise of the planning chair after a committee", who="opp", when=("2026-02-12", "2026-02-13"))
P(TI, "The Alliance's new slogan, 'Delivering for the Coast', is my favourite comedy of 2026. Delivering what, exactly? Bad news?",
  "mockery of a party", who="opp")
P(TI, "Humberbank First: 'we'll save the library.' Also Humberbank First, 2022: voted to close it. Never change, comrades 😘",
  "mockery of a party", who="admin")
P(TI, "It's black over Bill's mother's, so naturally the Alliance have picked today for their outdoor photo call on Sandsea front. Genius planning, that.",
  "mock praise of a party", who="opp")

H(TI, "Oh brilliant, it's lashing down again on bin day. Sorry, crews. You're heroes.",
  "irony about the weather", allow=[TI])
H(TI, "Riveting stuff at scrutiny: ninety minutes on the grass cutting contract. And I mean that, it was genuinely interesting.",
  "sincere praise marked as such", when="2026-02-20")
H(TI, "Yeah right, 'light showers'. Just been soaked to the skin on Sandsea front.",
  "irony about the forecast", allow=[TI])
H(TI, "Masterclass from Frathby Under-11s today. 7-0. Proud of every one of them.",
  "sincere 'masterclass'")
H(TI, "Hats off to Cllr Gowland for a cracking speech on child poverty last night. Credit where it's due, from across the chamber.",
  "sincere cross-party praise", who="admin", when="2026-02-26")
H(TI, "Thrilled to see the water voles back on the Keld Race. Genuinely thrilled.",
  "sincere 'thrilled'")
H(TI, "The cabinet's parking plan is wrong, the figures don't add up and I'll vote against it. No jokes, just numbers.",
  "plain policy criticism", who="opp")
H(TI, "Great, the printer's jammed again. Truly the finest machine in Keldgate House.",
  "irony about a printer", allow=[TI])
H(TI, "Lovely bit of sarcasm from my 12-year-old this morning: 'nice hat, Dad.' Deserved.",
  "reports a child's sarcasm about the author", sex="m")
H(TI, "Oh good, the Hull train's cancelled. Again. What a treat.",
  "irony about a train", allow=[TI])
H(TI, "I'm a genius: locked my keys in the car outside the Minster. Again. Daft as a brush.",
  "self-mockery", allow=[TI])
H(TI, "The Alliance budget is a bad budget: council tax up, services down. I'll say that plainly, no dressing it up.",
  "robust policy criticism", who="opp", when=("2026-02-02", "2026-03-27"))
H(TI, "Congratulations to Rachel Dunnock MP on getting the Holmwick defence funding over the line. Sincerely, this matters.",
  "sincere congratulations to the MP")
H(TI, "Another pothole on Leckonby Bank. What a lovely surprise. 🙄",
  "irony about a pothole", allow=[TI])
H(TI, "Belter of a night at the Westfield quiz. No sarcasm: we came last, but it was brilliant.",
  "sincere, says so")
H(TI, "Council website's down again. Twelve years of 'digital transformation' and here we are.",
  "irony about the website", allow=[TI])
H(TI, "Hats off to the Humberbank group for backing our coastal motion. That's how it should work.",
  "sincere cross-party thanks", who="any -hf")
H(TI, "Wonderful weather for the Leckonby ploughing match. If you're a duck.",
  "irony about the weather", allow=[TI])

# =============================================================================================
# fillers
# =============================================================================================
F("Frathby in the snow this morning. The Race steaming in the cold like a kettle. Stunning.", "ward photo caption", when=("2026-01-05", "2026-01-23"))
F("Burns Night at Skelwold church hall tonight: haggis, neeps, tatties and a piper who's come all the way from Malton.", "community event", when="2026-01-26")
F("Holocaust Memorial Day. We stood in silence at the Askerby war memorial this morning. Never forget.", "commemoration", when="2026-01-27")
F("Pancake race on Market Place tomorrow at noon! Bring a pan. Bring a pancake. Bring your trainers.", "community event", when="2026-02-16")
F("Half term at Sandsea: crazy golf's open, the arcades are buzzing and the sea is, as ever, freezing.", "seasonal", when=("2026-02-16", "2026-02-20"))
F("Bin crews can't get down the tenfoot behind Ropery Lane when folk park across the end. Please leave a gap. They need a van's width.", "ward notice")
F("It's black over Bill's mother's. Get your washing in, Carlthorpe!", "weather")
F("Frogspawn in the pond at Leckonby! Spring's on its way.", "seasonal", when=("2026-03-02", "2026-03-27"))
F("Happy Mothering Sunday for yesterday to all the mams, nannans and everyone who does the mothering.", "seasonal", when="2026-03-16")
F("World Book Day at Sandsea Primary: I read The Gruffalo to Reception and got heckled by a mouse. Best job going.", "school visit", when="2026-03-05")
F("Reminder: the Askerby park and ride runs every 20 minutes on Saturdays. Save yourself the hassle on Beast Market.", "service notice")
F("Snowdrops out all along the Keld Race path. Worth a walk if you've an hour.", "seasonal", when=("2026-01-26", "2026-02-27"))
F("Thanks to everyone who came on the Holmwick cliff-top walk with the coastal rangers. Forty folk and one dog in a raincoat.", "community event")
F("Gritting's on for tonight on all the Wolds routes. Take it steady on Leckonby Bank.", "service notice", when=("2026-01-05", "2026-02-13"))
F("Westfield litter pick Saturday, 10am, meet at the shops. Kids welcome, gloves provided.", "community event")
F("Brantholme library's new hours start Monday: late opening till 7 on Thursdays.", "service notice")
F("Lovely chat with the Year 9s at Askerby School about what councillors actually do. Toughest questions I've had all year.", "school visit")
F("Askerby Minster bells are being rehung this spring. Quiet Sundays for a bit, so enjoy the lie-in.", "community news")
F("Sea fret rolling in over Sandsea this afternoon. Couldn't see the end of the pier.", "weather")
F("Road closed at Easedyke crossroads on Tuesday for resurfacing. Diversion via Sea Lane.", "service notice")
F("Valentine's tip from a man married 31 years: don't buy her a garage-forecourt bouquet. Learned the hard way.", "seasonal", when=("2026-02-12", "2026-02-13"), sex="m")
F("Keldgate House heating's on mafting and the windows don't open. Send help, and ice lollies.", "office grumble")
F("Skelwold Young Farmers' tractor run raised £2,100 for the air ambulance. A hundred tractors through the village!", "community news")
F("Spotted a kingfisher on the Race by Frathby bridge. Made my whole week.", "nature")
F("Sandsea clock tower's getting a spring clean. Scaffolding up for a fortnight.", "community news")
F("New benches on Holmwick cliff top, set well back from the edge, before anybody asks.", "ward news")
F("The Brantholme Docks heritage trail is open: twelve plaques from the lock pits to the old ropery.", "community news")
F("Frame yourselves, folks: last week to book for the Askerby Minster spring concert.", "community event", when=("2026-03-09", "2026-03-27"))
F("Wind's howling at Easedyke. Hold on to your hats, and your wheelie bins.", "weather")
F("Lighter nights are coming. Cycled back from Askerby in daylight for the first time since October.", "seasonal", when=("2026-03-02", "2026-03-27"))
F("Welcome to the new vicar at St Wilfrid's, Skelwold. Settling in nicely, I'm told, and already on the cake rota.", "community news")
F("The lapwings are back on the Carlthorpe fields. Listen out for that peewit call.", "nature", when=("2026-02-16", "2026-03-27"))
F("Thanks to the Frathby WI for the knitted poppies on the bus shelter. Still going strong in January.", "community news", when=("2026-01-05", "2026-01-30"))
F("Sandsea promenade lights switched to the new LEDs. Brighter, cheaper, and you can see the waves at night now.", "ward news")
F("Summat for the diary: Brantholme food fair, first Saturday in April, on the quayside.", "community event", when=("2026-03-02", "2026-03-27"))
F("Mayfly box sorted for the season. Counting the days.", "hobby, personal account", who="@racefly_rob")
F("Frost on the water meadows this morning and a heron that wouldn't budge. Best office in the world.", "hobby, personal account", who="@racefly_rob")
F("Four degrees, flat calm, sunrise over the North Sea. Dippers, you were magnificent.", "hobby, personal account", who="@sandsea_sandra_swims")
F("New changing robe arrived. I look like a blue duvet with legs. Zero regrets.", "hobby, personal account", who="@sandsea_sandra_swims")
F("Grand turnout at the Carlthorpe coffee morning for the church roof. £640 and a mountain of scones.", "community event")

# =============================================================================================
# Assignment: authors, timestamps, platforms, ids
# =============================================================================================
LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}
PLATFORM_WEIGHTS = [("x", 45), ("facebook", 37), ("bluesky", 18)]


def load_meetings():
    out = []
    for line in (HERE / "meetings.csv").read_text().splitlines()[1:]:
        title, start, end = line.rsplit(",", 2)
        out.append((dt.datetime.fromisoformat(start), dt.datetime.fromisoformat(end)))
    return out


MEETINGS = load_meetings()


def names_in(text):
    """Handles of councillors whom the text names by first name, surname or handle."""
    hit = set()
    for h, (name, *_r) in ROSTER.items():
        first, last = name.split()[0], name.split()[-1]
        if re.search(r"\b(%s|%s)\b" % (re.escape(first), re.escape(last)), text) or h in text:
            hit.add(h)
    for p, h in PERSONAL.items():
        if p in text:
            hit.add(h)
    return hit


def pool_for(row):
    spec = row["who"].split()
    explicit = [t for t in spec if t.startswith("@") and not t.startswith("-")]
    if explicit:
        return sorted(explicit), True
    pool = set(MAIN)
    for t in spec:
        if t.startswith("-@"):
            pool.discard(t[1:])
        elif t.startswith("-"):
            pool = {h for h in pool if t[1:] not in tags_of(h)}
        else:
            pool = {h for h in pool if t in tags_of(h)}
    text = row["text"]
    pool -= names_in(text)
    for h, rx in ROLE_WORDS.items():
        if re.search(rx, text):
            pool.discard(h)
    for h, rx in INTEREST_TOPICS.items():
        if re.search(rx, text, flags=0 if r"\bTRA\b" in rx else re.I):
            pool.discard(h)
    sex = row["sex"] or ("m" if re.search(MALE, text) else "f" if re.search(FEMALE, text) else None)
    if sex:
        pool = {h for h in pool if ROSTER[h][3] == sex}
    return sorted(pool), False


def in_meeting(ts):
    return any(s <= ts < e for s, e in MEETINGS)


def pick_time(rng, when):
    if when is None:
        lo, hi = START, END
    elif isinstance(when, str):
        lo = hi = dt.date.fromisoformat(when)
    else:
        lo, hi = dt.date.fromisoformat(when[0]), dt.date.fromisoformat(when[1])
    days = [lo + dt.timedelta(d) for d in range((hi - lo).days + 1)]
    days = [d for d in days if d.weekday() < 5 and START <= d <= END]
    assert days, when
    while True:
        d = rng.choice(days)
        ts = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59),
                         rng.randint(0, 59), tzinfo=dt.timezone.utc)
        if not in_meeting(ts):
            return ts


def pick_platform(rng, text):
    fits = [(p, w) for p, w in PLATFORM_WEIGHTS if len(text) <= LIMITS[p]]
    total = sum(w for _, w in fits)
    r = rng.uniform(0, total)
    for p, w in fits:
        r -= w
        if r <= 0:
            return p
    return fits[-1][0]


def build():
    rng = random.Random(SEED)
    used = {h: 0 for h in list(MAIN) + list(PERSONAL)}
    out = []
    for row in ROWS:
        pool, _hand = pool_for(row)
        assert pool, ("no plausible author", row["text"][:60])
        least = min(used[h] for h in pool)
        author = rng.choice([h for h in pool if used[h] == least])
        used[author] += 1
        ts = pick_time(rng, row["when"])
        rec = {
            "id": None,
            "text": row["text"],
            "author": author,
            "created_at": ts.isoformat(),
            "platform": pick_platform(rng, row["text"]),
            "account": "personal" if author in PERSONAL else "councillor",
            "kind": "post",
            "expect": {"rules": row["rules"], "allowed": row["allow"], "verdict": row["verdict"]},
            "family": row["family"],
            "kind_of_row": row["kind"],
        }
        if row["kind"] == "hard_negative":
            rec["near_miss_of"] = row["family"]
        if row["interest"]:
            rec["interest"] = row["interest"]
        rec["note"] = row["note"]
        out.append(rec)
    rng.shuffle(out)
    for i, rec in enumerate(out, 1):
        rec["id"] = "B134-%04d" % i
    with open(HERE / "posts.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    rows = build()
    print("wrote %d posts to posts.jsonl" % len(rows))
