#!/usr/bin/env python3
"""Build blind evaluation set b28 (Harrowfleet District Council).

All rows below were written by hand for this set. The script only shuffles
them, assigns ids, authors, platforms and timestamps (fixed seed 2828), makes
the obfuscated variants, and writes posts.jsonl. Running it again produces
the same file.
"""
import json
import random
import re
from datetime import datetime, timedelta
from pathlib import Path

SEED = 2828
HERE = Path(__file__).resolve().parent

PA = "respect.personal-attack"
AL = "respect.abusive-language"
BI = "bullying.intimidation"
ED = "equality.discrimination"
DA = "defamation.allegation"
OI = "officers.impartiality"
IR = "tone.irony-risk"
DP = "data-protection.personal-data"
HA = "haste.pause-before-posting"
PD = "predetermination.closed-mind"
PI = "position.improper-advantage"
SC = "security.credentials"
CM = "capacity.mixed-account"

# lowest severity each rule can have (RULES.md); verdict defaults to the max of these
MIN_SEV = {PA: "review", AL: "review", BI: "block", ED: "block", DA: "review",
           OI: "review", IR: "advice", DP: "review", HA: "advice", PD: "review"}
ORDER = ["ok", "advice", "review", "block"]

ROWS = []


def row(family, text, rules, allowed=(), verdict=None, note="", key=None, date=None, author=None):
    rules = list(dict.fromkeys([family] + list(rules))) if family != "hard_negative" else list(rules)
    if verdict is None:
        verdict = "ok"
        for r in rules:
            if ORDER.index(MIN_SEV[r]) > ORDER.index(verdict):
                verdict = MIN_SEV[r]
    ROWS.append(dict(family=family, text=text, rules=rules, allowed=list(allowed),
                     verdict=verdict, note=note, key=key, date=date, author=author))


def hn(text, allowed=(), note="", date=None, author=None):
    row("hard_negative", text, [], allowed, "ok", note, None, date, author)


# ---------------------------------------------------------------- personal attack (36)
P = lambda text, rules=(), allowed=(), verdict=None, note="", key=None: row(PA, text, rules, allowed, verdict, note, key)
P("@DesHarrowby couldn't run a bath, never mind a £40m budget. Genuinely the dimmest man ever to sit in that chamber.",
  note="Insult at a named councillor (competence, 'dimmest man'); no swearing.", key="pa1")
P("Watching Cllr Stannard chair planning yesterday was like watching a pigeon play chess. Knocks the pieces over, then struts about like he's won.",
  note="Mockery of a named councillor's competence by simile (pigeon chess idiom).", key="pa2")
P("Gillian Penrose has the warmth of a car park in February and about half the brains.",
  note="Insult at a named councillor: cold and stupid, by comparison.", key="pa3")
P("Oh well done @LeeGribbleRUK, another speech without a single fact in it. Truly a towering intellect 👏👏",
  rules=[IR], note="Mock praise of an addressed @handle calling him stupid; irony-risk expected for mock praise.", key="pa4")
P("Someone needs to tell Trevor Mallinder that being loud isn't the same as being right. Pompous, bumbling old windbag.",
  allowed=[ED], note="Insult at a named councillor. 'old' is incidental; equality allowed only as a borderline age reading.", key="pa5")
P("Mark Tidswell, the planning officer who wrote that report, clearly hasn't the first clue what he's doing. Incompetent from start to finish.",
  rules=[OI], note="Insult at a named officer (competence) also criticises an officer in public.", key="pa6")
P("Kwame's idea of leadership is reading out whatever regional office emails him that morning. Spineless little puppet.",
  note="Insult at a councillor by first name: 'spineless little puppet'.", key="pa7")
P("Has anyone seen Cllr Pocklington do a day's work since 2023? Thought not. Lazy, useless, and very happy to collect the allowance.",
  allowed=[DA], note="Insult at a named councillor (lazy, useless). Drawing the allowance is lawful, so defamation is only allowed.", key="pa8")
P("@ImogenAshdownGrn you are a sanctimonious crank and the whole council rolls its eyes the second you stand up.",
  note="Direct insult at an addressed @handle.", key="pa9")
P("Marisa Delacourt looks like she got dressed in the dark at a church jumble sale. Might explain the policy ideas too.",
  note="Mockery of a named councillor's appearance, tied to her ideas.", key="pa10")
P("Cllr Verma: thick as two short planks, and somehow proud of it.",
  note="British idiom for stupid aimed at a named councillor.", key="pa11")
P("Ewan Thrower is a nasty, two-faced little weasel and Duckend deserves a lot better.",
  allowed=[DA], note="Insult at a named councillor; 'two-faced' hints at dishonesty, so defamation allowed.", key="pa12")
P("The Leader at scrutiny was embarrassing to watch. Rosalind Quayle is out of her depth in a puddle.",
  note="Mockery of a named councillor's competence (idiom 'out of her depth in a puddle').", key="pa13")
P("Bless @PatMorrowReform, he tried to read the budget book and gave himself a nosebleed. Not the sharpest tool in the box, our Pat.",
  allowed=[IR], note="Condescending mockery ('bless', 'not the sharpest tool') at an addressed @handle.", key="pa14")
P("Hannah Ostrowska is a clueless, vapid empty vessel who parrots whatever the Leader told her that morning.",
  note="Insult at a named councillor.", key="pa15")
P("Another masterclass in incompetence from Ade Olumide, our so-called finance director. A sixth former would have spotted that gap.",
  rules=[OI], allowed=[IR], note="Insult at a named officer (s151); 'masterclass' is sarcastic.", key="pa16")
P("Nobody's fooled by Farhan Qureshi's 'independent' act. Vain, preening attention-seeker who'd turn up to the opening of an envelope.",
  note="Insult at a named councillor (vanity), British idiom.", key="pa17")
P("Cllr Corrigan, honestly, you're a joke. A walking, talking punchline in a lanyard.",
  note="Insult addressed to a named councillor.", key="pa18")
P("If brains were dynamite, Oliver Stannard couldn't blow his hat off.",
  note="Old idiom calling a named councillor stupid; no insulting keyword.", key="pa19")
P("Dear Cllr Harrowby, the bus shelter on Mill Lane has more personality than you, and it's done more for Kettlemere.",
  note="Sarcastic put-down addressed to a named councillor.", key="pa20")
P("Lee Gribble is a pathetic little man with a pathetic little following. Grow up.",
  note="Plain insult at a named councillor.", key="pa21")
P("Catriona Welby should be nowhere near a planning department. Arrogant, dismissive and frankly useless.",
  rules=[OI], note="Insult at a named officer (Head of Planning).", key="pa22")
P("That was Gillian at her finest: smirking like the cat that got the cream, talking drivel, understanding none of it.",
  allowed=[IR], note="Mockery of a councillor by first name; 'at her finest' is ironic.", key="pa23")
P("Trevor's comb-over has had more thought put into it than his entire housing motion.",
  note="Mockery of a named councillor's appearance.", key="pa24")
P("@SanjayVermaLab mate, you are a parasite on the people of Fleetside. Never seen a more worthless excuse for a councillor.",
  verdict="block", note="Severe, dehumanising insult ('parasite', 'worthless excuse') at an addressed @handle: block.", key="pa25")
P("Wendy Pocklington is a vile, poisonous woman and I won't pretend otherwise to be polite.",
  allowed=[ED], note="Insult at a named councillor; 'woman' is incidental, equality allowed as borderline (sex).", key="pa26")
P("Our Chief Exec Jonathan Ryecroft: paid £140k a year to shrug and look gormless. What a clown.",
  rules=[OI], note="Insult at the named Chief Executive (an officer).", key="pa27")
P("Imagine being as dim as Kwame Asante-Blyth and still thinking you should lead anything. Couldn't lead a conga at a wedding.",
  note="Insult at a named councillor (stupid, incapable).", key="pa28")
P("Ah yes, Cllr Ostrowska, our resident genius. Truly we are blessed in Swaleby. 🙄",
  rules=[IR], note="Mock praise with eye-roll at a named councillor: personal attack by sarcasm, irony-risk expected.", key="pa29")
P("Nadia in comms clearly writes press releases with crayons. Childish drivel from a childish officer.",
  rules=[OI], note="Insult at an officer named by first name and role.", key="pa30")
P("Patrick Morrow is a human-shaped comments section. Ignorant, shouty and wrong about literally everything.",
  note="Insult at a named councillor.", key="pa31")
P("Rosalind Quayle is a cold, heartless careerist who'd sell her own ward for a seat at county hall.",
  note="Character attack on a named councillor; 'sell her ward' is metaphor, not an allegation.", key="pa32")
