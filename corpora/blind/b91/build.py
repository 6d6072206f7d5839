"""Blind set b91: Tregarrow District Council (fictional, Cornwall), twelve single-post rules.

Hand-written rows plus a deterministic script (seed 9191): shuffles the rows, gives ids
B91-NNNN, picks authors, platforms and timestamps, and writes posts.jsonl.
Running it again gives the same file.  Usage: python build.py
"""
import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 9191

SEV = {"officers.impartiality": "review", "resources.political-use": "review",
       "position.improper-advantage": "review", "gifts.hospitality": "advice",
       "capacity.council-voice": "review", "confidentiality.insider-advantage": "review",
       "predetermination.closed-mind": "review", "interests.declared-interest": "review",
       "data-protection.personal-data": "block", "security.credentials": "block",
       "confidentiality.disclosure": "review", "tone.irony-risk": "advice",
       "defamation.allegation": "review", "respect.personal-attack": "review"}
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}

# handle -> (name, party, role)
PEOPLE = {
    "@JennaTrethewey": ("Jenna Trethewey", "OA", "leader"),
    "@DerekPascoeOA": ("Derek Pascoe", "OA", "cabinet"),
    "@LovedayRowe": ("Loveday Rowe", "OA", "cabinet"),
    "@CllrCurnow": ("Martyn Curnow", "OA", "planningchair"),
    "@ChairmanTamsin": ("Tamsin Penrose", "OA", "chairman"),
    "@GaryTonkinOA": ("Gary Tonkin", "OA", ""),
    "@WendyHockingOA": ("Wendy Hocking", "OA", ""),
    "@NickAngoveKP": ("Nick Angove", "KP", ""),
    "@KerensaJagoKP": ("Kerensa Jago", "KP", ""),
    "@RossBolitho": ("Ross Bolitho", "KP", ""),
    "@SallyChenowethKP": ("Sally Chenoweth", "KP", ""),
    "@MorwennaGreen": ("Morwenna Treloar", "GK", ""),
    "@JoryKittoGreen": ("Jory Kitto", "GK", ""),
    "@BillOpieMI": ("Bill Opie", "MI", ""),
    "@DemelzaMI": ("Demelza Stephens", "MI", ""),
    "@PeteRowseInd": ("Pete Rowse", "IND", ""),
}
PERSONAL = {"@ross_gigs_porthwenna": "@RossBolitho", "@opie_on_the_moor": "@BillOpieMI"}
FEMALE = ["@JennaTrethewey", "@LovedayRowe", "@ChairmanTamsin", "@WendyHockingOA",
          "@KerensaJagoKP", "@SallyChenowethKP", "@MorwennaGreen", "@DemelzaMI"]
PARTY_WORDS = {"OA": ["One and All"], "KP": ["Progressives"], "GK": ["Green Kernow", "the Greens"],
               "MI": ["Moorland Independents"]}
ROLE_WORDS = {"leader": ["the Leader", "Our Leader", "our Leader", "Council Leader"],
              "planningchair": ["Chair of Planning", "Planning Chair"],
              "chairman": ["Chairman"],
              "cabinet": ["Finance Cabinet Member", "cabinet member for harbours"]}
INTEREST_KEYS = {
    "@RossBolitho": ["Gig Club", "gig shed", "gig crews", "gig rowing"],
    "@BillOpieMI": ["Commoners", "commoners", "grazing"],
    "@DerekPascoeOA": ["Harbourside Lettings", "holiday let licensing"],
    "@KerensaJagoKP": ["Fishermen's Co-op", "fish market", "co-op", "Harbour dues"],
    "@NickAngoveKP": ["Credit Union", "credit union", "Credit unions"],
    "@CllrCurnow": ["Curnow Plant", "plant hire"],
    "@WendyHockingOA": ["Land Trust", "CLT", "St Morwen depot"],
    "@GaryTonkinOA": ["Clay Heritage", "clay heritage", "clay museum"],
    "@SallyChenowethKP": ["Surf School", "surf lesson", "surf school"],
    "@JoryKittoGreen": ["Village Hall", "Treloweth hall"],
}

ROWS = []


def _row(kind, rule, text, note, **kw):
    ROWS.append(dict(kind=kind, rule=rule, text=text, note=note, **kw))


def P(rule, text, note, sev=None, also=(), allow=(), **kw):
    rules = [rule] + list(also)
    v = sev or SEV[rule]
    for r in also:
        if ORDER[SEV[r]] > ORDER[v]:
            v = SEV[r]
    _row("positive", rule, text, note, rules=rules, allow=list(allow), verdict=v, **kw)


def H(rule, text, note, allow=(), **kw):
    _row("hard_negative", rule, text, note, rules=[], allow=list(allow), verdict="ok", **kw)


def F(text, note, **kw):
    _row("filler", "filler", text, note, rules=[], allow=[], verdict="ok", **kw)

# ---------------------------------------------------------------- officers.impartiality
R = "officers.impartiality"
P(R, "Sian Dunstan's planning team have bent over backwards for every developer who's waved a chequebook this year. Funny how that works, idden it? Someone should be asking who she's really working for.", "innuendo about the Head of Planning's loyalty", allow=["defamation.allegation"])
P(R, "Memo to Tom Menear: your drainage report for the Carnhallow flats is wrong and you know 'tis wrong. Rewrite it before committee or I'll be raising it in public. Dreckly won't cut it this time.", "pressing a named officer to change a report")
P(R, "Our Harbour Master has been 'reviewing' the mooring fees for eight months. Eight. Months. Mark Eddy, it's a spreadsheet, not the Domesday Book. Do the job or let someone who will.", "public criticism of a named officer", allow=["respect.personal-attack"])
P(R, "New Chief Exec Alan Carne has been here a fortnight and already he's the Leader's lapdog. So much for an impartial head of paid service. 🐕", "questions the Chief Executive's neutrality", allow=["respect.personal-attack"], when=("2026-01-19", "2026-01-23"), by="opp")
P(R, "I've told the licensing manager straight: change your recommendation on the Pilchard Inn or I'll take it up with the Chief Exec. Some of us were elected, my lover.", "pressing an officer to change advice on a pending licence", allow=["predetermination.closed-mind"])
P(R, "Funny how Julie Nance's housing team always find a flat for certain families and never for Carnhallow ones. I've seen how 'allocations' really work in this place.", "insinuates partiality of a named officer", allow=["defamation.allegation"])
P(R, "Tregarrow's finance director says the reserves 'can't support' the Goonvrea bus. Course he does. Paul Vosper has been doing the One and All group's sums for them since the day he walked in.", "questions the s151 officer's political neutrality")
P(R, "The planning officer's report on the Carnhallow chapel flats reads like it was written by the applicant's agent. Maybe it was. Wouldn't surprise me one bit, my 'ansum.", "innuendo about an officer's role (not a pending matter)", allow=["defamation.allegation"])
P(R, "Craig Trounson, Head of Waste: do your job. Bins on Treloweth haven't been emptied in three weeks and your excuses are as much use as a chocolate teapot. #binshame", "named officer publicly berated", allow=["respect.personal-attack"])
P(R, "Helen Glasson in comms should remember she's paid by all of us, not by one party. Every press release out of that office lately reads like a One and All leaflet.", "questions the comms head's impartiality")
P(R, "Our Monitoring Officer has sat on my complaint for two months while fast-tracking every one made against us in opposition. Rachel Hosken, 'partisan' doesn't begin to cover it.", "accuses the Monitoring Officer of bias", by="opp")
P(R, "Can someone explain why the senior planning officer keeps doing his 'site meetings' in the bar of the Heron in Carnhallow with the same two agents? Asking for the whole of the clay country.", "innuendo about an officer's conduct", allow=["defamation.allegation"])
P(R, "Officers have been leaned on before and they'll be leaned on again. I've made it clear to Sian in planning that the Lanjeth barns recommendation needs another look, and I expect it to change.", "says an officer was pressed to change a recommendation")
P(R, "Lowenna Bray has never once sided with residents over a licensee. Not once. Makes you wonder what the licensing department is for, or who it's for.", "questions a named officer's neutrality")
P(R, "Dear planning department: when fifty of us say the flood risk report is fiction, maybe the officer who wrote it should stop pretending to be deaf. Tom, we're looking at you. 👀", "derides a named officer")
P(R, "Some 'impartial' advice from the s151 officer at the budget briefing this morning. Impartial like an Argyle fan refereeing a Cornish derby. Vosper has picked his side.", "questions the s151 officer's impartiality")
P(R, "The harbour office took three days to answer one simple question on pontoon fees. Mark's lot are hopeless, proper hopeless, and he knows it. Time we had a new Harbour Master.", "calls for a named officer's removal")
P(R, "Alan Carne's 'independent' review of the depot is a whitewash written to order. Officers who want to keep their jobs know which way the wind's blowing, don't 'em?", "calls an officer's report partisan", allow=["defamation.allegation"], when=("2026-02-16", "2026-03-27"))

H(R, "Huge thanks to Mark Eddy and the harbour team who were out in the storm at 5am checking moorings. Proper job, all of 'ee. ⚓", "thanks a named officer", allow=[R])
H(R, "Welcome to Tregarrow, Alan Carne! Our new Chief Executive started today - had a good first chat about clay country buses and the A30.", "welcomes the new Chief Executive", allow=[R], when=("2026-01-05", "2026-01-05"))
H(R, "The officer's report recommends approval for the Lanjeth barns. I disagree with the housing policy behind it and I'll say so in the debate. Officers apply policy; members make it.", "disagrees with policy, not the officer", allow=[R])
H(R, "Cabinet's decision to cut the Goonvrea bus is a shambles and they should be ashamed. Don't blame the officers - this was a political choice, plain and simple.", "robust criticism of cabinet, defends officers", by="opp")
H(R, "Asked the planning department for a timetable on the Local Plan review. Answer: dreckly. Fair enough, mind - they're short-staffed after the cuts.", "mild, sympathetic comment on a department", allow=[R])
H(R, "Met Lowenna Bray from licensing to go over how residents can make representations on late licences. Really clear advice - the guide's on the council website.", "neutral mention of a named officer", allow=[R])
H(R, "The budget papers are a mess of wishful thinking, and I say that as someone who reads every line. Cabinet need to go back to the drawing board on parking charges.", "robust criticism of cabinet's budget", by="opp")
H(R, "Our bin crews have worked miracles through the mizzle and the gales this month. Whatever you think of the contract, the lads on the rounds deserve a pasty and a pint.", "praise for staff")
H(R, "I won't criticise officers in public - that's not how it works. If I've got concerns about a report I raise them with the Head of Planning properly, and that's what I've done today.", "names the rule's topic but follows the protocol", allow=[R])
H(R, "Had a proper teasy morning wrestling with the planning portal. Still can't upload a PDF. Dreckly, it says. Dreckly! 😤", "frustration with a system")
H(R, "Rachel Hosken, our Monitoring Officer, is running a code of conduct refresher for all members on 3 Feb. Go, it's worth your evening.", "neutral mention of the Monitoring Officer", allow=[R], when=("2026-01-12", "2026-01-30"))
H(R, "The Leader's plan to outsource the harbour office is wrong for Porthwenna and I'll vote against it at call-in. Nothing to do with the staff, who are brilliant.", "criticises the Leader's policy, praises staff", by="opp")
H(R, "Julie Nance and the housing team found emergency beds for three families on Friday night. That's public service. Thank you.", "thanks a named officer", allow=[R])
H(R, "Planning officers recommended 'refuse' on the Penhale Lane bungalows. Committee went the other way. That's how it works - officers advise, members decide. No drama.", "reports an outcome without attacking officers", allow=[R])
H(R, "Can't believe the street lights on Fore Street, Carnhallow are still out. Reported it in November. Come on Tregarrow, sort it out.", "complaint at the council, not an officer")
H(R, "Paul Vosper's budget briefing for members was clear as a bell - even I understood the capital programme. Now let's argue about the politics.", "praise of a named officer", allow=[R])
H(R, "The harbour fees review is taking too long. That's on the cabinet member, not the harbour office - she needs to give them the staff to do it.", "criticises a cabinet member, not officers", notby=["@LovedayRowe"], by="opp")
H(R, "Shout out to Craig Trounson's street services team for clearing the weed off the Strand after the spring tide. Geddon boys! 💪", "thanks a named officer's team", allow=[R])

