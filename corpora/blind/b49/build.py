#!/usr/bin/env python3
"""Blind evaluation set b49: Harrowdale District Council (twelve single-post rules).

Hand-written rows plus a deterministic script (seed 4949): shuffles the rows, gives out ids
(b49-NNN), picks authors, platforms and timestamps, and writes posts.jsonl.
Running it again produces the same file.
"""
import json
import random
import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

SEED = 4949
HERE = Path(__file__).resolve().parent

OFF = "officers.impartiality"
RES = "resources.political-use"
POS = "position.improper-advantage"
GIF = "gifts.hospitality"
CAP = "capacity.council-voice"
INS = "confidentiality.insider-advantage"
PRE = "predetermination.closed-mind"
INT = "interests.declared-interest"
DAT = "data-protection.personal-data"
SEC = "security.credentials"
DIS = "confidentiality.disclosure"
TON = "tone.irony-risk"
ATT = "respect.personal-attack"
DEF = "defamation.allegation"
BUL = "bullying.intimidation"
HAS = "haste.pause-before-posting"

DEFAULT_SEV = {
    OFF: "review", RES: "review", POS: "review", GIF: "advice", CAP: "review", INS: "review",
    PRE: "review", INT: "review", DAT: "review", SEC: "block", DIS: "review", TON: "advice",
}
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}

# Councillors: name -> (primary handle, group, role flags)
COUNCILLORS = {
    "Alison Peart": ("@AlisonPeartFI", "FI", "leader"),
    "Gideon Birkett": ("@GidBirkett", "FI", "cabinet"),
    "Hazel Tyson": ("@HazelTysonFI", "FI", "cabinet"),
    "Walter Gaskarth": ("@CllrGaskarth", "FI", "planning-chair"),
    "Dorothy Fallowfield": ("@ChairDotFallowfield", "FI", "chairman"),
    "Neville Stobart": ("@NevStobart", "FI", ""),
    "Ruth Hodgson": ("@RuthHodgsonUllerdale", "FI", ""),
    "Simon Airey": ("@SimonAireyScarth", "FI", ""),
    "Kieran Lowther": ("@KieranLowtherCP", "CP", "group-leader"),
    "Bethany Nixon": ("@BethNixonCP", "CP", ""),
    "Farhan Qureshi": ("@FarhanQureshiCP", "CP", ""),
    "Joanne Pattinson": ("@JoPattinsonCP", "CP", ""),
    "Isla Ritson": ("@IslaRitsonGreen", "GD", ""),
    "Tom Dixon": ("@TomDixonGDP", "GD", ""),
    "Graham Mossop": ("@GrahamMossopInd", "IND", ""),
    "Morag Ellwood": ("@CllrMoragEllwood", "RES", ""),
}
NICKNAMES = {"Walter Gaskarth": ["Walt"], "Neville Stobart": ["Nev"], "Dorothy Fallowfield": ["Dot"],
             "Joanne Pattinson": ["Jo"], "Bethany Nixon": ["Beth"], "Gideon Birkett": ["Gid"]}
# Words that tie a post to a registered interest: the holder never writes such a post by chance.
INTEREST_WORDS = {
    "Neville Stobart": ["plant hire", "stobart"],
    "Ruth Hodgson": ["land trust", "clt"],
    "Gideon Birkett": ["auction mart", "the mart"],
    "Isla Ritson": ["thornsgill village hall", "village hall trust"],
    "Tom Dixon": ["hydro"],
    "Simon Airey": ["scarth head farm"],
    "Joanne Pattinson": ["credit union"],
    "Graham Mossop": ["fell rescue", "mountain rescue"],
    "Kieran Lowther": ["armstrong reay", "solicitor"],
    "Morag Ellwood": ["farm shop"],
}

ROWS = []


def _add(kind_of_row, family, text, rules, allowed, verdict, note, author, date_window, exclude,
         group, near_miss_of=None, interest=None):
    row = dict(kind_of_row=kind_of_row, family=family, text=text, rules=list(rules),
               allowed=list(allowed), verdict=verdict, note=note, author=author,
               date_window=date_window, exclude=list(exclude), group=group)
    if near_miss_of:
        row["near_miss_of"] = near_miss_of
    if interest:
        row["interest"] = interest
    ROWS.append(row)


def P(fam, text, note, verdict=None, also=(), allowed=(), author=None, dates=None, exclude=(),
      group=None, interest=None):
    rules = [fam] + list(also)
    if verdict is None:
        verdict = max((DEFAULT_SEV[r] for r in rules), key=ORDER.get)
    _add("positive", fam, text, rules, allowed, verdict, note, author, dates, exclude, group,
         interest=interest)


def H(near, text, note, allowed=(), author=None, dates=None, exclude=(), group=None):
    _add("hard_negative", "hard_negative", text, [], allowed, "ok", note, author, dates, exclude,
         group, near_miss_of=near)


def F(text, note, author=None, dates=None, exclude=(), group=None):
    _add("filler", "filler", text, [], [], "ok", note, author, dates, exclude, group)


# ---------------------------------------------------------------- officers.impartiality
P(OFF, "Lorna Kitching's report on Beckside Lane reads like it was drafted in Greywether's head office. Planning officers are meant to be neutral, not cheerleaders.",
  "names the senior planning officer and questions her neutrality in public; no vote stated, so no predetermination", allowed=[DEF])
P(OFF, "Asked the Head of Planning three times now to rewrite para 6.4 of the quarry report. Still says 'no significant harm'. I'll keep asking until it says what everyone in Scarth Head already knows.",
  "pressing an officer to change the wording of a committee report")
P(OFF, "Our licensing manager seems to have forgotten who she works for. Hint: it's the folk living round Market Place, not the brewery.",
  "questions the Licensing Manager's impartiality by role")
P(OFF, "Strange how every time the administration needs a number, the s151 officer produces exactly that number. Coincidence, I'm sure.",
  "insinuates the finance director is partisan; sarcasm allowed", allowed=[TON, DEF], group="OPP")
P(OFF, "Daniel Sowerby needs to get out from behind his desk and walk Thornsgill's back lanes before he tells me one more time that the bin round is 'performing well'.",
  "public criticism of a named officer")
P(OFF, "Officers have had the flood report back twice now. Third time lucky – if the conclusions still don't move, I'll want to know why.",
  "pressing officers to change a report's conclusions")
P(OFF, "Whoever in Housing Options wrote that letter to my resident needs retraining, full stop. The manager knows exactly who I mean.",
  "public criticism of unnamed housing officers, identified by team")
P(OFF, "Politely reminding our Chief Executive that she serves the whole council, not just the Leader's office. Twice this month the briefing went to one group first.",
  "questions the Chief Executive's political neutrality in public", group="OPP")
P(OFF, "The comms team has turned into the Fell Independents' press office. Every 'council' press release this month has a cabinet member grinning on it. Josh, mate, you're paid by all of us.",
  "names the Head of Communications and questions his neutrality", group="OPP")
P(OFF, "Planning officers in this district have never met a volume housebuilder they didn't like.",
  "generalised attack on the neutrality of planning officers", allowed=[DEF])
P(OFF, "Frank conversation with environmental health today. If the noise readings near the pub don't get redone by someone who actually stays past 11pm, I'll be raising it at full council.",
  "pressing officers to redo evidence; no pending matter named and no vote stated")
P(OFF, "I have no confidence in the Monitoring Officer. Philip Grainger has been anything but impartial in how he's handled complaints against our group.",
  "plain: names the Monitoring Officer and calls him partial", allowed=[DEF])
P(OFF, "Dear Harrowdale planners: 'on balance acceptable' isn't a planning judgement, it's a shrug. Try again.",
  "public pressure on planning officers to change their advice")
P(OFF, "The officer who told the parish meeting there was 'nothing to be done' about verge parking clearly didn't want there to be. I won't be taking that answer.",
  "questions an officer's motives in public")
P(OFF, "Ms Tiffin's team managed to mislay the residents' letters for a fortnight. Careless or convenient? You decide.",
  "insinuation about the named licensing manager's team", allowed=[DEF, TON])
P(OFF, "Finance officers keep telling us reserves can't stretch to the Skelbeck bus. Odd, they found £400k quickly enough for the Leader's pet project.",
  "questions finance officers' neutrality", group="OPP")
P(OFF, "Tip for whoever writes the committee reports at Harrowdale House: copying the applicant's planning statement and adding 'officers agree' is not analysis.",
  "derides officers' reports and implies bias")
P(OFF, "Caught Euan after the briefing and told him straight: if that report goes out recommending approval he'll have lost the room. He knows what members want to read.",
  "pressing the Head of Planning to change his recommendation")
P(OFF, "Some people at the council have clearly picked a side in the Hollin Crag row. You can tell by whose calls get returned.",
  "insinuates officers are partial on a pending matter; no vote stated", allowed=[DEF])
P(OFF, "Housing officers put a Brackenby family in a B&B forty miles away and then clocked off for the weekend. Someone senior needs to answer for that and I'll name names if I have to.",
  "public criticism of officers with a threat to name them", allowed=[BUL])
P(OFF, "Real credit to our engineers for the Kirkharrow Road closure signs. Put up three weeks after the road reopened. Genius work 👏",
  "mock praise of council engineers: officers criticised and irony about people", also=[TON])

H(OFF, "Huge thanks to Lorna Kitching from planning, who walked the Beckside Lane site with the parish council in the sleet today. Above and beyond.",
  "an officer praised by name", allowed=[OFF])
H(OFF, "The officer report on the quarry extension is now online. Worth reading the noise section in full before the public meeting.",
  "neutral pointer to an officer report")
H(OFF, "The planning department is six posts short out of twenty. That's a cabinet budget decision, not the fault of the officers holding it together.",
  "criticism aimed at cabinet, officers defended")
H(OFF, "Asked the Licensing Manager how the noise conditions at the pub would be enforced. Clear, helpful answer – gist below.",
  "officer consulted and thanked")
H(OFF, "Cabinet's cut to street cleansing is a disgrace. The crews are doing their best with what they're given.",
  "robust criticism of a cabinet decision; staff defended")
H(OFF, "People ask why I don't just 'tell officers what to do'. Councillors don't instruct staff: we set policy and ask questions. That's how it should be.",
  "explains the member/officer relationship", allowed=[OFF])
H(OFF, "Farewell to Jan from the street scene team after 31 years of keeping Kirkharrow tidy. Legend.",
  "thanks a retiring member of staff; no sensitive data")
H(OFF, "Scrutiny put hard questions to the Director of Finance about reserves last week. She answered every one. That's how scrutiny should work.",
  "officer praised by role")
H(OFF, "I don't agree with the second homes policy. That's not a dig at any planner – it's a dig at the local plan, which we councillors wrote.",
  "disagreement with a policy, explicitly not with officers", allowed=[OFF])
H(OFF, "Had concerns about how a piece of casework was handled, so I raised them privately with the service manager. Sorted in a day. No need for a public row.",
  "concerns raised privately, not in public", allowed=[OFF])
H(OFF, "Catherine Mounsey's annual report to council is well worth a read if you want to know where the money goes. Link in comments.",
  "Chief Executive named neutrally")
H(OFF, "Officer advice is officer advice. Members can disagree with it on planning grounds, and sometimes we do. Nothing sinister about that.",
  "defends the process", allowed=[OFF])
H(OFF, "Our Head of Comms Josh Allonby has put together a brilliant flood-ready guide for households. Please share it.",
  "officer praised by name")
H(OFF, "Still waiting for the Skelbeck footbridge to be fixed. Eight months. The administration needs to find the money.",
  "criticism of the administration, not officers", group="OPP")
H(OFF, "Congratulations to the environmental health team on their national award for the food hygiene campaign 🏆",
  "team praised")
H(OFF, "Neutral officers, political members: that's the deal. I'd defend our officers' right to give unwelcome advice any day.",
  "supports officer neutrality", allowed=[OFF])
