#!/usr/bin/env python3
"""Blind set b64 (Metropolitan Borough of Brinscowe): hand-written rows plus a deterministic builder.

Run `python3 build.py` to (re)write posts.jsonl. Seed 6464; running it again gives the same file.
"""
import json
import random
import re
from datetime import datetime, timedelta

SEED = 6464

R = {
    "off": "officers.impartiality",
    "res": "resources.political-use",
    "pos": "position.improper-advantage",
    "gift": "gifts.hospitality",
    "cap": "capacity.council-voice",
    "ins": "confidentiality.insider-advantage",
    "pre": "predetermination.closed-mind",
    "int": "interests.declared-interest",
    "dp": "data-protection.personal-data",
    "sec": "security.credentials",
    "dis": "confidentiality.disclosure",
    "tone": "tone.irony-risk",
    "pa": "respect.personal-attack",
    "bul": "bullying.intimidation",
    "def": "defamation.allegation",
}
DEFAULT_SEV = {
    "off": "review", "res": "review", "pos": "review", "gift": "advice", "cap": "review",
    "ins": "review", "pre": "review", "int": "review", "dp": "review", "sec": "block",
    "dis": "review", "tone": "advice",
}

# councillor handle -> (name, party, role flags)
COUNCILLORS = {
    "@DeniseOrmerodNA": ("Denise Ormerod", "NA", "leader"),
    "@FarooqHanifNA": ("Farooq Hanif", "NA", "cabinet"),
    "@GillTetlow": ("Gillian Tetlow", "NA", "cabinet"),
    "@RayPickupCllr": ("Raymond Pickup", "NA", "chair"),
    "@MayorBernieK": ("Bernadette Kershaw", "NA", "mayor"),
    "@kieranmellor_": ("Kieran Mellor", "NA", ""),
    "@ShaziaButtFC": ("Shazia Butt", "NA", ""),
    "@ColinHaworthCW": ("Colin Haworth", "CW", "groupleader"),
    "@jadeainscough": ("Jade Ainscough", "CW", ""),
    "@TobiNkemeluCW": ("Tobias Nkemelu", "CW", ""),
    "@MoSchofield": ("Maureen Schofield", "CW", ""),
    "@EllisCartwrightGV": ("Ellis Cartwright", "GV", ""),
    "@PritiLadLF": ("Priti Lad", "LF", ""),
    "@StanHulmeLF": ("Stan Hulme", "LF", ""),
    "@DeclanRourkeBI": ("Declan Rourke", "BI", ""),
    "@WendyTattersall": ("Wendy Tattersall", "IND", ""),
}
PERSONAL = {"@stan_pigeons": "@StanHulmeLF", "@mo_bakes_cakes": "@MoSchofield"}
HOLDERS = {
    "Brinscowe Credit Union": "@MoSchofield",
    "Tottle Bridge Community Land Trust": "@kieranmellor_",
    "Hulme & Daughter Joinery": "@StanHulmeLF",
    "Fernclough Rugby Club": "@DeclanRourkeBI",
    "Whitacre Moor Allotment Association": "@WendyTattersall",
    "Lumb Brow Food Bank": "@TobiNkemeluCW",
    "Marlwood Taxis Ltd": "@FarooqHanifNA",
    "Scarrow Green Academy Trust": "@jadeainscough",
    "Pickup Property Lettings": "@RayPickupCllr",
}
# short forms of interest bodies, and council topics that touch them: a row without a hand-set author
# that mentions any of these is never given to that interest's holder (so a hard negative never turns
# into an undeclared-interest post by accident)
BODY_CUES = {
    "Brinscowe Credit Union": ["credit union", "financial inclusion", "money advice"],
    "Tottle Bridge Community Land Trust": ["land trust", "CLT", "asset transfer", "Mill Row garages", "library transfer"],
    "Hulme & Daughter Joinery": ["Hulme & Daughter", "joiner", "window"],
    "Fernclough Rugby Club": ["Fernclough Rugby", "rugby", "pitch hire", "pitch-hire", "pitches"],
    "Whitacre Moor Allotment Association": ["allotment"],
    "Lumb Brow Food Bank": ["food bank", "household support fund", "crisis support"],
    "Marlwood Taxis Ltd": ["Marlwood Taxis", "taxi", "private hire", "cabbie", "school transport"],
    "Scarrow Green Academy Trust": ["Scarrow Green Academy", "school transport", "playing field"],
    "Pickup Property Lettings": ["Pickup Property", "lettings", "letting agen", "selective licensing", "landlord", "HMO"],
}

ROWS = []


def _row(family, kind_of_row, text, note, rules=(), allowed=(), verdict="ok", author=None,
         pool=None, account="councillor", interest=None, date=None, near=None):
    ROWS.append(dict(family=family, kind_of_row=kind_of_row, text=text, note=note,
                     rules=list(rules), allowed=list(allowed), verdict=verdict, author=author,
                     pool=pool, account=account, interest=interest, date=date, near=near))


def P(fam, text, note, v=None, extra=(), allow=(), author=None, pool=None, account="councillor",
      interest=None, date=None):
    rules = [R[fam]] + [R[e] for e in extra]
    _row(R[fam], "positive", text, note, rules, [R[a] for a in allow], v or DEFAULT_SEV[fam],
         author, pool, account, interest, date)


def H(fam, text, note, allow=(), author=None, pool=None, account="councillor", date=None):
    _row("hard_negative", "hard_negative", text, note, (), [R[a] for a in allow], "ok", author,
         pool, account, None, date, near=R[fam])


def F(text, note, author=None, pool=None, account="councillor", date=None):
    _row("filler", "filler", text, note, (), (), "ok", author, pool, account, None, date)

# ---------------------------------------------------------------- officers.impartiality
P("off", "Read the Clough Lane officer report twice now. Rebecca Sutcliffe has basically written Redmarsh's press release for them. Not impressed.",
  "Criticises a named senior planning officer's report as partisan; no settled view on the application stated.")
P("off", "Ian in highways keeps telling us the Hobsley Road crossing \"doesn't meet criteria\". Funny how the criteria shift whenever it's our end of the borough. Time he stopped hiding behind a spreadsheet.",
  "Named officer (first name + department) publicly accused of bias.")
P("off", "I've asked the Head of Planning to go back and redo the heritage section of that report before it comes anywhere near committee. As it stands it isn't fit to put in front of members.",
  "Pressing an officer (by role) to change a report, in public.")
P("off", "Can someone explain why Gareth Bamber's team are so quick to help the administration's pals and so slow for Marlwood families? Asking for the 400 households on the list.",
  "Questions a named officer's neutrality; insinuation of favouritism so defamation allowed.", allow=["def"], pool="opp")
P("off", "Our Chief Exec has gone awfully quiet since the election. Almost like she knows which side her bread's buttered 🤔",
  "Questions the Chief Executive's political neutrality.", pool="opp")
P("off", "The finance director's \"independent\" budget briefing had the Leader's fingerprints all over it. Officers are meant to be neutral, not writing campaign copy.",
  "Accuses the s151 officer (by role) of partisanship.", pool="opp")
P("off", "Lorraine in licensing needs to have a word with herself. Third late licence on Bridge St she's waved through and residents are at the end of their tether.",
  "Criticises the licensing manager by first name.")
P("off", "Told the waste team straight: change the recommendation on the Scarrow Green round or I'll be raising it at every meeting going until they do.",
  "Pressing officers to change their advice, with a pressure threat (bullying allowed).", allow=["bul"])
P("off", "Not for the first time, the planning officer's recommendation reads like it was drafted with one eye on the cabinet's wishlist.",
  "Questions a planning officer's neutrality (role).", pool="opp")
P("off", "Paul Entwistle promised us new bins in October. It's March. Someone in that department isn't doing their job and we all know who.",
  "Blames a named head of service publicly; personal-attack allowed.", allow=["pa"])
P("off", "Shout out to the comms team for making sure every council press release this month somehow features the Leader's face. Totally neutral, obviously 👏",
  "Mock praise questioning the comms officers' impartiality: officers + irony.", extra=["tone"], pool="opp")
P("off", "Had a very frank meeting with the Monitoring Officer. His advice on my complaint is wrong and I've told him I expect it revisited, in writing, by Friday.",
  "Publicly pressing the Monitoring Officer to change his advice.")
P("off", "Marcus Fairhurst should be made to explain why his department keeps recommending approval for Redmarsh. Just asking questions 🤷",
  "Insinuation against the named Head of Planning; defamation allowed. No settled view on the application itself.", allow=["def"])
P("off", "Officers in regen are clearly taking instructions from the Leader's office. The precinct report changed between drafts and I want to know who changed it.",
  "Claims officers are politically directed and the report was altered.", pool="opp")
P("off", "Gonna be honest, the new head of highways is out of his depth. Lumb Brow potholes haven't been touched since the day he walked in 🙄",
  "Personal criticism of an identifiable officer (role); personal-attack allowed.", allow=["pa"])
P("off", "Hannah's numbers don't add up and she knows it. If the s151 won't redo the reserves forecast then members should do it for her.",
  "Named finance director pressed to redo her forecast.")
P("off", "Licensing manager wants a \"balanced\" report on the festival. I want one that reflects what residents actually told us, so I've sent her my suggested wording.",
  "Pressing an officer to change a report's wording; predetermination allowed (festival licence pending, not named).", allow=["pre"])
P("off", "Yasmin in comms wouldn't put our ward note out \"because of the pre-election period\". That doesn't start for weeks. Selective rules from a department that's supposed to be impartial.",
  "Named Head of Comms accused of selective, partial treatment.")
P("off", "funny how the senior planner who recommended refusing my residents' little extension is the same one who's fine with the quarry. one rule for them eh",
  "Questions an identifiable officer's consistency and neutrality; no view stated on the quarry decision.")
P("off", "I'd gently suggest the Director of Finance remembers who she works for. That's the whole council, not the cabinet member who signs off her appraisal.",
  "Questions an officer's impartiality in public.", pool="opp")

H("off", "Huge thanks to Rebecca Sutcliffe and the planning team for a really clear briefing for ward members this afternoon. Lots to take back to residents.",
  "Officer praised by name.")
H("off", "Ian Whittle and the highways crew had the Hobsley Road gully cleared within a day of my report. Proper service, thank you 👍",
  "Officer praised by name.")
H("off", "The officer report on Clough Lane is now published on the planning portal. Have a read and get comments in before the deadline.",
  "Neutral pointer to an officer report.")
H("off", "I disagree with the cabinet's decision to cut the Scarrow Green bin round. That's a political choice and the cabinet should own it, not the staff who have to deliver it.",
  "Criticises a political decision and defends staff.")
H("off", "Asked officers for a briefing note on the reserves. Had it back inside 48 hours. Will share the headline numbers once the papers are public.",
  "Normal dealings with officers.")
H("off", "Our Chief Executive Alison Crompton retires this summer after 31 years in local government. Whichever side of the chamber you sit, she's served this borough well.",
  "Officer praised by name.")
H("off", "Lorraine Ashurst's licensing team ran a brilliant safety session for door staff this week. Forty attended.",
  "Officer's team praised by name.")
H("off", "Planning committee takes officer advice but decides on the planning merits. Want to object or support? The portal's open till the 20th.",
  "Explains the process, no criticism.")
H("off", "If you think a council officer has treated you unfairly there's a complaints procedure. I'm happy to help you use it.",
  "Casework offer; no officer named or criticised.")
H("off", "The budget is the cabinet's, not the finance team's. Blame us politicians, not Hannah's staff who worked every weekend on it.",
  "Defends finance staff; criticism aimed at politicians.", pool="opp")
