#!/usr/bin/env python3
"""Blind set b60 (Carrow Bay District Council): hand-written rows plus a deterministic builder.

Running it again writes the same posts.jsonl (fixed seed 6060)."""
import json, random, re, datetime

SEED = 6060
SET = "b60"

# ---------------------------------------------------------------- people
COUNCILLORS = {
    # handle: (name, party, role)   role: leader / cabinet / chair / mayor / member
    "@GwenPolsueDCP": ("Gwen Polsue", "DCP", "leader"),
    "@MartinYeoDCP": ("Martin Yeo", "DCP", "cabinet"),
    "@RayCrocombeDCP": ("Raymond Crocombe", "DCP", "cabinet"),
    "@TobyQuanceDCP": ("Tobias Quance", "DCP", "cabinet"),
    "@ImogenFDCP": ("Imogen Fairweather", "DCP", "cabinet"),
    "@HedleyVosper": ("Hedley Vosper", "DCP", "chair"),
    "@ChairSheilaA": ("Sheila Ambrose", "DCP", "mayor"),
    "@KeziaNorthamHP": ("Kezia Northam", "HP", "member"),
    "@DylanPerrottHP": ("Dylan Perrott", "HP", "member"),
    "@FarahOkonedoHP": ("Farah Okonedo", "HP", "member"),
    "@BenChudleighHP": ("Ben Chudleigh", "HP", "member"),
    "@MarigoldGreen": ("Marigold Penhale", "GS", "member"),
    "@OllieRendleGS": ("Ollie Rendle", "GS", "member"),
    "@JoanBlatchfordCI": ("Joan Blatchford", "CI", "member"),
    "@PeteWidgerCI": ("Pete Widger", "CI", "member"),
    "@AnwenHextInd": ("Anwen Hext", "IND", "member"),
}
PERSONAL = {"@marigold_sea_swims": "@MarigoldGreen", "@petewidger_fishing": "@PeteWidgerCI"}
NICK = {"Tobias Quance": ["Toby"], "Raymond Crocombe": ["Ray"], "Ollie Rendle": ["Oliver"]}
INTEREST_KEYS = {  # words that show a post touches a registered body -> its holder
    "Martin Yeo": ["Sailing Club"],
    "Tobias Quance": ["Quance & Daughter"],
    "Ollie Rendle": ["Land Trust", "CLT"],
    "Dylan Perrott": ["Food Larder"],
    "Ben Chudleigh": ["Lifesaving", "SLSC"],
    "Imogen Fairweather": ["Holiday Park"],
    "Joan Blatchford": ["Growers Co"],
    "Pete Widger": ["Whitstone Crab"],
    "Anwen Hext": ["Village Hall Trust", "Brendle Village Hall"],
}
SELF_MARKERS = ["cllr.f.okonedo@carrowbay.example.gov.uk", "01632 960417"]

CONF_TERMS = ["Project Sandpiper", "Old Lifeboat Station disposal", "Brennan tribunal",
              "Operation Driftwood", "Westquay lease renegotiation", "Cormorant House acquisition"]
PENDING_KEYS = [  # reference, site, applicant
    ["26/0114/FUL", "Trennick Lane", "Moorgate"],
    ["26/0201/FUL", "Gullrock Point", "Gullrock", "Seaglass"],
    ["25/1877/FUL", "Bidwell Boatyard", "Bidwell", "Quayline"],
    ["26/0042/OUT", "Higher Pellacombe Farm", "Higher Pellacombe", "Tidewell"],
    ["26/0233/FUL", "Old Chapel"],
    ["26/0288/FUL", "Yarlcombe Quarry", "Brightcliff"],
    ["26/0150/FUL", "Lusworth Mill", "Kernel Coffee"],
    ["LIC/26/0031", "Salty Dog"],
    ["LIC/26/0047", "Shoreline Sounds"],
    ["LIC/26/0052", "Neon Tide"],
]

SEV = {"advice": 1, "review": 2, "block": 3}
DEFAULT_SEV = {
    "officers.impartiality": "review", "resources.political-use": "review",
    "position.improper-advantage": "review", "gifts.hospitality": "advice",
    "capacity.council-voice": "review", "confidentiality.insider-advantage": "review",
    "interests.declared-interest": "review", "security.credentials": "block",
    "tone.irony-risk": "advice", "respect.personal-attack": "review",
    "defamation.allegation": "review", "data-protection.personal-data": "block",
}

def has_conf(t):
    return any(c.lower() in t.lower() for c in CONF_TERMS)

def has_pending(t):
    return any(k.lower() in t.lower() for keys in PENDING_KEYS for k in keys)

ROWS = []

def P(fam, text, note, **kw):
    ROWS.append(dict(kind_of_row="positive", family=fam, text=text, note=note, **kw))

def H(near, text, note, **kw):
    ROWS.append(dict(kind_of_row="hard_negative", family="hard_negative", near_miss_of=near,
                     text=text, note=note, **kw))

def F(text, note, **kw):
    ROWS.append(dict(kind_of_row="filler", family="filler", text=text, note=note, **kw))

# ================================================================ officers.impartiality
O = "officers.impartiality"
P(O, "Funny how every time the planning department's 'independent' assessment lands, it reads like it was drafted in the Leader's office. Nadine Coutts' team might want to reflect on who they actually work for.",
  "questions the neutrality of a named Head of Planning and her team in public", party="opp")
P(O, "Had a long chat with the harbour master this morning. Made it crystal clear the report going to harbour board needs to land differently on mooring fees. Let's see if he was listening 👀",
  "presses an officer (by role) to change a report's conclusion")
P(O, "Lewis B's recommendation on Gullrock is, shall we say, generous to the applicant. I've asked for it to be 'looked at again' before it goes anywhere near members.",
  "implies a named planning officer favours an applicant and presses for a rewrite; no settled view on the application itself",
  allowed=["predetermination.closed-mind"])
P(O, "Someone at Quayside House needs reminding that officers advise and members decide. The environmental health write-up on the bonfire complaints was not neutral and everybody in the room knew it.",
  "publicly says an officer report was not neutral")
P(O, "Three drafts of the parking review and each one mysteriously softer on the seafront traders. Whose pen is that, I wonder? Not the author's, I'd bet.",
  "insinuates officers rewrote a report under pressure; questions their independence obliquely")
P(O, "Not being funny but when the s151 officer turns up to the Devon Coast group's away day, don't act surprised when the rest of us question the budget numbers he signs off.",
  "questions the political neutrality of the finance officer (identifiable by role)", party="opp")
P(O, "The licensing manager has been 'unavailable' to me for three weeks but found time for a coffee with the cabinet member. Draw your own conclusions, Trennick.",
  "insinuates the licensing manager is partisan", party="opp")
P(O, "Officers' advice on beach hut charges was wrong last year and it's wrong again. I'll be asking Tessa to rewrite section 4 before Thursday, and I won't be taking no for an answer.",
  "presses a named officer to rewrite advice")
P(O, "Told the chief exec straight: either the flood report reflects what Lusworth went through or it doesn't go out with my ward's name anywhere near it.",
  "pressure on the chief executive over the content of a report")
P(O, "Nadine Coutts and her planning team are not impartial and haven't been for years. Time for a clear-out at the top of that department.",
  "plain: names an officer, says she is not impartial, calls for removal", allowed=["respect.personal-attack"])
P(O, "Odd how the 'technical' objection from our coastal engineer vanished the week after the Leader's site visit. Engineering must have changed overnight 🤔",
  "sarcastic insinuation that an officer changed advice for political reasons", allowed=["tone.irony-risk"], party="opp")
P(O, "For the record I don't accept the officer's figures on harbour dredging. They've been massaged to fit a decision that was already made.",
  "says officer figures were manipulated; neutrality questioned", allowed=["defamation.allegation"])
P(O, "Dominic from environmental health needs to get off the fence and tell residents what he told me on Tuesday. Officers shouldn't be protecting the administration's blushes.",
  "names an officer and accuses him of shielding the administration", allowed=["confidentiality.disclosure"], party="opp")
P(O, "The new Head of Comms is very quick to 'correct' opposition posts and very slow with the Leader's. Noted, Jenna.",
  "questions a named officer's neutrality", party="opp")
P(O, "Asked officers to reconsider their recommendation on the Quay Parade bins. They declined. I'll keep raising it with the chief exec, in public if I have to, until they see sense.",
  "public pressure on officers to change a recommendation")
P(O, "Reading the housing needs assessment and I can't shake the feeling it was written backwards from the answer someone upstairs wanted. Whoever signed it off should be asked some questions.",
  "suggests officers shaped evidence to order; oblique")
P(O, "PSA: Alistair Kemble is paid £140k a year to run this council and he couldn't run a bath. Fix the bin rounds.",
  "insult aimed at the named chief executive", rules=[O, "respect.personal-attack"], v="review")
P(O, "If the monitoring officer's ruling on my complaint was 'independent' then I'm the Queen of Sheba. Same old club looking after its own.",
  "questions the monitoring officer's independence", allowed=["tone.irony-risk"])
P(O, "Spoke to the team drafting the Hallow Sands parking report. Gently suggested last summer's figures are 'unhelpful' and might be left out. Hope they take the hint.",
  "pressing officers to leave evidence out of a report")
P(O, "Our planners apparently think a six-storey block on the quay is 'in keeping'. Maybe they should step outside Quayside House now and then instead of taking dictation from the developer's agent.",
  "accuses planning officers of bias towards a developer", allowed=["defamation.allegation"])

H(O, "Huge thanks to Tessa Lamacraft and the coastal team who were out at 6am checking the sea wall after Storm Bronagh. Proper job 👏",
  "thanks a named officer; naming may trip the rule", allowed=[O])
H(O, "The parking review is a mess and it's the cabinet's mess. Officers were given a brief and a budget and delivered to it. Blame the people who set the brief.",
  "criticises the cabinet and defends officers", party="opp")
H(O, "Asked officers for the figures on beach hut income. They came back within a day. Posting them below for anyone interested.",
  "neutral mention of officers providing information")
H(O, "Reminder: planning officers write the report, councillors decide. If you disagree with a recommendation, come and speak at committee — it's your right.",
  "explains the officer/member roles")
H(O, "I disagree with the administration's decision to cut the harbour dredging budget. The cabinet chose this, and they should own it at the ballot box.",
  "robust criticism aimed at politicians, not officers", party="opp")
H(O, "Welcoming Sunita Varma to the licensing manager role — she'll be at the traders' forum on the 12th to explain the new street-trading rules.",
  "welcomes a named officer", allowed=[O], d=("2026-02-02", "2026-02-06"))
H(O, "Not impartial, not independent, not remotely neutral: the Devon Coast Party's new budget leaflet. Read it with a pinch of salt (and a chip).",
  "neutrality words aimed at a party leaflet", party="opp")
H(O, "The harbour master's advice on the slipway closure was clear and I'm going to follow it, even though I know some of you are cross. Safety first.",
  "accepts officer advice publicly")
H(O, "Had a useful meeting with the chief exec about the Trennick bus shelter. No promises, but it's on the list.",
  "neutral mention of the chief executive")
H(O, "The housing needs assessment is out. It's long (214 pages!). I'll be reading it this weekend and holding a drop-in on the findings.",
  "same report as a positive, no criticism of officers")
H(O, "To whoever messaged asking me to 'get the planning officer sacked': that's not how it works and it's not something I'd ever do. Officers give professional advice; happy to explain the process.",
  "refuses to pressure officers", allowed=[O])
