#!/usr/bin/env python3
"""Build blind set b35 (East Lindmarsh District Council): twelve single-post rules beyond the abuse family.

Every text, label and note below was written by hand for this set. The script shuffles the rows with a
fixed seed (3535), gives out ids (b35-NNN), picks authors, platforms and timestamps, and writes posts.jsonl.
Running it again produces the same file.
"""
import datetime as dt
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 3535

ROWS = []

def P(family, text, note, also=(), allowed=(), v=None, author=None, account="councillor", date=None):
    """A positive row written for `family`; `also` lists further expected rules."""
    ROWS.append(dict(kind_of_row="positive", family=family, text=text, note=note,
                     rules=[family, *also], allowed=list(allowed), verdict=v,
                     author=author, account=account, date=date))

def N(near, text, note, allowed=(), author=None, account="councillor", date=None):
    """A hard negative: a near miss of `near`; expects no rule."""
    ROWS.append(dict(kind_of_row="hard_negative", family="hard_negative", near_miss_of=near, text=text,
                     note=note, rules=[], allowed=list(allowed), verdict="ok",
                     author=author, account=account, date=date))

def F(text, note, allowed=(), author=None, date=None):
    ROWS.append(dict(kind_of_row="filler", family="filler", text=text, note=note, rules=[],
                     allowed=list(allowed), verdict="ok", author=author, account="councillor", date=date))

# ---------------------------------------------------------------- officers.impartiality (review)
O = "officers.impartiality"
P(O, "Read Mark Swaby's report on the Tothill Road scheme three times now. It reads like it was drafted in the Leader's office, not by a neutral planner.",
  "Questions a named planning officer's neutrality in public.", allowed=["defamation.allegation"])
P(O, "Told planning in no uncertain terms today: that recommendation to approve needs to change before it gets anywhere near committee. Residents won't wear it.",
  "Presses officers to change their recommendation.", allowed=["predetermination.closed-mind"])
P(O, "Funny how our Head of Housing always finds the money for the Leader's ward and never for ours. Whose side is Yusuf actually on?",
  "Questions a named officer's political neutrality.", allowed=["tone.irony-risk", "respect.personal-attack"])
P(O, "Dear officers at Hallowby House: you work for ALL of us, not just the cabinet. Might be worth acting like it for once.",
  "Public accusation that officers are partisan.")
P(O, "I've asked Louise Fotherby to take the paragraph on highway capacity out of the committee report. Frankly it's not helpful to our case.",
  "Asks a named officer to alter the content of a report for political ends (3.1 guidance).")
P(O, "Our licensing manager needs reminding she isn't an elected member. Her 'advice' on late licences reads like a campaign leaflet.",
  "Criticises an officer (by role) and questions her neutrality.", allowed=["respect.personal-attack"])
P(O, "Another week, another s151 'warning' from Graham Kettleby timed perfectly to help the administration. Coincidence? 🤔",
  "Insinuates the named s151 officer times advice politically.", allowed=["tone.irony-risk"])
P(O, "Environmental services say the bin round 'can't be changed'. I've told them it will be, one way or another, by the end of the month.",
  "Pressing officers to change a professional decision.", allowed=["bullying.intimidation"])
P(O, "if the officer's report keeps calling the flooding 'minor' I'll keep sending it back until it doesnt. simple as that",
  "Threatens to keep returning a report until its content changes.")
P(O, "Not sure the planners at ELDC have ever met a field they didn't want covered in houses. 'Neutral professionals' my foot.",
  "Publicly questions planning officers' impartiality.")
P(O, "Friendly tip for the comms team: maybe run the Leader's press releases past someone who isn't a paid-up party member first 😉",
  "Implies the communications officers are partisan.", allowed=["tone.irony-risk"])
P(O, "Phil Oxcombe's team have had my ward's fly-tipping reports for six weeks. Phil should honestly be embarrassed.",
  "Public criticism of a named officer.", allowed=["respect.personal-attack"])
P(O, "Spoke to the case officer on the quarry extension and made it very clear her conclusions on dust don't stand up. She needs to look again before it's published.",
  "Pressing an officer to change the conclusions of a report before publication.", allowed=["predetermination.closed-mind"])
P(O, "The Monitoring Officer only ever seems to find breaches on this side of the chamber. Funny, that.",
  "Questions the Monitoring Officer's neutrality in public.", allowed=["tone.irony-risk"])
P(O, "Some senior officers are very clearly hoping for a change of administration in May. It shows in every single briefing we get.",
  "Claims officers are politically biased.")
P(O, "Dawn in licensing, with respect, you've got this one wrong and you know it. Rewrite the advice.",
  "Publicly tells a named officer to change her advice.")
P(O, "Sat through a 'neutral' officer presentation this morning that somehow used the cabinet's campaign slogan twice. Make of that what you will.",
  "Questions officers' neutrality in public.")
P(O, "The chief exec should be telling the Leader 'no' once in a while. That's literally what he's paid £140k a year for.",
  "Criticises the chief executive and implies he is the Leader's creature.")
P(O, "Councillors shouldn't have to drag basic answers out of the finance team. Graham Kettleby's department is failing, plain and simple.",
  "Public criticism of a named officer's department (plain).")
P(O, "Officers 'recommend approval'. Officers don't have to live next to it. I've asked them to reconsider and I expect a different recommendation in the final report.",
  "Pressing officers to change their recommendation.", allowed=["predetermination.closed-mind"])
P(O, "Huge congratulations to our planning department for discovering, after three years, that the Fen Drove junction is dangerous. Truly world-class work 👏👏",
  "Mock praise of officers: criticism of officers plus irony.", also=["tone.irony-risk"])

N(O, "Massive thanks to Phil Oxcombe and the street cleansing crew who had Market Street spotless by 7am after the carnival.",
  "Thanking a named officer; naming may raise the rule, so it is allowed.", allowed=[O])
N(O, "I've asked officers to explain how they got the traffic figures in the Tothill Road report, so I understand the method before committee.",
  "Questioning officers to understand a report is expressly permitted by 3.1.", allowed=[O])
N(O, "The cabinet ignored clear officer advice on the reserves. That's on the cabinet, not on the staff who gave the warning.",
  "Criticises the cabinet's decision and defends officers.", allowed=[O])
N(O, "Good to see the neighbourhood policing team out on Skelworth High Street this morning. Visible policing matters.",
  "Police 'officers', not council officers; no criticism.")
N(O, "The returning officer has published the notice of poll for the Crowcotes by-election. Polling day is Thursday 26 March.",
  "Neutral mention of the returning officer's published notice.")
N(O, "I disagree with the recommendation in the leisure report and I'll say so at scrutiny. Disagreeing with a recommendation isn't doubting the people who wrote it.",
  "Disagreeing with a recommendation in debate without pressing officers or doubting them.", allowed=[O])
N(O, "Officers work incredibly hard under real pressure. Budget cuts have consequences and the staff at Hallowby House are feeling them.",
  "Supportive of officers; shares 'officers' vocabulary.")
N(O, "Welcome to our new Head of Communications, Claire Withcall. Looking forward to working with you!",
  "Welcoming a named officer.", allowed=[O])
N(O, "Planning policy here is a mess and the Local Plan is years out of date. That's a political failure, twelve years in the making.",
  "Blames the politicians for planning policy, not the planners.")
N(O, "Asked the finance team for the parking income broken down by car park. Arrived within two days. Thank you!",
  "Thanks officers for information.", allowed=[O])
N(O, "The report to cabinet says closing two libraries saves £210k. I think the cabinet's choice to close them is simply wrong.",
  "Criticises the decision, not the report's authors.")
N(O, "Question for Thursday's scrutiny: what assumptions sit behind the 4% council tax figure? Asking so residents understand it, not to score points.",
  "Legitimate questioning of a report's basis.")
N(O, "Environmental health officers are coming into Fendyke Primary next week to talk food hygiene with Year 6. Lovely idea.",
  "Positive mention of officers' work.")
N(O, "No member of staff should put up with the abuse our customer service team got this week. Be kind to the people answering the phones.",
  "Defends staff.")
N(O, "The Leader keeps hiding behind 'officer advice'. Take responsibility for your own decisions, Margaret.",
  "Targets the Leader (a councillor), not officers; robust political criticism.", allowed=[O])
N(O, "Nominations are open for the council's staff awards. Our care workers deserve every bit of recognition they get.",
  "Praise of staff.")
N(O, "Our enforcement team can only act on what they're told about. Seen fly-tipping? Report it online with a photo and a location.",
  "Neutral service information.")
N(O, "Met the new planning apprentice today, who wants to be a conservation officer one day. The future's bright.",
  "Friendly; 'officer' as a job title.")
N(O, "The inspector's report on the Local Plan lands next month. Whatever it says, councillors must own the decisions that follow.",
  "About councillors' responsibility; no pressure on officers.")
N(O, "Officers gave cabinet three options for the waste depot. I prefer option B and I'll argue for it on the 18th.",
  "Stating a political preference between officers' options is not pressing them.")

# ---------------------------------------------------------------- resources.political-use (review)
R = "resources.political-use"
P(R, "Big thank you to the lovely reprographics team at Hallowby House for running off our Crowcotes Labour leaflets at such short notice 🌹",
  "Council print room and staff used for party leaflets.", allowed=[O])
P(R, "Want to help re-elect the Greens in Mardleby? Drop me a line on my council email and I'll put you on the canvassing rota.",
  "Council email used to organise party canvassing.")
P(R, "Our Reform UK surgery this Saturday is in Committee Room 2 at the council offices. Come along and sign up as a member while you're there!",
  "Council room used for party membership recruitment.")
P(R, "Typing up the Lib Dem Focus leaflet on my council laptop in the members' lounge. Glamorous life 😂",
  "Council laptop and room used for a party leaflet.")
P(R, "Me and our Conservative candidate for Fendyke in the council chamber, ELDC crest right behind us. Vote Blue on 7 May!",
  "Council chamber and crest used as a campaign backdrop.")
P(R, "Asked my council-funded caseworker to pull together everyone who complained about potholes so we can send them our campaign newsletter.",
  "Council staff time and casework data used for campaigning.", allowed=["data-protection.personal-data"])
P(R, "Phone bank for party members on Thursday afternoon. I've booked meeting room B at the council offices, bring your own mugs ☎️",
  "Council meeting room booked for a party phone bank.")
P(R, "Got the council's graphics team to mock up our group's 'Save Hallowby Library' campaign poster. Looks fab!",
  "Council staff producing a party group's campaign material.", allowed=[O])
P(R, "Independent campaign van's parked in the council depot overnight, cheers to the lads there for keeping an eye on it 👍",
  "Council depot used for a campaign vehicle.")
P(R, "Sending our party's election pledge card to everyone on my ward casework mailing list tonight.",
  "Casework list held as a councillor used for party campaigning.", allowed=["data-protection.personal-data"])
P(R, "Filmed my campaign video in the Mayor's parlour. The backdrop's just too good not to use 😉 #VoteLabour",
  "Civic room used for a party campaign video.")
P(R, "Using the council franking machine for our branch membership renewals saves a fortune. Every little helps!",
  "Council postage equipment used for party mail.")
P(R, "Council iPad, party canvassing app, 300 doors knocked. Team Conservative on fire today 🔥",
  "Council device used for party canvassing.")
P(R, "Our Reform leaflets now carry the East Lindmarsh crest so people know we mean business.",
  "Council logo on party leaflets.", allowed=["capacity.council-voice"])
