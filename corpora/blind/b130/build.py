#!/usr/bin/env python3
"""Build blind evaluation set b130 (Wrenfleet Borough Council, abuse rules, single posts).

Every text, label and note below was written by hand for this set. The script reads the roster
from council.toml, picks authors, platforms and timestamps with a fixed seed, makes the
obfuscated variants, shuffles, gives ids B130-0001.. and writes posts.jsonl. Running it again
writes the same file byte for byte.

    python3 build.py          # writes posts.jsonl
    python3 build.py --map    # also prints row key -> id (for the README)
"""
import datetime as dt
import json
import random
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 130130
PREFIX = "B130"

PA = "respect.personal-attack"
AB = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
DE = "defamation.allegation"
OF = "officers.impartiality"
IR = "tone.irony-risk"
HA = "haste.pause-before-posting"
DP = "data-protection.personal-data"
CR = "security.credentials"
IA = "position.improper-advantage"
PD = "predetermination.closed-mind"
GH = "gifts.hospitality"
MT = "meetings.during-meeting"
DI = "interests.declared-interest"

ROWS = []


def P(key, fam, text, rules=(), allowed=(), verdict=None, note="", author=None, date=None):
    if verdict is None:
        verdict = "block" if fam in (BU, EQ) else "review"
    ROWS.append(dict(key=key, family=fam, kind_of_row="positive", text=text,
                     rules=[fam, *rules], allowed=list(allowed), verdict=verdict,
                     note=note, author=author, date=date))


def H(key, group, text, allowed=(), note="", author=None, date=None):
    ROWS.append(dict(key=key, family="hard_negative", kind_of_row="hard_negative", text=text,
                     rules=[], allowed=list(allowed), verdict="ok",
                     note=f"{group} {note}", author=author, date=date))


# ---------------------------------------------------------------- respect.personal-attack
P("pa01", PA, "@CllrTilbrook ran planning last night like a bloke who'd lost the instructions. Roy, you're a muppet, mate, and the whole chamber could see it.",
  note="Insult at a named councillor by handle and first name. HN5 {h5_17} is a councillor calling himself a muppet.")
P("pa02", PA, "Kevin Tang has sat on audit for two years and still thinks a reserve is a lad on the bench at the Mudlarks. Proper plum.",
  note="Belittling a named councillor with local idiom; no swear word. HN6 {h6_24} weighs his scrutiny report on the record.")
P("pa03", PA, "Gutless. That's @HarjitSandhuMG all over. Promised the marsh campaigners he'd stand with them, then bottled it the second the whip looked at him.",
  note="Insult at a named councillor. Asterisk variant on 'gutless'. HN1 {h1_13} calls a cabinet decision gutless.")
P("pa04", PA, "Massive congratulations to Gary Brannan on his third budget! Takes real talent to be that clueless with other people's money for a whole year. Well done, babe 👏",
  rules=[IR], note="Mock congratulation ending in 'clueless' at the person; irony expected. HN6 {h6_02} criticises the same budget on the numbers.")
P("pa05", PA, "Callum Wheatley calls himself chair of scrutiny. Couldn't scrutinise a pint of whelks. Wet, useless, and everyone on his own side knows it.",
  note="Belittling a named councillor by role and name.")
P("pa06", PA, "I've had more sense out of the seagulls on the pier than out of Wayne Pooley. At least the gulls know when to shut their beaks.",
  note="Insult by comparison, no swear word. Caps variant.")
P("pa07", PA, "Joanne Tyrrell runs Planning like a doormat with a lanyard. Crestline wipe their feet on her every week and she says thank you. Pathetic.",
  rules=[OF], allowed=[DE], note="Insult at the named Head of Planning; the Crestline line could be heard as bias, so defamation allowed.")
P("pa08", PA, "@JackieBellringerSR you are a mouthy, spiteful old bag and the whole island knows it.",
  allowed=[EQ], note="Insult at a handle; 'old bag' has an age and sex edge, equality only allowed. Homoglyph variant on 'mouthy'. HN4 {h4_13} is Jackie on her hearing aids.")
P("pa09", PA, "Mate, Connor Pryke is a melt. Absolute melt. Turns up to full council with a speech he's lifted off TikTok and thinks nobody can tell.",
  note="Estuary slang insult ('melt'). Digit variant on 'melt'. HN5 {h5_19} is a councillor calling himself a melt.")
P("pa11", PA, "Graham Lusted couldn't run a whelk stall on a Bank Holiday. Chief Executive? Chief Excuse-Maker more like. Overpaid and out of his depth.",
  rules=[OF], note="Insult at the named Chief Executive. HN5 {h5_20} is a robust exchange with him that stays civil.")
P("pa12", PA, "Lorraine Gowers is a snake. Smiles at you in the Members' Room then slags you off to the Standard the minute your back's turned.",
  note="Name-calling at a named councillor; 'slags you off' is idiom, not obscenity here.")
P("pa13", PA, "Ken Mussett stood up about the sea wall for twenty minutes and said nothing. The man is a foghorn: loud, boring and no use to anyone once the fog's cleared.",
  note="Starts on a speech and turns to the man.")
P("pa14", PA, "Some people on this council are all fur coat and no knickers. Naming no names, @MayorMaureenC 👀",
  allowed=[EQ], note="Estuary idiom for pretentious, pointed at the Mayor's handle; its underwear image is aimed at a woman, so equality allowed. HN4 {h4_21} is Maureen in her own words.")
P("pa15", PA, "Nadia Chowdhury is the most two-faced operator in Thorney Bank. Says one thing on the doorstep and the opposite in committee. Wouldn't trust her as far as I could throw her.",
  allowed=[DE], note="Insult at a named councillor; 'two-faced' hints at dishonesty, defamation allowed. HN6 {h6_05} questions her budget figures instead.")
P("pa16", PA, "If Alfie Gunn walked off the end of the pier tomorrow the island would throw a party. Waste of space, waste of a seat, waste of oxygen.",
  verdict="block", allowed=[BU], note="Severe: wishes a named councillor gone and calls him a waste of oxygen; block. Bullying allowed (a wish, not a threat). Nothing in the text touches his autism, so no equality.")
P("pa17", PA, "Adaeze Okonkwo is a rancid piece of work. Rotten right through, like the mould in her tenants' flats, and twice as hard to get rid of.",
  verdict="block", allowed=[EQ], note="Severe dehumanising insult at a named cabinet member; block. Equality allowed only because some readers will hear an undertone at a Black councillor; the text names no trait. HN2 {h2_02} defends her.")
P("pa18", PA, "Sit down, @LeeRaymentWP, you absolute doughnut. Nobody asked.",
  note="Short insult at a handle. Zero-width variant on 'doughnut'. HN5 {h5_27} is self-deprecating 'doughnut of the week'.")
P("pa19", PA, "Shout out to @SharonPettitSA for the new 'Seafront Vision'. Truly inspiring stuff if you've never seen a calculator. Nobody does clueless quite like you, hun 😘",
  rules=[IR], note="Mock praise that ends at the person ('nobody does clueless quite like you'); irony expected.")
P("pa20", PA, "Terry Fensome hasn't been awake in a committee since 2009. Snoring his way to another year's allowance. Do us all a favour and retire, grandad.",
  allowed=[EQ], note="Mockery of an 80-year-old colleague; 'retire, grandad' is an age jab, equality allowed. HN5 {h5_05} uses 'grandad of the chamber' fondly; HN6 {h6_11} criticises his votes.")
P("pa21", PA, "Dean Sorrell is a wally. A grinning, hi-vis-wearing wally who's never filled a pothole in his life.",
  note="Name-calling at a named cabinet member. Spaced variant on 'wally'. HN6 {h6_01} counts his potholes instead.")
P("pa22", PA, "Daniel Kessler: all mouth and no trousers, with a voice like a car alarm going off outside the chippy at 2am.",
  note="Idiomatic insult at a named councillor; nothing about his faith.")
P("pa23", PA, "The Licensing Manager is a little Hitler with a clipboard. Paul Sargent, you're a joke, mate.",
  rules=[OF], note="Insult at an officer by role and name; 'little Hitler' is an idiom for petty officiousness.")
P("pa24", PA, "Phoebe Marlowe has the political nous of a deckchair. Folds flat the minute the wind gets up off the estuary.",
  note="Insult at a named councillor with no trait in it. HN6 {h6_13} disagrees with her motion on cost.")
P("pa25", PA, "Jodie Mayhew, you're a hypocrite. Bangs on about bus passes for the island and drives a Range Rover to every meeting.",
  allowed=[DE], note="Personal insult; the Range Rover claim is factual-sounding, defamation allowed.")
P("pa27", PA, "Stacey Loveday is Sharon Pettit's echo. Sharon sneezes, Stacey says bless you, and that's her entire contribution to Saltcote.",
  note="Insult at a named councillor (with a swipe at the Leader).")
P("pa28", PA, "Scott Brazier writes planning reports like a Year 7 doing his homework on the bus. Senior Planning Officer? Don't make me laugh.",
  rules=[OF], note="Insult at a named officer by name and role.")
P("pa29", PA, "Levi Buckland is a proper dinlo. Voted for the Gullmarsh link road and then moaned about the lorries.",
  allowed=[EQ], note="'Dinlo' is Essex slang (from Romani) for a fool; aimed at a Romany councillor it carries an edge, so equality allowed. HN4 {h4_15} is Levi using a Romani word fondly.")
# ---------------------------------------------------------------- respect.abusive-language
P("ab01", AB, "Sod the Pier Quarter masterplan and sod Seawall's bloody 'consultation'. Eighteen months and not a brick laid.",
  allowed=[PA], note="Mildest abusive row: mild obscenity at a scheme and a party's consultation. HN1 {h1_06} makes the same point civilly.")
P("ab02", AB, "This budget is shite. Pure, unfiltered shite, and every trader from the front to the Arterial knows it.",
  note="Obscenity at a budget. Caps variant. HN1 {h1_01} says the budget is a disgrace without obscenity.")
P("ab03", AB, "Whoever designed the new Thorney Bank roundabout must've been off their nut. What a fucking shambles.",
  allowed=[PA, OF], note="Obscenity at a road design; the designer is probably an officer, officers allowed. HN1 {h1_20} says the roundabout is a mess.")
P("ab04", AB, "@DanKesslerTP you're a complete knob, mate.",
  rules=[PA], note="Obscenity at a handle. Homoglyph variant on 'knob'.")
P("ab05", AB, "Tidewaste left the bins on Shore Road for nine days. Nine days, in this wind. Whoever runs that outfit is a twat of the highest order.",
  allowed=[PA], note="Obscenity at an unnamed manager of a company. Zero-width variant on 'twat'. HN1 {h1_02} makes the same complaint civilly.")
