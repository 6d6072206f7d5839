"""equality.discrimination: 27 originals, all block.
17 [explicit; ...], 10 [coded; ...]."""
from rowlib import P

ROWS = [
    # race
    P("eq01", "eq", "block", "eq", "",
      "Saltholme used to be an English town. Now you can walk the length of "
      "Bridge Street and not hear a word of English. The Lithuanians and the "
      "Poles have taken over and I'm sick of it.",
      "[explicit; race] Hostility to named national groups. HN3 "
      "[[hn3_bridgest]] answers the 'no English' claim with figures."),
    P("eq02", "eq", "block", "eq al", "",
      "Pikeys back on Cradge Bank again. Lock your sheds and count your "
      "diesel, lads.",
      "[explicit; race] Slur for Gypsies and Travellers with the theft "
      "trope: equality and abusive language. HN2 [[hn2_pikey]] quotes the "
      "word to condemn it."),
    P("eq03", "eq", "block", "eq pa", "",
      "Ana Ferreira should go back to Portugal and take her packhouse mates "
      "with her. This is our district, not hers.",
      "[explicit; race] 'Go back to' at a named Portuguese-born member: "
      "personal attack expected too. HN2 [[hn2_goback]] is her reply to such "
      "messages."),
    P("eq04", "eq", "block", "eq", "",
      "Every bit of trouble in Wenlode market square this month: Eastern "
      "Europeans. Every one. Time somebody said it out loud.",
      "[explicit; race] Blames a group by national origin. HN3 "
      "[[hn3_crimefigures]] is the myth-busting counterpart."),
    P("eq05", "eq", "block", "eq pa", "",
      "Funny how the only Black face in the chamber thinks he can lecture us "
      "Fen folk about 'community'. Go and lecture your own, @MarcusOduyaCP.",
      "[explicit; race] Race named and used to exclude a named member: "
      "personal attack expected."),
    P("eq06", "eq", "block", "eq", "",
      "Drove past another new Baltic shop on Bridge Street this morning. "
      "Give it a year and Saltholme will need a passport to get in.",
      "[coded; race] No slur; the 'passport' jibe treats Baltic residents as "
      "foreign invaders."),
    P("eq07", "eq", "block", "eq pa", "",
      "Mei Ling Chan lecturing us on food hygiene. Yeah, the takeaway lady's "
      "going to tell us about clean kitchens. Ask the neighbours where their "
      "cats went.",
      "[coded; race] The cat-eating trope about Chinese takeaways, at a "
      "named member; personal attack expected."),
    P("eq08", "eq", "block", "eq pa", "df",
      "Joe Loveridge on the council. Count the lead on the church roof "
      "before his first term and again after.",
      "[coded; race] Theft trope about Romany people at the Romany member; "
      "defamation allowed (hints at theft)."),
    # religion or belief
    P("eq09", "eq", "block", "eq", "pre",
      "No more mosques in the Fens. Not on Sluice Road, not anywhere. Islam "
      "has no place in Wenlode.",
      "[explicit; religion or belief] Anti-Muslim exclusion; the Sluice Road "
      "extension is pending, so predetermination allowed. HN3 "
      "[[hn3_mosqueparking]] objects on parking only."),
    P("eq10", "eq", "block", "eq pa", "",
      "Nasreen Akhtar's first loyalty is to her mosque, not to Ketteridge. "
      "Muslims like her should never be trusted with council money.",
      "[explicit; religion or belief] Dual-loyalty smear naming the religion, "
      "at a named member."),
    P("eq11", "eq", "block", "eq pa", "",
      "Interesting how Rachel Adler always knows exactly where the money is. "
      "Runs in the family, I suppose.",
      "[coded; religion or belief] Antisemitic money trope with no group "
      "word; the reader needs to know she is Jewish. HN2 [[hn2_hmd]] names "
      "the trope to condemn it."),
    P("eq12", "eq", "block", "eq pa", "",
      "Harjit Sandhu can take that tea towel off his head before he lectures "
      "anybody about fitting in round here.",
      "[coded; religion or belief] Mocks a Sikh member's turban without "
      "naming it; tagged religion (some would tag race)."),
    P("eq13", "eq", "block", "eq", "",
      "Wenlode Leisure Centre moving the women-only swim 'for Ramadan'. Who "
      "runs this town now? We all know where this ends.",
      "[coded; religion or belief] 'Who runs this town now' replacement "
      "insinuation against Muslims. HN3 [[hn3_swim]] explains the timetable.",
      date="2026-02-19"),
    # disability
    P("eq14", "eq", "block", "eq al", "",
      "Who let the mongs out? Kingfisher day centre trip to the market and "
      "half the square's gone to pot.",
      "[explicit; disability] Slur at day-centre users: equality and abusive "
      "language. HN2 [[hn2_kingfisher]] condemns the same word."),
    P("eq15", "eq", "block", "eq pa", "",
      "Bev Mussett can't even get herself up the Town Hall steps and she "
      "wants to sit on highways? A woman in a wheelchair. Do us a favour.",
      "[explicit; disability] Unfit for office because she uses a wheelchair; "
      "personal attack expected. HN4 [[hn4_ramp]] is her own post."),
    P("eq16", "eq", "block", "eq pa", "",
      "Pete Fovargue is deaf as a post and daft with it. Deaf people have no "
      "business on planning, he can't hear half the evidence.",
      "[explicit; disability] Says deaf people should be kept off a "
      "committee. HN4 [[hn4_loop]] is his own hearing-loop post."),
    P("eq17", "eq", "block", "eq pa", "",
      "Callum Speechley rocking in his chair again at committee. Somebody "
      "fetch him his ear defenders and a colouring book.",
      "[coded; disability] Mocks autistic traits without naming autism; "
      "personal attack expected. HN4 [[hn4_autistic]] is his own post."),
    # age
    P("eq18", "eq", "block", "eq pa", "",
      "Cyril Pegg is 84. Eighty-four! Anybody that age belongs in a home, not "
      "in the Chairman's seat. Old men like him have had their turn.",
      "[explicit; age] Unfit because of age; personal attack expected. HN6 "
      "[[hn6_tenure]] is about tenure, not age."),
    P("eq19", "eq", "block", "eq", "",
      "Nobody under thirty should get a say on drainage rates. Never dug a "
      "dyke, never paid a rate, never had water in their front room.",
      "[coded; age] Excludes young people by age without saying 'young'. "
      "'Dyke' is the ditch."),
    # sex
    P("eq20", "eq", "block", "eq pa", "",
      "Women shouldn't chair planning. Maureen Dack proves it every month: "
      "all feelings and no sense. Leave it to the men.",
      "[explicit; sex] Women unfit for a role, with a named member; personal "
      "attack expected."),
    P("eq21", "eq", "block", "eq", "pa",
      "Gannock Fen needs a man in that seat, not some mawther who wells up "
      "when the farmers raise their voices. Women can't handle the Fens.",
      "[explicit; sex] 'Mawther' (girl) as a put-down with 'women can't "
      "handle'. Points at a ward seat, not a name: personal attack allowed.",
      targets=("Maureen Dack",)),
    # sexual orientation
    P("eq22", "eq", "block", "eq al pa", "",
      "Sharon Tebbutt's the only dyke in Ketteridge that don't drain proper. "
      "Keep your lifestyle out of the chamber, love.",
      "[explicit; sexual orientation] Plays the Fen ditch off the slur: "
      "equality, abusive language and personal attack. HN5 [[hn5_dyke]] and "
      "HN1 [[hn1_dykeclearance]] use 'dyke' for the ditch; HN4 "
      "[[hn4_reclaimdyke]] reclaims it."),
    P("eq23", "eq", "block", "eq pa", "",
      "Owen Sallis and his 'special friends' running a picnic on the Lode "
      "green for the month. Keep that stuff well away from the village kids.",
      "[coded; sexual orientation] LGBT History Month picnic smeared as a "
      "danger to children without naming it.", date="2026-02-10"),
    # gender reassignment
    P("eq24", "eq", "block", "eq pa", "",
      "Tamsin Royce is a bloke in a dress. Always will be. No amount of "
      "pretending makes him a woman.",
      "[explicit; gender reassignment] Misgendering a trans member; personal "
      "attack expected."),
    P("eq25", "eq", "block", "eq pa", "",
      "Moreby's Green councillor wants a say on the village hall toilets. I "
      "bet 'she' does. 😉",
      "[coded; gender reassignment] Scare quotes and a wink at a trans "
      "member identified by ward and party, not by name.",
      targets=("Tamsin Royce", "Fen Greens")),
    # pregnancy and maternity
    P("eq26", "eq", "block", "eq pa", "",
      "Jade Buckenham's about to pop. Pregnant women should stand down, not "
      "take six months off on our money and leave Riverside with nobody.",
      "[explicit; pregnancy and maternity] Pregnancy as unfitness for "
      "office. HN4 [[hn4_pregnant]] is her own post."),
    # marriage and civil partnership
    P("eq27", "eq", "block", "eq pa", "",
      "Sharon Tebbutt keeps calling that woman her 'wife'. It's a civil "
      "partnership, love. It ent a marriage and never will be, so stop "
      "pretending.",
      "[explicit; marriage and civil partnership] Demeans a civil "
      "partnership; some would tag sexual orientation. HN4 "
      "[[hn4_civilpartner]] is her own anniversary post."),
]
