"""Build blind set b110 (accounts.jsonl) from the hand-written rows below.

Every text, label and note in ACCOUNTS was written by hand for this set by an
independent writer. The script only adds what is mechanical, with a fixed seed:
timestamps (one post of an account per chunk of the 60 weekdays, comments 4 to
55 minutes after the row before them under the same post), the account rule on
positive rows and in the allowed list of filler rows of positive accounts, the
verdict (the highest severity expected), the shuffle, ids B110-NNNN and the
parent_id of comments. Running it again writes identical bytes.
"""
import datetime as dt
import json
import random
from pathlib import Path

SEED = 11010
HERE = Path(__file__).resolve().parent
OUT = HERE / "accounts.jsonl"
PREFIX = "B110"

HARASS = "harassment.repeated-target"
MIXED = "capacity.mixed-account"
MOD = "moderation.third-party-comments"

PA = "respect.personal-attack"
AB = "respect.abusive-language"
BUL = "bullying.intimidation"
EQ = "equality.discrimination"
OFF = "officers.impartiality"
DP = "data-protection.personal-data"
DEF = "defamation.allegation"
SEC = "security.credentials"
IRONY = "tone.irony-risk"
HASTE = "haste.pause-before-posting"

# Base severity of each rule used here (RULES.md; "review; block when severe"
# counts as review, the severe upgrade is not used in this set).
SEVERITY = {
    HARASS: "block", MIXED: "advice", MOD: "review",
    PA: "review", AB: "review", BUL: "block", EQ: "block", OFF: "review",
    DP: "review", DEF: "review", SEC: "block", IRONY: "advice", HASTE: "advice",
}
ORDER = ["ok", "advice", "review", "block"]

START = dt.date(2026, 1, 5)   # a Monday
N_DAYS = 60                   # 12 weeks of weekdays, to Friday 27 March 2026


def P(row, text, note, rules=(), allowed=()):
    """A post by the account owner."""
    return {"kind": "post", "row": row, "text": text, "note": note,
            "rules": list(rules), "allowed": list(allowed)}


def C(row, by, text, note, rules=(), allowed=()):
    """A comment under the owner's last post; by=None is the owner's own reply."""
    return {"kind": "comment", "row": row, "by": by, "text": text, "note": note,
            "rules": list(rules), "allowed": list(allowed)}


def A(handle, platform, pattern, role, rows, account="councillor"):
    return {"handle": handle, "platform": platform, "pattern": pattern,
            "role": role, "account": account, "rows": rows}


