#!/usr/bin/env python3
"""Blind set b29 (Severnholt District Council): single-post rules beyond the
abuse family. Hand-written rows plus a deterministic assembler (seed 2929)."""
import json, random, datetime, os

SEED = 2929
HERE = os.path.dirname(os.path.abspath(__file__))

# ---- authors -------------------------------------------------------------
# Interest holders are never drawn at random: they write only their own
# interest rows (fixed author below).
POOL = {
    "@GwenPritchardLD": ("Gwen Pritchard", "LD"),
    "@OwainLB_LD": ("Owain Lloyd-Bevan", "LD"),
    "@IforRowlandsLD": ("Ifor Rowlands", "LD"),
    "@CarysWhitcombeLD": ("Carys Whitcombe", "LD"),
    "@CllrTreharne": ("Rachel Treharne", "Ind"),
    "@HazelMoodyORA": ("Hazel Moody", "ORA"),
    "@PeterVaughanCon": ("Peter Vaughan", "Con"),
    "@GrahamTolleyCon": ("Graham Tolley", "Con"),
    "@MattCorbettCon": ("Matthew Corbett", "Con"),
    "@KieranDohertyLab": ("Kieran Doherty", "Lab"),
    "@NadiaFarooqLab": ("Nadia Farooq", "Lab"),
    "@LucyAmberleyLab": ("Lucy Amberley", "Lab"),
    "@DilysHammondLab": ("Dilys Hammond", "Lab"),
    "@AlunJenkinsGreen": ("Alun Jenkins", "Green"),
    "@SionedParryGreen": ("Sioned Parry", "Green"),
}
PERSONAL = {"@ifor_on_the_hill", "@pv_walks", "@lucy_a_runs", "@sioned_sings"}
SIMON, BETHAN, MARTIN, DEREK = "@SimonPellCon", "@BethanMPLab", "@MartinOkonjoLD", "@DerekHaughtonCon"
TAMSIN, COLIN, FIONA = "@TamsinReillyGreen", "@ColinBreakwellInd", "@FionaAshworthCon"

ROWS = []

def _row(family, kind, text, rules, allowed, verdict, note, author=None, party=None,
         tg=None, hostile=False, account=None, date=None):
    ROWS.append(dict(family=family, kind_of_row=kind, text=text, rules=list(rules),
                     allowed=list(allowed), verdict=verdict, note=note, author=author,
                     party=party, tg=tg, hostile=hostile, account=account, date=date))

def P(fam, verdict, text, note, r=(), a=(), **kw):
    _row(fam, "positive", text, [fam] + list(r), a, verdict, note, **kw)

def N(fam, text, note, a=(), **kw):
    _row("hard_negative", "hard_negative", text, [], a, "ok", note + " (near miss of %s)" % fam, **kw)
    ROWS[-1]["near_miss_of"] = fam

def F(text, note, a=(), **kw):
    _row("filler", "filler", text, [], a, "ok", note, **kw)

OI, RP, PA, GH = "officers.impartiality", "resources.political-use", "position.improper-advantage", "gifts.hospitality"
CV, IA, PD, DI = "capacity.council-voice", "confidentiality.insider-advantage", "predetermination.closed-mind", "interests.declared-interest"
DP, SC, CD, TI = "data-protection.personal-data", "security.credentials", "confidentiality.disclosure", "tone.irony-risk"
PATT, DEF, HASTE = "respect.personal-attack", "defamation.allegation", "haste.pause-before-posting"
EQ = "equality.discrimination"

# ======================= officers.impartiality ==========================
P(OI, "review", "Read the officer report on the Mill Street scheme three times now. Ffion Garside has somehow managed not to mention the flooding once. I'll be asking her to put that right before it goes anywhere near committee.",
  "presses a named planning officer to alter her report", tg="Ffion Garside", hostile=True)
P(OI, "review", "Interesting that every time the Leader wants something, planning somehow finds a way to recommend it. Just an observation about our 'independent' officers 🤔",
  "questions officers' political neutrality by insinuation", a=[TI], tg="planning-dept", hostile=True, party="Con")
P(OI, "review", "Spoke to Trevor Whitby today. Made it very clear that if his team comes back with the same weak conditions on the Bridge Street pub, councillors simply won't wear it. Time he listened.",
  "pressure on the named licensing manager to change advice", a=[PD], tg="Trevor Whitby", hostile=True)
P(OI, "review", "The s151 officer's so-called 'prudent' reserves figure looks a lot like the Lib Dem manifesto with a calculator attached.",
  "accuses the finance officer of party bias (role named, identifiable)", a=[TI], tg="Rosalind Acheampong", hostile=True, party="Con")
P(OI, "review", "Neil Cottrell's department has had three years to sort the Brackenford bins and still can't manage a Tuesday collection. Frankly he needs to go.",
  "public criticism of a named officer and call for his removal", a=[PATT], tg="Neil Cottrell", hostile=True)
P(OI, "review", "Chief Exec has clearly picked a side on the leisure centre. When the most senior officer in the building starts sounding like a cabinet member, we've got a problem.",
  "questions the chief executive's neutrality", tg="Janet Kilbride", hostile=True)
P(OI, "review", "Quick word to whoever in highways wrote 'no safety concerns' about the Yarlow school crossing: come and stand there at 8.40 and then tell me you won't be rewriting that paragraph.",
  "presses an (identifiable) officer to rewrite a report", tg="highways-dept", hostile=True)
P(OI, "review", "Told the housing team in no uncertain terms: their recommendation on the Caerleigh flats allocation changes, or it goes to the Gazette. Residents deserve better.",
  "threatens officers with the press to change a recommendation", tg="Aled Pugh", hostile=True)
P(OI, "review", "Not being funny but why is the comms team putting out what reads like a cabinet press release? Sadie Brereton should know better.",
  "questions a named officer's neutrality", tg="Sadie Brereton", hostile=True)
P(OI, "review", "Officers were 'minded to recommend approval'. I've had a long chat with them about being less minded. Watch this space 😉",
  "boasts of leaning on officers to change advice", a=[TI], tg="planning-dept", hostile=True)
P(OI, "review", "Some of us remember when the planning department had a backbone. Marcus Dee's report on the cattle market reads like it was drafted by the applicant's agent.",
  "attacks a named officer's impartiality; implies impropriety", a=[DEF, PATT], tg="Marcus Dee", hostile=True)
P(OI, "review", "The licensing officer should remember who the committee is. We decide; he advises. And his advice on the arcade needs a serious rethink before the hearing.",
  "presses the licensing officer to change advice", tg="Trevor Whitby", hostile=True)
P(OI, "review", "FOI'd the emails. The highways engineer who 'independently' assessed the bypass options used to work for the consultants behind option B. You couldn't make it up.",
  "publicly questions an identifiable officer's neutrality", a=[DEF], tg="highways-dept", hostile=True)
P(OI, "review", "Dear Planning Dept, gentle reminder that 300 objections is not 'limited local concern'. Please find a better phrase before this report is published. Love, every resident of Oakbury",
  "public pressure on officers to alter report wording", a=[TI], tg="planning-dept", hostile=True)
P(OI, "review", "I've asked for Ffion to be taken off the Old Tannery case. Nothing personal, but she's been too close to the developer for too long.",
  "seeks removal of named officer, alleges closeness to developer", a=[DEF, PATT], tg="Ffion Garside", hostile=True)
P(OI, "review", "Officers keep telling me to 'trust the process'. I'll trust it when environmental health stops rubber-stamping everything the waste contractor sends them.",
  "questions officers' independence from a contractor", a=[DEF], tg="Neil Cottrell", hostile=True)
P(OI, "review", "Monitoring Officer advising on a complaint against a Lib Dem while he sits in on their group away-days? Come off it, Hywel.",
  "questions the monitoring officer's neutrality, by name", a=[DEF], tg="Hywel Stannard", hostile=True, party="Lab")
P(OI, "review", "Respectfully, the finance director's numbers seem to change every time cabinet changes its mind. Independent advice shouldn't be this flexible.",
  "suggests the s151 officer bends advice to the executive", tg="Rosalind Acheampong", hostile=True)

N(OI, "Huge thanks to Ffion Garside in planning for walking the Mill Street site with residents this morning and answering every single question so patiently.",
  "thanks a named officer", a=[OI], tg="Ffion Garside")
N(OI, "At committee I'll be asking officers to explain how they weighed the flood evidence in the Old Tannery report. That's what committee is for.",
  "questioning officers to understand a report is permitted by 3.1 guidance", a=[OI])
N(OI, "The cabinet's decision to cut the Brackenford bin round is wrong and I'll say so at full council. Ward members weren't even consulted.",
  "criticises a political decision, not officers", party="Con")
N(OI, "Welcome to Trevor Whitby, our new licensing manager! If you run a pub or a takeaway there's a drop-in on Thursday to meet him.",
  "friendly mention of a named officer", a=[OI], tg="Trevor Whitby")
N(OI, "Read the officer report on the leisure centre. Thorough, and I don't agree with every conclusion, but it lays out the options fairly.",
  "civil disagreement that affirms fairness")
N(OI, "Our bin crews were out in the snow at 6am today. Whatever you think of the politics, the people doing the work are brilliant.",
  "praise for staff")
N(OI, "Question for the budget meeting: what assumptions sit behind the 4% pay figure? Sent it to the finance team in advance so they've time to answer properly.",
  "a question to understand, sent courteously")
N(OI, "The Lib Dem cabinet has got the leisure centre badly wrong. Their decision, their responsibility. Don't blame the staff who have to implement it.",
  "criticism aimed at politicians; defends staff", party="Lab")
N(OI, "Retirement do for Glenys from environmental health today after 31 years. Severnholt owes her a lot 💐",
  "warm farewell to a member of staff", a=[OI])
N(OI, "Been asked why I haven't 'got the officers to change their minds' on the Oakbury scheme. Simple: that's not how it works. Officers advise, councillors decide, and I won't lean on anyone.",
  "explicitly refuses to pressure officers")