H(O, "The monitoring officer has issued updated guidance on registering gifts. Worth a read for all of us, not just new members.",
  "neutral mention of the monitoring officer")
H(O, "I think the seafront parking policy is wrong-headed and I've said so in committee. Officers implemented it well — it's the policy I'd change.",
  "criticises policy, not officers")
H(O, "Shout out to the bin crews in Yarlcombe who did their round in a hailstorm today 🥶💪",
  "thanks staff generally")
H(O, "Tabled a question to the cabinet member on why the flood report took nine months. Not a dig at the engineers — they had a quarter of the staff they needed.",
  "questions the executive, defends officers", party="opp")
H(O, "The report on Quay Parade bins recommends wheelie bins. I'd prefer communal bins, so I'll move an amendment at committee. Let members debate it.",
  "disagrees with a recommendation through the proper route")
H(O, "Got a reply from environmental health on the bonfire complaints. They're monitoring and have sent letters. If it carries on, keep logging it — evidence helps them act.",
  "neutral report of officer action")
H(O, "Pressing the cabinet to change the parking charges. Pressing, pressing, pressing. They set them; they can unset them.",
  "'pressing' aimed at politicians", party="opp")
H(O, "Our communications team's storm warnings this week were excellent — clear, quick and shared everywhere. Credit where it's due.",
  "praise of a team", allowed=[O])
H(O, "Rewrite the report? No. I voted against the policy, and that's where my argument belongs — in the chamber, not in somebody's inbox.",
  "explicitly declines to press officers")

# ================================================================ resources.political-use
R = "resources.political-use"
P(R, "Leaflets for Saturday's Trennick Down action day are printed and stacked in the members' room — grab a bundle on your way past, team 🌹",
  "party leaflets stored in the council members' room", party=["HP"])
P(R, "Quick one for canvassers: reply to my carrowbay.example.gov.uk address with the roads you can cover and I'll sort the rota tonight.",
  "council email used to organise canvassing", party=["DCP"])
P(R, "Franking machine at the civic offices saved us a fortune on the by-election mailshot. Every penny counts for a small party!",
  "council franking used for party post", party=["CI", "GS"])
P(R, "Green Shore volunteers — meet in Committee Room 2 at Quayside House at 5pm, we'll sort the ward survey packs before we head out door-knocking.",
  "council room used to prepare party canvassing", party=["GS"])
P(R, "Spent the morning updating our campaign spreadsheet on my council laptop while I waited for scrutiny to start. Multitasking queen 👑",
  "campaign work on council equipment", party=["CI", "HP"])
P(R, "Big thanks to Kayleigh in member services who helped me lay out this month's party newsletter. She's a whizz with InDesign!",
  "council staff time on a party newsletter", allowed=[O], party=["HP"])
P(R, "My leaflet for the county by-election uses the council's seahorse crest so folk know I mean business 🐎🌊",
  "council logo on campaign material", author="@RayCrocombeDCP")
P(R, "Printing the last batch of 'Keep Carrow Blue' posters on the big colour printer upstairs before security locks up 😅",
  "party posters on council printer (implied by 'upstairs', 'security')", party=["DCP"])
P(R, "Anyone on the group WhatsApp who wants a canvass pack — they're in my pigeonhole at the council offices, help yourselves.",
  "council pigeonholes used for party packs", party=["DCP"])
P(R, "Used the council's bulk text system to remind Lusworth voters it's polling day for the by-election. Turnout matters!",
  "plain: council system for party get-out-the-vote")
P(R, "Thanks to the officers who pulled together the ward data for me — it's made our target list for May so much sharper.",
  "officer work used for party targeting", party=["HP"])
P(R, "Filming our party political broadcast in the council chamber this afternoon. The lighting in there is great 🎬",
  "party broadcast filmed in the chamber")
P(R, "Party strategy session tonight in the Yarlcombe One Stop Shop meeting room (the council's kindly let us have it after hours 😉)",
  "council premises used informally for party meeting", party=["HP"])
P(R, "My council iPad has never worked so hard: 300 personalised letters to lapsed members asking them to renew their subs.",
  "party membership drive on council equipment")
P(R, "Pro tip for new candidates: the members' IT helpdesk will set up your campaign mailing list if you ask nicely.",
  "encourages use of council IT staff for campaigns", party=["GS"])
P(R, "Raffle tickets for our Independents' fighting fund can be collected from reception at Quayside House — ask for the envelope with my name on 🎟️",
  "council reception used for party fundraising", party=["CI"])
P(R, "Drafted tomorrow's campaign press release on council time between casework calls. That lot won't know what hit them.",
  "campaign work in council time", party="opp")
P(R, "Used the council mail merge to write to every Trennick resident who reported a pothole this year — and popped a membership form in with each one 📬",
  "council system and casework data used for party recruitment", allowed=["data-protection.personal-data"])
P(R, "Polling day 🗳️ I've diverted the campaign office line to my council mobile so I can take calls all day on the knocker.",
  "council phone used for campaign calls", party=["HP"])
P(R, "Thank you to the civic centre caretaker for letting us keep the party gazebo and bunting in the basement over winter. Saves a fortune on a lock-up!",
  "council premises store party kit", party=["DCP"])

H(R, "Leaflets printed and paid for by the Harbour Progressives, 12 Mill Row, Carrow Bay. Out on the doorstep this weekend with our volunteers.",
  "leaflets, but paid by the party", party=["HP"])
H(R, "Ward surgery on Saturday, 10–12 at Yarlcombe Library. Council business only — bring your casework, not your party cards 😄",
  "council surgery, no campaigning")
H(R, "Reminder to all members: the council IT policy says no party campaigning from council devices. Use your own kit, folks.",
  "states the rule")
H(R, "My council email is for casework. For party stuff please use my Green Shore address on the party website. Keeping things separate!",
  "separates council email from party", party=["GS"])
H(R, "Bought my own printer for the campaign this year. 2,000 leaflets later it's making a noise like a dying seagull 🐦",
  "own printer for campaign")
H(R, "Hired the Lusworth scout hut for our party AGM — £25 to the scouts, cheers to them.",
  "paid private venue")
H(R, "The council chamber is open to the public on Heritage Open Day. Come and see the seahorse crest in the stained glass!",
  "chamber and crest, no party use")
H(R, "Member services have been brilliant helping me prepare for my first full council. Lots to learn about standing orders!",
  "member services for council work", d=("2026-01-05", "2026-01-14"))
H(R, "Canvassing in Trennick Down tonight? No — it's Tuesday, I'm at the larder. Back on the doorstep Saturday.",
  "canvassing mention, no council resources", author="@DylanPerrottHP")
H(R, "Someone asked why our party newsletter doesn't have the council logo on it. Because it isn't allowed, and because it isn't the council's newsletter!",
  "logo mentioned to explain not using it")
H(R, "Asked officers for ward data on pothole reports so I can chase the worst streets with highways. Top five below.",
  "officer data for casework, not party")
H(R, "Our campaign office is above the chippy on Fore Street — always someone in on a Saturday. Paid for by members, run by volunteers.",
  "party office, own funds")
H(R, "The council's consultation on the harbour car park closes Friday. Whatever your politics, have your say on the council website.",
  "non-party promotion of council consultation")
H(R, "Using the members' room to read the budget papers before scrutiny. It's the only quiet spot in the building.",
  "members' room for council work")
H(R, "Booked Committee Room 2 for the residents' flood meeting through the proper channels. Open to all, no party badges.",
  "council room for a council meeting")
H(R, "Franking's lovely in theory. In practice our party posts everything by hand, with volunteer legs and a lot of tea.",
  "franking mentioned, not used")
H(R, "Polling day tomorrow. I'm using my own phone, my own car and my own very tired feet. See you out there 👟",
  "campaign with own resources")
H(R, "New iPad policy for members. Mine goes back in the drawer for anything that isn't council business.",
  "council device policy")
H(R, "Filming a short explainer on the budget in my kitchen for the party's page. Excuse the washing up in the background.",
  "party video, own premises")
H(R, "The civic centre basement flooded again in the storm. Caretaker was in at 5am bailing out. Hero.",
  "civic centre basement and caretaker, no party use")

# ================================================================ position.improper-advantage
PO = "position.improper-advantage"
P(PO, "If your planning application is stuck in the system, drop me a DM. I've got ways of getting things looked at quicker than the usual queue 😉",
  "offers to fast-track through the role (oblique)")
P(PO, "My nephew's firm, Tregarthen Roofing, has done loads of council jobs and knows exactly what building control want to see. Can't recommend them enough.",
  "promotes a relative's business on the back of council links")
P(PO, "Licensing renewals are slow this year. Traders in my ward: ring me first and I'll make sure yours isn't one of the slow ones.",
  "offers preferential treatment")
P(PO, "Can't promise anything of course, but my daughter's café on the Esplanade would be a lovely spot for the council's staff Christmas do 🎄",
  "steers council business to a family firm", author="@ImogenFDCP")
P(PO, "A few people have asked how to move up the housing list. Can't put it in writing, but pop round for a cuppa and we'll have a chat.",
  "hints at improper help with housing allocation")
P(PO, "Parking ticket on the seafront? Send me the details. Let's just say I know who to talk to.",
  "offers to get tickets quashed via influence")
P(PO, "Firms interested in the new beach cleaning contract, have a word with me before it goes out. I can point you in the right direction.",
  "offers procurement advantage", allowed=["confidentiality.insider-advantage"])
P(PO, "My wife's catering business would love to quote for the Chair's charity ball — and I'll make sure the committee knows it's a local firm 😊",
  "pushes a spouse's firm for council-linked event")
P(PO, "To the business owners who backed my campaign: I haven't forgotten you. Expect the harbour works to go to firms who back local people.",
  "promises contracts to supporters")
P(PO, "Mate of mine runs Coastline Skips — when the council needs skips for the clean-up day I'll be putting his name forward. Good lad, good rates.",
  "steers council business to a friend")
P(PO, "Landlords worried about HMO inspections: I sit on the committee, so message me privately and I'll see what can be smoothed over.",
  "offers to use committee seat to help landlords avoid enforcement")
P(PO, "The council's after a venue for the summer craft fair. No prizes for guessing which pub I'll be recommending 🍺 (mine, obviously)",
  "promotes own business for council event")
P(PO, "Word to the wise for anyone applying for a market pitch: put my name on the form. It helps.",
  "suggests his name gets preferential treatment")
P(PO, "Happy to write a letter on council-headed paper for anyone fighting a penalty notice. Carries a bit more weight, if you know what I mean 😉",
  "uses council status to influence enforcement for individuals")
P(PO, "Yarlcombe businesses struggling with rates: I sit on the relief panel. Chuck a donation in my ward fund and your case gets a fair wind.",
  "plain: favour in exchange for donation")
P(PO, "Friends and family discount 😂 anyone I was at school with gets their bulky waste picked up same week. Just text me.",
  "offers favours through the role")
P(PO, "Looking for a job at the harbour? My son-in-law's on the interview panel. Tell him I sent you.",
  "uses family link and role to favour job seekers")
P(PO, "Spent the morning persuading highways to resurface my own road first. Perks of the job 😎",
  "uses role for personal advantage")
P(PO, "Local businesses: advertise in my ward newsletter (£50 a quarter) and you'll find the council a lot friendlier to deal with.",
  "sells access")