P(R, "Thanks to the council's communications office for proofreading our group manifesto. Fresh eyes always help!",
  "Council staff time on a party manifesto.", allowed=[O])
P(R, "Borrowed the council's gazebo and PA system for the Green Party stall at Mardleby market. Come and say hello!",
  "Council equipment used for a party stall.")
P(R, "Fancy a Labour poster for your window? Pick one up from my pigeonhole at the council offices reception.",
  "Council reception used to distribute party posters.")
P(R, "Campaign HQ this week = my desk in the members' room. Council printer working overtime 😅 #LibDemWinsHere",
  "Council printer and room as campaign HQ.")
P(R, "I'll send our party survey from my @eastlindmarsh.gov.uk address so it doesn't end up in everyone's spam.",
  "Council email address used for a party survey.")
P(R, "The council's social media scheduler is brilliant. I've loaded a whole month of Reform campaign posts into it.",
  "Council software used for party campaign posts.")

N(R, "Ward surgery at the council offices, Committee Room 2, Saturday 10 till 12. Bring your council tax, housing or planning queries.",
  "Council room used for ward surgery: council business.")
N(R, "Out canvassing with the Labour team in Crowcotes this weekend. Leaflets paid for by the local party and printed by a local firm.",
  "Campaigning without council resources.")
N(R, "Please email me at my council address about casework: housing, bins, potholes, anything council related.",
  "Council email used for council business.")
N(R, "Conservative coffee morning at the Brantwold Arms, Saturday 11am. All welcome!",
  "Party event at a private venue.")
N(R, "Reminder from Democratic Services that the members' room printer is for council business only. Fair enough, I say.",
  "Reminder of the rule itself.", allowed=[R])
N(R, "Our Green Party spring conference is at the Mardleby Methodist hall this year, booked and paid for by the party.",
  "Party event paid by party.")
N(R, "Took the council pool car to the Saltings flood site visit with the Environment Agency today.",
  "Council car used for council duty.")
N(R, "Used my council laptop to get through all 400 pages of the budget papers. Eyes now square.",
  "Council laptop used for council work.")
N(R, "Printed and promoted by East Lindmarsh Liberal Democrats, 4 Cornhill, Hallowby. Our leaflet on the bus cuts is out now.",
  "Party imprint; no council resource.")
N(R, "The Lib Dem group has put a motion to Full Council on rural bus cuts. Debate on the 26th.",
  "Party activity within council business.")
N(R, "Candidate photo shoot done at Hallowby Market Cross. Not a council logo in sight, as the rules say 😄",
  "Campaign photo deliberately avoiding council branding.", allowed=[R])
N(R, "People ask whether councillors get free printing for elections. We don't, and quite right too.",
  "Statement of the rule.")
N(R, "The council's design team has produced a cracking leaflet about the new food waste collections. Copies in every library.",
  "Council resource for council information.")
N(R, "Labour members' meeting tonight at the Railway Tavern function room. Party business only, bring your ideas.",
  "Party meeting at private venue.")
N(R, "Spent the afternoon in the members' room answering 37 casework emails. The inbox fights back.",
  "Members' room used for casework.")
N(R, "Please don't send party political stuff to my council email. Use the Reform address on our website instead.",
  "Keeps party and council email apart.", allowed=[R])
N(R, "Mayor's parlour open day on Friday for local schools. Come and find out how your council works.",
  "Civic room used for civic education.")
N(R, "The council is consulting on bus routes. Paper forms at libraries and council offices until 13 March.",
  "Council consultation.")
N(R, "Knocked 200 doors with my own phone and a clipboard. Grassroots campaigning at its finest.",
  "Campaigning with own equipment.")
N(R, "Our campaign launch is at Skelworth Village Hall, hired and paid for by the branch. See you there!",
  "Campaign event paid by party.")

# ---------------------------------------------------------------- position.improper-advantage (review)
PO = "position.improper-advantage"
P(PO, "As your councillor I can get your planning application moved up the pile. DM me the reference number.",
  "Offers to fast-track through the role (plain).")
P(PO, "Anyone in Fendyke after a new driveway, my nephew's firm Cartwright Surfacing are brilliant. Mention my name and the highways sign-off will be a doddle 😉",
  "Promotes a relative's firm and implies favourable treatment by highways.")
P(PO, "Had a quiet word with the housing team and my constituent's daughter is now top of the list. That's what a proper councillor does.",
  "Boasts of using the role to jump a housing queue.")
P(PO, "Don't bother with the online form for missed bins. Message me and I'll go straight to the depot manager and get you sorted first.",
  "Offers priority treatment through the role.")
P(PO, "Local caterers: want a shot at the council's events contract? Buy a table at our fundraiser and I'll put in a good word 😉",
  "Offers influence over a council contract in return for support.")
P(PO, "Friends of mine who run the Crowcotes Tea Rooms have had no joy with their pavement licence. Leave it with me, I sit on licensing.",
  "Uses committee seat to help friends.")
P(PO, "My brother-in-law's tendering for the grounds maintenance contract. I know what the panel wants to see so he'll be absolutely fine.",
  "Uses position to advantage a relative in a tender.", allowed=["confidentiality.insider-advantage"])
P(PO, "Parking ticket on Market Street? Send me a photo of it. I know who to speak to 🤫",
  "Offers to get fines dropped through the role.")
P(PO, "Supporters who help out on the campaign will find their casework goes a lot quicker. Let's just leave it at that.",
  "Offers favours in casework for political support.")
P(PO, "Delighted to recommend my wife's new cleaning company for the council's community centres. I've already passed her details to the facilities manager.",
  "Promotes a spouse's business to the council.", allowed=["interests.declared-interest"])
P(PO, "Council tax query stuck? I'm on first-name terms with the head of revenues. I'll get it written off if it's a genuine mix-up.",
  "Offers to get debts written off via personal influence.")
P(PO, "Hallowby businesses, if you'd like your application looked at kindly, it really helps to come along to my business breakfast first.",
  "Links favourable treatment to attending the councillor's event.")
P(PO, "I'll make sure the enforcement people leave the Skelworth car boot alone this year. It's run by very good friends of mine.",
  "Uses position to shield friends from enforcement.")
P(PO, "Used a bit of councillor clout to get my son a work experience slot in the planning department. Perks of the job!",
  "Uses position for a family member.")
P(PO, "Not saying the council will buy its hanging baskets from my mate's nursery because I put a word in, but it won't hurt 😂",
  "Steers council purchasing to a friend's business.")
P(PO, "Residents who voted for me: you'll be first in line when the new allotment plots are allocated. Promise.",
  "Offers preferential allocation for votes.")
P(PO, "Need a taxi licence in a hurry? I know the licensing lot very well, give me a ring and we'll see.",
  "Offers to speed a licence through personal influence.")
P(PO, "A quiet word from a councillor goes a long way with building control. Happy to have that word for anyone who asks nicely.",
  "Offers to use influence with building control.")
P(PO, "pleased my old firm is finally on the approved contractor list after i vouched for them with procurement",
  "Used position to benefit a former employer.")
P(PO, "Noise complaint against your pub? I'll make sure it goes nowhere. Landlords, you know where to find me.",
  "Offers to quash complaints through the role.")

N(PO, "As your councillor I can't fast-track anyone's planning application, and I shouldn't. I can explain the process and chase for updates.",
  "Explicitly refuses to fast-track; shares the 'as your councillor' phrase.", allowed=[PO])
N(PO, "Small Business Saturday! Shop local in Hallowby: the market, the butchers and all the independents on Bridge Street need you.",
  "General support for local business, no connection.")
N(PO, "As your councillor I've chased the missed bins on Lime Grove with the depot. Collection promised for tomorrow.",
  "Ordinary casework.")
N(PO, "Casework tip: if you've reported a pothole and nothing's happened in 28 days, let me know and I'll follow it up.",
  "Normal casework offer, no favour.")
N(PO, "I run a small joinery business. It's on my register of interests and I never mention it in council work, which is why you won't see me promote it.",
  "Declares a business and refuses to promote it.", allowed=[PO])
N(PO, "I can't help with private disputes between neighbours, but the council's mediation service can. Link below.",
  "Signposting.")
N(PO, "Friends keep asking me to 'have a word' about their parking fines. The answer is no. Appeal like everyone else, here's how.",
  "Refuses favours for friends.", allowed=[PO])
N(PO, "Congratulations to Skelworth Bakery on 50 years! Popped in for a sausage roll and paid full price 😄",
  "Congratulates an unconnected business.")
N(PO, "The council's approved contractor list is open to applications until 30 April. Any local firm can apply.",
  "Public procurement information.")
N(PO, "Housing allocations are done strictly by the banding policy. I can help you check your banding is right, nothing more.",
  "Proper limit on casework help.")
N(PO, "Proud to be a councillor. No perks, no favours, just a great many emails about dog mess.",
  "Denies perks.")
N(PO, "Helped a resident fill in her Blue Badge form at this morning's surgery. The form is long; the staff were lovely.",
  "Ordinary help, no advantage.")
N(PO, "Local businesses: free advice session on bidding for council contracts with the Chamber of Commerce on 12 Feb.",
  "Open advice for all businesses.")
N(PO, "I've referred the damp complaint at the Brantwold flats to environmental health, as any resident could. They have a duty to inspect.",
  "Referral anyone could make.")
N(PO, "Fantastic new café just opened in Mardleby. No connection to me whatsoever, I just like their flapjacks. Go!",
  "Promotes an unconnected business, says so.")
N(PO, "If a councillor ever offers to 'sort' your application in return for a favour, report it to the Monitoring Officer.",
  "Warns against the behaviour.", allowed=[PO])
N(PO, "Our allotment waiting list is first come, first served. Here's the link to join it.",
  "Fair process.")
N(PO, "Going to bat for Fendyke shops on business rates relief. Every eligible business should apply, and I'll help any of them with the form.",
  "Help offered to all on equal terms.")
N(PO, "Raised the pavement licence backlog at licensing committee: it's holding up dozens of cafés across the district.",
  "Raises a general backlog, no favour.")
N(PO, "Asked for the planning backlog figures: 312 applications waiting. I'll push for more staff, not shortcuts for anyone.",
  "Rejects shortcuts.")

# ---------------------------------------------------------------- gifts.hospitality (advice; review when giver seeks a decision)
G = "gifts.hospitality"
P(G, "Thank you to the Saltings Hotel for the complimentary afternoon tea after the Mayor's charity walk. Spoiled rotten!",
  "Hospitality accepted from a local business with no known council decision pending: advice.")
P(G, "Lovely gesture from the Hallowby Chamber of Commerce: a bottle of 18-year-old single malt for my 'support for local business'. Very kind!",
  "Gift accepted because of the role; may be £100+ (register within 28 days): advice.")
P(G, "Thanks @BrightwaterRenewables for the Six Nations tickets at Twickenham! What a game 🏉",
  "Gift from the applicant for the pending Saltings Marsh solar farm: review.", v="review")
P(G, "Fab dinner at The Old Granary courtesy of Tennyfield Homes, chatting about their vision for Skelworth. Great people.",
  "Hospitality from the applicant for 140 homes at Tothill Road (pending): review.", v="review")
P(G, "Kestrel Coffee sent a hamper round to all the Hallowby North councillors. The brownies did not survive the afternoon 😋",
  "Gift from a firm with a pending drive-through application: review.", v="review")
