#!/usr/bin/env python3
"""Build accounts.jsonl for blind set b13 (account-level rules).

Every text, label and note below was written by hand for this set. The script
only shuffles rows, assigns ids, platforms and timestamps with a fixed seed, so
running it again writes the same file.
"""
import json
import random
from datetime import date, datetime, timedelta
from pathlib import Path

SEED = 1313
HERE = Path(__file__).resolve().parent
OUT = HERE / "accounts.jsonl"

HR = "harassment.repeated-target"
MX = "capacity.mixed-account"
MOD = "moderation.third-party-comments"
PA = "respect.personal-attack"
AB = "respect.abusive-language"
DEF = "defamation.allegation"
IR = "tone.irony-risk"
DP = "data-protection.personal-data"
OFF = "officers.impartiality"
BUL = "bullying.intimidation"
EQ = "equality.discrimination"

SEV = {"ok": 0, "advice": 1, "review": 2, "block": 3}
DEFAULT_SEV = {
    HR: "block", MX: "advice", MOD: "review", PA: "review", AB: "review",
    DEF: "review", IR: "advice", DP: "review", OFF: "review", BUL: "block",
    EQ: "block", "haste.pause-before-posting": "advice",
}


def P(text, rules=(), allowed=(), note="", kor=None, verdict=None):
    return dict(kind="post", text=text, rules=list(rules), allowed=list(allowed),
                note=note, kor=kor, verdict=verdict, on=None)


def C(text, on, rules=(), allowed=(), note="", kor=None, verdict=None):
    """A resident's comment left under post number `on` (0-based) of the same account."""
    return dict(kind="comment", text=text, rules=list(rules), allowed=list(allowed),
                note=note, kor=kor, verdict=verdict, on=on)


ACCOUNTS = []


def account(handle, platform, pattern, role, rows, account_type="councillor", about=""):
    ACCOUNTS.append(dict(handle=handle, platform=platform, pattern=pattern, role=role,
                         rows=rows, account=account_type, about=about))


# ---------------------------------------------------------------------------
# harassment.repeated-target: positives
# ---------------------------------------------------------------------------
account("@CassBlenkinsop", "x", HR, "positive", about="Reform councillor; target Perpetua Nkemelu (Labour group leader)", rows=[
    P("Pothole on Pinfold Road reported AGAIN. Third time since Christmas. Highways say it's \"scheduled\". I'll believe it when I see tarmac. Brindle Ash deserves better than a cone and a promise.",
      note="Ward business, robust about a service, no person targeted."),
    P("Watched Perpetua Nkemelu try to explain Labour's budget amendment at full council. Ten minutes of waffle, not one number, then she sat down looking thoroughly pleased with herself. A Year 9 debating club would have wiped the floor with her.",
      [HR, PA], note="First hostile occasion against Perpetua Nkemelu (full name): belittling her competence, not her amendment."),
    P("Decent turnout at the Brindle Ash residents' meeting this afternoon. Main issues: the 12 bus, fly-tipping behind the Co-op, and the library opening hours. Notes going up on my page tomorrow.",
      note="Ward business."),
    P("Cllr Nkemelu now says she \"never supported\" the harbour parking charges. Funny that, because I've got the minutes. Either her memory has packed up or she's banking on nobody reading them. Which one is it, Perpetua? \U0001F914",
      [HR, PA], [DEF], note="Second occasion: insinuates she is lying (dishonesty implied, not stated, so defamation only allowed), same target by Cllr Surname and first name."),
    P("Brindle Ash library hours consultation closes Friday. Takes five minutes. If you use the Saturday session, tell them, because it's the one on the chopping block.",
      note="Ward business."),
    P("@PerpetuaLab has blocked me. Can dish it out all day, folds at a single question. Glass jaw on that one. Mind you, saves me wading through her press releases \U0001F602",
      [HR, PA], note="Third occasion, by @handle: mockery of her as a person after a block."),
    P("Nkemelu's lot have announced a \"listening tour\" of the district. She couldn't hear a smoke alarm if it was taped to her forehead. Keep your expectations somewhere around sea level, Ormsfleet.",
      [HR, PA], note="Fourth occasion, surname alone: ridicule of the person, not the tour."),
])