N(OI, "The housing team are overwhelmed. That's a resourcing failure by this administration, not a failing of the officers answering the phones.",
  "criticism of administration, not officers", party="Con")
N(OI, "Chief Executive Janet Kilbride gave all members a clear briefing on the budget gap today. Sobering stuff, but better to know.",
  "neutral/positive mention of named officer", a=[OI], tg="Janet Kilbride")
N(OI, "I respect the officer recommendation on the cattle market even though plenty of residents want me to oppose it. I'll listen to both sides at committee.",
  "respects officer advice; open mind", a=[OI])
N(OI, "Highways engineers have explained why the 20mph zone stops at the bridge. I still think cabinet should extend it: that's a political choice for members, not them.",
  "accepts technical advice, argues politics")
N(OI, "Sent a detailed question to planning about the Yarlow school crossing survey. Waiting on a reply and I'll share it here when it comes.",
  "routine question to officers")
N(OI, "If you work for the council and have concerns, the staff whistleblowing line is there for you. It's independent of councillors.",
  "staff support, no criticism")
N(OI, "Shout-out to Neil Cottrell's team for clearing the fly-tip on Ferry Lane in under 24 hours. Report it, they shift it.",
  "praise of a named officer's team", a=[OI], tg="Neil Cottrell")
N(OI, "Scrutiny asked the s151 officer some tough questions today and got straight answers. That's how it should work.",
  "praises officer candour")

# ======================= resources.political-use ========================
P(RP, "review", "Action day Saturday! Target letters printed and waiting in my pigeonhole at the Guildhall, grab a bundle on your way past 🧡",
  "party campaign material produced/stored using council premises", party="LD")
P(RP, "review", "Cheers to the lovely folk in reprographics who squeezed our Labour newsletter in between the planning notices 😂 Pentwyn leaflets go out Thursday.",
  "council print unit used for party newsletter", party="Lab")
P(RP, "review", "Sent the Conservative residents' survey out from my council inbox this morning, so if it landed in spam, that's why. Reply and tell us your priorities for May!",
  "council email used for party campaigning", party="Con")
P(RP, "review", "Filmed our Green Party election video in the council chamber at lunchtime. The light's lovely in there and nobody was using it.",
  "council chamber used for party election video", party="Green")
P(RP, "review", "Used the members' room photocopier to knock out 500 Oakbury Residents flyers for the May election. Democracy in action!",
  "council copier used for election flyers", party="ORA")
P(RP, "review", "All our canvass returns are on my council laptop now so I can update them between meetings. Proper joined-up campaigning.",
  "council equipment holds party canvass data", a=[DP], party="LD")
P(RP, "review", "Big thanks to my ward support officer for proofreading the Labour leaflet on her lunch break. Couldn't do it without her!",
  "council staff time on party material", a=[OI], party="Lab")
P(RP, "review", "New leaflet uses the council crest so it looks properly official 😉 Vote Conservative on 7 May.",
  "council logo on party election leaflet", a=[TI], party="Con")
P(RP, "review", "Greens' campaign planning meeting is in Committee Room 2 at the council offices. Booked it through member services, didn't cost us a penny. See you at 7!",
  "council room used free for party campaign", party="Green")
P(RP, "review", "Franked envelopes from the members' post room made our Lib Dem mailshot a LOT cheaper this year. Every penny counts at election time.",
  "council post room used for party mailshot", party="LD")
P(RP, "review", "Popping the link to our Labour petition on the council's Pentwyn community noticeboard page as well. The more signatures the better ✊",
  "council web channel used for party petition", party="Lab")
P(RP, "review", "Printed 200 'Keep Hollins Blue' posters on the printer in the members' lounge. Shhh 🤫",
  "council printer used for party posters", a=[TI], party="Con")
P(RP, "review", "The campaign WhatsApp runs off my council-issued phone, so message that number if you fancy delivering for the Greens.",
  "council phone used for party campaign", party="Green")
P(RP, "review", "Asked the events team if we could borrow the council gazebo for our Lib Dem street stall on Saturday. Sorted! 👍",
  "council staff and equipment used for party stall", party="LD")
P(RP, "review", "Door-knocking list for Saturday went out from cllr.farooq@severnholt.gov.uk, so check your inbox, comrades.",
  "own council email used to send party canvass lists", author="@NadiaFarooqLab")
P(RP, "review", "Great to use my office at the Guildhall for the Conservative association's fundraising calls this afternoon. Pledges flooding in!",
  "council office used for party fundraising", party="Con")
P(RP, "review", "Drafted my re-election leaflet in the members' room using the council's Canva account. Looks slick, if I say so myself.",
  "council software licence used for election leaflet")
P(RP, "review", "Thanks to the council's graphics team for the gorgeous artwork. It's gone straight onto our Labour campaign leaflet.",
  "council staff work reused in party leaflet", party="Lab")

N(RP, "My council email is cllr.parry@severnholt.gov.uk. Please use it for casework about bins, housing or planning. I read everything.",
  "own council email for council casework", author="@SionedParryGreen")
N(RP, "Lib Dem action day Saturday 10am, meet outside the Red Lion on Broad Street. Bring comfy shoes!",
  "party campaigning without council resources", party="LD")
N(RP, "Ward surgery this Friday 4–6pm in the Guildhall foyer. No appointment needed.",
  "council premises for council business")
N(RP, "Labour leaflets have arrived from the printers (paid for by Pentwyn Labour Party, printed by Marcher Print). Thanks to everyone helping deliver.",
  "party leaflets, party-paid", party="Lab")
N(RP, "The council chamber is open to the public for Heritage Open Day. Come and sit in the Mayor's chair!",
  "council chamber, non-political")
N(RP, "Green campaign meeting Thursday at the Quaker meeting house, booked and paid for by the local party.",
  "party meeting at non-council venue", party="Green")
N(RP, "I use my own phone and my own laptop for anything party-related. The council kit stays for council work. Boring, but right.",
  "states good practice")
N(RP, "Council-funded defibrillator installed outside Brackenford library. Glad I pushed for it from my ward budget.",
  "ward budget for a council purpose")
N(RP, "Conservative street surgery at Hollins Cross village hall on Saturday, hired by the association. Come and tell us what you think.",
  "party event at hired venue", party="Con")
N(RP, "Working from the members' room today catching up on 40-odd casework emails. Coffee machine broken. Send help.",
  "council room for council work")
N(RP, "Proud my Labour colleagues and I secured free holiday lunches in the budget. Vote for more of this in May.",
  "party claim, no resources", party="Lab")
N(RP, "Thanks to the council's comms team for the press release on the new Caerleigh play area. Official details on the council website.",
  "council comms on council business", a=[OI])
N(RP, "Please don't send party stuff to my council email. I'll reply from my personal address. Rules are rules!",
  "keeps party mail off council systems")
N(RP, "Delivering Focus leaflets in the drizzle today. Printed and paid for by Severnholt Liberal Democrats.",
  "party campaigning with imprint", party="LD")
N(RP, "Council printing costs down 18% this year after the switch to digital agendas. Good for the budget and for the trees.",
  "council printing, no party use")
N(RP, "Used the council's reporting app to flag six potholes on my walk to the station. Takes 30 seconds, please do the same.",
  "council app used for its purpose")
N(RP, "Greens will be at the Caerleigh farmers' market on Saturday with our own gazebo (yes, we finally bought one).",
  "party stall with party equipment", party="Green")
N(RP, "Printed off the planning agenda in the members' room so I could mark it up for Thursday. Old habits.",
  "council printer for council papers")

# ======================= position.improper-advantage =====================
P(PA, "review", "Planning application stuck? Message me privately. Let's just say I know which desk it's sitting on and how to move it up the pile.",
  "offers to use position to jump the queue")
P(PA, "review", "Need a new boiler? My son-in-law's firm, Heddle Heating, is brilliant. Mention you're one of my residents and he'll look after you.",
  "promotes a family business via the role")
P(PA, "review", "Anyone who helped on my campaign and is waiting on a housing transfer, drop me a line. I look after my own.",
  "offers favours to supporters")
P(PA, "review", "Got a parking ticket on Bridge Street? DM me. Can't promise anything, but I have a word with the right people and these things tend to go away.",
  "offers to make penalties disappear")
P(PA, "review", "Told the bowls club committee I'd see what I can do about their lease renewal. Perks of having a mate on the council, eh 😉",
  "uses role to favour friends' club", a=[TI])
P(PA, "review", "Caerleigh's cosiest café is open again! (Full disclosure: it's my wife's.) Councillors and officers get 20% off, pop in after committee ☕",
  "promotes connected business; discounts to officers", a=[GH, DI])
P(PA, "review", "School admissions appeal coming up? I've sat on enough panels to know exactly what swings it. Happy to have a quiet word on your behalf.",
  "offers a quiet word to influence an appeal")
P(PA, "review", "If you're a local builder wanting on the council's approved list, I've a fair idea what the evaluators look for. Buy me a pint and I'll talk you through it.",
  "trades inside help for hospitality", a=[GH, IA])
P(PA, "review", "My nephew's just started a landscaping business. Hoping the council's grounds team give him a go, I've put his name forward 👍",
  "pushes a relative for council work")
P(PA, "review", "Sitting on licensing does have its uses. Neighbour's temporary event notice for the street party? Consider it sorted.",
  "uses committee seat to favour a neighbour")
P(PA, "review", "Shoutout to Marcher Vans, best MOTs in the county. And yes, I'm a silent partner, but that's not why I'm saying it 😂",
  "promotes a business the councillor part-owns", a=[DI, TI])
P(PA, "review", "Two-year wait for an allotment at Brackenford, they said. Had a word with the parks manager and I'm on plot 14 from next week 🌱",
  "uses position for own advantage", a=[OI])
P(PA, "review", "Any Oakbury family with a school transport refusal: message me and I'll get your child moved up the list.",
  "promises to jump a queue")
