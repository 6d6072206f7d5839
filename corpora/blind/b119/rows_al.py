"""respect.abusive-language: 27 originals (25 review, 2 block)."""
from rowlib import P

ROWS = [
    P("al01", "al", "review", "al", "",
      "The Twelve Foot bank road is a fucking death trap. Third car in the "
      "drain since Christmas. Fix the bloody road before somebody drowns.",
      "Obscenity at a road: abusive language alone. HN1 [[hn1_bankroad]] "
      "makes the same complaint without swearing."),
    P("al02", "al", "review", "al", "pa",
      "Drovers Waste are a shower of shite. Green bins on Saltholme not "
      "emptied for three weeks and not so much as a sorry.",
      "Obscenity at the bin contractor: personal attack only allowed at a "
      "company."),
    P("al03", "al", "review", "al", "pa",
      "This budget is bollocks from the first page to the last. Bollocks in a "
      "nice folder with a Drainers' Alliance rosette stuck on the front.",
      "Obscenity at a budget and a party: abusive language, personal attack "
      "allowed."),
    P("al04", "al", "review", "al pa", "",
      "@RogerCawdell you absolute twat. Voted to shut the Ketteridge toilets "
      "then turned up for the photo when the Growers paid to reopen them.",
      "Obscenity at a person: abusive language and personal attack."),
    P("al05", "al", "review", "al", "",
      "What a pile of crap this new parking app is. Stood in Wenlode market "
      "square in the sleet for twenty minutes trying to pay 80p.",
      "Mild obscenity at an app. HN1 [[hn1_parkingapp]] is the clean "
      "version."),
    P("al06", "al", "review", "al", "pa",
      "Stop talking shite about the drainage rates, @DanHemmant. The Board "
      "sets them, not you, and you know it.",
      "Obscenity at what someone said, not at him: personal attack only "
      "allowed."),
    P("al07", "al", "review", "al pa", "",
      "Terry Sharman is a useless prick and the Beet Close tenants deserve a "
      "damn sight better.",
      "Obscene insult at a named member."),
    P("al08", "al", "review", "al", "meet",
      "Planning committee this afternoon is a total shitshow. Two hours in "
      "and we've not got past the minutes.",
      "Obscenity at a meeting; reads as posted from the meeting, so "
      "meetings.during-meeting is allowed."),
    P("al09", "al", "review", "al", "",
      "Gannock Fen flood plan is a piss-take. Sandbags turn up the day AFTER "
      "the water. Every. Single. Time.",
      "Crude word at a plan; no person targeted."),
    P("al10", "al", "review", "al pa", "",
      "Honestly, Marcus Oduya is a knobhead of the very highest order.",
      "Short obscene insult at a named member. Nothing racial."),
    P("al11", "al", "review", "al", "pa",
      "The cabinet are a bunch of spineless bastards for signing off that "
      "packhouse lorry route through Moreby without asking a single soul who "
      "lives there.",
      "Obscenity at the cabinet as a body: personal attack allowed."),
    P("al12", "al", "review", "al", "pa",
      "The Wenlode Standard's front page is absolute shite this week. Who "
      "writes this crap? My dog could do better with a crayon.",
      "Obscenity at the newspaper: personal attack allowed."),
    P("al13", "al", "block", "al pa", "",
      "Gill Thurlow is a cunt. There, I've said it.",
      "The c-word at a named person: block."),
    P("al14", "al", "review", "al", "",
      "Sluice Road car park: £4, half the lights knackered, puddles you could "
      "lose a tractor in. Who designed this shit-tip?",
      "Obscenity at a car park. 'Who designed' names nobody."),
    P("al15", "al", "review", "al pa", "",
      "@WayneBellamyGL shut your fat mouth about the celery gangs, you "
      "ignorant pillock. Half of them have worked those fields longer than "
      "you've had a vote.",
      "Abuse at a named member ('shut your fat mouth', 'pillock'). The post "
      "itself defends the workers."),
    P("al16", "al", "review", "al", "",
      "The Fenlight Solar 'community benefit' is a fucking insult. £300 a "
      "year to a village that's looking at four hundred acres of glass.",
      "Obscenity at a scheme; no person."),
    P("al17", "al", "review", "al", "pa",
      "Whoever signed off the new Ketteridge roundabout wants their bloody "
      "head testing. Arse-about-face from top to bottom.",
      "Crude language at a road and an unnamed 'whoever': personal attack "
      "allowed."),
    P("al18", "al", "review", "al pa", "",
      "Jade Buckenham is a gobshite. End of.",
      "Obscene insult at a named member."),
    P("al19", "al", "review", "al", "pre",
      "Gault Homes' Hurn Lane scheme is a steaming pile of shit. 240 houses "
      "on a washland with one road out.",
      "Obscenity at a pending application's scheme; the scorn reads as a "
      "settled view, so predetermination is allowed."),
    P("al20", "al", "review", "al", "haste",
      "Fucking bins. AGAIN. Twelve Foot Drove, week four. I'm done being "
      "polite about it.",
      "Obscenity at the bins; rage markers allow haste."),
    P("al21", "al", "review", "al", "pa",
      "Commoners' Party: a load of posturing wankers who wouldn't know a "
      "beet clamp from a bus shelter.",
      "Obscenity at a party: personal attack allowed."),
    P("al22", "al", "review", "al pa", "",
      "Daniel Hemmant's a dickhead. I've met more sense in a sack of taters, "
      "bor.",
      "Obscene insult at a named member."),
    P("al23", "al", "block", "al", "pa bi",
      "The directors of Fenhome Housing are greedy, mould-peddling bastards "
      "and I hope every last one of them rots in a damp flat like the ones "
      "they rent out to our families.",
      "Severe abuse at unnamed directors: block. Personal attack allowed for "
      "unnamed directors; 'I hope they rot' wishes, it does not threaten "
      "(bullying allowed). HN1 [[hn1_fenhome]] reports the same landlord to "
      "the regulator."),
    P("al24", "al", "review", "al", "off",
      "The officers' report on moving the market is sixty pages of "
      "arse-covering bollocks.",
      "Obscenity at a report; officers are allowed because it is their "
      "report."),
    P("al25", "al", "review", "al", "pa",
      "What a load of old squit and bollocks from @LornaPywell on the ward "
      "boundaries. Absolute bilge.",
      "'Squit' is Fen dialect for nonsense. Obscenity at what she said: "
      "personal attack allowed. HN5 [[hn5_squit]] uses 'squit' with no "
      "swearing."),
    P("al26", "al", "review", "al pa df", "",
      "@KevMarkillie you're a lying little shit and you know it.",
      "Obscene insult at a named member with 'lying': defamation also "
      "expected (no crime alleged, review)."),
    P("al27", "al", "review", "al", "",
      "Crap, crap and more crap. Forty minutes on hold to the out-of-hours "
      "repairs line to report a ceiling coming in. A bloody joke.",
      "Crude language at a service."),
]
