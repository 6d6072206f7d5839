#!/usr/bin/env python3
"""Build posts.jsonl for blind set b162 (Brinewich Borough Council, twelve single-post rules).

Every post below was written by hand. The script only picks authors, platforms and timestamps
(deterministically, fixed seed), shuffles the rows, gives them ids B162-NNNN and writes
posts.jsonl. Running it twice gives the same file byte for byte. Standard library only.
"""
import csv
import datetime as dt
import json
import os
import random
import re

SEED = 16200
SET = "B162"
HERE = os.path.dirname(os.path.abspath(__file__))

ROWS = []

# ---------------------------------------------------------------------------------------------
# Row helpers.
#   P: a positive (expects its family, plus `extra` rules), N: a hard negative, F: a filler.
#   who: space-separated author tags, all of which must hold (see TAGS below);
#   by: a fixed author handle; when: "YYYY-MM-DD" or ("YYYY-MM-DD", "YYYY-MM-DD");
#   hrs: (first hour, last hour) of the day when the text needs it.
# ---------------------------------------------------------------------------------------------

def P(family, verdict, text, note, extra=(), allowed=(), who="any", by=None, when=None, interest=None, hrs=None):
    ROWS.append(dict(kind_of_row="positive", family=family, rules=[family] + list(extra),
                     allowed=list(allowed), verdict=verdict, text=text, note=note, who=who,
                     by=by, when=when, interest=interest, hrs=hrs))


def N(family, text, note, allowed=(), who="any", by=None, when=None, hrs=None):
    ROWS.append(dict(kind_of_row="hard_negative", family=family, rules=[], allowed=list(allowed),
                     verdict="ok", text=text, note=note, who=who, by=by, when=when, interest=None, hrs=hrs))


def F(text, note, who="any", by=None, when=None, hrs=None):
    ROWS.append(dict(kind_of_row="filler", family=None, rules=[], allowed=[], verdict="ok",
                     text=text, note=note, who=who, by=by, when=when, interest=None, hrs=hrs))


CAP = "capacity.council-voice"
DIS = "confidentiality.disclosure"
INS = "confidentiality.insider-advantage"
DAT = "data-protection.personal-data"
GIF = "gifts.hospitality"
INT = "interests.declared-interest"
OFF = "officers.impartiality"
POS = "position.improper-advantage"
PRE = "predetermination.closed-mind"
RES = "resources.political-use"
SEC = "security.credentials"
TON = "tone.irony-risk"
ATT = "respect.personal-attack"
DEF = "defamation.allegation"
BUL = "bullying.intimidation"
HAS = "haste.pause-before-posting"

# =============================================================================================
# capacity.council-voice (review)
# =============================================================================================
P(CAP, "review", "Brinewich Borough Council is clear: the Sallowmoss ferry must be saved, and we will fight the operator every step of the way. Sign the petition 👇 example.org/saveferry",
  "an opposition backbencher states a council position that does not exist", who="opp backbench")
P(CAP, "review", "OFFICIAL: Brinewich Borough Council backs the Tarnbridge Lock Festival's bid for national heritage status!! 🎉⚓",
  "personal (narrowboat) account announcing a council backing", by="@narrowboat_beth")
P(CAP, "review", "Brinewich Council's position is that farm traffic comes first on Tattingley Lane at silage time. Cyclists, take note 🚜",
  "personal (farm) account giving its own view as the council's; the lane runs by his land", allowed=[INT], by="@moreton_milkers")
P(CAP, "review", "On behalf of Brinewich Borough Council I want to apologise to everyone stuck on the Marlwich diversion this week. Three hours to get to Crewe is not good enough, and it won't happen again. I've had messages from carers who missed calls, from a lad who missed a job interview, from a mum who couldn't get to nursery. We've let you down and we'll put it right.",
  "a backbencher apologising and promising on behalf of the council", who="party:SCA backbench")
P(CAP, "review", "The Council believes the government has betrayed the north on rail, and we will be writing to the Secretary of State to say so in the strongest terms. Tarnbridge deserves better than a bus replacement every other weekend. Shift workers at the works, students going to Warrington, nurses going to Crewe — all of them let down. Enough is enough.",
  "party view presented as the council's", who="party:PV backbench")
P(CAP, "review", "Council policy as of today: no more HMOs in Brinewich Flashes. Landlords, consider yourselves told.",
  "an opposition member announces a policy the council has not made", who="opp")
P(CAP, "review", "Speaking for the whole council here — we are sick to the back teeth of the state of Tarnbridge station. Network Rail, sort it.",
  "claims to speak for the whole council", who="backbench")
P(CAP, "review", "We at Brinewich Borough Council will not be taking lectures from the police about where our CCTV goes. Our cameras, our call.",
  "a Ratepayers backbencher speaking as the council", who="party:RP")
P(CAP, "review", "Great news for Wimsmere: Brinewich Council has today formally endorsed the Greens' plan for a 20mph zone right across the village 🌿 Thank you to everyone who signed!",
  "a party plan presented as formally endorsed by the council", who="party:GRN")
P(CAP, "review", "The council's official line on the stink from the estuary this week: it's unacceptable, and whoever is responsible will be prosecuted. Full stop.",
  "'the council's official line' from a backbench account, promising prosecution", who="backbench")
P(CAP, "review", "A message from your council: don't let the People's Vale anywhere near the budget in May. They'd have us bankrupt by Christmas 😂",
  "election message dressed as a council message", allowed=[TON], who="party:SCA backbench")
P(CAP, "review", "Just so everyone knows, the council's position on the Marlwich bypass is the blue route, not the red one. I've told the county that on our behalf this morning.",
  "a backbencher tells the county what 'the council's position' is", who="backbench")
P(CAP, "review", "Brinewich Borough Council stands with the striking bin crews. Pay them properly and the bins get emptied. Simple as that ✊",
  "opposition member speaking for the council in an industrial dispute", who="opp")
P(CAP, "review", "Ratepayers' view is the council's view on this one: the precept rise is off the table. That's official.",
  "party view declared to be the council's 'official' view", who="party:RP")
P(CAP, "review", "The people of Brinewich and this council say NO to drilling under the moss. No ifs, no buts.",
  "'this council says' in a campaign post", who="party:GRN")
P(CAP, "review", "This is the Brinewich Borough Council response to the bus cuts: shameful. The operator should hang its head. We'll be writing formally this week.",
  "a backbencher presenting a council response", who="opp")
P(CAP, "review", "On behalf of Brinewich Borough Council, massive congratulations to Sallowmoss Juniors on reaching the county cup final! ⚽ Get in!!",
  "harmless content, but speaks on behalf of the council from a councillor account", who="ward:Sallowmoss")
P(CAP, "review", "I can confirm the council will not be renewing the leisure centre contract with FitLife when it ends in September. You heard it here first, folks.",
  "a backbencher 'confirming' a council decision", allowed=[DIS, INS], who="backbench")

N(CAP, "Personal view, not the council's: the Sallowmoss ferry is worth every penny, and I'll be signing the petition. Link's in the comments.",
  "clearly labelled personal view")
N(CAP, "Cabinet agreed last night to put £250k into the Flashes Country Park paths (minute 57). The report and decision are on the council website if you want the detail.",
  "the Leader reporting an actual cabinet decision with its minute", allowed=[CAP], by="@GillDuttonSCA", when="2026-02-04")
N(CAP, "As Mayor it was an honour to represent the borough at this morning's Holocaust Memorial Day service at St Wilfrid's. We remember.",
  "the Mayor on civic duty", allowed=[CAP], by="@MayorMargaretL", when="2026-01-27")
N(CAP, "The council has published its official response to the bus consultation — read it in full here: example.org/busresponse. I agree with most of it, but I'd have gone further on evening services.",
  "quotes the published council response and separates own view", allowed=[CAP])
N(CAP, "My party's position (not the council's — we're in opposition, worse luck!) is that the precept should go up by 2.99%, not 4.99%.",
  "party position labelled as the party's", who="opp")
N(CAP, "Official: I'm a grandma! Council position on the baby's name: outstanding 😍💕",
  "joke using 'official' and 'council position'", allowed=[CAP], who="woman")
N(CAP, "On behalf of the Tarnbridge Locks ward team, congratulations to the lock keepers on their Canal Heroes award. Well deserved.",
  "speaks for the ward team, not the council", who="ward:Tarnbridge_Locks")
N(CAP, "I don't speak for Brinewich Borough Council and wouldn't pretend to, but as one of your councillors I'm backing the ferry campaign all the way.",
  "explicitly disclaims the council's voice")
N(CAP, "People keep asking what 'the council believes' about the bypass. Truth is there's no council position yet. Cabinet decides in March. Have your say before then: example.org/bypass",
  "explains there is no council position", allowed=[CAP])
N(CAP, "The Chronicle's headline says 'Council backs ferry'. Not quite! Full council passed a motion last night asking cabinet to look at the options for the Sallowmoss ferry. That's all. No money has been agreed and no decision has been made. I voted for the motion and I want the ferry saved as much as anyone, but let's not overclaim and then disappoint people in the summer.",
  "corrects an overclaim about the council's position", allowed=[CAP], when="2026-02-27")
N(CAP, "Sallowmoss councillors (both of us!) say thank you to everyone who came to the marsh clean-up on Saturday 💚",
  "speaks for the two ward members", who="ward:Sallowmoss")
N(CAP, "Personal account so my own views: the best pie on the whole Brine Cut is at the Lock 12 café. Fight me 🥧",
  "personal account, own view about pies", by="@narrowboat_beth")
N(CAP, "Council press release out today on the gritting stocks — we're in good shape for the cold snap. Worth a read before you panic-buy salt for your drive.",
  "points to a council press release, no claim to speak for it")
N(CAP, "The People's Vale group believes the council has got the bus deal badly wrong, and we'll be calling it in to scrutiny.",
  "a group view attributed to the group", allowed=[CAP], who="party:PV")
N(CAP, "As cabinet member for environment I've signed off the tree planting plan (decision notice ED/26/03 on the website). 4,000 trees across Tattingley and Wimsmere by next winter 🌳",
  "a cabinet member reporting her own executive decision", allowed=[CAP], by="@RosWilbraham")
N(CAP, "Asked whether the council 'officially' supports the Lock Festival. It does. The grant was agreed at cabinet in December and it's in the minutes. Go and enjoy it!",
  "accurately reports a recorded council decision", allowed=[CAP])
N(CAP, "Not an official council statement, just me on a Tuesday: the new food waste caddies are brilliant.",
  "disclaims official status", when="2026-03-03")
N(CAP, "Speaking for myself and nobody else: if Tarnbridge station loses its Sunday trains I will be on that platform with a placard and a flask.",
  "speaking for self only")

# =============================================================================================
# confidentiality.disclosure (block with a register term; review for markers and Sch 12A kinds)
# =============================================================================================
P(DIS, "block", "Project Saltcote is happening, folks. Preferred developer picked, town centre transformed. Can't say more yet but watch this space 👀",
  "names a register term (regeneration negotiations)", allowed=[INS])
P(DIS, "block", "Big news coming for Tarnbridge: the wharfside land swap with the canal trust is nearly done. Moorings, café, the lot. Keep it under your hats for now!",
  "register term in lower case", allowed=[INS])
P(DIS, "block", "Wondering why the council won't resurface the Flashes paths? It's because of the Flashes subsidence claim. Lawyers reckon we'll settle for about £400k. Madness.",
  "register term plus legal advice and a settlement figure")
P(DIS, "block", "OPERATION LOCKGATE GOES LIVE NEXT WEEK. Fly-tippers on the moss, your days are numbered 📸",
  "register term in capitals (enforcement operation)", allowed=[HAS])
P(DIS, "block", "So the Pan Street depot disposal went through in private session. £1.2m to a housebuilder. I think we've been done, and residents deserve to know. That site was valued at nearly double five years ago, and the buyer's already talking to agents about flats. I argued against it in the room and lost. I'm not going to sit quietly while the town's family silver goes for scrap.",
  "register term and the exempt price")
P(DIS, "block", "Great to hear the Heathfield Creamery acquisition is going ahead 🧀 Tattingley could finally get its business units. Fingers crossed the vendor doesn't wobble.",
  "register term for an exempt acquisition", allowed=[INS])
P(DIS, "block", "Asked about project saltcote at my surgery this morning. All I'll say is it involves the old market hall and a very big crane.",
  "register term in lower case, with a hint at the site", allowed=[INS])
P(DIS, "block", "Operation Lockgate update: two sites on the moss already being watched, cameras up since Friday. Keep it to yourselves 🤫",
  "register term and operational details of an enforcement operation", allowed=[INS])
P(DIS, "block", "Bumped into the Chief Exec, who reckons the Wharfside land swap could still collapse because the canal trust want more land. Fingers crossed it doesn't, because Tarnbridge needs that basin sorted.",
  "register term plus the state of negotiations; names an officer by role", allowed=[OFF, INS])
P(DIS, "review", "Part 2 item at cabinet tonight, so I'll say it here: the council's offer for the old Marlwich bus station site is £2.1m. The public deserve to know what's being spent in their name.",
  "discloses an exempt (Part 2) price", allowed=[INS], when="2026-03-10")