P(PA, "review", "Tip for small businesses: want a quick decision on your shop sign? Copy me into the email. Works every time.",
  "implies the role speeds decisions")
P(PA, "review", "My old schoolfriend runs Pentre Catering. Told the events team they'd be daft not to use her for the Mayor's reception.",
  "steers council contract to a friend", a=[OI])
P(PA, "review", "Fast-tracked my own dropped kerb this week. Handy knowing who to ring 😅",
  "uses position for own benefit")
P(PA, "review", "Council garage waiting list is ridiculous. If you're a friend of mine, ignore the list and drop me a DM.",
  "offers friends a shortcut")
P(PA, "review", "Residents of my street, your potholes get done first. That's the perk of living next door to a councillor 😉",
  "offers preferential service", a=[TI])

N(PA, "Planning application stuck? Email me your reference and I'll ask officers for an update on timescales. I can't influence the decision, but I can chase.",
  "ordinary casework, explicitly no influence")
N(PA, "Shop local this weekend: Caerleigh has some brilliant independent cafés. (No connection to any of them, I just like cake.)",
  "promotes local business with no connection")
N(PA, "Waiting on a housing transfer? I'll chase the housing team for an update on your case, the same as for any resident.",
  "even-handed casework")
N(PA, "Got a parking ticket you think is unfair? Here's how to appeal, step by step. I can't cancel tickets and nobody should be able to.",
  "public process, no favour")
N(PA, "The council's supplier portal is open. Local builders, sign up to hear about contracts. Free training session on 12 Feb.",
  "open opportunity to all")
N(PA, "Reported 14 potholes in Yarlow this month. Every ward gets the same repair criteria: depth and danger, not who you vote for.",
  "explicitly fair service")
N(PA, "School admission appeals: the independent advice service can help you prepare. I can't intervene, but they're excellent.",
  "signposting without influence")
N(PA, "My sister's opening a bakery in Brackenford next month! Proud of her. She's getting my custom, not any council help.",
  "family news; borderline promotion of a connected business", a=[PA])
N(PA, "Planning a street party? Temporary event notices need 10 working days. Apply early through the council website.",
  "public guidance")
N(PA, "Dropped kerb applications have a six-week wait. I've asked cabinet to fund another inspector so everyone gets a quicker answer.",
  "systemic fix, not a favour")
N(PA, "Congratulations to Pentre Catering on winning Small Business of the Year at the Severnholt awards!",
  "congratulates unconnected business")
N(PA, "Allotment waiting lists are long everywhere. I'm on the list myself (number 37, since you ask).",
  "no special treatment")
N(PA, "Happy to write a letter of support for any community group's lottery bid in my ward. Just ask, open to all.",
  "open offer of ordinary support")
N(PA, "As your councillor I can raise your case with the right department, ask questions at committee and chase replies. I can't jump you up a queue.",
  "uses 'as your councillor' but disclaims favours")
N(PA, "Council garages: the waiting list is published, and I've asked for it to be reviewed for fairness.",
  "fairness, not favour")
N(PA, "The council's apprenticeship scheme is recruiting: apply by 20 Feb. Open to everyone aged 16 and over.",
  "open opportunity")
N(PA, "Cracking MOT at a garage in Hollins this week. Not naming them because I don't do adverts, but cheers lads.",
  "avoids promoting a business")
N(PA, "Asked to 'have a word' about a neighbour's planning application. Said no. Same rules for everyone, including people I like.",
  "refuses a favour")

# ======================= gifts.hospitality ===============================
P(GH, "review", "Cracking Sunday lunch at the Wheatsheaf courtesy of the landlord, who wanted to talk me through his late licence plans. Roast was top notch 🍻",
  "hospitality from a licence applicant")
P(GH, "review", "Thanks to Tanyard Developments for a really useful tour of their other schemes, and the lunch at the Castle Hotel afterwards was superb.",
  "hospitality from the Old Tannery applicant")
P(GH, "advice", "Marchlands Waste took a few of us to the rugby international at the weekend. Great day out, great company, great result.",
  "hospitality from a council contractor; no decision named")
P(GH, "review", "Lovely bottle of single malt left on my doorstep from the folk at Valuway, with a note saying they 'look forward to working together' 🥃",
  "gift from the cattle market applicant")
P(GH, "review", "Spa day at Meadowbank Leisure's flagship park, what a treat! They're hoping to bring something similar to Oakbury.",
  "hospitality from the Oakbury Meadow applicant")
P(GH, "advice", "Halcyon Leisure have sorted me and the other half a year's membership at the sports centre. Very kind of them!",
  "gift from the leisure contractor (likely ≥ £100)")
P(GH, "review", "Ended up at the Marcher Business Awards as a guest of Corvell Consulting, who are pitching for the regeneration study. Free bar was dangerous 😂",
  "hospitality from a firm seeking council work", a=[HASTE])
P(GH, "review", "Box at the races on Saturday thanks to an old friend who happens to be behind the Oakbury arcade application. Didn't talk shop, honest!",
  "hospitality from a licence applicant", a=[TI])
P(GH, "advice", "Got a hamper at Christmas from the company that runs our car parks. Fair play, the pork pie was excellent.",
  "gift from a contractor")
P(GH, "review", "Flew out to see how Valuway's 'community stores' work abroad. They covered the trip and it was genuinely eye-opening.",
  "paid trip from an applicant")
P(GH, "review", "Two tickets for the Six Nations from a builder I've known for years. He's putting in for the Pentwyn garages site soon, but we go way back.",
  "gift from someone about to seek a decision")
P(GH, "review", "Big thank you to Ridgeway Homes for treating the group to Christmas dinner. They're promoting land at Brackenford and it was good to hear their ideas.",
  "hospitality from a developer seeking allocation", party="LD")
P(GH, "review", "Accepted a new tablet from a tech firm that wants to pilot its parking app with the council. Very slick, will report back!",
  "gift from a firm seeking a contract")
P(GH, "review", "Treated to the tasting menu at the new riverside hotel by the owners. Gorgeous. They're keen to get onto the council's preferred venues list.",
  "hospitality from a firm seeking council business")
P(GH, "advice", "A grateful resident gave me a £150 voucher after I sorted her housing repair. So touched 🥹",
  "gift ≥ £100 because of the role; registration reminder")
P(GH, "advice", "Weekend in the owners' holiday cottage on the coast. They run the firm that does our grounds maintenance. Lovely people.",
  "hospitality from a contractor")
P(GH, "review", "Marchlands treated the scrutiny panel to dinner at the Castle Hotel the night before we review their contract performance.",
  "hospitality from contractor ahead of decision on it")
P(GH, "review", "The developer behind the Old Tannery flats kindly put on a buffet for my ward coffee morning, pastries, bacon rolls, the lot.",
  "hospitality funded by applicant")

N(GH, "Cup of tea and a slice of bara brith at the Pentwyn coffee morning. Thank you to the volunteers who run it every single week!",
  "thanks volunteers, trivial hospitality")
N(GH, "Went to the Severnholt Business Awards, bought my own ticket, and was delighted to see Pentre Catering win.",
  "paid own way")
N(GH, "Invited for a drink by a licence applicant to 'discuss' their hearing. Politely said no. Everything goes through the committee.",
  "refuses hospitality", a=[GH])
N(GH, "Year 4 at Caerleigh primary made me a card to say thanks for the new crossing. Best present I've had all year ❤️",
  "a child's card, no value")
N(GH, "Bought a raffle ticket at the Brackenford Show. Won a jar of chutney. Peak councillor glamour.",
  "paid raffle")
N(GH, "Just updated my gifts and hospitality register: nothing to declare this quarter. Boring is good.",
  "register talk, nothing accepted", a=[GH])
N(GH, "Thank you to everyone who came to the litter pick. I brought the biscuits this time!",
  "councillor giving, not receiving")
N(GH, "Lovely dinner with my in-laws for my birthday. No council chat allowed at the table.",
  "family hospitality unrelated to role")
N(GH, "At the Mayor's charity dinner tonight. Tickets paid for personally, every penny to the Marches hospice.",
  "paid own way")
N(GH, "Turned down match tickets from a firm that works with the council, and registered the offer with the Monitoring Officer as the code requires.",
  "refused and registered (10.3)", a=[GH])
N(GH, "Free flu jabs at the pharmacy for over-65s. Go and get yours.",
  "'free' public service")
N(GH, "Halcyon Leisure's annual report on the sports centre is out: usage up 12%. Questions for scrutiny next month.",
  "names contractor without gift")
N(GH, "Thanks to Severnholt WI for inviting me to talk about recycling, and for the Victoria sponge!",
  "modest hospitality from a community group", a=[GH])
N(GH, "Valuway's consultation event on the cattle market is at the library on Tuesday, 3–7pm. Go and look at the plans.",
  "names applicant, no gift")
N(GH, "Free Saturday parking in Severnholt town centre before Christmas worked: footfall up 9%.",
  "'free' policy")
N(GH, "The developer offered to lay on lunch at their public exhibition. I said residents' questions come first and brought my own sandwiches 🥪",
  "declines hospitality from developer", a=[GH])
N(GH, "Thanks to our amazing food bank volunteers. You gave 400 hours over Christmas.",
  "thanks volunteers")
N(GH, "The council has accepted 50 trees donated by a local woodland charity for the new park. Planting day 21 Feb, all welcome.",
  "donation to council, not councillor")

# ======================= capacity.council-voice ==========================
P(CV, "review", "Speaking for Severnholt District Council: we do not support bypass route C and we never will.",
  "backbencher speaks for the council", party="Con")
P(CV, "review", "The council's view is simple: the Greens' 'car-free Severnholt' fantasy is dead on arrival.",
  "party view presented as council's", party="LD")
P(CV, "review", "Just to be clear, the official position of this council is that the minor injuries unit stays open. No ifs, no buts.",
  "opposition member states 'official position' on own say-so", party="Lab")
