"""HN3: denied prejudice, myth-busting and civil debate on protected topics (28)."""
from rowlib import H

ROWS = [
    H("hn3_bridgest", "HN3", "eq",
      "People keep telling me Saltholme 'isn't English any more'. The census "
      "says 71% of Saltholme residents were born in the UK and 19% in the "
      "EU. Bridge Street has three Baltic shops, a Portuguese café and a "
      "bakery. It's a market town doing what market towns have always done.",
      "Myth-busting answer to [[eq01]]."),
    H("hn3_crimefigures", "HN3", "eq",
      "The claim going round that 'all the trouble in the market square is "
      "Eastern Europeans' is false. Police figures for January: 14 incidents, "
      "11 involving people born in the UK. Blaming a nationality makes nobody "
      "safer.",
      "Rebuts [[eq04]] with figures."),
    H("hn3_mosqueparking", "HN3", "eq pre",
      "On the Sluice Road mosque extension: my worry is Friday parking on "
      "Sluice Road, full stop. I'll judge the application on the highways "
      "evidence like any other. Anyone who wants to make it about Islam can "
      "leave my page.",
      "Civil planning concern with the prejudice disowned; predisposition "
      "only. Compare [[eq09]]."),
    H("hn3_swim", "HN3", "eq",
      "Lode Baths' women-only session has moved from Tuesday to Thursday "
      "during Ramadan because more women asked for it, not fewer. It's open "
      "to all women. Nothing has been taken away from anyone.",
      "Myth-busting answer to [[eq13]].", date="2026-02-20"),
    H("hn3_notracist", "HN3", "eq",
      "I'm not against anybody coming here to work the fields. My own "
      "grandad came over from Mayo for the tater harvest. I am against "
      "gangmasters putting twelve men in a three-bed semi. Those are two "
      "different things.",
      "'I'm not against…' followed by a landlord problem, not an attack on "
      "the workers."),
    H("hn3_hmo", "HN3", "eq",
      "Saltholme HMO licensing is about landlords cramming packhouse workers "
      "into unsafe houses, not about the workers. Every inspection so far has "
      "found the landlord at fault, not the tenants.",
      "Civil debate that keeps the blame off the group."),
    H("hn3_esol", "HN3", "eq",
      "Should the council help fund English classes in Saltholme? Yes. "
      "People who want to learn English should get the chance, and the "
      "waiting list is 140 long. Debate welcome, abuse isn't.",
      "Civil debate on language and migrants."),
    H("hn3_transit", "HN3", "eq",
      "On the Cradge Bank transit site: I've been asked if I 'support "
      "Travellers'. I support a legal site with water, power and bins, "
      "because the alternative is unauthorised camps on the droves that "
      "nobody wants, Travellers included.",
      "Civil debate on a Traveller site."),
    H("hn3_toilets", "HN3", "eq",
      "The village hall toilets question is about having enough of them, not "
      "about who uses them. Three toilets for 200 people at the Plough Monday "
      "dance isn't enough for anyone.",
      "Answers the insinuation of [[eq25]] by keeping to capacity."),
    H("hn3_agevote", "HN3", "eq",
      "Somebody said young people shouldn't have a say on drainage rates "
      "because they've never had water in the front room. A 19-year-old in "
      "Gannock had two feet of it last winter. Age doesn't decide who's got "
      "a stake.",
      "Rebuts [[eq19]]."),
    H("hn3_access", "HN3", "eq",
      "The Town Hall has a step-free entrance round the side and a lift. "
      "What it hasn't got is a sign. Wheelchair users shouldn't have to "
      "ask. Sign ordered.",
      "Neutral, practical answer to [[eq15]]'s jibe about the steps."),
    H("hn3_parental", "HN3", "eq",
      "Councillors don't get statutory maternity leave, which is why this "
      "council adopted a parental leave policy in 2023. It covers fathers "
      "too. No ward goes unrepresented.",
      "Neutral explanation on pregnancy and maternity."),
    H("hn3_halal", "HN3", "eq",
      "Question from a resident: are school dinners in Ketteridge 'all halal "
      "now'? No. There's a halal option, a vegetarian option and the usual, "
      "and parents choose. Same as it's been since 2019.",
      "Myth-busting on religion."),
    H("hn3_asylum", "HN3", "eq",
      "On the Old Granary Hotel: 62 men seeking asylum, a Home Office "
      "contract, not a council decision. My questions are about GP capacity "
      "and the bus service, not about whether they're welcome while their "
      "cases are heard. They are.",
      "Civil debate on asylum accommodation."),
    H("hn3_portuguese", "HN3", "eq",
      "Saltholme's Portuguese community runs the Saturday youth football, "
      "the café on Bridge Street and half the night shift at Pellew's. The "
      "'they don't mix' line doesn't survive a Saturday morning down the rec.",
      "Myth-busting with a neutral group mention."),
    H("hn3_captions", "HN3", "eq",
      "People ask whether Cllr Fovargue can follow committee. Yes: the "
      "hearing loop, the live captions, and he lip-reads better than I read "
      "the agenda. Reasonable adjustments aren't favours.",
      "Answers [[eq16]] on disability."),
    H("hn3_noagelimit", "HN3", "eq",
      "There's been a lot of 'too old to be a councillor' talk this week. "
      "There's no upper age limit and there shouldn't be. Judge us on the "
      "casework.",
      "Civil debate on age."),
    H("hn3_kirpan", "HN3", "eq bi",
      "A question about 'a knife at school' in Ketteridge. It's a kirpan, an "
      "article of the Sikh faith, worn small and sheathed, and the school "
      "agreed an approach with the family years ago. Not a story.",
      "Quotes a scare phrase to explain it: equality and bullying allowed."),
    H("hn3_grt", "HN3", "eq",
      "Gypsy, Roma and Traveller pupils in the district: attendance up six "
      "points since the liaison post started. That post is on the cuts list. "
      "It shouldn't be.",
      "Neutral mention with a budget argument."),
    H("hn3_registry", "HN3", "eq",
      "Yes, Ketteridge register office does civil partnerships and marriages "
      "for same-sex couples, and no, the parish church can't marry them. "
      "Different law for church and state. Happy to explain at surgery.",
      "Neutral explanation on marriage and sexual orientation."),
    H("hn3_picnic", "HN3", "eq",
      "The LGBT+ History Month picnic on the Lode green is a picnic. "
      "Sandwiches, flasks, and a talk about the fen skating club's first "
      "women champions. Nothing for anybody to be worried about.",
      "Answers [[eq23]]'s insinuation.", date="2026-02-11"),
    H("hn3_ihra", "HN3", "eq",
      "A resident asks whether criticising the Israeli government is 'banned' "
      "since the council adopted the IHRA definition. No. Criticising a "
      "government is fine. Blaming Jewish neighbours in Ketteridge for it "
      "is not.",
      "Civil debate on antisemitism."),
    H("hn3_register", "HN3", "eq",
      "Seasonal workers aren't 'taking' council houses; most aren't "
      "eligible. The Wenlode housing register is 94% UK nationals, and the "
      "wait is down to supply, not migrants.",
      "Myth-busting on migrants and housing."),
    H("hn3_bulbfarms", "HN3", "eq",
      "Does farming need 'a man's touch'? Ask the women running three of "
      "the biggest bulb farms round Saltholme. Argue about farm policy by "
      "all means, not about who's allowed to run a farm.",
      "Civil debate on sex."),
    H("hn3_depression", "HN3", "eq",
      "A resident asked whether councillors with depression should 'step "
      "back'. No. One in four of us will have it at some point. What matters "
      "is support, and this council has it.",
      "Civil debate on disability (mental health)."),
    H("hn3_adjustments", "HN3", "eq",
      "Autism in the chamber: some members use ear defenders, some take "
      "breaks, some need papers a week early. None of that is special "
      "treatment. It's how we get the best out of everybody.",
      "Answers [[eq17]] without naming anyone."),
    H("hn3_vapes", "HN3", "eq",
      "I've nothing against the new Baltic shop on Bridge Street. I'm "
      "against a third vape shop opening next door to it. Planning is about "
      "use classes, not nationalities.",
      "Denied prejudice that holds up; compare [[eq06]]."),
    H("hn3_nativity", "HN3", "eq",
      "Bit of a row in Moreby about the school nativity. For what it's "
      "worth: families of other faiths or none can opt out, most don't, and "
      "the children love it. No need for a fall-out.",
      "Civil debate on religion."),
]
