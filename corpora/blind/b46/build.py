#!/usr/bin/env python3
"""Blind set b46 (Wenmere District Council): hand-written rows and a deterministic builder.

Run `python3 build.py` to (re)write posts.jsonl. The seed is fixed, so the output is identical
every time.
"""
import json
import random
from datetime import datetime, timedelta, timezone

SEED = 4646
ROWS = []

LD = ["@HarrietColqLD", "@OwenTredgold", "@FenellaOakshott", "@BashirQLibDem", "@ChairRosPettifer", "@KitDanversLD"]
CON = ["@GideonWraggCon", "@PippaEllerby", "@TelGlanvill", "@MarcusStannardCon", "@AnjaliMistryCon"]
LAB = ["@JoyAmankwahLab", "@DeclanFurlongLab"]
GRN = ["@SaoirseGreen", "@IvoPennockGP"]
IND = ["@MargeryLusherInd"]
ALL = LD + CON + LAB + GRN + IND
OPP = CON + LAB + GRN + IND          # never the administration
BACK = [h for h in ALL if h not in ("@HarrietColqLD", "@OwenTredgold", "@BashirQLibDem", "@ChairRosPettifer")]  # not Leader, cabinet or Chairman

SURNAMES = {
    "@HarrietColqLD": "Colquhoun", "@OwenTredgold": "Tredgold", "@FenellaOakshott": "Oakshott",
    "@BashirQLibDem": "Quayum", "@ChairRosPettifer": "Pettifer", "@KitDanversLD": "Danvers",
    "@GideonWraggCon": "Wragg", "@PippaEllerby": "Ellerby", "@TelGlanvill": "Glanvill",
    "@MarcusStannardCon": "Stannard", "@AnjaliMistryCon": "Mistry", "@JoyAmankwahLab": "Amankwah",
    "@DeclanFurlongLab": "Furlong", "@SaoirseGreen": "Whitlow", "@IvoPennockGP": "Pennock",
    "@MargeryLusherInd": "Lusher",
}
# words that tie a post to a registered interest: its holder is never picked at random for it
INTEREST_WORDS = {
    "@GideonWraggCon": ["wragg agricultural"],
    "@SaoirseGreen": ["land trust"],
    "@MarcusStannardCon": ["sailing club"],
    "@JoyAmankwahLab": ["credit union"],
    "@IvoPennockGP": ["free school"],
    "@TelGlanvill": ["glanvill haulage"],
    "@MargeryLusherInd": ["wind co-op"],
    "@DeclanFurlongLab": ["fenmoor housing"],
    "@AnjaliMistryCon": ["quay pharmacy"],
}
SELF_MARKERS = ["960418", "cllr.kit.danvers"]

SEV = {
    "officers.impartiality": "review", "resources.political-use": "review",
    "position.improper-advantage": "review", "gifts.hospitality": "advice",
    "capacity.council-voice": "review", "confidentiality.insider-advantage": "review",
    "predetermination.closed-mind": "review", "interests.declared-interest": "review",
    "data-protection.personal-data": "review", "security.credentials": "block",
    "confidentiality.disclosure": "review", "tone.irony-risk": "advice",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}


def P(fam, text, note, rules=None, allowed=(), v=None, author=None, pool=None, account="councillor", **extra):
    rules = list(rules) if rules else [fam]
    if v is None:
        v = max((SEV[r] for r in rules), key=RANK.get)
    ROWS.append(dict(text=text, rules=rules, allowed=list(allowed), verdict=v, family=fam,
                     kind_of_row="positive", author=author, pool=pool, account=account, note=note, extra=extra))


def N(nm, text, note, allowed=(), author=None, pool=None, account="councillor"):
    ROWS.append(dict(text=text, rules=[], allowed=list(allowed), verdict="ok", family="hard_negative",
                     kind_of_row="hard_negative", author=author, pool=pool, account=account, note=note,
                     extra={"near_miss_of": nm}))


def F(text, note="ordinary ward or council business", pool=None, author=None):
    ROWS.append(dict(text=text, rules=[], allowed=[], verdict="ok", family="filler", kind_of_row="filler",
                     author=author, pool=pool, account="councillor", note=note, extra={}))

# ---------------------------------------------------------------- officers.impartiality
O = "officers.impartiality"
P(O, "Read the officer report on the Marrowby scheme twice now. Ewan Lathbury has basically written the developer's sales brochure for them and called it 'balanced'. Who's he actually working for?", "names an officer and questions his neutrality in public")
P(O, "I've told Naomi Stroud in no uncertain terms that the recommendation on the Market Hill takeaway needs rewriting before it goes anywhere near committee. Residents deserve better than a cut and paste job.", "pressing a named officer to change a report")
P(O, "funny how the licensing manager always seems to find a reason to side with the pub chains. Just an observation 🤔", "insinuates a named role is biased", allowed=["defamation.allegation"])
P(O, "Our Head of Environmental Services has had three years to sort the bin rounds in Quorlby Marsh. Three. Years. Time someone else had a go at that job tbh", "public criticism of an identifiable officer by role, calling for them to go", allowed=["respect.personal-attack"], pool=OPP)
P(O, "If the chief exec thinks he can keep councillors in the dark about the depot move he's got another think coming. Not his council, it's ours.", "public criticism of the Chief Executive by role", pool=OPP)
P(O, "Asked the housing team 4 times for a straight answer on the Hethingfold temporary flats. Tobias Greenhalgh clearly doesn't think ward councillors are worth replying to.", "names an officer and criticises him publicly")
P(O, "Officers will tell you the gravel lorries are 'within acceptable limits'. They would say that, wouldn't they, after the cosy site visit with Fenstone's people.", "questions the neutrality of officers advising on a matter", allowed=["defamation.allegation"])
P(O, "Spoke to planning this morning. I expect the advice on the Old Granary to look very different by the time it's published, or I'll want to know why.", "pressing officers to change their advice")
P(O, "Nothing against Colette personally but the licensing dept's advice on Quayfest reads like it was written by the festival promoter. Needs redoing.", "officer named by first name with her team's neutrality questioned and a rewrite demanded")
P(O, "Our 'independent' finance director somehow always finds the numbers the Leader wants. Convenient.", "questions the s151 officer's neutrality in public", allowed=["tone.irony-risk"], pool=OPP)
P(O, "Dear @WenmereDC, please pass on to whoever wrote the Sallowby solar report that some of us can read a flood map even if they can't. Shoddy.", "criticises the officer author of a report")
P(O, "Ravi Chaudhary-Hunt has now twice told scrutiny there's 'no alternative' to the car park charges. He's an officer, not a cabinet member. Stay in your lane Ravi.", "names and rebukes an officer publicly", pool=OPP)
P(O, "Another planning officer who's never set foot in Fennick telling us a 60,000 bird shed won't smell. Genuinely wonder if they're fit for the job.", "questions an officer's competence in public")
P(O, "I won't be accepting the officers' word on the HMO numbers this time. Lorna in comms spun it last year and she'll spin it again.", "names a comms officer as spinning", pool=OPP)
P(O, "The Monitoring Officer seems very keen to find fault with opposition councillors and strangely quiet when it's cabinet. Make of that what you will.", "questions the Monitoring Officer's neutrality", pool=OPP)
P(O, "Had a 'frank exchange' with Dominic Fairweather about the fly-tipping on Thurle Lane. If he won't put enforcement officers out there I'll be naming the dates he was told.", "pressure on a named officer with a public threat to name", allowed=["bullying.intimidation"])
P(O, "Great work from our planning department yet again, approving a bin store the size of a bungalow next to a listed pump. Real experts at work 👏👏", "mock praise of officers: impartiality and irony", rules=[O, "tone.irony-risk"])
P(O, "Officers need to drop this 'technical' objection to the Larkmoor cycle path and find a way to say yes. I've made it very clear to them that's what councillors expect.", "pressing officers to change advice")
P(O, "Ewan from planning seems to have a soft spot for anything with 'luxury' in the title. Old Granary, Quay Mews, now this. Patterns.", "insinuates an officer's bias", allowed=["defamation.allegation"])