P(DIS, "review", "I was told in confidence by a senior officer that the waste team is being restructured and 14 posts are going. Staff deserve better than finding out on Facebook, so here it is. Some of those crews have worked through snow, floods and Covid for this borough. If the administration won't tell them straight, I will. Unions, you know where I am.",
  "discloses labour relations information given in confidence", allowed=[OFF])
P(DIS, "review", "The legal advice we got in closed session says we'd probably lose if the landlord challenges the licence refusal in court. So why are we still fighting it?",
  "discloses legally privileged advice from a closed session")
P(DIS, "review", "Off the record, the pay offer going to the care staff will be 3.2%. Not public yet, but you heard it from me.",
  "discloses an unannounced pay offer (labour relations)", allowed=[INS])
P(DIS, "review", "The embargoed river pollution report lands on Thursday. Spoiler: one of the big sites on the estuary comes out of it very badly indeed.",
  "breaks an embargo", allowed=[INS])
P(DIS, "review", "The exempt valuation on the canal basin office puts it at £310k. The agent wanted £450k. We're being had, and I'm not staying quiet about it.",
  "discloses an exempt valuation")
P(DIS, "review", "Between you and me, the police briefed councillors privately that two cannabis farms in Pennybrook will be raided next month. About time.",
  "discloses a private police briefing on enforcement", allowed=[INS])
P(DIS, "review", "A member of staff at the leisure centre has been suspended pending a disciplinary. The council won't say why, so I will: cash has gone missing from the tills.",
  "discloses a staff disciplinary matter", allowed=[DAT, DEF, OFF])
P(DIS, "review", "Confidential tender report says Plainway Waste came in £300k cheaper than the current contractor but scored lower on quality. Cabinet picks next week. Thoughts?",
  "discloses a confidential tender evaluation", allowed=[INS], when=("2026-03-02", "2026-03-06"))

N(DIS, "The Saltcote Lane potholes are finally being filled! Thanks to everyone who reported them on the app 🙌",
  "partial overlap with a register term (a street)")
N(DIS, "Lovely walk along the wharfside at Tarnbridge this morning. Herons out, kingfisher by the footbridge, and not a soul about.",
  "partial overlap with a register term")
N(DIS, "Flashes nature reserve is flooded again — take your wellies or take the long way round by the church.",
  "partial overlap with a register term")
N(DIS, "The Lockgate Café on the towpath has reopened after the winter. Bacon barms are back, and so is the mardy swan.",
  "partial overlap with a register term (a café)")
N(DIS, "The Pan Street bus stop is moving 20 yards up the road while the gas works are done. Should be back by Easter.",
  "partial overlap with a register term (a bus stop)")
N(DIS, "Heathfield Creamery's Cheshire has won gold at the cheese awards! Tattingley on the map again 🧀🏆",
  "partial overlap with a register term (a cheese maker)")
N(DIS, "Embargo lifted at 10am, so I can finally share: Tarnbridge has won the small town category in the regional Bloom awards! 🌸 Thank you, volunteers.",
  "the embargo is over; public news", allowed=[DIS], hrs=(10, 18))
N(DIS, "Confidential advice line for anyone worried about a child's safety: 01632 960200 (the council's safeguarding hub, staffed 24/7). Please share.",
  "'confidential' describes a public service line", allowed=[DIS])
N(DIS, "Leaked water main on Brine Street, the water company's on it. Avoid if you can, it's like the Mersey down there.",
  "'leaked' about a pipe")
N(DIS, "People asked why the Marlwich bus station item was taken in Part 2. The short answer: the law lets councils discuss commercial negotiations in private, so the other side can't see our hand while the deal's being done. I think too much goes private in this council, full stop, and I've asked for the decision and the price to be published the moment the deal's signed. I'll let you know when it is.",
  "explains the Part 2 procedure without disclosing anything", allowed=[DIS], when=("2026-03-11", "2026-03-18"))
N(DIS, "Off the record? Nothing's off the record with me. Ask me anything at Saturday's surgery in Sallowmoss library, 10 till 12.",
  "phrase only", who="ward:Sallowmoss")
N(DIS, "Between you and me, the best chippy in the borough is in Marlwich. Don't tell Tarnbridge 🐟",
  "phrase only")
N(DIS, "The Marlwich bus station deal is done and, as promised, the price is now published: £2.1m. Decision notice: example.org/decisions/busstation",
  "a price once exempt, now published", allowed=[DIS], when=("2026-03-20", "2026-03-27"))
N(DIS, "Closed session? Not this time. I moved that the leisure contract report be heard in public, and it will be, at scrutiny on the 12th.",
  "argues for openness", allowed=[DIS], when=("2026-01-26", "2026-02-11"))
N(DIS, "Our residents' association AGM has a members-only session at the end, which is fine — it's their club, their rules.",
  "a private meeting of a club, not the council")
N(DIS, "Got a private matter you want to raise? My surgery has a quiet room, and nothing you tell me goes any further without your say-so.",
  "promises confidentiality; discloses nothing")
N(DIS, "Project Saltbox — the pop-up kids' library in Marlwich — needs volunteers on Saturday mornings. Tea and biscuits guaranteed 📚",
  "similar project name, not on the register")
N(DIS, "Declassified at last: the 1950s brine subsidence maps are now online at the county record office. Fascinating (and slightly alarming) if you live near the Flashes.",
  "'declassified' historical maps, public")

# =============================================================================================
# confidentiality.insider-advantage (review)
# =============================================================================================
P(INS, "review", "Word to the wise: anyone with a unit on Marlwich industrial estate, renew your lease NOW before the council's rent review lands in April. Can't say more than that.",
  "uses advance knowledge of a rent review to advise tenants to act first", when=("2026-01-12", "2026-01-30"))
P(INS, "review", "Tip-off for my mate Gaz's removals firm: the council's tendering the house clearance contract next month and the spec's written for small firms. Get your paperwork in order, lad 👍",
  "tips off a friend about an unpublished tender", allowed=[POS])
P(INS, "review", "Buy now before the council announces the new car park at Tarnbridge station. Houses on Canal Street are going to fly. You didn't hear it from me 😉",
  "urges buying ahead of an unannounced council decision")
P(INS, "review", "Heads up to the traders: pitch fees are going up 15% in the budget. Not announced yet. Book your annual pitch this week at the old rate and thank me later.",
  "uses budget knowledge to help traders beat a price rise", when=("2026-01-12", "2026-02-13"))
P(INS, "review", "My daughter's been looking at a house on Flashes Lane. I've told her to hang fire — the council's about to declare that end a subsidence risk area and prices will drop 😬",
  "uses unannounced council information for a family member's advantage", allowed=[DIS])
P(INS, "review", "Little birdie (the one that sits in cabinet briefings 🐦) says Wimsmere car park goes free after 3pm from April. Café owners, you might want to plan your opening hours now.",
  "passes on a cabinet briefing before the announcement", allowed=[DIS], who="backbench", when=("2026-01-12", "2026-02-06"))
P(INS, "review", "Our kid's been after an allotment for ages. Told him to get his name down at Tattingley sharpish — the council's about to open the new site and it goes to the existing list first.",
  "uses advance knowledge for a brother's advantage")
P(INS, "review", "Anyone fancy a bargain? The council's selling off ex-fleet vans next month. I've seen the list. Message me and I'll tell you which ones are worth bidding on 🚐",
  "offers inside knowledge of a council sale", allowed=[POS], when=("2026-01-12", "2026-02-06"))
P(INS, "review", "You didn't hear it from me, but Marlwich pool is getting a big refurb. Swim clubs, get your block bookings in before the prices go up.",
  "tips off clubs about an unannounced refurb and price rise")
P(INS, "review", "Mate of mine runs a skip firm. Told him the council's going to stop commercial tipping at the recycling centre from May, so he's already sorted a deal with a Warrington tip. That's how you stay ahead!",
  "a friend's business advantaged by council knowledge")
P(INS, "review", "Just texted my brother — his garage on Marlwich Road wants to get some courtesy cars in, because the council's closing the road for resurfacing from 9 Feb. Not announced yet but it's happening.",
  "family advantage from unannounced roadworks", when=("2026-01-12", "2026-01-30"))
P(INS, "review", "Insider tip for anyone eyeing the empty shop on Pan Street: a town centre rates holiday is coming. Sign the lease now and you'll get a year free before everyone else cottons on.",
  "invites people to use an unannounced rates relief")
P(INS, "review", "Not announced yet, but farm diversification grants are coming in March. I've told the neighbours in Tattingley so they can get their plans drawn up before the rush 👍",
  "shares unannounced grant details with neighbours", when=("2026-01-12", "2026-02-20"))
P(INS, "review", "If you're a local builder, give me a call. The details of the new housing repairs framework aren't out yet, but I can tell you what they'll be looking for.",
  "offers unpublished tender details", allowed=[POS])
P(INS, "review", "Quick heads up to Dad's bowls club: the council's about to cut the green-keeping grant. Get your application in by Friday, before the cut's announced.",
  "family member's club advantaged by unannounced cut")
P(INS, "review", "Pub landlords of Tarnbridge: I've seen the draft and there's a clampdown on pavement tables coming from June. Fewer tables, earlier finish, and a much longer form. Renew your licences now while it's still the easy one and you'll be sorted for the summer before it bites. Trust me on this one, and maybe keep it off the pub WhatsApp 🍻",
  "draft policy knowledge used to help landlords get ahead", when=("2026-01-12", "2026-02-20"))
P(INS, "review", "Bit of inside knowledge: the Lock Festival stalls panel is short of food vendors this year. My cousin's getting her application in tonight — any other family who fancy it, give me a shout!",
  "family members advantaged by knowledge of a council panel")
P(INS, "review", "Told my son-in-law to put in for the caretaker job at Wimsmere Primary now, before the council even advertises it. He'll be first in the queue.",
  "family advantage in council recruitment", allowed=[POS])

N(INS, "Heads up: the council's rent review for Marlwich industrial estate is out for consultation now. Tenants, have your say by 20 Feb: example.org/rentreview",
  "published consultation", allowed=[INS], when=("2026-02-02", "2026-02-13"))
N(INS, "Word to the wise: Lock Festival stall bookings open today, first come first served. Everyone gets the same link 👇 example.org/lockfest-stalls",
  "public opportunity, open to all")
N(INS, "Tip of the week: bleed your radiators before you ring the repairs line. Saves you a wait and saves the plumbers a wasted trip.",
  "a household tip")
N(INS, "Buy now before the price goes up! Raffle tickets for the lifeboat are £1 until Friday, then £2. All for a good cause 🎟️",
  "'buy now' about a charity raffle")
N(INS, "Published this morning: the council's selling ex-fleet vans at public auction on 14 March. Catalogue and viewing times: example.net/fleet-auction",
  "a published public auction", allowed=[INS], when=("2026-02-23", "2026-03-06"))
N(INS, "You didn't hear it from me... because it was on the radio at 8am 😂 Marlwich pool refurb confirmed, doors reopen in the autumn.",
  "joke: the news is public", allowed=[INS], when=("2026-03-02", "2026-03-27"))
N(INS, "Someone asked if I'd 'put a word in' for their nephew's job application. No. Apply like everyone else — vacancies are at example.org/jobs.",
  "refuses to use influence", allowed=[POS])
N(INS, "Little birdie? No, a big fat press release: Wimsmere car park goes free after 3pm from April. Cafés, enjoy!",
  "the decision is published", allowed=[INS], when=("2026-03-02", "2026-03-27"))
N(INS, "Farm diversification grants are open from today — up to £20k. Tattingley and Wimsmere farmers, all the details are at example.org/farmgrants",
  "published grant scheme", when=("2026-03-02", "2026-03-27"))
N(INS, "Insider knowledge? All I know is what's on the agenda, and that's public. Pitch fees item at cabinet on the 10th — papers are out now.",
  "points to public agenda", allowed=[INS], when=("2026-03-02", "2026-03-09"))
N(INS, "House prices in Tarnbridge are up 6% on last year, according to the Chronicle. Great for sellers, tough for first-time buyers. We need more affordable homes.",
  "house prices from a newspaper")
N(INS, "Selling near the Flashes? The brine subsidence search is available from the council's land charges team, and your buyer's solicitor will want it. Order it as soon as you go on the market and it saves weeks later on. It's the same search for everyone, it costs the same for everyone, and the old salt maps behind it are public. Don't let anyone tell you there's a secret list.",
  "public guidance for sellers")
N(INS, "The housing repairs framework tender is live on the public portal. Local builders, please bid — we want local firms in the mix: example.org/tenders",
  "published tender", allowed=[INS])
N(INS, "My brother asked when the Marlwich Road resurfacing starts. Same answer as everyone gets: it's on the roadworks map, 9 February.",
  "public information given to family", allowed=[INS], when=("2026-02-02", "2026-02-06"))
N(INS, "Stock tip: never take stock tips from a councillor 😄 Ours is to shop local this weekend — Marlwich butchers are doing a belter on sausages.",
  "joke")
N(INS, "Bowls clubs: the last green-keeping grant round closes on Friday. Cabinet agreed the cut in public in December, so this really is the last one. Get in.",
  "published decision and deadline", allowed=[INS])
N(INS, "Pavement licence rules change in June. The consultation closed last week and the new policy's published here: example.org/pavement-licences. Pub landlords, have a read.",
  "published policy", when=("2026-03-02", "2026-03-27"))
