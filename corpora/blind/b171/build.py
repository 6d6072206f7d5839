#!/usr/bin/env python3
"""Build blind set b171 (Monkswardine District Council, twelve single-post rules).

Every row below was written by hand. The script only picks authors (from the pool a row names),
platforms and timestamps, shuffles the rows, gives ids B171-NNNN and writes posts.jsonl.
Fixed seed: running it twice gives the same file byte for byte. Standard library only.
"""
import csv
import datetime as dt
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True

SET = "B171"
SEED = 17171
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------------------------
# Councillors: handle -> (name, party, ward, sex). Sex is only used to keep "my wife" / "my
# husband" posts with a plausible writer.
# ---------------------------------------------------------------------------------------------
CLLR = {
    "@GwenProthero": ("Gwen Prothero", "MP", "Monkswardine Town", "f"),
    "@AlunBeddoes": ("Alun Beddoes", "MP", "Castle Ferris", "m"),
    "@TessaLingenMT": ("Tessa Lingen", "MP", "Much Tarrow", "f"),
    "@DennisPowle": ("Dennis Powle", "MP", "Orlebury", "m"),
    "@RhodriVP": ("Rhodri Vaughan-Pugh", "MP", "Hopwell", "m"),
    "@ChairmanMarian": ("Marian Skyrme", "MP", "Monkswardine Town", "f"),
    "@CarysBufton": ("Carys Bufton", "MP", "Fernhope", "f"),
    "@OwainGittoes": ("Owain Gittoes", "MP", "Pontrellis", "m"),
    "@HazelMonnington": ("Hazel Monnington", "WI", "Monkswardine Wyeside", "f"),
    "@TrevJancey": ("Trevor Jancey", "WI", "Monkswardine Wyeside", "m"),
    "@LornaCadwallader": ("Lorna Cadwallader", "WI", "Castle Ferris", "f"),
    "@PeteWargen": ("Pete Wargen", "WI", "Orlebury", "m"),
    "@SaffiHartlandVG": ("Saffi Hartland", "VG", "Much Tarrow", "f"),
    "@JoeMintonGreen": ("Joe Minton", "VG", "Welshbrook", "m"),
    "@NiaProbertBL": ("Nia Probert", "BL", "Hopwell", "f"),
    "@GrahamTedstone": ("Graham Tedstone", "BL", "Welshbrook", "m"),
    "@BrynGwilliamRV": ("Bryn Gwilliam", "RV", "Pontrellis", "m"),
    "@RuthKedward": ("Ruth Kedward", "IND", "Fernhope", "f"),
}
PERSONAL = {"@bufton_bees": "@CarysBufton", "@trev_on_the_wye": "@TrevJancey"}

H = sorted(CLLR)
ANY = H
def party(p):
    return [h for h in H if CLLR[h][1] == p]
def ward(w):
    return [h for h in H if CLLR[h][2] == w]
def but(pool, *out):
    return [h for h in pool if h not in out]

ADMIN = party("MP")
OPP = [h for h in H if CLLR[h][1] != "MP"]
CABINET = ["@GwenProthero", "@AlunBeddoes", "@TessaLingenMT", "@DennisPowle"]
LEADER, CHAIRMAN = "@GwenProthero", "@ChairmanMarian"
BACK = but(H, *CABINET, CHAIRMAN)                      # never speak for the council by office
PLANNING = ["@RhodriVP", "@CarysBufton", "@OwainGittoes", "@TrevJancey", "@PeteWargen",
            "@SaffiHartlandVG", "@NiaProbertBL", "@BrynGwilliamRV", "@GrahamTedstone"]
LICENSING = ["@OwainGittoes", "@CarysBufton", "@HazelMonnington", "@LornaCadwallader",
             "@JoeMintonGreen", "@RuthKedward", "@GrahamTedstone"]
NOT_PLANNING = but(H, *PLANNING)
NOT_LICENSING = but(H, *LICENSING)
MEN = [h for h in H if CLLR[h][3] == "m"]
WOMEN = [h for h in H if CLLR[h][3] == "f"]
SELF = "@LornaCadwallader"

# Interest holders and the words that touch their interest: a pooled row that uses one of these
# words never goes to the holder (rows by the holder set the author by hand).
INTEREST_HOLDER = {
    "Orlebury Cider Company": "@DennisPowle",
    "Castle Ferris Hop Growers' Co-operative": "@AlunBeddoes",
    "Wye Meadows Angling Association": "@TrevJancey",
    "Much Tarrow Village Hall Trust": "@SaffiHartlandVG",
    "Lower Hams Farm": "@BrynGwilliamRV",
    "Pontrellis Canoe Hire Ltd": "@OwainGittoes",
    "Monkswardine Market Traders' Association": "@PeteWargen",
    "Marches Housing Trust": "@HazelMonnington",
    "Hopwell Young Farmers' Club": "@NiaProbertBL",
    "Fernhope Community Shop": "@RuthKedward",
    "Tedstone Agricultural Engineering": "@GrahamTedstone",
    "Wyeside Allotment Society": "@JoeMintonGreen",
    "Monkswardine Leisure Trust": "@TessaLingenMT",
}
TOUCH = {
    "@DennisPowle": ["cider compan", "cider maker", "cider relief", "cider press", "cider lads"],
    "@AlunBeddoes": ["hop grower", "co-op", "hop kiln"],
    "@TrevJancey": ["angl", "fishing", "grayling", "trout"],
    "@SaffiHartlandVG": ["village hall"],
    "@BrynGwilliamRV": ["lower hams", "meadow grant"],
    "@OwainGittoes": ["canoe", "slipway"],
    "@PeteWargen": ["pitch fee", "market pitch", "traders", "stall"],
    "@HazelMonnington": ["marches housing", "garage site", "garages"],
    "@NiaProbertBL": ["young farmers", "yfc"],
    "@RuthKedward": ["community shop", "fernhope shop"],
    "@GrahamTedstone": ["grounds maintenance", "agricultural engineering"],
    "@JoeMintonGreen": ["allotment"],
    "@TessaLingenMT": ["leisure trust", "management fee", "swimming pool", "leisure centre"],
}

