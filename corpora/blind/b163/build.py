#!/usr/bin/env python3
"""Build accounts.jsonl for blind set b163 (account-level rules).

Every text, label and note below was written by hand for this set. The script
only places the rows in time (a fixed seed), shuffles them, numbers them and
writes the file, so running it twice gives the same bytes.

Usage: python3 build.py            writes accounts.jsonl next to this file
       python3 build.py --stdout   prints the file instead (used by validate.py)
"""
import datetime
import json
import os
import random
import sys

SET = "B163"
SEED = 16301
FIRST_DAY = datetime.date(2026, 2, 2)   # a Monday
LAST_DAY = datetime.date(2026, 4, 17)   # a Friday

HAR = "harassment.repeated-target"
MOD = "moderation.third-party-comments"
MIX = "capacity.mixed-account"
PA = "respect.personal-attack"
AB = "respect.abusive-language"
BUL = "bullying.intimidation"
EQ = "equality.discrimination"
OFF = "officers.impartiality"
DP = "data-protection.personal-data"
DEF = "defamation.allegation"
IRO = "tone.irony-risk"
HASTE = "haste.pause-before-posting"
SEC = "security.credentials"

# Base severity of each rule (the lower one where RULES.md says "review; block when severe").
SEVERITY = {
    PA: "review", AB: "review", BUL: "block", EQ: "block", OFF: "review",
    "confidentiality.disclosure": "review", "confidentiality.insider-advantage": "review",
    DP: "review", "predetermination.closed-mind": "review", "capacity.council-voice": "review",
    "resources.political-use": "review", "position.improper-advantage": "review",
    "interests.declared-interest": "review", "gifts.hospitality": "advice", DEF: "review",
    "copyright.third-party-content": "advice", HASTE: "advice", "meetings.during-meeting": "advice",
    SEC: "block", IRO: "advice", "association.endorsed-content": "advice",
    HAR: "block", MOD: "review", MIX: "advice",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

# A row: (kind_of_row, kind, comment_by, text, rules, allowed, note)
#   kind_of_row: "pos" (expects the account rule), "hn" (hard negative), "fill" (filler)
#   kind: "post", "reply" (an x @reply; the post replied to is not in the set) or "comment"
#   comment_by: None for the owner's own posts; a member of the public's name, or the
#   owner's handle for the owner's replies, on comments (which sit under the owner's
#   most recent post above them).
#   rules / allowed: post rules besides the account rule; the script adds the account
#   rule to "pos" rows and allows it on filler rows of positive accounts.

ACCOUNTS = [
    # ------------------------------------------------------------------ harassment: positive
    dict(handle="@CraigBostockRUK", platform="x", account="councillor", pattern=HAR, role="positive",
         about="Craig Bostock (Reform UK, Stowgrave) targets Anjali Chaudhry, Cabinet Member for Planning and Growth (4 hostile posts)",
         rows=[
        ("fill", "post", None, "Stowgrave parish hall Tues 7pm. The 43 bus cuts are on the agenda. If you use it to get to Pottersford market or the hospital come and say so, the operator's sending someone. I'll be there.", [], [], "ward notice"),
        ("pos", "post", None, "Anjali Chaudhry has never stood at the edge of a knothole in her life and it shows. 4,000 houses on Hatchmoor airfield, drawn up by a careerist with a lanyard who thinks the Lidd is a brand of fizzy water. Embarrassing.", [PA], [], "first hostile occasion: belittles the portfolio holder, not the plan"),
        ("fill", "post", None, "Brook End flooded again this morning, 3rd time since Xmas. Reported to highways with photos. I've kept door numbers off here on purpose, message me if it's yours.", [], [], "casework; keeps residents' addresses off the post"),
        ("pos", "reply", None, "@CllrAnjaliChaudhry Wow. Another glossy garden village leaflet. Such vision. We are truly not worthy 👏👏👏", [IRO], [PA], "second occasion: mock praise as an @reply"),
        ("pos", "post", None, "Anjali's blocked me. Doesn't matter. I'll be at Hatchmoor parish Monday, cabinet questions Thursday and her surgery Saturday, and the one after that, and the one after that. Can't block a bloke in the front row, Anjali.", [], [BUL], "third occasion: pursues her after being blocked; bullying allowed, not expected"),
        ("fill", "post", None, "Good turnout for the Stowgrave litter pick. 14 bags off the pit road and a shopping trolley out of the knothole by the Pugmill Lane gate. Cheers all 👍", [], [], "community post; knothole idiom on the filler side"),
        ("pos", "post", None, "Nice lunch at the Wheatsheaf today Anjali? Saw your car in the car park. Stowgrave was under water while you had your starter. We see where you go. Remember that.", [BUL], [], "fourth occasion: tells her where she is watched; intimidation"),
    ]),
    dict(handle="@JanetMossopInd", platform="facebook", account="councillor", pattern=HAR, role="positive",
         about="Janet Mossop (Independent, Fellingham Green) targets a resident, Nadine Orchard, who complained about her (3 hostile posts)",
         rows=[
        ("fill", "post", None, "Fellingham Green bonfire and fireworks committee met last night. Sadly we can't use the rec this year so we're looking at the field behind Pilgrim's Farm instead. Marshals needed please!! Hi-vis provided.", [], [], "village notice"),
        ("pos", "post", None, "Some people in this village clearly have nothing better to do with their time than write letters of complaint about their councillor. Nadine Orchard, I know it was you. A sad, bitter woman who has never lifted a finger for Fellingham Green in the twenty years she's lived here.", [PA], [BUL, DP], "first occasion: names a private complainant and insults her"),
        ("fill", "post", None, "The defibrillator outside the Plough is back in service with new pads. Huge thanks to Fellingham WI for raising the money at the Christmas fayre.", [], [], "village notice"),
        ("pos", "post", None, "For those asking why the fireworks can't go on the rec this year: ask Nadine at number 9 Moat Lane. Her complaint to the district about 'noise and debris' did it. Lovely. I do hope she enjoys the quiet.", [DP], [BUL, IRO], "second occasion: a private person's name with her house number and street"),
        ("fill", "post", None, "Good news! The Fellingham Green Neighbourhood Plan has passed examination, with a few tweaks to the infill policy on Pilgrim's Lane. The referendum date will follow from the district.", [], [], "council business"),
        ("pos", "post", None, "A word to anyone thinking of complaining about me to the Monitoring Officer the way Nadine Orchard did. Fellingham is a small village. People talk, people remember and people know where you live. Think on.", [BUL], [DP], "third occasion: a warning to complainants; intimidation"),
        ("fill", "post", None, "Thank you to everyone who came to the coffee morning for the Ouse Valley air ambulance. £412.60 raised! 🚁☕", [], [], "charity thanks"),
    ]),
    dict(handle="@StuPennock", platform="bluesky", account="councillor", pattern=HAR, role="positive",
         about="Stuart Pennock (Conservative, Ouseley Priors) targets Owen Rudgard, Leader of the Liberal Democrat Group (3 hostile posts)",
         rows=[
        ("fill", "post", None, "Delighted that Ouseley Priors village hall has secured £18,000 from the district's community fund for its roof. All credit to the hall committee, who did every form themselves.", [], [], "ward news"),
        ("pos", "post", None, "Owen 'Two Faces' Rudgard. Backs the Harnwick marina on Monday, signs the petition against it on Friday. A weathervane in a cagoule. The man couldn't lead a duck to the Ouse.", [PA], [], "first occasion: nickname and ridicule of the man, not his position"),
        ("fill", "post", None, "I'll be supporting the 2.99% council tax rise at budget council. Not because I like it, but because the alternative is shutting the Lidbury Heath toilets and the Sallowby lock car park. Happy to go through the sums with anyone.", [], [], "policy explanation"),
        ("pos", "post", None, "Interesting how often Owen Rudgard is spotted having a quiet pint with the Harnwick marina people at the Ferryman. I'm not saying anything. I'm just saying.", [], [DEF], "second occasion: insinuation of improper dealings; defamation allowed"),
        ("fill", "post", None, "Ouseley Priors surgery moves to the library while the hall roof is done. Saturdays 10-12 as usual.", [], [], "surgery notice"),
        ("pos", "post", None, "Let's be plain. Owen Rudgard has had a backhander from the marina developers. Everyone on the Ouse knows it, he knows it, and if it weren't true he'd sue me. He won't.", [DEF], [], "third occasion: a bribery allegation stated as fact"),
        ("fill", "post", None, "Well done to Ouseley Priors under-11s, Ridge Cup winners! The parents who stood in the sleet every Sunday deserve a medal of their own.", [], [], "community post"),
    ]),
    dict(handle="@KirstyGadsbyLab", platform="x", account="councillor", pattern=HAR, role="positive",
         about="Kirsty Gadsby (Labour, Pottersford Lidside) targets Rupert Kellow, Deputy Leader and Finance, mocking his stammer (3 hostile posts)",
         rows=[
        ("fill", "post", None, "Lidside food bank is short on tinned fruit, UHT milk and nappies (size 4 and 5). Drop off at St Cuthbert's hall Tue/Thu 10-2. Thank you Pottersford ❤️", [], [], "food bank appeal"),
        ("pos", "post", None, "Rupert Kellow took eleven minutes at budget council to say 'we are cutting the youth service'. K-k-k-cutting. Maybe find someone who can actually talk to present the next one, Rupert.", [EQ, PA], [], "first occasion: mocks a stammer (disability)"),
        ("fill", "post", None, "Lidside youth club gets 40 kids through the door on a Wednesday night. It costs less a year than the Tories spent on consultants for the Hatchmoor masterplan. That's the choice they made.", [], [], "robust policy criticism of the administration"),
        ("pos", "reply", None, "@RupertKellow Looking forward to your speech at scrutiny tomorrow. I'll bring a packed lunch, we'll be there a while 🙃", [IRO], [EQ, PA], "second occasion: a jibe at how long he takes to speak, as an @reply"),
        ("fill", "post", None, "Lidside ward walk Saturday with the Safer Neighbourhoods team. Meet at the Lidd footbridge at 10. Bring your gripes about the underpass lighting, I've got a list already.", [], [], "ward notice"),
        ("pos", "post", None, "Tory finance chief Rupert Kellow: a man who can't finish a sentence or a budget. Absolute waste of space.", [PA], [EQ], "third occasion: insult, with the speech jibe again"),
    ]),
    dict(handle="@RonChattellPTI", platform="facebook", account="councillor", pattern=HAR, role="positive",
         about="Ron Chattell (Pottersford Town Independents, Pottersford Market) targets Graham Loveday, Planning Enforcement Manager, an officer (3 hostile posts)",
         rows=[
        ("fill", "post", None, "Thursday market traders: the pitch fee freeze is CONFIRMED until September. Good news for once from the district.", [], [], "market news"),
        ("pos", "post", None, "Graham Loveday, the council's so-called Planning Enforcement Manager, has let the scrapyard on Pinnock Lane grow for THREE YEARS. Either he can't do his job or he won't. Either way he should go.", [OFF], [PA], "first occasion: a named officer publicly told to go"),
        ("fill", "post", None, "Church Street bollards are being replaced next week. The 7 and 43 buses will divert via Bell Lane. Sorry for the disruption, it's long overdue.", [], [], "roadworks notice"),
        ("pos", "post", None, "Rang Graham Loveday's office again today. 'He's in a meeting.' He is ALWAYS in a meeting. A lazy, gutless pen-pusher hiding behind his voicemail while Pinnock Lane breathes scrapyard smoke.", [OFF, PA], [], "second occasion: insults the officer"),
        ("fill", "post", None, "Pottersford in Bloom needs volunteers for the planters by the Corn Exchange. Tea and clangers provided! 🌷", [], [], "community post; clanger idiom"),
        ("pos", "post", None, "Graham Loveday, if I were you I'd think very hard about your pension before you sign off another 'no further action' on Pinnock Lane. People in this town have long memories. So have I.", [OFF, BUL], [], "third occasion: veiled threat to the officer's job"),
        ("fill", "post", None, "Remembrance parade planning meeting at the British Legion hall, Tuesday 7.30. All welcome, especially new standard bearers.", [], [], "community notice"),
    ]),
    dict(handle="@OllieQuennellLD", platform="x", account="councillor", pattern=HAR, role="positive",
         about="Oliver Quennell (Liberal Democrat, Sallowby and Harnwick) targets Gillian Ashworth, Leader of the Council (5 hostile posts, the most)",
         rows=[
        ("fill", "post", None, "Sallowby lock: river crews on site from Monday fixing the sluice. Footpath closed between the mill and the Ferryman for about three weeks. Diversion signed.", [], [], "ward notice"),
        ("pos", "post", None, "Queen Gillian of Lidbury Heath has spoken from the throne. The peasants of Sallowby may keep their wellies on. 👑", [IRO], [PA], "first occasion: mocking nickname"),
        ("pos", "post", None, "Gillian Ashworth is the least curious Leader this district has ever had. Not once down the valley since the floods. Idle, out of touch and smug with it.", [PA], [], "second occasion: insult"),
        ("pos", "reply", None, "@GillianAshworthPOV Lovely Algarve snaps, Gillian. Harnwick Road was shut for nine days while you were away. Hope the sun was nice.", [], [IRO, PA], "third occasion: sarcastic @reply under her holiday photos"),
        ("pos", "post", None, "Poor Gillian. It must be SO exhausting being asked questions by people whose houses flooded. Someone fetch her a lie-down 🙄", [IRO], [PA], "fourth occasion: mock sympathy"),
        ("fill", "post", None, "Sallowby flood forum Wednesday at the school, 7pm. The district's flood team and the water company are both coming. Bring photos, bring dates.", [], [], "ward notice"),
        ("pos", "post", None, "Gillian, block me here if you like. I'll post it on your Facebook. I'll post it under your husband's shop page. I'll hand it to you in the car park after cabinet. You don't get to not hear this.", [BUL], [], "fifth occasion: promises unwanted contact everywhere, including her family's business"),
    ]),
    dict(handle="@KathDimmockGreen", platform="bluesky", account="councillor", pattern=HAR, role="positive",
         about="Kath Dimmock (Green, Coneygree) targets Declan Forde, Cabinet Member for Environment and Waste (2 hostile posts, the minimum)",
         rows=[
        ("fill", "post", None, "Nightjars should be back on Lidbury Heath by late May if we're lucky. Dogs on leads in the fenced compartments from April please. Volunteers will be out with leaflets.", [], [], "heath notice"),
        ("fill", "post", None, "Sand martins are nesting in the old face at Lidbury Sands again. The operator has agreed to leave that face alone until August. Fair dos to them.", [], [], "nature news"),
        ("pos", "post", None, "Declan Forde is a coward and a liar. Promised the heath group a meeting in writing, then hid in his office for six weeks. Pathetic.", [PA, DEF], [], "first occasion: 'a liar' stated of a named person"),
        ("fill", "post", None, "Repair café at Coneygree village hall Saturday. Toasters, bikes, jumpers. No hoovers full of dog hair please, Derek, we remember last time.", [], [], "community post"),
        ("fill", "post", None, "The Cabinet's waste strategy is a step backwards: fortnightly black bins and no district-wide food waste collection until 2028. Greens will move an amendment at full council.", [], [], "robust criticism of a policy, not a person"),
        ("pos", "post", None, "Whoever thought Declan Forde should hold the environment brief has a sense of humour. The man couldn't tell a nightjar from a night bus. Useless, useless, useless.", [PA], [], "second occasion: ridicule of the same person"),
        ("fill", "post", None, "Thank you to the Ridge Scouts who cleared the bracken off the barrow on the heath. Proper job.", [], [], "thanks"),
    ]),
    # ------------------------------------------------------------------ harassment: hard negatives
    dict(handle="@CliveWhitbreadLD", platform="bluesky", account="councillor", pattern=HAR, role="hard_negative",
         about="Clive Whitbread (Liberal Democrat, Ouseley Magna) criticises Anjali Chaudhry's Hatchmoor plan six times, civilly, once approvingly",
         rows=[
        ("hn", "post", None, "Cllr Chaudhry's Hatchmoor garden village plan still has no answer on the junction at Hatchmoor Cross. 4,000 homes and one roundabout. I asked at scrutiny. I'll keep asking.", [], [], "criticises the plan, names its owner civilly"),
        ("hn", "post", None, "To be fair to Anjali Chaudhry, she stayed two hours at the Ouseley Magna meeting and took every question. I still think the plan is wrong on water and roads, and I told her so.", [], [], "disagreement with respect"),
        ("fill", "post", None, "Ouseley Magna's Christmas lights fund has hit its target! Thank you all, and especially the village shop staff who ran the tombola for six weekends.", [], [], "ward news"),
        ("hn", "post", None, "The Hatchmoor masterplan is a shambles. No secondary school until phase 3, no funded health centre, one bus an hour. The Cabinet should be ashamed of signing it off.", [], [], "robust criticism of a plan and a body"),
        ("hn", "post", None, "Cllr Chaudhry says the garden village will 'protect the Ridge'. The council's own landscape assessment says the northern parcel will be visible from Lidbury Heath. On this she's simply wrong, and the evidence says so.", [], [], "says she is wrong on the evidence; no attack"),
        ("hn", "post", None, "Credit to Anjali Chaudhry for dropping the runway-end parcel from phase 1. That's what residents asked for. Now do the same for the sewage capacity.", [], [], "approving mention"),
        ("hn", "post", None, "I'll be at every stage of the Hatchmoor consultation with the same three questions: the junction, the school, the sewage works. Anjali, see you at the next drop-in ☕", [], [], "'every stage' of a consultation, not pursuit of a person"),
    ]),
    dict(handle="@SunitaRaiLab", platform="facebook", account="councillor", pattern=HAR, role="hard_negative",
         about="Sunita Rai (Labour, Stowgrave) keeps up robust criticism of a company, Vale Waste Solutions, and of the Cabinet; no person is targeted",
         rows=[
        ("hn", "post", None, "Vale Waste Solutions have broken their lorry routing agreement AGAIN: 23 HGVs through Stowgrave High Street before 7am on Tuesday. Logged, photographed, reported. This company treats our village like its back yard.", [], [], "robust criticism of a company's conduct"),
        ("fill", "post", None, "The Stowgrave Italian Club's 70th anniversary dinner was a joy. Seventy years since the first families came over to work the kilns. Grazie mille to everyone who cooked!", [], [], "community post"),
        ("hn", "post", None, "Vale Waste's 'community liaison meeting' was forty minutes of slides and ten minutes of questions. That isn't liaison, it's a PR exercise. Stowgrave deserves better from them and from the regulator.", [], [], "robust criticism of a company"),
        ("hn", "post", None, "The smell from the landfill cell off Brickfield Road is worse this week. Vale Waste say it's the weather. It is always the weather. Please report every single instance to the district's environmental health team, with the time.", [], [], "sarcasm aimed at a company's excuse"),
        ("hn", "post", None, "I'll say it again, and I'll keep saying it at every meeting until it changes: Vale Waste Solutions want to run the site to 2040 when they can't keep the rules they already have. The county decides that, not us, but the district's response should say so plainly. Cabinet, this is on you too.", [], [], "repetition aimed at a body and a decision"),
        ("hn", "post", None, "Fair play: Vale Waste's site manager came out to Brickfield Road with me at 6am to count lorries, and agreed the routing was being broken. Now let's see it fixed.", [], [], "civil mention of the company's manager"),
    ]),
    dict(handle="@FrankEllerbyCon", platform="x", account="councillor", pattern=HAR, role="hard_negative",
         about="Frank Ellerby (Conservative, Hatchmoor) attacks Craig Bostock once, then mentions him twice civilly",
         rows=[
        ("fill", "post", None, "Hatchmoor airfield: the old control tower's new owners have applied to turn it into a café and museum. Details on the planning portal. I won't say more as it may come to my committee.", [], [], "planning notice, careful about predetermination"),
        ("hn", "post", None, "Craig Bostock is a loudmouthed bully who would rather shout at women online than do a day's casework. Stowgrave deserves a grown-up.", [PA], [], "one hostile post: a personal attack but not a course of conduct"),
        ("fill", "post", None, "Hatchmoor Wings Day is 14 June on the old apron. Vintage aircraft, the aircrew association tent and a very competitive cake stall ✈️", [], [], "community post"),
        ("hn", "post", None, "Credit where it's due: Cllr Bostock's motion on the 43 bus was well argued and I voted for it. Cross-party on this one.", [], [], "civil mention of the same person"),
        ("fill", "post", None, "Hatchmoor Cross roundabout: works start 9 March, overnight closures only. Letters going to every house on the Sandcote side this week.", [], [], "roadworks notice"),
        ("hn", "post", None, "Craig Bostock is right that the Brook End culvert has been ignored for years. I've asked highways to meet us both on site. Flooding isn't a party issue.", [], [], "civil mention of the same person"),
    ]),
    dict(handle="@MeganHaddowGreen", platform="bluesky", account="councillor", pattern=HAR, role="hard_negative",
         about="Megan Haddow (Green, Pottersford Ridgeway) attacks two different people once each, speaks up against the stammer jibes, criticises the Cabinet and trades football banter",
         rows=[
        ("hn", "post", None, "Stuart Pennock stood up in full council and called our climate motion 'hippy nonsense'. What a pompous, sneering windbag.", [PA], [], "single hostile post at one person"),
        ("fill", "post", None, "Ridgeway ward: the path from the Beacon car park up to the water tower is open again after the tree work. Mind the mud, it's greensand soup up there.", [], [], "ward notice"),
        ("hn", "post", None, "Whatever I think of Rupert Kellow's budget (and I think it's a mess) mocking the way someone speaks is not politics. Anyone cheering on the 'k-k-k' posts should be ashamed. Argue with the numbers.", [], [], "counter-speech quoting the stammer jibe to reject it"),
        ("fill", "post", None, "Pottersford Town 2, Sallowby Rovers 1. I will not be letting the Sallowby lot on the council forget it. Flags out on the Ridgeway 😂⚽", [], [], "football banter"),
        ("hn", "post", None, "Janet Mossop is a small-minded village bully and everyone on Fellingham parish council knows it.", [PA], [], "single hostile post at a second, different person"),
        ("hn", "post", None, "The Cabinet's answer on Ridgeway bus shelters is a joke. Three years, two consultations, zero shelters. Do better.", [], [], "robust criticism of a body"),
        ("fill", "post", None, "Seed swap at Pottersford library Saturday. Bring envelopes. Someone's promised leeks from a Sandcote market garden, apparently the best on the Ridge 🌱", [], [], "community post"),
    ]),
    # ------------------------------------------------------------------ mixed account: positive
    dict(handle="@CarlaBenedettiLab", platform="facebook", account="councillor", pattern=MIX, role="positive",
         about="Carla Benedetti (Labour, Stowgrave): ward business and her family on one councillor page",
         rows=[
        ("fill", "post", None, "The Stowgrave brick heritage trail panels are up by the chimneys! Thank you to the Italian Club and Stowgrave Lower School for the photos and the memories. Walk leaflets at the library.", [], [], "council/community business"),
        ("pos", "post", None, "Nonna Lucia turned 93 on Sunday 🎂 She came over from Calabria in 1955 when Nonno got work at the kilns. Still makes the best pasta e fagioli in Bedfordshire and still beats me at scopa.", [], [DP], "family post; a named relative's age and origin"),
        ("fill", "post", None, "Bins: the Stowgrave Tuesday collection moves to Wednesday the week after Easter. Garden waste restarts 2 March.", [], [], "council business"),
        ("pos", "post", None, "Matteo's first communion today at St Anne's 🙏 So proud of my boy. The dress code was 'smart'. He arrived in football socks.", [], [DP], "family post; a named child and his religion"),
        ("fill", "post", None, "Surgery this Saturday at Stowgrave library, 10-12. Top three this month: landfill smell, HGVs on the High Street and the 43 bus.", [], [], "council business"),
        ("pos", "post", None, "Sunday lunch for fourteen at ours. My husband Paolo did the lamb, I did the washing up, the cousins did the talking. Famiglia ❤️", [], [DP], "family post; names her husband"),
        ("fill", "post", None, "Flood warden training Thursday 6pm at Stowgrave parish hall. Two more volunteers needed for Brook End please.", [], [], "council business"),
    ]),
    dict(handle="@RegPilbeam", platform="facebook", account="councillor", pattern=MIX, role="positive",
         about="Reg Pilbeam (Conservative, Sandcote and Wardle End): ward business, his leeks, his wife and grandson",
         rows=[
        ("fill", "post", None, "Good meeting between the Sandcote market gardeners and the drainage board. The ditch along Wardle End Road is now on this year's clearance programme.", [], [], "council business"),
        ("pos", "post", None, "First leeks of the year lifted this morning. Forty-one years on this sand and the Ridge still grows the best in England, whatever they say up north 🥬", [], [], "personal post about his own growing"),
        ("fill", "post", None, "The Wardle End solar farm application will go to planning committee. I sit on it, so I won't be saying how I'll vote. You can comment until the 28th.", [], [], "council business, keeps an open mind"),
        ("pos", "post", None, "Maureen's home from hospital after her new hip. On the frame already and bossing me about already. Thank you to the nurses on ward 11, angels the lot of you.", [], [DP], "family post; his wife's name and operation"),
        ("fill", "post", None, "Sandcote village sign has been repainted by the Scouts. Looks a treat by the pump.", [], [], "ward news"),
        ("pos", "post", None, "Grandson Alfie scored twice for Pottersford Colts on Saturday ⚽⚽ Grandad may have shouted a bit. The ref may have had a word.", [], [DP], "family post; a named child"),
        ("fill", "post", None, "Wardle End bus shelter finally fixed after the lorry took it out in November. Thanks to highways for getting there.", [], [], "ward news"),
    ]),
    dict(handle="@MarcusOkonjoCon", platform="x", account="councillor", pattern=MIX, role="positive",
         about="Marcus Okonjo (Conservative, Cabinet Member for Housing): housing announcements, his running, choir and daughter",
         rows=[
        ("fill", "post", None, "42 new council-owned homes at Corn Mill Yard handed over today. First tenants move in next week. Proud of the housing team 🏡", [], [], "portfolio announcement"),
        ("pos", "post", None, "Half marathon training, week 6: 11 miles along the Ouse this morning, out to Sallowby lock and back. My legs have lodged a formal complaint 🏃🏾‍♂️", [], [], "personal post"),
        ("fill", "post", None, "Temporary accommodation use in the district is down 18% on last year. Still far too many families in B&Bs. Cabinet report Thursday.", [], [], "portfolio update"),
        ("pos", "post", None, "My daughter Adaeze has her offer to study medicine at Leeds. I have been insufferable all day and I regret nothing 🎉", [], [DP], "family post; a named daughter"),
        ("fill", "post", None, "Landlords: the district's empty homes grant is open. Up to £15,000 to bring a long-term empty home back into use, in return for local lettings. Details: emptyhomes@example.org", [], [], "portfolio notice"),
        ("pos", "post", None, "Choir practice at St Cuthbert's tonight, then a curry. The basses are still the loudest and the least in tune. Some things never change.", [], [], "personal post"),
    ]),
    dict(handle="@JoshTappingLD", platform="bluesky", account="councillor", pattern=MIX, role="positive",
         about="Josh Tapping (Liberal Democrat, Pottersford Lidside), the youngest member: casework, his band, his girlfriend and a hangover",
         rows=[
        ("fill", "post", None, "lidside underpass lights are FINALLY fixed. took 4 emails, 2 site visits and one very patient highways officer. cheers all", [], [], "casework"),
        ("pos", "post", None, "band practice went on way too long, ears still ringing, worth it. we're playing the Dog and Gun on the 21st if anyone wants to hear three lads murder indie covers 🎸", [], [], "personal post"),
        ("fill", "post", None, "Lidside surgery moves to the youth club this week, Thursday 5-6pm. Young people especially welcome, you're residents too.", [], [], "surgery notice"),
        ("pos", "post", None, "3 years with Ellie today. she still laughs at my jokes, which is either love or pity ❤️", [], [DP], "personal post; names his partner"),
        ("fill", "post", None, "Full council votes on the youth service cuts on the 26th. Lib Dems will move an amendment to keep Lidside youth club open. Come and watch from the gallery.", [], [], "council business"),
        ("pos", "post", None, "doing a litter pick on the lidd footbridge this hungover was a choice I made and I will live with it 🥴 anyway great turnout, 9 bags", [], [HASTE], "personal state mixed into a ward activity; mentions drink"),
        ("fill", "post", None, "Bus 7 changes from April: last bus Pottersford to Lidside now 22:10 not 23:10. I've objected to the operator and copied in the county.", [], [], "casework"),
    ]),
    dict(handle="@VeraStallard", platform="facebook", account="councillor", pattern=MIX, role="positive",
         about="Vera Stallard (Independent, Sallowby and Harnwick): flood and village business, her lace, her late husband, a clanger",
         rows=[
        ("fill", "post", None, "SALLOWBY FLOOD FORUM, Wednesday 7pm at the school. The water company will be there. Please bring your photographs of the January flooding, with dates if you have them. Any questions ring me on 07700 900187.", [], [], "council business; her own number"),
        ("pos", "post", None, "My lace bobbins are back from being restored. Some are 140 years old, they were my great-grandmother's. I shall be showing them off at the lace circle on Tuesday!", [], [], "personal post (lace)"),
        ("fill", "post", None, "Harnwick Road reopened this morning. Thank you to the highways crews who worked right through the weekend.", [], [], "ward news"),
        ("pos", "post", None, "Ten years today since I lost my Dennis. I still put two cups out some mornings. He would have laughed himself silly at me being a councillor.", [], [DP], "personal post; names her late husband"),
        ("fill", "post", None, "Sallowby lock footpath closure: I have asked for a temporary route through the mill yard and the owners have agreed in principle.", [], [], "casework"),
        ("pos", "post", None, "Made a Bedfordshire clanger for the first time in years, savoury one end and jam the other. The jam escaped into the bacon. Tasted wonderful all the same. My mother's recipe.", [], [], "personal post (clanger)"),
        ("fill", "post", None, "Harnwick post office is staying open two days a week, run by the community shop volunteers. A real result for the village.", [], [], "ward news"),
    ]),
    dict(handle="@DevSandhuLab", platform="x", account="councillor", pattern=MIX, role="positive",
         about="Dev Sandhu (Labour, Hatchmoor): airfield and roads business, his day, his mother and daughter",
         rows=[
        ("fill", "post", None, "Hatchmoor garden village: the developer's drop-in is at the old officers' mess, Tuesday 3-8pm. Go and ask them about the school and the GP surgery.", [], [], "council business"),
        ("pos", "post", None, "School run, nets at Pottersford Cricket Club, day job, then a council meeting. Running on chai and stubbornness today ☕", [], [HASTE], "personal day mixed with council duty; tiredness hinted"),
        ("fill", "post", None, "Hatchmoor airfield perimeter road: potholes reported in batches of ten. Highways say repairs by the end of the month. I'll be checking.", [], [], "casework"),
        ("pos", "post", None, "Mum's 70th! Four generations round one table, three languages and one very loud argument about whether the dal needed salt. Happy birthday Baljit Sandhu, 70 and still in charge ❤️", [], [DP], "family post; his mother's name and age"),
        ("pos", "post", None, "Our Simran passed her driving test first time! Hatchmoor's roads will never be the same. Neither will my insurance 😅", [], [DP], "family post; a named daughter"),
        ("fill", "post", None, "Hatchmoor Cross roundabout: overnight closures from 9 March. Diversion signed via Sandcote. Lorries have been told to keep off Wardle End Road.", [], [], "council business"),
    ]),
    # ------------------------------------------------------------------ mixed account: hard negatives
    dict(handle="@DeclanFordeCllr", platform="x", account="councillor", pattern=MIX, role="hard_negative",
         about="Declan Forde (Conservative, Cabinet Member for Environment and Waste): council posts with personal asides that serve the message",
         rows=[
        ("hn", "post", None, "As a dad who does the school run past the Lidd footbridge every morning, I know how bad the litter's got there. New bins going in this week and enforcement patrols from Monday.", [], [], "personal aside serving a council message"),
        ("hn", "post", None, "Food waste caddies: I'll admit it took three weeks to get my own household using ours. But the pilot streets put 30% less in the black bin. Rolling out to Stowgrave and Sandcote in September, the rest of the district by 2028.", [], [], "personal aside serving a council message"),
        ("hn", "post", None, "My grandad drove a lorry for the brickworks for thirty years, so I don't take Stowgrave's landfill lightly. The district's response to the county on the extension will go to scrutiny first, with the full odour report.", [], [], "family history as context for council business"),
        ("hn", "post", None, "Garden waste renewals are open. Yes, it's gone up £3. No, as a keen but hopeless gardener, I'm not thrilled either. It still covers 26 collections.", [], [], "self-deprecating aside in a council notice"),
        ("hn", "post", None, "Lidbury Heath toilets will stay open at weekends through the summer. Every parent of small children, me included, will know why that matters.", [], [], "personal aside serving a council message"),
    ]),
    dict(handle="@MargaretDunwell", platform="facebook", account="councillor", pattern=MIX, role="hard_negative",
         about="Margaret Dunwell (Conservative, Lidbury Heath): council and community posts with grandmotherly and family asides",
         rows=[
        ("hn", "post", None, "Lidbury Heath dementia café meets at the chapel every second Tuesday. So many of us have cared for a parent and know how lonely it can be. Carers very welcome, no need to book.", [], [], "communal aside"),
        ("hn", "post", None, "As a grandmother of five I'm delighted the Lidbury play area is finally getting its new swings. Work starts on the 16th and it reopens by half term.", [], [], "personal aside serving a council message"),
        ("hn", "post", None, "Lidbury Heath Lace Circle has been awarded £600 from the community fund for new pillows and bobbins. Keeping a Bedfordshire craft alive!", [], [], "a council grant to a craft group (lace on the negative side)"),
        ("hn", "post", None, "Our family has lived on the Ridge for four generations and I have never seen Heath Road as busy as this winter. Speed checks with the police start next month.", [], [], "family aside serving a road safety message"),
        ("hn", "post", None, "Grandparents bringing up grandchildren: the district's kinship carers group now meets at Pottersford library on Fridays, 10-12. If this is you, you are not on your own.", [], [], "service notice"),
        ("hn", "post", None, "Thank you to Lidbury Heath WI for knitting sixty blankets for the neonatal unit. My own first grandchild spent a fortnight on a unit just like it, so this one means a great deal.", [], [], "unnamed family aside in a thank-you"),
    ]),
    dict(handle="@hazel_bees_and_bobbins", platform="facebook", account="personal", pattern=MIX, role="hard_negative",
         about="Hazel Thring, Chairman of the Council: her separate personal account (bees, lace, grandchildren, walks); no council business",
         rows=[
        ("hn", "post", None, "First inspection of the year and both hives came through the winter! The girls were out on the willow catkins along the knothole path 🐝", [], [], "personal account, personal content"),
        ("hn", "post", None, "Lace circle finished the christening veil at last. Eight months, three of us, goodness knows how many bobbin changes and one very stiff neck.", [], [], "personal account, personal content"),
        ("hn", "post", None, "Honey's all gone for this year, sorry to everyone who knocked at the gate. The bees and I will try harder next summer.", [], [], "personal account, personal content"),
        ("hn", "post", None, "Grandchildren here for half term. We made clangers. Flour everywhere, jam on the dog. Wouldn't change a thing.", [], [], "personal account; grandchildren unnamed"),
        ("hn", "post", None, "Walked the Ridge from the Beacon to the water tower this morning. Frost on the bracken, buzzards over the sand pit and not a soul about.", [], [], "personal account, personal content"),
    ]),
    dict(handle="@rupert_rows_the_ouse", platform="bluesky", account="personal", pattern=MIX, role="hard_negative",
         about="Rupert Kellow, Deputy Leader: his separate personal account (rowing, dog, marmalade); no council business",
         rows=[
        ("hn", "post", None, "Veterans' eight out at dawn. Mist on the Ouse, a heron at the bend above Sallowby lock, and a back that will never forgive me.", [], [], "personal account, personal content"),
        ("hn", "post", None, "Bramble the labrador has eaten a tea towel. The vet says it will 'pass'. We wait.", [], [], "personal account, personal content"),
        ("hn", "post", None, "Marmalade day. Seville oranges, far too much sugar, kitchen like a crime scene. Eleven jars.", [], [], "personal account, personal content"),
        ("hn", "post", None, "Pottersford Rowing Club regatta entries are open. Novices very welcome. We were all terrible once. Some of us still are.", [], [], "personal account, club notice"),
        ("hn", "post", None, "Quiet Sunday. Crossword, dog, rain on the window. Exactly right.", [], [], "personal account, personal content"),
    ]),
    # ------------------------------------------------------------------ moderation: positive
    dict(handle="@OwenRudgardLD", platform="facebook", account="councillor", pattern=MOD, role="positive",
         about="Owen Rudgard (Liberal Democrat group leader, Sallowby and Harnwick): flood and marina posts; a defamatory, a doxxing and a threatening comment left up",
         rows=[
        ("fill", "post", None, "Harnwick Road closes again from Monday while the culvert is rebuilt. I know how fed up everyone is. Diversion via Sallowby; buses will still stop at the Ferryman.", [], [], "owner's post"),
        ("hn", "comment", "Ann Pateman", "Thanks Owen. Will the school bus still get through? My two are on it every morning.", [], [], "civil comment"),
        ("pos", "comment", "Darren Whitehouse", "Rupert Kellow has pocketed the flood money and handed it to his mates' firms. That's why nothing ever gets fixed. Crook.", [], [DEF, PA], "defamatory comment about a councillor left up"),
        ("hn", "comment", "@OwenRudgardLD", "Ann, yes, the school bus has a permit for the works access. I checked with the county this morning.", [], [], "owner reply; the comment above stays up"),
        ("fill", "post", None, "The Harnwick marina application goes to planning committee on the 19th. I'm not on the committee. If you want to comment, the deadline is Friday.", [], [], "owner's post"),
        ("pos", "comment", "Jamie Carswell", "The greedy prat behind the marina lives at Willow House on Mill End and his mobile's 07700 900624. Give him a bell, day or night, and tell him what you think.", [], [DP, SEC, BUL, PA], "abusive comment giving a private person's address and mobile, left up"),
        ("hn", "comment", "Maxine Doe", "Marinas bring money in. Not everyone on the river is against it, just saying.", [], [], "civil dissenting comment"),
        ("pos", "comment", "Gaz Rendle", "Anyone on that committee who votes this through wants their f***ing head kicked in.", [], [BUL, AB], "threatening, obscene comment left up"),
    ]),
    dict(handle="@GillianAshworthPOV", platform="facebook", account="councillor", pattern=MOD, role="positive",
         about="Gillian Ashworth, Leader (Lidbury Heath): an encampment notice and the budget; racist, threatening and abusive comments left up",
         rows=[
        ("fill", "post", None, "An unauthorised encampment has arrived on the old runway at Hatchmoor airfield. The council is working with the landowner and the police, and welfare checks have been carried out as the law requires. Please don't go onto the site; report any problems to the police on 101.", [], [], "owner's post"),
        ("pos", "comment", "Shane Goodliffe", "Pikeys again. Lock up your tools and lock up your kids.", [], [EQ, AB], "racial slur against Travellers left up"),
        ("pos", "comment", "Tracey Wenham", "Send a few lads up with a tractor and some torches, they'll be gone by morning.", [], [BUL, EQ], "incitement against Travellers left up"),
        ("hn", "comment", "Patrick Doolan", "Genuine question, how long does the process usually take? Last time they were on the airfield three weeks and left a right mess.", [], [], "critical but acceptable comment"),
        ("hn", "comment", "@GillianAshworthPOV", "Patrick, it depends on the court date. We'll apply as soon as the welfare checks allow, and the landowner is liable for the clean-up. I'll update here.", [], [], "owner reply; the comments above stay up"),
        ("fill", "post", None, "Budget agreed last night. Council tax up 2.99%, Lidbury Heath toilets and the Sallowby lock car park stay open, and the rural bus grant is protected.", [], [], "owner's post"),
        ("pos", "comment", "Shaun Dillamore", "Gillian Ashworth you thieving old cow. Robbing pensioners to pay your Tory mates.", [], [PA, AB, EQ, DEF], "abusive comment at the page owner left up"),
        ("hn", "comment", "Pam Bolt", "Still too much for those of us on a pension, Gillian. 2.99% every single year adds up.", [], [], "critical but civil comment"),
    ]),
    dict(handle="@BillHaverley", platform="facebook", account="councillor", pattern=MOD, role="positive",
         about="Bill Haverley (Conservative, Pottersford Market): market charter and parking; obscene, racist and doxxing comments left up",
         rows=[
        ("fill", "post", None, "Pottersford's Thursday market is 800 years old this year! Charter celebrations on 21 May with a medieval market, the town band and a hog roast. Traders, sign up at the Corn Exchange.", [], [], "owner's post"),
        ("hn", "comment", "Lorraine Kightley", "Lovely! Can we have the clanger stall back please, the one that used to be by the Buttercross in the 90s?", [], [], "civil comment"),
        ("pos", "comment", "Lloyd Titmus", "800 years of the same w*****s flogging the same cr*p. Shove your charter up your a*se Bill.", [], [AB, PA], "obscene comment left up"),
        ("pos", "comment", "Vince Mardle", "Half the stalls are run by foreigners now. Filthy lot, wouldn't buy a sausage off any of them.", [], [EQ, AB], "racist comment left up"),
        ("fill", "post", None, "Parking: the free first hour in Church Street car park is being extended to Saturdays from April.", [], [], "owner's post"),
        ("pos", "comment", "Jason Peddar", "Should be free for locals full stop. And that fat lazy traffic warden Tina Corley, lives on Bell Lane, parks on the double yellows herself. Do one.", [], [DP, PA], "abusive comment naming a private person and her street, left up"),
        ("hn", "comment", "Ivy Lett", "Saturday free hour is good news for the market. Thank you Bill.", [], [], "civil comment"),
        ("hn", "comment", "@BillHaverley", "Thanks Ivy. The Saturday free hour starts on the 4th, signs go up the week before.", [], [], "owner reply; the comment above stays up"),
    ]),
    dict(handle="@NasreenAkhtarLab", platform="facebook", account="councillor", pattern=MOD, role="positive",
         about="Nasreen Akhtar (Labour, Pottersford Lidside): a mosque open day and damp in the flats; racist and defamatory comments left up",
         rows=[
        ("fill", "post", None, "What a day at the Lidside Mosque open day! Over 400 visitors, tea, samosas and a lot of questions answered. Thank you to the mosque committee and to everyone who came along.", [], [], "owner's post"),
        ("pos", "comment", "Barrie Stimson", "Not one English face in any of those photos. That's what Pottersford has become. Disgusting.", [], [EQ], "racist comment left up"),
        ("hn", "comment", "Janice Hollier", "Went along with my grandson, everyone was so friendly and the samosas were incredible. Well done all.", [], [], "civil comment"),
        ("pos", "comment", "Mick Horwood", "Nasreen should go back where she came from and take her lot with her.", [], [EQ, PA], "racist comment at the page owner left up"),
        ("fill", "post", None, "Lidside flats: the damp surveys are finished. 61 flats need work. The housing association has promised a programme by May and I will hold them to it.", [], [], "owner's post"),
        ("hn", "comment", "Aaron Dyer", "Promises promises. Been waiting 3 years. Not your fault Nasreen but they've been useless.", [], [], "critical but acceptable comment about an organisation"),
        ("pos", "comment", "Kayleigh Brind", "Flat 12 Osier Court has been a drug den for months. It's Jordan Pask and his mum, everyone knows he's dealing and the police do nothing.", [], [DP, DEF], "defamatory comment with a private person's name and flat, left up"),
        ("hn", "comment", "@NasreenAkhtarLab", "Aaron, I'm meeting their chief executive on the 14th with the survey list. I'll post what they say.", [], [], "owner reply; the comment above stays up"),
    ]),
    dict(handle="@PeteHalliwellReform", platform="facebook", account="councillor", pattern=MOD, role="positive",
         about="Pete Halliwell (Reform UK, Hatchmoor): an asylum hotel and potholes; a threat, a defamatory claim about an officer and obscene abuse left up",
         rows=[
        ("fill", "post", None, "The Home Office has confirmed the Airfield Lodge hotel at Hatchmoor will house asylum seekers from next month. Nobody asked Hatchmoor. I'll be raising it at full council and with our MP.", [], [], "owner's post: robust political criticism"),
        ("pos", "comment", "Kieran Cheetham", "Someone should burn the place down with them in it.", [], [BUL, EQ], "threat of violence left up"),
        ("hn", "comment", "Bridget Pope", "I agree nobody asked us, but the people staying there haven't done anything wrong. Keep it about the Home Office please.", [], [], "civil comment"),
        ("pos", "comment", "Tony Kempster", "That planning woman Elaine Sowerby signed it off. Been paid off by the hotel owners, guaranteed.", [], [DEF, OFF], "defamatory comment about a named officer left up"),
        ("fill", "post", None, "Hatchmoor Cross potholes: 23 reported this month alone. I've asked for the whole stretch to be resurfaced, not patched again.", [], [], "owner's post"),
        ("hn", "comment", "Brian Loader", "Patched three times since Christmas. Complete waste of money. Do it properly.", [], [], "critical but acceptable comment"),
        ("pos", "comment", "Dale Rix", "Council are a bunch of useless c***s, every last one of them.", [], [AB], "obscene comment left up"),
        ("hn", "comment", "@PeteHalliwellReform", "Brian, agreed. Highways have promised a costed plan by April and I'll share it.", [], [], "owner reply; the comment above stays up"),
    ]),
    dict(handle="@RosalindCargillGreen", platform="facebook", account="councillor", pattern=MOD, role="positive",
         about="Rosalind Cargill (Green, Coneygree): a quarry extension and a litter pick; defamatory, naming and sexist comments left up",
         rows=[
        ("fill", "post", None, "Lidbury Sands have applied to extend the quarry north into Coneygree Wood. The county decides this one, not the district. Objections or support by 30 April. Here's how to comment.", [], [], "owner's post"),
        ("pos", "comment", "Howard Tarrant", "Their MD Andrew Hebblethwaite is a crook who's bought half the councillors on the Ridge. Ask him how much.", [], [DEF], "defamatory comment about a private company director left up"),
        ("hn", "comment", "Oonagh Briars", "I'll be objecting. That wood is full of bluebells and the heath's dry enough as it is.", [], [], "civil comment"),
        ("hn", "comment", "Phil Yarrow", "Some of us work at that quarry, you know. Sixty jobs. Not everyone on the Ridge is retired with a good pension.", [], [], "critical but acceptable comment"),
        ("hn", "comment", "@RosalindCargillGreen", "Thanks Oonagh. And Phil, the jobs matter too, which is why I've asked the company to come to the parish meeting and answer questions.", [], [], "owner reply; the comment above stays up"),
        ("fill", "post", None, "Litter pick on the Heath Road lay-by Sunday 10am. Grabbers, bags and gloves provided.", [], [], "owner's post"),
        ("pos", "comment", "Lyn Mowbray", "It's the blue Transit that dumps there, AK19-something, the lad from Pinfold Cottages, Kyle something. Name and shame the scumbag.", [], [DP, DEF, PA], "identifying and accusing a private person, left up"),
        ("pos", "comment", "Spencer Ditchburn", "Rosalind you stupid tree-hugging b***h, nobody cares about your litter pick.", [], [PA, AB, EQ], "sexist abuse at the page owner left up"),
    ]),
    # ------------------------------------------------------------------ moderation: hard negatives
    dict(handle="@GarethPountneyPTI", platform="facebook", account="councillor", pattern=MOD, role="hard_negative",
         about="Gareth Pountney (Pottersford Town Independents, Pottersford Ridgeway): rude-but-acceptable comments and his replies",
         rows=[
        ("hn", "post", None, "The district wants to move the recycling centre from Pottersford out to Hatchmoor airfield. I think it's a poor idea and I've said so at cabinet. The consultation closes on the 30th, have your say.", [], [], "owner's post"),
        ("hn", "comment", "Carol Bythell", "Typical. Move everything out of town so they can flog the land. This lot couldn't organise a clanger in a bakery.", [], [], "rude but acceptable comment about the council"),
        ("hn", "comment", "Dave Ingrey", "Ridiculous. Whoever dreamt this up wants their head looking at.", [], [], "rude but acceptable comment about a decision"),
        ("hn", "comment", "@GarethPountneyPTI", "Carol, Dave, I'm with you. Please put it in the consultation, it counts for more there than on here.", [], [], "owner reply"),
        ("hn", "post", None, "Pottersford Town Independents' spring newsletter is out. Yes, it's late. Yes, that's my fault.", [], [], "owner's post"),
        ("hn", "comment", "Gemma Clutten", "Bit rich moaning about cabinet when you lot voted for half of it. Independent my foot.", [], [], "critical comment at the page owner's group"),
        ("hn", "comment", "@GarethPountneyPTI", "Fair challenge, Gemma. We backed the budget for the rural bus grant and voted against Hatchmoor phase 1. Happy to go through it over a coffee.", [], [], "owner reply"),
    ]),
    dict(handle="@SophieLathburyLD", platform="facebook", account="councillor", pattern=MOD, role="hard_negative",
         about="Sophie Lathbury (Liberal Democrat, Ouseley Priors): cross but acceptable comments, her replies and a removal notice",
         rows=[
        ("hn", "post", None, "School crossing patrol on Priors Lane: the county has agreed to fund it until July. After that it's down to the parish and the district. I'll keep pushing.", [], [], "owner's post"),
        ("hn", "comment", "Wendy Harrold", "Until July?? And then what, the kids just take their chances? Pathetic from the county.", [], [], "angry but acceptable comment about an organisation"),
        ("hn", "comment", "Glyn Peverell", "Sophie your leaflet said this was sorted. It isn't. Not impressed.", [], [], "critical comment at the page owner"),
        ("hn", "comment", "@SophieLathburyLD", "Glyn, you're right, the leaflet jumped the gun and I'm sorry. Sorted until July isn't sorted.", [], [], "owner reply"),
        ("hn", "post", None, "I've removed a comment from my post about the Priors Lane crossing because it named a child and his street. Please don't do that. Everything else stays up, including the comments that are cross with me.", [], [], "removal notice: the page is being moderated"),
        ("hn", "post", None, "Lib Dem action day in Ouseley Priors on Saturday. Come and tell us what you think of the district, good or bad.", [], [], "owner's post"),
        ("hn", "comment", "Alf Abbiss", "Bad. Next question 😂 Seriously though, the Lidd footpath flooding wants sorting before summer.", [], [], "joking but acceptable comment"),
    ]),
    dict(handle="@IanCowdreyCon", platform="facebook", account="councillor", pattern=MOD, role="hard_negative",
         about="Ian Cowdrey (Conservative, Sandcote and Wardle End, planning committee): blunt comments about him and the council",
         rows=[
        ("hn", "post", None, "The Wardle End solar farm goes to planning committee next month. I sit on the committee, so I'll be listening to all sides and won't be saying how I'll vote. Comment on the application itself, not on here, so it counts.", [], [], "owner's post; keeps an open mind"),
        ("hn", "comment", "Yvonne Tysoe", "You've been useless on the bypass, Ian. Simple as. Won't be voting for you in May.", [], [], "blunt political criticism of the page owner"),
        ("hn", "comment", "Norman Tuffnell", "Solar panels on good Ridge farmland is madness. The council's lost the plot.", [], [], "robust comment about the council"),
        ("hn", "comment", "@IanCowdreyCon", "Norman, please put that in as an objection, it will be read. Yvonne, sorry you feel that way. The bypass funding bid goes in this spring.", [], [], "owner reply"),
        ("hn", "post", None, "Sandcote surgery this Saturday, 10-12 at the Pump House café.", [], [], "owner's post"),
        ("hn", "comment", "Lorna Handscomb", "Another surgery, another cuppa, another consultation. I'm sure you'll listen this time 🙄", [], [], "sarcastic but acceptable comment"),
    ]),
]

KIND_OF_ROW = {"pos": "positive", "hn": "hard_negative", "fill": "filler"}


def weekdays():
    days, d = [], FIRST_DAY
    while d <= LAST_DAY:
        if d.weekday() < 5:
            days.append(d)
        d += datetime.timedelta(days=1)
    return days


def verdict(rules):
    best = "ok"
    for r in rules:
        if RANK[SEVERITY[r]] > RANK[best]:
            best = SEVERITY[r]
    return best


def build_rows():
    rng = random.Random(SEED)
    days = weekdays()
    out = []
    for acc in ACCOUNTS:
        rows = acc["rows"]
        n_posts = sum(1 for r in rows if r[1] != "comment")
        # one chunk of the weekdays per post, one day drawn from each chunk, in written order
        bounds = [round(i * len(days) / n_posts) for i in range(n_posts + 1)]
        post_days = [rng.choice(days[bounds[i]:bounds[i + 1]]) for i in range(n_posts)]
        # how many comments sit under each post
        n_comments, cur = [], -1
        for r in rows:
            if r[1] == "comment":
                n_comments[cur] += 1
            else:
                n_comments.append(0)
                cur += 1
        post_i, last_time, parent_key = -1, None, None
        for j, (k, kind, by, text, rules, allowed, note) in enumerate(rows):
            if kind != "comment":
                post_i += 1
                day = post_days[post_i]
                latest_hour = 14 if n_comments[post_i] else 18
                t = datetime.datetime(day.year, day.month, day.day,
                                      rng.randint(8, latest_hour), rng.randint(0, 59))
                parent_key = (acc["handle"], j)
            else:
                t = last_time + datetime.timedelta(minutes=rng.randint(4, 55))
            last_time = t
            acc_rule = acc["pattern"]
            exp_rules = ([acc_rule] if k == "pos" else []) + list(rules)
            exp_allowed = list(allowed)
            if k == "fill" and acc["role"] == "positive":
                exp_allowed = [acc_rule] + exp_allowed
            row = {
                "key": (acc["handle"], j),
                "parent_key": parent_key if kind == "comment" else None,
                "text": text,
                "author": acc["handle"],
                "created_at": t.strftime("%Y-%m-%dT%H:%M:00+00:00"),
                "platform": acc["platform"],
                "account": acc["account"],
                "kind": kind,
                "comment_by": by,
                "expect": {"rules": exp_rules, "allowed": exp_allowed, "verdict": verdict(exp_rules)},
                "family": "hard_negative" if k == "hn" else acc_rule,
                "account_pattern": acc_rule,
                "account_role": acc["role"],
                "kind_of_row": KIND_OF_ROW[k],
                "note": note,
            }
            out.append(row)
    rng.shuffle(out)
    ids = {}
    for i, row in enumerate(out, 1):
        ids[row["key"]] = "%s-%04d" % (SET, i)
    lines = []
    for row in out:
        obj = {"id": ids[row["key"]], "text": row["text"], "author": row["author"],
               "created_at": row["created_at"], "platform": row["platform"],
               "account": row["account"], "kind": row["kind"]}
        if row["kind"] == "comment":
            obj["comment_by"] = row["comment_by"]
            obj["parent_id"] = ids[row["parent_key"]]
        for f in ("expect", "family", "account_pattern", "account_role", "kind_of_row", "note"):
            obj[f] = row[f]
        lines.append(json.dumps(obj, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def main():
    text = build_rows()
    if "--stdout" in sys.argv[1:]:
        sys.stdout.buffer.write(text.encode("utf-8"))
        return
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "accounts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    n = text.count("\n")
    print("wrote accounts.jsonl: %d rows from %d accounts" % (n, len(ACCOUNTS)))


if __name__ == "__main__":
    main()
