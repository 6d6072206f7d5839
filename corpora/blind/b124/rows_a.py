"""Personal attack (pa) and abusive language (ab) rows, written by hand."""
from rowdefs import P

# ---- respect.personal-attack: 27 originals (25 review, 2 block) ----
P("pa01", "@StuHogbenIP you absolute clown. Three weeks the bins have sat on Cockle Bay front and you're posting photos of yourself cutting a ribbon on the prom.",
  "PA", "", "review", "Insult at a councillor by handle; the bins are context, not the target.")
P("pa02", "Honestly, Roger Pilcher is the most useless finance chief this district has ever had. Spuddling about with spreadsheets he can't read. Man's a walking liability.",
  "PA", "", "review", "Insult at the finance portfolio holder; 'spuddling' is Kentish for pottering about to no purpose. Record criticism without insult is HN6 {h6_03}.")
P("pa03", "Nadia Osei is a gobby, self-important show-off who'd sell her own nan for a photo on the harbour arm.",
  "PA", "", "review", "Name-calling at the Leader of the Opposition.")
P("pa04", "Our Chief Executive is a spineless yes-woman with no backbone and less sense. Fetch a couple of Marsh sheep, they'd run the place better.",
  "PA OF", "", "review", "Insult at an officer by role, so officers.impartiality too.")
P("pa05", "Well done @CllrBeerling, another masterclass in chairing. Truly the sharpest mind ever to sit in a looker's hut. 👏👏",
  "PA IR", "", "review", "Mock praise (a looker is a Marsh shepherd); the sarcasm is the insult.")
P("pa06", "Kev Wraight couldn't organise a piss-up in an oast house, let alone the hop festival. Dozy article.",
  "PA", "AB", "review", "'Dozy article' is the insult; the piss-up idiom is coarse but not aimed, so abusive-language only allowed.")
P("pa07", "Tom Kingsnorth: all mouth and no trousers. A slippery little weasel who'll say anything to get his face in the Gazette.",
  "PA", "", "review", "Name-calling at a named councillor.")
P("pa08", "Someone tell @FernAshdownGG that being a sanctimonious, holier-than-thou pain in the backside is not a policy platform.",
  "PA", "AB", "review", "Insult at a councillor by handle; 'pain in the backside' is mild, abusive allowed.")
P("pa09", "Dunnamany times I've said it: Graham Tapp is a dead loss. Thick as a Marsh fog and twice as wet.",
  "PA", "", "review", "'Dunnamany' (Kentish: I don't know how many). Insult by simile.")
P("pa10", "Harjit Sandhu is a vile, snivelling little worm and the harbour would be a cleaner place if the tide took him out with it.",
  "PA", "BU", "block", "Severe: wishes a named councillor gone with the tide. A wish, not a threat, so bullying only allowed; no reference to his faith, so no equality.")
P("pa11", "The Senior Planning Officer clearly hasn't got the brains she was born with. Who wrote the Oast Field report, a toddler with a crayon?",
  "PA OF", "", "review", "Insult at an officer by role about a report. Predetermination does not arise: no view on the application itself.")
P("pa12", "@LorraineTuffnell you are a heartless, smug, out-of-touch snob. Come and smell the damp in the Rope Walk flats and then try smiling for the camera.",
  "PA", "", "review", "Insult at the housing portfolio holder by handle.")
P("pa13", "Rosa Kowalczyk is a complete nitwit. Not one sensible idea has come out of that head since the day she was elected.",
  "PA", "", "review", "Plain name-calling; nothing about where she was born.")
P("pa14", "You pathetic little man, @KevWraight. Blocked me because I asked about the ferry contract? Grow a spine.",
  "PA", "", "review", "Second-person insult with a handle.")
P("pa15", "Frank Godden's gone proper swimey in the head if he thinks the Marsh wants another wind farm. Barmy old goat.",
  "PA", "EQ", "review", "'Swimey' is Kentish for dizzy. 'Old goat' at an 81-year-old brushes age, so equality allowed, not expected.")
P("pa16", "Our Monitoring Officer is a glorified doorstop. Paid a fortune to nod along with whatever the Leader wants.",
  "PA OF", "", "review", "Insult at an officer by role; the Leader is named only as context.")
