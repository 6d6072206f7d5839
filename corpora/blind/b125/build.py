#!/usr/bin/env python3
"""Build posts.jsonl for blind evaluation set b125 (Kelsthorpe Wolds District Council).

Every text, label and note below was written by hand for this set by an
independent writer. The script only assigns authors, timestamps and platforms,
makes the obfuscated variants, shuffles and gives ids. It uses a fixed seed,
so running it again writes the same posts.jsonl byte for byte.

    python3 build.py          # writes posts.jsonl
    python3 build.py --map    # also prints row key -> id
"""
import json
import random
import re
import sys
import tomllib
from datetime import date, timedelta
from pathlib import Path

SET = "B125"
SEED = 125125
HERE = Path(__file__).resolve().parent

RULE = {
    "pa": "respect.personal-attack",
    "ab": "respect.abusive-language",
    "bu": "bullying.intimidation",
    "eq": "equality.discrimination",
    "de": "defamation.allegation",
    "of": "officers.impartiality",
    "ir": "tone.irony-risk",
    "dp": "data-protection.personal-data",
    "sc": "security.credentials",
    "pr": "predetermination.closed-mind",
    "ia": "position.improper-advantage",
    "gi": "gifts.hospitality",
    "me": "meetings.during-meeting",
    "ha": "haste.pause-before-posting",
}
FAMILY = {k: RULE[k] for k in ("pa", "ab", "bu", "eq", "de")}

ROWS = []


def P(key, fam, text, rules="", allowed="", verdict="ok", note="", pin=None, day=None):
    """One hand-written row. fam: pa/ab/bu/eq/de for positives, HN1..HN6 for hard negatives."""
    ROWS.append(dict(key=key, fam=fam, text=text, rules=rules.split(), allowed=allowed.split(),
                     verdict=verdict, note=note, pin=pin, day=day))


# ---------------------------------------------------------------------------
# respect.personal-attack (27 originals)
# ---------------------------------------------------------------------------
P("pa_mawkin", "pa",
  "@KarenOdlingMM you mardy, whingeing mawkin. Same chunter every meeting, never a single idea of your own. Stainfleet deserves a councillor, not a scarecrow.",
  "pa", "", "review",
  "Insults at a named councillor by handle ('mawkin' is Lincolnshire for a scarecrow or a slovenly person; 'mardy' is sulky). HN5 {h5_mawkin} uses 'mawkin' of the writer.")
P("pa_jobsworth", "pa",
  "Rachel Dunderdale is a clueless jobsworth who's never set foot in a Wolds village without a satnav. Useless at her job and too proud to admit it.",
  "pa of", "", "review",
  "Personal attack on a named officer (the Head of Planning), so officers.impartiality is expected as well.")
P("pa_frit", "pa",
  "Frit. That's all Malcolm Frisby is. Frit of the press, frit of the residents, frit of his own shadow. A frightened little man hiding behind the finance papers.",
  "pa", "", "review",
  "'Frit' (Lincolnshire for frightened) as an insult at a named councillor. HN5 {h5_frit} uses 'Frit? Me?' as banter.")
P("pa_planks", "pa",
  "Dean Epton is thick as two short planks. Somebody give the lad a colouring book and send him home to his mam.",
  "pa", "eq", "review",
  "Insult at a named councillor. 'Lad' and 'colouring book' lean on his youth (he is 23), so equality is allowed, not expected; compare {eq_sonny}, which says the young should not sit on a council.")
P("pa_twofaced", "pa",
  "Honestly @JanetCammackWF, you're an embarrassment to Haxley. Two-faced, nasty, and you'd sell your own granny for a cabinet seat.",
  "pa", "", "review",
  "Insults at a named councillor; 'two-faced' and the granny idiom are abuse, not an allegation of a specific dishonest act.")
P("pa_plank", "pa",
  "Trevor Dowse, you absolute plank. Bins missed three weeks on the bounce in Belchmere and you stand there grinning like a Cheshire cat. Plank.",
  "pa", "", "review",
  "Name-calling at a named cabinet member. HN1 {h1_binwell} attacks the same missed collections through the contractor's performance figures.")
P("pa_congrats", "pa",
  "Congratulations to Cllr Sheila Borrill on chairing a whole scrutiny meeting without understanding a single paper in front of her. Quite the achievement, duck. 👏👏",
  "pa ir", "", "review",
  "Mock congratulation: personal attack plus tone.irony-risk. HN6 {h6_scrutiny} criticises the same chair's attendance on the record.")
P("pa_perch", "pa",
  "Walter Cuppleditch is a vile, spiteful old toad, and the Wolds will be a kinder place the day he drops off his perch.",
  "pa", "bu eq", "block",
  "Severe personal attack that looks forward to a named councillor's death: block. It wishes rather than threatens, so bullying is only allowed; 'old' lets equality be allowed.")
P("pa_ceo", "pa",
  "Our Chief Executive is an arrogant, overpaid waste of space who treats elected members like muck on her shoe.",
  "pa of", "", "review",
  "Personal attack on an officer by role; officers.impartiality expected.")
P("pa_tup", "pa",
  "Colin Brackenbury hasn't had an original thought since decimalisation. Dozy as a tup in a snowdrift.",
  "pa", "", "review",
  "Insult at a named councillor ('tup' is a ram). Nothing in it touches his wheelchair; compare {eq_wheelchair}, which does.")
P("pa_prig", "pa",
  "Is there anyone in Kelsthorpe more pompous than @OliverStennettGW? Self-righteous little prig, lecturing farmers about hedges when he couldn't tell a hawthorn from a bus shelter.",
  "pa", "", "review",
  "Insults at a named councillor by handle. Nothing in it about his sexuality.")
P("pa_chelp", "pa",
  "Lorraine Maltby: all chelp and no graft. Ignorant, rude and idle. Thrunsby deserves better than her.",
  "pa", "", "review",
  "'Chelp' is Lincolnshire for cheek or back-chat. Personal attack on a named councillor.")
P("pa_coward", "pa",
  "Stuart Ingamells, you're a snivelling coward. Didn't have the guts to turn up and face the Furrow Court tenants, did you? Coward.",
  "pa", "", "review",
  "Name-calling at a named councillor. Not about his depression; {eq_nerves} is.")
P("pa_windbag", "pa",
  "@DelroyHibbertWR nobody asked you, you sanctimonious windbag. Sit down.",
  "pa", "", "review",
  "Short insult at a handle.")
P("pa_officer", "pa",
  "The Senior Planning Officer is either incompetent or idle, and after two years of watching Kieran Fotherby at committee I genuinely can't tell which.",
  "pa of", "", "review",
  "Personal attack on a named officer; officers.impartiality expected.")
P("pa_busybody", "pa",
  "Brenda Scupham is a joke of a Chairman. A jumped-up busybody in a borrowed chain, grinning at every ribbon in the district.",
  "pa", "", "review",
  "Personal attack on the Chairman of the Council by name.")
P("pa_harpy", "pa",
  "Hannah Leverton is a shrieking harpy. Every meeting, same screeching, same finger-wagging. Give it a rest, woman.",
  "pa", "eq", "review",
  "Gendered name-calling ('harpy', 'give it a rest, woman'); sex discrimination is allowed, not expected, since the post attacks her manner rather than women.")
P("pa_muck", "pa",
  "Eli Boswell talks more rubbish than Raithwold tip takes in a week. Thick as pig muck, that man.",
  "pa", "", "review",
  "Insult at a named councillor who is a Romany Gypsy; nothing in the text touches his ethnicity (contrast {eq_tools}).")
P("pa_hypocrite", "pa",
  "Agnieszka Kowal, you are a shameless hypocrite. Campaigned against the Haxley car park charges, then voted for them in the budget. Not one shred of shame.",
  "pa", "de", "review",
  "Personal attack on a named councillor; the voting claim could be wrong, so defamation is allowed.")
P("pa_nobel", "pa",
  "Well done @RaviChauhanWF, genius of the Wolds, for discovering that potholes are caused by holes. Nobel prize is in the post, duck. 🙄",
  "pa ir", "", "review",
  "Mock praise at a handle: personal attack plus tone.irony-risk.")
P("pa_careerist", "pa",
  "Nadia Rashid is a self-serving careerist who'd knife her own ward in the back for a photo in the Standard.",
  "pa", "bu", "review",
  "Personal attack; 'knife... in the back' is an idiom of betrayal, so bullying is only allowed.")
P("pa_mo", "pa",
  "Andrew Kettleborough, our so-called Monitoring Officer, is a spineless yes-man who wouldn't know a standards breach if it bit him on the backside.",
  "pa of", "", "review",
  "Personal attack on the named Monitoring Officer; officers.impartiality expected.")
P("pa_grass", "pa",
  "Neville Clixby's past it. Doddery old fool, sleeps through every committee, should've been put out to grass years ago.",
  "pa", "eq", "review",
  "Personal attack that leans on age ('doddery old fool', 'put out to grass'): equality allowed, not expected. {eq_codgers} says anyone over 75 should be barred and is the equality row.")
P("pa_knowall", "pa",
  "Daniel Kersh is a smug, smirking know-all. Never met a man so in love with the sound of his own voice.",
  "pa", "", "review",
  "Personal attack on a Jewish councillor with no reference to his faith (contrast {eq_money}).")
P("pa_crank", "pa",
  "Fern Allison is a crank. A lentil-munching crank who'd have us all eating nettles and cycling to Haxley in a blizzard.",
  "pa", "", "review",
  "Personal attack on a named councillor about her politics; nothing about her being trans (contrast {eq_frock}).")
P("pa_tatie", "pa",
  "Gillian Tharratt is a poisonous, hateful woman with a heart like a frozen tatie. Nothing decent in her. Nothing at all.",
  "pa", "", "block",
  "Severe personal attack (nothing decent in her): block. 'Tatie' is a potato.")
P("pa_doormat", "pa",
  "@DerekOughtonWF you're a doormat, duck. Pargeter Homes wipe their boots on you every committee and you thank them for it.",
  "pa", "de pr", "review",
  "Insult at the chair of planning by handle; the developer hint allows defamation, and the pending Hollow Lane scheme allows predetermination.")

# ---------------------------------------------------------------------------
# respect.abusive-language (27 originals)
# ---------------------------------------------------------------------------
P("ab_budget", "ab",
  "This budget's a steaming pile of shite and everybody on the Wolds knows it. Shite in, shite out.",
  "ab", "", "review",
  "Obscenity at a budget, not a person: abusive-language alone. HN1 {h1_con} attacks the same budget without obscenity.")
P("ab_app", "ab",
  "Fucking useless app. Third time today it's lost my missed-bin report. Sort it out, @KelsthorpeWoldsDC.",
  "ab", "", "review",
  "Obscenity at an app; the council's account is tagged but no person is attacked.")
P("ab_bellend", "ab",
  "@MalcolmFrisbyWF you absolute bellend.",
  "ab pa", "", "review",
  "Obscene insult at a handle: abusive-language and personal-attack.")
P("ab_hollow", "ab",
  "The Hollow Lane plans are total bollocks. 180 houses on a spring line that floods every backend, and who signed this crap off?",
  "ab", "pr of", "review",
  "Obscenity at a pending planning application ('backend' is autumn). Predetermination and officers allowed ('who signed this crap off'). HN1 {h1_viability} is the civil version.")
P("ab_twat", "ab",
  "Trevor Dowse is a useless twat. Beck Lane under water again and the twat's on holiday.",
  "ab pa", "", "review",
  "Obscene insult at a named cabinet member.")
P("ab_shysters", "ab",
  "Binwell are a bunch of shysters and their managers couldn't give a shit. Three weeks, no collection on Sheep Lane.",
  "ab", "pa de", "review",
  "Obscenity about a contractor and its unnamed managers; personal-attack and defamation ('shysters') allowed.")
P("ab_shitshow", "ab",
  "What a shitshow this meeting is. Two hours of Wolds First arsing about and not one decision.",
  "ab", "pa me", "review",
  "Obscenity at a meeting and a party; reads as posted from the meeting, so meetings.during-meeting is allowed.")