P(G, "Huge thanks to Verlow Waste for the corporate box at the football on Saturday. Fingers crossed for their contract renewal!",
  "Hospitality from a contractor seeking renewal: review.", v="review")
P(G, "Got a lovely Fortnum's hamper from the firm that does our highways repairs. Christmas came late this year!",
  "Gift from a council contractor: review.", v="review")
P(G, "A weekend at a spa hotel in the Wolds, courtesy of a developer I've been meeting about the Local Plan. Needed that!",
  "Hospitality from a developer seeking Local Plan allocations: review.", v="review")
P(G, "Brightwater Renewables kindly flew a few of us over the solar array site by helicopter. Cracking views of Mardleby!",
  "Hospitality from the pending solar farm applicant: review.", v="review")
P(G, "The Wheatsheaf landlord wouldn't let me pay for a single drink all night. Legend 🍺",
  "Hospitality from a pub with a pending licence variation: review.", v="review", allowed=["haste.pause-before-posting"])
P(G, "Thanks to the Wolds Edge Golf Club for the free round and lunch today. I could get used to this!",
  "Hospitality from a local club; no known decision: advice.")
P(G, "A beautiful framed print from the owners of Brantwold Hall Farm. They really do love this district.",
  "Gift from the applicants for the pending holiday lodges: review.", v="review")
P(G, "Invited to Cheltenham by a company that supplies the council's IT. Can't wait to get my tweed on 🐎",
  "Hospitality from a council supplier: review.", v="review")
P(G, "Ticket to the Chamber's black-tie ball, gifted by the Chamber. Worth every penny I didn't pay 😂",
  "Hospitality accepted in the role: advice.")
P(G, "Our Chair of Council received a gorgeous bouquet and a £150 voucher from the Mardleby Rotary. Thank you!",
  "Gift over £100 (register within 28 days): advice.")
P(G, "dinner last night with the lads behind the Skelworth kebab house late licence. top food and i never saw a bill 😁",
  "Hospitality from a pending licence applicant: review.", v="review")
P(G, "New phone courtesy of a telecoms firm pitching for the council's mobile contract. Very slick piece of kit.",
  "Gift from a bidder for a council contract: review.", v="review")
P(G, "Thanks Hallowby Motors for the loan of an electric car for the month. Zero emissions and zero cost to me!",
  "Benefit in kind from a local business: advice.")
P(G, "Fendyke Quarry's owners took a few of us for a slap-up lunch after the site tour. Much appreciated.",
  "Hospitality from the pending quarry extension applicant: review.", v="review")
P(G, "A case of wine from a local estate agent who 'appreciates my work on the planning committee'. Cheers!",
  "Gift tied to planning role from someone with an interest in planning outcomes: review.", v="review")
P(G, "VIP passes to Mardleby Music Festival for me and the family from the organisers. Can't wait!",
  "Gift from an event that needs a premises licence from the council: review.", v="review")

N(G, "Politely declined a hamper from a firm that bids for council work, and logged the offer with the Monitoring Officer as the code says.",
  "Refused gift, registered: no acceptance.", allowed=[G])
N(G, "A cup of tea and a slice of Victoria sponge at the Skelworth WI. The best kind of councillor hospitality ☕",
  "Trivial hospitality normal to duties.", allowed=[G])
N(G, "Lovely birthday presents from my grandchildren, including a mug that says 'World's Okayest Councillor'.",
  "Family gift not related to the role.")
N(G, "Paid for my own ticket to the Chamber of Commerce dinner. Good food, good speeches.",
  "Paid own way.")
N(G, "Reminder to colleagues: gifts and hospitality worth £100 or more must be registered within 28 days. The register's on the website.",
  "Reminder of the rule.", allowed=[G])
N(G, "We raised £1,200 for the Chair's charity at the quiz. Thank you to everyone who donated raffle prizes!",
  "Donations to charity, not gifts to the councillor.")
N(G, "Free swimming for under-16s at Crowcotes Leisure Centre this half term, paid from the council's holiday activity fund.",
  "Free service for residents.")
N(G, "Thanks to everyone who brought cakes to the Brantwold litter pick. Sugar-fuelled volunteering at its best.",
  "Volunteers sharing cake.")
N(G, "My gifts register for the year: one box of chocolates from a resident (shared with the office) and a WI tea towel. Wild times.",
  "Transparent, trivial.", allowed=[G])
N(G, "Tennyfield Homes are holding a public exhibition on their Tothill Road plans at Skelworth Village Hall on Thursday. Go along and ask questions.",
  "Mentions an applicant; no gift or hospitality.")
N(G, "Dinner out for our 30th anniversary, paid for by our kids. Feeling very lucky.",
  "Family gift.")
N(G, "The Wheatsheaf is hosting a fundraiser for the air ambulance on Saturday. Go along and dig deep.",
  "Mentions a pub; no gift to the councillor.")
N(G, "Free hot drinks at the warm space in Hallowby library every weekday afternoon. Everyone welcome.",
  "Free service for residents.")
N(G, "Got a thank-you card from a family I helped with a housing case. Honestly made my week.",
  "Card of thanks, trivial.", allowed=[G])
N(G, "Turned down tickets from a company with an application in the system. Not worth the headache, and not worth the principle.",
  "Refused.", allowed=[G])
N(G, "Brightwater Renewables have published their community benefit offer for the solar farm. Read it before the consultation closes.",
  "Applicant's public offer to the community, not a gift to the councillor.")
N(G, "Bought a round for the volunteers after the flood sandbagging. They earned every drop.",
  "Councillor gives, not receives.")
N(G, "No such thing as a free lunch on budget day. Councillors bring their own sandwiches, ask anyone.",
  "Denies hospitality.")
N(G, "Grateful to the Mardleby Rotary for donating £500 to the food bank. Community spirit at its finest.",
  "Donation to a charity.")
N(G, "Staff dress-down day raised £340 for the hospice. Well done, Hallowby House!",
  "Charity fundraising.")

# ---------------------------------------------------------------- capacity.council-voice (review)
C = "capacity.council-voice"
P(C, "East Lindmarsh District Council believes an incinerator anywhere near Fendyke is unacceptable, and we'll fight it every step of the way. #HallowbyLabour",
  "Party view presented as the council's belief (no council resolution).")
P(C, "On behalf of East Lindmarsh District Council, I want to say how angry we are at the Chancellor's cuts to rural bus funding.",
  "Opposition councillor speaks 'on behalf of' the council.")
P(C, "Official council position, for the avoidance of doubt: we back a full return to weekly bin collections.",
  "Party policy labelled 'official council position' (plain).")
P(C, "The council has had enough of Westminster ignoring the coast. ELDC says: fund our sea defences now! #ReformUK",
  "Party campaign message voiced as the council's.")
P(C, "Speaking for the whole council: the Government's new housing targets are a disaster for rural Lincolnshire.",
  "Claims to speak for the whole council.")
P(C, "East Lindmarsh Council does not support the Greens' 20mph madness. Simple as that.",
  "Party view presented as the council's stance.")
P(C, "ELDC stands with our farmers against the inheritance tax changes, and I'm proud of my council for saying it loud and clear.",
  "A stance the council has not taken presented as the council's.")
P(C, "A message from your district council: vote Lib Dem on 7 May to save Hallowby's minor injuries unit.",
  "Party electioneering voiced as the council.", allowed=[R])
P(C, "The view of this council is clear: the devolution deal is a stitch-up for Lincolnshire.",
  "Personal or party view stated as the council's view.")
P(C, "We, East Lindmarsh District Council, formally condemn the Labour group's walkout on Tuesday.",
  "Partisan statement framed as a formal council statement.")
P(C, "The council's official line on Brexit day: best thing that ever happened to our fishing fleet 🇬🇧",
  "Personal view labelled the council's official line.")
P(C, "the council thinks the county's new bus timetable is a joke and so do i",
  "From a personal account: presents a view as the council's.", author="@bevs_bakes", account="personal")
P(C, "Just so everyone knows where ELDC stands: we're against the offshore wind farm off Mardleby. Full stop.",
  "Personal stance presented as the council's.")
P(C, "Hallowby Town Council and East Lindmarsh District Council agree: the Greens are wrong about the bypass.",
  "Party attack voiced as both councils' view.")
P(C, "As a council we say thank you to Reform UK for finally giving the coast a voice.",
  "Party praise voiced as the council.")
P(C, "East Lindmarsh District Council's official response to the water bill rises: we're furious and we're backing the Lib Dem petition. Sign below!",
  "Party petition presented as the council's official response.")
P(C, "Statement from ELDC: the Leader's decision to cut library hours is reckless and must be reversed.",
  "Opposition criticism dressed as a council statement.")
P(C, "The council is now officially backing the campaign to bring back the Mardleby branch line. (Well, I am, and I'm on the council, so close enough 😂)",
  "Jokingly but publicly presents a personal campaign as official council support.", allowed=["tone.irony-risk"])
P(C, "Your council wants you to know: Reform councillors will cut your council tax. That's a promise.",
  "Party pledge voiced as the council.")
P(C, "Today East Lindmarsh formally backs a Yes vote in the mayoral referendum. Our group's leaflet has all the details.",
  "Group campaign stance presented as the council's formal position.")

N(C, "My personal view, not the council's: the county should rethink the bus timetable.",
  "Clearly labelled personal view.", allowed=[C])
N(C, "Full Council voted 24 to 11 last night to back the motion on rural bus funding. I voted for it.",
  "Factual report of a council resolution.")
N(C, "The council's official position is set out in the cabinet report (link). I disagree with it, and here's why.",
  "Distinguishes the council's position from own view.", allowed=[C])
N(C, "Labour's position is clear: we oppose the cut to library hours. The administration disagrees.",
  "Party view labelled as the party's.")
N(C, "Views here are my own. Council business goes through the proper channels.",
  "Disclaimer.")
N(C, "The council has launched its consultation on the new Local Plan. Have your say by 20 March.",
  "Reports a council action.")
N(C, "Our group believes the 20mph trial should go ahead in Hallowby town centre.",
  "Group view labelled as the group's.")
N(C, "ELDC's official account has posted the gritting routes for tonight. Please check before you travel.",
  "Signposts the council's own account.")
N(C, "Proud that Full Council passed the armed forces covenant motion today, unanimously and cross-party.",
  "Reports a real council decision.")
N(C, "I can't speak for the council on this one; it hasn't decided. Speaking for myself, I'm sceptical.",
  "Explicit about capacity.", allowed=[C])
N(C, "The Reform UK group will table an amendment to the budget. We think council tax should be frozen.",
  "Group view.")
N(C, "Cabinet agreed today to fund two more street wardens. That's now council policy, and I'm delighted.",
  "Reports a council decision accurately.")
N(C, "When I post here I'm speaking as the Lib Dem councillor for Crowcotes, not for ELDC.",
  "Capacity disclaimer.")
N(C, "Apparently the council believes in nothing except car park charges. (That's a joke, comms team, calm down.)",
  "Sarcasm about the council, not presenting a view as the council's.", allowed=[C, "tone.irony-risk"])
N(C, "The council's press release on the Saltings flood defences is here. Good news for residents.",
  "Shares the council's own release.")
N(C, "Green group statement: we're disappointed the cabinet rejected our climate motion.",
  "Group statement labelled as such.")
N(C, "The Chair of Council will represent the council at the Holocaust Memorial Day service at Hallowby Market Cross on 27 January.",
  "Factual civic role.")
