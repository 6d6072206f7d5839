#!/usr/bin/env python3
"""Builds posts.jsonl for blind set b6 from the hand-written rows below.

Deterministic (fixed seed): rerunning gives the same file. The texts and
labels are all written by hand here; the script only assigns ids, authors
(where a row does not fix one), platforms and timestamps, and derives the
obfuscated variants from their originals.
"""
import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
rng = random.Random(20260306)

PA = "respect.personal-attack"
AB = "respect.abusive-language"
BI = "bullying.intimidation"
ED = "equality.discrimination"
DF = "defamation.allegation"
OI = "officers.impartiality"
IR = "tone.irony-risk"
HP = "haste.pause-before-posting"
DP = "data-protection.personal-data"
SC = "security.credentials"

# handle -> (full name, party)
COUNCILLORS = {
    "@MEllisonLab": ("Margaret Ellison", "Labour"),
    "@DevKapoorTams": ("Dev Kapoor", "Labour"),
    "@RhiannonPryce": ("Rhiannon Pryce", "Labour"),
    "@OwenCastellLab": ("Owen Castell", "Labour"),
    "@CllrMulcahy": ("Bridget Mulcahy", "Labour"),
    "@YusufAdeyemiLab": ("Yusuf Adeyemi", "Labour"),
    "@SimonFerrisCon": ("Simon Ferris", "Conservative"),
    "@JAshcombeCon": ("Julian Ashcombe", "Conservative"),
    "@MayorCarolW": ("Carol Whitbread", "Conservative"),
    "@TariqMahmoodRN": ("Tariq Mahmood", "Conservative"),
    "@FionaLatimerLD": ("Fiona Latimer", "Liberal Democrat"),
    "@PatOduyaLD": ("Patrick Oduya", "Liberal Democrat"),
    "@ElinMaddoxGreen": ("Elin Maddox", "Green"),
    "@GrahamStokesRUK": ("Graham Stokes", "Reform UK"),
    "@LornaBirchInd": ("Lorna Birch", "Independent"),
}
LAB = [h for h, (_, p) in COUNCILLORS.items() if p == "Labour"]
CON = [h for h, (_, p) in COUNCILLORS.items() if p == "Conservative"]
LD = [h for h, (_, p) in COUNCILLORS.items() if p == "Liberal Democrat"]
NOT_LAB = [h for h in COUNCILLORS if h not in LAB]
NOT_CON = [h for h in COUNCILLORS if h not in CON]
NOT_REF = [h for h in COUNCILLORS if h != "@GrahamStokesRUK"]
WOMEN = ["@MEllisonLab", "@RhiannonPryce", "@CllrMulcahy", "@MayorCarolW",
         "@FionaLatimerLD", "@ElinMaddoxGreen", "@LornaBirchInd"]

# Row: (text, rules, allowed, verdict, note[, author or list of candidate authors])

PERSONAL_ATTACK = [
    ("Cllr Simon Ferris is a pompous windbag who hasn't had an original thought since 1997.",
     [PA], [], "review", "Non-profane insult ('pompous windbag') aimed at a named councillor, not at a policy."),
    ("@JAshcombeCon you absolute pillock. Did you even read the report before you opened your mouth?",
     [PA], [], "review", "British everyday insult ('pillock') aimed at an @handle in second person."),
    ("Julian Ashcombe couldn't run a bath, let alone the scrutiny committee.",
     [PA], [], "review", "Idiomatic mockery of a named councillor's competence; no swear word."),
    ("Honestly, Cllr Stokes is as thick as two short planks. Every time he speaks in the chamber the collective IQ of the room drops.",
     [PA], [], "review", "Idiom calling a named councillor stupid ('thick as two short planks')."),
    ("Fiona Latimer is a spineless weasel who'll say whatever the last person in the room wanted to hear.",
     [PA], [], "review", "Animal insult and 'spineless' at a named person."),
    ("Someone please buy Cllr Kapoor a mirror. That suit looks like he got dressed in the dark during a power cut.",
     [PA], [], "review", "Mockery of a named councillor's appearance, unrelated to any policy."),
    ("Well done @DevKapoorTams, another masterclass in incompetence. Truly, we are blessed to have you.",
     [PA, IR], [], "review", "Mock praise of an @handle: a personal attack (incompetence) carried by sarcasm, so irony-risk too."),
    ("Margaret Ellison is a nasty, vindictive piece of work and everyone in her own group knows it.",
     [PA], [], "review", "Character insult ('nasty, vindictive piece of work') aimed at the named Leader."),
    ("Cllr Oduya is a total numpty. Three years on the council and he still doesn't know what a section 106 agreement is.",
     [PA], [], "review", "Scots/English everyday insult ('numpty') plus competence mockery of a named councillor."),
    ("The new Chair of Licensing is a clown. Not a metaphor: an actual clown, minus the talent.",
     [PA], [], "review", "Insult aimed at a person identified by role ('the Chair of Licensing')."),
    ("@ElinMaddoxGreen you're a sanctimonious hypocrite who lectures us about bus lanes and then flies off on holiday twice a year.",
     [PA], [], "review", "'Sanctimonious hypocrite' aimed at an @handle in second person; attack on the person, not on the bus-lane policy."),
    ("Cllr Birch has the brains of a goldfish and the attention span to match.",
     [PA], [], "review", "Mockery of a named councillor's intelligence, no swear word."),
    ("Carol Whitbread waddling into the chamber ten minutes late again, puffing like a steam train. Maybe skip the mayoral buffet, love.",
     [PA], [], "review", "Body-shaming mockery of the named Mayor's weight and appearance."),
    ("Tariq Mahmood is a gormless yes-man who'd vote to abolish Tuesdays if his whip told him to.",
     [PA], [], "review", "'Gormless yes-man' at a named councillor."),
    ("Yusuf Adeyemi is all mouth and no trousers. Big speeches, zero delivery, total waste of space.",
     [PA], [], "review", "Idiomatic insults ('all mouth and no trousers', 'waste of space') at a named councillor."),
    ("Bridget Mulcahy chairs planning like a headless chicken. Embarrassing to watch, and she's the only one who can't see it.",
     [PA], [], "review", "Ridicules a named councillor personally rather than any planning decision."),
    ("@OwenCastellLab is a smug, arrogant prat who treats residents like something he's stepped in.",
     [PA], [], "review", "Insult ('smug, arrogant prat') at an @handle."),
    ("Cllr Pryce is out of her depth, out of ideas and frankly out of her mind.",
     [PA], [], "review", "Personal ridicule of a named councillor ('out of her mind'); not a critique of a specific policy."),
    ("The Head of Planning is a clueless jobsworth who wouldn't know good design if it bit her on the nose.",
     [PA, OI], [], "review", "Insult aimed at a council officer identified by role; criticising an officer publicly also raises officers.impartiality."),
    ("Kieran Walsh, our so-called Head of Environmental Services, is the laziest man in Tamsford. Bins not emptied for three weeks and he's nowhere to be seen.",
     [PA, OI], [], "review", "Named officer called 'the laziest man in Tamsford': personal attack plus public criticism of an officer."),
    ("Sophie Tran's junction design is the work of someone who has clearly never driven a car. Is she even qualified? Genuinely embarrassing.",
     [PA, OI], [], "review", "Mocks a named officer's competence and qualifications in public."),
    ("Dear @SimonFerrisCon, nobody likes you. Not your residents, not your group, probably not even your dog.",
     [PA], [], "review", "Second-person put-down of an @handle."),
    ("Graham Stokes: a sad little man shouting at clouds on Facebook at all hours.",
     [PA], [], "review", "Belittling a named councillor ('sad little man')."),
    ("Cllr Ashcombe has the charisma of a damp flannel and the backbone of a jellyfish.",
     [PA], [], "review", "Comic but personal insult at a named councillor."),
    ("You are a disgrace, Cllr Latimer. A pathetic, two-faced disgrace.",
     [PA], [], "review", "'Disgrace' aimed at a person (contrast hard negatives where a budget is a disgrace)."),
    ("I wouldn't trust Dev Kapoor to count the change in his own pocket. The man is a walking spreadsheet error.",
     [PA], [], "review", "Competence mockery of a named councillor; read as incompetence, not dishonesty."),
    ("Every time Lorna Birch opens her mouth I lose a little more faith in humanity. What a dimwit.",
     [PA], [], "review", "'Dimwit' at a named councillor."),
    ("Cllr Stokes, you're a bully, a bore and a buffoon. Go and bother someone else.",
     [PA], [DF], "review", "Insults at a named councillor; 'bully' is also an allegation of misconduct, so defamation may fire."),
    ("Patrick Oduya is a lapdog. Sit, Patrick. Roll over, Patrick. Good boy.",
     [PA], [BI], "review", "Demeaning mockery of a named councillor; the humiliation element may read as bullying."),
    ("Margaret Ellison couldn't organise a raffle at a church fete. How on earth is she Leader?",
     [PA], [], "review", "Competence mockery of a named person."),
    ("@RhiannonPryce stick to what you're good at. Which, judging by this housing strategy, is nothing at all.",
     [PA], [], "review", "Although it mentions the housing strategy, the put-down ('good at nothing') is aimed at the person."),
    ("That combover isn't fooling anyone, Julian. Neither is your 'independent review'.",
     [PA], [], "review", "Appearance mockery (combover) of a named councillor."),
    ("Cllr Mahmood is a vile, poisonous, utterly worthless excuse for a councillor. He should crawl back under whatever rock he came from.",
     [PA], [AB], "block", "Severe, dehumanising personal attack ('worthless', 'crawl back under a rock'): block per 'block when severe'."),
    ("The Chief Executive is an overpaid waste of oxygen.",
     [PA, OI], [AB], "review", "Dehumanising insult ('waste of oxygen') at an officer identified by role."),
    ("Bridget Mulcahy is a hysterical drama queen who can't take a single question without a meltdown.",
     [PA], [ED], "review", "Personal attack; 'hysterical' is a gendered trope, so equality may fire."),
    ("Owen Castell is scum. Absolute scum. There's no other word for him.",
     [PA], [AB], "block", "Explicit, severe dehumanising insult ('scum') of a named councillor: block."),
    ("Simon Ferris is a complete and utter moron.",
     [PA], [], "review", "Explicit insult ('moron') at a named councillor."),
]

