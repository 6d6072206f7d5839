#!/usr/bin/env python3
"""Build accounts.jsonl for blind set b184 (account-level rules, Chasebury District Council).

Every text, label and note below was written by hand. The script only picks
dates and times (fixed seed), keeps each account's rows in written order,
shuffles the rows, gives ids B184-0001 onwards, resolves parent_id and the
{key} references in notes, and computes each verdict as the highest base
severity among the expected rules.

    python3 build.py              writes accounts.jsonl next to this file
    python3 build.py --out FILE   writes FILE instead (validate.py uses this)
"""
import datetime as dt
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True

SEED = 18418
SET = "B184"
FIRST_DAY = dt.date(2026, 1, 26)   # Monday
LAST_DAY = dt.date(2026, 4, 10)    # Friday

HARASS = "harassment.repeated-target"
MIXED = "capacity.mixed-account"
MOD = "moderation.third-party-comments"

BASE = {
    "respect.personal-attack": "review", "respect.abusive-language": "review",
    "bullying.intimidation": "block", "equality.discrimination": "block",
    "officers.impartiality": "review", "confidentiality.disclosure": "review",
    "confidentiality.insider-advantage": "review", "data-protection.personal-data": "review",
    "predetermination.closed-mind": "review", "capacity.council-voice": "review",
    "resources.political-use": "review", "position.improper-advantage": "review",
    "interests.declared-interest": "review", "gifts.hospitality": "advice",
    "defamation.allegation": "review", "copyright.third-party-content": "advice",
    "haste.pause-before-posting": "advice", "meetings.during-meeting": "advice",
    "security.credentials": "block", "tone.irony-risk": "advice",
    HARASS: "block", MOD: "review", MIXED: "advice",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

PA = "respect.personal-attack"
AL = "respect.abusive-language"
BI = "bullying.intimidation"
EQ = "equality.discrimination"
OI = "officers.impartiality"
DP = "data-protection.personal-data"
DEF = "defamation.allegation"
IR = "tone.irony-risk"
HA = "haste.pause-before-posting"
SEC = "security.credentials"


def R(key, kor, text, rules=(), allowed=(), note="", kind="post", by=None,
      after=(), before=()):
    # after/before: keys of posts in accounts written earlier in this file
    # that this post must come after or before (by day), so that posts
    # answering one another stay in order.
    return {"key": key, "kor": kor, "text": text, "rules": list(rules),
            "allowed": list(allowed), "note": note, "kind": kind, "by": by,
            "after": list(after), "before": list(before)}


def C(key, kor, by, text, rules=(), allowed=(), note=""):
    return R(key, kor, text, rules, allowed, note, kind="comment", by=by)


ACCOUNTS = []


def account(author, platform, pattern, role, rows, acct="councillor"):
    ACCOUNTS.append({"author": author, "platform": platform, "pattern": pattern,
                     "role": role, "account": acct, "rows": rows})


# ---------------------------------------------------------------------------
# harassment.repeated-target: positive accounts
# ---------------------------------------------------------------------------

account("@DarrenWhitehouseRUK", "x", HARASS, "positive", [
    R("dw1", "filler", "Furze Heath surgery this Saturday 10-12 at the Heath Lane Methodist hall. Potholes on Heath Lane, the bus cuts, the state of the play area, bring it all. Kettle's on.",
      note="Ward surgery notice; nothing. Darren Whitehouse's hostile posts at the Leader are {dw2}, {dw4}, {dw5}, {dw7}."),
    R("dw2", "positive", "Denise Harland has sat on this council since before they shut the pits and what has Coldhay got to show for it? A lanyard, a photo with a gold chain and a shut library. Time you went Denise. Dead wood.",
      allowed=[PA],
      note="Hostile occasion 1 of 4 against the Leader, Denise Harland: derides her as a person ('Dead wood') rather than a decision. Mild enough that personal attack is allowed, not expected. Compare Adam Chell's civil criticism of the same closures, {ac1}, {ac4}."),
    R("dw3", "filler", "Good turnout at the Furze Heath residents meeting about the quarry lorries. Highways are coming out to look at a weight limit on Quarry Hill. Small win but we'll take it.",
      note="Ward news; nothing."),
    R("dw4", "positive", "@DeniseHarlandLab Congratulations on the Local Leader of the Year shortlisting 👏👏 Thoroughly deserved for shutting two libraries and a pool in one term. Inspirational stuff. Truly.",
      rules=[IR], allowed=[PA], kind="reply",
      note="Hostile occasion 2 of 4 ({dw2}): an @reply of mock congratulation. Irony expected; personal attack allowed. The reply's parent is not in the set."),
    R("dw5", "positive", "Denise has blocked me. Fine. I'll be sat on the front row at her surgery at the Miners' Welfare every month till she answers the question she keeps dodging. You can't block a chair Denise.",
      allowed=[BI],
      note="Hostile occasion 3 of 4: pursues her in person after she blocked him online. Turning up to a surgery is lawful, so bullying is allowed rather than expected; in this course of conduct it is hostile."),
    R("dw6", "filler", "Reform UK's budget amendment: freeze car park charges in Coldhay and Chasebury for a year, paid for by cutting the consultants budget. Full costings here example.org/furzeheath-budget",
      note="Party policy on the budget; nothing."),
    R("dw7", "positive", "Everybody in Coldhay knows Denise leaves the civic centre at half five and cuts down the jitty by the chippy to get to her car. Funny she's never bothered about the lighting down there till now. Might want to think about how she treats people eh.",
      rules=[BI],
      note="Hostile occasion 4 of 4: names her routine and route and ends with a veiled warning. Intimidation expected. Her movements are not private personal data (a public office holder), so data protection is not allowed."),
])

account("@GilesVenables", "x", HARASS, "positive", [
    R("gv1", "filler", "Fernley Bank residents: the consultation on the new parking permit zone closes on the 20th. I've sent in a written response on behalf of the Bank Street traders. Have your say: example.com/chasebury-permits",
      note="Consultation notice; nothing. His posts about Sophie Wakelin are {gv2}, {gv4}, {gv6}."),
    R("gv2", "positive", "Watching Cllr Wakelin present the leisure strategy tonight was like watching a sixth former do a project she'd finished on the bus that morning. Sweet, but someone should have checked her homework.",
      rules=[PA], allowed=[EQ, IR],
      note="Hostile occasion 1 of 3 against Sophie Wakelin, the youngest member: belittles her as a child rather than engaging the strategy. Personal attack expected; the age put-down allows equality, 'Sweet' allows irony. Marion Coyle criticises the same strategy civilly: {mc1}, {mc5}."),
    R("gv3", "filler", "Conservatives will move an amendment on Thursday to keep Fernley Bank pool open on weekday mornings. The over-60s swim club has used it for 30 years and the cabinet report doesn't even mention them.",
      note="Policy criticism of the leisure strategy with no person named: the kind of post {gv2} could have been. Nothing."),
    R("gv4", "positive", "@SophieWakelinLab With respect, dear, when you've paid a mortgage or run anything bigger than a student union bake sale I'll take lectures on budgets from you. Until then do sit down.",
      rules=[PA], allowed=[EQ], kind="reply",
      note="Hostile occasion 2 of 3 ({gv2}), an @reply: 'dear', 'student union bake sale', 'do sit down'. Personal attack expected; age and sex allow equality."),
    R("gv5", "filler", "Thank you to Fernley Bank WI for having me at their 90th anniversary tea. Lovely afternoon and I was told in no uncertain terms what to do about the bins on Kiln Street.",
      note="Community visit; a WI tea is not hospitality from anyone seeking a council decision. Nothing."),
    R("gv6", "positive", "Sophie Wakelin is what you get when Labour picks its candidates off Instagram. Nice photos, nothing behind them. Fernley Bank deserves a grown up in charge of its pool.",
      rules=[PA], allowed=[EQ],
      note="Hostile occasion 3 of 3: dismisses her as an image, not a grown-up. Personal attack expected; equality allowed (age, and sex by implication). Counter-speech against this line: {mc3}."),
])

account("@TinaFradleyCN", "facebook", HARASS, "positive", [
    R("tf1", "filler", "COLDHAY NORTH UPDATE 📣 The gritter route now includes Headstock Rise and the top of Pit Lane after I raised it with the depot. Thanks to everyone who sent me photos of the ice. Check on your elderly neighbours x",
      note="Ward news; the capital heading is a heading, not shouting. Nothing. Her posts about Kelly Aston are {tf2}, {tf4}, {tf5}, {tf7}."),
    R("tf2", "positive", "Kelly Aston was all smiles on the Pithead estate at election time. Now shes got her cabinet job she can't even come to the residents meeting. Two faced doesn't cover it. Coldhay North sees right through you Kelly.",
      rules=[PA],
      note="Hostile occasion 1 of 4 against her own ward colleague Kelly Aston (Cabinet, Housing). 'Two faced' is aimed at the person. Personal attack expected."),
    R("tf3", "filler", "Massive thank you to the Coldhay North litter pickers who filled 42 bags along the old mineral line on Sunday 💪 Next one is the 1st, meet at the Welfare car park 10am, grabbers and hi vis provided.",
      note="Volunteer thanks; nothing."),
    R("tf4", "positive", "Funny how Kelly Aston grew up on the Pithead and now talks down to everyone on it like we're something on her shoe. Forgot where she came from. Mardy cow wouldn't even look at me at the ward surgery.",
      rules=[PA], allowed=[EQ],
      note="Hostile occasion 2 of 4 ({tf2}): 'Mardy cow'. Personal attack expected; the gendered insult allows equality."),
    R("tf5", "positive", "Been asked a lot why the first six keys on the new Colliery Road bungalows went where they went. Not for me to say. Ask Kelly Aston who her cousin is. Just saying 🤷‍♀️",
      allowed=[DEF],
      note="Hostile occasion 3 of 4: insinuates favouritism in lettings without stating it. Defamation allowed, not expected; the allegation is made outright in {tf7}. The same lettings appear in a moderation account: {ka1}."),
    R("tf6", "filler", "Our petition to bring back the 62 bus on Sundays has hit 400 signatures. I'll be handing it in at full council. Sign at the Headstock Rise shop or online example.net/bus62",
      note="Petition notice; nothing."),
    R("tf7", "positive", "I'll say it plainly. Kelly Aston fiddled the housing list so her own family jumped the queue on Colliery Road. She is a liar and a cheat and she should resign.",
      rules=[PA, DEF],
      note="Hostile occasion 4 of 4: states corruption in lettings as fact. Defamation and personal attack expected."),
])

account("@LeeBickleyReform", "x", HARASS, "positive", [
    R("lb1", "filler", "Hollyford bin collections: if you've been missed since the new rounds started, reply with your street and I'll chase it. Three weeks is not acceptable for anyone.",
      note="Complaint about a service with no officer named; nothing. Compare {lb2}, which names the Head of Environmental Services."),
    R("lb2", "positive", "Phil Mountford, the council's head of bins, is on the thick end of 90 grand and can't get a wagon down Hollyford Road. If he worked at the distribution park he'd have been walked off site by now. Useless.",
      rules=[PA, OI],
      note="Hostile occasion 1 of 3 against an officer, Phil Mountford. Officers' impartiality and personal attack expected. A senior officer's published pay band is not private data."),
    R("lb3", "filler", "Asked at scrutiny tonight why the new rounds weren't tested in the villages first. Answer: they were 'modelled'. Modelled on what, a map of Milton Keynes?",
      note="Sarcasm aimed at a process, not a person; no officer named. Nothing."),
    R("lb4", "positive", "Still no apology from Mountford. Still no bins in Hollyford. I've put an FOI in for his bonus and his mileage. The man's a disgrace.",
      rules=[PA, OI],
      note="Hostile occasion 2 of 3 ({lb2}): 'The man's a disgrace', and an FOI framed as pursuit of the officer personally. Officers' impartiality and personal attack expected."),
    R("lb5", "filler", "Hollyford in Bloom meeting moved to the Crown's back room, 7pm Wednesday. New members welcome, especially anyone who knows what to do with a hanging basket in March 🌸",
      note="Community notice; nothing."),
    R("lb6", "positive", "Here's what I want every Hollyford resident to do. Ring the depot every single morning and ask for Phil Mountford by name. Every morning. Email him, tag him, stop him in the car park. Let's see how long he lasts.",
      rules=[BI, OI],
      note="Hostile occasion 3 of 3: incites a pile-on against an officer ('Let's see how long he lasts'). Intimidation and officers' impartiality expected."),
])

account("@ShaneAldridgeRUK", "facebook", HARASS, "positive", [
    R("sa1", "filler", "Furze Heath: the mobile library is back on Tuesdays from next month after a lot of nagging from me and Darren. Stops at the Heath Lane shops 10 till half 11.",
      note="Ward news; nothing. His posts about Owen Parfitt are {sa2}, {sa3}, {sa5}, {sa6}."),
    R("sa2", "positive", "Owen Parfitt wants half the Chase car parks shut and the rest of us cycling to Brackenhurst. Course he does, he's never had to get up for a shift in his life. Trust fund tree hugger playing at councillor.",
      rules=[PA],
      note="Hostile occasion 1 of 4 against Owen Parfitt (Green): the policy is mentioned, but the post turns to the man ('Trust fund tree hugger playing at councillor'). Personal attack expected."),
    R("sa3", "positive", "Tried to listen to Cllr P-P-P-Parfitt at planning committee last night. Forty minutes to get one sentence out. Would have been quicker in writing. Next time send a note Owen 😂",
      rules=[PA, EQ],
      note="Hostile occasion 2 of 4: mocks his stammer. Disability discrimination and personal attack expected. Graham Lowbridge condemns this post in {gl2}."),
    R("sa4", "filler", "Lovely to see the Furze Heath Juniors at their presentation night. Kids were brilliant. Thanks to the coaches who give up every Sunday morning.",
      note="Community thanks; nothing."),
    R("sa5", "positive", "Green councillor Owen Parfitt had the brass neck to lecture us about deer on the Chase roads. Owen you're a joke mate. Nobody in Furze Heath voted for you and nobody ever will.",
      rules=[PA],
      note="Hostile occasion 3 of 4: 'you're a joke mate'. Personal attack expected. Owen Parfitt's own post on the deer collisions is {op1}."),
    R("sa6", "positive", "Owen Parfitt has blocked me. Brave lad. I've got his surgery times and the village hall booking sheet and I'll be there with a few of the lads every week till he grows a pair and answers.",
      rules=[BI], allowed=[PA],
      note="Hostile occasion 4 of 4: after a block, promises to turn up 'with a few of the lads' every week. Intimidation expected; 'grows a pair' allows personal attack. Compare {dw5}, which comes alone and allows bullying only."),
])

account("@FrankTunnicliffe", "facebook", HARASS, "positive", [
    R("ft1", "filler", "Road closure: Quarry Hill, Furze Heath, 9th to 13th for water main works. Diversion via Heath Lane and Chase View Road, buses divert too. Sorry folks, it's got to be done.",
      note="Road closure notice; nothing. His two hostile posts are {ft3} and {ft6}, the minimum for the account rule."),
    R("ft2", "filler", "40 years since they shut Furze Heath colliery. My dad did 30 years down there. Memorial service at the pit wheel Saturday 11am, all welcome, bring the grandkids.",
      note="Anniversary notice with a communal aside; nothing."),
    R("ft3", "positive", "Cllr Raj Bhambra stood up at budget council and told Furze Heath we'd all have to tighten our belts. Says the man in the new Audi. Couldn't run a tuck shop, wouldn't last a week on a pit pension.",
      rules=[PA],
      note="Hostile occasion 1 of 2 against Raj Bhambra (Deputy Leader, Finance): 'Couldn't run a tuck shop'. Personal attack expected. Hannah Bostock criticises the same budget civilly: {hb1}, {hb3}."),
    R("ft4", "filler", "Furze Heath Community Centre roof fund is at £11,200 of £15k. Thank you to the Bowls Club for their bucket collection. Next quiz night is the 27th.",
      note="Community fundraising; nothing."),
    R("ft6", "positive", "Raj Bhambra's had his snout in the trough long enough. Time he was gone. Furze Heath won't forget Raj.",
      rules=[PA], allowed=[DEF],
      note="Hostile occasion 2 of 2 ({ft3}): 'snout in the trough' insinuates improper gain, so defamation is allowed. 'Won't forget' reads as electoral, not a threat; bullying not allowed."),
])

account("@WayneShentonCN", "x", HARASS, "positive", [
    R("ws1", "positive", "Darren Whitehouse doing his pound shop populist routine at full council again. All mouth and no trousers. Furze Heath deserves better than a gobby nobody reading out press releases he didn't write.",
      rules=[PA],
      note="Hostile occasion 1 of 5 (the maximum) against Darren Whitehouse (Reform UK leader): 'a gobby nobody'. Personal attack expected. A Labour harasser of an opposition leader, who is himself a harasser ({dw2})."),
    R("ws2", "filler", "Coldhay North: new LED street lights going in on Colliery Road, Headstock Rise and Lamp Row this month. Ask me if yours isn't on the list and I'll find out why.",
      note="Ward news; nothing."),
    R("ws3", "positive", "Whitehouse's granddad went back in '84 before Christmas. Everybody in Coldhay knows it. Scab blood. Apple doesn't fall far. Don't come round here lecturing us about working people Darren.",
      rules=[PA],
      note="Hostile occasion 2 of 5: 'Scab blood' is about the gravest insult in a pit town, aimed at him through his family. Personal attack expected."),
    R("ws4", "positive", "@DarrenWhitehouseRUK Oh bravo Darren, another viral clip. Truly a statesman for our times. Bet your mum's proud 🙄🙄",
      rules=[IR], allowed=[PA], kind="reply",
      note="Hostile occasion 3 of 5, an @reply of mock praise. Irony expected; personal attack allowed."),
    R("ws5", "positive", "Darren Whitehouse is a chancer and a leech. He'd sell his own nan for a better place on the list. There's nothing there, just a suit full of wind.",
      rules=[PA],
      note="Hostile occasion 4 of 5: 'a chancer and a leech'. Personal attack expected."),
    R("ws6", "filler", "Proud to back the Coldhay Miners' Welfare bid to re-roof the band room. Third generation of the Coldhay Colliery Band practising in there. Goes to cabinet next month.",
      note="Support for a grant bid (not a quasi-judicial matter); nothing."),
    R("ws7", "positive", "Darren. We know where the Whitehouses drink of a Friday. Furze Heath Tavern, back room, by the dartboard. Coldhay's got a long memory pal. Think on.",
      rules=[BI],
      note="Hostile occasion 5 of 5: names his family's Friday routine and ends 'Think on'. Intimidation expected."),
])

account("@HilaryStatham", "bluesky", HARASS, "positive", [
    R("hs1", "filler", "Gorstyhay surgery this Friday, 4-6pm, at the library. I'll have the warm homes grant forms with me.",
      note="Surgery notice; nothing. Her posts about Ruth Aldersley are {hs2}, {hs4}, {hs6}."),
    R("hs2", "positive", "Oh look, Ruth Aldersley has discovered potholes. Welcome to the real world, Ruth 🙄 Next week she finds out buses don't run on good intentions.",
      rules=[IR], allowed=[PA],
      note="Hostile occasion 1 of 3 against Ruth Aldersley (Green): sarcasm at the person. Irony expected; personal attack allowed."),
    R("hs3", "filler", "Gorstyhay Park: the new play equipment goes in after Easter. I argued for the accessible roundabout and the cabinet agreed. Credit where it's due.",
      note="Ward news, credits the cabinet; nothing."),
    R("hs4", "positive", "Ruth Aldersley: never had a proper job, never run a business, never lived anywhere but a university town till she moved to Chasebury for the cheap rent. And she wants to tell a Gorstyhay pensioner how to heat her house. Spare us.",
      rules=[PA],
      note="Hostile occasion 2 of 3: dismisses her life, not her heating policy. Personal attack expected."),
    R("hs5", "filler", "Thank you to Gorstyhay Methodist for hosting the blood donor session. 63 donors on the day, a record.",
      note="Community thanks; nothing."),
    R("hs6", "positive", "Another day, another Ruth Aldersley meltdown on here. Someone take her phone off her before she embarrasses Chasebury Market any further. Honestly the woman is a liability.",
      rules=[PA],
      note="Hostile occasion 3 of 3: 'the woman is a liability'. Personal attack expected. Equality is not allowed: the put-down is not about sex on a fair reading, though a reader might argue it."),
])

# ---------------------------------------------------------------------------
# harassment.repeated-target: hard-negative accounts
# ---------------------------------------------------------------------------

account("@AdamChellCon", "facebook", HARASS, "hard_negative", [
    R("ac1", "hard_negative", "The Leader, Cllr Denise Harland, says closing Ashlow and Fernley Bank libraries saves £180k. I've read the report twice and that figure counts a building we'd still have to heat as a community hub. I think the sums are wrong and I'll be asking for them to be checked.",
      note="Civil criticism of the Leader's decision (1 of 5 mentions): the same target and topic as {dw2}, with the figures, not the person, under attack. Nothing."),
    R("ac2", "hard_negative", "Good on Denise Harland for fronting the pit wheel restoration appeal. Whatever our differences on libraries, this is one the whole chamber should get behind. I've put my tenner in.",
      note="Approving mention of the Leader; nothing."),
    R("ac4", "hard_negative", "Denise Harland's cabinet voted 7-2 tonight to close the libraries. I think it's the wrong decision for the wrong reasons and Ashlow will pay for it. We will call it in.",
      note="Robust criticism of a decision and an announced call-in; nothing."),
    R("ac5", "hard_negative", "Cllr Harland and I had a long and frank chat after scrutiny. We still disagree. But she's agreed to come out to Ashlow and see the library for herself, and I respect that.",
      note="Civil mention; nothing."),
    R("ac6", "hard_negative", "Scrutiny sent the library decision back to cabinet. Credit to the Leader for accepting that without a fight. Now let's look at it properly, the Friends of Ashlow Library deserve that much.",
      note="Fifth mention of the Leader, all civil; five mentions do not make a course of hostile conduct. Nothing."),
])

account("@HannahBostockLD", "bluesky", HARASS, "hard_negative", [
    R("hb1", "hard_negative", "Raj Bhambra's budget puts the garden waste charge up to £58. Lib Dems think that's a stealth tax on the villages, where everyone's got a garden and nobody's got a choice. We'll table an amendment.",
      note="Policy criticism of the Deputy Leader's budget (1 of 4 mentions), the target of {ft3}. Nothing."),
    R("hb2", "filler", "The zebra crossing outside Leys Primary is finally in. Three years of asking. Thanks to the parents who never gave up.",
      note="Ward news; nothing."),
    R("hb3", "hard_negative", "I like Raj, he's straight with you, and he's a better finance lead than some we've had. But this budget is a con on the villages and I'll say so on the 26th. Both things can be true.",
      note="'a con on the villages' is aimed at the budget, with the person praised. Nothing."),
    R("hb4", "filler", "Lovely afternoon at the Leys Community Centre spring fair. Samosas sold out by 2. Next year I'm getting there early.",
      note="Community event; nothing."),
    R("hb5", "hard_negative", "Budget night. The Deputy Leader's reserves figures don't add up to me: £4.1m in the summary, £3.6m in appendix D. Asked him in the chamber and he's promised a written answer. Fair enough, I'll post it when it comes.",
      note="Questions figures in the chamber; no allegation of dishonesty. Nothing."),
    R("hb6", "hard_negative", "Written answer from Cllr Bhambra on reserves came today. The gap is the car park sinking fund, moved between lines. Explained properly and quickly, thank you Raj. Still think the garden waste charge is wrong.",
      note="Civil follow-up to {hb5}; nothing."),
])

account("@JordanPaceRUK", "x", HARASS, "hard_negative", [
    R("jp1", "filler", "Hollyford: the speed camera van is booked for Station Road after the petition. Thanks to everyone who signed.",
      note="Ward news; nothing."),
    R("jp2", "hard_negative", "Wayne Shenton calling Reform voters thick at full council tonight. Says it all. The man's a dinosaur and a bully who thinks Coldhay is his own little fiefdom.",
      rules=[PA],
      note="One hostile post at Wayne Shenton ('a dinosaur and a bully'): personal attack expected. Only one occasion, and his later mentions ({jp4}, {jp5}) are civil, so no harassment."),
    R("jp3", "filler", "Hollyford Wanderers under 12s won the county cup on penalties. Absolute scenes on the rec. Proud of them.",
      note="Community news; nothing."),
    R("jp4", "hard_negative", "Credit where it's due: Wayne Shenton's motion on the colliery band room was a good one and I voted for it. That band is part of this district's history whatever your party.",
      note="Approving mention of the same person as {jp2}; nothing."),
    R("jp5", "hard_negative", "Cllr Shenton and I both spoke for the pothole fund at scrutiny tonight. Rare cross-party moment. Enjoy it while it lasts 😄",
      note="Friendly mention with light humour about politics, not a person. Nothing."),
])

account("@GrahamLowbridge", "x", HARASS, "hard_negative", [
    R("gl1", "filler", "Pitshill: Miners' Welfare warm space open Mon, Weds, Fri 10-3 all winter. Free soup, free wifi, no questions. Just come.",
      note="Community notice; nothing."),
    R("gl3", "hard_negative", "Wolves fans in Pitshill, I'll be at the Welfare bar Saturday to watch you lose again. Tara-a-bit to your three points. Up the Villa 💜💙 (first round's on me if it's a draw)",
      note="Football banter at rival fans; nothing."),
    R("gl4", "filler", "The pit wheel at Pitshill Cross is getting a repaint and a new plaque naming the 31 men lost in 1957. Families who'd like to be at the unveiling, message me.",
      note="Heritage notice; the men are named on a public memorial, not here. Nothing."),
    R("gl2", "hard_negative", "Shane Aldridge mocking a colleague's stammer in a public post and calling it banter. He's a nasty little bully and he knows it.",
      rules=[PA], after=["sa3"],
      note="Condemns {sa3}, but 'a nasty little bully' is still aimed at the person: personal attack expected. His only post at Shane Aldridge."),
    R("gl5", "hard_negative", "Giles Venables, who's never set foot in Pitshill without a satnav, telling us what the pit villages need. Pompous, out of touch, and about as much use as a chocolate fireguard.",
      rules=[PA],
      note="One hostile post at Giles Venables, a second person from {gl2}: personal attack expected, no repeated target."),
])

account("@MarionCoyleCon", "facebook", HARASS, "hard_negative", [
    R("mc1", "hard_negative", "Cllr Sophie Wakelin's leisure strategy cuts Fernley Bank pool's weekday hours from 60 to 38. I'll be voting against it at full council. The over-60s swim and the school lessons both lose out.",
      note="Policy criticism of the same strategy as {gv2} (1 of 4 mentions of Sophie Wakelin). A strategy vote is not quasi-judicial. Nothing."),
    R("mc2", "filler", "Fernley Bank bonfire committee is after two more volunteers. Planning starts now, it's good fun and you get a free hot dog on the night.",
      note="Volunteer appeal; nothing."),
    R("mc3", "hard_negative", "I've seen comments, some from people in my own party, about Cllr Wakelin's age. That's not on. She's a councillor like the rest of us and I'll argue with her plans, not her birthday.",
      after=["gv2"],
      note="Counter-speech against the line in {gv2}, {gv4}, {gv6}; nothing."),
    R("mc4", "hard_negative", "Met Sophie Wakelin and the swim club at the pool this morning. She listened, took notes, and has asked for a 48-hour option to be costed. Not there yet, but that's a proper response.",
      note="Civil, approving mention; nothing."),
    R("mc5", "hard_negative", "The revised leisure report still shuts the pool on Monday mornings. Cllr Wakelin has moved a long way and I thank her for it, but I'm not there yet. Amendment going in for Thursday.",
      note="Continued disagreement with the policy; nothing."),
])

# ---------------------------------------------------------------------------
# capacity.mixed-account: positive accounts
# ---------------------------------------------------------------------------

account("@RoyDeggCVI", "facebook", MIXED, "positive", [
    R("rd1", "filler", "Brackenhurst & Oxbrook: the Chase rangers are shutting the Oxbrook Valley car park for resurfacing from the 16th for two weeks. Park at the village hall and walk up the old tramway.",
      note="Ward notice on his councillor page; nothing. His personal posts on the same page are {rd2}, {rd4}, {rd6}."),
    R("rd2", "positive", "Birds are back in the loft after a rough winter 🐦 Young bird season can't come quick enough. Our Lynn says I spend more time with them pigeons than with her and she's not wrong.",
      allowed=[DP],
      note="Pigeon racing and his wife, by name, on a councillor page: mixed account. Naming a private family member allows data protection."),
    R("rd3", "filler", "Full council agreed the dog fouling order for the Chase edge tonight. Fines up to £100. Most dog walkers round here are brilliant, this is for the few.",
      note="Council business; nothing."),
    R("rd4", "positive", "Lynn had her new hip done at the General on Tuesday. Home Friday all being well. Up with the frame and already telling me I'm hoovering wrong 😂 Thank you to the nurses on ward 9.",
      allowed=[DP],
      note="A named wife's operation on a councillor page: mixed account expected; her health allows data protection."),
    R("rd5", "filler", "The parish council and I are pushing for the 20mph outside Brackenhurst school to be made permanent. Survey: 71% in favour. Thanks to all who filled it in.",
      note="Council business; nothing."),
    R("rd6", "positive", "Missed the darts final at the club for our grandson Alfie's 5th birthday party. Bouncy castle, two dozen kids and one knackered grandad. Wouldn't change it.",
      allowed=[DP],
      note="Family party naming a grandchild and his age: mixed account; a named child allows data protection."),
])

account("@TracyBouldCS", "facebook", MIXED, "positive", [
    R("tb1", "positive", "Ay up! Back from a week in Tenerife ☀️🍹 Came home to 4 degrees and rain. Bit of a shock to the system, feeling proper nesh today.",
      note="Holiday post on a councillor page; mixed account. Nobody named, nothing else allowed."),
    R("tb2", "filler", "Coldhay South bins over the bank holiday: Friday's collection will be on Saturday. Don't put your brown bin out, garden waste doesn't restart till the spring round.",
      note="Bin notice; nothing. Her personal posts are {tb1}, {tb3}, {tb6}."),
    R("tb3", "positive", "Our Chloe's found THE dress 👰‍♀️😭 Six shops, two trips to Brum, one meltdown (mine). Wedding's in August and I'm already a wreck.",
      allowed=[DP],
      note="Daughter's wedding dress, daughter named: mixed account; data protection allowed."),
    R("tb4", "filler", "New bus shelter on Coldhay Road outside the medical centre is in. Eighteen months and three emails a week but we got there.",
      note="Ward news; nothing."),
    R("tb6", "positive", "Happy 40th anniversary to me and my Steve. Married at St Luke's in Coldhay when he was still down the pit and I was on the tills at Pitshill market. Love you duck ❤️",
      allowed=[DP],
      note="Wedding anniversary naming her husband: mixed account; data protection allowed."),
])

account("@CallumTranter", "x", MIXED, "positive", [
    R("ct1", "filler", "Planning committee tomorrow has the Coldhay Road retail park extension on. I'm not on the committee but I've passed on residents' comments about the roundabout. Livestream on the council site.",
      note="Council business, with no settled view; nothing. His personal posts are {ct2}, {ct4}, {ct6}."),
    R("ct2", "positive", "New deadlift PB this morning, 210kg 💪 Three years ago I couldn't do a press up. Whatever you're working on, keep at it.",
      note="Gym post on a councillor account; mixed account, nothing else."),
    R("ct3", "filler", "Apprenticeship fair at Coldhay College on the 18th. 30 local employers and the council's own schemes. If you're 16-24 and sick of being told you've got no options, come down.",
      note="Council event; nothing."),
    R("ct4", "positive", "Wolves away at the weekend. Four hours on the coach for 90 minutes of pain. Never again. (I'll be on the coach next month.)",
      note="Football on a councillor account; mixed account."),
    R("ct5", "filler", "Coldhay South: the pothole at the bottom of Lamp Row that's eaten three tyres this month is booked in for Tuesday. Thanks for all the reports.",
      note="Ward news; nothing."),
    R("ct6", "positive", "Happy birthday to my girlfriend Megan, who puts up with the gym, the football, the council meetings and my cooking. Italian in Chasebury tonight 🥂",
      allowed=[DP],
      note="Partner named on a councillor account: mixed account; data protection allowed."),
])

account("@NeilCopeFB", "bluesky", MIXED, "positive", [
    R("nc1", "filler", "Fernley Bank: the council has confirmed the bottle bank on Kiln Street stays. Thanks to everyone who wrote in.",
      note="Ward news; nothing. His personal posts are {nc2}, {nc4}, {nc6}."),
    R("nc2", "positive", "Allotment report: broad beans in, shed roof finally fixed, and a fox has dug up every single clove of my garlic. War has been declared 🦊",
      note="Allotment post on a councillor account; mixed account."),
    R("nc3", "filler", "The draft local plan consultation closes on the 28th. Both Fernley Bank sites are in it. Please read it and respond, whatever your view. Drop-in at the library Tuesday 2-7pm.",
      note="Neutral consultation notice; nothing."),
    R("nc4", "positive", "Our band's on at Fernley Bank Miners' Welfare Saturday night, 9 till late. Seventies covers and one original nobody asked for. £3 on the door.",
      note="His band's gig on a councillor account; mixed account. A pub covers band is not a business interest, so position is not allowed."),
    R("nc5", "filler", "Thank you to the Fernley Bank Good Neighbours, who did 200 shopping trips for housebound residents this winter. You're the best of us.",
      note="Volunteer thanks; nothing."),
    R("nc6", "positive", "Lad's got his mock results. Two 7s, a 6, and a 4 in maths he's fuming about. Proud of him anyway. Now revise, son.",
      allowed=[DP],
      note="His son's exam grades on a councillor account: mixed account. The son is unnamed but identifiable as the councillor's child, so data protection is allowed."),
])

account("@MayorOfChasebury", "facebook", MIXED, "positive", [
    R("bk1", "filler", "The Mayor was honoured to present long service awards to Chasebury fire station's on-call crew this week: 150 years of service between six firefighters. Thank you.",
      note="Civic engagement on the Mayor's civic account; nothing. Personal posts on the same account: {bk2}, {bk4}, {bk6}."),
    R("bk2", "positive", "A very personal one from me today. Our first great-grandchild, baby Isla, was christened at St Peter's in Pitshill on Sunday. Excuse a proud great-nanny for sharing 💕",
      allowed=[DP],
      note="Family christening, baby named, on the civic account: mixed account; data protection allowed."),
    R("bk3", "filler", "The Mayor's charity ball raised £6,420 for Oxbrook Hospice and the Coldhay Colliery Band. Thank you to every business that gave a raffle prize.",
      note="Civic fundraising; nothing."),
    R("bk4", "positive", "Happy 75th birthday to my husband Derek, who has carried my handbag to more civic events this year than any consort in the history of the district 😂 Love you.",
      allowed=[DP],
      note="Husband's name and age on the civic account: mixed account; data protection allowed. The civic link does not make it council business."),
    R("bk5", "filler", "Civic service at St Chad's, Chasebury, on Sunday at 3pm. All welcome, especially our uniformed groups. Tea and cake in the church hall after.",
      note="Civic notice; nothing."),
    R("bk6", "positive", "Weigh-in at slimming club: down 4lb this week despite four civic dinners. Don't ask me how. Don't ask me about the cheeseboard either.",
      note="Her own diet on the civic account: mixed account. Her own data, so data protection is not allowed."),
])

account("@PeteHollinsGH", "x", MIXED, "positive", [
    R("ph1", "filler", "Gorstyhay surgery moved to Thursday this week, 6pm at the community centre. Sorry for the change.",
      note="Surgery notice; nothing. His personal posts are {ph2}, {ph4}, {ph6}."),
    R("ph2", "positive", "Twelve hour night at the warehouse and straight into a 10am licensing sub. If I nod off somebody nudge me. Coffee number four ☕☕☕☕",
      allowed=[HA],
      note="His night job and tiredness mixed with a council meeting: mixed account. Tiredness allows haste; it is not posted during the meeting."),
    R("ph3", "filler", "Gorstyhay Park: thank you to the Friends group who planted 400 whips along the brook. Come back in 20 years and it'll be a wood.",
      note="Volunteer thanks; nothing."),
    R("ph4", "positive", "Selling our old Fiesta, 2014, 98k, new clutch, MOT till November. £2,250 ono. Gorstyhay, DM me.",
      note="A private car sale on a councillor account: mixed account."),
    R("ph5", "filler", "Council tax bills landing this week. If you're struggling there's a hardship fund, ring 01632 960418 or see example.org/chasebury-help. No judgement.",
      note="Council service notice with the council's number (drama range); nothing."),
    R("ph6", "positive", "Under 9s training tonight in the sleet. My lad scored then celebrated by falling in the only puddle on the pitch. Best Tuesday of the year.",
      note="His son's football on a councillor account: mixed account. The child is unnamed and nothing about him is sensitive, so nothing else is allowed (compare {nc6})."),
])

account("@GailHickin", "facebook", MIXED, "positive", [
    R("gh1", "filler", "Pitshill: the flytipping on the Welfare field has been cleared after I reported it. If you saw anyone dumping on Monday night, the council's enforcement line is 01632 960233.",
      note="Ward news; nothing. Her personal posts are {gh2}, {gh4}, {gh6}."),
    R("gh2", "positive", "Please keep my mum in your prayers, she's in Chasebury General with pneumonia at 86. Margaret's a fighter but it's been a worrying week.",
      allowed=[DP],
      note="Her mother, named, with age and illness, on a councillor page: mixed account; data protection allowed."),
    R("gh3", "filler", "Reform UK Pitshill coffee morning Saturday 10-12 at the Welfare. Come and tell us what you want from the council in May.",
      note="Party event at a private venue; no council resources. Nothing."),
    R("gh4", "positive", "Mum's home!! Thank you for all the lovely messages and to the staff on Ward 4. Cup of tea and Corrie, back to normal already ❤️",
      allowed=[DP],
      note="Follow-up on her mother's health ({gh2}): mixed account; data protection allowed."),
    R("gh5", "filler", "Pitshill Cross: the broken bench by the bus stop is being replaced. Yes it's taken months. Yes I've been mithering them every week.",
      note="Ward news; nothing."),
    R("gh6", "positive", "Sunday dinner for 14 at ours. Three generations, one oven, one very small kitchen. Would do it every week if I could.",
      note="Family meal on a councillor page: mixed account."),
])

# ---------------------------------------------------------------------------
# capacity.mixed-account: hard negatives (council accounts, then personal accounts)
# ---------------------------------------------------------------------------

account("@JanetPrinceAC", "facebook", MIXED, "hard_negative", [
    R("jr1", "hard_negative", "Ashlow Common: huge thank you to the 14 volunteers who turned out for the village hall clean-up on Saturday, and to the Plough for the bacon cobs after. Community at its best 🧡",
      note="Volunteer thanks on a councillor page; no personal life. Nothing."),
    R("jr2", "hard_negative", "School uniform swap at Ashlow Primary, Friday 3-5pm. As a nan of five I know how fast they grow out of everything. Bring what's outgrown, take what fits, all free.",
      note="'As a nan of five' is a passing aside serving a council notice, nobody named: hard negative for the mixed-account rule."),
    R("jr3", "hard_negative", "Bin day for Ashlow moves to Wednesdays from 2 March. Blue and black on alternate weeks as before. Calendar on the council website, paper copies at the post office.",
      note="Service notice; nothing."),
    R("jr5", "hard_negative", "Flood warden training on the 9th at the village hall. We need four more volunteers for the Ashlow Brook. You don't need to be young, just care about your neighbours and own some wellies.",
      note="Volunteer appeal; nothing."),
    R("jr6", "hard_negative", "Mother's Day craft morning for the little ones at the library, Saturday 10-12. Card making, and a cuppa for the grown ups. Dads, grandads and carers very welcome too.",
      note="Family words in a community notice, not her family. Nothing."),
])

account("@AmrikSandhuLab", "x", MIXED, "hard_negative", [
    R("am1", "hard_negative", "Chasebury Leys: the gurdwara's langar is open to everyone on Sunday afternoons, and this week they're collecting for the food bank too. All welcome, whatever your faith.",
      note="Community notice; nothing."),
    R("am2", "hard_negative", "Heritage trail launch at the Coldhay pit wheel: 12 boards telling the story of the coalfield. My dad did 26 years at Coldhay Colliery after coming over from Punjab, so this one means a lot. All welcome Saturday.",
      note="A personal aside about his father in service of a council heritage launch, father unnamed: hard negative (compare {ft2}). Nothing."),
    R("am3", "hard_negative", "Thank you to the Leys Community Centre volunteers who ran the warm space all winter. 3,100 visits and 2,000 bowls of soup. Incredible.",
      note="Volunteer thanks; nothing."),
    R("am4", "hard_negative", "Resident asked me: why is my road always last for the gritter? Fair question. Leys Road is a priority 2 route. I've asked for it to go up a tier given the hill and the school.",
      note="Casework; nothing."),
    R("am5", "hard_negative", "Parents of under 5s in Chasebury Leys: the family hub at the library now has a stay and play on Tuesday mornings. Lots of mums told me they felt cut off on the new estate. This is for you (dads too).",
      note="Family words about residents, not his own; nothing."),
])

account("@LorraineFidler", "bluesky", MIXED, "hard_negative", [
    R("lf1", "hard_negative", "Marlpit Wharf towpath: the canal trust have confirmed the stretch by the old brickworks reopens on the 20th. Thanks to the volunteers who cleared the overgrowth.",
      note="Ward news; nothing."),
    R("lf2", "hard_negative", "The Marlpit Wharf Men's Shed now meets Tues and Thurs. Grandads, dads, blokes on their own: come and make something or just have a brew and a natter. Loneliness isn't just a pensioners' problem.",
      note="Community notice using family words; nothing."),
    R("lf3", "hard_negative", "Thank you to the 22 volunteers on the Marlpit Wharf canal clean-up. Two trolleys, a bike, a safe (empty, sadly) and 60 bags of rubbish out of the cut.",
      note="Volunteer thanks; nothing."),
    R("lf4", "hard_negative", "Young carers' session at the Wharf Centre, Wednesday after school. If you're a kid looking after your mum, dad, brother or sister, you're not on your own. Pizza provided.",
      note="Service notice for young carers; no one identified. Nothing."),
    R("lf5", "hard_negative", "Grandparents raising grandchildren group: first Monday of the month at Marlpit library. One of our Wharf nans told me 'I thought I was the only one'. You're not.",
      note="Quotes an unnamed resident; nothing."),
])

account("@pigeonmick_", "facebook", MIXED, "hard_negative", [
    R("pm1", "hard_negative", "Bostin toss this morning. Blue chequer cock back first in under the hour from the Chase. Kettle on.",
      note="Separate personal account of Mick Ollerenshaw (Cabinet, Regeneration): pigeons only, no council business. Nothing."),
    R("pm2", "hard_negative", "Darts at the Welfare tonight. Lost 3-2 to the Crown. My arm's older than their whole team.",
      note="Personal account; nothing."),
    R("pm3", "hard_negative", "Grandkids round for half term. Took em up the Chase to see the deer. Saw four, one squirrel, and ate our body weight in ice cream.",
      note="Personal account, grandchildren unnamed; nothing."),
    R("pm4", "hard_negative", "Anybody got a spare 12 inch nest box? Will swap for a bag of corn or a pint.",
      note="Personal account; nothing."),
    R("pm5", "hard_negative", "Forty years married to the same wench and she still laughs at me jokes. Well, at me. Happy anniversary love x",
      note="Personal account, wife unnamed; 'wench' is affectionate Black Country and Staffordshire usage. Nothing."),
], acct="personal")

account("@ali_walks_the_chase", "bluesky", MIXED, "hard_negative", [
    R("aw1", "hard_negative", "Frosty start on the Chase, sun coming up over the Oxbrook Valley and not a soul about. Bramble chased a deer for three yards and gave up. Same, Bramble.",
      note="Separate personal account of Alison Salt: walking and her dog. Nothing."),
    R("aw2", "hard_negative", "Lemon drizzle attempt number three. Middle's sunk again. Eating it anyway.",
      note="Personal account; nothing."),
    R("aw3", "hard_negative", "12 miles round the Chase today. My knees would like a word.",
      note="Personal account; nothing."),
    R("aw4", "hard_negative", "Book club pick this month is a 600 page Russian novel. Who chose this. (It was me.)",
      note="Personal account; nothing."),
    R("aw5", "hard_negative", "My sister's over from Canada for a fortnight. Fish and chips in the car at the reservoir in the rain, as is tradition.",
      note="Personal account, sister unnamed; nothing."),
], acct="personal")

# ---------------------------------------------------------------------------
# moderation.third-party-comments: positive accounts (facebook pages)
# ---------------------------------------------------------------------------

account("@CllrKellyAston", "facebook", MOD, "positive", [
    R("ka1", "filler", "Keys handed over today at Colliery Road: 24 new council bungalows for older residents and people with mobility needs, let under the normal allocations policy. Proud of this one 🏡",
      before=["tf5"],
      note="Page owner's post (Cabinet, Housing); nothing. The same lettings are the subject of {tf5}."),
    C("ka1a", "positive", "Gaz Plant", "watch who gets them. coldhay lads on the list 10 year and it'll be polish and romanians in them by easter, always is",
      allowed=[EQ],
      note="Comment left up that targets people by nationality: moderation expected; equality allowed."),
    C("ka1b", "hard_negative", "Sheila Brough", "Lovely to see. My mum's on the list for a level access place, is there still a waiting list for the next phase?",
      note="Civil question; nothing."),
    C("ka1c", "hard_negative", "@CllrKellyAston", "Hi Sheila, yes, phase 2 on Headstock Rise is due next year. Ring housing options on 01632 960150 and they'll check her banding. Kelly",
      note="Owner reply to {ka1b} under the same post as {ka1a}, which is left up; the reply itself is fine. Council number in the drama range."),
    R("ka2", "filler", "Anti-social behaviour on the Pithead estate: police and our housing team did a joint walkabout last night. Report concerns to 101 or the council's ASB line and they will be followed up.",
      note="Owner's post; nothing."),
    C("ka2a", "positive", "Mandy Heath", "Everyone knows who it is. Kyle Bate, 14 Winding Wheel Close, dealing out of his mums back bedroom. Do something about HIM",
      allowed=[DP, DEF],
      note="Names a private person with an address and alleges drug dealing: moderation expected; data protection and defamation allowed."),
    C("ka2b", "positive", "Lee Stych", "Take a few of us down there with bats and it'd be sorted in an hour. Dont need the police",
      allowed=[BI],
      note="Incitement to violence left up: moderation expected; bullying allowed."),
    R("ka3", "filler", "Housing surgery at the Welfare on Thursday, 1-4pm. Repairs, damp, transfers, anything. Drop in, no appointment needed.",
      note="Owner's post; nothing."),
    C("ka3a", "positive", "Trev Allsopp", "Waste of time. Your a useless f***ing cow Kelly, never done a thing for this estate",
      allowed=[PA, AL, EQ],
      note="Obscene, gendered abuse of the page owner left up: moderation expected; personal attack, abusive language and equality allowed."),
])

account("@KenMottramCVI", "facebook", MOD, "positive", [
    R("km1", "filler", "An unauthorised encampment arrived on Brackenhurst recreation ground yesterday. Council officers and police have visited, welfare checks are done and the legal process has started. Please report incidents to 101, not on here.",
      note="Owner's post (Cabinet, Communities and Safety); nothing."),
    C("km1a", "positive", "Dawn Whittaker", "Lock your sheds and get the kids in. Tinkers the lot of them, every one a thief",
      allowed=[EQ],
      note="Ethnic slur and generalisation about Travellers left up: moderation expected; equality allowed."),
    C("km1b", "positive", "Craig Mellor", "Few of us are going up there tonight with the dogs. Theyll be gone by morning one way or another.",
      allowed=[BI],
      note="Threat of vigilante violence left up: moderation expected; bullying allowed."),
    C("km1c", "hard_negative", "Jean Corbett", "Thanks Ken. Will the rec be shut for the kids football on Sunday?",
      note="Civil question; nothing."),
    C("km1d", "hard_negative", "@KenMottramCVI", "Hi Jean, the pitches aren't affected, matches go ahead as normal. Ken",
      note="Owner reply to {km1c} while {km1a} and {km1b} stay up; the reply is fine."),
    R("km2", "filler", "New CCTV going up at the Brackenhurst shops and the Oxbrook car park this month, paid for by the community safety partnership.",
      note="Owner's post; nothing."),
    C("km2a", "positive", "Daz Bromley", "cctv wont stop the Kaczmarek lad from 3 Fern Close, whole village knows hes the one taking the catalytic converters",
      allowed=[DP, DEF],
      note="Names a private person by surname and address and alleges theft: moderation expected; data protection and defamation allowed."),
    R("km3", "filler", "LGBT+ History Month talk at Chasebury library on Thursday: the gay and lesbian groups who raised money for the pit villages in '84. A bit of our coalfield history a lot of people don't know.",
      note="Owner's post; nothing."),
    C("km3a", "positive", "Gary Fenn", "Keep that filth out of our library and away from our kids. Nothing to do with Coldhay pits.",
      allowed=[EQ],
      note="Homophobic comment left up: moderation expected; equality allowed."),
])

account("@SophieWakelinLab", "facebook", MOD, "positive", [
    R("sw1", "filler", "The leisure strategy consultation is open. Fernley Bank pool, Coldhay sports centre, the Chase trails: tell us what you use and what you'd change. Closes 6 March. example.com/chasebury-leisure",
      note="Owner's post (Cabinet, Environment and Leisure); nothing. She is also the target of {gv2}, {gv4}, {gv6}."),
    C("sw1a", "positive", "Nathan Gough", "What would a silly little girl whos never paid council tax know about running a pool. Go back to uni sweetheart",
      allowed=[PA, EQ],
      note="Age and sex put-down of the page owner left up: moderation expected; personal attack and equality allowed."),
    C("sw1b", "hard_negative", "Pauline Rudge", "Please keep the over 60s aquafit on Tuesday mornings, it's the only time I see half my friends.",
      note="Civil comment; nothing."),
    C("sw1c", "hard_negative", "@SophieWakelinLab", "Thanks Pauline, I've heard that from a lot of people and it's all in the feedback. Sophie",
      note="Owner reply under the post where {sw1a} and {sw1d} stay up; the reply is fine."),
    C("sw1d", "positive", "Kev Boulton", "Shower of useless tw*ts. Shut our pool and see what happens to your windows.",
      allowed=[AL, BI],
      note="Obscene abuse with a veiled threat to the owner's property left up: moderation expected; abusive language and bullying allowed."),
    R("sw2", "filler", "The Oxbrook Valley tree planting day was a huge success: 1,200 trees in, 90 volunteers, and only one lost welly.",
      note="Owner's post; nothing."),
    C("sw2a", "hard_negative", "Ian Lakin", "Great day, my two loved it. When's the next one?",
      note="Civil comment; nothing."),
    C("sw2b", "positive", "Becca Wilde", "Funny how the planting contract went to Dale Mottram Tree Services again. Kens brother. Brown envelopes all round at that council",
      allowed=[DEF],
      note="Alleges corruption by a named business and a councillor: moderation expected; defamation allowed."),
    R("sw3", "filler", "Dog fouling fines start on the Chase edge next month. Bags are free from the library and the Welfare.",
      note="Owner's post; nothing."),
    C("sw3a", "positive", "Stacey Bourne", "the bloke with the staffy at 27 Heathcote Drive never picks up, his names Martin Keeling, fine him first",
      allowed=[DP],
      note="Names a private person with his address: moderation expected; data protection allowed."),
])

account("@SteveMattockMW", "facebook", MOD, "positive", [
    R("sm1", "filler", "Marlpit Wharf residents have told me loud and clear they don't want the old Wharf Hotel used for asylum housing. I've written to the Home Office and our MP. Public meeting Thursday 7pm at the Boat Inn.",
      note="Owner's post: a political position stated civilly; nothing."),
    C("sm1a", "positive", "Ricky Dulson", "Doesnt matter what the Home Office says. If they move them in that hotel won't be standing long. Plenty of us will see to that",
      allowed=[BI],
      note="Threat of arson left up: moderation expected; bullying allowed."),
    C("sm1b", "positive", "Tanya Hulme", "Dinghy invaders. Every one of them a rapist or a dealer, send them back",
      allowed=[EQ, AL],
      note="Racist generalisation about asylum seekers left up: moderation expected; equality and abusive language allowed."),
    C("sm1c", "hard_negative", "Graham Kitson", "I don't agree with you Steve. They're people running from wars. But I'll come Thursday and say it to your face, civilly.",
      note="Civil disagreement; nothing."),
    C("sm1d", "hard_negative", "@SteveMattockMW", "Appreciate that Graham. Everyone's welcome Thursday whatever side you're on.",
      note="Owner reply while {sm1a} and {sm1b} stay up; the reply is fine."),
    R("sm2", "filler", "I've asked the owners of the old Wharf Hotel to come to the meeting. No response yet.",
      note="Owner's post; nothing."),
    C("sm2a", "positive", "Bev Oakley", "Gerald Ince who owns it is pocketing 2 million of taxpayers money for this and hes dodged tax for years. Crook.",
      allowed=[DEF],
      note="Alleges tax evasion by a named private hotel owner: moderation expected; defamation allowed."),
    C("sm2b", "hard_negative", "Joe Wootton", "Are they even allowed to change the use without planning permission? Genuine question.",
      note="Civil question; nothing."),
])

account("@DeniseHarlandLab", "facebook", MOD, "positive", [
    R("dh1", "filler", "Budget 2026/27: council tax up 2.99%, the Welfare warm spaces protected and £1.2m into fixing village roads. Hard choices, and I won't pretend otherwise.",
      note="Owner's post (the Leader); nothing. She is the target of {dw2}, {dw4}, {dw5}, {dw7}."),
    C("dh1a", "positive", "Rob Gaskin", "Denise Harland is a thieving old cow. Lining her own pockets while the libraries shut.",
      allowed=[PA, DEF, EQ],
      note="Alleges theft by the page owner with a gendered, ageist insult, left up: moderation expected; personal attack, defamation and equality allowed."),
    C("dh1b", "hard_negative", "Carol Ashley", "Thank you for keeping the warm spaces. My dad goes to the one at the Welfare every week.",
      note="Civil comment; nothing."),
    C("dh1c", "positive", "Sam Heeley", "someone wants to torch the civic centre with her still in it",
      allowed=[BI],
      note="Violent threat against the page owner left up: moderation expected; bullying allowed."),
    C("dh1d", "hard_negative", "@DeniseHarlandLab", "Thank you Carol, please give your dad my best. Denise",
      note="Owner reply to {dh1b} under the same post as {dh1a} and {dh1c}; the reply is fine."),
    R("dh2", "filler", "The pit wheel restoration appeal has passed £20,000 thanks to you. Every pound goes on the wheel and the memorial garden. Thank you Coldhay.",
      note="Owner's post; nothing. Adam Chell backs the appeal in {ac2}."),
    C("dh2a", "hard_negative", "Ron Fisher", "My granddad's name is on that memorial. Thank you for doing this.",
      note="Civil comment; nothing."),
    C("dh2b", "positive", "Jason Till", "Bet half of it goes on Harlands expenses. Corrupt to the core the lot of them.",
      allowed=[DEF],
      note="Alleges corruption by the page owner, left up: moderation expected; defamation allowed."),
])

account("@TrevorRyderHF", "facebook", MOD, "positive", [
    R("tr1", "filler", "HMO concerns on Station Road, Hollyford: I've asked the council's private sector housing team to inspect three properties after complaints about overcrowding and rubbish.",
      note="Owner's post; nothing."),
    C("tr1a", "positive", "Gemma Pritchard", "Landlord is Barry Oates, his number is 07700 900417, ring him and tell him what you think. He lives at The Grange on Mill Lane too if anyone fancies popping round",
      allowed=[DP, SEC, BI],
      note="A private landlord's mobile number and home address with a call to go round, left up: moderation expected; data protection, security (another's private phone number) and bullying allowed."),
    C("tr1b", "hard_negative", "Dave Nutt", "Good. Number 41 has had bins overflowing since Christmas. Thanks Trevor.",
      note="Civil comment; a house number with no name or person is not personal data. Nothing."),
    R("tr2", "filler", "Hollyford surgery car park: the practice has agreed patients won't be ticketed for overstaying when appointments run late. Common sense.",
      note="Owner's post; nothing."),
    C("tr2a", "positive", "Kerry Lunt", "Shame they cant stop that receptionist Bev Haycock being a drunk. In the Crown till 2 again Friday and stinking at work Monday",
      allowed=[DP, DEF, PA],
      note="Names a private person and alleges drunkenness at work (health, conduct): moderation expected; data protection, defamation and personal attack allowed."),
    C("tr2b", "hard_negative", "Ann Mottershead", "Thank you. I got a ticket in December when the doctor was 40 minutes behind. Will they refund it?",
      note="Civil question; nothing."),
    C("tr2c", "hard_negative", "@TrevorRyderHF", "Ann, send me a message with the details and I'll raise it with the practice manager.",
      note="Owner reply while {tr2a} stays up; the reply is fine."),
    R("tr3", "filler", "Hollyford Road resurfacing starts on the 9th. Expect delays, sorry.",
      note="Owner's post; nothing."),
    C("tr3a", "positive", "Lewis Crump", "3 years of sh*te and now they shut the f***ing road in the middle of the day. Wankers.",
      allowed=[AL],
      note="Obscene comment at the council left up: moderation expected; abusive language allowed."),
])

# ---------------------------------------------------------------------------
# moderation.third-party-comments: hard-negative accounts
# ---------------------------------------------------------------------------

account("@CllrJasKaur", "facebook", MOD, "hard_negative", [
    R("jk1", "hard_negative", "Marlpit Wharf play area: new swings, and a basket swing for children with disabilities, go in next week. Thank you to the parents who campaigned for it.",
      note="Owner's post; nothing."),
    C("jk1a", "hard_negative", "Steve Dakin", "About time, its been a death trap for years. You lot only turn up when there's an election.",
      note="Rude but acceptable criticism of councillors; nothing to remove."),
    C("jk1b", "hard_negative", "@CllrJasKaur", "Fair challenge Steve. I'll be at the play area Saturday morning if you want to show me what else needs doing.",
      note="Owner reply; nothing."),
    R("jk2", "hard_negative", "I've removed a comment from this page that named a local family and made claims about their children. Please don't do that here. If you're worried about a child's safety, ring children's services or the police.",
      note="Removal notice: the bad comment is gone. Nothing (compare the comments left up in {ka2a}, {km2a})."),
    C("jk2a", "hard_negative", "Lisa Kettle", "Quite right. Whatever people think, kids shouldn't be named on Facebook.",
      note="Civil comment; nothing."),
    C("jk2b", "hard_negative", "Mo Hussain", "So we're not allowed an opinion now? This page is a joke Jas.",
      note="Rude but acceptable; nothing."),
])

account("@OwenParfittGreen", "facebook", MOD, "hard_negative", [
    R("op1", "hard_negative", "Consultation on a 40mph limit along Chase Road through Brackenhurst closes Friday. Four deer collisions and two injuries since October. Have your say.",
      before=["sa5"],
      note="Owner's post; nothing. Owen Parfitt is the target of {sa2}, {sa3}, {sa5}, {sa6}."),
    C("op1a", "hard_negative", "Rob Hawley", "You're having a laugh. 40 on an open road? Yampy idea. Next you'll want a bloke walking in front with a red flag",
      note="Robust, sarcastic disagreement with a policy ('Yampy', daft, is aimed at the idea); nothing."),
    C("op1b", "hard_negative", "Kath Bishton", "I back it. Hit a stag there in November and the car was written off. Slow down people.",
      note="Civil comment; nothing."),
    C("op1c", "hard_negative", "Dean Sherwin", "Greens want everyone on bikes. Try cycling up Chase Road in February with a toddler and a weeks shopping Owen. Pie in the sky.",
      note="Robust criticism addressed to the owner about his party's policy; nothing."),
    R("op2", "hard_negative", "Thank you to everyone who came to the Brackenhurst surgery. Most common issue by far: the 826 bus. I'm meeting the operator next week.",
      note="Owner's post; nothing."),
    C("op2a", "hard_negative", "Tony Gilks", "Bus is a disgrace and so is this council for letting it get this bad. Sort it or don't bother standing again.",
      note="Angry but civil; nothing."),
])


# ---------------------------------------------------------------------------

def weekdays():
    d, out = FIRST_DAY, []
    while d <= LAST_DAY:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def build():
    rng = random.Random(SEED)
    days = weekdays()
    rows = []
    scheduled = {}
    for acc in ACCOUNTS:
        posts = [r for r in acc["rows"] if r["kind"] != "comment"]
        n = len(posts)
        has_comments = set()
        last = None
        for r in acc["rows"]:
            if r["kind"] == "comment":
                has_comments.add(last["key"])
            else:
                last = r
        post_times = {}
        for i, r in enumerate(posts):
            lo, hi = (i * len(days)) // n, ((i + 1) * len(days)) // n
            cands = [d for d in days[lo:hi]
                     if all(d > scheduled[k] for k in r["after"])
                     and all(d < scheduled[k] for k in r["before"])]
            assert cands, r["key"]
            day = rng.choice(cands)
            scheduled[r["key"]] = day
            hour = rng.randint(8, 11) if r["key"] in has_comments else rng.randint(8, 18)
            minute = rng.randint(0, 59)
            post_times[r["key"]] = dt.datetime(day.year, day.month, day.day, hour, minute)
        prev = None
        parent = None
        for r in acc["rows"]:
            if r["kind"] == "comment":
                t = prev + dt.timedelta(minutes=rng.randint(4, 55))
                assert t.hour <= 18 and t.date() == prev.date(), r["key"]
                r["_parent"] = parent["key"]
            else:
                t = post_times[r["key"]]
                parent = r
            r["_time"] = t
            prev = t
            rows.append((acc, r))
    rng.shuffle(rows)
    ids = {}
    for i, (acc, r) in enumerate(rows, 1):
        ids[r["key"]] = "%s-%04d" % (SET, i)

    def resolve(note):
        return re.sub(r"\{(\w+)\}", lambda m: ids[m.group(1)], note)

    out = []
    for acc, r in rows:
        pattern, kor = acc["pattern"], r["kor"]
        rules, allowed = list(r["rules"]), list(r["allowed"])
        if kor == "positive":
            rules = [pattern] + rules
            family = pattern
        elif kor == "filler":
            family = pattern
            if acc["role"] == "positive":
                allowed = [pattern] + allowed
        else:
            family = "hard_negative"
        verdict = "ok"
        for rule in rules:
            if RANK[BASE[rule]] > RANK[verdict]:
                verdict = BASE[rule]
        tag = {"positive": "[positive]", "hard_negative": "[hard negative]", "filler": "[filler]"}[kor]
        obj = {
            "id": ids[r["key"]],
            "text": r["text"],
            "author": acc["author"],
            "created_at": r["_time"].strftime("%Y-%m-%dT%H:%M:%S+00:00"),
            "platform": acc["platform"],
            "account": acc["account"],
            "kind": r["kind"],
        }
        if r["kind"] == "comment":
            obj["comment_by"] = r["by"]
            obj["parent_id"] = ids[r["_parent"]]
        obj["expect"] = {"rules": rules, "allowed": allowed, "verdict": verdict}
        obj["family"] = family
        obj["account_pattern"] = pattern
        obj["account_role"] = acc["role"]
        obj["kind_of_row"] = kor
        obj["note"] = tag + " " + resolve(r["note"])
        out.append(obj)
    out.sort(key=lambda o: o["id"])
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "accounts.jsonl")
    if len(sys.argv) == 3 and sys.argv[1] == "--out":
        path = sys.argv[2]
    elif len(sys.argv) != 1:
        sys.exit("usage: build.py [--out FILE]")
    data = build()
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)


if __name__ == "__main__":
    main()