account("@FergalMortlockInd", "facebook", HR, "positive", about="Independent; target Barnaby Quist (Chair of Planning); insinuation rather than insult", rows=[
    P("Scarth End surgery this Saturday, 10 till 12, in the leisure centre café. No appointment, just turn up with your gripe and I'll buy the tea.",
      note="Ward business."),
    P("Another planning committee, another Barnaby Quist special. The report recommends one thing, the chair talks the room round to the opposite, and somehow Marram Homes goes home smiling. That's three now. I'm not saying anything. I'm just counting.",
      [HR], [DEF, PA], note="First hostile occasion, full name: insinuated impropriety by the chair. No explicit allegation, so defamation and personal-attack are allowed rather than expected."),
    P("Update on the Scarth End drainage: Wendle Water crews are back on Tern Road from Monday to clear the culvert that flooded the bottom four houses in November. Keep reporting it if it backs up.",
      note="Ward business."),
    P("Someone asked me why Cllr Quist always looks so relaxed on the Marram Homes site visits. Couldn't possibly comment \U0001F609 but I'd love a look at his Christmas card list.",
      [HR, IR], [DEF, PA], note="Second occasion, Cllr Surname: a wink at a corrupt relationship; irony marker."),
    P("The 47 bus: the operator has confirmed the 7.10 comes back from the 2nd. Six months of emails. Persistence pays, Scarth End.",
      note="Ward business."),
    P("Quist told me off for \"grandstanding\" at committee. This from a man whose entire legacy in Upper Thrush is a bench with his own name screwed onto it. Sit down, Barnaby. Nobody's buying it any more.",
      [HR, PA], note="Third occasion, surname and first name: belittling the person."),
    P("Fair play to the Scarth End Rotary for the defibrillator outside the chippy. Training session on the 19th if anyone wants to learn how to use it.",
      note="Ward business."),
])

account("@SunnivaRookLab", "x", HR, "positive", about="Labour; target Desmond Ugwu-Parkes (Cabinet Member for Housing)", rows=[
    P("Desmond Ugwu-Parkes has found time for four ribbon-cuttings this month and not a minute to answer a single Saltcote tenant about the black mould. Priorities of a peacock.",
      [HR, PA], note="First hostile occasion, full name: mockery of the man (peacock), not only his record."),
    P("Saltcote Green: the play area refurb starts on 2 Feb and should be done by half term. Sorry for the fencing, small people of Saltcote. It'll be worth it.",
      note="Ward business."),
    P("Cllr Ugwu-Parkes says he \"welcomes scrutiny\". Yeah right. He welcomes it the way a cat welcomes a bath. Spent the whole of yesterday's session sulking and scrolling his phone.",
      [HR, PA, IR], note="Second occasion, Cllr Surname: 'yeah right' and belittling."),
    P("Reminder: Warm Space at St Aidan's hall every weekday 10-4 until the end of March. Soup, Wi-Fi, and no questions asked.",
      note="Ward business."),
    P("Good news @DesUgwuParkes, the damp survey you \"couldn't locate\" has been found. On your desk. Under the glossy headshots. Who'd have thought.",
      [HR, PA, IR], [DEF], note="Third occasion, @handle: sarcasm implying he hid a report; mock surprise."),
    P("Thanks to the Saltcote tenants' group for walking me round Heron Court. Photos of the worst flats going to the repairs team today with your permission.",
      note="Ward business."),
    P("Ugwu-Parkes is the only man alive who could lose an argument with a damp patch. Saltcote deserves a housing lead with a backbone, not a ring light.",
      [HR, PA], note="Fourth occasion, surname alone."),
])

account("@ImeldaThrossell", "bluesky", HR, "positive", about="Conservative finance lead; target Kezia Vantongeren (Green)", rows=[
    P("Small businesses in Brindle Ash: the retail rate relief scheme is open until 31 March. If you're not sure whether you qualify, message me and I'll point you to the right form.",
      note="Ward business."),
    P("Kezia Vantongeren has discovered spreadsheets. Bless her. Can someone gently prise the calculator off her before she mislays another £200k of our money?",
      [HR, PA, IR], [DEF], note="First hostile occasion, full name: condescending mock praise ('Bless her')."),
    P("Proud of the finance team: the audit came back with no qualifications for the fourth year running. Dull, and exactly how it should be.",
      [], [OFF], note="Ward/council business; praises officers as a team (allowed only)."),
    P("Cllr Vantongeren turned up to audit committee, read out what sounded like a blog post, and left before anyone could answer her. That's performance art, not scrutiny.",
      [HR, PA], note="Second occasion, Cllr Surname: belittling her conduct as a person."),
    P("Asked @KeziaGreenSG to name a single saving in her alternative budget. Long silence. Then a thread about bees. And this is someone who wants to run the books for 90,000 people \U0001F644",
      [HR, PA], note="Third occasion, @handle: ridicule."),
    P("Council tax support: if your circumstances have changed this winter, please apply, even if you were turned down last year. The rules changed in April.",
      note="Ward business."),
])

