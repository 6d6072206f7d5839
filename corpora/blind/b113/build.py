#!/usr/bin/env python3
"""Build accounts.jsonl for blind set b113 (Tynestaithe Metropolitan Borough Council).

Every text, label and note below was written by hand for this set. The script
only arranges them: it keeps each account's rows in written order, spreads an
account's posts one per chunk of the 60 weekdays from 5 Jan to 27 Mar 2026
(never two posts of an account on one day), puts comments 4 to 55 minutes after
the row before them under the same post, shuffles with a fixed seed, gives ids
B113-NNNN, resolves parent_id and sets each verdict to the highest severity
expected. Running it again writes the same bytes.

    python3 build.py          # writes accounts.jsonl next to this file
"""
import datetime
import json
import os
import random

SEED = 11301
SET = "B113"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "accounts.jsonl")

HAR = "harassment.repeated-target"
MIX = "capacity.mixed-account"
MOD = "moderation.third-party-comments"

PA = "respect.personal-attack"
AB = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
OF = "officers.impartiality"
DP = "data-protection.personal-data"
DE = "defamation.allegation"
TO = "tone.irony-risk"
SC = "security.credentials"

SEVERITY = {  # the lowest severity RULES.md gives each rule
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
    "harassment.repeated-target": "block",
    "moderation.third-party-comments": "review",
    "capacity.mixed-account": "advice",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}


# Row makers. kind_of_row: P positive, N hard negative, F filler.
def P(text, note, rules=(), allowed=(), comments=()):
    return {"k": "positive", "text": text, "note": note, "rules": list(rules),
            "allowed": list(allowed), "comments": list(comments)}


def N(text, note, rules=(), allowed=(), comments=()):
    return {"k": "hard_negative", "text": text, "note": note, "rules": list(rules),
            "allowed": list(allowed), "comments": list(comments)}


def F(text, note, comments=()):
    return {"k": "filler", "text": text, "note": note, "rules": [], "allowed": [],
            "comments": list(comments)}


def C(k, by, text, note, rules=(), allowed=()):
    """A comment under a post: k is 'positive' (left up, breaks a rule) or
    'hard_negative' (civil or rude-but-acceptable comment, or the owner's reply)."""
    return {"k": k, "by": by, "text": text, "note": note, "rules": list(rules),
            "allowed": list(allowed)}


def A(author, platform, pattern, role, rows, account="councillor"):
    return {"author": author, "platform": platform, "pattern": pattern,
            "role": role, "account": account, "rows": rows}


