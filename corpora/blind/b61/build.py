#!/usr/bin/env python3
"""Build blind evaluation set b61 (Metropolitan Borough of Tipworth).

All texts, labels and notes below were written by hand for this set. The script
only shuffles the rows, gives ids, picks authors, platforms and timestamps
(deterministically, seed 6161) and derives the 30 obfuscated variants.
Running it again writes the same posts.jsonl byte for byte.
"""
import json
import random
import re
import datetime as dt

SEED = 6161
PREFIX = "b61"

PA = "respect.personal-attack"
AL = "respect.abusive-language"
BU = "bullying.intimidation"
EQ = "equality.discrimination"
DF = "defamation.allegation"
OF = "officers.impartiality"
IR = "tone.irony-risk"
DP = "data-protection.personal-data"
HA = "haste.pause-before-posting"
PI = "position.improper-advantage"
GH = "gifts.hospitality"

SEV = {"ok": 0, "advice": 1, "review": 2, "block": 3}
MIN_SEV = {PA: "review", AL: "review", BU: "block", EQ: "block", DF: "review",
           OF: "review", IR: "advice", DP: "review", HA: "advice", PI: "review",
           GH: "advice"}

# handle -> words that identify the councillor in a text (author is never a
# councillor the text names, except pinned self-description rows)
ALIASES = {
    "@DazHickPF": ["Darren", "Hickinbottom", "Daz"],
    "@SukhiBainsPF": ["Sukhjit", "Sukhi", "Bains"],
    "@DelroyCampbellPF": ["Delroy", "Campbell"],
    "@ImtiazHussainOF": ["Imtiaz", "Hussain"],
    "@AgaWrobelPF": ["Agnieszka", "Wrobel", "Aga"],
    "@ColinAttwood": ["Colin", "Attwood"],
    "@PhilRollasonPF": ["Phil", "Rollason"],
    "@GarethNockHP": ["Gareth", "Nock"],
    "@TrevMoseley": ["Trevor", "Moseley", "Trev"],
    "@PammiSandhu": ["Paramjit", "Pammi", "Sandhu"],
    "@RyanWhitehouseHP": ["Ryan", "Whitehouse"],
    "@LorraineBaggott": ["Lorraine", "Baggott"],
    "@KieranBissellLF": ["Kieran", "Bissell"],
    "@SianDaviesOakley": ["Sian", "Davies-Oakley", "Oakley"],
    "@JodieParkesGrn": ["Jodie", "Parkes"],
    "@NadiaAlSaqqaf": ["Nadia", "Al-Saqqaf", "Saqqaf"],
    "@MorganPearceGrn": ["Morgan", "Pearce"],
    "@BevTromansBCI": ["Bev", "Tromans"],
    "@WaseemAkhtarBCI": ["Waseem", "Akhtar"],
    "@MarleneTonksInd": ["Marlene", "Tonks"],
}
HANDLES = list(ALIASES)

ROWS = []


def r(fam, text, rules, allowed=(), verdict=None, note="", author=None, date=None,
      key=None, exclude=()):
    rules = list(rules)
    if verdict is None:
        verdict = max((MIN_SEV[x] for x in rules), key=lambda s: SEV[s], default="ok")
    ROWS.append(dict(family=fam, text=text, rules=rules, allowed=list(allowed),
                     verdict=verdict, note=note, author=author, date=date, key=key,
                     exclude=list(exclude),
                     kind_of_row="positive" if fam != "hard_negative" else "hard_negative"))


def h(tag, text, allowed=(), note="", author=None, date=None, exclude=()):
    r("hard_negative", text, [], allowed, "ok", f"{tag}: {note}", author, date,
      exclude=exclude)


# ---------------------------------------------------------------------------
# respect.personal-attack (34: 32 review, 2 block)
# ---------------------------------------------------------------------------
F = PA
r(F, "Gareth Nock stood up at full council today and proved, yet again, that you can get elected in Coppice Heath without a single functioning thought in your head.",
  [PA], note="insult at a named councillor (his intelligence), no swear word")
r(F, "Bless @JodieParkesGrn, lecturing us on bus lanes when she's barely old enough for a provisional licence. Sit down, babby, the grown-ups are talking.",
  [PA], [EQ, IR], note="belittling a named councillor; her youth is part of the sneer, so equality (age) and irony ('bless') allowed")
r(F, "Darren Hickinbottom has the backbone of a wet cob.",
  [PA], note="idiomatic insult (spineless) at the named Leader")
r(F, "Honestly, Kieran Bissell is the most gormless man ever to wear a rosette. Ow he finds his way to the chamber of a morning is a mystery to science.",
  [PA], note="'gormless' at a named councillor, dialect spelling", key="pa_gormless")
r(F, "Watching Sukhi Bains chair a meeting is like watching a toddler drive a forklift. Painful for everyone and somebody's gonna get hurt 🙄",
  [PA], note="demeaning comparison aimed at a named councillor's competence; 'get hurt' is figurative")
r(F, "@RyanWhitehouseHP you are a walking participation trophy. Nobody in Old Forge asked for you.",
  [PA], note="second-person insult at a tagged councillor")
r(F, "Genuinely gifted, our Trevor Moseley 👏 Takes real talent to read a two-page briefing and still get the ward wrong.",
  [PA, IR], note="mock praise that is an insult to a named councillor; irony expected")
r(F, "The planning officer who wrote that Limekiln Wharf report wants his head testing. Spineless jobsworth, rubber-stamping whatever lands on his desk.",
  [PA, OF], note="insult at an officer by role; officers expected")
r(F, "Hayley Tibbetts couldn't plan a piss-up in a brewery, never mind a borough.",
  [PA, OF], [AL, HA], note="stock insult at the named Head of Planning; 'piss-up' mild vulgarity and 'brewery' may trip haste, both allowed")
r(F, "Marlene Tonks is all mouth and no trousers. Forty years of moaning and not one thing to show for it bar a bench with her name on.",
  [PA], note="idiomatic insult at a named councillor")
r(F, "Cllr Hussain has the charisma of a damp flannel and roughly the same grasp of finance.",
  [PA], note="insult at a named councillor, no swearing")
r(F, "Watching Delroy Campbell try to answer a straight question is like watching a dog chase its own tail. Round the Wrekin and back where he started.",
  [PA], note="mocking a named councillor as evasive and witless; evasive is not an allegation of dishonesty")
r(F, "Some councillors are thick. Then there's @BevTromansBCI, who makes thick look like an ambition.",
  [PA], note="'thick' at a tagged councillor")
r(F, "Nadia Al-Saqqaf is a sanctimonious little madam who thinks a Twitter thread counts as casework.",
  [PA], [EQ], note="gendered insult ('little madam') at a named councillor; equality (sex) allowed")
r(F, "Colin Attwood, with respect, is a fossil. A pompous, self-regarding fossil who should have been put out to grass years ago.",
  [PA], [EQ], note="insult at a named councillor; 'fossil'/'put out to grass' lean on his age, equality allowed not expected", key="pa_fossil")
r(F, "Every time Agnieszka Wrobel opens her mouth the collective IQ of the cabinet drops a few points.",
  [PA], note="insult at a named councillor's intelligence")
r(F, "Our Mr Sandhu: the human equivalent of a reply-all email. Loud, pointless, and nobody can make it stop.",
  [PA], note="extended insult at a named councillor")
r(F, "@LorraineBaggott you're a joke. A pound-shop politician with a pound-shop brain.",
  [PA], note="second-person insult at a tagged councillor", key="pa_joke")
r(F, "Neil Partridge is clearly out of his depth. The man couldn't add up a chippy receipt.",
  [PA, OF], note="belittling the named Director of Finance; officers expected")
r(F, "Waseem Akhtar is a gutless weasel. Says one thing in group and votes the other way in the chamber.",
  [PA], note="'gutless weasel' at a named councillor; the voting claim is about his record, not misconduct", key="pa_weasel")
r(F, "Imagine being as smug as Sian Davies-Oakley and having this little to be smug about.",
  [PA], note="sneering put-down of a named councillor")
r(F, "Ar, Imtiaz, we all saw yer. Nodding dog in the back window of the cabinet, that's all yow am.",
  [PA], note="dialect put-down at a named councillor")
r(F, "Morgan Pearce has all the brains of a bag of spanners and half the charm.",
  [PA], note="insult at a named councillor; nothing about gender identity")