account("@WinAchterbergORF", "facebook", HR, "positive", about="Residents First; target Rosalind Featherstonehaugh (Leader)", rows=[
    P("Rosalind Featherstonehaugh: the only council leader in England who needs a briefing note to find Upper Thrush. Twelve years as our neighbour and she still says \"Upper Thrust\" \U0001F644",
      [HR, PA], note="First hostile occasion, full name: mockery."),
    P("Upper Thrush village hall roof grant approved, £14,200 from the community fund. Well done to Maureen and the hall committee, who filled in a form longer than the Bible.",
      [], [DP], note="Ward business; names a volunteer by first name only (data protection allowed)."),
    P("Mrs Featherstonehaugh went puce at full council when I asked a perfectly ordinary question about the Staithe car park sale. Can't take one question without a strop. Call that leadership?",
      [HR, PA], note="Second occasion: belittles her temper."),
    P("Gritting routes for Upper Thrush are updated: Chapel Hill is back on the priority list. Thank you to everyone who sent photos of the lorry stuck at the top.",
      note="Ward business."),
    P("@RosFeatherCon a little bird tells me the Staithe buyer and our Leader share rather more than a golf club. Nothing improper, I'm sure \U0001F607",
      [HR, IR], [DEF, PA], note="Third occasion, @handle: insinuated corruption wrapped in mock innocence."),
    P("Featherstonehaugh calls the cuts \"painful but fair\". Rich, from someone who hasn't queued for anything since 1987. Do pop down from the tower one day, Rosalind, the rest of us are down here.",
      [HR, PA, IR], note="Fourth occasion, surname and first name: sneering at her as a person."),
    P("Residents First surgery moved to the Thrush Lock Tearoom this month while the hall roof is done. Same time, better cake.",
      note="Ward business."),
])

account("@TariqScarthEnd", "x", HR, "positive", about="Labour; target Cassius Blenkinsop (Reform); exactly two hostile occasions plus a civil mention", rows=[
    P("Scarth End youth club keeps its Tuesday and Thursday sessions after we found the money in the community safety budget. Thank you to every young person who came and spoke at cabinet.",
      note="Ward business."),
    P("Cassius Blenkinsop spent his whole speech raging about the \"woke council\" and forgot to mention he hasn't held one surgery in Brindle Ash since May. All mouth, no trousers, no surgery.",
      [HR, PA], note="First hostile occasion, full name."),
    P("Reform's motion to scrap the climate officer post was lost 29-9. I disagree with it completely, but credit to Cllr Blenkinsop for bringing it with costings attached. That's how debate should work.",
      note="Near miss inside the account: civil mention of the same target; no rule."),
    P("Gully cleaning on Orchard Row and Tern Road this week. Move your car if you can, the crews can't reach round them.",
      note="Ward business."),
    P("Blenko's off on another rant on his page. The man has the attention span of a gnat and roughly the same manners. @CassBlenkinsop, try some actual casework, mate.",
      [HR, PA], note="Second occasion, nickname and @handle: belittling. Two occasions is the minimum for the course of conduct."),
    P("Scarth End foodbank is short of tinned fruit, UHT milk and size 5 nappies. Drop-off at the Methodist church Mon/Wed/Fri.",
      note="Ward business."),
])

# ---------------------------------------------------------------------------
# harassment.repeated-target: hard negatives (civil, repeated criticism)
# ---------------------------------------------------------------------------
account("@MargePennyLD", "x", HR, "hard_negative", about="Lib Dem; civil criticism of Desmond Ugwu-Parkes's housing decisions, four times", rows=[
    P("Cllr Ugwu-Parkes's decision to push the Kettlewick damp survey back to 2027 is the wrong call. 140 households are waiting. I've written to him today asking him to think again.",
      note="Civil criticism of a decision (1)."),
    P("Follow-up: Desmond Ugwu-Parkes has replied, and I'm grateful he did, but the answer doesn't deal with the core problem. The repairs budget is £600k underspent while tenants wait. I'll take it to scrutiny.",
      note="Civil criticism (2), full name."),
    P("Kettlewick Common: the path lighting is finally fixed. Thanks to everyone who reported the dark stretch by the pond.",
      note="Ward business."),
    P("At scrutiny I put three questions on empty homes to @DesUgwuParkes. Two answered, one promised in writing. The figures are still poor: 212 voids. The policy needs a rethink, not a new logo.",
      note="Civil criticism (3), @handle; robust about the policy."),
    P("Kettlewick litter pick on Saturday, meeting at the scout hut at 10. Bring gloves if you have them.",
      note="Ward business."),
    P("Fourth time I've raised it and I'll keep going: selling 30 council homes at auction is a mistake. Desmond and I disagree on this, firmly, but Kettlewick families need those homes more than the budget needs the receipts.",
      note="Civil criticism (4), first name; disagreement stated with respect."),
])