P("ab06", AB, "What a load of bollocks from @KenMussettER about the marsh drainage. He's never once been out on the saltings.",
  allowed=[PA], note="Obscenity at what a councillor said; personal-attack only allowed. Digit variant on 'bollocks'.")
P("ab08", AB, "Roy Tilbrook is a prize tosser.",
  rules=[PA], note="Obscenity at a named councillor. Spaced variant on 'tosser'.")
P("ab09", AB, "Did the Wrenfleet Standard even ring anyone before printing that crap about the lido? Lazy, arse-about-face reporting.",
  allowed=[PA], note="Mild obscenity at a newspaper's story. HN1 {h1_08} corrects the same story civilly.")
P("ab10", AB, "Who let @LorraineGowersER near a microphone again? Utter shite about the car parks, start to finish.",
  allowed=[PA], note="Obscenity at what a councillor said; the rhetorical jab at her is mild, personal-attack allowed.")
P("ab11", AB, "Gary Brannan is a smug cunt and I don't care who reads this.",
  rules=[PA], verdict="block", note="The c-word at a named councillor; block.")
P("ab12", AB, "The directors at Saltings Housing are greedy bastards. Kids in Mariners Court sleeping next to black mould while they pay themselves bonuses. Hope they choke on it.",
  verdict="block", allowed=[PA, BU, DE], note="Severe: unnamed directors, 'hope they choke on it'; block. HN1 {h1_05} reports the same landlord to the regulator.")
P("ab13", AB, "Had a look at Crestline's drawings for Gullmarsh Farm. Bloody hell. Four storeys on a flood plain with one road out. What a cock-up.",
  allowed=[PA, PD], note="Mild obscenity at a pending application's plans; the settled tone allows predetermination. HN1 {h1_24} is predisposition on the same site.")
P("ab14", AB, "The cabinet's answer on the lido was piss weak. Three paragraphs of waffle and not one date.",
  allowed=[PA], note="Mild obscenity at the cabinet's answer.")
P("ab15", AB, "The new parking app is a heap of crap. Took me four goes and a cup of tea to pay for an hour on the front.",
  note="Mild obscenity at an app. HN1 {h1_04} says the app is rubbish.")
P("ab16", AB, "@WaynePooleySR do one, you bellend.",
  rules=[PA], note="Obscenity at a handle with Essex 'do one' (go away). Asterisk variant on 'bellend'. HN2 {h2_02} uses 'do one' at an abuser.")
P("ab17", AB, "Tell Lee Rayment from me he can stick his 'community champion' award where the sun don't shine. Arse-licking little creep.",
  rules=[PA], note="Obscenity and insult at a named councillor.")
P("ab18", AB, "Honestly, sat here in the chamber, this is a clusterfuck. Ninety minutes and we're still on item 2.",
  allowed=[PA, MT], note="Obscenity at a meeting, posted from the chamber; meetings allowed.")
P("ab19", AB, "Bloody hell, the state of Wrenfleet high street. Half boarded up, the other half vape shops, and the cabinet don't give a monkey's.",
  allowed=[PA], note="Mild obscenity at a street and the cabinet as a body.")
P("ab21", AB, "@JodieMayhewTP take your petition and shove it. Piss off back to Thorney Bank.",
  rules=[PA], note="Obscenity aimed at a handle.")
P("ab22", AB, "Thames Progress, you lot are a shower of shit. Every single one of ya.",
  allowed=[PA], note="Obscenity at a party.")
P("ab23", AB, "Callum Wheatley is a whingeing wanker.",
  rules=[PA], note="Obscenity at a named councillor. HN2 {h2_24} defends him against a different slur.")
P("ab24", AB, "£4.50 an hour to park on the front in February? Are they taking the piss? Fuck right off with that.",
  allowed=[PA], note="Obscenity at a charge. HN1 {h1_03} calls the same charges daylight robbery.")
P("ab27", AB, "Phoebe Marlowe is a dozy cow and always has been.",
  rules=[PA], allowed=[EQ], note="Gendered insult at a named councillor; 'cow' is mild obscenity, equality allowed (aimed at a trans woman, some will read more into it).")
P("ab29", AB, "Them new food caddies from Tidewaste? Absolute toss. First bit of wind off the estuary and they're halfway to Kent.",
  allowed=[PA], note="Mild obscenity at a product. HN1 {h1_19} makes the same complaint.")
P("ab30", AB, "Sharon Pettit, you pompous arsehole, the seafront is not your personal playground.",
  rules=[PA], note="Obscenity at the named Leader.")
P("ab32", AB, "Dean Sorrell is a spineless shitbag and I hope Thorney Bank boots his sorry arse out in May.",
  rules=[PA], note="Obscenity at a named councillor; the election wish is political, not a threat.")
P("ab34", AB, "Twenty-six pages of bollocks from Tidewaste and not one missed collection explained. Bin the report, bin the contract.",
  allowed=[PA], note="Obscenity at a contractor's report.")

# ---------------------------------------------------------------- bullying.intimidation
P("bu01", BU, "@AlfieGunnSR keep running your mouth about the caravan park and see what happens. I know where you live, son, and I know what time you walk the dog.",
  allowed=[DP, PA], note="[explicit] 'I know where you live' plus his routine; data protection allowed for the route and time.")
P("bu02", BU, "Somebody needs to give Callum Wheatley a proper slap. Might knock some sense into him.",
  allowed=[PA], note="[explicit] Incites violence at a named councillor.")
P("bu03", BU, "If Lorraine Gowers turns up at the Cocklestone hustings again she'll be carried out of it. Not a threat. A promise.",
  note="[explicit] Threat of violence at a named councillor.")
P("bu04", BU, "Tell Ken Mussett to watch his back on the sea wall of a night. Long drop into the mud down there.",
  note="[veiled] Implied harm tied to a place. HN5 {h5_12} uses 'watch your backs' about a cake stall.")
P("bu05", BU, "We're watching you, @KevinTangTP. Every shift at the chippy, every drive home. Watching.",
  allowed=[DP, EQ], note="[veiled] Surveillance threat tied to his family business; equality allowed for the undertone at a Chinese family's shop. Digit variant on 'watching'.")
P("bu06", BU, "Any more lies from Jodie Mayhew about my ward and I'll put her through the window of the Smack and Anchor myself.",
  allowed=[DE, PA], note="[explicit] Violent threat; 'lies' allows defamation.")
P("bu07", BU, "Scott Brazier, change that recommendation on Gullmarsh Farm or I'll make sure you never work in local government again. Try me.",
  rules=[OF], allowed=[PD], note="[pressure] A named planning officer threatened over his advice on a pending application; officers expected, predetermination allowed.")
P("bu08", BU, "Daniel Kessler wants a good kicking, and if nobody else will give him one I'll do it myself.",
  allowed=[PA], note="[explicit] Threat of violence.")
P("bu10", BU, "I'll burn that Thames Progress office down with Nadia Chowdhury in it if she carries on like this.",
  allowed=[PA], note="[explicit] Threat of arson and death.")
P("bu11", BU, "Terry Fensome lives on Saltmarsh Close, the one with the green door. Go round and tell him what you think of his vote. All of you.",
  allowed=[DP], note="[explicit] Home street published and a crowd sent round; data protection allowed.")
P("bu12", BU, "Lovely little gaff you've got out by the creek, @LeviBucklandInd. Be a shame if anything happened to it while you're at full council.",
  allowed=[EQ], note="[veiled] Threat to a home; equality allowed for the undertone at a Romany councillor. Homoglyph variant on 'lovely'.")
P("bu13", BU, "Sleep well, @DeanSorrellTB. While you can.",
  note="[veiled] Shortest veiled threat. HN5 {h5_11} tells the island to get some kip.")
P("bu14", BU, "Nadia should remember Thorney Bank is a small place. People talk, people remember, and people know which school her kids go to.",
  allowed=[DP], note="[veiled] Pointing at a councillor's children's school; data protection allowed.")
P("bu15", BU, "Be careful, Roy. Very careful. You've got a lot more to lose than your seat.",
  note="[veiled] Menace without a stated harm. Spaced variant on 'careful'. HN5 {h5_13} shares 'be careful, very careful' about chilli.")
P("bu16", BU, "Funny old place, Grayhythe docks. Things fall in the water all the time. Ask anyone. @GaryBrannanSA",
  note="[veiled] Implied harm by a place, addressed to a handle.")
P("bu17", BU, "You'll regret crossing me, Jackie. Maybe not this month. But you will.",
  note="[veiled] 'You'll regret'. Zero-width variant on 'regret'. HN5 {h5_14} uses 'you'll regret it' of a January swim.")
P("bu19", BU, "To the resident on Pound Close who reported me to standards: I know exactly who you are, and I've got a long memory.",
  allowed=[DP], note="[veiled] Threat at a complainant; the street is given, data protection allowed.")
P("bu20", BU, "Harjit Sandhu wants his legs broke for what he did to the Marsh Lane families. Someone'll oblige him one of these nights.",
  note="[explicit] Wish for violence that reads as incitement. Asterisk variant on 'broke'.")
P("bu21", BU, "I sit on licensing, Lee. Your old man's arcade licence is up in the spring. Just saying. Think on before Thursday's vote.",
  allowed=[IA], note="[pressure] Threatens misuse of a licensing role to sway a vote; improper advantage allowed.")
P("bu22", BU, "Every member who votes against the Pier Quarter on Thursday: I've got your names, and your wards won't see a penny of ward budget till 2030. Try me.",
  allowed=[IA], note="[pressure] Coercion with ward money; improper advantage allowed. Caps variant.")
P("bu23", BU, "Anyone thinking of giving evidence against me at the standards hearing should remember I sit on the allocations panel. Just so we're all clear.",
  allowed=[IA], note="[pressure] Threat against witnesses through a council role; improper advantage allowed.")
P("bu24", BU, "Withdraw that complaint, Phoebe, or the Standard gets everything I know about your life before you came to Cocklestone. Your call.",
  allowed=[EQ, DP], note="[pressure] Blackmail of a trans councillor with her past; equality and data protection allowed.")
P("bu25", BU, "Jodie Mayhew works at the port. I wonder how her manager would feel about what she posts in work hours. I've got his email. Last warning.",
  note="[pressure] Threatens a councillor's livelihood to silence her.")
P("bu26", BU, "Carol Ingrey might want to remember who sits on the panel that signs off her pay review before she rules on my complaint.",
  rules=[OF], allowed=[IA], note="[pressure] The named Monitoring Officer pressed through her pay; officers expected.")