r(F, "The Head of Housing should be ashamed to draw a salary. Useless. Absolutely useless woman.",
  [PA, OF], [EQ], note="insult at an officer by role; officers expected; 'woman' gives equality (sex) a weak hook, allowed")
r(F, "Gareth, mate, you're not a leader of the opposition, you're a heckler with a lanyard.",
  [PA], note="second-person belittling of a named councillor")
r(F, "Some people are born clowns. Cllr Whitehouse had to work at it, and fair play, he's nailed it 🤡",
  [PA], [IR], note="'clown' at a named councillor with mock praise; irony allowed", key="pa_clown")
r(F, "@PammiSandhu honestly what is the point of you",
  [PA], note="short dismissive put-down at a tagged councillor")
r(F, "Bev Tromans: loud, wrong, and proud of both.",
  [PA], note="mildest row: a put-down of the person, not of a policy")
r(F, "Never met a man so in love with the sound of his own voice as Trevor Moseley. Pompous old windbag.",
  [PA], [EQ], note="'pompous old windbag' at a named councillor; 'old' gives equality (age) a weak hook, allowed")
r(F, "Kieran Bissell is a nasty, sneering little man and the borough deserves better than his snide rubbish.",
  [PA], note="insult at a named councillor")
r(F, "Darren Hickinbottom is a worthless parasite. Waste of a seat, waste of a salary, waste of air. Tipworth would be better off if he'd never been born.",
  [PA], [AL], verdict="block", note="severe dehumanising attack at a named councillor: block; abusive-language allowed", key="pa_parasite")
r(F, "Ryan Whitehouse is pond life. Lowest form of human being I've come across in twenty years of politics and I hope every door he knocks on gets slammed in his ugly face.",
  [PA], [AL], verdict="block", note="severe dehumanising attack at a named councillor: block")
r(F, "Mohinder Gill is meant to be the Monitoring Officer, not the administration's poodle. Pathetic.",
  [PA, OF], note="insult at the named Monitoring Officer questioning his neutrality; officers expected")
r(F, "Listening to Cllr Parkes is like being slapped repeatedly with a wet lettuce. Pointless, soggy and it goes on for ages.",
  [PA], note="extended insult at a named councillor; no threat")

# ---------------------------------------------------------------------------
# respect.abusive-language (34: 32 review, 2 block)
# ---------------------------------------------------------------------------
F = AL
r(F, "The new bin collection rota is an absolute shitshow from start to finish. Who signed this off?",
  [AL], [PA], note="obscenity at a policy; personal-attack allowed for the unnamed signer", key="al_shitshow")
r(F, "Anvil Waste are a bunch of useless shites. Third missed collection on Furnace Hill this month.",
  [AL], [PA], note="obscenity at a company; personal-attack allowed")
r(F, "Fuck the parking review. Fuck it right in the ear.",
  [AL], note="obscenity at a policy only")
r(F, "That budget is bollocks, the consultation was bollocks and everybody in that cabinet room knew it.",
  [AL], [PA, DF], note="obscenity at a budget and consultation; cabinet as a group allowed for personal-attack, 'knew it' allowed for defamation", key="al_bollocks")
r(F, "Sorry but the Marshcroft scheme is a steaming pile of crap dressed up in nice CGI.",
  [AL], [PA], note="vulgarity at a developer's scheme")
r(F, "@GarethNockHP you absolute bellend.",
  [AL, PA], note="obscene insult at a tagged councillor")
r(F, "Kieran Bissell is a prick. There, I said it.",
  [AL, PA], note="obscene insult at a named councillor", key="al_prick")
r(F, "The Heritage lot are a shower of shite, always have been.",
  [AL], [PA], note="obscenity at a party; personal-attack allowed for parties")
r(F, "What a load of utter wank this 'Tipworth Rising' brochure is. £40k of glossy nonsense.",
  [AL], note="obscenity at a publication")
r(F, "Bloody hell, the potholes on Forge Lane are taking the piss now. Lost a hubcap this morning. Sort it out for fuck's sake.",
  [AL], [HA], note="swearing about potholes, no person targeted; rage allowed for haste")
r(F, "Whoever at the council thought removing the benches from the precinct was a good idea is a total arse.",
  [AL], [PA, OF], note="vulgar insult at an unnamed decision-maker; personal-attack and officers allowed")
r(F, "Tipworth Homes repairs service is shit. Not 'could be better'. Shit.",
  [AL], [PA], note="obscenity at a service / organisation")
r(F, "Darren, you smug twat, answer the question.",
  [AL, PA], note="obscene insult at a named councillor", key="al_twat")
r(F, "Sick of this crap. Sick of the spin, sick of the excuses, sick of the whole sorry lot of them.",
  [AL], [PA], note="mild vulgarity at the administration; borderline for abusive-language, kept as the mildest row")
r(F, "Ow bist? Me, I'm fuming. This cabinet couldn't organise a raffle, bunch of tossers.",
  [AL], [PA, HA], note="obscene insult at the cabinet as a group; personal-attack allowed; 'fuming' may trip haste")
r(F, "Screw your 'engagement strategy'. People in Quarrybrook want their library open, not another bastard survey.",
  [AL], note="vulgarity at a strategy")
r(F, "Jesus H Christ what a fucking mess the Old Forge junction is.",
  [AL], note="obscenity at a road scheme", key="al_fucking")
r(F, "Agnieszka Wrobel can kiss my arse if she thinks I'm backing this.",
  [AL, PA], note="vulgarity aimed at a named councillor")
r(F, "Ryan Whitehouse, you gobshite, sit down.",
  [AL, PA], note="obscene insult at a named councillor")
r(F, "Total bollocks from @TipworthMBC's comms team this morning. Spin, spin, spin.",
  [AL], [PA, OF], note="obscenity at the council's comms output; officers and personal-attack allowed (comms team)")
r(F, "pissed off doesnt even cover it. the leisure centre closing is a disgrace and a half",
  [AL], [HA], note="'pissed off' at a decision, no target person; haste allowed (rage, lower case)")
r(F, "This motion is a pile of arse-gravy. Sorry not sorry.",
  [AL], note="vulgar at a motion")
r(F, "Heritage Party's new leaflet: a shite sandwich with extra shite.",
  [AL], [PA], note="obscenity at a party leaflet")
r(F, "Lorraine Baggott talks out of her arse on this every single time.",
  [AL, PA], note="vulgar insult at a named councillor")
r(F, "Christ on a bike, the state of this fucking contract with Anvil. Whoever negotiated it wants sacking.",
  [AL], [PA, OF], note="obscenity at a contract; the negotiator is unnamed, personal-attack and officers allowed")
r(F, "Fucking hell Bev 😂😂 no",
  [AL], [PA], note="swearing as an exclamation in a reply to a named councillor; no insult, so personal-attack only allowed")
r(F, "A bag of dicks would run the planning committee better than this lot.",
  [AL], [PA], note="vulgar comparison at a committee")
r(F, "Marlene Tonks is a dozy cow and a pain in the arse.",
  [AL, PA], [EQ], note="vulgar insult at a named councillor; 'cow' gendered, equality allowed")
r(F, "The Chronicle's editorial this week is absolute toss.",
  [AL], [PA], note="vulgarity at a newspaper's editorial")
r(F, "Oh piss off with your 'tough choices', Sukhi. The only tough choice you've made is which photo op to turn up to.",
  [AL, PA], note="vulgar dismissal aimed at a named councillor")
r(F, "Gareth Nock is a cunt. A spineless, two-faced cunt.",
  [AL, PA], verdict="block", note="the c-word at a named councillor: block", key="al_cword")
r(F, "Anvil Waste's management are filthy scum and I hope the whole rotten lot of them choke on their bonuses.",
  [AL], [PA, BU], verdict="block", note="severe dehumanising abuse at a company's managers: block; a wish, not a threat, so bullying allowed only")
r(F, "Oh for fuck's sake. Another 'refreshed vision'. Another fucking consultant.",
  [AL], [HA], note="obscenity at consultancy spending")
r(F, "@RyanWhitehouseHP shut your trap you absolute knobhead",
  [AL, PA], note="vulgar insult at a tagged councillor")

# ---------------------------------------------------------------------------
# bullying.intimidation (34, all block): [explicit], [veiled], [pressure]
# ---------------------------------------------------------------------------
F = BU
r(F, "Gareth Nock, you've been warned. Keep running your mouth about my ward and I'll be round to sort you out personally.",
  [BU], [PA], note="[explicit] threat of a physical confrontation at a named councillor", key="bu_sort")