N(O, "Huge thanks to Naomi Stroud and the planning team who stayed late to run the drop-in on the Local Plan. Over 200 residents came through the door.", "praise for a named officer is not criticism", allowed=[O])
N(O, "I disagree with the officer recommendation on the Market Hill takeaway and I'll be saying so, with reasons, when it comes to debate. That's how the system is meant to work.", "disagreeing with a recommendation through the proper process, no attack on the officer", allowed=[O])
N(O, "The cabinet's decision to close Sallowby library two days a week is wrong and I'll keep saying so. This is a political choice, not an inevitability.", "criticism aimed at the cabinet's decision, not officers")
N(O, "Officers are doing their best with a budget that's been cut to the bone. My anger is with the government, not with the people trying to keep services going.", "defends officers")
N(O, "Met Dominic Fairweather and the street cleansing crew on the Market Place this morning. New sweeper is already making a difference.", "named officer mentioned neutrally")
N(O, "Reminder: officer reports for next week's planning committee are now online. Read them and tell me what you think before the meeting.", "signposts officer reports")
N(O, "Asked officers for a briefing on the drainage board's new charges. They came back within a day with a clear note. That's how it should work.", "neutral account of officers' advice")
N(O, "Our licensing manager retires at Easter after 31 years. Colette, thank you for everything, not least your patience with us councillors!", "farewell to an officer")
N(O, "I think the administration has got this wrong and the report they asked officers for was framed too narrowly. The question was the problem, not the answers.", "blames the administration's brief, not officers", allowed=[O], pool=OPP)
N(O, "Put a formal question to the Chief Executive about the depot relocation costs. Answer due by the 30th, I'll share it in full.", "a formal question, no criticism", allowed=[O])
N(O, "Planning officers can only work with the policies councillors give them. If we want stronger flood rules we have to write them into the Local Plan ourselves.", "mentions officers without pressing or criticising them")
N(O, "The report on bin rounds is honest about what's gone wrong and what's being fixed. Refreshing. Now let's see delivery.", "praises a report's honesty")
N(O, "Tobias and the housing options team helped a family in Hethingfold find somewhere safe on a Friday afternoon. Quiet heroes.", "praises named officer")
N(O, "Ewan Lathbury will be at the Pellingham Staithe parish meeting on Tuesday to explain the conservation area review. Bring your questions.", "neutral notice naming an officer")
N(O, "The officers' advice was clear and I accepted it, even though it wasn't the answer I wanted. That's local government.", "accepts officer advice")
N(O, "The independent inspector's report on the Local Plan is out. Some of his criticisms sting but they're fair.", "inspector is not a council officer; criticism accepted")
N(O, "No, I won't be joining the pile-on against council staff in that Facebook group. Criticise us councillors, we signed up for it. They didn't.", "defends staff", allowed=[O])
N(O, "Pressed the cabinet member hard at scrutiny on why the bins review slipped again. No good answers yet. Politicians answer for this, not the crews.", "pressing a politician, not officers")
# ---------------------------------------------------------------- resources.political-use
R = "resources.political-use"
P(R, "Want to help get Gideon re-elected in May? Drop me a line at my council email and I'll add you to the leafleting rota 🌹", "party campaigning via council email", pool=CON)
P(R, "Quick one: the Lib Dem Focus leaflets for Larkmoor are in the members' room at the council offices, grab a bundle on your way past.", "council office used to store party leaflets", pool=LD)
P(R, "Printed 400 of our Labour newsletters on the members' printer this afternoon. Cheers Wenmere DC 😂 Delivering Saturday.", "council equipment used for party literature", pool=LAB)
P(R, "Campaign meeting moved to Committee Room 2 at the council offices, 6pm Thursday. Greens only please, bring canvass sheets!", "party meeting in a council room", pool=GRN)
P(R, "Typing this from my council laptop between canvassing sessions. Door knocking in Dunhollow till dark, who's with me? #VoteConservative", "council laptop alongside party campaigning", pool=CON)
P(R, "Asked my council PA to pull together a list of every resident who's emailed me about potholes so we can send them our campaign letter. Efficient!", "council staff time and data used for campaigning", allowed=["data-protection.personal-data"])
P(R, "New Focus leaflet out this week, with the district council crest on the front so people know it's the real deal 💛", "council logo on party literature", pool=LD)
P(R, "If you can help fold envelopes for the by-election, we'll be in the Chairman's Parlour from 5. Tea and biscuits provided (thanks council!)", "council room and hospitality for a party campaign", pool=LD)
P(R, "Using the council's residents' e-newsletter list to let people know about our Conservative summer fete. It's for the community after all.", "council mailing list used for party event", pool=CON)
P(R, "Our canvassing app needs updating — got one of the IT lads at the council to have a look at it in his lunch break. Legend.", "council staff working on party campaigning")
P(R, "Reply to our party survey by emailing me at my wenmere.gov.uk address — every response helps us win Sallowby back from the Lib Dems!", "council email used to collect party survey", pool=GRN)
P(R, "Council van's going past the Quorlby estate anyway so I've asked the driver to drop our Labour posters off. Saves petrol 👍", "council vehicle and staff used for party posters", pool=LAB)
P(R, "Filmed our Labour election video in the council chamber after the meeting finished. Looks very official doesn't it 😎", "council chamber used for party campaign video", pool=LAB)
P(R, "Vote Independent on 7 May. For more info ring my council mobile any time.", "council phone used for campaigning", pool=IND)
P(R, "Staff at the civic centre have been brilliant helping stuff our campaign envelopes this week. Couldn't do it without them.", "council staff helping with campaign envelopes")
P(R, "The Greens' petition against the car park charges is on the desk in the council reception, sign it when you're in paying your council tax!", "council reception used for party petition", pool=GRN)
P(R, "Spent the morning using the council's mapping software to plan our delivery rounds for the May elections. Much quicker than last time.", "council software for campaigning")
P(R, "Our new Conservative campaign graphics were done by the council's design team as a favour. Look sharp don't they.", "council design staff used for party graphics", pool=CON)

N(R, "You can contact me about council matters at my council email, it's on the Wenmere DC website. For party stuff use the Lib Dem office address.", "keeps council and party channels apart", allowed=[R], pool=LD)
N(R, "Leafleting in Dunhollow all weekend. Printed and paid for by Dunhollow Conservatives, 4 Stow Road.", "party campaigning with party resources")
N(R, "Surgery this Saturday in the council offices, 10–12. All residents welcome, whoever you vote for.", "council resource for councillor work, not party")
N(R, "Reminder that the council's pre-election period starts in March. Council comms will go quiet on anything political. Quite right too.", "talks about purdah rules")
N(R, "The council's new logo cost £14k. Fourteen thousand pounds! For a heron and a wavy line. The Tories would have done it for free.", "criticises council spending on a logo; no resources used for campaigning", pool=OPP)
N(R, "Borrowed a laptop from my daughter because my council one died mid-casework. IT say Monday. Emails may be slow!", "council laptop mentioned for council work")
N(R, "Labour group meeting tonight at the Red Lion back room, we pay for it ourselves. Campaign plans for May on the agenda.", "party meeting in a private venue", pool=LAB)
N(R, "Asked officers to print the Quorlby flood plan for the residents' meeting. Not a party thing, everyone welcome.", "council printing for council business")
N(R, "Council staff are strictly politically neutral and should never be asked to help with campaigning. If anyone asks you to, tell the Monitoring Officer.", "reminder of the rule", allowed=[R])
N(R, "Out canvassing with the Greens in Hethingfold today, using our own clipboards and terrible biros 🌿", "party campaigning, own resources", pool=GRN)
N(R, "Council email is down again. If you need me urgently for ward business call my published number.", "council email mentioned for ward business")
N(R, "Our Focus team delivered 2,000 leaflets this weekend. Printed on our own trusty risograph in Bashir's garage.", "party literature with party resources", pool=LD)
N(R, "Got the council's planning portal open on one screen and a cup of tea on the other. Going through objections for Thursday.", "council software for council work")
N(R, "The Conservative group will be holding a public meeting on the car park charges. Venue: the Dunhollow Scout Hut, which we've hired.", "hired venue for a party meeting", pool=CON)
N(R, "Thanks to the council's events team for organising the Remembrance road closure so smoothly. Non-political, simply right.", "council staff thanked for council event")
N(R, "Our party's website has a survey on the bus cuts. Please don't send replies to my council inbox, use the form.", "keeps party survey off council channels", allowed=[R])
N(R, "The council chamber is open for a public tour on Saturday. Great chance to see where decisions get made.", "council chamber, no party use")
N(R, "Election material needs an imprint, even on social media. Promoted by J Amankwah on behalf of Quorlby Labour, 9 Fen Road.", "imprint: party campaigning, own resources", author="@JoyAmankwahLab")
# ---------------------------------------------------------------- position.improper-advantage
PO = "position.improper-advantage"
P(PO, "Message me privately if your extension's stuck in the planning queue. Being on the committee I can usually get things moving a bit quicker for people I know 😉", "offers to speed up planning through the role")
P(PO, "Need a roofer? My brother-in-law does excellent work and he knows how the council's grants work inside out, I'll make sure your application is looked at kindly.", "promotes a relative's firm and offers favourable treatment")
P(PO, "To the chap who keeps parking across my drive: I sit on licensing, and I'd think twice before applying for that taxi badge if I were you.", "uses the role to threaten a licence outcome", allowed=["bullying.intimidation"])
P(PO, "Anyone waiting on a council house in Hethingfold, pop round for a cuppa. As your councillor I can have a word and bump you up the list.", "offers to jump the housing queue")
P(PO, "Shameless plug for my wife's cafe on Market Hill 🥐 and if you're a fellow councillor, the first coffee's on me when you vote the right way on the pavement licence!", "links business favour to a vote")
P(PO, "If the planners give you grief about your fence, tell them you know me. That usually does the trick.", "invokes the role to influence officers")
P(PO, "Council's looking for someone to do the Larkmoor play area refurb. My mate Dean's firm is the best around, I've told procurement to look out for his bid 🙌", "steers a contract to a friend")
P(PO, "Parking ticket outside the surgery? DM me the PCN number and I'll see what I can do with the parking team. Perks of the job 😅", "offers to get tickets cancelled", allowed=["data-protection.personal-data"])
P(PO, "Any local businesses who want a smoother ride at licensing — join our Conservative business club. Members get my personal attention.", "offers favoured treatment for membership", pool=CON)
P(PO, "Off to see the grounds maintenance tender panel. Putting in a good word for Stow Landscapes, who happen to employ my son. Cracking lads.", "promotes a connected business for a contract")
P(PO, "If you're renting from one of the Quay landlords and you vote for me in May, I'll make sure environmental health gets round to yours first. Fair's fair.", "offers service priority for votes", allowed=["resources.political-use"])
P(PO, "Just a reminder I can sign off community grant forms for groups I like 🙂 So be nice to me at the Sallowby fete!", "joking offer of grants for favour", allowed=["tone.irony-risk"])
P(PO, "My nephew's looking for work experience in the planning department. I've had a quiet word upstairs so fingers crossed he's in next week!", "seeks a favour for a relative through the role")
P(PO, "Going to get my own driveway dropped kerb sorted before the waiting list grows, one advantage of knowing the highways team personally.", "seeks an advantage for self through the role")
P(PO, "Restaurant owners of Wenmere: if you'd like your food hygiene re-inspection sooner, give me a bell. I've got a good relationship with the team.", "offers to fast-track inspections")
P(PO, "Fancy a market pitch on the prime spot by the Buttercross? Leave it with me, I'll sort it with the markets officer. Just don't tell the others 🤫", "offers to allocate a pitch through the role")
P(PO, "Looking for a solicitor for your boundary dispute? Use Harlow & Pryce, they're my old firm and they'll get extra care because they know I'll be asking.", "promotes a connected firm using the role")
P(PO, "You lot at Fennick Road who complained about my hedge: don't expect your planning application to get an easy ride now, will you.", "threatens to use the role against residents", allowed=["bullying.intimidation"])

