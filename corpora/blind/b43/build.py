#!/usr/bin/env python3
"""Blind set b43 (Wrenhythe District Council): hand-written rows plus a deterministic builder.

Run `python3 build.py` to (re)write posts.jsonl. The seed is fixed, so the output is identical
on every run.
"""
import datetime as dt
import json
import random
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 4343

OI = "officers.impartiality"
RP = "resources.political-use"
PA = "position.improper-advantage"
GH = "gifts.hospitality"
CV = "capacity.council-voice"
IA = "confidentiality.insider-advantage"
PD = "predetermination.closed-mind"
DI = "interests.declared-interest"
DP = "data-protection.personal-data"
SC = "security.credentials"
CD = "confidentiality.disclosure"
TI = "tone.irony-risk"
RPA = "respect.personal-attack"
DEF = "defamation.allegation"

DEFAULT_SEV = {OI: "review", RP: "review", PA: "review", GH: "advice", CV: "review",
               IA: "review", PD: "review", DI: "review", DP: "review", SC: "block",
               CD: "review", TI: "advice"}
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}

# councillor -> (party, handle); the roles matter for who can plausibly write a post
CLLRS = {
    "Rosalind Tremlett": ("LD", "@RosTremlettLD"),
    "Owen Pascoe": ("LD", "@OwenPascoeLD"),
    "Hester Vosper": ("LD", "@CllrHesterVosper"),
    "Daniel Hext": ("LD", "@DanHextLD"),
    "Marjorie Chugg": ("LD", "@ChairmanChugg"),
    "Ezra Bidgood": ("LD", "@EzraBidgoodLD"),
    "Gideon Rowse": ("CON", "@GideonRowseCon"),
    "Felicity Abell": ("CON", "@FlissAbellCon"),
    "Barney Cudmore": ("CON", "@BarneyCudmore"),
    "Anjali Salter": ("CON", "@AnjaliSalterCon"),
    "Tobias Yeoland": ("GRN", "@TobyYeolandGreen"),
    "Kezia Mudge": ("GRN", "@KeziaMudgeGreen"),
    "Liam Furze": ("LAB", "@LiamFurzeLab"),
    "Grace Oyelaran": ("LAB", "@GraceOyelaranLab"),
    "Walter Penhale": ("IND", "@WalterPenhaleInd"),
    "Sian Colwill": ("IND", "@SianColwillInd"),
}
PERSONAL = {"@hester_sails": "Hester Vosper", "@wally_bees": "Walter Penhale"}
LEADER, CHAIRMAN = "Rosalind Tremlett", "Marjorie Chugg"
# text fragments that point at a registered interest -> holder (never a random author for these)
INTEREST_CUES = {
    "Yeoland Organics": "Tobias Yeoland",
    "Sailing Club": "Hester Vosper", "sailing club": "Hester Vosper",
    "Commoners": "Barney Cudmore", "commoners": "Barney Cudmore",
    "Community Land Trust": "Daniel Hext", "CLT": "Daniel Hext",
    "Penhale & Daughters": "Walter Penhale",
    "Harbour Trust": "Liam Furze",
    "Brackenleigh Primary": "Anjali Salter",
    "South Moor": "Grace Oyelaran",
    "Abell Lettings": "Felicity Abell",
}

ROWS = []


def _row(fam, kind, text, note, rules, al, v, pool, by, no, dates, acct, interest, near):
    rules = list(rules)
    if v is None:
        v = "ok"
        for r in rules:
            if ORDER[DEFAULT_SEV[r]] > ORDER[v]:
                v = DEFAULT_SEV[r]
    ROWS.append(dict(family=fam, kind_of_row=kind, text=text, note=note, rules=rules,
                     allowed=list(al), verdict=v, pool=pool, by=by, no=list(no), dates=dates,
                     account=acct, interest=interest, near=near))


def P(fam, text, note, rules=None, al=(), v=None, pool="any", by=None, no=(), dates=None,
      acct="councillor", interest=None):
    if fam in (TI, RP) and CHAIRMAN not in no:
        no = list(no) + [CHAIRMAN]      # the Chairman stays out of party sniping and campaigning
    _row(fam, "positive", text, note, rules if rules is not None else [fam], al, v, pool, by,
         no, dates, acct, interest, None)


def N(near, text, note, al=(), pool="any", by=None, no=(), dates=None, acct="councillor",
      interest=None):
    _row("hard_negative", "hard_negative", text, note, [], al, "ok", pool, by, no, dates, acct,
         interest, near)


def F(text, note, pool="any", by=None, no=(), dates=None, acct="councillor"):
    _row("filler", "filler", text, note, [], (), "ok", pool, by, no, dates, acct, None, None)


# ---------------------------------------------------------------- officers.impartiality
P(OI, "Funny how Bethan Caddy's planning team always finds a reason to say yes when it's a big developer and no when it's a family extension in Holloway Moor. Just saying.",
  "Insinuates the named Head of Planning's team is partial: questions officer neutrality in public.", al=[DEF], pool="OPP")
P(OI, "I've asked Jago Kitto to look again at his report on the Higher Coombe barn conversion. His conclusion on highway safety is frankly wrong and I expect it rewritten before it comes to committee.",
  "Names an officer and presses him publicly to change his report.", al=[PD])
P(OI, "Officers at Wrenhythe have stopped being neutral advisers and started acting like the Lib Dems' press office. The housing report this week read like a manifesto.",
  "Publicly questions the neutrality of council officers as a body.", pool="OPP")
P(OI, "Word to the wise for our head of environmental services: the bin round fiasco is on your desk, not the crews'. Time you owned it, Mark.",
  "Criticises a named officer (Mark Huxtable) in public.", al=[RPA])
P(OI, "Had a 'robust' chat with the licensing manager this morning. Let's just say I think Neville's recommendation on the late licence will look rather different by the time it reaches the sub-committee 😉",
  "Boasts of pressing the Licensing Manager to change his recommendation.", al=[PD])
P(OI, "Can someone explain why the Chief Exec sat on the flood report for six weeks? Ms Treloar owes Lydmouth an answer, and I'm not convinced she's an honest broker on this.",
  "Names the Chief Executive and questions her impartiality.", al=[RPA])
P(OI, "The s151 officer's 'independent' advice on car park charges seems to have been written with one eye on the Leader's re-election. Convenient timing, Ruth.",
  "Suggests the named s151 officer's advice is politically slanted.", al=[DEF], pool="OPP")
P(OI, "Planning officers here need reminding who they work for: the people of Shilcombe, not the volume housebuilders. I've told them the five-year land supply paper needs redoing before cabinet sees it.",
  "Tells officers publicly to redo a paper; questions whose side they are on.")
P(OI, "Asked comms to put out the residents' survey results and they refused because it 'might look political'. Political? Carys was happy enough to publicise the Leader's photo ops all year.",
  "Criticises the named Head of Communications and implies partisanship.", pool="OPP")
P(OI, "Genuinely starting to think the housing options team has it in for certain families. Lowenna Pye's department has turned away three of my casework families this month on technicalities.",
  "Names an officer and questions the fairness of her team.")
P(OI, "Not one for pointing fingers at staff, but whoever wrote paragraph 6.4 of the parking review clearly hasn't set foot in Quaystone. Needs redoing, properly this time.",
  "Subtle: disclaims, then criticises an identifiable report author and demands a rewrite.")
P(OI, "If the Monitoring Officer thinks a 'guidance note' will gag opposition councillors, he's mistaken. Patrick Noakes is meant to be neutral; this reads like it came straight from the Leader's office.",
  "Names the Monitoring Officer and questions his neutrality.", pool="OPP")
P(OI, "Our officers were told what answer to give and they gave it. The 'options appraisal' for the leisure centre was a foregone conclusion dressed up in a spreadsheet.",
  "Accuses officers of tailoring professional advice.", pool="OPP")
P(OI, "Memo to the highways engineer who signed off the Fore Street layout: come and stand at that junction with me at 3.15 on a school day. Then tell me your report was right.",
  "Publicly challenges an identifiable officer's professional judgement.")
P(OI, "I'll be blunt. The planning department's advice on second homes is timid, and I've told the head of planning I want a tougher line in the revised report by Friday.",
  "Plain: presses the Head of Planning to change officer advice.")
P(OI, "Another week, another 'technical' objection from the tree officer that just happens to scupper a scheme the Greens back. You couldn't make it up.",
  "Implies an officer's advice is politically motivated.", al=[TI], pool="GRN")
P(OI, "Hats off to our planning officers, who've managed to lose the same batch of consultation responses twice in a month. Truly world-class filing 👏",
  "Mock praise of officers: criticises staff publicly and the irony may be misread.", rules=[OI, TI])
P(OI, "Why is the principal planning officer meeting Pellacombe's agent three times before the Glebe Field application was even validated? Residents can count, Jago.",
  "Insinuates the named officer is too close to an applicant; states no view on the application.", al=[DEF, PD])
P(OI, "The finance director told scrutiny the reserves are 'adequate'. Adequate for whom? I don't accept her figures and I'd like someone less cosy with the cabinet to check them.",
  "Questions the s151 officer's independence from the cabinet.", pool="OPP")

N(OI, "Huge thanks to Mark Huxtable and the waste team who were out at 6am clearing storm debris off the Esplanade. Brilliant work.",
  "Names an officer only to thank him.", al=[OI])
N(OI, "The officer report on the Higher Coombe barn goes to committee on the 28th. The recommendation is to approve; you can read it on the council website.",
  "Neutral pointer to an officer report.")
N(OI, "I disagree with the cabinet's decision on car park charges. Officers set out the options fairly; it's the Lib Dem cabinet that picked the worst one.",
  "Criticises the politicians' decision, defends the officers.", al=[OI], pool="OPP")
N(OI, "I've asked officers for a briefing on the bin round changes so I can answer residents' questions properly.",
  "Ordinary request to officers.")
N(OI, "Question to the Leader at full council: why did the cabinet ignore its own officers' warnings on the leisure centre budget?",
  "Targets the cabinet, not officers.", pool="OPP")
N(OI, "Met Bethan Caddy, our Head of Planning, with Holloway Moor parish council today to talk about their neighbourhood plan. Useful session, thanks all.",
  "Names an officer neutrally.", al=[OI])
N(OI, "Our Chief Executive, Imogen Treloar, retires this summer after eleven years. Whatever our political differences with the administration, she has served the district well.",
  "Praises a named officer.", al=[OI])
N(OI, "The Monitoring Officer's new guidance on social media is worth a read for every councillor, me included. Clear and sensible.",
  "Positive mention of the Monitoring Officer.")
N(OI, "I think committee got the Higher Coombe decision wrong. Officers recommended refusal, members overturned it, and I'll be asking scrutiny to look at how we got there.",
  "Criticises members' decision, not the officers.", al=[OI])
N(OI, "Respect to our planning officers, handling a 40% rise in applications with fewer staff. The cabinet needs to fund the department properly.",
  "Praise of officers, criticism of cabinet funding.", pool="OPP")
N(OI, "Raised the Fore Street junction with highways again. They've agreed a new traffic count in March. Not the answer I wanted, but it's progress.",
  "Ordinary casework update.")
N(OI, "A report is only as good as the brief it's given. The cabinet set a terrible brief for the parking review; that's on the politicians, not the staff.",
  "Explicitly aims criticism at politicians.", al=[OI], pool="OPP")
N(OI, "The finance director's budget presentation is online. Worth watching if you want to understand where the £3.2m gap comes from.",
  "Neutral reference to an officer's presentation.")