N(INS, "Before it's announced at the AGM: I'm standing down as chair of Tarnbridge Swimmers after nine years. Thank you all 💙",
  "own personal news 'before it's announced'")

# =============================================================================================
# data-protection.personal-data (review for names with an address or postcode; block for
# identifiers, special category data, children, staff)
# =============================================================================================
P(DAT, "review", "Happy 100th birthday to Edna Platt of 14 Brook Row, Tattingley! 🎂 Card's on its way from all of us. What a lady.",
  "private individual's name with her address")
P(DAT, "review", "Spent an hour with Mr and Mrs Dobson at 7 Canal Terrace this afternoon looking at their damp. Grim. The landlord has been told in no uncertain terms.",
  "names residents with their address")
P(DAT, "review", "Congratulations to Alf and Mavis Hough, CW97 4QT, on 65 years married today! 💍 Blue sapphire? Platinum? Whatever it is, they've earned it.",
  "names with a postcode")
P(DAT, "review", "Well done to Keith Lunt of Moss Cottages, Ferry Lane, winner of this year's best-kept front garden in Sallowmoss 🌷",
  "names with an address")
P(DAT, "block", "Can everyone keep an eye out for Doreen Whalley (82) from Salt Row? She has dementia and keeps wandering down to the canal. Ring 999 if you see her on her own 🙏",
  "health (special category) with name, age and street")
P(DAT, "block", "Good news for Mr Tonge: his parking ticket (PCN BW26004417) has been cancelled after I took it up with the parking team.",
  "case reference with a name", allowed=[POS])
P(DAT, "block", "Mrs Okonjo's housing benefit claim (ref HB/775102) has been stuck for nine weeks now. Chased again today. This is no way to treat people.",
  "benefit case reference and a name")
P(DAT, "block", "The white van KX19 ZPT has been dumping rubble on Moss End Lane every Tuesday. The driver lives on Pennybrook Road — you know who you are.",
  "vehicle registration and where the driver lives", allowed=[DEF])
P(DAT, "block", "Bert Sutton, born 2 March 1931, our oldest Tarnbridge veteran, is looking for anyone who served with him in Aden. Share far and wide!",
  "date of birth with a name")
P(DAT, "block", "Found a little terrier on the towpath by Lock 9 this morning. Tag says ring Sandra 07700 900562 — Sandra, if you see this, he's safe at mine with a biscuit 🐶",
  "a private individual's phone number", extra=[SEC])
P(DAT, "block", "Sending love to Trevor Allcock from all at the bowls club — second round of chemo done at Leighton this week and he's in good spirits. Keep fighting, Trev 💪",
  "health (cancer treatment) of a named resident")
P(DAT, "block", "Well done to Year 5's Ruby Hesketh and Amelia Crank from Wimsmere Primary, who found £40 in the playground and handed it straight in! Honest lasses 👏",
  "named children with their school and year")
P(DAT, "block", "Get well soon to Dave on the Tarnbridge bin round — heard his back op didn't go to plan. The street misses you, Dave.",
  "a member of staff and his health")
P(DAT, "block", "Poor Jason Lythgoe from Canal Terrace was sectioned again last night. The family need support, not gossip.",
  "mental health (special category) of a named resident with street")
P(DAT, "block", "Pennybrook, heads up: the fella who's just moved into the flat above the Co-op on Brook Street did time for burglary. Lock your sheds.",
  "criminal record of an identifiable person", allowed=[DEF, BUL])
P(DAT, "block", "Want to join the Wimsmere speedwatch? Email Pat Hulme direct on pat.hulme62@example.com and she'll get you on the rota.",
  "a private individual's email address")
P(DAT, "block", "A warm Tarnbridge welcome to the Haidari family, who've just moved into Lock Street after fleeing Kabul. Mr Haidari was an interpreter for our forces and the kids start at St Mary's on Monday. Refugees doing their best after a nightmare few years — please make them feel at home, and if you've got a spare bike for a ten-year-old, let me know ❤️",
  "refugee status and origin (special category) with a street")
P(DAT, "block", "Visited Eric Bebbington at Ash Grove care home today. The council placed him there after his stroke, and his daughter is far from happy with how it's been handled — nobody told her he'd been moved until the day after, and he's still waiting for his speech therapy. Eric worked forty years at the salt works. He deserves better, and I'll be raising it with adult social care first thing.",
  "a service user's health and care placement")

N(DAT, "Surgery this Saturday, Sallowmoss Library, 10 till 12. Can't make it? Ring me on 07700 900418 or email cllr.kinsey@example.com",
  "the councillor's own published contact details", by="@TraceyKinseyPV")
N(DAT, "Caroline Ashworth MP joined us on the Flashes litter pick this morning. Thanks for getting stuck in, Caroline!",
  "a public office holder", allowed=[DAT])
N(DAT, "Inspector Lee Danby and his team have cut shed burglaries in Pennybrook by a third this winter. Thank you.",
  "a public office holder", allowed=[DAT])
N(DAT, "Get well soon to our Mayor, Margaret Leftwich, after her knee operation. Back on the chain before you know it!",
  "a councillor (public office holder)", allowed=[DAT])
N(DAT, "Rest in peace Frank Illidge, Mayor of Brinewich 1998–99, a true gentleman and Pennybrook through and through.",
  "a late former mayor", allowed=[DAT])
N(DAT, "Happy 100th to one of Tattingley's finest! 🎂 The family asked me not to name her — she'd hate the fuss — but she knows who she is.",
  "no name")
N(DAT, "Got a parking ticket you think is unfair? Bring it to my surgery and we'll look at an appeal together. Please don't post your PCN numbers online!",
  "no reference given")
N(DAT, "A resident on Canal Terrace has been waiting nine weeks for a damp repair. I've chased it and I'll keep chasing until it's done.",
  "a street but no name")
N(DAT, "Found: black lab with a red collar on the towpath near Lock 9. He's safe with me. Owner, please DM and describe him 🐕",
  "no owner details")
N(DAT, "Congratulations to Year 5 at Wimsmere Primary, who found £40 in the playground and handed it in. Honest lot!",
  "a class, no children named")
N(DAT, "Dementia-friendly café every Tuesday, 2–4pm at Tarnbridge Methodist hall. Carers very welcome. Tea's on them.",
  "health topic, no person")
N(DAT, "Norman from Pennybrook (he'll know who he is) — thanks for the flask of tea on the litter pick. Life saver ☕",
  "a first name only", allowed=[DAT])
N(DAT, "The council's switchboard is 01632 960100 and the out-of-hours line is 01632 960199. Pop them in your phone before the snow comes.",
  "the council's own numbers")
N(DAT, "Fly-tipping on Moss End Lane again. I've passed the photos to enforcement. No number plates on here — let them do their job properly.",
  "deliberately withholds identifiers")
N(DAT, "Welcome to everyone who's made Brinewich their home this year, wherever you've come from. The Welcome Café at St Anne's runs every Thursday from 10 — free tea, English conversation, help with forms, and the best flapjack in the borough. Volunteers always needed too, especially anyone who speaks Pashto, Arabic or Ukrainian. Pop in.",
  "no person identified")
N(DAT, "The refuse crews have been brilliant in this weather. Thank you to every one of them.",
  "staff in general")
N(DAT, "Brinewich Food Bank needs tins! Drop off at the Salvation Army hall on Pan Street, or ring the food bank line on 01632 960341.",
  "an organisation's number")
N(DAT, "Our new Youth Mayor is Priyanka, elected by young people across the borough. Brilliant speech about buses — the grown-ups should take notes.",
  "a young person in a public civic role", allowed=[DAT])

# =============================================================================================
# gifts.hospitality (advice; review when the giver seeks a council decision)
# =============================================================================================
P(GIF, "advice", "Thank you to Brinewich Chamber of Trade for the cracking hamper at their new year do. Tattingley cheese, proper pork pie and a bottle of port. Spoilt!",
  "a hamper from a business group; no decision sought", allowed=[HAS], when=("2026-01-12", "2026-01-23"))
P(GIF, "advice", "Someone's left a bottle of 25-year-old single malt on my doorstep with a card saying 'for all you do'. No name on it. Blimey. Whoever you are, thank you!",
  "an anonymous valuable gift to a councillor", allowed=[HAS])
P(GIF, "advice", "What a day at Chester Races as guests of Mersey Vale Freight in their hospitality box 🐎 Didn't back a single winner but the food was unreal.",
  "corporate hospitality from a local firm", allowed=[HAS])
P(GIF, "advice", "A very kind local businessman has lent me his cottage in Abersoch for the week of half term. Sea air here we come 🌊",
  "free use of a holiday home", when=("2026-01-12", "2026-02-12"))
P(GIF, "advice", "Honorary membership of Wimsmere Golf Club — very generous of the committee, thank you all. See you on the first tee ⛳",
  "honorary membership worth more than £100")
P(GIF, "advice", "Thanks to Cheshire Plain Engineering for having us on their table at the Vale Business Awards. Fab night, fab food, and the fizz was flowing 🥂",
  "an awards table from a firm", allowed=[HAS])
P(GIF, "review", "Vale Meadow Homes took a few of us out for a curry last night to talk through their Marlwich plans. Great naan, even better vision 👍 They've clearly listened about the school places and the junction, and the new layout keeps the footpath. Good to see a developer actually wanting to talk to councillors rather than hiding behind consultants.",
  "hospitality from a pending planning applicant", allowed=[PRE], who="notP")
P(GIF, "review", "Cheers to the Plainfield Biogas lads for the tour of their Shropshire plant and the slap-up lunch after. Impressive kit, and they know their onions.",
  "hospitality from a pending planning applicant", allowed=[PRE], who="notP")
P(GIF, "review", "Only gone and got VIP wristbands for Saltbeat off the organisers 🎶🎶 Can't wait for July!",
  "free tickets from a pending licence applicant", allowed=[PRE], who="notL")
P(GIF, "review", "The new landlord at the Packet Boat sent round a crate of their own ale for me and the ward team. Top bloke. Cheers!",
  "a gift from a pending licence applicant", allowed=[PRE, HAS], who="notL")
P(GIF, "review", "Lunch with Plainway Waste today, who are bidding for the bin contract. Lovely steak, lovely people, and they really get Brinewich.",
  "hospitality from a bidder for a council contract")
P(GIF, "review", "Canalside Living have invited me to their box at Anfield for the derby. Go on then, if you insist ⚽😄",
  "hospitality from a pending planning applicant", allowed=[PRE], who="notP")
P(GIF, "review", "Finally opened the Christmas hamper Bluewater Moorings sent round. Thanks guys, the chutney is outstanding!",
  "a gift from a pending planning applicant", allowed=[PRE], who="notP", when=("2026-01-12", "2026-01-16"))
P(GIF, "review", "Brinewich Motors did my MOT for free as a thank you for all my help. They're up for the council's fleet servicing contract, so fingers crossed for them!",
  "a free service from a firm bidding for a council contract", allowed=[POS])
P(GIF, "review", "Estuary Grid Storage flew a few of us down to see their battery site in Kent. Hotel was very plush. Came back much better informed!",
  "travel and hotel from a pending planning applicant", allowed=[PRE], who="notP")
P(GIF, "review", "Meresyde Lodges have offered me a free weekend in one of their lodges once they're built 😂 Better get building then, lads!",
  "an offer from a pending planning applicant, accepted in jest", allowed=[PRE], who="notP")
P(GIF, "review", "Thanks to Marlwich Mini Market for the bottle of fizz and the box of chocs. Very kind. Good luck with the licence!",
  "a gift from a pending licence applicant", allowed=[PRE, HAS], who="notL")
P(GIF, "review", "The lady who's after a pavement café licence on Lock Street hasn't let me pay for a brew all week. Lovely woman, lovely scones.",
  "hospitality from someone seeking a licence")

N(GIF, "Vale Meadow Homes offered to take the ward councillors out for dinner to talk about their Marlwich plans. I said no thanks. Happy to meet them at the town hall, in working hours, with officers in the room and a note taken — that's how it should be done while an application is live. I've put the offer on the register so there's a record.",
  "hospitality refused", allowed=[GIF], who="ward:Marlwich")
N(GIF, "Registered today: a table at the Vale Business Awards (£120) from Cheshire Plain Engineering. It's on the public register within the 28 days, as it should be.",
  "hospitality registered", allowed=[GIF])
N(GIF, "Sent the hamper back to Bluewater Moorings with a polite note. Kind thought, but no thank you while their application's live.",
  "a gift returned", allowed=[GIF], when=("2026-01-12", "2026-01-23"))
N(GIF, "Paid for my own ticket to the Lock Festival ball, before anyone asks 😄 £35, all to the lifeboat.",
  "paid for it")
N(GIF, "My mum's Christmas present finally fits: a hand-knitted jumper with a salt pan on the front. Peak Brinewich.",
  "a family gift", when=("2026-01-12", "2026-01-30"))
N(GIF, "Tea and a slice of Victoria sponge at Tattingley WI. If that's hospitality, lock me up 😂",
  "trivial refreshment at a community visit", allowed=[GIF])
N(GIF, "Free hot dogs for every child at the Wimsmere fun day, courtesy of the Rotary. Thank you!",
  "a gift to children, not to the councillor")
N(GIF, "Gifts from developers? Never. Reminder to all councillors: anything worth £100 or more goes on the register within 28 days, and so do significant offers you turn down.",
  "a reminder of the rule", allowed=[GIF])
