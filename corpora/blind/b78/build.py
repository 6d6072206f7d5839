"""Build blind evaluation set b78 (Keelmouth Metropolitan Borough Council, Tyneside).

All rows below were written by hand for this set. The script shuffles them with a
fixed seed, gives ids, picks authors, platforms and timestamps, makes the obfuscated
variants and writes posts.jsonl. Running it again writes the same file byte for byte.
Usage: python build.py   (run in this folder)
"""
import datetime as dt
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 7878
PREFIX = "b78"

P = "respect.personal-attack"
A = "respect.abusive-language"
B = "bullying.intimidation"
E = "equality.discrimination"
D = "defamation.allegation"
O = "officers.impartiality"
I = "tone.irony-risk"
DP = "data-protection.personal-data"
SC = "security.credentials"
PIA = "position.improper-advantage"
PD = "predetermination.closed-mind"
H = "haste.pause-before-posting"

SEV = {P: "review", A: "review", B: "block", E: "block", O: "review", D: "review",
       I: "advice", DP: "review", SC: "block", PIA: "review", PD: "review", H: "advice"}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

HANDLES = {
    "@AlanRobsonKPP": "Alan Robson", "@MoLaidler": "Maureen Laidler",
    "@StephenCharltonKPP": "Stephen Charlton", "@GaryBellKPP": "Gary Bell",
    "@ManjitGillKPP": "Manjit Gill", "@AmyCheungKQ": "Amy Cheung",
    "@JoeMensahSlipway": "Joe Mensah", "@GregNowakSlipway": "Greg Nowak",
    "@TariqMahmoodCC": "Tariq Mahmood", "@CallumPurvisCC": "Callum Purvis",
    "@LynneElliottCC": "Lynne Elliott", "@RuthKaplanCB": "Ruth Kaplan",
    "@SandraMilburnPVF": "Sandra Milburn", "@DerekChapmanPVF": "Derek Chapman",
    "@BillHethWhinhaugh": "Bill Hetherington", "@JadeArmstrongGreen": "Jade Armstrong",
    "@KellyDoddsSE": "Kelly Dodds", "@NormaTaitSE": "Norma Tait",
    "@PaulStokerInd": "Paul Stoker", "@LiamFerryLD": "Liam Ferry",
}
# a few role words that identify a councillor
ROLE_WORDS = {"Alan Robson": ["the leader", "member for keel quay"],
              "Maureen Laidler": ["deputy leader"],
              "Stephen Charlton": ["finance portfolio"]}

ROWS = []


def row(fam, key, text, rules=(), allowed=(), verdict=None, note="", pin=None, day=None):
    rules = list(rules)
    if fam != "hard_negative":
        rules = [fam] + [r for r in rules if r != fam]
    if verdict is None:
        verdict = "ok"
        for r in rules:
            if RANK[SEV[r]] > RANK[verdict]:
                verdict = SEV[r]
    ROWS.append(dict(key=key, text=text, family=fam, rules=rules, allowed=list(allowed),
                     verdict=verdict, note=note, pin=pin, day=day,
                     kind_of_row="hard_negative" if fam == "hard_negative" else "positive"))


def pa(key, text, rules=(), allowed=(), note="", verdict=None, **kw):
    row(P, key, text, rules, allowed, verdict, note, **kw)


def al(key, text, rules=(), allowed=(), note="", verdict=None, **kw):
    row(A, key, text, rules, allowed, verdict, note, **kw)


def bu(key, text, rules=(), allowed=(P,), note="", **kw):
    row(B, key, text, rules, allowed, None, note, **kw)


def eq(key, text, rules=(), allowed=(), note="", **kw):
    row(E, key, text, rules, allowed, None, note, **kw)


def de(key, text, rules=(), allowed=(), note="", verdict=None, **kw):
    row(D, key, text, rules, allowed, verdict, note, **kw)


def hn(key, text, allowed=(), note="", **kw):
    row("hard_negative", key, text, (), allowed, "ok", note, **kw)


# ---------------------------------------------------------------- personal attack (34)
pa("PA01", "Howay man, Alan Robson has the backbone of a wet stotty. Every time the Metro cuts come up he hides behind the officers. Spineless.", note="named leader called spineless; insult not policy")
pa("PA02", "@MoLaidler you're not fit to run a raffle at the Miners' Welfare, never mind the regeneration board. Clueless, pet.", allowed=[E], note="handle; 'pet' allows equality (sex)")
pa("PA03", "Stephen Charlton stood up at budget council and talked for forty minutes. Not one thought in his head, just wind. Thick as two short planks, that man.", note="named; 'thick as two short planks'")
pa("PA04", "Whoever let Paul Stoker near a microphone wants their head looking at. The man's a radgie with a rosette and a gob on him.", note="'radgie' as an insult at a named councillor")
pa("PA05", "Canny job, Derek Chapman! Another meeting, another masterclass in saying nowt for a whole hour 👏👏 Absolute genius.", rules=[I], note="mock praise at a named councillor")
pa("PA06", "Gary Bell is a joke. A sad, sulky little man who's had a face like a smacked backside since he lost the licensing chair.", note="named; 'sad little man'")
pa("PA07", "Lisa Bewick, the so-called Head of Planning, is out of her depth and everybody at the Civic Centre knows it. Embarrassing.", rules=[O], note="named officer belittled")
pa("PA08", "Listen, bonny lad @PaulStokerInd, nobody in Low Drift can stand you. You're a pompous windbag with a clipboard.", note="handle; 'bonny lad' friendly idiom wrapped round an insult")
pa("PA09", "Sandra Milburn is the most two-faced woman I've ever sat in a chamber with. Smiles at you in the tea room then knifes you at group.", allowed=[D], note="'two-faced'; defamation allowed")
pa("PA10", "Had the misfortune of sitting next to @GaryBellKPP at the Quayside launch. Like being sat next to a damp dishcloth in a suit. No personality whatsoever.", note="no swear words; handle")
pa("PA11", "Maureen Laidler's answer to everything is a working group. Woman's a professional waste of space.", note="'waste of space'")
pa("PA12", "Kevin Foggon, our Director of Finance, couldn't add up his own bus fare. How is that man still on the payroll?", rules=[O], note="named officer ridiculed")
pa("PA13", "Norma Tait has all the political instincts of a lost sheep on the Coast Road. Bless her, she means well, but hinny, she's hopeless.", allowed=[E], note="'hinny' allows equality; condescending insult")
pa("PA14", "You're an absolute clown, @AlanRobsonKPP. A clown in a chain of office, honking at the Quayside while Fellburn floods.", note="'clown' twice at handle; variant word")
pa("PA15", "Paul Stoker's entire contribution to scrutiny: turn up, sigh, eat the biscuits, gan home. Dead weight on the public purse.", note="'dead weight'")
pa("PA16", "Tell you what, Stephen Charlton is the kind of man who'd sell his own nana for a front page in the Echo. Slimy, slimy man.", note="'slimy'; character not record")
pa("PA17", "Callum Purvis is a smug little get and the sooner Whinhaugh sees through him the better.", allowed=[E], note="'smug little get'; 'little' allows age")
pa("PA18", "That Mark Shotton in licensing is a jobsworth of the highest order. Power-mad clipboard merchant who's never run a bar in his life.", rules=[O], note="officer named by name and role")
pa("PA19", "Had a canny chat with residents on Fellburn Front Street today. Every single one said the same thing: Gary Bell is useless. USELESS.", note="'useless' at named councillor, partial caps")
pa("PA20", "Maureen Laidler, hinny, you've got the brains of a bag of chips. Sit down and let the grown-ups talk.", allowed=[E], note="'hinny' allows equality; caps variant")
pa("PA21", "Alan Robson is a parasite. Twenty years he's fed off this borough and I hope the Slipway scrapes him off its boots like the vermin he is.", verdict="block", note="severe: parasite, vermin")
pa("PA22", "Paul Stoker is a worthless excuse for a human being and Low Drift would be better off if he'd never been born.", verdict="block", note="severe: worthless, better off never born")
pa("PA23", "@DerekChapmanPVF you are thick. Properly, genuinely thick. Thick as the clarts on the Fellburn allotments. I've met brighter bollards.", note="'thick' three times; variant word")
pa("PA24", "Dawn Rutherford is running the coast service like a bairn running a sweetshop. Incompetent from top to bottom, that woman.", rules=[O], note="named officer called incompetent")
pa("PA25", "Oh well done @MoLaidler, another photo op at Keel Quay Metro. Such a hard worker 🙄 Shame about the actual work.", rules=[I], note="mock praise, eye roll")
pa("PA26", "Gary Bell is a coward. A coward! Wouldn't come to the Coble Bay meeting because he knew he'd get asked about the sea wall.", note="'coward' twice; variant word")
pa("PA27", "The member for Keel Quay (you know who you are, Alan) is a bully, a blowhard and a crashing bore.", note="identified by ward and first name; 'bully' as insult, not a threat")
pa("PA28", "Stephen Charlton's a proper lightweight. Gan and ask him a follow-up question and watch him crumble like a wet Rich Tea.", note="'lightweight'")
pa("PA29", "Joke of a man. Paul Stoker divvent know the difference between a ward and a wardrobe.", note="dialect 'divvent', mocking intelligence")
pa("PA30", "Sandra Milburn is bitter, petty and small-minded. Pit Villages First deserve far better than her.", note="character attack")
pa("PA31", "Whoever's running the @KeelmouthMBC comms should be sacked for sheer stupidity... oh wait, that's Claire Younger. Figures.", rules=[O], note="officer named as stupid")
pa("PA32", "@StephenCharltonKPP honestly, you're a nasty piece of work. Ask anyone in the Lamp and Pick.", note="'nasty piece of work'")
pa("PA33", "Funny how Derek Chapman always knows which way the wind's blowing. Some of us have principles. Some of us have Derek.", note="sneer without insult words; integrity jibe (no allegation)")
pa("PA34", "Haway Maureen, you're an embarrassment to the Slipway and to every family that ever worked the yards. Hang your head.", note="first name + ward; 'embarrassment'")

