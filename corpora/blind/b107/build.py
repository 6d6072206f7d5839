"""Build blind set b107 (accounts.jsonl) from the hand-written rows below.

Deterministic: a fixed seed spreads each account's posts over the 60 weekdays
from 5 Jan to 27 Mar 2026 (one post per chunk, so never two posts of an account
on one day), times comments 4 to 55 minutes after the row before them under the
same post, shuffles the rows, assigns ids B107-NNNN, resolves parent_id and
computes each verdict as the highest severity expected. Running it again writes
the same file byte for byte.

    python build.py            # writes accounts.jsonl next to this file
"""
import datetime as dt
import json
import os
import random

SEED = 10107
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "accounts.jsonl")

H = "harassment.repeated-target"
MIX = "capacity.mixed-account"
MOD = "moderation.third-party-comments"
PA = "respect.personal-attack"
AB = "respect.abusive-language"
BUL = "bullying.intimidation"
EQ = "equality.discrimination"
OFF = "officers.impartiality"
DP = "data-protection.personal-data"
DEF = "defamation.allegation"
IRO = "tone.irony-risk"
SEC = "security.credentials"

# Default severity of each rule used here (the first severity in RULES.md).
SEVERITY = {
    H: "block", MIX: "advice", MOD: "review", PA: "review", AB: "review",
    BUL: "block", EQ: "block", OFF: "review", DP: "review", DEF: "review",
    IRO: "advice", SEC: "block",
}
ORDER = ["ok", "advice", "review", "block"]


def P(text, kind_of_row="filler", rules=(), allowed=(), note=""):
    """A post by the account owner."""
    return dict(kind="post", text=text, kind_of_row=kind_of_row,
                rules=list(rules), allowed=list(allowed), note=note)


def C(text, by, kind_of_row="hard_negative", rules=(), allowed=(), note=""):
    """A comment under the owner's most recent post above it (by = commenter;
    the owner's own replies give the owner's handle)."""
    return dict(kind="comment", text=text, comment_by=by, kind_of_row=kind_of_row,
                rules=list(rules), allowed=list(allowed), note=note)


def A(author, platform, pattern, role, rows, account="councillor", who=""):
    return dict(author=author, platform=platform, pattern=pattern, role=role,
                rows=rows, account=account, who=who)