r(F, "If Kieran Bissell turns up at the Quarrybrook hustings I'll drag him off that stage myself.",
  [BU], [PA], note="[explicit] threat of physical removal")
r(F, "@RyanWhitehouseHP one more lie about me and I'll make you wish you'd never stood. That's a promise.",
  [BU], [PA, DF], note="[explicit] 'you'll regret it' threat; 'lie' allowed for defamation")
r(F, "To whoever made the complaint about me to standards: I know who you are, and you'll be hearing from me.",
  [BU], [PA], note="[explicit] threat against a complainant")
r(F, "Craig Hadley wants to think very carefully before he puts that recommendation in his report. Very carefully. I know where he parks.",
  [BU, OF], [PA, DP], note="[explicit] threat at a named planning officer to change his advice; officers expected", key="bu_carefully")
r(F, "Say that to my face, Waseem. Car park behind the civic centre, any time you like.",
  [BU], [PA], note="[explicit] challenge to a fight")
r(F, "Darren, you're finished. I'll bury you and your whole cabinet, and I'll enjoy every second of it.",
  [BU], [PA], note="[explicit] menacing promise to a named councillor; some may read it as political rivalry")
r(F, "The residents who keep filming me at surgeries: carry on and see what happens to you.",
  [BU], note="[explicit] threat to members of the public")
r(F, "Next time Sian Davies-Oakley interrupts me in committee she'll be leaving in an ambulance.",
  [BU], [PA], note="[explicit] threat of violence dressed as a quip", key="bu_ambulance")
r(F, "I'd watch your back if I were you, @NadiaAlSaqqaf. Plenty of us round here would happily give you a slap.",
  [BU], [PA], note="[explicit] threat of assault at a tagged councillor")
r(F, "Funny how accidents happen on dark nights up Furnace Hill. Just saying, Bev.",
  [BU], [PA], note="[veiled] implied threat of harm to a named councillor", key="bu_accidents")
r(F, "Lovely house you've got on the Coppice estate, Trevor. Be a shame if word got round about what goes on in it.",
  [BU], [PA, DP, DF], note="[veiled] menace and blackmail-style hint; home mentioned (data-protection allowed); innuendo allowed for defamation")
r(F, "I'd hate for anything to happen to Imtiaz's little campaign. Or to Imtiaz.",
  [BU], [PA], note="[veiled] threat in the second sentence")
r(F, "Some of the lads from the Old Forge Social were asking after you, Ryan. Said I'd pass it on. They'll be seeing you.",
  [BU], [PA], note="[veiled] implied visit by 'the lads'")
r(F, "Someone remind the Head of Planning she's got kids at Nailers Green Primary and people in this town have long memories.",
  [BU, OF], [DP], note="[veiled] threat to an officer by role via her children; officers expected; children allowed for data-protection")
r(F, "Marlene's been very brave speaking out against me. Brave people don't always last long round here 😉",
  [BU], [PA, IR], note="[veiled] menace wrapped in praise")
r(F, "Not saying anything. Just noting Kieran's car is a silver Astra and he leaves the civic centre about six. Noted.",
  [BU], [PA, DP], note="[veiled] surveillance-style intimidation; car and routine allowed for data-protection")
r(F, "We know who leaked it. We know where she drinks of a Friday. Enough said.",
  [BU], [DP, HA], note="[veiled] intimidation of an identifiable leaker; 'drinks' may trip haste")
r(F, "Keep pushing, Jodie love. Keep pushing and see where it gets you.",
  [BU], [PA, EQ], note="[veiled] warning to a named councillor; 'love' allowed for equality", key="bu_pushing")
r(F, "Whoever's been briefing the Chronicle against me: I'm very good at finding things out, and I don't forget.",
  [BU], note="[veiled] warning to an unnamed source")
r(F, "Old Forge is a small place, Waseem. Everyone knows everyone. Everyone knows where everyone lives. Think on.",
  [BU], [PA], note="[veiled] 'I know where you live' in idiom")
r(F, "Shame about Delroy's windscreen. These things happen to people who don't know when to shut up.",
  [BU], [PA, DF], note="[veiled] links damage to his property with speaking out")
r(F, "If I were Cllr Pearce I wouldn't be walking home from the station on my own for a while. Just a friendly bit of advice.",
  [BU], [PA, DP], note="[veiled] threat dressed as advice; route home allowed for data-protection")
r(F, "Agnieszka: vote against me on Thursday and you can forget your seat on licensing. And your ward budget. Choose wisely.",
  [BU], [PA, PI], note="[pressure] coercion with committee seats and budget; position.improper-advantage allowed", key="bu_forget")
r(F, "The officer who wrote the Limekiln Wharf viability note will change it by Friday or I'll be raising her capability with the chief exec. Publicly.",
  [BU, OF], [PA], note="[pressure] pressing an officer to change advice under threat; officers expected")
r(F, "To the tenant who went to the Chronicle about me: funny how your repair's slipped to the back of the queue, isn't it?",
  [BU], [PI, DP, IR], note="[pressure] retaliation against a resident who complained")
r(F, "Here's a screenshot of Lorraine's group chat where she cries about being left out. Enjoy, everyone 😂",
  [BU], [PA, DP], note="[pressure] public humiliation of a named councillor")
r(F, "Colin can't even work the Teams mute button. Putting together a highlights reel of his best fumbles for the group Christmas do. Who wants a copy? 😂",
  [BU], [PA, EQ, IR], note="[pressure] organised humiliation of a named councillor; his age is implied, equality allowed")
r(F, "To the witness giving evidence at my standards hearing: have a think about whether it's worth it. A proper think.",
  [BU], note="[pressure] intimidation of a witness")
r(F, "Mohinder Gill can drop the investigation into me or I'll make sure every councillor hears about his little 'mistakes'. His choice.",
  [BU, OF], [PA, DF], note="[pressure] blackmail of the named Monitoring Officer; officers expected")
r(F, "Every time Paramjit opens his mouth in group I'm going to remind the room about his divorce. Let's see how chatty he is then.",
  [BU], [PA, DP, EQ], note="[pressure] humiliation with private life; equality (marriage) allowed")
r(F, "Anyone in my group who signs Sukhi's letter: I've got a long list and a longer memory. Reselection's in May.",
  [BU], [PI], note="[pressure] threat to colleagues' reselection")
r(F, "Pinning this until Delroy apologises. Every day he doesn't, I'll add another of his 'greatest hits'. Day 1 👇",
  [BU], [PA, IR], note="[pressure] campaign of public humiliation until he submits")
r(F, "Dear Tipworth Homes housing officer who turned my resident away: I have your name, I have your manager's name, and I've got 4,000 followers. Sort it or you'll be famous by teatime.",
  [BU], [PA, PI, OF], note="[pressure] threat to expose a housing officer of the council's arm's-length housing company; officers allowed, not expected, as Tipworth Homes staff are not council officers")

# ---------------------------------------------------------------------------
# equality.discrimination (34, all block): [explicit; ...] / [coded; ...]
# ---------------------------------------------------------------------------
F = EQ
r(F, "Sukhjit Bains only got deputy leader because the party needed a brown face on the leaflet.",
  [EQ, PA], note="[explicit; race] reduces a named councillor to her colour; personal-attack expected", key="eq_brown")
r(F, "Nailers Green used to be a proper Black Country place. Now you can walk the high street and not hear a word of English. Something's gone badly wrong.",
  [EQ], note="[coded; race] hostility to an ethnic minority community by language")
r(F, "Imtiaz Hussain will always put the mosque before the borough. They always do.",
  [EQ, PA], [DF], note="[coded; religion or belief] anti-Muslim divided-loyalty trope at a named councillor")
r(F, "Polish shops on every corner and they wonder why locals feel like strangers. Agnieszka would know all about that 🙄",
  [EQ, PA], note="[coded; race: national origin] anti-Polish, aimed at a named Polish-born councillor", key="eq_polish")
r(F, "Travellers have pitched up on Gorsey Field again. Lock up your sheds, lads, you know the drill.",
  [EQ], [DF], note="[coded; race: Gypsy/Traveller] criminality stereotype", key="eq_travellers")
