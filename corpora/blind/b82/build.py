"""Blind set b82: Sallowmead District Council (Somerset Levels), twelve single-post rules.

Hand-written rows plus a deterministic script (seed 8282) that shuffles the rows, gives ids
b82-NNN, picks authors, platforms and timestamps, and writes posts.jsonl next to this file.
Running it again gives the same file.
"""
import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 8282

OFF = "officers.impartiality"
RES = "resources.political-use"
POS = "position.improper-advantage"
GIF = "gifts.hospitality"
CAP = "capacity.council-voice"
INS = "confidentiality.insider-advantage"
PRE = "predetermination.closed-mind"
DEC = "interests.declared-interest"
DAT = "data-protection.personal-data"
SEC = "security.credentials"
DIS = "confidentiality.disclosure"
TON = "tone.irony-risk"
PA = "respect.personal-attack"
DEF = "defamation.allegation"
BUL = "bullying.intimidation"
EQ = "equality.discrimination"
HASTE = "haste.pause-before-posting"

# handle -> (name, party, ward, roles)
COUNCILLORS = {
    "@RosCoombesLA": ("Rosalind Coombes", "LA", "Sallowmead Abbey", {"leader", "cabinet"}),
    "@DerekVowlesLA": ("Derek Vowles", "LA", "Sallowmead Abbey", {"cabinet", "licensing"}),
    "@TrisHembrow": ("Tristan Hembrow", "LA", "Knapmoor and Peatholme", {"cabinet"}),
    "@JanParfittRX": ("Janet Parfitt", "LA", "Rhyne Cross", {"cabinet"}),
    "@GlenysChubbChair": ("Glenys Chubb", "LA", "Withy End and the Droves", {"chairman", "licensing"}),
    "@ColinDurstonLA": ("Colin Durston", "LA", "Merrow Batch and Cressmoor", {"planning"}),
    "@KellyBurgeLA": ("Kelly Burge", "LA", "Wendbridge Town", {"planning", "licensing"}),
    "@SunitaKhatriWD": ("Sunita Khatri", "WD", "Sallowmead Northfield", {"licensing"}),
    "@OwenPitmanWD": ("Owen Pitman", "WD", "Sallowmead Northfield", {"planning", "licensing"}),
    "@BethanHooperWD": ("Bethan Hooper", "WD", "Wendbridge Quay", set()),
    "@GazNorrisWD": ("Gareth Norris", "WD", "Wendbridge Town", {"planning"}),
    "@TamsinRoperGreen": ("Tamsin Roper", "MG", "Knapmoor and Peatholme", {"planning"}),
    "@JonahAshwellGM": ("Jonah Ashwell", "MG", "Rhyne Cross", {"licensing"}),
    "@AlanSparkesTMI": ("Alan Sparkes", "TMI", "Merrow Batch and Cressmoor", {"planning"}),
    "@BevDampierTMI": ("Bev Dampier", "TMI", "Wendbridge Quay", {"planning", "licensing"}),
    "@RogerBrimble": ("Roger Brimble", "IND", "Withy End and the Droves", {"planning"}),
}
PERSONAL = {"@kelly_wassails": "@KellyBurgeLA", "@roger_withies": "@RogerBrimble"}
SELF = "@BethanHooperWD"
NICKNAMES = {"@RosCoombesLA": ["Ros"], "@BevDampierTMI": ["Beverley"], "@GazNorrisWD": ["Gaz"],
             "@JanParfittRX": ["Jan"], "@DerekVowlesLA": ["Del"]}

# interest -> (holder handle, words that show a post touches the body or its council matter)
INTERESTS = {
    "Vowles Agricultural Supplies Ltd": ("@DerekVowlesLA", ["Vowles Agricultural", "farm support scheme", "merchants"]),
    "Lower Wend Internal Drainage Board": ("@TrisHembrow", ["Drainage Board", "drainage board"]),
    "Sallowmead Cider Co-operative": ("@KellyBurgeLA", ["Cider Co-op", "cider co-op", "market pitch"]),
    "Wendbridge Rowing Club": ("@BethanHooperWD", ["Rowing Club", "rowing club", "boathouse"]),
    "Brimble Withies": ("@RogerBrimble", ["Brimble Withies", "willow flood-barrier", "local willow"]),
    "Knapmoor Community Land Trust": ("@TamsinRoperGreen", ["Land Trust", "CLT", "empty homes fund"]),
    "Cressmoor Angling Association": ("@ColinDurstonLA", ["Angling", "fishing permit"]),
    "Sparkes & Son Estate Agents": ("@AlanSparkesTMI", ["Sparkes & Son", "surplus houses", "estate agent"]),
    "Levels Food Bank": ("@JonahAshwellGM", ["Food Bank", "food bank", "crisis support"]),
    "Northfield Youth Hub": ("@SunitaKhatriWD", ["Youth Hub", "youth fund"]),
    "Land at Parfitt's Farm, Rhyne Cross": ("@JanParfittRX", ["Parfitt's Farm", "flood storage", "grazing licence"]),
}

# A post that names a party must say who may write it (party:X, not:X, opp, admin or any).
PARTY_WORDS = {
    "LA": r"Levels Alliance|LevelsAlliance",
    "WD": r"Wessex Dem",
    "MG": r"Moorland Greens|\bthe Greens\b|Green Party|Green councillors|Green candidates|Green leaflets|Greens'",
    "TMI": r"Independents|Town & Moor",
}

ROWS = []


def _row(kind, family, text, rules, allowed, verdict, note, **kw):
    ROWS.append(dict(kind_of_row=kind, family=family, text=text, rules=list(rules),
                     allowed=list(allowed), verdict=verdict, note=note, **kw))


def P(rule, verdict, text, also=(), allowed=(), note="", **kw):
    """A positive: expects its family rule (and any in `also`)."""
    _row("positive", rule, text, [rule, *also], allowed, verdict, note, **kw)


def N(rule, text, allowed=(), note="", **kw):
    """A hard negative: near miss of `rule`, expects nothing, verdict ok."""
    _row("hard_negative", rule, text, [], allowed, "ok", note, near_miss_of=rule, **kw)


def F(text, note="", **kw):
    """A filler: ordinary councillor post, nothing expected or allowed."""
    _row("filler", "filler", text, [], [], "ok", note, **kw)


# ---------------------------------------------------------------- officers.impartiality
P(OFF, "review", "Stuart Pocock's report on the Drove Lane houses reads like Moorgate Homes wrote it theirselves. Head of Planning? Head of Rubber Stamps more like. Knapmoor deserves better than that.",
  allowed=[PA, DEF], note="named Head of Planning, neutrality questioned; no settled view on the application itself")
P(OFF, "review", "Had a proper chat with the case officer for the creamery flats today. Told her straight: change that recommendation or Wendbridge will know whose name is on it. Job done I reckon.",
  allowed=[BUL], note="pressing an officer to change a recommendation, with a veiled threat to name her")
P(OFF, "review", "Funny how Sharon Bisgrove in licensing always seems to find for the big pub chains and never the little cider houses. Just saying. Makes you wonder who she drinks with 🍺🤔",
  allowed=[DEF], note="innuendo about a named officer's neutrality")
P(OFF, "review", "Dear planning department: your flood risk lot have clearly never stood in a field on Knapmoor in February. Kathryn Sully wants to get her wellies on before she tells us it's 'low risk'. Ridiculous.",
  note="named officer's advice publicly rubbished")
P(OFF, "review", "The Monitoring Officer is supposed to be neutral. Nigel Ruddock has spent two years protecting the Leader and hounding the opposition. Time somebody said it out loud.",
  allowed=[DEF], who="opp", note="MO's neutrality questioned in public")
P(OFF, "review", "I've asked Hannah Yeandle three times now to rewrite the risk section of the budget report so it don't give the cabinet cover. She won't. So I'm asking in public: Hannah, redo it.",
  who="opp", note="pressing the s151 officer to change a report")
P(OFF, "review", "Whoever wrote the flood bit of the Glebe Field report ought to be ashamed. Half of Withy End could've told 'ee that field's a gert puddle every winter. Lazy work from the planning officer, and we all know it.",
  note="officer (by role) criticised; no settled view on the application")
P(OFF, "review", "Not being funny but our new Chief Exec is the Leader's poodle. Every report that comes out of Philippa Laver's office has the Leader's fingerprints all over it.",
  allowed=[PA], who="opp", note="Chief Executive's neutrality questioned, with an insult")
P(OFF, "review", "Told the drainage engineers this morning that unless they change their advice on the Rhyne Cross culvert before cabinet, I'll be taking it to the papers with their names on. Dreckly won't cut it this time.",
  allowed=[BUL], note="pressing officers to change advice under threat of naming")
P(OFF, "review", "Luke in planning enforcement is either asleep or on the take. Three complaints about that yard on Peat Lane and nothing. Which is it, Luke?",
  allowed=[DEF, PA], note="named enforcement officer, corruption innuendo")
P(OFF, "review", "Officers are meant to serve all councillors the same. Ours don't. Tom Escott's comms team puts out every cabinet puff piece going and sits on anything the opposition sends. Political, plain and simple.",
  who="opp", note="named Head of Comms accused of political bias")
P(OFF, "review", "Wouldn't trust the licensing officer's report on late hours as far as I could throw it. She's never once been out to Rhyne Cross on a Saturday night. Go an' see for yourself, maid, then write it.",
  note="officer by role, report's neutrality dismissed")
P(OFF, "review", "If Amara Osei can't see that 40 flats in the flood plain at Wendbridge is madness, maybe she's in the wrong job. There, I said it.",
  allowed=[PRE, PA], note="named senior planner; the creamery scheme is pending so predetermination is allowed")
P(OFF, "review", "Somebody needs to remind Environmental Health they work for residents, not for Dave Hurford's golf mates. Rats in the Abbey Street bins six weeks and not a dicky bird.",
  allowed=[DEF], note="named Head of Environmental Services, favouritism innuendo")
P(OFF, "review", "I'm formally asking the Head of Planning to withdraw his recommendation on the Hurn Farm panels and write it again. If he won't, I'll ask at full council in front of the cameras. Your move, Stuart.",
  note="public pressure on an officer to change advice; no view on the scheme stated")
P(OFF, "review", "Gert lush report from officers on the bus subsidy 👏 Shame whoever wrote it was clearly told what answer to come up with first. Mind, we all know who holds the pen in that building 🙄",
  allowed=[TON], note="officers' neutrality questioned with sarcasm")
P(OFF, "review", "Question for our s151 officer: why did the revised figures only appear after the Leader's office had seen them? Either the numbers changed or the officer did. Hannah Yeandle owes Sallowmead an answer.",
  who="opp", note="named s151 officer, neutrality questioned")
P(OFF, "review", "The council's so-called 'independent' conservation officer has been dead against the barn weddings from day one. Not very independent, is it? Should be took off the case.",
  note="officer by role, bias alleged, asks for removal")
P(OFF, "review", "Kathryn Sully told us the Peatholme pumps would cope. They didn't. And now the same officer's writing the review of why they didn't. You couldn't make it up.",
  note="named officer, her fitness to review her own advice questioned")
P(OFF, "review", "Rang the licensing office four times about the quay late bar. Sharon finally rang back with the usual flannel. Some officers up there need reminding who they answer to: us.",
  note="named licensing manager, pressure on officers")

N(OFF, "Huge thanks to Kathryn Sully and the flood team, out till gone midnight at Peatholme pumping station. Proper job, all of 'ee.",
  allowed=[OFF], note="praise for a named officer")
N(OFF, "The planning report on Drove Lane says the drainage is acceptable. I think the cabinet's whole housing strategy is wrong-headed and I'll be saying so at full council.",
  who="opp", note="criticism of cabinet policy, not of officers")
N(OFF, "Officers have done what they were asked. It's the cabinet's decision to close Withy End library that's the scandal, and the cabinet should own it, not hide behind staff.",
  who="opp")
N(OFF, "Welcome to Philippa Laver, our new Chief Executive, who started on Monday. Took her round Wendbridge Quay this morning and she asked all the right questions. Good luck, my lover!",
  allowed=[OFF], when=("01-06", "01-09"), note="welcome to a named officer")