N(OI, "Officers have been clear and consistent: the leisure centre roof needs replacing. The cabinet has dithered for two years. Enough.",
  "Backs officer advice; criticises the cabinet.", al=[OI], pool="OPP")
N(OI, "Chatting to the tree officer on the Green this morning about which limes need work. Learned a lot about honey fungus 🍄",
  "Friendly mention of an officer.")
N(OI, "To be clear, I'm not criticising the housing options staff. They're brilliant and overstretched. I'm criticising a government that has cut temporary accommodation funding three years running.",
  "Disclaims criticism of staff; target is national policy.", al=[OI])
N(OI, "Neutral, professional and patient: that's every officer I've worked with on the Lydmouth flood scheme. Proper public servants.",
  "Praise of officers using 'neutral'.")
N(OI, "Planning officers' recommendations are advice, not decisions. Members decide, and members answer for it. That's how it should be.",
  "General statement on the officer/member roles.")

# ---------------------------------------------------------------- resources.political-use
P(RP, "Printing our Focus leaflets on the Members' Room copier this evening, saves the local party a fortune 😄 Delivery team meet at 10 tomorrow.",
  "Council copier used for party leaflets.", pool="LD")
P(RP, "Any Lib Dem members who want to help in the Quaystone by-election, email me at ezra.bidgood@wrenhythe.example and I'll add you to the rota.",
  "Council email address used to organise party campaigning.", by="Ezra Bidgood")
P(RP, "Big thanks to the council's design team for knocking up our campaign poster in their lunch hour. Looks fab! #VoteGreen",
  "Council staff producing party campaign material.", pool="GRN")
P(RP, "Conservative canvass session leaves from Committee Room 2 at the Guildhall, 5pm Thursday. Tea and biscuits provided. Comfy shoes essential.",
  "Council meeting room used as a campaign base.", pool="CON")
P(RP, "Sent our petition against the Lib Dem car park tax to everyone in my council email contacts this morning. Please sign and share!",
  "Council email contacts used for a party petition.", al=[DP], pool="OPP")
P(RP, "Filmed my election video in the council chamber over lunch. Worth asking the Chairman nicely 😉 Link in bio. #Labour",
  "Council chamber used to film party election material.", pool="LAB")
P(RP, "Our Green newsletter: designed on my council iPad, printed in the Members' office. Grassroots campaigning at its finest 🌱",
  "Council equipment used for a party newsletter.", pool="GRN")
P(RP, "Using the district council franking machine for the party's membership renewal letters is saving us about £200. Every little helps.",
  "Plain: council franking used for party post.")
P(RP, "Shout out to Dawn, my casework officer, who helped me draft our by-election leaflet this afternoon. Couldn't have done it without her.",
  "Council staff time spent on a party leaflet.")
P(RP, "Group strategy meeting booked in the Lydmouth area office for Friday, and officers have kindly set up the screen for our campaign slides.",
  "Council office and officer time used for party campaign planning.")
P(RP, "Please share: Vote Penhale on 7 May. (Posted from my council laptop in a quiet moment at the depot 🙈)",
  "Campaign post made from council equipment, by the candidate himself.", by="Walter Penhale")
P(RP, "Our action day leaflets have the council crest printed on the back. People trust it more that way.",
  "Council logo used on party leaflets.", pool="CON")
P(RP, "Canvassing data is on the council network shared drive, folder 'LD Quaystone'. Message me for access if you're on the team.",
  "Party canvass data stored on council systems.", al=[SC, DP], pool="LD")
P(RP, "Went round Penfold Cross in the council pool car today knocking doors for Felicity. Great response on the doorstep!",
  "Council pool car used for canvassing.", pool="CON", no=["Felicity Abell"])
P(RP, "Booked the council's community engagement van for Saturday, we'll be on Wrenhythe market square with Labour rosettes and a petition. Come and say hi!",
  "Council vehicle used for a party stall.", pool="LAB")
P(RP, "The council comms team has agreed to push our group's 'Save the Lido' video on the official channels. Labour listening, Labour delivering.",
  "Council communications channels used for a party group's campaign.", pool="LAB")
P(RP, "Writing the Conservative group's press releases from my desk in the Civic Centre this week. The wifi's better than at home.",
  "Council office and network used for party press work.", pool="CON")
P(RP, "If you fancy delivering for the Greens in Ashcombe Down, pick up a bundle from the council depot reception. I've left them with the staff there.",
  "Council premises and staff used to distribute party leaflets.", pool="GRN")
P(RP, "Emailed every school head in the district from my council account with our party's position on the SEND cuts. They deserve to know who's fighting for them.",
  "Council email account used to circulate party campaigning.", pool="OPP")

N(RP, "Leaflets for Saturday's Green action day are at my house; knock on the side door and grab a bundle. Printed by a local firm and paid for by the party.",
  "Campaigning with party resources.", al=[RP], pool="GRN")
N(RP, "Reminder: my ward surgery is at the council's Lydmouth area office on Saturday, 10 till 12. Open to everyone, whoever you vote for.",
  "Council office used for council business.", pool="any")
N(RP, "Council comms have put out a neutral explainer on the new bin rounds. Please share it, it's useful whatever your politics.",
  "Sharing official non-political information.")
N(RP, "Our campaign office is above the bakery on Fore Street. No council money, no council kit: just volunteers and a very old kettle.",
  "Says outright that no council resources are used.", al=[RP])
N(RP, "Asked the Monitoring Officer whether I can use the council printer for my ward newsletter. Answer: only for non-political council business. Fair enough, the party will pay for ours.",
  "Seeks advice and follows it.", al=[RP])
N(RP, "Filmed a short video in my garden explaining why I'm standing again in May. Nothing fancy, just me and the dog.",
  "Campaign video with no council resources.")
N(RP, "Used my council email to chase highways about the pothole on Tor Road. That's exactly what it's for.",
  "Council email for council casework.", al=[RP])
N(RP, "Booked the Methodist hall for our Labour members' meeting. £15 for the evening, paid from branch funds.",
  "Party meeting in a paid private venue.", pool="LAB")
N(RP, "The council's design team produced the new recycling leaflets. Clear, simple, and not a party logo in sight, as it should be.",
  "Council staff on council work.", al=[RP])
N(RP, "Canvassing in Penfold Cross this evening with the Conservative team. Good conversations about buses and potholes.",
  "Campaigning with no council resources.", pool="CON")
N(RP, "Pre-election period starts soon. Council channels go quiet on anything political, and so does my council email. Campaign stuff comes from my party account only.",
  "Describes keeping resources separate.", al=[RP])
N(RP, "Used the council laptop to do my expenses and watch the planning committee webcast. Riveting Tuesday.",
  "Council laptop for council business.", al=[RP])
N(RP, "Spotted a council van outside the Lib Dem office in Wrenhythe. Turns out it was fixing the streetlight opposite. Mystery solved 😂",
  "Council van doing council work near a party office.", al=[RP], pool="OPP")
N(RP, "Council franking machine has broken again; officers say post from the housing team will be a day late this week.",
  "Council equipment mentioned with no party use.")
N(RP, "Green members: our AGM is on Zoom this Thursday, details in the members' email (not my council one!).",
  "Keeps party business off council email.", al=[RP], pool="GRN")
N(RP, "The council crest is on the new welcome signs at the edge of Shilcombe. Looks smart.",
  "Council logo in a non-party context.")
N(RP, "Knocking doors for Labour in Quaystone this weekend. Message the branch page if you want to join us.",
  "Campaigning with no council resources.", pool="LAB")
N(RP, "Civic Centre committee rooms can be booked by community groups for £12 an hour. The tenants' association used one last week.",
  "Council rooms for community use.")

# ---------------------------------------------------------------- position.improper-advantage
P(PA, "If you're waiting on a planning decision in Holloway Moor, drop me a DM. Being on the committee means I can usually get things moved up the pile.",
  "Offers to use committee position to speed up decisions.")
P(PA, "Need a roofer? My brother-in-law's firm, Rowe & Son, does great work, and I know the building control lads so sign-off is never a problem 😉",
  "Promotes a connected business and implies influence over building control.")
P(PA, "Residents asking about housing allocations: I'm happy to put a word in with the housing team for anyone who helped on my campaign. Just saying.",
  "Plain: offers favours through the role to campaign helpers.")
P(PA, "Struggling to get a disabled parking bay? Message me. Sorted three this month by going straight to the top. There are ways round the queue.",
  "Offers queue-jumping through the role.")
P(PA, "Our family's holiday cottages in Brackenleigh have a few gaps in March. Book direct and mention you saw it here. Any guests with planning questions, happy to chat over breakfast 😉",
  "Promotes own business and bundles in access to the councillor on planning.", al=[DI])
P(PA, "Planning a summer event and need the licence sorted quickly? My cousin's events consultancy knows exactly what our licensing team wants to see. I'll pass your details on.",
  "Steers residents to a relative's firm on the strength of council knowledge.")
P(PA, "Got a parking fine you think's unfair? DM me the PCN number and I'll have a quiet word with the team. Perks of the job 🤫",
  "Offers to get fines dropped informally through the role.")
P(PA, "Contractors take note: the Esplanade railings job is coming up and I'd love a local firm to get it. Ring Jake at Coldstream Metalwork, tell him I sent you, and I'll make sure procurement know he's good.",
  "Steers a council contract to a favoured firm.")
P(PA, "Got my neighbour's hedge complaint bumped to the front of the enforcement queue this week. Sometimes it pays to know the right people!",
  "Boasts of using the role to favour a neighbour.")
P(PA, "My daughter's café on Harbour Parade is open! Go and support her, and if you've got a licensing application in, I'm in there most Saturday mornings for a chat 😉",
  "Promotes a family business and offers access on licensing matters.")
P(PA, "School place appeals: I sat on the panel for years and still know everyone there. If your child didn't get their first choice, message me and I'll see what strings can be pulled.",
  "Offers to pull strings with an appeal panel.")
P(PA, "Why wait twelve weeks for a building control visit? I can usually get one in a fortnight for ward residents. Inbox me.",
  "Offers preferential service through the role.")
P(PA, "Applying to the community fund? I chair the panel, so make sure you've got me on side first. Coffee's on you ☕",
  "Invites applicants to court the panel chair.")
P(PA, "Penhale & Daughters are the go-to hauliers for any contractor on council jobs round here. I'll vouch for them with the procurement lot.",
  "Holder promotes his own registered firm for council work: improper advantage and a declared interest.",
  rules=[PA, DI], by="Walter Penhale", interest="Penhale & Daughters Haulage")
P(PA, "Taxi licence taking forever? I had a word and my mate Kev had his through in a week, no fuss with the knowledge test. Happy to do the same for others, you know where I am.",
  "Offers to bypass licensing steps for friends.")
P(PA, "Shop local! My wife's garden design business has just launched, and she knows the planning rules inside out thanks to me, so you won't get caught out 😄",
  "Promotes a connected business on the strength of the councillor's role.")
P(PA, "Helped a mate get first refusal on the old bowling green lease before it went out to the open market. That's what friends are for 🍻",
  "Favour to a friend on a council lease.")
P(PA, "Want a stall at the council's Wrenhythe Food Festival and been told the list is 'full'? Give me a bell. It's never really full.",
  "Offers to get around the council's allocation process.")
P(PA, "Voted for me in May? You'll find me very responsive when your planning application comes through 😉",
  "Ties favourable treatment to votes.")

N(PA, "As your councillor I'm happy to help anyone with a housing problem. Email me and I'll raise it with the right team. No promises, but I'll make sure you're heard.",
  "Ordinary casework offer with no favour.", al=[PA])