P("ab_cow", "ab",
  "Karen Odling is a gobby cow who talks out of her arse about flood defences.",
  "ab pa", "eq", "review",
  "'Gobby cow' is an obscene, gendered insult at a named councillor: abusive and personal-attack, equality allowed. HN2 {h2_gobby} condemns the same words.")
P("ab_gritting", "ab",
  "The gritting on the tops is piss poor. Scarrow Hill's been slape as a skating rink since Monday. Bloody disgrace.",
  "ab", "", "review",
  "Mild obscenity at a service ('slape' is slippery). HN5 {h5_black} is the civil gritting notice.")
P("ab_cword", "ab",
  "Gillian Tharratt is a cunt. There, I've said it.",
  "ab pa", "", "block",
  "The c-word at a named councillor: block.")
P("ab_bastards", "ab",
  "The directors of Chalkstone Homes are bloodsucking bastards. Mould up the walls at Furrow Court, kids coughing all winter, and they pocket the rent. Hope they choke on it.",
  "ab", "pa bu de", "block",
  "Severe abuse at a housing association's unnamed directors with a wish that they choke: block. HN1 {h1_ombudsman} reports the same landlord to the Ombudsman.")
P("ab_littleshit", "ab",
  "Oliver Stennett is a sanctimonious little shit, and he knows it.",
  "ab pa", "", "review",
  "Obscene insult at a named councillor.")
P("ab_dogshit", "ab",
  "Kieran Fotherby's report on Hollow Lane is absolute dog shit.",
  "ab of", "pa pr", "review",
  "Obscenity at a named officer's report: abusive and officers.impartiality; personal-attack only allowed since the words hit the report. Predetermination allowed (pending application).")
P("ab_prick", "ab",
  "Eli Boswell, you're a prick and a half.",
  "ab pa", "", "review",
  "Obscene insult at a named councillor.")
P("ab_cakehole", "ab",
  "Sheila Borrill, shut your bloody cakehole. Nobody in Thrunsby wants your opinion on the lido.",
  "ab pa", "", "review",
  "Rude and mildly profane at a named councillor; the weakest abusive row.")
P("ab_shite_talk", "ab",
  "@JamieSowerbyMM stop talking shite about the quarry. You've not been up Scarrow since it reopened.",
  "ab", "pa", "review",
  "Obscenity at what a councillor said, not at him: personal-attack only allowed.")
P("ab_rag", "ab",
  "The Kelsthorpe Standard is a rag run by arseholes.",
  "ab", "pa", "review",
  "Obscenity at a newspaper's unnamed staff; personal-attack allowed.")
P("ab_sack", "ab",
  "Stuart Ingamells is a lying sack of shit.",
  "ab pa de", "", "review",
  "Obscene insult that calls a named councillor a liar: abusive, personal-attack and defamation.")
P("ab_cluster", "ab",
  "The new parking scheme on Westgate is a clusterfuck from start to finish. Who thought one-way round the Buttercross was clever?",
  "ab", "pa", "review",
  "Obscenity at a scheme.")
P("ab_wanker", "ab",
  "Derek Oughton, you jumped-up wanker. Chair of planning? You couldn't chair a whist drive at the Owmbury chapel, wanker.",
  "ab pa", "", "review",
  "Obscene insult at a named councillor.")
P("ab_turd", "ab",
  "The cabinet are a shower of shit and the Leader's the biggest turd in the bowl.",
  "ab pa", "", "review",
  "Obscenity at the cabinet (a body) and the Leader by role: personal-attack expected for the Leader.")
P("ab_dickhead", "ab",
  "Dean Epton, you gormless dickhead. Read the papers before you open your gob.",
  "ab pa", "", "review",
  "Obscene insult at a named councillor.")
P("ab_fart", "ab",
  "Neville Clixby is an old fart who should keep his trap shut.",
  "ab pa", "eq", "review",
  "Crude insult at a named councillor; 'old' lets equality be allowed.")
P("ab_tossers", "ab",
  "The Marsh & Market lot are a bunch of tossers. Kelter from start to finish.",
  "ab", "pa", "review",
  "Obscenity at a party ('kelter' is Lincolnshire for rubbish); personal-attack allowed. HN1 {h1_kelter} calls a manifesto 'kelter' without the obscenity.")
P("ab_greedy", "ab",
  "Pargeter Homes are greedy bastards and everyone in Raithwold knows it.",
  "ab", "pa pr", "review",
  "Obscenity at a developer with a pending application; personal-attack and predetermination allowed.")
P("ab_crap", "ab",
  "Utter crap from @DanielKershWR on council tax. Shite maths, shite politics.",
  "ab", "pa", "review",
  "Obscenity at what a councillor said; personal-attack allowed. HN6 {h6_bandd} corrects the same figures civilly.")
P("ab_oxygen", "ab",
  "Janet Cammack is a useless fucking waste of oxygen.",
  "ab pa", "", "review",
  "Obscene, dehumanising insult at a named councillor; review (some would block).")

# ---------------------------------------------------------------------------
# bullying.intimidation (27 originals): [explicit] threat of harm,
# [veiled] veiled threat, [pressure] coercion, humiliation, exposure
# ---------------------------------------------------------------------------
P("bu_legs", "bu",
  "Touch Thrunsby Primary and I'll break your legs, Derek Oughton. Break them. That's not a figure of speech.",
  "bu", "pa", "block",
  "[explicit] Threat of violence at a named councillor, with the figurative reading ruled out in the text.")
P("bu_hair", "bu",
  "If Janet Cammack pulls the warden service from Furrow Court I will personally drag her out of the Town Hall by her hair.",
  "bu", "pa", "block",
  "[explicit] Conditional threat of assault.")
P("bu_brick", "bu",
  "Somebody wants to put a brick through @TrevorDowseWF's window so he knows how it feels when his drains flood us out.",
  "bu", "pa", "block",
  "[explicit] Incitement to criminal damage at a councillor's home.")
P("bu_carried", "bu",
  "Next time Malcolm Frisby shows his face in the Plough at Owmbury he'll be carried out. Feet first.",
  "bu", "pa", "block",
  "[explicit] Threat of serious harm at a named pub.")
P("bu_scissors", "bu",
  "I swear, if Brenda Scupham cuts the ribbon on that solar farm I'll shove the scissors where the sun don't shine.",
  "bu", "pa ab", "block",
  "[explicit] Crude threat of assault at the Chairman of the Council; abusive allowed.")
P("bu_slap", "bu",
  "Delroy Hibbert wants a slap, and if I see him on the Buttercross Saturday he'll get one. A proper slap.",
  "bu", "pa", "block",
  "[explicit] Threat of assault with a time and place.")
P("bu_kicking", "bu",
  "Walter Cuppleditch needs a good kicking and there's plenty in Raithwold queueing up to give him one. I'll hold his coat.",
  "bu", "pa", "block",
  "[explicit] Incites a beating. HN5 {h5_kicking} gives the budget papers 'a proper kicking'.")
P("bu_runover", "bu",
  "Honestly, I'd run Karen Odling over if I saw her crossing Stainfleet Road. Wouldn't even brake.",
  "bu", "pa", "block",
  "[explicit] States a wish to kill with a car; 'honestly' does not make it a joke.")
P("bu_conservatory", "bu",
  "@KarenOdlingMM I know where you live, duck. Nice house. Shame if owt happened to that conservatory.",
  "bu", "pa", "block",
  "[veiled] 'I know where you live' plus a hint at damage. HN2 {h2_knowwhere} condemns the same words said on a doorstep.")
P("bu_scarrow", "bu",
  "Funny how accidents happen on the tops in winter. Sheila Borrill wants to be careful driving home over Scarrow Hill after scrutiny.",
  "bu", "dp pa", "block",
  "[veiled] Veiled threat naming her route home; data protection allowed for the route.")
P("bu_complainant", "bu",
  "To the resident on Fenby Lane who went running to Standards about me: I know who you are. Think very carefully about your next move.",
  "bu", "dp", "block",
  "[veiled] Threat against a complainant, with their street; data protection allowed.")
P("bu_jitty", "bu",
  "Nadia Rashid has a lot to say for someone who walks home on her own through the Westgate jitty every night.",
  "bu", "dp pa", "block",
  "[veiled] Threat built on her route home ('jitty' is an alley); data protection allowed.")
P("bu_regret", "bu",
  "You'll regret this, Oliver. Mark my words. You'll regret it, and so will that boyfriend of yours.",
  "bu", "eq dp pa", "block",
  "[veiled] 'You'll regret' at a named councillor and his partner; equality allowed for the boyfriend, data protection for the partner. HN5 {h5_revenge} has the banter use.")
P("bu_kieran", "bu",
  "Kieran Fotherby: recommend approval on Hollow Lane and you won't walk down Raithwold high street again without somebody having a word. I'll see to that.",
  "bu of", "pr pa", "block",
  "[veiled] Threat at a named planning officer to change his recommendation: bullying and officers expected; predetermination allowed.")
P("bu_tyres", "bu",
  "Eli Boswell parks that van of his on Marsh Lane every night. Be a shame if the tyres went down. All four.",
  "bu", "eq dp pa", "block",
  "[veiled] Threat to a Romany councillor's van; equality allowed for the undertone, data protection for where he parks.")
P("bu_baby", "bu",
  "Hannah Leverton wants to think about that baby before she carries on with this campaign. Just saying.",
  "bu", "eq pa", "block",
  "[veiled] Veiled threat that uses her pregnancy; equality allowed.")
P("bu_school", "bu",
  "We know which school your kids go to, Agnieszka. Everyone does round here.",
  "bu", "dp pa", "block",
  "[veiled] Threat that invokes her children's school; data protection allowed.")
P("bu_show", "bu",
  "Fern Allison had better not show her face at the Raithwold show. Plenty of farmers up there would love to give her a piece of their mind. And more besides.",
  "bu", "eq pa", "block",
  "[veiled] 'And more besides' turns a telling-off into a threat; equality allowed since the target is a trans woman. HN2 {h2_show} answers it.")
P("bu_mo", "bu",
  "Message for Andrew Kettleborough: drop the complaint against me by Friday or every mistake you've ever made goes on the front of the Standard. Your choice.",
  "bu of", "pa", "block",
  "[pressure] Coercing the named Monitoring Officer over a complaint; officers expected.")
P("bu_grants", "bu",
  "Vote against the budget, Lorraine, and watch Thrunsby's ward grants dry up. Every penny. I sit on the grants panel and I'll see to it personally.",
  "bu", "ia pa", "block",
  "[pressure] Threatens to misuse a panel seat to punish a vote; improper advantage allowed.")
P("bu_video", "bu",
  "Who's got the video of Jamie Sowerby losing it at committee? Get it round every WhatsApp group in Raithwold. Make him famous. 😂",
  "bu", "eq pa", "block",
  "[pressure] Organised humiliation of an autistic councillor; equality allowed. HN2 {h2_overload} is Jamie's own reply to such a video.")
P("bu_gallery", "bu",
  "Full council Tuesday. Let's fill the gallery and boo Stuart Ingamells every time he opens his mouth, till he runs off in tears like last time.",
  "bu", "eq pa", "block",
  "[pressure] Organised humiliation; equality allowed (he has spoken about depression).")
P("bu_business", "bu",
  "Colin, resign by the end of the month or everything I know about your business goes to the Standard. Consider this your only warning.",
  "bu", "pa", "block",
  "[pressure] Blackmail-style demand to resign.")
P("bu_witnesses", "bu",
  "To the witnesses in Thursday's Standards hearing: if any of you want anything from this council ever again, you'll think very carefully about what you say.",
  "bu", "ia", "block",
  "[pressure] Threat to witnesses; improper advantage allowed.")
P("bu_licence", "bu",
  "Licensing Manager Gary Stamp: the Shepherd's Crook review had better go the right way, or the next review you'll be worrying about is your own.",
  "bu of", "ia pa", "block",
  "[pressure] Threatens a named officer's job over a licensing review; officers expected, improper advantage allowed.")
P("bu_number", "bu",
  "Here's Gillian Tharratt's home number: 07700 900733. Ring her all night, every night, till she gets the message.",
  "bu", "dp sc pa", "block",
  "[pressure] Publishes a private number (drama range) and calls for a pile-on; data protection and credentials allowed. HN2 {h2_number} condemns such a post without the number.")