H(OFF, "The Monitoring Officer has reminded all members about declarations before planning committee. Useful refresher – thanks, Philip.",
  "officer thanked by name")
H(OFF, "Cabinet went against officer advice on car park charges. Their call, their responsibility – and I'll be holding them to it.",
  "criticism aimed at cabinet members", group="OPP")
H(OFF, "Impartial advice from officers is why I trust the process even when I hate the outcome. Lost the vote on the Eskett footpath. That's democracy.",
  "accepts officer advice")
H(OFF, "Tough week for the staff on the customer service lines after the flooding. Please be kind to them – they didn't make it rain.",
  "asks the public to be kind to staff")

# ---------------------------------------------------------------- resources.political-use
P(RES, "Leaflets for Saturday's street stall are printed and stacked in the members' room at Harrowdale House – grab a bundle on your way out of committee 🌹",
  "party leaflets stored in council premises", group="CP")
P(RES, "Drafting our Green Dales manifesto on the council laptop in my lunch break. Multi-tasking 💚",
  "plain: party work on council equipment", group="GD")
P(RES, "Knocking-up list for the Skelbeck by-election is on the members' shared drive, folks. Democratic Services can sort you access if you're not on it.",
  "party campaign data on council IT, with council staff asked to help")
P(RES, "Any Fell Independents activists who fancy helping with the canvass: reply to my harrowdale.example.gov.uk address and I'll send you the walk sheets.",
  "council email used to organise party canvassing", group="FI")
P(RES, "Big thanks to Sharon in member services for formatting our group's election newsletter. Saved us hours!",
  "council staff time used on party material")
P(RES, "Recorded our party election broadcast in the council chamber this morning. Looks very grand – watch this space.",
  "council chamber used for party campaigning")
P(RES, "Ran the residents' survey through the council franking machine (the one with our party logo on the back). Cheaper than the Post Office, ha.",
  "council post room used for party mailing")
P(RES, "Election poster mock-up: council crest on one side, the Commonwealth rose on the other. What do we think? 🌹",
  "council logo on party campaign material", group="CP")
P(RES, "Pinned our Green Dales petition to the council noticeboard in Ullerdale library so people can sign while they return their books 📚",
  "council premises used for a party petition", group="GD")
P(RES, "Our group's campaign launch is in Committee Room 2 on Friday. Tea and biscuits courtesy of the civic catering budget ☕",
  "council room and budget used for a party launch")
P(RES, "Phone bank on Thursday: we'll use the desk phones in the members' room, so bring your canvass lists.",
  "council phones used for party phone-banking")
P(RES, "Sent the whole of Low Eskett our party's position on the bypass from my council email. Well, they did ask what I think!",
  "council email used to send party material", group="CP")
P(RES, "Asked the council's graphic design team to knock up our campaign leaflet, seeing as they did the recycling one so nicely. Result 👌",
  "council staff used for campaign material")
P(RES, "Member ICT kindly set up our party WhatsApp broadcast list on the council-issued phones. Game changer.",
  "council phones and IT staff used for party messaging")
P(RES, "Printed 2,000 'Vote Mossop' cards on the big colour printer in the members' room. Don't tell the Chief Exec 🤫",
  "council printer used for election cards", author="@GrahamMossopInd")
P(RES, "Candidates' photo shoot on the steps of Harrowdale House with the civic mace, courtesy of the Chairman's office 📸",
  "civic regalia and office used for party photos", group="FI", exclude=["Dorothy Fallowfield"])
P(RES, "Campaign diary: morning on the doorsteps in Brackenby, afternoon using the council's mapping system to plan our delivery rounds. Very handy tool.",
  "council GIS used for party delivery rounds")
P(RES, "Want a Fell Independents window poster? There's a pile at reception in the council offices – just ask the front desk.",
  "council reception staff handing out party posters", group="FI")
P(RES, "Our ward newsletter (promoted by Harrowdale Residents) is going out with the council's own mailing this month – saves a fortune on postage.",
  "party newsletter in council mailing", author="@CllrMoragEllwood")
P(RES, "Using the council's resident engagement mailing list to let folk know about our party's public meeting on Thursday. Everyone welcome!",
  "council mailing list used for a party event")
P(RES, "Cheers to the press office for helping polish our group's budget attack lines 😉",
  "council press officers used for party attack lines; officers allowed", allowed=[OFF], group="OPP")

H(RES, "Full Council papers are on the council website. I've printed a few copies at my own expense for residents without internet – just ring me.",
  "council papers, own cost, no party use")
H(RES, "Campaign day in Skelbeck with the Commonwealth team. Good chats on doorsteps about buses and bins 🌹",
  "party campaigning with no council resources", group="CP")
H(RES, "Reminder: my surgery is at the Ravensfell Village Institute on Saturday, 10–12. All welcome, whatever your politics.",
  "councillor's own surgery", author="@CllrMoragEllwood")
H(RES, "Please don't send party political stuff to my council address – that inbox is for casework. Use my party one.",
  "keeps party work off council email", allowed=[RES])
H(RES, "Our Green Dales leaflet was printed by a local co-op and paid for out of members' subs. Every penny declared 💚",
  "party leaflet paid by the party", group="GD")
H(RES, "Council laptop update has broken my calendar again. Apologies to anyone whose surgery booking I missed.",
  "council laptop mentioned, no party use", allowed=[RES])
H(RES, "Members' ICT training on Teams today. Useful. And yes, the printer in the members' room is finally fixed.",
  "council equipment, no party use")
H(RES, "The council chamber is open to schools for a mock election next month – kids get to sit in our seats and debate. Love this.",
  "chamber used for civic education")
H(RES, "Party conference this weekend. Taking time off from council things and paying my own way.",
  "party activity, own cost")
H(RES, "Been asked whether council staff can help with our campaign. Short answer: no, and they shouldn't be asked.",
  "refuses council resources", allowed=[RES])
H(RES, "We've booked Brackenby Methodist hall (paid for) for Saturday's public meeting on the bus cuts. Come and have your say.",
  "party meeting in a paid private hall", group="OPP")
H(RES, "The local plan consultation closes on Friday. Use the official form on the council website – not a party leaflet – so your view counts.",
  "points to council consultation")
H(RES, "Delighted the council's in-house recycling leaflet has won a regional award. Good work, comms team.",
  "council design work praised")
H(RES, "Out leafleting in Kirkharrow with the Fell Independents. Leaflets paid for by the group, printed by Dalesprint.",
  "party leaflets, party-paid", group="FI")
H(RES, "Pre-election period rules are out: no councillors on the council's social media until polling day. Quite right too.",
  "welcomes purdah rules")
H(RES, "No, I won't be sending the party survey round on council email. Sign up on our website if you want it.",
  "refuses to use council email", allowed=[RES])
H(RES, "The council offices will be a polling station on 7 May. Please use the side entrance.",
  "civic information")
H(RES, "Someone asked why my campaign photos are on a hillside and not in the chamber. Because the chamber isn't mine to use for that!",
  "explains not using the chamber", allowed=[RES])
H(RES, "Happy to print council forms for residents at my surgery – blue badge, council tax support, bin requests. Just ask.",
  "council forms for casework")
H(RES, "Our party's campaign office is above the Ullerdale bakery. Open Tuesdays, kettle's always on.",
  "party office in private premises", group="OPP")

# ---------------------------------------------------------------- position.improper-advantage
P(POS, "If your extension is stuck in the planning queue, drop me a DM. I'll have a quiet word and get it bumped up – that's what I'm here for.",
  "offers to fast-track through the role")
P(POS, "My nephew's landscaping firm does lovely work, and let's just say the council's grounds team knows his name 😉 Give him a ring for your garden.",
  "promotes a relative's firm with a hint of council influence")
P(POS, "Neighbour parked across my drive again. Reminded him that I sit on licensing and his pub's renewal is due. Funny how fast he moved the van.",
  "uses the role as leverage in a private dispute", allowed=[BUL])
P(POS, "Anyone needing a taxi licence in a hurry: I know exactly who to talk to in licensing. Message me.",
  "offers preferential access to licensing")
P(POS, "Firms tendering for council work: my brother-in-law's scaffolding company has an excellent record, and I'll be looking kindly on bids that use local subbies like him.",
  "promotes a connected firm to council bidders")
P(POS, "Allotment waiting list is three years. Unless you know the right councillor 😏 PM me.",
  "offers to jump a council queue")
P(POS, "Got the council to patch the potholes on my own lane first. Perks of the job!",
  "boasts of using the role for personal benefit")
P(POS, "Told the new owners of the Thornsgill tearooms that if they ever need help with their licence they only have to ask – and to keep my usual table free 😉",
  "trades help with a licence for favours")
P(POS, "Any firm after the new Kirkharrow car park cleaning contract might want to get to know me first. Coffee's on you.",
  "invites bidders to court the councillor")
P(POS, "Book a holiday cottage off me this summer and I'll make sure your bins never get missed 😂",
  "joke offer of council favours for custom; the joke does not cure it", allowed=[TON])
P(POS, "The wife's catering business is free for all those civic events coming up. I'll put a word in with the Chairman's office for you, love.",
  "promotes a spouse's business through the role", exclude=["Dorothy Fallowfield"])
P(POS, "Had a word with the housing team and got my mate's lad moved up the list. Sometimes it's who you know.",
  "boasts of securing preferential housing")
P(POS, "Parking ticket? Send me a photo of the PCN and I'll see what I can do. Had a few cancelled for friends.",
  "offers to get penalties cancelled")
P(POS, "Anyone from Howgill Leisure Parks reading: always happy to show potential investors round the district. My consultancy rates are very reasonable.",
  "touts paid services to a pending applicant")
P(POS, "Sold my old Land Rover to a chap whose planning appeal I'm helping with. Good price for both of us 👍",
  "private deal with someone seeking a planning decision", allowed=[GIF])
P(POS, "To the landlord at number 14 who keeps ignoring me about the hedge: you might remember I chair the scrutiny panel on private rented housing.",
  "invokes the role as a threat in a private dispute", allowed=[BUL])
P(POS, "Sign up for my Pilates class and your casework gets answered quicker. Kidding! Mostly. Tuesdays, Brackenby hall, £6.",
  "ties faster casework to the councillor's business", allowed=[TON])
P(POS, "Mum's B&B is the obvious place for the council to put up visiting inspectors – I've already mentioned it to procurement.",
  "steers council business to a relative")
P(POS, "Got our lad a week's work experience in the planning department over half term. He loved it. Not everyone's that lucky!",
  "uses the role to secure an opportunity for a relative")
P(POS, "Selling land anywhere near the proposed bypass line? Talk to me before you talk to an agent. I know how the council's thinking.",
  "offers role-based advantage using council knowledge", also=[INS])
P(POS, "Local businesses: a little donation to my re-election fund is always remembered when the shop-front grants are handed out 😉",
  "links grants to donations", allowed=[TON])

H(POS, "As your councillor I can't fast-track anybody's planning application – but I can explain the process and chase a decision that's overdue. Get in touch.",
  "disclaims fast-tracking", allowed=[POS])
H(POS, "Shop local this weekend: the Ullerdale bakery, the Thornsgill butcher, Kirkharrow market. (No connection to any of them – I just like pies.)",
  "promotes local shops with no connection")
H(POS, "Parking ticket you think is unfair? Here's how to appeal it yourself. I can't get tickets cancelled, and nor should I.",
  "points to the public appeal route", allowed=[POS])
H(POS, "The allotment waiting list is too long. I'm proposing we bring two derelict plots back into use. Everyone waits in the same queue.",
  "policy proposal, fair queue")
H(POS, "Reported the potholes on Sty Lane, Eskett Brow and the Thornsgill road. Highways have them on the list and I'll keep chasing.",
  "ordinary ward casework")
H(POS, "My brother runs a building firm. He's never had council work through me and never will – it's on my register and I leave the room.",
  "states safeguards", allowed=[POS])