account("@HywelGarside", "bluesky", HR, "hard_negative", about="Labour; civil criticism of Rosalind Featherstonehaugh's budget decisions, four times", rows=[
    P("The Leader's budget shuts two of the three public toilets on the harbour front. For a seaside town that lives on visitors, that's a false economy, and I told Cllr Featherstonehaugh so today.",
      note="Civil criticism (1)."),
    P("Harbour wall repairs: the contractor is on site until mid-March. The footpath by the lifeboat slip stays open.",
      note="Ward business."),
    P("Rosalind Featherstonehaugh defends the Staithe car park sale as \"best value\". I don't agree: the valuation is two years old. I've asked for a fresh one before anything is signed.",
      note="Civil criticism (2), full name."),
    P("Ormsfleet Harbour ward: new recycling bins along the promenade from next week. Please use them, the gulls are winning.",
      note="Ward business."),
    P("Credit where it's due: @RosFeatherCon has agreed to keep the harbour toilets open through the summer. I still think closing them in October is wrong and I'll keep making that case.",
      note="Civil criticism (3) with credit; @handle."),
    P("Third budget in a row where the administration has leaned on reserves. This isn't personal. I like Rosalind. I just don't think the sums add up, and the harbour ends up paying.",
      note="Civil criticism (4), first name; explicitly not personal."),
])

# ---------------------------------------------------------------------------
# capacity.mixed-account: positives (councillor accounts)
# ---------------------------------------------------------------------------
account("@PerpetuaLab", "facebook", MX, "positive", about="Labour group leader: birthday, mother's operation, choir", rows=[
    P("Ormsfleet Harbour ward update: the Gullet Lane crossing is finally going in. Works start 9 February and should take three weeks. Thank you to the parents who never stopped asking.",
      note="Council business in a mixed account."),
    P("Sixty-one today and my nephew baked me a cake shaped like a bin lorry. Make of that what you will \U0001F602 Thank you for all the lovely messages, I'm reading every one.",
      [MX], note="Personal: her birthday."),
    P("Our food bank collection at the Harbour Hall raised 43 crates this week. The Labour group matched the cash donations. Ormsfleet, you're brilliant.",
      note="Council/ward business."),
    P("Mum is home from Ormsfleet General after her new hip. Slow on the stairs but already bossing the physio about, so normal service has resumed.",
      [MX], [DP], note="Personal: a relative's health (data protection allowed)."),
    P("Labour has tabled an amendment to keep the lifeguard service on the north beach for the whole summer, not just August. It costs £38,000. We've shown where the money comes from.",
      note="Council business."),
    P("Choir concert on Saturday at St Mary's. Altos, we ARE ready, whatever our conductor says. Pray for us. Tickets on the door.",
      [MX], note="Personal: hobby."),
])

account("@KeziaGreenSG", "bluesky", MX, "positive", about="Green: cat, sister's wedding, climbing holiday", rows=[
    P("Saltcote Green litter pick this Saturday, 9am by the duck pond. Gloves and grabbers provided, biscuits too.",
      note="Ward business."),
    P("Parsnip has decided the new blue recycling box is her bed now. Nobody tell the waste team. \U0001F408",
      [MX], note="Personal: her cat (with a council joke)."),
    P("Our motion for pesticide-free verges passed, 31 votes to 4. Thanks to the Saltcote Wildlife Group for two years of patient lobbying.",
      note="Council business."),
    P("Back from my sister's wedding in Dumfries. Cried through the vows, the ceilidh and most of the coach home. Highly recommend.",
      [MX], note="Personal: a sibling's wedding."),
    P("The Heron Street bus shelter has been replaced after the storm. If yours is still smashed, send me the stop number.",
      note="Ward business."),
    P("I'm away next week, climbing in the Peaks with the old uni lot. Anything urgent for Saltcote Green, please contact Cllr Rook, who has kindly agreed to cover.",
      [MX], note="Personal: holiday, mixed into a ward notice."),
])

account("@DesUgwuParkes", "x", MX, "positive", about="Cabinet Member for Housing: twins' school place, half marathon, late father", rows=[
    P("Handed over the keys at 24 new homes on Tansy Close, Kettlewick today. Proper council homes at proper social rents. More of this, please.",
      note="Council business."),
    P("Just submitted the Reception applications for our twins. How is it more complicated than the housing strategy? Send help and a flowchart.",
      [MX], note="Personal: his children, unnamed."),
    P("Housing allocations policy: the consultation is open until 20 March. If you're on the register, it affects you. Link below.",
      note="Council business."),
    P("Half marathon training, week 6. My knees have lodged a formal complaint and requested a review by the Local Government Ombudsman.",
      [MX], note="Personal: running."),
    P("Empty homes: our new plan aims to bring 80 voids back into use by the autumn. The repairs contract now has penalties for slow turnarounds.",
      note="Council business."),
    P("Dad would have been 80 today. I miss his terrible jokes more than I expected. Normal service tomorrow.",
      [MX], note="Personal: bereavement."),
    P("Thank you to the repairs teams who worked through the cold snap to get boilers back on in Kettlewick. 312 jobs in nine days.",
      note="Council business."),
])