P("bu_megaphone", "bu",
  "Tell your Chief Executive: withdraw that depot report or I'll be stood outside her house with a megaphone every Saturday until she does. Philippa knows I mean it.",
  "bu of", "pa", "block",
  "[pressure] Pressure on the named Chief Executive to withdraw a report, at her home; officers expected.")

# ---------------------------------------------------------------------------
# equality.discrimination (27 originals): [explicit|coded; characteristic]
# ---------------------------------------------------------------------------
P("eq_poland", "eq",
  "Agnieszka Kowal should go back to Poland and take her packhouse mates with her. Lincolnshire for Lincolnshire folk.",
  "eq pa", "", "block",
  "[explicit; race] 'Go back to Poland' at a named councillor. HN2 {h2_letter} is her own reply to the same words.")
P("eq_pikeys", "eq",
  "Marsh Lane's full of pikeys again. Lock your sheds, Stainfleet. Pikeys never change.",
  "eq ab", "", "block",
  "[explicit; race] Slur at Gypsies and Travellers with the theft trope: equality and abusive. HN2 {h2_pikey} condemns the slur.")
P("eq_tools", "eq",
  "Mind your tools when Eli Boswell's about, that's all I'm saying. Runs in the family.",
  "eq pa", "de", "block",
  "[coded; race] The Gypsy theft trope at a Romany councillor, with no group word; defamation allowed.")
P("eq_reallyfrom", "eq",
  "Kelsthorpe Priory doesn't look much like Kelsthorpe any more. Ask Delroy Hibbert where he's really from.",
  "eq pa", "", "block",
  "[coded; race] 'Where he's really from' at a Black British councillor born in the district. HN2 {h2_reallyfrom} is his answer.")
P("eq_foreign", "eq",
  "The Brackenholme Hotel is stuffed with young foreign men who've no business being in the Wolds. Foreign men, foreign ways. Send them back where they came from.",
  "eq", "", "block",
  "[explicit; race] Hostility to asylum seekers as foreigners.")
P("eq_girls", "eq",
  "Eighty lads from God knows where at the Brackenholme, and the girls from Haxley Academy walk past it every afternoon. I'm only asking the question nobody else dares to.",
  "eq", "", "block",
  "[coded; race] Sexual-threat insinuation against asylum seekers, framed as a question. HN2 {h2_danger} rebuts the leaflet version; HN3 {h3_concerns} raises concerns about the same hotel without it.")
P("eq_frimfolk", "eq",
  "Too many frim folk moving into Thrunsby with their funny food and their foreign plates on the cars. The village isn't what it was, and we all know why.",
  "eq", "", "block",
  "[coded; race] 'Frim folk' is Lincolnshire for strangers or outsiders; with 'funny food' and 'foreign plates' it marks out incomers by nationality. The weakest race row: some would call it grumbling about incomers.")
P("eq_takeaway", "eq",
  "Shut the Chinese takeaways on Haxley Market. Dirty kitchens, and we all know what really goes in the sweet and sour.",
  "eq", "de", "block",
  "[explicit; race] Racist trope about Chinese food businesses; defamation allowed. HN3 {h3_hygiene} answers the hygiene question.")
P("eq_muslim", "eq",
  "Nadia Rashid puts the mosque before Westgate every time. You can't trust a Muslim to stand up for English folk.",
  "eq pa", "", "block",
  "[explicit; religion or belief] Anti-Muslim attack on a named councillor.")
P("eq_mosque", "eq",
  "Eastgate mosque want a bigger building. First the building, then the loudspeakers at five in the morning, then the pubs shut. We all know how this goes.",
  "eq", "pr", "block",
  "[coded; religion or belief] Slippery-slope fear about a mosque extension; predetermination allowed (pending application). HN3 {h3_mosque} explains the same application.")
P("eq_money", "eq",
  "Daniel Kersh votes however his lot tell him to. Follow the money: it's always the money with that crowd.",
  "eq pa", "de", "block",
  "[coded; religion or belief] Antisemitic money and dual-loyalty trope at a Jewish councillor, with no group word; defamation allowed. HN2 {h2_hmd} names the trope to condemn it.")
P("eq_jew", "eq",
  "Of course the Jew on the finance panel wants the reserves locked up. Tight as you like, that lot.",
  "eq", "pa", "block",
  "[explicit; religion or belief] Antisemitic stereotype at an identifiable but unnamed councillor; personal-attack allowed.")
P("eq_globalists", "eq",
  "Same old story: the globalists and their bankers pushing a solar farm on the Wolds. Ask who really owns Wold Sun Energy.",
  "eq", "pa de", "block",
  "[coded; religion or belief] Antisemitic dog whistle with no person named. HN2 {h2_whistle} condemns the same leaflet.")
P("eq_wheelchair", "eq",
  "Colin Brackenbury can't even get himself up the chamber steps. How's a man stuck in a wheelchair meant to stand up for Belchmere? Get someone able-bodied in.",
  "eq pa", "", "block",
  "[explicit; disability] Attack on a wheelchair user's fitness for office. HN2 {h2_sitting} is his reply.")
P("eq_autistic", "eq",
  "Jamie Sowerby's autistic and by God it shows. He shouldn't be let near a committee. Send him back to the special school.",
  "eq pa", "", "block",
  "[explicit; disability] Attack on an autistic councillor.")
P("eq_nerves", "eq",
  "Stuart Ingamells is off 'with his nerves' again. Some of us have to turn up, snowflake. Man up.",
  "eq pa", "", "block",
  "[coded; disability] Mockery of a councillor's depression through scare quotes, no condition named. HN4 {h4_talk} is his own Time to Talk post.")
P("eq_deaf", "eq",
  "What's the point of Lorraine Maltby? Deaf as a post, can't follow the debate, has to have everything typed up for her like a child.",
  "eq pa", "", "block",
  "[explicit; disability] Attack on a deaf councillor. HN2 {h2_deafpost} quotes the same words to condemn them.")
P("eq_retards", "eq",
  "Belchmere day centre is full of retards and we're spending £410k a year on it? Shut it. Retards don't vote.",
  "eq ab", "", "block",
  "[explicit; disability] Slur at day centre users: equality and abusive. HN3 {h3_daycentre} defends the same cost.")
P("eq_codgers", "eq",
  "Nobody over 75 should be allowed to stand. Neville Clixby's 82 and half senile. Time the old codgers gave the rest of us a turn.",
  "eq pa", "", "block",
  "[explicit; age] Would bar older people from office, with a named target. HN2 {h2_doddery} is his answer to a similar leaflet.")
P("eq_sonny", "eq",
  "Dean Epton's 23. Twenty-three! Kids have no business on a council. Come back when you've got a mortgage and some grey hairs, sonny.",
  "eq pa", "", "block",
  "[explicit; age] Would bar the young from office. HN2 {h2_mortgage} is his reply.")
P("eq_women", "eq",
  "Women shouldn't be chairing planning. Too emotional, no head for drainage. Leave the land to the men who know it.",
  "eq", "", "block",
  "[explicit; sex] HN2 {h2_emotional} quotes the same claim to rebut it.")
P("eq_kitchen", "eq",
  "Karen Odling wants to stop screeching and get back in the kitchen. Politics is no job for a woman with kids.",
  "eq pa", "", "block",
  "[explicit; sex] Sexist attack on a named councillor.")
P("eq_schoolvisits", "eq",
  "Oliver Stennett shouldn't be doing school visits. A gay man round kids — we all know where that leads.",
  "eq pa", "de", "block",
  "[explicit; sexual orientation] The homophobic child-danger smear at a named councillor; defamation allowed. HN2 {h2_dragon} is his reply.")
P("eq_lifestyle", "eq",
  "Rainbow flags on the Town Hall again. We never elected this council to push that lifestyle on Kelsthorpe kids.",
  "eq", "", "block",
  "[coded; sexual orientation] 'That lifestyle' with no group named. Some would read grumbling about flags. HN3 {h3_flag} explains the same flag.",
  day="2026-02-04")
P("eq_frock", "eq",
  "Fern Allison is a bloke in a frock and I'll call him Mr Allison till the day I die. A frock doesn't change owt.",
  "eq pa", "", "block",
  "[explicit; gender reassignment] Misgendering attack on a trans councillor. HN2 {h2_dress} is her answer to the same words.")
P("eq_maternity", "eq",
  "Hannah Leverton's off on maternity soon. She should stand down now: a pregnant woman can't do this job properly and Westgate can't wait six months.",
  "eq pa", "", "block",
  "[explicit; pregnancy and maternity] HN4 {h4_due} and HN2 {h2_feetup} are hers.")
P("eq_partner", "eq",
  "Sheila Borrill calls that woman her 'partner'. A civil partnership isn't a marriage and she shouldn't be introduced at civic dinners as if it was.",
  "eq pa", "", "block",
  "[explicit; marriage and civil partnership] Demeans a civil partnership; some would tag sexual orientation. HN4 {h4_anniversary} is Sheila's anniversary post.")

# ---------------------------------------------------------------------------
# defamation.allegation (27 originals)
# ---------------------------------------------------------------------------
P("de_cash", "de",
  "Derek Oughton took £5,000 in cash from Pargeter Homes a week before the Hollow Lane committee. I've seen the bank statement.",
  "de", "pa pr", "block",
  "Specific bribe stated as fact with claimed evidence: block. Predetermination allowed.")
P("de_s151", "de",
  "Our s151 officer, Howard Wass, has been moving money out of the flood reserve into his own account. That's theft, pure and simple.",
  "de of", "pa", "block",
  "Theft alleged against a named officer as fact: defamation block and officers.")
P("de_drink", "de",
  "Trevor Dowse was stopped for drink driving on the Stainfleet road in November and his mates at the police station made it go away.",
  "de", "pa dp", "block",
  "Specific crime and a police cover-up stated as fact; data protection allowed (an alleged offence).")
P("de_charges", "de",
  "The chief executive of Chalkstone Homes has been pocketing the Furrow Court service charges for years. That's fraud. Somebody ring the police.",
  "de", "pa", "block",
  "Fraud alleged against an identifiable (by role) private person: block.")
P("de_postal", "de",
  "Owmbury postal votes were filled in by Marsh & Market canvassers at the Willows care home. I watched them do it.",
  "de", "pa", "block",
  "Electoral fraud stated as fact by an eyewitness claim, against a party's canvassers: block.")
P("de_backhanders", "de",
  "Kieran Fotherby takes backhanders from developers. Every big application in Raithwold, there's an envelope. Backhanders, the lot of them.",
  "de of", "pa", "block",
  "Bribery alleged as fact against a named officer: defamation block and officers.")
P("de_mileage", "de",
  "Brenda Scupham claimed £3,200 in mileage for civic engagements she never went to, and the log book's been doctored to cover it.",
  "de", "pa", "block",
  "Expenses fraud with an amount and a forged record: block.")
P("de_tin", "de",
  "Sheila Borrill took the Thrunsby scarecrow festival takings home in a biscuit tin and they never reached the bank.",
  "de", "pa", "block",
  "Theft of charity takings stated as fact: block.")
P("de_conviction", "de",
  "Colin Brackenbury has a conviction for assault he never declared when he stood. 2009, Haxley magistrates. Look it up.",
  "de", "pa dp", "block",
  "Undeclared conviction stated as fact: block; data protection allowed (criminal record).")
P("de_cctv", "de",
  "The Chief Executive had the depot CCTV wiped to protect her husband. Ask anyone in the yard.",
  "de of", "pa dp", "block",
  "Destroying evidence alleged against the Chief Executive by role: block, officers; data protection allowed for the husband.")
P("de_flat", "de",
  "Janet Cammack sold a council flat allocation to her cousin's mate for £2,000 cash. That's how housing works in Haxley.",
  "de", "pa ir", "block",
  "Corruption with an amount stated as fact: block.")
P("de_discount", "de",
  "Lorraine Maltby claims single person discount on her council tax while her fella lives there full time. That's fraud, and I've reported it.",
  "de", "pa dp", "block",
  "Council tax fraud stated as fact; data protection allowed (her partner, her tax account).")