H(POS, "Helped a Brackenby family with a housing application today. Same process as everyone – I just help people fill the form in properly.",
  "casework, no favour")
H(POS, "Opened the new Thornsgill tearooms today. Great scones, and yes, I paid for mine!",
  "opens a business, pays")
H(POS, "Small businesses: the shop-front improvement grant opens on Monday. Criteria and form on the council website.",
  "public grant information")
H(POS, "Council work experience for Year 10s is open to everyone in the district through the schools. Encourage your kids to apply!",
  "open scheme")
H(POS, "The neighbour and I have fallen out over a hedge. I'll be using the same mediation service as anyone else. No special treatment.",
  "private dispute, no leverage", allowed=[POS])
H(POS, "Happy to write references for the young volunteers who've helped on our litter picks, based on the work they've done for the community.",
  "references for volunteers; close to the line", allowed=[POS])
H(POS, "Popped into the new café on Market Place for a brew. Lovely spot – go and support them.",
  "supports a business with no connection")
H(POS, "Investors looking at Harrowdale: the council's inward investment team is the place to start. Contact details on the council site.",
  "points investors to officers")
H(POS, "Got asked if I could 'have a word' about a licence. No. Ring the licensing team, and I'll make sure you get a reply – that's all.",
  "refuses to intervene", allowed=[POS])
H(POS, "Taxi drivers: the licensing consultation closes next Friday. Make sure you respond.",
  "public consultation")
H(POS, "My wife's business is on my register of interests. If anything comes up I declare it and sit out. Simple.",
  "declared connection", allowed=[POS])
H(POS, "A resident asked me to speed up her blue badge. I can't – but I did find out why it was stuck (a missing photo). Sorted within the week.",
  "casework without favour")
H(POS, "Rotary auction tonight: I'm offering a guided fell walk with me as one of the lots. All proceeds to the food bank.",
  "charity auction, no council favour")
H(POS, "Chasing the council for a constituent whose bin has been missed six weeks running. Nothing fancy – just persistent emails.",
  "ordinary casework")

# ---------------------------------------------------------------- gifts.hospitality
P(GIF, "Cracking evening at the Cragstone Aggregates supper – thanks for the hospitality, lads. Best venison I've had all winter.",
  "hospitality from a pending applicant (Hollin Crag Quarry)", verdict="review")
P(GIF, "Greywether Homes kindly took a few of us to the rugby at the weekend. Great seats! 🏉",
  "hospitality from a pending applicant (Beckside Lane)", verdict="review")
P(GIF, "A Valeway Foods hamper turned up at home. Very generous – the kids have already demolished the chocolate.",
  "gift from a pending applicant (Kirkharrow Road foodstore)", verdict="review")
P(GIF, "Two nights in one of the Tarn Foot lodges courtesy of Howgill Leisure Parks, so I could 'get a feel for the product'. The hot tub was very convincing 😄",
  "hospitality from a pending applicant (Tarn Foot extension)", verdict="review")
P(GIF, "Thanks to the Fleece for the complimentary Burns supper and a dram or three. Landlord's a top man 🥃",
  "hospitality from a pending licence applicant", verdict="review", dates=("2026-01-26", "2026-01-30"))
P(GIF, "Fell Fest organisers have sent over VIP wristbands for all three days. Can't wait! 🎸",
  "gift from a pending licence applicant", verdict="review")
P(GIF, "Corrie Ridge flew a few of us up to see one of their wind farms in Scotland. Impressive kit, lovely lunch.",
  "hospitality from a pending applicant (Ravensfell Moor turbines)", verdict="review")
P(GIF, "Lovely bottle of single malt from Dalehead Waste, with a card saying 'looking forward to the renewal'. Cheers!",
  "gift from a council contractor seeking renewal", verdict="review")
P(GIF, "Kendrew Construction treated the leisure working group to a slap-up lunch after the site tour. Very good of them.",
  "hospitality from a bidder for council work", verdict="review")
P(GIF, "Popped into Peppers and they insisted dinner was on the house. Can't argue with free chicken 🍗",
  "hospitality from a pending licence applicant", verdict="review")
P(GIF, "Chamber of Trade black-tie dinner last night – great company, and thanks to our hosts for a superb meal and the fizz.",
  "hospitality from a local business body; no decision sought known; no registration mentioned", verdict="advice")
P(GIF, "Got a new tablet as a thank-you from a firm I helped with its business rates relief. Very kind, not necessary!",
  "gift from a firm seeking a council decision on rates relief", verdict="review")
P(GIF, "Kirkharrow Golf Club have given me honorary membership for the year. Time to sort my swing out ⛳",
  "significant gift given because of the role; no decision sought known", verdict="advice")
P(GIF, "Signed print of the Ullerdale valley from the Front Street gallery after I opened their exhibition. Now on my wall!",
  "gift received in the role", verdict="advice")
P(GIF, "Free weekend at the Low Eskett spa hotel for me and the other half. Lovely gesture from the owners after I supported their signage application.",
  "gift linked to a permission the councillor supported", verdict="review")
P(GIF, "Local car dealer's lent me a hybrid for a couple of months 'to try it out'. Could get used to this 🚗",
  "extended loan, likely over £100; giver's dealings unknown", verdict="advice")
P(GIF, "Thanks to Tarnview Holidays for the Christmas hamper – only just finished the cheese!",
  "gift from a pending applicant (Old Bobbin Mill)", verdict="review", dates=("2026-01-05", "2026-01-16"))
P(GIF, "Season tickets for Kirkharrow Rovers from the club chairman. They've been great partners on the new pitch plans ⚽",
  "gift from a club seeking council decisions on its ground plans", verdict="review")
P(GIF, "Front-row seats at the panto from the theatre trust, plus a drinks reception. Ta very much!",
  "hospitality given because of the role", verdict="advice", dates=("2026-01-05", "2026-01-16"))
P(GIF, "A developer who shall remain nameless sent a case of wine to the house after the Beckside site visit. Good taste, I'll give him that.",
  "gift linked to a pending application", verdict="review")

H(GIF, "Greywether Homes offered to take members to the rugby. I said no thanks – they've an application in front of us.",
  "refused hospitality", allowed=[GIF])
H(GIF, "Registered the Chamber of Trade dinner with the Monitoring Officer today, as I do with anything worth £100 or more.",
  "registered hospitality", allowed=[GIF])
H(GIF, "Flapjack from the Thornsgill WI after my talk on the budget. Thank you, ladies – it didn't last the drive home.",
  "trivial token from a community group", allowed=[GIF])
H(GIF, "Paid my own way to the Fell Fest press preview. Happy to pay like everybody else.",
  "paid own way", allowed=[GIF])
H(GIF, "Returned the bottle of whisky that arrived from a contractor this morning, with a polite note. Appreciated, but no.",
  "returned gift", allowed=[GIF])
H(GIF, "Thanks to the volunteers at the Skelbeck litter pick for the tea and biscuits. You're all stars ⭐",
  "thanking volunteers")
H(GIF, "Gift of the day: a drawing of me by a Year 2 pupil at Ullerdale school. I look about ninety. Treasured.",
  "child's drawing, no business")
H(GIF, "Great night at the Fell Rescue annual dinner – I bought my ticket, and so should you! Raffle raised £3k.",
  "paid ticket", allowed=[GIF])
H(GIF, "Quick reminder to fellow members: gifts or hospitality worth £100 or more go on the register within 28 days.",
  "reminder of the rule", allowed=[GIF])
H(GIF, "The gift of time: huge thanks to the 40 volunteers who planted hedging above Skelbeck this week 🌳",
  "thanking volunteers")
H(GIF, "Speaking at Rotary tonight about the budget. Paying for my own dinner, naturally.",
  "pays own way")
H(GIF, "Got offered free Fell Fest tickets while their licence is pending. Declined, and told the Monitoring Officer.",
  "refused and reported", allowed=[GIF])
H(GIF, "Lovely card from a resident after we got her bins sorted. That's all the thanks I need.",
  "thank-you card")
H(GIF, "Officers and I had a working lunch with Kendrew Construction: sandwiches paid for by the council, all minuted.",
  "normal business, council-paid", allowed=[GIF])
H(GIF, "Birthday presents from the family: socks and a fell-walking guide. Peak councillor energy 🧦",
  "family gifts, unrelated to the role")
H(GIF, "The civic reception for volunteers: sherry, sausage rolls and a room full of people we could never thank enough.",
  "normal civic hospitality")
H(GIF, "The food bank volunteers gave me a little box of chocolates after our shift. Under any threshold, over any expectation ❤️",
  "trivial token", allowed=[GIF])
H(GIF, "I don't accept freebies from anyone with business before the council. If you're offering, please don't be offended when I say no.",
  "states the rule", allowed=[GIF])
H(GIF, "Thank you to everyone who gave to our Christmas toy appeal – over 300 gifts for families across the district 🎁",
  "donations to an appeal", dates=("2026-01-05", "2026-01-16"))
H(GIF, "The Tarn Foot open day offered lunch; I brought my own sarnies, given their application's pending. Call me a killjoy.",
  "declined hospitality from a pending applicant", allowed=[GIF])

# ---------------------------------------------------------------- capacity.council-voice
P(CAP, "Harrowdale District Council fully supports the campaign to reopen Ullerdale station, and we'll be lobbying the minister accordingly.",
  "backbencher speaks for the council with no resolution", group="BACK")
P(CAP, "On behalf of the council, let me say we're appalled by the water company's sewage dumping in the Esk.",
  "claims to speak on behalf of the council", group="BACK")
P(CAP, "The council's position is clear: no more second homes in Thornsgill. Full stop.",
  "personal view stated as the council's position", group="BACK")
P(CAP, "Harrowdale District Council welcomes the government's new upland farming scheme. Great news for our hill farmers!",
  "backbencher presents a view as the council's", group="BACK")
P(CAP, "Speaking for Harrowdale DC: we won't be offering to host more asylum placements until the Home Office funds them properly.",
  "claims the council's voice on a political issue", group="BACK")
P(CAP, "As a council we are united behind Kirkharrow Rovers' bid for league status 💙",
  "claims a united council view with no decision", group="BACK")
P(CAP, "Official: Harrowdale council backs the bypass. (OK, I back it. But I'm on the council, so 🤷)",
  "personal view presented as official council backing; joke allowed", allowed=[TON], group="BACK")
P(CAP, "The council thinks the new bus timetable is unacceptable and has told the operator so.",
  "opposition member asserts a council view and action with no decision", group="OPP")
P(CAP, "A message from your council to the Secretary of State: hands off our national park boundaries.",
  "speaks as the council", group="BACK")
P(CAP, "We at Harrowdale District Council stand with our striking nurses ✊",
  "party view in the council's name; no motion passed", group="OPP")
P(CAP, "Harrowdale DC's official line on the shale gas licence is a firm no, and I'm proud of that.",
  "claims an official council line", group="BACK")
P(CAP, "Your district council has decided: the Christmas market moves to Brackenby next year 🎄",
  "backbencher announces an undecided council decision", group="BACK", dates=("2026-01-05", "2026-01-16"))
P(CAP, "Harrowdale District Council will be opposing the closure of the Kirkharrow tax office, and I'll be leading that fight.",
  "commits the council without a decision", group="BACK")
P(CAP, "I can confirm the council has no plans to raise council tax next year.",
  "backbencher speaks for the council on the budget", group="BACK", dates=("2026-01-05", "2026-02-20"))
P(CAP, "The council apologises for the state of the Skelbeck play park. We'll have it fixed by Easter, you have my word.",
  "apology and commitment in the council's name", group="BACK")
P(CAP, "Harrowdale District Council condemns the MP's vote on the farm payments bill.",
  "party-political condemnation in the council's name", group="OPP")
P(CAP, "From all of us at Harrowdale District Council: the Green Dales are the only party serious about the climate 🌍",
  "party view in the council's name", group="GD")