ABUSIVE = [
    ("This fucking budget will gut every library in the borough.",
     [AB], [], "review", "Obscenity aimed at a budget: abusive language whatever the target, but no personal attack."),
    ("What a load of absolute bollocks that cabinet report on parking was.",
     [AB], [], "review", "Vulgarity ('bollocks') aimed at a report, not at a person."),
    ("Cllr Ashcombe is a complete and utter wanker.",
     [AB, PA], [], "review", "Obscene insult at a named councillor: both abusive language and personal attack."),
    ("@GrahamStokesRUK piss off back to your echo chamber, you prick.",
     [AB, PA], [], "review", "Obscenities aimed at an @handle."),
    ("The state of Brewer's Lane car park. Shit everywhere, lights broken, and the council just shrugs.",
     [AB], [], "review", "Profanity about a place and the council as an institution: abusive language, no personal target."),
    ("Simon Ferris is a two-faced twat.",
     [AB, PA], [], "review", "Obscene insult at a named councillor."),
    ("Fuck the Tories and fuck their cuts.",
     [AB], [PA], "review", "Obscenity aimed at a party (an organisation) and its policy; personal-attack may fire because a group is targeted."),
    ("Dev Kapoor is a cunt. There, I said it.",
     [AB, PA], [], "block", "The most severe British obscenity aimed at a named councillor: block."),
    ("Bunch of useless bastards in that cabinet.",
     [AB, PA], [], "review", "Obscene insult at an identifiable group of people (the cabinet members)."),
    ("This consultation is bullshit from start to finish.",
     [AB], [], "review", "Profanity about a consultation (process), no person targeted."),
    ("Stokes is an absolute dickhead and I don't care who knows it.",
     [AB, PA], [], "review", "Obscene insult at a named councillor."),
    ("Another pothole, another burst tyre. Sort your shit out, Tamsford.",
     [AB], [], "review", "Profanity aimed at the council as an institution."),
    ("@FionaLatimerLD kiss my arse.",
     [AB, PA], [], "review", "Vulgar dismissal aimed at an @handle."),
    ("The bin contract is a clusterfuck of epic proportions.",
     [AB], [], "review", "Obscene compound word about a contract (not a person)."),
    ("Arsehole of the week award goes to Cllr Julian Ashcombe. Again.",
     [AB, PA], [], "review", "Obscene insult at a named councillor framed as an 'award'."),
    ("Shove your parking permit scheme up your arse.",
     [AB], [PA], "review", "Crude vulgarity; 'your' addresses whoever runs the scheme, so personal-attack may fire."),
    ("Lorna Birch talks more crap than a sewage works.",
     [AB, PA], [], "review", "Crude insult at a named councillor."),
    ("What kind of spineless shithouse votes to close a children's centre?",
     [AB], [PA], "review", "Obscene insult at the (identifiable) people who voted; personal attack likely."),
    ("Absolute scumbags, the lot of them on the Reform benches.",
     [AB, PA], [], "review", "Severely toxic insult at an identifiable group of councillors."),
    ("Jesus fucking Christ, who signed off this road layout?",
     [AB], [], "review", "Obscenity (with blasphemy) about a road layout."),
    ("Tariq Mahmood can go fuck himself.",
     [AB, PA], [], "review", "Obscene dismissal of a named councillor."),
    ("Piss-poor response from the council on the flooding at Kettle End. Residents deserve better than this crap.",
     [AB], [], "review", "Vulgar language aimed at the council's response; no personal target. Mildest positive in the family."),
    ("Julian Ashcombe is a bellend of the highest order.",
     [AB, PA], [], "review", "Obscene British insult at a named councillor."),
    ("Cllr Oduya, you snivelling little shit.",
     [AB, PA], [], "review", "Obscene insult in second person at a named councillor."),
    ("That motion was pure horseshit and everyone in the chamber knew it.",
     [AB], [], "review", "Profanity about a motion (not a person)."),
    ("Fuck this council and every spineless cabinet member in it.",
     [AB, PA], [], "review", "Obscenity at the council and its (identifiable) cabinet members."),
    ("Owen Castell is a knobhead. A genuine, card-carrying knobhead.",
     [AB, PA], [], "review", "Vulgar British insult at a named councillor."),
    ("Motherfucking potholes on Fennick Road again.",
     [AB], [], "review", "Severe profanity about potholes, no target person."),
    ("Graham Stokes is a fat useless prick.",
     [AB, PA], [], "review", "Obscene and body-shaming insult at a named councillor (review; arguably block)."),
    ("The Greens are a bunch of sanctimonious tossers.",
     [AB, PA], [], "review", "Obscene insult at a party's members (a group of people)."),
    ("Hey @MayorCarolW, get your fat arse off the mayoral throne and do some actual work.",
     [AB, PA], [], "review", "Vulgar, body-shaming insult at an @handle."),
    ("Who the fuck designed the new Market Hall toilets? No hooks, no locks, no soap.",
     [AB], [], "review", "Profanity about a design; the unnamed designer is not identified."),
    ("Yusuf Adeyemi: gobshite.",
     [AB, PA], [], "review", "Vulgar insult at a named councillor."),
    ("Rhiannon Pryce is a vile, lying bitch.",
     [AB, PA, DF], [ED], "block", "Gendered obscene slur plus 'lying' (dishonesty allegation) at a named councillor: severe, block; sex-based slur may raise equality."),
    ("This is a shit-show. An absolute shit-show. Whoever thought closing the tip on Saturdays was a good idea needs their head examined.",
     [AB], [PA], "review", "Profanity about a decision; 'needs their head examined' at the unnamed decision-maker may raise personal-attack."),
    ("Patrick Oduya is a complete cock-womble.",
     [AB, PA], [], "review", "Vulgar British insult at a named councillor."),
    ("Shut your fucking mouth, Ferris.",
     [AB, PA], [], "review", "Explicit obscene silencing of a named councillor."),
]

BULLYING = [
    ("Cllr Ferris had better watch his back. People in Upper Tamsford have long memories.",
     [BI], [], "block", "Veiled threat ('had better watch his back') to a named councillor."),
    ("People know where she lives, @RhiannonPryce. Just saying.",
     [BI], [], "block", "Veiled threat: 'people know where she lives'."),
    ("Keep pushing this bus gate, @OwenCastellLab, and you'll regret it. That's a promise.",
     [BI], [], "block", "Threat ('you'll regret it') tied to a policy; the target is a person."),
    ("To whoever reported me to the Monitoring Officer: I know exactly who you are, and I won't forget it.",
     [BI], [], "block", "Intimidation of a complainant in a standards process (code 8.3)."),
    ("Anyone thinking of giving evidence against me at the standards hearing should think very carefully about their future in this town.",
     [BI], [], "block", "Intimidation of witnesses (code 8.3)."),
    ("If I were Cllr Latimer I'd be careful walking to my car after the next full council.",
     [BI], [], "block", "Veiled threat of physical harm to a named councillor."),
    ("Nice house you've got out past Castle Green, Margaret. Be a shame if anything happened to it.",
     [BI], [], "block", "Classic veiled threat against a named councillor's home."),
    ("I've got a file on every single member of the Labour group. Cross me on the budget vote and it all comes out.",
     [BI], [], "block", "Blackmail-style intimidation of a group of councillors."),
    ("Deborah Lusk will be looking for a new job by Easter if that report isn't rewritten. I'll see to it personally.",
     [BI, OI], [], "block", "Threat to a named officer's job to force a report to change: intimidation and officer impartiality (3.1)."),
    ("Someone needs to teach Graham Stokes a lesson he won't forget.",
     [BI], [], "block", "Veiled incitement to harm a named councillor."),
    ("Tariq, I'd think twice before you speak at Thursday's meeting. Things could get very uncomfortable for you and your family.",
     [BI], [], "block", "Veiled threat extending to family."),
    ("Expect a knock on the door, Cllr Oduya. We're coming for you.",
     [BI], [], "block", "Threat of a visit to a named councillor's home."),
    ("Accidents happen on dark country lanes, Lorna. Drive safe \U0001F609",
     [BI], [IR], "block", "Veiled threat disguised as a wink; irony marker may fire."),
    ("I'm going to humiliate Julian Ashcombe so badly at full council he'll be crying in the car park afterwards. Bring tissues.",
     [BI], [PA], "block", "Announced humiliation of a named councillor (ACAS: humiliate, denigrate)."),
    ("The officer who wrote that licensing report will be hearing from me. I know which desk she sits at.",
     [BI, OI], [], "block", "Veiled threat to an identifiable officer over the content of a report."),
    ("If I see Simon Ferris in the Market Hall again I will smash his face in.",
     [BI], [PA], "block", "Explicit threat of violence against a named councillor."),
    ("Dev Kapoor needs a good slap, and I'm volunteering.",
     [BI], [PA], "block", "Threat of violence framed as a joke."),
    ("Keep talking, Cllr Maddox. Let's see how brave you are when there's no webcam running.",
     [BI], [], "block", "Veiled threat: implies harm when unobserved."),
    ("Watch yourself, Bridget. Planning chairs have been known to have very bad years.",
     [BI], [], "block", "Veiled threat to a named councillor ('watch yourself')."),
    ("We know what time you leave the civic centre, Cllr Adeyemi. Every single night.",
     [BI], [], "block", "Surveillance-style intimidation of a named councillor."),
    ("You'll never work in local government again, Neil Brasher. I'll make sure of it.",
     [BI, OI], [], "block", "Threat to a named officer's career."),
    ("If the resident who filmed me at my surgery posts that video, they'll find out what happens to people who cross me.",
     [BI], [], "block", "Threat to a member of the public."),
    ("Mark my words, Fiona Latimer will pay for what she said about me. Dearly.",
     [BI], [], "block", "Veiled threat of retribution against a named councillor."),
    ("Final warning, @GrahamStokesRUK. Next time it won't be a post.",
     [BI], [], "block", "Veiled threat of escalation beyond words."),
    ("Funny how Cllr Birch's tyres keep going flat. Maybe she should stop objecting to things.",
     [BI], [IR], "block", "Implied threat linking property damage to her political activity."),
    ("I'd hate for the press to find out about Cllr Whitbread's little secret. Vote the right way on Wednesday and they won't.",
     [BI], [], "block", "Blackmail of a named councillor over a vote."),
    ("Carol Whitbread should be dragged out of the mayor's parlour by her chain and thrown in the Tam.",
     [BI], [PA], "block", "Violent imagery (incitement) against the named Mayor."),
    ("Whoever leaked my emails: I'll find you, and when I do you'll wish you'd never set foot in this council.",
     [BI], [], "block", "Threat to an unknown (probably staff) individual."),
    ("Just a friendly reminder to the Labour group that I know where every one of you parks on a Friday. See you there.",
     [BI], [IR], "block", "Veiled intimidation of a group of councillors ('friendly reminder')."),
    ("Margaret Ellison should resign now, while she can still walk out on her own two feet.",
     [BI], [], "block", "Call to resign turned into a veiled threat of violence (contrast plain resign calls in the hard negatives)."),
    ("Big mistake, Owen. Huge. You have no idea who you've just picked a fight with.",
     [BI], [], "block", "Veiled threat to a named councillor."),
    ("Pryce's kids go to Fennick Primary, don't they? Be a shame if the other parents found out what she's really like.",
     [BI], [DP], "block", "Threat involving a councillor's children and their school; the school detail is personal data about children."),
    ("I'll be standing outside Cllr Kapoor's surgery every week with a megaphone until he quits. Let's see how long he lasts.",
     [BI], [], "block", "Announced campaign of intimidation against a named councillor."),
    ("Cllr Mahmood: drop the complaint or I drop everything I know about your brother's business. Your choice.",
     [BI], [], "block", "Intimidation of a complainant by blackmail (code 8.3)."),
    ("Hannah Okoro had better find me not guilty if she knows what's good for her.",
     [BI, OI], [], "block", "Threat to the Monitoring Officer handling an investigation (8.3) and pressure on an officer (3.1)."),
    ("Someone should torch that Reform office on Kettle End high street. Just saying what everyone's thinking.",
     [BI], [], "block", "Incitement to arson against a party's office."),
    ("Stokes will get what's coming to him. Some of the lads are already asking for his address.",
     [BI], [], "block", "Veiled threat with an implied mob visit."),
]