N(PO, "Waiting on a council house? I can't move anyone up the list and nor should I. What I can do is check your banding's right and that you've got every bit of help you're entitled to.", "explicitly refuses to use the role", allowed=[PO])
N(PO, "Planning advice: talk to the duty planner before you submit, it saves weeks. Free pre-app sessions every Tuesday morning.", "signposts the proper route")
N(PO, "As your councillor I'll chase the highways team about the pothole on Stow Road. Reported it again today with photos.", "ordinary casework with 'as your councillor'")
N(PO, "Reminder to all small businesses: the council's shopfront grant is open until 31 March. Details on the website, applications judged on merit.", "promotes a public scheme")
N(PO, "Great to see a new bakery open on Bridge Street. No connection to me whatsoever, I just like cheese scones.", "promotes a business with no connection")
N(PO, "If you've had a parking ticket you think is wrong, appeal it. Here's the council's appeals page. I can't get tickets cancelled and wouldn't try.", "refuses to intervene on tickets", allowed=[PO])
N(PO, "Declared at committee that my cousin works for one of the bidders and left the room for that item. That's the rule and it's a good one.", "describes declaring and leaving")
N(PO, "Local firms: the council's tendering portal is open for the play area refurb. I'd love to see Wenmere companies bid. Training session on the 12th.", "encourages local bids through open process")
N(PO, "My wife's cafe is doing pancake day specials again 🥞 (This is not council business, this is me being a proud husband.)", "promotes a connected business with no council matter or favour", allowed=[PO])
N(PO, "Helped a resident fill in their housing application today. It's now with officers to assess against the policy, like everyone else's.", "help without favour")
N(PO, "Met the market traders about pitch fees. I've asked the cabinet member to look at the whole fee structure, not individual deals.", "policy-level lobbying")
N(PO, "If your food business needs a hygiene re-inspection you can request one online, there's a fee. Here's the link to the council's page.", "signposts public process")
N(PO, "Thanks to the highways team for fixing the dropped kerb on Chapel Row so quickly. Reported by a resident on Monday, done by Friday.", "thanks for a service")
N(PO, "I'm often asked if I can 'have a word' with planning. The answer is no. I can explain the process and make sure your objection is counted.", "rejects improper influence", allowed=[PO])
N(PO, "Work experience week at the civic centre is open to all Year 10s in the district. Applications through schools, not through councillors!", "open scheme")
N(PO, "The community grants panel meets on Thursday. Every application is scored against published criteria by officers first.", "describes fair process")
N(PO, "My son's landscaping firm has bid for the grounds contract so I've told the Monitoring Officer and I'll take no part in anything about it.", "declares a connection and steps back", allowed=[PO])
N(PO, "Shout out to Harlow & Pryce solicitors for their free legal clinic at the library this month. Great community service.", "praises a firm with no stated connection")
# ---------------------------------------------------------------- gifts.hospitality
G = "gifts.hospitality"
GR = {G: "review"}
P(G, "Cracking evening at the Brightlands Solar supper at Sallowby Hall. Lovely people, lovely lamb, and a very informative chat about their farm plans ☀️", "hospitality from a pending applicant (solar farm)", v="review")
P(G, "Only just got round to opening the hamper from the lads at Fenstone Aggregates. Did not expect that! Quarry folk know how to do Christmas properly 🎄", "gift from a pending applicant (quarry extension)", v="review")
P(G, "Hospitality box at the big match Saturday courtesy of Marrowby Homes. What a day. Not a word about Hethingfold Road all afternoon, promise 😇", "hospitality from a developer with a pending application", v="review", allowed=["tone.irony-risk"])
P(G, "Tidemark Leisure took a few of us round their Norfolk holiday lets last week, lunch included. Very impressive what they've done with old buildings.", "hospitality from the Old Granary applicant", v="review")
P(G, "Nice touch from the waste contractor, sending a bottle of single malt to every cabinet member with their new year card 🥃", "gift from a council contractor", v="review")
P(G, "The Jolly Wherryman looked after us brilliantly after the regatta, drinks on the house all night! Best pub on the Broads.", "hospitality from a licensee with a pending variation", v="review")
P(G, "Free tickets to Quayfest for me and the family, very generous of the organisers. Can't wait for the headliners 🎶", "gift from an applicant for a premises licence", v="review")
P(G, "Was gifted a lovely Barbour jacket by Greyfield Poultry after I visited their unit over the county border. Perfect for fen walks.", "gift from the poultry-unit applicant", v="review")
P(G, "Thank you Voltwell Storage for the trip to see their battery site down the A-road. First class train, good lunch, great questions.", "hospitality from the battery-storage applicant", v="review")
P(G, "The IT company bidding for our new customer system invited me to their conference on the south coast. Two nights in a seafront hotel! Going to learn loads.", "hospitality from a bidder", v="review")
P(G, "The developer behind the Quay Mews plans has offered to redecorate the scout hut for free and they've thrown in tickets to the races for me as a thank you for my 'support'. Smashing.", "gift from a developer linked to the councillor's support", v="review")
P(G, "Lovely dinner at the Wenmere Chamber of Commerce annual do tonight, excellent company and a good debate on the high street.", "hospitality from a body not known to seek a decision", v="advice")
P(G, "Round of golf at Larkmoor Park with the Rotary chaps, they insisted on paying for everything. Played dreadfully, enjoyed it immensely ⛳", "hospitality from a club; advice", v="advice")
P(G, "The hotel on the Quay put me up for free after the business awards as it ran so late. Gorgeous room. Must go back!", "free hotel room, giver's business with council unknown", v="advice")
P(G, "Delighted to receive a beautiful framed print from a local gallery after opening their exhibition. It's going straight on the wall at home.", "gift linked to the role, registration reminder", v="advice")
P(G, "Many thanks to Marlingford Motors for the loan of an electric car for the month so I can 'see what it's like'. Lovely to drive round the ward in!", "month's car loan, advice", v="advice")
P(G, "Season ticket to Wenmere Town FC arrived in the post from the club's chairman. Very kind, and the ground redevelopment plans look exciting too!", "gift from a club that wants a council decision on its ground", v="review")
P(G, "Someone I've been helping with their bar licence dropped off a case of champagne today. People are so kind 🥂", "gift from someone helped with a licence", v="review")

N(G, "Declined a very generous offer of a day at the races from a developer this week. Have registered the offer with the Monitoring Officer as the code says.", "refused and registered", allowed=[G])
N(G, "Just registered the Chamber of Commerce dinner on my register of gifts and hospitality. Anything over £100 goes on within 28 days, easy.", "registers hospitality", allowed=[G])
N(G, "Tea and a biscuit with the Sallowby WI this morning. If that's a bribe, it's a very effective one. Great chat about the bus cuts.", "trivial refreshments at a community meeting")
N(G, "The Brightlands Solar exhibition is at Sallowby Village Hall on Thursday 2–7pm. Go and ask them questions, then tell the council what you think.", "mentions a pending applicant's public event, no gift")
N(G, "My grandchildren made me a mug that says World's Okayest Councillor. Best gift I've had all year ☕", "family gift, not related to role")
N(G, "Bought my own ticket for Quayfest like everyone else. Councillors shouldn't get freebies from people who need a licence from us.", "paid own way", allowed=[G])
N(G, "Should councillors be allowed to accept hospitality from developers? I don't think so. Proposing a tougher policy to standards committee.", "policy about gifts")
N(G, "Returned the hamper Fenstone sent to my house with a polite note. Nice thought but no thank you.", "returns gift", allowed=[G])
N(G, "Annual civic dinner last night, paid for from the Chairman's allowance as every year. Raised £2,300 for the air ambulance.", "civic event, normal expenses of the role")
N(G, "Sandwiches and a coffee at the rural councils' conference, paid for by my registration fee. Hardly the high life 😄", "normal hospitality associated with duties")
N(G, "If a business offers you something because of your council role, the presumption is no. If in doubt, ask the Monitoring Officer. Simple.", "advice to colleagues", allowed=[G])
N(G, "Lovely thank-you card from the Pellingham Staithe primary after the litter pick. Kids' drawings of me in a hi-vis are the highlight of my week.", "trivial card from a school")
N(G, "The Jolly Wherryman's licence variation is on the agenda for April. Residents' objections close on Friday.", "mentions pending licensee without hospitality")
N(G, "Birthday drinks with my old school friends at the Ferry Inn, my round (eventually) 🍻", "private social event")
N(G, "Visited the Greyfield Poultry site visit as part of the committee's formal site inspection. No lunch, no freebies, just a lot of questions and a lot of mud.", "formal site visit without hospitality")
N(G, "Someone left a bottle of wine on my doorstep with no name. It's gone to the hospice raffle and I've told the Monitoring Officer.", "gift passed on and reported", allowed=[G])
N(G, "Marrowby Homes offered to fund a summer party for ward councillors. I've said no thanks, and so should everyone else.", "declined developer hospitality", allowed=[G])
N(G, "Paid for my own dinner at the Chamber of Commerce awards. Good night, worthy winners, terrible chicken.", "paid own way")
# ---------------------------------------------------------------- capacity.council-voice
C = "capacity.council-voice"
P(C, "Wenmere District Council is totally opposed to the government's plan to merge us with the county. Hands off our district! (Conservative Group)", "party view presented as the council's", pool=CON)
P(C, "Speaking on behalf of Wenmere District Council: we will not stand by while the bus company cuts the 14 route. Enough is enough.", "claims to speak for the council from a personal/party account", pool=[h for h in BACK if h not in LD])
P(C, "Official council position, in case anyone's confused: Quorlby Marsh gets nothing from this budget and we're fuming.", "a ward grievance presented as the official position", pool=LAB)
P(C, "The council fully supports the farmers' protest convoy coming through town on Saturday. Give them a wave! 🚜", "personal support presented as council support", pool=CON)
P(C, "Wenmere Council says NO to the incinerator. We've had enough dumped on the fens.", "presents the writer's view as the council's")
P(C, "Your district council stands with the junior doctors. Every one of us.", "claims council backing with no motion", pool=LAB + GRN)
P(C, "The council believes the new Local Plan housing numbers are an insult to rural communities and will be fighting them tooth and nail. — Cllr, Fennick St Mary", "personal view presented as council belief", pool=CON + IND)
P(C, "Let me be clear as a representative of this authority: Wenmere DC thinks the Quay ferry should be free for residents. Watch this space.", "personal view presented as the authority's", pool=BACK)
P(C, "I've written to the rail operator today on behalf of the council demanding the 07:12 is restored. They will hear from us again.", "claims to write on behalf of the council", pool=BACK)
P(C, "Message from your council: we think the county's highways department is an absolute shambles and residents should complain directly to County Hall.", "presents personal criticism as a council message", pool=BACK)
P(C, "The council's view is simple — Wenmere doesn't want or need a Reform-style 'DOGE' audit. We're efficient already, thanks.", "party-political view as the council's view", pool=LD + LAB + GRN)
P(C, "As far as Wenmere District Council is concerned, the Sallowby wind turbines are dead in the water. We've moved on.", "presents a view on a policy as the council's settled position", pool=CON)
P(C, "Our council has decided to back the campaign for a Wenmere bypass. (Well, the Conservative group has, but same thing really 😅)", "party decision presented as council's, with a joke", allowed=["tone.irony-risk"], pool=CON)
P(C, "Wenmere DC stands shoulder to shoulder with our Muslim neighbours after the vile graffiti on the Quorlby mosque. Hate has no home here.", "councillor speaking as the council from a personal account", account="personal", author="@joy_bakes_quorlby")
P(C, "Reply to all the people asking: yes, the council is right behind the Pellingham regatta crowdfunder. Give generously!", "personal account claims council backing", account="personal", author="@marcus_wherries")
P(C, "Officially, and I mean officially, the council condemns the county's decision to shut the Hethingfold tip. Shocking.", "presents own condemnation as official", pool=GRN + LAB)
P(C, "Wenmere DC calls on the Chancellor to scrap the family farm tax. Rural Wenmere is united on this.", "party policy presented as the council's", pool=CON)
P(C, "Greens on the council have made our position clear, and so has the council: no more sewage in the Wenn. The council stands with @CleanWennCampaign.", "party view extended to 'the council'", pool=GRN)