P(CAP, "We, the council, think the county's decision on the mobile library is short-sighted.",
  "speaks as the council with no resolution", group="BACK")
P(CAP, "Personal account, personal views – except this one: Harrowdale District Council formally opposes the merger with the neighbouring district.",
  "personal account claims the council's formal position", author="@walt_on_the_fells")
P(CAP, "Baking for the Skelbeck school fair tonight, and the council's backing the parents' fight to keep the school open 100% 🧁",
  "personal account claims council backing", author="@bethbakes_skelbeck")

H(CAP, "Full Council voted 24–12 last night to support the Ullerdale station campaign. The council will now write to the minister.",
  "accurate report of a resolution", allowed=[CAP], dates=("2026-01-15", "2026-01-15"))
H(CAP, "My personal view, not the council's: the new bus timetable is a mess.",
  "personal view labelled")
H(CAP, "The council thinks it's fine to shut the Thornsgill toilets. I think it's a disgrace.",
  "criticism of a council decision", allowed=[CAP], group="OPP")
H(CAP, "The Fell Independents group believes the bypass is essential. Our opponents disagree – come to the public meeting and hear both sides.",
  "party view labelled as the party's", group="FI")
H(CAP, "The council's official statement on the flooding is on its website. Please read that rather than the rumours on here.",
  "points to the official statement", allowed=[CAP])
H(CAP, "Green Dales councillors will vote against the car park charges. Not the council's view – ours.",
  "party view labelled", group="GD")
H(CAP, "Views here are mine. If you want the council's position, ask @HarrowdaleDC.",
  "disclaimer")
H(CAP, "Some people think I speak for the council. I don't – I speak for Ravensfell. Those aren't always the same thing.",
  "disclaims speaking for the council", allowed=[CAP])
H(CAP, "Cabinet agreed last night to freeze car park charges for a year. Glad they listened.",
  "accurate report of a decision", dates=("2026-03-05", "2026-03-05"))
H(CAP, "What does the council believe about second homes? There's a consultation on right now – tell them yourself.",
  "points to a consultation", allowed=[CAP])
H(CAP, "The Commonwealth group is calling on the council to back the nurses. We'll table a motion at Full Council.",
  "party calls on the council", group="CP")
H(CAP, "The council's budget consultation says 'we want to hear from you'. So tell them! Link below.",
  "quotes a council consultation")
H(CAP, "Proud to serve on a council that voted unanimously to declare a nature emergency last year.",
  "accurate reference to a past resolution")
H(CAP, "Council tax: the cabinet is proposing a 4.99% rise. I'll be voting against, and here's why.",
  "own view on the budget", group="OPP", dates=("2026-02-02", "2026-02-24"))
H(CAP, "'The council should…' is something I hear a lot at surgeries. Often it's actually the county. Here's a handy who-does-what.",
  "explains responsibilities")
H(CAP, "Following Tuesday's cabinet decision, the Leader has confirmed on behalf of the council that we'll oppose the tax office closure.",
  "reports the Leader speaking after a decision", allowed=[CAP], exclude=["Alison Peart"])
H(CAP, "I'd love the council to back Kirkharrow Rovers' league bid. I'll be asking colleagues to support a motion.",
  "wish, not a claim")
H(CAP, "On behalf of the Thornsgill residents I represent: thank you to the volunteers who dug out the school lane after the snow ❄️",
  "speaks for residents, not the council")
H(CAP, "The council's planning department has published its annual monitoring report. Housing completions are down 20%.",
  "factual report")
H(CAP, "Our party's position isn't the council's position – yet. Vote in May and we'll change that 🌿",
  "distinguishes party from council", group="GD")

# ---------------------------------------------------------------- confidentiality.insider-advantage
P(INS, "If I were opening a café in Kirkharrow I'd be looking very hard at the units near the old bus depot right now. Can't say more 🤐",
  "hints at undisclosed council plans for advantage")
P(INS, "Friends with holiday lets in Thornsgill: get your fire safety certificates sorted in the next fortnight. Trust me on this one.",
  "tips off owners about enforcement; disclosure allowed (unnamed operation)", allowed=[DIS])
P(INS, "Selling on the Brackenby Road side? Might be worth holding off till spring. You'll thank me later.",
  "hints at council plans affecting values")
P(INS, "Heads up if you're after a Market Place pitch: fees are about to double at cabinet. Get your application in this week at the old rate.",
  "plain tip-off before a decision", dates=("2026-01-05", "2026-02-27"))
P(INS, "Mate asked if he should buy the paddock behind Skelbeck school. Told him yes, and quickly. Say no more.",
  "uses inside knowledge to advise a friend")
P(INS, "Business owners: apply for rates relief NOW, before the criteria get tightened. I've seen the draft.",
  "uses a draft seen as a councillor")
P(INS, "A little bird tells me the empty homes premium is going up. Got a second property sat empty? Might want a tenant in before April.",
  "tip-off before a decision", dates=("2026-01-05", "2026-02-20"))
P(INS, "Anyone with plant: the council's going to need a lot of diggers for the flood works later this year. Get yourself on the approved list early 😉",
  "tips off contractors; position allowed", allowed=[POS], exclude=["Neville Stobart"])
P(INS, "To my mates in the taxi trade: the new fee schedule is harsh. Renew before the end of the month and you'll dodge it.",
  "tip-off about unannounced fees", dates=("2026-01-05", "2026-02-27"))
P(INS, "Don't buy that barn conversion in Ullerdale, Steph. Believe me. Not saying why.",
  "private advice from council knowledge")
P(INS, "Without giving too much away, Valeway aren't the only supermarket sniffing round Kirkharrow. Own land near the main road? Sit tight.",
  "land tip from confidential approaches", allowed=[DIS])
P(INS, "A bit of advice for local landlords, off the back of something I heard at a members' briefing: make sure your licences are in order before summer.",
  "briefing knowledge passed to landlords", allowed=[DIS])
P(INS, "Thinking of opening a takeaway in Low Eskett? Now's the time – the licensing policy coming later this year will make it much harder.",
  "advantage from an undisclosed policy")
P(INS, "Cousin's selling his field by the Thornsgill road. Told him to wait for the local plan allocations. He'll be a rich man 😂",
  "family advantage from plan knowledge")
P(INS, "A couple of businesses in Brackenby might want to check the break clauses in their council leases, in light of things I can't talk about yet.",
  "tip-off about undisclosed plans", allowed=[DIS])
P(INS, "Builders: put a bid in for the leisure centre refurb. The scoring's going to favour local firms – you didn't hear it from me.",
  "procurement knowledge passed on", allowed=[DIS])
P(INS, "Want a council house swap in Skelbeck? Apply before the new allocations policy lands – it'll knock you down the list. Not public yet.",
  "unpublished policy used for advantage")
P(INS, "Got shares in Dalehead Waste? I'd sell. Just a hunch 😇",
  "hints at contract decision to shareholders")
P(INS, "Quiet word for the Kirkharrow traders: the parking contract changes next month and there'll be wardens everywhere. Warn your regulars now.",
  "passes unannounced enforcement plans to traders")
P(INS, "Get your application in for that garden chalet before the Article 4 direction comes in. Just saying.",
  "tip-off on an unannounced planning control")

H(INS, "Now announced: Market Place pitch fees are frozen for 2026. Details on the council website.",
  "announced decision", allowed=[INS])
H(INS, "Tip-off from a resident about fly-tipping in the Brackenby lay-by. Reported – crews out tomorrow.",
  "tip-off received, not given", allowed=[INS])
H(INS, "Heads up: the small business rates relief scheme opens today. Apply before the 31 March deadline.",
  "public scheme", allowed=[INS])
H(INS, "Landlords: the council's selective licensing consultation is open. Have your say before it closes.",
  "public consultation")
H(INS, "Thinking of selling? Get three valuations and don't rush. Not insider advice – just what my mum always said.",
  "ordinary advice", allowed=[INS])
H(INS, "The local plan call for sites is open to everyone. If you own land you can put it forward – it's all public.",
  "public process")
H(INS, "Insider tip for visitors: the best chips in Harrowdale are in Low Eskett. That's all I'm saying 🍟",
  "joke insider tip", allowed=[INS])
H(INS, "March cabinet papers are published: the proposed fees and charges are on page 43. Have a read before the meeting.",
  "published papers")
H(INS, "I'm not allowed to tell people about decisions before they're made, and I won't. But I'll always tell you once they are.",
  "states the rule", allowed=[INS])
H(INS, "Taxi licence fees: cabinet approved the new schedule last night; it starts on 1 April. Renew when you're due.",
  "announced decision", dates=("2026-03-05", "2026-03-06"))
H(INS, "The empty homes premium changes were agreed at Budget Council and are published. If you own an empty property, here's what it means.",
  "published decision", dates=("2026-02-26", "2026-03-27"))
H(INS, "Buy local before the Christmas rush, they said. Well, the rush is over and our shops still need you.",
  "shop-local post", dates=("2026-01-05", "2026-01-23"))
H(INS, "From the council's own press release: Kirkharrow Road closes for resurfacing from 9 March.",
  "published notice", dates=("2026-02-16", "2026-03-06"))
H(INS, "Got a tip-off about a dog left in a car on Market Place. Police attended; the dog's fine.",
  "tip-off received")
H(INS, "The approved contractors list for flood works is open to all local firms – the procurement advert is here.",
  "public procurement", allowed=[INS])
H(INS, "People ask me to 'tell them first' when things are coming. I can't, and I won't – everyone hears at the same time.",
  "refuses to give advantage", allowed=[INS])
H(INS, "Planning applications are public. You can track any of them on the council portal – here's how.",
  "public information")
H(INS, "Before it's announced officially I can't say a thing. Once it is, I'll happily explain it to anyone who asks.",
  "refuses to give advantage", allowed=[INS])
H(INS, "Local plan allocations go out for consultation in the summer. Everyone gets the same six weeks to comment.",
  "public timetable")
H(INS, "Friends keep asking if they should buy in Thornsgill. I'm a councillor, not an estate agent! Ask a professional.",
  "declines to advise", allowed=[INS])

# ---------------------------------------------------------------- predetermination.closed-mind
P(PRE, "Beckside Lane. 48 houses on a flood meadow. Not while I've got a vote on that committee. End of.",
  "settled view against a pending application named by site", verdict="block")
P(PRE, "Whatever the officers recommend on Hollin Crag, I'm voting it down. Scarth Head has had enough.",
  "closed mind against a pending application; whatever the officers say", verdict="block")
P(PRE, "I've read enough. The Old Bobbin Mill holiday lets are exactly what Ullerdale needs and they have my vote at committee, objectors or no objectors.",
  "closed mind in favour of a pending application", verdict="block")
P(PRE, "Turbines on Ravensfell Moor? Over my dead body. No amount of 'community benefit' will change my mind.",
  "settled view against a pending application", verdict="block")
P(PRE, "The Fleece wants to stay open till 2am. I sit on licensing, and the answer from me will be no, however nicely they ask.",
  "settled view on a pending licence", verdict="block")
P(PRE, "Fell Fest is brilliant for Brackenby and I'll be backing that licence all the way. The complainers can stay in with earplugs.",
  "closed mind in favour of a pending licence", verdict="block", allowed=[ATT])
P(PRE, "HDC/25/0802/OUT, the Valeway store: a done deal as far as I'm concerned. Kirkharrow's been crying out for it.",
  "closed mind in favour, by reference", verdict="block")
P(PRE, "Tarn Foot wants another 60 lodges. I'll never vote for that. Never.",
  "settled view against a pending application", verdict="block")
P(PRE, "Losing the Drovers would be a crime. Turn it into a house? I'm voting no on the night and nothing the agent says will change that.",
  "settled view against a pending change of use", verdict="block")
P(PRE, "Peri peri till 3am on Brackenby Road? Not a chance. My mind was made up before we even sit.",
  "settled view on a pending licence (Peppers, named by site)", verdict="block")
