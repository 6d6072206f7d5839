"""Build blind evaluation set b90 (Vectis Island Council, Isle of Wight): abuse set.

Every row below was written by hand for this set. The script shuffles the rows
with a fixed seed, gives ids B90-0001.., picks authors, platforms and
timestamps, makes the obfuscated variants, and writes posts.jsonl next to this
file. Running it again writes the same file byte for byte.
"""
import json
import random
import re
import tomllib
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 9090

PA = "respect.personal-attack"
AL = "respect.abusive-language"
BI = "bullying.intimidation"
EQ = "equality.discrimination"
DF = "defamation.allegation"
OI = "officers.impartiality"
IR = "tone.irony-risk"
DP = "data-protection.personal-data"
SC = "security.credentials"
PIA = "position.improper-advantage"
PD = "predetermination.closed-mind"
HS = "haste.pause-before-posting"

ROWS = []


def P(family, text, rules, allowed, verdict, note, key=None, author=None, day=None):
    ROWS.append(dict(kind_of_row="positive", family=family, text=text, rules=rules,
                     allowed=allowed, verdict=verdict, note=note, key=key,
                     author=author, day=day))


def H(group, text, allowed, note, author=None, day=None):
    ROWS.append(dict(kind_of_row="hard_negative", family="hard_negative", text=text,
                     rules=[], allowed=allowed, verdict="ok", note=f"{group} {note}",
                     key=None, author=author, day=day))


# ---------------------------------------------------------------- personal attack
F = PA
P(F, "Gerald Urry couldn't find his way round a budget if you gave him a map and a compass. Duzzy man hasn't got a clue.", [PA], [], "review", "'duzzy' (IoW: daft) insult at a named councillor")
P(F, "@PaulineBuckettVF you are a chuckle-headed waste of a seat. Knollbury deserves better than a gallybagger stood in a field flapping its arms.", [PA], [], "review", "dialect insults (chuckle-headed, gallybagger = scarecrow) at a handle", key="pa_caps")
P(F, "Terry Cheverton is the most useless planning chair this Island has ever had. Thick as a Solent fog and half as useful.", [PA], [], "review", "insult without swearing", key="pa_digit")
P(F, "Well done @DarrenMoreyVF on finally reading an agenda before the meeting. Only took you three years. Gold star 🌟", [PA, IR], [], "review", "mock praise")
P(F, "Lucy Dyer is a spiteful, two-faced little madam and everyone in Chalkhaven knows it.", [PA], [EQ], "review", "'little madam' is sex-tinged, equality only allowed")
P(F, "Rosalind Jolliffe talks down to people like they're nippers who can't tie their own shoes. Arrogant, sneering, out of touch.", [PA], [], "review", "character attack on the Leader")
P(F, "Stuart Woodford has the brains of a mallishag and the backbone of one too. 🐛", [PA], [], "review", "mallishag = caterpillar (IoW)")
P(F, "Our Senior Planning Officer Kirsty Lowther is frankly incompetent and should never have been let near the Sandwick report.", [PA, OI], [], "review", "attack on a named officer")
P(F, "Philip Arnell, our £160k Chief Exec, is a pompous overpaid clown who wouldn't last a week running a beach hut.", [PA, OI], [], "review", "attack on the Chief Executive", key="pa_star")
P(F, "Oh brilliant, @GeraldUrryVF has discovered the ferry fares exist. What a genius. Someone get the man a medal 🙄", [PA, IR], [], "review", "sarcastic praise")
P(F, "Honestly @TerryChevertonVF you're a pathetic little man. Crawl back under your stone at Sandwick.", [PA], [], "review", "belittling, no threat")
P(F, "Ryan Kemp is a nasty piece of work. Always has been, always will be.", [PA], [], "review", "insult; nothing about his autism")
P(F, "Brenda Attrill is a fossil. A relic. About as much use to Knollbury as the old chain ferry bell.", [PA], [EQ], "review", "'fossil/relic': age only allowed")
P(F, "Mihai Popescu is a know-all who never listens. Insufferable man.", [PA], [], "review", "insult; nothing about origin")
P(F, "Darren Morey, you are a spineless yes-man. Madam Leader says jump and you ask how high.", [PA], [], "review", "yes-man insult")
P(F, "Neil Salter, Head of Highways, is a waste of oxygen. Potholes the size of a chine on Downs Road and he just shrugs.", [PA, OI], [], "review", "'waste of oxygen' at a named officer")
P(F, "Serena Blake is a sanctimonious busybody who wants to tell every Islander how to live their life.", [PA], [], "review", "insult; nothing about her being trans")
P(F, "Kwame Osei-Bonsu is all mouth and no trousers. Gobby, empty, and Chalkhaven South can see it.", [PA], [], "review", "insult; nothing about race")
P(F, "Hannah Goldring is a stuck-up snob who looks down her nose at anyone from Chalkhaven South.", [PA], [], "review", "'looks down her nose' is an idiom here, no trope intended; see README")
P(F, "Cllr Hollis, you're a silly old woman and it's time you stopped embarrassing yourself in the chamber.", [PA], [EQ], "review", "'silly old woman': age and sex only allowed")
P(F, "@WeiLingChanDL what a spineless weasel. Couldn't stand up to a seagull nicking her chips on the front.", [PA], [], "review", "insult at a handle", key="pa_zwsp")
P(F, "Yusuf Mirza is a wet lettuce. Useless in every meeting, says nothing, does nothing.", [PA], [], "review", "insult without swearing")
P(F, "Tom Sivell is a smug, self-satisfied prat. Gurnet Bay can do better.", [PA], [], "review", "mild insult", key="pa_spaced")
P(F, "Carol Newnham has all the charm of a dead conger eel on the slipway at Gurnet Bay.", [PA], [], "review", "figurative insult")
P(F, "Anand Mistry is a smug bean-counter who treats councillors like nippers. Know your place, sunshine.", [PA, OI], [], "review", "attack on the s151 officer")
P(F, "Congratulations to @StuWoodfordVF on winning Most Pointless Councillor 2026, a title he's worked so very hard for 👏👏", [PA, IR], [], "review", "mock congratulation")
P(F, "Owen Pragnell is a pompous windbag. Forty minutes on hedgerows and not one word on the ferries.", [PA], [], "review", "insult; nothing about his disability")
P(F, "Graham Fallick, our Head of Planning, couldn't organise a nammet in a bakery. Hopeless man.", [PA, OI], [], "review", "nammet = snack/lunch (IoW)")
P(F, "Rosalind Jolliffe is a bully in pearls and a disgrace to the Island.", [PA], [], "review", "'bully in pearls' read as name-calling, not an allegation")
P(F, "Dear @LucyDyerIF, nobody on this Island takes you seriously. You're a gammut, a walking joke. Go back to your leaflets.", [PA], [], "review", "gammut = joke/fun (IoW)")
P(F, "The Leader is a vain, vindictive woman who can't take a word of criticism without sulking for a week.", [PA], [], "review", "identifiable by role ('The Leader')")
P(F, "Gerald Urry, you absolute cretin. Every number in that report is wrong and you signed it off.", [PA], [EQ], "review", "'cretin' has a disability origin: equality allowed", key="pa_homoglyph")
P(F, "Darren Morey is a parasite. A worthless leech, vermin in a council lanyard. Gurnet Bay is dirtier for having him.", [PA], [AL], "block", "severe dehumanising attack")
P(F, "Stuart Woodford is human rubbish. Worthless, gutless, and this Island would be better off if he'd never crossed the Solent.", [PA], [AL], "block", "severe attack; 'better off if he'd never' is not a threat")