N(C, "At Full Council last night members voted 31–4 to oppose the reorganisation plans. So it's now the formal position of Wenmere District Council.", "accurate report of a resolution", allowed=[C])
N(C, "My personal view, not the council's: we should be doing far more on cycling. I'll be pushing the cabinet on it.", "separates personal view from council's", allowed=[C])
N(C, "The council thinks it's fine to close the Hethingfold toilets. I think it's a disgrace and I'll be saying so at scrutiny.", "criticism of a council decision, not speaking as the council", allowed=[C], pool=OPP)
N(C, "The Labour group believes the council should build its own homes again. That's our policy and we'll campaign for it.", "clearly a party view", pool=LAB)
N(C, "Official council press release on the Local Plan timetable is here. I've added my own thoughts below as the Green councillor for Sallowby.", "shares official release and labels own view", pool=GRN)
N(C, "Wenmere District Council has confirmed bin collections will be a day late after the bank holiday. Check your calendar.", "relays a council announcement accurately")
N(C, "The council's official account has posted the budget consultation. Have your say; it closes on the 20th.", "points to the official channel")
N(C, "Speaking for myself and no one else: the new car park charges are a mistake.", "personal view labelled", allowed=[C])
N(C, "On behalf of Larkmoor Residents' Association (I'm the secretary): thank you to everyone who came to the AGM.", "speaks for a body they genuinely represent")
N(C, "The Chairman of the Council will lay a wreath on behalf of the district at the memorial on Sunday. All welcome.", "civic role, no personal view")
N(C, "Does the council believe in its own climate emergency declaration? Judging by this budget, not much. Questions for cabinet next week.", "questions the council's position", pool=OPP)
N(C, "Conservative group statement: we oppose the car park charges and will move an amendment at Budget Council.", "clearly a party statement", pool=CON)
N(C, "As cabinet member I can confirm the council will be bidding for the rural bus fund, as agreed at cabinet on 4 February.", "cabinet member reports an actual decision", author="@OwenTredgold")
N(C, "The council's position on reorganisation is not settled yet; it goes to Full Council on the 14th. Tell me what you think.", "correctly says no position yet", allowed=[C])
N(C, "Our council tax is going up 2.99%. That's a council decision, taken last night. I voted against, for reasons in the thread.", "reports decision and own vote")
N(C, "Wenmere District Council is hiring! Refuse drivers, planners and a new events officer. Jobs page link on the council site.", "shares a genuine council message")
N(C, "The council believes? The council is 48 people who rarely agree on anything before lunch 😂 Proper debate is a good thing.", "joke about the phrase, no view claimed", allowed=[C])
N(C, "I'll be writing to the rail operator as ward councillor for Larkmoor about the 07:12. Residents, send me your stories.", "writes in own capacity")
# ---------------------------------------------------------------- confidentiality.insider-advantage
I = "confidentiality.insider-advantage"
P(I, "If anyone's been thinking about buying one of those scruffy garages off Mill Lane, now would be a very good time. That's all I'm saying 🤐", "hints that council knowledge makes a purchase advantageous")
P(I, "Quick tip for Market Hill traders: get your pavement licence applications in this week. Fees are going up a lot from April, not announced yet.", "unannounced fee rise shared for advantage")
P(I, "Friend of mine runs a building firm — told him to keep his diary free in the summer, there's a big council refurb contract coming out that nobody knows about yet.", "tip-off about an unpublished contract")
P(I, "Word to the wise: if you're selling a house on the Larkmoor side of the airfield, I'd hang on a few months. Something's coming that'll help values. Can't say more.", "uses council knowledge to advise on property")
P(I, "Market stall holders, grab the Saturday pitches while you can. I've seen the draft review and Saturdays are about to get a lot more expensive.", "draft review shared for advantage")
P(I, "Landlords in Quorlby Marsh: get your paperwork in order NOW. Certain people will be knocking on certain doors before long 👀", "tips off landlords about an enforcement operation", allowed=["confidentiality.disclosure"])
P(I, "Buy shares in whoever makes blue bins. Just trust me on this one 😂", "hints at an unannounced procurement for share advantage")
P(I, "Told my sister to put in for the beach hut lease quick before the council announces the new waiting list rules next month.", "family advantage from unannounced rules")
P(I, "Pub owners: if you were thinking of applying for a late licence, do it before the cumulative impact policy change goes public. Once it's out, it's much harder.", "pre-announcement tip to licence applicants")
P(I, "The council's about to put the old Sallowby school site up for sale. You heard it here first, property developers — get your ducks in a row.", "tips off developers about an unannounced sale", allowed=["confidentiality.disclosure"])
P(I, "Heads up to my neighbours on Fen Road: the tree preservation order won't be served till next week, so if you want that willow down, this weekend's your chance.", "uses advance knowledge to let residents avoid an order")
P(I, "Cheeky tip-off for the caravan park lads — the new site licence conditions are a lot stricter. Get your renewals in before the 1st and you're grandfathered.", "tip-off about unpublished conditions")
P(I, "If you've got land near the proposed relief road route (you know who you are), don't sell to the first agent who calls. The route's changing and I've seen the maps.", "unpublished route shared for landowner advantage")
P(I, "Not supposed to say, but my cousin's shop will be fine — the new parking restrictions stop just before his frontage. Told him to expand the forecourt now.", "tips off a relative", allowed=["confidentiality.disclosure"])
P(I, "Anyone thinking of bidding for the café concession at Wenmere Park, I'd bid low. There's only going to be one serious rival and they're dropping out.", "insider knowledge of a tender for a bidder's advantage")
P(I, "Before it's announced: the grant for shopfronts is doubling. My pal at the barbers has already got his quote sorted 😉", "advantage for a friend before announcement")
P(I, "Get in quick on the self-build plots at Hethingfold, I've seen the shortlist criteria and local applicants named in a certain way will do very well.", "draft criteria shared for advantage")
P(I, "Dunhollow folk, if you were planning on appealing your council tax band, do it this month. The revaluation letters going out in spring won't be kind. I've seen the figures.", "unpublished revaluation figures for advantage", account="personal", author="@marcus_wherries")

N(I, "The council has today announced that shopfront grants will double from April. Applications open on the website now — get in early!", "published announcement, not insider", allowed=[I])
N(I, "Buy now before the council's garden waste price goes up in April, as agreed at Budget Council. Early-bird rate ends 31 March.", "'buy now before' about a published price change", allowed=[I])
N(I, "Pavement licence fees are going up 5% from April — it's in the budget papers published last week. Traders, budget for it.", "published fee change")
N(I, "Got a tip-off from a resident about fly-tipping on Thurle Lane. Reported it to enforcement this morning.", "tip-off in the other direction")
N(I, "Heads up Fen Road: a TPO has been served on the willow by the dyke. Notices are on the lamp posts. Objections within 28 days.", "tells residents of a served order")
N(I, "Landlords: the council's new HMO licensing scheme starts in June, consultation documents are online. Get ready now.", "published scheme")
N(I, "The old Sallowby school site goes on the open market next month, as agreed at cabinet in public session. Particulars on the agents' site.", "published disposal")
N(I, "Market traders asked me about Saturday pitch fees. They're under review; the draft report will be public on the 10th and I'll share it.", "refuses to share early", allowed=[I])
N(I, "I've seen the draft relief road maps and I can't share them until they're published. Please don't ask me to, I'd be breaking the code.", "refuses to share", allowed=[I, "confidentiality.disclosure"])
N(I, "Thinking of buying a house? Check the Local Plan's flood zones first. All public, all free, all here.", "public information")
N(I, "Tender for the Wenmere Park café concession is live. Everyone gets the same information through the portal. Good luck to local bidders!", "public tender")
N(I, "My neighbour asked if the airfield battery plans will affect house prices. Honest answer: I don't know, and it's for committee to decide on the merits.", "no insider advice")
N(I, "The cumulative impact policy consultation is open. Pub and shop owners, this affects you, have your say.", "published consultation")
N(I, "If you've got a council tax band query, the Valuation Office handles it, not us. Here's the link.", "signposting")
N(I, "Before you ask, no, I won't tell you which streets the new parking zones cover until the plans go out to consultation. Nobody gets a head start.", "refuses a head start", allowed=[I])
N(I, "Beach hut waiting list rules are changing — announced today, details on the council website. Existing list members keep their place.", "published change")
N(I, "Bought a new blue bin for my mum today, she'd cracked hers on the kerb. £28, not cheap!", "shares words with a positive, no insider info")
N(I, "Self-build plots at Hethingfold: the criteria are published and scoring is by officers. Anyone can apply.", "published criteria")
# ---------------------------------------------------------------- predetermination.closed-mind
D = "predetermination.closed-mind"
B = "block"
P(D, "Let me save everyone some time on WDC/25/0712/OUT. 240 houses on a flood plain in Hethingfold? Not a chance. I'm voting no on the night, whatever the report says.", "settled view against a pending application named by reference", v=B, pool=["@PippaEllerby", "@MarcusStannardCon", "@DeclanFurlongLab", "@SaoirseGreen", "@FenellaOakshott"])
P(D, "The Lowgate Quarry extension must be refused. Twelve more years of lorries through Dunhollow? Over my dead body.", "settled view against a pending matter named by site", v=B)
P(D, "Honestly the Old Granary holiday lets are exactly what Pellingham needs and I'll be backing them all the way at committee. Done deal as far as I'm concerned ⛵", "settled view FOR a pending application", v=B)
P(D, "Brightlands Solar can take their panels elsewhere. I've made up my mind and nothing the officers put in front of us will change it.", "settled view against a pending applicant", v=B)
P(D, "Another fried chicken shop on Market Hill? I'll be voting against it, no matter how many conditions they try to bolt on. #SaveOurHighStreet", "settled view against the pending takeaway by site", v=B, allowed=["respect.personal-attack"])
P(D, "Voltwell's battery plant at Larkmoor Airfield will get my vote, and I don't care how many objection letters come in. We need the energy.", "settled view FOR a pending application", v=B)
P(D, "60,000 chickens on Thurle Lane. No. Never. Not while I'm on the planning committee. End of.", "settled view against the pending poultry unit", v=B)
P(D, "The Jolly Wherryman wants 2am? They can want. As far as I'm concerned that licence variation is refused before the hearing even starts 🍺🚫", "settled view against a pending licence variation", v=B)
P(D, "Quayfest is brilliant for the town and I'll be waving their licence through. Anyone objecting needs to get a life.", "settled view FOR a pending licence", v=B, allowed=["respect.personal-attack"])
P(D, "Bridge Street Vapes sold to kids. That licence is gone, whatever their barrister says at the review. I won't hear otherwise.", "settled view against a licence under review", v=B)
P(D, "Greyfield Poultry can send as many consultants as they like. My decision's already taken, and it's no.", "settled view naming a pending applicant", v=B)
P(D, "Had a look at the new application for the six flats behind the Swan in Larkmoor. It should be thrown out, and when it comes to committee I'll make sure it is.", "settled view on an unregistered application")
P(D, "The taxi driver appeal next week is a formality as far as I'm concerned. Anyone with that record isn't getting a badge back from me.", "settled view on a licensing appeal not in the register")
P(D, "That barn conversion at Wendle Green is lovely and I'll be voting it through, doesn't matter what the parish council thinks.", "settled view FOR an unregistered application")
P(D, "New mobile mast application on Cowslip Lane: absolutely not. I've told residents it won't be approved while I'm on committee.", "settled view on an unregistered application")
P(D, "The HMO licence for 3 Priory Walk should never be granted. I'll be saying so at the hearing and voting accordingly, whatever the officers recommend.", "settled view on an unregistered licence")
P(D, "Enforcement appeal on the Staithe Road boathouse — my mind's made up, it has to come down. Planning rules apply to everyone.", "settled view on an appeal not in the register")
P(D, "The retrospective application for the car wash on Fen Road is getting a no from me on the night. Don't need to read any more of it.", "settled view on an unregistered application, closed to evidence")