N(OFF, "Question for the Environment Agency: why were the Knapmoor pumps switched off for 'maintenance' in January? Not good enough. Sort yourselves out.",
  when=("02-02", "03-27"), note="criticism of another public body, not council officers")
N(OFF, "Asked officers for a briefing on the Rhyne Cross culvert and had one within two days. Still think the cabinet's picked the cheap option, mind, and I'll be calling it in.",
  allowed=[OFF], who="opp")
N(OFF, "The Monitoring Officer's advice is that I shouldn't speak on Glebe Field because of where I live. Fair enough. I'll be sitting in the public gallery instead.",
  allowed=[OFF, PRE], note="accepting an officer's advice")
N(OFF, "Budget report is out. The officers' numbers are clear as day: the Levels Alliance has run the reserves down to the bone. That's a political choice, and it's theirs.",
  who="opp")
N(OFF, "Shout out to Luke Woodland in planning who came out to Merrow Batch in the sleet to look at a collapsed garden wall. Above and beyond.",
  allowed=[OFF])
N(OFF, "Our licensing officers are some of the best in the county. The Drovers Arms decision will be made by the committee, on the evidence, and that's how it should be.",
  allowed=[OFF, PRE])
N(OFF, "Gert big thank you to the bin crews who got round Withy End after the floods. Bins ain't glamorous, but them boys and girls are heroes.")
N(OFF, "I'm not having a go at staff: they've been cut to the bone by this administration. Planning's down six posts since 2023. That's why your application takes months.",
  allowed=[OFF], who="opp")
N(OFF, "Asked the Head of Planning at committee why the Hurn Farm report doesn't mention glare on the main road. He explained. I'll weigh that up with everything else on the night.",
  allowed=[OFF, PRE])
N(OFF, "Sallowmead Abbey ward update: the council's drainage engineers have been out on Abbey Street. Gully cleared, photos below. Report any more blocked drains on the council website.",
  who="ward:Sallowmead Abbey")
N(OFF, "Officers' advice on the Tithe Barn is on the planning portal for anyone to read. Have a read, make your own minds up, and get your comments in by the 20th.")
N(OFF, "Cabinet member Tristan Hembrow has had two years to fix the flood plan. Two years. Still nothing. That's his job, not the officers'.",
  who="opp", note="robust criticism of a cabinet member's record")
N(OFF, "Had a right old ding-dong with the Leader about the bus cuts at scrutiny. Officers kept their heads down, quite right too. It's us lot who should be arguing.",
  who="opp")
N(OFF, "Long-service awards today: Dave Hurford, 30 years with the council, started as a lad on the bins in Wendbridge. Legend 🎉",
  allowed=[OFF])
N(OFF, "Reminder: council officers can't take sides in the election. If you want a political answer, ask me, not them. Happy to talk any time at my surgery.")
N(OFF, "The Planning Inspector's report on the Local Plan has come out against the Levels Alliance's pet site at Northfield. Not the officers' fault: it was a bad site from the start.",
  allowed=[OFF], who="opp", note="the Planning Inspector is not a council officer")

# ---------------------------------------------------------------- resources.political-use
P(RES, "review", "Levels Alliance volunteers: the May leaflets are in the members' room at the council offices, help yourselves. Ran them off on the big copier this morning 😉",
  who="party:LA", note="party leaflets printed on council equipment, stored in council offices")
P(RES, "review", "Want to join the Wessex Democrats campaign team for May? Drop me a line on my council email and I'll put you on the rota.",
  who="party:WD", note="council email for party recruitment")
P(RES, "review", "Out round Knapmoor with the Greens' clipboards Saturday in the council pool car. Shout if you want a lift, room for three!",
  who="party:MG", note="council pool car for canvassing")
P(RES, "review", "Got the council's graphics team to knock up our Town & Moor Independents flyer in their lunch hour. Bless 'em, looks proper smart.",
  who="party:TMI", note="council staff designing party material")
P(RES, "review", "Our new Levels Alliance newsletter is out! Stuck the district council crest on the front so folk know it's the real deal.",
  who="party:LA", note="council logo on party literature")
P(RES, "review", "Sorting the May canvass lists on the council laptop this afternoon. Anyone in Northfield who fancies a Wessex Democrats poster in the window, reply below.",
  who="party:WD,ward:Sallowmead Northfield", note="council laptop for party canvass data")
P(RES, "review", "Phone banking for the Greens Thursday from committee room 2. Booked it through members' services, teas provided 🌱",
  who="party:MG", note="council room booked for party phone bank")
P(RES, "review", "Thank you to the lovely lady in the council print room who ran off 2,000 of our campaign leaflets. Levels Alliance owes you a cream tea!",
  who="party:LA", note="council staff printing campaign leaflets")
P(RES, "review", "Town & Moor Independents campaign meeting: Wendbridge Quay ward office (council-funded, so it's warm for once), Thursday 6pm. All welcome.",
  who="party:TMI", note="council-funded office for a party meeting")
P(RES, "review", "Used the council's text alert list to let Withy End know my surgery on Saturday doubles as my campaign launch. Two birds, one stone.",
  who="ward:Withy End and the Droves", note="council alert system for campaigning")
P(RES, "review", "Vote Wessex Democrats on 7 May! Any questions, ring me on my council mobile, that's what it's for 📱",
  who="party:WD", note="council phone for campaigning")
P(RES, "review", "The Levels Alliance record on flooding, in one handy leaflet. The council's comms team helped us with the wording and the photos. Cheers Tom!",
  who="party:LA", allowed=[OFF], note="council communications staff on party leaflet")
P(RES, "review", "Dropped Green leaflets round Peatholme on the way to the council site visit. Mileage claim covers it, so no excuse not to!",
  who="party:MG", note="council mileage claim covering leafleting")
P(RES, "review", "Petition to save the Wendbridge buses from us Wessex Dems: sign at the link, and I'll send your details across from the council casework system to our campaign team.",
  who="party:WD", allowed=[DAT], note="council casework data to the party")
P(RES, "review", "Our Independents' page now links straight to my council profile, and I've put the party donations button on there too. Every little helps.",
  who="party:TMI", note="party fundraising on council web profile")
P(RES, "review", "Got the council's drone lads to fly over Drove Lane for our campaign video. Looks gert lush from up there. Vote Levels Alliance 🗳️",
  who="party:LA", note="council drone for party video")
P(RES, "review", "Our manifesto draft is going round the cabinet office PAs for a proof-read before Friday. They're quicker than we are 😂 #LevelsAlliance",
  who="party:LA", note="council staff proof-reading a manifesto")
P(RES, "review", "Tip for fellow Green candidates: the franking machine in the council post room does the lot if you get in before 9.",
  who="party:MG", note="council post room for party mail")
P(RES, "review", "Campaign stall at the Sallowmead Abbey farmers' market Saturday! We've got the council's gazebo and banners, just with our rosettes on. Levels Alliance, working for you.",
  who="party:LA", note="council gazebo and banners at a party stall")
P(RES, "review", "Reply with your postcode and I'll check the council casework database to see if you've had a Wessex Democrats leaflet yet.",
  who="party:WD", allowed=[DAT], note="council database for party delivery checks")

N(RES, "Surgery this Saturday at Wendbridge Quay library, 10 till 12. Council business only: bring your bin, pothole and planning woes.",
  who="ward:Wendbridge Quay")
N(RES, "Out leafleting for the Wessex Democrats in Northfield today. Paid for by the local party, printed at Quayside Print. Proper mizzle, but spirits high.",
  who="party:WD", allowed=[RES])
N(RES, "Reminder to all candidates: council email, offices and printers are off-limits for campaigning. Use your own kit. Levels Alliance will be doing it all by the book.",
  who="party:LA", allowed=[RES])
N(RES, "Green leaflets now folded on my kitchen table. Cost us £148 and three pots of tea. Nothing from the council's budget, before anyone asks 😄",
  who="party:MG")
N(RES, "Borrowed the council gazebo for the Withy End flood fair. It's a council event with council officers giving advice, so no rosettes. See you there.",
  allowed=[RES])
N(RES, "Members' room was rammed today: budget briefing for all groups. Good cross-party natter over the custard creams.")
N(RES, "My council email is for casework. If you want to help with my campaign, message the party page instead: Town & Moor Independents.",
  who="party:TMI", allowed=[RES])
N(RES, "Levels Alliance canvassing in Rhyne Cross this weekend. Meet by the chapel, 10am. Bring wellies, the droves are proper claggy.",
  who="party:LA")
N(RES, "The council's new laptops arrived for all councillors today. Finally I can open the flood maps without the thing wheezing like an old tractor.")
N(RES, "Campaign video filmed on my own phone on the river wall at Wendbridge. No drone, no council kit, just me and a bitter wind. #WessexDems",
  who="party:WD", allowed=[RES])
N(RES, "Used the council's flood-alert text service to check Mum's house was signed up. Takes two minutes. Do it for yours.")
N(RES, "Party political broadcast? No thanks. This is a council update: grit bins on Cressmoor Hill refilled today. Anything else, let me know.")
N(RES, "Our Moorland Greens newsletter goes out this week, printed by a co-op in Bristol on recycled paper. Designed by volunteers, paid for by members.",
  who="party:MG")
N(RES, "Booked Sallowmead Town Hall for the Levels Alliance hustings: private hire, full rate, invoice paid by the local party.",
  who="party:LA", allowed=[RES])
N(RES, "Council staff are doing a cracking job on the flood recovery grants. Whatever side you're on, give them some credit.")
N(RES, "Question to the Leader at council: why did cabinet press releases go out from the council's account the week before the last election? Pre-election rules are there for a reason.",
  who="opp", allowed=[RES])
N(RES, "Knocked 200 doors for the Independents in Cressmoor this week, all in my own time and my own diesel. Folk are fed up with the bus cuts.",
  who="party:TMI")
N(RES, "New ward newsletter, paid out of my own pocket: no party logo, no council logo, just the facts on the flood grants. Out this week.")
N(RES, "Members' IT training this morning. Lesson one: don't forward council emails to your personal account. Lesson two: don't forward them to your party either.",
  allowed=[RES])
N(RES, "Election season: I'm stepping back from co-hosting the council's Facebook live sessions till after 7 May so nobody can say I'm mixing the two.",
  allowed=[RES, CAP])

# ---------------------------------------------------------------- position.improper-advantage
P(POS, "review", "Any Knapmoor folk with a planning application stuck in the system, message me. As your councillor I can get it moved up the pile. I know who to nudge.",
  who="ward:Knapmoor and Peatholme", note="offers to jump the planning queue")
P(POS, "review", "My cousin's drainage firm does a lovely job on rhynes and ditches. If you're after a council ditch-clearing grant, use them and mention my name at the office. Goes through quicker.",
  note="family firm plus 'mention my name'")
P(POS, "review", "Licensing giving you grief over your cider bar? Come and see me. A word in the right ear and it'll sail through. Always does.",
  note="offers influence over licensing")
P(POS, "review", "Quay businesses: sponsor our Wessex Dems summer fete and I'll make sure your name's top of the list when the quayside stall licences come round.",
  who="party:WD", note="favour in return for party sponsorship")
P(POS, "review", "Waiting on a council house swap? Our daughter works in housing. Send me your details and I'll see what strings can be pulled 😉",
  note="family member in housing, strings pulled")
P(POS, "review", "Proud to say I've joined the board of Levelgrove Builders. Any landowners thinking of putting land forward for the Local Plan, they're the people to talk to, and you'll have a friend on the council too.",
  note="promoting a firm the councillor is connected to, with council influence")
P(POS, "review", "If you're after a business rates discount, ring me first. I sit on the relief panel and I look after my own.",
  note="'I look after my own' on a decision panel")
P(POS, "review", "Wend Street traders: I can get the parking wardens to ease off outside your shop for a month or two. Just give us a shout, and a bit of support in May 🗳️",
  note="enforcement favour for electoral support")