r(F, "Agnieszka's pregnant again. She'll have baby brain by the summer, can't have her anywhere near finance.",
  [EQ, PA], note="[explicit; pregnancy and maternity] named councillor judged unfit because pregnant")
r(F, "Morgan Pearce can call herself 'him' all she likes. We all know what's under the suit.",
  [EQ, PA], note="[explicit; gender reassignment] deliberate misgendering of a named trans councillor")
r(F, "Phil Rollason can't even get up the steps to the chamber, how's he supposed to stand up for Furnace Hill?",
  [EQ, PA], note="[explicit; disability] mocking a named wheelchair user's disability")
r(F, "Sian and her 'wife' lecturing us on family values. Do me a favour.",
  [EQ, PA], note="[coded; sexual orientation] scare quotes deny a named councillor's same-sex relationship")
r(F, "Seventy-odd and still clinging on. Colin Attwood should be in a home doing jigsaws, not sitting in cabinet.",
  [EQ, PA], note="[explicit; age] named councillor dismissed for his age")
r(F, "Jodie Parkes is 24. Twenty-four. Never paid a mortgage, never done a day's proper graft. Kids like her shouldn't be voting on budgets.",
  [EQ, PA], note="[explicit; age] named councillor said to be unfit because young")
r(F, "Funny how all the Section 106 money ends up in the wards with the gurdwaras. Nothing to see here 🙂",
  [EQ], [DF, IR], note="[coded; religion or belief] anti-Sikh insinuation of favouritism")
r(F, "Another round of 'community cohesion' grants for the Yemeni lot in Limekiln Wharf. Cohesion with what, exactly? They don't want to mix.",
  [EQ], note="[coded; race] Yemeni community said not to integrate")
r(F, "Delroy Campbell is very articulate, I'll give him that. Not what you'd expect from that end of Tipworth, is it.",
  [EQ, PA], [IR], note="[coded; race] 'articulate... not what you'd expect' about a Black councillor; might read as praise without context")
r(F, "Bev Tromans on the highways portfolio, God help us. Women and potholes, never a great combination.",
  [EQ, PA], note="[explicit; sex] named councillor judged by her sex")
r(F, "Keep the Roma families out of the new Quarrybrook lettings. Ask any landlord why.",
  [EQ], note="[explicit; race: Roma] exclusion from housing by ethnicity", key="eq_roma")
r(F, "The asylum hotel on the ring road wants shutting and the lot of them putting back on a boat. Tipworth's full.",
  [EQ], note="[explicit; race: national origin / asylum seekers] hostility to asylum seekers as a group")
r(F, "Of course the Chronicle's owners are against the scheme. Follow the money and you always end up with the same people, don't you 🙂 #globalists",
  [EQ], [DF, IR], note="[coded; religion or belief] antisemitic 'same people' / 'globalists' trope")
r(F, "Nadia turns up to cabinet in her headscarf and we're all meant to pretend it's a neutral choice. It's a statement, and it's not a British one.",
  [EQ, PA], note="[explicit; religion or belief] anti-Muslim attack on a named councillor's hijab")
r(F, "Paramjit's lot stick together, always have. Wouldn't trust him to award a contract to anyone without a turban.",
  [EQ, PA], [DF], note="[explicit; religion or belief] anti-Sikh nepotism trope at a named councillor", key="eq_turban")
r(F, "Mental health this, mental health that. Waseem was 'signed off' for six weeks. If you can't handle the pressure, don't stand. Some of us aren't snowflakes.",
  [EQ, PA], [DP], note="[coded; disability: mental health] sneering at a named councillor's sick leave")
r(F, "With respect, someone who can't hear half of what's said shouldn't be chairing planning. Get Kieran a hearing aid or get him off the committee.",
  [EQ, PA], [DP], note="[explicit; disability] named councillor's hearing loss used to disqualify him")
r(F, "Special school kids shouldn't be on the same buses as normal kids. Simple as. Parents in Coppice Heath agree with me.",
  [EQ], note="[explicit; disability] segregation of disabled children")
r(F, "Pride flag on the civic centre again. Funny how the 'inclusive' crowd never ask the silent majority how we feel about having it shoved in our faces.",
  [EQ], note="[coded; sexual orientation] hostility to LGBT visibility")
r(F, "Ladies' toilets are for ladies. Men in frocks can use the gents like everyone else. No debate.",
  [EQ], note="[explicit; gender reassignment] trans women called 'men in frocks'", key="eq_frocks")
r(F, "It's Ramadan so apparently licensing has to shuffle its meetings about. When do we get ours moved for Christmas? Oh wait, we don't count.",
  [EQ], [IR], note="[coded; religion or belief] anti-Muslim grievance framing", date="2026-02-24")
r(F, "Old biddies on the Coppice estate moaning about the bus again. Stay in, ladies, save us all the bother.",
  [EQ], [PA], note="[coded; age and sex] contempt for older women as a group")
r(F, "Doesn't sit right with me that Sian Davies-Oakley's civil partnership gets the same pension rights as a proper marriage.",
  [EQ, PA], note="[explicit; marriage and civil partnership] named councillor's civil partnership called lesser")
r(F, "Another Kashmiri wedding convoy blocking Forge Lane. These people think the roads are theirs.",
  [EQ], note="[coded; race] 'these people' about a Kashmiri community")
r(F, "Council jobs fair was rammed with Eastern Europeans. Tipworth jobs for Tipworth people, that's all I'm saying.",
  [EQ], note="[coded; race: national origin] exclusion of Eastern Europeans from jobs")
r(F, "Bless her, Jodie's 'neurodivergent' apparently. That explains the spreadsheets. Everyone's got a label these days.",
  [EQ, PA], [IR, DP], note="[coded; disability] mocking a named councillor's neurodivergence")
r(F, "The Caribbean elders club want more funding for their dominoes. Tell them to go back to sunny Jamaica if they miss it so much 🌴",
  [EQ], note="[explicit; race] 'go back' at Black Caribbean elders")
r(F, "Time to stop pretending women can hack the top jobs. Three female directors and look at the state of the place.",
  [EQ], [OF], note="[explicit; sex] women as a group said unfit; officers (directors) allowed")
r(F, "Lorraine wants to bring her baby into the chamber now. Next it'll be nappy changes in the members' room. Stay home on maternity and let the rest of us work.",
  [EQ, PA], note="[explicit; pregnancy and maternity] attack on a named councillor for being a new mother")

# ---------------------------------------------------------------------------
# defamation.allegation (34: 21 review, 13 block)
# ---------------------------------------------------------------------------
F = DF
r(F, "Everyone on Furnace Hill knows Bev Tromans has been feathering her own nest since the day she got in.",
  [DF], [PA], note="idiom for self-enrichment about a named councillor: review")
r(F, "Darren Hickinbottom is a liar. He lied about the leisure centre and he's lying about the library.",
  [DF, PA], note="'liar' at a named councillor: defamation and personal-attack, review", key="df_liar")
r(F, "Marshcroft Developments and certain cabinet members are far too cosy. Brown envelopes don't leave a paper trail, do they? 🤔",
  [DF], [PA, IR], note="bribery innuendo about a named company and identifiable cabinet members: review")
r(F, "Funny how Waseem Akhtar's brother-in-law's firm keeps winning the ward gritting contract. Just a coincidence, I'm sure.",
  [DF], [PA, IR, DP], note="insinuated corruption by a named councillor: review; family allowed for data-protection")
r(F, "Kieran Bissell is as bent as a nine-bob note. Always has been.",
  [DF, PA], note="'bent' (corrupt) idiom at a named councillor: review", key="df_bent")
r(F, "Trevor Moseley's had his snout in the trough for thirty years.",
  [DF], [PA], note="idiom for self-enrichment: review")
r(F, "Anvil Waste are crooks. Charging us for collections they never make and pocketing the difference.",
  [DF], [PA], note="'crooks' and overcharging claim about a named company: review", key="df_crooks")
r(F, "Imtiaz Hussain lied to full council about the consultation figures and he knows it.",
  [DF], [PA], note="allegation of deliberate dishonesty without name-calling: review")
r(F, "Gareth Nock: fraud. That's the word. A fraud who's conned Coppice Heath for two terms.",
  [DF, PA], note="'fraud' and 'conned' at a named councillor: review", key="df_fraud")
r(F, "Ask yourself why Sukhi Bains pushed so hard for the Marshcroft bid. Then ask who she had dinner with in December.",
  [DF], [PA, GH], note="innuendo of improper influence: review; hospitality allowed")