N(D, "I have real concerns about flooding on the Hethingfold Road application. I'll read the report, listen to both sides and decide on the night.", "predisposition with an open mind", allowed=[D])
N(D, "My mind's made up: the Christmas lights switch-on should move back to the Buttercross. Who's with me?", "settled view on something not quasi-judicial")
N(D, "Never approve a budget you haven't read. Spent the weekend with 300 pages of it. Questions for the finance director on Tuesday.", "'never approve' on a budget, not quasi-judicial")
N(D, "The Moat Farm gravel application was withdrawn this morning. Residents' campaign has been tireless. Huge relief in Dunhollow.", "reports news, no view as a decision maker")
N(D, "I'm not on the planning committee, so I can say it plainly as ward councillor: I object to the Old Granary scheme and I've sent my objection in.", "ward councillor not on committee objecting", allowed=[D])
N(D, "Quayfest hearing is on 16 April. Want to support or object? Representations go to the licensing team by the 2nd. Here's how.", "neutral signpost to a pending licence")
N(D, "The council should have a proper policy on solar farms on good farmland. That's a debate for the Local Plan, not for any one application.", "policy view, distinguishes it from applications")
N(D, "I've been asked how I'll vote on the poultry unit at Thurle Lane. Honest answer: I don't know yet. I'll hear the evidence first, that's the law.", "explicitly keeps an open mind", allowed=[D])
N(D, "Planning committee refused the Swan Meadow scheme last night on highway grounds. Appeal likely. Thanks to everyone who spoke.", "reports a decision already taken")
N(D, "There will never be a better time to insulate your loft. Grants of up to £2,000 available through the council this winter.", "'never' without a quasi-judicial matter")
N(D, "Whatever the officers say about staffing, the bin service has to improve. It's a service question for cabinet, not a planning decision.", "'whatever the officers say' about a non-quasi-judicial matter", allowed=["officers.impartiality"])
N(D, "I'm minded to support more battery storage in the district in principle, but every site has to be judged on its merits. Larkmoor included.", "predisposition on policy, open on the application", allowed=[D])
N(D, "Residents keep asking if the Market Hill takeaway will be refused. It's not for me to pre-judge; come to the meeting and have your say.", "refuses to pre-judge", allowed=[D])
N(D, "The government's planning reforms must be resisted. Councils need more say, not less.", "national policy view")
N(D, "The Anchor on Ferry Lane has withdrawn its application for 2am. Back to midnight. Good outcome for the neighbours.", "reports withdrawal news")
N(D, "Declared my interest and left the room for the Brightlands item — my brother leases them land. Right thing to do.", "steps away from a pending matter")
N(D, "Genuinely torn on the airfield batteries. Jobs and clean energy on one side, noise and fire risk on the other. Evidence please.", "undecided")
N(D, "I've said before I'll never vote for a budget that cuts the library. And I won't. Budget Council is on the 25th.", "settled view on a budget, not quasi-judicial", pool=OPP)
# ---------------------------------------------------------------- interests.declared-interest
IN = "interests.declared-interest"
def PI(text, note, holder, interest, **kw):
    P(IN, text, note, author=holder, interest=interest, **kw)
PI("The council's new hedge-cutting contract should go to a local firm that knows the fen droves, not some national outfit. Wragg Agricultural have done these lanes for 30 years.", "the director of Wragg Agricultural lobbies on a council contract", "@GideonWraggCon", "Wragg Agricultural Contractors Ltd")
PI("Frustrating to see the verge maintenance tender weighted on price alone. Local contractors like us can't compete with that. I'll be raising it at scrutiny.", "director talks of 'local contractors like us' about a council tender", "@GideonWraggCon", "Wragg Agricultural Contractors Ltd")
PI("Cabinet must back the Sallowby Community Land Trust's bid for the Church Lane site. Genuinely affordable homes, locally owned. Vote yes on Tuesday!", "board member of the land trust urges a council decision for it", "@SaoirseGreen", "Sallowby Community Land Trust")
PI("Our CLT's grant application is in with the council's housing team. Fingers crossed, and if you're a councillor reading this, please support it 🏡", "holder promotes her body's grant application", "@SaoirseGreen", "Sallowby Community Land Trust")
PI("The council's proposed mooring charges on Pellingham Staithe will hammer the sailing club. We've kept those moorings going for 80 years. Rethink please.", "commodore opposes a charge affecting his club", "@MarcusStannardCon", "Pellingham Staithe Sailing Club")
PI("Delighted the slipway lease renewal is on the cabinet agenda. The club deserves a long lease at a fair rent and I'll be pressing for just that.", "commodore presses on his club's council lease", "@MarcusStannardCon", "Pellingham Staithe Sailing Club")
PI("Why is the council still sending people in debt to national lenders' leaflets when Quorlby Credit Union is right there? Cabinet should make us their official partner.", "credit union director urges council partnership", "@JoyAmankwahLab", "Quorlby Credit Union")
PI("Proud that our credit union has bid to run the council's hardship loan scheme. Nobody knows Quorlby's families better. Backing it all the way at cabinet.", "holder backs her body's bid", "@JoyAmankwahLab", "Quorlby Credit Union")
PI("The free school in Hethingfold needs that strip of council land for a playing field. Cabinet, please stop dithering and transfer it!", "trustee lobbies for a land transfer to his trust", "@IvoPennockGP", "Hethingfold Free School Trust")
PI("Scandalous that the district's school travel grant excludes Hethingfold Free School pupils. I'll be moving a motion to fix it at Full Council.", "trustee moves a motion benefiting his school", "@IvoPennockGP", "Hethingfold Free School Trust")
PI("The weight limit proposed for Fennick Drove will put local hauliers out of business. Glanvill Haulage has 14 lorries that use it daily. This order must not go ahead.", "haulage owner opposes a traffic order affecting his firm", "@TelGlanvill", "Glanvill Haulage")
PI("Council's lorry park by the depot would be a godsend for firms like mine. Pushing hard for it in the capital programme.", "owner pushes a council scheme that benefits his firm", "@TelGlanvill", "Glanvill Haulage")
PI("The planning policy on community energy needs to be far more generous. Schemes like the Fennick Fen Wind Co-op should be waved through, not tied in knots.", "shareholder lobbies on policy touching her co-op", "@MargeryLusherInd", "Fennick Fen Wind Co-operative")
PI("Voting for the council to buy its electricity from local community generators was the best thing I did this year. Our wind co-op is ready to supply!", "shareholder backs a council purchase from her co-op", "@MargeryLusherInd", "Fennick Fen Wind Co-operative")
PI("Council should hand the Quorlby Marsh garages site to Fenmoor Housing for social rent. Best partner in the district, and I should know.", "employee of the housing association urges a land transfer to it", "@DeclanFurlongLab", "Fenmoor Housing Association")
PI("Annoyed at the cabinet's decision to put the homelessness contract out to tender instead of extending it with our existing provider. Fenmoor has done a brilliant job.", "employee argues for his employer's contract", "@DeclanFurlongLab", "Fenmoor Housing Association")
PI("The council's health and wellbeing grants should be open to community pharmacies like ours on the Quay. We do the flu jabs, the blood pressure checks, the lot.", "pharmacy owner seeks council grant eligibility", "@AnjaliMistryCon", "Staithe Quay Pharmacy")
PI("Quay car park charges are killing trade for the shops on Staithe Quay, the pharmacy included. Scrap them, cabinet.", "owner of the pharmacy on the Quay opposes charges affecting it", "@AnjaliMistryCon", "Staithe Quay Pharmacy")