P(POS, "review", "My wife's catering firm would love to do the council's civic dinner again this year. I've put a word in, as you'd expect. Best cider-braised ham in Somerset!",
  note="spouse's firm and a word put in")
P(POS, "review", "Got a flood grant form going in? Put 'referred by Cllr' at the top and I'll make sure it lands on the right desk first.",
  note="grant queue-jumping")
P(POS, "review", "Pleased to say my nephew's landscaping firm has won the Abbey Meadow grounds contract. Put in a good word with the procurement lads. Family first!",
  note="family firm and influence on procurement")
P(POS, "review", "I'll be straight with you: if you want your allotment application to jump the waiting list, being a member of the Levels Alliance won't hurt. Forms at the Drovers on Friday.",
  who="party:LA", note="council allotments used as a party favour")
P(POS, "review", "Taxi licence renewal due before Easter? Levels Cabs, that's my brother's firm, can help with the paperwork, and I'll have a word at the licensing desk for you.",
  note="brother's firm and a word at licensing")
P(POS, "review", "Trying to get a dropped kerb approved? Happy to help. I'm on the highways panel and the officers owe me a favour or two after last winter.",
  allowed=[OFF], note="favours owed by officers")
P(POS, "review", "Anyone buying in Cressmoor should use Sparkes & Son. Not just because I'm a partner, but because we know what's coming through planning before anybody else does 😉",
  by="@AlanSparkesTMI", allowed=[INS, DEC], note="promoting own firm with insider knowledge from the role")
P(POS, "review", "If the council's dragging its feet on your housing repair, message me and I'll go straight to the top. Perks of being a cabinet member's mate.",
  who="admin", note="influence through the role")
P(POS, "review", "All you farmers on the moors: if you want your ditch-clearing consent sorted quick, talk to me first. I'll see you right with the council side.",
  note="'I'll see you right'")
P(POS, "review", "Cressmoor Angling Association has a few memberships left. Join up and I'll make sure the council's lake permits come your way first.",
  by="@ColinDurstonLA", allowed=[DEC], note="his own association and council permits")
P(POS, "review", "Opening a café on the quay? Pop in and see me before your food hygiene inspection. I'll tell you which inspector's the soft touch and get you booked in with them.",
  allowed=[OFF], note="steering an inspection to a lenient officer")
P(POS, "review", "Got a parking ticket off the council you reckon's unfair? DM me the reference and I'll get it quietly cancelled. One of the perks of voting for me.",
  note="cancelling fines as a favour")

N(POS, "As your councillor I can't fast-track anyone's planning application, and nor should I. What I can do is explain how it works. Surgery Saturday at Knapmoor village hall.",
  who="ward:Knapmoor and Peatholme", allowed=[POS])
N(POS, "Shop local this weekend! Wendbridge Quay's got the best butcher, baker and cheesemonger on the Levels, and they need us after the floods.")
N(POS, "Got a flood grant query? Point folk to the council website or the flood helpline. Applications are dealt with in the order they come in, whoever you know.")
N(POS, "Declaration: my cousin runs a drainage contractor that's bidding for the rhyne-clearing work. I've told the Monitoring Officer and I'll have nothing to do with it.",
  allowed=[POS, DEC])
N(POS, "As your councillor I chased the Abbey Street drain with highways and it's booked in for next week. That's what you elect us for.",
  allowed=[POS])
N(POS, "Congratulations to Levelgrove Builders on 50 years in Sallowmead. No connection to me, I just like a good local success story.")
N(POS, "Casework tip: put your council reference at the top of any email to me so I can chase it properly. I can't jump queues, but I can make sure you're not forgotten.",
  allowed=[POS])
N(POS, "Somebody asked if I could 'have a word' about their licence. No. Licensing is decided by the committee on the evidence. But I'll gladly show you how to support or object.",
  allowed=[POS])
N(POS, "Small Business Saturday on the quay. Went round all 23 shops and bought something in each. Wallet's now gert empty. Support local!")
N(POS, "If you're on the housing list and struggling, come and see me and I'll make sure your case is properly heard. Same rules for everyone, mind.",
  allowed=[POS])
N(POS, "The civic dinner catering went out to tender and a Wendbridge firm won it on price and quality. Good to see local folk winning.")
N(POS, "Anyone know a good drainage man for my own back garden? Lawn's like a paddy field. Not council work, just me and my soggy grass 😂")
N(POS, "Allotment waiting list in Sallowmead is two years. Not acceptable. I'm asking cabinet to open the old Abbey Meadow plots, for everyone on the list, in order.")
N(POS, "Having a word in the right ear is how the old council did things. Not on my watch. Every application, every grant, judged on its merits.",
  allowed=[POS])
N(POS, "Shout out to the new café on Wend Street. Nothing to do with me or the council, just proper good cake. Try the apple cake 🍎")
N(POS, "Yes, I'm on the licensing committee. No, I can't tell you how your taxi renewal will go. The guidance on what you need is on the council website.",
  who="role:licensing", allowed=[POS])
N(POS, "Proud mum moment: our boy's finished his plumbing apprenticeship with a firm in Wendbridge. Not council business, just bursting!")
N(POS, "Landowners: if you want to put land forward for the Local Plan, the call for sites closes on 27 February. Forms on the council website. Everyone gets the same form.",
  when=("01-05", "02-26"))
N(POS, "The rates relief panel met today. I said I know two of the applicants and left the room for those items. That's how it works.",
  allowed=[POS, DEC])
N(POS, "Fed up with parking tickets on Wend Street? So am I. I'm asking for a loading bay review for all the traders, not favours for a few.")

# ---------------------------------------------------------------- gifts.hospitality
P(GIF, "review", "Lovely lunch at the Abbey Hotel courtesy of Moorgate Homes. Great to hear their vision for Knapmoor over a glass or two 🥂",
  note="hospitality from a pending applicant (Drove Lane)")
P(GIF, "review", "Cheers to the landlord at the Drovers Arms for the case of his best scrumpy. Proper Somerset hospitality, that.",
  note="gift from a pending licence applicant")
P(GIF, "review", "Thanks to Quayline Living for the hospitality box at the rugby on Saturday. Smashing seats, and a good chat about their plans for the old creamery 🏉",
  note="hospitality from a pending applicant (creamery)")
P(GIF, "review", "Dinner on Levelsun Energy last night. Learnt a lot about solar panels and even more about their wine list 😂",
  note="dinner from the Hurn Farm applicant")
P(GIF, "review", "Moorview Parks sent round a Christmas hamper: cheddar, chutney, cider, the lot. Bit late but very welcome!",
  when=("01-05", "01-09"), note="gift from the Cressmoor Lakes applicant")
P(GIF, "review", "Grateful to Stonewell Homes for the weekend at their show village in the Cotswolds. Lovely spot. Back to the mud of Withy End now!",
  note="trip from the Glebe Field applicant")
P(GIF, "review", "Big thanks to Orchard Gate Events for the VIP passes to their cider festival. Can't wait!",
  note="gift from a pending licence applicant")
P(GIF, "review", "The waste contractor took us cabinet members out for a curry to say thanks for renewing their contract. Decent of them.",
  who="cabinet", note="hospitality from a council contractor")
P(GIF, "review", "Lovely bottle of single malt from the lads at Hurnmoor Surfacing, who did the Abbey Street resurfacing for us. Nice touch, that.",
  note="gift from a council contractor")
P(GIF, "review", "Two passes to the Levels Food Show from Greenacre Bioenergy, the people behind the digester at Sedge Farm. Looking forward to it.",
  note="gift from a pending applicant")
P(GIF, "review", "A gert big thank you to Wendbridge Taxis for the free rides home after council meetings all winter. Least they could do after I fought their corner on the licence fees!",
  note="hospitality from a taxi firm helped on licensing")
P(GIF, "review", "Thanks to the Eel & Anchor for the slap-up meal on the house. Very happy to be backing their late licence.",
  allowed=[PRE], note="meal from a pending licence applicant, with support stated")
P(GIF, "review", "Back from two days in the Netherlands looking at polder pumps, paid for by the firm pitching to run our pumping stations. Amazing engineering.",
  note="trip paid for by a bidder")
P(GIF, "review", "The firm bidding for the leisure centre contract sent round a gorgeous hamper. Sharing the Stilton with the family!",
  when=("01-05", "01-09"), note="gift from a bidder")
P(GIF, "advice", "Thank you Sallowmead Chamber of Trade for the fab dinner last night. Great speeches, better puddings 🍮",
  note="hospitality, no decision sought")
P(GIF, "advice", "Somebody left a bottle of very nice port on my doorstep with a card saying 'keep up the good work'. No name. Cheers, mystery fan!",
  note="anonymous gift")
P(GIF, "advice", "Treated to a day at the races by a local businessman who says he likes what I'm doing for the moors. What a day!",
  note="hospitality; no decision said to be sought")
P(GIF, "advice", "The Rotary lads paid for my round at Knapmoor golf club. Lost four balls in the rhyne. Worth it.",
  note="hospitality, no decision sought")
P(GIF, "advice", "Given a beautiful hand-woven willow log basket by a constituent I helped with a boundary dispute. Too kind! Must be worth a fair bit.",
  note="gift from a constituent after casework")
P(GIF, "advice", "Year's pass to the Levels Spa, courtesy of the owners. Not sure what I did to deserve it, but my back ain't complaining.",
  note="valuable gift, no decision sought")

N(GIF, "Moorgate Homes offered to take me to lunch to talk about Drove Lane. I said no thank you. Anything they want to tell me can go in writing to the planning team.",
  allowed=[GIF])
N(GIF, "Turned down a case of cider from a licence applicant today. Politely, mind. It's nothing personal, it's the rules.",
  allowed=[GIF])
N(GIF, "Registered the Chamber of Trade dinner with the Monitoring Officer this morning, well inside the 28 days. Good night it was too.",
  allowed=[GIF])
N(GIF, "Lovely cuppa and a slice of apple cake at the Peatholme WI coffee morning. Paid my £2 like everyone else ☕")
N(GIF, "Bought my own ticket for the cider festival. Yes, really. See you in August 🍏",
  allowed=[GIF])
N(GIF, "Sent back the hamper a contractor dropped at my house, with a polite note. The cheese looked gert lush, mind 😢",
  allowed=[GIF], when=("01-05", "01-16"))
N(GIF, "Gave the Withy End Scouts a tin of chocolates for helping with the sandbags. Least I could do.")
N(GIF, "Christmas presents from constituents: two jars of chutney, knitted socks, and a card from the kids at Cressmoor primary. All under a fiver, all treasured.",
  allowed=[GIF], when=("01-05", "01-09"))
N(GIF, "Paid my own way to see the Dutch pumping stations. If we're going to copy their kit we need to see it, but not on anybody else's tab.",
  allowed=[GIF])
N(GIF, "Thank you to everyone who came to the Levels Alliance fundraising supper. £1,240 raised for the May campaign.",
  who="party:LA")
N(GIF, "The council's register of gifts and hospitality is online. Anyone can look at what we've accepted. That's all transparency is.")
N(GIF, "Took Mum to Sunday lunch at the Abbey Hotel for her 80th. Best roast on the Levels.")
N(GIF, "Somebody asked if I'll be at the Levelsun Energy 'community dinner'. No. Not while their solar farm's waiting on a decision.",
  allowed=[GIF])
N(GIF, "Picked up a free pen and a tote bag at the farming show. I'll register it if it hits £100, which, being a biro, it won't 😂",
  allowed=[GIF])
N(GIF, "Grateful thanks to the folk on Wend Street who brought the flood volunteers bacon rolls and tea all morning. You're diamonds.")
N(GIF, "Lunch meeting with the Environment Agency about dredging the Wend: garage sandwiches, paid for by nobody in particular, about as exciting as it sounds.")
N(GIF, "The Drovers Arms let me use their skittle alley free for a flood meeting, so I've told the Monitoring Officer and I'll step out of their licensing hearing. Better safe.",
  who="role:licensing", allowed=[GIF, PRE])
N(GIF, "My register of interests now shows the two rugby tickets from the Chamber. Over £100, so in they went, well within the month.",
  allowed=[GIF])