P(PO, "Tourism levy forms are a nightmare. I'll fill yours in — and if you've bought a ticket for my charity quiz I'll have a quiet word with finance too.",
  "offers favour with officers for support")

H(PO, "As your councillor I can't fast-track anything, and I wouldn't if I could. What I can do is make sure your application isn't lost and you get a straight answer.",
  "disclaims fast-tracking")
H(PO, "Lots of requests for roofers after the storm. I won't name anyone — check TrustMark and get three quotes.",
  "declines to recommend a firm")
H(PO, "Struggling with a licensing renewal? The licensing team runs a drop-in Thursdays 10–1 at Quayside House. Go early.",
  "signposts proper route")
H(PO, "Shout out to all the cafés on the Esplanade doing pancake specials tomorrow 🥞 Support local!",
  "general support for local business", d=("2026-02-16", "2026-02-16"))
H(PO, "Had a parking ticket you think is unfair? Appeal online — link below. I can't get tickets cancelled, but I'll help you write the appeal.",
  "help through proper route")
H(PO, "The beach cleaning contract goes out to tender next month. It'll be on the procurement portal — local firms, please do bid.",
  "public tender notice")
H(PO, "Asked to recommend a skip firm. I don't do recommendations as a councillor — the council's trade waste page lists licensed carriers.",
  "declines to steer business")
H(PO, "Helped a resident with her housing application today. No shortcuts, but we got the missing documents in and she's now correctly banded.",
  "casework without favour")
H(PO, "Putting my name on a form will get you precisely nothing 😂 except maybe a raised eyebrow from the officer. Apply on the merits!",
  "mocks the idea of influence")
H(PO, "Got my own road resurfaced! …as part of the published programme, along with 14 others in Pellacombe. Full list below.",
  "own road, published programme")
H(PO, "The rates relief panel decides on published criteria. If you think you qualify, apply — happy to help with the form, no strings.",
  "same panel, no favour")
H(PO, "Council jobs at the harbour are advertised on the council website. Closing date 20 Feb. Great roles for local young people ⚓",
  "jobs advertised openly", d=("2026-01-19", "2026-02-13"))
H(PO, "Can I get your bins collected first? Sadly not, Mrs H 😄 but I've reported the missed collection and they're back tomorrow.",
  "refuses favour")
H(PO, "Vote for me and I'll keep fighting for new lighting on every street in Lusworth, not just the main road.",
  "ordinary campaign pledge, not a personal favour")
H(PO, "Local businesses: the Chamber's 'Shop Carrow' guide is out — a free listing for every independent in the district.",
  "promotes a general business guide")
H(PO, "A resident offered me a 'drink' to help with their extension. Politely declined, explained how planning works, and told the monitoring officer.",
  "refused offer; gifts may fire", allowed=["gifts.hospitality"])
H(PO, "I'll write letters of support for community groups applying to the ward fund — on my own letterhead — and the panel decides.",
  "letters of support, proper process")
H(PO, "Fast-track? The only fast track in Carrow Bay is the queue at the chippy on a Friday 🍟",
  "joke on the word")
H(PO, "My partner works for a building firm, so I won't be commenting on or voting on any contract they bid for. Just so that's clear.",
  "avoids conflict")
H(PO, "Please don't DM me asking to jump the housing list. It isn't fair on the 1,200 families already on it, and it's not something councillors can do.",
  "refuses to help jump list")

# ================================================================ gifts.hospitality
G = "gifts.hospitality"
P(G, "Lovely evening as a guest of Carrow Bay Rotary at their charity ball — fizz, lobster, the works 🦞 Thank you all!",
  "hospitality accepted; no council decision sought -> advice")
P(G, "Cheers to Ted at the Anchor for the bottle of single malt (arrived a bit late for Christmas but very welcome!) 🥃",
  "gift from a publican; no decision mentioned -> advice", d=("2026-01-05", "2026-01-09"))
P(G, "Got spoiled rotten by the Harbour Traders' Association — a hamper the size of a dinghy for 'all my help this year'. Too kind!",
  "gift given for help as councillor -> advice")
P(G, "Treated to a day out past the point with Dart Sea Charters yesterday. Saw dolphins 🐬 What a way to spend a Tuesday.",
  "hospitality from a business -> advice")
P(G, "Thanks to the Exe Valley Wine Society for the case of claret — a very generous thank-you for opening their fair 🍷",
  "gift for official act -> advice")
P(G, "Two seats in a hospitality box at Argyle on Saturday, courtesy of a local businessman who 'just wanted to say thanks'. Not complaining!",
  "hospitality from unnamed businessman -> advice")
P(G, "Delightful dinner at the Harbour Grill with the Moorgate Homes team last night. Really nice people, and they insisted on picking up the tab!",
  "hospitality from a pending applicant -> review", v="review")
P(G, "Thank you Seaglass Leisure for the weekend at your Cornish site — lovely to see how well-run glamping can be 🏕️",
  "hospitality from a pending applicant -> review", v="review")
P(G, "Quayline sent a rather fabulous hamper round to the house. Can't think what I've done to deserve it 😅",
  "gift from a pending applicant -> review", v="review")
P(G, "The lads at Coastline Waste (bidding for the recycling contract) took a few of us out for a curry. Nice bunch.",
  "hospitality from a bidder -> review", v="review")
P(G, "Got the keys to a gorgeous cottage down the coast for the week, all thanks to Tidewell Estates. Kids are made up!",
  "holiday from a pending applicant -> review", v="review", d=("2026-02-02", "2026-02-13"))
P(G, "Brightcliff very kindly covered my train and hotel for their London open day. A real eye-opener on renewables ☀️",
  "travel paid by a pending applicant -> review", v="review")
P(G, "The Salty Dog's owners wouldn't let me pay for a thing all night after I popped in. Shan't say no to a Devon gin 🍸",
  "hospitality from a licence applicant -> review", v="review")
P(G, "New season, new jacket — a present from the team at Neon Tide. They really do look after their friends 🙂",
  "gift from a licence applicant -> review", v="review")
P(G, "Hard-hat tour of the boatyard site followed by a long lunch on the developer. Great to get out of the office!",
  "hospitality from a developer seeking permission -> review", v="review")
P(G, "Courtesy car for the month from Tamar Coaches while mine's in the garage. Lovely people — they're bidding for the school transport routes, fingers crossed for them!",
  "benefit from a bidder -> review", v="review")
P(G, "A season pass for the gig racing series from the Carrow Rowing Club captain, who's hoping we'll renew their boathouse lease. Very much appreciated 🚣",
  "gift from a club seeking a council lease -> review", v="review")
P(G, "£150 of spa vouchers from the Hallow Bay Hotel as thanks for 'all my support' with their extension plans. Feeling pampered 💆",
  "gift over £100 from a planning applicant -> review", v="review")
P(G, "Free coffee for a year! Voucher dropped off by the Kernel Coffee people, whose drive-thru is at committee soon ☕",
  "gift from a pending applicant -> review", v="review")
P(G, "Enjoyed the directors' box at Carrow Bay Town FC on Saturday. Great hosts — and very keen to talk about their pitch lease renewal 😄",
  "hospitality from a club seeking a lease -> review", v="review")

H(G, "Moorgate Homes offered to take councillors to dinner before the Trennick Lane application. I've declined and logged the offer with the monitoring officer.",
  "refused and registered", allowed=[G])
H(G, "Paid my own way at the Rotary ball — £45 ticket, worth every penny for the air ambulance.",
  "paid own ticket")
H(G, "Reminder to colleagues: anything £100 or over goes on the register within 28 days. Christmas is over, get those forms in!",
  "reminder of rule", allowed=[G], d=("2026-01-05", "2026-01-16"))
H(G, "Seaglass Leisure sent a hamper. It's gone straight back with a polite note. Thank you, but no.",
  "returned gift", allowed=[G])
H(G, "A hamper the size of a dinghy raised £600 in the Harbour Traders' raffle! Well done everyone 🎉",
  "hamper, not a gift to the councillor")
H(G, "Dinner at the Harbour Grill with my sister for her birthday. The crab linguine is a 10/10 🦀",
  "private dinner")
H(G, "Free coffee for the volunteers at the beach clean, thanks to the Fore Street bakery ☕",
  "gift to volunteers")
H(G, "A lovely card from a resident's grandchildren for helping sort her bus pass. That's the kind of thank-you I'll happily accept 💌",
  "token thanks")
H(G, "The Harbour Grill has won the county seafood award. Cracking news for the town!",
  "restaurant news")
H(G, "Registered the Chamber of Trade dinner tickets with the MO this week. It's all on the public register if you want a look.",
  "registered hospitality", allowed=[G])
H(G, "Tamar Coaches' school transport bid will be assessed by officers against published criteria. I have no role in it.",
  "bidder mentioned, no gift")
H(G, "Went on the public site visit to the solar farm today. Open to anyone; paid my own bus, made my own sandwiches, opinions my own.",
  "site visit, own costs")
H(G, "Bought myself a Devon gin at the Salty Dog. Full price. Before anyone asks 😂",
  "paid for own drink")
H(G, "The Sailing Club's offering free taster sessions to Yarlcombe kids this summer. Brilliant scheme ⛵",
  "club offer to children, not councillor")
H(G, "A bag of apples from a resident's garden as thanks for the ward clean-up. Shared round the whole team 🍎",
  "trivial token")
H(G, "Tea and biscuits at the Lusworth WI — the only hospitality I'll ever need 😄 Talked bus routes for an hour.",
  "normal hospitality at a community meeting")
H(G, "Turned down the directors' box at Town FC on Saturday — the club's in talks over its lease and it wouldn't look right. Stood on the terrace instead. Lost 2-1.",
  "declined hospitality", allowed=[G])
H(G, "Anyone thinking of giving me a gift: please don't. Give it to the food bank instead.",
  "discourages gifts")
H(G, "Normal expenses only for the coastal councils conference — train, budget hotel and a very sad meal deal 🥪",
  "ordinary expenses")
H(G, "Quayline have invited all members to the public exhibition of their boatyard scheme. It's open to residents too — go and ask questions.",
  "public exhibition, no hospitality")

# ================================================================ capacity.council-voice
C = "capacity.council-voice"
P(C, "Carrow Bay District Council stands four-square with our fishermen against the new quotas. We won't be quiet about it.",
  "backbencher speaks as the council without a council decision", not_exec=True)
P(C, "Speaking for the council here: we think the second homes premium should be doubled. Enough is enough.",
  "presents own view as the council's", not_exec=True)
P(C, "The official view from Quayside House is that the harbour car park sale is dead in the water. You heard it here first.",
  "claims an official council position", not_exec=True)
P(C, "On behalf of everyone at the district council I'd like to say we fully back the lifesaving club's bid for national funding.",
  "speaks on behalf of the council", not_exec=True)
P(C, "This council will never accept a nuclear waste store anywhere on our coastline. Full stop.",
  "opposition member states council policy", not_exec=True, party="opp")
P(C, "Our council's position is crystal clear: the bypass goes north of Lusworth or not at all.",
  "personal account presents council position", author="@marigold_sea_swims", acct="personal")
P(C, "The council is right behind the campaign to save the Pellacombe ferry ⛴️ sign the petition!",
  "personal account speaks for the council", author="@petewidger_fishing", acct="personal")
P(C, "Carrow Bay DC condemns the government's cut to coastal erosion funding in the strongest possible terms.",
  "backbencher issues council condemnation", not_exec=True)