P("You're an embarrassment, @EwanThrowerLD. An absolute embarrassment. The whole chamber was cringing for you.",
  note="Humiliating insult at an addressed @handle; no threat.", key="pa33")
P("Every time Cllr Delacourt opens her mouth the average IQ in the room drops a few points. Bless her.",
  allowed=[IR], note="Insult at a named councillor (stupidity) with faux sympathy.", key="pa34")
P("Sophie Brenchley runs bin collections the way a toddler runs a tea party. Hopeless.",
  rules=[OI], note="Mockery of a named officer's competence.", key="pa35")
P("Cllr Mallinder, you're a dinosaur. A rude, ignorant dinosaur who should have retired when the sugar beet factory shut.",
  allowed=[ED], note="Insult at a named councillor; 'dinosaur ... should have retired' could read as an age jibe, so equality allowed.", key="pa36")

# ---------------------------------------------------------------- intimidation (30)
B = lambda text, rules=(), allowed=(), verdict=None, note="", key=None: row(BI, text, rules, allowed, verdict, note, key)
B("Word of advice to @FarhanQureshiInd: keep digging into my expenses and see what happens. I know plenty about you too.",
  allowed=[PA], note="Veiled threat and implied blackmail at an addressed @handle.", key="bi1")
B("I know where Cllr Thrower lives. Lovely little cul-de-sac behind the Co-op. Be a shame if people started turning up.",
  allowed=[DP, PA], note="'I know where you live' plus menacing hint; home location hinted, so data-protection allowed.", key="bi2")
B("Whoever put in that standards complaint about me: I will find out who you are, and you will regret it.",
  note="Threat against a complainant (code 8.3).", key="bi3")
B("Catriona Welby should think very carefully about what her report says on Thursday. Careers have ended over less.",
  rules=[OI], note="Veiled threat pressing a named officer to change her report.", key="bi4")
B("Lee Gribble had better watch himself. People round Oxney have long memories and short tempers.",
  note="Veiled threat at a named councillor.", key="bi5")
B("Nice car you've got, Cllr Penrose. Shame if it got keyed in the depot car park 😉",
  allowed=[IR], note="Menacing hint of property damage dressed as a wink.", key="bi6")
B("@MarisaDelacourt if you show your face at the Fleetside hustings you won't be walking out the same way you walked in.",
  allowed=[PA], note="Threat of violence at an addressed @handle.", key="bi7")
B("To the officer who passed my email to the Gazette: I'm coming for you. Your job, your pension, the lot.",
  allowed=[OI], note="Threat against an unnamed officer's livelihood.", key="bi8")
B("Keep voting against the Brinstow scheme, Ollie, and every resident will have your home address by the weekend. Your choice.",
  allowed=[DP], note="Pressure by threatening to expose a councillor's address.", key="bi9")
B("Kwame, a little bird tells me your daughter's at St Edmund's now. Small town, this. Everyone knows everyone.",
  allowed=[DP], note="Veiled threat invoking a councillor's child's school.", key="bi10")
B("Cllr Verma has until Friday to withdraw his motion or I go public with what I've got on him. Tick tock.",
  note="Blackmail-style pressure with deadline.", key="bi11")
B("If Ade Olumide signs off those cuts he should expect a visit. A proper one.",
  rules=[OI], note="Veiled threat of a 'visit' to a named officer over his decision.", key="bi12")
B("Somebody ought to give Trevor Mallinder a good hiding. I'd happily hold their coat.",
  note="Incitement to violence against a named councillor (British idiom).", key="bi13")
B("Witnesses in the standards hearing about me might want to remember that they live in this district too. Think on.",
  note="Threat against witnesses in proceedings (code 8.3).", key="bi14")
B("Imogen, you've crossed the wrong person this time. I don't forget and I don't forgive.",
  note="Menacing warning to a councillor.", key="bi15")
B("Wendy Pocklington thinks she's untouchable. She isn't. Nobody is. Just saying.",
  note="Veiled threat ('nobody is untouchable').", key="bi16")
B("Dear @HannahOstrowska, I'd keep the curtains shut this week if I were you. Lot of angry people in Swaleby.",
  note="Menacing hint at an addressed @handle.", key="bi17")
B("Rosalind Quayle will be dragged out of that Leader's office one way or another, and I'll be first in the queue to do the dragging.",
  allowed=[PA], note="Physical threat; 'one way or another' alone would be political, the second clause makes it personal.", key="bi18")
B("Deborah Inchley should drop the investigation into me now, while it's still her decision to make. Later it won't be.",
  rules=[OI], note="Pressure and veiled threat at the named Monitoring Officer over an investigation (8.3).", key="bi19")
B("I'd love five minutes alone with Desmond Harrowby in the car park. Just five. He wouldn't be smirking after.",
  note="Implied physical threat at a named councillor.", key="bi20")
B("Patrick, you publish that leaflet and I'll bury you. Politically and otherwise.",
  note="Threat; 'otherwise' turns a political idiom into menace.", key="bi21")
B("Bethan Corrigan's been asking questions about my business. Tell her to stop, or she'll find out how I deal with people who poke their noses in.",
  note="Intimidation of a named councillor to stop scrutiny.", key="bi22")
B("Every single person who signed that petition against me: I have the list. I've read every name. Remember that.",
  note="Intimidation of residents who signed a petition.", key="bi23")
B("Gareth Lomax, refuse my mate's licence one more time and see how long you last in that department.",
  rules=[OI], allowed=[PI], note="Threat to a named officer's job to change a licensing decision; improper advantage allowed.", key="bi24")
B("You want to humiliate me in committee, @SanjayVermaLab? Fine. I'll humiliate you on your own doorstep, in front of your family.",
  allowed=[PA], note="Threat of confrontation at a councillor's home.", key="bi25")
B("Cllr Gribble's ward office has an awful lot of glass at the front. Just an observation.",
  note="Veiled threat of damage ('just an observation').", key="bi26")
B("If Ollie Stannard turns up at the Brinstow residents' meeting he'd better bring a bodyguard. I'm not joking.",
  note="Threat of violence at a named councillor.", key="bi27")
B("Kwame Asante-Blyth had better hope the whips protect him, because nothing else will after what he said about me.",
  note="Veiled threat at a named councillor.", key="bi28")
B("Message to the councillor who reported me: you'll pay for this. Maybe not this month. But you will.",
  note="Threat of retaliation against a complainant.", key="bi29")
B("Jonathan Ryecroft, you have a lovely family. I'd hate for them to read what I'm about to publish. Call me.",
  rules=[OI], note="Blackmail-style threat to the named Chief Executive invoking his family.", key="bi30")

# ---------------------------------------------------------------- discrimination (41: 21 explicit, 20 coded)
E = lambda text, rules=(), allowed=(), verdict=None, note="", key=None: row(ED, text, rules, allowed, verdict, note, key)
E("Gypsies have no place in Kettlemere. Shut the site, move them on, and stop pretending they're part of our community.",
  note="[explicit; race (Gypsy/Traveller)] exclusion of an ethnic group.", key="ed1")
E("Muslims don't share our values and never will. Every new mosque is another step towards losing this country.",
  note="[explicit; religion] hostile generalisation about Muslims.", key="ed2")
E("Sorry but gay couples shouldn't be fostering. Children need normal homes with a mum and a dad.",
  note="[explicit; sexual orientation] denies gay couples equal treatment, calls them abnormal.", key="ed3")
E("Trans women are blokes in frocks, and Cllr Ashdown can put that in her pipe and smoke it.",
  allowed=[PA], note="[explicit; gender reassignment] denigrates trans women; the councillor is addressed, so PA only allowed.", key="ed4")
E("Women shouldn't be chairing planning. Too emotional, too easily swayed. Leave it to the men.",
  note="[explicit; sex] women unfit for a role.", key="ed5")
E("Putting disabled tenants in the new Brinstow flats will drag everyone's house prices down. Put them somewhere else.",
  note="[explicit; disability] segregation of disabled people.", key="ed6")
E("Eastern Europeans have ruined Harrowfleet market. Can't hear a word of English any more and half of them are on the fiddle.",
  allowed=[DA], note="[explicit; race/national origin] group denigration. 'on the fiddle' is at a group, not an identifiable person, so defamation only allowed.", key="ed7")
E("Cllr Qureshi should go back to where he came from. He doesn't understand this country and he never will.",
  rules=[PA], note="[explicit; race] 'go back where you came from' at a named councillor: discrimination and personal attack.", key="ed8")