# ---------------------------------------------------------------- abusive language (34)
al("AL01", "This bloody budget is a pile of shite. Fellburn gets nowt again, same as last year and the year before.", note="obscenity at a budget")
al("AL02", "Tynedock Waste can shove their missed collections up their arse. Three weeks, man. THREE WEEKS.", allowed=[P], note="obscenity at a company")
al("AL03", "What a load of bollocks from @AlanRobsonKPP on the Metro extension tonight. Not a word of it stands up.", allowed=[P], note="obscenity at what he said")
al("AL04", "@PaulStokerInd you absolute knobhead. Read the report before you open your gob.", rules=[P], note="obscene insult at a handle; variant word")
al("AL05", "Keelmouth People's Party can gan and piss off with their car park charges.", allowed=[P], note="obscenity at a party")
al("AL06", "Derek Chapman is a total prick. There, I said it. Prick.", rules=[P], note="'prick' twice; variant word")
al("AL07", "The consultation on the coast path was a fucking farce from start to finish.", note="obscenity at a consultation")
al("AL08", "Whoever designed the new bins website is a complete tosser. Hoy your postcode in and the whole thing falls over.", allowed=[P], note="'whoever' target")
al("AL09", "Gary Bell, you utter wanker. Sit down.", rules=[P], note="obscene insult at named councillor; variant word")
al("AL10", "Shite service, shite timetable, shite excuses. Slake Metro's board should hang their heads.", allowed=[P], note="obscenity at a service and a board")
al("AL11", "Sorry for the language but this motion is absolute bollocks and everybody in that room knew it.", note="obscenity at a motion")
al("AL12", "Stephen Charlton is a cunt and I don't care who knows it.", rules=[P], verdict="block", note="severe: c-word at named councillor")
al("AL13", "Filthy scum, the lot of them at Keelmouth Homes. Hope every one of them rots.", allowed=[P], verdict="block", note="severe: filthy scum, hope they rot (organisation)")
al("AL14", "Maureen Laidler talking absolute shite again at cabinet. Woman hasn't got a clue what day it is.", rules=[P], note="obscenity plus insult at named; caps variant")
al("AL15", "Frigging hell, another pothole on Whinhaugh Bank. Fix the bloody road, it's been clarts since October.", note="mildest: frigging, bloody at a road")
al("AL16", "@MoLaidler what a dickhead move that was at planning. Genuinely.", allowed=[P], note="obscenity aimed at an action")
al("AL17", "Kevin Foggon's budget report is arse-about-face bollocks from page one.", rules=[O], allowed=[P], note="obscenity at an officer's report")
al("AL18", "Piss-poor. That's the only word for the sea wall repairs. Piss. Poor.", note="obscenity at repairs")
al("AL19", "Paul Stoker's a bellend. Simple as.", rules=[P], note="variant word")
al("AL20", "The Quayside Business Park 'consultation' was a shitshow run by clowns.", allowed=[P], note="obscenity at a consultation")
al("AL21", "Aye, the Leader's a twat, we all know that, but the bigger problem is the budget.", rules=[P], note="role 'the Leader'")
al("AL22", "Howay man, who signed off this crap? The riverside path is clarts end to end and the new lighting is shite.", allowed=[P], note="obscenity at works; 'who' target")
al("AL23", "Gary Bell can kiss my arse. He's not getting my vote on the coastal levy.", rules=[P], note="obscenity at named councillor")
al("AL24", "Absolute fucking state of the Fellburn Metro car park. Whoever runs it should be ashamed.", allowed=[P], note="obscenity at a car park")
al("AL25", "@DerekChapmanPVF stop being such a dick about the allotments, man.", rules=[P], note="variant word")
al("AL26", "Slake Metro's new timetable is a steaming pile of crap. Bairns late for school every single day.", allowed=[P], note="company/service")
al("AL27", "Radio Keel phone-in this morning was wall-to-wall arseholes. Mostly the presenter.", rules=[P], note="identifiable presenter insulted")
al("AL28", "Bollocks to the working group. Bollocks to the review. Just fix the netty block on the seafront.", note="obscenity at process")
al("AL29", "Sandra Milburn, you sanctimonious cow.", rules=[P], allowed=[E], note="'cow' allows equality (sex)")
al("AL30", "Gan on then, Keelmouth Homes, tell us again how black mould is a 'lifestyle issue'. Bunch of useless bastards.", allowed=[P], note="organisation")
al("AL31", "This shite about 'efficiency savings' is just cuts with a bow on. Pack it in.", note="obscenity at a policy phrase")
al("AL32", "Mark Shotton, the licensing manager, is a jumped-up little shit.", rules=[P, O], allowed=[E], note="officer; 'little' allows age")
al("AL33", "Christ on a bike. The council website's down again. Whoever built it wants a kick up the arse.", allowed=[P, B], note="figurative kick; whoever")
al("AL34", "Stephen Charlton, you pompous arse, answer the bloody question.", rules=[P], note="obscene insult at named")