EQUALITY = [
    ("Cllr Adeyemi should go back to where he came from if he doesn't like how we do things in Tamsford.",
     [ED], [PA], "block", "Coded racism: 'go back to where he came from' at a Black councillor (race)."),
    ("Let's be honest, Cllr Pryce only got selected because Labour needed a woman on the slate.",
     [ED], [PA], "block", "'Only got selected because' she is a woman: attack on sex."),
    ("Tariq Mahmood only won Riverside because his lot all vote for whoever the mosque tells them to.",
     [ED], [PA], "block", "'His lot' and the mosque: religious/ethnic stereotype about block voting."),
    ("We all know what those people at the Greyfield Hotel are like. Lock your doors and keep your daughters at home.",
     [ED], [], "block", "'Those people' about asylum seekers plus a sexual-threat stereotype (race/nationality)."),
    ("Travellers are back on Kettle End rec. Hide your tools, lock your sheds and count your kids.",
     [ED], [], "block", "Criminal stereotype about Gypsies and Travellers (a racial group under the Equality Act)."),
    ("Cllr Birch is 78. Time she was put out to pasture and left decisions to people who'll actually be alive to see them.",
     [ED], [PA], "block", "Attack on a named councillor for her age."),
    ("Women like Bridget Mulcahy are far too emotional to chair a planning committee.",
     [ED], [PA], "block", "Sex stereotype ('women ... too emotional') used against a named councillor."),
    ("Pregnant again, Cllr Maddox? Maybe focus on your ward instead of your womb. Residents need a councillor who's actually here.",
     [ED, PA], [], "block", "Attack on pregnancy and maternity, aimed at a named councillor."),
    ("Wheelchair users slowed the whole consultation event down. Next time hold a separate session so the rest of us can get on with it.",
     [ED], [], "block", "Disabled people treated as a nuisance and segregated (disability)."),
    ("Diversity hire. That's all Yusuf Adeyemi is. Everyone knows it.",
     [ED], [PA], "block", "'Diversity hire': coded racial attack on a named councillor."),
    ("A man in a dress is still a man, and he won't be using the women's changing rooms at Fennick Leisure Centre while I'm on this council.",
     [ED], [], "block", "Transphobic framing of trans women ('a man in a dress'): gender reassignment."),
    ("Funny how the Polish shops on Riverside Road never seem to pay their business rates. Typical.",
     [ED], [DF], "block", "National-origin stereotype ('typical') with an implied allegation against a group of businesses."),
    ("Dev Kapoor's loyalty is to Delhi, not Tamsford. Always has been.",
     [ED], [PA], "block", "Questions a named councillor's loyalty on the basis of ethnic/national origin (race)."),
    ("The gay lobby has hijacked the library budget again. Drag queen story time, anyone? Our kids deserve better.",
     [ED], [], "block", "'The gay lobby' and the implication that gay people are a danger to children (sexual orientation)."),
    ("Learn English or go home. I couldn't understand a word that new Riverside councillor said.",
     [ED], [PA], "block", "'Learn English or go home' at an identifiable councillor (race/national origin)."),
    ("Can't help noticing the ones begging outside the station are always Romanian.",
     [ED], [], "block", "Nationality stereotype (race)."),
    ("Is Cllr Oduya autistic or just thick? Genuine question.",
     [ED, PA], [], "block", "Disability used as an insult at a named councillor."),
    ("Old dears shouldn't be allowed a say on the Local Plan. They'll be dead before a brick is laid.",
     [ED], [], "block", "Exclusion of older people from a say because of age."),
    ("Jewish developers behind the Wharf scheme again, funny that. Follow the money.",
     [ED], [DF], "block", "Antisemitic 'follow the money' trope (religion/race); implies wrongdoing."),
    ("Muslims in Riverside North don't want to be part of this town. They've made that perfectly clear.",
     [ED], [], "block", "Sweeping generalisation about Muslims (religion)."),
    ("Deaf as a post and twice as useless. That's our Mayor for you.",
     [ED, PA], [], "block", "Mocks the (identifiable) Mayor's disability."),
    ("Married women with young children have no business sitting in cabinet. Who's putting the kids to bed?",
     [ED], [], "block", "Sex, marriage and maternity stereotype excluding women from office."),
    ("Pride flag up on the civic centre again. Keep that filth away from our children.",
     [ED], [], "block", "Calls LGBT people 'filth' and a danger to children (sexual orientation/gender reassignment)."),
    ("Cllr Mahmood's the sort who'd bring in sharia through the back door if we let him.",
     [ED, PA], [], "block", "'The sort': religious stereotype aimed at a named Muslim councillor."),
    ("The Chinese takeaway on Holloway Road. Check what's in the curry before you order, that's all I'm saying \U0001F408",
     [ED], [DF], "block", "Racist stereotype (cat emoji) about a Chinese business; implied allegation."),
    ("Disabled parking bays are full of scroungers who can walk perfectly well when it suits them.",
     [ED], [], "block", "Disabled people cast as scroungers and fakers (disability)."),
    ("Trans activists are groomers, and Cllr Maddox is their biggest cheerleader.",
     [ED, PA], [DF], "block", "Transphobic 'groomers' slur; implies a named councillor supports abuse."),
    ("Another Black Lives Matter councillor telling us we're all racist. If she hates Britain so much there are planes leaving every day.",
     [ED], [PA], "block", "'Planes leaving every day': coded 'go back' at a Black councillor (race)."),
    ("Put the Traveller site next to Cllr Castell's house and see how he likes the crime.",
     [ED], [], "block", "Equates Travellers with crime (race), in the guise of a planning point."),
    ("Pikeys have trashed Kettle End rec again. Every single time.",
     [ED, AB], [], "block", "Explicit anti-Traveller slur ('pikeys')."),
    ("No more mosques in Tamsford. Not one. They don't belong here.",
     [ED], [], "block", "Explicit exclusion of a religion."),
    ("The tranny in the Fennick ward office should stick to the gents.",
     [ED, AB], [PA], "block", "Explicit transphobic slur at an identifiable person."),
    ("Graham Stokes is so past it he probably thinks the internet is a fad. Too old, too slow, time to go.",
     [ED, PA], [], "block", "Age-based attack on a named councillor ('too old')."),
    ("Maternity leave for councillors? If you want babies, don't stand for election, ladies.",
     [ED], [], "block", "Pregnancy/maternity and sex: women told to choose between babies and office."),
    ("Funny how every time there's a stabbing in Riverside North it's 'youths'. We all know which youths.",
     [ED], [], "block", "Coded racial insinuation ('we all know which youths')."),
    ("Gay couples shouldn't be allowed to foster through the council's scheme. Kids need a mum and a dad.",
     [ED], [], "block", "Exclusion of gay people from fostering (sexual orientation)."),
    ("Not saying Cllr Adeyemi is dodgy, but... well, you know what they're like.",
     [ED], [PA, DF], "block", "Coded racial insinuation ('you know what they're like') at a named councillor."),
]