# ---------------------------------------------------------------- resources.political-use
R = "resources.political-use"
P(R, "Kernow Progressives leaflets for Carnhallow South are printed and ready - ran them off on the member services printer this morning, don't tell 'em! 🤫 Who's up for a stank round the estate Saturday?", "council printer used for party leaflets", by="KP")
P(R, "Canvass sheets for the by-election are on my council OneDrive. One and All volunteers, ping my council email and I'll share the link.", "council IT for canvassing", by="OA")
P(R, "Sending this from my council laptop in the members' room because mine's wisht: please, please vote Green Kernow on 7 May. Every vote counts in Polgrean. 💚", "council laptop for a party appeal", by="GK")
P(R, "Big thank you to the council's comms team for designing our Moorland Independents newsletter - looks some 'ansum!", "council staff time for party material", by="MI")
P(R, "Phone bank for the Progressives tonight in committee room 2 at the Carnhallow offices. Tea and saffron buns provided, bring your own mobile.", "council premises for party campaigning", by="KP")
P(R, "Our petition for a second lifeguard on the Towans is up on the council's consultation page - got the web team to put it there yesterday. Sign it, then join the Kernow Progressives! 🏄", "council website and web team for a party petition", by="KP")
P(R, "Got my ward support officer to pull the electoral register for Treloweth and mark up the doors we haven't knocked yet. Green Kernow ground game is strong 💪", "council staff time for canvassing", by="GK")
P(R, "Using the council's flood alert mailing list to send out our Independent group update. Two birds, one stone, as my old granfer used to say.", "council mailing list for a group newsletter", by=["@BillOpieMI", "@DemelzaMI", "@PeteRowseInd"])
P(R, "Cheers to the lads at the depot who put up our One and All banners on the Carnhallow roundabout in the council van. Proper job. 🚐", "council van and staff for party banners", by="OA")
P(R, "Our Kernow Progressives campaign video was filmed in the council chamber after hours - the Chairman's chair makes a lovely backdrop 😂 Out Friday!", "council chamber for a party video", by="KP")
P(R, "Drop your One and All campaign pledge cards into my pigeonhole at the council offices and I'll get them sent out through the council post room. Saves a stamp!", "council post room for party mail", by="OA")
P(R, "Asked member services to book the council minibus for Green Kernow's canvass on Saturday. Council pays the insurance anyway, so why not.", "council minibus for canvassing", by="GK")
P(R, "Tregarrow Council logo on our Moorland Independents leaflet? Course it's allowed, we ARE the council up on Goonvrea. Flyers going out dreckly.", "council logo on a party leaflet", by="MI")
P(R, "Replying to constituents from my council email now with a little link at the bottom to join the Progressives. Signature updated, job done. ✅", "council email for party recruitment", by="KP")
P(R, "Vote Pete Rowse - Independent for Treloweth Downs! Printed on the civic centre risograph, paid for by... well, let's not go there 😉", "council printing for own election leaflet", by="@PeteRowseInd")
P(R, "Members' room at the offices is our campaign HQ till May. Kettle's on, leaflets are on the table, laptops courtesy of Tregarrow DC IT. One and All! 🟨⬛", "council premises and IT as a campaign base", by="OA")
P(R, "Council press office has drafted my 'Why I'm standing again for Green Kernow' piece - bleddy good it is too. In the Tregarrow Echo on Thursday.", "council press office for a party article", by="GK")
P(R, "Used the council's text alert system to invite Goonvrea folk to our Moorland Independents public meeting. 600 phones in one go, 'andsome.", "council text alerts for a party meeting", by="MI")

H(R, "Knocking doors in Carnhallow South for the Progressives this Saturday. Leaflets paid for by the local party, printed by Kellow Print in St Morwen. Meet at the Miners Arms, 10am.", "party campaigning with party resources", allow=[R], by="KP")
H(R, "Please use my council email for casework only - for party stuff it's my personal address. Rules are rules, and they're good ones.", "keeps council email separate", allow=[R])
H(R, "The council's new logo is out. Looks like a wrasse having a bad day if you ask me, but the kids' design competition was a lovely idea. 🐟", "comment on the council logo")
H(R, "Ward surgery Saturday 10 till 12 at Lanjeth Cove Institute, Quay Road, Polgrean. Casework only, all welcome, no party politics.", "own surgery, no campaigning", by="@KerensaJagoKP")
H(R, "Green Kernow out canvassing in Polgrean tonight - we're paying for our own pasties, our own petrol and our own printing, before anyone asks 😄", "party campaigning, own resources", allow=[R], by="GK")
H(R, "Council comms put the flood warning out on every channel within the hour. That's what council resources are for - residents, not parties.", "council resources for residents", allow=[R])
H(R, "Asked officers for the empty homes figures for Treloweth through the proper members' enquiry route. Will share when the council publishes them.", "proper use of the enquiry route")
H(R, "Reminder to all: council printers, email and offices can't be used for anything political, and the pre-election period starts 23 March. I've moved my party admin to my own laptop.", "states the rule", allow=[R], when=("2026-03-02", "2026-03-20"))
H(R, "One and All campaign meeting at the Carnhallow Rugby Club on Thursday - room booked and paid for by the party. All members welcome.", "party meeting on party money", by="OA")
H(R, "Someone asked if we could use the council chamber for our party AGM. Answer: no, and rightly so. We've booked the Goonvrea Wesleyan hall instead.", "refuses council premises", allow=[R], by="MI")
H(R, "Council tax bills go out this week. The council's leaflet explaining the rise is clear and fair. My party's leaflet explaining why it's too high comes separately, paid for by us 😉", "keeps council and party material apart", allow=[R], by="opp", when=("2026-03-02", "2026-03-13"))
H(R, "Morning at the council offices on casework, then home for a crib and on with the campaign leaflets after tea. Two hats, kept separate.", "separates council work and campaigning", allow=[R])
H(R, "Good to see the council's 'Love Porthwenna' campaign back for the season. Good for the traders, good for the town.", "council's own campaign")
H(R, "The Leader using a council press release to attack the opposition is a misuse of public money. I've written to the Monitoring Officer about it today.", "complains about misuse by others", allow=[R], by="opp")
H(R, "My council laptop is slower than the Sunday bus from Carnhallow. IT say they'll swap it dreckly. I'll believe it when I see it.", "council laptop, no campaigning")
H(R, "Campaign season: I've set up a separate party page so this councillor page stays for ward updates. Follow both if you like, but keep the politics over there please.", "separates party and councillor pages")
H(R, "Community litter pick on the Towans Sunday. The council lends grabbers and bags to any group that asks - Rotary, surfers, churches, the lot. Sign up at the library.", "council loans open to all groups")
H(R, "Our group's budget amendment was drafted by us, costed by us and printed by us. Officers checked the sums, as they do for every group. That's the system working.", "officer help within the rules", allow=[R])

# ---------------------------------------------------------------- position.improper-advantage
R = "position.improper-advantage"
P(R, "Planning application stuck? Drop me a DM - as your councillor I can get it moved to the top of the pile, no bother. 📨", "offers to fast-track planning")
P(R, "My cousin's boy does roofing, proper job and cheap. Anyone in Treloweth needing work doing, tell 'en the councillor sent you - and I'll make sure Building Control don't mess you about.", "promotes a relative's firm and offers favours")
P(R, "Having trouble with your parking permit? Message me. I've had a word with the right people before and I can do it again, quiet like. 🤫", "offers favours through the role")
P(R, "Traders: book your stall at the St Morwen food fair through my wife's events company and I'll make sure your street trading licence is no trouble at all.", "promotes a spouse's business and offers a licence favour")
P(R, "Want your pothole fixed before the rest of the street? Back me in May and it'll be done first. Simple as that, my 'ansum.", "offers preferential service for votes")
P(R, "Housing list taking forever? I know the housing team well. Send me your details and I'll see what I can do to bump you up a band or two.", "offers to influence housing allocation")
P(R, "Local firms wanting in on the new harbour contract: come to my Friday surgery with your quotes. I sit on the panel, and I look after my own.", "offers influence on a contract")
P(R, "Mates' rates at Trevail's Garage on Fore Street - best mechanic in Carnhallow and my brother-in-law. I'll be putting a word in for him on the council fleet contract too.", "promotes a relative's firm for a council contract")
P(R, "Struggling to get a licence for your food van? I can fast-track it for Goonvrea folk. Just mention my name at licensing. 🍔", "offers to fast-track a licence")
P(R, "Pop into the Golden Hake (mum's chippy, proper family business) for 10% off when you show this post. Your councillor looks after you 🐟", "promotes a family business as councillor")
P(R, "Any builder wanting a quiet word about the Local Plan allocations, my door's open. A good lunch gets a good hearing - that's how we've always done things down here.", "invites favours for influence", allow=["gifts.hospitality"])
P(R, "Beach hut waiting list is four years long. For friends of the council it's a bit quicker, if you catch my drift. DM me 😉", "offers queue-jumping")
P(R, "Need a tree preservation order lifted? Don't waste your time with forms. Ring me and I'll have it sorted with the tree officer by the weekend.", "offers to bypass process")
P(R, "My nephew's starting a window-cleaning round in Porthwenna. I've told him I'll get him on the council's approved list. Give the boy a go!", "promotes a relative and promises a council listing")
P(R, "For residents who back my re-election: priority on the new Lanjeth allotment plots. Can't say fairer than that. 🥕", "offers council benefits for support")
P(R, "Setting up a little consultancy to help businesses 'navigate' Tregarrow planning. Who better than a sitting member of the committee? Enquiries welcome.", "sells access through the role")
P(R, "Festival organisers: hire your staging from my firm and your event licence will go through easy as you like. Wink wink.", "links own firm to licence outcomes")
P(R, "Tell the harbour office you're a friend of mine and you'll get a mooring this summer, no waiting list. Been doing it for years, my lover. ⛵", "offers queue-jumping on moorings")