account("@RosFeatherCon", "facebook", MX, "positive", about="Leader: whippet, ruby wedding, new grandchild", rows=[
    P("Budget 2026/27 agreed at council. Council tax rises by 2.99%, the lowest in the county, and the Saltcote and Scarth End leisure centres stay open.",
      note="Council business."),
    P("Pip the whippet has eaten a Lib Dem leaflet off the doormat. I want to stress this was not trained behaviour. Well, not entirely.",
      [MX], note="Personal: her dog (light party joke)."),
    P("Upper Thrush bridge reopens to traffic this Friday, two weeks ahead of schedule. My thanks to everyone who put up with the diversion via Thrush Lock.",
      note="Council business."),
    P("Forty years married to Geoffrey on Saturday. He still can't load a dishwasher properly and I still don't mind. Rubies, apparently.",
      [MX], note="Personal: her own ruby wedding (no stock word 'anniversary')."),
    P("The Staithe regeneration exhibition is at the Harbour Hall on Tuesday and Wednesday, 10 till 7. The plans are early, so come and tell us what you think.",
      note="Council business."),
    P("Grandchild number three arrived safely at 4.12 this morning: 7lb 9oz and furious about it. Mother and baby both doing well.",
      [MX], [DP], note="Personal: a new grandchild; birth details (data protection allowed)."),
])

account("@CllrQuist", "x", MX, "positive", about="Chair of Planning: collapsed ceiling, holiday, coaching under-11s", rows=[
    P("Planning committee training for new members on Thursday in committee room 2. Substitutes welcome too.",
      note="Council business."),
    P("The bathroom ceiling came down on Sunday. Not a metaphor. If anyone knows a plasterer who isn't booked until 2027, I'm all ears.",
      [MX], note="Personal: DIY disaster."),
    P("Upper Thrush community speed watch needs three more volunteers. Training is an hour and the kit is provided by the police.",
      note="Ward business."),
    P("Off to Lanzarote for a week with Mrs Q. Ward enquiries to Cllr Achterberg while I'm away, and thank you to her for covering.",
      [MX], note="Personal: holiday, inside a ward notice."),
    P("Local Plan: the call for sites closes at the end of the month. Landowners and parish councils, please get your submissions in.",
      note="Council business."),
    P("Ormsfleet Town under-11s won 4-1 on Saturday. As their coach I can take credit for none of it and the orange slices.",
      [MX], note="Personal: coaching a children's team."),
])

account("@OssianDalbyLD", "x", MX, "positive", about="Lib Dem: own operation, daughter's driving test, guitar lessons", rows=[
    P("Mardle Beck footbridge is open again after the flood repairs. Thanks for your patience, Mardle Vale.",
      note="Ward business."),
    P("Quiet few weeks from me, sorry. Had my gallbladder out. All went fine, back on proper food and back on the casework from Monday.",
      [MX], [DP], note="Personal: his own health (own data, so data protection only allowed)."),
    P("The Mardle Farm application for 40 homes is now on the planning portal. Comments close on 2 March. I'll be listening to everyone before it comes to committee.",
      note="Ward business; predisposition at most, no closed mind."),
    P("Our Ellie passed her driving test first time this morning. The Mardle Vale roundabout holds no fear for her. It still terrifies me.",
      [MX], [DP], note="Personal: his daughter, named (data protection allowed)."),
    P("Free energy advice session at Mardle Vale library on Wednesday, 1-4pm. Bring a recent bill if you can.",
      note="Ward business."),
    P("Guitar lessons at 44, week three: I can now play most of Wonderwall, badly. The neighbours have been very patient.",
      [MX], note="Personal: hobby."),
])

# ---------------------------------------------------------------------------
# capacity.mixed-account: hard negatives (warm council business only)
# ---------------------------------------------------------------------------
account("@HywelForHarbour", "facebook", MX, "hard_negative", about="Warm ward business only; near-miss words (birthday, families, proud)", rows=[
    P("Happy 150th birthday to Ormsfleet lifeboat station! Proud to represent a ward with a crew like this. Open day on the slipway on Saturday.",
      note="Warm, 'birthday' of an institution; no personal life."),
    P("Welcome to the families moving into the new homes on Quay Street this week. If anything isn't right with your flat, drop me a line.",
      note="'Families' of residents, not his own."),
    P("Lovely morning at Harbour Primary handing out the reading certificates. The Year 3s asked me whether councillors get paid in fish. Sadly not.",
      note="Warm school visit in his role."),
    P("The harbour Christmas lights raised £2,100 for the hospice. Thank you to the traders who kept the stalls going in the rain.",
      note="Warm community thanks."),
    P("Heartfelt thanks to the volunteers at the Gullet Lane community fridge. 900 meals' worth saved from the bin since October.",
      note="Warm volunteer thanks."),
    P("Sad news that Harbour Hall's longest-serving caretaker, Len, has retired after 31 years. The building won't feel the same. Enjoy it, Len.",
      [], [DP], note="Warm farewell to a community figure by first name; not the councillor's own life."),
])