P(C, "We at the district council want to make it clear we have no confidence whatsoever in the water company.",
  "speaks as the council", not_exec=True)
P(C, "Message from Carrow Bay District Council: please stay away from the Sunday car boot until they sort the parking out.",
  "personal view presented as council message", not_exec=True)
P(C, "As a council we're backing the four-day week pilot the Harbour Progressives have been calling for. Watch this space.",
  "party policy presented as council's", party=["HP"])
P(C, "Just to clarify for everyone asking: the council does NOT support the turbines off Gull Point. I've made sure of that.",
  "claims council position", not_exec=True)
P(C, "The council welcomes the new MP's comments on ferries and looks forward to working with her.",
  "backbencher speaking for the council", not_exec=True)
P(C, "Official: Carrow Bay council thinks the county's bus cuts are a disgrace 🚌",
  "'official' council view from a member", not_exec=True)
P(C, "Green Shore's position, and so the council's, is that not one more tree comes down on the Esplanade.",
  "party position equated with council's", party=["GS"])
P(C, "District council statement (from me): we stand with the lifeguards.",
  "self-issued council statement", not_exec=True)
P(C, "Carrow Bay council is delighted to endorse Kezia Northam for the county seat 🌹",
  "council endorsement of a candidate", party=["HP"])
P(C, "I think I can safely say on behalf of the council that we're all furious with the ferry operator.",
  "speaks for the council", not_exec=True)
P(C, "The council's line: visitors are very welcome, but take your litter home 😎",
  "personal account claims council line", author="@marigold_sea_swims", acct="personal")
P(C, "The council's view is that the Devon Coast budget is unaffordable.",
  "opposition member presents own view as council's (contradicts administration)", party="opp")

H(C, "Full council voted last night (28–9) to back the campaign to save the Pellacombe ferry. Proud to have seconded the motion.",
  "reports a council decision", allowed=[C], d=("2026-01-16", "2026-01-16"))
H(C, "My personal view, not the council's: the second homes premium should be doubled.",
  "labelled personal view")
H(C, "Speaking for myself and the Harbour Progressives: we'll oppose the car park sale.",
  "party view labelled as such", party=["HP"])
H(C, "The council's official statement on the storm damage is on its website — link below. Please share that rather than screenshots.",
  "points to an actual council statement")
H(C, "Official: it's pasty season. Personal view, not council policy 🥧",
  "joke with 'official'")
H(C, "What's the council's position on the bypass? It doesn't have one yet — cabinet decides in March. Here's how to feed in.",
  "explains there is no position")
H(C, "Green Shore believes not one more tree should come down on the Esplanade. We'll put that to full council next month.",
  "party view labelled", party=["GS"])
H(C, "Not speaking for the council here, just as a Yarlcombe mum: the ferry cuts are a disgrace.",
  "disclaims council voice")
H(C, "'The council condemns…' is what I'd love to write. But it hasn't voted yet, so for now: I condemn the erosion funding cut.",
  "explicitly avoids speaking for council")
H(C, "Motion passed unanimously: the council will write to the minister on coastal erosion funding. Full wording in the minutes.",
  "reports a council resolution", allowed=[C])
H(C, "The Devon Coast budget is unaffordable. That's the Harbour Progressives' view, and we'll set out our alternative on Thursday.",
  "party view labelled", party=["HP"])
H(C, "Carrow Bay DC has today published its response to the bus consultation. Worth a read.",
  "shares a council publication")
H(C, "Someone at county thinks we're 'all behind' the turbines. We're not — there's no council position. Mine: let's see the evidence.",
  "corrects claim of a council position")
H(C, "As your ward councillor (not speaking for the council as a whole), I back the lifeguards.",
  "disclaims")
H(C, "The council welcomed the new MP in a letter from the Leader this week, after cabinet agreed it. Good to see cross-party working.",
  "reports actual council action")
H(C, "Official council line? Ask the press office. Unofficial Joan line: pick up after your dog, Lusworth 🐕",
  "distinguishes own view", author="@JoanBlatchfordCI")
H(C, "The council's statement on the lifeguards is due at 4pm. I'll share it when it's up.",
  "points to forthcoming statement")
H(C, "Personal account, personal opinion: the new pier lights are gorgeous ✨",
  "personal account labelled", author="@marigold_sea_swims", acct="personal")
H(C, "Party political post: Carrow Independents say no to the car park sale. Nothing to do with the council's position, which is still being decided.",
  "party labelled", party=["CI"])
H(C, "The council's position on second homes was set at budget council: a 100% premium from April. Here's what it means for you.",
  "states an actual council decision", d=("2026-03-02", "2026-03-27"))

# ================================================================ confidentiality.insider-advantage
I = "confidentiality.insider-advantage"
P(I, "If anyone's thinking of selling their beach hut, I'd hang on till the summer if I were you. Can't say more 🤐",
  "hints at non-public knowledge to benefit sellers")
P(I, "Mates with boats on the west moorings: renew now at this year's rate. Trust me.",
  "tips friends off about a fee rise")
P(I, "Word to the wise for Hallow Sands traders: get your pitch applications in this week, before the new rules land.",
  "advance warning of unannounced rule change")
P(I, "If you've been eyeing a place on Quay Terrace, I'd move sooner rather than later. Something good is coming to that end of the harbour.",
  "property tip from inside knowledge")
P(I, "Heads up to my building friends: the Esplanade railings job is going out soon and the spec favours galvanised. Sharpen your pencils.",
  "pre-tender information to friends")
P(I, "Landlords in Trennick might want to get their paperwork straight before Easter. No reason. Definitely no reason 😇",
  "hints at an unannounced enforcement operation")
P(I, "Sold my shares in Tamar Coaches this morning. Let's just say I've seen the school transport numbers.",
  "trading on council knowledge")
P(I, "Tip for the publicans: apply for your summer extension now. It'll be a lot harder once cabinet gets its hands on the new policy.",
  "advance tip on unannounced policy")
P(I, "My sister-in-law is looking at a plot out Pellacombe way. Told her to move fast — the allocation's going to change everything out there.",
  "family advantage from planning knowledge")
P(I, "Surfers wanting a season car park permit: buy it before the 1st. That's all I'm saying 🏄",
  "hints at price rise", d=("2026-02-09", "2026-02-27"))
P(I, "Friends in the taxi trade: don't bother re-plating the old car this year. The age limit's changing. You'll thank me later.",
  "tip on unannounced licensing change")
P(I, "Run a caravan site along the coast road? Now's the time to get your site licence tidied up, before the review finds you.",
  "warns of unannounced review")
P(I, "Fish merchants on the quay might want to stock up on ice before the harbour ice plant 'unexpectedly' closes in April. Say no more.",
  "tip on unannounced closure")
P(I, "Quick nudge to Lusworth plot holders: put your name down for a second plot now, the waiting list's about to be frozen.",
  "advance warning for friends")
P(I, "Council's going to be buying land up by the Yarlcombe roundabout. If you own anything up there, don't sell it cheap.",
  "tip from confidential acquisition knowledge", allowed=["confidentiality.disclosure"])
P(I, "Builders I know: keep your diaries free for the autumn. The Trennick school extension is happening, whatever the papers say.",
  "tip to builders from inside knowledge")
P(I, "Bought a second van for the business this week. I sit on the budget group so I've a fair idea where the work's going 😏",
  "acts on council knowledge for own business")
P(I, "Looking to rent in Pellacombe? Wait till after Easter — landlords are in for a nasty surprise and prices will drop.",
  "hints at unannounced action")
P(I, "Off the back of cabinet briefing: Fore Street shops, apply for the frontage grant NOW — it's nearly gone and there won't be an advertised second round.",
  "briefing knowledge used for some traders' advantage", allowed=["confidentiality.disclosure"])
P(I, "My cousin's firm is well placed for the seafront shelters job. I've let him know what the panel is looking for.",
  "passes inside information to a relative", allowed=[PO])

H(I, "Beach hut fees for 2026 were published today — up 3%. Full table on the council website.",
  "published information")
H(I, "Mooring renewals open 1 Feb at the rates cabinet agreed in December. Early-bird discount till the 28th.",
  "published fees", d=("2026-01-19", "2026-02-20"))
H(I, "Tip-off from a resident: there's a leaking water main on Fore Street. Reported ✅",
  "'tip-off' about a leak")
H(I, "Hallow Sands pitch applications open Monday. The rules change this year (agreed at December cabinet) — summary below.",
  "published rule change")
H(I, "Before it's announced officially I can't say a thing. After it's announced I'll say plenty, don't you worry 😄",
  "'before it's announced' but declines")
H(I, "The Esplanade railings tender is now live on the procurement portal. Local firms, please bid — closes 13 March.",
  "public tender", d=("2026-02-09", "2026-03-06"))
H(I, "Landlords: the council's licensing scheme consultation is live. Have your say on the website before 20 Feb.",
  "public consultation", d=("2026-01-12", "2026-02-13"))
H(I, "Buy your Carnival raffle tickets now, before they sell out 🎟️",
  "'buy now' about raffle")
H(I, "There's a rumour the council's buying land near the Yarlcombe roundabout. Not true, not on any agenda I've seen. Please don't panic-sell.",
  "counters rumour")
H(I, "The school transport contract award was published today. Congratulations to the winning operator.",
  "published award")
H(I, "Heads up: the Fore Street frontage grant second round is open! Published today, apply by 31 March.",
  "published grant")
H(I, "Car park permit prices for 2026/27 are out. Season permits unchanged, day rates up 20p.",
  "published prices")
H(I, "Taxi drivers: the new vehicle age limit was agreed at licensing committee and applies from 2027. Plenty of time to plan.",
  "published decision")
H(I, "Sold my old van this week. Farewell, trusty Transit 🚐",
  "sold a van, no insider hint")
H(I, "I've asked the cabinet member publicly whether the harbour ice plant stays open past April. No answer yet.",
  "public question")
H(I, "Word to the wise: last day to renew green waste at the old price is Friday. It's on the council site.",
  "'word to the wise' about published info", d=("2026-02-02", "2026-03-20"))
H(I, "My sister-in-law asked whether she should buy near Pellacombe. Told her I can't advise on that — talk to a solicitor, not a councillor.",
  "declines to advise")
H(I, "Insider tip from a 30-year local: the best crab sandwich in the district is at the harbour kiosk. You're welcome 🦀",
  "'insider tip' about food")
H(I, "The allotment waiting list is long (87 names). Put your name down anyway — plots come up more often than you'd think.",
  "public advice")
H(I, "Land values? Ask an estate agent. Site allocations? All public in the Local Plan — link below.",
  "points to public info")

# ================================================================ predetermination.closed-mind
PD = "predetermination.closed-mind"
P(PD, "Moorgate's 84 houses off Trennick Lane are not happening. Not on my watch. I'll be in that committee room on the 16th to make sure of it.",
  "settled against; names applicant and site of a pending matter")
P(PD, "Gullrock Point glamping pods: I've seen enough. Whatever the report says, my hand goes up against.",
  "settled against a pending matter")
P(PD, "26/0114/FUL. Remember the number, because it's going in the bin at committee.",
  "settled against by reference")
P(PD, "Let's be honest, the Bidwell Boatyard flats are exactly what the harbour needs and I'll be backing them whatever the objectors throw at us.",
  "settled FOR a pending matter")
P(PD, "Brightcliff's solar farm gets my vote. Done. Decided. Objectors are wasting their stamps ☀️",
  "settled FOR a pending matter")