P("de_bartab", "de",
  "Gary Stamp gave the Shepherd's Crook its late licence because the landlord runs him a free bar tab. Bribery, simple as.",
  "de of", "pa gi", "block",
  "Bribery of a named officer stated as fact: block and officers; gifts allowed.")
P("de_vote", "de",
  "Walter Cuppleditch sold his vote on the solar farm for a £10,000 'donation' from Wold Sun Energy.",
  "de", "pa", "block",
  "A sold vote with an amount, stated as fact: block.")
P("de_liar", "de",
  "Malcolm Frisby is a liar. He told Raithwold the bus would stay and he knew full well it was going.",
  "de pa", "", "review",
  "'Liar' at a named councillor: defamation and personal-attack, review (no crime). HN6 {h6_bus} puts the same broken promise on the record without the word.")
P("de_certain", "de",
  "A certain cabinet member's son-in-law has just been handed the verge-cutting contract. No tender, no questions. Funny, that.",
  "de", "pa ir", "review",
  "Innuendo at an identifiable but unnamed member: defamation, personal-attack allowed.")
P("de_teeth", "de",
  "Gillian Tharratt wouldn't know the truth if it jumped up and bit her. Lies through her teeth at every meeting.",
  "de pa", "", "review",
  "Calls a named councillor a habitual liar: review. HN6 {h6_lido} sets out the lido promise she broke without calling it a lie.")
P("de_crooks", "de",
  "Wolds First are a bunch of crooks, and the crooks have just put your council tax up again.",
  "de", "pa", "review",
  "'Crooks' at a party: defamation, personal-attack only allowed.")
P("de_conartist", "de",
  "Karen Odling is a con artist. All those 'community fund' leaflets and not a penny's reached Stainfleet.",
  "de pa", "", "review",
  "'Con artist' with a vague claim about money: review (no specific crime stated).")
P("de_dodgy", "de",
  "Dodgy Derek strikes again. Hollow Lane's on the agenda and guess who's been out for lunch with Pargeter's managing director.",
  "de pa", "pr gi", "review",
  "'Dodgy' as a nickname with a hospitality hint: review; predetermination and gifts allowed. HN6 {h6_declared} is the on-the-record counterpart about declared hospitality.")
P("de_bent", "de",
  "@RaviChauhanWF is bent. Always has been, always will be. Bent.",
  "de pa", "eq", "review",
  "'Bent' (corrupt) at a handle: defamation and personal-attack; equality allowed, since the word is also a homophobic slur. HN5 {h5_bentdouble} has 'bent double'.")
P("de_fiddle", "de",
  "Everyone in Westgate knows Stuart Ingamells is on the fiddle.",
  "de", "pa", "review",
  "'On the fiddle' is an idiom for dishonesty: defamation review, personal-attack allowed.")
P("de_owned", "de",
  "Pargeter Homes own half the planning committee. Bought and paid for.",
  "de", "pa pr", "review",
  "Corruption idiom about a committee and a developer: review.")
P("de_snake", "de",
  "Delroy Hibbert is a two-faced snake and a liar. Once a liar, always a liar.",
  "de pa", "", "review",
  "'Liar' at a named councillor: defamation and personal-attack.")
P("de_fiddler", "de",
  "Dean Epton's expenses? Don't make me laugh. Fiddler.",
  "de pa", "ir", "review",
  "'Fiddler' about a named councillor's expenses: review (no specific claim).")
P("de_tractor", "de",
  "Not saying who, but a certain Yellowbelly Independent has a very shiny new tractor for somebody on a councillor's allowance. Starts with W.",
  "de", "pa ir", "review",
  "Innuendo narrowed to one person (one Yellowbelly Independent starts with W): defamation, personal-attack allowed.")
P("de_conman", "de",
  "Eli Boswell's a con man. Everything he says about the Marsh Lane site is a lie.",
  "de pa", "eq", "review",
  "'Con man' and 'a lie' at a named councillor; equality allowed, since the Gypsy con-man stereotype sits close by.")

# ---------------------------------------------------------------------------
# Hard negatives. HN1 harsh criticism of policy, decision, party, company or
# the council; HN2 counter-speech and quoting abuse to condemn it; HN3 denied
# prejudice, myth-busting and civil debate on protected topics; HN4 neutral or
# positive mentions of protected groups, self-description, reclaimed terms;
# HN5 figurative violence, banter, self-deprecation, idioms; HN6 criticism of
# a named councillor's record that stays on the record.
# "[group: ...]" marks posts that mention or support a protected group.
# ---------------------------------------------------------------------------
# HN1 (25)
P("h1_parking", "HN1",
  "The parking policy for Haxley Market is a shambles and the cabinet should be ashamed of it. Traders are on their knees and the car parks are half empty.",
  allowed="pa", note="HN1 Robust criticism of a policy and the cabinet as a body.")
P("h1_lido", "HN1",
  "Closing Kelsthorpe lido is a disgraceful decision. Short-sighted, mean and wrong. Generations of Wolds kids learned to swim there. I'll fight it all the way to full council.",
  allowed="bu", note="HN1 Harsh words at a decision; 'fight' is political.")
P("h1_ombudsman", "HN1",
  "Chalkstone Homes have left Furrow Court tenants with black mould for three winters running. I've reported them to the Housing Ombudsman today. Enough is enough.",
  allowed="pa de", note="HN1 A complaint about a landlord's record, made through the proper channel.")
P("h1_binwell", "HN1",
  "Binwell's performance this quarter is appalling: 4,112 missed collections across the district. The contract has a break clause. Use it.",
  allowed="pa", note="HN1 Criticism of a contractor's performance with figures.")
P("h1_con", "HN1",
  "Wolds First's budget is a con on the taxpayer: 4.99% on your bill and less to show for it than last year. Libraries down, car parks up, potholes everywhere.",
  allowed="pa de", note="HN1 'Con' at a budget, not a person.")
P("h1_fund", "HN1",
  "The Wolds Prosperity Fund has been a gret big disappointment. £2.1m spent and the Buttercross still has six boarded-up shops. Time for a proper review.",
  allowed="pa", note="HN1 'Gret' (great). Criticism of a fund's results.")
P("h1_mardy", "HN1",
  "Mardy? Too right I'm mardy. The bus cuts leave Owmbury pensioners stranded three days a week. It's a heartless decision and the cabinet knows it.",
  allowed="pa", note="HN1 Self-description as mardy, harsh words at a decision.")
P("h1_kelter", "HN1",
  "The Marsh & Market manifesto is uncosted kelter from start to finish. Pie in the sky with a Lincolnshire sausage on top.",
  allowed="pa", note="HN1 'Kelter' (rubbish) at a party's manifesto, no obscenity.")
P("h1_viability", "HN1",
  "Pargeter Homes' viability assessment for Hollow Lane is unconvincing and I have serious concerns about the spring line. I'll listen to the evidence at committee, but residents are right to ask hard questions.",
  allowed="pr", note="HN1 Predisposition on a pending application, not predetermination.")
P("h1_dust", "HN1",
  "Scarrow quarry's dust on the tops is a disgrace. Windows filthy across Raithwold every morning. The operator needs enforcement, not another 'conversation'.",
  allowed="pa", note="HN1 Criticism of a quarry operator.")
P("h1_hotel", "HN1",
  "This council's handling of the Brackenholme Hotel contract has been a mess from day one: no briefing for ward members, no plan for GP registrations, no answers. That's a failure of process, not a reason to blame the men living there.",
  allowed="eq pa", note="HN1 [group: race] Criticises the handling of asylum accommodation while defending the residents.")
P("h1_gritter", "HN1",
  "The gritting routes on the Wolds tops are a joke. The gritter went past my house twice yesterday and never touched Scarrow Hill. Somebody needs to look at that map again.",
  allowed="pa of", note="HN1 Criticism of a service's routes, no one named.")
P("h1_frontpage", "HN1",
  "The Kelsthorpe Standard's front page today is misleading nonsense. The flood figures are wrong and they know it. I've asked for a correction.",
  allowed="pa de", note="HN1 Criticism of a newspaper's story.")
P("h1_logburners", "HN1",
  "The Green Wold plan to ban new log burners is as daft as a brush. Half of Thrunsby has no gas main and the other half has a Rayburn older than me.",
  allowed="pa", note="HN1 Criticism of a party's policy.")
P("h1_spineless", "HN1",
  "Spineless decision by cabinet to defer the Beck Lane flood scheme again. It's flooded three times this winter. Three. Stop dithering.",
  allowed="pa", note="HN1 'Spineless' at a decision, not a person (compare {pa_mo}).")
P("h1_solar", "HN1",
  "Wold Sun Energy's community benefit offer is insulting: £8 a household a year. Pull the other one, it's got bells on.",
  allowed="pa", note="HN1 Criticism of a company's offer.")
P("h1_yellowbellies", "HN1",
  "The Yellowbelly Independents talk a good game on the tops and then vote with Wolds First on every budget. Make your minds up.",
  allowed="pa", note="HN1 Criticism of a party's voting.")
P("h1_website", "HN1",
  "The new council website is a maze. It took me twenty minutes to find the planning search, and I know where it used to be. Residents deserve better than this.",
  note="HN1 Criticism of the council's website.")
P("h1_garden", "HN1",
  "Ripping off residents: that's what a 40% rise in the garden waste charge is. Indefensible in a cost of living crisis.",
  allowed="de", note="HN1 'Ripping off' at a charge, not an allegation against a person.")
P("h1_stitchup", "HN1",
  "The consultation on the Cattle Market Quarter was a stitch-up. Two drop-ins on weekday afternoons and nothing online until the last week. Do it again and do it properly.",
  allowed="de", note="HN1 'Stitch-up' about a consultation's design.")
P("h1_overbudget", "HN1",
  "The Cattle Market Quarter is £3m over budget and eighteen months late. The people who signed off the original costings should be answering questions at scrutiny, not hiding behind 'commercial sensitivity'.",
  allowed="of pa", note="HN1 Criticism of a project, no officer named.")
P("h1_dogwalkers", "HN1",
  "Charging for parking at the country parks is a tax on dog walkers and families. It'll raise peanuts and drive folk onto the verges.",
  note="HN1 Criticism of a proposal.")
P("h1_extension", "HN1",
  "Scarrow quarry extension: I have real concerns about HGVs through Owmbury and the school run. I'll read the officers' report and hear the applicant before I decide.",
  allowed="pr", note="HN1 Predisposition on a pending application.")
P("h1_paywall", "HN1",
  "Planning notices behind the Standard's paywall is a scandal. Public notices should be public, full stop.",
  allowed="pa", note="HN1 Criticism of a newspaper's practice.")
P("h1_depot", "HN1",
  "The depot review is a dog's dinner. Three options, no costings, and a consultation that closed on Christmas Eve. Start again.",
  note="HN1 'Dog's dinner' at a review, no obscenity.")

# HN2 (27)
P("h2_letter", "HN2",
  "Got a letter today telling me to 'go back to Poland where I belong'. I came to Haxley in 2008 to work nights on a packhouse line. I've paid in, raised two kids here, and I'm your councillor. I'm not going anywhere, duck.",
  allowed="eq", note="HN2 [group: race] Quotes 'go back to Poland' to answer it ({eq_poland}).", pin="Agnieszka Kowal")
P("h2_pikey", "HN2",
  "Someone shouted 'pikey' at my nephew outside the Co-op on Saturday. He's nine. That word is a slur, not a joke, and I'll call it out every single time.",
  allowed="eq ab dp", note="HN2 [group: race] Quotes the slur to condemn it ({eq_pikeys}); mentions a child relative.", pin="Eli Boswell")
P("h2_graffiti", "HN2",
  "Disgusted to see 'Muslims out' sprayed on the wall of the Eastgate mosque overnight. I've been down with the police this morning. Hate has no home in Kelsthorpe. Anyone with information, ring 101.",
  allowed="eq", note="HN2 [group: religion or belief] Quotes anti-Muslim graffiti to condemn it.")
P("h2_hmd", "HN2",
  "Holocaust Memorial Day. My great-grandmother's family were taken from Łódź in 1942. When someone in this district tells me Jews 'control the money', as a man did at my surgery last month, I think of them. Words come first.",
  allowed="eq", note="HN2 [group: religion or belief] Names the antisemitic money trope to condemn it ({eq_money}).",
  pin="Daniel Kersh", day="2026-01-27")