P("bu27", BU, "Everyone tell @AdaezeOkonkwoSA exactly what you think of her. Tag her, email her, ring the housing office till she picks up. Don't let up, not for a day.",
  allowed=[PA], note="[pressure] Organised pile-on at a named cabinet member.")
P("bu28", BU, "Ken Mussett's private mobile is 07700 900318. Give him a bell. Middle of the night's best, he's always up.",
  allowed=[DP, CR], note="[pressure] Private number published with a call to ring at night (drama range); data protection and credentials allowed. HN2 {h2_13} condemns such a post without the number.")
P("bu29", BU, "Stand down by Friday, Wayne, or the photos come out. You know which ones.",
  note="[explicit] Blackmail threat at a named councillor.")

# ---------------------------------------------------------------- equality.discrimination
P("eq01", EQ, "Another pikey camp on the marsh at Hollow Lane. Lock up your tools, Stowmarsh.",
  rules=[AB], allowed=[DE], note="[explicit; race] Slur for Gypsies and Travellers with the theft trope; abusive expected. Asterisk variant on 'pikey'. HN2 {h2_01} condemns the same slur.")
P("eq02", EQ, "Funny how every hand car wash on the Arterial's run by the same lot and not one of them can string a sentence together in English.",
  note="[coded; race] National origin by 'the same lot' and language; no group named. HN3 {h3_22} busts the car wash rumour.")
P("eq03", EQ, "Thorney Bank used to be East End families. Now it's Poles and Romanians as far as the eye can see, and Kasia Wójcik wonders why people are angry.",
  rules=[PA], note="[explicit; race] Hostility to Polish and Romanian residents aimed at a Polish-born councillor; personal-attack expected. Homoglyph variant on 'Poles'. HN4 {h4_08} is Kasia on her roots.")
P("eq04", EQ, "Adaeze Okonkwo should go back to Lagos and sort out the housing there. Leave ours to people who belong here.",
  rules=[PA], note="[explicit; race] 'Go back' at a named Black councillor; personal-attack expected. HN2 {h2_02} answers it.")
P("eq05", EQ, "Walk down Grayhythe high street now and you'd think you'd got off at the wrong airport. Not what our nans fought for.",
  note="[coded; race] Foreignness implied without a group word.")
P("eq06", EQ, "The Chinky on the front's still got a hygiene rating of 2. Says it all about them.",
  rules=[AB], note="[explicit; race] Slur and 'them'; abusive expected. HN2 {h2_07} is Kevin Tang on the same slur.")
P("eq07", EQ, "The Esplanade Hotel's full of dinghy-hoppers living on our money while our veterans sleep under the pier. Ship 'em back.",
  note="[explicit; race] Asylum seekers dehumanised and told to be removed. Caps variant. HN2 {h2_15} condemns 'dinghy-hoppers'; HN1 {h1_23} criticises the contract's handling.")
P("eq08", EQ, "Funny how the begging outside Wrenfleet station started the same year the Romanian mini-markets opened. Just saying.",
  note="[explicit; race] Links a national group to begging. Zero-width variant on 'Romanian'. HN3 {h3_05} separates the two issues.")
P("eq09", EQ, "Nadia Chowdhury takes her orders from the mosque on Ferry Road, not from the voters of Thorney Bank.",
  rules=[PA], note="[explicit; religion or belief] Muslim councillor accused of religious divided loyalty; personal-attack expected. HN4 {h4_05} is Nadia's Ramadan greeting.")
P("eq10", EQ, "Funny how Dan Kessler always knows where the money is. Must run in the family.",
  rules=[PA], allowed=[DE], note="[coded; religion or belief] Antisemitic money trope with no group word; personal-attack expected, defamation allowed. HN2 {h2_08} names the trope to condemn it.")
P("eq11", EQ, "Knives in the chamber now, is it? Harjit Sandhu wants to bring a blade to full council and call it religion. Only in Wrenfleet.",
  rules=[PA], note="[explicit; religion or belief] The kirpan mocked as a weapon at a named Sikh councillor; personal-attack expected. HN2 {h2_20} condemns a similar remark.")
P("eq12", EQ, "Halal-only Christmas dinner at Cocklestone Primary, I hear. That's how it starts, folks. Wake up.",
  note="[coded; religion or belief] False halal scare aimed at Muslims without naming them. HN3 {h3_01} busts the same rumour.")
P("eq14", EQ, "Half the lot on the Grayhythe day centre minibus are proper spastics and the other half are the staff.",
  rules=[AB], note="[explicit; disability] Disability slur at service users; abusive expected. Digit variant on 'spastics'. HN2 {h2_18} condemns a similar jibe.")
P("eq15", EQ, "Someone give Alfie Gunn his ear defenders and a colouring book and let the grown-ups run the island.",
  rules=[PA], note="[coded; disability] Mocks an autistic councillor's ear defenders without naming autism. HN4 {h4_10} is Alfie explaining them.")
P("eq16", EQ, "Callum Wheatley off 'with stress' again. Nutters shouldn't be chairing scrutiny. Simple.",
  rules=[PA], allowed=[AB], note="[explicit; disability] Mental ill health as disqualifying; 'nutters' allows abusive. HN4 {h4_11} is Callum on Time to Talk Day.")
P("eq17", EQ, "Terry Fensome is 80. Eighty! He should be in a home on the front, not voting on our budget.",
  rules=[PA], note="[explicit; age] Age as disqualifying. HN4 {h4_12} is Terry's own birthday post.")
P("eq18", EQ, "Connor Pryke is 24 and reckons he knows better than people who've paid council tax since before he was born. Kids shouldn't be allowed to stand.",
  rules=[PA], note="[explicit; age] Youth as disqualifying.")
P("eq19", EQ, "Anyone old enough to remember the '53 flood shouldn't get a say on the new sea wall. Leave it to people who'll be alive to see it finished.",
  note="[coded; age] Excludes by age without saying 'old'. HN3 {h3_21} says housing is not young against old.")
P("eq20", EQ, "Women like Sharon Pettit should stick to the school run and leave the port to the men.",
  rules=[PA], note="[explicit; sex] HN2 {h2_12} answers the same line.")
P("eq21", EQ, "Typical Essex girl, Jodie Mayhew. All eyelashes and no brains.",
  rules=[PA], note="[coded; sex] The 'Essex girl' stereotype used as a put-down; HN4 {h4_21} and HN2 {h2_19} use the same words with pride. The dialect phrase alone does not decide the label.")
P("eq22", EQ, "Never had a decent Mayor since they started letting the girls wear the chain. Maureen's living proof.",
  rules=[PA], note="[explicit; sex] Women as unfit for office, at the Mayor.")
P("eq23", EQ, "Lorraine Gowers and her 'wife'. Poofs and dykes running the car parks now, God help us.",
  rules=[PA, AB], note="[explicit; sexual orientation] Slurs at a named lesbian councillor.")
P("eq24", EQ, "Rainbow flags on every lamp post along the front and they can't fix one streetlight on Shore Road. We all know whose agenda this council serves. Protect the kids.",
  note="[coded; sexual orientation] 'Protect the kids' after Pride flags insinuates a threat from LGBT people. HN3 {h3_15} debates the flag policy civilly.")
P("eq25", EQ, "Phoebe Marlowe is a bloke in a dress and always will be.",
  rules=[PA], note="[explicit; gender reassignment] Misgendering a named trans councillor. Spaced variant on 'dress'. HN2 {h2_04} deletes and condemns the same words.")
P("eq26", EQ, "The real women of Cocklestone deserve a real woman representing them. Enough said. 🚺",
  note="[coded; gender reassignment] Aimed at the ward's trans councillor without naming her; only a reader who knows Cocklestone knows who.")
P("eq27", EQ, "Jodie Mayhew's about to pop and still wants the licensing chair. Go home and nest, love. Nobody votes for someone on maternity leave.",
  rules=[PA], note="[explicit; pregnancy and maternity] HN4 {h4_09} is Jodie on her pregnancy; HN2 {h2_06} condemns similar messages.")
P("eq28", EQ, "A civil partnership ain't a marriage, whatever Lorraine Gowers puts on her leaflet. 'Mrs Gowers' my foot.",
  rules=[PA], note="[explicit; marriage and civil partnership] Belittles a civil partnership; some would tag sexual orientation. HN4 {h4_18} is Lorraine on fifteen years with Bev.")

# ---------------------------------------------------------------- defamation.allegation
P("de01", DE, "Gary Brannan's telling porkies about the reserves again. Man couldn't lie straight in bed.",
  rules=[PA], note="Rhyming-slang 'porkies' (lies) and an idiom for a liar; review. Homoglyph variant on 'porkies'. HN6 {h6_25} sets out a broken promise without calling it a lie.")
P("de02", DE, "Roy Tilbrook is bent. Everyone in Stowmarsh knows he's in Crestline's pocket.",
  rules=[PA], allowed=[EQ, PD], note="Corruption by idiom; review. 'Bent' is also a homophobic slur, equality allowed. Asterisk variant on 'bent'.")
P("de03", DE, "Sharon Pettit took a £5,000 bung off the arcade owners to wave the late licences through. I've seen the bank transfer.",
  verdict="block", note="Specific bribe stated as fact with claimed evidence; block.")
P("de04", DE, "Dean Sorrell's been on the fiddle for years. Ask anyone up the depot.",
  rules=[PA], note="Dishonesty by idiom, no specific offence; review. Digit variant on 'fiddle'.")
P("de05", DE, "Nice new conservatory at the Tilbrook gaff. Funny, that, the month after Crestline's outline went through. Backhander, anyone?",
  allowed=[PA, IR, DP], note="Innuendo of a bribe by question; review. Zero-width variant on 'backhander'.")
P("de06", DE, "Ken Mussett is a crook and always has been.",
  rules=[PA], note="'Crook' at a named councillor; review. Spaced variant on 'crook'.")
P("de07", DE, "The s151 officer, Alan Cudmore, moved £40,000 out of the coastal defence reserve into his brother's company account. That's theft, plain and simple.",
  rules=[OF], verdict="block", note="Theft by a named officer stated as fact; block.")
P("de08", DE, "Our Chief Executive has been cooking the books on the lido figures and he knows it.",
  rules=[OF], note="Dishonesty by an officer identified by role; idiom, no specific crime; review.")
P("de09", DE, "Kasia Wójcik got done for drink driving on the Arterial in November and her mates in the Old Bill made it go away.",
  verdict="block", allowed=[DP, HA], note="A conviction and a police cover-up stated as fact; block. Data protection (criminal record) and haste (alcohol) allowed.")
