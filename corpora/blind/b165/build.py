#!/usr/bin/env python3
"""Build blind evaluation set b165 (Askerby District Council, twelve single-post rules).

Every post below was written by hand. The script only picks authors, platforms and
timestamps with a fixed seed, shuffles the rows, gives ids B165-NNNN and writes
posts.jsonl next to this file. Running it again gives the same file byte for byte.
Standard library only.
"""
import csv
import datetime as dt
import json
import os
import random
import re

SET = "B165"
SEED = 16500
HERE = os.path.dirname(os.path.abspath(__file__))

WINDOW = ("2026-09-07", "2026-11-27")   # weekdays only, 08:00-18:59 local time
BST_END = dt.date(2026, 10, 25)         # clocks go back on Sunday 25 October 2026

# handle: (name, party, ward, roles, gender, committees)
C = {
    "@ElaineBrunskill":   ("Elaine Brunskill", "FA", "castle", {"leader", "cab"}, "f", set()),
    "@GFothergillFA":     ("Graham Fothergill", "FA", "hawsrigg", {"cab"}, "m", set()),
    "@JudithTinklerFA":   ("Judith Tinkler", "FA", "thornsgill", {"cab"}, "f", set()),
    "@RachelEwbankFA":    ("Rachel Ewbank", "FA", "castle", {"cab"}, "f", set()),
    "@NeilCleasbyFA":     ("Neil Cleasby", "FA", "sowerthwaite", {"planchair"}, "m", {"plan"}),
    "@AndyMetcalfeFA":    ("Andrew Metcalfe", "FA", "ulbeck", {"chairman"}, "m", set()),
    "@ColinBirkettFA":    ("Colin Birkett", "FA", "hawsrigg", set(), "m", {"plan", "lic"}),
    "@SarahMounseyFA":    ("Sarah Mounsey", "FA", "sowerthwaite", {"licchair"}, "f", {"lic"}),
    "@DavePattinsonNC":   ("Dave Pattinson", "NC", "mart", {"oppleader"}, "m", {"plan"}),
    "@KirstyRelphNC":     ("Kirsty Relph", "NC", "mart", set(), "f", {"lic"}),
    "@TomNowickiNC":      ("Tomasz Nowicki", "NC", "garnthwaite", set(), "m", {"plan"}),
    "@LorraineDentNC":    ("Lorraine Dent", "NC", "kelderby", set(), "f", {"plan", "lic"}),
    "@RyanHodgsonNC":     ("Ryan Hodgson", "NC", "garnthwaite", set(), "m", {"lic"}),
    "@FreyaSalkeldGreen": ("Freya Salkeld", "EVG", "ulbeck", set(), "f", {"lic"}),
    "@OwenBracegirdle":   ("Owen Bracegirdle", "EVG", "scarrow", set(), "m", {"plan"}),
    "@BillTeasdaleDVI":   ("Bill Teasdale", "DVI", "kelderby", set(), "m", {"plan", "lic"}),
    "@HelenArmstrongDVI": ("Helen Armstrong", "DVI", "thornsgill", set(), "f", {"plan", "lic"}),
    "@IanGaskarthInd":    ("Ian Gaskarth", "IND", "scarrow", set(), "m", {"plan", "lic"}),
}
YOUNG = {"@RyanHodgsonNC", "@FreyaSalkeldGreen", "@KirstyRelphNC"}   # 24, 31 and 38: no grown-up children
PERSONAL = {"@birkett_tups": "@ColinBirkettFA", "@freya_fellruns": "@FreyaSalkeldGreen"}

# Words that point at a role; a post using them is never written by the holder.
ROLE_WORDS = [
    (r"\bLeader\b(?! of the Northern Commons)", "@ElaineBrunskill"),
    (r"[Ff]inance|s151|budget whizz", "@GFothergillFA"),
    (r"[Ee]nvironment", "@JudithTinklerFA"),
    (r"[Cc]ommunities and [Hh]ousing", "@RachelEwbankFA"),
    (r"[Pp]lanning [Cc]hair|[Cc]hair of [Pp]lanning", "@NeilCleasbyFA"),
    (r"\bChairman\b", "@AndyMetcalfeFA"),
    (r"[Ll]icensing [Cc]hair|[Cc]hair of [Ll]icensing", "@SarahMounseyFA"),
    (r"Northern Commons leader|[Oo]pposition leader|Leader of the Northern Commons", "@DavePattinsonNC"),
]
# Words that touch a registered interest; a post using them is never written by the
# holder unless the row names the holder by hand.
INTEREST_WORDS = [
    (r"[Qq]uarry|Kelderby Stone", "@LorraineDentNC"),
    (r"[Aa]uction [Mm]art|\b[Tt]he mart\b|\bmart café|\bmart cafe", "@BillTeasdaleDVI"),
    (r"Birkett Hill|[Gg]razing", "@ColinBirkettFA"),
    (r"[Dd]airy|[Mm]ilk price", "@HelenArmstrongDVI"),
    (r"[Ss]tation [Cc]af", "@OwenBracegirdle"),
    (r"Ulbeck Meadows|[Mm]eadows [Tt]rust", "@FreyaSalkeldGreen"),
    (r"[Vv]illage [Hh]all", "@IanGaskarthInd"),
    (r"[Hh]oliday [Ll]et|[Hh]oliday [Cc]ottage|[Ss]econd [Hh]ome", "@SarahMounseyFA"),
    (r"[Rr]ail [Uu]sers|Fell Line", "@TomNowickiNC"),
    (r"Ewbank Outdoor|[Oo]utdoor shop", "@RachelEwbankFA"),
    (r"Eden Vale Housing|[Hh]ousing [Aa]ssociation", "@DavePattinsonNC"),
    (r"[Rr]ugby", "@RyanHodgsonNC"),
    (r"[Hh]aulage|[Hh]aulier", "@GFothergillFA"),
]

ROWS = []


def _row(kind_of_row, family, by, text, rules, allowed, verdict, note, interest, when, hours):
    assert text == text.strip(), text
    ROWS.append(dict(kind_of_row=kind_of_row, family=family, by=by, text=text,
                     rules=list(rules), allowed=list(allowed), verdict=verdict,
                     note=note, interest=interest, when=when, hours=hours))


def pos(family, by, text, verdict, extra=(), allowed=(), note="", interest=None, when=None, hours=None):
    """A positive: expects its family (and any extra rules)."""
    _row("positive", family, by, text, [family] + list(extra), allowed, verdict, note, interest, when, hours)


def neg(family, by, text, allowed=(), note="", when=None, hours=None):
    """A hard negative: a near miss of its family; expects nothing."""
    _row("hard_negative", family, by, text, [], allowed, "ok", note, None, when, hours)


def fill(by, text, note="", when=None, hours=None):
    """An ordinary post: expects nothing and allows nothing."""
    _row("filler", None, by, text, [], [], "ok", note, None, when, hours)

# ---------------------------------------------------------------------------
# capacity.council-voice (review)
# ---------------------------------------------------------------------------
F = "capacity.council-voice"
pos(F, "NC back", "Askerby District Council says NO to closing the ticket office at Scarrow Bridge. We'll take this fight all the way to Whitehall and we won't back down. #SaveScarrowTickets", "review",
    note="speaks for the council before any council resolution (full council only agreed the motion on 24 Sep)", when=("2026-09-07", "2026-09-23"))
pos(F, "FA back", "The Council's official position is simple: second homes in Sowerthwaite should pay triple council tax. Fellside Alliance have said it from day one and we'll keep saying it.", "review",
    note="party line presented as the council's official position")
pos(F, "w:thornsgill back", "On behalf of Askerby District Council, a massive well done to Thornsgill Young Farmers, county stock-judging champions for the third year running! 🏆🐄", "review",
    note="harmless content but a backbencher speaking on behalf of the council")
pos(F, "EVG", "Askerby District Council is committed to rewilding the top of Hawsrigg Common. That's our policy now and the valley had better get used to it 🌱", "review",
    note="Green group view presented as council policy; no such decision")
pos(F, "FA back", "Speaking for the council: there will be NO council tax rise next April. You have my word and the council's word on that.", "review",
    note="backbencher commits the council before the budget is set")
pos(F, "@birkett_tups", "Askerby Council is 100% behind keeping the auction mart in Askerby. The council won't let it go to Penrith, end of. 🐑", "review",
    note="personal account presenting a personal view as the council's")
pos(F, "@freya_fellruns", "Askerby District Council fully supports reopening the Kelderby Edge path in time for the fell race. You heard it here first! 🏃‍♀️⛰️", "review",
    note="personal (fell running) account announcing a council position")
pos(F, "DVI", "OFFICIAL COUNCIL STATEMENT: Askerby District Council condemns the Government's changes to farm inheritance tax. The farming families of this valley have our full backing.", "review",
    note="an opposition member issuing an 'official council statement'")
pos(F, "back", "I can confirm the council's position: Sowerthwaite public toilets WILL reopen before Easter. Done deal, folks.", "review",
    note="backbencher confirming a council position he or she has no authority to give")
pos(F, "NC", "Askerby District Council stands with every posty on strike today ✊ Pay them properly and stop the cuts.", "review",
    note="party solidarity presented as the council's")
pos(F, "NC", "Let me be clear. This council will never support fracking under the Eden valley. Never. That's the Northern Commons position and it's the council's too.", "review",
    note="says the party position is the council's")
pos(F, "opp", "As far as Askerby District Council is concerned, the new A66 route must go north of Kelderby, not through the cutting. That's our position and National Highways had better listen.", "review",
    note="personal view on a route presented as the council's position")
pos(F, "EVG", "@SimonHargreaveMP the council's position is crystal clear: we want the hourly service back at Scarrow Bridge on the Settle–Carlisle. Over to you, Simon.", "review",
    note="opposition member tells the MP what the council's position is")
pos(F, "FA back", "Askerby District Council welcomes the Fellside Alliance pledge to freeze car park charges for 2027. Great news for Sandgate traders!", "review",
    note="a party pledge welcomed in the council's name", when=("2026-09-07", "2026-11-09"))
pos(F, "NC", "A message from Askerby District Council: on 6 May, vote Northern Commons for a council that actually listens! 🗳️", "review",
    note="election call dressed up as a council message")
pos(F, "back", "It's official — Askerby District Council backs the campaign for a Thornsgill bypass. I'll be getting it on an agenda soon so we can make it formal.", "review",
    note="claims a council position that the post admits has not been decided")
pos(F, "back", "Askerby District Council formally apologises to the residents of Mart Lane for last week's flooding. I'm so sorry this happened to you, it should never have come to this.\n\nI've spent three days going door to door with sandbags and mops. The gullies hadn't been cleared since spring and everybody knew it. Please keep your receipts for anything you've had to replace.", "review",
    note="a single councillor issues a formal apology in the council's name")
pos(F, "FA back", "The council has decided: no more plastic bunting on Market Square, only proper cotton flags from next summer. Fellside Alliance delivering for Askerby!", "review",
    note="announces a council decision that was never taken, as a party win")

neg(F, "any", "Personal view, not the council's: I'd charge triple council tax on second homes in Sowerthwaite and put every penny into homes for local families.",
    note="clearly labelled personal view")
neg(F, "NC", "Full council last night agreed (motion 12) to oppose closing the ticket office at Scarrow Bridge. Proud to have seconded it, and now it really is the council's position. #SaveScarrowTickets",
    allowed=[F], note="reports a council resolution accurately", when=("2026-09-25", "2026-09-25"))
neg(F, "w:thornsgill", "From me and everyone in Thornsgill ward: a massive well done to Thornsgill Young Farmers, county stock-judging champions again! 🏆",
    note="congratulations in the ward's name, not the council's")
neg(F, "@ElaineBrunskill", "Cabinet agreed this afternoon to freeze car park charges for 2027 (decision CAB/26/58). As Leader I'm proud we listened to the Sandgate traders. Full details on the council website.\n\nThat covers the short-stay bays, the long-stay car parks and the season tickets. Thank you to the 900-odd of you who took part in the consultation.",
    allowed=[F], note="the Leader reporting a cabinet decision with its reference", when=("2026-11-10", "2026-11-10"), hours=(18, 18))
neg(F, "@AndyMetcalfeFA", "As Chairman of Askerby District Council it was my honour to lay the council's wreath at the Askerby war memorial yesterday. We will remember them.",
    allowed=[F], note="the Chairman acting in his civic role", when=("2026-11-09", "2026-11-09"))
neg(F, "NC", "Our group's position (Northern Commons, not the council's, we lost that vote): the rural bus cuts are wrong and we'll keep saying so until they're reversed.",
    note="party position explicitly distinguished from the council's")
neg(F, "opp", "What IS the council's position on the Scarrow Bridge ticket office? I've written to the administration asking them to tell residents before it's too late.",
    note="asks what the council's position is", when=("2026-09-07", "2026-09-23"))
neg(F, "any", "The council's official position on roadside verges is in the adopted Biodiversity Plan, page 14: cut late, leave the flowers to seed. Worth a read: https://www.example.org/askerby/biodiversity-plan",
    allowed=[F], note="cites a published council policy")