account("@PennyfeatherKettlewick", "facebook", MX, "hard_negative", about="Warm ward business only", rows=[
    P("Congratulations to Kettlewick Scouts on their new hut. Proud to have helped with the community grant.",
      note="Warm council business."),
    P("Such a cheerful afternoon at the Kettlewick lunch club. They've made me an honorary member, which I gather means washing up.",
      note="Warm; self-deprecation in role, no personal life."),
    P("A big thank you to the Kettlewick Common Friends, who planted 400 trees in the rain on Saturday.",
      note="Warm thanks."),
    P("The dementia-friendly cinema screening at the community centre was full again. Next one is 14 March.",
      note="Warm ward business."),
    P("Welcome to Kettlewick's new PCSO, who starts on Monday. Come and say hello at the coffee morning on the 20th.",
      note="Warm ward business."),
    P("Kettlewick Library's 60th birthday celebration is on Saturday. Cake, a quiz, and old photos of the building.",
      note="'Birthday' of a building, not the councillor's."),
])

# ---------------------------------------------------------------------------
# capacity.mixed-account: separate personal accounts
# ---------------------------------------------------------------------------
account("@ros_and_the_whippets", "facebook", MX, "personal", account_type="personal", about="Rosalind's personal account: dogs, grandchildren, garden", rows=[
    P("Pip and Clover on the beach at Wendle Marsh this morning. One swam, one sulked. No prizes for guessing which.",
      note="Personal account, personal content."),
    P("Geoffrey has built a bird table. It leans. The blue tits don't seem to mind.",
      note="Personal account."),
    P("First proper cuddle with the newest grandchild. Completely smitten, as predicted.",
      note="Personal account; new grandchild, no council content."),
    P("Seed potatoes chitting on every windowsill. The house smells of earth and hope.",
      note="Personal account."),
    P("Clover is three today. She celebrated by stealing a whole crumpet off the side.",
      note="Personal account; dog's birthday."),
    P("Sunday lunch for eleven. Two gravy boats, one disaster with the Yorkshires, nobody complained.",
      note="Personal account."),
])

account("@tariq_bakes", "bluesky", MX, "personal", account_type="personal", about="Tariq's personal account: baking, children, cricket", rows=[
    P("Sourdough attempt number nine. It rose! Slightly. The starter is called Dough Jones and he is finally pulling his weight.",
      note="Personal account."),
    P("Yusuf lost his first tooth in a cheese sandwich. The tooth fairy is negotiating rates.",
      [], [DP], note="Personal account; his own child named (data protection allowed)."),
    P("Nets are back at the cricket club on Thursday. Spent the winter convinced I'd fixed my forward defence. I had not.",
      note="Personal account."),
    P("Lemon drizzle for Amira's school cake sale. Two made it there. The rest were quality controlled.",
      [], [DP], note="Personal account; his own child named (data protection allowed)."),
    P("Half term in Whitby. Rain, chips, the 199 steps twice, and one very happy six-year-old.",
      note="Personal account."),
    P("Cardamom buns. Recipe in the replies because three people asked and I'm weak.",
      note="Personal account."),
])

# ---------------------------------------------------------------------------
# moderation.third-party-comments: positives (abusive/defamatory/obscene comments left up)
# ---------------------------------------------------------------------------
account("@ImeldaForBrindleAsh", "facebook", MOD, "positive", about="Imelda Throssell's ward page", rows=[
    P("Our budget for 2026/27 protects weekly bin collections and the Brindle Ash library. Full details on the council website. Happy to answer questions below.",
      note="Councillor's own post; civil."),
    C("Throssell and her mates have had their snouts in the trough for years. Ask where the leisure centre money went. Thieves the lot of them.",
      0, [MOD], [DEF, PA], note="Resident's comment: allegation of theft against the councillor and colleagues, left up."),
    C("Why is the garden waste charge going up again? £62 is a lot when you're on a pension.",
      0, note="Resident's civil question.", kor="hard_negative"),
    P("Pinfold Road resurfacing confirmed for the first week of March. I know it's been a long wait.",
      note="Councillor's own post."),
    C("fuck off imelda nobody voted for this shite, your a joke",
      3, [MOD], [AB, PA], note="Resident's obscene, abusive comment aimed at the councillor."),
    C("Strongly disagree with the budget but credit for actually replying to people on here.",
      0, note="Resident's critical but civil comment.", kor="hard_negative"),
    P("Thank you to everyone who came to the Brindle Ash drop-in. Next one is on the 24th.",
      note="Councillor's own post."),
    C("That finance director Oduya cooks the books for them, everyone at the civic centre knows it. Look at her salary.",
      6, [MOD], [DEF, OFF, PA], note="Resident's comment alleging dishonesty by a named officer."),
])