E("Pregnant staff are a liability. If I ran this council I'd stop hiring women of 'that age' altogether.",
  note="[explicit; pregnancy and maternity, sex] discrimination in employment.", key="ed9")
E("Pensioners shouldn't get a vote on things they won't live to see. Raise the age limit at the other end too.",
  note="[explicit; age] would strip older people of the vote.", key="ed10")
E("Jews run the development industry round here, always have. Follow the money.",
  note="[explicit; religion/race] antisemitic conspiracy trope.", key="ed11")
E("The Sikh lads round Station Road are all the same, every one of them, aggressive and arrogant.",
  note="[explicit; religion/race] hostile generalisation about Sikhs.", key="ed12")
E("Black families moving into Fleetside is why crime's up. Everybody knows it, nobody dares say it.",
  note="[explicit; race] blames a racial group for crime.", key="ed13")
E("Bloody poofs on the council's Pride float again. Keep it out of my town.",
  rules=[AL], note="[explicit; sexual orientation] homophobic slur: discrimination and abusive language.", key="ed14")
E("Hannah Ostrowska is a Pole on a British council. Send her back to Warsaw and let her make decisions there.",
  rules=[PA], note="[explicit; race/national origin] at a named councillor for her origin.", key="ed15")
E("Retards shouldn't be given council tenancies on their own. They can't cope and the neighbours end up suffering.",
  rules=[AL], note="[explicit; disability] ableist slur and denial of housing.", key="ed16")
E("Cllr Delacourt only got selected because she married into the right Labour family. That's what wives are for in that party: decoration.",
  rules=[PA], allowed=[DA], note="[explicit; sex, marriage] demeans a named councillor as a wife; PA expected.", key="ed17")
E("People in civil partnerships shouldn't get the same housing priority as properly married couples. Simple as.",
  note="[explicit; marriage and civil partnership] unequal treatment of civil partners.", key="ed18")
E("Asylum seekers are animals. Lock the hotel doors and let them rot.",
  allowed=[AL, BI], note="[explicit; race/national origin] dehumanising; severe toxicity so abusive-language allowed.", key="ed19")
E("Catholics on the admissions panel can't be trusted to be fair. Priest first, law second.",
  note="[explicit; religion] Catholics unfit for public role.", key="ed20")
E("Whoever thought a deaf councillor could chair a debate needs their head testing. Pardon? PARDON?",
  allowed=[PA, HA], note="[explicit; disability] mocks a (colleague's) deafness; individual identifiable in context, PA allowed.", key="ed21")
# coded
E("Funny how the 'cultural centre' on Dock Street needs a prayer room and separate entrances. We all know what that is. Not in Harrowfleet.",
  note="[coded; religion] scare quotes and 'we all know' to oppose a Muslim facility.", key="ed22")
E("Lovely new estate in Brinstow. Shame about who'll end up in it once the housing list gets its way, if you catch my drift. Kettlemere doesn't need any more 'enrichment'.",
  note="[coded; race] dog whistle ('enrichment', 'catch my drift').", key="ed23")
E("Cllr Verma is very good at looking after 'his community'. Pity the rest of Fleetside isn't part of it.",
  rules=[PA], note="[coded; race/religion] implies a named councillor serves only his ethnic group.", key="ed24")
E("Caravans turn up, sheds get emptied. Every summer in Oxney. I'm just joining the dots.",
  note="[coded; race (Travellers)] implies Travellers are thieves without naming them.", key="ed25")
E("So Swaleby's Tory councillor is 'expecting' in May. That's the ward sorted then. Mind on nappies, not on potholes.",
  rules=[PA], note="[coded; pregnancy and maternity, sex] belittles an identifiable councillor (the only Conservative in Swaleby) for her pregnancy.", key="ed26")
E("Notice how our newest Green councillor goes very quiet whenever anyone mentions family values. Make of that what you will. 🏳️‍🌈🙄",
  rules=[PA], note="[coded; sexual orientation] insinuation about an identifiable councillor's sexuality.", key="ed27")
E("Marsh Lane mosque wants an extension. First the extension, then the loudspeakers, then the no-go signs. It's how it always goes.",
  note="[coded; religion] slippery-slope 'no-go zone' trope.", key="ed28")
E("Cllr Corrigan's lovely, but let's be honest, at her age the new planning system's a bit beyond her. Time for a nice rest, dear.",
  rules=[PA], allowed=[IR], note="[coded; age] patronising dismissal of a named councillor for her age.", key="ed29")
E("Apparently we all have to say 'she' about the new one in Licensing now. I'll call him what I like, ta.",
  rules=[PA], allowed=[OI], note="[coded; gender reassignment] deliberate misgendering of an identifiable officer.", key="ed30")
E("Kettlemere was a nice, quiet, white town once. Only saying what everyone over fifty is thinking.",
  note="[coded; race] nostalgia for a 'white town'.", key="ed31")
E("Labour's new candidate has a name nobody round here can pronounce. Says everything about who they think Harrowfleet belongs to now.",
  allowed=[PA], note="[coded; race] foreign-sounding name as proof of not belonging.", key="ed32")
E("Wheelchair users want every shop front ripped out for ramps. At some point they have to accept some places just aren't for them.",
  note="[coded; disability] excluding disabled people presented as common sense.", key="ed33")
E("We've hired a young mum as the new housing officer? Good luck getting her in on a Monday.",
  allowed=[PA, OI], note="[coded; maternity, sex] stereotype of a mother as unreliable.", key="ed34")
E("Funny how the 'globalist' money behind Stenning Homes always gets its way. Same old names, same old families.",
  allowed=[DA], note="[coded; religion/race] antisemitic 'globalist ... same old names' dog whistle.", key="ed35")
E("Interesting that Farhan is always 'unavailable' on a Friday lunchtime. Priorities, I suppose. Not Harrowfleet, anyway.",
  rules=[PA], note="[coded; religion] mocks a named councillor for attending Friday prayers.", key="ed36")
E("Another lady on the cabinet. Expect plenty of feelings and not many figures.",
  note="[coded; sex] women as emotional, not numerate.", key="ed37")
E("Pride parade's coming back to the seafront, so lock up your sons I suppose. 🙄 Not in front of the kids, please.",
  note="[coded; sexual orientation] 'grooming' trope.", key="ed38")
E("Youngsters on the council should be seen and not heard. Come back when you've paid off a mortgage, Ewan.",
  rules=[PA], note="[coded; age] dismisses a named councillor for his youth.", key="ed39")
E("Some of our newer residents from 'over there' need to learn how we queue, how we drive and how we put the bins out. Or go home.",
  note="[coded; race/national origin] 'over there' plus 'go home'.", key="ed40")
E("Funny, the Dock Street flats were fine until the council started filling them with 'families from the London boroughs', wink wink. We know what that means.",
  allowed=[IR], note="[coded; race] euphemism and 'wink wink' for an ethnic group.", key="ed41")

# ---------------------------------------------------------------- defamation (31)
D = lambda text, rules=(), allowed=(), verdict=None, note="", key=None: row(DA, text, rules, allowed, verdict, note, key)
D("Desmond Harrowby took a backhander from Stenning Homes to get Brinstow Fields through. Everyone in that cabinet knows it.",
  verdict="block", allowed=[PA], note="Bribery stated as fact about a named councillor: block.", key="da1")
D("Cllr Stannard is on the take. Simple as that.",
  note="Idiom for corruption stated as fact: review.", key="da2")
D("Rosalind Quayle has been fiddling her mileage claims for three years straight.",
  verdict="block", note="Expenses fraud stated as fact with detail: block (arguably review as idiom).", key="da3")
D("Lee Gribble is a liar. He lied to residents about the bus route and he lied to the chamber.",
  rules=[PA], note="'X is a liar' stated as fact: defamation and personal attack, review.", key="da4")
D("Gillian Penrose was bought, lock, stock and barrel, by the Marshway Waste lobby.",
  note="'bought' idiom for corruption: review.", key="da5")
D("Funny how Trevor Mallinder's nephew got the grounds maintenance contract without a tender. Jobs for the boys, brown envelopes all round.",
  verdict="block", note="Nepotism plus 'brown envelopes' (bribes) about a named councillor: block.", key="da6")
D("Kwame Asante-Blyth stole from the food bank collection. I've seen the figures.",
  verdict="block", note="Theft stated as fact: block.", key="da7")
D("Stenning Homes are crooks who've been defrauding their leaseholders for a decade.",
  verdict="block", note="Fraud alleged against an identifiable company: block.", key="da8")
D("Cllr Pocklington rigged the Duckend by-election. Postal votes from empty houses. Look it up.",
  verdict="block", note="Electoral fraud stated as fact: block.", key="da9")
