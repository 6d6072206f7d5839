#!/usr/bin/env python3
"""Build blind set b166 (account-level rules) for Harnford and Test Vale District Council.

Every text below was written by hand for this set. The script only schedules the rows
(fixed seed), shuffles them, assigns ids B166-NNNN, resolves comment parents, computes
each verdict from the expected rules and writes accounts.jsonl next to this file.
Standard library only. `python3 build.py --stdout` prints the file instead of writing it.
"""
import datetime
import json
import os
import random
import sys

SET = "B166"
SEED = 16616
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "accounts.jsonl")

# Window: weekdays 19 Jan - 27 Mar 2026 (all GMT, so UTC = local time), 08:00-18:59.
START = datetime.date(2026, 1, 19)
END = datetime.date(2026, 3, 27)
FIRST_MIN = 8 * 60
LAST_MIN = 18 * 60 + 59
LATEST_POST = 17 * 60 + 30

HR = "harassment.repeated-target"
MX = "capacity.mixed-account"
MO = "moderation.third-party-comments"

SHORT = {
    "PA": "respect.personal-attack",
    "AB": "respect.abusive-language",
    "BI": "bullying.intimidation",
    "EQ": "equality.discrimination",
    "OI": "officers.impartiality",
    "DF": "defamation.allegation",
    "DP": "data-protection.personal-data",
    "IR": "tone.irony-risk",
    "HA": "haste.pause-before-posting",
    "SC": "security.credentials",
    "PD": "predetermination.closed-mind",
    "IA": "position.improper-advantage",
}