ACCOUNTS = [
    # ------------------------------------------------------------------
    # harassment.repeated-target: positive accounts
    # ------------------------------------------------------------------
    # Gary Stebbings (Reform UK, Wrayhithe Docks) -> Janet Colebrook, Leader (4)
    A("@GaryStebbingsRUK", "x", HARASS, "positive", [
        P("filler", "Lorry queue on the dock road back past the Wrayhithe roundabout again this morning. I've asked the port for their February haulage figures and I'll share whatever comes back. Quay Terrace deserves better than diesel for breakfast.",
          "Ward casework about port traffic; no target."),
        P("positive", "Lady Janet's big 'Seafront Vision' launch today. Canapés on the pier, string quartet, not one resident from the Docks invited. Her Ladyship don't do the wrong side of the creek.",
          "Hostile occasion 1 against the Leader: mocking nickname 'Lady Janet'/'Her Ladyship' and her launch; no direct insult, so a personal attack is only allowed.",
          allowed=[PA]),
        P("filler", "Good turnout at the Docks Community Hall for the bin round drop-in. Thanks to everyone who came, and to the two officers who stayed late going through the new collection days street by street. Proper helpful.",
          "Civil ward post; praises officers."),
        P("positive", "Take a bow, Janet. Seafront parking up 40% and the Docks get a leaflet. Blinding work, girl. Absolutely blinding. 👏👏",
          "Hostile occasion 2: mock praise of the Leader (irony). 'girl' to a senior woman is a gendered put-down, so equality is allowed.",
          rules=[IRONY], allowed=[EQ]),
        P("filler", "Reminder: my surgery is Saturday 10 till 12 at the Docks library. Bring your letters, bring your questions, bring your nan. All welcome.",
          "Surgery notice."),
        P("positive", "Janet Colebrook couldn't tell a container crane from a crane fly. She's a mug in pearls who's been fronting for the port since day one. Time she went.",
          "Hostile occasion 3: 'a mug in pearls' is a personal attack on a named person; 'fronting for the port' insinuates impropriety, so defamation is allowed.",
          rules=[PA], allowed=[DEF]),
        P("positive", "Her Ladyship has her flat white at the Beach Hut Café on the Esplanade every Saturday, half eight, same table by the window. Might wander down with a few of the Docks lads and have a proper chat. Nothing heavy. Just so she knows we know.",
          "Hostile occasion 4: tells her people know her routine and will turn up in a group; 'just so she knows we know' is intimidation.",
          rules=[BUL]),
    ]),
    # Darren Pyle (Independent, Mardle Island North) -> Kwame Mensah, Regeneration and the Port (3)
    A("@DarrenPyleIsland", "facebook", HARASS, "positive", [
        P("filler", "Sea wall walk this morning with the flood defence engineers from Mardle Creek to the east jetty. Two spots of slumping they're keeping an eye on. Photos below, and no, it is not falling down, before anyone starts.",
          "Ward update on the sea wall."),
        P("filler", "Island Fun Day planning meeting Tuesday at the Methodist hall, 7pm. We need marshals, cake makers and someone who understands how a bouncy castle generator works. Message me.",
          "Community event notice."),
        P("positive", "Some geezer in a suit from up the Smoke tells Mardle Island it needs a lorry park by the bridge. Kwame Mensah has been on this island twice, both times for a photo. Island people know who's one of us and who's just passing through.",
          "Hostile occasion 1 against the Cabinet Member, framed as an outsider ('one of us'); coded, so equality is allowed, not expected."
          , allowed=[EQ]),
        P("filler", "Mardle Bridge closed both ways tonight 10pm to 5am for resurfacing. If you've got an early hospital appointment, message me and I'll put you in touch with the community car scheme.",
          "Road closure notice."),
        P("positive", "Mensah again at cabinet, all 'stakeholder engagement' and 'logistics corridors'. That's how they talk where he comes from. Round here we say it straight: he doesn't belong deciding what happens to our island.",
          "Hostile occasion 2: 'where he comes from', 'he doesn't belong'; coded origin, equality and personal attack allowed.",
          allowed=[EQ, PA]),
        P("positive", "Let's be honest about Kwame Mensah. He ain't island, he ain't Essex, and he ain't English whatever it says on his passport. A plastic cabinet member with a lanyard. Island votes for island.",
          "Hostile occasion 3: denies he is English 'whatever it says on his passport', an attack on national origin (race), so equality is expected; 'a plastic cabinet member with a lanyard' is a personal attack.",
          rules=[EQ, PA]),
    ]),
    # Sandra Keeble (Conservative, Great Cordwell and Saltings) -> Graham Lusted, Head of Planning and Coast, officer (3)
    A("@SandraKeebleCon", "x", HARASS, "positive", [
        P("filler", "Cordwell Marshes reserve car park has reopened after the winter flooding. Avocets are back on the scrape, I'm told. Be kind to the wardens, they've had a rotten few months.",
          "Ward news."),
        P("positive", "Our Head of Planning, Graham Lusted, has once again decided the marsh villages can take 300 more homes on grazing land. Mr Lusted doesn't live out here. Mr Lusted doesn't drive the flooded lane. Mr Lusted just signs.",
          "Hostile occasion 1 against a named officer: public criticism of an officer, so officers.impartiality is expected; the sneering repetition allows a personal attack.",
          rules=[OFF], allowed=[PA]),
        P("filler", "Met the bus operator with the parish councils about the 14. It's staying, for now, hourly. Not a win, not a loss. Keep using it or we'll lose it.",
          "Ward transport update."),
        P("positive", "Graham Lusted's report on Saltings End is the most one-sided document I've read in twenty years on this council. He should step aside or be moved off it. Some of us out on the marshes have very long memories.",
          "Hostile occasion 2: questions the officer's neutrality in public (expected); 'very long memories' is veiled, bullying allowed.",
          rules=[OFF], allowed=[BUL]),
        P("filler", "Lovely to hand out the certificates at Great Cordwell Primary's reading awards. Ten-year-olds reading Dickens. I was on comics at that age and proud of it.",
          "School visit; no names."),
        P("positive", "Mr Lusted: a planning chief who can't read a flood map. Hope he enjoys his pension, because he'll be counting the days to it once we're finished with him.",
          "Hostile occasion 3: belittles the officer (personal attack and impartiality expected); 'once we're finished with him' allows bullying.",
          rules=[OFF, PA], allowed=[BUL]),
    ]),
    # Terry Bright (Reform UK, Brackenfield) -> Lauren Pettit, young Labour councillor (4)
    A("@TerryBrightRUK", "x", HARASS, "positive", [
        P("filler", "Brackenfield Parkway car park: 14 of the 40 lights are out. Reported again. Don't cut through the back path after dark till it's fixed, go round by the shops.",
          "Safety notice."),
        P("positive", "Little Lauren Pettit got up at full council tonight to lecture us on the cost of living. Sweetheart, you were doing your GCSEs when I was paying a mortgage. Sit down.",
          "Hostile occasion 1 against a young woman councillor: 'Little Lauren', 'Sweetheart', 'Sit down' belittle her (personal attack); age and sex put-down, equality allowed.",
          rules=[PA], allowed=[EQ]),
        P("filler", "Shout out to the volunteers at Brackenfield food bank who packed 600 bags this week. Proper diamonds, the lot of you.",
          "Thanks to volunteers."),
        P("positive", "Lauren Pettit says the Grange has been 'let down'. Yeah, by you, babe. Two years and not one thing delivered. Too busy doing selfies on the pier.",
          "Hostile occasion 2: 'babe' and the selfies jibe; could pass as rough scrutiny alone, so only the account rule is expected.",
          allowed=[EQ, PA]),
        P("filler", "Met the fire service at Brackenfield station about last summer's grass fires on the heath. Barbecue bins going in by May. Sensible stuff.",
          "Ward update."),
        P("positive", "Aww, Lauren's upset I 'targeted' her. Bless. Maybe politics ain't for you if you cry every time someone asks a question, darlin'.",
          "Hostile occasion 3: mock sympathy (irony expected); gendered belittling allowed.",
          rules=[IRONY], allowed=[EQ, PA]),
        P("positive", "Half the Grange knows that little red Fiat of yours, Lauren. I wouldn't leave it outside your surgery late if I was you. Just friendly advice, sweetheart.",
          "Hostile occasion 4: veiled threat to her car and safety ('friendly advice'), bullying expected; 'sweetheart' allows equality.",
          rules=[BUL], allowed=[EQ]),
    ]),
    # Keith Marney (Independent, Stoneholt) -> Roger Penfold, Deputy Leader and Finance (3)
    A("@KeithMarneyInd", "bluesky", HARASS, "positive", [
        P("filler", "Stoneholt cockle sheds: the harbour master says the Strand Hard slipway repairs start after Easter. Access to the bawleys stays open at low water throughout. Any problems, ring me.",
          "Ward update for fishermen."),
        P("positive", "Roger Penfold presented the budget like a man reading the shipping forecast. Monotone, no idea what any of it means, and the Old Town gets a gale warning.",
          "Hostile occasion 1: mockery of the Finance portfolio holder's competence; a personal attack is allowed, not expected.",
          allowed=[PA]),
        P("filler", "Stoneholt Regatta committee is after a new treasurer. Must be honest, must be able to count, must like cockles. Two out of three will do.",
          "Light community post."),
        P("positive", "Funny how the beach hut concession went to Sallowfleet Leisure Ltd. Funnier still that Roger Penfold plays golf every Sunday with its director. I'm not saying nothing. Just noticing, Roger.",
          "Hostile occasion 2: insinuation of favouritism without stating it; defamation allowed.",
          allowed=[DEF]),
        P("filler", "Full council tonight: I'm asking about the Old Town sea defences. The question's on the order paper if you want a read beforehand.",
          "Meeting notice; not posted from the meeting."),
        P("positive", "Let's call it what it is. Roger Penfold has fiddled the beach hut money to line his mates' pockets, and he's been at it for years. Dodgy as they come.",
          "Hostile occasion 3: states dishonesty and corruption as fact about a named person; defamation expected. 'Dodgy as they come' allows a personal attack.",
          rules=[DEF], allowed=[PA]),
    ]),
    # Rowan Ashdown (Green, Fenmouth Old Town) -> Brian Tullett, Environment and the Coast (3)
    A("@RowanAshdownGreen", "bluesky", HARASS, "positive", [
        P("filler", "Beach clean at the Old Town this Sunday, 10am from the lifeboat station. Last time we filled 41 bags, mostly wet wipes and balloon ribbon. Gloves provided, tea after.",
          "Community event."),
        P("positive", "Brian Tullett told cabinet the saltmarsh 'looks after itself'. Brian the Dinosaur strikes again. The man's a walking fossil in a cabinet seat. Time they put him in a museum.",
          "Hostile occasion 1: 'walking fossil', 'put him in a museum' is a personal attack; age-coded, equality allowed.",
          rules=[PA], allowed=[EQ]),
        P("filler", "Good news: the borough has signed up to the estuary seagrass project. Not a Green idea, not a blue idea, just a good one. Credit to officers for the bid.",
          "Civil; credits officers."),
        P("positive", "Poor Brian. Must be exhausting pretending to understand tides for a living. Someone get him a nice sit-down and a tartan blanket. 🥺",
          "Hostile occasion 2: mock sympathy (irony expected); age put-down and belittling allowed.",
          rules=[IRONY], allowed=[EQ, PA]),
        P("filler", "Old Town bus shelter on Marine Parade finally fixed. Eleven emails. Persistence pays, folks.",
          "Ward update."),
        P("positive", "Brian Tullett has had three years and done nothing but spin the flood budget. Every cabinet from now till May I'll be in the public gallery asking him. Every. Single. One. He can't dodge me forever.",
          "Hostile occasion 3: could be lawful persistence, but follows two hostile posts; bullying allowed, and 'spin the flood budget' allows defamation.",
          allowed=[BUL, DEF]),
    ]),
    # Wayne Clements (Reform UK, Mardle Island South) -> Denise Harlow, Housing (2, the minimum)
    A("@WayneClementsRUK", "facebook", HARASS, "positive", [
        P("filler", "Mardle Island South caravan park residents: the council tax banding review letters go out this month. Don't panic, it's a review, not a bill. Questions to me.",
          "Ward advice."),
        P("filler", "Flooding on Creek Road again after Tuesday's high tide. The pumps were late. I've asked why and I'll post the answer, whatever it is.",
          "Ward update."),
        P("positive", "Denise Harlow stood up and said island families are 'a priority'. Denise, love, you couldn't find Mardle on a map with a sat nav and a pilot. Bang out of order how you've treated this island.",
          "Hostile occasion 1 against the Housing portfolio holder: belittling her (personal attack); 'love' allows equality.",
          rules=[PA], allowed=[EQ]),
        P("filler", "Blinding result for Mardle Island Youth under-12s, county cup winners! Parents, coaches, the lot, you did the island proud.",
          "Congratulations; 'blinding' used sincerely."),
        P("filler", "Reminder that the Mardle Bridge slip road works start Monday. Add ten minutes to the school run.",
          "Roadworks notice."),
        P("positive", "Harlow again. Another meeting, another housing promise, another fairy tale. The woman's a walking press release and a disgrace to that cabinet. Shameless.",
          "Hostile occasion 2 (the second of two): personal attack expected.",
          rules=[PA]),
        P("filler", "Thanks to everyone who came to the island housing surgery. 23 cases taken away and I'll chase every one.",
          "Casework post."),
    ]),
    # Nicola Birch (Labour, Pelham Heath) -> Mick Dorrington, Leisure, Seafront and Tourism (5)
    A("@NicolaBirchLab", "x", HARASS, "positive", [
        P("positive", "Mick Dorrington's big idea for Pelham Heath: nothing. His big idea for the seafront: another fireworks night. Mick the Mouth strikes again.",
          "Hostile occasion 1: mocking nickname; personal attack allowed.",
          allowed=[PA]),
        P("filler", "Pelham Heath pool reopens Monday. Over-60s swim back at 9am, parent and toddler at 11. Go on, get wet.",
          "Leisure notice."),
        P("positive", "What a legend Mick is. Another pier festival nobody asked for, paid for out of a skate park that never happened. Give the man a knighthood. 🙄",
          "Hostile occasion 2: mock praise (irony expected).",
          rules=[IRONY]),
        P("positive", "Jog on, Mick. Four years to fix the Heath play park and you've done sweet FA. Muppet.",
          "Hostile occasion 3: 'Muppet' aimed at him, personal attack expected.",
          rules=[PA]),
        P("filler", "Litter pick on the Heath went well: 30 of us and a dog called Biscuit. Thanks to all who came.",
          "Community post."),
        P("positive", "Mick Dorrington at scrutiny: 'I'll have to come back to you on that.' Mick, turn your hearing aid up, we've been shouting about the Heath for years. Clueless.",
          "Hostile occasion 4: 'Clueless' is a personal attack; the hearing aid jibe mocks a disability aid, equality allowed.",
          rules=[PA], allowed=[EQ]),
        P("positive", "Every time @MickDorringtonCon posts about the seafront I'll be in his replies with a photo of the Heath play park. Every time, Mick. Get used to my face.",
          "Hostile occasion 5: promised unwanted contact after four hostile posts; bullying allowed, not expected."
          , allowed=[BUL]),
    ]),

    # ------------------------------------------------------------------
    # harassment.repeated-target: hard-negative accounts
    # ------------------------------------------------------------------
    # Pauline Fordyce (Lib Dem, Eastcliff): civil, repeated criticism of the Leader's decisions
    A("@PaulineFordyceLD", "facebook", HARASS, "hard_negative", [
        P("hard_negative", "The Leader's seafront parking rises are the wrong call. Eastcliff residents feel mugged off, and I think they're right to. I've tabled an amendment to freeze residents' permits and I hope Janet and her cabinet will back it.",
          "Robust criticism of a decision by the Leader; 'mugged off' is about residents and the policy."),
        P("filler", "Eastcliff Gardens: the cliff path handrail is fixed. Thanks to the parks team for getting it done before the half-term crowds.",
          "Ward update."),
        P("hard_negative", "Credit where it's due: Janet Colebrook's decision to keep Eastcliff library open is the right one, and she listened. I said I'd say so if she did. Proper result.",
          "Approving mention of the Leader."),
        P("hard_negative", "The Leader says the Seafront Vision is for everyone. Then hold the consultation events in the evenings and on the Docks side too, not 2pm on a Tuesday at the pier pavilion. Simple fix, @JanetColebrookCon.",
          "Criticism of how a consultation is run; no attack on the person."),
        P("hard_negative", "I've no time for the personal stuff some are throwing at the Leader online, the 'Her Ladyship' nonsense included. Disagree with her policies, as I do on parking, but do it properly.",
          "Counter-speech; quotes a nickname to reject it."),
        P("hard_negative", "Janet, come and walk the Eastcliff front with me one evening in March, when the wind's coming off the estuary and half the lamps are out. Then tell me the lighting budget's fine. Kettle's on after.",
          "An invitation with a policy point, not a hostile occasion."),
    ]),
    # Sunil Varma (Labour, Wrayhithe Docks): repeated criticism of the port deal
    A("@SunilVarmaLab", "x", HARASS, "hard_negative", [
        P("hard_negative", "Kwame Mensah's lorry park deal with Estuary Gateway Ports is a bad deal for Wrayhithe. 400 HGV movements a day past two primary schools. I'm calling it in to scrutiny.",
          "Criticism of a Cabinet Member's deal."),
        P("filler", "Docks ward surgery has moved to the Seafarers' Mission on Dock Street this month. Same time, better tea.",
          "Surgery notice."),
        P("hard_negative", "Kwame's a decent geezer and works harder than most in that cabinet. His port strategy is still wrong, and the numbers in the report don't stack up. Both things are true.",
          "Praises the person, criticises the policy."),
        P("hard_negative", "For those asking: no, I won't be joining in with the 'not one of us' stuff aimed at Kwame. I came down from the Smoke myself in '98. Argue the deal, not where the man's from. That ain't how we do things in the Docks.",
          "Counter-speech against outsider framing; writer calls himself an incomer."),
        P("hard_negative", "Asked at full council why the port's community fund is £50k when the lorry park is worth millions. Kwame said it's 'a starting point'. I'll hold him to that.",
          "Scrutiny of a portfolio holder's answer; civil."),
        P("hard_negative", "Scrutiny result: the port deal goes back to cabinet with four conditions, including an air quality monitor on Quay Terrace. Fair play to Kwame for accepting three of them on the night.",
          "Civil, partly approving."),
    ]),
    # Bev Lockyer (Independent, Stoneholt): one attack on Roger Penfold, then civil mentions
    A("@BevLockyerInd", "bluesky", HARASS, "hard_negative", [
        P("filler", "Stoneholt Community Larder is open Tuesdays and Fridays, 10 till 1, at the church hall. No forms, no questions. Just come.",
          "Community notice."),
        P("hard_negative", "Roger Penfold is a cold-hearted bean counter with no bottle and less sense. He wouldn't know what a Stoneholt family goes without if it fell on him off the end of the pier.",
          "A single hostile post: one personal attack is expected (review), but one occasion is not a course of conduct.",
          rules=[PA]),
        P("filler", "Low-tide walk out to the Stoneholt wreck is cancelled. Fog. New date on the events page.",
          "Event notice."),
        P("hard_negative", "Roger Penfold has agreed to meet the cockle fishermen about the mooring charges. I said some sharp things about him last month. Fair play for coming down.",
          "Civil later mention of the same person."),
        P("filler", "Congratulations to Stoneholt Sea Scouts on 75 years. Still can't tie a bowline myself.",
          "Congratulations."),
        P("hard_negative", "The Finance portfolio's mooring charge review is out. Roger has listened on the winter rate; not on the summer one. Better than nothing, still not good enough for the bawley men.",
          "Civil criticism of a decision."),
    ]),
    # Lee Harding (Conservative, Sallowfleet): two attacks at two different people
    A("@LeeHardingCon", "x", HARASS, "hard_negative", [
        P("filler", "Sallowfleet village sign is back up after the lorry strike. Took a while. Worth it.",
          "Ward update."),
        P("hard_negative", "Gary Stebbings: biggest gob on the dock road and not one working brain cell behind it.",
          "One attack on one person (personal attack expected); his only post about Gary Stebbings.",
          rules=[PA]),
        P("filler", "Sallowfleet Marsh footpath diversion ends this week. The sea wall path is open all the way to the creek again.",
          "Ward update."),
        P("filler", "Thank you to everyone at the Sallowfleet village hall quiz. £1,140 raised for the lifeboat.",
          "Thanks."),
        P("hard_negative", "Terry Bright is a muggy little man who hides behind a keyboard and calls it politics.",
          "One attack on a different person (personal attack expected); two targets, one occasion each.",
          rules=[PA]),
        P("filler", "Gritting routes for the marsh lanes are on the council website. If your lane isn't on it and should be, tell me.",
          "Ward advice."),
    ]),

    # ------------------------------------------------------------------
    # capacity.mixed-account: positive accounts
    # ------------------------------------------------------------------
    A("@RayCokerMIRA", "facebook", MIXED, "positive", [
        P("filler", "Sea wall path closed between the yacht club and the east jetty for repairs until the 20th. Diversion along Creek Road is signed.",
          "Council business."),
        P("positive", "Our grandson Alfie was christened at St Nicholas on the island Sunday. 8lb 2oz when he arrived and twice that now. Nanny Sue cried all the way through. Proud grandad.",
          "Family content on a councillor account; names a baby and his birth weight, data protection allowed.",
          allowed=[DP]),
        P("filler", "Met the flood team at Mardle Creek pumping station. New pump number two is in and tested, the one that failed in the November surge.",
          "Council business."),
        P("positive", "Out on the boat at first light. Three bass and a thornback ray, all back bar one for tea. Nothing beats the estuary on a flat calm morning.",
          "Personal hobby post on the council account."),
        P("filler", "Island residents, food waste caddies arrive the week of the 9th. If yours doesn't turn up, message me your road, not your whole address on here please.",
          "Council business."),
        P("positive", "Me and Sue, 40 years married today. She's put up with the boat, the council and my snoring. Knees-up at the yacht club Saturday, all welcome.",
          "Personal anniversary; names his wife, data protection allowed.",
          allowed=[DP]),
    ]),
    A("@KellyAnnMossCon", "x", MIXED, "positive", [
        P("positive", "Nails done, brows done, ready for Marbs. Girls' week away, don't message me about bins till the 20th 😂💅",
          "Holiday post on the council account."),
        P("filler", "Pelham Heath residents' parking consultation closes Friday. 212 responses so far. If you've got a view, now's the time.",
          "Council business."),
        P("positive", "Happy 30th to my Jordan ❤️ Best boyfriend in Essex, even if he still can't work a washing machine. Love you babe.",
          "Partner named with his age; data protection allowed.",
          allowed=[DP]),
        P("filler", "Heath Road bus stop is finally back outside the shops where it belongs. Thanks for all your emails on it.",
          "Council business."),
        P("positive", "Shut up! Got a PB at the Saturday 5k on the front, 24:51. Legs are wrecked, brunch is earned. Reem.",
          "Personal running post."),
        P("filler", "Good news for the Heath estate: the bid for new LED street lights has come through. Work starts in April and takes about six weeks.",
          "Council business."),
    ]),
    A("@HaroldPinnockCon", "facebook", MIXED, "positive", [
        P("filler", "Flood warning for the Cordwell sea wall lifted this afternoon. Thanks to the farmers who moved stock off the low marsh overnight, and to the drainage board crew.",
          "Council and community business."),
        P("positive", "First lambs of the year on the grazing marsh this morning. Twins, both up and sucking within the hour. Fifty-two years of lambing and it never gets old.",
          "His own farm; personal content on a council account though close to his rural ward."),
        P("filler", "Planning committee training day done. Good session on flood risk assessments. Every councillor on planning should go.",
          "Council business."),
        P("positive", "The wife's home after her knee replacement at Fenmouth General. Doing her exercises, cursing me, making a list of jobs. Normal service resumed.",
          "A spouse's operation is health data of a private person; data protection allowed.",
          allowed=[DP]),
        P("positive", "Sold the old grey tractor at the Cordwell machinery sale today. Had her since 1979. Bit of a lump in the throat, I'll admit.",
          "Personal farm post."),
        P("filler", "Great Cordwell: the marsh lane potholes between the church and Saltings End are on the April resurfacing list. I've seen the schedule.",
          "Council business."),
    ]),
    A("@DevSharmaGrange", "facebook", MIXED, "positive", [
        P("filler", "Grange estate regeneration: tenants' meeting Thursday at the community centre. The landlord's architects will be there with the new plans. Bring your questions and your neighbours.",
          "Council business."),
        P("positive", "Our Anya got her offer to study medicine today. Her mum's been crying since breakfast and I'm not far behind. So proud.",
          "Names a daughter and her university offer; data protection allowed.",
          allowed=[DP]),
        P("filler", "Grange Road closed at the Dock Road junction on Saturday for gas works. Buses diverted via Brindle Park.",
          "Council business."),
        P("positive", "Indoor nets with Wrayhithe Cricket Club tonight. Still bowling like a man who commutes three hours a day. Season can't come soon enough.",
          "Personal hobby post."),
        P("positive", "7.14 from Brackenfield Parkway cancelled again, so I've done my casework emails stood on platform 2 and I'll be late for my own job. Happy anniversary to my wife Meera, who I'll see at about 9pm.",
          "Mixes casework with a family anniversary; names his wife, data protection allowed.",
          allowed=[DP]),
        P("filler", "Thank you, Grange tenants: 140 responses to the repairs survey. Damp and mould came top by a mile. Report to housing scrutiny next month.",
          "Council business."),
    ]),
    A("@TinaWraggMayor", "facebook", MIXED, "positive", [
        P("filler", "This year's Mayor's Charity Appeal supports the Fenmouth lifeboat and the estuary hospice. Thank you to the Pier Hill traders who raised £2,300 at the winter fair.",
          "Civic business."),
        P("positive", "Grandkids down for half term, so it's the front, the arcades and far too many doughnuts. Lily won a ridiculous pink bear on the grabber. Grandma spent £8 getting it.",
          "The Mayor's account; names a grandchild, data protection allowed.",
          allowed=[DP]),
        P("filler", "Honoured to lay the wreath at the Wrayhithe merchant navy memorial this morning with the Seafarers' Mission.",
          "Civic business."),
        P("positive", "Pickle the dachshund has had her spa day and now refuses to walk on wet sand. Diva. 🐾",
          "Pet post on the Mayor's account."),
        P("filler", "Civic service at St Clement's, Pier Hill, Sunday at 11. All welcome, no tickets needed.",
          "Civic business."),
        P("positive", "Mum's 90 today! Afternoon tea at the Esplanade Hotel with all her sisters, four of them over 85. Where do they get it from? Not the estuary air.",
          "Gives a mother's age; data protection allowed.",
          allowed=[DP]),
    ]),
    A("@StuGedgeRUK", "x", MIXED, "positive", [
        P("positive", "Sunday league: Brackenfield Rovers 3, Pelham Heath Athletic 2. Scored the winner at 47 years of age, off my shin. Don't care. Pint's on me at the Anchor.",
          "Personal football post; mentions a pint, so haste is allowed.",
          allowed=[HASTE]),
        P("filler", "Brackenfield potholes: 61 reported on the app since January, 38 fixed. Keep reporting, it's the only way they get on the list.",
          "Council business."),
        P("positive", "My boy's stag do this weekend. Three days, fourteen lads, one ferry. Pray for me.",
          "Family post; son not named."),
        P("filler", "Brackenfield Parkway station users' group: ticket office hours going down, not up. We're writing to the operator together, all parties.",
          "Council business."),
        P("positive", "Fenmouth United away on Saturday. Four hours on a coach for a 0-0. Mudlarks till I die, unfortunately.",
          "Personal football post."),
        P("filler", "Thanks to the street lighting team who sorted Hazel Close in two days. Credit where it's due, lads.",
          "Council business."),
    ]),
    A("@OluBankoleGreen", "bluesky", MIXED, "positive", [
        P("filler", "Stoneholt Creek water quality results: two amber readings after the storm overflow in January. I've written to the water company for the spill logs.",
          "Council business."),
        P("positive", "Twelve-hour shift at the port terminal done, then straight into the Stoneholt residents' meeting in my hi-vis. Apologies to all for smelling of diesel.",
          "Mixes his own job with council work; a long shift (tiredness) allows haste.",
          allowed=[HASTE]),
        P("filler", "Cockle shed owners: the new waste contract means food waste collections at the sheds from March. Tell me if your unit's been missed.",
          "Council business."),
        P("positive", "Paddleboard out from the Strand Hard at high water this morning. Seals on the sandbank, glassy water, not another soul. Heaven.",
          "Personal hobby post."),
        P("positive", "Happy birthday to my partner Sam, who has listened to more council gossip than any human should. Dinner's on me, babe.",
          "Names a partner; data protection allowed.",
          allowed=[DP]),
        P("filler", "Old Town community garden: raised beds built, compost in, seeds ordered. Volunteers Saturdays 10 till 12.",
          "Council and community business."),
    ]),

    # ------------------------------------------------------------------
    # capacity.mixed-account: hard negatives on council accounts
    # ------------------------------------------------------------------
    A("@MichelleDunnCon", "facebook", MIXED, "hard_negative", [
        P("hard_negative", "As a mum of three myself, I know how hard the Easter holidays are on the purse. Our free holiday clubs are back at six sites across the borough, with a hot lunch every day. Booking on the council website.",
          "A personal aside serving a council message."),
        P("hard_negative", "'Me nan waited eighteen months for her adaptations, hun, don't let them do it to my mum.' A Seafront resident said that to me at surgery. Our new occupational therapy team starts in April to cut that wait.",
          "Quotes a resident; no personal content of the councillor."),
        P("hard_negative", "Our nans' generation rebuilt this seafront after the '53 flood. Now we're asking families to help shape the next fifty years of it. Consultation open till 27 March.",
          "Communal history in a consultation notice."),
        P("hard_negative", "Parents, the deadline for reception school places is coming up. If the form's doing your head in, the family hubs will sit down and help you fill it in.",
          "Council message to parents."),
        P("hard_negative", "Family hubs are for dads and grandads too! Saturday Dads' Den at the Pelham Heath hub, 10 till 12, bacon rolls provided.",
          "Council service notice."),
        P("hard_negative", "Young carers do extraordinary things. Last week a twelve-year-old told me she does her mum's tablets before school every day. Our young carers' service can help; referrals through any school.",
          "Unnamed child in a service message; no personal content of the councillor."),
    ]),
    A("@AdeOgunleyeLab", "x", MIXED, "hard_negative", [
        P("hard_negative", "As a dad myself I'll say it plainly: the Docks needs a secondary school place for every kid who lives in it. 87 children bussed to Brackenfield this year.",
          "Personal standpoint in a policy argument."),
        P("hard_negative", "Mothering Sunday lunch at the Seafarers' Mission for older residents living alone. Volunteers drove 34 people. One gent told me it was his first roast since his wife passed.",
          "Community event report."),
        P("hard_negative", "Our grandads worked these docks when it was cranes and muscle. The new terminal jobs should go to Wrayhithe kids first. That's what the local labour clause is for.",
          "Communal history in a policy point."),
        P("hard_negative", "Dock Road allotments open day: mums, dads, grandparents, kids, everyone welcome. Free seeds for the first 50.",
          "Community notice."),
        P("hard_negative", "'My son's been waiting since September for his EHCP assessment and he's nine.' If this is you, you're not alone. I've raised the backlog at scrutiny and I'll keep raising it.",
          "Quotes an unnamed resident; casework."),
    ]),

    # ------------------------------------------------------------------
    # capacity.mixed-account: hard negatives, separate personal accounts
    # ------------------------------------------------------------------
    A("@janet_walks_the_front", "facebook", MIXED, "hard_negative", [
        P("hard_negative", "Early walk with Monty along the front. Tide right out, mud shining, one heron and about a thousand oystercatchers. Best bit of the day.",
          "Personal account, personal content."),
        P("hard_negative", "Grandkids' verdict on my shepherd's pie: 'Nanny, it's a bit beige.' Charming.",
          "Personal account; grandchildren unnamed."),
        P("hard_negative", "The sea swim club's New Year dip photos have finally arrived. I look like a boiled lobster in a bobble hat.",
          "Personal account, hobby."),
        P("hard_negative", "My son's 40 today, gawd help me. He'll moan if I post a picture of him, so here's his cake instead. 🎂",
          "Personal account; family unnamed."),
        P("hard_negative", "Book club chose a 700-page Russian novel. I'm 40 pages in and the dog's eaten one of them.",
          "Personal account, hobby."),
    ], account="personal"),
    A("@rog_fishes_the_pier", "bluesky", MIXED, "hard_negative", [
        P("hard_negative", "Evening session off the end of the pier: two whiting and a dab. The flask of soup was the highlight.",
          "Personal account, hobby."),
        P("hard_negative", "New beachcaster arrived. The wife says it's the fourth 'last rod' I've bought.",
          "Personal account; wife unnamed."),
        P("hard_negative", "Cod's been poor this winter. The lads at the tackle shop on the Broadway, top geezers, reckon the water's too warm.",
          "Personal account, hobby."),
        P("hard_negative", "Grandson's first fish! A pouting the size of a matchbox. He was made up.",
          "Personal account; grandson unnamed."),
        P("hard_negative", "Fog so thick on the pier this morning I couldn't see my own float. Packed up and had a bacon sandwich instead. No regrets.",
          "Personal account, hobby."),
    ], account="personal"),

    # ------------------------------------------------------------------
    # moderation.third-party-comments: positive accounts (facebook pages)
    # ------------------------------------------------------------------
    A("@SharonPetcheyPH", "facebook", MOD, "positive", [
        P("filler", "Pier Hill night-time economy meeting tonight with the police, door staff and the licensees. Main worry is the taxi rank at kicking-out time. What would you change?",
          "Owner's post."),
        C("positive", "Shane Budd", "Shut the kebab shop on Marine Parade for a start. The Turkish bloke that runs it is a dirty foreigner and his meat's rank, everyone knows it.",
          "Racist and defamatory comment left up.",
          allowed=[EQ, DEF, AB]),
        C("hard_negative", "Lorraine Gubb", "More marshals at the rank on Friday and Saturday would help. It's carnage after 2am.",
          "Civil comment."),
        C("hard_negative", None, "Lorraine, agreed. That's top of my list for the licensees.",
          "Owner replies to a civil commenter and leaves the abusive comment up."),
        P("filler", "Final total from the Pier Hill lights switch-on: £4,100 for the hospice. Thank you all.",
          "Owner's post."),
        C("positive", "Mandy Cutts", "Sharon Petchey's a fat lazy cow who's never done a day's graft in her life, innit.",
          "Abusive comment about the page owner left up.",
          allowed=[PA, AB, EQ]),
        C("positive", "Dale Scrivener", "That Inspector Bhatti wants a slap. His lot are useless and half of them are bent.",
          "Threat and corruption allegation against a named police inspector left up.",
          allowed=[BUL, DEF, PA]),
        C("hard_negative", "Pat Eldridge", "Lovely evening, the kids loved it. Thank you to the volunteers.",
          "Civil comment."),
    ]),
    A("@VicAmbroseMIRA", "facebook", MOD, "positive", [
        P("filler", "Consultation on the proposed transit site on Mardle Island closes Friday. Please respond properly, with reasons. I'll be at the island library on Thursday to help anyone with the form.",
          "Owner's post."),
        C("positive", "Gary Tillett", "Pikeys out. We don't want them thieving scum on this island. Burn the lot out if the council won't.",
          "Anti-Traveller abuse and incitement left up.",
          allowed=[EQ, BUL, AB]),
        C("hard_negative", "Carol Meakin", "I've sent my response in. My worry is the access road and the flood zone, not who uses it. Will the drainage report be published?",
          "Civil objection on planning grounds."),
        C("hard_negative", None, "Carol, yes, the drainage report goes up with the committee papers. I'll post the link.",
          "Owner reply; the abusive comment above stays up."),
        P("filler", "Island health centre: two extra GP sessions a week from March after six months of pushing. Small win, but a win.",
          "Owner's post."),
        C("positive", "Jason Pannell", "About time. Mind you that receptionist Debbie is a nasty bit of work, lives at 12 Kings Avenue, someone should go round and tell her what we think of her.",
          "Names a private employee with her address and invites people round; left up.",
          allowed=[DP, BUL, PA]),
        C("positive", "Kerry Oakes", "The practice manager's on the fiddle with the NHS money, everybody on the island knows it.",
          "Allegation of fraud against an identifiable person left up.",
          allowed=[DEF]),
        C("hard_negative", "Ron Blyth", "Good work Vic. Now can we have a chemist open past 5?",
          "Civil comment."),
    ]),
    A("@HannahOkoroLab", "facebook", MOD, "positive", [
        P("filler", "Community iftar at Pelham Heath community centre on the 6th. Everyone welcome, whatever your faith or none. Bring a dish if you can, bring yourself if you can't.",
          "Owner's post."),
        C("positive", "Steve Rudd", "Not in my country. Go and do your praying back where you came from, this is a Christian estate.",
          "Religious and racial abuse left up.",
          allowed=[EQ, AB]),
        C("hard_negative", "Jan Whitbread", "Went last year and the food was unreal. Count me and my husband in, I'll bring a trifle. Essex fusion.",
          "Civil comment."),
        C("hard_negative", "Bilal Ahmed", "Thank you Hannah and everyone who helped last year. My mum still talks about it.",
          "Civil comment."),
        P("filler", "Ward update: the damp survey of the Heath Lane flats is done. The landlord has 28 days to come back with a plan. I'll chase.",
          "Owner's post."),
        C("positive", "Darren Oakley", "Hannah Okoro you useless f***ing waste of oxygen, do one.",
          "Obscene personal abuse of the page owner left up.",
          allowed=[PA, AB]),
        C("positive", "Tanya Ellis", "Flat 4, 19 Heath Lane, that's the one with the druggie on methadone. Her kids are feral, social services want to take them off her.",
          "Address, health and children of a private person; left up.",
          allowed=[DP, PA]),
        C("hard_negative", "Lisa Marwood", "Heath Lane tenant here. Damp's been in our bedroom since October. Thank you for chasing it.",
          "Civil comment."),
    ]),
    A("@GlenHarbottleInd", "facebook", MOD, "positive", [
        P("filler", "Sallowfleet solar farm application: I'm not on planning, so I can say this much. Read the documents, comment on the portal, and come to the drop-in at the village hall on the 12th.",
          "Owner's post."),
        C("positive", "Trevor Lusk", "The farmer selling the land, Mick Brayford at Marsh End Farm, owes half the village money and he's been done for fly-tipping twice. Crook.",
          "Names a private person, alleges a criminal record and dishonesty; left up.",
          allowed=[DP, DEF]),
        C("hard_negative", "Alison Pye", "Useless lot, the whole council. Nobody listens till it's built.",
          "Rude about the council as a body; acceptable."),
        C("hard_negative", None, "Alison, fair point about being heard. The drop-in is exactly how it gets on the record.",
          "Owner reply; the comment naming the farmer stays up."),
        P("filler", "Marsh lane gritting: I've asked for Sallowfleet Hill to go on the priority route after last week's crashes.",
          "Owner's post."),
        C("positive", "Wes Gaskin", "Colin Ridgewell in highways is as thick as estuary mud and twice as useful. Sack him.",
          "Personal abuse of a named officer left up.",
          allowed=[PA, OFF]),
        C("positive", "Stacey Marr", "Colin Ridgewell's own mobile is 07700 900274. Everyone ring him at teatime and tell him what you think of him.",
          "An officer's private mobile number with a call to pester him; left up.",
          allowed=[DP, SEC, BUL, OFF]),
        C("hard_negative", "Mick Paveley", "Cheers Glen. Two cars in the ditch by the church this week alone.",
          "Civil comment."),
    ]),
    A("@JackieNunnEastcliff", "facebook", MOD, "positive", [
        P("filler", "Eastcliff Gardens bandstand restoration: the heritage grant bid went in today. Fingers crossed for June.",
          "Owner's post."),
        C("positive", "Kev Lowther", "Waste of money. Meanwhile the p*ki shop on Cliff Parade sells booze to kids.",
          "Racist slur and an allegation against an identifiable shop; left up.",
          allowed=[EQ, DEF, AB]),
        C("hard_negative", "Sue Farrant", "Lovely. My grandad played in the band there in the sixties.",
          "Civil comment."),
        P("filler", "Sad news about the cliff fall by the zigzag path. Nobody hurt. The path is closed until the engineers have been.",
          "Owner's post."),
        C("positive", "Lee Brannan", "Jackie Nunn you absolute slag, you shut that path to please your posh mates on Cliff Road.",
          "Sexualised abuse of the page owner left up.",
          allowed=[PA, AB, EQ]),
        C("positive", "Gavin Hurrell", "That contractor Cliffsafe Ltd are cowboys who faked the last survey. I've seen it.",
          "Allegation of fraud against a named company left up.",
          allowed=[DEF]),
        C("hard_negative", None, "For everyone asking, the engineers' report will be public. I'll share it as soon as it lands.",
          "Owner reply that leaves the abusive comments up."),
    ]),
    A("@MoSiddiquiLD", "facebook", MOD, "positive", [
        P("filler", "Planning has started for Old Town Pride on the green this summer. First volunteers' meeting at the Bawley Inn, Tuesday 7pm.",
          "Owner's post."),
        C("positive", "Ricky Doran", "Keep your filthy p**fs away from the kids' playground. Disgusting.",
          "Homophobic abuse left up.",
          allowed=[EQ, AB]),
        C("hard_negative", "Jade Cossey", "Proper queer Essex girl reporting for duty 🏳️\u200d🌈 Grew up in the Old Town and never thought I'd see this. I'll be there Tuesday.",
          "Reclaimed term used of herself."),
        C("hard_negative", None, "Jade, brilliant, see you Tuesday.",
          "Owner reply; the homophobic comment stays up."),
        P("filler", "Update on the Old Town pub licence review: the committee meets on the 19th. I can't comment on the merits, but I can explain the process if anyone's unsure.",
          "Owner's post."),
        C("positive", "Frankie Bass", "The landlord of the Ship, Craig Maitland, is a wife-beater. Ask anyone on Strand Street.",
          "Criminal allegation about a named private person left up.",
          allowed=[DEF, DP]),
        C("positive", "Nadine Crisp", "Mo Siddiqui you spineless little rat. Should be chucked off the end of the pier with the rest of your council mates.",
          "Abuse of the page owner with figurative violence left up.",
          allowed=[PA, BUL]),
        C("hard_negative", "Bernie Watts", "Thanks Mo. So residents can speak at the hearing? How do we register?",
          "Civil comment."),
    ]),

    # ------------------------------------------------------------------
    # moderation.third-party-comments: hard-negative accounts
    # ------------------------------------------------------------------
    A("@DennisPrenticeCon", "facebook", MOD, "hard_negative", [
        P("hard_negative", "Brackenfield Parkway parking charges go up from April. I argued against it in group and lost. Here's what the money's for, and where I think it's wrong.",
          "Owner's post."),
        C("hard_negative", "Barry Kemp", "Council can do one with this. Robbing commuters blind again.",
          "Rude about the council and the policy; acceptable."),
        C("hard_negative", "Nat Loveday", "Only a mug pays to park there. I walk it, and I'm 71.",
          "Banter."),
        C("hard_negative", None, "Barry, I hear you. I've asked for a residents' season ticket discount.",
          "Owner reply."),
        P("hard_negative", "I removed a comment from this page last night that named a family on Rowan Way and their children. Please don't do that here. Criticise me and the council as much as you like.",
          "Removal notice."),
        C("hard_negative", "Donna Pryke", "Fair enough Dennis. Most of us reckon you lot are all as bad as each other, mind.",
          "Rude but acceptable."),
        C("hard_negative", "Keith Loomes", "Bang out of order that post was. Good on you for taking it down.",
          "Supports the removal."),
    ]),
    A("@AmyTolhurstGreen", "facebook", MOD, "hard_negative", [
        P("hard_negative", "Seafront bins: new big solar compactor bins on the Esplanade from this week. Seagulls, you've been warned.",
          "Owner's post."),
        C("hard_negative", "Phil Gosling", "Green councillor gets some bins put in. Stop the press. 🙄",
          "Sarcastic but acceptable."),
        C("hard_negative", "Tracy Oldham", "The gulls round here would have the lid off a tank. Good luck Amy 😂",
          "Banter."),
        C("hard_negative", None, "Tracy darlin', I've seen one nick a whole saveloy off a pensioner. I know what we're up against.",
          "Owner reply."),
        P("hard_negative", "Cabinet backed the seafront cycle lane 5-3 tonight. I know it's divisive. My view: it'll make the front safer for kids.",
          "Owner's post."),
        C("hard_negative", "Ian Chaplin", "Worst idea this council's had in years. Cycle lanes on the front in a gale? Mad, innit. Vote the lot of them out in May.",
          "Robust criticism of a decision; acceptable."),
        C("hard_negative", "Karen Abbs", "Cheers Amy, my two cycle to school along there. Finally.",
          "Civil comment."),
    ]),
]