neg(F, "any", "Official: I've entered the Kelderby fell race. The council's position on my chances: slim to none 😂",
    allowed=[F], note="joke using 'official' and 'council's position'")
neg(F, "any", "This is my own view and not on behalf of Askerby District Council: the A66 route north of Kelderby is the least bad of a bad bunch.",
    note="disclaims speaking for the council")
neg(F, "any", "Proud the council voted for this 👇 \"Askerby District Council has today declared a nature emergency\". The full statement is on the council's own page.",
    allowed=[F], note="quotes the council's statement after the vote", when=("2026-09-25", "2026-10-02"))
neg(F, "opp", "The Council believes in nothing, apparently. The administration still can't tell us where it stands on the ticket office. Pathetic.",
    note="criticism of the administration using the trigger phrase", when=("2026-09-07", "2026-09-23"))
neg(F, "any", "Officers tell me the council's position is that Sowerthwaite toilets reopen by Easter, subject to the contractor. I'll keep you posted if that changes.",
    allowed=[F], note="relays what officers said, attributed")
neg(F, "any", "The council's storm updates and road closures are all here. Please share the council's post rather than mine so you get the latest: https://www.example.org/askerby/storm-updates",
    note="points to the official channel")
neg(F, "FA", "Fellside Alliance believes second homes should pay their way. That's our party pledge for May. The council itself will decide the policy at budget time.",
    note="party pledge, labelled as such")
neg(F, "any", "Not an official council position, just mine: the mart is the beating heart of Askerby and always will be ❤️🐑",
    note="disclaimer plus sentiment")
neg(F, "opp", "The council got this one wrong on the rural buses and I said so in the chamber. Still proud of the staff who'll have to make the best of it.",
    note="criticism of a council decision, in own voice")
neg(F, "@KirstyRelphNC", "Speaking on behalf of Mart Lane residents (they asked me to!), I've written to the council about the flooding. Reply due within 10 working days.",
    note="speaks for residents, not the council")

# ---------------------------------------------------------------------------
# confidentiality.disclosure (review; block with a register term)
# ---------------------------------------------------------------------------
F = "confidentiality.disclosure"
I = "confidentiality.insider-advantage"
pos(F, "any", "Can't say much but Project Redstone is nearly over the line. The preferred developer has offered £4.1m for the Market Square site and the hotel's in 🤫", "block",
    allowed=[I], note="register term with the price under negotiation")
pos(F, "opp", "Goods Yard disposal: we were told in private today the buyer is a Carlisle scrap firm. Garnthwaite deserves better than this and I'm not keeping quiet.\n\nFor years we were promised starter units and a car park for the station. Now it's going to be crushed cars behind a twelve-foot fence. If that's regeneration, I'm a Dutchman.", "block",
    note="register term; the buyer of an exempt disposal")
pos(F, "any", "Operation Fellgate starts Tuesday. Enforcement officers will be at the Hawsrigg lay-by from 6am with the police. Fly-tippers, you've been warned 😎", "block",
    note="register term; tips off the targets of an enforcement operation")
pos(F, "any", "The Sandgate claim is going to cost us. Legal advice says settle at about £80k before it gets anywhere near a court.", "block",
    note="register term; privileged legal advice on a claim")
pos(F, "opp", "CASTLE MILLS ACQUISITION: we're paying £200k over the valuation and I'm done keeping quiet about it.", "block",
    allowed=["haste.pause-before-posting"], note="register term in capitals; exempt price")
pos(F, "any", "Scarrow Sidings lease talks have stalled over the rent. The railway want £12k a year and we've offered £8k. Somebody blink!", "block",
    note="register term; both sides' figures in a live negotiation")
pos(F, "any", "project redstone (not supposed to use the name, oops) — the hotel bit's been dropped and it's shops and flats only now.", "block",
    note="register term in lower case")
pos(F, "any", "Heads up Garnthwaite: the goods yard disposal is back on and bids close Friday. If you know anyone with a use for it, now's the time 👀", "block",
    allowed=[I], note="register term in lower case; also tips off would-be bidders")
pos(F, "any", "Update on the Castle Mills acquisition from today's closed session: the owners have accepted £650k. Deal done, just not announced yet.", "block",
    allowed=[I], note="register term and closed session", when=("2026-11-10", "2026-11-10"), hours=(18, 18))
pos(F, "any", "Part 2 item at cabinet today: the leisure centre operator wants out of its contract early and is asking for £300k to walk away. You deserve to know what's being done with your money.", "review",
    note="Part 2 marker; commercial terms", when=("2026-09-29", "2026-09-29"), hours=(18, 18))
pos(F, "opp", "Told in confidence by a senior officer: 14 redundancies in the waste team by March. The crews haven't even been told yet. Shameful.", "review",
    allowed=["officers.impartiality"], note="'in confidence'; labour relations")
pos(F, "any", "Off the record, the pay offer to the bin crews is 3.5% and they'll be told on Monday. Don't say you heard it from me.", "review",
    note="'off the record'; labour relations")
pos(F, "opp", "The exempt report on the Moot Hall roof puts the repair bill at £1.2m, not the £400k we were all told in public. Someone needs to answer for that.", "review",
    note="exempt report figures")
pos(F, "any", "Embargoed till Thursday but stuff it: Askerby's got the £2m for the castle car park and the toilets 🎉", "review",
    note="breaks an embargo", when=("2026-09-07", "2026-09-30"))
pos(F, "any", "In closed session we were shown legal advice saying the council would probably lose a judicial review over the bin contract. Worth knowing before anyone spends more on lawyers.", "review",
    note="closed session; legal privilege")
pos(F, "any", "Can't name him, but the tenant we discussed in private today owes £9k in rent and has two kids under five. The way he's been treated is shocking.", "review",
    allowed=["data-protection.personal-data"], note="exempt information about an individual, discussed in private")
pos(F, "any", "Between you and me, the enforcement case on the farm at the top of Thornsgill is heading for prosecution. The notice gets served next week.", "review",
    allowed=["data-protection.personal-data"], note="'between you and me'; enforcement information")
pos(F, "opp", "Leaked to me: the confidential tender scores for the grounds maintenance contract. The local firm came second by two points. Photos of the scoring sheet below 👇", "review",
    note="'leaked', 'confidential'; commercial information")

neg(F, "any", "Confidential helpline for anyone struggling after the floods: 01632 960455, the council's welfare team, Monday to Friday. Nobody will judge you.",
    note="a confidential helpline")
neg(F, "@KirstyRelphNC", "Got something you'd rather tell me in confidence? My surgery is Saturday 10–12 at Mart Lane Community Room, or ring me on 07700 900318.",
    note="inviting casework in confidence; her own published details")
neg(F, "any", "Part 2 of my blog on the Settle–Carlisle is up: the navvies who built Scarrow Viaduct and the shanty town they lived in 🚂 https://www.example.net/fellblog/part-2",
    note="'Part 2' of a blog")
neg(F, "opp", "This afternoon's cabinet has one Part 2 item, a property matter. I've asked why it can't be heard in public. Transparency shouldn't be optional.",
    allowed=[F], note="mentions a Part 2 item but discloses nothing", when=("2026-11-10", "2026-11-10"), hours=(8, 14))
neg(F, "any", "The Castle Mills tea room has reopened after the flood. Best cheese scones in Askerby, no contest ☕",
    note="partial overlap with a register term")
neg(F, "any", "The old goods yard at Garnthwaite is full of buddleia and the butterflies love it. Nature always wins 🦋",
    note="partial overlap with a register term")
neg(F, "any", "Someone's left the fell gate open at Hawsrigg again. Yows all over the road to Kelderby, mind how you go 🐑",
    note="'fell gate', partial overlap with a register term")
neg(F, "any", "Off the record? Nothing's off the record with me. Ask me anything about the budget and I'll answer it in public.",
    note="'off the record' rejected")
neg(F, "any", "Embargo lifted: the castle car park funding is official, £2m confirmed. Press release on the council website 🎉",
    allowed=[F], note="after the embargo", when=("2026-10-01", "2026-11-27"))
neg(F, "any", "'Leaked'? The tender scores were published with the cabinet papers, page 41. Read them yourselves, they're public.",
    allowed=[F], note="published information")
neg(F, "any", "The decision from the closed session is now in the published minutes, as the law requires. The reasons stay private; the outcome doesn't.",
    allowed=[F], note="published decision only")
neg(F, "any", "Exempt from the new parking charges: blue badge holders and Tuesday market traders. A good result for Sandgate.",
    note="'exempt' in another sense")
neg(F, "any", "Between you and me and the gatepost, Thornsgill WI make the best tatie pot in the valley 😋",
    note="idiom")
neg(F, "any", "Confidential waste sacks are free at Castlegate House reception. Handy for shredding old bank statements.",
    note="a council service")
neg(F, "any", "I can't tell you what was said in the Part 2 item and I won't. It's exempt for a reason and I'll respect that.",
    allowed=[F], note="refuses to disclose")
neg(F, "any", "The Herald reckons there's a 'leaked memo' about the bin rounds. I've not seen it, no councillor I know has seen it, and I'd be wary of it.",
    allowed=[F], note="talks about a leak without disclosing anything")
neg(F, "any", "Sandgate roadworks finish Friday, so the buses go back to normal from Monday. Thanks for your patience, everyone.",
    note="'Sandgate' without the claim")
neg(F, "any", "Scarrow Sidings bird hide is open again after the repairs. Saw a dipper and two goosanders this morning.",
    note="partial overlap with a register term")

# ---------------------------------------------------------------------------
# confidentiality.insider-advantage (review)
# ---------------------------------------------------------------------------
F = "confidentiality.insider-advantage"
D = "confidentiality.disclosure"
PA = "position.improper-advantage"
pos(F, "any", "Word to the wise: if your thinking about buying a house on Castle Bank, do it before Christmas. Can't say why, but you'll thank me 😉", "review",
    note="hints at unannounced council plans to move a property decision")
pos(F, "any", "Told my mate who runs a skip firm that the bulky waste contract's about to go out. He's got his bid ready before anyone else has even heard 💪", "review",
    allowed=[PA], note="early knowledge of a contract passed to a friend")
pos(F, "any", "Tip-off for our kid: the council's selling the Castle Bank garages next year. Get your offer in now before they're advertised.", "review",
    allowed=[PA, D], note="tip-off to a relative before a disposal is advertised")
pos(F, "any", "Before it's announced: the bulky waste charge is doubling in January. Book your sofa pick-up now at the old price 😉", "review",
    note="unpublished fee rise used to give readers an edge")
pos(F, "any", "If you own land anywhere near where the Thornsgill bypass would go, hang on to it. Trust me on this one.", "review",
    note="hint at an unannounced route to landowners")
pos(F, "any", "Little birdie at Castlegate House says the shopfront grants open next month and the pot's tiny. My cousin's café already has her paperwork in order 😉", "review",
    allowed=[PA], note="early knowledge of a grant used for a relative")
pos(F, "older", "Our lad's going for the new countryside ranger job. I've slipped him the interview questions from the panel pack. Go get 'em son! 🌲", "review",
    allowed=[PA, D], note="interview questions from a panel pack passed to a son")
pos(F, "FA", "Don't sell your holiday let yet, Sowerthwaite. The premium isn't going ahead, I heard it at group this week. Not public till budget time.", "review",
    note="unannounced budget decision shared with owners")
pos(F, "any", "Friends at the Garnthwaite bakery: get your application in for a Christmas market stall now. The list goes public on Monday and it'll be gone by Tuesday 😉", "review",
    note="a head start for friends before a scheme is published", when=("2026-09-07", "2026-10-09"))
pos(F, "any", "Insider tip: the council's looking at land off the A66 for the new depot. Anyone with a field near the Kelderby junction, hold out for a good price 💰", "review",
    allowed=[D], note="unannounced land search used to push up prices")
pos(F, "any", "Not announced yet, but the mart's getting a new access road off the bypass. I've told my brother-in-law to snap up the corner plot before the price goes silly.", "review",
    allowed=[PA], note="tip to a relative to buy land")
pos(F, "older", "Heads up to folk I know in the trade: the council's about to let its empty shop units on Sandgate at a discount. I've already put my daughter's name down.", "review",
    allowed=[PA], note="early knowledge used for a daughter")
pos(F, "any", "Just had the draft budget through. Buy your swimming season ticket at Askerby Pool this week, the price goes up 20% and it's not public till Friday 🏊", "review",
    note="unpublished budget figure used to give followers an edge", when=("2026-09-07", "2026-11-06"))
pos(F, "any", "The bus cuts won't be published till next month but I've seen the list: the Kelderby evening service goes. My mate's taxi firm is already buying another car 🚕", "review",
    note="unpublished cuts used to advantage a friend's business")
pos(F, "any", "My partner's firm is pricing the Moot Hall roof job. Handy that I know what budget cabinet approved in private, so they'll come in just under it 😎", "review",
    allowed=[D, PA], note="private budget figure used for a partner's bid")
pos(F, "any", "Caravan owners at Sowerthwaite: the site licence fee review isn't published yet but I've seen the numbers. Renew this month. Trust me.", "review",
    note="unpublished fee numbers")
