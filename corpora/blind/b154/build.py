#!/usr/bin/env python3
"""Build the blind set b154 (account-level rules) at Ravensby and Coldwell Moor.

Every text below was written by hand for this set. The script only picks
days and times (fixed seed), shuffles, assigns ids B154-NNNN, resolves the
parent ids of comments, works out each verdict and writes accounts.jsonl.

Usage: python3 build.py [OUTPUT]   (default: accounts.jsonl next to this file)
Standard library only; running it twice gives the same bytes.
"""
import datetime as dt
import json
import os
import random
import sys

SET = "B154"
SEED = 15454

HR = "harassment.repeated-target"
MO = "moderation.third-party-comments"
MX = "capacity.mixed-account"

# Base severities from the rule catalogue (the lower one where a rule is
# "review; block when severe"); the verdict is the highest expected.
SEVERITY = {
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
    "association.endorsed-content": "advice",
    HR: "block",
    MO: "review",
    MX: "advice",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

# Short names for rules used in the rows.
PA = "respect.personal-attack"
AB = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
OF = "officers.impartiality"
DP = "data-protection.personal-data"
DF = "defamation.allegation"
IR = "tone.irony-risk"
HA = "haste.pause-before-posting"
SC = "security.credentials"

ACCOUNTS = []


class Account:
    def __init__(self, handle, platform, pattern, role, account="councillor"):
        self.handle = handle
        self.platform = platform
        self.pattern = pattern
        self.role = role
        self.account = account
        self.rows = []
        ACCOUNTS.append(self)

    def _row(self, kor, kind, text, rules, allowed, note, by=None):
        rules = list(rules)
        allowed = list(allowed)
        if kor == "positive":
            rules = [self.pattern] + rules
        elif kor == "filler":
            assert not rules and not allowed, text
            allowed = [self.pattern] if self.role == "positive" else []
            note = note or ("ordinary post in a positive account; the account rule may be raised over it"
                            if self.role == "positive" else "ordinary post; nothing expected")
        row = {
            "kor": kor, "kind": kind, "text": text,
            "rules": rules, "allowed": allowed, "note": note, "by": by,
        }
        self.rows.append(row)
        return row

    def post(self, kor, text, rules=(), allowed=(), note="", kind="post"):
        return self._row(kor, kind, text, rules, allowed, note)

    def reply(self, kor, text, rules=(), allowed=(), note=""):
        return self._row(kor, "reply", text, rules, allowed, note)

    def comment(self, kor, by, text, rules=(), allowed=(), note=""):
        """A comment under the owner's latest post; by = commenter (or the owner's handle)."""
        return self._row(kor, "comment", text, rules, allowed, note, by=by)

    def own(self, text, note=""):
        """The page owner's reply under their own post (always a hard negative)."""
        return self._row("hard_negative", "comment", text, (), (), note or "the page owner's own civil reply",
                         by=self.handle)


# ---------------------------------------------------------------------------
# harassment.repeated-target: positive accounts (hostile posts at one person,
# two to five occasions, among ordinary ward posts). Rows stay in written
# order, so escalation reads forward in time.
# ---------------------------------------------------------------------------

# Lee Hindmarsh (Reform UK, Cokeside) -> Carol Ashworth, Leader of the Council.
a = Account("@LeeHindmarshRUK", "x", HR, "positive")
a.post("filler", "Cokeside Road potholes reported AGAIN. Third time since August. Reference numbers in my DMs if highways want them. Residents deserve better than patching with cold tarmac and hope.")
a.post("positive", "Queen Carol of Furnace Row has spoken. Apparently the rest of us should 'get behind the vision'. Only vision she's got is the view out of her cabinet office window. 👑",
       allowed=[PA, IR], note="first hostile occasion: mockery of the Leader as 'Queen Carol'; personal attack and irony allowed, not expected")
a.post("filler", "Good turnout at the Cokeside Residents' Association last night. Three things came up over and over: bins, the 81 being cut to hourly, and the state of the old coke works site. I'll be raising all three.")
a.reply("positive", "@CarolAshworthLab Lovely speech tonight Carol, really moving. Shame hardly a word of it was true. You must be shattered carrying the whole borough on your back 🙄",
        rules=[IR], allowed=[PA, DF], note="second occasion, an x reply to the target: mock praise expected as irony; 'hardly a word of it was true' allows defamation")
a.post("positive", "Carol Ashworth is a clueless, gobby has-been who couldn't run a bath, never mind a borough. Furnace Row deserves better than that woman.",
       rules=[PA], note="third occasion: plain insult of the Leader")
a.post("filler", "Reform will put a motion to full council on the Stainholme bus cuts. If Labour want to vote it down they can explain why to the pensioners stood at the stop in the rain.")
a.post("positive", "Carol, you've blocked me. Fine. I know you do the early swim at Cokeside baths on a Tuesday before cabinet. Maybe we'll have our chat there instead. Nowhere to run in the shallow end 😉",
       rules=[BU], note="fourth occasion: pursues her after being blocked and names her routine; intimidation expected")

# Trevor Bulmer (Conservative, Gisby Moor) -> Daniel Pryce, Cabinet Member for
# Culture and Leisure; coded, then open, remarks about his sexuality.
a = Account("@TrevBulmerCon", "facebook", HR, "positive")
a.post("filler", "Gisby Moor gritting: I've asked for the top road past the cattle grid to go back on the priority list. Last winter the school bus couldn't get up three mornings running.")
a.post("positive", "Cllr Pryce has decided the Kildholme summer fair needs a 'Pride picnic' on the green. Nobody up here asked for it. Some of us remember when councillors kept their private lives to themselves.",
       allowed=[EQ, PA], note="first occasion: aimed at the man rather than the event ('kept their private lives to themselves'); equality and personal attack allowed")
a.post("filler", "Thank you to the Gisby Moor WI for Saturday's coffee morning, £412 raised for the fell rescue team. Cracking scones as ever, ladies.")
a.post("positive", "Daniel Pryce found £18k of the leisure budget for 'inclusive' signage while the Gisby Moor tennis courts rot. He's a vain, preening little show pony and everyone in that chamber knows it.",
       rules=[PA], allowed=[EQ], note="second occasion: 'vain, preening little show pony' is a personal attack; coded enough that equality is allowed")
a.post("filler", "Budget consultation closes at the end of the month. If you live up the tops and you're fed up paying town prices for a bin that comes once a fortnight, tell them: https://consult.example.org/ravensby-budget")
a.post("positive", "Pryce and his 'husband' can go and play happy families down in Cokeside. Leave our village green for normal families. His sort have no business anywhere near the children's play budget.",
       rules=[PA, EQ], note="third occasion: open attack on his marriage and sexual orientation")

# Sharon Dowling (Independent, Saltby Marsh) -> Graham Ridsdale, Director of
# Environment and Regulatory Services (an officer).
a = Account("@SharonDowlingInd", "facebook", HR, "positive")
a.post("filler", "Flood wardens meeting Thursday, Saltby Marsh chapel hall, 7pm. Sandbags are stacked at the back of the Ship Inn car park for anyone on the low side of Marsh Lane.")
a.post("positive", "Graham Ridsdale, our so-called Director of Environment, says the Works noise readings are 'within tolerance'. Within tolerance for who, Graham? You don't sleep under the flare stack. Bone idle, and his whole department's in Marsh Polymers' pocket.",
       rules=[OF, PA], allowed=[DF], note="first occasion at an officer: criticises his advice by name ('bone idle'); 'in Marsh Polymers' pocket' allows defamation")
a.post("filler", "Another flare off the Works at 3am. I've logged it with the Environment Agency and asked Marsh Polymers for the incident report. If it woke you, tell me, the more reports the better.")
a.post("positive", "Asked Ridsdale a straight question at scrutiny and got waffle. Again. A man who's never had a clarty boot in his life lecturing the Marsh about the sea wall. He wants to rewrite that report before cabinet sees it, or I'll make sure the whole Marsh knows whose name is on it.",
       rules=[OF], allowed=[PA, BU], note="second occasion: presses the officer to change his report; the exposure line allows intimidation")
a.post("filler", "Seals are back on the sandbank off the Marsh end. Please keep dogs on leads along the estuary path, the pups are tiny.")
a.post("positive", "Graham, six weeks you've ignored my emails. Funny how quick you are out of the Ironmasters' Hall car park at five o'clock. Silver Skoda, isn't it? Folk on the Marsh know it as well now. Might be worth answering me.",
       rules=[OF, BU], note="third occasion: his car and leaving time 'known' on the Marsh; intimidation expected")

# Craig Lofthouse (Labour, Brackenhill) -> Rebecca Thwaite, Leader of the
# Conservative Group. The harasser is from the ruling group.
a = Account("@CraigLofthouseLab", "x", HR, "positive")
a.post("filler", "Brackenhill Community Centre's new roof is ON. Two years of chasing. Massive thanks to the volunteers who kept the place open with buckets under the leaks 🙌")
a.post("positive", "Becky Thwaite tells Brackenhill to 'tighten our belts'. This from a woman whose belt has a pony club buckle on it. Lady of the Manor of Hollins Nab, never done a day's graft in her life. #RavensbyBudget",
       allowed=[PA], note="first occasion: class mockery ('Lady of the Manor'); personal attack allowed")
a.post("filler", "Tory amendment: cut the youth service, protect the golf club grant. Tells you all you need to know about their priorities. Labour's budget goes the other way.")
a.reply("positive", "@BeckyThwaiteCon Wow. What a brave stand, voting against free breakfasts for kids. Truly a hero of our time. Slow hand clap from Brackenhill 👏👏👏",
        rules=[IR], allowed=[PA], note="second occasion, x reply to the target: mock praise")
a.post("filler", "Free school uniform swap at Brackenhill Primary Saturday 10-12. Bring what they've grown out of, take what fits. No questions asked.")
a.post("positive", "Rebecca Thwaite is a heartless, sneering snob and a disgrace to that chamber. Every time she opens her mouth another food bank gets busier.",
       rules=[PA], note="third occasion: plain insult")

# Norman Pickersgill (Independent, Beckthwaite) -> Ellie Maddison (Green,
# Stainholme North), the youngest member: age and sex put-downs, then menace.
a = Account("@CllrNormanP", "facebook", HR, "positive")
a.post("filler", "Beckthwaite beck is over the ford again. Road shut from the chapel to Low Farm. Highways know. Go round by Hollins Nab, it's longer but you'll not drown the car.")
a.post("positive", "The young lass from Stainholme North lectured full council on 'climate justice' last night. Ellie, pet, some of us were fighting for this borough before you were born. Go and finish your degree.",
       allowed=[PA, EQ], note="first occasion: patronising age and sex put-down ('young lass', 'pet'); personal attack and equality allowed")
a.post("filler", "Forty-one years on parish and borough councils and I have never seen the buses this bad. The 81 to Kildholme is a rumour, not a timetable.")
a.post("positive", "Miss Maddison's motion was half-baked and badly written. What do you expect when you put a bairn in a council seat? Her mam should have kept her at home.",
       rules=[PA], allowed=[EQ], note="second occasion: belittling ('a bairn in a council seat'); equality (age) allowed")
a.post("positive", "Ellie Maddison is a silly little girl playing at politics and the Greens should be ashamed of putting her up. She's an embarrassment to Stainholme.",
       rules=[PA], allowed=[EQ], note="third occasion: 'silly little girl'; equality (sex, age) allowed")
a.post("filler", "Remembrance at Beckthwaite cenotaph was well attended. Thank you to the Scouts, the Legion, and whoever brought the flask of soup for the standard bearers.")
a.post("positive", "Ellie, I've had a word with a few folk who know where you're lodging in Stainholme. You'd do well to wind your neck in before the next meeting, young lady. Just saying.",
       rules=[BU], allowed=[EQ], note="fourth occasion: her lodging 'known', 'wind your neck in'; intimidation expected")

# Anita Rowntree (Liberal Democrat, Kildholme) -> Declan Furness, Deputy
# Leader and Cabinet Member for Finance.
a = Account("@AnitaRowntreeLD", "bluesky", HR, "positive")
a.post("filler", "Kildholme market cross lights: switch-on is Friday the 27th from 5pm. Stalls, the silver band and the Rotary's mulled wine. Come down and wrap up.")
a.post("positive", "Declan Furness stood up at cabinet and called the library cuts 'regrettable but necessary'. Regrettable for who, Declan? Not for a man drawing two pensions. Spineless.",
       rules=[PA], note="first occasion: 'Spineless' aimed at the Deputy Leader")
a.post("filler", "Lib Dem budget amendment: keep Kildholme library open five days a week, paid for by ending the consultancy contract on the Docks masterplan. Costed line by line here: https://ravensbylibdems.example.org/budget")
a.post("positive", "Our Deputy Leader, ladies and gentlemen. Can't read a spreadsheet, can't answer a straight question, can't look folk in the eye at Kildholme market. Our very own empty suit.",
       rules=[PA], allowed=[IR], note="second occasion: belittling; the mock introduction allows irony")
a.post("filler", "Really pleased the 20mph zone outside Kildholme Primary has finally been signed off. That was the parents' petition, not me. Well done all.")
a.post("positive", "I'll say it plainly. Declan Furness has been fiddling his mileage claims for two years and the finance team covered for him. He lied to full council about it. He should resign today.",
       rules=[DF], allowed=[PA, OF], note="third occasion: allegation of fraud and lying stated as fact; the unnamed finance team allows officers.impartiality")

# Jason Keld (Reform UK, Ravensby Docks) -> Amira Haddad, Cabinet Member for
# Housing. Exactly two hostile posts, among five ordinary ones.
a = Account("@JasonKeldRUK", "x", HR, "positive")
a.post("filler", "Ravensby Docks surgery Saturday 10-12 at the Seamen's Mission. Bring your repairs problems. I'm keeping a list of every landlord and housing association ignoring damp.")
a.post("filler", "The Swing Bridge has been shut six weeks for 'inspection' and it's costing the Docks businesses a fortune. I've asked for the reopening date in writing.")
a.post("positive", "The Housing portfolio holder, Amira Haddad, wants ANOTHER review of the Docks flats. She's useless. Completely useless. Not fit to run a parmo van, never mind housing in this town.",
       rules=[PA], note="first of exactly two occasions")
a.post("filler", "Reform's position is simple. Council tax shouldn't go up while the masterplan consultants are on £900 a day. We'll vote against the rise.")
a.post("filler", "Smoggies don't need a lecture about hard times off anybody. We've had forty years of them. What we need is the basics done right: bins, roads, repairs.")
a.post("positive", "Amira Haddad's face when the Anchor Court residents asked her about the damp. Priceless 😂 Well done Amira, another triumph. Keep reviewing, love, it's what you're best at.",
       rules=[IR], allowed=[PA], note="second occasion: mock praise ('another triumph', 'love')")
a.post("filler", "Cheers to Ravensby Amateurs for having me at their presentation night. Grassroots football keeps half the lads on the Docks busy of a weekend.")

# Paula Gaskin (Green, Hollins Nab) -> Stuart Bainbridge (Conservative, Ormby
# Bank, former Leader). Five hostile posts, the most the set allows.
a = Account("@PaulaGaskinGreen", "bluesky", HR, "positive")
a.post("filler", "Curlew count on Gisby Moor this spring was the best in a decade, says the Edge Moorland Trust. That's what the wardening scheme buys. Keep funding it.")
a.post("positive", "Stuart Bainbridge says climate policy is 'a luxury for townies'. Stuart, the only luxury round here is your third Range Rover. Dinosaur. 🦕",
       allowed=[PA], note="first occasion: 'Dinosaur' jibe; personal attack allowed")
a.post("positive", "Watching Bainbridge at scrutiny is like watching a bull try to work a laptop. Gutless, clueless, and a proper radgie the minute he doesn't get his way.",
       rules=[PA], note="second occasion")
a.post("filler", "New bus shelter at Hollins Nab, at last. Small things matter when you're 80 and waiting for the 81 in a hill fog.")
a.post("positive", "Oh look, Stuart's discovered nature! Photo op at the curlew reserve he voted to defund. Bravo Stuart, a true green hero 🌱🙄",
       rules=[IR], allowed=[PA], note="third occasion: mock praise")
a.post("positive", "I've said it before and I'll keep saying it: Stuart Bainbridge is a parasite in a Barbour jacket who has bled this borough dry for twenty years.",
       rules=[PA], note="fourth occasion")
a.post("positive", "Stuart, I know which plot is yours at Ormby Bank allotments. Lovely leeks this year. Be a shame if owt happened to them before the show. Think on before your next speech.",
       rules=[BU], note="fifth occasion: veiled threat to his allotment; intimidation expected")

# ---------------------------------------------------------------------------
# harassment.repeated-target: hard-negative accounts.
# ---------------------------------------------------------------------------

# Ian Wardle (Edge and Estuary Independents, Gisby Moor) names the same
# officer, Graham Ridsdale, often, and fairly.
a = Account("@IanWardleEEI", "facebook", HR, "hard_negative")
a.post("hard_negative", "Good session with Graham Ridsdale and the environmental health team about the fly-tipping on the moor road. Two new cameras going in at the Gisby top lay-by. Thanks to them for coming up on a filthy wet day.",
       note="names the officer in thanks; nothing allowed")
a.post("filler", "Gisby Moor snow plan: farmers with a tractor blade on the council's list, please ring the depot on 01632 960418 to say you're still available this winter.")
a.post("hard_negative", "Graham Ridsdale's report to cabinet on the Works noise monitoring is in the agenda pack, page 41. I don't agree with its conclusion that the night readings are acceptable, and I'll say so at cabinet. But it's a thorough bit of work and residents should read it.",
       allowed=[OF], note="disagrees in public with an officer's report by name, civilly; a careful tool could fairly raise officers.impartiality")
a.post("hard_negative", "Some folk on here are having a go at named officers over the flare stack. Please don't. Graham and his staff give advice; councillors take the decisions. If you're angry, be angry at us. They've done nowt wrong.",
       note="defends the officer against others' attacks; nothing allowed")
a.post("filler", "Gisby Moor village hall AGM on Wednesday. The hall needs two new trustees and somebody who understands the boiler.")
a.post("hard_negative", "Asked the Director of Environment, through the proper channels, for the raw noise data behind the Saltby Marsh readings. Graham's team say ten working days. I'll publish it here when it comes.",
       note="a request through proper channels; nothing allowed")
a.post("hard_negative", "Raw noise data is out: https://agendas.example.org/ravensby/works-noise. My reading: the night-time peaks are well above what the summary in Graham Ridsdale's report suggests. That's a question for cabinet to answer, not a dig at anyone.",
       allowed=[OF], note="questions the summary of an officer's report by name; officers.impartiality allowed")

# Shaun McNally (Labour, Ravensby Docks) criticises Rebecca Thwaite's policies
# four times, civilly; once approving, once against the sneering about her.
a = Account("@ShaunMcNallyLab", "x", HR, "hard_negative")
a.post("hard_negative", "Cllr Thwaite's amendment cuts the youth service by a third to protect the golf club grant. Wrong call for Ravensby and I'll vote against it. Her numbers add up; her priorities don't.",
       note="criticises the policy of a person targeted elsewhere; civil")
a.post("filler", "Ravensby Docks: the new crossing by the Seamen's Mission goes live Monday. Two years and 600 signatures. Well done everyone who signed.")
a.post("hard_negative", "Fair play to @BeckyThwaiteCon for backing the Swing Bridge motion. Cross-party on that one, and rightly so.",
       note="approving mention")
a.post("hard_negative", "Seen some of what's being said about Becky Thwaite online. 'Lady of the Manor', pony club jokes, all that. Pack it in. She's wrong on the budget and I'll say so every time, but I'll not join in the sneering.",
       note="counter-speech quoting the jibes to reject them")
a.post("filler", "Boro at home Saturday, so expect the usual on Docks Road. Parking restrictions round Anchor Court will be enforced, sorry.")
a.post("hard_negative", "Becky Thwaite says the Tories would 'protect frontline services'. Then why does their amendment shut two libraries? Happy to debate it at the Docks residents' meeting any night, Becky.",
       note="robust challenge and an invitation")

# Dorothy Kell (Conservative, Kildholme): one hostile post at Lee Hindmarsh,
# then two civil mentions of him.
a = Account("@DorothyKellCon", "facebook", HR, "hard_negative")
a.post("hard_negative", "Cllr Hindmarsh was a gobby radgie in the chamber again last night. Shouting over the Mayor, jabbing his finger at people. Grow up, man.",
       rules=[PA], note="a single hostile post: personal attack expected, one occasion is not a course of conduct")
a.post("filler", "Kildholme farmers' market is back on the first Saturday. Parking on the cattle market field, £1 to the air ambulance.")
a.post("hard_negative", "To be fair to Lee Hindmarsh, his point about the Stainholme bus cuts was right and I've told our group so. We'll support his motion.",
       note="civil mention of the same man")
a.post("filler", "Kildholme Town's new floodlights went on for the first time last night. Thanks to the sports grant and every volunteer who dug the cable trench in the clarts.")
a.post("hard_negative", "Cllr Hindmarsh and I don't agree on much, but we've written jointly to the bus company about the 81. Copy of the letter below.",
       note="civil mention")

# Mick Tennant (Independent, Saltby Marsh): two hostile posts at two
# different people, derby banter, and repeated robust criticism of a company.
a = Account("@MickTennantSaltby", "x", HR, "hard_negative")
a.post("hard_negative", "Trevor Bulmer's little rant about the Pride picnic was pathetic. Nasty, small-minded little man.",
       rules=[PA], note="single attack on Trevor Bulmer (himself a harasser in the set)")
a.post("filler", "Estuary path resurfaced from the slipway to the bird hide. Wheelchair and pram friendly at last.")
a.post("hard_negative", "Marsh Polymers: third unplanned flare this month, no warning to residents, no apology. This company treats Saltby Marsh like its back yard. The Environment Agency should throw the book at them.",
       note="robust criticism of a company's conduct; nothing allowed")
a.post("hard_negative", "Norman Pickersgill talking down to Ellie Maddison like she's his granddaughter. Norman, you're a patronising dinosaur and you should've retired in 1997.",
       rules=[PA], note="single attack on a second, different person")
a.post("hard_negative", "Boro v the Mackems on the big screen at Saltby Marsh Social Club Sunday, all proceeds to the lifeboat. Mackems welcome too, we're not animals 😂 Bring your excuses.",
       note="derby banter at a charity event")
a.post("filler", "Lifeboat open day raised £2,300. Thanks to everyone who came down and to the crew for the tea.")

# ---------------------------------------------------------------------------
# capacity.mixed-account: positive accounts (personal or family posts on a
# councillor's council account, alongside council business).
# ---------------------------------------------------------------------------

# Bernadette Costello (Labour, Brackenhill).
a = Account("@BernieCostelloLab", "facebook", MX, "positive")
a.post("filler", "Brackenhill food bank is short of tinned meat, UHT milk and nappies size 4-5. Drop-off at the community centre Mon-Fri 9 till 3. Thank you all x")
a.post("positive", "Our Kayden's christening today at St Hilda's 💙 Proudest nana in Brackenhill. Thank you Father Brian and everyone who came back to the club after xx",
       allowed=[DP], note="family event on the council account; names a grandchild and his church, so data-protection allowed")
a.post("filler", "I've reported the broken streetlights on Ironstone Terrace, reference in hand. If they're still out next week ring me and I'll chase again.")
a.post("positive", "Back from a week in Benidorm with the girls 🍹☀️ Brown as a berry and skint as a church mouse. Normal service resumes Monday!",
       note="holiday post on the council account")
a.post("filler", "Brackenhill ward budget: £3,000 left for this year. Ideas please for the park. Benches? Bins? Planters? Comment below 👇")
a.post("positive", "Ten years today since I lost my Jim. Miss him every day. Lit a candle at the Brackenhill memorial garden he helped to dig. xx",
       note="bereavement post naming her late husband; a deceased person's name is not treated as personal data here, nothing allowed")

# Ray Hutchinson (Conservative, Beckthwaite), hill farmer.
a = Account("@RayHutchinsonCon", "x", MX, "positive")
a.post("positive", "Tups out on the bottom fields today. Fingers crossed for a good crop of lambs come April.",
       note="his own farm on the council account")
a.post("filler", "Beckthwaite: cattle grid on Moor Lane is broken and stock are getting down onto the road. Reported to highways, temporary gate going in this week.")
a.post("filler", "Conservatives will oppose fortnightly bins for the hill villages. A bin lorry on a single-track lane with no turning circle doesn't work, and the foxes will have a field day.")
a.post("positive", "Lost old Nell last night. Best dog I ever had, fourteen year on the hill. Our lass is in bits. 🐕",
       note="his dog's death; 'our lass' unnamed, nothing allowed")
a.post("positive", "Took the grandson to Kildholme mart for the first time. Eight years old and bidding on a ewe when my back was turned 😂 Cost me ninety quid.",
       note="family outing, grandson unnamed; nothing allowed")
a.post("filler", "Thanks to the Edge Moorland Trust and the dozen volunteers who cleared bracken on Gisby Moor Saturday. Good effort for a wet one.")

# Kelly Marwood (Labour, Stainholme South), nurse and mam.
a = Account("@KellyMarwoodLab", "facebook", MX, "positive")
a.post("filler", "Stainholme South residents - the play area on Curlew Way is shut for resurfacing til the 20th. Sorry for the short notice, only found out this morning myself")
a.post("positive", "12 hour night shift done on ward 9 at the Tees General and now straight onto the school run 😴☕ someone send coffee",
       allowed=[HA], note="her own job and tiredness on the council account; tiredness allows haste")
a.post("filler", "Warm spaces open at Stainholme library and St Cuthbert's hall Mon-Thu all winter. Free tea, wifi, no booking. Please share with anyone whos struggling")
a.post("positive", "Our Mason scored his first goal for Stainholme Juniors under 9s today!!! Screamed that loud the ref told me off 😂⚽ so proud of him",
       allowed=[DP], note="names her child and his club, so data-protection allowed")
a.post("filler", "I've asked housing for a proper update on the damp in Heron Court. Residents have waited long enough. Will post the reply as soon as I get it")
a.post("positive", "Me and Dean 5 years married today 💍 love you babe x",
       allowed=[DP], note="names her husband; data-protection allowed")

# Dennis Carrick (Edge and Estuary Independents, Kildholme), writing from the
# Mayor's civic account.
a = Account("@MayorOfRavensby", "facebook", MX, "positive")
a.post("filler", "The Mayor was honoured to lay a wreath on behalf of the borough at the Ravensby cenotaph on Remembrance Sunday. We will remember them.")
a.post("positive", "Forty years married to my lovely Pauline today. She has put up with the chain, the dinners and me. Thank you, pet. 🌹",
       allowed=[DP], note="personal anniversary on the civic account; names his wife")
a.post("filler", "The Mayor's charity appeal this year supports the Edge Fell Rescue Team and Brackenhill Young Carers. Thank you to Kildholme Rotary for their cheque for £1,150.")
a.post("positive", "Not a civic engagement today: just me, a flask and the top of Carlow Topping. Best view on Teesside.",
       note="a personal walk on the civic account")
a.post("filler", "The Mayor welcomed Year 5 from Saltby Marsh Primary to the Ironmasters' Hall this week. Plenty of them tried the Mayor's chair. Future councillors, every one.")
a.post("positive", "The hip's playing up again so I'll be on a stick at the switch-on. Getting old is not for the faint-hearted!",
       note="his own health on the civic account; his own, nothing allowed")

# Tariq Mahmood (Liberal Democrat, Stainholme North).
a = Account("@TariqMahmoodLD", "bluesky", MX, "positive")
a.post("filler", "Stainholme North surgery moves to the library from next week, Thursdays 5-6.30pm. Drop in, no appointment needed.")
a.post("positive", "Mum's 70th today. Three generations round the table and the grandkids made a cake that leaned like Pisa. Happy birthday Ammi ❤️",
       allowed=[DP], note="his mother's age on the council account; data-protection allowed")
a.post("filler", "Lib Dems have called in the decision to cut Sunday opening at the Stainholme North recycling centre. Shorter hours mean more fly-tipping on the back lanes.")
a.post("positive", "Finally done the whole Edge Way, all 24 miles, in one go. My knees have lodged a formal complaint.",
       note="personal achievement on the council account")
a.post("positive", "My daughter Safiya has got into Newcastle to study medicine!!! All that hard work. So proud I could burst.",
       allowed=[DP], note="names his daughter and her university place")
a.post("filler", "Good meeting with Stainholme Academy about safer routes to school. The crossing on Kestrel Road is top of the list.")

# Phil Atkinson (Reform UK, Ravensby Docks).
a = Account("@PhilAtkinsonRUK", "x", MX, "positive")
a.post("positive", "UP THE BORO!!! What a finish. Season ticket money well spent for once 🔴⚪",
       note="football on the council account")
a.post("filler", "Reform will oppose the 4.99% council tax rise. Docks families can't take another hit.")
a.post("positive", "Our lass's hip op went well, home Friday. Thanks to the staff at the Tees General, absolute stars. Now I've got to learn to cook 😬",
       allowed=[DP], note="his wife's operation; data-protection allowed though she is not named")
a.post("filler", "Docks Road drains: reported, chased, reported again. Contractor booked for Tuesday. I'll believe it when I see it.")
a.post("positive", "Thirty-one years at the Ravensby steelworks before it shut. Found my old works pass in the loft today. Brought a tear to the eye, that.",
       note="personal memory on the council account")
a.post("filler", "Anchor Court residents: the damp survey team are in from Monday. Let them in if you can, it's the only way it gets fixed.")

# Joan Featherstone (Conservative, Ormby Bank), retired headteacher.
a = Account("@JoanFeatherstoneCon", "facebook", MX, "positive")
a.post("filler", "Ormby Bank: the bottle bank has moved from the village hall to the church car park while the hall extension is built.")
a.post("positive", "Bramble has been to the groomer and come back looking like a Swaledale. She is sulking under the kitchen table. 🐶",
       note="her dog on the council account")
a.post("filler", "I have written to the bus operator about the withdrawal of the 5.40pm from Kildholme. A copy of my letter is on my website.")
a.post("positive", "Geoffrey retired today after thirty-eight years at the practice. They gave him a lovely send-off. Now he is under my feet full-time, pray for me!",
       allowed=[DP], note="names her husband")
a.post("filler", "Pleased to support the motion on rural broadband. Half of Ormby Bank still cannot hold a video call.")
a.post("positive", "Our granddaughter Isla is Mary in the Ormby Bank Primary nativity. Tea towel and all. I shall be in the front row, weeping.",
       allowed=[DP], note="names a grandchild and her school")

# ---------------------------------------------------------------------------
# capacity.mixed-account: hard negatives. Council accounts with personal or
# communal asides that serve a council message, and separate personal accounts
# that mention council events in passing or family at a council event.
# ---------------------------------------------------------------------------

# Gemma Suggitt (Labour, Furnace Row), council account.
a = Account("@GemmaSuggittLab", "facebook", MX, "hard_negative")
a.post("hard_negative", "As a mam of three myself I know how dear school shoes are. Furnace Row's uniform bank is open at the family hub Tuesdays and Thursdays, 9.30-2.",
       note="'as a mam of three myself' serves a council message")
a.post("hard_negative", "Half-term holiday club at Furnace Row family hub: free meals and activities for kids on free school meals. Book by the 20th. Mams, dads, grandparents, please spread the word.",
       note="addresses families; no family of her own")
a.post("hard_negative", "My grandad worked the blast furnaces for thirty years, so the Furnace Row heritage trail means a lot to me. The plaques go up along Slag Bank Road next month.",
       note="a family memory introducing a heritage project")
a.post("hard_negative", "Brought my two along to the Furnace Row litter pick this morning. They found a shopping trolley and a 1998 Boro programme. Thanks to all 38 volunteers: 61 bags filled.",
       note="her children at a council event, on the council account; the post is the event report")
a.post("hard_negative", "A resident told me on the doorstep: 'My lad's been on the housing list four years.' He's not alone. 1,900 households are waiting across the borough. That's why we're building at Cokeside.",
       note="quotes an unnamed resident about his son")
a.post("hard_negative", "Young carers' drop-in at Furnace Row library every Wednesday after school. If you're a kid looking after your mam or dad, you're not on your own.",
       note="speaks to young carers about their parents")

# Hazel Dobson (Conservative, Gisby Moor), council account.
a = Account("@HazelDobsonCon", "x", MX, "hard_negative")
a.post("hard_negative", "As a grandma of five I'm backing the Gisby Moor school bus campaign all the way. Bairns shouldn't be walking the moor road in the dark.",
       note="'as a grandma of five' serves the campaign")
a.post("hard_negative", "Me dad drove the ore wagons off the moor for the old ironstone mine. Proud to support the Gisby Moor mining heritage bid at committee today.",
       note="a family memory introducing a heritage bid")
a.post("hard_negative", "Parents and grandparents: Gisby Moor toddler group has moved to the chapel hall, Tuesdays 10-11.30.",
       note="addresses families")
a.post("hard_negative", "Dementia-friendly tea dance at Kildholme Town Hall, first Friday of the month. My late mother loved these and I think yours will too. Free, all welcome.",
       note="a personal aside inside an event notice")
a.post("hard_negative", "Family fun day on the Gisby Moor show field raised £800 for the village hall roof. Thank you to every family who came out in the drizzle.",
       note="council-area event report")

# Alan Kitching's separate personal account (he is Cabinet Member for
# Environment and the Hills).
a = Account("@kitch_on_the_tops", "x", MX, "hard_negative", account="personal")
a.post("hard_negative", "Hob Gill up to Hollins Nab and back. Cloud inversion over the Tees at 8am, absolute belter. 🏔️",
       note="personal account, hill walk")
a.post("hard_negative", "Grandbairns came to the Kildholme lights switch-on. The little one was convinced the Mayor was Father Christmas. Not far off, to be fair 🎅",
       note="family at a council event, on the personal account")
a.post("hard_negative", "Long day of meetings so the dog only got a short one tonight. He's not impressed, and neither's our lass.",
       note="council work mentioned in passing on the personal account")
a.post("hard_negative", "New boots. Old knees. Wish me luck on the Carlow Topping steps tomorrow.",
       note="personal account")
a.post("hard_negative", "Parmo and a pint at the Fox in Ormby Bank after a clarty one on the tops. Earned it.",
       note="personal account")

# Amira Haddad's separate personal account (she is Cabinet Member for Housing).
a = Account("@amira_runs_tees", "bluesky", MX, "hard_negative", account="personal")
a.post("hard_negative", "Parkrun PB at Stainholme Lake this morning! 26:41. The hill at the end still hates me 🏃🏽‍♀️",
       note="personal account")
a.post("hard_negative", "Kids dragged me to the Ravensby bonfire and fireworks. It's the council's display so I wasn't allowed to moan about the hot dog queue 😂",
       note="family at a council event, council mentioned in passing, on the personal account")
a.post("hard_negative", "Couch to 10k, week 6. Legs are jelly. Whoever invented hill repeats needs a word.",
       note="personal account")
a.post("hard_negative", "Made my nan's lentil soup for the first time. Nowhere near as good, but the house smells like hers did. ❤️",
       note="personal account")
a.post("hard_negative", "Quiet weekend after a mad few weeks at work. Long run on the estuary path, seals on the sandbank, hot chocolate after.",
       note="work mentioned in passing on the personal account")

# ---------------------------------------------------------------------------
# moderation.third-party-comments: positive accounts (facebook pages with
# abusive, obscene, defamatory, threatening or personal-data comments left
# up; civil comments and owner replies under the same posts).
# ---------------------------------------------------------------------------

# Sue Gaskell (Green, Saltby Marsh).
a = Account("@SueGaskellGreen", "facebook", MO, "positive")
a.post("filler", "Marsh Polymers have confirmed last night's flare was 'an unplanned pressure release'. I've asked for the full incident report and the air quality data and will share both here. If you had symptoms, please write them down and let me know.")
a.comment("positive", "Darren Pybus", "Hang the bosses off their own flare stack and let them breathe it for a night. Murdering b*stards the lot of them.",
          allowed=[BU, AB], note="violent, abusive comment left up")
a.comment("hard_negative", "Lynne Cossins", "Same here, sore throat and the kids coughing all night. Logged it with the EA at 3am. Thanks for chasing Sue.",
          note="civil resident comment")
a.comment("positive", "Gary Hebron", "Plant manager's Brian Oates, lives on Curlew Crescent in Kildholme. Takes backhanders off the inspectors, everybody knows it. Go and knock on his door and ask him.",
          allowed=[DF, DP, BU], note="bribery allegation about a private person with his street, and an invitation to go to his door")
a.own("Lynne, thank you. The more logged reports the EA gets, the harder it is for them to shrug this off.")
a.post("filler", "Saltby Marsh estuary clean-up Sunday, 10am from the slipway. Gloves and bags provided. Last time we pulled out two mattresses and a shopping trolley!")
a.comment("hard_negative", "Karen Wilburn", "Be there with the grandkids. Last one was a lovely morning.",
          note="civil comment")
a.comment("positive", "Shane Raw", "waste of time. marsh is full of charva scum who'll dump it all back by monday. want locking up the lot of them or worse",
          allowed=[AB, BU], note="abusive comment about residents, with 'or worse'")

# Pete Lumsden (Labour, Furnace Row), Cabinet Member for Regeneration and the Docks.
a = Account("@PeteLumsdenLab", "facebook", MO, "positive")
a.post("filler", "The old Ironworks offices on Furnace Row will become a training centre for the new Docks jobs. 120 places a year, priority for Furnace Row and Cokeside residents. Consultation open till the 30th.")
a.comment("positive", "Mark Ellerby", "More jobs for the boat people while our lads rot. Send the lot back where they came from. This town's turned into a foreign country.",
          allowed=[EQ], note="racist comment left up")
a.comment("hard_negative", "Julie Mothersdale", "Will there be evening courses? I work days at Asda but I'd love to retrain.",
          note="civil question")
a.own("Julie, yes, evening and weekend courses are in the plan. I'll post the details once the provider's confirmed.")
a.comment("hard_negative", "Steve Gatenby", "Heard it all before Pete. Twenty years of 'regeneration' and the Docks still look like a bomb site. Prove us wrong.",
          note="harsh but acceptable")
a.post("filler", "Docks masterplan drop-in at the Seamen's Mission on Thursday, 3 till 7. Plans, models and the people who drew them. Come and tell us what you think.")
a.comment("positive", "Dale Kirtley", "Lumsden's a bent crook who's had his hand in the regeneration pot for years. Ask him where his new kitchen came from.",
          allowed=[DF, PA], note="corruption allegation against the page owner left up")
a.comment("positive", "Tina Lazenby", "F*** your masterplan and f*** you Lumsden. Useless c***.",
          allowed=[AB, PA], note="obscene comment left up")

# Tony Reay (Conservative, Stainholme South): off-road bikes.
a = Account("@TonyReayCon", "facebook", MO, "positive")
a.post("filler", "Off-road bikes tearing round Stainholme South again, across the playing fields and down the old railway path. I've met Inspector Paul Metcalfe and the neighbourhood team. Please report on 101 with a time and place, every report counts.")
a.comment("positive", "Lee Harker", "Its the lad from 14 Sandpiper Close, Jordan Swales. Everyone knows its him, his mams a smackhead and his dads inside. Somebody go round and sort them out.",
          allowed=[DP, BU], note="names a private family with their address, drug use and prison; incites 'sorting them out'")
a.comment("hard_negative", "Pauline Dack", "Reported twice this week. One nearly clipped my grandson on the railway path. Thanks for raising it Tony.",
          note="civil comment")
a.comment("positive", "Ricky Scollen", "String a bit of wire across the path at neck height, job done. Nobody'll miss them.",
          allowed=[BU, AB], note="incitement to violence left up")
a.own("Pauline, sorry to hear that, glad he's OK. Please do keep reporting, with a time if you can.")
a.post("filler", "Update: police have seized two bikes in Stainholme South this week. Thank you to everyone who reported them. Keep it up.")
a.comment("positive", "Jodie Bowser", "The other one's a green Kawasaki, reg starts YT16, kept in the lock-up behind the Sandpiper Close shops. Lad's called Kyle, works at the hand car wash on Kestrel Road.",
          allowed=[DP], note="partial registration, first name, workplace and lock-up of a private person")
a.comment("hard_negative", "Graham Sidgwick", "About time. Now do something about the speeding on Kestrel Road.",
          note="civil comment")

# Wendy Chapman (Labour, Brackenhill).
a = Account("@WendyChapmanLab", "facebook", MO, "positive")
a.post("filler", "Brackenhill community pantry opens Monday in the old library. £4 a week membership gets you £20 of shopping. No referral needed.")
a.comment("positive", "Wayne Coverdale", "More handouts for scroungers and their f***ing tribes of kids. Some of us work for a living you daft cow.",
          allowed=[AB, PA], note="obscene, abusive comment at residents and the page owner")
a.comment("hard_negative", "Angela Tweddle", "This is brilliant Wendy. Is it wheelchair accessible?",
          note="civil question")
a.own("Hi Angela, yes, there's a ramp at the side door and the aisles are wide. Any problems, message me.")
a.post("filler", "The Friday social for adults with learning disabilities is back at Brackenhill Community Centre. Music, bingo, tea and cake. Carers welcome.")
a.comment("positive", "Neil Rudkin", "room full of r*tards playing bingo on my council tax. brilliant.",
          allowed=[EQ, AB], note="disability slur left up")
a.comment("positive", "Kath Spensley", "Wendy Chapman's been fiddling the grant for that centre for years, her sister does the catering. Corrupt to the core.",
          allowed=[DF], note="fraud allegation against the page owner and her sister")

# Colin Sowerby (Conservative, Hollins Nab): car park charges.
a = Account("@ColinSowerbyCon", "facebook", MO, "positive")
a.post("filler", "Labour's plan to charge £4 a day at Hollins Nab car park will finish off the village shop and the café. Conservatives will vote against. Have your say by the 19th: https://consult.example.org/nab-parking")
a.comment("positive", "Brian Thirkell", "Carol Ashworth and her cronies are on the take. Her brother-in-law's firm got the ticket machine contract. Corrupt as owt.",
          allowed=[DF], note="corruption allegation against the Leader left up")
a.comment("hard_negative", "Sylvia Hugill", "Totally agree. The café's the only place the walkers' bus stops. £4 is daylight robbery.",
          note="civil comment")
a.comment("hard_negative", "Phil Lowes", "Bit rich Colin, your lot brought in charges at Kildholme when you ran the place. Still, £4 is too much.",
          note="harsh but fair at the page owner")
a.post("filler", "Thank you to the 340 residents who responded on the Hollins Nab parking charge. It's been deferred to next year's budget. Pressure works.")
a.comment("positive", "Derek Wass", "Colin you fat useless get, you did nowt, the shop did all the work. Go back to your golf club you pr*ck.",
          allowed=[PA, AB], note="abusive comment at the page owner")
a.comment("positive", "Gavin Straughan", "Deferred my backside. Carol Ashworth wants a slap, and somebody'll give her one next time she shows her face up the Nab.",
          allowed=[BU, PA], note="threat of violence against the Leader left up")

# Jack Ingledew (Labour, Cokeside).
a = Account("@JackIngledewLab", "facebook", MO, "positive")
a.post("filler", "Masjid Noor on Cokeside Road is holding an open day on Saturday, 11 till 3. Tea, samosas and a tour. All neighbours welcome, I'll be there.")
a.comment("positive", "Craig Sedgwick", "No thanks. Cokeside was a decent place before that lot took over. Should all go back home.",
          allowed=[EQ], note="religious and racial hostility left up")
a.comment("hard_negative", "Margaret Readman", "Went last year and it was lovely. The ladies made us so welcome.",
          note="civil comment")
a.comment("positive", "Ryan Teasdale", "Hope somebody burns it down before Saturday.",
          allowed=[BU, EQ], note="threat of arson at a mosque left up")
a.own("Thanks Margaret, see you there. Everyone is welcome.")
a.post("filler", "Cokeside Road bus shelter smashed again. Replacement's ordered. If you saw anything on Tuesday night please ring 101.")
a.comment("positive", "Dean Boyes", "It was the Winspear lad. Ring his mam Tracey on 07700 900612 and tell her what her son's been up to.",
          allowed=[DP, SC, DF], note="a private person's mobile number and an accusation against her son")
a.comment("hard_negative", "Lorraine Burdon", "Fourth time this year. CCTV please Jack.",
          note="civil comment")

# ---------------------------------------------------------------------------
# moderation.third-party-comments: hard-negative accounts (harsh but not
# abusive comments left up, owner replies, a removal notice).
# ---------------------------------------------------------------------------

# Margaret Lund (Edge and Estuary Independents, Beckthwaite).
a = Account("@MargaretLundEEI", "facebook", MO, "hard_negative")
a.post("hard_negative", "Beckthwaite and the hill villages go to fortnightly bins from January. I argued against it and lost the vote. Here's what it means for you, and how to ask for a bigger bin.",
       note="the owner's post")
a.comment("hard_negative", "Keith Leng", "You lot couldn't organise a raffle in a parmo shop. Fortnightly bins up here with the foxes? Clowns, the lot of you.",
          note="rude about the council collectively, not abusive")
a.comment("hard_negative", "Norma Fewster", "Thanks for trying Margaret. Will families get bigger bins?",
          note="civil question")
a.own("Norma, yes, households of five or more can ask for a larger bin. Form here: https://ravensby-bins.example.org/larger")
a.comment("hard_negative", "Colin Halliday", "Council's a joke. Beckthwaite pays the same as Ravensby and gets half the service. Vote the whole cabinet out in May.",
          note="robust political comment")
a.post("hard_negative", "Beckthwaite ford: the depth gauge has been replaced. Please don't chance it when the water's over the red line.",
       note="the owner's post")
a.comment("hard_negative", "Stuart Pennock", "Or the council could build the footbridge it promised in 2014. Useless, the lot of you. It's a hacky mess down there.",
          note="harsh at the council, not at a person")
a.comment("hard_negative", "Ann Bellerby", "Old gauge was half buried in silt. Thanks for getting it sorted.",
          note="civil comment")

# Leanne Corner (Labour, Stainholme North).
a = Account("@LeanneCornerLab", "facebook", MO, "hard_negative")
a.post("hard_negative", "I've removed a comment from last night's post that named a family on Kestrel Road and made claims about their children. Argue the issue all you like on my page, but I won't leave up posts that name private people. Thanks to those who flagged it.",
       note="a removal notice; it describes the removed comment without repeating it")
a.post("hard_negative", "Stainholme North: funding's been approved for the Kestrel Road skate park refurb. Work starts in the spring.",
       note="the owner's post")
a.comment("hard_negative", "Jamie Coulthard", "Skate park? Spend it on the potholes. It'll be a charva hangout by summer. Whoever decided this was a priority wants their head looking at.",
          note="rude but not abusive")
a.comment("hard_negative", "Sam Raine", "Brilliant news, my lad's down there every night. Thanks Leanne.",
          note="civil comment")
a.own("Jamie, the pothole budget is separate and it's gone up this year. Both matter.")
a.comment("hard_negative", "Ged Mallaby", "Labour spending our money on pet projects again. Absolute shambles Leanne. See you at the ballot box.",
          note="robust political comment at the page owner")
a.comment("hard_negative", "Rachel Imeson", "Councillors never listen anyway. Three years I've been asking about the drains on Plover Way.",
          note="complaint, not abusive")


# ---------------------------------------------------------------------------
# Scheduling, ids and output.
# ---------------------------------------------------------------------------
START = dt.date(2026, 10, 5)     # a Monday
END = dt.date(2026, 11, 27)      # a Friday
BST_END = dt.date(2026, 10, 25)  # clocks go back: dates before it are +01:00


def weekdays():
    d, out = START, []
    while d <= END:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def offset(day):
    return "+01:00" if day < BST_END else "+00:00"


def stamp(day, minutes):
    h, m = divmod(minutes, 60)
    return "%sT%02d:%02d:00%s" % (day.isoformat(), h, m, offset(day))


def verdict(rules):
    best = "ok"
    for r in rules:
        s = SEVERITY[r]
        if RANK[s] > RANK[best]:
            best = s
    return best


def build():
    rng = random.Random(SEED)
    days = weekdays()
    out = []
    for acc in ACCOUNTS:
        # group rows into threads: a post/reply and the comments under it
        threads = []
        for row in acc.rows:
            if row["kind"] == "comment":
                assert threads, "comment before any post"
                threads[-1].append(row)
            else:
                threads.append([row])
        n = len(threads)
        for i, thread in enumerate(threads):
            chunk = days[i * len(days) // n:(i + 1) * len(days) // n]
            day = rng.choice(chunk)
            if len(thread) > 1:
                t = rng.randint(8 * 60, 11 * 60 + 59)
            else:
                t = rng.randint(8 * 60, 18 * 60 + 59)
            head = thread[0]
            head["created_at"] = stamp(day, t)
            head["key"] = "%s#%d" % (acc.handle, i)
            for c in thread[1:]:
                t += rng.randint(4, 55)
                assert t <= 18 * 60 + 59
                c["created_at"] = stamp(day, t)
                c["parent_key"] = head["key"]
            for row in thread:
                row["acc"] = acc
                out.append(row)
    rng.shuffle(out)
    ids = {}
    for i, row in enumerate(out, 1):
        row["id"] = "%s-%04d" % (SET, i)
        if "key" in row:
            ids[row["key"]] = row["id"]
    lines = []
    for row in out:
        acc = row["acc"]
        fam = "hard_negative" if row["kor"] == "hard_negative" else acc.pattern
        obj = {
            "id": row["id"],
            "text": row["text"],
            "author": acc.handle,
            "created_at": row["created_at"],
            "platform": acc.platform,
            "account": acc.account,
            "kind": row["kind"],
        }
        if row["kind"] == "comment":
            obj["comment_by"] = row["by"]
            obj["parent_id"] = ids[row["parent_key"]]
        obj["expect"] = {
            "rules": row["rules"],
            "allowed": row["allowed"],
            "verdict": verdict(row["rules"]),
        }
        obj["family"] = fam
        obj["account_pattern"] = acc.pattern
        obj["account_role"] = acc.role
        obj["kind_of_row"] = row["kor"]
        obj["note"] = row["note"]
        lines.append(json.dumps(obj, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "accounts.jsonl")
    text = build()
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote %d rows from %d accounts" % (text.count("\n"), len(ACCOUNTS)))


if __name__ == "__main__":
    main()