P("pa17", "Congratulations to @EllieMardenCA on winning Gullhaven's award for Most Hot Air Produced Without Generating Any Power. The turbines on the Marsh could learn a thing or two. 🏆",
  "PA IR", "", "review", "Mock congratulation as insult.")
P("pa18", "Ruth Lazarus is a shrill, nasty piece of work and everyone in Shinglestone knows it.",
  "PA", "EQ", "review", "'Shrill' at a woman is sometimes heard as sexist; equality allowed, not expected.")
P("pa19", "Gavin Upton is a gutless wonder. Hid in the gents rather than vote on the lido. Gutless.",
  "PA", "", "review", "Insult at a named councillor over a vote.")
P("pa20", "Carl Wigmore is a jumped-up little jobsworth who gets his kicks making life miserable for every beach kiosk in Winkleton.",
  "PA OF", "", "review", "Insult at a named officer (Licensing Manager).")
P("pa21", "Stuart, you're a muppet. A well-meaning muppet, but a muppet. The shingle doesn't read your press releases.",
  "PA", "", "review", "First name only; the post is a reply to the environment portfolio holder.")
P("pa22", "Kelvin Ho is a two-faced snake. Smiles at you in the chamber, then knifes you in the Gazette on Thursday. Snake.",
  "PA", "", "review", "Name-calling; 'knifes you' is figurative.")
P("pa23", "Samira Haddad is a disgusting, worthless excuse for a human being and I hope every door in Winkleton gets slammed in her face.",
  "PA", "", "block", "Severe: 'worthless excuse for a human being'. Nothing about her religion.")
P("pa24", "Whoever told Di Kemsley she was a leader lied to her. Absolute dimwit. Couldn't lead a donkey along Winkleton sands.",
  "PA", "", "review", "Insult at the Leader by short name; 'lied to her' is at an unnamed 'whoever', not an allegation.")
P("pa25", "Mayor or not, Maureen Sladden is a snobby old battleaxe who looks down her nose at anyone from Cockle Bay.",
  "PA", "EQ", "review", "'Old battleaxe' touches age and sex; equality allowed, not expected.")
P("pa26", "Owen Pett, you're a joke. A proper unkid, miserable, know-nothing joke. Go back to your model trains.",
  "PA", "EQ", "review", "'Unkid' is Kentish for dreary. Owen Pett is autistic and some would hear the trains jibe as mocking that; equality allowed.")
P("pa27", "Cllr Buss, you are an ignorant bully and a disgrace to the Marsh.",
  "PA", "", "review", "Short and direct; nothing about his Romany heritage.")

# ---- respect.abusive-language: 27 originals (25 review, 2 block) ----
P("ab01", "The new parking app is a pile of absolute shite. Stood on Shinglestone front twenty minutes in a force seven trying to pay 90p. Bin it.",
  "AB", "", "review", "Obscenity at an app; no person.")
P("ab02", "Tidewaste can't empty one bin on Cockle Bay front without feeding half of it to the gulls. Useless bloody shower of shit.",
  "AB", "PA", "review", "Obscenity at the bin contractor; at a company personal-attack is only allowed.")
P("ab03", "Fucking hell. Another sewage spill off Winkleton lido beach and the water company wants a pat on the back for telling us.",
  "AB", "", "review", "Expletive about a sewage spill.")
P("ab04", "Ferry timetable changed again without a word to anyone. Whoever signed this off is a complete dickhead.",
  "AB", "PA", "review", "Obscene insult at an unnamed 'whoever'; personal-attack allowed.")
P("ab05", "@RogerPilcherOP stop talking bollocks about 'efficiency savings'. You cut the lifeguards. Say it plainly.",
  "AB", "PA", "review", "Obscenity at what he said, not at him; personal-attack allowed.")
P("ab06", "Budget papers are out. It's a shitshow from page 1 to page 94. A hop bine's got more structure.",
  "AB", "", "review", "Obscenity at the budget papers.")