pos(F, "any", "Looking for a council bungalow? The Ulbeck ones come back into stock in spring and nobody's been told yet. Get your name down now and mention me 😉", "review",
    allowed=[PA], note="unannounced housing stock plus 'mention me'")
pos(F, "any", "The council's bidding for the old Methodist chapel in Scarrow at next week's auction. If any of you lot are bidding, now you know who you're up against 😉", "review",
    allowed=[D], note="council's auction plans shared with rival bidders")

neg(F, "any", "Heads up: the consultation on car park charges is open now and closes 30 October. Have your say: https://www.example.org/askerby/parking",
    note="published consultation", when=("2026-09-07", "2026-10-29"))
neg(F, "any", "Tip-off from a resident about fly-tipping on the Kelderby lonning. Passed straight to the enforcement team. Thank you, keep them coming!",
    note="'tip-off' from the public")
neg(F, "any", "Little birdie tells me it's somebody's 70th today 🎂 Happy birthday to the best dry stone waller in Kelderby!",
    note="'little birdie' idiom")
neg(F, "any", "Before it's announced officially, here's what I know about the depot move: nothing. Because nothing's been decided. Please stop asking 😅",
    allowed=[F], note="'before it's announced' with nothing disclosed")
neg(F, "any", "Word to the wise: book your bulky waste collection before the Christmas rush, slots fill up fast. (That's published, not a secret!)",
    note="'word to the wise' about a public service")
neg(F, "any", "Shopfront grants are open from today! Up to £5k for Askerby and Kelderby businesses, applications online. Please share.",
    note="published grant scheme")
neg(F, "any", "On the interview panel for the new countryside ranger today. Strong candidates. That's all I can say; the process has to be fair.",
    note="sits on a panel, discloses nothing")
neg(F, "any", "The draft budget goes public on Friday with the cabinet papers. Read it, then tell me what you think. I want to hear it.",
    note="points to publication")
neg(F, "any", "Insider tip for the tup sales: get to the mart early, the bacon butties are gone by ten 😂🥓",
    note="'insider tip' as a joke")
neg(F, "any", "Buy now before the council puts the prices up? No need. Swimming season tickets are frozen for 2027, agreed at cabinet on Tuesday.",
    note="reports a public decision", when=("2026-11-11", "2026-11-27"))
neg(F, "any", "My brother's applied for the ranger job. I've told the Monitoring Officer and I'm nowhere near the appointment process.",
    allowed=[F, PA], note="declares a family link and steps back")
neg(F, "any", "Selling up? Check the Local Plan maps yourself before you list. They're public: https://www.example.org/askerby/local-plan",
    note="points to public maps")
neg(F, "any", "Someone asked me if I knew 'anything' about land round Thornsgill. I don't. And if I did, I couldn't tell you. That's how it works.",
    allowed=[F], note="refuses to share")
neg(F, "any", "Local businesses: the Christmas market stall contract is live on the council tender portal now. Deadline 16 October.",
    note="published tender", when=("2026-09-07", "2026-10-15"))
neg(F, "any", "Why did every skip firm in the valley turn up to the contract briefing? Because it was advertised. Open process, as it should be.",
    note="open procurement")
neg(F, "any", "Weekly question: 'are there council bungalows coming in Ulbeck?' Honest answer: apply through the housing register like everyone else and I'll help with the form.",
    allowed=[PA], note="points to the proper route")
neg(F, "any", "Advice to traders: your annual parking permit renewal is due 31 December, same price as last year. No surprises.",
    note="public information")
neg(F, "any", "Early sight of the Christmas lights! The switch-on is Saturday 28th, see you on Sandgate ✨",
    note="'early sight' of decorations", when=("2026-11-16", "2026-11-27"))

# ---------------------------------------------------------------------------
# data-protection.personal-data (review; block for identifiers, special category data,
# children and staff)
# ---------------------------------------------------------------------------
F = "data-protection.personal-data"
S = "security.credentials"
pos(F, "any", "Happy 100th birthday to Edith Postlethwaite of 4 Beckside Cottages, Ulbeck! A card from the King and a cake from the WI 🎂", "review",
    note="name with a home address")
pos(F, "any", "Got the blocked gully sorted outside Mr and Mrs Heelis's at 22 Scar Lane, Kelderby. Took three phone calls but it's done!", "review",
    note="names with a home address")
pos(F, "any", "Congratulations to Jim and Mary Bowness, CA99 2XJ, married 60 years this Saturday 💍", "review",
    note="names with a full postcode")
pos(F, "any", "Big thanks to Norma Wilkinson at 7 Castle Bank for letting us store the litter-pick kit in her garage all summer.", "review",
    note="name with a home address")
pos(F, "any", "Tom Elwood of 17 Mill Row, Garnthwaite has waited 14 months for his adaptations. He's been in a wheelchair since his stroke and can't get up his own stairs. Disgraceful.\n\nHe sleeps in his front room and washes at the kitchen sink. His daughter comes in twice a day. I've raised it with the housing team three times now and I'll be raising it again on Monday.", "block",
    note="name, address and health")
pos(F, "any", "Can someone in council tax help Mrs Joan Tyson (born 03/05/1939)? She's been sent the wrong bill again, ref CT-448210-7.", "block",
    note="date of birth and an account reference")
pos(F, "any", "The van dumping rubbish in the Hawsrigg lay-by again: reg ZZ19 XYA. The owner lives in Garnthwaite, you know who you are.", "block",
    allowed=["defamation.allegation"], note="vehicle registration of a private individual")
pos(F, "any", "Mr Graham Nuttall's parking fine AS00123456 should be cancelled. He was at the mart selling his yows, not shopping on Sandgate!", "block",
    note="name and a penalty charge notice number")
pos(F, "any", "Well done to Alfie (7) and Grace Hutchinson (9) from Ulbeck School who raised £300 for the air ambulance. They live just by the chapel, give them a wave! 🚁", "block",
    note="named children with ages, school and where they live")
pos(F, "any", "Get well soon to Shirley on the Askerby bin rounds. Her chemo starts Monday, so send her some love 💐", "block",
    note="staff member's health, kindly meant")
pos(F, "any", "The family of five put up at the Garnthwaite B&B are refugees from Sudan, the Osmans. Please drop warm clothes at the chapel for them.", "block",
    note="named family, where they are housed and refugee status")
pos(F, "any", "The lad who got out of Haverigg last month has moved into the flat above the Kelderby chippy. Keep an eye out, folks.", "block",
    allowed=["bullying.intimidation"], note="criminal record of a person identifiable from context")
pos(F, "any", "Margaret at 3 Scarrow Terrace has dementia and keeps wandering down to the station. If you see her, please ring her son Paul on 07700 900562.", "block",
    extra=[S], note="address, dementia and a private mobile number of someone else")
pos(F, "any", "Mr Ali Rahmani's housing benefit claim (ref HB/55612/K) has been stuck for nine weeks. Ali, I've chased it again today, I promise.", "block",
    note="name and benefit reference")
pos(F, "any", "Sarah Kirkpatrick's lad has been sectioned again. The family need support from this village, not gossip.", "block",
    note="mental health of an identifiable person")
pos(F, "any", "Email from Derek Mason (derek.mason@example.com) moaning about bins. Derek, I'll reply properly, but honestly, everyone can see you've got a point.", "block",
    note="a constituent's email address")
pos(F, "any", "Pat on the lollipop at Thornsgill School is off after losing her baby. Please send her your love ❤️", "block",
    note="staff member's pregnancy loss")
pos(F, "any", "Mr Len Graham, 84, of Sowerthwaite: NHS number 999 413 2276, care package cancelled twice this month. This is how the system treats our elderly.", "block",
    note="NHS number and care needs")

neg(F, "@KirstyRelphNC", "Ring me on 07700 900318 or email cllr.kirsty.relph@example.com. I'm always happy to help, any time before 9pm.",
    note="the councillor's own published details")
neg(F, "any", "Get well soon to our Chairman, Andrew Metcalfe, who's in for a knee op this week. Back on his feet for Remembrance, we hope!",
    allowed=[F], note="a public office holder's health, kindly meant", when=("2026-09-14", "2026-10-09"))
neg(F, "any", "Congratulations to Simon Hargreave MP and his wife on the birth of their daughter 👶",
    allowed=[F], note="a named public office holder")
neg(F, "any", "Happy 100th to one of Ulbeck's own! The family have asked me to pass on the village's best wishes. Party at the village hall on Sunday 🎉",
    note="no name or address")
neg(F, "any", "Council switchboard: 01632 960100. Out of hours emergencies: 01632 960199. Save them in your phone.",
    note="the council's numbers")
neg(F, "any", "Please dont post your address, phone number or car reg in the comments! DM me and I'll pass it to the right team.",
    allowed=[F], note="advice against sharing personal data")
neg(F, "any", "RIP Joe Kirkbride, Askerby's mayor in the 1980s and a true gentleman of the town. Thoughts with his family.",
    allowed=[F], note="a late former mayor")
neg(F, "any", "Inspector Gavin Rudd tells me burglaries in Kelderby are down 30% on last year. Good work by the rural team 👮",
    note="a named public office holder")
neg(F, "any", "Thank you to the Revd Alison Kemp for a moving Remembrance service at St Cuthbert's yesterday.",
    allowed=[F], note="a vicar thanked for a public role", when=("2026-11-09", "2026-11-09"))
neg(F, "any", "Well done to Ulbeck School's Year 6 for their poppy display. No names and no faces in the photo, as the school asked 👍",
    note="children, but nothing identifying")
neg(F, "any", "A resident on Scar Lane asked me about a blocked gully last week. Highways came out today. Sorted!",
    note="street only, no name")
neg(F, "any", "Housing benefit team: 01632 960240. Quote your reference when you ring, not on here please!",
    note="council number; warns against posting references")
neg(F, "any", "Stan, 96, laid the wreath for the Royal Navy at Scarrow yesterday. A proud moment for the whole village 🌺",
    allowed=[F], note="first name and age at a public ceremony", when=("2026-11-09", "2026-11-09"))
neg(F, "any", "The person who dumped a sofa on the Hawsrigg lonning has been fined £400. Good. Keep reporting it.",
    note="no one identifiable")
neg(F, "any", "Our bin crews have been magnificent in the floods this week. Every one of them. Thank you 💚",
    note="staff thanked as a group")
neg(F, "any", "Every postcode in CA99 is on the slow list for the broadband upgrade. That's all of us on the fells, and it isn't good enough.",
    note="a postcode district, not a person")
neg(F, "any", "Winner of the Thornsgill leek show: Ron Tallentire, with a pot leek that'd frighten a bairn! Champion effort 🥬",
    allowed=[F], note="named prize winner at a public show, no address")
neg(F, "any", "Flu jabs at Askerby health centre this Saturday, walk in 9–1. Bring your NHS number if you have it handy.",
    note="'NHS number' without one")

# ---------------------------------------------------------------------------
# gifts.hospitality (advice; review when the giver seeks a council decision)
# ---------------------------------------------------------------------------
F = "gifts.hospitality"
PD = "predetermination.closed-mind"
H = "haste.pause-before-posting"
pos(F, "any", "Thanks to the Askerby Chamber of Trade for the Christmas hamper! Rum butter, Cumberland sausage, a Christmas cake, the lot 🎄\n\nApparently they do one every year for the councillors who 'support the town'. It's a cracker. Shop local this Christmas, folks, our traders are the best in Cumbria.", "advice",
    note="hamper from a trade body; no decision sought", when=("2026-11-16", "2026-11-27"))
pos(F, "any", "Bottle of 21-year-old malt left on my doorstep with a card 'from a grateful resident'. Whoever you are, cheers! 🥃", "advice",
    note="anonymous gift probably over £100")
pos(F, "any", "Grand day at Carlisle races in the Eden Valley Feeds hospitality box. Cheers lads, the champagne was goin down a treat 🏇", "advice",
    allowed=[H], note="corporate hospitality; no decision named")
pos(F, "any", "Honorary life membership of Askerby Golf Club arrived in the post today. Very kind of the committee ⛳", "advice",
    note="valuable membership given because of the role")
pos(F, "any", "A week in a holiday cottage near Keswick, on the house, from a friend of a friend who says I'm 'the councillor who gets things done' 😄", "advice",
    note="free holiday tied to the role")
pos(F, "any", "Smashing fatstock show dinner at the mart last night, all paid for by Hilltop Agri Supplies. Best beef in Cumbria 🐄", "advice",
    note="hospitality from a supplier; no decision named")
pos(F, "notplan", "Cracking dinner at Sandgate Taverns' other pub last night, on the house. They're really going places with the Old Grammar School 🍷", "review",
    allowed=[PD], note="hospitality from a pending applicant (26/0533/LBC)")
pos(F, "notplan", "Thanks to Fellview Leisure for a first-class trip on the Settle–Carlisle with lunch thrown in. Their lodges at Viaduct Field would be a fab addition 🚂", "review",
    allowed=[PD], note="hospitality from a pending applicant (26/0388/FUL)")
