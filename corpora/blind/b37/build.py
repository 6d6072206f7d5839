#!/usr/bin/env python3
"""Blind set b37 (Borough of Saltcote): hand-written rows + deterministic build.

Run:  python3 build.py   -> writes posts.jsonl (same bytes every run; seed 3737).
"""
import json
import random
from datetime import datetime, timedelta, timezone

SEED = 3737

H = {  # short key -> handle (used to keep an author off the person a post targets)
    "prowse": "@GillProwseLeader", "aykroyd": "@DesAykroydCon", "mallinder": "@CllrMallinder",
    "beddoes": "@RuthBeddoesCB", "slingsby": "@KenSlingsby", "oddie": "@MayorMarionOddie",
    "gartside": "@YvonneGartside", "qureshi": "@FaridaQureshiLab", "costigan": "@LiamCostiganLab",
    "pilling": "@BronPillingLab", "nwankwo": "@JoeNwankwoLab", "ainscough": "@RhysAinscoughLab",
    "threlfall": "@HazelThrelfallLD", "catterall": "@OwenCatterallLD", "rathod": "@AnjaliRathodGreen",
    "whiteside": "@StanWhitesideInd", "bamber": "@CherylBamberRUK", "fairclough": "@DeclanFaircloughRF",
}
HANDLES = list(H.values())

DEF = "defamation.allegation"
PA = "respect.personal-attack"
AB = "respect.abusive-language"
BUL = "bullying.intimidation"
EQ = "equality.discrimination"
OFF = "officers.impartiality"
IRONY = "tone.irony-risk"
DP = "data-protection.personal-data"

ROWS = []


def r(family, kor, text, rules, verdict, note, allowed=(), t=(), key=None, author=None):
    ROWS.append(dict(family=family, kind_of_row=kor, text=text, rules=list(rules),
                     allowed=list(allowed), verdict=verdict, note=note, targets=list(t),
                     key=key, author=author))


def d(text, rules, verdict, note, allowed=(), t=(), key=None):
    r(DEF, "positive", text, [DEF] + list(rules), verdict, note, allowed, t, key)


def pos(family, text, rules, verdict, note, allowed=(), t=(), key=None):
    r(family, "positive", text, rules, verdict, note, allowed, t, key)


def hn(text, note, allowed=(), t=(), author=None):
    r("hard_negative", "hard_negative", text, [], "ok", note, allowed, t, None, author)


def fill(text, note):
    r("filler", "filler", text, [], "ok", note)


# ---------------------------------------------------------------------------
# defamation.allegation: idiom and insinuation
# ---------------------------------------------------------------------------
d("Funny how the sea wall contract went to Sandgrove Civils AGAIN, and funny how Cllr Mallinder's lad started work there in September. Nothing to see here 🙄",
  [], "review", "[idiom] 'funny how the contract went to' insinuates the planning chair steered a contract to his son's employer; sarcasm marker allowed",
  allowed=[IRONY], t=["mallinder"])
d("Worth somebody asking who's been feathering his nest on the Pier Quarter deal. Des Aykroyd signed off every single variation and has just bought a villa in Spain. Coincidences eh.",
  [], "review", "[idiom] 'feathering his nest' + juxtaposition imputes corrupt gain to the named finance cabinet member",
  allowed=[IRONY], t=["aykroyd"])
d("Brown envelopes all round at planning committee last night I reckon. How else does Marram Fields sail through with 300 objections barely mentioned?",
  [], "review", "[idiom] 'brown envelopes' insinuates the identifiable members of the planning committee were bribed; hedged ('I reckon'), so review",
  t=["mallinder"], key="I-envelopes")
d("Gillian Prowse has been on the take from Dunegate since day one and half the town hall knows it.",
  [], "review", "[idiom] 'on the take' imputes corruption to the named Leader; idiom rather than a specific crime, so review",
  allowed=[PA], t=["prowse"], key="I-take")
d("Jobs for the boys at Saltcote again. Head of Procurement's old golf partner lands the £2m parks contract without a proper tender. Ask Andrew Mawdsley how that happened.",
  [OFF], "review", "[idiom] 'jobs for the boys' imputes cronyism in procurement to a named officer; officer criticised in public",
  t=[])
d("Ken Slingsby's expenses claims make cracking reading if you're into fiction 📚",
  [], "review", "[idiom] insinuates the named councillor's expense claims are invented; sarcasm allowed",
  allowed=[IRONY], t=["slingsby"])
d("Someone's been cooking the books at the Saltcote Coastal Leisure Trust. Three years of 'healthy surplus' and the lido can't afford chlorine??",
  [], "review", "[idiom] 'cooking the books' imputes false accounting to an identifiable charity",
  t=[])
d("Genuine question for the Leader. Is it normal for the cabinet member for regeneration to have a private dinner with Dunegate's MD the week before the decision, or is that just how things are done round here? 🤔",
  [], "review", "[idiom] insinuating question imputing improper dealings to an identifiable cabinet member (regeneration = Ruth Beddoes)",
  allowed=[IRONY], t=["beddoes", "prowse"])
d("Bent as a nine bob note, that planning chair. Every Brackwater scheme waved through, every time.",
  [PA], "review", "[idiom] 'bent' = corrupt, aimed at an identifiable role holder (chair of planning); also an insult",
  t=["mallinder"], key="I-bent")
d("Let's just say Trevor's new orangery didn't pay for itself. Brackwater's lads were round his house fitting it for a fortnight 👀",
  [], "review", "[idiom] insinuates the planning chair took a benefit in kind from a developer",
  allowed=[IRONY], t=["mallinder"])
d("Marram Point Residents Association has had £14k in council grants under Janet Wilcock and I'd love to see one single receipt. Just saying.",
  [], "review", "[idiom] 'just saying' insinuation that a named resident misused grant money",
  allowed=[DP], t=[])
d("Hand in the till again at the Thornsea Illuminations Trust? That's the second treasurer in two years to 'step down for personal reasons'.",
  [], "review", "[idiom] 'hand in the till' insinuates theft at an identifiable charity",
  t=[])
d("Tidewell Environmental are charging us for bin lifts they never do and the council keeps paying up. Very cosy arrangement, that.",
  [], "review", "[idiom] 'cosy arrangement' + charging for work not done imputes dishonesty to a named contractor and collusion",
  t=[])
d("Strange how Colin Partington's numbers always land exactly where the cabinet wants them. Almost like they're written before the meeting.",
  [OFF], "review", "[idiom] insinuates the named s151 officer fabricates figures to order; questions his neutrality",
  allowed=[IRONY], t=[])
d("Cllr Bamber's 'community fund' raffle took £3,100 and the bowls club got £600. Where'd the rest go, Cheryl? Asking for every pensioner who bought a strip of tickets.",
  [], "review", "[idiom] insinuating question that the named councillor kept raffle money",
  t=["bamber"])
d("Owen Catterall couldn't lie straight in bed. Told Eppleby residents the depot was safe a week after he'd voted to shut it.",
  [PA], "review", "[idiom] 'couldn't lie straight in bed' = liar; convention: liar expects defamation and personal-attack",
  t=["catterall"])
d("Kerry Rimmer's housing list has a funny way of putting councillors' relatives right at the top 🤷",
  [OFF], "review", "[idiom] insinuates the named Head of Housing manipulates allocations",
  allowed=[IRONY], t=[])
d("Residents First bang on about clean politics, but Declan Fairclough's brother gets every grass-cutting job going in Kettle Sands. Keep it in the family eh.",
  [], "review", "[idiom] 'keep it in the family' imputes nepotism in contracts to a named councillor",
  allowed=[IRONY], t=["fairclough"])
d("Dunegate got the Pier Quarter for a song. Somebody in cabinet got the rest of the album.",
  [], "review", "[idiom] joke that imputes a corrupt payoff to members of an identifiable cabinet",
  allowed=[IRONY], t=["prowse", "beddoes", "aykroyd"])
d("Bit rich of Farida Qureshi to lecture anybody on ethics when her husband's firm has been quietly billing the Larbeck ward fund for 'consultancy' nobody ever saw.",
  [], "review", "[idiom] imputes that the named group leader's family took public money for work not done",
  t=["qureshi"])
d("Not saying Cllr Whiteside fiddled the postal votes in Marram Point, but 212 of them from one care home is a LOT of very keen 90 year olds",
  [], "review", "[idiom] 'not saying … but' insinuation of electoral fraud; hedged, so review not block",
  allowed=[IRONY], t=["whiteside"])