N(GIF, "Handed the mystery bottle of port that turned up on my doorstep to the Withy End raffle. Whoever you are, you've helped the church roof!",
  allowed=[GIF])
N(GIF, "Supper with the Wessex Democrats group tonight, everyone paying their own. Cheap and cheerful: pasties all round.",
  who="party:WD")

# ---------------------------------------------------------------- capacity.council-voice
P(CAP, "review", "Sallowmead District Council is totally opposed to the new pylons across the moors. We'll fight them all the way.",
  who="notcab", note="personal view presented as the council's")
P(CAP, "review", "The council's right behind the wassail this year 🍎 That's official! Come and bang your pots in the Abbey orchard Saturday.",
  by="@kelly_wassails", when=("01-12", "01-16"), note="personal account claiming official backing")
P(CAP, "review", "On behalf of Sallowmead District Council I'd like to say the Moorland Greens' Rewild the Levels plan is exactly what we need.",
  who="party:MG", note="party plan endorsed 'on behalf of' the council")
P(CAP, "review", "Official council position: the Wessex Democrats' bus plan is the only one that adds up.",
  who="party:WD", note="party plan as official position")
P(CAP, "review", "The Council believes the Environment Agency has failed Peatholme, and we say so with one voice.",
  who="notcab", note="'the Council believes'")
P(CAP, "review", "Speaking for the council here: us withy growers have got your back. No new drainage rates on the droves, full stop.",
  by="@roger_withies", allowed=[DEC], note="personal account speaking for the council")
P(CAP, "review", "Sallowmead District Council stands with the farmers of the Levels against the water company's new abstraction charges. That's our official line.",
  who="notcab")
P(CAP, "review", "This is the council's view, plain and simple: the bypass must go north of Rhyne Cross. Tell your neighbours.",
  who="notcab,ward:Rhyne Cross")
P(CAP, "review", "As the voice of Sallowmead District Council on this, I can confirm we'll be backing the Town & Moor Independents' petition to save the cottage hospital.",
  who="party:TMI")
P(CAP, "review", "Sallowmead Council condemns the government's farm tax changes. Our farmers deserve better. #LevelsAlliance",
  who="party:LA,notcab", note="party hashtag on a council claim")
P(CAP, "review", "The official position of Sallowmead DC is that the Levels should have their own unitary council. Don't let anybody tell you different.",
  who="notcab")
P(CAP, "review", "Message from the council to the Wessex Democrats: stop scaremongering about the bins.",
  who="party:LA,notcab")
P(CAP, "review", "Council says: we're proud to endorse the Moorland Greens' peat-free pledge and we urge every garden centre on the Levels to sign it.",
  who="party:MG")
P(CAP, "review", "On behalf of everyone at the district council: Jeremy Vallis MP has let the Levels down on flood money.",
  who="opp,notcab")
P(CAP, "review", "We at Sallowmead District Council say no to the incinerator at the old brickworks. Sign our petition!",
  who="notcab", note="not a council decision; a county matter")
P(CAP, "review", "Official: the council backs Cllr Hooper's call for a freeze on the Wendbridge bridge toll.",
  who="party:WD", note="party colleague's call as council backing")
P(CAP, "review", "Sallowmead District Council wishes to make clear it does not support the Levels Alliance's cuts to the rural buses.",
  who="opp")
P(CAP, "review", "Speaking on behalf of Sallowmead District Council, we want the Chancellor to scrap the fuel duty rise. Country folk need their cars.",
  who="notcab")
P(CAP, "review", "The council position is that second-home owners in Wendbridge should pay triple council tax. I've said it, so that's that.",
  who="notcab")
P(CAP, "review", "The council's official response to the rail consultation: reopen Knapmoor station. Sorted. I wrote it myself on the kitchen table 😂",
  who="notcab")

N(CAP, "Full Council voted last night, 10 to 5, to oppose the new pylons across the moors. I voted for the motion, and here's why.",
  allowed=[CAP], when=("02-26", "02-26"))
N(CAP, "Wassail in the Abbey orchard Saturday! Bring your pots, pans and a bit of toast for the trees 🍎🍞",
  by="@kelly_wassails", when=("01-12", "01-16"))
N(CAP, "My personal view, not the council's: the Levels need their own unitary council. Happy to be argued with.",
  allowed=[CAP])
N(CAP, "The council's press release on the flood grants is here. Have a read, and ring the helpline if you think you're eligible.")
N(CAP, "Speaking for myself and the Moorland Greens: the peat-free pledge should be council policy. I'll be proposing it at the next meeting.",
  who="party:MG", allowed=[CAP])
N(CAP, "Wessex Democrats reckon our bus plan adds up. The cabinet disagrees. Let's have the debate in public.",
  who="party:WD")
N(CAP, "I'll be speaking for Wendbridge Quay residents at the water company inquiry. Not for the council, that's the Leader's job.",
  who="ward:Wendbridge Quay", allowed=[CAP])
N(CAP, "The council has a formal position on the incinerator: it objected in November and the objection's on the website. I agree with every word.",
  allowed=[CAP])
N(CAP, "Levels Alliance view: the government's farm tax changes are a disaster for the moors.",
  who="party:LA")
N(CAP, "The Leader has written to the Secretary of State on the council's behalf about flood funding. Good letter, that. Credit where it's due.",
  who="opp")
N(CAP, "Somebody asked 'is that the council's view?' No, it's mine. The council hasn't got a view on Knapmoor station yet. I'd like it to.",
  allowed=[CAP])
N(CAP, "Councillors don't speak for the council. Officers and the Leader do, once decisions are made. We speak for our wards and our parties. Worth remembering in election season.")
N(CAP, "Cabinet agreed last night to sign up to the Levels flood charter. That's now official council policy and I'm proud we got there.",
  who="cabinet", when=("03-05", "03-05"))
N(CAP, "I've signed the Independents' petition to save the cottage hospital. Personally, I think they've got it spot on.",
  who="not:TMI")
N(CAP, "The council's consulting on a second homes premium. My own view: triple it. Have your say by 13 March.",
  allowed=[CAP], when=("01-05", "03-12"))
N(CAP, "Our Chairman spoke for the whole council at the Holocaust Memorial Day service in Sallowmead Abbey this morning. Moving words.",
  who="notchair", when=("01-27", "01-27"))
N(CAP, "No, I'm not 'the council'. I'm one of sixteen and I get outvoted every other Wednesday 😂 My views are my own.",
  allowed=[CAP])
N(CAP, "Official results: Wendbridge in Bloom takes gold again! Cracking work by the volunteers.")
N(CAP, "The council's policy is to grit priority routes only. I think that's wrong for the droves and I'll say so at scrutiny.",
  when=("01-05", "03-11"))
N(CAP, "Sallowmead District Council is hiring lifeguards for the lido! Official job advert at the link. Spread the word.")

# ---------------------------------------------------------------- confidentiality.insider-advantage
P(INS, "review", "Word to the wise: if you've got land near the Knapmoor relief road route, hang on to it. Can't say why yet but you'll thank me come spring 😉",
  note="unannounced council plan used to advise landowners")
P(INS, "review", "Heads up to the builders out there: the council's about to put the rhyne-clearing contract out and the spec's already written. DM me and I'll tell you what they're after.",
  note="tender spec offered before publication")
P(INS, "review", "Don't renew your lease on the Wend Street units just yet. Rents are coming down in April, though you didn't hear it from me.",
  note="unannounced rent cut")
P(INS, "review", "If I were a betting woman I'd be buying up the old cottages on Peat Lane before the council's regeneration news breaks. Just saying.",
  note="buy before the council announces")
P(INS, "review", "Little birdie (me) says the farm diversification pot opens next month with twice the money of last year. Get your bids drafted now, before everyone else knows.",
  note="head start on a grant")
P(INS, "review", "Mate asked me which villages are getting the new flood banks. Told him to look at houses in Merrow Batch sharpish. Prices'll jump once it's announced.",
  note="property tip from unannounced flood scheme")
P(INS, "review", "Tip-off for Wendbridge café owners: the council's banning A-boards on the quay from May. Get your fixed signs ordered before the rush and before the price goes up.",
  note="unannounced ban used for a trade head start")
P(INS, "review", "Not public yet, but the Sallowmead car park charges are going up 50p in April. Might be worth getting your annual permit now at the old rate 😉",
  when=("01-05", "02-20"), note="before the budget papers")
P(INS, "review", "Any of my relatives reading this: don't sell the field behind the chapel. Just don't. All will become clear.",
  note="family advantage from council knowledge")
P(INS, "review", "Buy now before the council announces the Knapmoor station study. I've seen the papers. Prices in that village are about to go gert silly.",
  allowed=[DIS], note="'I've seen the papers' plus buy now")
P(INS, "review", "Farmers on the moors: the council's about to change the grazing terms on its land. Get your applications in this month at the current rates. Trust me.",
  note="head start on council land terms")
P(INS, "review", "Thinking of selling your business on the quay? Hang on till after the council's tourism grant is announced. It'll be worth a fair bit more then.",
  note="sale timing from unannounced grant")
P(INS, "review", "Heads up for landlords: the council's about to start licensing HMOs in Northfield. Not announced yet. Sort your paperwork, or sell up before it lands.",
  note="unannounced licensing scheme")
P(INS, "review", "Pal in the trade asked about the leisure centre refit. Told him to get his tender in early and price it round £1.8m. That's the budget, between us.",
  allowed=[DIS], note="budget figure passed to a bidder")
P(INS, "review", "My brother's eyeing a unit on the new business park. Told him to hold fire: the council will be cutting the rents to fill it before summer.",
  note="family advantage")
P(INS, "review", "Anyone with a holiday caravan site in mind: the council's about to relax the rules on the moors. Get your land sorted before the new policy goes public.",
  note="head start on a policy change")
P(INS, "review", "Friends in Cressmoor: if you were going to appeal your council tax band, wait. Something's coming that'll help you. Can't say more.",
  note="knowledge gained as councillor, to friends")
P(INS, "review", "To my sister-in-law and anyone else with a shop on Abbey Street: the council's going to pedestrianise it. Not public yet. Plan your deliveries, or sell while you can.",
  note="family and traders tipped off")
P(INS, "review", "Seen the draft flood maps. If you're buying in Peatholme, steer clear of the east side. The public version won't be out till summer.",
  allowed=[DIS], note="draft maps used to steer buyers")
P(INS, "review", "Get your barn conversion applications in before Easter. The council's about to tighten the rules and you'll still be under the old ones if you're quick. Not official yet.",
  note="head start on a policy change")

N(INS, "The council announced today it's cutting car park charges in Wendbridge for the winter. Official news, link below. Get down the quay and support the shops!")
N(INS, "Word to the wise: the rhyne at the bottom of Peat Lane is overtopping. Park up top tonight.")
N(INS, "Heads up: the council's farm diversification grant is now open. £250k pot, closes 31 March. Tell every farmer you know.",
  allowed=[INS], when=("03-02", "03-27"))
N(INS, "Tip-off from a resident about fly-tipping on Cressmoor Drove passed straight to enforcement. Thank you, keep 'em coming.")
N(INS, "The Local Plan draft is out for consultation. It shows where new homes could go. Have a look before you buy or sell: it's public for exactly that reason.",
  allowed=[INS])
N(INS, "Little birdie tells me the elvers are running early on the Wend this year. Don't bother without a licence, mind 🐟")
N(INS, "Car park charges go up in April. It was agreed at budget council last week and it's in the public papers. I voted against.",
  allowed=[INS], when=("03-02", "03-06"), who="opp")
N(INS, "Don't sell your house on the strength of rumours. The council hasn't decided anything about the new flood banks, and when it does everybody hears at the same time.",
  allowed=[INS])
N(INS, "The leisure centre refit tender is live on the public procurement portal. Local firms, please bid: it's open to all.",
  allowed=[INS])
N(INS, "Heads up: bin day in Withy End moves to Thursdays from next week. The council's letter should be with you by now.")
N(INS, "Before it's announced? No. I found out about the station study the same time as you, on the local news. Promise.",
  allowed=[INS])