account("@DalbyMardleVale", "facebook", MOD, "positive", about="Ossian Dalby's ward page", rows=[
    P("The Mardle Farm application (40 homes) is open for comments until 2 March. Please comment on the planning portal so your views are counted; comments here aren't.",
      note="Councillor's own post; neutral."),
    C("I live on Mardle Lane and the school-run traffic is already awful. Please push for a proper transport assessment.",
      0, note="Resident's civil comment.", kor="hard_negative"),
    C("The Marram Homes boss did time for fraud in the 90s, look it up. Crooks building our houses.",
      0, [MOD], [DEF, DP], note="Resident's comment: criminal allegation about an identifiable person (criminal record is special category)."),
    C("Anyone on that committee who votes this through is a bent bastard and we'll remember their faces.",
      0, [MOD], [AB, BUL, DEF, PA], note="Resident's obscene, menacing comment aimed at the committee."),
    P("Mardle Beck footbridge is open again. Thank you for your patience.",
      note="Councillor's own post."),
    C("Ossian Dalby you spineless little shit, you promised us the green belt was safe",
      4, [MOD], [AB, PA], note="Resident's obscene abuse of the councillor."),
    C("The Lib Dems promised to protect the green belt and this is green belt. Very disappointed, Ossian.",
      0, note="Resident's critical but civil comment.", kor="hard_negative"),
    P("Energy advice session at the library on Wednesday afternoon. Bring a bill.",
      note="Councillor's own post."),
])

account("@QuistUpperThrush", "facebook", MOD, "positive", about="Barnaby Quist's ward page", rows=[
    P("The Local Plan call for sites closes at the end of the month. I'll post the list of submitted sites in Upper Thrush as soon as it's published.",
      note="Councillor's own post."),
    C("Quist was paid off by Marram, my brother-in-law saw the envelope change hands at the golf club.",
      0, [MOD], [DEF], note="Resident's comment: bribery stated as fact about the councillor."),
    C("Will there be a public meeting before the deadline? Not everyone can use the online form.",
      0, note="Resident's civil question.", kor="hard_negative"),
    C("stick your local plan up your arse barnaby \U0001F595\U0001F595",
      0, [MOD], [AB, PA], note="Resident's obscene comment at the councillor."),
    P("Upper Thrush speed watch: three more volunteers needed. Message me if you can spare two hours a month.",
      note="Councillor's own post."),
    C("Cllr Quist, with respect, the committee ignored the parish council's objection last time. Why should we trust the process now?",
      0, note="Resident's critical, civil comment (near miss).", kor="hard_negative"),
    C("Everyone in the village knows what he did with the parish hall money. Embezzling old goat.",
      4, [MOD], [DEF, PA], note="Resident's comment alleging embezzlement."),
])

account("@CassBlenkinsopBrindle", "facebook", MOD, "positive", about="Cassius Blenkinsop's ward page (his own posts civil)", rows=[
    P("Pinfold Road potholes: highways have promised a date. I'll chase every week until it's done.",
      note="Councillor's own post; civil."),
    C("Cass, any news on the streetlight by the Co-op? Still out after three weeks.",
      0, note="Resident's civil question.", kor="hard_negative"),
    C("Brindle Ash was fine before the Poles took over Rook Street. Send the lot of them back.",
      0, [MOD], [EQ, AB], note="Resident's comment attacking people for nationality (race under the Equality Act), left up on the page."),
    P("Flooding meeting at Brindle Ash Methodist church on Thursday. The Environment Agency will be there to take questions.",
      note="Councillor's own post."),
    C("Not a Reform voter but fair play for actually turning up to the flood meeting.",
      3, note="Resident's civil comment.", kor="hard_negative"),
    C("Nkemelu's a Labour crook who fiddled her expenses. Pass it on.",
      3, [MOD], [DEF, PA], note="Resident's comment alleging expenses fraud against a named councillor."),
    C("The bloke who runs the waste contract wants a good kicking for the state of the tip.",
      0, [MOD], [BUL, AB], note="Resident's comment inciting violence against an identifiable person."),
    P("Brindle Ash library keeps its Saturday opening. Thanks to everyone who filled in the consultation.",
      note="Councillor's own post."),
])

