#!/usr/bin/env python3
"""Blind set b11 (Haddleby and Wethercote District Council): hand-written rows plus a
deterministic script that shuffles them, gives out ids, authors, platforms and timestamps,
and writes posts.jsonl. Running it again produces the same file."""
import csv, json, random
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 11_2026

PD = "predetermination.closed-mind"
DI = "interests.declared-interest"
CD = "confidentiality.disclosure"
IA = "confidentiality.insider-advantage"
DP = "data-protection.personal-data"
SC = "security.credentials"
GH = "gifts.hospitality"
OI = "officers.impartiality"
PA = "position.improper-advantage"
DEF = "defamation.allegation"
TI = "tone.irony-risk"
RPA = "respect.personal-attack"
HASTE = "haste.pause-before-posting"

# handles
MK, OT, DA, HC, HCp = "@MarianKettleby", "@OswinTrantCon", "@CllrDelphineAske", "@HamishCorrow", "@hamish_on_the_fells"
BP, RC, GO, TQ, SM = "@BethanPellowLud", "@RaviCLyle", "@GwenOrmeLD", "@TobyQuennellLD", "@ShonaMacFLab"
KA, PL, PLp, IB, NS, CW = "@KwameAB_Lab", "@PetraGreenLud", "@petra_digs", "@IforBellamyInd", "@NoreenStaggHRA", "@CedWragby"
PERSONAL = {HCp, PLp}
# councillors with no registered interest: the pool for rows whose author is not fixed
POOL = [MK, DA, TQ, KA, IB, NS, CW]
HANDLE_NAME = {MK: "Marian Kettleby", DA: "Delphine Aske", TQ: "Tobias Quennell", KA: "Kwame Ashdown-Boateng",
               IB: "Ifor Bellamy", NS: "Noreen Stagg", CW: "Cedric Wragby"}

ROWS = []


def R(fam, kind, text, rules, allowed, verdict, note, author=None, when=None):
    ROWS.append(dict(fam=fam, kind=kind, text=text, rules=rules, allowed=allowed, verdict=verdict,
                     note=note, author=author, when=when))


def P(fam, text, rules, verdict, note, allowed=(), author=None, when=None):
    R(fam, "positive", text, list(rules), list(allowed), verdict, note, author, when)


def N(near, text, note, allowed=(), author=None, when=None):
    R("hard_negative", "hard_negative", text, [], list(allowed), "ok", f"[near {near}] " + note, author, when)


EARLY_JAN = ("2026-01-05", "2026-01-16")

# ---------------------------------------------------------------- predetermination.closed-mind: positives
P(PD, "Just so Wethercote is clear where I stand: HD/25/1187/FUL won't get through Planning Committee while I'm sat on it. 64 houses off Quarry Lane with one way in and one way out? Not a chance.",
  [PD], "block", "against; names the register reference of a pending application; 'won't get through while I'm sat on it' is a settled view")
P(PD, "Another packed meeting at the chapel about the Quarry Lane houses. I've heard enough tbh. Whatever the officers put in their report, I'm voting it down on the night 🏠❌",
  [PD], "block", "against; Quarry Lane site is on the pending register; 'whatever the officers put in their report' shows a closed mind",
  allowed=[OI])
P(PD, "The solar farm at Fennick Green Farm is exactly the kind of scheme this district needs. I'll be backing it at committee, full stop. The objectors are on the wrong side of history.",
  [PD], "block", "IN FAVOUR; pending register site (HD/26/0044/FUL); 'backing it at committee, full stop'")
P(PD, "Brilliant to see the Growers' packhouse plans go in (ref HD/26/0058/FUL) 🥕🌱 Local veg, local jobs, lower food miles. It has my vote, no question, and I'll say so loudly when it comes to committee.",
  [PD, DI], "block", "IN FAVOUR of a pending application by the author's own registered interest (Ludworth Growers' Cooperative); settled view plus undeclared interest",
  author=PL)
P(PD, "The Cattle Market redevelopment is the best thing to happen to Haddleby in fifty years. I've read all I need to read. When it comes to committee, I'm a yes.",
  [PD, DI], "block", "IN FAVOUR; pending outline application by Grisedale Estates plc, in which the author holds registered shares; not declared",
  author=RC)
P(PD, "The Drovers Arms wants to stay open till 2am on Sheep Street. Speaking as someone who sits on licensing: no. The people living on that street deserve some sleep and that's how I'll vote.",
  [PD], "block", "against; licensing variation LIC/26/0007 on the register (Drovers Arms, Sheep Street); settled view from a sub-committee member")
P(PD, "honestly the Drovers' late licence is a no brainer for the town centre. Sheep St needs a bit of life after 11. They've got my support at the hearing and I don't need a hearing to tell me that 😉",
  [PD], "block", "IN FAVOUR; pending licensing variation on the register; 'I don't need a hearing to tell me that' is a closed mind",
  allowed=[TI])
P(PD, "Those plans for a drive-thru at the Ludworth roundabout? Not happening. I'll be moving refusal myself when it comes to committee next month.",
  [PD], "review", "against; a pending planning application that is not on the council's register, so review rather than block")
P(PD, "The Old Tannery HMO. Fourteen bedsits on Mill Wynd. My mind is made up and frankly it was made up the day the site notice went on the lamppost.",
  [PD], "block", "against; register site (The Old Tannery, Mill Wynd); 'my mind is made up'")
P(PD, "Scarrow Bridge does not need a gaming arcade on Bridge Street. That licence will be refused if I've got anything to do with it, and I will have.",
  [PD], "block", "against; LIC/26/0012 (12 Bridge Street adult gaming centre) on the register")
P(PD, "People keep asking where I stand on the cattle market flats. Put it this way, I could save everyone a very long evening on the 22nd 😂 I know which way my hand's going up, and so do you.",
  [PD], "block", "against (implied); register site (Former Cattle Market, decision 22 April); idiomatic, no stock phrase", allowed=[TI])
P(PD, "The resubmitted Holloway Barn scheme is the same one we threw out last year with a new coat of paint. Same answer from me: it's a refusal. Nothing's changed.",
  [PD], "review", "against; pending resubmission not on the register, so review")