H("off", "Officers have recommended approval of the drive-thru at Marlwood. That's their professional view; committee will weigh it. You can still comment.",
  "Reports an officer recommendation neutrally.")
H("off", "Met the new Head of Housing, Gareth Bamber, today. Listened to what Lumb Brow tenants are telling me about damp. Good first conversation.",
  "Officer named positively.")
H("off", "Dear cabinet: stop blaming \"officer capacity\" for your own bad decisions. Staff are doing their best with what you've given them.",
  "Targets the cabinet, defends officers.", pool="opp")
H("off", "Monitoring Officer Neville Ogden is running code of conduct training for new members on Thursday. Recommend it, especially the social media bit!",
  "Officer named positively.")
H("off", "Highways' crossing criteria are too rigid. I'm putting a motion to Full Council to change the policy.",
  "Criticises policy, proposes change through the proper route.")
H("off", "Paul and the gritting crews were out at 5am. Thankless job, done well 👏",
  "Officer and crews thanked.")
H("off", "Long scrutiny session. Officers answered every question we threw at them. Our beef is with the choices, not the people.",
  "Explicitly separates officers from political choices.")
H("off", "Comms team helped me word a road closure notice so it actually makes sense to people. Cheers Yasmin!",
  "Officer thanked by first name.")
H("off", "The finance director's statutory report says reserves are \"adequate but thin\". Quoting it because people keep asking. Make of it what you will.",
  "Accurate quotation of a public officer report, no attack.")
H("off", "Thank you to the planning enforcement officers who got the unauthorised hoardings down on Market Brow. Quick work.",
  "Officers thanked.")

# ---------------------------------------------------------------- resources.political-use
P("res", "Knocking doors in Marlwood this weekend for the by-election! Want a window poster? Drop me a line on my council email and I'll sort you one 🗳️",
  "Party campaigning routed through the council email account.")
P("res", "Printed 500 Northern Alliance leaflets on the member services printer this morning. Saved the branch a fortune 😂",
  "Party leaflets printed on council equipment.", pool="NA")
P("res", "Just booked Committee Room 2 for our Commonwealth ward action day planning. Free, warm, and there's a kettle.",
  "Council room used for party campaign planning.", pool="CW")
P("res", "Any Lib Forward members free to stuff envelopes in the members' room at the town hall Thursday lunchtime? Biscuits provided!",
  "Party envelope stuffing in a council office.", pool="LF")
P("res", "Candidate photos are up! Took them on the town hall steps with the council crest right behind us, looks proper official 📸",
  "Council crest used in party campaign imagery.")
P("res", "Asked my council PA to pull together the addresses of everyone who's complained about bins in Fernclough so we can send them the Green Valleys newsletter.",
  "Council staff time and council-held data used for party mailing; data protection allowed.", allow=["dp"], pool="GV")
P("res", "typing this on the council ipad between canvass sessions… vote Independent on May 7th Lumb Brow!!",
  "Campaign message sent from council equipment.", author="@WendyTattersall")
P("res", "Our election leaflet uses the council's own bin-day graphic because, frankly, ours was rubbish. Nobody will mind.",
  "Council design asset reused in party leaflet.")
P("res", "Team, phone banking tonight from the Marlwood neighbourhood office. The phones there are free after 5 🙌",
  "Party phone banking from a council office with council phones.", pool="CW")
P("res", "Used the council's contact list of tenants' associations to let them know about our party housing hustings. Great turnout expected!",
  "Council-held contact list used for party event.")
P("res", "The new member enquiry system is ace for canvassing: search the street and it shows you who's been in touch. 🗳️",
  "Council casework system used for canvassing.")
P("res", "Our group's press release on the bus cuts went out through the council press office this morning. Cheers for the quick turnaround!",
  "Council press office used for a party release.", pool="opp")
P("res", "Anyone in the Independents need a laptop for the campaign? The council one they gave me is barely used, happy to lend it out.",
  "Offers council equipment for party campaign.", pool="BI")
P("res", "Drafted most of our manifesto during recess using the research officer's notes. Thanks Democratic Services for the hard yards!",
  "Council staff work used for a party manifesto.")
P("res", "Council van was heading to Whitacre anyway so it dropped our party's Easter leaflets at the hub. Efficient 🚐",
  "Council vehicle used for party leaflets.", pool="LF")
P("res", "Set up my re-election survey on the council's Microsoft Forms account. Much easier than paying for one.",
  "Council software account used for campaign survey.")
P("res", "Big Northern Alliance stall in the civic centre foyer Saturday, and the caretaker's letting us use the council tables and banner stands 🎉",
  "Council premises and equipment used for party stall.", pool="NA")
P("res", "For Commonwealth activists: today's door-knocking scripts are on the shared drive on the council network, folder \"ward stuff\".",
  "Party material stored on council network.", pool="CW")
P("res", "Vote Green Valleys in Fernclough! Promoted by E. Cartwright, c/o Members' Office, Brinscowe Town Hall.",
  "Council office used as party imprint address.", author="@EllisCartwrightGV")
P("res", "Got the council's graphics team to knock up my re-election poster. They owed me one after I backed their budget bid 😉",
  "Council staff time for campaign material; position allowed (favour).", allow=["pos"])

H("res", "Ward surgery Saturday 10 to 12 at Marlwood library, no appointment needed. You can also reach me on my council email any time.",
  "Council email used for casework, not campaigning.")
H("res", "Out canvassing for Commonwealth in Scarrow Green this weekend. Leaflets paid for by the local party and printed by Ribble Valley Print.",
  "Campaigning with party resources.", pool="CW")
H("res", "There's a new sign on the members' room printer: council business only. Fair enough tbh.",
  "Acknowledges the rule.")
H("res", "Council newsletter out this week: bin days, how to report potholes, winter warm spaces. Nothing party political, just useful stuff.",
  "Council publication, not party.")
H("res", "Party meeting Thursday at the Fleece on Wharf St, 7pm. Not at the town hall, before anyone asks 😅",
  "Party meeting at a private venue.")
H("res", "Booked Lumb Brow community centre for a residents' meeting on the bus cuts, paid for myself. Everyone welcome whatever your politics.",
  "Non-party residents' meeting, self-funded.")
H("res", "Bought my own laptop for campaign stuff so nothing touches council kit. Belt and braces.",
  "Keeps party work off council equipment.")
H("res", "Report a pothole through the council website, takes two minutes. I do it every morning on the school run.",
  "Council service pointer.")
H("res", "Promoted by D. Rourke on behalf of Brinscowe Independents, 41 Tenter Street, Lumb Brow. Printed by Moorside Print.",
  "A proper party imprint at a private address.", author="@DeclanRourkeBI")
H("res", "Democratic Services reminded us today about pre-election rules: no party stuff using council resources. Sensible. Will stick to it.",
  "Mentions the rule, no misuse.")
H("res", "Council staff did a great job on the Fernclough flood leaflets, out to every house in two days.",
  "Council resources for council business.")
H("res", "Vote Lib Forward on 7 May! Our leaflets are paid for by member subs and bake sales, not a penny of council money.",
  "Party campaign explicitly self-funded.", pool="LF")
H("res", "Our group room at the town hall is for casework. Campaigning happens at our own office on Bury Road.",
  "Separates council and party premises.")
H("res", "Used the council's consultation portal to respond to the transport plan as ward councillor. Please do the same!",
  "Council portal used for council business.")
H("res", "Campaign photos today in Hobsley Park with our candidate. No council logos in shot, promise, comms would have my head 😂",
  "Campaign without council resources.")
H("res", "Asked for a list of tenants' associations so I could write about casework. Was told to go via the housing officer instead. Fair.",
  "Follows proper route.")
H("res", "Green Valleys hustings Wednesday at the Quaker meeting house. Our candidates, your questions.",
  "Party event at private venue.", pool="GV")
H("res", "I'll be in the members' room at the town hall 9 to 5 tomorrow doing casework. Pop in if you need me.",
  "Council office used for casework.")
H("res", "Council comms have just put out the official flood warning for the Tottle Brook. Please share it widely.",
  "Sharing council communications.")
H("res", "Thanks to the town hall caretaker for fixing the radiators in the members' room. Warm councillors are nicer councillors 😄",
  "Council premises mentioned, no campaigning.")
# ---------------------------------------------------------------- position.improper-advantage
P("pos", "Anyone struggling to get a planning pre-app slot, drop me a DM. I can have a word and get you bumped up the list.",
  "Offers preferential treatment through the role.")
P("pos", "Need a kitchen fitter? My brother-in-law's firm is the best in Marlwood, and I'll make sure your building control sign-off goes nice and smooth 😉",
  "Promotes a relative's firm and offers a smoothed council process.")
P("pos", "Whitacre Moor folk: my nephew does tree surgery, cheaper than the council's contractor. Mention my name and I'll chase the TPO consent for you.",
  "Promotes a relative's business tied to a council consent.")
P("pos", "Got a parking ticket on Market Brow? Send it my way. I get on well with the parking manager and a few have already gone away quietly.",
  "Offers to make penalties disappear through influence.")
P("pos", "Had a word upstairs and got the social club's licence renewal pushed through early. Perks of knowing the right people 🍻",
  "Boasts of using influence to fast-track a licence.")
P("pos", "If your lad needs a summer job, the leisure team owe me a favour. Message me.",
  "Offers council jobs through favours.")
P("pos", "My daughter's just set up Tattersall Landscapes, so if you're doing one of the council's front garden grant schemes, she knows exactly what the inspectors want. Tell her I sent you!",
  "Promotes a connected business for a council grant scheme.", author="@WendyTattersall")
P("pos", "Allotment waiting list is three years, but I can usually find a plot for a good Lib Forward supporter 😂 (only half joking)",
  "Offers a council benefit in return for political support.", pool="LF")
P("pos", "Didn't get your first choice of school? Give me a ring. I'm on good terms with the admissions people and I've had a couple changed this year.",
  "Offers to influence admissions through the role.")
P("pos", "Our family café on Bridge Street now does catering 🥪 I've put a word in with the civic events team so expect to see our sarnies at the next do!",
  "Uses the role to win council business for a family firm.")
P("pos", "Need a skip permit sorted quick? I can get round the online form for you, just send me the address.",
  "Offers to bypass the normal process.")
P("pos", "Can't get through to housing repairs? Tag me. I go straight to the director and you jump the queue. Works every time.",
  "Offers queue-jumping via the role.")
P("pos", "Landlords in Scarrow Green: use my mate Dave's lettings agency (DM for details) and I'll see the HMO licence doesn't sit in a pile for months.",
  "Promotes a friend's firm with an offer of faster licensing.")
P("pos", "My wife's dog grooming place has opened on Market Brow 🐶 As your councillor I've already had a word about the parking outside so her customers won't get tickets.",
  "Uses the role to get a favour for a spouse's business.")
P("pos", "Told procurement they'd be daft not to look at Tottle Valley Catering for the school meals contract. Full disclosure: it's my cousin's firm, but they're brilliant.",
  "Presses for a relative's firm in a council contract.")
P("pos", "Want your wheelie bin replaced this week instead of in six? Vote for me and I'll make it happen 😏",
  "Offers a council service in return for votes.")
P("pos", "Got a fly-tipping fine? I might be able to make it go away if you help me out with a few leaflet rounds. Just saying.",
  "Offers to make an enforcement penalty disappear in return for help.")
P("pos", "Now offering private planning advice on the side. Who better to guide your application than someone who sits on the committee? Rates on request.",
  "Sells access based on committee membership.")
P("pos", "Want the council to adopt your unmade road? My son-in-law's surfacing firm has done three already and knows exactly what the engineers like. I'll pass your details on.",
  "Steers residents to a relative's firm on a council process.")