d("Greasing palms is how Sandgrove Civils win work on this coast. Ask anybody who's tendered against them.",
  [], "review", "[idiom] 'greasing palms' imputes bribery to a named contractor",
  t=[])
d("Des 'back of a lorry' Aykroyd strikes again. Another six council laptops gone walkabout from the finance floor.",
  [], "review", "[idiom] nickname implies the named councillor handles stolen goods / steals; insult allowed",
  allowed=[PA, IRONY], t=["aykroyd"])
d("The coastal defence money has been siphoned off somewhere and the Leader knows EXACTLY where. Follow the money 🌊💷",
  [], "review", "[idiom] 'siphoned off' + 'the Leader knows' imputes misappropriation to an identifiable person",
  t=["prowse"])
d("Why did Beverley Swarbrick rewrite the officer recommendation on Marram Fields the night before committee? Who rang her? I think we all know.",
  [OFF], "review", "[idiom] insinuating question: named Head of Planning changed a report at a developer's or member's behest",
  t=[])
d("Ruth Beddoes has her snout so far in the Dunegate trough she can't see the town centre dying around her.",
  [], "review", "[idiom] 'snout in the trough' imputes corrupt gain to the named cabinet member; insulting image allowed as personal attack",
  allowed=[PA], t=["beddoes"])
d("Tony Croston's cafe licence renewed with not one objection considered. Pays to drink with the right councillors, clearly.",
  [], "review", "[idiom] insinuates a named business owner obtained a licence through improper influence",
  allowed=[DP, IRONY], t=[])
d("Kickbacks. That's the only word for how the Halberd Consulting contract keeps getting extended without a single report being delivered.",
  [], "review", "[idiom] 'kickbacks' imputes bribery around a named consultancy's contract; nobody specific named as the taker, so review",
  t=[])
d("Our Mayor's charity ball: £45 a ticket, a raffle, a tombola, and an 'admin costs' line bigger than the donation. Marion's mates doing very nicely thank you.",
  [], "review", "[idiom] insinuates the named Mayor's associates skim charity money",
  allowed=[IRONY], t=["oddie"])
d("Thought for the day: when a councillor's wife becomes director of the firm that wins the parking enforcement contract three weeks later, is that luck? Asking about @KenSlingsby obviously.",
  [], "review", "[idiom] rhetorical question insinuating the named councillor rigged a contract for his wife's firm",
  allowed=[IRONY], t=["slingsby"])
d("Brackwater Homes bought this planning committee years ago. They're just collecting now.",
  [], "review", "[idiom] 'bought the committee' imputes bribery of identifiable committee members by a named developer",
  t=["mallinder"])
d("Graham Tattersall must have been paid handsomely to 'lose' the Environment Agency's flood objection.",
  [OFF], "review", "[idiom] insinuates the named planning officer was paid to suppress a consultee objection",
  t=[])
d("Rhys Ainscough treats the Kettle Sands ward budget like his own personal piggy bank.",
  [], "review", "[idiom] 'piggy bank' imputes misuse of public funds to a named councillor",
  t=["ainscough"])
d("Who is the Leader's 'friend' at Dunegate who keeps getting private briefings on the pier? Asking for the other five bidders 🙃",
  [], "review", "[idiom] insinuating question: named Leader leaked tender information to a favoured bidder",
  allowed=[IRONY], t=["prowse"])
d("Pocketed. That's what happened to the Kettle Sands play park money. Cllr Gartside had the photo op, the ribbon, the big cheque... and now there's no park and no money.",
  [], "review", "[idiom] 'pocketed' next to a named councillor imputes theft; not stated as who took it outright, so review",
  t=["gartside"])
d("The fix was in before the tender even opened. Mawdsley wrote the spec round Tidewell's kit list word for word.",
  [OFF], "review", "[idiom] 'the fix was in' imputes rigged procurement to the named Head of Procurement",
  t=[])
d("Every time Stan Whiteside 'declares no interest' a builder in Marram Point lands a fat contract. More undeclared interests than a Swiss bank that man.",
  [], "review", "[idiom] imputes concealment of interests and corrupt contracts to the named councillor",
  allowed=[PA], t=["whiteside"])
d("Hope the Brackwater box at the rugby was worth it, Trevor. Eppleby Marsh will be paying for it with their flood plain.",
  [], "review", "[idiom] insinuates undeclared hospitality bought the planning chair's vote",
  allowed=[IRONY], t=["mallinder"])
d("Wouldn't trust Joe Nwankwo to hold the petty cash at a coffee morning. Ask his old tenants' association what happened to theirs.",
  [], "review", "[idiom] insinuates the named councillor took money from a tenants' association",
  allowed=[PA], t=["nwankwo"])
d("Liam Costigan's 'community garden' grant. The community garden is his mam's back yard. You honestly could not make it up.",
  [], "review", "[idiom] imputes misuse of a grant to the named councillor (idiomatic framing, factual claim)",
  t=["costigan"])
d("Larbeck Community Pantry takes donations all year round. Ever wondered why the trustees all drive such nice cars? 🚗🚗🚗",
  [], "review", "[idiom] insinuating question: identifiable charity trustees divert donations",
  allowed=[IRONY], t=[])
d("Cllr Mallinder's planning minutes were doctored after the meeting, plain and simple. Forty of us heard him say the opposite of what's now 'on the record'.",
  [], "review", "[idiom] 'doctored' imputes falsification of minutes to the named chair",
  t=["mallinder"])
d("Hazel Threlfall's 'independent' review of the lido was written by her consultancy pal and paid for twice. Nice little earner.",
  [], "review", "[idiom] 'nice little earner' imputes double payment / self-dealing to the named councillor",
  allowed=[IRONY], t=["threlfall"])
d("The Leader and her pals at Dunegate stitched the Pier Quarter up between them. Ordinary bidders never stood a chance.",
  [], "review", "[idiom] 'stitched up' imputes rigging a procurement to the identifiable Leader and a named developer",
  t=["prowse"])
d("Pass the sick bag: the Mayor claiming mileage for engagements she was driven to in the civic car. Double-dipping at its finest.",
  [], "review", "[idiom] 'double-dipping' imputes expenses dishonesty to the identifiable Mayor",
  t=["oddie"])
d("Sandgrove Civils: over budget, behind schedule and somehow always paid in full. Someone's looking after them from the inside.",
  [], "review", "[idiom] insinuates a named contractor has a corrupt insider",
  t=[])
d("How much did Brackwater pay for that officer report? Because it wasn't written by anyone who's stood in Eppleby Marsh in January.",
  [OFF], "review", "[idiom] insinuating question: the planning officer's report was bought by a named developer",
  t=[])
d("Nudge nudge, wink wink. The Cadley Bank car park land 'valued' at £1 and sold to a company registered at Cllr Beddoes' accountant's address.",
  [], "review", "[idiom] 'nudge nudge' insinuates the named cabinet member engineered an undervalue sale to her own associates",
  allowed=[IRONY], t=["beddoes"])
d("Palm greased, job done. Marram Fields approved. Many congratulations to everybody at Brackwater Homes and their friends on the committee 🥂",
  [IRONY], "review", "[idiom] 'palm greased' imputes bribery of identifiable committee members; mock congratulations",
  t=["mallinder"])
d("My sources tell me Anjali Rathod's green homes grant is funnelling cash to her partner's solar start-up. If that's wrong she can publish the list of installers.",
  [], "review", "[idiom] 'funnelling cash' reported via 'my sources'; reversing the burden does not make it safe",
  t=["rathod"])
d("Dodgy as they come, the Coastal Leisure Trust board. Voted themselves 'honoraria' out of the kids' swimming lesson money.",
  [], "review", "[idiom] 'dodgy' + a factual claim of self-payment imputes misconduct to identifiable trustees",
  t=[])
d("Philippa Grimshaw has buried three whistleblowing complaints about the depot. Cover-up merchant.",
  [OFF], "review", "[idiom] 'buried' / 'cover-up merchant' imputes misconduct to the named Chief Executive",
  allowed=[PA], t=[])
d("Gillian Prowse took a £20k bung from Dunegate to get the Pier Quarter through cabinet. Fact.",
  [], "block", "[idiom] 'bung' is slang for a bribe, stated as fact with an amount: severe, block",
  allowed=[PA], t=["prowse"], key="I-bung")
d("Ken Slingsby has had his fingers in the Eppleby Marsh Bowls Club till for years. Eight grand at the last count.",
  [], "block", "[idiom] 'fingers in the till' stated as fact with an amount = theft; severe, block",
  t=["slingsby"])