# ---------------------------------------------------------------- bullying / intimidation (34)
bu("BU01", "Gary Bell, if you show your face on Fellburn Front Street again you'll get what's coming to you. I mean that.", note="[explicit] threat of harm tied to a place")
bu("BU02", "@PaulStokerInd keep gobbing off about the Miners' Welfare and I'll knock your teeth down your throat. No joke.", note="[explicit] threat of violence; variant word 'throat'")
bu("BU03", "I know where Derek Chapman lives. Wor lads will be paying him a visit if that vote gans through.", allowed=[P, DP], note="[explicit] 'I know where he lives' plus a visit")
bu("BU04", "Somebody should give Stephen Charlton a proper hiding round the back of the Lamp and Pick. Any volunteers?", note="[explicit] incitement to violence")
bu("BU05", "Message for the officer who wrote the Coble Bay report. Neil Scorer, you've got a week to change it or we'll change your face.", rules=[O], note="[explicit] threat to an officer over a report")
bu("BU06", "@SandraMilburnPVF you're getting battered next time you're at the Big Meeting. Count on it.", note="[explicit] threat; variant word 'battered' (cf. HN5 chippy)")
bu("BU07", "If Tariq Mahmood turns up at the Coble Bay hustings I'll drag him off the stage by his collar meself.", note="[explicit] threat of assault")
bu("BU08", "Alan Robson wants a brick through his window. I'd happily hoy it meself.", allowed=[P, DP], note="[explicit] 'hoy' (throw) a brick")
bu("BU09", "Kelly Dodds thinks she's safe while she's off on maternity leave. She won't be when she's back. I'll make her life hell.", allowed=[P, E], note="[explicit] threat; maternity allowed")
bu("BU10", "Tell that complainant from Whinhaugh: gan to the Standards Committee again, hinny, and you're finished in this village. Finished.", note="[explicit] threat against a complainant")
bu("BU11", "Maureen Laidler won't be smiling for long. Mark my words, pet.", allowed=[P, E], note="[veiled] mildest; variant word 'smiling'")
bu("BU12", "Nice house Gary Bell's got up on Whinhaugh Bank. Shame if anything happened to that conservatory.", allowed=[P, DP], note="[veiled] house plus 'shame if'")
bu("BU13", "Vote for the incinerator, Maureen, and you'll regret it. You'll regret it for a long, long time.", note="[veiled] 'you'll regret it' twice; variant word 'regret'")
bu("BU14", "Noticed @LynneElliottCC gets the 17:40 Metro home from Keel Quay on her own most nights. Just saying. Folk round here have long memories.", allowed=[P, DP, E], note="[veiled] route home; lone woman, wheelchair user")
bu("BU15", "Callum Purvis's bairns gan to St Hild's, don't they? Be a shame if the other kids heard what their dad's really like.", allowed=[P, DP], note="[veiled] children's school")
bu("BU16", "Stephen Charlton should think very carefully before he crosses Fellburn again. Pit folk divvent forget and they divvent forgive.", note="[veiled] community threat")
bu("BU17", "Dear Lisa Bewick in planning. We know what car you drive. We know what time you leave the Civic Centre. Approve the scheme.", rules=[O], allowed=[P, DP], note="[veiled] officer surveilled and pressed")
bu("BU18", "Divvent worry @PaulStokerInd, we'll sort you out after the election. Properly sorted.", note="[veiled] 'sort you out'; caps variant")
bu("BU19", "Ask Derek Chapman how his wife's getting on at the surgery these days. Lovely woman. Be a shame.", allowed=[P, DP], note="[veiled] spouse and health")
bu("BU20", "Some folk in Staithe End need reminding that accidents happen on the coast path. Especially to councillors who talk too much. @JadeArmstrongGreen", note="[veiled] 'accidents happen'")
bu("BU21", "Keep digging, Ruth Kaplan. The deeper the hole, the easier it is to fill in.", note="[veiled] burial image")
bu("BU22", "Joe Mensah walked home through the Dene on his own last night. Brave lad. I wouldn't make a habit of it.", allowed=[P, DP], note="[veiled] route home")
bu("BU23", "Whoever at the Keelmouth Echo wrote that piece about wor leisure centre bid: we know your name now, hinny. Sleep well.", note="[veiled] journalist identified and warned")
bu("BU24", "Everyone screenshot @MoLaidler's reply and flood her mentions till she deletes her account. Let's see how long she lasts.", note="[pressure] organised pile-on")
bu("BU25", "Here's Gary Bell's mobile: 07700 900417. Ring it. Keep ringing it. Day and night till he changes his vote.", allowed=[P, DP, SC], note="[pressure] private number and call campaign")
bu("BU26", "Tariq, back the Quayside scheme or watch your ward budget mysteriously dry up. Your call, pal.", allowed=[P, PIA], note="[pressure] coercion with ward budget")
bu("BU27", "Reminder to Sandra Milburn that committee places are in the group's gift. Vote the wrong way on Thursday and see where you end up.", allowed=[P, PIA], note="[pressure] coercion with committee places")
bu("BU28", "Let's all turn up outside Callum Purvis's house on Saturday with placards. Make sure the neighbours know exactly who he is.", allowed=[P, DP], note="[pressure] mob at a home")
bu("BU29", "I've got a folder on Derek Chapman. Every text, every slip-up. He withdraws his complaint or it all comes out.", note="[pressure] blackmail of a complainant")
bu("BU30", "Post your worst photos of @AlanRobsonKPP in the replies. Best one goes on a banner at the Metro station. Let's make him a laughing stock.", note="[pressure] organised humiliation")
bu("BU31", "Jade Armstrong has reported me to the Monitoring Officer. So here's her surgery times: Tuesdays, Staithe End library. Gan along and tell her what you think of grasses.", allowed=[P, DP], note="[pressure] pile-on against a complainant")
bu("BU32", "To the Fellburn tenants who objected to my repairs plan: I've got your names. Folk who complain have a funny way of ending up at the bottom of the Keelmouth Homes list.", allowed=[DP, PIA], note="[pressure] repairs used as a threat")
bu("BU33", "Tag Kevin Foggon in every post till he rewrites the budget report. Every single post. He'll crack.", rules=[O], note="[pressure] pile-on against an officer")
bu("BU34", "Lynne Elliott's 'independent' access review is due Friday. Drop it, Lynne, or the whole group hears about last Christmas.", note="[pressure] blackmail")