N(PA, "Need a roofer? Check the council's Trusted Trader list; every firm on it has been vetted. Don't rely on cold callers.",
  "Points to a neutral vetted list.")
N(PA, "I can't fast-track anyone's planning application, and no councillor should offer to. What I can do is explain how the process works.",
  "Rejects fast-tracking.", al=[PA])
N(PA, "My brother-in-law's firm has bid for the Esplanade railings contract, so I've declared it and I'm staying well out of the procurement.",
  "Declares and steps back.", al=[PA, DI])
N(PA, "Disabled parking bays: the form is on the council website, and if you get stuck, Age Concern Wrenhythe run a free help session on Tuesdays.",
  "Neutral signposting.")
N(PA, "Pop into the new café on Harbour Parade. Great coffee, lovely staff, and good to see the old chandlery back in use.",
  "Recommends an unconnected business.", al=[PA])
N(PA, "Community fund grants are open. I chair the panel, so I won't give advice on individual bids; ring the community development team instead.",
  "Chair keeps distance from applicants.", al=[PA])
N(PA, "Think your parking fine was unfair? You can appeal online within 28 days. Here's how the process works.",
  "Neutral advice on the appeal process.")
N(PA, "Local firms: the council's procurement portal lists every contract over £5k. Register for alerts, it's free.",
  "Open procurement information.")
N(PA, "The enforcement queue for hedge complaints is currently nine weeks. I've asked the cabinet why, and what it would take to cut it for everyone.",
  "Pushes for a better service for all.")
N(PA, "Proud of my daughter, who opened her café on Harbour Parade this week. Not a plug, just a proud dad 😊",
  "Family pride with no favour offered.", al=[PA])
N(PA, "School appeals: you have the right to appeal and the panel is independent. There's a clear free guide on the council website.",
  "Neutral advice.")
N(PA, "Building control are short-staffed and residents are waiting twelve weeks. I've raised it at scrutiny: everyone should get the same service.",
  "Seeks equal service, not favours.")
N(PA, "Voted for me in May or not, I'm your councillor and I'll help. That's the job.",
  "Shares wording with a positive; offers equal help.")
N(PA, "Taxi drivers: spring dates for the knowledge test are published. Good luck to everyone sitting it.",
  "Neutral information.")
N(PA, "Friends asked if I could get them the bowling green lease. I said no. It's going to open tender and they're welcome to bid like anyone else.",
  "Refuses a favour.", al=[PA])
N(PA, "Food festival stalls are full, but there's a waiting list and cancellations usually come up. Details on the council site.",
  "Neutral information.")
N(PA, "Wrote a reference for a former apprentice of mine who's applying to the council's graduate scheme. Proud of her.",
  "Close to the line: a personal reference, no pressure on the process.", al=[PA])

# ---------------------------------------------------------------- gifts.hospitality
P(GH, "Lovely afternoon in the Sandpiper Parks hospitality box at the rugby, thanks to the team for having me! 🏉",
  "Hospitality from a pending applicant (Lydmouth Sands lodges): review.", v="review")
P(GH, "Huge thanks to Harrowden Homes for lunch at the Quay Brasserie today. Great chance to hear their vision for Penfold Cross.",
  "Lunch from a pending applicant: review.", v="review", al=[PD])
P(GH, "Finally opened the Christmas hamper Marram Leisure sent round. Very generous: local cheese and a bottle of fizz 🥂",
  "Gift from a pending applicant (Quaystone Boatyard): review.", v="review", dates=("2026-01-05", "2026-01-16"))
P(GH, "Thanks to the Gurney Stone team for the quarry tour and a cracking pub lunch after. Eye-opening stuff.",
  "Hospitality from a pending applicant (quarry extension): review.", v="review")
P(GH, "Weekend in a lodge at Sandpiper's Cornish site, courtesy of the owners. Needed that break!",
  "Holiday from a pending applicant: review.", v="review")
P(GH, "VIP wristbands for the Driftwood Festival arrived from Saltwind Events, for me and the other half. Can't wait for summer ☀️",
  "Tickets from a pending licence applicant: review.", v="review")
P(GH, "Our waste contractor took the cabinet out for dinner to mark five years of the contract. Good food, better company.",
  "Hospitality from a council contractor: review.", v="review", pool="LD", no=[CHAIRMAN, "Ezra Bidgood"])
P(GH, "Landlord at the Anchor Vaults insisted my drinks were on the house last night. Can't argue with a Lydmouth welcome 🍺",
  "Free drinks from a pending licence applicant: review.", v="review")
P(GH, "Pellacombe Estates gave me a framed aerial photo of Shilcombe at their consultation event. It's going up in my hallway.",
  "Gift from a pending applicant (Glebe Field): review.", v="review")
P(GH, "A builder I've been helping with his planning appeal dropped off a case of wine as a thank-you. Very kind, not necessary!",
  "Gift from someone seeking a planning decision: review.", v="review")
P(GH, "Thanks to Westmoor Renewables for flying me up to see their wind farm in Scotland. Impressive bit of kit.",
  "Travel from a pending applicant (Tor View Farm turbines): review.", v="review", al=[PD])
P(GH, "The firm bidding for the leisure management contract treated a few of us to the rugby on Saturday. Great match.",
  "Hospitality from a bidder for a council contract: review.", v="review")
P(GH, "Thank you to Wrenhythe Rotary for a lovely lunch, and a bottle of Devon gin, after my talk today.",
  "Hospitality from a body not seeking a decision: advice.")
P(GH, "The Seagate Hotel gave us dinner on the house after I opened their charity quiz night. Very generous of them.",
  "Hospitality from a hotel not known to seek a decision: advice.")
P(GH, "Got a gorgeous box of chocolates and a £50 voucher from the WI after judging their bake-off. Too kind!",
  "Gift from a community body: advice (registration reminder).")
P(GH, "Thanks to Brackenleigh Golf Club for a round and lunch. Hopeless golfer, wonderful hosts ⛳",
  "Hospitality, giver not known to seek a decision: advice.")
P(GH, "Chamber of Commerce dinner last night: thanks for the seat at the top table and the wine. Good speeches.",
  "Hospitality from the Chamber: advice.")
P(GH, "A local artist gave me one of her seascapes after I opened her exhibition. It's beautiful and it'll hang in my office 🎨",
  "A likely £100+ gift: advice with the registration reminder.")
P(GH, "Opening night tickets for the Wrenhythe Playhouse panto, thank you! Oh yes it was brilliant (oh no it wasn't etc)",
  "Tickets from a theatre, no decision sought: advice.", dates=("2026-01-05", "2026-01-23"))

N(GH, "Harrowden Homes offered to take committee members to lunch. I declined; we'll meet them at the formal pre-app session with officers.",
  "Refused hospitality.", al=[GH])
N(GH, "Declared today: a bottle of wine from the Rotary after my talk. Under £100, but I'd rather it was on the register anyway.",
  "Registered gift.", al=[GH])
N(GH, "Bought my own ticket for the Chamber of Commerce dinner. £45 well spent, good company.",
  "Paid for own ticket.", al=[GH])
N(GH, "Thanks to everyone who came to our litter pick! Tea and cake on me at the Seagate Hotel afterwards.",
  "The councillor is the one giving.", al=[GH])
N(GH, "Gifts and hospitality over £100 have to be registered within 28 days. Just done my quarterly check of the register: all up to date.",
  "Talks about the register.", al=[GH])
N(GH, "Exeter were brilliant on Saturday. Paid for my own seat in the cheap stand, as ever 🏉",
  "Own ticket at the rugby.")
N(GH, "Sent back a hamper from a developer. Kind thought, but I sit on planning.",
  "Refused gift.", al=[GH])
N(GH, "Lovely lunch with my mum at the Quay Brasserie for her 80th. Crab sandwiches all round 🦀",
  "Private family meal.")
N(GH, "Thank you to the children who made me a card after my school visit. It's on my fridge ❤️",
  "Token from children, nothing of value.", al=[GH])
N(GH, "Walked Gurney Stone's quarry with the committee on the official site visit. No lunch, no chat about the merits. That's how site visits work.",
  "Official site visit without hospitality.", al=[GH, PD])
N(GH, "Driftwood Festival tickets go on sale Friday. I'll be buying mine like everyone else.",
  "Buys own ticket.", al=[GH])
N(GH, "The Anchor Vaults has reopened after the refit. Popped in for a pint, paid for, before anyone asks 😂",
  "Paid-for drink at a licensed premises.", al=[GH])
N(GH, "The budget includes a new rule: no councillor accepts anything from a firm bidding for a council contract. About time.",
  "Policy on gifts, no gift.")
N(GH, "Sandpiper Parks invited me to their launch party. I've said no while their application is with us.",
  "Refused hospitality from an applicant.", al=[GH])
N(GH, "Huge thanks to the volunteers who fed 200 people at the Lydmouth community lunch. What a spread!",
  "Thanks for a community meal.")
N(GH, "Charity auction raised £3,400 for the lifeboat. I bid on (and lost) a signed rugby shirt.",
  "No gift received.")
N(GH, "The WI's bake-off was fantastic. Judging was the hardest job I've had all year.",
  "No gift mentioned.")
N(GH, "Took the planning officers some biscuits to say thanks for the late nights on the Local Plan 🍪",
  "The councillor gives, not receives.", al=[GH])

# ---------------------------------------------------------------- capacity.council-voice
CVNO = [LEADER, CHAIRMAN]
P(CV, "Wrenhythe District Council is firmly opposed to the government's plan to merge us into a unitary with Exeter. We will fight this all the way.",
  "States a council position with no resolution cited; the note assumes none.", no=CVNO)
P(CV, "On behalf of the council, I want to say we're furious with the water company. Enough sewage on our beaches.",
  "Speaks 'on behalf of the council' from a councillor's account.", no=CVNO)
P(CV, "Official: the district council backs the campaign to save Lydmouth's maternity unit. Sign the petition below 👇",
  "Presents a campaign stance as official council policy.", no=CVNO)
P(CV, "The council's view is that second homes should pay triple council tax, and I'll be pushing for it at cabinet.",
  "Personal aim presented as the council's view.", pool="LD", no=CVNO)
P(CV, "Wrenhythe DC says NO to the incinerator. Full stop. #NoBurner",
  "Personal account presents a view as the council's.", by="@wally_bees", acct="personal")
P(CV, "Speaking for the council here: we're not having any more HMOs in Quaystone.",
  "Claims to speak for the council.", no=CVNO)
P(CV, "We at Wrenhythe District Council stand with the farmers protesting the inheritance tax changes 🚜",
  "Party-political stance as the council's.", pool="CON")
P(CV, "Our council's official line on the bypass is simple: build it, and build it now.",
  "Claims an official council line.", no=CVNO)
P(CV, "The council welcomes the news that the Greens will field a candidate in every ward in May 💚",
  "Party news presented as welcomed by the council.", pool="GRN")
P(CV, "As a council, we think the new MP has been a massive disappointment. We expected better.",
  "Political view of the MP presented as the council's.", pool="OPP", no=CVNO)
P(CV, "The council has asked me to let residents know it thinks the ferry fare rise is daylight robbery.",
  "Claims a council mandate for a personal view.", no=CVNO)
P(CV, "Wrenhythe District Council's position, as I've been saying for months, is that the lido should never have closed.",
  "Own long-held view labelled the council's position.", pool="OPP")
P(CV, "Message from the council: Conservatives are the only party serious about fixing potholes. Vote accordingly in May.",
  "Blatant party message as the council's.", pool="CON")