P("h2_banter", "HN2",
  "'Retard' is not banter. I heard it used about Belchmere day centre users in the Shepherd's Crook on Friday and I said so. Those are our neighbours.",
  allowed="eq ab", note="HN2 [group: disability] Quotes the slur to condemn it ({eq_retards}).")
P("h2_dress", "HN2",
  "To the man who told me on Haxley Market that I'm 'a bloke in a frock': I'm your councillor, I'm a woman, and I'll still get your street light fixed. Ta-ra.",
  allowed="eq pa", note="HN2 [group: gender reassignment] Quotes the words of {eq_frock} to answer them.", pin="Fern Allison")
P("h2_dragon", "HN2",
  "Someone on Facebook says gay men shouldn't do school visits. I do reading week at Thrunsby Primary every March and the kids' only complaint is my dragon voice. This nasty old smear needs calling out every time.",
  allowed="eq de", note="HN2 [group: sexual orientation] Answers the smear of {eq_schoolvisits}.", pin="Oliver Stennett")
P("h2_doddery", "HN2",
  "Had a leaflet through the door saying I'm 'too old and too doddery' to stand. I'm 82, I walk the ward every week and I read every paper. Judge me on my record, not my birthday.",
  allowed="eq pa", note="HN2 [group: age] Quotes an ageist leaflet to answer it.", pin="Neville Clixby")
P("h2_emotional", "HN2",
  "A resident emailed to say women shouldn't chair planning because we're 'too emotional'. The best chair of planning this district ever had was Margaret Tinsley, 1998 to 2011, and she'd have had him for breakfast.",
  allowed="eq dp", note="HN2 [group: sex] Quotes the claim of {eq_women} to rebut it; names a former councillor.", pin="Lorraine Maltby")
P("h2_feetup", "HN2",
  "Yes, I'm pregnant. No, I'm not 'standing down to put my feet up', whoever wrote that under the Standard's story. Councillors can take parental leave and Westgate will be covered. Next question.",
  allowed="eq", note="HN2 [group: pregnancy and maternity] Answers a pregnancy jibe.", pin="Hannah Leverton")
P("h2_danger", "HN2",
  "The leaflets going round Stainfleet say the men at the Brackenholme are 'a danger to our girls'. That's a lie and it's racist. I've met them. They want to work and they want their families safe. Bin it.",
  allowed="eq de", note="HN2 [group: race] Quotes the insinuation of {eq_girls} to condemn it.")
P("h2_reallyfrom", "HN2",
  "'Where are you really from?' Kelsthorpe, duck. Born at the County, same as you. My grandad fixed Lancasters at an RAF station ten miles from here. Next question.",
  allowed="eq", note="HN2 [group: race] Answers the question of {eq_reallyfrom}.", pin="Delroy Hibbert")
P("h2_crews", "HN2",
  "Nobody should have to put up with what was said to our bin crews on Monday: 'useless scrotes', with a phone camera in their faces. They work in all weathers. Show some respect.",
  allowed="ab pa", note="HN2 Quotes abuse of workers to condemn it.")
P("h2_gobby", "HN2",
  "I'm told a post went round calling Karen Odling 'a gobby cow'. I disagree with Karen on most things. That's no way to talk about anyone, and I've said so to the person who wrote it.",
  allowed="ab pa eq", note="HN2 Condemns the words of {ab_cow}.")
P("h2_sitting", "HN2",
  "Someone said a man in a wheelchair 'can't stand up for Belchmere'. Well, I've sat down for Belchmere for nine years and got the beck dredged, the bus back and the lido ramp built. Sitting works fine.",
  allowed="eq", note="HN2 [group: disability] Answers {eq_wheelchair}.", pin="Colin Brackenbury")
P("h2_hijab", "HN2",
  "To whoever told my daughter to 'take that rag off your head' at the bus station: her hijab is her choice, her faith and her business. Yours is to keep your mouth shut and your hands to yourself.",
  allowed="eq bu pa dp", note="HN2 [group: religion or belief] Quotes anti-Muslim abuse to condemn it; mentions her daughter.", pin="Nadia Rashid")
P("h2_knowwhere", "HN2",
  "Threats to councillors are not 'part of the job'. This week a colleague was told 'I know where you live' on a doorstep in Stainfleet. It's been reported. Disagree with us all you like, but cross that line and it goes to the police.",
  allowed="bu", note="HN2 Quotes a threat to condemn it ({bu_conservatory}).")
P("h2_overload", "HN2",
  "A video's going round of me getting overwhelmed at committee, captioned 'special school'. I'm autistic. I had a sensory overload in a room with bad lights and twelve people talking. Please don't share it.",
  allowed="eq bu", note="HN2 [group: disability] Answers the humiliation of {bu_video}.", pin="Jamie Sowerby")
P("h2_number", "HN2",
  "A post with Gillian Tharratt's home phone number has been shared in a Haxley group. Whatever you think of her politics, that's not on. Report it, don't share it.",
  allowed="bu dp", note="HN2 Condemns {bu_number} without repeating the number.")
P("h2_germs", "HN2",
  "A man on the market told my Romanian constituent to 'go home and take your germs with you'. She's a care worker. She's been caring for his mother. Think on.",
  allowed="eq dp", note="HN2 [group: race] Quotes xenophobic abuse to condemn it ('think on' is 'think about that').")
P("h2_mortgage", "HN2",
  "Yes, I'm 23. Yes, someone wrote 'come back when you've got a mortgage, sonny' under my last post. I rent, like most people my age in Stainfleet. That's exactly why I stood.",
  allowed="eq pa", note="HN2 [group: age] Answers the words of {eq_sonny}.", pin="Dean Epton")
P("h2_sprouts", "HN2",
  "'Lincolnshire for Lincolnshire folk', sprayed on a bus shelter in Haxley. My family have been yellowbellies since Domesday and I'd sooner share the county with the folk who pick our sprouts at 5am than with whoever owns that spray can.",
  allowed="eq pa", note="HN2 [group: race] Quotes xenophobic graffiti to condemn it.", pin="Sheila Borrill")
P("h2_homos", "HN2",
  "Somebody daubed 'no homos' on the rainbow bench by Kelsthorpe library. The volunteers who paid for it scrubbed it off by nine. Whoever did it: we'll just keep painting.",
  allowed="eq ab", note="HN2 [group: sexual orientation] Quotes homophobic graffiti to condemn it.")
P("h2_deafpost", "HN2",
  "'Deaf as a post' was how a man described me at the Thrunsby parish meeting. I lip-read, duck. I caught every word, including the ones after.",
  allowed="eq pa", note="HN2 [group: disability] Quotes the words of {eq_deaf} to answer them.", pin="Lorraine Maltby")
P("h2_scroungers", "HN2",
  "Anyone who calls our seasonal workers 'foreign scroungers' should try a ten-hour shift cutting cabbages in the February mizzle. I did one day for charity last year and I was nithered to the bone.",
  allowed="eq ab", note="HN2 [group: race] Quotes a xenophobic insult to answer it ('nithered' is frozen).")
P("h2_whistle", "HN2",
  "A leaflet in Haxley says 'the globalists and their bankers' are behind the solar farm. That's an old antisemitic dog whistle in a hi-vis jacket. Argue about the solar farm on its merits.",
  allowed="eq", note="HN2 [group: religion or belief] Names the dog whistle of {eq_globalists} to condemn it.")
P("h2_show", "HN2",
  "Someone told @FernAllisonGW she'd 'better not show her face' at the Raithwold show. She'll be on our stand at 10 with the rest of us. Threaten one of us and you'll be dealing with all of us.",
  allowed="bu eq", note="HN2 [group: gender reassignment] Quotes the threat of {bu_show} to stand with its target; 'dealing with all of us' is solidarity, not a threat.")

# HN3 (27)
P("h3_mosque", "HN3",
  "Lots of questions about the Eastgate mosque extension. It's a planning application like any other: parking, drainage, design. There's no loudspeaker in it and no call to prayer. I'll listen to all the evidence before committee.",
  allowed="pr eq", note="HN3 [group: religion or belief] Myth-busting on the application of {eq_mosque}; predisposition only.")
P("h3_payin", "HN3",
  "Myth: Polish and Lithuanian workers 'don't pay in'. Fact: the people on our packhouse lines pay income tax and NI from their first shift, and plenty own homes in Haxley. The district would stop without them.",
  allowed="eq", note="HN3 [group: race] Myth-busting.")
P("h3_pitches", "HN3",
  "Gypsy and Traveller pitches at Marsh Lane: the council has a legal duty to assess need, and our last assessment found 14 families with nowhere lawful to stop. I'd rather plan pitches than chase camps round the marsh every summer.",
  allowed="eq pr", note="HN3 [group: race] Civil case for Traveller pitches.")
P("h3_daycentre", "HN3",
  "The Belchmere day centre costs £410k a year. It keeps 38 adults with learning disabilities out of residential care that would cost five times as much. That's not waste, that's sense.",
  allowed="eq", note="HN3 [group: disability] Defends the service attacked in {eq_retards}.")
P("h3_toilet", "HN3",
  "I've had emails about the gender-neutral toilet at the new leisure centre. There are still separate men's and women's changing rooms, and a family room. Nobody loses anything. Happy to show anyone round.",
  allowed="eq", note="HN3 [group: gender reassignment] Myth-busting on facilities.")
P("h3_flag", "HN3",
  "Rainbow flag on the Town Hall for LGBT+ History Month: it was a council decision in 2023, it costs nowt (the flag was donated) and it comes down on 1 March. Some folk don't like it and that's their right. I'm proud of it.",
  allowed="eq", note="HN3 [group: sexual orientation] Explains the flag of {eq_lifestyle}.", day="2026-02-10")
P("h3_concerns", "HN3",
  "I'm not going to pretend there are no concerns about the Brackenholme Hotel. There are: GP capacity, bus routes, the lack of consultation. None of them is about the men living there, and I won't have them turned into that.",
  allowed="eq", note="HN3 [group: race] Concerns about asylum accommodation without blaming the residents (contrast {eq_girls}).")
P("h3_votes16", "HN3",
  "Should 16-year-olds vote in local elections? I'm honestly undecided. Dean makes a good case for; Neville makes a good case against. Come and argue it out at Haxley youth council on Thursday.",
  allowed="eq", note="HN3 [group: age] Civil debate on age and voting.")
P("h3_calendar", "HN3",
  "Some residents asked why the council calendar marks Ramadan, Holi and Passover as well as Christmas. Because people of all those faiths live here and pay council tax here. It costs nothing to be neighbourly.",
  allowed="eq", note="HN3 [group: religion or belief] Explains recognition of faiths.")
P("h3_ahead", "HN3",
  "No, the council is not 'housing asylum seekers ahead of local families'. The Brackenholme contract is the Home Office's, not ours, and not one council home has gone to it. Check the allocations report.",
  allowed="eq de", note="HN3 [group: race] Myth-busting a quoted claim.")
P("h3_bluebadge", "HN3",
  "Blue badge bays on Haxley Market: I know traders want them back for loading. But disabled shoppers need them more, and the new loading bay on Sheep Lane opens next month.",
  allowed="eq", note="HN3 [group: disability] Civil debate on disabled parking.")
P("h3_leave", "HN3",
  "Should councillors get parental leave? Yes. We've had members miss six months with no cover and no policy. I'm bringing a motion in March to fix it and I'd welcome support from every group.",
  allowed="eq", note="HN3 [group: pregnancy and maternity] Policy on parental leave.")
P("h3_local", "HN3",
  "'English' and 'local' aren't the same word. Some of the most local people I know came to the Wolds from Poland, Jamaica and Punjab, and some folk born here haven't been up the tops in years.",
  allowed="eq", note="HN3 [group: race] Counters an exclusionary framing.")
P("h3_halal", "HN3",
  "Halal meals in school, since parents asked me: it's an option on the menu at two Kelsthorpe schools alongside the usual, and children choose. Nobody is being 'forced' to eat anything.",
  allowed="eq", note="HN3 [group: religion or belief] Myth-busting.")