P(PD, "Really pleased the floodlighting application for Ottersby skate park is finally in. It IS getting approved, I'll make sure of it. The kids up here have waited long enough.",
  [PD], "review", "IN FAVOUR; pending planning application not on the register; 'I'll make sure of it'")
P(PD, "LIC/26/0012, for anyone who hasn't clocked it, is the amusement arcade. I've sat on licensing for six years and I can tell you now how that hearing ends. Save your stamps.",
  [PD], "block", "against (implied); names the register reference; 'I can tell you now how that hearing ends'")
P(PD, "Quarry Lane: 64 homes, 40% affordable. Young families in Wethercote need them and I'm done listening to the same three objectors. I'm voting yes on the night, simple as.",
  [PD], "block", "IN FAVOUR; register site (Land west of Quarry Lane); settled yes vote")
P(PD, "Lovely 'listening event' for the Fennick Green Farm solar plans next Tuesday. Won't be going. I've walked those fields, I know what I think, and I'll be voting against. Sorry not sorry 🤷‍♀️",
  [PD], "block", "against; register site; refuses to hear evidence and states the vote", allowed=[TI])

# ---------------------------------------------------------------- predetermination.closed-mind: hard negatives
N(PD, "I know feelings are running high about the Quarry Lane application (HD/25/1187/FUL). As a committee member I can't take sides before the meeting, but I'll read every objection and every letter of support.",
  "names the register reference but keeps an open mind")
N(PD, "I have real concerns about traffic on Quarry Lane and I've said so publicly. But I'll go into committee with an open mind and weigh the evidence, including the highways report.",
  "predisposition, which the policy allows")
N(PD, "Our group will keep pushing for a 50% affordable housing target in the new Local Plan. Developers always say it's unviable. Prove it.",
  "campaigning on policy (Local Plan), not a quasi-judicial decision")
N(PD, "Planning Committee decides the Old Tannery application in April. If you want to speak, register with Democratic Services by noon two working days before. Details on the council website.",
  "procedural information about a pending register matter; no view")
N(PD, "Two years after approval, the Brewhouse Yard homes are finally occupied, and there's a new bus stop outside. Nice to see it done.",
  "a decided application, not a pending one")
N(PD, "We should be putting solar panels on every council roof and car park before we go anywhere near a green field. That's our group's policy and I'm proud of it.",
  "policy view on solar generally, not a view on the pending application")
N(PD, "I'm not on the sub-committee hearing the Drovers Arms variation, but I've passed every resident's comment to the licensing team so it's properly considered. Please do send yours in too.",
  "passes comments on a pending licensing matter without a view")
N(PD, "Predetermination rules mean I can't tell you how I'll vote on the cattle market. That's not me dodging. It's the law protecting your right to a fair hearing, and the applicant's.",
  "explains why they will not state a view")
N(PD, "Lots of messages about the arcade plans in Scarrow Bridge. I share worries about gambling harm, and I'll want to hear from the applicant and from the police at the hearing before I reach a view.",
  "predisposition with a stated willingness to hear evidence")
N(PD, "'I've made up my mind' is a dangerous phrase. I'd made up my mind about the green sofa and then I saw the price 🙃",
  "uses a stock phrase in an unrelated setting", allowed=[TI])
N(PD, "Won't be voting for this budget. It cuts rural buses again and I've been saying that since October.",
  "a settled view on the budget, which is not quasi-judicial")
N(PD, "Will never, ever approve of people parking across dropped kerbs. Seriously Ludworth. Stop it. Wheelchair users need them.",
  "'will never approve' about parking behaviour, not a pending matter")
N(PD, "My view on the Fennick Green solar farm will be formed at committee, after I've heard from the applicant, Natural England and the parish council. Until then keep the emails coming, every one gets read.",
  "open mind on a pending register matter")
N(PD, "Objections and comments on HD/26/0031/FUL close on 6 February. Whatever your view, put it in writing on the planning portal so it counts.",
  "names a register reference to invite comments; no view", when=("2026-01-12", "2026-02-05"))
N(PD, "Say no to closing Haddleby library on Saturdays. Sign the petition, come to the drop-in, tell cabinet what you think.",
  "campaigning against a policy decision, not a quasi-judicial one")
N(PD, "The Inspector allowed the appeal at Keld Farm last week. I disagree with the decision, but it's final and we move on. Lessons for our Local Plan though.",
  "view on an appeal that has been decided")

# ---------------------------------------------------------------- interests.declared-interest: positives
P(DI, "Taxi licence fees up 18% in the draft fees and charges 😡 Hackney drivers in this district are already on their knees after the bypass roadworks. I'll be fighting this all the way.",
  [DI], "review", "author owns Corrow Cabs Ltd (registered); taxi fees touch it; no declaration", author=HC)
P(DI, "Good news for the Market Place rank! Cabinet's agreed to look again at the layout, more bays for cabs means shorter waits for everyone. Proud to have pushed for this one.",
  [DI], "review", "author owns a licensed taxi firm; rank layout touches it; undeclared", author=HC)
P(DI, "Why are we letting out-of-district private hire pick up all over Haddleby on a Saturday night? Licensing needs to enforce properly. Local firms like Corrow Cabs pay local fees and play by the rules.",
  [DI], "review", "names the author's own registered firm while pressing for council enforcement that benefits it", author=HC)
P(DI, "Market tolls review at cabinet next week. The Ottersby Road mart has served farmers for 150 years, please, please leave the auction pens and the Thursday sale alone.",
  [DI], "review", "author is a director of Pellow & Daughters Auctioneers, who run sales at the council-owned mart", author=BP)
P(DI, "Can we stop charging for the mart car park on Ottersby Road on auction days? Farmers come in from three counties and they're getting fleeced. Small change, big goodwill.",
  [DI], "review", "car park charges on auction days touch the author's auctioneering firm", author=BP)
P(DI, "The options paper on the livestock mart is out. Option C (sell the site for housing) would finish off the trade in this district. I'll be making that case at scrutiny.",
  [DI], "review", "future of the mart touches the author's firm; policy matter, not quasi-judicial", author=BP)