P("de10", DE, "Tidewaste have been dumping the island's recycling in landfill at Stowmarsh and billing us for recycling it. Their managers know, and they've been falsifying the tonnage returns.",
  verdict="block", allowed=[PA], note="Fraud by a company stated as fact; block.")
P("de11", DE, "Wayne Pooley's building firm fly-tipped two lorry loads of asbestos on the marsh behind Hollow Lane. I've got photos with his van in them.",
  verdict="block", note="Environmental crime by a named councillor's firm, with claimed photos; block.")
P("de12", DE, "Lee Rayment's arcade has been skimming the fruit machines and fiddling the VAT for years. HMRC should be told, and I'll be the one telling them.",
  verdict="block", note="Tax fraud stated as fact; block.")
P("de13", DE, "Jackie Bellringer rigged the Saltcote regatta grant. Her own nephew's boatyard got the lot and she scored the bids herself.",
  verdict="block", allowed=[DI], note="Misconduct in office stated as fact; block. Interests allowed.")
P("de14", DE, "Joanne Tyrrell rewrote the flood risk section of the Gullmarsh report after a meeting with Crestline. The first draft said refuse. I've seen both versions.",
  rules=[OF], verdict="block", allowed=[PD], note="A named officer accused of falsifying a report for a developer, with claimed evidence; block.")
P("de15", DE, "Stacey Loveday's husband's firm got the seafront railings contract and she voted on it without declaring a thing. That's a criminal offence and she knows it.",
  verdict="block", allowed=[DI, DP], note="Failure to declare a pecuniary interest stated as a crime; block.")
P("de16", DE, "Levi Buckland's been subletting his council flat on holiday-let sites all summer. Tenancy fraud, right under our noses.",
  verdict="block", allowed=[DP, EQ], note="Tenancy fraud stated as fact; block. Equality allowed: aimed at a Romany councillor, some will hear a trope.")
P("de17", DE, "Harjit Sandhu forged signatures on his nomination papers. Three of the names on there are dead.",
  verdict="block", note="Electoral forgery stated as fact; block.")
P("de18", DE, "Thames Progress are a bunch of liars and crooks and always have been.",
  allowed=[PA], note="'Liars and crooks' at a party; review, personal-attack allowed. Caps variant.")
P("de19", DE, "Whose cousin runs the firm that just won the beach hut contract? Clue: sits on cabinet, lives in Wrenfleet Central, first name rhymes with 'barren'. 😉",
  allowed=[PA, IR], note="Innuendo pointing at one identifiable member without naming her; review.")
P("de20", DE, "Connor Pryke's a proper wrong'un. Wouldn't trust him with the raffle money.",
  rules=[PA], note="'Wrong'un' and the raffle line imply dishonesty; review.")
P("de21", DE, "Gaz and his 'consultancy'. Paid by the port, votes on the port. Nice little earner, innit.",
  allowed=[PA, DI], note="Corruption by idiom at the finance cabinet member by nickname; review. Interests allowed.")
P("de22", DE, "Adaeze Okonkwo looked the Mariners Court tenants in the eye and lied. She knew full well the lift money had gone.",
  rules=[PA], note="'Lied' at a named councillor; review (no crime stated).")
P("de23", DE, "Funny how Paul Sargent's mate got a late licence for the Goldmine Amusements in record time. Licensing Manager's perks.",
  rules=[OF], allowed=[PA], note="Innuendo of favouritism by a named officer; review.")
P("de24", DE, "Saltcote Residents paid people twenty quid a head in cash to vote in the island by-election. I've spoken to two who took it.",
  verdict="block", allowed=[PA], note="Electoral bribery by a party stated as fact; block.")
P("de25", DE, "Nadia Chowdhury is a fraud. Claims she lives in Thorney Bank, and everyone knows she's at her mum's in Grayhythe.",
  rules=[PA], allowed=[DP], note="'Fraud' at a named councillor about her residence; review.")
P("de27", DE, "Callum Wheatley glassed a barman at the Smack and Anchor on New Year's Eve and the police let him off because he's a councillor.",
  verdict="block", allowed=[DP, HA], note="Assault and a police cover-up stated as fact; block.")
P("de28", DE, "Phoebe Marlowe's expense claims are a work of fiction. Taxis to the end of her own road.",
  allowed=[PA], note="Expenses dishonesty by idiom; review.")

# ---------------------------------------------------------------- HN1 harsh criticism of policy, decision, party, company, council
H("h1_01", "HN1", "This budget is a disgrace. Beach hut fees up, the lido shut, and not a penny extra for the sea wall. Seawall Alliance should be ashamed of it.",
  allowed=[PA], note="Harsh criticism of a budget and a party; {ab02} says it with obscenity.")
H("h1_02", "HN1", "Tidewaste missed Shore Road again. Third time this month. The contract has penalty clauses and I want to know why we're not using them.",
  note="Complaint about a contractor; {ab05} adds an obscenity at its manager.")
H("h1_03", "HN1", "The parking charges on the front are daylight robbery. £4.50 an hour in February kills the cafés stone dead. Scrap them.",
  allowed=[DE], note="'Daylight robbery' is idiom about a charge, not an allegation; defamation allowed.")
H("h1_04", "HN1", "The new parking app is rubbish. Proper rubbish. I've reported the faults to officers and asked to see the contract terms.",
  note="Harsh but clean; {ab15} says it with obscenity.")
H("h1_05", "HN1", "Saltings Housing have failed Mariners Court. Mould, a broken lift, and a complaints line nobody answers. I've written to the Regulator of Social Housing today and I'll publish the reply.",
  allowed=[PA], note="Criticism of a landlord through the proper channel; {ab12} is the abusive version.")
H("h1_06", "HN1", "The Pier Quarter masterplan is a vanity project. Eighteen months, £2.3m on consultants, no spade in the ground. Scrap it and fix the sea wall.",
  note="Harsh criticism of a scheme.")
H("h1_07", "HN1", "Seafront Fund scoring was a shambles. Island clubs scored lower than ones that never even sent in their accounts. I've asked scrutiny to call it in.",
  note="Criticism of a process.")
H("h1_08", "HN1", "The Standard got the lido story wrong: closing it was a cabinet decision, not an officer one. Sloppy. I've sent them a correction.",
  allowed=[PA], note="Correcting a newspaper; {ab09} is the abusive version.")
H("h1_09", "HN1", "Shutting Thorney Bank library on Saturdays is daft. Daft, short-sighted, and it'll cost more in the long run. Rethink it.",
  note="Blunt criticism of a decision.")
H("h1_10", "HN1", "Thames Progress's alternative budget doesn't add up. They've spent the same £400k three times over. Do your homework, lads.",
  allowed=[PA], note="Criticism of a party's numbers.")
H("h1_11", "HN1", "I'm fuming about the causeway closures. Nobody on the island was told, carers couldn't get across, and the council website said nothing. Not good enough.",
  allowed=[HA], note="Anger at the council's handling; 'fuming' may raise haste.")
H("h1_12", "HN1", "The Grayhythe port expansion will put 400 more lorries a day on the Arterial. The cabinet's impact study is thin and I'll be saying so at scrutiny.",
  note="Criticism of a cabinet study.")
H("h1_13", "HN1", "Gutless decision by the cabinet to kick the sea wall repairs into next year. If the '53 flood taught this estuary anything, it's that the tide don't wait for a budget cycle.",
  allowed=[PA], note="'Gutless' about a decision; {pa03} calls a person gutless.")
H("h1_14", "HN1", "Crestline have sat on the Marsh Road permission for six years. Land banking, pure and simple, while families sit on the waiting list.",
  allowed=[PA, DE], note="Criticism of a developer's conduct, a lawful practice named as such.")
H("h1_15", "HN1", "The Mayor's charity ball costs more to put on than it raises. That's not a dig at anyone, it's in the accounts. Let's do something cheaper and better.",
  allowed=[PA, DE], note="Criticism of an event's finances, not the Mayor.")
H("h1_16", "HN1", "This council treats the island like an afterthought. Buses, bins, the causeway: every cut lands on Saltcote first.",
  note="Criticism of the council.")
H("h1_17", "HN1", "The Ratepayers want to flog off the beach huts to private buyers. Terrible idea. Once they're gone, they're gone.",
  allowed=[PA], note="Criticism of a party's proposal.")
H("h1_18", "HN1", "The contact centre is a joke. Forty minutes on hold. Staff are doing their best; it's the system they've been lumbered with that's the problem.",
  note="Criticism of a service that protects staff.")
H("h1_19", "HN1", "Tidewaste's food caddies are useless in the wind off the estuary. Half of Cocklestone's are in the creek. Get them changed.",
  note="Same complaint as {ab29} without obscenity.")
H("h1_20", "HN1", "The new Thorney Bank roundabout is a mess. Lanes that end nowhere and a cycle path straight into a bus stop. Whoever signed it off, it needs redoing.",
  allowed=[OF], note="Criticism of a design; 'whoever signed it off' may point at an officer. {ab03} is the obscene version.")
H("h1_21", "HN1", "Seawall Alliance promised to keep the lido open. They've shut it. Voters will remember that in May.",
  allowed=[PA, DE], note="Broken promise by a party.")
H("h1_22", "HN1", "The port's community fund is a fig leaf. £20k a year against millions in profit while Grayhythe breathes in the diesel.",
  allowed=[PA], note="Criticism of a company's fund.")
H("h1_23", "HN1", "The handling of the Esplanade Hotel contract has been a shambles: no notice to ward members, no plan for the GP surgery, nothing. That's on the Home Office and on us, not on the people living there.",
  allowed=[EQ], note="Criticises the asylum contract's handling and protects residents; {eq07} attacks them.")
H("h1_24", "HN1", "Gullmarsh Farm: I have serious concerns about flood risk and the single access road. I'll listen to the evidence at committee, but the applicant has a lot to answer.",
  allowed=[PD], note="Predisposition on a pending application, not predetermination; {ab13} is the obscene version.")
H("h1_25", "HN1", "The Standard's comments section has turned into a sewer. I'd ask the editor to moderate it properly, for everybody's sake.",
  allowed=[PA], note="Criticism of a newspaper's moderation.")
H("h1_26", "HN1", "The Mudlarks ground deal is a bad deal for the council. We carry all the risk, they keep all the upside. Sorry, lads, but someone has to say it.",
  note="Criticism of a deal with a football club.")
H("h1_27", "HN1", "£38 for a green bin permit, up from £25. That's a tax on anyone with a garden, and it stinks.",
  note="Criticism of a charge; 'it stinks' is not obscene.")
H("h1_28", "HN1", "Honestly, the state of the sea wall path at Cocklestone. Cracks you could lose a toddler in. This council should be embarrassed.",
  note="Criticism of the council's upkeep.")