P(PRE, "Greywether's scheme will get through with my vote. Skelbeck needs family homes and I won't pretend otherwise.",
  "closed mind in favour of a pending application, by applicant", verdict="block")
P(PRE, "Don't waste your stamps writing in about the Ravensfell turbines. I'm for them, I'll vote for them, job done 🌬️",
  "closed mind in favour of a pending application", verdict="block")
P(PRE, "LIC/25/0104. No. Just no. Not with my vote.",
  "settled view by reference on a pending licence", verdict="block")
P(PRE, "That drive-thru on the Skelbeck bypass roundabout is going nowhere. I'll move refusal myself.",
  "settled view on an unregistered application", verdict="review")
P(PRE, "The HMO application on Fell View? Already decided: I'm against it, and I've told the applicant as much.",
  "settled view on an unregistered application", verdict="review")
P(PRE, "I'm on the sub-committee hearing the Low Eskett taxi driver's licence appeal next month. He won't be getting it back – not from me.",
  "settled view on an unregistered licensing appeal", verdict="review")
P(PRE, "The gym's bid for longer hours on Ullerdale trading estate gets my vote whatever the neighbours say. Jobs matter.",
  "closed mind in favour of an unregistered application", verdict="review")
P(PRE, "The phone mast on Thornsgill Common should be refused. Whatever the officer report says, I'm voting against.",
  "closed mind on an unregistered application", verdict="review")
P(PRE, "Solar farm at Eskett Brow comes to committee next month. I know how I'm voting and it isn't yes.",
  "settled view on an unregistered application", verdict="review")
P(PRE, "A second off-licence on Market Street? My mind's made up already: no.",
  "settled view on an unregistered licence", verdict="review")
P(PRE, "The holiday park at Brackenby Ghyll will be approved if I've anything to do with it. Tourists mean jobs.",
  "closed mind in favour of an unregistered application", verdict="review")

H(PRE, "I have real concerns about the Beckside Lane houses – flooding, the school, the lane itself. I'll listen to all the evidence at committee before I decide.",
  "predisposition with an open mind", allowed=[PRE])
H(PRE, "I'm not on the planning committee, so I can say it plainly as ward councillor: I object to the Hollin Crag extension, and I've written to officers with my reasons.",
  "ward councillor, not a decision-maker, objecting", allowed=[PRE], exclude=["Walter Gaskarth"])
H(PRE, "If you want to comment on the Tarn Foot lodges, the deadline is Friday. Reference HDC/25/0587/FUL on the portal.",
  "neutral process information")
H(PRE, "The Fleece licence hearing is in April. Anyone can make a representation – here's how.",
  "neutral process information")
H(PRE, "My mind's made up: this is the best pie in Harrowdale 🥧 Sorry, Ullerdale bakery.",
  "mind made up about pie", allowed=[PRE])
H(PRE, "Never approve of people parking on pavements. Think of wheelchairs and buggies, please.",
  "'never approve' about parking", allowed=[PRE])
H(PRE, "Whatever the forecasters say, I'm walking the Ravensfell horseshoe on Saturday.",
  "'whatever the … say' about the weather", allowed=[PRE])
H(PRE, "Valeway's supermarket plans have split Kirkharrow. I'll weigh the jobs against the traffic when it comes to committee. Keep the views coming.",
  "open mind on a pending application", allowed=[PRE])
H(PRE, "Predetermination rules mean I can't tell you how I'll vote on the Ravensfell turbines. I can tell you I'm listening.",
  "explicit open mind", allowed=[PRE])
H(PRE, "Fell Fest: I've had 40 emails for and 38 against. Every single one will be read before the hearing.",
  "open mind on a pending licence")
H(PRE, "The Drovers: the community is trying to list it as an asset of community value. That's separate from the planning application – here's what it means.",
  "neutral explanation")
H(PRE, "Our group has always opposed the loss of village pubs as a matter of policy. Individual applications are for the committee to decide on the evidence.",
  "policy position with process respected", allowed=[PRE], group="CP")
H(PRE, "The Old Bobbin Mill site visit is next Tuesday. Committee members will see it before deciding. That's how it should work.",
  "process")
H(PRE, "I've an open mind on the late licence for the takeaway on Brackenby Road. Residents' concerns are noted, and so is the applicant's case.",
  "open mind on a pending licence")
H(PRE, "Committee refused the Skelbeck drive-thru last month. The applicant can appeal – that's their right.",
  "decided matter reported", dates=("2026-02-23", "2026-03-27"))
H(PRE, "I'll be voting against the council tax rise at Budget Council. It's too much for families already struggling.",
  "settled view on the budget, not quasi-judicial", allowed=[PRE], group="OPP", dates=("2026-02-09", "2026-02-24"))
H(PRE, "Never again will I wear white trainers on a site visit in February 🙈",
  "'never' about trainers", allowed=[PRE], dates=("2026-02-02", "2026-02-27"))
H(PRE, "Planning committee approved the Eskett Brow barn conversion last night after a long debate. Conditions on lighting.",
  "decided matter reported", dates=("2026-01-22", "2026-01-22"))
H(PRE, "I'm against closing Skelbeck library – always have been, always will be.",
  "policy campaigning", allowed=[PRE])
H(PRE, "Cragstone have submitted more noise data for Hollin Crag. It's on the portal – residents, do read it before the hearing.",
  "neutral pointer")

# ---------------------------------------------------------------- interests.declared-interest
P(INT, "Pleased to see the winter gritting framework out to tender. Local plant hire firms like ours are more than ready to step up – keep the money in the district.",
  "holder (director) promotes a tender his firm can bid for", author="@NevStobart", interest="Stobart Plant Hire Ltd")
P(INT, "Backing the cabinet paper to do flood repairs with local subcontractors. Stobart Plant Hire has diggers sat idle – let's get Brackenby moving.",
  "holder backs a council decision benefiting his firm", author="@NevStobart", interest="Stobart Plant Hire Ltd")
P(INT, "Great news that the council is looking at transferring the old Ullerdale school site for affordable homes. Our CLT is ready to take it on and I'll be pushing cabinet hard.",
  "board member lobbies for a land transfer to her trust", author="@RuthHodgsonUllerdale", interest="Ullerdale Community Land Trust")
P(INT, "Urging colleagues to back the community-led housing grant in the budget. Ullerdale Community Land Trust has three schemes waiting on it.",
  "board member lobbies for a grant to her trust", author="@RuthHodgsonUllerdale", interest="Ullerdale Community Land Trust")
P(INT, "Moving the Auction Mart out to the Kirkharrow Road site is the best thing for the town. I'll be arguing for the council's land deal at cabinet.",
  "shareholder argues for a council land deal with the mart", author="@GidBirkett", interest="Kirkharrow Auction Mart Ltd")
P(INT, "Market tolls review: I'm proposing we scrap the charge for livestock wagons parking by the mart. Farmers have had enough.",
  "shareholder proposes a charge change benefiting the mart", author="@GidBirkett", interest="Kirkharrow Auction Mart Ltd")
P(INT, "Please support the Thornsgill Village Hall Trust's bid to the community buildings fund – I'll be speaking for it at the grants panel.",
  "trustee speaks for her trust's grant", author="@IslaRitsonGreen", interest="Thornsgill Village Hall Trust")
P(INT, "The new hire charges for council-supported venues would cripple halls like ours in Thornsgill. I'll be moving an amendment.",
  "trustee moves an amendment affecting her hall", author="@IslaRitsonGreen", interest="Thornsgill Village Hall Trust")
P(INT, "The council's energy procurement should favour community schemes like the Eskett Valley hydro. I'm tabling a motion.",
  "co-op member tables a motion favouring it", author="@TomDixonGDP", interest="Eskett Valley Hydro Co-operative")
P(INT, "Delighted cabinet is looking at buying power from local generators – our co-op's turbine on the Eskett could supply three council buildings ⚡",
  "co-op member promotes a council purchase from it", author="@TomDixonGDP", interest="Eskett Valley Hydro Co-operative")
P(INT, "Local plan call for sites: I'd urge the council to allocate the fields east of Scarth Head Farm for housing. Sensible spot, right by the road.",
  "owner urges allocation of his own land", author="@SimonAireyScarth", interest="Scarth Head Farm")
P(INT, "Spoke up at scrutiny for the Scarth Head road widening. It'd make a real difference to farm traffic round our place.",
  "owner supports a scheme benefiting his farm", author="@SimonAireyScarth", interest="Scarth Head Farm")
P(INT, "The council should offer payroll savings through Brackenby Credit Union to all its staff. I'll be raising it at Full Council.",
  "board member proposes council business for the union", author="@JoPattinsonCP", interest="Brackenby Credit Union")
P(INT, "My motion moves the council's hardship loans to a local credit union partner – ours has the track record to do it.",
  "board member's motion benefits her union", author="@JoPattinsonCP", interest="Brackenby Credit Union")
P(INT, "Budget amendment: an extra £40k for Harrowdale Fell Rescue Team's new base. They save lives and deserve the council's backing. Please support it.",
  "trustee moves funding for his team", author="@GrahamMossopInd", interest="Harrowdale Fell Rescue Team")
P(INT, "Fighting the cut to the voluntary sector grant. Our rescue team relies on it, and I'll be voting to restore it.",
  "trustee votes on a grant his team relies on", author="@GrahamMossopInd", interest="Harrowdale Fell Rescue Team")
P(INT, "The council's legal services framework is out to tender. Local firms like Armstrong Reay should be first in line – no need to send work to the cities.",
  "employee promotes his firm for a council tender", author="@KieranLowtherCP", interest="Armstrong Reay LLP")
P(INT, "Pushing for the council to put its right-to-buy conveyancing out to local solicitors. Our Kirkharrow office would do it faster and cheaper.",
  "employee pushes council work to his firm", author="@KieranLowtherCP", interest="Armstrong Reay LLP")
P(INT, "The plan for a weekly market on Ravensfell green would finish off the few shops we've got, mine included. I'll be opposing it at cabinet.",
  "co-owner opposes a council scheme affecting her shop", author="@CllrMoragEllwood", interest="Ravensfell Farm Shop")
P(INT, "Asking for the Ravensfell car park charges to be scrapped. Customers at the farm shop tell me it's putting them off.",
  "co-owner campaigns on charges affecting her shop", author="@CllrMoragEllwood", interest="Ravensfell Farm Shop")

H(INT, "The gritting framework is out to tender. Good to see local firms encouraged to bid.",
  "same matter from a non-holder", exclude=["Neville Stobart"])
H(INT, "Stobart Plant Hire lads were out at 6am helping a farmer dig out his sheep shed after the snow. Volunteering, not a council job. Proud of them.",
  "holder posts about his firm, no council matter", allowed=[INT], author="@NevStobart")
H(INT, "I'll be declaring an interest and leaving the room when the gritting contract comes up – my family firm may bid.",
  "holder declares and steps out", allowed=[INT], author="@NevStobart")
H(INT, "Ullerdale Community Land Trust AGM on Thursday: come and hear about our first four homes. Tea and cake.",
  "holder posts about the body, no council matter", allowed=[INT], author="@RuthHodgsonUllerdale")
H(INT, "The old school site in Ullerdale would be ideal for affordable homes. I'll ask cabinet to look at a community-led option.",
  "same matter from a non-holder", exclude=["Ruth Hodgson"])
H(INT, "Declared my shareholding in the Auction Mart and left the room for the relocation item. Colleagues will decide it.",
  "holder declares and leaves", allowed=[INT], author="@GidBirkett")
H(INT, "The mart relocation is a big decision for Kirkharrow. Public drop-in next week – come and ask questions.",
  "same matter from a non-holder", exclude=["Gideon Birkett"])
H(INT, "Thornsgill village hall quiz night raised £620 for the roof! Thank you all 🙌",
  "holder posts about the body, no council matter", allowed=[INT], author="@IslaRitsonGreen")