d("Amazing what you can afford on a councillor's allowance these days. New Range Rover for Cllr Fairclough, and the Kettle Sands sea-front fund's mysteriously empty 🤔",
  [], "review", "[idiom] juxtaposition insinuates the named councillor took ward funds",
  allowed=[IRONY], t=["fairclough"])
d("Tidewell's MD and our Head of Coastal Services, Louise Entwistle, holiday together every summer. Suppose that explains the bin contract then.",
  [OFF], "review", "[idiom] 'suppose that explains' insinuates the named officer corruptly favoured a contractor",
  t=[])

# ---------------------------------------------------------------------------
# defamation.allegation: plain
# ---------------------------------------------------------------------------
d("Trevor Mallinder lied to the planning committee about the flood data. Simple as that.",
  [], "review", "[plain] 'lied to the committee' about a named councillor: dishonesty as fact; insult implied, allowed",
  allowed=[PA], t=["mallinder"], key="P-lied")
d("Desmond Aykroyd is a fraud and a liar.",
  [PA], "block", "[plain] 'fraud and a liar' stated as fact: defamation and personal-attack; fraud = crime, block",
  t=["aykroyd"], key="P-fraud")
d("Ken Slingsby stole from the Eppleby Marsh flood relief fund. I've seen the bank statements.",
  [], "block", "[plain] theft stated as fact about a named councillor: block",
  t=["slingsby"], key="P-stole")
d("Brackwater Homes bribed members of the planning committee to get Marram Fields approved.",
  [], "block", "[plain] bribery stated as fact against a named developer and identifiable committee members: block",
  t=["mallinder"], key="P-bribed")
d("Cllr Cheryl Bamber is corrupt. She took money from Dunegate Developments in exchange for her vote.",
  [], "block", "[plain] corruption and bribery stated as fact about a named councillor: block; 'corrupt' also an insult (allowed)",
  allowed=[PA], t=["bamber"], key="P-corrupt")
d("Colin Partington falsified the budget figures he presented to full council in February.",
  [OFF], "block", "[plain] falsification (false accounting) stated as fact about the named s151 officer",
  t=[])
d("The chair of planning accepted cash from a developer. He should be in prison.",
  [], "block", "[plain] bribery stated as fact about an identifiable role holder",
  t=["mallinder"])
d("Larbeck Community Pantry's treasurer has been embezzling donations.",
  [], "block", "[plain] embezzlement stated as fact about an identifiable person (the treasurer of a named charity)",
  t=[], key="P-embezzle")
d("Owen Catterall is a liar. He knew about the depot closure in November and denied it to our faces.",
  [PA], "review", "[plain] 'X is a liar': defamation and personal-attack; dishonesty, not a crime, so review",
  t=["catterall"], key="P-liar")
d("Sandgrove Civils defrauded the council on the sea wall. They billed for 400 metres and built 310.",
  [], "block", "[plain] fraud stated as fact against a named contractor",
  t=[])
d("Farida Qureshi rigged the Larbeck selection by signing up members who don't exist.",
  [], "review", "[plain] misconduct (rigging a party selection) stated as fact about a named councillor",
  t=["qureshi"])
d("Beverley Swarbrick deliberately misled councillors in her report on the Pier Quarter.",
  [OFF], "review", "[plain] deliberate deception stated as fact about the named Head of Planning",
  t=[])
d("Stan Whiteside committed postal vote fraud at the last borough election.",
  [], "block", "[plain] electoral fraud stated as fact about a named councillor",
  t=["whiteside"], key="P-postal")
d("Tidewell Environmental has been deliberately overcharging Saltcote residents and falsifying its collection logs to cover it.",
  [], "block", "[plain] fraud/falsification stated as fact against a named contractor",
  t=[])
d("Marion Oddie used the mayor's charity account to pay for her own holiday in Tenerife.",
  [], "block", "[plain] misappropriation of charity money stated as fact about the named Mayor",
  t=["oddie"])
d("Joseph Nwankwo is a crook who has been cheating his own tenants out of their deposits.",
  [PA], "review", "[plain] 'crook' + cheating tenants: defamation and personal attack; arguably block (deposit theft)",
  t=["nwankwo"], key="P-crook")
d("Rhys Ainscough lied on his register of interests. He's a director of two companies he never declared.",
  [], "review", "[plain] dishonest declaration stated as fact about a named councillor",
  t=["ainscough"])

# ---------------------------------------------------------------------------
# respect.personal-attack
# ---------------------------------------------------------------------------
F = PA
pos(F, "Cllr Mallinder is the most useless, smug, self-regarding excuse for a councillor this coast has ever produced.",
    [PA], "review", "string of insults aimed at a named councillor", t=["mallinder"])
pos(F, "@DesAykroydCon you're a clueless old dinosaur who couldn't run a whelk stall on a bank holiday.",
    [PA], "review", "insult to a @handle; 'old dinosaur' leans on age, so equality allowed", allowed=[EQ], t=["aykroyd"])
pos(F, "Honestly, Gillian Prowse has all the warmth and charm of a wet Tuesday on Thornsea prom.",
    [PA], "review", "mild but clearly personal put-down of the named Leader", t=["prowse"])
pos(F, "Bronwen Pilling is as thick as mince. Listening to her speak in chamber is physically painful.",
    [PA], "review", "insult to a named councillor's intelligence", t=["pilling"])
pos(F, "Graham Tattersall is a spineless jobsworth hiding behind a clipboard.",
    [PA, OFF], "review", "insult aimed at a named officer: personal-attack + officers.impartiality", t=[])
pos(F, "Declan Fairclough. Pompous little windbag. All mouth and no trousers.",
    [PA], "review", "insults aimed at a named councillor", t=["fairclough"])
pos(F, "Anjali Rathod is a sanctimonious zealot and a total embarrassment to Saltcote Central.",
    [PA], "review", "insults aimed at a named councillor", t=["rathod"])
pos(F, "Yvonne Gartside: brain of a goldfish, manners of a seagull nicking your chips 🐟🐦",
    [PA], "review", "humorous but personal insult to a named councillor", t=["gartside"])
pos(F, "That pathetic creature @CherylBamberRUK should be ashamed to show her face in Marram Point.",
    [PA], "review", "contemptuous insult aimed at a @handle", t=["bamber"])
pos(F, "Louise Entwistle is hopeless. Utterly, comically hopeless. Worst head of service I've dealt with in fourteen years on this council.",
    [PA, OFF], "review", "personal disparagement of a named officer", t=[])
pos(F, "liam costigan is a gormless puppet who says whatever the whip tells him to say",
    [PA], "review", "insult aimed at a named councillor (lower case, no punctuation)", t=["costigan"])
pos(F, "Hazel Threlfall is a nasty, vindictive piece of work and everybody on the Cadley Bank estate knows it.",
    [PA], "review", "insult aimed at a named councillor", t=["threlfall"])
pos(F, "Vermin. That's what Stan Whiteside is. Vermin in a cheap suit.",
    [PA], "block", "dehumanising insult aimed at a named councillor: severe, block", t=["whiteside"], key="A-vermin")
pos(F, "You are a disgrace to this chamber @OwenCatterallLD. A snivelling little coward.",
    [PA], "review", "insult aimed at a @handle in second person", t=["catterall"])
pos(F, "Kenneth Slingsby is a dribbling relic and it's long past time somebody wheeled him out of the chamber.",
    [PA], "review", "demeaning insult to a named councillor; edges on age, equality allowed", allowed=[EQ], t=["slingsby"])
pos(F, "Our Mayor is a vain, preening peacock who cares more about the chain than about anyone in this borough.",
    [PA], "review", "insult aimed at an identifiable role holder (the Mayor)", t=["oddie"])
pos(F, "Joe Nwankwo. Absolute waste of oxygen.",
    [PA], "block", "'waste of oxygen' is dehumanising: severe, block (judgement call)", t=["nwankwo"])
pos(F, "Ruth Beddoes is a walking PR disaster with the empathy of a pay-and-display machine.",
    [PA], "review", "insult aimed at a named cabinet member", t=["beddoes"])
pos(F, "Rhys Ainscough is a smirking nonentity. Nobody in Kettle Sands could pick him out of a line-up, and they'd be better off for it.",
    [PA], "review", "belittling insult aimed at a named councillor", t=["ainscough"])
