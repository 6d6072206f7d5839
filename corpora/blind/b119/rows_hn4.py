"""HN4: neutral or positive mentions of protected groups, self-description,
reclaimed terms (28)."""
from rowlib import H

ROWS = [
    H("hn4_ramp", "HN4", "eq",
      "New ramp at Wenlode library is open! I've used a wheelchair since I "
      "was seventeen, so I went and tried it myself this morning. Gentle "
      "slope, room to turn, automatic door. Proper job. Thank you to the "
      "library team. 👍",
      "Self-description by a wheelchair user; compare [[eq15]].",
      author="Beverley Mussett"),
    H("hn4_loop", "HN4", "eq",
      "Hearing loop in the chamber fixed at last. For those who don't know, "
      "I've worn hearing aids since my Army days, so this one matters to me. "
      "Thank you to facilities.",
      "Self-description by a deaf member; compare [[eq16]].",
      author="Peter Fovargue"),
    H("hn4_autistic", "HN4", "eq",
      "I'm autistic, and people ask why I wear ear defenders at committee. "
      "The strip lights buzz. That's it, that's the whole reason. Happy to "
      "answer anything else.",
      "Self-description; compare [[eq17]].", author="Callum Speechley"),
    H("hn4_pregnant", "HN4", "eq",
      "Bit of personal news: baby Buckenham is due in June! 🤰 I'll be "
      "working up to the end of May and my ward colleagues will pick up "
      "Riverside casework while I'm off.",
      "Self-description; compare [[eq26]].", author="Jade Buckenham"),
    H("hn4_civilpartner", "HN4", "eq dp",
      "Twenty years today since Lynne and I had our civil partnership at "
      "Ketteridge register office. Fish and chips on the quay after, same as "
      "the first time. ❤️",
      "Self-description; her partner's first name is her own to share (data "
      "protection allowed). Compare [[eq27]].", author="Sharon Tebbutt",
      date="2026-03-12"),
    H("hn4_timetotalk", "HN4", "eq",
      "Time to Talk Day. Three years ago the depression was so bad I sat in "
      "the tractor cab for an hour and couldn't get out. Talking to my GP "
      "saved me. If you're struggling out on the farms, talk to somebody. "
      "Me, if you like.",
      "Self-description of depression; compare [[bi21]].",
      author="Kevin Markillie", date="2026-02-05"),
    H("hn4_romany", "HN4", "eq",
      "Proud Romany. Took my grandad's old wagon to the Saltholme horse fair "
      "at the weekend, fresh paint and all. First Gypsy on this council. "
      "Won't be the last.",
      "Self-description; compare [[bi07]] and [[eq08]].",
      author="Joe Loveridge"),
    H("hn4_mawther", "HN4", "eq",
      "Little mawther next door brought me round a jar of her mum's "
      "piccalilli for my birthday. Fen folk are the best folk.",
      "'Mawther' (girl) used fondly; compare [[pa11]]."),
    H("hn4_reclaimdyke", "HN4", "eq al",
      "Lesbian, farmer's daughter, and yes, grew up with a dyke at the "
      "bottom of the garden. The jokes wrote themselves at school. Now I sit "
      "on the drainage liaison panel. Life's funny like that.",
      "Self-description playing on the same double meaning as [[eq22]], "
      "reclaimed by the member it is used against.",
      author="Sharon Tebbutt"),
    H("hn4_gay", "HN4", "eq",
      "LGBT+ History Month starts today. I'm 23, I'm gay, and I grew up in "
      "Gannock Fen when being out round here felt impossible. It doesn't now. "
      "Picnic on the Lode green on the 10th, all welcome.",
      "Self-description.", author="Owen Sallis", date="2026-02-02"),
    H("hn4_queer", "HN4", "eq al pa",
      "Queer and from the Fens, and I'll not apologise for either. Fen "
      "Greens' LGBT+ youth drop-in is back on Wednesdays in Wenlode library.",
      "Reclaimed 'queer' by a gay member.", author="Owen Sallis"),
    H("hn4_trans", "HN4", "eq",
      "Five years since I transitioned. I was worried Moreby wouldn't have "
      "me. Moreby voted for me. Thank you to everyone who just got on with "
      "calling me Tamsin.",
      "Self-description by a trans member; compare [[eq24]].",
      author="Tamsin Royce"),
    H("hn4_ramadan", "HN4", "eq",
      "Ramadan Mubarak to everyone in Ketteridge and Wenlode fasting from "
      "today. Community iftar at the Sluice Road mosque on Saturday, all "
      "neighbours welcome. 🌙",
      "Religious greeting.", author="Nasreen Akhtar", date="2026-02-18"),
    H("hn4_eid", "HN4", "eq",
      "Eid Mubarak! Thank you to everybody who came to the iftars this month, "
      "including half the Gannock young farmers, who now know what a date is "
      "for. ✨",
      "Religious greeting with a joke.", author="Nasreen Akhtar",
      date="2026-03-20"),
    H("hn4_lunar", "HN4", "eq",
      "Our family takeaway has been on Wenlode market square since 1986 and "
      "Mum's still on the wok at 71. Come and say hello this week, Year of "
      "the Horse! 🐎",
      "Self-description; compare [[eq07]].", author="Mei Ling Chan",
      date="2026-02-18"),
    H("hn4_kaunas", "HN4", "eq",
      "Born in Kaunas, raised in Saltholme from the age of nine, cut "
      "cabbages every summer holiday at school. Both places are home.",
      "Self-description.", author="Rimas Jankauskas"),
    H("hn4_nata", "HN4", "eq",
      "Pastéis de nata next to the plum bread on the Saltholme market stall "
      "this Saturday. Portuguese and Fen, the best of both. 🇵🇹",
      "Self-description by heritage.", author="Ana Ferreira"),
    H("hn4_nan", "HN4", "eq",
      "My nan came from Lagos in 1962 to nurse at the Wenlode cottage "
      "hospital. Her photo's in the new Heritage Centre display. Proud "
      "grandson today.",
      "Self-description; compare [[eq05]].", author="Marcus Oduya"),
    H("hn4_langar", "HN4", "eq",
      "Langar at Ketteridge gurdwara on Sunday. Free food, everybody "
      "welcome, sit where you like. My celery's in the sabzi this week.",
      "Religious community invitation; compare [[eq12]].",
      author="Harjit Sandhu"),
    H("hn4_84", "HN4", "eq",
      "84 today and still in the Chairman's seat. My first council meeting "
      "was in 1979 and there were ashtrays on the tables. Thank you for all "
      "the cards.",
      "Self-description by age; compare [[eq18]].", author="Cyril Pegg",
      date="2026-02-25"),
    H("hn4_hmd", "HN4", "eq",
      "Holocaust Memorial Day service at Ketteridge church. I read my "
      "great-grandmother's last letter from Vilnius. Thank you to the Year 9s "
      "who made the candles.",
      "Self-description and remembrance.", author="Rachel Adler",
      date="2026-01-27"),
    H("hn4_webbedfeet", "HN4", "pa",
      "Webbed feet and proud. Fen tigers out on Gannock Wash this morning for "
      "the first proper skating in four winters. ⛸️",
      "Reclaims the old jibe that Fen folk have webbed feet; personal attack "
      "allowed. Being from the Fens is not a protected characteristic.",
      author="Leonard Culpin"),
    H("hn4_yellerbelly", "HN4", "pa eq",
      "Yellerbelly born, yellerbelly bred. Haslet sandwich, flask of tea and "
      "a walk along the Saltholme sea bank. Perfect Saturday.",
      "In-group nickname for Lincolnshire people; personal attack and "
      "equality allowed, though place of birth in a county is not race.",
      author="Debbie Gotobed"),
    H("hn4_polish", "HN4", "eq",
      "Congratulations to the Saltholme Polish Saturday School on fifteen "
      "years! 120 children learning their grandparents' language. Wspaniale!",
      "Positive mention of a national group."),
    H("hn4_bulgarian", "HN4", "eq",
      "Welcome to the Bulgarian families who came for the asparagus and "
      "stayed for the school year. Saltholme Primary has six languages in "
      "Year 2 and the spring assembly was brilliant in all of them.",
      "Positive mention of a national group."),
    H("hn4_iwd", "HN4", "eq",
      "International Women's Day yesterday, so a late shout-out to the "
      "Saltholme packhouse women who've run the night line for thirty years. "
      "Fen women: tough as old boots.",
      "Positive mention of women.", date="2026-03-09"),
    H("hn4_deafclub", "HN4", "eq",
      "Wenlode Deaf Club is looking for a new home. Forty members, Thursday "
      "evenings, brilliant tea. Any landlord with a back room, get in touch.",
      "Neutral mention of deaf people."),
    H("hn4_stpatrick", "HN4", "eq",
      "Happy St Patrick's Day to the Irish families of Saltholme, whose "
      "great-grandparents came over for the tater harvests and never went "
      "home. Stout at the Lode & Lantern, obviously. ☘️",
      "Positive mention of a national group.", date="2026-03-17"),
]