P(CV, "review", "Severnholt District Council wholeheartedly backs the Leave Our Libraries Alone campaign. Sign the petition!",
  "personal account presents campaign as council view", author="@lucy_a_runs", account="personal")
P(CV, "review", "On behalf of everyone at the council, I'm sorry the bins were missed again. We've let you down and we'll put it right.",
  "backbencher apologises on the council's behalf", party="Green")
P(CV, "review", "As far as the district council is concerned, the government's funding settlement is an insult to rural areas.",
  "party line as council's", party="Con")
P(CV, "review", "We at Severnholt Council have decided the Christmas market moves to the Quayside next year. You heard it here first.",
  "announces a 'council decision' personally", party="Con")
P(CV, "review", "Severnholt District Council says NO to the incinerator. Full stop.",
  "campaign slogan in the council's name", party="Green")
P(CV, "review", "The council has made its mind up: 20mph everywhere is a war on drivers and it isn't happening here.",
  "party view as council's", party="Con")
P(CV, "review", "Our council position is clear: second homes should pay triple council tax, and we'll be lobbying ministers for it.",
  "group policy presented as council position", party="Green")
P(CV, "review", "Message from your council: ignore the Lib Dem leaflet. Parking charges are staying put.",
  "party message framed as from the council", party="Lab")
P(CV, "review", "The District Council stands with our farmers on inheritance tax. We'll be writing to the Chancellor this week.",
  "party stance claimed for council", party="Con")
P(CV, "review", "I can confirm on the council's behalf that the leisure centre will not close.",
  "non-executive member speaking on council's behalf", party="Green")
P(CV, "review", "This council believes Pentwyn deserves better than fourteen years of Tory austerity gave it.",
  "party rhetoric as council belief", party="Lab")
P(CV, "block", "For the record, the council's position on the old cattle market is housing, not another supermarket, and that's how it'll go.",
  "party view as council's; also a settled view on a pending application named by site", r=[PD], party="Green")
P(CV, "review", "Severnholt DC's official line: Oakbury Residents' Association speaks for Oakbury, nobody else does.",
  "group view passed off as official line", party="ORA")
P(CV, "review", "Thanks to all who signed. The council now officially supports the campaign to save Caerleigh post office 💚",
  "claims council support without a council decision", party="Green")
P(CV, "review", "Severnholt council thinks the new bus timetable is a disgrace, and we're telling the operator so in no uncertain terms.",
  "personal view as council's", author="@pv_walks", account="personal")

N(CV, "The council has announced the budget consultation is open until 14 Feb. Have your say on the council website.",
  "reports a real council announcement")
N(CV, "My personal view, not the council's: the bypass should follow route A.",
  "labels personal view")
N(CV, "Labour councillors believe the minor injuries unit must stay open. We'll be bringing a motion to full council.",
  "party view labelled as party", party="Lab")
N(CV, "Full council voted 28–4 to oppose closing the minor injuries unit. That's now the council's formal position, and I was proud to second it.",
  "accurately reports a council resolution", a=[CV])
N(CV, "Sharing the council's official statement on the flooding. Please read it in full before sharing rumours.",
  "shares official statement")
N(CV, "As a Green councillor (not speaking for the council!) I think the incinerator is a dreadful idea.",
  "capacity made clear", party="Green")
N(CV, "Lib Dem group view: freeze parking charges. Cabinet decides in March.",
  "group view labelled", party="LD")
N(CV, "Council website says bins will be a day late this week because of the snow.",
  "relays council information")
N(CV, "I'm sorry your bins were missed again on Elm Road. I've reported it and I'll keep chasing until it's sorted.",
  "personal apology, not on council's behalf")
N(CV, "The Leader has written to the health board on behalf of the council about the minor injuries unit.",
  "reports the Leader acting for council", a=[CV], tg="Gwen Pritchard")
N(CV, "Conservative councillors stand with our farmers on inheritance tax. Our motion goes to council in March.",
  "party stance labelled", party="Con")
N(CV, "Our group is calling for a second homes premium. It isn't council policy yet, which is the point of campaigning.",
  "explicitly not council policy", party="Green")
N(CV, "The Mayor will represent the council at the Holocaust Memorial Day service in Severnholt on Tuesday.",
  "ceremonial role reported", date="2026-01-23")
N(CV, "I don't speak for the council, I speak for Yarlow. And Yarlow wants its bus back.",
  "disclaims council voice")
N(CV, "What does the council think about the new bus timetable? Ask cabinet. I've put in a question for Wednesday.",
  "asks, doesn't claim")
N(CV, "Council press release on the new recycling centre hours is in the comments.",
  "links official release")
N(CV, "Residents' Association position on library hours: keep Saturday afternoons. That's us talking, not the council.",
  "capacity made clear", party="ORA")
N(CV, "Follow @SevernholtDC for official updates on the flood warnings.",
  "points to official account")

# ======================= confidentiality.insider-advantage ================
P(IA, "review", "If anyone's thinking of selling a unit on the Mill Street industrial estate, I'd hold fire until after Easter. Can't say more 🤐",
  "hint from council knowledge to benefit sellers")
P(IA, "review", "Mate asked if it's worth going for the lease on the old kiosk by the quay. Told him yes, and to do it this month rather than next.",
  "advises a friend on timing from inside knowledge")
P(IA, "review", "Word to the wise for Brackenford landlords: now might be a good moment to get your HMO paperwork in order. Just saying.",
  "tips off landlords ahead of enforcement")
P(IA, "review", "If you've been waiting for a sign to buy in Caerleigh, this is it. Trust me, I sit on cabinet.",
  "cabinet knowledge as a property tip", party="LD")
P(IA, "review", "My brother-in-law's haulage firm should get its bid in for the waste transfer contract sharpish. I've seen the scoring criteria and they tick every box.",
  "council knowledge for a relative's business", a=[PA])
P(IA, "review", "Heads up to my friends in the taxi trade: renew your licences before the fee review. It won't be pretty.",
  "pre-announcement tip to friends")
P(IA, "review", "Tip for parents: Yarlow primary's catchment is about to shift. If you're thinking of moving, get your skates on.",
  "unpublished change used as tip")
P(IA, "review", "Bought the field behind where the bypass is going this morning. Some of us do our homework 😎",
  "councillor profits from route knowledge", a=[DI, TI])
P(IA, "review", "Won't name names, but if you hold shares in a certain local bus company I wouldn't sell just yet.",
  "market tip from council knowledge")
P(IA, "review", "Friday market traders: the pitch fee review lands soon and it's not good news. Book your annual pitch now at the old rate.",
  "unannounced decision used for advantage")
P(IA, "review", "Family friend runs a scaffolding firm. Told her to register on the supplier portal before the Guildhall refurb goes out next month. Nobody else knows it's coming yet.",
  "unannounced tender tipped to a friend", a=[PA])
P(IA, "review", "If I were a developer I'd be looking very hard at the land by the old station right about now. That's all I'll say.",
  "hint for developers")
P(IA, "review", "Told my daughter to grab one of the new starter homes on the Caerleigh scheme before the allocation policy changes. Perks of the job!",
  "family advantage from inside knowledge", a=[PA])
P(IA, "review", "Funny how the business rates relief is about to be extended. My cousin's café would do well to apply early 😉",
  "family tip ahead of announcement", a=[TI])
P(IA, "review", "Quick tip to the pub trade in Severnholt: the cumulative impact zone is coming. Get your variations in NOW.",
  "pre-announcement tip")
P(IA, "review", "Had a sneak preview of the parking review. If you rent out a driveway near the station, you're about to make a packet.",
  "insider preview as money tip")
P(IA, "review", "To my neighbours on Orchard Row: don't sign anything with that land agent until you've talked to me. There are plans you don't know about yet.",
  "unpublished plans used for neighbours' advantage")
P(IA, "review", "Picked up some shares in Marcher Print before the council print contract is announced. Good local firm!",
  "buys ahead of an announcement", a=[DI])

N(IA, "The council has published its draft parking review. Consultation closes 28 Feb. Have your say before anything's decided.",
  "published information")
N(IA, "Business rates relief: applications are open to all eligible firms now. Check the council website, it's free money if you qualify.",
  "public scheme")
N(IA, "The Guildhall refurbishment tender is live on the supplier portal from today. Local firms, please have a look.",
  "published tender")
N(IA, "Catchment changes for Yarlow primary are out for public consultation. Look at the maps and respond by 13 March.",
  "public consultation")
N(IA, "Landlords: the council's new HMO licensing guidance is published. Free webinar next Wednesday explaining what's changing.",
  "published guidance")
N(IA, "Local Plan call for sites is open. Landowners can put forward land until 31 March.",
  "public process")
N(IA, "Taxi licensing fees for 2026/27 were agreed at cabinet on Tuesday and are on the website.",
  "published decision")
N(IA, "I can't tell you what was said in the briefing, and I won't. When the report's published I'll share it here.",
  "refuses to disclose", a=[CD])
N(IA, "My tip for the week: the new cheese stall at the Friday market is outstanding.",
  "'tip' idiom")
N(IA, "House prices in Caerleigh up 6% on last year, according to the land registry. Good for sellers, tough for first-time buyers.",
  "public data")
N(IA, "The cumulative impact assessment is out for consultation. Pubs and residents, please both respond.",
  "public consultation")
N(IA, "For anyone asking: no, I don't know anything about the old station land that isn't already in the published Local Plan.",
  "denies inside knowledge")
N(IA, "Panto tickets for the Guildhall almost sold out. Buy now!",
  "'buy now' idiom")
N(IA, "Village hall grants of up to £2,000 are open now. First come, first served, so get your bids in early.",
  "public scheme, urgency is public")
N(IA, "I own a rental flat in Severnholt, so I've declared it and won't take part in the HMO licensing decision.",
  "declares and steps aside", a=[DI])