P(CV, "Our district council formally condemns the county's decision to cut the 58 bus. (Well, I do, and I'm sure my colleagues will.)",
  "Presents own view as a formal council condemnation; the aside is a joke.", al=[TI], no=CVNO)
P(CV, "The council is 100% behind the gig rowers' petition for a new slipway at Lydmouth. Sign it!",
  "Personal account states a council stance.", by="@hester_sails", acct="personal")
P(CV, "Wrenhythe Council believes the Lib Dem cabinet has lost its way on housing.",
  "Opposition view presented as the council's belief.", pool="OPP")
P(CV, "Official statement from the council on the harbour dredging row: we back the fishermen, not the Harbour Commissioners.",
  "Calls a personal stance an official council statement.", no=CVNO)
P(CV, "The district council stands with the junior doctors. Every single one of us.",
  "Political stance as the council's, no resolution.", no=CVNO)

N(CV, "Full council voted 28 to 9 last night to oppose the merger plans. Proud of that vote.",
  "Reports a council resolution accurately.", al=[CV], dates=("2026-01-23", "2026-01-23"))
N(CV, "My personal view, not the council's: second homes should pay triple council tax.",
  "Clearly marked as personal.", al=[CV])
N(CV, "The council's consultation on the bypass closes on Friday. Whatever your view, have your say.",
  "Council process, no claimed position.")
N(CV, "Wrenhythe DC has published its draft budget. Here's what the Green group thinks is missing.",
  "Party view clearly labelled.", pool="GRN")
N(CV, "The council believes the lido is too expensive to reopen. I think they're wrong, and here's why.",
  "Reports the council's view and disagrees.", al=[CV], pool="OPP")
N(CV, "Speaking for myself and the Labour group: we oppose the incinerator.",
  "Capacity stated clearly.", al=[CV], pool="LAB")
N(CV, "Cabinet agreed last night to write to the water company demanding a meeting on the sewage spills. Good.",
  "Reports a cabinet decision.", dates=("2026-02-05", "2026-02-06"))
N(CV, "The council's official position on HMOs is set out in the Local Plan, policy H7. I'd like to see it go further.",
  "Cites the real policy, own view separate.", al=[CV])
N(CV, "Not speaking for the council, obviously, but the ferry fare rise is daylight robbery.",
  "Disclaims council capacity.", al=[CV])
N(CV, "Official council statement on the storm response is on the @WrenhytheDC page. Please share the road closure info.",
  "Points to the council's own statement.")
N(CV, "I'll be asking full council to formally back the maternity unit campaign. If it passes, we'll be speaking with one voice.",
  "Seeks a resolution, does not claim one.", al=[CV])
N(CV, "The Lib Dem group believes the bypass is the wrong answer. That's our party view; the council hasn't decided yet.",
  "Party view clearly labelled.", pool="LD")
N(CV, "The council has no position on the new MP, and nor should it. My position as a Conservative is a different matter 😄",
  "Distinguishes council and party.", al=[CV], pool="CON")
N(CV, "As chair of scrutiny I've asked the council to explain its position on the 58 bus cut.",
  "Asks about the council's position.")
N(CV, "The council thinks it's acceptable to leave the Esplanade toilets shut all winter. I think it's a disgrace.",
  "Criticises a council decision.", al=[CV], pool="OPP")
N(CV, "Council press release on the farmers' protest route is out. Expect traffic disruption on Thursday.",
  "Shares an official release.")
N(CV, "Wrenhythe District Council is hiring! Twelve apprenticeships this spring, link below.",
  "Shares council news.")
N(CV, "Full council motion passed: we formally oppose the closure of Lydmouth's maternity unit. Proud to have seconded it.",
  "Accurately reports a council motion.", al=[CV], dates=("2026-03-20", "2026-03-20"))

# ---------------------------------------------------------------- confidentiality.insider-advantage
P(IA, "If I were a betting woman I'd be snapping up any lock-up garages for sale on Mill Leat Road this month. Can't say more yet 🤐",
  "Hints at using inside knowledge for property advantage.")
P(IA, "Friends with holiday lets in Quaystone: sell before spring. Trust me on this one, I've sat through the briefing.",
  "Advice based on a councillor briefing.")
P(IA, "Tip for local builders: get your Esplanade quotes ready. The tender's coming out a lot sooner than anyone thinks and the spec favours small firms.",
  "Gives chosen firms advance notice of a tender.")
P(IA, "Anyone eyeing the empty units on Fore Street should move fast. Parking's about to go free after 3pm and footfall will jump. Not announced yet 😉",
  "Unannounced decision shared for advantage.", dates=("2026-01-05", "2026-02-03"))
P(IA, "Told my brother to hold off selling his land near Holloway Moor. After what I heard in cabinet it'll be worth double by summer.",
  "Uses cabinet knowledge for a relative's advantage.")
P(IA, "Heads up, traders: market fees go up 40% in April. Book your pitches for the year now at the old rate, before it's public.",
  "Plain: advantage before an announcement.")
P(IA, "Between me and this group: if you're thinking of bidding for the lido café concession, wait. The criteria are being rewritten and I'll tell you when.",
  "Offers advantage from inside knowledge of a procurement.", al=[CD])
P(IA, "Anyone on the waiting list for Lydmouth moorings: get your renewal in now. Let's just say the price list I've seen for next year is eye-watering.",
  "Uses unpublished fees for advantage.")
P(IA, "My mate's looking to open a takeaway. Told him to avoid Quaystone; something's coming in the licensing policy review that'll make it a nightmare.",
  "Advantage to a friend from unpublished policy work.")
P(IA, "Property investors reading this: the regeneration boundary in the draft plan goes further east than the consultation map shows. Do with that what you will.",
  "Unpublished boundary shared for investment advantage.")
P(IA, "If you own a house on Tor Road, don't sell. I know things about the bypass route that aren't on the map yet.",
  "Inside knowledge of the route used to advise sellers.")
P(IA, "Word to my fellow Conservatives in business: shop front grants reopen next month and the pot's small. Get your paperwork ready now.",
  "Gives party contacts a head start on a grant.", pool="CON")
P(IA, "Told our Ruth at the bakery to get in early for a Christmas market pitch. The council's doubling the stall numbers but the advert won't say so.",
  "Advantage to an acquaintance from unpublished plans.")
P(IA, "A little bird in the Civic Centre tells me the harbour car park is going up for sale. Any developers fancy a chat?",
  "Offers inside knowledge of a disposal to developers.", al=[CD])
P(IA, "Landlords I know: selective licensing will cover Penfold Cross from next year, so sort your paperwork before the rush. Officially it'll be announced in March.",
  "Advance notice before announcement to a chosen group.", dates=("2026-01-05", "2026-02-27"))
P(IA, "Quiet word to the gig rowing club: the slipway money's in next year's budget. Get your grant bid in this week, before everyone else hears.",
  "Advance notice to a club from budget knowledge.", dates=("2026-01-05", "2026-02-13"))
P(IA, "For the trades I know: keep a close eye on the procurement portal on 2 Feb. There's a big one landing and you'll want to be first in.",
  "Tip-off about an unannounced contract.", dates=("2026-01-05", "2026-01-30"))
P(IA, "Cabinet paper I've seen says the leisure centre gym shuts for a year. If you're on an annual membership, cancel now before the news gets out.",
  "Uses a cabinet paper to advise action before announcement.")

N(IA, "Market fees go up in April: it's in the budget papers published today. Traders, details on page 42.",
  "Published information.", al=[IA])
N(IA, "Property tip: there is no property tip. Councillors can't use what they hear in briefings, and I don't.",
  "Rejects insider use.", al=[IA])
N(IA, "The Esplanade tender is live on the procurement portal from today. Local firms, get your bids in!",
  "Public tender.")
N(IA, "Free parking after 3pm on Fore Street from April: agreed by cabinet last night. Good news for traders.",
  "Announced decision.", dates=("2026-02-05", "2026-02-05"))
N(IA, "Bypass route consultation opens Monday. Maps will be in every library; please have a look before you decide anything.",
  "Public consultation.")
N(IA, "Shop front grants: the council has announced a second round opening 1 March. Apply through the website.",
  "Announced grant.")
N(IA, "Tip-off from a resident about fly-tipping on Moor Lane: reported to enforcement and it's already cleared.",
  "Tip-off to the councillor, no advantage.", al=[IA])
N(IA, "Buy your tickets now before they sell out: the council's Wrenhythe Food Festival is always packed.",
  "'Buy now before' about public ticket sales.", al=[IA])
N(IA, "Mooring charges for 2026 were published today: up 6%. Still cheaper than most of the coast.",
  "Published charges.")
N(IA, "Licensing policy review consultation is out. If you run, or plan to run, a takeaway, your views matter.",
  "Public consultation.")
N(IA, "I know what's in the draft Local Plan because everyone can: it's on the website. The regeneration boundary is Figure 4.",
  "Public document.", al=[IA])
N(IA, "The leisure centre gym closes for refurbishment from June; members will be offered a pause or refund. Council announcement below.",
  "Announced closure.")
N(IA, "A friend asked whether I knew anything about the harbour car park's future. I told her to read the published cabinet papers like everyone else.",
  "Refuses to share inside knowledge.", al=[IA])
N(IA, "Before it's announced at Thursday's full council, I can tell you the Green group will be proposing a climate motion. Our motion, our news!",
  "Shares the group's own news 'before it's announced'.", al=[IA], pool="GRN", dates=("2026-03-16", "2026-03-18"))
N(IA, "Selective licensing in Penfold Cross went out to public consultation today. Landlords and tenants, have your say.",
  "Public consultation.")
N(IA, "Got the heads-up from the Met Office: storm warning for the coast tomorrow. Secure your bins and check on neighbours.",
  "Public warning.", al=[IA])
N(IA, "If you're on the allotment waiting list, the council has published plans for three new sites 👍",
  "Published plans.")
N(IA, "Procurement portal alert: the leisure contract goes live on 2 Feb, as set out in the published forward plan.",
  "Announced date.", al=[IA], dates=("2026-01-05", "2026-01-30"))

# ---------------------------------------------------------------- predetermination.closed-mind
P(PD, "Let me be crystal clear to everyone in Holloway Moor: those turbines at Tor View Farm will never be approved while I sit on planning committee.",
  "Settled view AGAINST a pending application (register match): block.", v="block")
P(PD, "The Quaystone Boatyard hotel is exactly what this town needs. I'll be voting it through on the night, and I don't care what the objectors say.",
  "Settled view FOR a pending application: block.", v="block")
P(PD, "Glebe Field. Forty houses. No chance. I've read enough, my vote is a no and nothing at committee will change that.",
  "Settled view AGAINST a pending application: block.", v="block", no=["Kezia Mudge", CHAIRMAN])
P(PD, "Anchor Vaults wants to open till 2am? Good on them. Licence should be granted, simple as. Lydmouth needs a late bar.",
  "Settled view FOR a pending licence variation: block.", v="block")
P(PD, "Gurney Stone can send in all the noise surveys they like. The quarry extension must be refused, and it will be.",
  "Settled view AGAINST a pending application: block.", v="block")
P(PD, "Harrowden's 112 homes at Penfold Cross are a done deal as far as I'm concerned. Young families need them. Objectors, sorry, my mind is made up.",
  "Settled view FOR a pending application: block.", v="block")
P(PD, "Another takeaway at 17 Fore Street? Over my dead body. I'll be moving refusal whatever the officer report says.",
  "Settled view AGAINST a pending application: block.", v="block")