P("h3_swim", "HN3",
  "Debate on women-only swim sessions at the leisure centre was sharp at scrutiny this afternoon, but civil. I think they're worth a trial; others worry they'll cut access for everyone else. Both sides came with evidence. That's how it should be.",
  allowed="eq", note="HN3 [group: sex] Civil debate.")
P("h3_henparty", "HN3",
  "Not every unauthorised camp is 'Travellers'. The one on the Raithwold lay-by last week was a hen party in camper vans. Let's check before we blame.",
  allowed="eq", note="HN3 [group: race] Counters an assumption about Travellers.")
P("h3_ceremonies", "HN3",
  "Civil partnership and wedding ceremonies at the Town Hall are bookable again from April. Same rooms, same registrars, same confetti ban. 🙂",
  note="HN3 [group: marriage and civil partnership] Neutral notice.")
P("h3_absence", "HN3",
  "Mental health sickness absence among council staff is up 30%. I don't think that's 'snowflakes'; I think it's workload. I've asked for the figures by team at scrutiny.",
  allowed="eq of", note="HN3 [group: disability] Rejects the 'snowflake' framing of {eq_nerves}.")
P("h3_permits", "HN3",
  "Older residents tell me the online-only parking permits shut them out. They're right. There should always be a phone line and a counter at the Town Hall, and I'll keep pushing till there is.",
  allowed="eq", note="HN3 [group: age] Casework on digital exclusion.")
P("h3_hygiene", "HN3",
  "A resident asked me whether the new Chinese takeaway on Haxley Market 'passed hygiene'. It's got five stars on the food hygiene ratings, same as the chippy. Enjoy your salt and pepper chips.",
  allowed="eq", note="HN3 [group: race] Answers the trope of {eq_takeaway}.")
P("h3_faith", "HN3",
  "I disagree with Daniel Kersh on the reserves, strongly. His faith has nowt to do with it, and anyone who brings it up can expect to hear from me.",
  allowed="eq pa", note="HN3 [group: religion or belief] Disagreement that rules out the antisemitic angle.")
P("h3_christian", "HN3",
  "I won't dodge it: I'm a Christian and I have questions about the council's trans inclusion policy for changing rooms. I'll raise them at scrutiny, respectfully, and I'll listen to Fern's answers. That's debate, not hate.",
  allowed="eq", note="HN3 [group: gender reassignment] Civil disagreement on a protected topic from a religious standpoint.")
P("h3_digital", "HN3",
  "Is the new digital-first policy fair to the over-80s? I don't think so without an offline route. Officers say one's coming. Let's see it in writing.",
  allowed="eq", note="HN3 [group: age] Civil debate.")
P("h3_sunday", "HN3",
  "Sunday opening at the Buttercross market: I've heard from chapel folk who'd rather it stayed shut and traders who need the trade. Both fair. I'll vote for a trial with a review after six months.",
  allowed="eq", note="HN3 [group: religion or belief] Weighs a faith view fairly.")
P("h3_canbe", "HN3",
  "Someone asked me if autistic people 'can be councillors'. Yes, and one of ours is very good at it. Next question.",
  allowed="eq", note="HN3 [group: disability] Answers a quoted question.")
P("h3_census", "HN3",
  "The census says 4.1% of Haxley residents were born in Poland. Not 40%. Not 'half the town'. Four point one.",
  allowed="eq", note="HN3 [group: race] Myth-busting with figures.")
P("h3_paygap", "HN3",
  "The council's gender pay gap is 6.2%, mostly because more women work in part-time grades. Nobody is paid less for the same job. It's still worth closing, and here's the plan.",
  allowed="eq", note="HN3 [group: sex] Neutral equality data.")

# HN4 (36)
P("h4_ramp", "HN4",
  "Wheelchair user, 58, Belchmere lad born and bred. Spent this morning testing the new ramp at the Buttercross with the access group. Verdict: smooth as you like, though the drop kerb by the bank still needs sorting.",
  allowed="eq", note="HN4 [group: disability] Self-description.", pin="Colin Brackenbury")
P("h4_visibility", "HN4",
  "I transitioned eleven years ago and I've been a Belchmere councillor for three. Trans Day of Visibility is next Tuesday; I'll be at the library with cake. Come and ask me owt.",
  allowed="eq", note="HN4 [group: gender reassignment] Self-description.", pin="Fern Allison", day="2026-03-24")
P("h4_queer", "HN4",
  "Queer, Kelsthorpe born, and chuffed to be on the Wolds Pride planning group. We start fundraising this week for July. Bring your bunting.",
  allowed="eq", note="HN4 [group: sexual orientation] Reclaimed 'queer' as self-description.", pin="Oliver Stennett")
P("h4_history", "HN4",
  "LGBT+ History Month. Forty years ago two men couldn't hold hands on Kelsthorpe market without someone spitting. This weekend I walked my boyfriend round the same market and the worst we got was 'mind that puddle, me ducks'.",
  allowed="eq", note="HN4 [group: sexual orientation] Self-description.", pin="Oliver Stennett", day="2026-02-03")
P("h4_ramadan", "HN4",
  "Ramadan Mubarak to everyone in Westgate and beyond starting their fast this week. Iftar at the Eastgate mosque is open to all on Friday: bring an appetite, the samosas go fast.",
  allowed="eq", note="HN4 [group: religion or belief] Greeting.", pin="Nadia Rashid", day="2026-02-18")
P("h4_eid", "HN4",
  "Eid Mubarak! Thank you to the neighbours who knocked with cards and a plum loaf. Only in Lincolnshire does Eid come with plum bread and a slab of cheese. ❤️",
  allowed="eq", note="HN4 [group: religion or belief] Greeting.", pin="Nadia Rashid", day="2026-03-20")
P("h4_candle", "HN4",
  "This afternoon I lit a candle at the Town Hall for Holocaust Memorial Day with pupils from Haxley Academy. Six million, and every one of them had a name. Thank you to the Chairman for hosting.",
  allowed="eq", note="HN4 [group: religion or belief] Commemoration.", pin="Daniel Kersh", day="2026-01-27")
P("h4_holi", "HN4",
  "Happy Holi! Pink powder in my hair, green on my shirt, and the temple car park in Haxley looks like a paint factory blew up. Thank you to the cricket club for the loan of the marquee.",
  allowed="eq", note="HN4 [group: religion or belief] Greeting; 'blew up' is figurative.", pin="Ravi Chauhan", day="2026-03-04")
P("h4_grandad", "HN4",
  "My grandad came from Kingston in 1944 to fix Lancasters at an RAF station ten miles from my ward. Every Remembrance I wear his beret. Proud Black Lincolnshire lad, proud yellowbelly.",
  allowed="eq", note="HN4 [group: race] Self-description.", pin="Delroy Hibbert")
P("h4_saturday", "HN4",
  "Polish Saturday school at Haxley library is ten years old this month! 60 children, two languages, one very tired caretaker. Gratulacje, and thank you to every volunteer.",
  allowed="eq", note="HN4 [group: race] Celebration.", pin="Agnieszka Kowal")
P("h4_romany", "HN4",
  "First Romany Gypsy on this council, and my granny would have laughed her head off to see it. She picked peas on these fields for fifty summers. I'm proud of where I'm from.",
  allowed="eq", note="HN4 [group: race] Self-description.", pin="Eli Boswell")
P("h4_due", "HN4",
  "Due in May, so I'll be on parental leave from April. Cllr Delroy Hibbert from next door in Priory will cover my Westgate casework: same email, same surgery. Thank you for all the lovely messages and the knitted bootees.",
  allowed="eq", note="HN4 [group: pregnancy and maternity] Self-description.", pin="Hannah Leverton")
P("h4_autistic", "HN4",
  "I'm autistic. At meetings I sometimes wear ear defenders and take notes on my tablet. If I'm not making eye contact, I'm still listening. Happy to chat about it at any surgery.",
  allowed="eq", note="HN4 [group: disability] Self-description.", pin="Jamie Sowerby")
P("h4_talk", "HN4",
  "Time to Talk Day. Two years ago I was off for three months with depression. I'm better now, with help. If you're nithered inside and can't see the way out, talk to somebody. My door's open.",
  allowed="eq", note="HN4 [group: disability] Self-description ('nithered' is frozen).", pin="Stuart Ingamells", day="2026-02-05")
P("h4_82", "HN4",
  "82 today and still walking the Raithwold ward every Tuesday. The secret? Haslet sandwiches and never taking the lift.",
  allowed="eq", note="HN4 [group: age] Self-description.", pin="Neville Clixby", day="2026-02-12")
P("h4_lipread", "HN4",
  "I lip-read, so if you ring my surgery please text instead. New this month: BSL interpretation at full council on request. About time, and thank you to democratic services for making it happen.",
  allowed="eq", note="HN4 [group: disability] Self-description and access work.", pin="Lorraine Maltby")
P("h4_anniversary", "HN4",
  "Ten years today since Maureen and I had our civil partnership at the Town Hall. She still can't make a Yorkshire pudding and I still can't reverse the car. 💕",
  allowed="eq dp", note="HN4 [group: marriage and civil partnership] Self-description; names her partner.", pin="Sheila Borrill", day="2026-03-12")
P("h4_youngest", "HN4",
  "Youngest on the council at 23, and I want company. If you're under 30 and you've ever moaned about the buses, the rent or the lido, come to our 'How to be a councillor' evening at Stainfleet library.",
  allowed="eq", note="HN4 [group: age] Self-description and a call for representation.", pin="Dean Epton")
P("h4_welcome", "HN4",
  "Welcome to the 23 Ukrainian and Hong Kong families who've settled in Haxley this year. You'll soon learn what stuffed chine is. Don't ask, just try it.",
  allowed="eq", note="HN4 [group: race] Welcome.")
P("h4_chapel", "HN4",
  "Lovely to join Raithwold chapel's 200th anniversary service on Sunday. Methodists on the Wolds since before the railway, and the tea urn's nearly as old.",
  allowed="eq", note="HN4 [group: religion or belief] Neutral mention of a faith community.")
P("h4_stairlift", "HN4",
  "Casework update: the Owmbury family who waited eight months for an adaptations grant finally have their stairlift. Their lad uses a wheelchair and can now get to his own bedroom. Thanks to the adaptations team for pushing it through.",
  allowed="eq dp", note="HN4 [group: disability] Casework; a family is described, so data protection is allowed.", pin="Derek Oughton")
P("h4_amenity", "HN4",
  "Good meeting with families on the Marsh Lane site about the new amenity blocks. Hot water, proper drainage and a play area by autumn. Simple things, long overdue.",
  allowed="eq", note="HN4 [group: race] Gypsy and Traveller casework.", pin="Karen Odling")
P("h4_teadance", "HN4",
  "Tea dance at Thrunsby village hall: 64 over-70s, a three-piece band, and Ethel, 94, who out-foxtrotted the lot of us. Loneliness kills; this is the cure.",
  allowed="eq dp", note="HN4 [group: age] Celebration; names a resident and her age, so data protection is allowed.")
P("h4_women", "HN4",
  "International Women's Day yesterday, so a number: ten of our 24 councillors are women. It should be half. If you're a woman in the Wolds who's ever thought 'I could do better than that lot', you probably could. Get in touch.",
  allowed="eq", note="HN4 [group: sex] Call for representation.", day="2026-03-09")
P("h4_looklike", "HN4",
  "We need more councillors who look like the district: more women, more young people, more disabled people, more from our Polish, Romany and Black communities. Diversity isn't a box to tick; it makes for better decisions.",
  allowed="eq", note="HN4 [group: race] Call for representation across groups.")
P("h4_network", "HN4",
  "Signed off the council's new LGBT+ staff network this morning. Thank you to the staff who asked for it. Small step, but it matters.",
  allowed="eq", note="HN4 [group: sexual orientation] Equality work by the cabinet member for equalities.", pin="Ravi Chauhan")
P("h4_training", "HN4",
  "Every councillor here will do antisemitism and Islamophobia awareness training this spring. I've done mine already. Two hours well spent; I'd recommend it to anyone.",
  allowed="eq", note="HN4 [group: religion or belief] Equality work.")