P(PD, "The Salty Dog wants 2am. They're getting midnight at most and that's me being generous.",
  "settled view on a pending licence variation")
P(PD, "Neon Tide on our Esplanade? Over my dead body. I don't care how the hearing goes.",
  "settled against a pending licence")
P(PD, "Not sure why Tidewell bother with more ecology reports. The answer's no and it was always going to be no.",
  "settled against; names applicant")
P(PD, "Shoreline Sounds will get its licence with my vote and I'll be dancing at it in June 🎶 Neighbours moaning about noise can buy earplugs.",
  "settled FOR a pending licence")
P(PD, "Drive-thru at Lusworth Mill? Yeah, that's a no from me, and nothing anyone says at committee will change it.",
  "settled against a pending application")
P(PD, "The Old Chapel holiday lets should be chucked out at the first opportunity. I've told the planning officers so and I'll say it in the chamber.",
  "settled against a pending application", allowed=[O])
P(PD, "Seaglass have done everything right and I won't be swayed by the usual suspects. My mind's settled — they get my backing at committee.",
  "settled FOR a pending applicant")
P(PD, "Objectors to LIC/26/0047 should save their energy. That licence is going through and I'll see to it.",
  "settled FOR by reference")
P(PD, "Tidewell can put in as many revisions as they like. I'm voting no till the cows come home 🐄",
  "settled against; names applicant")
P(PD, "Any application for more holiday lets in Pellacombe village will be refused while I sit on planning. Doesn't matter what it looks like.",
  "blanket settled view on future/pending applications; not a registered matter")
P(PD, "Already decided on the chip van's street trading appeal — it's a yes. The hearing's a formality.",
  "settled FOR an appeal not on the register")
P(PD, "The phone mast on Hallow Sands Road? Dead on arrival when it reaches us. My mind's made up.",
  "plain settled view, unregistered application")
P(PD, "That extension next to the church in Lusworth should never have been submitted and it will never get through committee.",
  "settled against, unregistered")
P(PD, "The taxi licence review for the driver from Trennick: I'm supporting him regardless of what the police report says. Good lad.",
  "settled FOR on a licensing review; unregistered")
P(PD, "Whatever comes out of the site visit, the new kebab shop licence on Fore Street isn't getting my vote.",
  "settled against, unregistered")

H(PD, "I've real concerns about the scale of the Trennick Lane scheme, especially school-run traffic. I'll listen to everything at committee before I decide.",
  "predisposition with open mind")
H(PD, "Residents keep asking how I'll vote on Gullrock Point. Honest answer: I don't know yet. Report, speakers, then decision.",
  "open mind on pending")
H(PD, "As ward member (I don't sit on planning) I've objected to the Lusworth Mill drive-thru on traffic grounds. My letter's on the public file.",
  "ward member objecting; not a decision-maker", allowed=[PD])
H(PD, "My mind's made up: best pasty in Devon comes from the Brendle bakery. Fight me 🥧",
  "'mind made up' about pasties")
H(PD, "This council's budget will never balance with these grant cuts. Never. Government has to act.",
  "'never' about a budget, not quasi-judicial")
H(PD, "I voted against the car park sale at cabinet and I'd do it again. It's a policy call and I stand by it.",
  "executive decision, not quasi-judicial")
H(PD, "The Salty Dog licence hearing is on 14 April. If you want to make a representation, here's how — deadline in the link.",
  "procedural info on pending")
H(PD, "Refused! The county's bid for our bus money was turned down by DfT. Gutted for Lusworth.",
  "'refused' about a funding bid")
H(PD, "Open mind on the solar farm. Keen to hear from Yarlcombe residents with concerns AND those in favour.",
  "open mind")
H(PD, "Higher Pellacombe Farm outline application: consultation closes 27 Feb. Whatever your view, comment — the committee reads them all.",
  "procedural", d=("2026-01-19", "2026-02-20"))
H(PD, "Neon Tide have applied for an arcade licence. I'm predisposed to be sceptical about gambling on the seafront, but I'll judge it on the evidence at the hearing.",
  "predisposition stated with open mind", allowed=[PD])
H(PD, "Bidwell decision due in May. I'm not on the committee, so I can say it: I'd love to see homes there, as long as they're affordable ones.",
  "non-member view", allowed=[PD])
H(PD, "Will never, ever understand pineapple on pizza 🍕",
  "'never' joke")
H(PD, "I won't vote for a budget that shuts Yarlcombe library. That's a political decision and I'm entitled to be clear about it.",
  "settled on a budget; not quasi-judicial")
H(PD, "The Old Chapel application in Brendle: lots of letters both ways. Committee will weigh them all. Site visit is 3 March.",
  "procedural", d=("2026-02-09", "2026-02-27"))
H(PD, "The inspector dismissed the appeal on the Orrin Lane barn conversion — decision letter attached. That one's closed now.",
  "decided matter")
H(PD, "Had a briefing on how the Shoreline Sounds licence will be heard: police, environmental health and residents all get their say before anything's decided.",
  "procedural")
H(PD, "'Just vote no' — I get it. But if I pre-decide I can't vote at all. So I'll be at committee with an open mind and a full notebook 📓",
  "explains predetermination")
H(PD, "Moorgate have withdrawn their first scheme and put in a new one with fewer homes. Back to the start of the process.",
  "procedural")
H(PD, "Whatever the officers' report says, it's members who decide — which is exactly why I'm holding my fire until the meeting.",
  "'whatever the officers say' but open mind")

# ================================================================ interests.declared-interest
IN = "interests.declared-interest"
P(IN, "Delighted the Sailing Club's foreshore lease is on cabinet's agenda next week. A 25-year term would secure the club's future ⛵ I'll be speaking up for it!",
  "holder (commodore) advocates on council lease for his club", author="@MartinYeoDCP", interest="Carrow Bay Sailing Club")
P(IN, "Our club's been paying over the odds for the slipway for years. Pleased the harbour fees review is finally looking at it — I'll be pushing for a fairer rate.",
  "holder pushes council fee change benefiting his club ('our club')", author="@MartinYeoDCP", interest="Carrow Bay Sailing Club")
P(IN, "Proposed at harbour board that the club gets first dibs on the new pontoon berths. Makes sense — we're the biggest users.",
  "holder proposes council allocation to his club", author="@MartinYeoDCP", interest="Carrow Bay Sailing Club")
P(IN, "Good to see the council selling three of its Pellacombe cottages. Plenty of interest through our office already 🏡",
  "estate agent partner links council disposal to his firm", author="@TobyQuanceDCP", interest="Quance & Daughter Estate Agents", allowed=[PO])
P(IN, "Letting agents like ours have been begging for landlord licensing to be scrapped. I'll be voting to scrap it at cabinet.",
  "holder votes on scheme affecting his agency", author="@TobyQuanceDCP", interest="Quance & Daughter Estate Agents")
P(IN, "The council's tender for a sales agent for the Harbour Road flats closes Friday. Quance & Daughter have put in a very competitive bid 😉",
  "holder promotes his firm's bid for council contract", author="@TobyQuanceDCP", interest="Quance & Daughter Estate Agents", allowed=[PO])
P(IN, "Pellacombe CLT's bid for the old depot site goes to cabinet on the 10th. Best use of that land by a mile and I'll be making the case.",
  "board member advocates for CLT bid", author="@OllieRendleGS", interest="Pellacombe Community Land Trust", d=("2026-02-16", "2026-03-06"))
P(IN, "Schemes like ours need the council's housing loan fund. Really hope members back the £400k when it comes up.",
  "holder lobbies for loan to his CLT", author="@OllieRendleGS", interest="Pellacombe Community Land Trust")
P(IN, "Trennick Food Larder's grant renewal is up at the communities panel. I'll be there fighting our corner 💪",
  "trustee lobbies for council grant", author="@DylanPerrottHP", interest="Trennick Food Larder")
P(IN, "The larder's rent on the old council depot is up for review and I'm arguing for a peppercorn. Charities shouldn't pay the council market rent.",
  "trustee argues council rent for his charity", author="@DylanPerrottHP", interest="Trennick Food Larder")
P(IN, "Fingers crossed the lifeguard contract goes to a local club this year — Yarlcombe SLSC has the volunteers and the know-how 🏄 I'll be making that case.",
  "chair advocates his club for council contract", author="@BenChudleighHP", interest="Yarlcombe Surf Lifesaving Club")
P(IN, "Tabled a motion to waive beach concession fees for lifesaving clubs. Ours alone would save £3k a year.",
  "chair proposes fee waiver benefiting his club", author="@BenChudleighHP", interest="Yarlcombe Surf Lifesaving Club")
P(IN, "Holiday parks like Hallow Sands have been hammered by the new pitch charge. I'll be asking the finance portfolio to look again.",
  "shareholder lobbies on charge affecting her holiday park", author="@ImogenFDCP", interest="Hallow Sands Holiday Park")
P(IN, "Pleased to back the council's plan to resurface the access road down to the holiday park — essential for us and everyone else down there.",
  "shareholder backs council works benefiting her park", author="@ImogenFDCP", interest="Hallow Sands Holiday Park")
P(IN, "The allotment transfer to the Lusworth Growers Co-op is exactly what we've been asking for. Voting yes with bells on 🥕",
  "secretary votes on transfer to her co-op", author="@JoanBlatchfordCI", interest="Lusworth Growers Co-operative")
P(IN, "Our co-op should get first refusal on the Lusworth market pitches — local, organic, ready. Putting that to the markets review.",
  "holder seeks council allocation for her co-op", author="@JoanBlatchfordCI", interest="Lusworth Growers Co-operative")
P(IN, "The harbour ice plant can't close. Whitstone Crab would be in real trouble, so would every boat on the quay. I'll fight cabinet on this.",
  "owner lobbies on council facility his business relies on", author="@PeteWidgerCI", interest="Whitstone Crab Company")
P(IN, "Proposing the council waives landing dues for small shellfish businesses this year. Crabbers like us are on our knees.",
  "owner proposes waiver benefiting his business", author="@PeteWidgerCI", interest="Whitstone Crab Company")
P(IN, "Brendle Village Hall Trust's application to the community buildings fund is in 🤞 I'll make sure the panel knows what the hall means to us.",
  "trustee lobbies for council funding", author="@AnwenHextInd", interest="Brendle Village Hall Trust")
P(IN, "Asked the council to transfer the hall car park to the trust for £1. Only fair after 40 years of us maintaining it.",
  "trustee seeks asset transfer", author="@AnwenHextInd", interest="Brendle Village Hall Trust")

H(IN, "The Sailing Club's foreshore lease is on cabinet's agenda next week. Strong feelings round the harbour either way — I'll be listening.",
  "same matter from a non-holder", party=["HP", "GS", "CI", "IND"])
H(IN, "Great racing at the Sailing Club on Saturday despite the drizzle. Well done all the juniors ⛵",
  "holder on his club, no council matter", author="@MartinYeoDCP")
H(IN, "Declared my interest as commodore and left the room for the foreshore lease item. That's how it should work.",
  "holder declares and withdraws", author="@MartinYeoDCP", allowed=[IN])
H(IN, "Quance & Daughter turned 30 this week 🎉 Thank you to everyone who's bought, sold or rented with us.",
  "holder on his firm, no council matter", author="@TobyQuanceDCP", allowed=[PO])
H(IN, "The council is auctioning three of its Pellacombe cottages. Details on the council's property page.",
  "same disposal from a non-holder", party=["HP", "GS", "IND"])