pos(F, "Our so-called Monitoring Officer Nadeem Akhtar is a toothless lapdog for the ruling group.",
    [PA, OFF], "review", "insult to a named officer that also questions his neutrality", t=[])

# ---------------------------------------------------------------------------
# bullying.intimidation
# ---------------------------------------------------------------------------
F = BUL
pos(F, "@CllrMallinder keep voting for Marram Fields and see what happens. Plenty of us know which way you walk home from the club of a Friday.",
    [BUL], "block", "veiled threat plus knowledge of movements", allowed=[PA], t=["mallinder"])
pos(F, "Whoever reported me to the monitoring officer: I will find out who you are, and you will regret it.",
    [BUL], "block", "threat against an unnamed complainant (RULES: threats against complainants)", t=[])
pos(F, "Vote against the lido budget, Hazel, and I'll make sure your whole family hears about it. Consider yourself warned.",
    [BUL], "block", "conditional threat aimed at a named councillor", t=["threlfall"])
pos(F, "Graham Tattersall, a word of advice. Change that recommendation or I'll make your working life here very, very short.",
    [BUL, OFF], "block", "threat pressing a named officer to change advice", t=[])
pos(F, "I know where Declan Fairclough parks his van every night. Just saying.",
    [BUL], "block", "'I know where' intimidation aimed at a named councillor", t=["fairclough"])
pos(F, "Mrs Wilcock should think very carefully before giving evidence at that standards hearing. Careers and friendships have ended over less.",
    [BUL], "block", "intimidation of a named witness", allowed=[DP], t=[])
pos(F, "Any officer who briefs against me will be out of this building by the summer. I have a long memory and a longer reach.",
    [BUL], "block", "threat aimed at officers as a class; officers.impartiality allowed", allowed=[OFF], t=[])
pos(F, "Keep it up @AnjaliRathodGreen. One more stunt like Tuesday's and you'll find out what politics round here is really like. Tick tock ⏰",
    [BUL], "block", "veiled threat with countdown emoji", allowed=[PA], t=["rathod"])
pos(F, "Louise Entwistle had better watch her back. Plenty of us haven't forgotten who shut the Kettle Sands baths.",
    [BUL, OFF], "block", "'watch her back' threat aimed at a named officer", t=[])
pos(F, "To the three residents who signed that complaint about me: your names are on the paperwork I've been sent, and I won't forget a single one of them.",
    [BUL], "block", "intimidation of complainants", t=[])
pos(F, "If Owen Catterall turns up to the Eppleby Marsh meeting he'll need more than a Lib Dem rosette to protect him.",
    [BUL], "block", "implied threat of violence to a named councillor", t=["catterall"])
pos(F, "Rhys, I'd stop asking questions about my ward budget if I were you. For your own sake 🙂",
    [BUL], "block", "'for your own sake' threat with a smile", allowed=[IRONY], t=["ainscough"])
pos(F, "Cllr Pilling is going to be humiliated in front of the whole chamber on Thursday, I promise you. The folder's ready and I've told the Gazette to bring a camera.",
    [BUL], "block", "promised public humiliation of a named councillor", allowed=[PA], t=["pilling"])
pos(F, "Nice house you've got, Cheryl. Shame if the whole street found out what you've been up to.",
    [BUL], "block", "extortion-style threat to a named councillor", allowed=[DEF], t=["bamber"])
pos(F, "Any more complaints from the Marram Point lot and I'll see to it their community centre lease isn't renewed. Simple as.",
    [BUL], "block", "threat of reprisal against complainants using council power", allowed=["position.improper-advantage"], t=[])
pos(F, "Tell Joe Nwankwo his days in Saltcote Central are numbered. And I don't mean at the ballot box.",
    [BUL], "block", "veiled threat to a named councillor", t=["nwankwo"])
pos(F, "Mr Fazackerley, carry on filming at planning if you like, but don't be surprised when somebody takes that camera off you. Permanently.",
    [BUL], "block", "threat to a named member of the public", allowed=[DP], t=[])
pos(F, "Kerry Rimmer: withdraw that report by Friday or I will be stood outside your office every single morning until you do.",
    [BUL, OFF], "block", "intimidating ultimatum pressing a named officer to withdraw a report", t=[])
pos(F, "@YvonneGartside careful now. Accidents happen on that prom in the dark.",
    [BUL], "block", "veiled threat of harm", t=["gartside"])
pos(F, "I've already told Cllr Costigan's employer exactly what he gets up to in council time. His landlord's next. Back off, Liam.",
    [BUL], "block", "intimidation by contacting employer and landlord", allowed=[DEF, PA], t=["costigan"])

# ---------------------------------------------------------------------------
# equality.discrimination
# ---------------------------------------------------------------------------
F = EQ
pos(F, "Farida Qureshi should go back to wherever her lot came from and stop telling Saltcote how to live.",
    [EQ, PA], "block", "race/national origin attack on a named councillor", t=["qureshi"])
pos(F, "Women like Gillian Prowse are too emotional to run a budget. Every cabinet meeting's a hormonal rollercoaster.",
    [EQ, PA], "block", "sex-based attack on the named Leader", t=["prowse"])
pos(F, "No surprise Cllr Nwankwo wants more HMOs in Saltcote Central. His people are used to living twenty to a house.",
    [EQ, PA], "block", "racial stereotype aimed at a named councillor", t=["nwankwo"])
pos(F, "Anjali Rathod wants a Diwali lights switch-on on the prom next autumn. This is a Christian town; she can keep her religion at home.",
    [EQ, PA], "block", "attack on a named councillor for her religion", t=["rathod"])
pos(F, "Marion Oddie is far too old to be Mayor. Pensioners like her belong in a care home, not in the mayoral chain.",
    [EQ, PA], "block", "age-based attack on the named Mayor", t=["oddie"])
pos(F, "Disabled councillors slow the whole chamber down. Bronwen Pilling's ramp cost more than the Larbeck play area.",
    [EQ, PA], "block", "disability-based attack on a named councillor", t=["pilling"])
pos(F, "Owen Catterall brought his 'husband' to the civic dinner. Keep that sort of thing out of public events please, it isn't normal.",
    [EQ, PA], "block", "sexual orientation attack on a named councillor", t=["catterall"])
pos(F, "Gypsies and Travellers bring crime wherever they go and the Kettle Sands site will be no different.",
    [EQ], "block", "race (Gypsy/Traveller) group stereotype of criminality", t=[])
pos(F, "Muslims in Larbeck vote as a bloc because the mosque tells them to. That's not democracy.",
    [EQ], "block", "religion-based group attack", t=[])
pos(F, "Pregnant councillors shouldn't chair committees. Hazel's off for a year soon and her brain's already mush.",
    [EQ, PA], "block", "pregnancy-based attack on a named councillor", t=["threlfall"])
pos(F, "Trans people are mentally ill and shouldn't be allowed anywhere near the changing rooms at our leisure centre.",
    [EQ], "block", "gender reassignment group attack", t=[])
pos(F, "Stan Whiteside is your typical Irish chancer. Blarney and a bag of tools he never uses.",
    [EQ, PA], "block", "ethnic stereotype aimed at a named councillor", t=["whiteside"])
pos(F, "The Polish shops along Larbeck Road are why the area's gone downhill. Sooner they're gone the better.",
    [EQ], "block", "nationality/race group attack", t=[])
pos(F, "Declan Fairclough is 24 and still wet behind the ears. Running a ward is a job for grown men, not lads off TikTok.",
    [EQ, PA], "block", "age- and sex-based dismissal of a named councillor", t=["fairclough"])
pos(F, "Ruth Beddoes only got regeneration because she's a woman and the Tories needed a token skirt on the front bench.",
    [EQ, PA], "block", "sex-based attack on a named cabinet member", t=["beddoes"])
pos(F, "Deaf councillors need to accept they can't do the job. Another meeting held up for Cllr Costigan's interpreter.",
    [EQ, PA], "block", "disability-based attack on a named councillor (his deafness is in the post)", t=["costigan"])
pos(F, "Jewish landlords own half of Thornsea and it shows in the rents.",
    [EQ], "block", "antisemitic stereotype about a group", t=[])
pos(F, "Black lads from the city are behind every break-in at Kettle Sands. Everybody knows it, nobody says it.",
    [EQ], "block", "race-based criminality stereotype", t=[])
pos(F, "A gay man in charge of children's services scrutiny? Parents in Eppleby have every right to be worried about Owen Catterall.",
    [EQ, PA], "block", "sexual orientation attack insinuating danger to children", allowed=[DEF], t=["catterall"])