N(GIF, "Got the round in for the Sallowmoss litter pickers at the Ferry Inn. Least I could do after three hours in the mud.",
  "the councillor giving, not receiving")
N(GIF, "The Saltbeat organisers offered councillors free tickets. I've declined and put the offer on the register. Simple.",
  "offer declined and registered", allowed=[GIF])
N(GIF, "Lovely flowers from a resident whose ceiling I helped get fixed. I've passed them on to the care home on Brook Road, where they'll be enjoyed far more 💐",
  "a small thank-you passed on", allowed=[GIF])
N(GIF, "Mayor's charity dinner on Friday: I've paid for my own table. £40 a head, every penny to the hospice.",
  "paid for it")
N(GIF, "Plainway Waste gave their presentation at the bidders' open day in the council chamber. Water and a biro were provided. By us. That's it.",
  "contact with a bidder, no hospitality", allowed=[GIF])
N(GIF, "Canalside Living's drop-in on the warehouse plans is at Tarnbridge library on Thursday. Go along, ask questions, tell them what you think.",
  "public consultation event")
N(GIF, "Gifted! My grandson drew me a picture of the Tarnbridge lock flight. It's going straight on the fridge.",
  "a family gift")
N(GIF, "Declined the invitation to Estuary Grid Storage's site visit in Kent while their application's live. I'll read the public documents instead.",
  "hospitality declined", allowed=[GIF])
N(GIF, "A bottle of red from my neighbour for feeding her cats while she was away. No need to register that one, Monitoring Officer 😄",
  "a private gift unrelated to the role", allowed=[GIF])
N(GIF, "Had a cup of tea at Marlwich Mini Market while I looked at the bins out the back after a complaint. Registered? No. It was a cup of tea.",
  "trivial refreshment during casework at an applicant's shop", allowed=[GIF])

# =============================================================================================
# interests.declared-interest (review; positives by the holder, about a council matter)
# =============================================================================================
P(INT, "review", "Good to see the council's gritting salt is coming from Marlwich again this winter. Marlwich rock is the best there is, and that contract should stay with the mine for years to come.",
  "the holder (shareholder) backs the council's contract with the mine", by="@HowardVernonSCA", interest="Marlwich Rock Salt Ltd")
P(INT, "review", "The mine lorries on Marlwich Road are being unfairly blamed for the potholes. I'll be opposing any HGV weight limit when it comes to cabinet — it would cripple the salt works.",
  "the holder opposes a council restriction affecting the mine", by="@HowardVernonSCA", interest="Marlwich Rock Salt Ltd")
P(INT, "review", "The moorings fees review has to give clubs like ours a fair deal. We've kept that basin tidy for forty years without a penny from anyone.",
  "the holder speaks for her club on a council fees review", by="@BethanOultonTL", interest="Tarnbridge Cruising Club")
P(INT, "review", "I'll be pushing at budget council for the towpath money to start with the stretch by the cruising club slipway. It's the busiest bit of the Cut and it's falling apart.",
  "the holder steers a council budget towards her club's stretch", by="@BethanOultonTL", interest="Tarnbridge Cruising Club", when=("2026-01-12", "2026-02-25"))
P(INT, "review", "The Local Plan's new housing site next to Tattingley Hall should go ahead. The village needs homes and that land is ready to go tomorrow.",
  "the holder backs an allocation on or next to his land", allowed=[POS], by="@EwanMoretonInd", interest="Tattingley Hall Farm")
P(INT, "review", "The council should drop its plan to charge for repairs to the Tattingley farm track. The fields on both sides are ours and we've looked after that track for years — filled the holes, cut the hedges, pulled out more stuck delivery vans than I can count. It's a public right of way. Charging the farms that keep it open is daft and I'll be saying so when it comes up.",
  "the holder argues a council charge affecting his land", by="@EwanMoretonInd", interest="Tattingley Hall Farm")
P(INT, "review", "So proud that the new school meals contract will use local milk from the Plain Dairy co-op 🥛 Best milk in England, and I'll fight anyone who says otherwise!",
  "the holder (a director) celebrates a council contract for her co-op", by="@RosWilbraham", interest="Plain Dairy Co-operative")
P(INT, "review", "The council's draft marsh management plan bans shooting on the outer marsh. I'll be opposing it. The wildfowlers have looked after that marsh for a hundred years.",
  "the holder (secretary) opposes a council plan affecting his association", by="@LiamGriceMoss", interest="Sallowmoss Wildfowlers' Association")
P(INT, "review", "The heritage grant for the Salt Museum must be restored in this year's budget. Our volunteers have kept the place going on fresh air and they deserve better.",
  "the holder (a trustee) argues for a council grant to the museum", by="@MayorMargaretL", interest="Brinewich Salt Museum Trust", when=("2026-01-12", "2026-02-25"))
P(INT, "review", "The council should hand our residents' association the lease on the old rent office for a peppercorn. We've earned it ten times over.",
  "the holder (chair) seeks a council lease for her association", by="@ShireenBhattiPV", interest="Flashes Tenants' and Residents' Association")
P(INT, "review", "Pleased the council's new small business advice scheme is going to use local accountancy firms. Local firms like mine know Brinewich businesses inside out.",
  "the holder (a partner) welcomes a scheme his firm could benefit from", by="@TonyBeckettBC", interest="Beckett & Daughters Accountants")
P(INT, "review", "The community buildings fund has to put Pennybrook Community Centre's roof first. It leaks on the toddler group every time it rains. I'll be making the case at cabinet.",
  "the holder (chair) lobbies for a council grant to his centre", by="@ColinBostockRP", interest="Pennybrook Community Centre", when=("2026-01-12", "2026-03-09"))
P(INT, "review", "Taxi licence fees going up 20%?! Drivers like us can't take another hit. I'll be speaking against it at full council, count on it.",
  "the holder (his wife is a cab firm director) opposes a fee rise", by="@DarrenHicksonPV", interest="Vale Cabs Ltd", when=("2026-01-12", "2026-02-25"))
P(INT, "review", "Closing Market Street to traffic on market days is a no-brainer. Traders like us lose a fortune every week when cars park across the pitches. I'll be backing it.",
  "the holder (a trader) backs a council closure benefiting traders", by="@JanetFaulknerRP", interest="Brinewich Market Traders' Association")
P(INT, "review", "This year's sports grants should go to clubs that keep kids off the streets, and Estuary ABC is the obvious choice. I'll be backing their bid all the way 🥊",
  "the holder (a trustee) backs his club's bid for a council grant", by="@OmarHaddadPV", interest="Estuary Amateur Boxing Club")
P(INT, "review", "The proposed 100% council tax premium on holiday lets in Tarnbridge is a mistake. It'll hit small owners hard — I know that from experience.",
  "the holder (owns a holiday let) opposes a tax premium", by="@JoelStrettonGreen", interest="Lockside Cottage, Tarnbridge")
P(INT, "review", "Delighted the village hall's on the shortlist for the rural halls grant! I'll be speaking up loud and clear for our hall when it goes to cabinet.",
  "the holder (a trustee) lobbies for a council grant", by="@FernAppletonGreen", interest="Wimsmere Village Hall")
P(INT, "review", "The council's response to the works expansion consultation should be a big fat yes. 400 jobs for Sallowmoss, apprenticeships for our young people, and money going into the chip shops and the pubs on Ferry Lane. I know from the inside how safe that plant is and how seriously it takes the estuary. Anyone scaremongering about it should come and see for themselves.",
  "the holder (an employee) pushes the council's response on his employer's expansion", by="@KieranMasseyPB", interest="Mersey Estuary Chemicals Ltd")

N(INT, "Good to see the council's buying its gritting salt from Marlwich again. Local jobs and much shorter lorry trips.",
  "the same matter from a non-holder", allowed=[INT])
N(INT, "The council's draft marsh management plan is out, and I'm supporting the no-shooting zone on the outer marsh. The birds need somewhere to rest.",
  "the same matter from a non-holder", allowed=[INT])
N(INT, "The holiday let premium is a fair way to bring homes back into use for local families. I'll be supporting it.",
  "the same matter from a non-holder", allowed=[INT])
N(INT, "I hold shares in Marlwich Rock Salt (it's on my register — I managed the mine for twenty years), so I declared and left the room when the gritting contract came up at scrutiny. Colleagues decided it without me, which is exactly as it should be. Had a few messages asking why I went quiet on it. That's why.",
  "the holder declaring and stepping out", allowed=[INT], by="@HowardVernonSCA")
N(INT, "Declared my interest as chair of Pennybrook Community Centre at cabinet last night and sat in the public gallery for that item. Rules are rules.",
  "the holder declaring", allowed=[INT], by="@ColinBostockRP", when="2026-03-11")
N(INT, "As a market trader myself I've got an interest in the Market Street closure, so I've asked the Monitoring Officer for advice before I say anything more.",
  "the holder seeking advice", allowed=[INT], by="@JanetFaulknerRP")
N(INT, "I'm a trustee of Estuary ABC, so I'm staying out of the sports grants debate entirely. Good luck to every club that's applied.",
  "the holder stepping back", allowed=[INT], by="@OmarHaddadPV")
N(INT, "I work at the Sallowmoss works, so I won't be taking part in the council's response on the expansion. It's on my register of interests for anyone who wants to check.",
  "the holder stepping back", allowed=[INT], by="@KieranMasseyPB")
N(INT, "The Monitoring Officer has granted me a dispensation to speak (but not vote) on the moorings review as a cruising club committee member. It's published on the council website.",
  "the holder citing a published dispensation", allowed=[INT], by="@BethanOultonTL")
N(INT, "Cruising club work party on Saturday — we're painting the basin railings. Bacon barms provided, bring a brush ⚓",
  "the holder on club business, no council matter", by="@narrowboat_beth")
N(INT, "Dawn on the marsh with the wildfowlers' pup training group. Mine has finally learned to sit. Mostly.",
  "the holder's hobby, no council matter", by="@LiamGriceMoss")
N(INT, "Calving season at Tattingley Hall. Three heifer calves overnight, all up and sucking. Good girls 🐄",
  "the holder's farm, no council matter", by="@moreton_milkers")
N(INT, "The Salt Museum's new exhibition on the old wild brine pumpers opens Saturday. I'm volunteering on the door, so come and say hello!",
  "the holder volunteering, no council matter", by="@MayorMargaretL")
N(INT, "Estuary ABC's lads and lasses brought home three golds from the regional champs in Warrington! 🥊 Proud is an understatement.",
  "the holder's club, no council matter", by="@OmarHaddadPV")
N(INT, "The wife's cab firm is doing free lifts to the vaccine clinic for over-80s again this month. Proud of her.",
  "the holder's family firm, no council matter", by="@DarrenHicksonPV")
N(INT, "Flashes Tenants' and Residents' Association bingo was a riot last night. £212 raised for the summer trip!",
  "the holder's association, no council matter", by="@ShireenBhattiPV")
N(INT, "The community buildings fund is open again — Pennybrook Community Centre, Wimsmere Village Hall and plenty of others are bidding. Good luck, all.",
  "a non-holder on the fund", allowed=[INT])
N(INT, "Self-assessment deadline is Saturday! Not a plug for anyone's firm — HMRC's own helpline is the place to start if you're stuck.",
  "the holder (an accountant) on tax returns, no council matter", by="@TonyBeckettBC", when=("2026-01-26", "2026-01-30"))

# =============================================================================================
# officers.impartiality (review)
# =============================================================================================
P(OFF, "review", "Craig Whitfield's report on the Marlwich housing scheme is biased and he knows it. Rewrite it, Craig.",
  "accuses a named officer of bias and demands a rewrite", allowed=[ATT, PRE], who="notP")
P(OFF, "review", "Have a word with your team, Alison. That recommendation on the marina needs to change before it goes to committee, or there'll be trouble.",
  "presses the Head of Planning to change advice", allowed=[BUL, PRE], who="notP", when=("2026-01-26", "2026-03-27"))
P(OFF, "review", "Funny how the s151 officer has suddenly found £2m for the Leader's pet project. The numbers always seem to work out for cabinet, don't they?",
  "questions the finance officer's neutrality", allowed=[DEF], who="opp")
P(OFF, "review", "Our Monitoring Officer was appointed under this administration and it shows. Every single ruling goes their way.",
  "questions the Monitoring Officer's neutrality", allowed=[DEF], who="opp")
P(OFF, "review", "Sophie in comms clearly writes the press releases for the ruling party now. Political spin, paid for by you.",
  "accuses a named officer of political bias", allowed=[DEF], who="opp")
P(OFF, "review", "I've asked Gareth Lowndes to 'find a reason' to refuse the Packet Boat's late hours. Licensing officers should be listening to residents, not landlords.",
  "presses the Licensing Manager towards a recommendation", allowed=[PRE], who="notL")
P(OFF, "review", "Mark Shufflebotham needs to go. The bin service has been a shambles from the day he walked in.",
  "publicly demands a named officer's removal", allowed=[ATT])
P(OFF, "review", "I've told the planning officer his recommendation is wrong, and I expect it changed before committee. Simple as.",
  "presses an officer (by role) to change advice", who="notP")
P(OFF, "review", "Someone should ask why Kelly Sumner keeps moving certain families up the housing list. Who's related to who, I wonder?",
  "insinuates a named officer is partial", allowed=[DEF])