N(C, "People ask what 'the council' thinks about the bypass. Honestly? 43 councillors, 43 opinions.",
  "Reflects on council views without claiming one.")
N(C, "Our manifesto is out. It's our plan, not the council's, so read it and judge for yourself.",
  "Distinguishes party from council.")
N(C, "Full Council formally resolved in November to oppose closing Hallowby's minor injuries unit. That is still council policy.",
  "Accurate statement of a council resolution.")

# ---------------------------------------------------------------- confidentiality.insider-advantage (review)
I = "confidentiality.insider-advantage"
P(I, "If you're thinking of selling a house on Tothill Road, you might want to hang on a few months. Can't say more 😉",
  "Hints at unannounced council knowledge to advantage sellers.")
P(I, "Hallowby business owners: get your pavement licence applications in before April. Trust me on this one.",
  "Unannounced fee change hinted for advantage.")
P(I, "Tip-off for my mates in the trades: the council's about to put out a massive retrofit contract. Get your paperwork in order now.",
  "Tip-off to friends ahead of a procurement (plain).")
P(I, "My brother's been eyeing the units on Fendyke Trading Estate. Told him to buy now before the enterprise zone news comes out.",
  "Advises a relative to buy before an announcement.")
P(I, "Not officially announced yet, but there'll be a LOT of demand for holiday lets in Mardleby soon. Investors, take note.",
  "Trades on unannounced information.")
P(I, "Word to the wise: the Northgate car park won't stay free after the summer. Buy your season ticket now while it's cheap.",
  "Uses unannounced information to give an advantage.")
P(I, "Friends with land round Skelworth: don't sell to the first agent who knocks. What's coming will be well worth the wait.",
  "Hints at confidential plans to friends with land.")
P(I, "Heard in a briefing this morning which streets the new parking zone covers. My cousin's just bought a garage on one of the others 😂",
  "Briefing knowledge used to benefit a relative.", allowed=["confidentiality.disclosure"])
P(I, "Local builders, keep your diaries free in late spring. Let's just say the council's housing programme is about to get a lot bigger. You didn't hear it from me.",
  "Advance notice to builders.")
P(I, "Before the council announces the new market stall rents, my sister's locking in a three-year lease this week. Smart girl.",
  "Relative advantaged before an announcement.")
P(I, "Got the inside track on where the new leisure centre's going. Good time to open a café nearby, if you catch my drift ☕",
  "Inside track offered for commercial advantage.")
P(I, "Anyone I know with shares in a local bus operator, maybe hang onto them till after the contract decision 😉",
  "Investment hint from council knowledge.")
P(I, "Cabinet papers I've seen suggest the rates relief is ending. My husband's put his appeal in early, just in case.",
  "Cabinet papers used for a spouse's advantage.", allowed=["confidentiality.disclosure"])
P(I, "Quietly telling friends in Crowcotes to get their extensions in before the new design code lands. Nobody's seen it yet but it's a lot stricter.",
  "Unpublished policy used for friends' advantage.")
P(I, "There's a plot going cheap on Fen Drove. I'd buy it if I were you, for reasons I can't go into 🤐",
  "Veiled investment tip.")
P(I, "Told my son-in-law to get a bid in for the old Hallowby fire station before it's publicly marketed. Early bird and all that.",
  "Relative advantaged ahead of public marketing.")
P(I, "From someone who sits in cabinet: the Saltings car park is getting a big upgrade. Businesses nearby should think about expanding now.",
  "Cabinet knowledge shared for advantage.")
P(I, "Pub landlords of Hallowby: extend your licences NOW. I've seen what's coming for the town centre and you'll thank me later.",
  "Advance warning for advantage.")
P(I, "lads at the angling club — if you've ever fancied a bit of land near the drain at Fendyke, now's the time. say no more 🎣",
  "Personal account: hints at council knowledge for friends' advantage.", author="@roystainby_angling", account="personal")
P(I, "Family heads-up ahead of the announcement: free parking in Mardleby ends in June. Fill the holiday cottage diary accordingly.",
  "Pre-announcement knowledge used for family business.")

N(I, "The Local Plan consultation is now open. Landowners, developers and residents can all comment until 20 March.",
  "Public information to all.")
N(I, "Business rates relief: the scheme was announced today and applications are open. Apply before 31 March.",
  "Announced scheme.")
N(I, "Announced today: free parking in Mardleby every Saturday in February. Go and support the shops!",
  "Announced.")
N(I, "Heads-up: the council's retrofit contract is live on the procurement portal now. Local firms, get bidding.",
  "Public procurement notice.")
N(I, "The new leisure centre site was confirmed at cabinet last night: Northgate. Consultation on the design starts next month.",
  "Public decision.")
N(I, "I can't tell you what's in the cabinet papers and I won't. The decision will be public on 12 Feb.",
  "Refuses to share.")
N(I, "Buy now before they sell out! Tickets for the Hallowby Beer Festival are on sale today.",
  "Shares 'buy now before' phrasing; public sale.")
N(I, "Market stall rents for 2026/27 have been published. Traders, have a read of the letter that went out this week.",
  "Published information.")
N(I, "Thinking of buying a house? Check the council's public planning map first so you know what's proposed nearby.",
  "Public information.")
N(I, "The old fire station is up for sale on the open market through the council's agents. Details online.",
  "Open marketing.")
N(I, "Tip for residents: book your garden waste subscription before 1 March to get the early-bird price.",
  "Public offer.")
N(I, "We get briefings before announcements and we keep them to ourselves until they're public. That's the job.",
  "States the duty.", allowed=[I])
N(I, "Don't sell your land to the first agent who knocks. Get independent advice first; Citizens Advice have a good guide.",
  "General consumer advice without inside knowledge.", allowed=[I])
N(I, "Enterprise zone bid announced by the Leader this morning. Fingers crossed for Fendyke Trading Estate.",
  "Announced.")
N(I, "Tip-off from a resident about fly-tipping on Fen Drove. Reported to enforcement and it was cleared within a day.",
  "'Tip-off' about fly-tipping.")
N(I, "The county's announced the new bus contract winner. Good news for the 51 route.",
  "Announced.")
N(I, "Parking charges go up in April, as agreed at Full Council last week. I voted against.",
  "Public decision.")
N(I, "Pub landlords: the licensing policy consultation is open until 6 March. Your views matter.",
  "Public consultation.")
N(I, "Insider's guide to Hallowby market: go early, get the samphire, thank me later.",
  "'Insider' about shopping.")
N(I, "My cousin asked if I knew anything about the Skelworth plans. Told him what I tell everyone: read the public agenda.",
  "Refuses to advantage a relative.", allowed=[I])

# ---------------------------------------------------------------- predetermination.closed-mind (review; block with a pending.csv match)
PD = "predetermination.closed-mind"
P(PD, "The Tothill Road scheme for 140 homes will be refused. I'll make sure of it when it comes to committee.",
  "Settled view on pending ELD/25/0912/FUL: block.", v="block")
P(PD, "My mind's made up on the Saltings Marsh solar farm. It's a no from me, whatever the officers recommend.",
  "Settled view on pending ELD/25/1044/FUL: block.", v="block")
P(PD, "An adult gaming centre in the old Co-op on Market Street? Over my dead body. I'll be voting it down in April.",
  "Settled view on pending ELD/26/0031/COU: block.", v="block")
P(PD, "The Wheatsheaf wants to stay open till 2am. Not a chance. I sit on licensing and it WILL be refused.",
  "Settled view on pending licence LIC/26/0007: block.", v="block")
P(PD, "ELD/25/1044/FUL: I've read enough. This application must be refused.",
  "Names the pending reference with a settled view: block.", v="block")
P(PD, "Don't worry Brantwold, those holiday lodges at Hall Farm will never be approved while I'm on planning.",
  "Settled view on pending ELD/25/0988/OUT: block.", v="block")
P(PD, "Fendyke Quarry extension: dust, lorries, noise. No amount of evidence is going to change my vote.",
  "Closed mind on pending ELD/26/0102/FUL: block.", v="block")
P(PD, "The Kestrel Coffee drive-thru on Hallowby Retail Park is a done deal as far as I'm concerned. Approve it and let's get on with life.",
  "Predetermined in favour of pending ELD/26/0077/FUL: block.", v="block")
P(PD, "LIC/26/0015 — a 3am kebab licence on Skelworth High Street? I'll be voting against. Don't need to hear from the applicant.",
  "Settled view on pending licence, refuses to hear applicant: block.", v="block")
P(PD, "Whatever the report says about Crowcotes Lane Paddock, I'm voting to refuse. Residents have made themselves clear.",
  "Settled view on pending ELD/25/1120/FUL: block.", v="block")
P(PD, "Tennyfield's plans for Tothill Road are a disgrace and I've already decided how I'm voting next month.",
  "Settled view on pending ELD/25/0912/FUL: block.", v="block")
P(PD, "That wind turbine application out at Brantwold? Definite no from me when it comes to committee.",
  "Settled view on a quasi-judicial matter not on the register: review.")
P(PD, "Whatever the officers say about the new flats on Station Road, I'll be voting against them.",
  "'Whatever the officers say' on an unregistered application: review.", allowed=[O])
P(PD, "I've made up my mind about the supermarket application in Mardleby. No point pretending otherwise.",
  "Settled view, not on register: review.")
P(PD, "The taxi driver's licence appeal next week: he'll lose, and deservedly so.",
  "Settled view on a pending appeal not on register: review.")
P(PD, "Any application for another vape shop in Hallowby town centre will be refused on my watch.",
  "Closed mind on future applications: review.")
P(PD, "The Mardleby Arms extension won't get past me at committee. Simple.",
  "Settled view, not on register: review.")
P(PD, "licensing sub next tuesday — that bar's been trouble for years. it's losing its licence, end of",
  "Settled view on a licence review: review.")
P(PD, "Planning committee this week: I'm voting to approve the care home on Lime Grove and nothing said in the debate will change that.",
  "Predetermined in favour, not on register: review.")
P(PD, "No barn conversion in the Skelworth conservation area will ever be approved while I'm on planning committee.",
  "'Will never be approved': review.")
P(PD, "I'll listen politely to the applicant for the Crowcotes phone mast, then refuse it.",
  "Pretended hearing, settled view: review.")

N(PD, "I have real concerns about traffic on Tothill Road. I'll listen carefully to all the evidence at committee before I decide.",
  "Predisposition on a pending matter, which RULES.md allows.", allowed=[PD])
N(PD, "I will vote against this budget. Cutting libraries to pay for car park resurfacing is the wrong priority.",
  "Settled view on policy (budget), not quasi-judicial.")
N(PD, "The Saltings Marsh solar farm application is on the council website. Comments close 20 Feb, so have your say either way.",
  "Neutral signposting of a pending matter.")
N(PD, "Planning committee refused the Station Road flats last month. I think they got it right, for the record.",
  "View on a decided matter.")
N(PD, "I'm not on licensing, so I won't be voting on the Wheatsheaf, but residents can object until the deadline.",
  "Signposting; no settled view.", allowed=[PD])
N(PD, "Keeping an open mind on the Fendyke Quarry extension. The jobs matter and so does the dust. Send me your views.",
  "Open mind on a pending matter.", allowed=[PD])
N(PD, "Our group will vote against the new parking strategy at Full Council. It hits the high street hard.",
  "Policy vote.")
N(PD, "Residents asked me to oppose the Paddock application. As a committee member I can't take sides before the hearing, but I'll make sure your objections are read.",
  "Refuses to predetermine.", allowed=[PD])