P("pos", "Looking for a christening venue? My pub, the Drover's Rest, is now on the council's approved community venues list, thanks to some gentle nudging from yours truly 🍺",
  "Used the role to get own pub onto a council list.")

H("pos", "As your councillor I can't fast-track anyone's planning application, but I can explain how it works and who to talk to.",
  "Refuses improper help; shares the trigger phrase.")
H("pos", "Asked to recommend a builder? I don't, sorry. Check TrustMark or the council's trusted trader scheme.",
  "Declines to promote firms.")
H("pos", "Parking ticket you think is unfair? Here's how to appeal it yourself, step by step. It's free.",
  "Points to the normal process.")
H("pos", "Happy to raise your repair with housing. I'll log it through the normal member enquiry route and chase if it's overdue.",
  "Normal casework.")
H("pos", "Lovely new bakery on Wharf Street. Went in for a pasty today. No connection, just a very happy customer 🥧",
  "Supports a business with no connection.")
H("pos", "Someone asked if I can get them a council job. Sadly not! Vacancies are on the council jobs site and go through a fair process.",
  "Declines a favour.")
H("pos", "School appeals: deadlines, how to prepare, and the free independent parents' advice line. I can't influence decisions, but I can help you understand the process.",
  "Process help, explicitly no influence.")
H("pos", "I've told the Monitoring Officer that my cousin's firm is bidding for the school meals contract, and I'll have nothing to do with it.",
  "Proper disclosure and withdrawal; declared-interest allowed.", allow=["int"])
H("pos", "Met a local tree surgeon today who's trained three apprentices from Whitacre Moor. Brilliant story.",
  "Praises a business with no connection or favour.")
H("pos", "The repairs backlog is a disgrace. I'm not after special treatment for my ward, I want the whole system fixed.",
  "Rejects preferential treatment.")
H("pos", "Allotment waiting list is three years. I've put a motion in for 40 new plots at Lumb Brow.",
  "Policy response.")
H("pos", "Someone offered me a \"drink\" to help their licence along. Told them no, and told the Monitoring Officer.",
  "Refused an improper offer; gifts allowed.", allow=["gift"])
H("pos", "Casework tip: the quickest way to get a skip permit is the online form. Honestly faster than going through me.",
  "Points to the normal route.")
H("pos", "The council's approved community venues list is open to applications from pubs and halls. Get yours on it, details on the website.",
  "Open scheme, no personal connection.")
H("pos", "Fantastic visit to Tottle Valley Catering's apprenticeship kitchen. Young people learning real skills.",
  "Praises a firm with no stated connection or council decision.")
H("pos", "Bin replaced in three days after I reported it through the app like anyone else. Credit to the waste team.",
  "Normal service.")
H("pos", "I often get asked for \"a word in the right ear\". I don't do that. I do make sure your case gets a fair hearing.",
  "Rejects improper influence.")
H("pos", "Small firms: free council workshop on tendering for public contracts next Tuesday. Open to everyone.",
  "Open opportunity.")
H("pos", "Unadopted road? The council has a policy on adoption (link below). It takes time, but I'll help residents get organised.",
  "Process help.")
H("pos", "My husband's taken up woodturning in retirement. The house is now 40% bowls. Send help 😂",
  "Family hobby, no business or council angle.")

# ---------------------------------------------------------------- gifts.hospitality
P("gift", "Cracking night at the Redmarsh Homes charity dinner. They really looked after us, thanks for the hospitality lads! 🥂",
  "Hospitality from the applicant on a pending planning matter.", v="review")
P("gift", "Belated but lovely hamper from Dunmore Aggregates arrived today. Very generous of them 😋",
  "Gift from the quarry applicant with a pending application.", v="review", date="2026-01-06")
P("gift", "Quadrant Living took a few of us to a concert at the Ellesmere Hall last night. Great way to get to know the team behind the tannery scheme.",
  "Hospitality from a pending applicant.", v="review")
P("gift", "Spent the afternoon at Hobsley Golf Club as a guest of the Rotary. Played terribly, ate brilliantly ⛳",
  "Hospitality accepted because of the role; no decision sought.")
P("gift", "The Snug Bar have set me up a tab for the year \"to say thanks for all I do for the area\". Legends 🍺",
  "Gift from a licensee with a pending licence variation.", v="review")
P("gift", "Pelham Strategic Land treated the Whitacre ward members to lunch at the Moorcock today. Good chat about \"the future of the moor\".",
  "Hospitality from a pending applicant.", v="review")
P("gift", "A constituent who's a big fan of my work has given me a Brinscowe Rovers season ticket. Genuinely touched ⚽",
  "Valuable gift given because of the role; may need registering.")
P("gift", "Cheers to Velvet Lounge for the VIP night invite, me and the wife had a ball 🥂",
  "Hospitality from an applicant for a pending licence.", v="review")
P("gift", "Lovely framed print of the old mill from a local artist who came to my surgery. It'll look grand in the front room.",
  "Gift received in the councillor role.")
P("gift", "New bike courtesy of Cyclewise, who are bidding for the cycle hire contract. Told them I'd give it a proper test ride 🚲",
  "Gift from a bidder for a council contract.", v="review")
P("gift", "Treated to a spa day by the people who own Marlwood Retail Park. After the year I've had, bliss.",
  "Hospitality from the owner of a site with a pending application.", v="review")
P("gift", "Invited to the Chamber of Trade's annual ball — top table, free bar. Not complaining!",
  "Hospitality through the role; no decision sought.")
P("gift", "Jackpot Alley sent a box of chocolates and a bottle of fizz to the members' room. Shame to let it go to waste 🍾",
  "Gift from an applicant with a pending application.", v="review")
P("gift", "Wildmoss Events have offered me two weekend VIP passes for Moss Beats. Might just take them up on it 🎶",
  "Offer from a pending licence applicant being considered.", v="review")
P("gift", "Very generous of Kwikclean, our street cleansing contractor, to take the cabinet out for a curry last night.",
  "Hospitality from a council contractor.", v="review")
P("gift", "Nice surprise: a case of wine from the brewery on Canal Side, as thanks for my support over the years 🍷",
  "Gift in return for support in the role.")
P("gift", "My hotel for the housing conference got upgraded to a suite, courtesy of one of the firms going for the repairs tender. Very kind of them.",
  "Hospitality from a tenderer.", v="review")
P("gift", "Thanks to Fernclough Rugby Club for the hospitality box at the derby. Top afternoon 🏉",
  "Hospitality through the role; no decision sought. Author is not the interest holder.")
P("gift", "Free gym membership from the new leisure operator. They said all councillors get one. Can't argue with that 💪",
  "Gift from the council's leisure contractor.", v="review")
P("gift", "A grateful restaurant owner insisted on dinner on the house after I sorted their bin collection. Couldn't say no!",
  "Hospitality received for council work; no decision pending.")

H("gift", "Redmarsh Homes invited ward members to a dinner. I've declined. They've got a live application and it wouldn't be right.",
  "Refused hospitality.", allow=["gift"])
H("gift", "Registered the bottle of whisky from the Chamber of Trade with the Monitoring Officer today. Under £100, but better safe than sorry.",
  "Gift properly declared.", allow=["gift"])
H("gift", "Thank you to the volunteers at Lumb Brow Food Bank for the tea and cake at their open day. Inspiring people.",
  "Trivial normal hospitality; not the interest holder.", allow=["gift"])
H("gift", "Sent the hamper back to Dunmore Aggregates with a polite note. They have an application in, so I can't accept gifts from them.",
  "Returned gift.", allow=["gift"])
H("gift", "My kids made me a \"world's best councillor\" mug. Priceless 😭",
  "Family gift.")
H("gift", "Mother's Day flowers from my daughter 💐 Best present going.",
  "Family gift.", date="2026-03-16")
H("gift", "Thanks to everyone who came to the litter pick. Bacon butties on me, you earned every one.",
  "Councillor giving, not receiving.")
H("gift", "Mayor's civic reception this afternoon. Sausage roll and orange squash: the glamorous life.",
  "Normal civic hospitality.")
H("gift", "Reminder to new members: any gift or hospitality worth £100 or more goes on the register within 28 days. If unsure, ask.",
  "Reminder of the rule.")
H("gift", "Was offered VIP passes for Moss Beats. Said no thanks and bought my own Sunday ticket like everybody else.",
  "Refused hospitality.", allow=["gift"])
H("gift", "Cheers to the Whitacre WI for the scones at their AGM. Best in the borough, don't tell the other WIs.",
  "Trivial hospitality at a community event.", allow=["gift"])
H("gift", "Councillors were offered free tickets to the school panto. I paid for mine and gave the spare to a neighbour.",
  "Paid own way.")
H("gift", "Lovely thank-you card from a resident whose fence I helped sort. That's all the thanks anyone needs.",
  "Card only.")
H("gift", "Bought a round at the Fleece for the Tottle Bridge quiz team who raised £600 for the hospice. Well played!",
  "Councillor giving.")
H("gift", "Thank you Foxley's supermarket for donating two tonnes of food to Lumb Brow Food Bank this winter.",
  "Donation to a charity, not to the councillor.")
H("gift", "Members' gifts register is public on the council website. Have a look, mine's up to date.",
  "Transparency.")
H("gift", "Brew with the quarry liaison group this morning. Paid for my own tea, before anyone asks 😂",
  "Paid own way.")
H("gift", "Got my dad a garden centre voucher for his 80th. Any excuse for a day out.",
  "Personal gift given.")
H("gift", "Thanks Kwikclean crews for working through the snow. Proper grafters.",
  "Thanks a contractor; no gift.")
H("gift", "Asked the Monitoring Officer if I could accept a signed book from a local author at my surgery. Nominal value, fine to keep, no need to register.",
  "Advice sought and followed.", allow=["gift"])

# ---------------------------------------------------------------- capacity.council-voice
P("cap", "Brinscowe Council stands with the junior doctors. We fully support their strike.",
  "Personal view presented as the council's.", pool="backbench")
P("cap", "Speaking on behalf of the council: we won't be implementing the government's new recycling rules. End of.",
  "Claims to speak for the council.", pool="backbench")
P("cap", "The official council position is that the tram extension should go through Hobsley, not Marlwood. Simple as.",
  "Personal view as official council position.", pool="backbench")
P("cap", "Brinscowe Council believes the combined authority has let this borough down on buses, and we won't be quiet about it.",
  "Personal view as the council's belief.", pool="backbench")
P("cap", "On behalf of Brinscowe Council, huge congratulations to Tottle Bridge AFC on promotion! 🎉",
  "Backbencher speaking on the council's behalf.", pool="backbench")
P("cap", "The council is 100% behind the campaign to save Marlwood post office. We're all with you!",
  "Claims the council's backing without a resolution.", pool="backbench")
P("cap", "Message from the council: we oppose the housing association's plan to sell off the Lumb Brow bungalows.",
  "Presents a personal stance as a council message.", pool="backbench")
P("cap", "We as a council have decided the low traffic scheme in Scarrow Green is dead. Take it from me.",
  "Claims a council decision personally.", pool="opp")
P("cap", "Brinscowe Council has no confidence in the NHS trust's plans for the walk-in centre.",
  "Personal view as council's.", pool="backbench")
P("cap", "I can confirm the council's response to the incinerator consultation will be a firm no.",
  "Announces council position without authority.", pool="backbench")
P("cap", "The council's stance on the Tour of Britain is a definite YES. We want it back in Brinscowe! 🚴",
  "Personal view as council stance.", pool="backbench")
P("cap", "As far as Brinscowe Council is concerned the bus operator can do one. We're done negotiating.",
  "Speaks as the council.", pool="backbench")