D("Catriona Welby rewrote the officer recommendation after one phone call from the developer. Corrupt to the core.",
  rules=[OI], note="Corruption alleged against a named officer: review (arguably block).", key="da10")
D("The Leader's husband has a stake in the firm that won the leisure contract, and she never declared it. Draw your own conclusions.",
  note="Insinuated undeclared interest / misconduct about an identifiable person: review.", key="da11")
D("Everyone knows Patrick Morrow claims single person discount on a house his girlfriend lives in. Fraudster.",
  rules=[PA], verdict="block", allowed=[DP], note="Benefit/council tax fraud stated as fact plus 'fraudster' label: block.", key="da12")
D("Hannah Ostrowska is in the pocket of the Oxney landowners. Always has been.",
  note="'in the pocket of' idiom for corruption: review.", key="da13")
D("Coldharbour Leisure Trust is a money laundering front. The accounts don't add up and the council keeps bunging them cash.",
  verdict="block", note="Money laundering alleged against an identifiable organisation: block.", key="da14")
D("Ade Olumide cooked the books to hide the overspend before the election. That's not a mistake, that's deliberate.",
  rules=[OI], note="Deliberate false accounting alleged against a named officer: review (idiom 'cooked the books').", key="da15")
D("Ewan Thrower has had his hand in the till at the community centre for years. Ask where the hall hire money went.",
  verdict="block", note="Theft by idiom ('hand in the till') stated as fact: block.", key="da16")
D("Marisa Delacourt's CV is a work of fiction. She never practised as a solicitor, she made the whole thing up.",
  note="Dishonesty alleged as fact: review.", key="da17")
D("Cllr Verma's 'charity' is a vanity project that pays his brother-in-law a salary. It's a scam.",
  note="Misconduct/'scam' alleged about a named councillor's charity: review.", key="da18")
D("Imogen Ashdown faked her address to stand in Fleetside. She doesn't live here and never has.",
  verdict="block", note="False nomination (an electoral offence) stated as fact: block (arguably review).", key="da19")
D("Desmond's expenses are something else. Dinners, hotels, a 'research trip' to Lisbon. Fiddling on an industrial scale.",
  note="'fiddling' idiom for expenses abuse: review.", key="da20")
D("Ollie Stannard lines his pockets every time a planning application crosses his desk.",
  note="'lines his pockets' idiom for corruption: review.", key="da21")
D("Marshway Waste have been dumping the council's recycling in a quarry out at Oxney. They're criminals, pure and simple.",
  verdict="block", note="Environmental crime alleged against an identifiable company: block.", key="da22")
D("Gareth Lomax hands out taxi licences to whoever bungs him a few quid. Ask any driver on the rank.",
  rules=[OI], verdict="block", note="Bribery alleged against a named officer: block.", key="da23")
D("Farhan Qureshi is a conman. He's taken residents' money for 'legal fund' after 'legal fund' and nothing has ever been filed.",
  rules=[PA], verdict="block", note="Obtaining money by deception alleged; 'conman' label: block.", key="da24")
D("The Leader misled full council about the reserves, knowingly. She's a barefaced liar.",
  rules=[PA], note="Deliberate lying alleged at an identifiable person: review.", key="da25")
D("Bethan Corrigan's 'independent' residents' survey was made up. She wrote half the responses herself.",
  note="Fabrication alleged as fact: review.", key="da26")
D("Sanjay Verma is a bent councillor who trades votes for favours. Always has.",
  note="'bent' idiom for corrupt, stated as fact: review.", key="da27")
D("Wendy Pocklington got permission for her barn conversion because she sits on the committee. Abuse of office, plain and simple.",
  note="Misconduct in office alleged as fact: review.", key="da28")
D("Deborah Inchley buried the complaint against her mate in the cabinet. Monitoring Officer? Cover-up Officer, more like.",
  rules=[OI], allowed=[PA], note="Cover-up alleged against the named Monitoring Officer: review.", key="da29")
D("Cllr Gribble was done for drink driving in 2019 and lied about it on his selection form.",
  verdict="block", allowed=[DP], note="A conviction and a lie stated as fact about a named councillor: block.", key="da30")
D("Trevor Mallinder's been taking cash in hand from the market traders for pitches. Every Saturday, regular as clockwork.",
  verdict="block", note="Bribery/corruption stated as fact with detail: block.", key="da31")

# ---------------------------------------------------------------- abusive language (26)
A = lambda text, rules=(), allowed=(), verdict=None, note="", key=None: row(AL, text, rules, allowed, verdict, note, key)
A("This fucking budget is a disgrace to every family in Harrowfleet.",
  note="Swearing aimed at a budget only: abusive language, no personal attack.", key="al1")
A("Desmond Harrowby is a prick. There, I said it.",
  rules=[PA], note="Obscene insult at a named councillor.", key="al2")
A("What a shitshow that full council was. Absolute clown car from start to finish.",
  allowed=[PA], note="Swearing about a meeting; 'clown car' is at members collectively, so PA allowed.", key="al3")
A("@LeeGribbleRUK piss off back to your telly comment slot, you absolute bellend.",
  rules=[PA], note="Obscene insult at an addressed @handle.", key="al4")
A("Cllr Quayle can shove her parking charges up her arse.",
  rules=[PA], note="Vulgar put-down aimed at a named councillor.", key="al5")
A("Fuck Marshway Waste and fuck the cabinet that signed their contract.",
  allowed=[PA], note="Obscenity at a company and the cabinet; PA only allowed (group, decision).", key="al6")
A("Ollie Stannard is a spineless little shit and he knows it.",
  rules=[PA], note="Obscene insult at a named councillor.", key="al7")
A("Bollocks. Total bollocks. Every word of the Leader's statement today was bollocks.",
  allowed=[PA, DA], note="Vulgar dismissal of a statement; near calling her a liar, so PA and defamation allowed.", key="al8")
A("Honestly, who the fuck signed off a bin strategy that collects once a month in summer?",
  allowed=[OI], note="Swearing at a decision; whoever signed it off could be an officer, so officers allowed.", key="al9")
A("Kwame is a twat. A smug, sanctimonious twat.",
  rules=[PA], note="Obscene insult at a councillor by first name.", key="al10")
A("Harrowfleet DC have made a right pig's ear of the harbour. Sort your shit out.",
  note="Swearing at the council as an organisation.", key="al11")
A("@MarisaDelacourt you're a cunt and everyone in your own group thinks so too.",
  rules=[PA], verdict="block", allowed=[ED], note="Severe obscenity at an addressed @handle: block. Gendered term, equality allowed.", key="al12")
A("Piss-taking parking fees, again. Bastards.",
  allowed=[PA], note="Swearing at fees and unspecified people (the council).", key="al13")
A("Cllr Morrow is a thick fucking idiot. No other words for it.",
  rules=[PA], note="Obscene insult at a named councillor.", key="al14")
A("Gillian Penrose wouldn't know a housing strategy if it shat on her doorstep.",
  rules=[PA], note="Vulgar mockery of a named councillor's competence.", key="al15")
A("Another year, another fucked-up consultation where nobody actually gets consulted. Brilliant work, Harrowfleet.",
  allowed=[IR], note="Swearing at a process; sarcastic praise of the council, irony allowed.", key="al16")
A("Trevor Mallinder can kiss my arse. Me and the whole of Oxney Drove.",
  rules=[PA], note="Vulgar put-down aimed at a named councillor.", key="al17")
A("Dickheads, the lot of them on the Reform benches.",
  rules=[PA], note="Obscene insult at an identifiable group of councillors.", key="al18")
A("The Local Plan is a steaming pile of crap and the cabinet damn well know it.",
  note="Mild vulgarity aimed at a plan: abusive language (mildest in set).", key="al19")
A("Sanjay Verma, you slimy bastard, you promised Fleetside that library.",
  rules=[PA], note="Obscene insult addressed to a named councillor.", key="al20")
A("Whoever designed the new Swaleby roundabout should have to drive round the bloody thing till they're sick. What a fucking mess.",
  allowed=[PA, OI], note="Swearing at a design; unnamed designer, so PA and officers allowed.", key="al21")
A("Imogen Ashdown is a stupid bitch who hasn't read a single committee paper all year.",
  rules=[PA], allowed=[ED], note="Obscene gendered insult at a named councillor; equality allowed (sex).", key="al22")
A("Screw the cabinet and screw their 'tough choices'. Pissing all over Duckend while they protect Kettlemere.",
  allowed=[PA], note="Vulgar language about the cabinet's decisions.", key="al23")