P(OFF, "review", "The highways engineer who signed off the Marlwich Road junction should be embarrassed. Worst junction in Cheshire, and I'd tell him so to his face.",
  "criticises an identifiable officer by role", allowed=[ATT])
P(OFF, "review", "Officers have been told by the Leader what to write in the budget report. I've seen it with my own eyes. Independent advice? Don't make me laugh.",
  "questions officers' political neutrality", allowed=[DEF], who="opp")
P(OFF, "review", "Message to the Chief Executive: you work for all of us, not just the Salt and Canal lot. Start acting like it.",
  "questions the Chief Executive's neutrality", who="opp")
P(OFF, "review", "Peter Arden is refusing every new shopfront in Brinewich because he personally hates modern signs. The chippy, the barber's, the new phone shop — all knocked back. Meanwhile half of Salt Quay is boarded up. Time for a fresh pair of eyes in conservation, and I'll be saying that to the Chief Exec's face.",
  "criticises a named officer and calls for his replacement", allowed=[ATT])
P(OFF, "review", "Democratic Services seem to 'lose' every opposition motion somehow. Yvonne Clutton, care to explain?",
  "insinuates a named officer is partial", allowed=[DEF], who="opp")
P(OFF, "review", "Whoever wrote the officer report on the battery site has clearly been got at by the applicant. Every single objection waved away. Shameful.",
  "alleges an officer report is bought", allowed=[DEF, PRE], who="notP")
P(OFF, "review", "Just emailed Rajesh to say the budget report should show our amendment as affordable. He can make the numbers work if he wants to.",
  "presses the s151 officer to change his advice", who="party:PV", when=("2026-01-12", "2026-02-20"))
P(OFF, "review", "Tomorrow I'll be asking the Head of Planning to personally withdraw her team's support for the Wharf Street flats. Enough is enough.",
  "presses the Head of Planning to withdraw advice", allowed=[PRE], who="notP", when=("2026-01-26", "2026-03-27"))
P(OFF, "review", "Funny how the licensing team always seem to side with the pubs owned by a certain councillor's mates. Just saying 🤔",
  "insinuates the licensing officers are partial", allowed=[DEF, TON], who="notL")

N(OFF, "Huge thanks to Mark Shufflebotham and the waste crews for getting the bins out through the snow. Proper grafters.",
  "thanks a named officer", allowed=[OFF])
N(OFF, "Welcome to Alison Tomkinson, our new Head of Planning! Looking forward to working with you.",
  "welcomes a named officer", allowed=[OFF], when=("2026-01-12", "2026-01-16"))
N(OFF, "Asked at committee why the affordable housing on the Marlwich scheme is only 20%. The answer (viability) was clear, and I'll read the appraisal again before we decide.",
  "questions an officer to understand the advice", allowed=[OFF], who="P", when="2026-01-22")
N(OFF, "Defending our officers: the abuse the planning team got on a Tarnbridge Facebook page this week was disgraceful. They give professional advice based on the law and the Local Plan; councillors decide. If you don't like a decision, aim your fire at us — that's what we're elected for. Officers can't answer back on social media, so don't make them the target.",
  "defends officers", allowed=[OFF])
N(OFF, "Whose side is the council on? Not the bus passengers', judging by cabinet's cuts. Scrutiny call-in is on Thursday.",
  "criticises cabinet (members), not officers", who="opp", when=("2026-02-09", "2026-02-11"))
N(OFF, "Cabinet's new planning policy is wrong and I'll keep saying so until it changes. That's politics.",
  "criticises members' policy", who="opp")
N(OFF, "Read the officer report on the marina moorings: 84 pages, clear and balanced. Worth your time before you comment.",
  "praises an officer report", allowed=[OFF])
N(OFF, "Caroline Ashworth MP has written to the rail operator about Tarnbridge station. Good. Now let's see a reply.",
  "a public office holder")
N(OFF, "Farewell to Rajesh Mistry, who retires as our Director of Finance today after 22 years. A true public servant. Enjoy the allotment, Rajesh!",
  "thanks a named officer", allowed=[OFF], when="2026-03-27")
N(OFF, "Asked the licensing team how residents can make a representation on a late licence. Here's the guide they sent me: example.org/licensing-reps",
  "passes on officers' guidance", allowed=[OFF])
N(OFF, "The Leader should stop hiding behind officers and take responsibility for the bins fiasco herself.",
  "targets the Leader, not officers", allowed=[OFF], who="opp")
N(OFF, "Officer advice at planning last night was that the scheme complies with policy. I disagreed with the advice, said so, and voted accordingly. But it was given properly.",
  "disagrees with advice while respecting it", allowed=[OFF], who="P", when="2026-02-19")
N(OFF, "Sophie and the comms team have put together a brilliant guide to the new bin days. Share it far and wide!",
  "praises named officers", allowed=[OFF])
N(OFF, "The Monitoring Officer gave a really clear session on the code of conduct yesterday. Every councillor should go to the next one.",
  "praises an officer", allowed=[OFF])
N(OFF, "Shout out to Kelly in housing, who found emergency accommodation for a family at 4pm on a Friday. Above and beyond.",
  "thanks a named officer", allowed=[OFF])
N(OFF, "I don't agree with the conservation team's line on uPVC windows at Salt Quay, so I've asked for the policy to go back to cabinet. Policy is for members to change, not officers.",
  "seeks a policy change through members", allowed=[OFF])
N(OFF, "The Chief Executive, Nicholas Pownall, has confirmed there'll be no compulsory redundancies this year. Good news for staff.",
  "reports a named officer's statement", allowed=[OFF])
N(OFF, "Whose side are they on? The police, that is. No patrols in Pennybrook for a fortnight. Writing to Inspector Danby today.",
  "criticises the police, not council officers")

# =============================================================================================
# position.improper-advantage (review)
# =============================================================================================
P(POS, "review", "As your councillor I can fast-track your planning application. Just drop me a message and I'll see what I can do 👍",
  "offers to fast-track through the role")
P(POS, "review", "Need a roofer? Use my son's firm, Pennybrook Roofing. I'll make sure the council's repairs team knows he comes recommended by me.",
  "promotes a family business and offers to lean on council staff", allowed=[OFF])
P(POS, "review", "Anyone struggling to get a council house, DM me. I know the right people in housing and I can get you moved up the list.",
  "offers to use influence over housing allocation", allowed=[OFF])
P(POS, "review", "Parking ticket? Send it my way and I'll get it quashed. Perks of the job 😉",
  "offers to get tickets cancelled")
P(POS, "review", "Promo time! My daughter's new cake shop on Market Street is open 🎂 And I've had a word, so the street wardens won't bother her about the A-board.",
  "promotes a family business and a favour from council staff", allowed=[OFF])
P(POS, "review", "If your skip permit's taking ages, ping me. I'll get the highways lads to sign it off today.",
  "offers to jump the queue through the role")
P(POS, "review", "Councillor perk: I've sorted a reserved space at the station car park for my mate who does the school run. Sorry not sorry.",
  "boasts of securing a favour for a friend")
P(POS, "review", "Brinewich Motors are the best garage in the borough, and I'll be telling the fleet team so when the servicing contract comes up. They've done my car for twenty years, never once ripped me off, and they train local lads. Full disclosure: my nephew works there. But that's not why — they're just good, and the council should use them.",
  "promotes a connected business for a council contract", allowed=[OFF])
P(POS, "review", "Want your road gritted first? Vote for me in May and I'll make sure your street's on the priority route 😂",
  "offers a council service favour for votes", allowed=[TON])
P(POS, "review", "Jobs going at the Sallowmoss works! I can put a word in with the HR manager for anyone in my ward who fancies it.",
  "offers to use influence for jobs")
P(POS, "review", "Friends of mine are running a bar at Saltbeat this summer, so I've told the events team to give them the best pitch on the field.",
  "uses the role to favour friends", allowed=[PRE, OFF])
P(POS, "review", "Coming to a wedding at the town hall on Saturday? Tell the car park attendant you're with me and you won't pay a penny.",
  "offers free parking through the role")
P(POS, "review", "My wife's holiday cottage in Wimsmere is now taking bookings! And any council staff coming for the conference get 10% off if they mention my name 😉",
  "promotes a connected business using the role", who="man")
P(POS, "review", "Got a school appeal coming up? I sit on the panel sometimes — message me before your hearing and I'll tell you exactly what to say.",
  "offers to coach appellants before a quasi-judicial panel he sits on", allowed=[PRE])
P(POS, "review", "Want your verge cut before the rest of the street? Just tag me and I'll have a quiet word at the depot.",
  "offers preferential service")
P(POS, "review", "I've asked the licensing team to go easy on the Lock Tavern. The landlord's a good friend and he's had a tough year.",
  "seeks a favour for a friend through the role", allowed=[OFF], who="notL")
P(POS, "review", "If the council tax lot are chasing you, ring me first. I can make it go away for friends of the Ratepayers 😉",
  "offers to make council debts go away for party supporters", who="party:RP")
P(POS, "review", "Dad's care home place came through in a week — it helps when your son's on the council! Thanks to all involved 🙏",
  "boasts of using the role for a parent", allowed=[DAT], who="man")

N(POS, "As your councillor I can't fast-track anything — nobody can — but I can make sure your complaint gets a proper answer. Email me.",
  "disclaims any fast-track", allowed=[POS])
N(POS, "Fast-track broadband is finally coming to Tattingley! The engineers say April. About time 📶",
  "'fast-track' about broadband")
N(POS, "Who you know shouldn't matter in housing. I get messages every week asking if I can 'get someone moved up the list'. I can't, and I wouldn't. Everyone's assessed on need, by the same rules. What I can do is help you check your banding is right, and if you think you've been assessed wrongly, I'll help you ask for a review. Drop me a line.",
  "explains fair process", allowed=[POS])
N(POS, "Got a parking ticket you think is unfair? Here's how to appeal it yourself: example.org/pcn-appeal. I can't get tickets cancelled and neither can any other councillor.",
  "refuses favours, points to public process", allowed=[POS])
N(POS, "Shop local! The new bakery on Lock Street is gorgeous. No connection whatsoever, I just love a custard slice.",
  "praises a business with no connection")
N(POS, "My son's started his own roofing business. Proud dad moment. He won't be doing any council work while I'm a councillor, before anyone asks.",
  "mentions a family business and rules out council work", allowed=[POS], who="man")
N(POS, "Skip permits now take three working days online: example.org/skips. I've asked highways to publish the waiting times so everyone can see.",
  "public process")
N(POS, "Family first this weekend — it's Mum's 80th in Marlwich 🎉",
  "family news")
N(POS, "Had a call asking if I could get a neighbour's hedge cut by the council 'as a favour'. Sorry, it's private land. Here's who to contact about overhanging hedges.",
  "refuses a favour", allowed=[POS])
N(POS, "The council's apprenticeships are open to everyone aged 16 to 24: example.org/apprentices. No strings, no favours — just apply!",
  "public opportunity")
N(POS, "Reported the potholes on Pennybrook Road through the same app as everyone else. Fixed in six days. It does work!",
  "uses the public route")
N(POS, "My wife runs the florist on the High Street. She turned down the Mayor's Ball flowers to avoid any question of favouritism. Honest to a fault, that one.",
  "a connected business kept away from council work", allowed=[POS], who="man")
N(POS, "No, councillors don't get free parking at the station, whatever the Tarnbridge Facebook group says. I pay like everyone else.",
  "rebuts a claim of perks")
N(POS, "The grass cutting schedule for the whole borough is on the website. Pennybrook's verges are in week three.",
  "public schedule")
N(POS, "A resident offered me 'a drink' if I'd sort their planning. I've reported it to the Monitoring Officer. Please don't do that.",
  "refuses an inducement", allowed=[POS, GIF])
N(POS, "Best garage in Brinewich? Ask the Facebook group, not me. I don't recommend businesses as a councillor.",
  "declines to promote businesses")
N(POS, "Jobs fair at the town hall on Thursday: the Sallowmoss works, the canal trust, the NHS and loads more. Bring your CV!",
  "a public jobs fair")
N(POS, "Yes, I help people with council tax arrears — by pointing them to the hardship fund and Citizens Advice, same as I'd do for anyone.",
  "fair help", allowed=[POS])

# =============================================================================================
# predetermination.closed-mind (block when a pending matter is named; review otherwise)
# =============================================================================================
P(PRE, "block", "The Brine Pit Lane estate will never be approved while I'm on planning. 140 houses on a flood plain? No chance. I've stood in that field in February with the water over my wellies. The developers can send as many consultants as they like — I've made my mind up, and so has everyone in Marlwich I've spoken to.",
  "committee member; names the site of 25/0871/FUL", who="P")
P(PRE, "block", "I've made up my mind on 25/0913/FUL. A biogas plant at Yewtree Farm is a stink waiting to happen. I'm voting no.",
  "committee member; names the reference and site", who="P")
P(PRE, "block", "Whatever the officers say, Canalside Living's warehouse flats are getting a no from me. Tarnbridge doesn't need another bar.",
  "committee member; names the applicant", allowed=[OFF], who="P")
P(PRE, "block", "The battery farm on Sallowmoss Marsh must be refused. I've read enough and I won't be persuaded otherwise.",
  "committee member; names the site of 26/0012/FUL", who="P")