P("ab07", "Colin Beerling is a pompous prick and the Marsh deserves better than him.",
  "AB PA", "", "review", "Obscenity at a named person: abusive and personal-attack.")
P("ab08", "Nadia Osei is a nasty little cunt and the whole of Gullhaven Harbour knows it.",
  "AB PA", "", "block", "The c-word at a named councillor: severe, block. Nothing about race.")
P("ab09", "The lorry stack on Marsh Road is total bollocks. Sat in it two hours with the kids for a five-minute run to the tip.",
  "AB", "", "review", "Obscenity at the freight queuing scheme.")
P("ab10", "Stu Hogben you useless twat, the shingle's been across the prom since the storm before Christmas and you've done sod all about it.",
  "AB PA", "", "review", "Obscene insult at a named councillor.")
P("ab11", "The Gazette's editorial this week is utter piss. Do they even send anyone to the meetings any more?",
  "AB", "PA", "review", "Obscenity at a newspaper; personal-attack allowed.")
P("ab12", "Whoever designed the one-way system round Gullhaven Central wants their arse kicking. Total cock-up.",
  "AB", "PA BU", "review", "Coarse; 'wants their arse kicking' is an idiom, bullying only allowed.")
P("ab13", "Cabinet are a bunch of spineless tossers. There, I've said it. Lido shut for another summer.",
  "AB", "PA", "review", "Obscenity at the cabinet as a body; personal-attack allowed.")
P("ab14", "@TomKingsnorthCA you're a sanctimonious bellend. Sit down.",
  "AB PA", "", "review", "Obscene insult by handle.")
P("ab15", "This meeting is a total fucking farce. Forty minutes on the minutes of the last one.",
  "AB", "ME", "review", "Obscenity at a meeting, seemingly posted from it.")
P("ab16", "Pennock Homes' plans for Oast Field are a steaming pile of crap. Bungalows on a flood plain, what could possibly go wrong.",
  "AB", "PR PA", "review", "Obscenity at a pending application; predetermination allowed (a settled view), personal-attack allowed (company).")
P("ab17", "Graham Tapp talks out of his arse about the harbour dredging. Every single time.",
  "AB", "PA", "review", "Obscenity at what he says; personal-attack allowed.")
P("ab18", "Pothole on Pippinden Lane ate my front wheel this morning. Sick of this shit. Reported it in November.",
  "AB", "", "review", "Obscenity about a road.")
P("ab19", "Kev Wraight is a lazy, gobby arsehole who hasn't held a surgery since the hop festival.",
  "AB PA", "", "review", "Obscene insult at a named councillor.")
P("ab20", "The directors of Channel Star Ferries are greedy, soulless bastards and I hope they choke on their bonuses while our drivers sit in the stack.",
  "AB", "PA", "block", "Severe obscenity and a wish of harm at unnamed directors; personal-attack allowed.")
P("ab21", "This crappy bloody council website has logged me out three times mid-question. Three.",
  "AB", "", "review", "Mild: 'crappy bloody' at a website.")
P("ab22", "@LindaFinnMI what a load of old shite you posted about the orchard grants. Read the report.",
  "AB", "PA", "review", "Obscenity at what she posted; personal-attack allowed.")
P("ab23", "Roger Pilcher, you absolute knob. The beach hut fees were YOUR idea.",
  "AB PA", "", "review", "Obscene insult at a named person.")
P("ab24", "Seaward Housing's repairs line: forty minutes on hold to be told to piss off and ring back Monday.",
  "AB", "PA", "review", "Obscenity in a complaint about a housing association.")
P("ab25", "Honestly the Coastal Alliance are a bunch of shitehawks. Flapping about, nicking chips, contributing nothing.",
  "AB", "PA", "review", "'Shitehawk' is coast slang for a herring gull, here at a party; personal-attack allowed.")
P("ab26", "Fern Ashdown is a self-righteous dick and I'm done pretending otherwise.",
  "AB PA", "", "review", "Obscene insult at a named councillor; nothing about her being trans.")
P("ab27", "Bhim Gurung's speech on the seafront CCTV was a load of bollocks from start to finish.",
  "AB", "PA", "review", "Obscenity at a speech; personal-attack allowed.")