pos(F, "notplan", "Kelderby Stone sent a lovely box of Christmas goodies round today. Smashing people to deal with.", "review",
    note="gift from a pending applicant (26/0412/FUL)", when=("2026-11-02", "2026-11-27"))
pos(F, "notplan", "Brackenridge Homes kindly took a few of us councillors for a round of golf and lunch at Penrith ⛳ Lovely day.", "review",
    note="hospitality from a pending applicant (26/0455/OUT)")
pos(F, "notlic", "Fellbeat's organisers have given me two VIP weekend passes! Can't wait, see you down the front, Scarrow 🎸", "review",
    allowed=[PD], note="gift from a pending licence applicant (LIC/26/0091)")
pos(F, "notplan", "Edenlight Solar treated us to a tour of their Yorkshire site and a slap-up meal in Harrogate. Impressive outfit.", "review",
    allowed=[PD], note="hospitality from a pending applicant (26/0547/FUL)")
pos(F, "any", "The firm bidding for our grounds maintenance contract has offered to do my garden for free this autumn. Bargain! 🍂", "review",
    allowed=["position.improper-advantage"], note="free work from a contract bidder")
pos(F, "any", "Free MOT and service from the garage thats after the council fleet contract. Very kind of them 🚗", "review",
    note="gift from a contract bidder")
pos(F, "notlic", "Redhouse Bars sent over a crate of their own-label gin. Cheers lads, I'll raise a glass to you 🍸", "review",
    allowed=[PD, H], note="gift from a pending licence applicant (LIC/26/0097)")
pos(F, "notplan", "Creamery Developments laid on a fantastic lunch at the Old Creamery for local councillors. Big plans for Garnthwaite!", "review",
    allowed=[PD], note="hospitality from a pending applicant (26/0519/FUL)")
pos(F, "notplan", "Cheers to Millrace Properties for the seats in the box at Brunton Park. A great afternoon even if United lost ⚽", "review",
    note="hospitality from a pending applicant (26/0471/FUL)")
pos(F, "any !@OwenBracegirdle", "The café bidding to run the council's kiosk at the viaduct car park gave me free breakfasts all week 😄 Very generous people.", "review",
    note="gift from a bidder for a council concession")

neg(F, "any", "Turned down a hamper from a firm that's bidding for council work. Sent it back politely and logged it on the register. Them's the rules.",
    allowed=[F], note="refused and registered")
neg(F, "any", "Registered the Chamber of Trade dinner (£45) with the Monitoring Officer even though it's under the £100 limit. Belt and braces.",
    allowed=[F], note="registered hospitality")
neg(F, "notlic", "Paid for my own ticket to the Fellbeat fundraiser gig. No freebies for councillors, quite right too.",
    allowed=[F], note="paid own way")
neg(F, "any", "My neighbour gave me a bag of tatties off his allotment. Ta Jack, tatie pot tonight! 🥔",
    note="a neighbour's gift unrelated to the role")
neg(F, "older", "Birthday present from my mam: socks. Again. Every year since 1987 🧦",
    note="family gift")
neg(F, "any", "Tea and a scone at the Ulbeck WI coffee morning on my ward rounds. Paid my £2.50 like everyone else ☕",
    note="paid")
neg(F, "notplan", "Thanks to Fellview Leisure for the invite to their lodge launch. I've said no while their application's with the council. Nothing personal.",
    allowed=[F], note="declined hospitality from a pending applicant")
neg(F, "any", "Huge thanks to the Thornsgill Young Farmers for a brilliant quiz night. £1,200 raised for the air ambulance 🚁",
    note="thanks for a fundraiser, no gift")
neg(F, "any", "Free hot drinks for everyone at the Christmas lights switch-on, courtesy of the Chamber of Trade ☕ See you there!",
    note="free for the public", when=("2026-11-16", "2026-11-27"))
neg(F, "any", "Reminder to fellow councillors: gifts and hospitality over £100 go on the register within 28 days. Christmas is coming 🎁",
    allowed=[F], note="reminder of the rule")
neg(F, "notplan", "Was offered a round of golf by Brackenridge Homes. Said no. They've got an application in. Simple as that.",
    allowed=[F], note="refused")
neg(F, "any", "Lunch at the council's volunteer thank-you do: sandwiches, sausage rolls and a brew. The glamour of public office 😂",
    note="normal council hospitality")
neg(F, "any", "Given a lovely homemade card by the kids at Ulbeck School for helping with road safety week. Made my week 💛",
    note="token of thanks")
neg(F, "@AndyMetcalfeFA", "Honoured to attend the Royal British Legion's Remembrance lunch yesterday as Chairman of the council.",
    allowed=[F], note="civic hospitality in the role", when=("2026-11-09", "2026-11-09"))
neg(F, "notplan", "Kelderby Stone offered all councillors a 'quarry tour with lunch'. I asked the Monitoring Officer and we're going as a formal site visit, sandwiches we pay for, no freebies.",
    allowed=[F], note="offer turned into a formal visit on advice")
neg(F, "any", "Picked up a free pen at the solar farm drop-in. Pretty sure I won't be swayed by a biro 😂",
    allowed=[F], note="trivial item")
neg(F, "any", "Bought the first round at the mart café after the tup sale. My treat for once, don't get used to it 🍺",
    allowed=[H], note="the councillor paying")
neg(F, "any", "Thanks to the Settle–Carlisle volunteers for the free cuppa at Scarrow Bridge station. They do it for every passenger on a Saturday 🚂",
    note="free for every passenger")

# ---------------------------------------------------------------------------
# interests.declared-interest (review): positives are by the holder, about a council
# matter that touches the registered interest
# ---------------------------------------------------------------------------
F = "interests.declared-interest"
pos(F, "@LorraineDentNC", "The council's highways materials framework is out to tender. Kelderby Stone should be top of the list: local stone for local roads, local jobs. Come on Askerby DC!", "review",
    interest="Kelderby Stone Ltd", note="employee pushes her employer for a council contract")
pos(F, "@LorraineDentNC", "Why is the council charging quarry wagons for the new Kelderby weight-limit permits? Employers like ours are the backbone of this valley and we need support, not penalties.", "review",
    interest="Kelderby Stone Ltd", note="speaks for her employer ('employers like ours') on a council charge")
pos(F, "@BillTeasdaleDVI", "The council must keep the Mart Lane car park free on sale days. The auction mart depends on it and so does half of Askerby.", "review",
    interest="Askerby Auction Mart Ltd", note="director of the mart on a council parking decision")
pos(F, "@BillTeasdaleDVI", "I'm backing the bid for the mart's new lairage to get the council's rural growth grant. Best use of that money in the whole valley, and I'll say so when it's decided.", "review",
    interest="Askerby Auction Mart Ltd", note="director backs a grant to his company")
pos(F, "@ColinBirkettFA", "The council's flood storage scheme on Hawsrigg Beck would put the fields next to ours under water every winter. I'll be fighting it all the way to cabinet.", "review",
    interest="Birkett Hill Farm", note="landowner on a scheme next to his land ('the fields next to ours')")
pos(F, "@ColinBirkettFA", "The council's review of grazing rents on Hawsrigg Common is daft. Those of us who graze it are the ones keeping it in good nick. Leave the rents alone.", "review",
    interest="Birkett Hill Farm", note="holds grazing rights on the common")
pos(F, "@HelenArmstrongDVI", "The council's food waste contract should go to the Thornsgill Dairy Co-op's digester. Local, green, and it keeps the money in the valley. No-brainer.", "review",
    interest="Thornsgill Dairy Co-operative", note="director pushes her co-op for a council contract")
pos(F, "@HelenArmstrongDVI", "Council wants a 7.5-tonne weight limit on Thornsgill Lane. That's every milk tanker from our co-op's farms banned. Not on.", "review",
    interest="Thornsgill Dairy Co-operative", note="speaks for 'our co-op' on a council traffic order")
pos(F, "@OwenBracegirdle", "Why is the council paying for a new kiosk at the viaduct car park when there's a perfectly good café at the station? Put the money into signs pointing walkers to us instead.", "review",
    interest="Scarrow Station Cafe", note="café owner against a competing council kiosk ('to us')")
pos(F, "@FreyaSalkeldGreen", "The transfer of the Ulbeck riverside field to Ulbeck Meadows Trust goes to cabinet next month. Please email your support. It must go through!", "review",
    interest="Ulbeck Meadows Trust", note="trustee campaigns for a land transfer to her trust")
pos(F, "@IanGaskarthInd", "Community buildings fund: Scarrow village hall needs a new roof and I'll be making that case loud and clear when the grants are decided 🏚️", "review",
    interest="Scarrow Village Hall Committee", note="chair of the hall committee on a council grant")
pos(F, "@SarahMounseyFA", "The proposed council tax premium on holiday lets would hammer small family businesses like ours. Fight it, Sowerthwaite!\n\nWe're not faceless investors. We clean the cottages ourselves, we buy from the butcher and the farm shop, and our guests keep the pub open through the winter. Tell the council what it would mean for you before the budget is set.", "review",
    interest="Sowerthwaite Holiday Cottages", note="holiday let owner on a council tax decision ('businesses like ours')")
pos(F, "@SarahMounseyFA", "The council's new short-let registration fee is a tax on rural tourism. As someone who runs holiday cottages I know exactly what it'll do, and I'll be voting against.", "review",
    interest="Sowerthwaite Holiday Cottages", note="owner says she will vote on a fee that hits her business")
pos(F, "@TomNowickiNC", "The council's community rail grant should go to the Fell Line Rail Users' Group for the Scarrow Bridge station gardens. We've got the volunteers ready to go!", "review",
    interest="Fell Line Rail Users' Group", note="secretary pushes his group for a council grant")
pos(F, "@RachelEwbankFA", "These new Sandgate parking restrictions will kill trade for shops like mine. I'll be asking for them to be scrapped.", "review",
    interest="Ewbank Outdoor Ltd", note="shop owner on a council parking decision ('shops like mine')")
pos(F, "@DavePattinsonNC", "The council should hand the Castle Bank garage site to Eden Vale Housing for affordable homes. I'll be pushing for it at cabinet.", "review",
    interest="Eden Vale Housing Association", note="board member pushes a land transfer to his association")
pos(F, "@RyanHodgsonNC", "The council's playing pitch strategy has to fund floodlights at the rugby club. Our juniors are training in the dark from October!", "review",
    interest="Askerby Rugby Club", note="committee member on council funding for his club ('our juniors')")
pos(F, "@GFothergillFA", "The waste haulage contract goes out to tender next month. High time the council backed local hauliers instead of the big national firms.", "review",
    interest="Fothergill Haulage Ltd", note="director of a local haulier on a council contract; body not named")

neg(F, "@KirstyRelphNC", "Local stone for local roads: the council's highways framework should favour Cumbrian quarries. Good for jobs and good for the carbon sums.",
    allowed=[F], note="a non-holder on the same matter")
neg(F, "@LorraineDentNC", "I've declared my interest as an employee of Kelderby Stone and I'll leave the room when the quarry extension comes to planning. Residents, please talk to my ward colleague Bill.",
    allowed=[F, PD], note="holder declaring and stepping back")
neg(F, "@RyanHodgsonNC", "Great win for the Askerby under-12s on Sunday, 34–12 in the mud at Kendal! Proud coach 🏉",
    note="holder's hobby, no council matter")
neg(F, "@BillTeasdaleDVI", "Smashing tup sale at the mart today. A Swaledale tup went for 28,000 guineas, a record for Askerby! 🐏",
    note="holder on his body's business, no council matter")
neg(F, "@SarahMounseyFA", "Sowerthwaite's buzzing for half term. Every cottage in the village seems full and the tea rooms are rammed 🍂",
    note="holder on tourism generally, no council matter", when=("2026-10-26", "2026-10-30"))
neg(F, "@FreyaSalkeldGreen", "Volunteer day on the meadows at Ulbeck this Saturday. Bring wellies, gloves and cake 🌼",
    note="holder's volunteering, no council matter")
neg(F, "@TomNowickiNC", "Rail users' AGM this Thursday, 7pm in the waiting room at Scarrow Bridge. All welcome, kettle's on 🚂",
    note="holder's group notice, no council matter")
neg(F, "@IanGaskarthInd", "I have a dispensation from the Standards Committee to speak, but not vote, on the community buildings fund. Declared as chair of Scarrow Village Hall Committee.",
    allowed=[F], note="holder citing a dispensation")
neg(F, "@HelenArmstrongDVI", "Asked the Monitoring Officer whether my role with the dairy co-op stops me voting on the food waste contract. Advice: declare and leave the room. Will do.",
    allowed=[F], note="holder takes advice")
neg(F, "@JudithTinklerFA", "Food waste contract: every bidder will be scored on cost and carbon, and the decision comes to cabinet in January.",
    allowed=[F], note="non-holder cabinet member on the same matter")
neg(F, "@RachelEwbankFA", "For transparency: I own Ewbank Outdoor on Sandgate, so I've stepped back from the Sandgate parking decision. Cllr Brunskill will take it instead.",
    allowed=[F], note="holder declaring and stepping back")