P(PRE, "block", "A Bean Street Coffee drive-thru on Flashes Lane? Over my dead body. I'll be voting it down at committee.",
  "committee member; names the applicant and site", who="P")
P(PRE, "block", "Meresyde Lodges is a great scheme and I'll be voting for it whatever the objectors say. Wimsmere needs the visitors!",
  "committee member; settled view in favour; names the applicant", who="P")
P(PRE, "block", "Moss End Recycling can save its breath. That tip is not happening, not on my watch.",
  "committee member; names the applicant", who="P")
P(PRE, "block", "The Packet Boat wants to stay open till 2am? Not a chance. I'll be voting no on that licence. Lock Street deserves a night's sleep.",
  "licensing member; names the premises", who="L")
P(PRE, "block", "Saltbeat is getting its licence. I'm voting yes no matter what the police say. Bring on July 🎶☀️",
  "licensing member; settled view in favour; names the event", who="L")
P(PRE, "block", "Rocky's wants to sell booze till 2am next to a primary school? Absolutely not. My decision's made.",
  "licensing member; names the premises by the name it is known by", who="L")
P(PRE, "block", "Bluewater Moorings' plan for 60 houseboats at Tarnbridge Marina will be thrown out. I've seen enough, thanks.",
  "committee member; names the applicant and site", who="P")
P(PRE, "block", "The Old Boiling House conversion is a fantastic scheme and it's getting my vote, end of. Heritage bars are the future of Brinewich.",
  "committee member; settled view in favour on a listed building consent", who="P")
P(PRE, "review", "That rumoured McDonald's on the retail park? Not happening. I'll vote against the second it comes to committee.",
  "committee member; an expected application not on the register", who="P")
P(PRE, "review", "Any taxi driver caught smoking in his cab at the review next week is losing his badge, simple as. I've decided.",
  "licensing member prejudging a driver review", who="L")
P(PRE, "review", "The appeal on the Tattingley barn conversion should be thrown out, and the inspector should know I won't change my mind on it.",
  "committee member with a closed mind on a planning appeal", who="P")
P(PRE, "review", "That street trading consent for the burger van in Pennybrook park? Refused, as far as I'm concerned. Don't waste the committee's time.",
  "licensing member prejudging a consent", who="L")
P(PRE, "review", "I'm told a scrapyard application is coming in for the old brickworks at Marlwich. My answer's already no.",
  "committee member prejudging an expected application", who="P")
P(PRE, "review", "To whoever's applying for a late bar licence at the old bank on Market Street: I'm backing you 100%. It'll sail through with my vote.",
  "licensing member promising a vote in favour", who="L")

N(PRE, "I've had a lot of messages about the Brine Pit Lane scheme. I do have real concerns about traffic on Marlwich Road and about flooding at the bottom of the field, and I'll be asking about both. But I sit on the planning committee, so I'll listen to all the evidence — the objectors, the applicant, the highways and drainage advice — before I make up my mind. Please do send your comments in.",
  "predisposition with an open mind", allowed=[PRE], who="P")
N(PRE, "I'm not on the planning committee, so I'm free to say it: as Tattingley's councillor I object to the Yewtree Farm biogas plant, and I've sent in my objection.",
  "ward member not on the committee", allowed=[PRE], by="@EwanMoretonInd")
N(PRE, "Not on planning, so I can campaign: I'm supporting Meresyde Lodges' application and I've written in to say so. Wimsmere's cafés need the trade.",
  "ward member not on the committee", allowed=[PRE], by="@StuCraggWims")
N(PRE, "Sallowmoss folk: I'm not on the planning committee, and I've objected to the battery storage plan on the marsh. Objections close 6 Feb — here's how to send yours.",
  "ward member not on the committee", allowed=[PRE], by="@TraceyKinseyPV", when=("2026-01-12", "2026-02-05"))
N(PRE, "Committee refused the Pennybrook phone mast last night. I voted against, for the reasons set out in the minutes.",
  "a decision already made", allowed=[PRE], who="P", when="2026-02-19")
N(PRE, "My mind's made up: Marlwich chippy does the best fish in Cheshire. Fight me 🐟",
  "phrase only")
N(PRE, "Never again will I trust the weather app. Soaked to the skin on the towpath.",
  "phrase only")
N(PRE, "I've made my mind up on the Local Plan: the green belt at Wimsmere should stay green. I'll vote to amend the draft at full council.",
  "policy, not a quasi-judicial decision", allowed=[PRE])
N(PRE, "I'll be going into the Packet Boat hearing with an open mind. If you live on Lock Street, get your representation in by the deadline so we hear your side.",
  "licensing member, open mind", allowed=[PRE], who="L")
N(PRE, "Refused! The Lock Festival committee have refused to let the weather win — it's going ahead in the marquee 🎪",
  "phrase only")
N(PRE, "'Whatever the officers say' — said no good councillor ever. Listen to the advice, then decide. Great new members' training session today.",
  "phrase only")
N(PRE, "People keep asking what I think of the Marlwich late shop licence. I sit on licensing, so I won't say until I've heard the evidence at the hearing. That's how it works.",
  "licensing member keeps an open mind", allowed=[PRE], who="L")
N(PRE, "I'm predisposed to like anything that brings the Old Boiling House back into use — but predisposed isn't predetermined. I'll weigh the heritage evidence at committee.",
  "predisposition, expressly open", allowed=[PRE], who="P")
N(PRE, "Dead in the water: the county's Marlwich bypass has no money behind it. Cabinet should say so.",
  "policy")
N(PRE, "The Wharf Street warehouse plans are on the council website. Have your say before 13 Feb: example.org/planning",
  "neutral signposting of a pending application", allowed=[PRE], when=("2026-01-12", "2026-02-12"))
N(PRE, "I don't sit on licensing. Speaking as a Pennybrook resident, I hope Saltbeat gets its licence — it's a great weekend for the town.",
  "member not on the deciding committee", allowed=[PRE], by="@ColinBostockRP")
N(PRE, "Veto? I haven't got a veto. Planning committee decides applications on planning grounds, not on likes. Send your comments to the case officer.",
  "explains the process")
N(PRE, "Our family's mind is made up: the dog is NOT sleeping on the bed. (He is sleeping on the bed.)",
  "phrase only")

# =============================================================================================
# resources.political-use (review)
# =============================================================================================
P(RES, "review", "Sending this from my council laptop between meetings: vote People's Vale on 7 May! Every vote counts in Sallowmoss.",
  "party campaigning from council equipment", who="party:PV ward:Sallowmoss")
P(RES, "review", "Our new Salt and Canal Alliance leaflet is printed! Cheers to the town hall print room for the rush job 👍",
  "party leaflet printed by the council's print room", allowed=[OFF], who="party:SCA")
P(RES, "review", "Campaign meeting for Ratepayers supporters tonight in Committee Room 2 at the town hall, 6pm. All welcome, tea provided!",
  "a council room used for a party campaign meeting", who="party:RP", hrs=(8, 16))
P(RES, "review", "Want to help with our Green campaign in Wimsmere? Email me on my council address and I'll add you to the canvassing rota 🌿",
  "council email used to organise party canvassing", who="party:GRN ward:Wimsmere")
P(RES, "review", "Big thanks to the council's comms team for designing our party's election poster. Looks ace!",
  "council staff time used for party material", allowed=[OFF], who="party:SCA")
P(RES, "review", "Used the council's franking machine for our by-election letters. Saves the party a fortune 💷",
  "council equipment used for party mail")
P(RES, "review", "The council crest is going on our Salt and Canal newsletter this time. People trust it more.",
  "council logo on party material", who="party:SCA")
P(RES, "review", "Got the ward support officer to pull together a list of everyone who complained about bins last year, so we can target them with our leaflet. Hundreds of names! If you're on it, expect a knock from the team before May. They're our natural voters — they know the administration has made a mess of the bins and they want change.",
  "council data and staff used for party targeting", allowed=[DAT, OFF])
P(RES, "review", "Filming my campaign video in the council chamber after hours 🎬 The Mayor's chair makes a cracking backdrop.",
  "council chamber used for a campaign video")
P(RES, "review", "The council van's free this weekend, so we're using it to drop off our party's garden posters. Efficient!",
  "council vehicle used for party campaigning")
P(RES, "review", "Printing the People's Vale petition on the members' room printer. It's for the residents, so it counts, right? 😇",
  "council printer used for party material", who="party:PV")
P(RES, "review", "Thanks to the Brinewich BC social media team for sharing our party's survey on the council page. Reach was massive!",
  "council channels and staff used for party survey", allowed=[OFF])
P(RES, "review", "Canvassing sheets for Sallowmoss drawn up from the council's housing records. Knowing who's in arrears helps target the message.",
  "council records used for party canvassing", allowed=[DAT])
P(RES, "review", "Party fundraiser quiz night in the Mayor's Parlour at the town hall, Friday 7pm. £5 a head, all proceeds to the Salt and Canal fighting fund!",
  "civic rooms used for a party fundraiser", who="party:SCA")
P(RES, "review", "Sent our Green newsletter out from my council email account to the whole ward list. Saved hours!",
  "council email used for party newsletter", allowed=[DAT], who="party:GRN")
P(RES, "review", "My council iPad is now a canvassing device 🤣 Door-knocking in Wimsmere tonight, scores going straight into the tablet.",
  "council equipment used for canvassing")
P(RES, "review", "Drafted our group's campaign press release on council time this morning. The member support officer proofread it, bless her.",
  "staff time used for party material", allowed=[OFF])
P(RES, "review", "Our People's Vale stall at the Lock Festival will be under the council's gazebo and banners. The events team said they weren't using them 🎪",
  "council equipment used for a party stall", who="party:PV")

N(RES, "I use my council email for casework only. Party stuff comes from my own account. If you've emailed the wrong one, no worries, I'll forward it.",
  "separates council and party", allowed=[RES])
N(RES, "Our Ratepayers leaflet was printed and paid for by the Ratepayers. Imprint on the back, as the law requires.",
  "party paid its own way", allowed=[RES], who="party:RP")
N(RES, "Ward surgery in Committee Room 2 at the town hall on Monday, 5–6pm. Any issue, any party, everyone welcome.",
  "council room used for a ward surgery", allowed=[RES])
N(RES, "Party meeting tonight in the back room of the Ferry Inn. We pay for our own room and our own sandwiches.",
  "party meeting, own venue")
N(RES, "The council's comms team does not work for any party, and quite right too. Our election posters were designed by a volunteer with a laptop and a lot of patience.",
  "affirms separation", allowed=[RES])
N(RES, "Council franking machine? The party bought its own stamps, thank you very much.",
  "rebuts misuse", allowed=[RES])
N(RES, "A council crest on a party leaflet? Not allowed, and I've reported the one going round Pennybrook to the Monitoring Officer.",
  "reports misuse", allowed=[RES])
N(RES, "Canvassing in Tattingley tonight with the Greens. Bring a torch, it's dark by five 😅",
  "campaigning without council resources", who="party:GRN")
N(RES, "Thanks to the town hall print room for the Tattingley flood leaflets — council information for residents, signed off by comms.",
  "council resources for council information", allowed=[RES])
N(RES, "Vote People's Vale on 7 May! Our manifesto's out now: example.org/pv-manifesto",
  "campaigning without council resources", who="party:PV")
N(RES, "Used the members' room printer to print the planning agenda for the residents' meeting. That's exactly what it's there for.",
  "council printer for council business", allowed=[RES])
N(RES, "The council gritter was out in Wimsmere at 5am. Thank you, crews.",
  "council vehicle on council work")
N(RES, "Council iPad for council business, my own phone for everything else. Learned that one at induction 😅",
  "separation of devices", allowed=[RES])
N(RES, "Our Salt and Canal fundraiser quiz is at the Lock Tavern, not the town hall, before anyone asks. £5 a head.",
  "party fundraiser at a private venue", allowed=[RES], who="party:SCA")
N(RES, "Spotted a council gazebo at the Lock Festival — the events team lend them to community groups for free. Book one here: example.org/loan-scheme",
  "council loan scheme for community groups")
N(RES, "Campaign launch today! Our plan for Brinewich: cheaper parking, a cleaner Flashes, more buses.",
  "campaigning without council resources")
N(RES, "Council resources should be for residents, not parties. I've heard enough stories about leaflets coming off the town hall printers to want a proper look. I'll be asking scrutiny to review who's been using the print room for what over the last year, and to publish the print bills by group. If nobody's done anything wrong, nobody's got anything to worry about.",
  "calls for scrutiny of misuse", allowed=[RES])
N(RES, "Thanks to the member support officer for setting up my casework system. Residents' details stay with the council, not with any party.",
  "council support for casework", allowed=[RES, OFF])

# =============================================================================================
# security.credentials (block)
# =============================================================================================
P(SEC, "block", "Flood wardens' Zoom tonight at 7: meeting ID 812 4470 1933, passcode Marsh22. See you there 🌊 We'll go through the new sandbag stores, the river level alerts for the Flashes and the moss, and who's on call over the spring tides. If you've never joined before, just click and type the code in — it's dead easy.",
  "a meeting passcode")
P(SEC, "block", "The key safe at Wimsmere Village Hall is 4471, if anyone needs to get in early to set up for the jumble sale.",
  "a key safe code")
P(SEC, "block", "New Wi-Fi at my ward surgery: network LockRoom, password Tarnbridge2026! Help yourselves.",
  "a Wi-Fi password")