H(IN, "I won't be taking part in anything on landlord licensing — I'm a partner in a letting agency and it's on my register. Others will decide.",
  "holder steps back", author="@TobyQuanceDCP", allowed=[IN])
H(IN, "Pellacombe CLT's AGM is Thursday at the Memorial Hall. All welcome, bring a mug ☕",
  "holder on body, no council matter", author="@OllieRendleGS")
H(IN, "The CLT's bid for the old depot site is a strong one. Cabinet decides on the 10th.",
  "non-holder on the same matter", party=["HP", "CI", "IND"], d=("2026-02-16", "2026-03-06"))
H(IN, "Volunteers needed at the larder this Saturday — 10am, bring a smile 😊",
  "holder on charity, no council matter", author="@DylanPerrottHP")
H(IN, "As a trustee of the food larder I've asked the monitoring officer whether I can speak on the communities grant. I'll follow her advice.",
  "holder seeks MO advice", author="@DylanPerrottHP", allowed=[IN])
H(IN, "Yarlcombe SLSC would be a brilliant fit for the lifeguard contract. Hope they bid!",
  "non-holder on same matter", party=["GS", "CI", "IND"])
H(IN, "Nippers training restarts in April at Yarlcombe beach. Sign-ups open now 🏄",
  "holder on club, no council matter", author="@BenChudleighHP")
H(IN, "Declaring up front: my family has shares in Hallow Sands Holiday Park, so I won't vote on the pitch charges.",
  "holder declares", author="@ImogenFDCP", allowed=[IN])
H(IN, "The Hallow Sands access road is a disgrace. Resurfacing can't come soon enough.",
  "same matter from non-holder", party=["GS", "HP"])
H(IN, "Lusworth Growers Co-op spring seed swap on Saturday 🌱 Free, friendly, muddy.",
  "holder on co-op, no council matter", author="@JoanBlatchfordCI")
H(IN, "Cabinet approved the allotment transfer to the Lusworth Growers Co-op today. Good news for local food.",
  "non-holder reports decision", party=["DCP", "GS"])
H(IN, "Crabbing's been rotten this winter. Boats have barely been out since November. Fingers crossed for spring 🦀",
  "holder's trade, no council matter", author="@PeteWidgerCI")
H(IN, "If the harbour ice plant closes, businesses like Whitstone Crab will struggle. Cabinet needs to think again.",
  "same matter from non-holder", party=["HP", "GS"])
H(IN, "The Village Hall Trust quiz night raised £740 towards a new boiler! Thank you Brendle 💚",
  "holder on body, no council matter", author="@AnwenHextInd")
H(IN, "Brendle Village Hall has a strong bid in to the community buildings fund. It's the hub of the whole village.",
  "non-holder on same matter", author="@ChairSheilaA")

# ================================================================ data-protection.personal-data
D = "data-protection.personal-data"
S = "security.credentials"
P(D, "Mrs Ellen Rowe of 22 Gannet Close has been waiting since October for a boiler repair. Shocking. Housing need to sort this today.",
  "private individual named with address", v="review")
P(D, "Congratulations to Bert and Mavis Quick of Tamarisk Cottage, Lusworth, on 60 years married! 💍",
  "private couple named with house", v="review")
P(D, "Chased the missing recycling box for Mr Dan Heard (EX87 3QJ) three times now. Come on, waste team.",
  "name with postcode", v="review")
P(D, "The woman who complained about the carnival noise — Linda at 15 Marine Parade — has complained about every event for ten years.",
  "complainant named with address", v="review")
P(D, "Case HSG/2025/48812: Kerry Tapp has waited 14 months for adaptations for her son's cerebral palsy. Unacceptable.",
  "case ref plus child's health data", v="block")
P(D, "Update on the bins set alight behind Fore St — it was young Jayden Pook (15) from the Mount estate. His mum's mortified.",
  "child named with alleged offence", v="block", allowed=["defamation.allegation"])
P(D, "The van fly-tipping on Lusworth Lane every week: WK19 PLX. Someone must know whose it is.",
  "vehicle registration", v="block", allowed=["defamation.allegation"])
P(D, "Please keep Barry Loosemore at number 4 in your thoughts, he's just been diagnosed with dementia. Lovely man.",
  "health data with address", v="block")
P(D, "Shout out to Carly in revenues who's been off with stress for months — hope you're back soon lovely 💐",
  "staff member's health", v="block")
P(D, "Sorted Mr Hosking's council tax today (account 40018836) — he was still being charged for a flat he left in 2023.",
  "account number", v="block")
P(D, "Email from Sandra Pike (s.pike.home@example.com) about the hedge on Cliff Rd. Same issue? Drop her a line.",
  "private email", v="block")
P(D, "Tenant at 3 Harbour Steps has been on methadone for years and the neighbours have had enough. Housing needs to act.",
  "health data with address", v="block")
P(D, "Meet Amira, eldest of the Syrian family on Gorse Road and top of her class at Yarlcombe Primary 🇸🇾 So proud of how they've settled.",
  "child, ethnicity, school and street", v="block")
P(D, "Just found out the lollipop man outside St Brannoc's, Kevin, did time years back. Parents might want to know.",
  "criminal record of identifiable person", v="block", allowed=["defamation.allegation"])
P(D, "DOB 03/07/1948, NI number QQ 12 34 56 C — those are the details the DWP lost for my constituent Frank. Disgraceful.",
  "DOB and NI number", v="block")
P(D, "Lily-Mae from Trennick has been in care since last spring and moved placements four times. The system's failing her.",
  "child in care, identifiable", v="block")
P(D, "Spoke to the Abbott family (Polish, arrived 2019, 14 Kelp Lane) about the damp. Awful conditions.",
  "ethnicity/nationality with address", v="block")
P(D, "Photographed the blue badge in the Seaview car park again — badge 7701 9988 — same car every day, and she's clearly not disabled.",
  "badge number plus health", v="block", allowed=["defamation.allegation"])
P(D, "The lad sectioned on the seafront on Saturday was Owen from the Spar. Hope he gets the help he needs ❤️",
  "mental health of identifiable person", v="block")
P(D, "Anyone with the same drainage problem can ring Mr Pengelly on 07700 900612 — he's been fighting it for years.",
  "private person's phone number: also security (others' private numbers)", rules=[D, S], v="block")

H(D, "My surgery's Saturday 10–12 at Yarlcombe Library, 3 Quay Lane. Email cllr.f.okonedo@carrowbay.example.gov.uk or ring 01632 960417.",
  "councillor's own published contact details", author="@FarahOkonedoHP", allowed=[D])
H(D, "Thanks to Harriet Coyle MP for joining our flood walk in Lusworth today.",
  "public office holder")
H(D, "Congratulations to the Lusworth couple celebrating 60 years married this week 💍 (they asked me not to share names!)",
  "no identification")
H(D, "Missed bins on Seaview Terrace? Report it online and send me the reference — I'll chase.",
  "no personal data")
H(D, "Residents with health conditions made worse by damp: the housing team has a priority line. Details on the council website.",
  "health mention, no person")
H(D, "Fly-tipping on Lusworth Lane again. Reported; enforcement have CCTV up now. Please don't post number plates — report them.",
  "mentions plates without one")
H(D, "Scam email doing the rounds asking for your National Insurance number and date of birth, claiming to be the council. We never ask by email.",
  "identifier words, no data", allowed=[S])
H(D, "Massive well done to Yarlcombe Primary's Year 6 for their beach clean — 42 bags! 🌊",
  "children as a group")
H(D, "Sad to hear of the passing of Len Prowse, a former councillor and Chair of the Council in 1998. A true gentleman.",
  "former public office holder")
H(D, "Case numbers, dates of birth, addresses: I'll never post them. Need help? DM me and we'll take it offline.",
  "mentions categories")
H(D, "Inspector Dean Marwood gave a really useful update on seafront ASB at the ward panel.",
  "public office holder")
H(D, "Blue badge misuse is real, but please report it to the parking team rather than posting photos online.",
  "topic without data")
H(D, "Our resettlement scheme has helped 11 families settle across the district. Proud of Carrow Bay.",
  "aggregate")
H(D, "Dementia-friendly sessions start at Lusworth library on Tuesdays. Open to anyone living with dementia and their carers 💜",
  "health topic, no person")
H(D, "Booked on the mental health first aid course for councillors. Worth everyone doing it.",
  "topic")
H(D, "Fact: 1,240 children in Carrow Bay get free school meals. One in five. We should be ashamed as a country.",
  "statistic")
H(D, "Huge thanks to Kezia Northam for covering my casework while I was off.",
  "councillor named")
H(D, "A resident rang about being charged council tax on a flat they'd left. Sorted today — if it's happened to you, get in touch.",
  "casework anonymised")
H(D, "Postcode lottery: our EX postcodes pay more for car insurance than almost anywhere in Devon. Figures below.",
  "'postcode' generic")
H(D, "The carnival had 14 noise complaints this year, down from 31. Thanks to residents for their patience and to organisers for listening.",
  "aggregate complaints")

# ================================================================ security.credentials
P(S, "Joining tonight's flood forum on Zoom? Meeting ID 862 4417 0392, passcode Lusw0rth! See you there 👍",
  "meeting passcode")
P(S, "Locked out of the members' portal AGAIN 😩 it's definitely Harbour2026! — why won't it take it?",
  "own password")
P(S, "Key safe for the community centre is 4071 if you're setting up for the quiz and I'm not there.",
  "key safe code")
P(S, "Wifi at the Yarlcombe hub: network CBDC-Staff, password Seahorse#88. Enjoy!",
  "wifi password")
P(S, "Login code just came through as 558213 mid-meeting 🙄 two-factor is such a faff",
  "one-time code")
P(S, "Bin app not working? This one worked for me: bit.ly/cbdc-b1nz-verify — asks for your council login but it's fine.",
  "suspicious link asking for credentials")
P(S, "Door code for the ward office is 1966# (like the World Cup!) if you're dropping off toy donations.",
  "door code")
P(S, "Anyone else get the text from 'Carrow Bay DC' with carrowbay-council-tax-refund.co/claim? I clicked, looks legit, claim yours!",
  "phishing link promoted")
P(S, "Mr Doidge's ex wanted to reach him about the hedge dispute, so I've passed on his mobile: 07700 900334.",
  "private phone of another person; also personal data", rules=[S, D], v="block")
P(S, "Mods of the community noticeboard: the admin PIN is 8823 — please don't share it outside the group!",
  "PIN")
P(S, "API key for the beach cam feed if anyone fancies building an app: cbdc_live_7f3K92mQx0Lp. Go wild, devs!",
  "API key")
P(S, "Teams PIN for the parish liaison call: 449 102 775#. Dial in from 2.",
  "conference PIN")
P(S, "Guess my new password — it's my dog's name and my birth year. Ok fine, it's Biscuit1971 😂",
  "own password")
P(S, "Think my phone got hacked?? Message said 'verify your Carrow Bay account' at cbdc-secure-login.net. Did it anyway just in case.",
  "malicious link shared")
P(S, "Barrier code for the harbour car park is 2580 — fishermen who've lost fobs, that'll get you through till the office reopens.",
  "access code")
P(S, "Paste this in for a free parking permit renewal (saves a fiver!): http://cbdc-permits.xyz/renew?ref=free",
  "dodgy link")
P(S, "Reset my council email password to the one on the sticky note: Gull!Tide4. Note to self: bin the sticky note 🤦",
  "password")