neg(F, "@GFothergillFA", "Declared my interest in Fothergill Haulage at cabinet today and left the room for the waste haulage item, as I always do.",
    allowed=[F], note="holder declared and left", when=("2026-09-29", "2026-09-29"), hours=(18, 18))
neg(F, "any", "The holiday let premium is a fair ask. Second homes and holiday lets are hollowing out Sowerthwaite and the school's down to 31 kids.",
    allowed=[F], note="a non-holder on the same matter")
neg(F, "@DavePattinsonNC", "Chuffed to see Eden Vale Housing hand over 12 new homes in Ulbeck today. Their scheme, their money, and local families moving in for Christmas 🏡",
    note="holder on his body's own scheme, no council matter")
neg(F, "@birkett_tups", "Gimmer lambs looking grand in the morning sun. Best crop we've had off Birkett Hill in years ☀️🐑",
    note="holder's farm on his personal account, no council matter")
neg(F, "@OwenBracegirdle", "Sorry folks, the station café's shut Monday for a boiler repair. Back Tuesday with extra scones ☕",
    allowed=["position.improper-advantage"], note="holder's business notice, no council matter")
neg(F, "@LorraineDentNC", "Proud of the lads at work, who've just won the regional quarry safety award. Zero accidents in three years 👷",
    note="holder on her workplace, no council matter")
neg(F, "w:mart !@BillTeasdaleDVI", "Free parking on Mart Lane on sale days? I'm all for it. My residents park there too and the farmers need the space.",
    allowed=[F], note="a non-holder ward member on the same matter")

# ---------------------------------------------------------------------------
# officers.impartiality (review)
# ---------------------------------------------------------------------------
F = "officers.impartiality"
DF = "defamation.allegation"
BI = "bullying.intimidation"
PAT = "respect.personal-attack"
pos(F, "notplan", "Catherine Routledge's report on the Mart Lane houses is a stitch-up. She needs to rewrite it before it goes anywhere near committee.", "review",
    allowed=[DF, PD], note="presses a named officer to change a report")
pos(F, "opp", "Our Head of Planning seems to have forgotten who she works for. Residents, not developers. Time she was reminded.", "review",
    note="questions an officer's neutrality by role")
pos(F, "notplan", "I've told Joe Sowerby in planning in no uncertain terms: change the recommendation on Sowerthwaite Mill or I'm taking it to the Chief Exec.", "review",
    allowed=[BI, PD], note="pressure on a named officer to change advice")
pos(F, "opp", "The s151 officer, Philip Dalzell, is clearly writing the budget figures to suit the administration. So much for neutral officers.", "review",
    allowed=[DF], note="accuses a named officer of partisanship")
pos(F, "any", "Funny how the licensing manager always seems to side with the big pub chains. Stuart Nixon, care to explain yourself?", "review",
    allowed=[DF], note="questions a named officer's impartiality")
pos(F, "opp", "Bethany Clough in comms refused to put out my press release. Censorship by a council officer who's clearly in the Alliance's pocket.", "review",
    allowed=[DF], note="names an officer and alleges party bias")
pos(F, "any", "I've asked Gareth Dobson to move the Thornsgill bin round back to Mondays. If he won't, I'll be raising his performance at scrutiny. Your move, Gareth.", "review",
    allowed=[BI], note="public pressure on a named officer")
pos(F, "any", "Mandy Irving, the enforcement officer, should drop the case against the Kelderby farmer. She's had it in for him for years.", "review",
    allowed=[DF], note="presses a named officer to drop enforcement; alleges bias")
pos(F, "opp", "Martin Gowling should be sacked over the bin chaos. Chief Executive? Chief Excuse-maker, more like.", "review",
    allowed=[PAT], note="public attack on the Chief Executive")
pos(F, "any", "The Monitoring Officer says I can't vote on it. Ruth Heslop is wrong and I'll be voting anyway. Officers don't get to decide who votes.", "review",
    note="publicly rejects and criticises a named officer's advice")
pos(F, "NC", "Why does the council's housing officer Trevor Elliot keep putting my residents at the bottom of the list? Is it because they vote Northern Commons?", "review",
    allowed=[DF], note="alleges a named officer acts on party lines")
pos(F, "notplan", "Officers have recommended approval of the Thornsgill solar farm. They've clearly been got at by the developer.", "review",
    allowed=[DF, PD], note="questions officers' integrity over a report")
pos(F, "any", "Nadia Khalil from environmental health has been to the Kelderby chippy three times this month. That's harassment of a local business, plain and simple.", "review",
    allowed=[DF], note="criticises a named officer's enforcement")
pos(F, "any", "Message to whoever wrote the car parks report: your numbers are rubbish. Redo them before cabinet or don't bother turning up.", "review",
    allowed=[BI], note="pressure to change a report")
pos(F, "NC", "The electoral services manager is making it harder for students and young people to register. Partisan? You decide.", "review",
    allowed=[DF], note="insinuates an officer's political bias")
pos(F, "opp", "Senior officers at Castlegate House are running this council for the Fellside Alliance. Time they remembered they're meant to be neutral.", "review",
    note="questions officers' neutrality in public")
pos(F, "any", "@AskerbyDC why is your Head of Waste ignoring councillors? Gareth, answer your emails!", "review",
    note="public criticism of a named officer")
pos(F, "notplan", "Told the planning officer on the Viaduct Field lodges that if she recommends approval she'll be explaining herself to every resident in Scarrow.", "review",
    allowed=[BI, PD], note="pressure on the case officer over her recommendation")

neg(F, "any", "Huge thanks to Gareth Dobson and the waste team for the Christmas collections rota. Planned brilliantly, as ever 👏",
    allowed=[F], note="thanks a named officer")
neg(F, "any", "Welcome to Nadia Khalil, our new Environmental Health Manager! Looking forward to working with you.",
    allowed=[F], note="welcomes a named officer")
neg(F, "any", "Asked the Head of Planning to explain the recommendation on the solar farm. Clear answer. I'll read the report carefully before I make my mind up.",
    allowed=[F], note="questions an officer to understand, as the code allows")
neg(F, "any", "Officers work for the whole council, not for any party. Anyone abusing staff on my page will be blocked.",
    allowed=[F], note="defends officers")
neg(F, "any", "Catherine Routledge gave a cracking talk to Ulbeck WI on the Local Plan. Thank you, Catherine!",
    allowed=[F], note="praises a named officer")
neg(F, "any", "I disagree with the officer recommendation on car park charges. That's my job. I'll say why at cabinet, and I respect the work that's gone into the report.",
    allowed=[F], note="disagrees with advice respectfully")
neg(F, "any", "The Chief Executive's pay rise is too big and I'll vote against it at full council. It's about the policy, not the person.",
    allowed=[F], note="policy on pay, not the officer's conduct")
neg(F, "any", "Bins late again in Thornsgill. Not the crews fault, the councils wagons are knackered. Cabinet needs to fund new ones.",
    note="blames the decision, defends staff")
neg(F, "opp", "Our planning department is short-staffed. That's a budget choice by the administration, not the fault of hard-working officers.",
    allowed=[F], note="political criticism, defends officers")
neg(F, "any", "Ruth Heslop's code of conduct training this morning was excellent. Every councillor should go, especially the ones who think they don't need to 😉",
    allowed=[F, "tone.irony-risk"], note="praises a named officer")
neg(F, "any", "Asked the s151 officer at scrutiny what the reserves figure is. Fair question, straight answer. That's how it should work.",
    allowed=[F], note="questioning an officer in a meeting", when=("2026-10-08", "2026-10-08"), hours=(17, 18))
neg(F, "any", "Stuart Nixon and the licensing team did a tremendous job at the Kelderby fair. Not one complaint 👏",
    allowed=[F], note="praises a named officer")
neg(F, "opp", "Whose side is this council on? Not the fell villages'. This budget cuts every bus up the valley.",
    note="criticism of the administration's budget")
neg(F, "any", "The officer's report on Sowerthwaite Mill is public. Read it, make up your own mind, and send comments to the case officer by Friday.",
    allowed=[F], note="points to a published report")
neg(F, "any", "Sad to say goodbye to Trevor Elliot after 32 years in housing. A legend who helped hundreds of families 🏡",
    allowed=[F], note="farewell to a named officer")
neg(F, "any", "My email to officers about the Scarrow flooding was answered within a day. That's service.",
    note="praise of officers")
neg(F, "any", "I won't have council staff slagged off on my page. If you're unhappy with a decision, take it up with me. I'm the one you elected.",
    note="defends staff")
neg(F, "any", "Electoral services have sent out the annual canvass forms. Check you're registered by 16 November: https://www.example.org/askerby/register",
    note="service notice", when=("2026-09-07", "2026-11-13"))

# ---------------------------------------------------------------------------
# position.improper-advantage (review)
# ---------------------------------------------------------------------------
F = "position.improper-advantage"
O = "officers.impartiality"
pos(F, "any", "As your councillor I can get your planning application fast-tracked. Just drop me a message and I'll sort it 😉", "review",
    note="offers a favour through the role")
pos(F, "any", "Need a joiner? Use my nephew's firm, Dargue Joinery. I'll make sure building control look kindly on the job.", "review",
    note="promotes a relative's firm and offers influence")
pos(F, "any", "Anyone struggling to get a council house, message me. I know who to talk to and i can get you bumped up the list.", "review",
    note="offers to jump the housing queue")
pos(F, "any", "Got a parking ticket on Sandgate? Send it to me. Friends of mine never pay 😂", "review",
    note="offers to make penalties go away for friends")
pos(F, "@RachelEwbankFA", "Shop local! Ewbank Outdoor on Sandgate has 20% off waterproofs this week. Tell them your councillor sent you 🧥", "review",
    allowed=["interests.declared-interest"], note="promotes her own business using the role")
pos(F, "any", "Local businesses: if you want a shopfront grant, come to me first. I'm on the panel and I'll see you right.", "review",
    note="offers influence over a grant panel")
pos(F, "older", "My daughter's catering firm would be perfect for the council's Christmas staff do. I've had a word with the right people 🎄", "review",
    note="steers council business to a daughter")
pos(F, "any", "Got the bin lads to take my sister's extra black bags on Monday. Perks of the job! 😄", "review",
    allowed=["resources.political-use"], note="council service as a family favour")
pos(F, "any", "Want your pothole fixed first? Vote for me and your street goes to the top of the list 🗳️", "review",
    note="council service offered for votes")
pos(F, "any", "Asked the enforcement team to go easy on my mate's caravan site at Sowerthwaite. Good lad, doesn't deserve the hassle.", "review",
    allowed=[O], note="influence on enforcement for a friend")
pos(F, "any", "Had a word with the licensing team so my cousin's pub can keep the beer garden open late without all the paperwork 🍺", "review",
    allowed=[O], note="influence on licensing for a cousin")
pos(F, "any", "Jobs going at Castlegate House! I'm on the appointments panel, so if you're a friend, give me a shout before you apply 😉", "review",
    allowed=["confidentiality.insider-advantage"], note="offers help to friends through an appointments panel")
pos(F, "any", "Tradespeople: want to get on the council's approved contractors list? Message me. I can move things along.", "review",
    note="offers to smooth procurement")
pos(F, "older", "Sorted a parking permit for the Castle Bank car park for my son-in-law. Didn't even need to fill the form in. Cheers council!", "review",
    note="permit for a relative outside the process")
pos(F, "any", "Sowerthwaite folk: book your autumn break with my friend Jan at Riverside Lets. I'll make sure the council's licensing inspection is a formality.", "review",
    note="promotes a friend's business and promises a soft inspection")
pos(F, "any", "My brother-in-law's garage should get the council's fleet servicing. Best in the valley, and I'll be telling the procurement team exactly that.", "review",
    allowed=[O], note="steers a contract to a relative")
pos(F, "any", "Any Thornsgill farmer having bother getting planning for a slurry store: I'm close to the planning chair, I'll have a word and get it through.", "review",
    note="offers influence over planning decisions")
pos(F, "older", "Need a skip? Ring my lad at Valley Skips and mention me. He'll see you right, and I'll make sure your skip permit for the road comes through sharpish.", "review",
    note="promotes a son's firm and a quicker council permit")

neg(F, "any", "As your councillor I can't fast-track anything, but I can make sure your application gets a fair hearing and I'll chase any delays.",
    allowed=[F], note="'as your councillor' with no favour")
neg(F, "any", "Need a builder? Use the Trading Standards approved list, not someone off Facebook: https://www.example.org/buywithconfidence",
    note="points to an impartial list")
neg(F, "any", "The only way onto the housing register is the proper form. Bring it to my surgery and I'll help you fill it in.",
    allowed=[F], note="help through the proper route")
neg(F, "any", "Shop local this Christmas! Sandgate's independent shops need you more than the internet does 🎄",
    note="general support for local shops")
neg(F, "any", "My nephew's joinery firm built the new Ulbeck bus shelter. He won the tender fair and square; I declared it and stayed well out of it.",
    allowed=[F], note="declared family link, stayed out")
neg(F, "any", "Who you know shouldn't matter at the council. That's why I back open, published tenders for everything over £5k.",
    note="'who you know' against favours")