# ---------------------------------------------------------------- abusive language
F = AL
P(F, "The new parking charges at Sandwick seafront are a load of bollocks and everyone on the Island knows it.", [AL], [], "review", "obscenity at a policy", key="al_star")
P(F, "Who the hell signed off this bloody ferry timetable? Absolute shambles. Whoever did it wants their head read.", [AL], [PA], "review", "'whoever': personal-attack allowed")
P(F, "@GeraldUrryVF you utter dickhead. Read your own budget.", [AL, PA], [], "review", "obscenity at a handle", key="al_zwsp")
P(F, "Vectis First can shove their tourist tax where the sun don't shine. Bloody cheek.", [AL], [PA], "review", "at a party")
P(F, "Pauline Buckett is a shit councillor and an even shittier cabinet member.", [AL, PA], [], "review", "obscenity at a person", key="al_digit")
P(F, "This consultation is a pile of crap from start to finish. Twelve questions and not one about the buses.", [AL], [], "review", "at a consultation")
P(F, "Solent Link Ferries can piss off with their summer fares. £90 return for a car, are they having a laugh?", [AL], [PA], "review", "at a company")
P(F, "Terry Cheverton, you pompous arse. Sit down.", [AL, PA], [], "review", "obscenity at a person")
P(F, "Sod the lot of them at Fernside House, sod the bin changes and sod the flaming letter they sent round.", [AL], [PA], "review", "mild; at the council")
P(F, "Mihai Popescu talks out of his arse about housing. Every single time.", [AL, PA], [], "review", "obscenity about a person")
P(F, "What a fucking joke of a meeting. Three hours and they deferred everything.", [AL], [], "review", "at a meeting", key="al_caps")
P(F, "@DarrenMoreyVF absolute tosser. Blocked.", [AL, PA], [], "review", "short obscenity at a handle", key="al_spaced")
P(F, "Bloody Vectis Waste have missed our road again. Useless sods, the lot of 'em.", [AL], [PA], "review", "at a company")
P(F, "Lucy Dyer is full of shit and she knows it.", [AL, PA], [], "review", "obscenity at a person")
P(F, "The pier restoration plan is total bollocks dressed up in a glossy brochure.", [AL], [], "review", "at a plan")
P(F, "Stuart Woodford is a knobhead. There, I said it. Gurt great knobhead.", [AL, PA], [], "review", "gurt = big (IoW)", key="al_homoglyph")
P(F, "Kirsty Lowther's report on the Knollbury houses is utter shite.", [AL, OI], [PA], "review", "obscenity at a named officer's report")
P(F, "Rosalind Jolliffe can kiss my caulkhead arse.", [AL, PA], [], "review", "caulkhead = Island-born")
P(F, "This website is a piece of crap. Tried to report a pothole three times and it ate my form every time.", [AL], [], "review", "at a website")
P(F, "Screw Island Forward and their fake 'listening tour'. Bunch of wankers.", [AL], [PA], "review", "at a party")
P(F, "@RyanKempInd shut your cakehole, you prick. Nobody asked.", [AL, PA], [], "review", "obscenity at a handle")
P(F, "The bus cuts to Yarhurst are bloody criminal. Damn the lot of it.", [AL], [DF], "review", "'criminal' figurative: defamation allowed")
P(F, "Gerald Urry's budget speech: forty minutes of pure horseshit.", [AL], [PA], "review", "obscenity at what was said")
P(F, "Anand Mistry, you smug bastard, stop hiding behind 'financial pressures'.", [AL, PA, OI], [], "review", "obscenity at a named officer")
P(F, "Kwame Osei-Bonsu is a gobshite. End of.", [AL, PA], [], "review", "obscenity at a person")
P(F, "Damn this bloody budget. Damn every cut in it.", [AL], [], "review", "mildest row")
P(F, "Whoever designed the new one-way system in Chalkhaven needs their bloody head examined. Pillock.", [AL], [PA], "review", "'whoever'")
P(F, "@TomSivellWRG you're a twat and your motion is a twat's motion.", [AL, PA], [], "review", "obscenity at a handle")
P(F, "The scrutiny meeting was a total clusterfuck. Papers late, chair lost, public gallery fuming.", [AL], [], "review", "at a meeting")
P(F, "Carol Newnham is a sanctimonious cow.", [AL, PA], [EQ], "review", "'cow' is sex-tinged: equality allowed")
P(F, "Hannah Goldring can piss right off back to her committee room and stay there.", [AL, PA], [], "review", "obscenity at a person")
P(F, "The Island Plan is a steaming pile of shit. Binned.", [AL], [], "review", "at a plan")
P(F, "Terry Cheverton is a cunt and the whole of Sandwick knows it.", [AL, PA], [], "block", "the c-word")
P(F, "Filthy scum, the lot of them in that cabinet. Hope they rot in Fernside House.", [AL], [PA, BI], "block", "severe; 'hope they rot' bullying allowed")