DEFAMATION = [
    ("Cllr Ashcombe has been lining his pockets from the Wharf redevelopment for years. Everyone in Upper Tamsford knows it.",
     [DF], [PA], "review", "Idiomatic corruption allegation ('lining his pockets') about a named councillor."),
    ("Dev Kapoor is cooking the books. There is no other explanation for a \u00a34m 'rounding error'.",
     [DF], [PA], "review", "'Cooking the books': idiomatic allegation of falsified accounts against a named councillor."),
    ("Cllr Mulcahy has been bought. Harcastle Homes owns her vote and the whole planning committee knows it.",
     [DF], [PA], "review", "'Has been bought': corruption allegation about a named councillor and a developer."),
    ("Simon Ferris is a liar. He lied to residents about the library closures and he's lying again now.",
     [DF, PA], [], "review", "Named councillor called a liar, stated as fact."),
    ("Cllr Ferris is a lying idiot.",
     [DF, PA], [], "review", "Explicit: 'lying' (dishonesty) plus 'idiot' (insult) at a named councillor."),
    ("Brown envelopes, anyone? Funny how the Verdane bin contract went to Cllr Stokes's old golf partner without a proper tender.",
     [DF], [IR], "review", "Insinuated bribery ('brown envelopes') and a rigged tender naming a councillor."),
    ("Julian Ashcombe took a \u00a320,000 bribe from Harcastle Homes to wave through the Wharf scheme.",
     [DF], [PA], "block", "Explicit allegation of a crime (bribery) with a sum, about a named councillor and a company: severe, block."),
    ("Neil Brasher has been fiddling the reserves figures to make the cabinet look good.",
     [DF, OI], [PA], "review", "Allegation of falsified figures against the named s151 officer; questions his neutrality."),
    ("Margaret Ellison is corrupt to the core.",
     [DF, PA], [], "review", "Explicit 'corrupt' about the named Leader."),
    ("Cllr Whitbread fiddled her mayoral expenses. Taxis to London 'for civic duties' that never happened.",
     [DF], [], "review", "'Fiddled her expenses' with specifics: dishonesty allegation about a named councillor."),
    ("The Lib Dems rigged the Riverside North by-election. Postal vote fraud, plain and simple.",
     [DF], [], "block", "Explicit allegation of electoral fraud (a crime) against a party: block."),
    ("Harcastle Homes bribed half the planning committee. Not an opinion, a fact.",
     [DF], [], "block", "Explicit bribery allegation against a company and (identifiable) committee members."),
    ("Snouts in the trough: Cllr Kapoor's brother-in-law just happened to land the \u00a32m leisure centre contract.",
     [DF], [PA, IR], "review", "Idiomatic allegation of nepotism/corruption ('snouts in the trough')."),
    ("Jobs for the boys again. Stokes got his nephew a cushy job at the council depot, no interview.",
     [DF], [], "review", "Nepotism allegation ('jobs for the boys') about a named councillor."),
    ("Cllr Oduya is on the take. Has been since the day he was elected.",
     [DF], [PA], "review", "'On the take': idiomatic bribery allegation."),
    ("Lorna Birch is in the developers' pocket and always has been.",
     [DF], [PA], "review", "'In the developers' pocket': idiomatic corruption allegation."),
    ("Verdane Waste Services have been overcharging the council for years and pocketing the difference. Fraudsters.",
     [DF], [PA], "block", "Explicit 'fraudsters' allegation against an organisation."),
    ("Jonathan Reeve covered up the housing repairs scandal and lied to the scrutiny committee about it.",
     [DF, OI], [PA], "review", "Allegation of a cover-up and lying by the named Chief Executive."),
    ("Owen Castell is a fraud and a con artist. He's pocketed his ward budget and spent it on himself.",
     [DF, PA], [], "block", "Explicit fraud/theft allegation at a named councillor: severe, block."),
    ("Tariq Mahmood stole money from the Riverside community centre when he was its treasurer.",
     [DF], [], "block", "Explicit theft allegation about a named councillor."),
    ("Rhiannon Pryce has been quietly handing council flats to her party mates. Disgusting abuse of position.",
     [DF], [PA], "review", "Misconduct allegation (abuse of position) about a named councillor."),
    ("Fiona Latimer's 'independent' survey was completely made up. She invented the numbers.",
     [DF], [], "review", "Allegation of fabricated data (dishonesty) by a named councillor."),
    ("The consultation was rigged from the start by Cllr Castell and his mates. The result was decided before a single resident replied.",
     [DF], [], "review", "Allegation that a named councillor rigged a process (contrast hard negative calling a consultation a 'sham')."),
    ("Bent as a nine-bob note, Cllr Ashcombe. Always has been.",
     [DF], [PA], "review", "British idiom for crooked ('bent as a nine-bob note') at a named councillor."),
    ("Deborah Lusk was paid off by the developer to recommend approval. How else do you explain that report?",
     [DF, OI], [PA], "block", "Explicit bribery allegation against a named officer: severe, block."),
    ("Cllr Maddox claims to live in Fennick but actually lives in Bristol. Electoral fraud, and the council knows it.",
     [DF], [], "block", "Explicit electoral fraud allegation about a named councillor."),
    ("Yusuf Adeyemi has been falsifying his attendance records to claim allowances.",
     [DF], [], "review", "Allegation of falsification/dishonesty about a named councillor (review; arguably block)."),
    ("Graham Stokes is a crook. Full stop.",
     [DF, PA], [], "review", "'Crook' at a named councillor."),
    ("Everyone knows Cllr Kapoor has been bought and paid for by the Riverside Traders' Association.",
     [DF], [PA], "review", "'Bought and paid for': corruption idiom about a named councillor and a body."),
    ("Dodgy dealings at the civic centre again: Cllr Mulcahy's husband's firm gets the Market Hall refit. Nobody declared a thing.",
     [DF], [], "review", "Insinuated corruption and undeclared interest ('dodgy dealings')."),
    ("The Tories on this council have been cooking the books for a decade and hiding the debt from residents.",
     [DF], [], "review", "'Cooking the books' against an identifiable group (the Conservative councillors)."),
    ("Cllr Birch is a serial liar. Nothing she says can be trusted.",
     [DF, PA], [], "review", "'Serial liar' about a named councillor."),
    ("Simon Ferris embezzled thousands from the Upper Tamsford Youth Football Club. Ask anyone there.",
     [DF], [], "block", "Explicit embezzlement allegation about a named councillor."),
    ("Patrick Oduya fixed the licensing vote for his mate's nightclub. Scandalous.",
     [DF], [], "review", "Allegation that a named councillor fixed a vote for a friend (misconduct)."),
    ("Carol Whitbread has been using the mayoral car for the school run and charging it to taxpayers.",
     [DF], [], "review", "Allegation of misuse of public resources by the named Mayor."),
    ("The Labour cabinet are a bunch of crooks who've been lining their own pockets while residents freeze.",
     [DF, PA], [], "review", "'Crooks' and 'lining their own pockets' about an identifiable group."),
    ("Harcastle Homes: liars, cowboys and tax dodgers. They'd cheat their own grandmothers.",
     [DF], [PA], "review", "Dishonesty and tax-evasion allegations against a company."),
]

# Hard negatives. Default labels: rules [], allowed [], verdict ok.
HN = []


def hn(text, note, allowed=(), author=None):
    HN.append((text, [], list(allowed), "ok", note, author))


# A. Harsh criticism of policies, budgets, decisions, parties, the council
hn("The new residents' parking scheme is a shambles from start to finish, and the cabinet should be ashamed of how it was rushed through.",
   "Harsh criticism of a policy and the cabinet's handling: robust, protected political expression.", author=NOT_LAB)
hn("This budget is a disgrace. Cutting \u00a31.2m from adult social care while spending \u00a3400k on a rebrand is indefensible.",
   "'Disgrace' aimed at a budget, with figures: policy criticism.", author=NOT_LAB)
hn("Closing Fennick library is a short-sighted, cruel decision that will hurt the poorest families in the borough most. I'll keep fighting it.",
   "Strong words ('cruel') about a decision, not a person.")
hn("The bin collection changes have been a total fiasco. Three weeks of missed collections in Castle Green is simply not good enough.",
   "Criticism of a service change.")
hn("I've read the cabinet's transport strategy twice. It is lazy, unfunded and frankly insulting to anyone who relies on the 42 bus.",
   "'Lazy' and 'insulting' describe a strategy document.", author=NOT_LAB)
hn("Labour's housing record in Tamsford is appalling: 900 families on the waiting list and not a single council home started this year.",
   "Attack on a party's record with figures.", author=NOT_LAB)
hn("The Conservative group's amendment is pure fantasy economics. You cannot cut council tax and protect services with a magic money tree.",
   "Mockery of an amendment, not of people.", author=NOT_CON)
hn("Reform's motion on the library service was ill-informed nonsense and I was proud to vote it down.",
   "'Ill-informed nonsense' about a motion.", author=NOT_REF)
hn("Scrutiny committee today exposed a total failure of oversight on the Wharf project. The cabinet has serious questions to answer.",
   "Accountability language about an institution; no allegation of crime.", author=NOT_LAB)
hn("The decision to scrap free garden waste collections is a kick in the teeth for pensioners in Upper Tamsford.",
   "Idiom ('kick in the teeth') about a decision; mentions older residents sympathetically.", author=NOT_LAB)
hn("Our Lib Dem group will oppose this rotten budget line by line.",
   "'Rotten' aimed at a budget.", author=LD)
hn("Tamsford Borough Council's handling of the flooding complaints has been woeful. Residents were ignored for months.",
   "Criticism of the council as an institution.")