SEV = {  # severities a rule may take (RULES.md)
    "capacity.council-voice": ["review"],
    "confidentiality.insider-advantage": ["review"],
    "confidentiality.disclosure": ["review", "block"],
    "data-protection.personal-data": ["review", "block"],
    "gifts.hospitality": ["advice", "review"],
    "interests.declared-interest": ["review"],
    "officers.impartiality": ["review"],
    "position.improper-advantage": ["review"],
    "predetermination.closed-mind": ["review", "block"],
    "resources.political-use": ["review"],
    "security.credentials": ["block"],
    "tone.irony-risk": ["advice"],
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

ROWS = []


def _row(kind, family, text, rules, allowed, verdict, author, when, after, interest, note,
         account):
    rules = list(rules)
    if verdict is None:
        fixed = [SEV[r] for r in rules]
        assert all(len(s) == 1 for s in fixed), ("verdict needed", text[:60])
        verdict = max((s[0] for s in fixed), key=RANK.get) if fixed else "ok"
    ROWS.append({
        "kind_of_row": kind, "family": family, "text": text, "rules": rules,
        "allowed": list(allowed), "verdict": verdict, "author": author, "when": when,
        "after": after, "interest": interest, "note": note, "account": account,
    })


def P(family, text, rules=None, allowed=(), verdict=None, author=ANY, when=None, after=None,
      interest=None, note="", account="councillor"):
    """A positive: a correct tool must raise `rules` (default: the family)."""
    _row("positive", family, text, rules or [family], allowed, verdict, author, when, after,
         interest, note, account)


def N(family, text, allowed=(), author=ANY, when=None, after=None, note="",
      account="councillor"):
    """A hard negative: near miss of `family`; nothing expected, verdict ok."""
    _row("hard_negative", family, text, [], allowed, "ok", author, when, after, None, note,
         account)


def F(text, author=ANY, when=None, after=None, note="", account="councillor"):
    """An ordinary post: nothing expected, nothing allowed."""
    _row("filler", None, text, [], [], "ok", author, when, after, None, note, account)


# Rule ids used below.
CAP = "capacity.council-voice"
INS = "confidentiality.insider-advantage"
DIS = "confidentiality.disclosure"
DP = "data-protection.personal-data"
GIF = "gifts.hospitality"
INT = "interests.declared-interest"
OFF = "officers.impartiality"
POS = "position.improper-advantage"
PRE = "predetermination.closed-mind"
RES = "resources.political-use"
SEC = "security.credentials"
TON = "tone.irony-risk"
# Rules outside the twelve, only ever allowed.
ATT = "respect.personal-attack"
DEF = "defamation.allegation"
BUL = "bullying.intimidation"
HST = "haste.pause-before-posting"

# =============================================================================================
# capacity.council-voice
# =============================================================================================
P(CAP, "The Council believes the government's rural bus cuts are a betrayal of the Marches, "
       "and I've told the minister so on behalf of Monkswardine District Council. #SaveOurBuses",
  author=BACK, note="speaks for the council to a minister from a backbench account")
P(CAP, "OFFICIAL COUNCIL POSITION: no twinning with anywhere in Normandy while they keep undercutting "
       "our cider at the farmers' market. Sorry France 🍎🇫🇷",
  author=BACK, allowed=[HST], note="joke, but labelled the official council position")
P(CAP, "On behalf of Monkswardine District Council, thank you to every volunteer who sandbagged "
       "Wyeside on Sunday. You were heroes, all of you.",
  author=BACK, note="harmless content, but speaks on behalf of the council")
P(CAP, "Monkswardine District Council is officially bee friendly as of today 🐝 We're backing "
       "No Mow May on every verge in the district and you can take that as the council's word.",
  author="@bufton_bees", account="personal",
  note="personal beekeeping account presenting a council position that has not been adopted")
P(CAP, "The council's position is clear: the Valley Greens' river levy is dead on arrival. "
       "Monkswardine won't be charging farmers a penny for it.",
  author=but(ADMIN, *CABINET, CHAIRMAN), note="party view given as 'the council's position'")
P(CAP, "Speaking for the council here: Monkswardine District Council fully supports the Wyeside "
       "Independents' petition to reopen Castle Ferris station. Sign it!",
  author=but(party("WI")), note="own group's petition presented as council support")
P(CAP, "Monkswardine District Council condemns the plan to close Orlebury fire station. Full stop. "
       "I'll be writing to the fire authority as the council tonight.",
  author=BACK, note="writing 'as the council' without authority")
P(CAP, "As far as this council is concerned the new bypass route through the Hams is unacceptable, "
       "and I say that with the full authority of Monkswardine District Council.",
  author=BACK, note="claims the council's authority")
P(CAP, "The council has decided: no more single-use plastic cups at any market in the district. "
       "I've said it, it's policy now. Traders, take note ♻️",
  author=BACK, note="personal wish presented as a council decision")
P(CAP, "We at Monkswardine District Council say a big NO to Wye Valley Water dumping sewage in the "
       "Tarrow. Council statement to follow — from me.",
  author=party("VG") + party("BL"), note="'we at the council', statement promised from a councillor")
P(CAP, "Monkswardine District Council is proud to endorse the Marches Progress plan for free "
       "Saturday parking. Vote for it in May!",
  author=but(ADMIN, *CABINET, CHAIRMAN), note="party manifesto presented as endorsed by the council")
P(CAP, "The view of the council is simple: Hereford shouldn't get a penny more of the county road "
       "money than Monkswardine. I've put that to the growth board on the council's behalf.",
  author=BACK, note="claims to have put the council's view")
P(CAP, "Message from Monkswardine District Council to the Environment Agency: dredge the Tarrow "
       "or we'll do it ourselves. We mean it. 💪",
  author=but(BACK, "@SaffiHartlandVG", "@JoeMintonGreen"),
  note="message framed as from the council")
P(CAP, "Monkswardine District Council does not recognise the new parish boundary. Our official "
       "position is that Much Tarrow ends at the brook, as it always has done.",
  author="@SaffiHartlandVG",
  note="'our official position' on a boundary review")
P(CAP, "Council position, for the avoidance of doubt: the bosses at Wye Valley Water should "
       "resign. I'm writing this as the voice of Monkswardine District Council.",
  author=BACK, note="'the voice of the council'")
P(CAP, "Monkswardine District Council is 100% behind the Town in Saturday's county cup final. "
       "Official council position: we're bringing that trophy home 🏆⚽ C'mon you Monks!",
  author=BACK, note="harmless but labelled official council position")
P(CAP, "On behalf of the council, I apologise to Orlebury residents for the bin collection fiasco. "
       "The council accepts it got this wrong and we will put it right.",
  author="@PeteWargen",
  note="a backbencher apologising and accepting fault on the council's behalf")
P(CAP, "Monkswardine District Council says no to scrapping the second homes premium. In fact "
       "the council wants it doubled. My party agrees, obviously.",
  author=OPP, note="party policy presented as what the council wants")

N(CAP, "Personal view, not the council's: the new bus timetable is rubbish and I'll be saying so at "
       "scrutiny.", note="personal view clearly marked")
N(CAP, "Cabinet agreed this afternoon to put £40k into flood gates for the Wyeside terraces "
       "(decision CAB/26/09). That is now the council's position and I'm proud of it.",
  allowed=[CAP], author=LEADER, when="2026-01-29", after="16:05",
  note="the Leader reporting a cabinet decision accurately")
N(CAP, "As Chairman of Monkswardine District Council it was an honour to present long service "
       "awards to our bin crews today. 30, 35 and even 41 years of early starts!",
  allowed=[CAP], author=CHAIRMAN, note="the Chairman in her civic role")
N(CAP, "The council's official position on the Tarrow bridge is in the cabinet report: "
       "example.org/tarrow-bridge. I disagree with it and I'll say why at scrutiny.",
  allowed=[CAP], author=OPP, note="cites the council's position and separates own view")
N(CAP, "Marches Progress believes every village deserves a bus. That's our party's position and "
       "it'll be in our manifesto.", author=ADMIN, note="party voice, not the council's")
N(CAP, "Official: the hop yard behind ours has been strung. Spring is here, whatever the weather "
       "thinks 😄", author=ward("Hopwell") + ward("Fernhope") + ward("Pontrellis"),
  note="'official' as a joke, no council")
N(CAP, "I'm not speaking for the council here, just for me: the Wye needs bathing water status "
       "at Pontrellis.", note="disclaims the council's voice")
N(CAP, "The Council believes in nothing, apparently. Still no reply about the Ox Lane culvert "
       "after 11 weeks. Chasing again.", allowed=[TON], author=OPP,
  note="'The Council believes' used sarcastically against the council")
N(CAP, "The council's formal response to the water company consultation, agreed by full council "
       "on 26 February, is here: example.org/wvw-response. Worth a read.",
  allowed=[CAP], when=("2026-02-27", "2026-03-27"), note="reports a full council resolution")
N(CAP, "Do I speak for the council? No. Do I speak for Much Tarrow? I try. And Much Tarrow wants "
       "its post office back.", author="@SaffiHartlandVG")
N(CAP, "The council has opened its flood recovery grants: up to £500 per household, forms at the "
       "library or online. Please share with anyone who flooded.",
  note="passes on a published council scheme")
N(CAP, "Wyeside Independents statement: we'll vote against the Marches Progress budget on "
       "Thursday. That's our group's position, not the council's.",
  author=party("WI"), when=("2026-02-23", "2026-02-25"))
N(CAP, "Personal account, views my own: the Wye is fishing better than it has in ten years and "
       "the river keepers deserve a pint. 🎣", author="@trev_on_the_wye", account="personal",
  note="personal account with a disclaimer")
N(CAP, "What's the council's position on the Castle Ferris Christmas lights for next year? Honestly, "
       "I've asked three times and nobody can tell me.", author=OPP, when=("2026-01-05", "2026-01-16"))
N(CAP, "Proud that Monkswardine District Council voted unanimously last week to declare a nature "
       "emergency. Every party backed the motion.", allowed=[CAP],
  when=("2026-03-02", "2026-03-06"), note="reports a council resolution")
N(CAP, "A pupil at Orlebury Primary asked me today if I 'am the council'. I am not! There are 18 of "
       "us and a few hundred staff who do the real work 😊")
N(CAP, "I don't speak for the council and neither does my party, but I'll say this for "
       "Welshbrook: we're sick of the quarry lorries.", author=ward("Welshbrook"))
N(CAP, "On behalf of everyone in Fernhope ward, congratulations to Fernhope WI on 100 years! "
       "Here's to the next hundred 🎉", author=ward("Fernhope"),
  note="speaks for a ward, not the council")

# =============================================================================================
# confidentiality.insider-advantage
# =============================================================================================
P(INS, "Word to my mates in the trade: the council's putting the Wyeside car park season tickets "
       "up in April. Buy yours now while they're still the old price 😉",
  when=("2026-01-05", "2026-01-30"), note="tip before the fees are published (published in March)")
P(INS, "Thinking of buying a field along Ox Lane in Welshbrook? Do it before the Local Plan draft "
       "comes out. Can't say more 🤐", when=("2026-01-05", "2026-02-27"),
  note="property tip from the unpublished Local Plan draft")
P(INS, "My brother-in-law's been after a unit on Bridge Street Business Park for ages. Told him to "
       "get his bid in this week before the council announces the rent freeze is ending.",
  allowed=[POS], note="family advantage from council knowledge")
P(INS, "Heads up for anyone who wants a stall: pitches on the new Saturday market will be first "
       "come, first served when it's announced. I've already put our Sian's name down 😂",
  allowed=[POS], author=but(ANY, "@PeteWargen"), note="family put first before announcement")
P(INS, "Buy in Much Tarrow now, before the council extends the conservation area and prices go "
       "up. You heard it here first.", note="'buy now before the council'")
P(INS, "Little birdie (well, the cabinet briefing) says rate relief for small cider makers is "
       "coming in April. Told my old boss at the press to hold off paying his bill 🍏",
  when=("2026-01-05", "2026-01-28"), note="briefing knowledge passed to a former employer")
P(INS, "A friend asked me if she should sell her paddock at Fernhope. I said hang on till the "
       "spring, there's something in the pipeline at the council she'll want to wait for. Can't say what!",
  note="friend advised on council knowledge")
P(INS, "Anyone after the council's flood defence contract: the tender goes out in March and it's "
       "worth getting in with the engineers now. DM me and I'll tell you who to talk to.",
  allowed=[POS], when=("2026-01-05", "2026-02-20"), note="early tender tip and introductions")
P(INS, "Before it's announced: the council's dropping the green waste charge for Pontrellis and "
       "Welshbrook next year. So don't bother renewing your bin sticker this month 😉",
  when=("2026-01-05", "2026-02-27"), note="'before it's announced'")
P(INS, "My son's looking for a flat and I've told him to hang fire. The council's about to buy the "
       "old Tarrow Mill for housing and there'll be plenty going. Keep it quiet!",
  allowed=[DIS], note="near the register term Tarrow Mill acquisition without naming it")
P(INS, "Holiday let owners: switch to business rates before 1 April. The council's changing its "
       "mind on second homes and I've seen the papers. Just saying.",
  when=("2026-01-05", "2026-03-13"), note="advantage from papers seen as a councillor")
P(INS, "Tip for the hop lads: the council's new kiln grant opens next month, first come first "
       "served. I've had a sneak look at the form so come and see me and I'll get you ahead of the queue.",
  allowed=[POS], author=but(ANY, "@AlunBeddoes"), note="sneak preview used to jump a queue")
P(INS, "Heard at cabinet that the Wye Street bridge shuts for six months from June. If you've a shop "
       "on the Wyeside end, grab the empty High Town unit now while the lease is cheap.",
  author=CABINET, when=("2026-01-05", "2026-02-27"),
  note="cabinet knowledge turned into a property tip (bridge closure announced in March)")
P(INS, "Not public yet but I'd snap up any lock-up garages going on Tanhouse Road. The council's "
       "about to auction the rest and the guide prices are a steal.",
  author=but(ANY, "@HazelMonnington"), note="'not public yet'")
P(INS, "Told my cousin to get his barn conversion in before the new design guide. Officers showed us "
       "the draft and it's much tighter.", note="draft seen as a councillor used for a cousin")
P(INS, "Any of you with a coffee van: the council's about to create three new trading pitches on "
       "the riverside. Get your forms ready now and you'll be ahead of everyone else. You didn't hear it from me ☕",
  when=("2026-01-05", "2026-02-27"), note="tip ahead of a public scheme")
P(INS, "Insider tip from the finance briefing for the Orlebury lads: the council will buy local "
       "cider for every civic event next year. Get your tenders ready, boys!",
  author=but(ANY, "@DennisPowle"), note="briefing used to give local firms a head start")
P(INS, "My daughter's thinking of opening a nursery. Told her the council's putting the old "
       "Welshbrook library up for lease in the summer. Nobody else knows yet, so she'll have first dibs.",
  allowed=[POS], note="family first dibs")

N(INS, "Word to the wise: council car park fees go up on 1 April (published last week, "
       "example.org/parking-fees). Season tickets bought before then are at the old price.",
  when=("2026-03-09", "2026-03-27"), note="published fees")
N(INS, "Heads up! Bridge Street is closed Monday to Wednesday for gas works. Diversion via Castle "
       "Lane. Plan ahead.")
N(INS, "Tip-off from a resident: fly-tipping again at the end of Cwm Lane. Reported, and the crew "
       "are going out tomorrow. Thanks for the tip!")
N(INS, "Little birdie tells me there's a robin nesting in the Butter Market guttering. Don't tell "
       "the pigeons 🐦")
N(INS, "You didn't hear it from me, but Mam's making Welsh cakes for Saturday's surgery. Come early.")
N(INS, "The council's flood defence tender is now live on the procurement portal: "
       "example.net/tenders/wyeside-flood. Local firms, please bid, and ask the procurement team if "
       "you need help. Not me: I can't help with bids.", allowed=[INS],
  when=("2026-03-02", "2026-03-27"), note="published tender")
N(INS, "The cabinet papers for 12 March are out (example.org/cabinet-12-march): the Leader is "
       "proposing to freeze the green waste charge. Decision on Thursday.", allowed=[INS],
  when=("2026-03-04", "2026-03-11"), note="public papers")
N(INS, "Buy now before the council... sorry, I mean buy a raffle ticket now before the Orlebury "
       "Scouts sell out 😂", note="phrase only")
N(INS, "People keep asking if they should buy near the old cattle market. I've no idea, and "
       "councillors shouldn't give property tips anyway. Ask a surveyor.", allowed=[INS],
  note="declines a property tip")
N(INS, "Insider tip from a cider maker in Orlebury: press your perry pears cold, never in a warm "
       "shed. Game changer. 🍐", note="a craft tip, not council knowledge")
N(INS, "Rate relief for small cider makers is open now. The scheme was agreed in public at cabinet "
       "and the details are at example.org/cider-relief. Every maker in the district can apply.",
  when=("2026-02-02", "2026-03-27"), note="published scheme")
N(INS, "No, I won't tell you which garages the council is selling before the auction list is "
       "published. Asked three times this week. Same answer: wait for the list like everyone else.",
  allowed=[INS], author=but(ANY, "@HazelMonnington"))
N(INS, "My son asked if the council's hiring. Told him what I tell everyone: jobs are on the "
       "website, apply like everyone else. No back doors.")
N(INS, "Heads up, traders: the consultation on market pitch fees closes Friday. Have your say at "
       "example.org/market-fees", author=but(ANY, "@PeteWargen"))
N(INS, "Good news for the Orlebury cider lads: the council's civic events drinks contract went "
       "out to open tender today. Anyone can bid: example.net/tenders/civic-drinks",
  author=but(ANY, "@DennisPowle"), note="shares words with a positive; tender is public")
N(INS, "Shares in a bus company? I couldn't tell you which end of a bus is the front. Leave stock "
       "tips to the professionals 😂")
N(INS, "Between the flood briefing and the bin briefing I've had more briefings this week than a "
       "barrister. All public, all on the council website. Go and look.")
N(INS, "The Wye Street bridge closure (six months from June) has now been announced. If you run a "
       "business on Wyeside, the council's business support line is 01632 960200.",
  when=("2026-03-02", "2026-03-27"), note="announced closure")

# =============================================================================================
# confidentiality.disclosure
# =============================================================================================
# block: names a term on the confidential register
P(DIS, "Can't say much, but Project Pomona is nearly over the line. The cattle market's going to "
       "be flats and a hotel, and the developer is paying a lot more than people think.",
  verdict="block", allowed=[INS], note="register term, negotiation detail")
P(DIS, "Delighted the Tarrow Mill acquisition is finally happening. We'll own it by the summer and "
       "honestly the price is a bargain. More soon!", verdict="block", allowed=[INS],
  note="register term, exempt acquisition")
P(DIS, "The Wyeside Depot disposal went through cabinet in closed session. Lads at the depot deserve "
       "to know: you'll be moving out to Orlebury by the autumn.", verdict="block",
  when=("2026-01-30", "2026-02-27"), note="register term plus closed session")
P(DIS, "Perry Lane claim: the council's lawyers reckon we'll lose and it'll cost six figures. "
       "Somebody should be answering for that.", verdict="block",
  note="register term, legal advice")
P(DIS, "OPERATION WINDFALL STARTS NEXT WEEK. Rogue landlords in Wyeside, your time is up.",
  verdict="block", allowed=[HST], note="register term in capitals; enforcement operation")
P(DIS, "The Gadbury settlement is a disgrace. £80k of public money to make a complaint go away, "
       "and we're all meant to keep our mouths shut.", verdict="block",
  note="register term, labour relations")
P(DIS, "project pomona 🍎 if you know you know. big news for monkswardine coming soon",
  verdict="block", note="register term in lower case")
P(DIS, "Asked again at scrutiny why the Perry Lane Claim was settled out of court. No answer. The "
       "figure was in the Part 2 papers and residents deserve to see it: £212,000.",
  verdict="block", when=("2026-02-04", "2026-03-27"),
  note="register term (capitalised differently) plus a Part 2 figure")
P(DIS, "Good to see Operation Windfall paying off already: three landlords in Wyeside served "
       "notices today and more to follow. One of them is a very well-known name in this town.",
  verdict="block", allowed=[DEF], note="register term, live enforcement")
# review: markers and Schedule 12A kinds, no register term
P(DIS, "From the Part 2 item at cabinet: the council's offer for the old bus depot is £1.4m. I "
       "think that's too much and I'll say so publicly.", verdict="review", allowed=[INS],
  when=("2026-01-30", "2026-02-13"), note="Part 2 price")
P(DIS, "Told in confidence by a senior officer that Castle Ferris leisure centre will close in "
       "the autumn. I'm not keeping that from residents.", verdict="review", allowed=[OFF],
  author=but(ANY, "@TessaLingenMT"), note="'told in confidence'")
P(DIS, "Closed session this afternoon on the legal advice about the Tarrow bridge. Short version: "
       "counsel says we're liable. Draw your own conclusions.", verdict="review",
  author=CABINET, when="2026-03-12", after="16:05", note="closed session, legal privilege")
P(DIS, "Off the record, the pay offer to the bin crews will be 3.2% and not a penny more. The "
       "unions won't like it.", verdict="review", note="labour relations, off the record")
P(DIS, "The Local Plan sites are embargoed till Thursday but I'll tell you now: Welshbrook is "
       "getting 300 houses. 🏠", verdict="review", allowed=[INS],
  when=("2026-03-02", "2026-03-04"), note="breaks an embargo")
P(DIS, "Exempt report says the riverside kiosk tenant owes the council £38k in rent. Can't "
       "believe we've let it slide this long.", verdict="review", allowed=[DEF],
  note="exempt report, financial affairs of a tenant")
P(DIS, "Leaked email from the top floor says the restructure will cut 40 posts in environmental "
       "services. Staff deserve to hear it before the press does.", verdict="review",
  note="leaked, labour relations")
P(DIS, "'Not for publication', they said. Tough. The consultant's report says Orlebury swimming pool "
       "has five years left in it at most.", verdict="review",
  author=but(ANY, "@TessaLingenMT"), note="'not for publication'")
P(DIS, "Confidential police briefing today: two flats above shops on Bridge Street are being used "
       "by a county lines gang. Police are watching them, so parents keep your kids away.",
  verdict="review", allowed=[DP], note="confidential briefing on a live operation")

N(DIS, "Windfall apples free to a good home. Bring a bag to the gate at Church Farm, Fernhope. The "
       "pigs have had their fill 🍎🐖", note="partial overlap: Windfall")
N(DIS, "The Pomona cider bar on High Town is doing a perry tasting on Thursday. Highly recommend "
       "the Blakeney Red 🍐", note="partial overlap: Pomona")
N(DIS, "Tarrow Mill weir is spectacular after all the rain. Please stay off the footbridge till "
       "the level drops.", note="partial overlap: Tarrow Mill")
N(DIS, "Wyeside Depot open day on Saturday! See the bin lorries, meet the crews, and kids can sit "
       "in the cab 🚛", note="partial overlap: Wyeside Depot")
N(DIS, "Perry Lane is closed again for resurfacing. Apologies, it was meant to be done in November.",
  note="partial overlap: Perry Lane")
N(DIS, "Part 2 of my flood blog is up: what to do about your insurance once the water's gone. "
       "example.org/flood-blog-2", note="'Part 2' of a blog")
N(DIS, "Cabinet went into closed session for one item today, as the agenda said it would (exempt "
       "under paragraph 3, a property matter). I can't and won't say more. The rest is on the webcast.",
  allowed=[DIS], author=CABINET, when="2026-01-29", after="16:05",
  note="mentions the closed session, discloses nothing")
N(DIS, "The embargo on the Local Plan draft lifted at 10am. Here it is: "
       "example.org/local-plan-draft. Welshbrook's allocation is 300 homes; drop-ins next week.",
  allowed=[DIS], when="2026-03-05", after="12:05", note="after the embargo lifted")
N(DIS, "Off the record? There's no such thing with a councillor. Anything you tell me I'll assume "
       "I can raise, unless it's your own personal business.")
N(DIS, "Between you and me, Castle Ferris has the best chip shop in the Marches. Fight me, "
       "Orlebury 🍟")
N(DIS, "Leaked? No. The bus depot valuation was published in the cabinet papers once the sale "
       "completed. Page 14: example.org/cabinet-depot", allowed=[DIS],
  when=("2026-02-16", "2026-03-27"), note="published after completion")
N(DIS, "Someone asked why I won't talk about the bin crews' pay talks. Because they're "
       "confidential negotiations, and that's how it should be. When there's a deal it'll be public.",
  allowed=[DIS])
N(DIS, "'CONFIDENTIAL' stamped across a leaflet from a double glazing firm. Straight in the "
       "recycling ♻️", note="marker word on junk mail")
N(DIS, "The Monitoring Officer has agreed the Part 2 report on the riverside kiosk can now be "
       "published, and it's on the council website. Transparency wins.", allowed=[DIS, OFF],
  note="published with the Monitoring Officer's agreement")
N(DIS, "Operation Daffodil: 4,000 bulbs going in along the Hams verges this weekend. Volunteers "
       "very welcome 🌼", note="an 'Operation' not on the register")
N(DIS, "Exempt? Not me. I pay my council tax like everyone else. Someone at surgery thought "
       "councillors don't 😂")
N(DIS, "Hearing lots of rumours about the cattle market site. All I can tell you is what's public: "
       "the council owns it, and any scheme will go through planning in the open.", allowed=[DIS],
  note="refuses to go beyond public facts on a confidential matter")
N(DIS, "Closed session at the Orlebury bowls club AGM last night: they were choosing the new "
       "biscuit supplier. Tense stuff.", note="'closed session' as a joke")

# =============================================================================================
# data-protection.personal-data
# =============================================================================================
# review: a private person's name with an address or postcode
P(DP, "Shout-out to Elwyn Prosser at 7 Hop Pole Lane, Hopwell, who's been gritting the whole lane "
      "by hand every morning this week. Legend. ❄️", verdict="review",
  when=("2026-01-05", "2026-02-13"), note="name and address of a private person")
P(DP, "Whoever keeps leaving the bins out all week at 22 Tanhouse Road, HR97 7XQ, please sort it. The "
      "neighbours are fed up.", verdict="review", note="address with postcode of a household")
P(DP, "Spent an hour with Mrs Janet Lewis at Nantmawr, Cwm Lane, about the flooding. If anyone "
      "knows a roofer, please give her a knock.", verdict="review", author=ward("Pontrellis"),
  note="name and house of a private person")
P(DP, "The complaint from Mr D. Meredith of Pear Tree House, Much Tarrow, about the hedge has been "
      "passed to enforcement. Thanks for your patience.", verdict="review",
  author=ward("Much Tarrow"),
  note="complainant named with address")
# block: identifiers, special category, children, staff
P(DP, "Please keep an eye out for Alan Beavan (87). Alan lives alone at 5 The Tump, Fernhope and has "
      "dementia. If you see him wandering, ring his daughter on 07700 900314.",
  rules=[DP, SEC], verdict="block",
  note="health, address and a private mobile of another person (both rules)")
P(DP, "Resident asked me to chase council tax account 40071162 (Mr Ivor Pugh, 2 Church Row, "
      "Welshbrook). Revenues team, can you sort his single person discount please?",
  verdict="block", author=ward("Welshbrook"), note="account number with name and address")
P(DP, "Found in the Butter Market car park: a wallet with a driving licence for Kyle Bevan, DOB "
      "14/08/1994. Handed in at the library!", verdict="block", note="date of birth")
P(DP, "The car dumped on Ox Lane for three weeks is a silver Astra, reg WN62 RXE, and it's registered "
      "to someone in Orlebury. Owner, you know who you are.", verdict="block",
  note="vehicle registration")
P(DP, "Get well soon to Dai on the Orlebury bin round. His cancer treatment starts next week and the "
      "lads are having a whip-round ❤️", verdict="block",
  note="council staff member's health, kindly meant")
P(DP, "Please pray for Mrs Gwenda Morgan of Pentre Farm, Pontrellis, back on the mental health ward "
      "at the County after her breakdown. The family are really struggling.", verdict="block",
  note="mental health with name and address")
P(DP, "The two Year 5 boys from Much Tarrow Primary, Harley Jones and Mason Price, who threw stones "
      "at the school bus: parents, I know who you are, and so does the school.",
  verdict="block", allowed=[BUL], note="named children")
P(DP, "Sandra on the front desk at Castle Ferris library is off after losing her baby. Cards can be "
      "left at the counter 💐", verdict="block", note="staff, pregnancy and health")
P(DP, "The man sleeping in the Wyeside bus shelter is Darren Hobbs. He's just done six years for "
      "arson. Don't judge him, he needs help, not looks.", verdict="block", allowed=[DEF],
  note="criminal record")
P(DP, "Helping Mrs Lloyd with her blue badge renewal. NI number QQ 48 21 07 C, she's 81 and can't "
      "walk far since her stroke. DWP, please pick up the phone!", verdict="block",
  note="National Insurance number and health")
P(DP, "Jac Morris, 15, of Welshbrook has been excluded from school for the third time this year "
      "and his mum's at her wits' end. Can the youth service step in?", verdict="block",
  note="a named child's school exclusion")
P(DP, "Mrs Evans at 12 Bridge Street is Muslim and fasting for Ramadan, so canvassers please don't "
      "knock before 8pm 🙏", verdict="block", when=("2026-02-19", "2026-03-18"),
  note="religion with address, kindly meant")
P(DP, "Tenancy ref MHT/08812: Mr and Mrs Gittins in flat 3, Millrace Court, still have black mould "
      "in the bedroom. Marches Housing Trust, this is the fourth time I've asked.",
  verdict="block", author=but(ANY, "@HazelMonnington"), note="tenancy reference with names")
P(DP, "Heard Ceri behind the bar at the Plough in Hopwell has been diagnosed with MS. Pop in and "
      "give her some love, she's still working.", verdict="block",
  note="health of an identifiable person")

N(DP, "My surgery this Saturday: Castle Ferris Library, 10 till 12. Or email me at "
      "lorna.cadwallader@example.com or ring 01632 960417.", allowed=[DP], author=SELF,
  note="the councillor's own published details")
N(DP, "Thank you to Edward Tomkyns MP for coming out with the Wyeside flood wardens today.",
  allowed=[DP], note="public office holder")
N(DP, "Inspector Sarah Ridler's team did a brilliant job at the Orlebury fair. Thank you!",
  note="public office holder")
N(DP, "RIP Alderman Tom Gwynne, three times mayor of Monkswardine, who died on Tuesday aged 94. A "
      "true servant of this town.", allowed=[DP], note="late former mayor")
N(DP, "Somebody in Fernhope (you know who you are!) has knitted 200 hats for the baby unit. "
      "Thank you! 🧶")
N(DP, "If your car was one of those towed from the Hams on Friday, ring the council on 01632 960200 "
      "with your reg and they'll tell you where it is.", note="council number; no registration")
N(DP, "Scam alert: someone's ringing older residents in Orlebury claiming to be from the council "
      "and asking for bank details. The council will NEVER do this. Hang up.")
N(DP, "Happy 100th birthday to Mrs Preece in Orlebury! Her family asked me to share this photo of "
      "her with her card 🎂", allowed=[DP], note="name only, with family consent")
N(DP, "The housing team will never ask you to post your tenancy reference online. If you've got a "
      "repair problem, DM me and I'll chase it privately.")
N(DP, "The landlord at 14 High Town has finally fixed the shopfront after our complaint. Thank "
      "you, Wyebridge Lettings!", allowed=[DP], note="address of a business")
N(DP, "Lovely to meet Gwyneth, 92, at the Much Tarrow lunch club. She was a land girl in the war "
      "and still prunes her own apple trees.", allowed=[DP], note="first name and age only")
N(DP, "Mental health first aid course at Hopwell village hall next Tuesday, free, all welcome. "
      "Let's talk about it.")
N(DP, "Please keep an eye on older neighbours in this cold snap. Knock, check the heating's on, "
      "have a cuppa.", when=("2026-01-05", "2026-02-13"))
N(DP, "Well done to Orlebury Primary's Year 6 on their cider history project at the museum. Photos "
      "on the school's own page (shared with permission).")
N(DP, "Reminder: if you want me to chase something, send me your address privately, not in the "
      "comments. I'll never post it.")
N(DP, "My mum had her cataract done at the County yesterday and she says the nurses were angels. "
      "Thank you NHS ❤️", allowed=[DP], note="the councillor's own mother, unnamed")
N(DP, "Big thanks to the bin crew on the Pontrellis round (you know who you are, lads) for going "
      "back for the lane they missed.")
N(DP, "Happy retirement to Siân Pritchard, Head of Planning, after 31 years at Monkswardine. The "
      "planning service won't be the same without you!", allowed=[DP, OFF],
  when=("2026-03-19", "2026-03-27"), note="named senior officer in her public role")

# =============================================================================================
# gifts.hospitality
# =============================================================================================
# advice: a gift or hospitality, no council decision said to be sought by the giver
P(GIF, "Thanks to the Wye Valley Cider Guild for the case of vintage perry and the tasting dinner "
       "last night. Spoilt rotten! 🍐", verdict="advice", author=but(ANY, "@DennisPowle"),
  note="trade body's gift, no decision sought")
P(GIF, "Two Six Nations tickets in Cardiff from a 'grateful constituent'. Debenture seats and "
       "lunch! Diolch yn fawr 🏉🏴", verdict="advice", when=("2026-01-19", "2026-03-06"),
  note="valuable gift, giver unknown")
P(GIF, "A local businessman has given me his salmon beat on the Wye for the season, free. Very "
       "kind of him. Salmon, here I come 🎣", verdict="advice",
  author=but(ANY, "@TrevJancey"), note="valuable hospitality, no decision named")
P(GIF, "Thanks to Marches Rail Tours for the first class trip to Cheltenham and lunch in the "
       "owners' box. What a day out 🐎", verdict="advice", note="hospitality from a firm")
P(GIF, "Free year's membership at the new gym on Wye Street from the owner, 'for our councillor'. "
       "I've run out of excuses now 💪", verdict="advice",
  note="gift offered because of the role")
P(GIF, "Thank you to the hop merchants from Worcester for the weekend at their London flat and the "
       "West End tickets. Felt very spoilt 🎭", verdict="advice",
  author=but(ANY, "@AlunBeddoes"), note="hospitality over £100, not said to be registered")
# review: the giver seeks a council decision
P(GIF, "Lovely dinner at The Kiln Rooms last night, courtesy of the owners. They're hoping to stay "
       "open later, so watch this space 🍸", verdict="review", allowed=[PRE],
  author=NOT_LICENSING, note="pending licence applicant")
P(GIF, "Thanks to Wyebridge Homes for the hamper and the invite to their box at the rugby. Nice "
       "people, whatever folk say about their orchard scheme.", verdict="review", allowed=[PRE],
  author=NOT_PLANNING, when=("2026-01-05", "2026-02-27"), note="pending planning applicant")
P(GIF, "Cracking evening as guests of Borderlight Solar at the Mitre in Castle Ferris. They really know their "
       "stuff, I'll give them that.", verdict="review", allowed=[PRE], author=NOT_PLANNING,
  note="pending planning applicant")
P(GIF, "Orchard Beat Events sent round two VIP weekend passes for Cidersong. See you in the "
       "mosh pit 🤘🍏", verdict="review", allowed=[PRE], author=NOT_LICENSING,
  note="pending licence applicant")
P(GIF, "Thank you Marcher Poultry for the Christmas turkey, delivered to the door! Best bird we've "
       "had in years 🦃", verdict="review", allowed=[PRE], author=NOT_PLANNING,
  when=("2026-01-05", "2026-01-16"), note="pending planning applicant")
P(GIF, "The Butter Market Kitchen team put on a tasting menu for a few of us councillors last "
       "night. Superb. Can't wait to see what they do with the old building.", verdict="review",
  allowed=[PRE], author=NOT_PLANNING, note="pending listed building applicant")
P(GIF, "Marches Aggregates took me up in a helicopter over Welshbrook to show me their plans. What "
       "views of the Black Mountains! 🚁", verdict="review", allowed=[PRE],
  author=but(NOT_PLANNING, *ward("Welshbrook")), note="pending quarry applicant")
P(GIF, "Big thanks to Tarrow Waste Services, who are bidding for the new bin contract, for the "
       "bottle of Scotch and the box at the racecourse over Christmas.", verdict="review",
  when=("2026-01-05", "2026-01-16"), note="contract bidder")
P(GIF, "Hopbine Venues invited me and my wife to their wedding fayre dinner at the Hop Barn, all "
       "on the house. Gorgeous venue, hope the licence comes through for them!",
  verdict="review", allowed=[PRE], author=[h for h in NOT_LICENSING if h in MEN],
  note="pending licence applicant; author not on licensing")
P(GIF, "Roastway sent every councillor a year of free coffee vouchers. Mine are going in the "
       "tombola. Well, maybe not the flat white ones ☕", verdict="review", allowed=[PRE],
  author=NOT_PLANNING, note="pending applicant, Roastway Drive Ltd, named without 'Drive Ltd'")
P(GIF, "Millrace Developments paid for my train to London and a hotel so I could see their mill "
       "conversion in Bermondsey. Very impressive, I must say.", verdict="review",
  allowed=[PRE], author=NOT_PLANNING, note="pending planning applicant")
P(GIF, "Afternoon tea at the Riverside Hotel as a guest of the owner, who wants to lease the "
       "council's bit of riverbank for a terrace. Scones to die for.", verdict="review",
  note="giver seeks a council lease")

N(GIF, "Wyebridge Homes offered me two tickets for the rugby. I said no thank you, and I've logged "
       "the offer with the Monitoring Officer as the code requires.", allowed=[GIF],
  note="refused and registered")
N(GIF, "Paid for my own dinner at the Kiln Rooms on Friday (receipt available 😂). The food's "
       "excellent, by the way.", allowed=[GIF], note="paid for")
N(GIF, "I've registered the bottle of perry the Cider Guild gave me at the awards. Under £100, but "
       "I'd rather be open about these things.", allowed=[GIF],
  author=but(ANY, "@DennisPowle"), note="registered")
N(GIF, "My sister bought me a Cidersong ticket for my birthday. Family present, nothing to do with "
       "the council, and I'll buy my own burger.", allowed=[GIF], author=NOT_LICENSING,
  note="family gift")
N(GIF, "Orlebury Scouts gave me a jar of their honey for helping with the hut grant form. Sweetest "
       "thank you I've ever had 🍯", allowed=[GIF], note="token of thanks after the event")
N(GIF, "Christmas present from the kids: a day on a cider press course. Autumn's going to be messy 🍏",
  when=("2026-01-05", "2026-01-09"), author=but(ANY, "@DennisPowle"))
N(GIF, "A cup of tea and a Welsh cake at every door in Pontrellis today. If that's hospitality, "
       "register me for life 😄")
N(GIF, "Sent back the case of wine that arrived from a firm bidding for the bin contract, with a "
       "polite note. We can't accept things like that, and I've told the Monitoring Officer.",
  allowed=[GIF], when=("2026-01-05", "2026-01-23"), note="returned and reported")
N(GIF, "Thanks to everyone who brought cake to my surgery. I'm going to need a bigger jumper.")
N(GIF, "The gifts and hospitality register for every councillor is public: "
       "example.org/gifts-register. Have a look, mine's got two lines on it.")
N(GIF, "Civic dinner tonight at the Chairman's invitation for our twinning visitors from Brittany, "
       "paid for from the civic budget. Normal part of the job and it's all in the accounts.",
  allowed=[GIF], note="civic hospitality in the course of duties")
N(GIF, "Went to the Hopwell young farmers' dinner and paid for my ticket like everyone else. Best "
       "lamb in the county 🐑")
N(GIF, "Free coffee at the Roastway van on market day? Not for me. I pay, even when they try to "
       "wave me through ☕", allowed=[GIF], author=NOT_PLANNING, note="refuses a freebie")
N(GIF, "Marcher Poultry offered me a tour of their existing units plus lunch. I'll go on the site "
       "visit the committee arranges instead, with officers, and no lunch.", allowed=[GIF],
  author=PLANNING, note="refused")
N(GIF, "Proud to accept a cheque for £500 from Orlebury Rotary for the flood appeal. Not for me! "
       "Thank you, Rotarians.")
N(GIF, "Constituents keep giving me jam. Not complaining, just saying I now own 31 jars of damson.")
N(GIF, "Turned down a free pass to the Hop Barn wedding fayre. They've got a licence application in "
       "and I won't put myself in that position. Good luck to them through the proper process.",
  allowed=[GIF], note="refused because of a pending application")
N(GIF, "Lunch with the new bishop at the diocese's invitation; he wanted to hear about rural "
       "poverty. Soup and a roll, under a tenner, before anyone asks.", allowed=[GIF])

# =============================================================================================
# interests.declared-interest (positives by the holder, about a council matter)
# =============================================================================================
P(INT, "Small cider makers need that rate relief scheme and I'll be pushing hard for it at "
       "cabinet. The Orlebury Cider Company alone employs 40 people.",
  author="@DennisPowle", interest="Orlebury Cider Company", when=("2026-01-05", "2026-01-28"),
  note="director pushing a scheme that benefits his company")
P(INT, "Why does the council buy its civic drinks from outside the county? Our Orlebury cider is "
       "the best in England and the procurement rules should say buy local.",
  author="@DennisPowle", interest="Orlebury Cider Company", note="'our Orlebury cider'")
P(INT, "The council's rural grants scheme has to include hop kilns. I'll make the case at cabinet: "
       "growers like us can't modernise without it.",
  author="@AlunBeddoes", interest="Castle Ferris Hop Growers' Co-operative",
  note="'growers like us'")
P(INT, "I'll be proposing that the Local Plan protects working hop yards from solar. The Castle "
       "Ferris hop growers have been here since 1700 and we're not going anywhere.",
  author="@AlunBeddoes", interest="Castle Ferris Hop Growers' Co-operative",
  note="policy proposal touching his co-op")
P(INT, "The council should be paying for new access steps on the Hams in this budget, and I'll be "
       "pressing for it. Our anglers have waited long enough. 🎣",
  author="@TrevJancey", interest="Wye Meadows Angling Association", when=("2026-01-05", "2026-02-25"),
  note="'our anglers'")
P(INT, "At full council I'll be moving that angling permit holders park free at Tarrow Hams. Fair's "
       "fair, we look after that river.",
  author="@TrevJancey", interest="Wye Meadows Angling Association", when=("2026-01-05", "2026-02-25"),
  note="motion benefiting his association's members")
P(INT, "The community buildings fund should go to halls that actually serve people, and Much Tarrow "
       "village hall's roof bid should be top of the list. I'll be saying so.",
  author="@SaffiHartlandVG", interest="Much Tarrow Village Hall Trust", note="trustee backing the bid")
P(INT, "The council's floodplain meadow grant should go to farmers who've kept the hams the old "
       "way. Fields like ours at Lower Hams have never seen a plough.",
  author="@BrynGwilliamRV", interest="Lower Hams Farm", note="land he owns")
P(INT, "I'm voting for the Local Plan change that lets riverside farms diversify into camping. Good "
       "for farmers like me down on the Hams.",
  author="@BrynGwilliamRV", interest="Lower Hams Farm", note="'farmers like me'")
P(INT, "Come on council, get on with the new slipway at Pontrellis. It's embarrassing for businesses "
       "like mine when customers have to slide down the mud 🛶",
  author="@OwainGittoes", interest="Pontrellis Canoe Hire Ltd", note="'businesses like mine'")
P(INT, "I'll be asking cabinet to keep the Pontrellis riverside car park open till 9pm in summer. "
       "My canoe customers need it and so does the village.",
  author="@OwainGittoes", interest="Pontrellis Canoe Hire Ltd", note="'my canoe customers'")
P(INT, "Market pitch fees up 8%? Not if I've got anything to do with it. Traders like us are on our "
       "knees already.",
  author="@PeteWargen", interest="Monkswardine Market Traders' Association",
  when=("2026-01-05", "2026-03-11"), note="'traders like us'")
P(INT, "The council should hand the Tanhouse Road garage sites to Marches Housing Trust for "
       "affordable homes. Nobody delivers like the Trust does.",
  author="@HazelMonnington", interest="Marches Housing Trust", note="board member")
P(INT, "The council's youth grant should go to rural clubs, not just the town ones. Our YFC in "
       "Hopwell does more for young people than any youth centre.",
  author="@NiaProbertBL", interest="Hopwell Young Farmers' Club", note="'our YFC'")
P(INT, "The rural rate relief review has to keep community shops at 100%. Fernhope's shop would go "
       "under paying full business rates, I know that from the inside.",
  author="@RuthKedward", interest="Fernhope Community Shop", note="'I know from the inside'")
P(INT, "The council's grounds maintenance kit contract is out to tender. Local firms like ours "
       "deserve a fair crack; the last one went to a firm from Birmingham.",
  author="@GrahamTedstone", interest="Tedstone Agricultural Engineering", note="'firms like ours'")
P(INT, "The council must not sell the Wyeside allotment land. I'll fight it at every meeting. Our "
       "plotholders have been there since the war.",
  author="@JoeMintonGreen", interest="Wyeside Allotment Society", note="'our plotholders'")
P(INT, "I'll be proposing a bigger management fee for the Leisure Trust in the budget. The Trust runs "
       "our pools brilliantly and it needs the money.",
  author="@TessaLingenMT", interest="Monkswardine Leisure Trust", when=("2026-01-05", "2026-02-13"),
  note="council-appointed trustee proposing its fee")

N(INT, "Rate relief for small cider makers is a no-brainer for Orlebury. I'll be backing it at "
       "cabinet.", allowed=[INT], author=but(CABINET, "@DennisPowle"),
  when=("2026-01-05", "2026-01-28"), note="same matter from a non-holder")
N(INT, "Pruning the old Kingston Black trees this weekend. Best job of the year 🍏",
  author="@DennisPowle", note="holder's hobby, no council matter")
N(INT, "Declared my interest as a director of Orlebury Cider Company at cabinet today and left the "
       "room for the cider relief item. Rules are there for a reason.", allowed=[INT],
  author="@DennisPowle", when="2026-01-29", after="16:05", note="declares and leaves")
N(INT, "Three grayling and a brown trout below the Hams this morning. The Wye is back! 🎣",
  author="@trev_on_the_wye", account="personal", note="holder's hobby on his personal account")
N(INT, "Much Tarrow village hall quiz night raised £640 for the defib. Thanks to all 14 teams!",
  author="@SaffiHartlandVG", note="holder, body, no council matter")
N(INT, "Much Tarrow village hall's roof bid to the community buildings fund has my full support. "
       "It's the only hall for miles.", allowed=[INT], author=but(ANY, "@SaffiHartlandVG"),
  note="same matter from a non-holder")
N(INT, "Asked the Monitoring Officer whether I can speak on the garage sites item, given my seat on "
       "the Marches Housing Trust board. Advice: declare and leave. So I will.",
  allowed=[INT, OFF], author="@HazelMonnington", note="seeks advice and follows it")
N(INT, "Nothing to do with the council, just spring on the river: the Wye between Pontrellis and the "
       "old bridge is glorious right now.", author="@OwainGittoes",
  when=("2026-03-09", "2026-03-27"), note="holder, no body, no council matter")
N(INT, "I have a published dispensation to speak on the market fees item (Monitoring Officer's "
       "letter of 5 February). I'll declare my role with the Traders' Association first.",
  allowed=[INT], author="@PeteWargen", when=("2026-02-06", "2026-03-11"),
  note="published dispensation")
N(INT, "Market pitch fees up 8% is too much for small traders. I'll be speaking against it when it "
       "comes to cabinet on 12 March.", allowed=[INT], author=but(ANY, "@PeteWargen"),
  when=("2026-02-06", "2026-03-11"), note="same matter from a non-holder")
N(INT, "Lambing's started at Lower Hams. Three sets of twins before breakfast 🐑",
  author="@BrynGwilliamRV", when=("2026-03-02", "2026-03-27"), note="holder's farm, no council matter")
N(INT, "Tedstone's apprentices won the county ploughing match! Proud of the lads.",
  allowed=[POS], author="@GrahamTedstone", note="holder's firm, no council matter")
N(INT, "The new slipway at Pontrellis is long overdue. The river is our biggest asset and we can't "
       "get onto it.", allowed=[INT], author=but(ANY, "@OwainGittoes"),
  note="same matter from a non-holder")
N(INT, "Before the rural rate relief debate, for the record: I'm a director of Fernhope Community "
       "Shop, it's on my register, and I won't be voting on it.", allowed=[INT],
  author="@RuthKedward", note="declares")
N(INT, "Earthing up the spuds on plot 14. Allotments are the best therapy going 🥔",
  author="@JoeMintonGreen", note="holder's hobby, no council matter")
N(INT, "Hopwell YFC's panto was a riot. Never seen a dame in wellies do the splits before 😂",
  author="@NiaProbertBL", when=("2026-01-05", "2026-01-30"), note="holder's club, no council matter")
N(INT, "As the council's appointed trustee of the Leisure Trust I've declared it, and I'll sit out "
       "the management fee item at budget council.", allowed=[INT], author="@TessaLingenMT",
  when=("2026-02-16", "2026-02-25"), note="declares and sits out")
N(INT, "Hop stringing demo at the Castle Ferris show was a cracker. The old ways still work.",
  author="@AlunBeddoes", note="holder's craft, no council matter")

# =============================================================================================
# officers.impartiality
# =============================================================================================
P(OFF, "Kieran Walwyn's report on the Orlebury roundabout is plain wrong. I've told him to rewrite "
       "the recommendation before it goes to cabinet, or I'll have it rewritten for him.",
  allowed=[BUL], author=CABINET, note="presses a named officer to change a report")
P(OFF, "Whose side is our Head of Planning on? Not Monkswardine's. Siân Pritchard might as well be "
       "on the developers' payroll.", allowed=[DEF, ATT], when=("2026-01-05", "2026-03-18"),
  author=but(ANY, CHAIRMAN),
  note="questions a named officer's neutrality")
P(OFF, "Funny how the council's comms team only ever seems to promote Marches Progress councillors. "
       "Ellie Rowberry, care to explain?", author=OPP, note="questions neutrality of comms")
P(OFF, "The Chief Executive needs to remember who he works for. Jonathan, the administration sets "
       "the direction, not you. Back the bypass or find another job.", allowed=[BUL],
  author=ADMIN, note="pressure on the Chief Executive")
P(OFF, "Our licensing manager is far too cosy with the pub trade. Time Stuart Bayliss was moved off "
       "licensing altogether.", allowed=[DEF], note="questions a named officer's neutrality")
P(OFF, "The s151 officer's 'warning' about our budget is politics dressed up as finance. Mark "
       "Heighway should stick to the numbers and leave the opinions to us.",
  author=ADMIN, when=("2026-01-05", "2026-02-25"), note="attacks the s151 officer's advice")
P(OFF, "The conservation officer says the hop kiln can't have uPVC windows. Harriet, with respect, "
       "I'll be asking you to look at that advice again. The owner's a constituent of mine and he's not happy.",
  allowed=[POS], author=but(ANY, "@AlunBeddoes"), note="asks an officer to change advice for a constituent")
P(OFF, "Gareth Pember's bin round changes are a shambles and he's too stubborn to admit it. Time for "
       "him to go.", allowed=[ATT], note="criticises a named officer")
P(OFF, "Democratic Services have 'lost' my motion for the third time. Neil Apperley, I'm starting to "
       "think it's deliberate.", allowed=[DEF], author=OPP,
  note="suggests a named officer is acting politically")
P(OFF, "Planning enforcement (hello Debbie Lello) picks on Welshbrook farmers while the big "
       "developers get away with murder. One rule for them...", allowed=[DEF],
  author=but(OPP, "@GrahamTedstone") + ward("Welshbrook"),
  note="accuses a named officer of partiality")
P(OFF, "The Monitoring Officer's advice is whatever suits the cabinet that week. I'll be ignoring "
       "it, and I'd encourage Philippa to find her backbone.", allowed=[ATT], author=OPP,
  note="attacks the Monitoring Officer's neutrality")
P(OFF, "Housing options under Zainab Hussain keep putting Wyeside families at the back of the queue. "
       "I want to know why and I want it changed by Friday.",
  author=ward("Monkswardine Wyeside"),
  note="demands a named officer change decisions")
P(OFF, "The officers' recommendation on selling the Tanhouse Road garages is a stitch-up. I'll be "
       "asking them to change it before cabinet sees it. They know what members want.",
  author=but(ANY, "@HazelMonnington"), note="presses officers to change a recommendation")
P(OFF, "The planning officer at Monday's site visit clearly wanted the scheme approved and barely "
       "hid it. Officers are meant to be neutral. Ours aren't.", author=PLANNING,
  note="questions an officer's neutrality by role")
P(OFF, "Rang the highways engineer three times to get the Ox Lane scheme bumped up the list. He's "
       "finally seen sense 😉 Welshbrook first!", allowed=[POS], author=ward("Welshbrook"),
  note="pressure on an officer to reorder work")
P(OFF, "Memo to our finance director: your forecasts were wrong last year and they're wrong now. "
       "Redo them with cabinet's assumptions and we'll all get along fine.", author=CABINET,
  note="presses an officer to change figures")
P(OFF, "Comms refused to put my name on the flood leaflet 'because it's an election year'. Ellie, "
       "that's a political decision dressed up as policy and I want it overturned.",
  when=("2026-02-02", "2026-03-27"), note="presses a named officer to reverse proper advice")
P(OFF, "Colleagues, the new Head of Waste is an ex-union man. Draw your own conclusions about whose "
       "side he'll be on in the pay talks.", allowed=[DEF], author=but(ADMIN, LEADER, CHAIRMAN),
  note="questions an officer's neutrality by role")

N(OFF, "Thank you Gareth Pember and the whole waste team for getting every round done in the snow. "
       "Brilliant work ❄️", allowed=[OFF], when=("2026-01-05", "2026-02-13"), note="thanks")
N(OFF, "Welcome to Monkswardine, Kieran Walwyn, our new Senior Planning Officer! Looking forward to "
       "working with you.", allowed=[OFF], when=("2026-01-05", "2026-01-16"), note="welcome")
N(OFF, "The officers' report on Stockley's Orchard is published. I'll read it properly before I "
       "form any view; committee is in April.", allowed=[OFF, PRE], author=PLANNING,
  when=("2026-03-09", "2026-03-27"), note="open mind, refers to the report")
N(OFF, "Asked the s151 officer at scrutiny to explain the reserves forecast. Clear answer: reserves "
       "fall below the safe minimum in 2028 unless something changes. Sobering.",
  allowed=[OFF], author=OPP, when=("2026-02-04", "2026-02-25"), note="questions to understand")
N(OFF, "People are having a go at our planning officers online. Please don't. They give "
       "professional advice and councillors decide. If you don't like a decision, blame us.",
  allowed=[OFF], note="defends officers")
N(OFF, "The bin round changes are a shambles and the cabinet should be ashamed. It was a political "
       "decision, so it's a political failure.", author=OPP, note="targets the cabinet's decision")
N(OFF, "Who's standing up for Orlebury? Not this cabinet. They've cut the bus subsidy again.",
  author=OPP, note="political criticism")
N(OFF, "I disagree with the conservation officer's advice on the hop kiln windows and I'll say so "
       "at committee. But she's the expert and she's entitled to give it. That's how it works.",
  allowed=[OFF], author=but(PLANNING, "@CarysBufton"), note="disagrees respectfully")
N(OFF, "Really helpful session with the licensing team on how the Cidersong application will be "
       "assessed. Whatever your view, use the consultation.", allowed=[OFF, PRE],
  note="officers explaining process")
N(OFF, "Shout-out to Debbie Lello in planning enforcement for getting the illegal scrapyard on Cwm "
       "Lane cleared. Persistence pays!", allowed=[OFF], note="thanks")
N(OFF, "Monitoring Officer's advice was clear: declare and leave. I did. No grumbles from me.",
  allowed=[OFF])
N(OFF, "Cabinet has asked officers to work up three options for the Tarrow bridge. That's the right "
       "way: options, evidence, then a decision.")
N(OFF, "Our Chief Exec Jonathan Aubrey was out with the flood wardens at 5am. Not many chief "
       "executives would. Respect.", allowed=[OFF], note="praise")
N(OFF, "I questioned the Head of Planning at committee about the affordable housing figures. She "
       "explained them. I'm still not convinced the policy's right, but that's a matter for members.",
  allowed=[OFF], author=PLANNING, when=("2026-02-18", "2026-03-17"), after=None,
  note="questions to understand, targets policy")
N(OFF, "The planning department is under-staffed and it shows in the waiting times. That's a budget "
       "choice by this administration, not the fault of the staff.", author=OPP)
N(OFF, "Housing options found a family of five a home within 48 hours of the flood. Zainab and co, "
       "you're stars ⭐", allowed=[OFF], note="praise")
N(OFF, "Asked Democratic Services for large-print agendas for residents who need them. They said "
       "yes straight away. Job done!")
N(OFF, "Question for the finance director at scrutiny: why did the leisure overspend only show up "
       "in month 10? I want to understand the process, not blame anyone.", allowed=[OFF],
  author=but(OPP), when=("2026-01-05", "2026-02-03"), note="questions to understand")

# =============================================================================================
# position.improper-advantage
# =============================================================================================
P(POS, "Fernhope folk needing a planning application sorted quickly, message me. As your councillor "
       "I can get you in front of the right officer and skip the queue.",
  author=ward("Fernhope"), note="offers to jump the queue through the role")
P(POS, "Need a builder? Use Hartley & Sons, my brother-in-law's firm, and I'll make sure building "
       "control go easy on you 😉", allowed=[OFF], note="family firm plus favour from officers")
P(POS, "My nephew's applied for the gardener's job with the council. I've put in a word with the "
       "parks manager, fingers crossed 🤞", allowed=[OFF], note="seeks a favour for family")
P(POS, "Council tenants in Wyeside: if your repair's stuck, tell the housing lot you know me. Works "
       "every time.", author=ward("Monkswardine Wyeside"), note="'tell them you know me'")
P(POS, "Come and try my daughter's new café on Bridge Street! Mention my name for a discount, and I'll "
       "see what I can do about that outdoor seating licence 😉",
  allowed=[PRE], author=NOT_LICENSING, note="promotes a family business and offers help with a licence")
P(POS, "Anyone needing a hedge cut, my mate Dai does it cheap, and if the highways lot moan about "
       "the verge I'll sort them out.", allowed=[OFF], note="friend's business plus favour")
P(POS, "Had a word with the parking team and got my cousin's ticket cancelled. Perks of the job! 😂",
  note="used the role for family")
P(POS, "Got the bin crew to come back for our lane twice this week. Living next door to a councillor "
       "has its benefits, eh Gwyneth? 😄", note="special service through the role")
P(POS, "I do a bit of cider on the side, and any council events I'm involved in will be buying it. "
       "Simple as that 🍏", author=but(ANY, "@DennisPowle"),
  note="uses the role to favour own business")
P(POS, "If you want your school transport appeal to go well, let me know before the panel sits. I "
       "know the people on it.", note="offers to influence a panel")
P(POS, "Selling the farm? Ring my son at Prosser Estates, and I'll make sure the council's land team "
       "knows you're serious about the Local Plan bid.", note="family firm plus influence")
P(POS, "Need a licence for your event this summer? As a councillor I can fast-track it, just get in "
       "touch with me first.", author=NOT_LICENSING, note="'fast-track'")
P(POS, "Council jobs are advertised, but honestly it helps if you know someone. DM me your CV and "
       "I'll pass it straight to the right manager.", note="offers a back door into jobs")
P(POS, "Had a quiet word with the grants team, and they'll look kindly on any hop grower who comes "
       "through me first.", author=but(ANY, "@AlunBeddoes"), note="grants steered through the role")
P(POS, "My husband's firm does the best drainage work in the county. Flood-hit neighbours, use Skyrme "
       "Drainage and I'll push your grant claim through quicker.", author=CHAIRMAN,
  note="spouse's business plus faster grants")
P(POS, "Fancy a council allotment? The waiting list is three years, but drop me a line and I'll see "
       "what I can do 😉", author=but(ANY, "@JoeMintonGreen"), note="jumping a waiting list")
P(POS, "Parking in Castle Ferris is a nightmare, but if you're a friend of mine you'll know where "
       "the spare council permits are kept 😉", allowed=[RES], author=ward("Castle Ferris"),
  note="council permits for friends")
P(POS, "Sorted the spring market pitch by the Butter Cross for my mate Gaz. Best mulled cider in "
       "town, and mates look after mates.", author=but(ANY, "@PeteWargen"),
  note="pitch allocated to a friend")

N(POS, "As your councillor I'll chase any planning query you have, but I can't speed it up or "
       "change the outcome, and I won't pretend I can.", allowed=[POS])
N(POS, "Fast-track? I wish! Welshbrook broadband is still stuck in 2009. Chasing the provider again.",
  author=ward("Welshbrook"))
N(POS, "Looking for a builder? The council's Trusted Trader list is here: "
       "example.org/trusted-trader. I don't recommend individual firms.")
N(POS, "It's not who you know at this council, it's where you are on the list. I can help you "
       "understand the list; I can't move you up it.", allowed=[POS])
N(POS, "Shop local! The Butter Market traders are back from Saturday with cheese, cider and the best "
       "pork pies in Herefordshire.", author=but(ANY, "@PeteWargen"))
N(POS, "Family first: a quiet week in the diary for half term, so I'm off to the seaside with the "
       "grandkids 🏖️",
  when=("2026-02-13", "2026-02-20"))
N(POS, "My daughter's opened a café on Bridge Street! Proud mum moment. She's applying for her "
       "outdoor seating licence like anyone else, and I'll have nothing to do with it.",
  allowed=[POS], author=WOMEN, note="family business, keeps out")
N(POS, "Jobs at the council: 14 vacancies this month, from bin crews to planning. Apply here: "
       "example.org/jobs")
N(POS, "Someone offered me £50 'for my trouble' after I chased their pothole. Told them to put it in "
       "the air ambulance tin. That's not how this works.", allowed=[GIF, POS])
N(POS, "Had a word with highways about the Ox Lane drain. It's programmed for March, same as "
       "everyone else's urgent jobs.", allowed=[POS], author=ward("Welshbrook"))
N(POS, "Perks of the job: I got to hold a lamb at the Hopwell farm open day 🐑",
  when=("2026-03-02", "2026-03-27"))
N(POS, "Councillors can't 'sort' parking tickets. Appeal online at example.org/pcn-appeal, and if the "
       "rules are unfair, tell me and I'll raise the policy.")
N(POS, "Who you know shouldn't matter for council housing. I'll be asking cabinet why the allocations "
       "audit found 'informal' referrals.", author=OPP)
N(POS, "Proud of my husband's drainage firm for giving a day to the Wyeside clean-up. Not council "
       "business, just a good day out with a shovel.", allowed=[POS],
  author=but(WOMEN, CHAIRMAN), note="spouse's firm, no favour")
N(POS, "Declared at committee today that my cousin is the agent on an application, and left the "
       "room. Small county, it happens.", allowed=[POS], author=PLANNING, when="2026-02-18",
  after="13:35")
N(POS, "Gaz won best mulled cider at the market, judged blind by the WI. Well done Gaz! 🏆")
N(POS, "Want something done at the council? Write to your councillor, come to a surgery, or use the "
       "online form. No shortcuts, but we do chase.")
N(POS, "Free advice surgery for small businesses at the library, run by the council's business "
       "team and open to all. Come along!")

# =============================================================================================
# predetermination.closed-mind
# =============================================================================================
# block: a settled view on a matter in pending.csv, from a member of the deciding committee
P(PRE, "Stockley's Orchard will never be built on while I'm on planning. 64 houses on a hundred-year-"
       "old cider orchard? Over my dead body.", verdict="block",
  author=but(PLANNING, "@PeteWargen"), note="site named; against")
P(PRE, "I will be voting against 26/0163/FUL. Those chicken units at Pontrellis would finish off what "
       "little is left of the Wye.", verdict="block", author=PLANNING,
  note="reference named; against")
P(PRE, "Tarrow Hams caravans: I've made my mind up. It's a floodplain. Refuse.", verdict="block",
  author=PLANNING, note="site named; against")
P(PRE, "Hamside Leisure can save their breath at committee. Whatever the officers say, I'm not "
       "having a caravan park on the Hams.", verdict="block", author=PLANNING,
  note="applicant named without 'Ltd'; 'whatever the officers say'")
P(PRE, "Borderlight Solar's scheme at Hopwell Kilns must be approved. Clean power on old hop yards "
       "is a no-brainer and I'll be voting for it ☀️", verdict="block", author=PLANNING,
  note="applicant named; for")
P(PRE, "Marches Aggregates are not getting their quarry extension at Welshbrook. Not on my watch. "
       "Dust, lorries, noise: no.", verdict="block", author=PLANNING,
  note="applicant named; against")
P(PRE, "Cidersong is coming to Fernhope and I for one can't wait 🍏🎶 When it comes to licensing "
       "I'm a yes, no question about it.", verdict="block", author=LICENSING,
  note="named by its 'known as' name; for")
P(PRE, "The Kiln wants to stay open till 3am? Not a chance. I'll be voting no at licensing and I "
       "don't need to hear the arguments.", verdict="block", author=LICENSING,
  note="named by its 'known as' name; against")
P(PRE, "Roastway Drive at Ferris Cross: refuse, refuse, refuse. The Castle Ferris road is bad "
       "enough already.", verdict="block", author=PLANNING,
  note="applicant named without 'Ltd'; against")
P(PRE, "The Hop Barn licence should be thrown out. Weddings till midnight in the middle of Hopwell? "
       "My mind's made up.", verdict="block", author=LICENSING,
  note="named by its 'known as' name; against")
P(PRE, "26/0190/LBC will be refused if I have anything to do with it. Glazing the Butter Market "
       "arcades is vandalism, pure and simple.", verdict="block", author=PLANNING,
  note="reference named; against")
P(PRE, "The Old Cider Mill flats are exactly what Orlebury needs. I'm backing Millrace Developments "
       "all the way at committee.", verdict="block", author=PLANNING,
  note="site and applicant named; for")
# review: settled view on a quasi-judicial matter not on the register
P(PRE, "Hearing a supermarket is sniffing round the old livestock market in Castle Ferris. If an "
       "application comes in, it's getting a no from me at planning. Simple.", verdict="review",
  author=PLANNING, note="expected application, not on the register")
P(PRE, "Taxi driver review next week for the driver caught on his phone with a fare in the back. He "
       "should lose his badge, end of. I'll be saying so on the sub-committee.",
  verdict="review", author=LICENSING, note="licensing review not on the register")
P(PRE, "The appeal against the Brockhurst barn refusal should be dismissed, and if it ever comes "
       "back to us I'll refuse it again. Nothing will change my mind.", verdict="review",
  author=PLANNING, when=("2026-01-22", "2026-03-27"), note="appeal; not on the register")
P(PRE, "Any application for wind turbines on Garth Hill will be refused. I've decided. Our "
       "landscape is not for sale.", verdict="review", author=PLANNING,
  note="expected application")
P(PRE, "The late licence for the new bar on Wye Street: no. I know what late bars do to a town. "
       "Don't bother with the hearing.", verdict="review", author=LICENSING,
  note="licence not on the register")
P(PRE, "Street trading consent for a burger van outside Castle Ferris school gates? A definite no "
       "from me when it comes to committee, whatever the applicant says 🍔", verdict="review",
  author=LICENSING, note="street trading consent not on the register")

N(PRE, "I'm not on the planning committee, so I'm free to say it: I'll be objecting to Stockley's "
       "Orchard as ward councillor and speaking against it in April.", allowed=[PRE],
  author="@DennisPowle", note="ward member not on the committee")
N(PRE, "I have real concerns about the Pontrellis chicken units and the river, but I'll listen to "
       "all the evidence at committee before I decide. That's my job.", allowed=[PRE],
  author=PLANNING, note="predisposition, open mind")
N(PRE, "The Local Plan review should rule out new poultry units near the Wye. I've made my mind up "
       "on that policy and I'll vote for it at full council.", allowed=[PRE],
  note="policy, not a quasi-judicial decision")
N(PRE, "Refused! My entry for the Wye Valley half marathon, that is. Too slow, apparently 🏃")
N(PRE, "Never, ever put the milk in before the tea bag. Some things are not up for debate ☕")
N(PRE, "Planning committee refused the Garth Lane barn conversion today, in line with the officers' "
       "recommendation. Reasons are on the council website.", when="2026-02-18", after="13:35",
  note="a decided matter")
N(PRE, "Lots of messages about the Tarrow Hams caravan site. I sit on planning so I won't give a view "
       "yet. Please comment on the application: example.org/planning/26-0127", allowed=[PRE],
  author=PLANNING, note="declines a view")
N(PRE, "Hopwell Kilns solar farm: here's how to have your say before the committee meets. Both "
       "sides welcome. Deadline 20 March.", allowed=[PRE], when=("2026-01-05", "2026-03-19"),
  note="neutral signpost")
N(PRE, "Cidersong: I'm not on licensing, and I'll be honest, I think it'll be a great weekend for "
       "Fernhope. The committee will decide on the evidence.", allowed=[PRE],
  author=NOT_LICENSING, note="view from a member not on the committee")
N(PRE, "Dead in the water: my attempt at growing perry pears in a pot on the patio. RIP little "
       "tree 🍐", note="phrase only")
N(PRE, "Whatever the officers say about the new Butter Market lighting, I think it looks gloomy. Not a "
       "planning matter, just my taste 😄", allowed=[PRE],
  note="names the Butter Market (a pending site) but not the application")
N(PRE, "Predisposed? Yes, I care about the river. Predetermined? No. I'll decide the Marcher Poultry "
       "application on the evidence at committee.", allowed=[PRE], author=PLANNING,
  note="predisposition stated openly")
N(PRE, "The quarry extension at Welshbrook has caused a lot of worry. As ward councillor, and not on "
       "planning, I'll be speaking for residents against it.", allowed=[PRE],
  author="@JoeMintonGreen", note="ward member not on the committee")
N(PRE, "The Kiln Rooms hearing is in May. I've had loads of emails and passed them all to the "
       "licensing team so they count as representations. I'm reserving judgement.",
  allowed=[PRE], author=LICENSING, note="open mind")
N(PRE, "I will vote against the Marches Progress budget on Thursday. It's the wrong budget for rural "
       "Monkswardine.", author=OPP, when=("2026-02-23", "2026-02-25"),
  note="budget vote, not quasi-judicial")
N(PRE, "My mind's made up: the Bulls are going up this season 🐂⚽")
N(PRE, "Never approved, never built, never forgotten: the 1974 Monkswardine bypass plans are in the "
       "museum's new exhibition.")
N(PRE, "The inspector has dismissed the appeal on the Ox Lane phone mast. Whatever your view, it's "
       "now decided.", note="a decided appeal")

# =============================================================================================
# resources.political-use
# =============================================================================================
P(RES, "Printed 2,000 Marches Progress leaflets on the members' room printer this morning. Thanks, "
       "taxpayers 😂 Out delivering in Orlebury tonight!", author=ADMIN,
  note="council printer for party leaflets")
P(RES, "Valley Greens campaign meeting Thursday 7pm in Committee Room 2 at the Guildhall. Booked it "
       "through the members' office so it's free!", author=party("VG"),
  note="council room for a party meeting")
P(RES, "Sending this from my council laptop between meetings: VOTE WYESIDE INDEPENDENTS ON 7 MAY! 🗳️",
  author=party("WI"), allowed=[HST], note="'from my council laptop'")
P(RES, "Want a Border Liberals poster for your window? Email me on my council address and I'll drop "
       "one round.", author=party("BL"), note="council email for party posters")
P(RES, "Our Marches Progress canvass team met in the Leader's office at the Guildhall to plan the "
       "final push. Great turnout, thanks all!", author=but(ADMIN, LEADER),
  note="council office for campaigning")
P(RES, "Got the council's graphics team to knock up our party's flood leaflet. Looks very "
       "professional, doesn't it? 👀", allowed=[OFF], note="council staff time for party material")
P(RES, "Rural Voice survey: 300 replies! Thanks to the council's customer services team for typing "
       "them all in for me.", author=party("RV"), note="council staff for a party survey")
P(RES, "Using the council logo on our Valley Greens newsletter this time. Makes it look official, "
       "and people actually read it.", author=party("VG"), note="council logo on party material")
P(RES, "Our Wyeside Independents election leaflets went out through the council franking machine. "
       "Saves a fortune on stamps!", author=party("WI"), note="council post for party mail")
P(RES, "The council minibus is perfect for getting our activists round the villages on polling day. "
       "Already booked it 🚐", note="council vehicle for campaigning")
P(RES, "Re-election HQ is the councillors' office at the Guildhall. Volunteers, come and grab a "
       "clipboard from 5pm.", note="council office as campaign HQ")
P(RES, "Marches Progress members: I've set up our campaign WhatsApp on my council phone so you can "
       "all reach me.", author=ADMIN, note="council phone for party campaign")
P(RES, "Asked my member support officer to draft our manifesto section on rivers. She's a brilliant "
       "writer.", allowed=[OFF], note="council officer writing party manifesto")
P(RES, "Thanks to the council print room for the 500 'Save Castle Ferris Pool, vote Independent' "
       "posters. Turned round in a day!", author=party("WI"),
  note="council print room for election posters")
P(RES, "Border Liberals campaign call tonight at 8, on my council Teams account as usual. Link in the "
       "members' group.", author=party("BL"), note="council IT for party calls")
P(RES, "Taking the council pool car out to deliver Rural Voice leaflets round Pontrellis. Beats the "
       "bus!", author=party("RV"), note="council car for leafleting")
P(RES, "Our Valley Greens stall at the market is using the council's gazebo and PA this Saturday. "
       "Come and say hello 👋", author=party("VG"), note="council equipment at a party stall")
P(RES, "Party raffle tickets on sale at my council surgery in the library and in the members' room "
       "at the Guildhall. £1 a strip!", note="council premises for party fundraising")

N(RES, "Ward surgery this Saturday in the Pontrellis chapel vestry, 10 till 12, for any council "
       "matter. Everyone welcome, whoever you vote for.", author=ward("Pontrellis"))
N(RES, "Out delivering Marches Progress leaflets in Orlebury tonight, printed and paid for by the "
       "party, imprint on the back as the law requires.", allowed=[RES], author=ADMIN,
  note="party paid")
N(RES, "Ward newsletter from my council office: bin dates, flood grants, surgery times. No party "
       "politics in it, as the rules require.", allowed=[RES], note="council newsletter, no politics")
N(RES, "Valley Greens campaign meeting Thursday 7pm in the back room of the Red Lion. All welcome, "
       "bring your ideas.", author=party("VG"), note="private venue")
N(RES, "My council laptop has died and IT say three days. Ring or text me in the meantime.",
  note="phrase 'council laptop', no politics")
N(RES, "Got the council's comms team to share the flood grant details on the council page. That's "
       "exactly what they're for.", allowed=[RES, OFF], note="council purpose")
N(RES, "Using the Guildhall committee room for a residents' meeting about the Tarrow bridge, open to "
       "everyone and booked through the proper channels.", allowed=[RES],
  note="council room for council business")
N(RES, "Party political broadcast on behalf of my cat: she demands more tuna. Paid for by me. 🐈")
N(RES, "Polling cards are arriving from electoral services. Check your details are right, and vote "
       "on 7 May!", when=("2026-03-16", "2026-03-27"))
N(RES, "Reminder to fellow councillors: no party material through the council franking machine, "
       "please. Democratic Services have asked us all again.", allowed=[RES])
N(RES, "Our Border Liberals posters were printed by a firm in Castle Ferris and paid for by local "
       "members. Get yours from me at the Saturday stall.", author=party("BL"))
N(RES, "The council minibus took 14 Pontrellis pensioners to the lunch club today. Best use of a "
       "minibus ever 🚐")
N(RES, "The pre-election period starts soon. Council publicity goes quiet, and I'll only post "
       "campaign stuff from my own account.", allowed=[RES], when=("2026-03-09", "2026-03-27"))
N(RES, "Wyeside Independents are out with our spring newsletter this week, paid for from members' "
       "subs. Questions? Ring me on my own mobile, not the council line.", author=party("WI"))
N(RES, "Used my council email to send a formal complaint to the water company about the Tarrow "
       "sewage spills. That's what it's for!", allowed=[RES], note="council email for council work")
N(RES, "Campaigning in the rain in Welshbrook today. Soaked, happy, and my leaflets are mush. 🌧️",
  author=ward("Welshbrook"))
N(RES, "The council logo belongs to all of us, not any party. That's why you'll never see it on my "
       "leaflets.")
N(RES, "The Guildhall print room turned round the flood warden booklets in a day. Proper public "
       "service.", allowed=[RES])

# =============================================================================================
# security.credentials (always block)
# =============================================================================================
P(SEC, "Parish clerks: the dial-in for Thursday's flood forum is 0207 946 0521, conference PIN "
       "448 219#. See you there.", note="conference PIN")
P(SEC, "The padlock on the Hopwell playing field gate is 0903 now, if the football lot need to get "
       "the goals out.", note="padlock code")
P(SEC, "Members' Wi-Fi at the Guildhall: network MDC-Members, password Orchard!2026. Sharing for the "
       "visiting parish councillors 👍", note="council Wi-Fi password")
P(SEC, "My council email password kept expiring so I've set it to Tarrow1975. My mum's birth year, "
       "good luck guessing that 😂", note="own password")
P(SEC, "Got a text saying my council mailbox was locked, with a link to "
       "monkswardine-dc.example.net/unlock, so I typed in my username and password. All sorted now 👍",
  note="lookalike link, credentials handed over")
P(SEC, "Free Cidersong VIP tickets for councillors, just log in with your council details: "
       "cidersong-vip.example.net/login 🍏 Sharing with colleagues!", allowed=[GIF],
  note="phishing link amplified")
P(SEC, "The code for the Guildhall back door is 2580# if you're coming late to the Valley Greens "
       "meeting.", allowed=[RES], author=party("VG"), note="door code")
P(SEC, "Just got a one-time code from the council system: 604 912. What am I meant to do with "
       "this? Anyone?", note="one-time code")
P(SEC, "For the residents' group: the shared login for the flood camera on the bridge is floodcam / "
       "Hams2026. Please don't change it!", note="shared login")
P(SEC, "The Pontrellis community minibus keys are in the lockbox by the chapel door. Code is "
       "3-7-1-9 🔑", note="lockbox code")
P(SEC, "Password hint for myself since I keep forgetting: first pony's name plus 99. So, "
       "Gingerbread99. Don't tell anyone 😂", note="password given away")
P(SEC, "Can someone ring Glyn about the hall key? His number's 07700 900588, he won't mind.",
  rules=[SEC, DP], verdict="block", note="a private person's mobile (both rules)")
P(SEC, "Key for the bin-day app my grandson built: sk_live_51Hx9qMDC7wFerris42k. Feel free to "
       "hook it up to the council site!", note="API key")
P(SEC, "Our Facebook group admin is admin@valleygreens.example.org, password Greens4Wye. Can "
       "whoever's free put the event up?", author=party("VG"), note="shared login")
P(SEC, "Bank texted me a security code, 882311, and said someone from the council would ring to "
       "confirm it. Hope they ring soon, I'm going out.", note="one-time code, probable scam")
P(SEC, "Fire door on the Wyeside flood store opens with 1357 if the wardens need sandbags in the "
       "night.", note="door code")
P(SEC, "The QR sticker on the Butter Market car park meter takes you to "
       "pay-mdc-parking.example.net. Quicker than the app! Paid mine and it took my card fine.",
  note="probable QR scam link")
P(SEC, "New PIN for the members' room photocopier is 0426. Print away, colleagues!",
  note="PIN")

N(SEC, "Reminder: never share your council password, not even with IT. The council will never ask "
       "for it by phone or text.")
N(SEC, "Scam alert: fake QR stickers have been found on parking meters in Castle Ferris. Use the "
       "official app or coins. Don't scan them!", note="warning without a link")
N(SEC, "Passcode for tonight's public flood meeting? There isn't one. It's in the Guildhall, just "
       "turn up 😄", note="no code")
N(SEC, "Two-factor authentication on all my accounts now. Took 20 minutes. Do it.")
N(SEC, "Lockbox? Padlock code? Not at Much Tarrow chapel: the door's always open when the WI's on. "
       "Bring a cake.", note="phrase only")
N(SEC, "'Orchard!2026' is not a strong password, folks. Use three random words instead, like the "
       "cyber security people say.", allowed=[SEC], note="a password string as a bad example")
N(SEC, "Code of conduct training today. Passed! Certificate's on the fridge.")
N(SEC, "Text me on 01632 960417 if you need me today, I'm out and about in Castle Ferris.",
  author=SELF, note="the councillor's own published number")
N(SEC, "PIN numbers are like toothbrushes: don't share them and change them often. Good advice "
       "from the police cyber team at today's talk.")
N(SEC, "The new defibrillator at Hopwell is in an unlocked cabinet. No code needed: open it and "
       "follow the voice.")
N(SEC, "Got a dodgy email asking me to 'verify my councillor mailbox'. Reported it to IT, didn't "
       "click. Colleagues, watch out.")
N(SEC, "Pontrellis minibus bookings: ring the council's community transport line on 01632 960355. "
       "No more fiddling with the lockbox!", note="council number")
N(SEC, "Free Wi-Fi in the Butter Market now: network 'Monkswardine Free', no password needed.")
N(SEC, "Anyone know a good password manager? Asking for a councillor on his fourth reset this month "
       "(me).", author=MEN)
N(SEC, "Fernhope WI's Facebook page got hacked through an old password. Change yours, folks.")
N(SEC, "That one-time code from your bank is for YOU. No council officer, police officer or bank "
       "will ever ask for it.")
N(SEC, "The combination on my bike lock is my birthday. Only joking 😂 Bike got nicked anyway.",
  allowed=[SEC], note="joke about a combination")
N(SEC, "The council's line for flood reports is 01632 960200, staffed round the clock while the Wye "
       "is high.")

# =============================================================================================
# tone.irony-risk (advice): sarcasm or mock praise about people
# =============================================================================================
P(TON, "Oh well done Marches Progress, another glossy leaflet and still no bus to Welshbrook. Truly "
       "visionary stuff 👏", author=OPP, note="mock praise of a party")
P(TON, "Yeah right, the Leader's 'listening tour' was all about listening and nothing to do with "
       "photo ops /s", author=OPP, note="'/s' about the Leader")
P(TON, "Huge congratulations to our cabinet member for finance on discovering that budgets have to "
       "add up. Only took him two years!", author=OPP, note="mock praise of a cabinet member")
P(TON, "What a masterclass in leadership from the Wyeside Independents yesterday. Walked out before "
       "the vote. Inspiring.", author=but(OPP, *party("WI")), when="2026-02-27",
  note="mock praise of a group")
P(TON, "Loved Cllr Tedstone's 40-minute speech on verge cutting. Genuinely the highlight of my year. "
       "Can't wait for the sequel.", allowed=[ATT], author=but(ANY, CHAIRMAN),
  note="mock praise of a named councillor")
P(TON, "Thank goodness the Valley Greens are here to tell farmers how to farm. Where would we be "
       "without them 🙄", author=but(ANY, *party("VG")), note="sarcasm about a party")
P(TON, "Absolutely thrilled our MP has finally found Monkswardine on a map. Only took an election "
       "year! 🗺️", author=but(ANY, CHAIRMAN), note="mock praise of the MP")
P(TON, "Cllr Prothero says the council's finances are 'in great shape'. Great shape for what, "
       "exactly? A pancake? 🥞", author=OPP, when="2026-02-17", note="sarcasm about the Leader")
P(TON, "So proud of the Border Liberals and their bold new policy of agreeing with whoever spoke "
       "last. Brave. /s", author=but(ANY, *party("BL")), note="'/s' about a party")
P(TON, "Rural Voice want to 'take back control' of the hop yards. From whom? The hops? Genius.",
  author=but(ANY, *party("RV")), note="'Genius' about a party")
P(TON, "Nice of Cllr Powle to turn up to a flood meeting. Didn't know cabinet members owned "
       "wellies 🥾", author=OPP, allowed=[ATT], note="mock surprise at a named councillor")
P(TON, "Oh, the Chairman's chain looked lovely on the front of the Wye Valley Times. Totally worth the "
       "£3k polish. Money well spent!", author=OPP, note="mock praise of the Chairman")
P(TON, "Top marks to the Chief Exec for the 'transformation programme'. It's transformed my inbox "
       "into a swamp. Bravo.", allowed=[OFF], author=OPP, note="mock praise of the Chief Executive")
P(TON, "Cllr Vaughan-Pugh chairing planning with all the neutrality of a Hereford bull at a gate. "
       "Very judicial, Rhodri 😂", allowed=[ATT], author=OPP, note="sarcasm about the planning chair")
P(TON, "Oh what a surprise, Marches Progress councillors voting to give themselves a bigger "
       "allowance. Who could possibly have seen that coming? 😮", author=OPP,
  note="sarcasm about a party")
P(TON, "The Wyeside Independents' plan to fix potholes with 'community spirit' is inspired. Can't "
       "wait to fill the A road with good vibes ✌️", author=but(ANY, *party("WI")),
  note="mock praise of a group's plan")
P(TON, "Love how Cllr Beddoes suddenly cares about Pontrellis now there's an election coming. "
       "Welcome to the valley, Alun! Mind the sheep 🐑", author=OPP,
  when=("2026-02-02", "2026-03-27"), note="sarcasm about a named councillor")
P(TON, "Another brilliant idea from Cllr Hartland: ban barbecues on the Hams. Next week, banning "
       "the sun. Genius 🌞", allowed=[ATT], author=but(ANY, CHAIRMAN),
  note="mock praise of a named councillor")

N(TON, "Oh brilliant, the Wye's over the Hams road AGAIN. Love a bit of wild swimming on the school "
       "run 🌊", allowed=[TON], when=("2026-01-05", "2026-02-27"), note="irony about the weather")
N(TON, "Great, the Guildhall printer's jammed. Just in time for 200 agendas. Love that for me.",
  allowed=[TON], note="irony about a printer")
N(TON, "Credit where it's due: Cllr Beddoes's budget protects the rural bus routes. Well done, Alun. "
       "No irony.", author=but(ANY, "@AlunBeddoes"), when=("2026-02-02", "2026-02-25"),
  note="sincere praise")
N(TON, "Three hours on bin stickers at scrutiny last night. Riveting? No. But it mattered and I'm "
       "glad we had the debate.", allowed=[TON], when="2026-02-04", note="about a meeting")
N(TON, "Genuinely impressed by the Valley Greens' river motion. Agreed with every word. Politics can "
       "be grown-up.", author=but(ANY, *party("VG")), note="sincere praise")
N(TON, "The council website says my bin was collected. My bin says otherwise. One of them is "
       "lying, and it isn't the bin 😂", allowed=[TON], note="irony about the website")
N(TON, "Masterclass from Monkswardine Town on Saturday: 4-0! Proper football ⚽")
N(TON, "Yeah right, spring? It's snowing in Hopwell. The hop yard looks like Narnia ❄️",
  allowed=[TON], when=("2026-01-05", "2026-02-27"), note="irony about the weather")
N(TON, "Thrilled (genuinely) that the Orlebury bus is back after three years of campaigning. Thank "
       "you everyone, including the cabinet member who listened.", note="sincere thanks")
N(TON, "The Marches Progress budget is wrong for rural Monkswardine. It cuts buses and leaves "
       "villages stranded. We'll vote against it.", author=OPP,
  when=("2026-01-05", "2026-02-25"), note="robust policy criticism")
N(TON, "Hats off to Cllr Lingen for turning up to every flood meeting this winter in waders. Proper "
       "public service.", author=but(ANY, "@TessaLingenMT"), note="sincere praise")
N(TON, "Me, a 'digital champion'? I sent a Teams invite to the whole council instead of my wife. "
       "Very digital. Much champion.", allowed=[TON], author=MEN, note="self-irony")
N(TON, "Thank you, rain. We really needed more of you. Said nobody in Wyeside, ever ☔",
  allowed=[TON], when=("2026-01-05", "2026-02-27"), note="irony about rain")
N(TON, "The road through Castle Ferris has so many potholes the ducks have moved in 🦆 Cabinet, "
       "please fix it.", allowed=[TON], author=but(ANY, *CABINET), note="irony about a road")
N(TON, "Congratulations to the Wyeside Independents on winning the Orlebury by-election. Fair and "
       "square, and we'll work with you.", author=but(ANY, *party("WI")),
  when=("2026-01-05", "2026-01-30"), note="sincere congratulations")
N(TON, "Oh lovely, another consultation about the consultation on the bus consultation. At least "
       "the biscuits were good.", allowed=[TON], note="irony about a process")
N(TON, "Satnav just told me to turn left into the Wye. Cheers, technology 🙃", allowed=[TON])
N(TON, "Budget council, six and a half hours, no proper tea break. Absolutely loving life 🙃 (Worth "
       "it though: the flood grants got through.)", allowed=[TON], when="2026-02-27",
  note="irony about a meeting")

# =============================================================================================
# fillers: ordinary posts
# =============================================================================================
F("Wassail at Fernhope orchard on Saturday night! Toast in the branches, cider for the trees, and "
  "a lot of noise to wake them up. Bring a pan to bang 🍎🔥", when=("2026-01-12", "2026-01-16"))
F("Surgery tomorrow 10-12 at Orlebury library. Bring your questions, your complaints, and if you're "
  "feeling generous, a biscuit.", author=ward("Orlebury"))
F("The Wye peaked at 4.1m at the old bridge overnight. Please don't drive through the water on the "
  "Hams road, it's deeper than it looks.", when=("2026-01-05", "2026-02-13"))
F("Lovely morning at Hopwell Primary talking to Year 3 about what councillors do. Best question: "
  "'Do you get a crown?' Sadly not 👑", author=ward("Hopwell"))
F("Bins: collections are a day late all week after the bank holiday snow. Sorry folks, crews are "
  "doing their best.", when=("2026-01-05", "2026-01-09"))
F("Dydd Gŵyl Dewi Hapus to everyone in Pontrellis and along the border! Daffodils out on the chapel "
  "bank 🏴🌼", when="2026-03-02", author=ward("Pontrellis"))
F("Pancake race on Castle Ferris High Street today. I came fourth out of five and dropped my "
  "pancake twice. Democracy in action 🥞", when="2026-02-17")
F("Just walked the new riverside path from Much Tarrow to the old ford. Kingfisher, two herons and "
  "a very muddy dog. Ten out of ten.", author=ward("Much Tarrow"))
F("Reminder: the Orlebury recycling centre is on winter hours till the end of March, 9 till 4.")
F("Happy Mothering Sunday for the weekend to all the mams, nans and everyone doing the mothering. "
  "Flowers from the Butter Market are gorgeous this year 💐", when="2026-03-13")
F("Big thank you to the Welshbrook litter pickers: 38 bags off the quarry road verges in two hours. "
  "You're amazing.", author=ward("Welshbrook"))
F("Half term ideas: free craft sessions at Monkswardine museum Tuesday and Thursday, just turn up.",
  when=("2026-02-09", "2026-02-13"))
F("First frogspawn in the pond at the community garden! Spring's on its way 🐸",
  when=("2026-02-23", "2026-03-27"))
F("Road closure: Ross Road at Ferris Cross, overnight 8pm-6am, Monday to Thursday next week, for "
  "resurfacing. Diversion signed.", note="names a road near a pending site; no view")
F("If you're struggling with heating bills this winter, Citizens Advice in Monkswardine has a free "
  "energy clinic every Wednesday. No appointment needed.", when=("2026-01-05", "2026-02-27"))
F("Met the new volunteers at the Castle Ferris food bank today. Shelves are low on tinned fish and "
  "UHT milk if you can spare any.")
F("Fernhope's phone box library now has more books than the phone box. Someone's going to need a "
  "bigger phone box 📚", author=ward("Fernhope"))
F("Hedgelaying competition in Welshbrook on Saturday. Proper Herefordshire craft, worth a look if "
  "you've never seen it.", when=("2026-01-12", "2026-02-27"))
F("Congratulations to Orlebury under-11s on reaching the county cup semi-final! ⚽")
F("Blossom's starting on the perry pear trees by the church in Orlebury. Earliest I can remember.",
  when=("2026-03-16", "2026-03-27"))
F("Reminder that the council's garden waste collections restart on 2 March. Get your brown bin "
  "ready!", when=("2026-02-16", "2026-02-27"))
F("Spotted the first lambs of the year on the road up to Garth Hill. Little woolly miracles 🐑",
  when=("2026-02-16", "2026-03-27"))
F("Many thanks to Monkswardine Rotary for the Burns Night supper in aid of the hospice. The haggis "
  "was piped in by a man from Hopwell who claims to be a quarter Scottish.", when="2026-01-26")
F("Anyone know if the Tuesday 461 bus is back to its normal times? Had three residents ask today.")
F("Holocaust Memorial Day: lit a candle at the Guildhall with pupils from Monkswardine High this "
  "morning. We remember.", when="2026-01-27", after="11:00")
F("Wyeside flood wardens are recruiting! Training provided, wellies provided, tea definitely "
  "provided. Message me for details.", author=ward("Monkswardine Wyeside"))
F("Heads down this week reading the Local Plan draft. It's 412 pages. Send coffee ☕",
  when=("2026-03-05", "2026-03-27"))
F("Clocks go forward on Sunday! Lighter evenings for the hop yard stringers at last.",
  when=("2026-03-23", "2026-03-27"))
F("Great turnout at the Castle Ferris dementia café today. Singing, tea and a lot of laughs.")
F("Valentine's tip from a happily married councillor: the Butter Market florist opens at 7am, "
  "don't leave it till the afternoon like last year 🌹", when="2026-02-13")
F("Pothole on the Pontrellis road by the chapel has been reported. Ref with highways, and I'll chase "
  "if it's not done in a fortnight.", author=ward("Pontrellis"))
F("Sunset over the Black Mountains from the top of Garth Hill tonight. Doesn't get much better.",
  after="17:30")
F("Met the Orlebury Brownies to talk about recycling. They now know more about it than I do.",
  author=ward("Orlebury"))
F("Monkswardine museum's new cider history room opens on the 20th. Old presses, old bottles, and a "
  "photo of my great-grandad with a very large cheese of apples.", when=("2026-03-02", "2026-03-19"))
F("Bees clustering nicely in all three hives despite the frost. Fondant topped up, mouse guards on "
  "🐝", author="@bufton_bees", account="personal", when=("2026-01-05", "2026-02-13"))
F("First cleansing flight from the hives today! Sunny and 12 degrees, bees everywhere. Washing off "
  "the line, sharpish 😂🐝", author="@bufton_bees", account="personal",
  when=("2026-02-23", "2026-03-27"))
F("Tying flies by the fire tonight. Olives and a few March Browns ready for the new season 🎣",
  author="@trev_on_the_wye", account="personal", when=("2026-01-05", "2026-02-27"))
F("The river's clearing nicely after the floods. Saw a salmon leap at the weir, first one this "
  "year 🐟", author="@trev_on_the_wye", account="personal", when=("2026-03-02", "2026-03-27"))
F("Thanks to everyone who came to the Much Tarrow litter pick. Pasties on me next time.",
  author=ward("Much Tarrow"))
F("Nomination forms for May's elections are available from electoral services from next week. "
  "Thinking of standing? Do it, whatever your politics.", when=("2026-03-09", "2026-03-27"))

# =============================================================================================
# The script: authors, timestamps, platforms, shuffle, ids.
# =============================================================================================
START, END = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
LIMIT = {"x": 280, "bluesky": 300, "facebook": 63206}


def read_meetings():
    out = []
    with open(os.path.join(HERE, "meetings.csv"), newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            out.append((dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"])))
    return out


def named(handle, text):
    """True if the post names the councillor behind a handle (surname, first name or handle)."""
    name = CLLR[handle][0]
    low = text.lower()
    if handle.lower() in low:
        return True
    words = [name.split()[0], name.split()[-1]] + name.split()[-1].split("-")
    return any(re.search(r"(?<![\w-])" + re.escape(w.lower()) + r"(?![\w-])", low) for w in words)


ROLE = {
    "the leader": LEADER, "leader's": LEADER, "chairman": CHAIRMAN,
    "cabinet member for finance": "@AlunBeddoes", "chairing planning": "@RhodriVP",
    "chair of planning": "@RhodriVP", "chair of licensing": "@OwainGittoes",
}


def pick_author(row, rng, used):
    a = row["author"]
    if isinstance(a, str):
        return a
    text = row["text"]
    low = text.lower()
    pool = [h for h in sorted(set(a)) if not named(h, text)]
    pool = [h for h in pool if not any(w in low for w in TOUCH.get(h, []))]
    pool = [h for h in pool if not any(w in low and ROLE[w] == h for w in ROLE)]
    if row["kind_of_row"] == "positive" and row["family"] == TON:
        pool = [h for h in pool if h != CHAIRMAN]      # the Chairman does not mock anyone
    if "my wife" in low:
        pool = [h for h in pool if CLLR[h][3] == "m"]
    if "my husband" in low:
        pool = [h for h in pool if CLLR[h][3] == "f"]
    assert pool, ("no author left", text[:70])
    least = min(used.get(h, 0) for h in pool)
    best = [h for h in pool if used.get(h, 0) <= least + 1]
    return rng.choice(best)


def days_for(when):
    if when is None:
        lo, hi = START, END
    elif isinstance(when, str):
        lo = hi = dt.date.fromisoformat(when)
    else:
        lo, hi = dt.date.fromisoformat(when[0]), dt.date.fromisoformat(when[1])
    out = []
    d = lo
    while d <= hi:
        if d.weekday() < 5 and START <= d <= END:
            out.append(d)
        d += dt.timedelta(days=1)
    assert out, when
    return out


def pick_time(row, rng, meetings):
    days = days_for(row["when"])
    for _ in range(1000):
        d = rng.choice(days)
        lo = 8 * 60
        if row["after"]:
            hh, mm = row["after"].split(":")
            lo = max(lo, int(hh) * 60 + int(mm))
        minute = rng.randint(lo, 18 * 60 + 59)
        t = dt.datetime(d.year, d.month, d.day, minute // 60, minute % 60, rng.randint(0, 59),
                        tzinfo=dt.timezone.utc)
        if any(s - dt.timedelta(minutes=10) <= t <= e + dt.timedelta(minutes=5)
               for s, e in meetings):
            continue
        return t
    raise SystemExit("no time for: " + row["text"][:60])


def pick_platform(row, rng):
    n = len(row["text"])
    personal = row["account"] == "personal"
    choices = [p for p in (["facebook", "bluesky"] if personal else ["x", "facebook", "bluesky"])
               if n <= LIMIT[p]]
    weights = {"x": 5, "facebook": 4, "bluesky": 2}
    return rng.choices(choices, weights=[weights[p] for p in choices])[0]


def main():
    rng = random.Random(SEED)
    meetings = read_meetings()
    used = {}
    posts = []
    for row in ROWS:
        author = pick_author(row, rng, used)
        used[author] = used.get(author, 0) + 1
        account = "personal" if author in PERSONAL else "councillor"
        assert account == row["account"], row["text"][:60]
        posts.append((row, author, account, pick_time(row, rng, meetings), pick_platform(row, rng)))
    rng.shuffle(posts)
    lines = []
    for i, (row, author, account, when, platform) in enumerate(posts, 1):
        rec = {
            "id": "%s-%04d" % (SET, i),
            "text": row["text"],
            "author": author,
            "created_at": when.isoformat(),
            "platform": platform,
            "account": account,
            "kind": "post",
            "expect": {"rules": row["rules"], "allowed": row["allowed"], "verdict": row["verdict"]},
            "family": row["family"],
            "kind_of_row": row["kind_of_row"],
            "near_miss_of": row["family"] if row["kind_of_row"] == "hard_negative" else None,
            "interest": row["interest"],
            "note": row["note"],
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    print("wrote %d posts" % len(lines))


if __name__ == "__main__":
    main()