ACCOUNTS = [
    # ------------------------------------------------------------------
    # harassment.repeated-target: positive accounts
    # ------------------------------------------------------------------
    A("@WaynePocockRUK", "x", H, "positive", who="Wayne Pocock -> Marian Sayers (Leader)", rows=[
        P("Dockside bus shelter on Anchor Wharf Road finally fixed after four months of me chasing. Small wins. Cheers to the lads at the depot \U0001F44D #Chatterbourne"),
        P("Her Ladyship from Pegstone graced the Dockside with a visit today. Twenty minutes, one photo by the old slipway, back in the Range Rover before the kettle boiled. We're not a backdrop, Marian. #ChatterbourneDockside",
          "positive", [H], [PA, IRO],
          "first hostile occasion: mockery of the Leader's visit ('Her Ladyship'), no direct insult; only the account rule expected"),
        P("Surgery Saturday 10-12 at the Dockside Community Hub. Bring your damp and mould photos, I'll chase every single one."),
        P("Marian Sayers stood up in full council and told the river wards to 'manage expectations'. Bless her. Must be hard work managing anything from a conservatory in Pegstone. Proper dinlo move, that.",
          "positive", [H, PA, IRO], [],
          "'Bless her' is mock sympathy; 'proper dinlo move' (Kentish: idiot) belittles the Leader"),
        P("Dockside youth club funding saved for another year. Cross-party effort and I'll say so. Credit where it's due."),
        P("Lady Muck's cabinet voted to cut the Dockside library to three days. She's never set foot in it. Never will. Couldn't find Chatterbourne without her driver. Take a bow, Marian \U0001F44F",
          "positive", [H, PA, IRO], [],
          "'Lady Muck' and the driver jibe are personal; 'Take a bow' is mock praise"),
        P("Funny thing about the Dockside, everyone knows everyone. Plenty of lads down here know that silver Range Rover and where it sits of a Tuesday night in Pegstone. I'd park it somewhere else if I was her, mush. Just friendly advice.",
          "positive", [H, BUL], [],
          "veiled threat: people know her car and where it is on a given night, 'friendly advice' to move it"),
    ]),
    A("@CliveStickellsInd", "facebook", H, "positive", who="Clive Stickells -> Ravi Chandran (Regeneration), coded outsider", rows=[
        P("Brackling Marsh: the Drainage Board are slubbing out the sewer along Hoppers Lane next week. Lookers, please move the tegs off the bottom field by Monday. Cheers all."),
        P("Cabinet man for 'Regeneration' came down the Marsh with his clipboard and his city shoes to tell us what our villages need. Cllr Chandran, with respect, the Marsh was here long before you and your family pitched up on the Isle. We don't need telling by incomers and DFLs.",
          "positive", [H], [EQ],
          "hostile occasion framed on the target's origins ('you and your family pitched up', 'incomers'); equality allowed, not expected"),
        P("Thanks to everyone who came out to Brackling village hall about the bus cuts. Sixty-odd people on a filthy wet Tuesday. The Marsh turns out when it matters."),
        P("Ravi's lot always know what's best for the rest of us, don't they. Different values, different ways of doing things. Nothing against the man personally but he'll never understand Marsh folk and I don't think he's meant to.",
          "positive", [H], [EQ, PA],
          "coded outsider framing ('Ravi's lot', 'different values'); second hostile occasion"),
        P("Flood warden training at Brackling church hall, 7pm Thursday. Sandbags at the depot on Sheepwash Road for anyone in the low cottages."),
        P("Seen the new seafront brochure. Ravi front and centre again, grinning like he's won the lottery. A token face for the leaflet, that's all he's there for. Ask yourselves why.",
          "positive", [H, PA], [EQ],
          "'a token face for the leaflet' belittles him and hints at his ethnicity; equality allowed"),
    ]),
    A("@RogerFaggFairsea", "facebook", H, "positive", who="Roger Fagg -> Yvonne Treadwell (Head of Planning, an officer)", rows=[
        P("Fairsea beach huts: the licence renewal letters are out. If yours hasn't turned up, message me and I'll chase it."),
        P("Once again Yvonne Treadwell's department has recommended approval for another forty holiday lets on the Fairsea front, against every resident who wrote in. She doesn't live here. She doesn't care. Somebody in that office needs reminding who pays her wages.",
          "positive", [H, OFF], [PA],
          "public attack on a named officer's neutrality; 'who pays her wages' presses her"),
        P("Cracking turnout for the Fairsea sea wall litter pick. 23 bags and one shopping trolley. Don't ask."),
        P("Asked the Head of Planning a straight question at committee and got forty minutes of flannel. Mrs Treadwell, if you can't write a report a Marsh farmer can follow, maybe find a job that suits you better. Plenty of us will be watching how you write the next one.",
          "positive", [H, OFF, PA], [BUL],
          "belittles the officer ('find a job that suits you better'); 'plenty of us will be watching' allows bullying"),
        P("Fairsea post office is keeping its Saturday hours after all. Thank you to everyone who signed."),
        P("Third time of asking. Yvonne Treadwell changes that Fairsea front report before it goes to committee or I'll be asking the Chief Executive why a planning officer thinks she's above the people of this ward. A box-ticker on a final salary pension.",
          "positive", [H, OFF, PA], [BUL],
          "demands an officer change her report; 'a box-ticker on a final salary pension'"),
    ]),
    A("@BevHollandsNG", "x", H, "positive", who="Bev Hollands -> Jade Kemsley (young Labour councillor)", rows=[
        P("Northgap in Bloom entries are open! Front gardens, window boxes, even a planted-up old tin bath. Forms in the library \U0001F33C"),
        P("Young Cllr Kemsley lecturing full council on her 'lived experience' of the cost of living. Sweetheart, some of us were running businesses on this Isle before you'd finished your GCSEs. Sit down and learn something.",
          "positive", [H, PA], [EQ],
          "condescension by age and sex ('Sweetheart', 'before you'd finished your GCSEs'); equality allowed"),
        P("Northgap library keeps its Saturday opening. Thanks to the Friends group for the petition and the cake stall."),
        P("Jade Kemsley has discovered Instagram again. Lovely photo on the prom, hair done nice. Shame about the casework pile in Margrave Sands. Priorities, eh \U0001F485",
          "positive", [H, PA, IRO], [EQ],
          "mock compliment about her looks used to belittle her"),
        P("Bus 32 diverted via Northgap Road till March because of the gas works. Timetable on the County website."),
        P("Another meeting, another strop from the little madam in Margrave Sands. Somebody tell Labour their poster girl can't take a bit of scrutiny.",
          "positive", [H, PA], [EQ],
          "'little madam', 'poster girl': gendered put-downs"),
        P("Northgap's a small place, Jade. People talk. Your nan still has her Friday gin in the Lifeboat, doesn't she? Be a shame if she had to hear what folk round here say about you. Think on before you have another pop at me in chamber.",
          "positive", [H, BUL], [DP],
          "veiled menace through her grandmother's routine; a private person's routine allows data protection"),
    ]),
    A("@TerryGoldfinchBB", "facebook", H, "positive", who="Terry Goldfinch -> Howard Pilcher (Deputy Leader, Finance)", rows=[
        P("Broadgap Bay: the new handrail on the Viking Steps down to the sands is in. Took a year but it's there. Mind how you go when it's wet."),
        P("Cllr Pilcher says the harbour parking money is 'ringfenced for coastal maintenance'. Funny how his yacht club mates got a brand new pontoon the same month. Proper owler's instincts, that man. Not saying anything. Just asking.",
          "positive", [H], [DEF],
          "insinuation (pontoon, 'owler' = old Marsh word for a smuggler) allows defamation; the hostile occasion is what is expected"),
        P("Broadgap Folk Week volunteers' meeting Thursday, back room of the Crab and Anchor, 7pm. New faces very welcome."),
        P("Howard Pilcher couldn't run a whelk stall in August. Four budgets, four black holes, and still strutting about in his blazer like Lord of the Harbour. Embarrassing.",
          "positive", [H, PA], [],
          "'couldn't run a whelk stall in August' and 'Lord of the Harbour' are personal belittling"),
        P("Council tax support scheme unchanged for next year. Good. If you're struggling ring the council on 01632 960214 and ask for the CTS team."),
        P("Let's call it what it is. Howard Pilcher has been fiddling the harbour parking income to keep his sailing pals' moorings cheap, and the audit will prove it. Deputy Leader? Deputy Treasurer of the yacht club more like.",
          "positive", [H, DEF], [PA],
          "states as fact that a named councillor is fiddling public money"),
    ]),
    A("@SaffronLeyGreen", "bluesky", H, "positive", who="Saffron Ley -> Neville Court (Environment and Coast)", rows=[
        P("Cliffend beach clean Sunday 10am, meet by the lido steps. Gloves and litter pickers provided. Bring a flask, the wind off the sea is brutal \U0001F30A"),
        P("Cllr Court 'welcomed' the sewage overflow report today. Course he did. Man's got all the environmental instincts of a disposable barbecue. Greenwash Nev strikes again \U0001F644",
          "positive", [H, PA], [IRO],
          "'instincts of a disposable barbecue', 'Greenwash Nev'"),
        P("Cliffend lido survey is open till the end of Feb. 400 responses already, let's make it 1,000."),
        P("Nev Court wouldn't know a bathing water sample if it washed up on the shingle and bit him. Seven years in charge of the coast and the only thing rising faster than the sea is his expenses.",
          "positive", [H, PA], [DEF],
          "ridicule plus an expenses jibe (defamation allowed)"),
        P("Good news: the chalk reef rockpooling walks at Cliffend are back for Easter with the coastal rangers. Kids go free \U0001F980"),
        P("Nev, I'll see you Saturday at your surgery. And the Saturday after. I've got your diary off the council website and I'll be at every single thing in it until you answer. Get used to my face.",
          "positive", [H], [BUL],
          "could read as lawful persistence; a hostile occasion here because of the posts before it; bullying allowed"),
    ]),
    A("@KennyRowlandsRUK", "x", H, "positive", who="Kenny Rowlands -> Patricia Fuggle (Housing), two occasions", rows=[
        P("Stoneness lifeboat open day Saturday. Heroes, the lot of them. Go down and say thanks \U0001F6A4"),
        P("Potholes on the Ness Road reported (again). Fourteen of them between the light railway crossing and the chippy. Yes, I counted."),
        P("Pat Fuggle told a Stoneness mum in a B&B with two kids to 'be patient'. Pat's never been patient about anything except her pension. Clueless, heartless and well past it.",
          "positive", [H, PA], [EQ],
          "'well past it' is an age put-down (equality allowed)"),
        P("Power station jobs fair at Stoneness community centre Weds 10-2. Apprenticeships too. Pass it on."),
        P("Thanks to the light railway volunteers for sorting the footpath by the halt. Lovely job."),
        P("Another housing report, another shrug from Cllr Fuggle. What a triumph, Patricia. Truly inspiring. Someone fetch the woman a medal and a lie-down.",
          "positive", [H, PA, IRO], [EQ],
          "mock praise ('What a triumph', 'Truly inspiring'); second and last hostile occasion"),
        P("Winter fuel drop-in at Stoneness library Thursday. Citizens Advice will be there from 10."),
    ]),
    A("@CraigBeaneyRUK", "x", H, "positive", who="Craig Beaney -> Gemma Oakley (Communities), five occasions", rows=[
        P("Where's the Chatterbourne Lines community grant gone, @GemmaOakleyMI? Asked in writing three weeks ago. Still waiting.",
          "positive", [H], [],
          "on its own a fair question; a hostile occasion in the account's context"),
        P("Lines allotments waiting list down to 18 months (was three years). Good work by the society."),
        P("Gemma Oakley 'didn't have the figures to hand' again. Third time. At some point it's not a slip, it's just who she is. Useless.",
          "positive", [H, PA], [],
          "'it's just who she is. Useless.'"),
        P("Still no answer from Gemma Oakley. Funny how the Marsh always gets its slice and the Lines get mugged off with the crumbs. Keep dodging, Gemma. I've got all year.",
          "positive", [H], [BUL],
          "'Keep dodging ... I've got all year' allows bullying"),
        P("Lines residents: the fly-tip on Ravelin Street is cleared. Report the next one on the app and tag me."),
        P("Gemma Oakley sat through the Communities briefing scrolling her phone like a bored teenager while Lines mums talked about their kids going hungry. Disgraceful woman. Doesn't deserve a penny of that allowance.",
          "positive", [H, PA], [],
          "'Disgraceful woman', 'like a bored teenager'"),
        P("Seen Gemma's car at the Dymbury garden centre every Thursday afternoon when she's meant to be doing surgeries. We notice. Lots of us notice. Maybe it's time she got a visit from people who want answers, at a time that suits THEM for once.",
          "positive", [H, BUL], [],
          "watching her movements and threatening an unannounced 'visit'"),
    ]),

    # ------------------------------------------------------------------
    # harassment.repeated-target: hard-negative accounts
    # ------------------------------------------------------------------
    A("@MaureenDrayLab", "bluesky", H, "hard_negative", who="Maureen Dray: robust, civil criticism of the Leader's decisions", rows=[
        P("The Leader's decision to cut Dockside library to three days is the wrong call. Marian Sayers says it saves £48k; our volunteer-run bid would have saved more and kept it open. Cabinet should think again. #SaveDocksideLibrary",
          "hard_negative", note="criticism of a decision, named Leader, civil"),
        P("Dockside Community Hub warm space runs every weekday till March. Tea, toast, wifi. No questions asked."),
        P("Cllr Sayers' budget is a Pegstone budget. The seafront gets resurfaced, the Dockside gets a consultation. I'll say so plainly in chamber on Thursday and Labour will vote against it.",
          "hard_negative", note="robust political criticism of the budget; a budget vote is not a quasi-judicial matter"),
        P("Credit where it's due: the Leader came down to the Dockside floods on Monday, stayed three hours and got the pumps out. That's what leadership looks like. Thank you, Marian.",
          "hard_negative", note="approving mention of the same person"),
        P("Dockside Residents' AGM, Thursday 7pm at St Mary's hall. Bring your questions."),
        P("Marian, I know we disagree on nearly everything, but come and walk the Lines estate with me. Bring your wellies, not your press officer. I'll have the kettle on, mush \U0001F604",
          "hard_negative", note="an invitation; 'mush' used warmly"),
        P("The Leader's parking review is a dog's dinner. Three versions in six months and every one of them mugging off Dockside traders. Scrap it and start again with the people who actually use those car parks.",
          "hard_negative", note="rude about a policy ('dog's dinner', 'mugging off'), not about a person"),
    ]),
    A("@OllyPadghamLD", "x", H, "hard_negative", who="Oliver Padgham: repeated criticism of the Regeneration portfolio's seafront scheme", rows=[
        P("The Margrave seafront 'masterplan' from Cllr Chandran's portfolio puts 200 flats where the crazy golf is and calls it regeneration. Wrong scheme, wrong place. Scrutiny should call it in.",
          "hard_negative", note="criticism of a scheme"),
        P("Northgap Road crossing approved after two years of asking. Thanks to the 300 residents who signed."),
        P("Ravi Chandran is a decent bloke and a grafter, I genuinely like him. His seafront plan is still rubbish. Both things can be true.",
          "hard_negative", note="names the same person as Clive Stickells' posts, praises him and criticises his plan"),
        P("As a DFL myself (14 years on the Isle now, still get called one down the pub \U0001F602) I'm the last person to bash newcomers. But this seafront scheme is built for weekend second-homers, not for the people who live here all winter.",
          "hard_negative", note="writer calls himself a DFL; criticism of who a scheme serves"),
        P("Northgap surgery has moved to the library this month. Same time, Saturday 10am."),
        P("Third consultation on the seafront plan, same answer from residents: no. Cllr Chandran should listen. Forcing it through in March would be a mistake he'll regret at the ballot box.",
          "hard_negative", note="'he'll regret' is electoral, not a threat"),
    ]),
    A("@JanetEppsLab", "facebook", H, "hard_negative", who="Janet Epps: one attack on Howard Pilcher, then two civil mentions", rows=[
        P("Old Harbour: the fish stalls on the harbour arm get their new canopies in March. Thanks to the harbour team."),
        P("Howard Pilcher stood up tonight and called Old Harbour families 'a drain on the budget'. The man's a pompous, out-of-touch snob who's never stood in a food bank queue in his life.",
          "hard_negative", [PA], [],
          "a single hostile post: a personal attack, but not a course of conduct"),
        P("Margrave Carnival committee are after new float builders. Message me and I'll put you in touch."),
        P("Met Cllr Pilcher this morning about the lighting on the harbour arm. Fair play, he listened, and we've agreed to look at the costs together. More of this please.",
          "hard_negative", note="civil later mention of the same person"),
        P("Old Harbour surgery every first Saturday, 10-12 at the Seamen's Mission."),
        P("My budget amendment on food bank support was voted down. I disagree with Cllr Pilcher's reasons, strongly, but he set them out clearly and answered my questions. We go again next year.",
          "hard_negative", note="civil disagreement with the same person"),
    ]),
    A("@PhilOvendenCon", "x", H, "hard_negative", who="Phil Ovenden: one attack each on two different people", rows=[
        P("Carrow Villages: the footpath through the old hop garden at Hopwick is open again. Thanks to the landowner and the rights of way team."),
        P("Cllr Wayne Pocock is the biggest dinlo in that chamber. Shouts loudest, reads least, and couldn't tell you what's in a budget if you paid him double his allowance.",
          "hard_negative", [PA], [],
          "one attack on one person ('dinlo' here is the attack, as in a harassment positive)"),
        P("Carrow Villages mobile library stops are unchanged. Thursdays as usual."),
        P("Oast conversions at Hopwick: the planning committee date is set. I won't comment on the merits before it's heard."),
        P("Roger Fagg has spent ten years shouting at planning officers and hasn't got one thing built in Fairsea. A windbag in a wax jacket.",
          "hard_negative", [PA], [],
          "one attack on a second, different person"),
    ]),

    # ------------------------------------------------------------------
    # capacity.mixed-account: positive accounts
    # ------------------------------------------------------------------
    A("@BarryHoughamMI", "facebook", MIX, "positive", who="Barry Hougham, Marsh sheep farmer", rows=[
        P("Lambing's started in earnest on the bottom marsh. 38 ewes down, 51 lambs, and one daft teg who thinks she's a sheepdog. Haven't slept since Tuesday \U0001F411",
          "positive", [MIX], [], "his own farm, on his councillor page"),
        P("Brackling Marsh: County are resurfacing the road from the church to the level crossing from 9 Feb. Expect delays. Lookers, please mind the temporary lights with the trailers."),
        P("Me and the missus had our ruby anniversary down the Ship at Dymbury last night. Forty years and she still won't let me drive home. Cheers to everyone who came.",
          "positive", [MIX], [], "family occasion, spouse unnamed"),
        P("Marsh drainage precept is going up 3%. I asked why at full council: it's the pumping station at Old Sluice. I'll put the report up when I get it."),
        P("Sold the old grey Fergie at market today. Bit of a wrench, had her since I was seventeen. Onwards.",
          "positive", [MIX], [], "personal: his tractor"),
        P("Flood meeting at Brackling village hall Weds 7pm. Environment Agency will be there to answer questions."),
    ]),
    A("@TracyBingCon", "facebook", MIX, "positive", who="Tracy Bing, grandchildren and nights out", rows=[
        P("Took my granddaughter Poppy to Funland for her 6th birthday. Three goes on the teacups and a 99 with two flakes. Nanny's a soft touch \U0001F366\U0001F3A0",
          "positive", [MIX], [DP], "names a child and her age"),
        P("Margrave Sands: the beach huts on the Lower Prom will be repainted before Easter."),
        P("Girls' night at the Pier Pavilion for the ABBA tribute. My feet are in bits. Worth every minute \U0001F483",
          "positive", [MIX], []),
        P("Free dementia-friendly cream tea at Margrave Sands library, 2pm Wednesday. Book on 01632 960331."),
        P("Happy 70th to my big sister Denise! Still the best dancer on the Isle. Love you loads xx",
          "positive", [MIX], [DP], "a private person's name and age"),
        P("Seafront toilets by the clock tower reopen on 1 March after the refit."),
    ]),
    A("@SanjayMistryLab", "x", MIX, "positive", who="Sanjay Mistry, family and cricket", rows=[
        P("Proud dad moment: my son Arjun has got his place at medical school. Eighteen years of lifts to cricket nets, all worth it \U0001F393",
          "positive", [MIX], [DP], "names his son and his place"),
        P("Wigmere: the zebra crossing by St Luke's school is finally going in this spring. Thanks to every parent who pushed for it."),
        P("Indoor nets at Wigmere Cricket Club tonight. Still can't bowl a straight one at 52. My knees have lodged a formal complaint.",
          "positive", [MIX], []),
        P("Council's HMO licensing consultation closes 20 Feb. Tenants and landlords, have your say."),
        P("Back from Leicester after my cousin's wedding. Three days, 600 guests, zero sleep. The Mistrys don't do small \U0001F602",
          "positive", [MIX], []),
        P("Wigmere Community Fridge needs volunteers on Tuesday mornings. DM me if you can spare an hour."),
    ]),
    A("@ChairElainePrebble", "facebook", MIX, "positive", who="Elaine Prebble, Chair of the Council's account", rows=[
        P("As Chair I was delighted to present long-service awards to the coastguard volunteers from across the Marsh at the Civic Centre this afternoon."),
        P("Biscuit the spaniel has eaten a whole packet of bourbons off the kitchen table. The Chair of the Council is currently on her hands and knees looking for the wrapper \U0001F436",
          "positive", [MIX], [], "pet story on the Chair's account"),
        P("Chair's charity quiz night at Carrow Villages hall on 6 March. Tickets £8 including a ploughman's."),
        P("Off for two weeks of Lanzarote sunshine with my husband Geoff before the civic year gets busy. Back 3rd March, see you all then \u2600\uFE0F",
          "positive", [MIX], [DP], "names her husband and says the house is empty for two weeks"),
        P("Congratulations to Stoneness Primary on their Eco-Schools Green Flag. Lovely to meet the eco-council."),
        P("Made my mum's seed cake for the WI. Nobody ever made it like she did, but I'm getting closer.",
          "positive", [MIX], []),
    ]),
    A("@MickSharrockRUK", "x", MIX, "positive", who="Mick Sharrock, football and darts", rows=[
        P("Three-nil down at half time. Again. I'm too old for this, lads. Why do we put ourselves through it \U0001F629\u26BD",
          "positive", [MIX], []),
        P("Lines estate: new LED street lights going in on Ravelin Street and Bastion Road this month."),
        P("Darts final at the Lines Tavern tonight. Double top to win it and I bottled it. Buying the rounds as penance \U0001F3AF",
          "positive", [MIX], []),
        P("Chatterbourne Lines foodbank is short on tinned meat and UHT milk. Drop-off at St Bart's."),
        P("My old man turned 80 today. Thirty years in the dockyard, still walks to the bookies every morning. Legend.",
          "positive", [MIX], [DP], "gives his father's age"),
        P("Reported the broken railings on the Lines steps. Council says fixed within 10 days. I'll go and check."),
    ]),
    A("@RosemaryHookGreen", "bluesky", MIX, "positive", who="Rosemary Hook, sea swimming and allotment", rows=[
        P("Dawn dip at Fairsea with the Salty Sisters. 7\u00B0C and a seal popped up to judge our technique \U0001F9AD Absolutely glorious.",
          "positive", [MIX], []),
        P("Fairsea sea wall consultation: drop-in at the Fairsea Institute, Saturday 10-1. Plans on the wall, officers on hand."),
        P("My husband Clifford's knee op went well. He's already moaning about the hospital custard, so he's fine.",
          "positive", [MIX], [DP], "names her husband and his operation (health)"),
        P("Bus 11 keeps its Sunday service through Fairsea. Thank you to everyone who wrote in."),
        P("Allotment update: broad beans in, garlic looking sorry for itself, and the slugs have unionised.",
          "positive", [MIX], []),
        P("I've asked for a full report on the Fairsea bathing water results. Will share it as soon as I have it."),
    ]),
    A("@JasonWellardInd", "facebook", MIX, "positive", who="Jason Wellard, family and fishing", rows=[
        P("My daughter Kayleigh got her uni place to do nursing! First in our family to go. So proud I could burst \U0001F393\U0001F499",
          "positive", [MIX], [DP], "names his daughter and her place"),
        P("Dymbury: the sea wall steps by the old Martello tower are shut for repairs till Easter. Use the slipway access."),
        P("Caught a cracking bass off the Wall last night, six pound on a bit of squid. Best night's fishing all winter.",
          "positive", [MIX], []),
        P("Owlers' Day road closure notice is out. Sea Lane shut 10-6 on the day. Parking at the school."),
        P("Took the kids crabbing off the jetty in the half-term sunshine. 23 crabs, two soaked trainers, one very happy dog.",
          "positive", [MIX], []),
        P("Street light out on Sea Lane reported. If yours is out too, send me the lamp post number."),
    ]),

    # ------------------------------------------------------------------
    # capacity.mixed-account: hard negatives, council accounts
    # ------------------------------------------------------------------
    A("@NadiaStroudLab", "facebook", MIX, "hard_negative", who="Nadia Stroud: family words in council messages", rows=[
        P("As a mum of three myself I know the holiday hunger scheme is a lifeline. Northgap families: free lunches and activities at the Community Hub all half-term week.",
          "hard_negative", note="personal aside serving a council message"),
        P("Nan and Grandad Club at Northgap library is back: grandparents raising grandchildren, come for a cuppa and advice from the kinship carers team. Weds 1pm.",
          "hard_negative"),
        P("Mums, dads, carers: Northgap children's centre is staying open. Thank you to every parent who wrote in.",
          "hard_negative"),
        P("A resident at Saturday's surgery: 'My boy's waited 18 months for an assessment.' That's not good enough and I've raised it with the County and our MP.",
          "hard_negative", note="quotes an unnamed resident; casework, nothing identifying"),
        P("Young carers' celebration evening at the Civic Centre. Bless them, every one of those kids deserves a medal. Proud to be there for Northgap.",
          "hard_negative", note="'Bless them' is sincere"),
        P("Lovely to see so many nans at the Northgap knit and natter raising money for the lifeboat \U0001F9F6",
          "hard_negative"),
    ]),
    A("@AlfieTwymanCon", "x", MIX, "hard_negative", who="Alfie Twyman: family and upbringing in council messages", rows=[
        P("My old dad worked at the power station for 31 years. The decommissioning plan has to protect Stoneness jobs, and I'll be pressing for that at Thursday's cabinet.",
          "hard_negative", note="his father's job as context for a council matter"),
        P("Marsh families: the school bus from Stoneness to the secondary is safe for next year. County confirmed it today.",
          "hard_negative"),
        P("Grew up on the shingle, like half this ward. Which is exactly why the coast erosion money matters. Stoneness is not expendable.",
          "hard_negative"),
        P("Grandparents' afternoon at Stoneness Primary: the kids interviewed their nans and grandads about the old lifeboat days. Brilliant local history project.",
          "hard_negative"),
        P("As a dad of two teenagers I'd rather they had somewhere to go than hang about the bus stop. Stoneness youth club bid submitted today.",
          "hard_negative"),
    ]),

    # ------------------------------------------------------------------
    # capacity.mixed-account: hard negatives, separate personal accounts
    # ------------------------------------------------------------------
    A("@marians_garden", "facebook", MIX, "hard_negative", account="personal", who="Marian Sayers' personal account", rows=[
        P("Hellebores out under the apple tree. Best thing about February \U0001F338", "hard_negative"),
        P("Grandchildren down for the weekend. Built a sandcastle with a moat that actually held water. Engineering triumph.", "hard_negative"),
        P("Locked myself out of the greenhouse with the key on the inside. Absolute dinlo. Sourdough attempt number four is in there going flat.", "hard_negative",
          note="'dinlo' used of herself"),
        P("Sea fret so thick this morning I couldn't see the end of the garden. Lovely and eerie.", "hard_negative"),
        P("Seed potatoes chitting on every windowsill in the house. Husband not impressed.", "hard_negative"),
    ]),
    A("@nev_on_the_ness", "bluesky", MIX, "hard_negative", account="personal", who="Neville Court's personal account", rows=[
        P("Black redstart on the old lighthouse fence at first light. First of the year for me.", "hard_negative"),
        P("Walked the shingle from the fishing huts out to the point. Wind like a knife. Worth it for the sea kale.", "hard_negative"),
        P("Our kid's come down from Chatterbourne with his new camera. Already better at it than me, which is annoying.", "hard_negative"),
        P("Smew on the gravel pits! Three redheads. Sat in the hide two hours with a flask of soup.", "hard_negative"),
        P("Marsh frogs croaking already in the dykes by the old road. Spring's on its way.", "hard_negative",
          note="'dykes' here are Marsh drainage ditches"),
    ]),

    # ------------------------------------------------------------------
    # moderation.third-party-comments: positive accounts (facebook pages)
    # ------------------------------------------------------------------
    A("@SandraCastleCon", "facebook", MOD, "positive", who="Sandra Castle, Old Harbour", rows=[
        P("Harbour Arm market is back from March: Saturday stalls, street food, and the fish market open till 2pm. Traders can apply on the council website. Tell me what you'd like to see!"),
        C("Anyone but the candle woman. Tracey Gorham, lives above the bookies on Paragon Row, claims she's disabled and stands there all day every Saturday. Someone should report her.",
          "Kerry Ansell", "positive", [MOD], [DP, DEF],
          "a private person's name, home and health with an allegation of benefit fraud, left up"),
        C("Would love more seafood stalls. Whelks and cockles please, like the old days!", "Bernie Coulter"),
        C("Old Harbour's full of smackheads and DFL wankers these days. Nobody's going to a market there.",
          "Jordan Pettman", "positive", [MOD], [AB],
          "obscene abuse left up"),
        C("Thanks Bernie, I'll pass that on to the harbour team! Whelks are top of my list too \U0001F990",
          "@SandraCastleCon", note="owner replies under the post but leaves the bad comments up"),
        P("Meeting this afternoon with the police and the harbour master about anti-social behaviour on the Arm. I'll report back."),
        C("It's the gyppo kids off the site at Hollow Lane, everybody knows it. Move them on and the problem goes with them.",
          "Stacey Hards", "positive", [MOD], [EQ, AB],
          "racial slur against Gypsies/Travellers left up"),
        C("Thanks Sandra. It's mostly mopeds racing along the Arm after 10pm. Scary with kids about.", "Carl Mummery"),
    ]),
    A("@DomWillettLab", "facebook", MOD, "positive", who="Dominic Willett, Chatterbourne Dockside", rows=[
        P("Selective licensing for private landlords comes to the Dockside from April. Good landlords have nothing to worry about; bad ones will finally be on the hook. Questions welcome below."),
        C("About time. Start with Mo Haskins. Owns half of Wharf Terrace, crook, launders cash through his car wash and everyone down the Dockside knows it.",
          "Reece Carden", "positive", [MOD], [DEF],
          "an allegation of crime against a named private person, left up"),
        C("I'm a landlord with two flats. Happy to be licensed but the £700 fee is steep. Can it be spread out?", "Angie Woodgate"),
        C("Fair question Angie. There's a discount for accredited landlords, I'll post the details tomorrow.", "@DomWillettLab",
          note="owner reply"),
        C("Landlords are parasites and you're a useless c*nt for not doing this years ago.",
          "Kyle Broadbent", "positive", [MOD], [AB, PA],
          "obscene abuse of the page owner, left up"),
        P("Dockside Community Hub's new lift is in! Step-free access at last."),
        C("Lift's nice. Shame the hub's run by that fat lesbian who won't let the lads use the pool table. Sack her.",
          "Jonno Mills", "positive", [MOD], [EQ, PA, AB],
          "abuse of a hub worker for her sexual orientation, left up"),
        C("Brilliant. My mum can finally get to the Thursday lunch club \U0001F499", "Shelley Kemp"),
    ]),
    A("@IreneMockettMI", "facebook", MOD, "positive", who="Irene Mockett, Dymbury and Old Wall", rows=[
        P("Fuel thefts from Marsh farms: I met Inspector Kember today. Extra patrols on the back lanes at night and a new farm watch group. Please report everything to 101."),
        C("We all know who's nicking the red diesel. They don't live in houses and they don't pay council tax. Burn the lot out and see how they like it.",
          "Dale Pilbeam", "positive", [MOD], [EQ, BUL],
          "coded attack on Travellers with a call to burn them out, left up"),
        C("Had 400 litres out of our tank at Brackling last month. Thanks for pushing this Irene.", "Lyn Tolhurst"),
        C("It's the Pettit brothers from the yard behind Sluice Farm. White Transit with a ladder rack, parks on Sluice Lane every night. Go round there.",
          "Marcus Teal", "positive", [MOD], [DP, DEF, BUL],
          "names private people, where they keep their van, accuses them and urges a visit"),
        C("Please report names and vehicles to the police on 101, not on here. Thank you all for the info.", "@IreneMockettMI",
          note="owner reply that does not remove the comment above it"),
        P("Dymbury sea wall inspection results: the section by the Martello tower needs work this year. The Environment Agency are funding it."),
        C("Irene you are a waste of skin. Been on that council since the ark and done sod all. Do us all a favour and walk into the sea.",
          "Gav Norris", "positive", [MOD], [PA, AB, BUL],
          "abuse of the page owner urging self-harm, left up"),
        C("Thank goodness. That bit by the tower floods every spring tide.", "Pam Ashdown"),
    ]),
    A("@GrahamTappCon", "facebook", MOD, "positive", who="Graham Tapp, Broadgap Bay", rows=[
        P("Broadgap beach hut waiting list: we're moving to a fairer ballot system. Full details and the cabinet paper are on the council website."),
        C("Ballot my arse. Howard Pilcher's wife got hut 12 without waiting a day. Corrupt little clique the lot of you.",
          "Nick Fright", "positive", [MOD], [DEF, AB],
          "allegation of corruption about a named councillor and his wife, left up"),
        C("Been on the list nine years. A ballot sounds fairer to me.", "Maggie Crouch"),
        C("Thanks Maggie, fingers crossed for you this year.", "@GrahamTappCon", note="owner reply"),
        C("DFLs snapping up the huts and the flats and now they want the beach too. Bunch of London ponces. Someone should torch their huts and see if they come back.",
          "Lee-Ann Baxter", "positive", [MOD], [AB, BUL],
          "incitement to arson against incomers, left up"),
        P("Folk Week dates are confirmed for August. Great news for Broadgap businesses."),
        C("Great news for the pissheads. Last year some tranny was flashing on the bandstand and the council did nothing.",
          "Ray Dunk", "positive", [MOD], [EQ, AB],
          "transphobic slur and allegation, left up"),
        C("Can't wait! Best week of the year in the Bay \U0001F3BB", "Jo-Anne Petts"),
    ]),
    A("@LorraineSpicerRUK", "facebook", MOD, "positive", who="Lorraine Spicer, Wigmere", rows=[
        P("The former Wigmere Court Hotel: I've written to the Home Office asking for clear information about its future use. Residents deserve answers. Please keep comments civil."),
        C("Fill it with that lot and you'll need to lock up your daughters. We all know what they're like with women.",
          "Mandy Stokes", "positive", [MOD], [EQ],
          "coded racial/religious slur on asylum seekers, left up"),
        C("Agree residents deserve information. The hotel's been boarded up for two years now.", "Hazel Orpin"),
        C("The bloke managing it is Warren Sheaf, lives at 9 Orchard Rise. Pop round and ask him yourselves.",
          "Danny Upton", "positive", [MOD], [DP, BUL],
          "a private person's home address with an invitation to go round, left up"),
        P("Wigmere Park playground reopens Saturday after the refit. Thanks to the Friends of Wigmere Park."),
        C("Lovely. Now keep the foreign lot out of it. They leave it in a state and half the kids can't even speak English.",
          "Kim Luckhurst", "positive", [MOD], [EQ],
          "xenophobic comment left up"),
        C("Kids are counting down the days! Thank you.", "Becky Relf"),
    ]),
    A("@AshokVarmaLD", "facebook", MOD, "positive", who="Ashok Varma, Cliffend", rows=[
        P("Cliffend Lido: the community asset transfer bid is in. Fingers crossed we'll be swimming there by 2027 \U0001F3CA"),
        C("The lido? Cliffend's a toilet. Smackheads on every bench, thanks to that scumbag Dr Hilliard at the Parade surgery handing out methadone like sweets.",
          "Jamie Cork", "positive", [MOD], [DEF, AB, PA],
          "abuse and an allegation about a named private doctor, left up"),
        C("Brilliant! My nan learnt to swim there in the fifties.", "Leanna Brice"),
        C("Paki shopkeeper wants to run our lido now. Go home Varma.",
          "Wozza Keel", "positive", [MOD], [EQ, AB, PA],
          "racist abuse of the page owner, left up"),
        P("Cliffend second homes council tax premium starts in April. The money goes to local housing."),
        C("Good. Now publish where the DFLs live so we can pay them a visit. Number 3 Eastern Esplanade for starters, the Hampstead couple with the Tesla.",
          "Shaun Minter", "positive", [MOD], [DP, BUL],
          "points readers at a private couple's home for 'a visit', left up"),
        C("As a second home owner myself I think the premium is fair, if the money genuinely goes to local housing.", "Harriet Ogilvie",
          note="civil; the commenter is one of the people the post is about"),
        C("Thanks Harriet, it's ringfenced. Happy to send you the cabinet paper.", "@AshokVarmaLD", note="owner reply"),
    ]),

    # ------------------------------------------------------------------
    # moderation.third-party-comments: hard-negative accounts
    # ------------------------------------------------------------------
    A("@KathBeerLab", "facebook", MOD, "hard_negative", who="Kath Beer: rude-but-acceptable comments", rows=[
        P("Margrave Sands: the new seafront parking charges start on 1 April. I voted against. Here's the full list of changes so you know what's coming.",
          "hard_negative"),
        C("Useless shower, the whole council. Daylight robbery on the front.", "Wes Dadson",
          note="rude about the council, not abuse of a person"),
        C("Another nail in the coffin for Margrave. Who's paying £3 an hour to look at the sea? Proper mugged off.", "Donna Rigden",
          note="'mugged off' about a policy"),
        C("I'm with you Wes. Come to cabinet and say so, public questions are open till Friday.", "@KathBeerLab",
          note="owner reply"),
        P("Margrave Sands ward walk Saturday. Meeting at the clock tower 10am. Bring your moans!", "hard_negative"),
        C("Moan number one: the clock tower's been wrapped in scaffolding for 18 months. Absolute joke, the lot of them.", "Terri Wanstall"),
        C("You lot only turn up when there's an election coming. Prove me wrong Kath.", "Robbie Tuffs",
          note="rude but fair comment to the page owner"),
    ]),
    A("@HamishKingsnorthGreen", "facebook", MOD, "hard_negative", who="Hamish Kingsnorth: robust comments and a removal notice", rows=[
        P("Pegstone bathing water rated 'poor' again. I've asked the water company and the cabinet for an urgent plan before the season.",
          "hard_negative"),
        C("The water company are a disgrace and so is this council for letting them off. Sewage on the beach every summer.", "Maxine Hollis",
          note="robust criticism of organisations"),
        C("Cabinet couldn't organise a paddle in a rockpool. Turf them out at the next election.", "Archie Bourne",
          note="rude about the cabinet as a body, electoral"),
        P("I've removed a comment from my last post that gave a neighbour's address and accused him of dumping waste. Please don't do that here. Criticise the council, me or the water company as hard as you like, but leave private people out of it.",
          "hard_negative", note="a removal notice: the page owner doing what the rule asks"),
        C("Fair enough Hamish. Some people forget it's a public page.", "Yvette Cull"),
        C("Censorship! Typical Green. Bet you'd have left it up if it was about a Tory.", "Barrie Lamb",
          note="rude to the owner, not abusive"),
        C("Happy to be called names, Barrie. I just won't host an accusation against a private person. Robust is fine.",
          "@HamishKingsnorthGreen", note="owner reply"),
    ]),
]