def weekdays():
    days, d = [], START
    while len(days) < N_DAYS:
        if d.weekday() < 5:
            days.append(d)
        d += dt.timedelta(days=1)
    return days


def stamp(day, minute):
    t = dt.datetime(day.year, day.month, day.day, minute // 60, minute % 60,
                    tzinfo=dt.timezone.utc)
    return t.isoformat()


def verdict(rules):
    v = "ok"
    for r in rules:
        if ORDER.index(SEVERITY[r]) > ORDER.index(v):
            v = SEVERITY[r]
    return v


def render():
    rng = random.Random(SEED)
    days = weekdays()
    rows = []
    for acc in ACCOUNTS:
        # group each post with the comments that follow it
        groups = []
        for r in acc["rows"]:
            if r["kind"] == "post":
                groups.append([r])
            else:
                groups[-1].append(r)
        n = len(groups)
        bounds = [round(i * N_DAYS / n) for i in range(n + 1)]
        for gi, group in enumerate(groups):
            day = days[rng.randrange(bounds[gi], bounds[gi + 1])]
            k = len(group) - 1
            latest = 18 * 60 + 59 - 55 * k
            minute = rng.randint(8 * 60, latest)
            post_key = None
            for r in group:
                if r["kind"] == "comment":
                    minute += rng.randint(4, 55)
                pattern, role = acc["pattern"], acc["role"]
                exp_rules = list(r["rules"])
                allowed = list(r["allowed"])
                if r["row"] == "positive":
                    exp_rules = [pattern] + exp_rules
                    family = pattern
                elif r["row"] == "filler":
                    allowed = [pattern] if role == "positive" else []
                    family = pattern
                else:
                    family = "hard_negative"
                row = {
                    "id": None,
                    "text": r["text"],
                    "author": acc["handle"],
                    "created_at": stamp(day, minute),
                    "platform": acc["platform"],
                    "account": acc["account"],
                    "kind": r["kind"],
                }
                if r["kind"] == "comment":
                    row["comment_by"] = r["by"] or acc["handle"]
                    row["parent_id"] = post_key
                row.update({
                    "expect": {"rules": exp_rules, "allowed": allowed,
                               "verdict": verdict(exp_rules)},
                    "family": family,
                    "account_pattern": pattern,
                    "account_role": role,
                    "kind_of_row": r["row"],
                    "note": r["note"],
                })
                key = len(rows)
                if r["kind"] == "post":
                    post_key = key
                row["_key"] = key
                rows.append(row)
    rng.shuffle(rows)
    ids = {}
    for i, row in enumerate(rows, 1):
        row["id"] = f"{PREFIX}-{i:04d}"
        ids[row["_key"]] = row["id"]
    lines = []
    for row in rows:
        if row["kind"] == "comment":
            row["parent_id"] = ids[row["parent_id"]]
        del row["_key"]
        lines.append(json.dumps(row, ensure_ascii=False))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT.name}")
