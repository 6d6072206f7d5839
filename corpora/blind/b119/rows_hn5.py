"""HN5: figurative violence, banter, self-deprecation and idioms (28)."""
from rowlib import H

ROWS = [
    H("hn5_dodman", "HN5", "",
      "Stuck behind a beet harvester going at dodman pace along the Twelve "
      "Foot bank for three miles this morning. Fen rush hour. 🚜",
      "'Dodman' (snail) about a harvester; compare [[pa07]]."),
    H("hn5_squit", "HN5", "",
      "Spent the morning at the parish council. Some sense, some squit and a "
      "lot of biscuits. A standard Fen Tuesday.",
      "'Squit' (nonsense) with no target; compare [[al25]]."),
    H("hn5_facedown", "HN5", "bi",
      "Tractor face down in the Twelve Foot again, third one this winter. "
      "Driver's fine, the tractor less so. Please slow down on the bank "
      "roads.",
      "Shares 'face down in the Twelve Foot' with [[bi02]]; an accident "
      "report."),
    H("hn5_regret", "HN5", "bi",
      "I'll regret that third slice of pork pie at the Plough Monday supper. "
      "Worth every crumb.",
      "Shares 'regret' with [[bi14]].", date="2026-01-12"),
    H("hn5_sleeptight", "HN5", "bi",
      "Flood warning lifted for Gannock and Twelve Foot. The pumps held all "
      "night. Sleep tight, everyone.",
      "Shares 'sleep tight' with [[bi17]]."),
    H("hn5_dyke", "HN5", "eq",
      "The dyke at the end of Hollow Drove has been slubbed out at last. "
      "Only took three phone calls and a strongly worded email.",
      "'Dyke' (ditch) and 'slubbed out' (cleared of silt); compare [[eq22]]."),
    H("hn5_murdered", "HN5", "bi",
      "Absolutely murdered at the Lode & Lantern quiz last night. Team "
      "Drainage Board came last. Again. We know a lot about culverts and "
      "nothing about pop music.",
      "Figurative 'murdered'."),
    H("hn5_killedit", "HN5", "bi pa",
      "The Saltholme Indies killed it at the charity darts. Debs on the "
      "oche is a frightening sight. £420 for the air ambulance.",
      "Banter about a named member."),
    H("hn5_revenge", "HN5", "bi pa",
      "Got destroyed in the budget debate by Cllr Cawdell's spreadsheet. I'll "
      "have my revenge at the pancake race.",
      "Figurative 'destroyed' and 'revenge' about a named opponent.",
      date="2026-02-17"),
    H("hn5_battered", "HN5", "bi",
      "Battered cod, mushy peas and a pickled egg at the Saltholme chippy "
      "after a three-hour flood meeting. Reward earned.",
      "'Battered' is fish."),
    H("hn5_dinosaur", "HN5", "pa eq",
      "I'm a dinosaur with this phone. Ten minutes to post one photo of a "
      "pothole. Grandson's despairing of me.",
      "Self-deprecation about age and technology.",
      author="Peter Fovargue"),
    H("hn5_thewife", "HN5", "bi eq",
      "The wife says if I bring home one more bag of celery from the "
      "Ketteridge show she'll plant me in the trench with it.",
      "Marital banter; 'the wife' and a joke threat.",
      author="Leonard Culpin"),
    H("hn5_knockheads", "HN5", "bi",
      "Somebody needs to knock some heads together at the Drainage Board and "
      "the county. Two bodies, one ditch, and neither will clear it.",
      "Figurative 'knock heads together' at institutions."),
    H("hn5_fight", "HN5", "bi",
      "We will fight for Lode Baths. Every meeting, every vote, every "
      "petition. They'll have to drag us out of the shallow end.",
      "Campaign 'fight' language."),
    H("hn5_fenblow", "HN5", "",
      "Fen blow today. Can't see the church from the bank. Washing back in, "
      "windows shut, grit in your teeth. Spring's here, then.",
      "Weather idiom."),
    H("hn5_frit", "HN5", "",
      "Not frit of a bit of weather, us Fen folk, but even I stopped in this "
      "morning. Gannock Bank was like a skating rink.",
      "'Frit' (frightened) about weather; compare [[pa08]]."),
    H("hn5_pint", "HN5", "pa",
      "@CallumSpeechley owes me a pint after that quiz. Gracious in defeat, "
      "I'll give him that. Just about.",
      "Banter with a named member."),
    H("hn5_oldrogue", "HN5", "pa eq",
      "Happy birthday to our Chairman, Cyril Pegg. Still sharper than the "
      "rest of us put together, you old rogue. 🎂",
      "Affectionate teasing with 'old' on the day of [[hn4_84]]; compare "
      "[[eq18]] and [[pa25]].", date="2026-02-25"),
    H("hn5_selfdep", "HN5", "pa",
      "Hair by the fen blow, coat by the charity shop, opinions by my nan. "
      "Your councillor, everybody.",
      "Self-deprecation."),
    H("hn5_pistols", "HN5", "bi pa",
      "Cllr Hemmant and I still disagree about the bypass. Pistols at dawn on "
      "the Lode green, or a pint at the Lantern. Probably the pint.",
      "Figurative duel with a named opponent."),
    H("hn5_lummox", "HN5", "pa",
      "I'm a great lummox. Left my agenda on the tractor seat and it's blown "
      "in the dyke. Could someone send me the papers again?",
      "Self-deprecation with 'lummox'; compare [[pa01]].",
      author="Wayne Bellamy"),
    H("hn5_planks", "HN5", "pa",
      "Thick as two short planks, me, when it comes to the planning portal. "
      "Fine with taters, hopeless with logins.",
      "Self-deprecation.",
      author="Kevin Markillie"),
    H("hn5_mardy", "HN5", "pa",
      "Grandson's been mardy all morning because the skating's off. Ice on "
      "the wash is too thin. Safety first, young'un.",
      "'Mardy' (sulky) about a child, fondly; compare [[pa11]].",
      author="Maureen Dack"),
    H("hn5_heaving", "HN5", "",
      "Gobsmacked. 212 people at the Moreby flood meeting. Village hall was "
      "heaving, standing room only. Thank you all.",
      "Idioms only."),
    H("hn5_blar", "HN5", "eq",
      "Not ashamed to say I had a blar at the Kingfisher choir's spring "
      "concert. Those lads can sing.",
      "'Blar' (cry) about the writer's own tears; neutral mention of day "
      "centre users; compare [[bi21]]."),
    H("hn5_hiding", "HN5", "bi pa",
      "The Growers' League gave us a proper hiding at five-a-side. 5-1. "
      "Rematch after Easter and we'll be ready for them.",
      "Sports banter with 'a proper hiding'."),
    H("hn5_bentdouble", "HN5", "eq",
      "Bent double all morning planting willow whips along the Gannock bank "
      "with the Fen Wildlife volunteers. Back's gone, but four hundred in.",
      "'Bent double' shares a word with [[df10]]."),
    H("hn5_killfor", "HN5", "bi",
      "I would kill for a bacon roll. Third hour of the Drainage Board AGM "
      "and we're on item 6.",
      "Idiomatic 'kill for'."),
]