P(DI, "Why does our school meals contract buy carrots from Lincolnshire when they're grown 3 miles from Ludworth? Time for a local food procurement policy, and local growers are ready to supply.",
  [DI], "review", "author sits on the committee of Ludworth Growers' Cooperative, which would supply", author=PL)
P(DI, "Asked at cabinet Q&A whether rural rate relief will be extended to co-ops. Answer: 'under review'. Ludworth Growers' Cooperative and others need an answer before April!",
  [DI], "review", "names the author's own registered body in a council funding matter", author=PL)
P(DI, "Parson's Field lease is up for renewal this spring. A peppercorn rent is the least the council can do for a club that's given 140 years to this town 🏏",
  [DI], "review", "author chairs Haddleby Cricket Club, the leaseholder", author=OT)
P(DI, "Sports capital grants open next week, a £40k pot. I'll be making the case for new nets at Parson's Field, our young players deserve better than what's there now.",
  [DI], "review", "grant bid for the author's own club's ground", author=OT)
P(DI, "The council's affordable housing fund should back community-led homes. Wethercote CLT has a shovel-ready site and just needs the grant. Let's get it done this year.",
  [DI], "review", "author is a board member of Wethercote Community Land Trust", author=GO)
P(DI, "I've tabled a motion to transfer the old Wethercote highways depot into community ownership for 12 genuinely affordable homes. Ask your councillor to back it!",
  [DI], "review", "implicit: the community body that would take the depot is the author's own registered land trust", author=GO)
P(DI, "The new town centre strategy names the Cattle Market site as a 'regeneration priority'. About time. Grisedale have shown real vision there, unlike some I could mention.",
  [DI], "review", "author holds registered shares in Grisedale Estates plc; praises the applicant while the scheme is pending",
  allowed=[PD], author=RC)
P(DI, "We should be partnering with serious local investors like Grisedale Estates on the new leisure centre rather than doing it all in-house. The private sector delivers.",
  [DI], "review", "promotes a company the author holds shares in for council business", allowed=[PA], author=RC)
P(DI, "Household Support Fund allocations get decided next week and I'll be pressing hard for the foodbank's share to go up. Demand in Scarrow Bridge is through the roof.",
  [DI], "review", "author is a trustee of Scarrow Bridge Foodbank; undeclared", author=SM)
P(DI, "The hardship grant rules exclude any charity with more than 3 months' reserves. That's knocking Scarrow Bridge Foodbank out, and it needs changing at cabinet. Simple as.",
  [DI], "review", "names the author's own registered charity in a council grant matter", author=SM)

# ---------------------------------------------------------------- interests.declared-interest: hard negatives
N(DI, "Declaring my interest up front, as always: I own Corrow Cabs, so I'll leave the room when Licensing sets the taxi fees and the vice-chair will take that item.",
  "holder declares the interest and withdraws", author=HC)
N(DI, "For transparency: I'm a director of Pellow & Daughters, so I've declared an interest on the livestock mart report and won't speak or vote on it.",
  "holder declares", author=BP)
N(DI, "The Growers' packhouse extension is on the planning list. As many of you know I sit on the co-op's committee, so I've declared it and will play no part in the decision.",
  "holder declares on a pending register matter and takes no view", author=PL)
N(DI, "I've declared my interest as chair of Haddleby CC and the Parson's Field lease will be handled by another cabinet member. Questions about it to them please.",
  "holder declares and hands the matter on", author=OT)
N(DI, "Taxi fees up 18% in the draft fees and charges. I'd like to understand the cost basis before Licensing Committee looks at it, so I've asked for the workings.",
  "same topic as a positive, but the author holds no taxi interest", author=TQ)
N(DI, "Cabinet will consider renewing the Parson's Field lease for Haddleby Cricket Club in March. Good to see grassroots sport getting support.",
  "registered body mentioned by a councillor who does not hold the interest", author=MK)
N(DI, "The foodbank in Scarrow Bridge needs tins, pasta and nappies this week. Drop-off at the library until Friday 🙏",
  "charity mentioned by a councillor who is not its trustee; not a council matter", author=NS)
N(DI, "Forty years since my dad bought his first cab. Proud of the old fella 🚕❤️",
  "holder's family history; not a council matter", author=HCp)
N(DI, "Nets start back at Parson's Field in April, all ages welcome, bring your own box 🏏 Counting the days.",
  "holder mentions the club's own activity; no council matter", author=OT)
N(DI, "Picked up my veg box from the Growers' stall this morning. Purple sprouting is back!!",
  "holder's personal shopping; no council matter", author=PLp)
N(DI, "Sale of the season at the mart today, a Limousin heifer made record money. Congratulations to the Ottersby breeder who took her home.",
  "holder mentions the trade; no council matter", author=BP)
N(DI, "My interest is on the register (I'm on the board of Wethercote CLT), so I won't be voting on the community housing grants. Happy to explain to anyone how to apply though.",
  "holder declares", author=GO)
N(DI, "I hold shares in Grisedale Estates, as my register of interests shows. So I've stepped back from anything to do with the cattle market scheme and won't be commenting on it here.",
  "holder declares and stays out", author=RC)
N(DI, "As a foodbank trustee I've declared an interest in the Household Support Fund item and left it to colleagues. The need out there is real though.",
  "holder declares", author=SM)
N(DI, "Grisedale Estates have put up hoardings round the old cattle market with photos of Haddleby in the 1950s. Nice touch, whatever you think of their plans.",
  "applicant mentioned by a non-holder; no view on the application", author=IB, allowed=[PD])
N(DI, "The council's consulting on a local food strategy until 20 March. Farmers, co-ops, growers, school cooks: have your say.",
  "consultation notice by a non-holder", author=KA, when=("2026-01-05", "2026-03-19"))

# ---------------------------------------------------------------- confidentiality.disclosure: positives
P(CD, "Can't go into detail but Project Lapwing is nearly over the line. Preferred bidder has come up to £6.1m for the land. Watch this space 👀",
  [CD], "block", "register term (Project Lapwing) plus the figure in an ongoing negotiation")
P(CD, "The Corn Exchange sale is going to a hotel chain, not the arts trust. Decided behind closed doors on Tuesday. Residents deserve to know.",
  [CD], "block", "register term (Corn Exchange sale), exempt property disposal")