P(PD, "Sandpiper's lodges on Lydmouth Sands car park are a no-brainer. Jobs, visitors, a tidy site. Consider my hand already up for approval 🙋‍♀️",
  "Settled view FOR a pending application: block.", v="block")
P(PD, "I've made my decision on the Driftwood Festival licence: it's a no. People near the showground suffered enough last summer.",
  "Settled view AGAINST a pending licence: block.", v="block")
P(PD, "Lucky Crab's gaming centre licence should be thrown out. I won't be persuaded otherwise, so they can save their lawyer the train fare.",
  "Settled view AGAINST a pending licence: block.", v="block")
P(PD, "WDC/26/0041/FUL: I've had dozens of emails. Let me save everyone time: I'm backing it, full stop. Clean energy wins.",
  "Settled view FOR a pending application named by reference: block.", v="block")
P(PD, "That application for a phone mast on Kiln Hill? Not a hope. I'll be voting against it at committee, guaranteed.",
  "Settled view AGAINST an application not on the register: review.")
P(PD, "The barn conversion at Higher Coombe is a lovely scheme and I'll be supporting it regardless of what the parish council says.",
  "Settled view FOR an unregistered application: review.")
P(PD, "The taxi licence appeal we hear next week? Some people just shouldn't be behind the wheel. He won't be getting it back if I've anything to do with it.",
  "Settled view AGAINST a licensing appeal, not on the register: review.", al=[DP])
P(PD, "Skate park application at Penfold Rec: I've made my mind up, it's getting my vote. The kids need somewhere to go.",
  "Settled view FOR an unregistered application: review.")
P(PD, "The solar farm plans at Withycombe will be rejected. I've seen enough of these on good farmland and this one is going nowhere.",
  "Settled view AGAINST an unregistered application: review.")
P(PD, "Whatever the officers recommend, the Brackenleigh chapel conversion is getting through. It's a beautiful building and it needs a use.",
  "Settled view FOR an unregistered application: review.")
P(PD, "Late licence for the new nightclub on Marine Terrace? Dead in the water. I'm on the sub-committee and I've already made my choice.",
  "Settled view AGAINST an unregistered licence: review.")
P(PD, "The affordable homes at Cleave Orchard get a yes from me before anyone's even spoken at committee 👍",
  "Settled view FOR an unregistered application: review.")

N(PD, "I have real concerns about the turbines at Tor View Farm, but I'll listen to the evidence at committee before deciding anything.",
  "Predisposition with an open mind.", al=[PD])
N(PD, "The Quaystone Boatyard application goes to planning committee in April. Comments can still be made through the planning portal until 20 March.",
  "Neutral information about a pending matter.", al=[PD])
N(PD, "I'm not on the planning committee, so I can say it: as a ward councillor for Shilcombe I've objected to Glebe Field on behalf of residents.",
  "Ward councillor, not a decision-maker, objects.", al=[PD], by="Kezia Mudge")
N(PD, "My mind's made up: the new library opening hours are a big improvement. Well done to the team.",
  "Settled view on a non-quasi-judicial matter.")
N(PD, "'It'll never be approved', they said about the Lydmouth lifeboat station. It's 25 years old this month!",
  "'Never be approved' in a historical anecdote.")
N(PD, "The Anchor Vaults licence hearing is on 15 April. If you want to make a representation, the deadline is on the council website.",
  "Neutral process information.", al=[PD])
N(PD, "Against the government's planning reforms? So am I. Here's my letter to the minister.",
  "Policy view, not a pending application.")
N(PD, "Whatever the physio says about my knee, I'm doing the New Year's Day dip again next year 🥶",
  "'Whatever the ... say' outside planning.", dates=("2026-01-05", "2026-01-16"))
N(PD, "I'll vote against the budget tonight. The cuts to youth services are indefensible.",
  "Budget votes are not quasi-judicial.", al=[PD], pool="OPP", dates=("2026-02-19", "2026-02-19"))
N(PD, "The quarry extension at Ashcombe Down raises real questions about dust and lorries. I'll weigh them carefully when it comes to committee.",
  "Predisposition, open mind.", al=[PD])
N(PD, "Committee members must keep an open mind on Sandpiper's lodges. I'm not one of them, so here's my objection as ward councillor for Lydmouth.",
  "Ward councillor, not on committee, objects.", al=[PD], by="Liam Furze")
N(PD, "Must be refused: my request for a third coffee before 9am. Cruel workplace ☕",
  "Joke using 'must be refused'.")
N(PD, "Our Local Plan policy on second homes must be stronger. I'll be voting for the Green amendment at full council.",
  "Plan-making policy vote, not quasi-judicial.", al=[PD], pool="GRN")
N(PD, "Golden Gull's application for 17 Fore Street: I've had emails both ways. I'm on the committee, so I won't say how I'll vote. I'll listen on the night.",
  "Committee member keeps an open mind.", al=[PD])
N(PD, "The Driftwood Festival was great fun last year, but the noise complaints were real. Both sides will get a fair hearing at the licensing hearing.",
  "Balanced, open mind.", al=[PD])
N(PD, "I'll never approve of pineapple on pizza and my mind is made up about that 🍍",
  "Closed-mind wording about food.")
N(PD, "Planning committee refused the phone mast on Kiln Hill last night, 7 votes to 3. The applicant can appeal.",
  "Reports a decided matter.", al=[PD], dates=("2026-01-29", "2026-01-29"))
N(PD, "Predisposed? Yes, I think onshore wind is generally a good thing. Predetermined? No. Every application gets judged on its merits.",
  "States predisposition explicitly.", al=[PD])

# ---------------------------------------------------------------- interests.declared-interest
P(DI, "Really pleased the council's local food procurement policy is going to cabinet. Small Devon growers like Yeoland Organics have been shut out of school meals contracts for too long.",
  "Director of Yeoland Organics posts on a council policy that would benefit it.", by="Tobias Yeoland", interest="Yeoland Organics Ltd")
P(DI, "The market pitch fee rise hits organic veg growers hardest. We already run on tiny margins at our Wrenhythe stall. Cabinet must think again.",
  "Indirect ('our stall'): the holder's firm is affected by a council fee.", by="Tobias Yeoland", interest="Yeoland Organics Ltd")
P(DI, "Delighted to back the council's harbour dredging grant. The sailing club has been struggling with silted moorings for years.",
  "Sailing club committee member backs a grant that benefits the club.", by="Hester Vosper", interest="Quaystone Sailing Club")
P(DI, "Mooring fee review is out. Fellow Quaystone sailors, please respond and tell the council a 12% rise is too much for a small club like ours.",
  "Personal account, but about a council fee touching her club.", by="@hester_sails", acct="personal", interest="Quaystone Sailing Club")
P(DI, "Commoners have grazed this moor for centuries. The council's plan for a car park on the moor edge needs binning, and I'll be saying so at cabinet.",
  "Chair of the Commoners' Association campaigns on a council plan affecting it.", by="Barney Cudmore", interest="Holloway Moor Commoners' Association")
P(DI, "Good news on the council's moorland fire-break grant. Our Association will be bidding and I'm confident of a good outcome.",
  "Holder promotes his body's bid for a council grant.", by="Barney Cudmore", interest="Holloway Moor Commoners' Association")
P(DI, "The land trust I help run has asked the council for the old Ashcombe Down depot at nil value. I'll be pushing hard for it: affordable homes for local people.",
  "Trustee pushes a land transfer to his trust.", by="Daniel Hext", interest="Ashcombe Down Community Land Trust")
P(DI, "The rural exception sites policy is up for review. Ashcombe Down CLT is living proof it works, so keep it as it is.",
  "Trustee posts on a council policy review that touches his trust.", by="Daniel Hext", interest="Ashcombe Down Community Land Trust")
P(DI, "The HGV weight limit on the Brackenleigh lanes will cripple local hauliers, ours included. I'll be opposing the traffic order.",
  "Haulage partner opposes a traffic order affecting his firm.", by="Walter Penhale", interest="Penhale & Daughters Haulage")
P(DI, "The waste transfer contract is up for renewal. Local haulage firms like Penhale & Daughters should be first in line, not some national outfit.",
  "Holder lobbies for his firm on a council contract.", by="Walter Penhale", interest="Penhale & Daughters Haulage")
P(DI, "The council's £400k towards the new pontoon at Lydmouth is money well spent. Everyone at the Harbour Trust has worked so hard on this bid.",
  "Harbour Trust employee praises council funding for his employer.", by="Liam Furze", interest="Lydmouth Harbour Trust")
P(DI, "Cabinet's idea of taking the harbour car park back from the Trust would be a disaster for Lydmouth. I'll fight it.",
  "Indirect ('the Trust'): employee campaigns on a council decision about his employer.", by="Liam Furze", interest="Lydmouth Harbour Trust")
P(DI, "The crossing patrol review must keep the patrol at Brackenleigh Primary. As a governor I know how dangerous that road is for our kids.",
  "Governor lobbies on a council review touching the school.", by="Anjali Salter", interest="Brackenleigh Primary School")
P(DI, "Brilliant that the play area fund could pay for the new field fence at our school. I'll be voting for the allocation.",
  "Indirect ('our school'): governor votes on money for her school.", by="Anjali Salter", interest="Brackenleigh Primary School")
P(DI, "The plan to transfer 200 council homes to South Moor Housing Association is the right one, and I'll be speaking in favour at cabinet.",
  "Employee of the housing association speaks for a transfer to it.", by="Grace Oyelaran", interest="South Moor Housing Association")
P(DI, "Our tenants at South Moor deserve better than the proposed cut to the homelessness prevention grant. Vote it down.",
  "Employee ('our tenants') campaigns on a grant touching her employer.", by="Grace Oyelaran", interest="South Moor Housing Association")
P(DI, "Selective licensing would add about £600 a property to every letting agent's costs, mine included. I'll be voting against the scheme.",
  "Letting agent owner votes on a scheme affecting her firm.", by="Felicity Abell", interest="Abell Lettings")
P(DI, "The council's cap on holiday lets in Penfold Cross will hurt small agencies like Abell Lettings. Residents, respond to the consultation!",
  "Owner campaigns on a council policy affecting her agency.", by="Felicity Abell", interest="Abell Lettings")

N(DI, "Local food procurement policy goes to cabinet next week. More Devon produce in school meals, please!",
  "Same matter from a non-holder.", no=["Tobias Yeoland"])
N(DI, "Declaring an interest: I'm a director of Yeoland Organics, so I'll leave the room when cabinet takes the food procurement item.",
  "Holder declares and steps out.", al=[DI], by="Tobias Yeoland", interest="Yeoland Organics Ltd")
N(DI, "New season's salad leaves are in at the farm stall 🥬 Come and see us on Saturday.",
  "Holder posts about the business with no council matter.", al=[DI], by="Tobias Yeoland", interest="Yeoland Organics Ltd")
N(DI, "Quaystone Sailing Club's winter series results are in. Congratulations to the junior crews on a clean sweep 🏆",
  "Holder posts club news with no council matter.", al=[DI], by="@hester_sails", acct="personal", interest="Quaystone Sailing Club")
N(DI, "Harbour dredging grant approved by cabinet: good news for everyone who uses Quaystone's moorings.",
  "Same matter from a non-holder.", no=["Hester Vosper"])
N(DI, "I've declared my role with the Commoners' Association and won't take part in the moor car park decision. Others will speak for the commoners.",
  "Holder declares and withdraws.", al=[DI], by="Barney Cudmore", interest="Holloway Moor Commoners' Association")