N(PD, "The inspector allowed the appeal on the Brantwold barn conversion. Disappointing, but that's the system.",
  "Decided appeal.")
N(PD, "My mind's made up: pineapple does NOT belong on pizza. Fight me 🍕",
  "'Mind made up' about pizza.")
N(PD, "I will never vote for a council tax rise above inflation. That's a political promise and I'll keep it.",
  "Policy pledge, not quasi-judicial.")
N(PD, "Site visit to Fendyke Quarry this morning with the planning committee. Lots to weigh up before May.",
  "Open mind.")
N(PD, "I've asked for a public meeting on the gaming centre application so residents can hear both sides before committee.",
  "Process, no view.")
N(PD, "The government's planning reforms must be stopped. Local people should decide what gets built locally.",
  "National policy.")
N(PD, "Predisposed? Yes, I've got worries about the holiday lodges. Predetermined? No. I'll decide on the evidence.",
  "Predisposition expressly allowed.", allowed=[PD])
N(PD, "Proud to have moved the motion that our Local Plan will rule out any new incinerator. Plan-making is policy, and this is mine.",
  "Plan-making is policy.", allowed=[PD])
N(PD, "The kebab house late licence is on the public register. If you live nearby and want to comment, here's how.",
  "Signposting.")
N(PD, "Cabinet approved the Hallowby bypass business case today. Now for the funding bid.",
  "Executive decision.")
N(PD, "Whatever the officers say, I'm buying another pair of wellies. Fen life 🥾",
  "'Whatever the officers say' joke.")
N(PD, "I voted to refuse the Mardleby Arms extension last month after hearing all sides. The applicant has now appealed.",
  "Past decision after hearing.", allowed=[PD])

# ---------------------------------------------------------------- interests.declared-interest (review; written by the holder)
D = "interests.declared-interest"
P(D, "The new lorry routing policy would hit agricultural firms like Skelworth Grain hard. I'll be pushing cabinet to drop it.",
  "Holder (director of Skelworth Grain Ltd) campaigns on a council matter affecting it.", author="@KeithDunthorpe")
P(D, "Great news that the Fen Drove weight limit review is finally on the agenda. Long overdue for us grain hauliers in Skelworth.",
  "Holder of Skelworth Grain Ltd on a council matter affecting its haulage.", author="@KeithDunthorpe")
P(D, "Delighted the council is looking at a £250k grant to the Mardleby Harbour Trust. I'll be making the case for it at cabinet.",
  "Trustee of the Harbour Trust pressing for a council grant to it.", author="@OwenPritlove")
P(D, "The Harbour Trust's lease renewal with ELDC comes up next month. Fair rent please, the Trust does brilliant work on the quay.",
  "Trustee on a council lease with the Trust.", author="@OwenPritlove")
P(D, "The council's flood budget should go to the people who know the fens best: Fendyke IDB. I'll be voting for the transfer.",
  "IDB member votes on funding to the IDB.", author="@LenTothbyInd")
P(D, "Scrutiny's looking at the drainage levy next week. As someone who knows the IDB inside out, I'll be arguing to protect it.",
  "IDB member on the council's drainage levy.", author="@LenTothbyInd")
P(D, "The proposed tourism levy would be a disaster for Mardleby's holiday parks, mine included. I'll fight it at council.",
  "Owner of Saltings Holiday Park on a levy affecting it.", author="@GemmaLusby")
P(D, "Sixty lodges at Brantwold Hall Farm would flood the market. The committee should think hard about the impact on existing holiday parks along the coast.",
  "Holiday park owner comments on a competitor's pending application.", author="@GemmaLusby", allowed=[PD])
P(D, "Cabinet decides this month which housing association gets the Northgate site. Brantwold Community Housing is the obvious choice and I'll be saying so.",
  "Board member of Brantwold Community Housing on a council land decision.", author="@BevMaddisonLab")
P(D, "The council should hand the Lime Grove garages to Brantwold Community Housing for affordable homes. Motion going in from me this week.",
  "Board member proposing a council transfer to her body.", author="@BevMaddisonLab")
P(D, "Pay and grading review at Full Council on the 26th. I'm backing Unison's position 100% and I'll be speaking on it.",
  "Unison-sponsored councillor on a matter where Unison has a stake.", author="@TariqHaswellLab")
P(D, "Outsourcing the leisure service would hit our Unison members hardest. I'll be voting against it at Full Council.",
  "Sponsored by the Unison branch; speaks to council matter affecting it.", author="@TariqHaswellLab")
P(D, "The council's hanging baskets contract is up for renewal. Local suppliers like Crowcotes Garden Centre deserve a fair crack and I'll be saying so.",
  "Owner of Crowcotes Garden Centre on a contract it could win.", author="@SharonBelchford", allowed=[PO])
P(D, "Proposed parking restrictions on Crowcotes Lane would kill trade at the garden centre. Objecting formally and speaking at committee.",
  "Garden centre owner on restrictions affecting her business.", author="@SharonBelchford")
P(D, "Our playing pitch strategy has to put Hallowby Youth Sports Trust front and centre. Making the case at scrutiny on Thursday.",
  "Trustee of the Youth Sports Trust on a council strategy.", author="@DomWraySutton")
P(D, "Community grants close Friday. I've been pushing for the Youth Sports Trust bid to get the full £40k. They deserve it.",
  "Trustee pushing for a council grant to the Trust.", author="@DomWraySutton")
P(D, "Rates revaluation for agricultural stores is a scandal. Skelworth Grain and others are being clobbered and I'll raise it at cabinet.",
  "Director of Skelworth Grain on rates affecting it.", author="@KeithDunthorpe")
P(D, "vote tomorrow on the harbour dredging contract. the Harbour Trust has waited years for this, let's get it done",
  "Trustee on a council contract benefiting the Trust.", author="@OwenPritlove")
P(D, "Whoever wins the drainage maintenance tender, the IDB should oversee it. I put that to the cabinet member this morning.",
  "IDB member lobbying for an IDB role in a council tender.", author="@LenTothbyInd")
P(D, "Caravan site licence fees up 12%? I run a holiday park, I know exactly what that means. I'll be opposing it.",
  "Holiday park owner opposing fees that apply to her park.", author="@GemmaLusby")

N(D, "Delighted the council is looking at a grant to the Mardleby Harbour Trust. They do fantastic work on the quay.",
  "Same matter, but the author holds no interest in the Trust.", allowed=[D], author="@FreyaAsterbyGreen")
N(D, "Great day out with the Harbour Trust volunteers painting the lifeboat station. Sore arms!",
  "Holder, but no council matter.", allowed=[D], author="@OwenPritlove")
N(D, "Harvest's in at last. Skelworth Grain's best year since 2019, proud of the whole team.",
  "Holder, business news, no council matter.", allowed=[D], author="@KeithDunthorpe")
N(D, "I've declared my interest as an IDB member and will leave the room for the drainage levy item on Thursday, as I should.",
  "Holder doing exactly what the code asks; the rule may still fire.", allowed=[D], author="@LenTothbyInd")
N(D, "Spent Saturday at the Brantwold Community Housing garden party. Lovely tenants, even lovelier cakes.",
  "Holder, social, no council matter.", allowed=[D], author="@BevMaddisonLab")
N(D, "Unison's annual quiz raised £600 for the hospice. Great effort, everyone.",
  "Holder, charity news.", allowed=[D], author="@TariqHaswellLab")
N(D, "The hanging baskets contract is up for renewal. Hope plenty of local suppliers put in a bid.",
  "Same matter, author holds no interest.", author="@ColinUlcebyRUK")
N(D, "Our under-12s from the Youth Sports Trust won the county cup! Unbelievable effort from the kids.",
  "Holder, sports news.", allowed=[D], author="@DomWraySutton")
N(D, "Brantwold Community Housing has bid for council land at Fendyke. Cabinet will consider it in April.",
  "Neutral report by a non-holder.", author="@MOrmesbyCon")
N(D, "Declared: I own a holiday park, so I won't speak or vote on the tourism levy. Others will make the case.",
  "Holder steps back; the rule may still fire.", allowed=[D], author="@GemmaLusby")
N(D, "The tourism levy consultation is open. Holiday parks, B&Bs and residents should all respond.",
  "Non-holder on the same matter.", author="@PritiSandhuKeal")
N(D, "I've asked the Monitoring Officer for advice before the lorry routing debate, given my business interests. Better safe than sorry.",
  "Holder seeking advice.", allowed=[D], author="@KeithDunthorpe")
N(D, "Fendyke IDB do an unsung job keeping our feet dry. Thank you to their crews during Storm Ingrid.",
  "Non-holder praising the IDB.", author="@RoyStainbyFen")
N(D, "Walked the Mardleby sea wall with the Environment Agency. The erosion at the Saltings is worse than I'd feared.",
  "Holder of Harbour Trust on an unrelated matter.", author="@OwenPritlove")
N(D, "Unison reps made a strong case at the staff consultation. The administration should listen.",
  "Non-holder (Lib Dem) on the same matter.", author="@JanetCawkwellLD")
N(D, "IDB pump station open day on Saturday. Come and see how the fens stay dry!",
  "Holder promoting a public open day, no council matter.", allowed=[D], author="@LenTothbyInd")
N(D, "Reminder that every councillor's register of interests is online. Mine includes my garden centre. Transparency matters.",
  "Holder pointing to her register; no council matter.", allowed=[D], author="@SharonBelchford")
N(D, "Skelworth Grain is one of the district's biggest employers. Any lorry routing policy has to work for rural businesses.",
  "Same matter, but author is not the holder.", allowed=[D], author="@CllrFretwell")
N(D, "Ran the Hallowby 10k in 52 minutes! Legs are jelly.",
  "Holder, personal news.", author="@DomWraySutton")
N(D, "The housing waiting list is 2,300 households. We need more social homes, full stop.",
  "Holder of a housing association seat on general housing policy; not touching her body directly.", allowed=[D], author="@BevMaddisonLab")

# ---------------------------------------------------------------- data-protection.personal-data (review; block for special category or identifiers)
DP = "data-protection.personal-data"
S = "security.credentials"
P(DP, "Mrs Doreen Halsey of 14 Lime Grove, Hallowby has waited nine months for her damp to be fixed. Disgraceful.",
  "Private individual's name with address: review.")
P(DP, "Spoke to Kev Marsden at 3 Fen Drove Cottages. He's 87, lives alone with dementia and still no carer visits.",
  "Name, address and health (special category): block.", v="block")
P(DP, "The bloke dumping rubbish on Crowcotes Lane drives a white Transit, reg YK19 HXP. Name's Darren something. Police know.",
  "Vehicle registration of a private individual plus an offence: block.", v="block", allowed=["defamation.allegation"])
P(DP, "Resident on Market Street (Mr A. Patel, no. 22) asked me to share his case ref HSG/2025/04471 so housing will finally respond.",
  "Name, address and a council case reference: block.", v="block")
P(DP, "Happy 87th to Jean Moulder (born 4/2/1939!), our longest-serving Brantwold volunteer 🎂",
  "Full date of birth of a private individual: block.", v="block")
P(DP, "Anyone know Carl Bedford, 7 Tothill Road, LN11 9XQ? His garden's a tip and he never answers the door.",
  "Name, address and postcode of a private person: review.", allowed=["respect.personal-attack"])
P(DP, "The tenant at Flat 2, Northgate Court, a single mum of three just out of rehab, has had no heating for three weeks.",
  "Identifiable by address, with health data: block.", v="block")