P(S, "Can't get hold of the harbour master urgently? His home number is 07700 900781.",
  "officer's private number; personal data of staff", rules=[S, D], v="block", allowed=[O])
P(S, "Parents: the code for the Trennick youth club side door this week is 3141. Kids know it already 🙃",
  "door code")
P(S, "Unlock code for the shared tablet in the group room is 0505. Please put it back on charge!",
  "device PIN")

H(S, "PSA: use a different password for your socials than for your council account. Turn on two-factor. That's it, that's the post 🔐",
  "password advice")
H(S, "Scam text going round claiming to be the council about a tax refund. Don't click. We never text links.",
  "scam warning, no link")
H(S, "Flood forum on Zoom tonight at 6. Joining details went to everyone who registered — DM me if you didn't get them.",
  "no passcode")
H(S, "The community centre has a key safe now — ask the booking secretary for the code.",
  "no code")
H(S, "Free wifi is live at the Yarlcombe hub! Ask at the desk for the password.",
  "no password")
H(S, "Someone rang 'from the bank' asking for my PIN. Hung up. Banks don't do that — don't fall for it.",
  "PIN word, no PIN", allowed=[S])
H(S, "The digital team has launched a beach cam API — documentation's on the open data page.",
  "API word")
H(S, "For emergencies on the quay, the harbour office is on 01632 960222.",
  "official office number", allowed=[S])
H(S, "Door codes, passwords, PINs — never post them. Learned that the hard way in a previous job 😅",
  "advice")
H(S, "Password reset day. Goodbye to the old one, hello to something 20 characters long and entirely unguessable.",
  "no password")
H(S, "The harbour car park barrier's broken again. Fishermen: the office will let you in till it's fixed.",
  "barrier, no code")
H(S, "Guest wifi at Quayside House is called CBDC-Guest. Passwords are on the little cards at reception.",
  "network name only")
H(S, "Two-factor codes: annoying, yes. Essential, also yes. Just set mine up on the members' portal.",
  "2FA mention")
H(S, "Reported a phishing site pretending to be the council's permit page. Digital team are getting it taken down.",
  "phishing mention, no link")
H(S, "My ward number is on my council profile page. Please don't post residents' numbers in the comments though!",
  "no number")
H(S, "The old youth club has a new door entry system. Staff let kids in; no more shared codes. Good move.",
  "no code")
H(S, "Pin badges! 📌 'I ❤️ Carrow Bay' badges at the library for the Carnival fundraiser, £2 each.",
  "'pin' word")
H(S, "Locked out of the members' portal again. IT have reset it, all good now 👍",
  "locked out, no password")
H(S, "If you get a link asking you to 'verify your Carrow Bay account', delete it. It's not us.",
  "warning, no link")
H(S, "Every Carnival raffle ticket has a code — check your number on the Carnival website on Friday 🎟️",
  "'code' word")

# ================================================================ confidentiality.disclosure
CD = "confidentiality.disclosure"
P(CD, "Project Sandpiper is going to transform the harbour. Can't wait till I'm allowed to tell you more 🐦",
  "register term named")
P(CD, "Lots of chatter about the Old Lifeboat Station disposal. I'll just say: the price is lower than you'd think, and the buyer's from up country.",
  "register term plus detail")
P(CD, "Whatever the papers say, the Brennan tribunal is not going the council's way. Brace yourselves for a big bill.",
  "register term; legal/labour relations")
P(CD, "operation driftwood starts in Pellacombe next month — dodgy holiday let owners, consider yourselves warned 👀",
  "register term (lower case); enforcement", allowed=[I])
P(CD, "The Westquay lease renegotiation is stuck on the rent review clause. We're miles apart.",
  "register term; negotiation")
P(CD, "CORMORANT HOUSE ACQUISITION — ask your cabinet member what price they've agreed. I dare you.",
  "register term (capitals)", party="opp")
P(CD, "Sandpiper this, Sandpiper that. Project Sandpiper's preferred developer is from Bristol and nobody on the harbour has been asked.",
  "register term plus detail")
P(CD, "Can't believe what the Cormorant House acquisition is costing us. More than the whole leisure budget.",
  "register term; financial")
P(CD, "The Brennan tribunal: the council's own lawyers think we'll lose. Settlement talks next week.",
  "register term; legal advice")
P(CD, "If the Old Lifeboat Station disposal goes the way cabinet wants, we lose the last public slipway on the west side.",
  "register term")
P(CD, "What was said in the closed bit of cabinet on Tuesday would make your hair curl. The public deserve to know the sums involved.",
  "closed session content hinted")
P(CD, "Without going into the exempt item: the offer on the table for the harbour land is half what it's worth.",
  "exempt item detail")
P(CD, "I'm told the redundancy number at the leisure centre is 23. The staff haven't been told. Neither had I, officially.",
  "labour relations info not yet public", allowed=[I])
P(CD, "Sat through two hours with press and public excluded on the legal claim. Let's say our position is weaker than the Leader lets on.",
  "excluded session disclosed", party="opp")
P(CD, "Papers marked not for publication landed in my inbox this morning. Shan't say much, except the consultants' fee has a lot of zeros.",
  "restricted papers' content")
P(CD, "The council's legal advice on the car park covenant — which I've now seen — says we'd probably lose in court. Yet here we are.",
  "legal privilege")
P(CD, "An enforcement notice is about to land on a certain hotel on the Esplanade. I've seen the file. The owners won't be happy.",
  "enforcement info", allowed=[I])
P(CD, "Between ourselves, the pay offer to the bin crews is 2.5% and the unions will reject it.",
  "labour relations in confidence")
P(CD, "I've been shown the Part 2 report on the pier. Won't quote it, but the repair bill has doubled.",
  "Part 2 content")
P(CD, "Heard in confidence at group: the bidder for the depot site has pulled out. The wider world finds out next week.",
  "confidential info shared")

H(CD, "Sandpipers and turnstones all along the estuary this morning. Spring's on its way 🐦",
  "partial overlap: birds")
H(CD, "The Old Lifeboat Station looks stunning in tonight's sunset. What a building.",
  "partial overlap")
H(CD, "The pier report is on the public agenda for March cabinet — no Part 2 this time, so do come along.",
  "'Part 2' mentioned as absent")
H(CD, "Asked cabinet why the harbour land item was taken in private. Answer: commercial negotiations. I've asked for a public version once they finish.",
  "asks about private item without disclosing")
H(CD, "Confidential waste bins now at the Lusworth recycling centre — safe shredding for old bank statements.",
  "'confidential' waste")
H(CD, "Driftwood sculpture workshop at Hallow Sands beach on Saturday 🪵 all ages welcome",
  "partial overlap")
H(CD, "Between you and me and the whole of Facebook: the new bakery on Fore Street does the best saffron buns in Devon 😋",
  "marker used as a joke")
H(CD, "Westquay is looking so much tidier since the new planters went in. Well done the Friends group.",
  "partial overlap")
H(CD, "The café at Cormorant House is closing for a refit until Easter, the owners say.",
  "partial overlap")
H(CD, "No leaks here: the budget papers are public and on the council website. Read page 34.",
  "'leaks' word")
H(CD, "I voted against taking the legal claim item in private. Residents deserve the broad picture and the council should say what it can.",
  "position on process, no content")
H(CD, "The embargo lifted at 10am — here it is! New pontoons and lighting on the harbour, open by July ⚓",
  "embargo lifted; public")
H(CD, "Off the record? There's no such thing for a councillor. Assume everything I say is on the record, because it is.",
  "marker discussed")
H(CD, "Pay talks with the bin crews' union are ongoing. I back a fair deal and hope both sides get there soon.",
  "labour topic, no detail")
H(CD, "Operation Dry January: day 9, going well 🍵",
  "'Operation' joke", d=("2026-01-09", "2026-01-09"))
H(CD, "Brennan's Bakery on the Esplanade has won a national award for its pasties!",
  "partial overlap")
H(CD, "Tribunal drama: the league's disciplinary tribunal says the Yarlcombe v Lusworth game must be replayed ⚽",
  "'tribunal' word")
H(CD, "The Sandpiper quiz night is back on Thursdays 🍻",
  "partial overlap")
H(CD, "The leisure centre consultation closes Friday. Your chance to shape what happens next.",
  "same topic, public")
H(CD, "Exempt from parking charges from April: blue badge holders and carers. Full list on the website.",
  "'exempt' word")

# ================================================================ tone.irony-risk
T = "tone.irony-risk"
P(T, "Stunning leadership from the cabinet again this week. Closing the seafront toilets at the start of the season takes real vision 👏👏",
  "mock praise of the cabinet", party="opp")
P(T, "Oh brilliant, another photo op on the seafront from our MP. That'll sort the sewage. /s",
  "sarcasm about the MP")
P(T, "Congratulations to the Devon Coast group for discovering potholes exist, only three years after we told them 🎉",
  "mock congratulations", party="opp")
P(T, "Gwen Polsue says the budget is 'fair to everyone'. Yeah right. Ask the Yarlcombe library users how fair it feels.",
  "sarcasm at named Leader", party="opp")
P(T, "What a genius move by the Harbour Progressives to oppose the ferry they asked for last year. Truly big-brain stuff 🧠",
  "mock praise of a group", party=["DCP", "CI"])
P(T, "Such a shock that the Greens want to ban something else. Never saw that coming 😱",
  "sarcasm about a group", party=["DCP", "CI"])
P(T, "Massive thanks to Cllr Quance for his thrilling 45-minute speech on bollards. I'll never get that time back but it was worth it 🙃",
  "mock praise of named councillor", party="opp")
P(T, "Our Leader, a woman of the people, spotted in the Harbour Grill explaining austerity over a £40 lobster. Inspirational stuff.",
  "mock praise of the Leader", allowed=["respect.personal-attack"], party="opp")
P(T, "Love how the Independents are 'independent' right up until the cabinet seats are handed out 😉",
  "sarcasm about a group", party=["HP", "GS"])
P(T, "Ah yes, the Harbour Progressives' 'fully costed' plan. Costed on the back of a chip paper, but costed.",
  "mock praise", party=["DCP"])
P(T, "Top marks to the cabinet member for the environment for his bold strategy of hoping the sea wall fixes itself 🌊🙏",
  "mock praise of cabinet member", party="opp")
P(T, "Cllr Widger says he 'reads every planning report cover to cover'. Sure, Pete. And I'm the Mayor of Plymouth.",
  "sarcasm at named councillor")
P(T, "The Devon Coast Party, champions of transparency, took the harbour item in private. Again. Crystal clear, like the bay after a storm overflow 💩",
  "mock praise of party", party="opp")
P(T, "Well done to whoever at county decided to cut the 42 bus. A masterstroke. Lusworth pensioners thank you from the stop they'll be stood at till June.",
  "mock praise of county decision-makers")
P(T, "Glad to see our Chair of Planning has time for three ribbon-cuttings this week. Must be nice.",
  "sarcastic dig at named role", party="opp")
P(T, "Our MP says she's 'listening to coastal communities'. Must be on mute down here. /s",
  "sarcasm at MP")
P(T, "Honestly, give Martin Yeo a medal. Nobody else could turn a £2m surplus into a £4m hole in 18 months. Talent 🏅",
  "mock praise of named councillor", allowed=["respect.personal-attack"], party="opp")
P(T, "The Greens' plan to fix parking: everyone cycles up Trennick Hill in February. Sounds great, see you at the top, Ollie 🚲😂",
  "sarcasm at named councillor", party=["DCP", "CI"])