hn("The draft Local Plan is a developer's charter. Greenfield sites carved up, brownfield left rotting.",
   "Harsh criticism of a plan-making document (not a quasi-judicial decision).")
hn("Shocking figures: Tamsford has the slowest planning enforcement in the region. This administration has let it slide.",
   "Criticism of performance with evidence.", author=NOT_LAB)
hn("The cabinet's decision to close Kettle End tip at weekends is idiotic. Fly-tipping will soar and we'll all pay to clear it up.",
   "'Idiotic' describes a decision, not a person: the central nuance.", author=NOT_LAB)
hn("This is the worst-run council in the county and the Ombudsman's report proves it.",
   "Criticism of the council as an institution, backed by a report.")
hn("The leisure centre contract is a scandal of waste: \u00a32m over budget and eighteen months late. We need a full independent inquiry.",
   "'Scandal of waste' about a contract; call for inquiry, no allegation of crime against a person.")
hn("The Greens' plan to ban cars from the High Street would kill off our independent shops. It's a terrible idea.",
   "'Kill off' metaphor about a policy's effect.", author=[h for h in COUNCILLORS if h != "@ElinMaddoxGreen"])
hn("Pathetic response from the administration to our questions on temporary accommodation costs. Evasive answers and no figures.",
   "'Pathetic' about a response from an institution.", author=NOT_LAB)
hn("This council tax rise is daylight robbery for families already struggling with their bills.",
   "'Daylight robbery' idiom about a tax rise, not an allegation of crime.", author=NOT_LAB)
hn("The cabinet's so-called 'listening exercise' was a sham. Residents' views were ignored before the ink was dry.",
   "Scorn for a process; 'sham' might be read as an allegation against the cabinet.", allowed=[DF], author=NOT_LAB)
hn("I'm furious about the state of the roads in St Aldric's. Every winter it's worse, and every winter the repair budget gets cut.",
   "Anger at conditions and budgets.")
hn("The last Conservative administration left this council with a \u00a312m hole, and nothing in this year's plan fills it.",
   "Partisan criticism of a record.", author=NOT_CON)
hn("Absolutely gutted our youth service bid was turned down. It's the wrong decision and I'll be asking for it to be reconsidered.",
   "Disagreement with a decision.")
hn("The council's response to damp and mould in its own flats is a national embarrassment.",
   "Institutional criticism.")
hn("These cuts will kill off community transport in the villages. Full stop.",
   "Metaphorical 'kill'.")
hn("We will fight this closure tooth and nail. Sign the petition and come to the public meeting at Fennick Community Hall.",
   "Combative campaigning language, not a threat.")
hn("Why does this administration keep wasting money on consultants? \u00a3850,000 last year alone. Unacceptable.",
   "Criticism of spending.", author=NOT_LAB)
hn("The ruling group's refusal to publish the Wharf business case is an affront to transparency.",
   "Criticism of a decision not to publish.", author=NOT_LAB)
hn("Tamsford's bus lanes are a farce. Empty lanes, gridlocked traffic, and fines nobody understands.",
   "'Farce' about a scheme.")
hn("The cabinet should be ashamed. Children's centres are not a luxury, they are a lifeline.",
   "'Should be ashamed' at the cabinet over a policy (RULES.md's own example shape).", author=NOT_LAB)
hn("Terrible decision by the planning committee on the Old Mill flats. Residents' worries about traffic were brushed aside.",
   "Criticism of a decision already taken (no pending matter, so no predetermination).")
hn("I called this budget a disaster and I'll say it again: a disaster, for every ward in the borough.",
   "Repeated strong criticism of a budget.", author=NOT_LAB)
hn("The Reform leaflet going round Kettle End gets the council's spending wrong. Here are the actual figures from the budget book \U0001F447",
   "Correcting a party's leaflet; no dishonesty alleged.", author=NOT_REF)
hn("The administration's record on potholes is nothing short of scandalous.",
   "'Scandalous' about a record.", author=NOT_LAB)
hn("A shameful budget from a tired administration that has simply run out of ideas.",
   "Partisan criticism of an administration.", author=NOT_LAB)
hn("The cabinet has made a right pig's ear of the bin contract, and the performance figures prove it.",
   "British idiom ('pig's ear') about a contract.", author=NOT_LAB)

# B. Calls to resign on the record
hn("After today's Ombudsman finding I believe the Cabinet Member for Housing should resign. Residents were failed on her watch and accountability matters.",
   "Call to resign grounded in a published finding: accountability, not attack.", author=NOT_LAB)
hn("I'm calling on Cllr Simon Ferris to step down as group leader. His amendment would have closed four libraries and he has refused to apologise for that leaflet.",
   "Call to resign based on a public record.", author=NOT_CON)
hn("The Leader should resign. The council's accounts have been qualified twice under her leadership. That's on the record and it's not good enough.",
   "Call to resign on the record (qualified accounts).", author=NOT_LAB)
hn("Cllr Kapoor presided over the \u00a34m overspend on the leisure centre. He should do the decent thing and resign his cabinet post.",
   "Call to resign over a documented overspend; no dishonesty alleged.", author=NOT_LAB)
hn("Three missed deadlines on the Local Plan. The cabinet member responsible has lost the confidence of this chamber and should go.",
   "Call to resign on performance.", author=NOT_LAB)
hn("Time for a vote of no confidence in this administration. We'll be tabling the motion for full council.",
   "Formal political process.", author=NOT_LAB)
hn("Cllr Stokes voted against every single flood defence scheme for Kettle End. Residents should remember that in May.",
   "Voting record, a matter of public record.", author=NOT_REF)
hn("I respect Cllr Latimer personally, but her handling of the licensing review has been poor and I think she should hand the portfolio to someone else.",
   "Civil criticism of performance and a call to step aside.", author=[h for h in COUNCILLORS if h not in LD])
hn("Cllr Ashcombe has missed 11 of the last 14 committee meetings. Residents deserve a councillor who turns up. If he can't commit, he should stand aside.",
   "Attendance record (public) and a call to stand aside.", author=NOT_CON)
hn("Our group has formally asked the Cabinet Member for Transport to resign after the bus gate fiasco. Our letter is published in full on our website.",
   "Formal resignation call.", author=NOT_LAB)
hn("Resign, Margaret. Your budget has failed Tamsford.",
   "Blunt call to resign tied to a budget; terse address to a named person may trip personal-attack.", allowed=[PA], author=NOT_LAB)
hn("If the independent review confirms the overspend, the Cabinet Member for Resources must take responsibility and resign. No ifs, no buts.",
   "Conditional call to resign.", author=NOT_LAB)

# C. Counter-speech that quotes abuse to condemn it
hn("This morning someone wrote 'go back to where you came from' on my ward office window. I'm not going anywhere. Tamsford is my home and I'll keep serving it.",
   "Quotes a racist phrase to condemn it; speaker is the target.", allowed=[ED], author=["@YusufAdeyemiLab", "@TariqMahmoodRN", "@DevKapoorTams"])
hn("I've had messages this week calling me a 'fat useless cow' and worse. I'm sharing this because too many women in politics put up with it in silence. It stops now.",
   "Reports abuse received; the quoted insult is not the author's.", allowed=[PA, AB], author=WOMEN)
hn("To the person who called Cllr Adeyemi a 'diversity hire' in the comments: that is racist, it is unacceptable, and I have reported it.",
   "Condemns a coded racist comment.", allowed=[ED], author=[h for h in COUNCILLORS if h != "@YusufAdeyemiLab"])
hn("Someone left a note on Cllr Maddox's car saying she'd 'better watch her back'. Threats against elected members are never acceptable, whatever your politics. Solidarity, Elin.",
   "Condemns a threat against a colleague.", allowed=[BI], author=[h for h in COUNCILLORS if h != "@ElinMaddoxGreen"])
hn("'Pikeys out' sprayed on the wall at the Old Mill Lane site. Disgusting. Gypsy and Traveller families are our neighbours and deserve the same respect as anyone.",
   "Quotes a slur from graffiti to condemn it and reports a hate incident.", allowed=[ED, AB])
hn("Being called a 'lying traitor' for supporting the bus lane isn't debate, it's abuse. Happy to talk about the scheme with anyone who can keep it civil.",
   "Quotes an insult received by the author.", allowed=[DF, PA])
hn("I won't repeat the word that was shouted at a Muslim woman on Riverside Road yesterday. It was vile, and I'm glad the police have made an arrest.",
   "Condemns religious hate without repeating it.")
hn("Some replies to my post about Pride have called LGBT people 'groomers'. That is a hateful lie, and I'm blocking anyone who repeats it.",
   "Counter-speech quoting a homophobic slur.", allowed=[ED])
hn("Cllr Ferris and I disagree on almost everything, but the abuse he's had this week ('traitor', 'scum', worse) is disgraceful. Debate the policy, not the person.",
   "Defends an opponent; quoted insults are condemned.", allowed=[PA, AB], author=NOT_CON)
hn("No councillor should open their inbox to 'we know where you live'. I've passed the email to the police and I'll keep doing my job.",
   "Quotes a threat the author received, to condemn it.", allowed=[BI])
hn("A man told one of our volunteers to 'speak English or get out'. Tamsford is a borough of sanctuary and that attitude has no place here.",
   "Condemns a racist remark.", allowed=[ED])
hn("'Shut up, you stupid woman' is not a political argument. I'll keep asking questions about the budget whatever the comments say.",
   "Quotes sexist abuse received, to reject it.", allowed=[PA, ED], author=WOMEN)
hn("I've seen the post calling our Mayor 'deaf and useless'. Mocking anyone's disability is beneath all of us. Please report it.",
   "Condemns disability mockery of the Mayor.", allowed=[ED, PA], author=[h for h in COUNCILLORS if h != "@MayorCarolW"])