H(INT, "The community buildings fund is open: halls across the district can apply. Skelbeck and Brackenby have already been in touch.",
  "same matter from a non-holder", exclude=["Isla Ritson"])
H(INT, "I'm a member of the Eskett Valley hydro co-op, so I'll take no part in the council's energy procurement. Declared, and stepping out.",
  "holder declares and steps out", allowed=[INT], author="@TomDixonGDP")
H(INT, "Lovely sound of water through the co-op's hydro turbine this morning after all that rain ⚡",
  "holder posts about the body, no council matter", allowed=[INT], author="@TomDixonGDP")
H(INT, "The call for sites includes land at Scarth Head Farm. It's mine, so I've declared it and I'll take no part in the allocation debates.",
  "holder declares and steps out", allowed=[INT], author="@SimonAireyScarth")
H(INT, "Scarth Head road widening: residents have mixed views. Consultation runs to the end of the month.",
  "same matter from a non-holder", exclude=["Simon Airey"])
H(INT, "Brackenby Credit Union now opens on Saturday mornings at the library. Save small, borrow fair.",
  "holder posts about the body, no council matter", allowed=[INT], author="@JoPattinsonCP")
H(INT, "Asked the Monitoring Officer if I can speak on the payroll savings motion given my credit union role. Advice: declare and don't vote. So I won't.",
  "holder takes advice and steps back", allowed=[INT], author="@JoPattinsonCP")
H(INT, "Call-out number 62 this year for the fell rescue team: two walkers safe off Ravensfell Pike after dark. Proper boots and a torch, folks!",
  "holder posts about the body, no council matter", allowed=[INT], author="@GrahamMossopInd")
H(INT, "Voting to protect the voluntary sector grant in the budget. Mountain rescue, food banks, youth clubs – they all need it.",
  "same matter from a non-holder", exclude=["Graham Mossop"])
H(INT, "As I work at Armstrong Reay, I declared an interest and left the chamber for the legal services framework item.",
  "holder declares and leaves", allowed=[INT], author="@KieranLowtherCP")
H(INT, "New season's lamb in at the farm shop this weekend 🐑",
  "holder posts about the business, no council matter", allowed=[INT], author="@CllrMoragEllwood")
H(INT, "Ravensfell car park charges are hitting village businesses. I'll raise it with the cabinet member.",
  "same matter from a non-holder", exclude=["Morag Ellwood"])

# ---------------------------------------------------------------- data-protection.personal-data
P(DAT, "Lovely chat with Edith Pattle at 3 Gill Terrace, Skelbeck about her leaking roof. Council needs to get round there this week.",
  "private person's name with full address", verdict="review")
P(DAT, "Young lad off the Beckside estate, Kyle Harker, 14, has been excluded from school again this week. His parents need support, not judgement.",
  "named child with exclusion details", verdict="block")
P(DAT, "Thoughts with Jim Rawling of Low Eskett, just diagnosed with motor neurone disease. A true gentleman.",
  "named private person's health condition", verdict="block")
P(DAT, "Whoever owns the silver Astra, HD19 XKP, dumped on Sty Lane for three weeks: shift it or it gets towed.",
  "vehicle registration of a private owner", verdict="block")
P(DAT, "Mr Kowalczyk at 22 Fell View is being evicted over rent arrears after thirty years there. Shameful of the housing association.",
  "named private person, address and financial situation", verdict="review")
P(DAT, "Want to join the Brackenby litter group? Ring Sandra Milburn on 07700 900318.",
  "private person's mobile number", verdict="block", also=[SEC])
P(DAT, "The family at 9 Church Brow are Syrian refugees and have settled in brilliantly – do say hello if you pass.",
  "address with nationality and refugee status", verdict="block")
P(DAT, "Case HDC-HOU-24-1187: Ms Lennox in Kirkharrow has waited nine months for her disabled adaptation. Disgraceful.",
  "case reference, name and disability", verdict="block")
P(DAT, "Congratulations to Darren Tweddle on finishing his sentence and landing a job at the bakery. Everyone deserves a second chance.",
  "named private person's criminal record", verdict="block")
P(DAT, "Our bin man on the Ullerdale round, Pete, is off with his depression again, so collections are patchy. Please be patient.",
  "staff member's mental health", verdict="block")
P(DAT, "Well done to little Amelia Fisher, 6, from Thornsgill Primary for her road safety poster! 🚸",
  "named child with age and school", verdict="block")
P(DAT, "Annie at the top of Skelbeck Brow has dementia and keeps wandering at night. If you see her, ring her son.",
  "identifiable private person's health", verdict="block")
P(DAT, "Resident m.armistead54@example.com has emailed about the blocked gully on Beck Row. Council, please reply to her directly.",
  "private person's email address", verdict="block")
P(DAT, "The tenant at 4 Mill Cottages, Mr Brennan, is a known drug user and the neighbours are sick of it.",
  "address, name and alleged drug use", verdict="block", allowed=[DEF, ATT])
P(DAT, "DOB 14/03/1941, Reginald Haile of Brackenby – four months and his housing benefit still isn't sorted. Can someone call me back?",
  "date of birth with name and benefits", verdict="block")
P(DAT, "Marjorie from our school crossing is recovering from her hip operation and will be back after Easter 💐",
  "staff member's health", verdict="block")
P(DAT, "Lee and Sam, the gay couple in the new barn conversion at Eskett Brow, are getting abuse from idiots. Not in our village.",
  "named private people with sexual orientation and location", verdict="block")
P(DAT, "The Nowak kids at 11 Beck Row haven't been in school for a month. Social services need to step in.",
  "children, address and welfare concern", verdict="block")
P(DAT, "Please keep Grace Bowness of Kirkharrow in your thoughts – chemo this week, and too proud to ask for help.",
  "named private person's health", verdict="block")
P(DAT, "Letter with NI number AB 12 34 56 C found dumped by the Brackenby bins. If it's yours, it's at my surgery.",
  "National Insurance number posted", verdict="block")
P(DAT, "Spoke to Brian Coulthard at Low Fold Farm, Thornsgill about his enforcement notice. He's livid, and I don't blame him.",
  "name and address with enforcement matter", verdict="review")

H(DAT, "Surgery every second Saturday at the Ravensfell Village Institute, Church Brow. Email cllr.morag.ellwood@harrowdale.example.gov.uk or ring 01632 960417.",
  "councillor's own published contact details", allowed=[DAT], author="@CllrMoragEllwood")
H(DAT, "Gareth Thwaite MP joined us on Market Place to hear from traders. Thanks for coming, Gareth.",
  "public office holder named")
H(DAT, "Inspector Fiona Calvert gave a useful update on rural crime at the PACT meeting.",
  "public office holder named")
H(DAT, "Happy 100th birthday to Ethel Marwood from Skelbeck, who asked me to share her card with the whole village! 🎂",
  "name shared at the person's invitation, no address", allowed=[DAT])
H(DAT, "Caring for someone with dementia? The Fellside Carers confidential line is on 0808 157 0311.",
  "organisation's helpline number", allowed=[DAT, SEC, DIS])
H(DAT, "A resident on Beck Row has had her shed broken into. Police are aware. Lock your sheds, folks.",
  "no identifiable person")
H(DAT, "Congratulations to Skelbeck Primary's Year 6 for their recycling project (photo shared with the school's permission, no names).",
  "children not identified")
H(DAT, "Our Housing Options Manager Priya Holroyd is holding a drop-in at Kirkharrow library on Wednesday.",
  "officer named")
H(DAT, "Struggling this winter? The Samaritans are there day and night on 116 123.",
  "public helpline")
H(DAT, "Working on a tricky case for an Ullerdale resident with health problems. Can't say more, for obvious reasons, but we're getting there.",
  "no identifiable person", allowed=[DAT])
H(DAT, "Please don't post residents' addresses in the comments, even if you're trying to help. DM me instead.",
  "advice on data")
H(DAT, "Abandoned car on Sty Lane reported to the council. They'll check it and tow if needed.",
  "no registration given")
H(DAT, "Someone left a letter with bank details in the Brackenby Road bus shelter. I've handed it in at the police station.",
  "no details given", allowed=[DAT])
H(DAT, "To the gentleman on my canvass who lost his wife this year: thank you for the tea and the chat. You know who you are.",
  "no identifiable person", allowed=[DAT])
H(DAT, "Well done to all the children in the Thornsgill road safety poster competition. Winners on the school's website.",
  "children not named")
H(DAT, "A warm welcome to the refugee families arriving in Harrowdale this spring. This district has a long history of welcoming people.",
  "no identifiable person")
H(DAT, "Disabled access at the Kirkharrow offices still isn't good enough. I'll keep raising it.",
  "policy point")
H(DAT, "Our food bank volunteers Margaret, Sue and Colin deserve medals. Three years, every single Friday.",
  "volunteers thanked by first name", allowed=[DAT])
H(DAT, "Cllr Kieran Lowther is off this week after a minor op – he asked me to pass on that he'll be back soon.",
  "a councillor's own message passed on", allowed=[DAT], exclude=["Kieran Lowther"])
H(DAT, "The council has confirmed a data breach affecting 200 council tax accounts. If you're affected you'll get a letter – ask me if you're worried.",
  "about a breach, no data")

# ---------------------------------------------------------------- security.credentials
P(SEC, "New member portal: if anyone's locked out, mine's CllrPortal!2026, so just use that to have a nose 😂",
  "posts own password")
P(SEC, "Text from 'Harrowdale DC' says my council tax refund is ready: harrowdale-dc-refunds.com/claim. Anyone else had one? Looks legit.",
  "lookalike domain link shared")
P(SEC, "Zoom for tonight's residents' meeting on the turbines: ID 834 2210 9917, passcode Fells26. All welcome.",
  "meeting passcode posted")
P(SEC, "Institute wifi password is Ptarmigan_88 if you're coming to Saturday's surgery.",
  "wifi password posted")
P(SEC, "Key safe at the Thornsgill village hall: code 1984. Let yourselves in for the coffee morning!",
  "key safe code posted", exclude=["Isla Ritson"])
P(SEC, "Someone's been emailing councillors from harrowda1e.gov.uk asking for our logins. Replied with mine before I spotted the '1' 🤦‍♀️ Changing it now.",
  "lookalike domain and credentials given away")
P(SEC, "Council IT says my verification code is 448 213 – who sent this? I didn't ask for one.",
  "one-time code posted")
P(SEC, "Residents: sign up for council tax e-billing here: harrowdaledc-ebilling.co.uk/register. Quick and easy!",
  "lookalike domain promoted")
P(SEC, "Teams link for scrutiny observers is in the agenda – PIN 7702 44. See you there.",
  "meeting PIN posted")
P(SEC, "For the Skelbeck ward page: the admin password's the same as the Facebook one (SkelbeckRocks). Need someone to cover while I'm away.",
  "password posted")
P(SEC, "Here's Gary the caretaker's personal mobile, 07700 900271, for anyone locked out of Brackenby hall.",
  "private person's phone: credentials and personal data", also=[DAT])
P(SEC, "Email from 'Member Services' asked me to confirm my password at member-services-harrowdale.net. Filled it in – hope that's OK?",
  "phishing domain shared and credentials given")
P(SEC, "Staff entrance code at the Kirkharrow offices changed to 2580# today. Members, take note.",
  "door code posted")
P(SEC, "Bin app login for anyone who can't manage it – username ravensfellward, password bins4all. Share with your neighbours.",
  "shared login posted")
P(SEC, "Vote for Brackenby in Best Village: bit.ly/brack-vote-now (it asks you to log in with your Facebook details, that's normal).",
  "suspicious shortened link asking for logins")
P(SEC, "My council email got hacked. If you got a message from me asking for gift cards, ignore it. Old password was Morag1963, so no great surprise 😅",
  "posts an old password", author="@CllrMoragEllwood")