N(DI, "Moor-edge car park plan: I have concerns about grazing rights. Looking forward to reading the cabinet report.",
  "Same matter from a non-holder.", no=["Barney Cudmore"])
N(DI, "Sought the Monitoring Officer's advice about the old depot site and my trusteeship. I'll be stepping out of that item.",
  "Holder seeks advice and steps back.", al=[DI], by="Daniel Hext", interest="Ashcombe Down Community Land Trust")
N(DI, "The new community-led homes in Ashcombe Down are a credit to the village. Rural exception sites work.",
  "Non-holder praises the homes; no decision pending.", no=["Daniel Hext"])
N(DI, "Forty years on the road this month for Penhale & Daughters. Thanks to every driver who's worked with us 🚛",
  "Holder celebrates the firm; no council matter.", al=[DI], by="@wally_bees", acct="personal", interest="Penhale & Daughters Haulage")
N(DI, "The consultation on the HGV weight limit for the Brackenleigh lanes closes on Friday. Have your say.",
  "Same matter from a non-holder.", no=["Walter Penhale"])
N(DI, "Declared: I work for the Lydmouth Harbour Trust, so I'm not voting on the pontoon grant.",
  "Holder declares.", al=[DI], by="Liam Furze", interest="Lydmouth Harbour Trust")
N(DI, "Cabinet is looking at the harbour car park lease. In my view the Trust has run it well.",
  "Same matter from a non-holder.", no=["Liam Furze"])
N(DI, "Brackenleigh Primary's nativity was a joy last month. Proud governor moment 🌟",
  "Holder, school news, no council matter.", al=[DI], by="Anjali Salter", interest="Brackenleigh Primary School", dates=("2026-01-05", "2026-01-16"))
N(DI, "Crossing patrol review: the road outside Brackenleigh Primary needs a patrol more than most.",
  "Same matter from a non-holder.", no=["Anjali Salter"])
N(DI, "I've declared my employment with South Moor Housing Association and will leave the chamber for the stock transfer item.",
  "Holder declares and leaves.", al=[DI], by="Grace Oyelaran", interest="South Moor Housing Association")
N(DI, "Selective licensing consultation: tenants and landlords, have your say. It's meant to drive up standards.",
  "Same matter from a non-holder.", no=["Felicity Abell"])
N(DI, "Abell Lettings is 15 today! Thank you to our landlords and tenants 🎂",
  "Holder, business news, no council matter.", al=[DI], by="Felicity Abell", interest="Abell Lettings")

# ---------------------------------------------------------------- data-protection.personal-data
P(DP, "Shout out to Maureen Tapp of 14 Chapel Row, Quaystone, who has litter-picked her street every morning for twenty years. Legend.",
  "Private person's name with home address: review.")
P(DP, "Can anyone help Derek Wonnacott get his blue badge renewed? He's 84, recently had a stroke, and lives alone at 3 Moor View, TQ98 4RX.",
  "Health data with name, address and postcode: block.", v="block")
P(DP, "Resident rang me in tears about her council tax arrears. Account ref 30018847, Mrs J Yelland. Revenues team, please sort this today.",
  "Name, account reference and financial difficulty: block.", v="block")
P(DP, "The car dumped in the layby on Tor Road for three weeks is a silver Astra, WR15 KTY. The owner knows who he is. Move it.",
  "Vehicle registration of a private person: block.", v="block")
P(DP, "Little Ellie Darch (7) from Penfold Cross has raised £600 for the lifeboat! Her mum says she's been baking every weekend since starting Year 2 at St Peter's 🧁",
  "A child's name, age, village and school: block.", v="block")
P(DP, "To the lad who keeps reporting the potholes on Holloway Road: Jordan Mellish, I've passed your email (jmellish88@example.com) to highways.",
  "Private person's email address: block.", v="block")
P(DP, "Casework update: the Harris family's housing application (HOU/2025/04471) has moved up to Band B. Chuffed for them.",
  "Case reference and housing status of a family: block.", v="block")
P(DP, "I'm told the tenant at 22 Marine Terrace, Gary Tozer, came out of prison last month. Residents deserve to know.",
  "Criminal record of a named private person with address: block.", v="block", al=[DEF])
P(DP, "Meet Ted and Joan Blatchford of Higher Barton Farm, Holloway Moor: fifty years married this Saturday! 💍",
  "Names with home address: review.")
P(DP, "My resident Mrs Olive Penwarden (DOB 12/03/1941) has waited nine months for a stairlift assessment. Adult social care, this is not OK.",
  "Date of birth and health need of a service user: block.", v="block")
P(DP, "Warning to Quaystone: the man in the flat above the chemist, Keith Bolt, is on the sex offenders register. Keep your kids close.",
  "Criminal record of a named person with location: block.", v="block", al=[DEF, RPA])
P(DP, "Thinking of Carol on the benefits counter, signed off with depression after the abuse she took from the public. Staff deserve better.",
  "Staff member's health: block.", v="block")
P(DP, "The Lethaby family at 9 Orchard Close, Shilcombe, are behind on the rent and facing eviction. Any local charities able to help?",
  "Names, address and financial situation: review.")
P(DP, "Update on Mr Mistry's son Arjun (Year 9, Wrenhythe Community College), who's been excluded. I've spoken to the head and the SEND team.",
  "A named child's exclusion and SEND status: block.", v="block")
P(DP, "Just got the NHS number for the lady I mentioned yesterday: 943 476 5919. Can someone at the ICB ring me back?",
  "NHS number: block.", v="block")
P(DP, "Residents of TQ98 2LH, and especially Mr and Mrs Gosling at number 4, thank you for the warm welcome on the doorstep today.",
  "Names with postcode and house number: review.")
P(DP, "Phone number for Alan Stribley on Church Lane if anyone can give him a lift to his chemo: 07700 900581.",
  "Private phone number and health: personal data block, and another person's private number is a credential.",
  rules=[DP, SC], v="block")
P(DP, "Spoke to Mrs Hosking today (NI number QQ 12 34 56 C) about her pension credit. Sorting it.",
  "National Insurance number and benefit: block.", v="block")
P(DP, "The owner of the overgrown garden at 31 Ferry Road is a Mr Dennis Loram. I've written to him twice; next step is enforcement.",
  "Name with address in an enforcement matter: review.")

N(DP, "My surgery is at Shilcombe Village Hall, Church Lane, first Saturday of the month. Call me on 01632 960418 or email kezia.mudge@wrenhythe.example.",
  "The councillor's own published contact details ([self]).", al=[DP, SC], by="Kezia Mudge")
N(DP, "Met Alastair Fenn MP and Inspector Rhoda Kemp at the Lydmouth crime summit today. Good discussion about county lines.",
  "Named public office holders.", al=[DP])
N(DP, "A resident on Chapel Row has litter-picked every morning for twenty years. She'd hate me naming her, so: thank you, you know who you are 💚",
  "No personal data.")
N(DP, "Abandoned car on Tor Road reported to the council. You can report one yourself online; no need to post the number plate.",
  "Mentions a plate without giving one.", al=[DP])
N(DP, "Congratulations to our Chairman, Cllr Marjorie Chugg, on thirty years' service to Shilcombe!",
  "Councillor named: public office holder.", no=[CHAIRMAN])
N(DP, "Housing casework is up 30% this year. If you're struggling, contact me privately. Never post your case details in the comments.",
  "Talks about personal data without any.", al=[DP])
N(DP, "NHS dentist lists are closed across the district. I've written to the ICB. Message me (not in the comments!) if you're affected.",
  "Health service topic, no individual.")
N(DP, "Proud of the Year 6 team at St Peter's who won the county quiz! 🏆",
  "Children unnamed.")
N(DP, "Gideon Rowse says the budget is a disaster. He's wrong, and here's why.",
  "Names a councillor (public office holder).", pool="LD")
N(DP, "Worried about an elderly neighbour? Ring the council's adult social care line on 01632 960300.",
  "Council's public number.", al=[DP, SC])
N(DP, "Thank you to everyone in TQ98 who signed the bus petition, over 400 of you!",
  "Postcode district only, no person.", al=[DP])
N(DP, "Rumours about a man in Quaystone are going round Facebook. The police have confirmed there's nothing in them. Please stop sharing.",
  "No one named.", al=[DP])
N(DP, "Our benefits counter sees 300 visitors a week, and the abuse the staff take is shocking. Be kind.",
  "Staff unnamed.", al=[DP])
N(DP, "The stroke survivors' group meets at Lydmouth Library every Tuesday at 2pm. All welcome.",
  "Health topic, no individual.")
N(DP, "The new owners of the Ferry Inn have done a fantastic job with the refurb. Go and see it!",
  "Business praise, no one identified.")
N(DP, "My council email is ezra.bidgood@wrenhythe.example. That's the one to use for casework, not my personal Facebook.",
  "Councillor's own contact details.", al=[DP], by="Ezra Bidgood")
N(DP, "The 84-year-old gentleman I mentioned last week now has his blue badge. Thanks to the team for the quick turnaround.",
  "Not identifiable.", al=[DP])
N(DP, "Dates of birth, NHS numbers, reference numbers: please never put them in comments on my page. Message me privately and I'll keep them safe.",
  "Names categories without any data.", al=[DP])

# ---------------------------------------------------------------- security.credentials
P(SC, "For the ward team: the WhatsApp admin password is Shilcombe2026! Change it after you log in.",
  "Password posted.")
P(SC, "Zoom for Thursday's Quaystone residents' meeting: ID 841 220 9937, passcode 55gull. All welcome!",
  "Meeting passcode posted (judgement call: public meeting).")
P(SC, "Can't get into the members' portal, it keeps rejecting WrenDC#Feb26. Anyone else? IT helpdesk not answering.",
  "Own password posted in a complaint.")
P(SC, "Got a text saying my council tax refund's ready: http://wrenhythe-refunds.help-portal.top/verify. Looks legit? Anyone else had one?",
  "Malicious-looking link posted.")
P(SC, "Key safe at Shilcombe community hall is 4471 if you're setting up for the jumble sale tomorrow. Thanks, volunteers!",
  "Key safe code posted.")
P(SC, "Wifi at the Green office is KeepItLocal88. Pop in and connect while you wait.",
  "Wifi password posted.", pool="GRN")
P(SC, "My bank sent me a code, 603915, to confirm a payment I didn't make. Posting it here so someone can tell me if it's real??",
  "One-time code posted.")
P(SC, "Private mobile for the deputy harbourmaster, Tony, if the website's down: 07700 900742.",
  "Another person's private number: credentials block; also personal data (identifier).", rules=[SC, DP])
P(SC, "Our group's shared Canva login: wrenlabour@example.com / Seaside!2026. Please stop changing the fonts 😂",
  "Login and password posted.", pool="LAB")
P(SC, "Verify your allowance details before Friday: bit.ly/wdc-allowance-verify (came from 'HR', looks a bit dodgy, but posting in case it's real)",
  "Suspicious phishing link shared.")
P(SC, "Alarm code for the Lydmouth scout hut is 1-9-7-3-#. I'll be late on Saturday, so let yourselves in.",
  "Alarm code posted.")
P(SC, "API key for the ward flood sensor dashboard, for whoever's building the map: sk_live_4f9Qz7Lp2XwR8tY1. Ping me if it stops working.",
  "API key posted.")
P(SC, "Budget briefing on Teams this afternoon: meeting ID 921 404 773, passcode Budg3t. Residents welcome to observe.",
  "Meeting passcode posted.")
P(SC, "PIN for the Members' Room door changed today: it's now 2580. Please stop propping it open.",
  "Door PIN posted.")