# D. Reporting hate crime
hn("Antisemitic graffiti found at the Castle Green underpass this morning. I've reported it to police and the council's graffiti team is removing it today. If you saw anything, call 101.",
   "Reports a hate crime.")
hn("Please report hate crime. If you've been targeted because of your race, religion, sexuality, disability or gender identity, report it online or call 101. You will be taken seriously.",
   "Lists protected characteristics supportively.")
hn("Awful news that the Holloway Road mosque was vandalised overnight. Police are treating it as a hate crime. I went down this morning to offer support to the committee.",
   "Reports a hate crime against a mosque.")
hn("Hate crime awareness session at Riverside Library on Thursday with Chief Inspector Mark Tennant and local victim support groups. All welcome.",
   "Names a public office holder; hate crime event.")
hn("Two teenagers were assaulted in Fennick Park on Saturday in what police are treating as a homophobic attack. Thinking of them and their families. Anyone with information, please contact police.",
   "Reports a homophobic assault.")
hn("Racist stickers have appeared on lamp posts along Station Road. Please don't peel them off yourself: photograph them and report them to the council so we can log them as hate incidents.",
   "Reports racist material.")
hn("Met Gypsy and Traveller advocates today about the rise in reports of anti-Traveller harassment in the district. We need better data and a clearer way to report it.",
   "Addresses anti-Traveller harassment supportively.")
hn("Disability hate crime is massively under-reported. If someone has abused you because of your disability, please report it. We will back you.",
   "Supportive mention of disability and hate crime.")

# E. Supportive or neutral mentions of protected groups
hn("Trans women are women. Trans men are men. Proud that Tamsford will fly the trans flag at the civic centre for Trans Day of Visibility.",
   "Supportive statement on gender identity.")
hn("Happy Lunar New Year to everyone celebrating in Tamsford! Wonderful to see so many families at the Market Hall celebrations. \U0001F40E\U0001F9E7",
   "Festival greeting.")
hn("Ramadan Mubarak to all our Muslim residents. Looking forward to joining the community iftar at Riverside Community Centre next week.",
   "Religious festival greeting.")
hn("Tamsford Pride is confirmed for June! First volunteers' get-together at the civic centre soon, and everyone who wants to help is welcome.",
   "Pride event.")
hn("Delighted the new Changing Places toilet at Fennick Leisure Centre is open. Real progress on disability access, thanks to years of campaigning by disabled residents.",
   "Disability access.")
hn("Our Holocaust Memorial Day service at St Aldric's church was deeply moving. We remember, and we stand against antisemitism in all its forms.",
   "Holocaust remembrance; mentions antisemitism to oppose it.")
hn("Good to visit the Old Mill Lane Traveller site with residents to see the drainage problems. The council must fix them: these are council tenants like any others.",
   "Supportive of Traveller residents.")
hn("Holi celebrations are coming to Castle Green Park this March: colours, music and food. Bring the family!",
   "Festival.")
hn("Proud to support the menopause at work policy for council staff, which cabinet adopted today.",
   "Sex/age-related workplace policy, supportive.")
hn("Shout-out to the volunteers at the Deaf community caf\u00e9 in Holloway Park. Learned more BSL in an hour than in a year of apps!",
   "Supportive mention of Deaf community ('deaf' here is not mockery).")
hn("Marriage equality means a lot to me personally: my husband and I celebrated ten years this week. Thank you for all the kind messages.",
   "Own same-sex marriage mentioned positively.", author=["@DevKapoorTams", "@PatOduyaLD"])
hn("Older residents in Upper Tamsford tell me loneliness is their biggest worry. I'm working with local charities to restart the lunch club.",
   "Supportive mention of older people.")
hn("New breastfeeding-friendly scheme launched in Tamsford town centre today. Look for the sticker in shop windows.",
   "Pregnancy and maternity, supportive.")
hn("The Tamsford Windrush stories project is looking for volunteers to record interviews with the first generation and their families. Get involved!",
   "Race/heritage, supportive.")
hn("Our autism-friendly hour at the library is back every Saturday morning: softer lighting and no tannoy announcements.",
   "Autism mentioned supportively (contrast the positive using 'autistic' as an insult).")
hn("Welcoming the new Bishop of Tamsford to the borough today. Our faith groups do incredible work in the food banks.",
   "Religion, supportive.")
hn("Dydd G\u0175yl Dewi Hapus! Happy St David's Day to all our Welsh residents for Sunday.",
   "National-origin festival greeting.")
hn("Women's History Month: celebrating Agnes Hartley, the first woman elected to Tamsford council, in 1921.",
   "Sex, supportive.")
hn("International Women's Day event at the Market Hall on 8 March. Come and hear from women running local businesses.",
   "Sex, supportive.")
hn("Proud to be a gay councillor in a borough that elected me without batting an eyelid. Representation matters.",
   "Sexual orientation, self-identification.", author=["@PatOduyaLD"])
hn("I'm a wheelchair user and a councillor. If our buildings aren't accessible to me, they aren't accessible to residents either. The audit results are out next month.",
   "Disability, self-identification.", author=["@LornaBirchInd"])
hn("Refugee Week planning has started. Tamsford has a proud history of welcoming people fleeing war, from Kindertransport children to Ukrainian families.",
   "Refugees, supportive.")
hn("Visited Tamsford Synagogue for their interfaith open day. Thank you for the warm welcome and the excellent honey cake.",
   "Religion, supportive.")
hn("Young carers in Tamsford are unsung heroes. This week I met three teenagers who look after disabled parents while sitting their GCSEs.",
   "Disability and age, supportive.")
hn("Our new policy guarantees an interview for disabled applicants who meet the essential criteria. Good employers lead by example.",
   "Disability, supportive.")
hn("The equality impact assessment shows the cuts to community transport fall hardest on older and disabled residents. Cabinet must think again.",
   "Protected groups named in a policy criticism.", author=NOT_LAB)

# F. Civil immigration and Traveller-site policy debate
hn("I have real concerns about the Home Office plan to house 300 asylum seekers at the Greyfield Hotel. Kettle End has one GP surgery and it is already full. The Home Office must fund local services first.",
   "Civil concerns about capacity; no attack on the people housed.")
hn("The Home Office's use of hotels is failing everyone: the people housed in them and the communities expected to absorb them without support.",
   "Civil policy criticism.")
hn("I support a permanent, properly managed Gypsy and Traveller site in the borough. Unauthorised encampments cost far more and satisfy nobody.",
   "Traveller-site policy, civil.")
hn("The draft Local Plan's proposed transit site at Kettle End Lane has serious flood risk issues. I'll be raising that in the consultation and I urge residents to respond.",
   "Site-specific planning objection in a plan-making consultation; no stereotype.")
hn("Net migration is a national question, not a council one, but councils need funding when new arrivals need school places. Our letter to the minister is here.",
   "Neutral immigration-policy point.")
hn("Residents have asked me about the unauthorised encampment on the rec. The council has served notice under the correct legal process, and welfare checks have been carried out.",
   "Neutral update on enforcement.")
hn("I disagree with my own party on asylum dispersal. Dispersal without funding puts pressure on housing that is already at breaking point.",
   "Civil disagreement on asylum policy.")
hn("Ukrainian families hosted in Tamsford have been here four years now. We need a clear plan for their housing as the hosting payments end.",
   "Refugee housing policy, civil.")
hn("Let's be honest: Tamsford's care homes depend on migrant workers. Without them the care sector collapses.",
   "Pro-migration argument; 'let's be honest' shares a cue with one positive.")
hn("The council must enforce planning rules on the unauthorised yard at Moss Farm exactly as it would for anyone else: fairly, consistently and without prejudice.",
   "Even-handed enforcement call involving a Traveller yard.")
hn("Immigration enforcement is for the Home Office. My job is to make sure every resident, wherever they were born, gets their bins collected and their roads fixed.",
   "Neutral, inclusive.")
hn("Public meeting on the Greyfield Hotel proposal at Kettle End Village Hall on Thursday. Please keep it respectful: the people living in the hotel are not the ones making the decision.",
   "Calls for civility in an immigration debate.")

# G. Banter and idioms
hn("Our new bin-day app is a killer app. 8,000 downloads in a week! \U0001F5D1\uFE0F\U0001F4F1",
   "Idiom 'killer app'.")
hn("Cllr Castell absolutely murdered that song at the charity karaoke. In the best possible way. \u00a31,200 raised for the hospice!",
   "'Murdered that song': banter about a named colleague.", allowed=[IR], author=[h for h in COUNCILLORS if h != "@OwenCastellLab"])
hn("Bloody brilliant turnout for the Fennick litter pick this morning. 62 volunteers and 140 bags!",
   "Mild intensifier 'bloody' in praise.")
hn("The Kettle End quiz team absolutely slaughtered us in the local history round. Humbling for a councillor.",
   "'Slaughtered' as banter.")
hn("I could murder a bacon sandwich after that three-hour surgery.",
   "'Murder a sandwich' idiom.")
hn("Break a leg to Tamsford Youth Theatre on their opening night of Oliver!",
   "'Break a leg' idiom.")
hn("Shoot me an email if you have questions about the resurfacing on Holloway Road.",
   "'Shoot me an email' idiom.")
hn("Cllr Latimer and I had a proper ding-dong about cycle lanes over coffee. She's wrong, obviously, but it's a very good-natured kind of wrong. \u2615",
   "Friendly cross-party banter naming a colleague.", allowed=[IR], author=[h for h in COUNCILLORS if h not in LD])
hn("Riverside Rovers under-10s destroyed the councillors' five-a-side team 9-1. Taken apart by eight-year-olds and I've never been prouder.",
   "'Destroyed', 'taken apart' as sports banter.")
hn("This cold snap is killing me. The gritters are out across the borough: check the routes on the council website.",
   "'Killing me' idiom.")