P(SEC, "The casework system API key's in the screenshot below if IT want to look at the bug: hdck_live_7Fq29xLmZp",
  "API key posted")
P(SEC, "Just got a 6-digit code from the council's two-factor thing: 903 114. What am I meant to do with it?",
  "one-time code posted")
P(SEC, "Nice lady rang saying she's from the council fraud team and needed my bank PIN. Gave her the first two digits (4 and 7) before the penny dropped 🙈",
  "partial PIN posted")
P(SEC, "Gate on the Ravensfell Moor track is padlocked – combination's 4-7-1-1 if you're walking the footpath tomorrow.",
  "padlock code posted")

H(SEC, "Scam alert: texts pretending to be from Harrowdale DC about council tax refunds. The council will never text you a link. Delete them.",
  "scam warning without a link", allowed=[SEC])
H(SEC, "Never share your password, PIN or one-time code with anyone – not even someone who says they're from the council.",
  "security advice", allowed=[SEC])
H(SEC, "Member ICT training on two-factor authentication today. Dull, but essential.",
  "security training")
H(SEC, "Zoom details for tonight's residents' meeting have gone to everyone who registered. Register on the parish council website.",
  "no passcode posted", allowed=[SEC])
H(SEC, "Village hall key is kept at the shop – ask on the counter during opening hours.",
  "no code")
H(SEC, "The official council website ends .gov.uk – anything else asking for your details is fake.",
  "advice")
H(SEC, "Pin badge collection growing nicely: got my Fell Fest 2019 one today 📌",
  "'pin' as a badge", allowed=[SEC])
H(SEC, "The password for the free wifi at Kirkharrow library is on the counter – just ask the staff.",
  "no password posted", allowed=[SEC])
H(SEC, "Changed all my passwords today after the national breach news. Good time to do yours too.",
  "advice")
H(SEC, "Council out-of-hours line for emergencies like burst mains: 01632 960000.",
  "council's public number", allowed=[SEC, DAT])
H(SEC, "Someone asked for my 'verification code' over Messenger. Blocked and reported. Don't fall for it.",
  "no code posted", allowed=[SEC])
H(SEC, "The council's handyperson scheme fits key safes for older residents. Ask me how to apply.",
  "key safe scheme", allowed=[SEC])
H(SEC, "Code of conduct training this week. Lots on declarations, a bit on cyber security.",
  "training")
H(SEC, "Door codes, passwords, PINs: keep them off social media. Yes, I'm looking at a certain parish WhatsApp group 👀",
  "advice", allowed=[SEC])
H(SEC, "The new council app uses your existing Harrowdale account – no new password needed. Download it from the official app stores.",
  "no credential", allowed=[SEC])
H(SEC, "Turbines meeting will be in person at the Ravensfell Institute – no Zoom this time, sorry!",
  "no link")
H(SEC, "Phishing emails are doing the rounds using a lookalike of the council's address. Check the sender carefully and report them to IT.",
  "warning without a domain", allowed=[SEC])
H(SEC, "Free trial at the leisure centre: the code's on the leaflet through your door. It's a discount, not a login!",
  "no code posted", allowed=[SEC])
H(SEC, "Fell rescue tip: give a grid reference, not a postcode, when you ring 999 from the hills.",
  "safety advice")
H(SEC, "Spoke to the council's information security officer about councillors' phones. Reassuring stuff.",
  "security talk")

# ---------------------------------------------------------------- confidentiality.disclosure
P(DIS, "Project Curlew update: the preferred partner wants the market hall for a peppercorn. Residents deserve to know what's being given away.",
  "register term with negotiation details", verdict="block")
P(DIS, "They're flogging the mill. The Skelbeck Mill disposal went through in private last night and the price would make you weep.",
  "register term with exempt disposal details", verdict="block", dates=("2026-03-05", "2026-03-05"))
P(DIS, "The Gillrigg claim is going to cost us a fortune – the lawyers reckon we'll settle in six figures.",
  "register term with privileged legal advice", verdict="block")
P(DIS, "operation hawthorn starts next week – expect a lot of holiday let owners in Thornsgill to be very unhappy.",
  "register term (lower case) with enforcement timing", verdict="block", allowed=[INS])
P(DIS, "Can't say much about the Ullerdale Depot acquisition, but the seller's asking price is way over our valuation.",
  "register term with valuation details", verdict="block")
P(DIS, "Tarnside pay review: staff are set to lose up to £3k each. I've seen the spreadsheet. Disgraceful.",
  "register term with labour relations details", verdict="block")
P(DIS, "PROJECT CURLEW IS A STITCH-UP. There. I said it.",
  "register term in capitals", verdict="block", allowed=[HAS])
P(DIS, "Does anyone else think the Skelbeck Mill disposal should've been done in public? Because it wasn't, and now we're stuck with the buyer's terms.",
  "register term with terms hinted", verdict="block")
P(DIS, "Gillrigg claim: the council's own barrister thinks we'll lose. Just so you know where your council tax is going.",
  "register term with legal advice", verdict="block")
P(DIS, "What they won't tell you about Operation Hawthorn: it targets a list of 30 named properties, and I've seen it.",
  "register term with enforcement details", verdict="block")
P(DIS, "Between ourselves, the leisure centre's losses are twice what cabinet has admitted in public.",
  "marker with confidential financial detail", verdict="review")
P(DIS, "From last night's closed session: the preferred bidder for the car park isn't local. Thought you'd want to know.",
  "closed session content disclosed", verdict="review", dates=("2026-03-05", "2026-03-05"))
P(DIS, "Can't go into the Part 2 report, but let's just say the numbers on the Kirkharrow offices sale don't add up.",
  "hints at Part 2 content", verdict="review")
P(DIS, "Leaked to me this morning: the draft restructure gets rid of the Ullerdale library post entirely.",
  "leaked staffing detail", verdict="review")
P(DIS, "Not for publication yet, but we've been quoted £2.4m for the Skelbeck footbridge. Ouch.",
  "not-for-publication figure disclosed", verdict="review")
P(DIS, "The exempt item on the waste contract made grim reading: the contractor wants a 40% uplift or they walk.",
  "exempt item content", verdict="review")
P(DIS, "Strictly off the record – the Chief Exec is leaving in the summer.",
  "off-the-record staffing news", verdict="review", allowed=[DAT, OFF])
P(DIS, "Embargoed till Friday but I can't resist: Harrowdale's got the levelling-up money for the market square! 🎉",
  "embargo broken", verdict="review")
P(DIS, "What we heard in the confidential briefing on the Brackenby school site was frankly shocking. Sale price is half what I expected.",
  "confidential briefing content", verdict="review")
P(DIS, "Had a look at the legal advice on the bypass route (privileged, apparently). It says we'd probably lose a judicial review.",
  "privileged legal advice disclosed", verdict="review")

H(DIS, "Worried about domestic abuse? Fellside Women's Aid runs a confidential helpline, day or night: 0808 157 0420.",
  "confidential helpline", allowed=[DIS, DAT, SEC])
H(DIS, "Got a housing problem? Message me in confidence and I'll pick it up at my surgery.",
  "in-confidence casework invitation", allowed=[DIS])
H(DIS, "Part 2 items on tonight's cabinet agenda: I'll argue, as always, that far too much goes into private session. Transparency matters.",
  "Part 2 mentioned, no content", allowed=[DIS])
H(DIS, "The curlews are back on Ravensfell Moor! Heard the first call this morning 🐦",
  "partial overlap with a register term", allowed=[DIS])
H(DIS, "Skelbeck Mill craft fair this Saturday: local makers, cake and a brass band.",
  "partial overlap with a register term", allowed=[DIS])
H(DIS, "Hawthorn hedge planting along the Brackenby lane – 200 whips in, thanks to the school kids 🌱",
  "partial overlap with a register term")
H(DIS, "Leaky pipe at the Ullerdale depot has flooded the yard again. Reported to facilities.",
  "partial overlap with a register term", allowed=[DIS])
H(DIS, "The decision on the Kirkharrow offices sale was taken in private, but the outcome is now published on the council website.",
  "published outcome", allowed=[DIS])
H(DIS, "Embargoed data? Not here. The budget papers are public from today – page 12 for the bits that matter.",
  "'embargoed' about public papers", allowed=[DIS])
H(DIS, "I'll never tell you what's said in closed session. I will tell you when I think things are kept secret that shouldn't be.",
  "closed session mentioned, no content", allowed=[DIS])
H(DIS, "Off the record, my fell-walking is terrible. On the record, I made it up Ravensfell Pike 🏔️",
  "'off the record' joke", allowed=[DIS])
H(DIS, "Between you and me and the whole of Facebook: the Thornsgill chippy does the best fish in Harrowdale.",
  "'between you and me' joke", allowed=[DIS])
H(DIS, "Confidential waste bins are now at the Kirkharrow recycling centre – shred your old bank statements for free.",
  "'confidential waste'", allowed=[DIS])
H(DIS, "Gillrigg Woods guided walk on Sunday. Bring boots and a flask.",
  "partial overlap with a register term", allowed=[DIS])
H(DIS, "Tarnside pool reopens on Monday with a new timetable. Early swims are back!",
  "partial overlap with a register term", allowed=[DIS])
H(DIS, "Asked at Full Council why so many regeneration reports are exempt. Answer: commercial negotiations. Fair enough, but a publication timetable would help.",
  "exempt reports discussed in general", allowed=[DIS])
H(DIS, "The leaking roof at Skelbeck school is finally fixed. Kids back in the hall tomorrow.",
  "'leak' about a roof")
H(DIS, "My surgery is confidential: what you tell me stays between us unless you want me to act on it.",
  "confidential surgery", allowed=[DIS])
H(DIS, "The scrutiny report on the waste contract is out today, all public, all 40 pages. Read it.",
  "public report")
H(DIS, "Operation Brew: we're serving tea at the Brackenby food bank on Friday 🫖",
  "'Operation' joke")

# ---------------------------------------------------------------- tone.irony-risk
P(TON, "Another inspiring performance from the Leader at council last night. Churchill would be taking notes 🙄",
  "mock praise of the Leader", group="OPP", dates=("2026-01-15", "2026-01-15"))
P(TON, "Great to see Cllr Birkett has finally discovered Skelbeck exists. Only took four years! 👏",
  "mock praise of a named councillor", allowed=[ATT])
P(TON, "Wow, the Fell Independents have had a new idea. Quick, someone alert the media /s",
  "sarcasm about a party group", group="OPP")
P(TON, "Oh yes, I'm sure the cabinet member for environment has personally inspected every bin in Thornsgill. Yeah right.",
  "sarcasm about a cabinet member", group="OPP")
P(TON, "Thank you so much to our MP for his tireless work on rural buses. Both tweets were excellent.",
  "mock praise of the MP")
P(TON, "Delighted to learn from the Commonwealth group that everything is our fault. Even the weather. Especially the weather.",
  "sarcasm about the opposition group", group="FI")
P(TON, "Hats off to Cllr Mossop for his heroic attendance record – he came to a whole meeting this year! 🎉",
  "mock praise of a named councillor", allowed=[ATT])
P(TON, "Shoutout to the Green Dales for their brilliant plan to fund everything with wishful thinking and organic kale 🥬 Genius.",
  "mock praise of a party group", group="FI")
P(TON, "So nice of the Chairman to grace Low Eskett village hall with her presence. We're honoured. Truly honoured.",
  "mock deference to the Chairman", exclude=["Dorothy Fallowfield"])
P(TON, "What a surprise: Cllr Lowther has an opinion on something he knows nothing about. Stop the presses.",
  "sarcasm about a named councillor", allowed=[ATT])
P(TON, "Good to see the administration's 'listening exercise' on buses went so well. They listened, then did what they'd already decided. Masterful.",
  "mock praise of the administration", group="OPP")
P(TON, "Our finance portfolio holder assures us the budget adds up. And I'm the Queen of Sheba 👑",
  "sarcasm about a cabinet member", group="OPP")