neg(F, "older", "Family first this weekend: the grandbairns, the castle and far too much ice cream 🏰🍦",
    note="'family first' as family life")
neg(F, "any", "Reported my own street's pothole the same way as everyone else: the online form. Took nine days. Not good enough.",
    note="no special treatment")
neg(F, "any", "Pothole on the Kelderby lonning reported. Highways say 28 days. I'll chase it, same as I do for every resident.",
    note="normal casework")
neg(F, "any", "Happy to help with planning queries. I'll point you to the duty planner, who's brilliant and free every weekday morning.",
    note="points to the proper service")
neg(F, "any", "Can I get you a parking permit? No. Can I show you how to apply? Yes: https://www.example.org/askerby/permits",
    allowed=[F], note="refuses a favour")
neg(F, "any", "Vote for me and I'll fight for every pothole in this ward to be fixed. That's a promise about policy, not a favour for anyone.",
    allowed=[F], note="campaign promise on policy")
neg(F, "any", "Jobs! Askerby District Council is hiring three refuse loaders. Apply on the council website by 9 October.",
    note="sharing an advertised vacancy", when=("2026-09-07", "2026-10-08"))
neg(F, "any", "Perks of the job: free biscuits at the parish meeting. That's it. That's the perk 🍪",
    note="'perks of the job' joke")
neg(F, "any", "A friend asked me to 'have a word' with licensing about his beer garden. I told him to apply like everyone else. Still friends, just about.",
    allowed=[F], note="refuses a favour")
neg(F, "any !@RachelEwbankFA", "Congratulations to Ewbank Outdoor on 30 years trading on Sandgate. A proper Askerby institution 🧥",
    note="another councillor congratulates a shop; no favour")
neg(F, "any", "Riverside Lets have reopened after the floods. Great news for Sowerthwaite's visitors and for the jobs they bring.",
    note="local business news, no connection")
neg(F, "any", "The rules on slurry stores are daft and I'll be pushing to change them in the Local Plan review. Policy, not favours.",
    note="policy campaigning")

# ---------------------------------------------------------------------------
# predetermination.closed-mind (review; block when a pending matter is named)
# Positives are written by members of the committee that decides the matter.
# ---------------------------------------------------------------------------
F = "predetermination.closed-mind"
pos(F, "plan", "The Kelderby Quarry extension will be refused. I'll be voting against it and nothing anyone says at committee will change my mind.\n\nFourteen more hectares of blasting, wagons through the village every four minutes, dust on every windowsill from here to Ulbeck. I've heard the jobs argument a hundred times. I don't need to hear it again.", "block",
    note="26/0412/FUL by site; planning member")
pos(F, "plan", "Viaduct Field lodges? Over my dead body. I've made up my mind: this must be refused.", "block",
    note="26/0388/FUL by site")
pos(F, "plan", "26/0455/OUT, 120 houses on Mart Lane. I'm voting NO, whatever the officers say.", "block",
    note="reference and site")
pos(F, "plan", "Nine holiday lets in Sowerthwaite Mill will never be approved while I'm on the planning committee. Never.", "block",
    note="26/0471/FUL by site")
pos(F, "plan", "Fellside Pods want hot tubs on the fell at Low Hawsrigg?! Refuse, refuse, refuse. My mind's made up 🛑", "block",
    note="26/0502/FUL by applicant and site")
pos(F, "plan", "The Old Creamery scheme is exactly what Garnthwaite needs and I'll be voting for it, no question. Get it built!", "block",
    note="26/0519/FUL by site; settled view in favour")
pos(F, "plan", "Sandgate Taverns want a bar in the Old Grammar School. Not a chance. Consider my vote already cast.", "block",
    note="26/0533/LBC by applicant and site")
pos(F, "plan", "Edenlight Solar can forget it. Thornsgill Moss is not for sale and I'll be voting against on the day, whatever's in the report.", "block",
    note="26/0547/FUL by applicant and site")
pos(F, "lic", "Fellbeat is going ahead! I've made my mind up, licence approved in my head. See you down the front 🎸", "block",
    note="LIC/26/0091 by the name it is known by; in favour")
pos(F, "lic", "The Red House wants to stay open till 2am on Market Square? No chance. I'll be voting to refuse, simple as.", "block",
    note="LIC/26/0097 by the name it is known by")
pos(F, "lic", "Station Stores licence: absolutely not. Garnthwaite doesnt need another booze shop and my vote's a no before the hearing even starts.", "block",
    note="LIC/26/0103 by the name it is known by")
pos(F, "plan", "Brackenridge Homes can pack up and go back to Newcastle. Their scheme is dead in the water as far as I'm concerned, and I'll make sure of it at committee.", "block",
    note="26/0455/OUT by applicant only (without 'Ltd')")
pos(F, "plan", "Hearing there's an application coming for a drive-thru at the A66 roundabout. Whatever comes in, I'll vote against it. We don't need one.", "review",
    note="expected application, not on the register")
pos(F, "lic", "Taxi driver review hearing next week: he should lose his badge, full stop. I don't need to hear his side.", "review",
    note="licensing review not on the register")
pos(F, "plan", "The appeal on the Kelderby barn conversion should be thrown out by the inspector. My mind's made up and I'll say so in our written evidence.", "review",
    note="planning appeal; an inspector decides, but the member declares a closed mind")
pos(F, "lic", "Whatever the applicants say at the hearing, the new nightclub on Bridge Street won't get my vote. Not now, not ever.", "review",
    note="licence application not on the register")
pos(F, "plan", "The wind turbine at High Fell Farm that's coming to committee in the new year: it's a no from me, and I don't need to read the report.", "review",
    note="application not on the register")
pos(F, "lic", "Street trading consent for the burger van at Castle Bank? Approve it now. I've heard all I need to hear 🍔", "review",
    note="street trading consent not on the register; settled view in favour")

neg(F, "plan", "I have real concerns about the Kelderby Quarry extension, the dust and the wagons especially. I'll listen to all the evidence at committee before I decide.\n\nI've read every one of the 212 letters so far. Some of you want it for the jobs, some of you are worried sick about the noise. Both matter. Send your comments in by the deadline so they're in the officers' report.",
    allowed=[F], note="predisposition with an open mind")
neg(F, "@JudithTinklerFA", "I'll be speaking against the Thornsgill Moss solar farm as ward councillor. I'm not on the planning committee, so I can say it straight: wrong place, wrong scale.",
    allowed=[F], note="ward member not on the committee")
neg(F, "@RyanHodgsonNC", "I back the Old Creamery plans and I'll be speaking for them at committee as a ward councillor. I don't sit on planning, so I'm free to campaign.",
    allowed=[F], note="ward member not on the committee")
neg(F, "@KirstyRelphNC", "I'm objecting to 120 homes on Mart Lane. I'm not on the planning committee, so I can say it: the roads can't cope and the school's full.",
    allowed=[F], note="ward member not on the committee")
neg(F, "any", "My mind's made up: the Helm wind is the worst thing about living under Cross Fell 🌬️",
    note="'my mind's made up' about the weather")
neg(F, "any", "Never approved: my expenses claim for a new wheelbarrow. Fair enough, to be honest 😂",
    note="'never approved' joke")
neg(F, "any", "Refused! The planning committee turned down the Castle Bank phone mast at last week's meeting, as the minutes show.",
    note="reports a decided matter", when=("2026-10-19", "2026-10-23"))
neg(F, "any", "Whatever the officers say about the Local Plan, I think the housing numbers are too high. It's policy, and I'll say so at full council.",
    allowed=[F], note="policy, not a quasi-judicial matter", when=("2026-09-07", "2026-09-23"))
neg(F, "lic", "People keep asking how I'll vote on Fellbeat. Honest answer: I'll read the report, hear the residents and the organisers, and decide at the hearing.",
    allowed=[F], note="committee member keeps an open mind")
neg(F, "any", "Dead in the water: my attempt to grow tomatoes 300m up a Cumbrian fell 🍅",
    note="'dead in the water' joke")
neg(F, "any", "Kelderby Quarry open day on Saturday: a fascinating look at the red stone that built Askerby. Hard hats provided!",
    note="names the site with no view on the application")
neg(F, "any", "The Fellbeat licence application is on the public register. Comments close 20 November. Have your say, for or against.",
    note="neutral notice", when=("2026-09-07", "2026-11-19"))
neg(F, "plan", "To everyone objecting to the Viaduct Field lodges: I hear you. I'm on the committee, so I have to keep an open mind, but every objection will be read.",
    allowed=[F], note="committee member keeps an open mind")
neg(F, "any", "Bias and predetermination training today. Lesson one: don't tweet how you'll vote. Lesson two: see lesson one 😅",
    note="about the rule itself")
neg(F, "lic", "I won't be taking part in The Red House hearing. I know the applicant socially, so I've stepped aside. Fair's fair.",
    allowed=[F], note="steps aside from a pending matter")
neg(F, "any", "Full council adopted the Local Plan. I voted against it, and I'd do it again. That's policy, not a planning application.",
    note="policy vote", when=("2026-09-25", "2026-11-27"))
neg(F, "FA", "Lifeguards at Askerby Pool will never be cut while this group runs the council. That's a budget promise.",
    note="'never' about a budget policy")
neg(F, "plan", "Officers are recommending refusal of the Sowerthwaite Mill scheme. I'll weigh that report alongside everything else on the day. No decision till then.",
    allowed=[F], note="committee member keeps an open mind")

# ---------------------------------------------------------------------------
# resources.political-use (review)
# ---------------------------------------------------------------------------
F = "resources.political-use"
DP = "data-protection.personal-data"
pos(F, "NC", "Leaflets for saturdays Northern Commons stall printed on the Castlegate House printer. Cheers, council 😂", "review",
    note="council printer for party leaflets")
pos(F, "FA", "Fellside Alliance canvassing session in Committee Room 2 at Castlegate House later. Bring your own biscuits and your walking boots!", "review",
    note="council room for party canvassing")
pos(F, "EVG", "Any Greens who want to help with the Ulbeck parish by-election leaflets, email me at my council address and I'll send you a round.", "review",
    note="council email for party campaigning")
pos(F, "any", "Typing up our party's election newsletter on my council laptop in the members' room. Multitasking 💪", "review",
    note="council laptop and room for party material")
pos(F, "FA", "Used the council's franking machine to post our Fellside Alliance survey to every house in Ulbeck. Saves the party a fortune!", "review",
    note="council postage for party mail")
pos(F, "any", "One of the council's comms officers designed our party leaflet over her lunch break. Looks fab, thanks pet!", "review",
    allowed=["officers.impartiality"], note="council staff drawn into party work")
pos(F, "NC", "Northern Commons campaign planning for May on the council's Teams account as usual. Link's in the WhatsApp.", "review",
    note="council IT for party campaigning")
pos(F, "any", "Borrowed the council minibus to take our canvassers up to Hawsrigg on Saturday. Democracy in action 🚐", "review",
    note="council vehicle for canvassing")
pos(F, "EVG", "Sending the Eden Vale Greens membership renewals from my council email. Much easier than the party's clunky system.", "review",
    note="council email for party admin")
pos(F, "FA", "New leaflet photo: our candidate outside Castlegate House with the council crest over her shoulder. Vote Fellside Alliance! 📸", "review",
    note="council logo in campaign material")
pos(F, "NC", "Printed 500 Northern Commons posters on the colour printer in the members' room. Ink's on the council, the message is on us ✊", "review",
    note="council printer for posters")
pos(F, "any", "Our party's by-election launch will be in the council chamber. The Chairman says it's fine as long as we tidy up after 🎉", "review",
    note="council chamber for a party launch")
pos(F, "any", "Using the council's residents' database to target our leaflets in Garnthwaite. Smart campaigning!", "review",
    allowed=[DP], note="council data for campaigning")
pos(F, "FA", "Thanks to the depot lads for putting our Fellside Alliance banners up with the council's cherry picker 🙌", "review",
    note="council staff and equipment for party banners")
pos(F, "any", "The council tablet is ace for canvassing. Got the party's door-knocking app running on it, no bother.", "review",
    note="council equipment for canvassing")
pos(F, "DVI", "Our Dales and Villages newsletter was photocopied at the Moot Hall tourist info desk. Staff couldn't have been more obliging!", "review",
    note="council staff and copier for a party newsletter")
pos(F, "NC", "Set up our Northern Commons stall on Sandgate with the council's gazebos from the depot. They weren't using them anyway.", "review",
    note="council equipment for a party stall")
pos(F, "any", "I'm sending party membership forms to everyone who's contacted me through my council casework inbox. They've shown an interest, haven't they?", "review",
    allowed=[DP], note="council casework contacts used for party recruitment")

neg(F, "@KirstyRelphNC", "Surgery this Saturday at Mart Lane Community Room, 10 till 12. Bring your council questions, whichever party you vote for, or none.\n\nLast month we sorted two blue badges, a damp flat and a very cross gentleman whose wheelie bin had gone walkabout (found it, two streets away). No appointment needed, kettle will be on ☕",
    note="ward surgery")