N(IN, "The hedge-cutting contract is out to tender. I'd love local firms to bid; the training session for suppliers is on the 12th.", "same matter from a non-holder", pool=[h for h in ALL if h != "@GideonWraggCon"])
N(IN, "Declared my interest as director of Wragg Agricultural and left the room when the verge contract came up. Rules are rules.", "holder declares and leaves", allowed=[IN], author="@GideonWraggCon")
N(IN, "Sallowby Community Land Trust's open day is Saturday — come and see the plans for Church Lane, tea and cake provided.", "a land trust event posted by a non-holder", pool=[h for h in ALL if h != "@SaoirseGreen"])
N(IN, "As a board member of the Land Trust I won't take part in the cabinet discussion on Church Lane. I've told the Monitoring Officer.", "holder steps back", allowed=[IN], author="@SaoirseGreen")
N(IN, "What a regatta! Pellingham Staithe Sailing Club put on a belter. Thanks to every volunteer on the water ⛵", "holder posts about the club with no council matter", allowed=[IN], author="@MarcusStannardCon")
N(IN, "Mooring charges at Pellingham Staithe: consultation closes Friday. Boat owners, have your say.", "same matter from a non-holder", pool=[h for h in ALL if h != "@MarcusStannardCon"])
N(IN, "Quorlby Credit Union is running free money workshops at the library all February. Brilliant resource.", "non-holder praises the credit union, no council matter", pool=[h for h in ALL if h != "@JoyAmankwahLab"])
N(IN, "I asked the Monitoring Officer whether my credit union role means I should sit out the hardship loans item. Advice: yes. So I will.", "holder seeks advice and steps back", allowed=[IN], author="@JoyAmankwahLab")
N(IN, "Hethingfold Free School's spring concert was gorgeous. Proud trustee moment 🌟", "holder posts about the school with no council matter", allowed=[IN], author="@IvoPennockGP")
N(IN, "The school travel grant review goes to Full Council next month. All Hethingfold schools affected; details in the papers.", "same matter from a non-holder", pool=[h for h in ALL if h != "@IvoPennockGP"])
N(IN, "Fennick Drove weight limit consultation is open. Hauliers and residents both have strong views; tell the county what you think.", "same matter from a non-holder", pool=[h for h in ALL if h != "@TelGlanvill"])
N(IN, "Declared a pecuniary interest in the Fennick Drove order (my haulage firm uses it) and took no part. Colleagues decided.", "holder declares", allowed=[IN], author="@TelGlanvill")
N(IN, "The Fennick Fen Wind Co-op AGM was packed. Community energy really is a Fennick success story.", "holder posts about the co-op with no council matter", allowed=[IN], author="@MargeryLusherInd")
N(IN, "Community energy policy is in the Local Plan review; I'd like to see more support for local co-ops across the district.", "policy view from a non-holder", pool=[h for h in ALL if h != "@MargeryLusherInd"])
N(IN, "Fenmoor Housing are holding a tenants' surgery at Quorlby library on Thursday. Pop along if you rent from them.", "signpost from a non-holder", pool=[h for h in ALL if h != "@DeclanFurlongLab"])
N(IN, "Because I work for Fenmoor Housing I'll take no part in the garages site decision. I've registered the interest and told the Monitoring Officer.", "holder steps back", allowed=[IN], author="@DeclanFurlongLab")
N(IN, "Staithe Quay Pharmacy is doing free blood pressure checks all month. Go on, it's five minutes.", "promotion by a non-holder, no council matter", pool=[h for h in ALL if h != "@AnjaliMistryCon"])
N(IN, "I'll declare my interest as owner of the pharmacy on the Quay when the car parking review comes up, and leave the room.", "holder declares", allowed=[IN], author="@AnjaliMistryCon")
# ---------------------------------------------------------------- data-protection.personal-data
DP = "data-protection.personal-data"
P(DP, "Mrs Eileen Thwaite at 7 Cowslip Lane, Larkmoor has been waiting 9 weeks for her bin to be replaced. Sort it out please @WenmereDC!", "private person's name with address", v="review")
P(DP, "Great to help Barry Nunn of 22 Fen Road, Quorlby (WN4 7QT) with his council tax reduction today. Happy ending!", "name, address and postcode of a resident with a benefit matter", v="review")
P(DP, "Lovely to see Doris on Tennyson Close, Hethingfold, finally get her drop kerb, 18 months after asking. Doris you're a saint for waiting!", "first name and street of a private person", v="review")
P(DP, "Anyone know the family at 14 Priory Walk? The council's been trying to get hold of them about the overgrown garden for months.", "address of a private household with an enforcement matter", v="review")
P(DP, "Resident Tom Hollis (07700 900213) says the streetlight on Mill Lane has been out for a month. Tom, I've reported it!", "private mobile number of a resident", v="block", rules=[DP, "security.credentials"])
P(DP, "Helped a lovely lady with her Blue Badge renewal today — Margaret Tilney, 81, severe COPD, can't walk more than 20 yards. The system is so slow for people like her.", "health data of a named private person", v="block")
P(DP, "Case ref HSG/2026/00417 — the Okonkwo family in Quorlby have now been in a B&B for 11 weeks with three kids. Unacceptable.", "case reference and named family with children in temporary housing", v="block")
P(DP, "The lad who's been tearing round Dunhollow on the red moped is Kyle, 15, from the Beck Road flats. Parents, have a word.", "child identified with address area and alleged conduct", v="block", allowed=["respect.personal-attack"])
P(DP, "Car reg WN19 KTF has been parked across the dropped kerb on Stow Road for 3 days. Owner, shift it!", "vehicle registration", v="block")
P(DP, "Mr D. Fairclough of Sallowby was convicted last month of fly-tipping on the drove. Fined £1,200. Justice!", "criminal matter of a named private person", v="block", allowed=["defamation.allegation"])
P(DP, "Went with Pauline from the Ferry Lane bungalows to her mental health assessment today. She asked me to share how hard it is. Pauline Ashworth, you are so brave ❤️", "special category health data of a named person", v="block")
P(DP, "Email Jenny at jenny.marsden77@example.com if you want to join the Larkmoor litter pickers, she organises everything!", "a private person's email address", v="block")
P(DP, "Congratulations to our binman Stevie Rudd, who's back at work after his cancer treatment. Stevie you're a legend!", "health data of a named council worker", v="block")
P(DP, "The tenant at 3 Staithe Cottages, a Mr Petrov, has been claiming housing benefit while subletting. Council are investigating.", "named private person, address, benefit and investigation", v="block", allowed=["defamation.allegation"])
P(DP, "Fantastic news for Amira (Year 4, Hethingfold Primary) who's been given an EHCP at last after her mum fought for two years.", "a named child's special educational needs", v="block")
P(DP, "Resident asked me to share: her son Liam Pardoe, DOB 14/03/2009, is missing. Last seen Wenmere bus station. Please share!", "date of birth of a child", v="block")
P(DP, "Mr Rahim on Beck Road came to my surgery about his council tax arrears. He owes £2,340 and he's terrified of bailiffs. Ring him if you can help: 07700 900764.", "name, debt and phone number of a private person", v="block", rules=[DP, "security.credentials"])
P(DP, "Agency carer for Mrs Gorringe in Larkmoor didn't turn up again. She's 94, diabetic and lives alone at 2 Pound Lane. Care company, explain yourselves!", "health data and address of a vulnerable service user", v="block")
P(DP, "Our refuse driver Gav (the one with the ponytail, lives in Quorlby) got a written warning for clipping a car. Harsh if you ask me.", "staff disciplinary matter", v="block", allowed=["confidentiality.disclosure", "officers.impartiality"])

N(DP, "Surgery this Saturday at Larkmoor Village Hall, Chapel Row. Or call me on 01632 960418 / email cllr.kit.danvers@wenmere.gov.uk.", "the councillor's own published contact details", author="@KitDanversLD", allowed=[DP])
N(DP, "Rupert Allingham MP joined us on the Market Place to talk rural buses. Good to have him listen.", "named MP, a public office holder")
N(DP, "Inspector Sunita Dhaliwal is holding a police surgery at the library on Friday. Bring your concerns about speeding.", "named police inspector, public office holder")
N(DP, "If a neighbour's bin has been missed, report it on the council website with the address. Please don't post addresses here.", "advice not to post addresses", allowed=[DP])
N(DP, "Missed bin in Cowslip Lane again. That's three weeks running. Reported to the waste team.", "street named, no person")
N(DP, "Helped a resident with a Blue Badge renewal today. The system is far too slow for people with mobility problems, and I'll be raising it.", "anonymised casework", allowed=[DP])
N(DP, "A family in Quorlby has been in a B&B for 11 weeks. I won't say more to protect them, but this is a housing crisis.", "anonymised family")
N(DP, "Parking across dropped kerbs is an offence. If you see it, report it to the parking team with the location.", "general advice about parking")
N(DP, "Congratulations to Cllr Pippa Ellerby on the birth of her daughter! Wishing the family well 💙", "councillor named, her own happy news", allowed=[DP])
N(DP, "Fly-tipping convictions in the district are up 40% this year. Keep reporting it. Every case helps.", "statistics, no individuals")
N(DP, "Our binmen are heroes. Out in the snow this morning at 6am. Thank you all.", "staff praised as a group")
N(DP, "Call the council's housing team on 01632 960100 if you're worried about becoming homeless. Open till 5.", "council's own public number")
N(DP, "Happy 100th birthday to Larkmoor's own Edna Gage, who invited us all to her party at the village hall (and asked me to share the news!). 🎂", "a centenarian's party shared at her invitation; name with no address or identifiers", allowed=[DP])
N(DP, "Missing person appeal from Wenmere Police: please share their official post. Link below.", "points to the police's own appeal")
N(DP, "The dog warden can be reached on the council's main number. Please don't post photos of people's dogs with their addresses!", "advice against sharing addresses", allowed=[DP])
N(DP, "Postcode WN4 has the worst broadband in the district. Openreach, sort it out.", "area postcode district, no person")
N(DP, "Chatted to Terry, who runs the Market Hill fruit stall, about pitch fees. He's not happy and neither am I.", "trader first name in a public trade role, no personal detail")
N(DP, "Welcome to our new Chief Executive, Alasdair Pennefather, who starts on Monday.", "a named senior officer in his public role")
# ---------------------------------------------------------------- security.credentials
S = "security.credentials"
P(S, "For the residents joining tonight's flood meeting online: meeting ID 884 2210 6632, passcode Heron26. See you there!", "a meeting passcode posted publicly")
P(S, "Can't get into the members' portal again. Tried Wenmere2026! and wenmere2026 and nothing. IT, help!!", "posts the councillor's password attempts")
P(S, "New laptop, new PIN: 4471. Writing it here so I don't forget 😂 (joking... mostly)", "a PIN posted, even as a joke")
P(S, "Got a text saying my council tax refund code is 583 912 and to confirm it at the link. Anyone else had this? Is it legit?", "posts a one-time code")
P(S, "Residents: claim your council tax rebate here before Friday 👉 wenmere-gov-rebate.co/claim?id=88231 (sent to me by a constituent, looks official)", "link that looks malicious (lookalike domain)")
P(S, "Key safe at the Larkmoor pavilion is 1-9-6-4 for the litter pickers on Saturday. Grab the grabbers and hi-vis from the cupboard.", "key safe code posted publicly")
P(S, "Wifi at the village hall surgery is LarkmoorVH, password chapelrow99 — bring your laptops if you want help with online forms.", "a wifi password posted publicly")
P(S, "Need to reach the caretaker at the Quorlby community centre out of hours? Alan's personal mobile is 07700 900381, he won't mind.", "a private phone number of another person", rules=[S, "data-protection.personal-data"], v="block")
P(S, "To the tech-minded folk helping with our bin-day app: the API key is wnm_live_7Hq2LpX0vR9sTz4c, go wild 🛠️", "an API key posted")
P(S, "Verification code from the council's new payment system came through as 204871. Is that normal? Never had one before.", "a one-time code posted")
P(S, "Free £50 energy voucher for Wenmere residents, just log in with your bank details here: bit.ly/wnm-energy-50 Share with your elderly neighbours!", "suspicious link asking for bank details")
P(S, "Garage code for the Sallowby community minibus is 2580#. Drivers, please lock up after!", "access code posted publicly")
P(S, "Our group's shared inbox login for anyone who's lost it: greens.sallowby@example.com / Bittern!Fen — don't change it without telling me", "login and password posted", pool=GRN)
P(S, "If you want my personal number rather than the office one, it's my husband's phone: 07700 900527. He'll pass messages on.", "a family member's private number", rules=[S, "data-protection.personal-data"], v="block")
P(S, "Door entry code for the Hethingfold sheltered flats is 1357 if anyone's delivering the food parcels. Thanks all!", "door code for vulnerable residents' building")
P(S, "Got this weird DM saying my account will be suspended unless I verify at x-support-verify.help/login. Clicked it, seems fine? 🤷", "malicious-looking link shared")
P(S, "Reset my council email password to the name of my first dog plus my year of election. Nobody will guess THAT one 😎 (Biscuit2023)", "a password posted")
P(S, "The Teams dial-in for scrutiny observers: conference ID 771 004 29#, PIN 6021. Public welcome to listen!", "conference PIN posted")