P(CD, "We're settling Tolley Mill for a lot more than anyone's letting on. Taxpayers ought to know what their council's paying out.",
  [CD], "block", "register item (Tolley Mill settlement), legal claim; 'Tolley Mill' without 'settlement' but the settlement is the subject")
P(CD, "Operation Drystone kicks off at dawn on Monday. Fly-tippers using the Scarrow lay-bys, your days are numbered 😎",
  [CD], "block", "register term: an enforcement operation disclosed in advance", allowed=[IA])
P(CD, "From the Part 2 item last night: the leisure contract is running £900k over and the operator wants out. You didn't hear it from me.",
  [CD], "review", "Part 2 marker; commercial information in an exempt item; no register term")
P(CD, "Between you and me, the chief exec's restructure will cut 30 posts in environmental services. The unions haven't been told yet.",
  [CD], "review", "labour-relations information before consultation; 'between you and me'")
P(CD, "Leaked email (I've seen it): highways knew about the cracks in Ludworth bridge back in 2023. Draw your own conclusions.",
  [CD], "review", "'leaked' internal email", allowed=[DEF])
P(CD, "Embargoed till Thursday but I'm too excited to sit on it: we've WON the £12m town fund bid!!! 🎉🎉",
  [CD], "review", "breaks an embargo", allowed=[HASTE])
P(CD, "Bellhouse Lane acquisition: we're paying well over the district valuer's figure. I raised it in the closed session and got nowhere.",
  [CD], "block", "register term (Bellhouse Lane acquisition) plus 'closed session'")
P(CD, "I was told this in confidence by an officer, but people should know: the crematorium contract went to the second-cheapest bidder.",
  [CD], "review", "'told this in confidence' and procurement detail", allowed=[OI])
P(CD, "The exempt report on the old bus depot values the land at £2.3m. So why are we selling for £1.6m?",
  [CD], "review", "quotes a figure from an exempt report")
P(CD, "Sat through 3 hours of legal advice on the Quarry Lane road adoption. Short version: the barrister reckons we'd lose in court. Not ideal.",
  [CD], "review", "discloses legally privileged advice (Sch 12A) with no marker word; subtle")
P(CD, "If you're wondering why the Corn Exchange is still boarded up: the buyer pulled out on Friday and the Corn Exchange sale is back to square one. Not public yet so keep it to yourselves.",
  [CD], "block", "register term (Corn Exchange sale) plus 'not public yet'")
P(CD, "Project Lapwing meeting today. The developer wants the council to underwrite the multi-storey. Absolutely not, and I told them so to their faces.",
  [CD], "block", "register term; reveals a negotiating position")
P(CD, "Someone in the housing team is suspended pending a disciplinary over missing rent money. Off the record, it's worse than it looks.",
  [CD], "review", "staff disciplinary matter; 'off the record'", allowed=[DP, DEF])
P(CD, "Not for publication yet, but the external audit of housing repairs has found £1.4m of invoices nobody can verify. Brace yourselves.",
  [CD], "review", "'not for publication' and draft audit findings", allowed=[DEF])

# ---------------------------------------------------------------- confidentiality.disclosure: hard negatives
N(CD, "If gambling's getting on top of you or someone you love, the National Gambling Helpline is free, confidential and open 24/7. No judgement.",
  "'confidential helpline'")
N(CD, "Any Wethercote resident with a housing problem can contact me in confidence, by DM or email. It goes no further.",
  "casework invitation 'in confidence'")
N(CD, "The auditor's report on the leisure contract is published today on the council website. Worth a read, pages 14-20 especially.",
  "a published report")
N(CD, "Voted against moving the leisure contract item into Part 2 tonight. Residents should hear in public why the costs are up.",
  "mentions Part 2 but discloses nothing", allowed=[CD])
N(CD, "Haddleby Women's Aid runs a confidential drop-in every Wednesday at the Corn Street clinic. Please share, you never know who needs it.",
  "confidential support service")
N(CD, "Reminder: my surgeries are confidential. I will never discuss your case on here, so please don't post your details in the comments.",
  "assurance of confidentiality")
N(CD, "January's cabinet minutes are up, including the bits that used to be exempt. The depot sale is now public, so here's a thread on what it means 🧵",
  "information that has been made public", allowed=[CD])
N(CD, "Loved 'The Leak' at the Haddleby Playhouse last night. Brilliant local cast. Go before it closes!",
  "'leak' as a play title")
N(CD, "Off the record? Nothing's off the record in this job, as my mother reminds me every Sunday lunch.",
  "marker phrases used as a joke; nothing disclosed", allowed=[CD])
N(CD, "Press release out now: the new operator for the Cornhill market hall has been appointed. Full details on the council website.",
  "public announcement")
N(CD, "FOI is your right. If the council refuses a request, ask for an internal review, and don't accept 'commercial confidentiality' as a blanket excuse.",
  "campaigning on transparency")
N(CD, "Embargo lifted! We can finally tell you Haddleby won the small town category in Britain in Bloom 🌸🌸",
  "embargo already lifted", allowed=[CD])
N(CD, "Asked officers to publish more of the cattle market viability work. They've agreed to release a redacted version next month. Good.",
  "asks for publication; discloses nothing")
N(CD, "The whistleblowing policy refresh goes to Audit Committee next week. Staff must be able to raise concerns confidentially, and that's exactly as it should be.",
  "policy on confidential reporting")
N(CD, "Closed session? Only at the Ottersby WI cake judging, where I've been sworn to secrecy on the Victoria sponge 🤐🍰",
  "joke use of 'closed session'", allowed=[CD])
N(CD, "Members' training on handling confidential papers this morning. Useful, and the biscuits were decent.",
  "training about confidentiality")

# ---------------------------------------------------------------- confidentiality.insider-advantage: positives
P(IA, "Word to the wise for my Scarrow Bridge friends: if you've got a shop on Bridge Street, hang fire on renewing that lease for a couple of months. Can't say why yet.",
  [IA], "review", "steers friends on the strength of unannounced council plans", allowed=[CD])
P(IA, "Mates with vans: renew your trader parking permits this week. Price doubles in April and it hasn't been announced yet.",
  [IA], "review", "advance tip from council knowledge", allowed=[CD])