A("Ewan Thrower, you utter wanker. You voted to shut the Duckend lido and then posed for photos at it.",
  rules=[PA], note="Obscene insult addressed to a named councillor.", key="al24")
A("Fat useless lump, @DesHarrowby. Get your lardy arse off the cabinet and let someone with a pulse have a go.",
  rules=[PA], note="Vulgar mockery of an addressed @handle's body and competence.", key="al25")
A("Jonathan Ryecroft is a bullshitting pillock and every officer under him knows it.",
  rules=[PA, OI], allowed=[DA], note="Obscene insult at the named Chief Executive; 'bullshitting' nears an allegation of lying.", key="al26")

# ---------------------------------------------------------------- hard negatives A: robust but civil, idiom, counter-speech, banter (81)
hn("This budget should shame every member of the cabinet. A 9% rise in parking and not a penny for Duckend. Vote it down.",
   note="[criticism] harsh but aimed at a budget.")
hn("The Leader's housing strategy is a shambles. Three years, forty homes, not one of them at social rent.",
   note="[criticism] 'shambles' aimed at a strategy.")
hn("I've read the Brinstow Fields report twice and I think the recommendation is wrong. I'll set out why at committee and listen to the debate.",
   allowed=[OI, PD], note="[criticism] disagreement with a report, open mind stated.")
hn("Cllr Harrowby's figures simply don't add up. Where is the £2.1m for the harbour wall coming from? I've asked three times now.",
   note="[criticism] pointed question to a named councillor about figures.")
hn("The Conservative record on Harrowfleet's high street is dismal and they know it. Empty units up 30% since 2022.",
   note="[criticism] party record.")
hn("Labour's alternative budget is fantasy economics. Lovely leaflet, no costings.",
   note="[criticism] party policy.")
hn("What was shouted at me outside the library today: 'go back to Pakistan, you p***'. I've reported it to the police. I won't be quiet about it and it has no place in our district.",
   allowed=[ED, AL], note="[counter-speech] quotes a racist slur (masked) to condemn it; councillor's own experience.", author="@FarhanQureshiInd")
hn("Someone has sprayed 'Gribble is scum' on the Mill Lane underpass. I disagree with Lee on almost everything, but that's not okay. The council's cleaning it off today.",
   allowed=[PA], note="[counter-speech] quotes graffiti insulting a councillor to condemn it.")
hn("Absolutely murdered the karaoke at the Swaleby Lions quiz. Apologies to everyone within earshot 🎤😂",
   note="[idiom] 'murdered' a song.")
hn("Absolute scenes at Harrowfleet Town v Coldharbour! 3-2 in the 94th minute. Get in!!",
   note="[idiom] 'absolute scenes'.")
hn("The new waste app is a killer app, honestly. Booked my bulky collection in forty seconds. Well done, team.",
   note="[idiom] 'killer app'; praise.")
hn("Me at full council: confident. Me realising I'd brought last month's agenda: less so. Idiot. 🤦‍♀️",
   note="[self-deprecation] calls herself an idiot.")
hn("The Gazette reports a Harrowfleet man has been jailed for 18 months at Crown Court after admitting fraud. His victims were elderly residents in Swaleby. Please talk to older relatives about doorstep scams.",
   allowed=[DA], note="[news] conviction reported carefully, person not named.")
hn("Huge thanks to Sophie Brenchley and the street cleansing crews for clearing Dock Street after the storm. Out at 6am. Brilliant.",
   allowed=[OI], note="[thanks] named officer thanked.")
hn("@KwameAB_Labour you old rogue, you still owe me a pint from the quiz. Don't think I've forgotten 🍺",
   allowed=[PA, IR], note="[banter] friendly teasing between colleagues.")
hn("I'm not calling for anyone to resign. But the cabinet member for housing needs to come to Brinstow and explain why 300 families are still waiting.",
   note="[criticism] accountability demand without insult.")
hn("Voted against the car park sell-off today. It's a short-term fix that leaves the town centre worse off in ten years.",
   note="[criticism] vote explained.")
hn("The consultation was a farce. Two weeks, one drop-in, in a room with no ramp. We have to do better than this.",
   note="[criticism] process criticised.")
hn("Bloody brilliant turnout at the Kettlemere litter pick. Sixty volunteers, 140 bags. You lot are stars.",
   note="[idiom] mild 'bloody' in praise.")
hn("I've been called plenty on here this month. 'Traitor', 'muppet', worse. Water off a duck's back, but it's a reminder: play the ball, not the man.",
   allowed=[PA], note="[counter-speech] quotes insults received, to condemn them.")
hn("Cllr Stannard and I disagree about Brinstow Fields and we'll keep disagreeing, robustly, in the chamber. That's democracy.",
   note="[criticism] civil disagreement with a named councillor.")
hn("The Leader should be ashamed of how the children's centre closures were handled. No consultation, no plan, no apology.",
   note="[criticism] 'should be ashamed' about handling of a decision.")
hn("Long, tough planning committee. Whatever you think of the outcome, the officers' report was thorough and fair.",
   allowed=[OI], note="[thanks] praise of officers' report.")
hn("This is a killer of a reading list for the scrutiny review. 400 pages. Send coffee.",
   note="[idiom] 'killer' reading list.")
hn("I'll be honest, I'm rubbish at spreadsheets. But even I can see the harbour figures have a £600k hole in them.",
   note="[self-deprecation + criticism] aimed at figures.")
hn("Cracking result for Harrowfleet netball, they absolutely destroyed Coldharbour 41-12. Brutal. Loved it.",
   note="[idiom] 'destroyed', 'brutal' about sport.")
hn("Court update: a Fleetside landlord was fined £12,000 at the magistrates' court yesterday for running an unlicensed HMO, after a council prosecution. A good outcome for tenants.",
   allowed=[DA], note="[news] court outcome reported carefully, unnamed.")
hn("To whoever messaged to say I'll 'regret' standing against them: no, I won't. I've passed the message to the Monitoring Officer. Threats don't belong in local politics.",
   allowed=[BI], note="[counter-speech] quotes a threat received, to condemn it.")
hn("Reform's harbour motion is badly drafted, badly costed and badly timed. We'll vote it down.",
   note="[criticism] party motion.")
hn("Our Lib Dem friends want it both ways on the bypass. Pick a side, folks.",
   note="[criticism] party position, light.")
hn("Thank you Gareth Lomax and the licensing team for a really clear briefing on the new taxi policy. Plenty to chew on.",
   allowed=[OI], note="[thanks] named officer thanked.")
hn("The Green group's parking proposal is naive. It would push cars into the residential streets of Fleetside. Unworkable as drafted.",
   note="[criticism] 'naive' about a proposal, not people.")
hn("Ewan's beaten me at pool for the third week running. I'm a disgrace to the Duckend Arms. Rematch Friday.",
   note="[banter/self-deprecation].")
hn("If the cabinet thinks a 50% cut to the rural bus subsidy is 'efficiency', they've lost touch with every village in this district.",
   note="[criticism] cabinet decision, scare quotes.")
hn("Daylight robbery. £3.80 an hour to park at the hospital. I'll be raising it at scrutiny.",
   note="[idiom] 'daylight robbery' about a charge.")
hn("Stenning Homes have missed their affordable housing commitment at Brinstow. The council must enforce the section 106 agreement in full.",
   allowed=[DA], note="[criticism] factual criticism of a company, no crime alleged.")
hn("Trevor and I have been sparring in that chamber for twelve years. Infuriating, stubborn and wrong about the harbour. Happy retirement, you old so-and-so. The place won't be the same.",
   allowed=[PA, ED], note="[banter] affectionate send-off; 'old so-and-so' friendly.")
hn("A reminder after some nasty posts this week: calling a colleague 'thick' or 'useless' isn't debate. Argue with the policy.",
   allowed=[PA], note="[counter-speech] quotes insults to condemn them.")
hn("Not my finest hour: I called the harbour master 'Dave' for an entire meeting. His name is Derek. Sorry, Derek.",
   note="[self-deprecation].")
hn("The audit committee's report is damning. Weak controls, late accounts and an overspend the cabinet missed. Questions must be answered.",
   note="[criticism] 'damning' about a report's findings.")
hn("We're coming for every seat in Kettlemere in May. Every door, every street. Watch this space.",
   allowed=[BI], note="[campaign idiom] 'coming for' seats.")
hn("Scam warning: fraudsters are phoning residents pretending to be the council and asking for card details. We will never ask for your PIN. Hang up and ring the number on your council tax bill.",
   allowed=[SC, DA], note="[warning] 'fraudsters' and 'PIN' in a scam alert.")