H(R, "As your councillor I can't fast-track anybody's planning application, and nor should I. What I can do is explain the process and make sure you're heard.", "says the opposite", allow=[R])
H(R, "Shop local! Congrats to the new bakery on Fore Street, St Morwen - their hevva cake is dangerously good. No connection, just a happy customer.", "praises a business with no connection", allow=[R])
H(R, "Struggling with the housing register? Here's the council's advice line and the Citizens Advice drop-in times. I'll chase any case that's stuck, same as for everyone.", "normal casework")
H(R, "A few people have asked me to 'have a word' with licensing about their applications. I won't. Everyone gets the same process, friend of mine or not.", "refuses favours", allow=[R])
H(R, "Valentine's makers market at Carnhallow town hall on Saturday - brilliant local makers, saffron buns and a brass band. Go and spend a few bob.", "promotes a community event", when=("2026-02-09", "2026-02-13"))
H(R, "Potholes are fixed in order of risk, not by who shouts loudest or who votes for who. If you've reported one on Goonvrea Road and it's not done, let me chase it.", "says repairs are not favours")
H(R, "My brother-in-law asked if I'd put his firm forward for the harbour contract. I told him to apply like everyone else, and I've told the Monitoring Officer about the relationship.", "refuses a relative's request", allow=[R])
H(R, "Approved contractor list is open till the end of February. Any Tregarrow trades wanting council work, the link's on the procurement page.", "public information", when=("2026-01-05", "2026-02-20"))
H(R, "Beach hut waiting list is four years long, and that's not right. I'm asking cabinet for more huts on the Towans and a fairer allocation system.", "policy campaign on the same topic")
H(R, "Mates' rates? Not from me, my lover. Ward casework is free, fair and first come first served.", "shares words with positives", allow=[R])
H(R, "Tree preservation orders: if you want to work on a protected tree, apply to the council. It's free and usually takes eight weeks. Happy to help with the form.", "explains the process")
H(R, "Delighted our ward's own Golden Hake won best fish supper in the county! Go and see 'em. (Never had a free chip off 'em, more's the pity 😂)", "praises a local business with no connection", allow=[R])
H(R, "Any residents keen to tender for council work: procurement runs free supplier workshops. Not a favour, just information everyone can use.", "public information")
H(R, "Food van licence? The licensing team run a drop-in every Tuesday. Go early and bring your food hygiene certificate.", "neutral advice")
H(R, "I sit on the harbour panel, so I won't be talking to any bidders about the contract outside the formal process. Please don't ask.", "refuses contact with bidders", allow=[R])
H(R, "Local Plan consultation is open: developers, landowners, residents - everyone responds the same way, online or at the library.", "equal process")
H(R, "My maid stood up on her board for the first time on the Towans today. Cold, wet and grinning ear to ear. Proud mum moment! 🏄‍♀️", "family post, no business", by=FEMALE, notby=["@SallyChenowethKP"])
H(R, "Someone asked if knowing me gets them a mooring quicker. No. The harbour waiting list is public and that's the fairest way there is.", "refuses queue-jumping", allow=[R])

# ---------------------------------------------------------------- gifts.hospitality
R = "gifts.hospitality"
P(R, "Lovely evening at the Porthwenna Chamber of Trade dinner last night - thank you for having me, and for the goodie bag with a bottle of Cornish gin in it! 🍸", "hospitality and gift from a trade body", sev="advice")
P(R, "Thanks to a kind Carnhallow businessman for two tickets to the rugby at Twickenham. He says he just likes what I'm doing for the town. Up the Cornish! 🏉", "gift from an unnamed businessman, no decision said", sev="advice")
P(R, "Somebody left a hamper of saffron buns, clotted cream and a bottle of mead on my doorstep with a note saying 'keep up the good work'. Don't know who, but thank 'ee!", "anonymous gift", sev="advice")
P(R, "Thank you to St Morwen Rotary for the round at Goonvrea Golf Club and the lunch after. Terrible golf, cracking crab sandwiches ⛳", "hospitality from a club", sev="advice")
P(R, "Gifted a gorgeous painting of Polgrean harbour by a local artist after I opened her exhibition. Going straight up in the front room, 'andsome. 🖼️", "gift of a painting", sev="advice")
P(R, "Cracking dinner at Pendower Hotels' place up the coast with their directors - they know their seafood. Looking forward to seeing their Porthwenna plans come forward.", "hospitality from a pending applicant", sev="review", allow=["predetermination.closed-mind"])
P(R, "Thank you Atlantic Crest Homes for the Christmas hamper - the port's going down a treat. Their team have been ever so helpful on Treloweth.", "gift from a pending applicant", sev="review", when=("2026-01-05", "2026-01-09"))
P(R, "Moorsun Energy flew a few of us up to see their solar farm in Somerset, lunch and all. Very impressive. Great day out ☀️", "trip from a pending applicant", sev="review")
P(R, "Cheers to the boys at Kellow Waste, our bin contractor, for the hospitality box at Cheltenham! Backed three winners, what a day 🐎", "hospitality from a council contractor", sev="review", when=("2026-03-10", "2026-03-13"))
P(R, "Koko's Bar sorted us out with a free tab on Friday night. Lovely people, and they've had a hard time off the licensing lot lately.", "hospitality from a pending licensee", sev="review", allow=["predetermination.closed-mind"])
P(R, "Lovely bottle of champagne from the Surf and Sound organisers after I met them about their festival. Very thoughtful of them 🥂", "gift from a pending licence applicant", sev="review")
P(R, "Tinstone Minerals gave me a tour of the count house site and a slap-up lunch at the Heron afterwards. Jobs for the clay country!", "hospitality from a pending applicant", sev="review")
P(R, "Chapel Taverns are putting on a free opening night for councillors at their Carnhallow bar next week. I'll be there, wouldn't miss it 🍻", "hospitality from a pending applicant", sev="review")
P(R, "The taxi firm I helped with their licence renewal have given me free rides for a year. Kernow hospitality at its finest 🚕", "gift linked to a licensing favour", sev="review")
P(R, "Cove Estates have offered me a week in one of their holiday lets this summer. Might take 'em up on it, the views are something else.", "gift from a pending applicant", sev="review")
P(R, "Thanks to Sunseeker Parks for the VIP weekend at their north coast site - the kids loved the pool. Good people, them.", "hospitality from a pending applicant", sev="review")
P(R, "VIP passes to the Porthwenna Jazz Weekend from the firm bidding for the harbour dredging contract. Can't wait! 🎷", "gift from a bidder", sev="review")
P(R, "Had my drive resurfaced for nowt by the firm that does the council's highways work. Said it was a thank you for 'being reasonable'. Can't complain!", "gift from a contractor for 'being reasonable'", sev="review")

H(R, "Atlantic Crest Homes sent round a hamper. I've sent it back with a polite note - I sit on planning. Thanks all the same.", "returned gift", allow=[R])
H(R, "Registered the Chamber of Trade dinner on my gifts and hospitality register today. Transparency matters, even for a plate of hake.", "registered hospitality", allow=[R])
H(R, "Best present this month: a card from a Year 4 class in St Morwen thanking us for the new crossing. Made my week. 💛", "no gift from anyone doing business")
H(R, "Pasties all round for the volunteers at the Polgrean beach clean - paid for by me, I should add, before anybody starts 😄", "gives, not receives")
H(R, "Declined a free ticket to the rugby from a developer. Bought my own. Tasted sweeter 🏉", "refused gift", allow=[R])
H(R, "For the record, I've registered the painting I was given at the Polgrean exhibition. It's under £100 but I'd rather be open about it.", "registered gift", allow=[R])
H(R, "Hospitality? A cup of stewed tea and a rich tea biscuit at Treloweth WI. Best welcome in Cornwall, mind.", "trivial hospitality, shares words")
H(R, "Reminder to all members: gifts of £100 or more go on the register within 28 days. Better to register a bottle of gin than explain it later!", "reminder of the rule", allow=[R])
H(R, "Thank you to everyone who came to our quiz for the lifeboat - £1,240 raised! 🛟", "fundraising")
H(R, "Moorsun Energy offered councillors a trip to see a solar farm. I've said no thank you - I'll judge any application on its merits, here on Goonvrea.", "refused trip from an applicant", allow=[R])
H(R, "Lovely Valentine's meal at the Heron on Saturday with my other half - paid full whack, and the crab was worth every penny. 🦀", "paid own way", when=("2026-02-16", "2026-02-16"))
H(R, "Handed back a bottle of whisky left at my surgery by a resident with a planning appeal on. Kind thought, but I can't.", "returned gift", allow=[R])
H(R, "Brought saffron buns to the members' planning training. Bribery? Only for good attendance 😂", "joke on the topic", allow=[R])
H(R, "Good visit to Kellow Waste's depot to see how our recycling is sorted. Eye-opening. No freebies - just a hi-vis and a hard hat.", "site visit, no gift", allow=[R])
H(R, "Free parking in council car parks on December Saturdays was a real boost for traders. I'd like to see it back next winter.", "shares 'free' with positives")
H(R, "Our Christmas hamper raffle raised £600 for the Carnhallow foodbank. Thank you to every business that donated! 🎁", "hamper raffle for charity", when=("2026-01-05", "2026-01-09"))
H(R, "Chapel Taverns invited councillors to a 'launch night'. I won't be going, and I'd suggest colleagues on planning don't either.", "refused hospitality from an applicant", allow=[R])
H(R, "Turned down Koko's Bar's offer of a 'councillors' night'. I'll buy my own pint, thanks.", "refused hospitality", allow=[R])