pos(F, "Hindus and their festivals: more noise, more litter, more road closures. Rathod can keep them in her own ward.",
    [EQ, PA], "block", "religion-based attack tied to a named councillor", t=["rathod"])

# ---------------------------------------------------------------------------
# respect.abusive-language
# ---------------------------------------------------------------------------
F = AB
pos(F, "Mallinder is a total fucking disgrace.",
    [AB, PA], "review", "obscene insult aimed at a named councillor", t=["mallinder"])
pos(F, "This fucking parking policy is killing the prom. Sort it out.",
    [AB], "review", "obscenity aimed at a policy, not a person", t=[])
pos(F, "Des Aykroyd, you absolute bellend.",
    [AB, PA], "review", "obscene insult aimed at a named councillor", t=["aykroyd"])
pos(F, "Shit budget, shit consultation, shit cabinet.",
    [AB], "review", "obscenity at a budget and an institution; the cabinet are people, so personal-attack allowed", allowed=[PA], t=["prowse", "aykroyd"])
pos(F, "Bamber is a cunt and everyone in Marram Point knows it.",
    [AB, PA], "block", "the c-word aimed at a named councillor: severe, block", t=["bamber"], key="B-cword")
pos(F, "Piss off back to your Larbeck echo chamber, @LiamCostiganLab.",
    [AB, PA], "review", "vulgar dismissal aimed at a @handle", t=["costigan"])
pos(F, "What a load of absolute bollocks from the Leader in chamber today.",
    [AB], "review", "vulgarity aimed at what was said; personal-attack allowed as it names the speaker", allowed=[PA], t=["prowse"])
pos(F, "@KenSlingsby is a twat. There, I said it.",
    [AB, PA], "review", "obscene insult aimed at a @handle", t=["slingsby"], key="B-twat")
pos(F, "The state of the bins in Kettle Sands is fucking shocking. Third week running.",
    [AB], "review", "obscenity aimed at a service", t=[])
pos(F, "Graham Tattersall is a useless prick.",
    [AB, PA, OFF], "review", "obscene insult aimed at a named officer", t=[])
pos(F, "Tidewell can shove their 'service improvement plan' right up their arse.",
    [AB], "review", "vulgarity aimed at a contractor (organisation)", allowed=[PA], t=[])
pos(F, "Cheryl Bamber is a thick bitch.",
    [AB, PA], "block", "gendered obscene insult at a named councillor: severe; equality allowed", allowed=[EQ], t=["bamber"])
pos(F, "Fuck Dunegate and fuck their Pier Quarter.",
    [AB], "review", "obscenity aimed at a developer and a scheme", t=[])
pos(F, "Declan Fairclough is a dickhead of the highest order.",
    [AB, PA], "review", "obscene insult aimed at a named councillor", t=["fairclough"])
pos(F, "The lido this summer was an absolute shitshow from start to finish.",
    [AB], "review", "obscenity aimed at an event/service", t=[])
pos(F, "Anjali, shut your fucking mouth for once.",
    [AB, PA], "review", "obscene silencing aimed at a named councillor; intimidation allowed", allowed=[BUL], t=["rathod"])
pos(F, "Motherfucking potholes on Cadley Bank Road have wrecked another tyre. Third this winter.",
    [AB], "review", "obscenity aimed at road conditions", t=[])
pos(F, "honestly owen catterall can go fuck himself",
    [AB, PA], "review", "obscene dismissal of a named councillor", t=["catterall"])
pos(F, "Slingsby's a wanker and so are his cuts.",
    [AB, PA], "review", "obscene insult aimed at a named councillor", t=["slingsby"])
pos(F, "Ruth Beddoes is a lying sack of shit.",
    [AB, PA, DEF], "block", "obscene insult that also calls her a liar: abusive + personal-attack + defamation; severe, block", t=["beddoes"])

# ---------------------------------------------------------------------------
# hard negatives
# ---------------------------------------------------------------------------
# A. criticism of a decision, contract or value for money, imputing no wrongdoing
hn("The sea wall contract has gone to Sandgrove Civils again. I think three awards in a row to the same firm is bad for competition, and I'll be asking cabinet to widen the framework next time.",
   "criticism of procurement outcome; no wrongdoing imputed to anyone")
hn("Marram Fields was approved last night. I think the planning committee got it badly wrong on flood risk, and I'll be backing residents if they go to the ombudsman.",
   "disagreement with a committee decision, civil")
hn("£2m on the Pier Quarter consultants and not a spade in the ground. That's poor value for money whatever way you cut it.",
   "value-for-money criticism of spending, no person accused")
hn("Cllr Aykroyd's budget balances the books by raiding reserves. Clever accounting, bad policy. Next year's cabinet will pay for it.",
   "criticism of a named member's budget choices; 'balances the books' is not cooking the books", t=["aykroyd"])
hn("The Leader says the Pier Quarter will pay for itself. I've read the business case and I don't believe the visitor numbers. Happy to debate it any time, Gillian.",
   "challenges the Leader's claim without calling her dishonest", t=["prowse"])
hn("Tidewell's performance on bin collections in Kettle Sands is not good enough. 41 missed streets in January. The contract has penalty clauses; let's use them.",
   "contractor performance criticism with facts, no dishonesty imputed")
hn("I voted against the Halberd Consulting extension. Eighteen months, £340k, and I still can't see what we've had for it. Not a good use of Saltcote's money.",
   "criticism of a consultancy contract as poor value")
hn("Cadley Bank car park sold for less than I think it's worth. I've asked for the valuation report to be published so residents can judge for themselves.",
   "questions a disposal value and seeks publication; no wrongdoing alleged")
hn("Planning committee: 7 for, 4 against Marram Fields. I was one of the four. Disappointed, but that's democracy and the decision stands.",
   "reports own vote and accepts the result")
hn("The lido's been mismanaged for years by successive administrations (including ours, to be fair). Time for a proper long-term plan, not another sticking plaster.",
   "'mismanaged' aimed at administrations generally, not an allegation of dishonesty")
hn("Honestly, the Coastal Leisure Trust's new prices are eye-watering. £7.20 for a child's swim. I'll be raising it at scrutiny.",
   "criticises charity's pricing, not its honesty")
hn("The Dunegate scheme is the wrong scheme in the wrong place. Too tall, too few affordable homes, and nothing for Thornsea's fishing families.",
   "policy opinion about a developer's scheme")
hn("Brackwater's viability assessment says they can only manage 8% affordable housing. I don't accept that and nor should the committee. Let's get an independent review.",
   "disputes a developer's figures; no accusation of lying")
hn("Cllr Mallinder ran a tight meeting but I think he was wrong to refuse extra speaking time for Eppleby Marsh residents. I've written to him to say so.",
   "civil criticism of a chair's procedural decision", t=["mallinder"])
hn("The parking enforcement contract costs more than it brings in. Whatever you think of the wardens, the maths doesn't work.",
   "value-for-money criticism")
hn("I don't think Cllr Slingsby's claim that the depot closure saves £400k stands up. The figures in the report show £260k at best.",
   "disputes a named member's figures without alleging dishonesty", t=["slingsby"])
hn("Another grant to the Thornsea Illuminations Trust with no outcomes reported. I support the lights, but we need to see what the money achieves.",
   "asks for outcomes, no misconduct alleged")
hn("Cabinet's decision on the bowls club lease is short-sighted. The club's been there since 1921 and deserves better than a rolling one-year deal.",
   "policy criticism")
hn("Sandgrove are six months late on the sea wall. The contract management has been weak and I want to know what lessons are being learned.",
   "criticism of delay and contract management, institutional")
hn("Ruth Beddoes has backed the wrong horse with Dunegate. I hope I'm wrong, for Saltcote's sake, but I think this scheme will stall.",
   "political judgement about a named member's choice, 'backed the wrong horse' is not corruption", t=["beddoes"])
hn("The jobs fair at the Winter Gardens was a flop. Fewer stalls than last year and no apprenticeships. We can do much better.",
   "criticism of an event; 'jobs' word overlap")
hn("Contract after contract going out of the borough. I want a local-first procurement policy so Saltcote firms get a fair crack.",
   "policy argument about procurement")
hn("It's a scandal that Eppleby Marsh still has no bus on Sundays. A policy scandal, to be clear, not a criminal one. The routes review must fix it.",
   "'scandal' used about a service gap, expressly not criminal")