P("cap", "speaking for the whole council here: we're embarrassed by the state of the town centre and we apologise.",
  "Claims to speak for the whole council.", pool="opp")
P("cap", "The council fully supports the Whitacre pigeon club's bid for a new loft site 🕊️",
  "Council backing claimed from a personal hobby account.", author="@stan_pigeons", account="personal")
P("cap", "The council position is that the water company should be fined into next week for what it's done to the Tottle Brook.",
  "Personal view as council position.", pool="backbench")
P("cap", "Official: Brinscowe Council is calling on the FA to let Brinscowe Rovers keep their ground. Please share!",
  "Presents a personal campaign as official council.", pool="backbench")
P("cap", "The council wants every shop on Market Brow open till 8 on Thursdays. Shopkeepers, we're counting on you!",
  "Personal wish as council request.", pool="backbench")
P("cap", "Hi all, on behalf of the Borough Council we'd like to apologise for the missed bins in Hobsley this week.",
  "Backbencher apologising on the council's behalf.", pool="backbench")
P("cap", "The council is officially behind the Great Scarrow Bake Off 🧁 so get your entries in!!",
  "Council backing claimed from a personal account.", author="@mo_bakes_cakes", account="personal")
P("cap", "It's Brinscowe Council's firm view that we'd be better off outside the combined authority, and I'll be telling the minister so.",
  "Independent presenting own view as the council's.", pool="backbench")

H("cap", "Full Council agreed a motion supporting Marlwood post office yesterday. Proud to have seconded it.",
  "Accurately reports a resolution.", date=None)
H("cap", "My personal view, not the council's: the tram should go through Hobsley.",
  "Own view marked as own.")
H("cap", "Commonwealth's position is that the low traffic scheme should be scrapped. We'll campaign on it.",
  "Party position presented as the party's.", pool="CW")
H("cap", "The council's official incinerator consultation response is published here. It was a cabinet decision, and I argued against it at scrutiny.",
  "Reports the official position accurately.")
H("cap", "Please share the council's official statement on the flooding. Sandbag info and support at the link.",
  "Shares official material.")
H("cap", "Not speaking for the council here, just as a Tottle Bridge lad: get in AFC, promoted!! 🎉",
  "Explicitly personal.")
H("cap", "The council's position on the low traffic scheme was set by cabinet in January. I disagree with it, and here's why.",
  "Reports official position, own disagreement.", pool="opp")
H("cap", "Brinscowe Council has announced free swimming for under-16s over Easter. Credit where it's due.",
  "Reports a council announcement.")
H("cap", "Green Valleys believe the water company should be fined. That's our party view, and we'll push for the council to adopt it.",
  "Party view labelled as party.", pool="GV")
H("cap", "Do I speak for the council? No. I speak for Lumb Brow, which is more fun.",
  "Denies council voice.")
H("cap", "\"The council believes in listening.\" Does it though? Budget papers out Friday, we'll see.",
  "Quotes and questions a council claim.", allow=["cap", "tone"], pool="opp")
H("cap", "The Leader has put out a statement on behalf of the council about the bus cuts. Link below.",
  "Reports an authorised statement.")
H("cap", "I'll be asking Full Council to adopt a position on the bus operator. At the moment there isn't one.",
  "Accurate: no position yet.")
H("cap", "The council voted 38 to 12 to oppose selling the bungalows. That's now the official council position and I'm glad.",
  "Reports a resolution accurately.")
H("cap", "Personally I'd love the Tour back. The council hasn't decided yet, so lobby your councillors!",
  "Personal view, accurate on status.")
H("cap", "Official council bin dates for Easter are out. Pin them to the fridge.",
  "Shares official info.")
H("cap", "Motion on the water company passed unanimously. Nice to see every party agree on something for once.",
  "Reports a resolution.")
H("cap", "Whatever the council decides, I'll keep pushing for Scarrow Green to get its youth club back.",
  "Own campaign.")
H("cap", "The council apologised today for the Hobsley missed bins. Cabinet member's statement is here. We should do better.",
  "Reports an official apology.")
H("cap", "Lib Forward group statement: we back the junior doctors. (Group view, not the council's.)",
  "Party group view, marked.", pool="LF")
# ---------------------------------------------------------------- confidentiality.insider-advantage
P("ins", "If you're thinking of buying near Clough Lane I'd hang fire a couple of months. Let's just say there's news coming 👀",
  "Hints at non-public knowledge to steer property decisions.")
P("ins", "Shop owners on Market Brow: get your rate relief applications in NOW, before the scheme changes next month. Can't say more than that.",
  "Tips off businesses ahead of an unannounced change.")
P("ins", "Mates with shops on Wharf Street, if I were you I'd renew your leases this month rather than next. Trust me on this one.",
  "Advantage from insider knowledge.")
P("ins", "Word to the wise: anyone with a garage near Hobsley Baths might want to hang on to it a bit longer. There'll be interest 😉",
  "Hints at an exempt acquisition for advantage; disclosure allowed (partial register overlap).", allow=["dis"])
P("ins", "Scarrow Green landlords, make sure your paperwork is immaculate by the end of the month. That's all I'll say.",
  "Warns targets of an unannounced enforcement operation; disclosure allowed.", allow=["dis"])
P("ins", "Market traders: new pitch fees haven't been announced yet, but I'd grab a long-term pitch at the old rate while you still can.",
  "Uses unannounced fee information for traders' advantage.")
P("ins", "Pal asked if now's the time to buy the empty units on Ropewalk. I said absolutely, before the regen plans go public 🤫",
  "Steers a friend's purchase on non-public plans; disclosure allowed.", allow=["dis"])
P("ins", "Tottle Bridge traders: Wharf St car park charges are about to go up. Stock up on season permits at the current price before the notice goes out.",
  "Advance warning from insider knowledge.")
P("ins", "Anyone after the park café contract, get in touch before the advert goes live. I can tell you what they're looking for.",
  "Offers insider knowledge of a procurement.")
P("ins", "Tip-off for my cabbie mates: there's a licence fee freeze coming, so don't renew till April. You didn't hear it from me.",
  "Insider tip-off on unannounced fees.")
P("ins", "Buy-to-let folk, have a look at Lumb Brow. Cheap now. Won't be once certain announcements land in the summer 🏠",
  "Investment tip from non-public plans.")
P("ins", "Told my cousin to go and speak to the farmer at Whitacre before the site allocations come out. He's looking for land 😉",
  "Steers a relative ahead of unpublished allocations.")
P("ins", "Grass-cutting firms: the council's going to outsource the verges next year. Get your kit sorted now and you'll be ahead of the pack.",
  "Unannounced procurement tip.")
P("ins", "Apply for the shopfront grant next week, not this week. The amount's about to double and only a few of us know it yet.",
  "Explicit insider advantage.")
P("ins", "If you've got a chippy in Fernclough, expect a new competitor soon. Might be worth offering on the spare unit next door before they do.",
  "Advises a business on non-public information.")
P("ins", "To the lads at Brinscowe Rovers: the pitch-hire review is going your way. Don't sign that lease with the school yet.",
  "Tips off a club on an undecided review.")
P("ins", "Thinking of selling on Mill Row? Don't. I've seen the highway plans and your house is about to go up when the bypass gets announced.",
  "Property tip from unpublished plans.")
P("ins", "Private hire drivers, heads up: enforcement are doing checks on Bridge St next Friday night. Make sure your plates are straight 😬",
  "Warns targets of a planned enforcement operation; disclosure allowed.", allow=["dis"])
P("ins", "Just picked up a couple of plots near the old gasworks. Sat through enough regen briefings to know where this borough's heading 😎",
  "Own advantage from briefings.")
P("ins", "Developers reading this: the new local plan drops the affordable housing requirement on small sites. Get your applications lined up.",
  "Tips off developers on an unpublished policy change.")

H("ins", "The council's announced a shopfront grant: up to £5k for Market Brow businesses. Applications open Monday, details on the website.",
  "Public announcement.")
H("ins", "Heads up: Wharf St car park closes for resurfacing 9 to 13 February. Official notice here.",
  "Public notice.")
H("ins", "Tip-off from a resident about fly-tipping on Canal Side. Reported to enforcement, thanks for letting me know.",
  "Tip received, not given.")
H("ins", "Parking charges consultation is now open. Have your say before it closes on the 30th.",
  "Public consultation.")
H("ins", "Draft site allocations are out for consultation. Find out which sites are proposed near you.",
  "Published document.")
H("ins", "Market traders: new pitch fees were agreed at cabinet and start in April. Details on the market office page.",
  "Published decision.")
H("ins", "I don't give property tips, I'm a councillor not an estate agent 😂 But the local plan is public and worth a read.",
  "Refuses to tip.")
H("ins", "Heads up, taxi drivers: licence renewals can now be done online. Link below.",
  "Public service info.")
H("ins", "Park café contract is now advertised on the procurement portal. Open to all, deadline 6 March.",
  "Public procurement.")
H("ins", "There'll be full public consultation before anything's decided on the bypass. Don't believe the rumours on Facebook.",
  "Corrects rumours, no tip.")
H("ins", "Buy local: Tottle Bridge market is back every Saturday from March 🥕",
  "Shares words only.")
H("ins", "The council's verge policy is changing to help wildlife. Cabinet decided last week, report published here.",
  "Published decision.")
H("ins", "Developers and householders alike can use the council's pre-application advice service. Here's how to book.",
  "Open service.")
H("ins", "Rumours about Lumb Brow house prices are just that. No announcements, no secret plans, no crystal ball.",
  "Denies insider info.")
H("ins", "A resident asked me to tell them early about the new school catchments. No. Everyone finds out at the same time, that's how it should be.",
  "Refuses insider advantage.", allow=["ins"])
H("ins", "Got a heads up from the depot: bins are delayed by the snow. Leave them out, crews will be round tomorrow.",
  "Service update for all.")
H("ins", "Small businesses: rates relief applications close 31 March. Don't miss out.",
  "Public deadline.")
H("ins", "Private hire checks on Bridge St last weekend: 12 vehicles stopped, 3 suspended. Good work licensing.",
  "After-the-fact report.")
H("ins", "Brinscowe Rovers have signed a new pitch lease with the school. Fantastic news for youth football ⚽",
  "Public news.")
H("ins", "Thinking of buying near the quarry? The application and every document is on the planning portal for anyone to read.",
  "Points to public information.")

# ---------------------------------------------------------------- predetermination.closed-mind
P("pre", "Clough Lane: I'll be voting against. 62 houses on a flood plain with one road in? Not a chance.",
  "Settled view against a pending register matter (site).", v="block", pool="NA")
P("pre", "Let's be clear: the quarry extension at Scarrow Green is getting refused if I have anything to do with it. Residents have suffered enough.",
  "Settled view against pending quarry extension.", v="block")
P("pre", "Whatever the officers come back with on the Wharf Street tannery, my vote's a no. Tottle Bridge doesn't need another 400 student beds.",
  "Settled view against pending application, regardless of officers.", v="block")
P("pre", "Delighted to support Redmarsh Homes' plans for Hobsley. I'll be backing them all the way at committee. We need these homes!",
  "Settled view FOR a pending application (applicant named).", v="block")
P("pre", "No amount of \"evidence\" is changing my mind on the Velvet Lounge. It's a no from me.",
  "Settled view against pending SEV licence.", v="block")
P("pre", "Moss Beats is the best thing to happen to Fernclough in years and I'll be voting to grant that licence, end of story 🎶",
  "Settled view FOR a pending premises licence.", v="block")
P("pre", "25/04977/FUL: another gambling den on Market Brow. It has to be refused and I'll make sure it is.",
  "Settled view against a pending application by reference.", v="block")
