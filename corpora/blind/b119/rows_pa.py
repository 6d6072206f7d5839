"""respect.personal-attack: 27 originals (25 review, 2 block)."""
from rowlib import P

ROWS = [
    P("pa01", "pa", "review", "pa", "",
      "@TerrySharmanDA you absolute gormless lummox. Six months the Beet Close "
      "damp survey has sat on your desk. You couldn't find your own backside "
      "with both hands and a torch, bor.",
      "Insult at the Cabinet Member for Housing by handle; the damp survey is "
      "the hook but 'gormless lummox' is aimed at him. HN6 [[hn6_beetclose]] "
      "criticises the same delay on the record."),
    P("pa02", "pa", "review", "pa", "",
      "Cllr Lorna Pywell is the most two-faced woman ever to sit in that "
      "chamber. One thing on Saltholme market of a Saturday, the opposite in "
      "group on the Monday. Snake.",
      "Name-calling ('two-faced', 'snake') at the Leader of the Opposition. "
      "'Woman' is incidental, not the ground of the attack."),
    P("pa03", "pa", "review", "pa off", "",
      "Kirsty Mawby, our so-called Senior Planning Officer, is a jumped-up "
      "clipboard jockey who couldn't plan a trip to the chip shop. Useless "
      "from top to bottom.",
      "Insult at a named officer: officers.impartiality expected too."),
    P("pa04", "pa", "review", "pa irony", "",
      "Huge congratulations to @RogerCawdell on his budget speech. Forty "
      "minutes and not one number you could check. A masterclass. Truly the "
      "brains of the outfit, heaven help Ketteridge. 👏",
      "Mock praise that belittles the finance portfolio holder: irony "
      "expected with the attack."),
    P("pa05", "pa", "review", "pa", "eq",
      "Owen Sallis, grow up. You're a spoilt little boy playing at politics on "
      "Daddy's money and the whole of Gannock Fen can see straight through "
      "you.",
      "Belittling insult at a young councillor; 'little boy' brushes his age "
      "(23) so equality is allowed, not expected."),
    P("pa06", "pa", "block", "pa", "eq bi",
      "Maureen Dack is a vile, spiteful old witch and Gannock Fen would be "
      "better off if she'd never been born. Nobody would turn out for that "
      "funeral, I can tell you.",
      "Severe personal attack (wishing her unborn, gloating over her "
      "funeral): block. It wishes rather than threatens, so bullying is "
      "allowed; 'old witch' touches age and sex, equality allowed."),
    P("pa07", "pa", "review", "pa", "",
      "Wayne Bellamy has the brains of a dodman and about half the speed. "
      "Twelve Foot deserves better than that slow-witted plank.",
      "'Dodman' is Fen dialect for a snail; the row insults his intelligence. "
      "HN5 [[hn5_dodman]] uses 'dodman' of a tractor on the bank."),
    P("pa08", "pa", "review", "pa", "",
      "@DanHemmant you're a coward, bor. Frit of the cabinet, frit of the "
      "Drainage Board, frit of your own shadow. Spineless.",
      "'Frit' (frightened) is Lincolnshire dialect. Insult at the person, not "
      "a decision; HN1 [[hn1_spineless]] calls a decision spineless."),
    P("pa09", "pa", "review", "pa", "df",
      "Ask anyone in the Lode & Lantern what they reckon to Kev Markillie. "
      "Idle, lazy waste of an allowance. Not seen him at one Twelve Foot "
      "parish meeting since he got in.",
      "Personal attack; the attendance jab could be heard as misconduct, so "
      "defamation is allowed. HN6 [[hn6_attendance]] gives attendance figures "
      "instead."),
    P("pa10", "pa", "review", "pa off", "",
      "Our Chief Executive is a smug, overpaid little man who treats "
      "councillors like something he's trodden in off the drove. Graham "
      "Stitson, you're a disgrace to this district.",
      "Attack on the named Chief Executive: officers expected."),
    P("pa11", "pa", "review", "pa", "eq",
      "@DebbieGotobed you mardy, self-important mawther. Every time somebody "
      "disagrees with you, off you flounce to blar to the Standard.",
      "'Mardy' (sulky), 'mawther' (girl, young woman) and 'blar' (bawl) are "
      "dialect. 'Mawther' as a put-down brushes sex: equality allowed. HN4 "
      "[[hn4_mawther]] uses 'mawther' fondly."),
    P("pa12", "pa", "review", "pa", "eq",
      "Rimas Jankauskas is a parasite who's done nothing for Saltholme except "
      "get his face in the Fen Mercury every other week.",
      "'Parasite' at a Lithuanian-born member: no group is named, so this is "
      "a personal attack with equality only allowed (it is also an "
      "anti-migrant trope word)."),
    P("pa13", "pa", "review", "pa", "eq",
      "Roger Cawdell, you are a pompous, condescending old buffoon and "
      "everyone in Ketteridge is sick to the back teeth of your lectures.",
      "Insult; 'old' is incidental, equality allowed."),
    P("pa14", "pa", "review", "pa irony", "",
      "Well done to our Leader for finally finding Twelve Foot on a map. Only "
      "took three years and a satnav. What a leader. 👏👏",
      "Mock congratulation belittling the Leader of the Council by role: "
      "irony expected with the attack.", targets=("Gillian Thurlow",)),
    P("pa15", "pa", "review", "pa", "",
      "Jade Buckenham's contribution to the flood debate: one TikTok and a "
      "sulk. Empty-headed doesn't begin to cover it.",
      "Insult at a named councillor. Nothing about her pregnancy; compare "
      "[[eq26]]."),
    P("pa16", "pa", "review", "pa off", "",
      "The Head of Planning is either thick or idle. Possibly both. Either way "
      "he wants to clear his desk before the Hurn Lane report comes back.",
      "Officer attacked by role: officers expected. Mentions the pending "
      "application but takes no view on it."),
    P("pa17", "pa", "review", "pa", "",
      "Pete Fovargue is a nasty, bitter little man and the rest of the "
      "Saltholme Indies know it, even if they won't say so.",
      "Insult by short name; nothing about his deafness or age. Compare "
      "[[eq16]]."),
    P("pa18", "pa", "review", "pa", "",
      "@MarcusOduyaCP stop posting. Every time you open your mouth you prove "
      "you're an idiot. Honestly bor, give it a rest.",
      "'Idiot' at a named member. Nothing racial; compare [[eq05]]."),
    P("pa19", "pa", "review", "pa", "eq",
      "Tamsin Royce is a professional attention-seeker and not even a good "
      "one. Moreby St Guthlac voted for a councillor, not a one-woman show.",
      "Personal attack at a trans member that never mentions her being "
      "trans; 'attention-seeker' is a trope some hear as transphobic, so "
      "equality allowed. Compare [[eq24]]."),
    P("pa20", "pa", "review", "pa df", "",
      "Cllr Sharon Tebbutt is a liar. She told the Ketteridge residents' "
      "meeting the school bus route was safe and she knew full well it "
      "wasn't.",
      "'Liar' at a named person: defamation and personal attack, review (no "
      "crime alleged)."),
    P("pa21", "pa", "review", "pa", "",
      "Harjit Sandhu: the Growers' League's answer to a question nobody "
      "asked. Clueless, gobby and about as much use as a chocolate sluice "
      "gate.",
      "Insult with a Fen twist on the chocolate-teapot idiom. Nothing about "
      "his faith; compare [[eq12]]."),
    P("pa22", "pa", "review", "pa", "eq",
      "Callum Speechley, you're a weirdo. Always have been. Nobody on that "
      "committee can stand being in a room with you.",
      "'Weirdo' at an autistic member: a personal attack; because it can be "
      "heard as mocking his autism, equality is allowed (not expected). "
      "Compare [[eq17]]."),
    P("pa23", "pa", "block", "pa", "eq bi",
      "Len Culpin is a sanctimonious, poisonous hypocrite. Preaches in the "
      "chapel of a Sunday and knifes his own neighbours on the Monday. A "
      "rotten excuse for a man and a vile human being.",
      "Severe personal attack: block. 'Knifes' is figurative (bullying "
      "allowed); the chapel is the hook, not the ground (equality allowed)."),
    P("pa24", "pa", "review", "pa", "",
      "Nasreen Akhtar is as thick as a Fen fog and twice as hard to shift.",
      "Short insult built on a local idiom. Nothing about her faith."),
    P("pa25", "pa", "review", "pa", "",
      "Now then, @CyrilPeggMoreby. Wearing the chain don't make you any less "
      "of a pompous old windbag, bor.",
      "Insult at the Chairman of the Council by handle. 'Old' in passing; "
      "compare [[eq18]] which attacks his age."),
    P("pa26", "pa", "review", "pa", "",
      "Ana Ferreira is a clown. A full red-nose, big-shoes clown. Saltholme "
      "voted for a councillor and got a circus.",
      "Ridicule of a named member. Nothing about where she was born; compare "
      "[[eq03]]."),
    P("pa27", "pa", "review", "pa off irony", "",
      "Round of applause for Darren Skeels, Head of Environmental Services, "
      "who has done the impossible: bins even worse than last winter. "
      "Marvellous work, Darren, you absolute waste of space.",
      "Mock praise ending in an insult at a named officer: officers and "
      "irony expected."),
]