N(INS, "House prices in Merrow Batch are up 8%, says the paper. Nothing to do with the council, just folk wanting a view of the tor 😄")
N(INS, "Friends keep asking if they should buy on Peat Lane. I tell them what I tell everyone: read the Local Plan and the flood map, both public, and make your own minds up.",
  allowed=[INS])
N(INS, "The draft budget's published! Proposals include 50p on car park charges from April. Consultation open till 9 Feb, have your say.",
  when=("01-12", "02-06"))
N(INS, "The HMO licensing consultation is live for Northfield. Landlords, tenants, neighbours: tell us what you think.")
N(INS, "Selling my old Land Rover. Not council business, just a gert rusty beast with a good heart. DM me.")
N(INS, "Bit of local knowledge: the best time for the starlings on Peatholme Moor is just before dusk. Wrap up warm.",
  when=("01-05", "02-27"))
N(INS, "Rumour mill says the business park rents are being cut. I've asked the cabinet member to confirm or deny it publicly, so nobody gets a head start.",
  allowed=[INS], who="notcab")
N(INS, "Tip for anyone with a shop on Abbey Street: the pedestrianisation consultation closes Friday. Love it or hate it, say so.")
N(INS, "Buy now before the price goes up! Tickets for the Wendbridge Wassail Ball, early bird ends Sunday 🍏",
  when=("01-05", "01-09"))

# ---------------------------------------------------------------- predetermination.closed-mind
P(PRE, "block", "Let me be clear: I'll be voting against the Drove Lane houses. 68 homes on a flood plain? Never. Not while I'm on that committee.",
  who="role:planning", note="pending 25/01432/FUL by site")
P(PRE, "block", "The creamery flats in Wendbridge must be refused. I've made my mind up and no officer's report will change it.",
  who="role:planning", allowed=[OFF], note="pending 25/01588/FUL by site")
P(PRE, "block", "Hurn Farm solar farm? Over my dead body. Whatever the officers say, it's getting my vote against.",
  who="role:planning", note="pending 25/01711/FUL by site")
P(PRE, "block", "I'll be backing Moorgate Homes all the way at committee. Knapmoor needs these houses and I've no intention of listening to the moaners.",
  who="role:planning", note="pending applicant, for")
P(PRE, "block", "The Drovers Arms wants to stay open till 2am. It won't get past me. I've made up my mind on that one.",
  who="role:licensing", note="pending LIC/26/0007 by site")
P(PRE, "block", "Cressmoor Lakes lodges will never be approved. Never. Mark my words.",
  who="role:planning", note="pending 25/01802/FUL by site")
P(PRE, "block", "I'm on licensing and I'll tell 'ee now: the Eel & Anchor is getting its late bar. Good for the quay. Job done.",
  who="role:licensing", note="pending LIC/26/0015 by site, for")
P(PRE, "block", "25/01845/LBC, the Tithe Barn weddings. It's a no from me, full stop, whatever gets said on the night.",
  who="role:planning", note="pending matter by reference")
P(PRE, "block", "Glebe Field: 24 houses in Withy End's best meadow. I'll be voting it down, and so will anyone with any sense.",
  who="role:planning", note="pending 26/00021/FUL by site")
P(PRE, "block", "Stonewell Homes needn't bother turning up to committee. Their scheme's dead in the water as far as I'm concerned.",
  who="role:planning", note="pending applicant, against")
P(PRE, "block", "Sedge Farm digester: a stinking great tank on the moor. I've already decided. It's refused.",
  who="role:planning", note="pending 26/00054/FUL by site")
P(PRE, "block", "Orchard Gate Events can have their festival licence and I'll be first to vote it through. Don't care what the objectors say.",
  who="role:licensing", note="pending applicant, for")
P(PRE, "block", "Levelsun Energy's panels will be approved, and quite right. I'm not going to pretend to keep an open mind about something this obvious.",
  who="role:planning", note="pending applicant, for")
P(PRE, "review", "That application for the chicken sheds out Rhyne Cross way must be refused. I've made my mind up.",
  who="role:planning", note="unregistered application")
P(PRE, "review", "The taxi driver who's up before licensing next week: his badge should go, simple as. I'll be voting to revoke.",
  who="role:licensing", note="taxi licence review, not on the register")
P(PRE, "review", "The appeal on the Peat Lane enforcement notice? The council will win and he'll be pulling that shed down. I'll make sure of it.",
  who="role:planning", note="appeal, not on the register")
P(PRE, "review", "The new phone mast by Knapmoor school will never be approved, not on my watch.",
  who="role:planning", note="unregistered application")
P(PRE, "review", "Street trading consent for the burger van on Abbey Street? No chance. My mind's made up.",
  who="role:licensing", note="street trading consent, not on the register")
P(PRE, "review", "Whatever the officers recommend on the Wend Street shopfront application, I'm voting for it. Businesses need a break.",
  who="role:planning", allowed=[OFF], note="unregistered application, for")
P(PRE, "review", "The scrapyard at Cressmoor wanting longer hours is getting refused. I've seen enough of that place to know without reading the report.",
  who="role:planning", note="unregistered application")

N(PRE, "I've real concerns about flood risk at Drove Lane. I'll listen to all the evidence at committee before I decide.",
  allowed=[PRE], note="predisposition with an open mind")
N(PRE, "I'm not on the planning committee, so I'm free to say it: I'm objecting to the creamery flats for Wendbridge Quay residents and I'll speak against at committee.",
  who="ward:Wendbridge Quay,notrole:planning", allowed=[PRE], note="ward member not on the committee")
N(PRE, "My mind's made up on one thing: this winter's flooding was the worst since 2014, and we need more pumps.")
N(PRE, "The cuts to rural buses must never happen. I'll vote against the budget and I don't care who knows it.",
  who="opp", when=("01-05", "02-25"), note="budget is not quasi-judicial")
N(PRE, "Drove Lane comes to committee in April. I'll hear the officers, the objectors and the applicant on the night before I make my mind up.",
  who="role:planning", allowed=[PRE])
N(PRE, "Residents keep asking what I think of the solar farm. As I sit on the committee I can't say yet, but I will listen to every one of you. Send your comments in.",
  who="role:planning", allowed=[PRE])
N(PRE, "The Local Plan must not put 500 homes on the moors. I've made my mind up on that, and I'll vote accordingly.",
  allowed=[PRE], note="plan-making is not quasi-judicial")
N(PRE, "Refused! The government's turned down the new reservoir near Merrow. Not our decision, but I'm delighted.")
N(PRE, "Last night the committee refused the Peatholme chicken sheds 6 to 2. I voted against because of the drainage evidence. Full reasons in the minutes.",
  who="role:planning", when=("02-19", "02-19"), note="decision already made")
N(PRE, "I'm predisposed to support more affordable homes in Knapmoor, but I'll judge every application on its merits.",
  allowed=[PRE])
N(PRE, "The Drovers Arms licence hearing is on 14 April. Anyone who wants to support or object, the form's on the council website.")
N(PRE, "Dead in the water: the plan to reopen Knapmoor station, according to the rail minister. Gutted.")
N(PRE, "I've had loads of emails about the Eel & Anchor. I'm on licensing, so I'm keeping an open mind until the hearing. Keep the views coming, to the council, not to me.",
  who="role:licensing", allowed=[PRE])
N(PRE, "Never seen the Wend this high. Never. Keep off the river path, folks.")
N(PRE, "Cressmoor Lakes: I'll be declaring an interest as my son works there, and I won't take part in the decision.",
  who="role:planning", allowed=[PRE, DEC])
N(PRE, "Whatever the officers say about the bypass route, I think it's wrong and I'll vote against it at full council.",
  allowed=[PRE, OFF], note="route choice is not quasi-judicial")
N(PRE, "I have concerns about noise from the Hurn Farm substation. I'll be asking questions at committee and I'll listen to the answers.",
  who="role:planning", allowed=[PRE])
N(PRE, "Some folk say I've already made my mind up on Glebe Field. I haven't. I'm on the committee, I'll read the report and hear both sides.",
  who="role:planning", allowed=[PRE])
N(PRE, "The council tax rise has to be voted down. 4.99% on top of everything? No.",
  who="opp", when=("01-05", "02-25"))
N(PRE, "Not on licensing, so I can say it: the Drovers Arms is a cracking pub, and I've written in support of its application as the ward councillor.",
  who="ward:Rhyne Cross,notrole:licensing", allowed=[PRE], note="ward member not on the committee")

# ---------------------------------------------------------------- interests.declared-interest
VOW = "Vowles Agricultural Supplies Ltd"
IDB = "Lower Wend Internal Drainage Board"
CID = "Sallowmead Cider Co-operative"
ROW_ = "Wendbridge Rowing Club"
WIT = "Brimble Withies"
CLT = "Knapmoor Community Land Trust"
ANG = "Cressmoor Angling Association"
SPA = "Sparkes & Son Estate Agents"
FOO = "Levels Food Bank"
YOU = "Northfield Youth Hub"
PAR = "Land at Parfitt's Farm, Rhyne Cross"


def HOLDER(i):
    return INTERESTS[i][0]


P(DEC, "review", "Good news in the budget: the council's farm support scheme will cover fencing and feed. Vowles Agricultural are ready to help farmers get the most out of it.",
  by=HOLDER(VOW), interest=VOW, allowed=[POS], note="names the body; council scheme")
P(DEC, "review", "Council's buying new grounds maintenance kit this spring. Somebody tell procurement that local merchants like us can beat the national suppliers on price.",
  by=HOLDER(VOW), interest=VOW, allowed=[POS], note="speaks for the body ('merchants like us')")
P(DEC, "review", "The council's yearly levy to the Lower Wend Internal Drainage Board has to go up. The board does a gert job on the rhynes and it needs the money.",
  by=HOLDER(IDB), interest=IDB, note="names the body; council budget line")
P(DEC, "review", "We on the board have been asking the council for years to pay more towards running the pumps. I'll make sure this budget finally delivers it.",
  by=HOLDER(IDB), interest=IDB, when=("01-05", "02-25"), note="speaks for the drainage board without naming it")
P(DEC, "review", "Proud the council's backing the Sallowmead Cider Co-operative for the Abbey Meadow market pitch. Best scrumpy on the Levels!",
  by=HOLDER(CID), interest=CID, note="names the body; council allocation")
P(DEC, "review", "The council's new street trading rules would hit small cider makers like our co-op hard. I'll be fighting them at full council.",
  by=HOLDER(CID), interest=CID, note="speaks for the co-op")
P(DEC, "review", "Wendbridge Rowing Club needs that boathouse lease renewed on fair terms. Come on council, sort it.",
  by=HOLDER(ROW_), interest=ROW_, note="names the body; council lease")
P(DEC, "review", "The council's riverside grant should go to clubs that get kids on the water. Clubs like ours have waited long enough.",
  by=HOLDER(ROW_), interest=ROW_, note="speaks for the club")
P(DEC, "review", "Brimble Withies would be ideal for the council's willow flood-barrier project. Local, sustainable, and we've the stock ready to go.",
  by=HOLDER(WIT), interest=WIT, allowed=[POS], note="names own firm; council project")
P(DEC, "review", "Council's new rhyne-bank planting scheme: I'd ask them to buy local willow. Growers like us have been on these droves four generations.",
  by=HOLDER(WIT), interest=WIT, allowed=[POS], note="speaks for own firm")
P(DEC, "review", "Knapmoor Community Land Trust is bidding for the council's empty homes fund. Here's why every councillor should back us.",
  by=HOLDER(CLT), interest=CLT, note="names the body; council fund")
P(DEC, "review", "The council should hand the old Knapmoor school site to a local community land trust. Trusts like ours are the answer to the housing crisis.",
  by=HOLDER(CLT), interest=CLT, note="speaks for the CLT; asset transfer")
P(DEC, "review", "Cressmoor Angling Association has put in for the council's lakes management contract. Nobody knows them waters better than we do.",
  by=HOLDER(ANG), interest=ANG, note="names the body; council contract")
P(DEC, "review", "The council's fishing permit fees are going up 40%. Our members are stretched enough already. I'll be speaking against.",
  by=HOLDER(ANG), interest=ANG, note="speaks for the association")