# ---------------------------------------------------------------------------
# moderation.third-party-comments: hard negatives (civil or critical comments only)
# ---------------------------------------------------------------------------
account("@SunnivaRookSaltcote", "facebook", MOD, "hard_negative", about="Sunniva Rook's ward page; blunt but civil comments", rows=[
    P("Heron Court: the repairs team starts on the worst-affected flats on Monday. Please let them in if you can; I'll keep chasing the rest.",
      note="Councillor's own post."),
    C("About bloody time. We've had mould in the kids' room since 2023.",
      0, note="Resident's angry comment at the situation, mild swearing, no target; no rule."),
    C("This is a disgrace and the cabinet should be ashamed it took a newspaper story to get them moving.",
      0, note="Harsh criticism of the cabinet's handling; robust, civil."),
    P("Play area refurb update: the fencing comes down on Friday.",
      note="Councillor's own post."),
    C("Great news, the grandkids have been asking every day!",
      3, note="Resident's friendly comment."),
    C("Labour have run this ward for twenty years and it's still falling apart. You'll not get my vote.",
      3, note="Political criticism of a party; civil."),
])

account("@KeziaSaltcoteGreens", "facebook", MOD, "hard_negative", about="Kezia Vantongeren's ward page; sarcastic and critical comments about policy", rows=[
    P("Pesticide-free verges start in April. Expect longer grass and more wildflowers along Saltcote Road.",
      note="Councillor's own post."),
    C("Longer grass, brilliant, can't wait for the ticks. Who signs off these ideas?",
      0, note="Resident's sarcasm about a policy; no person attacked."),
    C("Lovely idea. Will the junctions still be cut for visibility? I drive the school run.",
      0, note="Resident's civil question."),
    P("Saltcote Green litter pick on Saturday at 9am by the duck pond.",
      note="Councillor's own post."),
    C("Fly-tipping on the back lane is criminal and the council does nothing. Fine them properly.",
      3, note="Complaint; 'criminal' about fly-tipping, no person accused."),
    C("I think the Green budget amendment was naive, Kezia, but I'll be there Saturday with my grabber.",
      3, note="Civil disagreement with the councillor's politics."),
])


# ---------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------
def weekdays():
    d, end, out = date(2026, 1, 5), date(2026, 3, 27), []
    while d <= end:
        if d.weekday() < 5:
            out.append(d)
        d += timedelta(days=1)
    return out


def verdict_of(rules):
    best = "ok"
    for r in rules:
        s = DEFAULT_SEV[r]
        if SEV[s] > SEV[best]:
            best = s
    return best


def build():
    rng = random.Random(SEED)
    days = weekdays()
    rows = []
    for acc in ACCOUNTS:
        posts = [i for i, r in enumerate(acc["rows"]) if r["kind"] == "post"]
        chosen = sorted(rng.sample(days, len(posts)))
        stamp = {}
        for i, d in zip(posts, chosen):
            has_comments = any(r["on"] == i for r in acc["rows"])
            hour = rng.randint(8, 13 if has_comments else 18)
            stamp[i] = datetime(d.year, d.month, d.day, hour, rng.randint(0, 59))
        last = {}
        for i, r in enumerate(acc["rows"]):
            if r["kind"] == "comment":
                base = last.get(r["on"], stamp[r["on"]])
                t = base + timedelta(minutes=rng.randint(7, 70))
                cap = datetime(base.year, base.month, base.day, 18, 59)
                t = min(t, cap)
                last[r["on"]] = t
                stamp[i] = t
        for i, r in enumerate(acc["rows"]):
            rules = list(r["rules"])
            allowed = [a for a in r["allowed"] if a not in rules]
            pattern = acc["pattern"]
            if r["kor"]:
                kor = r["kor"]
            elif pattern in rules:
                kor = "positive"
            elif acc["role"] in ("hard_negative", "personal"):
                kor = "hard_negative"
            else:
                kor = "filler"
            if pattern == MX and acc["role"] == "positive" and MX not in rules and MX not in allowed:
                allowed.append(MX)
            family = pattern if kor in ("positive", "filler") else "hard_negative"
            row = {
                "id": None,
                "text": r["text"],
                "author": acc["handle"],
                "created_at": stamp[i].strftime("%Y-%m-%dT%H:%M:00+00:00"),
                "platform": acc["platform"],
                "account": acc["account"],
                "kind": r["kind"],
                "expect": {"rules": rules, "allowed": allowed,
                           "verdict": r["verdict"] or verdict_of(rules)},
                "family": family,
                "account_pattern": pattern,
                "account_role": acc["role"],
                "kind_of_row": kor,
                "note": r["note"],
                "_key": (acc["handle"], i),
                "_on": (acc["handle"], r["on"]) if r["kind"] == "comment" else None,
            }
            if r["kind"] == "comment":
                row["comment_by"] = "a resident (third party, not the councillor)"
            rows.append(row)
    rng.shuffle(rows)
    ids = {}
    for n, row in enumerate(rows, 1):
        row["id"] = f"B13-A-{n:04d}"
        ids[row["_key"]] = row["id"]
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            on = row.pop("_on")
            row.pop("_key")
            if on is not None:
                row["comment_on"] = ids[on]
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT.name}")


if __name__ == "__main__":
    build()