ACCOUNTS = [
    # ------------------------------------------------------------------
    # harassment.repeated-target: positive accounts
    # ------------------------------------------------------------------
    A("@CraigLoweryReform", "x", HAR, "positive", [
        F("Surgery at Central library Saturday 10 till 12. The machines on Dock Street are broke again so bring change for parking. Bring your letters, your photos of the potholes, owt you've got.",
          "Filler: ward surgery notice."),
        P("Maureen Scorer's 'Big Conversation' rolled into Slakebank last night. Forty minutes late, twenty minutes of speech, then straight back in the car. Lady Muck doesn't do questions. Conversation my backside.",
          "Hostile occasion 1 against the Leader, Maureen Scorer. 'Lady Muck' is a sneer more than a direct insult; personal attack allowed, not expected.",
          allowed=[PA]),
        F("Pleased to see the 14 back to every twenty minutes after the campaign. Thanks to every Central resident who signed. People power, that.",
          "Filler: bus service win."),
        P("Howay, Maureen, give yersel a medal. Another budget, another 'tough choice' that somehow never reaches the new carpets in Staithes House. Ten out of ten, hinny. Gold star. 👏",
          "Hostile occasion 2: mock praise of the Leader (tone). 'hinny' said down to a woman; equality allowed.",
          rules=[TO], allowed=[EQ]),
        P("Maureen Scorer: the only Leader on the Tyne who's managed to lose a shipyard, a swimming baths and the argument all in the one year. Useless doesn't cover it.",
          "Hostile occasion 3: 'Useless doesn't cover it' aimed at the person; personal attack expected.",
          rules=[PA]),
        F("Walked the Quayside path with the Friends group. The railings by the old slipway are rusted through and the bairns climb on them. Reported again, it wants sorting before summer.",
          "Filler: safety report."),
        P("Maureen gets her stottie and a coffee on the same bench by the ferry landing every Friday at ten. Folk know. Might want to send the driver instead, pet. Gan canny.",
          "Hostile occasion 4: publishing her routine with 'Folk know ... Gan canny' reads as veiled menace; bullying expected. 'pet' allows equality.",
          rules=[BU], allowed=[EQ]),
    ]),
    A("@KeithHindmarsh", "facebook", HAR, "positive", [
        F("Riverlea Retail Park: I've asked again why the footbridge from the Monkhaugh estate is still shut. Answer promised by the end of the month. Mams with prams are walking round by the dual carriageway. Not on.",
          "Filler: casework on the footbridge."),
        P("Neil Robson came over the water from his flat in the Toon to tell Monkhaugh what regeneration means. A spreadsheet in a gilet. Never set foot on the estate before he wanted our votes, and he won't again.",
          "Hostile occasion 1 against Neil Robson (Regeneration). 'A spreadsheet in a gilet' belittles; personal attack expected. Coming from across the river is not a protected characteristic; equality not allowed.",
          rules=[PA]),
        F("Litter pick on the old Crowlee slipway Sunday. Fourteen bags, one trolley and a basket from a supermarket that shut in 1998. Champion effort, thanks all.",
          "Filler: litter pick."),
        P("Our Neil's been at it again. The 'riverside vision' has more drawings on it than a bairn's fridge and not one job to show. Funny how his marras at Tyneward Developments keep landing the consultancy though. Not saying owt.",
          "Hostile occasion 2: 'his marras ... keep landing the consultancy. Not saying owt' insinuates favouritism without stating it; defamation allowed, not expected.",
          allowed=[DE]),
        F("Monkhaugh Residents' AGM Tuesday 7pm at St Hild's hall. Tea, biscuits and the annual argument about the car park.",
          "Filler: residents' meeting."),
        P("Cllr Robson won't answer my emails, won't take questions in committee and has blocked me on here. A man who can't take a question can't run a bath, never mind a riverside. Hadaway and sort yourself out, Neil.",
          "Hostile occasion 3: 'can't run a bath' aimed at him; personal attack expected.",
          rules=[PA]),
    ]),
    A("@PamBainbridgeCon", "x", HAR, "positive", [
        F("Haverley prom lights: the eight dead columns by the bandstand will be fixed by March. Thanks to the lads who came out in the rain to look.",
          "Filler: street lights."),
        P("Our ward's youngest councillor has discovered potholes. Welcome aboard, Jess. Some of us have been reporting them since before you were born.",
          "Hostile occasion 1 against Jess Appleby, the council's youngest member: a sneer at her age. Mock welcome allows tone; the age jibe allows equality.",
          allowed=[TO, EQ]),
        P("Bless her, @JessApplebyLD has put out another leaflet with the wrong bin days on it. Bonny pictures though. Maybe ask a grown-up to check it next time, pet.",
          "Hostile occasion 2: 'Bless her' is mock sympathy (tone); 'ask a grown-up' belittles (personal attack). 'pet' and the age framing allow equality.",
          rules=[TO, PA], allowed=[EQ]),
        F("Haverley Cliffs erosion survey is out: three metres lost by the car park since 2019. I'll be at the coast forum on the 20th pushing for the rock armour money.",
          "Filler: coastal erosion."),
        P("Jess Appleby voted against the beach hut fees, then for them, then couldn't tell the forum which. A lass who can't decide which hand to hold her chips in has no business on planning committee.",
          "Hostile occasion 3: 'a lass who can't decide which hand to hold her chips in' belittles; personal attack expected, equality (sex) allowed.",
          rules=[PA], allowed=[EQ]),
        F("Lovely turnout at the Haverley Methodist coffee morning, £212 for the lifeboat. Scones were gone by half ten.",
          "Filler: charity coffee morning."),
        P("A friendly word, Jess, hinny. Haverley's a small place. Everybody knows where everybody drinks of a Friday. I'd keep my head down for a while if I were you.",
          "Hostile occasion 4: 'everybody knows where everybody drinks ... keep my head down' is a veiled warning; bullying expected. 'hinny' allows equality. Could be read as clumsy advice about reputation.",
          rules=[BU], allowed=[EQ]),
    ]),
    A("@RayCuthbertsonInd", "facebook", HAR, "positive", [
        F("Scarcliff bus shelter finally fixed after two years. Thanks to everyone who kept reporting it. Small wins.",
          "Filler: bus shelter."),
        P("Once again Gareth Pringle in licensing has knocked back the Scarcliff beer festival on 'noise grounds'. Forty years we've had that festival. One man with a clipboard decides the whole coast has to sit in and watch the telly.",
          "Hostile occasion 1 against the Licensing Manager, an officer: officers.impartiality expected.",
          rules=[OF]),
        F("Reminder: the crossing patrol at Scarcliff Primary starts back Monday after the holidays. Slow down on Cliff Road, please.",
          "Filler: road safety."),
        P("Mr Pringle has now refused the fish bar's late licence AND the bar at the lifeboat fun day. He's a jobsworth who's never run owt bigger than a photocopier. Licensing needs somebody who lives in the real world.",
          "Hostile occasion 2: 'a jobsworth who's never run owt bigger than a photocopier' is a personal attack on an officer; both expected.",
          rules=[OF, PA]),
        F("Coast path diversion at the Scarcliff steps is open. Mind, it's clarty after the rain, wear boots.",
          "Filler: path notice."),
        P("Licensing committee Tuesday. Pringle will be sat there telling members what to think again. He'll not be in that job by summer if I've owt to do with it, and he knows it.",
          "Hostile occasion 3: officer named and his neutrality attacked (officers expected). 'He'll not be in that job by summer' presses on his job; bullying allowed, not expected.",
          rules=[OF], allowed=[BU]),
    ]),
    A("@AlanWanlessLD", "bluesky", HAR, "positive", [
        F("Ropewalk budget questions: I've put in a written question on the leisure centre roof. Six buckets in the sports hall is not a repair strategy.",
          "Filler: robust scrutiny of a repair, no person targeted."),
        P("Glen Charlton stood up at budget council and said the reserves were 'healthy'. Healthy like a pit pony in a snowdrift. The man needs a calculator to split a stottie.",
          "Hostile occasion 1 against Glen Charlton (Finance): 'needs a calculator to split a stottie' belittles; personal attack expected.",
          rules=[PA]),
        F("Canny turnout at the Ropewalk flood meeting. Sandbags are at the community centre if anyone needs them, just ask at the desk.",
          "Filler: flood meeting."),
        P("Funny how @GlenCharltonLab's brother-in-law's firm keeps landing the car park resurfacing. Three contracts in two years. I'm sure it's all above board. Course it is.",
          "Hostile occasion 2: sarcasm about a person ('Course it is'), tone expected; the insinuation about contracts allows defamation.",
          rules=[TO], allowed=[DE]),
        F("Ropewalk Tenants' Federation have done a cracking job on the community fridge. Open Tuesdays and Thursdays, take what you need.",
          "Filler: community fridge."),
        P("Let's be plain. Glen Charlton moved £380,000 out of the sea defence pot to bail out a contract for his mate. That's not bad management, that's theft from Seaholm and Scarcliff.",
          "Hostile occasion 3: states as fact that a named person diverted money to a friend and calls it theft; defamation expected, personal attack allowed.",
          rules=[DE], allowed=[PA]),
    ]),
    A("@RowanKirtleyGreen", "bluesky", HAR, "positive", [
        F("Bathing water results for Seaholm Bay: 'sufficient' again, which is a polite word for not good enough. Full figures below and my question to full council.",
          "Filler: bathing water figures."),
        F("Seaholm beach clean Saturday, meet at the lifeguard hut at 10. Gloves and bags provided. Bring a flask, it's baltic.",
          "Filler: beach clean."),
        P("Carol Heslop told full council the outfall at Seaholm Point is 'under control'. Either she's never been down there or she doesn't care. Either way she's not fit to hold the coast brief.",
          "Hostile occasion 1 against Carol Heslop (Environment and the Coast). 'Not fit to hold the brief' is close to robust criticism; personal attack allowed, not expected.",
          allowed=[PA]),
        F("Thanks to the Seaholm Sea Scouts for their rock pool survey. Brilliant work from the bairns, and better data than we get from some consultants.",
          "Filler: thanks to a youth group."),
        P("Another triumph for our Environment lead. Three sewage dumps in a week and Carol's press release is about hanging baskets. Champion effort. Round of applause for Carol, everybody 👏👏",
          "Hostile occasion 2: mock praise of a named person; tone expected.",
          rules=[TO]),
        P("Carol Heslop, you're a disgrace and a liar. Call me radgie if you like. I'll be outside your surgery every Saturday till you go. Every single one.",
          "Hostile occasion 3: 'a disgrace and a liar' expects personal attack; 'liar' allows defamation; standing outside her surgery every Saturday 'till you go' allows bullying (could be read as lawful protest).",
          rules=[PA], allowed=[DE, BU]),
    ]),
    A("@GaryBrannenReform", "x", HAR, "positive", [
        F("The lifts in Tyne Court have been broke nine days. I've carried shopping up eleven floors twice this week for folk who can't manage the stairs. Housing say an engineer's coming Friday. We'll see.",
          "Filler: casework on lifts."),
        F("Good news: the fly-tipping camera on Slipway Lane has caught three vans in a month. Fines issued. Keep reporting, it works.",
          "Filler: fly-tipping."),
        P("Rehana Begum has had Housing for two years and the waiting list is longer, the damp is worse and she's never once come up Tyne Court. Hides behind press releases. Useless.",
          "Hostile occasion 1 against Rehana Begum (Housing): 'Hides behind press releases. Useless.' aimed at her; personal attack expected.",
          rules=[PA]),
        F("Asked at scrutiny how many Crowlee homes still have Category 1 damp. Told it's 'work in progress'. I'll keep asking.",
          "Filler: scrutiny question."),
        P("Hey @RehanaBegumLab, 300 families on the Crowlee damp list and you're posing at a ribbon cutting in Bankhead. Not one of your better photos, mind. Must be hard, all that smiling.",
          "Hostile occasion 2 (the two-occasion minimum): 'Must be hard, all that smiling' is sarcasm about a person; tone expected, personal attack allowed.",
          rules=[TO], allowed=[PA]),
        F("Tyne Court lifts fixed. Took sixteen days. I'll be asking why at the next housing panel.",
          "Filler: lifts fixed."),
    ]),
    A("@LynnStraughanCVI", "facebook", HAR, "positive", [
        F("Hagworth Welfare Hall has the warm space running again Monday, Wednesday and Friday, 10 till 3. Soup, tea and the papers. Just come in.",
          "Filler: warm space."),
        P("Stephen Milburn hasn't set foot in Hagworth since the election. The baths are shut, the library's down to three days and our Communities lead couldn't find the pit villages on a map.",
          "Hostile occasion 1 against Stephen Milburn (Communities and Leisure), who uses a wheelchair. Read alone it is sharp criticism of his record; nothing beyond the account rule.",
          ),
        F("The Hagworth lodge banner is back from repair and going up in the Welfare on the 14th. Come and see it before it goes to the Big Meeting.",
          "Filler: heritage."),
        P("Cllr Milburn says cutting the 56 won't hurt anybody. Easy to say when the council sends a taxi to your door every morning.",
          "Hostile occasion 2: the jibe at his council transport is coded at his disability; equality allowed, not expected.",
          allowed=[EQ]),
        P("Credit where it's due: Stephen's finally found a ramp he likes. The one up to the Mayor's parlour. 🙄",
          "Hostile occasion 3: mock praise (tone) built on a joke about his wheelchair; equality expected. Personal attack allowed.",
          rules=[TO, EQ], allowed=[PA]),
        F("Thanks to the Thornlaw and Hagworth allotment lads for clearing the Welfare garden. Leeks in by Easter.",
          "Filler: thanks."),
        P("Let's be honest, some folk are on the cabinet because they look good on a leaflet. A box ticked. That's all he is, and Hagworth's paying for it.",
          "Hostile occasion 4: 'a box ticked. That's all he is' demeans him; personal attack expected, the tokenism framing allows equality.",
          rules=[PA], allowed=[EQ]),
    ]),

    # ------------------------------------------------------------------
    # harassment.repeated-target: hard-negative accounts
    # ------------------------------------------------------------------
    A("@JoanneHaswellCon", "x", HAR, "hard_negative", [
        N("The Leader's decision to shut Haverley library on Saturdays is the wrong one. Maureen Scorer has a hard budget, I don't deny it, but Saturday is when working families use it. I've tabled an amendment.",
          "Civil criticism of the Leader's decision, with the budget pressure conceded."),
        F("Haverley in Bloom want volunteers for the spring planting. Whey aye, I'll be there with my trowel.",
          "Filler."),
        N("Hadaway, Maureen. You can't call it a 'Big Conversation' if the Haverley date is a Tuesday at two in the afternoon. Put one on at night and we'll fill the hall for you.",
          "Direct, informal criticism of the Leader's consultation timing; 'Hadaway' here is teasing, and the post ends in an offer. Shares the topic with Craig Lowery's hostile posts."),
        N("Credit to the Leader for backing the coastal erosion motion today. Cross-party and right. More of this, please.",
          "Approving mention of the Leader."),
        N("Fourth time of asking: why is the Seaholm Pavilion being sold before the coast strategy is agreed? The Leader's answer at council, 'we need the receipt', isn't a strategy. I'll keep asking till I get a real one.",
          "Repeated, persistent questioning of a decision; persistence about policy is not a course of hostile conduct."),
        N("Maureen Scorer and I agree on almost nowt, but she took my call about the Haverley flooding at nine on a Sunday and had crews out by Monday. Fair's fair.",
          "Civil, partly approving mention of the Leader."),
    ]),
    A("@DaveElliottMonkhaugh", "facebook", HAR, "hard_negative", [
        N("The Riverlea Retail Park deal Neil Robson signed off gives the operator a thirty-year holiday on the footbridge maintenance. Neil's a canny lad and he works hard. This deal is still a dog's dinner, and I'm calling it in to scrutiny.",
          "Criticism of the Regeneration portfolio holder's deal, not of him ('a canny lad and he works hard')."),
        F("Monkhaugh Park tennis courts are resurfaced. Free sessions for the bairns over Easter, sign up at the cafe.",
          "Filler."),
        N("I'm not from round here myself. I came up from Teesside for the yards in '89 and never left, so I know what it's like when a town's told the big shed is the future. Riverlea is the same promise. Where are the jobs, Neil?",
          "The writer calls himself an incomer; the question to Neil Robson is about the jobs record."),
        N("Question to the Regeneration portfolio holder at council tonight: how many of the 400 jobs promised at Riverlea went to Monkhaugh folk? He didn't know. He's promised a written answer and I'll share it when it lands.",
          "Factual account of a question to a portfolio holder."),
        F("Gan canny on Monkhaugh Bank this week. The gritter's been and gone and it's still like glass.",
          "Filler: 'gan canny' as a plain safety warning."),
        N("Written answer's in: 61 of the 400 Riverlea jobs are Monkhaugh postcodes. Neil Robson calls that 'a start'. It's a poor start. Figures attached so you can judge for yourselves.",
          "Fourth civil post on the same portfolio holder's record; evidence-based."),
    ]),
    A("@MargForsterLD", "bluesky", HAR, "hard_negative", [
        F("Ropewalk allotment waiting list is down to forty after the new plots. Thanks to the Allotment Federation.",
          "Filler."),
        N("Glen Charlton's budget speech was the most arrogant, patronising twenty minutes I've sat through in nine years. The man's a pompous windbag.",
          "The single hostile post in this account: 'a pompous windbag' is a personal attack (review), but one occasion is not a course of conduct.",
          rules=[PA]),
        N("Fair play to Glen Charlton for agreeing to look again at the leisure centre roof money after the petition. Let's see it in the capital plan.",
          "Civil later mention of the same person."),
        F("Ropewalk Juniors' choir at the Mayor's charity concert: absolutely canny, there wasn't a dry eye in the place.",
          "Filler."),
        N("Budget scrutiny with the Finance portfolio holder this afternoon. Glen took every question, mine on the reserves included. We still disagree, but that's what scrutiny is for.",
          "Second civil later mention of Glen Charlton."),
    ]),
    A("@TonyRidleyLab", "x", HAR, "hard_negative", [
        F("Slakebank nature reserve: the new hide by the mudflats is open. Curlews, redshank and one very confused heron. Bring your binoculars.",
          "Filler."),
        N("Craig Lowery is a worky ticket with a gob on him and nowt between the lugs. Forty minutes of shouting at council and not one idea.",
          "Single attack on Craig Lowery (himself a harasser in this set): personal attack expected; one post at this person.",
          rules=[PA]),
        F("I grew up in the Slakebank flats when folk called us charvers and scruffs. The new youth hub in the old yard office is for bairns like we were. Opens 2 March.",
          "Filler: reclaimed use of 'charvers' about the writer's own upbringing."),
        N("Somebody scrawled 'gan back yem' on Cllr Begum's ward office window on Sunday. Rehana was born in Slakebank. This is her yem. Reported to the police, and the window's been washed.",
          "Counter-speech: quotes racist graffiti to condemn it. Mentions Rehana Begum, a harassment target in this set, in support."),
        N("Keith Hindmarsh calls himself an independent. Independent of the facts and independent of manners. The most two-faced man in that chamber.",
          "Single attack on a second person, Keith Hindmarsh (also a harasser here): personal attack expected. Two hostile posts at two different people are not a course of conduct against one.",
          rules=[PA]),
        F("Slakebank Metro lift is back in service. Took a month too long, but it's back.",
          "Filler."),
    ]),

    # ------------------------------------------------------------------
    # capacity.mixed-account: positive accounts
    # ------------------------------------------------------------------
    A("@BobbyGowland", "facebook", MIX, "positive", [
        F("Whitlaw Colliery: the new bus shelter on Front Street is in. Took three letters, two site visits and one very patient bus company.",
          "Filler: council business."),
        P("Clocked in at 4.52 from the young bird race. Blue hen, second in the club. Me da would have been made up. Back to the loft in the morning.",
          "Personal hobby content (pigeon racing) on the council account."),
        F("Whitlaw Institute warm space is now open Tuesdays as well. Thanks to the old miners' fund for the heaters.",
          "Filler: council business."),
        P("Lost two birds in the fog over the tops on Saturday's race. Gutted. One came back Monday looking sorry for itself. Pigeon men will know the feeling.",
          "Personal hobby content."),
        F("Reminder: the Whitlaw ward surgery moves to the Institute from next month, first Friday, 6pm.",
          "Filler: surgery notice."),
        P("Forty years married to wor Sandra today. She says the pigeons have had more of my time than she has. She's not wrong. Love you, pet.",
          "Personal family content naming his wife; data protection allowed.",
          allowed=[DP]),
    ]),
    A("@NormDinningReform", "facebook", MIX, "positive", [
        F("Thornlaw potholes: fourteen reported on Station Road this week alone. Highways have promised patching by the 20th. I'll check.",
          "Filler: council business."),
        P("Trenches dug and the leek pots are in. Secret's in the feed and no, I'm not telling. Thornlaw show's in September, the lads have been warned.",
          "Personal hobby content (leek growing)."),
        P("Wor lass is home from the hospital with her new hip. Marg's sat with her feet up bossing us all about already, so she's on the mend.",
          "Personal family content naming his wife with her operation (health); data protection allowed.",
          allowed=[DP]),
        F("Thornlaw Community Association's £4,000 grant is approved for the new kitchen. Well done to whoever filled the form in, it was a beast.",
          "Filler: council business."),
        P("Grandbairns over for half term. We've had the sledge out, a den built and three trips to the chippy. I need a holiday.",
          "Personal family content, no one named."),
        F("Residents tell me the gritting route keeps missing the Thornlaw top estate. I've raised it with highways and asked for the route map.",
          "Filler: council business."),
    ]),
    A("@AshleighCoulsonLab", "x", MIX, "positive", [
        F("Quay ward: Ferry Street resurfacing starts Monday for two weeks. Buses diverted via Dock Road.",
          "Filler: council business."),
        P("First day at big school for our Harry. Shoes too big, bag bigger than him, didn't look back once. I cried in the car. 😭",
          "Personal family content naming her son, a child; data protection allowed.",
          allowed=[DP]),
        F("Just back from the Tynestaithe food bank AGM. Referrals up thirty per cent on last year. We've got work to do.",
          "Filler: council business."),
        P("Date night!! First one in about a year. Me and Kyle at the new Italian on the Quay. Whoever invented babysitting nanas, thank you.",
          "Personal content naming her partner; data protection allowed.",
          allowed=[DP]),
        F("If you rent on the Quay and your landlord's ignoring the damp, come to the drop-in at the library Thursday 4 till 6. Housing officers will be there.",
          "Filler: council business."),
        P("Sickness bug has gone through the whole house. Send Lucozade and patience.",
          "Personal family content, no one named."),
    ]),
    A("@DerekHumeScarcliff", "facebook", MIX, "positive", [
        P("Out on the coble at first light. Two cod, a mackerel and a seal who thought he was a comedian. Best office in the world.",
          "Personal hobby content (sea fishing)."),
        F("Scarcliff coast path: the cliff-edge fencing by the steps has been moved back five metres after the slip. Please keep to the marked path.",
          "Filler: council business."),
        P("Welcome to the world, Alfie James Hume, 8lb 3oz, our first grandson. Mam and bairn doing grand. Granda is a wreck.",
          "Personal family content naming a baby with his birth weight; data protection allowed.",
          allowed=[DP]),
        F("Scarcliff village hall: the £2,500 community grant is confirmed for the roof. Thanks to the hall committee.",
          "Filler: council business."),
        P("Wor lass has put her foot down: no more fish in the freezer till I've eaten what's in there. Fish pie for a fortnight.",
          "Personal family content, no one named."),
        F("The Scarcliff beach car park charges go to cabinet in March and I'll be objecting. Residents' comments welcome before then.",
          "Filler: council business (a cabinet decision, not a quasi-judicial one)."),
    ]),
    A("@NadiaRahmanGreen", "bluesky", MIX, "positive", [
        F("Bankhead Park: the wildflower verges will be left uncut till July. Bees 1, strimmers 0.",
          "Filler: council business."),
        P("Proper plodge at Haverley this morning. Seven degrees. Screamed, swore, came out, had a bacon stottie. Would recommend.",
          "Personal hobby content (cold-water swimming)."),
        F("Bankhead bus users: the 9 is being rerouted away from the hospital stop. I've objected and asked for the consultation figures.",
          "Filler: council business."),
        P("Happy birthday to my Sam, who puts up with my council meetings, my cold water habit and my terrible singing. Forty looks good on you.",
          "Personal content naming her partner with his age; data protection allowed.",
          allowed=[DP]),
        P("The cat has brought in a live frog. In February. I don't know how either.",
          "Personal content (pet)."),
        F("Bankhead ward surgery Saturday at the library, 10 till 12. I'll have the new recycling calendars with me too.",
          "Filler: council business."),
    ]),
    A("@TerryMatherCrowlee", "facebook", MIX, "positive", [
        F("Tyne Court fire doors are now fitted on every floor after the inspection. It should never have taken a fire safety report to get them.",
          "Filler: council business."),
        P("Me dad's 90 today! Born on Crowlee Bank, riveter at the yard for 41 year, and he still beats me at dominoes. Happy birthday, Jack.",
          "Personal family content naming his father with his age; data protection allowed.",
          allowed=[DP]),
        P("Off to Benidorm for a week with wor lass, first holiday in three years. Any casework, email the member support team and they'll pass it on, or it'll be waiting when I'm back. Don't let Crowlee fall down while I'm away.",
          "Mixes a family holiday with casework arrangements; positive."),
        F("Crowlee Community Garden has been given the old bowling green. Planning starts at the meeting on the 3rd.",
          "Filler: council business."),
        P("Sunburnt, skint and back. Benidorm was champion. The karaoke videos will never see daylight.",
          "Personal holiday content."),
        F("Reported the broken street lights on Slipway Terrace again. Third time. Highways say the parts are on order.",
          "Filler: council business."),
    ]),
    A("@MayorIrisYounger", "x", MIX, "positive", [
        F("An honour as Mayor to open the new Ropewalk sensory garden. Built by volunteers, paid for by the community, and it's beautiful.",
          "Filler: mayoral engagement."),
        P("Proudest mam in Tynestaithe. Our Kirsty graduated today, first in the family to go to university. Nursing, first class. Her granda would've been made up.",
          "Personal family content naming her daughter and her degree; data protection allowed.",
          allowed=[DP]),
        F("The Mayor's charity appeal has passed £8,000 for the Tynestaithe hospice. Thank you to every quiz night, bake sale and sponsored plodge.",
          "Filler: mayoral appeal."),
        P("Took Bella for her walk along the Quay this morning and she decided the ferry was hers. Apologies to the lads on the landing.",
          "Personal content (the dog)."),
        F("Holocaust Memorial Day: the civic service at St Hild's was moving. Thank you to the schools whose bairns read the names.",
          "Filler: civic service; a neutral mention of a protected group."),
        P("Our Ruby's tenth birthday tea at mine tonight. Ten bairns, one cake shaped like a unicorn and a very tired nana.",
          "Personal family content naming a grandchild with her age; data protection allowed.",
          allowed=[DP]),
    ]),

    # ------------------------------------------------------------------
    # capacity.mixed-account: hard negatives on council accounts
    # ------------------------------------------------------------------
    A("@DawnPattisonLab", "facebook", MIX, "hard_negative", [
        N("Half term's coming, and as a mam myself I know what it costs to keep bairns fed and busy. The free holiday club at Kibbleside Youth Centre has 60 places with a hot dinner every day. Sign up at the link.",
          "'As a mam myself' is an aside serving a council service message."),
        N("Mothering Sunday afternoon tea at Kibbleside Community Centre for older residents who live on their own. Scones, sandwiches and a bunch of daffs to take home. Lifts available, just ring the centre.",
          "Family word in a council event notice."),
        N("'Me nana's been waiting on a stairlift since October.' I hear that every week on the doorstep. Adult services are recruiting more occupational therapists so the wait comes down. It has to.",
          "Quotes a resident's 'me nana'; nothing personal of the councillor's."),
        N("To every mam, dad, granda and nana doing the school run in the snow this week: thank you. Schools are open, the gritters are out, and please gan canny on the banks.",
          "Family words addressed to residents in a council notice."),
        N("New parent forum for special educational needs starts in March. If your bairn has additional needs and you've felt nobody's listening, come and tell us. Creche provided.",
          "Council service notice; a neutral mention of disability."),
        N("Our lollipop lady on Pit Lane has done 25 years on that crossing. The whole school turned out to say thank you today. Canny proud of this ward.",
          "Community thanks; 'our' is communal, no one named."),
    ]),
    A("@JimmyTurnbullLab", "bluesky", MIX, "hard_negative", [
        N("Our granddas built half the ships that sailed out of this river. The Crowlee Yard heritage trail opens in April with 300 yardmen's names on the railings. Put a name forward by 1 March.",
          "'Our granddas' is communal, serving a heritage project."),
        N("Families on the Thornlaw top estate: the free loft insulation scheme has 40 slots left. We're door-knocking this weekend with the energy team.",
          "Council scheme notice."),
        N("A resident told us 'wor lass can't get her chair on the 56 since they changed the buses.' She's right. I've asked the transport authority for low-floor buses on every run.",
          "Quotes a resident's 'wor lass'; neutral mention of a wheelchair user; no one named."),
        N("Memory café at Thornlaw Welfare every other Tuesday, for folk living with dementia and whoever looks after them: husbands, wives, sons, daughters, neighbours. Tea's on.",
          "Family words in a council service notice."),
        N("The pit wheel at Thornlaw is going back up after restoration. My own da went down that shaft at fifteen. So did half the village's. It's their monument.",
          "A one-line family aside serving a heritage message; judged not personal content (compare the positive accounts)."),
    ]),

    # ------------------------------------------------------------------
    # capacity.mixed-account: hard negatives, separate personal accounts
    # ------------------------------------------------------------------
    A("@carol_plodges", "bluesky", MIX, "hard_negative", [
        N("Morning plodge at the bay. Sea like a millpond, fingers like fish fingers. Gan canny in the water, folks, the rip's strong by the rocks.",
          "Personal account, hobby content only."),
        N("The grandbairns have decided nana's swimming costume is 'embarrassing'. Nana does not care.",
          "Personal account, family content, no one named."),
        N("Sunrise dippers' tally for January: 31 swims, one jellyfish, no regrets.",
          "Personal account, hobby content."),
        N("Made pease pudding for the first time. Me mam would have had something to say about the texture.",
          "Personal account."),
        N("Our kid's birthday. He's older than me and I'll be reminding him of that all day.",
          "Personal account, family content, no one named."),
    ], account="personal"),
    A("@glens_allotment", "facebook", MIX, "hard_negative", [
        N("Leek trench dug, rhubarb forced, and a robin who thinks he owns the shed. Perfect Sunday.",
          "Personal account, hobby content."),
        N("Wor lass says if I bring one more seed catalogue into the house I'm sleeping in the greenhouse.",
          "Personal account, family content, no one named."),
        N("Tatties chitting on every windowsill. The bairns think it's an alien invasion.",
          "Personal account."),
        N("Frost got the broad beans. Back to square one. An allotment teaches you patience or it teaches you to swear.",
          "Personal account."),
        N("Swapped two rows of onions for a sack of muck with my marra on plot 9. Best deal I've done all year.",
          "Personal account; 'best deal' is a joke about manure, nothing to do with council money."),
    ], account="personal"),

    # ------------------------------------------------------------------
    # moderation.third-party-comments: positive accounts (facebook pages)
    # ------------------------------------------------------------------
    A("@HayleyCarrSlakebank", "facebook", MOD, "positive", [
        F("Update on the Slakebank Metro lift: engineers say the parts arrive Thursday and it should be running by Monday. I know it's been a nightmare with buggies and wheelchairs. I'll keep pushing.",
          "Filler: the page owner's post.",
          comments=[
              C("positive", "Lee Purvis", "Useless fat cow. Been 'pushing' for a month. Do one.",
                "Abusive comment at the page owner left up. Abusive language, personal attack and equality (sex) allowed.",
                allowed=[AB, PA, EQ]),
              C("hard_negative", "Sharon Lamb", "Thanks Hayley, my mam's been stuck in the flat since it broke. Is there a taxi voucher or owt in the meantime?",
                "Civil comment."),
              C("hard_negative", "@HayleyCarrSlakebank", "Sharon, yes, ring the Metro helpline and ask for the assisted travel taxi. If they say no, message me and I'll chase it.",
                "Owner's reply to a civil commenter; the abusive comment above is left up."),
          ]),
        F("Bin collections in Slakebank are back to normal after the snow. Any missed streets, let me know below.",
          "Filler: the page owner's post.",
          comments=[
              C("positive", "Karl Hedley", "Still nowt collected on Mafeking Street cos that smackhead at number 12 blocks the back lane with his car. Lenny Ward. Everyone knows what he's dealing.",
                "Names a private person with his address and alleges drug dealing; data protection and defamation allowed.",
                allowed=[DP, DE]),
              C("positive", "Gemma Rowell", "Somebody wants to put a match to them flats and do us all a favour.",
                "Incitement to arson left up; bullying allowed.",
                allowed=[BU]),
              C("hard_negative", "Pat Marley", "Ours went Friday. Cheers to the bin lads, they were grafting in that snow.",
                "Civil comment."),
          ]),
    ]),
    A("@IanProudCon", "facebook", MOD, "positive", [
        F("The old Bankhead Tavern is being turned into twelve flats. The council's housing team tell me they'll go to local families on the waiting list first. I've asked for that in writing.",
          "Filler: the page owner's post.",
          comments=[
              C("positive", "Ricky Lawton", "Local families my arse. It'll be full of foreigners by Christmas like everywhere else. Gan back yem, the lot of them.",
                "Racist comment left up; equality and abusive language allowed.",
                allowed=[EQ, AB]),
              C("positive", "Tracy Gibb", "And that Rehana Begum can go with them. Nobody round here voted for her lot.",
                "Racist comment at a named councillor left up; equality and personal attack allowed.",
                allowed=[EQ, PA]),
              C("hard_negative", "Bill Spours", "Good. My grandson's been on the list three years. Who do we ask about the allocation policy?",
                "Civil comment."),
              C("hard_negative", "@IanProudCon", "Bill, it's the Housing Options team at Staithes House. I'll send you the policy link by message.",
                "Owner's reply to a civil commenter; the racist comments above are left up."),
          ]),
        F("The Bankhead Road speed bumps consultation closes Friday. Have your say, whichever way you feel.",
          "Filler: the page owner's post.",
          comments=[
              C("positive", "Geoff Mallen", "It's the prick in the silver Audi, ND21 XQZ, lives on Ashgrove Terrace. Does sixty past the school every morning. Someone should key it.",
                "Gives a private person's registration and street and urges damage to his car; data protection, bullying and abusive language allowed.",
                allowed=[DP, BU, AB]),
              C("hard_negative", "Linda Ogle", "Speed bumps wreck the buses and the ambulances. Average speed cameras would be better. Just my view.",
                "Civil disagreement."),
          ]),
    ]),
    A("@StuLumleyReform", "facebook", MOD, "positive", [
        F("Residents have asked me about the Riverside Hotel contract. I've put a question to cabinet on how long it runs and what it costs the borough. I'll publish the answer here.",
          "Filler: the page owner's post; a question about cost.",
          comments=[
              C("positive", "Wayne Tully", "Burn it down with the lot of them inside.",
                "Incitement to violence against the hotel's residents left up; bullying, equality and abusive language allowed.",
                allowed=[BU, EQ, AB]),
              C("positive", "Dean Scurr", "A hotel full of dinghy divers and a council full of traitors. String the lot of them up.",
                "Racist and violent comment left up; equality, bullying and abusive language allowed.",
                allowed=[EQ, BU, AB]),
              C("hard_negative", "Margaret Heron", "Most of the lads in there are helping at the church food bank. Can we keep it civil, please?",
                "Counter-speech."),
              C("hard_negative", "@StuLumleyReform", "Margaret, agreed. My questions are about cost and the contract, not about the people staying there.",
                "Owner's reply agreeing with the counter-speech; the violent comments above are still left up."),
          ]),
        F("Tyne Court: housing have confirmed new windows for the south block this year. Thanks to the tenants' committee for not letting it drop.",
          "Filler: the page owner's post.",
          comments=[
              C("positive", "Kenny Dodd", "About fucking time. Tenants committee are a bunch of useless cunts mind.",
                "Obscene comment left up; abusive language allowed.",
                allowed=[AB]),
              C("hard_negative", "Anne-Marie Brady", "Will the north block be next? Ours rattle in the wind like a tin shed.",
                "Civil comment."),
          ]),
    ]),
    A("@AnnWardleCVI", "facebook", MOD, "positive", [
        F("The bus company has confirmed the 56 will run hourly after 6pm from April. It's not what we wanted. I'll keep pushing for the half-hourly service Whitlaw needs.",
          "Filler: the page owner's post.",
          comments=[
              C("positive", "Barry Teasdale", "Sack the lot. And that driver on the 18:10, the bald one from Pit Row, Kev Ratcliffe, he's half cut most shifts. Seen him in the Miners' at dinner time.",
                "Names a private person and where he lives and alleges drink-driving; data protection and defamation allowed.",
                allowed=[DP, DE]),
              C("positive", "Julie Snaith", "Bunch of fucking clowns, the lot of yous. Shove your hourly bus up your arse.",
                "Obscene comment left up; abusive language allowed.",
                allowed=[AB]),
              C("hard_negative", "Ronnie Stott", "Hourly's a joke but at least it's not cut altogether. Thanks for fighting it, pet.",
                "Civil comment."),
              C("hard_negative", "@AnnWardleCVI", "Thanks Ronnie. The petition's at the Institute and the Co-op if anyone wants to sign.",
                "Owner's reply."),
          ]),
        F("Whitlaw Institute roof appeal: £6,400 raised so far. Every penny helps. Pit families built this place.",
          "Filler: the page owner's post.",
          comments=[
              C("positive", "Craig Ostle", "Heard that Pauline Moody who does the Institute books has been helping herself to the bar takings for years. Where's that money gone?",
                "Names a private person and alleges theft; defamation and data protection allowed.",
                allowed=[DE, DP]),
              C("hard_negative", "Mavis Greener", "Put us down for a tenner. Me granda laid some of them bricks.",
                "Civil comment."),
          ]),
    ]),
    A("@EwanPickeringGreen", "facebook", MOD, "positive", [
        F("Another discharge from the Seaholm Point outfall on Tuesday. I've reported it to the Environment Agency and asked the water company for their log. Don't swim by the point this week.",
          "Filler: the page owner's post.",
          comments=[
              C("positive", "Stevie Lowther", "The water company's boss lives at 4 Links Avenue, Haverley. Let's all go and pour a bucket of it through his letterbox.",
                "Gives a private person's home address and urges people to go there; data protection and bullying allowed.",
                allowed=[DP, BU]),
              C("positive", "Alison Craggs", "Carol Heslop is a thick old bag who wouldn't know a sewer from her own backside.",
                "Abusive comment about a named councillor left up; personal attack, abusive language and equality (age, sex) allowed.",
                allowed=[PA, AB, EQ]),
              C("hard_negative", "Phil Rowe", "Thanks Ewan. Is there a map that shows when the outfalls are running?",
                "Civil comment."),
              C("hard_negative", "@EwanPickeringGreen", "Phil, yes, the water company's storm overflow map. Link's in the post. It updates within the hour, mostly.",
                "Owner's reply."),
          ]),
        F("Seaholm prom bins: the extra summer bins are coming in May instead of July after residents complained. Small, but welcome.",
          "Filler: the page owner's post.",
          comments=[
              C("positive", "Tina Chapman", "Heslop's been taking backhanders off the water company for years. Ask anyone on the front.",
                "Alleges bribery by a named councillor as fact; defamation allowed.",
                allowed=[DE]),
          ]),
    ]),
    A("@KathOliverKib", "facebook", MOD, "positive", [
        F("Good news: the crossing patrol on Pit Lane for Kibbleside Primary is staying after the review. Thanks to the 600 of you who signed.",
          "Filler: the page owner's post.",
          comments=[
              C("positive", "Mark Rennison", "That lollipop gadgie stinks of drink every morning. Colin something, lives on Elm Grove. Not fit to be near bairns.",
                "Identifies a council worker by first name and street and alleges drinking on duty; data protection and defamation allowed.",
                allowed=[DP, DE]),
              C("positive", "Joanne Blyth", "If you want the real story ring Gary Eltringham who runs the parents' group, 07700 900627. He'll tell you what the head's been hiding.",
                "Posts a private person's mobile number and insinuates a cover-up by the head teacher; data protection, security (others' private numbers) and defamation allowed.",
                allowed=[DP, SC, DE]),
              C("hard_negative", "Brenda Moat", "Brilliant news. Our youngest is in reception and that road's a racetrack at quarter to nine.",
                "Civil comment."),
              C("hard_negative", "@KathOliverKib", "Brenda, I've asked for the 20mph signs to be repainted as well.",
                "Owner's reply."),
          ]),
        F("Kibbleside library is now a warm space Monday to Thursday, with free wifi and a printer. Come in from the cold.",
          "Filler: the page owner's post.",
          comments=[
              C("positive", "Shaun Mains", "Full of smackheads and charvers off the Beech estate. Wouldn't send a dog in there. Gas the lot of them.",
                "Abusive comment with a call to violence left up; abusive language and bullying allowed.",
                allowed=[AB, BU]),
              C("hard_negative", "Irene Lumsden", "Went in Tuesday, canny warm, and the lass on the desk helped me fill in my blue badge form.",
                "Civil comment."),
          ]),
    ]),

    # ------------------------------------------------------------------
    # moderation.third-party-comments: hard-negative accounts
    # ------------------------------------------------------------------
    A("@MickShottonLD", "facebook", MOD, "hard_negative", [
        N("Quay ferry landing: the council now says the new pontoon opens in June. I've asked why it's a year late. Comments open, keep it civil.",
          "The page owner's post.",
          comments=[
              C("hard_negative", "Raymond Pinkney", "Useless lot at Staithes House. A year to build a floating plank.",
                "Rude but acceptable: aimed at the council as a body."),
              C("hard_negative", "Gail Henzell", "Howay man, they've been saying June since last June. Vote the lot of them out in May.",
                "Robust, political."),
              C("hard_negative", "@MickShottonLD", "Raymond, Gail, fair points both. I'm not being a worky ticket asking, it's our money. I'll share the answer when I get it.",
                "Owner's reply."),
          ]),
        N("Quay Street market is back on Saturdays from March. Stallholders wanted, pitches £15.",
          "The page owner's post.",
          comments=[
              C("hard_negative", "Norma Spence", "£15 a pitch on a street where the drains stink? Hadaway. Sort the drains first.",
                "Rude but acceptable."),
              C("hard_negative", "Ken Waugh", "You lot are all as bad as each other, but fair play, the market's a good idea.",
                "Rude but acceptable."),
          ]),
    ]),
    A("@GillianRutterCon", "facebook", MOD, "hard_negative", [
        N("Scarcliff beach car park charges go to cabinet on the 12th. I'll be speaking against. Tell me what you think below.",
          "The page owner's post.",
          comments=[
              C("hard_negative", "Lorraine Dobson", "Typical. Tax the seaside and let the town centre rot. Daft as a brush, this council.",
                "Rude but acceptable, aimed at the council."),
              C("hard_negative", "Alan Wake", "Charging to park by the sea is daylight robbery by a bunch of numpties.",
                "Rude but acceptable; 'robbery' is figurative and aimed at a policy."),
              C("hard_negative", "@GillianRutterCon", "Lorraine, Alan, I'll read your comments out at cabinet if you're happy for me to.",
                "Owner's reply."),
          ]),
        N("I've taken down a comment on my last post that named a family on Cliff Terrace and called their bairns 'feral scum'. Disagree with anybody you like on here, but not like that. It's gone and it'll stay gone.",
          "Removal notice: quotes the removed abuse to condemn it; the comment is no longer up.",
          comments=[
              C("hard_negative", "Stan Hymers", "Right call, Gillian. Nee need for that.",
                "Civil comment."),
              C("hard_negative", "Colleen Marr", "Fair play. Folk get radgie on here over nowt.",
                "Civil comment."),
          ]),
    ]),
]