neg(F, "any", "Printed my leaflets at home, paid for by the party, with the imprint on the back as the law says. Ink everywhere 🖨️",
    note="campaigning with own resources")
neg(F, "any", "Meeting residents about the bus cuts in Committee Room 2 later. Council business, cross-party, all welcome.",
    allowed=[F], note="council room for council business")
neg(F, "NC", "Northern Commons group meeting in the members' room before full council, as every group does.",
    allowed=[F], note="group meeting before council business", when=("2026-11-19", "2026-11-19"), hours=(9, 17))
neg(F, "any", "My council email is for casework only. Party stuff goes through the party, please, not the council inbox.",
    allowed=[F], note="keeps resources apart")
neg(F, "any", "Council laptop's died. Casework's delayed by a day, sorry everyone 🙃",
    note="council equipment for casework")
neg(F, "any", "Party leafleting session on Saturday. Meet at the Kings Arms car park at 10, not at the council!",
    allowed=[F], note="campaigning away from council premises")
neg(F, "any", "The council crest belongs to everyone in the district. No party should use it, and I'm glad the Monitoring Officer reminded us all.",
    note="supports the rule")
neg(F, "any", "Community groups can hire the council minibus for trips. Ring the transport team on 01632 960150.",
    note="public service")
neg(F, "FA", "Fellside Alliance campaign day in Ulbeck. Thank you to every volunteer who gave up their Saturday 💚",
    note="party campaigning without council resources; thanks volunteers")
neg(F, "any", "The council's Christmas lights went up on Sandgate today thanks to the depot team and their cherry picker 🎄",
    note="council resources for a council job", when=("2026-11-16", "2026-11-27"))
neg(F, "any", "The council's new Report It app is great. Report potholes and fly-tipping straight from your phone.",
    note="council service")
neg(F, "any", "Yes, I use my council tablet. For reading agenda packs. That's what it's for 📑",
    allowed=[F], note="proper use of equipment")
neg(F, "any", "Off to party conference this weekend. Paid my own fare on the Settle–Carlisle, obviously 🚂",
    note="party activity paid privately")
neg(F, "any", "Residents' database? I don't have access to it, and I wouldn't use it for politics if I did.",
    allowed=[F], note="rejects misuse")
neg(F, "any", "Council gazebos are available to hire for village shows. Book through the depot, first come first served.",
    note="public service")
neg(F, "any", "The Moot Hall photocopier is for council papers only. Learned that the hard way. Off to the library to pay 10p a sheet for our newsletter 😂",
    allowed=[F], note="avoids the council copier")
neg(F, "any", "Cabinet briefing at Castlegate House today on the bus network. All group leaders invited, which is as it should be.",
    note="council business")

# ---------------------------------------------------------------------------
# security.credentials (block)
# ---------------------------------------------------------------------------
F = "security.credentials"
pos(F, "any", "Flood wardens' Zoom tonight at 7: meeting ID 812 4471 0093, passcode Eden2026. See you there!", "block",
    note="meeting passcode")
pos(F, "any", "Scarrow village hall key safe code is 4471. Help yourselves to tables for the jumble sale, just lock up after!", "block",
    note="key safe code")
pos(F, "any", "My council email password keeps expiring. Latest one is Helmwind!23. Lets see if this one sticks 🙄", "block",
    note="own council password")
pos(F, "any", "Defib cabinet on the wall of Kelderby chappel. Code is 1945 if you need it in a hurry ❤️", "block",
    note="defib cabinet code; arguable, some communities publish them")
pos(F, "any", "Got a text saying my council account was locked, so I clicked the link and typed my details in. Hope that's fine 🤷", "block",
    note="credentials handed to a phishing link")
pos(F, "any", "IT rang asking for my password to fix my Teams, so I read it out to them. Service! 👍", "block",
    note="password given to a caller")
pos(F, "any", "Urgent for all councillors: verify your allowance before Friday at http://askerby-dc.example.net/verify-allowance Looks legit to me!", "block",
    note="lookalike phishing link amplified")
pos(F, "any", "Gate code for the back entrance at the depot is 2580, if any litter-pick volunteers need to drop kit off after hours.", "block",
    note="depot gate code")
pos(F, "w:thornsgill", "Wi-Fi at my Thornsgill surgery: network ThornsgillInstitute, password tatiepot99. Come in out of the rain!", "block",
    note="Wi-Fi password")
pos(F, "any", "Lost dog found on the Hawsrigg road, lovely old collie. Tag says ring Derek on 07700 900417. Derek, come and get him!", "block",
    extra=[DP], note="private mobile number of someone else, read off a dog tag")
pos(F, "any", "One-time code's 482913. Can someone on the members' WhatsApp log me into the portal with it? Stuck in a field with no laptop 🐑", "block",
    note="one-time code")
pos(F, "opp", "New door PIN for the members' room is 7733. Don't tell the Alliance 😂", "block",
    note="door PIN")
pos(F, "any", "Rail users' shared Google account for anyone helping with the timetable survey: railusers.scarrow / Viaduct1876", "block",
    note="shared login and password")
pos(F, "any", "Bin lorry camera portal, if any councillor wants to see what the crews deal with: user askcllrs, pass B1nz2026. Eye-opening stuff.", "block",
    note="council system login")
pos(F, "any", "FREE council tax rebate for pensioners, claim yours here: http://askerby-rebates.example.net/claim 👈 sharing in case it helps someone", "block",
    note="scam-looking link amplified")
pos(F, "any", "API key for the bus times widget on my website, if any other councillor wants it: ak_live_5f9x2Qm7TzKc81", "block",
    note="API key")
pos(F, "any", "Ian's private mobile is 07700 900733. Ring him if the council can't help, he never minds.", "block",
    allowed=[DP], note="another person's private number (a councillor, so not personal data of a private individual)")
pos(F, "any", "Can't log in to the council system. My PIN's 0406, same as my bank card. Can someone from IT ring me?", "block",
    note="PIN")

neg(F, "any", "The council will never ask for your password, PIN or a one-time code. If someone rings asking, hang up. Scam warning from Trading Standards.",
    allowed=[F], note="scam warning, no secret")
neg(F, "any", "'Password123' is not a password, folks. Change it. Today. Please 🙏",
    allowed=[F], note="example of a bad password, not anyone's")
neg(F, "any", "Defib at Kelderby chapel: ring 999 and they'll give you the cabinet code. Please don't post the code online.",
    allowed=[F], note="no code given")
neg(F, "any", "Turned on two-factor for all my accounts after the members' cyber training. Took ten minutes. Do it.",
    note="good practice")
neg(F, "any", "The key safe at the village hall has been changed. Committee members have the new code; ask one of them if you need in.",
    allowed=[F], note="no code given")
neg(F, "any", "Lost dog found on the Hawsrigg road. He's safe at the council kennels: ring the dog warden on 01632 960321.",
    note="council number")
neg(F, "@KirstyRelphNC", "New number for casework: 07700 900318. That's my published council mobile, so save it!",
    note="the councillor's own published number")
neg(F, "any", "Flood wardens' meeting is on Zoom at 7 tonight. The link's been emailed to registered wardens only.",
    allowed=[F], note="no link or passcode")
neg(F, "any", "Gate code? The depot gate's open 8 till 4, just drive in 😂",
    allowed=[F], note="no code")
neg(F, "any", "PIN-sharp shot of Scarrow Viaduct at sunset. The Helm wind blew the clouds clean away 📸",
    note="pun")
neg(F, "any", "Had a dodgy text claiming to be Askerby DC about a 'council tax rebate'. Don't click it. Reported to the council's IT team.",
    allowed=[F], note="scam warning, no link")
neg(F, "any", "That 'verify your allowance' email going round the members is a scam. Delete it, don't click.",
    allowed=[F], note="scam warning, no link")
neg(F, "any", "Rail users have a new website: https://www.example.org/fellline. Sign up for the newsletter, no password needed.",
    note="safe link")
neg(F, "any", "Wi-Fi at Ulbeck library is free. Ask the staff for the code when you go in 📚",
    allowed=[F], note="no code")
neg(F, "any", "The council's new booking system texts you a one-time code. Clever. Don't share it with anyone, not even me.",
    allowed=[F], note="advice, no code")
neg(F, "any", "Bus times are on the council app now, so no more faffing with widgets on my website 🚌",
    note="no key")
neg(F, "any", "Lock screen on my phone vs cold fingers on the fell. The phone wins every time 🥶",
    note="no secret")
neg(F, "any", "Changed my password after the training. No, I'm not telling you what it is 😂",
    allowed=[F], note="no secret")

# ---------------------------------------------------------------------------
# tone.irony-risk (advice): mock praise or sarcasm about people
# ---------------------------------------------------------------------------
F = "tone.irony-risk"
pos(F, "opp", "Oh brilliant, another masterclass in listening from the Leader at cabinet. Truly inspirational stuff 🙄", "advice",
    note="mock praise of the Leader", when=("2026-09-30", "2026-10-06"))
pos(F, "opp", "Cllr Fothergill has found the budget black hole! Only took him three years. Genius. /s", "advice",
    allowed=[PAT], note="'/s' about a named councillor")
pos(F, "opp", "Yeah right, the Fellside Alliance 'love' rural buses. That's why they've cut three of them. Real champions of the fells, them lot 👏\n\nThe 563 to Hawsrigg, the Thursday market bus from Kelderby and the late run to Garnthwaite. Gone. But don't worry, there's a lovely glossy leaflet about 'connected communities' on its way to you.", "advice",
    note="sarcasm about a party group")
pos(F, "FA", "What a suprise: Northern Commons want to spend money we havent got. Never seen that before 😂", "advice",
    note="sarcasm about the opposition group")
pos(F, "opp", "Thanks to our MP Simon Hargreave for his tireless work on the Scarrow ticket office. All two minutes of it.", "advice",
    note="mock thanks to the MP")
pos(F, "opp", "Hats off to the cabinet member for environment, who has discovered that bins need emptying. Give that woman a medal 🏅", "advice",
    note="mock praise of a cabinet member")
pos(F, "@ColinBirkettFA", "So grateful to the Greens for explaining farming to us. Forty years of lambing and I had no idea 🙃", "advice",
    note="mock gratitude to a party group")
pos(F, "opp", "The Chairman's opening speech at full council was riveting. All 25 minutes of it. Half the public gallery nodded off 🙃", "advice",
    note="mock praise of the Chairman", when=("2026-11-20", "2026-11-27"))
pos(F, "opp", "Cllr Cleasby says he'll 'look into' the Sowerthwaite flooding. Great news. He's been looking into it since 2019 🔍", "advice",
    note="sarcasm about a named councillor")
pos(F, "!DVI", "Love how the DVI lot turn up to every photo op and none of the meetings. Real grafters 👏", "advice",
    note="mock praise of a group")
pos(F, "opp", "Another riveting press release from the Leader's office. Bold vision. Bold font, anyway.", "advice",
    note="mock praise of the Leader")
pos(F, "!NC", "Very brave of Cllr Relph to back the bin rota changes after leafleting against them. Principled stuff 🫡", "advice",
    note="mock praise of a named councillor")
pos(F, "opp", "Top marks to the Alliance's budget whizz for forecasting a surplus. Shame it's turned into a £2m deficit 😂", "advice",
    note="mock praise of the finance portfolio holder")
pos(F, "!EVG", "Such a shock that the Greens want a cycle lane up the Hawsrigg road. It's a 1-in-5 hill, lads. Go on then, show us 🚴", "advice",
    note="sarcasm about a party group")
pos(F, "opp", "The Leader says this council 'listens'. She must have superb hearing. Nobody in Kelderby's heard back yet 🙉", "advice",
    note="sarcasm about the Leader")
pos(F, "!NC", "Genius idea from Cllr Hodgson: a skate park on the flood plain. What could possibly go wrong? 🛹🌊", "advice",
    allowed=[PAT], note="mock praise of a named councillor")
pos(F, "opp", "Fair play to the Alliance, they've managed to close the Sowerthwaite toilets AND blame us for it. Talented lot.", "advice",
    note="mock praise of the administration")
pos(F, "!NC", "Thanks to Northern Commons for the lovely leaflet telling me what I said at council. Must've been a different meeting, but cheers 😘", "advice",
    note="mock thanks to a party group")

neg(F, "any", "Oh brilliant, the Helm wind's back. Wheelie bins halfway to Penrith again 🌬️🗑️",
    allowed=[F], note="irony about the weather")
neg(F, "any", "Love how the Settle–Carlisle gets us to Leeds in 'only' two hours forty. Best view in England though 🙃",
    allowed=[F], note="irony about a train")
neg(F, "any", "Yeah right, 'light showers' says the forecast. It's siling down in Thornsgill ☔",
    allowed=[F], note="irony about a forecast")
neg(F, "any", "Masterclass from the gritter crews this morning: every fell road clear by six. Genuinely brilliant, no irony.",
    note="sincere praise", when=("2026-11-02", "2026-11-27"))
neg(F, "opp", "Credit where it's due: Cllr Tinkler got the food waste trial running on time. Well done.",
    note="sincere praise across parties")