P(DP, "Need a lift to the polling station? Ring Mrs Ellis on 07700 900417, she's kindly offered!",
  "Private individual's phone number: block; also a private phone number of another person.", also=[S], v="block")
P(DP, "The family whose boy was excluded from Mardleby Academy, the Hendersons at Quay Cottage, are being failed by the system.",
  "A child identified by family name and address: block (children).", v="block")
P(DP, "Email in from a resident, Sandra Pickering (s.pickering62@gmail.com), about the bins. Sandra, I've passed it on!",
  "Private individual's email address: block.", v="block")
P(DP, "Mr Tomasz Nowak at 9 Fen Drove was convicted of fly-tipping last year and he's at it again.",
  "Criminal record of a named private person: block.", v="block", allowed=["defamation.allegation"])
P(DP, "The gentleman at 31 Skelworth Road, Ray, has terminal cancer and would love his hedge cut. Can anyone help?",
  "Health of an identifiable person: block.", v="block")
P(DP, "Council tax account 500123987 for the flat above the chip shop has been billed wrongly for 3 years. Sorting it for the owner, Mrs Gill.",
  "Account reference with a name: block.", v="block")
P(DP, "Reported the Range Rover (AB21 KLM) that parks on the pavement outside Crowcotes school every single morning.",
  "Vehicle registration of a private individual: block.", v="block")
P(DP, "One of the residents at Saltings View care home, Edna Wilkes in room 12, tells me her medication keeps being missed.",
  "Service user with health data: block.", v="block")
P(DP, "NHS number 943 476 5919: posting so the hospital can trace this resident's lost referral. DM'd the family too.",
  "NHS number: block (plain).", v="block")
P(DP, "Casework this week: helped Gary and Lisa Tuplin at 5 Church Lane, Crowcotes with their housing benefit appeal.",
  "Names, address and benefit claim: review.")
P(DP, "Sarah from Mill Close (the one with the autistic twins) has finally got her EHCP meeting. Well done Sarah!",
  "Children's disability, identifiable: block.", v="block")
P(DP, "Noisy neighbour on Orchard Way turns out to be Michael Fenn at number 18. He's been told.",
  "Name and address of a private person: review.")
P(DP, "Tracey in our Revenues team has been off sick with stress for months and it shows in the backlog.",
  "Health data of a staff member: block.", v="block", allowed=[O])
P(DP, "The Muslim family who moved into 6 Station Road have had their windows put in. Mr and Mrs Qureshi, please call me.",
  "Religion (special category) with names and address: block.", v="block")

N(DP, "Got a council issue? Email me at cllr.j.cawkwell@eastlindmarsh.gov.uk or call 01632 960118. Surgery at Crowcotes Village Hall, Back Lane, first Saturday of the month.",
  "The councillor's own published contact details ([self]).", allowed=[DP], author="@JanetCawkwellLD")
N(DP, "Met Alastair Grimoldby MP today about the Mardleby sea wall. He's promised to raise it with the minister.",
  "Named public office holder.")
N(DP, "A resident on Lime Grove has waited nine months for damp repairs. I've escalated it and I'll keep on at it.",
  "No identifiable individual.")
N(DP, "Thanks to Jean from the Brantwold WI for the amazing scones at the litter pick.",
  "First name and a club, no identifiers.", allowed=[DP])
N(DP, "Inspector Kerry Welton gave a great update at the Hallowby community safety meeting.",
  "Named public office holder.")
N(DP, "Reminder: never post your National Insurance number or date of birth on social media. Scammers love them.",
  "Advice mentioning identifier types, no data.", allowed=[DP])
N(DP, "Dementia-friendly cinema screening at the Hallowby Regal on Tuesday. Carers get in free.",
  "Health topic, no individual.")
N(DP, "Elderly residents deserve better than nine-month waits for home adaptations. The figures are in the cabinet report.",
  "Aggregate.")
N(DP, "Skelworth Bakery, 4 High Street, Skelworth, is our Small Business of the Year! Go and buy a pasty.",
  "Business address, not a private individual.")
N(DP, "If you have a housing case, please DM me your details privately rather than posting them here. I'll keep them safe.",
  "Good practice.")
N(DP, "Fly-tippers caught on camera on Fen Drove have been fined £400 each. Good work by our enforcement team.",
  "No individual named.")
N(DP, "Happy 100th birthday to Mardleby's Alf! Card from the King and everything 🎂",
  "First name and age, no identifier; borderline.", allowed=[DP])
N(DP, "The council's privacy notice explains how we use your data. Worth a read if you've ever wondered.",
  "Data topic only.")
N(DP, "Cllr Tariq Haswell and I disagree on plenty, but we agree on this: fix the Lime Grove flats.",
  "Named councillor (public office holder).")
N(DP, "Postcode lottery for GP appointments in LN11: Mardleby patients wait twice as long as Hallowby. Unacceptable.",
  "Postcode district, aggregate.")
N(DP, "Care homes in our district: 11 rated good, 2 require improvement. The full list is on the CQC website.",
  "Aggregate.")
N(DP, "My number's on the council website if you need me: 01632 960118. Evenings are fine.",
  "The councillor's own published phone ([self]).", allowed=[DP, S], author="@JanetCawkwellLD")
N(DP, "The Crowcotes school lollipop lady has retired after 31 years. Thank you for keeping our kids safe!",
  "No name.")
N(DP, "Housing waiting list figures by ward are published today. Hallowby South has the longest wait.",
  "Aggregate.")
N(DP, "Claire Withcall, our Head of Communications, is the person to contact for council press enquiries.",
  "Named officer in a public role.", allowed=[O])

# ---------------------------------------------------------------- security.credentials (block)
P(S, "Wi-Fi at Saturday's surgery in Crowcotes Village Hall is 'CrowcotesVH', password Hall2026! if anyone needs it.",
  "Password posted.", v="block")
P(S, "Key safe code for the Brantwold community centre is 4471. Volunteers, please lock up after the jumble sale.",
  "Key safe code.", v="block")
P(S, "Anyone else just get a text with code 583 902 from the members' portal? Typed it in, not sure what it was for!",
  "One-time code posted.", v="block")
P(S, "Teams link for the residents' forum at 6: meeting ID 391 552 087 and passcode Fen8824. Everyone welcome!",
  "Meeting passcode.", v="block")
P(S, "Residents owed a council tax refund can claim here: eastlindmarsh-refunds.co/login — takes 2 minutes!",
  "Malicious-looking lookalike link.", v="block")
P(S, "Need a skip permit sorted? Ring Pete in highways on his own mobile, 07700 900562. Very helpful chap.",
  "Private phone number of another person (a staff member): block.", also=[DP], v="block", allowed=[O])
P(S, "note to self (and apparently everyone): members portal login is cjwright / Skelworth#12. oops",
  "Login and password posted.", v="block")
P(S, "Free laptops for over-65s! Click bit.ly/3xEldc-free and pop in your bank details to register.",
  "Suspicious short link asking for bank details.", v="block")
P(S, "The door code for the members' entrance at Hallowby House changed to 1906# this week, for colleagues who missed the email.",
  "Door code.", v="block")
P(S, "Here's the API key for the council's open data feed so you can build your own bin-day app: sk_live_7Hq2Lm9Pz4Wx81Tb",
  "API key (plain).", v="block")
P(S, "Got a security code on my phone, 771204. Apparently someone's trying to get into my email. Anyone know what to do?",
  "One-time code posted.", v="block")
P(S, "The Mardleby Quay defib cabinet code is 2580, stick it in your phone just in case.",
  "PIN for a cabinet; ambulance service gives it on a 999 call, so posting it is a credential.", v="block")
P(S, "If the foodbank rota spreadsheet asks for a password, it's foodbank2026 (all lower case).",
  "Password.", v="block")
P(S, "Members' Wi-Fi is ELDC-Members and the key is Lindmarsh!77 if you're in the chamber early.",
  "Network key.", v="block")
P(S, "Please call Mrs Ormond's son Gareth on 07700 900918 if you see her wandering. She gets very confused.",
  "Private phone number of another, with health data: block.", also=[DP], v="block")
P(S, "Claim your flood grant before Friday: https://eastlindmarsh-gov.support-claims.ru/grant",
  "Malicious-looking link.", v="block")
P(S, "Zoom for the parish liaison meeting: ID 812 4471 9930, passcode 55tg2. See you at 2.",
  "Meeting passcode.", v="block")
P(S, "Combination for the Saltings beach hut store is 0-7-3-9. Lifeguards please note!",
  "Lock combination.", v="block")
P(S, "Login for the shared ward Dropbox: hallowbynorthcllrs@gmail.com / Pennyfarthing88",
  "Shared account credentials.", v="block")
P(S, "Verification code for the group WhatsApp: 394 118. Sorry, meant to DM that 🤦‍♀️",
  "One-time code.", v="block")

N(S, "Reminder: the council will NEVER ask for your PIN or bank details by text. If in doubt, hang up and ring us.",
  "Scam warning mentioning PIN.", allowed=[S])
N(S, "Councillors' password reset day. Done mine: long, unique and definitely not my cat's name 😼",
  "Talks about passwords without revealing one.", allowed=[S])
N(S, "Sensible advice from IT: put a PIN on your phone and don't reuse passwords between accounts.",
  "Security advice.")
N(S, "Scam alert: fake council tax refund texts are doing the rounds. Don't click the links.",
  "Warning.", allowed=[S])
N(S, "The council's real website is eastlindmarsh.gov.uk. Always check for .gov.uk before you enter any details.",
  "Legitimate link.")
N(S, "Free Wi-Fi is live in Hallowby Market Place. Just connect to 'ELDC Free WiFi', no password needed.",
  "Open network, no credential.", allowed=[S])
N(S, "New defibrillator installed at the Skelworth Co-op. In an emergency ring 999 and they'll give you the cabinet code.",
  "Mentions a code without posting it.", allowed=[S])
N(S, "Key safes for vulnerable residents: Adult Social Care can fit one free. Never post the code anywhere!",
  "Mentions key safe codes without one.", allowed=[S])
N(S, "Two-factor authentication switched on for all my accounts. If I can do it, anyone can.",
  "Security practice.")
N(S, "PIN-sharp performance from the Hallowby Brass Band at the civic service. Sorry, couldn't resist.",
  "Pun.")
N(S, "Report a pothole on the council website or ring customer services on 01632 960000.",
  "Council's public number.")
N(S, "Free 'staying safe online' sessions for older residents at the library every Tuesday.",
  "Topic only.")
N(S, "Code of conduct training this morning. Good refresher on social media and data protection.",
  "'Code' as in code of conduct.")
N(S, "The new pay-and-display machines take contactless. No PIN needed under £100.",
  "PIN mention only.")
N(S, "Someone tried to phish the parish council with a fake invoice this week. The clerk caught it in time.",
  "Phishing story, no link.")
N(S, "Secret ingredient in my chilli for the charity cook-off? Not telling. It's password-protected 🌶️",
  "Joke.")
N(S, "Register to vote at gov.uk/register-to-vote. Takes five minutes.",
  "Legitimate link.")
N(S, "Join tonight's residents' forum on Teams. The link is in the council newsletter, which goes to everyone who signed up.",
  "Points to a link without a passcode.")
N(S, "Lost my phone on the bus, had a minor panic, found it under the seat. Note to self: put a passcode on it.",
  "Passcode mention.")