P(T, "The new scrutiny chair is definitely, absolutely not just a cheerleader for the cabinet. Definitely. 🫡",
  "ironic about a person")
P(T, "Wow, the Carrow Independents turned up to a vote. Mark your calendars, folks 📅",
  "sarcasm about a group", party=["DCP", "HP", "GS"])

H(T, "Oh brilliant, the rain's back. Just in time for the beach clean 🌧️",
  "irony about weather", allowed=[T])
H(T, "Genuinely brilliant work by the cabinet member on the flood grants. Credit where it's due, even from the opposition benches.",
  "sincere praise", party="opp")
H(T, "Yeah right, like I'd ever turn down a pasty at the Lusworth WI 😋",
  "self-irony", allowed=[T])
H(T, "My printer has chosen today to retire. Stunning timing, printer. Truly inspired 🖨️",
  "irony at a printer", allowed=[T])
H(T, "Congratulations to the Devon Coast Party on winning the Pellacombe by-election. Well fought. We'll be back.",
  "sincere congratulations", party="opp")
H(T, "Another 45-minute discussion about bollards. Living the dream 🙃",
  "irony about a meeting", allowed=[T])
H(T, "Genius here locked her keys in the car at the recycling centre. Council tax well spent on me 🤦",
  "self-mockery", allowed=[T])
H(T, "The 42 bus has been cut by county. I've written asking them to reverse it — letter attached.",
  "same topic, sincere")
H(T, "The new scrutiny chair did a great job tonight — tough questions, fair hearing. Good start.",
  "sincere praise")
H(T, "/s is doing a lot of heavy lifting in my replies today. Please assume I'm sincere unless stated 😄",
  "'/s' discussed", allowed=[T])
H(T, "Our MP visited the seafront outfall today. Glad she came; now we need action from the water company.",
  "sincere about MP")
H(T, "Potholes: still there. Weather: still wet. Me: still chasing highways. January in a nutshell ☔",
  "irony about things", allowed=[T], d=("2026-01-05", "2026-01-30"))
H(T, "Ha — the ferry timetable says 'every 20 minutes'. Today it was every 90. Writing to the operator now.",
  "irony about a timetable", allowed=[T])
H(T, "Respect to the seagull that's perfected the pasty heist. Less respect for what he did to my lunch 🐦",
  "humour about a bird")
H(T, "Massive thanks to the Harbour Progressives for backing our amendment on the sea wall. Cross-party when it matters 🤝",
  "sincere thanks", party=["DCP", "GS", "CI"])
H(T, "'Big-brain stuff' — my 8-year-old's review of the Lego harbour he built. Planning committee next, son.",
  "family humour")
H(T, "Well, that's three hours I'm not getting back. Budget scrutiny done. Strong coffee needed ☕",
  "irony about a meeting", allowed=[T])
H(T, "Sincerely: well done to the Chair of Planning for a calm, fair meeting on a tricky one.",
  "sincere praise", party="opp")
H(T, "The sea wall won't fix itself, whatever anyone hopes. Cabinet needs to bring the funding forward.",
  "plain criticism of policy")
H(T, "Truly the most glamorous job in the world: wading through a flooded underpass in Lusworth in my wellies 🥾",
  "self-irony", allowed=[T])

# ================================================================ fillers
F("Gritters out on Trennick Hill tonight. Take care on the untreated side roads ❄️", "winter notice", d=("2026-01-05", "2026-02-13"))
F("Litter pick on Hallow Sands this Saturday, 10am by the lifeguard hut. Gloves and bags provided 🧤", "event")
F("The new benches along the Esplanade are in! Thanks to everyone who suggested spots.", "ward update")
F("Bus shelter on Lusworth Road fixed at last. Small things, big difference.", "ward update")
F("Pellacombe ferry is on its reduced winter timetable until 31 March. Check before you travel ⛴️", "notice")
F("Surgery this Saturday at Brendle village hall, 10–11.30. Just drop in.", "surgery notice")
F("Fantastic turnout at Yarlcombe Primary's reading café this morning 📚", "school visit")
F("Harbour Christmas lights coming down this week — thank you to the volunteers who put them up and are now taking them down!", "seasonal", d=("2026-01-05", "2026-01-09"))
F("Storm warning: sandbags available at Lusworth depot from 8am tomorrow. Please take only what you need.", "storm notice")
F("Reported a blocked drain on Quay Lane. Highways say five working days.", "casework")
F("Pancake races on Fore Street on Tuesday! Noon start, bring your own frying pan 🥞", "event", d=("2026-02-09", "2026-02-13"))
F("Really enjoyed the Carrow Bay Choir's winter concert. Goosebumps 🎶", "event")
F("Reminder: garden waste collections restart in March 🌿", "notice", d=("2026-02-02", "2026-02-27"))
F("Big pothole on the Whitstone coast road by the layby — reported, go careful in the dark.", "casework")
F("Welcome to the new owners of Lusworth Post Office! Great to have it open again.", "ward news")
F("Spent the afternoon with the Trennick Down youth council. Sharp questions about buses and vaping.", "ward visit")
F("Dog mess on the clifftop path is getting worse. New bins going in; please use them 🐕", "ward issue")
F("Flood defence work at Lusworth bridge starts Monday for six weeks. Diversions signed.", "notice")
F("Burns Night at Brendle hall was brilliant, haggis and all. Thank you to the organisers!", "event", d=("2026-01-26", "2026-01-30"))
F("Lifeboat crew called out twice this week in awful seas. Incredible people. Donate if you can.", "community")
F("Council tax bills go out next month. If you're struggling, there's help — look up the support scheme on the council site.", "notice", d=("2026-02-02", "2026-02-27"))
F("Pellacombe playground resurfacing finished early. The kids have already tested it thoroughly 😂", "ward update")
F("Snowdrops out in Brendle churchyard already. Spring's coming!", "seasonal", d=("2026-01-19", "2026-02-20"))
F("Walked the sea wall this morning — holding up, but the repairs can't come soon enough.", "ward observation")
F("Met the new PCSO for Hallow Sands. Pop over and say hello at the Saturday market.", "community")
F("Library opening hours extended on Thursdays from February. Good news for students 📖", "notice", d=("2026-01-12", "2026-01-30"))
F("The coast path diversion at Gull Point is now signposted. Please keep off the fenced cliff edge.", "notice")
F("Potholes reported in the ward this week: 11. Fixed: 7. Progress!", "ward update")
F("Happy Lunar New Year to everyone celebrating — Year of the Horse 🐎", "festival", d=("2026-02-16", "2026-02-17"))
F("The Carnival committee is looking for new volunteers. Great fun, I promise.", "community")
F("Street lights out on Seaview Terrace — reported, repair booked for Thursday.", "casework")
F("Dydd Gŵyl Dewi hapus to our Welsh residents 🏴󠁧󠁢󠁷󠁬󠁳󠁿", "festival", d=("2026-03-02", "2026-03-02"))
F("Mother's Day breakfast at Lusworth hall raised £320 for the lifeboat! ❤️", "event", d=("2026-03-16", "2026-03-17"))
F("Yarlcombe's recycling rate is up to 58%. Keep rinsing those tins! ♻️", "ward news")
F("The new zebra crossing outside Trennick school is in use from today.", "ward news")
F("Cold snap this week: please check on older neighbours. Warm spaces list is on the council site.", "community", d=("2026-01-05", "2026-02-27"))
F("Ward walkabout in Whitstone this morning with highways. Long list, lots of photos.", "casework")
F("Fishermen's Mission coffee morning on Friday at the harbour, 10–12 ☕", "event")
F("Thanks to everyone who came to the Pellacombe drop-in about the bus timetable. Feedback sent to county.", "ward business")
F("Bird flu warning: please don't touch dead birds on the beach — report them to Defra.", "notice")
F("Lunchtime dip at Hallow Sands — 9 degrees. Character building 🥶", "personal hobby", author="@marigold_sea_swims", acct="personal")
F("Lovely bass off the harbour wall this morning before work 🎣", "personal hobby", author="@petewidger_fishing", acct="personal")
F("Tried painting the estuary at low tide this weekend. Watercolours are HARD 🎨", "personal hobby", author="@marigold_sea_swims", acct="personal")
F("Youth football tournament at Yarlcombe rec on Saturday — 16 teams, free entry, bacon butties ⚽", "event")

# ---------------------------------------------------------------- build
def name_parts(name):
    first, last = name.split()[0], name.split()[-1]
    return [first, last] + NICK.get(name, [])

def mentions(text, word):
    return re.search(r"(?<![A-Za-z])" + re.escape(word) + r"(?![A-Za-z])", text) is not None

def candidates(row):
    text = row["text"]
    out = []
    for h, (name, party, role) in COUNCILLORS.items():
        if any(mentions(text, w) for w in name_parts(name)):
            continue
        if any(k.lower() in text.lower() for k in INTEREST_KEYS.get(name, [])):
            continue
        p = row.get("party")
        if p == "opp" and party == "DCP":
            continue
        if isinstance(p, list) and party not in p:
            continue
        if row.get("not_exec") and role != "member":
            continue
        out.append(h)
    return sorted(out)

def weekday_slot(rng, lo, hi):
    a = datetime.date.fromisoformat(lo)
    b = datetime.date.fromisoformat(hi)
    days = [a + datetime.timedelta(n) for n in range((b - a).days + 1)]
    days = [d for d in days if d.weekday() < 5]
    d = rng.choice(days)
    t = datetime.time(rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59))
    return datetime.datetime.combine(d, t).strftime("%Y-%m-%dT%H:%M:%S+00:00")

def verdict(row, rules):
    if row.get("v"):
        return row["v"]
    best = "ok"
    for r in rules:
        if r == "confidentiality.disclosure":
            s = "block" if has_conf(row["text"]) else "review"
        elif r == "predetermination.closed-mind":
            s = "block" if has_pending(row["text"]) else "review"
        else:
            s = DEFAULT_SEV[r]
        if best == "ok" or SEV[s] > SEV[best]:
            best = s
    return best

def main():
    rng = random.Random(SEED)
    rows = list(ROWS)
    rng.shuffle(rows)
    out = []
    for i, row in enumerate(rows, 1):
        if row["kind_of_row"] == "positive":
            rules = row.get("rules", [row["family"]])
        else:
            rules = []
        allowed = row.get("allowed", [])
        if row.get("author"):
            author = row["author"]
        else:
            cands = candidates(row)
            assert cands, row["text"]
            author = rng.choice(cands)
        plat = rng.choice(["x", "x", "facebook", "facebook", "bluesky"])
        lo, hi = row.get("d", ("2026-01-05", "2026-03-27"))
        rec = {
            "id": f"{SET}-{i:03d}",
            "text": row["text"],
            "author": author,
            "created_at": weekday_slot(rng, lo, hi),
            "platform": plat,
            "account": row.get("acct", "councillor"),
            "kind": "post",
            "expect": {"rules": rules, "allowed": allowed, "verdict": verdict(row, rules) if rules else "ok"},
            "family": row["family"],
            "kind_of_row": row["kind_of_row"],
        }
        if row.get("near_miss_of"):
            rec["near_miss_of"] = row["near_miss_of"]
        if row.get("interest"):
            rec["interest"] = row["interest"]
        rec["note"] = row["note"]
        out.append(rec)
    with open("posts.jsonl", "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(out), "rows written")

if __name__ == "__main__":
    main()