neg(F, "any", "The council website's search is a work of art. Typed 'bins', got the 1987 minutes on sheep dip 😂",
    allowed=[F], note="irony about a website")
neg(F, "any", "Two-and-a-half-hour scrutiny meeting. Riveting. My own fault for bringing no bait 😅",
    allowed=[F], note="self-directed irony", when=("2026-10-08", "2026-10-08"), hours=(17, 18))
neg(F, "opp", "The budget is a mess and the cabinet should think again. No jokes, just numbers: a £2m gap and three buses cut.",
    note="robust policy criticism")
neg(F, "opp", "Genuinely impressed with the Leader's response to the flooding. She was out at 6am in her waders with the rest of us.",
    note="sincere praise across parties")
neg(F, "any", "What a surprise, it's raining for the Kelderby fell race. Never happened before 😂",
    allowed=[F], note="irony about the weather")
neg(F, "any", "The potholes on the Hawsrigg road are so big they've got their own postcodes now 🕳️",
    allowed=[F], note="irony about potholes")
neg(F, "any", "Oh great, printer jam in the members' room. Classic.",
    allowed=[F], note="irony about a printer")
neg(F, "@freya_fellruns", "Me, a fell runner, getting lost on my own ward boundary in the mist. Brilliant work, Freya 🤦‍♀️",
    allowed=[F], note="irony about herself")
neg(F, "opp", "The Alliance's car park policy is wrong, and here's why: it taxes the people who've got no bus to catch. Rethink it.",
    note="robust policy criticism")
neg(F, "!EVG", "Fair play to the Greens on the verge wildflowers. It looks stunning along the Ulbeck road, and I mean that.",
    note="sincere praise across parties")
neg(F, "any", "Love that the A66 roadworks are finishing 'this summer'. Which summer, lads? 😂",
    allowed=[F], note="irony about roadworks")
neg(F, "any", "Another magnificent performance from Carlisle United. Nil–four. Truly magnificent 🙃",
    allowed=[F], note="irony about a football team")
neg(F, "any", "Hats off to Thornsgill Young Farmers for the best float at the Askerby bonfire parade. Brilliant effort!",
    note="sincere praise", when=("2026-11-09", "2026-11-13"))

# ---------------------------------------------------------------------------
# Ordinary posts (fillers): expect nothing, allow nothing
# ---------------------------------------------------------------------------
fill("any", "Red sky over Cross Fell this morning and the Eden running high. Mind the flooded lonnings if you're heading out 🌅")
fill("any", "Garden waste collections finish for the winter at the end of November. Last one in Thornsgill is on the 26th 🍂")
fill("any", "Remembrance Sunday in Askerby: the parade leaves Market Square at 10.30, service at the war memorial at 10.50. Wrap up warm 🌺\n\nThe two-minute silence is at 11. Sandgate and Castle Bank are closed from 10 till 12 and the buses will divert. Standards, cadets and the Thornsgill band are all taking part.",
     when=("2026-11-02", "2026-11-06"))
fill("any", "Spent the morning with the hedge-layers at Ulbeck. Proper craft, this. Hawthorn, hazel and a lot of patience 🌿")
fill("@birkett_tups", "Tup sale day! Loaded up at 5am: two Swaledale shearlings and a Rough Fell lad. Fingers crossed 🐏",
     when=("2026-10-05", "2026-10-23"))
fill("@birkett_tups", "Wet, windy, and the yows don't care. Gathering off the top this morning with the dogs. Best job in the world, most days ☔🐑")
fill("@freya_fellruns", "Twelve miles round the Kelderby Edge horseshoe this morning. Legs are jelly. The views were worth it ⛰️")
fill("@freya_fellruns", "Club handicap race on Saturday, 10am start from Ulbeck bridge. New runners very welcome, we don't bite 🏃‍♀️")
fill("any", "Clocks go back this weekend. An extra hour in bed, but darker evenings, so please be seen on the roads 🔦",
     when=("2026-10-19", "2026-10-23"))
fill("any", "Bonfire night: please go to an organised display. Askerby's is on the castle field on Saturday 7th, gates open at 6 🎆",
     when=("2026-11-02", "2026-11-06"))
fill("any", "The red sandstone of St Cuthbert's has been cleaned for the first time in a century. Stunning. Worth a look on your way through Askerby.")
fill("any", "Scarrow Viaduct looking majestic in its autumn colours. Twenty-four arches, 150 years, and still carrying the trains 🚂🍂")
fill("any", "Flood alert on the Eden at Sowerthwaite. Keep an eye on the official updates and check on your neighbours, especially the older ones 🌧️")
fill("any", "The food bank at the Methodist hall needs tinned meat, UHT milk and nappies this week. Thank you to everyone who gives 💛\n\nDemand is up by a third on last year and it's not who you'd think: working families, pensioners, lads on zero-hours contracts at the warehouses. Drop-off is Tuesday and Friday mornings, or leave things in the trolley at the supermarket on Sandgate.")
fill("any", "Lovely to visit Ulbeck School's harvest festival. The bairns sang their hearts out and the tins are off to the food bank 🍎",
     when=("2026-09-21", "2026-10-16"))
fill("any", "Two trains, one viaduct and a flask of coffee: Settle–Carlisle to Leeds for a meeting. Still the best commute in England.")
fill("any", "Gritting season starts next week. Crews will be out on the fell roads from 4am whenever frost is forecast ❄️",
     when=("2026-10-26", "2026-11-06"))
fill("any", "Heritage Open Days this weekend: free tours of the Moot Hall and the castle dungeons. Go on, be a tourist in your own town 🏰",
     when=("2026-09-07", "2026-09-11"))
fill("any", "Knocking on doors in Garnthwaite this afternoon. Top topic? Buses. Then potholes. Then the weather. As always.")
fill("any", "Back to school this week. Please take extra care on the Ulbeck road at drop-off and pick-up 🚸",
     when=("2026-09-07", "2026-09-08"))
fill("any", "sheep on the road at hawsrigg. they were there first. Slow down 🐑🚗")
fill("any", "Great turnout for the Scarrow litter pick: 28 volunteers and 41 bags. Thank you all, the verges look grand.")
fill("any", "Cumberland sausage and mash after the parish meeting in Kelderby. The simple pleasures 😋")
fill("any", "Children in Need at Thornsgill School: teachers in pyjamas, bairns in spots and £640 raised 💛",
     when=("2026-11-13", "2026-11-16"))
fill("any", "The Helm wind's been roaring all night up the valley. If there's a tree down across your road, report it to highways so they can get out to it.")
fill("any", "Quiet week in the ward. Caught up on casework, read an agenda pack the size of a phone book, walked the dog. The glamour.")
fill("any", "Mince pies and carols at the Sowerthwaite Christmas fair, Saturday 21st in the village institute. Come along 🎄",
     when=("2026-11-16", "2026-11-20"))
fill("any", "First snow on Cross Fell this morning. Winter's coming, so get that boiler serviced ❄️",
     when=("2026-11-09", "2026-11-27"))
fill("any", "The geese are coming in over the mosses at Thornsgill in their hundreds. The sound of autumn in the valley.")
fill("any", "Askerby library is now open till 7 on Thursdays. Good news for anyone who works days 📚")
fill("any", "Proud to walk with the Askerby scouts at their centenary parade. A hundred years of adventure ⚜️")
fill("any", "Askerby's Tuesday market is on as usual, rain or shine. Best black pudding in the north 😋")
fill("any", "Watched the steam special cross Scarrow Viaduct this afternoon. Half the village was out with cameras 🚂💨")
fill("any", "Apple Day at Ulbeck orchard on Saturday: juicing, a pie competition and a tug of war. Bring a basket 🍏",
     when=("2026-10-05", "2026-10-16"))
fill("opp", "Thanks to everyone who came to my drop-in about the buses. Your comments are going into my response to the consultation.")
fill("any", "Fog so thick at Kelderby this morning I couldnt see the chapel from the road. Drive carefully, folks 🌫️")
fill("any", "New benches along the riverside path at Sowerthwaite, paid for by the parish. Lovely spot for a flask of tea ☕")
fill("any", "Curlew numbers on the fells are down again. If you farm or walk up top, the RSPB survey wants your sightings 🐦")
fill("any", "It's World Mental Health Day tomorrow. If you're struggling, talk to someone: a friend, your GP, the Samaritans. You're not on your own 💚",
     when=("2026-10-09", "2026-10-09"))
fill("any", "Askerby Christmas lights switch-on is a week on Saturday. Thornsgill brass band are playing and there's a lantern parade up Sandgate ✨",
     when=("2026-11-16", "2026-11-20"))

# ---------------------------------------------------------------------------
# The script: authors, platforms, timestamps, shuffle, ids, write posts.jsonl
# ---------------------------------------------------------------------------
ALIASES = {"@AndyMetcalfeFA": ["Andy"], "@TomNowickiNC": ["Tom"]}
LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}


def token_set(tok):
    if tok.startswith("@"):
        return {tok}
    if tok == "any":
        return set(C)
    if tok in ("FA", "NC", "EVG", "DVI", "IND"):
        return {h for h, v in C.items() if v[1] == tok}
    if tok == "opp":
        return {h for h, v in C.items() if v[1] != "FA"}
    if tok == "back":
        return {h for h, v in C.items() if not v[3] & {"leader", "cab", "chairman"}}
    if tok in ("plan", "lic"):
        return {h for h, v in C.items() if tok in v[5]}
    if tok in ("notplan", "notlic"):
        return {h for h, v in C.items() if tok[3:] not in v[5]}
    if tok == "older":
        return set(C) - YOUNG
    if tok in ("m", "f"):
        return {h for h, v in C.items() if v[4] == tok}
    if tok.startswith("w:"):
        return {h for h, v in C.items() if v[2] == tok[2:]}
    raise ValueError("bad author token: " + tok)


def excluded(text):
    """Councillors who must not write this post: named in it, holding a role it names,
    or holding an interest it touches."""
    out = set()
    for h, v in C.items():
        first, last = v[0].split()[0], v[0].split()[-1]
        words = [first, last] + ALIASES.get(h, [])
        if any(re.search(r"\b%s\b" % re.escape(w), text) for w in words) or h.lower() in text.lower():
            out.add(h)
    for pat, h in ROLE_WORDS + INTEREST_WORDS:
        if re.search(pat, text):
            out.add(h)
    return out


def author_pool(spec, text):
    toks = spec.split()
    if len(toks) == 1 and toks[0].startswith("@"):
        return [toks[0]]
    cands = set(C)
    for t in toks:
        if t.startswith("!"):
            cands -= token_set(t[1:])
        else:
            cands &= token_set(t)
    cands -= excluded(text)
    pool = sorted(cands)
    assert pool, "no author for: " + text
    return pool


def load_meetings():
    with open(os.path.join(HERE, "meetings.csv"), newline="", encoding="utf-8") as f:
        return [(dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"]))
                for r in csv.DictReader(f)]


def local_tz(day):
    return dt.timezone(dt.timedelta(hours=1)) if day < BST_END else dt.timezone.utc


def pick_time(rng, row, meetings):
    lo, hi = row["when"] or WINDOW
    d0, d1 = dt.date.fromisoformat(lo), dt.date.fromisoformat(hi)
    days = [d0 + dt.timedelta(n) for n in range((d1 - d0).days + 1)]
    days = [d for d in days if d.weekday() < 5]
    assert days, row["text"]
    h0, h1 = row["hours"] or (8, 18)
    for _ in range(200):
        day = rng.choice(days)
        t = dt.datetime(day.year, day.month, day.day, rng.randint(h0, h1), rng.randint(0, 59),
                        tzinfo=local_tz(day))
        if not any(s <= t < e for s, e in meetings):
            return t
    raise RuntimeError("no free time for: " + row["text"])


def pick_platform(rng, text, author):
    n = len(text)
    choices = [p for p in ("x", "x", "x", "facebook", "facebook", "bluesky") if n <= LIMITS[p]]
    if author in PERSONAL:
        choices = [p for p in choices if p != "bluesky"]
    return rng.choice(choices)


def main():
    rng = random.Random(SEED)
    meetings = load_meetings()
    posts = []
    for row in ROWS:
        author = rng.choice(author_pool(row["by"], row["text"]))
        when = pick_time(rng, row, meetings)
        rec = {
            "text": row["text"],
            "author": author,
            "created_at": when.isoformat(),
            "platform": pick_platform(rng, row["text"], author),
            "account": "personal" if author in PERSONAL else "councillor",
            "kind": "post",
            "expect": {"rules": row["rules"], "allowed": row["allowed"], "verdict": row["verdict"]},
            "family": row["family"],
            "kind_of_row": row["kind_of_row"],
        }
        if row["kind_of_row"] == "hard_negative":
            rec["near_miss_of"] = row["family"]
        if row["interest"]:
            rec["interest"] = row["interest"]
        rec["note"] = row["note"]
        posts.append(rec)
    rng.shuffle(posts)
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, rec in enumerate(posts, 1):
            rec = dict([("id", "%s-%04d" % (SET, i))] + list(rec.items()))
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d posts to posts.jsonl" % len(posts))


if __name__ == "__main__":
    main()