hn("Total waste of money, that new signage on the prom. Half of it points the wrong way. Whoever signed that off needs to send it back.",
   "criticism of spending; 'whoever signed it off' implies no dishonesty")
hn("Labour's alternative budget doesn't add up. £3m of savings from 'efficiencies' with no detail. Farida, show us the workings.",
   "opposition challenge to figures, no dishonesty alleged", t=["qureshi"])

# B. calls for transparency and audit
hn("I'm calling for a full independent audit of the Pier Quarter spend. Not because I'm accusing anyone of anything, but because £14m of public money deserves proper scrutiny.",
   "call for audit; expressly imputes nothing")
hn("Publish the tender scoring for the parks contract. Residents have a right to see how the decision was made, and it protects officers too.",
   "call for transparency")
hn("Every grant the council gives, including to residents' associations, should be published with what it was spent on. Sunshine is the best disinfectant.",
   "transparency call about grants (echoes the receipts positive)")
hn("The Coastal Leisure Trust's accounts are on the Charity Commission website. I've read them and I have questions about the reserves policy. Will be asking at the trust's AGM.",
   "questions about a charity's accounts through proper route")
hn("I'd like to see the register of members' gifts and hospitality put online in a searchable form. Happy to start with my own.",
   "transparency call, self-inclusive")
hn("Can we have the Marram Fields flood data published in full please? Residents should be able to see the same numbers the committee saw.",
   "request for publication; shares topic with 'lied about flood data' positive")
hn("Saltcote needs an open-book policy on big contracts. Not because anyone's bent, but because the public pays and the public should see.",
   "'bent' used only to deny any imputation; transparency call")
hn("Motion to council next month: external audit of the coastal defence budget. It's the biggest capital project we've ever had. Cross-party support welcome.",
   "call for audit of a budget")
hn("Follow the money is good advice for any scrutiny committee. I'm asking for a line-by-line breakdown of the regeneration fund at the March meeting.",
   "'follow the money' used as a scrutiny method, no one accused")
hn("I've asked the Director of Resources for a public note on how the £1 valuation of the Cadley Bank land was reached. Sure there's an explanation; let's see it.",
   "seeks an explanation from a role holder politely; officer role named, impartiality allowed", allowed=[OFF])
hn("Call me old-fashioned but councillors' declarations of interest should be read out at the start of every committee, not just filed. Transparency costs nothing.",
   "transparency on interests, no one accused")
hn("If the Illuminations Trust is losing treasurers, it's worth the trustees asking the Charity Commission for guidance on governance. Happy to help them find a volunteer.",
   "supportive governance comment about the same charity as a positive")
hn("The public deserve to know what the Halberd contract has produced. I've put in a formal request for every deliverable to be published.",
   "formal request about a contract")
hn("Register of interests for all 36 of us is on the council website. Have a look, it's your right, and ask us if anything isn't clear.",
   "promotes transparency")
hn("Minutes of last month's planning committee are out. A couple of things don't match my notes, so I've asked for them to be checked at the next meeting, as the standing orders allow.",
   "raises a minutes discrepancy properly; contrast with 'doctored' positive")

# C. questions asked properly through the monitoring officer or scrutiny
hn("I've raised my concerns about the parking contract award with the Monitoring Officer and will say nothing more while that's looked at. That's the right way to do it.",
   "proper-channels concern, no allegation made public")
hn("Written question submitted to full council: how many contracts over £100k were awarded without competitive tender in 2025, and why?",
   "formal written question")
hn("Scrutiny committee will look at the Tidewell contract on 12 March. Residents can submit evidence through the committee clerk.",
   "scrutiny process announcement")
hn("If you think a councillor has broken the code of conduct, the right route is a complaint to the Monitoring Officer, not a Facebook pile-on. Details on the council website.",
   "directs people to the complaints process")
hn("Asked at audit committee today whether internal audit had looked at the leisure trust grant. Answer: it's in this year's plan. Good.",
   "reports a proper question and answer")
hn("I've asked for the Marram Fields decision to be called in to scrutiny. I think the committee gave too little weight to flood risk and I want that examined properly.",
   "call-in through proper process")
hn("Councillors who have questions about the Pier Quarter tender should put them to the s151 officer in writing. That's what I've done, and I'll share the reply when I have it.",
   "proper process; officer role mentioned neutrally", allowed=[OFF])
hn("Had a constructive meeting with the Monitoring Officer about how members should handle developer approaches. Guidance going to all groups next week.",
   "positive mention of the monitoring officer role", allowed=[OFF])
hn("Question to the Cabinet Member for Regeneration at full council: did the Dunegate shortlist include any Saltcote firms? I'll post her answer in full.",
   "a formal question, not an insinuation", t=["beddoes"])
hn("I won't comment on the complaint against a colleague while it's with the Monitoring Officer. Everyone is entitled to a fair process.",
   "refuses to comment on a pending complaint")
hn("Audit & Governance asked officers for a report on how the procurement team manages conflicts of interest. Sensible, routine and overdue.",
   "committee request, no one accused")
hn("Raised the missed bin lifts with Tidewell's contract manager and the council's client team. Credits applied for January. That's how it should work.",
   "resolves a dispute with a contractor properly")
hn("Submitted a freedom of information request for the Cadley Bank valuation. Not alleging anything, just want it public.",
   "FOI request, expressly not alleging")
hn("Residents asked me whether the grass-cutting contracts in Kettle Sands were tendered. I've put the question to the procurement team and will report back.",
   "passes a resident question to officers properly; shares topic with nepotism positive")
hn("I've referred the questions about the mayor's charity accounts to the Monitoring Officer, who will decide if anything needs looking at. I'd ask people not to speculate.",
   "refers concerns and discourages speculation")

# D. accurate reports of a conviction or published finding with source
hn("Former Saltcote councillor Barry Hothersall was convicted at Preston Crown Court on Tuesday of fraud by false representation, as reported by the Saltcote Gazette. Sentencing is in April.",
   "accurate report of a conviction with source", allowed=[DP])
hn("The Standards Committee's published decision (link on the council site) found that a councillor breached paragraph 1.1 of the code. The finding speaks for itself.",
   "report of a published standards finding with source")
hn("The Local Government Ombudsman's report, published today, found maladministration in how Saltcote handled the Eppleby Marsh flood complaints. Read it here. We must learn from it.",
   "accurate report of a published ombudsman finding")
hn("Sandgrove Civils were fined £120,000 by the Health and Safety Executive in 2023 after a worker was injured on a job in another county (HSE press release). Worth knowing when we score tenders.",
   "accurate report of a published regulator fine with source")
hn("According to the Charity Commission's published inquiry report, the previous trustees of a Thornsea charity failed to keep proper records. The new board has fixed it, and credit to them.",
   "report of a published regulator finding")
hn("Court report in today's Gazette: a Saltcote man jailed for stealing £40k from a sports club. Nothing to do with any club I know, but a reminder to every treasurer to have two signatories.",
   "report of a conviction about an unnamed person; 'stealing' in a sourced report")
hn("The external auditor's annual letter (published on the council website) gives the council an unqualified opinion but flags weaknesses in contract management. Fair challenge.",
   "published audit finding")
hn("The Electoral Commission reviewed the postal votes complaint in Marram Point and found no evidence of wrongdoing. Their letter is public. Time to move on.",
   "published finding clearing someone; shares words with postal-vote positives")
hn("Tidewell Environmental admitted breaching its contract targets in its own published annual report. The penalty deductions follow automatically.",
   "reports a contractor's own published admission")
hn("The tribunal judgment in the depot case is now public. The council lost, and we should say sorry to the staff concerned.",
   "accurate report of a published judgment")
hn("Cllr Whiteside was cleared by the Standards Committee last week (decision notice on the council site). Whatever you think of his politics, that matter is closed.",
   "reports a published clearing decision", t=["whiteside"])
hn("Crown Court confirmed today that the former Leisure Trust finance manager pleaded guilty to theft (Saltcote Gazette). The trust reported it to police itself, which was right.",
   "accurate report of a guilty plea with source; the plea is criminal-record data about an identifiable ex-employee, so data-protection allowed", allowed=[DP])

# E. allegations about nobody identifiable
hn("Scam warning: fraudsters are phoning Kettle Sands pensioners claiming to be from the council tax team. The council will never ask for your bank PIN over the phone.",
   "fraud about unidentified scammers", allowed=["security.credentials"])
hn("Somebody nicked the RNLI collection tin from the Pier Street chippy on Saturday. Low. If you saw anything, ring 101.",
   "theft by an unknown person")