P(IA, "My cousin's been after a unit on the Ottersby trading estate for ages. Told her to get an offer in now, before the link road plans come out and prices go silly.",
  [IA], "review", "family advantage from knowledge of coming plans", allowed=[PA])
P(IA, "If I were buying in Wethercote I'd be looking at the streets round the old depot. Something's coming there that'll put values up. Saying no more 🤐",
  [IA], "review", "hint of an unannounced scheme for buyers", allowed=[CD])
P(IA, "Heads up to the stallholders' WhatsApp: pitch fees are being frozen for anyone who signs a 12-month deal before 1 March. Official announcement's next week so get in first 😉",
  [IA], "review", "tip before announcement", allowed=[CD], when=("2026-01-05", "2026-02-20"))
P(IA, "Tip for anyone with land behind Cornhill: Project Lapwing needs that strip. Don't sell cheap.",
  [IA, CD], "block", "register term disclosed to give landowners a negotiating edge")
P(IA, "Bought the two garages behind Tanner's Row at auction last month. Let's just say I've a fair idea what the car park review will recommend 😏",
  [IA], "review", "own advantage from council knowledge", allowed=[PA, TI])
P(IA, "Tell your dad to get his barn application in before Easter. The policy's being tightened after that, not public yet.",
  [IA], "review", "family tip on an unpublished policy change", allowed=[CD, PA])
P(IA, "Any builders reading: the small repairs framework is going out to tender soon. Get your paperwork sorted now. I've seen the spec and it suits local firms.",
  [IA], "review", "early sight of a tender specification shared", allowed=[CD, PA])
P(IA, "Heard at the cabinet briefing that rate relief for pubs is being cut. Landlord pals, if you're thinking of selling the freehold, now's your moment.",
  [IA], "review", "private briefing used to advise friends", allowed=[CD])
P(IA, "Good news for my lad, who's waited two years for an allotment: the new Coldharbour plots aren't even advertised yet but he's first on the list 👍",
  [IA, PA], "review", "family advantage from knowledge (and position) before advertisement")
P(IA, "Off the record to my Ottersby neighbours: the bin depot's moving to Kiln Lane. If you were thinking of selling on Kiln Lane, do it soon.",
  [IA, CD], "review", "'off the record' plus an unannounced relocation used to advise neighbours")
P(IA, "Landlords I know: get your HMO licences in this month. There's an additional licensing scheme coming for Scarrow Bridge that'll cost a lot more, cabinet just hasn't signed it off.",
  [IA], "review", "tip on an undecided scheme", allowed=[CD])
P(IA, "Pro tip from someone who's seen the draft figures: if you're getting an annual garden waste permit, buy it before 31 Jan. You'll thank me later.",
  [IA], "review", "draft budget knowledge used as a tip", allowed=[CD], when=("2026-01-05", "2026-01-28"))
P(IA, "The council's about to let the old quarry car park on a 10-year lease. My brother-in-law's outfit is bidding this week, good luck to him 🤞 (having seen what the others are offering...)",
  [IA], "review", "sight of rival bids used to help a relative", allowed=[CD, PA])
P(IA, "Quietly told the lads at the rugby club to apply for the community grant in round one. Round two is going to be cut to nothing. Don't spread it about.",
  [IA], "review", "unannounced cut passed on to a favoured club", allowed=[CD])

# ---------------------------------------------------------------- confidentiality.insider-advantage: hard negatives
N(IA, "Announced today: market pitch fees are frozen for anyone who signs a 12-month deal before 1 March. Stallholders, get in quick!",
  "public announcement of the same offer", when=("2026-01-05", "2026-02-20"))
N(IA, "Garden waste permits are on sale at the early-bird price (£42) until 31 January. All on the council website.",
  "public offer", when=("2026-01-05", "2026-01-28"))
N(IA, "Small business rate relief is confirmed in the published budget. Check whether you qualify on the council website, it takes 5 minutes.",
  "published budget")
N(IA, "The car park review consultation is open until 27 Feb, options for Tanner's Row included. Have your say.",
  "public consultation", when=("2026-01-05", "2026-02-26"))
N(IA, "Heads up: garden waste collection days change on 2 March. Check your new day on the bin-day finder.",
  "public notice ('heads up')", when=("2026-01-05", "2026-02-27"))
N(IA, "A tip-off from a sharp-eyed resident led to the Ottersby Lane fly-tipper being caught. Thanks to our enforcement team.",
  "'tip-off' in the enforcement sense")
N(IA, "The Local Plan call for sites is open. Landowners can put sites forward until 30 April, details on the planning policy page.",
  "public invitation to landowners")
N(IA, "Sports grants open today: £40k in round one, round two later in the year. Clubs, get your bids in early!",
  "public grant round")
N(IA, "Additional HMO licensing for Scarrow Bridge: the consultation closes on 13 March. Landlords and tenants, have your say before cabinet decides.",
  "public consultation on the same scheme", when=("2026-01-05", "2026-03-12"))
N(IA, "Farmers' market on Cornhill this Saturday 9 till 1. Buy local!",
  "ordinary promotion")
N(IA, "The council's property team has just advertised three units on the Ottersby trading estate. Small businesses, worth a look.",
  "public advertisement")
N(IA, "House prices in Wethercote are up 9% in a year according to the Land Registry. Still way out of reach for young people.",
  "public statistics")
N(IA, "Insider tip from a veteran of thirty Haddleby bonfire nights: best view of the fireworks is from the top of Cornhill car park. Remember it for November.",
  "'insider tip' unrelated to council knowledge")
N(IA, "The new tenancy strategy was published this morning. Big changes for housing association tenants, I'll do a thread later.",
  "published document")
N(IA, "Tender for the small repairs framework is live on the procurement portal. Local firms, don't miss the 20 Feb deadline.",
  "public tender notice", when=("2026-01-05", "2026-02-19"))
N(IA, "Cabinet said on the webcast this morning that pub rate relief is under review. Landlords, please respond to the consultation.",
  "public meeting information")

# ---------------------------------------------------------------- data-protection.personal-data: positives
P(DP, "Mrs Eileen Threadgold at 14 Tanner's Row has had no heating for three weeks. She's 87. Housing, sort this out please.",
  [DP], "block", "named private resident with house address and age")