P("pre", "The Snug wanting to stay open till 3am? Over my dead body. I'm on the sub-committee and they know my answer already.",
  "Settled view against a pending licence variation.", v="block")
P("pre", "Pelham Strategic Land can save themselves the consultants' fees. I've made my mind up on Whitacre Moor Farm and it's not changing.",
  "Settled view against pending outline application.", v="block")
P("pre", "Honestly the chapel conversion on Chapel Street is exactly what Lumb Brow needs, and I'll be voting it through whatever the objectors say.",
  "Settled view FOR a pending application.", v="block")
P("pre", "Drive-thru at Marlwood Retail Park = yes from me. Jobs are jobs, I don't need to hear the traffic arguments again 🍔",
  "Settled view FOR a pending application.", v="block")
P("pre", "I sit on planning and I'll say it now: the Quadrant Living scheme is dead in the water.",
  "Committee member with settled view against pending application.", v="block", author="@RayPickupCllr")
P("pre", "Message to Jackpot Alley: don't bother turning up to committee. You've already lost my vote.",
  "Settled view against a named pending applicant.", v="block")
P("pre", "Licensing sub next month. I've read enough about Wildmoss Events, they won't be getting anything past me.",
  "Settled view against pending licence applicant.", v="block")
P("pre", "That new HMO application on Ellesmere Road will be refused. I've decided, and so has every resident I've spoken to.",
  "Settled view on an unregistered planning application.", v="review")
P("pre", "The late-night takeaway licence for the old bank on Cross St? Not happening. My mind's made up.",
  "Settled view on an unregistered licence application.", v="review")
P("pre", "The appeal on the Moor Edge barn conversion should be thrown out, and I'll be telling the inspector exactly that. Don't need a hearing to know it.",
  "Settled view on an unregistered planning appeal.", v="review")
P("pre", "Backing the bowling club's extension on Park Road 100%, and I don't care what the planning officers write 🎳",
  "Settled view FOR an unregistered application, regardless of officers.", v="review")
P("pre", "New mast application for Lumb Lane just in. I'll be voting no regardless of the report. We've had enough of them.",
  "Settled view against an unregistered application.", v="review")
P("pre", "Anyone who thinks Citylink's operator licence is getting through my committee is dreaming.",
  "Settled view on an unregistered licensing matter.", v="review")

H("pre", "I have real concerns about the Clough Lane application: flooding, access, school places. I'll listen to all the evidence at committee before I decide.",
  "Predisposition with an open mind.")
H("pre", "As ward councillor (I'm not on planning) I've formally objected to the quarry extension for residents. Committee members will decide.",
  "Ward member not on the committee objecting; predetermination allowed.", allow=["pre"])
H("pre", "I will never support cutting the bin service to every three weeks. Never.",
  "Settled view on policy, not quasi-judicial.")
H("pre", "My mind's made up: this is the best Brinscowe Rovers side in 20 years ⚽",
  "Trigger phrase about football.")
H("pre", "The Wharf Street tannery application goes to committee in April. Comments close this Friday, make your views known.",
  "Neutral process info.")
H("pre", "Keeping an open mind on Moss Beats. Residents have raised noise worries; the applicant gets to respond. That's how it should work.",
  "Open mind on a pending licence.")
H("pre", "Council tax rise? I'll vote against it. Families can't take another hike.",
  "Budget, not quasi-judicial.", pool="opp")
H("pre", "Lots of strong feeling about the Velvet Lounge application. I'm on the sub-committee so I can't comment on the merits, but here's how to make a representation.",
  "Proper restraint.")
H("pre", "Glad the inspector dismissed the Hallam Fields appeal last year. Right outcome for the village.",
  "Decided matter, not pending.")
H("pre", "I've made my mind up on the local plan: brownfield first. I'll be campaigning on it.",
  "Plan-making is policy; predetermination allowed.", allow=["pre"])
H("pre", "Planning committee refused the Brook Street flats last night, 7 to 3. Decision notice to follow.",
  "Reports a decided matter.")
H("pre", "My views on gambling shops are no secret: I want the law changed to give councils more say. But each application is judged on its merits.",
  "Policy view, open on applications.")
H("pre", "Predisposed? Sure, I've got views. Predetermined? No. I'll read the Whitacre Moor Farm report and hear both sides.",
  "Explicit predisposition with an open mind.")
H("pre", "Never approved, never will be: my request for the kids to tidy their bedrooms 🙃",
  "Trigger phrase, domestic joke.")
H("pre", "Jackpot Alley hearing is 22 April. Objections in writing please. I'm not on the committee; I'll pass on every concern residents send me.",
  "Not a decision-maker; passes on views.", allow=["pre"])
H("pre", "I want more homes built in Brinscowe. That's policy. Individual applications are different and I'll judge them on the evidence.",
  "Policy support, open mind on applications.")
H("pre", "The Snug Bar application is a licensing matter. If you live nearby and have a view either way, representations are open till 20 Feb.",
  "Neutral process info.")
H("pre", "My firm view: 20mph should go borough-wide. Not changing my mind on that.",
  "Settled view on policy, not quasi-judicial.")
H("pre", "Questions I'll be asking on the drive-thru: litter, traffic, opening hours. The answers will shape how I vote.",
  "Open mind.")
H("pre", "Whatever the officers say, the new council website is a big improvement 😂",
  "Trigger phrase about a website.")

# ---------------------------------------------------------------- interests.declared-interest
P("int", "Really hope cabinet backs the £40k grant for Brinscowe Credit Union next week. Affordable lending keeps people away from the loan sharks.",
  "Holder lobbying on a council grant to her registered body.", author="@MoSchofield", interest="Brinscowe Credit Union")
P("int", "The financial inclusion contract's up for renewal. Organisations like ours have done the heavy lifting for years, it should stay local.",
  "Holder pressing on a council contract relevant to her body, unnamed (\"ours\").", author="@MoSchofield", interest="Brinscowe Credit Union")
P("int", "Pushing hard for the council to transfer the old Tottle Bridge library to the Community Land Trust for £1. Best use of the building, no question.",
  "Holder pushing an asset transfer to his registered body.", author="@kieranmellor_", interest="Tottle Bridge Community Land Trust")
P("int", "The new asset transfer policy could be a game-changer for CLTs like ours. Let's get it signed off quickly 🏡",
  "Holder on a council policy benefiting his body (unnamed).", author="@kieranmellor_", interest="Tottle Bridge Community Land Trust")
P("int", "Town hall window repairs are out to tender. Proper joinery needs proper local firms, not some national outfit. Hulme & Daughter will be putting a bid in, naturally.",
  "Owner promoting his firm's bid for a council tender.", author="@StanHulmeLF", interest="Hulme & Daughter Joinery")
P("int", "The new procurement rules should weight local suppliers. Small joiners like mine have been locked out of council work for too long.",
  "Owner on council procurement touching his firm, unnamed (\"like mine\").", author="@StanHulmeLF", interest="Hulme & Daughter Joinery")
P("int", "Fernclough Rugby Club deserve that lease extension on the council pitches. Forty years serving the community. Cabinet, do the right thing.",
  "Committee member lobbying on a lease to his club.", author="@DeclanRourkeBI", interest="Fernclough Rugby Club")
P("int", "Pitch hire going up 30%?! That'd cripple clubs like ours. I'll be fighting it at scrutiny.",
  "Club committee member on council charges, club unnamed.", author="@DeclanRourkeBI", interest="Fernclough Rugby Club")
P("int", "The allotment rent review should leave Whitacre Moor alone. Our association already does all the maintenance for free.",
  "Committee member on a council rent review touching her association.", author="@WendyTattersall", interest="Whitacre Moor Allotment Association")
P("int", "Council wants to take back part of our site for a car park. Not on my watch. Our plot holders have worked that land for generations.",
  "Committee member on a council land decision, body unnamed.", author="@WendyTattersall", interest="Whitacre Moor Allotment Association")
P("int", "Delighted the council is looking at Lumb Brow Food Bank for the household support fund allocation. Nobody does more with less ❤️",
  "Trustee on a council allocation to his charity.", author="@TobiNkemeluCW", interest="Lumb Brow Food Bank")
P("int", "The crisis support commissioning round mustn't favour the big national charities. Local food banks like ours know our families.",
  "Trustee on council commissioning, charity unnamed.", author="@TobiNkemeluCW", interest="Lumb Brow Food Bank")
P("int", "Freezing taxi licence fees for another year would be a huge relief for firms like Marlwood Taxis. I'll be pressing for it.",
  "Shareholder pressing on council fees touching his firm.", author="@FarooqHanifNA", interest="Marlwood Taxis Ltd")
P("int", "Why are out-of-town private hire firms getting the school transport contract? Local operators, ours included, are being squeezed out.",
  "Shareholder on a council contract, firm unnamed (\"ours\").", author="@FarooqHanifNA", interest="Marlwood Taxis Ltd")
P("int", "Scarrow Green Academy Trust's bid for the council playing field lease needs to go through. The kids deserve proper pitches.",
  "Trustee lobbying on a lease to her trust.", author="@jadeainscough", interest="Scarrow Green Academy Trust")
P("int", "The council's school transport review could cost our trust tens of thousands. I'll be raising it loudly at Children's Scrutiny.",
  "Trustee on council review touching her trust (unnamed).", author="@jadeainscough", interest="Scarrow Green Academy Trust")
P("int", "The proposed selective licensing scheme will hammer good letting agents. At Pickup Property Lettings we already inspect every home. Pointless bureaucracy.",
  "Director on a council licensing scheme touching his firm.", author="@RayPickupCllr", interest="Pickup Property Lettings")
P("int", "Landlord licensing at £900 a property? Agencies like mine will have to pass that straight on to tenants. Rethink it, cabinet.",
  "Director on council fees, firm unnamed (\"like mine\").", author="@RayPickupCllr", interest="Pickup Property Lettings")
P("int", "Council's deciding who runs the new money advice hub. Hint: there's a credit union in this borough with 30 years' experience and a very good record 😉",
  "Holder hinting for her body in a council commissioning.", author="@MoSchofield", interest="Brinscowe Credit Union")
P("int", "Lots of chatter about which group should get first dibs on the Mill Row garages site. We've got the plans, the volunteers and the money lined up. Just saying.",
  "Land trust board member on a council disposal, body unnamed (\"we\").", author="@kieranmellor_", interest="Tottle Bridge Community Land Trust")

H("int", "Brinscowe Credit Union turns 30 this year! So proud to be part of it. Pop in for cake on Friday 🎂",
  "Holder about the body, no council matter.", author="@MoSchofield")
H("int", "Credit union grant on the cabinet agenda next week. Good news for affordable lending in the borough.",
  "Same council matter from a non-holder.")
H("int", "I've declared my interest as a land trust board member and I'll leave the room when the old library transfer comes up.",
  "Holder declaring and stepping back; declared-interest allowed.", allow=["int"], author="@kieranmellor_")
H("int", "Lovely job finished on a sash window in Hobsley today. 130 years old and good for another hundred.",
  "Owner on his trade, no council matter.", author="@StanHulmeLF")
H("int", "Town hall windows tender is out. Local firms, have a look on the procurement portal.",
  "Same council matter from a non-holder.")
H("int", "Cracking win for Fernclough Rugby Club under-12s on Sunday 🏉 So proud of them.",
  "Holder about the club, no council matter.", author="@DeclanRourkeBI")
H("int", "Pitch hire going up 30% is a mistake. Grassroots sport needs help, not hikes.",
  "Same council matter from a non-holder.")
H("int", "First broad beans in at the allotment. Spring is coming 🌱",
  "Holder, hobby, no council matter.", author="@WendyTattersall")