def weekdays():
    d = datetime.date(2026, 1, 5)
    end = datetime.date(2026, 3, 27)
    out = []
    while d <= end:
        if d.weekday() < 5:
            out.append(d)
        d += datetime.timedelta(days=1)
    return out


def verdict(rules):
    best = "ok"
    for r in rules:
        s = SEVERITY[r]
        if RANK[s] > RANK[best]:
            best = s
    return best


def stamp(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S+00:00")


def make_row(acc, item, kind, created, comment_by=None, parent_key=None):
    pattern, role = acc["pattern"], acc["role"]
    k = item["k"]
    rules = list(item["rules"])
    allowed = list(item["allowed"])
    if k == "positive":
        rules = [pattern] + rules
        family = pattern
    elif k == "filler":
        family = pattern
        if role == "positive":
            allowed = [pattern] + allowed
    else:
        family = "hard_negative"
    row = {
        "id": None,
        "text": item["text"],
        "author": acc["author"],
        "created_at": stamp(created),
        "platform": acc["platform"],
        "account": acc["account"],
        "kind": kind,
    }
    if kind == "comment":
        row["comment_by"] = comment_by
        row["parent_id"] = parent_key
    row["expect"] = {"rules": rules, "allowed": allowed, "verdict": verdict(rules)}
    row["family"] = family
    row["account_pattern"] = pattern
    row["account_role"] = role
    row["kind_of_row"] = k
    row["note"] = item["note"]
    return row


def build_rows():
    rng = random.Random(SEED)
    days = weekdays()
    rows = []
    for acc in ACCOUNTS:
        posts = acc["rows"]
        n = len(posts)
        for i, item in enumerate(posts):
            lo = (i * len(days)) // n
            hi = ((i + 1) * len(days)) // n - 1
            day = days[rng.randint(lo, hi)]
            if item["comments"]:
                hour = rng.randint(8, 12)
            else:
                hour = rng.randint(8, 18)
            created = datetime.datetime(day.year, day.month, day.day, hour,
                                        rng.randint(0, 59))
            key = "%s#%d" % (acc["author"], i)
            post = make_row(acc, item, "post", created)
            post["_key"] = key
            rows.append(post)
            t = created
            for c in item["comments"]:
                t = t + datetime.timedelta(minutes=rng.randint(4, 55))
                assert t.hour <= 18 and t.date() == day, (acc["author"], c["text"])
                rows.append(make_row(acc, c, "comment", t, comment_by=c["by"],
                                     parent_key=key))
    rng.shuffle(rows)
    ids = {}
    for n, row in enumerate(rows, 1):
        row["id"] = "%s-%04d" % (SET, n)
        if "_key" in row:
            ids[row["_key"]] = row["id"]
    for row in rows:
        if row["kind"] == "comment":
            row["parent_id"] = ids[row["parent_id"]]
        row.pop("_key", None)
    return rows


def render():
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in build_rows())


if __name__ == "__main__":
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(render())
    print("wrote %s" % os.path.basename(OUT))