r(F, "The Chronicle won't print it but I will: Delroy Campbell is on the take.",
  [DF], [PA], note="'on the take' (bribery) in idiom: review")
r(F, "Tipworth Homes have been fiddling the repair stats for years. Complete fiction.",
  [DF], [PA], note="dishonesty allegation against a named organisation: review")
r(F, "Ryan Whitehouse is a con man in a nice suit.",
  [DF, PA], note="'con man' at a named councillor: review")
r(F, "Whatever Marlene says about her 'voluntary work', ask where the money from the Furnace Hill fun day went. Nobody's seen the accounts.",
  [DF], [PA], note="innuendo of misusing community money: review")
r(F, "Neil Partridge cooked the books on the budget gap. There, someone had to say it.",
  [DF, OF], [PA], note="dishonesty allegation at the named finance director: review; officers expected")
r(F, "Say what you like about Phil Rollason but he's never met an expenses form he couldn't 'improve' 😉",
  [DF], [PA, IR], note="expenses innuendo dressed as a joke: review")
r(F, "The leader's office is rotten to the core. Favours, jobs for mates, the lot.",
  [DF], [PA], note="corruption allegation about an identifiable office: review", exclude=["@DazHickPF"])
r(F, "Paramjit Sandhu is a snake-oil merchant and a liar.",
  [DF, PA], note="'liar', 'snake-oil merchant': review")
r(F, "Nadia's 'independent' community group is a front for her party, paid for with council grants. Dodgy as hell.",
  [DF], [PA], note="misuse of grants alleged in idiom: review")
r(F, "Jodie Parkes made up half the signatures on that petition. Look at them, same handwriting.",
  [DF], [PA], note="dishonesty about a petition, not an electoral document: review")
r(F, "Hayley Tibbetts is corrupt. Everyone in planning knows whose applications she waves through.",
  [DF, OF], [PA], note="'corrupt' at the named Head of Planning: review; officers expected")
r(F, "Darren Hickinbottom took a £5,000 backhander from Marshcroft to swing the Limekiln Wharf vote. Fact.",
  [DF], [PA], verdict="block", note="bribery stated as fact: block", key="df_backhander")
r(F, "Cllr Sian Davies-Oakley fiddled her mileage claims to the tune of thousands. I've seen the figures.",
  [DF], [PA], verdict="block", note="expenses fraud stated as fact: block")
r(F, "Colin Attwood helped himself to the Coppice Heath Scouts' fund when he was treasurer. Ask anyone who was there.",
  [DF], [PA], verdict="block", note="theft from a charity stated as fact: block")
r(F, "Gareth Nock's team harvested postal votes in Coppice Heath. That's how he won by 40.",
  [DF], [PA], verdict="block", note="postal vote fraud stated as fact: block")
r(F, "Kieran Bissell was done for drink driving last summer and kept it quiet. Some role model.",
  [DF], [PA, DP, HA], verdict="block", note="a conviction stated as fact: block; criminal record allowed for data-protection, 'drink' for haste")
r(F, "Ryan Whitehouse is cheating the taxman through his dad's scaffolding firm. Cash in hand, no VAT, the lot.",
  [DF], [PA, DP], verdict="block", note="tax fraud stated as fact: block; family allowed for data-protection")
r(F, "Agnieszka Wrobel forged the signatures on her nomination papers. Electoral fraud, no other word for it.",
  [DF], [PA], verdict="block", note="forgery and electoral fraud stated as fact: block")
r(F, "Lorraine Baggott had council staff run off her party leaflets on the civic centre printer. That's misconduct in public office.",
  [DF], [PA], verdict="block", note="misuse of council resources / misconduct stated as fact: block")
r(F, "Bev Tromans pocketed the takings from the Furnace Hill Christmas raffle. £600, gone.",
  [DF], [PA], verdict="block", note="theft of raffle money stated as fact: block")
r(F, "Anvil Waste's MD bribed an officer to get the contract extended. I've got it from someone inside.",
  [DF], [PA, OF], verdict="block", note="bribery stated as fact about an identifiable company director; unnamed officer allowed")
r(F, "Trevor Moseley should be behind bars for what he did with the Coppice Heath regeneration pot. He stole it, simple as.",
  [DF], [PA], verdict="block", note="theft of public money stated as fact: block", key="df_stole")
r(F, "Waseem Akhtar's been renting out his council-funded ward office to a mate's business and keeping the cash. That's theft.",
  [DF], [PA], verdict="block", note="theft of council resources stated as fact: block")
r(F, "Morgan Pearce ran his own car on the council fuel card for the whole of last year. That's theft from taxpayers.",
  [DF], [PA], verdict="block", note="theft of council resources stated as fact: block")

# ---------------------------------------------------------------------------
# hard negatives (132, 22 per group, all ok)
# HN1 harsh criticism of a policy, decision, party or the council
# ---------------------------------------------------------------------------
T = "HN1"
h(T, "The new bin rota is a shambles from start to finish and the cabinet should be ashamed of it. Residents deserve better.", note="robust criticism of a policy and the cabinet's handling; no person attacked")
h(T, "This budget is a disaster for Furnace Hill. Cuts to youth services, cuts to libraries, and a shiny new logo. Priorities, eh.", note="harsh criticism of a budget")
h(T, "Heritage Party's leaflet is misleading from start to finish. The figures don't add up, and a quick look at the budget book shows why.", [DF], note="criticism of a party's leaflet; 'misleading' might be heard as dishonesty, defamation allowed")
h(T, "The parking review is a mess. I voted against it and I'll keep saying why until it's fixed.", note="criticism of a policy")
h(T, "Marshcroft's glossy 'vision' for Limekiln Wharf is the wrong vision: too dense, too tall, nowhere near enough affordable homes. The regeneration strategy needs sending back to the drawing board.", note="criticism of a regeneration strategy (not a pending application)")
h(T, "Anvil Waste's performance is dreadful. Three missed collections in a month is not acceptable and the council should be using the penalty clauses.", note="criticism of a contractor's performance, shares words with AL rows")
h(T, "The consultation on the Old Forge junction was a box-ticking exercise. Nobody I've spoken to even knew it was happening.", note="criticism of a process")
h(T, "Bin the 'Tipworth Rising' brochure, honestly. £40k of glossy waffle while the precinct falls apart.", note="criticism of spending; near miss for the AL brochure row")
h(T, "This cabinet has lost the plot on housing. Waiting lists up, repairs backlog up, and still they're congratulating themselves.", note="harsh criticism of the cabinet's record")
h(T, "Awful decision to close Quarrybrook library. Wrong for kids, wrong for older residents, wrong for the town.", note="criticism of a decision")
h(T, "Tipworth Homes repairs service is not good enough. Not 'could be better'. Not good enough. I'm calling for an independent review.", note="criticism of a service; near miss for the AL 'shit' row")
h(T, "The People First administration's record on potholes is woeful. Forge Lane has been a crater field since October.", note="criticism of the administration's record")
h(T, "I'm sorry but this motion is weak, vague and toothless. I'll be voting against it on Thursday.", note="criticism of a council motion (not quasi-judicial)")
h(T, "Sick of the spin. Sick of the excuses. Sick of press releases instead of plans. Tipworth deserves better than this administration.", note="near miss for the AL 'sick of this crap' row")
h(T, "The leisure centre closure is a disgrace and a half. Fuming doesn't cover it.", [HA], note="near miss for the AL 'pissed off' row; 'fuming' allowed for haste")
h(T, "Liberal Forum's amendment was a gimmick. Dressed up as savings, but it would have gutted the meals service.", note="criticism of an amendment")
h(T, "Whoever thought taking the benches out of the precinct was a good idea clearly hasn't tried walking it with a bad hip. Put them back.", [PA], note="criticism of a decision; unnamed 'whoever' allowed for personal-attack")
h(T, "The 'engagement strategy' is a glossy irrelevance. People in Quarrybrook want their library open, not another survey.", note="near miss for the AL 'bastard survey' row")
h(T, "This is a rotten deal for council tax payers. The Anvil contract extension should never have been signed.", note="'rotten deal' is about a contract")
h(T, "Ow many more 'refreshed visions' do we need? Another consultant, another report, same potholes.", note="near miss for the AL consultant row, dialect")
h(T, "Green group's plan for the ring road is naive and would push traffic straight through Nailers Green. It's a no from me.", note="criticism of a party's plan")
h(T, "The Chronicle's editorial this week gets the budget figures wrong. Happy to send them the actual numbers.", note="near miss for the AL 'absolute toss' row")