H("int", "I've asked the Monitoring Officer for advice on the allotment rent review, as I'm on our association's committee. Will do whatever he says.",
  "Holder seeking advice; declared-interest allowed.", allow=["int"], author="@WendyTattersall")
H("int", "Thank you to everyone who gave to the food bank this month. Shelves full for now ❤️",
  "Holder thanking donors, no council matter.", author="@TobiNkemeluCW")
H("int", "Household support fund allocations are out for consultation. Food banks and advice charities, make sure you respond.",
  "Same council matter from a non-holder.")
H("int", "I've declared my shareholding in Marlwood Taxis and won't take part in any decisions on licence fees.",
  "Holder declaring and withdrawing; declared-interest allowed.", allow=["int"], author="@FarooqHanifNA")
H("int", "Taxi licence fees should be frozen. Drivers are on their knees.",
  "Same council matter from a non-holder.")
H("int", "Scarrow Green Academy choir sang at the Mayor's charity concert today. Goosebumps.",
  "Trustee about the school, no council matter.", author="@jadeainscough")
H("int", "As a trustee of Scarrow Green Academy Trust I won't vote on the playing field lease. Declared at the start of the meeting.",
  "Holder declaring; declared-interest allowed.", allow=["int"], author="@jadeainscough")
H("int", "Stepping aside from the selective licensing item at cabinet because of my lettings business. The deputy will take it.",
  "Holder stepping back; declared-interest allowed.", allow=["int"], author="@RayPickupCllr")
H("int", "Selective licensing consultation closes Friday. Landlords and tenants alike, have your say.",
  "Same council matter from a non-holder.")
H("int", "Wearing my other hat as a credit union volunteer: I'll be at the Tuesday market stall helping people open savings accounts.",
  "Holder, no council matter.", author="@MoSchofield")
H("int", "Volunteers needed for our land trust's orchard day behind St Luke's. Gloves provided!",
  "Holder, no council matter.", author="@kieranmellor_")
H("int", "The food bank on Lumb Brow needs tins of meat and UHT milk this week. Drop-off at the church.",
  "Non-holder appeal for donations.")
# ---------------------------------------------------------------- data-protection.personal-data
P("dp", "Sorted the damp for Mrs Ogundipe at 27 Hollin Street today. She's over the moon.",
  "Private individual's name with full address.", v="review")
P("dp", "Big thanks to Brenda on Foundry Close who's been keeping an eye out for the fly-tippers. You're a star Brenda! ⭐",
  "First name plus street identifies a private person.", v="review")
P("dp", "Finally got the family at 9 Tenter Croft rehoused. Two kids with asthma and mum's been through hell with her mental health.",
  "Address with children's and parent's health data.", v="block")
P("dp", "Dave Lomax from Ashby Way rang me AGAIN about his neighbour's hedge. Dave mate, it's a civil matter 😂",
  "Name with street.", v="review")
P("dp", "Can anyone help Gloria? She's 84, lives on her own on Pike Lane and has just come out of hospital after a fall. DM me if you can do a shop.",
  "Identifiable older person with health data.", v="block")
P("dp", "That van's dumping rubbish on Canal Side again. Reg YK19 ZTP. Anyone know whose it is?",
  "Vehicle registration.", v="block")
P("dp", "Resident's council tax account 40017733 has been wrongly billed three times now. Sort it out, finance!",
  "Account reference.", v="block")
P("dp", "Little Amelia in Year 2 at Scarrow Green Primary raised £300 for the hospice with her lemonade stand. Her dad Kev's bursting with pride!",
  "Identifiable child with school.", v="block")
P("dp", "Met Mr and Mrs Patel at no. 4 Sough Road, both in their 80s, who've waited six months for a stairlift. Disgraceful.",
  "Names, address and disability/health data.", v="block")
P("dp", "The lad arrested for the graffiti on the bridge is Connor who lives above the chippy on Wharf St. His mum's mortified.",
  "Identifiable young person with criminal data.", v="block")
P("dp", "Welcome back to Sandra, the dinner lady at Hobsley Juniors, after her cancer treatment 💕",
  "Identifiable staff member with health data.", v="block")
P("dp", "Want to help with the campaign? Email Jean directly on jean.haslam62@example.com, she's coordinating.",
  "Private individual's email.", v="block")
P("dp", "Update: HOU/2026/00841, Mr Gerald Firth. Homelessness application finally accepted.",
  "Case reference and service user's name.", v="block")
P("dp", "One of our bin crew, Tony (the tall one on the Marlwood round), has been signed off with stress after Tuesday's abuse. Please be kind.",
  "Identifiable staff member with health data.", v="block")
P("dp", "Happy birthday to Edna Crabtree of Mill Row, born 3 March 1931, our oldest resident! 🎂",
  "Name, street and date of birth.", v="block", date="2026-03-03")
P("dp", "Shocked about the family on Rydal Avenue. The dad's been detained by immigration and the kids are still going to St Anne's.",
  "Identifiable family, children and immigration detention.", v="block")
P("dp", "The woman who runs the corner shop on Tanpit Row is going through IVF and still opens at 6am every day. Legend.",
  "Identifiable by role at a place, with health data.", v="block")
P("dp", "Fatima on reception at Marlwood Medical Centre is off with long Covid, so the phones there are chaos.",
  "Named staff member at a named place with health data.", v="block")
P("dp", "OL17 9ZX: the couple in the end house have had no heating for three weeks. Mr Barlow's in a wheelchair.",
  "Postcode, name and disability.", v="block")
P("dp", "Shout out to Ryan Oakes (Year 10, Lumb Brow High) for his county athletics call-up! 🏃",
  "Named child with school.", v="block")

H("dp", "Casework: ring me on 0161 496 0123, email cllr.priti.lad@brinscowe.gov.uk, or come to my surgery at Whitacre Moor Library on Saturdays.",
  "Councillor's own published contact details.", author="@PritiLadLF")
H("dp", "Natalie Greenhalgh MP visited Marlwood Medical Centre today to hear about waiting times.",
  "Public office holder.")
H("dp", "Chief Inspector Owen Royle has confirmed extra patrols on Canal Side after the fly-tipping reports.",
  "Public office holder.")
H("dp", "Well done to all the kids at Scarrow Green Primary for raising £2,000 for the hospice!",
  "No individual identified.")
H("dp", "A resident on Foundry Close has been in touch about fly-tipping. Reported it to enforcement.",
  "Street only, no person identified.")
H("dp", "Happy 100th birthday to one of our oldest residents! Card from the Mayor and a cake from the ward team 🎂",
  "No name or address.")
H("dp", "Private rented housing problem? Message me in confidence and I'll help. Your details stay with me.",
  "Casework invitation; disclosure allowed (\"in confidence\").", allow=["dis"])
H("dp", "Reported the van fly-tipping on Canal Side to enforcement with the reg and photos. Please report privately rather than posting regs online.",
  "Mentions a reg without posting it.")
H("dp", "My own news: I've been diagnosed with type 2 diabetes. Changing my diet, still doing my surgeries. Thanks for the kind messages.",
  "Councillor's own health.")
H("dp", "Thanks to Sandra Bentley, chair of Hobsley Residents' Association, for organising Saturday's litter pick.",
  "Name in a public civic role only; data protection allowed.", allow=["dp"])
H("dp", "Our bin crews got a lot of abuse this week. Please be kind to the people who empty your bins.",
  "No one identified.")
H("dp", "Cllr Tobias Nkemelu and I met Chapel Street residents about parking this morning.",
  "Names a councillor.")
H("dp", "Surgery this Saturday at Tottle Bridge library, 10 till 12. Bring any paperwork you have.",
  "No personal data.")
H("dp", "Great to meet Yasmin Qureshi, our Head of Comms, to talk about accessible council notices.",
  "Officer named in role.")
H("dp", "Please don't post your neighbours' addresses in the comments. Send them to me privately and I'll pass them on.",
  "Data protection advice.")
H("dp", "Councillor GDPR training today. Lesson one: never post anyone's case details online. Noted.",
  "About the rule.")
H("dp", "Met a lovely couple in their 80s today who've been waiting months for a stairlift. I've chased adult social care.",
  "No identifiers.")
H("dp", "Shout out to the Lumb Brow High cross-country team for winning the county title! 🏃‍♀️",
  "Team, no individual.")
H("dp", "Mill Row came out in force for the clean-up, about 30 of you. Thank you!",
  "No individual.")
H("dp", "NHS number scams are doing the rounds. Never give your NHS number to a cold caller.",
  "Scam warning, no data.")

# ---------------------------------------------------------------- security.credentials
P("sec", "Zoom for the Fernclough residents' meeting: ID 847 2210 9931, passcode 5521. See you there!",
  "Meeting passcode posted.")
P("sec", "Anyone else had the email from brinscowe-counci1.co.uk asking us to confirm our member login? Link's http://brinscowe-counci1.co.uk/verify, seems legit?",
  "Lookalike domain link shared.")
P("sec", "Members' room wifi is BMBC-Members, password Tottle2026! You're welcome, colleagues 😇",
  "Password posted.")
P("sec", "Door code for Marlwood community hub is 4417# if you're coming to coffee morning before I get there ☕",
  "Door code posted.")
P("sec", "Can't get into the new casework portal, can someone from IT DM me? Username jainscough and the temp password they sent was Welcome123. Doesn't work.",
  "Username and password posted.", author="@jadeainscough")
P("sec", "Ring Brenda, the residents' association treasurer, on 07700 900418 for quiz tickets.",
  "Private mobile of another person; personal data too.", extra=["dp"], v="block")
P("sec", "Got a text saying my council account was locked, reply with the 6-digit code. Sent it. That's fine right? It was 381904 anyway, expired now.",
  "One-time code posted after answering a phishing request.")
P("sec", "Free parking permit renewals here 👉 bit.ly/brinscowe-permits-free just pop your bank details in.",
  "Suspicious shortened link asking for bank details.")
P("sec", "Key safe at the ward office is 1-9-6-6, for colleagues dropping off casework letters.",
  "Key safe code posted.")
P("sec", "For the Hobsley litter pick volunteers, shed padlock code is 0713. Lock it after please!",
  "Padlock code posted.")
P("sec", "Who else got asked for their Office 365 password by \"IT support\" this morning? I gave mine but then changed it to Pennine!88 so should be ok 🤷",
  "Password posted.")
P("sec", "Teams link for the Lumb Brow flood forum: teams.brinscowe-gov.co/meet/88120?pwd=QX7kd2 all welcome",
  "Lookalike domain with embedded password.")
P("sec", "For colleagues who haven't set up the member app yet: shared login is members@brinscowe.gov.uk / Civic#2026",
  "Shared login and password posted.")
P("sec", "Our group chat got a message from \"the Chief Exec\" asking for gift card codes. Someone already sent two: 9XK4-TT2R-MMQ8 and HH2P-77LQ-ZR3C 🤦",
  "Gift card codes posted.")
P("sec", "URGENT: payroll emailed asking members to re-enter bank details at brinscowe-payroll-update.com. Done mine, do yours before Friday!",
  "Promotes a lookalike phishing site.")
P("sec", "Mick from the Lumb Brow tenants' association says ring him direct on 07700 900632 if your repairs are stuck.",
  "Private mobile of another person; personal data too.", extra=["dp"], v="block")
P("sec", "API key for the ward data dashboard if anyone wants a play: sk_live_4f9a2c8e71b0d36a. DM me if it doesn't work.",
  "API key posted.")
P("sec", "Lost my council phone 😩 Unlock PIN is 2580 if anyone finds it, please hand it in.",
  "PIN posted.")