# ---------------------------------------------------------------- bullying
F = BI
P(F, "I know where you live, @LucyDyerIF. Keep going with this and you'll find out what that means.", [BI], [PA], "block", "[explicit] classic threat", key="bi_zwsp")
P(F, "Terry Cheverton, push that scheme through and I swear you'll regret the day you ever came to Sandwick.", [BI], [PA], "block", "[explicit] 'you'll regret'", key="bi_star")
P(F, "Someone should give Gerald Urry a proper hiding out the back of the Gurnet Arms. I'd hold his coat.", [BI], [PA], "block", "[explicit] incitement to violence", key="bi_digit")
P(F, "Mihai Popescu, you'll be going back across the water in a box if you carry on like this.", [BI], [PA, EQ], "block", "[explicit] death threat; origin tinge, equality allowed")
P(F, "Keep pushing that tourist tax, Rosalind, and see what happens to your car windows.", [BI], [PA], "block", "[explicit] threat to property")
P(F, "Officers who wrote that report want to watch their backs. Kirsty Lowther especially.", [BI, OI], [PA], "block", "[explicit] threat to a named officer")
P(F, "Darren Morey wants chucking off the end of Sandwick Pier. I'll do it myself if nobody else will.", [BI], [PA], "block", "[explicit]")
P(F, "Say that to my face, @RyanKempInd. Car park, Friday, after full council. Let's sort it properly.", [BI], [PA], "block", "[explicit] invitation to a fight", key="bi_caps")
P(F, "Any more of that from Stuart Woodford and he'll be picking his teeth up off the Esplanade.", [BI], [PA], "block", "[explicit]")
P(F, "Carol Newnham had better not walk home across the Downs on her own after that vote.", [BI], [PA, EQ], "block", "[explicit] lone woman walking home: equality allowed")
P(F, "Hannah Goldring won't be smiling come May. Mark my words.", [BI], [PA], "block", "[veiled] mildest veiled threat")
P(F, "Lovely house you've got out Yarhurst way, @GeraldUrryVF. Be a shame if anything happened to it.", [BI], [PA, DP], "block", "[veiled] home mentioned")
P(F, "Interesting where Pauline Buckett's nippers go to school. Wonder if she'd like everyone knowing.", [BI], [PA, DP], "block", "[veiled] children's school")
P(F, "Accidents happen on the chain ferry. Just saying, Terry.", [BI], [PA], "block", "[veiled]", key="bi_spaced")
P(F, "Some of us have long memories on this Island, Kwame. Very long memories.", [BI], [PA], "block", "[veiled]")
P(F, "Tell @TomSivellWRG his partner's very friendly down the Gurnet Arms of an evening. We see everything.", [BI], [PA, DP], "block", "[veiled] spouse and surveillance")
P(F, "Cllr Dyer seems to think this Island's a safe place for people like her. We'll see about that.", [BI], [PA, EQ], "block", "[veiled] 'people like her'")
P(F, "Funny how brakes can go on them steep hills down to the chine. Ask Stuart.", [BI], [PA], "block", "[veiled]")
P(F, "I'd be careful walking the dog along the front after dark if I was Yusuf Mirza. Just friendly advice.", [BI], [PA], "block", "[veiled] route home")
P(F, "Whoever reported me to the Monitoring Officer: I will find out who you are. The Island's a small place.", [BI], [PA], "block", "[veiled] threat to a complainant")
P(F, "Neil Salter should remember we all know which car is his in the staff car park.", [BI, OI], [PA], "block", "[veiled] named officer")
P(F, "Rosalind, Rosalind. Such a long drive home from Fernside House every night. Alone in the dark. Take care now x", [BI], [PA, EQ, DP], "block", "[veiled] route home, lone woman", key="bi_homoglyph")
P(F, "Brenda Attrill's getting on a bit. Be a shame if she had a fall before the ferry vote.", [BI], [PA, EQ], "block", "[veiled] age: equality allowed")
P(F, "Everyone screenshot @WeiLingChanDL's post and flood her mentions till she deletes her account. Let's go.", [BI], [PA], "block", "[pressure] organised pile-on")
P(F, "Vote with us on the budget, Darren, or Gurnet Bay's ward fund goes to the bottom of the pile. Your call.", [BI], [PA, PIA], "block", "[pressure] ward budget coercion")
P(F, "Drop the complaint, Serena, or you'll find yourself off every committee you care about.", [BI], [PA, PIA], "block", "[pressure] committee places")
P(F, "Here's Owen Pragnell's home number: 07700 900417. Ring him. Keep ringing him till he changes his vote.", [BI], [PA, DP, SC], "block", "[pressure] private number")
P(F, "Anand Mistry: change those figures before Thursday or I'll have your job. I mean it.", [BI, OI], [PA], "block", "[pressure] named officer")
P(F, "Let's all turn up outside Maureen Hollis's house on Saturday and let her know what we think of the library closures.", [BI], [PA, DP], "block", "[pressure] doorstepping")
P(F, "@KwameOseiIF you've got till Friday to apologise or the whole group goes after you. Every post, every meeting.", [BI], [PA], "block", "[pressure] ultimatum")
P(F, "Kirsty, I'd think very carefully about what goes in that officer report. Careers have ended over less.", [BI, OI], [PA], "block", "[pressure] named officer by first name")
P(F, "Withdraw your motion, @MihaiPopescuIF, or that damp repair your resident's been waiting on stays at the bottom of the list.", [BI], [PA, PIA], "block", "[pressure] repairs coercion")
P(F, "Back me on the pier or I'll tell the Chronicle what you said at the Christmas do, @JadeHarveyIF. Your choice.", [BI], [PA], "block", "[pressure] blackmail")
P(F, "Keep tagging @HannahGoldringDL every hour until she answers. Every hour. Don't let her sleep on it.", [BI], [PA], "block", "[pressure] organised tagging")