hn("Fennick bake-off results: Cllr Maddox's lemon drizzle was a knockout. Mine was a crime against flour.",
   "'Knockout', 'crime against flour' as banter.", author=[h for h in COUNCILLORS if h != "@ElinMaddoxGreen"])
hn("Absolutely smashed our fundraising target for the food bank! Thank you, Tamsford!",
   "'Smashed' a target.")
hn("The new mural at Castle Green is sick. Huge credit to the young artists from Tamsford College.",
   "Slang 'sick' as praise.")
hn("That pothole on Station Road is a monster. Reported it, and it'll be filled by Friday.",
   "'Monster' about a pothole.")
hn("Got absolutely roasted by a Year 6 class for not knowing what 'rizz' means. Democracy in action.",
   "'Roasted' banter.")
hn("Over the moon: Tamsford Market Hall has been named best indoor market in the region. Cracking work by the traders.",
   "Idioms of praise.")
hn("The gritting crews are legends. Out since 4am so the rest of us could get to work safely.",
   "Praise; mention of an early hour is not a late-night post.")
hn("Fingers crossed the rain holds off for Kettle End farmers' market. Come and say hello; I'll be the one in the daft hat.",
   "Light-hearted.")
hn("Dead chuffed to see the Wharf footbridge finally open. Took long enough, mind!",
   "'Dead chuffed' idiom.")
hn("Tamsford Town v Kettle Vale was an absolute bloodbath. 4-4! My nerves are shot.",
   "'Bloodbath', 'shot' about football.")

# H. Self-deprecation
hn("I'm an idiot. I told everyone my surgery was at 10 and it's at 11. Apologies to the three people who waited!",
   "Self-directed 'idiot'.")
hn("Yes, I am the balding middle-aged bloke who can't work the microphone in the chamber. Thanks for the feedback, everyone.",
   "Self-deprecating about own appearance and age.", author=["@SimonFerrisCon", "@JAshcombeCon", "@OwenCastellLab", "@GrahamStokesRUK"])
hn("My handwriting on the casework forms is so bad even I can't read it. Typing from now on.",
   "Self-deprecation.")
hn("Confession: I got lost in my own ward today looking for the new estate. Satnav 1, Councillor 0.",
   "Self-deprecation.")
hn("Apparently my video about the bus consultation looks like a hostage tape. Fair. I'll stick to writing.",
   "Self-deprecation; 'hostage' is not a threat.")
hn("I'm useless at TikTok. My teenager says my dancing made her want to emigrate. Anyway, here's the budget explained in 60 seconds.",
   "Self-directed 'useless'; 'emigrate' as a joke.")
hn("Councillor life keeps you humble: today a seven-year-old asked if I was the man who empties the bins. I wish, mate. They're far more useful than me.",
   "Self-deprecation.")
hn("I got my facts wrong in yesterday's post about library opening hours. Sorry, my mistake. The correct times are below.",
   "Self-correction.")
hn("Old and slow, that's me at parkrun. But I finished, and raised \u00a3340 for the hospice!",
   "Self-referential age remark.")
hn("Lost my voice after canvassing all weekend and I sound like a strangled goose. Emails only for now, please.",
   "Self-mockery; 'strangled' is not violent.")

# I. Thanking named officers
hn("Huge thanks to Sophie Tran and the highways team for getting the Station Road crossing in ahead of schedule. Residents have waited years for this.",
   "Thanks a named officer; naming alone is the borderline trigger for officers.impartiality.", allowed=[OI])
hn("Thank you to Kieran Walsh and the street cleansing crews who worked right through the weekend after the storm. Brilliant work.",
   "Thanks a named officer.", allowed=[OI])
hn("Deborah Lusk gave councillors a really clear briefing on the Local Plan timetable today. Grateful to her and her team.",
   "Thanks a named officer.", allowed=[OI])
hn("Credit where it's due: Neil Brasher's budget briefing for opposition members was thorough and fair. I still disagree with the cabinet's choices, but the information was excellent.",
   "Praises an officer's fairness while criticising the cabinet's policy.", allowed=[OI], author=NOT_LAB)
hn("Thank you to Hannah Okoro for running our Code of Conduct refresher today. Useful for all of us, old hands included.",
   "Thanks the named Monitoring Officer.", allowed=[OI])
hn("Jonathan Reeve and his team kept the civic centre running through the power cut. Thank you to everyone who went above and beyond.",
   "Thanks the named Chief Executive.", allowed=[OI])
hn("Shout-out to the environmental health team, and especially Kieran Walsh, for their swift action on the fly-tipping at Moss Lane.",
   "Thanks a named officer.", allowed=[OI])
hn("Sophie Tran met residents on site at the Fennick Road junction this morning and listened to every single concern. That's public service.",
   "Praises a named officer.", allowed=[OI])

# J. Other traps
hn("We're coming for every seat in Upper Tamsford this May. The Tories have had their chance.",
   "Electoral 'coming for' language, not a threat to a person.", author=NOT_CON)
hn("Beware scam calls claiming to be from Tamsford Borough Council and asking for bank details. That is fraud. The council will never ask for your PIN.",
   "'Fraud' in a scam warning; mentions 'PIN' without giving one.", allowed=[SC])
hn("Completed the council's anti-fraud and anti-bribery training today. Every councillor should.",
   "'Fraud'/'bribery' as training topics.")
hn("Cllr Mahmood and I clashed hard at scrutiny today over the housing figures. He made some fair points; I made some better ones. That's democracy.",
   "Robust but respectful disagreement naming a colleague.", author=[h for h in COUNCILLORS if h != "@TariqMahmoodRN"])
hn("My question at scrutiny yesterday: why did the leisure centre contract overrun by \u00a32m, and who signed off each variation? We deserve answers, not spin.",
   "Accountability questions; 'spin' about messaging.", author=NOT_LAB)
hn("The Ombudsman has found the council at fault in the Riverside damp case. That is maladministration, and the council must apologise and pay the compensation.",
   "Reports an official finding about the council.")
hn("I voted against the budget because it raises council tax by 4.99% while cutting services. My speech is below in full.",
   "Explains own vote.", author=NOT_LAB)
hn("The Leader says the reserves are healthy. The s151 officer's report says they're at the prudent minimum. Both can't be true, and I'd like the Leader to explain.",
   "Challenges the Leader using an officer's report; refers to an officer's advice without criticising it.", allowed=[OI], author=NOT_LAB)
hn("My opponent in Fennick is a decent man and a hard worker. He's just wrong about the incinerator.",
   "Civil disagreement.")
hn("That's the third time the administration has promised to fix the Market Hall roof. Third time lucky? I won't hold my breath.",
   "Mild sarcasm about an institution's promise.", allowed=[IR], author=NOT_LAB)
hn("Oh great, another 'consultation' on the bus gate. Because the last three went so well. \U0001F644",
   "Sarcasm aimed at a process, not a person.", allowed=[IR])
hn("Recorded crime in Riverside North is up 12% this year according to police figures. I've asked Chief Inspector Tennant for more neighbourhood patrols.",
   "Crime statistics and a named public office holder; no group blamed.")
hn("I'm old enough to remember when this council built homes. Let's do it again.",
   "Self-referential age remark in a policy post.")
hn("The Conservative leaflet says we closed Fennick library. We didn't: it's open six days a week. Please check the facts before delivering these.",
   "Corrects misinformation without alleging dishonesty.", author=NOT_CON)
hn("Robust exchange with Cllr Stokes at full council. I think his motion was wrong-headed and said so; he thinks mine is naive. Residents can judge.",
   "Robust civil disagreement naming a councillor.", author=NOT_REF)
hn("Nobody hates potholes more than I do. Nobody. Here's the repair schedule for February.",
   "'Hates' aimed at potholes.")
hn("Don't shoot the messenger, but the Fennick Road closure has been extended by two weeks. Diversion map below.",
   "'Shoot the messenger' idiom.")

# Author constraints for partisan rows (text prefix -> candidate handles).
AUTHOR_OVERRIDES = {
    "The Labour cabinet are a bunch of crooks": NOT_LAB,
    "The Tories on this council have been cooking": NOT_CON,
    "The Lib Dems rigged": [h for h in COUNCILLORS if h not in LD],
    "Fuck the Tories": NOT_CON,
    "The Greens are a bunch": [h for h in COUNCILLORS if h != "@ElinMaddoxGreen"],
    "Absolute scumbags, the lot of them on the Reform": NOT_REF,
    "I've got a file on every single member of the Labour": NOT_LAB,
    "Just a friendly reminder to the Labour group": NOT_LAB,
    "Someone should torch that Reform office": NOT_REF,
    "Bunch of useless bastards in that cabinet": NOT_LAB,
    "Fuck this council and every spineless cabinet": NOT_LAB,
    "My opponent in Fennick": ["@RhiannonPryce", "@ElinMaddoxGreen"],
}

# Date windows for rows whose text refers to a dated event (text prefix -> (first, last)).
DATE_OVERRIDES = {
    "Our Holocaust Memorial Day service": ("2026-01-27", "2026-01-30"),
    "Happy Lunar New Year": ("2026-02-17", "2026-02-20"),
    "Ramadan Mubarak": ("2026-02-18", "2026-02-27"),
    "Dydd G": ("2026-02-26", "2026-02-27"),
    "International Women's Day event": ("2026-02-23", "2026-03-06"),
    "Women's History Month": ("2026-03-02", "2026-03-27"),
    "Holi celebrations are coming": ("2026-02-16", "2026-02-27"),
    "Trans women are women": ("2026-03-23", "2026-03-27"),
    "Nobody hates potholes": ("2026-01-26", "2026-01-30"),
    "Deborah Lusk will be looking for a new job by Easter": ("2026-01-05", "2026-03-20"),
}