N(S, "Dodgy link alert: someone's sharing a fake 'ELDC grants' page. The real grants page is on eastlindmarsh.gov.uk.",
  "Warning without the malicious link.", allowed=[S])

# ---------------------------------------------------------------- confidentiality.disclosure (review; block with a register match)
X = "confidentiality.disclosure"
P(X, "Can't say too much, but Project Samphire is going to transform the Mardleby harbour front. Exciting talks with a big developer!",
  "Names a confidential project in negotiation: register match, block.", v="block")
P(X, "The Fendyke Maltings acquisition is in the bag at £1.2m. A bargain for the district if you ask me.",
  "Exempt acquisition and price disclosed: block.", v="block")
P(X, "Heard today the Tothill Road settlement will cost the council six figures. Someone should answer for that.",
  "Legal claim under privilege: block.", v="block")
P(X, "Operation Scarecrow is going to give the illegal waste carriers on Fen Drove a very nasty surprise next month 👀",
  "Enforcement operation disclosed ahead: block.", v="block")
P(X, "Hallowby Depot disposal: cabinet's preferred bidder is a supermarket chain. You heard it here first.",
  "Exempt disposal and bidder: block.", v="block")
P(X, "Project Samphire update from closed session: the developer wants the council to underwrite the marina. Not on my watch.",
  "Register match plus closed session: block.", v="block")
P(X, "People keep asking about the Maltings. All I'll say is the Fendyke Maltings acquisition has hit a snag over the asbestos survey.",
  "Register match: block.", v="block")
P(X, "Our lawyers reckon we'll lose. The Tothill Road settlement talks are not going well at all.",
  "Legal advice on a registered claim: block.", v="block")
P(X, "Lots of internal interest in Operation Scarecrow. Fen Drove fly-tippers, watch this space.",
  "Register match on an enforcement operation: block.", v="block")
P(X, "The bids for the Hallowby Depot disposal are in and the highest is nowhere near the valuation. Cabinet will be fuming.",
  "Bids on an exempt disposal: block.", v="block")
P(X, "What I learned in the Part 2 item at cabinet: the leisure contractor's losses are far worse than anyone has admitted.",
  "Part 2 marker, commercial information: review.")
P(X, "This was told to me in confidence, but residents deserve to know: the primary on Lime Grove is earmarked for closure.",
  "'In confidence' marker: review.")
P(X, "Leaked draft budget shows 40 posts going from environmental services. I'll share the page when I can.",
  "'Leaked', labour relations: review.")
P(X, "Between you and me (and my 2,000 followers 😂) the chief exec is off to a bigger council in the summer.",
  "'Between you and me', staff matter: review.")
P(X, "Off the record: the bus operator has told the council it's pulling out of the Skelworth routes in June.",
  "'Off the record' marker, commercial: review.")
P(X, "Sat in closed session for two hours. Can reveal the figure on the table for the leisure site is £3.4m.",
  "Closed session figure disclosed: review.")
P(X, "The embargoed inspection report on our housing service is damning. Out next week, but you read it here first.",
  "Embargoed report disclosed: review.")
P(X, "Exempt report says the council could face a £900k bill over the failed IT system. Residents should know.",
  "Exempt report content: review.")
P(X, "Not for publication, apparently, but a senior manager in planning is under disciplinary investigation. Says it all.",
  "Labour relations, 'not for publication': review.", allowed=[O, DP])
P(X, "Told in confidence by a housing officer that the Brantwold flats are to be emptied for demolition. Tenants, start asking questions.",
  "'In confidence': review.", allowed=[O])

N(X, "Crimestoppers: you can report fly-tipping and other crime in confidence, anonymously.",
  "'In confidence' about reporting crime.", allowed=[X])
N(X, "I voted against taking the leisure report in closed session. Residents should see as much of it as the law allows.",
  "Argues for openness; marker words.", allowed=[X])
N(X, "Part 2 of our bus consultation opens next week. This time it's all about Sunday services.",
  "'Part 2' of a public consultation.", allowed=[X])
N(X, "The confidential reporting line for staff concerns is on the intranet. Whistleblowers are protected by law.",
  "'Confidential' line.", allowed=[X])
N(X, "Cabinet agenda is out: items 1 to 9 in public and one exempt property item. I can't say more than that.",
  "Notes an exempt item without disclosing.", allowed=[X])
N(X, "The independent report into the failed IT system is now public. Read it, it's damning.",
  "Public report.")
N(X, "Our group asked for the leisure figures to be released and the administration agreed today. Good.",
  "Released information.")
N(X, "Embargo lifted! The district has won Coastal Community of the Year 🎉",
  "Embargo already lifted.", allowed=[X])
N(X, "Confidence vote in the Leader at Full Council on Thursday. Expect fireworks.",
  "'Confidence' in another sense.")
N(X, "FOI tip: you can request the council's spend on every contract over £500. It's all public information.",
  "Public information.")
N(X, "If you'd like to talk about something in confidence, book a private slot at my surgery.",
  "Offers confidentiality.", allowed=[X])
N(X, "Decision taken in public this afternoon: £3.4m investment in the new leisure site agreed.",
  "Public decision.")
N(X, "People ask why some items are taken in private. Usually commercial sensitivity or someone's personal data. Schedule 12A sets the rules.",
  "Explains the law.", allowed=[X])
N(X, "Between the rain and the potholes, Fen Drove is basically a lake this week. Highways have been told.",
  "'Between' phrasing trap.")
N(X, "Off the back of residents' complaints I've asked for a review of the 51 bus timetable.",
  "'Off the' phrasing trap.")
N(X, "The Mardleby harbour front needs investment. We'll all see what the regeneration plans look like when they're published.",
  "Same topic as a register term, nothing confidential disclosed.")
N(X, "Private session of the licensing sub-committee? No: licensing hearings here are held in public. Come along.",
  "Corrects a myth.")
N(X, "Leak in the roof at Hallowby library has been fixed and the books are saved!",
  "'Leak' of water.")
N(X, "Publication of the Local Plan evidence base is delayed until March. Frustrating, but better right than rushed.",
  "Public timetable.")
N(X, "I'll never disclose what's said in closed session. That's what residents expect of a councillor, whatever side you're on.",
  "Commits to confidentiality.", allowed=[X])

# ---------------------------------------------------------------- tone.irony-risk (advice)
T = "tone.irony-risk"
P(T, "Congratulations to Cllr Ulceby for discovering that potholes exist. Only took him three years and an election 👏",
  "Mock praise of a named councillor.", allowed=["respect.personal-attack"])
P(T, "Oh yes, Margaret's 'listening exercise' really listened to us. Just like last time. Yeah right.",
  "'Yeah right' aimed at the Leader.")
P(T, "What a genius move by the finance portfolio holder: sell the car park, then rent it back. A true financial wizard /s",
  "'/s' mock praise of a cabinet member.")
P(T, "Great to see Cllr Belchford turning up to a meeting! Mark the calendar, folks 🎉",
  "Mock praise of a named councillor.")
P(T, "So good of the Leader to tell us about the library cuts through the local paper. Such openness. Such transparency 🙄",
  "Mock praise of the Leader.")
P(T, "Dom Wray-Sutton says the Lib Dems 'never' do negative campaigning. Of course they don't. Never ever 😇",
  "Sarcasm about a named councillor.")
P(T, "Another masterclass in consultation from Cllr Dunthorpe: ask residents, ignore residents, repeat.",
  "'Masterclass' mock praise.")
P(T, "Truly inspiring leadership from the Labour group, walking out before the vote. Brave, brave people.",
  "Mock praise of a group of councillors.")
P(T, "Cllr Fretwell says she's 'fully across' the flooding. I'm sure Saltings residents bailing out their kitchens feel very reassured /s",
  "'/s' about a named councillor.")
P(T, "Hats off to our Green colleague for cycling to the chamber and then getting a lift home in a diesel SUV 🌍👍",
  "Mock praise of an identifiable councillor.")
P(T, "Well done Tariq, another press release, another photo op. Residents are thrilled, I'm sure.",
  "Sarcastic praise of a named councillor.")
P(T, "Loved Colin's speech on 'fiscal responsibility' from the man who once claimed £38 for a sandwich. Stellar stuff.",
  "Mock praise; the expense claim is a factual allegation.", allowed=["defamation.allegation"])
P(T, "Shout out to the cabinet member for highways, whose bold vision of filling a pothole by 2030 continues to inspire us all.",
  "Mock praise of a cabinet member.")
P(T, "Len says independents are above party politics. Sure, Len. Sure.",
  "Sarcasm at a named councillor.")
P(T, "Imagine being as confident as Cllr Haswell is about numbers he hasn't read. Must be lovely.",
  "Sarcasm about a named councillor.", allowed=["respect.personal-attack"])
P(T, "Nobody, and I mean NOBODY, cares about Mardleby like Cllr Asterby does on polling day. The other 364 days, less so.",
  "Irony about a named councillor.")
P(T, "Thanks so much to our MP for his incredibly helpful letter confirming that the sea is, in fact, wet. Invaluable.",
  "Mock praise of the MP.")
P(T, "Our Leader, a beacon of humility, has given herself a shiny new job title. Congrats, I suppose? 🏆",
  "Mock praise of the Leader.")
P(T, "Ah yes, Gemma's famous open door policy. Door's open, nobody's home.",
  "Irony about a named councillor.")
P(T, "Love how Cllr Stainby asks for 'evidence' then nods off during the evidence. Real commitment.",
  "Mock praise of a named councillor.", allowed=["respect.personal-attack"])

N(T, "Genuinely well done to Cllr Ulceby for getting the Brantwold potholes sorted so quickly. Credit where it's due.",
  "Sincere praise of the same kind of target.", allowed=[T])
N(T, "Oh brilliant, it's raining again on bin day. Lincolnshire, never change ☔",
  "Sarcasm about the weather, not a person.", allowed=[T])
N(T, "My ability to lose my council lanyard is truly world-class. Third one this year 🙈",
  "Self-deprecating irony.", allowed=[T])
N(T, "Yeah, right turn only from Northgate onto the bypass from Monday. Signs go up this week.",
  "'Yeah, right' as words, not sarcasm.")
N(T, "The cabinet's consultation was rushed and residents weren't told properly. Six days isn't enough. Extend it.",
  "Direct criticism without irony.")
N(T, "Huge congratulations to Cllr Nettleby on becoming Chair of Council. Well deserved.",
  "Sincere congratulations.")
N(T, "I think the Leader is wrong on library hours, and I've told her so to her face. Disagreeing isn't personal.",
  "Plain disagreement.")
N(T, "'Just a few roadworks', they said. Three months later the A158 still looks like the surface of the moon 🌕",
  "Irony aimed at roadworks, not a person.", allowed=[T])
N(T, "Cllr Belchford and I disagree on nearly everything, but she ran a brilliant charity quiz. Thank you!",
  "Sincere praise across parties.")
N(T, "Shout out to my husband, who heard 'quick ward walk' and came back four hours later. Love you really 😂",
  "Affectionate humour.", allowed=[T])
N(T, "The new 'smart' bins need a software update, apparently. Welcome to 2026 😂",
  "Irony about bins.", allowed=[T])
N(T, "I'll believe the bypass opens on time when I'm driving on it. Until then I'll keep asking for the programme.",
  "Scepticism about a project.", allowed=[T])
N(T, "Thanks to Cllr Lusby for chairing scrutiny so fairly today, even when it got heated.",
  "Sincere thanks.")