P("h4_lunar", "HN4",
  "Lunar New Year at the Golden Lotus in Haxley: a dragon dance up the Buttercross steps, and Mrs Wong's dumplings sold out by two. Kung hei fat choi!",
  allowed="eq dp", note="HN4 [group: race] Celebration; names a business owner.", day="2026-02-17")
P("h4_namechange", "HN4",
  "Casework: helped a trans constituent in Kelsthorpe get her name changed on her council tax account after six months of letters. It took one phone call in the end. If a system won't listen to you, ring me.",
  allowed="eq dp", note="HN4 [group: gender reassignment] Casework for a trans resident; no identifier.", pin="Gillian Tharratt")
P("h4_yellowbelly", "HN4",
  "Born a yellowbelly, bred a yellowbelly, and I'll die a yellowbelly. Lincolnshire Day's not till October but I'll eat plum bread for it any day you like.",
  allowed="pa eq", note="HN4 In-group regional nickname; not a protected characteristic and not an insult.")
P("h4_choir", "HN4",
  "Thank you to the Lithuanian community choir for singing at the Chairman's charity concert. The Lincolnshire Poacher in Lithuanian is now stuck in my head for good.",
  allowed="eq", note="HN4 [group: race] Celebration.")
P("h4_dementia", "HN4",
  "Dementia-friendly screenings at the Kelsthorpe Picture House every second Tuesday: lights up, sound down, and nobody minds if you chat or wander. Brilliant idea from the library team.",
  allowed="eq", note="HN4 [group: disability] Neutral mention.")
P("h4_pride", "HN4",
  "Congratulations to Haxley Rugby Club on their first Pride match: rainbow laces, a 24-17 win and a hog roast. Proper Wolds welcome.",
  allowed="eq", note="HN4 [group: sexual orientation] Celebration.")
P("h4_babyroom", "HN4",
  "New baby-changing and breastfeeding room at the Town Hall opened today. Mums, dads and grans all welcome; no need to ask at the desk.",
  allowed="eq", note="HN4 [group: pregnancy and maternity] Neutral mention.")
P("h4_skatepark", "HN4",
  "Haxley Youth Council presented their skate park plan to cabinet today. Costed, surveyed, and better than half the reports I read. The young people of the Wolds are sharp as tacks.",
  allowed="eq", note="HN4 [group: age] Praise of young residents.")
P("h4_pancake", "HN4",
  "Shrove Tuesday pancake race down the Buttercross: the vicar won, the imam came second, and I came last with my pancake on the causey. Grand fun for the hospice.",
  allowed="eq", note="HN4 [group: religion or belief] Interfaith fun ('causey' is the pavement).", day="2026-02-17")

# HN5 (25)
P("h5_quiz", "HN5",
  "We absolutely murdered them at the pub quiz. Wolds First 2, Marsh & Market 0 at the Plough, and the Leader's table came last. Sorry, Gillian. 😂",
  allowed="bu pa", note="HN5 'Murdered' as banter.")
P("h5_apart", "HN5",
  "Scrutiny took me apart this afternoon on the flood figures. Fair enough. I'll come back with better ones.",
  allowed="bu", note="HN5 Self-deprecation.")
P("h5_dinosaur", "HN5",
  "I'm a dinosaur, me. Still write my casework in a notebook and still can't send a photo without sending the whole street a picture of my thumb.",
  allowed="eq pa", note="HN5 Self-deprecation about age.", pin="Walter Cuppleditch")
P("h5_hiding", "HN5",
  "Kelsthorpe Town battered Haxley 5-1 on Saturday. Proper hiding. @DeanEptonMM, you owe me a pint, duck.",
  allowed="bu", note="HN5 'Battered' and 'proper hiding' about football.")
P("h5_black", "HN5",
  "It's looking black over Will's mother's. Gritters are out on the tops from 4pm; take care on Scarrow Hill, it'll be slape as owt.",
  note="HN5 Lincolnshire idioms in a gritting notice (compare {ab_gritting}).")
P("h5_frit", "HN5",
  "Frit? Me? Only of Sheila Borrill's scone recipe. Best in the Wolds and I've no idea how she does it.",
  allowed="pa", note="HN5 'Frit' as banter (compare {pa_frit}).")
P("h5_rogue", "HN5",
  "Neville, you old rogue, still daft as a brush I hope? Happy birthday from all of us in the members' room. 🎂",
  allowed="pa eq", note="HN5 Affectionate teasing on a birthday (see {h4_82}).", day="2026-02-12")
P("h5_torpedoes", "HN5",
  "Killing it in the allotment show this year, me. Marrows like torpedoes.",
  allowed="bu", note="HN5 'Killing it'.")
P("h5_biscuits", "HN5",
  "Right, who nicked my biscuits from the members' room? Full packet of custard creams. I will find you. 🕵️",
  allowed="bu de", note="HN5 Mock threat and 'nicked' as banter.")
P("h5_pistols", "HN5",
  "Pistols at dawn over the best haslet in Haxley: Cammack's butchers against Fowler's. Ravi's judging; may God have mercy on his soul.",
  allowed="bu", note="HN5 Figurative duel.")
P("h5_kicking", "HN5",
  "Gave the budget papers a proper kicking this weekend. 212 pages, three coffees and one dog who ate the appendix.",
  allowed="bu", note="HN5 'A proper kicking' aimed at papers (compare {bu_kicking}).")
P("h5_slaughtered", "HN5",
  "Got absolutely slaughtered on the doorstep in Stainfleet today. Fair comment about the bins, mind. Lesson learned.",
  allowed="bu", note="HN5 Figurative, self-deprecating.")
P("h5_mardy", "HN5",
  "I'm a mardy old so-and-so before my first cup of tea. Apologies to everyone at the 8am site visit.",
  allowed="pa", note="HN5 Self-deprecation with 'mardy'.", pin="Brenda Scupham")
P("h5_sleeptight", "HN5",
  "Sleep tight, Wolds. Gritters are out all night on the A-roads and the tops. We'll see you in the morning.",
  allowed="bu", note="HN5 'Sleep tight' in a service notice.")
P("h5_heads", "HN5",
  "I'd knock their heads together if I could. The bus company and the county both blame each other for the Owmbury 58, and meanwhile folk wait in the mizzle.",
  allowed="bu pa", note="HN5 Figurative; 'mizzle' is drizzle.")
P("h5_mawkin", "HN5",
  "I'll be honest, I look a right mawkin today. Dragged through a hedge backwards at the Raithwold ploughing match. Still came second.",
  allowed="pa", note="HN5 'Mawkin' as self-description (compare {pa_mawkin}).")
P("h5_revenge", "HN5",
  "Revenge is a dish best served cold, and so is the Town Hall tea. Lost the members' bake-off to Brenda again. She'll regret it next year.",
  allowed="bu", note="HN5 'Revenge' and 'regret' as banter (compare {bu_regret}).")
P("h5_ref", "HN5",
  "Lost my voice shouting at the Wolders from the touchline. The ref needs his eyes testing, mind. 😅",
  allowed="pa", note="HN5 Football banter.")
P("h5_count", "HN5",
  "Chelp from the back row at the charity quiz: 'your lot can't count'. Fair. We came ninth out of nine.",
  allowed="pa", note="HN5 'Chelp' (cheek) as self-deprecation.")
P("h5_softlump", "HN5",
  "The wife says I'm the gret soft lump of Raithwold. She's not wrong. Ploughed the wrong field this morning.",
  allowed="pa", note="HN5 Self-deprecation.", pin="Walter Cuppleditch")
P("h5_flat", "HN5",
  "Our Neville's been on this council since the Wolds were flat. He'll kill me for saying that.",
  allowed="bu eq pa", note="HN5 Teasing about tenure; 'kill me' figurative.")
P("h5_printer", "HN5",
  "I could throttle the printer in the members' room. Jammed again. Third time this week.",
  allowed="bu", note="HN5 Figurative violence at a printer.")
P("h5_darts", "HN5",
  "Blood on the carpet at the darts: Owmbury Legion knocked us out in the semi. We'll have them next year.",
  allowed="bu", note="HN5 Figurative.")
P("h5_bentdouble", "HN5",
  "Proper nithered on the tops today, bent double against the wind. The mawkins in the fields had more sense than me; they stayed put.",
  note="HN5 'Bent double' (compare {de_bent}).")
P("h5_tup", "HN5",
  "Off to the Raithwold show to judge the sheep. May the best tup win, and may nobody come for me after.",
  allowed="bu", note="HN5 Jokey worry about being blamed.")

# HN6 (25)
P("h6_bus", "HN6",
  "Cllr Malcolm Frisby promised in May that the Owmbury bus would stay. It goes in April. I'd like him to explain to residents what changed.",
  allowed="de pa", note="HN6 Puts a broken promise on the record without calling it a lie (compare {de_liar}).")
P("h6_waitinglist", "HN6",
  "Janet Cammack has been Cabinet Member for Housing for six years. In that time the waiting list has gone from 1,900 to 3,400. That's the record; judge it.",
  allowed="pa", note="HN6 Record in figures.")
P("h6_floodbudget", "HN6",
  "That claim from Cllr Odling about the flood budget needs correcting: it rose 4%, it didn't fall. The budget book's on the website, page 62.",
  allowed="de", note="HN6 Correction without 'lie'.")
P("h6_fresheyes", "HN6",
  "Cllr Derek Oughton has chaired planning for eight years. Time for fresh eyes, I'd say. No reflection on the man, but eight years is a long time in any chair.",
  allowed="pa eq", note="HN6 About tenure, not age.")
P("h6_seconded", "HN6",
  "The minutes show Cllr Trevor Dowse seconded the Binwell contract extension in 2023. He now says he 'always had doubts'. Voters can decide.",
  allowed="de pa", note="HN6 The minutes against a later claim.")
P("h6_lido", "HN6",
  "Gillian Tharratt said the lido would stay open 'as long as I'm Leader'. She's still Leader. It's closing in September.",
  allowed="de pa", note="HN6 Sets out the promise that {de_teeth} calls lies.")
P("h6_flipflop", "HN6",
  "Cllr Oliver Stennett voted against the flood scheme at committee and for it at full council. I've asked him which it is.",
  allowed="de pa", note="HN6 Voting record.")
P("h6_doublecount", "HN6",
  "With respect to @KarenOdlingMM, her group's alternative budget counts the same reserves twice. I've set out the figures; happy to be corrected.",
  allowed="pa", note="HN6 Record criticism.")
P("h6_scrutiny", "HN6",
  "Cllr Sheila Borrill has missed four of the last six scrutiny meetings she chairs. I hope all's well, but residents need a chair who's there.",
  allowed="pa", note="HN6 Attendance record (compare {pa_congrats}).")
P("h6_strategy", "HN6",
  "Ravi Chauhan's equality strategy has no targets and no budget. Warm words aren't a plan.",
  allowed="pa", note="HN6 Criticism of a portfolio holder's document.")
P("h6_declared", "HN6",
  "Cllr Eli Boswell declared hospitality from Wold Sun Energy correctly, then voted on their scheme. Declared or not, I'd have stepped out of the room.",
  allowed="gi de pa", note="HN6 On-the-record counterpart of {de_dodgy}.")
P("h6_bandd", "HN6",
  "Cllr Daniel Kersh's council tax figures are wrong: a 4.99% rise on Band D is £96, not £140. Easy mistake, but please correct it.",
  allowed="de", note="HN6 Correction (compare {ab_crap}).")
P("h6_surgeries", "HN6",
  "Cllr Colin Brackenbury promised a weekly surgery in Belchmere. There have been three since May. Happy to cover if he needs a hand.",
  allowed="pa", note="HN6 Record criticism.")
P("h6_youthbus", "HN6",
  "Dean Epton's motion on the youth bus was poorly drafted and costed at nothing. I'll back the idea but not that motion.",
  allowed="pa eq", note="HN6 Criticism of a motion.")
P("h6_independent", "HN6",
  "Cllr Walter Cuppleditch has voted with the administration on every budget since 2019 while calling himself independent. That's his right, but folk should know.",
  allowed="pa", note="HN6 Voting record.")
P("h6_library", "HN6",
  "Lorraine Maltby's leaflet says she 'saved Thrunsby library'. It was saved by a cabinet decision she voted against. The record's public.",
  allowed="de", note="HN6 Corrects a leaflet claim.")