# ---------------------------------------------------------------- equality
F = EQ
P(F, "Mihai Popescu should be on the next boat back to Romania. Nobody on this Island asked him to come here.", [EQ, PA], [], "block", "[explicit; race (national origin, Romanian)]", key="eq_caps")
P(F, "Too many foreigners in Chalkhaven already. We don't want a mosque on top of it. Keep the Island Christian.", [EQ], [], "block", "[explicit; race and religion (anti-Muslim)]", key="eq_homoglyph")
P(F, "Serena Blake is a bloke in a frock and I'll never call him anything else.", [EQ, PA], [], "block", "[explicit; gender reassignment] misgendering", key="eq_zwsp")
P(F, "Owen Pragnell's a cripple. Can't even get in the chamber without a ramp and a fuss. Why's he a councillor?", [EQ, PA, AL], [], "block", "[explicit; disability (physical)] slur", key="eq_star")
P(F, "Jade Harvey's buggered off on maternity leave with the pier vote coming. Women with babies shouldn't stand for council.", [EQ, PA], [AL], "block", "[explicit; pregnancy and maternity, sex]")
P(F, "Gypsies on the Knollbury field again. Pikeys the lot of 'em, lock your sheds.", [EQ, AL], [], "block", "[explicit; race (Gypsy and Traveller)] slur", key="eq_digit")
P(F, "Tom Sivell's a poof and everyone knows it. Wouldn't trust him anywhere near the youth club.", [EQ, PA, AL], [], "block", "[explicit; sexual orientation] slur", key="eq_spaced")
P(F, "Women don't belong on the planning committee. They get emotional and cave in to the residents every time.", [EQ], [], "block", "[explicit; sex]")
P(F, "Ryan Kemp's autistic, so why is he on scrutiny? He can't read a room, never mind a report.", [EQ, PA], [], "block", "[explicit; disability (autism)]")
P(F, "Brenda Attrill is 74 and going senile. Pack her off to a home in Sandwick and give the seat to someone with a brain.", [EQ, PA], [], "block", "[explicit; age (old)]")
P(F, "No more Black faces on the Island Forward leaflets, please. This is Chalkhaven, not Croydon.", [EQ], [], "block", "[explicit; race (Black)]")
P(F, "Asylum seekers in the Gurnet Bay hotel should be shipped back across the Solent. Vermin, the lot of them.", [EQ, AL], [], "block", "[explicit; race (asylum seekers)] dehumanising")
P(F, "Hannah Goldring's a Jew, and they always look after their own. Watch where the grant money goes.", [EQ, PA], [DF], "block", "[explicit; religion (antisemitic)]")
P(F, "Carol Newnham and her 'civil partner'. It's not a proper marriage and never will be, and I won't be toasting it at the civic dinner.", [EQ, PA], [], "block", "[explicit; marriage and civil partnership, sexual orientation]")
P(F, "Chinese takeaways shouldn't get business rates relief. Let them go back to China if they want handouts.", [EQ], [], "block", "[explicit; race (Chinese)]")
P(F, "Kwame Osei-Bonsu is very articulate for somebody from... where is it he's from again? Not the Island, that's for sure.", [EQ, PA], [], "block", "[coded; race (Black)] only knowing Kwame is Black and Island-born makes it so")
P(F, "Wei Ling Chan says she's a caulkhead. Born at the Chalkhaven maternity unit, aye, but she's not one of us, is she?", [EQ, PA], [], "block", "[coded; race (ethnic origin)] no group named")
P(F, "Funny how the Ramadan 'community fund' came through quick as you like. Wonder who's on the panel, eh @YusufMirzaWRG?", [EQ, PA], [DF], "block", "[coded; religion (anti-Muslim)]", day="2026-02-19")
P(F, "Follow the money on the pier deal and you'll find the usual names. Always the same ones. You know who I mean 👃", [EQ], [DF], "block", "[coded; religion (antisemitic)] nose emoji dog whistle")
P(F, "Serena Blake will always be Steven to me. Some of us remember.", [EQ, PA], [], "block", "[coded; gender reassignment] deadnaming")
P(F, "Owen Pragnell was 'unable to attend' the site visit. Course he was. Can't exactly roll down the chine path, can he 😂", [EQ, PA], [], "block", "[coded; disability (wheelchair)]")
P(F, "Putting Gerald Urry on finance is like letting the nippers from the special school do the accounts.", [EQ, PA], [], "block", "[coded; disability (learning)] disability as put-down; Gerald has none stated")
P(F, "Jade Harvey's 'on leave' again. Some of us don't get to pop out a baby every time there's a hard vote.", [EQ, PA], [], "block", "[coded; pregnancy and maternity]")
P(F, "Lucy Dyer's had her 'anxiety' again and missed scrutiny. Bit too delicate for politics. Maybe stick to coffee mornings, love.", [EQ, PA], [], "block", "[coded; disability (mental health), sex]")
P(F, "Funny how Island Forward's candidates are all so... diverse. Not many caulkheads on that list. Just saying 🤔", [EQ], [], "block", "[coded; race] 'caulkhead' used to exclude")
P(F, "Tom Sivell's always at the Pride fundraiser, never at the lifeboat dinner. Says it all about his sort.", [EQ, PA], [], "block", "[coded; sexual orientation]")
P(F, "Brenda Attrill should be down the day centre doing bingo, not deciding the ferry contract.", [EQ, PA], [], "block", "[coded; age (old)]")
P(F, "Let the youngsters run Chalkhaven North then. Oh wait, that's Jade and Ryan: not one of them over 30, just TikTok and tantrums.", [EQ, PA], [], "block", "[coded; age (young)]")
P(F, "Traveller site opens at Knollbury and funny how quad bikes start going missing the same week. Coincidence, I'm sure.", [EQ], [DF], "block", "[coded; race (Gypsy and Traveller)]")
P(F, "Mihai's English is good, to be fair. For someone who came over in the back of a lorry 😂", [EQ, PA], [], "block", "[coded; race (Eastern European)]")
P(F, "Yusuf Mirza voted against the pork and cider festival licence. Whose side is he really on?", [EQ, PA], [], "block", "[coded; religion (anti-Muslim)] loyalty trope")
P(F, "Carol Newnham can't chair the families panel. What would she know about a proper family?", [EQ, PA], [], "block", "[coded; sexual orientation, marriage and civil partnership]")
P(F, "Maybe the lady councillors could leave the harbour finances to the men and stick to the floral displays 🌸", [EQ], [], "block", "[coded; sex]")
P(F, "Kwame Osei-Bonsu on the carnival drumming stall, naturally. Found his true calling at last 🥁😂", [EQ, PA], [], "block", "[coded; race (Black)] stereotype")

# ---------------------------------------------------------------- defamation
F = DF
P(F, "Gerald Urry is a liar. He told Yarhurst there'd be no cuts to the bus and he knew full well there would be.", [DF, PA], [], "review", "'liar'", key="df_star")
P(F, "Terry Cheverton's as crooked as the Sandwick cliff path. Every planning deal he touches smells.", [DF, PA], [], "review", "'crooked' idiom")
P(F, "@DarrenMoreyVF is a crook and a con man. Ask Gurnet Bay where their ward fund went. Crook.", [DF, PA], [], "review", "'crook' twice, 'con man'", key="df_digit")
P(F, "Rosalind Jolliffe lied to full council about the ferry contract. Plain and simple, she lied.", [DF, PA], [], "review", "'lied' twice", key="df_caps")
P(F, "Funny how Stuart Woodford's brother-in-law keeps winning the beach hut contracts. Just saying.", [DF], [PA], "review", "innuendo")
P(F, "Pauline Buckett's been on the take for years. Ask her about the Christmas hamper from the road contractor.", [DF, PA], [], "review", "'on the take' idiom")
P(F, "Mihai Popescu is a fraud. Never lived in Chalkhaven North a day in his life.", [DF, PA], [], "review", "'fraud'", key="df_zwsp")
P(F, "Graham Fallick is in the developers' pocket. Everyone in planning knows it.", [DF, OI], [PA], "review", "named officer, corruption idiom")
P(F, "Dodgy dealings from @KwameOseiIF again. Where are the receipts for the 'community breakfast' he charged to the ward fund?", [DF, PA], [], "review", "'dodgy'")
P(F, "Hmm. Lucy Dyer's new car turned up the same month as the Chalkhaven South grants. Interesting timing 🤔", [DF], [PA], "review", "innuendo")
P(F, "Yusuf Mirza is lying about the Gurnet Bay flood money and he knows it.", [DF, PA], [], "review", "'lying'")
P(F, "Solent Link Ferries are crooks. They've fiddled their reliability figures for years.", [DF], [PA], "review", "at a company")
P(F, "Vectis Waste cook their recycling figures and the council turns a blind eye. Corrupt, the whole arrangement.", [DF], [PA], "review", "at a company and the council")
P(F, "Tom Sivell's a dodgy so-and-so. Never trust a man who fills in his declaration of interests in pencil.", [DF, PA], [], "review", "'dodgy'")
P(F, "Everyone knows Philip Arnell fixed the shortlist so his mate got the deputy chief exec job.", [DF, OI], [PA], "review", "named officer, dishonesty")
P(F, "Hannah Goldring is as bent as a dog's hind leg on the Knollbury allocations.", [DF, PA], [EQ], "review", "'bent' idiom; equality allowed as 'bent' is also a homophobic slur")
P(F, "Ryan Kemp's expenses are a work of fiction. Someone should check those mileage claims very carefully.", [DF], [PA], "review", "innuendo, not stated as fact")
P(F, "Wei Ling Chan is a hypocrite and a liar. Said she'd oppose the car park sale, then quietly voted for it.", [DF, PA], [], "review", "'liar'")
P(F, "The Leader's mates always seem to land the harbour leases. Corruption by any other name.", [DF], [PA], "review", "identifiable by role")
P(F, "Owen Pragnell's 'community garden' charity is a racket to pay his mates. Con artist.", [DF, PA], [], "review", "'con artist'")
P(F, "Kirsty Lowther has been cooking the books on the housing land supply figures.", [DF, OI], [PA], "review", "'cooking the books' at a named officer")
P(F, "Fact: Gerald Urry took a £7,000 bung from the Sandwick developer to push the flats through.", [DF], [PA], "block", "bribe stated as fact", key="df_spaced")
P(F, "Darren Morey stole £3,400 from the Gurnet Bay regatta account. I've seen the bank statements.", [DF], [PA], "block", "theft stated as fact", key="df_homoglyph")
P(F, "Stuart Woodford was three times over the limit driving home from the civic dinner. Police let him off because of who he is.", [DF], [PA], "block", "drink driving")
P(F, "Pauline Buckett has been fiddling her mileage for two years: over £5k claimed for trips she never made.", [DF], [PA], "block", "mileage fraud")
P(F, "Terry Cheverton rigged the postal votes in Sandwick Cliffs. Fifty ballots from one address.", [DF], [PA], "block", "postal vote rigging")
P(F, "Neil Salter took a free fortnight in Lanzarote off the resurfacing contractor. That's why they got the Downs Road job.", [DF, OI], [PA], "block", "named officer, bribed holiday")
P(F, "Maureen Hollis forged residents' signatures on the library petition.", [DF], [PA], "block", "forgery")
P(F, "Kwame Osei-Bonsu is claiming housing benefit on a flat he doesn't live in. That's benefit fraud.", [DF], [PA], "block", "benefit fraud; no trait cue")
P(F, "Carol Newnham pocketed the takings from the Yarhurst Downs fete. Over £800, gone.", [DF], [PA], "block", "theft of fete takings")
P(F, "Rosalind Jolliffe is guilty of misconduct in public office over the harbour lease and belongs in the dock.", [DF], [PA], "block", "misconduct in public office")
P(F, "Lucy Dyer paid people £20 a head to vote for her last May. I know three of them.", [DF], [PA], "block", "vote buying")
P(F, "Ryan Kemp hasn't paid a penny of tax on his holiday lets in ten years. Tax evasion, pure and simple.", [DF], [PA], "block", "tax evasion")
P(F, "Darren Morey took two council laptops and a ride-on mower from the depot. They're in his garage now.", [DF], [PA], "block", "theft of council property")