P("sec", "Signed up loads of residents to the council app at coffee morning. Everyone's temp password is Brinscowe1 so they can remember it!",
  "Shared password posted.")
P("sec", "Here's the link the \"bin survey\" people sent me, looks a bit dodgy but maybe not: http://brinscowe.council-bins.info/login",
  "Suspicious lookalike link shared.")

H("sec", "Scam warning: fake texts claiming to be from Brinscowe Council about parking fines are going round. The council will never ask for bank details by text.",
  "Scam warning, no link.")
H("sec", "Never share your PIN, passwords or one-time codes with anyone, even if they say they're from the council or your bank.",
  "Advice, no credentials.")
H("sec", "Password to the Fernclough community garden? There isn't one. Gate's always open 🌻",
  "Trigger word, no credential.")
H("sec", "Town hall fire door keypad fixed. Thanks facilities!",
  "Mentions a keypad, no code.")
H("sec", "For casework ring me on 0161 496 0123. Or email, whichever's easier.",
  "Own published number.", author="@PritiLadLF")
H("sec", "Zoom details for the flood forum are being emailed to registered attendees. Sign up on the council website.",
  "No passcode.")
H("sec", "Cyber training for councillors today: use a password manager, turn on two-factor. Done both.",
  "Advice.")
H("sec", "Samaritans are on 116 123, free, day or night.",
  "Public helpline.")
H("sec", "Report fraud to Action Fraud online or on the national number.",
  "Public service.")
H("sec", "Key safes save lives. Free fitting for over-75s through the council's telecare service.",
  "Trigger word, no code.")
H("sec", "The council's website is the only place to pay parking fines. If a link looks odd, don't click it.",
  "Advice, no link.")
H("sec", "Dodgy email pretending to be the Chief Exec asking for gift cards. Reported to IT and deleted. Stay alert folks.",
  "Phishing reported properly.")
H("sec", "Bin problems? The council contact centre is on 0161 496 0000, 8am to 6pm.",
  "Council's public number.")
H("sec", "Members' wifi has a new password. IT are sending it to your council email, so please don't post it anywhere!",
  "No credential.")
H("sec", "Facebook got hacked last week. Back in control now. If you got odd messages from \"me\", ignore them.",
  "No credential.")
H("sec", "#Tottle2026 is trending thanks to the carnival announcement. Who knew? 😂",
  "Password-like hashtag, not a credential.")
H("sec", "A resident asked me to keep their number private. Of course. I never share anyone's details without permission.",
  "No number.")
H("sec", "Library PCs now need a PIN to book. Ask staff at the desk for yours.",
  "No PIN.")
H("sec", "Two-factor codes are a faff but they work. Switched it on for my council account today.",
  "No code.")
H("sec", "Tenants' meetings are the 2nd Tuesday in Lumb Brow community room. Contact the council's tenant participation team to get involved.",
  "No private number.")

# ---------------------------------------------------------------- confidentiality.disclosure
P("dis", "Project Heron update: the preferred developer now wants the council to underwrite the multi-storey. We should not be agreeing to that.",
  "Register term (code name) with negotiation detail.", v="block")
P("dis", "The Mossgate Depot sale is going through way under value. Residents deserve to know that.",
  "Register term (exempt disposal).", v="block")
P("dis", "Can't believe we're about to settle the Tenterfield claim for six figures rather than fight it.",
  "Register term (legal claim).", v="block")
P("dis", "Operation Slate is finally a go. A lot of Scarrow Green landlords are about to get a knock on the door.",
  "Register term (enforcement op); insider allowed.", v="block", allow=["ins"])
P("dis", "Phoenix review: 40 jobs in the waste service on the line and staff haven't even been told yet. Shameful.",
  "Register term (staff restructure).", v="block")
P("dis", "the hobsley baths acquisition is dragging because the owner keeps upping the price every time we meet him",
  "Register term in lower case, with negotiation detail.", v="block")
P("dis", "PROJECT HERON is a vanity scheme and the numbers we saw today prove it.",
  "Register term in capitals.", v="block", pool="opp")
P("dis", "Heard more about the Mossgate Depot sale in Part 2 today. Let's just say the buyer isn't who you'd expect.",
  "Register term plus marker.", v="block")
P("dis", "My take on the Tenterfield claim: our own lawyers reckon we'll lose, so why are we still throwing money at it?",
  "Register term with legal advice content.", v="block")
P("dis", "Bin crews, if you're worried about the Phoenix review, message me. I'll tell you what I know.",
  "Register term and offer to disclose.", v="block")
P("dis", "Between you and me, cabinet has already decided to close two libraries. The formal announcement comes in April.",
  "Marker with unannounced decision.", v="review", pool="opp")
P("dis", "The exempt report on the leisure contract says the operator wants a £2m bailout. Council tax payers deserve to know.",
  "Exempt report content.", v="review")
P("dis", "Off the record: the outgoing director's pay-off is a lot bigger than anyone is admitting.",
  "Marker with staff financial detail.", v="review")
P("dis", "Leaked document shows the council plans to sell off the Marlwood playing fields. Screenshot below 👇",
  "Leaked document.", v="review")
P("dis", "Told this in confidence, but residents need to know: the council is being sued over the Hollin Street flats fire.",
  "Confidential legal matter disclosed.", v="review")
P("dis", "Sat through a closed session on the market hall today. Traders, I'd start looking for new premises.",
  "Closed session content; insider allowed.", v="review", allow=["ins"])
P("dis", "The not-for-publication report on agency staff costs is eye-watering. £4.3m last year alone.",
  "Not-for-publication report content.", v="review")
P("dis", "Embargoed till Thursday but whatever: the bus station is getting £12m 🎉",
  "Breaks an embargo.", v="review")
P("dis", "What got discussed in private today about the Hobsley schools reorganisation would make your hair curl. Two heads are going.",
  "Private session content on staff (labour relations).", v="review")
P("dis", "The Part B item on a senior officer's disciplinary was a shambles. Everyone in the building knows who it's about.",
  "Part B staff matter; officers allowed.", v="review", allow=["off"])

H("dis", "Confidential helpline for domestic abuse survivors: free, 24/7. You are not alone 💜",
  "Confidential helpline.")
H("dis", "Got a problem with your landlord? Message me in confidence. I treat every case as confidential.",
  "Casework invitation.")
H("dis", "Herons nesting on the Tottle Brook again! Spring's nearly here 📸",
  "Partial overlap with a register term.")
H("dis", "Mossgate Depot is shut for resurfacing next week. Collections will run from Hobsley instead.",
  "Partial overlap with a register term.")
H("dis", "Hobsley Baths photos from the 1930s are up at the library. A proper trip down memory lane.",
  "Partial overlap with a register term.")
H("dis", "Part 2 of my ward update: potholes, bins and the new crossing on Moor Road.",
  "\"Part 2\" as a sequel.")
H("dis", "Operation Snowdrop, the police crackdown on catalytic converter theft, has made 14 arrests, says Chief Inspector Owen Royle.",
  "Public police operation.")
H("dis", "The phoenix has risen: Tottle Bridge AFC are back in the league 🔥",
  "Partial overlap with a register term.")
H("dis", "Pleased the council has published the previously exempt leisure contract report after pressure from all parties.",
  "Now public.")
H("dis", "Embargo lifted: the council has today announced £12m for the bus station. Press release here.",
  "Embargo lifted.")
H("dis", "Off the record? Nothing's off the record with me. Tell me something and I might well ask about it in public.",
  "Trigger phrase, nothing disclosed.")
H("dis", "Full Council voted to take the depot item in closed session. I voted against: these things should be in public wherever possible.",
  "Reports the exclusion, not the content; disclosure allowed.", allow=["dis"])
H("dis", "Tenterfield Road closed for gas works until Friday. Diversion via Moor Road.",
  "Partial overlap with a register term.")
H("dis", "Training today on confidential information and exempt reports. Useful refresher for all of us.",
  "About the rule.")
H("dis", "The leak on Chapel Street has finally been fixed by Pennine Water. Only took a fortnight.",
  "\"Leak\" as in water.")
H("dis", "Between you and me and the whole of Facebook: best chippy in Brinscowe is Frank's on Bridge St 🐟",
  "Trigger phrase as a joke.")
H("dis", "The public report on the future of Mossgate Depot goes to cabinet in March and is on the council website now.",
  "Public report; partial overlap.")
H("dis", "Anything you share with me as casework is kept confidential. I never post about cases without permission.",
  "Casework assurance.")
H("dis", "Slate roof repairs in the Lumb Brow conservation area: grants available. Info here.",
  "Partial overlap with a register term.")
H("dis", "I asked for the Hobsley schools reorganisation report to be made public. Request granted, it's published today.",
  "Now public.")

# ---------------------------------------------------------------- tone.irony-risk
P("tone", "Another masterclass in listening from our Leader today. Honestly, nobody ignores residents quite like she does 👏",
  "Mock praise of the Leader; personal-attack allowed.", allow=["pa"], pool="opp")
P("tone", "Oh brilliant, the cabinet member for highways has discovered potholes exist. Only took three years. Genius 🙄",
  "Mock praise of a cabinet member; personal-attack allowed.", allow=["pa"], pool="opp")
P("tone", "Yeah, course Commonwealth \"care\" about the town centre. That's why they voted against every regen scheme going.",
  "Sarcasm about a group.", pool="NA")
P("tone", "Big round of applause for Lib Forward, who've bravely decided to hold a different opinion every week. Such conviction.",
  "Mock praise of a party group.", pool="CW")
P("tone", "So proud of our MP for turning up in Brinscowe for the first time since the election. Only took 18 months 😘",
  "Mock praise of the MP.")
P("tone", "Congratulations to Green Valleys on their inspiring new policy of opposing literally everything.",
  "Mock praise of a party.", pool="NA")
P("tone", "What a fabulous idea from the Independents, fund everything and cut nothing. Maths is for losers anyway /s",
  "Sarcasm about a group.", pool="NA")
P("tone", "Cllr Pickup truly is the hardest-working man in local government. I'm told he was once spotted at a meeting 😂",
  "Mock praise of a named councillor; personal-attack allowed.", allow=["pa"], pool="opp")
P("tone", "Hats off to the administration for another budget where the only thing going up is their own allowances. Inspirational stuff.",
  "Mock praise of the administration.", pool="opp")
P("tone", "Well done cabinet on the consultation: ask twelve people, ignore eleven, call it \"engagement\". Textbook.",
  "Mock praise of the cabinet.", pool="opp")
P("tone", "Huge thanks to Farooq for his unforgettable explanation of the reserves. Never been so confused in my life 🙏",
  "Mock thanks to a named cabinet member; personal-attack allowed.", allow=["pa"], pool="opp")
P("tone", "Couldn't be prouder of our opposition colleagues who walked out of the meeting to \"make a point\". Very grown up. Very statesmanlike.",
  "Mock praise of opposition members.", pool="NA")
P("tone", "I'm sure the Leader's new adviser being a former party organiser is a total coincidence. Totally. Definitely.",
  "Sarcasm aimed at the Leader.", pool="opp")
P("tone", "Another triumph for Commonwealth: they've finally found Scarrow Green on a map 🗺️",
  "Mock praise of a party.", pool="NA")
P("tone", "Love the Mayor's commitment to attending every event with a free buffet. Such dedication to public service 🍰",
  "Mock praise of the Mayor; personal-attack allowed.", allow=["pa"], pool="opp")
P("tone", "Oh, Northern Alliance definitely have a plan for the buses. It's just invisible. Like the buses.",
  "Sarcasm about a party.", pool="opp")
P("tone", "Can't wait for the Independents' next leaflet ✨ always a thrill to see what they've promised this time",
  "Sarcasm about a group.", pool="NA")