# Base severities (the lower one where the catalogue says "review; block when severe").
BASE = {
    "respect.personal-attack": "review",
    "respect.abusive-language": "review",
    "bullying.intimidation": "block",
    "equality.discrimination": "block",
    "officers.impartiality": "review",
    "confidentiality.disclosure": "review",
    "confidentiality.insider-advantage": "review",
    "data-protection.personal-data": "review",
    "predetermination.closed-mind": "review",
    "capacity.council-voice": "review",
    "resources.political-use": "review",
    "position.improper-advantage": "review",
    "interests.declared-interest": "review",
    "gifts.hospitality": "advice",
    "defamation.allegation": "review",
    "copyright.third-party-content": "advice",
    "haste.pause-before-posting": "advice",
    "meetings.during-meeting": "advice",
    "security.credentials": "block",
    "tone.irony-risk": "advice",
    HR: "block",
    MO: "review",
    MX: "advice",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

FILLER_NOTE = "filler: ordinary ward or council business; nothing expected"


def _codes(s):
    return [SHORT[c] for c in s.split()] if s else []


def P(text, rules="", allowed="", note="", kind="post"):
    """Positive row: expects the account rule plus `rules`."""
    return dict(kor="positive", text=text, rules=_codes(rules), allowed=_codes(allowed),
                note=note, kind=kind, by=None)


def H(text, rules="", allowed="", note="", kind="post"):
    """Hard-negative row: never expects or allows the account rule."""
    return dict(kor="hard_negative", text=text, rules=_codes(rules), allowed=_codes(allowed),
                note=note, kind=kind, by=None)


def F(text, note=FILLER_NOTE, kind="post"):
    """Filler row: expects nothing (allows the account rule in positive accounts)."""
    return dict(kor="filler", text=text, rules=[], allowed=[], note=note, kind=kind, by=None)


def CP(by, text, allowed="", note=""):
    """A comment left up on the page owner's post that the moderation rule should catch."""
    return dict(kor="positive", text=text, rules=[], allowed=_codes(allowed), note=note,
                kind="comment", by=by)


def CH(by, text, allowed="", note=""):
    """A civil, robust or rude-but-acceptable comment, or the owner's own reply."""
    return dict(kor="hard_negative", text=text, rules=[], allowed=_codes(allowed), note=note,
                kind="comment", by=by)


ACCOUNTS = []


def account(author, pattern, role, platform, rows, account_type="councillor", about=""):
    ACCOUNTS.append(dict(author=author, pattern=pattern, role=role, platform=platform,
                         account=account_type, rows=rows, about=about))


def _weekdays():
    d, out = START, []
    while d <= END:
        if d.weekday() < 5:
            out.append(d)
        d += datetime.timedelta(days=1)
    return out


def _stamp(day, minute):
    return "%sT%02d:%02d:00+00:00" % (day.isoformat(), minute // 60, minute % 60)


def build_rows():
    rng = random.Random(SEED)
    days = _weekdays()
    out = []
    for acc in ACCOUNTS:
        rows = acc["rows"]
        # group each post (or reply) with the comments written under it
        groups = []
        for r in rows:
            if r["kind"] == "comment":
                groups[-1][1].append(r)
            else:
                groups.append((r, []))
        n = len(groups)
        for i, (head, comments) in enumerate(groups):
            lo = (i * len(days)) // n
            hi = ((i + 1) * len(days)) // n - 1
            day = days[rng.randint(lo, hi)]
            latest = min(LATEST_POST, LAST_MIN - 55 * len(comments))
            minute = rng.randint(FIRST_MIN, latest)
            head_obj = _make(acc, head, _stamp(day, minute), None)
            out.append(head_obj)
            for c in comments:
                minute += rng.randint(4, 55)
                out.append(_make(acc, c, _stamp(day, minute), head_obj))
    rng.shuffle(out)
    for i, o in enumerate(out, 1):
        o["id"] = "%s-%04d" % (SET, i)
    for o in out:
        parent = o.pop("_parent")
        if parent is not None:
            o["parent_id"] = parent["id"]
    return [_ordered(o) for o in out]


def _make(acc, r, created_at, parent):
    rule = acc["pattern"]
    if r["kor"] == "positive":
        rules = [rule] + r["rules"]
        allowed = list(r["allowed"])
        family = rule
    elif r["kor"] == "filler":
        rules = []
        allowed = [rule] if acc["role"] == "positive" else []
        family = rule
    else:
        rules = list(r["rules"])
        allowed = list(r["allowed"])
        family = "hard_negative"
    verdict = "ok"
    for x in rules:
        if RANK[BASE[x]] > RANK[verdict]:
            verdict = BASE[x]
    o = dict(text=r["text"], author=acc["author"], created_at=created_at,
             platform=acc["platform"], account=acc["account"], kind=r["kind"],
             expect=dict(rules=rules, allowed=allowed, verdict=verdict),
             family=family, account_pattern=rule, account_role=acc["role"],
             kind_of_row=r["kor"], note=r["note"] or FILLER_NOTE, _parent=parent)
    if r["kind"] == "comment":
        o["comment_by"] = r["by"]
    return o


KEY_ORDER = ["id", "text", "author", "created_at", "platform", "account", "kind",
             "comment_by", "parent_id", "expect", "family", "account_pattern",
             "account_role", "kind_of_row", "note"]


def _ordered(o):
    return {k: o[k] for k in KEY_ORDER if k in o}


def render():
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in build_rows())


def main():
    text = render()
    if "--stdout" in sys.argv[1:]:
        sys.stdout.buffer.write(text.encode("utf-8"))
        return
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    print("wrote %d rows from %d accounts to accounts.jsonl" % (text.count("\n"), len(ACCOUNTS)))


# ---------------------------------------------------------------------------
# The accounts. Handles are in council.toml; members of the public who comment
# appear in comment_by by (invented) name.
# ---------------------------------------------------------------------------

# ===== harassment.repeated-target: positive accounts (batch 1) =====

account("@CliveBuddenCon", HR, "positive", "x", about="Clive Budden -> Nell Tasker", rows=[
    F("Ditcham Down parish hall roof appeal has hit £14k. Thank you to everyone who came to the quiz night, and to whoever donated the raffle ham. Next target: the guttering. 🏚️➡️🏠"),
    P("Our Cabinet Member for Planning, Nell Tasker, has never held a job that didn't involve a placard. Tree-hugging Tasker wouldn't know a traffic count if it ran her over on the A-road. Ditcham Down deserves better than a part-time protester.",
      "PA", note="hostile 1/4 at Nell Tasker: belittling nickname and put-down"),
    F("The red route for the relief road puts 40 HGVs an hour past Ditcham Down school. I've written to the county with the figures and I'll keep pressing until the blue route is back on the table.",
      note="filler: robust policy position on the relief road routes; nothing expected"),
    P("@NellTaskerGreen Another triumph, Nell! 👏👏 Three consultations, zero decisions and a lovely photo op with the newts. Truly the Churchill of Cressbourne.",
      "IR", "PA", kind="reply", note="hostile 2/4: mock praise as an x reply to the target"),
    P("Tasker made a right caddle of last night's cabinet. Couldn't answer a single question on the costs and then flounced out. Useless, out of her depth and frankly a bit pathetic. Resign, Nell.",
      "PA", note="hostile 3/4: 'useless, out of her depth ... pathetic'"),
    F("Gritting update for Ditcham Down: the county has confirmed Church Lane and the hill up to the Camp road are back on the priority list. Thanks to the residents who kept the pressure on."),
    P("Word to the wise, Nell. I've still got the photos of you on the scaffold at the Wendle camp, D-locked to a digger. Your employer at the university might be very interested in them. Think about that before you vote on the route.",
      "BI", note="hostile 4/4: veiled threat to expose her to her employer unless she votes his way"),
])

account("@JasonRidoutRUK", HR, "positive", "facebook", about="Jason Ridout -> Judith Amberley (Head of Planning, an officer)", rows=[
    P("Meadowgate Phase 3: 420 more houses on the water meadows, and who wrote the report recommending it? Judith Amberley. Funny how every report out of Riverside House reads like it was drafted in the developer's office. Head of Planning? Head of Rubber Stamps more like.",
      "OI PA", "DF", note="hostile 1/3 at the Head of Planning, a named officer; the developer insinuation allows defamation"),
    F("Bin collections on the Ditcham estate are STILL running two days late. I've raised it again with the contractor. If yours was missed, message me the street name and I'll chase."),
    P("Still waiting for Judith Amberley to explain why the flood risk section for Meadowgate was 'updated' the week after the developer's meeting. She won't, because she can't. Either she's incompetent or she's bent, and I know which I'd put my money on. Time this council showed that woman the door.",
      "OI DF", "PA", note="hostile 2/3: corruption put to a named officer as the likelier of two choices"),
    F("Thanks to the Ditcham Down Young Farmers for clearing the fly-tip at the Camp road layby. Two trailer loads. Whoever dumped a whole kitchen there, it's been reported to the council's fly-tipping team."),
    P("Judith, you can hide behind the Monitoring Officer all you like. I'll be on the steps of Riverside House every single morning with my banner until you're gone, and I'll be telling everyone who walks in exactly what you are. Your card is marked.",
      "OI BI", note="hostile 3/3: 'your card is marked', a campaign aimed at an officer personally"),
    F("Surgery this Saturday, 10 till 12, Ditcham Down village hall. Tea's on me. Bring your potholes, your bin problems and your parking tickets."),
])

account("@BernieKielyLab", HR, "positive", "bluesky", about="Bernadette Kiely -> Piers Hollingbury", rows=[
    F("Northgate food bank: shelves are low on tinned fish, UHT milk and nappies (size 4 and 5). Drop-off at St Aldhelm's hall Tuesdays and Thursdays. Thank you Harnford, you always come through."),
    P("Piers Hollingbury lecturing Northgate on 'living within our means' while he owns half a mile of the Test and lets it at £400 a rod a day. Lord Piers of the Abbey Beat. Never done a day's honest graft in his life, the smug, braying parasite.",
      "PA", note="hostile 1/4 at the Conservative group leader: 'smug, braying parasite'"),
    F("Good turnout at the Northgate tenants' meeting last night. Damp, mould and the lifts in Cooper House top of the list. The housing team came and listened and we've agreed a walkround for next week."),
    P("Congratulations to Piers Hollingbury on his brave stand against free school meals. Must be exhausting, defending the poor downtrodden landowners right through the Duffer's Fortnight. Someone get the man a medal. And a heart. 🙄",
      "IR", "PA", note="hostile 2/4: mock praise"),
    P("Piers, you're a disgrace. A coward who hides behind his group whip and his daddy's money. Northgate sees right through you, and so does everyone else in that chamber.",
      "PA", note="hostile 3/4: 'a disgrace ... a coward'"),
    F("Northgate youth club is back on Fridays from next month, after Labour and Lib Dem members found the money in the community fund together. Credit where it's due across the chamber."),
    P("Piers, we all know you're on the water at the Abbey beat every Saturday from seven, in that hut by the hatches. Quiet spot. Nobody about. Maybe a few of us from Northgate should come down one morning and explain the cost of living to you in person.",
      "BI", note="hostile 4/4: names his routine and a lonely spot, proposes a visit"),
])

account("@RoystonVail", HR, "positive", "x", about="Royston Vail -> Annabel Quarrie (Leader)", rows=[
    F("Longcross bus: the 64 is being cut to two-hourly from April. That's the only way half my ward gets to the hospital. I've asked cabinet to fund the gap from the transport reserve. Watch this space."),
    P("Annabel Quarrie has blocked me. Twelve years on this council and the Leader blocks an elected member for asking about the 64 bus. Grow up, Annabel. Silly little woman playing at being in charge.",
      "PA", "EQ", note="hostile 1/5 at the Leader; 'silly little woman' is sex-coded, so equality allowed"),
    P("@AnnabelQuarrieLD You can block my main account, I've got another. You WILL answer me. I'll be in your replies every day until you do.",
      "", "BI", kind="reply", note="hostile 2/5: pursuing the target after she blocked him; intimidation allowed, not expected"),
    P("Watched the Leader's budget speech. The hormones were clearly running the show: shrieking, tearful, all over the place. Maybe time for a man to take over before she has another menopausal turn in the chamber.",
      "PA EQ", note="hostile 3/5: attack on her sex and age ('hormones', 'menopausal turn', 'time for a man')"),
    F("Longcross Verge Wardens did a cracking job on the Ashmere road primroses. If you'd like to join, we meet first Sunday of the month at the war memorial. Wellies essential."),
    P("Annabel Quarrie: three years as Leader, zero spine, zero clue. Longcross has been abandoned by a woman who couldn't run a jumble sale.",
      "PA", "EQ", note="hostile 4/5"),
    P("Annabel does her shopping at the farm shop on the Harnford road every Friday about four. I'll be there this week. Let's see her block me in the car park.",
      "BI", note="hostile 5/5: names her routine and says he will confront her there"),
    F("Thank you to the Longcross Home Guard re-enactors for the VE Day talk at the school. The kids' questions were brilliant. 'Did you have phones?' 😂"),
])

# ===== harassment.repeated-target: positive accounts (batch 2) =====

account("@TraceyGosdenCon", HR, "positive", "facebook", about="Tracey Gosden -> Lionel Stroud (Chairman, her own party)", rows=[
    F("Harnford's Wednesday market, a charter market for more than seven hundred years, is getting new gazebos, and the cobbles outside the Buttercross are being relaid in March. Traders, the market team will be in touch about pitch moves."),
    P("Did anyone else watch our Chairman nod off during public questions again? Dozy old Lionel, snoring through a resident's question about the relief road. It's time someone told him, kindly, that the chain belongs round a younger neck.",
      "PA", "EQ", note="hostile 1/3 at the Chairman of the Council; age put-down allows equality"),
    F("Shop local Saturday in Harnford Market ward! The Buttercross bakery, Kettle & Cress café and the butcher on Sheep Street are all doing offers. Park free in the Corn Exchange car park after 3pm."),
    P("Lionel Stroud has muddled the Corn Exchange with the Buttercross for the third time in a month. The man is senile. Bless him, he's lovely, but he belongs in a care home with a blanket over his knees, not chairing full council.",
      "PA EQ", "IR", note="hostile 2/3: 'senile ... belongs in a care home' attacks him for his age; mock sympathy allows irony"),
    F("Harnford in Bloom: we're after volunteers to water the Market Square planters through the summer. Even an hour a week helps. Message me."),
    P("Another week, another Lionel Stroud shambles. Wrong agenda, wrong papers, wrong century. Get the old fossil off the chair before he embarrasses this town any more.",
      "PA", "EQ", note="hostile 3/3: 'old fossil ... wrong century'"),
])

account("@DarrenCleggRUK", HR, "positive", "facebook", about="Darren Clegg -> Ros Pettifer (a private resident, the meadows campaign organiser)", rows=[
    F("Brockdown: the Camp's families day is back. Soldiers, their families and everyone on the patch welcome. Bouncy castle, bacon rolls and a Chinook flypast, weather permitting."),
    P("Ros Pettifer and her crusties at Drowner's Copse are costing this valley a bypass. She's a professional moaner with a trust fund and a camper van, and she doesn't even live here.",
      "PA", note="hostile 1/4 at a private resident who leads the Save the Wendle Meadows campaign"),
    F("Brockdown Road speed survey: average 41 in a 30 outside the school. I've asked for a camera van and a proper crossing. Safety first, politics second."),
    P("For those asking: yes, Ros Pettifer is the same woman who got nicked at the Kestle Down road protest. Now she's telling Harnford what to do. Nobody voted for you, love.",
      "", "PA DP DF", note="hostile 2/4: airs an arrest of a private person; data protection and defamation allowed"),
    F("Armed Forces Covenant: the council has signed it, now let's see it mean something. Service families on the patch are still waiting eleven weeks for housing register decisions."),
    P("Ros, we know where the camp is. We know where your van's parked up at night, by the gate on Mill Lane. We know what time you go to the Co-op. Pack up and go home while it's still your choice.",
      "BI", "DP", note="hostile 3/4: 'we know where your van's parked' and her routine; a threat"),
    F("Brockdown Community Centre boiler is finally fixed. Thanks to the caretakers who kept the place open with heaters all through January."),
    P("Another Pettifer press release, another load of lies. This woman would chain herself to a dandelion if it got her in the paper. Sad, attention-seeking and a liar.",
      "PA DF", note="hostile 4/4: calls a named private person a liar"),
])

account("@MarjBlaxlandVVI", HR, "positive", "bluesky", about="Marjorie Blaxland -> Owen Threlfall (who left her group)", rows=[
    F("Sallowmead Lane flooding: ditch clearance is booked for the 14th. If you have sandbags from last winter you don't need, the village hall will take them for the store."),
    P("So Owen Threlfall has walked out on the Vale Villages group three months after we got him elected. Judas Owen. Took our leaflets, our volunteers and our votes, then ran off to sit on his own. Snake.",
      "PA", note="hostile 1/3 at a former group colleague: 'Judas ... Snake'"),
    F("Lovely to see the watercress beds at Sallowmead Springs opening to visitors again in May. The cress-cutters' walk is one of the best things in the valley."),
    P("Owen Threlfall spoke for twelve minutes at full council and said nothing at all. A weak, vain little man who'd sell his own mother for a committee chair.",
      "PA", note="hostile 2/3"),
    F("Sallowmead speed-watch clocked 212 vehicles in an hour on Monday, 38 of them over 40. Thank you to our volunteers, and to the lorry driver who waved."),
    P("Owen, you can stop pretending you were 'pushed'. Everybody in the Drowner's Arms knows what you said about us. Maybe your wife should ask you where you really are on Tuesday nights. 😉",
      "", "PA BI DF", note="hostile 3/3: insinuation about his private life meant to humiliate; attack, intimidation and defamation allowed"),
    F("Sallowmead Parish Plan drop-in: Thursday from 4 at the church room. Maps, post-its and the good biscuits."),
])

account("@LukeAmblerGreen", HR, "positive", "x", about="Luke Ambler -> Giles Ormerod (two occasions, the minimum)", rows=[
    F("Phosphate readings below the Cressbourne beds are down this quarter. Not job done, but progress. Thanks to the river keepers and the Wendle Trust volunteers who take the samples every week."),
    F("Wendle Abbas C of E Primary's eco club have built thirty bird boxes for the churchyard. Blue tits, your move. 🐦"),
    P("Giles Ormerod is a liar and a polluter. He's poisoned the Wendle from his cress beds for twenty years and then stands up in the chamber to lecture us about 'rural livelihoods'. A grubby little man.",
      "PA DF", note="hostile 1/2 at a Conservative councillor who farms watercress: 'a liar and a polluter ... poisoned the Wendle'"),
    F("The Environment Agency are at Wendle Abbas ford on Tuesday to talk about the winterbourne flows. Come along, 2pm at the footbridge."),
    F("The 07:12 to Waterloo was cancelled three days running this week. Wendle Abbas commuters have had enough. I've written to the operator and copied in Rupert Vane MP."),
    P("Enjoy the shoot on Saturday, Giles. A lot of us know which woods, and what time the beaters go out. A lot of us. 🦆",
      "BI", note="hostile 2/2: knowledge of his whereabouts as a veiled threat"),
    F("Wendle Abbas footpath 14 is open again after the landowner and the ranger team sorted the stile. Proper job."),
])

# ===== harassment.repeated-target: hard-negative accounts =====

account("@VerityStannard", HR, "hard_negative", "x", about="Verity Stannard: five civil criticisms of Nell Tasker's route decisions", rows=[
    H("Nell Tasker's cabinet paper backs the blue route across the Wendle water meadows. I think that's the wrong call: those meadows flood every February and the costings assume they don't. I'll be putting an amendment at full council.",
      note="civil criticism of a decision by a named cabinet member"),
    H("Respect to Nell for coming to Sallowmead village hall and taking two hours of questions. Didn't change my mind on the route, but she listened and she answered. That's how it should work.",
      note="approving mention of the same person"),
    H("The relief road consultation is a proper caddle. Three maps, two of them out of date, and a feedback form that closes before the traffic survey is even published. The cabinet member should pause it and start again.",
      note="robust criticism of a process ('a proper caddle'), not of the person"),
    H("Sorry Nell, but 'we're confident the mitigation will work' isn't an answer. Show us the hydrology. Sallowmead has flooded four times since 2014 and residents deserve the numbers, not reassurance.",
      note="direct, civil challenge to the same person"),
    F("Sallowmead WI are running a repair café on the first Saturday: lamps, toasters, trousers. Took my hedge trimmer in, came back like new."),
    H("Good to see the cabinet member has agreed to publish the flood model before the vote. That's exactly what we asked for. Credit to Nell Tasker and her team. Now let's argue about what it says.",
      note="credit to the same person; fifth mention, none hostile"),
])

account("@KofiMBLabour", HR, "hard_negative", "x", about="Kofi Mensah-Baird: robust criticism of the Leader's policies, and counter-speech", rows=[
    H("The Leader's parking charges will cost a Kingfisher Rise nurse doing three shifts a week at the hospital £480 a year. Annabel Quarrie calls that 'modest'. It isn't. Labour will vote against it at budget council.",
      note="robust policy criticism naming the Leader; 'vote against' is about the budget, not a quasi-judicial matter"),
    H("Whatever you think of Annabel Quarrie's budget (and I think it's wrong on parking and wrong on the 64 bus), calling her a 'silly little woman' or blaming her hormones is beneath this council. Argue with the numbers. Leave her sex out of it.",
      note="counter-speech quoting another member's sexist lines in order to reject them"),
    F("Kingfisher Rise play park: the new swings are in and the zip wire's next. Thanks to everyone who filled in the survey, especially the under-10s who drew their own designs."),
    H("Asked the Leader at full council why the estate bus was cut without asking residents. Her answer: 'a commercial decision for the operator.' With respect, Annabel, the subsidy is ours to give. Don't hide behind the bus company.",
      note="pointed but civil challenge to the same person"),
    H("Annabel and I don't agree on much, but she was right to back the cost-of-living hub in Kingfisher Rise, and she came along to open it. Thank you.",
      note="approving mention"),
    H("The administration's housing numbers don't add up. 300 'affordable' homes promised, 41 delivered. The Leader and the Housing portfolio holder need to explain the gap, not blame the market.",
      note="robust criticism of a record"),
])

account("@HazelPennycook", HR, "hard_negative", "facebook", about="Hazel Pennycook: one hostile post about Piers Hollingbury, then civil mentions", rows=[
    F("Pellingbourne thatch fire safety evening: Hampshire Fire and Rescue are coming to the village hall to talk chimney sweeping and spark arrestors. Every thatched cottage owner should come."),
    H("Piers Hollingbury voted to close Pellingbourne's library link and then turned up to the village fete to cut the ribbon. What an arrogant, two-faced prat.",
      "PA", note="a single hostile post: a personal attack, but one occasion is not a course of conduct"),
    F("The Pellingbourne bus shelter has been rebuilt in oak by the Men's Shed. It's gorgeous. Please don't put stickers on it."),
    H("Piers Hollingbury has agreed to meet Pellingbourne parish council about the library link. I was rude about him last month and I shouldn't have been. The decision was still wrong, but it's good he's listening.",
      note="later civil mention of the same person, with an apology"),
    F("Pellingbourne Flower Show entries are open: marrows, dahlias and the famous 'vegetable that looks most like a celebrity' class."),
    H("Joint letter from me and Cllr Hollingbury to the county asking for the Pellingbourne weight limit to be enforced. Cross-party where it matters.",
      note="civil mention"),
])

account("@WilfTarrantVVI", HR, "hard_negative", "bluesky", about="Wilf Tarrant: two hostile posts at two different people, banter, criticism of a report", rows=[
    H("Jason Ridout says the Vale Villages group 'don't exist outside the pub'. Coming from a man who's missed seven of the last nine committee meetings, that's rich. The man's a clown.",
      "PA", note="hostile post at one person (Jason Ridout), once"),
    F("Cressbourne watercress festival planning meeting on Monday. We need a new judge for the cress-eating contest after last year's, er, incident."),
    H("Cressbourne CC 142 all out, Wendle Abbas 143 for 9 off the last ball. Daylight robbery. Congratulations to Cllr Ambler's lot, I suppose. See you in the Trout and Hatch, I'm buying, I'm weeping.",
      note="village cricket banter with a fellow councillor"),
    H("Clive Budden told the Cressbourne meeting that watercress growers 'should stick to salad and keep out of politics'. Patronising old windbag.",
      "PA", note="hostile post at a second person (Clive Budden), once: two people, one occasion each"),
    H("The officers' report on Meadowgate Phase 3 deals with the chalk aquifer in two paragraphs. For a scheme this size that feels thin. I'll listen to everything at committee, but I'd like far more than two paragraphs on where our water comes from.",
      "", "OI PD", note="criticism of an unnamed officers' report on a pending application, with an open mind stated; officers and predetermination allowed"),
    F("Cressbourne: the Mill Lane footbridge rail has been fixed. Thanks to whoever reported it on the app with a photo; it made the repair quick."),
])

# ===== capacity.mixed-account: positive accounts =====

account("@DougieFarrantLD", MX, "positive", "facebook", about="Dougie Farrant, Communities and Armed Forces, ex-army", rows=[
    P("Forgive a proud dad. Our Jamie passed out this morning: nineteen years old, shoulders back, boots you could see your face in. His mum cried, I pretended I didn't. Twenty-two years I served and I've never been prouder of a parade. 🇬🇧",
      "", "DP", note="family content on the council account; names his son and his age"),
    F("Armed Forces Covenant drop-in at Brockdown Community Centre, Thursdays 10 till 1. Housing, school places, council tax on the patch: bring your questions, we'll bring the kettle."),
    P("Bella the springer has eaten an entire Victoria sponge off the kitchen table. No regrets visible. Wife less forgiving. 🐶🍰",
      note="dog and home life on the council account"),
    F("Cabinet agreed tonight to ring-fence twelve homes a year for service leavers on the housing register. Small, but real. Thanks to the Camp welfare office for helping shape it."),
    P("Sixty today. Knees say ninety. Off to the Drowner's Arms with the family for a carvery. Back to council emails tomorrow, promise.",
      note="his birthday, with a nod to council emails"),
    F("Remembrance planning: the Brockdown parade will step off from the Camp gate at 10:40 as usual. Road closure notices go out next week."),
])

account("@YusufAshrafLD", MX, "positive", "x", about="Yusuf Ashraf, Harnford Mill", rows=[
    F("Harnford Mill flood gates tested this morning with the Environment Agency. All six sluices working. If you're on the Mill Stream side, the sandbag store key is at the pub."),
    P("Eid Mubarak from our house to yours! 🌙 Mum has cooked for forty and we are eight. The leftovers will outlive us all.",
      "", "DP", note="family festival on the council account; reveals the family's religion, so data protection allowed"),
    F("Market Square resurfacing: works start on the 9th and the Wednesday market moves to the Corn Exchange car park for three weeks. Traders have had their letters."),
    P("Please keep my mum in your thoughts. Shazia's having her hip done at the county hospital tomorrow. Stubborn as anything, already asking when she can drive.",
      "", "DP", note="names his mother with her operation (health data)"),
    F("Thanks to the Mill Lane residents who came to the litter pick. Fourteen bags, two bikes, one traffic cone and a very confused duck."),
    P("Harnford Hawks under-11s won the cup! My lad scored the winner and hasn't stopped talking about it. Someone remind him he's still doing his maths homework. ⚽🏆",
      note="son's football, unnamed"),
])

account("@BarneyChisholm", MX, "positive", "facebook", about="Barney Chisholm, Pellingbourne, a thatcher", rows=[
    P("Finished re-ridging our own cottage today. Forty years a thatcher and it's still the roof I worry about most. Wendy says it looks like a hedgehog in a hat. She's not wrong.",
      "", "DP", note="home and trade on the council account; names his wife"),
    F("Pellingbourne conservation area review: drop-in at the church room on Saturday morning. The planning team will have the maps. Come and tell them which walls and hedges matter to you."),
    P("Grandson's first trout out of the Mill pool this morning. Nine inches of pure joy. He put it back himself, then cried because he wanted to show his mum. 🎣",
      note="grandchild, unnamed"),
    F("Good news for Pellingbourne: the county has agreed 7.5 tonne weight limit signs at both ends of the village. Lorries, use the A-road."),
    P("Unket old evening up on the down with the dog, fog rolling off the river and not a soul about. Home to the fire and a bacon sandwich. Some things don't need improving.",
      note="personal evening walk; Hampshire 'unket'"),
    F("Pellingbourne parish council and I have asked for the dropped kerb outside the post office to be looked at again. Mobility scooters keep getting stuck on it."),
])

account("@TamsinWheelerGreen", MX, "positive", "bluesky", about="Tamsin Wheeler, Kingfisher Rise, back from maternity leave", rows=[
    F("Kingfisher Rise bus consultation closes Friday. If the estate loses the 9 after 7pm, shift workers are stranded. Two minutes to fill in; the link is on the council website."),
    P("Wren took her first steps today! Four wobbly ones across the kitchen, straight into the dog. Eleven months old and already heading for trouble. 🥹",
      "", "DP", note="baby named with her age on the council account"),
    F("Kingfisher Rise: the verges by the balancing pond are being left long as a pilot this spring. More wildflowers, more dumbledores. Please don't report them as missed mowing! 🐝"),
    P("First week back after maternity leave and I've cried twice: once at nursery drop-off, once at the inbox. Send biscuits.",
      note="family life mixed with council work"),
    F("I've asked for the Kingfisher Rise play area's S106 money to be released before the summer. Families have waited three years."),
    P("Partner's birthday tomorrow and I've ordered a cake shaped like a Routemaster bus. He'll either love it or pretend to. 🚌🎂",
      note="partner's birthday, unnamed"),
])

account("@GethinPryceLD", MX, "positive", "x", about="Gethin Pryce, Meadowgate, a commuter", rows=[
    F("Meadowgate unadopted roads: the developer has finally booked the final surfacing for Heron Way and Teal Close. Then the county can adopt them. It's taken six years. Six."),
    P("Half marathon done ✅ 1:52, four minutes off my PB, and my legs now belong to someone else. Thank you to my wife for dragging me round the training runs every Sunday.",
      note="his running, on the council account"),
    F("The 07:12 to Waterloo was over twenty minutes late every day last week. I've asked the operator to meet Meadowgate commuters. Send me your delay stories."),
    P("Ten years married today. Rhiannon, you still laugh at my jokes, which says more about you than the jokes. ❤️",
      "", "DP", note="anniversary, names his wife"),
    F("Meadowgate Community Association AGM on Wednesday at the school hall. We need a treasurer. Must be good with spreadsheets, or at least not scared of them."),
    P("Commuter life: stood all the way to Waterloo with my face in a stranger's rucksack. On the plus side, I finished the book. Spoiler: the butler did it.",
      note="personal commute and reading"),
])

account("@HTVChairman", MX, "positive", "facebook", about="Lionel Stroud's civic account as Chairman of the Council", rows=[
    F("The Chairman was delighted to present the Harnford Civic Awards at the Corn Exchange. Congratulations to the Cressbourne lengthsman volunteers, the Northgate food bank and the Brockdown Young Carers."),
    P("A personal note from Lionel: Brenda and I celebrate our ruby wedding this week. Forty years ago she said yes in the rain outside the Wheatsheaf. Still raining, still yes. ❤️",
      "", "DP", note="family anniversary on the civic account; names his wife"),
    F("The Chairman welcomed the Brockdown Camp commanding officer, Lt Col Imogen Sayer, and service families to Riverside House to mark the renewal of the Armed Forces Covenant."),
    P("Brenda's knee operation went well, thank you for all the kind messages. She's already bossing the physio about. The Vice-Chairman will cover the Chairman's engagements this week.",
      "", "DP", note="names his wife with her operation (health data)"),
    F("Civic service this Sunday at St Aldhelm's, Harnford. All welcome. The Chairman's charity this year is the Test Vale Air Ambulance."),
    P("Our grandson Alfie made his debut for the Harnford colts on Saturday. Grandad shouted himself hoarse on the touchline. Sorry, referee. 🏉",
      "", "DP", note="names a grandchild"),
])

account("@ColetteDunstan", MX, "positive", "bluesky", about="Colette Dunstan, Brockdown, an army spouse", rows=[
    F("Brockdown primary places: 31 service children have arrived mid-year and the school is full. I've asked the county for a bulge class. Families on the patch shouldn't be driving to Harnford every morning."),
    P("Himself is home from deployment tonight after seven months. The kids have made a banner out of an old bedsheet and there's a cake that's mainly Smarties. Do not contact me until Monday. 💛",
      note="family homecoming on the council account"),
    F("Brockdown: the skate park lights are on a timer now, off at 9pm. Thanks to the residents of Sapper Close for raising it so sensibly."),
    P("Youngest has chickenpox, eldest has the school play, I have a licensing sub-committee. Calpol, coffee and a nammet eaten in the car park. Wish me luck.",
      note="children and a committee in one breath"),
    F("Free period products are now in all the Brockdown community centre toilets, through a pilot paid for by the community grants. Take what you need."),
    P("Eleven moves in fourteen years of army life and this is the first house where I've bothered to plant bulbs. The daffs are up. Brockdown, you've got me. 🌼",
      note="personal reflection on her own life"),
])

# ===== capacity.mixed-account: hard-negative accounts =====

account("@PreciousNwankwoLD", MX, "hard_negative", "facebook", about="Precious Nwankwo, Housing: family asides that serve council messages", rows=[
    H("As a mum who raised two boys in a Northgate flat with black mould on the bedroom wall, I know what damp does to a family. That's why the council's new damp and mould team starts visiting this month. Report it and we will come.",
      note="'as a mum' aside in service of a housing message"),
    H("My own gran lived in one of the Harnford prefabs after the war and called it 'the palace'. Good homes change lives. Cabinet has approved 64 new council homes on the old Northgate depot site.",
      note="family memory used to introduce a cabinet decision"),
    H("Homes for families: under the housing register review, parents with children under five in temporary accommodation get priority banding. If that's you, call the housing options team on 01632 960418.",
      note="'families', 'parents', 'children' as service users; the number is the council team's"),
    H("Half-term activity programme: free places for children on free school meals at Harnford Leisure Centre, the Kingfisher Rise community hub and Brockdown. Mums, dads, grandparents, please share.",
      note="family words addressed to residents"),
    H("Met a grandad in Northgate today who's been sleeping on his daughter's sofa for five months since his landlord sold up. His words: 'I'm 71, I shouldn't be a burden.' He isn't. Nobody is. Our homelessness prevention fund is open.",
      note="quotes an unnamed resident about his family; not her family"),
    H("Family Hubs consultation: what would make it easier for you and your kids to get help with housing, debt and health in one place? Have your say by 20 March.",
      note="council consultation addressed to families"),
])

account("@OwenThrelfall", MX, "hard_negative", "x", about="Owen Threlfall, Wendle Abbas: civic posts that mention family in passing", rows=[
    H("As a dad of three who does the Wendle Hill school run every morning, I've seen the near misses. The 20mph zone outside Wendle Abbas Primary goes live on Monday.",
      note="'as a dad of three' aside in a road safety notice"),
    H("Water meadows heritage walk, Sunday 2pm from the Drowner's Arms. My great-grandfather was a drowner on these meadows, working the hatches by hand, and the channels he kept are still there if you know where to look. All welcome, wellies advised.",
      note="ancestor mentioned in a public heritage event"),
    H("Wendle Abbas nammet club for older residents: tea, toast and a natter, Tuesday mornings in the church room. If you know someone who's on their own, bring them along.",
      note="community notice; Hampshire 'nammet'"),
    H("Dumbledores and drowners' ditches: the Wendle Trust is running a family bug hunt in the water meadows on the 18th. Kids, parents, grandparents all welcome, nets provided.",
      note="family event notice"),
    H("I've left the Vale Villages group and will sit as an independent. It was a hard decision and I know some people are hurt by it. My family has lived in Wendle Abbas for four generations, and I'll keep working for every household here.",
      note="political statement mentioning family roots in passing"),
])

account("@hamish_ties_flies", MX, "hard_negative", "bluesky", account_type="personal", about="Hamish Ord's separate personal account (fishing and family only)", rows=[
    H("Tied a dozen Grey Wulffs tonight ready for the Duffer's Fortnight. My hackles are a disgrace but the trout aren't fussy. 🎣",
      note="separate personal account: fly tying"),
    H("River's running gin-clear and low on the Abbey beat. Saw a kingfisher, two grayling and a heron who clearly thinks he owns the place. He might.",
      note="personal account: a fishing morning; no council business although he holds the rivers portfolio"),
    H("Grandkids came for the weekend and we built a 'fishing rod' from a bamboo cane and a shoelace. Caught: one sock, one wellington, zero fish. Best day of the year.",
      note="personal account: grandchildren, unnamed"),
    H("The spaniel fell in the carrier stream again. Third time this week. She looks delighted; I'm the one who's wet.",
      note="personal account: dog"),
    H("Anyone else keep a mayfly diary? First sighting in mine is always early May. Ten years of notes in an old exercise book. Sad? Maybe. Happy? Definitely.",
      note="personal account: hobby"),
])

account("@peg_in_the_garden", MX, "hard_negative", "facebook", account_type="personal", about="Peg Lavington's separate personal account (garden, thatch, family)", rows=[
    H("The dumbledores are out on the rosemary already. Spring in the cottage garden at last. 🐝",
      note="separate personal account: garden"),
    H("Two of the grandchildren came to help plant potatoes. One planted them, the other dug them up again to check. Both had squash and cake. Highly efficient.",
      note="personal account: grandchildren, unnamed"),
    H("The thatcher's been to look at the ridge. 'Another ten years in her,' he says. I'll take that. So will the sparrows who live in it.",
      note="personal account: her thatched cottage"),
    H("My late husband's sweet peas are up, from seed he saved the year before he died. Every spring I think they won't come, and every spring they do. 💜",
      note="personal account: family memory"),
    H("Marmalade day. Twelve jars, one burnt pan, and the kitchen smells of Seville oranges and triumph.",
      note="personal account: kitchen"),
])

# ===== moderation.third-party-comments: positive accounts (facebook pages) =====

account("@AnnabelQuarrieLD", MO, "positive", "facebook", about="Annabel Quarrie, Leader", rows=[
    F("The county's relief road consultation closes on 31 March. Our cabinet has set out the district's response: we support a relief road for Ditcham Down, but not across the Wendle water meadows. Read the paper and tell me what you think.",
      note="filler: owner's post; comments follow"),
    CP("Trevor Scammell", "You've been bought and paid for by the tree huggers Annabel. Traitor to this town. Hope someone puts a brick through your office window.",
       "BI PA DF", note="threat and corruption slur at the page owner, left up"),
    CH("Bex Rendle", "The blue route floods every winter, glad someone's finally saying it. Ditcham Down needs something though, the lorries past the school are terrifying.",
       note="civil comment"),
    CP("Jonno Fox", "Stupid f***ing woman. Build the f***ing road.",
       "AB PA", note="obscene abuse at the page owner, left up"),
    CH("@AnnabelQuarrieLD", "Bex, you're right about Ditcham Down, and our response asks the county for a weight limit and a crossing there whichever route they choose. Thanks for reading it properly.",
       note="owner's reply to a civil commenter under the same post; the abusive comments stay up"),
    F("Harnford's Wednesday market is moving to the Corn Exchange car park for three weeks while the cobbles are relaid. Same traders, same times.",
      note="filler: owner's post; comments follow"),
    CP("Lorraine Biddle", "The bloke on the fish stall, Reg Coombes, lives at 9 Tanner's Row and he's been selling out of date stuff for years, everyone knows. Report him.",
       "DP DF", note="names a private trader with his address and an allegation, left up"),
    CH("Dominic Yeo", "Three weeks with no market in the square will kill the cafés. Typical council, nobody thinks about the knock-on.",
       note="rude-but-fair comment about the council"),
])

account("@PiersHollingbury", MO, "positive", "facebook", about="Piers Hollingbury, Leader of the Conservative Group", rows=[
    F("The old coaching inn on Bridge Street has been bought by a housing association to provide 24 flats for single homeless people. I've asked for a public meeting so residents can put their questions about management and support.",
      note="filler: owner's post; comments follow"),
    CP("Craig Lush", "Full of junkies and smackheads within a month. Half of them will be foreign. Burn it down before they move in.",
       "BI EQ AB", note="incitement and a xenophobic line, left up"),
    CH("Fran Oddie", "I volunteer at the night shelter and most of the people we see grew up round here. A public meeting is a good idea, please invite the housing association to answer questions.",
       note="civil comment"),
    CP("Maxine Pym", "Everyone knows that housing officer Nadia Qureshi got her job because of her religion and she's giving all the flats to her own lot.",
       "EQ DF OI PA", note="religion-based allegation against a named officer, left up"),
    CH("@PiersHollingbury", "Fran, thank you. I've asked the housing association to attend and to bring their support staff. Date to follow.",
       note="owner's reply to a civil commenter"),
    F("Pellingbourne: the county has confirmed the weight limit will be enforced from next month. Thank you to everyone who wrote in.",
      note="filler: owner's post; comments follow"),
    CP("Nobby Clarke", "About time. Now do something about the tw*ts from the Camp racing through at 2am. Its the same lad every night, Lance Corporal Kieran Hutley, red Golf, plate ends 4KX. Ban him.",
       "DP AB PA", note="names a soldier with a partial number plate, left up"),
    CH("Daphne Sweet", "Brilliant news, thank you Piers. My windows have rattled for years.",
       note="civil comment"),
])

account("@RohanMistryLD", MO, "positive", "facebook", about="Rohan Mistry, Deputy Leader and Finance", rows=[
    F("Budget 2026/27: council tax will rise by 2.99%, the most allowed without a referendum. It protects the weekly bin collection, the leisure centre and the rural bus subsidy. The full report is on the council website.",
      note="filler: owner's post; comments follow"),
    CP("Dennis Durrant", "Another grasping Indian telling us how to spend our money. Go back to where you came from Rohan.",
       "EQ PA", note="racist abuse at the page owner, left up"),
    CH("Heather Lomax", "2.99% on top of everything else is a lot for pensioners. Is there any help for people just over the council tax support threshold?",
       note="civil question"),
    CH("@RohanMistryLD", "Heather, yes: the hardship fund covers people just above the threshold. Ring the council tax team on 01632 960277 or ask at Riverside House reception.",
       note="owner's reply with the council team's number"),
    CP("Rodney Whitlow", "Harriet Bowditch the finance director has been fiddling her expenses for years, ask anyone at Riverside House. That's where your 2.99% goes.",
       "DF OI", note="allegation of dishonesty against a named officer, left up"),
    F("Thank you to the 1,140 residents who took part in the budget consultation. Top priority was potholes, then the bin service, then the high street.",
      note="filler: owner's post; comments follow"),
    CP("Shaun Ruddle", "Potholes are county you muppet 😂 Do you even know what you do all day? Useless c**t",
       "AB PA", note="obscene insult at the page owner, left up"),
    CH("Ann-Marie Howlett", "Potholes are county, true, but the district could push harder on the ones in the market square. Appreciate you publishing the results though.",
       note="civil comment"),
])

account("@GilesOrmerodCon", MO, "positive", "facebook", about="Giles Ormerod, Ashmere, a watercress grower", rows=[
    F("The Ashmere watercress beds have put in new settlement ponds to cut the phosphate going into the Wendle. Open morning on Saturday for anyone who'd like to see how it works.",
      note="filler: owner's post; comments follow"),
    CP("Rich Tolley", "Green clowns like Luke Ambler and his mate Ros Pettifer want us all living in caves. Ros lives in that blue van at Drowner's Copse, reg ends 7PY, go and tell her what you think.",
       "DP BI PA", note="points readers at a private person's van and plate, left up"),
    CH("Lizzie Mawson", "Settlement ponds are a good step. Will you publish the monitoring results? The river keepers would love to see the before and after.",
       note="civil question"),
    CH("@GilesOrmerodCon", "Lizzie, yes. Quarterly, on the farm website, starting with the March figures.",
       note="owner's reply"),
    CP("Shane Biddlecombe", "Whoever's poaching the Abbey beat at night, it's Kyle Dunn off the Northgate estate, 14 Cooper House, he's got previous for it. Someone sort him out.",
       "DP DF BI", note="names a private person with address and alleged record, invites action; left up"),
    F("Ashmere village hall has its new defibrillator, thanks to the parish council and the Ashmere Players' panto takings. Training evening on the 12th.",
      note="filler: owner's post; comments follow"),
    CP("Mick Tranter", "Shame it won't work on that fat slob Debbie Carver who runs the parish council. Heart attack waiting to happen.",
       "PA DP", note="abuse of a named parish figure with a health jibe, left up"),
    CH("Clem Pengelly", "Brilliant. The Players should do a panto about the bypass next, it's got a villain for everyone.",
       note="joke; nothing personal"),
])

account("@SaffronDyerGreen", MO, "positive", "facebook", about="Saffron Dyer, Cressbourne", rows=[
    F("I joined the Save the Wendle Meadows walk on Sunday. Three hundred people, from toddlers to a 90-year-old drowner's daughter. Whatever your view on the relief road, the meadows are worth seeing.",
      note="filler: owner's post; comments follow"),
    CP("Lewis Barstow", "Hope the diggers run you over you soppy little tart.",
       "BI AB PA EQ", note="threat and sexist abuse at the page owner, left up"),
    CH("Geoff Allard", "I've lived in Ditcham Down forty years and we need that road. Walking across a field won't stop the lorries going past my front door. You Greens never think about us.",
       note="angry but fair"),
    CH("@SaffronDyerGreen", "Geoff, that's fair, and Ditcham Down needs an answer. I'd like to come and stand on your road at rush hour and see it for myself. Message me?",
       note="owner's reply"),
    CP("Tina Rowsell", "The organiser Ros Pettifer is a known druggie, she was in rehab in Bristol, ask anyone.",
       "DP DF", note="health and drug allegation about a named private person, left up"),
    F("Cressbourne watercress festival is on 16 May. Stalls, cress soup, the cress-eating contest and the duck race. Volunteers wanted for the car park.",
      note="filler: owner's post; comments follow"),
    CP("Ricky Gorringe", "Cressbourne is full of grockles and lezzas these days, no wonder it's gone downhill.",
       "EQ AB", note="homophobic slur, left up"),
    CH("Maureen Tibbs", "Can we have more parking this year? Last time the grockles were parked all over my verge. Otherwise a lovely do.",
       note="grumble with local idiom; nothing to remove"),
])

account("@KenLustedLab", MO, "positive", "facebook", about="Ken Lusted, Harnford Market", rows=[
    F("Friday nights in Harnford Market Square: the police, the Camp's welfare team and the licensees met yesterday. More street pastors, a taxi marshal and earlier last orders at two venues. Let's keep the town centre safe for everyone.",
      note="filler: owner's post; comments follow"),
    CP("Dave Ruffle", "Squaddies are animals, the lot of them. Lock the Camp gates at six and throw away the key. Never seen so many ugly thick thugs in one town.",
       "PA AB", note="abuse of soldiers as a group, left up"),
    CH("Mel Oduya", "Most of the lads and lasses from the Camp just want a quiet drink. Glad the welfare team were there, that's the right way to do it.",
       note="civil comment"),
    CP("Carl Brindley", "Inspector Gareth Lowry is a useless fat p***k who couldn't police a tea party. Sack him.",
       "PA AB", note="obscene insult at a named police inspector, left up"),
    CH("@KenLustedLab", "Mel, agreed, and thank you. The welfare officers have asked for residents' feedback after each Friday.",
       note="owner's reply"),
    F("Harnford Market ward: the rough sleeper outreach team is out every morning this month. If you see someone sleeping out, call the team on 01632 960355.",
      note="filler: owner's post; comments follow"),
    CP("Janice Hollis", "There's one in the doorway of the old bank every night, his name's Stuart Pask, he's a nonce, he's on the register, my sister knows his family.",
       "DP DF BI", note="names a rough sleeper with an alleged sexual offence record, left up"),
    CH("Ollie Vesey", "Good. The outreach team helped my brother two winters ago. They're brilliant.",
       note="civil comment"),
    CH("Pete Garbutt", "Outreach is all well and good but the council's been useless at actually housing anyone. Sort it out.",
       note="rude-but-fair comment about the council"),
])

# ===== moderation.third-party-comments: hard-negative accounts (facebook pages) =====

account("@SunitaRaiLD", MO, "hard_negative", "facebook", about="Sunita Rai, Brockdown", rows=[
    H("Brockdown skate park: the new lighting switches off at 9pm and the bins are emptied daily from this week. Thanks for all your feedback.",
      note="owner's post on a page with only acceptable comments"),
    CH("Jordan Pill", "Took the council two years to change a light bulb. Outstanding work. 🙄",
       "IR", note="sarcasm at the council as an institution; acceptable to leave up"),
    CH("Priti Gurung", "Thank you Sunita. My son goes there most evenings and it feels much safer now.",
       note="civil comment"),
    CH("@SunitaRaiLD", "Jordan, fair, it took far too long. I've asked for a proper timetable for the toilets too.",
       note="owner's reply conceding the point"),
    H("Notice: I've removed a comment from last week's post that named a young person and accused him of a crime. I won't leave up anything that identifies children or accuses people of offences. Debate the issues as hard as you like.",
      note="removal notice: the page owner moderating"),
])

account("@GeraldMapplebeck", MO, "hard_negative", "facebook", about="Gerald Mapplebeck, Longcross", rows=[
    H("Longcross: the 64 bus goes two-hourly from April. I've asked the operator and the county to reconsider and I'll share their replies here.",
      note="owner's post"),
    CH("Brian Kitto", "Councillors never listen. We'll be walking to the hospital next. Pathetic.",
       note="rude-but-fair comment"),
    CH("Elsie Hamblin", "I'm 86 and that bus is my lifeline. It's an unket walk up from Longcross in the dark. Thank you for fighting it, Gerald.",
       note="civil comment giving her own age"),
    CH("Dan Shergold", "Maybe if your party hadn't gutted bus funding for fourteen years we wouldn't be here, Gerald. Bit rich.",
       note="robust political comment at the page owner"),
    CH("@GeraldMapplebeck", "Dan, you're entitled to that view and I won't pretend every decision was right. Right now I just want the 64 kept.",
       note="owner's reply"),
])

account("@NellTaskerGreen", MO, "hard_negative", "facebook", about="Nell Tasker, Planning and Infrastructure", rows=[
    H("The flood model for the Wendle water meadows is now published in full, as I promised Sallowmead residents. Read it, pick holes in it, tell me what you find.",
      note="owner's post"),
    CH("Clifford Foxley", "Published it AFTER you'd made your mind up. Window dressing. You should be ashamed of this whole process.",
       note="angry but fair: criticism of the process"),
    CH("Jess Amory", "Thank you for publishing it. The Sallowmead sections are really clear.",
       note="civil comment"),
    CH("Howard Penfold", "Absolute joke of a consultation. The blue route is a disaster and you know it. Do your job properly.",
       note="robust criticism of the page owner's work"),
    CH("@NellTaskerGreen", "Howard, I'd genuinely like to hear which part of the model you think is wrong. Come to the drop-in at Sallowmead on Thursday?",
       note="owner's reply"),
    H("Thank you to everyone who emailed about the consultation. I read every one. Some of you were very cross with me, which is your right. A summary of the themes next week.",
      note="owner's post"),
])


if __name__ == "__main__":
    main()