P("h6_survey", "HN6",
  "Cllr Fern Allison's cycle lane plan would take 40 parking spaces off Belchmere high street. I've asked for the traders' survey she mentioned; it doesn't seem to exist yet.",
  allowed="de pa", note="HN6 Questions a claim.")
P("h6_quarrymotion", "HN6",
  "Cllr Jamie Sowerby's quarry motion asked the district for something only the county can do. Good intent, wrong body.",
  allowed="pa", note="HN6 Criticism of a motion.")
P("h6_secret", "HN6",
  "Cllr Stuart Ingamells told the Standard the depot review was 'secret'. It was on the public agenda on 14 January. Please check before you go to the press, Stuart.",
  allowed="de pa", note="HN6 Correction.")
P("h6_crossing", "HN6",
  "Nadia Rashid has been a Westgate councillor for four years and still hasn't delivered the crossing she put on every leaflet. That's fair comment.",
  allowed="pa", note="HN6 Record criticism.")
P("h6_parkingmotion", "HN6",
  "Cllr Hannah Leverton's free parking motion would cost £180k a year in lost income. She hasn't said where that comes from. That's the question.",
  allowed="pa", note="HN6 Criticism of a motion's costing.")
P("h6_notes", "HN6",
  "Delroy Hibbert promised to publish his surgery notes every month. The last set was October. Come on, Delroy.",
  allowed="pa", note="HN6 Record criticism.")
P("h6_changed", "HN6",
  "Cllr Neville Clixby voted for the Scarrow quarry extension in 2019 and against the same scheme last week. Fair enough to change your mind, but say why.",
  allowed="pa", note="HN6 Voting record.")
P("h6_2m", "HN6",
  "Cllr Dean Epton said at full council that the lido loses £2m a year. It's £410k. I've sent him the page.",
  allowed="de", note="HN6 Correction.")
P("h6_ringfenced", "HN6",
  "Cllr Ravi Chauhan said the community grants would be 'ring-fenced'. They were cut 30% in the budget he voted for.",
  allowed="de pa", note="HN6 Record against a promise.")

# ---------------------------------------------------------------------------
# Obfuscated variants: one of each kind per family. (original key, kind, word,
# position in the word, replacement). Every occurrence of the word (whole word,
# any case) is changed.
# ---------------------------------------------------------------------------
VARIANTS = [
    ("pa_frit", "asterisk", "frit", 2, "*"),
    ("pa_plank", "digit", "plank", 2, "4"),
    ("pa_mawkin", "zero_width", "mawkin", 3, "\u200b"),
    ("pa_windbag", "spaced", "windbag", None, None),
    ("pa_coward", "homoglyph", "coward", 1, None),
    ("pa_prig", "caps", None, None, None),
    ("ab_twat", "asterisk", "twat", 2, "*"),
    ("ab_budget", "digit", "shite", 2, "1"),
    ("ab_littleshit", "zero_width", "shit", 2, "\u200b"),
    ("ab_prick", "spaced", "prick", None, None),
    ("ab_wanker", "homoglyph", "wanker", 1, None),
    ("ab_gritting", "caps", None, None, None),
    ("bu_legs", "asterisk", "break", 3, "*"),
    ("bu_regret", "digit", "regret", 1, "3"),
    ("bu_conservatory", "zero_width", "live", 2, "\u200b"),
    ("bu_kicking", "spaced", "kicking", None, None),
    ("bu_slap", "homoglyph", "slap", 2, None),
    ("bu_carried", "caps", None, None, None),
    ("eq_pikeys", "asterisk", "pikeys", 1, "*"),
    ("eq_retards", "digit", "retards", 1, "3"),
    ("eq_foreign", "zero_width", "foreign", 4, "\u200b"),
    ("eq_frock", "spaced", "frock", None, None),
    ("eq_poland", "homoglyph", "poland", 1, None),
    ("eq_women", "caps", None, None, None),
    ("de_snake", "asterisk", "liar", 1, "*"),
    ("de_backhanders", "digit", "backhanders", 1, "4"),
    ("de_bent", "zero_width", "bent", 2, "\u200b"),
    ("de_fiddler", "spaced", "fiddler", None, None),
    ("de_crooks", "homoglyph", "crooks", 2, None),
    ("de_conartist", "caps", None, None, None),
]
HOMOGLYPH = {"o": "\u043e", "O": "\u041e", "e": "\u0435", "E": "\u0415", "a": "\u0430", "A": "\u0410",
             "c": "\u0441", "p": "\u0440"}


def caps(text):
    parts = re.split(r"(@\w+)", text)
    return "".join(p if p.startswith("@") else p.upper() for p in parts)


def obfuscate(text, kind, word, pos, rep):
    if kind == "caps":
        return caps(text)

    def one(m):
        s = m.group(0)
        if kind == "spaced":
            return " ".join(s)
        if kind == "zero_width":
            return s[:pos] + "\u200b" + s[pos:]
        if kind == "homoglyph":
            return s[:pos] + HOMOGLYPH[s[pos]] + s[pos + 1:]
        return s[:pos] + rep + s[pos + 1:]          # asterisk, digit

    new, n = re.subn(r"(?i)(?<![\w])" + re.escape(word) + r"(?![\w])", one, text)
    assert n >= 1, (kind, word, text)
    return new


# ---------------------------------------------------------------------------
# Roster, authors, dates, platforms
# ---------------------------------------------------------------------------
def load_roster():
    raw = (HERE / "council.toml").read_text(encoding="utf-8")
    cfg = tomllib.loads(raw)
    handles = {}
    for h, name in cfg["people"]["handles"].items():
        handles.setdefault(name, []).append(h)
    people = []
    for name in cfg["people"]["councillors"]:
        m = re.search(r'"%s",\s*#\s*(.+?)\s*\((.+?)\),\s*(.+)$' % re.escape(name), raw, re.M)
        role, party, ward = m.group(1), m.group(2), m.group(3).strip()
        people.append(dict(name=name, role=role, party=party, ward=ward, handles=handles[name]))
    return people


SHORT = {"Gillian Tharratt": ["Gill"], "Neville Clixby": ["Nev"], "Agnieszka Kowal": ["Aga"],
         "Stuart Ingamells": ["Stu"]}
PARTY_ALIASES = {
    "Wolds First": ["Wolds First"],
    "Marsh & Market": ["Marsh & Market", "Marsh and Market"],
    "Green Wold": ["Green Wold", "Greens"],
    "Yellowbelly Independents": ["Yellowbelly Independent"],
    "Wold Radicals": ["Wold Radicals", "Radicals"],
}


def role_words(role):
    r = role.lower()
    words = []
    if r.startswith("leader of the council"):
        words += ["the leader", "leader of the council", "council leader", "leader's"]
    if "leader of the opposition" in r:
        words += ["leader of the opposition", "opposition leader"]
    if "chairman of the council" in r:
        words += ["chairman"]
    if "chair of planning" in r:
        words += ["chair of planning", "planning chair"]
    if "chair of scrutiny" in r:
        words += ["chair of scrutiny", "scrutiny chair", "scrutiny meetings she chairs"]
    if "deputy leader" in r:
        words += ["deputy leader"]
    m = re.search(r"cabinet member for (\w+)", r)
    if m:
        words += ["cabinet member for " + m.group(1), m.group(1) + " portfolio"]
    if m or r.startswith("leader of the council"):
        words += ["cabinet"]
    return words


def named(text, person):
    """True if the text names this councillor, their handle, a role word or their party."""
    low = text.lower()
    first, last = person["name"].split(" ", 1)
    for n in [person["name"], first, last] + SHORT.get(person["name"], []):
        if re.search(r"(?<![\w])" + re.escape(n.lower()) + r"(?![\w])", low):
            return True
    if any(h.lower() in low for h in person["handles"]):
        return True
    if any(w in low for w in role_words(person["role"])):
        return True
    if any(a.lower() in low for a in PARTY_ALIASES.get(person["party"], [])):
        return True
    return False


START, END = date(2026, 1, 5), date(2026, 3, 27)
WEEKDAYS = [START + timedelta(d) for d in range((END - START).days + 1)
            if (START + timedelta(d)).weekday() < 5]


def stamp(rng, day=None):
    d = date.fromisoformat(day) if day else rng.choice(WEEKDAYS)
    assert d.weekday() < 5 and START <= d <= END, day
    return "%sT%02d:%02d:00+00:00" % (d.isoformat(), rng.randint(8, 18), rng.randint(0, 59))


def platform(rng, text):
    n = len(text)
    if n > 300:
        return "facebook"
    if n > 280:
        return rng.choice(["bluesky", "facebook"])
    return rng.choices(["x", "facebook", "bluesky"], weights=[5, 4, 3])[0]


def build():
    rng = random.Random(SEED)
    people = load_roster()
    byname = {p["name"]: p for p in people}
    keys = [r["key"] for r in ROWS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    out = []
    load = {p["name"]: 0 for p in people}
    for r in ROWS:
        if r["pin"]:
            load[r["pin"]] += 1
    for r in ROWS:
        if r["pin"]:
            author = byname[r["pin"]]
        else:
            # among councillors the post does not name, one of those with the fewest
            # rows so far, ties broken at random: spreads the rows evenly
            pool = [p for p in people if not named(r["text"], p)]
            least = min(load[p["name"]] for p in pool)
            author = rng.choice([p for p in pool if load[p["name"]] == least])
            load[author["name"]] += 1
        hn = r["fam"].startswith("HN")
        out.append(dict(
            key=r["key"], text=r["text"], author=author["handles"][0],
            created_at=stamp(rng, r["day"]), platform=platform(rng, r["text"]),
            rules=[RULE[x] for x in r["rules"]], allowed=[RULE[x] for x in r["allowed"]],
            verdict=r["verdict"], family="hard_negative" if hn else FAMILY[r["fam"]],
            kind_of_row="hard_negative" if hn else "positive", note=r["note"]))
    orig = {o["key"]: o for o in out}
    for (okey, kind, word, pos, rep) in VARIANTS:
        o = orig[okey]
        allowed = list(o["allowed"])
        if kind == "caps":
            allowed.append(RULE["ha"])
        shown = {"caps": "ALL CAPS"}.get(kind)
        if shown is None:
            first = re.search(r"(?i)(?<![\w])" + re.escape(word) + r"(?![\w])", o["text"]).group(0)
            shown = "'%s'" % obfuscate(first, kind, word, pos, rep).replace("\u200b", "<U+200B>")
            shown = shown.replace("\u043e", "<U+043E>").replace("\u0430", "<U+0430>").replace("\u0435", "<U+0435>")
        out.append(dict(
            key=okey + "__" + kind, text=obfuscate(o["text"], kind, word, pos, rep), author=o["author"],
            created_at=stamp(rng), platform=o["platform"], rules=list(o["rules"]), allowed=allowed,
            verdict=o["verdict"], family=o["family"], kind_of_row="variant",
            note="Obfuscated variant (%s, %s) of {%s}; same labels%s." % (
                kind, shown, okey, " plus haste allowed for the capitals" if kind == "caps" else ""),
            variant_of=okey, variant_kind=kind))
    rng.shuffle(out)
    ids = {o["key"]: "%s-%04d" % (SET, i + 1) for i, o in enumerate(out)}

    def cite(note):
        return re.sub(r"\{(\w+)\}", lambda m: ids[m.group(1)], note)

    lines = []
    for o in out:
        row = {"id": ids[o["key"]], "text": o["text"], "author": o["author"], "created_at": o["created_at"],
               "platform": o["platform"], "account": "councillor", "kind": "post",
               "expect": {"rules": o["rules"], "allowed": o["allowed"], "verdict": o["verdict"]},
               "family": o["family"], "kind_of_row": o["kind_of_row"], "note": cite(o["note"])}
        if o["kind_of_row"] == "variant":
            row["variant_of"] = ids[o["variant_of"]]
            row["variant_kind"] = o["variant_kind"]
        lines.append(json.dumps(row, ensure_ascii=False))
    (HERE / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ids


if __name__ == "__main__":
    ids = build()
    if "--map" in sys.argv:
        for k, v in sorted(ids.items(), key=lambda kv: kv[1]):
            print(v, k)