hn("Whoever keeps fly-tipping on Larbeck Lane is a menace. Cameras going up next week.",
   "unknown offender")
hn("Some of the cowboy builders knocking on doors in Eppleby Marsh after the floods are charging triple for shoddy work. Use Trading Standards' approved list.",
   "warning about unnamed rogue traders")
hn("There's always someone on the take in any big organisation, which is why good councils have internal audit and whistleblowing policies. Ours are on the website.",
   "idiom used about nobody identifiable, in general terms")
hn("Bogus charity collectors have been working the prom this week. Genuine collectors carry a council permit. Ask to see it.",
   "unnamed bogus collectors")
hn("Vandals smashed two of the new shelters on Thornsea front overnight. Police have been informed.",
   "unknown offenders")
hn("Councils up and down the country have had their fingers burnt by consultants promising the moon. Let's not be next.",
   "general, nobody identifiable")
hn("Beware of a dodgy 'parking fine' email doing the rounds claiming to be from Saltcote Council. It's phishing. Delete it.",
   "unnamed scammers; 'dodgy' about an email")
hn("History lesson at the library talk: in the 1890s a Saltcote pier company director ran off with the shareholders' money and was never seen again. Great stories, go along.",
   "historical allegation about an unnamed long-dead person")

# F. figurative uses
hn("£4.50 for an hour's parking on Thornsea front is daylight robbery. Cabinet needs to rethink the tariffs before Easter.",
   "'daylight robbery' about charges")
hn("Knocking down the old baths to build a car park would be a criminal waste of a lovely building.",
   "'criminal waste' about a policy")
hn("The seagulls on the prom are definitely on the take. Saw one mug a toddler for a 99 this morning 🍦",
   "'on the take' about seagulls")
hn("Those new pay machines are absolute bandits. Ate three of my quid coins and gave me no ticket.",
   "'bandits' about machines")
hn("Cooking the books at the Larbeck library baking club tonight, literally: it's the cookery book swap. Bring one, take one 📚🧁",
   "pun on 'cooking the books'")
hn("That last-minute winner for Saltcote Athletic was daylight robbery and I loved every second ⚽",
   "football banter, figurative robbery")
hn("The fuel duty freeze is highway robbery dressed up as a tax cut. Roll on a proper transport plan.",
   "figurative robbery about national policy")
hn("The old pier railings are bent as anything after the storm. Repair crew booked for Monday.",
   "literal 'bent' about railings")
hn("Criminal that we still don't have a changing places toilet on the prom. Raising it again at budget council.",
   "'criminal' about a facility gap")
hn("The wind this morning stole my hat clean off my head on Marram Point. Never seen it again. RIP, lovely hat 🎩",
   "'stole' by the wind")
hn("Feathering the nest for spring: the Friends of Cadley Bank Park have put up 30 bird boxes. Fantastic work 🐦",
   "literal nests; idiom reused innocently")
hn("Brown envelopes are going out to every household this week. Don't bin it! It's your council tax bill and the new bin calendar.",
   "literal brown envelopes")
hn("It's a racket, that wind down at the front. Couldn't hear myself think at the lifeboat launch 😂",
   "'racket' meaning noise")
hn("Proper fiddle player at the Kettle Sands ceilidh on Friday. Fiddled his way through three hours without a break 🎻",
   "'fiddle' musically")
hn("Jobs for the boys AND the girls: 40 apprenticeships at the new marine engineering centre. Apply by 20 March!",
   "'jobs for the boys' used literally for apprenticeships")

# G. opinion clearly about policy
hn("The Conservative administration's approach to regeneration is all shiny towers and no homes for local people. We'd do it differently.",
   "political opinion about an administration's policy")
hn("Reform's plan to scrap the climate emergency declaration is wrong for a coastal town that's literally losing land to the sea.",
   "criticism of a party's policy")
hn("Labour's council tax freeze promise is fantasy economics. Nice headline, no plan behind it.",
   "robust policy criticism")
hn("Green policies on parking would price pensioners out of the town centre. I'll oppose them every time.",
   "policy opposition")
hn("The Lib Dems want another consultation. Residents have been consulted to death. Time to decide.",
   "policy criticism of a party")
hn("Our cabinet should be ashamed of the state of Saltcote's roads. Budget after budget of sticking plasters.",
   "the central-nuance example pattern: robust criticism of a body's policy")
hn("Selling off the Cadley Bank land at all was a mistake. Public land should stay in public hands.",
   "policy opinion about the same disposal as a positive")
hn("The Independents talk a good game on housing but their amendment would have cut affordable homes by a third. I'll keep saying it.",
   "robust criticism of a group's amendment")
hn("Outsourcing bins to Tidewell was a mistake by the last administration. Bring it back in-house when the contract ends.",
   "policy opinion on outsourcing")
hn("Residents First have no policies, just slogans. Prove me wrong, Declan: publish a costed manifesto.",
   "political challenge to a party and its leader, civil", t=["fairclough"])

# H. a councillor rebutting an allegation made against them (author = the councillor named)
hn("Some people are saying I took money from Dunegate. I didn't, I never have, and my register of interests and hospitality is public. If anyone has evidence, send it to the Monitoring Officer.",
   "rebuttal of a bribery allegation by the person it was made about", author="@GillProwseLeader")
hn("For the record: my son works for Sandgrove Civils, I declared it in 2024, and I leave the room for every Sandgrove item. Check the minutes.",
   "rebuttal of the nepotism insinuation by the planning chair himself", author="@CllrMallinder")
hn("A leaflet in Marram Point says I fiddled postal votes. That is false. The Electoral Commission looked at it and found nothing. I've asked the group who printed it to correct it.",
   "rebuttal of an electoral fraud claim by the accused councillor", author="@StanWhitesideInd")
hn("To whoever's sharing the post saying I'm 'on the take': I've passed it to my solicitor. I won't engage further. My declarations are on the council website.",
   "rebuttal quoting the allegation; no one identifiable accused", author="@RuthBeddoesCB")
hn("I've been told I 'lied to residents' about the depot. I said in November that no decision had been made; that was true at the time. The cabinet decision came in January. The papers are public.",
   "rebuttal with dates, quotes the allegation made against the author", author="@OwenCatterallLD")
hn("The raffle money: £3,100 taken, £600 to the bowls club, £2,500 to the lifeboat. Both receipts are pinned to my page. Happy to show anyone.",
   "rebuttal of the raffle insinuation with figures", author="@CherylBamberRUK")
hn("No, the community garden grant did not go to my mum's garden. It's the old allotment behind the Larbeck library, and you're welcome to come and dig.",
   "rebuttal of a grant-misuse rumour", author="@LiamCostiganLab")
hn("Mileage claims: I've claimed none this year. The civic car is in the Mayor's diary and the diary is published. Please check before you share things.",
   "rebuttal of the expenses insinuation", author="@MayorMarionOddie")

# I. banter
hn("Cllr Slingsby and I have a bet on the Saltcote Athletic derby. Loser wears the other team's scarf at full council. He's going down 😎",
   "friendly banter between members", allowed=[IRONY], t=["slingsby"])
hn("Declan Fairclough nicked the last custard cream at group leaders' this morning. A crime against biscuits, and I want it minuted 😂",
   "banter: 'nicked' and 'crime' about a biscuit", allowed=[IRONY], t=["fairclough"])
hn("Des Aykroyd's quiz team robbed us blind at the Lifeboat quiz. Three questions on 1970s snooker. Fix! (It wasn't.)",
   "banter about a quiz", allowed=[IRONY], t=["aykroyd"])
hn("Owen swears his carrot cake is his own recipe. I'm calling for a full independent audit of that icing 🥕🍰",
   "banter borrowing audit language", allowed=[IRONY], t=["catterall"])
hn("Cllr Gartside took every prize at the Kettle Sands bake-off. Scandalous. Absolutely scandalous. Well done Yvonne 🏆",
   "mock outrage in praise of a colleague", allowed=[IRONY], t=["gartside"])
hn("The Mayor stole the show at the Thornsea panto. Her 'Oh no it isn't' could be heard in the next borough 🎭",
   "'stole the show'", t=["oddie"])
hn("Hazel Threlfall beat me at table tennis at the youth centre and I demand a recount.",
   "banter with election vocabulary", allowed=[IRONY], t=["threlfall"])
hn("Joe Nwankwo's fantasy football team is suspiciously good this season. I've referred it to the Monitoring Officer. (I haven't.)",
   "banter, joke referral clearly marked", allowed=[IRONY], t=["nwankwo"])