N(S, "PSA: the council will NEVER text you asking for a code or your bank details. If you get one, delete it and report it.", "scam warning with no code or link", allowed=[S])
N(S, "Had a scam text pretending to be from the council about a refund. Didn't click, reported to Action Fraud. Be careful, folks.", "scam reported without link")
N(S, "Flood meeting tonight at Quorlby community centre, 7pm. Joining details on the council website for anyone who can't make it.", "points to joining details")
N(S, "Reminder to colleagues: use a password manager and switch on two-factor. Our accounts are targets.", "security advice", allowed=[S])
N(S, "Changed all my passwords after that data breach news. Takes ages but worth it.", "mentions passwords without revealing any")
N(S, "Key safe installed at the Larkmoor pavilion for the litter pickers. Ask the parish clerk for the code.", "key safe mentioned, code withheld", allowed=[S])
N(S, "You can reach me on 01632 960418, my published councillor number, any weekday.", "own published number", author="@KitDanversLD", allowed=["data-protection.personal-data"])
N(S, "The council's online portal now needs two-step verification. Bit fiddly but it keeps your data safe.", "describes verification")
N(S, "Council tax rebate? The only genuine site is the council's own website. Ignore anything else.", "warning without a link", allowed=[S])
N(S, "Free wifi now available in Wenmere Market Place thanks to the BID. No password needed, just connect.", "no password")
N(S, "Emergency out of hours line for council housing repairs: 01632 960200. Save it in your phone.", "council's public number")
N(S, "Pin badges for the Sallowby in Bloom volunteers have arrived 🌻 Collect them at the village hall.", "'pin' in another sense")
N(S, "API? I had to ask what that means in the digital strategy meeting. Apparently it's how apps talk to each other. Learning every day!", "'API' without a key")
N(S, "Our website link for the budget consultation is on the council homepage, under 'Have your say'. Don't trust random links.", "no link posted")
N(S, "Someone asked for the village hall door code in a comment. I've DMed the organiser's details instead; codes don't go on social media.", "refuses to post a code", allowed=[S])
N(S, "Teams meeting for the parish liaison forum: the link is in your email from the clerk. No details here, sorry!", "withholds meeting details")
N(S, "Password-protected? The draft minutes are on the portal for members. Published version comes out next week.", "mentions password without revealing")
N(S, "Top tip: Never give your PIN to anyone, not even someone who says they're from the bank or the council.", "advice about PINs")
# ---------------------------------------------------------------- confidentiality.disclosure
X = "confidentiality.disclosure"
P(X, "Can finally say a bit more about Project Heron: the preferred developer has asked for another £3m off the land price. We must not cave.", "register term with negotiation details", v=B)
P(X, "Very worried about where Project Bittern is heading. Two bidders left and both want to cut the swimming hours. Residents deserve to know.", "register term: leisure tender", v=B)
P(X, "The Staithe Maltings disposal is being rushed through and the figure being talked about is way below what the building's worth.", "register term: exempt disposal", v=B)
P(X, "Asked again why we're paying over the odds for the Lowgate Farm acquisition. No straight answer from cabinet. Taxpayers deserve one.", "register term: exempt acquisition", v=B, pool=OPP)
P(X, "Operation Marram should start catching some of the worst HMO landlords in Quorlby within weeks. About time!", "register term: enforcement operation", v=B, allowed=["confidentiality.insider-advantage"])
P(X, "The Gresley tribunal claim is going to cost this council a fortune because nobody listened to the staff in the first place.", "register term: employment tribunal claim", v=B, pool=OPP)
P(X, "heron project... sorry, PROJECT HERON... is the worst-kept secret in Wenmere. If the Quay's going to be sold off, say so publicly.", "register term in another case", v=B, pool=OPP)
P(X, "Opposition won't be bullied into silence over project bittern. The public will see every page of it in the end. #transparency", "register term lower case", v=B, pool=OPP)
P(X, "Lovely chat with Quay traders. I told them not to worry: Project Heron keeps the market where it is. Hope that reassures.", "register term, reassuring tone but still a disclosure", v=B)
P(X, "Between you and me (and, well, the internet), the leisure centre deal is going to mean job losses. Thought people should know.", "'between you and me' with sensitive labour matter")
P(X, "What we heard in the Part 2 session last night would make your hair curl. Let's just say the depot land is going cheap.", "Part 2 item content disclosed")
P(X, "Got a leaked copy of the senior management restructure. Three heads of service are going and nobody's told them yet.", "leaked document on labour relations")
P(X, "This was in a 'not for publication' report but I think residents deserve to see the legal advice on the car park contract. Summary below 👇", "not-for-publication legal advice", allowed=["copyright.third-party-content"])
P(X, "Off the record, the council's insurers have told us we'll lose the Quay wall case. Expect a big bill.", "'off the record' legal matter")
P(X, "Strictly in confidence: the preferred bidder for the bus station site is a company from out of the county, and they've already asked for planning changes.", "'in confidence' negotiation details")
P(X, "The closed session on the Hethingfold compulsory purchase got heated. Two landowners are holding out for silly money. Won't name them. Yet.", "closed-session content disclosed")
P(X, "The embargoed budget figures show a £4.2m hole. Press get them at noon but you lot deserve them first.", "embargoed figures released early")
P(X, "Exempt item at cabinet last week was about selling the Dunhollow allotments. I voted against. Allotment holders: start making noise.", "exempt item content disclosed", allowed=["confidentiality.insider-advantage"])

N(X, "Staithe Maltings arts centre has a brilliant winter programme. Folk night on Friday, tickets still available.", "partial overlap with a register term: the public arts venue")
N(X, "Spotted a heron on the Quay this morning, standing like it owned the place. Wenmere wildlife at its best 🐦", "'heron' alone")
N(X, "Planted marram grass on the dunes with Pellingham volunteers today. Operation dune rescue complete!", "'marram' alone")
N(X, "Lowgate Farm Shop does the best sausage rolls in the district. Fight me.", "partial overlap: Lowgate Farm shop")
N(X, "The council's confidential reporting line for staff who want to whistleblow is on the intranet. Use it if you need to.", "'confidential' in an ordinary sense")
N(X, "Leaky pipe at Sallowby library finally fixed after four weeks. Books are dry again!", "'leak' in another sense")
N(X, "The public part of the cabinet report on the leisure centre is online. The financial appendix is exempt, which is fair during a tender.", "mentions exempt appendix without content", allowed=[X])
N(X, "Embargo lifted: the council's climate report is out today and it's a good read. Link below.", "embargo lifted by the council")
N(X, "I can't talk about Part 2 items, so please don't ask. What I can say is the decision will be reported publicly next week.", "refuses to disclose", allowed=[X])
N(X, "Between you and me, this is the best fish and chips in the county... sorry, in the whole of Wenmere 🐟", "'between you and me' about chips")
N(X, "Bittern spotted at Sallowby Fen nature reserve! First in years. Birdwatchers, go quietly.", "'bittern' alone")
N(X, "The Quay regeneration consultation opens on Monday. Public exhibition at the Corn Hall, every plan on the table.", "public consultation on a related topic")
N(X, "Off the record? There's no off the record on social media, folks. Assume everything is public forever.", "'off the record' as advice", allowed=[X])
N(X, "Employment tribunals cost councils millions nationally. We need better HR practice everywhere, not just here.", "general comment on tribunals")
N(X, "I'll be pushing for fewer items to be taken in closed session. Residents should see as much as the law allows.", "policy about closed sessions", allowed=[X])
N(X, "The council's response to the HMO licensing consultation is published today. Landlords, read it.", "published material")
N(X, "Private and confidential letter from the DVLA about my car tax. Panicked, it was fine. 😅", "'confidential' about own letter")
N(X, "Staithe Maltings: 18 months on, the roof repairs are done and it's open again. Well done to the trustees.", "partial overlap: the building, no disposal")
# ---------------------------------------------------------------- tone.irony-risk
T = "tone.irony-risk"
P(T, "Huge congratulations to the cabinet for discovering that the bus station floods. Only took them six winters and a kayak. Visionaries.", "mock praise of the cabinet", pool=OPP)
P(T, "Oh yes, the Conservative group's budget amendment is a masterpiece. Cut everything, promise everything. Genius. /s", "sarcasm marker about a party group", pool=LD + LAB + GRN + IND)
P(T, "Cllr Wragg says he's 'always championed' the Dunhollow library. Yeah right. Must've been championing it very quietly while voting to close it.", "'yeah right' about a named councillor", pool=LD + LAB + GRN)
P(T, "Brilliant to see our MP Rupert Allingham back in the constituency. Twice in one year! Spoiling us, Rupert.", "mock praise of the MP")
P(T, "What a surprise, the Leader has found £200k for a new logo but nothing for Quorlby's playground. Truly, her priorities are an inspiration to us all 🙄", "mock praise of the Leader", pool=OPP)
P(T, "Can't thank the Lib Dems enough for the new car park charges. My constituents LOVE paying £4 to buy a pint of milk. /s", "sarcasm about the governing party", pool=OPP)
P(T, "Well done Cllr Quayum on the housing strategy. 400 pages and not one new council home. That takes real talent 👏", "mock praise of a cabinet member", pool=OPP)
P(T, "Greens against solar panels on a field but for solar panels on every roof in the land. Consistent as ever, bless them.", "mockery of a party", pool=CON)
P(T, "Our Chairman's outfit at the civic dinner was certainly... a choice. Very brave. Very bold. Very orange.", "mock praise of a named role's appearance", pool=[h for h in ALL if h != "@ChairRosPettifer"], allowed=["respect.personal-attack"])
P(T, "Nice of Labour to turn up to the flood meeting. Shame it was to take selfies. Real grafters.", "mock praise of a party group", pool=LD + CON + GRN + IND)
P(T, "Can we all take a moment to admire Cllr Stannard's deep commitment to scrutiny? Attended one meeting out of nine. Truly tireless.", "mock praise of a named councillor", pool=LD + LAB + GRN + IND)
P(T, "Oh good, the Independent member for Fennick has a 'plan' for the bins. I'm sure it's as detailed as the last one (a napkin).", "mockery of a named councillor by role", pool=LD + CON + LAB + GRN)
P(T, "So the finance portfolio holder 'didn't know' about the overspend. Totally believable. Absolutely. 100%.", "sarcasm about a cabinet member", pool=OPP)
P(T, "Tory councillors complaining about potholes after 14 years of running county highways. The irony is truly delicious 😋", "irony aimed at a party group", pool=LD + LAB + GRN + IND)
P(T, "Thrilled to hear the deputy leader thinks the new ring road is 'a triumph'. Must be lovely sitting in that traffic jam with the aircon on.", "mock praise of the deputy leader", pool=OPP)
P(T, "The opposition's new motto: 'We'd have done it better, but we didn't.' Inspirational stuff from the Con group, as always.", "mock motto of a party", pool=LD + LAB + GRN + IND)
P(T, "Kudos to the Leader of the Labour group for opposing a scheme she voted for last year. Flexible thinking! 🤸", "mock praise of a named role", pool=LD + CON + GRN + IND)
P(T, "A standing ovation please for our local MP, whose letter about the rail cuts arrived just three days after the consultation closed. Timing is everything.", "mock praise of the MP")