hn("Two Harrowfleet councillors were convicted of corruption over the harbour land deal back in 1994. That history is exactly why our transparency rules matter.",
   allowed=[DA], note="[history] matter of public record, no one named.")
hn("This decision is idiotic. Closing Swaleby library a year after refurbishing it is idiotic. Please reconsider.",
   note="[criticism] 'idiotic' aimed at a decision.")
hn("Cllr Quayle, with respect, you are wrong on this. The figures your own officers produced show the opposite.",
   note="[criticism] civil disagreement addressed to a named councillor.")
hn("Proper knackered after a 14-hour day of casework but what a day. Three housing cases sorted. Nap time.",
   allowed=[HA], note="[self] tiredness mentioned; haste allowed.")
hn("The Monitoring Officer has cleared Cllr Penrose of any breach over the Marshway contract. I accept that finding and so should everyone else.",
   allowed=[DA, OI], note="[news] reports a cleared complaint.")
hn("Absolutely gutted to lose the vote on the lido. We fought hard. We'll fight again.",
   note="[self] political defeat.")
hn("Leaflet correction: the Labour leaflet says we cut the youth service by 40%. It was 12%, and it's in the budget book on page 62. Happy to show anyone.",
   allowed=[DA], note="[criticism] correction without calling anyone a liar.")
hn("The council's response to the flooding was too slow, too centralised and too late for the people of Oxney Drove. I want a full review.",
   note="[criticism] council response.")
hn("Being a councillor means being told off in the supermarket about potholes. Fair enough. Fix the potholes.",
   note="[self-deprecation].")
hn("Gillian's housing speech was the best I've heard from the Tory benches in years. Still disagree with half of it. Credit where due.",
   note="[praise] of an opponent.")
hn("'You're going down' chants from the Oxney end at the darts final. Harsh but fair: my doubles partner was dreadful (it was me).",
   note="[banter/self-deprecation].")
hn("Glad the CPS has confirmed no charges will be brought after the Coldharbour Leisure Trust inquiry. Now let's fix the governance.",
   allowed=[DA], note="[news] reports no charges.")
hn("Cheers Ade Olumide for the patient walkthrough of the medium-term financial strategy. If every finance briefing were that clear I'd never complain again.",
   allowed=[OI], note="[thanks] named officer thanked.")
hn("The harbour regeneration has been a disaster from start to finish, and the cabinet member should ask himself whether he's the right person to lead it.",
   allowed=[PA], note="[criticism] record-based call to reconsider, civil.")
hn("The dog ate my committee papers. Not a metaphor. Actual dog. Actual papers. 🐶📄",
   note="[self-deprecation].")
hn("Someone asked why I didn't reply to a message calling me a 'lying traitor'. I don't engage with abuse. Happy to talk about the bypass with anyone who'll do it civilly.",
   allowed=[PA, DA], note="[counter-speech] quotes abuse received.")
hn("The way this council treats its agency staff is a scandal. Same work, worse terms, no sick pay.",
   note="[criticism] 'scandal' about employment practice.")
hn("Six hours of the Local Plan examination today. Honestly could have killed for a biscuit.",
   note="[idiom] 'killed for a biscuit'.")
hn("The new cycle lane on Mill Lane is a death trap as designed. Please pause it and redesign the junction.",
   note="[criticism] 'death trap' about a design.")
hn("Kwame's motion is well meant but badly thought through. I'll propose an amendment rather than vote against.",
   note="[criticism] civil.")
hn("Fair play to Cllr Gribble for turning up to the flood meeting in wellies and shifting sandbags. We disagree on plenty. Not on that.",
   note="[praise] of an opponent.")
hn("What a car crash of a press release from the cabinet. Three errors in the first paragraph. Who signs these off?",
   allowed=[OI], note="[criticism] 'car crash' idiom about a press release.")
hn("Council tax up again, services down again. This administration has run out of ideas and it should admit it.",
   note="[criticism] administration's record.")
hn("Shout-out to my opponent in Swaleby, Bethan, for a clean, fair campaign. We'll both be knocking doors in the rain for weeks. Bring it on.",
   note="[banter] friendly rivalry.")
hn("The Gazette reports that a man has been charged with criminal damage at Harrowfleet Town Hall. As the case is now before the courts I won't comment further.",
   note="[news] charge reported carefully.")
hn("Our group will table a vote of no confidence in the Leader over the children's centres. This is about her record, not about her as a person.",
   allowed=[PA], note="[criticism] no confidence motion on the record.")
hn("The Fleetside lads absolutely slaughtered the Reform five-a-side team last night 😂 All in good fun, rematch on the 14th.",
   note="[idiom] 'slaughtered' about football.")
hn("I'm a terrible cook. My Burns Night haggis attempt nearly had the fire brigade round. Long live the chip shop.",
   note="[self-deprecation]", date="2026-01-26")
hn("The harbour contract was awarded without a proper market test. That's a failure of process and I want the audit committee to look at it. I'm not suggesting anyone acted improperly.",
   allowed=[DA], note="[criticism] process failure with explicit disclaimer.")
hn("Honestly the Lib Dem leaflet is the funniest thing I've read all week. A '£4m saving' from a service we don't even run. Love you guys, but check your sums.",
   allowed=[IR], note="[banter/criticism] party leaflet.")
hn("Five years on the council and I still can't work the chamber microphones. Technophobe and proud.",
   note="[self-deprecation].")
hn("I know some people think I'm a soft touch on licensing. Fine. I'd rather be fair than popular.",
   note="[self].")
hn("The cabinet's record on potholes is indefensible. 4,100 reported, 900 fixed. Those are their own numbers.",
   note="[criticism] record with figures.")
hn("Blast from the past: my mum's photo of the 1987 Harrowfleet carnival. Mullets everywhere. Crimes against hair.",
   note="[idiom] 'crimes against hair'.")
hn("Thank you to Catriona Welby and the planning team for the pre-application surgery for Duckend residents. Clear, patient and helpful.",
   allowed=[OI], note="[thanks] named officer thanked.")
hn("The Reform flyer on 'council waste' is misleading. The £800k was a capital grant, not council tax. Read the papers before you print.",
   allowed=[DA], note="[criticism] 'misleading' flyer, no personal allegation.")
hn("Some people say I'm 'too posh' to represent Duckend. I grew up on the Marsh estate, so that one made me laugh.",
   note="[self] quotes a jibe about herself.")
hn("Robust session at scrutiny. The cabinet member for finance was pressed hard on reserves, and rightly so. The answers were thin.",
   note="[criticism] civil account of scrutiny.")
hn("Brilliant to see Jonathan Ryecroft out on the Duckend flood walk with residents. That's how to do it.",
   allowed=[OI], note="[thanks] named officer praised.")
hn("We got absolutely hammered in the Swaleby by-election. Fair play to the winners. Back to the drawing board.",
   note="[self] 'hammered' idiom.")

# ---------------------------------------------------------------- hard negatives B: protected groups mentioned without attack (61)
hn("Eid Mubarak to everyone celebrating in Harrowfleet and beyond. Thank you to Marsh Lane Mosque for such a warm welcome at iftar last week.",
   note="[religion] festival greeting.", date="2026-03-20")
hn("Proud to raise the Progress flag at the civic offices for LGBT+ History Month. Everyone belongs in Harrowfleet. 🏳️‍🌈",
   note="[sexual orientation, gender reassignment] support.", date="2026-02-02")
hn("We need more women in local politics. Only 5 of our 31 councillors are women. If you're thinking about standing, message me.",
   note="[sex] 'we need more X in politics'.")
hn("Holocaust Memorial Day. We remember the six million Jewish people murdered, and the Roma, disabled and gay people the Nazis persecuted. Never again.",
   note="[religion/race, disability, sexual orientation] remembrance.", date="2026-01-27")
hn("As a wheelchair user myself I can tell you the new lift at Harrowfleet station has changed my daily life. Thank you to everyone who campaigned for it.",
   note="[disability] councillor speaks of her own disability.", author="@WendyPockInd")
hn("Trans people in our district deserve to feel safe walking home. I've asked for better lighting on the Fleetside underpass.",
   note="[gender reassignment] 'deserve to feel safe'.")
hn("On the proposed Traveller transit site at Oxney: I've had 200 emails. Concerns about access and drainage are legitimate planning matters; concerns about who will use it are not. I'll be listening to the evidence.",
   allowed=[PD], note="[race (Travellers)] civil debate about a site, open mind.")