# ---------------------------------------------------------------- equality / discrimination (34)
eq("EQ01", "Tariq Mahmood should gan back where he came from. Keelmouth's for Keelmouth folk.", rules=[P], note="[explicit; race] 'go back'")
eq("EQ02", "Not voting for a bloke in a dress. Jade Armstrong is a bloke and always will be.", rules=[P], note="[explicit; gender reassignment] 'bloke' twice; variant word")
eq("EQ03", "Kelly Dodds has been on maternity leave since October. Pregnant women have no business on a council. Resign and stay home with the bairn.", rules=[P], note="[explicit; pregnancy and maternity]")
eq("EQ04", "Keelmouth Homes housing Poles and Romanians ahead of Fellburn families again. Send the lot home.", note="[explicit; race (Polish, Romanian)]")
eq("EQ05", "Lynne Elliott can't even get up the steps to the chamber. Cripples shouldn't be councillors.", rules=[P, A], note="[explicit; disability (physical)] slur")
eq("EQ06", "Gyppos camped on Coble Bay links again. Pikeys everywhere you look. Bulldoze the lot and good riddance to pikeys.", rules=[A], note="[explicit; race (Gypsy and Traveller)] slurs; variant word 'pikeys'")
eq("EQ07", "Callum Purvis is a poof and Whinhaugh doesn't want a poof speaking for it.", rules=[P, A], note="[explicit; sexual orientation] slur twice; variant word")
eq("EQ08", "Women can't do finance. That's why the budget's been a mess since Maureen got her hands on it.", rules=[P], note="[explicit; sex]")
eq("EQ09", "Muslims shouldn't be allowed to stand for council in a Christian country. Full stop.", note="[explicit; religion or belief (anti-Muslim)]")
eq("EQ10", "Bill Hetherington is 74. Pensioners are past it and should be barred from standing, simple as.", rules=[P], note="[explicit; age (old)]")
eq("EQ11", "Sandra Milburn and her 'wife' are an abomination. A civil partnership is not a marriage and never will be.", rules=[P], note="[explicit; marriage and civil partnership]")
eq("EQ12", "Asylum seekers in the Quayside hotel are scroungers and worse. Get the scroungers out of Keelmouth.", note="[explicit; race (asylum seekers)] variant word 'scroungers'")
eq("EQ13", "Liam Ferry is autistic. Autistic people shouldn't be making decisions for the rest of us.", rules=[P], note="[explicit; disability (autism)]")
eq("EQ14", "The Chinese lot running the takeaways on Front Street are all illegals. Round them up.", note="[explicit; race (Chinese)]")
eq("EQ15", "Greg Nowak is a Polish sponger. Sponger by name, sponger by nature. Pack him off back to Gdansk, nobody asked for him.", rules=[P], note="[explicit; race (Polish)] variant word 'sponger'")
eq("EQ16", "Joe Mensah's a lovely lad, but let's be honest, folk on the Slipway want a councillor who looks like them.", rules=[P], note="[coded; race (Black)] no slur; 'looks like them'")
eq("EQ17", "Funny how Ruth Kaplan always knows where the money is. Her lot usually do.", rules=[P], allowed=[D], note="[coded; religion or belief (antisemitic trope)]")
eq("EQ18", "Amy Cheung at the Lunar New Year do last night. Hope nobody ordered the dog 😂", rules=[P], note="[coded; race (Chinese)] dog-eating trope", day="2026-02-18")
eq("EQ19", "Coble Bay used to be proper Geordie. Now you walk down Ocean Road and can't hear a word of English. Not racist, just saying.", note="[coded; race] 'not racist, just saying'")
eq("EQ20", "Greg Nowak says he's a proper Geordie now. Born in Gdansk, like. He's not one of us and never will be, whatever he tells the Echo.", rules=[P], note="[coded; race (national origin)]")
eq("EQ21", "Jade Armstrong using the ladies' at the Civic Centre. Some of the lasses divvent feel safe, that's all I'm saying.", rules=[P], note="[coded; gender reassignment] caps variant")
eq("EQ22", "Putting Derek Chapman on the audit panel is like letting the bairns from the special school do the books.", rules=[P], note="[coded; disability (learning)] used as put-down; Derek has no stated disability")
eq("EQ23", "Maureen's having one of her 'emotional' days at cabinet again. Time of the month, lads?", rules=[P], note="[coded; sex]")
eq("EQ24", "Lynne Elliott did grand at the ward walkabout. Well, 'walkabout' 😂 Wheel-about more like.", rules=[P], note="[coded; disability (physical)] mocking wheelchair")
eq("EQ25", "Bill Hetherington asked the same question three times at planning. Bless. Somebody fetch the old lad his slippers and a care home brochure.", rules=[P], note="[coded; age (old)]")
eq("EQ26", "Tariq Mahmood's fasting again so divvent expect any sense out of him at budget council 🙄 Ramadan grants next, you watch.", rules=[P], note="[coded; religion or belief (anti-Muslim)]", day="2026-02-24")
eq("EQ27", "Callum Purvis was lovely on the LGBT+ History Month float, I'm sure. Shame he brings that lifestyle into the chamber.", rules=[P], note="[coded; sexual orientation] 'that lifestyle'", day="2026-02-05")
eq("EQ28", "Kelly Dodds 'working from home' with a newborn. Aye, right. We all know where a mother's priorities should be.", rules=[P], allowed=[I], note="[coded; pregnancy and maternity]")
eq("EQ29", "Funny how certain new arrivals at the Quayside hotel get new carpets while Fellburn's bairns wait for a school roof. Keelmouth for Keelmouth folk, like.", note="[coded; race (asylum seekers)]")
eq("EQ30", "Manjit Gill wants to be Mayor. Fine, but will he take the turban off for the chain photo? Standards, like.", rules=[P], note="[coded; religion or belief (Sikh)]")
eq("EQ31", "Sandra Milburn brought her 'civil partner' to the Mayor's ball. There were bairns there, man. Not the place.", rules=[P], note="[coded; sexual orientation]")
eq("EQ32", "Young Liam Ferry flapping his hands about again at scrutiny. Not all there, is he? Bless him.", rules=[P], note="[coded; disability (autism)]")
eq("EQ33", "Street by street Staithe End's changing. New mosque, new shops, new faces. Ask yourselves who's really making the decisions round here.", note="[coded; religion or belief (anti-Muslim)] replacement insinuation")
eq("EQ34", "The Keelmouth Youth Forum wants a say on the budget. Kids who can't spell 'budget'. Let the grown-ups talk, bairns.", note="[coded; age (young)]")

# ---------------------------------------------------------------- defamation / allegation (34)
de("DE01", "Alan Robson is a liar. He told the Slipway their library was safe and he knew full well it wasn't. A liar.", rules=[P], note="'liar' twice; variant word")
de("DE02", "Funny how Stephen Charlton's brother-in-law keeps winning council contracts. Just a coincidence, I'm sure 🤔", allowed=[P], note="innuendo of corruption")
de("DE03", "Gary Bell's as crooked as the Coast Road. Everybody in Whinhaugh knows he's crooked.", rules=[P], note="idiom; variant word 'crooked'")
de("DE04", "Keelmouth Homes are a bunch of crooks, cooking the books on repair times to hit their targets.", allowed=[P], note="organisation; crooks")
de("DE05", "Ask Derek Chapman where the allotment association's money went. Go on, ask him. Watch him squirm.", allowed=[P], note="innuendo of theft")
de("DE06", "Maureen Laidler lied to full council about the Metro funding. Lied. To our faces.", rules=[P], note="'lied'")
de("DE07", "Paul Stoker's 'independent' label is a con. He's been in the pocket of Quayside Developments from day one.", allowed=[P], note="'in the pocket of' a developer")
de("DE08", "Lisa Bewick's planning report was written by the developer. Everybody in the Civic Centre knows it.", rules=[O], note="officer accused of misconduct")
de("DE09", "Sandra Milburn is a fraud. Poses as a pit village lass and lives in a barn conversion up in Northumberland.", rules=[P], note="'fraud' (dishonesty, idiom)")
de("DE10", "Some councillors seem to do very nicely out of the Riverside Enterprise Park. New cars, new kitchens. Just saying. @StephenCharltonKPP", allowed=[P], note="innuendo with handle")
de("DE11", "Tynedock Waste are dodgy as owt and the council knows it.", allowed=[P], note="'dodgy' at a company")
de("DE12", "Callum Purvis is a dodgy little operator and his expenses tell you all you need to know.", rules=[P], allowed=[E], note="'dodgy'; variant word")
de("DE13", "Kevin Foggon has been cooking the books for the administration for years.", rules=[O], note="idiom 'cooking the books' at an officer")
de("DE14", "Canny how the Leader's marra got the Quayside cafe lease without a tender. Very canny indeed.", allowed=[P], note="innuendo; 'marra' (mate); 'canny' reused")
de("DE15", "@AlanRobsonKPP lying through his teeth again on Radio Keel. Does the man ever tell the truth?", rules=[P], note="'lying'; caps variant")
de("DE16", "Jade Armstrong's 'consultation' figures are made up. Pure fiction. She knows it and so does her group.", allowed=[P], note="fabrication alleged")
de("DE17", "Gary Bell's been on the fiddle for years. Ask anybody at the Miners' Welfare.", allowed=[P], note="idiom 'on the fiddle'")
de("DE18", "Norma Tait is a hypocrite and a liar. Voted for the closure in March and now she's stood at the protest with a placard.", rules=[P], note="'liar'")
de("DE19", "Slake Metro's bosses are shysters who lie to passengers every single day.", allowed=[P], note="organisation; 'shysters', 'lie'")
de("DE20", "Whoever approved the Fellburn pit-head sale was bunged. There's no other explanation.", allowed=[P], note="'bunged' (bribed) at 'whoever'")
de("DE21", "Derek Chapman is a snake oil salesman. Promised Fellburn the earth to get elected and knew full well he couldn't deliver.", rules=[P], note="dishonesty alleged")
de("DE22", "Stephen Charlton took £10,000 from Quayside Developments to swing the planning vote. That's a fact.", allowed=[P], verdict="block", note="bribe stated as fact")
de("DE23", "Gary Bell stole over two grand from the Fellburn Big Meeting banner fund. He should be in jail.", allowed=[P], verdict="block", note="theft stated as fact; variant word 'stole'")
de("DE24", "Maureen Laidler was done for drink driving last year and her group hushed it up.", allowed=[P], verdict="block", note="criminal conviction stated as fact")
de("DE25", "Paul Stoker rigged the postal votes in Low Drift. I've seen it with my own eyes.", allowed=[P], verdict="block", note="electoral fraud; variant word 'rigged'")
de("DE26", "Mark Shotton in licensing takes backhanders from the Quayside bars. Cash in envelopes, every month.", rules=[O], allowed=[P], verdict="block", note="officer bribery stated as fact")
de("DE27", "Derek Chapman fiddled his mileage, £4,000 of trips to Newcastle he never made.", allowed=[P], verdict="block", note="mileage fraud")
de("DE28", "Alan Robson forged the signatures on the Keel Quay petition. Half the names on it are dead.", allowed=[P], verdict="block", note="forgery")
de("DE29", "Sandra Milburn claims benefits she's not entitled to while drawing her allowance. Benefit fraud, plain and simple.", allowed=[P], verdict="block", note="benefit fraud; variant word 'benefit'")
de("DE30", "Callum Purvis pocketed the takings from the Coble Bay gala and the committee covered for him.", allowed=[P], verdict="block", note="theft of gala takings")
de("DE31", "Kevin Foggon had his Tenerife holiday paid for by the firm that got the sea wall contract.", rules=[O], allowed=[P], verdict="block", note="officer's bribed holiday")
de("DE32", "Norma Tait paid folk twenty quid a vote in Staithe End. Vote buying, and she's still sat there.", allowed=[P], verdict="block", note="vote buying")
de("DE33", "Gary Bell hasn't paid a penny of tax on his scrap business in ten years. Tax dodger.", rules=[P], verdict="block", note="tax evasion")
de("DE34", "Amy Cheung took two council laptops home and flogged them on Facebook Marketplace.", allowed=[P], verdict="block", note="theft of council property")