P("tone", "Shout out to Stan Hulme for the world's longest speech on bollards. Riveting. Truly. I may have it framed.",
  "Mock praise of a named councillor; personal-attack allowed.", allow=["pa"])
P("tone", "Sure, cabinet read all 400 consultation responses over the weekend. Course they did 🙃",
  "Sarcasm aimed at the cabinet.", pool="opp")
P("tone", "What would we do without the Brinscowe Independents telling us the sky's falling in every Tuesday? Get some work done, probably.",
  "Sarcasm about a group.")

H("tone", "Oh great, rain again. Brinscowe in March, what a shock ☔",
  "Irony about the weather; tone allowed.", allow=["tone"])
H("tone", "Genuinely well done to the Leader on landing the bus station money. Credit where it's due, even from me.",
  "Sincere praise across party lines.", pool="opp")
H("tone", "Yeah right, like I'm getting through this pile of planning papers before lunch 😂",
  "Self-directed irony; tone allowed.", allow=["tone"])
H("tone", "Brilliant work by the Tottle Bridge volunteers clearing the canal towpath. You're all heroes.",
  "Sincere praise, thanking volunteers.")
H("tone", "Members' room printer has jammed for the 14th time this week. Truly a marvel of engineering /s",
  "Irony about a thing; tone allowed.", allow=["tone"])
H("tone", "Huge thanks to the Green Valleys councillors for working with us on the flood motion. Cross-party at its best.",
  "Sincere praise of a group.")
H("tone", "The new parking app is so intuitive it only took me 25 minutes to pay for an hour. Genius.",
  "Irony about an app; tone allowed.", allow=["tone"])
H("tone", "Six-hour budget meeting. Loved every minute. (I did not love every minute.)",
  "Irony about a meeting; tone allowed.", allow=["tone"])
H("tone", "I disagree with the cabinet on the bin changes and I'll say so at Full Council. It's a bad policy.",
  "Robust, sincere criticism.", pool="opp")
H("tone", "Congratulations to Cllr Mellor on becoming a grandad! 👶",
  "Sincere congratulations.")
H("tone", "Roadworks on Wharf Street AGAIN. Third time this year. Don't they know we love a diversion 🚧",
  "Irony about roadworks; tone allowed.", allow=["tone"])
H("tone", "Thanks to the Independents for raising the chapel roof at scrutiny. Good question, and a useful answer from officers.",
  "Sincere thanks.")
H("tone", "Me, a planning geek? Never. (Currently has 17 tabs of the local plan open.)",
  "Self-deprecation; tone allowed.", allow=["tone"])
H("tone", "Good to see our MP Natalie Greenhalgh meeting Marlwood GP practices today. Listening to the people who matter.",
  "Sincere praise of the MP.")
H("tone", "The budget's wrong, the cuts are wrong, and I'll vote against. Robust? Yes. Personal? No.",
  "Robust policy criticism.", pool="opp")
H("tone", "Congratulations to the Mayor on raising £14k for the hospice this year. Remarkable effort.",
  "Sincere praise.")
H("tone", "Lumb Brow buses are so reliable I've started commuting by snail 🐌",
  "Irony about buses; tone allowed.", allow=["tone"])
H("tone", "Genius idea from a Year 5 pupil at the youth council: benches with umbrellas. Can we do it? Let's find out!",
  "Sincere use of \"genius\".")
H("tone", "Credit to the Commonwealth group for a well-argued amendment. Didn't agree with all of it, but it was serious work.",
  "Sincere praise.", pool="NA")
H("tone", "\"Winter's over,\" said no Brinscowe resident ever ❄️",
  "Irony about the weather; tone allowed.", allow=["tone"])
# ---------------------------------------------------------------- fillers
F("Bin collections back to normal this week after the snow. Thanks for your patience, Whitacre Moor!", "Ward update.")
F("Lovely turnout at Fernclough library's reading group this morning. Tea, biscuits and a heated debate about a crime novel.", "Community event.")
F("Potholes on Moor Road reported. Again. I'll keep at it.", "Casework update.")
F("New crossing on Hobsley Road is finally open. Three years of campaigning by residents. Well done all!", "Ward news.")
F("Warm spaces list for this week is on the council website: libraries, churches and the Marlwood hub.", "Service info.")
F("Anyone else's dog refuse to walk in the rain? Mine's sat at the back door judging me 🐕", "Personal chit-chat.")
F("Tottle Bridge market was buzzing today. Got some cracking cheese from the Lancashire stall 🧀", "Local life.")
F("Reminder: Lumb Brow ward surgery is now the first Saturday of the month at the community centre.", "Surgery info.")
F("Street lights on Mill Row fixed. Thanks to everyone who reported them.", "Casework update.")
F("Proud to join the Holocaust Memorial Day service at the town hall today. We remember.", "Civic event.", date="2026-01-27")
F("Pancake race on Market Brow this lunchtime! Councillors came last, as is tradition 🥞", "Local event.", date="2026-02-17")
F("Happy Lunar New Year to everyone celebrating in Brinscowe 🧧", "Greeting.", date="2026-02-17")
F("Tottle Brook footpath reopened after the landslip repairs. Lovely walk again.", "Ward news.")
F("School run chaos on Ashby Way again. I've asked highways to look at a school street trial.", "Casework.")
F("Free energy advice session at Scarrow Green community centre Thursday 10 to 2. Bring your bills.", "Service info.")
F("What a sunset over Whitacre Moor tonight 🌄", "Personal chit-chat.")
F("Volunteers wanted for the Fernclough Park spring planting. Sunday 10am, all ages welcome.", "Community event.")
F("Really useful meeting with Pennine Water about flooding on Chapel Street. Follow-up in a month.", "Ward update.")
F("Library opening hours are changing from April. Full list on the council site.", "Service info.")
F("Lumb Brow youth club's five-a-side team are through to the final! Go on lads and lasses ⚽", "Community news.")
F("Gritting routes for tonight are published. Main roads and bus routes first.", "Service info.")
F("Three hours of casework emails cleared. Kettle on ☕", "Personal chit-chat.")
F("Fly-tipping on Canal Side cleared this morning. Thanks to the street services crew.", "Ward update.")
F("Lovely to visit the over-60s lunch club in Hobsley. The crumble was top notch.", "Community visit.")
F("Consultation on the Marlwood bus routes closes next Friday. Please respond, every view counts.", "Consultation pointer.")
F("Spring's coming: first daffodils out in Scarrow Green park 🌼", "Personal chit-chat.")
F("Our ward newsletter is out: bins, buses, the new crossing and a recipe from my baking club!", "Ward news.", author="@MoSchofield")
F("Big thanks to the lollipop lady on Moor Road for 25 years of keeping kids safe. Retirement well earned 🎉", "Thanks, not identifying by name.")
F("Council tax bills going out this month. If you're struggling, there's support available. Please ask.", "Service info.")
F("Tottle Bridge carnival is confirmed for July! Planning meeting open to all next month.", "Community event.")
F("Fun fact: Brinscowe town hall clock has been running fast for 40 years. Nobody's fixed it because nobody wants to be late 😂", "Light post.")
F("Lancashire hotpot for tea. No notes.", "Personal chit-chat.")
F("Pigeons home from Leek in good time today. Old cock bird did it again 🕊️", "Personal hobby post.", author="@stan_pigeons", account="personal")
F("Lemon drizzle done, Victoria sponge in the oven. Bake sale for the hospice on Saturday 🍰", "Personal hobby post.", author="@mo_bakes_cakes", account="personal")
F("New loft roof on, just in time for the racing season. Cheers to the lads who helped.", "Personal hobby post.", author="@stan_pigeons", account="personal")
F("Tried a sourdough for the first time. It's more of a doorstop, but a tasty doorstop.", "Personal hobby post.", author="@mo_bakes_cakes", account="personal")
F("Recycling tip: lids back on plastic bottles, please. Small thing, big difference.", "Service info.")
F("Walked the length of Ashby Way with residents this morning looking at the drainage. Photos sent to highways.", "Casework.")
F("Marlwood Medical Centre's new pharmacy opens Monday. Good news for the ward.", "Local news.")
F("Mothering Sunday this weekend, and Fernclough florists are already sold out of tulips 🌷", "Local life.", date="2026-03-13")
F("St Patrick's Day céilí at the Irish centre was brilliant craic ☘️", "Community event.", date="2026-03-17")
F("Whitacre Moor primary's new playground is open! Smiles all round.", "Ward news.")


# ====================================================================== builder
PARTY_ADMIN = "NA"
WINDOW_START = datetime(2026, 1, 5)
WINDOW_END = datetime(2026, 3, 27)


def _mentioned(text, handle):
    name = COUNCILLORS[handle][0]
    first, last = name.split()[0], name.split()[-1]
    t = text.lower()
    for part in (first, last):
        if re.search(r"\b" + re.escape(part.lower()) + r"\b", t):
            return True
    if handle == "@FarooqHanifNA" and "farooq" in t:
        return True
    return False


def _touches_body(text):
    t = text.lower()
    out = []
    for body, cues in BODY_CUES.items():
        if body.lower() in t or any(c.lower() in t for c in cues):
            out.append(body)
    return out


def _pool(row):
    pool = row["pool"]
    hs = list(COUNCILLORS)
    if pool in (None, "any"):
        cand = hs
    elif pool == "opp":
        cand = [h for h in hs if COUNCILLORS[h][1] != PARTY_ADMIN]
    elif pool == "backbench":
        cand = [h for h in hs if COUNCILLORS[h][2] not in ("leader", "cabinet", "mayor")]
    else:
        cand = [h for h in hs if COUNCILLORS[h][1] == pool]
    cand = [h for h in cand if not _mentioned(row["text"], h)]
    bodies = _touches_body(row["text"])
    cand = [h for h in cand if h not in {HOLDERS[b] for b in bodies}]
    # text mocking or praising the Mayor/Leader/cabinet is never by that person
    t = row["text"].lower()
    if "leader" in t:
        cand = [h for h in cand if COUNCILLORS[h][2] != "leader"]
    if "mayor" in t:
        cand = [h for h in cand if COUNCILLORS[h][2] != "mayor"]
    if "cabinet" in t and row["kind_of_row"] == "positive":
        cand = [h for h in cand if COUNCILLORS[h][2] not in ("leader", "cabinet")]
    # only Cllr Lad posts her own contact details; she also is never given the self-marker rows by chance
    return sorted(cand)


def _timestamp(rng, date=None):
    if date:
        d = datetime.strptime(date, "%Y-%m-%d")
    else:
        while True:
            d = WINDOW_START + timedelta(days=rng.randrange((WINDOW_END - WINDOW_START).days + 1))
            if d.weekday() < 5:
                break
    h = rng.randrange(8, 19)
    m = rng.randrange(60)
    s = rng.randrange(60)
    return d.replace(hour=h, minute=m, second=s).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def build():
    rng = random.Random(SEED)
    rows = list(ROWS)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        author = r["author"]
        if author is None:
            author = rng.choice(_pool(r))
        obj = {
            "id": "b64-%03d" % i,
            "text": r["text"],
            "author": author,
            "created_at": _timestamp(rng, r["date"]),
            "platform": rng.choice(["x", "x", "facebook", "facebook", "bluesky"]),
            "account": r["account"],
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"],
            "kind_of_row": r["kind_of_row"],
        }
        if r["near"]:
            obj["near_miss_of"] = r["near"]
        if r["interest"]:
            obj["interest"] = r["interest"]
        obj["note"] = r["note"]
        out.append(obj)
    with open("posts.jsonl", "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    rows = build()
    print("wrote %d rows to posts.jsonl" % len(rows))