# ---------------------------------------------------------------- hard negatives
# HN1 harsh criticism of a policy, decision, party, company or the council
G = "HN1"
H(G, "The parking charges at Sandwick seafront are a shambles and the cabinet should be ashamed of themselves. Scrap them.", [], "robust, at a policy")
H(G, "This budget is chuckle-headed from start to finish. Cutting the youth service to fund a roundabout? Duzzy priorities.", [], "dialect insults at a budget")
H(G, "Solent Link's summer fares are daylight robbery for Islanders. We need a proper resident discount and I'll be pushing for it at full council.", [DF], "'daylight robbery' idiom at a company")
H(G, "Vectis First have failed this Island on housing. Eight years, no homes for local nippers, just second homes for overners.", [], "at a party; 'overners' neutral dialect")
H(G, "The new ferry timetable is a disgrace. Last boat at 9pm? Nurses on nights can't get home.", [], "at a timetable")
H(G, "Island Forward's transport plan is fantasy economics. Pretty leaflet, no costings, no chance.", [], "at a party's plan")
H(G, "The bin rota change is a gallybagger of a policy: flaps about in the wind and scares nobody into recycling.", [], "gallybagger at a policy")
H(G, "Vectis Waste have missed Knollbury collections four weeks running. The contract must be re-tendered, full stop.", [], "at a company")
H(G, "The library consultation was a sham. The decision was made before a single Islander was asked.", [DF], "'sham' at a process")
H(G, "I'm furious about the cuts to the Chalkhaven South youth club. A bad, short-sighted decision and I voted against it.", [], "anger at a decision")
H(G, "The pier restoration business case is weak, over-optimistic and ignores the storm damage. I won't support it as written.", [], "at a business case")
H(G, "The Island Plan is shrammed of ambition. Cold, timid and two years late.", [], "shrammed = chilled (IoW)")
H(G, "Downlink Buses cutting the Yarhurst route is a kick in the teeth for every pensioner up there.", [], "idiom at a company")
H(G, "This scrutiny report is a mess. Half the appendices missing and the numbers don't add up.", [], "at a report")
H(G, "The tourist tax as drafted would hammer small B&Bs and barely touch the big hotels. Back to the drawing board.", [], "at a policy")
H(G, "Whoever thought closing the Gurnet Bay toilets in peak season was a good idea has never met a coachload of grockles. Bonkers.", [PA], "'whoever' at a decision, no insult")
H(G, "The council website is useless. I've reported the same pothole on Downs Road three times now.", [], "at a website, no obscenity")
H(G, "Vectis First's record on adult social care is shameful. Waiting lists up, carers leaving, and no plan.", [], "at a party's record")
H(G, "Council tax up 4.99% and services going down. Islanders are right to be angry and so am I.", [], "at the council")
H(G, "The highways resurfacing programme is a joke. They patched Downs Road in October and it's broken again already.", [OI], "at a department, no officer named")
H(G, "The harbour lease decision stinks of bad process: no options appraisal, no open tender, no scrutiny. Call it in.", [DF], "'stinks' at a process")
H(G, "Chalkhaven's new one-way system is a dog's dinner. Bring back the old layout.", [], "idiom at a scheme")

# HN2 counter-speech and quoting abuse to condemn it
G = "HN2"
H(G, "Someone just commented 'go back to Romania' under my housing post. I was born in Cluj, I've lived in Chalkhaven 16 years and I'm going nowhere. Reported.", [EQ], "quotes abuse received", author="Mihai Popescu")
H(G, "To whoever called @KwameOseiIF a 'monkey' in the comments: you are not welcome on this page and it has been reported to the police.", [EQ, AL], "condemns a racist slur")
H(G, "Got a letter saying 'we know where you live' after the budget vote. It's gone to the police. Threats have no place in Island politics.", [BI], "quotes a threat received", author="Yusuf Mirza")
H(G, "'Bloke in a frock.' That's what someone shouted at me outside Fernside House yesterday. I'm a woman, a councillor and a caulkhead. Try again.", [EQ], "quotes transphobic abuse received", author="Serena Blake")
H(G, "Please stop calling Travellers 'pikeys' on my page. It's a racial slur and I will delete it every single time.", [EQ, AL], "counter-speech naming a slur")
H(G, "Disgusted by comments about @JadeHarveyIF being on maternity leave. Having a baby is not a dereliction of duty. Cover is arranged.", [EQ], "counter-speech")
H(G, "Calling a disabled councillor a 'cripple' is not banter, it's abuse. I stand with @OwenPragnellGreen.", [EQ, AL], "counter-speech naming a slur")
H(G, "Quoting what was sprayed on the Gurnet Bay hotel so people understand: 'Vermin out.' That's about human beings seeking safety. Shame on whoever did it.", [EQ, AL], "reports graffiti to condemn it")
H(G, "The Chronicle reports a man has been convicted of threatening to burn down a councillor's house. Good. Nobody should be frightened out of public life.", [BI], "reporting a threat")
H(G, "Someone called me a 'duzzy old bat' on Facebook. I've been called worse by my own grandchildren. But keep it civil, folks.", [PA], "quotes an insult received", author="Maureen Hollis")
H(G, "'Women don't belong on planning.' A real comment under my post today. We do, we are, and we're staying.", [EQ], "quotes sexist abuse")
H(G, "Antisemitic graffiti on the Knollbury bus shelter this morning. Reported and being cleaned off. Hatred has no home on this Island.", [EQ], "reporting hate")
H(G, "Whoever posted Owen's home number in the residents' group: that is harassment and it has been reported. Do not ring it.", [BI, DP], "condemns doxxing")
H(G, "No, I won't 'go back where I came from'. I came from the Chalkhaven maternity unit. Caulkhead, born and bred. Next question.", [EQ], "quotes abuse received", author="Kwame Osei-Bonsu")
H(G, "We've had a spate of 'overners out' stickers in Sandwick. Half of us are overners or married to one. Pack it in.", [], "counter-speech on Island banter turned nasty")
H(G, "Calling someone a 'liar' and a 'crook' in a comment thread isn't scrutiny. Evidence or nothing, please.", [DF, PA], "quotes words to discourage them")
H(G, "I've reported the account telling @YusufMirzaWRG to 'watch himself' walking the dog. That's a threat and we all know it.", [BI], "reports a veiled threat")
H(G, "The transphobic abuse aimed at @SerenaBlakeGreen this week has been vile. She is our colleague and we stand with her.", [EQ], "solidarity")
H(G, "A resident told me Ryan 'can't read a room because he's autistic'. Ryan reads reports better than any of us. That's ableism, plain and simple.", [EQ], "quotes ableism to rebut it")
H(G, "To the lad shouting 'poof' at our stall on the Esplanade: we heard you, and we're still here. Happy LGBT+ History Month 🏳️‍🌈", [EQ, AL], "quotes a slur to condemn it", day="2026-02-10")
H(G, "Got a message calling me a 'c***' for voting on the tourist tax. Blocked, reported, moving on.", [AL, PA], "quotes obscene abuse received")
H(G, "The 'your car would look nice on fire' message sent to Cllr Buckett is with the police. That is not politics.", [BI], "reports a threat")