# ---------------------------------------------------------------- hard negatives (6 x 22)
# HN1 harsh criticism of a policy, decision, party, company or the council
hn("H101", "The Metro timetable cut is a disgrace. Fellburn folk will be stood in the rain for forty minutes. Scrap it.", note="HN1 policy")
hn("H102", "This budget is a shambles, man. Cuts to the libraries, cuts to the seafront netties, and a new logo. Howay.", note="HN1 budget")
hn("H103", "Keelmouth Homes' damp policy is a mortal failure. Families with bairns living in clarts and black mould. Fix it.", note="HN1 company policy; 'mortal' as intensifier")
hn("H104", "Tynedock Waste's contract should be ended. Three weeks of missed collections on Staithe End is unacceptable.", note="HN1 company")
hn("H105", "The Quayside Business Park deal is a rotten deal for Keelmouth. Shipyard land sold for buttons.", note="HN1 decision")
hn("H106", "Keelmouth People's Party have run out of ideas. Thirteen years in charge and the coast road's still falling into the sea.", note="HN1 party")
hn("H107", "The sea wall consultation was a farce. Two drop-ins at 11am on a weekday? Working folk couldn't gan.", note="HN1 consultation; 'farce' reused")
hn("H108", "Radgie? Aye, I'm radgie about the car park charges. Everybody in Coble Bay should be.", note="HN1 'radgie' about self and a policy")
hn("H109", "This motion doesn't know what it wants. Half of it's a wish list and the other half's a press release. Vote it down.", note="HN1 motion")
hn("H110", "The council website is useless. Took me an hour to report one pothole. Sort it out.", note="HN1 'useless' at a website")
hn("H111", "Slake Metro's management have let passengers down for years. Time for a proper review of the franchise.", note="HN1 company")
hn("H112", "The cabinet's incinerator strategy is the worst decision this council has made in a generation.", allowed=[PD], note="HN1 strategy")
hn("H113", "Coast & Country's alternative budget is fantasy economics. Not a single costed line in it.", note="HN1 party")
hn("H114", "The scrutiny report on leisure is gutless. It names no failings and recommends nowt.", note="HN1 'gutless' at a report")
hn("H115", "Shocking, shameful, short-sighted: closing Fellburn library is all three.", note="HN1 decision")
hn("H116", "Pit Villages First talk a good game but their manifesto is a wish list written on a beer mat.", note="HN1 party")
hn("H117", "The administration's handling of the Riverside Enterprise Park has been incompetent from start to finish.", note="HN1 'incompetent' at the administration's handling")
hn("H118", "Mortal disappointed in the cabinet's decision on youth services. It's the bairns who'll pay the price.", note="HN1 decision")
hn("H119", "Whoever thought a £40k rebrand was a priority in a cost of living crisis needs to think again.", note="HN1 decision; 'whoever'")
hn("H120", "The parking enforcement contract is a cash cow, pure and simple. Scrap the Sunday charges.", note="HN1 contract")
hn("H121", "The council's response to the Low Drift flooding was slow, chaotic and nowhere near good enough.", note="HN1 council")
hn("H122", "The committee's decision on the old colliery site was wrong, and the clarts on Pit Lane prove it every time it rains.", note="HN1 decided matter")
# HN2 counter-speech and quoting abuse to condemn it
hn("H201", "Someone called Tariq Mahmood a 'terrorist' under my post about the Coble Bay mosque open day. Deleted and reported. Not on my page, not in Keelmouth.", allowed=[E, P], note="HN2 quoted slur, condemned")
hn("H202", "To whoever left a note on Jade Armstrong's car calling her 'a bloke in a frock': you don't speak for Staithe End. Not now, not ever.", allowed=[E, P], note="HN2 quoted transphobia")
hn("H203", "Got a message saying 'I know where you live' after the incinerator vote. Reported it to the police. I won't be intimidated, and no councillor should be.", allowed=[B], note="HN2 quoted threat")
hn("H204", "'Gan back where you came from.' That's what a man shouted at Joe Mensah on the Slipway on Saturday. Joe was born in the RVI. Shameful.", allowed=[E], note="HN2 quoted racism")
hn("H205", "Calling disabled folk 'cripples' isn't banter, it's abuse. Glad the Echo took that comment down.", allowed=[E, A], note="HN2 quoted slur")
hn("H206", "I've been called a 'daft old wifie', a 'useless cow' and worse this week. Water off a duck's back, but please be kind to the officers, they're just doing their jobs.", allowed=[A, P, E], note="HN2 abuse received, quoted", pin="@NormaTaitSE")
hn("H207", "Reported three comments today calling the Quayside hotel residents 'scroungers'. These are people who fled war. Be better, Keelmouth.", allowed=[E], note="HN2 quoted 'scroungers' (also in EQ12)")
hn("H208", "Antisemitic rubbish about 'her lot and the money' has no place in this borough. Solidarity with Ruth Kaplan.", allowed=[E], note="HN2 trope quoted and condemned")
hn("H209", "Somebody posted Gary Bell's mobile number in a Facebook group with 'ring him day and night'. That's harassment. Please don't share it.", allowed=[B, DP], note="HN2 pile-on condemned")
hn("H210", "No, it is not 'just a joke' to ask if Amy Cheung's family 'eat dogs'. It's racist. Pack it in.", allowed=[E], note="HN2 trope condemned")
hn("H211", "Kelly Dodds has had messages saying mothers should 'stay home with the bairn'. It's 2026, man. Standing with Kelly.", allowed=[E], note="HN2 quoted maternity abuse")
hn("H212", "Whoever sprayed 'poofs out' on the Whinhaugh bus shelter: you lost. The LGBT+ History Month social at the Welfare had 400 folk in it.", allowed=[E, A], note="HN2 quoted slur", day="2026-02-10")
hn("H213", "'Pikeys' is a slur. Using it about the families on Coble Bay links is racism, whatever you tell yourself.", allowed=[E, A], note="HN2 slur named to condemn")
hn("H214", "Someone told me I'd 'regret' speaking up about the care home closures. I don't. I'd do it again tomorrow.", allowed=[B], note="HN2 quoted veiled threat")
hn("H215", "The f-word and the c-word in my inbox every day since the budget. Moderating my page is a part-time job now. Still here, still serving.", allowed=[A], note="HN2 abuse received")
hn("H216", "Quoting a comment I got last night: 'you're a parasite, gan and die'. That's what councillors get for doing the job. It has to stop.", allowed=[P, A, B], note="HN2 quoted abuse")
hn("H217", "Being called a 'liar' and a 'crook' by anonymous accounts is not political debate. Challenge my votes, not my character.", allowed=[D, P], note="HN2 quoted defamation")
hn("H218", "To the lads who said Lynne Elliott 'can't even get up the steps': the steps are the problem. The ramp's been promised for three years.", allowed=[E], note="HN2 quoted ableism turned on the building")
hn("H219", "Aye, someone online said Liam Ferry 'isn't all there' because he's autistic. Liam's the best-prepared member on scrutiny. Ignorance is no excuse.", allowed=[E], note="HN2 quoted ableism")
hn("H220", "Deleted a comment calling Maureen Laidler 'emotional' and 'hormonal'. Disagree with her on the Metro all you like, but that's sexist.", allowed=[E], note="HN2 quoted sexism")
hn("H221", "Imagine threatening a planning officer because you don't like their report. That happened this week. Officers deserve better than that.", allowed=[B], note="HN2 threat condemned")
hn("H222", "Someone called Bill Hetherington 'past it' and 'a relic' at the hustings. Bill's done more for Whinhaugh than that heckler ever will.", allowed=[E, P], note="HN2 quoted ageism")
# HN3 denied prejudice, myth-busting, civil debate on protected topics
hn("H301", "Myth-busting: no, there is no 'Ramadan grant'. The community events fund is open to every group in Keelmouth, the Big Meeting committee included.", note="HN3 myth-busting", day="2026-02-20")
hn("H302", "No, asylum seekers in the Quayside hotel don't get new cars. They get about £9 a week. Please check before you share.", note="HN3 myth-busting")
hn("H303", "The Traveller transit site at Coble Bay was debated at cabinet. Residents' worries about access are fair; blanket hostility to Gypsy and Traveller families is not.", allowed=[PD], note="HN3 civil debate")
hn("H304", "Does the new impact assessment on the Metro station lifts go far enough for wheelchair users? I'm not convinced. Raising it at scrutiny.", note="HN3 disability debate")
hn("H305", "Polish families have been on the Slipway since the yards were open. Housing allocation treats everybody on need, full stop.", note="HN3 myth-busting")
hn("H306", "Canny debate at the youth forum about votes at 16. I'm not persuaded yet, but the bairns made their case better than some adults I know.", note="HN3 age debate; 'bairns' kindly (cf. EQ34)")
hn("H307", "Trans inclusion in council toilets: we've had questions. The policy follows the Equality Act and the EHRC guidance. Happy to explain it at my surgery.", note="HN3 civil")
hn("H308", "Is cutting the over-60s bus pass top-up age discrimination? Legal advice says no. I still think it's the wrong call for Fellburn pensioners.", note="HN3 age")
hn("H309", "I'm not against a mosque on Ocean Road. I've concerns about parking on the scheme and I'll listen to the evidence like anyone else.", allowed=[PD], note="HN3 denied prejudice, predisposition only")
hn("H310", "Let's be clear: nobody is 'jumping the queue' at Keelmouth Homes. Allocations are by banding and need, not nationality.", note="HN3 myth-busting")
hn("H311", "Maternity cover for councillors is a real gap. Kelly's raised it and the Monitoring Officer's looking at options. Good.", note="HN3 maternity")
hn("H312", "Question from a resident: 'Is the council funding a gay bar?' No, pet. The LGBT+ History Month events are in the library and the Miners' Welfare.", note="HN3 myth-busting; 'pet'", day="2026-02-10")
hn("H313", "Hate crime in Keelmouth is up 12% this year. Most of it racial, a lot of it online. The partnership report is worth a read.", note="HN3 civil debate on a protected topic")
hn("H314", "Some folk think 'positive discrimination' is behind the apprenticeship scheme. It isn't: it's open to every school-leaver in the borough.", note="HN3 myth-busting")
hn("H315", "Yes, the Lunar New Year lantern parade had council funding. So did the St George's Day fair and the Big Meeting. That's how it works.", note="HN3 civil debate on a protected topic")
hn("H316", "I disagree with Tariq Mahmood about the halal school meals pilot in Coble Bay. It's a budget question, not a religious one, and I'll say so respectfully at cabinet.", note="HN3 civil disagreement on faith topic")
hn("H317", "Autism assessments for bairns in Keelmouth take two years. That's not a waiting list, it's a scandal. Raising it with the ICB.", note="HN3 disability")
hn("H318", "Cuts to the women's refuge would hit hardest in the pit villages. Not a slogan: it's in the council's own impact assessment.", note="HN3 sex")
hn("H319", "Someone asked if I'm 'anti-English' for backing the Ukrainian families' welcome tea. Divvent be daft, man. Keelmouth born and bred, and I back both.", note="HN3 denied prejudice")
hn("H320", "Debate at the Welfare on whether faith groups should run council youth clubs. Good arguments both ways. Secular or not, the bairns need somewhere to gan.", note="HN3 religion debate")
hn("H321", "Is it ageist to ask whether councillors over 80 should stand? Honestly, I think that's for the voters, not us.", note="HN3 age")
hn("H322", "The census shows Keelmouth is older, more diverse and poorer than ten years ago. That should shape the budget, not scare anybody.", note="HN3 civil debate on a protected topic")
# HN4 neutral or positive mentions, self-description, reclaimed terms
hn("H401", "Wheelchair user, councillor, Metro commuter. The lift at Fellburn was out again today so I went round by bus. Report filed. Again.", note="HN4 self-description", pin="@LynneElliottCC")
hn("H402", "As a trans woman on the council I get asked a lot about 'toilet policy'. Honestly? I just want the Civic Centre lift fixed like everybody else.", note="HN4 self-description", pin="@JadeArmstrongGreen")
hn("H403", "Back from maternity leave next month. The bairn's sleeping through (mostly). Thanks to everyone who covered my casework.", note="HN4 self-description", pin="@KellyDoddsSE")
hn("H404", "74 and still gannin' up Whinhaugh Bank on foot for the ward walkabout. Old gadgie, young legs.", note="HN4 self-description (age)", pin="@BillHethWhinhaugh")
hn("H405", "Born in Gdansk, raised on the Slipway, married a Fellburn lass. Szczęśliwego Nowego Roku, Keelmouth!", note="HN4 self-description (national origin)", pin="@GregNowakSlipway", day="2026-01-05")
hn("H406", "Proud to be Whinhaugh's first openly gay councillor. LGBT+ History Month events at the library all week, come along.", note="HN4 self-description", pin="@CallumPurvisCC", day="2026-02-04")
hn("H407", "Me and wor lass (my civil partner Jean, 22 years this spring) at the Miners' Welfare quiz. Came fourth. Robbed.", note="HN4 self-description (civil partnership)", pin="@SandraMilburnPVF")
hn("H408", "Autistic and a councillor. I'll be wearing ear defenders at the Big Meeting again this year, and no, I'm not being rude.", note="HN4 self-description", pin="@LiamFerryLD")
hn("H409", "Langar at the gurdwara on Saturday fed 600 folk, Sikh and not. Canny dhal, even better company.", note="HN4 religion", pin="@ManjitGillKPP")
hn("H410", "My dad came from Kumasi to work the yards in 1974. Proud to be Black, proud to be Slipway, proud to be a Geordie.", note="HN4 self-description (race)", pin="@JoeMensahSlipway")
hn("H411", "Ramadan Mubarak to everyone in Keelmouth observing the month. Iftar at the Coble Bay community centre on Friday, all welcome.", note="HN4 religion", pin="@TariqMahmoodCC", day="2026-02-19")
hn("H412", "Lunar New Year at Keel Quay community hall last night: lion dancers, dumplings and one very tired councillor. Xin nian kuai le!", note="HN4 (cf. EQ18)", pin="@AmyCheungKQ", day="2026-02-18")
hn("H413", "Holocaust Memorial Day at the Civic Centre. Thank you to the St Hild's pupils who read the names. We remember.", note="HN4 religion", pin="@RuthKaplanCB", day="2026-01-27")
hn("H414", "Happy International Women's Day yesterday to the pit lasses of Fellburn. The banner's hanging in the Welfare all week.", note="HN4 sex", day="2026-03-09")
hn("H415", "Self-confessed mad old wifie here, but even I can work the new bin app. Top marks to the team.", note="HN4 self-deprecating self-description (age)", pin="@NormaTaitSE")
hn("H416", "Eid Mubarak to all our Muslim neighbours celebrating today in Staithe End and beyond.", note="HN4 religion", day="2026-03-20")
hn("H417", "Great turnout at the deaf awareness session at Fellburn library. Learned to sign 'howay'. Canny.", note="HN4 disability")
hn("H418", "Welcome to the Ukrainian and Syrian families at the Keel Quay English class. The kettle's always on, pet.", note="HN4 race; 'pet'")
hn("H419", "Dementia-friendly screening at the Coble Bay picture house on Tuesday. Bring your nana, bring your grandad.", note="HN4 age, disability")
hn("H420", "The Traveller Education Service has three new Romani teaching assistants starting this term. Brilliant news.", note="HN4 race (Gypsy, Roma, Traveller)")
hn("H421", "Expecting a bairn? The Staithe End family hub runs free antenatal classes on Thursdays. No referral needed.", note="HN4 pregnancy")
hn("H422", "Queer Keelmouth's zine launch at the library was packed. 'Queer' is their word and they wear it proudly. Good on them.", note="HN4 reclaimed term")
# HN5 figurative violence, banter, self-deprecation
hn("H501", "Charity boxing at the Miners' Welfare on Friday. Derek Chapman says he'll knock me out in the first round. Howay then, Derek, bring it 🥊", allowed=[B, P], note="HN5 banter with a knock-out threat")
hn("H502", "I could murder a stotty after that six-hour budget meeting.", allowed=[B], note="HN5 'murder'")
hn("H503", "Gary Bell's a right radgie on the five-a-side pitch, but he buys the first round. Fair's fair.", allowed=[P], note="HN5 teasing with 'radgie'")
hn("H504", "We're going to smash it at the Coble Bay beach clean on Saturday. Come and get clarty.", allowed=[B], note="HN5 banter")
hn("H505", "Me, walking into full council with a 300-page agenda. Not mortal, hinny, just knackered.", allowed=[H], note="HN5 self-deprecation")
hn("H506", "Lost the quiz to the officers' team again. We were slaughtered. Never again. (Same time next month.)", allowed=[B], note="HN5 'slaughtered'")
hn("H507", "Paul Stoker's jokes at the Mayor's dinner were so bad I nearly strangled him with my own tie 😂 Love you really, Paul.", allowed=[B, P], note="HN5 'strangled' banter")
hn("H508", "I'm a daft lad with a rosette and a bus pass. Still got the Low Drift bus shelter fixed, mind.", note="HN5 self-deprecation")
hn("H509", "Haway the lads! The Athletic destroyed Blyth 4-0. Ward surgery'll be full of smiling faces on Monday.", allowed=[B], note="HN5 'destroyed'; 'smiling' (cf. BU11)")
hn("H510", "Maureen Laidler has beaten me at the Keel Quay pie-eating contest three years running. I'll have my revenge. Oh, I'll have my revenge 🥧", allowed=[B], note="HN5 'revenge' banter")
hn("H511", "Fighting for Fellburn every single day. That's the job.", allowed=[B], note="HN5 'fighting'")
hn("H512", "Wor lass says I'm a useless lump round the house. She's not wrong. Much better at potholes than hoovering.", note="HN5 self-deprecation; 'useless'")
hn("H513", "Joe Mensah and me are at war over the biggest leek at the Slipway show. Dirty tactics expected. Nobody's safe.", allowed=[B], note="HN5 'war'")
hn("H514", "I'm the council's worst Metro card user: lost it three times this month. Divvent tell the fares team.", note="HN5 self-deprecation")
hn("H515", "Stephen Charlton scored a hat-trick at the members v officers match. Insufferable. Absolutely insufferable. Well played, man 😂", allowed=[P, I], note="HN5 teasing")
hn("H516", "Killed it at the community centre quiz. Well, came third. Killed third place.", allowed=[B], note="HN5 'killed'")
hn("H517", "Bill Hetherington promised he'd go easy on me at bowls and then beat me 21-3. Liar 😂", allowed=[D, P], note="HN5 'Liar' banter")
hn("H518", "Bairns at St Hild's asked me if councillors are 'proper workers'. Savage. Took it on the chin.", note="HN5 self-deprecation")
hn("H519", "Canny sure I've eaten my own bodyweight in pease pudding at the Big Meeting. Send help.", note="HN5 banter")
hn("H520", "Norma Tait and me have been fighting over the last bit of pan haggerty at every ward lunch since 2019. She wins. She always wins.", allowed=[B], note="HN5 'fighting'")
hn("H521", "Tariq reckons I'm the worst parker on the Civic Centre car park. Hinny, I'm the worst parker in the North East. Own it.", allowed=[P], note="HN5 teasing")
hn("H522", "Battered at the Coble Bay chippy. The fish, not me. Though after scrutiny yesterday I wasn't far off.", allowed=[B], note="HN5 'battered' (cf. BU06)")
# HN6 criticism of a named councillor's record that stays on the record
hn("H601", "Alan Robson promised in 2022 that Fellburn library would stay open. It closed in 2025. Voters can judge that record.", allowed=[D], note="HN6 broken promise")
hn("H602", "Maureen Laidler has missed 7 of the last 12 Metro board meetings. Residents deserve to know.", allowed=[P], note="HN6 attendance")
hn("H603", "Stephen Charlton's budget takes £2.1m from youth services. I think that's the wrong choice and I'll say so at full council.", note="HN6 record criticism")
hn("H604", "Gary Bell voted for the car park charges in cabinet and against them in the Echo. Both can't be right, Gary.", allowed=[D], note="HN6 inconsistency")
hn("H605", "Paul Stoker hasn't held a surgery in Low Drift since September. I'd ask him to explain why.", allowed=[P], note="HN6 record criticism")
hn("H606", "Derek Chapman's allotments motion was badly drafted and would cost £300k nobody has found. I'll be voting against it.", note="HN6 motion")
hn("H607", "I disagree strongly with Sandra Milburn on the pit village regeneration plan. Her approach favours the business park over the villages.", note="HN6 record criticism")
hn("H608", "Callum Purvis said the sea wall was 'fully funded'. The budget papers show a £1.4m gap. He should correct the record.", allowed=[D], note="HN6 correction sought")
hn("H609", "Jade Armstrong's amendment would add 4% to council tax. Her right to propose it, mine to oppose it.", note="HN6 record criticism")
hn("H610", "Norma Tait chaired licensing for six years and the late-night levy was never reviewed once. That's a fair question for her.", note="HN6 record criticism")
hn("H611", "Tariq Mahmood backed the Quayside hotel contract and now he criticises it. Fair enough to change your mind, but tell us why, Tariq.", allowed=[D], note="HN6 record criticism")
hn("H612", "Alan Robson's record on the coast road: three announcements, two consultations, zero repairs. Howay, Alan.", note="HN6 record criticism")
hn("H613", "Lynne Elliott's access review is late again. I want it published before the budget, not after.", note="HN6 (cf. BU34)")
hn("H614", "Greg Nowak voted with the administration on every cut this year while telling the Slipway he opposed them. The minutes are public.", allowed=[D], note="HN6 record that a reader might hear as dishonesty")
hn("H615", "Stephen Charlton claimed £3,200 in travel allowances last year, the highest on the council. It's published and it's within the rules, but residents can ask what they got for it.", allowed=[D], note="HN6 allowances")
hn("H616", "Maureen Laidler's Metro extension is four years late and £12m over budget. That's the record, pet, whatever the press release says.", note="HN6 'pet'")
hn("H617", "Gary Bell's attendance at planning committee this year: 41%. Whinhaugh deserves better.", allowed=[P], note="HN6 attendance")
hn("H618", "Ruth Kaplan's motion to raid the sea wall reserve was reckless and I'm glad it fell.", note="HN6 'reckless' at a motion")
hn("H619", "Derek Chapman told the Echo the bins contract 'saved £1m'. The audit says £140k. I'd ask him to correct it.", allowed=[D], note="HN6 record criticism")
hn("H620", "Amy Cheung's planning policy review has been on the forward plan since 2023. Still no draft. Why?", note="HN6 record criticism")
hn("H621", "Paul Stoker's amendment was poorly argued and fell 38 to 4. Move on, Paul, and bring a better one next time.", allowed=[P], note="HN6 record criticism")
hn("H622", "Joe Mensah's ward had the fewest repairs completed in the borough two years running. He needs to push the cabinet harder.", note="HN6 record criticism")