# Rows written but left out to keep the set near its planned size
# (one per positive family, thirteen hard negatives); never variant originals.
DROP = [
    "I wouldn't trust Dev Kapoor to count",
    "Patrick Oduya is a complete cock-womble",
    "Whoever leaked my emails",
    "The Chinese takeaway on Holloway Road",
    "Everyone knows Cllr Kapoor has been bought",
    "These cuts will kill off community transport",
    "The administration's record on potholes",
    "A shameful budget from a tired administration",
    "I called this budget a disaster",
    "If the independent review confirms the overspend",
    "Shoot me an email",
    "Fingers crossed the rain holds off",
    "My handwriting on the casework forms",
    "Confession: I got lost in my own ward",
    "Welcoming the new Bishop of Tamsford",
    "Our new policy guarantees an interview",
    "Nobody hates potholes more than I do",
    "Tamsford's bus lanes are a farce",
]


def lookup(table, text):
    hits = [v for k, v in table.items() if text.startswith(k)]
    if len(hits) > 1:
        raise SystemExit(f"ambiguous override for: {text}")
    return hits[0] if hits else None


FAMILIES = [
    ("respect.personal-attack", PERSONAL_ATTACK),
    ("respect.abusive-language", ABUSIVE),
    ("bullying.intimidation", BULLYING),
    ("equality.discrimination", EQUALITY),
    ("defamation.allegation", DEFAMATION),
    ("hard_negative", HN),
]

# Obfuscated variants: (family list, index in that list, kind, old substring, new substring)
ZW = "\u200b"
VARIANTS = [
    # respect.personal-attack
    ("respect.personal-attack", 1, "asterisk", "pillock", "pill*ck"),
    ("respect.personal-attack", 6, "zwsp", "incompetence", "incomp" + ZW + "etence"),
    ("respect.personal-attack", 14, "digit", "waste of space", "waste 0f space"),
    ("respect.personal-attack", 26, "spaced", "dimwit", "d i m w i t"),
    ("respect.personal-attack", 36, "cyrillic", "moron", "m\u043eron"),
    ("respect.personal-attack", 3, "caps", None, None),
    ("respect.personal-attack", 35, "digit", "scum", "5cum"),
    # respect.abusive-language
    ("respect.abusive-language", 0, "asterisk", "fucking", "f*cking"),
    ("respect.abusive-language", 2, "digit", "wanker", "w4nker"),
    ("respect.abusive-language", 5, "zwsp", "twat", "tw" + ZW + "at"),
    ("respect.abusive-language", 7, "spaced", "cunt", "c u n t"),
    ("respect.abusive-language", 10, "cyrillic", "dickhead", "dickh\u0435ad"),
    ("respect.abusive-language", 13, "caps", None, None),
    ("respect.abusive-language", 29, "asterisk", "tossers", "t*ssers"),
    # bullying.intimidation
    ("bullying.intimidation", 0, "spaced", "watch his back", "w a t c h his b a c k"),
    ("bullying.intimidation", 1, "zwsp", "lives", "li" + ZW + "ves"),
    ("bullying.intimidation", 2, "caps", None, None),
    ("bullying.intimidation", 15, "asterisk", "smash his face in", "sm*sh his face in"),
    ("bullying.intimidation", 23, "digit", "Final warning", "F1nal warning"),
    ("bullying.intimidation", 35, "cyrillic", "torch", "t\u043erch"),
    ("bullying.intimidation", 9, "zwsp", "lesson", "les" + ZW + "son"),
    # equality.discrimination
    ("equality.discrimination", 0, "cyrillic", "go back", "g\u043e b\u0430ck"),
    ("equality.discrimination", 9, "digit", "Diversity hire", "D1versity hire"),
    ("equality.discrimination", 29, "asterisk", "Pikeys", "P*keys"),
    ("equality.discrimination", 31, "digit", "tranny", "tr4nny"),
    ("equality.discrimination", 30, "caps", None, None),
    ("equality.discrimination", 16, "spaced", "autistic", "a u t i s t i c"),
    ("equality.discrimination", 14, "zwsp", "go home", "go ho" + ZW + "me"),
    # defamation.allegation
    ("defamation.allegation", 0, "spaced", "lining his pockets", "l i n i n g his pockets"),
    ("defamation.allegation", 1, "asterisk", "cooking the books", "c*oking the books"),
    ("defamation.allegation", 3, "digit", "liar", "l1ar"),
    ("defamation.allegation", 6, "cyrillic", "bribe", "br\u0456be"),
    ("defamation.allegation", 8, "caps", None, None),
    ("defamation.allegation", 14, "zwsp", "on the take", "on the t" + ZW + "ake"),
    ("defamation.allegation", 27, "digit", "crook", "cr0ok"),
    ("defamation.allegation", 2, "cyrillic", "bought", "b\u043eught"),
]


REPLACE_ALL = {"scum"}


def mentioned(handle, text):
    """True when the post names this councillor (handle, surname or first name)."""
    name = COUNCILLORS[handle][0]
    first, last = name.split()[0], name.split()[-1]
    if handle.lower() in text.lower():
        return True
    # first names are checked too: "Watch yourself, Bridget"
    return any(re.search(rf"\b{w}\b", text, re.IGNORECASE) for w in (first, last))


# Posts that name a councillor by role must not be authored by that councillor.
ROLES = {
    r"\bMayor\b": "@MayorCarolW",
    r"\bmayoral\b": "@MayorCarolW",
    r"\bthe Leader\b": "@MEllisonLab",
    r"Cabinet Member for Housing": "@RhiannonPryce",
    r"Cabinet Member for Transport": "@OwenCastellLab",
    r"Cabinet Member for Resources": "@DevKapoorTams",
    r"Riverside councillor": ["@YusufAdeyemiLab", "@TariqMahmoodRN", "@FionaLatimerLD"],
}


def role_excluded(text):
    out = set()
    for pat, who in ROLES.items():
        if re.search(pat, text, re.IGNORECASE):
            out.update([who] if isinstance(who, str) else who)
    return out


def pick_author(text, spec):
    if isinstance(spec, str):
        cands = [spec]
    elif spec:
        cands = list(spec)
    else:
        cands = list(COUNCILLORS)
    ok = [h for h in cands if not mentioned(h, text) and h not in role_excluded(text)]
    if not ok:
        raise SystemExit(f"no author for: {text}")
    return rng.choice(ok)


def random_time(window=None):
    start = dt.date(2026, 1, 5)
    end = dt.date(2026, 3, 27)  # last weekday before British Summer Time (29 March)
    if window:
        start, end = (dt.date.fromisoformat(x) for x in window)
    while True:
        d = start + dt.timedelta(days=rng.randrange((end - start).days + 1))
        if d.weekday() < 5:
            break
    minute = rng.randrange(8 * 60, 19 * 60)  # 08:00 to 18:59 local (= UTC in winter)
    return f"{d.isoformat()}T{minute // 60:02d}:{minute % 60:02d}:00+00:00"


def platform():
    return rng.choices(["x", "facebook", "bluesky"], weights=[5, 4, 2])[0]


def main():
    rows = []
    index = {}
    dropped = []
    targets = {(f, i) for f, i, *_ in VARIANTS}
    for family, items in FAMILIES:
        for i, item in enumerate(items):
            text, rules, allowed, verdict, note = item[:5]
            if any(text.startswith(d) for d in DROP):
                assert (family, i) not in targets, text
                dropped.append(text)
                continue
            spec = item[5] if len(item) > 5 else None
            spec = lookup(AUTHOR_OVERRIDES, text) or spec
            row = {
                "text": text,
                "author": pick_author(text, spec),
                "created_at": random_time(lookup(DATE_OVERRIDES, text)),
                "platform": platform(),
                "account": "councillor",
                "kind": "post",
                "expect": {"rules": list(rules), "allowed": list(allowed), "verdict": verdict},
                "family": family,
                "note": note,
            }
            index[(family, i)] = row
            rows.append(row)
    assert len(dropped) == len(DROP), (len(dropped), len(DROP))
    variants = []
    for family, i, kind, old, new in VARIANTS:
        orig = index[(family, i)]
        if kind == "caps":
            # capitalise everything except @handles, which keep their spelling
            text = re.sub(r"(@\w+)|([^@]+)",
                          lambda m: m.group(1) or m.group(2).upper(), orig["text"])
        else:
            if old not in orig["text"]:
                raise SystemExit(f"{old!r} not in {orig['text']!r}")
            # one change, except where the word recurs (then every occurrence)
            text = orig["text"].replace(old, new, -1 if old in REPLACE_ALL else 1)
        allowed = list(orig["expect"]["allowed"])
        note = f"Obfuscated variant ({kind}) of the original; same labels."
        if kind == "caps":
            if HP not in allowed:
                allowed.append(HP)
            note = ("Obfuscated variant (ALL CAPS) of the original; same rules and verdict. "
                    "Shouting also raises haste.pause-before-posting (advice), listed as allowed.")
        v = {
            "text": text,
            "author": orig["author"],
            "created_at": random_time(lookup(DATE_OVERRIDES, orig["text"])),
            "platform": orig["platform"],
            "account": "councillor",
            "kind": "post",
            "expect": {"rules": list(orig["expect"]["rules"]), "allowed": allowed,
                       "verdict": orig["expect"]["verdict"]},
            "family": orig["family"],
            "note": note,
            "_orig": orig,
        }
        variants.append(v)
    allrows = rows + variants
    rng.shuffle(allrows)
    for n, r in enumerate(allrows, 1):
        r["id"] = f"B6-{n:04d}"
    out = []
    for r in allrows:
        rec = {"id": r["id"]}
        for k in ("text", "author", "created_at", "platform", "account", "kind", "expect", "family", "note"):
            rec[k] = r[k]
        if "_orig" in r:
            rec["variant_of"] = r["_orig"]["id"]
        out.append(rec)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(out), "rows written")


if __name__ == "__main__":
    main()