# HN3 denied prejudice, myth-busting and civil debate on protected topics
G = "HN3"
H(G, "Myth-busting: the 'Ramadan grant' doing the rounds does not exist. The community fund is open to every group on the Island, the lifeboat and the WI included.", [], "myth-busting", day="2026-02-20")
H(G, "On the Gurnet Bay hotel: I have concerns about the Home Office's lack of consultation with the council. That's a process point, not about the men staying there.", [], "civil debate on asylum")
H(G, "I'll say it plainly: the Traveller transit site needs a proper access road and bins. That's fairness to Travellers and neighbours alike.", [PD], "civil debate; access road")
H(G, "Romanian, Polish, Bulgarian: the care homes on this Island would close tomorrow without them. Let's be honest about that.", [], "positive on migrants")
H(G, "Fact check: EU nationals on the Island pay council tax like everyone else. No, they don't 'jump the housing queue'.", [], "myth-busting")
H(G, "Some residents asked why the rainbow flag is up at Fernside House. It's LGBT+ History Month, and we mark it like we mark other months. Simple.", [], "explains a flag", day="2026-02-05")
H(G, "Disabled bays on the seafront are not 'special treatment'. They're how some Islanders get to the beach at all.", [], "rebuts a disability myth")
H(G, "Should older councillors stand down at 75? No. Voters decide, not birthdays.", [], "civil debate on age")
H(G, "The single-sex changing question at the leisure centre deserves careful answers. I want to hear from trans residents and women's groups alike.", [], "civil debate")
H(G, "On the mosque application: I've no view on the merits until the committee hears it. Planning isn't about anyone's faith.", [], "predisposition, open mind")
H(G, "Maternity cover for councillors is a real gap. No councillor should have to choose between a new baby and their ward.", [], "civil debate on maternity")
H(G, "'They're taking our homes.' No, second homes and holiday lets are. Let's aim the anger where it belongs.", [], "rebuts an anti-migrant myth")
H(G, "Is Chalkhaven racist? No. Do some Islanders of colour still get abuse? Yes. Both are true, and we fix the second.", [], "civil debate on race")
H(G, "The council's gender pay gap is 9%. That's not 'woke', it's a number, and it needs to come down.", [], "sex equality data")
H(G, "Overners versus caulkheads is a lovely old joke. It stops being a joke when it's used to tell a Black Islander he doesn't belong.", [], "discusses coded exclusion")
H(G, "Happy to debate the Gypsy and Traveller accommodation assessment with anyone. Bring evidence, leave the stereotypes at home.", [], "civil debate")
H(G, "Young people aren't snowflakes. Half the nippers in Sandwick work two seasonal jobs to make the rent.", [], "rebuts an age myth")
H(G, "No, being autistic isn't a reason someone can't sit on scrutiny. The Equality Act is clear and so am I.", [], "rebuts a disability myth")
H(G, "Holocaust Memorial Day. The myth that 'it could never happen here' is exactly how it happens. Read the names.", [], "remembrance", day="2026-01-27")
H(G, "Facts on the Gurnet Bay hotel: 60 men, a Home Office contract, ends in June. No, the council isn't paying for it.", [], "myth-busting")
H(G, "There's a reasonable debate about faith schools. There is no debate about whether Muslim families are welcome on the Island. They are.", [], "civil debate on religion")
H(G, "Is the tourist tax 'anti-English'? Come off it. It applies to everyone who stays overnight, Islanders visiting family included.", [], "rebuts a national origin claim")

# HN4 neutral or positive mentions of protected groups, self-description, reclaimed terms
G = "HN4"
H(G, "Eid Mubarak to all our Muslim neighbours across the Island! 🌙", [], "greeting", day="2026-03-20")
H(G, "Ramadan Mubarak to everyone starting the fast. The Fernsey Road mosque is hosting an open iftar on Friday, all welcome.", [], "greeting", day="2026-02-19")
H(G, "As a wheelchair user I can tell you the new ramp at the Chalkhaven ferry terminal is excellent. Thank you to the team.", [], "self-description", author="Owen Pragnell")
H(G, "Proud trans woman, proud caulkhead, proud to represent Fernsey. Happy LGBT+ History Month 🏳️‍⚧️", [], "self-description", author="Serena Blake", day="2026-02-05")
H(G, "Back from maternity leave next month and missing my ward! Baby Arlo says hello to Chalkhaven North 👶", [], "self-description", author="Jade Harvey")
H(G, "At 74 I'm the oldest on the council and the only one who remembers the paddle steamers. Old caulkhead and proud.", [], "self-description, age", author="Brenda Attrill")
H(G, "Born in Cluj, made in Chalkhaven. Sixteen years an overner and counting 😄", [], "self-description, origin", author="Mihai Popescu")
H(G, "Happy Lunar New Year! Lovely evening at the Sandwick community hall last night, dumplings all round 🐎", [], "greeting", author="Wei Ling Chan", day="2026-02-18")
H(G, "Jackie and I marked ten years of our civil partnership this weekend. Still the best decision I ever made.", [], "self-description", author="Carol Newnham")
H(G, "I'm autistic and I love a spreadsheet. Want the detail on the ward budget? DM me and I'll send all 14 tabs.", [], "self-description", author="Ryan Kemp")
H(G, "As a gay lad on the Island in the 90s I never imagined I'd be a councillor one day. Thank you, Gurnet Bay 🏳️‍🌈", [], "self-description", author="Tom Sivell")
H(G, "Holocaust Memorial Day. We lit candles at the Knollbury synagogue this morning and read the names. Never again.", [], "remembrance", author="Hannah Goldring", day="2026-01-27")
H(G, "Shout out to the Chalkhaven Caribbean Society for their school talks this term. Island history is Black history too.", [], "positive mention")
H(G, "The deaf awareness course at Fernside House was brilliant. Every councillor should do it.", [], "positive mention")
H(G, "Queer and here in Fernsey: the new LGBT+ youth group meets Thursdays at the library. Nippers welcome, parents too.", [], "reclaimed 'queer'", author="Serena Blake")
H(G, "Mum of two, councillor for one ward, exhausted by all three 😂 Love you really, Chalkhaven South.", [], "self-description", author="Lucy Dyer")
H(G, "The Gypsy and Traveller history exhibition at the Knollbury museum is well worth a visit. Proper Island history.", [], "positive mention")
H(G, "International Women's Day yesterday: brilliant to see so many women crewing at the Sandwick lifeboat open day.", [], "positive mention", day="2026-03-09")
H(G, "A warm welcome to the twelve Ukrainian families who've made Knollbury home. You're Islanders now.", [], "positive mention")
H(G, "Kwame here: proud Black caulkhead, son of a nurse from Kumasi and a fisherman from Gurnet Bay.", [], "self-description", author="Kwame Osei-Bonsu")
H(G, "Seva from the Sikh community at the Chalkhaven food bank today: 300 hot meals. Thank you.", [], "positive mention")
H(G, "Dementia-friendly screenings at the Chalkhaven Regal every first Tuesday. Lovely afternoon out, bring your nan.", [], "neutral mention of age/disability")