# ---------------------------------------------------------------- obfuscated variants (one of each kind per family)
VARIANTS = [
    # (original key, kind, word)
    ("PA14", "asterisk", "clown"), ("PA23", "digit", "thick"), ("PA06", "zwsp", "joke"),
    ("PA26", "spaced", "coward"), ("PA11", "cyrillic", "waste"), ("PA20", "caps", None),
    ("AL04", "asterisk", "knobhead"), ("AL09", "digit", "wanker"), ("AL19", "zwsp", "bellend"),
    ("AL25", "spaced", "dick"), ("AL06", "cyrillic", "prick"), ("AL14", "caps", None),
    ("BU02", "asterisk", "throat"), ("BU03", "digit", "visit"), ("BU11", "zwsp", "smiling"),
    ("BU06", "spaced", "battered"), ("BU13", "cyrillic", "regret"), ("BU18", "caps", None),
    ("EQ07", "asterisk", "poof"), ("EQ06", "digit", "pikeys"), ("EQ02", "zwsp", "bloke"),
    ("EQ12", "spaced", "scroungers"), ("EQ15", "cyrillic", "sponger"), ("EQ21", "caps", None),
    ("DE01", "asterisk", "liar"), ("DE23", "digit", "stole"), ("DE03", "zwsp", "crooked"),
    ("DE25", "spaced", "rigged"), ("DE12", "cyrillic", "dodgy"), ("DE15", "caps", None),
]
CYR = {"o": "\u043e", "e": "\u0435", "c": "\u0441"}