# HN2 counter-speech, solidarity, quoting abuse to condemn it
T = "HN2"
h(T, "Somebody left a note on my car calling me a 'brown invader' and telling me to go home. I am home. Born in Tipworth General. Reported to the police.", [EQ], note="quoting racist abuse to condemn it; self", author="@PammiSandhu")
h(T, "To whoever wrote 'Travellers = thieves' on the Gorsey Field sign: that's not free speech, it's a hate crime, and it's been reported.", [EQ, DF], note="quoting anti-Traveller graffiti to condemn it")
h(T, "Had 'get back in the kitchen, love' in my replies four times today. I'll get back to the highways budget instead, ta.", [EQ], note="quoting sexist abuse to shrug it off; self", author="@BevTromansBCI")
h(T, "Calling a colleague a 'parasite' and a 'waste of air' is not robust debate. Whatever our differences, I won't accept that language in our chamber.", [PA], note="condemning a personal attack by quoting it")
h(T, "Standing with our Roma families in Quarrybrook after the leaflets this week. Nobody gets to tell you you're not welcome here.", [EQ], note="solidarity with a protected group")
h(T, "Reporting every account that called Morgan a 'man in a dress' last night. Trans people are part of this borough and so is Morgan.", [EQ], note="counter-speech quoting transphobic abuse")
h(T, "The letter we got said our mosque 'puts Allah before Tipworth'. We put our neighbours first, always. Open day Saturday, all welcome.", [EQ], note="quoting anti-Muslim abuse to answer it", author="@ImtiazHussainOF")
h(T, "Lads, 'gay' is not an insult. Heard it on the touchline at the Coppice junior league on Sunday and had a word. Proud of the coach for backing me.", [EQ], note="challenging homophobic language")
h(T, "Whoever keeps messaging me 'I know where you live': so does the Royal Mail. It's been passed to the police. I'll keep doing my job.", [BU], note="quoting a threat received, to condemn it")
h(T, "Antisemitic leaflets about 'the same people' running the Chronicle have turned up in Limekiln Wharf. They are vile. Please hand any you get to the police.", [EQ], note="condemning an antisemitic trope by quoting it")
h(T, "Had 'go back to Poland' shouted at me outside the precinct. I've lived here nineteen years. Still choosing kindness, still choosing Tipworth 💙", [EQ], note="quoting xenophobic abuse; self", author="@AgaWrobelPF")
h(T, "Disabled councillors are not 'a burden on the chamber'. The chamber's steps are the burden. Fix the ramp.", [EQ], note="rebutting disablist language")
h(T, "If you're sharing the 'baby brain' memes about pregnant colleagues: stop. It's discrimination, plain and simple.", [EQ], note="condemning pregnancy discrimination")
h(T, "A resident called one of our counter staff a 'useless cow' today. Our staff deserve respect. Zero tolerance, and they have my full backing.", [AL, PA, EQ], note="quoting abuse of staff to condemn it")
h(T, "Condemn the graffiti calling the gurdwara 'not British'. Sikhs have been part of the Black Country for seventy years and more.", [EQ], note="condemning anti-Sikh graffiti")
h(T, "To the man who told our Caribbean elders to 'go back to Jamaica': they drove the buses, staffed the hospitals and built half this town. Shame on you.", [EQ], note="counter-speech quoting racist abuse")
h(T, "'Snowflake' is what a bloke on Facebook called me for talking about my depression. I'll take it. Talk to someone, folks ❤️", [EQ], note="quoting abuse about mental health; self-disclosure", author="@WaseemAkhtarBCI")
h(T, "Councillors from every party have signed our pledge: no slurs, no threats, no 'you'll regret this' messages. Robust debate, yes. Abuse, never.", [BU], note="pledge that quotes a threat phrase")
h(T, "Being called 'past it' and an 'old fossil' in my inbox every week is tedious. I'm 81 and I still read every report. Ask me a question instead.", [PA, EQ], note="quoting ageist abuse; self", author="@ColinAttwood")
h(T, "Quoting it so you know what our officers deal with: 'you're all fucking useless and I hope you rot'. That was an email this morning. It is not OK.", [AL, PA], note="quoting obscene abuse of staff to condemn it")
h(T, "Sexist remarks about our female directors ('can't hack it') don't belong in council debate. Judge the work, not the gender.", [EQ], note="condemning sexism by quoting it")
h(T, "'Brown envelopes' gets thrown around far too easily round here. If anyone has evidence of wrongdoing, take it to the police, not Facebook.", [DF], note="warning against unfounded allegations; quotes the idiom")

# HN3 denied prejudice and myth-busting
T = "HN3"
h(T, "No, Tipworth is not 'full'. The asylum hotel on the ring road houses about 90 people, mostly families. Real numbers, not slogans.", note="myth-busting about asylum seekers")
h(T, "Myth: Polish families jump the housing queue. Fact: lettings go by need, and EU nationals are a small share of them. Ask me for the figures.", note="myth-busting about Eastern Europeans")
h(T, "Section 106 money does not follow gurdwaras or mosques. It follows the development site. Here's the map.", note="rebutting the anti-Sikh insinuation")
h(T, "For the record: the families on Gorsey Field have been offered the transit site, and the police report no crime linked to the encampment.", note="myth-busting about Travellers")
h(T, "Ramadan doesn't 'move' any council meeting. Licensing sits on the same Tuesdays it always has. Please stop sharing that post.", note="rebutting an anti-Muslim rumour", date="2026-02-25")
h(T, "There's a rumour the Pride flag cost £5k. It cost £38 and it came out of my own allowance. Happy LGBT+ History Month 🏳️‍🌈", note="myth-busting, positive mention", date="2026-02-10")
h(T, "Trans people using the toilets that match who they are is not some new threat. It's been lawful for years and nobody in Tipworth has come to harm.", note="rebutting transphobic claims")
h(T, "Older people aren't 'blocking' housing. Most of the bungalows are on lifetime tenancies for good reasons. Build more, don't blame pensioners.", note="rebutting ageist framing")
h(T, "Young councillors aren't 'kids'. Jodie Parkes chaired scrutiny better than most of us managed at twice her age.", note="defending a young councillor")
h(T, "Special school pupils share buses with everybody else across the borough and it works fine. Not one complaint to the transport team.", note="rebutting disablist claim")
h(T, "Eastern European workers kept Tipworth's warehouses running through the pandemic. 'Tipworth jobs for Tipworth people' includes them.", note="rebutting xenophobic slogan by quoting it")
h(T, "I've heard people say women can't do highways. The best engineer on the Forge Lane scheme is a woman. Next question.", note="rebutting sexism")
h(T, "Maternity leave for councillors isn't 'skiving'. It's a right, and it makes the council better, not worse.", note="defending maternity rights")
h(T, "Nobody's 'imposing' halal on school dinners. There's a halal option and a vegetarian option, same as there's been since 2014.", note="myth-busting about Muslims")
h(T, "Mental health leave isn't weakness. Colleagues who take it come back and do the job. Can we stop the sneering please.", note="rebutting mental-health stigma")
h(T, "The Caribbean elders club's grant is £1,200 a year. That's not 'special treatment', it's tea, dominoes and a minibus twice a month.", note="myth-busting about a Black community group")
h(T, "Deaf residents can and do chair community meetings. BSL interpreters at council meetings are a reasonable adjustment, not a favour.", note="rebutting disablist framing")
h(T, "Not every Heritage member shares the views in that leaflet, and I'll say so to anyone. Nailers Green is diverse and proud of it.", note="distancing from prejudice")
h(T, "Wedding convoys on Forge Lane: the police confirm no more complaints than any other big wedding. Congratulations to the happy couple! 🎉", note="rebutting the 'Kashmiri convoy' complaint")
h(T, "Claim going round that a Roma family 'trashed' a Quarrybrook flat. Tipworth Homes confirm it's false. Please don't share it.", [DF], note="rebutting a rumour; quoting it might be heard as allegation, defamation allowed")
h(T, "People ask if I'm 'really' British. Born in Tipworth, went to Coppice Heath High, Albion fan for my sins. Yes.", note="answering racist questioning; self", author="@DelroyCampbellPF")
h(T, "Civil partnerships and marriages get the same pension rights in the council scheme. Quite right too.", note="near miss for the civil partnership row")