hn("Lunar New Year at the Dock Street community centre was wonderful. Thank you to the Harrowfleet Chinese Association for the dumplings 🥟🧧",
   note="[race] festival.", date="2026-02-18")
hn("From the council's equality report: 14% of Harrowfleet residents are disabled, but only 3% of council staff declare a disability. We have work to do.",
   note="[disability] statistics.")
hn("I'm gay, I've been a councillor for eight years, and the nastiest thing anyone has ever said to me was said in our own chamber. Things are better now. Not perfect. Better.",
   note="[sexual orientation] councillor speaks of own identity.", author="@EwanThrowerLD")
hn("Older residents in Kettlemere tell me they feel shut out by online-only services. Keep a phone line and a counter open. Not everyone lives on an app.",
   note="[age] advocacy.")
hn("A warm welcome to the families who've settled in Harrowfleet from Hong Kong on the BN(O) route. We're lucky to have you.",
   note="[race/national origin] welcome.")
hn("Maternity cover for councillors is still a mess across England. A colleague had to choose between her newborn and her casework. Let's fix it.",
   note="[pregnancy and maternity] advocacy.")
hn("Asylum hotel update: I met the Home Office today about the Cliff Road hotel. Residents' questions about GP capacity and transport are reasonable and I've put every one. People staying there deserve dignity; neighbours deserve answers.",
   note="[race/national origin] civil debate about a site.")
hn("Holi at the Harrowfleet Hindu Cultural Centre was a riot of colour. Still finding pink powder in my ears.",
   note="[religion] festival; 'riot' idiom.", date="2026-03-05")
hn("Young people want to be heard. Our youth council's sixteen-year-olds ran the best hustings I've seen in years.",
   note="[age] support.")
hn("Ramadan Mubarak to all our Muslim residents. The interfaith iftar is at the Town Hall on 5 March, all welcome.",
   note="[religion] greeting and invitation.", date="2026-02-19")
hn("Deaf residents tell me our online meetings have no captions. That's not good enough, and I've asked for BSL interpretation at full council.",
   note="[disability] advocacy.")
hn("Race hate incidents reported to Fenshire Police in our district rose 18% last year. Behind every number is a family who felt unsafe. Report it, always.",
   note="[race] crime statistics.")
hn("Happy St David's Day to the Welsh community in Harrowfleet! The cawl at the Welsh chapel was superb 🏴󠁧󠁢󠁷󠁬󠁳󠁿",
   note="[race/national origin] festival.", date="2026-03-02")
hn("Proud to support the Gurdwara's free community kitchen, open to everybody, every Sunday. Langar is the best of our town.",
   note="[religion] support.")
hn("Women deserve to walk home safely. Full stop. Street lighting on the Marsh estate must be restored.",
   note="[sex] 'deserve to feel safe'.")
hn("The Gypsy and Traveller Accommodation Assessment is out. We have a legal duty to meet identified need, and I'll be reading it carefully before committee.",
   note="[race] neutral mention of Gypsy and Traveller need.")
hn("As a Catholic I was grateful for December's ecumenical carol service, and I'm grateful for every faith group working with us on the food bank.",
   note="[religion] councillor's own faith.", author="@BethanCorriganLD")
hn("Congratulations to Marisa and her wife on ten years of civil partnership! 💍 A decade of putting up with each other.",
   note="[marriage and civil partnership, sexual orientation] congratulations, friendly.")
hn("Pregnant and on the council: yes, it's possible. Yes, I'm taking maternity leave. No, Swaleby won't be left uncovered. Thank you to the colleagues covering my casework.",
   note="[pregnancy and maternity] councillor's own pregnancy.", author="@HannahOstrowska")
hn("The new Windrush generation mural in Fleetside is stunning. Go and see it before the weather gets at it.",
   note="[race] celebration.")
hn("Kettlemere synagogue has asked for extra CCTV after antisemitic graffiti. I fully support the request and I condemn the graffiti without reservation.",
   note="[religion] support after a hate incident.")
hn("Polish Saturday school at St Mary's has 120 pupils now. Fantastic to see the Polish community in Harrowfleet thriving.",
   note="[race/national origin] support.")
hn("We need more disabled people sitting on council committees, not just being consulted by them. Nothing about us without us.",
   note="[disability] 'we need more X'.")
hn("I'm 78, the oldest member of this council, and I've no plans to retire while there's a pothole left in Oxney 👴",
   note="[age] councillor's own age.", author="@TrevMallinder")
hn("Great first planning meeting for Harrowfleet Pride 2026. Last year: a thousand people, zero incidents and the best dog show in Fenshire 🌈🐕",
   note="[sexual orientation] Pride.")
hn("The mosque application on Dock Street will be decided on its planning merits: parking, design, noise. Faith is not a planning consideration, and I'll say that to anyone who asks.",
   allowed=[PD], note="[religion] civil debate on a site used by a group.")
hn("Autism-friendly quiet hour at Harrowfleet leisure centre starts Monday. Lights down, music off, everyone welcome.",
   note="[disability] service.")
hn("Suicide is the biggest killer of men under fifty. Talk to your mates. The Harrowfleet Men's Shed is open every Tuesday.",
   note="[sex] men's health; 'killer'.")
hn("Our migrant workers' advice surgery in Oxney has helped 80 people with housing and payslip problems this winter. Exploiting seasonal workers has no place in Fenshire.",
   note="[race/national origin] advocacy.")
hn("Trans women are women. Trans men are men. Non-binary people exist. Proud to say it in the chamber this week.",
   note="[gender reassignment] support; shares words with ed4.")
hn("To the resident who asked why I wear a hijab in council meetings: because I'm Muslim, and because I can. Happy to have a cuppa and a chat any time.",
   note="[religion, sex] councillor's own identity.", author="@NasreenBhattiLab")
hn("I'm the first Black councillor Kettlemere has ever elected. That shouldn't be news in 2026, but it is, and I hope I'm not the last.",
   note="[race] councillor's own identity.", author="@KwameAB_Labour")
hn("Census figures: 22% of Harrowfleet residents are over 65. Our services, from bus routes to benches, need to reflect that.",
   note="[age] statistics.")
hn("Interfaith walk on Sunday from the Gurdwara to the mosque to St Mary's to the synagogue. Bring comfy shoes and an appetite.",
   note="[religion] community event.")
hn("The debate on women-only swim sessions was civil and thoughtful. There are good arguments on both sides about access and timetabling, and the leisure trust will consult.",
   note="[sex, religion] civil debate about a service.")
hn("Happy International Women's Day to every woman who keeps Harrowfleet running, paid and unpaid 💜",
   note="[sex] celebration.", date="2026-03-06")
hn("Our deaf colleague has taught half the Lib Dem group basic BSL. Next challenge: the Conservatives 🤟",
   note="[disability] friendly mention; shares 'deaf councillor' topic with ed21.")
hn("Young mums told me the Duckend children's centre is their lifeline. Closing it would hurt them most. Keep it open.",
   note="[maternity] advocacy; shares 'young mum' with ed34.")
hn("I've seen posts attacking the Bangladeshi family who run the restaurant on Quay Street since the kitchen fire. They're our neighbours and they've fed this town for thirty years. Support them.",
   allowed=[ED], note="[race] counter-speech against unnamed attacks.")
hn("The equality impact assessment shows disabled residents hit hardest by the transport cuts. It's in our own papers. Cabinet must look again.",
   note="[disability] policy criticism citing an EIA.")
hn("Proud that Harrowfleet DC is now a Disability Confident Leader employer. Thank you to HR for the hard work behind it.",
   note="[disability] support.")
hn("My husband and I celebrated forty years married at the weekend. Thank you for all the lovely messages!",
   allowed=[CM], note="[marriage] councillor's own marriage.", author="@GillPenroseBrin")
hn("Gay and lesbian older residents can feel invisible in care homes. I'm backing the Rainbow Care pledge for every home we commission.",
   note="[sexual orientation, age] advocacy.")
hn("Jewish, Muslim and Christian leaders stood together at the Harrowfleet vigil this evening. Proud of this town.",
   note="[religion] solidarity.")
hn("Some residents have raised noise from the new Pentecostal church on Mill Lane on Sunday mornings. I've asked environmental health for a proper noise assessment. Worship is welcome; so is sleep. We'll find a fair answer.",
   note="[religion] civil debate about a site used by a group.")
hn("The gender pay gap at Harrowfleet DC is 6.2%, down from 9%. Progress, but not enough.",
   note="[sex] statistics.")
hn("Congratulations to Cllr Asante-Blyth on becoming a grandad! The Labour group's first grandparent under fifty 👶",
   note="[age] friendly congratulations.")