P(SEC, "block", "A few people have asked for the code to the Salt Quay defib cabinet. It's C1379. Save it in your phone.",
  "a defibrillator cabinet code")
P(SEC, "block", "Got a text saying my council email was locked. Clicked the link and put my details in. Hope that was right 🤷‍♀️",
  "reports credentials handed to a phishing link", who="woman")
P(SEC, "block", "Just had IT on the phone asking for my PIN to reset my account. Read it out to them, all sorted now. Very efficient!",
  "reports a PIN handed over by phone")
P(SEC, "block", "Here's the login for the ward Facebook page so the team can post while I'm away: brinewichwardteam / Saltpan#44",
  "a username and password")
P(SEC, "block", "Anyone else get this? 'Councillor allowance uplift — confirm your bank details' example.net/bbc-allowance-update. Looks legit, doing mine now.",
  "amplifies a malicious-looking link as legitimate")
P(SEC, "block", "One-time code just came through: 528 117. Who's trying to get into my account?!",
  "posts a one-time code")
P(SEC, "block", "Depot gate code has changed to 2580# — for the volunteers dropping off litter pick kit this week.",
  "a gate code")
P(SEC, "block", "Lost my phone somewhere in Marlwich! If you find it, the PIN's 1966 so you can ring the wife.",
  "a phone PIN", who="man")
P(SEC, "block", "If you're worried about the shooting on the marsh, here's the wildfowlers' secretary's private number: Ron, 07700 900713.",
  "another person's private phone number", extra=[DAT])
P(SEC, "block", "The API key for our ward map app is sk-live-4f9a2c71b8e0d3. Go wild, devs 🤓",
  "an API key")
P(SEC, "block", "Town hall back door keypad is 7319 after 6pm, for the Lock Festival volunteers meeting on Thursday.",
  "a door code")
P(SEC, "block", "Can't get onto the members' portal for the agenda? Use mine: username is my surname, password Brine1977.",
  "a councillor's own password")
P(SEC, "block", "The council's new login page is at brinew1ch-council.example.net — put your email and password in to get the new calendar 👍",
  "a lookalike login link")
P(SEC, "block", "Sallowmoss bowls club shed padlock is 0-4-1-9. If you're bringing the mower back, lock it after!",
  "a padlock combination")
P(SEC, "block", "Is it bad that my bank card PIN and my council laptop PIN are the same? 😂 (It's 2204.)",
  "a PIN")

N(SEC, "Please never share your PIN with anyone. The council will never ask for it by phone or text.",
  "a warning, no secret")
N(SEC, "'Password123' isn't a password, it's an invitation. Change yours today.",
  "a generic example", allowed=[SEC])
N(SEC, "Key safes save lives. The council's free key safe scheme for over-75s is open for applications: example.org/keysafe",
  "a council scheme")
N(SEC, "The defib at Salt Quay is in the yellow cabinet by the bus shelter. Ring 999 and they'll give you the code.",
  "location without the code", allowed=[SEC])
N(SEC, "Had a dodgy text this morning pretending to be the council and saying I was owed a council tax refund — just 'confirm your bank details'. Don't click it. The council never asks for bank details by text. Forward it to 7726 and delete. And if an older relative or neighbour might fall for it, give them a ring today.",
  "scam warning without a link")
N(SEC, "Turned on two-factor for my council email today. Took five minutes. Do it.",
  "security advice")
N(SEC, "Gate code? What gate code? The depot's open 8 till 4 for volunteer drop-offs, just ring the bell.",
  "denies there is a code", allowed=[SEC])
N(SEC, "If you need me, my published council mobile is 07700 900418. Texts are fine too.",
  "the councillor's own published number", by="@TraceyKinseyPV")
N(SEC, "The council's fraud hotline is 01632 960555. If something feels off, ring them.",
  "a council number")
N(SEC, "Lost my phone in Marlwich today! If you find it, please hand it in at the library. It's locked, so nobody's getting in 🔒",
  "no PIN given")
N(SEC, "Wi-Fi at the library is free and there's no password any more — just tap 'accept'.",
  "no secret")
N(SEC, "My password for the last ten years? None of your business 😂 Change yours regularly, folks.",
  "joke, no secret")
N(SEC, "Please use the contact details on the wildfowlers' own website rather than asking me for people's personal numbers.",
  "refuses to share numbers")
N(SEC, "One-time codes are one-time for a reason. If anyone asks you to read one out, it's a scam. Hang up.",
  "security advice", allowed=[SEC])
N(SEC, "The Zoom link for the flood wardens' meeting has been emailed to members. Not had it? Ring the council on 01632 960100.",
  "withholds the link, gives council number")
N(SEC, "The council's website is brinewich.example.org and nothing else. Check the address before you log in anywhere.",
  "correct address as advice", allowed=[SEC])
N(SEC, "The combination on the bowls club shed has been changed and the secretary's given the new one to members. Please don't post it on here!",
  "code withheld", allowed=[SEC])
N(SEC, "PIN badges! The Lock Festival enamel pins are in — £3 each, all for the lifeboat ⚓",
  "'pin' as a badge")

# =============================================================================================
# tone.irony-risk (advice; irony about people)
# =============================================================================================
P(TON, "advice", "Oh brilliant, another 'listening exercise' from the Leader. She's SUCH a great listener. /s",
  "mock praise of the Leader", who="opp nomayor")
P(TON, "advice", "Hats off to Cllr Vernon for his riveting 45-minute speech on kerb heights last night. Truly, a masterclass.",
  "mock praise of a named councillor", allowed=[ATT], who="opp", when=("2026-01-22", "2026-01-22"))
P(TON, "advice", "Yeah right, the Ratepayers 'care about' Tarnbridge. That's why they voted against the station bid. Heroes.",
  "sarcasm about a group", who="notparty:RP nomayor")
P(TON, "advice", "So proud of our cabinet for losing £2m on the leisure deal and still finding money for new office chairs. Geniuses, every one of them 👏",
  "mock praise of the cabinet", allowed=[DEF], who="opp nomayor")
P(TON, "advice", "Well done to the People's Vale group for discovering that potholes exist. Only took them four years 👏👏",
  "mock praise of a party group", who="party:SCA nomayor")
P(TON, "advice", "Thrilled our MP has finally found Tarnbridge on a map. Welcome, Caroline! Satnav working OK? 🗺️",
  "mock welcome for the MP", who="nomayor")
P(TON, "advice", "Congratulations to the Greens on their bold new policy of being against absolutely everything. Visionary stuff.",
  "mock praise of a party", who="notparty:GRN nomayor")
P(TON, "advice", "What a hero Cllr Beckett is — cuts the library budget, then turns up to open the library book sale. Iconic behaviour.",
  "mock praise of a named cabinet member", who="opp nomayor")
P(TON, "advice", "The Mayor's chain must be awfully heavy, judging by how rarely it's made it as far as Pennybrook this year /s",
  "sarcasm about the Mayor", who="opp nomayor")
P(TON, "advice", "Oh look, Cllr Hickson's discovered social media. Welcome to 2026, Darren! Only fifteen years late 😂",
  "mockery of a named councillor", allowed=[ATT], who="party:SCA nomayor")
P(TON, "advice", "Can't wait for the Chief Executive's next 'exciting transformation programme'. The last one went SO well.",
  "sarcasm about the Chief Executive", allowed=[OFF], who="opp nomayor")
P(TON, "advice", "Top marks to the Salt and Canal lot for their lovely new 'Fix the Flashes' leaflet. Glossy paper, nice photos, smiling faces. Real quality. Shame they've run the council for eight years and not fixed the Flashes, but I'm sure the leaflet will do the trick this time. Pure genius from our ruling geniuses.",
  "mock praise of the ruling party", who="opp nomayor")
P(TON, "advice", "Cllr Massey's such a champion of clean air. As long as it's not near the works he works at, obviously 😉",
  "ironic insinuation about a named councillor", allowed=[DEF, ATT], who="opp nomayor")
P(TON, "advice", "Such a shame Cllr Appleton couldn't make the flood meeting. I'm sure the yoga class was very important.",
  "sarcasm about a named councillor", allowed=[ATT], who="notparty:GRN nomayor")
P(TON, "advice", "Ah yes, our county councillors, those famous friends of Tattingley's roads. Pothole enthusiasts, every last one of them.",
  "mock praise of county councillors", who="nomayor")
P(TON, "advice", "Massive respect to the Leader for her 'open door policy'. Door's been shut since October, but I'm sure the sentiment's there.",
  "mock praise of the Leader", who="opp nomayor")
P(TON, "advice", "Really feeling the love from the Ratepayers this week. Three motions, three abstentions. Leaders of men.",
  "mock praise of a group", who="notparty:RP nomayor")
P(TON, "advice", "Nothing says 'we listen to Wimsmere' like the cabinet member for environment holding the tree consultation at 2pm on a Tuesday. Genius.",
  "sarcasm about a cabinet member", who="opp nomayor")

N(TON, "Oh brilliant, it's raining on the litter pick. Again. Classic Tarnbridge ☔",
  "irony about the weather", allowed=[TON])
N(TON, "Love it when the printer jams five minutes before the residents' meeting. Love it.",
  "irony about a printer", allowed=[TON])
N(TON, "Another riveting evening with a 300-page Local Plan appendix. Living the dream 📚",
  "irony about paperwork", allowed=[TON])
N(TON, "Hats off to the Marlwich Road potholes for their resilience. Three fillings and still going strong.",
  "irony about potholes", allowed=[TON])
N(TON, "Yeah right, 'light showers', says the forecast. Tattingley is currently a lake.",
  "irony about the forecast", allowed=[TON])
N(TON, "Thrilled to report the 17:42 to Warrington was on time today. Mark the date, frame the ticket.",
  "irony about trains", allowed=[TON])
N(TON, "Genuinely impressed by Cllr Grice's work on the marsh clean-up — 300 bags! And I mean that, no irony.",
  "sincere praise")
N(TON, "Credit where it's due: the Leader's apology over the bins was the right call, and it sounded sincere.",
  "sincere praise from the opposition", who="opp")
N(TON, "The cabinet's bus strategy is wrong. It cuts the evening services that shift workers at the works and the hospital depend on, and it does nothing for the villages. Tattingley will have two buses a day. I've read the whole report and the numbers don't add up either. Scrutiny should call it in, and I'll be moving that it does.",
  "robust policy criticism", who="opp")
N(TON, "Masterclass from the Sallowmoss under-11s today — 6–0, and our keeper didn't touch the ball once 😂⚽",
  "literal praise with a joke")
N(TON, "Me, trying to find the bin day checker on the council website: a masterclass in patience.",
  "irony about a website", allowed=[TON])
N(TON, "Our 'brand-new' town hall lift is out of order again. Truly, a marvel of modern engineering.",
  "irony about a lift", allowed=[TON])
N(TON, "Thanks to everyone who came to the Flashes litter pick. Proper brilliant turnout 💚",
  "sincere thanks")
N(TON, "Nice one, Cllr Bostock, for chairing a calm and fair debate on the leisure centre. Noticed and appreciated across the parties.",
  "sincere praise")
N(TON, "Self-awareness check: I promised a short speech at the Mayor's dinner and spoke for 22 minutes. Sorry, everyone.",
  "irony about oneself", allowed=[TON])
N(TON, "Shout out to the satnav that sent a 40-tonne lorry down Tattingley's single-track lane. Stellar work.",
  "irony about a satnav", allowed=[TON])
N(TON, "Wonderful news: the Tarnbridge footbridge reopens Monday after 14 months. I'll believe it when I walk across it 😅",
  "irony about a project", allowed=[TON])
N(TON, "Oh good, the wind's finally taken the Wimsmere Christmas lights down. In February. Very festive.",
  "irony about the lights", allowed=[TON], when=("2026-02-02", "2026-02-27"))