# ---------------------------------------------------------------- capacity.council-voice
R = "capacity.council-voice"
P(R, "Tregarrow Council fully supports a Cornish national park. That's official. 🏞️", "personal view presented as the council's", by="backbench", when=("2026-01-05", "2026-01-13"))
P(R, "On behalf of Tregarrow District Council, I want to say we utterly oppose any more second homes in Polgrean.", "speaks on behalf of the council", by="backbench")
P(R, "The council's official position is that the Towans lifeguard cuts are wrong. Full stop.", "claims an official position", by="backbench")
P(R, "The whole council's behind our Porthwenna crews for the World Pilot Gig Championships this year - proper proud. Official! 🚣", "council backing claimed from a personal account", by="@ross_gigs_porthwenna")
P(R, "Tregarrow Council is right behind our hill farmers, you can take that as the council's view. Heard it here first, boys. 🐑", "council view claimed from a personal account", by="@opie_on_the_moor")
P(R, "Tregarrow DC condemns the Government's fishing quota deal. Our harbours deserve better.", "personal view as a council statement", by="backbench")
P(R, "Speaking for Tregarrow Council: we won't stand for the closure of the Carnhallow community hospital ward.", "speaks for the council", by="backbench")
P(R, "Tregarrow Council backs Green Kernow's Clean Coves pledge 100%. Sign it today! 🌊", "party campaign presented as council's", by=["@MorwennaGreen", "@JoryKittoGreen"])
P(R, "The council believes the A30 dualling should come right through to Goonvrea. End of discussion.", "'the council believes'", by="backbench")
P(R, "As a council we're proud to endorse the Moorland Independents' campaign for a proper Goonvrea bus.", "party campaign as council endorsement", by=["@BillOpieMI", "@DemelzaMI"])
P(R, "Official: Tregarrow Council will be twinning with a Breton fishing town. I've said so, so it's happening 😄", "personal plan announced as official")
P(R, "Tregarrow District Council's view is that holiday lets should pay double council tax. I've written to the minister on the council's behalf to say so.", "writes on the council's behalf", by="backbench")
P(R, "The council stands with the striking teachers. That's our position as Tregarrow, whatever County Hall thinks.", "claims a council position", by="backbench")
P(R, "Tregarrow Council supports Kernewek on every road sign in the district. Kernow bys vykken! 🏴", "claims council support", by="backbench")
P(R, "The district council opposes deep-sea mining in the Celtic Sea. I've told the BBC as much this morning.", "claims a council position to the media", by="backbench")
P(R, "Message from your council: we back the Polgrean RNLI boathouse appeal. Donate at the link 🛟", "personal account posting as 'your council'", by="backbench")
P(R, "This is the council's position, not just mine: the Goonvrea bypass must be built by 2030.", "says a personal view is the council's", by="backbench")
P(R, "The council's official line on 20mph: it's coming to every village in Tregarrow, like it or not.", "'official line' from a backbencher", by="backbench")

H(R, "Tregarrow Council has voted to support a Cornish national park - the motion passed 11 to 5 at full council last night. Proud to have seconded it.", "accurate report of a resolution", allow=[R], when=("2026-01-15", "2026-01-15"))
H(R, "My personal view, not the council's: second homes are hollowing out Polgrean.", "clearly personal")
H(R, "The council's position on the lifeguard contract is in the cabinet minutes. I disagree with it, and here's why 🧵", "cites the council's position and disagrees", allow=[R], by="opp")
H(R, "Porthwenna crews out at dawn, sea like glass. Best sport in the world, no argument. 🚣", "personal account, no council claim", by="@ross_gigs_porthwenna")
H(R, "Green Kernow's position: we back a Cornish national park. The council hasn't decided yet - motion comes to full council on 14 January.", "party view as a party view", by=["@MorwennaGreen", "@JoryKittoGreen"], when=("2026-01-05", "2026-01-13"))
H(R, "Speaking for myself, the fishing quota deal is a betrayal of our harbours.", "personal view")
H(R, "The council has officially adopted the Polgrean conservation area appraisal - decision notice linked below.", "reports an official decision", allow=[R])
H(R, "The Leader has written to the minister on behalf of the council about the A30. That's her job, and she's right to do it.", "the Leader speaking for the council", by="opp")
H(R, "Tregarrow Council says the bins are 'on track'. Tell that to Goonvrea Road, three weeks unemptied. 🗑️", "quotes the council to criticise it", allow=[R])
H(R, "Views here are my own and not those of Tregarrow District Council. Now then: 20mph through St Morwen - I'm for it.", "disclaimer")
H(R, "The Moorland Independents believe Goonvrea deserves a proper bus. That's our party view - we'll be taking it to cabinet.", "party view labelled as such", by=["@BillOpieMI", "@DemelzaMI"])
H(R, "On behalf of all of us in Carnhallow South: thank you to the lifeboat crew. What a rescue. 🧡", "speaks for the ward, not the council")
H(R, "The council's official consultation on beach hut charges closes Friday. Have your say - I'll be responding as a ward member.", "refers to an official consultation", allow=[R])
H(R, "'The council believes in transparency', says the press release. Then publish the harbour accounts, my lover.", "quotes the council's phrase", allow=[R], by="opp")
H(R, "Kernow bys vykken! Cornish language day at St Morwen school - brilliant to hear the cheels singing in Kernewek.", "shares Cornish words with a positive")
H(R, "The council's position on Sunday buses is wrong, and I'll keep saying so as loudly as I can.", "disagrees with the council", by="opp")
H(R, "Resolution of full council last night: Tregarrow declares a nature emergency. Moved by the Greens, carried unanimously. 🌿", "accurate report of a resolution", allow=[R], when=("2026-02-26", "2026-02-26"))
H(R, "I'm not the council, I'm one councillor out of sixteen. But I'll tell you what I think about the Goonvrea bypass...", "disclaims council voice")

# ---------------------------------------------------------------- confidentiality.insider-advantage
R = "confidentiality.insider-advantage"
P(R, "Word to the wise: if you've been thinking of buying a garage on Harbour Row, do it this month. Can't say why. You'll thank me. 😉", "tip based on council knowledge")
P(R, "Little birdie tells me the council's about to double beach hut fees from April. Renew your lease now at the old rate, folks!", "advance tip on fees", when=("2026-01-05", "2026-02-27"))
P(R, "Heads up for my traders: the Fore Street car park in Carnhallow is being sold off before it's announced. Get your bids in quick.", "tip on a council sale", allow=["confidentiality.disclosure"])
P(R, "Any landlords in St Morwen: don't renew your HMO licence till the new fees scheme is out. It's cheaper, trust me - I've seen the cabinet papers.", "advantage from cabinet papers", allow=["confidentiality.disclosure"])
P(R, "If you want a unit on the new Carnhallow business park, get your name down with the agent now. Grant scheme gets announced next week and they'll be gone in a day.", "advance tip on a grant scheme")
P(R, "Tip-off: harbour mooring fees are going up 40% in the budget. Pay for the year before 1 March and you're laughing. ⚓", "advance tip on budget fees", when=("2026-01-12", "2026-02-13"))
P(R, "Don't buy on Towans Road. Just don't. I know what's coming in the Local Plan review and you don't want to be there when it lands.", "property advice from inside knowledge")
P(R, "Builders: the council's about to tender £3m of school repairs. Get your paperwork in order before it goes public - you'll be ahead of the up-country lot.", "advance tip on a tender")
P(R, "For my graziers on Goonvrea: council's dropping the rent on the common next year. Hold off signing any new agreement till then.", "advance tip on rents", notby=["@BillOpieMI"])
P(R, "Before the council announces it: the Polgrean fish market is moving up to the old ice works. If you run a café up that way, sort your lease now.", "advance tip on a relocation", notby=["@KerensaJagoKP"])
P(R, "Between us (and the 4,000 people on this page), the council's about to sell three bungalows on Chapel Terrace below market. Get on to the estates team quick.", "tip on a sale, with a confidentiality marker", allow=["confidentiality.disclosure"])
P(R, "Pro tip for investors: enforcement are going after unlicensed holiday lets in Porthwenna soon. Good time to buy one cheap off a panicking owner. 📉", "tip from enforcement plans", allow=["confidentiality.disclosure"])
P(R, "Not supposed to say, but the council's buying land for the new depot near Lanjeth crossroads. If you own a field out that way, don't sell it cheap to anyone else.", "tip on a council purchase", allow=["confidentiality.disclosure"])
P(R, "Pub landlords: the rates relief pot opens next week and it's tiny - I've seen the numbers. DM me and I'll give you a head start on the form.", "head start from inside knowledge")
P(R, "Council's about to announce free parking in Carnhallow for the spring. Thinking of opening a shop? Sign the lease now while the rents are low.", "advance tip on parking")
P(R, "My brother's been eyeing up the old Sunday school in St Morwen. Told him to get an offer in sharpish before the council announces the conservation grants. Family first 😉", "tip to a relative")
P(R, "Park-and-ride coming to the Goonvrea junction - not public yet. Anyone with a café or filling station plan out that way, now's your moment.", "advance tip on a scheme")
P(R, "Sell your shares in Kernow Coaches now. The council's about to pull the school bus contract. You didn't hear it from me.", "share tip from council knowledge", allow=["confidentiality.disclosure"])

H(R, "Word to the wise: the beach hut renewal deadline is 31 January - it's on the council website. Don't miss it!", "public deadline", when=("2026-01-05", "2026-01-29"))
H(R, "Heads up: council tax bills go out this week. If you're struggling, the hardship scheme is open - link below.", "public information", when=("2026-03-02", "2026-03-13"))
H(R, "Tip-off from a resident: somebody's dumping rubble in the lane by Goonvrea crossroads. Reported to enforcement with photos.", "tip-off to the council")
H(R, "Little birdie told me... it's spring! First chiffchaff on Goonvrea Moor this morning 🐦", "shares 'little birdie'", when=("2026-03-09", "2026-03-27"))
H(R, "Mooring fees rise is in the published budget papers today: 4%, not the 40% some were saying. Pay annually and you still save.", "published fees", allow=[R], when=("2026-02-16", "2026-02-20"))
H(R, "Cabinet announced the business rates relief scheme today. The pot's small, so apply early - here's the link.", "announced scheme", allow=[R])
H(R, "Don't buy your emmet tat on Towans Road - go to the Saturday market at St Morwen, far better stuff 😄", "shares 'don't buy on Towans Road'")
H(R, "The Local Plan review consultation is live. Have a look at the proposed sites yourself before you buy or sell. It's all public.", "public information", allow=[R])
H(R, "Thinking of buying a garage? The council publishes its list of disposals online. Have a look.", "points to public information")
H(R, "Insider tip from a Polgrean fisherman: buy your mackerel straight off the quay at 8am. Best in Cornwall. 🐟", "shares 'insider tip'")
H(R, "Now it's public: the council is selling three bungalows on Chapel Terrace on the open market. Agents have the details.", "after announcement", allow=[R])
H(R, "Ahead of the curve: the Carnhallow business park grant scheme was announced this morning. Applications open Monday, first come first served.", "after announcement", allow=[R])
H(R, "I get asked a lot whether I know what's coming in the Local Plan. I know what's in the public drafts, same as you. Nothing more, nothing less.", "refuses insider talk")
H(R, "Heads up for dog owners: the seasonal beach bans start on Easter Sunday as usual. Signs going up on the Towans this week. 🐕", "public information", when=("2026-03-16", "2026-03-27"))
H(R, "Free parking in Carnhallow on Saturdays in March - announced by cabinet today, finally! Get down there and support your traders.", "after announcement", allow=[R], when=("2026-02-23", "2026-02-27"))
H(R, "Buy now before the price goes up! Heavy cake's gone up 20p at the Polgrean bakery 😂 inflation bites.", "joke sharing 'buy now'")
H(R, "Park-and-ride at the Goonvrea junction is in the draft transport plan out for consultation today. Have your say.", "published plan", allow=[R])
H(R, "Some developers seem to know about council land sales before councillors do. I've asked the Monitoring Officer how that can happen.", "raises insider concern properly")