# HN5 figurative violence, banter, self-deprecation
G = "HN5"
H(G, "I'd murder a crab sandwich after that planning committee. Four hours 😩", [BI], "figurative 'murder'")
H(G, "Charity tug-of-war at the regatta: Vectis First v Island Forward. We are going to destroy them 💪", [BI], "figurative 'destroy'")
H(G, "@DarrenMoreyVF beat me at darts again at the Gurnet Arms. Rematch Friday and I will have my revenge 😂", [BI, PA], "banter")
H(G, "Duzzy old gallybagger that I am, I left my speech on the bus. Sorry, Chalkhaven South! Posting it tonight.", [PA], "self-deprecation", author="Maureen Hollis")
H(G, "The Sandwick lifeboat fun run nearly killed me. Legs like jelly. Worth every penny raised.", [BI], "figurative 'killed'")
H(G, "Shrammed to the bone on the Downs litter-pick this morning. A nammet of hot pasties saved my life.", [], "dialect, no target")
H(G, "Ryan, you absolute nerd, fourteen tabs on one spreadsheet 😂 (love you mate)", [PA], "friendly teasing")
H(G, "Going to fight tooth and nail for the Yarhurst bus. Bring it on.", [BI], "figurative 'fight'")
H(G, "Me at 8am: mallishag. Me after three coffees: gurt dumbledore. Budget day, let's go 🐝", [], "dialect self-description")
H(G, "Lost the council quiz to the officers' table. Again. We are a shambles, a disgrace, a national embarrassment 😂", [PA], "self-deprecation")
H(G, "Gerald's ferry pun in full council was so bad I wanted to throw him off the chain ferry 😂 Brilliant speech though.", [BI, PA], "banter")
H(G, "Charity boxing for the hospice: Stuart's promised to go easy on me. Liar 😂", [BI, PA, DF], "banter")
H(G, "Killed it at the Knollbury primary assembly. Twenty nippers asking if I've met the King. I have not.", [BI], "figurative 'killed'")
H(G, "I'm the chuckle-headed fool who booked the wrong ferry. Stuck in Portsmouth. Send pasties.", [PA], "self-deprecation")
H(G, "Strangle me with bunting if I have to hear 'Sweet Caroline' at one more regatta 🎶", [BI], "figurative 'strangle'")
H(G, "War on potholes declared. First target: Downs Road. Hi-vis on, shovel ready.", [BI], "figurative 'war'")
H(G, "Brenda just took me apart at the bowls club. Seventy-four and utterly ruthless. Never again 😂", [PA, EQ], "age banter, admiring")
H(G, "Overner here: twenty years on the Island and I still can't say half the village names. Laugh away, caulkheads 😄", [], "self-deprecation")
H(G, "The group chat is a bloodbath this morning after the pancake race results 🥞", [BI], "figurative 'bloodbath'", day="2026-02-17")
H(G, "Me versus the Fernside House printer, round twelve. The printer is winning. I will end it.", [BI], "figurative threat to a printer")
H(G, "Why did the caulkhead cross the Solent? He didn't. Why would you? 😂", [], "Island joke")
H(G, "Blew up at my own spreadsheet today. Turns out the error was me. Idiot. Coffee time.", [PA], "self-deprecation")

# HN6 criticism of a named councillor's record that stays on the record
G = "HN6"
H(G, "Gerald Urry voted for the bus cuts in February and against reversing them in March. Yarhurst deserves an explanation.", [], "voting record")
H(G, "Terry Cheverton has chaired four planning committees that ran past 10pm. I'd like to see a better-run agenda.", [PA], "chairing record")
H(G, "@RosJolliffeVF promised a housing strategy by Christmas. It's March. Where is it?", [], "broken promise")
H(G, "Darren Morey has missed 7 of the last 10 scrutiny meetings. Gurnet Bay residents should know that.", [PA], "attendance record")
H(G, "Pauline Buckett's highways budget underspent by £1.2m while Downs Road fell apart. That's a choice, and she should own it.", [], "budget record")
H(G, "I disagree strongly with Lucy Dyer's motion on the tourist tax. It's badly drafted and would hurt B&Bs.", [], "disagreement with a motion")
H(G, "Stuart Woodford said in 2023 he'd oppose any beach hut price rise. He's now voted for two. Voters can judge.", [DF], "record a reader might hear as dishonesty")
H(G, "Mihai Popescu's amendment was well meant but unfunded. I couldn't support it.", [], "civil disagreement")
H(G, "Kwame Osei-Bonsu's questions on the ferry contract were sharp and fair. The Leader's answers weren't.", [], "record of answers")
H(G, "Rosalind Jolliffe told full council the harbour lease had been independently valued. The papers show it wasn't. I've asked the Monitoring Officer to clarify.", [DF, OI], "record a reader might hear as dishonesty")
H(G, "Hannah Goldring's record on Knollbury planning is mixed: good on affordable homes, poor on flood risk. My view.", [], "mixed record")
H(G, "Yusuf Mirza backed the library closures last year and opposes them now. Glad he's changed his mind, but he should say why.", [], "voting record")
H(G, "Wei Ling Chan voted for the car park sale after leafleting against it. I'd like her to explain that to Sandwick.", [DF], "record a reader might hear as dishonesty")
H(G, "@TomSivellWRG has a good record on the youth service. Shame his group won't back the funding this time.", [], "mixed praise")
H(G, "Cllr Woodford's answer on the pier finances ran to 40 minutes and still didn't answer the question.", [PA], "record of an answer")
H(G, "Owen Pragnell's climate plan has 37 actions and 4 of them funded. I support the aims; I don't support the gap.", [], "record of a plan")
H(G, "Carol Newnham promised a Yarhurst surgery every month. I count three since May. Residents notice these things.", [PA], "attendance-type record")
H(G, "Gerald Urry's budget relies on £3m of 'efficiencies' nobody can name. That's not a plan, it's a hope.", [], "budget record")
H(G, "Ryan Kemp voted against every item on the January agenda. Principled? Maybe. Effective? No.", [], "voting record")
H(G, "Terry Cheverton's claim that the Sandwick flats had 'no objections' isn't borne out by the planning portal, which shows 112.", [DF], "record a reader might hear as dishonesty")
H(G, "Darren Morey campaigned for a Gurnet Bay lifeguard. He's now cabinet lead and it's been cut. Disappointing.", [], "record")
H(G, "Maureen Hollis has sat on the library board for 12 years. Three branches closed on her watch, and that's fair to point out.", [], "record")