N(IA, "Shares tip? My only tip is never take financial advice from a district councillor 😂",
  "joke")
N(IA, "Budget papers are published a week before the meeting. If you want to know what's coming, read them. It's all public.",
  "public information")
N(IA, "Starter homes on the Caerleigh scheme are allocated through the published housing register criteria. Apply through the council; nobody gets a shortcut.",
  "fair process")

# ======================= predetermination.closed-mind ====================
P(PD, "block", "The Wheatsheaf on Bridge Street does not need to be open till 2am, and I'll be saying exactly that at licensing. Not happening.",
  "settled view against pending licence (register match)")
P(PD, "block", "Old Tannery flats: 24 homes, brownfield, walking distance to everything. I'll be voting for this with both hands raised 🙌",
  "settled view in favour (register match)")
P(PD, "block", "Skyline Vapes & Amusements wants a gaming licence on Oakbury High Street? Over my dead body.",
  "settled view against pending licence (register match)")
P(PD, "block", "Honestly don't care what the report says about Oakbury Meadow. A caravan park there is a no from me, end of.",
  "closed mind, dismisses report (register match)", a=[OI])
P(PD, "block", "Former cattle market in Brackenford: a drive-through is the last thing we need, and I'll be voting it down.",
  "settled view against (register match)")
P(PD, "block", "The Riverside Street Food Market on the Quayside is brilliant and I'll be backing the consent all the way, whatever the objectors say.",
  "settled view in favour (register match)")
P(PD, "block", "Mill Street tannery scheme: mind's made up. It's a yes from me.",
  "settled view in favour, named by address (register match)")
P(PD, "block", "They can send as many consultants as they like. The Hollins Quarry extension is getting a big fat no from this councillor.",
  "settled view against (register match)")
P(PD, "block", "Caerleigh Solar Farm: clean energy, local ownership, what's not to love? Committee should wave it straight through ☀️",
  "settled view in favour (register match); author holds no interest in it")
P(PD, "block", "Can't see any scenario where I support the Yarlow Fields housing. 85 houses on a flood meadow? No chance.",
  "settled view against (register match)")
P(PD, "block", "Nobody on committee will be backing the Wheatsheaf's late licence. I've spoken to enough of them to know, and I'm not backing it either.",
  "predetermination for self and committee (register match)")
P(PD, "review", "That phone mast application by the primary school? Wherever it goes in the process, I'm against it. Full stop.",
  "settled view; matter not on register")
P(PD, "review", "The new takeaway on the ring road wants to open till 3am. Licensing should throw it out and I'll be saying so when it's heard.",
  "settled view; not on register")
P(PD, "review", "I sit on planning and I can tell you now: the barn conversion up at Pentre won't get my vote, so the agent needn't bother.",
  "committee member declares vote in advance; not on register")
P(PD, "review", "Whatever the case officer recommends, that petrol station application is going nowhere with me.",
  "'whatever the officers say'; not on register", a=[OI])
P(PD, "review", "If the Spar on Church Street asks for 24-hour alcohol sales again, it'll get the same answer from me: no.",
  "settled view on licence; not on register")
P(PD, "review", "Vote Labour in May and we'll make sure that gravel pit application never sees the light of day.",
  "promises refusal of a pending application", party="Lab")
P(PD, "review", "Proud to back the community shop's licence application. It has my vote, no question 💪",
  "settled view in favour; not on register")
P(PD, "review", "A four-storey block on Station Road? Not on my watch. I'll be on the committee that decides and I've seen enough.",
  "settled view; not on register")

N(PD, "I have real concerns about traffic on Mill Street from the Old Tannery scheme. I'll read the officer report and listen to everyone at committee before deciding.",
  "predisposition with open mind on a registered matter")
N(PD, "The Wheatsheaf licence variation hearing is on 14 April. If you want to make a representation, here's how.",
  "procedural information on a registered matter")
N(PD, "People keep asking how I'll vote on Oakbury Meadow. Honest answer: I sit on planning, so I keep an open mind until I've heard the evidence. Send your comments to the council so they're on record.",
  "explicit open mind")
N(PD, "Delighted the committee approved the new community centre in Pentwyn last month. Building starts in May!",
  "already decided")
N(PD, "Site visit to the former cattle market this morning with the planning committee. Lots to think about.",
  "neutral mention of registered site")
N(PD, "I'm predisposed to like small solar schemes, I've said so for years, but every application gets judged on its own merits.",
  "predisposition, allowed", a=[PD])
N(PD, "The Local Plan is a policy document, not a planning application, and yes, I'll be voting against the draft allocation at Brackenford. That's politics.",
  "plan-making is not quasi-judicial", a=[PD])
N(PD, "Lots of strong views about the Skyline arcade. Please put them in writing to licensing by the deadline. I'll be reading every one.",
  "encourages representations, no view")
N(PD, "Reminder: objections to the Hollins Quarry application need to be about planning matters: traffic, noise, dust.",
  "procedural")
N(PD, "Packed Yarlow Fields public meeting tonight. I heard worries about flooding and school places, and I'll be pressing for answers at committee.",
  "concerns, open mind")
N(PD, "I've been asked to 'promise' to vote against the Wheatsheaf. I won't, not because I'm for it, but because the law says I decide on the evidence.",
  "refuses to predetermine")
N(PD, "Appeal decision: the inspector has allowed the Ferry Lane scheme. Disappointing, but it's decided and we move on.",
  "decided matter")
N(PD, "My view on drive-throughs in general: not keen. My view on any particular application: I'll wait for the report.",
  "general predisposition", a=[PD])
N(PD, "Went to the riverside food market trial last summer and loved it. The consent application is a separate thing and I'll weigh it properly.",
  "predisposition with open mind", a=[PD])
N(PD, "Planning committee agenda for 9 April is out, with the Old Tannery and the cattle market both on it. Papers on the council website.",
  "procedural")
N(PD, "Residents worried about glare from the Caerleigh Solar Farm: I've asked officers for the glint and glare study so you can see it.",
  "seeks evidence, no view")
N(PD, "Our group has no whip on planning. Every member decides on the merits. That's the law, and it's right.",
  "principle")
N(PD, "Licensing sub-committees decide late-night applications on the evidence from police, environmental health and residents. Here's how to be heard.",
  "procedural")

# ======================= interests.declared-interest (holders only) =======
P(DI, "review", "Grounds maintenance contract is up for renewal. Time the council bought local: firms like Pell Agricultural have been supplying Marches farms for 40 years.",
  "promotes own firm for a council contract", a=[PA], author=SIMON)
P(DI, "review", "Glad cabinet's looking at rural business rates relief. Farm suppliers like us have had a rough couple of years.",
  "council matter affecting own business, indirect 'like us'", author=SIMON)
P(DI, "review", "Good to see the winter gritting contract going out to tender. We've got salt, spreaders and drivers standing by 😉",
  "own firm and council tender, indirect", a=[PA], author=SIMON)
P(DI, "review", "Cabinet should hand the Pentwyn garage sites straight to Marches Rural Housing Trust. Nobody builds better affordable homes in this district.",
  "pushes council asset to own Table 2 body", a=[PA], author=BETHAN)
P(DI, "review", "Disappointed the affordable housing grant went to a national developer and not the local trust I know best. I'll be asking why at scrutiny.",
  "council funding decision touching own board seat, indirect", author=BETHAN)
P(DI, "review", "Every home Marches Rural Housing builds is a family off the waiting list. Cabinet, sell us the Caerleigh depot site at a fair price.",
  "council disposal to own body ('sell us')", a=[PA], author=BETHAN)
P(DI, "block", "Brackenford Rugby Club's application for functions and later bar hours is exactly what this town needs. I'll be supporting it.",
  "settled view in favour of registered licence touching own trusteeship", r=[PD], author=MARTIN)
P(DI, "review", "The rugby club's been asking the council about the lease on the back pitch for two years. Let's get it done, cabinet!",
  "council lease for own body", author=MARTIN)
P(DI, "review", "Licensing should look kindly on community sports clubs' bar hours. Clubs like ours aren't the problem in this town.",
  "licensing chair, own club, indirect", a=[PD], author=MARTIN)
P(DI, "block", "The Hollins Quarry extension will secure 40 local jobs. Anyone who cares about Hollins Cross should be backing it.",
  "settled view in favour of registered matter touching own shareholding", r=[PD], author=DEREK)
P(DI, "review", "Council's minerals strategy needs to recognise that local quarries keep the roads built. Pleased to see a positive steer in the draft.",
  "policy matter touching own securities", author=DEREK)
P(DI, "review", "Quarry lorry complaints on Quarry Road are overblown. Highways should stop bowing to a handful of objectors.",
  "council matter touching own quarry shares", a=[OI, PD], author=DEREK)
P(DI, "block", "Caerleigh Solar Farm will power 3,000 homes and keep the profits in the valley. It deserves to be approved, simple as ☀️",
  "settled view in favour of own co-op's application", r=[PD], author=TAMSIN)
P(DI, "review", "Asked the cabinet member to consider community energy groups for the council's rooftop solar programme. Our co-op in Caerleigh is ready to go.",
  "seeks council work for own co-op", a=[PA], author=TAMSIN)
P(DI, "block", "Yarlow Fields is the right place for new homes: close to the station, no flood risk, and Yarlow needs young families. I hope committee sees sense.",
  "settled view in favour of housing on own land", r=[PD], author=COLIN)
P(DI, "review", "Spoke at the Local Plan working group about the land at Yarlow Fields. It should be allocated for housing.",
  "plan allocation touching own land", a=[PD], author=COLIN)
P(DI, "block", "Can't understand the objections to houses at Yarlow Fields. Landowners round here have waited long enough.",
  "settled view on own land application", r=[PD], author=COLIN)
P(DI, "review", "Free Saturday parking must stay. The Chamber of Trade has been clear about that, and so am I.",
  "council matter lobbied by own Table 2 body", author=FIONA)