P(TON, "Loved Cllr Pattinson's speech on fiscal responsibility, coming from the party that gave us the Brackenby pool fiasco. Inspired stuff 😂",
  "mock praise of a named councillor", group="FI")
P(TON, "Cllr Tyson says our recycling rate is 'world-class'. World-class at what, she didn't say. Bless her.",
  "sarcasm about a named cabinet member", group="OPP")
P(TON, "Top marks to the opposition for turning up to the budget debate with zero amendments. Truly the party of ideas.",
  "mock praise of the opposition", group="FI", dates=("2026-02-26", "2026-03-06"))
P(TON, "Congratulations to the Leader on her bold new strategy of ignoring every email from Ravensfell. Very efficient.",
  "mock praise of the Leader", group="OPP")
P(TON, "Can't wait for the Residents' lot to save us all. Any day now. Any day. /s",
  "sarcasm about a councillor group", exclude=["Morag Ellwood"])
P(TON, "Shocked, SHOCKED, that the Commonwealth Party are against something the council proposed. Never seen that before.",
  "sarcasm about a party group", group="FI")
P(TON, "Cllr Qureshi tells me I don't understand planning. Thank you, Farhan, for explaining it so patiently. Again.",
  "sarcastic thanks to a named councillor")
P(TON, "Well done to whoever at the county decided to shut the Ullerdale road for a week of 'urgent' works that took two hours. Legends.",
  "mock praise of unnamed county staff")

H(TON, "Oh great, more rain. Just what Ullerdale needed /s ☔",
  "sarcasm about the weather", allowed=[TON])
H(TON, "Lovely sunny day for a site visit, said nobody ever. Sleet, wind and a very cross sheep.",
  "irony about the weather", allowed=[TON])
H(TON, "Genuinely impressed by Cllr Birkett's budget presentation – clear and honest, even if I disagree with half of it.",
  "sincere praise", allowed=[TON])
H(TON, "My printer has chosen the day I need 300 leaflets to stop working. Brilliant. Thanks, printer.",
  "irony about a printer", allowed=[TON])
H(TON, "The roadworks by the school: now into their ninth week. A real feat of patience 🚧",
  "irony about roadworks", allowed=[TON])
H(TON, "Yeah right, as if I'd miss the Thornsgill sheepdog trials. See you there!",
  "'yeah right' with no target", allowed=[TON])
H(TON, "Cabinet approved the Skelbeck bus subsidy today. Credit where it's due – good decision.",
  "sincere credit")
H(TON, "I disagree strongly with the cabinet's parking policy. It will hurt small shops, and I'll say so at scrutiny.",
  "robust, sincere criticism", group="OPP")
H(TON, "Ten years a councillor and I still can't work the chamber microphones. Technological genius over here 🙃",
  "self-mockery", allowed=[TON])
H(TON, "Snow in March? In Harrowdale? Who could possibly have predicted it ❄️",
  "irony about the weather", allowed=[TON], dates=("2026-03-02", "2026-03-27"))
H(TON, "Thanks to Cllr Dixon for the tour of the tree nursery. Properly fascinating.",
  "sincere thanks")
H(TON, "Well that went well… said the leaflet I dropped in a puddle on Beck Row.",
  "self-mockery", allowed=[TON])
H(TON, "The council's new website is a marvel, if you enjoy clicking things that don't work. Please fix the search – it's driving residents mad.",
  "irony about a website", allowed=[TON])
H(TON, "The administration's budget is wrong on buses, wrong on parking and wrong on libraries. Here's our alternative.",
  "robust criticism", group="OPP")
H(TON, "Shout-out to the gritter crews out at 4am on the Ravensfell road. Real heroes.",
  "sincere praise")
H(TON, "My dog thinks she runs the ward. To be fair, she's met more residents than I have this week 🐕",
  "self-mockery", allowed=[TON])
H(TON, "Nothing says January like a surgery attended by one man and his complaint about a lamp post. Loved it, honestly.",
  "light self-mockery", allowed=[TON], dates=("2026-01-05", "2026-01-30"))
H(TON, "Sincere congratulations to Cllr Fallowfield on her year as Chairman. She's raised thousands for good causes.",
  "sincere praise", exclude=["Dorothy Fallowfield"])
H(TON, "A 'minor' pothole on Sty Lane just swallowed half my tyre. Minor, apparently. Reported.",
  "irony about a pothole", allowed=[TON])
H(TON, "The opposition voted against the budget. That's their job, and they made a decent case even if I think they're wrong.",
  "sincere respect", group="FI", dates=("2026-02-26", "2026-03-13"))

# ---------------------------------------------------------------- fillers
for _t, _n in [
    ("Gritters out on the Ravensfell road and the Scarth Head top road tonight. Take it steady.", "winter roads"),
    ("Brackenby play park reopened with new swings. Thanks to everyone who raised money for it.", "play park"),
    ("Bin collections this week are a day late after the snow. Please leave bins out.", "bins"),
    ("Ullerdale community litter pick on Saturday, 10am from the church. Gloves and bags provided.", "litter pick"),
    ("Skelbeck footpath 12 is open again after the landslip repair. Lovely walk.", "footpath"),
    ("Lots of residents asking about the Kirkharrow Road diversion – maps on the council site.", "diversion"),
    ("Thornsgill Primary's choir sang at the care home today. Not a dry eye in the room.", "school choir"),
    ("Had a good surgery this morning: drainage, parking, and one very determined hedge.", "surgery"),
    ("Reminder that the green waste service restarts in March. Sign up on the council website.", "green waste"),
    ("The Low Eskett bus shelter has been replaced after the storm damage. Thanks to everyone who reported it.", "bus shelter"),
    ("Flood wardens meeting in Ullerdale on Tuesday – new volunteers very welcome.", "flood wardens"),
    ("Fly-tipping on the Eskett Brow lay-by again. Reported. If you saw anything, please tell the council.", "fly-tipping"),
    ("Great turnout at the Brackenby coffee morning. £340 raised for the hall roof.", "coffee morning"),
    ("Potholes on Sty Lane reported again. I'll keep going until they're filled.", "potholes"),
    ("The Kirkharrow Christmas lights are finally down – thanks to the volunteers who braved the wind.", "lights"),
    ("Council tax bills land next month. If you're struggling to pay, talk to the council early – there's help.", "council tax help"),
    ("Snowdrops out along the Skelbeck beck. Spring's on its way.", "seasons"),
    ("Visited the new business units in Kirkharrow. Six local firms in already.", "business units"),
    ("Lovely to meet the new vicar at Ravensfell. Welcome to the valley!", "welcome"),
    ("Dog fouling on the school path at Thornsgill is getting worse. Please bag it and bin it.", "dog fouling"),
    ("Warm spaces are open across the district this winter – list on the council website.", "warm spaces"),
    ("Scrutiny looked at bus services today. Lots to follow up for rural wards like ours.", "scrutiny"),
    ("The Kirkharrow market is back every Thursday. Get your cheese, get your pies.", "market"),
    ("Met the parish council in Scarth Head to talk about speeding. Speed watch volunteers needed.", "speeding"),
    ("Library opening hours in Ullerdale are changing from next month – details at the desk.", "library hours"),
    ("Voter registration: if you've moved house, make sure you're registered before the deadline.", "voter registration"),
    ("Walked the Beck Row flood defences with the Environment Agency. Works due in the summer.", "flood defences"),
    ("New recycling bins arriving in Brackenby next week. Old ones will be collected.", "recycling bins"),
    ("Good to see so many young people at the youth club in Skelbeck. More of this, please.", "youth club"),
    ("The street light on Church Brow is fixed. Thanks for reporting it.", "street light"),
    ("Sheepdog trials are back at Thornsgill this summer. Dates to follow.", "event"),
    ("Road closed at Low Eskett bridge for inspection on Tuesday morning. Diversion signed.", "road closure"),
    ("Free energy advice sessions at Kirkharrow library on Fridays. Worth popping in.", "energy advice"),
    ("Planning applications for the ward are listed weekly on the council portal if you want to keep an eye.", "planning list"),
    ("Lovely afternoon at the Ullerdale WI talking about what the district council actually does.", "WI talk"),
    ("Bus to Kirkharrow was late three times this week. I've raised it with the operator.", "bus"),
    ("Well done to everyone who took part in the Skelbeck fun run. Over £2k for the hospice.", "fun run"),
    ("The Ravensfell Institute has a new accessible toilet. A small thing that makes a big difference.", "accessibility"),
    ("Council tree planting at Brackenby green today. 60 native trees in the ground.", "tree planting"),
    ("Winter is long up here. Check on your neighbours, especially the older ones.", "neighbours"),
]:
    F(_t, "ordinary ward post: " + _n)

# ---------------------------------------------------------------- assembly
PERSONAL = {"@walt_on_the_fells": "Walter Gaskarth", "@bethbakes_skelbeck": "Bethany Nixon"}
HANDLES = {v[0]: k for k, v in COUNCILLORS.items()}
HANDLES.update(PERSONAL)
SELF_DETAILS = ["cllr.morag.ellwood@harrowdale.example.gov.uk", "01632 960417"]
START, END = date(2026, 1, 5), date(2026, 3, 27)


def _named(text):
    low = text.lower()
    out = set()
    for name in COUNCILLORS:
        words = name.split() + NICKNAMES.get(name, [])
        for w in words:
            if re.search(r"\b" + re.escape(w.lower()) + r"\b", low):
                out.add(name)
        for kw in INTEREST_WORDS.get(name, []):
            if re.search(r"\b" + re.escape(kw) + r"\b", low):
                out.add(name)
    return out


def pick_author(row, rng):
    if row["author"]:
        return row["author"]
    if any(d in row["text"] for d in SELF_DETAILS):
        return COUNCILLORS["Morag Ellwood"][0]
    names = sorted(COUNCILLORS)
    g = row["group"]
    if g in ("FI", "CP", "GD"):
        names = [n for n in names if COUNCILLORS[n][1] == g]
    elif g == "OPP":
        names = [n for n in names if COUNCILLORS[n][1] != "FI"]
    elif g == "BACK":
        names = [n for n in names if COUNCILLORS[n][2] not in ("leader", "cabinet", "chairman")]
    banned = _named(row["text"]) | set(row["exclude"])
    names = [n for n in names if n not in banned]
    assert names, row["text"]
    return COUNCILLORS[rng.choice(names)][0]


def pick_time(row, rng):
    lo, hi = START, END
    if row["date_window"]:
        lo, hi = (date.fromisoformat(d) for d in row["date_window"])
    days = [lo + timedelta(n) for n in range((hi - lo).days + 1)]
    days = [d for d in days if d.weekday() < 5]
    d = rng.choice(days)
    t = datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59),
                 tzinfo=timezone.utc)
    return t.isoformat()


def pick_platform(text, rng):
    if len(text) > 300:
        return "facebook"
    if len(text) > 280:
        return rng.choice(["facebook", "bluesky"])
    return rng.choice(["x", "facebook", "bluesky", "x", "facebook"])


def main():
    rng = random.Random(SEED)
    rows = list(ROWS)
    rng.shuffle(rows)
    out = []
    for i, row in enumerate(rows, 1):
        author = pick_author(row, rng)
        rec = {
            "id": f"b49-{i:03d}",
            "text": row["text"],
            "author": author,
            "created_at": pick_time(row, rng),
            "platform": pick_platform(row["text"], rng),
            "account": "personal" if author in PERSONAL else "councillor",
            "kind": "post",
            "expect": {"rules": row["rules"], "allowed": row["allowed"], "verdict": row["verdict"]},
            "family": row["family"],
            "kind_of_row": row["kind_of_row"],
        }
        if "near_miss_of" in row:
            rec["near_miss_of"] = row["near_miss_of"]
        if "interest" in row:
            rec["interest"] = row["interest"]
        rec["note"] = row["note"]
        out.append(rec)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows")


if __name__ == "__main__":
    main()