# ---------------------------------------------------------------- variants
# (original key, kind, word): every occurrence of the word is changed, case-insensitively.
VARIANTS = [
    ("pa_star", "asterisk", "clown"), ("pa_digit", "digits", "useless"),
    ("pa_zwsp", "zero-width", "weasel"), ("pa_spaced", "spaced", "prat"),
    ("pa_homoglyph", "homoglyph", "cretin"), ("pa_caps", "caps", None),
    ("al_star", "asterisk", "bollocks"), ("al_digit", "digits", "shit"),
    ("al_zwsp", "zero-width", "dickhead"), ("al_spaced", "spaced", "tosser"),
    ("al_homoglyph", "homoglyph", "knobhead"), ("al_caps", "caps", None),
    ("bi_star", "asterisk", "regret"), ("bi_digit", "digits", "hiding"),
    ("bi_zwsp", "zero-width", "live"), ("bi_spaced", "spaced", "accidents"),
    ("bi_homoglyph", "homoglyph", "alone"), ("bi_caps", "caps", None),
    ("eq_star", "asterisk", "cripple"), ("eq_digit", "digits", "pikeys"),
    ("eq_zwsp", "zero-width", "frock"), ("eq_spaced", "spaced", "poof"),
    ("eq_homoglyph", "homoglyph", "foreigners"), ("eq_caps", "caps", None),
    ("df_star", "asterisk", "liar"), ("df_digit", "digits", "crook"),
    ("df_zwsp", "zero-width", "fraud"), ("df_spaced", "spaced", "bung"),
    ("df_homoglyph", "homoglyph", "stole"), ("df_caps", "caps", None),
]

DIGITS = {"i": "1", "e": "3", "o": "0", "a": "4"}
HOMO = {"o": "\u043e", "e": "\u0435", "c": "\u0441", "a": "\u0430"}


def obfuscate_word(w, kind):
    if kind == "asterisk":
        for i, ch in enumerate(w):
            if i > 0 and ch.lower() in "aeiou":
                return w[:i] + "*" + w[i + 1:]
    if kind == "digits":
        for i, ch in enumerate(w):
            if ch.lower() in DIGITS:
                return w[:i] + DIGITS[ch.lower()] + w[i + 1:]
    if kind == "zero-width":
        m = len(w) // 2
        return w[:m] + "\u200b" + w[m:]
    if kind == "spaced":
        return " ".join(w)
    if kind == "homoglyph":
        for i, ch in enumerate(w):
            if ch in HOMO:
                return w[:i] + HOMO[ch] + w[i + 1:]
    raise ValueError((w, kind))


def make_variant_text(text, kind, word):
    if kind == "caps":
        parts = re.split(r"(@\w+)", text)
        return "".join(p if p.startswith("@") else p.upper() for p in parts)
    pat = re.compile(re.escape(word), re.IGNORECASE)
    assert pat.search(text), (word, text)
    return pat.sub(lambda m: obfuscate_word(m.group(0), kind), text)


# ---------------------------------------------------------------- assembly
def load_people():
    with open(HERE / "council.toml", "rb") as fh:
        cfg = tomllib.load(fh)
    people = cfg["people"]
    handles = {h: n for h, n in people["handles"].items() if n in people["councillors"]}
    by_name = {n: h for h, n in handles.items()}
    return people["councillors"], by_name


ROLE_WORDS = {"Rosalind Jolliffe": ["Leader", "Madam Leader"],
              "Gerald Urry": ["finance chief"],
              "Terry Cheverton": ["planning chair"]}


def names_in(text, name, handle):
    first, last = name.split(" ", 1)
    terms = [name, first, last, name.split()[-1], handle, handle.lstrip("@")] + ROLE_WORDS.get(name, [])
    for t in terms:
        flags = 0 if t in ("Leader", "Madam Leader") else re.IGNORECASE
        if re.search(r"(?<![\w-])" + re.escape(t) + r"(?![\w-])", text, flags):
            return True
    return False


def random_time(rng, day=None):
    start = date(2026, 1, 5)
    if day is None:
        while True:
            d = start + timedelta(days=rng.randrange(0, 82))
            if d.weekday() < 5:
                break
    else:
        d = date.fromisoformat(day)
    t = datetime(d.year, d.month, d.day, rng.randrange(8, 19), rng.randrange(60), rng.randrange(60))
    return t.strftime("%Y-%m-%dT%H:%M:%S+00:00")


def main():
    rng = random.Random(SEED)
    councillors, by_name = load_people()
    platforms = ["x"] * 36 + ["facebook"] * 28 + ["bluesky"] * 36
    rows = [dict(r) for r in ROWS]
    for r in rows:
        if r["author"] is None:
            pool = [c for c in councillors if not names_in(r["text"], c, by_name[c])]
            r["author"] = rng.choice(pool)
        r["platform"] = rng.choice(platforms)
        r["created_at"] = random_time(rng, r["day"])
    keyed = {r["key"]: r for r in rows if r["key"]}
    variants = []
    for key, kind, word in VARIANTS:
        o = keyed[key]
        allowed = list(o["allowed"]) + ([HS] if kind == "caps" else [])
        v = dict(o, kind_of_row="variant", text=make_variant_text(o["text"], kind, word),
                 allowed=allowed, created_at=random_time(rng), key=None,
                 variant_of=key, variant_kind=kind,
                 note=o["note"] + f" | {kind} variant ({word or 'whole text'})")
        variants.append(v)
    allrows = rows + variants
    rng.shuffle(allrows)
    ids = {}
    for i, r in enumerate(allrows, 1):
        r["id"] = f"B90-{i:04d}"
        if r.get("key"):
            ids[r["key"]] = r["id"]
    out = []
    for r in allrows:
        rec = {
            "id": r["id"], "text": r["text"], "author": by_name[r["author"]],
            "created_at": r["created_at"], "platform": r["platform"],
            "account": "councillor", "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"], "kind_of_row": r["kind_of_row"], "note": r["note"],
        }
        if r["kind_of_row"] == "variant":
            rec["variant_of"] = ids[r["variant_of"]]
            rec["variant_kind"] = r["variant_kind"]
        out.append(json.dumps(rec, ensure_ascii=False))
    (HERE / "posts.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {len(out)} rows")


if __name__ == "__main__":
    main()