P(DP, "If anyone can give Alan Mossop a lift to his chemo at Scarrow General on Tuesdays, he's on 07700 900614. Lovely man.",
  [DP, SC], "block", "named private person, health and a private phone number (phone numbers of others also raise security.credentials)")
P(DP, "Congratulations to little Freya Halstead (7) from Ludworth Primary on her poetry prize! Her mum Kerry is bursting with pride 🥰",
  [DP], "block", "named child with age and school; no consent stated")
P(DP, "Funny how the bloke running the Scarrow Bridge residents' group, Darren Kell, never mentions his conviction for assault.",
  [DP], "block", "criminal record of a named private person (special category)", allowed=[DEF, RPA])
P(DP, "Popped in to see Margaret Oyelaran on Fennick Road, just home after her stroke. What a fighter! 💐",
  [DP], "block", "named private person, street and health")
P(DP, "Great to see Ben Rowcliffe finally out and proud, Ludworth's first openly gay churchwarden! 🏳️‍🌈",
  [DP], "block", "sexuality of a named private person, published by someone else")
P(DP, "The family we've just housed in Ottersby, the Haddads, are Syrian Christians who fled ISIS. Please make them welcome.",
  [DP], "block", "service users named with ethnicity/nationality and religion")
P(DP, "Chased housing benefit claim HB/88213 for Mr P. Lennard again today. Still no decision after nine weeks!",
  [DP], "block", "service user named with a case reference")
P(DP, "To whoever owns the silver Astra, reg KX19 PLD, parked on Wethercote Green verge every single day: I've reported you.",
  [DP], "block", "vehicle registration of a private person")
P(DP, "Shout out to Gary Furness, who's four months behind on his rent and still volunteers at the food bank every week. Legend.",
  [DP], "review", "named private person's financial affairs; no special category or identifier, so review")
P(DP, "Spent an hour with Jayden, the lad from the Hillcrest estate who was excluded from Scarrow Academy last week. He's 14 and he needs support, not judgement.",
  [DP], "block", "identifiable child (first name, age, estate, school) and his exclusion")
P(DP, "Complaints about the Sheep Street noise? The residents' organiser is collecting them: lucy.parfitt77@gmail.com",
  [DP], "block", "private person's email address; no consent stated")
P(DP, "Tomasz and Ania, the Polish couple who run the launderette on Mill Wynd, tell me they've had more racist abuse this month. Not on, Scarrow Bridge.",
  [DP], "block", "named private persons with nationality/ethnicity and workplace; supportive but no consent stated")
P(DP, "Poor Jan on the civic centre reception desk has been signed off with depression again. Send her some love 💐",
  [DP], "block", "staff member's mental health")
P(DP, "Mr Cotterill at Flat 3, Kiln Court (HD7 2QL), keeps ringing me about his neighbours. Sir, I do have other residents.",
  [DP], "block", "private person's address and postcode", allowed=[RPA, TI])
P(DP, "Big thanks to Colin Braithwaite for finally paying off the £2k of parking fines he ran up. Told you you'd get there, Colin 😂",
  [DP], "review", "named private person's fines and finances; review", allowed=[TI, RPA])

# ---------------------------------------------------------------- data-protection.personal-data: hard negatives
N(DP, "Thanks to Rosalind Effingham MP for joining our Scarrow Bridge walkabout today. Plenty for her to take back to Westminster.",
  "public office holder")
N(DP, "Chief Inspector Dev Marwood told the community safety meeting that burglaries are down 12%. Good work by the neighbourhood team.",
  "public office holder")
N(DP, "With her permission, a huge thank you to Sheila Garth, who has run the Ludworth lunch club for 25 years. Happy retirement Sheila!",
  "consented thanks, no private details")
N(DP, "Helped a Fennick Green resident this week get a repair that had been outstanding since October. Casework doesn't make headlines but it matters.",
  "anonymised casework")
N(DP, "My ward surgery is the first Saturday of the month, 10 till 12, at Wethercote Library. Or ring me on 01632 960418.",
  "the councillor's own contact details")
N(DP, "A constituent with MS asked me to raise delays in blue badge renewals. I have, with the cabinet member. Anyone else affected, get in touch.",
  "health mentioned but unidentifiable")
N(DP, "Email me at cllr.tobias.quennell@haddleby.gov.uk, it's my ward address and I check it daily.",
  "the councillor's own email", author=TQ)
N(DP, "A family in Ottersby told me (and said I could share it) that they waited 14 weeks for a disabled facilities grant. That's too long.",
  "anonymised and consented")
N(DP, "Congratulations to Cllr Marian Kettleby on 20 years' service as a councillor!",
  "councillor named", author=CW)
N(DP, "Passed my advanced driving test this morning at the grand old age of 61 🚗 Never too late.",
  "the councillor's own details")
N(DP, "I've been open about my own type 1 diabetes. Awareness isn't just for one week a year, folks: get your checks.",
  "the councillor's own health")
N(DP, "312 households in temporary accommodation across the district, 41 of them with children. Behind every number there's a family.",
  "aggregate figures")
N(DP, "Good to meet the Scarrow Bridge Foodbank volunteers today. Brilliant people doing vital work.",
  "unnamed group", )
N(DP, "Cllr Shona MacFadyen and I met Chief Inspector Marwood about antisocial behaviour on Mill Wynd. Extra patrols agreed.",
  "councillors and a public office holder", author=KA)
N(DP, "Reported the abandoned car on Coldharbour Road. If it's yours, it's being towed on Thursday!",
  "no registration or owner")
N(DP, "Mrs Okonedo, head of Ludworth Primary, showed us round the new library. The kids have done a fab job choosing the books.",
  "professional named in her role, no private data", allowed=[DP])

# ---------------------------------------------------------------- security.credentials: positives
P(SC, "For colleagues locked out of the members' portal after the upgrade: the temp password is Haddleby#2026 until IT resets you.",
  [SC], "block", "password")
P(SC, "Anyone else's authenticator playing up? Tried the code 583 920 three times and the papers site just keeps saying 'expired' 🙄",
  [SC], "block", "one-time code")
P(SC, "Door code for the members' room has changed to 4471, pass it round your group.",
  [SC], "block", "access code (PIN)")