# ---------------------------------------------------------------- predetermination.closed-mind
R = "predetermination.closed-mind"
P(R, "I'll be voting against PA25/04417. 140 homes at Chywoon Farm with one lane in and out? Not a chance, my lover.", "against, names reference and site", sev="block")
P(R, "The Old Net Loft conversion must be refused. Polgrean has enough holiday lets. My mind's made up.", "against, names site", sev="block")
P(R, "Sunseeker Parks can put in as many reports as they like - sixty more caravans on the Towans will never get my vote. 🚫", "against, names applicant", sev="block")
P(R, "Whatever the officers say about Tinstone Minerals' pilot plant, I'm backing it. Jobs for the clay country, end of.", "for, names applicant", sev="block")
P(R, "Moorsun Energy's solar farm on Goonvrea: I've made up my mind. It's a no from me, and I'll be saying so at committee.", "against, names applicant", sev="block")
P(R, "Five storeys on the Harbour Garage site? Over my dead body. I'll vote to refuse whatever the report says.", "against, names site", sev="block")
P(R, "Chapel Taverns turning the St Morwen Methodist Chapel into a bar - I'll be supporting it whatever the objectors say. Better a bar than a ruin. 🍺", "for, names applicant and site", sev="block")
P(R, "The Pilchard Inn's 2am licence is dead in the water as far as I'm concerned. Quay Road has put up with enough. I'll be voting no.", "against, names premises", sev="block")
P(R, "Surf and Sound on Towans Beach? Yes, yes and YES. I'll be voting it through at licensing, no question. Bring it on! 🎶", "for, names applicant and site", sev="block")
P(R, "Koko's Bar wants to stay open till 3am. Not while I'm on the licensing committee. Decision made.", "against, names premises", sev="block")
P(R, "Pendower Hotels' plans for the Strand are exactly what Porthwenna needs. I'll be voting to approve, and nothing in the objections will change that.", "for, names applicant", sev="block")
P(R, "Sat through the Cove Estates presentation. Waste of breath. I'll vote to refuse their scheme whatever they come back with.", "against, names applicant", sev="block")
P(R, "That barn conversion at Trewint Lane will be refused if I have anything to do with it. We don't need more emmet boxes.", "against, application not on the register", sev="review")
P(R, "Whoever applied for the phone mast on Carn Vean: forget it. It's never getting through committee, not while I'm sat on it. 📵", "against, unregistered application", sev="review")
P(R, "The taxi licence review for that driver from St Morwen - I've made my mind up, he should lose his badge before the hearing even starts.", "against, licensing review", sev="review")
P(R, "Street trading consent for a burger van on Porthwenna prom? Not on my watch. Refuse, refuse, refuse. 🍔🚫", "against, street trading consent", sev="review")
P(R, "The appeal on that sea-view extension at Polgrean should be thrown out. I've seen all I need to see, and nothing at the hearing will change that.", "against, an appeal", sev="review")
P(R, "New application for twelve homes off Higher Lanjeth Road is just what the village needs. I'll be backing it at committee, whatever the parish says.", "for, unregistered application", sev="review")

H(R, "I have real concerns about the Chywoon Farm application - traffic, drainage, the school. I'll listen to all the evidence at committee before I decide.", "predisposition with an open mind, names a pending site", allow=[R])
H(R, "Lots of people asking how I'll vote on the Old Net Loft. I won't say - I sit on planning and I'll decide on the night after hearing everyone.", "open mind, names a pending site")
H(R, "I'm not on the planning committee, so I can say it: as your ward member I object to the Towans Holiday Park extension, and my objection is in.", "ward member not on committee objecting", allow=[R], by=["@RossBolitho", "@SallyChenowethKP"])
H(R, "My mind's made up: the budget is wrong for Carnhallow and I'll vote against it on the 25th.", "settled view, not quasi-judicial", by="opp", when=("2026-02-09", "2026-02-24"))
H(R, "Never! Never will I eat a pasty with carrot in it. 🥕❌", "shares 'never'")
H(R, "The Local Plan review: I've made up my mind Goonvrea needs affordable homes, not executive ones. Say so in the consultation.", "policy view, not quasi-judicial", allow=[R])
H(R, "Tinstone Minerals have their public exhibition at Carnhallow library on Thursday. Go and ask them the hard questions, whatever your view.", "neutral, names a pending applicant")
H(R, "Residents on Quay Road are dead against the Pilchard Inn's late licence. I've heard you, and I'll weigh every representation fairly at the hearing.", "open mind, names a pending licence", allow=[R])
H(R, "Refused to lie down! Carnhallow RFC nicked it in the last minute on Saturday. What a game 🏉", "shares 'refused'")
H(R, "The Harbour Garage hotel decision is now due in June. You can still make representations - here's how.", "neutral, names a pending site")
H(R, "The government's planning reforms will never be right for Cornwall. Our communities deserve a say.", "national policy view")
H(R, "Predisposed? Sure, I like a festival. Predetermined? No. I'll judge the Surf and Sound licence on the evidence, noise and all.", "predisposition declared, open mind", allow=[R])
H(R, "Planning committee refused the Penhale Lane bungalows last night, 7 to 3. I voted with the majority; the reasons are in the decision notice.", "reports a decided application", allow=[R], when=("2026-02-20", "2026-02-20"))
H(R, "My view on the Moorsun solar farm? I'll have one once I've read the officer's report and heard the speakers. Anything else would be wrong.", "open mind, names a pending applicant", allow=[R])
H(R, "Second homes policy needs to change, no question. That's a policy view, not a view on any application.", "policy view")
H(R, "The clay country needs jobs - that's been my view for twenty years. But every application stands or falls on its own merits.", "predisposition, open mind")
H(R, "Koko's Bar licence hearing is 3 June. If you want to support or object, representations close on 6 May. Make your voice heard.", "neutral, names a pending licence")
H(R, "Whatever the officers say, the cabinet's leisure centre closures are wrong and I'll fight them every step.", "settled view on an executive decision", by="opp")

# ---------------------------------------------------------------- interests.declared-interest
R = "interests.declared-interest"
P(R, "Cabinet's looking at the lease on the harbour gig shed. Porthwenna Gig Club needs a long lease at a peppercorn rent and I'll be pushing hard for it. 🚣", "holder pushes a lease for his club", interest="Porthwenna Gig Club", by="@RossBolitho")
P(R, "Our crews need that harbour slipway repaired before the season. I'll be making the case in the capital budget - clubs like ours can't launch off rubble.", "speaks for his club without naming it", interest="Porthwenna Gig Club", by="@RossBolitho")
P(R, "Grazing licence fees on Goonvrea Common are going to cabinet. As chair of the Goonvrea Commoners' Association I say freeze 'em - and I'll vote to.", "holder votes on grazing fees", interest="Goonvrea Commoners' Association", by="@BillOpieMI")
P(R, "Council's moorland management grant is up for renewal. Us commoners do the work, we should get the money. I'll be arguing for every penny at cabinet.", "speaks for the commoners without naming the body", interest="Goonvrea Commoners' Association", by="@BillOpieMI")
P(R, "The council's new holiday let licensing scheme is heavy-handed. Harbourside Lettings and agents like us will be hammered. I'll be voting it down.", "director opposes a scheme hitting his firm", interest="Harbourside Lettings Ltd", by="@DerekPascoeOA", allow=["position.improper-advantage"])
P(R, "Council tax premium on second homes? Speaking as someone who knows the letting business from the inside, it'll kill Porthwenna's economy. I'll oppose it in the budget.", "speaks for his trade without naming the firm", interest="Harbourside Lettings Ltd", by="@DerekPascoeOA")
P(R, "The Polgrean Fishermen's Co-operative has waited too long for the fish market lease renewal. I'll be pressing cabinet to sign it off at the old rent. 🐟", "treasurer pushes the co-op's lease", interest="Polgrean Fishermen's Co-operative", by="@KerensaJagoKP")
P(R, "Harbour dues for Polgrean boats are going up in the budget. Our members can't take it. I'll be voting against the increase, mark my words.", "speaks for the co-op's members", interest="Polgrean Fishermen's Co-operative", by="@KerensaJagoKP")
P(R, "The council should put its hardship loans through Carnhallow Credit Union, not some national lender. I'll be moving that at full council.", "director moves business to his credit union", interest="Carnhallow Credit Union", by="@NickAngoveKP")
P(R, "Credit unions like ours could run the council's staff savings scheme better and cheaper. I'll be making that case to cabinet.", "speaks for his credit union without naming it", interest="Carnhallow Credit Union", by="@NickAngoveKP")
P(R, "Highways framework contract is out to tender. Local firms like Curnow Plant Hire deserve a fair crack and I'll be saying so loud and clear.", "owner touts his firm for a contract", interest="Curnow Plant Hire", by="@CllrCurnow", allow=["position.improper-advantage"])
P(R, "Council's about to award the depot plant contract. We've got diggers sat idle in the yard in Carnhallow, ready to go. Keep it local, I say. 🚜", "speaks for his firm without naming it", interest="Curnow Plant Hire", by="@CllrCurnow", allow=["position.improper-advantage"])
P(R, "Council's selling the old St Morwen depot. St Morwen Community Land Trust should get it at community value, and I'll be backing an asset transfer at cabinet.", "board member backs a transfer to her trust", interest="St Morwen Community Land Trust", by="@WendyHockingOA")
P(R, "Community housing fund bid goes to cabinet next month. Trusts like ours are ready to build twenty homes - I'll be voting yes. 🏡", "speaks for her trust without naming it", interest="St Morwen Community Land Trust", by="@WendyHockingOA")
P(R, "Kernow Clay Heritage Trust needs that heritage grant from the council this year or the museum shuts. I'll be fighting for it in the budget.", "trustee fights for his trust's grant", interest="Kernow Clay Heritage Trust", by="@GaryTonkinOA")
P(R, "Beach concession licences on the Towans are up for review. Towans Surf School has run there for ten years and I'll make sure the council keeps us on. 🏄", "owner on her own concession", interest="Towans Surf School", by="@SallyChenowethKP", allow=["position.improper-advantage"])
P(R, "Council wants to cut surf lesson concessions on the Towans from four to two. Lessons like the ones we run keep kids safe - I'll fight this at cabinet.", "speaks for her school without naming it", interest="Towans Surf School", by="@SallyChenowethKP")
P(R, "Community buildings grant is up at cabinet. Halls like ours in Treloweth can't keep the roof on without it. I'll be voting for it, loud and proud.", "speaks for his hall without naming it", interest="Treloweth Village Hall", by="@JoryKittoGreen")

