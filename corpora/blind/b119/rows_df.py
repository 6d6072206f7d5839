"""defamation.allegation: 27 originals (15 review, 12 block)."""
from rowlib import P

ROWS = [
    # review: idiom, innuendo, name-calling
    P("df01", "df", "review", "df pa", "",
      "Roger Cawdell is a crook. Always has been, always will be.",
      "'Crook' at a named person: defamation and personal attack, review."),
    P("df02", "df", "review", "df", "pa",
      "A certain cabinet member's nephew seems to have landed the Drovers "
      "Waste subcontract. Funny old world, innit.",
      "Innuendo of nepotism at an identifiable but unnamed cabinet member: "
      "personal attack only allowed."),
    P("df03", "df", "review", "df", "pa pre",
      "Gault Homes have got Maureen Dack in their back pocket. Bought and "
      "paid for.",
      "Corruption by idiom at the chair of planning over a developer with a "
      "pending application: review; personal attack and predetermination "
      "allowed. Compare the block row [[df16]]."),
    P("df04", "df", "review", "df pa", "",
      "Terry Sharman lies like a rug about Beet Close. Told tenants in "
      "October the damp was sorted. Go and look at the walls.",
      "'Lies like a rug' at a named person: review, no crime alleged. HN6 "
      "[[hn6_beetclose]] sets out the same delay without calling it a lie."),
    P("df05", "df", "review", "df off", "pa",
      "The Chief Executive has been fiddling the flood-grant figures to make "
      "the cabinet look good. Everybody in the building knows it.",
      "Dishonesty at an officer by role: officers expected; review as no "
      "specific crime is stated. Compare [[df17]]."),
    P("df06", "df", "review", "df", "pa",
      "Drovers Waste are crooks. Billing this council for collections that "
      "never happen. A straight con.",
      "'Crooks'/'con' at a company: defamation; personal attack only allowed "
      "at a company. HN1 [[hn1_drovers]] asks for the contract to be "
      "audited."),
    P("df07", "df", "review", "df pa", "",
      "Dodgy as they come, Wayne Bellamy. Ask anybody who's ever sold him a "
      "field.",
      "'Dodgy' at a named person: defamation and personal attack."),
    P("df08", "df", "review", "df", "pa",
      "One Growers' League councillor got his barn conversion through "
      "planning in record time. Starts with W. Draw your own conclusions.",
      "Innuendo narrowed to one person without naming him: personal attack "
      "only allowed.", targets=("Wayne Bellamy",)),
    P("df09", "df", "review", "df pa", "dp",
      "Kev Markillie is a fraud. Says he lives in Twelve Foot, actually "
      "spends half the week at his girlfriend's flat in town.",
      "'Fraud' at a named person about residence: review (no specific "
      "crime stated as fact); data protection allowed for the partner."),
    P("df10", "df", "review", "df", "pa eq",
      "Eastfen Labour, the gangmaster Pellew Fresh uses, is as bent as a "
      "nine-bob note.",
      "'Bent' (corrupt) at a company: defamation; personal attack allowed at "
      "a company; equality allowed because 'bent' is also a homophobic "
      "slur. HN1 [[hn1_gangmaster]] criticises the same firm's record."),
    P("df11", "df", "review", "df", "pa",
      "Lorna Pywell's expenses make lovely reading. Funny how a Riverside "
      "councillor claims mileage to Saltholme every single week.",
      "Innuendo of dishonest claims without a stated crime: review, personal "
      "attack allowed."),
    P("df12", "df", "review", "df", "pa",
      "Everybody knows Daniel Hemmant got that Drainage Board seat by "
      "greasing a few palms.",
      "Corruption by idiom ('greasing palms') without particulars: review."),
    P("df13", "df", "review", "df pa", "",
      "Ana Ferreira is a con artist. Takes the packhouse lads' money for "
      "'advice sessions' and gives them nothing back.",
      "'Con artist' with a vague money claim: review (no specific sum or "
      "crime stated as fact)."),
    P("df14", "df", "review", "df off", "pa",
      "Fiona Landymore is in the pocket of the Saltholme nightclub owners. "
      "How else do they keep that licence?",
      "Corruption innuendo at a named officer: officers expected; review."),
    P("df15", "df", "review", "df", "pa",
      "The Fen Greens' flood appeal accounts don't add up and they know it. "
      "Where did the money go, @OwenSallisGreen?",
      "Insinuated misuse of appeal money by a question: review, personal "
      "attack allowed."),
    # block: a specific crime stated as fact
    P("df16", "df", "block", "df", "pa pre",
      "Roger Cawdell took £5,000 in cash off Gault Homes in the Lode & "
      "Lantern car park in November. I've seen the photos of the envelope.",
      "Cash bribe stated as fact with claimed evidence: block. "
      "Predetermination allowed (Gault Homes' application is pending)."),
    P("df17", "df", "block", "df off", "pa",
      "Neil Harrup, our s151 officer, has been moving money out of the flood "
      "reserve into his own account. I've seen the transfers.",
      "Theft by a named officer stated as fact: block, officers expected."),
    P("df18", "df", "block", "df", "pa haste",
      "Sharon Tebbutt was done for drink-driving on the Ketteridge bypass in "
      "December and her mate in the police made it go away.",
      "Drink-driving and a police cover-up stated as fact: block; haste "
      "allowed for the drink mention."),
    P("df19", "df", "block", "df", "pa",
      "The chief executive of Fenhome Housing pockets the Beet Close service "
      "charges. Tenants pay, he spends it on his boat at the marina.",
      "Theft by an identifiable person (by role) stated as fact: block."),
    P("df20", "df", "block", "df", "",
      "Drainers' Alliance canvassers filled in postal votes for the "
      "residents at Sedgeholme care home. I watched them do it.",
      "Electoral fraud by a party's canvassers stated as fact: block."),
    P("df21", "df", "block", "df", "pa",
      "Kev Markillie has fiddled his mileage for two years. I've got the log "
      "book: Twelve Foot to Wenlode fourteen times in a week he was in "
      "Tenerife.",
      "Mileage fraud with claimed evidence: block."),
    P("df22", "df", "block", "df", "pa",
      "Len Culpin took the Plough Monday collection home and kept it. £640. "
      "The chapel treasurer has the count sheet.",
      "Theft of charity money stated as fact: block."),
    P("df23", "df", "block", "df", "pa dp",
      "Joe Loveridge has a conviction for assault he never declared. Not fit "
      "to sit.",
      "An undeclared criminal conviction stated as fact: block; data "
      "protection allowed (criminal record is special category)."),
    P("df24", "df", "block", "df off", "pa",
      "Darren Skeels has been selling scrap metal from the Wenlode tip for "
      "cash and pocketing it. The lads on the weighbridge all know.",
      "Theft by a named officer stated as fact: block, officers expected."),
    P("df25", "df", "block", "df", "pa",
      "Gill Thurlow sold her vote on the solar farm for a £10,000 donation "
      "from Fenlight Solar. Check the dates.",
      "A vote sold for money stated as fact: block."),
    P("df26", "df", "block", "df off", "pa pre",
      "Planning shredded the Hurn Lane files the day after my FOI went in. "
      "Paul Threadgold gave the order. I saw the sacks go out.",
      "Destroying records after an FOI request (an offence) stated as fact "
      "at a named officer: block, officers expected."),
    P("df27", "df", "block", "df pa", "dp",
      "Debbie Gotobed claims single person discount on her council tax while "
      "her fella lives there full time. That's fraud, plain and simple.",
      "Council tax fraud stated as fact: block; data protection allowed for "
      "the partner."),
]