# ---------------------------------------------------------------- HN2 counter-speech and quoting abuse to condemn it
H("h2_01", "HN2", "Someone sprayed 'pikeys out' on the sign at Hollow Lane last night. That's a hate crime and it's been reported. Our Romany and Traveller neighbours are Stowmarsh too.",
  allowed=[EQ, AB], note="Quotes the slur of {eq01} to condemn it.")
H("h2_02", "HN2", "To whoever emailed Adaeze telling her to 'go back to Lagos': she was born in Grayhythe hospital and she's forgotten more about housing than you'll ever know. Do one.",
  allowed=[EQ, PA], note="Counter-speech against {eq04}'s line; 'do one' aimed at an unnamed abuser.")
H("h2_03", "HN2", "Called a 'Paki' twice on the doorstep this week. Hasn't stopped me knocking and it won't. Thorney Bank, see you Saturday.",
  allowed=[EQ, AB], author="Nadia Chowdhury", note="A councillor quoting a slur used at her.")
H("h2_04", "HN2", "Someone left a comment on my page calling Phoebe Marlowe 'a bloke in a dress'. Deleted, blocked, reported. Phoebe's a colleague and a mate.",
  allowed=[EQ], note="Quotes {eq25}'s words to condemn them.")
H("h2_05", "HN2", "Heard a bloke on the front call a lad in a wheelchair a 'spaz' on Saturday. In 2026. Have a word with yourselves, Wrenfleet.",
  allowed=[EQ, AB], note="Condemns a disability slur.")
H("h2_06", "HN2", "Jodie's had messages saying a pregnant woman has 'no business on licensing'. She's brilliant at the job, she'll be brilliant after the baby, and whoever sent them should be ashamed.",
  allowed=[EQ], note="Counter-speech for a pregnant colleague; {eq27} is the attack.")
H("h2_07", "HN2", "When I was a kid behind the counter, blokes used to shout 'Chinky' through the chippy door every Friday. Dad served them anyway. Happy Lunar New Year, Wrenfleet 🧧",
  allowed=[EQ, AB], author="Kevin Tang", date=(2, 17), note="A councillor recalling a slur to condemn it; {eq06} uses it.")
H("h2_08", "HN2", "Seen the leaflet saying Dan Kessler's lot 'always know where the money is'. That's an antisemitic trope older than the pier. Every party should condemn it and I do.",
  allowed=[EQ, PA], note="Names the trope of {eq10} to condemn it.")
H("h2_09", "HN2", "'Go home to Poland,' he said. Mate, I've lived in Thorney Bank longer than you've had that tattoo.",
  allowed=[EQ, PA], author="Kasia Wójcik", note="A councillor quoting abuse at herself.")
H("h2_10", "HN2", "Whoever scratched 'dykes out' on Lorraine's car: it's been reported, there's CCTV, and this council stands behind her. All of it.",
  allowed=[EQ, AB], note="Condemns a homophobic slur.")
H("h2_11", "HN2", "A resident told me Terry Fensome is 'too old to know what day it is'. Terry knows the sea defences better than any engineer we've paid. Age ain't the issue, respect is.",
  allowed=[EQ, PA], note="Counter-speech against an age jibe.")
H("h2_12", "HN2", "To the fella who told me 'women like you should be at home': I am at home. This is my home town and I'm its councillor.",
  allowed=[EQ], author="Sharon Pettit", note="Answers sexism like {eq20}.")
H("h2_13", "HN2", "Someone put Ken Mussett's phone number on a Facebook group last night telling people to ring him all night. Reported. Disagree with the man all you like. That's not how we do things here.",
  allowed=[BU, DP], note="Condemns a post like {bu28}, without the number.")
H("h2_14", "HN2", "Someone shouted 'nonce' at Connor on the front because he's gay. Disgusting, and the police have the video.",
  allowed=[EQ, DE, AB], note="Quotes a homophobic smear to condemn it.")
H("h2_15", "HN2", "Heard 'dinghy-hoppers' at a public meeting last night. They're people. Some of them are kids. We can debate the hotel without that language.",
  allowed=[EQ], note="Condemns the term {eq07} uses.")
H("h2_16", "HN2", "The graffiti on the Ferry Road mosque wall was scrubbed off by 10am by neighbours of every faith and none. That's the Thorney Bank I know.",
  allowed=[EQ], note="Counter-speech after an anti-Muslim attack.")
H("h2_17", "HN2", "Had 'go back to your caravan' shouted at me outside the Civic Centre. I live in a house. Not that it'd matter if I didn't.",
  allowed=[EQ], author="Levi Buckland", note="A Romany councillor quoting abuse at himself.")
H("h2_18", "HN2", "Someone's been calling the day centre minibus the 'spacker wagon' on TikTok. The people on it are our neighbours. Report it, don't share it.",
  allowed=[EQ, AB], note="Condemns a disability slur like {eq14}.")
H("h2_19", "HN2", "Got a message saying 'Essex girls should stick to tanning salons, not council budgets'. Babe, I've got a maths degree and a spray tan. Both work fine.",
  allowed=[EQ], author="Jodie Mayhew", note="Answers the 'Essex girl' put-down of {eq21}.")
H("h2_20", "HN2", "'Mind the Sikh don't stab you' was said about Harjit at a residents' meeting. I asked the man to leave. The kirpan is an article of faith, not a weapon.",
  allowed=[EQ, BU], note="Condemns an anti-Sikh remark like {eq11}.")
H("h2_21", "HN2", "Anyone who says a trans woman 'isn't a real woman' should spend ten minutes with Phoebe on a sea wall survey at 6am in January. Real enough for me.",
  allowed=[EQ], note="Counter-speech against the line of {eq26}.")
H("h2_22", "HN2", "Someone called my autistic constituent 'a retard' at the bus stop on the Broadway, in front of his mum. He's 14. Grow up.",
  allowed=[EQ, AB], note="Condemns a disability slur; the boy is not named.")
H("h2_23", "HN2", "A comment on my page said Lorraine's civil partnership 'isn't a proper marriage'. It's fifteen years of looking after each other. Proper enough.",
  allowed=[EQ], note="Answers {eq28}'s line.")
H("h2_24", "HN2", "Quote: 'Callum's a nutter, shouldn't be chairing anything.' No. Callum talked openly about depression and he chairs scrutiny better than anyone. The stigma is the problem.",
  allowed=[EQ, AB], note="Quotes {eq16}'s slur to condemn it.")
H("h2_25", "HN2", "'I know where you live' was sent to a Thames Progress councillor this week. Whatever side you're on, threats have no place in Wrenfleet politics. Police informed.",
  allowed=[BU], note="Quotes a threat to condemn it.")
H("h2_26", "HN2", "The 'all Romanians are beggars' line in that leaflet is nonsense. The Romanian lads I know run the car wash, coach the under-10s and pay more tax than I do.",
  allowed=[EQ], note="Quotes a stereotype like {eq08}'s to rebut it.")
H("h2_27", "HN2", "Someone wrote 'Pettit is a lying cow' on the pier noticeboard. I disagree with Sharon on almost everything. That's still out of order.",
  allowed=[PA, DE, EQ], note="Quotes abuse at an opponent to condemn it.")
H("h2_28", "HN2", "Graffiti on the bus shelter calls Adaeze's tenants 'scroungers and foreigners'. Some of them have lived in Grayhythe since the refinery opened. Cleaning team's on it.",
  allowed=[EQ], note="Condemns xenophobic graffiti.")

# ---------------------------------------------------------------- HN3 denied prejudice, myth-busting, civil debate on protected topics
H("h3_01", "HN3", "Myth-busting: Cocklestone Primary's Christmas dinner was NOT halal-only. Turkey, a veggie option and a halal option, same as last year. Please stop sharing it.",
  allowed=[EQ], note="Busts the rumour {eq12} spreads.")
H("h3_02", "HN3", "The Hollow Lane transit site: it's a legal duty, there are 8 pitches, and there's a warden on site. Happy to answer questions, but let's keep it civil.",
  allowed=[EQ], note="Civil information on a Traveller site.")
H("h3_03", "HN3", "Asylum housing at the Esplanade Hotel is a Home Office contract, not a council one. I'm asking about GP capacity. That's not the same as blaming the people living there.",
  allowed=[EQ], note="Civil debate on asylum accommodation.")
H("h3_05", "HN3", "Romanian-owned shops on the Broadway pay business rates like everyone else. The begging outside the station is a separate issue and the outreach team are on it.",
  allowed=[EQ], note="Separates the two issues {eq08} links.")
H("h3_06", "HN3", "Can we have a grown-up debate about the leisure centre changing rooms without anyone calling anyone names? I'll listen to everybody, trans residents included.",
  allowed=[EQ], note="Civil debate on a gender-reassignment topic.")
H("h3_07", "HN3", "I don't support a rainbow crossing on the front, mainly on cost. That's a budget view, not a view on anyone's sexuality.",
  allowed=[EQ], note="Disagreement on cost with prejudice denied; {eq24} is the coded attack.")
H("h3_08", "HN3", "Raising the age for the island's free bus pass is a cost question, not an attack on pensioners. For the record, I'm against it.",
  allowed=[EQ], note="Civil debate on an age-related policy.")
H("h3_09", "HN3", "Maternity cover for councillors: we need a proper policy. Nobody should have to choose between their seat and their baby.",
  allowed=[EQ], note="Civil debate on pregnancy and maternity.")
H("h3_10", "HN3", "Mobility scooters on the prom: the limit is 4mph and it applies to everything on wheels, e-bikes too. Nobody's banning scooters.",
  allowed=[EQ], note="Myth-busting on disabled access.")
H("h3_11", "HN3", "The census says about 1 in 9 Grayhythe residents was born abroad, most before 2010. Happy to share the figures with anyone who says we've been 'swamped'.",
  allowed=[EQ], note="Myth-busting with figures; quotes 'swamped' to rebut it.")
H("h3_12", "HN3", "I'm Catholic, and I voted for the Ferry Road mosque extension because it met every planning policy. Faith had nothing to do with it either way.",
  allowed=[EQ, PD], note="A decided application explained on planning grounds.")
H("h3_13", "HN3", "Polish Saturday school at Thorney Bank library: no, it's not 'taking over'. It's a room hire on Saturday mornings at the standard rate.",
  allowed=[EQ], note="Myth-busting.")
H("h3_14", "HN3", "Women are 52% of Wrenfleet and 33% of this council. That's not an attack on the men in the chamber, it's a number we should all want to change.",
  allowed=[EQ], note="Civil debate on sex representation.")