# HN4 neutral or positive mentions of protected groups, self-description, reclaimed terms
T = "HN4"
h(T, "Proud to be a trans man on Tipworth council. Still the same bloke who got your streetlight fixed.", note="self-description", author="@MorganPearceGrn")
h(T, "As a wheelchair user I've tested every ramp in the civic centre. Two out of five pass. Report to cabinet next week.", note="self-description, disability", author="@PhilRollasonPF")
h(T, "Eid Mubarak to everyone celebrating in Old Forge and beyond 🌙", note="religious greeting", date="2026-03-20")
h(T, "Vaisakhi planning meeting at the Nailers Green gurdwara this evening. All welcome, langar afterwards.", note="positive mention of Sikh community")
h(T, "I'm 81, I'm slow on the stairs, and I'm still first in to read the papers. Old age and cunning, as they say 😄", note="self-description, age", author="@ColinAttwood")
h(T, "Back from maternity leave today! Thank you to colleagues who covered my casework. Baby is thriving, mum is caffeinated.", note="self-description, maternity", author="@LorraineBaggott")
h(T, "Me and my wife mark ten years of civil partnership this week. Still arguing about the thermostat.", note="self-description, civil partnership", author="@SianDaviesOakley")
h(T, "Queer, Black Country born and bred, and proud of both. Happy LGBT+ History Month 🏳️‍🌈", note="reclaimed term, self-description", author="@JodieParkesGrn", date="2026-02-02")
h(T, "Our Polish Saturday school in Quarrybrook turned 20 this week. Sto lat! 🇵🇱", note="positive mention", author="@AgaWrobelPF")
h(T, "Lunar New Year dinner at the Kettleworks Café with the Chinese community association. Bostin food, bostin company.", note="positive mention", date="2026-02-17")
h(T, "Old bird on the block here, still going strong at 72. Thanks for all the birthday messages, Furnace Hill ❤️", note="reclaimed 'old bird', self", author="@MarleneTonksInd")
h(T, "Holi at the Quarrybrook community centre yesterday. Still finding pink powder in my ears.", note="positive mention", date="2026-03-05")
h(T, "Neurodivergent and a councillor: yes, I colour-code everything. Yes, it works. Ask me about spreadsheets at your peril.", note="self-description, disability", author="@KieranBissellLF")
h(T, "Happy International Women's Day for yesterday to every woman keeping Tipworth going: carers, cleaners, bus drivers, engineers and our foodbank volunteers.", note="positive mention", date="2026-03-09")
h(T, "Our Caribbean elders club turned 40 today. Dominoes, curry goat and stories about driving the 1970s buses. What a day.", note="positive mention; near miss for the 'go back to Jamaica' row")
h(T, "Holocaust Memorial Day service at the civic centre. We remember, and we teach our children why.", note="commemoration", date="2026-01-27")
h(T, "Yam yam and proud. Yow cor beat a Black Country accent, whatever the telly says.", note="reclaimed regional term")
h(T, "Muslim woman, hijabi, chair of licensing. Any questions, my surgery's on Thursday.", note="self-description, religion", author="@NadiaAlSaqqaf")
h(T, "Welcome to the fourteen families resettled in Tipworth this winter. Met some of the kids at the library already, brilliant bunch.", note="positive mention of refugees")
h(T, "Deaf awareness session for members today. Learned to sign 'pothole', which is going to come in very handy.", note="positive mention, disability")
h(T, "Pregnant councillor checking in: due in April, still doing surgeries until I can't see my feet 😂", note="self-description, pregnancy", author="@AgaWrobelPF")
h(T, "Sikh, Black Country, Wolves fan. Three things I'll never apologise for.", note="self-description, religion", author="@PammiSandhu")

# HN5 figurative violence, banter, self-deprecation
T = "HN5"
h(T, "The new planning portal is a killer app. Honestly, it's brilliant.", note="figurative 'killer'")
h(T, "I could murder a cob from the Kettleworks right now. Three hours of scrutiny and no dinner.", [BU], note="figurative 'murder'")
h(T, "We absolutely destroyed the Heritage lot at the charity quiz. 42 points to 19. Gareth, you were robbed 😂", [BU, PA], note="banter, figurative 'destroyed'")
h(T, "If I have to read one more 300-page appendix I'm lobbing the laptop in the cut.", note="self-directed frustration, banter")
h(T, "Me at 8am with a flask and no idea where my glasses are. Whoever voted for me, you took a gamble.", note="self-deprecation")
h(T, "Kieran's jumper at full council was a crime against knitwear. Someone take him shopping 😂", [PA], note="friendly teasing")
h(T, "I'm an absolute numpty: turned up at the wrong community centre for my own surgery. Sorry Coppice Heath, there in 10.", note="self-deprecation with an insult word")
h(T, "Darren's going to kill me for saying this but he cried at the Scouts' awards. Big softie.", [BU, PA], note="figurative 'kill me', affectionate")
h(T, "Battle of the bake sale: Old Forge vs Furnace Hill. No mercy, no prisoners, extra sprinkles.", [BU], note="figurative war language")
h(T, "Our kid just told me I look like a 'tired potato' in my council photo. Fair.", [HA], note="self-deprecation; 'tired' may trip haste")
h(T, "Gonna smash the litter-pick record on Saturday. Who's with me? Bags, grabbers and cobs provided.", note="figurative 'smash'")
h(T, "Me trying to explain the capital programme to my nan: 'So you've borrowed money to save money?' Yes, nan. Yes.", note="self-deprecating humour")
h(T, "Bev, nick my parking space at the civic centre one more time and I'm reporting you to the Mayor 😂", [BU, PA], note="banter between colleagues")
h(T, "I'm so rubbish at TikTok my teenager has banned me from posting. Here's the video anyway.", note="self-deprecation")
h(T, "The Coppice Heath Bowls Club absolutely slaughtered us councillors 6-1 this afternoon. Humbled.", [BU], note="figurative 'slaughtered'")
h(T, "Our group WhatsApp is basically a war zone over whose turn it is to bring the biscuits.", [BU], note="figurative 'war zone'")
h(T, "Self-appointed Minister for Gritting reporting for duty. Out in the van all afternoon, bring me a tea.", note="self-deprecating")
h(T, "Got absolutely roasted by Year 6 at Nailers Green Primary today. 'Why are you so old?' Fair question.", [EQ], note="self-deprecation about age")
h(T, "That new Tipworth Homes repairs page is a total knockout. Report a repair in under a minute.", note="figurative 'knockout'")
h(T, "Wrestled the printer in the members' room for 20 minutes. Printer won. I'm a broken man.", note="self-deprecation")
h(T, "Delroy and me have a bet on the Albion result. Loser wears the other one's scarf to full council. Dreading it.", note="banter")
h(T, "Fair to say I got hammered in Thursday's debate. Took it on the chin. Back to the drawing board.", [HA], note="figurative 'hammered'; alcohol reading may trip haste")