P(DI, "review", "Town centre businesses (and I'd know, I sit on the Chamber of Trade) need the council to cut market pitch fees, not raise them.",
  "council fees matter touching own body", author=FIONA)

N(DI, "Brackenford Rugby Club 27, Caerleigh RFC 12. What a result at the weekend! 🏉",
  "holder, club news, no council matter", author=MARTIN)
N(DI, "Stepping aside from the licensing sub-committee for the rugby club's hearing, as I'm a trustee. Cllr Rowlands will chair.",
  "declares and steps aside", a=[DI], author=MARTIN)
N(DI, "Declaration: I hold shares in Hollins Quarry Ltd. I've declared it and will leave the room when the extension application is heard.",
  "declares and steps aside", a=[DI], author=DEREK)
N(DI, "As a director of the Caerleigh energy co-op I won't be speaking or voting on the solar farm. Residents with questions, please contact my ward colleagues.",
  "declares and steps aside", a=[DI], author=TAMSIN)
N(DI, "Our co-op's panels on the village hall roof saved it £3k this year. Proud of the volunteers who made it happen.",
  "holder, body news, no council matter", a=[DI], author=TAMSIN)
N(DI, "I own land at Yarlow Fields, so I'm taking no part in the application. Please send your views to the planning team.",
  "declares and steps aside", a=[DI], author=COLIN)
N(DI, "Flooding on the Yarlow road again this morning. Reported to highways.",
  "holder, unrelated ward matter", author=COLIN)
N(DI, "Marches Rural Housing Trust AGM tonight. Lovely to see so many tenants there.",
  "holder, body news, no council matter", author=BETHAN)
N(DI, "I sit on the board of Marches Rural Housing Trust, so I've stepped out of the cabinet item on the depot site. Colleagues will take it from here.",
  "declares and steps aside", a=[DI], author=BETHAN)
N(DI, "Chamber of Trade quiz night raised £1,400 for the hospice! Thanks to everyone who came.",
  "holder, charity event", author=FIONA)
N(DI, "I'm on the Chamber of Trade, so I'm declaring that up front: I'll leave the parking charges debate to colleagues.",
  "declares and steps aside", a=[DI], author=FIONA)
N(DI, "My register of interests is up to date for 2026. The directorship at Pell Agricultural is listed, as always, on the council website.",
  "transparency, no council matter", a=[DI], author=SIMON)
N(DI, "Lambing season means a busy week at work. Back on ward business Monday.",
  "holder, personal note", author=SIMON)
N(DI, "Congratulations to Brackenford Rugby Club on 50 years. Quite a milestone for the town.",
  "non-holder mentions a registered body")
N(DI, "Visited the Marches Rural Housing Trust's new homes in Pentwyn today. Really impressive energy standards.",
  "non-holder mentions a registered body")
N(DI, "Hollins Quarry extension consultation closes on 20 Feb. Here's the link to comment.",
  "non-holder, procedural")
N(DI, "The Chamber of Trade's footfall survey is worth a read. Interesting numbers for the high street.",
  "non-holder mentions a registered body")
N(DI, "Pleased the Caerleigh Solar Farm includes a community benefit fund. I'll look at it carefully when it comes to committee.",
  "non-holder, open mind")

# ======================= data-protection.personal-data ===================
P(DP, "block", "Sat with Mrs Eirlys Watkin at 7 Chapel Row this morning. She's just back from chemo and the council STILL hasn't fixed her stair rail. Disgraceful.",
  "named resident, address, health")
P(DP, "block", "Young lad on the Caerleigh estate, Jayden, Kelly's boy at number 22, has been excluded again and social services are involved. This family needs help, not judgement.",
  "identifiable child, school exclusion, social services")
P(DP, "block", "Before you sign Gareth Pryce's petition, you might want to know he was done for benefit fraud in 2019.",
  "criminal record of a named private person", a=[DEF, PATT])
P(DP, "block", "Lovely to see Dai and his partner Tom at the Pentwyn coffee morning. First time Dai's been out since he came out to his chapel friends. Brave man ❤️",
  "sexuality and religion of identifiable people")
P(DP, "block", "The bloke who blocks the bus stop with his van on Orchard Row is Mr Hutchings from number 3. Drinks, apparently, which explains a lot.",
  "named, address, alleged alcohol problem (health)", a=[PATT])
P(DP, "block", "Helped Sandra Kemp from Brackenford with her PIP appeal. Her MS has got much worse and she's in a wheelchair now. If you know her, send some love.",
  "named person with health condition")
P(DP, "block", "Met the new family in the old police house. Jehovah's Witnesses, so don't bother with the Christmas lights invite 😂",
  "religion of an identifiable household", a=[TI, EQ])
P(DP, "block", "The lad who crashed on the bypass last week was Rhys Bevan from Yarlow. He's in intensive care at the Royal. Please keep him in your prayers.",
  "named person, health")
P(DP, "block", "Mrs P at Ferry Cottage, who rang me about the hedges, has dementia. Could neighbours keep an eye on her please.",
  "identifiable by address, health")
P(DP, "block", "Three of the kids who wrecked the bus shelter go to Yarlow primary, one of them the Hendersons' youngest. Parents, have a word.",
  "identifiable child, alleged offending", a=[DEF])
P(DP, "block", "To whoever keeps using the disabled bay outside the surgery: I'm told it's the chap at 16 Mill Lane, who's been prosecuted for it before.",
  "address-identified person, prosecution history", a=[DEF])
P(DP, "block", "Our new foster carers on Brook Street (you know who you are, Sian and Mel!) have taken in two little ones this week. So proud 🥰",
  "looked-after children, identifiable carers and their relationship")
P(DP, "block", "Marion from the Tuesday club asked me to thank everyone for the cards after her miscarriage 💐",
  "identifiable person, health")
P(DP, "block", "Still chasing the parking permit for Mr Abdul Karim at 9 Tanner's Court so he can get to Friday prayers. Ridiculous delay.",
  "named, address, religion")
P(DP, "block", "Visited the Hendry family at 41 Pentre Road. Their daughter Ellie (8) is autistic and SEN transport has failed her again.",
  "named child, address, disability")
P(DP, "block", "Anyone know Kev Morris from the Quay flats? Just out of prison and trying to get back on his feet. Looking for labouring work if you can help.",
  "named, criminal record, kindly meant")
P(DP, "block", "Thinking of my neighbour Bryn Lewis on Chapel Row, 74, just diagnosed with motor neurone disease. Fundraiser link in the comments.",
  "named, address, age, health")
P(DP, "block", "To those asking: yes, the man arrested on Station Road was Darren Walsh, 38, of Ferry Lane. Police have asked for calm.",
  "named, address, arrest", a=[DEF])

N(DP, "A resident in my ward has waited eight months for a stair rail after cancer treatment. I won't share details, but I'm escalating it today.",
  "anonymised health casework")
N(DP, "My own news: I was diagnosed with type 1 diabetes last year. Councillors are human too. Get your bloods checked.",
  "author's own health")
N(DP, "Our MP Jonathan Reece has been in hospital this week. Wishing him a speedy recovery.",
  "public office holder, health", a=[DP])
N(DP, "If you'd like to talk to me in confidence about a housing or health issue, email cllr.rowlands@severnholt.gov.uk.",
  "'in confidence' casework invitation, own contact details", a=[CD], author="@IforRowlandsLD")
N(DP, "Dementia-friendly café now open at Caerleigh library every Thursday 2–4pm. Carers welcome.",
  "health topic, no person")
N(DP, "Severnholt Pride planning meeting next week. All welcome, LGBTQ+ or ally 🏳️‍🌈",
  "sexuality topic, no person")
N(DP, "Figures show 1 in 4 children in Pentwyn live in poverty. That should shame all of us.",
  "statistics")
N(DP, "Proud to say publicly today that I'm bi. Same councillor I was yesterday 💜",
  "author's own sexuality")
N(DP, "The council's confidential domestic abuse helpline is open 24/7. Numbers are on the website.",
  "'confidential helpline'", a=[CD])
N(DP, "Eid Mubarak to all our Muslim residents across Severnholt!",
  "religious greeting, no person", date="2026-03-20")
N(DP, "Congratulations to Megan Price from Yarlow on gold at the junior swimming championships!",
  "named young person, no special category", a=[DP])
N(DP, "SEN transport failures are hitting dozens of families across the district. I've asked for a full review at scrutiny.",
  "aggregate issue")
N(DP, "Sad news that former Mayor Dilwyn Hughes has died aged 88. A giant of Severnholt life.",
  "former public figure", a=[DP])
N(DP, "Ex-offenders deserve a second chance. The council's new employment scheme with the probation service is fantastic.",
  "criminal record topic, no person")
N(DP, "Mum's had her hip done this week and she's doing brilliantly. Thank you to the NHS staff at the Royal.",
  "relative's health, mild", a=[DP])
N(DP, "Chapel Row residents: the stair-rail repair programme now covers all council bungalows on your street.",
  "street named, no individual")
N(DP, "Foster carers wanted! Severnholt needs 20 more families this year. Info evening on 4 Feb.",
  "fostering topic, no person")
N(DP, "Police say a 38-year-old man has been arrested following the Station Road incident. Please don't speculate online.",
  "no name, discourages speculation")

# ======================= security.credentials ============================
P(SC, "block", "Members' portal keeps logging me out. Username hmoody, password Oakbury2026! If anyone in IT sees this, can you check it? 🙈",
  "own password posted", author="@HazelMoodyORA")
P(SC, "block", "Community hall key safe code is 4417. Please don't leave the door on the latch after the tenants' meeting.",
  "key safe code")
P(SC, "block", "All members, please confirm your allowances at severnholt-gov-uk.members-portal.co/login before Friday. IT have asked.",
  "lookalike link asking for log-in")
P(SC, "block", "Labour group Zoom same as ever, passcode 881204, 6pm Thursday.",
  "meeting passcode", party="Lab")