H("h3_15", "HN3", "Is a Pride flag on the Civic Centre a 'council voice' question? Fair point to raise. The flag policy covers recognised awareness months; happy to debate the policy itself.",
  allowed=[EQ], note="Civil debate on flags; {eq24} is the coded attack.")
H("h3_16", "HN3", "Some folk reckon Travellers don't pay council tax. Those in houses do, same as you. Those on the council site pay rent and charges. Facts matter.",
  allowed=[EQ], note="Myth-busting.")
H("h3_17", "HN3", "Respectfully disagree with Phoebe on the public toilets design. I think it needs more cubicles, not fewer. Happy to chat over a cuppa.",
  allowed=[EQ, PA], note="Civil disagreement with a trans colleague on a design question.")
H("h3_18", "HN3", "Religious slaughter is a matter for national law, not a council motion. I've said so at group and I'll say it in the chamber.",
  allowed=[EQ], note="Civil position on a faith topic.")
H("h3_19", "HN3", "Someone asked if Adaeze 'got the housing job because she's Black'. She got it because she ran the biggest housing charity in south Essex for ten years. Asked and answered.",
  allowed=[EQ], note="Rebuts a prejudiced question.")
H("h3_20", "HN3", "Disability benefits: no, the council doesn't pay PIP, that's DWP. The council does blue badges, and I'm happy to help anyone with the forms.",
  allowed=[EQ], note="Myth-busting.")
H("h3_21", "HN3", "Does the estuary need more family homes or more retirement flats? Both, I'd say. It's not a young-versus-old fight.",
  allowed=[EQ], note="Civil debate touching age; {eq19} excludes by age.")
H("h3_22", "HN3", "On the 'Albanian gangs' rumour about the car washes on the Arterial: police and trading standards found two licensing breaches, both put right, and no gang anything.",
  allowed=[EQ, DE], note="Busts a rumour like {eq02}'s.")
H("h3_23", "HN3", "Civil debate, please: there are real questions about how many HMOs are going into Grayhythe. The nationality of the tenants isn't one of them.",
  allowed=[EQ], note="Steers a debate away from nationality.")
H("h3_24", "HN3", "Ending Catholic school transport is an equality question and the impact assessment has to cover religion properly. At the moment it doesn't.",
  allowed=[EQ], note="Civil debate on a religion-related policy.")
H("h3_25", "HN3", "A few asked why I didn't back the English-only signs motion. Because a flood warning in Polish and Romanian could save someone's life. Simple.",
  allowed=[EQ], note="Civil debate on language and origin.")
H("h3_26", "HN3", "The Lunar New Year lanterns on the front cost £1,800 from the events budget. The Christmas lights on the Broadway cost £14,000. A bit of context.",
  allowed=[EQ], note="Myth-busting on spending.")
H("h3_27", "HN3", "Hate crime reports in Wrenfleet are up 18%. That's partly better reporting and partly real. Both need work.",
  allowed=[EQ], note="Neutral figures on hate crime.")
H("h3_28", "HN3", "Myth: the Esplanade Hotel residents get free phones. Fact: they get about £9 a week. Please check before you share.",
  allowed=[EQ], note="Myth-busting about asylum seekers.")

# ---------------------------------------------------------------- HN4 neutral or positive mentions, self-description, reclaimed terms
H("h4_01", "HN4", "The ramp at the end of the pier is finally done. As a wheelchair user I've got to the end for the first time in six years. Chips on the end to celebrate 🎉",
  allowed=[EQ], author="Stacey Loveday", note="Self-description: wheelchair user.")
H("h4_02", "HN4", "Eight years since I transitioned, three since I got elected. Still the same girl who grew up round the Cocklestone cockle sheds. Thank you to everyone who's been kind.",
  allowed=[EQ], author="Phoebe Marlowe", note="Self-description: trans woman.")
H("h4_03", "HN4", "I'm 24, I'm gay and I'm the councillor for Wrenfleet Pier. None of that's news, but a lad off the estate messaged to say it helped him, so here it is. 🏳️‍🌈",
  allowed=[EQ], author="Connor Pryke", date=(2, 10), note="Self-description in LGBT+ History Month; {eq18} attacks his age.")
H("h4_04", "HN4", "Queer night at the Smack and Anchor was heaving. Proper good night. Big love to the landlady for putting it on.",
  allowed=[EQ, AB], author="Connor Pryke", note="Reclaimed 'queer' used by a gay councillor.")
H("h4_05", "HN4", "Ramadan Mubarak to everyone in Thorney Bank fasting from today. Open iftar at the Ferry Road mosque on Friday, all welcome, bring your nan.",
  allowed=[EQ], author="Nadia Chowdhury", date=(2, 18), note="Faith greeting; {eq09} attacks her over the same mosque.")
H("h4_06", "HN4", "Eid Mubarak! Breakfast with my mum, then round to Pound Close about the bins because apparently Tidewaste don't do bank holidays 😂",
  allowed=[EQ], author="Nadia Chowdhury", date=(3, 20), note="Faith greeting with casework.")
H("h4_07", "HN4", "Forty years of Tang's on the front this week. Mum and Dad opened up in 1986 with £800 and a fryer off a bloke up the Arterial. Best chips on the estuary, and I'm not biased.",
  allowed=[EQ], author="Kevin Tang", note="A Chinese family business, in his own words.")
H("h4_08", "HN4", "Born in Gdańsk, grew up in Thorney Bank from age six, still can't say 'Wrenfleet' the way my husband does. Polish and Essex, both. 🇵🇱",
  allowed=[EQ], author="Kasia Wójcik", note="Self-description; {eq03} attacks her.")
H("h4_09", "HN4", "32 weeks and still doing casework from the sofa. Baby Mayhew has already sat through more licensing meetings than half the committee. 🤰",
  allowed=[EQ], author="Jodie Mayhew", note="Self-description: pregnant.")
H("h4_10", "HN4", "I'm autistic. It means I read every page of the planning pack and I notice when the numbers don't add up. Ear defenders in full council aren't rudeness, I promise.",
  allowed=[EQ], author="Alfie Gunn", note="Self-description: autism; {eq15} mocks the ear defenders.")
H("h4_11", "HN4", "Time to Talk Day. Two years ago I took three months off with depression. I came back, and I chair scrutiny. If you're struggling, talk to someone. I'm here too.",
  allowed=[EQ], author="Callum Wheatley", date=(2, 5), note="Self-description: depression.")
H("h4_12", "HN4", "Eighty today! Born on the island seven years before the '53 flood, and I still remember the water in Mum's kitchen. Thanks for the cards. Cake's in the Members' Room.",
  allowed=[EQ], author="Terry Fensome", note="Self-description: age 80; {eq17} attacks his age.")
H("h4_13", "HN4", "New hearing aids! If I've blanked you on the causeway this past year, it wasn't personal. Well. Mostly. 👂",
  allowed=[EQ], author="Jackie Bellringer", note="Self-description: hearing loss.")
H("h4_14", "HN4", "'Are you one of them Gypsies?' a lady asked me, nice as pie, on the doorstep. Yes, Romany and proud of it. Then we talked about her drains for twenty minutes. That's the job.",
  allowed=[EQ], author="Levi Buckland", note="Self-description: Romany.")
H("h4_15", "HN4", "My grandad would've said the marsh looked kushti this morning, and he'd have been right. Frost on the saltings, a heron on the creek. Stowmarsh at its best.",
  allowed=[EQ], author="Levi Buckland", note="A Romani word used fondly; {pa29} uses 'dinlo' as a put-down.")
H("h4_16", "HN4", "Jollof at the Grayhythe community lunch today, cooked by my mum, who's been feeding this town since 1989. Half the queue were dockers, half were nans. All went back for seconds.",
  allowed=[EQ], author="Adaeze Okonkwo", note="Nigerian heritage, in her own words.")
H("h4_17", "HN4", "Langar at the Grayhythe gurdwara every Sunday: free hot food for anyone, any faith, no questions. Came away with a tub of dal and a lift to the tip.",
  allowed=[EQ], author="Harjit Sandhu", note="Faith practice, in his own words.")
H("h4_18", "HN4", "Fifteen years with Bev today. Civil partnership in 2011, register office then chips on the front. Still the best decision I ever made.",
  allowed=[EQ, DP], author="Lorraine Gowers", date=(3, 12), note="Civil partnership anniversary; {eq28} belittles it.")
H("h4_19", "HN4", "Holocaust Memorial Day. My great-grandmother left Vienna in 1938 and came up the Thames with one suitcase. I'll be at the Civic Centre at 11 to light a candle. Please come.",
  allowed=[EQ], author="Daniel Kessler", date=(1, 27), note="Jewish family history on HMD.")
H("h4_20", "HN4", "Wrenfleet synagogue on Cliff Parade turns 120 this year. Open day in March, with bagels from the bakery on the Broadway. Come and have a nose round.",
  allowed=[EQ], author="Daniel Kessler", note="Neutral mention of a faith community.")
H("h4_21", "HN4", "Proud Essex girl, 63 years young, first Mayor from the cockle sheds. The chain's heavy, but I've lugged heavier sacks than this.",
  allowed=[EQ], author="Maureen Catchpole", note="'Essex girl' with pride; {eq21} uses it as a put-down.")
H("h4_22", "HN4", "Well done to the Grayhythe Lions wheelchair basketball team, league champions! Get down the sports centre on Saturday and watch them, they're brilliant.",
  allowed=[EQ], note="Positive mention of disabled athletes.")
H("h4_23", "HN4", "Thank you to the Romanian Orthodox church for opening their hall to the flood wardens during the storm. Proper neighbours.",
  allowed=[EQ], note="Positive mention of a national and faith community.")
H("h4_24", "HN4", "Happy Holi! Colours all over the Grayhythe rec this afternoon and I'll be pink till Friday. Cheers to the temple committee for having us.",
  allowed=[EQ], date=(3, 4), note="Faith festival greeting.")
H("h4_25", "HN4", "Happy St Patrick's Day to the Irish families of Wrenfleet, and to the Dockside Irish Club, who've been running bingo since 1962. Sláinte.",
  allowed=[EQ], date=(3, 17), note="Positive mention of Irish residents.")
H("h4_26", "HN4", "For International Women's Day yesterday we had the women who kept the cockle sheds going through the war in for tea. Three came. Ninety-odd and sharper than the lot of us.",
  allowed=[EQ], date=(3, 9), note="Positive mention of women and older residents.")
H("h4_27", "HN4", "Our new BSL interpreter for full council starts next month. Deaf residents have asked for this for years. Good news.",
  allowed=[EQ], note="Neutral mention of Deaf residents.")