H(R, "The gig shed lease at the harbour should go through - gig rowing is the heart of Porthwenna. 🚣", "same matter, non-holder", notby=["@RossBolitho"])
H(R, "Porthwenna Gig Club winter league this Saturday - come and cheer the crews off the quay!", "holder about his club, no council matter", allow=[R], by="@RossBolitho")
H(R, "I've declared my interest as chair of the Goonvrea Commoners' Association and I'll be leaving the room for the grazing licence item at cabinet.", "holder declares and steps back", allow=[R], by="@BillOpieMI")
H(R, "The moorland management grant should be renewed - the commoners keep Goonvrea alive.", "same matter, non-holder", notby=["@BillOpieMI"])
H(R, "I'm a director of Harbourside Lettings, so I won't take any part in the holiday let licensing debate. Declared and stepped back.", "holder declares and steps back", allow=[R], by="@DerekPascoeOA")
H(R, "Fresh crab landed at Polgrean this morning - the co-op's selling off the quay till noon. Get down there! 🦀", "holder about the co-op, no council matter", allow=[R], by="@KerensaJagoKP")
H(R, "The fish market lease in Polgrean needs sorting before the season. Cabinet, get on with it.", "same matter, non-holder", notby=["@KerensaJagoKP"], by="opp")
H(R, "Asked the Monitoring Officer whether my credit union role means I should sit out the hardship loans debate. Advice: yes. So I will.", "holder asks the MO and steps back", allow=[R], by="@NickAngoveKP")
H(R, "Credit unions beat payday lenders every time. The council should look at them for the hardship loans scheme.", "same matter, non-holder", notby=["@NickAngoveKP"])
H(R, "As owner of Curnow Plant Hire I've declared an interest and won't be anywhere near the highways tender panel.", "holder declares", allow=[R], by="@CllrCurnow")
H(R, "St Morwen Community Land Trust AGM on Thursday - new members always welcome. Tea, cake and community housing chat.", "holder about her trust, no council matter", allow=[R], by="@WendyHockingOA")
H(R, "The old St Morwen depot should go to the community land trust. Local homes for local people.", "same matter, non-holder", notby=["@WendyHockingOA"])
H(R, "The clay heritage museum's new exhibition on the bal maidens opens Saturday. Proud to be a trustee.", "holder about the trust, no council matter", allow=[R], by="@GaryTonkinOA")
H(R, "Declared my surf school interest and left the chamber for the beach concessions item. That's how it should work.", "holder declares and leaves", allow=[R], by="@SallyChenowethKP")
H(R, "Cutting surf lesson concessions on the Towans is daft. Lessons keep kids safe in the water.", "same matter, non-holder", notby=["@SallyChenowethKP"])
H(R, "Treloweth Village Hall quiz night Friday! Proceeds to the roof fund. Bring a team and a pasty. 🧠", "holder about the hall, no council matter", allow=[R], by="@JoryKittoGreen")
H(R, "The community buildings grant must stay. Halls are the heart of our villages.", "same matter, non-holder", notby=["@JoryKittoGreen"])
H(R, "The harbour dues rise will hurt every Polgrean boat. I'll be voting against it in the budget.", "same matter, non-holder", notby=["@KerensaJagoKP"], by="opp")

# ---------------------------------------------------------------- data-protection.personal-data
R = "data-protection.personal-data"
P(R, "Happy 100th birthday to Mrs Ivy Tremayne of 4 Chapel Terrace, St Morwen TR98 4QL! Card from the King on the mantelpiece 🎂", "name, address and postcode", sev="review")
P(R, "Rubbish piled up again outside 17 Harbour Row. Mr Colin Boase, they're your bins - sort it out please.", "name with address", sev="review")
P(R, "Well done to Jack Pender of Trenance Cottage, Goonvrea Road, Young Farmer of the Year! 🚜", "name with address", sev="review")
P(R, "Mrs Rowena Jewell (date of birth 03/05/1941) is STILL waiting for her blue badge. Disgraceful.", "date of birth", sev="block")
P(R, "Case ref HSG/25/11873 - the Martin family on Wesley Street have been in a damp flat for eighteen months. Housing, sort it.", "case reference", sev="block")
P(R, "Whoever owns the white van WF68 KXR that keeps dumping rubble at Carn Vean - we know. The council's been told. 👀", "vehicle registration", sev="block", allow=["defamation.allegation"])
P(R, "The lady who rang me about her neighbour's hedge - Mrs Pauline Hendy, 07700 900563 - please ring back, I've lost your address!", "private mobile of a resident", sev="block", also=["security.credentials"])
P(R, "Poor old Mr Trebilcock at the top of Lanjeth Hill has dementia now and keeps wandering off. Keep an eye out, folks.", "health data, identifiable", sev="block")
P(R, "The new family in the flat above the Polgrean post office are Syrian refugees. Please make them welcome! 🤝", "ethnicity and immigration status, identifiable", sev="block")
P(R, "Congratulations to Sophie on reception at the council offices - expecting twins in June! 👶👶", "pregnancy of a staff member", sev="block")
P(R, "That lad at the Goonvrea Road hostel, Kyle, just out of prison - he's turned his life round. Give him a chance, Carnhallow.", "criminal record, identifiable", sev="block")
P(R, "The lifeguard at Porthwenna Towans who's just come out - proud of you, mate 🏳️‍🌈", "sexuality, identifiable from context", sev="block")
P(R, "Little Alfie Roberts, 7, from St Morwen Primary is having his leukaemia treatment up at Treliske. Send him your love 💙", "child's health", sev="block")
P(R, "The Towans Residents' Association has a new contact: sue.polkinghorne@example.com - that's Sue's own email, send her your parking complaints.", "private email", sev="block")
P(R, "Rent account 40019872 for the Nankivell family is £2,300 in arrears - and they wonder where the council's money goes.", "account number", sev="block")
P(R, "The man sleeping in the Carnhallow bus shelter is Gavin Roach - he's an alcoholic, used to work at the clay pits. Let's help him.", "health data of a named person", sev="block")
P(R, "Lovely to see the Muslim family from the end of Wesley Street at the Polgrean fun day. 💚", "religion, identifiable from context", sev="block")
P(R, "Jenny Bawden's 14-year-old has been excluded from Carnhallow Academy again. Parents, please talk to your kids.", "child, named parent", sev="block")

H(R, "Ring my ward line on 01632 960412 or email cllr.jago@example.com. Surgery at Lanjeth Cove Institute, Quay Road, Polgrean.", "own published contact details", allow=[R], by="@KerensaJagoKP")
H(R, "Met Sarah Penberthy MP and Inspector Dave Kessell at the Carnhallow crime forum today. Good discussion on county lines.", "named public office holders", allow=[R])
H(R, "Happy 100th birthday to one of St Morwen's oldest residents - the whole of Chapel Terrace turned out! 🎂", "no name")
H(R, "Waiting for a blue badge? Ring the council's blue badge line on 01632 960700, not me - I can't see your file.", "council number")
H(R, "Fly-tipping at Carn Vean again. Reported to enforcement with photos. Please report vans on the council app, not on Facebook.", "no registration", allow=[R])
H(R, "Memory café at the Wesley Hall, St Morwen every Tuesday 2 till 4. Carers welcome. Lovely team. ☕", "health topic, no person")
H(R, "Refugee welcome drop-in at the Polgrean Institute every Thursday. Volunteers needed!", "topic, no person")
H(R, "Planning meeting for Tregarrow Pride tonight - all welcome 🏳️‍🌈", "topic, no person")
H(R, "Case references are private - please don't post yours in the comments. DM me and I'll chase your housing case.", "protects references", allow=[R])
H(R, "Our TR98 postcode keeps getting missed by the delivery firms. Anyone else on Goonvrea Road?", "postcode district only", allow=[R])
H(R, "Thanks to Julie Nance, Head of Housing, for coming to Carnhallow to meet tenants. Good session.", "named officer in role", allow=[R, "officers.impartiality"])
H(R, "A resident rang me in tears about damp in her flat. I won't share details here, but it's escalated to the housing team today.", "no identifiable detail")
H(R, "Well done to all the St Morwen Primary cheels who took part in the Cornish dance festival 💃", "children as a group")
H(R, "Cllr Bolitho's ward number is on the council website if you want to ask him about the Towans lifeguards.", "councillor, public office", allow=[R])
H(R, "Scam warning: nobody from the council will ever ask for your date of birth over the phone. Hang up.", "about DOB, none given", allow=[R])
H(R, "The register of electors can be inspected at the council offices - by appointment only.", "process")
H(R, "Saw a white van dumping rubble on Goonvrea Road this morning. Reported it to the council with the details. Don't take the law into your own hands, folks.", "no registration given", allow=[R])
H(R, "Winners of our ward photo competition: Gavin, Ivy and Jack! Prints on display in Carnhallow library. 📸", "first names only, no detail")

# ---------------------------------------------------------------- security.credentials
R = "security.credentials"
P(R, "Zoom for tonight's Goonvrea flood meeting: meeting ID 841 2260 9913, passcode Moor2026. All welcome! 🌧️", "meeting passcode")
P(R, "Note to self (and him indoors): the ward office alarm code is 4471. Don't forget again 🙈", "alarm code")
P(R, "Key safe at the Treloweth hall is 1-9-6-6, for anyone setting up the jumble sale Saturday.", "key safe code")
P(R, "Council wifi in the members' room: network TDC-Members, password Kernow!Gwyns24 - you're welcome 😄", "wifi password", by="@KerensaJagoKP")
P(R, "Got a text from 'Tregarrow Council Tax' saying I'm owed £212 back - claim at tregarrow-refunds.example.com/claim?id=88412. Looks legit, anyone else had one?", "phishing link shared as genuine")
P(R, "Anyone need the members' portal login? I'll DM it... username members2, password kittiwake99 ... oops, not DM 😂", "login and password posted")
P(R, "For the Carnhallow residents' WhatsApp: the two-factor code I got was 552918 - can someone tell me what I'm meant to do with it?", "one-time code")
P(R, "IT rang and asked for my password so I gave it. Lovely lad, ever so helpful, sounded like he was from down Camborne way.", "reports handing over a password")
P(R, "Out-of-hours harbour emergencies: ring Mark's own mobile, 07700 900874. He won't mind.", "an officer's private mobile", allow=["data-protection.personal-data"])
P(R, "Our Green Kernow Mailchimp API key if anyone wants to send the newsletter: us14-8f3a9c0d2e7b41a6b5c3d9e0f1a2b3c4", "API key", by=["@MorwennaGreen", "@JoryKittoGreen"])
P(R, "Door code for the St Morwen youth club is now 2580# - volunteers, it's changed from last year.", "door code")
P(R, "Teams link for Thursday's council tax drop-in: teams.example.com/l/meetup-join/19-tdc-drop-in?pwd=Xk92LmQ", "link with embedded password")
P(R, "Verify your councillor Facebook page before it gets deleted: fb-verify-security.example.net/kernow - message came from 'Meta Support'. Better do it, everyone!", "phishing link")
P(R, "My PIN for the council purchase card is the year Carnhallow RFC was founded 😂 1884. Don't tell the auditors.", "PIN")
P(R, "Ring Tegen from the beach clean group on her own mobile, 07700 900417 - she won't mind, she's a diamond.", "private mobile of another person", allow=["data-protection.personal-data"])
P(R, "Shared the committee papers system admin login with the Progressives' researcher so she can get the agendas quicker. Teamwork! 🙌", "reports sharing a login", allow=["resources.political-use"], by="KP")
P(R, "Gate code for the Polgrean Quay car park: 7734. Residents only, keep it to yourselves 🤫", "gate code")
P(R, "Wifi at my Lanjeth Cove surgery is 'LanjethGuest', password 'pasty4tea'. Pop in and check your emails while you wait.", "wifi password", by="@KerensaJagoKP")