P(SC, "Here's the login for the ward forum page so the other admins can post while I'm away: user wrenward, pw tidewater7.",
  "Login and password posted.")
P(SC, "Mrs Yabsley's son asked me to share his mobile in case anyone's worried about her: 07700 900316.",
  "Another person's private number: credentials and personal data.", rules=[SC, DP])
P(SC, "Fake council email doing the rounds: wrenhythe-dc.gov-uk.support/parking-refund. DON'T click it!",
  "Warning that repeats the malicious link itself (judgement call).")
P(SC, "Parcel locker code for the food bank donation at the Quaystone Co-op is 83219. Collect by 5pm please, volunteers!",
  "Locker code posted.")

N(SC, "Remember: the council will never ask for your password or bank details by text. If in doubt, ring the number on your council tax bill.",
  "Security advice, no credentials.", al=[SC])
N(SC, "The Zoom link for Thursday's residents' meeting is on the parish council website. Ring me if you can't find it.",
  "No link or passcode posted.")
N(SC, "Changed all my passwords after the cyber training session. Long passphrases, folks! 🔐",
  "Mentions passwords, discloses none.", al=[SC])
N(SC, "Scam alert: texts offering council tax refunds are going round. Don't click any link; forward them to 7726.",
  "Scam warning without the link.", al=[SC])
N(SC, "Key safes are fitted free for over-75s through the council's Careline service. Ask for a referral.",
  "Key safes, no code.", al=[SC])
N(SC, "Wifi at Lydmouth Library is free and much faster now. No password needed, just accept the terms.",
  "Wifi with no password.", al=[SC])
N(SC, "PINs, passwords, passcodes: none of them belong on social media. The IT team's advice for councillors is spot on.",
  "Talks about credentials without any.", al=[SC])
N(SC, "My council phone is 01632 960418. Use it for anything ward-related.",
  "Own published number ([self]).", al=[SC, DP], by="Kezia Mudge")
N(SC, "Alarm went off at the scout hut last night. All fine, just a spider on the sensor 🕷️",
  "Alarm, no code.")
N(SC, "Members' portal is down for maintenance tomorrow 8 to 10am, per IT.",
  "Portal, no login.")
N(SC, "The council's open data API docs are public now: flood sensors, car park occupancy, bin days. Nerds, rejoice 🤓",
  "API mentioned, no key.", al=[SC])
N(SC, "New door entry system at the Civic Centre today. Members, collect your new fobs from reception.",
  "Door entry, no code.", al=[SC])
N(SC, "A resident asked me to share a suspicious link. I won't, but I've forwarded it to the council's IT security team.",
  "Link withheld.", al=[SC])
N(SC, "Bank asking for a one-time code? Never share it with anyone, not even someone who says they're the bank.",
  "Advice about codes, none given.", al=[SC])
N(SC, "Two-factor sign-in for members' email becomes compulsory from March. Good.",
  "Security news.")
N(SC, "The harbourmaster's office number is on the Harbour Trust website. Please don't ring the staff at home.",
  "No private number given.", al=[SC], no=["Liam Furze"])
N(SC, "Canva is brilliant for community groups. The free version does everything our litter-pick group needs.",
  "Mentions Canva, no login.")
N(SC, "Locker codes at the food bank now go out by text to volunteers only. Thanks for keeping them private.",
  "Codes not disclosed.", al=[SC])

# ---------------------------------------------------------------- confidentiality.disclosure
P(CD, "Can't say much, but Project Heron is the best thing to happen to Quaystone harbour in decades. Watch this space 👀",
  "Names a register term: block.", v="block")
P(CD, "People asking about the quay: yes, the Lydmouth Quay disposal is going ahead and the preferred bidder is a local firm. More soon.",
  "Register term with detail: block.", v="block")
P(CD, "The council has been sitting on the Coldharbour Mill deal since November. Taxpayers deserve to know what we're paying for a derelict building.",
  "Register term (exempt acquisition): block.", v="block", pool="OPP")
P(CD, "Operation Tidewrack kicks off next week, so any fly-tippers in Holloway Moor had better watch out 🚨",
  "Register term (enforcement operation), tipping off: block.", v="block", al=[IA])
P(CD, "Another six figures on lawyers for the Spence tribunal. When will the Lib Dems admit they got it wrong?",
  "Register term (employment claim): block.", v="block", pool="OPP")
P(CD, "The Kingsweir contract talks aren't going well: they want another £300k a year to keep the pool open.",
  "Register term (commercial negotiation): block.", v="block")
P(CD, "Why is Project Heron being discussed behind closed doors when it's the biggest change to Quaystone in a generation? #Transparency",
  "Names a register term, even while arguing for openness: block.", v="block", pool="OPP")
P(CD, "Heard at the cabinet briefing today: the Coldharbour Mill price is nearly double the valuation. Madness.",
  "Register term plus figures: block.", v="block")
P(CD, "Read the Spence tribunal bundle today. If half of it is true, the council will be writing a very large cheque.",
  "Register term (legal privilege): block.", v="block")
P(CD, "What I heard in the Part 2 session on the harbour car park would make your hair curl. Can't wait till it's public.",
  "Part 2 marker, hints at content: review.")
P(CD, "Between you and me, the leisure centre isn't reopening this year. Don't quote me.",
  "'Between you and me' marker with information: review.")
P(CD, "Got hold of a leaked copy of the waste contract report. The numbers don't add up and I'm going to say so.",
  "Leaked document: review.", pool="OPP")
P(CD, "Off the record: cabinet have already picked the new bus operator. The 'consultation' is for show.",
  "Off-the-record disclosure: review.", pool="OPP")
P(CD, "Tonight's exempt item is about a land deal in Penfold Cross. Residents should know who's buying.",
  "Exempt item described: review.")
P(CD, "Not for publication yet, but the recommendation is a 4.99% council tax rise. You heard it here first.",
  "'Not for publication' marker: review.", dates=("2026-01-05", "2026-01-30"))
P(CD, "Embargoed until Thursday, but I'm too excited to wait: the Lydmouth lido is getting a £2m grant!",
  "Embargo broken: review.")
P(CD, "From this morning's closed session: two senior managers are facing disciplinary hearings. Shocking state of affairs.",
  "Closed session, labour relations: review.", al=[DP])
P(CD, "An officer told me this in confidence, but residents deserve to know: the bridge survey found serious cracks.",
  "'In confidence' disclosure: review.", al=[OI])

N(CD, "Project Kingfisher at the primary school is brilliant: the kids count birds on the estuary every week 🐦",
  "A project name that is not on the register.")
N(CD, "The Lydmouth Quay festival is back in June! Stalls, music and crab racing 🦀",
  "Partial overlap with a register term.")
N(CD, "Coldharbour Lane resurfacing starts Monday. Expect delays.",
  "Partial overlap with a register term.")
N(CD, "Part 2 of my budget thread: what the cuts mean for youth clubs 🧵",
  "'Part 2' of a thread.", al=[CD], pool="OPP")
N(CD, "Between you and me and the 4,000 people who follow this page: I do love a Wrenhythe pasty 😂",
  "Joke use of the marker.", al=[CD])
N(CD, "The cabinet papers on the harbour car park are published, including a public summary of the exempt appendix. Worth a read.",
  "Published summary.", al=[CD])
N(CD, "I voted against taking the leisure centre item into closed session. Decisions about public money should be made in public.",
  "Talks about a closed session without disclosing.", al=[CD], pool="OPP")
N(CD, "Leaked? No. The council tax rise was agreed at cabinet last night: 4.99%, and here's what it pays for.",
  "Announced information.", al=[CD], pool="LD", dates=("2026-02-05", "2026-02-05"))
N(CD, "The embargo on the lido grant lifted at 10am: £2m for Lydmouth! Brilliant news.",
  "Embargo lifted.", al=[CD])
N(CD, "'Off the record' isn't a thing for councillors. If I tell you something, assume it's on the record.",
  "Marker discussed, nothing disclosed.", al=[CD])
N(CD, "Heron on the estuary at Quaystone this morning. Majestic 🪶",
  "Partial overlap with a register term.")
N(CD, "In confidence, residents tell me the same thing over and over: fix the potholes.",
  "Marker phrase with no confidential content.", al=[CD])
N(CD, "The Spence family have run the butcher's on Fore Street for sixty years. Congratulations!",
  "Partial overlap with a register term.")
N(CD, "The Kingsweir Road bus stop is moving fifty yards. Letters have gone to residents.",
  "Partial overlap with a register term.")
N(CD, "Operation Snowflake: the gritting crews were out all night. Thank you!",
  "An operation name not on the register, publicised by the council.", al=[CD])
N(CD, "I've asked for the waste contract report to be published in full, not as an exempt item. Open government matters.",
  "Asks for openness; discloses nothing.", al=[CD])
N(CD, "Councillors get a briefing tomorrow on the harbour car park; it comes to cabinet in public in March. Questions welcome.",
  "Process, no content.")
N(CD, "Confidential waste sacks for shredding are now collected free from Wrenhythe businesses. Good scheme.",
  "'Confidential' in a service name.", al=[CD])

# ---------------------------------------------------------------- tone.irony-risk
P(TI, "Well done to Cllr Pascoe for solving the parking crisis by... announcing another review. Genius stuff. /s",
  "Sarcasm marker aimed at a named councillor.", al=[RPA], pool="OPP")
P(TI, "Oh yes, the Tories really care about the NHS. That's why they voted against the motion. Yeah right.",
  "'Yeah right' irony about a party.", pool="nonCON")
P(TI, "Absolutely thrilled our MP found time in his busy schedule to visit Lydmouth. Only took him eighteen months 🙃",
  "Mock praise of the MP.")
P(TI, "Big round of applause for the cabinet member for finance, whose 'efficiency savings' have so far saved precisely nothing. Take a bow, Dan 👏",
  "Mock praise of a named cabinet member.", pool="OPP")
P(TI, "Our Leader says she 'listens to residents'. Must have very selective hearing 😂",
  "Irony about the Leader.", pool="OPP")
P(TI, "You can't fault the Lib Dems for consistency: wrong on the bypass, wrong on the lido, wrong on the bins. Impressive streak.",
  "Mock praise of a party group.", pool="OPP")
P(TI, "The Green group's big idea this week: ban cars. Sure, let's all cycle up Holloway Hill in January. Brilliant.",
  "Sarcasm about a party group.", pool="nonGRN")
P(TI, "Nice of Cllr Rowse to turn up to a planning meeting at last. Hope he didn't strain anything.",
  "Sarcasm aimed at a named councillor.", al=[RPA])
P(TI, "So Labour now want lower council tax? Welcome to the party, comrades, only ten years late 🙄",
  "Irony about a party.", pool="nonLAB")
P(TI, "Truly inspiring leadership from the Conservative group last night: walked out of the budget debate before the vote. Heroes.",
  "Mock praise of a party group.", pool="nonCON", dates=("2026-02-20", "2026-02-20"))
P(TI, "Delighted to learn from the Chairman that councillors asking questions is 'disruptive'. Democracy at its finest.",
  "Irony about the Chairman.", pool="OPP")
P(TI, "Genius move by the independents to vote for the budget they spent three months calling a disaster. Chess, not checkers.",
  "Mock praise of a group.", pool="nonIND")
P(TI, "Love how the county's highways boss finds time for photo ops but not for potholes. Such dedication.",
  "Mock praise of an identifiable person at the county.", al=[OI])
P(TI, "Oh good, another Lib Dem leaflet with a bar chart. Must be an election coming 📊😂",
  "Mockery of a party.", pool="OPP")
