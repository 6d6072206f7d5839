#!/usr/bin/env python3
"""Build blind set b178 (account-level rules) into accounts.jsonl.

The rows below are written by hand. The script only schedules them: it keeps
each account's rows in written order, gives each post (or x reply) its own
weekday inside its own chunk of the 55 weekdays 14 Sep - 27 Nov 2026, puts each
comment 4 to 55 minutes after the row before it under the same post, shuffles
all rows, assigns ids B178-NNNN, resolves parent_id, and computes each verdict
as the highest base severity expected. Fixed seed; standard library only.
Running it twice gives the same file byte for byte.
"""
import datetime
import json
import os
import random

SET = "B178"
SEED = 17826
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "accounts.jsonl")

HARASS = "harassment.repeated-target"
MODER = "moderation.third-party-comments"
MIXED = "capacity.mixed-account"

SEVERITY = {
    "respect.personal-attack": "review", "respect.abusive-language": "review",
    "bullying.intimidation": "block", "equality.discrimination": "block",
    "officers.impartiality": "review", "confidentiality.disclosure": "review",
    "confidentiality.insider-advantage": "review",
    "data-protection.personal-data": "review",
    "predetermination.closed-mind": "review", "capacity.council-voice": "review",
    "resources.political-use": "review", "position.improper-advantage": "review",
    "interests.declared-interest": "review", "gifts.hospitality": "advice",
    "defamation.allegation": "review", "copyright.third-party-content": "advice",
    "haste.pause-before-posting": "advice", "meetings.during-meeting": "advice",
    "security.credentials": "block", "tone.irony-risk": "advice",
    HARASS: "block", MODER: "review", MIXED: "advice",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

PA = "respect.personal-attack"
AB = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
OF = "officers.impartiality"
DP = "data-protection.personal-data"
DF = "defamation.allegation"
SC = "security.credentials"
IR = "tone.irony-risk"
HA = "haste.pause-before-posting"


def P(text, kor="filler", rules=(), allowed=(), note="", kind="post"):
    """A post (or, with kind="reply", an x reply) by the account owner."""
    return dict(kind=kind, text=text, kor=kor, rules=list(rules),
                allowed=list(allowed), note=note, by=None)


def C(by, text, kor="hard_negative", rules=(), allowed=(), note=""):
    """A comment under the owner's last post; by=None means the owner replies."""
    return dict(kind="comment", text=text, kor=kor, rules=list(rules),
                allowed=list(allowed), note=note, by=by)


def HOSTILE(text, rules=(), allowed=(), note="", kind="post"):
    return P(text, "positive", rules, allowed, note, kind)


def HN(text, rules=(), allowed=(), note="", kind="post"):
    return P(text, "hard_negative", rules, allowed, note, kind)


def BAD(by, text, allowed=(), note=""):
    return C(by, text, "positive", (), allowed, note)


def A(author, platform, pattern, role, rows, account="councillor"):
    return dict(author=author, platform=platform, pattern=pattern, role=role,
                account=account, rows=rows)


ACCOUNTS = [
    # ------------------------------------------------------------------
    # harassment.repeated-target: positives
    # ------------------------------------------------------------------
    A("@GlenTiffinReform", "x", HARASS, "positive", [
        P("Netherdock folk: the streetlights on Creamery Row are out again from number 2 right down to the end. Reported it twice now. Chasing it first thing."),
        HOSTILE("Moira Blamire turned up in Netherdock for a photo next to the new bins and was back in her car before the kettle boiled. The Queen of Ulthwaite graces us peasants for eleven whole minutes. We see you, Moira.",
                allowed=[PA], note="hostile occasion 1 against the Leader: mockery of a ward visit; personal attack allowed, not expected"),
        P("Good turnout at the Netherdock tenants' meeting. Damp in the Quayside Walk maisonettes is the number one issue by a mile. Every answer I get from the landlord goes in the next newsletter."),
        HOSTILE("Watched @MoiraBlamireLab try to explain the parking charges at full council. Forty minutes of waffle and she still couldn't say where the money goes. A laal bairn with a calculator would've done better. Embarrassing.",
                rules=[PA], note="hostile occasion 2: belittling the Leader by @handle"),
        HOSTILE("@MoiraBlamireLab Blocking me won't help, Moira. I've a new account now and I'll be at every surgery you hold till you answer me.",
                allowed=[BU], kind="reply",
                note="hostile occasion 3, an x reply: pursuing her after being blocked; intimidation allowed, not expected"),
        P("Reform's autumn leaflet is going round Netherdock this weekend. Knock on the door if you want one, I don't bite 😄"),
        HOSTILE("Your quiz team at the Ship in Ulthwaite every Thursday. Your walk with the dog along the shore of a Sunday. Folk notice where you are, Moira. Folk talk.",
                rules=[BU], note="hostile occasion 4: names her routine and whereabouts; intimidation expected"),
    ]),
    A("@ColinBroughInd", "bluesky", HARASS, "positive", [
        P("Holmcarr Moss drainage board meets Tuesday. The ditches along the Moss Road want clearing before the winter rain, not after the fields are under water."),
        HOSTILE("Sat through Alistair Rooke presenting the harbour plan. Took him a full minute to get the word 'regeneration' out. If you can't say it, maybe don't hold the portfolio.",
                rules=[EQ], allowed=[PA],
                note="hostile occasion 1 against the Harbour portfolio holder: mocks his stammer (disability); equality expected"),
        P("Peat smoke over the Moss this morning, nothing like it. Also a reminder we still haven't got a gritting rota for the Bowmire Moss car park. Winter's coming whether county likes it or not."),
        HOSTILE("Another harbour briefing, another performance from Rooke. Somebody get the man a script with short words in it. Holmcarr deserves a portfolio holder who can string a sentence together.",
                rules=[PA], allowed=[EQ],
                note="hostile occasion 2: 'short words', 'string a sentence together' read as coded stammer mockery; equality allowed"),
        P("Thanks to the marras who turned out to fill sandbags at Holmcarr chapel on Friday night. That's what this place is about."),
        HOSTILE("Alistair, you are a joke and the whole harbour knows it. Step down before you stutter your way through another budget.",
                rules=[PA, EQ], note="hostile occasion 3: personal attack plus explicit stammer mockery"),
    ]),
    A("@WendyHodgsonCon", "facebook", HARASS, "positive", [
        P("Kirkby Scaur Parish Hall AGM on the 14th at 7pm. Come along if you care about the green, the bus and the state of the Brow."),
        HOSTILE("Once again Fiona Lattimer's department has recommended Rigg Homes at Scaur Top for approval against every objection in the village. I have lost all confidence in her. Whose side is she on?",
                rules=[OF], allowed=[DF],
                note="hostile occasion 1 against the Head of Planning (an officer): questions her neutrality; 'whose side' insinuation allows defamation"),
        P("Lovely afternoon at the Scaur school harvest festival. The tatie pot was first class and the bairns sang their hearts out."),
        HOSTILE("Fiona Lattimer should be ashamed. Her Scaur Top report is a cut and paste job. Useless is a kind word for it. If she can't do the job here she can go and do it for some other council.",
                rules=[OF, PA], allowed=[BU], note="hostile occasion 2 against the officer"),
        P("Road closure: Scaur Brow shut 9 till 4 next Monday for resurfacing. Diversion via Kirkby Lonning. Sorry for the bother."),
        HOSTILE("My complaint about Fiona Lattimer is now in writing with the Chief Executive and I will read it out at full council. Fiona, I told you what would happen if that report went to committee unchanged.",
                rules=[OF, BU],
                note="hostile occasion 3: a complaint route is legitimate, but 'I told you what would happen' is intimidation"),
    ]),
    A("@StuPattinsonSI", "x", HARASS, "positive", [
        HOSTILE("Laal Kayleigh from Saltcote Brow lecturing Gillhaven farmers on how to graze the marsh. Pet, you were in nappies when my dad was shifting cattle off that marsh ahead of the Bore.",
                rules=[PA], allowed=[EQ],
                note="hostile occasion 1 against the youngest member: age and sex put-down ('Laal', 'Pet', 'nappies'); equality allowed"),
        P("Gillhaven caravan park owners meet tonight about winter closure dates and the sea wall works. I'll report back here."),
        HOSTILE("@KayleighGreenSB Wonderful speech, truly. Did your lecturer write it for you? 👏👏👏",
                rules=[IR], allowed=[PA], kind="reply",
                note="hostile occasion 2, an x reply: mock praise"),
        P("Sea wall at Gillhaven Links: contractors start on the 21st. The footpath to the Point stays open at weekends."),
        HOSTILE("Kayleigh Routledge is a student offcomer with a Green rosette and a Manchester postcode in her head. Nowt she says about this coast is worth a light.",
                rules=[PA], allowed=[EQ],
                note="hostile occasion 3: 'offcomer' (outsider) framing plus dismissal; equality allowed"),
        P("Grand sunset over the Firth tonight. Scotland looked close enough to wade to. Please don't."),
        HOSTILE("Word to the wise, Kayleigh. There's folk in Gillhaven who know where you lodge and who you drink with. I'd keep the marsh speeches short if I were you.",
                rules=[BU], note="hostile occasion 4: veiled menace; intimidation expected"),
    ]),
    A("@DerekAskewMawby", "facebook", HARASS, "positive", [
        P("Mawby lighthouse open day raised £640 for the lifeboat. Thank you to everyone who climbed all 92 steps!"),
        HOSTILE("Graham Litt couldn't run the tea urn at the Mawby fete without losing the float, never mind a ninety million pound budget. Hopeless.",
                rules=[PA], note="hostile occasion 1 against the Deputy Leader and Finance portfolio holder"),
        P("Bin collections on the Mawby shore road back to normal from Monday after the flooding."),
        HOSTILE("Funny how the harbour car park contract went to Litt's brother-in-law's firm. Not saying owt. Just asking who signed it off.",
                allowed=[DF], note="hostile occasion 2: insinuation of a favour; defamation allowed, not expected"),
        P("Mawby-on-Solway bonfire is on for Saturday the 7th. Parking on the field behind the chapel, gates open at 5."),
        HOSTILE("Let's be plain. Graham Litt misled full council about the reserves and has been cooking the books to hide it. He's a liar and he should be sacked.",
                rules=[DF, PA], note="hostile occasion 3: states dishonesty as fact; defamation expected"),
    ]),
    A("@HazelIrvingGreen", "bluesky", HARASS, "positive", [
        P("The barnacle geese are back on Skelwath Marsh, thousands of them at first light. Please keep dogs on leads along the sea dyke."),
        HOSTILE("Neville Armstrong has done nothing for Bowmire Moss in three years except cut ribbons. A gutless, idle gadgie who wouldn't know sphagnum from silage.",
                rules=[PA], note="hostile occasion 1 against the Environment and Coast portfolio holder"),
        P("Beach clean on Skelwath shore on the 3rd. Bags and pickers provided, bring gloves and a flask."),
        HOSTILE("Neville says the peat licence review is 'in hand'. Neville says a lot of things. Neville is a waste of a cabinet seat.",
                rules=[PA], note="hostile occasion 2"),
        P("Our saltmarsh protection motion passed with support from every group. Thank you to everyone who spoke, especially the graziers."),
        HOSTILE("I'll be at every Environment committee with the bog survey until Nev Armstrong resigns. Every single one, Neville. You can't hide behind the agenda for ever.",
                allowed=[BU], note="hostile occasion 3: could be lawful campaigning; hostile here after the posts before it; intimidation allowed"),
    ]),
    A("@KenDalzellReform", "x", HARASS, "positive", [
        P("Crossrigg estate: the play park gate is fixed at last. Three emails and a phone call, but it's done."),
        P("Wathmoor North surgery Saturday 10 till 12 at the Crossrigg community centre. Kettle on."),
        HOSTILE("Joanne Carrick has let the Crossrigg flats rot for two years and then has the brass neck to turn up with a clipboard. Incompetent from top to bottom.",
                rules=[PA], note="hostile occasion 1 against the Housing portfolio holder"),
        P("Pleased to see the Wathmoor bus station toilets open again. Small thing, big difference if you're waiting an hour for the 71."),
        P("Christmas lights switch-on in Wathmoor Market Place is on the 28th. Bring the bairns, there's a brass band."),
        HOSTILE("Carrick again. Damp, mould, a waiting list through the roof. The woman is an utter disgrace and a liability to every tenant in this borough.",
                rules=[PA], note="hostile occasion 2: exactly two, the threshold"),
        P("Thanks to Wathmoor Rangers juniors for the litter pick along the North Road. Forty bags!"),
    ]),
    A("@PaulaNixonLab", "x", HARASS, "positive", [
        HOSTILE("Rupert Howe lecturing Fleetside about the cost of living from the saddle of his hunter. You couldn't make it up.",
                note="hostile occasion 1 against the Conservative group leader: could be read as a political jibe; only the account rule expected"),
        P("Fleetside food bank is short of tinned meat and fish, UHT milk and size 5 nappies. Drop-off at Fleetside library Mon-Sat."),
        HOSTILE("Three farms, two directorships and a shoot. Rupert Howe has never missed a meal in his life and it shows every time he opens his mouth about benefits. Arrogant, out of touch and a bully.",
                rules=[PA], note="hostile occasion 2"),
        HOSTILE("@RupertHoweCon Oh well done Rupert, another triumph. The dockers will be thrilled. Genius. 🙄",
                rules=[IR], kind="reply", note="hostile occasion 3, an x reply: mock praise"),
        P("Proud to back the Fleetside credit union's new counter on the Quay. Loans without the sharks."),
        HOSTILE("Rupert Howe is a parasite on this borough. A smirking, pointless little man.",
                rules=[PA], note="hostile occasion 4"),
        HOSTILE("Rupert, I know which field your horses are in at Gillhaven and what time you ride out of a Saturday. Maybe we should have a proper chat up there, marra, without your group whip.",
                rules=[BU], note="hostile occasion 5: his horses and routine known, meeting proposed away from colleagues; intimidation expected. Writer is Labour, target Conservative"),
    ]),
    # ------------------------------------------------------------------
    # harassment.repeated-target: hard negatives
    # ------------------------------------------------------------------
    A("@IreneStobartLD", "facebook", HARASS, "hard_negative", [
        HN("Moira Blamire's cabinet has pushed the parking charge rise through without any consultation. That's the wrong call for Wathmoor's market traders and I'll keep saying so.",
           note="civil criticism of the Leader's decision"),
        HN("Credit where it's due: the Leader listened on Wathmoor library's opening hours and reversed the cut. Thank you, Moira.",
           note="approving mention of the same person"),
        HN("I asked the Leader at full council why the bus subsidy was cut before the review reported. I didn't get an answer, so I'll ask again in writing.",
           note="civil challenge"),
        P("Wathmoor Market Place resurfacing finishes Friday. Stalls back on their usual pitches from next week."),
        HN("Moira, come and stand at the market cross with me on a Saturday morning and hear the stallholders out yourself. Tea's on me.",
           note="an invitation, not pursuit; shares the Leader as subject with Glen Tiffin's posts"),
        HN("The Leader's budget is wrong on parking, wrong on buses and right on the library. We'll table amendments on the first two.",
           note="robust policy criticism"),
    ]),
    A("@JoeWilkinsonLD", "x", HARASS, "hard_negative", [
        HN("The harbour plan Alistair Rooke took to cabinet has no costed dredging programme. Without that the fishing boats leave Saltcote. Simple as that.",
           note="civil criticism of the Harbour portfolio holder's plan"),
        P("Ellerholme Primary's new crossing patrol starts Monday. Thanks to county for finally listening."),
        HN("Alistair's a decent lad and works hard, but the harbour plan still reads like a holiday brochure. Where are the berthing fees modelled?",
           note="criticism of the plan, warm about the man"),
        HN("Seen a few posts taking the mick out of Alistair Rooke's stammer. Pack it in. He speaks slower than some of us and thinks faster than most. It's the plan I disagree with, not the man.",
           note="counter-speech against the stammer mockery; mentions the disability to reject it"),
        P("Ellerholme village hall has a new boiler. Warm space open Tuesday and Thursday afternoons from next week."),
        HN("I'm an offcomer myself, thirty years on this coast, and I'll say it plainly: the harbour plan needs the fishermen in the room, not just consultants. Alistair, get them round the table.",
           note="'offcomer' used of himself; civil request to the portfolio holder"),
    ]),
    A("@MaureenThwaiteLab", "bluesky", HARASS, "hard_negative", [
        P("Crossrigg warm hub is open Monday to Friday 10 till 3. Soup, tea, wifi, no questions asked."),
        HN("Graham Litt stood up in cabinet and called the Crossrigg residents 'a vocal minority'. What a pompous, clueless gadgie. Shameful.",
           rules=[PA], note="a single hostile post: personal attack expected; not a course of conduct"),
        P("Wathmoor North ward walk with the housing team on Thursday. If your repair's been waiting more than 28 days, message me."),
        HN("Good meeting with Graham Litt and the finance team today about the hardship fund. He's agreed to look again at the Crossrigg allocation.",
           note="later civil mention of the same person"),
        P("Poppy appeal stall at the Crossrigg Co-op all day Saturday. Thanks to the Legion volunteers for standing in that wind."),
        HN("The hardship fund top-up Graham Litt announced today is welcome. It isn't enough, but it's a start, and I'll keep pushing.",
           note="civil mention"),
    ]),
    A("@BillyRouthSI", "x", HARASS, "hard_negative", [
        P("Saltcote lock gates are working again after the repairs. Tide permitting, the boats are out tomorrow."),
        HN("Glen Tiffin has had more hot dinners off other folks' work than any man on this council. A shameless, two-faced chancer.",
           rules=[PA], note="single hostile post at Glen Tiffin (himself a harasser in this set)"),
        HN("Wathmoor Rangers 0 Saltcote Rovers 3. Commiserations to my marra Dennis, who'll be wearing his Rangers scarf to cabinet. Gadgie can't pick a team to save his life 😂 Get yersel yam, Dennis.",
           note="football banter about a colleague; friendly"),
        P("Haaf-netters' AGM tonight at the Harbour Inn. Keeping a nine-hundred-year-old tradition going takes a lot of paperwork, it turns out."),
        HN("Wendy Hodgson voted the Scaur Brow scheme through without reading a page of it, then blamed the officers. Idle and spiteful.",
           rules=[PA], allowed=[DF],
           note="single hostile post at a second person; 'without reading a page' allows defamation"),
        P("Fish market is open again on the Quay on Saturday mornings. Buy local, buy fresh, buy it off the boat."),
    ]),
    # ------------------------------------------------------------------
    # capacity.mixed-account: positives
    # ------------------------------------------------------------------
    A("@CarolGlaisterSI", "facebook", MIXED, "positive", [
        P("Up since four with a heifer calving. Both doing grand and the calf's called Bramble after our Lily's pony. Muck to my elbows and chuffed to bits 🐄", "positive",
          allowed=[DP], note="farm and family news on a council page; names a granddaughter"),
        P("Moss Road flooding: county have the pumps on at Moss End. Please don't drive through, it's deeper than it looks."),
        P("Our Jack's passed his driving test first time! Watch out, lonnings of Holmcarr. Proud mam ❤️", "positive",
          allowed=[DP], note="names her son"),
        P("Holmcarr ward surgery has moved to the chapel schoolroom this month, Saturday 10 till 12."),
        P("Sunday dinner at ours: Cumberland sausage, roasties and rum butter on the pud after. Family round the table, dogs under it. Bliss.", "positive",
          note="family life"),
        P("Bowmire Moss car park has new gates. They'll close at dusk from November."),
    ]),
    A("@IanSowerbyCon", "x", MIXED, "positive", [
        P("Kirkby Scaur bypass consultation closes on the 30th. Respond online or pick up a paper copy at the Post Office."),
        P("Happy 40th anniversary to my wonderful wife Sue. Forty years and she still laughs at my jokes. Mostly.", "positive",
          allowed=[DP], note="names his wife"),
        P("Grateful to highways for filling the potholes on Scaur Lonning. Plenty more to do on the Brow."),
        P("Off for a few days' walking with my brother. Phone off. Don't burn owt down while I'm gone 😄", "positive",
          note="holiday; nothing identifying"),
        P("Conservative group amendment on the bin contract is tabled for full council. Details to follow."),
        P("Mam's 90 today! Still does the crossword in pen at the care home in Kirkby Scaur. Love you, Mam.", "positive",
          allowed=[DP], note="mother's age and care home"),
    ]),
    A("@JaniceBellLab", "facebook", MIXED, "positive", [
        P("Grandma duty all weekend: our Poppy's first swimming badge and Alfie's nativity rehearsal. Worn out but happy ❤️", "positive",
          allowed=[DP], note="names two grandchildren"),
        P("Netherdock Creamery shift changes: I've asked the company to meet residents about the extra lorries at night."),
        P("Trying a new tatie pot tonight. Black pudding on top or not? Family's split right down the middle.", "positive",
          note="home cooking"),
        P("Netherdock community larder is restocked. Thanks to the Co-op and the Creamery for the donations."),
        P("Our Mike's back off the rigs for a fortnight. House is a tip already. Wouldn't have it any other way.", "positive",
          allowed=[DP], note="names a family member and his work"),
        P("Housing surgery for Netherdock tenants: Wednesday 2 till 4 at Dock Street library."),
    ]),
    A("@RayHuddartInd", "bluesky", MIXED, "positive", [
        P("Mawby shore path reopens after the slip repair. Thank you to the coast team for cracking on with it."),
        P("Last haaf-net tide of the season with my lad Callum. Three fish, one soaked dad and a lot of laughing out in the channel.", "positive",
          allowed=[DP], note="names his son"),
        P("The Mawby caravan park extension application is on the planning portal. Comments close on the 19th."),
        P("Happy birthday to our lass. Sixty and she still out-walks me up to the Point.", "positive",
          allowed=[DP], note="wife's age"),
        P("Bus 71 timetable change from Monday: the last bus back from Wathmoor now leaves at 18:40."),
        P("Pigeons home from the long race this morning. Best basket of the season 🕊️", "positive",
          note="hobby"),
    ]),
    A("@MayorElaineDobson", "facebook", MIXED, "positive", [
        P("An honour to lay the borough's wreath at the Saltcote cenotaph this morning. We will remember them."),
        P("A rare day off from the chain! Baking scones with my granddaughters Evie and Grace. Flour everywhere 😂", "positive",
          allowed=[DP], note="the Mayor's civic account; names granddaughters"),
        P("Thank you to the Mawby lifeboat crew for hosting the Mayor's charity evening. £2,310 raised."),
        P("My husband Geoff has finally had his knee done. Thank you to the nurses on ward 5. He is a terrible patient.", "positive",
          allowed=[DP], note="husband named with his operation (health)"),
        P("The Mayor's Christmas card competition is open to every primary school in the borough. Closing date 20 November."),
        P("Me and our Linda off over the border on the bus for the outlet shops. Cake, bargains and a good natter.", "positive",
          note="day out with her sister"),
    ]),
    A("@DarrenScottReform", "x", MIXED, "positive", [
        P("Night shift on the driers at the Creamery done, four hours' kip, now licensing panel at ten. Running on coffee and spite ☕", "positive",
          allowed=[HA], note="own job and tiredness mixed with council duty; haste allowed"),
        P("Saltcote Brow: the 20mph consultation is live. I want to hear from the Brow, not just the consultants."),
        P("Wife's home from the infirmary after her op. Thanks to everyone on the ward who looked after her.", "positive",
          allowed=[DP], note="wife's operation"),
        P("Reform will vote against the parking charge rise at full council. Our amendment is published."),
        P("Saltcote Rovers 2 Gillhaven Albion 2. Robbed in the 90th minute. Ref wants his eyes testing 🙈", "positive",
          note="football"),
        P("Street light column down on Brow Top after last night's wind. Reported, and the area's been made safe."),
    ]),
    A("@LornaMcAllisterGreen", "bluesky", MIXED, "positive", [
        P("Tree planting in Wathmoor Market Place on Saturday. Twelve rowans going in, volunteers welcome."),
        P("Allotment update: the leeks are enormous, the slugs are winning everything else. My partner Sam says I talk to the kale. I do.", "positive",
          allowed=[DP], note="names her partner"),
        P("Green group's response to the local plan: protect the Moss, build on brownfield first. Read it here: https://example.org/wathmoor-greens-plan"),
        P("Three weeks of flu. Finally back on my feet and back out with the dog. Never taking lungs for granted again.", "positive",
          note="her own health; nothing allowed"),
        P("Wathmoor library's repair café is back: bring your broken toasters, Thursday 2 till 5."),
        P("Mafted in this kitchen, jam pan on since eight. Thirty jars of bramble jelly and counting 🫙", "positive",
          note="home life"),
    ]),
    # ------------------------------------------------------------------
    # capacity.mixed-account: hard negatives (council accounts)
    # ------------------------------------------------------------------
    A("@PaulineEdgarLab", "facebook", MIXED, "hard_negative", [
        HN("As a farmer's daughter myself, I know what the milk price is doing to families on the plain. The council's farm hardship drop-in is at Ulthwaite hall every Thursday.",
           note="personal aside serving a council message"),
        HN("My nana gutted herring on Saltcote quay for forty years. That's why I'll keep fighting for the fish market's lease.",
           note="family history serving council business"),
        HN("Mams, dads and carers: free holiday meals at Ulthwaite school every weekday of half term. No forms, just turn up.",
           note="family words, council service"),
        HN("A resident told me at surgery, 'My lad's sleeping in his car.' Nobody should have to say that. Council housing advice line: 01632 960514.",
           note="quotes an unnamed resident; council number"),
        HN("Young carers' group at Ulthwaite library every second Tuesday. Laal ones welcome with a grown-up.",
           note="'laal' in a council notice"),
        HN("Sunday lunch for the over-70s at the Ulthwaite Legion went down a treat. Thanks to the volunteers who cooked for ninety.",
           note="community event"),
    ]),
    A("@TrevHetheringtonCon", "x", MIXED, "hard_negative", [
        HN("As a grandad of five, I want a safe crossing outside every school in Ellerholme. My motion goes to full council next month.",
           note="personal aside serving a council motion"),
        HN("I cut peat on Bowmire Moss as a lad. Now it's a nature reserve, and rightly so. Let's fund the rangers properly.",
           note="memory serving a budget point"),
        HN("Dads and lads football at Ellerholme rec, Saturday 10am. Free, all abilities, run by the youth service.",
           note="family words, council service"),
        HN("Like half of Ellerholme, our family has had someone at the Creamery for three generations. Protecting those jobs is my priority in this budget.",
           note="family aside serving a budget point"),
        HN("Remembrance Sunday at the Ellerholme memorial. My great-grandad's name is on it with eleven other village lads. Parade forms up at 10.40.",
           note="ancestor named only by relation; civic event"),
    ]),
    # ------------------------------------------------------------------
    # capacity.mixed-account: hard negatives (separate personal accounts)
    # ------------------------------------------------------------------
    A("@moira_knits_on_the_moss", "facebook", MIXED, "hard_negative", [
        HN("Finished the fair isle jumper at last! Only taken me since Easter 🧶", note="separate personal account, hobby"),
        HN("Clarty boots, wet dog and a flask of tea at the end of the Moss lonning. Perfect Sunday.", note="personal account"),
        HN("Grandkids round for tea. Rum butter on everything, obviously.", note="personal account, unnamed grandchildren"),
        HN("Knitting group at the chapel tomorrow. Bring your dropped stitches and your gossip.", note="personal account"),
        HN("Anyone got a good recipe for damson gin? The tree's gone mad this year.", note="personal account"),
    ], account="personal"),
    A("@nev_and_bess", "x", MIXED, "hard_negative", [
        HN("Bess and me on the sea dyke at first light. Geese lifting off the marsh in their thousands. Goosebumps, literally.",
           note="separate personal account; he holds the Coast portfolio but no council business appears"),
        HN("Twelve years old and still lish as a pup, this dog. Three miles on the shore and she wants more.", note="personal account"),
        HN("Our kid's home for the weekend. Fish and chips on the front at Saltcote like when we were bairns.", note="personal account"),
        HN("Tide came over the marsh road faster than I've ever seen it. Bess was not impressed with the paddle.", note="personal account"),
        HN("Birthday cake from the grandkids: a dog made of icing. Bess was very interested.", note="personal account"),
    ], account="personal"),
    # ------------------------------------------------------------------
    # moderation.third-party-comments: positives (facebook pages)
    # ------------------------------------------------------------------
    A("@KathBowmanLab", "facebook", MODER, "positive", [
        P("The council is consulting on a permanent Traveller site at the old harbour goods yard. I want every Saltcote Harbour resident's view, for or against. Drop-in at the Harbour Institute Tuesday 3 till 7."),
        BAD("Daz Kirkpatrick", "No chance. Gyppos will have the harbour stripped in a week. Burn them off if they come.",
            allowed=[EQ, BU, AB], note="racist slur and a threat left up"),
        C("Jean Sewell", "Can you say how many pitches and whether there'll be a warden on site? That'd help folk make their minds up.",
          note="civil question"),
        C(None, "Jean, it's 12 pitches and a site manager. It's all in the consultation pack at the Institute.",
          note="owner replies under the same post without removing the abusive comment"),
        BAD("Wayne Ostle", "Kath Bowman you are a lying two faced cow. You've already done a deal, everyone knows it.",
            allowed=[PA, AB, DF], note="abusive comment at the page owner left up"),
        P("Harbour Institute roof repairs finished on time and under budget. Thanks to the joiners from Dock Lane."),
        BAD("Trev Pape", "Under budget cos they used cowboys. The caretaker Gary Rook at 4 Ropewalk Cottages is a drunk and a thief, ask anyone.",
            allowed=[DP, DF], note="names and addresses a private person and alleges theft"),
        C("Susan Holliday", "Looks grand. The old roof leaked on the dance class every single winter.",
          note="civil comment"),
    ]),
    A("@StephenRitsonCon", "facebook", MODER, "positive", [
        P("Speeding on the Moss Road through Kirkby Scaur is out of hand. I've asked the police for a speed van and county for a 40 limit. Tell me where it's worst."),
        BAD("Kyle Stamper", "It's that lad Jordan off the Scaur Top estate in the black Golf, plate starts PO19. Lives above the butchers. Someone should run him into the ditch and save us the bother.",
            allowed=[DP, BU], note="first name, partial plate and home of a private person, plus a threat"),
        C("Margaret Pool", "Worst bit is the bend by the chapel, cars come round it on the wrong side. A mirror would help.",
          note="civil comment"),
        C(None, "Thanks Margaret, I'll add the chapel bend to the request and ask about a mirror.", note="owner reply"),
        C("Dave Hine", "Speed vans won't do owt. You lot at the council couldn't organise a tractor run in a farmyard.",
          note="rude but acceptable criticism of the council"),
        P("Kirkby Scaur Christmas tree goes up on the green on the 1st. Lights on at 5, mince pies from the WI."),
        BAD("Lee Carr", "Never mind trees, what about the fucking state of the Scaur Brow potholes. Useless bunch of wankers the lot of you.",
            allowed=[AB], note="obscene comment left up"),
        BAD("Shaun Dixon", "Tony Wharton took a backhander off Rigg Homes for Scaur Top. Ring Carl Mossop on 07700 900417 if you want proof, he's got it all.",
            allowed=[DF, DP, SC], note="bribery allegation against a councillor plus a private person's mobile number"),
    ]),
    A("@GemmaTweddleSI", "facebook", MODER, "positive", [
        P("The Home Office has confirmed the Links Hotel in Gillhaven will house asylum seekers from December. I've asked for a public meeting and a named contact for residents. Facts, not rumours, please."),
        BAD("Carl Tinnion", "Send them back over the water on the next tide. Rapists and scroungers the lot of them.",
            allowed=[EQ, AB], note="racist comment left up"),
        C("Ann Dodd", "Will the hotel still do the Sunday carvery? Half the village goes there.", note="civil question"),
        BAD("Nicola Graves", "The manager's the one letting them in, it's Paula Dent at 9 Links View. Husband's on the sick and her lad's in young offenders. Go and tell her what you think of her.",
            allowed=[DP, BU], note="private person's address, health and a child's criminal record, with an incitement"),
        C(None, "Ann, the carvery stops from December, sorry. I'll share the meeting date here as soon as I have it.",
          note="owner reply without removing the comments above"),
        P("Gillhaven Links sea wall: thank you to residents for your patience while the contractors finish the steps."),
        C("Kev Rumney", "Took them long enough. Bunch of gadgies leaning on shovels for six month. Still, it looks alright now.",
          note="rude but acceptable"),
        BAD("Mark Heslop", "The contractor's boss is a known paedo, everyone in Gillhaven knows it. Shouldn't be let near the beach.",
            allowed=[DF], note="allegation of a serious crime against an identifiable private person"),
    ]),
    A("@HarryLowtherReform", "facebook", MODER, "positive", [
        P("Anti-social behaviour on the Crossrigg estate: police and the council's ASB team are doing a joint walkabout Thursday at 6pm. Come and tell them directly."),
        BAD("Tracy Batey", "It's the family at 23 Rigg Road, the Marshalls. Mother's a smackhead and the eldest has just done time for robbery. Everyone knows.",
            allowed=[DP, DF], note="address, drug use and criminal record of a private family"),
        C("Dennis Wills", "Will the walkabout go down the back lonning by the garages? That's where the bikes race.",
          note="civil question"),
        C(None, "Dennis, yes, I've asked them to finish at the garages.", note="owner reply"),
        BAD("Gaz Lamb", "Forget walkabouts. Give us the nod and a few of us will sort them out with baseball bats.",
            allowed=[BU], note="threat of violence left up"),
        P("Wathmoor North: new bins for the Crossrigg shops arrive next week."),
        BAD("Steph Nattrass", "Bins won't help with the foreign lot in the flats above the shops. The smell of their cooking is disgusting. Ship them out.",
            allowed=[EQ, AB], note="racist comment left up"),
    ]),
    A("@AmiraHaddadLab", "facebook", MODER, "positive", [
        P("Fleetside mosque and St Mary's church are holding a joint open day on Saturday. Tea, cake and a tour of both. Everyone welcome."),
        BAD("Ricky Fell", "An open day for a mosque in Saltcote. Never thought I'd see it. They'll want sharia on the Quay next. Get them out.",
            allowed=[EQ], note="religious hostility left up"),
        C("Brenda Story", "Went last year, lovely people and cracking samosas. Will be there again.", note="civil comment"),
        C(None, "Thanks Brenda! Bring your grandson again, he was a hit with the tea ladies.", note="owner reply"),
        P("Fuel poverty advice this Friday: energy advisers at Fleetside library 10 till 2. Bring a recent bill."),
        BAD("Jason Kell", "Amira Haddad is only on the council to line her own pockets. Crook. Ask her where the warm hub money went.",
            allowed=[DF, PA], note="corruption allegation against the page owner"),
        BAD("Ross Hewer", "Fuck your advice. The council's full of thieving bastards.",
            allowed=[AB, DF], note="obscene comment left up"),
    ]),
    A("@JeffBewleyLD", "facebook", MODER, "positive", [
        P("The Ellerholme solar farm application is on the planning portal. I'm not on the committee, so I can say it: read it and comment, whatever your view."),
        BAD("Alan Hodge", "Moira Blamire is a fat useless cow and she'll wave this through for her green mates. Senile old bat.",
            allowed=[PA, AB, EQ], note="abuse of the Leader with sex and age slurs"),
        C("Heather Lamb", "How much of the field will be under panels? Will the sheep still graze underneath?", note="civil question"),
        C(None, "Heather, about 60 acres, and yes, the plans show sheep grazing under the panels. Page 14 of the design statement.",
          note="owner reply"),
        C("Geoff Railton", "Panels on good farmland. Daft. The lot of you want your heads looking at.",
          note="rude but acceptable"),
        P("Ellerholme village hall Christmas fayre is on the 28th. A few stalls still available."),
        BAD("Jimmy Stagg", "Hope the solar lot's site office burns down with them in it.",
            allowed=[BU], note="threat left up"),
        BAD("Pete Wise", "Tom Bulman up at Ellerholme Mains is only selling the land cos he's up to his neck with the bookies. Scum.",
            allowed=[DP, DF, PA], note="private person's finances and gambling, with abuse"),
    ]),
    # ------------------------------------------------------------------
    # moderation.third-party-comments: hard negatives
    # ------------------------------------------------------------------
    A("@SheilaMoffatGreen", "facebook", MODER, "hard_negative", [
        HN("Skelwath Marsh grazing rights review: the council wants to hear from graziers, walkers and everyone in between. My plain-English summary is pinned on my page.",
           note="owner post"),
        C("Walter Glendinning", "Council couldn't graze a goat. Leave the marsh to them that know it.", note="robust comment"),
        C("Lizzie Banks", "Thank you for the summary, it's clearer than the council's own.", note="civil comment"),
        C("Jim Falder", "Marra, this review's a stitch-up before it's even started. Mark my words.", note="robust, no named target"),
        C(None, "Walter, that's exactly why I want graziers in the room. Come to the meeting on the 9th.", note="owner reply"),
        HN("Clarty lonnings everywhere after the storm. The drainage team are out at Skelwath today.", note="owner post"),
        C("Mick Rowe", "Clarty? It's a bog, Sheila. Your lot promised drains in May. Rubbish.", note="rude but acceptable"),
        C(None, "Fair, Mick. May was promised and May was missed. I'm chasing it every week.", note="owner reply"),
    ]),
    A("@AndyNicholsonCon", "facebook", MODER, "hard_negative", [
        HN("I've removed a comment from my page that named a family on Sandwath Road and their children. Criticise me, criticise the council, but leave private families out of it.",
           note="removal notice"),
        HN("Brackmire and Sandwath: this winter's gritting routes are published. Our lonnings are on the secondary list, which isn't good enough. I've written to county.",
           note="owner post"),
        C("Gordon Tait", "Secondary list. Again. You'd think Brackmire wasn't on the map.", note="robust comment"),
        C("Rachel Dunn", "Thanks Andy, the hill by the school was lethal last January.", note="civil comment"),
        C(None, "Rachel, the school hill is top of my list. I'll post county's reply when I get it.", note="owner reply"),
        C("Tony Irwin", "Tories complaining about cuts. You couldn't make it up. Gadgie.", note="rude but acceptable, political"),
        C("Carole Scott", "Looks like a council that's given up on the villages. Shame on the lot of you.", note="robust comment"),
    ]),
]


def weekdays():
    d = datetime.date(2026, 9, 14)
    end = datetime.date(2026, 11, 27)
    out = []
    while d <= end:
        if d.weekday() < 5:
            out.append(d)
        d += datetime.timedelta(days=1)
    return out


def verdict(rules):
    best = "ok"
    for r in rules:
        if RANK[SEVERITY[r]] > RANK[best]:
            best = SEVERITY[r]
    return best


def build():
    rng = random.Random(SEED)
    days = weekdays()
    rows = []
    for acct in ACCOUNTS:
        groups = []
        for r in acct["rows"]:
            if r["kind"] == "comment":
                groups[-1].append(r)
            else:
                groups.append([r])
        n = len(groups)
        for i, group in enumerate(groups):
            lo, hi = i * len(days) // n, (i + 1) * len(days) // n
            day = rng.choice(days[lo:hi])
            k = len(group) - 1
            minute = rng.randint(8 * 60, 18 * 60 + 59 - 55 * k)
            post_key = None
            for j, r in enumerate(group):
                if j:
                    minute += rng.randint(4, 55)
                ts = datetime.datetime(day.year, day.month, day.day, minute // 60, minute % 60,
                                       rng.randint(0, 59), tzinfo=datetime.timezone.utc)
                pattern, role = acct["pattern"], acct["role"]
                kor = r["kor"]
                rules = list(r["rules"])
                allowed = list(r["allowed"])
                if kor == "positive":
                    rules = [pattern] + rules
                elif kor == "filler" and role == "positive":
                    allowed = [pattern] + allowed
                row = {
                    "id": None,
                    "text": r["text"],
                    "author": acct["author"],
                    "created_at": ts.isoformat(),
                    "platform": acct["platform"],
                    "account": acct["account"],
                    "kind": r["kind"],
                }
                if r["kind"] == "comment":
                    row["comment_by"] = r["by"] or acct["author"]
                    row["parent_id"] = post_key
                row["expect"] = {"rules": rules, "allowed": allowed, "verdict": verdict(rules)}
                row["family"] = "hard_negative" if kor == "hard_negative" else pattern
                row["account_pattern"] = pattern
                row["account_role"] = role
                row["kind_of_row"] = kor
                row["note"] = r["note"] or ("filler: ordinary post by the account owner" if kor == "filler" else "")
                key = len(rows)
                if j == 0:
                    post_key = key
                rows.append((key, row))
    rng.shuffle(rows)
    ids = {}
    for i, (key, row) in enumerate(rows, 1):
        ids[key] = "%s-%04d" % (SET, i)
        row["id"] = ids[key]
    for key, row in rows:
        if "parent_id" in row:
            row["parent_id"] = ids[row["parent_id"]]
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for _, row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)


if __name__ == "__main__":
    print("wrote %d rows to accounts.jsonl" % build())