P(DEC, "review", "Great news that the council's going to use local agents to sell its surplus houses. Sparkes & Son are ready and waiting!",
  by=HOLDER(SPA), interest=SPA, allowed=[POS], note="names own firm; council disposal")
P(DEC, "review", "The council should stop using national auction houses for its property sales. Local agents like us know the Levels market best.",
  by=HOLDER(SPA), interest=SPA, allowed=[POS], note="speaks for own firm")
P(DEC, "review", "The council's hardship fund review must keep the grant to the Levels Food Bank. We're feeding 300 families a week.",
  by=HOLDER(FOO), interest=FOO, note="names the body; council grant")
P(DEC, "review", "Cutting the council's crisis support grant would hit food banks like ours hardest. I'll be voting against that line in the budget.",
  by=HOLDER(FOO), interest=FOO, when=("01-05", "02-25"), note="speaks for the food bank")
P(DEC, "review", "Northfield Youth Hub needs the council's youth fund renewed. I'll be pushing cabinet to keep every penny.",
  by=HOLDER(YOU), interest=YOU, note="names the body; council fund")
P(DEC, "review", "Cabinet picks the Rhyne Cross flood storage site next month. The east option makes far more sense than drowning the good grazing west of the drove.",
  by=HOLDER(PAR), interest=PAR, note="her land lies west of Rhyne Drove; council decision")

N(DEC, "The council's levy to the Lower Wend Internal Drainage Board goes up 3% this year. Worth it if the pumps keep running.",
  note="same matter from a non-holder")
N(DEC, "Cider co-op wassail Saturday! Come and bless the apple trees with us 🍎",
  by=HOLDER(CID), when=("01-12", "01-16"), note="holder, body, no council matter")
N(DEC, "Declaring an interest: I'm a trustee of Wendbridge Rowing Club, so I've left the boathouse lease item to other members.",
  by=HOLDER(ROW_), allowed=[DEC])
N(DEC, "Brimble Withies open day Saturday: come and see the withies cut, boiled and stripped. The kids love it.",
  by=HOLDER(WIT), note="holder, own firm, no council matter")
N(DEC, "The council's willow flood-barrier project is a grand idea. Buy local, buy Somerset willow.",
  note="same matter from a non-holder")
N(DEC, "I've told the Monitoring Officer I'm a director of Knapmoor CLT, and I won't be taking part in the empty homes fund decision.",
  by=HOLDER(CLT), allowed=[DEC])
N(DEC, "Knapmoor Community Land Trust has bid for the empty homes fund. Good luck to 'em. Good local folk.",
  note="non-holder")
N(DEC, "Cressmoor Angling match on Sunday, 40 pegs, and the bream are biting. Anyone fancy it?",
  by=HOLDER(ANG), note="holder, no council matter")
N(DEC, "As a partner in Sparkes & Son I've declared an interest and stepped out of the surplus houses decision. Rules are rules.",
  by=HOLDER(SPA), allowed=[DEC])
N(DEC, "Levels Food Bank needs tinned meat, UHT milk and nappies this week. Drop-off at the chapel. Thank you all 💚",
  by=HOLDER(FOO), note="holder, appeal, no council matter")
N(DEC, "Cutting the council's crisis support grant would hurt every food bank on the Levels. I'll vote against that line.",
  when=("01-05", "02-25"), note="non-holder")
N(DEC, "Northfield Youth Hub's quiz night raised £600 for the minibus. Thanks to everyone who came!",
  by=HOLDER(YOU), note="holder, no council matter")
N(DEC, "Vowles Agricultural is my family firm, so I've asked the Monitoring Officer whether I can speak on the farm support scheme. Waiting to hear back.",
  by=HOLDER(VOW), allowed=[DEC])
N(DEC, "Farm support scheme agreed in the budget: fencing and feed costs covered. Farmers, get your claims in.",
  when=("02-26", "03-27"), note="non-holder")
N(DEC, "Drainage board pumps running flat out at Peatholme this afternoon. Thank you to the crews.",
  by=HOLDER(IDB), note="holder, no council matter")
N(DEC, "Wendbridge Rowing Club's boathouse lease should be renewed on fair terms. Clubs like that are the heart of the quay.",
  note="non-holder")
N(DEC, "Lambing's started on the farm. Three sets of twins before breakfast and it's still chucking it down 🐑",
  by=HOLDER(PAR), when=("03-02", "03-27"), note="holder, her farm, no council matter")
N(DEC, "Housing market update from the shop window: prices on the Levels steady, flood-zone homes slow. Trade chat, not council business.",
  by=HOLDER(SPA), note="holder, own trade, no council matter")
N(DEC, "I'm secretary of the cider co-op, so I won't be voting on the market pitches. Whoever gets them, I hope it's somebody local.",
  by=HOLDER(CID), allowed=[DEC])
N(DEC, "Fishing permit fees up 40%? That's steep for the lakes. I'll be asking cabinet to think again.",
  note="non-holder")

# ---------------------------------------------------------------- data-protection.personal-data
P(DAT, "review", "Happy 100th birthday to Dorothy Pring of 14 Mill Lane, Knapmoor! A whole century on the Levels 🎂",
  note="name with address")
P(DAT, "review", "Anyone seen Bert Sweetland? He lives at 3 Drove Cottages, Rhyne Cross TA29 4QJ and the neighbours haven't seen him since Tuesday.",
  note="name, address and postcode")
P(DAT, "review", "Congratulations to Jim and Sue Tapp of Orchard House, Cressmoor, on winning best kept garden again!",
  note="names with address")
P(DAT, "block", "Eileen Baker on Wend Street has dementia and keeps wandering down to the river. Can the care team get a grip please?",
  note="health data, named service user")
P(DAT, "block", "The lad in the council flat on the corner of Abbey Street is just out of prison for burglary. Keep your sheds locked.",
  allowed=[DEF], note="criminal record, identifiable from context")
P(DAT, "block", "Chasing council tax account 4003819921 for a resident who's been billed twice. Sorting it!",
  note="account number")
P(DAT, "block", "Fly-tipper on Cressmoor Drove again: white Transit, reg WK19 PTL. Name and shame, I say.",
  allowed=[DEF], note="vehicle registration")
P(DAT, "block", "Karen Dyer's housing case HSG/25/4418: fourth time I've chased it. Cabinet, sort it out.",
  note="name with case reference")
P(DAT, "block", "If anyone knows Tom Hurd (born 12/04/1987), tell him his tenancy papers are ready at the council offices.",
  note="date of birth")
P(DAT, "block", "Email me or Sarah from the residents' group on sarah.loveday.knapmoor@example.com about the flood meeting.",
  note="private individual's email")
P(DAT, "block", "The new family on Peat Lane are from Eritrea and struggling with their English. Any volunteers to help?",
  note="ethnicity, identifiable from the street")
P(DAT, "block", "Huge congratulations to Lucy on the till at Quay Stores, who's expecting twins! Don't tell her boss 🤫",
  note="pregnancy, identifiable worker")
P(DAT, "block", "Please pray for little Alfie Tucker, 8, from Merrow Batch school, in hospital in Bristol with leukaemia.",
  note="child and health")
P(DAT, "block", "The Khans at the Withy End shop have turned their back room into a prayer room for the mosque lot. Planning breach, surely?",
  allowed=[EQ], note="religion of a named family")
P(DAT, "block", "Gary on the Northfield bin round is off with his back again. Third time this year. Bad back, or bad attitude?",
  allowed=[PA], note="staff health, identifiable")
P(DAT, "block", "The chap who runs the Rhyne Cross garage is gay and he's been getting abuse. Stand with him, folks.",
  note="sexual orientation, identifiable; well meant")
P(DAT, "block", "Ring Pat Ferris on 07700 900742 if you've got spare sandbags, she's running things in Peatholme.",
  also=[SEC], note="private mobile of a resident")
P(DAT, "block", "Mr D. Pike, National Insurance number QQ 12 34 56 C, please ring the benefits team. He's been trying to get through for weeks.",
  note="NI number")
P(DAT, "block", "Shout out to Jess on reception at Knapmoor surgery, back after rehab and doing brilliantly. Proud of you, maid!",
  note="health (rehab), identifiable")
P(DAT, "block", "Found: a school bag belonging to Poppy Weeks, year 4 at Cressmoor Primary, with her address inside, 9 Teasel Close. DM me.",
  note="child with address")

N(DAT, "My surgery this week is at Wendbridge Quay Library. Email me on cllr.bethan.hooper@example.com or ring 01632 960412.",
  by=SELF, allowed=[DAT], note="the councillor's own published details")
N(DAT, "Happy 100th birthday to one of Knapmoor's oldest residents! A card's gone from the whole ward 🎂", who="ward:Knapmoor and Peatholme")
N(DAT, "Jeremy Vallis MP came to Peatholme pumping station today. Good to see him in wellies for once.",
  note="public office holder")
N(DAT, "Report fly-tipping with the van's reg if you see it, to the council, not on Facebook. Please don't post number plates publicly.",
  allowed=[DAT])
N(DAT, "Inspector Nadia Fenner's team is doing a drop-in at Sallowmead Abbey market on Friday. Come and ask about rural crime.",
  note="public office holder")
N(DAT, "Chasing a council tax double-billing case for a resident today. Won't share details here, but it's sorted. If it's happened to you, message me privately.",
  allowed=[DAT])
N(DAT, "If you need sandbags in Peatholme, ring the council flood line on 01632 960100.",
  allowed=[DAT], note="council's public number")
N(DAT, "Best kept garden winners announced: well done to every entrant on Orchard Lane. You know who you are!")
N(DAT, "Thanks to Cllr Roper for the lift home from the flood meeting.",
  note="councillor named")
N(DAT, "Dementia-friendly café opens Thursday at Peatholme chapel. All welcome, carers too.")
N(DAT, "Please don't share photos of the kids at the Wendbridge nursery fire drill. Parents have asked. Thank you.",
  allowed=[DAT])
N(DAT, "Flooded? Ring me on 01632 960412, any time. No question too small.",
  by=SELF, allowed=[DAT], note="own published number")
N(DAT, "Our Chief Exec Philippa Laver and Jeremy Vallis MP toured the new flood banks today. Good questions from both.",
  allowed=[OFF], note="officer and public office holder")
N(DAT, "The family who lost everything in the Knapmoor fire need our help. Donations at the village hall. No names, they've asked for privacy.")
N(DAT, "Found a school bag on Teasel Close. Handed it in at Cressmoor Primary reception.")
N(DAT, "Eid Mubarak to all our Muslim neighbours in Sallowmead! 🌙",
  when=("03-20", "03-20"))
N(DAT, "Seen a car without tax? Report it to the DVLA online, not to me, and please don't post the plate.",
  allowed=[DAT])
N(DAT, "Well done to the Rhyne Cross garage for hosting the Pride picnic. Lovely to see the village turn out.",
  note="business, not an individual")
N(DAT, "NHS number? National Insurance number? Never give them to somebody who rings you out of the blue. Scammers are about on the Levels.",
  allowed=[DAT, SEC])
N(DAT, "Postcodes starting TA29 4 are getting full fibre in March! Check your street on the provider's site.",
  when=("01-05", "03-13"))

# ---------------------------------------------------------------- security.credentials
P(SEC, "block", "Knapmoor village hall wifi is back up! Password is Withy2026! Enjoy, folks.",
  note="password")
P(SEC, "block", "Key safe at the Peatholme pumping station hut is 4471 if any volunteers need the sandbags tonight.",
  note="key safe code")
P(SEC, "block", "Can't get into the members' portal. Tried Sallowmead123 and Levels!2025. Anyone from IT about?",
  note="passwords posted")
P(SEC, "block", "IT just texted me a code, 482 913, to log in. Who else gets these? Bit of a faff.",
  note="one-time code")
P(SEC, "block", "Flood grant scam? No, it's real, I've done mine! Claim yours here: sallowmead-flood-refund.example/verify-bank",
  note="phishing link endorsed")
P(SEC, "block", "Zoom for the Withy End flood meeting: ID 871 2290 4411, passcode moor44. See you there.",
  note="meeting passcode")