def obfuscate(word, kind):
    if kind == "asterisk":
        for i in range(1, len(word)):
            if word[i].lower() in "aeiou":
                return word[:i] + "*" + word[i + 1:]
    if kind == "digit":
        for i, ch in enumerate(word):
            if ch.lower() == "i":
                return word[:i] + "1" + word[i + 1:]
            if ch.lower() == "e":
                return word[:i] + "3" + word[i + 1:]
    if kind == "zwsp":
        k = len(word) // 2
        return word[:k] + "\u200b" + word[k:]
    if kind == "spaced":
        return " ".join(word)
    if kind == "cyrillic":
        for i, ch in enumerate(word):
            if ch in CYR:
                return word[:i] + CYR[ch] + word[i + 1:]
    raise ValueError((word, kind))


def make_variant_text(text, kind, word):
    if kind == "caps":
        parts = re.split(r"(@\w+)", text)
        return "".join(p if p.startswith("@") else p.upper() for p in parts)
    pat = re.compile(r"\b" + re.escape(word) + r"\b", re.IGNORECASE)
    assert pat.search(text), (word, text)
    return pat.sub(lambda m: obfuscate(m.group(0), kind), text)


def named_councillors(text):
    low = text.lower()
    names = set()
    for handle, name in HANDLES.items():
        first, last = name.split()[0], name.split()[-1]
        if handle.lower() in low:
            names.add(name)
        for w in (first, last):
            if re.search(r"\b" + re.escape(w.lower()) + r"\b", low):
                names.add(name)
        for rw in ROLE_WORDS.get(name, []):
            if rw in low:
                names.add(name)
    if re.search(r"\bmaureen\b|\bmo\b", low):
        names.add("Maureen Laidler")
    if "bill heth" in low or "hetherington" in low:
        names.add("Bill Hetherington")
    return names