hn("Rhys has been cooking the books again: the Kettle Sands community cookbook, that is, out on Saturday at the library. Top work 👨‍🍳",
   "pun, praise of a colleague", allowed=[IRONY], t=["ainscough"])
hn("Bent double laughing at Bronwen's speech at the Burns night supper. Best one in years.",
   "'bent' meaning doubled over", t=["pilling"])

# extra near misses
hn("I'm disappointed that the Leader hasn't answered my letter about the Pier Quarter. Gillian, please reply. Residents are waiting.",
   "firm but civil chasing of the Leader", t=["prowse"])
hn("I disagree with Cllr Qureshi on almost everything, but she fights hard for Larbeck and nobody can say otherwise.",
   "respectful disagreement", t=["qureshi"])
hn("Genuine thanks to Beverley Swarbrick and the planning team for staying late to brief residents on Marram Fields. Whatever we think of the scheme, they were patient and clear.",
   "thanks a named officer; impartiality may fire because an officer is named", allowed=[OFF])
hn("The word 'corrupt' gets thrown around far too easily online. If you've got evidence of wrongdoing, report it to the police or the Monitoring Officer. If you haven't, don't say it.",
   "meta-comment using 'corrupt' with no target")
hn("Resign, Trevor. Marram Fields was a bad call and Eppleby Marsh won't forget it at the ballot box.",
   "call to resign on the record; personal-attack allowed as it is pointed", allowed=[PA], t=["mallinder"])
hn("Seen a post today calling a colleague 'bent'. Whatever our differences, that's not acceptable and it's not how we do things here. Report it, don't share it.",
   "counter-speech quoting 'bent' to condemn it", allowed=[DEF])
hn("Met Dunegate at the public exhibition today alongside about 200 residents. Asked them hard questions about heights and parking. Notes on my page.",
   "public meeting with a developer, transparently reported")
hn("Lunch with Brackwater? No thanks. I told them any meeting goes through the planning team with an officer present. That's the rule and I stick to it.",
   "declines developer hospitality, topic overlap")

# ---------------------------------------------------------------------------
# fillers: ordinary ward business
# ---------------------------------------------------------------------------
fill("Surgery this Saturday 10-12 at Larbeck library. Drop in, no appointment needed.", "ward surgery notice")
fill("Gritters are out on the Windmill Rise hill tonight. Take care on the pavements in the morning, it'll be slippy.", "weather/service update")
fill("Lovely to join the Kettle Sands litter pick this morning. 42 bags and one shopping trolley. Thank you all!", "community event")
fill("Road closure: Eppleby Lane from 9 Feb for three weeks for drainage works. Diversion signed via Moss Road.", "service notice")
fill("Brilliant turnout at the Saltcote Central coffee morning for carers. Next one 4 March, all welcome ☕", "community event")
fill("The new defibrillator outside the Cadley Bank post office is now live. Thanks to everyone who fundraised.", "good news")
fill("Reminder: garden waste collections restart on 2 March. Subscriptions are open on the council website.", "service reminder")
fill("Congratulations to Thornsea Primary on their 'Good' Ofsted. Proud ward councillor today!", "congratulations")
fill("Beach clean on Marram Point, Sunday 11am, meet by the lifeboat station. Gloves and bags provided.", "community event")
fill("Anyone know who runs the Larbeck allotments waiting list these days? Had three residents ask me this week.", "ward question")
fill("Pothole on Kettle Sands Road by the bus stop reported and fixed within 48 hours. Credit where it's due.", "service praise")
fill("Thank you to the lifeboat crew who went out in awful weather on Tuesday night. Heroes, every one.", "thanks")
fill("Bus shelter on Windmill Rise Road finally repaired. Took a few emails but we got there.", "ward update")
fill("Dementia-friendly cinema screening at the Winter Gardens next Wednesday at 2pm. Tea and biscuits included.", "community event")
fill("Big thanks to the Eppleby Marsh flood wardens for checking on older neighbours through the storm.", "thanks")
fill("Libraries are extending Saturday opening from March. Good news for families and students.", "service news")
fill("Had a great chat with Year 6 at Cadley Bank Primary about what councillors actually do. Tough questions!", "school visit")
fill("New crossing on Promenade North approved after residents' petition. Works start in the summer.", "ward news")
fill("Snowdrops out in Cadley Bank Park already. Spring's on its way 🌱", "light filler")
fill("Reminder that the budget consultation closes on Friday. Every response gets read. Link in bio.", "consultation reminder")

# ---------------------------------------------------------------------------
# obfuscated variants: (original key, original word, obfuscated word, kind)
# ---------------------------------------------------------------------------
ZW = "\u200b"
VARIANTS = [
    ("P-bribed", "bribed", "br*bed", "asterisk"),
    ("P-corrupt", "corrupt", "c*rrupt", "asterisk"),
    ("B-cword", "cunt", "c*nt", "asterisk"),
    ("P-fraud", "fraud", "fr4ud", "digit"),
    ("P-embezzle", "embezzling", "emb3zzling", "digit"),
    ("I-take", "on the take", "on the t4ke", "digit"),
    ("P-liar", "liar", "li" + ZW + "ar", "zero-width-space"),
    ("P-stole", "stole", "st" + ZW + "ole", "zero-width-space"),
    ("B-twat", "twat", "tw" + ZW + "at", "zero-width-space"),
    ("I-bent", "Bent", "B e n t", "spaced-letters"),
    ("P-postal", "fraud", "f r a u d", "spaced-letters"),
    ("A-vermin", "Vermin", "V e r m i n", "spaced-letters"),
    ("I-envelopes", "envelopes", "env\u0435lopes", "cyrillic-homoglyph"),
    ("P-crook", "crook", "cr\u043eok", "cyrillic-homoglyph"),
    ("P-lied", "lied", "li\u0435d", "cyrillic-homoglyph"),
]


def build():
    rng = random.Random(SEED)
    keyed = {row["key"]: row for row in ROWS if row["key"]}
    rows = [dict(row) for row in ROWS]
    for key, old, new, kind in VARIANTS:
        orig = keyed[key]
        assert orig["text"].count(old) >= 1, (key, old)
        v = dict(orig)
        v["text"] = orig["text"].replace(old, new)
        v["variant_key"] = key
        v["obfuscation"] = kind
        v["key"] = None
        rows.append(v)
    rng.shuffle(rows)
    ids = {i: "b37-%03d" % (i + 1) for i in range(len(rows))}
    start = datetime(2026, 1, 5, tzinfo=timezone.utc)
    days = [start + timedelta(days=k) for k in range(0, 82)]
    days = [x for x in days if x.weekday() < 5 and x <= datetime(2026, 3, 27, tzinfo=timezone.utc)]
    out = []
    key_to_index = {}
    for i, row in enumerate(rows):
        if row.get("key"):
            key_to_index[row["key"]] = i
    authors = {}
    for i, row in enumerate(rows):
        if row.get("author"):
            author = row["author"]
        else:
            banned = {H[t] for t in row["targets"]}
            author = rng.choice([h for h in HANDLES if h not in banned])
        authors[i] = author
    # variants keep the original's author
    for i, row in enumerate(rows):
        if row.get("variant_key"):
            authors[i] = authors[key_to_index[row["variant_key"]]]
    for i, row in enumerate(rows):
        day = rng.choice(days)
        ts = day.replace(hour=rng.randint(8, 18), minute=rng.randint(0, 59), second=rng.randint(0, 59))
        platform = rng.choices(["x", "facebook", "bluesky"], weights=[5, 4, 2])[0]
        account = "personal" if rng.random() < 0.08 else "councillor"
        rec = {
            "id": ids[i],
            "text": row["text"],
            "author": authors[i],
            "created_at": ts.isoformat(),
            "platform": platform,
            "account": account,
            "kind": "post",
            "expect": {"rules": row["rules"], "allowed": row["allowed"], "verdict": row["verdict"]},
            "family": row["family"],
            "kind_of_row": row["kind_of_row"],
            "note": row["note"],
        }
        if row.get("variant_key"):
            rec["variant_of"] = ids[key_to_index[row["variant_key"]]]
            rec["obfuscation"] = row["obfuscation"]
            rec["note"] = "%s (obfuscated variant, %s, of %s)" % (row["note"], row["obfuscation"], rec["variant_of"])
        out.append(rec)
    with open("posts.jsonl", "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    recs = build()
    print("wrote %d rows" % len(recs))