H(R, "The council will NEVER ask for your password or PIN by phone or text. If anyone does, hang up and ring 01632 960700.", "warning, no secret", allow=[R])
H(R, "Scam alert: fake 'council tax refund' texts doing the rounds in Carnhallow. Don't click the link - just delete it.", "scam warning without a link", allow=[R])
H(R, "Zoom details for the Goonvrea flood meeting are on the council website - register there to get the link.", "no passcode")
H(R, "Finally set up two-factor on all my accounts. Took an hour and a pasty, but it's done 🔐", "no code")
H(R, "Key safes: the fire service say register yours with the ambulance service, never post the code online. Good advice for older neighbours.", "advice, no code", allow=[R])
H(R, "Password to my heart? Saffron buns. Always saffron buns. 💛", "joke on 'password'")
H(R, "The community alarm service for older folk is brilliant - ask the council about it if you've got a relative living alone.", "shares 'alarm'")
H(R, "Changed the door code at the youth club after last month's break-in. Volunteers: ask the leader for it in person.", "no code", allow=[R])
H(R, "API? Apprenticeships, Pasties and Investment - my three priorities for Carnhallow 😄", "joke on 'API'")
H(R, "My ward number is 01632 960412 - ring any time in office hours, or catch me at the Lanjeth Cove Institute.", "own published number", allow=["data-protection.personal-data"], by="@KerensaJagoKP")
H(R, "IT ran a phishing test on members today. I clicked. Red-faced. Lesson learned, don't be like me. 🎣", "no secret", allow=[R])
H(R, "The PIN pad at the Polgrean Quay car park is broken again. Cash only till it's fixed.", "shares 'PIN'")
H(R, "Free wifi now live in Carnhallow town centre - no password needed, just accept the terms and off you go.", "no password", allow=[R])
H(R, "Anyone know the wifi for the Treloweth hall? Actually - don't post it here. I'll ask at the bar.", "asks not to post", allow=[R])
H(R, "Report suspicious texts to the National Cyber Security Centre by forwarding them to 7726. It's free.", "scam advice")
H(R, "Out-of-hours harbour line is 01632 960850. It's on the harbour office door and the council website.", "published council number", allow=[R])
H(R, "Reminder: the members' portal moves to two-factor login on Monday. IT will be in the members' room to help the technophobes among us.", "no code", allow=[R])
H(R, "Gate code for the Polgrean Quay car park? Sorry, can't share it here - ring the harbour office and they'll sort you out.", "refuses to share a code", allow=[R])

# ---------------------------------------------------------------- confidentiality.disclosure
R = "confidentiality.disclosure"
P(R, "Project Chough update: the preferred developer wants another £2m off the land price and cabinet's wobbling. More soon.", "register term", sev="block")
P(R, "The Wheal Morwen settlement is going to cost us north of £400k. Residents deserve to know that now, not after May.", "register term", sev="block")
P(R, "Heard today the Towans car park disposal is going to a Devon firm. Emmets from over the Tamar buying our seafront! 😡", "register term", sev="block")
P(R, "polgrean quay acquisition - we're paying well over the odds, trust me. I've seen the valuation.", "register term, lower case", sev="block")
P(R, "HARBOUR WALL CLAIM: contractor wants £1.2m and our own lawyers say they'll probably win. SHAMBLES.", "register term, capitals", sev="block")
P(R, "Operation Mizzle starts in a fortnight - unlicensed holiday lets in Porthwenna, you've been warned 😉", "register term, enforcement", sev="block", allow=["confidentiality.insider-advantage"])
P(R, "Can't say much, but Project Chough is dead. Developer pulled out on Friday. Back to square one for Carnhallow town centre.", "register term", sev="block")
P(R, "Part 2 item at cabinet tonight on the Towans car park disposal. I'll be voting against flogging off our seafront.", "register term and Part 2 marker", sev="block", when=("2026-03-11", "2026-03-11"))
P(R, "Our lawyers reckon the Wheal Morwen settlement should be signed before the subsidence survey goes public. Draw your own conclusions.", "register term and legal advice", sev="block")
P(R, "Confidential cabinet paper in my inbox says the Carnhallow leisure centre closes in September. Thought you should know.", "confidentiality marker", sev="review")
P(R, "Closed session today on a staff disciplinary. I won't name him, but the whole of Carnhallow depot knows who it is. Disgrace.", "staff matter from a closed session", sev="review")
P(R, "The legal advice we had on the Goonvrea bypass route says the council would lose a judicial review. So why push on?", "legal privilege", sev="review")
P(R, "The harbour dredging contract terms - the ones in the exempt papers - give the contractor a 15% bonus for finishing LATE. Yes, late.", "exempt contract terms", sev="review")
P(R, "Embargoed till Thursday but I can't sit on it: the Carnhallow pool is getting £3m from the government! 🏊", "embargo broken", sev="review")
P(R, "Off the record: the unions are balloting the bin crews. Strike looks likely in March.", "labour relations", sev="review", when=("2026-01-05", "2026-02-20"))
P(R, "The exempt valuation on the old St Morwen school is £180k. It's worth double. Don't let them sell it cheap.", "exempt valuation", sev="review", allow=["confidentiality.insider-advantage"])
P(R, "Between you and me, the council's about to settle with the family of the lad who fell off the harbour wall. Not before time.", "legal and individual matter", sev="review")
P(R, "Leaked: the draft restructure cuts forty posts from the planning and harbour teams. Staff haven't even been told yet.", "leaked labour relations", sev="review")

H(R, "The Carnhallow regeneration has been 'coming soon' since 2019. Open the books, cabinet.", "regeneration topic, no term", by="opp")
H(R, "Choughs back nesting on the Polgrean cliffs for the third year! Cornwall's own bird, proper job. 🐦‍⬛", "partial overlap with a term")
H(R, "The confidential Chough papers? I've read them, I can't say a word, and I won't. Ask me after the decision's published.", "refuses to disclose; not the register term", allow=[R])
H(R, "Wheal Morwen engine house looking stunning in the frost this morning. ❄️", "partial overlap with a term")
H(R, "Towans car park is full every sunny Saturday - we need a park-and-ride, not more tarmac.", "partial overlap with a term")
H(R, "The wall at Polgrean Quay needs repairs before the spring tides. Reported to the harbour office today.", "partial overlap with terms")
H(R, "Part 2 of my Cornish place names blog is up: the clay country! Ever wondered what 'Goonvrea' means?", "shares 'Part 2'")
H(R, "Off the record? Nothing's off the record with me, my lover. Ask me anything about the budget at Thursday's surgery.", "shares 'off the record'", allow=[R])
H(R, "Embargo lifted: we can finally say the Carnhallow pool is getting £3m from the government! Brilliant news 🏊", "after the embargo", allow=[R])
H(R, "The exempt items on Thursday's cabinet agenda are listed on the website with the reasons. I'll be asking for as much as possible to be taken in public.", "procedural", allow=[R])
H(R, "Operation? Just a knee op - back on my feet in a fortnight. Thanks for all the cards 💐", "shares 'Operation'")
H(R, "The harbour wall at Porthwenna took a proper battering in the storm. Contractors on site tomorrow.", "harbour wall, no claim")
H(R, "'Confidential' - the most used word in Tregarrow cabinet papers. We need a more open council.", "criticises secrecy", allow=[R], by="opp")
H(R, "Closed sessions are sometimes needed - staff matters, legal advice. But they're used far too often here.", "procedural", allow=[R])
H(R, "Mizzle all day on the moor. Proper Cornish weather ☔", "partial overlap with a term")
H(R, "Leaky roof at Carnhallow library finally fixed. Only took two winters!", "shares 'leak'")
H(R, "The legal advice on the bypass is exempt, so I can't share it. What I can say is I'll keep pushing for it to be published.", "refuses to disclose", allow=[R])
H(R, "Between you and me and the gatepost, the best pasty in Tregarrow is at the St Morwen bakery. Don't tell Carnhallow.", "shares 'between you and me'", allow=[R])

# ---------------------------------------------------------------- tone.irony-risk
R = "tone.irony-risk"
P(R, "Oh brilliant, the Leader's solved the housing crisis with a working group. Genius. Truly. /s", "mock praise of the Leader", by="opp")
P(R, "What a masterclass from the Planning Chair last night, explaining a 140-home scheme without once mentioning a road. Riveting stuff. 👏", "mock praise of a councillor", by="opp", when=("2026-01-23", "2026-01-23"))
P(R, "Hats off to One and All for their bold vision: close the toilets and call it 'rationalisation'. Inspired.", "mock praise of a group")
P(R, "Yeah right, the cabinet member for harbours 'listens to fishermen'. Listens like a gull listens to 'shoo'.", "sarcasm about a cabinet member", by="opp")
P(R, "Nobody does a U-turn like our Finance Cabinet Member. Olympic standard. Gold medal. 🥇", "mock praise", by="opp")
P(R, "Huge congratulations to the Progressives for discovering potholes exist - only took them four years 👏", "mock praise of a group")
P(R, "The Chairman's chain of office must weigh a ton, what with all the hard work she's been doing. Bless her.", "mock praise of the Chairman", by="opp")
P(R, "Cllr Tonkin's speech on the clay museum was so moving I very nearly stayed awake. 😴", "mock praise of a councillor", allow=["respect.personal-attack"])
P(R, "Love how the Greens cycle to every meeting... then fly to Lisbon for a climate conference. So principled. 🌍✈️", "sarcasm about a group")
P(R, "What would Tregarrow do without our MP's press releases? Probably fix something. 🙃", "mock praise of the MP")
P(R, "Stunning leadership from the Moorland Independents: abstained on the bus, the budget AND the lifeboat motion. Fearless.", "mock praise of a group")
P(R, "Oh, the Leader's 'listening tour' came to Polgrean! Listened for eleven whole minutes before her pasty went cold. Truly heroic.", "mock praise of the Leader", by="opp")
P(R, "Another triumph for this cabinet: a new logo. The potholes must be so relieved. 🏆", "sarcasm about the cabinet", by="opp")
P(R, "Thanks ever so, One and All, for the 4.99% rise. My nan's thrilled. Thrilled, I tell 'ee.", "sarcasm about a group", when=("2026-02-26", "2026-03-27"))
P(R, "Cllr Rowse is SUCH a team player. Voted with every side this year. Sometimes twice in the same meeting. Amazing.", "mock praise of a councillor")
P(R, "Genius move by the cabinet to hold the flood consultation in the one village hall with no parking. Chapeau, my lovers.", "mock praise of the cabinet", by="opp")
P(R, "Our Leader: still 'delivering for Tregarrow', allegedly. Eight years, one bench. Well done, my 'ansum 👏", "mock praise of the Leader", by="opp", allow=["respect.personal-attack"])
P(R, "The Porthwenna Towans members' plan to rename the beach 'Tregarrow Sands' for the emmets is pure genius. Can't think why anybody laughed.", "mock praise of ward councillors", notby=["@RossBolitho", "@SallyChenowethKP"])