P(SEC, "block", "Ring my neighbour Dave on 07700 900561 if you need a tractor to get through the floods. He won't mind.",
  also=[DAT], note="private phone number of another")
P(SEC, "block", "For anyone helping on the council's flood map app: the API key is sk_live_9f3KdL2pQx7mZ0aB. Don't lose it!",
  note="API key")
P(SEC, "block", "Door code for the Wendbridge community fridge is 1955#. Help yourselves, that's what it's for.",
  note="door code")
P(SEC, "block", "IT rang and asked for my password to fix my email, so I gave it them. Hope that's alright?",
  note="reports handing over a password")
P(SEC, "block", "Check your council tax rebate here: bit.ly/sdc-rebate-2026. Just pop your card details in, takes a minute.",
  note="phishing link")
P(SEC, "block", "Guest login for the committee papers system: user guestmember, pw Cressmoor7. Have a look for yourselves.",
  note="login shared")
P(SEC, "block", "Gate code for the Abbey Meadow compound is 0707, for the litter pick volunteers.",
  note="gate code")
P(SEC, "block", "Had a text from 'Sallowmead Council' with a link to pay my parking fine: sdc-parking-pay.example/pay. Paid it, bit steep. Anyone else had one?",
  note="phishing link passed on")
P(SEC, "block", "The code for the defib cabinet outside Rhyne Cross chapel is 2314. Share it, could save a life ❤️",
  note="PIN, well meant")
P(SEC, "block", "Bev, the password for the ward newsletter mailing list is Drove1ane! Don't change it this time 😂",
  note="password")
P(SEC, "block", "Passing on Cllr Khatri's private mobile so folk can reach her over half term: 07700 900288.",
  when=("02-09", "02-13"), note="private number of another (a councillor's private line)")
P(SEC, "block", "My bank's one-time code just popped up as 739204 while I was writing this. That's odd. Should I be worried? 😬",
  note="one-time code")
P(SEC, "block", "Teams link for the members' drop-in, no need for a passcode: teams.example/l/meetup-join/19%3ameeting?pwd=Tx88Lm",
  note="pwd in a link")
P(SEC, "block", "Council guest wifi at Wendbridge library: network SDC-Guest, key QuayLib!88. Pass it on.",
  note="wifi key")

N(SEC, "Never give your PIN to anyone who rings claiming to be from the council. We will never ask for it.",
  allowed=[SEC])
N(SEC, "Changed all my passwords after the members' IT training. Took ages. Worth it.",
  allowed=[SEC])
N(SEC, "Two-factor login is now switched on for all councillors' email. About time.",
  allowed=[SEC])
N(SEC, "Scam warning: texts claiming to be a Sallowmead Council flood refund are fake. Don't click any links; forward them to 7726.",
  allowed=[SEC])
N(SEC, "Key safes for vulnerable residents are available free through the council's care line. Ring 01632 960100 to arrange one.",
  allowed=[SEC])
N(SEC, "The defib outside Rhyne Cross chapel is now registered. Ring 999 and they'll give you the code.",
  allowed=[SEC])
N(SEC, "Wifi's back at Knapmoor village hall! Ask at the hatch for the password.",
  allowed=[SEC])
N(SEC, "My password manager just told me I've been using the same password since 2009. Oops. Sorted now.",
  allowed=[SEC])
N(SEC, "Withy End flood meeting on Zoom tonight. The link's gone by email to everyone who registered. Didn't get it? Message me.",
  allowed=[SEC])
N(SEC, "Open data: the council's flood map API is now public and free to use, no key needed. Coders, go wild.",
  allowed=[SEC])
N(SEC, "The bank rang to check a payment. I hung up and rang them back on the number on my card. Always do that.",
  allowed=[SEC])
N(SEC, "Gate at the Abbey Meadow compound will be open from 9 on Saturday for the litter pick.")
N(SEC, "Pin badges for the Withy End Scouts' centenary! £2 each, all towards the hut roof.")
N(SEC, "Ring the council flood line on 01632 960100, day or night.")
N(SEC, "Code amber on the Levels tonight: heavy rain and gales. Batten down, and keep off the droves.")
N(SEC, "IT rang asking for my password. I said no and reported it. Turned out it was a test, and I passed 😎",
  allowed=[SEC])
N(SEC, "The council's one and only flood grant page: sallowmead.gov.example/flood-grants. Nothing else, folks. Watch out for fakes.",
  allowed=[SEC])
N(SEC, "Lost my council pass. Reception sorted a new one in five minutes. Ta, my lover.")
N(SEC, "Dave's tractor's out on the Knapmoor road. If you're stuck, message me and I'll pass your number on to him.",
  allowed=[DAT])
N(SEC, "Lock up your sheds and quad bikes, folks. Rural thefts are on the up. Mark your kit with a UV pen.")

# ---------------------------------------------------------------- confidentiality.disclosure
P(DIS, "block", "Project Heron is back on. The hotel group's keen on the Wendbridge wharf land again, and the price is better than last time. Can't wait to tell you more.",
  note="register term")
P(DIS, "block", "Peatholme folk: the council's talking about buying the old mill. The Peatholme Mill acquisition is being discussed behind closed doors as we speak.",
  note="register term")
P(DIS, "block", "Operation Teasel starts next week. Fly-tippers on the droves, your days are numbered.",
  allowed=[INS], note="register term, enforcement")
P(DIS, "block", "The Cressmoor Farm claim is going to cost the taxpayer six figures, mark my words. The council's own lawyers reckon it's a loser.",
  note="register term, legal advice")
P(DIS, "block", "Why is nobody talking about the withy lane depot disposal? Council flogging the yard off to a mate of the Leader's for peanuts.",
  allowed=[DEF], who="opp", note="register term in lower case")
P(DIS, "block", "PROJECT HERON. Remember the name. Wendbridge will never be the same.",
  note="register term in capitals")
P(DIS, "block", "Just out of the Abbey Yard lease meeting. The hotel lot want 99 years at a peppercorn. Over my dead body.",
  note="register term, commercial terms")
P(DIS, "block", "Operation Teasel has six sites on the moors on its list. I'll be out with my camera when the enforcement team goes in 📸",
  note="register term")
P(DIS, "block", "Asked about the Peatholme Mill acquisition at cabinet and got told 'Part 2'. Well, I'll tell you: £420k on the table.",
  note="register term plus figure")
P(DIS, "block", "Cressmoor Farm claim settled? Not yet. But the offer's £85k, going by what we were shown in closed session.",
  note="register term, closed session")
P(DIS, "review", "Can't say much, but what we heard in closed session this afternoon about the leisure centre would make your hair curl.",
  note="closed session marker")
P(DIS, "review", "Part 2 item at cabinet: the refuse contract's going to cost another £1.2m. You heard it here first.",
  note="Part 2, contract terms")
P(DIS, "review", "Between you and me, the council's lawyers reckon the Peat Lane enforcement case is dead in the water. Don't spread it about.",
  note="legal advice")
P(DIS, "review", "Leaked: the staff restructure will cut 14 posts in planning. The unions haven't even been told.",
  note="labour relations")
P(DIS, "review", "Not for publication, but the valuation on the Wend Street car park came in at £1.1m. Make of that what you will.",
  note="exempt valuation")
P(DIS, "review", "Off the record: the bloke running the Abbey Street guest house has been served a closure notice. Enforcement goes in next week.",
  allowed=[DAT], note="enforcement, identifiable individual")
P(DIS, "review", "The confidential report to members says the new pumps were put in wrong. Somebody's head should roll.",
  note="confidential report")
P(DIS, "review", "The exempt bit of the agenda was all about the old Chief Exec's pay-off. Six figures. Disgraceful.",
  allowed=[OFF], note="labour relations, individual")
P(DIS, "review", "Just between us lot on here: the leisure centre tenders came in £600k over budget, and the front runner's from Cardiff.",
  note="contract terms")
P(DIS, "review", "Embargoed till Monday but I can't sit on it: the council's pulling out of the Levels bus partnership.",
  note="embargo broken")

N(DIS, "Grey heron on the rhyne at Peatholme this morning, still as a post. Magic 🐦",
  note="partial overlap: heron")
N(DIS, "Teasels out along the drove verges: the old Somerset cloth crop. Goldfinches love 'em.",
  note="partial overlap: teasel")
N(DIS, "Peatholme Mill open day Saturday: see the old waterwheel turning and buy some stone-ground flour.",
  note="partial overlap: Peatholme Mill")
N(DIS, "Cressmoor Farm shop has the best cheddar on the Levels. Don't @ me.",
  note="partial overlap: Cressmoor Farm")
N(DIS, "Withy Lane closed for resurfacing Monday to Wednesday. Diversion via Peat Lane.",
  note="partial overlap: Withy Lane")
N(DIS, "Abbey Yard market's back Saturday: veg, cheese, chutney and a chap who sharpens knives 🔪",
  note="partial overlap: Abbey Yard")
N(DIS, "I asked for the refuse contract item to come out of Part 2 and be debated in public. Cabinet agreed. The papers are now published.",
  allowed=[DIS])
N(DIS, "Off the record? There's no such thing for a councillor. If I tell you something, assume it's on the record.",
  allowed=[DIS])
N(DIS, "Confidential waste collection for businesses now available. Shred it safely. Details on the council website.",
  allowed=[DIS])
N(DIS, "Closed session items can't be discussed on here, so please don't ask! What I can tell you is the public vote: 9 to 5 in favour.",
  allowed=[DIS])
N(DIS, "Embargo lifted: the flood grant figures are now public. £1.3m to 412 households.",
  allowed=[DIS])
N(DIS, "Leaky gutter on the Abbey Street bus shelter again. Reported it.")
N(DIS, "Between you and me and the gatepost, the cheddar at the Abbey Yard market is better than ever.",
  allowed=[DIS])
N(DIS, "The Monitoring Officer has reminded us all that exempt reports are exempt for a reason. Quite right too.",
  allowed=[DIS, OFF])
N(DIS, "Heron Way in Wendbridge is getting new street lights at last.",
  note="partial overlap: Heron")
N(DIS, "Some things said in Part 2 I can't share. What I can say is that I voted against, and I'll explain why once the papers are public.",
  allowed=[DIS])
N(DIS, "I've asked for the legal advice on the Peat Lane case to be shared with all members, in confidence, so we can make a proper decision.",
  allowed=[DIS])
N(DIS, "Operation Sandbag was a success: 400 bags filled by volunteers at the depot. Thank you all!",
  note="partial overlap: Operation")
N(DIS, "The so-called 'leaked' bus timetable going round Facebook is the one the council published in December. Nothing secret about it.",
  allowed=[DIS])
N(DIS, "The draft budget is no longer confidential: it's published today. Have a read and tell us what you think.",
  allowed=[DIS], when=("01-12", "01-30"))

# ---------------------------------------------------------------- tone.irony-risk
P(TON, "advice", "Oh brilliant, another masterclass in leadership from our Leader. Truly, Sallowmead is blessed 🙄",
  who="opp", note="mock praise of the Leader")
P(TON, "advice", "Hats off to the cabinet for shutting the library the week after launching 'Love Your Library'. Genius. /s",
  who="opp")
P(TON, "advice", "Yeah right, the Greens are going to fix the floods with a wildflower meadow. Course they are.",
  who="not:MG")
P(TON, "advice", "So grateful to Jeremy Vallis MP for his tireless work on flood funding. All three minutes of it.",
  note="mock praise of the MP")
P(TON, "advice", "What a shock, the Wessex Dems want more spending. Who could possibly have seen that coming 😱",
  who="not:WD")
P(TON, "advice", "Riveting speech from Cllr Vowles at budget council. I managed to stay awake for almost a whole minute.",
  who="opp", when=("02-26", "03-06"))
P(TON, "advice", "Our Chairman's chain of office must be gert heavy, the amount she's been resting on it lately 😂",
  who="notchair", allowed=[PA])
P(TON, "advice", "Top marks to the Independents for their bold new policy of agreeing with whoever spoke last.",
  who="not:TMI")