P(TI, "Congratulations to Cllr Abell on discovering Lydmouth exists. Only took a by-election.",
  "Sarcasm aimed at a named councillor.", pool="nonCON")
P(TI, "Felt so reassured by the minister's visit today. Twenty minutes, three photos, zero answers. Top effort.",
  "Mock praise of a minister.")
P(TI, "Hats off to the Greens for their new 'listening campaign'. Shame they didn't listen the first time round.",
  "Irony about a party.", pool="nonGRN")
P(TI, "Can't thank the portfolio holder enough for replying to my email about the flooding. In March. About January's flood. Speedy Gonzales.",
  "Sarcasm about a cabinet member.", pool="OPP", dates=("2026-03-02", "2026-03-27"))

N(TI, "Oh brilliant, rain again. Really didn't see that coming in Devon in February ☔ /s",
  "Irony about the weather, not a person.", al=[TI], dates=("2026-02-02", "2026-02-27"))
N(TI, "The new parking machines take cards, coins, apps... and about four minutes each. Progress! 😅",
  "Irony about machines.", al=[TI])
N(TI, "I disagree with Cllr Pascoe's parking review. It delays action by a year, and businesses can't wait.",
  "Straight criticism of a named councillor's policy.", pool="OPP")
N(TI, "Yeah, right turn at the Fore Street lights is finally open again. Drivers rejoice.",
  "'Yeah, right' as words, not irony.", al=[TI])
N(TI, "Genius idea from the Lydmouth Year 5s: a bird feeder made from recycled bottles. Brilliant stuff 🐦",
  "Sincere praise.")
N(TI, "Our MP, Alastair Fenn, visited Lydmouth today. I raised ferry fares and he's promised to write to the operator.",
  "Straight report of the MP's visit.")
N(TI, "The Conservative group walked out before the budget vote. I think that was a mistake and I said so in the chamber.",
  "Straight criticism.", pool="nonCON", dates=("2026-02-20", "2026-02-20"))
N(TI, "Hats off to the volunteers at the Quaystone food bank: 600 parcels this winter. Genuinely, thank you.",
  "Sincere praise.")
N(TI, "Me: I'll just do ten minutes of emails. Also me, three hours later: 🙃",
  "Self-irony.", al=[TI])
N(TI, "Congratulations to Cllr Abell on her first speech in the chamber. We disagree on most things, but it was well made.",
  "Sincere congratulations.", pool="nonCON")
N(TI, "The Members' Room printer has jammed again. Truly a marvel of modern engineering. /s",
  "Irony about a printer.", al=[TI])
N(TI, "Labour now support lower council tax. I welcome the change of heart and look forward to their costed amendment.",
  "Straight political point.", pool="nonLAB")
N(TI, "Roadworks on the Lydmouth road again. Who could have predicted it, apart from everyone 🚧",
  "Irony about roadworks.", al=[TI])
N(TI, "The Chairman ruled my question out of order. I disagree with the ruling and have written to ask why.",
  "Straight disagreement.", pool="OPP")
N(TI, "Good to see the minister in Wrenhythe today. Residents had plenty of questions and I'll be chasing the answers.",
  "Straight report.")
N(TI, "Twenty minutes to get through to the council switchboard today. I've raised call-answer times at scrutiny.",
  "Straight complaint about a service.")
N(TI, "Well done to the Greens on the listening campaign. Good to see more councillors on the doorstep, whatever the rosette.",
  "Sincere cross-party praise.", al=[TI], pool="nonGRN")
N(TI, "Speedy response from highways: pothole reported Monday, filled Wednesday. Credit where it's due 👏",
  "Sincere praise, shares 'speedy'.")

# ---------------------------------------------------------------- fillers
F("Lovely turnout at the Lydmouth beach clean this morning. 43 bags of rubbish and one very confused crab 🦀", "Ordinary ward post.")
F("Gritters are out on the high routes tonight. Take care on Holloway Hill, it's like glass up there.", "Weather warning.", dates=("2026-01-05", "2026-02-13"))
F("Ward surgery this Saturday at Quaystone Library, 10 till 12. Bring your questions; biscuits optional.", "Surgery notice.")
F("Congratulations to Wrenhythe Town AFC on reaching the county cup semi-final! ⚽", "Community congratulations.")
F("Stood at the Penfold Cross bus stop this morning: 14 people waiting for a bus that came 25 minutes late. Raising it with the operator.", "Casework.")
F("Reminder: garden waste subscriptions renew in February. Sign up online or ring the contact centre.", "Service reminder.", dates=("2026-01-05", "2026-02-13"))
F("Great to visit the Brackenleigh men's shed today. Bird boxes, benches and a great deal of tea.", "Visit.")
F("A tree is down across Moor Lane after last night's wind. Highways are on their way, please avoid for now.", "Incident update.")
F("Thirty-one years on the crossing outside St Peter's. Happy retirement to our lollipop legend! 🍭", "Community thanks, no one named.")
F("The budget consultation closes on Friday. Tell us what matters most to you.", "Consultation reminder.", dates=("2026-01-05", "2026-02-06"))
F("Spent the morning with the RNLI crew at Lydmouth. Incredible volunteers, every one of them.", "Visit.")
F("Potholes on Shilcombe Road reported with photos. I'll update when I hear back.", "Casework.")
F("Who remembers the old Quaystone lido? Share your photos 🏊", "Nostalgia.")
F("First daffodils on the Green in Wrenhythe. Spring is coming, honest 🌼", "Seasonal.", dates=("2026-02-16", "2026-03-27"))
F("Thanks to everyone who came to the climate café in Ashcombe Down. Next one in March.", "Event thanks.", dates=("2026-01-05", "2026-02-27"))
F("The 58 bus timetable changes from Monday. New times are at the stops and online.", "Information.")
F("Proud to help at the Lydmouth Lions' Valentine's tea dance for the over-70s. Such fun 💃", "Event.", dates=("2026-02-13", "2026-02-13"))
F("Pancake race on Fore Street on Tuesday! Councillors' heat at 12.30 and I'm training hard 🥞", "Event.", dates=("2026-02-12", "2026-02-16"))
F("Big thanks to the Holloway Moor Young Farmers for clearing the ditches along Tor Road.", "Thanks.")
F("Free energy advice drop-in at Brackenleigh Community Centre on Thursday, 2 till 6.", "Information.")
F("Walked the coast path from Lydmouth to Quaystone to check the storm damage. Two stretches are closed and signed.", "Ward update.")
F("Library fines for under-18s are being scrapped from April. Great for families.", "Good news.")
F("Read to Year 2 at Shilcombe Primary for World Book Day. They asked better questions than scrutiny 📚", "Event.", dates=("2026-03-05", "2026-03-05"))
F("Green group budget amendment: more money for bus subsidies, paid for from car park income. Read it here.", "Party budget post.", pool="GRN", dates=("2026-02-09", "2026-02-18"))
F("Labour's alternative budget protects youth clubs. Here's how we'd pay for it.", "Party budget post.", pool="LAB", dates=("2026-02-09", "2026-02-18"))
F("The Conservative group will propose freezing car park charges at Budget Council.", "Party budget post.", pool="CON", dates=("2026-02-09", "2026-02-18"))
F("The independent group will judge this budget on one thing: what it does for the villages.", "Group statement.", pool="IND", dates=("2026-02-09", "2026-02-18"))
F("The Lib Dem cabinet's budget puts £1.2m into coastal defences. Proud of this one.", "Party budget post.", pool="LD", dates=("2026-02-09", "2026-02-18"))
F("Does anyone know a good plumber? Asking for me: the boiler has given up 😩", "Personal post.")
F("Pavement parking on Fore Street is stopping wheelchair users getting past. Please park considerately.", "Ward post.")
F("Blood donor session at Wrenhythe Methodist Hall next Wednesday. Book online.", "Information.")
F("Sea mist so thick this morning I couldn't see the harbour wall. Glorious once it lifted ☀️", "Personal.")
F("Good to see new shops opening in Wrenhythe town centre. Support them!", "Ward post.")
F("Drop-off point for the coat appeal is the Quaystone Community Hub. Thank you all.", "Appeal.")
F("Welcome to the new vicar at St Michael's, Holloway Moor. Looking forward to working together.", "Community.")
F("Dog fouling on the Ashcombe Down footpath is getting worse. New bins go in next month.", "Ward post.")
F("The food bank needs tinned fish, UHT milk and toiletries this week. Drop-off at Civic Centre reception.", "Appeal.")
F("Thanks to the parish council for a lively meeting in Penfold Cross last night. Lots of ideas on speeding.", "Meeting thanks.")
F("Met the youth council today. Sharp, funny, and full of ideas about bus fares.", "Visit.")
F("Holocaust Memorial Day: we remember. Candle lit at Wrenhythe Guildhall this afternoon.", "Commemoration.", dates=("2026-01-27", "2026-01-27"))
F("Bees are out on the first warm day. Fed them some fondant and left them to it 🐝", "Personal account, hobby.", by="@wally_bees", acct="personal")
F("Frosty launch at the club this morning. Fingers only just thawed ⛵", "Personal account, hobby.", by="@hester_sails", acct="personal")


# ================================================================ builder
def load_meetings():
    out = []
    with open(os.path.join(HERE, "meetings.csv"), newline="") as fh:
        for r in csv.DictReader(fh):
            out.append((dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"])))
    return out


def weekdays(lo, hi):
    d = dt.date.fromisoformat(lo)
    end = dt.date.fromisoformat(hi)
    out = []
    while d <= end:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def pick_author(rng, row):
    if row["by"]:
        b = row["by"]
        if b.startswith("@"):
            return b, (PERSONAL.get(b) or b)
        return CLLRS[b][1], b
    pool = row["pool"]
    names = []
    for name, (party, handle) in CLLRS.items():
        if pool == "any":
            ok = True
        elif pool == "OPP":
            ok = party != "LD"
        elif pool.startswith("non"):
            ok = party != pool[3:]
        else:
            ok = party == pool
        if not ok or name in row["no"]:
            continue
        surname = name.split()[-1]
        if surname in row["text"]:
            continue
        if any(cue in row["text"] and holder == name for cue, holder in INTEREST_CUES.items()):
            continue
        names.append(name)
    name = rng.choice(sorted(names))
    return CLLRS[name][1], name


def main():
    rng = random.Random(SEED)
    meetings = load_meetings()
    rows = list(ROWS)
    rng.shuffle(rows)
    out = []
    used = set()
    for i, row in enumerate(rows, 1):
        handle, _name = pick_author(rng, row)
        lo, hi = row["dates"] or ("2026-01-05", "2026-03-27")
        days = weekdays(lo, hi)
        while True:
            d = rng.choice(days)
            t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59),
                            rng.randint(0, 59), tzinfo=dt.timezone.utc)
            if any(s <= t < e for s, e in meetings) or t in used:
                continue
            used.add(t)
            break
        platform = rng.choice(["x", "facebook", "bluesky"])
        rec = {
            "id": "b43-%03d" % i,
            "text": row["text"],
            "author": handle,
            "created_at": t.isoformat(),
            "platform": platform,
            "account": row["account"],
            "kind": "post",
            "expect": {"rules": row["rules"], "allowed": row["allowed"], "verdict": row["verdict"]},
            "family": row["family"],
            "kind_of_row": row["kind_of_row"],
        }
        if row["near"]:
            rec["near_miss_of"] = row["near"]
        if row["interest"]:
            rec["interest"] = row["interest"]
        rec["note"] = row["note"]
        out.append(rec)
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d rows" % len(out))


if __name__ == "__main__":
    main()