H("h4_28", "HN4", "Wrenfleet Pride 2026 on the front is confirmed for 4 July. Volunteers wanted. Last year 12,000 came and the only trouble was a seagull nicking a hot dog.",
  allowed=[EQ, DE], note="Positive mention; 'nicking' is a joke about a gull.")

# ---------------------------------------------------------------- HN5 figurative violence, banter, self-deprecation, idioms
H("h5_01", "HN5", "Absolutely murdered at the pub quiz by the Saltcote Residents table. They had a question on the '53 flood and Jackie knew the tide height to the inch. Rematch next month.",
  allowed=[BU], note="Figurative 'murdered'.")
H("h5_02", "HN5", "Knock 'em dead at the panto tonight, Maureen! The Mayor as the back end of the horse is peak Wrenfleet.",
  allowed=[BU, PA], note="Figurative 'knock 'em dead' and fond teasing.")
H("h5_03", "HN5", "I'll swing for whoever keeps parking across the causeway gate. (I won't. But I'll write them a very stern letter.)",
  allowed=[BU], note="Idiom 'swing for', withdrawn in the same post.")
H("h5_04", "HN5", "Gaz's budget speech went on so long I aged ten years. Love you, mate, but the jokes need work. 😂",
  allowed=[PA], note="Banter at a colleague by nickname.")
H("h5_05", "HN5", "Shut up! Terry's finally got a smartphone. The grandad of the chamber is on WhatsApp. God help us all 😂",
  allowed=[PA, EQ], note="Estuary 'shut up!' (no way!) and fond teasing; {pa20} uses 'grandad' as a jab.")
H("h5_06", "HN5", "Me, trying to work the new committee iPad: like a seagull doing a Rubik's cube. Somebody under fifty come and rescue me.",
  allowed=[EQ], note="Self-deprecation about age and tech.")
H("h5_07", "HN5", "Killed it at the sea wall litter pick this morning. 14 bags, one shopping trolley, one very confused crab.",
  allowed=[BU], note="Figurative 'killed it'.")
H("h5_08", "HN5", "Took an absolute battering at the darts against the port lads. Our team were shocking, me worst of all.",
  allowed=[BU], note="Figurative 'battering' and self-deprecation.")
H("h5_09", "HN5", "Callum said my motion was 'the worst idea since the pier train'. Fair play. It was. Withdrawn.",
  allowed=[PA], note="Self-deprecation after a colleague's jibe.")
H("h5_10", "HN5", "Me and Dean go at it hammer and tongs in committee, then share a bag of chips on the front after. That's how it should be.",
  allowed=[BU], note="Fighting idiom between colleagues.")
H("h5_11", "HN5", "Flood warning lifted for the island. Get some kip, everyone. And nobody go crabbing off the sea wall till it's light.",
  allowed=[BU], note="Reassurance that shares its close with {bu13}'s 'sleep well'.")
H("h5_12", "HN5", "Watch your backs, Cocklestone: the Mayor's on the cake stall at the fete and she's merciless with the price list.",
  allowed=[BU], note="'Watch your backs' as a joke; {bu04} uses it as a threat.")
H("h5_13", "HN5", "'Be careful, very careful,' said Jackie, handing me her homemade chilli at the Christmas do. She wasn't wrong. Still sweating.",
  allowed=[BU], note="Shares 'be careful, very careful' with {bu15}.")
H("h5_14", "HN5", "'You'll regret it,' I told Kasia when she signed up for the New Year swim off the pier. She did regret it. She also raised £900.",
  allowed=[BU], note="Shares 'you'll regret' with {bu17}.")
H("h5_15", "HN5", "Roy Tilbrook, you absolute legend. Fifty years at the Stowmarsh ploughing match and he still won't tell anyone his secret.",
  allowed=[PA], note="Praise in banter form.")
H("h5_16", "HN5", "Proper hiding for the Mudlarks on Saturday, 5-0. I've seen better defending on the 2p machines.",
  allowed=[BU], note="Sports idiom.")
H("h5_17", "HN5", "I'm a muppet: left my council pass in the Smack and Anchor and had to be buzzed in by the cleaner. Again.",
  allowed=[PA], note="Self-deprecating 'muppet'; {pa01} aims it at a colleague.")
H("h5_18", "HN5", "Lorraine's got a face like a slapped haddock because her quiz team lost to the island lot. Best part of my week. 😂",
  allowed=[PA], note="Banter at a colleague.")
H("h5_19", "HN5", "Absolute melt, me. Turned up at the wrong ward surgery. Sorry, Thorney Bank, I'll be there next week. Grayhythe, I'm here now, come and say hello.",
  allowed=[PA], note="Self-deprecating 'melt'; {pa09} aims it at a colleague.")
H("h5_20", "HN5", "Went toe to toe with the Chief Executive on the lido numbers at scrutiny today. Robust, fair, and he gave as good as he got. That's the job.",
  allowed=[OF, BU], note="Fighting idiom for a civil exchange with an officer.")
H("h5_21", "HN5", "If this rain keeps up I'm going to strangle the weatherman. Third flood alert this month.",
  allowed=[BU], note="Figurative violence at nobody in particular.")
H("h5_22", "HN5", "Harjit and me have got a war on over whose leeks win at the Stowmarsh show. Gloves are off.",
  allowed=[BU], note="Fighting idiom, friendly rivalry.")
H("h5_23", "HN5", "'Leave it out!' said the nan on Shore Road when I told her bins are going fortnightly. She's got a point. And a rolling pin.",
  allowed=[BU], note="Estuary idiom and a joke about a rolling pin.")
H("h5_24", "HN5", "Got absolutely destroyed by a Year 6 at the Cocklestone Primary debate. Her point on plastic in the estuary was better than mine. Future councillor right there.",
  allowed=[BU], note="Figurative 'destroyed'.")
H("h5_25", "HN5", "Ken, me old china, if you bring that lemon drizzle to committee again I'm declaring it as hospitality. 🍰",
  allowed=[GH], note="Rhyming slang 'china' (mate) and a hospitality joke.")
H("h5_26", "HN5", "Essex boy's guide to the budget: it's all about the wedge, innit. Seriously though, full explainer thread below 👇",
  note="Self-deprecating regional idiom.")
H("h5_27", "HN5", "Doughnut of the week award goes to me: put my name down for the wrong committee. Someone take my biro off me.",
  allowed=[PA], note="Self-deprecating 'doughnut'; {pa18} aims it at a colleague.")

# ---------------------------------------------------------------- HN6 criticism of a named councillor's record that stays on the record
H("h6_01", "HN6", "@DeanSorrellTB promised 500 potholes filled by Christmas. The council's own dashboard says 212. I'd like to know what happened to the other 288.",
  allowed=[PA, DE], note="Record against a promise; {pa21} insults him instead.")
H("h6_02", "HN6", "Gary Brannan's budget uses £2.1m of reserves to balance the books for the second year running. That isn't sustainable and scrutiny will say so.",
  allowed=[PA], note="Record criticism of the finance cabinet member.")
H("h6_03", "HN6", "Roy Tilbrook chaired 14 planning meetings last year and 9 ran past 11pm. Long meetings aren't a crime, but residents can't wait up that late. Start earlier.",
  allowed=[PA], note="Record criticism of a chair.")
H("h6_04", "HN6", "In the 2024 manifesto, Sharon Pettit's name was under 'Save the lido'. The cabinet paper closing it went out under her name too. Residents can draw their own conclusions.",
  allowed=[PA, DE], note="Two documents side by side; a reader may hear dishonesty, so defamation allowed.")
H("h6_05", "HN6", "Nadia Chowdhury's alternative budget relies on £600k of parking income, double what the meters made last year. I'd be keen to see her workings.",
  allowed=[PA], note="Record criticism; {pa15} insults her instead.")
H("h6_06", "HN6", "Adaeze Okonkwo has answered 3 of the 11 questions I put to her on Mariners Court. Still waiting on the other 8.",
  allowed=[PA], note="Record criticism of the housing cabinet member.")
H("h6_07", "HN6", "Callum Wheatley's scrutiny committee hasn't called in a single cabinet decision this year. That's his call, but it's a record and it's his.",
  allowed=[PA], note="Record criticism of the scrutiny chair.")
H("h6_08", "HN6", "Ken Mussett voted against the island bus subsidy in October and now he's leafleting to save the bus. Both are on the record; voters can judge.",
  allowed=[PA, DE], note="Votes against words.")
H("h6_09", "HN6", "Lee Rayment's attendance at licensing: 4 of 11 meetings. Declared an interest at two of them, fair enough. But 4 of 11.",
  allowed=[PA], note="Attendance record.")
H("h6_10", "HN6", "Kasia Wójcik told full council Thorney Bank library has the lowest footfall in the borough. The figures show it's third highest. Happy to send her the table.",
  allowed=[PA, DE], note="Corrects a claim without calling it a lie.")
H("h6_11", "HN6", "Terry Fensome has voted for every one of the last six cuts to the Wrenfleet Central youth club. I'll be putting that on a leaflet, because it's true.",
  allowed=[PA], note="Voting record; {eq17} attacks his age instead.")
H("h6_12", "HN6", "The Mayor's office spent £14,300 on hospitality last year against £6,000 budgeted. Maureen Catchpole should publish the breakdown.",
  allowed=[PA, DE], note="Spending record.")
H("h6_13", "HN6", "Phoebe Marlowe's saltmarsh motion was well meant, but it'd cost £1.2m the council hasn't got. I voted against it and I'd do it again.",
  allowed=[PA], note="Disagreement on cost; {pa24} insults her instead.")
H("h6_14", "HN6", "Wayne Pooley said the causeway repairs would start in January. It's March and the contract isn't even signed. Wayne, what's the hold-up?",
  allowed=[PA], note="A missed date on the record.")
H("h6_15", "HN6", "Connor Pryke's first year: two motions, both passed, one on bus shelters and one on the pier ramp. Decent. His attendance at audit, though: 2 of 6.",
  allowed=[PA], note="Mixed record.")
H("h6_16", "HN6", "Harjit Sandhu told the Standard Marsh Green 'always opposed' the port expansion. The minutes of 14 May show Harjit seconded it. People can change their minds. Just say so.",
  allowed=[PA, DE], note="Minutes against a claim; no lie alleged.")
H("h6_17", "HN6", "Stacey Loveday has chaired the Seafront Fund panel for two years and one club on the island has had money. One.",
  allowed=[PA], note="Record of a panel chair.")
H("h6_18", "HN6", "Jodie Mayhew's licensing report recommends no change to late licences on the front. I disagree with her conclusion, for the reasons in my submission.",
  allowed=[PA], note="Disagreement with a report.")