hn("Roma families in Fleetside face real barriers getting their children into school. I've met the head teachers and the admissions team. We can fix this.",
   note="[race] advocacy.")
hn("As a Muslim councillor, thank you to everyone who sent kind words after last week's abuse. The messages of support vastly outnumbered the hate.",
   note="[religion] councillor's own identity.", author="@FarhanQureshiInd")
hn("Pensioners in Oxney lost their bus in the cuts. Older people are not a burden. They built this district.",
   note="[age] counter-speech to a stereotype.")
hn("Proud to sign the Armed Forces Covenant and the Faith Covenant on the same day. Two communities that give this district so much.",
   note="[religion] support.")
hn("Is the Cliff Road hotel the right place for asylum accommodation? I don't think it is: it's four miles from any GP or school. That's an argument about the site, not the people.",
   note="[race/national origin] civil debate on a site.")
hn("We need more young people in politics. I was 23 when I was elected and got told to 'come back when I'd grown up'. I'm still here.",
   note="[age] councillor's own experience; quotes a jibe.", author="@EwanThrowerLD")
hn("BSL interpreters will be at every full council from April. Thank you to the deaf residents who pushed for this.",
   note="[disability] service.")

# ---------------------------------------------------------------- obfuscated variants (30): (original key, kind, word, replacement)
ZW = "\u200b"
VARIANTS = [
    ("pa1", "asterisk", "dimmest", "dimm*st"),
    ("pa11", "digit", "thick", "th1ck"),
    ("pa15", "zero-width-space", "clueless", "clue" + ZW + "less"),
    ("pa19", "all-caps", None, None),
    ("pa21", "cyrillic-homoglyph", "pathetic", "p\u0430thetic"),
    ("pa25", "spaced-letters", "parasite", "p a r a s i t e"),
    ("al2", "asterisk", "prick", "pr*ck"),
    ("al10", "digit", "twat", "tw4t"),
    ("al7", "zero-width-space", "shit", "sh" + ZW + "it"),
    ("al12", "spaced-letters", "cunt", "c u n t"),
    ("al20", "cyrillic-homoglyph", "bastard", "b\u0430stard"),
    ("al1", "all-caps", None, None),
    ("bi3", "asterisk", "regret", "regr*t"),
    ("bi13", "digit", "hiding", "h1ding"),
    ("bi29", "zero-width-space", "pay", "p" + ZW + "ay"),
    ("bi10", "spaced-letters", "daughter", "d a u g h t e r"),
    ("bi26", "cyrillic-homoglyph", "glass", "gl\u0430ss"),
    ("bi2", "all-caps", None, None),
    ("ed1", "asterisk", "Gypsies", "Gyps*es"),
    ("ed14", "digit", "poofs", "po0fs"),
    ("ed16", "zero-width-space", "Retards", "Ret" + ZW + "ards"),
    ("ed19", "spaced-letters", "animals", "a n i m a l s"),
    ("ed2", "cyrillic-homoglyph", "Muslims", "Musl\u0456ms"),
    ("ed8", "all-caps", None, None),
    ("da1", "asterisk", "backhander", "backh*nder"),
    ("da2", "digit", "take", "t4ke"),
    ("da7", "zero-width-space", "stole", "st" + ZW + "ole"),
    ("da9", "spaced-letters", "rigged", "r i g g e d"),
    ("da12", "cyrillic-homoglyph", "Fraudster", "Fr\u0430udster"),
    ("da4", "all-caps", None, None),
]

# ---------------------------------------------------------------- assembly
HANDLES = {
    "@RosQuayleCon": ("Rosalind Quayle", "Con", ["Ros", "the Leader", "our Leader", "Leader's"]),
    "@DesHarrowby": ("Desmond Harrowby", "Con", ["Des", "cabinet member for finance"]),
    "@GillPenroseBrin": ("Gillian Penrose", "Con", ["Gill", "cabinet member for housing", "housing cabinet member"]),
    "@OllieStannard": ("Oliver Stannard", "Con", ["Ollie", "chair planning", "chairing planning"]),
    "@TrevMallinder": ("Trevor Mallinder", "Con", ["Trev"]),
    "@HannahOstrowska": ("Hannah Ostrowska", "Con", []),
    "@KwameAB_Labour": ("Kwame Asante-Blyth", "Lab", ["Asante-Blyth"]),
    "@MarisaDelacourt": ("Marisa Delacourt", "Lab", []),
    "@SanjayVermaLab": ("Sanjay Verma", "Lab", []),
    "@NasreenBhattiLab": ("Nasreen Bhatti", "Lab", []),
    "@BethanCorriganLD": ("Bethan Corrigan", "LD", []),
    "@EwanThrowerLD": ("Ewan Thrower", "LD", []),
    "@ImogenAshdownGrn": ("Imogen Ashdown", "Green", ["Green councillor"]),
    "@LeeGribbleRUK": ("Lee Gribble", "Reform", []),
    "@PatMorrowReform": ("Patrick Morrow", "Reform", ["Pat"]),
    "@WendyPockInd": ("Wendy Pocklington", "Ind", []),
    "@FarhanQureshiInd": ("Farhan Qureshi", "Ind", []),
}
PARTY_WORDS = {"Con": ["Tory", "Tories", "Conservative"], "Lab": ["Labour"], "LD": ["Lib Dem"],
               "Green": ["Green group", "Green councillor"], "Reform": ["Reform"]}


def mentioned(text, handle):
    name, party, extra = HANDLES[handle]
    words = [handle] + name.split() + extra
    for w in words:
        if re.search(r"(?<![\w@])" + re.escape(w) + r"(?!\w)", text, re.IGNORECASE if " " in w else 0):
            return True
    for w in PARTY_WORDS.get(party, []):
        if w in text:
            return True
    return False


def caps(text):
    return re.sub(r"(@\w+)|([^@]+)", lambda m: m.group(1) or m.group(2).upper(), text)


def main():
    rng = random.Random(SEED)
    handles = sorted(HANDLES)
    start = datetime(2026, 1, 5)
    days = [start + timedelta(days=i) for i in range(82)]
    days = [d for d in days if d.weekday() < 5 and d <= datetime(2026, 3, 27)]

    def stamp(date=None):
        d = datetime.fromisoformat(date) if date else rng.choice(days)
        t = d.replace(hour=rng.randint(8, 18), minute=rng.randint(0, 59), second=rng.randint(0, 59))
        return t.strftime("%Y-%m-%dT%H:%M:%S+00:00")

    built = []
    by_key = {}
    for r in ROWS:
        if r["author"]:
            author = r["author"]
        else:
            pool = [h for h in handles if not mentioned(r["text"], h)]
            author = rng.choice(pool)
        rec = {
            "text": r["text"], "author": author, "created_at": stamp(r["date"]),
            "platform": rng.choice(["x", "x", "facebook", "facebook", "bluesky"]),
            "account": "councillor", "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"],
            "kind_of_row": "hard_negative" if r["family"] == "hard_negative" else "positive",
            "note": r["note"],
        }
        built.append(rec)
        if r["key"]:
            assert r["key"] not in by_key, r["key"]
            by_key[r["key"]] = rec
    for key, kind, old, new in VARIANTS:
        orig = by_key[key]
        if kind == "all-caps":
            text = caps(orig["text"])
            allowed = list(orig["expect"]["allowed"])
            if HA not in allowed and HA not in orig["expect"]["rules"]:
                allowed.append(HA)
        else:
            assert old in orig["text"], (key, old)
            text = orig["text"].replace(old, new)  # every occurrence of the word
            allowed = list(orig["expect"]["allowed"])
        rec = dict(orig)
        rec.update({
            "text": text, "created_at": stamp(),
            "expect": {"rules": list(orig["expect"]["rules"]), "allowed": allowed,
                       "verdict": orig["expect"]["verdict"]},
            "note": f"Obfuscated variant ({kind}) of a {orig['family']} positive. " + orig["note"],
            "_variant_of": orig, "obfuscation": kind,
        })
        built.append(rec)
    rng.shuffle(built)
    for i, rec in enumerate(built, 1):
        rec["id"] = f"b28-{i:03d}"
    order = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
             "family", "kind_of_row", "note", "variant_of", "obfuscation"]
    with open(HERE / "posts.jsonl", "w", encoding="utf-8") as f:
        for rec in built:
            if "_variant_of" in rec:
                rec["variant_of"] = rec.pop("_variant_of")["id"]
            f.write(json.dumps({k: rec[k] for k in order if k in rec}, ensure_ascii=False) + "\n")
    print(f"wrote {len(built)} rows")


if __name__ == "__main__":
    main()