P(SC, "block", "Tried resetting my council Microsoft account and it sent code 552 913, then said it had expired. Can someone in IT sort this?",
  "one-time code")
P(SC, "block", "Guest wifi at tomorrow's surgery in the Guildhall: network SHDC-Guest, password Dragon!Harp7",
  "network password")
P(SC, "block", "For the tenants' group: the door entry code at Tanner's Court has changed to 2609#. Shout if it doesn't work.",
  "door entry PIN")
P(SC, "block", "Check your council tax rebate here 👉 severnholt.gov-refunds.uk. You just log in with your bank details and it's done in minutes!",
  "phishing-style lookalike link")
P(SC, "block", "Mayor's charity pledge page is up! Sign in with your council email and password at bit.ly/shdc-mayor-login",
  "shortened link asking for council credentials")
P(SC, "block", "Someone got into my Facebook and posted rubbish. Changed the password to Caerleigh1987 now, so they can jog on.",
  "new password posted")
P(SC, "block", "Licensing sub-committee members: Teams dial-in PIN for Monday's hearing is 30 77 19 42.",
  "dial-in PIN")
P(SC, "block", "Councillor planning portal: log in via http://severnholt-planning.gov.uk.verify-user.net/ — much faster than the official one!",
  "lookalike login link")
P(SC, "block", "Our joint opposition budget sheet is on Google Drive, password greenbudget26 (don't tell cabinet 😂)",
  "document password", party="Green")
P(SC, "block", "For the bin-day app at the hackathon, API key is sk_live_51Hq8ZbR2mYd7PwXc. Go wild.",
  "API key")
P(SC, "block", "If you're helping with the ward newsletter list, the Mailchimp login is sevwardnews / Newsletter#44.",
  "username and password")
P(SC, "block", "Litter pickers: depot gate code is 1-9-6-4, the year the Guildhall opened!",
  "gate code")
P(SC, "block", "Microsoft says my council account needs re-verifying. Link was severnholtdc-0ffice365.com. Everyone else get one? Just popped my details in 👍",
  "malicious lookalike link shared")
P(SC, "block", "Meeting the Caerleigh flood wardens at the pumping station. Alarm code's on the back of the door but it's 7731 if anyone's early.",
  "alarm code")

N(SC, "Reminder to colleagues: use a different password for social media than for your council account, and switch on two-factor. Took me five minutes.",
  "password advice, no password")
N(SC, "Pinned post: my ward surgery times for the spring. Please share!",
  "'pinned'")
N(SC, "Residents are getting texts claiming to be from the council about a council tax refund. The council will never ask for bank details by text.",
  "scam warning, no link")
N(SC, "Code of Conduct refresher this morning with the Monitoring Officer. Useful session on social media.",
  "'code'")
N(SC, "Budget consultation is on the council's own website. That's the only genuine place, so please don't click lookalikes.",
  "warns about lookalikes without giving one")
N(SC, "Pin badges for the Severnholt in Bloom volunteers have arrived! Come and get yours.",
  "'pin'")
N(SC, "Key safes for vulnerable residents: the council's telecare team will fit one free. Ring the number on the website.",
  "'key safe', no code")
N(SC, "Postcode lottery grant of £20k for the Pentwyn community garden! Well done all.",
  "'postcode'")
N(SC, "Changed all my passwords after the council's cyber training. If you haven't done the module, it's worth an hour.",
  "no password disclosed")
N(SC, "Members: the portal is moving to the council's main site. IT will email the new address, and it'll end in severnholt.gov.uk.",
  "genuine domain guidance")
N(SC, "Group WhatsApp is for organising only, folks. No passwords or personal info in there please.",
  "good practice")
N(SC, "Caerleigh flood group on Zoom Thursday. Link sent by email to members, ask me if you didn't get it.",
  "meeting without credentials")
N(SC, "Door entry system at Tanner's Court is broken again. Reported to housing repairs, engineer due tomorrow.",
  "door entry, no code")
N(SC, "One-time codes, PINs, passwords: never share them. Not with me, not with the bank, not with 'the council'.",
  "security advice")
N(SC, "The depot gate is open on Saturdays 8–12 for bulky waste now. No booking needed.",
  "'depot gate', no code")
N(SC, "Blue badge renewals: apply only through the official gov.uk service. Sites charging a fee aren't official.",
  "scam advice")
N(SC, "Hacked? If your Facebook's been compromised, start with Meta's own recovery page. Happened to me last year.",
  "account recovery advice")
N(SC, "The new council website launched today: bin days, planning and council tax all in one place. Tell me what you think.",
  "official site")

# ======================= confidentiality.disclosure ======================
P(CD, "block", "Can't say much, but Project Heron is finally moving. The riverside could look very different by 2028. Watch this space 👀",
  "register term")
P(CD, "block", "People asking about the Bridge Street car park disposal: yes, it's being discussed, and the price on the table is well under what I'd accept.",
  "register term plus negotiating figure")
P(CD, "block", "The Kingsmead Farm acquisition is a waste of £2.3m and I said so in the closed session. Someone had to.",
  "register term plus 'closed session'")
P(CD, "block", "Fly-tippers of Brackenford, your days are numbered. Operation Copperleaf has cameras in places you won't guess.",
  "register term, covert enforcement")
P(CD, "block", "The Lyndale tribunal claim is going to cost more than the entire parks budget. Residents deserve to know.",
  "register term, labour relations and legal")
P(CD, "block", "Project Heron update: preferred bidder is an out-of-county firm. I'd rather it was local, but there we are.",
  "register term plus negotiation detail")
P(CD, "review", "From yesterday's Part 2 item: the council's offer for the old bus depot is £400k below the valuation. Make of that what you will.",
  "'Part 2' marker, property negotiation")
P(CD, "review", "Not for publication, they said. But residents are paying for it, so: breaking the leisure contract costs £1.1m.",
  "'not for publication' marker")
P(CD, "review", "A little bird tells me the redundancy list for the parks team has 11 names on it. Staff haven't been told yet.",
  "labour relations info of a confidential nature, no marker")
P(CD, "review", "Had a briefing in confidence about the Guildhall roof. Let's just say you wouldn't want to stand under the east end.",
  "'in confidence' disclosure")
P(CD, "review", "Leaked draft of the budget shows Caerleigh library on the closure list. Screenshot below.",
  "'leaked'")
P(CD, "review", "Embargoed till Thursday but I'm too excited: we've won £4m from the Marches Growth Fund for the high street! 🎉",
  "'embargoed'")
P(CD, "review", "Off the record, we were told the waste contractor is in breach and the council's taking legal advice.",
  "'off the record', legal advice")
P(CD, "review", "What's said in closed session stays there, apparently. Well, I think people should know the council is being sued over the Ferry Lane flooding.",
  "'closed session', legal proceedings")
P(CD, "review", "The exempt report on the depot land sale is a scandal. Forty pages and not one independent valuation.",
  "'exempt report' content")
P(CD, "review", "Between you and me (and everyone reading this), the Kingsmead deal is dead in the water.",
  "'between you and me'; partial register name")
P(CD, "review", "Counsel's advice to cabinet on the flood claim says we'll probably lose. That's why they didn't want you to see it.",
  "legal privilege (Sch 12A) without a marker")
P(CD, "review", "Got told at group briefing not to repeat this, so I'll just say: the chief exec's restructure cuts three heads of service.",
  "confidential nature made explicit; labour relations", a=[OI])

N(CD, "Worried about a child? The council's confidential children's services line is open 24/7, and you don't have to give your name.",
  "'confidential' helpline", a=[CD])
N(CD, "Happy to speak to residents in confidence about anything. DM me or come to Friday's surgery.",
  "'in confidence' casework invitation", a=[CD])
N(CD, "Leaking water main on Mill Lane reported to the water company. Crews due this afternoon.",
  "'leaking'")
N(CD, "Confidential shredding is available at the Severnholt recycling centre on the first Saturday of every month.",
  "'confidential' service")
N(CD, "Herons are back on the river at Caerleigh! Spotted two on my walk this morning 🪶",
  "'heron', not the project")
N(CD, "Phase 2 of the Bridge Street resurfacing starts Monday. Expect delays.",
  "'Bridge Street' and 'phase 2', public works")
N(CD, "Good to see the Kingsmead report brought into public session after pressure from all parties. Openness matters.",
  "public session, no content disclosed", a=[CD])
N(CD, "Part B of the village hall grant form trips everyone up. Here's a quick guide to filling it in.",
  "'Part B' of a form")
N(CD, "I won't discuss exempt items online, and nor should any councillor. Ask me about the public agenda instead!",
  "refuses to disclose", a=[CD])
N(CD, "Embargo lifted: the council's climate plan is published today. Read it on the website.",
  "'embargo lifted', published", a=[CD])
N(CD, "The council's list of the land it owns is public. Check the asset register on the website.",
  "public information")
N(CD, "Off the top of my head, the bypass has been discussed at 14 public meetings. It's all on the record.",
  "'off the top of my head', 'on the record'")
N(CD, "Public questions for cabinet's car parks item must be in by Monday. Submit yours!",
  "public process")
N(CD, "Fly-tipping enforcement works: 23 fixed penalties issued in Brackenford this year, figures published today.",
  "published enforcement statistics")
N(CD, "Riverside regeneration consultation events start next week. All the plans on show, come and tell us what you think.",
  "public side of a regeneration")
N(CD, "Freedom of information requests are open to anyone. Here's how to make one to the council.",
  "FOI")
N(CD, "Closed for refurbishment: Oakbury library until 9 March. Mobile library visits Church Walk on Tuesdays.",
  "'closed'")
N(CD, "Between you and me, I think my tomatoes are going to win at the show this year 🍅",
  "'between you and me' idiom, trivial")

# ======================= tone.irony-risk ==================================
P(TI, "advice", "Congratulations to the cabinet member for highways on discovering that Yarlow has roads. Only took three years 👏",
  "mock praise of an identifiable councillor", a=[PATT], tg="Ifor Rowlands", hostile=True)