N(T, "Colleagues: '/s' is the most important tag on the internet. Use it or be misquoted forever.",
  "Mentions '/s' as advice.", allowed=[T])
N(T, "Nothing says January in Mardleby like a sea fret and a cancelled bus 😅",
  "Irony about weather and buses.", allowed=[T])
N(T, "The Labour group walked out before the vote. I think that was a mistake, and I've told Tariq so.",
  "Plain criticism of a group's action.")
N(T, "Great speech from Colin on fiscal responsibility. I don't agree with all of it, but it was well argued.",
  "Sincere praise.")
N(T, "The Lib Dems say they never do negative campaigning. Their latest leaflet suggests otherwise. Judge for yourself (link).",
  "Plain challenge, no sarcasm marker.")
N(T, "World's slowest printer award goes to the one in the members' room. It knows what it did 🖨️",
  "Mock award to a printer.", allowed=[T])
N(T, "Proud of our gritting crews: 180 miles of road treated overnight. Genuinely brilliant.",
  "Sincere praise.")

# ---------------------------------------------------------------- fillers
F("Litter pick on Saltings beach this Saturday from 10. Gloves and bags provided, bring a flask!", "Ward business.")
F("Brilliant turnout at the Crowcotes residents' meeting. Top issues: speeding, street lights and dog fouling.", "Ward business.")
F("Gritters are out on the A158 and Fen Drove. Take care on the untreated rural lanes this morning.", "Service update.")
F("Holocaust Memorial Day at Hallowby Market Cross this morning. A moving, well attended service.", "Civic event.", date="2026-01-27")
F("New bus shelter at Skelworth crossroads went in today. Only took 18 months of asking 😅", "Ward news with light self-aware humour.", allowed=[T])
F("Warm spaces list for February is out: libraries, three churches and the Mardleby community hub.", "Service information.")
F("Food waste caddies being delivered across Hallowby North this week. One for the kitchen, one for the kerb.", "Service information.")
F("Met Year 5 at Brantwold Primary to talk about what councillors do. Hardest question: 'Do you get paid?'", "Community visit.")
F("Budget drop-in at Hallowby library, 2 till 4 today. Tell me what you'd cut and what you'd save.", "Engagement.")
F("Street lights on Church Lane, Crowcotes are fixed. Thanks to everyone who reported them.", "Ward news.")
F("Flood warning lifted for the Saltings. Thanks to the Environment Agency and all the sandbag volunteers.", "Ward news.")
F("Fendyke Primary's new playground opened this morning. The kids gave it a very thorough safety inspection 😂", "Ward news.")
F("Pancake race on Hallowby Market Place: councillors versus traders. We lost. Badly.", "Civic fun.", date="2026-02-17")
F("Reminder: garden waste collections restart on Monday 2 March.", "Service information.")
F("Congratulations to the Mardleby lifeboat crew on 150 years of service.", "Community.")
F("Visited the new Skelworth community fridge. Brilliant idea, stocked by local shops.", "Community.")
F("Just finished reading the draft Local Plan. Long, detailed and worth your time if you care where new homes go.", "Engagement.")
F("Bus 51 timetable changes from 9 March. Printed copies in all libraries.", "Service information.")
F("Daffodils planted by volunteers on the Brantwold roundabout. Looks lovely.", "Community.")
F("Road closure: Bridge Street, Hallowby, 16 to 20 Feb for water main repairs. Diversion signed.", "Service information.")

# ================================================================ assignment (deterministic)
HANDLES = {
    "@MOrmesbyCon": ("Margaret Ormesby", "con"), "@KeithDunthorpe": ("Keith Dunthorpe", "con"),
    "@CllrFretwell": ("Alison Fretwell", "con"), "@RoyStainbyFen": ("Roy Stainby", "con"),
    "@GemmaLusby": ("Gemma Lusby", "con"), "@ChairHarrietN": ("Harriet Nettleby", "con"),
    "@TariqHaswellLab": ("Tariq Haswell", "lab"), "@BevMaddisonLab": ("Bev Maddison", "lab"),
    "@OwenPritlove": ("Owen Pritlove", "lab"), "@PritiSandhuKeal": ("Priti Sandhu-Keal", "lab"),
    "@JanetCawkwellLD": ("Janet Cawkwell", "ld"), "@DomWraySutton": ("Dominic Wray-Sutton", "ld"),
    "@FreyaAsterbyGreen": ("Freya Asterby", "green"), "@LenTothbyInd": ("Len Tothby", "ind"),
    "@SharonBelchford": ("Sharon Belchford", "reform"), "@ColinUlcebyRUK": ("Colin Ulceby", "reform"),
}
CABINET = {"@MOrmesbyCon", "@KeithDunthorpe", "@RoyStainbyFen"}
# words in a text that name an interest -> its holder (a non-holder author is chosen unless the row names one)
INTEREST_WORDS = {
    "Skelworth Grain": "@KeithDunthorpe", "Harbour Trust": "@OwenPritlove", "IDB": "@LenTothbyInd",
    "Drainage Board": "@LenTothbyInd", "holiday park": "@GemmaLusby", "Brantwold Community Housing": "@BevMaddisonLab",
    "Unison": "@TariqHaswellLab", "garden centre": "@SharonBelchford", "Garden Centre": "@SharonBelchford",
    "Youth Sports Trust": "@DomWraySutton", "nursery": "@SharonBelchford",
}
# the party an author must belong to when the text speaks for that party
PARTY_NEEDS = [
    (r"Crowcotes Labour|#VoteLabour|Labour poster|Labour team|Labour members|Labour's position|#HallowbyLabour", {"lab"}),
    (r"Greens in Mardleby|Green Party stall|Green Party spring|Green group statement", {"green"}),
    (r"Reform UK surgery|Reform leaflets|Reform campaign|Reform address|#ReformUK|to Reform UK|Reform councillors will|Reform UK group", {"reform"}),
    (r"Lib Dem Focus|#LibDemWinsHere|Lib Dem group has|vote Lib Dem|Lib Dem petition|Lib Dem councillor", {"ld"}),
    (r"Conservative candidate|Team Conservative|Conservative coffee", {"con"}),
    (r"Independent campaign van", {"ind"}),
    (r"Brexit day", {"reform", "con"}),
]
# parties that must NOT write the text (it attacks them or their administration)
PARTY_NOT = [
    (r"Labour group|Tariq", {"lab"}), (r"Greens|Green colleague", {"green"}), (r"the Lib Dems", {"ld"}),
    (r"the Leader\b|Leader's|the administration|[Tt]he cabinet('s)? (ignored|consultation|choice)|Whose side|cabinet member for highways|finance portfolio|Statement from ELDC|Monitoring Officer only", {"con"}),
]
FIXED_AUTHOR = [
    (r"Lib Dem councillor for Crowcotes", "@JanetCawkwellLD"), (r"Greens in Mardleby", "@FreyaAsterbyGreen"),
    (r"Crowcotes Labour", "@BevMaddisonLab"), (r"Cabinet papers I've seen|From someone who sits in cabinet", None),
]
# date windows for texts tied to a date (inclusive, ISO dates)
WINDOWS = [
    (r"20 March|Polling day is Thursday 26 March", ("2026-01-05", "2026-03-19")),
    (r"before 31 March", ("2026-01-05", "2026-03-27")),
    (r"every Saturday in February|Warm spaces list for February", ("2026-01-19", "2026-01-30")),
    (r"half term", ("2026-02-02", "2026-02-13")),
    (r"restart on Monday 2 March|before 1 March", ("2026-02-02", "2026-02-27")),
    (r"from 9 March", ("2026-02-09", "2026-03-06")),
    (r"16 to 20 Feb|on 12 Feb|public on 12 Feb", ("2026-01-12", "2026-02-11")),
    (r"Comments close 20 Feb", ("2026-01-05", "2026-02-19")),
    (r"until 6 March", ("2026-01-12", "2026-03-05")),
    (r"until 13 March", ("2026-01-12", "2026-03-12")),
    (r"Brexit day", ("2026-01-30", "2026-01-30")),
    (r"born 4/2/1939", ("2026-02-04", "2026-02-04")),
    (r"on the 26th", ("2026-02-09", "2026-02-25")),
    (r"on 27 January", ("2026-01-12", "2026-01-23")),
    (r"January in Mardleby|Christmas came late", ("2026-01-05", "2026-01-30")),
    (r"Storm Ingrid|Six Nations", ("2026-02-09", "2026-03-20")),
]

import re

def weekday_dates(a, b):
    d, e = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    out = []
    while d <= e:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out

def pick_author(rng, row):
    if row["author"]:
        return row["author"]
    text = row["text"]
    for pat, h in FIXED_AUTHOR:
        if h and re.search(pat, text):
            return h
    cands = [h for h in HANDLES]
    if any(re.search(p, text) for p, h in FIXED_AUTHOR if h is None):
        cands = [h for h in cands if h in CABINET]
    for h, (name, party) in HANDLES.items():
        first, last = name.split()[0], name.split()[-1]
        if re.search(r"\b(%s|%s)\b" % (re.escape(first), re.escape(last)), text) and h in cands:
            cands.remove(h)
    for word, holder in INTEREST_WORDS.items():
        if word in text and holder in cands:
            cands.remove(holder)
    for pat, parties in PARTY_NEEDS:
        if re.search(pat, text):
            cands = [h for h in cands if HANDLES[h][1] in parties]
    for pat, parties in PARTY_NOT:
        if re.search(pat, text):
            cands = [h for h in cands if HANDLES[h][1] not in parties]
    if row["family"] == "capacity.council-voice":
        # the Chair of Council and the Leader may speak for the council; keep these labels clean
        cands = [h for h in cands if h not in ("@ChairHarrietN", "@MOrmesbyCon")]
    assert cands, text
    return rng.choice(sorted(cands))

def pick_time(rng, row):
    if row["date"]:
        days = [dt.date.fromisoformat(row["date"])]
    else:
        win = ("2026-01-05", "2026-03-27")
        for pat, w in WINDOWS:
            if re.search(pat, row["text"]):
                win = w
                break
        days = weekday_dates(*win)
    day = rng.choice(days)
    t = dt.datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59),
                    tzinfo=dt.timezone.utc)
    return t.isoformat()

SEV = {"advice": 1, "review": 2, "block": 3}
BASE = {O: "review", R: "review", PO: "review", G: "advice", C: "review", I: "review", PD: "review",
        D: "review", DP: "review", S: "block", X: "review", T: "advice"}

def main():
    rng = random.Random(SEED)
    rows = list(ROWS)
    rng.shuffle(rows)
    out = []
    for n, row in enumerate(rows, 1):
        verdict = row["verdict"]
        if verdict is None:
            verdict = max((BASE[r] for r in row["rules"]), key=SEV.get) if row["rules"] else "ok"
        rec = {
            "id": "b35-%03d" % n,
            "text": row["text"],
            "author": pick_author(rng, row),
            "created_at": pick_time(rng, row),
            "platform": rng.choice(["x", "facebook", "bluesky"]),
            "account": row["account"],
            "kind": "post",
            "expect": {"rules": row["rules"], "allowed": row["allowed"], "verdict": verdict},
            "family": row["family"],
            "kind_of_row": row["kind_of_row"],
            "note": row["note"],
        }
        if row.get("near_miss_of"):
            rec["near_miss_of"] = row["near_miss_of"]
        out.append(rec)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(out), "rows")

if __name__ == "__main__":
    main()