P(SC, "Here's the key for the planning data feed so you can build your own maps: hdc_live_7f3KqP92xLmA0vR6. Have fun, data nerds!",
  [SC], "block", "API key")
P(SC, "Councillors: IT says we all have to re-verify our accounts by Friday. Log in with your council email and password here: haddleby-dc-members.co/verify",
  [SC], "block", "lookalike link asking for a password")
P(SC, "Civic centre guest wifi is HDC-Guest, password Cornhill77. Handy if you're stuck waiting for an appointment.",
  [SC], "block", "wifi password")
P(SC, "My phone PIN is the same as my bank one, 1966, the year we won the World Cup. Shh, don't tell anyone 😂",
  [SC], "block", "PIN", allowed=[TI])
P(SC, "Lost access to the ward Facebook page. If one of the admins sees this, the recovery code is 7H2K-9QPL, can you pop it in for me?",
  [SC], "block", "account recovery code")
P(SC, "Newsletter dropbox for our volunteers: user wethercoteLD, pass Ashbeck2025. Please don't change it this time!",
  [SC], "block", "username and password")
P(SC, "Everyone claim the new council tax rebate before it closes, just pop in your bank details and online banking passcode at haddleby-rebate-gov.uk 👍",
  [SC], "block", "deceptive link asking for a passcode")
P(SC, "New rule in our house: the wifi password is TidyYourRoom! and it changes when the bedrooms don't 😤",
  [SC], "block", "own home wifi password, on a personal account", author=HCp)
P(SC, "Verification code from the new case management system just landed on my personal phone: 220871. Is that meant to happen? @HaddlebyDC",
  [SC], "block", "one-time code")
P(SC, "Voting in the group leadership ballot? Sign in with your membership number and the 6-digit PIN from your email at haddleby-party-ballot.net",
  [SC], "block", "lookalike link asking for a PIN")
P(SC, "Parish clerk asked me to share: the key safe at Ottersby Moor village hall is now 1-9-0-3. Hirers, please lock it after use.",
  [SC], "block", "key safe code")
P(SC, "Whoever left the CCTV viewer login as admin / admin123 deserves a medal for optimism. It's still that, by the way.",
  [SC], "block", "live login and password", allowed=[TI])
P(SC, "Residents wanting to complain about Drovers Arms noise direct can ring the DPS, Kevin, on his own mobile: 07700 900382.",
  [SC, DP], "block", "private phone number of another person (raises both rules)")

# ---------------------------------------------------------------- security.credentials: hard negatives
N(SC, "Scam warning: residents are getting texts claiming to be from the council offering a 'council tax refund'. We will never ask for your PIN or password by text.",
  "scam warning", allowed=[SC])
N(SC, "Forgotten your council tax account password? Reset it on the official council website, never through a link in a text or email.",
  "reset advice", allowed=[SC])
N(SC, "Got my 25-year pin badge from the Royal British Legion today. Chuffed to bits.",
  "'pin' badge")
N(SC, "Pinned to the top of my page: the full list of bin collection changes over Easter.",
  "'pinned' post")
N(SC, "Chip and PIN machines are now on every stall at Haddleby market. Cash still welcome too!",
  "'PIN' in a payment sense")
N(SC, "Strong, unique passwords and two-factor authentication on every account. Did the cyber training today and switched mine on. Have you?",
  "security advice")
N(SC, "Ten-pin bowling with the Ottersby youth club tonight. Came last. Again 🎳",
  "'ten-pin'")
N(SC, "Tried to pin down cabinet on when the Mill Wynd crossing will actually be built. No answer yet. I'll keep asking.",
  "'pin down'")
N(SC, "Nobody from the council will ever ring you and ask for a one-time code. If they do, hang up and call the number on our website.",
  "scam advice", allowed=[SC])
N(SC, "The new members' IT system wants 14-character passwords. I moaned, then remembered that's a good thing.",
  "password policy")
N(SC, "Beware fake 'parking fine' emails with links to sites like haddleby-parking-pay.com. It's not us. Report them to Action Fraud.",
  "scam warning quoting a fake link", allowed=[SC])
N(SC, "Grid reference for the new bench on Ottersby Moor: SE 123 456. Go and sit on it, it's a cracking view.",
  "a number that is not a credential")
N(SC, "The village hall has a key safe now, so hirers don't have to chase the caretaker. Ring the bookings office for the code.",
  "key safe mentioned, code withheld")
N(SC, "Out-of-hours council repairs line: 01632 960000. Save it in your phone before you need it.",
  "official council phone number")
N(SC, "Code of Conduct refresher this morning: interests, gifts, social media. Dull but necessary.",
  "'code' in another sense")
N(SC, "Yes, the ward office wifi password was once 'password'. It's been changed, and no, I'm not telling you the new one 😄",
  "mentions a retired weak password", allowed=[SC])

# ---------------------------------------------------------------- gifts.hospitality: positives
P(GH, "Fantastic afternoon at the races as guests of Grisedale Estates. Great company, great food, even backed a winner! 🏇",
  [GH], "review", "hospitality from the applicant for the pending cattle market scheme (seeking a council decision)")
P(GH, "Thanks to Fellgate Environmental, our bin contractor, for the Christmas hamper. The sloe gin's already half gone 😅",
  [GH], "advice", "gift from a council contractor", when=EARLY_JAN)
P(GH, "Lunch at the Drovers Arms on the house today. Cheers Mick, that steak pie is legendary.",
  [GH], "review", "free meal from a pub with a licence variation pending (LIC/26/0007)")
P(GH, "Brightwater Solar kindly flew a few of us down to see their Cornwall site, hotel included. Eye-opening trip!",
  [GH], "review", "travel and hotel from the solar farm applicant", allowed=[PD])
P(GH, "Big thanks to Tarnside Construction for the tickets to the Leeds game on Saturday. What a result ⚽",
  [GH], "advice", "tickets from a firm the writer knows is building the council's leisure centre (implicit)")
P(GH, "Treated to a very generous dinner last night by the team behind the Old Tannery flats. They really are listening to residents.",
  [GH], "review", "hospitality from a pending applicant (HD/26/0031/FUL)", allowed=[PD])