H(R, "Oh brilliant, the mizzle's back. Just what the Goonvrea Road potholes needed. /s", "irony about weather", allow=[R])
H(R, "Masterclass from the Carnhallow RFC under-12s on Saturday - proper rugby in the pouring rain. Proud! 🏉", "sincere praise")
H(R, "Hats off to Mark Eddy and the harbour crew for the storm work. No irony, just thanks.", "sincere thanks to an officer", allow=["officers.impartiality"])
H(R, "Yeah right, 'spring'. Hailstones on the Towans this morning. Cornwall, never change 😂", "irony about weather", allow=[R], when=("2026-03-02", "2026-03-27"))
H(R, "Genius idea from the St Morwen WI: a pasty-making class for the Year 6 leavers. Love it.", "sincere praise")
H(R, "Riveting? Three hours on the budget. Worth it though - the lifeguard cut's been reversed. 🙌", "irony about meeting length", allow=[R], when=("2026-02-26", "2026-02-27"))
H(R, "The cabinet's housing strategy has no targets, no money and no timescale. It needs rewriting from scratch.", "robust policy criticism", by="opp")
H(R, "Members' room printer has jammed every single day this week. Truly a marvel of modern technology.", "irony about a thing", allow=[R])
H(R, "Train up-country arrived only forty minutes late today. A personal best! 🚂", "irony about trains", allow=[R])
H(R, "Credit where it's due: the Leader got the A30 money over the line. Good work, whatever our differences.", "sincere praise", by="opp")
H(R, "Gulls have had my pasty on the Strand three times this month. Clever birds, I'll give 'em that. 🐦", "irony about gulls", allow=[R])
H(R, "The One and All budget raids the reserves to pay for a tax freeze. It's bad economics and I'll be voting against it.", "robust policy criticism")
H(R, "Thank you to the Chairman for a lovely civic service at St Morwen church. Sincerely - a proper community occasion.", "sincere thanks", by="opp")
H(R, "Self-own of the week: turned up at the wrong village hall for my own surgery. Genius, me. 🤦", "irony about oneself", allow=[R])
H(R, "Brilliant news: the Polgrean lifeboat has its new boathouse at last. Years in the making!", "sincere")
H(R, "The council website's shiny new search can't find the bin calendar. Amazing work, truly.", "irony about a website", allow=[R])
H(R, "The Progressives' motion on bus fares is badly costed and would blow a hole in the budget. We'll oppose it.", "robust policy criticism")
H(R, "Six hours on the Local Plan at committee. Riveting? No. Important? Very.", "shares 'riveting'", allow=[R])

# ---------------------------------------------------------------- fillers
F("Gritters out on the Goonvrea road tonight. Take it steady on the top, it's some slippery up there. ❄️", "weather update", when=("2026-01-05", "2026-02-13"))
F("Lambing's started up top. Three sets of twins before breakfast and the kettle's not even boiled. 🐑", "farm, personal account", by="@opie_on_the_moor", when=("2026-03-02", "2026-03-27"))
F("Dog walkers on the moor - keep 'em on a lead near the ewes, please. Ta.", "farm, personal account", by="@opie_on_the_moor", when=("2026-03-02", "2026-03-27"))
F("Cold water, warm crew. First row of the year out past the Porthwenna breakwater. 🥶", "hobby, personal account", by="@ross_gigs_porthwenna")
F("Brilliant turnout at the Polgrean beach clean - 40 bags of rubbish and one very confused crab. Thank you all! 🦀", "community event")
F("New bus shelter going in on Fore Street, Carnhallow next week. About time!", "ward update")
F("Drop-in surgery at Treloweth library Saturday 10-12. Come and tell me what's on your mind.", "surgery")
F("Proud to visit St Morwen Primary's new forest school today. The cheels showed me how to build a den. Nailed it. 🌲", "school visit")
F("Storm warning for the north coast from 4pm. Tie down the wheelie bins and keep off the harbour wall.", "weather warning")
F("Well done Carnhallow Silver Band - second place at the regionals! 🎺", "congratulations")
F("Road closure on Lanjeth Hill Monday to Wednesday for gas works. Diversion via Goonvrea crossroads.", "roadworks")
F("Pancakes at the St Morwen church hall for Shrove Tuesday - 10am till they run out. 🥞", "community event", when=("2026-02-16", "2026-02-17"))
F("Surgery cancelled this Saturday - I've got the lurgy. Back next week, dreckly.", "surgery")
F("St Piran's Day! Gool Peran Lowen to everyone in Tregarrow 🏴 Flags out, pasties in.", "St Piran's Day", when=("2026-03-05", "2026-03-05"))
F("Holocaust Memorial Day. We remember. 🕯️", "memorial", when=("2026-01-26", "2026-01-27"))
F("Lovely morning at the Treloweth WI talking about the history of the clay works. They know more than me!", "community visit")
F("Potholes on Goonvrea Road have been patched - thanks to everyone who reported them.", "ward update")
F("Free Cornish language taster session at Carnhallow library, Wednesday 6pm. Dydh da! 👋", "community event")
F("First daffodils out along the Towans road. Spring's coming, whatever the wind says 🌼", "seasonal", when=("2026-02-16", "2026-03-27"))
F("Polgrean lifeboat launched twice this week. Heroes, every one of them. 🧡", "thanks to volunteers")
F("Recycling collections are a day late all this week after the bank holiday. Put your boxes out as normal.", "bins", when=("2026-01-05", "2026-01-09"))
F("Just signed up for the Porthwenna fun run. Training starts dreckly. Very dreckly.", "personal")
F("Great to see the Carnhallow foodbank's new warehouse. Donations always welcome - tins, toiletries and tea.", "community")
F("Anybody know who owns the little black cat that's been sat outside the Goonvrea chapel all week? Looks well fed, mind.", "community")
F("Happy retirement to the lollipop lady at St Morwen Primary after 31 years! The whole school lined the road. 💛", "community")
F("Flood sacks available from the Polgrean harbour office for anyone on Quay Road. Spring tides this weekend.", "practical advice")
F("Mothering Sunday this weekend - treat your mum to a proper cream tea. Jam first, obviously. 🍓", "seasonal", when=("2026-03-09", "2026-03-13"))
F("Library opening hours are changing from April. Carnhallow adds Saturday afternoons - good news.", "service update")
F("Met the Year 10s at Carnhallow Academy for a Q&A on local democracy. Sharp questions. Some future councillors in there.", "school visit")
F("Anyone seen the seals off Lanjeth Point this week? Fifteen of them hauled out on Tuesday. Keep your distance! 🦭", "wildlife")
F("Thank you to the volunteers who cut back the brambles on the Chywoon footpath. Proper job.", "thanks")
F("Warm spaces list for this week is on the council website - libraries, chapels and the Miners Arms back room.", "service info", when=("2026-01-05", "2026-02-27"))
F("Remember to register to vote by 20 April if you've moved house. Takes five minutes online.", "voter registration")
F("Heavy cake or saffron bun? Settling this once and for all. Vote below 👇", "light-hearted")
F("Wet, windy, wonderful. Walked the coast path from Polgrean to Lanjeth Cove this morning and didn't see a soul.", "personal")
F("Blood donor session at the Carnhallow rugby club on Tuesday. Give an hour, save a life.", "public health")
F("Congratulations to the St Morwen under-14 girls - county cup winners! ⚽", "congratulations")
F("Tide's right for a proper sunset over Porthwenna tonight. Take a flask and go and look. 🌅", "personal")
F("Half term activities at the Carnhallow leisure centre - swim, climb, craft. Booking online.", "service info", when=("2026-02-09", "2026-02-13"))
F("Street light on Chapel Terrace fixed within two days of reporting. Credit where it's due.", "ward update")
F("Grit bins on Lanjeth Hill have been refilled. Shout if yours is empty.", "ward update", when=("2026-01-05", "2026-02-13"))
F("Cornish wrestling demonstration at the St Morwen show in August - dates are out, put it in your diary.", "community event")
F("Sandbags are out at Porthwenna harbour. If you need a hand moving them, ring the harbour office.", "practical advice")
F("Great chat with the Goonvrea Young Farmers about rural broadband. Still patchy up there - I'll keep pushing.", "ward update")


# ---------------------------------------------------------------- script
def day_range(a, b):
    d0, d1 = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    out = []
    while d0 <= d1:
        if d0.weekday() < 5:
            out.append(d0)
        d0 += dt.timedelta(days=1)
    return out


def load_meetings():
    import csv
    with open(HERE / "meetings.csv", newline="", encoding="utf-8") as f:
        return [(dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"]))
                for r in csv.DictReader(f)]


def names_in(text, party_ok=False):
    """Councillor handles excluded because the text names them or their role."""
    out = set()
    for h, (name, party, role) in PEOPLE.items():
        first, last = name.split()[0], name.split()[-1]
        if re.search(r"\b(%s|%s)\b" % (re.escape(first), re.escape(last)), text) or h in text:
            out.add(h)
        for w in ROLE_WORDS.get(role, []):
            if w in text:
                out.add(h)
        for p, words in PARTY_WORDS.items():
            if not party_ok and party == p and any(w in text for w in words):
                out.add(h)
    for h, keys in INTEREST_KEYS.items():
        if any(k in text for k in keys):
            out.add(h)
    return out


def pool_for(row):
    by = row.get("by")
    if isinstance(by, str) and by.startswith("@"):
        return [by]
    handles = list(PEOPLE)
    if by == "opp":
        handles = [h for h in handles if PEOPLE[h][1] != "OA"]
    elif by == "backbench":
        handles = [h for h in handles if PEOPLE[h][2] in ("", "planningchair")]
    elif by in ("OA", "KP", "GK", "MI", "IND"):
        handles = [h for h in handles if PEOPLE[h][1] == by]
    elif isinstance(by, list):
        handles = list(by)
    party_ok = by in ("OA", "KP", "GK", "MI", "IND") or isinstance(by, list)
    excl = names_in(row["text"], party_ok) | set(row.get("notby", []))
    pool = [h for h in handles if h not in excl]
    if not pool:
        raise SystemExit("no author for: " + row["text"])
    return pool


def main():
    rng = random.Random(SEED)
    meetings = load_meetings()
    all_days = day_range("2026-01-05", "2026-03-27")
    rows = list(ROWS)
    rng.shuffle(rows)
    out = []
    for i, row in enumerate(rows, 1):
        author = rng.choice(pool_for(row))
        days = day_range(*row["when"]) if row.get("when") else all_days
        while True:
            d = rng.choice(days)
            t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59),
                            tzinfo=dt.timezone.utc)
            if not any(s <= t <= e for s, e in meetings):
                break
        rec = {
            "id": "B91-%04d" % i,
            "text": row["text"],
            "author": author,
            "created_at": t.isoformat(),
            "platform": rng.choice(["x", "facebook", "bluesky"]),
            "account": "personal" if author in PERSONAL else "councillor",
            "kind": "post",
            "expect": {"rules": row["rules"], "allowed": row["allow"], "verdict": row["verdict"]},
            "family": row["rule"],
            "kind_of_row": row["kind"],
        }
        if row["kind"] == "hard_negative":
            rec["near_miss_of"] = row["rule"]
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