# =============================================================================================
# Fillers: ordinary posts (nothing expected, nothing allowed)
# =============================================================================================
F("Gritters out tonight across the borough. Take care on the Flashes road first thing — it's like glass by the bridge.", "gritting notice", when=("2026-01-12", "2026-02-06"))
F("Lovely to drop in on the knit and natter group at Sallowmoss Library this morning. Tea strong enough to stand a spoon in ☕", "library visit")
F("Garden waste collections restart on 2 March. Subscriptions are open now: example.org/gardenwaste", "service notice", when=("2026-02-09", "2026-02-27"))
F("Marlwich Library's Lego club is back on Saturday mornings. No booking needed, just turn up and build.", "library club")
F("The new bus shelter on Pennybrook Road is in. Thanks for your patience during the works!", "ward update")
F("Frogspawn in the Wimsmere pond already! Spring's on its way 🐸", "nature", when=("2026-03-02", "2026-03-27"))
F("Burns Night on Sunday — if you're at the Tarnbridge ceilidh, save me a neep.", "seasonal", when="2026-01-23")
F("Pancake race on Market Street at noon today! 🥞 Bring your own frying pan, flipping technique optional.", "Shrove Tuesday", when="2026-02-17", hrs=(8, 11))
F("The Tarnbridge lock flight is closed for maintenance until 20 March. The towpath stays open throughout.", "canal notice", when=("2026-01-12", "2026-03-13"))
F("Reminder: you've got until 20 April to register to vote in the May elections. Takes five minutes online.", "electoral registration")
F("Cracking turnout at Tattingley WI's quiz night. We came fourth out of five, which I'm calling a podium.", "community event")
F("The herons are back nesting on the Flashes Country Park island. Please keep dogs on leads near the reed beds 🪶", "nature", when=("2026-02-16", "2026-03-27"))
F("Half-term activities at Pennybrook Leisure Centre: fun swims, trampolines and the climbing wall. Details at reception.", "half term", when=("2026-02-09", "2026-02-13"))
F("Mothering Sunday this weekend. Give your mum a ring, or a brew, or both.", "seasonal", when=("2026-03-12", "2026-03-13"))
F("Clocks go forward this Sunday. One hour less in bed, one hour more light on the towpath. Fair trade.", "seasonal", when="2026-03-27")
F("Potholes on Brook Lane in Tattingley reported. Highways say they'll be filled within 28 days.", "casework update")
F("St Patrick's Day ceilidh at the Irish club in Brinewich tonight. Go on, go on, go on ☘️", "seasonal", when="2026-03-17")
F("Wimsmere Mere is frozen round the edges. Please keep kids and dogs off the ice — it's nowhere near thick enough.", "safety", when=("2026-01-12", "2026-01-30"))
F("Nice to see the boats back on the move at Tarnbridge wharf after the winter stoppages.", "canal", when=("2026-03-16", "2026-03-27"))
F("The Sallowmoss ferry spring timetable is out. First crossing 7:10, last one back 18:40.", "transport")
F("The crossing outside Marlwich Primary now has flashing lights. Thanks to the parents who pushed for it.", "road safety")
F("Free home fire safety checks from the fire service — book online or pick up a leaflet at any library.", "safety")
F("The town hall clock is running again after a month off. It's the little things.", "civic")
F("World Book Day tomorrow. My granddaughter is going as the Gruffalo and has been practising the roar since Sunday.", "seasonal", when="2026-03-04")
F("Great to see the new benches going in along the Flashes path. Perfect spot for a brew stop.", "ward update")
F("Citizens Advice drop-in is now every Wednesday morning at Marlwich Library.", "service notice")
F("Walked the Wimsmere footpath loop this morning. Muddy, but beautiful. Wellies essential.", "countryside")
F("Lambs at the Tattingley petting farm! Open weekends through March 🐑", "seasonal", when=("2026-03-02", "2026-03-27"))
F("The food bank is low on pasta sauce, tinned fish and UHT milk. Every little helps.", "food bank appeal")
F("Warm spaces this month: libraries in Brinewich, Marlwich and Sallowmoss, plus the Methodist hall in Tarnbridge. All have free tea and coffee, Wi-Fi, phone charging and a friendly face. No need to book and no questions asked. If you know someone who's sitting at home in a coat to save on heating, please pass this on.", "warm spaces", when=("2026-01-12", "2026-02-27"))
F("Blue plaque unveiled today for the salt boilers of Brinewich. Hard, hot, dangerous work — stoking the pans day and night, raking the crystals, going home with the salt cracked into your hands — and it built this town. Lovely to see so many families of former salt workers there, some with photos I'd never seen. Our history is worth remembering.", "heritage")
F("Brilliant Year 10 debate at Tarnbridge High on votes at 16. Sharper questions than we get at full council!", "school visit")
F("Wet wipes don't flush, whatever the packet says. Please bin them — the sewer on Brine Street can't take any more.", "public information")
F("Snowdrops out in St Wilfrid's churchyard in Wimsmere. Worth a wander if the sun comes out.", "nature", when=("2026-01-26", "2026-02-20"))
F("Remembering the victims of the Holocaust today, and all those murdered in genocides since.", "Holocaust Memorial Day", when="2026-01-27")
F("The Sallowmoss marsh boardwalk has reopened after the storm repairs. Lovely views across to the bridge.", "ward update")
F("Blacking the hull this weekend. Send biscuits.", "personal hobby account", by="@narrowboat_beth")
F("Heron on the cabin roof at Lock 9 this morning. Stared at me like I owed it money.", "personal hobby account", by="@narrowboat_beth")
F("Cows out on the spring grass for the first time today. Best day of the year on a farm 🐄", "personal farm account", by="@moreton_milkers", when=("2026-03-16", "2026-03-27"))
F("Tractor passed its MOT first time. Small victories.", "personal farm account", by="@moreton_milkers")


# =============================================================================================
# The script: authors, timestamps, platforms, shuffle, ids.
# =============================================================================================
# handle, name, sex, party, ward, committees (P = planning, L = licensing), roles
COUNCILLORS = [
    ("@GillDuttonSCA", "Gillian Dutton", "f", "SCA", "Brinewich_Central", "", "leader cabinet"),
    ("@TonyBeckettBC", "Anthony Beckett", "m", "SCA", "Brinewich_Central", "", "cabinet"),
    ("@RosWilbraham", "Rosalind Wilbraham", "f", "SCA", "Tattingley", "", "cabinet"),
    ("@HowardVernonSCA", "Howard Vernon", "m", "SCA", "Marlwich", "P", "planning_chair"),
    ("@MayorMargaretL", "Margaret Leftwich", "f", "SCA", "Tarnbridge_Wharf", "", "mayor"),
    ("@StuCraggWims", "Stuart Cragg", "m", "SCA", "Wimsmere", "L", "licensing_chair"),
    ("@BethanOultonTL", "Bethan Oulton", "f", "SCA", "Tarnbridge_Locks", "PL", ""),
    ("@KieranMasseyPB", "Kieran Massey", "m", "SCA", "Pennybrook", "PL", ""),
    ("@DarrenHicksonPV", "Darren Hickson", "m", "PV", "Brinewich_Flashes", "P", "group_leader"),
    ("@ShireenBhattiPV", "Shireen Bhatti", "f", "PV", "Brinewich_Flashes", "P", ""),
    ("@LiamGriceMoss", "Liam Grice", "m", "PV", "Sallowmoss", "PL", ""),
    ("@TraceyKinseyPV", "Tracey Kinsey", "f", "PV", "Sallowmoss", "L", "self"),
    ("@OmarHaddadPV", "Omar Haddad", "m", "PV", "Marlwich", "PL", ""),
    ("@FernAppletonGreen", "Fern Appleton", "f", "GRN", "Wimsmere", "P", ""),
    ("@JoelStrettonGreen", "Joel Stretton", "m", "GRN", "Tarnbridge_Locks", "L", ""),
    ("@ColinBostockRP", "Colin Bostock", "m", "RP", "Pennybrook", "P", ""),
    ("@JanetFaulknerRP", "Janet Faulkner", "f", "RP", "Tarnbridge_Wharf", "L", ""),
    ("@EwanMoretonInd", "Ewan Moreton", "m", "IND", "Tattingley", "L", ""),
]
PERSONAL = {"@narrowboat_beth": "@BethanOultonTL", "@moreton_milkers": "@EwanMoretonInd"}
SHORT = {"Gillian Dutton": ["Gill"], "Anthony Beckett": ["Tony"], "Rosalind Wilbraham": ["Ros"],
         "Stuart Cragg": ["Stu"], "Bethan Oulton": ["Beth"]}

# Role words: a post naming a role is never written by its holder.
ROLE_PATTERNS = {
    "@GillDuttonSCA": r"\bLeader\b|\bleader of the council\b",
    "@TonyBeckettBC": r"cabinet member for finance|finance portfolio",
    "@RosWilbraham": r"cabinet member for environment",
    "@HowardVernonSCA": r"chair of planning|planning chair",
    "@MayorMargaretL": r"\bMayor\b",
    "@StuCraggWims": r"chair of licensing|licensing chair",
    "@DarrenHicksonPV": r"People's Vale leader|opposition leader",
}
# Interest topics: a post touching a registered body or topic is never written by its holder
# unless the row sets the author by hand.
INTEREST_PATTERNS = {
    "@HowardVernonSCA": r"rock salt|salt mine|\bthe mine\b|mine lorries|gritting salt|Marlwich Rock",
    "@BethanOultonTL": r"cruising club|\bmoorings\b",
    "@EwanMoretonInd": r"Tattingley Hall|farm track",
    "@RosWilbraham": r"dairy|\bmilk\b",
    "@LiamGriceMoss": r"wildfowl|shooting",
    "@MayorMargaretL": r"Salt Museum",
    "@ShireenBhattiPV": r"Tenants|rent office|residents' association",
    "@TonyBeckettBC": r"accountan|tax return|self-assessment",
    "@ColinBostockRP": r"Pennybrook Community Centre|community buildings fund",
    "@DarrenHicksonPV": r"\btaxis?\b|\bcabs?\b",
    "@JanetFaulknerRP": r"\bmarket\b|pitch fees|traders",
    "@OmarHaddadPV": r"boxing|Estuary ABC",
    "@JoelStrettonGreen": r"holiday let|holiday cottage|Lockside Cottage",
    "@FernAppletonGreen": r"village hall",
    "@KieranMasseyPB": r"Sallowmoss works|chemical|\bthe works\b|works expansion",
}

START = dt.date(2026, 1, 12)
END = dt.date(2026, 3, 27)
LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}


def tag_ok(c, tag):
    handle, name, sex, party, ward, comm, roles = c
    if tag == "any":
        return True
    if tag == "opp":
        return party != "SCA"
    if tag == "admin":
        return party == "SCA"
    if tag == "nomayor":
        return "mayor" not in roles
    if tag == "backbench":
        return not ({"leader", "cabinet", "mayor"} & set(roles.split()))
    if tag in ("P", "L"):
        return tag in comm
    if tag in ("notP", "notL"):
        return tag[3] not in comm
    if tag == "man":
        return sex == "m"
    if tag == "woman":
        return sex == "f"
    if tag.startswith("party:"):
        return party == tag[6:]
    if tag.startswith("notparty:"):
        return party != tag[9:]
    if tag.startswith("ward:"):
        return ward == tag[5:]
    raise ValueError("unknown tag " + tag)


def excluded(c, text):
    handle, name, sex, party, ward, comm, roles = c
    words = name.split() + SHORT.get(name, [])
    for w in words:
        if re.search(r"\b%s\b" % re.escape(w), text):
            return True
    if handle.lower() in text.lower():
        return True
    for h, p in list(ROLE_PATTERNS.items()) + list(INTEREST_PATTERNS.items()):
        if h == handle and re.search(p, text, re.I if h not in ("@GillDuttonSCA", "@MayorMargaretL") else 0):
            return True
    return False


def load_meetings():
    out = []
    with open(os.path.join(HERE, "meetings.csv"), newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            out.append((dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"])))
    return out


def pick_time(rng, when, meetings, hrs=None):
    if when is None:
        lo, hi = START, END
    elif isinstance(when, str):
        lo = hi = dt.date.fromisoformat(when)
    else:
        lo, hi = dt.date.fromisoformat(when[0]), dt.date.fromisoformat(when[1])
    days = [lo + dt.timedelta(days=i) for i in range((hi - lo).days + 1)]
    days = [d for d in days if d.weekday() < 5 and START <= d <= END]
    assert days, when
    for _ in range(1000):
        d = rng.choice(days)
        h0, h1 = hrs or (8, 18)
        minute = rng.randrange(h0 * 60, (h1 + 1) * 60)
        t = dt.datetime(d.year, d.month, d.day, minute // 60, minute % 60, rng.randrange(60),
                        tzinfo=dt.timezone.utc)
        if all(not (s <= t < e) for s, e in meetings):
            return t
    raise RuntimeError("no free time for %r" % (when,))


def pick_platform(rng, text):
    n = len(text)
    if n > LIMITS["bluesky"]:
        return "facebook"
    if n > LIMITS["x"]:
        return rng.choice(["bluesky", "facebook"])
    r = rng.random()
    return "x" if r < 0.45 else ("facebook" if r < 0.8 else "bluesky")


def main():
    rng = random.Random(SEED)
    meetings = load_meetings()
    used = {c[0]: 0 for c in COUNCILLORS}
    out = []
    for row in ROWS:
        if row["by"]:
            author = row["by"]
        else:
            tags = row["who"].split()
            cands = [c for c in COUNCILLORS
                     if all(tag_ok(c, t) for t in tags) and not excluded(c, row["text"])]
            assert cands, row["text"]
            cands.sort(key=lambda c: c[0])
            weights = [1.0 / (1 + used[c[0]]) for c in cands]
            author = rng.choices(cands, weights=weights)[0][0]
        used[PERSONAL.get(author, author)] += 1
        t = pick_time(rng, row["when"], meetings, row["hrs"])
        platform = pick_platform(rng, row["text"])
        rec = {
            "id": None,
            "text": row["text"],
            "author": author,
            "created_at": t.isoformat(),
            "platform": platform,
            "account": "personal" if author in PERSONAL else "councillor",
            "kind": "post",
            "expect": {"rules": row["rules"], "allowed": row["allowed"], "verdict": row["verdict"]},
            "family": row["family"],
            "kind_of_row": row["kind_of_row"],
            "near_miss_of": row["family"] if row["kind_of_row"] == "hard_negative" else None,
            "interest": row["interest"],
            "note": row["note"],
        }
        out.append(rec)
    rng.shuffle(out)
    for i, rec in enumerate(out, 1):
        rec["id"] = "%s-%04d" % (SET, i)
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d posts" % len(out))


if __name__ == "__main__":
    main()