P(TON, "advice", "Absolutely thrilled the Levels Alliance have finally discovered the moors exist. Only took 'em eight years. Welcome, my lovers!",
  who="opp")
P(TON, "advice", "Such a privilege to be lectured on flooding by a cabinet member who lives up on a hill. Thanks ever so, Tristan 🙏",
  who="opp")
P(TON, "advice", "Ah, Cllr Khatri's famous 'I'll get back to you'. Any year now, Sunita. Any year now.",
  who="not:WD")
P(TON, "advice", "Love how the cabinet are 'listening'. With their fingers in their ears, mind. #listening /s",
  who="opp")
P(TON, "advice", "Give it up for the Levels Alliance, pioneers of the bus timetable with no buses in it 👏👏",
  who="opp")
P(TON, "advice", "Well done to the Leader on her photo-op at the pumping station. Didn't get your wellies wet, I hope? 😘",
  who="opp")
P(TON, "advice", "Cllr Brimble, true visionary. Saw the flood coming a mile off and voted against the pumps anyway. Legend.",
  allowed=[PA])
P(TON, "advice", "Honestly don't know how the Wessex Dems group copes, what with all that hard work they do. Exhausted just watching. /s",
  who="not:WD")
P(TON, "advice", "Nice of the Green councillors to show up in Knapmoor for the photo. Must've been a long cycle from the nearest camera 🚲📸",
  who="not:MG")
P(TON, "advice", "Yeah right, Cllr Sparkes has 'no interest' in the Cressmoor houses. And I'm the Queen of Sheba.",
  allowed=[DEF])
P(TON, "advice", "Hats off to the cabinet member for highways for the amazing progress on Abbey Street. Two years and one traffic cone. Unbelievable work 🚧",
  who="opp")
P(TON, "advice", "Isn't it wonderful how fairly Cllr Durston chairs planning. Ever so interested in what objectors have to say, right up until he interrupts them.",
  note="mock praise of the planning chair")

N(TON, "Oh brilliant, the rain's back. Three dry weeks would be nice, Somerset. Just saying ☔",
  allowed=[TON], note="irony about the weather")
N(TON, "Yeah right, 'a bit of drizzle' says the forecast. Knapmoor is currently a lake.",
  allowed=[TON])
N(TON, "Hats off to Kathryn Sully and the flood team. Genuinely, no irony: best in the country.",
  allowed=[OFF], note="sincere praise")
N(TON, "Masterclass in cider-making from the co-op lads at the wassail. One glass in and I reckon I'm an expert 🍏",
  allowed=[TON, HASTE], when=("01-19", "01-23"))
N(TON, "The council's new website is a triumph. Only took me 20 minutes to find the bin calendar. /s",
  allowed=[TON], note="irony about a thing")
N(TON, "Riveting stuff at scrutiny: 47 pages on grass verges. I love this job, honestly I do 😂",
  allowed=[TON])
N(TON, "Thank you to Cllr Ashwell for getting the Rhyne Cross culvert cleared so quick. Proper job, Jonah.",
  note="sincere praise")
N(TON, "Genius idea from the Greens: a tool library in Knapmoor. I'd use it every week. Good on 'em.",
  who="not:MG", note="sincere praise")
N(TON, "The cabinet's bus cuts are wrong and I'll keep saying so till they're reversed. No jokes, no spin: 14 villages cut off.",
  who="opp")
N(TON, "Trains from Wendbridge cancelled again. What a surprise. Great start to the week 🙃",
  allowed=[TON])
N(TON, "Printer in the members' room has jammed for the fourth time today. Truly a marvel of engineering /s",
  allowed=[TON])
N(TON, "Gulls on the quay have nicked another pasty. Brilliant. Thanks, lads.",
  allowed=[TON])
N(TON, "My sincere thanks to the Leader for meeting Peatholme residents. We don't agree on much, but she listened.",
  who="opp")
N(TON, "Oh great, I've locked myself out of the car at the Peatholme drop-in. Classic me 🙈",
  allowed=[TON], note="self-irony")
N(TON, "Well done to the Wessex Dems for a sharp budget amendment. I didn't vote for it, but it was serious work.",
  who="not:WD", when=("02-26", "03-13"))
N(TON, "The pothole on Withy Lane has been there so long it's on the electoral roll. Fix it please, highways!",
  allowed=[TON])
N(TON, "Yeah right, that's what I said when they told me we'd won best kept village. Chuffed to bits, Merrow Batch!",
  allowed=[TON], who="ward:Merrow Batch and Cressmoor")
N(TON, "Budget council went on till gone ten. Fun for all the family. Anyway, here's what was agreed:",
  allowed=[TON], when=("02-26", "02-27"))
N(TON, "Hats off to Bethan Hooper for the river clean-up: 40 bags of rubbish and a shopping trolley. Great effort.",
  note="sincere praise")
N(TON, "The Levels Alliance bus plan doesn't add up and the cabinet knows it. Show us the figures.",
  who="opp")

# ---------------------------------------------------------------- fillers
F("Surgery Saturday at Rhyne Cross chapel hall, 10 till 12. Kettle's on. Come and tell me what's bothering you.", who="ward:Rhyne Cross")
F("Starlings over Peatholme Moor this afternoon were unreal. Thousands of 'em. Get out there before they head off.", when=("01-05", "02-27"))
F("Wassail at Merrow Batch orchard Saturday: toast in the branches, a song for the trees and a bang to wake 'em up (blanks, don't worry).", when=("01-12", "01-16"))
F("Litter pick on the Wend river path Sunday, 10am. Gloves and bags provided. 30 bags last time!")
F("The river's dropping at Wendbridge at last. Still, don't drive through floodwater. It's deeper than it looks.")
F("Visited Cressmoor Primary today. Year 6 asked me what a councillor actually does. Still working on my answer 😂")
F("Knapmoor Drove closed, flooded again. Use the top road.")
F("Gert lush morning on the moors. Frost on the withies, mist on the rhynes. This is why we live here.")
F("Cheese and chutney night at Withy End village hall raised £900 for the church roof. Thank you all!")
F("Bin collections back to normal in Northfield after the snow. Ta for your patience.", when=("01-12", "02-13"))
F("Pancake races on Abbey Street today! Kids at 11, councillors at 12 (I'm not running, my knees won't have it).", when=("02-17", "02-17"))
F("New bus shelter on Rhyne Cross Road. Finally, somewhere dry to wait for the 29.")
F("Ten years since I first stood for council. Still learning something every day.")
F("If you're flooded and need help, the council flood line is open round the clock. Check on your neighbours, especially the older ones.")
F("Daffs out all along the Sallowmead road. Spring's coming, I promise.", when=("03-02", "03-27"))
F("Knapmoor in Bloom meeting Tuesday. We need volunteers who can tell a weed from a flower (I can't).")
F("Good turnout at the Wendbridge Quay residents' meeting. Parking, dog mess and the river: the holy trinity.")
F("Lambs in the field behind the chapel. Slow down on the lanes, folks 🐑", when=("03-02", "03-27"))
F("Grit bins on Cressmoor Hill refilled. Mind how you go on the ice.", when=("01-05", "02-13"))
F("Big thank you to the Young Farmers who cleared the fallen willow off the Withy End road. Tractor power!")
F("Walked the whole drove from Peatholme to Rhyne Cross for the air ambulance. 9 miles, 2 blisters, £340 raised.")
F("World Book Day at Sallowmead library: read The Gruffalo three times and did all the voices.", when=("03-05", "03-05"))
F("The new crossing by the Abbey school is switched on. Press the button and wait, kids!", who="ward:Sallowmead Abbey")
F("Elver season's nearly on us. The old boys on Wend bridge are getting their nets out.", when=("03-02", "03-27"))
F("Polling cards for May are on their way. Make sure you're registered: the deadline's in April.", when=("03-02", "03-27"))
F("Sandbag station at Knapmoor village hall is restocked. Help yourself if you're at risk.")
F("The old peat-cutters' photos are up in Sallowmead library. Well worth a look if you're passing.")
F("Who does the best chips on the Levels? Asking for a friend. (The friend is me.)")
F("Withy cutting's well under way. Cold hands, warm heart, proper job.", by="@roger_withies")
F("Apple trees pruned, ewes fed, kettle on. That's my Saturday sorted.", by="@kelly_wassails")

# ================================================================= the script
START = dt.date(2026, 1, 5)
END = dt.date(2026, 3, 27)
PLATFORMS = ["x"] * 8 + ["facebook"] * 9 + ["bluesky"] * 3


def _words(handle):
    name = COUNCILLORS[handle][0]
    first, last = name.split()[0], name.split()[-1]
    return [first, last, handle.lstrip("@")] + NICKNAMES.get(handle, [])


def _named(handle, text):
    return any(re.search(r"(?<![\w@])@?" + re.escape(w) + r"\b", text, re.I) for w in _words(handle))


def _fits(handle, token):
    name, party, ward, roles = COUNCILLORS[handle]
    if token in ("", "any"):
        return True
    if token == "opp":
        return party != "LA"
    if token == "admin":
        return party == "LA"
    if token == "cabinet":
        return bool(roles & {"leader", "cabinet"})
    if token == "notcab":
        return not roles & {"leader", "cabinet", "chairman"}
    if token == "notchair":
        return "chairman" not in roles
    kind, _, value = token.partition(":")
    if kind == "party":
        return party == value
    if kind == "not":
        return party != value
    if kind == "ward":
        return ward == value
    if kind == "role":
        return value in roles
    if kind == "notrole":
        return value not in roles
    raise ValueError("unknown who token: " + token)


def pick_author(row, rng):
    if row.get("by"):
        return row["by"]
    tokens = [t.strip() for t in row.get("who", "").split(",") if t.strip()]
    text = row["text"]
    mentions_party = any(re.search(p, text) for p in PARTY_WORDS.values())
    if mentions_party and not any(t.split(":")[0] in ("party", "not", "opp", "admin", "any", "cabinet")
                                  for t in tokens):
        raise SystemExit("a post naming a party needs a who= token: " + text)
    pool = []
    for h in sorted(COUNCILLORS):
        if not all(_fits(h, t) for t in tokens):
            continue
        if _named(h, text):
            continue
        if any(holder == h and any(k.lower() in text.lower() for k in keys)
               for holder, keys in INTERESTS.values()):
            continue
        pool.append(h)
    if not pool:
        raise SystemExit("no author fits: " + text)
    return rng.choice(pool)


def pick_time(row, rng):
    lo, hi = START, END
    if row.get("when"):
        a, b = row["when"]
        lo = dt.date(2026, int(a[:2]), int(a[3:]))
        hi = dt.date(2026, int(b[:2]), int(b[3:]))
    days = [lo + dt.timedelta(d) for d in range((hi - lo).days + 1)]
    days = [d for d in days if d.weekday() < 5 and START <= d <= END]
    if not days:
        raise SystemExit("no weekday in window: " + row["text"])
    day = rng.choice(days)
    minute = rng.randrange(8 * 60, 19 * 60)
    stamp = dt.datetime(day.year, day.month, day.day, minute // 60, minute % 60)
    return stamp.strftime("%Y-%m-%dT%H:%M:00+00:00")


def main():
    rng = random.Random(SEED)
    rows = list(ROWS)
    rng.shuffle(rows)
    out = []
    for n, row in enumerate(rows, 1):
        author = pick_author(row, rng)
        rec = {
            "id": "b82-%03d" % n,
            "text": row["text"],
            "author": author,
            "created_at": pick_time(row, rng),
            "platform": rng.choice(PLATFORMS),
            "account": "personal" if author in PERSONAL else "councillor",
            "kind": "post",
            "expect": {"rules": row["rules"], "allowed": row["allowed"], "verdict": row["verdict"]},
            "family": row["family"],
            "kind_of_row": row["kind_of_row"],
        }
        if row.get("near_miss_of"):
            rec["near_miss_of"] = row["near_miss_of"]
        if row.get("interest"):
            rec["interest"] = row["interest"]
        rec["note"] = row["note"]
        out.append(rec)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d posts" % len(out))


if __name__ == "__main__":
    main()