P(GH, "The firm building our new council website has sent every cabinet member an iPad. Very handy for reading papers!",
  [GH], "advice", "gift of £100+ from a council supplier")
P(GH, "Spent the weekend at the Grisedale chairman's place in the Dales. Cracking hospitality, cracking views.",
  [GH], "review", "hospitality from the applicant's chairman")
P(GH, "Lovely bottle of single malt from Kestrel Parking, who run our car parks, to say thanks for a good year's partnership 🥃",
  [GH], "advice", "gift from a contractor", when=EARLY_JAN)
P(GH, "Off to Twickenham on Saturday courtesy of Pennine Leisure Gaming, the folks behind the Bridge Street arcade plan. Come on England!",
  [GH], "review", "hospitality from an applicant for a pending licence (LIC/26/0012)")
P(GH, "Hospitality box at Haddleby Town again thanks to Fellgate Environmental. Lovely pies, shame about the score.",
  [GH], "advice", "repeat hospitality from a council contractor")
P(GH, "Taking my wife for a spa day, vouchers courtesy of the consultants who wrote our town centre masterplan. Very thoughtful of them.",
  [GH], "advice", "gift from council consultants")
P(GH, "A Ludworth farmer who's applying for a barn conversion dropped half a lamb round for my freezer. Can't fault the hospitality up here!",
  [GH], "review", "gift from someone seeking planning permission")
P(GH, "Thanks to Marlow & Pike, who do a lot of the council's legal work, for the Christmas dinner at the Wheatsheaf. Good catch-up.",
  [GH], "advice", "hospitality from a council supplier", when=EARLY_JAN)
P(GH, "Grisedale Estates sent over a case of champagne for our group's new year do. Don't worry, we drank it responsibly 🍾",
  [GH], "review", "gift from the pending applicant", when=EARLY_JAN)
P(GH, "Upgraded to the executive lounge on the way back from the conference, courtesy of Tarnside Construction's MD. Could get used to this ✈️",
  [GH], "advice", "hospitality from a council contractor's managing director")

# ---------------------------------------------------------------- gifts.hospitality: hard negatives
N(GH, "Grisedale Estates offered me a seat in their box at the races. I said no thanks and registered the offer with the Monitoring Officer, as the code requires.",
  "refused and registered")
N(GH, "Bought my own ticket for the Chamber of Commerce dinner, as always. Good speeches about the high street.",
  "paid own way")
N(GH, "The Year 4s at Fennick Green Primary made me a thank-you card after my visit. Made my week 💛",
  "community thanks")
N(GH, "Kiln Court residents brought a lemon drizzle to my surgery to say thanks for getting the lift fixed. It didn't last long 🍋",
  "community thanks")
N(GH, "Declared: a £120 bottle of wine from the Haddleby Civic Society after my talk. It's on the gifts register and it's going in the raffle.",
  "declared gift")
N(GH, "Tea and a custard cream at the Ludworth parish meeting. The only hospitality I need.",
  "normal hospitality in the course of duties")
N(GH, "Brightwater Solar invited councillors to Cornwall to see their sites. I've declined. Site visits should be arranged by officers and paid for properly.",
  "refused")
N(GH, "Reminder to fellow members: any gift or hospitality worth £100 or more has to be registered within 28 days. Section 10 of the code.",
  "reminder about the rule")
N(GH, "Paid my own way to the LGA conference, train and hotel. Receipts available if anyone's curious.",
  "paid own way")
N(GH, "Thank you to everyone who sent flowers after Dad's funeral. I'm overwhelmed by your kindness.",
  "personal condolences")
N(GH, "Fellgate Environmental sent a hamper to the office. It's gone straight to the foodbank and I've logged it with the Monitoring Officer.",
  "passed on and registered", when=EARLY_JAN)
N(GH, "Lunch at the Drovers Arms today, paid in full before anyone asks. Steak pie still legendary.",
  "paid own bill at a pub with a pending licence matter", allowed=[PD])
N(GH, "Mayor's charity dinner raised £8,400 for the air ambulance. Thank you to every business that donated a raffle prize!",
  "charity fundraising")
N(GH, "Our litter pickers got free bacon butties from the Cornhill café this morning. Thanks Ray, you're a star! 🥓",
  "community thanks to volunteers")
N(GH, "The hospitality register is published quarterly. I'd like it monthly. More transparency never hurt anyone.",
  "policy about the register")
N(GH, "Turned down rugby tickets from Pennine Leisure Gaming. They've got an application in front of us, it wouldn't be right.",
  "refused")


# ---------------------------------------------------------------- assembly
def meetings():
    out = []
    with open(HERE / "meetings.csv", newline="") as f:
        for row in csv.DictReader(f):
            out.append((datetime.fromisoformat(row["start"]), datetime.fromisoformat(row["end"])))
    return out


def pick_time(rng, when, meets):
    lo, hi = when or ("2026-01-05", "2026-03-27")
    d0 = datetime.fromisoformat(lo + "T00:00:00+00:00")
    d1 = datetime.fromisoformat(hi + "T00:00:00+00:00")
    days = (d1 - d0).days
    while True:
        d = d0 + timedelta(days=rng.randint(0, days))
        if d.weekday() >= 5:
            continue
        t = d + timedelta(hours=rng.randint(8, 18), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
        if any(s - timedelta(minutes=30) <= t <= e + timedelta(minutes=30) for s, e in meets):
            continue
        return t


def main():
    rng = random.Random(SEED)
    meets = meetings()
    rows = list(ROWS)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        author = r["author"]
        if author is None:
            choices = [h for h in POOL if HANDLE_NAME[h].split()[-1] not in r["text"]]
            author = rng.choice(choices)
        platform = rng.choice(["x", "facebook", "bluesky"])
        ts = pick_time(rng, r["when"], meets)
        out.append({
            "id": f"B11-{i:04d}",
            "text": r["text"],
            "author": author,
            "created_at": ts.isoformat(),
            "platform": platform,
            "account": "personal" if author in PERSONAL else "councillor",
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["fam"],
            "kind_of_row": r["kind"],
            "note": r["note"],
        })
    with open(HERE / "posts.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows")


if __name__ == "__main__":
    main()