P(TI, "advice", "Oh brilliant, Cllr Haughton has a plan for the town centre. Can't wait for this one. /s",
  "'/s' sarcasm about named councillor", tg="Derek Haughton", hostile=True)
P(TI, "advice", "Yeah right, the Leader 'listened carefully' to residents. Through noise-cancelling headphones, maybe.",
  "'yeah right' about the Leader", a=[PATT], tg="Gwen Pritchard", hostile=True)
P(TI, "advice", "What a genius move by @PeterVaughanCon to vote against the budget and then demand more potholes fixed. Truly a master strategist.",
  "mock praise via @handle", a=[PATT], tg="Peter Vaughan", hostile=True)
P(TI, "advice", "Shout out to the Lib Dem cabinet for their bold, visionary decision to… hold another consultation. Legends.",
  "mock praise of a group of councillors", tg="party:LD", hostile=True)
P(TI, "advice", "Love how Cllr Amberley suddenly cares about Brackenford now there's an election in May 🙃",
  "sarcasm about a named councillor", tg="Lucy Amberley", hostile=True)
P(TI, "advice", "Another triumph for our friends at Marchlands Waste. Three weeks without a collection, but what a lovely press release.",
  "mock praise of an organisation")
P(TI, "advice", "Nice of the Greens to finally turn up to a flood meeting. Bring wellies next time, guys 😉",
  "sarcasm about a party's councillors", tg="party:Green", hostile=True)
P(TI, "advice", "Hats off to @IforRowlandsLD: nobody has ever said so little in so many leaflets.",
  "backhanded compliment via @handle", a=[PATT], tg="Ifor Rowlands", hostile=True)
P(TI, "advice", "Cllr Tolley says he's 'always been a champion of buses'. Must be a different Graham Tolley from the one who voted to cut the 44.",
  "ironic jab at named councillor", tg="Graham Tolley", hostile=True)
P(TI, "advice", "Can't wait for Cllr Corbett's next 'fact-check'. Always the highlight of my week, said no one ever.",
  "'said no one ever' sarcasm", tg="Matthew Corbett", hostile=True)
P(TI, "advice", "Big round of applause for the Labour group, voting against the very thing they asked for last year. Consistency, thy name is Labour.",
  "mock applause for a party group", tg="party:Lab", hostile=True)
P(TI, "advice", "I see Cllr Jenkins has 'discovered' the cycle lane he voted to scrap. Welcome aboard, Alun! 🚲",
  "sarcastic welcome of a named councillor", tg="Alun Jenkins", hostile=True)
P(TI, "advice", "Such a relief Cllr Hammond is here to explain farming to farmers. Whatever would we do without her.",
  "mock gratitude, named councillor", tg="Dilys Hammond", hostile=True)
P(TI, "advice", "Genuinely impressed the Leader got through a whole council meeting without mentioning her new Guildhall sign. Growth.",
  "'genuinely impressed' used ironically", tg="Gwen Pritchard", hostile=True)
P(TI, "advice", "Honestly @NadiaFarooqLab, 10/10 for effort on that motion. Shame about the maths.",
  "backhanded praise via @handle", tg="Nadia Farooq", hostile=True)
P(TI, "advice", "Oh good, another 'listening exercise' from the cabinet member for housing. I'm sure this one will be totally different 🙄",
  "sarcasm about an identifiable councillor", tg="Carys Whitcombe", hostile=True)
P(TI, "advice", "Well done Cllr Parry for bravely tweeting a photo of a pothole somebody else reported. True leadership.",
  "mock praise of a named councillor", tg="Sioned Parry", hostile=True)

N(TI, "Nothing says January like a gritter stuck behind a tractor on the Yarlow road. Only in the Marches 😂",
  "irony about a situation, not a person", date="2026-01-14")
N(TI, "Oh great, it's raining. Again. Perfect litter-pick weather.",
  "sarcasm about weather")
N(TI, "Huge congratulations to Cllr Hammond on 20 years' service to Caerleigh. Genuinely one of the best.",
  "sincere praise of named councillor", tg="Dilys Hammond")
N(TI, "Me: 'I'll just answer a couple of emails.' Also me, three hours later: 47 emails deep. Councillor life.",
  "self-deprecation")
N(TI, "Yeah right, as if the 44 bus will turn up on time tomorrow. Fingers crossed anyway.",
  "'yeah right' about a bus service", a=[TI])
N(TI, "Credit where it's due: the cabinet member for highways got the Bridge Street potholes done in a week. Thank you.",
  "sincere cross-party praise", tg="Ifor Rowlands", party="Con")
N(TI, "Brilliant night at the Caerleigh quiz. We came last. Again. Proud of our consistency.",
  "self-deprecating irony")
N(TI, "Another consultation? I'm all for listening, but residents tell us they want decisions. Let's make some.",
  "criticism of a process, not a person")
N(TI, "Cllr Vaughan and I don't agree on much, but his speech on rural buses was spot on.",
  "sincere praise", tg="Peter Vaughan")
N(TI, "The members' room printer has jammed for the 400th time. It's personal at this point.",
  "joke about a printer")
N(TI, "Forecast: sunny. Reality: hail. Marches spring is a mood.",
  "weather irony")
N(TI, "Congrats to the Severnholt Town bowls team on a brilliant season. Legends, every one of you.",
  "sincere 'legends'")
N(TI, "'Simple' form to apply for a dropped kerb: 14 pages. I've asked for it to be simplified.",
  "process sarcasm")
N(TI, "Apparently I 'never stop talking about potholes'. Guilty as charged 🙋‍♀️",
  "self-deprecation")
N(TI, "Genius idea from Yarlow primary's school council: a walking bus on Fridays. These kids should run the district.",
  "sincere 'genius'")
N(TI, "Budget day. Coffee: strong. Patience: stronger. Here we go.",
  "light humour")
N(TI, "Well done to the Leader for coming to the Caerleigh flood meeting and staying to the very end. It mattered to people.",
  "sincere praise of the Leader", tg="Gwen Pritchard", party="Con")
N(TI, "Our ward's new bench is now the most photographed object in Pentwyn. Move over, castle.",
  "gentle humour")

# ======================= fillers ==========================================
F("Bin collections are running a day late this week after the snow. Thanks for your patience.", "ward information")
F("Great turnout at the Pentwyn litter pick: 43 bags collected! 💪", "community")
F("Surgery tomorrow 10–12 at Yarlow library. Pop in.", "surgery notice")
F("New defibrillator at Oakbury village hall. Free training session on 3 Feb.", "ward news")
F("Rode the new Caerleigh cycle path with the under-11s this morning. Smooth as anything.", "ward news")
F("Sourdough attempt number six. Getting there.", "personal account", author="@ifor_on_the_hill", account="personal")
F("Parkrun PB this morning! 24:51 🏃‍♀️", "personal account", author="@lucy_a_runs", account="personal")
F("Council tax bills go out in March. If you're struggling, check the support scheme on the council website.", "information")
F("Half-term at the leisure centre: swimming £1 for under-16s all week.", "information")
F("Potholes on Church Walk reported. Repairs booked for next week.", "casework update")
F("Congratulations to Yarlow WI on their centenary! 🎂", "community")
F("Flood alert on the river at Caerleigh. Sandbags available from the depot.", "emergency info")
F("Walked the ridge path above Hollins today. Cold but glorious.", "personal account", author="@pv_walks", account="personal")
F("Budget consultation closes Friday. Please have your say.", "information")
F("Library opening hours consultation is open. Tell us what works for you.", "information")
F("Thank you to the school crossing patrol at Oakbury Primary for 20 years in rain and shine.", "thanks")
F("Happy St David's Day for Sunday! 🏴 Cawl at the Guildhall café all day Friday.", "cultural", date="2026-02-27")
F("The cat has claimed this week's choir music as a bed. Rehearsal cancelled by feline decree.", "personal account", author="@sioned_sings", account="personal")
F("Overnight roadworks on the bypass all next week. Diversions are signed.", "information")
F("Welcome to our new neighbourhood policing team, led by Inspector Mared Howells.", "public office holder named")

# ======================= assembly =========================================
def weekdays():
    d, out = datetime.date(2026, 1, 5), []
    while d <= datetime.date(2026, 3, 27):
        if d.weekday() < 5:
            out.append(d)
        d += datetime.timedelta(days=1)
    return out

def build():
    rng = random.Random(SEED)
    rows = list(ROWS)
    rng.shuffle(rows)
    days = weekdays()
    used_pairs = set()
    handles = sorted(POOL)
    out = []
    for i, r in enumerate(rows, 1):
        author = r["author"]
        if author is None:
            cands = [h for h in handles
                     if (r["party"] is None or POOL[h][1] == r["party"])
                     and not (r["tg"] and (r["tg"] == POOL[h][0] or r["tg"] == "party:" + POOL[h][1]))
                     and not (r["hostile"] and (h, r["tg"]) in used_pairs)]
            author = rng.choice(cands)
        if r["hostile"]:
            used_pairs.add((author, r["tg"]))
        if r["date"]:
            day = datetime.date.fromisoformat(r["date"])
        else:
            day = rng.choice(days)
        t = datetime.datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59),
                              tzinfo=datetime.timezone.utc)
        account = r["account"] or ("personal" if author in PERSONAL else "councillor")
        platform = rng.choice(["x", "facebook", "bluesky"])
        row = {"id": "b29-%03d" % i, "text": r["text"], "author": author,
               "created_at": t.isoformat(), "platform": platform, "account": account,
               "kind": "post",
               "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
               "family": r["family"], "kind_of_row": r["kind_of_row"], "note": r["note"]}
        if "near_miss_of" in r:
            row["near_miss_of"] = r["near_miss_of"]
        out.append(row)
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return out

if __name__ == "__main__":
    rows = build()
    print(len(rows), "rows written")