def weekdays():
    d = dt.date(2026, 1, 5)
    out = []
    while d <= dt.date(2026, 3, 27):
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def build():
    rng = random.Random(SEED)
    days = weekdays()
    rows = []
    for acc in ACCOUNTS:
        posts = [r for r in acc["rows"] if r["kind"] == "post"]
        n = len(posts)
        bounds = [round(i * len(days) / n) for i in range(n + 1)]
        post_days = [days[rng.randrange(bounds[i], bounds[i + 1])] for i in range(n)]
        pi = -1
        parent = None
        last_time = None
        for r in acc["rows"]:
            row = {}
            if r["kind"] == "post":
                pi += 1
                has_comments = False
                idx = acc["rows"].index(r)
                if idx + 1 < len(acc["rows"]) and acc["rows"][idx + 1]["kind"] == "comment":
                    has_comments = True
                hour = rng.randrange(8, 12) if has_comments else rng.randrange(8, 18)
                t = dt.datetime.combine(post_days[pi], dt.time(hour, rng.randrange(60)))
                parent = row
                last_time = t
            else:
                t = last_time + dt.timedelta(minutes=rng.randrange(4, 56))
                last_time = t
            row["_parent"] = None if r["kind"] == "post" else parent
            row["_t"] = t
            row["_r"] = r
            row["_acc"] = acc
            rows.append(row)
    rng.shuffle(rows)
    for i, row in enumerate(rows, 1):
        row["id"] = "B107-%04d" % i
    out = []
    for row in rows:
        r, acc = row["_r"], row["_acc"]
        verdict = "ok"
        for rule in r["rules"]:
            if ORDER.index(SEVERITY[rule]) > ORDER.index(verdict):
                verdict = SEVERITY[rule]
        allowed = list(r["allowed"])
        if r["kind_of_row"] == "filler" and acc["role"] == "positive":
            allowed = [acc["pattern"]] + allowed
        family = "hard_negative" if r["kind_of_row"] == "hard_negative" else acc["pattern"]
        rec = {
            "id": row["id"],
            "text": r["text"],
            "author": acc["author"],
            "created_at": row["_t"].strftime("%Y-%m-%dT%H:%M:00+00:00"),
            "platform": acc["platform"],
            "account": acc["account"],
            "kind": r["kind"],
        }
        if r["kind"] == "comment":
            rec["comment_by"] = r["comment_by"]
            rec["parent_id"] = row["_parent"]["id"]
        rec["expect"] = {"rules": r["rules"], "allowed": allowed, "verdict": verdict}
        rec["family"] = family
        rec["account_pattern"] = acc["pattern"]
        rec["account_role"] = acc["role"]
        rec["kind_of_row"] = r["kind_of_row"]
        rec["note"] = r["note"] or ("filler: ordinary ward or council business" if r["kind_of_row"] == "filler"
                                    else acc["who"])
        out.append(rec)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    recs = build()
    print("wrote %d rows to accounts.jsonl" % len(recs))