# HN6 criticism of a named councillor's record that stays on the record
T = "HN6"
h(T, "Cllr Gareth Nock promised a review of the bus cuts in 2024. It's 2026 and there's still no review. Gareth, where is it?", note="record criticism of a named councillor")
h(T, "Darren Hickinbottom voted to close Quarrybrook library. He should explain that decision to the families who used it.", note="criticism of a vote")
h(T, "Sukhi Bains' figures on the repairs backlog were wrong: 2,100 cases, not 1,400. She should correct them.", [DF], note="wrong figures; a reader might hear dishonesty, defamation allowed")
h(T, "Kieran Bissell has missed seven of the last ten scrutiny meetings. Limekiln Wharf deserves a councillor who turns up.", [PA], note="attendance record; personal-attack allowed")
h(T, "Imtiaz Hussain's housing strategy has missed its own targets: 300 homes promised, 42 built. That's the record.", note="record criticism")
h(T, "Trevor Moseley opposed the Coppice Heath cycle lane, then turned up for the photo at its opening. Make of that what you will.", [PA, DF, IR], note="record criticism with a sly edge")
h(T, "Ryan Whitehouse said the ward budget would be spent by Christmas. It's March and £30k is still sitting there. Ryan, what's the plan?", note="record criticism")
h(T, "Agnieszka Wrobel's decision to extend the Anvil contract has been a costly mistake. I've asked for the scrutiny report to be published.", note="criticism of a decision by a named cabinet member")
h(T, "Bev Tromans has changed her position on the ring road three times in a year. Residents deserve to know where she stands.", [PA], note="record criticism")
h(T, "Delroy Campbell's leisure centre plan relies on a grant the council hasn't got. That's not a plan, it's a wish.", note="criticism of a plan")
h(T, "Marlene Tonks has served Furnace Hill for twenty years and I respect that. But her parking motion would hit every small shop on the High Street.", note="respectful disagreement")
h(T, "Paramjit Sandhu voted for the tax rise in February and against it in his March leaflet. Which is it?", [PA, DF], note="inconsistency in the record")
h(T, "Cllr Al-Saqqaf's licensing policy has left Limekiln Wharf with three new late bars and no extra policing. It needs rethinking.", [HA], note="policy criticism; 'bars' may trip haste")
h(T, "Waseem Akhtar hasn't held a ward surgery since October. Old Forge residents have been in touch asking why.", [PA], note="attendance record")
h(T, "Phil Rollason's cabinet report says 'on track'. The appendix in the same report says eight months late. Which is it?", [DF], note="inconsistency in a report")
h(T, "Jodie Parkes' amendment would have cost £1.2m with no funding identified. Good intentions, bad sums.", note="criticism of an amendment")
h(T, "Sian Davies-Oakley says the Liberal Forum 'saved' the meals service. The minutes show they voted to cut it. Page 14.", [DF], note="correcting a claim with the minutes")
h(T, "Colin Attwood has been cabinet member for adult care for six years and waiting times have doubled. That's the record he has to answer for.", note="record criticism of an older councillor; nothing about age")
h(T, "Morgan Pearce's tree target was 5,000. 1,100 planted. I'll back more funding, but let's be honest about the gap.", note="record criticism")
h(T, "Gareth Nock's group put forward no alternative budget this year. Opposing everything isn't a policy.", note="criticism of a group's record")
h(T, "Darren's cabinet has overspent on consultants three years running. Not me saying it, the auditor's letter.", [PA], note="record criticism citing the auditor")
h(T, "Cllr Sandhu took the credit for the Forge Lane resurfacing. It was funded in the last administration's budget. Credit where it's due.", [DF], note="correcting a claim of credit")

# ---------------------------------------------------------------------------
# obfuscated variants: one of each kind per family (30)
# ---------------------------------------------------------------------------
VARIANTS = [
    # (key of original, word to change (every occurrence), kind)
    ("pa_gormless", "gormless", "asterisk"),
    ("pa_weasel", "weasel", "digit"),
    ("pa_fossil", "fossil", "zero_width"),
    ("pa_joke", "joke", "spaced"),
    ("pa_clown", "clowns", "homoglyph"),
    ("pa_parasite", None, "caps"),
    ("al_twat", "twat", "asterisk"),
    ("al_bollocks", "bollocks", "digit"),
    ("al_fucking", "fucking", "zero_width"),
    ("al_prick", "prick", "spaced"),
    ("al_cword", "cunt", "homoglyph"),
    ("al_shitshow", None, "caps"),
    ("bu_ambulance", "ambulance", "asterisk"),
    ("bu_accidents", "accidents", "digit"),
    ("bu_carefully", "carefully", "zero_width"),
    ("bu_sort", "sort", "spaced"),
    ("bu_pushing", "pushing", "homoglyph"),
    ("bu_forget", None, "caps"),
    ("eq_travellers", "Travellers", "asterisk"),
    ("eq_brown", "brown", "digit"),
    ("eq_roma", "Roma", "zero_width"),
    ("eq_frocks", "frocks", "spaced"),
    ("eq_turban", "turban", "homoglyph"),
    ("eq_polish", None, "caps"),
    ("df_crooks", "crooks", "asterisk"),
    ("df_fraud", "fraud", "digit"),
    ("df_bent", "bent", "zero_width"),
    ("df_liar", "liar", "spaced"),
    ("df_backhander", "backhander", "homoglyph"),
    ("df_stole", None, "caps"),
]
VOWELS = "aeiouAEIOU"
DIGITS = {"o": "0", "O": "0", "i": "1", "I": "1", "a": "4", "A": "4"}
CYRILLIC = {"a": "\u0430", "o": "\u043e", "e": "\u0435", "c": "\u0441", "p": "\u0440"}


def obfuscate_word(w, kind):
    if kind == "asterisk":
        i = next(i for i, c in enumerate(w) if i > 0 and c in VOWELS)
        return w[:i] + "*" + w[i + 1:]
    if kind == "digit":
        out = "".join(DIGITS.get(c, c) for c in w)
        assert out != w, w
        return out
    if kind == "zero_width":
        return w[:2] + "\u200b" + w[2:]
    if kind == "spaced":
        return " ".join(w)
    if kind == "homoglyph":
        # a vowel look-alike first (а о е), else с or р
        i = next((i for i, c in enumerate(w) if c in "aoe"), None)
        if i is None:
            i = next(i for i, c in enumerate(w) if c in CYRILLIC)
        return w[:i] + CYRILLIC[w[i]] + w[i + 1:]
    raise ValueError(kind)


def caps(text):
    # upper-case everything except @handles, which keep their spelling
    return re.sub(r"(@\w+)|([^@]+)", lambda m: m.group(1) or m.group(2).upper(), text)


def make_variant(orig, word, kind):
    v = dict(orig)
    if kind == "caps":
        v["text"] = caps(orig["text"])
        v["allowed"] = orig["allowed"] + ([HA] if HA not in orig["allowed"] + orig["rules"] else [])
    else:
        pat = re.compile(r"\b" + re.escape(word) + r"\b")
        assert pat.search(orig["text"]), (word, orig["text"])
        v["text"] = pat.sub(lambda m: obfuscate_word(m.group(0), kind), orig["text"])
    v["variant_kind"] = kind
    v["note"] = f"{orig['note']} (obfuscated variant: {kind})"
    v["date"] = None
    return v


# ---------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------
def names_in(text):
    out = set()
    for hnd, words in ALIASES.items():
        if hnd.lower() in text.lower():
            out.add(hnd)
        for w in words:
            if re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", text):
                out.add(hnd)
    return out


def weekday_time(rng, date=None):
    if date is None:
        start = dt.date(2026, 1, 5)
        while True:
            d = start + dt.timedelta(days=rng.randrange(0, 82))
            if d.weekday() < 5 and d <= dt.date(2026, 3, 27):
                break
    else:
        d = dt.date.fromisoformat(date)
    t = dt.datetime(d.year, d.month, d.day, rng.randrange(8, 19), rng.randrange(60), rng.randrange(60),
                    tzinfo=dt.timezone.utc)
    return t.isoformat()


def main():
    rng = random.Random(SEED)
    by_key = {row["key"]: row for row in ROWS if row["key"]}
    rows = [dict(row) for row in ROWS]
    # authors and platforms for originals
    for row in rows:
        if row["author"] is None:
            banned = names_in(row["text"]) | set(row["exclude"])
            row["author"] = rng.choice([hd for hd in HANDLES if hd not in banned])
        row["platform"] = rng.choice(["x", "facebook", "bluesky"])
    keyed = {row["key"]: row for row in rows if row["key"]}
    variants = []
    for key, word, kind in VARIANTS:
        v = make_variant(keyed[key], word, kind)
        v["variant_of_key"] = key
        variants.append(v)
    allrows = rows + variants
    rng.shuffle(allrows)
    ids = {}
    for i, row in enumerate(allrows, 1):
        row["id"] = f"{PREFIX}-{i:03d}"
        if row.get("key") and "variant_kind" not in row:
            ids[row["key"]] = row["id"]
    out = []
    for row in allrows:
        rec = {
            "id": row["id"],
            "text": row["text"],
            "author": row["author"],
            "created_at": weekday_time(rng, row["date"]),
            "platform": row["platform"],
            "account": "councillor",
            "kind": "post",
            "expect": {"rules": row["rules"], "allowed": row["allowed"], "verdict": row["verdict"]},
            "family": row["family"],
            "kind_of_row": row["kind_of_row"],
            "note": row["note"],
        }
        if "variant_kind" in row:
            rec["variant_of"] = ids[row["variant_of_key"]]
            rec["variant_kind"] = row["variant_kind"]
        out.append(rec)
    with open("posts.jsonl", "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows")


if __name__ == "__main__":
    main()