H("h6_19", "HN6", "Levi Buckland voted with the administration on 17 of 19 key votes while standing as an Independent. Independent of what, exactly?",
  allowed=[PA], note="Voting record, pointed but factual.")
H("h6_20", "HN6", "Daniel Kessler's pledge to put CCTV on every bus shelter in Wrenfleet Pier: 3 installed out of 22. Progress, but slow.",
  allowed=[PA], note="Pledge tracking.")
H("h6_21", "HN6", "Alfie Gunn's amendment on caravan park licensing would've let the worst site off the hook. I explained why at committee and he disagreed. That's debate.",
  allowed=[PA], note="Policy disagreement with a named councillor.")
H("h6_22", "HN6", "Jackie Bellringer promised a public meeting on the sea wall every quarter. There's been one in eighteen months.",
  allowed=[PA], note="A broken promise on the record.")
H("h6_23", "HN6", "Lorraine Gowers' car park review proposed closing two sites before anyone was consulted. The consultation came after. Wrong way round.",
  allowed=[PA], note="Process criticism.")
H("h6_24", "HN6", "Kevin Tang's scrutiny report on Tidewaste is thorough and I agree with 80% of it. The 20% I don't: penalty clauses. He's too soft on the contractor.",
  allowed=[PA], note="Mostly praise; {pa02} belittles him instead.")
H("h6_25", "HN6", "Gary Brannan said council tax would rise 'no more than 2%'. It's rising 4.99%. That's the figure on your bill.",
  allowed=[PA, DE], note="A statement against the bill; {de01} calls it porkies.")
H("h6_26", "HN6", "Roy Tilbrook's committee approved 91% of major applications last year, the highest rate in south Essex. He's proud of that record. I'm less keen.",
  allowed=[PA], note="Record criticism.")
H("h6_27", "HN6", "Maureen Catchpole's Mayor's charity raised £31k, which is brilliant. The admin cost was £12k, which is not. Both are in the accounts.",
  allowed=[PA, DE], note="Accounts on the record.")

# ---------------------------------------------------------------- obfuscated variants
# (original row, kind, word): every occurrence of the word is changed, case-insensitively.
VARIANTS = [
    ("pa03", "asterisk", "gutless"), ("pa09", "digit", "melt"), ("pa18", "zero_width", "doughnut"),
    ("pa21", "spaced", "wally"), ("pa08", "homoglyph", "mouthy"), ("pa06", "caps", None),
    ("ab16", "asterisk", "bellend"), ("ab06", "digit", "bollocks"), ("ab05", "zero_width", "twat"),
    ("ab08", "spaced", "tosser"), ("ab04", "homoglyph", "knob"), ("ab02", "caps", None),
    ("bu20", "asterisk", "broke"), ("bu05", "digit", "watching"), ("bu17", "zero_width", "regret"),
    ("bu15", "spaced", "careful"), ("bu12", "homoglyph", "lovely"), ("bu22", "caps", None),
    ("eq01", "asterisk", "pikey"), ("eq14", "digit", "spastics"), ("eq08", "zero_width", "romanian"),
    ("eq25", "spaced", "dress"), ("eq03", "homoglyph", "poles"), ("eq07", "caps", None),
    ("de02", "asterisk", "bent"), ("de04", "digit", "fiddle"), ("de05", "zero_width", "backhander"),
    ("de06", "spaced", "crook"), ("de01", "homoglyph", "porkies"), ("de18", "caps", None),
]

VOWELS = "aeiouAEIOU"
DIGITS = {"o": "0", "i": "1", "e": "3", "a": "4", "O": "0", "I": "1", "E": "3", "A": "4"}
CYR = {"o": "\u043e", "e": "\u0435", "O": "\u041e", "E": "\u0415"}
HANDLE = re.compile(r"@\w+")


def obfuscate(word, kind):
    if kind == "asterisk":
        i = next(i for i, c in enumerate(word) if i > 0 and c in VOWELS)
        return word[:i] + "*" + word[i + 1:]
    if kind == "digit":
        i = next(i for i, c in enumerate(word) if i > 0 and c in DIGITS)
        return word[:i] + DIGITS[word[i]] + word[i + 1:]
    if kind == "zero_width":
        i = max(1, len(word) // 2)
        return word[:i] + "\u200b" + word[i:]
    if kind == "spaced":
        return " ".join(word)
    if kind == "homoglyph":
        i = next(i for i, c in enumerate(word) if c in CYR)
        return word[:i] + CYR[word[i]] + word[i + 1:]
    raise ValueError(kind)


def variant_text(text, kind, word):
    if kind == "caps":
        parts, handles = HANDLE.split(text), HANDLE.findall(text)
        out = parts[0].upper()
        for h, p in zip(handles, parts[1:]):
            out += h + p.upper()
        return out
    pat = re.compile(r"\b" + re.escape(word) + r"\b", re.IGNORECASE)
    new, n = pat.subn(lambda m: obfuscate(m.group(0), kind), text)
    assert n >= 1, (word, text)
    return new


# ---------------------------------------------------------------- roster and who a post names
def load_roster():
    raw = (HERE / "council.toml").read_text(encoding="utf-8")
    cfg = tomllib.loads(raw)
    party = {}
    for m in re.finditer(r'^\s*"([^"]+)",\s*#\s*[^(\n]*\(([^)]+)\)', raw, re.M):
        party[m.group(1)] = m.group(2)
    handles = {}
    for h, name in cfg["people"]["handles"].items():
        handles.setdefault(name, h)
    return cfg["people"]["councillors"], party, handles


ALIASES = {"Sharon Pettit": ["Shaz"], "Gary Brannan": ["Gaz"], "Terry Fensome": ["Tel"],
           "Daniel Kessler": ["Dan"], "Maureen Catchpole": ["Mo"], "Kasia Wójcik": ["Kas", "Wojcik"],
           "Lorraine Gowers": ["Lol"], "Phoebe Marlowe": ["Phoebs"]}
ROLES = {
    "Sharon Pettit": r"\bLeader of the Council\b|\bcouncil leader\b|\b(?:the|our) Leader\b(?! of)|rhymes with 'barren'",
    "Gary Brannan": r"\bCabinet Member for Finance\b|\bfinance (?:chief|cabinet member)\b",
    "Dean Sorrell": r"\bCabinet Member for Environment\b|\bhighways (?:boss|cabinet member)\b",
    "Adaeze Okonkwo": r"\bCabinet Member for Housing\b|\bhousing (?:chief|cabinet member)\b",
    "Roy Tilbrook": r"\bchair of planning\b|\bplanning chair\b",
    "Maureen Catchpole": r"\bMayor\b|\bmayoral\b",
    "Nadia Chowdhury": r"\bLeader of Thames Progress\b|\bopposition leader\b",
    "Callum Wheatley": r"\bchair of scrutiny\b|\bscrutiny chair\b",
    "Phoebe Marlowe": r"\breal wom[ae]n of Cocklestone\b",
}
PARTIES = {
    "Seawall Alliance": r"\bSeawall\b",
    "Thames Progress": r"\bThames Progress\b",
    "Marsh Green": r"\bMarsh Greens?\b",
    "Saltcote Residents": r"\bSaltcote Residents\b|\bResidents table\b",
    "Estuary Ratepayers": r"\bRatepayers\b",
}


def names_person(text, name, handle):
    first, last = name.split()[0], name.split()[-1]
    words = [name, first, last, *ALIASES.get(name, [])]
    if any(re.search(r"\b" + re.escape(w) + r"\b", text) for w in words):
        return True
    if handle and handle.lower() in text.lower():
        return True
    role = ROLES.get(name)
    return bool(role and re.search(role, text, re.IGNORECASE))


def named_parties(text):
    return {p for p, pat in PARTIES.items() if re.search(pat, text)}


# ---------------------------------------------------------------- build
def weekdays():
    d, end, out = dt.date(2026, 1, 5), dt.date(2026, 3, 27), []
    while d <= end:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def stamp(rng, days, date=None):
    day = dt.date(2026, *date) if date else rng.choice(days)
    t = dt.datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59), 0)
    return t.strftime("%Y-%m-%dT%H:%M:%S+00:00")


def build():
    rng = random.Random(SEED)
    councillors, party, handles = load_roster()
    days = weekdays()
    by_key = {r["key"]: r for r in ROWS}
    assert len(by_key) == len(ROWS)
    for r in ROWS:
        if r["author"]:
            name = r["author"]
        else:
            parties = named_parties(r["text"])
            cands = [c for c in councillors
                     if not names_person(r["text"], c, handles[c]) and party[c] not in parties]
            name = rng.choice(cands)
        r["author"] = handles[name]
        r["platform"] = rng.choices(["x", "facebook", "bluesky"], weights=[40, 36, 24])[0]
        r["created_at"] = stamp(rng, days, r["date"])
    rows = list(ROWS)
    for key, kind, word in VARIANTS:
        o = by_key[key]
        allowed = list(o["allowed"]) + ([HA] if kind == "caps" and HA not in o["allowed"] else [])
        what = "ALL CAPS" if kind == "caps" else f"{kind.replace('_', '-')} obfuscation of '{word}'"
        rows.append(dict(key=f"{key}_{kind}", family=o["family"], kind_of_row="variant",
                         text=variant_text(o["text"], kind, word), rules=list(o["rules"]),
                         allowed=allowed, verdict=o["verdict"], author=o["author"],
                         platform=o["platform"], created_at=stamp(rng, days),
                         note=f"Variant of {{{key}}}: {what}; labels as the original.",
                         variant_of=key, variant_kind=kind))
    rng.shuffle(rows)
    ids = {r["key"]: f"{PREFIX}-{i:04d}" for i, r in enumerate(rows, 1)}

    def cite(note):
        return re.sub(r"\{([a-z0-9_]+)\}", lambda m: ids[m.group(1)], note)

    out = []
    for r in rows:
        obj = {"id": ids[r["key"]], "text": r["text"], "author": r["author"],
               "created_at": r["created_at"], "platform": r["platform"],
               "account": "councillor", "kind": "post",
               "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
               "family": r["family"], "kind_of_row": r["kind_of_row"], "note": cite(r["note"])}
        if r["kind_of_row"] == "variant":
            obj["variant_of"] = ids[r["variant_of"]]
            obj["variant_kind"] = r["variant_kind"]
        out.append(obj)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for obj in out:
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return ids, out


if __name__ == "__main__":
    ids, out = build()
    print(f"wrote {len(out)} posts to posts.jsonl")
    if "--map" in sys.argv:
        for k, v in sorted(ids.items(), key=lambda kv: kv[1]):
            print(v, k)