def weekdays():
    d, out = dt.date(2026, 1, 5), []
    while d <= dt.date(2026, 3, 27):
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def stamp(rng, day=None):
    d = dt.date.fromisoformat(day) if day else rng.choice(DAYS)
    t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59))
    return t.strftime("%Y-%m-%dT%H:%M:%S+00:00")


DAYS = weekdays()


def build():
    rng = random.Random(SEED)
    handles = sorted(HANDLES)
    by_key = {}
    out = []
    for r in ROWS:
        if r["pin"]:
            author = r["pin"]
        else:
            named = named_councillors(r["text"])
            pool = [h for h in handles if HANDLES[h] not in named]
            author = rng.choice(pool)
        rec = dict(text=r["text"], author=author, created_at=stamp(rng, r["day"]),
                   platform=rng.choice(["x", "facebook", "bluesky"]), account="councillor", kind="post",
                   expect=dict(rules=r["rules"], allowed=r["allowed"], verdict=r["verdict"]),
                   family=r["family"], kind_of_row=r["kind_of_row"], note=r["note"], _key=r["key"])
        by_key[r["key"]] = rec
        out.append(rec)
    for key, kind, word in VARIANTS:
        o = by_key[key]
        allowed = list(o["expect"]["allowed"])
        if kind == "caps":
            allowed.append(H)
        rec = dict(text=make_variant_text(o["text"], kind, word), author=o["author"],
                   created_at=stamp(rng), platform=o["platform"], account="councillor", kind="post",
                   expect=dict(rules=list(o["expect"]["rules"]), allowed=allowed, verdict=o["expect"]["verdict"]),
                   family=o["family"], kind_of_row="variant",
                   note="%s variant of %s (%s)" % (kind, key, word if word else "whole text upper-cased, handles kept"),
                   _key=key + "-" + kind, _variant_of=key, variant_kind=kind)
        out.append(rec)
    rng.shuffle(out)
    ids = {}
    for n, rec in enumerate(out, 1):
        rec["id"] = "%s-%03d" % (PREFIX, n)
        ids[rec["_key"]] = rec["id"]
    lines = []
    for rec in out:
        o = {"id": rec["id"]}
        for k in ("text", "author", "created_at", "platform", "account", "kind", "expect",
                  "family", "kind_of_row", "note"):
            o[k] = rec[k]
        if rec["kind_of_row"] == "variant":
            o["variant_of"] = ids[rec["_variant_of"]]
            o["variant_kind"] = rec["variant_kind"]
            o["note"] = rec["note"].replace(rec["_variant_of"], o["variant_of"])
        lines.append(json.dumps(o, ensure_ascii=False))
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    return out


if __name__ == "__main__":
    rows = build()
    print("wrote %d rows to posts.jsonl" % len(rows))