N(T, "Oh great, another week of rain. Just what the fens ordered. 🌧️ Sandbags at the depot if you need them.", "irony about weather", allowed=[T])
N(T, "My printer has decided today is the day it retires. Thanks for your service, you useless lump of plastic.", "irony about a printer", allowed=[T])
N(T, "Fantastic news: the Quorlby playground refurbishment is finally done and the kids love it! No sarcasm, genuinely brilliant.", "sincere praise", allowed=[T])
N(T, "Yeah right, as if I'd miss the Sallowby pancake race. Front row, syrup in hand 🥞", "'yeah right' not aimed at a person")
N(T, "The cabinet's car park charges are a mistake and I'll vote against them. Here's why, in plain terms.", "plain criticism of a policy, no irony")
N(T, "Congratulations to Cllr Amankwah on 20 years' service to Quorlby Marsh. Different parties, same love of the place. 👏", "sincere praise of an opponent")
N(T, "Me, a grown adult, falling over on the ice outside the council offices in front of a school trip. Dignity: zero. /s on the 'grown adult' bit", "self-deprecating irony", allowed=[T])
N(T, "Roadworks on Bridge Street AGAIN. Third time this year. Clearly the road is just too good to leave alone 🚧", "irony about roadworks, not people", allowed=[T])
N(T, "Our MP Rupert Allingham has written to the rail operator about the 07:12. Glad to see cross-party pressure on this.", "sincere about the MP")
N(T, "I disagree with the Conservative amendment, but it was a serious proposal and deserves a serious reply. Thread below.", "civil disagreement")
N(T, "Well that was a 'lively' Full Council. Bring on the next one, I've got my thermos ready ☕", "light tone about a meeting, no person targeted", allowed=[T])
N(T, "The new bin app is so intuitive it took me only 40 minutes to find my collection day. I'll report the bugs I found.", "irony about an app", allowed=[T])
N(T, "Thank you to the Leader for meeting Fennick residents this morning. Not everything we hoped, but a genuine listen.", "sincere thanks")
N(T, "The Greens and I agree on the sewage in the Wenn. Stranger things have happened 😄 Cross-party motion coming.", "friendly joke, no mockery")
N(T, "Best-kept village judges arrive tomorrow. Sallowby has never looked tidier. (My own garden is a disgrace, please don't look.)", "self-deprecation")
N(T, "Labour's motion on school buses was well argued and I supported it. Credit where it's due.", "sincere credit to another party")
N(T, "My 'quick' surgery ran for three and a half hours. Quick, they said. Loved every minute though.", "irony about oneself")
N(T, "Snow in March. Of course. Wouldn't be Wenmere without it ❄️ Gritters are out.", "irony about weather", allowed=[T])
# ---------------------------------------------------------------- fillers
for t in [
    "Litter pick on Larkmoor rec this Saturday, 10am. Gloves and bags provided, bring a flask.",
    "Drainage board says the Quorlby pumping station is back to full capacity after the repairs. Good news ahead of the spring tides.",
    "Visited Hethingfold Primary today to talk to Year 6 about what councillors actually do. Toughest questions I've had all year.",
    "Green bin collections restart on 2 March. If you haven't renewed your subscription, now's the time.",
    "Warm space at Sallowby church hall every Tuesday and Thursday, 10–3. Soup, company, no questions asked.",
    "Pothole on Stow Road reported. Again. Highways say within 28 days. I'll chase.",
    "Great turnout at the Dunhollow community speedwatch training. Twelve new volunteers!",
    "Sat in on the youth council this afternoon. They want better buses and a skatepark. So do I, honestly.",
    "Budget consultation closes on Friday. It takes ten minutes. Your views really do get read.",
    "The Wenn footbridge is closed for repairs until the end of the month. Diversion via Mill Lane.",
    "Pancake race on the Market Place raised £640 for the hospice. My pancake did not survive.",
    "Thanks to everyone who came to my ward surgery at Quorlby library. Eleven residents, eleven very different issues.",
    "New defibrillator installed outside Fennick St Mary post office. Thanks to the parish council for funding it.",
    "Reminder: the council offices close at 1pm on Friday for staff training.",
    "Electoral register canvass letters are out. Check your details are right, especially if you've moved.",
    "Bus 14 timetable changes from Monday. The early service to Wenmere is staying, which is a relief.",
    "Walked the Pellingham Staithe flood defences with the Environment Agency this morning. Lots to do before autumn.",
    "Sallowby in Bloom are after volunteers to plant up the station tubs. Green fingers welcome, enthusiasm essential.",
    "Happy Chinese New Year to everyone celebrating in Wenmere! Wonderful dragon dance in the Corn Hall yard.",
    "Holocaust Memorial Day service at the Buttercross this morning. A powerful reading from the sixth formers.",
    "Attended the Larkmoor Women's Institute centenary lunch. One hundred years of getting things done.",
    "Reported three faulty streetlights on Beck Road. Please keep telling me where they are.",
    "Cabinet papers for next week are online. The waste strategy is the big one.",
    "If you're struggling with energy bills, Citizens Advice Wenmere has drop-in sessions every Wednesday.",
    "Thank you to the volunteers who cleared the Hethingfold footpath after the storm. Fallen trees everywhere.",
    "Spent the morning at the food bank sorting donations. Demand up again this month.",
    "Planning committee papers for March are published. Agenda and reports on the council website.",
    "Road closure on Quay Street on Sunday for the half marathon. Cheer the runners on!",
    "Our district's recycling rate is up two points this year. Keep rinsing those tins!",
    "Good meeting with the Dunhollow parish council about speeding on the Stow Road. Speed survey booked.",
    "Library's new baby rhyme time on Monday mornings is packed. Lovely to see.",
    "Met residents of Ferry Lane about the new bus shelter. Design agreed, installation in April.",
    "Reminder that you can now report fly-tipping through the council app with a photo and location.",
    "Fennick St Mary village hall has new accessible toilets. Years in the making, well done the hall committee.",
    "Wenmere Town FC under-12s won the county cup! What a season. 🏆",
    "Consultation on the new district bus strategy opens next week. Drop-in at the Corn Hall on the 12th.",
    "Scrutiny committee looked at temporary accommodation costs today. Thorough questions, more to come.",
    "Wrapped up warm for the Larkmoor Remembrance plaque rededication. Thank you to the British Legion branch.",
    "Busy day of casework: two housing queries, one tree, one very cross goose on the village pond.",
    "Quorlby Marsh community fridge has reopened. Take what you need, leave what you can.",
]:
    F(t)

# ---------------------------------------------------------------- builder
FIRST = {h: None for h in SURNAMES}
FIRST.update({"@HarrietColqLD": "Harriet", "@OwenTredgold": "Owen", "@FenellaOakshott": "Fenella",
              "@BashirQLibDem": "Bashir", "@ChairRosPettifer": "Rosalind", "@KitDanversLD": "Kit",
              "@GideonWraggCon": "Gideon", "@PippaEllerby": "Pippa", "@TelGlanvill": "Terence",
              "@MarcusStannardCon": "Marcus", "@AnjaliMistryCon": "Anjali", "@JoyAmankwahLab": "Joy",
              "@DeclanFurlongLab": "Declan", "@SaoirseGreen": "Saoirse", "@IvoPennockGP": "Ivo",
              "@MargeryLusherInd": "Margery"})
PERSONAL = {"@marcus_wherries", "@joy_bakes_quorlby"}
# posts tied to a date are placed on it (weekday, daytime)
DATE_HINTS = {
    "Holocaust Memorial Day": "2026-01-27", "Chinese New Year": "2026-02-17",
    "Pancake race": "2026-02-17", "pancake race": "2026-02-16",
    "Budget Council is on the 25th": "2026-02-10", "members voted 31–4": "2026-01-15",
    "Full Council on the 14th": "2026-01-08", "Swan Meadow scheme last night": "2026-01-22",
    "agreed at cabinet on 4 February": "2026-02-12", "taken last night. I voted against": "2026-02-26",
    "Snow in March": "2026-03-03", "restart on 2 March": "2026-02-19",
    "Budget consultation closes on Friday": "2026-01-28", "new year card": "2026-01-06",
    "hamper from the lads at Fenstone": "2026-01-05", "workshops at the library all February": "2026-01-29",
    "move an amendment at Budget Council": "2026-02-16", "pancake day specials": "2026-02-16",
}
START = datetime(2026, 1, 5, tzinfo=timezone.utc)
DAYS = [START + timedelta(days=i) for i in range(0, 82) if (START + timedelta(days=i)).weekday() < 5]


def plausible(row):
    import re
    pool = list(row["pool"] or ALL)
    low = row["text"].lower()
    out = []
    for h in pool:
        sn, fn = SURNAMES.get(h), FIRST.get(h)
        if sn and re.search(r"\b" + re.escape(sn.lower()) + r"\b", low):
            continue
        if fn and re.search(r"\b" + re.escape(fn.lower()) + r"\b", low):
            continue
        if any(w in low for w in INTEREST_WORDS.get(h, [])):
            continue
        out.append(h)
    assert out, row["text"]
    return out


def main():
    rng = random.Random(SEED)
    rows = list(ROWS)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        author = r["author"] or rng.choice(plausible(r))
        day = None
        for k, d in DATE_HINTS.items():
            if d and k in r["text"]:
                day = datetime.fromisoformat(d + "T00:00:00+00:00")
        if day is None:
            day = rng.choice(DAYS)
        ts = day.replace(hour=rng.randint(8, 18), minute=rng.randint(0, 59), second=0)
        account = "personal" if author in PERSONAL else "councillor"
        assert account == r["account"], (r["text"], author)
        obj = {
            "id": f"b46-{i:03d}", "text": r["text"], "author": author,
            "created_at": ts.isoformat(), "platform": rng.choice(["x", "facebook", "bluesky"]),
            "account": account, "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"], "kind_of_row": r["kind_of_row"],
        }
        obj.update(r["extra"])
        obj["note"] = r["note"]
        out.append(obj)
    with open("posts.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out), "rows written")


if __name__ == "__main__":
    main()
